#![no_main]

//! The "same username everywhere in the field" step on arbitrary text and
//! spans: it never panics, keeps the spans sorted and disjoint, adds only
//! whole-word copies of found usernames, and its work stays a small multiple
//! of the input's size (it was cubic: issue 15, item 4).

use libfuzzer_sys::fuzz_target;
use veil::detect::{Kind, Span, echo_counted};

fuzz_target!(|data: &[u8]| {
    // The first byte says how many (start, length, kind) triples follow;
    // the rest is the text.
    let Some((&count, rest)) = data.split_first() else {
        return;
    };
    let count = usize::from(count % 32);
    if rest.len() < count * 3 {
        return;
    }
    let (head, body) = rest.split_at(count * 3);
    let text = String::from_utf8_lossy(body);
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut at = 0;
    for t in head.chunks_exact(3) {
        let start = at + usize::from(t[0]);
        let end = start + 1 + usize::from(t[1] % 16);
        if end > bytes.len() {
            break;
        }
        let kind = if t[2] % 3 == 0 { Kind::Phone } else { Kind::Username };
        spans.push(Span { start, end, kind });
        at = end;
    }
    let before = spans.clone();
    let steps = echo_counted(&text, &mut spans);
    // At most one occurrence per needle length (1..=16 here) ends at each
    // byte: linear, never the old cubic.
    assert!(steps <= 40 * (bytes.len() as u64 + 1) + 4 * before.len() as u64, "{steps} steps");
    assert!(spans.windows(2).all(|w| w[0].end <= w[1].start), "sorted, disjoint");
    for s in &before {
        assert!(spans.contains(s), "a span was lost");
    }
    let word = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-');
    for s in spans.iter().filter(|s| !before.contains(s)) {
        assert_eq!(s.kind, Kind::Username);
        let v = &bytes[s.start..s.end];
        assert!(
            before.iter().any(|b| b.kind == Kind::Username && &bytes[b.start..b.end] == v),
            "an echo copies a found username"
        );
        assert!(s.start == 0 || !word(bytes[s.start - 1]));
        assert!(s.end == bytes.len() || !word(bytes[s.end]));
    }
});
