//! Overlapping candidates: the longer, then the more specific, is kept.

use super::{Kind, Span};

/// How specific a kind is, for two candidates of the same length.
fn rank(k: Kind) -> u8 {
    match k {
        Kind::Email => 9,
        Kind::Phone => 8,
        Kind::Personnummer | Kind::Samordningsnummer | Kind::Orgnr => 7,
        Kind::Imei | Kind::Imsi => 6,
        Kind::Ipv4 | Kind::HostIpv4 | Kind::ArpaIpv4 | Kind::Ipv6 | Kind::Mac => 5,
        Kind::Custom(_) | Kind::Badge | Kind::PersonName => 3,
        Kind::Username => 1,
    }
}

/// Sorts `out[base..]` by start and drops overlaps, keeping the longer (then
/// the more specific) of two overlapping spans.
pub(super) fn resolve(out: &mut Vec<Span>, base: usize) {
    let spans = &mut out[base..];
    if spans.windows(2).all(|w| w[0].end <= w[1].start) {
        return;
    }
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut w = base;
    for r in base..out.len() {
        let cur = out[r];
        if w > base && cur.start < out[w - 1].end {
            let last = out[w - 1];
            // A pack's own detector that finds exactly a MAC's span (CUCM's
            // `SEP`+MAC device names) keeps the category the pack gave it.
            let same = (cur.start, cur.end) == (last.start, last.end);
            let better = if same && matches!((cur.kind, last.kind), (Kind::Custom(_), Kind::Mac)) {
                true
            } else if same && matches!((cur.kind, last.kind), (Kind::Mac, Kind::Custom(_))) {
                false
            } else {
                (cur.end - cur.start, rank(cur.kind)) > (last.end - last.start, rank(last.kind))
            };
            if better {
                out[w - 1] = cur;
            }
            continue;
        }
        out[w] = cur;
        w += 1;
    }
    out.truncate(w);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_prefer_the_longer() {
        let mut out = vec![
            Span {
                start: 5,
                end: 9,
                kind: Kind::Phone,
            },
            Span {
                start: 0,
                end: 12,
                kind: Kind::Email,
            },
            Span {
                start: 12,
                end: 14,
                kind: Kind::Username,
            },
        ];
        resolve(&mut out, 0);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].kind, Kind::Email);
        assert_eq!(out[1].kind, Kind::Username);
    }
}
