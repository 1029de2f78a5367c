//! What a key's evidence says to do with its value ([`evidence`]): the
//! category's own validator checks the value; [`unkeyed`] for values with
//! no key that says what they are.

use super::accounts::{person_kind, username_kind, uuid_like};
use super::classes::KeyClass;
use super::classes::KeyClass::*;
use crate::detect::name::looks_like_name;
use crate::detect::{Kind, email, idnum, imei, ip, mac, phone};

/// The range of the one item of a value written as a JSON list in a
/// string (`["0701740683"]`, as Azure AD writes old and new values), or
/// the whole value.
pub fn listed(value: &str) -> std::ops::Range<usize> {
    let t = value.trim();
    let s = value.len() - value.trim_start().len();
    match t.strip_prefix("[\"").and_then(|r| r.strip_suffix("\"]")) {
        Some(inner) if !inner.contains('"') => s + 2..s + 2 + inner.len(),
        _ => 0..value.len(),
    }
}

/// The range of `value` that [`evidence`] replaces: [`listed`], and
/// within it the account after an identity provider's prefix
/// (`oidc:k.berg`, `auth0|5f3a...`), which no validator takes whole.
pub fn replaced(value: &str) -> std::ops::Range<usize> {
    let r = listed(value);
    let v = &value[r.clone()];
    let t = v.trim();
    let s = r.start + (v.len() - v.trim_start().len());
    match super::siblings::provider_account(t) {
        Some(off) => s + off..s + t.len(),
        None => r,
    }
}

/// What a key's evidence says to do with its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// The whole (trimmed) value is personal data of this kind.
    Replace(Kind),
    /// The value is a machine number: leave it, run no detector over it.
    Keep,
    /// No conclusion: run the free-text detectors over the value.
    Scan,
}

