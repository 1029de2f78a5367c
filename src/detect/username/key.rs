//! `key=value`: key names whose value is an account or a badge, compared
//! on the key's lower-cased letters, and the value after them.

use super::keyword::value_start;
use super::shape::{plausible, prev_word, take};
use crate::detect::Kind;
use crate::detect::util::{at, is_word};

/// Key names whose value is an account, compared on the lower-cased
/// letters of the key (so `TargetUserName`, `target_user_name`,
/// `actor.alternateId`, `User-Name` and `sasl_username` all count): the
/// name ends in one of these.
const USER_KEY_ENDS: [&[u8]; 94] = [
    // Cisco ASA's `Uname:`, and the account name of localised Windows
    // event text (`Kontoname:`, `Kontonamn:`, `Kontonavn:`,
    // `Accountnaam:`) and of other labels (`Nutzer:`, `identifiant=`).
    b"uname",
    b"kontoname",
    b"kontonamn",
    b"kontonavn",
    b"accountnaam",
    b"nutzer",
    b"identifiant",
    b"utilizador",
    "usuário".as_bytes(),
    b"authid",
    b"authname",
    b"authuser",
    b"xauthuser",
    b"usr",
    b"usrname",
    b"logonname",
    b"requester",
    b"requestor",
    b"reporter",
    b"author",
    b"creator",
    b"submitter",
    b"initiatedby",
    b"performedby",
    b"deletedby",
    b"ownedby",
    b"loginid",
    // OpenID Connect's `login_hint` (RFC 9101, OIDC Core 3.1.2.1): the
    // account the user signs in as, in every authorize URL an identity
    // provider, proxy or web server logs.
    b"loginhint",
    b"user",
    b"username",
    b"userid",
    b"login",
    b"loginname",
    b"logname",
    b"account",
    b"accountname",
    b"principal",
    b"principalname",
    b"upn",
    b"owner",
    b"actor",
    b"assignee",
    b"alternateid",
    b"identity",
    b"uid",
    b"changedby",
    b"createdby",
    b"modifiedby",
    b"updatedby",
    b"requestedby",
    b"approvedby",
    // Other European languages, as their products write a label: user,
    // user name, owner and the officer handling a case. Non-ASCII letters
    // are compared as their lower-cased UTF-8 bytes.
    "användare".as_bytes(),
    "användarnamn".as_bytes(),
    "användarid".as_bytes(),
    "handläggare".as_bytes(),
    "ägare".as_bytes(),
    b"bruker",
    b"brukernavn",
    b"brukarnamn",
    b"bruger",
    b"brugernavn",
    b"brugerid",
    b"saksbehandler",
    b"sagsbehandler",
    "käyttäjä".as_bytes(),
    "käyttäjänimi".as_bytes(),
    "käyttäjätunnus".as_bytes(),
    "käsittelijä".as_bytes(),
    b"benutzer",
    b"benutzername",
    b"benutzerkonto",
    b"benutzerid",
    b"anmeldename",
    b"bearbeiter",
    b"sachbearbeiter",
    b"notandi",
    b"notandanafn",
    b"gebruiker",
    b"gebruikersnaam",
    b"behandelaar",
    b"utilisateur",
    "identifiantutilisateur".as_bytes(),
    b"usuario",
    b"nombredeusuario",
    b"utente",
    b"nomeutente",
    "użytkownik".as_bytes(),
    b"uzytkownik",
    "anvandare".as_bytes(),
    "kayttaja".as_bytes(),
    // Windows' `Account Name:` and `User Name:` labels in Turkish, Czech
    // and Hungarian event text (`Hesap Adı:`, `Kullanıcı Adı:`, `Název
    // účtu:`, `Fiók neve:`), read as one two-word key.
    "hesapadı".as_bytes(),
    "kullanıcıadı".as_bytes(),
    "názevúčtu".as_bytes(),
    "fiókneve".as_bytes(),
];

/// Key names that end like an account key but are not one.
const NOT_USER_KEY_ENDS: [&[u8]; 3] = [b"uuid", b"guid", b"useruid"];

/// True if a field named `key` holds an account name, in any spelling
/// (camelCase, snake_case, dotted and dashed paths, any case). The shared
/// vocabulary for free text and for key-aware detection in structured
/// formats ([`crate::detect::is_username_key`]).
pub(crate) fn user_key(key: &[u8]) -> bool {
    if !user_key_last(key) {
        return false;
    }
    let mut buf = [0u8; 48];
    user_key_letters(key_letters(key, &mut buf))
}

/// The cheap first test of [`user_key`]: every name ends in one of these
/// letters; most keys are rejected here.
fn user_key_last(key: &[u8]) -> bool {
    let last = key
        .iter()
        .rev()
        .find(|&&c| c.is_ascii_alphanumeric() || c >= 0x80);
    matches!(
        last.map(u8::to_ascii_lowercase),
        Some(
            b'r' | b'e' | b'd' | b'n' | b't' | b'l' | b'y' | b'i' | b'o' | b'k' | b'm' | b'u' | 0x80
                ..=0xFF
        )
    )
}

/// The rest of [`user_key`], on the key's letters ([`key_letters`]).
fn user_key_letters(k: &[u8]) -> bool {
    USER_ENDS.any_end(k) && !NOT_USER_KEY_ENDS.iter().any(|e| k.ends_with(e))
}

/// [`USER_KEY_ENDS`] bucketed by their last two bytes, so a key is compared
/// with the few names that end like it rather than with all 80 (a JSON
/// record asks about 8 keys: this was 15% of the json pack's instructions).
static USER_ENDS: std::sync::LazyLock<Ends> =
    std::sync::LazyLock::new(|| Ends::new(&USER_KEY_ENDS));

