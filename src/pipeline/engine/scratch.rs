//! A worker's scratch buffers and the rewriting of one record ([`Scratch`]):
//! finding the detectors' spans, applying a field's rule
//! ([`Scratch::apply_rule`]), remembering echoed phones, accounts and user
//! names, scanning the gaps between fields, and splicing the edits
//! ([`Edit`]) over the raw bytes ([`Scratch::rewrite`]); the token cache
//! lookup (`cache_hit`).

use std::borrow::Cow;
use std::net::Ipv4Addr;
use std::ops::Range;
use std::sync::Arc;

use crate::detect::{self, Kind, Span, echo_usernames};
use crate::format::{self, Field, Format, Style};
use crate::ops::{Applied, OpError};
use crate::pipeline::cache::TokenCache;
use crate::rules::{CatId, Encoding};

use super::inner::Inner;
use super::keyed::Keyed;
use super::layout::FieldRule;
use super::record::{RecordError, echoes_in_gaps, ip_kind_of, trim_range};
use super::worker::{Stats, VaultItem};

/// One edit: replace `range` of the record with `arena[bytes]`.
#[derive(Clone, Debug)]
pub(super) struct Edit {
    pub(super) range: Range<usize>,
    pub(super) bytes: Range<usize>,
}

/// A worker's mutable state, apart from the engine it reads, so the hot path
/// borrows the engine instead of cloning its `Arc` per record (a shared
/// reference count that two cores would otherwise bounce between them).
#[derive(Clone)]
pub(super) struct Scratch {
    /// The operators of the current epochs.
    pub(super) keyed: Arc<Keyed>,
    /// The engine's detectors, cloned for this worker: a custom detector's
    /// regex keeps a pool of search caches with a fast path for one
    /// thread only, and the engine's own copy belongs to whichever thread
    /// searched first (the bench's untimed pass, or one of several file
    /// workers); every other thread took a lock per search (3.8% of a
    /// cucm-cdr bench profile). A clone has a pool of its own.
    pub(super) detectors: detect::DetectorSet,
    /// What `detectors` found in short values this worker scanned before.
    pub(super) detected: super::memo::DetectMemo,
    pub(super) fields: Vec<Field<'static>>,
    pub(super) spans: Vec<Span>,
    pub(super) edits: Vec<Edit>,
    pub(super) arena: Vec<u8>,
    /// The new value of the field being rewritten.
    pub(super) value: String,
    /// The replacement for one value.
    pub(super) piece: String,
    pub(super) canon: String,
    pub(super) cache: Vec<TokenCache>,
    /// Key names already classified.
    pub(super) keys: detect::keys::Memo,
    /// Usernames that a binding or a key took in the current record:
    /// free-text fields of the same record are searched for them
    /// (`"user":"karin"` ... `"message":"login by karin"`).
    pub(super) known: detect::KnownNames,
    /// Phone numbers that a binding took in the current record: a CDR's
    /// `dst` is found again in its dial string (`PJSIP/0701740666@trunk`,
    /// `callback.agi,0701740666`), where no pattern would know it.
    pub(super) known_phones: detect::KnownNames,
    /// Numbers a `[[keep_when]]` table kept in the current record (a
    /// queue's or a hunt pilot's number), one to a line: the same number in
    /// the record's free text is that service too (`Local/7100@larm-agents`
    /// beside the queue's `dst` 7100), and is not taken as a phone there.
    pub(super) kept_numbers: String,
    /// Badge and card numbers that a binding or a key took in the current
    /// record: an access system's message repeats the card its fields
    /// name (`badge="2721520120"` ... `met pas 2721520120`, `card 0x1D27B9F6
    /// presented`), in any language.
    pub(super) known_badges: detect::KnownNames,
    /// The words of the person names that a binding or a key took in the
    /// current record: a file-sharing or help-desk event names its folder
    /// or its ticket after the person another field names (`"name":"Nour
    /// Mansour"` ... `"folder_name":"Klienter Mansour"`, `"parent":{"name":
    /// "Mansour"}`), where no rule would take one word alone.
    pub(super) known_names: detect::KnownNames,
    /// The name parts of the logins that a binding or a key took in the
    /// current record (`karin.lindqvist`): the record's host, file and
    /// path names are searched for them (`Karin-laptop`,
    /// `Payslip_Lindqvist_202610.xlsx`).
    pub(super) login_parts: detect::LoginParts,
    /// Values taken on strong evidence in this worker's earlier records,
    /// found again in free text ([`detect::memory`]).
    pub(super) memory: detect::memory::Memory,
    /// Fields of the current record whose free text is scanned after the
    /// others, so the usernames those took are known.
    pub(super) deferred: Vec<usize>,
    /// Fields of the current record a key kept, read again for the words
    /// of the names in `known_names` once every field was read.
    pub(super) kept: Vec<usize>,
    pub(super) vault_items: Vec<VaultItem>,
    /// Committed items whose strings are refilled (their originals wiped),
    /// and an empty vector for the next batch; see
    /// [`Worker::recycle_vault_items`](super::Worker::recycle_vault_items).
    pub(super) vault_spare: (Vec<VaultItem>, Vec<VaultItem>),
    pub(super) stats: Stats,
}

