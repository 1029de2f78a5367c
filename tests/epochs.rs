//! Issue 16: epoch keys on a one-way ratchet. The five "done when" tests,
//! on the library with explicit clocks (days from today on; epochs begin at
//! midnight UTC).
//!
//! The shipped packs give phone numbers 7-day epochs kept 28 days and IP
//! addresses 30-day epochs kept 180 days; the syslog pack is used here.

use std::collections::HashMap;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use veil::keys::epoch::{chain_states, derive_from_state, epoch_start};
use veil::keys::{KeyUse, Keyring, Ratchet, SecretKey, label};
use veil::ops::{IpPrefix, token_epoch};
use veil::pipeline::Engine;
use veil::rules::{Pack, Source};
use veil::vault::{self, Lookup, Revealed, Vault};

const LINE: &[u8] = b"Dec 10 07:07:45 gw1 kamailio[1]: src=192.0.2.247 call 0701740683";
const IP: &str = "192.0.2.247";

fn at(day: u64, secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(day * 86_400 + secs)
}

fn packs() -> Vec<Pack> {
    Source::Embedded.compile_all().unwrap()
}

fn syslog() -> Pack {
    Source::Embedded.load("syslog").unwrap()
}

fn phone() -> KeyUse {
    KeyUse::Pseudonym {
        domain: "siem".into(),
        category: "phone".into(),
    }
}

fn ip() -> KeyUse {
    KeyUse::IpCrypt {
        domain: "siem".into(),
    }
}

/// A ratchet over the keyring file at `path`, for the shipped packs.
fn ratchet(path: &Path) -> Arc<Mutex<Ratchet>> {
    Arc::new(Mutex::new(Ratchet::new(
        Keyring::load(path).unwrap(),
        Some(path.to_path_buf()),
        veil::rules::schedule(&packs()),
    )))
}

/// The (encrypted IP, phone token) the pipeline writes for `LINE`.
fn process(worker: &mut veil::pipeline::Worker, now: SystemTime) -> (String, String) {
    worker.check_epoch(now).unwrap();
    let mut out = Vec::new();
    worker.process(LINE, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let words: Vec<&str> = text.split_whitespace().collect();
    let ip = words[5].strip_prefix("src=").unwrap().to_string();
    (ip, words[7].to_string())
}

/// Every 32-byte secret written in a keyring file (every base64 string).
fn secrets_in(text: &str) -> Vec<[u8; 32]> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter_map(|s| base64::engine::general_purpose::STANDARD.decode(s).ok())
        .filter_map(|b| <[u8; 32]>::try_from(b).ok())
        .collect()
}

/// The `[chain]` day and state of a keyring file.
fn chain_of(text: &str) -> (u64, SecretKey) {
    let chain = &text[text.find("[chain]").unwrap()..];
    let day = chain
        .lines()
        .find_map(|l| l.strip_prefix("day = "))
        .and_then(veil::keys::epoch::parse_date)
        .unwrap();
    let state = chain
        .lines()
        .find_map(|l| l.strip_prefix("state = "))
        .unwrap()
        .trim_matches('"');
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(state)
        .unwrap();
    (day, SecretKey::from_bytes(bytes.try_into().unwrap()))
}

/// Everything an epoch's key follows from, given the chain as it was
/// before: every chain state up to the epoch's first day, the epoch's seed
/// and its key.
fn material_of(
    chain: &(u64, SecretKey),
    start: u64,
    length: u64,
    usage: &KeyUse,
) -> (Vec<[u8; 32]>, SecretKey) {
    let states = chain_states(&chain.1, chain.0, start);
    let (seed, key) = derive_from_state(&states.last().unwrap().1, length, usage);
    let mut all: Vec<[u8; 32]> = states.iter().map(|(_, g)| *g.expose()).collect();
    all.push(*seed.expose());
    all.push(*key.expose());
    (all, key)
}

/// Every file in `dir`, read whole: no stray copy (a `.new` left by a
/// replace) may hold what the keyring no longer does.
fn files_in(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect()
}

