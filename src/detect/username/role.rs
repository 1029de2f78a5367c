//! The account after a role noun: case-management, e-government, HR and
//! ticket systems write who acted as the role, then the login, then what
//! they did, in the local language (`Handläggare kberg öppnade ärende
//! ...`, `Saksbehandler kari.n endret vedtak`, `Sagsbehandler mhan har
//! godkendt`, `Sachbearbeiter mmeier öffnete Vorgang`, `Behandelaar
//! jjansen wijzigde dossier`, `Käsittelijä mvirtanen avasi asian`,
//! `Opérateur jdupont a modifié`, `Caseworker jdoe closed case`).
//!
//! A capitalised word after the role is a name, which the name detector
//! reads; here only a value that starts lower case or with a digit, and
//! only when a verb follows it (a past tense or an auxiliary, in the
//! languages an EU SIEM sees) or when it is shaped like a login itself
//! (`k.berg`, `ab1234`) and ends the phrase. `Handläggare saknas för
//! ärendet` (no case worker yet) has no verb after its value.

use super::keyword::{account_digits, cue, function_word, value_start};
use super::shape::{first_word, handle_shaped, name_end, plausible, service_like, take, trim};
use super::words::{NOT_NAMES, USER_OUTCOMES};
use crate::detect::util::at;

/// Role nouns written with non-ASCII letters, compared folding ASCII case
/// (the scanner's UTF-8 path reads them).
const UTF8_ROLES: [&str; 17] = [
    "handläggare",
    // Czech and Slovak, Hungarian, Finnish, Latvian operators, dispatchers
    // and case handlers.
    "operátor",
    "operátorka",
    "dispečer",
    "diszpécser",
    "ügyintéző",
    "päivystäjä",
    "operatorė",
    "handläggaren",
    "käsittelijä",
    "käsittelijän",
    "opérateur",
    "opératrice",
    "operatör",
    "operatören",
    "operatør",
    "operatøren",
];

/// True if `w` is a role noun written with non-ASCII letters.
pub(crate) fn utf8_role_word(w: &[u8]) -> bool {
    UTF8_ROLES
        .iter()
        .any(|r| w.eq_ignore_ascii_case(r.as_bytes()))
}

/// Auxiliaries that start a perfect or passive after the subject
/// (`Sagsbehandler mhan har godkendt`, `Opérateur jdupont a modifié`,
/// `Käsittelijä mvirtanen on avannut`, `Caseworker jdoe has closed`).
const AUX: [&str; 12] = [
    "har", "hat", "heeft", "has", "had", "a", "ha", "on", "oli", "hefur", "ma", "hade",
];

/// True if `w`, the word after the value, reads as a finite verb in the
/// past: English `-ed`, Swedish `-ade`/`-de`/`-te`, Norwegian and Danish
/// `-et`/`-ede`, German `-te`/`-ete`, Dutch `-de`/`-te`, Finnish `-i`
/// (`avasi`, `muutti`, `poisti`), Polish `-ł`/`-ła`, Spanish and Italian
/// `-ó`/`-ò`, or an auxiliary, or an outcome word.
fn verb_after(w: &[u8]) -> bool {
    if AUX.iter().any(|a| w.eq_ignore_ascii_case(a.as_bytes())) {
        return true;
    }
    let f = w.first().copied().unwrap_or(0);
    if w.len() < 4 || !(f.is_ascii_lowercase() || f >= 0x80) {
        return false;
    }
    if USER_OUTCOMES.contains(w) {
        return true;
    }
    const ENDS: [&str; 10] = ["ed", "de", "te", "et", "si", "ti", "ł", "ła", "ó", "ò"];
    ENDS.iter().any(|e| w.ends_with(e.as_bytes()))
        // Finnish past tenses end in a vowel then `i` (`sulki`, `loi`,
        // `lisäsi`, `hyväksyi`, `käsitteli`).
        || (w.ends_with(b"i") && w.len() >= 5 && matches!(w[w.len() - 2], b'l' | b'k' | b'y' | b'o'))
}

/// The account after the role noun `b[i..j]`; after an English one
/// (`caseworker notes updated`) only a value shaped like a login. A role
/// noun and one word alone in brackets name who did it, in any language
/// (`sökning avbruten (operatör haoran)`, `(Sachbearbeiter mmeier)`,
/// `(handläggare kberg)`): an attribution, as audit messages close with it.
pub(super) fn role_account(b: &[u8], i: usize, j: usize, english: bool) -> Option<(usize, usize)> {
    if at(b, j) != b' ' {
        return None;
    }
    let s = j + 1;
    let f = at(b, s);
    if !(f.is_ascii_lowercase() || f.is_ascii_digit() || f.is_ascii_uppercase()) {
        return None;
    }
    let (s, e) = trim(b, s, name_end(b, s, false)?)?;
    let v = &b[s..e];
    // A login in capitals (`operatør MTEHRANI kvitterede`, `Handläggare
    // KBERG2 öppnade`), as mainframe, SAP and access-control consoles
    // write them: three to twelve capitals and digits, and then a verb.
    // A directory login of capitalised words joined by a dot or an
    // underscore (`Handläggare Karin.Berg öppnade`): no name is written
    // so, and the name detector does not read it.
    let cap_handle = f.is_ascii_uppercase() && capitalised_handle(v);
    let capitals = f.is_ascii_uppercase() && !cap_handle;
    if capitals
        && !((3..=12).contains(&v.len())
            && v.iter()
                .all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit()))
    {
        return None;
    }
    if v.len() < 2
        || v.len() > 40
        || !plausible(v)
        || service_like(v)
        || function_word(v)
        || NOT_NAMES.contains(v)
        || USER_OUTCOMES.contains(v)
        || super::keyword::keyword(v).is_some()
        || v.iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    let c = at(b, e);
    let bracketed = !english && !capitals && c == b')' && i > 0 && b[i - 1] == b'(';
    // `operaator kberg: helistati ...`: the role and its login as the
    // speaker of what follows.
    let speaker = !english && !capitals && c == b':' && at(b, e + 1) == b' ' && lower_login(v);
    let acted = bracketed
        || speaker
        || (!english && c == b' ' && verb_after(first_word(&b[e + 1..])))
        || (!english && !capitals && listed(b, i, e) && lower_login(v));
    let shaped = !capitals
        && (handle_shaped(v) || account_digits(v) || cap_handle)
        && matches!(
            c,
            0 | b' ' | b',' | b';' | b':' | b')' | b'.' | b'\n' | b'"'
        );
    (acted || shaped).then_some((s, e))
}

