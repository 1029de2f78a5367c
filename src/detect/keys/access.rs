//! A generic token key in an access-control event ([`access_badge`]): a
//! `tag`, `token`, `chip`, `transponder` or `medium` names a badge when the
//! record is about a door, a reader, a gate or a turnstile, and names a
//! label, a session or a storage medium anywhere else.

use super::siblings::last_letters;

/// Keys that name the credential a reader read only in an access-control
/// event: the RFID `tag`, `token`, `chip`, `transponder` or `medium` of
/// gym, ski-lift, parking, hotel and office door systems (Salto's and
/// dormakaba's `medium`, Nedap's and Paxton's `token`, ASSA's `tag`), and
/// the key or fob in the Nordic, German, Dutch, Finnish, Spanish, Italian,
/// Polish, Czech and Hungarian words (`nyckel`, `bricka`, `brikke`,
/// `Schlüssel`, `sleutel`, `avain`, `llave`, `chiave`, `klucz`, `klíč`,
/// `kulcs`). Spelt as [`last_letters`] spells a key.
const TOKEN_KEYS: [&[u8]; 31] = [
    b"tag",
    b"tagid",
    b"tagno",
    b"tagnr",
    b"tagnumber",
    b"tagcode",
    b"token",
    b"tokenid",
    b"chip",
    b"chipid",
    b"chipno",
    b"transponder",
    b"transponderid",
    b"medium",
    b"mediumid",
    b"media",
    b"mediaid",
    b"key",
    b"keyid",
    b"nyckel",
    b"bricka",
    b"brikke",
    b"nokkel",
    b"schluessel",
    b"sleutel",
    b"avain",
    b"llave",
    b"chiave",
    b"klucz",
    b"klic",
    b"kulcs",
];

/// Words that make a record an access-control event: a door, a reader, a
/// gate, a turnstile, a barrier or an entrance, in English and the
/// languages of the products' markets (`dörr`, `Tür`, `deur`, `porte`,
/// `puerta`, `porta`, `drzwi`, `ovi`, `ajtó`, `dveře`; `läsare`, `Leser`,
/// `lukija`, `lecteur`, `lector`, `lettore`, `czytnik`; `vändkors`,
/// `Drehkreuz`, `tourniquet`, `torniquete`, `tornello`), lower case.
const ACCESS_WORDS: [&[u8]; 31] = [
    b"door",
    "d\u{f6}rr".as_bytes(),
    "d\u{f8}r".as_bytes(),
    "t\u{fc}r".as_bytes(),
    b"tuer",
    b"deur",
    b"porte",
    b"puerta",
    b"porta",
    b"drzwi",
    b"ovi",
    "ajt\u{f3}".as_bytes(),
    "dve\u{159}e".as_bytes(),
    b"reader",
    "l\u{e4}sare".as_bytes(),
    b"leser",
    b"lukija",
    b"lecteur",
    b"lector",
    b"lettore",
    b"czytnik",
    b"turnstile",
    "v\u{e4}ndkors".as_bytes(),
    b"drehkreuz",
    b"tourniquet",
    b"torniquete",
    b"tornello",
    b"gate",
    b"barrier",
    b"entrance",
    b"entry",
];

/// True if `value` under the key `key` is a badge because the key is a
/// generic token key ([`TOKEN_KEYS`]), the value is shaped like a card
/// number ([`crate::detect::badge::card`]: `B216542`, `0x1A2B3C4D`,
/// `11761866`) and the record `rec` is an access-control event
/// ([`access_event`]): `{"op":"door.open","tag":"B216542"}`,
/// `reader=R12 token=04A2B3C4D5E6F7`. Cheap checks first: the value's
/// length, the key's letters, then the record.
pub fn access_badge(key: &str, value: &str, rec: &[u8]) -> bool {
    let v = value.trim();
    if !(6..=22).contains(&v.len()) {
        return false;
    }
    let mut buf = [0u8; 32];
    let Some(k) = last_letters(key, &mut buf) else {
        return false;
    };
    TOKEN_KEYS.contains(&k) && crate::detect::badge::card(v.as_bytes()) && access_event(rec)
}

