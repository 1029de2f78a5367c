//! The pseudonym contract, held on a corpus: a value veil replaced keeps
//! its token as long as the key and the value do not change. A token is
//! the keyed hash of a category and a value, so the contract breaks when a
//! detection change gives a value veil already replaced another category
//! (an IMSI read as an IMEI, a login split into two name tokens) or another
//! extent (`Ali` and `Berg` where `Ali.Berg` was one span). Both change
//! what a SIEM has stored for the same person.
//!
//! `tests/eval/contract.jsonl` holds two records of every template of the
//! open evaluation splits (`tests/eval/gen.py --contract`);
//! `tests/token_contract.tsv` the spans veil found in them when last
//! blessed. Every blessed span must still be found with the same extent
//! and category, or not at all (a look-alike no longer replaced is a
//! precision fix; the evaluation sets count leaks). New spans are free.
//!
//! A change that breaks the contract on purpose (the old category was
//! wrong) is blessed with `VEIL_BLESS=1 cargo test --test token_contract`,
//! and the diff of the `.tsv` says which values changed token: name them in
//! the commit message.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use serde_json::Value;
use veil::pipeline::Found;

/// (record id, start, end) -> category name.
type Spans = BTreeMap<(String, usize, usize), String>;

fn corpus() -> Vec<(String, String, String)> {
    let path = common::root().join("tests/eval/contract.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).unwrap();
            let s = |k: &str| v[k].as_str().unwrap().to_string();
            (s("id"), s("pack"), s("text"))
        })
        .collect()
}

/// What veil finds in the corpus today.
fn scan() -> Spans {
    let mut engines = HashMap::new();
    let mut spans = Spans::new();
    let mut found: Vec<Found> = Vec::new();
    for (id, pack, text) in corpus() {
        let engine = engines
            .entry(pack.clone())
            .or_insert_with(|| common::engine(&pack));
        found.clear();
        // A record veil would quarantine has no spans: nothing of it is
        // written, so no token of it can change.
        if engine.worker().scan(text.as_bytes(), &mut found).is_err() {
            continue;
        }
        for f in &found {
            spans.insert((id.clone(), f.start, f.end), f.kind.name().to_string());
        }
    }
    spans
}

fn blessed() -> Spans {
    let path = common::root().join("tests/token_contract.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run with VEIL_BLESS=1", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (
                (
                    f[0].to_string(),
                    f[1].parse().unwrap(),
                    f[2].parse().unwrap(),
                ),
                f[3].to_string(),
            )
        })
        .collect()
}

#[test]
fn no_replaced_value_changes_category_or_extent() {
    let now = scan();
    if std::env::var_os("VEIL_BLESS").is_some() {
        let mut out = String::from(
            "# record id, byte start, byte end, category: see tests/token_contract.rs\n",
        );
        for ((id, s, e), k) in &now {
            writeln!(out, "{id}\t{s}\t{e}\t{k}").unwrap();
        }
        std::fs::write(common::root().join("tests/token_contract.tsv"), out).unwrap();
        return;
    }
    let then = blessed();
    assert!(
        then.len() > 2000,
        "the blessed corpus holds {} spans",
        then.len()
    );
    let mut broken = Vec::new();
    let mut dropped = 0;
    for ((id, s, e), k) in &then {
        match now.get(&(id.clone(), *s, *e)) {
            Some(k2) if k2 == k => {}
            Some(k2) => broken.push(format!("{id} {s}..{e}: {k} -> {k2}")),
            None => {
                let over: Vec<String> = now
                    .range((id.clone(), 0, 0)..(id.clone(), *e, 0))
                    .filter(|((_, s2, e2), _)| s2 < e && e2 > s)
                    .map(|((_, s2, e2), k2)| format!("{k2} {s2}..{e2}"))
                    .collect();
                if over.is_empty() {
                    dropped += 1;
                } else {
                    // Offsets and categories only: the corpus is ours, but a
                    // failure message is no place for values either.
                    broken.push(format!("{id} {s}..{e} {k} is now {}", over.join(", ")));
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} replaced values would change token ({dropped} spans no longer found are allowed):\n{}\n\
         if the old category or extent was wrong, bless with VEIL_BLESS=1 and name the values in \
         the commit message",
        broken.len(),
        broken.join("\n")
    );
}
