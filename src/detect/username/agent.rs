//! The agent of a past action: a participle, the word for `by`, then the
//! account that acted (`inmatat av kberg`, `registrerat för ny klient av
//! nsara från <ip>`, `geändert von mmeier`, `modifié par jdupont`,
//! `creado por jgarcia`, `gewijzigd door jjansen`, `zmienione przez
//! jkowalski`, `created by jdoe`, Windows print event 307's `owned by
//! kberg on \\WS-12`). Audit trails of case-management, HR, ERP and
//! print systems write their users this way in the local language.
//!
//! The participle decides, not the preposition: Swedish `av` alone means
//! `of` (`en av tre`), French `par` `per` (`par jour`), so the account is
//! only taken when a participle stands among the few words before the
//! by-word. The value must then look like a login (lower-case first, no
//! capitalised name, which the name detector reads) and end the phrase.

use super::keyword::account_digits;
use super::shape::{handle_shaped, plausible, service_like, take};
use super::words::{NOT_NAMES, USER_OUTCOMES};
use crate::detect::util::{at, is_digit};

/// Past participles (and a few past tenses) that take an agent, in the
/// languages an EU SIEM sees. Non-ASCII capitals are listed as such,
/// since the comparison folds ASCII case only.
const PARTICIPLES: &[&str] = &[
    // Swedish
    "inmatat",
    "inmatad",
    "inmatade",
    "inmatades",
    "registrerat",
    "registrerad",
    "registrerade",
    "registrerades",
    "ändrad",
    "ändrat",
    "ändrade",
    "ändrades",
    "Ändrad",
    "Ändrat",
    "skapad",
    "skapat",
    "skapade",
    "skapades",
    "godkänd",
    "godkänt",
    "godkända",
    "godkändes",
    "signerad",
    "signerat",
    "signerades",
    "utförd",
    "utfört",
    "utfördes",
    "raderad",
    "raderat",
    "raderades",
    "borttagen",
    "borttaget",
    "uppdaterad",
    "uppdaterat",
    "uppdaterades",
    "tilldelad",
    "tilldelat",
    "låst",
    "låstes",
    "upplåst",
    "attesterad",
    "attesterat",
    "granskad",
    "granskat",
    "öppnad",
    "öppnat",
    "öppnades",
    "Öppnad",
    "läst",
    "lästes",
    "makulerad",
    "makulerat",
    "bokad",
    "bokat",
    "beviljad",
    "beviljat",
    "avslagen",
    "avslaget",
    "exporterad",
    "exporterat",
    "utskriven",
    "utskrivet",
    "journalförd",
    "journalfört",
    "dokumenterad",
    "dokumenterat",
    "loggad",
    // Norwegian, Danish
    "opprettet",
    "endret",
    "godkjent",
    "slettet",
    "registrert",
    "oprettet",
    "ændret",
    "godkendt",
    "registreret",
    "signert",
    "underskrevet",
    // German
    "erstellt",
    "geändert",
    "geaendert",
    "gelöscht",
    "geloescht",
    "genehmigt",
    "freigegeben",
    "angelegt",
    "bearbeitet",
    "aktualisiert",
    "signiert",
    "durchgeführt",
    "gesperrt",
    "entsperrt",
    "zugewiesen",
    "erfasst",
    "eingegeben",
    "registriert",
    "unterschrieben",
    // French
    "modifié",
    "modifiée",
    "modifiés",
    "créé",
    "créée",
    "créés",
    "supprimé",
    "supprimée",
    "approuvé",
    "approuvée",
    "validé",
    "validée",
    "signé",
    "signée",
    "effectué",
    "effectuée",
    "enregistré",
    "enregistrée",
    "saisi",
    "saisie",
    "verrouillé",
    "attribué",
    "attribuée",
    "jour",
    // Spanish, Portuguese, Italian
    "creado",
    "creada",
    "modificado",
    "modificada",
    "eliminado",
    "eliminada",
    "aprobado",
    "aprobada",
    "firmado",
    "firmada",
    "registrado",
    "registrada",
    "actualizado",
    "actualizada",
    "realizado",
    "realizada",
    "bloqueado",
    "asignado",
    "criado",
    "criada",
    "alterado",
    "alterada",
    "creato",
    "creata",
    "modificato",
    "modificata",
    "eliminato",
    "approvato",
    "firmato",
    "registrato",
    "aggiornato",
    "eseguito",
    "assegnato",
    // Dutch
    "gewijzigd",
    "aangemaakt",
    "verwijderd",
    "goedgekeurd",
    "ondertekend",
    "geregistreerd",
    "bijgewerkt",
    "uitgevoerd",
    "ingevoerd",
    "toegewezen",
    "geblokkeerd",
    // Polish
    "zmienione",
    "zmieniony",
    "zmieniona",
    "utworzone",
    "utworzony",
    "utworzona",
    "usunięte",
    "usunięty",
    "zatwierdzone",
    "zatwierdzony",
    "podpisane",
    "zarejestrowane",
    "zaktualizowane",
    "wykonane",
    "zablokowane",
    // English
    "created",
    "approved",
    "modified",
    "changed",
    "updated",
    "deleted",
    "removed",
    "added",
    "submitted",
    "signed",
    "entered",
    "registered",
    "assigned",
    "reviewed",
    "requested",
    "initiated",
    "performed",
    "executed",
    "granted",
    "revoked",
    "disabled",
    "enabled",
    "issued",
    "acknowledged",
    "resolved",
    "edited",
    "uploaded",
    "downloaded",
    "shared",
    "owned",
    "printed",
    "authorized",
    "authorised",
    "viewed",
    "exported",
    "imported",
    "cancelled",
    "canceled",
    "closed",
    "reopened",
    "escalated",
    "queued",
    "released",
    // More Swedish, English and German participles of audit trails
    // (case, ticket, access-control and identity systems).
    "kopplat",
    "kopplad",
    "kopplade",
    "kopplades",
    "tillagd",
    "tillagt",
    "tillagda",
    "flyttad",
    "flyttat",
    "flyttades",
    "stängd",
    "stängt",
    "stängdes",
    "avslutad",
    "avslutat",
    "avslutades",
    "skickad",
    "skickat",
    "skickades",
    "importerad",
    "importerat",
    "arkiverad",
    "arkiverat",
    "återställd",
    "återställt",
    "återställdes",
    "spärrad",
    "spärrat",
    "spärrades",
    "avbokad",
    "avbokat",
    "omfördelad",
    "omfördelat",
    "vidarebefordrad",
    "vidarebefordrat",
    "hanterad",
    "hanterat",
    "besvarad",
    "besvarat",
    "linked",
    "moved",
    "archived",
    "restored",
    "blocked",
    "unblocked",
    "reset",
    "enrolled",
    "provisioned",
    "deprovisioned",
    "suspended",
    "terminated",
    "dismissed",
    "rejected",
    "opened",
    "accessed",
    "unlocked",
    "locked",
    "verknüpft",
    "hinzugefügt",
    "entfernt",
    "verschoben",
    "geschlossen",
    "exportiert",
    "importiert",
    "archiviert",
    "zurückgesetzt",
    "widerrufen",
    "abgelehnt",
    "geöffnet",
];

