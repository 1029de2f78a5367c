//! The rule-pack file format, as written in `rules/*.toml`.
//!
//! These types mirror the TOML one to one. Every table denies unknown keys, so
//! a typo is an error, never silently ignored. Values that later validation
//! may complain about carry their byte span so the error can name the line.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// One rule pack: a source format, field bindings, text detectors,
/// per-category policy and the pack's own test cases.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackSpec {
    /// What the records look like.
    pub pack: PackHeader,
    /// Field name → what it holds. Unbound fields are scanned with the text
    /// detectors (unless `scan.fields` says otherwise): secure by default.
    #[serde(default)]
    pub fields: BTreeMap<Spanned<String>, Spanned<BindingSpec>>,
    /// Which detectors run over free text, and over which fields.
    #[serde(default)]
    pub scan: ScanSpec,
    /// CSV only: what a column holds, checked on every row before anything
    /// else. A row whose cell does not fit is quarantined (`shape`): a row
    /// whose cells slid sideways cannot put a value into a column that is
    /// kept as it is. An empty cell always fits.
    #[serde(default)]
    pub shapes: BTreeMap<Spanned<String>, Spanned<ShapeSpec>>,
    /// Fields kept as they are in a record where another field holds one
    /// of some values: a call that a PBX hands to a queue or a conference
    /// bridge dials the group's number, which names no one.
    #[serde(default)]
    pub keep_when: Vec<KeepWhenSpec>,
    /// Fields that hold what another field of the same record holds, and
    /// are replaced as it is where they hold exactly its value: a CDR's
    /// pattern column, for a call to a line, is the line's number.
    #[serde(default)]
    pub follow: Vec<FollowSpec>,
    /// What happens to each category of personal data.
    #[serde(default)]
    pub categories: BTreeMap<Spanned<String>, CategorySpec>,
    /// The pack's own regex detectors.
    #[serde(default)]
    pub detectors: Vec<CustomDetectorSpec>,
    /// Input → expected output cases, run by `veil check` and `cargo test`.
    #[serde(default)]
    pub tests: Vec<TestSpec>,
}

/// The `[pack]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackHeader {
    /// The pack's name, as given to `--pack`. Must match the file stem.
    pub name: Spanned<String>,
    /// One line for `veil check` and the README.
    #[serde(default)]
    pub description: String,
    /// `plain`, `syslog`, `csv`, `json`, `kv` or `cef`.
    pub format: Spanned<String>,
    /// CSV only: the column names, in order.
    #[serde(default)]
    pub columns: Option<Spanned<Vec<String>>>,
    /// CSV only: the numbers of columns a row may have when no header row
    /// has named its columns, each meaning the first that many of
    /// `columns` (Asterisk writes `uniqueid` and `userfield` only when
    /// configured to). A row of any other length is quarantined, never
    /// re-aligned. Defaults to all of `columns`.
    #[serde(default)]
    pub column_counts: Option<Spanned<Vec<usize>>>,
    /// CSV only, the older form of `column_counts`: any number from this to
    /// all of `columns`. Give one or the other.
    #[serde(default)]
    pub min_columns: Option<Spanned<usize>>,
    /// CSV only: the header rows to recognise by their content, wherever
    /// they are in the input (a concatenated export has them mid-stream),
    /// and pass through unchanged: `names`, a row naming the columns (the
    /// rows after it are then read by those names), and `types`, a row of
    /// column types such as `INTEGER,VARCHAR(50)` (CUCM). A data row is
    /// never taken for a header. Defaults to `["names"]`.
    #[serde(default)]
    pub headers: Option<Spanned<Vec<String>>>,
    /// CSV only, the older form of `headers`: 1 means `["names"]`, 2 or more
    /// `["names", "types"]`. Rows are recognised by content, not by their
    /// position.
    #[serde(default)]
    pub header_rows: Option<Spanned<usize>>,
    /// The default pseudonymisation domain (the recipient, e.g. `siem`).
    /// Different domains get unlinkable pseudonyms. Defaults to `siem`.
    #[serde(default)]
    pub domain: Option<Spanned<String>>,
}

/// What a field holds: a category name, or one of the special bindings
/// `caller-id` (a `"Name" <number>` value), `keep` (never touched, never
/// scanned) and `scan` (run the text detectors), or a table with options.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum BindingSpec {
    /// `field = "phone"`, `field = "keep"`, ...
    Name(String),
    /// `field = { category = "ipv4", encoding = "int32-le" }`
    Table(BindingTable),
}

