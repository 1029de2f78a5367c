// The vault's tests, one scenario each over open, put, erase, scrub and
// reveal. They share the fixtures at the top of this file, which is why it
// stays one file of about 1,700 lines; split it by subject when a subject
// grows fixtures of its own.

use super::*;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use redb::ReadableTable;

use super::aad::entry_aad;
use super::open::create_file;
use super::schema::{ENTRIES_V1, ENTRY_FIXED, FORMAT};
use crate::keys::{Keyring, RevealSecretKey};

/// A test world: a keyring and a vault in a temporary directory.
struct World {
    dir: tempfile::TempDir,
    ring: Keyring,
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        let ring = Keyring::create(&dir.path().join("keyring.toml")).unwrap();
        World { dir, ring }
    }

    fn path(&self) -> PathBuf {
        default_path(&self.dir.path().join("keyring.toml"))
    }

    fn open(&self) -> Vault {
        Vault::open(&self.path(), &self.ring).unwrap()
    }
}

fn item<'a>(category: &'a str, token: &'a str, original: &'a str) -> Item<'a> {
    Item {
        domain: "siem",
        category,
        token,
        original,
        retention: Some(Duration::from_secs(30 * 86_400)),
    }
}

fn reveal(vault: &Vault, ring: &Keyring, token: &str) -> Revealed {
    vault.opener(ring).unwrap().reveal(token).unwrap()
}

fn original(r: &Revealed) -> &str {
    match r {
        Revealed::Found { original, .. } => original.as_str(),
        other => panic!("not found: {other:?}"),
    }
}

/// Values written for these tests, one per built-in category.
const CASES: &[(&str, &str, &str)] = &[
    ("phone", "ph_aaaaaaaaaaaaaaaaaaaa", "+46701234567"),
    (
        "email",
        "em_bbbbbbbbbbbbbbbbbbbb@example.org",
        "anna.svensson@example.org",
    ),
    ("ip", "ip_cccccccccccccccccccc", "192.0.2.17"),
    ("username", "us_dddddddddddddddddddd", "asvensson"),
    ("personnummer", "pn_eeeeeeeeeeeeeeeeeeee", "199001012380"),
    ("orgnr", "on_ffffffffffffffffffff", "5560360793"),
    ("mac", "mc_gggggggggggggggggggg", "00:1a:2b:3c:4d:5e"),
    ("imei", "ie_hhhhhhhhhhhhhhhhhhhh", "490154203237518"),
    ("imsi", "is_iiiiiiiiiiiiiiiiiiii", "240011234567890"),
    ("badge", "bd_jjjjjjjjjjjjjjjjjjjj", "B-00417"),
    ("name", "nm_kkkkkkkkkkkkkkkkkkkk", "Åsa Öberg"),
    ("sip", "sp_llllllllllllllllllll", "alice"),
];

#[test]
fn round_trip_every_category() {
    let w = World::new();
    let vault = w.open();
    let mut writer = vault.writer(&w.ring).unwrap();
    for (category, token, value) in CASES {
        writer.put(&item(category, token, value)).unwrap();
    }
    assert_eq!(writer.pending(), CASES.len());
    assert_eq!(writer.commit().unwrap(), CASES.len());
    assert_eq!(writer.commit().unwrap(), 0);
    drop(writer);
    drop(vault);
    // Reopened: everything is there and opens.
    let vault = w.open();
    let mut opener = vault.opener(&w.ring).unwrap();
    for (category, token, value) in CASES {
        let r = opener.reveal(token).unwrap();
        assert_eq!(original(&r), *value);
        let Revealed::Found { entry, .. } = r else {
            unreachable!()
        };
        assert_eq!(entry.category, *category);
        assert_eq!(entry.domain, "siem");
        assert!(!format!("{entry:?}").contains(value));
    }
    assert!(matches!(
        opener.reveal("ph_unknown").unwrap(),
        Revealed::Unknown
    ));
    assert_eq!(vault.lookup("ph_unknown").unwrap(), Lookup::Unknown);
    let stats = vault.stats().unwrap();
    assert_eq!(stats.categories.len(), CASES.len());
    assert_eq!(stats.keys.len(), CASES.len());
    assert!(stats.keys.iter().all(|k| k.seals == 1));
    // The file holds no original in clear text.
    let bytes = std::fs::read(vault.path()).unwrap();
    for (_, _, value) in CASES {
        assert!(
            !bytes.windows(value.len()).any(|w| w == value.as_bytes()),
            "a value is in clear text in the vault file"
        );
    }
}

#[test]
fn repeated_values_are_sealed_once_per_epoch() {
    let w = World::new();
    let vault = w.open();
    let mut writer = vault.writer(&w.ring).unwrap();
    for _ in 0..1000 {
        writer
            .put(&item("phone", "ph_same", "+46701234567"))
            .unwrap();
    }
    assert_eq!(writer.commit().unwrap(), 1);
    for _ in 0..1000 {
        writer
            .put(&item("phone", "ph_same", "+46701234567"))
            .unwrap();
    }
    assert_eq!(writer.pending(), 0);
    assert_eq!(writer.commit().unwrap(), 0);
    drop(writer);
    let stats = vault.stats().unwrap();
    assert_eq!(stats.keys[0].seals, 1);

    let Lookup::Found(first) = vault.lookup("ph_same").unwrap() else {
        panic!("missing")
    };

    // A new writer (a restarted pipeline) the same day is in the same
    // epoch: the stored seal stays.
    let mut writer = vault.writer(&w.ring).unwrap();
    writer
        .put(&item("phone", "ph_same", "+46701234567"))
        .unwrap();
    assert_eq!(writer.commit().unwrap(), 0);
    drop(writer);
    let Lookup::Found(entry) = vault.lookup("ph_same").unwrap() else {
        panic!("missing")
    };
    assert_eq!(entry.epoch, first.epoch);

    // The next day is a new epoch: the value is sealed once more, under a
    // key of the new epoch.
    let tomorrow = SystemTime::now() + Duration::from_secs(86_400);
    let mut writer = vault.writer(&w.ring).unwrap();
    writer
        .put_at(&item("phone", "ph_same", "+46701234567"), tomorrow)
        .unwrap();
    assert_eq!(writer.commit().unwrap(), 1);
    drop(writer);
    let Lookup::Found(entry) = vault.lookup("ph_same").unwrap() else {
        panic!("missing")
    };
    assert_eq!(
        crate::vault::epoch_of(entry.epoch),
        crate::vault::epoch_of(first.epoch) + 1
    );
    assert_eq!(
        original(&reveal(&vault, &w.ring, "ph_same")),
        "+46701234567"
    );
}

#[test]
fn last_seen_is_updated_at_most_daily() {
    let w = World::new();
    let vault = Vault::open_with(
        &w.path(),
        &w.ring,
        Options {
            max_epoch_age: Duration::from_secs(30 * 86_400),
            epoch_length: Duration::from_secs(30 * 86_400),
            ..Options::default()
        },
    )
    .unwrap();
    let mut writer = vault.writer(&w.ring).unwrap();
    let t0 = time(1_800_000_000);
    let it = item("phone", "ph_x", "+46701234567");
    writer.put_at(&it, t0).unwrap();
    writer.commit().unwrap();
    writer.put_at(&it, t0 + Duration::from_secs(60)).unwrap();
    assert_eq!(writer.pending(), 0, "same day: no write");
    writer
        .put_at(&it, t0 + Duration::from_secs(86_400))
        .unwrap();
    assert_eq!(writer.pending(), 1, "next day: one touch");
    assert_eq!(writer.commit().unwrap(), 0, "a touch seals nothing");
    assert_eq!(
        vault.find("ph_x").unwrap(),
        Some((t0, t0 + Duration::from_secs(86_400)))
    );
}

/// The stored seal of a token, as raw bytes.
fn sealed_of(vault: &Vault, token: &str) -> Vec<u8> {
    match vault.lookup(token).unwrap() {
        Lookup::Found(entry) => entry.sealed,
        other => panic!("not found: {other:?}"),
    }
}

