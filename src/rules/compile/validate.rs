//! [`compile`]: parse a pack file and validate it whole, every problem
//! reported at once; its header, columns and domains.

use super::category::{kinds_of, validate_category};
use super::collect::{Collector, suggest};
use super::error::RuleError;
use super::pack::{
    Binding, CatId, Category, Encoding, Expect, Follow, Headers, KeepIf, KeepWhen, OperatorSpec,
    Pack, TestCase,
};
use super::template::placeholders;
use crate::detect::{Builtin, Checksum, CustomDetector, DetectorConfig, Kind};
use crate::format::Format;
use crate::rules::shape::Shape;
use crate::rules::spec::{BindingSpec, PackHeader, PackSpec, ShapeSpec};
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// The fields a syslog record has, for checking bindings.
const SYSLOG_FIELDS: [&str; 5] = ["hostname", "app", "procid", "msgid", "msg"];

/// Parses and validates one pack file. `file` names it in errors.
pub fn compile(file: &str, src: &str) -> Result<Pack, Vec<RuleError>> {
    compile_with(file, src, true)
}

/// [`compile`], building the pack's regular expressions to check them only
/// when `patterns` is set.
pub(crate) fn compile_with(file: &str, src: &str, patterns: bool) -> Result<Pack, Vec<RuleError>> {
    let mut c = Collector {
        lines: std::cell::Cell::new((0, 0)),
        file,
        src,
        errors: Vec::new(),
        broken: Vec::new(),
        patterns,
    };
    let spec: PackSpec = match toml::from_str(src) {
        Ok(s) => s,
        Err(e) => {
            let line = e.span().map(|s| c.line_of(s.start));
            c.errors.push(RuleError {
                file: file.to_string(),
                line,
                rule: String::new(),
                message: e.message().trim_end().to_string(),
            });
            return Err(c.errors);
        }
    };
    let pack = validate(&mut c, spec);
    if c.errors.is_empty() {
        pack.ok_or(c.errors)
    } else {
        // In file order, each once (a test case can repeat a placeholder).
        c.errors.sort_by_key(|e| e.line);
        c.errors
            .dedup_by(|a, b| (a.line, &a.rule, &a.message) == (b.line, &b.rule, &b.message));
        Err(c.errors)
    }
}

