//! Field rules: what to do with one field ([`FieldRule`], [`KeyDecision`]),
//! a pack's rules by field name ([`FieldRules`], [`rule_for`]), how a CSV
//! row's columns are read ([`Layout`]), and the helpers that find a field's
//! label in a name/value pair list ([`label_of`], [`has_labels`]).

use crate::format::{Field, Format};
use crate::rules::{Binding, CatId, Encoding, KeepIf, Pack, Shape};

/// What to do with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FieldRule {
    Bound(CatId, Encoding),
    CallerId {
        name: CatId,
        number: CatId,
    },
    /// An account written with its holder's name (`Karin Eriksson
    /// (k.eriksson)`): the name and the account each as what they are,
    /// see [`detect::keys::account_parts`](crate::detect::keys::account_parts).
    /// The category is the account's.
    Account(CatId),
    /// A field a `[[follow]]` table names that holds the value of a field
    /// the record replaces as this category: replaced as that one is
    /// (without the backslash of an escaped `\+`), see
    /// [`followed`](super::inner::followed).
    Follow(CatId),
    Keep,
    Scan,
    /// An unbound field of a format with named fields: its key is evidence
    /// ([`detect::keys`](crate::detect::keys)), and the text detectors run when it decides
    /// nothing.
    Auto,
}

/// What a key's evidence decided for one value.
pub(super) enum KeyDecision {
    /// Replace the whole value as this category.
    Replace(CatId),
    /// An account with its holder's name: [`FieldRule::Account`].
    Account(CatId),
    /// A machine number: leave it.
    Keep,
}

/// How the cells of a CSV row are read: each column's name, rule and
/// shape, by index.
#[derive(Debug)]
pub(super) struct Layout {
    pub(super) names: Vec<String>,
    pub(super) rules: Vec<FieldRule>,
    /// The columns with a shape, by index.
    pub(super) shaped: Vec<(usize, Shape)>,
    /// For each column, one bit per `[[keep_when]]` table that lists it
    /// (the first 64), so [`Inner::rule_in`](super::inner::Inner::rule_in)
    /// tells a column no table keeps with one AND instead of comparing its
    /// name with every listed field.
    pub(super) keep: Vec<u64>,
    /// For each `[[keep_when]]` table, the index of the column whose value
    /// decides it (its `field`, or the one it `equals`), if this layout has
    /// that column: found once per layout, not by name per record.
    pub(super) deciding: Vec<Option<usize>>,
    /// For each column, whether [`Inner::rule_in`](super::inner::Inner::rule_in)
    /// keeps it whatever it holds and whatever `[[keep_when]]` tables hold:
    /// its rule is `Keep` and no `[[follow]]` table names it. Most columns
    /// of a wide CDR are: their cells are passed once per layout, not by a
    /// rule lookup per cell.
    pub(super) always_kept: Vec<bool>,
    /// For each column, one bit per `[[keep_when]]` table (the first 64)
    /// whose `fields` list it (a subset of [`Layout::keep`], which has
    /// `also` too).
    pub(super) keep_fields: Vec<u64>,
    /// For each `[[keep_when]]` table, the columns it names, found once
    /// per layout: [`Inner::rule_in`](super::inner::Inner::rule_in) reads
    /// them by index instead of comparing every cell's name per record.
    pub(super) tables: Vec<TableColumns>,
}

/// The columns one `[[keep_when]]` table names in a [`Layout`]: each the
/// first of its name, as a search of the record's fields by name finds it.
#[derive(Debug)]
pub(super) struct TableColumns {
    /// Every column whose name the table's `fields` list, in order.
    pub(super) fields: Vec<usize>,
    /// The column of its `equals`, `unless_in` and `only_in` field.
    pub(super) equals: Option<usize>,
    pub(super) unless_in: Option<usize>,
    pub(super) only_in: Option<usize>,
}

