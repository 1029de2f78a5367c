//! Property tests shared by every format: byte-exact re-encoding, escape
//! round trips, offset mapping through escapes, and no panics on any input.

use std::borrow::Cow;

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

use super::{Field, Format, Style, cef, encode, json, kv, syslog, unescape_backslash};

/// Decodes a raw body (the bytes between a quoted style's quotes, or the
/// whole raw otherwise) the way the decoders do.
fn unescape_body(style: Style, body: &str) -> String {
    match style {
        Style::CsvQuoted => body.replace("\"\"", "\""),
        Style::JsonString => json::unescape(body),
        Style::KvQuoted(b'\'') => unescape_backslash(body, kv::map_single).into_owned(),
        Style::KvQuoted(_) => unescape_backslash(body, kv::map_double).into_owned(),
        Style::CefHeader => unescape_backslash(body, cef::map_header).into_owned(),
        Style::CefExtension => unescape_backslash(body, cef::map_ext).into_owned(),
        Style::SdParam => unescape_backslash(body, syslog::map_sd).into_owned(),
        Style::Bare | Style::CsvBare | Style::KvBare | Style::JsonScalar => body.to_owned(),
    }
}

/// Invariants every decoded record must hold, canonical or not.
fn check_fields(rec: &[u8], fields: &[Field<'_>]) {
    for f in fields {
        assert!(
            f.raw.start <= f.raw.end && f.raw.end <= rec.len(),
            "{}",
            f.name
        );
        assert!(f.remove.start <= f.remove.end && f.remove.end <= rec.len());
        assert!(f.remove.start <= f.raw.start && f.raw.end <= f.remove.end);
        let body = f.body();
        assert!(f.raw.start <= body.start && body.end <= f.raw.end);
        if let Cow::Borrowed(v) = &f.value {
            assert_eq!(v.as_bytes(), &rec[body.clone()], "{}", f.name);
        }
        let mut last = body.start;
        for (i, _) in f
            .value
            .char_indices()
            .chain(std::iter::once((f.value.len(), ' ')))
        {
            let p = f.record_offset(rec, i);
            assert!(p >= last && p <= body.end, "{}: {i} -> {p}", f.name);
            last = p;
            let prefix = std::str::from_utf8(&rec[body.start..p]).expect("prefix is utf-8");
            assert_eq!(unescape_body(f.style, prefix), &f.value[..i], "{}", f.name);
        }
        assert_eq!(f.record_offset(rec, f.value.len()), body.end, "{}", f.name);
    }
}

/// Re-encoding every field with its own style and decoding again gives the
/// same fields, whatever escaping the source used.
fn check_reencode_stable(fmt: &Format, rec: &[u8], fields: &[Field<'_>]) {
    let mut sorted: Vec<&Field<'_>> = fields.iter().collect();
    sorted.sort_by_key(|f| f.raw.start);
    let mut spliced = Vec::with_capacity(rec.len());
    let mut at = 0;
    for f in sorted {
        spliced.extend_from_slice(&rec[at..f.raw.start]);
        encode(f.style, &f.value, &mut spliced);
        at = f.raw.end;
    }
    spliced.extend_from_slice(&rec[at..]);
    let mut again = Vec::new();
    fmt.decode(&spliced, &mut again)
        .expect("re-encoded record decodes");
    assert_eq!(names_values(fields), names_values(&again));
}

/// For a record written in canonical escaping: every field re-encodes to its
/// raw bytes, and splicing them all back gives the record.
fn check_canonical(rec: &[u8], fields: &[Field<'_>]) {
    check_fields(rec, fields);
    let mut sorted: Vec<&Field<'_>> = fields.iter().collect();
    sorted.sort_by_key(|f| f.raw.start);
    let mut spliced = Vec::with_capacity(rec.len());
    let mut at = 0;
    for f in sorted {
        let mut enc = Vec::new();
        encode(f.style, &f.value, &mut enc);
        assert_eq!(enc, &rec[f.raw.clone()], "{}", f.name);
        spliced.extend_from_slice(&rec[at..f.raw.start]);
        spliced.extend_from_slice(&enc);
        at = f.raw.end;
    }
    spliced.extend_from_slice(&rec[at..]);
    assert_eq!(spliced, rec);
}

fn enc(style: Style, v: &str) -> String {
    let mut o = Vec::new();
    encode(style, v, &mut o);
    String::from_utf8(o).expect("encoders keep utf-8")
}

/// Strings heavy in the bytes the formats care about.
fn text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        '"', '\'', '\\', ',', '=', '|', ' ', ' ', '\t', '\n', '\r', '[', ']', '{', '}', ':', '<',
        '>', 'n', 'r', 'u', '0', 'a', 'é', '😀', '\u{1}', '\u{feff}',
    ]);
    prop::collection::vec(prop_oneof![3 => special, 1 => any::<char>()], 0..24)
        .prop_map(String::from_iter)
}

