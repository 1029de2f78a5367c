//! Text on its way to a terminal or a text report, with control characters
//! made visible.
//!
//! Originals in the vault and the free-text fields of the audit log
//! (`--reason`, `--case` of old entries, a serve user's reason) come from
//! people and records veil does not control. Printed raw, an escape
//! sequence clears the line or hides the actor (`\e[2K\r`), a newline
//! forges a whole entry of `veil audit show`, and a bidi override reorders
//! what the reader sees. Every command prints such text through
//! [`escape_controls`], the one function for it.

use std::borrow::Cow;
use std::fmt::Write;

/// What [`escape_controls`] passes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// Nothing: one value on one line (a field, an original).
    Nothing,
    /// Newlines, tabs, and a carriage return right before a newline: the
    /// layout of a pasted excerpt.
    Lines,
}

/// `s` with every control character written as an escape: C0 controls
/// (`\n`, `\r`, `\t`, `\x1b`, ...), DEL, C1 controls and the Unicode bidi
/// and line/paragraph separators (`\u{202e}`). Borrowed when there is none.
pub fn escape_controls(s: &str, keep: Keep) -> Cow<'_, str> {
    let needs = |(i, c): (usize, char)| is_control(c) && !kept(s, i, c, keep);
    let Some(first) = s.char_indices().position(needs) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 8);
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n < first || !is_control(c) || kept(s, i, c, keep) {
            out.push(c);
            continue;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x80 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
        }
    }
    Cow::Owned(out)
}

fn is_control(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
        )
}

fn kept(s: &str, i: usize, c: char, keep: Keep) -> bool {
    keep == Keep::Lines
        && match c {
            '\n' | '\t' => true,
            '\r' => s.as_bytes().get(i + 1) == Some(&b'\n'),
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_plain_text_is_borrowed() {
        assert!(matches!(
            escape_controls("Karin Eriksson, 070-174 06 83 \\ ok", Keep::Nothing),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            escape_controls("a\u{1b}[2K\rb\nc\td\u{7f}\u{9b}\u{202e}é", Keep::Nothing),
            "a\\x1b[2K\\rb\\nc\\td\\x7f\\u{9b}\\u{202e}é"
        );
        assert_eq!(
            escape_controls("line 1\r\nline\t2\nx\ry\u{1b}[31m", Keep::Lines),
            "line 1\r\nline\t2\nx\\ry\\x1b[31m"
        );
    }
}
