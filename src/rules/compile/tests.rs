//! Tests of pack validation: every error, with its line and rule.

use super::category::parse_retention;
use super::pack::{Binding, Encoding, Headers, Pack};
use super::schedule::{check_schedule, key_use, schedule};
use super::template::placeholders;
use super::validate::compile;
use crate::detect::Builtin;
use crate::format::Format;
use crate::rules::shape::Shape;
use std::time::Duration;

const MINIMAL: &str = r#"
[pack]
name = "t"
format = "csv"
columns = ["a", "src", "clid"]

[fields]
src = "phone"
clid = "caller-id"

[scan]
detectors = ["phone"]

[categories.phone]
operator = "pseudonym"

[categories.person_name]
operator = "pseudonym"
"#;

#[test]
fn a_valid_pack_compiles() {
    let pack = compile("t.toml", MINIMAL).unwrap();
    assert_eq!(pack.categories.len(), 2);
    assert_eq!(
        pack.bindings["src"],
        Binding::Category {
            cat: 1,
            encoding: Encoding::Text
        }
    );
    assert!(matches!(pack.bindings["clid"], Binding::CallerId { .. }));
    assert_eq!(pack.categories[1].name, "phone");
    assert_eq!(pack.categories[1].domain, "siem");
}

#[test]
fn every_error_is_reported_at_once_with_its_line() {
    let src = MINIMAL
        .replace("src = \"phone\"", "scr = \"phnoe\"")
        .replace(
            "detectors = [\"phone\"]",
            "detectors = [\"phone\", \"ipv44\"]",
        )
        .replace(
            "operator = \"pseudonym\"\n\n[categories.person_name]",
            "operator = \"sha256\"\n\n[categories.person_name]",
        );
    let errs = compile("rules/t.toml", &src).unwrap_err();
    let text: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    let joined = text.join("\n");
    assert!(
        joined
            .contains("rules/t.toml:8: fields.scr: unknown field \"scr\" (did you mean \"src\"?)"),
        "{joined}"
    );
    assert!(
        joined.contains("fields.scr: unknown category \"phnoe\" (did you mean \"phone\"?)"),
        "{joined}"
    );
    assert!(
        joined.contains("unknown detector \"ipv44\" (did you mean \"ipv4\"?)"),
        "{joined}"
    );
    assert!(joined.contains("unkeyed hashes are refused"), "{joined}");
    assert!(errs.len() >= 4, "{joined}");
}

#[test]
fn unknown_keys_are_errors_not_ignored() {
    let src = MINIMAL.replace(
        "[categories.phone]\noperator",
        "[categories.phone]\nreversable = true\noperator",
    );
    let errs = compile("t.toml", &src).unwrap_err();
    assert!(errs[0].message.contains("reversable"), "{}", errs[0]);
    assert_eq!(errs[0].line, Some(15));
}

#[test]
fn detectors_need_a_policy_for_every_kind_they_find() {
    let src = MINIMAL.replace(
        "detectors = [\"phone\"]",
        "detectors = [\"phone\", \"personnummer\"]",
    );
    let errs = compile("t.toml", &src).unwrap_err();
    let joined: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(joined.iter().any(|e| e.contains("finds personnummer")));
    assert!(joined.iter().any(|e| e.contains("finds samordningsnummer")));
}

#[test]
fn detectors_default_to_all_of_them() {
    // Omitted: every detector runs, so each kind they find needs a policy.
    let src = MINIMAL.replace("[scan]\ndetectors = [\"phone\"]\n", "");
    assert!(!src.contains("detectors"));
    let errs = compile("t.toml", &src).unwrap_err();
    let joined: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(
        joined
            .iter()
            .any(|e| e.contains("finds ipv4") && e.contains("defaults to every detector")),
        "{joined:?}"
    );
    let src = MINIMAL.replace("detectors = [\"phone\"]", "detectors = [\"all\"]");
    let errs = compile("t.toml", &src).unwrap_err();
    assert!(errs.iter().any(|e| e.message.contains("finds imei")));
    let json = include_str!("../../../rules/json.toml");
    let pack = compile("rules/json.toml", json).unwrap();
    assert!(!json.contains("\ndetectors"));
    assert_eq!(pack.detectors.builtins, Builtin::ALL);
    // Listing fewer still works, and an empty list runs none.
    let none = MINIMAL.replace("detectors = [\"phone\"]", "detectors = []");
    assert!(
        compile("t.toml", &none)
            .unwrap()
            .detectors
            .builtins
            .is_empty()
    );
}

