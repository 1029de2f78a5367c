//! The synchronous, sans-IO core: bytes in, bytes out, plus a small outcome.
//!
//! An [`Engine`] is a compiled rule pack with its keys attached; it is
//! immutable and shared. A [`Worker`] is `Clone`, owns its scratch buffers and
//! token cache, and processes one record at a time:
//!
//! 1. decode the record into fields ([`crate::format`]);
//! 2. for each field, apply its binding: a bound category replaces the whole
//!    value, a caller id its name and number, a scanned field runs the text
//!    detectors ([`crate::detect`]);
//! 3. every replacement goes through the category's operator ([`crate::ops`]);
//! 4. changed fields are re-encoded with their own quoting and spliced over
//!    their raw bytes; every other byte is copied through exactly.
//!
//! A record that cannot be decoded or whose operator fails is an `Err`: the
//! caller quarantines it. Nothing here logs or returns a record's value.

use std::borrow::Cow;
use std::fmt;
use std::hash::BuildHasher;
use std::net::Ipv4Addr;
use std::ops::Range;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use super::cache::TokenCache;
use crate::detect::{self, DetectorSet, Kind, Normalize, Span, echo_usernames};
use crate::format::{self, DecodeError, Field, Format, HeaderRow, Style};
use crate::keys::epoch::{day_of, epoch_start};
use crate::keys::{KeyError, KeyUse, Keyring, Ratchet, SecretKey, label};
use crate::ops::{Applied, OpError, Operator};
use crate::rules::{Binding, CatId, Encoding, KeepIf, Pack, Shape};

/// Records longer than this are quarantined rather than processed.
pub const DEFAULT_MAX_RECORD: usize = 1 << 20;

/// Why a record was not processed. Small and `Copy`; never holds data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The format decoder refused the record.
    #[error("{0}")]
    Decode(DecodeError),
    /// The record exceeds the size limit.
    #[error("record of {len} bytes exceeds the limit of {limit}")]
    TooLarge {
        /// The record's length.
        len: usize,
        /// The configured limit.
        limit: usize,
    },
    /// An operator failed on a value of this category.
    #[error("operator failed on a {kind} value: {error}")]
    Operator {
        /// The category's kind.
        kind: Kind,
        /// What failed.
        error: OpError,
    },
    /// A bound integer-encoded IP is not a 32-bit integer.
    #[error("field is bound to an integer-encoded ip but is not a 32-bit integer")]
    NotAnInteger,
    /// A CSV cell does not hold what the pack's `[shapes]` says its column
    /// holds: the row's cells may have slid sideways.
    #[error("column {column} does not hold what its shape says")]
    Shape {
        /// The column, from 1.
        column: usize,
    },
    /// A CSV quoted cell did not close within the lines or bytes one
    /// record may span; the record's lines are quarantined one by one.
    #[error(
        "a quoted csv cell opened on line {first_line} did not close within {lines} lines or the record limit"
    )]
    CsvUnclosed {
        /// The line the cell opened on.
        first_line: u64,
        /// The lines read looking for its end.
        lines: u64,
    },
}

impl RecordError {
    /// A stable, machine-readable reason, used in quarantine and metrics.
    pub fn reason(&self) -> &'static str {
        match self {
            RecordError::Decode(DecodeError::Utf8 { .. }) => "invalid-utf8",
            RecordError::Decode(DecodeError::ColumnCount { .. }) => "column-count",
            RecordError::Decode(DecodeError::CsvQuote { .. }) => "csv-quote",
            RecordError::Decode(DecodeError::CsvLineBreak { .. }) => "csv-line-break",
            RecordError::Decode(DecodeError::Json { .. }) => "invalid-json",
            RecordError::Decode(DecodeError::JsonShape { .. }) => "json-shape",
            RecordError::Decode(DecodeError::CefHeader) => "cef-header",
            RecordError::TooLarge { .. } => "too-large",
            RecordError::Operator { .. } => "operator",
            RecordError::NotAnInteger => "not-an-integer",
            RecordError::Shape { .. } => "shape",
            RecordError::CsvUnclosed { .. } => "csv-unclosed",
        }
    }
}

/// A span found by [`Worker::scan`], in record byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// Which rule took it.
    pub by: By,
}

/// Which rule produced a [`Found`] span (`veil scan --explain`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum By {
    /// A text detector (built-in or the pack's own) found it in free text.
    Detector,
    /// The pack binds the field (named here) to the span's category.
    Binding(String),
    /// The field's key (named here: a field name, or a CEF label as
    /// `cs1Label=pnr`) says what the value is, and the value validates.
    Key(String),
}

impl Found {
    /// `detector:phone`, `binding:src` or `key:personalNumber`.
    pub fn explain(&self) -> String {
        match &self.by {
            By::Detector => format!("detector:{}", self.kind.name()),
            By::Binding(f) => format!("binding:{f}"),
            By::Key(k) => format!("key:{k}"),
        }
    }
}

/// One category at run time: its kind and normalisation (its operator is
/// in [`Keyed`], which changes with the epoch).
struct RtCategory {
    kind: Kind,
    normalize: Normalize,
    /// Originals are sealed into the vault.
    reversible: bool,
    /// Keys on the ratchet: what for, and the epoch length in days.
    epoch: Option<(KeyUse, u64)>,
}

/// Every category's operator, keyed for the epochs of one day, and the
/// instant (unix seconds) the next epoch of any category begins: a worker
/// compares its clock with `next` once per batch, and only then asks for
/// new keys. `u64::MAX` when nothing changes with time.
pub struct Keyed {
    ops: Box<[Operator]>,
    next: u64,
}

impl fmt::Debug for Keyed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keyed").field("next", &self.next).finish()
    }
}

/// The keys of one engine as epochs pass: the ratchet (shared by every
/// engine of the process, it reads and overwrites the keyring) and this
/// engine's operators for the current epochs.
struct EpochShared {
    ratchet: Arc<Mutex<Ratchet>>,
    current: Mutex<Arc<Keyed>>,
}

/// What to do with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FieldRule {
    Bound(CatId, Encoding),
    CallerId {
        name: CatId,
        number: CatId,
    },
    /// An account written with its holder's name (`Karin Eriksson
    /// (k.eriksson)`): the name and the account each as what they are,
    /// see [`detect::keys::account_parts`]. The category is the account's.
    Account(CatId),
    Keep,
    Scan,
    /// An unbound field of a format with named fields: its key is evidence
    /// ([`detect::keys`]), and the text detectors run when it decides
    /// nothing.
    Auto,
}

/// What a key's evidence decided for one value.
enum KeyDecision {
    /// Replace the whole value as this category.
    Replace(CatId),
    /// An account with its holder's name: [`FieldRule::Account`].
    Account(CatId),
    /// A machine number: leave it.
    Keep,
}

struct Inner {
    pack: Pack,
    detectors: DetectorSet,
    categories: Vec<RtCategory>,
    /// Category of each kind the detectors can report, by [`kind_slot`].
    by_kind: Vec<Option<CatId>>,
    /// Bit `c % 64` is set for each category `c` of an address kind: the
    /// bound fields whose value [`detect::ip_bare`] checks.
    ip_cats: u64,
    /// Field name → rule, for formats whose fields are named per record.
    field_rules: FieldRules,
    /// CSV: how the pack's own columns are read, when no header row has
    /// named them.
    columns: Option<Layout>,
}

/// How the cells of a CSV row are read: each column's name, rule and
/// shape, by index.
#[derive(Debug)]
struct Layout {
    names: Vec<String>,
    rules: Vec<FieldRule>,
    /// The columns with a shape, by index.
    shaped: Vec<(usize, Shape)>,
    /// For each column, one bit per `[[keep_when]]` table that lists it
    /// (the first 64), so [`Inner::rule_in`] tells a column no table keeps
    /// with one AND instead of comparing its name with every listed field.
    keep: Vec<u64>,
}

impl Layout {
    /// The columns `names` name, with the pack's rules and shapes for them.
    /// A column the pack does not know (a later CUCM version's) is scanned
    /// with the text detectors: what the pack has not seen is not kept.
    fn new(pack: &Pack, names: Vec<String>) -> Layout {
        let known = |n: &String| match &pack.format {
            Format::Csv { columns, .. } => columns.contains(n),
            _ => false,
        };
        let rules = names
            .iter()
            .map(|n| {
                if known(n) {
                    rule_for(pack, n)
                } else {
                    FieldRule::Scan
                }
            })
            .collect();
        let shaped = names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| Some((i, pack.shapes.get(n)?.clone())))
            .collect();
        let keep = names
            .iter()
            .map(|n| {
                (pack.keep_when.iter().enumerate().take(64))
                    .filter(|(_, kw)| kw.fields.iter().any(|f| **f == **n))
                    .fold(0u64, |m, (k, _)| m | 1 << k)
            })
            .collect();
        Layout {
            names,
            rules,
            shaped,
            keep,
        }
    }
}

/// The columns a CSV header row named, for the rows after it (see
/// [`Engine::named_columns`]). Cheap to clone.
#[derive(Clone, Debug)]
pub struct Columns(Arc<Layout>);

/// A rule pack compiled with its keys: immutable, cheap to clone and share.
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
    max_record: usize,
    /// The operators a new worker starts with.
    keyed: Arc<Keyed>,
    /// Where new epochs' keys come from; `None` when no category has
    /// epoch keys (or the keyring has no chain).
    epochs: Option<Arc<EpochShared>>,
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Engine")
            .field("pack", &self.inner.pack.name)
            .finish_non_exhaustive()
    }
}

