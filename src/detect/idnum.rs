//! Swedish personnummer, samordningsnummer and organisationsnummer.
//!
//! A personnummer is `YYMMDD-NNNN` (`+` instead of `-` from the year the
//! holder turns 100), or `YYYYMMDDNNNN`, with or without the separator. The
//! date must be real (a samordningsnummer adds 60 to the day) and the Luhn
//! check runs over the 10-digit form. An organisationsnummer is `NNNNNN-NNNN`
//! (optionally prefixed `16`) with Luhn and a third digit >= 2: its "month" is
//! 20 or more, so it can never be a personnummer.
//!
//! A bare 10-digit run starting with `1` is not taken as an organisationsnummer
//! (estates use that prefix, but so does every Unix timestamp until 2033).

use super::Kind;
use super::util::{at, digits_end, is_digit, is_word, luhn, num, valid_date};

/// One parsed candidate.
#[derive(Clone, Copy)]
struct Form {
    /// The century digits of a 12-digit form.
    century: Option<u32>,
    /// The 10-digit form.
    ten: [u8; 10],
    /// The separator before the last four digits, or 0.
    sep: u8,
}

/// Parses the shapes at `i` (a digit run starting at a word boundary).
/// `spaced` also reads a space where the dash goes (`850312 1231`), which
/// only a word that names a personnummer makes one.
fn parse(b: &[u8], i: usize, spaced: bool) -> Option<(Form, usize)> {
    let j = digits_end(b, i);
    let run = j - i;
    let mut ten = [0u8; 10];
    let (c, sl) = separator(b, j, spaced);
    let (sep, end, date) = match run {
        6 | 8 if sl > 0 && digits_end(b, j + sl) == j + sl + 4 => {
            ten[6..].copy_from_slice(&b[j + sl..j + sl + 4]);
            (c, j + sl + 4, &b[j - 6..j])
        }
        10 | 12 => {
            ten[6..].copy_from_slice(&b[j - 4..j]);
            (0, j, &b[j - 10..j - 4])
        }
        _ => return None,
    };
    ten[..6].copy_from_slice(date);
    let century = (run == 8 || run == 12).then(|| num(&b[i..i + 2]));
    Some((Form { century, ten, sep }, end))
}

/// The separator before the last four digits at `j`, as `-`, `+` or ` `,
/// and its length in bytes; `(0, 0)` if there is none. A word processor's
/// dashes (hyphen, non-breaking hyphen, figure and en dash, U+2010 to
/// U+2013, and the minus sign) are the dash: `19850312–1231` is the
/// number `19850312-1231`. No-break spaces (U+00A0, U+202F) are spaces,
/// and count only where `spaced` does.
fn separator(b: &[u8], j: usize, spaced: bool) -> (u8, usize) {
    match (at(b, j), at(b, j + 1), at(b, j + 2)) {
        (c @ (b'-' | b'+'), _, _) => (c, 1),
        (b' ', _, _) if spaced => (b' ', 1),
        (0xE2, 0x80, 0x90..=0x93) | (0xE2, 0x88, 0x92) => (b'-', 3),
        (0xC2, 0xA0, _) if spaced => (b' ', 2),
        (0xE2, 0x80, 0xAF) if spaced => (b' ', 3),
        _ => (0, 0),
    }
}

/// The personnummer kind of a form, if its date and checksum hold.
fn pnr_kind(f: &Form, year_now: u32) -> Option<Kind> {
    let yy = num(&f.ten[..2]);
    let mm = num(&f.ten[2..4]);
    let dd = num(&f.ten[4..6]);
    let year = match f.century {
        Some(c @ 18..=20) => c * 100 + yy,
        Some(_) => return None,
        None => infer_year(yy, f.sep == b'+', year_now),
    };
    let (kind, day) = if dd > 60 {
        (Kind::Samordningsnummer, dd - 60)
    } else {
        (Kind::Personnummer, dd)
    };
    (valid_date(year, mm, day) && luhn(&f.ten)).then_some(kind)
}

/// The full year of a 2-digit year: the latest not in the future, or a
/// century earlier when the separator is `+` (100 years or older).
fn infer_year(yy: u32, plus: bool, now: u32) -> u32 {
    let mut y = now / 100 * 100 + yy;
    if y > now {
        y -= 100;
    }
    if plus {
        y -= 100;
    }
    y
}

/// True if the form is a valid organisationsnummer.
fn is_orgnr(f: &Form) -> bool {
    let t = &f.ten;
    match f.century {
        None | Some(16) => {}
        Some(_) => return false,
    }
    f.sep != b'+'
        && t[0] != b'0'
        && t[2] >= b'2'
        && !(f.sep == 0 && f.century.is_none() && t[0] == b'1')
        && luhn(t)
}

/// True if what follows `e` does not continue the number: not a word byte,
/// not a decimal or dotted continuation, not a further `-digits` group.
pub(crate) fn tail_ok(b: &[u8], e: usize) -> bool {
    let c = at(b, e);
    if is_word(c) {
        return false;
    }
    if matches!(c, b'.' | b':' | b',') && is_digit(at(b, e + 1)) {
        return false;
    }
    if c == b'-' && is_digit(at(b, e + 1)) {
        let k = digits_end(b, e + 1);
        return is_word(at(b, k));
    }
    true
}

