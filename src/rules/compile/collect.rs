//! Collecting every problem of one file, located by line and rule, with a
//! suggestion for a misspelt name.

use super::error::RuleError;

/// Collects errors for one file.
pub(super) struct Collector<'a> {
    pub(super) file: &'a str,
    pub(super) src: &'a str,
    pub(super) errors: Vec<RuleError>,
    /// Categories whose own policy is invalid (already reported): errors
    /// that only say they have no policy are follow-ons, left out.
    pub(super) broken: Vec<String>,
    /// Whether regular expressions are built to check them: not for the
    /// packs built into veil, which its tests compile in full.
    pub(super) patterns: bool,
    /// The last offset [`Collector::line_of`] was asked for and the line
    /// breaks before it: the packs' tests are asked for in file order, so
    /// each count goes on from the one before instead of from the file's
    /// start (counting from the start each time was 16M instructions of a
    /// `veil run`: every built-in pack is compiled, for the epoch schedule).
    pub(super) lines: std::cell::Cell<(usize, usize)>,
}

/// The 1-based line of byte `offset` in `src` (for errors that carry a span).
pub(crate) fn line_of(src: &str, offset: usize) -> usize {
    let end = offset.min(src.len());
    line_breaks(&src.as_bytes()[..end]) + 1
}

fn line_breaks(b: &[u8]) -> usize {
    memchr::memchr_iter(b'\n', b).count()
}

impl Collector<'_> {
    pub(super) fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.src.len());
        let (at, breaks) = self.lines.get();
        let (from, before) = if end >= at { (at, breaks) } else { (0, 0) };
        let breaks = before + line_breaks(&self.src.as_bytes()[from..end]);
        self.lines.set((end, breaks));
        breaks + 1
    }

    pub(super) fn at(
        &mut self,
        span: Option<std::ops::Range<usize>>,
        rule: impl Into<String>,
        message: impl Into<String>,
    ) {
        let message = message.into();
        if self
            .broken
            .iter()
            .any(|b| message.contains(&format!("has no [categories.{b}] policy")))
        {
            return;
        }
        let line = span.map(|s| self.line_of(s.start));
        self.errors.push(RuleError {
            file: self.file.to_string(),
            line,
            rule: rule.into(),
            message,
        });
    }
}

/// Suggests the closest of `options` to a misspelt `name`.
pub(crate) fn suggest<'o>(name: &str, options: impl IntoIterator<Item = &'o str>) -> String {
    let best = options
        .into_iter()
        .map(|o| (edit_distance(name, o), o))
        .min_by_key(|(d, _)| *d);
    match best {
        Some((d, o)) if d <= 2 || (d <= 3 && name.len() > 6) => format!(" (did you mean {o:?}?)"),
        _ => String::new(),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{Collector, line_of};

    // The collector's counting on from its last answer gives the lines that
    // counting from the start gives, whatever order offsets are asked in.
    proptest::proptest! {
        #[test]
        fn line_of_goes_on_as_from_the_start(
            src in "[a\n=\\[\\]]{0,200}",
            offsets in proptest::collection::vec(0usize..220, 0..12),
        ) {
            let c = Collector {
                file: "x.toml",
                src: &src,
                errors: Vec::new(),
                broken: Vec::new(),
                patterns: false,
                lines: std::cell::Cell::new((0, 0)),
            };
            for o in offsets {
                proptest::prop_assert_eq!(c.line_of(o), line_of(&src, o));
            }
        }
    }

    #[test]
    fn lines_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }
}