/// Suffixes of at least two bytes, bucketed by a hash of their last two.
struct Ends {
    /// Bucket `h` is `ends[at[h]..at[h + 1]]`.
    at: [u16; 257],
    ends: Vec<&'static [u8]>,
}

impl Ends {
    fn bucket(last2: &[u8]) -> usize {
        (usize::from(last2[1]).wrapping_mul(31) ^ usize::from(last2[0])) & 0xFF
    }

    fn new(set: &[&'static [u8]]) -> Ends {
        assert!(set.iter().all(|e| e.len() >= 2));
        let mut ends = set.to_vec();
        ends.sort_by_key(|e| Self::bucket(&e[e.len() - 2..]));
        let mut at = [0u16; 257];
        for (h, slot) in at.iter_mut().enumerate() {
            *slot = ends
                .iter()
                .take_while(|e| Self::bucket(&e[e.len() - 2..]) < h)
                .count() as u16;
        }
        Ends { at, ends }
    }

    /// True if `k` ends in one of the suffixes: `set.iter().any(|e| k.ends_with(e))`.
    fn any_end(&self, k: &[u8]) -> bool {
        if k.len() < 2 {
            return false;
        }
        let h = Self::bucket(&k[k.len() - 2..]);
        self.ends[usize::from(self.at[h])..usize::from(self.at[h + 1])]
            .iter()
            .any(|e| k.ends_with(e))
    }
}

/// Key names whose value is a badge or card code of an access-control
/// system, compared like [`user_key`]: the name contains `badge`, or ends
/// in one of these.
const BADGE_KEY_ENDS: [&[u8]; 18] = [
    b"card",
    b"cardno",
    b"cardnr",
    b"cardnum",
    b"cardnumber",
    b"cardid",
    b"cardcode",
    b"kort",
    b"kortnr",
    b"kortnummer",
    b"kortid",
    b"credentialid",
    b"ausweisnr",
    b"ausweisnummer",
    b"kartennr",
    b"kartennummer",
    b"transpondernr",
    b"transpondernummer",
];

/// Key names that end like a badge key but name something else.
const NOT_BADGE_KEYS: [&[u8]; 4] = [b"creditcard", b"wildcard", b"giftcard", b"simcard"];

/// The bare word for a card where it also names a map or an adapter
/// (Latvian and German `karte`, French `carte`, Polish, Czech and Slovak
/// `karta`, Dutch and Estonian `kaart`, Spanish `tarjeta`, Italian
/// `tessera`, Portuguese `cartão`, Hungarian `kártya`, Lithuanian
/// `kortelė`, Croatian `kartica`, Turkish `kart`, Indonesian `kartu`,
/// Russian and Bulgarian `карта`), as [`key_letters`] spells it: a whole
/// key only, and a badge only by its value's card shape.
const CARD_WORDS: [&[u8]; 15] = [
    b"karte",
    b"carte",
    b"karta",
    b"kaart",
    b"tarjeta",
    b"tessera",
    "cartão".as_bytes(),
    "kártya".as_bytes(),
    "kortelė".as_bytes(),
    b"kartica",
    b"kart",
    b"kartu",
    "карта".as_bytes(),
    "Карта".as_bytes(),
    "КАРТА".as_bytes(),
];

/// True if a field named `key` holds a badge or card code, in any
/// spelling (`badge`, `badgeId`, `card_no`, `CardNumber`, `kortnr`).
/// Takes the key's letters ([`key_letters`]).
fn badge_key(k: &[u8]) -> bool {
    (k.windows(5).any(|w| w == b"badge") || BADGE_KEY_ENDS.iter().any(|e| k.ends_with(e)))
        && !NOT_BADGE_KEYS
            .iter()
            .any(|e| k.windows(e.len()).any(|w| w == *e))
}

/// The lower-cased letters of a key name (the last 48), without `_`, `-`,
/// `.` and spaces, stopping at any other byte from the end. A non-ASCII
/// letter is kept as its UTF-8 bytes, the capitals of Latin-1 (`Ä`, `Ö`,
/// `Å`, `Ø`, `Æ`, `Ü`) lower-cased.
fn key_letters<'a>(key: &[u8], buf: &'a mut [u8; 48]) -> &'a [u8] {
    // Written from the end of `buf` backwards, as the bytes are read, so
    // the letters come out in order without a reversal.
    let mut s = buf.len();
    for &c in key.iter().rev() {
        if c.is_ascii_alphabetic() || c >= 0x80 {
            if s == 0 {
                break;
            }
            s -= 1;
            buf[s] = c.to_ascii_lowercase();
            // Bytes run backwards: the lead `0xC3` comes after its
            // continuation byte, which holds the case.
            if c == 0xC3
                && s + 1 < buf.len()
                && (0x80..=0x9E).contains(&buf[s + 1])
                && buf[s + 1] != 0x97
            {
                buf[s + 1] += 0x20;
            }
        } else if !matches!(c, b'_' | b'-' | b'.' | b' ') {
            break;
        }
    }
    &buf[s..]
}

/// A badge code at `s`, bare or quoted: letters and digits with single
/// `:` or `-` between them (`B123456`, `04A2B3C4D5E6F7`, `123:45678`), at
/// least one digit, 3-32 bytes.
pub(super) fn badge_value(b: &[u8], s: usize) -> Option<(usize, usize)> {
    let q = at(b, s);
    let quoted = q == b'"' || q == b'\'';
    let vs = s + usize::from(quoted);
    let mut e = vs;
    while e - vs <= 32 {
        let c = at(b, e);
        if c.is_ascii_alphanumeric()
            || (matches!(c, b':' | b'-') && e > vs && at(b, e + 1).is_ascii_alphanumeric())
        {
            e += 1;
        } else {
            break;
        }
    }
    let v = &b[vs..e];
    let ok = (3..=32).contains(&v.len())
        && v.iter().any(u8::is_ascii_digit)
        && !is_word(at(b, e))
        && (!quoted || at(b, e) == q);
    ok.then_some((vs, e))
}

