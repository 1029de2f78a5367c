//! Values already found, found again ([`Memory`]): a streaming form of the
//! "exact data match" of DLP products.
//!
//! In a SIEM feed one person's account, name and numbers recur across
//! records and products: the VPN gateway writes `user=k.eriksson`, the mail
//! server's next line says `message from k.eriksson accepted`, with no cue
//! the detectors trust. Once a value has been taken on STRONG evidence, a
//! worker remembers it, and a later whole-word occurrence of it in free
//! text is marked as the same kind, so it gets the same pseudonym it got
//! before (tokens are per category and value).
//!
//! What counts as strong ([`Memory::learn`] is given only these, and
//! [`worth_remembering`] refuses short and common values among them):
//!
//! - a field a pack binds to the kind, or whose key the vocabulary classes
//!   as that kind (`suser`, `UserName`, `callingPartyNumber`), where the
//!   value passed the key's own checks;
//! - in free text, a value written right after a key of that class
//!   (`user=`, `msisdn:`), and a personnummer or samordningsnummer (its
//!   date and check digit hold).
//!
//! Never what a weak rule found (a name taken on its shape, an account
//! after a bare `for`): a false positive remembered would spread to every
//! record after it. The placeholders, system accounts and `[[keep_when]]`
//! rules still win: a value they keep is never offered, and a remembered
//! value only fills gaps the detectors left (it never overrides a span).
//!
//! Lookups stay cheap: nothing runs while the memory is empty; otherwise
//! one pass over the text's words, and a word is hashed only when its
//! length and shape fit a remembered kind and a 2-bit-per-word filter of
//! its first and last bytes and length says something of that shape is
//! remembered.
//!
//! Bounded: two generations of at most `capacity / 2` entries each; when
//! the newer fills, the older is wiped and dropped (a value seen again
//! since moved to the newer one), so the values used recently stay. The
//! values are originals: their bytes are zeroized when a generation is
//! dropped or wiped, and never logged.
//!
//! Output depends on record order within a worker: a value is replaced in
//! free text only after a strong sighting earlier in the same worker's
//! stream. The memory only adds replacements, so a record processed again
//! by a worker that has seen more (a replayed Kafka batch) loses no
//! replacement it had; a restarted process starts empty and replaces what
//! veil without memory would.

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

use zeroize::Zeroize;

use super::{Kind, Span};

/// Entries a pack's `[scan] memory = true`-sized memory should keep: a
/// few hundred thousand values (about 8 MB with the tables at typical
/// lengths, at most 25 MB). Packs leave the memory off unless they set
/// `[scan] memory` (see the README: it found 1-3% of the leaks of the
/// splits never tuned on and cost 10-20% of the bench's MB per CPU second
/// in its first form).
pub const SUGGESTED_CAPACITY: usize = 1 << 18;

/// Shortest value remembered, in bytes: `bo`, `ann` and `1234` would match
/// too much.
const MIN_LEN: usize = 4;
/// Longest value remembered, in bytes.
const MAX_LEN: usize = 64;
/// Fewest digits of a number remembered: shorter runs are extensions,
/// ports, counters and years.
const MIN_DIGITS: usize = 8;

/// A word's fingerprint: bits of its length and its first and last bytes,
/// for the filter, computed without hashing the word.
#[inline(always)]
fn shape_bit(w: &[u8]) -> usize {
    let n = w.len();
    let x = (w[0] as u32) | (w[1] as u32) << 8 | (w[n - 2] as u32) << 16 | (w[n - 1] as u32) << 24;
    let h = (x ^ (n as u32).wrapping_mul(0x9e37_79b9)).wrapping_mul(0x85eb_ca6b);
    (h >> (32 - FILTER_BITS)) as usize
}

/// log2 of the filter's bits (64 Ki bits, 8 KiB: it stays in the L1 or L2
/// cache).
const FILTER_BITS: u32 = 16;

/// What a remembered value is.
#[derive(Clone, Copy)]
struct Entry {
    at: u32,
    len: u8,
    kind: Kind,
}

/// One generation: entries keyed by a hash of the value, the values in one
/// arena.
#[derive(Clone, Default)]
struct Generation {
    map: HashMap<u64, Entry, BuildHasherDefault<Ident>>,
    arena: Vec<u8>,
}

