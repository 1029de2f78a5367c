//! What a pack compiles to: [`Pack`], its categories, bindings, operators
//! and test cases.

use crate::detect::{DetectorConfig, Kind};
use crate::format::Format;
use crate::rules::shape::Shape;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

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

/// A validated `[[keep_when]]`: `fields` are kept as they are in the
/// records where `when` holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeepWhen {
    /// The fields kept.
    pub fields: Vec<String>,
    /// What keeps them.
    pub when: KeepIf,
    /// A field where a kept field's value, as a whole word, undoes the
    /// keeping for that field.
    pub unless_in: Option<String>,
    /// A field where a kept field's value must stand as a whole word for
    /// that field to be kept.
    pub only_in: Option<String>,
    /// A pattern (validated; compiled once, anchored at both ends) that a
    /// kept field's own value must match to be kept.
    pub value_matches: Option<String>,
    /// A field and a pattern (validated; compiled once, anchored at both
    /// ends): where the field's value matches it, the table does not hold.
    pub unless: Option<(String, String)>,
    /// Fields kept where they hold exactly a value (not empty) that this
    /// table keeps in one of `fields` of the same record.
    pub also: Vec<String>,
}

/// A validated `[[follow]]`: each of `fields` that holds exactly the value
/// of one of `of` that the record replaces is replaced as that field is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Follow {
    /// The fields that follow.
    pub fields: Vec<String>,
    /// The fields they follow.
    pub of: Vec<String>,
}

/// The condition of a [`KeepWhen`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeepIf {
    /// The record's `field` holds exactly one of `values` (`lastapp` is
    /// `Queue`).
    Holds {
        /// The field that decides.
        field: String,
        /// Its values that keep the fields.
        values: Vec<String>,
    },
    /// The record's `field` whole matches `pattern` (a regular expression,
    /// validated; the engine compiles it once, anchored at both ends).
    Matches {
        /// The field that decides.
        field: String,
        /// The pattern, as written.
        pattern: String,
    },
    /// A kept field holds exactly the value of this field, which is not
    /// empty (`originalCalledPartyNumber` is the record's `huntPilotDN`).
    Equals(String),
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
    /// Fields replaced as another field of the record is, where they hold
    /// its value.
    pub follow: Vec<Follow>,
    /// The fields scanned when not bound; `None` means every unbound field.
    pub scan_fields: Option<BTreeSet<String>>,
    /// The text detectors.
    pub detectors: DetectorConfig,
    /// Values each worker remembers to find again (`[scan] memory`; 0: off).
    pub memory: usize,
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
