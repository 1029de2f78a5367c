//! Access-control event rows: the cells of a door, time-clock or
//! key-cabinet controller's event as an export or an event bridge relays it
//! in one message (`Access granted,Loading dock,In,Anna,Berg,1FD6C5C4,...`,
//! Genetec Security Center's and Lenel OnGuard's CSV exports, Honeywell
//! Pro-Watch's pipe rows, Bosch AMS's and ASSA ABLOY ARX's semicolon rows).
//! No key names the card; the row does: one cell is the controller's
//! verdict (granted, denied, in the languages controllers are sold in), and
//! the row names a door, reader or credential. Then a cell that is shaped
//! like a card number (a 32-bit serial in decimal or hex, a hex UID, a
//! lettered card code, facility/card) is the card. A bare number without
//! that evidence stays, and so does every cell of a firewall's or a file
//! server's `Access denied` row, which names no door.
//!
//! Called once a record, from [`super::DetectorSet::detect`]: a memchr
//! pass counts the delimiters, and only a row of five or more cells is
//! read further.

use super::{Kind, Span};

/// The shortest text worth a look: a verdict, a door and a card.
pub(crate) const MIN_LEN: usize = 24;

/// The verdicts of access-control controllers at the start of a cell (or
/// after a `: ` in it, as a relay's tag is glued to the first cell), in
/// lower case, by their first letter (`å` by its first UTF-8 byte with the
/// case bit, 0xe3): English, French, German, Spanish, Italian, Portuguese,
/// Dutch, Swedish, Norwegian, Danish, Finnish, Polish.
fn verdicts(first: u8) -> &'static [&'static str] {
    match first {
        b'a' => &[
            "access granted",
            "access denied",
            "access permitted",
            "access refused",
            "access rejected",
            "accès accordé",
            "accès autorisé",
            "accès refusé",
            "accès interdit",
            "acceso concedido",
            "acceso permitido",
            "acceso denegado",
            "accesso consentito",
            "accesso autorizzato",
            "accesso negato",
            "acesso concedido",
            "acesso permitido",
            "acesso negado",
            "adgang gitt",
            "adgang innvilget",
            "adgang nektet",
            "adgang givet",
            "adgang tilladt",
            "adgang nægtet",
        ],
        b'g' => &["granted"],
        b'd' => &["denied", "dostęp przyznany"],
        b'v' => &["valid card"],
        b'i' => &["invalid card", "invalid badge", "invalid credential"],
        b'u' => &["unknown card", "unknown badge", "unknown credential"],
        b'z' => &[
            "zutritt gewährt",
            "zutritt verweigert",
            "zutritt erlaubt",
            "zutritt abgelehnt",
            "zugang gewährt",
            "zugang verweigert",
        ],
        b't' => &[
            "toegang verleend",
            "toegang toegestaan",
            "toegang geweigerd",
        ],
        b'p' => &[
            "passage godkänd",
            "passage nekad",
            "pääsy sallittu",
            "pääsy evätty",
        ],
        0xe3 => &["åtkomst beviljad", "åtkomst nekad"],
        b'k' => &["kulku sallittu", "kulku estetty"],
        b'o' => &["odmowa dostępu"],
        _ => &[],
    }
}

/// Words that name a door, a reader (Danish `læser`, Italian `lettore`,
/// Spanish `lector`, Portuguese `leitor`), a controller's panel or a
/// credential, in lower case: any
/// of them in the row is the access-control evidence a verdict needs.
/// Stems that end compounds (`Haupteingang`, `Huvudentré`) are matched
/// anywhere; the short ones only as a whole word.
const PLACES: [&str; 49] = [
    "entrance",
    "entry",
    "exit",
    "lobby",
    "reader",
    "turnstile",
    "elevator",
    "badge",
    "card",
    "credential",
    "porte",
    "entrée",
    "sortie",
    "lecteur",
    "carte",
    "puerta",
    "entrada",
    "salida",
    "tarjeta",
    "porta",
    "ingresso",
    "eingang",
    "ausgang",
    "leser",
    "ausweis",
    "karte",
    "ingång",
    "utgång",
    "entré",
    "dörr",
    "läsare",
    "inngang",
    "indgang",
    "dør",
    "ingang",
    "deur",
    "lezer",
    "sisäänkäynti",
    "lukija",
    "kortti",
    "drzwi",
    "wejście",
    "czytnik",
    "karta",
    "læser",
    "lettore",
    "lector",
    "leitor",
    "panel",
];