/// Arbitrary bytes, mostly drawn from format punctuation.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let punct =
        prop::sample::select(b"\"'\\,=|: []{}<>-+.0123456789aeflnrstuCEFJM\t\xc3\xa9\xff".to_vec());
    prop::collection::vec(prop_oneof![4 => punct, 1 => any::<u8>()], 0..80)
}

fn decode<'a>(fmt: &'a Format, rec: &'a [u8]) -> Vec<Field<'a>> {
    let mut out = Vec::new();
    fmt.decode(rec, &mut out).expect("generated record decodes");
    out
}

fn csv_format(n: usize) -> Format {
    Format::Csv {
        columns: (0..n).map(|i| format!("c{i}")).collect(),
        column_counts: vec![n],
    }
}

#[derive(Clone, Debug)]
enum Json {
    Obj(Vec<(String, Json)>),
    Arr(Vec<Json>),
    Str(String),
    Num(String),
    Lit(&'static str),
}

fn json_tree() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        text().prop_map(Json::Str),
        any::<i64>().prop_map(|n| Json::Num(n.to_string())),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| Json::Num(format!("{f:e}"))),
        prop::sample::select(vec!["true", "false", "null"]).prop_map(Json::Lit),
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec((text(), inner.clone()), 0..4).prop_map(Json::Obj),
            prop::collection::vec(inner, 0..4).prop_map(Json::Arr),
        ]
    })
}

/// Serialises `j` with `ws` between tokens, collecting the expected leaves.
fn write_json(
    j: &Json,
    path: &str,
    ws: &str,
    out: &mut String,
    leaves: &mut Vec<(String, String)>,
) {
    match j {
        Json::Obj(members) => {
            out.push('{');
            for (k, (key, v)) in members.iter().enumerate() {
                if k > 0 {
                    out.push(',');
                }
                out.push_str(ws);
                out.push_str(&enc(Style::JsonString, key));
                out.push_str(ws);
                out.push(':');
                out.push_str(ws);
                let p = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                write_json(v, &p, ws, out, leaves);
                out.push_str(ws);
            }
            out.push('}');
        }
        Json::Arr(items) => {
            out.push('[');
            for (k, v) in items.iter().enumerate() {
                if k > 0 {
                    out.push(',');
                }
                out.push_str(ws);
                write_json(v, &format!("{path}[]"), ws, out, leaves);
            }
            out.push(']');
        }
        Json::Str(s) => {
            out.push_str(&enc(Style::JsonString, s));
            leaves.push((path.to_owned(), s.clone()));
        }
        Json::Num(n) => {
            out.push_str(n);
            leaves.push((path.to_owned(), n.clone()));
        }
        Json::Lit(l) => {
            out.push_str(l);
            leaves.push((path.to_owned(), (*l).to_owned()));
        }
    }
}