fn validate(c: &mut Collector<'_>, spec: PackSpec) -> Option<Pack> {
    let header = &spec.pack;
    let default_domain = header
        .domain
        .as_ref()
        .map(|d| d.get_ref().clone())
        .unwrap_or_else(|| "siem".to_string());
    if let Some(d) = &header.domain {
        check_domain(c, d, "pack.domain");
    }

    // Format.
    let format = match header.format.get_ref().as_str() {
        "plain" => Some(Format::Plain),
        "syslog" => Some(Format::Syslog),
        "json" => Some(Format::Json),
        "kv" => Some(Format::Kv),
        "cef" => Some(Format::Cef),
        "csv" => match &header.columns {
            Some(cols) if !cols.get_ref().is_empty() => {
                let columns = cols.get_ref().clone();
                let mut seen = BTreeSet::new();
                for col in &columns {
                    if !seen.insert(col.as_str()) {
                        c.at(
                            Some(cols.span()),
                            "pack.columns",
                            format!("column {col:?} appears twice"),
                        );
                    }
                }
                let column_counts = column_counts(c, header, columns.len());
                Some(Format::Csv {
                    columns,
                    column_counts,
                })
            }
            _ => {
                c.at(
                    Some(header.format.span()),
                    "pack.columns",
                    "format \"csv\" needs a non-empty `columns` list",
                );
                None
            }
        },
        other => {
            let hint = suggest(other, ["plain", "syslog", "csv", "json", "kv", "cef"]);
            c.at(
                Some(header.format.span()),
                "pack.format",
                format!("unknown format {other:?}{hint}"),
            );
            None
        }
    };
    let is_csv = matches!(format, Some(Format::Csv { .. }) | None);
    let headers = headers(c, header, is_csv);
    for (key, given) in [
        (
            "pack.column_counts",
            header.column_counts.as_ref().map(|s| s.span()),
        ),
        (
            "pack.min_columns",
            header.min_columns.as_ref().map(|s| s.span()),
        ),
    ] {
        if given.is_some() && !is_csv {
            c.at(given, key, "only csv packs have columns");
        }
    }
    if header.columns.is_some() && !matches!(format, Some(Format::Csv { .. }) | None) {
        let span = header.columns.as_ref().map(|s| s.span());
        c.at(span, "pack.columns", "only csv packs have columns");
    }
    let name = header.name.get_ref().clone();
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        c.at(
            Some(header.name.span()),
            "pack.name",
            "must be letters, digits, '-' or '_'",
        );
    }

    // Categories.
    let mut categories = Vec::new();
    let mut custom_index: u16 = 0;
    for (cat_name, cat) in &spec.categories {
        let rule = format!("categories.{}", cat_name.get_ref());
        let kind = match Kind::from_name(cat_name.get_ref()) {
            Some(k) => k,
            None => {
                let valid = !cat_name.get_ref().is_empty()
                    && cat_name
                        .get_ref()
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
                if !valid {
                    c.at(
                        Some(cat_name.span()),
                        &rule,
                        "category names are lower-case letters, digits and '_'",
                    );
                }
                if cat.prefix.is_none() && cat.operator.get_ref() == "pseudonym" {
                    let hint = suggest(cat_name.get_ref(), Kind::BUILTIN.iter().map(|k| k.name()));
                    c.at(
                        Some(cat_name.span()),
                        &rule,
                        format!("custom category needs a `prefix` for its tokens{hint}"),
                    );
                }
                let k = Kind::Custom(custom_index);
                custom_index += 1;
                k
            }
        };
        match validate_category(c, &rule, kind, cat, &default_domain) {
            Some(policy) => categories.push(Category {
                name: cat_name.get_ref().clone(),
                ..policy
            }),
            None => c.broken.push(cat_name.get_ref().clone()),
        }
    }
    let cat_id = |name: &str| -> Option<CatId> {
        categories
            .iter()
            .position(|c| c.name == name)
            .and_then(|i| CatId::try_from(i).ok())
    };
    let cat_names: Vec<String> = categories.iter().map(|c| c.name.clone()).collect();
    let missing_cat = |name: &str| -> String {
        let builtin = Kind::BUILTIN.iter().map(|k| k.name());
        let hint = suggest(name, cat_names.iter().map(String::as_str).chain(builtin));
        if Kind::from_name(name).is_some() {
            format!("category {name:?} has no [categories.{name}] policy")
        } else {
            format!("unknown category {name:?}{hint}")
        }
    };

    // Field names, where the format fixes them.
    let known_field = |f: &str| -> bool {
        match &format {
            Some(Format::Csv { columns, .. }) => columns.iter().any(|c| c == f),
            Some(Format::Plain) => f == "text",
            Some(Format::Syslog) => SYSLOG_FIELDS.contains(&f) || f.starts_with("sd."),
            _ => true,
        }
    };
    let field_options = |format: &Option<Format>| -> Vec<String> {
        match format {
            Some(Format::Csv { columns, .. }) => columns.clone(),
            Some(Format::Plain) => vec!["text".into()],
            Some(Format::Syslog) => SYSLOG_FIELDS.iter().map(|s| s.to_string()).collect(),
            _ => Vec::new(),
        }
    };

    // Bindings.
    let mut bindings = BTreeMap::new();
    for (field, binding) in &spec.fields {
        let rule = format!("fields.{}", field.get_ref());
        if !known_field(field.get_ref()) {
            let opts = field_options(&format);
            let hint = suggest(field.get_ref(), opts.iter().map(String::as_str));
            c.at(
                Some(field.span()),
                &rule,
                format!("unknown field {:?}{hint}", field.get_ref()),
            );
        }
        let (target, encoding) = match binding.get_ref() {
            BindingSpec::Name(n) => (n.as_str(), None),
            BindingSpec::Table(t) => (t.category.as_str(), t.encoding.as_deref()),
        };
        let encoding = match encoding {
            None | Some("text") => Encoding::Text,
            Some("int32-le") => Encoding::Int32Le,
            Some(other) => {
                c.at(
                    Some(binding.span()),
                    &rule,
                    format!("unknown encoding {other:?} (use \"text\" or \"int32-le\")"),
                );
                Encoding::Text
            }
        };
        let b = match target {
            "keep" => Some(Binding::Keep),
            "scan" => Some(Binding::Scan),
            "caller-id" => {
                let name = cat_id("person_name");
                let number = cat_id("phone");
                if name.is_none() {
                    c.at(Some(binding.span()), &rule, missing_cat("person_name"));
                }
                if number.is_none() {
                    c.at(Some(binding.span()), &rule, missing_cat("phone"));
                }
                name.zip(number)
                    .map(|(name, number)| Binding::CallerId { name, number })
            }
            cat => match cat_id(cat) {
                Some(id) => Some(Binding::Category { cat: id, encoding }),
                None => {
                    c.at(Some(binding.span()), &rule, missing_cat(cat));
                    None
                }
            },
        };
        if encoding == Encoding::Int32Le {
            let ok = matches!(b, Some(Binding::Category { cat, .. })
                if categories[cat as usize].kind == Kind::Ipv4
                    && matches!(categories[cat as usize].operator, OperatorSpec::IpPrefix | OperatorSpec::Keep));
            if !ok {
                c.at(
                    Some(binding.span()),
                    &rule,
                    "encoding \"int32-le\" is only for ipv4 categories with operator \"ip-prefix\" or \"keep\"",
                );
            }
        }
        if let Some(b) = b {
            bindings.insert(field.get_ref().clone(), b);
        }
    }

    // Text detectors: every one unless the pack lists fewer.
    let mut detectors = DetectorConfig::default();
    let all = Builtin::ALL.map(Builtin::name);
    let implicit = spec.scan.detectors.is_none();
    let det_span = spec.scan.detectors.as_ref().map(|d| d.span());
    let names: Vec<&str> = match &spec.scan.detectors {
        None => all.to_vec(),
        Some(d) => d
            .get_ref()
            .iter()
            .flat_map(|n| match n.as_str() {
                "all" => all.to_vec(),
                n => vec![n],
            })
            .collect(),
    };
    for name in names {
        match Builtin::from_name(name) {
            Some(b) => {
                if detectors.builtins.contains(&b) {
                    c.at(
                        det_span.clone(),
                        "scan.detectors",
                        format!("detector {name:?} listed twice"),
                    );
                    continue;
                }
                for kind in kinds_of(b) {
                    let policy = |k: Kind| cat_id(k.name()).is_some();
                    if !policy(*kind) && !kind.falls_back_to().is_some_and(policy) {
                        let how = if implicit {
                            " (scan.detectors defaults to every detector: add the policy, or list the detectors to run)"
                        } else {
                            ""
                        };
                        c.at(
                            det_span.clone(),
                            "scan.detectors",
                            format!(
                                "detector {name:?} finds {kind} but the pack has no [categories.{kind}] policy{how}"
                            ),
                        );
                    }
                }
                detectors.builtins.push(b);
            }
            None => {
                let hint = suggest(name, Builtin::ALL.iter().map(|b| b.name()));
                c.at(
                    det_span.clone(),
                    "scan.detectors",
                    format!("unknown detector {name:?}{hint}"),
                );
            }
        }
    }
    for (i, d) in spec.detectors.iter().enumerate() {
        let rule = format!("detectors[{i}]");
        let kind = match cat_id(d.category.get_ref()) {
            Some(id) => Some(categories[id as usize].kind),
            None => {
                c.at(
                    Some(d.category.span()),
                    &rule,
                    missing_cat(d.category.get_ref()),
                );
                None
            }
        };
        let built = || {
            regex::RegexBuilder::new(d.pattern.get_ref())
                .size_limit(1 << 20)
                .dfa_size_limit(1 << 20)
                .build()
        };
        if let Some(Err(e)) = c.patterns.then(built) {
            let msg = e.to_string();
            let last = msg.lines().last().unwrap_or("").trim().to_string();
            c.at(
                Some(d.pattern.span()),
                &rule,
                format!("invalid pattern: {last}"),
            );
        }
        let checksum = match &d.checksum {
            None => None,
            Some(s) => match Checksum::from_name(s.get_ref()) {
                Some(ck) => Some(ck),
                None => {
                    c.at(
                        Some(s.span()),
                        &rule,
                        format!("unknown checksum {:?} (use \"luhn\")", s.get_ref()),
                    );
                    None
                }
            },
        };
        if let Some(kind) = kind {
            detectors.custom.push(CustomDetector {
                kind,
                pattern: d.pattern.get_ref().clone(),
                checksum,
            });
        }
    }

    // Scan fields.
    let scan_fields = spec.scan.fields.as_ref().map(|fields| {
        let mut set = BTreeSet::new();
        for f in fields.get_ref() {
            if !known_field(f) {
                let opts = field_options(&format);
                let hint = suggest(f, opts.iter().map(String::as_str));
                c.at(
                    Some(fields.span()),
                    "scan.fields",
                    format!("unknown field {f:?}{hint}"),
                );
            }
            if bindings.contains_key(f) {
                c.at(
                    Some(fields.span()),
                    "scan.fields",
                    format!("field {f:?} is bound in [fields]; bind it to \"scan\" instead"),
                );
            }
            set.insert(f.clone());
        }
        set
    });

    // The memory of values found on strong evidence.
    let memory = match &spec.scan.memory {
        Some(m) if *m.get_ref() > MAX_MEMORY => {
            c.at(
                Some(m.span()),
                "scan.memory",
                format!("at most {MAX_MEMORY} values, not {}", m.get_ref()),
            );
            0
        }
        Some(m) => *m.get_ref(),
        // Off unless asked for: see `detect::memory::SUGGESTED_CAPACITY`.
        None => 0,
    };

    // Shapes.
    let mut shapes = BTreeMap::new();
    for (column, spec) in &spec.shapes {
        let rule = format!("shapes.{}", column.get_ref());
        if !is_csv {
            c.at(Some(column.span()), &rule, "only csv packs have shapes");
        } else if !known_field(column.get_ref()) {
            let opts = field_options(&format);
            let hint = suggest(column.get_ref(), opts.iter().map(String::as_str));
            c.at(
                Some(column.span()),
                &rule,
                format!("unknown column {:?}{hint}", column.get_ref()),
            );
        }
        let shape = match spec.get_ref() {
            ShapeSpec::Name(n) => Shape::from_name(n).or_else(|| {
                let hint = suggest(n, Shape::NAMES);
                c.at(
                    Some(spec.span()),
                    &rule,
                    format!(
                        "unknown shape {n:?}{hint} (use {}, or a list of values)",
                        Shape::NAMES.join(", ")
                    ),
                );
                None
            }),
            ShapeSpec::OneOf(values) if values.is_empty() => {
                c.at(
                    Some(spec.span()),
                    &rule,
                    "a list of values needs at least one",
                );
                None
            }
            ShapeSpec::OneOf(values) => Some(Shape::OneOf(values.clone())),
        };
        if let Some(shape) = shape {
            shapes.insert(column.get_ref().clone(), shape);
        }
    }

    // Fields kept by what another field says.
    let mut keep_when = Vec::new();
    for (k, kw) in spec.keep_when.iter().enumerate() {
        let rule = format!("keep_when[{k}]");
        let mut ok = true;
        let deciding = (kw.field.iter().chain(&kw.equals))
            .chain(&kw.unless_in)
            .chain(&kw.only_in)
            .chain(&kw.unless_field);
        let named = kw.fields.get_ref().iter().map(|f| (f, kw.fields.span()));
        let also = kw
            .also
            .iter()
            .flat_map(|a| a.get_ref().iter().map(|f| (f, a.span())));
        let named = named.chain(also);
        for (f, span) in named.chain(deciding.map(|d| (d.get_ref(), d.span()))) {
            if !known_field(f) {
                let opts = field_options(&format);
                let hint = suggest(f, opts.iter().map(String::as_str));
                c.at(Some(span), &rule, format!("unknown field {f:?}{hint}"));
                ok = false;
            }
        }
        if kw.fields.get_ref().is_empty() {
            c.at(
                Some(kw.fields.span()),
                &rule,
                "keep_when needs at least one field to keep",
            );
            ok = false;
        }
        if let Some(also) = &kw.also {
            if let Some(f) = (also.get_ref().iter()).find(|f| kw.fields.get_ref().contains(f)) {
                c.at(
                    Some(also.span()),
                    &rule,
                    format!("also names {f:?}, a field that keep_when already keeps"),
                );
                ok = false;
            }
        }
        if kw.unless_field.is_some() != kw.unless_matches.is_some() {
            c.at(
                Some(kw.fields.span()),
                &rule,
                "unless_field and unless_matches go together",
            );
            ok = false;
        }
        for pattern in (kw.matches.iter().chain(&kw.value_matches)).chain(&kw.unless_matches) {
            if let Some(Err(e)) = c.patterns.then(|| keep_pattern(pattern.get_ref())) {
                let msg = e.to_string();
                let last = msg.lines().last().unwrap_or("").trim().to_string();
                c.at(
                    Some(pattern.span()),
                    &rule,
                    format!("invalid pattern: {last}"),
                );
                ok = false;
            }
        }
        let when = match (&kw.field, &kw.values, &kw.matches, &kw.equals) {
            (Some(field), Some(values), None, None) if !values.get_ref().is_empty() => {
                Some(KeepIf::Holds {
                    field: field.get_ref().clone(),
                    values: values.get_ref().clone(),
                })
            }
            (Some(field), None, Some(pattern), None) => Some(KeepIf::Matches {
                field: field.get_ref().clone(),
                pattern: pattern.get_ref().clone(),
            }),
            (None, None, None, Some(equals)) => {
                if kw.fields.get_ref().contains(equals.get_ref()) {
                    c.at(
                        Some(equals.span()),
                        &rule,
                        "equals names a field that keep_when also keeps",
                    );
                    ok = false;
                }
                Some(KeepIf::Equals(equals.get_ref().clone()))
            }
            _ => {
                c.at(
                    Some(kw.fields.span()),
                    &rule,
                    "keep_when needs either `field` with at least one of `values` or a `matches` pattern, or `equals`",
                );
                None
            }
        };
        if let (true, Some(when)) = (ok, when) {
            keep_when.push(KeepWhen {
                fields: kw.fields.get_ref().clone(),
                when,
                unless_in: kw.unless_in.as_ref().map(|u| u.get_ref().clone()),
                only_in: kw.only_in.as_ref().map(|u| u.get_ref().clone()),
                value_matches: kw.value_matches.as_ref().map(|v| v.get_ref().clone()),
                unless: kw
                    .unless_field
                    .as_ref()
                    .zip(kw.unless_matches.as_ref())
                    .map(|(f, p)| (f.get_ref().clone(), p.get_ref().clone())),
                also: kw
                    .also
                    .as_ref()
                    .map(|a| a.get_ref().clone())
                    .unwrap_or_default(),
            });
        }
    }
    if keep_when.len() > 64 {
        c.at(None, "keep_when", "at most 64 keep_when tables");
    }

    // Fields that follow others.
    let mut follow = Vec::new();
    for (k, fw) in spec.follow.iter().enumerate() {
        let rule = format!("follow[{k}]");
        let mut ok = true;
        for list in [&fw.fields, &fw.of] {
            if list.get_ref().is_empty() {
                c.at(
                    Some(list.span()),
                    &rule,
                    "follow needs at least one field in `fields` and in `of`",
                );
                ok = false;
            }
            for f in list.get_ref() {
                if !known_field(f) {
                    let opts = field_options(&format);
                    let hint = suggest(f, opts.iter().map(String::as_str));
                    c.at(
                        Some(list.span()),
                        &rule,
                        format!("unknown field {f:?}{hint}"),
                    );
                    ok = false;
                }
            }
        }
        // A followed field is decided before its followers; one that
        // follows another could wait for itself.
        let followers = spec.follow.iter().flat_map(|f| f.fields.get_ref());
        if let Some(f) = followers.clone().find(|f| fw.of.get_ref().contains(f)) {
            c.at(
                Some(fw.of.span()),
                &rule,
                format!("of names {f:?}, a field that follows another"),
            );
            ok = false;
        }
        if let Some(f) =
            (fw.fields.get_ref().iter()).find(|f| spec.fields.keys().any(|b| b.get_ref() == *f))
        {
            c.at(
                Some(fw.fields.span()),
                &rule,
                format!("{f:?} is bound: a bound field is replaced as its binding says"),
            );
            ok = false;
        }
        if ok {
            follow.push(Follow {
                fields: fw.fields.get_ref().clone(),
                of: fw.of.get_ref().clone(),
            });
        }
    }

    // Tests.
    let mut tests = Vec::new();
    for t in &spec.tests {
        let rule = format!("tests.{:?}", t.name.get_ref());
        let line = c.line_of(t.name.span().start);
        let expect = match (&t.expect, &t.quarantine) {
            (Some(e), None) => {
                for placeholder in placeholders(e) {
                    if cat_id(placeholder).is_none() {
                        c.at(
                            Some(t.name.span()),
                            &rule,
                            format!("expect: {}", missing_cat(placeholder)),
                        );
                    }
                }
                Some(Expect::Output(e.clone()))
            }
            (None, Some(q)) => Some(Expect::Quarantine(q.clone())),
            _ => {
                c.at(
                    Some(t.name.span()),
                    &rule,
                    "a test needs exactly one of `expect` or `quarantine`",
                );
                None
            }
        };
        if let Some(expect) = expect {
            tests.push(TestCase {
                name: t.name.get_ref().clone(),
                line,
                input: t.input.clone(),
                expect,
            });
        }
    }

    let format = format?;
    Some(Pack {
        name,
        description: header.description.clone(),
        file: c.file.to_string(),
        format,
        headers,
        shapes,
        keep_when,
        follow,
        bindings,
        scan_fields,
        detectors,
        memory,
        categories,
        tests,
    })
}