/// Decides a value under a key of class `class`. `year` is the current
/// year (for the century of a 10-digit personnummer).
pub fn evidence(class: KeyClass, value: &str, year: u32) -> Evidence {
    let v = value[listed(value)].trim();
    if v.is_empty() || matches!(v, "null" | "true" | "false") {
        return Evidence::Scan;
    }
    // A workload's identity under a key that may hold an address (an IAM
    // binding's `member`, `serviceAccount:deploy@p-1.iam.gserviceaccount.com`):
    // no person's.
    if matches!(
        class,
        Username | UserId | Email | Person | Actor | PersonName | Name | Party
    ) && email::machine_identity(v)
    {
        return Evidence::Keep;
    }
    // A file's name under a name key (`"display_name":"Budget export.xlsx"`
    // of a file asset in Dropbox, Box, Google Drive or SharePoint audit
    // logs) names a document, not a person: the text detectors decide, and
    // still find a name written in it (`CV Karin Berg.pdf`).
    if matches!(class, PersonName | Name) && file_name(v) {
        return Evidence::Scan;
    }
    // An AWS access key id or unique id (`AKIA...`, `ASIA...`, `AIDA...`)
    // under an object store's or CloudTrail's `accessKeyId`: a
    // credential's id, no login, kept as the SIEM correlates it.
    if class == Username && aws_key_id(v) {
        return Evidence::Keep;
    }
    let mut buf = String::new();
    let kind = match class {
        Username => username_kind(v, &mut buf).or_else(|| {
            // `oidc:k.berg`: the account after its provider's prefix.
            let off = super::siblings::provider_account(v)?;
            username_kind(&v[off..], &mut buf).filter(|k| *k == Kind::Username)
        }),
        PersonName => looks_like_name(v, false).then_some(Kind::PersonName),
        Name => looks_like_name(v, true).then_some(Kind::PersonName),
        // `caller="Karin Eriksson"`: the calling party by its name.
        Phone | Line
            if is_phone(&ascii_separators(v), &mut buf) || national_bare(&ascii_separators(v)) =>
        {
            Some(Kind::Phone)
        }
        // `"Calling number":"4291"`: the party's extension.
        Line if phone::extension_value(v.as_bytes()) => Some(Kind::Phone),
        // A relative's key (`anhorig=`) holds the number to call or the
        // name, also a Han name written as one word (`渡辺由美`).
        Phone | Line => ((v.contains(' ') && looks_like_name(v, true))
            || crate::detect::name::han_name(v))
        .then_some(Kind::PersonName),
        Person => person_kind(v, &mut buf),
        Device => {
            let b = v.as_bytes();
            let upper = b.iter().any(u8::is_ascii_uppercase);
            let lower = b.iter().any(u8::is_ascii_lowercase);
            if b.len() == 12
                && bare_mac(v)
                && upper != lower
                && mac::personal(b)
                && crate::detect::oui::registered_hex(b)
            {
                Some(Kind::Mac)
            } else {
                unkeyed(v, year)
            }
        }
        Actor => person_kind(v, &mut buf).or_else(|| actor_login(v).then_some(Kind::Username)),
        Email => email::normalize(v, &mut buf).then_some(Kind::Email),
        Ip => ip_kind(v, &mut buf),
        // The broadcast, a group (multicast) or the all-zero address under a
        // MAC key (`srcmac=ff:ff:ff:ff:ff:ff` of a dropped broadcast, an
        // unset `00:00:00:00:00:00`) names no device, as in free text.
        Mac => {
            if !(mac::normalize(v, &mut buf) || bare_mac(v)) {
                None
            } else if mac::personal(v.as_bytes()) {
                Some(Kind::Mac)
            } else {
                return Evidence::Keep;
            }
        }
        Imei => imei::normalize(v, true, &mut buf).then_some(Kind::Imei),
        Imsi => imei::normalize(v, false, &mut buf).then_some(Kind::Imsi),
        // `19811218 9876`: a space where the dash goes.
        Pnr => idnum::pnr_kind_of(v, year).or_else(|| {
            let (a, b) = v.split_once(' ')?;
            matches!(a.len(), 6 | 8)
                .then(|| idnum::pnr_kind_of(&format!("{a}-{b}"), year))
                .flatten()
        }),
        Orgnr => orgnr_kind(v, year, &mut buf),
        Badge => is_badge(v).then_some(Kind::Badge),
        CardWord => crate::detect::badge::card(v.as_bytes()).then_some(Kind::Badge),
        Party => party_kind(v, year, &mut buf),
        Id => return id_evidence(v, year, &mut buf),
        UserId => {
            let e = id_evidence(v, year, &mut buf);
            if e != Evidence::Scan {
                return e;
            }
            let named = crate::detect::username::handle_shaped(v.as_bytes())
                || login_word(v)
                || login_parts(v)
                || caps_login(v)
                || tiered_admin(v)
                || v.contains('\\')
                || (v.contains('@') && !uuid_like(v.split('@').next().unwrap_or(v)));
            if !named {
                return Evidence::Scan;
            }
            username_kind(v, &mut buf).filter(|k| matches!(k, Kind::Username | Kind::Email))
        }
        NotPersonal => {
            // A number written as a directory prints it (`08-550 100 00`,
            // `+46 8 550 100 00`) is as much the key's as its digits.
            return if is_digit_run(v) || written_number(v) {
                Evidence::Keep
            } else {
                Evidence::Scan
            };
        }
        Software => {
            // An address in an agent string is still an address; a
            // package and its version (`web-shop@7.0.2.4`) is none.
            return if v.contains('@') && !package_at_version(v) {
                Evidence::Scan
            } else {
                Evidence::Keep
            };
        }
    };
    // A person's key (`patient`, `member`, `holder`, `customer`) holding a
    // personnummer written whole (twelve digits, or with its `-` or `+`):
    // the date and Luhn digit decide, as they do under an id key.
    let kind = kind.or_else(|| {
        let whole = v.len() == 12 || v.contains(['-', '+']);
        (whole && matches!(class, PersonName | Name | Person | Actor | Username))
            .then(|| idnum::pnr_kind_of(v, year))
            .flatten()
    });
    // A participant who dialled in, named by the number (after the
    // personnummer's reading: `811218-9876` is a person's number).
    let kind = kind.or_else(|| {
        (matches!(class, Username | PersonName | Name) && dial_in_number(v)).then_some(Kind::Phone)
    });
    kind.map_or(Evidence::Scan, Evidence::Replace)
}

