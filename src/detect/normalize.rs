//! The canonical form of a detected or bound value, so that one person gets
//! one pseudonym however the value was written.

use super::{Kind, email, escape, idnum, imei, ip, mac, phone, util};

/// Options for [`normalize`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Normalize {
    /// Fold usernames to lower case (the source treats them case-insensitively).
    pub casefold_username: bool,
}

/// Writes the canonical form of `value` (which was detected or bound as
/// `kind`) to `out`, so that one person gets one pseudonym however the value
/// was written: phone numbers to E.164 (default region SE), personnummer to
/// 12 digits, e-mail lower-cased, IPv6 canonical, IPv4-mapped IPv6 as IPv4.
/// Returns false if `value` does not validate as `kind`; `out` is then
/// unspecified and the caller falls back to the trimmed value.
pub fn normalize(kind: Kind, value: &str, opts: &Normalize, out: &mut String) -> bool {
    out.clear();
    // A value from a URL is the value it encodes where its written form
    // could never be replaced as it is: an e-mail address written
    // `jdoe%40example.se`, a MAC or an address with `%3A`, whose operators
    // refuse the written form (the record was quarantined). Other kinds
    // (`%2B46709066146`, `%C3%85sa`) keep the written form as their key:
    // a field bound to them always had a token for it, and tokens are a
    // contract; such a value is still replaced, with a token of its own.
    let decoded = match kind {
        Kind::Email | Kind::Mac | Kind::Ipv4 | Kind::HostIpv4 | Kind::Ipv6 | Kind::ArpaIpv4 => {
            escape::percent_decoded(value)
        }
        _ => None,
    };
    let v = decoded.as_deref().unwrap_or(value).trim();
    match kind {
        Kind::Ipv4 | Kind::HostIpv4 => ip::normalize_v4(v, out),
        Kind::ArpaIpv4 => ip::normalize_arpa_v4(v, out),
        Kind::Ipv6 => ip::normalize_v6(v, out),
        Kind::Mac => mac::normalize(v, out),
        Kind::Email => email::normalize(v, out),
        Kind::Phone => phone::normalize(v, out),
        Kind::Personnummer | Kind::Samordningsnummer => {
            idnum::normalize_pnr(v, util::current_year(), out)
        }
        Kind::Orgnr => idnum::normalize_orgnr(v, out),
        Kind::Imei => imei::normalize(v, true, out),
        Kind::Imsi => imei::normalize(v, false, out),
        Kind::Username => {
            if v.is_empty() {
                return false;
            }
            if opts.casefold_username {
                out.extend(v.chars().flat_map(char::to_lowercase));
            } else {
                out.push_str(v);
            }
            true
        }
        Kind::Badge | Kind::PersonName | Kind::Custom(_) => {
            for (n, w) in v.split_whitespace().enumerate() {
                if n > 0 {
                    out.push(' ');
                }
                out.push_str(w);
            }
            !out.is_empty()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation() {
        let o = Normalize::default();
        let mut s = String::new();
        for v in [
            "070-174 06 83",
            "0701740683",
            "+46701740683",
            "0046701740683",
        ] {
            assert!(normalize(Kind::Phone, v, &o, &mut s));
            assert_eq!(s, "+46701740683");
        }
        assert!(normalize(Kind::Email, "Eva@Example.SE", &o, &mut s));
        assert_eq!(s, "eva@example.se");
        assert!(normalize(Kind::Ipv6, "::ffff:192.0.2.1", &o, &mut s));
        assert_eq!(s, "192.0.2.1");
        assert!(normalize(Kind::Mac, "00-00-5E-00-53-01", &o, &mut s));
        assert_eq!(s, "00:00:5e:00:53:01");
        assert!(normalize(Kind::Orgnr, "556016-0680", &o, &mut s));
        assert_eq!(s, "5560160680");
        assert!(normalize(Kind::Personnummer, "19811218-9876", &o, &mut s));
        assert_eq!(s, "198112189876");
        assert!(!normalize(Kind::Personnummer, "811218-9875", &o, &mut s));
        assert!(normalize(Kind::Username, " Kalle ", &o, &mut s));
        assert_eq!(s, "Kalle");
        let fold = Normalize {
            casefold_username: true,
        };
        assert!(normalize(Kind::Username, " Kalle ", &fold, &mut s));
        assert_eq!(s, "kalle");
        assert!(normalize(Kind::PersonName, "  Eva \t Nilsson ", &o, &mut s));
        assert_eq!(s, "Eva Nilsson");
        assert!(!normalize(Kind::Badge, "   ", &o, &mut s));
        assert!(!normalize(Kind::Ipv4, "1.2.3", &o, &mut s));
    }

    #[test]
    fn a_value_from_a_url_is_the_value_it_encodes() {
        let o = Normalize::default();
        let (mut a, mut b) = (String::new(), String::new());
        for (written, plain, kind) in [
            ("jdoe%40example.se", "jdoe@example.se", Kind::Email),
            ("JDoe%40Example.SE", "jdoe@example.se", Kind::Email),
            ("2001%3Adb8%3A%3A1", "2001:db8::1", Kind::Ipv6),
        ] {
            assert!(normalize(kind, written, &o, &mut a), "{written}");
            assert!(normalize(kind, plain, &o, &mut b), "{plain}");
            assert_eq!(a, b, "{written}");
        }
        // Kinds whose written form a bound field always had a token for
        // keep it as their key (tokens are a contract).
        assert!(!normalize(Kind::Phone, "%2B46709066146", &o, &mut a));
        assert!(normalize(Kind::PersonName, "%C3%85sa%20Berg", &o, &mut a));
        assert_eq!(a, "%C3%85sa%20Berg");
        // Not UTF-8 once decoded, or no escape: left as written.
        assert!(normalize(Kind::Username, "a%C3b", &o, &mut a));
        assert_eq!(a, "a%C3b");
        assert!(normalize(Kind::Username, "100%", &o, &mut a));
        assert_eq!(a, "100%");
    }
}
