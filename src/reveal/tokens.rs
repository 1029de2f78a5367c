//! Finding veil tokens in pasted text, so that `veil reveal` can take an
//! excerpt from the SIEM as it is.
//!
//! A token is `<prefix>_<body>`: the prefix is 1-16 characters of `a-z0-9`,
//! the body exactly 24 characters of lower-case base32 (`a-z2-7`) for a
//! legacy token, or 28 for a versioned one (4 of epoch, then 24), and the
//! whole token is bounded on both sides by a non-word byte or the end of the
//! text. A word byte is an ASCII letter, digit or `_`, as in the detectors;
//! any other byte (punctuation, space, non-ASCII) is a boundary. An e-mail
//! token `em_<body>@example.se` needs no special case: `@` is a boundary, so
//! the token is the part before it.
//!
//! The scan jumps from `_` to `_` with memchr and validates around each one,
//! so text without underscores costs one memchr pass.

use std::borrow::Cow;
use std::ops::Range;

use crate::ops::{EPOCH_CHARS, TOKEN_CHARS};

/// Longest token prefix, as accepted by the pseudonym operator.
pub const MAX_PREFIX: usize = 16;

/// A byte that belongs to a word: ASCII letter, digit or `_`.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn is_prefix_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit()
}

fn is_body_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b)
}

/// The token whose `_` is at `underscore`, if there is one.
fn token_at(bytes: &[u8], underscore: usize) -> Option<Range<usize>> {
    // The body: base32 up to the next non-body byte, which must end the
    // word; a legacy token has 24 characters, a versioned one 28.
    let from = underscore + 1;
    let len = bytes
        .get(from..)?
        .iter()
        .take(EPOCH_CHARS + TOKEN_CHARS + 1)
        .take_while(|&&b| is_body_byte(b))
        .count();
    if len != TOKEN_CHARS && len != TOKEN_CHARS + EPOCH_CHARS {
        return None;
    }
    let body_end = from + len;
    if bytes.get(body_end).is_some_and(|&b| is_word(b)) {
        return None;
    }
    // Walk back over the prefix; one byte more than the longest prefix is
    // enough to tell that it is too long.
    let mut start = underscore;
    while start > 0 && underscore - start <= MAX_PREFIX && is_prefix_byte(bytes[start - 1]) {
        start -= 1;
    }
    let prefix_len = underscore - start;
    if prefix_len == 0 || prefix_len > MAX_PREFIX {
        return None;
    }
    if start > 0 && is_word(bytes[start - 1]) {
        return None;
    }
    Some(start..body_end)
}

/// The byte ranges of every token in `text`, in order and never
/// overlapping. Each range starts and ends on a character boundary (tokens
/// are ASCII and bounded by ASCII or the text's ends).
pub fn find_tokens(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found: Vec<Range<usize>> = Vec::new();
    for underscore in memchr::memchr_iter(b'_', bytes) {
        if found.last().is_some_and(|last| underscore < last.end) {
            continue;
        }
        if let Some(range) = token_at(bytes, underscore) {
            found.push(range);
        }
    }
    found
}

/// Whether `s` is exactly one token and nothing else.
pub fn is_token(s: &str) -> bool {
    let Some(underscore) = memchr::memchr(b'_', s.as_bytes()) else {
        return false;
    };
    token_at(s.as_bytes(), underscore) == Some(0..s.len())
}

