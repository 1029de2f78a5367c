//! The scan's digit-word gates skip a reader only where that reader finds
//! nothing: each property runs the reader on random text where its gate
//! says no and asserts that it finds nothing, so the scan's output is the
//! same with the gate as without it.

use super::super::{idnum, phone, scan::lone_group, util};
use super::*;

/// Pieces of the text after a digit word: separators (typographic ones
/// too), brackets, digits (full-width too), letters and the bytes that
/// end fields.
const PIECES: [&str; 24] = [
    " ", "-", ".", "/", "(", ")", ":", "=", "\"", ",", "]", "1", "23", "456", "0", "07", "55",
    "\u{ff11}", "\u{a0}", "\u{2013}", "a", "x ", "(0)", "\n",
];

fn after() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(&PIECES[..]), 0..8).prop_map(|v| v.concat())
}

fn before() -> impl Strategy<Value = String> {
    proptest::sample::select(&["", " ", "=", "tel ", "mobil ", "phone=\"", "(", "<", "dcs="][..])
        .prop_map(str::to_string)
}

/// The text `pre + word + post`, with the word's start and end, when the
/// word is a whole word there.
fn text(pre: &str, word: &str, post: &str) -> Option<(Vec<u8>, usize, usize)> {
    if post.as_bytes().first().is_some_and(|&c| util::is_word(c)) {
        return None;
    }
    let b = format!("{pre}{word}{post}").into_bytes();
    Some((b, pre.len(), pre.len() + word.len()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    /// North American spellings start with three digits (or `1`) and a
    /// separator; without a digit after it, `phone::at_pos` finds none.
    #[test]
    fn nanp_gate(pre in before(), w in "[1-9][0-9]{2}|1", sep in "[-. ]", post in after()) {
        if let Some((b, i, j)) = text(&pre, &w, &format!("{sep}{post}")) {
            if phone::digit_at(&b, j + 1).is_none() {
                prop_assert_eq!(phone::at_pos(&b, i), None);
            }
        }
    }

    /// A grouped national number needs a digit group after the first.
    #[test]
    fn grouped_gate(pre in before(), w in "[1-9][0-9]{1,3}", sep in "[-. ]", post in after()) {
        if let Some((b, i, j)) = text(&pre, &w, &format!("{sep}{post}")) {
            if !util::is_digit(util::at(&b, j + 1)) {
                prop_assert_eq!(phone::grouped_plain(&b, i, &mut [0; 12]), None);
            }
        }
    }

    /// A run of one to five digits from `0` with no group after it is no
    /// number to any reader the scan tries on such a run.
    #[test]
    fn zero_gate(pre in before(), w in "0[0-9]{0,4}", post in after()) {
        if let Some((b, i, j)) = text(&pre, &w, &post) {
            if lone_group(&b, j) {
                prop_assert_eq!(phone::at_pos(&b, i), None);
                prop_assert_eq!(phone::cued_national(&b, i), None);
                prop_assert_eq!(phone::cued_intl_at(&b, i), None);
                prop_assert_eq!(idnum::at_pos(&b, i, true, true, 2026), None);
            }
        }
    }
}

/// Real digit words beside the gates: the short runs stay, the numbers
/// the gates let through are still found.
#[test]
fn digit_words_beside_the_gates() {
    exactly(&[
        ("MT smsc=tele2 dcs=0 text_len=68 err=000 parts=1", &[]),
        ("session opened for user root(uid=0) by (uid=0)", &[]),
        ("duration=139 sentbyte=72644 rcvdbyte=259315", &[]),
        ("call from 617-555-0176 ended", &[("617-555-0176", Phone)]),
        ("ring 202.555.0141 now", &[("202.555.0141", Phone)]),
        ("mobil 070-174 06 83", &[("070-174 06 83", Phone)]),
    ]);
}