/// The key of the member of staff a service desk, contact centre or
/// ticket system names (`agent=kberg`, `assigned_agent: k.berg`): the
/// word `agent` alone or after a word that says whose (`assigned`,
/// `support`, `handling`). Not `user_agent`, `snmp_agent` or `agent_id`,
/// whose letters end otherwise or start with another word.
fn agent_key(letters: &[u8]) -> bool {
    const OWNERS: [&[u8]; 6] = [
        b"",
        b"assigned",
        b"support",
        b"handling",
        b"responsible",
        b"servicedesk",
    ];
    letters
        .strip_suffix(b"agent")
        .is_some_and(|p| OWNERS.contains(&p))
}

/// Roles of field service, dispatch and delivery whose key names the
/// person who did the work (`installer=kberg`, `monteur=`, `fitter=`):
/// compared on the key's letters ([`key_letters`]).
const FIELD_ROLES: [&[u8]; 13] = [
    b"installer",
    b"installateur",
    b"installator",
    b"monteur",
    b"fitter",
    b"engineer",
    b"fieldengineer",
    b"technicien",
    b"techniker",
    b"tekniker",
    b"asentaja",
    b"inspector",
    b"surveyor",
];

/// Roles whose id names the person in it (`driver_id=`, `courierId=`,
/// `agent_id=`, `technicianId=`), as dispatch, delivery, contact-centre
/// and field-service APIs write who did the work; the bare word of some
/// of them names a thing as well (a device `driver`, a parcel `courier`).
const ROLE_IDS: [&[u8]; 14] = [
    b"driver",
    b"rider",
    b"courier",
    b"chauffeur",
    b"fahrer",
    b"agent",
    b"operator",
    b"dispatcher",
    b"technician",
    b"installer",
    b"engineer",
    b"picker",
    b"cashier",
    b"nurse",
];

/// Keys the shared vocabulary takes for an account or a person who acted
/// whose word in free text names something else as often: a carrier
/// (`operator=telia`), a SIP endpoint (`endpoint=pbx01`), a flag
/// (`admin=yes`), a component (`manager=pacemaker`, `handler=default`,
/// `editor=vim`), a DNS alias (`cname=`), a preposition (`by`, `who`);
/// and the operator in the languages whose word names a carrier as
/// English's does (`operador=movistar`, `operatore=tim`).
const NOT_TEXT_KEYS: [&[u8]; 21] = [
    b"operator",
    b"operador",
    b"operatore",
    b"operateur",
    b"operatorius",
    b"cname",
    b"endpoint",
    b"admin",
    b"manager",
    b"handler",
    b"editor",
    b"modifier",
    b"member",
    b"chef",
    b"coordinator",
    b"supervisor",
    b"identity",
    b"principal",
    b"performer",
    b"by",
    b"who",
];

/// True if the shared vocabulary ([`crate::detect::keys::VOCABULARY`])
/// takes a key of these letters, as one word, for an account, a user id
/// or a person who acted (`brukernavn=`, `användarnamn:`, `requester=`,
/// `käsittelijä=`, `tekniker=`), as CDR userfields, case notes and
/// appliance messages write the keys of the structured formats, and the
/// key is none of [`NOT_TEXT_KEYS`].
fn vocabulary_key(letters: &[u8]) -> bool {
    use crate::detect::keys::KeyClass;
    (3..=32).contains(&letters.len())
        && match crate::detect::keys::letters_class(letters) {
            Some(KeyClass::Username | KeyClass::Actor) => true,
            // A user id by its word for an id (`initiatorid`), not a bare
            // word for an identifier of anything (`tunniste`,
            // `identificador`).
            Some(KeyClass::UserId) => letters.ends_with(b"id"),
            _ => false,
        }
        && !NOT_TEXT_KEYS.contains(&letters)
}

/// True if a key's letters name a person by their role: a field role
/// ([`FIELD_ROLES`]) or a role's id ([`ROLE_IDS`] then `id`).
fn role_key(letters: &[u8]) -> bool {
    match letters.strip_suffix(b"id") {
        Some(r) => ROLE_IDS.contains(&r),
        None => FIELD_ROLES.contains(&letters),
    }
}

/// True if the value `b[s..e]` (ending before `after`) under an `agent`
/// key is a person's login rather than software or a machine: `agent`
/// also names a user agent (`agent="curl/8.5.0"`), an SNMP or monitoring
/// agent by its address or host (`agent=192.0.2.7`, `agent=web01`,
/// `agent=node3.example.se`) and agent software (`agent=filebeat`). A
/// login is written in one case, letters (of any Latin alphabet: `sæther.
/// håvard`) with at most `.`, `_` or `-` between parts, and a number at
/// its end (`kberg`, `k.berg`, `ab1234`, `karin_berg`, `KBERG`): three to
/// six digits, or one or two after a name's letters (`signe58`, `bezubi61`
/// of a given name's and a surname's first letters, `anna.ek.7`) but not
/// after a machine's stem (`web01`, `node3`, `sensor12`). A host's name,
/// a `/` or a version after the value, a mixed-case word (`Mozilla`) and
/// the names of agent software are not logins.
fn agent_login(b: &[u8], s: usize, e: usize, after: usize) -> bool {
    let machine = {
        let v = &b[s..e];
        let stem = v.iter().take_while(|c| !c.is_ascii_digit()).count();
        stem < v.len()
            && MACHINE_STEMS
                .iter()
                .any(|w| stem >= w.len() && v[..w.len()].eq_ignore_ascii_case(w))
    };
    (agent_login_caps_or_numbered(b, s, e, after) && !machine)
        || agent_login_by_shape(b, s, e, after)
}