/// Why an engine could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EngineError {
    /// A detector did not compile.
    #[error("pack {pack}: {source}")]
    Detector {
        /// The pack.
        pack: String,
        /// The detector error.
        source: detect::DetectError,
    },
    /// An operator could not be built (e.g. a bad prefix).
    #[error("pack {pack}: category {category}: {source}")]
    Operator {
        /// The pack.
        pack: String,
        /// The category.
        category: String,
        /// Why.
        source: OpError,
    },
    /// The keyring could not give or advance an epoch key.
    #[error("pack {pack}: {source}")]
    Epoch {
        /// The pack.
        pack: String,
        /// Why.
        source: KeyError,
    },
}

/// Unix seconds of a time (0 before 1970).
fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl Engine {
    /// Attaches keys to a validated pack. Every category's operator is keyed
    /// with its own sub-key (per domain and category); categories with an
    /// `epoch` get the current epoch's key from the keyring's chain (in
    /// memory: the keyring file is not advanced; see [`Engine::with_ratchet`]).
    pub fn new(pack: Pack, keyring: &Keyring) -> Result<Engine, EngineError> {
        let schedule = crate::rules::schedule(std::slice::from_ref(&pack));
        let ratchet = Arc::new(Mutex::new(Ratchet::new(keyring.clone(), None, schedule)));
        Engine::with_ratchet(pack, &ratchet, SystemTime::now())
    }

    /// [`Engine::new`] with the keys of `ratchet` at `now`. The ratchet is
    /// shared by every engine of a process; a worker that passes an epoch
    /// boundary ([`Worker::check_epoch`]) advances it (and, if it has a
    /// path, overwrites the keyring file) and takes the new keys.
    pub fn with_ratchet(
        pack: Pack,
        ratchet: &Arc<Mutex<Ratchet>>,
        now: SystemTime,
    ) -> Result<Engine, EngineError> {
        let detectors =
            DetectorSet::new(&pack.detectors).map_err(|source| EngineError::Detector {
                pack: pack.name.clone(),
                source,
            })?;
        let mut categories = Vec::with_capacity(pack.categories.len());
        for c in &pack.categories {
            categories.push(RtCategory {
                kind: c.kind,
                normalize: Normalize {
                    casefold_username: c.casefold,
                },
                reversible: c.reversible,
                epoch: crate::rules::key_use(c).zip(c.epoch),
            });
        }
        let epoch_err = |source| EngineError::Epoch {
            pack: pack.name.clone(),
            source,
        };
        let keyed = {
            let mut r = ratchet
                .lock()
                .map_err(|_| epoch_err(KeyError::Epoch(crate::keys::EpochError::NoChain)))?;
            r.advance(day_of(unix(now))).map_err(epoch_err)?;
            Arc::new(build_keyed(&pack, r.keyring(), unix(now))?)
        };
        let epochs = (keyed.next != u64::MAX).then(|| {
            Arc::new(EpochShared {
                ratchet: Arc::clone(ratchet),
                current: Mutex::new(Arc::clone(&keyed)),
            })
        });
        let mut by_kind = vec![None; Kind::BUILTIN.len() + pack.categories.len()];
        for (i, c) in pack.categories.iter().enumerate() {
            let slot = kind_slot(c.kind);
            if slot < by_kind.len() && by_kind[slot].is_none() {
                by_kind[slot] = Some(i as CatId);
            }
        }
        for k in Kind::BUILTIN {
            if let Some(to) = k.falls_back_to() {
                if by_kind[kind_slot(k)].is_none() {
                    by_kind[kind_slot(k)] = by_kind[kind_slot(to)];
                }
            }
        }
        let ip_cats = pack
            .categories
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.kind, Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4))
            .fold(0u64, |m, (i, _)| m | 1 << (i & 63));
        let field_rules = FieldRules::new(&pack);
        let columns = match &pack.format {
            Format::Csv { columns, .. } => Some(Layout::new(&pack, columns.clone())),
            _ => None,
        };
        Ok(Engine {
            inner: Arc::new(Inner {
                pack,
                detectors,
                categories,
                by_kind,
                ip_cats,
                field_rules,
                columns,
            }),
            max_record: DEFAULT_MAX_RECORD,
            keyed,
            epochs,
        })
    }

    /// The start day of the epoch whose keys this engine's new workers use
    /// for `category`, if it has epoch keys.
    pub fn epoch_of(&self, category: CatId) -> Option<u64> {
        match self.keyed.ops.get(category as usize)? {
            Operator::Pseudonym(p) => p.epoch_day(),
            _ => {
                let (_, length) = self
                    .inner
                    .categories
                    .get(category as usize)?
                    .epoch
                    .as_ref()?;
                let next_day = self.keyed.next / 86_400;
                Some(epoch_start(next_day.saturating_sub(1), *length))
            }
        }
    }

    /// Sets the record size limit (bytes); larger records are quarantined.
    pub fn with_max_record(mut self, max: usize) -> Engine {
        self.max_record = max;
        self
    }

    /// The record size limit (bytes).
    pub fn max_record(&self) -> usize {
        self.max_record
    }

    /// The columns `rec` names, if it is a CSV header row naming them (the
    /// pack's `headers` include `names`); `rec` is without its terminator.
    /// The file driver uses this to hand a worker the columns in force
    /// where its chunk starts.
    pub fn named_columns(&self, rec: &[u8]) -> Option<Columns> {
        match self.header_row(rec)? {
            HeaderRow::Names(names) => Some(Columns(Arc::new(Layout::new(
                &self.inner.pack,
                names.into_iter().map(str::to_owned).collect(),
            )))),
            HeaderRow::Types => None,
        }
    }

    /// `rec` as a header row of the pack, if it is one.
    fn header_row<'r>(&self, rec: &'r [u8]) -> Option<HeaderRow<'r>> {
        let inner = &self.inner;
        let h = inner.pack.headers;
        match &inner.pack.format {
            Format::Csv { columns, .. } if h.names || h.types => {
                format::header_row(rec, columns, h.names, h.types)
            }
            _ => None,
        }
    }

    /// Whether any category seals originals into the vault.
    pub fn has_reversible(&self) -> bool {
        self.inner.categories.iter().any(|c| c.reversible)
    }

    /// The pack this engine runs.
    pub fn pack(&self) -> &Pack {
        &self.inner.pack
    }

    /// A new worker with empty scratch and cache.
    pub fn worker(&self) -> Worker {
        let keyed = match &self.epochs {
            // The newest keys, not those of the engine's start.
            Some(shared) => shared
                .current
                .lock()
                .map_or_else(|_| Arc::clone(&self.keyed), |k| Arc::clone(&k)),
            None => Arc::clone(&self.keyed),
        };
        Worker {
            engine: self.clone(),
            s: Scratch {
                keyed,
                fields: Vec::new(),
                spans: Vec::new(),
                edits: Vec::new(),
                arena: Vec::new(),
                value: String::new(),
                piece: String::new(),
                canon: String::new(),
                cache: {
                    // Per-worker seeds from foldhash's per-process randomness.
                    let seeds = foldhash::fast::RandomState::default();
                    (0..self.inner.categories.len() as u64)
                        .map(|i| TokenCache::new([seeds.hash_one(i), seeds.hash_one(!i)]))
                        .collect()
                },
                keys: detect::keys::Memo::default(),
                known: detect::KnownNames::default(),
                known_phones: detect::KnownNames::of(Kind::Phone),
                deferred: Vec::new(),
                vault_items: Vec::new(),
                stats: Stats::new(self.inner.categories.len()),
            },
            named: None,
            follow_headers: false,
        }
    }
}

/// Index of a kind in [`Inner::by_kind`].
fn kind_slot(kind: Kind) -> usize {
    match kind {
        Kind::Custom(i) => Kind::BUILTIN.len() + usize::from(i),
        k => Kind::BUILTIN.iter().position(|b| *b == k).unwrap_or(0),
    }
}

impl Inner {
    fn category_of(&self, kind: Kind) -> Option<CatId> {
        self.by_kind.get(kind_slot(kind)).copied().flatten()
    }

