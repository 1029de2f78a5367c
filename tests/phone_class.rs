//! Telephone numbers as a class, not as the products the evaluation splits
//! hold: libphonenumber's example mobile numbers of thirty countries, each
//! written as people and systems write them (E.164, `00` and the country
//! code, national with its trunk `0`, grouped by spaces, no-break, narrow
//! and thin spaces, dashes, en dashes, dots and slashes), placed after cue
//! words of several languages, under the keys of JSON, kv and CEF records
//! that real products name their number fields with (Webex Calling's
//! `Calling number`, Zoom Phone's `caller_ext_number`, 3CX's `from-no`,
//! Teams' `calleeNumber`, Voximplant's `remote_number`, ...), and in
//! telephony structures (SIP and tel URIs, addresses of record in SIP
//! headers, channel names, dial strings, pipe and CSV fields of CDRs).
//!
//! Internal extensions (three to six digits) are personal only with
//! telephony evidence: a key that names a party's number or a telephony
//! structure. The same short numbers bare in free text, service and
//! emergency numbers, queue numbers the record names as a queue's, ports,
//! durations and counters stay.
//!
//! `cargo test --test phone_class -- --nocapture` prints recall per cell;
//! the assertions hold the behaviour each cell must keep.

mod common;

use std::collections::BTreeMap;

use phonenumber::{Mode, country};

use common::run;

/// Countries whose example mobile number the tests write.
const COUNTRIES: [&str; 30] = [
    "SE", "NO", "DK", "FI", "DE", "AT", "CH", "NL", "BE", "FR", "GB", "IE", "ES", "PT", "IT", "PL",
    "CZ", "EE", "LT", "TR", "US", "CA", "AU", "IN", "BR", "MX", "ZA", "JP", "IQ", "SO",
];

/// One example number: its country, E.164 digits, and the national and
/// international forms libphonenumber formats it in.
struct Example {
    id: &'static str,
    e164: String,
    national: String,
    international: String,
    cc: String,
}

fn examples() -> Vec<Example> {
    COUNTRIES
        .iter()
        .map(|&id| {
            let cid: country::Id = id.parse().unwrap();
            let meta = phonenumber::metadata::DATABASE.by_id(id).unwrap();
            let nsn = meta.descriptors().mobile().unwrap().example().unwrap();
            let num = phonenumber::parse(Some(cid), nsn).unwrap();
            let e164 = num.format().mode(Mode::E164).to_string();
            Example {
                id,
                national: num.format().mode(Mode::National).to_string(),
                international: num.format().mode(Mode::International).to_string(),
                cc: meta.country_code().to_string(),
                e164,
            }
        })
        .collect()
}

/// The separators people group numbers with: space, no-break space,
/// narrow no-break space, thin space, dash, en dash, dot, slash.
const SEPARATORS: [(&str, &str); 8] = [
    ("space", " "),
    ("nbsp", "\u{a0}"),
    ("nnbsp", "\u{202f}"),
    ("thin", "\u{2009}"),
    ("dash", "-"),
    ("en-dash", "\u{2013}"),
    ("dot", "."),
    ("slash", "/"),
];

/// The spellings of one example: (form, text).
fn spellings(x: &Example) -> Vec<(String, String)> {
    let mut out = vec![
        ("e164".to_string(), x.e164.clone()),
        ("00cc".to_string(), format!("00{}", &x.e164[1..])),
    ];
    let bare: String = x.national.chars().filter(char::is_ascii_digit).collect();
    out.push(("national-bare".into(), bare));
    for (name, sep) in SEPARATORS {
        // Groups as the country writes them, with this separator.
        let nat = x.national.replace([' ', '-'], sep);
        out.push((format!("national-{name}"), nat));
        if !matches!(name, "dot" | "slash") {
            let intl = x.international.replace([' ', '-'], sep);
            out.push((format!("intl-{name}"), intl));
        }
    }
    out
}

/// Recall of one cell: found, tried, and the first few misses.
#[derive(Default)]
struct Cell {
    found: usize,
    tried: usize,
    missed: Vec<String>,
}

#[derive(Default)]
struct Table(BTreeMap<String, Cell>);

impl Table {
    /// Records whether `value` was replaced in `out`.
    fn note(&mut self, cell: &str, value: &str, out: &str) {
        let c = self.0.entry(cell.to_string()).or_default();
        c.tried += 1;
        if out.contains(value) {
            if c.missed.len() < 6 {
                c.missed.push(out.to_string());
            }
        } else {
            c.found += 1;
        }
    }