/// Key names (matched as case-insensitive substrings) that announce a
/// personnummer or samordningsnummer.
const PNR_KEYS: [&[u8]; 12] = [
    b"pnr",
    b"persnr",
    b"personn",
    b"personal",
    b"ssn",
    b"snr",
    b"samord",
    // `födelsenummer`, `fodelsenummer`, Norwegian and Danish
    // `fødselsnummer`, Finnish `henkilötunnus` (`hetu`).
    "f\u{f6}delsen".as_bytes(),
    b"fodelsen",
    "f\u{f8}dselsn".as_bytes(),
    "henkil\u{f6}tun".as_bytes(),
    b"hetu",
];
/// Key names (substrings) for the holder of an account or a record, whose
/// number is often their personnummer (`customer=`, `kund`, `medlem`,
/// `patient`, `Kunde`, `Mitglied`, `asiakas`): a personnummer if date and
/// checksum hold, nothing otherwise. With them the recipient of care as
/// care and safety-alarm systems key it in a CDR's userfield or a case
/// note (Swedish `brukare`, Norwegian `bruker`, Danish `bruger`,
/// `borger`, Swedish `vårdtagare`, `omsorgstagare`) and the patient in
/// the Nordic, Finnish, Polish, Czech, Spanish, Portuguese, Italian and
/// Hungarian words (`pasient`, `potilas`, `pacjent`, `pacient`,
/// `paciente`, `paziente`, `beteg`). Not the subscriber, the client or a
/// recipient (`mottagare`): their key holds a phone number as often, and
/// a mobile number that also reads as a samordningsnummer stays a phone.
const HOLDER_KEYS: [&[u8]; 20] = [
    b"customer",
    b"kund",
    b"medlem",
    b"member",
    b"mitglied",
    b"patient",
    b"asiakas",
    b"klient",
    b"bruk",
    b"bruger",
    b"borger",
    b"vardtagare",
    "v\u{e5}rdtagare".as_bytes(),
    b"omsorgstagare",
    b"pasient",
    b"potila",
    b"pacjent",
    b"pacient",
    b"paziente",
    b"beteg",
];
/// Key names that announce an organisationsnummer: the organisation
/// itself, and the party an HR, payroll or invoicing export names by its
/// number: the employer or principal (`arbetsgivare`, `uppdragsgivare`,
/// `långivare`: Swedish `-givare`; Norwegian and Danish `arbeidsgiver`,
/// `arbejdsgiver`; German `Arbeitgeber`, `Auftraggeber`; Dutch
/// `werkgever`, `opdrachtgever`; French `employeur`; Finnish
/// `työnantaja`) and the supplier (`leverantör`, `supplier`); the words
/// for a company in the Nordic languages, German, Spanish and Portuguese
/// (`bolag`, `aktiebolag`, `firma`, `selskap`, `selskab`, `yritys`,
/// `empresa`), as a CDR's userfield or a form's export writes the caller's
/// firm (`bolag=...`). The number's Luhn digit and its third digit still
/// decide.
const ORG_KEYS: [&[u8]; 21] = [
    b"org",
    b"company",
    b"bolag",
    b"firma",
    b"selskap",
    b"selskab",
    b"yritys",
    b"empresa",
    b"entreprise",
    b"foretag",
    "f\u{f6}retag".as_bytes(),
    b"givare",
    b"giver",
    b"geber",
    b"gever",
    b"employer",
    b"employeur",
    "ty\u{f6}nantaja".as_bytes(),
    b"tyonantaja",
    b"leverant",
    b"supplier",
];
/// Key names that announce a telephone number.
const PHONE_KEYS: [&[u8]; 9] = [
    b"phone",
    b"tel",
    b"msisdn",
    b"mobil",
    b"cell",
    b"fax",
    b"clid",
    b"callerid",
    b"number",
];

/// The verb `to be` as people write it between a number's name and the
/// number, in Swedish, English, Norwegian and Danish, Finnish, German,
/// French and Spanish.
const COPULAS: [&[u8]; 8] = [
    b"\xc3\xa4r",
    b"is",
    b"was",
    b"er",
    b"on",
    b"ist",
    b"est",
    b"es",
];

/// What the key or word right before a value at `i` announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Context {
    /// Nothing known.
    None,
    /// A personnummer or samordningsnummer.
    Pnr,
    /// An organisationsnummer.
    Org,
    /// A telephone number.
    Phone,
    /// An identifier that may be a person's number (`kundnr`,
    /// `customer_id`): a personnummer if date and checksum hold.
    Id,
    /// A machine number (`ticket`, `ärende`, `logid`): nothing personal.
    Ticket,
}

