//! Reversible tokens end to end: `veil run` seals, `veil reveal` opens for
//! one case, audited, limited; subjects, erasure, purge and the public
//! keyring, as a support engineer and a DPO use them.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

fn veil(args: &[&str], stdin: &[u8], dir: &Path) -> Output {
    common::veil_as("tester", args, stdin, dir)
}

use common::text;

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        o.status.code(),
        text(&o.stdout),
        text(&o.stderr)
    );
    text(&o.stdout)
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    ok(&veil(&["keys", "init", "k.keyring"], b"", dir.path()));
    dir
}

/// One record per pack in which every value is reversible or an IP address,
/// each written once, so revealing the output must give the input back
/// byte for byte.
const ROUND_TRIPS: &[(&str, &str)] = &[
    (
        "syslog",
        "Dec 10 07:07:45 gw1 sshd[1]: Failed password for invalid user kerik from 192.0.2.247 port 22 ssh2",
    ),
    (
        "syslog",
        "<165>1 2026-11-22T10:04:00Z pbx1 asterisk 4711 ID47 [call caller=\"070-174 06 83\"] pnr=19811117-2386 mail karin@example.se",
    ),
    (
        "syslog",
        "Jun 29 12:11:53 combo sshd[15692]: connection from 192.0.2.131 (h64-187-1-131.dsl.example.net) via ip-10-0-0-1.ec2.internal",
    ),
    (
        "syslog",
        "Dec  6 10:00:01 ns1 named[811]: client @0x7f3a 192.0.2.7#53321 (7.2.0.192.in-addr.arpa): query: 7.2.0.192.IN-ADDR.ARPA IN PTR + (10.0.0.53) via Host_10.1.2.3",
    ),
    (
        "asterisk-cdr",
        "\"B130791\",\"+46701740683\",\"0812345678\",\"from-internal\",\"\"\"Karin Eriksson\"\" <+46701740683>\",\"PJSIP/x-1\",\"\",\"Dial\",\"\",\"2026-02-12 12:38:46\",\"\",\"2026-02-12 12:51:13\",747,722,\"ANSWERED\",\"DOCUMENTATION\",\"1770899926.4571\",\"snr=811177-2383\"",
    ),
    (
        "freeswitch-cdr",
        "\"Lars Nilsson\",\"+46701740686\",\"+4631123456\",\"public\",\"2026-02-13 09:00:00\",\"\",\"2026-02-13 09:10:00\",\"600\",\"597\",\"NORMAL_CLEARING\",\"1a2b3c4d-0000-4000-8000-000000000001\",\"\",\"B634189\",\"OPUS\",\"OPUS\"",
    ),
    (
        "json",
        "{\"source\":{\"ip\":\"198.51.100.7\"},\"user\":{\"name\":\"karin.eriksson\",\"email\":\"karin@example.se\"},\"message\":\"callback 0701740683\"}",
    ),
    (
        "kv-cef",
        "CEF:0|Acme|FW|6.1|100|Login|5|src=10.1.2.3 dst=203.0.113.80 suser=anna msg=mail anna.berg@example.se",
    ),
    (
        "syslog",
        "Dec  6 10:12:01 web1 apache: 198.51.100.23 - - [06/Dec/2026:10:12:01 +0100] \"GET /login?email=jdoe%40example.se&from=%2B46709066146 HTTP/1.1\" 302 512",
    ),
];

#[test]
fn run_then_reveal_gives_back_the_exact_originals_for_every_pack() {
    for (pack, record) in ROUND_TRIPS {
        let dir = setup();
        let out = ok(&veil(
            &["run", "--keyring", "k.keyring", "--pack", pack, "--quiet"],
            format!("{record}\n").as_bytes(),
            dir.path(),
        ));
        assert_ne!(out.trim_end(), *record, "{pack}: nothing was pseudonymised");
        let revealed = ok(&veil(
            &[
                "reveal",
                "--keyring",
                "k.keyring",
                "--case",
                "SUP-1",
                "--reason",
                "round trip",
                "--ip",
            ],
            out.as_bytes(),
            dir.path(),
        ));
        assert_eq!(
            revealed.trim_end(),
            *record,
            "{pack}: reveal did not give the input back\n  out: {out}"
        );
    }
}