/// Rebuilds `text` with each token replaced by what `replace` returns for
/// it; a token for which it returns `None` is kept as written. Bytes outside
/// tokens are copied exactly.
pub fn replace_tokens<'a, F>(text: &str, mut replace: F) -> String
where
    F: FnMut(&str) -> Option<Cow<'a, str>>,
{
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for range in find_tokens(text) {
        if let Some(with) = replace(&text[range.clone()]) {
            out.push_str(&text[copied..range.start]);
            out.push_str(&with);
            copied = range.end;
        }
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const BODY: &str = "abcdefghijklmnopqrstuvwx";

    fn tokens_of(text: &str) -> Vec<&str> {
        find_tokens(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn finds_tokens_in_a_log_excerpt() {
        let text = format!(
            "Jan 1 sshd[1]: Failed password for us_{BODY} from bd_234567234567234567234567 \
             port 22; mail em_{BODY}@example.se, call to ph_{BODY}."
        );
        assert_eq!(
            tokens_of(&text),
            [
                format!("us_{BODY}"),
                "bd_234567234567234567234567".to_owned(),
                format!("em_{BODY}"),
                format!("ph_{BODY}"),
            ]
        );
    }

    #[test]
    fn boundaries_and_shapes_are_enforced() {
        let ok = |s: &str| assert_eq!(tokens_of(s), [s.trim_matches(|c| c == '(' || c == ')')]);
        ok(&format!("ph_{BODY}"));
        ok(&format!("(ph_{BODY})"));
        ok(&format!("a1234567890bcdef_{BODY}"));
        ok(&format!("0_{BODY}"));
        let none = |s: String| assert!(find_tokens(&s).is_empty(), "{s}");
        // A versioned token: 28 characters.
        ok(&format!("ph_aa7b{BODY}"));
        none(format!("ph_aa7{BODY}"));
        none(format!("ph_aa7bc{BODY}"));
        // Body one short, one long, with a non-base32 character or upper case.
        none(format!("ph_{}", &BODY[..23]));
        none(format!("ph_{BODY}y"));
        none(format!("ph_{}1", &BODY[..23]));
        none(format!("ph_{}8", &BODY[..23]));
        none(format!("ph_{}A", &BODY[..23]));
        // Prefix empty, too long, upper case, or glued to a word.
        none(format!("_{BODY}"));
        none(format!("a1234567890bcdefg_{BODY}"));
        none(format!("PH_{BODY}"));
        none(format!("Xph_{BODY}"));
        none(format!("x_ph_{BODY}"));
        none(format!("ph_{BODY}_"));
        none(format!("ph_{BODY}9"));
        // A pseudonymised e-mail domain is not a token.
        assert_eq!(
            tokens_of(&format!("em_{BODY}@dm-{BODY}.invalid")),
            [format!("em_{BODY}")]
        );
    }

    #[test]
    fn non_ascii_neighbours_are_boundaries() {
        let text = format!("användare→us_{BODY}ö");
        assert_eq!(tokens_of(&text), [format!("us_{BODY}")]);
    }

    #[test]
    fn is_token_wants_the_whole_string() {
        assert!(is_token(&format!("ph_{BODY}")));
        assert!(!is_token(&format!(" ph_{BODY}")));
        assert!(!is_token(&format!("ph_{BODY} ")));
        assert!(!is_token(&format!("em_{BODY}@example.se")));
        assert!(!is_token("+46701740683"));
        assert!(!is_token(""));
    }

    #[test]
    fn replace_keeps_everything_else() {
        let text = format!("a ph_{BODY} b us_{BODY}, c");
        let out = replace_tokens(&text, |t| {
            t.starts_with("ph_")
                .then_some(Cow::Borrowed("+46 70 174 06 83"))
        });
        assert_eq!(out, format!("a +46 70 174 06 83 b us_{BODY}, c"));
        assert_eq!(replace_tokens(&text, |_| None), text);
    }

    fn token() -> impl Strategy<Value = String> {
        (
            "[a-z0-9]{1,16}",
            prop_oneof!["[a-z2-7]{24}", "[a-z2-7]{28}"],
        )
            .prop_map(|(p, b)| format!("{p}_{b}"))
    }

    /// Any text without `_` (so it can hold no token), possibly empty.
    fn filler() -> impl Strategy<Value = String> {
        "[^_]{0,12}"
    }

    /// A boundary byte: anything that is not a word byte.
    fn boundary() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            " ", ".", ",", ":", ";", "=", "@", "/", "\\", "(", ")", "-", "\t", "\n", "\"", "'",
            "å", "→",
        ])
        .prop_map(str::to_owned)
    }

    proptest! {
        #[test]
        fn every_embedded_token_is_found_exactly(
            parts in prop::collection::vec((filler(), boundary(), token(), boundary()), 0..6),
            tail in filler(),
        ) {
            let mut text = String::new();
            let mut expected = Vec::new();
            for (fill, left, tok, right) in &parts {
                text.push_str(fill);
                text.push_str(left);
                expected.push(text.len()..text.len() + tok.len());
                text.push_str(tok);
                text.push_str(right);
            }
            text.push_str(&tail);
            prop_assert_eq!(find_tokens(&text), expected.clone());
            for r in &expected {
                prop_assert!(is_token(&text[r.clone()]));
            }
            // Replacing every token and nothing else.
            let out = replace_tokens(&text, |t| Some(Cow::Owned(t.to_uppercase())));
            let mut want = text.clone();
            for r in expected.iter().rev() {
                want.replace_range(r.clone(), &text[r.clone()].to_uppercase());
            }
            prop_assert_eq!(out, want);
        }

        #[test]
        fn text_without_tokens_is_unchanged(text in "[^_]{0,200}") {
            prop_assert!(find_tokens(&text).is_empty());
            prop_assert_eq!(replace_tokens(&text, |_| Some(Cow::Borrowed("X"))), text);
        }

        #[test]
        fn near_misses_are_not_tokens(
            prefix in "[a-z0-9]{1,16}",
            body in "[a-z2-7]{0,40}",
            glued in prop::option::of("[A-Z_]"),
        ) {
            // Either the body has the wrong length, or a word byte that
            // cannot extend the prefix is glued in front.
            let text = match &glued {
                Some(before) => format!("{before}{prefix}_{body}"),
                None => {
                    prop_assume!(body.len() != 24 && body.len() != 28);
                    format!("{prefix}_{body}")
                }
            };
            prop_assert!(find_tokens(&text).is_empty());
            prop_assert_eq!(replace_tokens(&text, |_| Some(Cow::Borrowed("X"))), text);
        }
    }
}
