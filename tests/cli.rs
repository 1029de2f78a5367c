//! The `veil` command line, as a user runs it.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn veil(args: &[&str], stdin: Option<&[u8]>, dir: &Path) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_veil"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("VEIL_KEYRING")
        .env_remove("VEIL_RULES")
        .env_remove("VEIL_QUARANTINE")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    {
        let mut sin = child.stdin.take().unwrap();
        if let Some(data) = stdin {
            // A child that refuses to start closes its stdin early; that is
            // what some tests check, so a broken pipe here is fine.
            let _ = sin.write_all(data);
        }
    }
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn init_keyring(dir: &Path) -> String {
    let out = veil(&["keys", "init", "k.keyring"], None, dir);
    assert!(out.status.success(), "{}", text(&out.stderr));
    "k.keyring".to_string()
}

#[test]
fn run_refuses_to_work_without_a_keyring_and_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = veil(
        &["run", "--pack", "syslog"],
        Some(b"user=bob\n"),
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "nothing may pass through without a key"
    );
    let err = text(&out.stderr);
    assert!(err.contains("veil keys init"), "{err}");
}

#[test]
fn keys_init_writes_a_private_keyring_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    init_keyring(dir.path());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("k.keyring"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let again = veil(&["keys", "init", "k.keyring"], None, dir.path());
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn a_keyring_readable_by_others_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let k = init_keyring(dir.path());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path().join(&k), std::fs::Permissions::from_mode(0o644))
            .unwrap();
    }
    let out = veil(
        &["run", "--keyring", &k, "--pack", "syslog"],
        Some(b"x\n"),
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("chmod 600"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn run_pseudonymises_stdin_to_stdout_one_record_per_line_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let k = init_keyring(dir.path());
    let input = b"Dec 10 07:07:45 gw1 sshd[1]: Failed password for invalid user kerik from 192.0.2.247 port 36060 ssh2\nno personal data here\r\nDec 10 07:07:46 gw1 sshd[1]: Invalid user kerik from 192.0.2.247";
    let out = veil(
        &["run", "--keyring", &k, "--pack", "syslog", "--quiet"],
        Some(input),
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let o = text(&out.stdout);
    let lines: Vec<&str> = o.split('\n').collect();
    assert_eq!(lines.len(), 3, "{o:?}");
    assert!(!o.contains("kerik") && !o.contains("192.0.2.247"), "{o}");
    assert!(
        lines[0].starts_with("Dec 10 07:07:45 gw1 sshd[1]: Failed password for invalid user us_")
    );
    assert_eq!(
        lines[1], "no personal data here\r",
        "untouched lines keep their bytes and terminator"
    );
    // The same user gets the same pseudonym on both lines.
    let token = |l: &str| {
        l.split_whitespace()
            .find(|w| w.starts_with("us_"))
            .unwrap()
            .to_string()
    };
    assert_eq!(token(lines[0]), token(lines[2]));
}

#[test]
fn bad_records_are_quarantined_sealed_and_replay_restores_them() {
    let dir = tempfile::tempdir().unwrap();
    let k = init_keyring(dir.path());
    let good = "\"\",\"0701740683\",\"1177\",\"from-internal\",\"\",\"\",\"\",\"Dial\",\"\",\"2026-01-01 00:00:00\",\"\",\"2026-01-01 00:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\"";
    let bad = "\"\",\"0701740683\",\"short row\"";
    let input = format!("{good}\n{bad}\n");
    let out = veil(
        &[
            "run",
            "--keyring",
            &k,
            "--pack",
            "asterisk-cdr",
            "--quarantine",
            "q.jsonl",
        ],
        Some(input.as_bytes()),
        dir.path(),
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit 1 when anything was quarantined"
    );
    let o = text(&out.stdout);
    assert_eq!(o.lines().count(), 1, "the bad row is not emitted: {o}");
    assert!(!o.contains("0701740683"));
    assert!(
        text(&out.stderr).contains("column-count"),
        "{}",
        text(&out.stderr)
    );
    let q = std::fs::read_to_string(dir.path().join("q.jsonl")).unwrap();
    assert!(q.contains("\"reason\":\"column-count\""), "{q}");
    assert!(
        !q.contains("0701740683") && !q.contains("short row"),
        "quarantine must be sealed: {q}"
    );

    // Replay with a pack whose rows may be shorter: the record now passes.
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    let pack = std::fs::read_to_string(common::root().join("rules/asterisk-cdr.toml"))
        .unwrap()
        .replace(
            "column_counts = [16, 17, 18]",
            "column_counts = [3, 16, 17, 18]",
        )
        .replace(
            "[[tests]]\nname = \"a row with too few columns is quarantined\"",
            "[[tests]]\nname = \"short rows pass\"",
        );
    assert!(
        pack.contains("column_counts = [3, 16"),
        "the shipped pack changed"
    );
    let pack = pack
        .split("[[tests]]\nname = \"short rows pass\"")
        .next()
        .unwrap()
        .to_string();
    std::fs::write(rules.join("asterisk-cdr.toml"), pack).unwrap();
    let out = veil(
        &[
            "quarantine",
            "replay",
            "--keyring",
            &k,
            "--rules",
            "rules",
            "--pack",
            "asterisk-cdr",
            "--input",
            "q.jsonl",
        ],
        None,
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let o = text(&out.stdout);
    assert!(o.starts_with("\"\",\"ph_"), "{o}");
    assert_eq!(o.lines().count(), 1, "{o}");
    assert_eq!(
        o.matches("\"ph_").count(),
        2,
        "src and dst are both bound to phone: {o}"
    );
    assert!(!o.contains("0701740683"), "{o}");
}

#[test]
fn a_quarantine_entry_that_was_edited_does_not_open() {
    let dir = tempfile::tempdir().unwrap();
    let k = init_keyring(dir.path());
    let out = veil(
        &[
            "run",
            "--keyring",
            &k,
            "--pack",
            "json",
            "--quarantine",
            "q.jsonl",
            "--quiet",
        ],
        Some(b"{\"broken\n"),
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let q = std::fs::read_to_string(dir.path().join("q.jsonl")).unwrap();
    std::fs::write(
        dir.path().join("q.jsonl"),
        q.replace("\"line\":1", "\"line\":2"),
    )
    .unwrap();
    let out = veil(
        &[
            "quarantine",
            "replay",
            "--keyring",
            &k,
            "--pack",
            "json",
            "--input",
            "q.jsonl",
        ],
        None,
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("does not open"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn scan_reports_spans_with_eval_type_names() {
    let dir = tempfile::tempdir().unwrap();
    let input = b"{\"id\":\"a\",\"text\":\"Failed password for invalid user kerik from 192.0.2.247 port 1\"}\n";
    let out = veil(&["scan", "--pack", "syslog"], Some(input), dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], "a");
    let spans = v["spans"].as_array().unwrap();
    let got: Vec<(u64, u64, &str)> = spans
        .iter()
        .map(|s| {
            (
                s["start"].as_u64().unwrap(),
                s["end"].as_u64().unwrap(),
                s["type"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, vec![(33, 38, "USERNAME"), (44, 55, "IPV4")]);
}

/// The texts `veil scan` reports for one raw record of `pack`.
fn scanned(pack: &str, record: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let out = veil(
        &["scan", "--pack", pack, "--raw"],
        Some(format!("{record}\n").as_bytes()),
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            record[a as usize..b as usize].to_string()
        })
        .collect()
}

#[test]
fn scan_and_run_agree_that_integer_ip_zero_and_placeholders_are_no_ones() {
    // CUCM writes 0 for "no address" in its integer IP columns: `run`
    // keeps it, so `scan` must not report it.
    let cucm = r#"1,1,1016470,21845303,1770899926,1,0,167903424,"+46701740683","karin.eriksson",0,0,0,-1694458176,24580,0,0,0,0,0,0,0,0,0,0,0,0,0,0,"0812345678","0812345678","",0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1770899931,1770900673,"","e5b1c9a4-3b59-4c4e-9c1a-2f6b1d0e7a11","PT_Internal","PT_Internal","PT_PSTN","",742,"CSFKARIN.ERIKSSON","SIPTrunk-PSTN",0,0,0,0,0,0,0,"StandAloneCluster",0,"","",0,"",0,0,0,0,0,0,"","","","192.0.2.10","",0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,"","",0,0,"",0,0,0,"","",0,0,0,0,0,0,0,0,0"#;
    let got = scanned("cisco-cucm-cdr", cucm);
    assert!(!got.iter().any(|s| s == "0"), "{got:?}");
    assert!(got.iter().any(|s| s == "167903424"), "{got:?}");
    assert!(got.iter().any(|s| s == "KARIN.ERIKSSON"), "{got:?}");
    // An anonymous caller, a feature code and an emergency number.
    let ast = r#""","Anonymous","*97","from-trunk","""Anonymous"" <Anonymous>","PJSIP/trunk-aecf0e0a","","VoiceMailMain","*97","2026-05-12 11:41:32","2026-05-12 11:41:53","2026-05-12 11:51:16",20,12,"ANSWERED","DOCUMENTATION","1778586092.28047",""
"","0701740683","112","from-internal","""Växel"" <0701740683>","PJSIP/1001-0000001a","PJSIP/trunk-0000001b","Dial","PJSIP/112@trunk,60","2026-03-01 08:00:00","","2026-03-01 08:00:20",20,0,"NO ANSWER","DOCUMENTATION","1770899926.4571","""#;
    for row in ast.lines() {
        let got = scanned("asterisk-cdr", row);
        for kept in ["Anonymous", "*97", "112", "Växel"] {
            assert!(!got.iter().any(|s| s == kept), "{kept}: {got:?}");
        }
    }
    assert_eq!(
        scanned("asterisk-cdr", ast.lines().nth(1).unwrap()),
        ["0701740683", "0701740683", "1001"]
    );
}

#[test]
fn scan_explain_says_which_rule_took_each_span_and_the_default_output_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let input = br#"{"pnr":191212121212,"source":{"ip":"192.0.2.7"},"msg":"call 0701740683"}
"#;
    let plain = veil(
        &["scan", "--pack", "json", "--raw"],
        Some(input),
        dir.path(),
    );
    assert_eq!(plain.status.code(), Some(0), "{}", text(&plain.stderr));
    let v: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    for span in v["spans"].as_array().unwrap() {
        let keys: Vec<&String> = span.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["end", "start", "type"], "{span}");
    }
    let out = veil(
        &["scan", "--pack", "json", "--raw", "--explain"],
        Some(input),
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let got: Vec<(&str, &str)> = v["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["type"].as_str().unwrap(), s["by"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("PERSONNUMMER", "key:pnr"),
            ("IPV4", "binding:source.ip"),
            ("PHONE", "detector:phone")
        ]
    );
}

#[test]
fn check_passes_on_the_shipped_packs_and_fails_on_a_broken_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = veil(&["check"], None, dir.path());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("0 failed"));
    std::fs::write(
        dir.path().join("x.toml"),
        "[pack]\nname = \"x\"\nformat = \"yaml\"\n",
    )
    .unwrap();
    let out = veil(&["check", "."], None, dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("x.toml:3: pack.format: unknown format \"yaml\""),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn every_subcommand_has_help_with_examples() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["--help"],
        vec!["run", "--help"],
        vec!["scan", "--help"],
        vec!["check", "--help"],
        vec!["keys", "init", "--help"],
        vec!["keys", "show", "--help"],
        vec!["quarantine", "replay", "--help"],
        vec!["keys", "export-public", "--help"],
        vec!["keys", "add-reveal", "--help"],
        vec!["reveal", "--help"],
        vec!["subject", "find", "--help"],
        vec!["subject", "erase", "--help"],
        vec!["vault", "purge", "--help"],
        vec!["vault", "stats", "--help"],
        vec!["vault", "sync", "--help"],
        vec!["audit", "verify", "--help"],
        vec!["audit", "show", "--help"],
        vec!["bench", "--help"],
    ] {
        let out = veil(&args, None, dir.path());
        assert!(out.status.success(), "{args:?}");
        let help = text(&out.stdout);
        assert!(
            help.contains("Examples:"),
            "{args:?} has no examples:\n{help}"
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(veil(&["run"], None, dir.path()).status.code(), Some(2));
    assert_eq!(
        veil(&["frobnicate"], None, dir.path()).status.code(),
        Some(2)
    );
    let k = init_keyring(dir.path());
    let out = veil(
        &["run", "--keyring", &k, "--pack", "nope"],
        None,
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no pack named \"nope\""));
}

#[test]
fn keys_show_never_prints_the_secret() {
    let dir = tempfile::tempdir().unwrap();
    let k = init_keyring(dir.path());
    let file = std::fs::read_to_string(dir.path().join(&k)).unwrap();
    let secret = file
        .lines()
        .find_map(|l| l.strip_prefix("secret = "))
        .unwrap()
        .trim_matches('"')
        .to_string();
    let out = veil(&["keys", "show", &k], None, dir.path());
    assert!(out.status.success());
    assert!(!text(&out.stdout).contains(&secret));
    assert!(text(&out.stdout).contains("k1"));
}

/// `veil vault stats` ends with when tokens become anonymous: one line per
/// use with epoch keys, the epochs the keyring holds, the oldest and newest
/// with the day each one's key is destroyed (start + retention).
#[test]
fn vault_stats_say_when_each_category_becomes_anonymous() {
    use veil::keys::epoch::{date, epoch_start};
    let dir = tempfile::tempdir().unwrap();
    let k = init_keyring(dir.path());
    let out = veil(
        &["run", "--keyring", &k, "--pack", "syslog", "--quiet"],
        Some(b"Dec 10 07:07:45 gw1 sshd[1]: Failed password for invalid user kerik from 192.0.2.247 port 1 ssh2\n"),
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = veil(&["vault", "stats", "--keyring", &k], None, dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stats = text(&out.stdout);
    assert!(stats.lines().count() < 40, "one screen: {stats}");
    let section = &stats[stats.find("becomes anonymous").expect(&stats)..];
    let row = |usage: &str| -> Vec<String> {
        section
            .lines()
            .find(|l| l.split_whitespace().next() == Some(usage))
            .unwrap_or_else(|| panic!("no {usage} row: {stats}"))
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    // A keyring made today holds the current epoch of each use: its key is
    // destroyed at the epoch's start + retention.
    let today = veil::keys::today();
    for (usage, length, retention) in [
        ("siem/username", 30, 365),
        ("siem/email", 30, 365),
        ("siem/personnummer", 30, 365),
        ("siem/badge", 30, 365),
        ("siem/mac", 30, 180),
        ("siem/ip", 30, 180),
        ("siem/phone", 7, 28),
    ] {
        let start = epoch_start(today, length);
        let anonymous = date(start + retention);
        assert_eq!(
            row(usage),
            [
                usage.to_string(),
                format!("{length}d"),
                "1".to_string(),
                date(start),
                anonymous.clone(),
                date(start),
                anonymous,
            ],
            "{stats}"
        );
    }
    // orgnr has no epoch: it names a company, not a person.
    assert!(!section.contains("orgnr"), "{stats}");
}

/// Any number of worker threads gives the same output, byte for byte, as one:
/// input order, CRLF and a missing last newline kept, the same records
/// quarantined with the same line numbers, over several inputs, from files
/// and from stdin. The vault holds every token of the output.
#[test]
fn run_with_threads_gives_the_same_output_as_one_thread() {
    let dir = tempfile::tempdir().unwrap();
    let keyring = init_keyring(dir.path());
    // 1.6 MB, so the input is cut into many chunks.
    let mut a = String::new();
    for i in 0..16_000u32 {
        let term = if i % 7 == 0 { "\r\n" } else { "\n" };
        if i % 997 == 0 {
            // Over --max-record-bytes: quarantined.
            a.push_str(&format!("poison {} user=p{i}{term}", "x".repeat(400)));
        } else {
            a.push_str(&format!(
                "Dec 10 07:07:{:02} gw{} sshd[{i}]: Failed password for invalid user u{} from 10.{}.{}.{} port 22 ssh2{term}",
                i % 60,
                i % 5,
                i % 301,
                i % 250,
                i % 199,
                i % 97 + 1
            ));
        }
    }
    let b = "session opened for user kerik by (uid=0)\nrhost=ip-10-0-0-1.ec2.internal user=maja";
    std::fs::write(dir.path().join("a.log"), &a).unwrap();
    std::fs::write(dir.path().join("b.log"), b).unwrap();
    let run = |threads: &str, vault: &str, q: &str, stdin: bool| {
        let mut args = vec![
            "run",
            "--keyring",
            &keyring,
            "--vault",
            vault,
            "--pack",
            "syslog",
            "--quiet",
            "--max-record-bytes",
            "300",
            "--quarantine",
            q,
            "--threads",
            threads,
        ];
        if !stdin {
            args.extend(["--input", "a.log", "--input", "b.log"]);
        }
        let input = format!("{a}{b}");
        let out = veil(&args, stdin.then_some(input.as_bytes()), dir.path());
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        let quarantined = std::fs::read_to_string(dir.path().join(q)).unwrap();
        let lines: Vec<u64> = quarantined
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["line"]
                    .as_u64()
                    .unwrap()
            })
            .collect();
        (out.stdout, lines)
    };
    let (one, q1) = run("1", "v1.vault", "q1.jsonl", false);
    let (three, q3) = run("3", "v3.vault", "q3.jsonl", false);
    let (piped, qp) = run("2", "vp.vault", "qp.jsonl", true);
    // The input is 1.6 MB; the output's length varies with the random key
    // (an encrypted first octet takes one to three digits on every line).
    assert!(one.len() > 1_600_000, "{}", one.len());
    assert!(
        !one.ends_with(b"\n"),
        "the last line had no newline and must not get one"
    );
    assert_eq!(one, three, "3 threads changed the output");
    assert_eq!(one, piped, "2 threads on stdin changed the output");
    assert_eq!(q1.len(), 17);
    assert_eq!(q1, q3);
    assert_eq!(q1, qp);
    // Every token in the threaded output opens from the threaded run's vault.
    let out3 = text(&three);
    let tokens: Vec<&str> = out3
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|w| w.starts_with("us_"))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .take(50)
        .collect();
    assert!(tokens.len() >= 50);
    let mut args = vec![
        "reveal",
        "--keyring",
        &keyring,
        "--vault",
        "v3.vault",
        "--case",
        "T-1",
        "--reason",
        "test",
    ];
    args.extend(tokens.iter().copied());
    let out = veil(&args, None, dir.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        !text(&out.stdout).contains("[unknown]"),
        "{}",
        text(&out.stdout)
    );
}

/// The container files cannot run here (no Docker engine), so what can be
/// checked is: the compose example's veil.toml validates, and the compose
/// file creates every topic that config names.
#[test]
fn the_docker_compose_config_validates_and_its_topics_are_created() {
    let root = common::root();
    let out = veil(&["check", "--config", "docker/veil.toml"], None, &root);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // In words, not the enum's name.
    let cores = std::thread::available_parallelism().unwrap().get();
    let workers = if cores == 1 {
        "1 worker".to_string()
    } else {
        format!("{cores} workers")
    };
    assert_eq!(
        text(&out.stdout),
        format!("docker/veil.toml: ok (1 topic, at-least-once, {workers})\n")
    );
    let config = std::fs::read_to_string(root.join("docker/veil.toml")).unwrap();
    let compose = std::fs::read_to_string(root.join("docker/compose.yaml")).unwrap();
    let mut topics = 0;
    for line in config.lines() {
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        if matches!(
            key.trim(),
            "input" | "output" | "quarantine_topic" | "vault_topic"
        ) {
            let topic = value.trim().trim_matches('"');
            assert!(
                compose.contains(&format!("--topic {topic} ")),
                "docker/compose.yaml does not create {topic}"
            );
            topics += 1;
        }
    }
    assert_eq!(topics, 4);
}

#[test]
fn a_vault_that_cannot_be_created_is_named_once_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let k = init_keyring(dir.path());
    // Its parent is a file: creating the vault fails, even for root.
    std::fs::write(dir.path().join("plain"), b"").unwrap();
    let out = veil(
        &[
            "run",
            "--keyring",
            &k,
            "--pack",
            "syslog",
            "--vault",
            "plain/v",
            "--quiet",
        ],
        Some(b"Failed password for invalid user kerik from 192.0.2.1 port 1 ssh2\n"),
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert_eq!(err.matches("plain/v").count(), 1, "{err}");
}

/// docker/compose.file.yaml, read as compose would: the vault and the
/// quarantine go to a volume the image makes writable for its user, not
/// beside the keyring, whose directory is mounted writable (veil rewrites
/// the keyring as epochs turn), here and in the Dockerfile's example; the
/// command reads the file the comment tells the user to create, and every
/// host path is relative to docker/, where the comment says to run it.
/// `scripts/container-check.sh` runs all of this for real in a
/// debootstrapped image.
#[test]
fn the_file_mode_compose_writes_only_where_uid_10001_can() {
    let root = common::root();
    let compose = std::fs::read_to_string(root.join("docker/compose.file.yaml")).unwrap();
    let dockerfile = std::fs::read_to_string(root.join("docker/Dockerfile")).unwrap();
    let env = |key: &str| -> String {
        let line = compose
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{key}:")))
            .unwrap_or_else(|| panic!("compose sets no {key}"));
        line.split_once(':').unwrap().1.trim().to_string()
    };
    let mounts: Vec<(String, String)> = compose
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- "))
        .filter_map(|m| {
            let mut parts = m.split(':');
            Some((parts.next()?.to_string(), parts.next()?.to_string()))
        })
        .collect();
    for key in ["VEIL_VAULT", "VEIL_QUARANTINE"] {
        let path = env(key);
        let dir = std::path::Path::new(&path)
            .parent()
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            mounts.iter().any(|(_, target)| *target == dir),
            "{key}={path}: {dir} is not a mounted volume"
        );
        assert!(
            dockerfile.contains(&format!("install -d -o 10001 -g 10001 -m 0700 {dir}")),
            "the image does not make {dir} writable for uid 10001"
        );
        assert!(
            !path.starts_with("/run/secrets"),
            "{key} is on the read-only secret mount"
        );
    }
    // The keyring's directory is a writable mount, not a read-only secret:
    // veil rewrites the keyring as epochs turn (README, "Epoch keys").
    let keyring = env("VEIL_KEYRING");
    let keys_dir = keyring.rsplit_once('/').unwrap().0;
    assert!(
        mounts.iter().any(|(_, target)| target == keys_dir),
        "{keys_dir} is not mounted"
    );
    assert!(!compose.contains(&format!("{keys_dir}:ro")) && !compose.contains("/run/secrets"));
    let kafka = std::fs::read_to_string(root.join("docker/compose.yaml")).unwrap();
    assert!(!kafka.contains("/run/secrets") && !kafka.contains("veil-keys:ro"));
    // The Dockerfile's `docker run` example mounts it the same way.
    assert!(
        dockerfile.contains(&format!(":{keys_dir} -v veil-state:/var/lib/veil"))
            && dockerfile.contains(&format!("-e VEIL_KEYRING={keyring} ")),
        "the Dockerfile's example mounts the keyring elsewhere"
    );
    assert!(!dockerfile.contains(":ro") && !dockerfile.contains("read-only from"));
    // The command's input is the file the comment creates, under ./in.
    assert!(compose.contains("\"--input\", \"/in/auth.log\""));
    assert!(compose.contains("cp ../tests/golden/syslog/input.log in/auth.log"));
    assert!(compose.contains("cd docker"));
    assert!(mounts.iter().any(|(h, t)| h == "./in" && t == "/in"));
    assert!(root.join("tests/golden/syslog/input.log").exists());
    // The image needs make and a C++ compiler to build librdkafka.
    assert!(dockerfile.contains("install -y --no-install-recommends make g++"));
}

/// Issue 15 item 14: vault, shred-key, audit and quarantine files that
/// group or others could access were used without a word; they are refused
/// as the keyring is, and a FIFO as quarantine does not hang the run.
#[cfg(unix)]
#[test]
fn vault_audit_and_quarantine_files_others_can_access_are_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let k = init_keyring(dir.path());
    let cdr = b"\"\",\"0701740683\",\"1177\",\"c\",\"\",\"\",\"\",\"Dial\",\"\",\"2026-03-01 08:00:00\",\"\",\"2026-03-01 08:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\"\n";
    let out = veil(
        &["run", "--keyring", &k, "--pack", "asterisk-cdr"],
        Some(cdr),
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let chmod = |name: &str, mode: u32| {
        std::fs::set_permissions(dir.path().join(name), std::fs::Permissions::from_mode(mode))
            .unwrap()
    };
    let refused = |out: &Output, name: &str| {
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(
            err.contains(name)
                && err.contains("accessible by group or others")
                && err.contains("chmod 600"),
            "{name}: {err}"
        );
    };
    for name in ["k.keyring.vault", "k.keyring.vault.keys"] {
        chmod(name, 0o640);
        refused(
            &veil(&["vault", "stats", "--keyring", &k], None, dir.path()),
            name,
        );
        chmod(name, 0o600);
    }
    // The audit log, readable by others.
    std::fs::write(dir.path().join("k.keyring.audit.jsonl"), b"").unwrap();
    chmod("k.keyring.audit.jsonl", 0o644);
    refused(
        &veil(&["vault", "purge", "--keyring", &k], None, dir.path()),
        "k.keyring.audit.jsonl",
    );
    // A quarantine file others can read: the bad record is not emitted.
    std::fs::write(dir.path().join("q.jsonl"), b"").unwrap();
    chmod("q.jsonl", 0o604);
    let out = veil(
        &[
            "run",
            "--keyring",
            &k,
            "--pack",
            "asterisk-cdr",
            "--quarantine",
            "q.jsonl",
        ],
        Some(b"\"\",\"0701740683\",\"short row\"\n"),
        dir.path(),
    );
    refused(&out, "q.jsonl");
    assert!(!text(&out.stdout).contains("0701740683"));
    // A FIFO as quarantine: refused at once, not waited on.
    std::fs::remove_file(dir.path().join("q.jsonl")).unwrap();
    let made = Command::new("mkfifo")
        .arg(dir.path().join("q.jsonl"))
        .status()
        .unwrap();
    assert!(made.success());
    chmod("q.jsonl", 0o600);
    let mut child = Command::new(env!("CARGO_BIN_EXE_veil"))
        .args([
            "run",
            "--keyring",
            &k,
            "--pack",
            "asterisk-cdr",
            "--quarantine",
            "q.jsonl",
        ])
        .current_dir(dir.path())
        .env_remove("VEIL_KEYRING")
        .env_remove("VEIL_QUARANTINE")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        let _ = stdin.write_all(b"\"\",\"0701740683\",\"short row\"\n");
    }
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(30) {
            let _ = child.kill();
            panic!("veil run hung on a FIFO as quarantine");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(!text(&out.stdout).contains("0701740683"));
}

/// Issue 15, item 3: `--input X --output X` used to truncate X to nothing
/// and exit 0; a quarantine equal to the output or an input mixed sealed
/// entries into them. The same file under any name (hard link, symlink,
/// `./`, a redirected stdout) is refused with exit 2 before anything is
/// written.
#[test]
fn run_refuses_input_output_and_quarantine_that_are_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    let k = init_keyring(dir.path());
    let line = "Dec 10 07:07:45 gw1 sshd[1]: Failed password for invalid user kerik from 192.0.2.247 port 1 ssh2\n";
    let input = dir.path().join("a.log");
    std::fs::write(&input, line).unwrap();
    std::fs::hard_link(&input, dir.path().join("hard.log")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("a.log", dir.path().join("soft.log")).unwrap();
    let base = ["run", "--keyring", &k, "--pack", "syslog", "--quiet"];
    let cases: Vec<Vec<&str>> = vec![
        vec!["--input", "a.log", "--output", "a.log"],
        vec!["--input", "a.log", "--output", "./hard.log"],
        #[cfg(unix)]
        vec!["--input", "a.log", "--output", "soft.log"],
        vec![
            "--input",
            "a.log",
            "--output",
            "o.log",
            "--quarantine",
            "hard.log",
        ],
        vec![
            "--input",
            "a.log",
            "--output",
            "o.log",
            "--quarantine",
            "o.log",
        ],
        vec!["--input", "a.log", "--quarantine", "k.keyring"],
    ];
    for extra in &cases {
        let mut args = base.to_vec();
        args.extend(extra);
        let out = veil(&args, None, dir.path());
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{extra:?}: {err}");
        assert!(err.contains("are the same file"), "{extra:?}: {err}");
        assert_eq!(std::fs::read_to_string(&input).unwrap(), line, "{extra:?}");
        assert!(!dir.path().join("o.log").exists(), "{extra:?}");
        assert!(
            !dir.path().join(format!("{k}.quarantine.jsonl")).exists(),
            "{extra:?}"
        );
    }
    // Standard output appended to the input would grow it while it is read.
    let append = std::fs::OpenOptions::new()
        .append(true)
        .open(&input)
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_veil"))
        .args(base)
        .args(["--input", "a.log"])
        .current_dir(dir.path())
        .env_remove("VEIL_KEYRING")
        .env_remove("VEIL_QUARANTINE")
        .stdout(append)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(&input).unwrap(), line);
    // Distinct files still work.
    let out = veil(
        &[&base[..], &["--input", "a.log", "--output", "o.log"]].concat(),
        None,
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // Replay refuses the same way.
    let out = veil(
        &[
            "quarantine",
            "replay",
            "--keyring",
            &k,
            "--pack",
            "syslog",
            "--input",
            "veil-quarantine.jsonl",
            "--requarantine",
            "veil-quarantine.jsonl",
        ],
        None,
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("are the same file"));
}

#[test]
fn bench_writes_a_workload_and_its_planted_values_and_veil_run_replaces_them() {
    let dir = tempfile::tempdir().unwrap();
    let out = veil(
        &[
            "bench",
            "--write-workload",
            "w.log",
            "--records",
            "3000",
            "--novelty",
            "0.5",
        ],
        None,
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("distinct values: username"));
    let data = std::fs::read_to_string(dir.path().join("w.log")).unwrap();
    assert_eq!(data.lines().count(), 3000);
    let planted = std::fs::read_to_string(dir.path().join("w.log.values")).unwrap();
    let planted: Vec<&str> = planted.lines().collect();
    assert!(planted.len() > 30, "{}", planted.len());
    assert!(planted.iter().all(|v| data.contains(v)));
    // The same file through veil run: no planted value is left.
    let k = init_keyring(dir.path());
    let out = veil(
        &[
            "run",
            "--keyring",
            &k,
            "--pack",
            "syslog",
            "--input",
            "w.log",
            "--output",
            "o.log",
            "--quiet",
        ],
        None,
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let pseudo = std::fs::read_to_string(dir.path().join("o.log")).unwrap();
    assert_eq!(pseudo.lines().count(), 3000);
    let word = |c: char| c.is_ascii_alphanumeric() || "._@+-".contains(c);
    let words: std::collections::HashSet<&str> = pseudo.split(|c| !word(c)).collect();
    let left: Vec<&&str> = planted.iter().filter(|v| words.contains(**v)).collect();
    assert!(left.is_empty(), "{} planted values left", left.len());
}

#[test]
fn bench_curve_prints_throughput_against_novelty_with_the_hit_rate() {
    let dir = tempfile::tempdir().unwrap();
    let out = veil(
        &[
            "bench",
            "--curve",
            "--records",
            "2000",
            "--seconds",
            "0.01",
            "--threads",
            "1",
        ],
        None,
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let curve = &stdout[stdout.find("cost curve").expect("a curve")..];
    let rows: Vec<&str> = curve.lines().filter(|l| l.starts_with("syslog ")).collect();
    assert_eq!(rows.len(), 3, "{curve}");
    for (row, novelty) in rows.iter().zip(["0.60", "0.35", "0.10"]) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cols[2], novelty, "{row}");
        assert!(cols[3].ends_with('%'), "{row}");
    }
    // The codec baseline is measured once, at the first level.
    assert_eq!(
        stdout.matches("baseline-decode-encode").count(),
        1,
        "{stdout}"
    );
    let bad = veil(&["bench", "--novelty", "2"], None, dir.path());
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn bench_into_a_closed_pipe_is_an_error_not_a_panic() {
    // `veil bench | head`: the reader goes away before the report is written.
    let dir = tempfile::tempdir().unwrap();
    for json in [false, true] {
        let mut args = vec![
            "bench",
            "--records",
            "500",
            "--seconds",
            "0.01",
            "--threads",
            "1",
        ];
        if json {
            args.push("--json");
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_veil"))
            .args(&args)
            .current_dir(dir.path())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = text(&out.stderr);
        assert!(!err.contains("panicked"), "json={json}: {err}");
        assert_ne!(out.status.code(), Some(101), "json={json}: {err}");
        assert!(
            !out.status.success(),
            "json={json}: a lost report is a failure"
        );
        assert!(err.contains("output"), "json={json}: {err}");
    }
}

#[test]
fn bench_input_file_with_a_pack_still_works() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("in.log"),
        "Dec 10 09:12:08 gw1 sshd[24473]: Failed password for invalid user kalle from 203.0.113.156 port 53492 ssh2\n",
    )
    .unwrap();
    let out = veil(
        &[
            "bench",
            "--input",
            "in.log",
            "--pack",
            "syslog",
            "--seconds",
            "0.01",
            "--threads",
            "1",
        ],
        None,
        dir.path(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("in.log through pack syslog: 1 records"));
}
