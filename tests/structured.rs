//! Key-aware detection in structured records: a field's name is evidence of
//! what its value is, in JSON at any depth, kv, CEF (with `csNLabel`
//! pairs) and RFC 5424 structured data. A key still needs a plausible
//! value, and a pack's exact bindings win over it.

mod common;

use veil::pipeline::{By, Engine, Found};

use common::run;

/// Asserts that none of `values` survives `rec` through `pack`.
fn replaced(pack: &str, rec: &str, values: &[&str]) -> String {
    let out = run(&common::engine(pack), rec);
    for v in values {
        assert!(!out.contains(v), "{pack}: {v:?} survives in\n  {out}");
    }
    out
}

/// Asserts that `rec` passes through `pack` byte for byte.
fn unchanged(pack: &str, rec: &str) {
    assert_eq!(run(&common::engine(pack), rec), rec, "{pack}");
}

fn scan(engine: &Engine, rec: &str) -> Vec<(String, String)> {
    let mut found: Vec<Found> = Vec::new();
    engine
        .worker()
        .scan(rec.as_bytes(), &mut found)
        .unwrap_or_else(|e| panic!("{rec}: {e}"));
    found
        .iter()
        .map(|f| (rec[f.start..f.end].to_string(), f.explain()))
        .collect()
}

#[test]
fn json_keys_name_the_value_at_any_depth() {
    for (rec, values) in [
        (
            r#"{"customer":{"personalNumber":"191212121212"}}"#,
            &["191212121212"][..],
        ),
        (
            r#"{"audit":{"changed_by":"karin.l","owner":"b.holm"}}"#,
            &["karin.l", "b.holm"],
        ),
        (
            r#"{"data":{"full_name":"Leyla Åberg","contact":{"fn":"Nguyễn Văn An"}}}"#,
            &["Leyla", "Åberg", "Nguyễn"],
        ),
        (
            r#"{"req":{"client_ip":"192.0.2.7","headers":{"x-forwarded-for":"198.51.100.4, 203.0.113.9"}}}"#,
            &["192.0.2.7", "198.51.100.4", "203.0.113.9"],
        ),
        (
            r#"{"event":{"actor":{"userPrincipalName":"karin@example.se","mobile":"+44 7700 900859"}}}"#,
            &["karin@example", "7700"],
        ),
        (
            r#"{"device":{"imei":"490154203237518","badge_id":"B130791"},"org":{"nr":"5560160680"}}"#,
            &["490154203237518", "B130791", "5560160680"],
        ),
    ] {
        replaced("json", rec, values);
    }
}

#[test]
fn json_numbers_are_scanned_and_become_strings() {
    let out = replaced(
        "json",
        r#"{"phone":46701740683,"pnr":191212121212,"msisdn":447700900859,"count":3}"#,
        &["46701740683", "191212121212", "447700900859"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["phone"].as_str().unwrap().starts_with("ph_"), "{out}");
    assert!(v["pnr"].is_string(), "{out}");
    assert!(v["msisdn"].is_string(), "{out}");
    assert_eq!(v["count"], 3);
}

#[test]
fn a_key_needs_a_plausible_value() {
    // Placeholders, system accounts, a plan's name, a vendor's event id:
    // their keys name a category, their values are not instances of it.
    unchanged(
        "json",
        r#"{"phone":"unknown","tel":0,"name":"Premium Plan","user":{"id":1004},"owner":"root","logid":"0101039424","hostname":"web-01"}"#,
    );
    unchanged(
        "kv-cef",
        r#"logid="0101039424" type="traffic" phone=unknown user_count=3 name=default"#,
    );
}

#[test]
fn a_key_that_is_not_valid_still_gets_the_text_detectors() {
    replaced(
        "json",
        r#"{"phone":"call 0701740683 or mail eva@example.se"}"#,
        &["0701740683", "eva@example.se"],
    );
}

#[test]
fn bound_paths_follow_arrays_and_nestings() {
    let engine = common::engine("json");
    for rec in [
        r#"{"user":{"name":["karin"]}}"#,
        r#"{"user":[{"name":"karin"}]}"#,
        r#"{"user":[[{"name":"karin"}]]}"#,
    ] {
        let out = run(&engine, rec);
        assert!(!out.contains("karin"), "{out}");
        assert_eq!(
            scan(&engine, rec),
            [("karin".to_string(), "binding:".to_string() + name_of(rec))]
        );
    }
    let rec = r#"{"variables":[{"caller_id_name":"Karin Eriksson"}],"callflow":{"caller_profile":{"ani":"0701740683"}}}"#;
    let found = scan(&engine, rec);
    assert_eq!(
        found,
        [
            (
                "Karin Eriksson".to_string(),
                "binding:variables[].caller_id_name".to_string()
            ),
            (
                "0701740683".to_string(),
                "binding:callflow.caller_profile.ani".to_string()
            ),
        ]
    );
}

/// The decoded field name of the only leaf of these test records.
fn name_of(rec: &str) -> &'static str {
    match rec {
        r#"{"user":{"name":["karin"]}}"# => "user.name[]",
        r#"{"user":[{"name":"karin"}]}"# => "user[].name",
        _ => "user[][].name",
    }
}