/// What a column holds: `integer`, `decimal`, `datetime`, `uuid`,
/// `identifier` (a letter, then letters, digits, `_`, `-` or `.`), or a list
/// of the exact values it may hold.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum ShapeSpec {
    /// One of the named shapes.
    Name(String),
    /// Exactly one of these values.
    OneOf(Vec<String>),
}

/// One `[[keep_when]]` table: `fields` are kept as they are in a record
/// whose `field` holds exactly one of `values` (or, with `matches`, a value
/// that whole matches a pattern), or, with `equals`, each of `fields` is
/// kept where its value is that of the field `equals` names (not empty): a
/// hunt pilot's number where the record's `huntPilotDN` holds it. With
/// `value_matches`, only a kept field's value that whole-matches that
/// pattern is kept (a queue's extension, not a customer's number). With
/// `unless_in`, a kept field's value that appears as a whole word in that
/// other field is not kept: the mailbox a voicemail application was given
/// is a person's. With `only_in`, only a value that appears as a whole word
/// in that other field is kept: the parking slot a call was parked on.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeepWhenSpec {
    /// The fields kept (`["dst"]`).
    pub fields: Spanned<Vec<String>>,
    /// The field that decides (`lastapp`), with `values`.
    #[serde(default)]
    pub field: Option<Spanned<String>>,
    /// Its values that keep them (`["Queue", "ConfBridge"]`), compared
    /// exactly.
    #[serde(default)]
    pub values: Option<Spanned<Vec<String>>>,
    /// Instead of `values`: a regular expression that `field`'s whole
    /// value must match (`'(?i)callcenter|conferences?'`), compiled once.
    #[serde(default)]
    pub matches: Option<Spanned<String>>,
    /// A regular expression that a kept field's own value must whole-match
    /// to be kept (`'[1-9][0-9]{1,4}'`: an extension of the dial plan, not
    /// a number outside it), compiled once. Omitted: any value.
    #[serde(default)]
    pub value_matches: Option<Spanned<String>>,
    /// A field in which a kept field's value, found as a whole word, undoes
    /// the keeping (`lastdata`: `VoiceMail(7794@default)` names the
    /// mailbox's owner).
    #[serde(default)]
    pub unless_in: Option<Spanned<String>>,
    /// A field in which a kept field's value must stand as a whole word to
    /// be kept (`userfield`: `parked on 7062` names the parking slot that
    /// `dst` dialled; a `dst` the field does not name was someone's line).
    #[serde(default)]
    pub only_in: Option<Spanned<String>>,
    /// A field that, where its whole value matches `unless_matches`, stops
    /// the table from holding for the record (`context`: a call-centre
    /// context's legs present the caller's own number under the queue's
    /// name). With `unless_matches`; both or neither.
    #[serde(default)]
    pub unless_field: Option<Spanned<String>>,
    /// The pattern `unless_field`'s whole value must match to stop the
    /// table (`'(?i)callcenter|queues?'`), compiled once.
    #[serde(default)]
    pub unless_matches: Option<Spanned<String>>,
    /// Instead of `field` and `values`: the field whose value, where a kept
    /// field holds exactly it, keeps that field (`huntPilotDN`).
    #[serde(default)]
    pub equals: Option<Spanned<String>>,
    /// Other fields kept where they hold exactly the value (not empty) this
    /// table keeps in one of its `fields` in the same record: what the
    /// record says one number is (a park slot, a meet-me number), it is in
    /// every field that holds it. Omitted: none.
    #[serde(default)]
    pub also: Option<Spanned<Vec<String>>>,
}

/// One `[[follow]]` table: each of `fields` that holds exactly the value
/// of one of the record's `of` fields, a number of two digits or more
/// (`+` allowed), which the record replaces, is replaced as that field
/// is, with the same token; an escaped
/// plus (`\+46...`, as dial-plan patterns write it) counts as the plus,
/// and the backslash stays. Any other value (a wildcard pattern such as
/// `9.@` or `8XXX`, a number the record keeps or holds nowhere else) stays
/// as it is. The mirror of `keep_when`'s `also`: one number is one thing
/// within a record.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowSpec {
    /// The fields that follow (`["finalCalledPartyPattern"]`).
    pub fields: Spanned<Vec<String>>,
    /// The fields they follow (`["finalCalledPartyNumber"]`).
    pub of: Spanned<Vec<String>>,
}