    fn recall(&self, cell: &str) -> f64 {
        let c = &self.0[cell];
        c.found as f64 / c.tried as f64
    }

    fn print(&self, title: &str) {
        println!("\n{title}");
        println!(
            "{:<44} {:>6} {:>6} {:>7}",
            "cell", "found", "tried", "recall"
        );
        for (k, c) in &self.0 {
            println!(
                "{k:<44} {:>6} {:>6} {:>6.1}%",
                c.found,
                c.tried,
                100.0 * c.found as f64 / c.tried as f64
            );
            if std::env::var_os("PHONE_CLASS_MISSES").is_some() {
                for m in &c.missed {
                    println!("    miss: {m}");
                }
            }
        }
    }

    fn misses(&self, cell: &str) -> String {
        self.0[cell].missed.join("\n  ")
    }

    /// Fails unless every one of `cells` found at least `min` of its
    /// numbers, naming the cell and the numbers it missed.
    fn assert_recall(&self, cells: &[&str], min: f64) {
        for cell in cells {
            assert!(
                self.recall(cell) >= min,
                "{cell}: {:.3}\n  {}",
                self.recall(cell),
                self.misses(cell)
            );
        }
    }
}

/// Cue words of ten languages, as address books, case systems and
/// helpdesk tools write them before a number.
const CUES: [&str; 14] = [
    "tel", "phone", "mobile", "mobil", "puh.", "Handy", "móvil", "portable", "cell", "GSM",
    "telefon", "tlf", "tfn", "Tel.nr",
];

#[test]
fn numbers_of_thirty_countries_after_cue_words() {
    let syslog = common::engine("syslog");
    let mut t = Table::default();
    for x in examples() {
        for (form, v) in spellings(&x) {
            for cue in CUES {
                let rec = format!(
                    "<134>Mar  3 10:00:00 crm01 case[311]: Kontakt Anna ({cue} {v}) uppdaterad"
                );
                let cell = match std::env::var_os("PHONE_CLASS_COUNTRY") {
                    Some(_) => format!("cue/{form}/{}", x.id),
                    None => format!("cue/{form}"),
                };
                t.note(&cell, &v, &run(&syslog, &rec));
            }
        }
    }
    t.print("after a cue word (14 cues x 30 countries)");
    if std::env::var_os("PHONE_CLASS_COUNTRY").is_some() {
        return;
    }
    t.assert_recall(
        &[
            "cue/e164",
            "cue/00cc",
            "cue/intl-space",
            "cue/intl-nbsp",
            "cue/intl-nnbsp",
            "cue/intl-thin",
        ],
        0.95,
    );
    // National numbers: whatever a space finds, a no-break space or an en
    // dash finds too.
    for (typographic, ascii) in [
        ("cue/national-nbsp", "cue/national-space"),
        ("cue/national-nnbsp", "cue/national-space"),
        ("cue/national-thin", "cue/national-space"),
        ("cue/national-en-dash", "cue/national-dash"),
    ] {
        assert!(t.recall(typographic) >= t.recall(ascii), "{typographic}");
    }
    t.assert_recall(&["cue/national-space", "cue/national-dash"], 0.85);
}

/// Keys that name a call party's number in real products' records.
const PARTY_KEYS: [&str; 30] = [
    "Calling number",     // Webex Calling CDR
    "Called number",      // Webex Calling CDR
    "Dialed digits",      // Webex Calling CDR
    "Caller ID number",   // Webex Calling CDR
    "caller_number",      // Zoom Phone call logs
    "callee_number",      // Zoom Phone call logs
    "caller_ext_number",  // Zoom Phone call logs
    "callee_ext_number",  // Zoom Phone call logs
    "callerNumber",       // Teams PSTN and direct routing logs
    "calleeNumber",       // Teams PSTN and direct routing logs
    "from-no",            // 3CX CDR
    "to-no",              // 3CX CDR
    "dial-no",            // 3CX CDR
    "final-number",       // 3CX CDR
    "local_number",       // Voximplant call info
    "remote_number",      // Voximplant call info
    "callingPartyNumber", // CUCM and Avaya exports
    "calledPartyNumber",  // CUCM and Avaya exports
    "ani",                // contact centres (Genesys, Five9)
    "msisdn",             // SMS gateways
    "cgpn",               // SBC and ISDN traces
    "cdpn",               // SBC and ISDN traces
    "connected_number",   // Mitel, Avaya
    "extension",          // PBX user exports
    "ext",                // PBX user exports
    "directory_number",   // CUCM phone exports
    "Caller number",      // Grandstream UCM CDR
    "Callee number",      // Grandstream UCM CDR
    "dialed_num",         // Avaya CMS
    "did_number",         // Yeastar, Zoom
];