#[test]
fn kv_and_cef_keys_as_syslog_text_has_them() {
    replaced(
        "kv-cef",
        "pnr=191212121212 username=karin USER=karin login=karin",
        &["191212121212", "karin"],
    );
    replaced(
        "kv-cef",
        "CEF:0|Acme|PBX|1.0|7|call|3|cs1Label=caller cs1=+46701740683 cs2Label=Subscriber PNR cs2=191212121212 cn1Label=imei cn1=490154203237518 suser=erik duser=anna.b",
        &[
            "46701740683",
            "191212121212",
            "490154203237518",
            "erik",
            "anna.b",
        ],
    );
    replaced(
        "kv-cef",
        "LEEF:2.0|Lancope|StealthWatch|1.0|41|src=192.0.2.7\tusrName=karin.l\tcalling_number=0701740683",
        &["192.0.2.7", "karin.l", "0701740683"],
    );
}

#[test]
fn cef_labels_explain_themselves() {
    let engine = common::engine("kv-cef");
    let found = scan(
        &engine,
        "CEF:0|Acme|PBX|1.0|7|call|3|cs2Label=pnr cs2=191212121212 suser=erik msg=from 0701740683",
    );
    assert_eq!(
        found,
        [
            ("191212121212".to_string(), "key:cs2Label=pnr".to_string()),
            ("erik".to_string(), "binding:suser".to_string()),
            ("0701740683".to_string(), "detector:phone".to_string()),
        ]
    );
}

#[test]
fn rfc5424_structured_data_params_are_keys() {
    replaced(
        "syslog",
        r#"<165>1 2026-11-22T10:04:00Z pbx1 app 1 ID1 [meta user="karin" phone="46701740683" full_name="Karin Eriksson" pnr="191212121212"] ok"#,
        &["karin", "46701740683", "Karin Eriksson", "191212121212"],
    );
}

#[test]
fn sd_params_naming_the_member_of_staff_on_duty_are_accounts() {
    // On-board, counter and field apps name who filed a record by role.
    for (param, login) in [
        ("crew", "tstaff42"),
        ("conductor", "annikab"),
        ("clerk", "JSVENSSON"),
        ("zugbegleiter", "k.berg"),
        ("revisor", "jo.ek.7"),
        ("guard", "ola.nord"),
    ] {
        let rec = format!(
            r#"<134>1 2026-03-02T08:00:00Z app-7 incident - INC [ops@32473 {param}="{login}" lang="sv"] Report filed"#
        );
        replaced("syslog", &rec, &[login]);
    }
    // The same roles naming a machine, software or a flag keep it.
    unchanged(
        "syslog",
        r#"<134>1 2026-03-02T08:00:00Z host7 kernel - NET [net@32473 driver="e1000e" guard="on" crew="4"] link up"#,
    );
}

