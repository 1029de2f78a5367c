//! A rule pack's own regex detectors.
//!
//! Patterns are compiled with bounded program and DFA sizes, so a hostile or
//! careless rule cannot make the process allocate without limit; a pattern
//! over the bound is refused when the set is built.

use regex::{Regex, RegexBuilder};
use regex_syntax::hir::literal::Extractor;
use regex_syntax::hir::{Class, Hir, HirKind};

use super::util::luhn;
use super::{Checksum, CustomDetector, DetectError, Kind, Span};

/// Compiled program size limit per pattern.
const SIZE_LIMIT: usize = 1 << 20;
/// Lazy DFA cache limit per pattern.
const DFA_SIZE_LIMIT: usize = 2 << 20;
/// Nesting limit, against stack exhaustion in the parser.
const NEST_LIMIT: u32 = 64;

/// One compiled custom detector.
#[derive(Clone, Debug)]
pub(crate) struct Compiled {
    regex: Regex,
    /// The index of the group named `value`, if there is one.
    value: Option<usize>,
    kind: Kind,
    checksum: Option<Checksum>,
    /// Bytes every match contains (see [`required_bytes`]): a text without
    /// one of them is turned away without a regex search, which costs far
    /// more than a memchr on the short cells a CDR row hands over.
    required: Vec<u8>,
    /// [`Compiled::required`] as a set of bytes, for [`Held`] texts.
    required_set: [u64; 4],
    /// The bytes every match starts with, when they are few (see
    /// [`Lead`]): a short cell holding none of them is turned away too.
    lead: Option<Lead>,
}

/// The bytes a short text holds (`None` for a longer one), read once for
/// all of a pack's custom detectors: each then tells from a few bit tests
/// whether the text may hold a match ([`Compiled::admits`]).
pub(crate) struct Held(Option<[u64; 4]>);

impl Held {
    /// The bytes of `b`, if it is at most [`LEAD_SCAN`] long.
    pub(crate) fn of(b: &[u8]) -> Held {
        if b.len() > LEAD_SCAN {
            return Held(None);
        }
        let mut set = [0u64; 4];
        for &c in b {
            set[usize::from(c >> 6)] |= 1 << (c & 63);
        }
        Held(Some(set))
    }
}

/// Texts up to this long are read byte by byte ([`Held`]) for the
/// required and [`Lead`] bytes before a regex search; longer ones are
/// searched for the required bytes with memchr, and go to the regex, whose
/// own prefilter is faster there.
const LEAD_SCAN: usize = 64;

impl Compiled {
    /// Compiles detector `index`.
    pub(crate) fn new(index: usize, d: &CustomDetector) -> Result<Compiled, DetectError> {
        let regex = RegexBuilder::new(&d.pattern)
            .size_limit(SIZE_LIMIT)
            .dfa_size_limit(DFA_SIZE_LIMIT)
            .nest_limit(NEST_LIMIT)
            .build()
            .map_err(|e| DetectError::BadPattern {
                index,
                reason: e.to_string(),
            })?;
        let value = regex.capture_names().position(|n| n == Some("value"));
        let hir = parse(&d.pattern);
        let required = hir.as_ref().map(gate_bytes).unwrap_or_default();
        let mut required_set = [0u64; 4];
        for &c in &required {
            required_set[usize::from(c >> 6)] |= 1 << (c & 63);
        }
        Ok(Compiled {
            regex,
            value,
            kind: d.kind,
            checksum: d.checksum,
            required,
            required_set,
            lead: hir.as_ref().and_then(Lead::of),
        })
    }

    /// Appends this detector's matches in `text`.
    #[cfg(test)]
    pub(crate) fn find(&self, text: &str, out: &mut Vec<Span>) {
        if self.admits(text, &Held::of(text.as_bytes())) {
            self.search(text, out);
        }
    }

    /// Appends this detector's matches in `text`, which it
    /// [admits](Compiled::admits).
    pub(crate) fn search(&self, text: &str, out: &mut Vec<Span>) {
        let mut push = |s: usize, e: usize| {
            if s < e && self.check(&text[s..e]) {
                out.push(Span {
                    start: s,
                    end: e,
                    kind: self.kind,
                });
            }
        };
        match self.value {
            None => {
                for m in self.regex.find_iter(text) {
                    push(m.start(), m.end());
                }
            }
            Some(g) => {
                // Most texts hold no match: finding none needs no capture
                // slots, which cost an allocation per call.
                if !self.regex.is_match(text) {
                    return;
                }
                for c in self.regex.captures_iter(text) {
                    if let Some(m) = c.get(g) {
                        push(m.start(), m.end());
                    }
                }
            }
        }
    }