/// Reads the key before a value at `i`: `pnr=`, `"orgnr": "`, `tel: `,
/// `personnummer `, and with an escaped quote, as a statement in an audit
/// log or a JSON document inside a string writes it:
/// `personnummer=\'19850312...\'`, `{\"pnr\":\"...`.
pub(crate) fn context(b: &[u8], i: usize) -> Context {
    let mut k = i;
    let stop = i.saturating_sub(5);
    while k > stop
        && matches!(
            b[k - 1],
            b'"' | b'\'' | b' ' | b'=' | b':' | b'<' | b'(' | b'\\'
        )
    {
        k -= 1;
    }
    if k == i {
        return Context::None;
    }
    let e = k;
    while k > 0
        && e - k < 24
        && (b[k - 1].is_ascii_alphabetic()
            || b[k - 1] >= 0x80
            || matches!(b[k - 1], b'_' | b'-' | b'.'))
    {
        k -= 1;
    }
    // Never start inside a UTF-8 sequence.
    while k < e && (b[k] & 0xC0) == 0x80 {
        k += 1;
    }
    let key = &b[k..e];
    // A copula between the word and the number (`mitt pnr är 19850312...`,
    // `Henkilötunnus on`, `personnummeret er`, `org.nr är`): the word
    // before it names the number, if it names an identity number, whose
    // date and check digit still decide. (Not a phone's: `order number is
    // 12345678` is none, and telephony cues are read further back anyway.)
    if k > 0 && b[k - 1] == b' ' && COPULAS.iter().any(|c| key.eq_ignore_ascii_case(c)) {
        let before = context(b, k);
        if matches!(before, Context::Pnr | Context::Org) {
            return before;
        }
    }
    // A generic noun takes its meaning from the word before it: `org nr`,
    // `org. no`, `organisation number`, `registration number`,
    // `coordination number`, `personal identity number`, `id-nr`.
    if let Some(c) = qualified(b, k, key) {
        return c;
    }
    // The shared key vocabulary first (`org.nr`, `kundnr`, `ärende`), then
    // the substrings that announce a number inside longer words.
    {
        use super::keys::KeyClass;
        match super::keys::classify_word(key) {
            Some(KeyClass::Pnr) => return Context::Pnr,
            Some(KeyClass::Orgnr) => return Context::Org,
            Some(KeyClass::Phone | KeyClass::Line) => return Context::Phone,
            Some(KeyClass::Id) => return Context::Id,
            Some(KeyClass::NotPersonal) => return Context::Ticket,
            _ => {}
        }
    }
    // The key lower-cased once (it is at most 24 bytes): the names are
    // lower-case, so this is the case-blind substring test, compared on
    // the first byte before the rest.
    let mut buf = [0u8; 32];
    let lower = &mut buf[..key.len().min(32)];
    lower.copy_from_slice(&key[..lower.len()]);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    let found = if key.len() > 32 {
        let has = |set: &[&[u8]]| {
            set.iter()
                .any(|n| key.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n)))
        };
        [
            (&PNR_KEYS[..], PNR),
            (&ORG_KEYS, ORG),
            (&PHONE_KEYS, PHONE),
            (&HOLDER_KEYS, HOLDER),
        ]
        .iter()
        .filter(|(set, _)| has(set))
        .fold(0, |found, (_, bit)| found | bit)
    } else {
        key_sets(lower)
    };
    if key.is_empty() {
        Context::None
    } else if found & PNR != 0 {
        Context::Pnr
    } else if found & ORG != 0 {
        Context::Org
    } else if found & PHONE != 0 {
        Context::Phone
    } else if found & HOLDER != 0 {
        Context::Id
    } else {
        Context::None
    }
}

/// The sets of key names ([`PNR_KEYS`], [`ORG_KEYS`], [`PHONE_KEYS`],
/// [`HOLDER_KEYS`]) of which a name is inside the lower-cased key `lower`,
/// as bits. One pass over the key: each position is compared only with the
/// names that start with its byte (none, at most positions), where testing
/// each name at every position cost about 1,500 instructions a key.
fn key_sets(lower: &[u8]) -> u8 {
    let mut found = 0;
    for p in 0..lower.len() {
        let mut m = NAMES_BY_FIRST[usize::from(lower[p])];
        while m != 0 {
            let (n, set) = KEY_NAMES[m.trailing_zeros() as usize];
            if lower[p..].starts_with(n) {
                found |= set;
            }
            m &= m - 1;
        }
    }
    found
}

const PNR: u8 = 1;
const ORG: u8 = 2;
const PHONE: u8 = 4;
const HOLDER: u8 = 8;

/// Every key name with the bit of its set.
const KEY_NAMES: [(&[u8], u8); 62] = {
    let mut t: [(&[u8], u8); 62] = [(b"", 0); 62];
    let mut k = 0;
    let sets: [(&[&[u8]], u8); 4] = [
        (&PNR_KEYS, PNR),
        (&ORG_KEYS, ORG),
        (&PHONE_KEYS, PHONE),
        (&HOLDER_KEYS, HOLDER),
    ];
    let mut s = 0;
    while s < sets.len() {
        let mut i = 0;
        while i < sets[s].0.len() {
            t[k] = (sets[s].0[i], sets[s].1);
            k += 1;
            i += 1;
        }
        s += 1;
    }
    assert!(k == t.len());
    t
};

/// Bit `k` of row `c` is set if [`KEY_NAMES`]`[k]` starts with the byte `c`.
static NAMES_BY_FIRST: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut k = 0;
    while k < KEY_NAMES.len() {
        t[KEY_NAMES[k].0[0] as usize] |= 1 << k;
        k += 1;
    }
    t
};

/// The context of a generic `key` (`nr`, `no`, `number`, `nummer`) that
/// starts at `k`, read from the word before it, if that word names a
/// person's or an organisation's number.
fn qualified(b: &[u8], k: usize, key: &[u8]) -> Option<Context> {
    const GENERIC: [&[u8]; 5] = [b"nr", b"no", b"number", b"nummer", b"num"];
    let key = key.strip_suffix(b".").unwrap_or(key);
    if !GENERIC.iter().any(|g| key.eq_ignore_ascii_case(g)) {
        return None;
    }
    let mut e = k;
    while e > 0 && k - e < 2 && matches!(b[e - 1], b' ' | b'.' | b'-') {
        e -= 1;
    }
    if e == k {
        return None;
    }
    let mut s = e;
    while s > 0 && e - s < 16 && (b[s - 1].is_ascii_alphabetic() || b[s - 1] >= 0x80) {
        s -= 1;
    }
    let w = &b[s..e];
    let starts = |p: &[u8]| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p);
    if starts(b"org") || starts(b"company") || starts(b"registration") || starts(b"f\xc3\xb6retag")
    {
        return Some(Context::Org);
    }
    // `corporate identity number` is the official English name of the
    // organisationsnummer, `personal identity number` of the personnummer.
    if starts(b"identity") {
        let mut p = s;
        while p > 0 && s - p < 2 && b[p - 1] == b' ' {
            p -= 1;
        }
        let mut q = p;
        while q > 0 && p - q < 16 && b[q - 1].is_ascii_alphabetic() {
            q -= 1;
        }
        let before = &b[q..p];
        let corporate = [
            &b"corporate"[..],
            b"company",
            b"organisation",
            b"organization",
        ]
        .iter()
        .any(|c| before.eq_ignore_ascii_case(c));
        return Some(if corporate {
            Context::Org
        } else {
            Context::Pnr
        });
    }
    if starts(b"person")
        || w.eq_ignore_ascii_case(b"pers")
        || starts(b"coordination")
        || starts(b"samordning")
        || w.eq_ignore_ascii_case(b"id")
    {
        return Some(Context::Pnr);
    }
    None
}

