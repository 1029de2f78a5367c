//! XML elements inside free text: a leaf element's tag is the key of its
//! text, as a JSON key is of its value. CUCM's comment column
//! (`<Callingpartyname>Karin Berg</Callingpartyname>`), Windows events
//! forwarded as XML (`<Data Name="TargetUserName">k.berg</Data>`, where
//! the `Name` attribute is the key), SOAP and SAML bodies in web and IdP
//! logs (`<saml:NameID>…</saml:NameID>`) all write values this way.
//!
//! Only text holding `</` is looked at (one memchr pass), each closing tag
//! once; the element's text must hold no `<` (a leaf), and the key only
//! says what the value should be: the category's own validator still
//! decides ([`keys::evidence`]), as for any key.

use super::keys::{self, Evidence};
use super::{Kind, Span};

/// Longer tags and values are no key and no single value.
const MAX_TAG: usize = 64;
const MAX_VALUE: usize = 256;

/// Whether `b` holds `</`: one memchr pass for `<`, with no searcher to
/// build, so the text of a record without markup costs next to nothing.
#[inline]
pub(super) fn has_close_tag(b: &[u8]) -> bool {
    memchr::memchr_iter(b'<', b).any(|p| b.get(p + 1) == Some(&b'/'))
}

/// Appends a span for every leaf element whose tag (or `Name` attribute)
/// names personal data that its text validates as.
pub(super) fn elements(b: &[u8], year: u32, out: &mut Vec<Span>) {
    let finder = memchr::memmem::Finder::new(b"</");
    let mut from = 0;
    for p in finder.find_iter(b) {
        if p < from {
            continue;
        }
        from = p + 2;
        let Some((start, end, kind)) = element(b, p, year) else {
            continue;
        };
        out.push(Span { start, end, kind });
    }
}

/// The element whose closing tag starts at `p`, if its key names a kind
/// its text holds.
fn element(b: &[u8], p: usize, year: u32) -> Option<(usize, usize, Kind)> {
    let tag = tag_name(&b[p + 2..]);
    if tag.is_empty() || b.get(p + 2 + tag.len()) != Some(&b'>') {
        return None;
    }
    // The opening tag: the last `>` before, with no `<` between it and the
    // closing tag, and the `<` that opens it.
    let gt = memchr::memrchr(b'>', &b[p.saturating_sub(MAX_VALUE + 1)..p])?
        + p.saturating_sub(MAX_VALUE + 1);
    if memchr::memchr(b'<', &b[gt + 1..p]).is_some() {
        return None;
    }
    let lt = memchr::memrchr(b'<', &b[gt.saturating_sub(2 * MAX_TAG)..gt])?
        + gt.saturating_sub(2 * MAX_TAG);
    let open = &b[lt + 1..gt];
    if !open.starts_with(tag) || !matches!(open.get(tag.len()), None | Some(b' ' | b'\t')) {
        return None;
    }
    let key = name_attribute(&open[tag.len()..]).unwrap_or(tag);
    let key = std::str::from_utf8(key).ok()?;
    let value = std::str::from_utf8(&b[gt + 1..p]).ok()?;
    let class = keys::classify(key)?;
    let Evidence::Replace(kind) = keys::evidence(class, value, year) else {
        return None;
    };
    let lead = value.len() - value.trim_start().len();
    let trail = value.len() - value.trim_end().len();
    let (start, end) = (gt + 1 + lead, p - trail);
    (start < end).then_some((start, end, kind))
}

/// The name at the start of `b`: letters, digits, `_`, `-`, `.` and a
/// namespace's `:`, at most [`MAX_TAG`] bytes.
fn tag_name(b: &[u8]) -> &[u8] {
    let n = b
        .iter()
        .take(MAX_TAG + 1)
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b':'))
        .count();
    if n > MAX_TAG || !b.first().is_some_and(u8::is_ascii_alphabetic) {
        return &[];
    }
    &b[..n]
}

/// The value of a `Name="…"` (or `name='…'`) attribute among `attrs`.
fn name_attribute(attrs: &[u8]) -> Option<&[u8]> {
    let at =
        memchr::memmem::find(attrs, b"Name=").or_else(|| memchr::memmem::find(attrs, b"name="))?;
    if at > 0 && !matches!(attrs[at - 1], b' ' | b'\t') {
        return None;
    }
    let q = *attrs.get(at + 5)?;
    if !matches!(q, b'"' | b'\'') {
        return None;
    }
    let rest = &attrs[at + 6..];
    let end = memchr::memchr(q, rest)?;
    (end > 0 && end <= MAX_TAG).then(|| &rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, Kind)> {
        let mut out = Vec::new();
        elements(text.as_bytes(), 2026, &mut out);
        out.iter()
            .map(|s| (&text[s.start..s.end], s.kind))
            .collect()
    }

    #[test]
    fn leaf_elements_are_keyed_by_their_tag() {
        // CUCM's comment column, a SOAP body, a SAML subject.
        assert_eq!(
            found("<Callingpartyname>Karin Berg</Callingpartyname><CMC>75156</CMC>"),
            [("Karin Berg", Kind::PersonName)]
        );
        assert_eq!(
            found(
                "<soap:Body><ns1:userName>t.okafor</ns1:userName><ns1:tenant>acme</ns1:tenant></soap:Body>"
            ),
            [("t.okafor", Kind::Username)]
        );
        assert_eq!(
            found(
                r#"<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">mirja.kallio@example.fi</saml:NameID></saml:Subject>"#
            ),
            [("mirja.kallio@example.fi", Kind::Email)]
        );
    }

    #[test]
    fn windows_event_data_is_keyed_by_its_name_attribute() {
        let ev = r#"<EventData><Data Name="SubjectUserName">DC01$</Data><Data Name="TargetUserName">p.lindqvist</Data><Data Name="IpAddress">-</Data><Data Name="LogonType">3</Data></EventData>"#;
        assert_eq!(found(ev), [("p.lindqvist", Kind::Username)]);
    }

    #[test]
    fn elements_that_name_no_one_stay() {
        for text in [
            "<Version>14.2.1</Version><Product>Cisco CP-8865</Product>",
            "<user>root</user><user>SYSTEM</user><displayName>Conference Room</displayName>",
            "<a><b>x</b></a>",
            "</",
            "<name>",
            "text </ not a tag",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }
}
