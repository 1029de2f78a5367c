//! A whole value: whether it looks like a name ([`looks_like_name`]), and
//! the placeholders and common words that name no one.

use super::gazetteer::{COMMON, FAMILY_FIRST, GIVEN, MAX_KEY, SURNAME, flags};
use super::word::{key, mark, particle};

/// Words that make a name-shaped value something else (a plan, a group, a
/// device, a placeholder), compared in lower case.
const NOT_NAME_WORDS: &[&str] = &[
    "switchboard",
    "operator",
    "telefonist",
    "receptionen",
    "caller",
    "okänd",
    "dolt",
    "skyddat",
    "hemligt",
    "nummer",
    "number",
    "id",
    "no",
    "out",
    "area",
    "blocked",
    "info",
    "växeln",
    "anonymous",
    "unknown",
    "restricted",
    "private",
    "unavailable",
    "withheld",
    "none",
    "null",
    "nobody",
    "system",
    "admin",
    "administrator",
    "test",
    "default",
    "plan",
    "premium",
    "basic",
    "standard",
    "enterprise",
    "business",
    "free",
    "trial",
    "pro",
    "plus",
    "group",
    "team",
    "policy",
    "rule",
    "role",
    "server",
    "service",
    "services",
    "support",
    "helpdesk",
    "sales",
    "office",
    "department",
    "network",
    "device",
    "printer",
    "room",
    "queue",
    "trunk",
    "gateway",
    "firewall",
    "router",
    "switch",
    "user",
    "users",
    "account",
    "the",
    "of",
    "and",
    "for",
    "new",
    "inc",
    "ltd",
    "ab",
    "gmbh",
    "llc",
    "corp",
    "reception",
    "växel",
    "kundtjänst",
    "voicemail",
    "conference",
    "main",
    "line",
    "desk",
    "lobby",
    "shared",
    "mailbox",
    // What a PBX writes in a caller-name field when it names a call, not
    // a person (`Outbound Call`, `Incoming PSTN`). Words that are also
    // names (`Page`, `Park`, `Hunt`, `Ring`) are not listed.
    "call",
    "calls",
    "outbound",
    "inbound",
    "incoming",
    "outgoing",
    "internal",
    "external",
    "extension",
    "pstn",
    "sip",
    "voip",
    "intercom",
    "paging",
    "ivr",
    "attendant",
    "emergency",
    "elevator",
    "callback",
    "wakeup",
    // An outbound dialler's campaign as the caller name it presents
    // (VICIdial and other predictive diallers set the campaign's caller
    // id name), in English and the languages of the campaigns it calls.
    "campaign",
    "dialler",
    "dialer",
    "kampanj",
    "kampagne",
    "campagne",
    "campaña",
    "campanha",
    "kampania",
    "kampanja",
    // Places, rooms and functions a phone or a badge reader is named
    // after (`Kitchen Phone`, `Warehouse 2`, `Lager kassa`), in English
    // and Swedish. Words that are also surnames (`Hall`, `Ward`, `Day`,
    // `Bridge`, `Branch`) are not listed.
    "ext",
    "kitchen",
    "warehouse",
    "lab",
    "laboratory",
    "garage",
    "entrance",
    "floor",
    "building",
    "meeting",
    "boardroom",
    "canteen",
    "cafeteria",
    "workshop",
    "storage",
    "security",
    "phone",
    "telephone",
    "handset",
    "closed",
    "voice",
    "mail",
    "greeting",
    "menu",
    "music",
    "modem",
    "alarm",
    "door",
    "nurse",
    "pharmacy",
    "ambulance",
    "police",
    "taxi",
    "hotel",
    "suite",
    "guest",
    "guests",
    "visitor",
    "visitors",
    "public",
    "zone",
    "shop",
    "center",
    "centre",
    "headquarters",
    "campus",
    "factory",
    "depot",
    "billing",
    "accounts",
    "finance",
    "hr",
    "noc",
    "soc",
    "marketing",
    "purchasing",
    "logistics",
    "shipping",
    "delivery",
    "dispatch",
    "customer",
    "customers",
    "kund",
    "kunder",
    "ekonomi",
    "lager",
    "kök",
    "entré",
    "vakt",
    "larm",
    "hiss",
    "konferens",
    "mötesrum",
    "kontor",
    "butik",
    "kassa",
];

