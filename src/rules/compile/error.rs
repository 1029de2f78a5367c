//! One problem in a rule pack ([`RuleError`]), and all of a file's.

use std::fmt;

/// One problem in a rule pack, located by file, line and rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError {
    /// The file the pack came from.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// The rule the problem is in, e.g. `fields.src` or `categories.phone`.
    pub rule: String,
    /// What is wrong. Names rule items, never record data.
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: ", self.file)?,
            None => write!(f, "{}: ", self.file)?,
        }
        if !self.rule.is_empty() {
            write!(f, "{}: ", self.rule)?;
        }
        f.write_str(&self.message)
    }
}

/// Every problem found in one or more packs.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct RuleErrors(pub Vec<RuleError>);

impl fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}