#[test]
fn exact_bindings_win_over_keys() {
    let src = r#"
[pack]
name = "t"
format = "json"

[fields]
user = "keep"
"a.phone" = "keep"

[scan]
detectors = []

[categories.username]
operator = "pseudonym"

[categories.phone]
operator = "pseudonym"
"#;
    let pack = veil::rules::compile::compile("t.toml", src).unwrap();
    let engine = Engine::new(pack, &common::test_keyring()).unwrap();
    let rec = r#"{"user":"karin","a":{"phone":"0701740683"}}"#;
    assert_eq!(run(&engine, rec), rec);
    let out = run(&engine, r#"{"login":"karin","b":{"phone":"0701740683"}}"#);
    assert!(
        !out.contains("karin") && !out.contains("0701740683"),
        "{out}"
    );
}

#[test]
fn a_nearby_word_decides_a_bare_digit_run_in_free_text() {
    // A bare 12-digit run is a timestamp or an order number unless a word
    // says otherwise; so is a bare 10-digit orgnr.
    let out = replaced(
        "syslog",
        "Mar  3 10:06:00 app1 crm[77]: kundnr: 191212121212 org.nr 5560160680 job 201001131554",
        &["191212121212", "5560160680"],
    );
    assert!(out.contains("job 201001131554"), "{out}");
}

#[test]
fn the_cucm_comment_is_scanned_for_personnummer() {
    let engine = common::engine("cisco-cucm-cdr");
    let pack = engine.pack();
    let veil::format::Format::Csv { columns, .. } = &pack.format else {
        panic!("csv pack");
    };
    let comment = columns.iter().position(|c| c == "comment").unwrap();
    let mut cells = vec!["0".to_string(); columns.len()];
    cells[comment] = "\"kund 811218-9876 ringde\"".into();
    // The pack's [shapes] check kept columns: pkid holds a UUID.
    let pkid = columns.iter().position(|c| c == "pkid").unwrap();
    cells[pkid] = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d".into();
    let out = run(&engine, &cells.join(","));
    assert!(!out.contains("811218-9876"), "{out}");
}

#[test]
fn an_integer_address_is_reported_as_ipv4_whatever_its_sign() {
    // CUCM writes 192.0.2.10 as 167903424 and 10.1.187.192 as -1061485302;
    // the minus is no host-name dash (`10-1-187-192`).
    let engine = common::engine("cisco-cucm-cdr");
    let veil::format::Format::Csv { columns, .. } = &engine.pack().format else {
        panic!("csv pack");
    };
    let orig = columns.iter().position(|c| c == "origIpAddr").unwrap();
    let dest = columns.iter().position(|c| c == "destIpAddr").unwrap();
    let mut cells = vec!["0".to_string(); columns.len()];
    cells[orig] = "-1061485302".into();
    cells[dest] = "167903424".into();
    let pkid = columns.iter().position(|c| c == "pkid").unwrap();
    cells[pkid] = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d".into();
    let rec = cells.join(",");
    let mut found: Vec<Found> = Vec::new();
    engine.worker().scan(rec.as_bytes(), &mut found).unwrap();
    let ips: Vec<(&str, veil::detect::Kind)> = found
        .iter()
        .filter(|f| {
            use veil::detect::Kind::*;
            matches!(f.kind, Ipv4 | HostIpv4 | Ipv6)
        })
        .map(|f| (&rec[f.start..f.end], f.kind))
        .collect();
    assert_eq!(
        ips,
        [
            ("-1061485302", veil::detect::Kind::Ipv4),
            ("167903424", veil::detect::Kind::Ipv4)
        ]
    );
}

#[test]
fn scan_explains_keys_bindings_and_detectors() {
    let engine = common::engine("json");
    let found = scan(
        &engine,
        r#"{"source":{"ip":"192.0.2.7"},"customer":{"personalNumber":191212121212},"message":"call 0701740683"}"#,
    );
    let by: Vec<&str> = found.iter().map(|(_, b)| b.as_str()).collect();
    assert_eq!(
        by,
        [
            "binding:source.ip",
            "key:customer.personalNumber",
            "detector:phone"
        ]
    );
    assert_eq!(
        Found {
            start: 0,
            end: 1,
            kind: veil::detect::Kind::Phone,
            by: By::Detector
        }
        .explain(),
        "detector:phone"
    );
}

#[test]
fn a_username_a_key_took_is_found_again_in_the_same_records_free_text() {
    replaced(
        "kv-cef",
        r#"log_type="Event" user_name="sigridbakke" message="User sigridbakke was authenticated""#,
        &["sigridbakke"],
    );
    replaced(
        "json",
        r#"{"SubjectUser":"KOMMUN\\thoson14","ObjectName":"C:\\Users\\thoson14\\Documents\\a.docx"}"#,
        &["thoson14"],
    );
    let engine = common::engine("json");
    let rec = r#"{"message":"login by karin.l","user":{"name":"karin.l"}}"#;
    let found = scan(&engine, rec);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(v, _)| v == "karin.l"));
}