/// True if `value` is shaped like a person's name: one to six words of
/// letters (any script), with marks, hyphens, apostrophes and initials'
/// periods, no digits; no word that makes it something else (`Conference
/// Room`, `Premium Plan`), and not only words that are common in logs and
/// in no name list (`Microsoft Teams`). The one test of a whole value, for
/// keys that name a person (`full_name`, `holder`, `owner`) and display
/// names alike. `strict` (for the bare key `name`, which also names
/// devices and groups) wants two to four words, each capitalised or a
/// particle (`van`, `af`, `bin`), or in a script without case.
pub fn looks_like_name(value: &str, strict: bool) -> bool {
    let v = value.trim();
    if v.is_empty() || v.len() > 256 {
        return false;
    }
    // `BERG/KARIN MRS`, `PRYCE-JONES/RHYS`: a passenger's name as airline
    // systems write it.
    if v.contains('/') {
        return passenger_name(v, strict);
    }
    // `af Klercker, Örjan`, `Åberg, Leyla`: surname first, then a comma.
    if let Some((last, first)) = v.split_once(", ") {
        return !last.is_empty()
            && !first.contains(',')
            && !last.contains(',')
            && looks_like_name(&format!("{first} {last}"), strict);
    }
    let (min, max) = if strict { (2, 4) } else { (1, 6) };
    let mut words = 0;
    let mut letters = 0;
    let mut all_common = true;
    let mut any_name = false;
    let mut buf = [0u8; MAX_KEY];
    let (mut lower, mut first_flags, mut last_flags) = (false, 0, 0);
    // Directories write `Last, First` (`Eriksson, Karin`, `van der Berg,
    // Anna`): one comma, glued to the end of a word that is not the last.
    let comma = v.find(',');
    if let Some(c) = comma {
        let after = &v[c + 1..];
        if after.contains(',')
            || !after.starts_with(char::is_whitespace)
            || after.trim().is_empty()
            || v[..c].ends_with(char::is_whitespace)
        {
            return false;
        }
    }
    for w in v.split_whitespace() {
        let w = w.strip_suffix(',').unwrap_or(w);
        // Dutch `'t` (`van 't Hof, Sanne`) is a particle, no word of its own.
        if matches!(w, "'t" | "’t") {
            continue;
        }
        words += 1;
        if words > max {
            return false;
        }
        let mut chars = w.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if !first.is_alphabetic() {
            return false;
        }
        for c in w.chars() {
            if c.is_alphabetic() {
                // A syllable or an ideograph is a whole part of a name
                // (`김`, `王` under `last_name`), not an initial.
                letters += if super::script::syllabic(c) { 2 } else { 1 };
            } else if !(mark(c) || matches!(c, '-' | '\'' | '’' | '.')) {
                return false;
            }
        }
        if camel_glued(w) {
            return false;
        }
        let Some(k) = key(w.as_bytes(), 0, w.len(), &mut buf) else {
            return false;
        };
        let bare = k.trim_end_matches('.');
        let f = flags(bare);
        // `Line Andersen` is a name though `line` makes `Main Line` none.
        if NOT_NAME_WORDS.contains(&bare) && f & (GIVEN | SURNAME | FAMILY_FIRST) == 0 {
            return false;
        }
        if strict && first.is_lowercase() && !particle(bare) {
            // `solveig åkerlund`, as a form or a phone's contact list took
            // it: in lower case only as a known given name first and a
            // known name last (`anna test`, `oliver pc` stay).
            lower = true;
        }
        if words == 1 {
            first_flags = f;
        }
        last_flags = f;
        all_common &= f & COMMON != 0;
        any_name |= f & (GIVEN | SURNAME | FAMILY_FIRST) != 0;
    }
    // `王伟`, `李丽娟` under `name`: family and given name in one word.
    if words == 1 && super::script::han_name(v) {
        return true;
    }
    if lower {
        let known = |f: u8| f & COMMON == 0 && f & (GIVEN | SURNAME) != 0;
        return words >= min && first_flags & GIVEN != 0 && known(first_flags) && known(last_flags);
    }
    // One letter is an initial, not a name.
    words >= min && letters >= 2 && (any_name || !all_common)
}

