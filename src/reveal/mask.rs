//! Partial display of an original for `veil reveal --mask`: enough for an
//! engineer to confirm "yes, that is the customer on the phone" without the
//! whole value landing on screen or in a ticket.
//!
//! Whatever is too short to mask partly is masked wholly: a rule that would
//! show one character of a one-character value shows `***` instead.

/// What stands in for the hidden part of a value.
const HIDDEN: &str = "***";

/// A masked form of `original`, chosen by its category name (`phone`,
/// `email`, `personnummer`, ...; see [`crate::detect::Kind::name`]):
///
/// - `phone`: every digit but the last two becomes `*`, formatting dropped
///   (`+46 70-174 06 83` → `*********83`)
/// - `email`: first character of the local part, then `***@domain`
/// - `personnummer`, `samordningsnummer`: `YYMMDD-****` (`+` kept for the
///   over-100 form)
/// - `username`, `person_name` (or `name`): first character, then `***`
/// - anything else: `***` and the last two characters
pub fn mask_for_display(kind_name: &str, original: &str) -> String {
    match kind_name {
        "phone" => phone(original),
        "email" => email(original),
        "personnummer" | "samordningsnummer" => personal_number(original),
        "username" | "person_name" | "name" => first_char(original),
        _ => last_two(original),
    }
}

fn phone(original: &str) -> String {
    let digits: Vec<char> = original.chars().filter(char::is_ascii_digit).collect();
    // Fewer than four digits would leave more shown than hidden.
    if digits.len() < 4 {
        return HIDDEN.to_owned();
    }
    let mut out = "*".repeat(digits.len() - 2);
    out.extend(&digits[digits.len() - 2..]);
    out
}

fn email(original: &str) -> String {
    match original.rsplit_once('@') {
        Some((local, domain)) => {
            let mut out = first_char(local);
            out.push('@');
            out.push_str(domain);
            out
        }
        None => first_char(original),
    }
}

fn personal_number(original: &str) -> String {
    let digits: String = original.chars().filter(char::is_ascii_digit).collect();
    let date = match digits.len() {
        10 => &digits[..6],
        // The 12-digit form leads with the century.
        12 => &digits[2..8],
        _ => return "******-****".to_owned(),
    };
    let separator = if original.contains('+') { '+' } else { '-' };
    format!("{date}{separator}****")
}

fn first_char(original: &str) -> String {
    let mut chars = original.chars();
    match (chars.next(), original.chars().count()) {
        (Some(first), n) if n > 2 => {
            let mut out = String::with_capacity(first.len_utf8() + HIDDEN.len());
            out.push(first);
            out.push_str(HIDDEN);
            out
        }
        _ => HIDDEN.to_owned(),
    }
}

fn last_two(original: &str) -> String {
    let n = original.chars().count();
    // Up to four characters, two shown would be half or more of the value.
    if n <= 4 {
        return HIDDEN.to_owned();
    }
    let tail: String = original.chars().skip(n - 2).collect();
    format!("{HIDDEN}{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_keeps_the_last_two_digits() {
        assert_eq!(mask_for_display("phone", "+46701740683"), "*********83");
        assert_eq!(mask_for_display("phone", "070-174 06 83"), "********83");
        assert_eq!(mask_for_display("phone", "0046701740683"), "***********83");
        assert_eq!(mask_for_display("phone", "112"), "***");
    }

    #[test]
    fn email_keeps_first_char_and_domain() {
        assert_eq!(
            mask_for_display("email", "anna.svensson@example.se"),
            "a***@example.se"
        );
        assert_eq!(
            mask_for_display("email", "åsa@exempel.se"),
            "å***@exempel.se"
        );
        assert_eq!(mask_for_display("email", "ab@example.se"), "***@example.se");
        assert_eq!(mask_for_display("email", "no-at-sign"), "n***");
    }

    #[test]
    fn personal_numbers_keep_the_date() {
        assert_eq!(
            mask_for_display("personnummer", "811218-9876"),
            "811218-****"
        );
        assert_eq!(
            mask_for_display("personnummer", "198112189876"),
            "811218-****"
        );
        assert_eq!(
            mask_for_display("personnummer", "19811218-9876"),
            "811218-****"
        );
        assert_eq!(
            mask_for_display("personnummer", "121212+1212"),
            "121212+****"
        );
        assert_eq!(
            mask_for_display("samordningsnummer", "701063-2391"),
            "701063-****"
        );
        assert_eq!(mask_for_display("personnummer", "12345"), "******-****");
    }

    #[test]
    fn names_keep_the_first_char() {
        assert_eq!(mask_for_display("username", "jdoe"), "j***");
        assert_eq!(mask_for_display("person_name", "Örjan Ek"), "Ö***");
        assert_eq!(mask_for_display("name", "Anna"), "A***");
        assert_eq!(mask_for_display("username", "ab"), "***");
        assert_eq!(mask_for_display("username", ""), "***");
    }

    #[test]
    fn others_keep_the_last_two_chars() {
        assert_eq!(mask_for_display("ipv4", "192.0.2.42"), "***42");
        assert_eq!(mask_for_display("badge", "B-77412"), "***12");
        assert_eq!(mask_for_display("custom", "abcd"), "***");
        assert_eq!(mask_for_display("mac", "00:1a:2b:3c:4d:5é"), "***5é");
    }

    #[test]
    fn nothing_but_the_promised_part_shows() {
        let original = "anna.svensson@example.se";
        let masked = mask_for_display("email", original);
        assert!(!masked.contains("nna"));
        let masked = mask_for_display("phone", "+46701740683");
        assert!(!masked.contains("7017"));
    }
}
