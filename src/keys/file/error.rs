//! Errors about the keyring file: where (line and column) and why, never
//! the text of a value, which may be a secret.

use std::io;
use std::path::Path;

use crate::keys::KeyError;

pub(super) fn io_err(path: &Path, source: io::Error) -> KeyError {
    KeyError::Io {
        path: path.to_path_buf(),
        source,
    }
}

pub(super) fn malformed(
    path: &Path,
    text: &str,
    offset: usize,
    reason: impl Into<String>,
) -> KeyError {
    let (line, column) = line_col(text, offset);
    KeyError::Malformed {
        path: path.to_path_buf(),
        line,
        column,
        reason: reason.into(),
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(super) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Removes values from a parser message: TOML and serde quote an offending
/// string with `"` and other values with back-ticks, and either may be (part
/// of) a secret. Back-ticked identifiers (field and type names) stay, they
/// help find the problem.
pub(super) fn scrub(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(['"', '`']) {
        out.push_str(&rest[..i]);
        let quote = &rest[i..i + 1];
        let after = &rest[i + 1..];
        let Some(end) = after.find(quote) else {
            // An unterminated quote: drop everything after it.
            out.push_str(quote);
            out.push_str("...");
            rest = "";
            break;
        };
        let inner = &after[..end];
        let identifier = inner.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && inner
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        out.push_str(quote);
        out.push_str(if quote == "`" && identifier {
            inner
        } else {
            "..."
        });
        out.push_str(quote);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    // Drop the source excerpt some parser messages append after a newline.
    match out.find('\n') {
        Some(i) => out[..i].trim_end().to_owned(),
        None => out.trim_end().to_owned(),
    }
}