/// The titles airline systems write after a passenger's given names, as a
/// word of their own or glued to the last one (`BERG/KARIN MRS`,
/// `BERG/KARINMRS`): IATA's passenger name element (PSRM, BCBP, PNRGOV).
const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "mstr", "dr", "prof", "mx"];

/// True if `v` is a passenger's name in the element airline systems write
/// (reservations, departure control, boarding passes, API and PNRGOV
/// messages, kiosks): the surname, a `/`, the given names or initials and
/// an optional title (`BERG/KARIN MRS`, `PRYCE-JONES/RHYS`,
/// `DELRIOPENA/MARIA JOSE MS`, `TUGWELL/KL MR`), capitals as a rule.
/// Spaces, apostrophes and hyphens may stay in the surname (`VAN
/// DER BERG/ANNA`, `O'NEILL/SEAN`), the element carries no digits. Read as
/// `KARIN BERG` by [`looks_like_name`]; `strict` (a bare `name` key, where
/// `TCP/UDP` and `LHR/JFK` also go) also wants the gazetteer to know the
/// given name or the surname.
fn passenger_name(v: &str, strict: bool) -> bool {
    let Some((last, first)) = v.split_once('/') else {
        return false;
    };
    if first.contains('/')
        || last.ends_with(' ')
        || first.starts_with(' ')
        || last.chars().filter(|c| c.is_alphabetic()).count() < 2
    {
        return false;
    }
    let mut given: Vec<&str> = first.split(' ').collect();
    if given.len() > 1 && given.last().is_some_and(|t| title(t)) {
        given.pop();
    }
    let mut buf = [0u8; MAX_KEY];
    let known = |w: &str, want: u8, buf: &mut [u8; MAX_KEY]| {
        key(w.as_bytes(), 0, w.len(), buf).is_some_and(|k| {
            let f = flags(k);
            f & want != 0 && f & COMMON == 0
        })
    };
    let Some(g) = given.first().copied().filter(|g| g.chars().count() >= 2) else {
        return false;
    };
    // `BERG/KARINMRS`: the title glued to the given name.
    let glued = TITLES.iter().find_map(|t| {
        let n = g.len().checked_sub(t.len()).filter(|n| *n >= 2)?;
        (g.is_char_boundary(n) && g[n..].eq_ignore_ascii_case(t)).then(|| &g[..n])
    });
    if strict
        && !known(g, GIVEN, &mut buf)
        && !glued.is_some_and(|g| known(g, GIVEN, &mut buf))
        && !last
            .split([' ', '-'])
            .any(|w| w.chars().count() >= 3 && known(w, SURNAME, &mut buf))
    {
        return false;
    }
    given.len() + last.split(' ').count() <= 8
        && looks_like_name(&format!("{} {last}", given.join(" ")), false)
}

/// True if `w` is one of the [`TITLES`], in any case.
fn title(w: &str) -> bool {
    TITLES.iter().any(|t| w.eq_ignore_ascii_case(t))
}

