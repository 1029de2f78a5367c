//! Tests of the whole set: what [`DetectorSet::detect`] finds in a line,
//! one subject to a file (`accounts`, `numbers`, `addresses`), and the
//! invariants every output keeps.

use super::*;
use proptest::prelude::*;

mod account_actors;
mod account_classes;
mod account_paths;
mod account_prose;
mod account_records;
mod account_text;
mod account_tools;
mod accounts;
mod addresses;
mod digit_gates;
mod forms;
mod hosts;
mod numbers;
mod principals;
mod urls;

fn all(text: &str) -> Vec<(String, Kind)> {
    let mut out = Vec::new();
    DetectorSet::all_builtins().detect(text, &mut out);
    out.iter()
        .map(|s| (text[s.start..s.end].to_string(), s.kind))
        .collect()
}

fn has(text: &str, v: &str, k: Kind) -> bool {
    all(text).contains(&(v.to_string(), k))
}

pub(super) use Kind::{Email, Imei, Ipv4, Ipv6, Orgnr, Personnummer, Phone, Username};

/// Every line yields exactly the listed values, in order.
fn exactly(cases: &[(&str, &[(&str, Kind)])]) {
    let mut failed = Vec::new();
    for (text, want) in cases {
        let got = all(text);
        let want: Vec<(String, Kind)> = want.iter().map(|(v, k)| (v.to_string(), *k)).collect();
        if got != want {
            failed.push(format!("{text}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// The usernames found in `text`, in order.
fn users(text: &str) -> Vec<String> {
    all(text)
        .into_iter()
        .filter(|(_, k)| *k == Username)
        .map(|(v, _)| v)
        .collect()
}

/// Every line of `cases` yields exactly its usernames; all failures are
/// reported at once.
fn check(cases: &[(&str, &[&str])]) {
    let mut failed = Vec::new();
    for (text, want) in cases {
        let got = users(text);
        if got != *want {
            failed.push(format!("{text}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// A valid personnummer for a date, with its Luhn digit.
fn pnr(y: u32, m: u32, d: u32, serial: u32) -> String {
    let nine = format!("{:02}{m:02}{d:02}{serial:03}", y % 100);
    let check = (0..10u8)
        .find(|c| util::luhn(format!("{nine}{c}").as_bytes()))
        .unwrap();
    format!("{}-{}{check}", &nine[..6], &nine[6..])
}

#[test]
fn mixed_line() {
    let t = "sshd[9]: Failed password for invalid user maja from 192.0.2.4 port 22, \
             mail maja@example.se, tel 070-174 06 83, pnr 811218-9876";
    assert!(has(t, "maja", Kind::Username));
    assert!(has(t, "192.0.2.4", Kind::Ipv4));
    assert!(has(t, "maja@example.se", Kind::Email));
    assert!(has(t, "070-174 06 83", Kind::Phone));
    assert!(has(t, "811218-9876", Kind::Personnummer));
}

#[test]
fn person_names_beside_other_values() {
    let t = "Samtal från Leyla Åberg <leyla.aberg@example.se> till 070-174 06 83, \
             From: \"Omar al-Farsi\" <sip:+46701740683@sip.example.se>";
    assert_eq!(
        all(t),
        vec![
            ("Leyla Åberg".into(), Kind::PersonName),
            ("leyla.aberg@example.se".into(), Kind::Email),
            ("070-174 06 83".into(), Kind::Phone),
            ("Omar al-Farsi".into(), Kind::PersonName),
            ("+46701740683".into(), Kind::Phone),
        ]
    );
    // An account name stays an account name.
    assert_eq!(
        all("session opened for user Karin by (uid=0)"),
        vec![("Karin".into(), Kind::Username)]
    );
    // Off unless the pack enables it.
    let set = DetectorSet::new(&DetectorConfig {
        builtins: vec![Builtin::Email],
        custom: vec![],
    })
    .unwrap();
    let mut out = Vec::new();
    set.detect("kontakt Leyla Åberg", &mut out);
    assert!(out.is_empty());
}

#[test]
fn only_enabled_detectors_run() {
    let set = DetectorSet::new(&DetectorConfig {
        builtins: vec![Builtin::Ipv4],
        custom: vec![],
    })
    .unwrap();
    let mut out = Vec::new();
    set.detect("user=kalle 192.0.2.1 0701740683", &mut out);
    assert_eq!(
        out,
        vec![Span {
            start: 11,
            end: 20,
            kind: Kind::Ipv4
        }]
    );
}

#[test]
fn custom_detectors_join_the_set() {
    let set = DetectorSet::new(&DetectorConfig {
        builtins: vec![Builtin::Ipv4],
        custom: vec![CustomDetector {
            kind: Kind::Badge,
            pattern: r"acct=(?P<value>B\d{6})".into(),
            checksum: None,
        }],
    })
    .unwrap();
    let mut out = vec![Span {
        start: 0,
        end: 1,
        kind: Kind::Mac,
    }];
    set.detect("acct=B123456 src=192.0.2.1", &mut out);
    assert_eq!(out.len(), 3, "appends after what was there");
    assert_eq!(
        (out[1].start, out[1].end, out[1].kind),
        (5, 12, Kind::Badge)
    );
    assert_eq!(out[2].kind, Kind::Ipv4);
    let bad = DetectorSet::new(&DetectorConfig {
        builtins: vec![],
        custom: vec![CustomDetector {
            kind: Kind::Badge,
            pattern: "[".into(),
            checksum: None,
        }],
    });
    assert!(bad.is_err());
}

proptest! {
    #[test]
    fn spans_are_sorted_disjoint_and_on_char_boundaries(text in "\\PC{0,200}") {
        let mut out = Vec::new();
        DetectorSet::all_builtins().detect(&text, &mut out);
        for s in &out {
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        for w in out.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
    }

    #[test]
    fn logish_text_keeps_invariants(text in "[0-9a-fA-F:.@+ =\\-\\[\\]sipuerfo]{0,120}") {
        let mut out = Vec::new();
        DetectorSet::all_builtins().detect(&text, &mut out);
        for w in out.windows(2) {
            prop_assert!(w[0].end <= w[1].start);
        }
    }

    #[test]
    fn generated_personnummer_are_found(
        y in 1930u32..2000, m in 1u32..=12, d in 1u32..=28, serial in 0u32..1000,
        samordning in any::<bool>(),
    ) {
        let day = if samordning { d + 60 } else { d };
        let v = pnr(y, m, day, serial);
        let kind = if samordning { Kind::Samordningsnummer } else { Kind::Personnummer };
        let text = format!("kund {v} ringde");
        prop_assert!(has(&text, &v, kind), "{}", text);
    }
}
