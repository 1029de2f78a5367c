//! Telephony: channel names and dial strings (a person's phone or
//! account, not a trunk), badges after a qualified word, and the user part
//! of SIP URIs.

use super::key::badge_value;
use super::shape::{MAX_LEN, letter_at, letter_before, plausible, user_char};
use super::words::NOT_NAMES;
use crate::detect::Kind;
use crate::detect::phone::is_phone;
use crate::detect::util::{at, is_digit, is_word};

/// Segments of an endpoint name that mark a trunk, gateway or carrier
/// connection rather than a person's phone (`PJSIP/trunk-0000001a`,
/// `SIP/telco-gw2-0000abcd`, `IAX2/pstn_out-1234`).
const TRUNK_WORDS: [&[u8]; 29] = [
    b"trunk",
    b"trunks",
    b"provider",
    b"pstn",
    b"sbc",
    b"gw",
    b"gateway",
    b"carrier",
    b"itsp",
    b"out",
    b"in",
    b"outbound",
    b"inbound",
    b"outgoing",
    b"incoming",
    b"upstream",
    b"isdn",
    b"voip",
    b"sip",
    b"pri",
    b"telco",
    b"peer",
    b"udp",
    b"tcp",
    b"tls",
    b"ws",
    b"wss",
    b"sctp",
    b"dtls",
];

/// True if the endpoint name `v` names a trunk: one of its `-`, `_` or `.`
/// separated parts, without trailing digits, is a trunk word, or a part
/// contains `trunk`.
fn trunk_like(v: &[u8]) -> bool {
    v.split(|&c| matches!(c, b'-' | b'_' | b'.')).any(|part| {
        let letters = part.len() - part.iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let w = &part[..letters];
        TRUNK_WORDS.iter().any(|t| w.eq_ignore_ascii_case(t))
            || part.windows(5).any(|x| x.eq_ignore_ascii_case(b"trunk"))
    })
}

/// The kind of a channel endpoint or dialled number `v`: a phone number
/// in any form (`+46...`, `0046...`, `0701...`, E.164 without `+`) or an
/// internal extension (a phone too, as the CDR's `src` column has it),
/// or an account; `None` for a trunk or a service number.
pub(crate) fn endpoint_kind(v: &[u8]) -> Option<Kind> {
    if v.is_empty() {
        return None;
    }
    if v.iter().all(|&c| is_digit(c) || c == b'+') {
        if dialled_phone(v) {
            return Some(Kind::Phone);
        }
        let extension = (2..=6).contains(&v.len())
            && v.iter().all(|&c| is_digit(c))
            && !crate::detect::phone::is_service(v);
        // A dial string is telephony: a national number of any country
        // (`PJSIP/07477394335@trunk`, `PJSIP/2221234567-0000001a`, a plan
        // without a trunk `0`) is dialled as it is.
        let national = (7..=15).contains(&v.len()) && v.iter().all(|&c| is_digit(c));
        return (extension || national || crate::detect::phone::national_any(v))
            .then_some(Kind::Phone);
    }
    (!trunk_like(v) && !shared_desk(v) && plausible(v) && !v.contains(&b'+'))
        .then_some(Kind::Username)
}