/// Short words that name a door or a card only alone (`Main Door`, `Loading
/// dock`, `Server room`, `ovi`, `kort`, `pas`).
const PLACE_WORDS: [&str; 10] = [
    "door", "gate", "dock", "room", "tür", "tor", "ovi", "kort", "pas", "doors",
];

/// Finds the card cells of an access-control event row in `b` and pushes
/// them as badges.
pub(crate) fn rows(b: &[u8], out: &mut Vec<Span>) {
    let Some(d) = delimiter(b) else {
        return;
    };
    if !cells(b, d).any(|(s, e)| verdict(&b[s..e])) || !places(b) {
        return;
    }
    for (s, e) in cells(b, d) {
        let (s, e) = trim(b, s, e);
        if card(&b[s..e]) {
            out.push(Span {
                start: s,
                end: e,
                kind: Kind::Badge,
            });
        }
    }
}

/// The delimiter of a row of five or more cells: `,`, `;` or `|`, the one
/// of them the text holds at least four of.
fn delimiter(b: &[u8]) -> Option<u8> {
    let mut n = [0u8; 3];
    for p in memchr::memchr3_iter(b',', b';', b'|', b) {
        let k = match b[p] {
            b',' => 0,
            b';' => 1,
            _ => 2,
        };
        n[k] += 1;
        if n[k] == 4 {
            return Some(b[p]);
        }
    }
    None
}

/// The cells of `b` split at `d`, as (start, end).
fn cells(b: &[u8], d: u8) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut s = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let e = match memchr::memchr(d, &b[s..]) {
            Some(k) => s + k,
            None => {
                done = true;
                b.len()
            }
        };
        let r = (s, e);
        s = e + 1;
        Some(r)
    })
}

/// `b[s..e]` without the spaces and quotes around it.
fn trim(b: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && matches!(b[s], b' ' | b'"' | b'\'' | b'\t') {
        s += 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b'"' | b'\'' | b'\t' | b'\r' | b'\n') {
        e -= 1;
    }
    (s, e)
}

/// True if the cell starts with a controller's verdict, or holds one after
/// a `: ` (`SecurityCenter: Access granted`).
fn verdict(cell: &[u8]) -> bool {
    let at_start = |c: &[u8]| {
        let c = &c[trim(c, 0, c.len()).0..];
        // The first letters of the verdicts (`å` starts with 0xc3 in UTF-8,
        // 0xe3 with the case bit): most cells end here, the rest compare
        // only the verdicts of their first letter.
        let f = c.first().map_or(0, |&x| x | 0x20);
        verdicts(f).iter().any(|v| {
            let v = v.as_bytes();
            c.len() >= v.len()
                && lower_eq(&c[..v.len()], v)
                && !c
                    .get(v.len())
                    .is_some_and(|&x| x.is_ascii_alphanumeric() || x >= 0x80)
        })
    };
    if at_start(cell) {
        return true;
    }
    // A relay's tag glued to the first cell: a memchr for `:`, not a
    // memmem (whose searcher is built on each call).
    let mut k = 0;
    while let Some(p) = memchr::memchr(b':', &cell[k..]) {
        let q = k + p + 1;
        if cell.get(q) == Some(&b' ') && at_start(&cell[q + 1..]) {
            return true;
        }
        k = q;
    }
    false
}

/// ASCII case-insensitive equality; a non-ASCII letter compares as written
/// or, for the Latin-1 capitals of the verdicts (`Å`, `Ä`, `Ö`, `É`, `Ę`),
/// as its lower-case form.
fn lower_eq(a: &[u8], v: &[u8]) -> bool {
    a.iter()
        .zip(v)
        .all(|(&x, &y)| x.to_ascii_lowercase() == y || (x >= 0x80 && x | 0x20 == y))
}

/// True if the text names a door, a reader or a credential.
fn places(b: &[u8]) -> bool {
    let mut low = [0u8; 512];
    let n = b.len().min(low.len());
    for (l, &c) in low.iter_mut().zip(&b[..n]) {
        *l = c.to_ascii_lowercase();
    }
    let low = &low[..n];
    PLACES
        .iter()
        .any(|p| memchr::memmem::find(low, p.as_bytes()).is_some())
        || PLACE_WORDS.iter().any(|p| {
            let p = p.as_bytes();
            memchr::memmem::find_iter(low, p).any(|k| {
                let before = k == 0 || !(low[k - 1].is_ascii_alphanumeric() || low[k - 1] >= 0x80);
                let after = low
                    .get(k + p.len())
                    .is_none_or(|&x| !(x.is_ascii_alphanumeric() || x >= 0x80));
                before && after
            })
        })
}

