//! Masking: keep the first or last N characters, replace the rest.

/// Which end of the value stays readable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaskFrom {
    /// Keep the first N characters.
    First,
    /// Keep the last N characters.
    Last,
}

/// Keeps N characters at one end and replaces every other character with a
/// mask character, counting characters, not bytes. A value of N characters
/// or fewer is masked completely: a mask never passes a value through whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mask {
    from: MaskFrom,
    keep: usize,
    mask: char,
}

impl Mask {
    /// The default mask character.
    pub const DEFAULT_CHAR: char = '*';

    /// Keeps the first `n` characters.
    pub fn keep_first(n: usize) -> Mask {
        Mask {
            from: MaskFrom::First,
            keep: n,
            mask: Mask::DEFAULT_CHAR,
        }
    }

    /// Keeps the last `n` characters (`+46701740683` with 2 gives `**********83`).
    pub fn keep_last(n: usize) -> Mask {
        Mask {
            from: MaskFrom::Last,
            keep: n,
            mask: Mask::DEFAULT_CHAR,
        }
    }

    /// Uses `c` instead of `*`.
    pub fn with_char(mut self, c: char) -> Mask {
        self.mask = c;
        self
    }

    /// Appends the masked form of `original` to `out`.
    pub fn apply(&self, original: &str, out: &mut String) {
        let total = original.chars().count();
        let keep = if self.keep >= total { 0 } else { self.keep };
        let (kept_from, kept_to) = match self.from {
            MaskFrom::First => (0, keep),
            MaskFrom::Last => (total - keep, total),
        };
        out.reserve(original.len());
        for (i, c) in original.chars().enumerate() {
            out.push(if (kept_from..kept_to).contains(&i) {
                c
            } else {
                self.mask
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask(m: &Mask, s: &str) -> String {
        let mut out = String::new();
        m.apply(s, &mut out);
        out
    }

    #[test]
    fn keeps_last_or_first() {
        assert_eq!(mask(&Mask::keep_last(2), "+46701740683"), "**********83");
        assert_eq!(mask(&Mask::keep_first(3), "+46701740683"), "+46*********");
        assert_eq!(mask(&Mask::keep_last(0), "abc"), "***");
        assert_eq!(mask(&Mask::keep_first(1).with_char('#'), "abc"), "a##");
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert_eq!(mask(&Mask::keep_last(2), "Åsa Öberg"), "*******rg");
        assert_eq!(mask(&Mask::keep_first(2), "ÅÄÖåäö"), "ÅÄ****");
        assert_eq!(mask(&Mask::keep_last(1).with_char('•'), "ab"), "•b");
    }

    #[test]
    fn short_values_are_masked_completely() {
        assert_eq!(mask(&Mask::keep_last(4), "1234"), "****");
        assert_eq!(mask(&Mask::keep_first(9), "abc"), "***");
        assert_eq!(mask(&Mask::keep_last(2), ""), "");
    }
}