/// [`agent_login`]'s first reading: a login in capitals as
/// consoles write them, name parts with a number part, a name's letters
/// with a short number.
fn agent_login_caps_or_numbered(b: &[u8], s: usize, e: usize, after: usize) -> bool {
    use super::shape::{hostname_like, service_like};
    let v = &b[s..e];
    // `SVAN`, `KBERG2`: a login in capitals, as mainframe, SAP and
    // contact-centre consoles write them; not a placeholder (`NONE`,
    // `N/A`) nor agent software in capitals (`SNMP`).
    if v.first().is_some_and(u8::is_ascii_uppercase) {
        let caps = v.iter().take_while(|c| c.is_ascii_uppercase()).count();
        let lower = v.to_ascii_lowercase();
        return (3..=12).contains(&caps)
            && v.len() - caps <= 4
            && v[caps..].iter().all(u8::is_ascii_digit)
            && !matches!(at(b, after), b'/' | b'@' | b':')
            && plausible(&lower)
            && !service_like(&lower)
            && std::str::from_utf8(&lower).is_ok_and(|l| !crate::detect::keys::not_an_account(l))
            && !SOFTWARE.iter().any(|w| lower.starts_with(w))
            && !CAPS_NOT_AGENTS.contains(&lower.as_slice());
    }
    // `k.berg.7`, `anna_ek_2`: a login of name parts with a number part
    // after them, as directories tell two namesakes apart.
    if numbered_handle(v) && !hostname_like(v) {
        return !matches!(at(b, after), b'/' | b'@' | b':') && plausible(v) && !service_like(v);
    }
    if !(3..=32).contains(&v.len())
        || !v[0].is_ascii_lowercase()
        || !v.iter().all(|&c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
        })
        || matches!(at(b, after), b'/' | b'@' | b':')
        || !plausible(v)
        || service_like(v)
        || hostname_like(v)
    {
        return false;
    }
    // Digits only at the end, three to six of them (`ab1234`), or one or
    // two after a given name or surname (`signe58`) or after five letters
    // or more without a leading zero (`guaxic59`, `pantsa90`, as
    // directories build a login from a name's first letters and a
    // number); not `web01`, `node3` or `server12`.
    let letters = v.iter().take_while(|c| !c.is_ascii_digit()).count();
    let digits = v.len() - letters;
    if digits > 0
        && (!v[letters..].iter().all(u8::is_ascii_digit)
            || digits > 6
            || (digits < 3
                && !crate::detect::name::known_login_name_word(&v[..letters])
                && !numbered_login(&v[..letters], &v[letters..])))
    {
        return false;
    }
    !SOFTWARE.iter().any(|w| v.starts_with(w))
}

/// [`agent_login`]'s second reading: one case of any
/// Latin alphabet, a number after a name's parts or five letters and more
/// that are not a machine's stem.
fn agent_login_by_shape(b: &[u8], s: usize, e: usize, after: usize) -> bool {
    use super::shape::{hostname_like, service_like};
    let raw = &b[s..e];
    if !(3..=32).contains(&raw.len()) || matches!(at(b, after), b'/' | b'@' | b':') {
        return false;
    }
    let Ok(text) = std::str::from_utf8(raw) else {
        return false;
    };
    let mut upper = false;
    let mut lower = false;
    for c in text.chars() {
        if c.is_uppercase() {
            upper = true;
        } else if c.is_lowercase() {
            lower = true;
        } else if !(c.is_ascii_digit() || matches!(c, '.' | '_' | '-')) {
            return false;
        }
    }
    // One case only: an all-capitals login (`KBERG`, as mainframe, IBM i
    // and contact-centre systems write them) is read in lower case; a
    // capitalised or mixed word is a name's or a product's.
    let mut buf = [0u8; 32];
    let v: &[u8] = if upper {
        let letters = raw.iter().filter(|c| c.is_ascii_uppercase()).count();
        if lower || letters < 5 || !raw.is_ascii() {
            return false;
        }
        buf[..raw.len()].copy_from_slice(raw);
        buf[..raw.len()].make_ascii_lowercase();
        &buf[..raw.len()]
    } else {
        raw
    };
    let first = text.chars().next().is_some_and(char::is_alphabetic);
    if !first || !plausible(v) || service_like(v) || hostname_like(v) {
        return false;
    }
    let letters = v.iter().take_while(|c| !c.is_ascii_digit()).count();
    let digits = v.len() - letters;
    if digits > 0 {
        let stem = &v[..letters];
        let word_letters = stem
            .iter()
            .filter(|c| !matches!(c, b'.' | b'_' | b'-'))
            .count();
        // `anna.ek.7`: a number after a name's parts and a separator.
        let parted = matches!(stem.last(), Some(b'.' | b'_' | b'-'))
            && stem[..letters - 1]
                .iter()
                .any(|c| matches!(c, b'.' | b'_' | b'-'));
        let short_ok = crate::detect::name::known_login_name_word(stem)
            || parted
            || (word_letters >= 5 && !MACHINE_STEMS.iter().any(|w| stem.starts_with(w)));
        if !v[letters..].iter().all(u8::is_ascii_digit) || digits > 6 || (digits < 3 && !short_ok) {
            return false;
        }
    }
    !SOFTWARE.iter().any(|w| v.starts_with(w))
}

/// Agent software that an `agent` key names (`agent=filebeat`).
const SOFTWARE: [&[u8]; 31] = [
    b"filebeat",
    b"winlogbeat",
    b"metricbeat",
    b"auditbeat",
    b"nxlog",
    b"fluentd",
    b"fluentbit",
    b"telegraf",
    b"datadog",
    b"splunkforwarder",
    b"zabbix",
    b"ossec",
    b"wazuh",
    b"osquery",
    b"puppet",
    b"chef",
    b"salt",
    b"ansible",
    b"jenkins",
    b"mozilla",
    b"curl",
    b"wget",
    b"unknown",
    b"none",
    b"proxy",
    b"gateway",
    b"localhost",
    b"collector",
    b"master",
    b"worker",
    b"primary",
];