impl Layout {
    /// The columns `names` name, with the pack's rules and shapes for them.
    /// A column the pack does not know (a later CUCM version's) is scanned
    /// with the text detectors: what the pack has not seen is not kept.
    pub(super) fn new(pack: &Pack, names: Vec<String>) -> Layout {
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
            .collect::<Vec<_>>();
        let shaped = names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| Some((i, pack.shapes.get(n)?.clone())))
            .collect();
        let keep = names
            .iter()
            .map(|n| {
                (pack.keep_when.iter().enumerate().take(64))
                    .filter(|(_, kw)| kw.fields.iter().chain(&kw.also).any(|f| **f == **n))
                    .fold(0u64, |m, (k, _)| m | 1 << k)
            })
            .collect();
        let deciding = pack
            .keep_when
            .iter()
            .map(|kw| {
                let by = match &kw.when {
                    KeepIf::Holds { field, .. } | KeepIf::Matches { field, .. } => field,
                    KeepIf::Equals(other) => other,
                };
                names.iter().position(|n| n == by)
            })
            .collect();
        let always_kept = names
            .iter()
            .zip(&rules)
            .map(|(n, r)| {
                *r == FieldRule::Keep && !pack.follow.iter().any(|t| t.fields.contains(n))
            })
            .collect();
        let keep_fields = names
            .iter()
            .map(|n| {
                (pack.keep_when.iter().enumerate().take(64))
                    .filter(|(_, kw)| kw.fields.iter().any(|f| **f == **n))
                    .fold(0u64, |m, (k, _)| m | 1 << k)
            })
            .collect();
        let column = |name: Option<&str>| name.and_then(|x| names.iter().position(|n| n == x));
        let tables = pack
            .keep_when
            .iter()
            .map(|kw| TableColumns {
                fields: (names.iter().enumerate())
                    .filter(|(_, n)| kw.fields.contains(n))
                    .map(|(j, _)| j)
                    .collect(),
                equals: column(match &kw.when {
                    KeepIf::Equals(other) => Some(other.as_str()),
                    _ => None,
                }),
                unless_in: column(kw.unless_in.as_deref()),
                only_in: column(kw.only_in.as_deref()),
            })
            .collect();
        Layout {
            names,
            rules,
            shaped,
            keep,
            deciding,
            always_kept,
            keep_fields,
            tables,
        }
    }

    /// Whether column `i` is kept whatever its cell holds (the field of
    /// the same name says when).
    #[inline]
    pub(super) fn always_kept(&self, i: usize) -> bool {
        self.always_kept.get(i).copied().unwrap_or(false)
    }
}

