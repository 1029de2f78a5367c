//! A username found by context (`for invalid user X from`) often appears
//! again in the same text without context (`PWD=/home/X`): every other
//! whole-word occurrence of a found username is marked too.
//!
//! This runs on every record with a username in it, including hostile ones
//! (a 1 MiB line of `user=bob ` repeated), so it is linear in the text: each
//! distinct username is looked for once (one pass per name, or one
//! Aho-Corasick pass for many names), and the occurrences are merged with
//! the spans already found in one sorted walk.

use aho_corasick::AhoCorasick;

use super::{Kind, Span};

/// Shorter usernames are not echoed: `bo` would match too much.
const MIN_LEN: usize = 3;

/// Longer ones are not echoed either: no login is that long, and the
/// overlapping search reports at most one occurrence per needle length at
/// each position, so this bounds its work per byte.
const MAX_LEN: usize = 255;

/// Up to this many distinct usernames, each gets its own pass over the text
/// (nothing to set up); more share one Aho-Corasick pass.
const SEARCHES: usize = 8;

/// Marks every whole-word occurrence of a detected username that overlaps no
/// span already there. `spans` must be sorted by start and disjoint (as
/// [`super::DetectorSet::detect`] leaves them); they stay so.
pub fn echo_usernames(text: &str, spans: &mut Vec<Span>) {
    echo_counted(text, spans);
}

/// [`echo_usernames`], returning the work it did: needles, bytes and
/// bytes compared, occurrences found and offered. That is linear in the
/// text's length whatever it holds: the needles are at most 255 bytes, a
/// text longer than 4 KiB with a needle that holds non-word bytes takes the
/// Aho-Corasick pass (at most one occurrence per needle length ends at
/// each byte), and real text costs about twice its length (tests hold it
/// to that).
pub fn echo_counted(text: &str, spans: &mut Vec<Span>) -> u64 {
    let bytes = text.as_bytes();
    // The distinct usernames, kept on the stack while they are few (nearly
    // always one or two); past that, all of them in one list.
    let mut few: [&[u8]; SEARCHES] = [&[]; SEARCHES];
    let mut count = 0;
    let mut all: Vec<&[u8]> = Vec::new();
    let mut many = false;
    let mut plain = true;
    let mut steps = 0u64;
    let found_here = spans
        .iter()
        .filter(|s| s.kind == Kind::Username)
        .map(|s| &bytes[s.start..s.end]);
    for v in found_here {
        steps += 1;
        if !fits(v) {
            continue;
        }
        if many {
            all.push(v);
            continue;
        }
        if few[..count].contains(&v) {
            continue;
        }
        plain &= v.iter().all(|&b| is_word(b));
        if count == SEARCHES {
            many = true;
            all.extend_from_slice(&few);
            all.push(v);
            continue;
        }
        few[count] = v;
        count += 1;
    }
    if count == 0 {
        return steps;
    }
    let n = spans.len();
    let mut merge = Merge {
        next: 0,
        kept_end: 0,
        n,
        kind: Kind::Username,
    };
    if many || (!plain && bytes.len() > 4096) {
        if !many {
            all.extend_from_slice(&few[..count]);
        }
        steps += echo_many(bytes, spans, &mut all, &mut merge);
    } else if count == 1 {
        // Occurrences of one name come in order: merged as they are found.
        steps += scan(bytes, few[0], Bound::Word, |a, b| merge.offer(spans, a, b));
    } else {
        let mut found = Vec::new();
        for needle in &few[..count] {
            steps += scan(bytes, needle, Bound::Word, |a, b| found.push((a, b)));
        }
        steps += merge_all(spans, &mut found, &mut merge);
    }
    if spans.len() > n {
        steps += spans.len() as u64;
        spans.sort_unstable_by_key(|s| s.start);
    }
    steps
}

/// Calls `found` with every bounded occurrence of `needle`, left to right,
/// overlapping ones included. Candidates are the needle's first byte; each
/// is tested for boundaries before it is compared. For a needle of word
/// bytes only, a comparison runs only over word bytes after a non-word
/// byte, so no byte is compared twice; other needles cost at most their
/// length per byte, and only in texts of at most 4 KiB. With `number`,
/// the needle is a phone number's digits and bounded as a number is
/// ([`number_bounded`]). Returns the work done.
fn scan(bytes: &[u8], needle: &[u8], mode: Bound, mut found: impl FnMut(usize, usize)) -> u64 {
    let mut steps = bytes.len() as u64;
    let mut from = 0;
    while let Some(k) = memchr::memchr(needle[0], &bytes[from..]) {
        steps += 1;
        let a = from + k;
        let b = a + needle.len();
        if b > bytes.len() {
            break;
        }
        from = a + 1;
        if bounded(bytes, a, b, mode) {
            steps += needle.len() as u64;
            if &bytes[a..b] == needle {
                found(a, b);
            }
        }
    }
    steps
}