/// Agents that name a component, a role or a party rather than a person's
/// account (`reset by peer`, `created by system`, `modifié par
/// l'administrateur`, `changed by policy`).
const NOT_AGENTS: &[&str] = &[
    "peer",
    "server",
    "client",
    "remote",
    "host",
    "kernel",
    "policy",
    "cron",
    "scheduler",
    "script",
    "automation",
    "service",
    "job",
    "task",
    "rule",
    "workflow",
    "import",
    "batch",
    "migration",
    "console",
    "portal",
    "app",
    "application",
    "owner",
    "self",
    "itself",
    "default",
    "firewall",
    "user",
    "users",
    "someone",
    "another",
    "other",
    "admins",
    "support",
    "helpdesk",
    "manager",
    "customer",
    "patient",
    "klient",
    "kund",
    "handläggare",
    "systemet",
    "användaren",
];

/// True if a participle is among the five words before the by-word at `i`
/// (`inmatat av`, `registrerat för ny klient av`, `mis à jour par`).
fn participle_before(b: &[u8], i: usize) -> bool {
    let lo = i.saturating_sub(80);
    let mut e = i;
    for _ in 0..5 {
        while e > lo && matches!(b[e - 1], b' ' | b',') {
            e -= 1;
        }
        let mut s = e;
        while s > lo && !matches!(b[s - 1], b' ' | b',') {
            s -= 1;
        }
        if s == e {
            return false;
        }
        let mut w = &b[s..e];
        while let [b'"' | b'\'', rest @ ..] = w {
            w = rest;
        }
        while let [rest @ .., b'"' | b'\''] = w {
            w = rest;
        }
        if PARTICIPLES
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
        {
            return true;
        }
        // The phrase does not reach past a clause or a field.
        if s == lo || matches!(w.last(), Some(b':' | b'.')) || w.contains(&b'=') {
            return false;
        }
        e = s;
    }
    false
}