/// An AWS access key id or unique id: one of IAM's four-letter prefixes
/// (`AKIA` a long-term access key, `ASIA` a temporary one, `AIDA` a user,
/// `AROA` a role, ...), then capitals and digits, 16 to 32 in all.
fn aws_key_id(v: &str) -> bool {
    const PREFIXES: [&[u8]; 11] = [
        b"AKIA", b"ASIA", b"AIDA", b"AROA", b"AIPA", b"ANPA", b"ANVA", b"AGPA", b"APKA", b"ABIA",
        b"ACCA",
    ];
    let b = v.as_bytes();
    (16..=32).contains(&b.len())
        && PREFIXES.iter().any(|p| b.starts_with(p))
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// True if `v`, under a person's or an account's name key, is a
/// telephone number written as people group it: conferencing products
/// name a participant who dialled in by the number (Zoom's `user_name`,
/// Webex's and Teams' display names of a PSTN attendee: `070-174 06 83`,
/// `+46 70 174 06 83`, `603 539 225`). Digits and the separators of a
/// number only, at least one separator or a `+` (a login is never
/// written so; a bare digit run may be an employee number), 7-15 digits,
/// and a phone key would take it.
fn dial_in_number(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() < 8 || b.len() > 32 || !(b[0].is_ascii_digit() || matches!(b[0], b'+' | b'(')) {
        return false;
    }
    let mut digits = 0;
    let mut seps = 0;
    for (k, &c) in b.iter().enumerate() {
        match c {
            b'0'..=b'9' => digits += 1,
            b' ' | b'.' | b'-' | b'/' | b'(' | b')' => seps += 1,
            b'+' if k == 0 => seps += 1,
            _ => return false,
        }
    }
    if !(7..=15).contains(&digits) || seps == 0 {
        return false;
    }
    // No date (`2026-03-14`, `2026.03.14 10:22`).
    let d: Vec<u8> = b.iter().copied().filter(u8::is_ascii_digit).collect();
    if phone::date_stamp(&d) {
        return false;
    }
    let mut buf = String::new();
    if is_phone(v, &mut buf) {
        return true;
    }
    // Without a plan that holds it: groups of two digits or more (no
    // version, `131.0.6778.86`).
    v.split([' ', '.', '-', '/']).all(|g| g.len() >= 2) && national_bare(v)
}

/// A plain login under an actor's key ([`KeyClass::Actor`]): lower-case
/// ASCII letters, three to 24, then at most six digits (`kberg`,
/// `ab1234`, `mvirtanen2`), and no word that names a component, a role or
/// a channel rather than a person (`system`, `api`, `admin`, `portal`).
fn actor_login(v: &str) -> bool {
    let letters = v.bytes().take_while(u8::is_ascii_lowercase).count();
    let digits = v.len() - letters;
    (3..=24).contains(&letters)
        && digits <= 6
        && v.as_bytes()[letters..].iter().all(u8::is_ascii_digit)
        && !component(&v[..letters])
        && crate::detect::username::plausible(v.as_bytes())
}

/// True if `w`, a lower-case word, names a component, a role or a channel
/// rather than a person (`system`, `api`, `portal`, `msi`): no actor.
pub(crate) fn component(w: &str) -> bool {
    const NOT_ACTORS: [&str; 55] = [
        "system",
        "sys",
        "api",
        "app",
        "admin",
        "administrator",
        "root",
        "auto",
        "automatic",
        "automation",
        "scheduler",
        "schedule",
        "cron",
        "job",
        "batch",
        "import",
        "sync",
        "script",
        "service",
        "server",
        "client",
        "customer",
        "user",
        "unknown",
        "none",
        "null",
        "anonymous",
        "guest",
        "portal",
        "web",
        "mobile",
        "sms",
        "email",
        "mail",
        "driver",
        "courier",
        "carrier",
        "robot",
        "bot",
        "workflow",
        // Installers and package managers, under `installer` (a tool, not
        // the person who installed).
        "msi",
        "msiexec",
        "nsis",
        "wix",
        "pip",
        "npm",
        "apt",
        "yum",
        "dnf",
        "brew",
        "choco",
        "winget",
        "setup",
        "intune",
        "sccm",
    ];
    NOT_ACTORS.contains(&w)
}

/// `package@version`, as Sentry names a release and npm, pip and Go pin a
/// dependency: no space, and after the last `@` a version (a digit first,
/// then digits, letters, `.`, `+`, `-` and `_`, with a `.` among them).
/// A mailbox's domain starts with a letter; an address literal after a
/// version key names a build.
fn package_at_version(v: &str) -> bool {
    let Some((pkg, ver)) = v.rsplit_once('@') else {
        return false;
    };
    !pkg.is_empty()
        && !v.contains(' ')
        && ver.starts_with(|c: char| c.is_ascii_digit())
        && ver.contains('.')
        && ver
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'+' | b'-' | b'_'))
}