/// True if a bare run (no separator) also has the shape of a common
/// machine id, and is only taken after an announcing key: 10 digits starting
/// with 1 are Unix seconds until 2033, and 12 digits are `yyyymmddhhmm`
/// timestamps or date-prefixed order, job and transaction numbers, whose
/// date is real by construction, so only the Luhn digit (one in ten) would
/// tell them apart.
fn id_shaped(f: &Form) -> bool {
    if f.sep != 0 {
        return false;
    }
    match f.century {
        None => f.ten[0] == b'1',
        Some(_) => true,
    }
}

/// True if a bare 12-digit run, a word of free text (`öppnade spärrad
/// journal för 195003187332`), is dated ten years back or more and its
/// last four digits are no time of day: no `yyyymmddhhmm` timestamp nor a
/// date-prefixed counter of recent years. The date and Luhn digit are
/// checked by the caller.
fn born_long_ago(f: &Form, year_now: u32) -> bool {
    let Some(c) = f.century else {
        return false;
    };
    let year = c * 100 + num(&f.ten[..2]);
    let hh = num(&f.ten[6..8]);
    let mm = num(&f.ten[8..10]);
    year + 10 <= year_now && !(hh < 24 && mm < 60)
}

/// True if the number `b[i..end]` stands alone in brackets (`Karin Berg
/// (194010127142)`), as case systems and e-services write a person.
fn bracketed(b: &[u8], i: usize, end: usize) -> bool {
    i > 0 && b[i - 1] == b'(' && at(b, end) == b')'
}

/// [`born_long_ago`], or with its century a date thirty years back or
/// more, whatever its last four digits: no log stamps its own lines so
/// long ago, so `19820818 1209` is no time of day.
fn dated_long_ago(f: &Form, year_now: u32) -> bool {
    born_long_ago(f, year_now)
        || f.century
            .is_some_and(|c| c * 100 + num(&f.ten[..2]) + 30 <= year_now)
}

/// True if a word that names a personal identity number in the Nordic
/// languages starts within the 48 bytes before `i`, with other words
/// between (`Henkilötunnus ruotsalainen: `, `personnummer för barnet `):
/// Swedish and Norwegian `personnummer`/`personnr`, `pnr`, `p-nr`,
/// Swedish `födelsenummer` and `samordningsnummer`, Norwegian and Danish
/// `fødselsnummer`, Danish `CPR`, Finnish `henkilötunnus` (`hetu`),
/// Icelandic `kennitala`, `id-nummer`, and `BankID` (a login by the
/// number). The number's own form (its
/// century or a separator), date and check digit still decide.
fn pnr_word_before(b: &[u8], i: usize) -> bool {
    const WORDS: [&[u8]; 16] = [
        b"personn",
        b"persnr",
        b"pers.nr",
        b"pnr",
        b"p-nr",
        "f\u{f6}delsen".as_bytes(),
        b"fodelsen",
        "f\u{f8}dselsn".as_bytes(),
        b"samordningsn",
        "henkil\u{f6}tun".as_bytes(),
        b"hetu",
        b"cpr",
        b"kennitala",
        b"id-nummer",
        b"idnummer",
        // A login with BankID, the Swedish and Norwegian e-identity, is
        // by the holder's personnummer or fødselsnummer.
        b"bankid",
    ];
    let w = &b[i.saturating_sub(48)..i];
    (0..w.len()).any(|k| {
        (k == 0 || !w[k - 1].is_ascii_alphanumeric())
            && WORDS
                .iter()
                .any(|c| w.len() - k >= c.len() && w[k..k + c.len()].eq_ignore_ascii_case(c))
    })
}

/// True if a word within the 32 bytes before `i` names a person's record
/// or its holder (`öppnade spärrad journal för`, `patient`, `invånare`,
/// `brukare`, `elev`, `customer`, `member`), or a person by their tie to
/// one (a next of kin or guardian: Swedish `anhörig till`, `närstående`,
/// `vårdnadshavare`, Norwegian and Danish `pårørende`, Finnish `omainen`,
/// German `Angehörige`, English `next of kin`, `guardian`, as care, alarm
/// and school systems write whom a call or note is about): a 12-digit run
/// after it that is [`born_long_ago`] is whose record it is.
fn record_cue_before(b: &[u8], i: usize) -> bool {
    const CUES: [&[u8]; 20] = [
        b"journal",
        b"patient",
        b"inv\xc3\xa5nare",
        b"brukare",
        b"elev",
        b"klient",
        b"kund",
        b"medlem",
        b"customer",
        b"member",
        b"citizen",
        b"resident",
        "anh\u{f6}rig".as_bytes(),
        "n\u{e4}rst\u{e5}ende".as_bytes(),
        "v\u{e5}rdnadshavare".as_bytes(),
        "p\u{e5}r\u{f8}rende".as_bytes(),
        b"omainen",
        "angeh\u{f6}rig".as_bytes(),
        b"of kin",
        b"guardian",
    ];
    let w = &b[i.saturating_sub(32)..i];
    (0..w.len()).any(|k| {
        (k == 0 || !w[k - 1].is_ascii_alphabetic())
            && CUES
                .iter()
                .any(|c| w.len() - k >= c.len() && w[k..k + c.len()].eq_ignore_ascii_case(c))
    })
}