/// True if `rec` has one of [`ACCESS_WORDS`] as a word, in any ASCII case:
/// after a byte that is no letter or at a camelCase hump (`liftGate`), and
/// before one that is no lower-case letter, or its plural `s`
/// (`door.open`, `"reader_mac"`, `doorId`, `Main Doors`; not `gateway`,
/// `backdoor`, `portal`).
pub fn access_event(rec: &[u8]) -> bool {
    ACCESS_WORDS.iter().any(|w| {
        let mut from = 0;
        while let Some(p) = find_ignore_case(&rec[from..], w) {
            let s = from + p;
            let e = s + w.len();
            let before_ok = s == 0
                || !rec[s - 1].is_ascii_alphabetic()
                || (rec[s].is_ascii_uppercase() && rec[s - 1].is_ascii_lowercase());
            let after = |i: usize| rec.get(i).is_none_or(|c| !c.is_ascii_lowercase());
            let after_ok = after(e) || (rec[e] == b's' && after(e + 1));
            if before_ok && after_ok {
                return true;
            }
            from = s + 1;
        }
        false
    })
}

/// The first position of `w` (lower case) in `hay`, comparing ASCII
/// letters without case.
fn find_ignore_case(hay: &[u8], w: &[u8]) -> Option<usize> {
    let first = w[0];
    let upper = first.to_ascii_uppercase();
    let mut i = 0;
    while i + w.len() <= hay.len() {
        let p = memchr::memchr2(first, upper, &hay[i..=hay.len() - w.len()])?;
        let s = i + p;
        if hay[s..s + w.len()].eq_ignore_ascii_case(w) {
            return Some(s);
        }
        i = s + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_key_in_a_door_event_holds_a_badge() {
        // A gym's door system (JSON), a parking barrier (kv), a ski lift's
        // gate (CEF label), a Finnish office reader.
        for (key, value, rec) in [
            (
                "tag",
                "B555012",
                r#"{"op":"door.open","tag":"B555012","member":{"id":7}}"#,
            ),
            (
                "token",
                "04A2B3C4D5E6F7",
                "evt=exit barrier=P2 token=04A2B3C4D5E6F7",
            ),
            (
                "chip",
                "0012345678",
                "CEF:0|Lift|Gate|1|pass|Pass read|1|cs3Label=chip cs3=0012345678 dvchost=liftGate4",
            ),
            (
                "medium",
                "KRT-29997",
                r#"{"lukija":"A-ovi","medium":"KRT-29997"}"#,
            ),
        ] {
            assert!(access_badge(key, value, rec.as_bytes()), "{rec}");
        }
    }

    #[test]
    fn a_token_key_elsewhere_or_a_label_stays() {
        for (key, value, rec) in [
            // No door: an image tag, a release tag, a session token.
            (
                "tag",
                "20260114",
                r#"{"repo":"web","tag":"20260114","gateway":"gw1"}"#,
            ),
            ("tag", "B555012", r#"{"op":"deploy","tag":"B555012"}"#),
            // A door event whose tag is a label, not a card's number.
            ("tag", "lobby", r#"{"op":"door.open","tag":"lobby"}"#),
            ("tag", "v2.14.3", r#"{"door":"D1","tag":"v2.14.3"}"#),
            // A door's word inside another (`backdoor`, `portal`).
            (
                "token",
                "12345678",
                r#"{"portal":"backdoor-scan","token":"12345678"}"#,
            ),
            // Not a token key.
            (
                "member",
                "B555012",
                r#"{"op":"door.open","member":"B555012"}"#,
            ),
        ] {
            assert!(!access_badge(key, value, rec.as_bytes()), "{rec}");
        }
    }
}
