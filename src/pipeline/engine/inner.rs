//! The compiled pack an [`Engine`](super::Engine) shares: [`Inner`] holds the
//! detectors, the run-time categories and the field rules, and decides per
//! field what is done with it: the rule of a field in a record
//! ([`Inner::rule_in`]), which `[[keep_when]]` tables hold
//! ([`Inner::keep_when_held`]), and what a key's evidence decides
//! ([`Inner::key_decision`]).

use std::ops::Range;

use crate::detect::{self, DetectorSet, Kind};
use crate::format::{self, Field, Format};
use crate::rules::{CatId, Encoding, KeepIf, Pack};

use super::keyed::RtCategory;
use super::layout::{FieldRule, FieldRules, KeyDecision, Layout, TableColumns};

/// A `[[keep_when]]` pattern (`matches`, `value_matches`), matched against
/// a whole value, with the bytes a match starts with: most values a CDR
/// row hands over (`from-internal`, `Dial`) are turned away on their first
/// byte, without a regex search.
pub(super) struct WholeValue {
    regex: regex::Regex,
    lead: Option<detect::Lead>,
}

impl WholeValue {
    /// `pattern` compiled as the pack's validation compiles it; `None` if
    /// it does not compile.
    pub(super) fn new(pattern: &str) -> Option<WholeValue> {
        Some(WholeValue {
            regex: crate::rules::keep_pattern(pattern).ok()?,
            lead: detect::Lead::of_pattern(&format!("^(?:{pattern})$")),
        })
    }

    /// Whether `value` as a whole matches.
    pub(super) fn is_match(&self, value: &str) -> bool {
        self.lead
            .as_ref()
            .is_none_or(|l| l.at_start(value.as_bytes()))
            && self.regex.is_match(value)
    }
}

pub(super) struct Inner {
    pub(super) pack: Pack,
    pub(super) detectors: DetectorSet,
    pub(super) categories: Vec<RtCategory>,
    /// Category of each kind the detectors can report, by [`kind_slot`].
    pub(super) by_kind: Vec<Option<CatId>>,
    /// Bit `c % 64` is set for each category `c` of an address kind: the
    /// bound fields whose value [`detect::ip_bare`] checks.
    pub(super) ip_cats: u64,
    /// Field name → rule, for formats whose fields are named per record.
    pub(super) field_rules: FieldRules,
    /// CSV: how the pack's own columns are read, when no header row has
    /// named them.
    pub(super) columns: Option<Layout>,
    /// The compiled pattern of each `[[keep_when]]` that `matches` one, by
    /// table.
    pub(super) keep_patterns: Vec<Option<WholeValue>>,
    /// The compiled `value_matches` of each `[[keep_when]]` that has one,
    /// by table.
    pub(super) keep_values: Vec<Option<WholeValue>>,
    /// The compiled `unless_matches` of each `[[keep_when]]` that has one,
    /// by table.
    pub(super) keep_unless: Vec<Option<WholeValue>>,
    /// Bit `n.min(63)` is set for the length `n` of each field a
    /// `[[follow]]` table names: the other columns of a wide CDR are
    /// turned away by their name's length.
    pub(super) follow_lengths: u64,
}

/// Index of a kind in [`Inner::by_kind`].
pub(super) fn kind_slot(kind: Kind) -> usize {
    match kind {
        Kind::Custom(i) => Kind::BUILTIN.len() + usize::from(i),
        k => Kind::BUILTIN.iter().position(|b| *b == k).unwrap_or(0),
    }
}

impl Inner {
    pub(super) fn category_of(&self, kind: Kind) -> Option<CatId> {
        self.by_kind.get(kind_slot(kind)).copied().flatten()
    }