fn assert_holds_none_of(dir: &Path, forbidden: &[[u8; 32]]) {
    let set: std::collections::HashSet<&[u8]> = forbidden.iter().map(|f| &f[..]).collect();
    assert!(!set.is_empty());
    for (path, bytes) in files_in(dir) {
        let text = String::from_utf8_lossy(&bytes);
        for s in secrets_in(&text) {
            assert!(
                !set.contains(&s[..]),
                "{} holds material of the old epoch",
                path.display()
            );
        }
        // Raw bytes too, in case anything is written unencoded.
        assert!(
            !bytes.windows(32).any(|w| set.contains(w)),
            "{} holds raw material of the old epoch",
            path.display()
        );
    }
}

/// Test 1: a pipeline keyring advanced past an epoch cannot reproduce that
/// epoch's tokens or decrypt its IP addresses; its file holds nothing from
/// which the old keys follow.
#[test]
fn a_pipeline_keyring_advanced_past_an_epoch_cannot_reproduce_its_tokens_or_ips() {
    let dir = tempfile::tempdir().unwrap();
    let reveal_dir = dir.path().join("reveal");
    let pipe_dir = dir.path().join("pipeline");
    std::fs::create_dir(&pipe_dir).unwrap();
    let full_path = reveal_dir.join("keyring");
    let full = Keyring::create(&full_path).unwrap();
    let today = veil::keys::today();
    let pipe_path = pipe_dir.join("keyring");
    full.export_public_with(&pipe_path, today, &veil::rules::schedule(&packs()))
        .unwrap();
    let full_chain = chain_of(&std::fs::read_to_string(&full_path).unwrap());

    // Today: a phone token and an encrypted IP of the current epochs.
    let r = ratchet(&pipe_path);
    let engine = Engine::with_ratchet(syslog(), &r, at(today, 0)).unwrap();
    let mut worker = engine.worker();
    let (enc_ip, token) = process(&mut worker, at(today, 3600));
    let phone_start = epoch_start(today, 7);
    let ip_start = epoch_start(today, 30);
    assert_eq!(token_epoch(&token), Some(phone_start), "{token}");
    assert_ne!(enc_ip, IP);

    // The pipeline runs on past the end of the IP epoch (and so of the
    // phone epoch): the keyring file is overwritten at the boundary.
    let later = ip_start + 30;
    let (enc_later, token_later) = process(&mut worker, at(later, 60));
    assert_ne!(token_later, token);
    assert_ne!(enc_later, enc_ip);
    let text = std::fs::read_to_string(&pipe_path).unwrap();
    assert!(
        text.contains(&format!("day = {}", veil::keys::epoch::date(later))),
        "{text}"
    );

    // The file's bytes: no chain state up to the old epochs' first days,
    // no seed, no key of them.
    let (mut forbidden, phone_key) = material_of(&full_chain, phone_start, 7, &phone());
    let (ip_material, ip_key) = material_of(&full_chain, ip_start, 30, &ip());
    forbidden.extend(ip_material);
    assert_holds_none_of(&pipe_dir, &forbidden);

    // And what it holds cannot make them: the old epochs are not held...
    let advanced = Keyring::load(&pipe_path).unwrap();
    let epochs = advanced.epochs().unwrap();
    assert!(epochs.key(&phone(), 7, phone_start).is_err());
    assert!(epochs.key(&ip(), 30, ip_start).is_err());
    let err = Engine::with_ratchet(
        syslog(),
        &Arc::new(Mutex::new(Ratchet::new(advanced.clone(), None, Vec::new()))),
        at(today, 3600),
    )
    .unwrap_err();
    assert!(err.to_string().contains("does not hold"), "{err}");
    // ...every key it can give is another one, and none decrypts the IP.
    let mut keys = vec![
        advanced.derive(&label::ipcrypt("siem")),
        epochs.key(&ip(), 30, later).unwrap(),
    ];
    keys.extend(secrets_in(&text).into_iter().map(SecretKey::from_bytes));
    let enc: IpAddr = enc_ip.parse().unwrap();
    for k in &keys {
        assert_ne!(k.expose(), ip_key.expose());
        assert_ne!(k.expose(), phone_key.expose());
        if let Ok(cipher) = IpPrefix::new(k) {
            assert_ne!(cipher.decrypt(enc).to_string(), IP);
        }
    }
    // The old key did encrypt it (the check above is not vacuous).
    assert_eq!(IpPrefix::new(&ip_key).unwrap().decrypt(enc).to_string(), IP);
}