impl Generation {
    fn get(&self, h: u64, v: &[u8]) -> Option<Kind> {
        let e = self.map.get(&h)?;
        let at = e.at as usize;
        (&self.arena[at..at + e.len as usize] == v).then_some(e.kind)
    }

    fn insert(&mut self, h: u64, v: &[u8], kind: Kind) {
        let at = self.arena.len() as u32;
        self.arena.extend_from_slice(v);
        self.map.insert(
            h,
            Entry {
                at,
                len: v.len() as u8,
                kind,
            },
        );
    }

    /// Forgets every entry and zeroes the values' bytes.
    fn wipe(&mut self) {
        self.arena.zeroize();
        self.map.clear();
    }

    fn bytes(&self) -> usize {
        self.arena.capacity() + self.map.capacity() * (8 + std::mem::size_of::<Entry>() + 1)
    }
}

impl Drop for Generation {
    fn drop(&mut self) {
        self.arena.zeroize();
    }
}

/// The keys are hashes already.
#[derive(Default)]
struct Ident(u64);

impl Hasher for Ident {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Values a worker found on strong evidence, to be found again in free
/// text. See the module doc. Holds originals: never log or print it.
#[derive(Clone)]
pub struct Memory {
    /// Entries per generation; 0: off.
    half: usize,
    new: Generation,
    old: Generation,
    /// One bit per word shape ([`shape_bit`]) of the remembered values.
    filter: Vec<u64>,
    hasher: foldhash::fast::FixedState,
    /// Which shapes are remembered at all, to skip the walk's work for the
    /// others: a number, a name of words, a word with letters.
    numbers: bool,
    names: bool,
    words: bool,
    /// Scratch: occurrences found in one text.
    found: Vec<(usize, usize, Kind)>,
}

impl std::fmt::Debug for Memory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memory")
            .field("entries", &self.len())
            .field("capacity", &(2 * self.half))
            .finish_non_exhaustive()
    }
}

impl Memory {
    /// A memory of at most `capacity` values (0: off, nothing is learnt or
    /// looked up). `seed` keys the hash (per-process randomness).
    pub fn new(capacity: usize, seed: u64) -> Memory {
        Memory {
            half: capacity / 2,
            new: Generation::default(),
            old: Generation::default(),
            filter: Vec::new(),
            hasher: foldhash::fast::FixedState::with_seed(seed),
            numbers: false,
            names: false,
            words: false,
            found: Vec::new(),
        }
    }

    /// Whether the memory learns at all (a capacity above 0).
    pub fn is_on(&self) -> bool {
        self.half > 0
    }

    /// Values remembered.
    pub fn len(&self) -> usize {
        self.new.map.len() + self.old.map.len()
    }

    /// Whether nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes held (for the memory accounting).
    pub fn bytes(&self) -> usize {
        self.new.bytes() + self.old.bytes() + self.filter.len() * 8
    }

    #[inline]
    fn hash(&self, v: &[u8]) -> u64 {
        self.hasher.hash_one(v)
    }

    /// Remembers `value`, taken as `kind` on strong evidence, if it is
    /// [`worth_remembering`]. A value remembered already keeps its kind.
    pub fn learn(&mut self, kind: Kind, value: &str) {
        if self.half == 0 {
            return;
        }
        if !matches!(
            kind,
            Kind::Username
                | Kind::PersonName
                | Kind::Imei
                | Kind::Imsi
                | Kind::Personnummer
                | Kind::Samordningsnummer
                | Kind::Orgnr
                | Kind::Badge
        ) {
            return;
        }
        let v = value.trim();
        let b = v.as_bytes();
        if b.len() < MIN_LEN || b.len() > MAX_LEN {
            return;
        }
        // A value seen again (a CDR's caller in every row) costs a probe,
        // not the checks.
        let h = self.hash(b);
        if self.new.get(h, b).is_some() || !worth_remembering(kind, v) {
            return;
        }
        let kind = self.old.get(h, b).unwrap_or(kind);
        if self.new.map.len() >= self.half {
            // The older generation goes; the newer one's shapes stay in
            // the filter, rebuilt from them.
            std::mem::swap(&mut self.new, &mut self.old);
            self.new.wipe();
            self.filter.iter_mut().for_each(|w| *w = 0);
            let (filter, old) = (&mut self.filter, &self.old);
            for e in old.map.values() {
                let at = e.at as usize;
                let bit = shape_bit(&old.arena[at..at + e.len as usize]);
                filter[bit / 64] |= 1 << (bit % 64);
            }
        }
        if self.filter.is_empty() {
            self.filter = vec![0; (1 << FILTER_BITS) / 64];
        }
        self.new.insert(h, b, kind);
        let bit = shape_bit(b);
        self.filter[bit / 64] |= 1 << (bit % 64);
        if b.iter().all(u8::is_ascii_digit) {
            self.numbers = true;
        } else if b.contains(&b' ') {
            self.names = true;
        } else {
            self.words = true;
        }
    }

