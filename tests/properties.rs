//! Invariants of the whole core, checked on generated records.

mod common;

use proptest::prelude::*;
use veil::keys::Keyring;
use veil::pipeline::Engine;
use veil::rules::Source;

fn phone_digits() -> impl Strategy<Value = String> {
    // Swedish mobile numbers 070/072/073/076/079 + 7 digits.
    (
        prop::sample::select(vec!["70", "72", "73", "76", "79"]),
        0u32..10_000_000,
    )
        .prop_map(|(p, n)| format!("{p}{n:07}"))
}

/// The spellings of one Swedish number that people and PBXs write.
fn spell(national: &str, style: usize) -> String {
    // national is without the leading 0, e.g. 701740683
    let (a, b) = national.split_at(2);
    match style % 5 {
        0 => format!("0{national}"),
        1 => format!("+46{national}"),
        2 => format!("0046{national}"),
        3 => format!("0{a}-{}", b),
        _ => format!("0{a}-{} {} {}", &b[..3], &b[3..5], &b[5..]),
    }
}

fn luhn_digit(digits: &str) -> u32 {
    let sum: u32 = digits
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            let d = if i % 2 == 0 { d * 2 } else { d };
            if d > 9 { d - 9 } else { d }
        })
        .sum();
    (10 - sum % 10) % 10
}

fn personnummer() -> impl Strategy<Value = String> {
    (1940u32..2005, 1u32..13, 1u32..29, 0u32..1000).prop_map(|(y, m, d, n)| {
        let base = format!("{:02}{m:02}{d:02}{n:03}", y % 100);
        format!("{}-{}{}", &base[..6], &base[6..], luhn_digit(&base))
    })
}

fn ipv4() -> impl Strategy<Value = String> {
    (1u8..224, any::<u8>(), any::<u8>(), 1u8..255)
        .prop_map(|(a, b, c, d)| format!("{a}.{b}.{c}.{d}"))
}

fn username() -> impl Strategy<Value = String> {
    "[a-z]{3,8}[0-9]{0,2}"
}

/// Whether `value` occurs in `text` as a whole word (a short username such as
/// `nix` may legitimately remain inside `pam_unix`).
fn contains_word(text: &str, value: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    text.match_indices(value).any(|(i, _)| {
        !word(text[..i].chars().next_back()) && !word(text[i + value.len()..].chars().next())
    })
}