fn open_vault(dir: &Path, keyring: &Keyring) -> Vault {
    Vault::open(&dir.join("keyring.vault"), keyring).unwrap()
}

/// Runs `LINE` through a full-keyring pipeline at `now` and seals its
/// reversible values; returns (encrypted IP, phone token).
fn run_full(dir: &Path, r: &Arc<Mutex<Ratchet>>, now: SystemTime) -> (String, String) {
    let engine = Engine::with_ratchet(syslog(), r, now).unwrap();
    let mut worker = engine.worker();
    let out = process(&mut worker, now);
    let keyring = r.lock().unwrap().keyring().clone();
    let vault = open_vault(dir, &keyring);
    let mut writer = vault.writer(&keyring).unwrap();
    for item in worker.take_vault_items() {
        let c = &engine.pack().categories[item.category as usize];
        writer
            .put_at(
                &vault::Item {
                    domain: &c.domain,
                    category: &c.name,
                    token: &item.token,
                    original: &item.original,
                    retention: c.retention,
                },
                now,
            )
            .unwrap();
    }
    writer.commit().unwrap();
    out
}

fn retention() -> HashMap<String, Duration> {
    let mut r = HashMap::new();
    for c in packs().iter().flat_map(|p| p.categories.iter()) {
        if let Some(d) = c.retention {
            let e = r.entry(c.name.clone()).or_insert(d);
            *e = (*e).min(d);
        }
    }
    r
}

/// `veil vault purge` at `now`: the vault, then the keyring.
fn purge(dir: &Path, now: SystemTime) {
    let path = dir.join("keyring");
    let keyring = Keyring::load(&path).unwrap();
    let mut vault = open_vault(dir, &keyring);
    vault.purge(&retention(), now).unwrap();
    let mut r = Ratchet::new(keyring, Some(path.clone()), veil::rules::schedule(&packs()));
    r.advance(veil::keys::epoch::day_of(
        now.duration_since(UNIX_EPOCH).unwrap().as_secs(),
    ))
    .unwrap();
}

/// Test 2: after `purge` past an epoch's retention, the reveal keyring
/// cannot reproduce its tokens or decrypt its IPs either; before, it can.
#[test]
fn after_purge_the_reveal_keyring_cannot_either() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring");
    Keyring::create(&path).unwrap();
    let chain = chain_of(&std::fs::read_to_string(&path).unwrap());
    let today = veil::keys::today();
    let r = ratchet(&path);
    let (enc_ip, token) = run_full(dir.path(), &r, at(today, 0));
    let phone_start = epoch_start(today, 7);
    let ip_start = epoch_start(today, 30);
    let find = |day: u64| -> Vec<String> {
        let k = Keyring::load(&path).unwrap();
        veil::reveal::subject::pseudonyms(
            veil::detect::Kind::Phone,
            "0701740683",
            &packs(),
            &k,
            day,
        )
        .into_iter()
        .map(|p| p.value)
        .collect()
    };

    // The day before the phone epoch's retention ends: still held, and the
    // reveal side finds and opens the token.
    purge(dir.path(), at(phone_start + 27, 60));
    assert!(find(phone_start + 27).contains(&token));
    let k = Keyring::load(&path).unwrap();
    let vault = open_vault(dir.path(), &k);
    assert!(matches!(
        vault.opener(&k).unwrap().reveal(&token).unwrap(),
        Revealed::Found { .. }
    ));
    drop(vault);

    // At start + retention (28 days): the vault entry expires and the key
    // is gone from the keyring file.
    purge(dir.path(), at(phone_start + 28, 60));
    assert!(!find(phone_start + 28).contains(&token));
    let k = Keyring::load(&path).unwrap();
    assert!(matches!(
        open_vault(dir.path(), &k).lookup(&token).unwrap(),
        Lookup::Expired { .. }
    ));
    let (phone_material, phone_key) = material_of(&chain, phone_start, 7, &phone());
    assert!(k.epochs().unwrap().key(&phone(), 7, phone_start).is_err());
    assert_holds_none_of(dir.path(), &phone_material);

    // IP addresses: decryptable until the IP epoch's start + 180 days.
    let enc: IpAddr = enc_ip.parse().unwrap();
    let key = k.epochs().unwrap().key(&ip(), 30, ip_start).unwrap();
    assert_eq!(IpPrefix::new(&key).unwrap().decrypt(enc).to_string(), IP);
    purge(dir.path(), at(ip_start + 180, 60));
    let k = Keyring::load(&path).unwrap();
    assert!(k.epochs().unwrap().key(&ip(), 30, ip_start).is_err());
    let (mut forbidden, ip_key) = material_of(&chain, ip_start, 30, &ip());
    forbidden.extend(phone_material);
    assert_holds_none_of(dir.path(), &forbidden);
    let text = std::fs::read_to_string(&path).unwrap();
    for s in secrets_in(&text) {
        assert_ne!(&s, ip_key.expose());
        assert_ne!(&s, phone_key.expose());
        if let Ok(cipher) = IpPrefix::new(&SecretKey::from_bytes(s)) {
            assert_ne!(cipher.decrypt(enc).to_string(), IP);
        }
    }
}