    /// Which of the pack's `[[keep_when]]` tables hold for a record, one
    /// bit each (none for most packs, and then no work). A table that
    /// keeps fields equal to another holds where that field is not empty;
    /// [`Inner::rule_in`] compares each kept field with it.
    fn keep_when_held(&self, fields: &[Field<'_>]) -> u64 {
        let mut held = 0;
        for (k, kw) in self.pack.keep_when.iter().enumerate().take(64) {
            let holds = match &kw.when {
                KeepIf::Holds { field, values } => fields
                    .iter()
                    .any(|f| *f.name == **field && values.iter().any(|v| *v == *f.value)),
                KeepIf::Equals(other) => fields
                    .iter()
                    .any(|f| *f.name == **other && !f.value.trim().is_empty()),
            };
            if holds {
                held |= 1 << k;
            }
        }
        held
    }

    /// [`Inner::rule_of`], or `Keep` for a field that a `[[keep_when]]`
    /// holding for the record (`held`) names: a queue's number in `dst`, a
    /// hunt pilot's number where `huntPilotDN` holds it.
    fn rule_in(
        &self,
        layout: Option<&Layout>,
        fields: &[Field<'_>],
        i: usize,
        held: u64,
    ) -> FieldRule {
        let field = &fields[i];
        // A CSV column no holding table lists is decided by its layout's
        // mask; other records (and rows longer than their layout) compare
        // names below.
        let listed = match layout.and_then(|l| l.keep.get(i)) {
            Some(mask) => held & mask != 0,
            None => held != 0,
        };
        let kept = listed
            && self.pack.keep_when.iter().enumerate().any(|(k, kw)| {
                k < 64
                    && held & (1 << k) != 0
                    && kw.fields.iter().any(|f| *f == *field.name)
                    && match &kw.when {
                        KeepIf::Holds { .. } => true,
                        KeepIf::Equals(other) => fields
                            .iter()
                            .any(|f| *f.name == **other && f.value.trim() == field.value.trim()),
                    }
            });
        if kept {
            return FieldRule::Keep;
        }
        self.rule_of(layout, i, field)
    }

    /// The rule for field `i` of a record: its column's in CSV (in the
    /// columns a header row named, or the pack's own), else its binding's,
    /// else the pack's default.
    fn rule_of(&self, layout: Option<&Layout>, i: usize, field: &Field<'_>) -> FieldRule {
        let rule = match layout.and_then(|l| l.rules.get(i)) {
            Some(r) => *r,
            None => self.field_rules.get(&field.name),
        };
        match rule {
            // A field bound to addresses that holds more than one (an
            // address with its port, a bracketed IPv6, a zone, a prefix
            // length, a list, a host name, `-`) is read as text: the
            // address detectors find the addresses in it, the rest stays.
            // Quarantining it would lose the record for a port.
            FieldRule::Bound(cat, Encoding::Text)
                if self.ip_cats & (1 << (cat & 63)) != 0
                    && !detect::ip_bare(self.categories[cat as usize].kind, &field.value) =>
            {
                FieldRule::Scan
            }
            // A field bound to accounts that holds an e-mail address or a
            // person's name (CEF's `suser` does, by product) is that; one
            // that holds both an account and its holder's name is split.
            FieldRule::Bound(cat, Encoding::Text)
                if self.categories[cat as usize].kind == Kind::Username =>
            {
                self.account_rule(cat, &field.value)
            }
            // A caller name that only labels a line (`Extension 1000`) holds
            // the caller's number: read as a caller id, the number is one.
            FieldRule::Bound(cat, Encoding::Text)
                if self.categories[cat as usize].kind == Kind::PersonName
                    && format::labelled_number(field.value.trim().as_bytes()).is_some() =>
            {
                match self.category_of(Kind::Phone) {
                    Some(number) => FieldRule::CallerId { name: cat, number },
                    None => rule,
                }
            }
            r => r,
        }
    }

    /// The rule for a value of a field bound to accounts (category `cat`).
    fn account_rule(&self, cat: CatId, value: &str) -> FieldRule {
        use detect::keys::BoundAccount;
        let b = value.as_bytes();
        if memchr::memchr3(b'@', b' ', b'(', b).is_none() {
            return FieldRule::Bound(cat, Encoding::Text);
        }
        if detect::keys::account_parts(value).is_some() {
            return FieldRule::Account(cat);
        }
        match detect::keys::bound_account(value) {
            BoundAccount::Other(kind) => self
                .category_of(kind)
                .map_or(FieldRule::Bound(cat, Encoding::Text), |c| {
                    FieldRule::Bound(c, Encoding::Text)
                }),
            BoundAccount::Account => FieldRule::Bound(cat, Encoding::Text),
        }
    }

    /// The categories of the parts of an account written with its holder's
    /// name; a part whose kind the pack has no category for goes with the
    /// account's.
    fn account_parts(&self, cat: CatId, value: &str) -> Option<[(Range<usize>, CatId); 2]> {
        let parts = detect::keys::account_parts(value)?;
        Some(parts.map(|(r, kind)| {
            let c = match kind {
                Kind::Username => cat,
                k => self.category_of(k).unwrap_or(cat),
            };
            (r, c)
        }))
    }

    /// What the key of an unbound field says about its value: `key` is the
    /// field's name or its CEF label. `None`: run the text detectors.
    fn key_decision(
        &self,
        memo: &mut detect::keys::Memo,
        fields: &[Field<'_>],
        i: usize,
        key: &str,
    ) -> Option<KeyDecision> {
        let field = &fields[i];
        let d = self.key_decision_alone(memo, field, key);
        if !matches!(self.pack.format, Format::Json)
            || !matches!(
                d,
                None | Some(KeyDecision::Replace(_)) | Some(KeyDecision::Keep)
            )
            || !detect::keys::described(&field.name)
        {
            return d;
        }
        // A sibling that says what the object is (`"entity_type":"User"`,
        // `"@odata.type":"#microsoft.graph.group"`) decides its name, path
        // and details fields: a person's are an account or a name, a
        // group's, role's or device's are kept.
        let replaced_kind = match d {
            Some(KeyDecision::Replace(c)) => Some(self.categories[c as usize].kind),
            _ => None,
        };
        match object_of(fields, i) {
            Some(detect::keys::Object::Person) if d.is_none() => {
                use detect::keys::{Evidence, KeyClass};
                match detect::keys::evidence(
                    KeyClass::Username,
                    &field.value,
                    self.detectors.year(),
                ) {
                    Evidence::Replace(kind) => self.category_of(kind).map(KeyDecision::Replace),
                    _ => None,
                }
            }
            Some(detect::keys::Object::Thing)
                if d.is_none()
                    || matches!(replaced_kind, Some(Kind::PersonName | Kind::Username)) =>
            {
                Some(KeyDecision::Keep)
            }
            _ => d,
        }
    }

    /// What the key of an unbound field says about its value, from the key
    /// and the value alone.
    fn key_decision_alone(
        &self,
        memo: &mut detect::keys::Memo,
        field: &Field<'_>,
        key: &str,
    ) -> Option<KeyDecision> {
        use detect::keys::Evidence;
        // In syslog only structured-data parameters have keys; the header
        // parts and the message are free text.
        if matches!(self.pack.format, Format::Syslog) && !field.name.starts_with("sd.") {
            return None;
        }
        let Some(class) = memo.classify(key) else {
            let kind = detect::keys::unkeyed(&field.value, self.detectors.year())?;
            return self.category_of(kind).map(KeyDecision::Replace);
        };
        if class == detect::keys::KeyClass::Username
            && field.value.trim_end().ends_with([')', '>'])
            && detect::keys::account_parts(&field.value).is_some()
        {
            return self.category_of(Kind::Username).map(KeyDecision::Account);
        }
        match detect::keys::evidence(class, &field.value, self.detectors.year()) {
            Evidence::Replace(kind) => self.category_of(kind).map(KeyDecision::Replace),
            Evidence::Keep => Some(KeyDecision::Keep),
            Evidence::Scan => None,
        }
    }
}

/// The parent path of a JSON field (`a.b[].c` -> `a.b[]`), with
/// `@odata.type` read as one segment.
fn parent_of(name: &str) -> &str {
    let n = name.strip_suffix(".@odata.type").map_or(name, |p| p);
    if n.len() != name.len() {
        return n;
    }
    name.rfind('.').map_or("", |p| &name[..p])
}

/// What the object holding field `i` says it is, by a type sibling
/// within the same object: the nearest fields before and after it with the
/// same parent, stopping at another value of the same path (the next
/// element of an array).
fn object_of(fields: &[Field<'_>], i: usize) -> Option<detect::keys::Object> {
    let name: &str = &fields[i].name;
    let parent = parent_of(name);
    let look = |j: usize| -> Result<Option<detect::keys::Object>, ()> {
        let f = &fields[j];
        if *f.name == *name {
            return Err(());
        }
        if parent_of(&f.name) == parent && detect::keys::type_key(&f.name) {
            return Ok(detect::keys::object_kind(&f.value));
        }
        Ok(None)
    };
    for j in (i.saturating_sub(32)..i).rev() {
        match look(j) {
            Ok(Some(o)) => return Some(o),
            Ok(None) => {}
            Err(()) => break,
        }
    }
    for j in i + 1..fields.len().min(i + 33) {
        match look(j) {
            Ok(Some(o)) => return Some(o),
            Ok(None) => {}
            Err(()) => break,
        }
    }
    None
}

/// The rules of the fields a pack names, looked up without hashing: most
/// fields are unnamed in the pack, and a length-and-first-byte filter sends
/// them to the default rule without a single string comparison.
struct FieldRules {
    /// Bit `n` is set when some named field has `n` bytes (63 = longer).
    lengths: u64,
    named: Vec<(Box<str>, FieldRule)>,
    /// Every named field with its `[]` array markers left out, so a bound
    /// path also matches through arrays.
    unbracketed: Vec<(Box<str>, FieldRule)>,
    /// Bit `n` is set when a named field with array markers has `n` bytes
    /// without them: a name with no `[` needs comparing only then.
    bracketed_lengths: u64,
    default: FieldRule,
}

impl FieldRules {
    fn new(pack: &Pack) -> FieldRules {
        let mut named: Vec<(Box<str>, FieldRule)> = pack
            .bindings
            .keys()
            .map(|k| (k.as_str().into(), rule_for(pack, k)))
            .collect();
        if let Some(set) = &pack.scan_fields {
            for f in set {
                if !pack.bindings.contains_key(f) {
                    named.push((f.as_str().into(), FieldRule::Scan));
                }
            }
        }
        let lengths = named
            .iter()
            .fold(0u64, |m, (n, _)| m | 1 << n.len().min(63));
        let unbracketed: Vec<(Box<str>, FieldRule)> = named
            .iter()
            .map(|(n, r)| (n.replace("[]", "").into_boxed_str(), *r))
            .collect();
        let bracketed_lengths = named
            .iter()
            .zip(&unbracketed)
            .filter(|((n, _), (u, _))| n.len() != u.len())
            .fold(0u64, |m, (_, (u, _))| m | 1 << u.len().min(63));
        let keyed = matches!(
            pack.format,
            Format::Json | Format::Kv | Format::Cef | Format::Syslog
        );
        FieldRules {
            lengths,
            named,
            unbracketed,
            bracketed_lengths,
            default: if pack.scan_fields.is_some() {
                FieldRule::Keep
            } else if keyed {
                FieldRule::Auto
            } else {
                FieldRule::Scan
            },
        }
    }

    fn get(&self, name: &str) -> FieldRule {
        if self.lengths & (1 << name.len().min(63)) != 0 {
            let first = name.as_bytes().first();
            if let Some((_, r)) = self.named.iter().find(|(n, _)| {
                n.len() == name.len() && n.as_bytes().first() == first && **n == *name
            }) {
                return *r;
            }
        }
        // A bound path matches through arrays and nestings of arrays:
        // `user.name` binds `user.name[]` and `user[].name`, and
        // `callflow[].caller_profile.ani` binds `callflow.caller_profile.ani`.
        let found = if memchr::memchr(b'[', name.as_bytes()).is_none() {
            if self.bracketed_lengths & (1 << name.len().min(63)) == 0 {
                return self.default;
            }
            self.unbracketed.iter().find(|(n, _)| **n == *name)
        } else {
            let len = unbracketed_len(name);
            self.unbracketed
                .iter()
                .find(|(n, _)| n.len() == len && unbracketed(name).eq(n.bytes()))
        };
        found.map_or(self.default, |(_, r)| *r)
    }
}

/// The bytes of a field name without its `[]` array markers.
fn unbracketed(name: &str) -> impl Iterator<Item = u8> + '_ {
    let b = name.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while b.get(i) == Some(&b'[') && b.get(i + 1) == Some(&b']') {
            i += 2;
        }
        let c = *b.get(i)?;
        i += 1;
        Some(c)
    })
}

fn unbracketed_len(name: &str) -> usize {
    name.len() - 2 * name.as_bytes().windows(2).filter(|w| w == b"[]").count()
}

/// The CEF label that names field `field` (`cs1Label=pnr` names `cs1`),
/// if the record has one.
fn label_of<'f>(fields: &'f [Field<'_>], i: usize) -> Option<&'f str> {
    let field = &fields[i];
    let name: &str = &field.name;
    if let Some(p) = pair_parent(name) {
        return pair_label(fields, i, p);
    }
    fields
        .iter()
        .find(|f| {
            f.name.len() == name.len() + 5
                && f.name.starts_with(name)
                && (f.name.ends_with("Label") || f.name.ends_with("label"))
        })
        .map(|f| f.value.as_ref())
        .filter(|v| !v.trim().is_empty())
}

/// Whether a format's records can carry CEF-style `…Label` fields, or
/// JSON name/value pairs.
fn has_labels(format: &Format, fields: &[Field<'_>]) -> bool {
    match format {
        Format::Cef | Format::Kv => fields
            .iter()
            .any(|f| f.name.ends_with("Label") || f.name.ends_with("label")),
        Format::Json => fields.iter().any(|f| pair_parent(&f.name).is_some()),
        _ => false,
    }
}

/// The keys of the value half of a name/value pair, as audit logs write
/// attribute changes and tags (Azure AD's `modifiedProperties`, AWS tags,
/// SCIM operations).
const PAIR_VALUES: [&str; 13] = [
    "value",
    "Value",
    "newValue",
    "oldValue",
    "newvalue",
    "oldvalue",
    "values",
    "v",
    "val",
    "Val",
    "stringValue",
    "StringValue",
    "string_value",
];

/// The keys of the name half.
const PAIR_NAMES: [&str; 15] = [
    "k",
    "attr",
    "label",
    "fieldName",
    "attributeName",
    "propertyName",
    "name",
    "Name",
    "displayName",
    "key",
    "Key",
    "attribute",
    "field",
    "property",
    "path",
];

/// If the JSON path `name` ends in the value half of a pair, its parent
/// path (`""` at the top).
fn pair_parent(name: &str) -> Option<&str> {
    // Every value key ends in `e`, `s`, `v` or `l`: most names are turned away by
    // their last byte.
    if !matches!(name.as_bytes().last(), Some(b'e' | b's' | b'v' | b'l')) {
        return None;
    }
    PAIR_VALUES.iter().find_map(|v| {
        let head = name.strip_suffix(v)?;
        match head.strip_suffix('.') {
            Some(parent) => Some(parent),
            None if head.is_empty() => Some(""),
            None => None,
        }
    })
}

/// The name half of the pair whose value is field `i`: a sibling within
/// three fields under one of [`PAIR_NAMES`], earlier ones first. `{"displayName":
/// "TelephoneNumber", "newValue": "..."}` reads as `TelephoneNumber: ...`.
fn pair_label<'f>(fields: &'f [Field<'_>], i: usize, parent: &str) -> Option<&'f str> {
    // Names come first in the objects that write them; a later sibling
    // under the same path may be the next object's of an array.
    [
        i.wrapping_sub(1),
        i.wrapping_sub(2),
        i.wrapping_sub(3),
        i + 1,
        i + 2,
        i + 3,
    ]
    .into_iter()
    .filter_map(|j| fields.get(j))
    .find(|f| {
        let (p, last) = f.name.rsplit_once('.').unwrap_or(("", &f.name));
        p == parent && PAIR_NAMES.contains(&last)
    })
    .map(|f| f.value.as_ref())
    .filter(|v| !v.trim().is_empty() && v.len() <= 64)
}

fn rule_for(pack: &Pack, field: &str) -> FieldRule {
    match pack.bindings.get(field) {
        Some(Binding::Category { cat, encoding }) => FieldRule::Bound(*cat, *encoding),
        Some(Binding::CallerId { name, number }) => FieldRule::CallerId {
            name: *name,
            number: *number,
        },
        Some(Binding::Keep) => FieldRule::Keep,
        Some(Binding::Scan) => FieldRule::Scan,
        None => match &pack.scan_fields {
            // Only CSV columns come here, and a column has no key to read.
            None => FieldRule::Scan,
            Some(set) if set.contains(field) => FieldRule::Scan,
            Some(_) => FieldRule::Keep,
        },
    }
}

/// Every category's operator for the epochs that hold `now` (unix
/// seconds), and when the next one begins. A keyring without a chain gives
/// every category its legacy key.
fn build_keyed(pack: &Pack, keyring: &Keyring, now: u64) -> Result<Keyed, EngineError> {
    let today = day_of(now);
    let mut ops = Vec::with_capacity(pack.categories.len());
    let mut next = u64::MAX;
    for c in &pack.categories {
        let op = match (crate::rules::key_use(c), c.epoch, keyring.epochs()) {
            (Some(usage), Some(length), Some(epochs)) => {
                let start = epoch_start(today, length);
                let key = epochs
                    .key(&usage, length, start)
                    .map_err(|e| EngineError::Epoch {
                        pack: pack.name.clone(),
                        source: KeyError::Epoch(e),
                    })?;
                next = next.min((start + length).saturating_mul(86_400));
                operator_with_key(c, &key, Some(start))
            }
            _ => build_operator(c, keyring),
        };
        ops.push(op.map_err(|source| EngineError::Operator {
            pack: pack.name.clone(),
            category: c.name.clone(),
            source,
        })?);
    }
    Ok(Keyed {
        ops: ops.into_boxed_slice(),
        next,
    })
}

/// A category's operator under its legacy key, derived from the active
/// master secret.
pub(crate) fn build_operator(
    c: &crate::rules::Category,
    keyring: &Keyring,
) -> Result<Operator, OpError> {
    let label = match &c.operator {
        crate::rules::OperatorSpec::IpPrefix => label::ipcrypt(&c.domain),
        _ => label::pseudonym(&c.domain, &c.name),
    };
    operator_with_key(c, &keyring.derive(&label), None)
}

/// A category's operator under `key`; `epoch`, the start day of the epoch
/// the key belongs to, makes a pseudonym write versioned tokens.
pub(crate) fn operator_with_key(
    c: &crate::rules::Category,
    key: &SecretKey,
    epoch: Option<u64>,
) -> Result<Operator, OpError> {
    use crate::ops::{EmailDomain, IpPrefix, Mask, Pseudonym, Redact};
    use crate::rules::OperatorSpec;
    Ok(match &c.operator {
        OperatorSpec::Pseudonym {
            prefix,
            pseudonymise_domain,
        } => {
            let domain = if *pseudonymise_domain {
                EmailDomain::Pseudonymise
            } else {
                EmailDomain::Keep
            };
            let p = Pseudonym::new(key, prefix)?.with_email_domain(domain);
            Operator::Pseudonym(match epoch {
                Some(day) => p.with_epoch(day),
                None => p,
            })
        }
        OperatorSpec::IpPrefix => Operator::IpPrefix(IpPrefix::new(key)?),
        OperatorSpec::Mask {
            keep_first,
            keep_last,
        } => Operator::Mask(if *keep_last > 0 {
            Mask::keep_last(*keep_last)
        } else {
            Mask::keep_first(*keep_first)
        }),
        OperatorSpec::Redact(text) => Operator::Redact(Redact::new(text)),
        OperatorSpec::Drop => Operator::Drop,
        OperatorSpec::Keep => Operator::Keep,
    })
}

/// Counters a worker keeps; merged by the driver.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Records processed (including quarantined).
    pub records: u64,
    /// Records whose output differs from the input.
    pub changed: u64,
    /// Bytes in.
    pub bytes_in: u64,
    /// Bytes out.
    pub bytes_out: u64,
    /// Values replaced, by category index.
    pub per_category: Vec<u64>,
    /// Token-cache hits.
    pub cache_hits: u64,
    /// Token-cache misses.
    pub cache_misses: u64,
}

impl Stats {
    fn new(categories: usize) -> Stats {
        Stats {
            per_category: vec![0; categories],
            ..Stats::default()
        }
    }

    /// Adds another worker's counters to these.
    pub fn merge(&mut self, other: &Stats) {
        self.records += other.records;
        self.changed += other.changed;
        self.bytes_in += other.bytes_in;
        self.bytes_out += other.bytes_out;
        self.cache_hits += other.cache_hits;
        self.cache_misses += other.cache_misses;
        if self.per_category.len() < other.per_category.len() {
            self.per_category.resize(other.per_category.len(), 0);
        }
        for (a, b) in self.per_category.iter_mut().zip(&other.per_category) {
            *a += b;
        }
    }
}

/// Whether a processed record changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Copied through byte for byte.
    Unchanged,
    /// At least one value was replaced.
    Changed,
}

/// One edit: replace `range` of the record with `arena[bytes]`.
#[derive(Clone, Debug)]
struct Edit {
    range: Range<usize>,
    bytes: Range<usize>,
}

/// Processes records one at a time with its own scratch and token cache.
#[derive(Clone)]
pub struct Worker {
    engine: Engine,
    s: Scratch,
    /// The columns the last CSV header row named, when following headers.
    named: Option<Columns>,
    /// Whether a header row naming columns changes how the rows after it
    /// are read (records come in order, as in a file), or only passes
    /// through (records are independent, as in Kafka).
    follow_headers: bool,
}

/// A worker's mutable state, apart from the engine it reads, so the hot path
/// borrows the engine instead of cloning its `Arc` per record (a shared
/// reference count that two cores would otherwise bounce between them).
#[derive(Clone)]
struct Scratch {
    /// The operators of the current epochs.
    keyed: Arc<Keyed>,
    fields: Vec<Field<'static>>,
    spans: Vec<Span>,
    edits: Vec<Edit>,
    arena: Vec<u8>,
    /// The new value of the field being rewritten.
    value: String,
    /// The replacement for one value.
    piece: String,
    canon: String,
    cache: Vec<TokenCache>,
    /// Key names already classified.
    keys: detect::keys::Memo,
    /// Usernames that a binding or a key took in the current record:
    /// free-text fields of the same record are searched for them
    /// (`"user":"karin"` ... `"message":"login by karin"`).
    known: detect::KnownNames,
    /// Phone numbers that a binding took in the current record: a CDR's
    /// `dst` is found again in its dial string (`PJSIP/0701740666@trunk`,
    /// `callback.agi,0701740666`), where no pattern would know it.
    known_phones: detect::KnownNames,
    /// Fields of the current record whose free text is scanned after the
    /// others, so the usernames those took are known.
    deferred: Vec<usize>,
    vault_items: Vec<VaultItem>,
    stats: Stats,
}

/// A reversible value the vault must hold before its record is emitted.
/// Holds an original value: never log or print it.
#[derive(Clone, PartialEq, Eq)]
pub struct VaultItem {
    /// The category ([`Pack::categories`] index).
    pub category: CatId,
    /// The token (the vault key).
    pub token: String,
    /// The value as written in the record.
    pub original: String,
}

impl fmt::Debug for VaultItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VaultItem")
            .field("category", &self.category)
            .field("token", &self.token)
            .field("original", &"[redacted]")
            .finish()
    }
}

