//! Redaction: replace the value with a fixed text.

/// Replaces every value with the same text (default `[redacted]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redact {
    text: Box<str>,
}

impl Redact {
    /// The default replacement text.
    pub const DEFAULT_TEXT: &'static str = "[redacted]";

    /// Replaces values with `text`.
    pub fn new(text: &str) -> Redact {
        Redact { text: text.into() }
    }

    /// The replacement text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Appends the replacement text to `out`.
    pub fn apply(&self, out: &mut String) {
        out.push_str(&self.text);
    }
}

impl Default for Redact {
    fn default() -> Redact {
        Redact::new(Redact::DEFAULT_TEXT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_fixed_text() {
        let mut out = String::from("user=");
        Redact::default().apply(&mut out);
        assert_eq!(out, "user=[redacted]");
        let mut out = String::new();
        Redact::new("<phone>").apply(&mut out);
        assert_eq!(out, "<phone>");
    }
}
