//! What a CSV column holds (`[shapes]` in a pack), checked on every row.
//!
//! A row whose cells slid sideways (a writer that dropped or added a cell)
//! puts each value in the wrong column; a column that is kept as it is
//! would pass a phone number or a caller id through raw. Shapes make such a
//! row fail before anything is emitted: a timestamp column that holds a
//! dial string does not fit.

/// A column's shape. An empty cell fits every shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// An optional `-` and 1 to 20 digits, without a leading zero.
    Integer,
    /// An integer, optionally followed by `.` and digits
    /// (`1770899926.4571`).
    Decimal,
    /// `YYYY-MM-DD hh:mm:ss` (or with `T`), optional fraction and zone.
    Datetime,
    /// A UUID, `8-4-4-4-12` hex digits.
    Uuid,
    /// A letter, then up to 63 letters, digits, `_`, `-` or `.`
    /// (`from-internal`, `Dial`, `NORMAL_CLEARING`).
    Identifier,
    /// The name of a PBX application as a CDR writes it: identifiers
    /// separated by single spaces, perhaps in parentheses (`Dial`,
    /// `Transferred Call`, `(Outgoing Line)`), at most 64 bytes. No `/`,
    /// `@`, `,`, `<` or quote: a dial string or caller id does not fit.
    Application,
    /// Exactly one of these values.
    OneOf(Vec<String>),
}

impl Shape {
    /// The named shapes, as packs write them.
    pub const NAMES: [&'static str; 6] = [
        "integer",
        "decimal",
        "datetime",
        "uuid",
        "identifier",
        "application",
    ];

    /// A named shape.
    pub fn from_name(name: &str) -> Option<Shape> {
        Some(match name {
            "integer" => Shape::Integer,
            "decimal" => Shape::Decimal,
            "datetime" => Shape::Datetime,
            "uuid" => Shape::Uuid,
            "identifier" => Shape::Identifier,
            "application" => Shape::Application,
            _ => return None,
        })
    }

    /// Whether `value` fits. Inlined: it runs for every shaped cell.
    #[inline]
    pub fn fits(&self, value: &str) -> bool {
        let b = value.as_bytes();
        if b.is_empty() {
            return true;
        }
        match self {
            // Most integer cells are one digit (CUCM writes `0` in most of
            // its columns), checked on every row.
            Shape::Integer if b.len() == 1 => b[0].is_ascii_digit(),
            Shape::Integer => integer(b) == Some(b.len()),
            Shape::Decimal => match integer(b) {
                Some(n) if n == b.len() => true,
                Some(n) => {
                    b[n] == b'.' && digits(&b[n + 1..]) == b.len() - n - 1 && n + 1 < b.len()
                }
                None => false,
            },
            Shape::Datetime => datetime(b),
            Shape::Uuid => {
                b.len() == 36
                    && b.iter().enumerate().all(|(i, &c)| match i {
                        8 | 13 | 18 | 23 => c == b'-',
                        _ => c.is_ascii_hexdigit(),
                    })
            }
            Shape::Identifier => identifier(b),
            Shape::Application => {
                let inner = match b {
                    [b'(', inner @ .., b')'] => inner,
                    _ => b,
                };
                b.len() <= 64 && !inner.is_empty() && inner.split(|&c| c == b' ').all(identifier)
            }
            Shape::OneOf(values) => values.iter().any(|v| v == value),
        }
    }
}

/// A letter, then up to 63 letters, digits, `_`, `-` or `.`.
fn identifier(b: &[u8]) -> bool {
    b.len() <= 64
        && b.first().is_some_and(u8::is_ascii_alphabetic)
        && b[1..]
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
}

/// Leading ASCII digits.
fn digits(b: &[u8]) -> usize {
    let mut n = 0;
    while n < b.len() && b[n].is_ascii_digit() {
        n += 1;
    }
    n
}

