use super::*;

const GOOD: &str = r#"
group_id = "veil"
quarantine_topic = "q"
vault_topic = "v"
workers = 2
shutdown_deadline = "5s"
metrics_addr = "127.0.0.1:9898"

[kafka]
brokers = "127.0.0.1:9092"
[kafka.properties]
"linger.ms" = 5

[[topics]]
input = "in"
output = "out"
pack = "asterisk-cdr"
[topics.headers]
caller = "phone"

[batch]
records = 100
"#;

#[test]
fn every_problem_is_reported_at_once_with_its_key() {
    // A misspelt key (so the real one is missing), an unknown key in a
    // table, and a topic whose pack does not exist: all three, each
    // named, in one report.
    let src = GOOD
        .replace("quarantine_topic = \"q\"", "quarantin_topic = \"q\"")
        .replace("records = 100", "records = 100\nlinger = 5")
        .replace("pack = \"asterisk-cdr\"", "pack = \"no-such-pack\"");
    let e = parse("veil.toml", &src).unwrap_err();
    let text: Vec<String> = e.0.iter().map(ToString::to_string).collect();
    let joined = text.join("\n");
    assert!(
        joined.contains(
            "veil.toml:3: quarantin_topic: unknown key \"quarantin_topic\" (did you mean \"quarantine_topic\"?)"
        ),
        "{joined}"
    );
    assert!(joined.contains("quarantine_topic: missing"), "{joined}");
    assert!(joined.contains("batch.linger: unknown key"), "{joined}");
    assert!(joined.contains("topics[0].pack"), "{joined}");
    assert!(
        !joined.contains("must not be empty"),
        "no follow-on: {joined}"
    );
}

#[test]
fn a_good_config_validates() {
    let c = parse("veil.toml", GOOD).unwrap();
    assert_eq!(c.brokers, "127.0.0.1:9092");
    assert_eq!(c.properties["linger.ms"], "5");
    assert_eq!(c.workers, 2);
    assert_eq!(c.batch_records, 100);
    assert_eq!(c.shutdown_deadline, Duration::from_secs(5));
    assert_eq!(c.delivery, Delivery::AtLeastOnce);
    assert_eq!(c.topics[0].pack.name, "asterisk-cdr");
    let (h, cat) = &c.topics[0].headers[0];
    assert_eq!(h, "caller");
    assert_eq!(c.topics[0].pack.categories[*cat as usize].name, "phone");
}

#[test]
fn unknown_keys_are_refused_with_a_line() {
    let src = GOOD.replace("workers = 2", "workers = 2\nwrokers = 3");
    let e = parse("veil.toml", &src).unwrap_err();
    assert_eq!(e.0.len(), 1);
    assert_eq!(e.0[0].line, Some(6));
    assert!(e.0[0].message.contains("wrokers"), "{}", e.0[0].message);
}

#[test]
fn every_problem_is_reported_at_once() {
    let src = GOOD
        .replace("workers = 2", "workers = 0\ndelivery = \"twice\"")
        .replace("shutdown_deadline = \"5s\"", "shutdown_deadline = \"soon\"")
        .replace("caller = \"phone\"", "caller = \"shoe-size\"")
        .replace("\"linger.ms\" = 5", "\"group.id\" = \"x\"");
    let e = parse("veil.toml", &src).unwrap_err();
    let text = e.to_string();
    for key in [
        "workers",
        "delivery",
        "shutdown_deadline",
        "topics[0].headers.caller",
        "kafka.properties.group.id",
    ] {
        assert!(
            text.contains(&format!(": {key}: ")),
            "{key} missing in {text}"
        );
    }
    assert!(text.contains("veil.toml:5: workers"), "{text}");
    assert!(
        text.contains("veil.toml:20: topics[0].headers.caller"),
        "{text}"
    );
}

#[test]
fn reversible_packs_need_a_vault_topic() {
    let src = GOOD.replace("vault_topic = \"v\"\n", "");
    let e = parse("veil.toml", &src).unwrap_err();
    assert!(e.to_string().contains("vault_topic"), "{e}");
}

#[test]
fn the_replay_group_defaults_to_its_own_and_must_differ() {
    let c = parse("veil.toml", GOOD).unwrap();
    assert_eq!(c.replay_group_id, "veil.replay");
    let src = GOOD.replace(
        "group_id = \"veil\"",
        "group_id = \"veil\"\nreplay_group_id = \"fix\"",
    );
    assert_eq!(parse("veil.toml", &src).unwrap().replay_group_id, "fix");
    let src = GOOD.replace(
        "group_id = \"veil\"",
        "group_id = \"veil\"\nreplay_group_id = \"veil\"",
    );
    let e = parse("veil.toml", &src).unwrap_err().to_string();
    assert!(
        e.contains("veil.toml:3: replay_group_id: must be a group of its own"),
        "{e}"
    );
}