#[test]
fn a_reveal_needs_a_case_and_a_reason_and_is_audited_before_anything_is_shown() {
    let dir = setup();
    let out = ok(&veil(
        &[
            "run",
            "--keyring",
            "k.keyring",
            "--pack",
            "syslog",
            "--quiet",
        ],
        b"session opened for user kerik by (uid=0)\n",
        dir.path(),
    ));
    let token = out
        .split_whitespace()
        .find(|w| w.starts_with("us_"))
        .unwrap()
        .to_string();
    for args in [
        vec!["reveal", "--keyring", "k.keyring", &token],
        vec![
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "SUP-1",
            &token,
        ],
        vec![
            "reveal",
            "--keyring",
            "k.keyring",
            "--reason",
            "why",
            &token,
        ],
        vec![
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            " ",
            "--reason",
            "why",
            &token,
        ],
    ] {
        let o = veil(&args, b"", dir.path());
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty());
        assert!(text(&o.stderr).contains("refused"), "{}", text(&o.stderr));
    }
    // An audit log that cannot be written means nothing is shown.
    std::fs::create_dir(dir.path().join("blocked")).unwrap();
    let o = veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--audit",
            "blocked",
            "--case",
            "SUP-1",
            "--reason",
            "why",
            &token,
        ],
        b"",
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "{}", text(&o.stdout));
    assert!(!text(&o.stderr).contains("kerik"));
    // The working reveal, and its audit trail, which holds tokens, never values.
    let shown = ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "SUP-1",
            "--reason",
            "why",
            &token,
        ],
        b"",
        dir.path(),
    ));
    assert_eq!(shown, format!("{token}\tkerik\n"));
    let trail = ok(&veil(
        &["audit", "show", "--keyring", "k.keyring", "--case", "SUP-1"],
        b"",
        dir.path(),
    ));
    assert!(
        trail.contains(&format!(
            "reveal SUP-1 by {}: why (1 tokens)",
            common::os_user()
        )) && trail.contains(&token),
        "{trail}"
    );
    let log = std::fs::read_to_string(dir.path().join("k.keyring.audit.jsonl")).unwrap();
    assert!(!log.contains("kerik"));
    ok(&veil(
        &["audit", "verify", "--keyring", "k.keyring"],
        b"",
        dir.path(),
    ));
}

#[test]
fn unknown_malformed_and_masked_tokens() {
    let dir = setup();
    let out = ok(&veil(&["run", "--keyring", "k.keyring", "--pack", "asterisk-cdr", "--quiet"],
        b"\"\",\"0701740683\",\"1177\",\"c\",\"\",\"\",\"\",\"Dial\",\"\",\"2026-01-01 00:00:00\",\"\",\"2026-01-01 00:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\"\n", dir.path()));
    let token = out.split(',').nth(1).unwrap().trim_matches('"').to_string();
    let o = veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "C",
            "--reason",
            "r",
            "ph_notatoken",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("not a veil token"));
    let unknown = "ph_aaaaaaaaaaaaaaaaaaaaaaaa";
    let shown = ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "C",
            "--reason",
            "r",
            unknown,
        ],
        b"",
        dir.path(),
    ));
    assert_eq!(shown, format!("{unknown}\t[unknown]\n"));
    let masked = ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "C",
            "--reason",
            "r",
            "--mask",
            &token,
        ],
        b"",
        dir.path(),
    ));
    assert!(
        masked.ends_with("83\n") && !masked.contains("0701740683") && masked.contains('*'),
        "{masked}"
    );
}

/// Runs veil under the reveal policy `policy` (written to `policy.toml`).
fn veil_policy(args: &[&str], stdin: &[u8], dir: &Path, policy: &str) -> Output {
    let path = dir.join("policy.toml");
    std::fs::write(&path, policy).unwrap();
    common::veil_env(
        "tester",
        args,
        stdin,
        dir,
        &[("VEIL_REVEAL_POLICY", path.to_str().unwrap())],
    )
}

/// `count` distinct username tokens, one per line, from a real run.
fn username_tokens(dir: &Path, count: usize) -> String {
    let input: String = (0..count)
        .map(|i| format!("session opened for user user{i}x by (uid=0)\n"))
        .collect();
    ok(&veil(
        &[
            "run",
            "--keyring",
            "k.keyring",
            "--pack",
            "syslog",
            "--quiet",
        ],
        input.as_bytes(),
        dir,
    ))
}

fn reveal_args<'a>(case: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "reveal",
        "--keyring",
        "k.keyring",
        "--case",
        case,
        "--reason",
        "r",
    ];
    args.extend_from_slice(extra);
    args
}

