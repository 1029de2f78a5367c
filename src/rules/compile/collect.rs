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
}

/// The 1-based line of byte `offset` in `src` (for errors that carry a span).
pub(crate) fn line_of(src: &str, offset: usize) -> usize {
    let end = offset.min(src.len());
    src.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

impl Collector<'_> {
    pub(super) fn line_of(&self, offset: usize) -> usize {
        line_of(self.src, offset)
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
