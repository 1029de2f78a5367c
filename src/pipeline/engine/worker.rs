//! The per-thread processor: [`Worker`] takes one record at a time
//! ([`Worker::process`], [`Worker::scan`]) and reports an [`Outcome`], keeps
//! its [`Stats`], collects the originals bound for the vault ([`VaultItem`]),
//! follows CSV header rows and asks for new epoch keys
//! ([`Worker::check_epoch`]).

use std::fmt;
use std::ops::Range;
use std::sync::Arc;
use std::time::SystemTime;

use crate::detect::{self, Kind};
use crate::format::{self, Field, HeaderRow};
use crate::keys::KeyError;
use crate::keys::epoch::day_of;
use crate::ops::Operator;
use crate::rules::{CatId, Encoding};

use super::inner::Inner;
use super::keyed::build_keyed;
use super::layout::{FieldRule, KeyDecision, Layout, label_of};
use super::record::{
    By, Found, Prepared, RecordError, echoes_in_gaps, gaps, ip_kind_of, prepare, scans_gaps,
    trim_range, trim_separator,
};
use super::scratch::Scratch;
use super::{Columns, Engine, EngineError, unix};

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
    pub(super) fn new(categories: usize) -> Stats {
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

/// Processes records one at a time with its own scratch and token cache.
#[derive(Clone)]
pub struct Worker {
    pub(super) engine: Engine,
    pub(super) s: Scratch,
    /// The columns the last CSV header row named, when following headers.
    pub(super) named: Option<Columns>,
    /// Whether a header row naming columns changes how the rows after it
    /// are read (records come in order, as in a file), or only passes
    /// through (records are independent, as in Kafka).
    pub(super) follow_headers: bool,
}

/// A reversible value the vault must hold before its record is emitted.
/// Holds an original value: never log or print it. Zeroized on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct VaultItem {
    /// The category ([`Pack::categories`](crate::rules::Pack::categories) index).
    pub category: CatId,
    /// The token (the vault key).
    pub token: String,
    /// The value as written in the record.
    pub original: String,
}