impl Scratch {
    /// Runs the text detectors over `text` into `self.spans`, with the
    /// usernames found in it echoed, and (with `echo`) those taken
    /// elsewhere in the record too. Returns whether anything was found.
    pub(super) fn find(&mut self, text: &str, echo: bool) -> bool {
        self.spans.clear();
        (self.detected).detect(&self.detectors, text, &mut self.spans);
        // Linear passes for the usernames taken elsewhere and those found
        // here (issue 15: a search and an overlap test per occurrence was
        // cubic on a line of repeated names).
        if echo {
            self.known.mark(text, &mut self.spans);
            self.known_phones.mark(text, &mut self.spans);
            self.known_badges.mark(text, &mut self.spans);
            self.known_names.mark(text, &mut self.spans);
            self.drop_kept_numbers(text);
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
        if self.memory.is_on() {
            self.recall(text);
        }
        echo_usernames(text, &mut self.spans);
        // The name parts of a login go last: where the login stands whole
        // (`ali.berg:ssh-ed25519 ... ali.berg`), the echo above took it as
        // the account, one token, as it did before parts were found.
        if echo {
            self.login_parts.mark(text, &mut self.spans);
        }
        self.drop_kept_numbers(text);
        // An account found in this field is the same account in the
        // record's later fields and in a kept field that holds it whole
        // (GCP's `resourceName: .../users/kberg` and `body.name: kberg`).
        if echo {
            for s in &self.spans {
                if s.kind == Kind::Username {
                    self.known.add(&text[s.start..s.end]);
                }
            }
        }
        !self.spans.is_empty()
    }

    /// Replaces a kept field whose whole value is a username taken
    /// elsewhere in the record (a key that decides nothing, `"name":
    /// "kberg"` beside `.../users/kberg`). Returns whether it did.
    pub(super) fn echo_account(
        &mut self,
        inner: &Inner,
        rec: &[u8],
        field: &Field<'_>,
    ) -> Result<bool, RecordError> {
        let Some(cat) = inner.category_of(Kind::Username) else {
            return Ok(false);
        };
        if !self.whole_known_account(&field.value) {
            return Ok(false);
        }
        self.rewrite_spans(inner, rec, field, |_| Some(cat))?;
        Ok(true)
    }

    /// Whether `value`, without its padding, is a username known in this
    /// record; leaves its span in `self.spans`.
    pub(super) fn whole_known_account(&mut self, value: &str) -> bool {
        self.spans.clear();
        let start = value.len() - value.trim_start().len();
        let end = value.trim_end().len();
        if start >= end {
            return false;
        }
        self.known.mark(value, &mut self.spans);
        self.spans
            .retain(|s| s.kind == Kind::Username && s.start == start && s.end == end);
        !self.spans.is_empty()
    }

    /// Remembers the values found in `text` on strong evidence, then marks
    /// those remembered before ([`detect::memory`]).
    fn recall(&mut self, text: &str) {
        let b = text.as_bytes();
        for s in &self.spans {
            let keys = &mut self.keys;
            if detect::memory::strong_in_text(b, s.start, s.kind, |k| keys.classify(k)) {
                self.memory.learn(s.kind, &text[s.start..s.end]);
            }
        }
        self.memory.mark(text, &mut self.spans);
    }

    /// Remembers what a bound or keyed field holds, as the kind it is
    /// replaced as: the whole value, or each part of an account written
    /// with its holder's name or of a caller id.
    ///
    /// Called for every field of every record: the test for a pack without
    /// memory is inlined into the caller (on a CUCM row of 129 columns the
    /// call alone cost 17 instructions a field).
    #[inline]
    pub(super) fn learn_field(&mut self, inner: &Inner, rule: FieldRule, value: &str) {
        if inner.pack.memory != 0 {
            self.learn_field_now(inner, rule, value);
        }
    }

    /// [`Self::learn_field`] in a pack with memory.
    #[inline(never)]
    fn learn_field_now(&mut self, inner: &Inner, rule: FieldRule, value: &str) {
        let kind = |c: CatId| inner.categories[c as usize].kind;
        match rule {
            FieldRule::Bound(cat, Encoding::Text) => self.memory.learn(kind(cat), value),
            FieldRule::Account(cat) => match inner.account_parts(cat, value) {
                Some(parts) => {
                    for (r, c) in parts {
                        self.memory.learn(kind(c), &value[r]);
                    }
                }
                None => self.memory.learn(kind(cat), value),
            },
            FieldRule::CallerId { name, number } => {
                let [n, _, p] = format::caller_id_parts(value);
                if let Some(r) = n {
                    self.memory.learn(kind(name), &value[r]);
                }
                if let Some(r) = p {
                    self.memory.learn(kind(number), &value[r]);
                }
            }
            _ => {}
        }
    }

    /// Notes a number a `[[keep_when]]` table kept in field `value` (see
    /// `kept_numbers`): digits only, with an optional `+`, two or more.
    pub(super) fn remember_kept_number(&mut self, value: &str) {
        let v = value.trim();
        let digits = v.strip_prefix('+').unwrap_or(v);
        if (2..=20).contains(&digits.len()) && digits.bytes().all(|c| c.is_ascii_digit()) {
            self.kept_numbers.push_str(digits);
            self.kept_numbers.push('\n');
        }
    }

    /// Drops the phone spans of `text` that are exactly a number the record
    /// keeps (`kept_numbers`); nothing to do for most records.
    fn drop_kept_numbers(&mut self, text: &str) {
        if self.kept_numbers.is_empty() {
            return;
        }
        let kept = &self.kept_numbers;
        self.spans.retain(|s| {
            if s.kind != Kind::Phone {
                return true;
            }
            let v = text.get(s.start..s.end).unwrap_or("").trim();
            let v = v.strip_prefix('+').unwrap_or(v);
            !kept.split('\n').any(|k| !k.is_empty() && k == v)
        });
    }

    /// Notes the phone numbers a bound field holds (a `phone` column, the
    /// number of a caller id), as digits, to find them again in the
    /// record's free text (`+46 70-174 06 83` is found as `46701740683`
    /// in `PJSIP/+46701740683@trunk`). Digits only: a needle of word bytes
    /// is searched with memchr, where one with `+` or spaces would build
    /// an automaton for every record. Placeholders (`112`, `s`) are not
    /// looked for.
    pub(super) fn remember_phones(&mut self, inner: &Inner, rule: FieldRule, value: &str) {
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
        if n > 0 && !detect::number_placeholder(v) {
            if n == v.len() {
                // Digits only, as most are: the value is its digits.
                self.known_phones.add(v);
            } else if let Ok(d) = std::str::from_utf8(&digits[..n]) {
                self.known_phones.add(d);
            }
        }
    }

    /// Notes a badge or card number a binding or key took (category
    /// `cat`), to find it again in the record's free text.
    pub(super) fn remember_badge(&mut self, inner: &Inner, cat: CatId, value: &str) {
        // Five bytes or more: a short card number (`4711`) is also a
        // count, a port or an extension somewhere else in the text.
        let v = value.trim();
        if v.len() >= 5 && inner.categories[cat as usize].kind == Kind::Badge {
            self.known_badges.add(v);
        }
    }

    /// Notes the words of a person's name a binding or key took
    /// ([`detect::name::echo_part`]: capitalised, or Arabic, and no common
    /// word), to find them again in the record's free text.
    pub(super) fn remember_name(&mut self, inner: &Inner, cat: CatId, value: &str) {
        if inner.categories[cat as usize].kind != Kind::PersonName {
            return;
        }
        for w in value.split_whitespace() {
            let w = w.trim_end_matches(',');
            if detect::name::echo_part(w) {
                self.known_names.add(w);
                // A surname in capitals (`LINNÉA BJÖRKLUND`, as HR and
                // directory exports write it) is written capitalised in the
                // record's folder and file names (`Klienter Björklund`).
                if w.chars().skip(1).any(char::is_uppercase) && !w.chars().any(char::is_lowercase) {
                    let mut chars = w.chars();
                    if let Some(first) = chars.next() {
                        let mut title = String::with_capacity(w.len());
                        title.push(first);
                        title.extend(chars.flat_map(char::to_lowercase));
                        self.known_names.add(&title);
                    }
                }
            }
        }
    }

    /// Replaces the words of `known_names` in a field a key kept (a
    /// folder named after the person another field names), and nothing
    /// else there.
    pub(super) fn echo_names(
        &mut self,
        inner: &Inner,
        rec: &[u8],
        field: &Field<'_>,
    ) -> Result<(), RecordError> {
        let Some(cat) = inner.category_of(Kind::PersonName) else {
            return Ok(());
        };
        self.spans.clear();
        self.known_names.mark(&field.value, &mut self.spans);
        self.login_parts.mark(&field.value, &mut self.spans);
        if self.spans.is_empty() {
            return Ok(());
        }
        self.rewrite_spans(inner, rec, field, |_| Some(cat))
    }

    /// Remembers the account part of an account written with its holder's
    /// name.
    pub(super) fn remember_account(&mut self, inner: &Inner, cat: CatId, value: &str) {
        for (r, c) in inner.account_parts(cat, value).into_iter().flatten() {
            if inner.categories[c as usize].kind == Kind::Username {
                self.remember_username(&value[r]);
            }
        }
    }

    /// Notes a username a binding or key took, to find it again in the
    /// record's free text: the whole value, and the account of a
    /// `DOMAIN\\user` value.
    pub(super) fn remember_username(&mut self, value: &str) {
        let v = value.trim();
        let tail = v.rsplit('\\').next().unwrap_or(v);
        self.login_parts.add(v);
        self.known.add(v);
        if tail != v {
            self.known.add(tail);
        }
    }

    /// Runs the text detectors over bytes that belong to no field (keys,
    /// free text between kv pairs) and edits what they find in place.
    pub(super) fn scan_gap(
        &mut self,
        inner: &Inner,
        rec: &[u8],
        (gap, from): (Range<usize>, usize),
    ) -> Result<(), RecordError> {
        let Ok(text) = std::str::from_utf8(&rec[gap.clone()]) else {
            return Ok(());
        };
        let echo = echoes_in_gaps(&inner.pack.format);
        self.scan_in_place(inner, text, gap.start, from - gap.start, echo)
    }

    /// Runs the text detectors over `text`, which sits unescaped at `base`
    /// in the record, and records one edit per value, so the bytes between
    /// values are never copied into scratch.
    fn scan_in_place(
        &mut self,
        inner: &Inner,
        text: &str,
        base: usize,
        from: usize,
        echo: bool,
    ) -> Result<(), RecordError> {
        if !self.find(text, echo) {
            return Ok(());
        }
        let spans = std::mem::take(&mut self.spans);
        let mut result = Ok(());
        // Detections before `from` belong to a field already read.
        let mut at = from;
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

    pub(super) fn apply_rule(
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
            FieldRule::Follow(cat) => {
                let part = super::inner::followed(value);
                self.rewrite(inner, rec, field, std::iter::once((part, cat)))
            }
            FieldRule::Account(cat) => match inner.account_parts(cat, value) {
                Some(parts) => self.rewrite(inner, rec, field, parts.into_iter()),
                None => self.apply_rule(inner, FieldRule::Bound(cat, Encoding::Text), rec, field),
            },
            FieldRule::CallerId { name, number } => {
                let [n, echo, p] = format::caller_id_parts(value);
                let mut parts = [
                    n.map(|r| (r, name)),
                    echo.map(|r| (r, number)),
                    p.map(|r| (r, number)),
                ];
                parts.sort_by_key(|x| x.as_ref().map(|(r, _)| r.start));
                self.rewrite(inner, rec, field, parts.into_iter().flatten())
            }
            FieldRule::Scan
                if field.style == Style::Bare
                    && matches!(field.value, Cow::Borrowed(_))
                    && field.raw.len() == value.len() =>
            {
                // Free text written as is (a syslog MSG, a plain line): edit
                // the values where they stand.
                self.scan_in_place(inner, value, field.raw.start, 0, true)
            }
            FieldRule::Scan => {
                if !self.find(value, true) {
                    return Ok(());
                }
                self.rewrite_spans(inner, rec, field, |kind| inner.category_of(kind))
            }
        }
    }

    /// [`Self::rewrite`] with the values `self.spans` holds, each in the
    /// category `category` gives its kind (none: left as is).
    fn rewrite_spans(
        &mut self,
        inner: &Inner,
        rec: &[u8],
        field: &Field<'_>,
        category: impl Fn(Kind) -> Option<CatId>,
    ) -> Result<(), RecordError> {
        let spans = std::mem::take(&mut self.spans);
        let r = self.rewrite(
            inner,
            rec,
            field,
            spans
                .iter()
                .filter_map(|s| category(s.kind).map(|c| (s.start..s.end, c))),
        );
        self.spans = spans;
        r
    }

    /// Rewrites the parts of a field's value, re-encodes the field and
    /// records the edit. Parts are sorted and do not overlap.
    pub(super) fn rewrite(
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
                let token = crate::ops::vault_token(kind, replacement);
                let item = match self.vault_spare.0.pop() {
                    Some(mut item) => {
                        item.category = cat;
                        item.token.clear();
                        item.token.push_str(token);
                        item.original.clear();
                        item.original.push_str(original);
                        item
                    }
                    None => VaultItem {
                        category: cat,
                        token: token.to_string(),
                        original: original.to_string(),
                    },
                };
                self.vault_items.push(item);
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
        // Written on the stack, not through `Display` and a new String.
        let mut buf = [0u8; 15];
        let text = dotted_quad((n as u32).to_le_bytes(), &mut buf);
        self.piece.clear();
        let applied = self.transform(inner, cat, text)?;
        if applied == Applied::Replaced {
            let kind = inner.categories[cat as usize].kind;
            let out: Ipv4Addr = self.piece.parse().map_err(|_| RecordError::Operator {
                kind,
                error: OpError::Malformed,
            })?;
            let back = i32::from_le_bytes(out.octets());
            self.piece.clear();
            push_i32(&mut self.piece, back);
        }
        Ok(applied)
    }
}

/// `Ipv4Addr::from(octets).to_string()`, written into `buf`.
fn dotted_quad(octets: [u8; 4], buf: &mut [u8; 15]) -> &str {
    let mut n = 0;
    for (k, o) in octets.into_iter().enumerate() {
        if k > 0 {
            buf[n] = b'.';
            n += 1;
        }
        if o >= 100 {
            buf[n] = b'0' + o / 100;
            n += 1;
        }
        if o >= 10 {
            buf[n] = b'0' + o / 10 % 10;
            n += 1;
        }
        buf[n] = b'0' + o % 10;
        n += 1;
    }
    // Only ASCII digits and dots were written.
    std::str::from_utf8(&buf[..n]).unwrap_or_default()
}

/// Appends `v.to_string()` to `out`.
fn push_i32(out: &mut String, v: i32) {
    if v < 0 {
        out.push('-');
    }
    let mut m = v.unsigned_abs();
    let mut digits = [0u8; 10];
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    for &d in &digits[k..] {
        out.push(char::from(d));
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

#[cfg(test)]
mod int_ip_tests {
    use super::{dotted_quad, push_i32};
    use std::net::Ipv4Addr;

    #[test]
    fn written_as_display_writes_them() {
        let mut x: u32 = 0x9E37_79B9;
        let check = |v: u32| {
            let mut buf = [0u8; 15];
            assert_eq!(
                dotted_quad(v.to_le_bytes(), &mut buf),
                Ipv4Addr::from(v.to_le_bytes()).to_string()
            );
            let mut s = String::from("x");
            push_i32(&mut s, v as i32);
            assert_eq!(s, format!("x{}", v as i32));
        };
        for v in [
            0,
            1,
            9,
            10,
            99,
            100,
            255,
            256,
            0x0A0B0C0D,
            u32::MAX,
            i32::MIN as u32,
            i32::MAX as u32,
        ] {
            check(v);
        }
        for _ in 0..100_000 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            check(x);
        }
    }
}