/// What may follow the agent: the end of the text or field, punctuation,
/// or a word that starts the next part of the phrase (`från <ip>`, `on
/// \\WS-12`, `at 10:02`, `kl 10:02`, `(Karin Berg)`).
fn phrase_ends(b: &[u8], after: usize) -> bool {
    let c = at(b, after);
    if matches!(
        c,
        0 | b',' | b';' | b')' | b']' | b'"' | b'\'' | b'\n' | b'\r' | b'|' | b'\t'
    ) {
        return true;
    }
    if c == b'.' {
        return matches!(at(b, after + 1), 0 | b' ' | b'\n');
    }
    // `Carrier changed by wzhang: carrier ...`: a colon, then the message.
    if c == b':' {
        return matches!(at(b, after + 1), 0 | b' ' | b'\n');
    }
    if c != b' ' {
        return false;
    }
    let r = &b[after + 1..b.len().min(after + 12)];
    const NEXT: &[&str] = &[
        "från ", "from ", "on ", "at ", "kl ", "kl. ", "(", "via ", "vid ", "den ", "am ", "um ",
        "le ", "el ", "op ", "w ", "på ", "desde ", "depuis ", "vanaf ", "fra ", "z ", "ze ",
        "aus ", "dal ", "för ", "for ", "für ", "pour ", "para ", "voor ", "dla ", "til ", "i ",
        "in ", "to ", "with ", "mit ", "med ", "avec ", "con ", "met ", "using ", "as ", "under ",
        "enligt ", "gemäß ", "selon ", "según ", "into ",
    ];
    NEXT.iter()
        .any(|w| r.len() >= w.len() && r[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
        || is_digit(at(b, after + 1))
}

/// The account after the by-word `b[i..j]` (`av`, `af`, `von`, `par`,
/// `por`, `door`, `przez`, `da`, `by`) when a participle stands before it.
pub(super) fn agent_after(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b' ' || i == 0 || b[i - 1] != b' ' {
        return None;
    }
    // CUPS: `Job queued on "HP_Plan3" by "kberg".`: a quoted agent.
    let quoted = matches!(at(b, j + 1), b'"' | b'\'');
    let f = at(b, j + 1 + usize::from(quoted));
    if !(f.is_ascii_alphanumeric() || f >= 0x80) {
        return None;
    }
    let (s, e, after) = take(b, j + 1).filter(|&(s, _, _)| s == j + 1 + usize::from(quoted))?;
    let v = &b[s..e];
    // SAP and mainframe user ids are upper case (`geändert von MMEIER`);
    // any other capital starts a name, which the name detector reads.
    let caps = (4..=12).contains(&v.len())
        && v.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && v.iter().filter(|c| c.is_ascii_uppercase()).count() >= 3;
    if f.is_ascii_uppercase() && !caps {
        return None;
    }
    if v.contains(&b'\'')
        || v.first().is_some_and(|&c| c >= 0x80 && !v.contains(&b'.'))
        || v.iter().all(|c| is_digit(*c) || *c == b'.' || *c == b':')
        || !plausible(v)
        || service_like(v)
        || NOT_NAMES.contains(v)
        || USER_OUTCOMES.contains(v)
        || NOT_AGENTS
            .iter()
            .any(|w| v.eq_ignore_ascii_case(w.as_bytes()))
        || super::keyword::keyword(v).is_some()
    {
        return None;
    }
    if !phrase_ends(b, after) || file_name(v) {
        return None;
    }
    if participle_before(b, i) {
        return Some((s, e));
    }
    // An audit record that ends with its agent (`EVT=CARD_ISSUED kort=...
    // till <holder> av kberg`, `badge.issued ... by kberg`): the event's
    // participle is its code, a field away, not among the words before
    // the by-word. Then the account must close the record and look like a
    // login (lower case, no capital that starts a name).
    let closes = matches!(at(b, after), 0 | b'\n' | b'\r' | b'"')
        || (at(b, after) == b'.' && matches!(at(b, after + 1), 0 | b'\n' | b'"'));
    (closes
        && !quoted
        && v[0].is_ascii_lowercase()
        && !FUNCTION_WORDS
            .iter()
            .any(|w| v.eq_ignore_ascii_case(w.as_bytes()))
        && participle_in_line(b, i))
    .then_some((s, e))
}

/// Pronouns and determiners that end a phrase after a by-word in the
/// languages of [`PARTICIPLES`] (`en av dem`, `von ihnen`, `by them`).
const FUNCTION_WORDS: &[&str] = &[
    "dem", "oss", "er", "sig", "dig", "mig", "henne", "honom", "them", "us", "him", "her", "it",
    "this", "that", "all", "ihnen", "uns", "ihm", "eux", "nous", "lui", "ellos", "nosotros", "hen",
    "hem", "ons", "nich", "nas", "allen", "alle", "alla",
];

/// True if the line of `b` before `i` names an event by a participle,
/// as a word or as the last part of an event code (`CARD_ISSUED`,
/// `user.created`, `badge-revoked`, `Ändrad`): the action the agent at
/// the line's end performed.
fn participle_in_line(b: &[u8], i: usize) -> bool {
    let lo = i.saturating_sub(512);
    let ls = b[lo..i]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(lo, |p| lo + p + 1);
    b[ls..i]
        .split(|&c| !(c.is_ascii_alphanumeric() || c >= 0x80))
        .filter(|w| w.len() >= 5)
        .any(|w| {
            PARTICIPLES
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p.as_bytes()))
        })
}