#[test]
fn bulk_reveals_are_refused_and_the_refusal_is_audited() {
    let dir = setup();
    let out = username_tokens(dir.path(), 5);
    let policy = "case_budget = 4\n";
    let first3 = out.lines().take(3).collect::<Vec<_>>().join("\n");
    let ok3 = veil_policy(
        &reveal_args("C", &[]),
        first3.as_bytes(),
        dir.path(),
        policy,
    );
    assert!(ok3.status.success(), "{}", text(&ok3.stderr));
    let rest = out.lines().skip(3).collect::<Vec<_>>().join("\n");
    let o = veil_policy(&reveal_args("C", &[]), rest.as_bytes(), dir.path(), policy);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(
        text(&o.stderr).contains("case budget reached: 3 of 4"),
        "{}",
        text(&o.stderr)
    );
    // More at once than a case may ever reveal is refused outright.
    let o = veil_policy(&reveal_args("E", &[]), out.as_bytes(), dir.path(), policy);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    // Another case has its own budget.
    let other = veil_policy(
        &reveal_args("D", &[]),
        out.lines()
            .take(4)
            .collect::<Vec<_>>()
            .join("\n")
            .as_bytes(),
        dir.path(),
        policy,
    );
    assert!(other.status.success(), "{}", text(&other.stderr));
    let trail = ok(&veil(
        &["audit", "show", "--keyring", "k.keyring", "--case", "C"],
        b"",
        dir.path(),
    ));
    assert!(trail.contains("refuse C"), "{trail}");
}

