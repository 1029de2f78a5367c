//! Numbers that the text itself calls the organisation's own: a
//! switchboard's, a reception's or a customer service's number written
//! right after the word for it (`ringede fra omstillingen 08-520 102 00`,
//! `Växel: 08-744 00 00`, `Zentrale +49 40 123450`, `main number
//! 031-60 40 00`). Such a number reaches a desk, not a person, and every
//! record of the firm repeats it.

/// The words for an organisation's own line, lower case (ASCII letters
/// compared case-insensitively), in English, the Nordic languages,
/// German, Dutch, Finnish, Polish, Spanish and French.
const OWN_LINE_WORDS: &[&[u8]] = &[
    b"switchboard",
    b"reception",
    b"receptionen",
    b"v\xc3\xa4xel",
    b"v\xc3\xa4xeln",
    b"v\xc3\xa4xelnummer",
    b"vaxel",
    b"huvudnummer",
    b"kundtj\xc3\xa4nst",
    b"omstilling",
    b"omstillingen",
    b"sentralbord",
    b"sentralbordet",
    b"hovednummer",
    b"hovudnummer",
    b"kundeservice",
    b"zentrale",
    b"telefonzentrale",
    b"hauptnummer",
    b"kundenservice",
    b"receptie",
    b"hoofdnummer",
    b"vaihde",
    b"asiakaspalvelu",
    b"centrala",
    b"centralita",
    b"standard",
];

/// True if the word just before `i` (past at most one `:`, `=`, `(` or
/// quote and spaces) names the organisation's own line, or the two words
/// `main number`, `main line` or `customer service` do. A preposition
/// between them (`växeln till 070...`, `from reception to 4711`) breaks
/// the link: that number is whoever the call reached.
pub(crate) fn own_line_before(b: &[u8], i: usize) -> bool {
    let mut j = i;
    let mut skipped = 0;
    while j > 0 && matches!(b[j - 1], b' ' | b'\t' | b':' | b'=' | b'(' | b'"' | b'\'') {
        j -= 1;
        skipped += 1;
        if skipped > 3 {
            return false;
        }
    }
    if skipped == 0 || j == 0 {
        return false;
    }
    let w = word_before(b, j);
    if w.is_empty() {
        return false;
    }
    if OWN_LINE_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w)) {
        // French `standard` only as the switchboard (`le standard`), not
        // a plan or a rate (`Standard 0701...` is no line's name).
        return !w.eq_ignore_ascii_case(b"standard") || {
            let p = word_before(b, j - w.len()).to_ascii_lowercase();
            p == b"le" || p == b"du" || p == b"au"
        };
    }
    let second = w;
    let first = word_before(b, j - w.len());
    let pair = |a: &[u8], c: &[u8]| first.eq_ignore_ascii_case(a) && second.eq_ignore_ascii_case(c);
    pair(b"main", b"number") || pair(b"main", b"line") || pair(b"customer", b"service")
}

/// The word (letters, UTF-8 included) that ends at `j`, skipping one
/// space before it if `j` is at a space.
fn word_before(b: &[u8], mut j: usize) -> &[u8] {
    if j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    let end = j;
    while j > 0 && (b[j - 1].is_ascii_alphabetic() || b[j - 1] >= 0x80) && end - j < 24 {
        j -= 1;
    }
    &b[j..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(line: &str) -> bool {
        let at = line.find(['+', '0']).unwrap();
        own_line_before(line.as_bytes(), at)
    }

    #[test]
    fn numbers_after_the_word_for_a_switchboard() {
        for l in [
            "ringede fra omstillingen 08-520 102 00",
            "Växel: 08-744 00 00",
            "kontakta växeln 0920-45 30 00",
            "Sentralbord: +47 22 33 44 55",
            "Zentrale +49 40 123450",
            "Telefonzentrale: 040 123450",
            "main number 031-60 40 00",
            "Customer Service: 0771-24 24 24",
            "Vaihde 09 310 1691",
            "appeler le standard 01 42 68 53 00",
            "Receptie: 020 555 0100",
            "(reception 08-520 102 00)",
        ] {
            assert!(kept(l), "{l}");
        }
    }

    #[test]
    fn a_persons_number_after_other_words_is_not_the_switchboards() {
        for l in [
            "kopplad från växeln till 070-174 06 83",
            "mobil 070-174 06 83",
            "ring mig på 0701740683",
            "tfn 08-520 102 00",
            "Standard 0701740683",
            "Anna Berg 0701740683",
            "from reception to 0701740683",
            "main 0701740683",
        ] {
            assert!(!kept(l), "{l}");
        }
    }
}