/// True if `v` ends in the extension of a document, an archive or a
/// media file (`.xlsx`, `.pdf`, `.docx`, `.csv`, `.zip`, `.jpg`) after a
/// non-empty stem: a file's name.
fn file_name(v: &str) -> bool {
    const EXTENSIONS: &[&str] = &[
        "pdf", "doc", "docx", "xls", "xlsx", "xlsm", "csv", "txt", "rtf", "odt", "ods", "odp",
        "ppt", "pptx", "zip", "7z", "rar", "gz", "tgz", "png", "jpg", "jpeg", "gif", "heic", "tif",
        "tiff", "mp3", "mp4", "wav", "mov", "msg", "eml", "json", "xml", "html", "htm", "log",
        "vsdx", "one",
    ];
    v.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.trim().is_empty() && EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e))
    })
}

/// `v` with the typographic spaces and dashes people paste into a number
/// (no-break, narrow no-break and thin spaces; hyphen, figure and en
/// dashes: `0212\u{a0}103\u{a0}19\u{a0}91`) written as ASCII ones, for
/// the phone checks; borrowed when `v` is ASCII.
fn ascii_separators(v: &str) -> std::borrow::Cow<'_, str> {
    if v.is_ascii() {
        return std::borrow::Cow::Borrowed(v);
    }
    std::borrow::Cow::Owned(
        v.chars()
            .map(|c| match c {
                '\u{a0}' | '\u{202f}' | '\u{2009}' => ' ',
                '\u{2010}'..='\u{2013}' => '-',
                c => c,
            })
            .collect(),
    )
}

/// A login as directories hand them out, under a user-id key: lower-case
/// letters (`abrown`, `kbergström`), optionally with up to six digits
/// after them (`emina59`, `a123456`), 2-32 characters. The opaque ids
/// identity providers write there (`00u1a2b3c4d5e6f7`, `U012AB3CD`,
/// `AIDAJQABLZS4A3QDU576Q`, hex) start with a digit, hold capitals or mix
/// letters and digits, and stay with the text detectors.
fn login_word(v: &str) -> bool {
    let letters = v.chars().take_while(|c| c.is_lowercase()).count();
    let rest = &v[v.char_indices().nth(letters).map_or(v.len(), |(k, _)| k)..];
    (2..=24).contains(&v.chars().count())
        && letters >= 1
        && rest.len() <= 6
        && rest.bytes().all(|c| c.is_ascii_digit())
}