/// Issue 15 item 19: the pipeline is a static member of its group,
/// named by `instance` or else the host name, so that a restarted pod
/// takes its partitions back at once.
#[test]
fn kafka_restart_instance_name_makes_a_static_member() {
    let with = |line: &str, host: Option<&str>| {
        let src = GOOD.replace(
            "group_id = \"veil\"",
            &format!("group_id = \"veil\"\n{line}"),
        );
        parse_with_host("veil.toml", &src, host)
    };
    assert_eq!(
        with("instance = \"veil-0\"", Some("h"))
            .unwrap()
            .instance
            .as_deref(),
        Some("veil-0")
    );
    assert_eq!(
        with("", Some("veil-2")).unwrap().instance.as_deref(),
        Some("veil-2")
    );
    assert_eq!(with("", None).unwrap().instance, None);
    assert_eq!(
        with("instance = \"\"", Some("veil-2")).unwrap().instance,
        None
    );
    let e = with("instance = \"veil 0\"", None).unwrap_err().to_string();
    assert!(e.contains("veil.toml:3: instance: must be"), "{e}");
    // The id is veil's to set: the property is refused.
    let src = GOOD.replace(
        "\"linger.ms\" = 5",
        "\"linger.ms\" = 5\n\"group.instance.id\" = \"x\"",
    );
    let e = parse_with_host("veil.toml", &src, None)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("kafka.properties.group.instance.id: is set by veil"),
        "{e}"
    );
}

#[test]
fn durations_parse() {
    assert_eq!(parse_duration("250ms"), Some(Duration::from_millis(250)));
    assert_eq!(parse_duration("2m"), Some(Duration::from_secs(120)));
    assert_eq!(parse_duration("2"), None);
    assert_eq!(parse_duration("s"), None);
}

/// The duration syntax, pinned: a whole number and one of ms, s, m, h,
/// nothing else (no fractions, spaces inside, compounds, other units or
/// signs), surrounding space ignored, overflow refused.
#[test]
fn duration_syntax_is_pinned() {
    for (text, expected) in [
        ("250ms", Duration::from_millis(250)),
        ("0ms", Duration::ZERO),
        ("0s", Duration::ZERO),
        ("30s", Duration::from_secs(30)),
        (" 5s ", Duration::from_secs(5)),
        ("007s", Duration::from_secs(7)),
        ("2m", Duration::from_secs(120)),
        ("1h", Duration::from_secs(3600)),
        ("1000000h", Duration::from_secs(3_600_000_000)),
        ("18446744073709551615s", Duration::from_secs(u64::MAX)),
    ] {
        assert_eq!(parse_duration(text), Some(expected), "{text:?}");
    }
    for text in [
        "",
        " ",
        "2",
        "s",
        "ms",
        "1.5s",
        "1 s",
        "1h30m",
        "1h 30m",
        "2min",
        "2sec",
        "5S",
        "1d",
        "1w",
        "1y",
        "-1s",
        "+1s",
        "1us",
        "1ns",
        "5msx",
        "s5",
        "18446744073709551616s",
        "18446744073709551615m",
        "5124095576030432h",
    ] {
        assert_eq!(parse_duration(text), None, "{text:?}");
    }
}

/// A bad duration is reported with its line, key and the same message.
#[test]
fn a_bad_duration_is_reported_with_its_key_and_message() {
    for bad in ["1d", "1h30m", "1.5s", "soon"] {
        let src = GOOD.replace(
            "shutdown_deadline = \"5s\"",
            &format!("shutdown_deadline = \"{bad}\""),
        );
        let e = parse("veil.toml", &src).unwrap_err().to_string();
        assert!(
            e.contains(
                "veil.toml:6: shutdown_deadline: must be a duration such as 500ms, 30s or 2m"
            ),
            "{bad}: {e}"
        );
    }
}