/// Words in capitals under an `agent` key that name no one: a protocol,
/// a state or a placeholder (`agent=SNMP`, `agent=IDLE`).
const CAPS_NOT_AGENTS: [&[u8]; 8] = [
    b"snmp", b"idle", b"auto", b"ivr", b"queue", b"acd", b"bot", b"dialer",
];

/// Two or three name parts of lower-case letters joined by `.`, `_` or
/// `-`, then one more part of one to three digits (`k.berg.7`,
/// `anna_ek_2`, `orjan.nystrom.12`).
fn numbered_handle(v: &[u8]) -> bool {
    let parts: Vec<&[u8]> = v.split(|&c| matches!(c, b'.' | b'_' | b'-')).collect();
    let Some((num, names)) = parts.split_last() else {
        return false;
    };
    (2..=3).contains(&names.len())
        && (1..=3).contains(&num.len())
        && num.iter().all(u8::is_ascii_digit)
        && names[0].len() >= 2
        && names
            .iter()
            .all(|p| !p.is_empty() && p.iter().all(u8::is_ascii_lowercase))
}

/// A login of five to twelve lower-case letters and one or two digits
/// not starting with `0`, as directories number the logins they build
/// from a name (`guaxic59`, `frkass86`); a host is numbered from `01`
/// and named by its role (`server12`, `worker3`, `backup2`).
fn numbered_login(letters: &[u8], digits: &[u8]) -> bool {
    const HOSTS: [&[u8]; 16] = [
        b"server", b"worker", b"master", b"backup", b"client", b"router", b"switch", b"sensor",
        b"relay", b"probe", b"cluster", b"runner", b"agent", b"proxy", b"build", b"docker",
    ];
    (5..=12).contains(&letters.len())
        && digits.first().is_some_and(|&d| d != b'0')
        && letters.iter().all(u8::is_ascii_lowercase)
        && !HOSTS.iter().any(|h| letters.starts_with(h))
}

/// The stems machines, sensors and software are numbered after (`web01`,
/// `sensor12`, `python3`, `iphone12`): a short number after them names no
/// one's login under an `agent` key.
const MACHINE_STEMS: [&[u8]; 40] = [
    b"server",
    b"host",
    b"node",
    b"sensor",
    b"probe",
    b"agent",
    b"client",
    b"router",
    b"switch",
    b"printer",
    b"kiosk",
    b"laptop",
    b"desktop",
    b"station",
    b"terminal",
    b"device",
    b"mail",
    b"proxy",
    b"backup",
    b"monitor",
    b"nagios",
    b"linux",
    b"ubuntu",
    b"debian",
    b"centos",
    b"windows",
    b"python",
    b"java",
    b"dotnet",
    b"iphone",
    b"android",
    b"chrome",
    b"firefox",
    b"safari",
    b"opera",
    b"edge",
    b"test",
    b"stage",
    b"cluster",
    b"relay",
];