/// True if the text is an access-control event: it names a door, a reader
/// or a credential ([`places`]), or holds a controller's verdict word
/// anywhere (`Access permitted`, `Zutritt verweigert`, `passage nekad`),
/// or a lock or locker opened with the credential (`unlocked`, `locker`,
/// `swiped`).
/// The evidence a word that names a credential only there needs (`Token`,
/// `tag`, `Medium`): Paxton Net2 writes `Serverrum In,Access denied wrong
/// time,Token 13388742` with no door word.
pub(crate) fn access_event(b: &[u8]) -> bool {
    const VERDICTS: [&[u8]; 19] = [
        b"granted",
        b"denied",
        b"permitted",
        b"refused",
        b"rejected",
        b"gew\xc3\xa4hrt",
        b"verweigert",
        b"abgewiesen",
        b"godk\xc3\xa4nd",
        b"nekad",
        b"toegestaan",
        b"geweigerd",
        b"autoris",
        b"refus",
        b"innvilget",
        b"nektet",
        b"unlocked",
        b"locker",
        b"swiped",
    ];
    if places(b) {
        return true;
    }
    let mut low = [0u8; 512];
    let n = b.len().min(low.len());
    for (l, &c) in low.iter_mut().zip(&b[..n]) {
        *l = c.to_ascii_lowercase();
    }
    let low = &low[..n];
    VERDICTS
        .iter()
        .any(|v| memchr::memmem::find(low, v).is_some())
}

/// The position after a card format that stands before the card number
/// at `s` (`26-bit `, `34 bit: `, `26bit `), or `s` where none does: the
/// number of bits is the reader's format, not the card.
pub(crate) fn past_format(b: &[u8], s: usize) -> usize {
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    // Quoted with its card: `Credential '26 bit: 12/34567'`.
    let q = usize::from(matches!(at(s), b'"' | b'\''));
    if !(at(s + q).is_ascii_digit() && at(s + q + 1).is_ascii_digit()) {
        return s;
    }
    let mut k = s + q + 2;
    if matches!(at(k), b'-' | b' ') {
        k += 1;
    }
    if !(b.len() >= k + 3 && b[k..k + 3].eq_ignore_ascii_case(b"bit")) {
        return s;
    }
    k += 3;
    // `26 bits 123/45678`, as some access systems write the format.
    if matches!(at(k), b's' | b'S') {
        k += 1;
    }
    if matches!(at(k), b':' | b',') {
        k += 1;
    }
    if at(k) != b' ' {
        return s;
    }
    k + 1
}

/// The card number after `Wiegand` (the word ends at `j`), past its format:
/// `Wiegand 26-bit 123:45678`, `Wiegand-26: 0012345678`, `Wiegand 34 bit
/// 04A1B2C3`. A facility and card number, 4-10 digits (a 26-bit card's
/// number is at most 65535), or a card shaped as [`card`] says.
pub(crate) fn after_wiegand(b: &[u8], j: usize) -> Option<(usize, usize)> {
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    let mut s = j;
    if matches!(at(s), b' ' | b'-') && at(s + 1).is_ascii_digit() {
        let k = past_format(b, s + 1);
        if k > s + 1 {
            s = k - 1;
        } else if at(s + 1).is_ascii_digit()
            && at(s + 2).is_ascii_digit()
            && matches!(at(s + 3), b' ' | b':')
        {
            s += 3;
        }
    }
    if at(s) == b':' {
        s += 1;
    }
    if at(s) != b' ' {
        return None;
    }
    s += 1;
    let mut e = s;
    while e < b.len()
        && e - s <= 22
        && (b[e].is_ascii_alphanumeric() || matches!(b[e], b':' | b'/'))
    {
        e += 1;
    }
    while e > s && matches!(b[e - 1], b':' | b'/') {
        e -= 1;
    }
    let v = &b[s..e];
    let digits = (4..=10).contains(&v.len()) && v.iter().all(u8::is_ascii_digit);
    let fac_card =
        v.iter().filter(|&&c| c == b':' || c == b'/').count() == 1 && v.len() >= 5 && card(v);
    (digits || fac_card || card(v)).then_some((s, e))
}