fn engine(pack: &str) -> Engine {
    common::engine(pack)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever the detectors find never survives into the output.
    #[test]
    fn no_detected_value_survives(
        user in username(),
        ip in ipv4(),
        phone in phone_digits(),
        style in 0usize..5,
        pnr in personnummer(),
        shape in 0usize..4,
    ) {
        let phone = spell(&phone, style);
        let line = match shape {
            0 => format!("Dec 10 07:07:45 gw1 sshd[1]: Failed password for invalid user {user} from {ip} port 22 ssh2"),
            1 => format!("<134>Dec 10 07:12:00 sip1 kamailio[881]: INVITE from sip:{phone}@sip.example.se src={ip}"),
            2 => format!("Mar  3 10:06:00 app1 crm[77]: lookup pnr={pnr} by {user}@example.se"),
            _ => format!("Dec 10 07:08:01 gw1 sshd[2]: pam_unix(sshd:session): session opened for user {user} by (uid=0) from {ip} tel {phone}"),
        };
        let e = engine("syslog");
        let mut w = e.worker();
        let mut found = Vec::new();
        w.scan(line.as_bytes(), &mut found).unwrap();
        let mut out = Vec::new();
        w.process(line.as_bytes(), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        for f in &found {
            let value = &line[f.start..f.end];
            prop_assert!(!contains_word(&out, value), "{:?} {value:?} survived in {out:?}", f.kind);
        }
        prop_assert!(!found.is_empty());
    }

    /// A record in which nothing is detected comes out byte for byte.
    #[test]
    fn an_untouched_record_encodes_to_the_same_bytes(line in "[ -~]{0,120}") {
        for pack in ["syslog", "json", "kv-cef"] {
            let e = engine(pack);
            let mut w = e.worker();
            let mut found = Vec::new();
            if w.scan(line.as_bytes(), &mut found).is_err() || !found.is_empty() {
                continue;
            }
            let mut out = Vec::new();
            w.process(line.as_bytes(), &mut out).unwrap();
            prop_assert_eq!(&out, line.as_bytes(), "pack {}", pack);
        }
    }

    /// One number, however it is written, gets one pseudonym.
    #[test]
    fn one_value_in_different_formats_gives_one_pseudonym(phone in phone_digits(), a in 0usize..5, b in 0usize..5) {
        let e = engine("asterisk-cdr");
        let mut w = e.worker();
        let row = |p: &str| format!("\"\",\"{p}\",\"1177\",\"c\",\"\",\"\",\"\",\"Dial\",\"\",\"2026-01-01 00:00:00\",\"\",\"2026-01-01 00:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\"");
        let token = |w: &mut veil::pipeline::Worker, p: &str| {
            let mut out = Vec::new();
            w.process(row(p).as_bytes(), &mut out).unwrap();
            String::from_utf8(out).unwrap().split(',').nth(1).unwrap().to_string()
        };
        let x = token(&mut w, &spell(&phone, a));
        let y = token(&mut w, &spell(&phone, b));
        prop_assert!(x.starts_with("\"ph_"), "{}", x);
        prop_assert_eq!(x, y);
    }
}

/// Two recipients (domains) get unlinkable pseudonyms for the same value.
#[test]
fn different_domains_give_different_pseudonyms() {
    let src = std::fs::read_to_string(common::root().join("rules/asterisk-cdr.toml")).unwrap();
    let fraud = src.replace("domain = \"siem\"", "domain = \"fraud\"");
    let keyring = common::test_keyring();
    let compile = |s: &str| veil::rules::compile::compile("asterisk-cdr.toml", s).unwrap();
    let row = b"\"B130791\",\"0701740683\",\"1177\",\"c\",\"\",\"\",\"\",\"Dial\",\"\",\"2026-01-01 00:00:00\",\"\",\"2026-01-01 00:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\"";
    let run = |e: &Engine| {
        let mut out = Vec::new();
        e.worker().process(row, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    let a = run(&Engine::new(compile(&src), &keyring).unwrap());
    let b = run(&Engine::new(compile(&fraud), &keyring).unwrap());
    let fields = |s: &str| s.split(',').take(2).map(str::to_string).collect::<Vec<_>>();
    let (fa, fb) = (fields(&a), fields(&b));
    assert!(fa[1].starts_with("\"ph_") && fb[1].starts_with("\"ph_"));
    assert_ne!(fa[0], fb[0], "badge tokens must differ across domains");
    assert_ne!(fa[1], fb[1], "phone tokens must differ across domains");
    // And the same domain is deterministic.
    assert_eq!(a, run(&Engine::new(compile(&src), &keyring).unwrap()));
    let _ = Source::Embedded;
}

/// Different keyrings give different pseudonyms: nothing is derived from a
/// default key.
#[test]
fn pseudonyms_depend_on_the_key() {
    let pack = Source::Embedded.load("syslog").unwrap();
    let line = b"Dec 10 07:07:45 gw1 sshd[1]: Failed password for invalid user kerik from 192.0.2.247 port 22 ssh2";
    let run = |k: &Keyring| {
        let mut out = Vec::new();
        Engine::new(pack.clone(), k)
            .unwrap()
            .worker()
            .process(line, &mut out)
            .unwrap();
        out
    };
    assert_ne!(
        run(&Keyring::generate().unwrap()),
        run(&Keyring::generate().unwrap())
    );
}

/// Dropping any subset of a JSON object's members, nested or not, leaves
/// valid JSON holding exactly the members that were kept.
#[test]
fn json_drops_leave_valid_json() {
    let mut src = String::from(
        "[pack]\nname = \"drops\"\nformat = \"json\"\ndomain = \"siem\"\n\n[fields]\n",
    );
    for i in 0..6 {
        src.push_str(&format!("\"d{i}\" = \"secret\"\n\"n.d{i}\" = \"secret\"\n"));
        src.push_str(&format!("\"k{i}\" = \"keep\"\n\"n.k{i}\" = \"keep\"\n"));
    }
    src.push_str("\n[scan]\ndetectors = []\n\n[categories.secret]\noperator = \"drop\"\n");
    let pack = veil::rules::compile::compile("drops.toml", &src).unwrap();
    let engine = Engine::new(pack, &common::test_keyring()).unwrap();

    // Members: (dropped?, spacing style); the nested object `n` sits at a
    // generated position and holds its own generated members.
    let members = || prop::collection::vec((any::<bool>(), 0usize..3), 1..6);
    proptest!(|(outer in members(), inner in members(), at in 0usize..6)| {
        let sep = [",", ", ", " ,\n "];
        let render = |ms: &[(bool, usize)]| -> Vec<String> {
            ms.iter().enumerate()
                .map(|(i, (drop, _))| format!("\"{}{i}\":{i}", if *drop { "d" } else { "k" }))
                .collect()
        };
        let join = |parts: Vec<String>, ms: &[(bool, usize)]| {
            let mut s = String::new();
            for (j, p) in parts.iter().enumerate() {
                if j > 0 { s.push_str(sep[ms[j].1]); }
                s.push_str(p);
            }
            s
        };
        let nested = format!("\"n\":{{{}}}", join(render(&inner), &inner));
        let mut parts = render(&outer);
        let at = at.min(parts.len());
        parts.insert(at, nested);
        let mut styles = outer.clone();
        styles.insert(at, (false, 1));
        let line = format!("{{{}}}", join(parts, &styles));

        let mut out = Vec::new();
        engine.worker().process(line.as_bytes(), &mut out).unwrap();
        let got: serde_json::Value = serde_json::from_slice(&out)
            .map_err(|e| TestCaseError::fail(format!("{e}: {}", String::from_utf8_lossy(&out))))?;

        let names = |ms: &[(bool, usize)]| -> Vec<String> {
            ms.iter().enumerate().filter(|(_, (d, _))| !d).map(|(i, _)| format!("k{i}")).collect()
        };
        let obj = got.as_object().unwrap();
        let mut want: Vec<String> = names(&outer);
        want.insert(at.min(want.len()), "n".into());
        let mut have: Vec<String> = obj.keys().cloned().collect();
        have.sort();
        want.sort();
        prop_assert_eq!(have, want);
        let mut inner_have: Vec<String> = obj["n"].as_object().unwrap().keys().cloned().collect();
        inner_have.sort();
        prop_assert_eq!(inner_have, names(&inner));
    });
}

/// A dropped syslog header part becomes the NILVALUE, so the parts after it
/// keep their positions (RFC 5424 and 3164 alike).
#[test]
fn dropped_syslog_header_parts_become_nil() {
    let src = "[pack]\nname = \"hdr\"\nformat = \"syslog\"\ndomain = \"siem\"\n\n[fields]\n\
               hostname = \"secret\"\nmsg = \"keep\"\n\n[scan]\ndetectors = []\n\n\
               [categories.secret]\noperator = \"drop\"\n";
    let pack = veil::rules::compile::compile("hdr.toml", src).unwrap();
    let engine = Engine::new(pack, &common::test_keyring()).unwrap();
    let run = |line: &str| {
        let mut out = Vec::new();
        engine.worker().process(line.as_bytes(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    };
    assert_eq!(
        run("<34>1 2026-11-22T10:00:00Z pc-maja sshd 42 ID7 - hello"),
        "<34>1 2026-11-22T10:00:00Z - sshd 42 ID7 - hello"
    );
    assert_eq!(
        run("<34>Nov 22 10:00:00 pc-maja sshd[42]: hello"),
        "<34>Nov 22 10:00:00 - sshd[42]: hello"
    );
}