/// A config wrong in every section at once: the whole report, in its
/// order, with its lines, pinned (the parse is one function a section,
/// and each must report as the single function did).
#[test]
fn a_config_wrong_everywhere_reports_every_problem_in_order() {
    let src = r#"
group_id = " "
replay_group_id = " "
instance = "bad name!"
quarantine_topic = "in"
delivery = "twice"
workers = 0
shutdown_deadline = "soon"
transaction_timeout = "1d"
metrics_addr = "localhost:9898"
max_record_bytes = -1

[kafka]
brokers = " "
[kafka.properties]
"group.id" = "x"
"socket.timeout.ms" = [1]

[[topics]]
input = "in"
output = "in"
pack = "asterisk-cdr"
[[topics]]
input = "in"
output = "out2"
pack = "asterisk-cdr"

[batch]
records = 0
bytes = 0
linger_ms = -5
max_in_flight = 0
"#;
    let report = |src: &str| -> Vec<String> {
        let e = parse("veil.toml", src).unwrap_err();
        e.0.iter().map(ToString::to_string).collect()
    };
    assert_eq!(
        report(src),
        [
            "veil.toml:14: kafka.brokers: must not be empty",
            "veil.toml:16: kafka.properties.group.id: is set by veil; use the config key instead",
            "veil.toml:17: kafka.properties.socket.timeout.ms: must be a string, number or boolean",
            "veil.toml:2: group_id: must not be empty",
            "veil.toml:3: replay_group_id: must be a group of its own (not empty, not group_id)",
            "veil.toml:4: instance: must be 1-249 characters of A-Z a-z 0-9 . _ -, or \"\" for a dynamic member",
            "veil.toml:1: vault_topic: a pack has reversible categories: a vault topic is needed",
            "veil.toml:19: topics: topic \"in\" is both read and written",
            "veil.toml:19: topics: topic \"in\" is both read and written",
            "veil.toml:19: topics: topic \"in\" is both read and written",
            "veil.toml:1: topics: input topic \"in\" is listed twice",
            "veil.toml:6: delivery: must be \"at-least-once\" or \"exactly-once\"",
            "veil.toml:7: workers: must be between 1 and 256",
            "veil.toml:29: batch.records: must be between 1 and 1048576",
            "veil.toml:30: batch.bytes: must be between 1 and 1073741824",
            "veil.toml:31: batch.linger_ms: must be between 1 and 60000",
            "veil.toml:32: batch.max_in_flight: must be between 1 and 10000000",
            "veil.toml:8: shutdown_deadline: must be a duration such as 500ms, 30s or 2m",
            "veil.toml:9: transaction_timeout: must be a duration such as 500ms, 30s or 2m",
            "veil.toml:10: metrics_addr: must be host:port with a numeric host",
            "veil.toml:11: max_record_bytes: must be between 1 and 1073741824",
        ],
        "{:#?}",
        report(src)
    );
    let src = src.replace(
        "instance = \"bad name!\"\n",
        "instance = \"bad name!\"\nrules = \"/no/such/dir\"\n",
    );
    assert_eq!(
        report(&src),
        [
            "veil.toml:15: kafka.brokers: must not be empty",
            "veil.toml:17: kafka.properties.group.id: is set by veil; use the config key instead",
            "veil.toml:18: kafka.properties.socket.timeout.ms: must be a string, number or boolean",
            "veil.toml:2: group_id: must not be empty",
            "veil.toml:3: replay_group_id: must be a group of its own (not empty, not group_id)",
            "veil.toml:4: instance: must be 1-249 characters of A-Z a-z 0-9 . _ -, or \"\" for a dynamic member",
            "veil.toml:5: rules: is not a directory",
            "veil.toml:23: topics[0].pack: /no/such/dir: No such file or directory (os error 2)",
            "veil.toml:27: topics[1].pack: /no/such/dir: No such file or directory (os error 2)",
            "veil.toml:7: delivery: must be \"at-least-once\" or \"exactly-once\"",
            "veil.toml:8: workers: must be between 1 and 256",
            "veil.toml:30: batch.records: must be between 1 and 1048576",
            "veil.toml:31: batch.bytes: must be between 1 and 1073741824",
            "veil.toml:32: batch.linger_ms: must be between 1 and 60000",
            "veil.toml:33: batch.max_in_flight: must be between 1 and 10000000",
            "veil.toml:9: shutdown_deadline: must be a duration such as 500ms, 30s or 2m",
            "veil.toml:10: transaction_timeout: must be a duration such as 500ms, 30s or 2m",
            "veil.toml:11: metrics_addr: must be host:port with a numeric host",
            "veil.toml:12: max_record_bytes: must be between 1 and 1073741824",
        ],
        "{:#?}",
        report(&src)
    );
}