    /// The kind `w` was remembered as.
    #[inline]
    fn lookup(&mut self, w: &[u8]) -> Option<Kind> {
        if w.len() < MIN_LEN || w.len() > MAX_LEN {
            return None;
        }
        let bit = shape_bit(w);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let h = self.hash(w);
        if let Some(k) = self.new.get(h, w) {
            return Some(k);
        }
        let k = self.old.get(h, w)?;
        // Used again: it moves to the newer generation.
        if self.new.map.len() < self.half {
            self.new.insert(h, w, k);
        }
        Some(k)
    }

    /// Marks every whole-word occurrence in `text` of a remembered value
    /// that overlaps no span already there (`spans` sorted by start and
    /// disjoint, and left so). Returns how many it marked.
    pub fn mark(&mut self, text: &str, spans: &mut Vec<Span>) -> usize {
        if self.is_empty() {
            return 0;
        }
        let b = text.as_bytes();
        let mut found = std::mem::take(&mut self.found);
        found.clear();
        let mut i = 0;
        while i < b.len() {
            if !is_word(b[i]) {
                i += 1;
                continue;
            }
            let s = i;
            while i < b.len() && is_word(b[i]) {
                i += 1;
            }
            // `b[s..i]` is a word; a sentence's full stop is no part of it.
            let mut e = i;
            while e > s && matches!(b[e - 1], b'.' | b'-') {
                e -= 1;
            }
            if e - s < 2 {
                continue;
            }
            let digits = b[s..e].iter().all(u8::is_ascii_digit);
            if digits {
                if !self.numbers || e - s < MIN_DIGITS {
                    continue;
                }
                if let Some(k) = self.lookup(&b[s..e]) {
                    found.push((s, e, k));
                }
                continue;
            }
            if self.names && e == i && name_start(b[s]) {
                // `Karin Eriksson`, `Anna Maria Lind`: up to three words
                // joined by one space.
                let mut j = e;
                let mut hit = None;
                for _ in 0..2 {
                    if j + 1 < b.len() && b[j] == b' ' && name_start(b[j + 1]) {
                        let mut k = j + 1;
                        while k < b.len() && is_word(b[k]) {
                            k += 1;
                        }
                        let mut t = k;
                        while t > j + 1 && matches!(b[t - 1], b'.' | b'-') {
                            t -= 1;
                        }
                        if let Some(kind) = self.lookup(&b[s..t]) {
                            hit = Some((t, kind));
                        }
                        j = k;
                    } else {
                        break;
                    }
                }
                if let Some((t, kind)) = hit {
                    found.push((s, t, kind));
                    i = t;
                    continue;
                }
            }
            if self.words {
                if let Some(k) = self.lookup(&b[s..e]) {
                    found.push((s, e, k));
                }
            }
        }
        let n = spans.len();
        let mut next = 0;
        for &(a, z, kind) in &found {
            while next < n && spans[next].end <= a {
                next += 1;
            }
            if next < n && spans[next].start < z {
                continue;
            }
            spans.push(Span {
                start: a,
                end: z,
                kind,
            });
        }
        self.found = found;
        let added = spans.len() - n;
        if added > 0 {
            spans.sort_unstable_by_key(|s| s.start);
        }
        added
    }
}