/// A `key=value` (or `key: value`, `"key": "value"`) whose key, ending
/// with the word `b[i..j]`, names an account or a badge. The cheap test
/// [`key_follows`] has passed.
pub(crate) fn key_value(b: &[u8], i: usize, j: usize) -> Option<(usize, usize, Kind)> {
    if common_non_key(&b[i..j]) {
        return None;
    }
    let vs = value_start(b, j)?;
    let mut ks = i;
    while ks > 0 && i - ks < 40 && key_byte(b[ks - 1]) {
        ks -= 1;
    }
    // `;user=phone` is a SIP URI parameter (RFC 3261 19.1.1), not an
    // account; other pairs after `;` are a `key=value;` list's (a CDR's
    // userfield, `lead=4711;agent=kberg`; a cookie, `a=1;username=kberg`).
    if ks > 0 && b[ks - 1] == b';' && b[ks..j].eq_ignore_ascii_case(b"user") {
        return None;
    }
    // A segment of a colon path is no label
    // (`system:serviceaccount:kube-system:default`).
    if ks > 0 && b[ks - 1] == b':' && at(b, j) == b':' {
        return None;
    }
    let key = &b[ks..j];
    // Only the DN's first RDN names its entry (`cn=users,cn=accounts`
    // is a FreeIPA container).
    if key.eq_ignore_ascii_case(b"cn") && !(ks > 0 && b[ks - 1] == b',') {
        let (s, e) = super::dn::dn_login(b, vs)?;
        return Some((s, e, Kind::Username));
    }
    // The key's letters, read once for the account, badge and name tests.
    let mut buf = [0u8; 48];
    let letters = key_letters(key, &mut buf);
    let user = user_key_last(key) && user_key_letters(letters);
    // A label of two words (`User Name:`, `Logon Name:`): the pair read as
    // one key, when the last word alone names no account.
    if !user && ks > 1 && b[ks - 1] == b' ' && at(b, j) == b':' {
        let mut ks2 = ks - 1;
        while ks2 > 0
            && ks - 1 - ks2 < 20
            && (b[ks2 - 1].is_ascii_alphabetic() || b[ks2 - 1] >= 0x80)
        {
            ks2 -= 1;
        }
        let first = at(b, ks2);
        let word_start = ks2 == 0 || matches!(b[ks2 - 1], b' ' | b'\t' | b',' | b';' | b'(');
        if ks2 < ks - 1 && word_start && first.is_ascii_uppercase() && user_key(&b[ks2..j]) {
            let (s, e, _) = take(b, vs)?;
            if let Some(leaf) = canonical_leaf(b, s, e) {
                return leaf;
            }
            let (s, e) = without_domain(b, s, e);
            return Some((s, e, Kind::Username));
        }
    }
    // Windows event text: `Account Name:\t\talice`.
    let named = key.eq_ignore_ascii_case(b"name") && {
        let pw = prev_word(b, ks);
        pw.eq_ignore_ascii_case(b"account") || pw.eq_ignore_ascii_case(b"user")
    };
    if named || user {
        let Some((s, e, _)) = take(b, vs) else {
            // `src_user_name:"Niloufar Karimi (NKARIMI)"`.
            let (s, e) = super::keyword::login_in_display(b, vs)?;
            return Some((s, e, Kind::Username));
        };
        if let Some(leaf) = canonical_leaf(b, s, e) {
            return leaf;
        }
        let (s, e) = without_domain(b, s, e);
        return Some((s, e, Kind::Username));
    }
    if agent_key(letters) {
        let (s, e, after) = take(b, vs)?;
        return agent_login(b, s, e, after).then_some((s, e, Kind::Username));
    }
    // Whose account it is glued to an account word (`studentkonto=`,
    // `elevkonto:`, `adKonto=`), or the person who did the work by role
    // (`installer=`, `monteur=`, `driver_id=`, `technicianId=`): a value
    // shaped like a login, never digits alone (`kontonummer`-like).
    if crate::detect::keys::account_compound(letters)
        || role_key(letters)
        || vocabulary_key(letters)
    {
        let (s, e) = super::role::staff_value(b, j)?;
        // `certcn=vpn.example.se`: a host under an account's key.
        if super::shape::hostname_like(&b[s..e]) {
            return None;
        }
        let letters = b[s..e]
            .iter()
            .take_while(|c| c.is_ascii_lowercase())
            .count();
        let tool =
            std::str::from_utf8(&b[s..s + letters]).is_ok_and(crate::detect::keys::component);
        return (!tool).then_some((s, e, Kind::Username));
    }
    if badge_key(letters) {
        // Past the reader's card format: `Card: 26-bit 12:3456`.
        let (s, e) = badge_value(b, crate::detect::badge::past_format(b, vs))?;
        return Some((s, e, Kind::Badge));
    }
    if CARD_WORDS.contains(&letters) {
        // `karte=HID842040`, but not `karte=Nordeuropa`, `carte=eth0`.
        let (s, e) = badge_value(b, vs)?;
        return crate::detect::badge::card(&b[s..e]).then_some((s, e, Kind::Badge));
    }
    if name_key(key, letters) {
        // `"lastName":"Dąbrowski"`, also as JSON escaped inside a string
        // (`\"lastName\":\"de Vries\"`): the value up to its quote.
        // Quoted, the whole value up to its quote: `holder="Åberg, Leyla"`.
        let (s, mut e) = match at(b, vs) {
            q @ (b'"' | b'\'') => {
                let n = b[vs + 1..].iter().take(256).position(|&c| c == q)?;
                (vs + 1, vs + 1 + n)
            }
            _ => {
                let (s, e, _) = take(b, vs)?;
                let e = surname_comma_given(b, e).unwrap_or_else(|| more_name_words(b, e));
                (s, e)
            }
        };
        while e > s && b[e - 1] == b'\\' {
            e -= 1;
        }
        let v = std::str::from_utf8(&b[s..e]).ok()?;
        return crate::detect::name::looks_like_name(v, false).then_some((s, e, Kind::PersonName));
    }
    None
}

/// The end of an unquoted name under a name key that goes on past its
/// first word, `e`: `displayName=Farhad Rahimi;givenName=Farhad`,
/// `holder=Leyla Åberg device=ws-12`. Each further word is one space on
/// and may go on a name ([`name_part`](crate::detect::name::name_part));
/// at most three more. The name ends where the value visibly does (a
/// delimiter, the line's end, the next `key=`, or a lower-case word that
/// goes on the sentence): `displayName=Farhad Rahimi Logged on` gives no
/// such end, and only the first word is taken, as before.
fn more_name_words(b: &[u8], e: usize) -> usize {
    let mut best = e;
    let mut n = e;
    for _ in 0..3 {
        if at(b, n) != b' ' {
            break;
        }
        let s = n + 1;
        let mut k = s;
        while k < b.len()
            && k - s < 40
            && !matches!(
                b[k],
                b' ' | b'\t' | b',' | b';' | b'"' | b')' | b']' | b'|' | b'=' | b':'
            )
        {
            k += 1;
        }
        if k == s || matches!(at(b, k), b'=' | b':') {
            break;
        }
        match std::str::from_utf8(&b[s..k]) {
            Ok(w) if crate::detect::name::name_part(w) => n = k,
            _ => break,
        }
        if value_ends(b, n) {
            best = n;
        }
    }
    best
}

/// True if an unquoted value visibly ends at `n`: a delimiter or the end
/// of the line, two spaces, the next `key=` or `key:`, or a lower-case
/// word.
fn value_ends(b: &[u8], n: usize) -> bool {
    match b.get(n) {
        None => true,
        Some(b'\t' | b'\r' | b'\n' | b',' | b';' | b'"' | b')' | b']' | b'|') => true,
        Some(b' ') => {
            let s = n + 1;
            match b.get(s) {
                None | Some(b' ') => true,
                Some(c) if c.is_ascii_lowercase() => true,
                Some(_) => {
                    let mut k = s;
                    while k < b.len()
                        && k - s < 40
                        && (is_word(b[k]) || matches!(b[k], b'.' | b'-'))
                    {
                        k += 1;
                    }
                    k > s && matches!(at(b, k), b'=' | b':')
                }
            }
        }
        _ => false,
    }
}