/// Many distinct usernames, or ones holding non-word bytes in a long text
/// (whose bounded occurrences may overlap each other): one overlapping
/// Aho-Corasick pass.
fn echo_many(
    bytes: &[u8],
    spans: &mut Vec<Span>,
    needles: &mut Vec<&[u8]>,
    merge: &mut Merge,
) -> u64 {
    needles.sort_unstable();
    needles.dedup();
    let steps = needles.len() as u64;
    // Building fails only on absurd sizes, and then nothing is echoed.
    let Ok(ac) = AhoCorasick::new(needles.iter()) else {
        return steps;
    };
    let mut found = Vec::new();
    steps + search(&ac, bytes, Bound::Word, &mut found) + merge_all(spans, &mut found, merge)
}

/// Every bounded occurrence of the automaton's needles, overlapping ones
/// included (standard match semantics allow the overlapping search).
fn search(ac: &AhoCorasick, bytes: &[u8], mode: Bound, found: &mut Vec<(usize, usize)>) -> u64 {
    let mut steps = bytes.len() as u64;
    for m in ac.find_overlapping_iter(bytes) {
        steps += 1;
        let (a, b) = (m.start(), m.end());
        if bounded(bytes, a, b, mode) {
            found.push((a, b));
        }
    }
    steps
}

/// Usernames a binding or a key took in one record, to be found again in
/// the record's free text (`"user":"karin"` ... `"message":"login by
/// karin"`). Names are added as fields are read; the first search sorts out
/// duplicates and, for more than a few names (or names with non-word
/// bytes), builds one automaton that every free-text field of the record
/// then reuses: linear in the record however many names and fields it has.
#[derive(Clone, Default)]
pub struct KnownNames {
    text: String,
    names: Vec<std::ops::Range<usize>>,
    /// Whether `names` is deduplicated and `ac` built for it.
    ready: bool,
    ac: Option<AhoCorasick>,
    found: Vec<(usize, usize)>,
    /// What the occurrences are marked as: `None` for usernames.
    kind: Option<Kind>,
    /// The length of the shortest name, once `ready`: a text shorter than
    /// it (most cells of a CDR row) holds none of them.
    shortest: usize,
}

impl KnownNames {
    /// Values of `kind` taken in one record (a phone number a CDR column
    /// holds, found again in its dial string), marked as `kind`.
    pub fn of(kind: Kind) -> KnownNames {
        KnownNames {
            kind: Some(kind),
            ..KnownNames::default()
        }
    }

    /// Forgets the names (a new record).
    pub fn clear(&mut self) {
        self.text.clear();
        self.names.clear();
        self.ready = false;
        self.ac = None;
    }

    /// Whether no name is known.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Adds a name (too short or too long ones are not echoed). While the
    /// names are few, one known already is not added again, so the search
    /// stays ready (a CDR's number, found again in its channel); past that,
    /// duplicates are sorted out once, keeping `add` constant time.
    pub fn add(&mut self, name: &str) {
        if !fits(name.as_bytes()) {
            return;
        }
        let text = self.text.as_bytes();
        if self.names.len() <= SEARCHES
            && self
                .names
                .iter()
                .any(|r| &text[r.clone()] == name.as_bytes())
        {
            return;
        }
        let start = self.text.len();
        self.text.push_str(name);
        self.names.push(start..self.text.len());
        self.ready = false;
    }