#[test]
fn a_token_the_cache_forgot_keeps_its_stored_seal() {
    let w = World::new();
    let vault = Vault::open_with(
        &w.path(),
        &w.ring,
        Options {
            cache_tokens: 1,
            max_epoch_age: Duration::from_secs(30 * 86_400),
            epoch_length: Duration::from_secs(30 * 86_400),
            ..Options::default()
        },
    )
    .unwrap();
    let mut writer = vault.writer(&w.ring).unwrap();
    let t0 = time(1_800_000_000);
    let a = item("phone", "ph_a", "+46701234567");
    writer.put_at(&a, t0).unwrap();
    assert_eq!(writer.commit().unwrap(), 1);
    let stored = sealed_of(&vault, "ph_a");
    // The one-token cache forgets ph_a, so it is sealed again in memory;
    // the commit must keep the stored seal and only move last_seen.
    writer
        .put_at(&item("phone", "ph_b", "+46707654321"), t0)
        .unwrap();
    let later = t0 + Duration::from_secs(2 * 86_400);
    writer.put_at(&a, later).unwrap();
    assert_eq!(writer.commit().unwrap(), 1, "only ph_b is new");
    assert_eq!(sealed_of(&vault, "ph_a"), stored);
    assert_eq!(vault.find("ph_a").unwrap(), Some((t0, later)));
    // An older sighting never moves last_seen back.
    writer
        .put_at(&item("phone", "ph_b", "+46707654321"), t0)
        .unwrap();
    writer.put_at(&a, t0).unwrap();
    writer.commit().unwrap();
    assert_eq!(vault.find("ph_a").unwrap(), Some((t0, later)));
    assert_eq!(original(&reveal(&vault, &w.ring, "ph_a")), "+46701234567");
}

#[test]
fn a_value_seen_twice_in_one_batch_keeps_when_it_was_first_seen() {
    let w = World::new();
    let vault = w.open();
    let t0 = time(1_800_000_000);
    let t1 = t0 + Duration::from_secs(2 * 86_400);
    let a = item("phone", "ph_a", "+46701234567");
    let mut writer = vault.writer(&w.ring).unwrap();
    writer.put_at(&a, t0).unwrap();
    writer.put_at(&a, t0 + Duration::from_secs(3600)).unwrap();
    // Two days on: the key has rotated, so the value is sealed again.
    writer.put_at(&a, t1).unwrap();
    writer.commit().unwrap();
    assert_eq!(vault.find("ph_a").unwrap(), Some((t0, t1)));
}

#[test]
fn a_reseal_in_a_new_epoch_keeps_first_seen() {
    let w = World::new();
    let vault = w.open();
    let t0 = time(1_800_000_000);
    let t1 = t0 + Duration::from_secs(2 * 86_400);
    let a = item("phone", "ph_a", "+46701234567");
    let mut writer = vault.writer(&w.ring).unwrap();
    writer.put_at(&a, t0).unwrap();
    writer.commit().unwrap();
    drop(writer);
    let mut writer = vault.writer(&w.ring).unwrap();
    writer.put_at(&a, t1).unwrap();
    assert_eq!(writer.commit().unwrap(), 1);
    drop(writer);
    let Lookup::Found(entry) = vault.lookup("ph_a").unwrap() else {
        panic!("missing")
    };
    assert_eq!(
        crate::vault::epoch_of(entry.epoch),
        1_800_000_000 / 86_400 + 2
    );
    assert_eq!((entry.first_seen, entry.last_seen), (t0, t1));
    assert_eq!(original(&reveal(&vault, &w.ring, "ph_a")), "+46701234567");
}

/// Rewrites one entry row in the store, as an attacker with write access to
/// the file could.
fn tamper(vault: &Vault, from: &str, to: &str, f: impl Fn(&mut (String, String, u64))) {
    let tx = vault.db.begin_write().unwrap();
    {
        let mut names = tx.open_table(NAMES).unwrap();
        let mut ids = NameIds::load(&names, vault.path()).unwrap();
        let mut entries = tx.open_table(ENTRIES).unwrap();
        let row = entries.get(from.as_bytes()).unwrap().map(|r| {
            let (fixed, leaf, s) = decode_entry(r.value()).unwrap();
            (fixed, leaf, s.to_vec())
        });
        let ((e, a, b, n), leaf, s) = row.unwrap();
        let (d, c) = ids.get(n).unwrap();
        let mut m = (d.to_owned(), c.to_owned(), e);
        f(&mut m);
        let n = ids.id(&mut names, &m.0, &m.1, vault.path()).unwrap();
        let mut row = Vec::new();
        encode_entry(&mut row, (m.2, a, b, n), leaf, &s);
        entries.insert(to.as_bytes(), row.as_slice()).unwrap();
    }
    tx.commit().unwrap();
}

#[test]
fn entries_are_bound_to_token_domain_category_and_epoch() {
    let w = World::new();
    let vault = w.open();
    let mut writer = vault.writer(&w.ring).unwrap();
    writer.put(&item("phone", "ph_a", "+46701234567")).unwrap();
    writer.put(&item("email", "em_b@x.se", "b@x.se")).unwrap();
    writer.commit().unwrap();
    drop(writer);
    let phone_epoch = match vault.lookup("ph_a").unwrap() {
        Lookup::Found(e) => e.epoch,
        _ => panic!(),
    };

    // Copied under another token.
    tamper(&vault, "ph_a", "ph_moved", |_| {});
    let mut opener = vault.opener(&w.ring).unwrap();
    assert!(matches!(
        opener.reveal("ph_moved"),
        Err(VaultError::OpenFailed)
    ));
    // Under another domain.
    tamper(&vault, "ph_a", "ph_dom", |m| m.0 = "fraud".into());
    assert!(matches!(
        opener.reveal("ph_dom"),
        Err(VaultError::OpenFailed)
    ));
    // Under another category, with that category's key slot forged from
    // the phone key: the wrap is bound to its category, so it fails too.
    {
        let tx = vault.db.begin_write().unwrap();
        {
            let mut keys = tx.open_table(KEYS).unwrap();
            let row = keys.get((phone_epoch, "phone")).unwrap().map(|r| {
                let (a, b, c, e, s) = r.value();
                (a, b, c, e.to_vec(), s.to_vec())
            });
            let (a, b, c, e, s) = row.unwrap();
            keys.insert(
                (phone_epoch, "email"),
                (a, b, c, e.as_slice(), s.as_slice()),
            )
            .unwrap();
        }
        tx.commit().unwrap();
        let mut shred = vault.load_shred().unwrap();
        let secret = shred.secrets[&(phone_epoch, "phone".to_owned())].clone();
        shred
            .secrets
            .insert((phone_epoch, "email".to_owned()), secret);
        shred.save(vault.keys_path()).unwrap();
    }
    tamper(&vault, "ph_a", "ph_cat", |m| m.1 = "email".into());
    let mut opener = vault.opener(&w.ring).unwrap();
    let err = opener.reveal("ph_cat").unwrap_err();
    assert!(matches!(err, VaultError::OpenFailed), "{err}");
    // Under another epoch: no key there, or the wrong key.
    tamper(&vault, "ph_a", "ph_ep", |m| m.2 += 1);
    assert!(matches!(
        opener.reveal("ph_ep"),
        Ok(Revealed::Expired { at: None })
    ));
    // The untouched entry still opens.
    assert_eq!(original(&opener.reveal("ph_a").unwrap()), "+46701234567");
}

