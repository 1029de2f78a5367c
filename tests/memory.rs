//! The memory of values found on strong evidence: an account a key named in
//! one record is replaced, with the same token, where a later record names
//! it in plain free text; the memory follows record order within a worker,
//! only adds replacements, and is off unless a pack asks for it.

mod common;

use veil::pipeline::{Engine, Worker};

/// A glued login (`keriksson`): written with a separator (`k.eriksson`),
/// free text finds it on its own since the name-login rule, so it would
/// not show what the memory adds.
const VPN: &str = "<134>Mar  3 08:14:02 vpn01 openvpn[2211]: AUTH ok user=keriksson";
const MAIL: &str =
    "<22>Mar  3 08:15:40 mx1 postfix/cleanup[812]: 4F2A1C: message from keriksson accepted";

fn run(worker: &mut Worker, rec: &str) -> String {
    let mut out = Vec::new();
    worker
        .process(rec.as_bytes(), &mut out)
        .unwrap_or_else(|e| panic!("{rec}: {e}"));
    String::from_utf8(out).unwrap()
}

/// The syslog pack with `[scan] memory` set to `n` values.
fn engine(n: usize) -> Engine {
    let mut pack = veil::rules::Source::Dir(common::root().join("rules"))
        .load("syslog")
        .unwrap();
    pack.memory = n;
    Engine::new(pack, &common::test_keyring()).unwrap()
}

/// The token that replaced `user=`'s value.
fn token(out: &str) -> &str {
    out.rsplit("user=").next().unwrap().trim()
}

#[test]
fn an_account_a_key_named_is_replaced_later_with_the_same_token() {
    let engine = engine(veil::detect::memory::SUGGESTED_CAPACITY);
    let mut w = engine.worker();
    let vpn = run(&mut w, VPN);
    let mail = run(&mut w, MAIL);
    assert!(
        !vpn.contains("keriksson") && !mail.contains("keriksson"),
        "{mail}"
    );
    assert!(
        mail.contains(&format!("message from {} accepted", token(&vpn))),
        "{vpn}\n{mail}"
    );
}

#[test]
fn the_memory_follows_record_order_and_only_adds() {
    let engine = engine(veil::detect::memory::SUGGESTED_CAPACITY);
    // Before any strong sighting the mail line has no cue veil trusts.
    let mut w = engine.worker();
    let first = run(&mut w, MAIL);
    assert!(first.contains("keriksson"), "{first}");
    run(&mut w, VPN);
    // The same batch again on the same worker (a replayed Kafka batch):
    // it loses nothing it had, and gains what was learnt since.
    let again = run(&mut w, MAIL);
    assert!(!again.contains("keriksson"), "{again}");
    // Another worker has its own memory.
    let mut other = engine.worker();
    assert!(run(&mut other, MAIL).contains("keriksson"));
}

#[test]
fn the_shipped_packs_leave_it_off_and_service_accounts_are_never_spread() {
    for engine in [common::engine("syslog"), engine(0)] {
        let mut w = engine.worker();
        run(&mut w, VPN);
        assert!(run(&mut w, MAIL).contains("keriksson"));
    }
    let engine = engine(veil::detect::memory::SUGGESTED_CAPACITY);
    let mut w = engine.worker();
    run(&mut w, &VPN.replace("keriksson", "svc-backup"));
    let out = run(&mut w, &MAIL.replace("keriksson", "svc-backup"));
    assert!(out.contains("message from svc-backup accepted"), "{out}");
}