    /// Marks the whole-word occurrences of the names in `text` that overlap
    /// no span there (`spans` sorted and disjoint, and left so). Returns
    /// the work done.
    pub fn mark(&mut self, text: &str, spans: &mut Vec<Span>) -> u64 {
        if self.names.is_empty() {
            return 0;
        }
        let mut steps = 0;
        if !self.ready {
            steps += self.prepare();
        }
        let bytes = text.as_bytes();
        if bytes.len() < self.shortest {
            return steps;
        }
        let mut found = std::mem::take(&mut self.found);
        found.clear();
        let mode = match self.kind {
            Some(Kind::Phone) => Bound::Number,
            None => Bound::Part,
            Some(_) => Bound::Word,
        };
        match &self.ac {
            Some(ac) => steps += search(ac, bytes, mode, &mut found),
            None => {
                for r in &self.names {
                    // A name longer than the text is not looked for.
                    if r.len() <= bytes.len() {
                        let needle = &self.text.as_bytes()[r.clone()];
                        steps += scan(bytes, needle, mode, |a, b| found.push((a, b)));
                    }
                }
            }
        }
        if mode == Bound::Part {
            // An account glued to other parts must be one that names a
            // person, not a word every feed uses (`backup_2026.tar`).
            found.retain(|&(a, b)| bounded(bytes, a, b, Bound::Word) || distinctive(&bytes[a..b]));
        }
        if found.is_empty() {
            self.found = found;
            return steps;
        }
        let n = spans.len();
        let mut merge = Merge {
            next: 0,
            kept_end: 0,
            n,
            kind: self.kind.unwrap_or(Kind::Username),
        };
        steps += merge_all(spans, &mut found, &mut merge);
        self.found = found;
        if spans.len() > n {
            steps += spans.len() as u64;
            spans.sort_unstable_by_key(|s| s.start);
        }
        steps
    }

    /// Sorts out duplicates, and builds the automaton when the names are
    /// many or hold non-word bytes.
    fn prepare(&mut self) -> u64 {
        let text = &self.text;
        self.names
            .sort_unstable_by(|a, b| text.as_bytes()[a.clone()].cmp(&text.as_bytes()[b.clone()]));
        self.names
            .dedup_by(|a, b| text.as_bytes()[a.clone()] == text.as_bytes()[b.clone()]);
        let plain = self
            .names
            .iter()
            .all(|r| text.as_bytes()[r.clone()].iter().all(|&b| is_word(b)));
        self.shortest = self
            .names
            .iter()
            .map(ExactSizeIterator::len)
            .min()
            .unwrap_or(0);
        self.ac = if self.names.len() > SEARCHES || !plain {
            AhoCorasick::new(self.names.iter().map(|r| &text.as_bytes()[r.clone()])).ok()
        } else {
            None
        };
        self.ready = true;
        (self.names.len() + self.text.len()) as u64
    }
}

/// Offers occurrences left to right, the longer first where two start
/// together.
fn merge_all(spans: &mut Vec<Span>, found: &mut [(usize, usize)], merge: &mut Merge) -> u64 {
    found.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    for &(a, b) in found.iter() {
        merge.offer(spans, a, b);
    }
    found.len() as u64
}

/// Keeps each occurrence, offered in order of start, that overlaps neither
/// one of the first `n` spans (the ones found before, sorted and disjoint)
/// nor an occurrence kept before it: one walk over both.
struct Merge {
    /// The first of the `n` spans that may still overlap an occurrence.
    next: usize,
    /// Where the last kept occurrence ends.
    kept_end: usize,
    n: usize,
    /// What a kept occurrence is marked as.
    kind: Kind,
}

impl Merge {
    fn offer(&mut self, spans: &mut Vec<Span>, a: usize, b: usize) {
        if a < self.kept_end {
            return;
        }
        while self.next < self.n && spans[self.next].end <= a {
            self.next += 1;
        }
        if self.next < self.n && spans[self.next].start < b {
            return;
        }
        spans.push(Span {
            start: a,
            end: b,
            kind: self.kind,
        });
        self.kept_end = b;
    }
}

/// How an occurrence must be framed to count.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Bound {
    /// A username standing alone: no part of a longer word.
    Word,
    /// A username that another field of the record took, also as one
    /// part of a name built from parts ([`part_framed`]).
    Part,
    /// A phone number's digits ([`bounded`]).
    Number,
}