/// Issue 15 item 7: the engineer cannot raise, reset or split the budget
/// from the command line: no --limit, no --as of their choosing, one
/// spelling per case id, and the budget is the case id's for life.
#[test]
fn reveal_budget_cannot_be_raised_or_reset_from_the_command_line() {
    let dir = setup();
    let out = username_tokens(dir.path(), 5);
    let tokens: Vec<&str> = out
        .split_whitespace()
        .filter(|w| w.starts_with("us_"))
        .collect();
    let refused = |o: &Output, why: &str| {
        assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
        assert!(o.stdout.is_empty(), "{}", text(&o.stdout));
        assert!(text(&o.stderr).contains(why), "{}", text(&o.stderr));
    };
    // The cap is the operator's.
    refused(
        &veil(
            &reveal_args("C1", &["--limit", "100000", tokens[0]]),
            b"",
            dir.path(),
        ),
        "--limit",
    );
    // --as is refused unless the policy allows it, and then only names.
    for name in ["mallory", "ROOT", "root "] {
        refused(
            &veil(
                &reveal_args("C1", &["--as", name, tokens[0]]),
                b"",
                dir.path(),
            ),
            "--as",
        );
    }
    for name in ["ROOT", "root ", "a\nb"] {
        refused(
            &veil_policy(
                &reveal_args("C1", &["--as", name, tokens[0]]),
                b"",
                dir.path(),
                "allow_as = true\n",
            ),
            "--as",
        );
    }
    // Case ids: refused rather than counted apart, letters without case.
    for bad in ["C1 ", "C1\n", " C1", "C\u{1b}1"] {
        refused(
            &veil(&reveal_args(bad, &[tokens[0]]), b"", dir.path()),
            "case id",
        );
    }
    let policy = "case_budget = 4\nallow_as = true\n";
    let o = veil_policy(
        &reveal_args("c1", &[tokens[0], tokens[1]]),
        b"",
        dir.path(),
        policy,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = veil_policy(
        &reveal_args("C1", &[tokens[2], tokens[3]]),
        b"",
        dir.path(),
        policy,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    // Spent: under any spelling, and for any name --as gives.
    refused(
        &veil_policy(&reveal_args("C1", &[tokens[4]]), b"", dir.path(), policy),
        "case budget reached: 4 of 4",
    );
    refused(
        &veil_policy(&reveal_args("c1", &[tokens[4]]), b"", dir.path(), policy),
        "case budget reached: 4 of 4",
    );
    // A name --as records is recorded with the OS user, and a case id is
    // its first user's: the same OS user under another name is refused.
    let o = veil_policy(
        &reveal_args("C2", &["--as", "eva", tokens[0]]),
        b"",
        dir.path(),
        policy,
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    refused(
        &veil_policy(&reveal_args("C2", &[tokens[1]]), b"", dir.path(), policy),
        "another engineer",
    );
    let trail = ok(&veil(
        &["audit", "show", "--keyring", "k.keyring", "--case", "c2"],
        b"",
        dir.path(),
    ));
    assert!(
        trail.contains(&format!("reveal C2 by eva (os user {})", common::os_user())),
        "{trail}"
    );
}

/// Concurrent reveals under one case id from separate processes release
/// exactly the budget, never more: the check runs under the log's lock.
#[test]
fn reveal_budget_eight_parallel_reveals_release_exactly_the_budget() {
    let dir = setup();
    let out = username_tokens(dir.path(), 40);
    let excerpt = out.clone();
    let outcomes: Vec<Output> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let (dir, excerpt) = (dir.path(), excerpt.as_bytes());
                s.spawn(move || veil(&reveal_args("PAR-1", &[]), excerpt, dir))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let passed = outcomes.iter().filter(|o| o.status.success()).count();
    for o in outcomes.iter().filter(|o| !o.status.success()) {
        assert!(o.stdout.is_empty());
        assert!(
            text(&o.stderr).contains("case budget reached: 200 of 200"),
            "{}",
            text(&o.stderr)
        );
    }
    assert_eq!(passed, 5, "5 x 40 tokens = the default budget of 200");
    let trail = ok(&veil(
        &["audit", "show", "--keyring", "k.keyring", "--case", "PAR-1"],
        b"",
        dir.path(),
    ));
    assert_eq!(trail.matches(" reveal PAR-1 ").count(), 5, "{trail}");
}

/// Issue 15 item 9: free text in the audit log and originals in the vault
/// reach the terminal escaped: no forged line, no escape sequence.
#[test]
fn terminal_injection_is_escaped_in_audit_show_and_reveal() {
    let dir = setup();
    let out = ok(&veil(
        &[
            "run",
            "--keyring",
            "k.keyring",
            "--pack",
            "asterisk-cdr",
            "--quiet",
        ],
        b"\"\",\"0701740683\",\"1177\",\"c\",\"\"\"Kar\x1b[2K\rin\"\" <0701740683>\",\"\",\"\",\"Dial\",\"\",\"2026-03-01 08:00:00\",\"\",\"2026-03-01 08:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\"\n",
        dir.path(),
    ));
    let name = out
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .find(|w| {
            // A legacy token (24 after `_`) or one with epoch keys (28).
            (w.len() == 27 || w.len() == 31) && w.as_bytes()[2] == b'_' && !w.starts_with("ph_")
        })
        .unwrap_or_else(|| panic!("no name token in {out}"))
        .to_owned();
    let forged = "why\n2026-01-01T00:00:00Z #99 reveal X by admin: forged (0 tokens)";
    let hide = "\x1b[2K\rcaller disputes invoice";
    let shown = ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "T9",
            "--reason",
            forged,
            &name,
        ],
        b"",
        dir.path(),
    ));
    assert_eq!(shown, format!("{name}\tKar\\x1b[2K\\rin\n"));
    let excerpt = ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "T9",
            "--reason",
            hide,
        ],
        format!("a\x1b[31m {name} b\r\n").as_bytes(),
        dir.path(),
    ));
    assert_eq!(excerpt, "a\\x1b[31m Kar\\x1b[2K\\rin b\r\n");
    let trail = ok(&veil(
        &["audit", "show", "--keyring", "k.keyring", "--case", "T9"],
        b"",
        dir.path(),
    ));
    assert_eq!(trail.lines().count(), 2, "{trail}");
    assert!(
        !trail.contains('\x1b') && !trail.contains('\r'),
        "{trail:?}"
    );
    assert!(trail.contains("why\\n2026-01-01T00:00:00Z #99"), "{trail}");
    assert!(trail.contains("\\x1b[2K\\rcaller disputes"), "{trail}");
}