#[test]
fn reversible_needs_pseudonym_and_retention() {
    let src = MINIMAL.replace(
        "[categories.phone]\noperator = \"pseudonym\"",
        "[categories.phone]\noperator = \"mask\"\nkeep_last = 2\nreversible = true",
    );
    let errs = compile("t.toml", &src).unwrap_err();
    let joined: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(
        joined
            .iter()
            .any(|e| e.contains("`reversible` needs operator")),
        "{joined:?}"
    );
    assert!(
        joined.iter().any(|e| e.contains("needs a `retention`")),
        "{joined:?}"
    );
}

/// MINIMAL with `extra` lines in `[categories.phone]`, after its operator.
fn phone_with(extra: &str) -> String {
    MINIMAL.replace(
        "[categories.phone]\noperator = \"pseudonym\"",
        &format!("[categories.phone]\noperator = \"pseudonym\"\n{extra}"),
    )
}

#[test]
fn an_epoch_is_whole_days_keyed_and_within_retention() {
    // Accepted: days, up to 366, not longer than the retention.
    for (extra, days, retention) in [
        ("retention = \"28d\"\nepoch = \"7d\"", 7, 28),
        ("retention = \"7d\"\nepoch = \"7d\"", 7, 7),
        ("retention = \"1y\"\nepoch = \"1w\"", 7, 365),
        ("retention = \"2y\"\nepoch = \"366d\"", 366, 730),
        ("retention = \"1d\"\nepoch = \"24h\"", 1, 1),
    ] {
        let pack =
            compile("t.toml", &phone_with(extra)).unwrap_or_else(|e| panic!("{extra}: {e:?}"));
        let phone = pack.categories.iter().find(|c| c.name == "phone").unwrap();
        assert_eq!(phone.epoch, Some(days), "{extra}");
        assert_eq!(
            phone.retention,
            Some(Duration::from_secs(retention * 86_400))
        );
    }
    // Refused, each with its message on the epoch's line (or the
    // retention's, when that is what is wrong).
    for (extra, want) in [
        (
            "retention = \"28d\"\nepoch = \"0d\"",
            "t.toml:17: categories.phone: epoch must be longer than zero",
        ),
        (
            "retention = \"2y\"\nepoch = \"367d\"",
            "t.toml:17: categories.phone: `epoch` is whole days, from 1d to 366d",
        ),
        (
            "retention = \"2y\"\nepoch = \"53w\"",
            "t.toml:17: categories.phone: `epoch` is whole days, from 1d to 366d",
        ),
        (
            "retention = \"28d\"\nepoch = \"36h\"",
            "t.toml:17: categories.phone: `epoch` is whole days, from 1d to 366d",
        ),
        (
            "retention = \"28d\"\nepoch = \"7\"",
            "t.toml:17: categories.phone: epoch \"7\" has no unit (use h, d, w or y, e.g. 180d)",
        ),
        (
            "retention = \"28d\"\nepoch = \"6m\"",
            "t.toml:17: categories.phone: epoch \"6m\": unknown unit \"m\" (use h, d, w or y)",
        ),
        (
            "epoch = \"7d\"",
            "t.toml:16: categories.phone: `epoch` needs a `retention` (when an epoch's keys are destroyed, e.g. \"180d\")",
        ),
        (
            "retention = \"28d\"\nepoch = \"30d\"",
            "t.toml:17: categories.phone: `epoch` is longer than `retention`: an epoch's keys would be destroyed before it ends",
        ),
        (
            "retention = \"36h\"\nepoch = \"1d\"",
            "t.toml:16: categories.phone: with `epoch`, `retention` is whole days",
        ),
    ] {
        let errs = compile("t.toml", &phone_with(extra)).unwrap_err();
        let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
        assert_eq!(text, [want], "{extra}");
    }
    // An operator without a key has no epoch to change.
    for op in [
        "operator = \"redact\"",
        "operator = \"mask\"\nkeep_last = 2",
        "operator = \"drop\"",
    ] {
        let src = MINIMAL.replace(
            "[categories.phone]\noperator = \"pseudonym\"",
            &format!("[categories.phone]\n{op}\nretention = \"28d\"\nepoch = \"7d\""),
        );
        let errs = compile("t.toml", &src).unwrap_err();
        let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
        let line = 17 + op.matches('\n').count();
        assert_eq!(
            text,
            [format!(
                "t.toml:{line}: categories.phone: `epoch` needs a keyed operator (\"pseudonym\" or \"ip-prefix\")"
            )],
            "{op}"
        );
    }
    // Every wrong epoch of a pack is reported at once.
    let src = phone_with("retention = \"28d\"\nepoch = \"30d\"").replace(
        "[categories.person_name]\noperator = \"pseudonym\"",
        "[categories.person_name]\noperator = \"pseudonym\"\nepoch = \"400d\"",
    );
    let errs = compile("t.toml", &src).unwrap_err();
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(
        errs[0].message.contains("longer than `retention`"),
        "{errs:?}"
    );
    assert!(errs[1].message.contains("from 1d to 366d"), "{errs:?}");
}