/// The end of the given name after an unquoted surname that ends at `e`
/// under a name key: `Cardholder: Ekström, Kjell Badge: B893785` (a
/// directory's `Last, First`). One capitalised word after `, `, ended by
/// a space, `,`, `;` or the end, never glued to a key's `=` or `:`.
fn surname_comma_given(b: &[u8], e: usize) -> Option<usize> {
    if !b[e..].starts_with(b", ") {
        return None;
    }
    let s = e + 2;
    let w = std::str::from_utf8(&b[s..b.len().min(s + 64)])
        .ok()
        .or_else(|| {
            // Cut inside a char: read what is valid.
            let mut n = b.len().min(s + 64);
            while n > s && std::str::from_utf8(&b[s..n]).is_err() {
                n -= 1;
            }
            std::str::from_utf8(&b[s..n]).ok()
        })?;
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let len = w
        .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .unwrap_or(w.len());
    let rest = &w[len..];
    let ends = rest.is_empty() || rest.starts_with([' ', ',', ';', '\t']);
    (len >= 2 && ends && !rest.starts_with(" (")).then_some(s + len)
}

/// The leaf of a directory's canonical name under an account key:
/// `corp.example.se/Users/Karin Ek`, `example.local/Staff/Göteborg/k.ek`
/// (Windows' `Fully Qualified Account Name:`, AD's `canonicalName`). The
/// value taken, `b[s..e]`, is the DNS domain, and a `/` follows; the leaf
/// after the last `/` names the account's holder (a person's name) or the
/// account. It ends at a tab, a line end, two spaces, a quote, `,` or `;`.
/// A computer's leaf (`PC-0042$`, under `Computers`) is no one's: then
/// `Some(None)`, and nothing of the value is taken.
fn canonical_leaf(b: &[u8], s: usize, e: usize) -> Option<Option<(usize, usize, Kind)>> {
    let domain = &b[s..e];
    let tld = domain.rsplit(|&c| c == b'.').next().unwrap_or(&[]);
    let dns = domain.contains(&b'.')
        && tld.len() >= 2
        && tld.iter().all(u8::is_ascii_alphabetic)
        && domain
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'));
    if at(b, e) != b'/' || !dns {
        return None;
    }
    let mut seg = e + 1;
    let mut parent = e + 1..e + 1;
    let mut p = e + 1;
    while p < b.len() && p - e <= 256 {
        match b[p] {
            b'/' => {
                parent = seg..p;
                seg = p + 1;
            }
            b'\t' | b'\r' | b'\n' | b'"' | b',' | b';' => break,
            b' ' if at(b, p + 1) == b' ' => break,
            _ => {}
        }
        p += 1;
    }
    if seg == e + 1 || p - seg > 64 {
        return Some(None);
    }
    let (ls, le) = (seg, p);
    let mut le = le;
    while le > ls && b[le - 1] == b' ' {
        le -= 1;
    }
    let Ok(leaf) = std::str::from_utf8(&b[ls..le]) else {
        return Some(None);
    };
    let up = &b[parent];
    if leaf.is_empty()
        || leaf.ends_with('$')
        || up.eq_ignore_ascii_case(b"computers")
        || up.eq_ignore_ascii_case(b"domain controllers")
    {
        return Some(None);
    }
    let name = crate::detect::name::looks_like_name(leaf, false);
    Some(match leaf.contains(' ') {
        true => name.then_some((ls, le, Kind::PersonName)),
        false => plausible(leaf.as_bytes()).then_some((ls, le, Kind::Username)),
    })
}

/// A byte of a key name: ASCII letters and digits, `_`, `-`, `.`, and the
/// bytes of non-ASCII letters (`Handläggare`, `käyttäjä`).
#[inline]
fn key_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.') || c >= 0x80
}

/// True if a key in free text names a person's name: it ends in `name`
/// and the shared vocabulary says so (`firstName`, `last_name`,
/// `displayName`, not `hostname`), or in `holder`.
fn name_key(key: &[u8], k: &[u8]) -> bool {
    if !(k.ends_with(b"name") || k.ends_with(b"holder")) {
        return false;
    }
    let person = |w: &[u8]| {
        crate::detect::keys::classify_word(w) == Some(crate::detect::keys::KeyClass::PersonName)
    };
    if person(key) {
        return true;
    }
    // A qualified name key (`previous_first_name`, `updated_last_name`,
    // `newDisplayName`): its last two words decide.
    let mut words = 0;
    for p in (1..key.len()).rev() {
        let (c, d) = (key[p - 1], key[p]);
        if matches!(c, b'_' | b'-' | b'.') || (c.is_ascii_lowercase() && d.is_ascii_uppercase()) {
            words += 1;
            if words == 2 {
                return person(&key[p..]);
            }
        }
    }
    false
}

/// The account of a value `DOMAIN\user` or `DOMAIN\\user` (a NetBIOS
/// domain in capitals), or the value as it is.
pub(super) fn without_domain(b: &[u8], s: usize, e: usize) -> (usize, usize) {
    let v = &b[s..e];
    let Some(k) = v.iter().position(|&c| c == b'\\') else {
        return (s, e);
    };
    let domain = &v[..k];
    let user = v.iter().rposition(|&c| c == b'\\').map_or(e, |r| s + r + 1);
    let netbios = !domain.is_empty()
        && domain
            .iter()
            .all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-' || c == b'.');
    if netbios && user < e && plausible(&b[user..e]) {
        (user, e)
    } else {
        (s, e)
    }
}

/// True if the word ending at `j` may be a key: a separator follows and
/// its last letter is one that an account or badge key ends with. Checked for
/// every letter word, so it reads at most three bytes.
#[inline(always)]
pub(crate) fn key_follows(b: &[u8], j: usize) -> bool {
    let nx = at(b, j);
    (matches!(nx, b'=' | b':' | b'"')
        || (nx == b' ' && at(b, j + 1) == b'=')
        // JSON escaped inside a string: `\"lastName\":\"...`.
        || (nx == b'\\' && at(b, j + 1) == b'"'))
        && j >= 2
        && (key_end_shaped(b[j - 2], b[j - 1]) || b[j - 1] >= 0x80 || b[j - 2] >= 0x80)
}