/// Test 3: within an epoch every instance gives the same token, whenever
/// its keyring was exported or advanced, and the full keyring too; after
/// the boundary they all agree on the new one.
#[test]
fn within_an_epoch_every_instance_gives_the_same_token() {
    let dir = tempfile::tempdir().unwrap();
    let full_path = dir.path().join("keyring");
    let full = Keyring::create(&full_path).unwrap();
    let schedule = veil::rules::schedule(&packs());
    let today = veil::keys::today();
    let start = epoch_start(today, 7);
    let next = start + 7;
    // Instance a: exported on the epoch's first day; b: on its last day;
    // c: exported on the first day and advanced through the epoch by its
    // own clock; d: the full keyring.
    let mut instances = Vec::new();
    for (name, day) in [("a", start), ("b", start + 6), ("c", start)] {
        let p = dir.path().join(name);
        full.export_public_with(&p, day, &schedule).unwrap();
        instances.push(p);
    }
    let mut outputs = Vec::new();
    for (i, p) in instances.iter().chain([&full_path]).enumerate() {
        let r = ratchet(p);
        let engine = Engine::with_ratchet(syslog(), &r, at(today, 0)).unwrap();
        let mut w = engine.worker();
        // Each at another time of the epoch, then past its end.
        let inside = at(today.max(start + (i as u64 % 7)), 3_600 * (i as u64 + 1));
        let before = process(&mut w, inside);
        let after = process(&mut w, at(next, 5));
        outputs.push((before, after));
    }
    let (first_before, first_after) = outputs[0].clone();
    assert_eq!(token_epoch(&first_before.1), Some(start));
    assert_eq!(token_epoch(&first_after.1), Some(next));
    assert_ne!(first_before, first_after);
    for (before, after) in &outputs {
        assert_eq!(before, &first_before);
        assert_eq!(after, &first_after);
    }
}