impl fmt::Debug for Worker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Worker")
            .field("engine", &self.engine)
            .finish_non_exhaustive()
    }
}

/// Reuses a vector's allocation for a different lifetime. The vector is
/// emptied first, so no value crosses lifetimes; std's in-place collection
/// keeps the buffer.
fn recycle<'b>(mut v: Vec<Field<'_>>) -> Vec<Field<'b>> {
    v.clear();
    v.into_iter()
        .map(|_| -> Field<'b> { unreachable!("the vector is empty") })
        .collect()
}

impl Worker {
    /// The engine this worker runs.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Counters so far.
    pub fn stats(&self) -> &Stats {
        &self.s.stats
    }

    /// Takes the counters, leaving zeroes.
    pub fn take_stats(&mut self) -> Stats {
        let n = self.s.stats.per_category.len();
        std::mem::replace(&mut self.s.stats, Stats::new(n))
    }

    /// Counts a record the driver quarantined without handing it over (one
    /// over the size limit, a fragment of a record that never closed).
    pub fn count_unprocessed(&mut self, bytes: u64) {
        self.s.stats.records += 1;
        self.s.stats.bytes_in += bytes;
    }

    /// Lets CSV header rows that name columns decide how the rows after
    /// them are read, until the next such row or [`Worker::set_columns`].
    /// For drivers that hand over records in input order (files, stdin).
    pub fn follow_headers(&mut self, on: bool) {
        self.follow_headers = on;
    }