/// Two or three capitalised words joined by one `.` or `_` each
/// (`Karin.Berg`, `Anna_Lena.Ek`): a login as directories write
/// them, not a name (written with spaces) nor a sentence.
pub(super) fn capitalised_handle(v: &[u8]) -> bool {
    let Ok(t) = std::str::from_utf8(v) else {
        return false;
    };
    let parts: Vec<&str> = t.split(['.', '_']).collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            let mut cs = p.chars();
            cs.next().is_some_and(char::is_uppercase)
                && p.chars().count() >= 2
                && cs.all(char::is_lowercase)
        })
}

/// Values a staff role's key holds when no one is named yet.
const NO_ONE: [&[u8]; 10] = [
    b"unassigned",
    b"pending",
    b"vacant",
    b"tbd",
    b"tba",
    b"open",
    b"any",
    b"oncall",
    b"on-call",
    b"all",
];

/// The account under a staff role's key, at the `=`, `:` or quote at `j`
/// (`nurse=kberg`, `doctor: a.lind`, `clerk="jd4711"`,
/// `Handläggare: Karin.Berg`): a value shaped like a login, lower case
/// with letters, digits and `.`, `_`, `-` (`nvu`, `k.berg`, `ab1234`), or
/// capitalised words joined by a dot; and ended as a value ends. A name
/// written with spaces is the name detector's; a word that names no one
/// (`none`, `pending`, `system`) stays.
pub(crate) fn staff_value(b: &[u8], j: usize) -> Option<(usize, usize)> {
    let vs = value_start(b, j)?;
    let (s, e, after) = take(b, vs)?;
    let v = &b[s..e];
    let ends = matches!(
        at(b, after),
        0 | b' ' | b'\t' | b',' | b';' | b'|' | b'&' | b')' | b'"' | b'\'' | b'\n' | b'\r'
    );
    let lower = v[0].is_ascii_lowercase()
        && v.iter().all(|&c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
        })
        && v.iter().filter(|c| c.is_ascii_lowercase()).count() >= 2;
    let shaped = lower || capitalised_handle(v) || account_digits(v);
    let named = std::str::from_utf8(v).is_ok_and(crate::detect::keys::not_an_account)
        || NO_ONE.iter().any(|w| v.eq_ignore_ascii_case(w));
    let ok = ends
        && shaped
        && (2..=40).contains(&v.len())
        && plausible(v)
        && !named
        && !service_like(v)
        && !cue(v)
        && !function_word(v)
        && !NOT_NAMES.contains(v)
        && !USER_OUTCOMES.contains(v);
    ok.then_some((s, e))
}

/// A login written in lower case: letters, then letters, digits and `.`,
/// `_`, `-` (`kberg`, `k.berg`, `kb-4711`).
fn lower_login(v: &[u8]) -> bool {
    v.first().is_some_and(u8::is_ascii_lowercase)
        && v.iter().all(|&c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
        })
        && v.len() >= 3
}

/// True if the role word at `i` and its value ending at `e` are one item
/// of a list of labels and values (`asiakas X, hoitaja kberg, kesto 23
/// min`): an item starts the list or follows a comma or a semicolon, and
/// the value ends its item.
fn listed(b: &[u8], i: usize, e: usize) -> bool {
    let starts = i >= 2 && matches!(&b[i - 2..i], b", " | b"; " | b": " | b"| ");
    starts && matches!(at(b, e), 0 | b',' | b';' | b'|' | b'\n')
}

/// English staff roles among [`super::keyword::Keyword::Staff`]'s words:
/// the same words name a function in English prose (`technician
/// dispatched`), so only a value shaped like a login follows them.
const ENGLISH_STAFF: [&[u8]; 20] = [
    b"nurse",
    b"carer",
    b"doctor",
    b"teller",
    b"cashier",
    b"dentist",
    b"midwife",
    b"surgeon",
    b"attendant",
    b"clinician",
    b"caregiver",
    b"counselor",
    b"counsellor",
    b"physician",
    b"paramedic",
    b"therapist",
    b"dispatcher",
    b"pharmacist",
    b"technician",
    b"receptionist",
];

/// The account after a staff role in running text (`hoitaja kberg,
/// kesto 23 min`, `Pfleger mmeier hat dokumentiert`): read as a role
/// noun's ([`role_account`]), English roles only with a login's shape.
pub(crate) fn staff_in_text(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    let english = ENGLISH_STAFF
        .iter()
        .any(|w| b[i..j].eq_ignore_ascii_case(w));
    role_account(b, i, j, english)
}