/// A JSON pack named `name` with only `categories` (TOML), no detectors.
fn pack(name: &str, categories: &str) -> Pack {
    let src = format!(
        "[pack]\nname = \"{name}\"\nformat = \"json\"\n\n[scan]\ndetectors = []\n\n{categories}"
    );
    compile(&format!("{name}.toml"), &src).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

#[test]
fn every_pack_must_give_a_key_use_the_same_epoch() {
    let phone = |epoch: &str| {
        format!("[categories.phone]\noperator = \"pseudonym\"\nretention = \"28d\"\n{epoch}\n")
    };
    let messages = |packs: &[Pack]| -> Vec<String> {
        check_schedule(packs)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    // Agreeing packs (and the same epoch with other retentions) pass;
    // the schedule takes the shortest retention.
    let a = pack("a", &phone("epoch = \"7d\""));
    let b = pack(
        "b",
        "[categories.phone]\noperator = \"pseudonym\"\nretention = \"14d\"\nepoch = \"7d\"\n",
    );
    assert!(messages(&[a.clone(), b.clone()]).is_empty());
    let sched = schedule(&[a.clone(), b]);
    assert_eq!(sched.len(), 1);
    assert_eq!((sched[0].length, sched[0].retention), (7, 14));
    // Another epoch, or none, in another pack is refused, naming both.
    let c = pack("c", &phone("epoch = \"28d\""));
    let none = pack("none", &phone(""));
    assert_eq!(
        messages(&[a.clone(), c, none.clone()]),
        [
            "c.toml: categories.phone: epoch 28d differs from 7d in a.toml (categories.phone): every pack must give siem/phone the same epoch",
            "none.toml: categories.phone: epoch none differs from 7d in a.toml (categories.phone): every pack must give siem/phone the same epoch",
        ]
    );
    assert_eq!(
        messages(&[none, a.clone()]),
        [
            "a.toml: categories.phone: epoch 7d differs from none in none.toml (categories.phone): every pack must give siem/phone the same epoch"
        ]
    );
    // Another domain is another key: its own epoch is fine.
    let other = pack(
        "other",
        "[categories.phone]\noperator = \"pseudonym\"\ndomain = \"soc\"\nretention = \"28d\"\nepoch = \"28d\"\n",
    );
    assert!(messages(&[a, other]).is_empty());
    // IPv4 and IPv6 of a domain share one key, so one epoch.
    let ip = |name: &str, v: &str, epoch: &str| {
        pack(
            name,
            &format!(
                "[categories.{v}]\noperator = \"ip-prefix\"\nretention = \"180d\"\nepoch = \"{epoch}\"\n"
            ),
        )
    };
    assert!(messages(&[ip("v4", "ipv4", "30d"), ip("v6", "ipv6", "30d")]).is_empty());
    assert_eq!(
        messages(&[ip("v4", "ipv4", "30d"), ip("v6", "ipv6", "7d")]),
        [
            "v6.toml: categories.ipv6: epoch 7d differs from 30d in v4.toml (categories.ipv4): every pack must give siem/ip the same epoch"
        ]
    );
}

#[test]
fn the_shipped_packs_agree_and_one_that_drops_an_epoch_is_caught() {
    let files: Vec<(&str, &str)> = vec![
        (
            "rules/asterisk-cdr.toml",
            include_str!("../../../rules/asterisk-cdr.toml"),
        ),
        (
            "rules/cisco-cucm-cdr.toml",
            include_str!("../../../rules/cisco-cucm-cdr.toml"),
        ),
        (
            "rules/freeswitch-cdr.toml",
            include_str!("../../../rules/freeswitch-cdr.toml"),
        ),
        ("rules/json.toml", include_str!("../../../rules/json.toml")),
        (
            "rules/kv-cef.toml",
            include_str!("../../../rules/kv-cef.toml"),
        ),
        (
            "rules/syslog.toml",
            include_str!("../../../rules/syslog.toml"),
        ),
    ];
    let packs: Vec<Pack> = files.iter().map(|(f, s)| compile(f, s).unwrap()).collect();
    assert!(check_schedule(&packs).is_empty());
    // Every category that names a person or a device has an epoch;
    // orgnr (a company) has none.
    let sched = schedule(&packs);
    for c in packs.iter().flat_map(|p| &p.categories) {
        let want = match c.name.as_str() {
            "orgnr" | "auth_code" => None,
            "username" | "email" | "personnummer" | "samordningsnummer" | "badge" => {
                Some((30, 365))
            }
            "ipv4" | "ipv6" | "mac" | "device" => Some((30, 180)),
            "phone" | "person_name" | "imei" | "imsi" => Some((7, 28)),
            other => panic!("{other}: no expectation"),
        };
        let got = key_use(c).and_then(|u| sched.iter().find(|s| s.usage == u));
        assert_eq!(got.map(|s| (s.length, s.retention)), want, "{}", c.name);
    }
    // The json pack without its username epoch: refused.
    let (file, text) = files[3];
    let broken = text.replacen(
        "retention = \"365d\"\nepoch = \"30d\"\ncasefold = true",
        "retention = \"365d\"\ncasefold = true",
        1,
    );
    assert_ne!(broken, text, "the json pack's username category moved");
    let mut packs = packs;
    packs[3] = compile(file, &broken).unwrap();
    let errs = check_schedule(&packs);
    assert!(!errs.is_empty());
    assert!(
        errs.iter().all(|e| e.rule == "categories.username"
            && e.message
                .contains("every pack must give siem/username the same epoch")),
        "{errs:?}"
    );
}

#[test]
fn csv_layouts_headers_and_shapes_are_checked() {
    let with = |extra: &str, tables: &str| {
        let src = MINIMAL.replace(
            "columns = [\"a\", \"src\", \"clid\"]",
            &format!("columns = [\"a\", \"src\", \"clid\"]\n{extra}"),
        );
        compile("t.toml", &format!("{src}\n{tables}"))
    };
    let pack = with(
        "column_counts = [3, 2]\nheader_rows = 2",
        "[shapes]\na = \"integer\"",
    )
    .unwrap();
    assert!(matches!(&pack.format, Format::Csv { column_counts, .. } if column_counts == &[2, 3]));
    assert_eq!(
        pack.headers,
        Headers {
            names: true,
            types: true
        }
    );
    assert_eq!(pack.shapes["a"], Shape::Integer);
    let pack = with("min_columns = 2\nheaders = []", "").unwrap();
    assert!(matches!(&pack.format, Format::Csv { column_counts, .. } if column_counts == &[2, 3]));
    assert_eq!(pack.headers, Headers::default());
    assert!(with("", "").unwrap().headers.names, "names rows by default");

    let errs = with(
        "column_counts = [0, 4]\nmin_columns = 2\nheaders = [\"nmaes\"]\nheader_rows = 1",
        "[shapes]\na = \"integr\"\nb = [\"x\"]\nsrc = []",
    )
    .unwrap_err();
    let joined: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    for want in [
        "pack.column_counts: give column_counts or min_columns, not both",
        "pack.headers: unknown header row \"nmaes\" (did you mean \"names\"?)",
        "pack.header_rows: give headers or header_rows, not both",
        "shapes.a: unknown shape \"integr\" (did you mean \"integer\"?)",
        "shapes.b: unknown column \"b\"",
        "shapes.src: a list of values needs at least one",
    ] {
        assert!(
            joined.iter().any(|e| e.contains(want)),
            "{want}: {joined:#?}"
        );
    }
    let errs = with("column_counts = [0, 4]", "").unwrap_err();
    assert!(errs[0].message.contains("between 1 and 3"), "{}", errs[0]);
    let json = MINIMAL.replace(
        "format = \"csv\"\ncolumns = [\"a\", \"src\", \"clid\"]",
        "format = \"json\"\nheaders = [\"names\"]",
    );
    let errs = compile("t.toml", &format!("{json}\n[shapes]\na = \"integer\"")).unwrap_err();
    let joined: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(
        joined
            .iter()
            .any(|e| e.contains("pack.headers: only csv packs")),
        "{joined:#?}"
    );
    assert!(
        joined
            .iter()
            .any(|e| e.contains("shapes.a: only csv packs")),
        "{joined:#?}"
    );
}

#[test]
fn retention_periods_parse() {
    assert_eq!(
        parse_retention("180d").unwrap(),
        Duration::from_secs(180 * 86400)
    );
    assert_eq!(
        parse_retention("2w").unwrap(),
        Duration::from_secs(14 * 86400)
    );
    assert_eq!(
        parse_retention("1y").unwrap(),
        Duration::from_secs(365 * 86400)
    );
    assert!(parse_retention("6m").is_err());
    for (text, message) in [
        (
            "180",
            "retention \"180\" has no unit (use h, d, w or y, e.g. 180d)",
        ),
        ("d", "retention \"d\" must start with a whole number"),
        (
            "6m",
            "retention \"6m\": unknown unit \"m\" (use h, d, w or y)",
        ),
        (
            "1d 2h",
            "retention \"1d 2h\": unknown unit \"d 2h\" (use h, d, w or y)",
        ),
        (
            "2days",
            "retention \"2days\": unknown unit \"days\" (use h, d, w or y)",
        ),
        ("0d", "retention must be longer than zero"),
    ] {
        assert_eq!(parse_retention(text), Err(message.to_owned()), "{text}");
    }
    // A year is 365 days, not humantime's 365.25; huge values saturate.
    assert_eq!(
        parse_retention("1y").unwrap(),
        Duration::from_secs(365 * 86_400)
    );
    assert_eq!(
        parse_retention(" 18446744073709551615y ").unwrap(),
        Duration::from_secs(u64::MAX)
    );
    assert!(parse_retention("d").is_err());
    assert!(parse_retention("0d").is_err());
    assert!(parse_retention("180").is_err());
}

#[test]
fn placeholders_are_found_and_json_braces_are_not() {
    assert_eq!(
        placeholders("a {{phone}} b {{person_name}}"),
        vec!["phone", "person_name"]
    );
    assert!(placeholders(r#"{"a":{"b":1}}"#).is_empty());
}

#[test]
fn keep_when_takes_values_or_an_equal_field_and_says_what_is_wrong() {
    use super::pack::{KeepIf, KeepWhen};
    let ok = format!(
        "{MINIMAL}\n[[keep_when]]\nfields = [\"src\"]\nfield = \"a\"\nvalues = [\"Queue\"]\n\n\
         [[keep_when]]\nfields = [\"src\"]\nequals = \"a\"\nalso = [\"clid\"]\n\n\
         [[keep_when]]\nfields = [\"src\"]\nfield = \"a\"\nmatches = \"(?i)queues?\"\nunless_in = \"a\"\nonly_in = \"a\"\nvalue_matches = \"[0-9]{{2,5}}\"\nunless_field = \"a\"\nunless_matches = \"(?i)callcenter\"\n"
    );
    let pack = compile("t.toml", &ok).unwrap();
    assert_eq!(
        pack.keep_when,
        vec![
            KeepWhen {
                fields: vec!["src".into()],
                when: KeepIf::Holds {
                    field: "a".into(),
                    values: vec!["Queue".into()]
                },
                unless_in: None,
                only_in: None,
                value_matches: None,
                unless: None,
                also: vec![],
            },
            KeepWhen {
                fields: vec!["src".into()],
                when: KeepIf::Equals("a".into()),
                unless_in: None,
                only_in: None,
                value_matches: None,
                unless: None,
                also: vec!["clid".into()],
            },
            KeepWhen {
                fields: vec!["src".into()],
                when: KeepIf::Matches {
                    field: "a".into(),
                    pattern: "(?i)queues?".into()
                },
                unless_in: Some("a".into()),
                only_in: Some("a".into()),
                value_matches: Some("[0-9]{2,5}".into()),
                unless: Some(("a".into(), "(?i)callcenter".into())),
                also: vec![],
            },
        ]
    );
    for (table, want) in [
        (
            "field = \"a\"\nvalues = [\"Queue\"]\nequals = \"a\"",
            "either `field`",
        ),
        ("field = \"a\"", "either `field`"),
        ("field = \"a\"\nvalues = []", "either `field`"),
        (
            "equals = \"src\"",
            "equals names a field that keep_when also keeps",
        ),
        (
            "equals = \"scr\"",
            "unknown field \"scr\" (did you mean \"src\"?)",
        ),
        ("field = \"a\"\nmatches = \"(\"", "invalid pattern"),
        (
            "field = \"a\"\nvalues = [\"Queue\"]\nvalue_matches = \"[\"",
            "invalid pattern",
        ),
        (
            "field = \"a\"\nvalues = [\"Queue\"]\nmatches = \"Queue\"",
            "either `field`",
        ),
        (
            "field = \"a\"\nvalues = [\"Queue\"]\nunless_in = \"scr\"",
            "unknown field \"scr\"",
        ),
        (
            "field = \"a\"\nvalues = [\"Queue\"]\nonly_in = \"usrfield\"",
            "unknown field \"usrfield\"",
        ),
        (
            "field = \"a\"\nvalues = [\"Queue\"]\nalso = [\"clidd\"]",
            "unknown field \"clidd\"",
        ),
        (
            "field = \"a\"\nvalues = [\"Queue\"]\nalso = [\"src\"]",
            "also names \"src\", a field that keep_when already keeps",
        ),
    ] {
        let src = format!("{MINIMAL}\n[[keep_when]]\nfields = [\"src\"]\n{table}\n");
        let errs = compile("t.toml", &src).unwrap_err();
        assert!(
            errs.iter().any(|e| e.message.contains(want)),
            "{table}: {errs:?}"
        );
    }
}

#[test]
fn follow_names_known_fields_and_says_what_is_wrong() {
    use super::pack::Follow;
    let ok = format!("{MINIMAL}\n[[follow]]\nfields = [\"a\"]\nof = [\"src\"]\n");
    let pack = compile("t.toml", &ok).unwrap();
    assert_eq!(
        pack.follow,
        vec![Follow {
            fields: vec!["a".into()],
            of: vec!["src".into()],
        }]
    );
    for (table, want) in [
        ("fields = [\"b\"]\nof = [\"src\"]", "unknown field \"b\""),
        ("fields = [\"a\"]\nof = [\"scr\"]", "unknown field \"scr\""),
        ("fields = []\nof = [\"src\"]", "at least one field"),
        ("fields = [\"src\"]\nof = [\"a\"]", "\"src\" is bound"),
        (
            "fields = [\"a\"]\nof = [\"src\"]\n\n[[follow]]\nfields = [\"a\"]\nof = [\"a\"]",
            "of names \"a\", a field that follows another",
        ),
    ] {
        let src = format!("{MINIMAL}\n[[follow]]\n{table}\n");
        let errs = compile("t.toml", &src).unwrap_err();
        assert!(
            errs.iter().any(|e| e.message.contains(want)),
            "{table}: {errs:?}"
        );
    }
}