/// Test 4: tokens written before the keyring had a chain (legacy, no epoch)
/// keep their spelling, still reveal, are still found by `subject`, and
/// their IPs still decrypt (a day before the chain), after the chain is
/// added and versioned tokens are written.
#[test]
fn old_format_tokens_still_reveal_until_retired() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring");
    Keyring::create(&path).unwrap();
    // A keyring from before epochs: the same file without its chain.
    let text = std::fs::read_to_string(&path).unwrap();
    let legacy_text = &text[..text.find("\n# Epoch keys").unwrap()];
    std::fs::write(&path, legacy_text).unwrap();
    let legacy = Keyring::load(&path).unwrap();
    assert!(legacy.epochs().is_none());
    let today = veil::keys::today();

    // Before: legacy tokens, exactly as the master secret makes them.
    let (old_ip, old_token) = run_full(dir.path(), &ratchet(&path), at(today, 0));
    assert_eq!(token_epoch(&old_token), None);
    assert_eq!(old_token.len(), 3 + 24, "{old_token}");
    let again = run_full(dir.path(), &ratchet(&path), at(today, 10));
    assert_eq!(again.1, old_token, "legacy spelling is stable");

    // The deployment migrates: a chain is added; new tokens are versioned.
    Keyring::add_chain(&path).unwrap();
    let (new_ip, new_token) = run_full(dir.path(), &ratchet(&path), at(today, 20));
    assert_eq!(token_epoch(&new_token), Some(epoch_start(today, 7)));
    assert_ne!(new_token, old_token);
    assert_ne!(new_ip, old_ip);

    // Both reveal; subject find knows both.
    let k = Keyring::load(&path).unwrap();
    let vault = open_vault(dir.path(), &k);
    let mut opener = vault.opener(&k).unwrap();
    for t in [&old_token, &new_token] {
        match opener.reveal(t).unwrap() {
            Revealed::Found { original, .. } => assert_eq!(&*original, "0701740683"),
            other => panic!("{t}: {other:?}"),
        }
    }
    let found: Vec<_> = veil::reveal::subject::pseudonyms(
        veil::detect::Kind::Phone,
        "070-174 06 83",
        &packs(),
        &k,
        today,
    );
    let legacy_found = found.iter().find(|p| p.epoch.is_none()).unwrap();
    assert_eq!(legacy_found.value, old_token);
    assert!(found.iter().any(|p| p.value == new_token));
    // The legacy IP decrypts under the master secret's key.
    let legacy_ip = IpPrefix::new(&k.derive(&label::ipcrypt("siem"))).unwrap();
    assert_eq!(
        legacy_ip
            .decrypt(old_ip.parse::<IpAddr>().unwrap())
            .to_string(),
        IP
    );
    // Until retired: a purge past retention expires the legacy entry like
    // any other (its last sighting + 28 days).
    drop(opener);
    drop(vault);
    purge(dir.path(), at(today + 29, 0));
    let k = Keyring::load(&path).unwrap();
    assert!(matches!(
        open_vault(dir.path(), &k).lookup(&old_token).unwrap(),
        Lookup::Expired { .. }
    ));
}

/// Test 5: `subject find` returns the tokens of every live epoch, and
/// `erase` erases all of them.
#[test]
fn subject_find_and_erase_work_across_live_epochs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring");
    Keyring::create(&path).unwrap();
    let today = veil::keys::today();
    let start = epoch_start(today, 7);
    let r = ratchet(&path);
    // Two epochs, a week apart, through one long-running pipeline's ratchet.
    let (_, first) = run_full(dir.path(), &r, at(today, 0));
    let (_, second) = run_full(dir.path(), &r, at(start + 7, 60));
    assert_ne!(first, second);
    assert_eq!(token_epoch(&second), Some(start + 7));

    let k = Keyring::load(&path).unwrap();
    let found = veil::reveal::subject::pseudonyms(
        veil::detect::Kind::Phone,
        "+46701740683",
        &packs(),
        &k,
        start + 8,
    );
    let epochs: Vec<Option<u64>> = found
        .iter()
        .filter(|p| p.category == "phone")
        .map(|p| p.epoch.map(|e| e.0))
        .collect();
    assert_eq!(epochs, [None, Some(start), Some(start + 7)], "{found:?}");
    let tokens: Vec<&str> = found.iter().map(|p| p.value.as_str()).collect();
    assert!(tokens.contains(&first.as_str()) && tokens.contains(&second.as_str()));

    // Erase what find returned: both epochs' entries go.
    let mut vault = open_vault(dir.path(), &k);
    let reversible: Vec<&str> = found
        .iter()
        .filter(|p| p.reversible)
        .map(|p| p.value.as_str())
        .collect();
    assert_eq!(vault.erase(&reversible).unwrap().erased, 2);
    for t in [&first, &second] {
        assert!(matches!(vault.lookup(t).unwrap(), Lookup::Erased { .. }));
    }
}