/// True if the endpoint name `v` names a shared desk or a common-area
/// phone, not a person's account: a reception, front desk, lobby,
/// concierge, porter, night desk, switchboard or door phone, alone or with
/// a number or a site after a separator (`SIP/reception-0000001a`,
/// `PJSIP/frontdesk2`, `SIP/lobby_b`). Hotel, clinic and office PBXs
/// (FreePBX, 3CX, Yeastar) name such peers after the place the phone
/// stands; a person's peer (`SIP/anna.berg`) names the person.
fn shared_desk(v: &[u8]) -> bool {
    const DESKS: [&[u8]; 14] = [
        b"reception",
        b"receptionen",
        b"frontdesk",
        b"lobby",
        b"concierge",
        b"porter",
        b"nightdesk",
        b"switchboard",
        b"vaxel",
        b"doorphone",
        b"intercom",
        b"rezeption",
        b"receptie",
        b"resepsjon",
    ];
    // The word, digits, then at most one short tag (`-2`, `_b`, `-hq`):
    // `reception-anna` may be Anna's own phone and is not kept.
    let letters = v.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let digits = v[letters..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let rest = &v[letters + digits..];
    let tag = match rest.split_first() {
        None => true,
        Some((sep, t)) => {
            matches!(sep, b'-' | b'_' | b'.')
                && (1..=3).contains(&t.len())
                && t.iter().all(u8::is_ascii_alphanumeric)
        }
    };
    tag && DESKS.iter().any(|d| v[..letters].eq_ignore_ascii_case(d))
}

/// True if `v` (digits, maybe a leading `+`) is a public phone number.
pub(crate) fn dialled_phone(v: &[u8]) -> bool {
    is_phone(v)
        || crate::detect::phone::bare_intl(v)
        || crate::detect::phone::nanp_valid(v)
        || crate::detect::phone::national_any(v)
}

/// A badge code after the word that names it, with a space between:
/// `Kort B723310 nekades`, `badge #40211 denied`, also after a noun that
/// qualifies the word (`Badge ID: 445566`, `card-id 445567`, `Card number:
/// 12345678`, `RFID tag 04A1B2C3D4`), abbreviated with its dot (`Card No.:
/// 12345678`, `Ausweis-Nr. 4711`), after a `#` glued to the word (`card#
/// 5566780`), in brackets (`card (12345678)`), after `n°` (`badge n°
/// 4711`), and past the card format a reader names (`Card: 26-bit
/// 12:3456`). The code has a digit and at least four bytes. The word ends
/// at `j`.
pub(crate) fn badge_after_word(b: &[u8], j: usize) -> Option<(usize, usize)> {
    const QUALIFIERS: [&[u8]; 9] = [
        b"id", b"nr", b"no", b"number", b"nummer", b"num", b"tag", b"uid", b"code",
    ];
    let mut s = j;
    if matches!(at(b, s), b' ' | b'-') && at(b, s + 1).is_ascii_alphabetic() {
        let we = crate::detect::util::word_end(b, s + 1);
        if QUALIFIERS
            .iter()
            .any(|q| b[s + 1..we].eq_ignore_ascii_case(q))
        {
            s = we;
            if at(b, s) == b'.' {
                s += 1;
            }
        }
    }
    // French and Spanish `badge n° 4711`, `tarjeta nº 4711`.
    if at(b, s) == b' '
        && at(b, s + 1) | 0x20 == b'n'
        && at(b, s + 2) == 0xC2
        && matches!(at(b, s + 3), 0xB0 | 0xBA)
    {
        s += 4;
    }
    if at(b, s) == b'#' {
        s += 1;
    }
    if at(b, s) == b':' {
        s += 1;
    }
    if at(b, s) != b' ' {
        return None;
    }
    s += 1;
    // `card #40211`, `card (12345678)`.
    if matches!(at(b, s), b'#' | b'(') {
        s += 1;
    }
    s = crate::detect::badge::past_format(b, s);
    let (vs, ve) = badge_value(b, s)?;
    (ve - vs >= 4).then_some((vs, ve))
}

/// The endpoint of an Asterisk channel name or dial string whose technology
/// word is `b[i..j]` (a `/` follows): `PJSIP/alice-0000002a`,
/// `SIP/1001-0a1b2c3d`, `IAX2/bob-4711`, `PJSIP/+4670...@trunk`,
/// `Local/0701740683@from-internal-00000012;1`, `DAHDI/g0/0701740683`,
/// `SIP/trunk/447700900123`. The unique suffix (`-` and hex digits) and the
/// context after `@` are not part of it. Returns its span and kind.
pub(crate) fn channel(b: &[u8], i: usize, j: usize) -> Option<(usize, usize, Kind)> {
    if at(b, j) != b'/' || (i > 0 && (is_word(b[i - 1]) || b[i - 1] == b'/')) {
        return None;
    }
    let tech = &b[i..j];
    let mut s = j + 1;
    if tech.eq_ignore_ascii_case(b"sofia") {
        return sofia(b, s);
    }
    if tech.eq_ignore_ascii_case(b"dahdi") {
        // `DAHDI/g0/<number>` (group, round robin, interface); a bare
        // `DAHDI/1-1` is a hardware channel.
        if !matches!(at(b, s) | 0x20, b'g' | b'r' | b'i') {
            return None;
        }
        let d = crate::detect::util::digits_end(b, s + 1);
        if d == s + 1 || at(b, d) != b'/' {
            return None;
        }
        s = d + 1;
    }
    let e = endpoint_end(b, s);
    let mut v = e;
    // The channel's unique suffix: `-` and 1-8 hex digits at the end.
    if let Some(dash) = b[s..e].iter().rposition(|&c| c == b'-') {
        let tail = &b[s + dash + 1..e];
        if (1..=8).contains(&tail.len()) && tail.iter().all(u8::is_ascii_hexdigit) {
            v = s + dash;
        }
    }
    // A Local channel is always `exten@context`; the other technologies
    // name an endpoint with the unique suffix, or in a dial string before
    // `@host`, `,options`, `)` or `&` (`SIP/TLS` in prose is neither).
    let dahdi = tech.eq_ignore_ascii_case(b"dahdi");
    let framed =
        dahdi || v < e || matches!(at(b, e), b'@' | b',' | b')' | b'&' | b'"' | b'\'' | b'/');
    if !framed || (tech.eq_ignore_ascii_case(b"local") && at(b, e) != b'@') {
        return None;
    }
    // A short emergency number dialled out to the public network names no
    // one: through a DAHDI group or span (`DAHDI/g0/144`, `DAHDI/i1/144-1`)
    // or to a trunk (`PJSIP/155@telia-trunk`). The same digits dialled to a
    // phone (`PJSIP/144`, `SIP/144-0000001a`) are an extension, a person's.
    if crate::detect::phone::emergency_abroad(&b[s..v])
        && (dahdi || (at(b, e) == b'@' && trunk_like(&b[e + 1..endpoint_end(b, e + 1)])))
    {
        return None;
    }
    let kind = endpoint_kind(&b[s..v]);
    if kind.is_none() && at(b, e) == b'/' && !dahdi {
        // `SIP/trunk/<number>`: the number dialled over the trunk.
        let ns = e + 1;
        let ne = endpoint_end(b, ns);
        return dialled_phone(&b[ns..ne]).then_some((ns, ne, Kind::Phone));
    }
    Some((s, v, kind?))
}

/// The endpoint of a FreeSWITCH channel name whose profile starts at `s`
/// (after `sofia/`): `sofia/internal/1001@192.0.2.7`,
/// `sofia/internal/1001%pbx.example.se` (a multi-domain profile),
/// `sofia/external/+46701740683`, `sofia/gateway/telia/0701740683`. The
/// profile is one word; a gateway's endpoint is the number dialled over it.
fn sofia(b: &[u8], s: usize) -> Option<(usize, usize, Kind)> {
    let word_end = |k: usize| {
        let mut e = k;
        while e - k <= MAX_LEN
            && (at(b, e).is_ascii_alphanumeric() || matches!(at(b, e), b'_' | b'-' | b'.'))
        {
            e += 1;
        }
        e
    };
    let pe = word_end(s);
    if pe == s || at(b, pe) != b'/' {
        return None;
    }
    let mut es = pe + 1;
    let gateway = b[s..pe].eq_ignore_ascii_case(b"gateway");
    if gateway {
        let ge = word_end(es);
        if ge == es || at(b, ge) != b'/' {
            return None;
        }
        es = ge + 1;
    }
    let mut e = es;
    while e - es <= MAX_LEN && at(b, e) != b'%' {
        let n = if matches!(at(b, e), b'+' | b'.') {
            1
        } else if matches!(at(b, e), b'@' | b'\\' | b'$') {
            0
        } else {
            user_char(b, e)
        };
        if n == 0 {
            break;
        }
        e += n;
    }
    let framed = e == b.len()
        || matches!(
            at(b, e),
            b'@' | b'%' | b' ' | b']' | b')' | b',' | b'"' | b'\'' | b';' | b'\t'
        );
    let v = &b[es..e];
    if !framed || crate::detect::phone::placeholder(std::str::from_utf8(v).ok()?) {
        return None;
    }
    match endpoint_kind(v)? {
        Kind::Username if gateway => None,
        k => Some((es, e, k)),
    }
}

/// The end of an endpoint name or number starting at `s`.
fn endpoint_end(b: &[u8], s: usize) -> usize {
    // First the ASCII bytes that the loop below takes one at a time without
    // a second look (letters, digits, `_-.+`): most names are only these.
    let lim = b.len().min(s + MAX_LEN + 1);
    let mut e = s;
    while e < lim && PLAIN[usize::from(b[e])] {
        e += 1;
    }
    while e - s <= MAX_LEN {
        let c = at(b, e);
        let n = if c == b'+' || c == b'.' {
            1
        } else if c == b'@' || c == b'\\' || c == b'$' {
            0
        } else {
            user_char(b, e)
        };
        if n == 0 {
            break;
        }
        e += n;
    }
    e
}

/// The bytes [`endpoint_end`] steps over by one without checks.
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'+');
        i += 1;
    }
    t
};