/// A login of words joined by `.`, `-` or `_`, as directories and IdPs
/// hand them out and products write them under a user-id key
/// (`Karin.Berg`, `berg-k`, `kberg-t1`, `karin.berg-ext`, `k_berg2`):
/// two to four parts, the first of two or more letters, each part
/// letters in lower case or capitalised, then at most four digits (or
/// digits alone after the first). The opaque ids written there
/// (`00u1a2b3c4`, `U012AB3CD`, UUIDs, base64 with `-` or `_`) mix
/// capitals inside a part or letters after digits, and fail.
fn login_parts(v: &str) -> bool {
    if !(3..=64).contains(&v.len()) || !v.contains(['.', '-', '_']) {
        return false;
    }
    let mut n = 0;
    for (k, part) in v.split(['.', '-', '_']).enumerate() {
        n += 1;
        let letters = part.chars().take_while(|c| c.is_alphabetic()).count();
        let word: String = part.chars().take(letters).collect();
        let digits = &part[word.len()..];
        let cased = word.chars().skip(1).all(char::is_lowercase)
            && word.chars().next().is_some_and(char::is_alphabetic);
        let ok = if letters == 0 {
            k > 0 && (1..=4).contains(&digits.len())
        } else {
            cased && (k > 0 || letters >= 2)
        };
        if n > 4 || !ok || digits.len() > 4 || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    n >= 2 && !crate::detect::username::hostname_like(v.as_bytes()) && !file_name(v)
}

/// A login in capitals, as SAP, IBM RACF and IBM i user profiles and
/// many MDM and ERP consoles write them (`JHOF`, `HKHALIL`, `MMEIER2`):
/// three to twelve letters, then at most four digits. Opaque ids with
/// letters after digits (`U012AB3CD`, `AIDAJQ...`) are not of this shape.
fn caps_login(v: &str) -> bool {
    let letters = v.bytes().take_while(u8::is_ascii_uppercase).count();
    let digits = v.len() - letters;
    (3..=12).contains(&letters)
        && digits <= 4
        && v.as_bytes()[letters..].iter().all(u8::is_ascii_digit)
        && !super::accounts::not_an_account(v)
}

/// A person's administrative account named by the tier model of
/// Microsoft's privileged access guidance and the conventions built on it
/// (`adm-akazlauskas`, `a-kberg`, `t0-mvirtanen`, `admin_jdoe`): an
/// admin prefix, a dash or underscore, then a lower-case login.
fn tiered_admin(v: &str) -> bool {
    const PREFIXES: [&str; 8] = ["adm", "admin", "a", "t0", "t1", "t2", "da", "priv"];
    let Some(k) = v.find(['-', '_']) else {
        return false;
    };
    let (p, rest) = (&v[..k], &v[k + 1..]);
    PREFIXES.iter().any(|x| p.eq_ignore_ascii_case(x))
        && (3..=24).contains(&rest.len())
        && rest.bytes().all(|c| c.is_ascii_lowercase() || c == b'.')
}

/// What a value under a key the vocabulary does not know is by its shape
/// alone: twelve bare digits whose date and check digit hold are a
/// personnummer or samordningsnummer (`"ref":"198112189876"`); anything
/// else is left to the text detectors. A machine number of that length
/// that passes both checks is rare: the first eight digits must be a
/// date of birth and the last a Luhn digit.
pub fn unkeyed(value: &str, year: u32) -> Option<Kind> {
    let v = value.trim();
    if v.len() != 12 || !v.bytes().all(|b| b.is_ascii_digit()) || !matches!(&v[..2], "19" | "20") {
        return None;
    }
    idnum::pnr_kind_of(v, year)
}

/// Digits, optionally with one leading sign: a number and nothing else.
/// True if `v` is a number written in groups: digits, at least one space,
/// dash, dot or slash between them (never two in a row), a leading `+`
/// and `(`/`)` around a group; no letter, colon or other byte, so a time
/// (`10:05`), a date with a time, or a number in a sentence is not one.
fn written_number(v: &str) -> bool {
    let b = v.as_bytes();
    if !(5..=24).contains(&b.len()) || !b.iter().any(u8::is_ascii_digit) {
        return false;
    }
    let mut prev_sep = true;
    for (i, &c) in b.iter().enumerate() {
        let sep = matches!(c, b' ' | b'-' | b'.' | b'/');
        if !(c.is_ascii_digit() || sep || matches!(c, b'(' | b')') || (c == b'+' && i == 0)) {
            return false;
        }
        if sep && prev_sep {
            return false;
        }
        prev_sep = sep;
    }
    !prev_sep
}

fn is_digit_run(v: &str) -> bool {
    let d = v.strip_prefix(['-', '+']).unwrap_or(v);
    !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
}

fn ip_kind(v: &str, buf: &mut String) -> Option<Kind> {
    if ip::normalize_v4(v, buf) {
        return Some(Kind::Ipv4);
    }
    buf.clear();
    ip::normalize_v6(v, buf).then_some(Kind::Ipv6)
}

/// A phone number under a key that says it is one: a number the phone
/// detector validates, or one that is at least shaped like a number of a
/// real country: `+` or `00` and a known country code, the bare
/// international digits a JSON number or a CDR export leaves
/// (`447700900859`), or a NANP number written with its punctuation
/// (`(617) 555-0176`, `1-212-555-0167`). Placeholders (`0`, `unknown`,
/// `anonymous`) and short service numbers are not.
pub(super) fn is_phone(v: &str, buf: &mut String) -> bool {
    buf.clear();
    if phone::normalize(v, buf) {
        return true;
    }
    let b = v.as_bytes();
    if b.len() > 32
        || !b.iter().all(|c| {
            c.is_ascii_digit() || matches!(c, b'+' | b' ' | b'-' | b'.' | b'(' | b')' | b'/')
        })
        || b.iter().skip(1).any(|&c| c == b'+')
    {
        return false;
    }
    let digits: String = v.chars().filter(char::is_ascii_digit).collect();
    let punctuated = digits.len() != v.len();
    let intl = if v.starts_with('+') {
        Some(digits.as_str())
    } else if let Some(d) = digits.strip_prefix("00") {
        Some(d)
    } else if !digits.starts_with('0') && !punctuated {
        Some(digits.as_str())
    } else {
        None
    };
    if let Some(d) = intl {
        if (8..=15).contains(&d.len()) && phone::known_country(d.as_bytes()) {
            return true;
        }
    }
    // A national number with its trunk zero (`020 92 21 54 08`): the key
    // says it is a number, the length says it can be one.
    if digits.starts_with('0') && !digits.starts_with("00") && (8..=12).contains(&digits.len()) {
        return true;
    }
    // `(11) 91234-5678`, `(55) 1234 5678`: an area code in brackets of a
    // plan without a trunk prefix (Brazil's, Mexico's), valid there.
    if b.first() == Some(&b'(') && phone::bracketed_national(b, 0) == Some(b.len()) {
        return true;
    }
    // NANP: [1] NXX NXX XXXX, written with its punctuation.
    let nanp = digits
        .strip_prefix('1')
        .filter(|d| d.len() == 10)
        .unwrap_or(&digits);
    punctuated
        && nanp.len() == 10
        && !v.starts_with('+')
        && matches!(nanp.as_bytes()[0], b'2'..=b'9')
        && matches!(nanp.as_bytes()[3], b'2'..=b'9')
}

/// A national number of a plan without a trunk zero (Norway's
/// `22 02 67 99`, Spain's `605485264`): 7 to 12 digits, bare or in groups
/// of one to four. Only under a key that names a phone number: under
/// `src` or `number` such a run is as likely a port or an order.
fn national_bare(v: &str) -> bool {
    let mut digits = 0;
    let mut group = 0;
    let mut groups = 0;
    for c in v.bytes() {
        match c {
            b'0'..=b'9' => {
                digits += 1;
                group += 1;
            }
            b' ' | b'-' | b'.' if (1..=4).contains(&group) => {
                group = 0;
                groups += 1;
            }
            _ => return false,
        }
    }
    let bare = !v.contains([' ', '-', '.']);
    // An area code and the subscriber number as one group after it
    // (`22-454702`, `414-73390`, `8676 01354`), as `phone::grouped_plain`
    // reads it in free text: two groups, the last of five to seven
    // digits, joined by a space or a dash, no year first (`2026-12345`).
    let area_and_subscriber = groups == 1
        && (5..=7).contains(&group)
        && !v.contains('.')
        && !(digits - group == 4 && (v.starts_with("19") || v.starts_with("20")));
    (7..=12).contains(&digits)
        && group > 0
        && (bare || group <= 4 || area_and_subscriber)
        && !v.starts_with('0')
        && v.parse::<std::net::Ipv4Addr>().is_err()
}

/// True if `value`, an element of a list whose element next to it is
/// `sibling`, is a MAC written bare because its list holds MACs:
/// `"clients":["e45f0140ecb8","00-08-5D-EE-7B-6A"]`, as wireless
/// controllers and NAC export station lists in mixed notations.
pub fn among_macs(value: &str, sibling: &str) -> bool {
    let mut buf = String::new();
    bare_mac(value.trim()) && value.len() == 12 && mac::normalize(sibling.trim(), &mut buf)
}

/// Twelve hex digits, bare or in Cisco's dotted groups (`f4f5.d8f3.6cc4`),
/// under a key that says MAC.
pub(crate) fn bare_mac(v: &str) -> bool {
    let b = v.as_bytes();
    let hex = b.iter().filter(|c| c.is_ascii_hexdigit()).count();
    let dotted = b.len() == 14 && b[4] == b'.' && b[9] == b'.';
    hex == 12
        && (b.len() == 12 || dotted)
        && b.iter()
            .all(|c| c.is_ascii_hexdigit() || (dotted && *c == b'.'))
        && b.iter().any(u8::is_ascii_digit)
}

fn is_badge(v: &str) -> bool {
    // `04:65:A4:76:D6:C9:9D`: a contactless card's UID in hex pairs.
    if mac::card_uid(v.as_bytes()) {
        return true;
    }
    // `123:45678`: a facility code and a card number, as readers write them.
    (3..=32).contains(&v.len())
        && v.bytes().any(|b| b.is_ascii_digit())
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':'))
        && !v.starts_with(':')
        && !v.ends_with(':')
        && v.bytes().filter(|&b| b == b':').count() <= 1
}