#[test]
fn the_words_of_a_name_a_key_took_are_found_again_in_the_same_records_free_text() {
    // Box, Dropbox and SharePoint events name a folder after the person
    // whose documents it holds; help desks name a ticket after the caller.
    replaced(
        "json",
        r#"{"source":{"parent":{"type":"folder","name":"Mansour"},"owned_by":{"type":"user","name":"Nour Mansour"}}}"#,
        &["Mansour"],
    );
    replaced(
        "json",
        r#"{"path_collection":{"entries":[{"type":"folder","name":"Klienter Żółkiewska"}]},"accessible_by":{"type":"user","name":"Łukasz Żółkiewska"}}"#,
        &["Żółkiewska"],
    );
    replaced(
        "kv-cef",
        r#"requester="Leyla Åberg" subject="Återuppringning Åberg, faktura""#,
        &["Åberg"],
    );
    // Only the record that names the person: the next one keeps the word.
    unchanged("json", r#"{"type":"folder","name":"Mansour"}"#);
    // Common words of a name's value are not looked for.
    let engine = common::engine("json");
    let found = scan(
        &engine,
        r#"{"owner":{"name":"Sofia Support"},"msg":"Support case opened in Sofia"}"#,
    );
    assert!(found.iter().all(|(v, _)| v != "Support"), "{found:?}");
}

#[test]
fn keys_that_name_machines_and_software_keep_their_values() {
    unchanged(
        "json",
        r#"{"winlog":{"event_data":{"SubjectUserName":"DC01$","TargetDomainName":"KOMMUN"}},"company":{"name":"Google Chrome"},"door":{"name":"North Wing"},"user_agent":"Yealink SIP-T54W 96.86.0.100"}"#,
    );
    unchanged(
        "kv-cef",
        "CEF:0|Fortinet|FortiGate-100F|7.2.8|0000000013|forward traffic accept|3|FTNTFGTlogid=0294486399 requestClientApplication=Snom D785/10.1.141.13 cnt=3",
    );
}

#[test]
fn lists_and_glued_vendor_prefixes_are_keys_too() {
    replaced(
        "json",
        r#"{"customer":{"phones":["070-825 61 78","+4915122319052"],"emails":["eva@example.se"]},"device":{"wiFiMacAddress":"F4F5D8F36CC4"}}"#,
        &[
            "825 61 78",
            "4915122319052",
            "eva@example.se",
            "F4F5D8F36CC4",
        ],
    );
    replaced(
        "kv-cef",
        r#"type="utm" unauthuser="maja.strom" opened_by=b.holm"#,
        &["maja.strom", "b.holm"],
    );
}

#[test]
fn json_value_wrappers_take_the_key_of_what_they_wrap() {
    // OTLP/JSON log records (OpenTelemetry collector file exporter): the
    // attribute's value is a typed value inside the value half.
    replaced(
        "json",
        r#"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"attributes":[{"key":"enduser.id","value":{"stringValue":"mirja.kallio"}},{"key":"user.name","value":{"stringValue":"t.okafor"}}]}]}]}]}"#,
        &["mirja.kallio", "t.okafor"],
    );
    // CRM exports that wrap each property (`{"value": …, "source": …}`).
    replaced(
        "json",
        r#"{"id":4402,"properties":{"firstname":{"value":"Ingrid","source":"CRM_UI"},"lastname":{"value":"Halvorsen"},"hubspot_owner":{"value":"p.lindqvist"}}}"#,
        &["Ingrid", "Halvorsen", "p.lindqvist"],
    );
    // Wrappers of what names no one stay.
    unchanged(
        "json",
        r#"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"attributes":[{"key":"service.name","value":{"stringValue":"checkout"}},{"key":"http.status_code","value":{"intValue":"503"}}]}]}]}]}"#,
    );
    unchanged(
        "json",
        r#"{"properties":{"lifecyclestage":{"value":"Lead"},"city":{"value":"Bergen"},"timeout":{"value":"30"}}}"#,
    );
}

#[test]
fn a_type_sibling_speaks_for_its_own_array_element() {
    // The second element's `name` is a user's, whatever the case of its
    // type; the space and the group before and after it are kept.
    let out = replaced(
        "json",
        r#"{"affectedObjects":[{"name":"HR-Göteborg","type":"SPACE"},{"name":"Ingegerd Sjöberg","type":"USER","id":"6246709a"},{"name":"Admins","type":"GROUP"}]}"#,
        &["Ingegerd", "Sjöberg"],
    );
    assert!(
        out.contains(r#""name":"HR-Göteborg","type":"SPACE""#),
        "{out}"
    );
    assert!(out.contains(r#""name":"Admins","type":"GROUP""#), "{out}");
    // A nested object or a bracket in a string between the name and its
    // type stays inside the element.
    replaced(
        "json",
        r#"{"targets":[{"name":"Lab {x}","type":"DEVICE"},{"name":"Karin Lindqvist","meta":{"a":"]"},"type":"User"}]}"#,
        &["Karin", "Lindqvist"],
    );
}

#[test]
fn a_label_that_ends_a_bare_kv_value_reads_the_text_after_it() {
    // Whitespace ends a bare value at its label; the account after the
    // label is read with it, as the syslog and json packs read it.
    for (rec, login) in [
        // Netwrix Auditor's activity record as key=value (Details).
        (
            "DataSource=Active Directory Action=Added ObjectType=user Who=CORP\\svc-nwx Where=dc01.corp.local Details=sAMAccountName: kberg2; displayName: added",
            "kberg2",
        ),
        // Windows Security events rendered as key=value (Splunk, NXLog).
        (
            "EventCode=4740 ComputerName=dc01.corp.local Message=Account: hlindqvist was locked out Caller=DC01$",
            "hlindqvist",
        ),
        // logfmt (Go services, Grafana, Loki) with an unquoted message.
        (
            "time=2026-03-01T10:00:00Z level=warn msg=username: mnorberg3 reason=invalid_password src=198.51.100.20",
            "mnorberg3",
        ),
        // An application's login message in a plain kv line.
        (
            "time=1 act=logon msg=user: jsmith17 src=10.0.0.1",
            "jsmith17",
        ),
        // SQL Server's failure reason under a kv key.
        (
            "act=fail reason=Login failed for user: anders.holm src=10.1.1.1",
            "anders.holm",
        ),
    ] {
        let out = replaced("kv-cef", rec, &[login]);
        // The words before the account stay.
        let at = rec.find(login).unwrap();
        assert!(out.starts_with(&rec[..at]), "{out}");
    }
    // A value ending in ':' that is no label (auditd's msg=audit(...):) and
    // labels before text that holds no account change nothing.
    for rec in [
        "type=USER_AUTH msg=audit(1700000000.123:456): pid=4242 uid=0 auid=4294967295 ses=4294967295 res=failed",
        "ts=2026-03-01T10:00:00Z status=error: connection refused host=db1",
        "Keywords=Classic Message=Product: Centrify Suite Category: DirectAuthorize - Windows Event name: Remote login success",
    ] {
        unchanged("kv-cef", rec);
    }
}