fn names_values(fields: &[Field<'_>]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|f| (f.name.to_string(), f.value.to_string()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        // Keep shrunk failures beside this file (`proptests.regressions`).
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn csv_rows_reencode_exactly(cells in prop::collection::vec((text(), any::<bool>()), 1..8)) {
        let rec = cells
            .iter()
            .map(|(v, q)| enc(if *q { Style::CsvQuoted } else { Style::CsvBare }, v))
            .collect::<Vec<_>>()
            .join(",");
        let fmt = csv_format(cells.len());
        let fields = decode(&fmt, rec.as_bytes());
        let values: Vec<&str> = fields.iter().map(|f| f.value.as_ref()).collect();
        let want: Vec<&str> = cells.iter().map(|(v, _)| v.as_str()).collect();
        prop_assert_eq!(values, want);
        check_canonical(rec.as_bytes(), &fields);
    }

    #[test]
    fn json_objects_reencode_exactly(
        members in prop::collection::vec((text(), json_tree()), 0..5),
        ws in prop::sample::select(vec!["", " ", "\t", " \r\n "]),
    ) {
        let mut rec = String::new();
        let mut leaves = Vec::new();
        write_json(&Json::Obj(members), "", ws, &mut rec, &mut leaves);
        let fields = decode(&Format::Json, rec.as_bytes());
        prop_assert_eq!(names_values(&fields), leaves);
        check_canonical(rec.as_bytes(), &fields);
        let oracle: serde_json::Value = serde_json::from_str(&rec).expect("oracle parses");
        prop_assert!(oracle.is_object());
        for f in &fields {
            let left = format!("{}{}", &rec[..f.remove.start], &rec[f.remove.end..]);
            let parsed: Result<serde_json::Value, _> = serde_json::from_str(&left);
            prop_assert!(parsed.is_ok(), "dropping {} leaves {}", f.name, left);
        }
    }

    #[test]
    fn kv_pairs_reencode_exactly(
        pairs in prop::collection::vec(("[a-z_][a-z0-9_.]{0,6}", text(), 0u8..3), 0..6),
        sep in prop::sample::select(vec![" ", "  ", "\t", " \t "]),
    ) {
        let rec = pairs
            .iter()
            .map(|(k, v, s)| {
                let style = match s { 0 => Style::KvBare, 1 => Style::KvQuoted(b'"'), _ => Style::KvQuoted(b'\'') };
                format!("{k}={}", enc(style, v))
            })
            .collect::<Vec<_>>()
            .join(sep);
        let fields = decode(&Format::Kv, rec.as_bytes());
        let want: Vec<(String, String)> = pairs.iter().map(|(k, v, _)| (k.clone(), v.clone())).collect();
        prop_assert_eq!(names_values(&fields), want);
        check_canonical(rec.as_bytes(), &fields);
    }

    #[test]
    fn cef_records_reencode_exactly(
        header in prop::collection::vec(text(), 7),
        ext in prop::collection::vec(("[a-zA-Z][a-zA-Z0-9]{0,6}", text()), 0..5),
    ) {
        let mut rec = String::from("CEF:");
        for h in &header {
            rec.push_str(&enc(Style::CefHeader, h));
            rec.push('|');
        }
        rec.push_str(
            &ext.iter()
                .map(|(k, v)| format!("{k}={}", enc(Style::CefExtension, v)))
                .collect::<Vec<_>>()
                .join(" "),
        );
        // A header value holding `CEF:` would move the header start.
        prop_assume!(!header.iter().any(|h| h.contains("CEF:")));
        let fields = decode(&Format::Cef, rec.as_bytes());
        let mut want: Vec<(String, String)> = cef::HEADER
            .iter()
            .zip(&header)
            .map(|(n, v)| ((*n).to_owned(), v.clone()))
            .collect();
        want.extend(ext.iter().cloned());
        prop_assert_eq!(names_values(&fields), want);
        check_canonical(rec.as_bytes(), &fields);
    }

    #[test]
    fn rfc5424_records_reencode_exactly(
        host in "[a-z0-9][a-z0-9.]{0,8}",
        app in "[a-z][a-z0-9/]{0,8}",
        sd in prop::collection::vec(("[a-z]{1,4}(@[0-9]{1,5})?", prop::collection::vec(("[a-z]{1,5}", text()), 0..3)), 0..3),
        bom in any::<bool>(),
        msg in text(),
    ) {
        // A MSG that starts with a BOM has it taken as the BOM.
        prop_assume!(!msg.starts_with('\u{feff}'));
        let mut rec = format!("<13>1 2026-03-01T09:15:02Z {host} {app} - ID1 ");
        let mut want = vec![
            ("hostname".to_owned(), host.clone()),
            ("app".to_owned(), app.clone()),
            ("msgid".to_owned(), "ID1".to_owned()),
        ];
        if sd.is_empty() {
            rec.push('-');
        }
        for (id, params) in &sd {
            rec.push('[');
            rec.push_str(id);
            for (p, v) in params {
                rec.push_str(&format!(" {p}={}", enc(Style::SdParam, v)));
                want.push((format!("sd.{id}.{p}"), v.clone()));
            }
            rec.push(']');
        }
        rec.push(' ');
        if bom {
            rec.push('\u{feff}');
        }
        rec.push_str(&msg);
        if !msg.is_empty() {
            want.push(("msg".to_owned(), msg.clone()));
        }
        let fields = decode(&Format::Syslog, rec.as_bytes());
        prop_assert_eq!(names_values(&fields), want);
        check_canonical(rec.as_bytes(), &fields);
    }

    #[test]
    fn rfc3164_records_reencode_exactly(
        pri in any::<bool>(),
        day in 1u8..=31,
        host in "[a-z0-9][a-z0-9.-]{0,8}",
        tag in "[a-z][a-z0-9/()._-]{0,10}",
        pid in prop::option::of(1u32..99999),
        msg in text(),
    ) {
        let mut rec = String::new();
        if pri {
            rec.push_str("<38>");
        }
        rec.push_str(&format!("Mar {day:>2} 09:15:02 {host} {tag}"));
        let mut want = vec![("hostname".to_owned(), host.clone()), ("app".to_owned(), tag.clone())];
        if let Some(pid) = pid {
            rec.push_str(&format!("[{pid}]"));
            want.push(("procid".to_owned(), pid.to_string()));
        }
        rec.push_str(": ");
        rec.push_str(&msg);
        if !msg.is_empty() {
            want.push(("msg".to_owned(), msg.clone()));
        }
        let fields = decode(&Format::Syslog, rec.as_bytes());
        prop_assert_eq!(names_values(&fields), want);
        check_canonical(rec.as_bytes(), &fields);
    }

    #[test]
    fn every_style_round_trips_one_field(v in text()) {
        let one = |fmt: &Format, rec: &str, name: &str| -> String {
            let fields = decode(fmt, rec.as_bytes());
            check_fields(rec.as_bytes(), &fields);
            let f = fields.iter().find(|f| f.name == name).expect("field present");
            f.value.to_string()
        };
        prop_assert_eq!(one(&Format::Plain, &v, "text"), v.clone());
        for style in [Style::CsvQuoted, Style::CsvBare] {
            prop_assert_eq!(one(&csv_format(1), &enc(style, &v), "c0"), v.clone());
        }
        for style in [Style::JsonString, Style::JsonScalar] {
            prop_assert_eq!(one(&Format::Json, &format!("{{\"k\":{}}}", enc(style, &v)), "k"), v.clone());
        }
        for style in [Style::KvBare, Style::KvQuoted(b'"'), Style::KvQuoted(b'\'')] {
            prop_assert_eq!(one(&Format::Kv, &format!("k={}", enc(style, &v)), "k"), v.clone());
        }
        let rec = format!("CEF:0|{}|p|1|s|n|5|", enc(Style::CefHeader, &v));
        prop_assume!(!v.contains("CEF:"));
        prop_assert_eq!(one(&Format::Cef, &rec, "cef.vendor"), v.clone());
        let rec = format!("CEF:0|v|p|1|s|n|5|k={} z=1", enc(Style::CefExtension, &v));
        prop_assert_eq!(one(&Format::Cef, &rec, "k"), v.clone());
        prop_assert_eq!(one(&Format::Cef, &rec, "z"), "1");
        let rec = format!("<13>1 - h a - - [x p={}] m", enc(Style::SdParam, &v));
        prop_assert_eq!(one(&Format::Syslog, &rec, "sd.x.p"), v.clone());
    }

    #[test]
    fn decoders_never_panic(rec in bytes()) {
        for fmt in [Format::Plain, Format::Syslog, csv_format(3), Format::Json, Format::Kv, Format::Cef] {
            let mut out = Vec::new();
            if fmt.decode(&rec, &mut out).is_ok() {
                check_fields(&rec, &out);
                check_reencode_stable(&fmt, &rec, &out);
            }
        }
    }

    #[test]
    fn decoders_never_panic_on_text(rec in text()) {
        for fmt in [Format::Syslog, csv_format(2), Format::Json, Format::Kv, Format::Cef] {
            let mut out = Vec::new();
            if fmt.decode(rec.as_bytes(), &mut out).is_ok() {
                check_fields(rec.as_bytes(), &out);
                check_reencode_stable(&fmt, rec.as_bytes(), &out);
            }
        }
    }
}