#[test]
fn a_public_keyring_seals_but_cannot_open() {
    let w = World::new();
    let public_path = w.dir.path().join("public.toml");
    w.ring.export_public(&public_path).unwrap();
    let public = Keyring::load(&public_path).unwrap();
    assert!(public.reveal_secret().is_none());
    assert_eq!(public.reveal_public(), w.ring.reveal_public());

    // The pipeline host: public keyring only.
    let vault = Vault::open(&w.path(), &public).unwrap();
    let mut writer = vault.writer(&public).unwrap();
    for (category, token, value) in CASES {
        writer.put(&item(category, token, value)).unwrap();
    }
    writer.commit().unwrap();
    drop(writer);
    let err = vault.opener(&public).unwrap_err();
    assert!(matches!(err, VaultError::NoRevealSecret), "{err}");

    // Everything on the pipeline host (vault, shred-key file, master
    // secrets) used as a would-be reveal secret still unwraps nothing.
    let shred = vault.load_shred().unwrap();
    let tx = vault.db.begin_read().unwrap();
    let keys = tx.open_table(KEYS).unwrap();
    let mut tried = 0;
    for row in keys.iter().unwrap() {
        let (k, v) = row.unwrap();
        let (epoch, category) = k.value();
        let (_, _, _, e, s) = v.value();
        let wrapped = wrap::Wrapped {
            ephemeral: e.try_into().unwrap(),
            sealed: s.to_vec(),
        };
        let secret = &shred.secrets[&(epoch, category.to_owned())];
        for guess in [
            *public.active().derive("x").expose(),
            *secret.expose(),
            *public.reveal_public().unwrap().as_bytes(),
        ] {
            let guess = RevealSecretKey::from_bytes(guess);
            assert!(wrap::unwrap(&wrapped, &guess, secret, epoch, category).is_err());
        }
        tried += 1;
    }
    assert_eq!(tried, CASES.len());
    drop(keys);
    drop(tx);
    drop(vault);

    // The reveal side, with the full keyring, opens them all.
    let vault = w.open();
    let mut opener = vault.opener(&w.ring).unwrap();
    for (_, token, value) in CASES {
        assert_eq!(original(&opener.reveal(token).unwrap()), *value);
    }
}

#[test]
fn another_keyrings_vault_is_refused() {
    let w = World::new();
    drop(w.open());
    let other = Keyring::create(&w.dir.path().join("other.toml")).unwrap();
    let err = Vault::open(&w.path(), &other).unwrap_err();
    assert!(matches!(err, VaultError::WrongKeyring { .. }), "{err}");
    assert!(err.to_string().contains("another keyring"), "{err}");
    // And a vault handle refuses writers and openers of another keyring.
    let vault = w.open();
    assert!(matches!(
        vault.writer(&other),
        Err(VaultError::WrongKeyring { .. })
    ));
}

