//! The scan's digit-word gates skip a reader only where that reader finds
//! nothing: each property runs the reader on random text where its gate
//! says no and asserts that it finds nothing, so the scan's output is the
//! same with the gate as without it.

use super::super::{idnum, ip, mac, phone, scan::lone_group, util};
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, ..ProptestConfig::default() })]

    /// A hex group of one or three digits before `.` or `-` is no part of
    /// a MAC, a card UID or a client identifier, which are written in
    /// pairs; only IPv6 (after `:`) has such groups.
    #[test]
    fn odd_hex_gate(
        pre in proptest::sample::select(&["", " ", "MAC=", "hwaddr ", "client-id ", "("][..]),
        w in "[0-9a-fA-F]{1}|[0-9][0-9a-fA-F]{2}",
        sep in "[-.]",
        post in "[0-9a-fA-F:.-]{0,24}",
    ) {
        if let Some((b, i, _)) = text(pre, &w, &format!("{sep}{post}")) {
            prop_assert_eq!(mac::card_uid_at(&b, i), None);
            prop_assert_eq!(mac::at_pos(&b, i), None);
            prop_assert_eq!(mac::netfilter_at(&b, i), None);
            prop_assert_eq!(mac::other_at(&b, i, || true), None);
            prop_assert_eq!(mac::other_at(&b, i, || false), None);
            prop_assert_eq!(mac::in_client_id(&b, i), None);
            prop_assert_eq!(ip::ipv6_at(&b, i), None);
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
        (
            "status=sent (250 2.0.0 Ok: queued) delays=0.12/0/0.03/0.1",
            &[],
        ),
        (
            "ua=Linphone/5.2 hw 1:3c:22:fb:5a:1c:2e",
            &[("3c:22:fb:5a:1c:2e", Kind::Mac)],
        ),
    ]);
}