/// Whether `bytes[a..b]` stands alone: a username is no part of a longer
/// word; a number (`Bound::Number`) is no part of a longer number or
/// word, but `-`, `_`, `/`, `=` and the like frame it (`out-+4670...-741-
/// 2026-05-11`, a recording's file name; `agent=741`). A decimal's
/// fraction (`1770899926.741`) is no number, nor is a short one (an
/// extension) after a comma, where a dial string's time-out stands
/// (`,300,T`). With `Bound::Part`, a username may also be one part of a
/// device's, host's or file's name ([`part_framed`]).
#[inline]
fn bounded(bytes: &[u8], a: usize, b: usize, mode: Bound) -> bool {
    if mode != Bound::Number {
        // An account that is itself compound (`adm-rhaddad`, `svc_k.berg`,
        // six bytes or more) may be the last part of a name built from
        // parts: CyberArk names an account object
        // `Operating System-WinDomain-<address>-adm-rhaddad`.
        let v = &bytes[a..b];
        let compound = v.len() >= 6 && v.iter().any(|&c| matches!(c, b'-' | b'_' | b'.'));
        let start =
            a == 0 || !is_word(bytes[a - 1]) || (compound && matches!(bytes[a - 1], b'-' | b'_'));
        let word = start && (b == bytes.len() || !is_word(bytes[b]));
        return word || (mode == Bound::Part && part_framed(bytes, a, b));
    }
    let before = if a == 0 { b' ' } else { bytes[a - 1] };
    let after = bytes.get(b).copied().unwrap_or(b' ');
    let digit_after_dot = after == b'.' && bytes.get(b + 1).is_some_and(u8::is_ascii_digit);
    let framed_before = (!before.is_ascii_alphanumeric() && before != b'.')
        || (after == b'@' && option_letters(bytes, a));
    let timeout = before == b',' && b - a < 6;
    framed_before && !timeout && !after.is_ascii_alphanumeric() && !digit_after_dot
}

/// Whether `bytes[a..b]` is one part of a name built from parts, framed
/// on each side by the text's edge, a non-word byte or one of `_`, `-`,
/// `.` with no letter or digit glued to it: an MDM names a phone after
/// its user and model (`k.berg_SM-G991B`, `kberg_iPhone15,2`, Intune's
/// `kberg_AndroidForWork_...`), a workstation after its user
/// (`kberg-pc`, `LAPTOP-kberg`), a file or a share after its owner
/// (`report-kberg.pdf`, `home_kberg`). The caller keeps only parts that
/// are [`distinctive`].
#[inline]
fn part_framed(bytes: &[u8], a: usize, b: usize) -> bool {
    let open = a == 0 || !bytes[a - 1].is_ascii_alphanumeric();
    let close = b == bytes.len() || !bytes[b].is_ascii_alphanumeric();
    open && close
}

/// Whether an account found glued to other parts names a person: five
/// bytes or more, and not a shared, system or service account (`admin`,
/// `backup`, `svc_scan`), which every device and file name may hold.
fn distinctive(v: &[u8]) -> bool {
    v.len() >= 5
        && v.iter().any(u8::is_ascii_alphabetic)
        && std::str::from_utf8(v).is_ok_and(|s| !super::keys::not_an_account(s))
        && !super::username::service_like_under_key(v)
}