/// True if a whole cell is shaped like a card number: `0x` and 8-20 hex
/// digits; 6-10 decimal digits (a 32-bit serial, leading zeros kept); 8,
/// 14 or 20 hex digits with a letter and a digit (a serial or a 4-, 7- or
/// 10-byte UID); one to four capitals and five or more digits (six after a
/// single capital), or a dash and four or more (`ID16448`, `KRT-29997`);
/// facility and card number
/// (`26/12345`, `26:12345`).
pub(crate) fn card(v: &[u8]) -> bool {
    let n = v.len();
    if !(6..=22).contains(&n) {
        return false;
    }
    if (v.starts_with(b"0x") || v.starts_with(b"0X"))
        && (10..=22).contains(&n)
        && v[2..].iter().all(u8::is_ascii_hexdigit)
    {
        return true;
    }
    let digits = v.iter().filter(|c| c.is_ascii_digit()).count();
    if digits == n {
        return n <= 10;
    }
    if v.iter().all(u8::is_ascii_hexdigit) && matches!(n, 8 | 14 | 20) && digits > 0 {
        return true;
    }
    // A capital of `A` to `F` before the digits (`B216542`, `CA-10442`)
    // is as much a prefix as any other capital, though every byte is a hex
    // digit: the prefix rule below decides.
    let letters = v.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if (1..=4).contains(&letters) && v[..letters].iter().all(u8::is_ascii_uppercase) {
        let rest = &v[letters..];
        if let Some(r) = rest.strip_prefix(b"-") {
            return r.len() >= 4 && r.iter().all(u8::is_ascii_digit);
        }
        // One letter needs six digits: `E10234` is an employee's number in
        // Pro-Watch's rows, `B893785` a badge.
        let min = if letters == 1 { 6 } else { 5 };
        return rest.len() >= min && rest.iter().all(u8::is_ascii_digit);
    }
    if let Some(k) = v.iter().position(|&c| c == b'/' || c == b':') {
        let (fc, cn) = (&v[..k], &v[k + 1..]);
        return (1..=5).contains(&fc.len())
            && (3..=8).contains(&cn.len())
            && fc.iter().all(u8::is_ascii_digit)
            && cn.iter().all(u8::is_ascii_digit);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        rows(text.as_bytes(), &mut out);
        out.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn card_shapes() {
        for v in [
            "1234567",
            "0012345678",
            "0x1A2B3C4D",
            "A779D546",
            "1FD6C5C4",
            "04A2B3C4D5E6F7",
            "ID649686",
            "PK595134",
            "KRT-29997",
            "NL482211",
            "26/12345",
            "26:12345",
            "B216542",
            "C104425",
        ] {
            assert!(card(v.as_bytes()), "{v}");
        }
        for v in [
            "12345",
            "E10234",
            "12345678901",
            "Berg",
            "ABCDEFAB",
            "2.14.3",
            "3/14/2026",
            "09:12:01",
            "ab-1234",
            "Server",
        ] {
            assert!(!card(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn access_rows_of_other_products() {
        // Lenel OnGuard's CSV event export, relayed.
        assert_eq!(
            found("03/14/2026 09:12:01,Access Granted,Main Lobby Reader 1,Berg,Anna,1234567,12"),
            ["1234567"]
        );
        assert_eq!(
            found("03/14/2026 09:12:02,Access Denied - Invalid Badge,Server Room,,,87654321,12"),
            ["87654321"]
        );
        // Honeywell Pro-Watch's pipe row (the employee id stays).
        assert_eq!(
            found(
                "E10234|Anna|Berg|HQ|Stockholm||IT|5512347|Main Door|03/14/2026 09:12:03|Granted"
            ),
            ["5512347"]
        );
        // Genetec Synergis, semicolons, with the relay's tag.
        assert_eq!(
            found(
                "Synergis: Access granted;Entrance B;In;Jonas;Ek;0x1A2B3C4D;3/14/2026 9:12:04 AM"
            ),
            ["0x1A2B3C4D"]
        );
        // Nedap AEOS in Dutch, Bosch AMS in German, ASSA ABLOY ARX in
        // Swedish, Siemens SiPass in Spanish and French.
        assert_eq!(
            found("Toegang verleend,Hoofdingang,Jan,de Vries,NL482211,14-03-2026 09:12:05"),
            ["NL482211"]
        );
        assert_eq!(
            found("Zutritt gewährt;Haupteingang;Müller;Hans;00123456;14.03.2026 09:12:06"),
            ["00123456"]
        );
        assert_eq!(
            found("Passage godkänd,Entré Plan 2,Karin,Lund,KT-204417,2026-03-14 09:12:07"),
            ["KT-204417"]
        );
        assert_eq!(
            found("Acceso concedido,Puerta principal,Lucía,García,A7F3C2D1,14/03/2026 9:12:08"),
            ["A7F3C2D1"]
        );
        assert_eq!(
            found("Accès refusé : badge inconnu,Porte parking,,,3388120945,14/03/2026 9:12:09"),
            ["3388120945"]
        );
        // Lenel OnGuard relayed in Danish: a reader (`Læser`) and a panel.
        assert_eq!(
            found(
                "OnGuard,2025-02-16 02:19:25,Adgang givet,Garage B2,Berg; Anna,K7000685,Medarbejder,Panel 15,Læser 41"
            ),
            ["K7000685"]
        );
        assert_eq!(
            found(
                "SecurityCenter: Access denied: Unknown credential,Kolmården Server room,In,,,KRT-503234,2/1/2026 6:14:31 PM"
            ),
            ["KRT-503234"]
        );
    }

    #[test]
    fn card_formats_and_wiegand() {
        let t = "Wiegand 26-bit 123:45678 read";
        assert_eq!(
            after_wiegand(t.as_bytes(), 7).map(|(s, e)| &t[s..e]),
            Some("123:45678")
        );
        let t = "Wiegand-26: 0012345678 read";
        assert_eq!(
            after_wiegand(t.as_bytes(), 7).map(|(s, e)| &t[s..e]),
            Some("0012345678")
        );
        let t = "Wiegand 34 bit 04A1B2C3 read";
        assert_eq!(
            after_wiegand(t.as_bytes(), 7).map(|(s, e)| &t[s..e]),
            Some("04A1B2C3")
        );
        // The format alone, or a word after it, is no card.
        for t in [
            "Wiegand 26-bit format enabled",
            "Wiegand interface 2 up",
            "Wiegand 26",
        ] {
            assert_eq!(after_wiegand(t.as_bytes(), 7), None, "{t}");
        }
        let t = "26-bit 12:3456";
        assert_eq!(past_format(t.as_bytes(), 0), 7);
        let t = "26 bits 123/45678";
        assert_eq!(past_format(t.as_bytes(), 0), 8);
        let t = "26 bitsy 123";
        assert_eq!(past_format(t.as_bytes(), 0), 0);
        let t = "'26 bit: 12/34567'";
        assert_eq!(past_format(t.as_bytes(), 0), 9);
        // A number that is not a format stays where it is.
        for t in ["2600 bits", "26-bite", "12345678"] {
            assert_eq!(past_format(t.as_bytes(), 0), 0, "{t}");
        }
    }

    #[test]
    fn access_events_by_their_words() {
        for t in [
            "Serverrum In,Access denied wrong time,Token 13388742",
            "Zutritt verweigert Medium 12345685",
            "tag 0A1B2C3D unlocked lock 4",
            "reader 3: token 12345678",
        ] {
            assert!(access_event(t.as_bytes()), "{t}");
        }
        for t in [
            "sent token 123456 to the user",
            "api: token 0A1B2C3D expired",
            "vlan tag 100 added on port 4",
        ] {
            assert!(!access_event(t.as_bytes()), "{t}");
        }
    }

    #[test]
    fn rows_without_access_control_evidence_stay() {
        // A firewall's and a file server's verdicts name no door.
        assert!(found("Access denied,port,8443,proto,6,rule,12345678").is_empty());
        assert!(found("Access granted,share,data,session,4412873,uid,100233").is_empty());
        // A door event without a verdict.
        assert!(found("03/14/2026 09:14:05,Door Forced Open,Loading Dock,,,,4412873").is_empty());
        // Too few cells.
        assert!(found("Access granted at Main Door, card 12345678").is_empty());
        // A number of other shapes in an access row.
        assert!(
            found("Access granted,Entrance B,In,Jonas,Ek,event 88412,3/14/2026 9:14:06 AM")
                .is_empty()
        );
    }
}