/// The rules of the fields a pack names, looked up without hashing: most
/// fields are unnamed in the pack, and a length-and-first-byte filter sends
/// them to the default rule without a single string comparison.
pub(super) struct FieldRules {
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
    pub(super) fn new(pack: &Pack) -> FieldRules {
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

    pub(super) fn get(&self, name: &str) -> FieldRule {
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
pub(super) fn label_of<'f>(fields: &'f [Field<'_>], i: usize) -> Option<&'f str> {
    let field = &fields[i];
    let name: &str = &field.name;
    if let Some(kind) = typed_label(fields, i) {
        return Some(kind);
    }
    if let Some(p) = pair_parent(name) {
        // A typed value inside the value half (OpenTelemetry's
        // `{"key":"customer.phone","value":{"stringValue":"…"}}`): the pair
        // is one level up.
        let up = pair_parent(p).filter(|_| !p.is_empty()).unwrap_or(p);
        // A value wrapper with no name half beside it (HubSpot's
        // `"firstname":{"value":"…"}`, `"owner":{"value":"…"}`) takes the
        // key of the object it wraps.
        return pair_label(fields, i, p)
            .or_else(|| pair_label(fields, i, up))
            .or_else(|| (!up.is_empty()).then_some(up));
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
pub(super) fn has_labels(format: &Format, fields: &[Field<'_>]) -> bool {
    match format {
        Format::Cef | Format::Kv => fields
            .iter()
            .any(|f| f.name.ends_with("Label") || f.name.ends_with("label")),
        Format::Json => fields
            .iter()
            .any(|f| pair_parent(&f.name).is_some() || typed_value(&f.name)),
        _ => false,
    }
}

/// The keys of a value whose object says what it holds in a sibling
/// (FHIR's `ContactPoint` and `Identifier`, `{"system":"phone","value":
/// "..."}`, `{"system":"urn:oid:2.5.4.97","value":"..."}`; an audit
/// event's detail, `{"type":"telecom","valueString":"..."}`; a contact
/// list's `{"type":"mobile","value":"..."}`), and the keys of that sibling;
/// also in the words of the languages whose exports name them so
/// (`{"typ":"mobil","värde":"..."}`: Swedish `värde`, Norwegian `verdi`,
/// Danish `værdi`, German `Wert`/`Typ`, Dutch `waarde`, French `valeur`,
/// Spanish and Portuguese `valor`/`tipo`, Finnish `arvo`/`tyyppi`).
const TYPED_VALUES: [&str; 12] = [
    "value",
    "valueString",
    "värde",
    "varde",
    "verdi",
    "værdi",
    "Wert",
    "wert",
    "waarde",
    "valeur",
    "valor",
    "arvo",
];
const TYPE_NAMES: [&str; 7] = ["system", "type", "use", "typ", "Typ", "tipo", "tyyppi"];

/// Whether a JSON field's last segment is one of [`TYPED_VALUES`].
fn typed_value(name: &str) -> bool {
    // `.` is ASCII, so the byte after it starts a char (a byte search
    // costs less than a `char` searcher set up per field).
    let last = match name.bytes().rposition(|c| c == b'.') {
        Some(k) => &name[k + 1..],
        None => name,
    };
    // Each starts with `v`, `w`, `W` or `a`: most names are turned away by
    // their first byte (this runs for every field of a JSON record).
    matches!(last.as_bytes().first(), Some(b'v' | b'w' | b'W' | b'a'))
        && TYPED_VALUES.contains(&last)
}

/// The value of the nearest `type`, `system` or `use` sibling of field `i`
/// (within three fields, not past another value of the same path: the
/// next element of an array), if field `i` is a typed value and that
/// sibling names what it holds ([`names_contact`](crate::detect::keys::names_contact)):
/// it is read as the value's key. `work`, `home` or `note` name nothing,
/// and the value keeps its own key.
fn typed_label<'f>(fields: &'f [Field<'_>], i: usize) -> Option<&'f str> {
    let name: &str = &fields[i].name;
    let (parent, last) = name.rsplit_once('.').unwrap_or(("", name));
    if !TYPED_VALUES.contains(&last) {
        return None;
    }
    let sibling = |j: usize| -> Result<Option<&'f str>, ()> {
        let f = fields.get(j).ok_or(())?;
        if *f.name == *name {
            return Err(());
        }
        let (p, l) = f.name.rsplit_once('.').unwrap_or(("", &f.name));
        Ok((p == parent && TYPE_NAMES.contains(&l)).then_some(&*f.value))
    };
    // The nearest type sibling within three fields, before and then after;
    // a field of the same name ends the search on its side.
    let nearest = |js: &mut dyn Iterator<Item = usize>| {
        js.map(&sibling)
            .take_while(Result::is_ok)
            .find_map(|r| r.ok().flatten())
    };
    nearest(&mut (i.saturating_sub(3)..i).rev())
        .or_else(|| nearest(&mut (i + 1..i + 4)))
        .filter(|v| crate::detect::keys::names_contact(v))
}

/// The keys of the value half of a name/value pair, as audit logs write
/// attribute changes and tags (Azure AD's `modifiedProperties`, AWS tags,
/// SCIM operations; Jira's audit records write `changedFrom` and
/// `changedTo` beside a `fieldName`). A change history names the changed
/// field in a sibling too, and its old and new values take that field's
/// meaning: ServiceNow's `sys_audit` (`fieldname`, `oldvalue`,
/// `newvalue`), Salesforce's field history (`Field`, `OldValue`,
/// `NewValue`), Jira's changelog items (`field`, `fromString`,
/// `toString`), Zendesk's ticket audit events (`field_name`, `value`,
/// `previous_value`), Dynamics' audit details (`AttributeName`, `OldValue`,
/// `NewValue`).
fn pair_value_key(last: &str) -> bool {
    matches!(
        last,
        "value"
            | "Value"
            | "newValue"
            | "oldValue"
            | "newvalue"
            | "oldvalue"
            | "NewValue"
            | "OldValue"
            | "new_value"
            | "old_value"
            | "previousValue"
            | "previous_value"
            | "PreviousValue"
            | "values"
            | "v"
            | "val"
            | "Val"
            | "stringValue"
            | "StringValue"
            | "string_value"
            | "intValue"
            | "changedFrom"
            | "changedTo"
            | "fromString"
            | "toString"
            | "from_string"
            | "to_string"
    )
}

/// The keys of the name half.
const PAIR_NAMES: [&str; 22] = [
    "k",
    "attr",
    "label",
    "fieldName",
    "fieldname",
    "field_name",
    "FieldName",
    "Field",
    "attributeName",
    "attribute_name",
    "AttributeName",
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
    "column",
];

/// If the JSON path `name` ends in the value half of a pair, its parent
/// path (`""` at the top).
fn pair_parent(name: &str) -> Option<&str> {
    // An item of a list of values (`{"attribute":"telephoneNumber",
    // "values":["..."]}`, as directory sync and SCIM write a change) is
    // the pair's value too.
    let name = name.strip_suffix("[]").unwrap_or(name);
    // Every value key ends in `e`, `s`, `v`, `l`, `m`, `o` or `g`: most
    // names are turned away by their last byte.
    if !matches!(
        name.as_bytes().last(),
        Some(b'e' | b's' | b'v' | b'l' | b'm' | b'o' | b'g')
    ) {
        return None;
    }
    let (parent, last) = match name.bytes().rposition(|c| c == b'.') {
        Some(k) => (&name[..k], &name[k + 1..]),
        None => ("", name),
    };
    pair_value_key(last).then_some(parent)
}

/// The name half of the pair whose value is field `i`: a sibling within
/// three fields under one of [`PAIR_NAMES`], earlier ones first. `{"displayName":
/// "TelephoneNumber", "newValue": "..."}` reads as `TelephoneNumber: ...`.
fn pair_label<'f>(fields: &'f [Field<'_>], i: usize, parent: &str) -> Option<&'f str> {
    let named = |f: &&Field<'_>| {
        let (p, last) = f.name.rsplit_once('.').unwrap_or(("", &f.name));
        p == parent && PAIR_NAMES.contains(&last)
    };
    let name: &str = &fields[i].name;
    // Names come first in the objects that write them; a later sibling
    // under the same path may be the next object's of an array. Before:
    // the three fields before, then up to eight, as a change history's
    // record holds more fields between the changed field's name and its
    // new value (ServiceNow's `sys_audit`: `fieldname`, `documentkey`,
    // `user`, `oldvalue`, `newvalue`), never past the same key of an
    // earlier element; then the three fields after.
    let before = (i.saturating_sub(3)..i)
        .rev()
        .map(|j| &fields[j])
        .find(named);
    before
        .or_else(|| {
            (i.saturating_sub(8)..i)
                .rev()
                .map(|j| &fields[j])
                .take_while(|f| *f.name != *name)
                .skip(3)
                .find(named)
        })
        .or_else(|| (i + 1..i + 4).filter_map(|j| fields.get(j)).find(named))
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