/// The table form of a binding.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BindingTable {
    /// The category (or special binding) as in the short form.
    pub category: String,
    /// How the value is written: `text` (default) or `int32-le`, an IPv4
    /// address as a signed 32-bit integer of its little-endian bytes (Cisco
    /// CUCM CDRs). The pseudonymised address is written back the same way.
    #[serde(default)]
    pub encoding: Option<String>,
}

/// The `[scan]` table.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanSpec {
    /// Built-in detectors to run over free text, by name; `"all"` stands
    /// for every one. Omitted: every detector, so no pack silently skips
    /// one that the others have (list them only to run fewer).
    #[serde(default)]
    pub detectors: Option<Spanned<Vec<String>>>,
    /// The fields to scan. Omitted: every field that is not bound.
    #[serde(default)]
    pub fields: Option<Spanned<Vec<String>>>,
    /// How many values found on strong evidence (a binding, a key of the
    /// value's class, a checksummed number) each worker remembers, to find
    /// them again in later records' free text (262144 is a good size).
    /// Omitted or 0: off.
    #[serde(default)]
    pub memory: Option<Spanned<usize>>,
}

/// One `[categories.NAME]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategorySpec {
    /// `pseudonym`, `ip-prefix`, `mask`, `redact`, `drop` or `keep`.
    pub operator: Spanned<String>,
    /// Also seal the original into the vault so an authorised engineer can
    /// reveal it for one case. Defaults to false.
    #[serde(default)]
    pub reversible: bool,
    /// How long reversible originals are kept, e.g. `180d`, `12w`, `1y`.
    /// With `epoch`, also how long a token stays re-identifiable at most:
    /// each epoch's key is destroyed `retention` after the epoch began.
    #[serde(default)]
    pub retention: Option<Spanned<String>>,
    /// Keys per epoch on a one-way ratchet (e.g. `7d`, `30d`; whole days,
    /// at most `366d`, not longer than `retention`): tokens change every
    /// epoch and say which one they belong to, and an epoch's keys are
    /// destroyed at its start + `retention`. Omitted: one key for ever,
    /// derived from the master secret (legacy).
    #[serde(default)]
    pub epoch: Option<Spanned<String>>,
    /// The pseudonymisation domain; defaults to the pack's.
    #[serde(default)]
    pub domain: Option<Spanned<String>>,
    /// Token prefix for `pseudonym`. Built-in categories have one already;
    /// custom categories must set it.
    #[serde(default)]
    pub prefix: Option<Spanned<String>>,
    /// Usernames only: the source treats them case-insensitively, so fold
    /// case before hashing.
    #[serde(default)]
    pub casefold: bool,
    /// `mask`: keep this many leading characters.
    #[serde(default)]
    pub keep_first: Option<usize>,
    /// `mask`: keep this many trailing characters.
    #[serde(default)]
    pub keep_last: Option<usize>,
    /// `redact`: the replacement text. Defaults to `[redacted]`.
    #[serde(default)]
    pub text: Option<String>,
    /// E-mail only: pseudonymise the domain as well as the local part.
    #[serde(default)]
    pub pseudonymise_domain: bool,
}

/// One `[[detectors]]` entry: a regex with an optional checksum.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomDetectorSpec {
    /// The category its matches belong to (built-in or declared in
    /// `[categories]`).
    pub category: Spanned<String>,
    /// The regex. A group named `value` narrows the span to that group.
    pub pattern: Spanned<String>,
    /// `luhn`, or omitted.
    #[serde(default)]
    pub checksum: Option<Spanned<String>>,
}

/// One `[[tests]]` case.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestSpec {
    /// What the case shows.
    pub name: Spanned<String>,
    /// One input record.
    pub input: String,
    /// The expected output. `{{category}}` stands for one replacement value of
    /// that category (its shape depends on the operator: a token, an IP, a
    /// mask); everything else must match byte for byte.
    #[serde(default)]
    pub expect: Option<String>,
    /// Instead of `expect`: the record must be quarantined with this reason.
    #[serde(default)]
    pub quarantine: Option<String>,
}