    /// Which of the pack's `[[keep_when]]` tables hold for a record, one
    /// bit each (none for most packs, and then no work). A table that
    /// keeps fields equal to another holds where that field is not empty;
    /// [`Inner::rule_in`] compares each kept field with it. In CSV the
    /// deciding column is found by the index its layout worked out once;
    /// other records look it up by name.
    pub(super) fn keep_when_held(&self, layout: Option<&Layout>, fields: &[Field<'_>]) -> u64 {
        let mut held = 0;
        for (k, kw) in self.pack.keep_when.iter().enumerate().take(64) {
            let name = match &kw.when {
                KeepIf::Holds { field, .. } | KeepIf::Matches { field, .. } => field,
                KeepIf::Equals(other) => other,
            };
            let value = match layout {
                Some(l) => l
                    .deciding
                    .get(k)
                    .copied()
                    .flatten()
                    .and_then(|i| fields.get(i)),
                None => fields.iter().find(|f| *f.name == **name),
            }
            .map(|f| &*f.value);
            let Some(value) = value else { continue };
            let holds = match &kw.when {
                KeepIf::Holds { values, .. } => values.iter().any(|v| **v == *value),
                KeepIf::Matches { .. } => self
                    .keep_patterns
                    .get(k)
                    .and_then(Option::as_ref)
                    .is_some_and(|re| re.is_match(value)),
                KeepIf::Equals(_) => !value.trim().is_empty(),
            };
            // A table that holds is still stopped by its `unless_field`
            // (searched by name: only for a table that holds).
            let stopped = holds
                && kw.unless.as_ref().is_some_and(|(name, _)| {
                    let other = fields.iter().find(|f| *f.name == **name);
                    (self.keep_unless.get(k))
                        .and_then(Option::as_ref)
                        .zip(other)
                        .is_some_and(|(re, f)| re.is_match(&f.value))
                });
            if holds && !stopped {
                held |= 1 << k;
            }
        }
        held
    }

    /// [`Inner::rule_of`], or `Keep` for a field that a `[[keep_when]]`
    /// holding for the record (`held`) names: a queue's number in `dst`, a
    /// hunt pilot's number where `huntPilotDN` holds it; if the table has a
    /// `value_matches` pattern, only a value that matches it (an extension
    /// of the dial plan, not a number outside it); unless the table's
    /// `unless_in` field holds the value as a whole word (the mailbox
    /// `VoiceMail` was given); with `only_in`, only if that field holds it
    /// (the slot a call was parked on). A field the table lists in `also`
    /// is kept where it holds exactly a value the table keeps in one of its
    /// `fields` (the park slot a call was parked on, in the originally
    /// called number too).
    pub(super) fn rule_in(
        &self,
        layout: Option<&Layout>,
        fields: &[Field<'_>],
        i: usize,
        held: u64,
    ) -> FieldRule {
        let field = &fields[i];
        debug_assert!(layout.is_none_or(|l| l.names.get(i).is_none_or(|n| *n == *field.name)));
        if layout.is_some_and(|l| l.always_kept(i)) {
            return FieldRule::Keep;
        }
        if self.kept_by_table(layout, fields, i, held) {
            return FieldRule::Keep;
        }
        if let Some(cat) = self.follows(layout, fields, i, held) {
            return FieldRule::Follow(cat);
        }
        self.rule_of(layout, i, field)
    }

    /// Whether field `i` is kept by a `[[keep_when]]` table that holds for
    /// the record (`held`), as [`Inner::rule_in`] decides it, rather than by
    /// its column's or binding's own rule.
    pub(super) fn kept_by_table(
        &self,
        layout: Option<&Layout>,
        fields: &[Field<'_>],
        i: usize,
        held: u64,
    ) -> bool {
        // A CSV column no holding table lists is decided by its layout's
        // mask; other records (and rows longer than their layout) compare
        // names below.
        let listed = match layout.and_then(|l| l.keep.get(i)) {
            Some(mask) => held & mask != 0,
            None => held != 0,
        };
        // A CSV column's tables are read by the indexes its layout found
        // (the same fields a search by name finds); other records search.
        let columns =
            layout.filter(|l| i < l.names.len() && l.tables.len() == self.pack.keep_when.len());
        listed && self.kept_by_tables(columns, fields, i, held)
    }

    /// Whether a `[[keep_when]]` table that holds for the record (`held`)
    /// keeps field `i` (see [`Inner::rule_in`]). With `columns`, a CSV
    /// layout that named `fields` by its columns, the tables' fields are
    /// read at the columns it found; without, found by name: both read the
    /// same fields.
    fn kept_by_tables(
        &self,
        columns: Option<&Layout>,
        fields: &[Field<'_>],
        i: usize,
        held: u64,
    ) -> bool {
        let field = &fields[i];
        self.pack.keep_when.iter().enumerate().any(|(k, kw)| {
            if k >= 64 || held & (1 << k) == 0 {
                return false;
            }
            let in_fields = match columns {
                Some(l) => l.keep_fields[i] & (1 << k) != 0,
                None => kw.fields.iter().any(|f| *f == *field.name),
            };
            if in_fields {
                return self.table_keeps(k, columns, fields, field);
            }
            let value = field.value.trim();
            if value.is_empty() || !kw.also.iter().any(|f| *f == *field.name) {
                return false;
            }
            let keeps = |j: usize, other: &Field<'_>| {
                j != i && other.value.trim() == value && self.table_keeps(k, columns, fields, other)
            };
            match columns {
                Some(l) => (l.tables[k].fields.iter())
                    .any(|&j| fields.get(j).is_some_and(|other| keeps(j, other))),
                None => fields.iter().enumerate().any(|(j, other)| {
                    kw.fields.iter().any(|f| *f == *other.name) && keeps(j, other)
                }),
            }
        })
    }

    /// The category a field that a `[[follow]]` table names is replaced
    /// as: that of a field the table follows, holding exactly its value,
    /// that the record replaces as bound (a CDR's pattern column that holds
    /// the number of the line called). `None`: the field is read by its
    /// own rule (a wildcard pattern, a number the record keeps).
    fn follows(
        &self,
        layout: Option<&Layout>,
        fields: &[Field<'_>],
        i: usize,
        held: u64,
    ) -> Option<CatId> {
        let field = &fields[i];
        if self.follow_lengths & (1 << field.name.len().min(63)) == 0 {
            return None;
        }
        let value = &field.value[followed(&field.value)];
        // Only a number of two digits or more can be one the record
        // replaces: most cells of a wide CDR (`0`, an empty one, a
        // wildcard pattern) are turned away before any name is compared.
        let digits = value.strip_prefix('+').unwrap_or(value);
        if digits.len() < 2 || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let table =
            (self.pack.follow.iter()).find(|t| t.fields.iter().any(|f| *f == *field.name))?;
        fields.iter().enumerate().find_map(|(j, other)| {
            if j == i || other.value.trim() != value || !table.of.iter().any(|f| *f == *other.name)
            {
                return None;
            }
            // Validation makes sure a followed field follows nothing.
            match self.rule_in(layout, fields, j, held) {
                FieldRule::Bound(cat, Encoding::Text) => Some(cat),
                _ => None,
            }
        })
    }

    /// Whether `[[keep_when]]` table `k`, holding for the record, keeps
    /// `field`, one of the fields it lists: its value equals the field the
    /// table `equals`, matches its `value_matches`, is not in its
    /// `unless_in` field, and is in its `only_in` field if it has one.
    ///
    /// With `columns` (a CSV layout, which named `fields` by its columns),
    /// the other fields are read at the columns it found for the table;
    /// without, found by name.
    fn table_keeps(
        &self,
        k: usize,
        columns: Option<&Layout>,
        fields: &[Field<'_>],
        field: &Field<'_>,
    ) -> bool {
        let kw = &self.pack.keep_when[k];
        let at = columns.map(|l| &l.tables[k]);
        let value_in = |other: &str, col: fn(&TableColumns) -> Option<usize>| match at {
            Some(t) => col(t).and_then(|j| fields.get(j)).map(|f| &*f.value),
            None => fields.iter().find(|f| *f.name == *other).map(|f| &*f.value),
        };
        (match &kw.when {
            KeepIf::Holds { .. } | KeepIf::Matches { .. } => true,
            KeepIf::Equals(other) => {
                value_in(other, |t| t.equals).is_some_and(|v| v.trim() == field.value.trim())
            }
        }) && (kw.value_matches.is_none()
            || (self.keep_values.get(k))
                .and_then(Option::as_ref)
                .is_some_and(|re| re.is_match(field.value.trim())))
            && !kw.unless_in.as_deref().is_some_and(|other| {
                value_in(other, |t| t.unless_in).is_some_and(|v| has_word(v, field.value.trim()))
            })
            && kw.only_in.as_deref().is_none_or(|other| {
                value_in(other, |t| t.only_in).is_some_and(|v| has_word(v, field.value.trim()))
            })
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
    pub(super) fn account_parts(
        &self,
        cat: CatId,
        value: &str,
    ) -> Option<[(Range<usize>, CatId); 2]> {
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
    pub(super) fn key_decision(
        &self,
        memo: &mut detect::keys::Memo,
        rec: &[u8],
        fields: &[Field<'_>],
        i: usize,
        key: &str,
    ) -> Option<KeyDecision> {
        let field = &fields[i];
        let d = self.key_decision_alone(memo, field, key);
        // `"tag":"B216542"` beside `"op":"door.open"`: a generic token key
        // holds the badge a reader read when the record is an
        // access-control event.
        if d.is_none()
            && (!matches!(self.pack.format, Format::Syslog) || field.name.starts_with("sd."))
            && detect::keys::access_badge(key, &field.value, rec)
        {
            return self.category_of(Kind::Badge).map(KeyDecision::Replace);
        }
        // `"recipient_id":"447700900123"` in a WhatsApp status: the id of a
        // message's party on a messaging platform whose ids are numbers.
        if d.is_none()
            && field.value.len() >= 8
            && field.value.as_bytes()[0].is_ascii_digit()
            && detect::keys::messaging_party_number(key, &field.value, rec)
        {
            return self.category_of(Kind::Phone).map(KeyDecision::Replace);
        }
        // `op=sms.sent to="555 0142"`, `{"event":"coupon.sms","to":"22 191
        // 12 06"}`: a party of a text message, by a number in the local form
        // of any country, which no plan validates without its area or
        // country code.
        if d.is_none()
            && field.value.len() >= 7
            && memo.classify(key) == Some(detect::keys::KeyClass::Party)
            && detect::keys::sms_party_number(&field.value, rec)
        {
            return self.category_of(Kind::Phone).map(KeyDecision::Replace);
        }
        // The number of one of the organisation's own lines: a nested
        // object's plain number (`phone`, `phoneNumber`) whose type sibling
        // names a call centre, a department or a queue
        // (`"type":"callcenter"`), or whose own name names a switchboard or
        // a customer service (`"name":"Kundtjänst"`). Kept. A flat
        // record's type and names may be the call's or another party's.
        if let Some(KeyDecision::Replace(c)) = d {
            if matches!(self.pack.format, Format::Json)
                && self.categories[c as usize].kind == Kind::Phone
                && !parent_of(&field.name).is_empty()
                && detect::keys::plain_number_key(&field.name)
                && service_line(rec, fields, i)
            {
                return Some(KeyDecision::Keep);
            }
            // A flat call record's party that the record itself types as
            // a service (`callee_ext_type`: `callQueue`; Teams' `callType`:
            // `ucap_in`): its number and name stay.
            if matches!(self.pack.format, Format::Json)
                && matches!(
                    self.categories[c as usize].kind,
                    Kind::Phone | Kind::PersonName
                )
                && service_party(rec, fields, i)
            {
                return Some(KeyDecision::Keep);
            }
            // The name of such a line (`"name":"Sentralbord"`,
            // `"displayName":"Customer Service"`): no person's.
            if matches!(self.pack.format, Format::Json)
                && self.categories[c as usize].kind == Kind::PersonName
                && detect::keys::own_name_key(&field.name)
                && detect::keys::service_name(&field.value)
            {
                return Some(KeyDecision::Keep);
            }
        }
        // `{"jmeno":"Radka","prijmeni":"Horáková"}`, `{"cn":"Karin",
        // "sn":"Berg"}`: the bare word for a name beside a surname's key
        // is the given name of a form, one word as well as two.
        if d.is_none()
            && matches!(self.pack.format, Format::Json)
            && memo.classify(key) == Some(detect::keys::KeyClass::Name)
            && detect::keys::evidence(
                detect::keys::KeyClass::PersonName,
                &field.value,
                self.detectors.year(),
            ) == detect::keys::Evidence::Replace(Kind::PersonName)
            && sibling(rec, fields, i, |f| {
                detect::keys::surname_key(&f.name).then_some(Some(()))
            })
            .is_some()
        {
            return self.category_of(Kind::PersonName).map(KeyDecision::Replace);
        }
        // The same party's number written as a URI (`"dnis":"tel:+4690..."`
        // beside `"direction":"inbound"`), which the key leaves to the
        // text detectors: kept whole as well.
        if d.is_none()
            && field.value.starts_with(['t', 's'])
            && (field.value.starts_with("tel:") || field.value.starts_with("sip:"))
            && matches!(self.pack.format, Format::Json)
            && service_party(rec, fields, i)
        {
            return Some(KeyDecision::Keep);
        }
        // A bare MAC in a list of MACs (`"clients":["e45f0140ecb8",
        // "00-08-5d-ee-7b-6a"]`): its neighbour in the list says what it is.
        if d.is_none() && field.value.len() == 12 && field.name.ends_with("[]") {
            let beside = |j: usize| {
                fields.get(j).is_some_and(|f| {
                    f.name == field.name && detect::keys::among_macs(&field.value, &f.value)
                })
            };
            if beside(i.wrapping_sub(1)) || beside(i + 1) {
                return self.category_of(Kind::Mac).map(KeyDecision::Replace);
            }
        }
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
        match object_of(rec, fields, i) {
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
            // A file's, folder's or page's name is a title: the text
            // detectors read it (`Anbud Karin Berg v3.7`, `Klienter
            // Berg`), as they read a message, whether its key is a
            // person's word (`name`) or not; its key alone decides nothing.
            Some(detect::keys::Object::Document)
                if matches!(replaced_kind, Some(Kind::PersonName | Kind::Username))
                    || matches!(d, Some(KeyDecision::Keep)) =>
            {
                None
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
        // A person's key (`who`, `by`, `displayName`) holding the name with
        // the login after it, `Karin Berg (kberg-t1)`, as BeyondTrust,
        // Check Point and ISE write who did something: both parts, when
        // the part in parentheses is written as a login (lower case, or
        // with a digit, `.`, `-` or `_`), not a word such as `(Sales)`.
        if matches!(
            class,
            detect::keys::KeyClass::Person
                | detect::keys::KeyClass::Actor
                | detect::keys::KeyClass::PersonName
        ) && field.value.trim_end().ends_with(')')
        {
            if let Some([_, (r, _)]) = detect::keys::account_parts(&field.value) {
                let acct = &field.value[r];
                let login = !acct.starts_with(|c: char| c.is_uppercase())
                    || acct.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | '-' | '_'));
                if login {
                    return self.category_of(Kind::Username).map(KeyDecision::Account);
                }
            }
        }
        match detect::keys::evidence(class, &field.value, self.detectors.year()) {
            Evidence::Replace(kind) => self.category_of(kind).map(KeyDecision::Replace),
            Evidence::Keep => Some(KeyDecision::Keep),
            Evidence::Scan => None,
        }
    }
}

/// The part of a following field's value that is compared and replaced:
/// the value without its padding, and without the backslash of an escaped
/// plus (`\+46701740683`, as CUCM's dial-plan patterns write a `+`).
pub(super) fn followed(value: &str) -> Range<usize> {
    let t = value.trim_start();
    let mut a = value.len() - t.len();
    if t.starts_with("\\+") {
        a += 1;
    }
    let b = value.trim_end().len().max(a);
    a..b
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
/// same parent, stopping at another value of the same path or where the
/// record closes the object between them (the next element of an array:
/// in `[{"name":"HR","type":"SPACE"},{"name":"Karin Berg","type":"USER"}]`
/// the second name's object is a user's, not the space before it).
fn object_of(rec: &[u8], fields: &[Field<'_>], i: usize) -> Option<detect::keys::Object> {
    sibling(rec, fields, i, |f| {
        detect::keys::type_key(&f.name).then(|| detect::keys::object_kind(&f.value))
    })
}

/// True if the object holding field `i` (a phone number) is one of the
/// organisation's own lines by a sibling: a type that names a call centre,
/// a department or a queue, or a name that names a switchboard or a
/// customer service and no person.
fn service_line(rec: &[u8], fields: &[Field<'_>], i: usize) -> bool {
    sibling(rec, fields, i, |f| {
        if detect::keys::type_key(&f.name) {
            Some(detect::keys::service_type(&f.value).then_some(()))
        } else if detect::keys::own_name_key(&f.name) {
            Some(detect::keys::service_name(&f.value).then_some(()))
        } else {
            None
        }
    })
    .is_some()
}

/// True if field `i` holds the number or name of a party of a flat call
/// record (`callee_ext_number`, `callerNumber`) that a sibling of the same
/// object types as a service ([`detect::keys::says_service`]). Fields of
/// no party are turned away by their key alone.
fn service_party(rec: &[u8], fields: &[Field<'_>], i: usize) -> bool {
    let mut buf = [0u8; 32];
    let Some(party) = detect::keys::number_party(&fields[i].name, &mut buf) else {
        return false;
    };
    sibling(rec, fields, i, |f| {
        detect::keys::says_service(party, &f.name, &f.value).then_some(Some(()))
    })
    .is_some()
}

/// The first answer `read` gives for a sibling of field `i` within the
/// same object: the nearest fields before and after it with the same
/// parent, stopping at another value of the same path or where the
/// record closes the object between them (see [`object_of`]). `read`
/// returns `None` for a sibling it does not read, `Some(None)` for one
/// that says nothing (the search goes on) and `Some(Some(answer))`.
fn sibling<T>(
    rec: &[u8],
    fields: &[Field<'_>],
    i: usize,
    read: impl Fn(&Field<'_>) -> Option<Option<T>>,
) -> Option<T> {
    let name: &str = &fields[i].name;
    let parent = parent_of(name);
    let look = |j: usize| -> Result<Option<T>, ()> {
        let f = &fields[j];
        if *f.name == *name {
            return Err(());
        }
        if parent_of(&f.name) == parent {
            let Some(t) = read(f) else {
                return Ok(None);
            };
            let (a, b) = if j < i {
                (f.raw.end, fields[i].raw.start)
            } else {
                (fields[i].raw.end, f.raw.start)
            };
            if !same_object(rec, a, b) {
                return Err(());
            }
            return Ok(t);
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

/// False if the JSON between two values, `rec[a..b]`, closes the object
/// or array that holds the first (`},{` between two elements); nested
/// values that open and close between them and brackets in strings do not
/// count. True when the range is not in the record.
fn same_object(rec: &[u8], a: usize, b: usize) -> bool {
    let Some(gap) = rec.get(a..b) else {
        return true;
    };
    let (mut depth, mut in_str, mut esc) = (0u32, false, false);
    for &c in gap {
        if in_str {
            if esc {
                esc = false;
            } else if c == b'\\' {
                esc = true;
            } else if c == b'"' {
                in_str = false;
            }
            continue;
        }
        match c {
            b'"' => in_str = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => {}
        }
    }
    true
}

/// Whether `needle` (not empty) occurs in `hay` with no letter or digit
/// right before or after it: `7794` in `7794@default,u`, not in `17794`.
/// A number is a word of its own after letters: Asterisk's older
/// `VoiceMail` syntax writes the mailbox after its option letters
/// (`u7794@default`, `b7794`, `su7794`), and a dial plan's tag after its
/// name (`vm7794`).
fn has_word(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let number = needle.as_bytes()[0].is_ascii_digit();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let before = |c: Option<char>| {
        if number {
            c.is_some_and(|c| c.is_ascii_digit())
        } else {
            word(c)
        }
    };
    hay.match_indices(needle).any(|(at, _)| {
        !before(hay[..at].chars().next_back()) && !word(hay[at + needle.len()..].chars().next())
    })
}

#[cfg(test)]
mod tests {
    use proptest::collection::vec;
    use proptest::test_runner::TestRunner;

    use crate::format;
    use crate::keys::Keyring;
    use crate::pipeline::Engine;
    use crate::rules::KeepIf;

    /// Values the tables of the shipped CDR packs decide on, and ones
    /// they do not.
    const VALUES: [&str; 20] = [
        "",
        "0",
        "1",
        "7",
        "12",
        "1000",
        " 1000 ",
        "2000",
        "+46701740683",
        "HUNT_PT",
        "CFB_1",
        "CiscoUM1-VI1",
        "Park",
        "1000 2000",
        "Queue",
        "ext-queues",
        "ext-group",
        "ivr-1",
        "700",
        "ParkAndAnnounce",
    ];

    /// Each column a `[[keep_when]]` table names holds one of [`VALUES`]
    /// (picked by `picks`), the others `0`: the layout's column indexes
    /// and a search by name keep the same fields.
    fn same_fields_kept(engine: &Engine, picks: &[usize]) {
        let inner = &engine.inner;
        let layout = inner.columns.as_ref().unwrap();
        let named: Vec<&str> = (inner.pack.keep_when.iter())
            .flat_map(|kw| {
                let when = match &kw.when {
                    KeepIf::Holds { field, .. } | KeepIf::Matches { field, .. } => field,
                    KeepIf::Equals(other) => other,
                };
                (kw.fields.iter().chain(&kw.also).map(String::as_str))
                    .chain([when.as_str()])
                    .chain(kw.unless_in.as_deref())
                    .chain(kw.only_in.as_deref())
            })
            .collect();
        let row: Vec<String> = (layout.names.iter().enumerate())
            .map(|(c, n)| {
                let v = if named.contains(&n.as_str()) {
                    VALUES[picks[c % picks.len()]]
                } else {
                    "0"
                };
                format!("\"{v}\"")
            })
            .collect();
        let row = row.join(",");
        let mut fields = Vec::new();
        format::decode_csv_as(row.as_bytes(), &layout.names, &mut fields).unwrap();
        let held = inner.keep_when_held(Some(layout), &fields);
        for i in 0..fields.len() {
            assert_eq!(
                inner.kept_by_tables(Some(layout), &fields, i, held),
                inner.kept_by_tables(None, &fields, i, held),
                "column {} of {row}",
                layout.names[i]
            );
        }
    }

    #[test]
    fn columns_by_index_keep_what_names_keep() {
        let keyring = Keyring::generate().unwrap();
        let engines: Vec<Engine> = ["cisco-cucm-cdr", "asterisk-cdr"]
            .iter()
            .map(|p| {
                let pack = crate::rules::Source::Embedded.load(p).unwrap();
                Engine::new(pack, &keyring).unwrap()
            })
            .collect();
        let mut runner = TestRunner::default();
        runner
            .run(&vec(0..VALUES.len(), 1..64), |picks| {
                for e in &engines {
                    same_fields_kept(e, &picks);
                }
                Ok(())
            })
            .unwrap();
    }
}