#[test]
fn a_keyring_without_reveal_keys_is_refused_with_a_hint() {
    let w = World::new();
    let path = w.dir.path().join("old.toml");
    std::fs::write(
        &path,
        "version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=\"\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let old = Keyring::load(&path).unwrap();
    let err = Vault::open(&w.dir.path().join("v"), &old).unwrap_err();
    assert!(matches!(err, VaultError::NoRevealKey), "{err}");
    assert!(err.to_string().contains("veil keys add-reveal"), "{err}");
}

#[test]
fn a_second_open_is_refused_as_locked() {
    let w = World::new();
    let _held = w.open();
    let started = std::time::Instant::now();
    let err = Vault::open_with(
        &w.path(),
        &w.ring,
        Options {
            lock_wait: Duration::from_millis(300),
            ..Options::default()
        },
    )
    .unwrap_err();
    assert!(matches!(err, VaultError::Locked { .. }), "{err}");
    // It waited for the holder before giving up.
    assert!(started.elapsed() >= Duration::from_millis(300));
    assert!(err.to_string().contains("another veil process"), "{err}");
}

#[test]
fn truncated_or_foreign_files_are_refused() {
    let w = World::new();
    {
        let vault = w.open();
        let mut writer = vault.writer(&w.ring).unwrap();
        for i in 0..200 {
            let token = format!("ph_{i:020}");
            writer.put(&item("phone", &token, "+46701234567")).unwrap();
        }
        writer.commit().unwrap();
    }
    let bytes = std::fs::read(w.path()).unwrap();
    for len in [100, 600, bytes.len() / 2] {
        std::fs::write(w.path(), &bytes[..len]).unwrap();
        match Vault::open(&w.path(), &w.ring) {
            Err(VaultError::Corrupt { reason, .. }) => assert!(!reason.is_empty()),
            Err(other) => panic!("truncated to {len}: unexpected error {other}"),
            Ok(_) => panic!("truncated to {len}: opened"),
        }
    }
    std::fs::write(
        w.path(),
        b"this is not a vault at all, just some text\n".repeat(50),
    )
    .unwrap();
    let err = Vault::open(&w.path(), &w.ring).unwrap_err();
    assert!(matches!(err, VaultError::Corrupt { .. }), "{err}");
    assert!(err.to_string().contains("truncated or damaged"), "{err}");
}

#[test]
fn erase_forgets_the_value_and_remembers_the_erasure() {
    let w = World::new();
    let mut vault = w.open();
    let mut writer = vault.writer(&w.ring).unwrap();
    writer
        .put(&item("phone", "ph_gone", "+46701234567"))
        .unwrap();
    writer
        .put(&item("phone", "ph_kept", "+46707654321"))
        .unwrap();
    writer.commit().unwrap();
    assert!(vault.find("ph_gone").unwrap().is_some());
    assert_eq!(vault.erase(&["ph_gone"]).unwrap().erased, 1);
    assert_eq!(vault.erase(&["ph_gone"]).unwrap().erased, 0);
    assert_eq!(vault.erase(&["ph_never"]).unwrap().erased, 0);
    assert!(vault.find("ph_gone").unwrap().is_none());
    assert!(matches!(
        vault.lookup("ph_gone").unwrap(),
        Lookup::Erased { .. }
    ));
    assert!(matches!(
        reveal(&vault, &w.ring, "ph_gone"),
        Revealed::Erased { .. }
    ));
    assert_eq!(
        original(&reveal(&vault, &w.ring, "ph_kept")),
        "+46707654321"
    );
    assert_eq!(vault.stats().unwrap().erased, 1);

    // The same value seen again after the erasure is sealed again.
    writer
        .put(&item("phone", "ph_gone", "+46701234567"))
        .unwrap();
    assert_eq!(writer.commit().unwrap(), 1);
    assert_eq!(
        original(&reveal(&vault, &w.ring, "ph_gone")),
        "+46701234567"
    );
}

#[test]
fn seal_count_rotates_the_data_key() {
    let w = World::new();
    let vault = Vault::open_with(
        &w.path(),
        &w.ring,
        Options {
            max_seals_per_key: 10,
            ..Options::default()
        },
    )
    .unwrap();
    let mut writer = vault.writer(&w.ring).unwrap();
    let tokens: Vec<String> = (0..35).map(|i| format!("ph_{i:04}")).collect();
    for (i, t) in tokens.iter().enumerate() {
        writer
            .put(&item("phone", t, &format!("+4670{i:07}")))
            .unwrap();
        if i % 7 == 0 {
            writer.commit().unwrap();
        }
    }
    writer.commit().unwrap();
    drop(writer);
    let stats = vault.stats().unwrap();
    let seals: Vec<u64> = stats.keys.iter().map(|k| k.seals).collect();
    assert_eq!(seals, [10, 10, 10, 5]);
    // Four keys, all in today's epoch.
    assert_eq!(stats.categories["phone"].per_epoch.len(), 1);
    let mut opener = vault.opener(&w.ring).unwrap();
    for (i, t) in tokens.iter().enumerate() {
        assert_eq!(original(&opener.reveal(t).unwrap()), format!("+4670{i:07}"));
    }
}

#[test]
fn purge_destroys_keys_even_for_old_copies_of_the_vault() {
    let w = World::new();
    let day = Duration::from_secs(86_400);
    let t0 = time(1_800_000_000);
    let vault = w.open();
    {
        // Epoch 1, day 0: phone (retention 30 days) and ip (180 days).
        let mut writer = vault.writer(&w.ring).unwrap();
        writer
            .put_at(&item("phone", "ph_old", "+46701234567"), t0)
            .unwrap();
        writer
            .put_at(&item("ip", "ip_old", "192.0.2.1"), t0)
            .unwrap();
        writer.commit().unwrap();
    }
    {
        // A later run, day 40: a phone number seen recently.
        let mut writer = vault.writer(&w.ring).unwrap();
        writer
            .put_at(&item("phone", "ph_new", "+46707654321"), t0 + 40 * day)
            .unwrap();
        writer.commit().unwrap();
    }
    // The attacker's (or a backup's) copy, taken before the purge.
    drop(vault);
    let copy = w.dir.path().join("copy.vault");
    std::fs::copy(w.path(), &copy).unwrap();
    let mut vault = w.open();

    let retention = HashMap::from([("phone".to_owned(), 30 * day), ("ip".to_owned(), 180 * day)]);
    let report = vault.purge(&retention, t0 + 45 * day).unwrap();
    assert_eq!((report.entries, report.keys), (1, 1), "{report:?}");
    assert!(matches!(
        reveal(&vault, &w.ring, "ph_old"),
        Revealed::Expired { at: Some(_) }
    ));
    assert_eq!(original(&reveal(&vault, &w.ring, "ip_old")), "192.0.2.1");
    assert_eq!(original(&reveal(&vault, &w.ring, "ph_new")), "+46707654321");
    let shred = vault.load_shred().unwrap();
    assert_eq!(shred.secrets.len(), 2);
    drop(vault);

    // The old copy still holds the wrapped key and the sealed entry, but
    // with the keyring and the post-purge shred-key file it does not open.
    let old = Vault::open_with(
        &copy,
        &w.ring,
        Options {
            keys_path: Some(default_keys_path(&w.path())),
            ..Options::default()
        },
    )
    .unwrap();
    let Lookup::Found(entry) = old.lookup("ph_old").unwrap() else {
        panic!("the copy should still hold the entry")
    };
    let mut opener = old.opener(&w.ring).unwrap();
    assert!(matches!(opener.open(&entry), Err(VaultError::KeyDestroyed)));
    // Not even by brute force over the key slots it still holds.
    let tx = old.db.begin_read().unwrap();
    let keys = tx.open_table(KEYS).unwrap();
    assert!(keys.get((entry.epoch, "phone")).unwrap().is_some());
    drop(keys);
    drop(tx);
    // Live entries in the copy open as usual.
    assert_eq!(original(&opener.reveal("ip_old").unwrap()), "192.0.2.1");
    drop(opener);
    drop(old);

    // Later, the ip retention passes too; tombstones go one retention after.
    let mut vault = w.open();
    let report = vault.purge(&retention, t0 + 200 * day).unwrap();
    assert_eq!(report.entries, 2);
    // ph_old's tombstone (day 45) outlived one phone retention.
    assert_eq!(report.tombstones, 1);
    assert!(matches!(
        vault.lookup("ip_old").unwrap(),
        Lookup::Expired { .. }
    ));
    assert_eq!(vault.stats().unwrap().keys.len(), 0);
    assert!(vault.load_shred().unwrap().secrets.is_empty());
    let report = vault.purge(&retention, t0 + 500 * day).unwrap();
    assert_eq!(report.tombstones, 2);
    assert_eq!(vault.lookup("ip_old").unwrap(), Lookup::Unknown);
}

#[test]
fn purge_uses_the_retention_recorded_by_the_writer() {
    let w = World::new();
    let t0 = time(1_800_000_000);
    let mut vault = w.open();
    {
        let mut writer = vault.writer(&w.ring).unwrap();
        writer
            .put_at(&item("phone", "ph_a", "+46701234567"), t0)
            .unwrap();
        writer.commit().unwrap();
    }
    let report = vault
        .purge(&HashMap::new(), t0 + Duration::from_secs(31 * 86_400))
        .unwrap();
    assert_eq!((report.entries, report.keys), (1, 1));
}

#[test]
fn debug_output_is_redacted() {
    let w = World::new();
    let vault = w.open();
    let mut writer = vault.writer(&w.ring).unwrap();
    let it = item("phone", "ph_dbg", "+46701234567");
    assert!(!format!("{it:?}").contains("4670"));
    writer.put(&it).unwrap();
    assert!(!format!("{writer:?}").contains("4670"));
    writer.commit().unwrap();
    let r = reveal(&vault, &w.ring, "ph_dbg");
    assert!(!format!("{r:?}").contains("4670"));
    let opener = vault.opener(&w.ring).unwrap();
    assert_eq!(format!("{opener:?}"), "Opener([redacted])");
    assert!(!format!("{vault:?}").contains("4670"));
}

#[test]
fn default_paths_sit_beside_the_keyring() {
    assert_eq!(
        default_path(Path::new("/etc/veil/keyring.toml")),
        PathBuf::from("/etc/veil/keyring.toml.vault")
    );
    assert_eq!(
        default_keys_path(Path::new("/etc/veil/keyring.toml.vault")),
        PathBuf::from("/etc/veil/keyring.toml.vault.keys")
    );
}

/// Timing, not a pass/fail test:
/// `cargo test --release --lib vault::tests::time_put -- --ignored --nocapture`.
#[test]
#[ignore]
fn time_put() {
    let w = World::new();
    let vault = w.open();
    let mut writer = vault.writer(&w.ring).unwrap();
    let tokens: Vec<String> = (0..100_000).map(|i| format!("ph_{i:022}")).collect();
    let start = std::time::Instant::now();
    for (i, t) in tokens.iter().enumerate() {
        writer.put(&item("phone", t, "+46701234567")).unwrap();
        if i % 5000 == 4999 {
            writer.commit().unwrap();
        }
    }
    writer.commit().unwrap();
    let ns = start.elapsed().as_nanos() as f64 / tokens.len() as f64;
    println!("put new token (seal + commit every 5000): {ns:.0} ns/op");
    let start = std::time::Instant::now();
    for _ in 0..10 {
        for t in &tokens {
            writer.put(&item("phone", t, "+46701234567")).unwrap();
        }
    }
    let ns = start.elapsed().as_nanos() as f64 / (10 * tokens.len()) as f64;
    println!("put repeated token (100k distinct): {ns:.0} ns/op");
    let start = std::time::Instant::now();
    for _ in 0..1000 {
        for t in &tokens[..1000] {
            writer.put(&item("phone", t, "+46701234567")).unwrap();
        }
    }
    let ns = start.elapsed().as_nanos() as f64 / 1e6;
    println!("put repeated token (1000 distinct): {ns:.0} ns/op");
    assert_eq!(writer.pending(), 0);
}

/// A detached writer (as `veil run` uses it) committing in a tight loop in
/// one thread, and another handle on its own file descriptor — the same
/// file lock as another process — opening the vault again and again to
/// reveal what was committed: every open succeeds, after a short wait at
/// most.
#[test]
fn readers_open_the_vault_between_a_running_writers_commits() {
    use std::sync::atomic::AtomicBool;
    let w = World::new();
    let writer = w.open().into_writer(&w.ring).unwrap();
    let committed = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let handle = {
        let (committed, stop) = (Arc::clone(&committed), Arc::clone(&stop));
        let mut writer = writer;
        std::thread::spawn(move || {
            let mut next = 0u64;
            while !stop.load(Ordering::SeqCst) {
                for _ in 0..20 {
                    let (t, v) = (format!("ph_{next:020}"), format!("+4670{next:07}"));
                    writer.put(&item("phone", &t, &v)).unwrap();
                    next += 1;
                }
                writer.commit().unwrap();
                committed.store(next, Ordering::SeqCst);
            }
            next
        })
    };
    let mut opens = 0;
    let started = std::time::Instant::now();
    while opens < 30 || started.elapsed() < Duration::from_secs(2) {
        let n = committed.load(Ordering::SeqCst);
        let vault = Vault::open(&w.path(), &w.ring).unwrap();
        if n > 0 {
            let i = n - 1;
            let r = reveal(&vault, &w.ring, &format!("ph_{i:020}"));
            assert_eq!(original(&r), format!("+4670{i:07}"));
        }
        opens += 1;
        drop(vault);
        std::thread::sleep(Duration::from_millis(5));
    }
    stop.store(true, Ordering::SeqCst);
    let total = handle.join().unwrap();
    assert!(
        total >= 20,
        "the writer never committed while readers came and went"
    );
    // Everything the writer committed is there.
    let vault = w.open();
    let mut opener = vault.opener(&w.ring).unwrap();
    for i in 0..total {
        assert_eq!(
            original(&opener.reveal(&format!("ph_{i:020}")).unwrap()),
            format!("+4670{i:07}")
        );
    }
}

/// Two pipelines on one vault no longer exclude each other: each reserves
/// its epochs in the store, so their key slots never collide.
#[test]
fn two_detached_writers_never_share_a_key_slot() {
    let w = World::new();
    let mut a = w.open().into_writer(&w.ring).unwrap();
    let mut b = w.open().into_writer(&w.ring).unwrap();
    for i in 0..10 {
        a.put(&item(
            "phone",
            &format!("ph_a{i}"),
            &format!("+46701{i:06}"),
        ))
        .unwrap();
        b.put(&item(
            "phone",
            &format!("ph_b{i}"),
            &format!("+46702{i:06}"),
        ))
        .unwrap();
        a.commit().unwrap();
        b.commit().unwrap();
    }
    drop((a, b));
    let vault = w.open();
    let stats = vault.stats().unwrap();
    assert_eq!(stats.keys.len(), 2);
    assert_ne!(stats.keys[0].epoch, stats.keys[1].epoch);
    let mut opener = vault.opener(&w.ring).unwrap();
    for i in 0..10 {
        assert_eq!(
            original(&opener.reveal(&format!("ph_a{i}")).unwrap()),
            format!("+46701{i:06}")
        );
        assert_eq!(
            original(&opener.reveal(&format!("ph_b{i}")).unwrap()),
            format!("+46702{i:06}")
        );
    }
}

/// An erasure made through another handle (another process) reaches a
/// running writer at its next commit: from then on the erased value is
/// sealed again when it reappears.
#[test]
fn erasures_by_another_process_reach_a_running_writer() {
    let w = World::new();
    let mut writer = w.open().into_writer(&w.ring).unwrap();
    let it = item("phone", "ph_erased", "+46701234567");
    writer.put(&it).unwrap();
    writer.commit().unwrap();
    {
        let mut vault = w.open();
        assert_eq!(vault.erase(&["ph_erased"]).unwrap().erased, 1);
    }
    // Still a cache hit: the writer cannot know before it opens the store.
    writer.put(&it).unwrap();
    assert_eq!(writer.pending(), 0);
    writer
        .put(&item("phone", "ph_other", "+46707654321"))
        .unwrap();
    writer.commit().unwrap();
    // The commit saw the erasure counter move and forgot its cache.
    writer.put(&it).unwrap();
    assert_eq!(writer.pending(), 1);
    assert_eq!(writer.commit().unwrap(), 1);
    drop(writer);
    let vault = w.open();
    assert_eq!(
        original(&reveal(&vault, &w.ring, "ph_erased")),
        "+46701234567"
    );
}

/// A purge in another process (another handle) running again and again
/// while a writer rotates keys: the writer writes a fresh key's shred
/// secret and its key row under the file lock, and the purge rewrites the
/// shred-key file under it too, so the purge never takes a fresh secret for
/// an orphan and every committed entry still opens.
#[test]
fn concurrent_purges_never_destroy_a_writers_fresh_keys() {
    let w = World::new();
    let options = Options {
        max_seals_per_key: 2,
        ..Options::default()
    };
    let writer = Vault::open_with(&w.path(), &w.ring, options)
        .unwrap()
        .into_writer(&w.ring)
        .unwrap();
    let handle = {
        let mut writer = writer;
        std::thread::spawn(move || {
            for i in 0..24u64 {
                let (t, v) = (format!("ph_{i:020}"), format!("+4670{i:07}"));
                writer.put(&item("phone", &t, &v)).unwrap();
                if i % 2 == 1 {
                    writer.commit().unwrap();
                }
            }
            writer.commit().unwrap();
        })
    };
    let retention = HashMap::from([("phone".to_owned(), Duration::from_secs(30 * 86_400))]);
    let mut purges = 0;
    while !handle.is_finished() {
        let mut vault = w.open();
        let report = vault.purge(&retention, SystemTime::now()).unwrap();
        assert_eq!((report.entries, report.keys), (0, 0), "{report:?}");
        purges += 1;
        drop(vault);
        // A one-shot `veil vault purge` does not come back at once; a loop
        // that did would starve the writer (file locks are not fair).
        std::thread::sleep(Duration::from_millis(50));
    }
    handle.join().unwrap();
    assert!(purges > 0);
    let vault = w.open();
    let mut opener = vault.opener(&w.ring).unwrap();
    for i in 0..24u64 {
        assert_eq!(
            original(&opener.reveal(&format!("ph_{i:020}")).unwrap()),
            format!("+4670{i:07}")
        );
    }
    assert!(vault.stats().unwrap().keys.len() >= 12);
}

/// Timing, not a pass/fail test:
/// `cargo test --release --lib vault::tests::time_open -- --ignored --nocapture`.
/// The cost of opening a vault of 100k entries: cleanly closed, and left
/// by a process killed while holding it (a copy of the file taken while it
/// is open has the header's recovery flag set, as after a kill).
#[test]
#[ignore]
fn time_open() {
    let w = World::new();
    let mut writer = w.open().into_writer(&w.ring).unwrap();
    for i in 0..100_000u64 {
        let t = format!("ph_{i:022}");
        writer.put(&item("phone", &t, "+46701234567")).unwrap();
        if i % 5000 == 4999 {
            writer.commit().unwrap();
        }
    }
    writer.commit().unwrap();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let time = |label: &str, path: &Path, n: u32| {
        let start = std::time::Instant::now();
        for _ in 0..n {
            drop(open_db_once(path, false).unwrap());
        }
        println!("{label}: {:.2} ms", ms(start.elapsed()) / f64::from(n));
    };
    time("open+close, clean", &w.path(), 20);
    // A commit through the detached writer: open, commit, close.
    let start = std::time::Instant::now();
    for i in 0..20u64 {
        let t = format!("ph_x{i:022}");
        writer.put(&item("phone", &t, "+46701234567")).unwrap();
        writer.commit().unwrap();
    }
    println!(
        "detached commit of one entry (open+commit+close): {:.2} ms",
        ms(start.elapsed()) / 20.0
    );
    let vault = w.open();
    let mut held = vault.writer(&w.ring).unwrap();
    let start = std::time::Instant::now();
    for i in 0..20u64 {
        let t = format!("ph_y{i:022}");
        held.put(&item("phone", &t, "+46701234567")).unwrap();
        held.commit().unwrap();
    }
    println!(
        "commit of one entry through a held handle: {:.2} ms",
        ms(start.elapsed()) / 20.0
    );
    // Unclean: the last commit saved the allocator state (quick repair).
    let quick = w.dir.path().join("quick.vault");
    std::fs::copy(w.path(), &quick).unwrap();
    // Unclean, last commit without quick repair: a full repair walk.
    {
        let tx = vault.db.begin_write().unwrap();
        tx.open_table(RETENTION).unwrap().insert("x", 1u64).unwrap();
        tx.commit().unwrap();
    }
    let full = w.dir.path().join("full.vault");
    std::fs::copy(w.path(), &full).unwrap();
    drop(vault);
    println!(
        "file size: {:.1} MB",
        std::fs::metadata(w.path()).unwrap().len() as f64 / 1e6
    );
    time("open after a kill, quick-repair commits", &quick, 1);
    time("open after a kill, plain commit: full repair", &full, 1);
}

/// Seals every leaf-keyed entry again as releases before leaf keys did:
/// under its epoch's data key itself, with the v1 associated data.
fn reseal_legacy(vault: &Vault, ring: &Keyring) {
    let mut rows = Vec::new();
    {
        let mut opener = vault.opener(ring).unwrap();
        let tx = vault.db.begin_read().unwrap();
        let entries = tx.open_table(ENTRIES).unwrap();
        for row in entries.iter().unwrap() {
            let (k, v) = row.unwrap();
            let (fields, leaf, _) = decode_entry(v.value()).unwrap();
            if leaf.is_none() {
                continue;
            }
            let token = std::str::from_utf8(k.value()).unwrap().to_owned();
            let Lookup::Found(entry) = vault.lookup(&token).unwrap() else {
                panic!("{token} vanished")
            };
            let value = opener.open(&entry).unwrap();
            let key = &opener.keys[&(entry.epoch, entry.category.clone())];
            let aad = entry_aad(&entry.domain, &entry.category, &token, entry.epoch);
            let sealed = key.sealer.seal(&aad, value.as_bytes()).unwrap();
            rows.push((token, fields, sealed));
        }
    }
    let tx = vault.db.begin_write().unwrap();
    {
        let mut entries = tx.open_table(ENTRIES).unwrap();
        let mut row = Vec::new();
        for (token, fields, sealed) in &rows {
            encode_entry(&mut row, *fields, None, sealed);
            entries.insert(token.as_bytes(), row.as_slice()).unwrap();
        }
    }
    tx.commit().unwrap();
}

/// Rewrites a vault as format 1 (what the release before the previous one
/// wrote), its entries sealed as then.
fn downgrade_to_v1(vault: &Vault, ring: &Keyring) {
    reseal_legacy(vault, ring);
    let tx = vault.db.begin_write().unwrap();
    {
        let names = tx.open_table(NAMES).unwrap();
        let ids = NameIds::load(&names, vault.path()).unwrap();
        let entries = tx.open_table(ENTRIES).unwrap();
        let mut old = tx.open_table(ENTRIES_V1).unwrap();
        for row in entries.iter().unwrap() {
            let (k, v) = row.unwrap();
            let ((e, first, last, n), _, sealed) = decode_entry(v.value()).unwrap();
            let (d, c) = ids.get(n).unwrap();
            let token = std::str::from_utf8(k.value()).unwrap();
            old.insert(token, (1u8, e, first, last, d, c, sealed))
                .unwrap();
        }
        let mut meta = tx.open_table(META).unwrap();
        meta.insert("format", [1u8].as_slice()).unwrap();
    }
    tx.delete_table(ENTRIES).unwrap();
    tx.delete_table(NAMES).unwrap();
    tx.commit().unwrap();
}

#[test]
fn a_format_1_vault_is_migrated_when_opened() {
    let w = World::new();
    let t0 = time(1_800_000_000);
    let t1 = t0 + Duration::from_secs(3 * 86_400);
    {
        let mut vault = w.open();
        let mut writer = vault.writer(&w.ring).unwrap();
        for (category, token, value) in CASES {
            writer.put_at(&item(category, token, value), t0).unwrap();
        }
        writer.commit().unwrap();
        writer
            .put_at(&item("phone", CASES[0].1, CASES[0].2), t1)
            .unwrap();
        writer.commit().unwrap();
        drop(writer);
        assert_eq!(vault.erase(&[CASES[1].1]).unwrap().erased, 1);
        downgrade_to_v1(&vault, &w.ring);
    }
    let mut vault = w.open();
    {
        let tx = vault.db.begin_read().unwrap();
        let meta = tx.open_table(META).unwrap();
        assert_eq!(meta.get("format").unwrap().unwrap().value(), [FORMAT]);
        assert!(tx.open_table(ENTRIES_V1).is_err(), "old table dropped");
    }
    let mut opener = vault.opener(&w.ring).unwrap();
    for (category, token, value) in CASES.iter().skip(2) {
        match opener.reveal(token).unwrap() {
            Revealed::Found { entry, original } => {
                assert_eq!(original.as_str(), *value);
                assert_eq!(entry.category, *category);
                assert_eq!(entry.domain, "siem");
                assert_eq!((entry.first_seen, entry.last_seen), (t0, t0));
            }
            other => panic!("{token}: {other:?}"),
        }
    }
    assert_eq!(vault.find(CASES[0].1).unwrap(), Some((t0, t1)));
    assert!(matches!(
        opener.reveal(CASES[1].1).unwrap(),
        Revealed::Erased { .. }
    ));
    drop(opener);
    let stats = vault.stats().unwrap();
    assert_eq!(stats.categories["phone"].entries, 1);
    assert_eq!(stats.erased, 1);
    // The migrated vault takes new entries and erasures as usual.
    let mut writer = vault.writer(&w.ring).unwrap();
    writer
        .put(&item("phone", "ph_new", "+46709999999"))
        .unwrap();
    assert_eq!(writer.commit().unwrap(), 1);
    drop(writer);
    // An entry of the earlier release is erased too, and reported as one
    // that old copies of the vault still open until its key expires.
    let report = vault.erase(&[CASES[2].1, "ph_new"]).unwrap();
    assert_eq!(
        report,
        EraseReport {
            erased: 2,
            legacy: 1
        }
    );
    assert!(matches!(
        reveal(&vault, &w.ring, CASES[3].1),
        Revealed::Found { .. }
    ));
}

#[test]
fn rows_a_previous_release_adds_after_the_migration_are_folded_in() {
    let w = World::new();
    {
        let vault = w.open();
        let mut writer = vault.writer(&w.ring).unwrap();
        for (category, token, value) in CASES.iter().take(2) {
            writer.put(&item(category, token, value)).unwrap();
        }
        writer.commit().unwrap();
        drop(writer);
        // An old pipeline's commit after the migration: its row goes to the
        // format 1 table, which it recreates.
        downgrade_to_v1(&vault, &w.ring);
        let tx = vault.db.begin_write().unwrap();
        {
            let mut meta = tx.open_table(META).unwrap();
            meta.insert("format", [FORMAT].as_slice()).unwrap();
        }
        tx.commit().unwrap();
    }
    let vault = w.open();
    {
        let tx = vault.db.begin_read().unwrap();
        assert!(tx.open_table(ENTRIES_V1).is_err(), "old table folded in");
    }
    for (_, token, value) in CASES.iter().take(2) {
        assert_eq!(original(&reveal(&vault, &w.ring, token)), *value);
    }
}

#[test]
fn an_unknown_format_is_refused() {
    let w = World::new();
    {
        let vault = w.open();
        let tx = vault.db.begin_write().unwrap();
        {
            let mut meta = tx.open_table(META).unwrap();
            meta.insert("format", [FORMAT + 1].as_slice()).unwrap();
        }
        tx.commit().unwrap();
    }
    let e = Vault::open(&w.path(), &w.ring).unwrap_err();
    assert!(e.to_string().contains("unsupported vault format"), "{e}");
}

#[test]
fn entry_rows_round_trip_and_short_rows_are_refused() {
    let mut row = Vec::new();
    let fields = (7, 1_800_000_000, 1_800_086_400, 3);
    encode_entry(&mut row, fields, None, b"sealed bytes");
    assert_eq!(row.len(), ENTRY_FIXED + 12);
    assert_eq!(
        decode_entry(&row),
        Some((fields, None, &b"sealed bytes"[..]))
    );
    assert_eq!(decode_entry(&row[..ENTRY_FIXED - 1]), None);
    encode_entry(&mut row, fields, None, b"");
    assert_eq!(decode_entry(&row), Some((fields, None, &b""[..])));
    // A leaf-keyed row: flagged in the name id, the leaf before the seal.
    encode_entry(&mut row, fields, Some(0x0102_0304), b"sealed");
    assert_eq!(row.len(), ENTRY_FIXED + 4 + 6);
    assert_eq!(row[27] & 0x80, 0x80);
    assert_eq!(&row[28..32], &[1, 2, 3, 4]);
    assert_eq!(
        decode_entry(&row),
        Some((fields, Some(0x0102_0304), &b"sealed"[..]))
    );
    assert_eq!(decode_entry(&row[..ENTRY_FIXED + 3]), None);
}

/// Whether `haystack` holds any 16-byte window of `sealed`.
fn holds_a_window_of(haystack: &[u8], sealed: &[u8]) -> bool {
    sealed
        .windows(16)
        .any(|w| memchr::memmem::find(haystack, w).is_some())
}

/// Issue 15 item 6: `subject erase` could be undone from a copy of the
/// vault (redb's copy-on-write keeps old pages; flipping the commit slot of
/// a copy, with the current shred-key file, revealed the erased value), and
/// the erased entry's ciphertext stayed in the live file. Now no window of
/// any of its seals is left in the live file, and neither a copy taken just
/// before the erasure nor one from an earlier epoch opens it with the
/// shred-key file as it is after the erasure — while every other entry of
/// the same key slot still opens from those copies.
#[test]
fn an_erased_entry_leaves_no_ciphertext_and_no_copy_opens_it() {
    let w = World::new();
    let t0 = time(1_800_000_000);
    let day = Duration::from_secs(86_400);
    let token = |i: usize| format!("ph_{i:04}");
    let value = |i: usize| format!("+4670{i:07}");
    let mut vault = w.open();
    // Day 0, epoch 1: the subject's value among 300 others of its slot.
    let mut writer = vault.writer(&w.ring).unwrap();
    for i in 0..300 {
        writer
            .put_at(&item("phone", &token(i), &value(i)), t0)
            .unwrap();
        if i % 100 == 99 {
            writer.commit().unwrap();
        }
    }
    drop(writer);
    let first_seal = sealed_of(&vault, &token(150));
    let Lookup::Found(first_entry) = vault.lookup(&token(150)).unwrap() else {
        panic!("not written")
    };
    let old_copy = w.dir.path().join("day0.vault");
    std::fs::copy(vault.path(), &old_copy).unwrap();
    // Day 1, epoch 2: seen again, so sealed again under the new data key;
    // then three more commits of other values.
    let mut writer = vault.writer(&w.ring).unwrap();
    writer
        .put_at(&item("phone", &token(150), &value(150)), t0 + day)
        .unwrap();
    writer.commit().unwrap();
    for round in 0..3 {
        for i in 0..50 {
            let n = 1000 + round * 50 + i;
            writer
                .put_at(&item("phone", &token(n), &value(n)), t0 + day)
                .unwrap();
        }
        writer.commit().unwrap();
    }
    drop(writer);
    let second_seal = sealed_of(&vault, &token(150));
    assert_ne!(first_seal, second_seal);
    let copy = w.dir.path().join("before.vault");
    std::fs::copy(vault.path(), &copy).unwrap();
    assert!(holds_a_window_of(
        &std::fs::read(vault.path()).unwrap(),
        &second_seal
    ));

    let report = vault.erase(&[&token(150)]).unwrap();
    assert_eq!(
        report,
        EraseReport {
            erased: 1,
            legacy: 0
        }
    );

    // The live file holds no 16-byte window of either seal.
    let live = std::fs::read(vault.path()).unwrap();
    for seal in [&first_seal, &second_seal] {
        assert!(
            !holds_a_window_of(&live, seal),
            "a window of an erased seal is still in the vault file"
        );
    }
    assert!(matches!(
        reveal(&vault, &w.ring, &token(150)),
        Revealed::Erased { .. }
    ));
    assert_eq!(original(&reveal(&vault, &w.ring, &token(149))), value(149));
    drop(vault);

    // Neither copy opens it with the shred-key file as it is now; the
    // others of its key slots still open.
    for path in [&old_copy, &copy] {
        let old = Vault::open_with(
            path,
            &w.ring,
            Options {
                keys_path: Some(default_keys_path(&w.path())),
                ..Options::default()
            },
        )
        .unwrap();
        let Lookup::Found(entry) = old.lookup(&token(150)).unwrap() else {
            panic!("the copy should still hold the entry")
        };
        let mut opener = old.opener(&w.ring).unwrap();
        assert!(
            matches!(opener.open(&entry), Err(VaultError::Erased)),
            "{}: the erased entry opened",
            path.display()
        );
        // Nor does the first seal, carved out of free pages of the copy
        // taken just before the erasure.
        assert!(matches!(opener.open(&first_entry), Err(VaultError::Erased)));
        for i in [0, 149, 151, 299] {
            assert_eq!(original(&opener.reveal(&token(i)).unwrap()), value(i));
        }
    }
}

/// Issue 15 item 6, the cost side: erasing leaves the other entries, the
/// running writer and the leaf counter intact, and a value seen again after
/// its erasure is sealed under a fresh leaf that opens.
#[test]
fn a_value_seen_again_after_its_erasure_gets_a_fresh_leaf() {
    let w = World::new();
    let mut vault = w.open();
    let mut writer = vault.writer(&w.ring).unwrap();
    writer.put(&item("phone", "ph_a", "+46701234567")).unwrap();
    writer.put(&item("phone", "ph_b", "+46707654321")).unwrap();
    writer.commit().unwrap();
    let Lookup::Found(before) = vault.lookup("ph_a").unwrap() else {
        panic!()
    };
    assert_eq!(vault.erase(&["ph_a"]).unwrap().erased, 1);
    writer.put(&item("phone", "ph_a", "+46701234567")).unwrap();
    assert_eq!(writer.commit().unwrap(), 1);
    let Lookup::Found(after) = vault.lookup("ph_a").unwrap() else {
        panic!()
    };
    assert_ne!(after.leaf, before.leaf);
    assert_eq!(after.leaf, Some(2));
    assert_eq!(original(&reveal(&vault, &w.ring, "ph_a")), "+46701234567");
    assert_eq!(original(&reveal(&vault, &w.ring, "ph_b")), "+46707654321");
    // The old seal stays erased.
    assert!(matches!(
        vault.opener(&w.ring).unwrap().open(&before),
        Err(VaultError::Erased)
    ));
}

/// A token keeps its leaf across epochs and writers: all its seals depend on
/// one leaf, which an erasure destroys.
#[test]
fn a_token_keeps_its_leaf_across_epochs_and_writers() {
    let w = World::new();
    let t0 = time(1_800_000_000);
    let day = Duration::from_secs(86_400);
    let vault = w.open();
    let mut leaves = Vec::new();
    for d in 0..3u32 {
        let mut writer = vault.writer(&w.ring).unwrap();
        // Another token first, so that a fresh index would differ.
        writer
            .put_at(
                &item("phone", &format!("ph_other{d}"), "+46700000000"),
                t0 + d * day,
            )
            .unwrap();
        writer
            .put_at(&item("phone", "ph_a", "+46701234567"), t0 + d * day)
            .unwrap();
        writer.commit().unwrap();
        let Lookup::Found(e) = vault.lookup("ph_a").unwrap() else {
            panic!()
        };
        assert_eq!(epoch_of(e.epoch), 1_800_000_000 / 86_400 + u64::from(d));
        leaves.push(e.leaf);
    }
    assert!(leaves[0].is_some());
    assert!(leaves.iter().all(|l| *l == leaves[0]), "{leaves:?}");
    assert_eq!(vault.find("ph_a").unwrap(), Some((t0, t0 + 2 * day)));
}

/// Issue 15 item 11: the read side refuses a vault that does not exist (or
/// an empty file) instead of creating it.
#[test]
fn opening_an_existing_vault_refuses_a_missing_one() {
    let w = World::new();
    let missing = w.dir.path().join("typo.vault");
    let err = Vault::open_existing(&missing, &w.ring, Options::default()).unwrap_err();
    assert!(matches!(err, VaultError::Missing { .. }), "{err}");
    assert!(err.to_string().contains("typo.vault"), "{err}");
    assert!(!missing.exists(), "the vault was created");
    create_file(&missing).unwrap();
    let err = Vault::open_existing(&missing, &w.ring, Options::default()).unwrap_err();
    assert!(matches!(err, VaultError::Missing { .. }), "{err}");
    assert_eq!(std::fs::metadata(&missing).unwrap().len(), 0);
    // A vault that exists opens.
    drop(w.open());
    assert!(Vault::open_existing(&w.path(), &w.ring, Options::default()).is_ok());
}

/// Issue 15 item 12: a vault whose shred-key file was deleted is refused,
/// not given a new, empty one (which made every token reveal as expired).
#[test]
fn a_vault_without_its_shred_key_file_is_refused() {
    let w = World::new();
    {
        let vault = w.open();
        // A new vault has no keys yet, and needs no shred-key file.
        assert!(!vault.keys_path().exists());
        let mut writer = vault.writer(&w.ring).unwrap();
        writer.put(&item("phone", "ph_a", "+46701234567")).unwrap();
        writer.commit().unwrap();
    }
    let keys = default_keys_path(&w.path());
    let saved = std::fs::read(&keys).unwrap();
    std::fs::remove_file(&keys).unwrap();
    for result in [
        Vault::open(&w.path(), &w.ring),
        Vault::open_existing(&w.path(), &w.ring, Options::default()),
    ] {
        let err = result.unwrap_err();
        assert!(matches!(err, VaultError::KeysMissing { .. }), "{err}");
        assert!(err.to_string().contains(".vault.keys is missing"), "{err}");
    }
    assert!(!keys.exists(), "the shred-key file was recreated");
    std::fs::write(&keys, &saved).unwrap();
    common_private(&keys);
    let vault = w.open();
    assert_eq!(original(&reveal(&vault, &w.ring, "ph_a")), "+46701234567");
    // A running pipeline whose shred-key file goes missing stops at its next
    // key instead of starting a new file.
    let mut writer = vault.into_writer(&w.ring).unwrap();
    writer.put(&item("phone", "ph_b", "+46707654321")).unwrap();
    writer.commit().unwrap();
    std::fs::remove_file(&keys).unwrap();
    writer.put(&item("email", "em_c", "c@example.se")).unwrap();
    let err = writer.commit().unwrap_err();
    assert!(matches!(err, VaultError::KeysMissing { .. }), "{err}");
    assert!(!keys.exists(), "the shred-key file was recreated");
}

fn common_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

/// Issue 15 item 14: a vault or shred-key file that group or others may
/// access, or that is no regular file, is refused, as the keyring is.
#[cfg(unix)]
#[test]
fn a_vault_or_shred_key_file_others_can_access_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let w = World::new();
    {
        let vault = w.open();
        let mut writer = vault.writer(&w.ring).unwrap();
        writer.put(&item("phone", "ph_a", "+46701234567")).unwrap();
        writer.commit().unwrap();
    }
    let keys = default_keys_path(&w.path());
    for (path, mode) in [(w.path(), 0o640), (w.path(), 0o604), (keys.clone(), 0o644)] {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        let err = Vault::open(&w.path(), &w.ring).unwrap_err();
        assert!(
            matches!(
                err,
                VaultError::File(crate::private_file::PrivateFileError::Permissions { .. })
            ),
            "{mode:o}: {err}"
        );
        assert!(err.to_string().contains("chmod 600"), "{err}");
        common_private(&path);
    }
    let vault = w.open();
    assert_eq!(original(&reveal(&vault, &w.ring, "ph_a")), "+46701234567");
    drop(vault);
    // A directory where the vault should be.
    let dir = w.dir.path().join("dir.vault");
    std::fs::create_dir(&dir).unwrap();
    let err = Vault::open(&dir, &w.ring).unwrap_err();
    assert!(err.to_string().contains("not a regular file"), "{err}");
}