/// True if the bare 12-digit run `b[i..end]` is a whole segment of a path,
/// an object key or a file name (`/customers/196711014073/invoices`,
/// `exports/2026/200312186224.pdf`), where services put the id of the
/// person a resource is about, and it cannot be a `yyyymmddhhmm` timestamp
/// (its last four digits are no time of day, or its date is ten years back
/// or more: paths are named by recent times, people by birth dates decades
/// back) nor a date-prefixed counter of this or last year. The date and
/// Luhn digit are checked by the caller.
fn path_segment_pnr(b: &[u8], i: usize, end: usize, f: &Form, year_now: u32) -> bool {
    let Some(c) = f.century else {
        return false;
    };
    if i == 0 || b[i - 1] != b'/' || !matches!(at(b, end), b'/' | b'.' | b'?' | b'"' | b'_') {
        return false;
    }
    let year = c * 100 + num(&f.ten[..2]);
    let hh = num(&f.ten[6..8]);
    let mm = num(&f.ten[8..10]);
    year + 2 <= year_now && (!(hh < 24 && mm < 60) || year + 10 <= year_now)
}

/// A personnummer, samordningsnummer or organisationsnummer at `i`.
pub(crate) fn at_pos(
    b: &[u8],
    i: usize,
    pnr: bool,
    org: bool,
    year_now: u32,
) -> Option<(usize, Kind)> {
    let (f, end) = parse(b, i, pnr)?;
    if !tail_ok(b, end) {
        return None;
    }
    let bare = f.sep == 0;
    // Only computed for candidates, which are rare.
    let ctx = if bare || f.sep == b' ' {
        context(b, i)
    } else {
        Context::None
    };
    if ctx == Context::Ticket {
        return None;
    }
    if f.sep == b' ' {
        // `personnummer 19850312 1231`: the space is a separator only
        // after a word that names the number, or after the holder's key
        // (`[kund=19561028 2278]`, `patient 19410825 4485`) with its
        // century, a date ten years back and last digits that are no time
        // of day; elsewhere `850312 1231` is two numbers.
        let holder = ctx == Context::Id && born_long_ago(&f, year_now);
        let k = pnr_kind(&f, year_now)?;
        // A word of a Nordic language that names the number a few words
        // back (`Henkilötunnus ruotsalainen: 19850312 1231`, `CPR-nr. på
        // borgeren 19850312 1231`), or the number alone in brackets after a
        // name (`Karin Berg (19850312 1231)`) or alone in its text, as a
        // call record's cell or a JSON value is scanned (an IVR's
        // userfield), dated long ago: written so, with the space, it is a
        // person's number as people key it in, no machine's id or stamp.
        // Date and check digit decide the rest.
        let alone =
            (bracketed(b, i, end) || (i == 0 && end == b.len())) && dated_long_ago(&f, year_now);
        // After a word for the record's holder or a next of kin
        // (`anhörig till 19470828 2977`), as after the holder's key: a
        // date ten years back and last digits that are no time of day
        // (`kund 19850312 1231` is a date and a time).
        let cued = i > 0 && b[i - 1] == b' ' && record_cue_before(b, i);
        let cued = cued && born_long_ago(&f, year_now);
        return (ctx == Context::Pnr || holder || alone || cued || pnr_word_before(b, i))
            .then_some((end, k));
    }
    if pnr
        && (!id_shaped(&f)
            || matches!(ctx, Context::Pnr | Context::Id)
            || path_segment_pnr(b, i, end, &f, year_now)
            // After a word for the record's holder or a next of kin: no
            // log stamps its lines thirty years back, so a date so old is
            // a birth date whatever its last four digits.
            || (i > 0
                && b[i - 1] == b' '
                && dated_long_ago(&f, year_now)
                && record_cue_before(b, i))
            // Alone in parentheses after a name, as case systems,
            // e-services and file shares write a person (`Karin Berg
            // (194010127142)`, `Personalakter/Hodan Egal (199107164510).pdf`):
            // a date ten years back and last digits that are no time of day
            // leave out timestamps and dated counters.
            || (bracketed(b, i, end) && dated_long_ago(&f, year_now))
            || (f.century.is_some()
                && pnr_kind(&f, year_now).is_some()
                && pnr_word_before(b, i)))
    {
        if let Some(k) = pnr_kind(&f, year_now) {
            return Some((end, k));
        }
    }
    // A bare 10-digit run with a valid checksum is one in ten of all
    // counters and sequence numbers; it needs its key to be an orgnr.
    let announced = !bare || f.century == Some(16) || ctx == Context::Org;
    (org && announced && is_orgnr(&f)).then_some((end, Kind::Orgnr))
}

/// The kind of a personnummer or samordningsnummer that is all of `v`, in
/// any written form, if its date and checksum hold. A key has already said
/// what the value is, so bare timestamp-shaped runs are not refused.
pub(crate) fn pnr_kind_of(v: &str, year_now: u32) -> Option<Kind> {
    let b = v.as_bytes();
    let (f, end) = parse(b, 0, false)?;
    (end == b.len()).then(|| pnr_kind(&f, year_now)).flatten()
}

/// Personnummer or samordningsnummer as 12 digits, or false.
pub(crate) fn normalize_pnr(v: &str, year_now: u32, out: &mut String) -> bool {
    let b = v.as_bytes();
    let Some((f, end)) = parse(b, 0, false) else {
        return false;
    };
    if end != b.len() || pnr_kind(&f, year_now).is_none() {
        return false;
    }
    let year = match f.century {
        Some(c) => c * 100 + num(&f.ten[..2]),
        None => infer_year(num(&f.ten[..2]), f.sep == b'+', year_now),
    };
    out.push_str(&(year / 100).to_string());
    out.extend(f.ten.iter().map(|&c| char::from(c)));
    true
}