/// A file name (`config.yaml`, `deploy.sh`): what a job was started by,
/// not who.
fn file_name(v: &[u8]) -> bool {
    const EXT: [&[u8]; 20] = [
        b"yaml", b"yml", b"json", b"conf", b"cfg", b"xml", b"txt", b"log", b"ini", b"toml", b"sh",
        b"py", b"ps1", b"exe", b"dll", b"bat", b"pdf", b"docx", b"xlsx", b"csv",
    ];
    v.iter().rposition(|&c| c == b'.').is_some_and(|d| {
        let x = &v[d + 1..];
        EXT.iter().any(|w| x.eq_ignore_ascii_case(w))
    })
}

/// The account after a Finnish agent participle, which comes before it
/// (`kirjannut kberg`, `Muokannut: anna.ek`, `luonut mvirtanen`).
pub(super) fn agent_participle(b: &[u8], j: usize) -> Option<(usize, usize)> {
    let mut k = j;
    if at(b, k) == b':' {
        k += 1;
    }
    if at(b, k) != b' ' {
        return None;
    }
    let f = at(b, k + 1);
    if !(f.is_ascii_lowercase() || is_digit(f)) {
        return None;
    }
    let (s, e, after) = take(b, k + 1).filter(|&(s, _, _)| s == k + 1)?;
    let v = &b[s..e];
    let ok = plausible(v)
        && !service_like(v)
        && !v.iter().all(u8::is_ascii_digit)
        && !NOT_AGENTS
            .iter()
            .any(|w| v.eq_ignore_ascii_case(w.as_bytes()))
        && !file_name(v)
        && (phrase_ends(b, after) || handle_shaped(v) || account_digits(v));
    ok.then_some((s, e))
}
