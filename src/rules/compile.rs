//! Validation: a [`PackSpec`] becomes a [`Pack`], or every problem in it is
//! reported at once with file, line and rule.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::time::Duration;

use toml::Spanned;

use super::shape::Shape;
use super::spec::{BindingSpec, CategorySpec, PackHeader, PackSpec, ShapeSpec};
use crate::detect::{Builtin, Checksum, CustomDetector, DetectorConfig, Kind};
use crate::format::Format;
use crate::keys::epoch::MAX_EPOCH_DAYS;
use crate::keys::{KeyUse, Sched};

/// One problem in a rule pack, located by file, line and rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError {
    /// The file the pack came from.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// The rule the problem is in, e.g. `fields.src` or `categories.phone`.
    pub rule: String,
    /// What is wrong. Names rule items, never record data.
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: ", self.file)?,
            None => write!(f, "{}: ", self.file)?,
        }
        if !self.rule.is_empty() {
            write!(f, "{}: ", self.rule)?;
        }
        f.write_str(&self.message)
    }
}

/// Every problem found in one or more packs.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct RuleErrors(pub Vec<RuleError>);

impl fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// Index of a category in [`Pack::categories`].
pub type CatId = u16;

/// How a bound value is written in its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// As text.
    Text,
    /// An IPv4 address as the signed 32-bit integer of its little-endian
    /// bytes (Cisco CUCM).
    Int32Le,
}

/// What the engine does with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// The whole value is of this category.
    Category {
        /// The category.
        cat: CatId,
        /// How the value is written.
        encoding: Encoding,
    },
    /// A `"Name" <number>` caller id: the name is `person_name`, the number
    /// `phone`.
    CallerId {
        /// The `person_name` category.
        name: CatId,
        /// The `phone` category.
        number: CatId,
    },
    /// Never touched, never scanned.
    Keep,
    /// Scanned with the text detectors.
    Scan,
}

/// The operator a category's values go through, before keys are attached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OperatorSpec {
    /// Keyed pseudonym with a text prefix.
    Pseudonym {
        /// Token prefix, e.g. `ph`.
        prefix: String,
        /// E-mail only: pseudonymise the domain too.
        pseudonymise_domain: bool,
    },
    /// Prefix-preserving IP encryption (ipcrypt-pfx).
    IpPrefix,
    /// Keep some leading or trailing characters, mask the rest.
    Mask {
        /// Leading characters kept.
        keep_first: usize,
        /// Trailing characters kept.
        keep_last: usize,
    },
    /// Replace with fixed text.
    Redact(String),
    /// Remove the value (or the field).
    Drop,
    /// Leave as is.
    Keep,
}

/// A validated category policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// Its name in the pack.
    pub name: String,
    /// The kind of data.
    pub kind: Kind,
    /// What happens to its values.
    pub operator: OperatorSpec,
    /// Whether originals are sealed into the vault.
    pub reversible: bool,
    /// How long reversible originals are kept.
    pub retention: Option<Duration>,
    /// Epoch length in days, for keys on the ratchet; `None`: legacy keys.
    pub epoch: Option<u64>,
    /// The pseudonymisation domain.
    pub domain: String,
    /// Fold case before hashing (usernames).
    pub casefold: bool,
}

/// A validated `[[keep_when]]`: `fields` are kept as they are in a record
/// whose `field` holds one of `values`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeepWhen {
    /// The fields kept.
    pub fields: Vec<String>,
    /// The field that decides.
    pub field: String,
    /// Its values that keep them.
    pub values: Vec<String>,
}

/// A validated test case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestCase {
    /// Its name.
    pub name: String,
    /// 1-based line of the case in its file.
    pub line: usize,
    /// The input record.
    pub input: String,
    /// What should happen.
    pub expect: Expect,
}

/// What a test case expects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Output matching this template (`{{category}}` placeholders).
    Output(String),
    /// Quarantine with this reason.
    Quarantine(String),
}

/// The header rows a CSV pack recognises by their content, wherever they
/// are, and passes through unchanged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Headers {
    /// A row naming the pack's columns; the rows after it are read by the
    /// names it gives.
    pub names: bool,
    /// A row of SQL column types (`INTEGER,VARCHAR(50),...`).
    pub types: bool,
}