/// True if `w`, one word, is a capitalised given name or surname of the
/// gazetteer and not a common word of log text (`Karin`, `Eriksson`; not
/// `Premium`, `Sofia`, `karin`): a lone word under a key that may hold a
/// person or anything else (`visitor`, `customer`).
pub(crate) fn known_name_word(w: &str) -> bool {
    // `鈴木大輔`, `王伟`: a family name and a given name in one word.
    if super::script::han_name(w) {
        return true;
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // Capitalised, or of a script without case (Arabic).
    if first.is_lowercase()
        || !w
            .chars()
            .all(|c| c.is_alphabetic() || mark(c) || matches!(c, '-' | '\''))
    {
        return false;
    }
    let mut buf = [0u8; MAX_KEY];
    let Some(k) = key(w.as_bytes(), 0, w.len(), &mut buf) else {
        return false;
    };
    let f = flags(k);
    f & COMMON == 0 && f & (GIVEN | SURNAME | FAMILY_FIRST) != 0 && !NOT_NAME_WORDS.contains(&k)
}

/// True if `w`, a word written the way a login writes it (`karin`,
/// `eriksson`: a lower-case first letter), is a [`known_name_word`] once
/// its first letter is capitalised.
pub(crate) fn known_login_name_word(w: &[u8]) -> bool {
    let mut buf = [0u8; MAX_KEY];
    let Some(cap) = buf.get_mut(..w.len()).filter(|c| !c.is_empty()) else {
        return false;
    };
    cap.copy_from_slice(w);
    cap[0] = cap[0].to_ascii_uppercase();
    std::str::from_utf8(cap).is_ok_and(known_name_word)
}

/// True if `w`, one word of a name a key or binding took, is worth finding
/// again alone in the record's other fields: three letters or more,
/// capitalised or in capitals (or of a script without case), letters with
/// marks, hyphens and apostrophes, and no common word of log text
/// (`Żółkiewska`, `منصور`, `Haddad`; not `Support`, `Will`, `Lê`, `Kö`).
pub(crate) fn echo_part(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_alphabetic() {
            letters += 1;
        } else if !(mark(c) || matches!(c, '-' | '\'' | '’')) {
            return false;
        }
    }
    if letters < 3
        || w.chars()
            .next()
            .is_none_or(|c| c.is_lowercase() || !c.is_alphabetic())
    {
        return false;
    }
    let mut buf = [0u8; MAX_KEY];
    let Some(k) = key(w.as_bytes(), 0, w.len(), &mut buf) else {
        return false;
    };
    flags(k) & COMMON == 0 && !NOT_NAME_WORDS.contains(&k)
}

/// True if `w`, one word, may go on a name that a key has already named:
/// capitalised (or of a script without case), letters with marks, hyphens
/// and apostrophes, not two words glued in camel case, and not a common
/// word of log text unless a name list holds it (`Rahimi`, `Åberg`,
/// `Lefèvre-Dubois`, `Ní`; not `Logged`, `Office`, `DeviceName`).
pub(crate) fn name_part(w: &str) -> bool {
    let Some(first) = w.chars().next() else {
        return false;
    };
    if first.is_lowercase()
        || !first.is_alphabetic()
        || !w
            .chars()
            .all(|c| c.is_alphabetic() || mark(c) || matches!(c, '-' | '\'' | '’'))
        || camel_glued(w)
    {
        return false;
    }
    let mut buf = [0u8; MAX_KEY];
    let Some(k) = key(w.as_bytes(), 0, w.len(), &mut buf) else {
        return false;
    };
    let f = flags(k);
    let named = f & (GIVEN | SURNAME | FAMILY_FIRST) != 0;
    named || (f & COMMON == 0 && !NOT_NAME_WORDS.contains(&k))
}

/// True if `w` is two words glued in camel case (`TelephoneNumber`,
/// `DisplayName`): a capital after four or more lower-case letters. Names
/// glue only short prefixes (`McAllister`, `MacDonald`, `DeVries`,
/// `FitzGerald`).
fn camel_glued(w: &str) -> bool {
    let mut lower = 0;
    for c in w.chars() {
        if c.is_uppercase() {
            if lower >= 5 || (lower == 4 && !w.starts_with("Fitz")) {
                return true;
            }
            lower = 0;
        } else if c.is_lowercase() {
            lower += 1;
        } else {
            lower = 0;
        }
    }
    false
}