/// Whether one or two letters that stand alone come right before `a`:
/// the options Asterisk's older `VoiceMail` syntax writes before a
/// mailbox (`u7794@default`, `b7794@default`, `su7794@default`).
fn option_letters(bytes: &[u8], a: usize) -> bool {
    let mut s = a;
    while s > 0 && a - s < 3 && bytes[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    (1..=2).contains(&(a - s))
        && (s == 0 || !bytes[s - 1].is_ascii_alphanumeric() && bytes[s - 1] != b'.')
}

/// Whether a name is echoed at all.
fn fits(v: &[u8]) -> bool {
    (MIN_LEN..=MAX_LEN).contains(&v.len())
}

/// Bytes that continue a username: an occurrence must not be part of a
/// longer word.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-'
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn user(start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            kind: Kind::Username,
        }
    }

    /// Every bounded occurrence, found the slow way.
    fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
        let t = text.as_bytes();
        (0..=t.len().saturating_sub(needle.len()))
            .filter(|&a| t[a..].starts_with(needle.as_bytes()))
            .map(|a| (a, a + needle.len()))
            .filter(|&(a, b)| {
                let compound = needle.len() >= 6 && needle.contains(['-', '_', '.']);
                let start = a == 0
                    || !is_word(t[a - 1])
                    || (compound && (t[a - 1] == b'-' || t[a - 1] == b'_'));
                start && (b == t.len() || !is_word(t[b]))
            })
            .collect()
    }

    /// Every occurrence a record's known account counts at: bounded, or
    /// a distinctive one framed as a part, found the slow way.
    fn parts(text: &str, needle: &str) -> Vec<(usize, usize)> {
        let t = text.as_bytes();
        let mut all = occurrences(text, needle);
        if distinctive(needle.as_bytes()) {
            all.extend(
                (0..=t.len().saturating_sub(needle.len()))
                    .filter(|&a| t[a..].starts_with(needle.as_bytes()))
                    .map(|a| (a, a + needle.len()))
                    .filter(|&(a, b)| {
                        (a == 0 || !t[a - 1].is_ascii_alphanumeric())
                            && (b == t.len() || !t[b].is_ascii_alphanumeric())
                    }),
            );
        }
        all.sort_unstable();
        all.dedup();
        all
    }

    /// The same, for several needles: left to right (longer first), each
    /// occurrence that overlaps nothing marked so far.
    fn slow(text: &str, spans: &[Span]) -> Vec<(usize, usize)> {
        let mut want: Vec<(usize, usize)> = spans.iter().map(|s| (s.start, s.end)).collect();
        let mut all: Vec<(usize, usize)> = spans
            .iter()
            .filter(|s| {
                s.kind == Kind::Username && (MIN_LEN..=MAX_LEN).contains(&(s.end - s.start))
            })
            .flat_map(|s| occurrences(text, &text[s.start..s.end]))
            .collect();
        all.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
        all.dedup();
        for (a, b) in all {
            if !want.iter().any(|&(x, y)| x < b && a < y) {
                want.push((a, b));
            }
        }
        want.sort_unstable();
        want
    }

    fn got(spans: &[Span]) -> Vec<(usize, usize)> {
        spans.iter().map(|s| (s.start, s.end)).collect()
    }

    #[test]
    fn known_numbers_are_found_as_numbers() {
        let text = "out-+4917663976507-741-2026-05-11-948204-1778482326.741.wav agent=741 PJSIP/x,741,T 7410 741";
        let mut known = KnownNames::of(Kind::Phone);
        known.add("741");
        known.add("4917663976507");
        let mut spans = Vec::new();
        known.mark(text, &mut spans);
        let got: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        // Not a decimal's fraction, not a time-out after a comma, not part
        // of a longer number.
        assert_eq!(got, ["4917663976507", "741", "741", "741"]);
        assert!(spans.iter().all(|s| s.kind == Kind::Phone));
    }

    #[test]
    fn echoes_whole_words_only() {
        let text = "sudo: erik : PWD=/home/erik ; erika erik.old xerik erik";
        let mut spans = vec![user(6, 10)];
        echo_usernames(text, &mut spans);
        assert_eq!(got(&spans), occurrences(text, "erik"));
        assert_eq!(spans.len(), 3);
        // Too short to echo safely.
        let mut spans = vec![user(0, 2)];
        echo_usernames("bo bo bo", &mut spans);
        assert_eq!(spans.len(), 1);
    }

    #[test]
    fn a_compound_account_ends_a_name_built_from_parts() {
        // CyberArk's account object: platform, address, then the account.
        let text = "duser=adm-rhaddad fname=Root\\Operating System-WinDomain-corp.internal-adm-rhaddad x-rhaddad";
        let mut spans = vec![user(6, 17)];
        echo_usernames(text, &mut spans);
        let found: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(found, ["adm-rhaddad", "adm-rhaddad"]);
        // A plain account glued after `-` is still part of another word.
        let text = "user=rhaddad host=srv-rhaddad";
        let mut spans = vec![user(5, 12)];
        echo_usernames(text, &mut spans);
        assert_eq!(spans.len(), 1);
    }

    #[test]
    fn a_known_account_is_found_as_a_part_of_a_device_or_file_name() {
        let mut known = KnownNames::default();
        known.add("k.lindqvist");
        known.add("jo4711");
        let text = "k.lindqvist_SM-G991B jo4711-pc LAPTOP-jo4711 /srv/home_k.lindqvist/cv.pdf k.lindqvistx xjo4711";
        let mut spans = Vec::new();
        known.mark(text, &mut spans);
        let found: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            found,
            ["k.lindqvist", "jo4711", "jo4711", "k.lindqvist"],
            "parts framed by `_`, `-`, `.`, never glued to a letter or digit"
        );
        // A short or shared account stays whole-word only: `admin`,
        // `backup` and a four-letter login name too many other things.
        let mut known = KnownNames::default();
        for v in ["admin", "backup", "kber"] {
            known.add(v);
        }
        let text = "admin_portal backup_2026.tar kber-01 kber";
        let mut spans = Vec::new();
        known.mark(text, &mut spans);
        let found: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(found, ["kber"]);
    }

    #[test]
    fn other_spans_are_never_overlapped() {
        let text = "user=karin mail karin@example.se home /home/karin";
        let mut spans = vec![
            user(5, 10),
            Span {
                start: 16,
                end: 32,
                kind: Kind::Email,
            },
        ];
        echo_usernames(text, &mut spans);
        assert_eq!(got(&spans), vec![(5, 10), (16, 32), (44, 49)]);
    }

    /// Issue 15, item 4: a line of `user=bob ` repeated was cubic in its
    /// length (1 MiB: over 300 s), because each of its thousands of spans
    /// searched the whole line and checked every occurrence against every
    /// span. The work is now a small multiple of the length, with one name
    /// repeated and with many distinct names.
    #[test]
    fn echo_usernames_is_linear_on_a_1mib_line_of_repeated_usernames() {
        const MIB: usize = 1 << 20;
        let same = "user=bob ".repeat(MIB / 9);
        let distinct: String = (0..MIB / 14).map(|i| format!("user=u{i:07} ")).collect();
        for line in [&same, &distinct] {
            let mut spans: Vec<Span> = line
                .match_indices("user=")
                .map(|(i, _)| {
                    let end = line[i..].find(' ').map_or(line.len(), |e| i + e);
                    user(i + 5, end)
                })
                .collect();
            let before = spans.len();
            let steps = echo_counted(line, &mut spans);
            assert!(
                steps <= 4 * line.len() as u64,
                "{steps} steps for {} bytes",
                line.len()
            );
            // Every name was found by context already: nothing to add.
            assert_eq!(spans.len(), before);
        }
        // Echoes of one name everywhere, without context.
        let echoes = format!("user=bob {}", "bob ".repeat(MIB / 4 - 3));
        let mut spans = vec![user(5, 8)];
        let steps = echo_counted(&echoes, &mut spans);
        assert_eq!(spans.len(), MIB / 4 - 2);
        assert!(steps <= 4 * echoes.len() as u64, "{steps}");
    }

    proptest! {
        /// With one username found, exactly its bounded occurrences that
        /// overlap no other are marked, in order.
        #[test]
        fn echo_marks_every_bounded_occurrence(
            text in "[ab.@ /=-]{0,40}",
            at in 0usize..40,
            len in 3usize..6,
        ) {
            prop_assume!(at + len <= text.len());
            let mut spans = vec![user(at, at + len)];
            echo_usernames(&text, &mut spans);
            prop_assert_eq!(got(&spans), slow(&text, &[user(at, at + len)]));
        }

        /// Many usernames (so the Aho-Corasick path runs too) and other
        /// spans: the same as the slow way, sorted and disjoint.
        #[test]
        fn many_names_match_the_slow_way(
            text in "[abc @/=-]{0,80}",
            cuts in proptest::collection::vec((0usize..80, 1usize..6, any::<bool>()), 0..14),
        ) {
            let mut spans: Vec<Span> = Vec::new();
            let mut at = 0;
            let mut sorted = cuts.clone();
            sorted.sort_unstable();
            for (start, len, is_user) in sorted {
                let start = start.max(at);
                if start + len > text.len() {
                    break;
                }
                spans.push(Span {
                    start,
                    end: start + len,
                    kind: if is_user { Kind::Username } else { Kind::Phone },
                });
                at = start + len;
            }
            let want = slow(&text, &spans);
            echo_usernames(&text, &mut spans);
            prop_assert_eq!(got(&spans), want);
            prop_assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
        }

        /// Names a record's fields took, looked for in several of its
        /// texts, short ones (no name fits) and long ones, with a span
        /// found before: exactly their bounded occurrences that overlap
        /// nothing are marked, as the slow way finds them.
        #[test]
        fn known_names_mark_as_the_slow_way(
            names in proptest::collection::vec("[ab]{1,7}|[ab][ab.-]{2,6}", 1..12),
            texts in proptest::collection::vec(("[ab .=_-]{0,24}", 0usize..24, 1usize..4), 1..5),
        ) {
            let mut known = KnownNames::default();
            for n in &names {
                known.add(n);
            }
            for (text, at, len) in &texts {
                let mut spans = Vec::new();
                if at + len <= text.len() {
                    spans.push(Span { start: *at, end: at + len, kind: Kind::Phone });
                }
                let mut want: Vec<(usize, usize)> = got(&spans);
                let mut all: Vec<(usize, usize)> = names
                    .iter()
                    .filter(|n| fits(n.as_bytes()))
                    .flat_map(|n| parts(text, n))
                    .collect();
                all.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
                all.dedup();
                for (a, b) in all {
                    if !want.iter().any(|&(x, y)| x < b && a < y) {
                        want.push((a, b));
                    }
                }
                want.sort_unstable();
                known.mark(text, &mut spans);
                prop_assert_eq!(got(&spans), want);
            }
        }
    }
}