    /// Sets the columns named by the header row in force (`None`: the
    /// pack's own), e.g. at the start of an input, or of a chunk of one.
    pub fn set_columns(&mut self, columns: Option<Columns>) {
        self.named = columns;
    }

    /// Recognises a CSV header row: it passes through byte for byte (and,
    /// when following headers, names the columns of the rows after it).
    fn header(&mut self, rec: &[u8]) -> bool {
        let Some(row) = self.engine.header_row(rec) else {
            return false;
        };
        if let (true, HeaderRow::Names(names)) = (self.follow_headers, row) {
            let names = names.into_iter().map(str::to_owned).collect();
            self.named = Some(Columns(Arc::new(Layout::new(
                &self.engine.inner.pack,
                names,
            ))));
        }
        true
    }

    /// Processes one record (without its line terminator) and appends the
    /// output to `out`. On `Err`, nothing is appended: quarantine the record.
    ///
    /// A CSV header row (recognised by its content, see
    /// [`format::header_row`]) is copied through unchanged.
    pub fn process(&mut self, rec: &[u8], out: &mut Vec<u8>) -> Result<Outcome, RecordError> {
        self.s.stats.records += 1;
        self.s.stats.bytes_in += rec.len() as u64;
        if rec.len() > self.engine.max_record {
            return Err(RecordError::TooLarge {
                len: rec.len(),
                limit: self.engine.max_record,
            });
        }
        if self.header(rec) {
            out.extend_from_slice(rec);
            self.s.stats.bytes_out += rec.len() as u64;
            return Ok(Outcome::Unchanged);
        }
        let inner: &Inner = &self.engine.inner;
        let mut named = self.named.as_ref();
        let mut fields = recycle(std::mem::take(&mut self.s.fields));
        self.s.edits.clear();
        self.s.arena.clear();
        let items_before = self.s.vault_items.len();
        self.s.known.clear();
        self.s.known_phones.clear();
        self.s.deferred.clear();
        let result = decode(inner, &mut named, rec, &mut fields).and_then(|()| {
            let layout = named.map(|c| &*c.0).or(inner.columns.as_ref());
            if let Some(l) = layout {
                check_shapes(l, &fields)?;
            }
            let held = inner.keep_when_held(&fields);
            let labels = has_labels(&inner.pack.format, &fields);
            // Bound and keyed fields first, free text after: edits are
            // sorted before they are applied, so the order only decides
            // which usernames the free text already knows.
            for (i, field) in fields.iter().enumerate() {
                let mut rule = inner.rule_in(layout, &fields, i, held);
                if rule == FieldRule::Auto {
                    let key = if labels { label_of(&fields, i) } else { None };
                    let key = key.unwrap_or(&field.name);
                    match inner.key_decision(&mut self.s.keys, &fields, i, key) {
                        Some(KeyDecision::Replace(cat)) => {
                            if inner.categories[cat as usize].kind == Kind::Username {
                                self.s.remember_username(&field.value);
                            }
                            // The value as a whole, keeping its padding and
                            // the field's own quoting.
                            let value: &str = &field.value;
                            let whole = std::iter::once((detect::keys::replaced(value), cat));
                            self.s.rewrite(inner, rec, field, whole)?;
                            continue;
                        }
                        Some(KeyDecision::Account(cat)) => rule = FieldRule::Account(cat),
                        Some(KeyDecision::Keep) => continue,
                        None => rule = FieldRule::Scan,
                    }
                }
                match rule {
                    FieldRule::Scan => {
                        self.s.deferred.push(i);
                        continue;
                    }
                    FieldRule::Bound(cat, Encoding::Text)
                        if inner.categories[cat as usize].kind == Kind::Username =>
                    {
                        self.s.remember_username(&field.value);
                    }
                    FieldRule::Account(cat) => self.s.remember_account(inner, cat, &field.value),
                    _ => self.s.remember_phones(inner, rule, &field.value),
                }
                self.s.apply_rule(inner, rule, rec, field)?;
            }
            let deferred = std::mem::take(&mut self.s.deferred);
            let r = deferred
                .iter()
                .try_for_each(|&i| self.s.apply_rule(inner, FieldRule::Scan, rec, &fields[i]));
            self.s.deferred = deferred;
            r?;
            if scans_gaps(&inner.pack.format) {
                for gap in gaps(rec.len(), &fields) {
                    self.s.scan_gap(inner, rec, gap)?;
                }
            }
            Ok(())
        });
        self.s.fields = recycle(fields);
        if result.is_err() {
            // A quarantined record emits nothing, so it needs no entries; its
            // values leave the cache too, so a later record that repeats
            // them still brings its own entry.
            for item in self.s.vault_items.drain(items_before..) {
                self.s.cache[item.category as usize].remove(&item.original);
            }
        }
        result?;
        let before = out.len();
        if self.s.edits.is_empty() {
            out.extend_from_slice(rec);
            self.s.stats.bytes_out += rec.len() as u64;
            return Ok(Outcome::Unchanged);
        }
        self.s.edits.sort_by_key(|e| e.range.start);
        let mut at = 0;
        for e in &self.s.edits {
            // Drop ranges of neighbouring JSON members can share a comma: a
            // member's range takes the comma after it, the last member's
            // takes the comma before it. When a run of dropped members ends
            // the container, that comma was already removed with the member
            // before, and the comma in front of the run is still in `out`.
            if e.range.start < at && e.bytes.is_empty() {
                trim_separator(out, before);
            }
            let start = e.range.start.max(at);
            out.extend_from_slice(&rec[at..start]);
            out.extend_from_slice(&self.s.arena[e.bytes.clone()]);
            at = e.range.end.max(start);
        }
        out.extend_from_slice(&rec[at..]);
        self.s.stats.changed += 1;
        self.s.stats.bytes_out += (out.len() - before) as u64;
        Ok(Outcome::Changed)
    }

