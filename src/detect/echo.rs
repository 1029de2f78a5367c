//! A username found by context (`for invalid user X from`) often appears
//! again in the same text without context (`PWD=/home/X`): every other
//! whole-word occurrence of a found username is marked too.
//!
//! This runs on every record with a username in it, including hostile ones
//! (a 1 MiB line of `user=bob ` repeated), so it is linear in the text: each
//! distinct username is looked for once (one substring search per name, or
//! one Aho-Corasick pass for many names), and the occurrences are merged
//! with the spans already found in one sorted walk.

use aho_corasick::AhoCorasick;
use memchr::memmem;

use super::{Kind, Span};

/// Shorter usernames are not echoed: `bo` would match too much.
const MIN_LEN: usize = 3;

/// Longer ones are not echoed either: no login is that long, and the
/// overlapping search reports at most one occurrence per needle length at
/// each position, so this bounds its work per byte.
const MAX_LEN: usize = 255;

/// Up to this many distinct usernames, each gets its own substring search
/// (cheaper to set up than an automaton); more share one Aho-Corasick pass.
const SEARCHES: usize = 8;

/// Marks every whole-word occurrence of a detected username that overlaps no
/// span already there. `spans` must be sorted by start and disjoint (as
/// [`super::DetectorSet::detect`] leaves them); they stay so.
pub fn echo_usernames(text: &str, spans: &mut Vec<Span>) {
    echo_counted(text, spans);
}

/// [`echo_usernames`], returning the work it did: bytes searched plus
/// occurrences looked at. That is linear in the text's length: at most
/// `(8 + L) * len + 2 * spans` for needles of `L` distinct lengths, and
/// about `2 * len` for real text, hostile or not (tests hold it to that).
pub fn echo_counted(text: &str, spans: &mut Vec<Span>) -> u64 {
    let bytes = text.as_bytes();
    let mut needles: Vec<&[u8]> = spans
        .iter()
        .filter(|s| s.kind == Kind::Username && (MIN_LEN..=MAX_LEN).contains(&(s.end - s.start)))
        .filter_map(|s| bytes.get(s.start..s.end))
        .collect();
    if needles.is_empty() {
        return 0;
    }
    let mut steps = needles.len() as u64;
    needles.sort_unstable();
    needles.dedup();

    // Every bounded occurrence of any needle. A substring search reports
    // occurrences that do not overlap each other, which loses none of the
    // bounded ones when the needle is all word bytes (a bounded occurrence
    // starts after a non-word byte, which such a needle cannot hold). Other
    // needles, and many needles, take the overlapping Aho-Corasick search.
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut consider = |a: usize, b: usize, steps: &mut u64| {
        *steps += 1;
        let bounded =
            (a == 0 || !is_word(bytes[a - 1])) && (b == bytes.len() || !is_word(bytes[b]));
        if bounded {
            found.push((a, b));
        }
    };
    if needles.len() <= SEARCHES && needles.iter().all(|n| n.iter().all(|&b| is_word(b))) {
        for needle in &needles {
            steps += bytes.len() as u64;
            for a in memmem::find_iter(bytes, needle) {
                consider(a, a + needle.len(), &mut steps);
            }
        }
    } else {
        steps += bytes.len() as u64;
        // Standard match semantics allow the overlapping search; building
        // fails only on absurd sizes, and then nothing is echoed.
        let Ok(ac) = AhoCorasick::new(&needles) else {
            return steps;
        };
        for m in ac.find_overlapping_iter(bytes) {
            consider(m.start(), m.end(), &mut steps);
        }
    }
    if found.is_empty() {
        return steps;
    }
    // Left to right, the longer first where two start together; keep each
    // occurrence that overlaps neither a span nor an occurrence kept before.
    found.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    let n = spans.len();
    let mut next = 0;
    let mut kept_end = 0;
    for (a, b) in found {
        steps += 1;
        if a < kept_end {
            continue;
        }
        while next < n && spans[next].end <= a {
            next += 1;
        }
        if next < n && spans[next].start < b {
            continue;
        }
        spans.push(Span {
            start: a,
            end: b,
            kind: Kind::Username,
        });
        kept_end = b;
    }
    if spans.len() > n {
        steps += spans.len() as u64;
        spans.sort_unstable_by_key(|s| s.start);
    }
    steps
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
            .filter(|&(a, b)| (a == 0 || !is_word(t[a - 1])) && (b == t.len() || !is_word(t[b])))
            .collect()
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
    }
}