/// Issue 15 item 10: after a line in the middle of the audit log was
/// edited, no command appends to it: `subject find` refuses like `reveal`.
#[test]
fn audit_fail_closed_every_command_refuses_a_tampered_chain() {
    let dir = setup();
    let out = username_tokens(dir.path(), 2);
    for case in ["A-1", "A-2", "A-3"] {
        ok(&veil(&reveal_args(case, &[]), out.as_bytes(), dir.path()));
    }
    let log = dir.path().join("k.keyring.audit.jsonl");
    let mut bytes = std::fs::read(&log).unwrap();
    let at = bytes.windows(5).position(|w| w == b"\"A-2\"").unwrap();
    bytes[at + 3] = b'9';
    std::fs::write(&log, &bytes).unwrap();
    for args in [
        reveal_args("A-1", &[]),
        vec![
            "subject",
            "find",
            "--keyring",
            "k.keyring",
            "--kind",
            "phone",
            "0701740683",
        ],
        vec![
            "subject",
            "erase",
            "--keyring",
            "k.keyring",
            "--kind",
            "username",
            "user0x",
            "--case",
            "DSR-1",
        ],
        vec!["vault", "purge", "--keyring", "k.keyring"],
    ] {
        let o = veil(&args, out.as_bytes(), dir.path());
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o.stdout));
        assert!(o.stdout.is_empty(), "{args:?}: {}", text(&o.stdout));
        assert!(text(&o.stderr).contains(":2:"), "{}", text(&o.stderr));
        assert_eq!(std::fs::read(&log).unwrap(), bytes, "{args:?} appended");
    }
}

#[test]
fn subject_find_and_erase_then_reveal_says_erased() {
    let dir = setup();
    let out = ok(&veil(&["run", "--keyring", "k.keyring", "--pack", "asterisk-cdr", "--quiet"],
        b"\"\",\"070-174 06 83\",\"1177\",\"c\",\"\",\"\",\"\",\"Dial\",\"\",\"2026-01-01 00:00:00\",\"\",\"2026-01-01 00:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\"\n", dir.path()));
    let token = out.split(',').nth(1).unwrap().trim_matches('"').to_string();
    let found = ok(&veil(
        &[
            "subject",
            "find",
            "--keyring",
            "k.keyring",
            "--kind",
            "phone",
            "+46701740683",
        ],
        b"",
        dir.path(),
    ));
    assert!(
        found.contains(&token) && found.contains("held, first seen"),
        "{found}"
    );
    let o = veil(
        &[
            "subject",
            "erase",
            "--keyring",
            "k.keyring",
            "--kind",
            "phone",
            "0701740683",
        ],
        b"",
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2), "an erasure needs --case");
    ok(&veil(
        &[
            "subject",
            "erase",
            "--keyring",
            "k.keyring",
            "--kind",
            "phone",
            "0046701740683",
            "--case",
            "DSR-9",
        ],
        b"",
        dir.path(),
    ));
    let shown = ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "C",
            "--reason",
            "r",
            &token,
        ],
        b"",
        dir.path(),
    ));
    assert_eq!(shown, format!("{token}\t[erased]\n"));
    let trail = ok(&veil(
        &["audit", "show", "--keyring", "k.keyring", "--case", "DSR-9"],
        b"",
        dir.path(),
    ));
    assert!(trail.contains("erase DSR-9"), "{trail}");
}

#[test]
fn a_pipeline_with_the_public_keyring_seals_but_cannot_reveal() {
    let dir = setup();
    ok(&veil(
        &[
            "keys",
            "export-public",
            "--keyring",
            "k.keyring",
            "pipeline.keyring",
        ],
        b"",
        dir.path(),
    ));
    let public = std::fs::read_to_string(dir.path().join("pipeline.keyring")).unwrap();
    let full = std::fs::read_to_string(dir.path().join("k.keyring")).unwrap();
    let secret_line = full.lines().rfind(|l| l.starts_with("secret")).unwrap();
    assert!(
        !public.contains(secret_line),
        "the reveal secret must not be exported"
    );
    let out = ok(&veil(
        &[
            "run",
            "--keyring",
            "pipeline.keyring",
            "--vault",
            "shared.vault",
            "--pack",
            "syslog",
            "--quiet",
        ],
        b"session opened for user kerik by (uid=0)\n",
        dir.path(),
    ));
    let token = out
        .split_whitespace()
        .find(|w| w.starts_with("us_"))
        .unwrap()
        .to_string();
    let o = veil(
        &[
            "reveal",
            "--keyring",
            "pipeline.keyring",
            "--vault",
            "shared.vault",
            "--case",
            "C",
            "--reason",
            "r",
            &token,
        ],
        b"",
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!text(&o.stdout).contains("kerik") && !text(&o.stderr).contains("kerik"));
    // The reveal side, with the full keyring, opens what the pipeline sealed.
    let shown = ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--vault",
            "shared.vault",
            "--case",
            "C",
            "--reason",
            "r",
            &token,
        ],
        b"",
        dir.path(),
    ));
    assert_eq!(shown, format!("{token}\tkerik\n"));
}