/// Bytes of a word: letters and digits of any script, and `.`, `_`, `-`
/// (as an account is written).
#[inline(always)]
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80 || matches!(b, b'.' | b'_' | b'-')
}

/// A word a name may start with: a capital, or a byte of a non-ASCII
/// letter.
#[inline(always)]
fn name_start(b: u8) -> bool {
    b.is_ascii_uppercase() || b >= 0x80
}

/// Whether a value taken as `kind` on strong evidence is worth finding
/// again anywhere: long enough, of the shape its kind has, and none of the
/// values that name no one (placeholders, system and service accounts,
/// short numbers, common words).
pub fn worth_remembering(kind: Kind, v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() < MIN_LEN || b.len() > MAX_LEN || super::placeholder(kind, v) {
        return false;
    }
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    match kind {
        Kind::Username => {
            // A word as the walk reads it (`k.eriksson`, `ahm42`,
            // `jörgen.lind`), with a letter, and a mark that makes it an
            // account rather than a word of log text (`backup`, `deploy`,
            // `jenkins`): a separator, a digit, or a known given name or
            // surname (`karin`, `eriksson`).
            if !b.iter().all(|&c| is_word(c))
                || !v.chars().any(char::is_alphabetic)
                || matches!(b[b.len() - 1], b'.' | b'-')
                || super::username::NOT_NAMES.contains(b)
                || super::keys::not_an_account(v)
                || service_account(v)
                || hex_id(b)
            {
                return false;
            }
            personal_handle(v)
        }
        Kind::PersonName => {
            // One to three capitalised words, each a known given name or
            // surname (`Karin Eriksson`, `Jhoanna`): a group (`Domain
            // Admins`), a word that is a name and something else (`Rose`,
            // `Sofia`: common words) and a place a key mistook for a name
            // (`Loading Dock` under `appDisplayName`) are not spread.
            let words = v.split(' ').count();
            words <= 3
                && v.split(' ').all(|w| {
                    let w = w.as_bytes();
                    w.len() >= 2 && name_start(w[0]) && w.iter().all(|&c| is_word(c))
                })
                && super::name::looks_like_name(v, words > 1)
                && v.split(' ').all(super::name::known_name_word)
        }
        Kind::Imei
        | Kind::Imsi
        | Kind::Personnummer
        | Kind::Samordningsnummer
        | Kind::Orgnr
        | Kind::Badge => {
            // A number as one word (`850312-1234`, `356938035643809`), of
            // enough digits to be no counter or extension.
            digits >= MIN_DIGITS
                && b.iter().all(|&c| c.is_ascii_digit() || c == b'-')
                && b[0].is_ascii_digit()
                && b[b.len() - 1].is_ascii_digit()
                && !(kind == Kind::Badge && b.contains(&b'-'))
        }
        // Not phone numbers: the phone detector finds a number in any
        // spelling without help, and the numbers that phone fields hold
        // most often are a switchboard's, a queue's or a hunt pilot's,
        // which must stay wherever else they appear (measured: remembering
        // phones replaced 36 more look-alikes on one split and found no
        // leaked number on any). Nor addresses, which have a grammar.
        _ => false,
    }
}

/// Words of an account that a service, a device or a team uses, not a
/// person: compared with each part of the account between `.`, `_`, `-`
/// and digits (`svc-backup`, `svc_ldapbind`, `ise-monitor`, `sa.sql01`,
/// `app-jira`, `noreply`), case-insensitively. Such accounts recur in
/// every feed (directory binds, scanners, integrations), so one that a key
/// took would otherwise spread to every line that names it.
const SERVICE_PARTS: &[&str] = &[
    "svc",
    "srv",
    "service",
    "services",
    "sa",
    "sys",
    "system",
    "app",
    "apps",
    "api",
    "bot",
    "daemon",
    "backup",
    "bkp",
    "monitor",
    "monitoring",
    "mon",
    "scan",
    "scanner",
    "ldap",
    "ldapbind",
    "bind",
    "sync",
    "noreply",
    "health",
    "healthcheck",
    "check",
    "probe",
    "admin",
    "adm",
    "test",
    "batch",
    "cron",
    "job",
    "jobs",
    "deploy",
    "ci",
    "build",
    "jenkins",
    "ansible",
    "puppet",
    "nagios",
    "zabbix",
    "splunk",
    "prometheus",
    "grafana",
    "radius",
    "vpn",
    "print",
    "printer",
    "mail",
    "smtp",
    "relay",
    "proxy",
    "guest",
    "kiosk",
    "shared",
    "integration",
    "connector",
    "sql",
    "db",
    "oracle",
    "sap",
    "web",
    "www",
    "svcacct",
    "automation",
    "robot",
    "agent",
    "keycloak",
    "okta",
    "azuread",
    "sso",
    "saml",
    "scim",
    "import",
    "export",
    "report",
    "reports",
    "exchange",
    "sharepoint",
    "teams",
    "helpdesk",
    "support",
    "ops",
    "infra",
    "noc",
    "soc",
    "it",
    "local",
    "default",
    "operator",
    "reception",
    "växel",
    "dev",
    "prod",
    "stage",
];