/// True if a key word ending in these two bytes may name an account or a
/// badge: the last two letters of every name in [`USER_KEY_ENDS`] and
/// [`BADGE_KEY_ENDS`], and of `badge`. `port` and `time` (`srcport=`,
/// `time=`, the commonest keys that end alike) are left out here.
#[inline(always)]
fn key_end_shaped(a: u8, z: u8) -> bool {
    const PAIRS: [[u8; 2]; 39] = [
        *b"sr", *b"er", *b"me", *b"id", *b"in", *b"nt", *b"al", *b"pn", *b"or", *b"ee", *b"ty",
        *b"by", *b"rd", *b"no", *b"nr", *b"um", *b"rt", *b"ge", *b"de", *b"re", *b"ar", *b"io",
        *b"di", *b"ik", *b"am", *b"vn", *b"mn", *b"fn", *b"ja", *b"to",
        // A distinguished name's `CN=` ([`super::dn::dn_login`]), and
        // Czech's and Hungarian's account labels (`Název účtu:`, `Fiók
        // neve:`).
        *b"cn", *b"tu", *b"ve",
        // The bare words for a card ([`CARD_WORDS`]: `karte`, `karta`,
        // `tessera`, `kártya`, `kartica`).
        *b"te", *b"ta", *b"ra", *b"ya", *b"ca",
        // The field roles that end so ([`FIELD_ROLES`]: `monteur`,
        // `installateur`).
        *b"ur",
    ];
    let pair = [a | 0x20, z | 0x20];
    PAIRS.contains(&pair)
}

/// True if the key word `w` is one of the common keys that
/// [`key_end_shaped`] lets through but that never name an account.
#[inline]
fn common_non_key(w: &[u8]) -> bool {
    let ends = |k: &[u8]| w.len() >= k.len() && w[w.len() - k.len()..].eq_ignore_ascii_case(k);
    ends(b"port") || w.eq_ignore_ascii_case(b"time") || w.eq_ignore_ascii_case(b"devname")
}

#[cfg(test)]
mod ends_tests {
    use super::*;

    #[test]
    fn every_card_word_reaches_the_key_reader() {
        for w in CARD_WORDS {
            let line = [w, b"=HID551203".as_slice()].concat();
            assert!(
                key_follows(&line, w.len()),
                "{}",
                String::from_utf8_lossy(w)
            );
            assert_eq!(
                key_value(&line, 0, w.len()),
                Some((w.len() + 1, line.len(), Kind::Badge)),
                "{}",
                String::from_utf8_lossy(w)
            );
            // A map's or an adapter's name under the same word stays.
            let line = [w, b"=Nordeuropa".as_slice()].concat();
            assert_eq!(key_value(&line, 0, w.len()), None);
        }
    }

    #[test]
    fn bucketed_ends_answer_as_the_plain_list() {
        let mut keys: Vec<Vec<u8>> = USER_KEY_ENDS.iter().map(|e| e.to_vec()).collect();
        for e in USER_KEY_ENDS.iter().chain(NOT_USER_KEY_ENDS.iter()) {
            for cut in 0..e.len() {
                keys.push(e[cut..].to_vec());
                keys.push([b"x".as_slice(), &e[cut..]].concat());
                keys.push(e[..cut].to_vec());
            }
        }
        keys.extend([
            b"".to_vec(),
            b"r".to_vec(),
            b"host".to_vec(),
            b"duration".to_vec(),
        ]);
        for k in &keys {
            assert_eq!(
                USER_ENDS.any_end(k),
                USER_KEY_ENDS.iter().any(|e| k.ends_with(e)),
                "{}",
                String::from_utf8_lossy(k)
            );
        }
    }

    /// `key_letters` as it was written first (letters pushed forwards, then
    /// reversed): the oracle for the version that fills from the end.
    fn key_letters_reversed(key: &[u8]) -> Vec<u8> {
        let mut buf = Vec::new();
        for &c in key.iter().rev() {
            if c.is_ascii_alphabetic() || c >= 0x80 {
                if buf.len() == 48 {
                    break;
                }
                buf.push(c.to_ascii_lowercase());
                let n = buf.len() - 1;
                if c == 0xC3 && n > 0 && (0x80..=0x9E).contains(&buf[n - 1]) && buf[n - 1] != 0x97 {
                    buf[n - 1] += 0x20;
                }
            } else if !matches!(c, b'_' | b'-' | b'.' | b' ') {
                break;
            }
        }
        buf.reverse();
        buf
    }

    #[test]
    fn key_letters_answer_as_the_reversing_loop() {
        let mut keys: Vec<Vec<u8>> = [
            "",
            "user",
            "User_Name",
            "x=first.Name",
            "ÄGARE",
            "Användare",
            "ÖÅØÆÜ×",
            "a1b",
            "caf\u{e9}",
            "kayttaja-tunnus nimi",
            "\u{c3}",
            "\u{c3}\u{97}",
        ]
        .iter()
        .map(|k| k.as_bytes().to_vec())
        .collect();
        keys.push("Ab_".repeat(40).into_bytes());
        keys.push("ÄÖ".repeat(30).into_bytes());
        let mut x: u32 = 0x2545_F491;
        for _ in 0..20_000 {
            let mut k = Vec::new();
            for _ in 0..(x % 60) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                let pool = b"aZ_-. =1\xc3\x84\x96\x97\x9e\x9f\xa5";
                k.push(pool[(x % pool.len() as u32) as usize]);
            }
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            keys.push(k);
        }
        for k in &keys {
            let mut buf = [0u8; 48];
            assert_eq!(
                key_letters(k, &mut buf),
                key_letters_reversed(k).as_slice(),
                "{k:?}"
            );
        }
    }
}