/// A validated rule pack, free of keys.
#[derive(Clone, Debug)]
pub struct Pack {
    /// The pack's name.
    pub name: String,
    /// One line about it.
    pub description: String,
    /// The file it came from.
    pub file: String,
    /// The record format.
    pub format: Format,
    /// Field bindings by field name.
    pub bindings: BTreeMap<String, Binding>,
    /// The header rows recognised by content (CSV only).
    pub headers: Headers,
    /// What columns hold, by column name (CSV only).
    pub shapes: BTreeMap<String, Shape>,
    /// Fields kept in records where another field says they name no one.
    pub keep_when: Vec<KeepWhen>,
    /// The fields scanned when not bound; `None` means every unbound field.
    pub scan_fields: Option<BTreeSet<String>>,
    /// The text detectors.
    pub detectors: DetectorConfig,
    /// Category policies; a [`CatId`] indexes this.
    pub categories: Vec<Category>,
    /// The pack's own cases.
    pub tests: Vec<TestCase>,
}

impl Pack {
    /// The category for a kind, if the pack declares one.
    pub fn category_of(&self, kind: Kind) -> Option<CatId> {
        self.categories
            .iter()
            .position(|c| c.kind == kind)
            .and_then(|i| CatId::try_from(i).ok())
    }
}

/// The fields a syslog record has, for checking bindings.
const SYSLOG_FIELDS: [&str; 5] = ["hostname", "app", "procid", "msgid", "msg"];

/// The token prefix a built-in kind gets by default (the operator's own).
pub use crate::ops::default_prefix;

/// The kinds a built-in detector can report.
pub fn kinds_of(builtin: Builtin) -> &'static [Kind] {
    match builtin {
        Builtin::Ipv4 => &[Kind::Ipv4, Kind::HostIpv4],
        Builtin::Ipv6 => &[Kind::Ipv6],
        Builtin::Email => &[Kind::Email],
        Builtin::Phone => &[Kind::Phone],
        Builtin::Personnummer => &[Kind::Personnummer, Kind::Samordningsnummer],
        Builtin::Orgnr => &[Kind::Orgnr],
        Builtin::Mac => &[Kind::Mac],
        Builtin::Imei => &[Kind::Imei],
        Builtin::Imsi => &[Kind::Imsi],
        Builtin::SipUri => &[Kind::Phone, Kind::Username],
        Builtin::Username => &[Kind::Username],
        Builtin::PersonName => &[Kind::PersonName],
        Builtin::Badge => &[Kind::Badge],
    }
}

/// Parses a retention period: a number and a unit, `h`, `d`, `w` or `y`
/// (365 days). Months are refused as ambiguous.
///
/// By hand, not with humantime: humantime's year is 365.25 days, and it
/// reads months (`1M`) and compounds (`1y 2d`) that packs refuse. A
/// retention decides when vault keys are destroyed, so its meaning stays
/// what the packs were written against.
pub fn parse_retention(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit())
        .ok_or_else(|| format!("retention {s:?} has no unit (use h, d, w or y, e.g. 180d)"))?;
    let (num, unit) = s.split_at(split);
    let n: u64 = num
        .parse()
        .map_err(|_| format!("retention {s:?} must start with a whole number"))?;
    let hours = match unit {
        "h" => 1,
        "d" => 24,
        "w" => 24 * 7,
        "y" => 24 * 365,
        _ => {
            return Err(format!(
                "retention {s:?}: unknown unit {unit:?} (use h, d, w or y)"
            ));
        }
    };
    if n == 0 {
        return Err("retention must be longer than zero".into());
    }
    Ok(Duration::from_secs(n.saturating_mul(hours * 3600)))
}

/// Collects errors for one file.
struct Collector<'a> {
    file: &'a str,
    src: &'a str,
    errors: Vec<RuleError>,
    /// Categories whose own policy is invalid (already reported): errors
    /// that only say they have no policy are follow-ons, left out.
    broken: Vec<String>,
}

/// The 1-based line of byte `offset` in `src` (for errors that carry a span).
pub(crate) fn line_of(src: &str, offset: usize) -> usize {
    let end = offset.min(src.len());
    src.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

impl Collector<'_> {
    fn line_of(&self, offset: usize) -> usize {
        line_of(self.src, offset)
    }

    fn at(
        &mut self,
        span: Option<std::ops::Range<usize>>,
        rule: impl Into<String>,
        message: impl Into<String>,
    ) {
        let message = message.into();
        if self
            .broken
            .iter()
            .any(|b| message.contains(&format!("has no [categories.{b}] policy")))
        {
            return;
        }
        let line = span.map(|s| self.line_of(s.start));
        self.errors.push(RuleError {
            file: self.file.to_string(),
            line,
            rule: rule.into(),
            message,
        });
    }
}