/// The original is wiped before its memory is freed (on the vault's
/// committer thread, in file mode): zeroing its few bytes is cheap beside
/// the free itself.
impl Drop for VaultItem {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.original);
    }
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
        self.s.kept_numbers.clear();
        self.s.known_badges.clear();
        self.s.known_names.clear();
        self.s.login_parts.clear();
        self.s.deferred.clear();
        self.s.kept.clear();
        let result = prepare(inner, &mut named, rec, &mut fields).and_then(|p| {
            let Prepared {
                layout,
                held,
                labels,
            } = p;
            // Bound and keyed fields first, free text after: edits are
            // sorted before they are applied, so the order only decides
            // which usernames the free text already knows.
            for (i, field) in fields.iter().enumerate() {
                // Most columns of a wide CDR: kept whatever the record
                // holds, with nothing to remember; only a cell that
                // swallowed other pairs is read (below).
                if layout.is_some_and(|l| l.always_kept(i)) && !holds_pairs(&field.value) {
                    continue;
                }
                let mut rule = inner.rule_in(layout, &fields, i, held);
                // A kept field whose value holds other pairs (`time=1797|src=
                // 192.0.2.7|user=kek`, joined by a delimiter the format did
                // not split at) is read as text: a binding keeps its value,
                // never the pairs that value swallowed.
                if rule == FieldRule::Keep && holds_pairs(&field.value) {
                    rule = FieldRule::Scan;
                }
                // Whether what the rule takes is remembered: a binding, or
                // a key that names one kind.
                let mut strong = true;
                if rule == FieldRule::Auto {
                    let key = if labels { label_of(&fields, i) } else { None };
                    let key = key.unwrap_or(&field.name);
                    match inner.key_decision(&mut self.s.keys, rec, &fields, i, key) {
                        Some(KeyDecision::Replace(cat)) => {
                            match inner.categories[cat as usize].kind {
                                Kind::Username => self.s.remember_username(&field.value),
                                Kind::Email => self.s.login_parts.add(&field.value),
                                _ => {}
                            }
                            self.s.remember_badge(inner, cat, &field.value);
                            self.s.remember_name(inner, cat, &field.value);
                            // The value as a whole, keeping its padding and
                            // the field's own quoting.
                            let value: &str = &field.value;
                            let whole = detect::keys::replaced(value);
                            if inner.pack.memory > 0
                                && detect::memory::strong_key(self.s.keys.classify(key))
                            {
                                let bound = FieldRule::Bound(cat, Encoding::Text);
                                self.s.learn_field(inner, bound, &value[whole.clone()]);
                            }
                            let whole = std::iter::once((detect::keys::replaced(value), cat));
                            self.s.rewrite(inner, rec, field, whole)?;
                            continue;
                        }
                        Some(KeyDecision::Account(cat)) => {
                            rule = FieldRule::Account(cat);
                            strong = inner.pack.memory > 0
                                && detect::memory::strong_key(self.s.keys.classify(key));
                        }
                        Some(KeyDecision::Keep) => {
                            self.s.kept.push(i);
                            continue;
                        }
                        None => rule = FieldRule::Scan,
                    }
                }
                if strong {
                    self.s.learn_field(inner, rule, &field.value);
                }
                match rule {
                    // Most columns of a wide CDR: nothing to remember or
                    // apply, but a number a `[[keep_when]]` table kept is
                    // that service's in the record's free text too.
                    FieldRule::Keep => {
                        if held != 0 && inner.kept_by_table(layout, &fields, i, held) {
                            self.s.remember_kept_number(&field.value);
                        }
                        continue;
                    }
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
                    FieldRule::Bound(cat, Encoding::Text) => {
                        self.s.remember_badge(inner, cat, &field.value);
                        self.s.remember_name(inner, cat, &field.value);
                        if inner.categories[cat as usize].kind == Kind::Email {
                            self.s.login_parts.add(&field.value);
                        }
                        self.s.remember_phones(inner, rule, &field.value);
                    }
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
            // A kept field may be an account another field took whole, or
            // (a folder's or a ticket's name) still hold the words of a name
            // another field took.
            let parts = !self.s.login_parts.is_empty();
            if !self.s.known.is_empty() || !self.s.known_names.is_empty() || parts {
                let kept = std::mem::take(&mut self.s.kept);
                let r = kept.iter().try_for_each(|&i| {
                    let account =
                        !self.s.known.is_empty() && self.s.echo_account(inner, rec, &fields[i])?;
                    if !account && (!self.s.known_names.is_empty() || parts) {
                        self.s.echo_names(inner, rec, &fields[i])?;
                    }
                    Ok(())
                });
                self.s.kept = kept;
                r?;
            }
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
        self.s.kept_numbers.clear();
        self.s.known_badges.clear();
        self.s.known_names.clear();
        self.s.login_parts.clear();
        self.s.kept.clear();
        let result = prepare(inner, &mut named, rec, &mut fields).map(|p| {
            let Prepared {
                layout,
                held,
                labels,
            } = p;
            // The usernames that bindings and keys take, as `process` finds
            // them again in the record's free text.
            for (i, field) in fields.iter().enumerate() {
                let rule = inner.rule_in(layout, &fields, i, held);
                if rule == FieldRule::Keep
                    && held != 0
                    && inner.kept_by_table(layout, &fields, i, held)
                {
                    self.s.remember_kept_number(&field.value);
                }
                self.s.remember_phones(inner, rule, &field.value);
                self.s.learn_field(inner, rule, &field.value);
                let cat = match rule {
                    FieldRule::Bound(cat, Encoding::Text) => {
                        self.s.remember_badge(inner, cat, &field.value);
                        Some(cat)
                    }
                    FieldRule::Account(cat) => {
                        self.s.remember_account(inner, cat, &field.value);
                        None
                    }
                    FieldRule::Auto => {
                        let label = if labels { label_of(&fields, i) } else { None };
                        let key = label.unwrap_or(&field.name);
                        match inner.key_decision(&mut self.s.keys, rec, &fields, i, key) {
                            Some(KeyDecision::Replace(cat)) => {
                                self.s.remember_badge(inner, cat, &field.value);
                                if inner.pack.memory > 0
                                    && detect::memory::strong_key(self.s.keys.classify(key))
                                {
                                    let value: &str = &field.value;
                                    let whole = detect::keys::replaced(value);
                                    let bound = FieldRule::Bound(cat, Encoding::Text);
                                    self.s.learn_field(inner, bound, &value[whole]);
                                }
                                Some(cat)
                            }
                            Some(KeyDecision::Account(cat)) => {
                                self.s.remember_account(inner, cat, &field.value);
                                if inner.pack.memory > 0
                                    && detect::memory::strong_key(self.s.keys.classify(key))
                                {
                                    let account = FieldRule::Account(cat);
                                    self.s.learn_field(inner, account, &field.value);
                                }
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
                if cat.is_some_and(|c| inner.categories[c as usize].kind == Kind::Email) {
                    self.s.login_parts.add(&field.value);
                }
                if let Some(c) = cat {
                    self.s.remember_name(inner, c, &field.value);
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
                    match inner.key_decision(&mut self.s.keys, rec, &fields, i, key) {
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
                        Some(KeyDecision::Keep) => {
                            self.s.kept.push(i);
                            if !self.s.known_names.is_empty() || !self.s.login_parts.is_empty() {
                                self.s.spans.clear();
                                self.s.known_names.mark(value, &mut self.s.spans);
                                self.s.login_parts.mark(value, &mut self.s.spans);
                                for s in &self.s.spans {
                                    push(s.start..s.end, s.kind, &|| By::Detector);
                                }
                            }
                            continue;
                        }
                        None => rule = FieldRule::Scan,
                    }
                }
                match rule {
                    FieldRule::Keep | FieldRule::Auto => {}
                    // An IPv6 address in a field bound to `ipv4` is reported
                    // as what it is, as `transform` handles it.
                    // Integer IP 0 is "no address" (`transform_int_ip`).
                    FieldRule::Bound(_, Encoding::Int32Le) if value.trim() == "0" => {}
                    // An integer address is IPv4 whatever its sign: the
                    // minus of `-1061590262` is no host-name dash.
                    FieldRule::Bound(_, Encoding::Int32Le) => {
                        push(0..value.len(), Kind::Ipv4, &binding)
                    }
                    FieldRule::Bound(cat, _) => push(
                        0..value.len(),
                        ip_kind_of(inner.categories[cat as usize].kind, value),
                        &binding,
                    ),
                    FieldRule::Follow(cat) => push(
                        super::inner::followed(value),
                        inner.categories[cat as usize].kind,
                        &binding,
                    ),
                    FieldRule::Account(cat) => {
                        for (r, c) in inner.account_parts(cat, value).into_iter().flatten() {
                            push(r, inner.categories[c as usize].kind, &binding);
                        }
                    }
                    FieldRule::CallerId { name, number } => {
                        let [n, echo, p] = format::caller_id_parts(value);
                        if let Some(n) = n {
                            push(n, inner.categories[name as usize].kind, &binding);
                        }
                        for p in [echo, p].into_iter().flatten() {
                            push(p, inner.categories[number as usize].kind, &binding);
                        }
                    }
                    FieldRule::Scan => {
                        self.s.find(value, true);
                        for s in &self.s.spans {
                            push(s.start..s.end, s.kind, &|| By::Detector);
                        }
                    }
                }
            }
        });
        // A kept field that is an account another field took whole, as
        // `process` replaces it once every field was read.
        if result.is_ok() && !self.s.known.is_empty() {
            let kept = std::mem::take(&mut self.s.kept);
            for &i in &kept {
                let field = &fields[i];
                if self.s.whole_known_account(&field.value) {
                    for s in &self.s.spans {
                        found.push(Found {
                            start: field.record_offset(rec, s.start),
                            end: field.record_offset(rec, s.end),
                            kind: s.kind,
                            by: By::Detector,
                        });
                    }
                }
            }
            self.s.kept = kept;
        }
        if result.is_ok() && scans_gaps(&inner.pack.format) {
            for (gap, from) in gaps(rec.len(), &fields) {
                if let Ok(text) = std::str::from_utf8(&rec[gap.clone()]) {
                    self.s.find(text, echoes_in_gaps(&inner.pack.format));
                    for s in self.s.spans.iter().filter(|s| gap.start + s.start >= from) {
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

    /// [`Worker::take_vault_items`] as a whole vector, swapped with the
    /// empty one [`Worker::recycle_vault_items`] kept: no allocation per
    /// batch.
    pub fn take_vault_batch(&mut self) -> Vec<VaultItem> {
        let empty = std::mem::take(&mut self.s.vault_spare.1);
        std::mem::replace(&mut self.s.vault_items, empty)
    }

    /// Takes back a committed batch (its originals already wiped): the
    /// items' strings are refilled by the next reversible values instead
    /// of allocating new ones.
    pub fn recycle_vault_items(&mut self, mut batch: Vec<VaultItem>) {
        let spare = &mut self.s.vault_spare.0;
        for mut item in batch.drain(..) {
            if !item.original.is_empty() {
                zeroize::Zeroize::zeroize(&mut item.original);
            }
            spare.push(item);
        }
        if self.s.vault_spare.1.capacity() < batch.capacity() {
            self.s.vault_spare.1 = batch;
        }
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

/// True if `v` holds a `key=value` pair after a delimiter that is not
/// whitespace (`1797749808|src=192.0.2.7`, `a;user=kek`): a key of two or
/// more letters, digits, `_`, `-` or `.` (starting with a letter), right
/// after `|`, `;`, `,`, `&` or `^`, and then `=`.
#[inline]
fn holds_pairs(v: &str) -> bool {
    let b = v.as_bytes();
    // A pair's `=` follows a delimiter and a key of two bytes or more, so
    // it is at index 3 or later: most kept cells (`0`, a count, an id) are
    // short and turned away here, inline, without a memchr set up per cell.
    if b.len() <= 16 {
        return b.len() >= 4 && b[3..].contains(&b'=') && pairs_at(b);
    }
    pairs_at(b)
}

/// [`holds_pairs`] past its gate.
#[inline(never)]
fn pairs_at(b: &[u8]) -> bool {
    memchr::memchr_iter(b'=', b).any(|eq| {
        let mut k = eq;
        while k > 0 && (b[k - 1].is_ascii_alphanumeric() || matches!(b[k - 1], b'_' | b'-' | b'.'))
        {
            k -= 1;
        }
        eq - k >= 2
            && b[k].is_ascii_alphabetic()
            && k > 0
            && matches!(b[k - 1], b'|' | b';' | b',' | b'&' | b'^')
    })
}

#[cfg(test)]
mod tests {
    use super::holds_pairs;

    /// `holds_pairs` as it was before its length and `=` gate: what it
    /// must answer.
    fn holds_pairs_ungated(v: &str) -> bool {
        let b = v.as_bytes();
        memchr::memchr_iter(b'=', b).any(|eq| {
            let mut k = eq;
            while k > 0
                && (b[k - 1].is_ascii_alphanumeric() || matches!(b[k - 1], b'_' | b'-' | b'.'))
            {
                k -= 1;
            }
            eq - k >= 2
                && b[k].is_ascii_alphabetic()
                && k > 0
                && matches!(b[k - 1], b'|' | b';' | b',' | b'&' | b'^')
        })
    }

    proptest::proptest! {
        #[test]
        fn the_gate_turns_away_only_cells_without_pairs(v in "[a1_=|;,&^ .-]{0,24}") {
            proptest::prop_assert_eq!(holds_pairs(&v), holds_pairs_ungated(&v));
        }
    }

    #[test]
    fn a_value_that_swallowed_other_pairs() {
        for v in [
            "1797749808|hostname=gw1|src=192.0.2.7",
            "10:00:00^src=192.0.2.7",
            "a;user=kek",
            "x&ip=192.0.2.7",
        ] {
            assert!(holds_pairs(v), "{v}");
        }
        for v in [
            "10:00:00",
            "2026-11-22",
            "fw-01",
            "a=b",
            "base64==",
            "x|=y",
            "k|1=2",
            "",
        ] {
            assert!(!holds_pairs(v), "{v}");
        }
    }
}