    /// Whether `text` (whose bytes `held` read, if it is short) holds
    /// every byte a match must contain, and one a match may start with:
    /// false only when the regex cannot match it. Asked before the call
    /// of [`Compiled::search`], so that most cells cost a few bit tests.
    #[inline]
    pub(crate) fn admits(&self, text: &str, held: &Held) -> bool {
        match &held.0 {
            Some(set) => {
                (0..4).all(|k| set[k] & self.required_set[k] == self.required_set[k])
                    && self.lead.as_ref().is_none_or(|l| l.meets(set))
            }
            None => self
                .required
                .iter()
                .all(|&c| memchr::memchr(c, text.as_bytes()).is_some()),
        }
    }

    fn check(&self, v: &str) -> bool {
        match self.checksum {
            None => true,
            Some(Checksum::Luhn) => luhn(v.as_bytes()),
        }
    }
}

/// At most this many required bytes are checked per text: punctuation
/// first (`=` in `Tag=value` patterns), rarer in text than letters.
const GATE_BYTES: usize = 3;

/// `pattern` parsed with the syntax options the regex itself is built
/// with (`None` when it does not parse: the regex then decides alone).
fn parse(pattern: &str) -> Option<Hir> {
    regex_syntax::ParserBuilder::new()
        .nest_limit(NEST_LIMIT)
        .build()
        .parse(pattern)
        .ok()
}

/// The bytes to look for before searching with a pattern: some of the
/// bytes that every match of its `hir` contains.
fn gate_bytes(hir: &Hir) -> Vec<u8> {
    let mut bytes = required_bytes(hir);
    bytes.sort_by_key(|&c| (c.is_ascii_alphanumeric(), c));
    bytes.truncate(GATE_BYTES);
    bytes
}

/// The bytes a match of a regex can start with, from its prefix literals
/// (`SEP`, `ATA`, `BOT`, ... of `\b(?:SEP|ATA|BOT)[0-9A-F]{12}`): every
/// match starts with one of them, so a text holding none of them holds no
/// match, and a value that starts with none of them is no whole match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Lead([u64; 4]);

impl Lead {
    /// The first bytes of `hir`'s prefix literals; `None` when a match may
    /// start with bytes too many to list (the literal sequence is infinite)
    /// or be empty (an empty literal), or when no match is possible at all.
    pub(crate) fn of(hir: &Hir) -> Option<Lead> {
        let seq = Extractor::new().extract(hir);
        let lits = seq.literals()?;
        if lits.is_empty() {
            return None;
        }
        let mut set = [0u64; 4];
        for l in lits {
            let &c = l.as_bytes().first()?;
            set[usize::from(c >> 6)] |= 1 << (c & 63);
        }
        Some(Lead(set))
    }

    /// `pattern` parsed as the regex crate's defaults parse it (those of
    /// `RegexBuilder::new`), and [`Lead::of`] it.
    pub(crate) fn of_pattern(pattern: &str) -> Option<Lead> {
        Lead::of(&regex_syntax::Parser::new().parse(pattern).ok()?)
    }

    fn has(&self, c: u8) -> bool {
        self.0[usize::from(c >> 6)] >> (c & 63) & 1 == 1
    }

    /// Whether `b` may hold a match: one of the bytes is in it.
    #[cfg(test)]
    pub(crate) fn in_text(&self, b: &[u8]) -> bool {
        b.iter().any(|&c| self.has(c))
    }

    /// Whether a text holding the bytes of `set` may hold a match.
    fn meets(&self, set: &[u64; 4]) -> bool {
        (0..4).any(|k| self.0[k] & set[k] != 0)
    }

    /// Whether a match may start at `b`'s first byte.
    pub(crate) fn at_start(&self, b: &[u8]) -> bool {
        b.first().is_some_and(|&c| self.has(c))
    }
}