#[test]
fn vault_stats_and_purge_run() {
    let dir = setup();
    ok(&veil(
        &[
            "run",
            "--keyring",
            "k.keyring",
            "--pack",
            "syslog",
            "--quiet",
        ],
        b"session opened for user kerik by (uid=0)\n",
        dir.path(),
    ));
    let stats = ok(&veil(
        &["vault", "stats", "--keyring", "k.keyring"],
        b"",
        dir.path(),
    ));
    assert!(
        stats.contains("username") && stats.contains("entries"),
        "{stats}"
    );
    let purge = ok(&veil(
        &["vault", "purge", "--keyring", "k.keyring"],
        b"",
        dir.path(),
    ));
    assert!(purge.contains("purged 0 entries"), "{purge}");
}

/// `veil run` on a stream that stays open (as under `tail -F`) holds the
/// vault only while it commits a batch: a support engineer can reveal a
/// token it already emitted while it keeps running, and it goes on sealing
/// afterwards.
#[test]
fn reveal_works_while_a_pipeline_on_an_open_stream_is_running() {
    use std::io::{BufRead, BufReader, Write};
    let dir = setup();
    let mut run = Command::new(env!("CARGO_BIN_EXE_veil"))
        .args([
            "run",
            "--keyring",
            "k.keyring",
            "--pack",
            "syslog",
            "--quiet",
        ])
        .current_dir(dir.path())
        .env_remove("VEIL_KEYRING")
        .env_remove("VEIL_VAULT")
        .env_remove("VEIL_AUDIT")
        .env_remove("VEIL_RULES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = run.stdin.take().unwrap();
    let mut output = BufReader::new(run.stdout.take().unwrap());
    let reveal = |excerpt: &str| {
        ok(&veil(
            &[
                "reveal",
                "--keyring",
                "k.keyring",
                "--case",
                "SUP-7",
                "--reason",
                "caller asked for a callback",
            ],
            excerpt.as_bytes(),
            dir.path(),
        ))
    };
    let records = [
        "Feb 12 12:38:46 pbx1 app[7]: callback requested by 070-174 06 83 mail karin@example.se",
        "Feb 12 12:39:02 pbx1 app[7]: callback requested by 070-174 06 84 mail lars@example.se",
    ];
    for record in records {
        // One record in, then the stream pauses: run commits it and emits
        // its line, and keeps waiting for more input.
        writeln!(input, "{record}").unwrap();
        input.flush().unwrap();
        let mut line = String::new();
        output.read_line(&mut line).unwrap();
        assert!(
            !line.contains("karin@") && !line.contains("lars@"),
            "{line}"
        );
        assert!(run.try_wait().unwrap().is_none(), "run stopped early");
        assert_eq!(reveal(&line).trim_end(), record);
    }
    drop(input);
    let status = run.wait().unwrap();
    assert!(status.success(), "run failed: {status:?}");
}

/// A pasted excerpt with repeated tokens and addresses: the summary, the
/// audit entry's count and its list all say the same thing, each distinct
/// token or address once.
#[test]
fn excerpt_reveal_counts_match_the_audit_entry() {
    let dir = setup();
    let input = "Failed password for invalid user kerik from 192.0.2.247 port 22 ssh2\n\
                 Failed password for invalid user kerik from 192.0.2.247 port 22 ssh2\n\
                 Accepted password for anna from 198.51.100.7 port 22 ssh2\n";
    let pseudo = ok(&veil(
        &[
            "run",
            "--keyring",
            "k.keyring",
            "--pack",
            "syslog",
            "--quiet",
        ],
        input.as_bytes(),
        dir.path(),
    ));
    // One more token the vault does not know, written twice.
    let excerpt = format!("{pseudo}us_aaaaaaaaaaaaaaaaaaaaaaaa us_aaaaaaaaaaaaaaaaaaaaaaaa\n");
    let o = veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "SUP-9",
            "--reason",
            "why",
            "--ip",
        ],
        excerpt.as_bytes(),
        dir.path(),
    );
    let shown = ok(&o);
    assert!(
        shown.contains("kerik") && shown.contains("192.0.2.247"),
        "{shown}"
    );
    // The summary line (another line names the IP epoch used).
    let stderr = text(&o.stderr);
    let summary = stderr
        .lines()
        .find(|l| l.contains(" revealed"))
        .unwrap_or_default();
    assert!(stderr.contains("decrypted under the epoch"), "{stderr}");
    // kerik, anna (if detected) and the unknown token; two distinct addresses.
    let number = |word: &str| -> usize {
        let before = summary.split(word).next().unwrap();
        before
            .rsplit([' ', ','])
            .find(|w| !w.is_empty())
            .unwrap()
            .parse()
            .unwrap()
    };
    let (revealed, unknown, ips) = (
        number(" revealed"),
        number(" unknown"),
        number(" addresses"),
    );
    assert_eq!(unknown, 1, "{summary}");
    assert_eq!(ips, 2, "{summary}");
    let trail = ok(&veil(
        &["audit", "show", "--keyring", "k.keyring", "--case", "SUP-9"],
        b"",
        dir.path(),
    ));
    let line = trail.lines().find(|l| l.contains(" reveal ")).unwrap();
    let tokens = revealed + unknown;
    assert!(
        line.contains(&format!("({tokens} tokens, {ips} addresses)")),
        "{line} / {summary}"
    );
    let listed = line.split(") ").nth(1).unwrap().split_whitespace().count();
    assert_eq!(listed, tokens, "{line}");
    assert!(!trail.contains("kerik") && !trail.contains("192.0.2.247"));
}

