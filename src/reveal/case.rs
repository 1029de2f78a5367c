//! Support case ids: one function decides what a case id is and how it is
//! spelt, for `veil reveal`, `veil subject`, `veil audit show` and
//! `veil serve` alike, so that one case cannot hide under several
//! spellings (`c1`, `C1 `, `C1` and a newline).

/// Longest case id, in bytes.
pub const MAX_LEN: usize = 64;

/// A case id that is not one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "a case id is 1-64 characters of A-Z a-z 0-9 . _ : - (no spaces or control characters; letters are compared without case)"
)]
pub struct BadCaseId;

/// Checks a case id and returns its one spelling: 1 to [`MAX_LEN`]
/// characters of `A-Za-z0-9._:-`, letters in upper case (`sup-4711` and
/// `SUP-4711` are one case). Anything else is refused rather than trimmed
/// or repaired, so what the engineer typed is what the audit log shows.
pub fn normalise(raw: &str) -> Result<String, BadCaseId> {
    let ok = (1..=MAX_LEN).contains(&raw.len())
        && raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'));
    if ok {
        Ok(raw.to_ascii_uppercase())
    } else {
        Err(BadCaseId)
    }
}

/// The case id an audit entry names, in its one spelling. Entries written
/// before ids were normalised keep a spelling [`normalise`] refuses; those
/// stay as they are (and so never match a valid id).
pub fn of_entry(case: &str) -> std::borrow::Cow<'_, str> {
    match normalise(case) {
        Ok(id) if id == case => std::borrow::Cow::Borrowed(case),
        Ok(id) => std::borrow::Cow::Owned(id),
        Err(_) => std::borrow::Cow::Borrowed(case),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_spelling_per_case_and_nothing_else() {
        assert_eq!(normalise("SUP-4711").unwrap(), "SUP-4711");
        assert_eq!(normalise("sup-4711").unwrap(), "SUP-4711");
        assert_eq!(normalise("a.b_c:d").unwrap(), "A.B_C:D");
        for bad in [
            "",
            "C1 ",
            " C1",
            "C1\n",
            "C1\r",
            "C\u{1b}[2K1",
            "a b",
            "Ö1",
            "C1\u{0}",
        ] {
            assert_eq!(normalise(bad), Err(BadCaseId), "{bad:?}");
        }
        assert!(normalise(&"a".repeat(64)).is_ok());
        assert!(normalise(&"a".repeat(65)).is_err());
        assert_eq!(of_entry("c1"), "C1");
        assert_eq!(of_entry("C1 "), "C1 ");
    }
}