/// The user part of a `sip:`/`sips:` URI whose scheme word is `b[i..j]`: a
/// phone if it validates as one, otherwise a username.
pub(crate) fn sip_user(b: &[u8], i: usize, j: usize) -> Option<(usize, usize, Kind)> {
    let w = &b[i..j];
    if at(b, j) != b':' || !(w.eq_ignore_ascii_case(b"sip") || w.eq_ignore_ascii_case(b"sips")) {
        return None;
    }
    let s = j + 1;
    let mut e = s;
    while e < b.len()
        && e - s <= MAX_LEN
        && (is_word(b[e])
            || matches!(
                b[e],
                b'.' | b'-' | b'+' | b'%' | b'!' | b'~' | b'*' | b'&' | b'=' | b'$' | b','
            )
            // `sip:eo'brien@pbx`: an apostrophe between letters.
            || (b[e] == b'\'' && letter_before(b, e) && letter_at(b, e + 1)))
    {
        e += 1;
    }
    if e == s || at(b, e) != b'@' {
        return None;
    }
    let u = &b[s..e];
    // `sip:112@`, `sip:1177@`: an emergency or service number reaches no
    // person, as a dialled number or as the user of a URI.
    if crate::detect::phone::is_service(u) {
        return None;
    }
    if is_phone(u) || crate::detect::phone::bare_intl(u) {
        return Some((s, e, Kind::Phone));
    }
    // Extensions (`sip:301@pbx`) are accounts too, so digits-only is fine
    // here (they stay accounts: their tokens must not change).
    let simple = u
        .iter()
        .all(|&c| is_word(c) || matches!(c, b'.' | b'-' | b'+' | b'\''));
    (simple && !NOT_NAMES.contains(u)).then_some((s, e, Kind::Username))
}

