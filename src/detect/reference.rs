//! The scanner as it was before the performance work, kept verbatim as an
//! oracle (plus the person-name hook, added later in its plainest form): the
//! fast scanner must report exactly the same spans on any text.

use super::util::{self, at, digits_end, is_digit, is_hex, is_word};
use super::{DetectorSet, Kind, Span, email, idnum, imei, ip, mac, name, phone, username};

/// What `DetectorSet::detect` returned before the fast scanner, for the
/// built-in detectors only.
pub(crate) fn detect(set: &DetectorSet, text: &str, out: &mut Vec<Span>) {
    let base = out.len();
    set.ref_scan(text.as_bytes(), out);
    super::resolve(out, base);
    if set.on.email {
        let b = text.as_bytes();
        for s in &mut out[base..] {
            if s.kind == Kind::Username {
                if let Some(at) = memchr::memchr(b'@', &b[s.start..s.end]) {
                    if email::around(b, s.start + at, false) == Some((s.start, s.end)) {
                        s.kind = Kind::Email;
                    }
                }
            }
        }
    }
}

impl DetectorSet {
    fn ref_scan(&self, b: &[u8], out: &mut Vec<Span>) {
        let on = self.on;
        let n = b.len();
        let mut push = |start: usize, end: usize, kind: Kind| out.push(Span { start, end, kind });
        let mut i = 0;
        while i < n {
            let c = b[i];
            // Added with the person-name detector: at every char that may
            // start a name, before anything else looks at it.
            if on.name && (c.is_ascii_uppercase() || c >= 0xC2) && name::may_start(b, i) {
                if let Some((s, e)) = name::at(b, i) {
                    push(s, e, Kind::PersonName);
                    i = e;
                    continue;
                }
            }
            if is_word(c) {
                let mut j = i + 1;
                while j < n && is_word(b[j]) {
                    j += 1;
                }
                let next = if is_digit(c) {
                    self.ref_digit_word(b, i, j, &mut push)
                } else if let Some((s, e)) =
                    on.ipv4.then(|| super::glued_dashed_ipv4(b, i, j)).flatten()
                {
                    push(s, e, Kind::HostIpv4);
                    Some(e)
                } else {
                    self.ref_letter_word(b, i, j, &mut push)
                };
                i = next.unwrap_or(j);
                continue;
            }
            match c {
                b'+' if (on.phone || on.sip)
                    && is_digit(at(b, i + 1))
                    && (i == 0 || !(is_word(b[i - 1]) || b[i - 1] == b'+')) =>
                {
                    if let Some(e) = phone::at_pos(b, i) {
                        push(i, e, Kind::Phone);
                        i = e;
                        continue;
                    }
                }
                b':' if on.ipv6 && at(b, i + 1) == b':' => {
                    if let Some((s, e, k)) = ip::ipv6_at(b, i) {
                        if k == Kind::Ipv6 || on.ipv4 {
                            push(s, e, k);
                        }
                        i = e;
                        continue;
                    }
                }
                b'@' if on.email => {
                    if let Some((s, e)) = email::around(b, i, on.sip) {
                        push(s, e, Kind::Email);
                        i = e;
                        continue;
                    }
                }
                b'\\' if on.username => {
                    if let Some((s, e)) = username::after_backslash(b, i) {
                        push(s, e, Kind::Username);
                        i = e;
                        continue;
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// A word `b[i..j]` that starts with a digit. Returns where to resume if
    /// something was found.
    fn ref_digit_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = self.on;
        let de = digits_end(b, i);
        let nx = at(b, j);
        if on.ipv4 && de == j && nx == b'.' {
            if let Some(e) = ip::ipv4_at(b, i) {
                push(i, e, Kind::Ipv4);
                return Some(e);
            }
        }
        if on.ipv4 && de == j && nx == b'-' {
            if let Some(e) = ip::dashed_ipv4_at(b, i) {
                push(i, e, Kind::HostIpv4);
                return Some(e);
            }
        }
        if i > 0 {
            // Inside a dotted, dashed or timed run (`v1.2`, `2026-02-09`,
            // `12:30`) or as the suffix of a compound token
            // (`trunk-03375721`) no number starts.
            let p = b[i - 1];
            let pp = if i > 1 { b[i - 2] } else { 0 };
            if (matches!(p, b'.' | b'-') && is_word(pp))
                || (matches!(p, b':' | b',') && is_digit(pp))
            {
                return None;
            }
        }
        if let Some(r) = self.ref_hex_word(b, i, j, push) {
            return Some(r);
        }
        if de != j || !on.numeric() {
            return None;
        }
        if on.phone && b[i] == b'0' {
            if let Some(e) = phone::at_pos(b, i) {
                let k = if e == j && j - i == 10 && on.pnr {
                    self.ref_phone_or_pnr(b, i)
                } else {
                    Kind::Phone
                };
                push(i, e, k);
                return Some(e);
            }
        }
        if on.pnr || on.orgnr {
            if let Some((e, k)) = idnum::at_pos(b, i, on.pnr, on.orgnr, self.year) {
                push(i, e, k);
                return Some(e);
            }
        }
        if on.imei && j - i == 15 && idnum::tail_ok(b, j) && imei::imei_valid(&b[i..j]) {
            push(i, j, Kind::Imei);
            return Some(j);
        }
        None
    }

    /// A bare 10-digit run that is a valid mobile number may also be the
    /// personnummer of someone born 2000-2009 (`0701151234`). The key before
    /// it decides; without one, a personnummer reading wins over a
    /// samordningsnummer reading, which would need day + 60 to line up with
    /// the subscriber digits.
    fn ref_phone_or_pnr(&self, b: &[u8], i: usize) -> Kind {
        let Some((_, k)) = idnum::at_pos(b, i, true, false, self.year) else {
            return Kind::Phone;
        };
        match idnum::context(b, i) {
            idnum::Context::Pnr | idnum::Context::Id => k,
            idnum::Context::Phone | idnum::Context::Org | idnum::Context::Ticket => Kind::Phone,
            idnum::Context::None if k == Kind::Personnummer => k,
            idnum::Context::None => Kind::Phone,
        }
    }

    /// A short hex word followed by `:`, `-` or `.`: a MAC or an IPv6 address.
    fn ref_hex_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = self.on;
        if j - i > 4 || !matches!(at(b, j), b':' | b'-' | b'.') || !(on.mac || on.ipv6) {
            return None;
        }
        if !b[i..j].iter().all(|&c| is_hex(c)) {
            return None;
        }
        if on.mac {
            if let Some(e) = mac::at_pos(b, i) {
                push(i, e, Kind::Mac);
                return Some(e);
            }
            if let Some((dst, src, e)) = mac::netfilter_at(b, i) {
                push(dst.0, dst.1, Kind::Mac);
                push(src.0, src.1, Kind::Mac);
                return Some(e);
            }
        }
        if on.ipv6 && at(b, j) == b':' {
            if let Some((s, e, k)) = ip::ipv6_at(b, i) {
                if k == Kind::Ipv6 || on.ipv4 {
                    push(s, e, k);
                }
                return Some(e);
            }
        }
        None
    }

    /// A word `b[i..j]` that starts with a letter or `_`.
    fn ref_letter_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = self.on;
        if is_hex(b[i]) {
            if let Some(r) = self.ref_hex_word(b, i, j, push) {
                return Some(r);
            }
        }
        if !on.keywords() || !keyword_shaped(b[i], j - i) {
            return None;
        }
        let w = &b[i..j];
        if on.sip && (j - i == 3 || j - i == 4) {
            if let Some((s, e, k)) = username::sip_user(b, i, j) {
                if k == Kind::Phone || on.username {
                    push(s, e, k);
                }
                // The `@` after the user part is left to the host scan.
                return Some(e);
            }
        }
        if (on.imsi || on.imei) && j - i == 4 {
            let imsi = w.eq_ignore_ascii_case(b"imsi");
            if imsi || w.eq_ignore_ascii_case(b"imei") {
                if let Some((s, e)) = imei::value_after_key(b, j) {
                    let d = &b[s..e];
                    if imsi && on.imsi && imei::imsi_valid(d) {
                        push(s, e, Kind::Imsi);
                        return Some(e);
                    }
                    if !imsi && on.imei && d.len() == 15 && util::luhn(d) {
                        push(s, e, Kind::Imei);
                        return Some(e);
                    }
                }
            }
        }
        if on.username {
            if let Some((s, e)) = username::ref_at_word(b, i, j) {
                push(s, e, Kind::Username);
                return Some(e.max(j));
            }
        }
        None
    }
}

/// Word lengths (as bits) of the context keywords, by lower-cased first
/// letter: one lookup rejects almost every word before any comparison.
static KEYWORD_LENS: [u16; 26] = {
    let words: [&[u8]; 21] = [
        b"user",
        b"ruser",
        b"username",
        b"user_name",
        b"sasl_username",
        b"logname",
        b"login",
        b"suser",
        b"duser",
        b"account_name",
        b"acct",
        b"for",
        b"by",
        b"as",
        b"tty",
        b"sudo",
        b"sip",
        b"sips",
        b"imsi",
        b"imei",
        b"authenticate",
    ];
    let mut t = [0u16; 26];
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        t[(w[0] - b'a') as usize] |= 1 << w.len();
        k += 1;
    }
    t
};

/// True if a word starting with `first` and `len` bytes long may be a
/// context keyword.
#[inline]
fn keyword_shaped(first: u8, len: usize) -> bool {
    let c = first | 0x20;
    len < 16 && c.is_ascii_lowercase() && KEYWORD_LENS[usize::from(c - b'a')] & (1 << len) != 0
}

#[cfg(test)]
mod tests {
    use super::super::{Builtin, DetectorConfig};
    use super::*;
    use crate::workload;
    use proptest::prelude::*;

