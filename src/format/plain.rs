//! Plain text: the whole record is one field named `text`.

use super::{Field, Style, bare_field};

/// Appends the single `text` field of `text`.
pub(crate) fn decode<'a>(text: &'a str, out: &mut Vec<Field<'a>>) {
    let all = 0..text.len();
    out.push(bare_field("text", text, all.clone(), all, Style::Bare));
}

#[cfg(test)]
mod tests {
    use crate::format::{Format, Style};

    #[test]
    fn whole_line_is_one_bare_field() {
        let rec = "Dec 10 06:55:46 host sshd[1]: Invalid user x, from 192.0.2.1".as_bytes();
        let mut out = Vec::new();
        Format::Plain.decode(rec, &mut out).unwrap();
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].name, "text");
        assert_eq!(out[0].raw, 0..rec.len());
        assert_eq!(out[0].remove, 0..rec.len());
        assert_eq!(out[0].value.as_bytes(), rec);
        assert_eq!(out[0].style, Style::Bare);
        assert_eq!(out[0].record_offset(rec, 7), 7);
    }

    #[test]
    fn invalid_utf8_is_an_error_with_offset() {
        let mut out = Vec::new();
        let err = Format::Plain.decode(b"ab\xffcd", &mut out).unwrap_err();
        assert_eq!(err, crate::format::DecodeError::Utf8 { offset: 2 });
        assert!(out.is_empty());
    }
}
