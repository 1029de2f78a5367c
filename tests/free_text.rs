//! Phone numbers, access-control badges and person names in free text, as
//! a class: lines of products the splits do not hold (SMS gateways, SIP
//! proxies, PBXs, SBCs, intercoms, MDM and help-desk messages, 2FA senders;
//! door, time clock, printing and key-cabinet controllers; web proxies,
//! file-sharing and design-tool audits), written from their
//! documented message formats, in `tests/free_text/*.txt`. A personal
//! value is marked `⟦ ⟧`, a look-alike that must stay `⟪ ⟫`.
//!
//! `cargo test --test free_text -- --nocapture` prints recall and the
//! look-alikes replaced per file; the assertions keep the figures reached.

mod common;

use std::collections::BTreeMap;

/// Recall and false positives of one file.
struct Figures {
    found: usize,
    positives: usize,
    replaced: usize,
    lookalikes: usize,
    misses: Vec<String>,
}

fn marked(s: &str, open: char, close: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(a) = rest.find(open) {
        let from = a + open.len_utf8();
        let Some(b) = rest[from..].find(close) else {
            break;
        };
        out.push(rest[from..from + b].to_string());
        rest = &rest[from + b + close.len_utf8()..];
    }
    out
}

fn figures(file: &str) -> Figures {
    let text = std::fs::read_to_string(common::root().join("tests/free_text").join(file)).unwrap();
    let mut engines = BTreeMap::new();
    let mut f = Figures {
        found: 0,
        positives: 0,
        replaced: 0,
        lookalikes: 0,
        misses: Vec::new(),
    };
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (pack, rec) = line.split_once('|').unwrap();
        let positives = marked(rec, '⟦', '⟧');
        let lookalikes = marked(rec, '⟪', '⟫');
        let plain: String = rec.chars().filter(|c| !"⟦⟧⟪⟫".contains(*c)).collect();
        let engine = engines
            .entry(pack.to_string())
            .or_insert_with(|| common::engine(pack));
        let out = common::run(engine, &plain);
        for v in &positives {
            f.positives += 1;
            if out.contains(v.as_str()) {
                f.misses.push(format!("leak {v:?} in {plain}"));
            } else {
                f.found += 1;
            }
        }
        for v in &lookalikes {
            f.lookalikes += 1;
            if !out.contains(v.as_str()) {
                f.replaced += 1;
                f.misses.push(format!("look-alike {v:?} replaced: {out}"));
            }
        }
    }
    println!(
        "{file}: recall {}/{} ({:.3}), look-alikes replaced {}/{}",
        f.found,
        f.positives,
        f.found as f64 / f.positives as f64,
        f.replaced,
        f.lookalikes
    );
    for m in &f.misses {
        println!("  {m}");
    }
    f
}

#[test]
fn phones_in_free_text() {
    let f = figures("phones.txt");
    assert!(f.positives >= 60);
    assert!(f.found >= 160, "recall fell");
    // `ticket number 0123 4567 89`: the cue word after the ticket's.
    assert!(f.replaced <= 1, "look-alikes replaced");
}

#[test]
fn badges_in_free_text() {
    let f = figures("badges.txt");
    assert!(f.found >= 30, "recall fell");
    assert!(f.replaced == 0, "look-alikes replaced");
}

#[test]
fn names_in_free_text() {
    let f = figures("names.txt");
    assert!(f.positives >= 21);
    assert!(f.found >= f.positives - 2, "recall fell");
    assert!(f.replaced == 0, "look-alikes replaced");
}

#[test]
fn identifiers_and_their_look_alikes() {
    let f = figures("identifiers.txt");
    assert!(f.positives >= 4);
    assert!(f.found == f.positives, "recall fell");
    assert!(f.replaced == 0, "look-alikes replaced");
}

#[test]
fn personal_values_by_their_key() {
    let f = figures("keys.txt");
    assert!(f.positives >= 20);
    assert!(f.found == f.positives, "recall fell");
    assert!(f.replaced == 0, "look-alikes replaced");
}
