//! The account whose credential was administered, in prose: a password
//! reset, a PIN or MFA re-enrolment, an unlock, then the word for `for`
//! and the account (`password reset for jdoe`, `passord tilbakestilt for
//! kari.n`, `lösenord återställt för kberg`, `adgangskode nulstillet for
//! jens.h`, `Kennwort zurückgesetzt für mmeier`, `account unlocked for
//! asmith`). The words for `for` of French, Spanish, Italian, Dutch and
//! Polish (`pour`, `para`, `per`, `voor`, `dla`) are not read: as keywords
//! they sent every four-letter p- and v-word (`port`, `path`, `pass`,
//! `via`) and three-letter d-word through the keyword table, which cost
//! the syslog workload several per cent.
//! Service desks (TOPdesk, ServiceNow, Jira Service Management, Freshservice,
//! ManageEngine ADSelfService Plus, Specops uReset, Okta and Entra ID
//! self-service reset) write these sentences in their customer's
//! language.
//!
//! The credential noun or the unlock verb decides, not the preposition:
//! one of them must stand among the four words before it. The account
//! must look like a login (lower-case or digit first) and not be a word
//! of the sentence (`for all users`, `for 30 minutes`).

use super::keyword::{account_digits, function_word, keyword};
use super::shape::{plausible, service_like, take};
use crate::detect::util::at;

/// Words naming a credential, or an unlock, in the languages of the cues.
/// Compared on their bytes, ASCII case folded.
const CREDENTIAL_WORDS: &[&str] = &[
    "password",
    "passwd",
    "passord",
    "lösenord",
    "lösenordet",
    "losenord",
    "adgangskode",
    "adgangskoden",
    "kodeord",
    "passordet",
    "kennwort",
    "passwort",
    "passe",
    "contraseña",
    "contrasena",
    "hasło",
    "haslo",
    "wachtwoord",
    "salasana",
    "senha",
    "pin",
    "mfa",
    "2fa",
    "otp",
    "unlocked",
    "upplåst",
    "upplåstes",
    "opplåst",
    "oplåst",
    "entsperrt",
    "déverrouillé",
    "déverrouillée",
    "desbloqueada",
    "desbloqueado",
    "odblokowane",
    "odblokowano",
    "ontgrendeld",
    "sbloccato",
    "sbloccata",
];

/// The word for `for` written with non-ASCII letters (Swedish `för`,
/// German `für`), read by the scanner's UTF-8 path.
pub(crate) fn utf8_for_word(w: &[u8]) -> bool {
    w.eq_ignore_ascii_case("för".as_bytes()) || w.eq_ignore_ascii_case("für".as_bytes())
}

/// True if one of the four words before `i` names a credential or an
/// unlock.
fn credential_before(b: &[u8], i: usize) -> bool {
    let mut k = i;
    for _ in 0..4 {
        while k > 0 && matches!(b[k - 1], b' ' | b':' | b',') {
            k -= 1;
        }
        let e = k;
        while k > 0 && !matches!(b[k - 1], b' ' | b':' | b',' | b'\t' | b'\n') && e - k < 24 {
            k -= 1;
        }
        if k == e {
            return false;
        }
        let w = &b[k..e];
        if CREDENTIAL_WORDS
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c.as_bytes()))
        {
            return true;
        }
    }
    false
}

/// The account after the word for `for` that ends at `j` (starting at
/// `i`), when a credential noun or unlock verb comes before it.
pub(crate) fn credential_for(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b' ' || !credential_before(b, i) {
        return None;
    }
    let (s, e, after) = take(b, j + 1)?;
    let v = &b[s..e];
    let first = v[0];
    let caps = (4..=16).contains(&v.len())
        && v.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_');
    let login = first.is_ascii_lowercase() || first.is_ascii_digit() || caps;
    let ends = matches!(
        at(b, after),
        0 | b' ' | b',' | b';' | b')' | b'\n' | b'"' | b'\''
    ) || (at(b, after) == b'.' && matches!(at(b, after + 1), 0 | b' ' | b'\n'));
    // `för kontot kberg`: the word for an account leads to the account.
    let word = NOT_ACCOUNTS
        .iter()
        .any(|w| v.eq_ignore_ascii_case(w.as_bytes()))
        || keyword(v).is_some();
    (login
        && ends
        && plausible(v)
        && !word
        && !function_word(v)
        && !service_like(v)
        && (v.iter().any(u8::is_ascii_alphabetic) || account_digits(v)))
    .then_some((s, e))
}

/// Words that follow `for` in a sentence about credentials and name no
/// account.
const NOT_ACCOUNTS: &[&str] = &[
    "all",
    "alle",
    "alla",
    "everyone",
    "users",
    "user",
    "accounts",
    "account",
    "this",
    "that",
    "your",
    "you",
    "my",
    "his",
    "her",
    "their",
    "them",
    "him",
    "it",
    "one",
    "each",
    "every",
    "any",
    "some",
    "new",
    "expired",
    "security",
    "compliance",
    "policy",
    "maintenance",
    "minutes",
    "hours",
    "days",
    "tous",
    "todos",
    "wszystkich",
    "iedereen",
    "bruker",
    "brukeren",
    "bruger",
    "brugeren",
    "användare",
    "användaren",
    "benutzer",
    "le",
    "la",
    "les",
    "el",
    "los",
    "het",
    "de",
    "der",
    "die",
    "das",
    "den",
    "det",
    "du",
    "el",
    "uw",
    "votre",
    "su",
    "ihr",
    "sitt",
    "sin",
    "dig",
    "deg",
    "login",
    "sign",
    "reasons",
    "reason",
    "day",
    "week",
    "month",
    "hour",
    "minute",
    "second",
    "request",
    "session",
    "domain",
    "tenant",
    "group",
    "giorno",
    "jour",
    "dag",
    "tag",
    "dzien",
    "utente",
    "utilisateur",
    "usuario",
    "gebruiker",
];