    fn sets() -> Vec<DetectorSet> {
        let only = |b: &[Builtin]| {
            DetectorSet::new(&DetectorConfig {
                builtins: b.to_vec(),
                custom: vec![],
            })
            .unwrap()
        };
        vec![
            DetectorSet::all_builtins(),
            only(&[Builtin::Username]),
            only(&[Builtin::Ipv4, Builtin::Mac, Builtin::SipUri]),
            only(&[Builtin::Phone, Builtin::Personnummer, Builtin::Imei]),
        ]
    }

    fn same(sets: &[DetectorSet], text: &str) -> Result<(), String> {
        for (k, set) in sets.iter().enumerate() {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            set.detect(text, &mut fast);
            detect(set, text, &mut slow);
            if fast != slow {
                return Err(format!("set {k}: {text:?}\nfast {fast:?}\nslow {slow:?}"));
            }
        }
        Ok(())
    }

    #[test]
    fn generated_workloads_match_the_oracle() {
        let sets = sets();
        let mut rng = workload::Rng::new(11);
        for _ in 0..4000 {
            same(&sets, &workload::syslog_line(&mut rng)).unwrap();
            same(&sets, &workload::asterisk_cdr(&mut rng)).unwrap();
        }
    }

    /// Pieces of log text that reach every branch of the scanner.
    const TOKENS: &[&str] = &[
        " ",
        " ",
        " ",
        ":",
        ": ",
        "=",
        "\"",
        "'",
        "-",
        ".",
        ",",
        ";",
        "[",
        "]",
        "(",
        ")",
        "<",
        ">",
        "@",
        "+",
        "\\",
        "::",
        "/",
        "user",
        "USER",
        "for",
        "by",
        "as",
        "TTY",
        "sudo",
        "sip",
        "sips",
        "imsi",
        "IMEI",
        "invalid",
        "from",
        "password",
        "authenticate",
        "login",
        "sasl_username",
        "ruser",
        "acct",
        "(uid=",
        "MAC=",
        "CORP",
        "kalle",
        "maja.s",
        "example.se",
        "192.0.2.7",
        "2001:db8::1",
        "ffff",
        "00:00:5e:00:53:01",
        "0701740683",
        "+46701740683",
        "811218-9876",
        "556016-0680",
        "07:12:00",
        "2026-02-12",
        "490154203237518",
        "240011234567890",
        "abc",
        "de",
        "0a3f",
        "12",
        "password for ",
        "for user ",
        " from ",
        "invalid user ",
        "by (uid=0)",
        " authenticate as '",
        "sudo: ",
        " : TTY=",
        "user=",
        "sip:",
        "@example.se",
        "for kalle [",
        "publickey for ",
        "Invalid user ",
        "logname=",
        "session opened for user ",
        "CORP\\",
        "imsi=",
        "IMEI: ",
        "pnr=",
        "tel: ",
        "Karin",
        "Eriksson",
        "Åberg",
        "ÅSA",
        "Nguyễn",
        "Will",
        "van",
        "E.",
        "kontakt ",
        "name: ",
        "samtal från ",
        " <sip:",
        "محمد",
        "الأحمد",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn token_soup_matches_the_oracle(
            parts in prop::collection::vec(prop::sample::select(TOKENS), 0..40)
        ) {
            let text: String = parts.concat();
            prop_assert!(same(&sets(), &text).is_ok(), "{}", same(&sets(), &text).unwrap_err());
        }

        #[test]
        fn byte_soup_matches_the_oracle(text in "[0-9a-fA-FsSiIpPuUrRoOyYtT:.@+ =\\-\\[\\]'\"\\\\/;,()_]{0,100}") {
            prop_assert!(same(&sets(), &text).is_ok(), "{}", same(&sets(), &text).unwrap_err());
        }

        #[test]
        fn any_text_matches_the_oracle(text in "\\PC{0,120}") {
            prop_assert!(same(&sets(), &text).is_ok(), "{}", same(&sets(), &text).unwrap_err());
        }
    }
}