/// The length of an integer (optional `-`, 1 to 20 digits, no leading
/// zero but in `0` itself) at the start of `b`, if there is one. Phone
/// numbers written nationally start with a zero, so none fits.
fn integer(b: &[u8]) -> Option<usize> {
    let sign = usize::from(b.first() == Some(&b'-'));
    let n = digits(&b[sign..]);
    let leading_zero = n > 1 && b[sign] == b'0';
    ((1..=20).contains(&n) && !leading_zero).then_some(sign + n)
}

fn datetime(b: &[u8]) -> bool {
    // YYYY-MM-DD?hh:mm:ss, one byte against one pattern byte.
    const PATTERN: &[u8; 19] = b"0000-00-00 00:00:00";
    let head = b.len() >= 19
        && b[..19].iter().zip(PATTERN).all(|(&c, &p)| match p {
            b'0' => c.is_ascii_digit(),
            b' ' => c == b' ' || c == b'T',
            _ => c == p,
        });
    if !head {
        return false;
    }
    let mut rest = &b[19..];
    if rest.first() == Some(&b'.') {
        let n = digits(&rest[1..]);
        if n == 0 {
            return false;
        }
        rest = &rest[1 + n..];
    }
    match rest {
        [] | [b'Z'] => true,
        [b'+' | b'-', zone @ ..] => {
            matches!(zone.len(), 2 | 4 | 5)
                && zone
                    .iter()
                    .enumerate()
                    .all(|(i, c)| c.is_ascii_digit() || (i == 2 && zone.len() == 5 && *c == b':'))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_take_what_their_columns_hold_and_nothing_personal() {
        let fits = |s: &Shape, ok: &[&str], bad: &[&str]| {
            for v in ok {
                assert!(s.fits(v), "{s:?} should take {v:?}");
            }
            for v in bad {
                assert!(!s.fits(v), "{s:?} should refuse {v:?}");
            }
        };
        let personal = [
            "+46701740683",
            "070-174 06 83",
            "\"Karin Eriksson\" <+46701740683>",
            "PJSIP/0701740666@trunk,60,tT",
            "karin@example.se",
        ];
        fits(
            &Shape::Integer,
            &["", "0", "747", "-1694458176", "1770899926"],
            &[
                "1.5",
                "12a",
                "-",
                "123456789012345678901",
                " 1",
                "0701740683",
            ],
        );
        fits(
            &Shape::Decimal,
            &["1770899926.4571", "12", "-3.0"],
            &["1.", ".5", "1.2.3", "a.1"],
        );
        fits(
            &Shape::Datetime,
            &[
                "2026-02-12 12:38:46",
                "2026-02-12T12:38:46.123Z",
                "2026-02-12 12:38:46+01:00",
            ],
            &["2026-02-12", "2026-02-12 12:38", "12:38:46 2026-02-12"],
        );
        fits(
            &Shape::Uuid,
            &["8c6b2a1e-4f0e-4d0b-9b7a-3a2f1e0d9c8b"],
            &["8c6b2a1e4f0e4d0b9b7a3a2f1e0d9c8b", "B130791"],
        );
        fits(
            &Shape::Identifier,
            &["from-internal", "Dial", "NORMAL_CLEARING", "macro-dial.1"],
            &["0701740683", "SIP/trunk", "a b"],
        );
        fits(
            &Shape::Application,
            &[
                "Dial",
                "Transferred Call",
                "(Outgoing Line)",
                "AppDial",
                "macro-dial.1",
            ],
            &[
                "Transferred  Call",
                " Dial",
                "Dial ",
                "()",
                "(Dial",
                "12 Dial",
                "SIP/trunk",
            ],
        );
        let one = Shape::OneOf(vec!["ANSWERED".into(), "NO ANSWER".into()]);
        fits(&one, &["ANSWERED", "NO ANSWER"], &["answered", "BUSY"]);
        for s in [
            Shape::Integer,
            Shape::Decimal,
            Shape::Datetime,
            Shape::Uuid,
            Shape::Identifier,
            Shape::Application,
            one,
        ] {
            for v in personal {
                assert!(!s.fits(v), "{s:?} takes {v:?}");
            }
        }
        assert!(Shape::NAMES.iter().all(|n| Shape::from_name(n).is_some()));
    }
}