/// A format 2 vault (entries sealed under the epoch keys themselves) is
/// marked format 3 when opened; its entries open, and new ones are
/// leaf-keyed.
#[test]
fn a_format_2_vault_is_marked_format_3_and_keeps_working() {
    let w = World::new();
    {
        let vault = w.open();
        let mut writer = vault.writer(&w.ring).unwrap();
        writer.put(&item("phone", "ph_a", "+46701234567")).unwrap();
        writer.commit().unwrap();
        drop(writer);
        reseal_legacy(&vault, &w.ring);
        let tx = vault.db.begin_write().unwrap();
        {
            let mut meta = tx.open_table(META).unwrap();
            meta.insert("format", [2u8].as_slice()).unwrap();
        }
        tx.commit().unwrap();
    }
    let vault = w.open();
    {
        let tx = vault.db.begin_read().unwrap();
        let meta = tx.open_table(META).unwrap();
        assert_eq!(meta.get("format").unwrap().unwrap().value(), [FORMAT]);
    }
    let Lookup::Found(e) = vault.lookup("ph_a").unwrap() else {
        panic!()
    };
    assert_eq!(e.leaf, None);
    assert_eq!(original(&reveal(&vault, &w.ring, "ph_a")), "+46701234567");
    let mut writer = vault.writer(&w.ring).unwrap();
    writer.put(&item("phone", "ph_b", "+46707654321")).unwrap();
    writer.commit().unwrap();
    let Lookup::Found(e) = vault.lookup("ph_b").unwrap() else {
        panic!()
    };
    assert!(e.leaf.is_some());
    assert_eq!(original(&reveal(&vault, &w.ring, "ph_b")), "+46707654321");
}