/// True if a part of `v` is one of [`SERVICE_PARTS`].
fn service_account(v: &str) -> bool {
    v.split(|c: char| matches!(c, '.' | '_' | '-') || c.is_ascii_digit())
        .any(|p| SERVICE_PARTS.iter().any(|w| p.eq_ignore_ascii_case(w)))
}

/// Whether a key of class `class` is strong enough evidence to remember
/// the value it held: a key that names one kind of personal data
/// (`suser`, `displayName`, `msisdn`), not one that names several or
/// anything (`name`, `number`, `id`, `customer`), nor one the vocabulary
/// does not know (a sibling or a described pair decided the value).
pub fn strong_key(class: Option<super::keys::KeyClass>) -> bool {
    use super::keys::KeyClass as C;
    matches!(
        class,
        Some(
            C::Username
                | C::UserId
                | C::PersonName
                | C::Phone
                | C::Imei
                | C::Imsi
                | C::Pnr
                | C::Orgnr
                | C::Badge
        )
    )
}

/// True if a part of account `v` (between `.`, `_`, `-` and digits) is a
/// given name or surname the gazetteer knows, alone or after or before an
/// initial, or two of them glued (`k.eriksson`, `karin`, `keriksson`,
/// `erikssonk`, `akewikstrom`, `anatoliy.tikhonova`): the accounts
/// directories give people. An account without one (`ci-runner01`,
/// `scanner`, `x7k2p`) may be anything's, and is not spread.
fn personal_handle(v: &str) -> bool {
    let known = |p: &str| {
        let Some(first) = p.chars().next() else {
            return false;
        };
        if !first.is_ascii() {
            let mut cap: String = first.to_uppercase().collect();
            cap.push_str(&p[first.len_utf8()..]);
            return super::name::known_name_word(&cap);
        }
        // Over 64 bytes (the name list's longest key) is no name.
        p.len() >= 3 && super::name::known_login_name_word(p.as_bytes())
    };
    v.split(|c: char| matches!(c, '.' | '_' | '-') || c.is_ascii_digit())
        .any(|p| {
            if p.chars().count() < 3 {
                return false;
            }
            if known(p) {
                return true;
            }
            // Split points: after one letter, before the last, and
            // between two glued names.
            let cuts: Vec<usize> = p.char_indices().map(|(i, _)| i).skip(1).collect();
            let (Some(&one), Some(&last)) = (cuts.first(), cuts.last()) else {
                return false;
            };
            known(&p[one..])
                || known(&p[..last])
                || cuts
                    .iter()
                    .any(|&k| k >= 3 && known(&p[..k]) && known(&p[k..]))
        })
}

/// Hex digits only, with a digit and a letter, eight or more: an object id
/// or a hash, not an account.
fn hex_id(b: &[u8]) -> bool {
    b.len() >= 8
        && b.iter().all(|c| c.is_ascii_hexdigit() || *c == b'-')
        && b.iter().any(u8::is_ascii_digit)
}