/// The most values a pack's `[scan] memory` may keep per worker (about
/// 200 MB at the longest values).
const MAX_MEMORY: usize = 1 << 22;

/// The column counts a CSV row may have without a header naming its
/// columns: `column_counts`, or the older `min_columns` (from it to all),
/// or all columns.
fn column_counts(c: &mut Collector<'_>, header: &PackHeader, len: usize) -> Vec<usize> {
    match (&header.column_counts, &header.min_columns) {
        (Some(counts), None) => {
            let mut v = counts.get_ref().clone();
            v.sort_unstable();
            v.dedup();
            if v.is_empty() || v.iter().any(|&n| n == 0 || n > len) {
                c.at(
                    Some(counts.span()),
                    "pack.column_counts",
                    format!("each count must be between 1 and {len}, and one is needed"),
                );
            }
            v
        }
        (None, Some(min)) => {
            let m = *min.get_ref();
            if m == 0 || m > len {
                c.at(
                    Some(min.span()),
                    "pack.min_columns",
                    format!("must be between 1 and {len}"),
                );
            }
            (m.max(1)..=len).collect()
        }
        (Some(counts), Some(_)) => {
            c.at(
                Some(counts.span()),
                "pack.column_counts",
                "give column_counts or min_columns, not both",
            );
            vec![len]
        }
        (None, None) => vec![len],
    }
}