#[test]
fn epochs_follow_the_clock_not_the_runs() {
    // A cron job: four runs a day for ten days, each a new writer (a new
    // process), each seeing two values every run sees and one new value.
    let w = World::new();
    let vault = w.open();
    let day0 = 1_800_000_000 / 86_400;
    let known = [
        item("phone", "ph_known1", "+46701111111"),
        item("phone", "ph_known2", "+46702222222"),
    ];
    let mut sealed = 0;
    for day in 0..10u64 {
        for run in 0..4u64 {
            let now = time((day0 + day) * 86_400 + run * 6 * 3600 + 60);
            let mut writer = vault.writer(&w.ring).unwrap();
            for it in &known {
                writer.put_at(it, now).unwrap();
            }
            let token = format!("ph_new_{day}_{run}");
            writer
                .put_at(
                    &item("phone", &token, &format!("+467033{day:02}{run:03}")),
                    now,
                )
                .unwrap();
            sealed += writer.commit().unwrap();
        }
    }
    // The known values are sealed once a day, the new ones once each.
    assert_eq!(sealed, 10 * 2 + 10 * 4);
    let stats = vault.stats().unwrap();
    // One key per run: every run sealed one new value under its own key.
    assert_eq!(stats.keys.len(), 10 * 4);
    let epochs: Vec<u64> = stats.categories["phone"]
        .per_epoch
        .keys()
        .copied()
        .collect();
    assert_eq!(epochs, (day0..day0 + 10).collect::<Vec<_>>());
    assert!(
        stats
            .keys
            .iter()
            .all(|k| crate::vault::epoch_of(k.epoch) >= day0)
    );
    let Lookup::Found(e) = vault.lookup("ph_known1").unwrap() else {
        panic!("missing")
    };
    assert_eq!(crate::vault::epoch_of(e.epoch), day0 + 9);
    assert_eq!(
        original(&reveal(&vault, &w.ring, "ph_new_3_2")),
        "+46703303002"
    );
}