/// Tokens pasted exactly as veil wrote them, e-mail tokens with their kept
/// domain, reveal; an argument that is not a token is marked and does not
/// stop the others.
#[test]
fn reveal_accepts_tokens_as_written_and_marks_bad_arguments() {
    let dir = setup();
    let pseudo = ok(&veil(
        &["run", "--keyring", "k.keyring", "--pack", "syslog", "--quiet"],
        b"Failed password for invalid user kerik from 192.0.2.1 port 22 ssh2 mail karin@example.se\n",
        dir.path(),
    ));
    let words: Vec<&str> = pseudo.split_whitespace().collect();
    let email = *words
        .iter()
        .find(|w| w.starts_with("em_"))
        .expect("an e-mail token");
    assert!(email.ends_with("@example.se"), "{pseudo}");
    let user = *words
        .iter()
        .find(|w| w.starts_with("us_"))
        .expect("a username token");
    let o = veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "SUP-2",
            "--reason",
            "why",
            user,
            "not-a-token",
            email,
        ],
        b"",
        dir.path(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    assert_eq!(
        text(&o.stdout),
        format!("{user}\tkerik\nnot-a-token\t[not a veil token]\n{email}\tkarin@example.se\n")
    );
}

/// One Asterisk CDR row with a reversible phone number.
const CDR: &[u8] = b"\"\",\"070-174 06 83\",\"1177\",\"c\",\"\",\"\",\"\",\"Dial\",\"\",\"2026-03-01 08:00:00\",\"\",\"2026-03-01 08:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\"\n";

/// Runs the CDR through the pipeline and returns the phone number's token.
fn run_cdr(dir: &Path) -> String {
    let out = ok(&veil(
        &[
            "run",
            "--keyring",
            "k.keyring",
            "--pack",
            "asterisk-cdr",
            "--quiet",
        ],
        CDR,
        dir,
    ));
    out.split(',').nth(1).unwrap().trim_matches('"').to_string()
}

/// Issue 15 item 11: a missing or mistyped vault path was created empty by
/// `reveal`, `vault stats`, `subject find` and `subject erase`, and
/// `subject erase --vault ./typo.vault` answered an erasure request with
/// "erased 0" and exit 0. Every command that reads the vault refuses it.
#[test]
fn read_side_commands_refuse_a_vault_that_does_not_exist() {
    let dir = setup();
    let token = run_cdr(dir.path());
    let commands: [&[&str]; 5] = [
        &["reveal", "--case", "C", "--reason", "r", &token],
        &["vault", "stats"],
        &["vault", "purge"],
        &["subject", "find", "--kind", "phone", "+46701740683"],
        &[
            "subject",
            "erase",
            "--kind",
            "phone",
            "+46701740683",
            "--case",
            "DSR-1",
        ],
    ];
    for args in commands {
        let mut args = args.to_vec();
        args.extend(["--keyring", "k.keyring", "--vault", "./typo.vault"]);
        let o = veil(&args, b"", dir.path());
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("./typo.vault: no vault there"),
            "{args:?}: {err}"
        );
        assert!(!text(&o.stdout).contains("erased"), "{args:?}");
        assert!(!dir.path().join("typo.vault").exists(), "{args:?} made it");
    }
    // The real vault still answers.
    let found = ok(&veil(
        &[
            "subject",
            "find",
            "--keyring",
            "k.keyring",
            "--kind",
            "phone",
            "+46701740683",
        ],
        b"",
        dir.path(),
    ));
    assert!(found.contains("held, first seen"), "{found}");
}