/// The header rows a pack recognises: `headers`, or the older
/// `header_rows` (a count, read as which rows there are, never where).
fn headers(c: &mut Collector<'_>, header: &PackHeader, is_csv: bool) -> Headers {
    let mut h = Headers {
        names: is_csv,
        types: false,
    };
    if let Some(n) = &header.header_rows {
        if !is_csv && *n.get_ref() > 0 {
            c.at(
                Some(n.span()),
                "pack.header_rows",
                "only csv packs have header rows",
            );
        }
        h.names = is_csv && *n.get_ref() >= 1;
        h.types = is_csv && *n.get_ref() >= 2;
        if header.headers.is_some() {
            c.at(
                Some(n.span()),
                "pack.header_rows",
                "give headers or header_rows, not both",
            );
        }
    }
    if let Some(list) = &header.headers {
        if !is_csv && !list.get_ref().is_empty() {
            c.at(
                Some(list.span()),
                "pack.headers",
                "only csv packs have header rows",
            );
        }
        h = Headers::default();
        for kind in list.get_ref() {
            match kind.as_str() {
                "names" => h.names = is_csv,
                "types" => h.types = is_csv,
                other => {
                    let hint = suggest(other, ["names", "types"]);
                    c.at(
                        Some(list.span()),
                        "pack.headers",
                        format!("unknown header row {other:?}{hint} (use \"names\" or \"types\")"),
                    );
                }
            }
        }
    }
    h
}

pub(super) fn check_domain(c: &mut Collector<'_>, d: &Spanned<String>, rule: &str) {
    let ok = !d.get_ref().is_empty()
        && d.get_ref()
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
    if !ok {
        c.at(
            Some(d.span()),
            rule,
            "a domain is letters, digits, '-', '_' or '.'",
        );
    }
}

/// The regular expression of a `[[keep_when]]` `matches`: the whole value
/// must match, with the same size limits as a custom detector's pattern.
pub(crate) fn keep_pattern(pattern: &str) -> Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(&format!("^(?:{pattern})$"))
        .size_limit(1 << 20)
        .dfa_size_limit(1 << 20)
        .build()
}
