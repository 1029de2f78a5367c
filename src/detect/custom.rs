//! A rule pack's own regex detectors.
//!
//! Patterns are compiled with bounded program and DFA sizes, so a hostile or
//! careless rule cannot make the process allocate without limit; a pattern
//! over the bound is refused when the set is built.

use regex::{Regex, RegexBuilder};

use super::util::luhn;
use super::{Checksum, CustomDetector, DetectError, Kind, Span};

/// Compiled program size limit per pattern.
const SIZE_LIMIT: usize = 1 << 20;
/// Lazy DFA cache limit per pattern.
const DFA_SIZE_LIMIT: usize = 2 << 20;
/// Nesting limit, against stack exhaustion in the parser.
const NEST_LIMIT: u32 = 64;

/// One compiled custom detector.
#[derive(Clone, Debug)]
pub(crate) struct Compiled {
    regex: Regex,
    /// The index of the group named `value`, if there is one.
    value: Option<usize>,
    kind: Kind,
    checksum: Option<Checksum>,
}

impl Compiled {
    /// Compiles detector `index`.
    pub(crate) fn new(index: usize, d: &CustomDetector) -> Result<Compiled, DetectError> {
        let regex = RegexBuilder::new(&d.pattern)
            .size_limit(SIZE_LIMIT)
            .dfa_size_limit(DFA_SIZE_LIMIT)
            .nest_limit(NEST_LIMIT)
            .build()
            .map_err(|e| DetectError::BadPattern {
                index,
                reason: e.to_string(),
            })?;
        let value = regex.capture_names().position(|n| n == Some("value"));
        Ok(Compiled {
            regex,
            value,
            kind: d.kind,
            checksum: d.checksum,
        })
    }

    /// Appends this detector's matches in `text`.
    pub(crate) fn find(&self, text: &str, out: &mut Vec<Span>) {
        let mut push = |s: usize, e: usize| {
            if s < e && self.check(&text[s..e]) {
                out.push(Span {
                    start: s,
                    end: e,
                    kind: self.kind,
                });
            }
        };
        match self.value {
            None => {
                for m in self.regex.find_iter(text) {
                    push(m.start(), m.end());
                }
            }
            Some(g) => {
                // Most texts hold no match: finding none needs no capture
                // slots, which cost an allocation per call.
                if !self.regex.is_match(text) {
                    return;
                }
                for c in self.regex.captures_iter(text) {
                    if let Some(m) = c.get(g) {
                        push(m.start(), m.end());
                    }
                }
            }
        }
    }

    fn check(&self, v: &str) -> bool {
        match self.checksum {
            None => true,
            Some(Checksum::Luhn) => luhn(v.as_bytes()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn det(p: &str, c: Option<Checksum>) -> Compiled {
        Compiled::new(
            0,
            &CustomDetector {
                kind: Kind::Badge,
                pattern: p.into(),
                checksum: c,
            },
        )
        .unwrap()
    }

    #[test]
    fn value_group_is_the_span() {
        let d = det(r"badge=(?P<value>B\d{6})", None);
        let mut out = vec![];
        d.find("x badge=B123456 y", &mut out);
        assert_eq!(
            out,
            vec![Span {
                start: 8,
                end: 15,
                kind: Kind::Badge
            }]
        );
    }

    #[test]
    fn checksum_filters() {
        let d = det(r"\b\d{16}\b", Some(Checksum::Luhn));
        let mut out = vec![];
        d.find("4111111111111111 4111111111111112", &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].start, 0);
    }

    #[test]
    fn huge_patterns_are_refused() {
        let r = Compiled::new(
            3,
            &CustomDetector {
                kind: Kind::Custom(0),
                pattern: r"\w{1000}\w{1000}\w{1000}".into(),
                checksum: None,
            },
        );
        match r {
            Err(DetectError::BadPattern { index, .. }) => assert_eq!(index, 3),
            Ok(_) => panic!("accepted an oversized pattern"),
        }
        assert!(
            Compiled::new(
                0,
                &CustomDetector {
                    kind: Kind::Badge,
                    pattern: "(".into(),
                    checksum: None
                }
            )
            .is_err()
        );
    }
}