/// Issue 15 item 12: a deleted `.vault.keys` was silently recreated by `run`
/// or `reveal`, and every older token then revealed as `[expired]`.
#[test]
fn a_vault_whose_shred_key_file_is_gone_is_refused_not_recreated() {
    let dir = setup();
    let token = run_cdr(dir.path());
    let keys = dir.path().join("k.keyring.vault.keys");
    let saved = std::fs::read(&keys).unwrap();
    std::fs::remove_file(&keys).unwrap();
    let reveal = [
        "reveal",
        "--keyring",
        "k.keyring",
        "--case",
        "C",
        "--reason",
        "r",
        &token,
    ];
    let run = ["run", "--keyring", "k.keyring", "--pack", "asterisk-cdr"];
    for (args, input) in [(&reveal[..], &b""[..]), (&run[..], CDR)] {
        let o = veil(args, input, dir.path());
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("shred-key file") && err.contains("k.keyring.vault.keys is missing"),
            "{err}"
        );
        assert!(o.stdout.is_empty(), "{args:?}: {}", text(&o.stdout));
        assert!(!keys.exists(), "{args:?} recreated the shred-key file");
    }
    // Put back, the token opens again.
    std::fs::write(&keys, saved).unwrap();
    common::set_private(&keys);
    let shown = ok(&veil(&reveal, b"", dir.path()));
    assert_eq!(shown, format!("{token}\t070-174 06 83\n"));
}

/// Issue 15 item 13: a truncated vault printed redb's panic message and a
/// backtrace before the clean error.
#[test]
fn a_truncated_vault_gives_one_clean_error() {
    let dir = setup();
    run_cdr(dir.path());
    let vault = dir.path().join("k.keyring.vault");
    let bytes = std::fs::read(&vault).unwrap();
    for len in [4096, bytes.len() / 2] {
        std::fs::write(&vault, &bytes[..len]).unwrap();
        let o = Command::new(env!("CARGO_BIN_EXE_veil"))
            .args(["vault", "stats", "--keyring", "k.keyring"])
            .current_dir(dir.path())
            .env_remove("VEIL_VAULT")
            .env("RUST_BACKTRACE", "1")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{err}");
        assert!(
            !err.contains("panicked") && !err.contains("backtrace") && !err.contains("redb"),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("k.keyring.vault: not a veil vault, or the file is truncated or damaged"),
            "{err}"
        );
    }
}

/// Issue 15 item 6, as the DPO sees it: after `subject erase` the vault file
/// holds no trace of the value's sealed entry, and a backup of the vault
/// taken before the erasure reveals it as erased with the current keys.
#[test]
fn subject_erase_leaves_nothing_a_backup_can_open() {
    let dir = setup();
    let token = run_cdr(dir.path());
    let backup = dir.path().join("backup.vault");
    std::fs::copy(dir.path().join("k.keyring.vault"), &backup).unwrap();
    let said = ok(&veil(
        &[
            "subject",
            "erase",
            "--keyring",
            "k.keyring",
            "--kind",
            "phone",
            "0701740683",
            "--case",
            "DSR-3",
        ],
        b"",
        dir.path(),
    ));
    assert!(said.contains("erased 1 vault entries"), "{said}");
    assert!(said.contains("rewritten without them"), "{said}");
    // The backup restored beside the shred-key file as it is now (the
    // shred-key file is never in the backups).
    std::fs::copy(
        dir.path().join("k.keyring.vault.keys"),
        dir.path().join("backup.vault.keys"),
    )
    .unwrap();
    let o = veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--vault",
            "backup.vault",
            "--case",
            "C",
            "--reason",
            "r",
            &token,
        ],
        b"",
        dir.path(),
    );
    let err = text(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("the vault entry was erased"), "{err}");
    assert!(!text(&o.stdout).contains("+46701740683"));
}