/// The organisationsnummer of a Swedish VAT registration number, all of
/// `v`: `SE`, the ten digits of the number and `01` (Skatteverket's
/// momsregistreringsnummer, `SE556016068001`, as invoices, company
/// registers and EU VIES write it). The number's Luhn digit and third digit
/// decide, so `SE` before any twelve digits is not one.
pub(crate) fn vat_orgnr(v: &[u8]) -> Option<[u8; 10]> {
    if v.len() != 14
        || !v[..2].eq_ignore_ascii_case(b"SE")
        || &v[12..] != b"01"
        || !v[2..12].iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    let mut ten = [0u8; 10];
    ten.copy_from_slice(&v[2..12]);
    let f = Form {
        century: None,
        ten,
        sep: b'-',
    };
    is_orgnr(&f).then_some(ten)
}

/// A VAT registration number at word `b[i..j]` ([`vat_orgnr`]) that
/// nothing glues to: the end of the word, not inside a longer id.
pub(crate) fn vat_at(b: &[u8], i: usize, j: usize) -> bool {
    (i == 0 || !is_word(b[i - 1])) && tail_ok(b, j) && vat_orgnr(&b[i..j]).is_some()
}

/// Organisationsnummer as 10 digits, or false. A VAT registration number
/// (`SE556016068001`) is its organisationsnummer.
pub(crate) fn normalize_orgnr(v: &str, out: &mut String) -> bool {
    if let Some(ten) = vat_orgnr(v.as_bytes()) {
        out.extend(ten.iter().map(|&c| char::from(c)));
        return true;
    }
    let b = v.as_bytes();
    let Some((f, end)) = parse(b, 0, false) else {
        return false;
    };
    // A bound field is explicit about its kind, so the timestamp guard for
    // bare runs in free text does not apply.
    let f2 = Form { sep: b'-', ..f };
    if end != b.len() || f.sep == b'+' || !is_orgnr(&f2) {
        return false;
    }
    out.extend(f.ten.iter().map(|&c| char::from(c)));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `key_sets` answers as testing each name of each set at every
    /// position (the loop it replaced) for keys built from pieces of the
    /// names and random bytes.
    #[test]
    fn key_sets_answer_as_each_name_at_each_position() {
        let old = |lower: &[u8]| {
            let has = |set: &[&[u8]]| {
                set.iter()
                    .any(|n| lower.windows(n.len()).any(|w| w[0] == n[0] && w == *n))
            };
            [
                (&PNR_KEYS[..], PNR),
                (&ORG_KEYS, ORG),
                (&PHONE_KEYS, PHONE),
                (&HOLDER_KEYS, HOLDER),
            ]
            .iter()
            .filter(|(set, _)| has(set))
            .fold(0, |found, (_, bit)| found | bit)
        };
        let mut r = crate::workload::Rng::new(5);
        let bytes = b"abcdefghijklmnopqrstuvwxyz_-.\xc3\xb6\xf8";
        for _ in 0..300_000 {
            let mut key = Vec::new();
            while key.len() < 32 && r.below(3) != 0 {
                if r.below(2) == 0 {
                    let (n, _) = KEY_NAMES[r.below(KEY_NAMES.len() as u64) as usize];
                    let a = r.below(n.len() as u64) as usize;
                    let z = a + r.below((n.len() - a) as u64 + 1) as usize;
                    key.extend_from_slice(&n[a..z]);
                } else {
                    key.push(bytes[r.below(bytes.len() as u64) as usize]);
                }
            }
            key.truncate(32);
            assert_eq!(
                key_sets(&key),
                old(&key),
                "{}",
                String::from_utf8_lossy(&key)
            );
        }
    }

    #[test]
    fn context_key_names_are_lower_case() {
        // `context` compares them with the key lower-cased.
        for n in PNR_KEYS
            .iter()
            .chain(&ORG_KEYS)
            .chain(&PHONE_KEYS)
            .chain(&HOLDER_KEYS)
        {
            assert!(!n.is_empty() && !n.iter().any(u8::is_ascii_uppercase));
        }
    }

    const NOW: u32 = 2026;

    fn d(s: &str) -> Option<(&str, Kind)> {
        at_pos(s.as_bytes(), 0, true, true, NOW).map(|(e, k)| (&s[..e], k))
    }

    #[test]
    fn personnummer_forms() {
        assert_eq!(d("811218-9876"), Some(("811218-9876", Kind::Personnummer)));
        assert_eq!(d("8112189876 x"), Some(("8112189876", Kind::Personnummer)));
        assert_eq!(
            d("19811218-9876"),
            Some(("19811218-9876", Kind::Personnummer))
        );
        assert_eq!(d("811218+9876"), Some(("811218+9876", Kind::Personnummer)));
    }

    #[test]
    fn checksum_and_date_failures_are_left_alone() {
        assert_eq!(d("811218-9875"), None); // Luhn
        assert_eq!(d("811318-9876"), None); // month 13
        assert_eq!(d("050519-2396"), None); // build number, Luhn fails
        assert_eq!(d("21811218-9876"), None); // century 21
        assert_eq!(d("811218-98761"), None);
        assert_eq!(d("1770899926.4571"), None); // Asterisk uniqueid
        assert_eq!(d("1368439853-500975"), None);
    }

    #[test]
    fn samordningsnummer_day_plus_sixty() {
        // 1981-12-18 as a samordningsnummer: day 78, check digit recomputed.
        assert_eq!(
            d("811278-9873"),
            Some(("811278-9873", Kind::Samordningsnummer))
        );
        assert_eq!(d("811292-9875"), None); // day 32, Luhn valid
    }

    #[test]
    fn vat_registration_numbers_are_their_organisationsnummer() {
        // Skatteverket's form, as invoices, e-invoice (Peppol) headers,
        // company registers and VIES lookups write it.
        for v in [
            "SE556016068001",
            "se556016068001",
            "SE202100305401",
            "SE559129450801",
        ] {
            let mut out = String::new();
            assert!(normalize_orgnr(v, &mut out), "{v}");
            assert_eq!(out.len(), 10);
        }
        let mut a = String::new();
        let mut b = String::new();
        assert!(normalize_orgnr("SE556016068001", &mut a));
        assert!(normalize_orgnr("556016-0680", &mut b));
        assert_eq!(a, b);
        let line = b"Faktura till SE556016068001 (ref 77), moms SE202100305401.";
        assert!(vat_at(line, 13, 27));
        assert!(vat_at(line, 43, 57));
        // Wrong suffix, Luhn, month-shaped third digit, glued, too long.
        for v in [
            "SE556016068002",
            "SE556016068101",
            "SE811218987601",
            "XSE556016068001",
            "SE5560160680011",
            "DE556016068001",
        ] {
            assert!(vat_orgnr(v.as_bytes()).is_none(), "{v}");
        }
        let glued = b"idSE556016068001";
        assert!(!vat_at(glued, 2, 16));
        let tailed = b"SE556016068001-7";
        assert!(!vat_at(tailed, 0, 14));
    }

    #[test]
    fn organisationsnummer() {
        assert_eq!(d("556016-0680"), Some(("556016-0680", Kind::Orgnr)));
        assert_eq!(d("165560160680"), Some(("165560160680", Kind::Orgnr)));
        assert_eq!(d("5560160680"), None); // bare, no key
        let b = b"orgnr=5560160680";
        assert_eq!(at_pos(b, 6, true, true, NOW), Some((16, Kind::Orgnr)));
        assert_eq!(d("556016-0681"), None);
        // The employer, principal or supplier named by its number, in the
        // words of other languages.
        for line in [
            "uppdragsgivare=8527302155",
            "\"arbetsgivare\": \"8527302155\"",
            "Arbeitgeber: 8527302155",
            "opdrachtgever 8527302155",
            "employer=8527302155",
            "leverant\u{f6}r: 8527302155",
            "ty\u{f6}nantaja=8527302155",
            // A company by the word for one, as a CDR's userfield writes it.
            "lead=4711;bolag=8527302155",
            "firma: 8527302155",
            "selskap=8527302155",
            "empresa=8527302155",
        ] {
            let b = line.as_bytes();
            let i = line.find("8527").unwrap();
            assert_eq!(
                at_pos(b, i, true, true, NOW),
                Some((i + 10, Kind::Orgnr)),
                "{line}"
            );
        }
        // Not after another word, and not with a Luhn failure.
        assert_eq!(at_pos(b"belopp 8527302155", 7, true, true, NOW), None);
        assert_eq!(at_pos(b"employer=8527302156", 9, true, true, NOW), None);
        assert_eq!(at_pos(b"bolag=8527302156", 6, true, true, NOW), None);
        assert_eq!(d("556016+0680"), None);
    }

    #[test]
    fn timestamp_shaped_runs_need_a_key() {
        // 2005-03-07 as Unix seconds; also a valid personnummer by chance.
        assert_eq!(d("1111074926 0 running"), None);
        let b = b"pnr=1111074926";
        assert_eq!(
            at_pos(b, 4, true, true, NOW),
            Some((14, Kind::Personnummer))
        );
        // yyyymmddhhmm
        assert_eq!(d("201001131554"), None);
        // A valid personnummer, but as a bare 12-digit run it needs its key.
        assert_eq!(d("198112189876"), None);
        let b = b"personnummer: 198112189876";
        assert_eq!(
            at_pos(b, 14, true, true, NOW),
            Some((26, Kind::Personnummer))
        );
    }

    fn after(s: &str) -> Option<(&str, Kind)> {
        let b = s.as_bytes();
        let i = b.iter().position(u8::is_ascii_digit).unwrap();
        at_pos(b, i, true, true, NOW).map(|(e, k)| (&s[i..e], k))
    }

    #[test]
    fn a_space_for_the_dash_after_a_word_that_names_it() {
        assert_eq!(
            after("pnr 811218 9876 x"),
            Some(("811218 9876", Kind::Personnummer))
        );
        assert_eq!(
            after("personnummer: 19811218 9876"),
            Some(("19811218 9876", Kind::Personnummer))
        );
        assert_eq!(
            after("Samordningsnummer 811278 9873"),
            Some(("811278 9873", Kind::Samordningsnummer))
        );
        assert_eq!(
            after("födelsenummer 811218 9876"),
            Some(("811218 9876", Kind::Personnummer))
        );
        assert_eq!(after("pnr 811218 9875"), None); // Luhn
        assert_eq!(after("order 811218 9876"), None); // two numbers
        assert_eq!(after("811218 9876"), None);
        assert_eq!(after("kund 811218 9876"), None);
        // The written form is not normalised as one: a key took it before.
        let mut s = String::new();
        assert!(!normalize_pnr("811218 9876", NOW, &mut s));
    }

    #[test]
    fn a_nordic_word_for_the_number_a_few_words_back() {
        for line in [
            "Henkilötunnus ruotsalainen: 194503121230",
            "Henkilötunnus ruotsalainen: 19450312 1230",
            "CPR-nr. på borgeren (svensk): 19450312-1230",
            "personnummer för barnet som anmäldes: 194503121230",
            "Inloggning med BankID lyckades för 19450312 1230",
        ] {
            let v = after(line).map(|r| r.0);
            assert!(
                v.is_some_and(|v| v.starts_with("19450312")),
                "{line}: {v:?}"
            );
        }
        // The check digit and the date still decide, and no word, no number.
        assert_eq!(after("Henkilötunnus ruotsalainen: 194503121231"), None);
        assert_eq!(after("Henkilötunnus ruotsalainen: 19450342 1230"), None);
        assert_eq!(after("Batch ruotsalainen: 19450312 1230"), None);
        assert_eq!(after("job finished: 194503121230"), None);
    }

    #[test]
    fn alone_in_brackets_or_in_its_cell() {
        // After a name, with a space for the dash; a time-of-day tail is
        // no time when the date is thirty years back.
        for line in [
            "Journal öppnad för Karin Berg (19450312 1230) av X",
            "Journal öppnad för Karin Berg (19820818 1209) av X",
            "19820818 1209",
            "(198208181209)",
        ] {
            assert!(after(line).is_some(), "{line}");
        }
        for line in [
            "Journal öppnad för Karin Berg (19820818 1208) av X", // Luhn
            "build (20240312 1235) done",                         // recent
            "(20240312 1235)",
            "20240312 1235",
            "queue (19820818 1209 calls)",
            // Bare, alone, a 12-digit run needs its key.
            "198208181209",
            "x 19820818 1209",
        ] {
            assert_eq!(after(line), None, "{line}");
        }
    }

    #[test]
    fn a_next_of_kin_under_their_number() {
        // A care or alarm centre's call record says whom the call was
        // about: a relative or guardian, by number, in the languages of
        // the Nordic care systems, bare or spaced, whatever its last four
        // digits when it is dated long ago.
        for (line, v, k) in [
            (
                "anhörig till 195812030145",
                "195812030145",
                Kind::Personnummer,
            ),
            (
                "Anhörig: 19581203 2786",
                "19581203 2786",
                Kind::Personnummer,
            ),
            (
                "närstående 195203711238 ringde",
                "195203711238",
                Kind::Samordningsnummer,
            ),
            ("pårørende 195812030145", "195812030145", Kind::Personnummer),
            (
                "next of kin 195812030145",
                "195812030145",
                Kind::Personnummer,
            ),
        ] {
            assert_eq!(after(line), Some((v, k)), "{line}");
        }
        for line in [
            "anhörig till 195812030146",  // Luhn
            "anhörig till 202012030140",  // recent: a stamp
            "anhörig till 20201203 0140", // recent, spaced
            "anhörig till 19581203 0145", // spaced: a date and a time
            "ringde 195812030145",        // no cue
        ] {
            assert_eq!(after(line), None, "{line}");
        }
    }

    #[test]
    fn holders_of_a_record_under_their_number() {
        for key in ["customer=", "kund ", "medlem: ", "patient ", "Mitglied "] {
            let line = format!("{key}198112189876 x");
            assert_eq!(
                after(&line),
                Some(("198112189876", Kind::Personnummer)),
                "{key}"
            );
        }
        assert_eq!(after("customer=198112189875"), None); // Luhn
        assert_eq!(after("customer=201013131554"), None); // no date
        assert_eq!(after("ticket=198112189876"), None);
    }

    #[test]
    fn keys() {
        assert_eq!(context(b"pnr=1", 4), Context::Pnr);
        assert_eq!(context(b"{\"orgNr\": \"1", 10), Context::Org);
        assert_eq!(context(b"tel: 1", 5), Context::Phone);
        assert_eq!(context(b"job 1", 4), Context::None);
        assert_eq!(context(b"x1", 1), Context::None);
        assert_eq!(context(b"org.nr 1", 7), Context::Org);
        // A care recipient's key (a safety alarm's userfield) may hold the
        // personnummer; a subscriber's or an SMS recipient's holds a phone.
        assert_eq!(context(b"brukare=1", 8), Context::Id);
        assert_eq!(context("v\u{e5}rdtagare=1".as_bytes(), 12), Context::Id);
        assert_eq!(context(b"pasient=1", 8), Context::Id);
        assert_eq!(context(b"mottagare=0", 10), Context::None);
        assert_eq!(context(b"subscriber=0", 11), Context::None);
        assert_eq!(context("kundnr: 1".as_bytes(), 8), Context::Id);
        assert_eq!(context("ärende 1".as_bytes(), 8), Context::Ticket);
        assert_eq!(context(b"ticket #1", 8), Context::None);
        assert_eq!(context(b"ticket=1", 7), Context::Ticket);
    }

    #[test]
    fn a_copula_between_the_word_and_the_number() {
        let at = |s: &str| context(s.as_bytes(), s.len());
        assert_eq!(at("Hej, mitt pnr är "), Context::Pnr);
        assert_eq!(at("Henkilötunnus on "), Context::Pnr);
        assert_eq!(at("Företagets org.nr är "), Context::Org);
        // Not a phone's or a ticket's number: their own rules read them.
        assert_eq!(at("my order number is "), Context::None);
        assert_eq!(at("Ticket is "), Context::None);
        // The verb alone, or after a word that names nothing: nothing.
        assert_eq!(at("is "), Context::None);
        assert_eq!(at("Duration is "), Context::None);
        let s = "mitt pnr är 198112189876. Ring mig";
        let i = s.find('1').unwrap();
        assert_eq!(
            at_pos(s.as_bytes(), i, true, true, NOW).map(|(e, k)| (&s[i..e], k)),
            Some(("198112189876", Kind::Personnummer))
        );
    }

    #[test]
    fn century_from_separator() {
        let mut s = String::new();
        assert!(normalize_pnr("811218-9876", NOW, &mut s));
        assert_eq!(s, "198112189876");
        s.clear();
        assert!(normalize_pnr("811218+9876", NOW, &mut s));
        assert_eq!(s, "188112189876");
        s.clear();
        assert!(normalize_pnr("19811218-9876", NOW, &mut s));
        assert_eq!(s, "198112189876");
        s.clear();
        // Born in 2012: `-` and a year not after the current one.
        assert!(normalize_pnr("121212-1212", NOW, &mut s));
        assert_eq!(s, "201212121212");
        s.clear();
        assert!(!normalize_pnr("811218-9875", NOW, &mut s));
        s.clear();
        assert!(normalize_orgnr("16556016-0680", &mut s));
        assert_eq!(s, "5560160680");
        s.clear();
        assert!(!normalize_orgnr("811218-9876", &mut s));
    }
}