fn orgnr_kind(v: &str, year: u32, buf: &mut String) -> Option<Kind> {
    if idnum::normalize_orgnr(v, buf) {
        return Some(Kind::Orgnr);
    }
    // A sole trader's organisation number is the owner's personnummer.
    idnum::pnr_kind_of(v, year)
}

fn party_kind(v: &str, year: u32, buf: &mut String) -> Option<Kind> {
    if let Some(k) = ip_kind(v, buf) {
        return Some(k);
    }
    buf.clear();
    if v.contains('@') {
        return email::normalize(v, buf).then_some(Kind::Email);
    }
    if is_phone(v, buf) {
        return Some(Kind::Phone);
    }
    if let Some(k) = idnum::pnr_kind_of(v, year) {
        return Some(k);
    }
    if v.contains(' ') {
        return looks_like_name(v, true).then_some(Kind::PersonName);
    }
    buf.clear();
    mac::normalize(v, buf).then_some(Kind::Mac)
}

fn id_evidence(v: &str, year: u32, buf: &mut String) -> Evidence {
    let b = v.as_bytes();
    // `19561028 2278`: a personnummer with its century and a space where
    // the dash goes (a holder's number, `kundnr`, `patientId`).
    if b.len() == 13 && b[8] == b' ' {
        let (date, last) = v.split_at(8);
        if let Some(k) = idnum::pnr_kind_of(&format!("{date}-{}", &last[1..]), year) {
            return Evidence::Replace(k);
        }
    }
    let numeric = b
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b'-' | b'+'))
        && b.iter().any(u8::is_ascii_digit);
    if !numeric {
        return Evidence::Scan;
    }
    if let Some(k) = idnum::pnr_kind_of(v, year) {
        return Evidence::Replace(k);
    }
    if v.contains('-') && idnum::normalize_orgnr(v, buf) {
        return Evidence::Replace(Kind::Orgnr);
    }
    buf.clear();
    if v.starts_with('+') && phone::normalize(v, buf) {
        return Evidence::Replace(Kind::Phone);
    }
    Evidence::Keep
}