/// Suggests the closest of `options` to a misspelt `name`.
pub(crate) fn suggest<'o>(name: &str, options: impl IntoIterator<Item = &'o str>) -> String {
    let best = options
        .into_iter()
        .map(|o| (edit_distance(name, o), o))
        .min_by_key(|(d, _)| *d);
    match best {
        Some((d, o)) if d <= 2 || (d <= 3 && name.len() > 6) => format!(" (did you mean {o:?}?)"),
        _ => String::new(),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Parses and validates one pack file. `file` names it in errors.
pub fn compile(file: &str, src: &str) -> Result<Pack, Vec<RuleError>> {
    let mut c = Collector {
        file,
        src,
        errors: Vec::new(),
        broken: Vec::new(),
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
        if let Err(e) = regex::RegexBuilder::new(d.pattern.get_ref())
            .size_limit(1 << 20)
            .dfa_size_limit(1 << 20)
            .build()
        {
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
        for f in kw.fields.get_ref().iter().chain([kw.field.get_ref()]) {
            if !known_field(f) {
                let opts = field_options(&format);
                let hint = suggest(f, opts.iter().map(String::as_str));
                c.at(
                    Some(kw.field.span()),
                    &rule,
                    format!("unknown field {f:?}{hint}"),
                );
                ok = false;
            }
        }
        if kw.fields.get_ref().is_empty() || kw.values.get_ref().is_empty() {
            c.at(
                Some(kw.values.span()),
                &rule,
                "keep_when needs at least one field and one value",
            );
            ok = false;
        }
        if ok {
            keep_when.push(KeepWhen {
                fields: kw.fields.get_ref().clone(),
                field: kw.field.get_ref().clone(),
                values: kw.values.get_ref().clone(),
            });
        }
    }
    if keep_when.len() > 64 {
        c.at(None, "keep_when", "at most 64 keep_when tables");
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
        bindings,
        scan_fields,
        detectors,
        categories,
        tests,
    })
}

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

fn check_domain(c: &mut Collector<'_>, d: &Spanned<String>, rule: &str) {
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

fn validate_category(
    c: &mut Collector<'_>,
    rule: &str,
    kind: Kind,
    cat: &CategorySpec,
    default_domain: &str,
) -> Option<Category> {
    let op_span = Some(cat.operator.span());
    let is_ip = matches!(kind, Kind::Ipv4 | Kind::Ipv6);
    let operator = match cat.operator.get_ref().as_str() {
        "pseudonym" => {
            let prefix = match &cat.prefix {
                Some(p) => {
                    let ok = !p.get_ref().is_empty()
                        && p.get_ref().len() <= 16
                        && p.get_ref()
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
                    if !ok {
                        c.at(
                            Some(p.span()),
                            rule,
                            "prefix is 1 to 16 lower-case letters or digits",
                        );
                    }
                    p.get_ref().clone()
                }
                None => default_prefix(kind).unwrap_or("x").to_string(),
            };
            Some(OperatorSpec::Pseudonym {
                prefix,
                pseudonymise_domain: cat.pseudonymise_domain,
            })
        }
        "ip-prefix" => {
            if !is_ip {
                c.at(
                    op_span.clone(),
                    rule,
                    "operator \"ip-prefix\" is only for ipv4 and ipv6",
                );
            }
            Some(OperatorSpec::IpPrefix)
        }
        "mask" => {
            if cat.keep_first.is_some() == cat.keep_last.is_some() {
                c.at(
                    op_span.clone(),
                    rule,
                    "operator \"mask\" needs one of keep_first or keep_last",
                );
            }
            Some(OperatorSpec::Mask {
                keep_first: cat.keep_first.unwrap_or(0),
                keep_last: cat.keep_last.unwrap_or(0),
            })
        }
        "redact" => Some(OperatorSpec::Redact(
            cat.text.clone().unwrap_or_else(|| "[redacted]".to_string()),
        )),
        "drop" => Some(OperatorSpec::Drop),
        "keep" => Some(OperatorSpec::Keep),
        "hash" | "sha256" | "md5" | "sha1" => {
            c.at(
                op_span.clone(),
                rule,
                "unkeyed hashes are refused: anyone can brute-force a phone number or an IPv4 back from one; use \"pseudonym\" (keyed HMAC)",
            );
            None
        }
        other => {
            let hint = suggest(
                other,
                ["pseudonym", "ip-prefix", "mask", "redact", "drop", "keep"],
            );
            c.at(
                op_span.clone(),
                rule,
                format!("unknown operator {other:?}{hint}"),
            );
            None
        }
    };
    let is = |name: &str| cat.operator.get_ref() == name;
    if cat.prefix.is_some() && !is("pseudonym") {
        c.at(
            op_span.clone(),
            rule,
            "`prefix` only applies to operator \"pseudonym\"",
        );
    }
    if (cat.keep_first.is_some() || cat.keep_last.is_some()) && !is("mask") {
        c.at(
            op_span.clone(),
            rule,
            "`keep_first`/`keep_last` only apply to operator \"mask\"",
        );
    }
    if cat.text.is_some() && !is("redact") {
        c.at(
            op_span.clone(),
            rule,
            "`text` only applies to operator \"redact\"",
        );
    }
    if cat.pseudonymise_domain && (kind != Kind::Email || !is("pseudonym")) {
        c.at(
            op_span.clone(),
            rule,
            "`pseudonymise_domain` only applies to email with operator \"pseudonym\"",
        );
    }
    if cat.casefold && kind != Kind::Username && !matches!(kind, Kind::Custom(_)) {
        c.at(
            op_span.clone(),
            rule,
            "`casefold` only applies to usernames and custom categories",
        );
    }
    if cat.reversible && kind == Kind::Mac {
        c.at(
            op_span.clone(),
            rule,
            "a MAC pseudonym is MAC-shaped, so reveal cannot find it in text: mac cannot be reversible",
        );
    }
    // An unknown or refused operator is reported once, above.
    if cat.reversible && !is("pseudonym") && operator.is_some() {
        c.at(
            op_span.clone(),
            rule,
            "`reversible` needs operator \"pseudonym\" (the token is the vault key)",
        );
    }
    let retention = match &cat.retention {
        Some(r) => match parse_retention(r.get_ref()) {
            Ok(d) => Some(d),
            Err(msg) => {
                c.at(Some(r.span()), rule, msg);
                None
            }
        },
        None => {
            if cat.reversible {
                c.at(
                    op_span.clone(),
                    rule,
                    "a reversible category needs a `retention` (e.g. \"180d\")",
                );
            }
            None
        }
    };
    let domain = match &cat.domain {
        Some(d) => {
            check_domain(c, d, rule);
            d.get_ref().clone()
        }
        None => default_domain.to_string(),
    };
    let epoch = cat
        .epoch
        .as_ref()
        .and_then(|e| validate_epoch(c, rule, cat, e, retention));
    Some(Category {
        name: String::new(),
        kind,
        operator: operator?,
        reversible: cat.reversible,
        retention,
        epoch,
        domain,
        casefold: cat.casefold,
    })
}

/// `epoch`: whole days, 1-366, a keyed operator, a retention in whole days
/// at least as long.
fn validate_epoch(
    c: &mut Collector<'_>,
    rule: &str,
    cat: &CategorySpec,
    e: &Spanned<String>,
    retention: Option<Duration>,
) -> Option<u64> {
    let span = Some(e.span());
    let keyed = matches!(cat.operator.get_ref().as_str(), "pseudonym" | "ip-prefix");
    if !keyed {
        c.at(
            span,
            rule,
            "`epoch` needs a keyed operator (\"pseudonym\" or \"ip-prefix\")",
        );
        return None;
    }
    let days = match parse_retention(e.get_ref()) {
        Ok(d) if d.as_secs() % 86_400 == 0 && d.as_secs() / 86_400 <= MAX_EPOCH_DAYS => {
            d.as_secs() / 86_400
        }
        Ok(_) => {
            c.at(span, rule, "`epoch` is whole days, from 1d to 366d");
            return None;
        }
        Err(msg) => {
            c.at(span, rule, msg.replace("retention", "epoch"));
            return None;
        }
    };
    match retention {
        None => {
            c.at(
                span,
                rule,
                "`epoch` needs a `retention` (when an epoch's keys are destroyed, e.g. \"180d\")",
            );
            None
        }
        Some(r) if r.as_secs() % 86_400 != 0 => {
            c.at(
                cat.retention.as_ref().map(Spanned::span),
                rule,
                "with `epoch`, `retention` is whole days",
            );
            None
        }
        Some(r) if r.as_secs() / 86_400 < days => {
            c.at(
                span,
                rule,
                "`epoch` is longer than `retention`: an epoch's keys would be destroyed before it ends",
            );
            None
        }
        Some(_) => Some(days),
    }
}

/// What a category's key is for, if its operator is keyed: the pseudonyms
/// of its (domain, category), or the IP encryption of its domain.
pub fn key_use(c: &Category) -> Option<KeyUse> {
    match c.operator {
        OperatorSpec::Pseudonym { .. } => Some(KeyUse::Pseudonym {
            domain: c.domain.clone(),
            category: c.name.clone(),
        }),
        OperatorSpec::IpPrefix => Some(KeyUse::IpCrypt {
            domain: c.domain.clone(),
        }),
        _ => None,
    }
}

/// The epoch schedule of `packs`: every keyed use with an `epoch`, its
/// length and the shortest retention any pack gives it, in days. Packs that
/// disagree on a use's epoch are refused by [`check_schedule`].
pub fn schedule(packs: &[Pack]) -> Vec<Sched> {
    let mut out: Vec<Sched> = Vec::new();
    for c in packs.iter().flat_map(|p| p.categories.iter()) {
        let (Some(usage), Some(length), Some(r)) = (key_use(c), c.epoch, c.retention) else {
            continue;
        };
        let retention = r.as_secs() / 86_400;
        match out.iter_mut().find(|s| s.usage == usage) {
            Some(s) => s.retention = s.retention.min(retention),
            None => out.push(Sched {
                usage,
                length,
                retention,
            }),
        }
    }
    out.sort();
    out
}

/// Every keyed use must have one epoch in all packs (or none in all): two
/// epochs would give one value two tokens in one domain, and an epoch in
/// one pack only would leave that use's keys with the master secret in the
/// other. IPv4 and IPv6 of a domain share one IP key, so one epoch too.
pub fn check_schedule(packs: &[Pack]) -> Vec<RuleError> {
    let mut seen: Vec<(KeyUse, Option<u64>, &str, &str)> = Vec::new();
    let mut errors = Vec::new();
    for p in packs {
        for c in &p.categories {
            let Some(usage) = key_use(c) else { continue };
            match seen.iter().find(|(u, ..)| *u == usage) {
                Some((_, epoch, file, name)) if *epoch != c.epoch => {
                    let show = |e: Option<u64>| e.map_or("none".to_string(), |d| format!("{d}d"));
                    errors.push(RuleError {
                        file: p.file.clone(),
                        line: None,
                        rule: format!("categories.{}", c.name),
                        message: format!(
                            "epoch {} differs from {} in {file} (categories.{name}): every pack must give {usage} the same epoch",
                            show(c.epoch),
                            show(*epoch)
                        ),
                    });
                }
                Some(_) => {}
                None => seen.push((usage, c.epoch, &p.file, &c.name)),
            }
        }
    }
    errors
}

/// The category names used as `{{name}}` placeholders in a test template.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find("{{") {
        let after = &rest[i + 2..];
        match after.find("}}") {
            Some(j) if is_placeholder_name(&after[..j]) => {
                out.push(&after[..j]);
                rest = &after[j + 2..];
            }
            _ => rest = &rest[i + 1..],
        }
    }
    out
}

/// Whether `s` can be a placeholder name.
pub fn is_placeholder_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

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
            joined.contains(
                "rules/t.toml:8: fields.scr: unknown field \"scr\" (did you mean \"src\"?)"
            ),
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
        let json = include_str!("../../rules/json.toml");
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
                include_str!("../../rules/asterisk-cdr.toml"),
            ),
            (
                "rules/cisco-cucm-cdr.toml",
                include_str!("../../rules/cisco-cucm-cdr.toml"),
            ),
            (
                "rules/freeswitch-cdr.toml",
                include_str!("../../rules/freeswitch-cdr.toml"),
            ),
            ("rules/json.toml", include_str!("../../rules/json.toml")),
            ("rules/kv-cef.toml", include_str!("../../rules/kv-cef.toml")),
            ("rules/syslog.toml", include_str!("../../rules/syslog.toml")),
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
        assert!(
            matches!(&pack.format, Format::Csv { column_counts, .. } if column_counts == &[2, 3])
        );
        assert_eq!(
            pack.headers,
            Headers {
                names: true,
                types: true
            }
        );
        assert_eq!(pack.shapes["a"], Shape::Integer);
        let pack = with("min_columns = 2\nheaders = []", "").unwrap();
        assert!(
            matches!(&pack.format, Format::Csv { column_counts, .. } if column_counts == &[2, 3])
        );
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
}