/// Bytes that every match of `hir` contains, sorted and without
/// duplicates: a literal's bytes; a one-character class's bytes; in a
/// sequence, what any part requires; in an alternation, what every branch
/// requires; a repetition requires what its body does only when the body
/// must occur at least once. Anything else (wider classes, look-arounds,
/// the empty match) requires nothing.
fn required_bytes(hir: &Hir) -> Vec<u8> {
    let mut out = match hir.kind() {
        HirKind::Literal(lit) => lit.0.to_vec(),
        HirKind::Class(Class::Unicode(c)) => match c.ranges() {
            [r] if r.start() == r.end() => r.start().to_string().into_bytes(),
            _ => Vec::new(),
        },
        HirKind::Class(Class::Bytes(c)) => match c.ranges() {
            [r] if r.start() == r.end() => vec![r.start()],
            _ => Vec::new(),
        },
        HirKind::Repetition(rep) if rep.min >= 1 => required_bytes(&rep.sub),
        HirKind::Capture(cap) => required_bytes(&cap.sub),
        HirKind::Concat(parts) => parts.iter().flat_map(required_bytes).collect(),
        HirKind::Alternation(branches) => {
            let mut branches = branches.iter().map(required_bytes);
            let first = branches.next().unwrap_or_default();
            branches.fold(first, |acc, b| {
                acc.into_iter().filter(|c| b.contains(c)).collect()
            })
        }
        HirKind::Empty | HirKind::Look(_) | HirKind::Repetition(_) => Vec::new(),
    };
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn det(p: &str, c: Option<Checksum>) -> Compiled {
        Compiled::new(
            0,
            &CustomDetector {
                kind: Kind::Badge,
                pattern: p.into(),
                checksum: c,
            },
        )
        .unwrap()
    }

    #[test]
    fn value_group_is_the_span() {
        let d = det(r"badge=(?P<value>B\d{6})", None);
        let mut out = vec![];
        d.find("x badge=B123456 y", &mut out);
        assert_eq!(
            out,
            vec![Span {
                start: 8,
                end: 15,
                kind: Kind::Badge
            }]
        );
    }

    #[test]
    fn checksum_filters() {
        let d = det(r"\b\d{16}\b", Some(Checksum::Luhn));
        let mut out = vec![];
        d.find("4111111111111111 4111111111111112", &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].start, 0);
    }

    #[test]
    fn huge_patterns_are_refused() {
        let r = Compiled::new(
            3,
            &CustomDetector {
                kind: Kind::Custom(0),
                pattern: r"\w{1000}\w{1000}\w{1000}".into(),
                checksum: None,
            },
        );
        match r {
            Err(DetectError::BadPattern { index, .. }) => assert_eq!(index, 3),
            Ok(_) => panic!("accepted an oversized pattern"),
        }
        assert!(
            Compiled::new(
                0,
                &CustomDetector {
                    kind: Kind::Badge,
                    pattern: "(".into(),
                    checksum: None
                }
            )
            .is_err()
        );
    }

    #[test]
    fn required_bytes_of_the_cucm_patterns() {
        let req = |p: &str| required_bytes(&regex_syntax::Parser::new().parse(p).unwrap());
        assert_eq!(
            req(r"(?:^|;)\s*[A-Za-z_]*(?:DN|Dn|dn|Number|Num)\s*=\s*(?P<value>[^;\s]+)"),
            b"="
        );
        assert_eq!(
            gate_bytes(&parse(r"(?:^|;)\s*[A-Za-z_]*DeviceName\s*=\s*(?P<value>x)").unwrap()),
            b"=DN"
        );
        assert!(req(r"\b(?:SEP|ATA|BOT)(?P<value>[0-9A-Fa-f]{12})\b").is_empty());
        assert!(req(r"(?i)user=").contains(&b'='));
        assert!(!req(r"(?i)user=").contains(&b'u'));
        assert!(req(r"a?b*=?").is_empty());
        assert_eq!(req(r"ab|cb|b"), b"b");
        // é is C3 A9 in UTF-8; the bytes come sorted.
        assert_eq!(req(r"é{2,}"), [0xa9, 0xc3]);
        assert!(parse("(").is_none());
        assert!(det("(?:a|b)=", None).required == b"=");
    }

    use proptest::strategy::Strategy;

    // The gate turns a text away only when the regex finds nothing in it.
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn the_gate_never_turns_away_a_match(
            pattern in proptest::sample::select(vec![
                r"(?:^|;)\s*[A-Za-z_]*(?:DN|Dn|dn|Number|Num)\s*=\s*(?P<value>[^;\s]+)",
                r"(?:^|;)\s*[A-Za-z_]*DeviceName\s*=\s*(?:BOT|CSF)[-_]?(?P<value>[^\s;]{1,8})",
                r"(?:^|;)\s*[A-Za-z_]*(?:User|UserID|LoginID)\s*=\s*(?P<value>[^;\s]+)",
                r"\b(?:SEP|ATA)(?P<value>[0-9A-F]{2})\b",
                r"(?i)ab(?:c|dc)+=",
                r"x(?:y=|=z)?;",
                r"(?:a=b|b=a)",
                r"\b(?:SEP|ATA|BOT|CSF)(?P<value>[0-9A-Fa-f]{2})\b",
                r"^(?:BOT|CSF|TAB)[-_]?(?P<value>[^\s;=-][^\s;=]{0,4})",
                r"(?i)(?:sep|kab)[0-9]",
                r"(?:x|y)?ab",
            ]),
            text in proptest::prop_oneof![
                proptest::string::string_regex("[=; a-zA-Z_0-9ceDNUu]{0,24}").unwrap(),
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "DN", "Num", "=", ";", " ", "User", "ID", "5", "SEP", "AB", "DeviceName",
                        "BOT", "CSF", "_", "abc", "ABDC", "dc", "x", "y", "z", "a", "b",
                        "sep", "Sep", "TAB", "-", "1F", "\u{212a}AB", "kab", "KAB",
                    ]),
                    0..8,
                )
                .prop_map(|parts: Vec<&str>| parts.concat()),
            ],
        ) {
            let d = det(pattern, None);
            if !d.admits(&text, &Held::of(text.as_bytes())) {
                proptest::prop_assert!(!d.regex.is_match(&text), "{pattern} {text:?}");
            }
            // Past LEAD_SCAN bytes, only the required bytes are looked for.
            let long = format!("{text}{}", "x,".repeat(40));
            if !d.admits(&long, &Held::of(long.as_bytes())) {
                proptest::prop_assert!(!d.regex.is_match(&long), "{pattern} {long:?}");
            }
        }
    }

    #[test]
    fn lead_bytes_of_prefix_literals() {
        let lead = |p: &str| Lead::of_pattern(p);
        let sep = lead(r"\b(?:SEP|ATA|BOT)(?P<value>[0-9A-Fa-f]{12})\b").unwrap();
        assert!(sep.in_text(b"x SEP00") && sep.in_text(b"BOT") && !sep.in_text(b"0712345678"));
        // Anchored whole-value patterns, as `[[keep_when]]` builds them.
        let ivr = lead("^(?:ivr-[0-9]+)$").unwrap();
        assert!(ivr.at_start(b"ivr-3") && !ivr.at_start(b"from-internal") && !ivr.at_start(b""));
        let conf = lead("^(?:(?i)(?:conf|meetme)(?:[_-][a-z0-9]+)?)$").unwrap();
        assert!(conf.at_start(b"Conferences") && conf.at_start(b"MEETME") && !conf.at_start(b"x"));
        // A match that may be empty, or start with any of many bytes.
        assert!(lead("^(?:a?)$").is_none());
        assert!(lead(r"(?:^|;)\s*[A-Za-z_]*DN=").is_none());
        assert!(lead("^(?:[0-9A-Za-z]*[_-])?(?:HUNT|PARK)$").is_none());
        assert!(lead("(").is_none());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// A value whose first byte is none of a whole-value pattern's lead
        /// bytes never matches it.
        #[test]
        fn a_whole_value_match_starts_with_a_lead_byte(
            pattern in proptest::sample::select(vec![
                "ivr-[0-9]+",
                "ivr-[0-9]+,[^,]*,[^,]*",
                "(?i)(?:conferences?|conf|meetme|confbridge|conference[_-]rooms?)(?:[_-][a-z0-9]+)?",
                "(?i)(?:dahdi/[gri][0-9]+/[0-9]{3,4}|(?:pjsip|sip|iax2)/[0-9]{3,4}@[a-z0-9_.-]*(?:trunk|pstn)[a-z0-9_.-]*)(?:[,(].*)?",
                "[1-9][0-9]{1,4}",
                r"\+?[0-9]{6,15}",
                "10[0-8]|11[01235789]|911|000|1669",
                "(?i)k[a-z]*",
            ]),
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    "ivr-", "3", "0", "1", "9", ",", "x", "conf", "Conference", "MEETME", "_rooms",
                    "-se", "PJSIP/", "sip/", "DAHDI/", "g1/", "123", "4567", "@", "trunk", "pstn",
                    "(", "+46", "from-internal", "\u{212a}", "K", "ab", "",
                ]),
                0..7,
            )
            .prop_map(|parts: Vec<&str>| parts.concat()),
        ) {
            let whole = crate::rules::keep_pattern(pattern).unwrap();
            let lead = Lead::of_pattern(&format!("^(?:{pattern})$"));
            if lead.as_ref().is_some_and(|l| !l.at_start(text.as_bytes())) {
                proptest::prop_assert!(!whole.is_match(&text), "{pattern} {text:?}");
            }
        }
    }
}
