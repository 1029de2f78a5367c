//! The shipped rule packs validate, and every case they carry passes through
//! the real engine.

use veil::rules::{Source, check};

#[test]
fn every_shipped_pack_validates_and_passes_its_cases() {
    let packs = Source::Dir(std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("rules"))
        .compile_all()
        .unwrap_or_else(|e| panic!("shipped packs are invalid:\n{e}"));
    let names: Vec<&str> = packs.iter().map(|p| p.name.as_str()).collect();
    for required in [
        "syslog",
        "asterisk-cdr",
        "freeswitch-cdr",
        "cisco-cucm-cdr",
        "json",
        "kv-cef",
    ] {
        assert!(names.contains(&required), "missing pack {required}");
    }
    let mut report = String::new();
    for pack in &packs {
        let (n, failures) = check::run_cases(pack);
        assert!(n >= 2, "{} carries only {n} cases", pack.name);
        for f in failures {
            report.push_str(&format!("{f}\n"));
        }
    }
    assert!(report.is_empty(), "rule-pack cases failed:\n{report}");
}

#[test]
fn the_embedded_packs_are_the_files_in_rules() {
    let embedded = Source::Embedded.read_all().unwrap();
    for (file, src) in embedded {
        let on_disk =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&file))
                .unwrap();
        assert_eq!(src, on_disk, "{file}");
    }
}

#[test]
fn a_broken_pack_reports_every_error_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("broken.toml"),
        r#"[pack]
name = "broken"
format = "csv"
columns = ["src", "dst"]

[fields]
scr = "phone"
dst = "phnoe"

[scan]
detectors = ["emial"]

[categories.phone]
operator = "md5"
"#,
    )
    .unwrap();
    let errs = Source::Dir(dir.path().to_path_buf())
        .compile_all()
        .unwrap_err()
        .to_string();
    let file = dir.path().join("broken.toml").display().to_string();
    for expected in [
        format!("{file}:7: fields.scr: unknown field \"scr\" (did you mean \"src\"?)"),
        format!("{file}:8: fields.dst: unknown category \"phnoe\" (did you mean \"phone\"?)"),
        format!("{file}:11: scan.detectors: unknown detector \"emial\" (did you mean \"email\"?)"),
        format!("{file}:14: categories.phone: unkeyed hashes are refused"),
    ] {
        assert!(errs.contains(&expected), "missing {expected:?} in:\n{errs}");
    }
}

#[test]
fn packs_that_read_keys_have_a_policy_for_every_kind_a_key_can_name() {
    use veil::detect::Kind;
    use veil::format::Format;
    let packs = Source::Dir(std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("rules"))
        .compile_all()
        .unwrap();
    let mut missing = Vec::new();
    for pack in &packs {
        if !matches!(
            pack.format,
            Format::Json | Format::Kv | Format::Cef | Format::Syslog
        ) {
            continue;
        }
        for kind in Kind::BUILTIN {
            let covered = pack.category_of(kind).is_some()
                || kind
                    .falls_back_to()
                    .is_some_and(|k| pack.category_of(k).is_some());
            if !covered {
                missing.push(format!("{}: {kind}", pack.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "a key naming these would be ignored: {missing:?}"
    );
}

/// A case whose `{{ipv4}}` stands where the engine left the address as it
/// was fails: an address-preserving placeholder's pattern matches the raw
/// value too, so the check also asks that the value was changed.
#[test]
fn a_case_fails_when_an_address_it_expects_replaced_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/kv-cef.toml");
    let mut src = std::fs::read_to_string(shipped).unwrap();
    src.push_str(
        "\n[[tests]]\nname = \"a kept field expected as an address\"\n\
         input = 'date=2026-11-22 srcport=192.0.2.30 devname=\"fw-01\"'\n\
         expect = 'date=2026-11-22 srcport={{ipv4}} devname=\"fw-01\"'\n",
    );
    std::fs::write(dir.path().join("kv-cef.toml"), src).unwrap();
    let packs = Source::Dir(dir.path().to_path_buf()).compile_all().unwrap();
    let (_, failures) = check::run_cases(&packs[0]);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(
        failures[0].to_string().contains("left as it was"),
        "{}",
        failures[0]
    );
}