/// True if `value`, the whole value of a field bound to person names, is a
/// placeholder a PBX or directory writes where no name is known
/// (`Anonymous`, `Växel`, `Reception`, `Unknown caller`, `Outbound Call`):
/// every word is one that makes a value no name, or a word common in logs
/// that no name list has, and one at least is of the first kind.
pub(crate) fn placeholder(value: &str) -> bool {
    placeholder_words(value, false)
}

/// [`placeholder`], and with `all_common` also a value of words common in
/// logs alone (`support`, `billing`): where a number or an account code
/// goes, such words name a queue or a department.
pub(crate) fn placeholder_words(value: &str, all_common: bool) -> bool {
    if dialler_call_id(value.trim()) {
        return true;
    }
    let mut buf = [0u8; MAX_KEY];
    let mut any = false;
    let mut words = 0;
    // A word in no list (`Elnät`, `Ekonomi-IT`) beside a word that names a
    // function (`Elnät kundtjänst`, `Kortspärr`): a department's line.
    let mut unlisted = false;
    let mut function = false;
    for w in value.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // A number names a room or a line (`Room 101`, `Ext 2`), no one.
        if w.is_empty() || w.bytes().all(|c| c.is_ascii_digit()) {
            continue;
        }
        words += 1;
        let Some(k) = key(w.as_bytes(), 0, w.len(), &mut buf) else {
            return false;
        };
        let f = flags(k);
        if f & (GIVEN | SURNAME | FAMILY_FIRST) != 0 && !NOT_NAME_WORDS.contains(&k) {
            return false;
        }
        // The function is the head of the name, its last word (`Elnät
        // kundtjänst`): a function's word before other words
        // (`Kundtjänst Aroha`) names the person it serves.
        function = function_word(k);
        if function || NOT_NAME_WORDS.contains(&k) {
            any = true;
        } else if f & COMMON == 0 {
            unlisted = true;
        }
    }
    if unlisted {
        return function;
    }
    any || (all_common && words > 0)
}

/// What a company calls a function that answers the phone, as one word or
/// the last part of a compound (`Kortspärr`, `IT-support`, `Elnät
/// kundtjänst`, `Kundenservice`, `Servicedesk`), in Swedish, Norwegian,
/// Danish, Finnish, German, Dutch, English, Spanish and Italian: a caller
/// name a PBX presents for a service line, never a person's name (no name
/// list has a name ending so).
const FUNCTION_ENDS: &[&str] = &[
    "kundtjänst",
    "tjänst",
    "kundservice",
    "kundeservice",
    "kundesenter",
    "spärr",
    "växel",
    "växeln",
    "vaxel",
    "sentralbord",
    "omstilling",
    "asiakaspalvelu",
    "vaihde",
    "kundendienst",
    "kundenservice",
    "zentrale",
    "hotline",
    "klantenservice",
    "support",
    "helpdesk",
    "servicedesk",
    "service",
    "servicio",
    "assistenza",
    "reception",
    "receptionen",
    "callcenter",
    "kontaktcenter",
    "felanmälan",
    "störningsjour",
    "jouren",
];

/// True if the word `k` (a gazetteer key: lower case) is or ends in a
/// word of [`FUNCTION_ENDS`].
fn function_word(k: &str) -> bool {
    FUNCTION_ENDS.iter().any(|e| k.ends_with(e))
}

/// True if `v` is the call id an outbound dialler sets as the caller name
/// to track its call (VICIdial and its forks write `V` or `M`, the month,
/// day and time as ten digits, and the lead's id padded to nine or ten:
/// `V1015123456000012345`): one to three ASCII letters and twelve digits
/// or more, nothing else. No name is written so.
fn dialler_call_id(v: &str) -> bool {
    let b = v.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    (1..=3).contains(&letters)
        && b.len() - letters >= 12
        && b[letters..].iter().all(u8::is_ascii_digit)
}