#[cfg(test)]
mod end_tests {
    use super::{MAX_LEN, endpoint_end, user_char};
    use crate::detect::util::at;

    /// [`endpoint_end`] as it was before its plain-byte run.
    fn reference(b: &[u8], s: usize) -> usize {
        let mut e = s;
        while e - s <= MAX_LEN {
            let c = at(b, e);
            let n = if c == b'+' || c == b'.' {
                1
            } else if c == b'@' || c == b'\\' || c == b'$' {
                0
            } else {
                user_char(b, e)
            };
            if n == 0 {
                break;
            }
            e += n;
        }
        e
    }

    #[test]
    fn the_plain_run_ends_where_the_loop_did() {
        let alphabet = "aZ9_-.+@\\$' ,/&;:åÖ\u{301}".chars().collect::<Vec<_>>();
        let mut x: u32 = 0x9E37_79B9;
        for round in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let len = if round % 100 == 0 {
                300
            } else {
                (x % 24) as usize
            };
            let mut s = String::new();
            let mut y = x;
            for _ in 0..len {
                y = y.wrapping_mul(0x2545_F491).wrapping_add(1);
                s.push(alphabet[(y >> 16) as usize % alphabet.len()]);
            }
            let b = s.as_bytes();
            for start in s.char_indices().map(|(i, _)| i).chain([b.len()]) {
                assert_eq!(endpoint_end(b, start), reference(b, start), "{s:?} {start}");
            }
        }
        let long = "a".repeat(400);
        assert_eq!(
            endpoint_end(long.as_bytes(), 3),
            reference(long.as_bytes(), 3)
        );
    }
}