#[test]
fn a_weekly_epoch_spans_seven_days() {
    let w = World::new();
    let vault = Vault::open_with(
        &w.path(),
        &w.ring,
        Options {
            epoch_length: Duration::from_secs(7 * 86_400),
            max_epoch_age: Duration::from_secs(7 * 86_400),
            ..Options::default()
        },
    )
    .unwrap();
    let day0 = 1_800_000_000 / 86_400 / 7 * 7;
    for day in 0..14u64 {
        let mut writer = vault.writer(&w.ring).unwrap();
        writer
            .put_at(
                &item("phone", &format!("ph_{day}"), "+46701234567"),
                time((day0 + day) * 86_400),
            )
            .unwrap();
        writer.commit().unwrap();
    }
    let stats = vault.stats().unwrap();
    let epochs: Vec<u64> = stats.categories["phone"]
        .per_epoch
        .keys()
        .copied()
        .collect();
    assert_eq!(epochs, [day0, day0 + 7]);
}

#[test]
fn a_run_that_sees_only_known_values_adds_no_key() {
    let w = World::new();
    let vault = w.open();
    let now = time(1_800_000_000);
    let it = item("phone", "ph_known", "+46701111111");
    for _ in 0..5 {
        let mut writer = vault.writer(&w.ring).unwrap();
        writer.put_at(&it, now).unwrap();
        writer.commit().unwrap();
    }
    let stats = vault.stats().unwrap();
    assert_eq!(stats.keys.len(), 1, "{:?}", stats.keys);
    assert_eq!(
        vault.load_shred().unwrap().secrets.len(),
        1,
        "one shred secret"
    );
    assert_eq!(
        original(&reveal(&vault, &w.ring, "ph_known")),
        "+46701111111"
    );
}