#[test]
fn numbers_under_keys_that_name_a_party() {
    let json = common::engine("json");
    let kv = common::engine("kv-cef");
    let mut t = Table::default();
    for x in examples() {
        let bare: String = x.national.chars().filter(char::is_ascii_digit).collect();
        let grouped = x.national.clone();
        let forms = [
            ("e164", x.e164.clone()),
            ("00cc", format!("00{}", &x.e164[1..])),
            ("cc-no-plus", x.e164[1..].to_string()),
            ("national-bare", bare),
            ("national-grouped", grouped),
        ];
        for (form, v) in &forms {
            for key in PARTY_KEYS {
                let rec = format!(r#"{{"id":"c-81f2","{key}":"{v}","duration":61}}"#);
                t.note(&format!("json/{form}"), v, &run(&json, &rec));
                if !v.contains(' ') {
                    let k = key.replace(' ', "_");
                    let rec = format!(
                        "CEF:0|Vendor|SBC|7.4|call|call end|3|act=end {k}={v} cn1=61 cn1Label=duration"
                    );
                    t.note(&format!("cef/{form}"), v, &run(&kv, &rec));
                }
            }
        }
        let _ = &x.cc;
    }
    // Internal extensions under the same keys.
    for ext in ["4291", "2605", "731", "10042", "52317"] {
        for key in PARTY_KEYS {
            if matches!(key, "msisdn" | "did_number") {
                continue;
            }
            let rec = format!(r#"{{"id":"c-81f2","{key}":"{ext}","duration":61}}"#);
            t.note("json/extension", &format!("\"{ext}\""), &run(&json, &rec));
            let k = key.replace(' ', "_");
            let rec = format!(
                "CEF:0|Vendor|SBC|7.4|call|call end|3|act=end {k}={ext} cn1=61 cn1Label=duration"
            );
            t.note("cef/extension", &format!("={ext} "), &run(&kv, &rec));
        }
    }
    t.print("under a party's key (30 keys x 30 countries)");
    t.assert_recall(
        &[
            "json/e164",
            "json/00cc",
            "json/cc-no-plus",
            "json/national-bare",
            "json/extension",
            "cef/e164",
            "cef/00cc",
            "cef/extension",
        ],
        0.95,
    );
}

#[test]
fn numbers_in_telephony_structures() {
    let syslog = common::engine("syslog");
    let mut t = Table::default();
    let mut note = |cell: &str, v: &str, rec: String| {
        let out = run(&syslog, &rec);
        t.note(cell, v, &out);
    };
    let mut values: Vec<(String, String)> = Vec::new();
    for x in examples() {
        values.push(("e164".into(), x.e164.clone()));
        values.push(("00cc".into(), format!("00{}", &x.e164[1..])));
        let bare: String = x.national.chars().filter(char::is_ascii_digit).collect();
        values.push(("national".into(), bare));
    }
    for ext in ["4291", "2605", "731", "10042"] {
        values.push(("extension".into(), ext.into()));
    }
    for (form, v) in &values {
        let pre = "<134>Mar  3 10:00:00 sbc01";
        note(
            &format!("sip-uri/{form}"),
            v,
            format!("{pre} kamailio[311]: INVITE sip:{v}@sip.example.net;user=phone SIP/2.0"),
        );
        note(
            &format!("tel-uri/{form}"),
            v,
            format!("{pre} sbc[311]: P-Asserted-Identity: <tel:{v};phone-context=example.net>"),
        );
        note(
            &format!("header-from/{form}"),
            v,
            format!(
                "{pre} opensips[311]: From: <sip:{v}@10.1.2.3:5060>;tag=8a1f To: <sip:7000@pbx.example.net>"
            ),
        );
        note(
            &format!("header-diversion/{form}"),
            v,
            format!(
                "{pre} sbc[311]: Diversion: <sip:{v}@pbx.example.net>;reason=unconditional;counter=1"
            ),
        );
        note(
            &format!("aor-pipe-domain/{form}"),
            v,
            format!(
                "{pre} [S=8500362] |CALL_START |SBC |2183391164@10.40.216.46 |2698818944 |LCL |10.40.80.100 |5060 |10.40.43.167 |5060 |TLS |{v}@example.se |{v}@example.se |"
            ),
        );
        note(
            &format!("aor-pipe-ip/{form}"),
            v,
            format!(
                "{pre} [S=8500362] |CALL_END |SBC |2183391164@10.40.216.46 |2698818944 |RMT |10.40.80.100 |5060 |10.40.43.167 |5060 |UDP |{v}@85.224.10.251 |"
            ),
        );
        note(
            &format!("channel/{form}"),
            v,
            format!(
                "{pre} asterisk[311]: -- Executing [s@macro-dial:1] Dial(\"PJSIP/{v}-0000001a\", \"PJSIP/trunk,30\")"
            ),
        );
        note(
            &format!("dial-string/{form}"),
            v,
            format!("{pre} asterisk[311]: -- Called PJSIP/{v}@trunk-telia"),
        );
    }
    t.print("in telephony structures (syslog)");
    t.assert_recall(
        &[
            "sip-uri/e164",
            "tel-uri/e164",
            "header-from/e164",
            "channel/extension",
            "aor-pipe-ip/extension",
            "aor-pipe-domain/extension",
            "tel-uri/extension",
        ],
        0.95,
    );
}

/// What is no one's number stays, under the same keys and in the same
/// structures: service and emergency numbers, queue numbers the record
/// names, ports, durations, counters, ids.
#[test]
fn look_alikes_stay() {
    let json = common::engine("json");
    let syslog = common::engine("syslog");
    let json_cases = [
        r#"{"Called number":"112","Calling number":"+46701740683"}"#,
        r#"{"Called number":"1177","Calling number":"+46701740683"}"#,
        r#"{"Called number":"116000","Calling number":"+46701740683"}"#,
        r#"{"Called number":"11414","Calling number":"+46701740683"}"#,
        r#"{"Called number":"90000","Calling number":"+46701740683"}"#,
        r#"{"callee_number":"911","caller_number":"+46701740683"}"#,
        r#"{"Redirecting number":"6090","Related reason":"CallQueue","Called number":"+46701740683"}"#,
        r#"{"duration":"4711","port":"5060","Called number":"+46701740683"}"#,
        r#"{"queue":"6001","hunt_pilot":"7000","Called number":"+46701740683"}"#,
        r#"{"ticket":"123456","count":"2331","Called number":"+46701740683"}"#,
    ];
    let mut kept = 0;
    let mut failed = Vec::new();
    for rec in json_cases {
        let out = run(&json, rec);
        let (a, b) = (rec.find("\":\"").unwrap() + 3, rec.find("\",").unwrap());
        let first = &rec[a..b];
        if out.contains(&format!("\"{first}\"")) {
            kept += 1;
        } else {
            failed.push(out);
        }
    }
    let pre = "<134>Mar  3 10:00:00 sbc01";
    let text_cases = [
        (
            format!("{pre} app[2331]: processed 4711 records in 2605 ms"),
            &["2331", "4711", "2605"][..],
        ),
        (
            format!(
                "{pre} sbc[311]: |CALL_END |SBC |2183391164@10.40.216.46 |5060 |UDP |1177@example.se |"
            ),
            &["5060", "1177@"][..],
        ),
        (
            format!(
                "{pre} sbc[311]: |CALL_END |SBC |UDP |116 111@192.0.2.12 |020-120 1000@192.0.2.13 |"
            ),
            &["116 111@", "020-120 1000@"][..],
        ),
        (
            format!("{pre} kamailio[311]: INVITE sip:112@sip.example.net SIP/2.0"),
            &["sip:112@"][..],
        ),
        (
            format!("{pre} helpdesk[311]: ticket 4291 closed, tel 112"),
            &["4291", "112"][..],
        ),
    ];
    for (rec, vs) in &text_cases {
        let out = run(&syslog, rec);
        for v in *vs {
            if out.contains(v) {
                kept += 1;
            } else {
                failed.push(format!("{v}: {out}"));
            }
        }
    }
    println!("\nlook-alikes kept: {kept}");
    assert!(failed.is_empty(), "replaced:\n  {}", failed.join("\n  "));
}