    /// Detection only: appends what `process` would replace, in record
    /// offsets, sorted by start.
    pub fn scan(&mut self, rec: &[u8], found: &mut Vec<Found>) -> Result<(), RecordError> {
        if self.header(rec) {
            return Ok(());
        }
        let inner: &Inner = &self.engine.inner;
        let mut named = self.named.as_ref();
        let mut fields = recycle(std::mem::take(&mut self.s.fields));
        self.s.known.clear();
        self.s.known_phones.clear();
        let result = decode(inner, &mut named, rec, &mut fields).and_then(|()| {
            let layout = named.map(|c| &*c.0).or(inner.columns.as_ref());
            if let Some(l) = layout {
                check_shapes(l, &fields)?;
            }
            let held = inner.keep_when_held(&fields);
            let labels = has_labels(&inner.pack.format, &fields);
            // The usernames that bindings and keys take, as `process` finds
            // them again in the record's free text.
            for (i, field) in fields.iter().enumerate() {
                let rule = inner.rule_in(layout, &fields, i, held);
                self.s.remember_phones(inner, rule, &field.value);
                let cat = match rule {
                    FieldRule::Bound(cat, Encoding::Text) => Some(cat),
                    FieldRule::Account(cat) => {
                        self.s.remember_account(inner, cat, &field.value);
                        None
                    }
                    FieldRule::Auto => {
                        let label = if labels { label_of(&fields, i) } else { None };
                        let key = label.unwrap_or(&field.name);
                        match inner.key_decision(&mut self.s.keys, &fields, i, key) {
                            Some(KeyDecision::Replace(cat)) => Some(cat),
                            Some(KeyDecision::Account(cat)) => {
                                self.s.remember_account(inner, cat, &field.value);
                                None
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                };
                if cat.is_some_and(|c| inner.categories[c as usize].kind == Kind::Username) {
                    self.s.remember_username(&field.value);
                }
            }
            for (i, field) in fields.iter().enumerate() {
                let mut rule = inner.rule_in(layout, &fields, i, held);
                let value: &str = &field.value;
                let mut push = |r: Range<usize>, kind: Kind, by: &dyn Fn() -> By| {
                    let (a, b) = trim_range(value, r);
                    // What `transform` keeps is not reported.
                    if a < b && !detect::placeholder(kind, &value[a..b]) {
                        found.push(Found {
                            start: field.record_offset(rec, a),
                            end: field.record_offset(rec, b),
                            kind,
                            by: by(),
                        });
                    }
                };
                let binding = || By::Binding(field.name.to_string());
                if rule == FieldRule::Auto {
                    let label = if labels { label_of(&fields, i) } else { None };
                    let key = label.unwrap_or(&field.name);
                    match inner.key_decision(&mut self.s.keys, &fields, i, key) {
                        Some(KeyDecision::Replace(cat)) => {
                            let by = || match label {
                                Some(l) => By::Key(format!("{}Label={l}", field.name)),
                                None => By::Key(field.name.to_string()),
                            };
                            push(
                                detect::keys::replaced(value),
                                inner.categories[cat as usize].kind,
                                &by,
                            );
                            continue;
                        }
                        Some(KeyDecision::Account(cat)) => {
                            let by = || By::Key(field.name.to_string());
                            for (r, c) in inner.account_parts(cat, value).into_iter().flatten() {
                                push(r, inner.categories[c as usize].kind, &by);
                            }
                            continue;
                        }
                        Some(KeyDecision::Keep) => continue,
                        None => rule = FieldRule::Scan,
                    }
                }
                match rule {
                    FieldRule::Keep | FieldRule::Auto => {}
                    // An IPv6 address in a field bound to `ipv4` is reported
                    // as what it is, as `transform` handles it.
                    // Integer IP 0 is "no address" (`transform_int_ip`).
                    FieldRule::Bound(_, Encoding::Int32Le) if value.trim() == "0" => {}
                    FieldRule::Bound(cat, _) => push(
                        0..value.len(),
                        ip_kind_of(inner.categories[cat as usize].kind, value),
                        &binding,
                    ),
                    FieldRule::Account(cat) => {
                        for (r, c) in inner.account_parts(cat, value).into_iter().flatten() {
                            push(r, inner.categories[c as usize].kind, &binding);
                        }
                    }
                    FieldRule::CallerId { name, number } => {
                        let (n, p) = format::split_caller_id(value);
                        if let Some(n) = n {
                            push(n, inner.categories[name as usize].kind, &binding);
                        }
                        if let Some(p) = p {
                            push(p, inner.categories[number as usize].kind, &binding);
                        }
                    }
                    FieldRule::Scan => {
                        self.s.find(inner, value, true);
                        for s in &self.s.spans {
                            push(s.start..s.end, s.kind, &|| By::Detector);
                        }
                    }
                }
            }
            Ok(())
        });
        if result.is_ok() && scans_gaps(&inner.pack.format) {
            for gap in gaps(rec.len(), &fields) {
                if let Ok(text) = std::str::from_utf8(&rec[gap.clone()]) {
                    self.s.find(inner, text, echoes_in_gaps(&inner.pack.format));
                    for s in &self.s.spans {
                        found.push(Found {
                            start: gap.start + s.start,
                            end: gap.start + s.end,
                            kind: s.kind,
                            by: By::Detector,
                        });
                    }
                }
            }
        }
        self.s.fields = recycle(fields);
        found.sort_by_key(|f| f.start);
        result
    }

    /// The vault entries the records processed since the last call need:
    /// the driver seals and stores them before it emits those records, so no
    /// output token exists without its entry.
    pub fn take_vault_items(&mut self) -> std::vec::Drain<'_, VaultItem> {
        self.s.vault_items.drain(..)
    }

    /// Checks, once per batch, whether an epoch boundary has passed at
    /// `now`: a comparison with a precomputed instant. Past one, the worker
    /// takes the new epoch's keys (the first worker to get there advances
    /// the shared ratchet, which may overwrite the keyring file) and forgets
    /// the cached tokens of categories with epoch keys, so no token of the
    /// old epoch is written after it. Returns whether the keys changed; an
    /// error means the keys could not be advanced: stop, and write nothing
    /// more.
    pub fn check_epoch(&mut self, now: SystemTime) -> Result<bool, EngineError> {
        let secs = unix(now);
        if secs < self.s.keyed.next {
            return Ok(false);
        }
        let Some(shared) = &self.engine.epochs else {
            return Ok(false);
        };
        let inner: &Inner = &self.engine.inner;
        let poisoned = || EngineError::Epoch {
            pack: inner.pack.name.clone(),
            source: KeyError::Epoch(crate::keys::EpochError::NoChain),
        };
        let fresh = {
            let mut current = shared.current.lock().map_err(|_| poisoned())?;
            if secs >= current.next {
                let mut ratchet = shared.ratchet.lock().map_err(|_| poisoned())?;
                ratchet
                    .advance(day_of(secs))
                    .map_err(|source| EngineError::Epoch {
                        pack: inner.pack.name.clone(),
                        source,
                    })?;
                *current = Arc::new(build_keyed(&inner.pack, ratchet.keyring(), secs)?);
            }
            Arc::clone(&current)
        };
        if Arc::ptr_eq(&fresh, &self.s.keyed) {
            return Ok(false);
        }
        self.s.keyed = fresh;
        for (c, cache) in inner.categories.iter().zip(self.s.cache.iter_mut()) {
            if c.epoch.is_some() {
                cache.clear();
            }
        }
        Ok(true)
    }

    /// The operators this worker uses now, by category (for Kafka header
    /// bindings, which must use the same keys as record bodies).
    pub fn operators(&self) -> &[Operator] {
        &self.s.keyed.ops
    }

    /// Forgets cached tokens of reversible categories, so their next sighting
    /// reaches the vault again (the driver calls this when the vault starts a
    /// new key epoch, and daily, so `last seen` stays current).
    pub fn clear_reversible_cache(&mut self) {
        let inner: &Inner = &self.engine.inner;
        for (c, cache) in inner.categories.iter().zip(self.s.cache.iter_mut()) {
            if c.reversible {
                cache.clear();
            }
        }
    }
}

impl Scratch {
    /// Runs the text detectors over `text` into `self.spans`, with the
    /// usernames found in it echoed, and (with `echo`) those taken
    /// elsewhere in the record too. Returns whether anything was found.
    fn find(&mut self, inner: &Inner, text: &str, echo: bool) -> bool {
        self.spans.clear();
        inner.detectors.detect(text, &mut self.spans);
        // Linear passes for the usernames taken elsewhere and those found
        // here (issue 15: a search and an overlap test per occurrence was
        // cubic on a line of repeated names).
        if echo {
            self.known.mark(text, &mut self.spans);
            self.known_phones.mark(text, &mut self.spans);
            // A number a channel or dial string named is the same person's
            // line in the record's later fields (`Local/5559@from-queue`
            // ... `agent=5559`).
            for s in &self.spans {
                if s.kind == Kind::Phone {
                    let v = text[s.start..s.end].trim_start_matches('+');
                    if v.bytes().all(|c| c.is_ascii_digit()) {
                        self.known_phones.add(v);
                    }
                }
            }
        }
        echo_usernames(text, &mut self.spans);
        !self.spans.is_empty()
    }

    /// Notes the phone numbers a bound field holds (a `phone` column, the
    /// number of a caller id), as digits, to find them again in the
    /// record's free text (`+46 70-174 06 83` is found as `46701740683`
    /// in `PJSIP/+46701740683@trunk`). Digits only: a needle of word bytes
    /// is searched with memchr, where one with `+` or spaces would build
    /// an automaton for every record. Placeholders (`112`, `s`) are not
    /// looked for.
    fn remember_phones(&mut self, inner: &Inner, rule: FieldRule, value: &str) {
        let number = match rule {
            FieldRule::Bound(cat, Encoding::Text)
                if inner.categories[cat as usize].kind == Kind::Phone =>
            {
                value
            }
            FieldRule::CallerId { .. } => match format::split_caller_id(value).1 {
                Some(r) => &value[r],
                None => return,
            },
            _ => return,
        };
        let v = number.trim();
        let mut digits = [0u8; 32];
        let mut n = 0;
        for c in v.bytes() {
            if c.is_ascii_digit() {
                if n == digits.len() {
                    return;
                }
                digits[n] = c;
                n += 1;
            } else if !matches!(c, b'+' | b' ' | b'-' | b'.' | b'(' | b')' | b'/') {
                // A SIP user or a name: not a number to look for.
                return;
            }
        }
        // Only a written number gets here, so only the number checks of
        // `placeholder` (`112`, `1177`) can still say no.
        if n > 0 && !detect::placeholder(Kind::Phone, v) {
            if let Ok(d) = std::str::from_utf8(&digits[..n]) {
                self.known_phones.add(d);
            }
        }
    }

    /// Remembers the account part of an account written with its holder's
    /// name.
    fn remember_account(&mut self, inner: &Inner, cat: CatId, value: &str) {
        for (r, c) in inner.account_parts(cat, value).into_iter().flatten() {
            if inner.categories[c as usize].kind == Kind::Username {
                self.remember_username(&value[r]);
            }
        }
    }

    /// Notes a username a binding or key took, to find it again in the
    /// record's free text: the whole value, and the account of a
    /// `DOMAIN\\user` value.
    fn remember_username(&mut self, value: &str) {
        let v = value.trim();
        let tail = v.rsplit('\\').next().unwrap_or(v);
        self.known.add(v);
        if tail != v {
            self.known.add(tail);
        }
    }

    /// Runs the text detectors over bytes that belong to no field (keys,
    /// free text between kv pairs) and edits what they find in place.
    fn scan_gap(
        &mut self,
        inner: &Inner,
        rec: &[u8],
        gap: Range<usize>,
    ) -> Result<(), RecordError> {
        let Ok(text) = std::str::from_utf8(&rec[gap.clone()]) else {
            return Ok(());
        };
        self.scan_in_place(inner, text, gap.start, echoes_in_gaps(&inner.pack.format))
    }

    /// Runs the text detectors over `text`, which sits unescaped at `base`
    /// in the record, and records one edit per value, so the bytes between
    /// values are never copied into scratch.
    fn scan_in_place(
        &mut self,
        inner: &Inner,
        text: &str,
        base: usize,
        echo: bool,
    ) -> Result<(), RecordError> {
        if !self.find(inner, text, echo) {
            return Ok(());
        }
        let spans = std::mem::take(&mut self.spans);
        let mut result = Ok(());
        let mut at = 0;
        for s in &spans {
            let Some(cat) = inner.category_of(s.kind) else {
                continue;
            };
            let (a, b) = trim_range(text, s.start..s.end);
            if a >= b || a < at {
                continue;
            }
            at = b;
            let start = self.arena.len();
            if let Some(hit) = cache_hit(&mut self.cache, &mut self.stats, cat, &text[a..b]) {
                // The common case, written straight to the arena.
                self.arena.extend_from_slice(hit);
                self.edits.push(Edit {
                    range: base + a..base + b,
                    bytes: start..self.arena.len(),
                });
                continue;
            }
            self.piece.clear();
            match self.transform(inner, cat, &text[a..b]) {
                Ok(Applied::Kept) => {}
                Ok(applied) => {
                    if applied == Applied::Replaced {
                        self.arena.extend_from_slice(self.piece.as_bytes());
                    }
                    let end = self.arena.len();
                    self.edits.push(Edit {
                        range: base + a..base + b,
                        bytes: start..end,
                    });
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.spans = spans;
        result
    }

    fn apply_rule(
        &mut self,
        inner: &Inner,
        rule: FieldRule,
        rec: &[u8],
        field: &Field<'_>,
    ) -> Result<(), RecordError> {
        let value: &str = &field.value;
        match rule {
            // Resolved by the caller; a key that decides nothing leaves the
            // field to the text detectors.
            FieldRule::Keep | FieldRule::Auto => Ok(()),
            FieldRule::Bound(cat, encoding) => {
                if value.trim().is_empty() {
                    return Ok(());
                }
                self.piece.clear();
                let applied = match encoding {
                    Encoding::Text => self.transform(inner, cat, value)?,
                    Encoding::Int32Le => self.transform_int_ip(inner, cat, value)?,
                };
                match applied {
                    Applied::Kept => Ok(()),
                    Applied::Dropped => {
                        let start = self.arena.len();
                        match inner.pack.format {
                            Format::Csv { .. } => format::encode(field.style, "", &mut self.arena),
                            // Syslog header parts are positional: an empty
                            // one would shift every later part, so a dropped
                            // part becomes the NILVALUE.
                            Format::Syslog if field.remove == field.raw => self.arena.push(b'-'),
                            _ => {}
                        }
                        let end = self.arena.len();
                        self.edits.push(Edit {
                            range: field.remove.clone(),
                            bytes: start..end,
                        });
                        Ok(())
                    }
                    Applied::Replaced => {
                        self.value.clear();
                        let piece = std::mem::take(&mut self.piece);
                        self.value.push_str(&piece);
                        self.piece = piece;
                        self.push_field_edit(field);
                        Ok(())
                    }
                }
            }
            FieldRule::Account(cat) => match inner.account_parts(cat, value) {
                Some(parts) => self.rewrite(inner, rec, field, parts.into_iter()),
                None => self.apply_rule(inner, FieldRule::Bound(cat, Encoding::Text), rec, field),
            },
            FieldRule::CallerId { name, number } => {
                let (n, p) = format::split_caller_id(value);
                let mut parts = [n.map(|r| (r, name)), p.map(|r| (r, number))];
                if let [Some(a), Some(b)] = &parts {
                    if b.0.start < a.0.start {
                        parts.swap(0, 1);
                    }
                }
                self.rewrite(inner, rec, field, parts.into_iter().flatten())
            }
            FieldRule::Scan
                if field.style == Style::Bare
                    && matches!(field.value, Cow::Borrowed(_))
                    && field.raw.len() == value.len() =>
            {
                // Free text written as is (a syslog MSG, a plain line): edit
                // the values where they stand.
                self.scan_in_place(inner, value, field.raw.start, true)
            }
            FieldRule::Scan => {
                if !self.find(inner, value, true) {
                    return Ok(());
                }
                let spans = std::mem::take(&mut self.spans);
                let r = self.rewrite(
                    inner,
                    rec,
                    field,
                    spans
                        .iter()
                        .filter_map(|s| inner.category_of(s.kind).map(|c| (s.start..s.end, c))),
                );
                self.spans = spans;
                r
            }
        }
    }

    /// Rewrites the parts of a field's value, re-encodes the field and
    /// records the edit. Parts are sorted and do not overlap.
    fn rewrite(
        &mut self,
        inner: &Inner,
        _rec: &[u8],
        field: &Field<'_>,
        parts: impl Iterator<Item = (Range<usize>, CatId)>,
    ) -> Result<(), RecordError> {
        let value: &str = &field.value;
        let mut new_value = std::mem::take(&mut self.value);
        new_value.clear();
        let mut at = 0;
        let mut changed = false;
        for (range, cat) in parts {
            let (a, b) = trim_range(value, range);
            if a >= b || a < at {
                continue;
            }
            self.piece.clear();
            let applied = match self.transform(inner, cat, &value[a..b]) {
                Ok(x) => x,
                Err(e) => {
                    self.value = new_value;
                    return Err(e);
                }
            };
            new_value.push_str(&value[at..a]);
            match applied {
                Applied::Kept => new_value.push_str(&value[a..b]),
                Applied::Dropped => changed = true,
                Applied::Replaced => {
                    new_value.push_str(&self.piece);
                    changed = true;
                }
            }
            at = b;
        }
        new_value.push_str(&value[at..]);
        self.value = new_value;
        if changed {
            self.push_field_edit(field);
        }
        Ok(())
    }

    /// Encodes `self.value` in the field's style over its raw bytes.
    fn push_field_edit(&mut self, field: &Field<'_>) {
        let start = self.arena.len();
        format::encode(field.style, &self.value, &mut self.arena);
        let end = self.arena.len();
        self.edits.push(Edit {
            range: field.raw.clone(),
            bytes: start..end,
        });
    }

    /// Runs one value through its category's operator, via the token cache.
    /// On `Replaced`, the new text is in `self.piece`.
    fn transform(
        &mut self,
        inner: &Inner,
        cat: CatId,
        original: &str,
    ) -> Result<Applied, RecordError> {
        if let Some(hit) = cache_hit(&mut self.cache, &mut self.stats, cat, original) {
            // The cache holds what `insert` was given, which was text.
            if let Ok(hit) = std::str::from_utf8(hit) {
                self.piece.push_str(hit);
                return Ok(Applied::Replaced);
            }
        }
        let idx = cat as usize;
        self.stats.cache_misses += 1;
        let c = &inner.categories[idx];
        let kind = ip_kind_of(c.kind, original);
        // Kept values are never cached, so this runs on misses only.
        if detect::placeholder(kind, original) {
            return Ok(Applied::Kept);
        }
        if !detect::normalize(kind, original, &c.normalize, &mut self.canon) {
            self.canon.clear();
            self.canon.push_str(original.trim());
        }
        let start = self.piece.len();
        let applied = self.keyed.ops[idx]
            .apply(kind, original, &self.canon, &mut self.piece)
            .map_err(|error| RecordError::Operator { kind, error })?;
        if applied != Applied::Kept {
            self.stats.per_category[idx] += 1;
        }
        if applied == Applied::Replaced {
            let replacement = &self.piece[start..];
            if c.reversible {
                // The vault key is the token itself; an e-mail token is the
                // part before its `@`.
                let token = replacement.split('@').next().unwrap_or(replacement);
                self.vault_items.push(VaultItem {
                    category: cat,
                    token: token.to_string(),
                    original: original.to_string(),
                });
            }
            self.cache[idx].insert(original, replacement);
        }
        Ok(applied)
    }

    /// An IPv4 address written as the signed 32-bit integer of its
    /// little-endian bytes: decode, transform, re-encode.
    fn transform_int_ip(
        &mut self,
        inner: &Inner,
        cat: CatId,
        original: &str,
    ) -> Result<Applied, RecordError> {
        let n: i32 = original
            .trim()
            .parse()
            .map_err(|_| RecordError::NotAnInteger)?;
        if n == 0 {
            return Ok(Applied::Kept);
        }
        let ip = Ipv4Addr::from((n as u32).to_le_bytes());
        let text = ip.to_string();
        self.piece.clear();
        let applied = self.transform(inner, cat, &text)?;
        if applied == Applied::Replaced {
            let kind = inner.categories[cat as usize].kind;
            let out: Ipv4Addr = self.piece.parse().map_err(|_| RecordError::Operator {
                kind,
                error: OpError::Malformed,
            })?;
            let back = i32::from_le_bytes(out.octets());
            self.piece.clear();
            self.piece.push_str(&back.to_string());
        }
        Ok(applied)
    }
}

/// The cached replacement of `original` in category `cat`, counted as a hit
/// (a free function so the caller can write it into its own buffers).
fn cache_hit<'c>(
    cache: &'c mut [TokenCache],
    stats: &mut Stats,
    cat: CatId,
    original: &str,
) -> Option<&'c [u8]> {
    let idx = cat as usize;
    let hit = cache[idx].get(original)?;
    stats.cache_hits += 1;
    stats.per_category[idx] += 1;
    Some(hit)
}

/// Decodes with the pack's format, or as the columns a CSV header row
/// named. A `cef` pack also takes plain key=value lines, so one pack covers
/// a firewall's mixed output.
///
/// A row after a header row is read by the header's columns. A row with
/// another number of cells, one the pack itself allows (CUCM's 78 columns
/// in a file whose header names 129, Asterisk's 16 after an exported header
/// of 18), is a row of that other layout, as files concatenated from
/// several writers hold them: it is read by the pack's own columns, and
/// `named` becomes `None`. Its cells are not re-aligned: the count is
/// exact and the pack's shapes still check the kept columns.
fn decode<'a>(
    inner: &'a Inner,
    named: &mut Option<&'a Columns>,
    rec: &'a [u8],
    fields: &mut Vec<Field<'a>>,
) -> Result<(), RecordError> {
    if let Some(c) = *named {
        match format::decode_csv_as(rec, &c.0.names, fields) {
            Err(DecodeError::ColumnCount { found, .. }) if own_count(&inner.pack.format, found) => {
                fields.clear();
                *named = None;
            }
            other => return other.map_err(RecordError::Decode),
        }
    }
    match inner.pack.format.decode(rec, fields) {
        Err(DecodeError::CefHeader) => {
            fields.clear();
            static KV: Format = Format::Kv;
            KV.decode(rec, fields).map_err(RecordError::Decode)
        }
        other => other.map_err(RecordError::Decode),
    }
}

/// Whether the pack's own CSV columns may come in rows of `found` cells.
fn own_count(format: &Format, found: usize) -> bool {
    matches!(format, Format::Csv { column_counts, .. } if column_counts.contains(&found))
}

/// Fails at the first CSV cell that does not fit its column's shape.
fn check_shapes(layout: &Layout, fields: &[Field<'_>]) -> Result<(), RecordError> {
    for (i, shape) in &layout.shaped {
        if let Some(f) = fields.get(*i) {
            if !shape.fits(&f.value) {
                return Err(RecordError::Shape { column: i + 1 });
            }
        }
    }
    Ok(())
}

/// Formats whose records can hold text outside any field: kv free text
/// between pairs, JSON object keys, CEF extension keys. That text is scanned
/// too, so nothing passes just because it is not a value.
fn scans_gaps(format: &Format) -> bool {
    matches!(format, Format::Kv | Format::Cef | Format::Json)
}

/// Whether the usernames a record's keys took are looked for between its
/// fields too: kv lines carry free text there, a JSON record only its
/// object keys.
fn echoes_in_gaps(format: &Format) -> bool {
    matches!(format, Format::Kv | Format::Cef)
}

/// The byte ranges of a record that no field covers, skipping ones too short
/// to hold any personal value.
fn gaps<'f>(len: usize, fields: &'f [Field<'_>]) -> impl Iterator<Item = Range<usize>> + 'f {
    const MIN: usize = 5;
    let mut at = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i <= fields.len() {
            let (start, next) = match fields.get(i) {
                Some(f) => (f.raw.start, f.raw.end),
                None => (len, len),
            };
            i += 1;
            let gap = at..start.max(at);
            at = at.max(next);
            if gap.end - gap.start >= MIN {
                return Some(gap);
            }
        }
        None
    })
}

/// Narrows a range to exclude surrounding whitespace, so a bound value such
/// as ` 0701740683 ` keeps its padding.
fn trim_range(value: &str, r: Range<usize>) -> (usize, usize) {
    let s = &value[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return (r.start, r.start);
    }
    (r.start + lead, r.end - trail)
}

/// Removes trailing JSON whitespace and then one comma from `out`, never
/// below `floor` (where this record's output began).
fn trim_separator(out: &mut Vec<u8>, floor: usize) {
    while out.len() > floor && matches!(out.last(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        out.pop();
    }
    if out.len() > floor && out.last() == Some(&b',') {
        out.pop();
    }
}

/// The kind an address of an IP category is handled as: a field bound to
/// `ipv4` may carry an IPv6 address (and the other way round), and the
/// `ipv4` policy also covers addresses spelt with dashes in host names, so
/// the value's own form decides. Other kinds are returned as they are.
pub(crate) fn ip_kind_of(kind: Kind, original: &str) -> Kind {
    match kind {
        Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4 if original.contains(':') => Kind::Ipv6,
        Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4 if original.contains('-') => Kind::HostIpv4,
        Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4 => Kind::Ipv4,
        k => k,
    }
}