/// Whether a span of `kind` that a text detector found at `start` in `b`
/// is on strong evidence: a checksummed identity number, or a value
/// written right after a key that [`strong_key`] trusts and that names its
/// kind (`user=`, `"msisdn": `, `previous_first_name="`, `UserName:`).
/// `classify` is the vocabulary's ([`super::keys::Memo::classify`]).
pub fn strong_in_text(
    b: &[u8],
    start: usize,
    kind: Kind,
    classify: impl FnOnce(&str) -> Option<super::keys::KeyClass>,
) -> bool {
    use super::keys::KeyClass as C;
    if matches!(kind, Kind::Personnummer | Kind::Samordningsnummer) {
        return true;
    }
    if !matches!(
        kind,
        Kind::Username | Kind::PersonName | Kind::Imei | Kind::Imsi | Kind::Orgnr | Kind::Badge
    ) {
        return false;
    }
    let Some(key) = super::util::key_before(b, start, true, 48, |c| {
        c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')
    }) else {
        return false;
    };
    let Ok(key) = std::str::from_utf8(key) else {
        return false;
    };
    if key.is_empty() {
        return false;
    }
    let class = classify(key);
    strong_key(class)
        && matches!(
            (kind, class),
            (Kind::Username, Some(C::Username | C::UserId))
                | (Kind::PersonName, Some(C::PersonName))
                | (Kind::Imei, Some(C::Imei))
                | (Kind::Imsi, Some(C::Imsi))
                | (Kind::Orgnr, Some(C::Orgnr))
                | (Kind::Badge, Some(C::Badge))
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(m: &mut Memory, text: &str) -> Vec<(String, Kind)> {
        let mut spans = Vec::new();
        m.mark(text, &mut spans);
        spans
            .iter()
            .map(|s| (text[s.start..s.end].to_string(), s.kind))
            .collect()
    }

    fn memory() -> Memory {
        Memory::new(1024, 7)
    }

    #[test]
    fn an_account_found_on_a_key_is_found_again_in_a_mail_log() {
        let mut m = memory();
        m.learn(Kind::Username, "k.eriksson");
        let text = "postfix/smtpd[811]: 4F2A1: client=mx1, sasl_method=LOGIN, \
                    message from k.eriksson accepted.";
        assert_eq!(
            marked(&mut m, text),
            [("k.eriksson".into(), Kind::Username)]
        );
        // A longer word that holds it is not it.
        assert!(marked(&mut m, "home=/srv/k.eriksson2/mail").is_empty());
        assert_eq!(
            marked(&mut m, "VPN: session for CORP\\k.eriksson ended."),
            [("k.eriksson".into(), Kind::Username)]
        );
    }

    #[test]
    fn names_and_numbers_are_found_again_whole() {
        let mut m = memory();
        m.learn(Kind::PersonName, "Karin Eriksson");
        m.learn(Kind::Imei, "356938035643809");
        m.learn(Kind::Personnummer, "19850312-1234");
        let text = "Voicemail for Karin Eriksson on 356938035643809 (pnr 19850312-1234)";
        assert_eq!(
            marked(&mut m, text),
            [
                ("Karin Eriksson".into(), Kind::PersonName),
                ("356938035643809".into(), Kind::Imei),
                ("19850312-1234".into(), Kind::Personnummer),
            ]
        );
        // Not a part of a longer name or number.
        assert!(marked(&mut m, "Karin Erikssonsson on 3569380356438091").is_empty());
        assert!(marked(&mut m, "Karin called").is_empty());
    }

    #[test]
    fn short_common_and_system_values_are_not_remembered() {
        for (kind, v) in [
            (Kind::Username, "bob"),
            (Kind::Username, "root"),
            (Kind::Username, "backup"),
            (Kind::Username, "asterisk"),
            (Kind::Username, "Administrator"),
            (Kind::Username, "deadbeef01"),
            (Kind::Username, "svc-backup"),
            (Kind::Username, "svc_ldapbind"),
            (Kind::Username, "ise-monitor"),
            (Kind::Username, "SA.sql01"),
            (Kind::Username, "ci-runner01"),
            (Kind::Username, "x7k2p9"),
            (Kind::Username, "-"),
            (Kind::PersonName, "Reception"),
            (Kind::PersonName, "Domain Admins"),
            (Kind::PersonName, "Support Queue"),
            (Kind::PersonName, "Loading Dock"),
            (Kind::PersonName, "Sofia"),
            (Kind::PersonName, "Karin 2"),
            (Kind::Phone, "1001"),
            (Kind::Phone, "112"),
            (Kind::Phone, "0701740683"),
            (Kind::Phone, "+46701740683"),
            (Kind::Badge, "4711"),
            (Kind::Email, "k@example.se"),
            (Kind::Ipv4, "10.1.2.3"),
        ] {
            assert!(!worth_remembering(kind, v), "{kind:?} {v}");
        }
        for (kind, v) in [
            (Kind::Username, "k.eriksson"),
            (Kind::Username, "keriksson"),
            (Kind::Username, "karin.eriksson2"),
            (Kind::Username, "karin"),
            (Kind::PersonName, "Karin Eriksson"),
            (Kind::Imei, "356938035643809"),
        ] {
            assert!(worth_remembering(kind, v), "{kind:?} {v}");
        }
    }

    #[test]
    fn spans_found_already_win() {
        let mut m = memory();
        m.learn(Kind::Username, "k.eriksson");
        let text = "from k.eriksson@example.se and k.eriksson";
        let mut spans = vec![Span {
            start: 5,
            end: 26,
            kind: Kind::Email,
        }];
        assert_eq!(m.mark(text, &mut spans), 1);
        assert_eq!(spans[1].start, 31);
        assert_eq!(spans[0].kind, Kind::Email);
    }

    #[test]
    fn the_first_kind_stays_and_off_is_off() {
        let mut m = memory();
        m.learn(Kind::Username, "anna.lind");
        m.learn(Kind::PersonName, "anna.lind");
        assert_eq!(
            marked(&mut m, "anna.lind"),
            [("anna.lind".into(), Kind::Username)]
        );
        let mut off = Memory::new(0, 7);
        off.learn(Kind::Username, "anna.lind");
        assert!(off.is_empty());
        assert!(marked(&mut off, "anna.lind").is_empty());
    }

    #[test]
    fn it_is_bounded_and_keeps_what_is_used() {
        let mut m = Memory::new(64, 7);
        m.learn(Kind::Username, "anna.lind");
        for i in 0..1000 {
            m.learn(Kind::Username, &format!("karin.{i:04}"));
            if i % 16 == 0 {
                // Used now and then: it moves to the newer generation.
                assert_eq!(marked(&mut m, "anna.lind").len(), 1, "{i}");
            }
        }
        assert!(m.len() <= 64);
        assert_eq!(marked(&mut m, "karin.0999").len(), 1);
        assert!(marked(&mut m, "karin.0001").is_empty());
    }

    #[test]
    fn strong_evidence_in_text_is_a_key_of_the_kind() {
        let strong =
            |t: &[u8], at, kind| strong_in_text(t, at, kind, crate::detect::keys::classify);
        let t = b"action=login user=k.eriksson for anna.lind";
        assert!(strong(t, 18, Kind::Username));
        assert!(!strong(t, 33, Kind::Username));
        let t = br#"error="invalid_input", previous_first_name="Jhoanna", x"#;
        assert!(strong(t, 44, Kind::PersonName));
        // A key that names anything is no evidence; nor is a phone key
        // (phones are not remembered).
        assert!(!strong(b"name=Karin Eriksson", 5, Kind::PersonName));
        assert!(!strong(b"msisdn=46701740683", 7, Kind::Phone));
    }

    #[test]
    fn replay_is_never_worse() {
        // The memory only adds: a batch run again after more was learnt
        // marks at least what it marked the first time.
        let batch = ["login by k.eriksson", "user=k.eriksson", "bye k.eriksson"];
        let mut m = memory();
        let mut first = Vec::new();
        for (i, t) in batch.iter().enumerate() {
            first.push(marked(&mut m, t).len());
            if i == 1 {
                m.learn(Kind::Username, "k.eriksson");
            }
        }
        assert_eq!(first, [0, 0, 1]);
        let again: Vec<usize> = batch.iter().map(|t| marked(&mut m, t).len()).collect();
        assert!(again.iter().zip(&first).all(|(a, b)| a >= b));
        assert_eq!(again, [1, 1, 1]);
    }
}
