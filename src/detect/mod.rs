//! Detectors: find personal data in free text.
//!
//! Every built-in detector validates what it matches: IPs parse, dates are
//! real, Luhn and numbering-plan checks pass. A candidate that fails its check
//! is left alone. [`DetectorSet::detect`] returns non-overlapping spans sorted
//! by start offset, as UTF-8 byte offsets into the text.

use std::fmt;

mod custom;
mod echo;
mod email;
mod idnum;
mod imei;
mod ip;
pub mod keys;
mod mac;
pub mod name;
mod phone;
mod username;
mod util;

pub use echo::{KnownNames, echo_counted, echo_usernames};
use username::Keyword;
use util::{at, digits_end, is_digit, is_hex, is_word};

/// What a span of personal data is. The rule packs' category names and the
/// evaluation type names are both derived from this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// An IPv4 address.
    Ipv4,
    /// An IPv4 address spelt with dashes inside a host name
    /// (`ip-10-0-0-1.ec2.internal`). Found by the `ipv4` detector; without a
    /// `[categories.host_ipv4]` policy of its own it follows `ipv4`'s.
    HostIpv4,
    /// An IPv6 address, in any textual form.
    Ipv6,
    /// A MAC (EUI-48) address.
    Mac,
    /// An e-mail address.
    Email,
    /// An account name.
    Username,
    /// A telephone number.
    Phone,
    /// A Swedish personnummer.
    Personnummer,
    /// A Swedish samordningsnummer (day of birth + 60).
    Samordningsnummer,
    /// A Swedish organisationsnummer.
    Orgnr,
    /// A badge or user code.
    Badge,
    /// A person's name.
    PersonName,
    /// A handset identity (IMEI, Luhn-checked).
    Imei,
    /// A subscriber identity (IMSI).
    Imsi,
    /// A category defined by a rule pack; the index is into the pack's
    /// custom category table.
    Custom(u16),
}

impl Kind {
    /// Every built-in kind, in a stable order.
    pub const BUILTIN: [Kind; 14] = [
        Kind::Ipv4,
        Kind::HostIpv4,
        Kind::Ipv6,
        Kind::Mac,
        Kind::Email,
        Kind::Username,
        Kind::Phone,
        Kind::Personnummer,
        Kind::Samordningsnummer,
        Kind::Orgnr,
        Kind::Badge,
        Kind::PersonName,
        Kind::Imei,
        Kind::Imsi,
    ];

    /// The category name used in rule packs (`phone`, `person_name`, ...).
    /// Custom kinds have no built-in name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Ipv4 => "ipv4",
            Kind::HostIpv4 => "host_ipv4",
            Kind::Ipv6 => "ipv6",
            Kind::Mac => "mac",
            Kind::Email => "email",
            Kind::Username => "username",
            Kind::Phone => "phone",
            Kind::Personnummer => "personnummer",
            Kind::Samordningsnummer => "samordningsnummer",
            Kind::Orgnr => "orgnr",
            Kind::Badge => "badge",
            Kind::PersonName => "person_name",
            Kind::Imei => "imei",
            Kind::Imsi => "imsi",
            Kind::Custom(_) => "custom",
        }
    }

    /// The upper-case type name used by `veil scan` and the evaluation set.
    pub fn scan_name(self) -> &'static str {
        match self {
            Kind::Ipv4 => "IPV4",
            Kind::HostIpv4 => "HOST_IPV4",
            Kind::Ipv6 => "IPV6",
            Kind::Mac => "MAC",
            Kind::Email => "EMAIL",
            Kind::Username => "USERNAME",
            Kind::Phone => "PHONE",
            Kind::Personnummer => "PERSONNUMMER",
            Kind::Samordningsnummer => "SAMORDNINGSNUMMER",
            Kind::Orgnr => "ORGNR",
            Kind::Badge => "BADGE",
            Kind::PersonName => "PERSON_NAME",
            Kind::Imei => "IMEI",
            Kind::Imsi => "IMSI",
            Kind::Custom(_) => "CUSTOM",
        }
    }

    /// The kind whose category policy applies when a pack has none for
    /// this one.
    pub fn falls_back_to(self) -> Option<Kind> {
        match self {
            Kind::HostIpv4 => Some(Kind::Ipv4),
            _ => None,
        }
    }

    /// Looks up a built-in kind by its rule-pack name.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::BUILTIN.into_iter().find(|k| k.name() == name)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One detected value: `text[start..end]` is personal data of `kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What was found.
    pub kind: Kind,
}

/// A built-in detector that a rule pack enables by name in `detectors = [...]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    /// `ipv4`
    Ipv4,
    /// `ipv6`: every textual form, embedded IPv4, zone ids.
    Ipv6,
    /// `email`
    Email,
    /// `phone`: E.164 and Swedish national formats, numbering-plan checked.
    Phone,
    /// `personnummer`: personnummer and samordningsnummer (date + Luhn).
    Personnummer,
    /// `orgnr`: organisationsnummer (Luhn, third digit >= 2).
    Orgnr,
    /// `mac`
    Mac,
    /// `imei` (Luhn)
    Imei,
    /// `imsi`
    Imsi,
    /// `sip-uri`: the user part of `sip:`/`sips:` URIs (a phone or a username).
    SipUri,
    /// `username`: account names found by context (`user=`, `for invalid user X from`, ...).
    Username,
    /// `person-name`: person names in free text (a given-name gazetteer plus
    /// surname and context rules, [`name`]).
    PersonName,
    /// `badge`: access-control badge and card codes under a key that names
    /// them (`badge=`, `card_no=`, `kortnr=`).
    Badge,
}

impl Builtin {
    /// Every built-in detector.
    pub const ALL: [Builtin; 13] = [
        Builtin::Ipv4,
        Builtin::Ipv6,
        Builtin::Email,
        Builtin::Phone,
        Builtin::Personnummer,
        Builtin::Orgnr,
        Builtin::Mac,
        Builtin::Imei,
        Builtin::Imsi,
        Builtin::SipUri,
        Builtin::Username,
        Builtin::PersonName,
        Builtin::Badge,
    ];

    /// The name used in rule packs.
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Ipv4 => "ipv4",
            Builtin::Ipv6 => "ipv6",
            Builtin::Email => "email",
            Builtin::Phone => "phone",
            Builtin::Personnummer => "personnummer",
            Builtin::Orgnr => "orgnr",
            Builtin::Mac => "mac",
            Builtin::Imei => "imei",
            Builtin::Imsi => "imsi",
            Builtin::SipUri => "sip-uri",
            Builtin::Username => "username",
            Builtin::PersonName => "person-name",
            Builtin::Badge => "badge",
        }
    }

    /// Looks a detector up by its rule-pack name.
    pub fn from_name(name: &str) -> Option<Builtin> {
        Builtin::ALL.into_iter().find(|b| b.name() == name)
    }
}

/// A checksum that a custom detector's match must pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checksum {
    /// Luhn (mod 10) over the digits of the match.
    Luhn,
}

impl Checksum {
    /// Looks a checksum up by its rule-pack name.
    pub fn from_name(name: &str) -> Option<Checksum> {
        match name {
            "luhn" => Some(Checksum::Luhn),
            _ => None,
        }
    }
}

/// A rule pack's own regex detector.
#[derive(Clone, Debug)]
pub struct CustomDetector {
    /// The kind its matches get (usually [`Kind::Custom`], or a built-in such as [`Kind::Badge`]).
    pub kind: Kind,
    /// The regex. If it has a group named `value`, only that group is the span.
    pub pattern: String,
    /// A checksum the match must pass, or none.
    pub checksum: Option<Checksum>,
}

/// What a [`DetectorSet`] is built from.
#[derive(Clone, Debug, Default)]
pub struct DetectorConfig {
    /// Enabled built-in detectors.
    pub builtins: Vec<Builtin>,
    /// Custom regex detectors, in rule order.
    pub custom: Vec<CustomDetector>,
}

/// Why a [`DetectorSet`] could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DetectError {
    /// A custom pattern does not compile, or is too large.
    #[error("custom detector {index}: invalid pattern: {reason}")]
    BadPattern {
        /// Index into [`DetectorConfig::custom`].
        index: usize,
        /// The regex compiler's message (about the pattern, never about data).
        reason: String,
    },
}

/// A compiled, immutable set of detectors, cheap to share between threads.
#[derive(Clone, Debug)]
pub struct DetectorSet {
    on: Enabled,
    custom: Vec<custom::Compiled>,
    /// The current year, for the century of 10-digit personnummer.
    year: u32,
}

/// Which built-in detectors run; read once per word on the hot path.
#[derive(Clone, Copy, Debug, Default)]
struct Enabled {
    ipv4: bool,
    ipv6: bool,
    email: bool,
    phone: bool,
    pnr: bool,
    orgnr: bool,
    mac: bool,
    imei: bool,
    imsi: bool,
    sip: bool,
    username: bool,
    name: bool,
    badge: bool,
    /// Any detector that looks at keyword words (computed once).
    keywords: bool,
}

impl Enabled {
    fn new(list: &[Builtin]) -> Enabled {
        let mut e = Enabled::default();
        for b in list {
            match b {
                Builtin::Ipv4 => e.ipv4 = true,
                Builtin::Ipv6 => e.ipv6 = true,
                Builtin::Email => e.email = true,
                Builtin::Phone => e.phone = true,
                Builtin::Personnummer => e.pnr = true,
                Builtin::Orgnr => e.orgnr = true,
                Builtin::Mac => e.mac = true,
                Builtin::Imei => e.imei = true,
                Builtin::Imsi => e.imsi = true,
                Builtin::SipUri => e.sip = true,
                Builtin::Username => e.username = true,
                Builtin::PersonName => e.name = true,
                Builtin::Badge => e.badge = true,
            }
        }
        e.keywords = e.username || e.sip || e.imsi || e.imei || e.badge;
        e
    }

    /// Any detector that looks at digit words.
    fn numeric(&self) -> bool {
        self.phone || self.pnr || self.orgnr || self.imei
    }

    /// Any detector that looks at keyword words.
    #[inline(always)]
    fn keywords(&self) -> bool {
        self.keywords
    }
}

impl DetectorSet {
    /// Compiles the detectors.
    pub fn new(config: &DetectorConfig) -> Result<DetectorSet, DetectError> {
        let custom = config
            .custom
            .iter()
            .enumerate()
            .map(|(i, d)| custom::Compiled::new(i, d))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(DetectorSet {
            on: Enabled::new(&config.builtins),
            custom,
            year: util::current_year(),
        })
    }

    /// A set with every built-in detector and no custom ones.
    pub fn all_builtins() -> DetectorSet {
        DetectorSet {
            on: Enabled::new(&Builtin::ALL),
            custom: Vec::new(),
            year: util::current_year(),
        }
    }

    /// The current year, as the personnummer checks use it.
    pub fn year(&self) -> u32 {
        self.year
    }

    /// Appends the personal data found in `text` to `out`: non-overlapping,
    /// sorted by start.
    pub fn detect(&self, text: &str, out: &mut Vec<Span>) {
        let base = out.len();
        self.scan(text.as_bytes(), out);
        for c in &self.custom {
            c.find(text, out);
        }
        resolve(out, base);
        if self.on.email {
            // A login that is an e-mail address (postfix `sasl_username=`)
            // is reported as the e-mail it is, so it gets the same pseudonym
            // as the address in the next line's `from=<...>`.
            // A login that is a Kerberos principal (`jdoe@EXAMPLE.COM`) is
            // the account before the `@`, as in free text.
            let b = text.as_bytes();
            for s in &mut out[base..] {
                if s.kind == Kind::Username {
                    if let Some(at) = memchr::memchr(b'@', &b[s.start..s.end]) {
                        match email::at_sign(b, s.start + at, false) {
                            Some((x, y, Kind::Email)) if (x, y) == (s.start, s.end) => {
                                s.kind = Kind::Email;
                            }
                            Some((x, y, Kind::Username)) if x == s.start => s.end = y,
                            _ => {}
                        }
                    }
                }
            }
        }
    }

    /// The single pass over the text. It moves word by word; only words that
    /// start with a digit or hex letter, a few keywords, and the bytes `+`,
    /// `:`, `@` and `\\` lead to any validation work.
    fn scan(&self, b: &[u8], out: &mut Vec<Span>) {
        let on = &self.on;
        let n = b.len();
        let mut push = |start: usize, end: usize, kind: Kind| out.push(Span { start, end, kind });
        let mut i = 0;
        while i < n {
            let c = b[i];
            let class = util::class(c);
            if class & util::WORD != 0 {
                let j = util::word_end(b, i + 1);
                if on.mac && j - i == 12 && class & util::HEX != 0 {
                    // `hwaddr 3c22fb123456`, `client-mac=3C22FB123456`.
                    if let Some(e) = bare_mac(b, i, j) {
                        push(i, e, Kind::Mac);
                        i = e;
                        continue;
                    }
                }
                // Only a capitalised word that can start a name is tried:
                // not `IN=eth0`, `SHA256`, `INFO:` or `REGISTER from`.
                if on.name && c.is_ascii_uppercase() && name::ascii_candidate(b, i, j) {
                    if let Some((s, e)) = name::at(b, i) {
                        push(s, e, Kind::PersonName);
                        i = e;
                        continue;
                    }
                }
                let next = if class & util::DIGIT != 0 {
                    self.digit_word(b, i, j, &mut push)
                } else if let Some(e) = on.ipv4.then(|| glued_dashed_ipv4(b, i, j)).flatten() {
                    push(e.0, e.1, Kind::HostIpv4);
                    Some(e.1)
                } else if (class & util::CUE != 0
                    && ((class & util::HEX != 0 && hex_shaped(b, i, j))
                        || (on.keywords() && username::may_be_keyword(c, j - i))))
                    || ((on.username || on.badge) && username::key_follows(b, j))
                {
                    self.letter_word(b, i, j, &mut push)
                } else {
                    // Neither a keyword nor a hex group: most words.
                    None
                };
                i = next.unwrap_or(j);
                continue;
            }
            if class & (util::SPECIAL | util::LEAD) == 0 {
                i += 1;
                continue;
            }
            match c {
                0xC2..=0xF4 if on.name && name::may_start(b, i) => {
                    if let Some((s, e)) = name::at(b, i) {
                        push(s, e, Kind::PersonName);
                        i = e;
                        continue;
                    }
                }
                b'+' if (on.phone || on.sip)
                    && (is_digit(at(b, i + 1)) || phone::digit_at(b, i + 1).is_some())
                    && (i == 0 || !(is_word(b[i - 1]) || b[i - 1] == b'+')) =>
                {
                    if let Some(e) = phone::at_pos(b, i) {
                        push(i, e, Kind::Phone);
                        i = e;
                        continue;
                    }
                }
                b':' if on.ipv6 && at(b, i + 1) == b':' => {
                    if let Some((s, e)) = ip::ipv6_at(b, i) {
                        push(s, e, Kind::Ipv6);
                        i = e;
                        continue;
                    }
                }
                b'@' if on.phone && i > 0 && is_digit(b[i - 1]) => {
                    if let Some(s) = phone_before_at(b, i) {
                        push(s, i, Kind::Phone);
                    } else if on.email {
                        if let Some((s, e, k)) = email::at_sign(b, i, on.sip) {
                            if k == Kind::Email || on.username {
                                push(s, e, k);
                            }
                            i = if k == Kind::Email { e } else { i + 1 };
                            continue;
                        }
                    }
                }
                b'@' if on.email => {
                    if let Some((s, e, k)) = email::at_sign(b, i, on.sip) {
                        if k == Kind::Email || on.username {
                            push(s, e, k);
                        }
                        // The realm of a principal is not scanned again.
                        i = if k == Kind::Email { e } else { i + 1 };
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
                b'(' if on.username && at(b, i + 1).is_ascii_alphabetic() => {
                    if let Some((s, e)) = username::cron_user(b, i) {
                        push(s, e, Kind::Username);
                        i = e;
                        continue;
                    }
                }
                b'(' if on.phone && is_digit(at(b, i + 1)) && (i == 0 || !is_word(b[i - 1])) => {
                    // `(08) 465 004 35`, `(617) 555-0176`.
                    if let Some(e) = phone::at_pos(b, i) {
                        push(i, e, Kind::Phone);
                        i = e;
                        continue;
                    }
                }
                0xef if on.phone && i + 2 < n && b[i + 1] == 0xbc => {
                    // Full-width digits or plus sign (`＋４６７０...`).
                    let start = phone::plus_at(b, i) > 0 || phone::digit_at(b, i).is_some();
                    let glued = i >= 3 && phone::digit_at(b, i - 3).is_some();
                    if start && !glued {
                        if let Some(e) = phone::at_pos(b, i) {
                            push(i, e, Kind::Phone);
                            i = e;
                            continue;
                        }
                    }
                    i += 3;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// A word `b[i..j]` that starts with a digit. Returns where to resume if
    /// something was found.
    fn digit_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = &self.on;
        let nx = at(b, j);
        if j - i == 2 && nx == b':' && time_at(b, i) {
            // `07:12:00`, the most common digits in a log line: too few
            // groups for a MAC or an IPv6 address, and no number.
            return Some(i + 8);
        }
        let de = digits_end(b, i);
        if on.ipv4 && de == j && nx == b'.' {
            if let Some(e) = ip::ipv4_at(b, i) {
                push(i, e, Kind::Ipv4);
                if on.username {
                    if i > 0 && matches!(b[i - 1], b'/' | b',' | b' ') {
                        if let Some((s, e)) = username::before_ip(b, i, e) {
                            push(s, e, Kind::Username);
                        }
                    }
                    if at(b, e) == b' ' {
                        if let Some((s, ue)) = username::after_ip_clf(b, e) {
                            push(s, ue, Kind::Username);
                            return Some(ue);
                        }
                    }
                }
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
            let ipv6_tag = p == b':' && i >= 5 && b[i - 5..i - 1].eq_ignore_ascii_case(b"ipv6");
            if ((matches!(p, b'.' | b'-') && is_word(pp))
                || (matches!(p, b':' | b',') && is_digit(pp)))
                && !ipv6_tag
            {
                return None;
            }
        }
        if hex_shaped(b, i, j) {
            if let Some(r) = self.hex_word(b, i, j, push) {
                return Some(r);
            }
        }
        if de != j || !on.numeric() {
            return None;
        }
        let len = j - i;
        if on.imei && matches!(len, 2 | 8) && matches!(nx, b'-' | b' ') {
            // `35-209900-176148-1`, `35209900-176148-1` (`urn:gsma:imei:`).
            if let Some(e) = imei::grouped_at(b, i) {
                push(i, e, Kind::Imei);
                return Some(e);
            }
        }
        if on.phone && b[i] != b'0' && (len == 3 || (len == 1 && b[i] == b'1')) {
            // North American spellings: `617-555-0176`, `202.555.0141`,
            // `1-212-555-0167`; the numbering plan decides.
            if matches!(nx, b'-' | b'.' | b' ') && !(nx == b'.' && ip::after_version_word(b, i)) {
                if let Some(e) = phone::at_pos(b, i) {
                    push(i, e, Kind::Phone);
                    return Some(e);
                }
            }
            return None;
        }
        // Only phone numbers start with `0` in any length; the other
        // numbers have fixed digit counts, and a bare international number
        // (8-15 digits) needs its key.
        let phone_start = b[i] == b'0' && on.phone;
        let keyed_phone = on.phone && (8..=15).contains(&len) && b[i] != b'0';
        if !(phone_start || keyed_phone || matches!(len, 6 | 8 | 10 | 12 | 15)) {
            return None;
        }
        // A run under a key that names an id, a counter or a time is none
        // of ours (`logid="0101039424"`); one under a phone key is tried as
        // a phone first. The key is read only for candidates.
        if on.phone && b[i] == b'0' && (9..=12).contains(&len) && phone::national_any(&b[i..j]) {
            // `caller="02121426970"`: a national number of another country
            // under a phone key.
            if phone::at_pos(b, i).is_none()
                && idnum::tail_ok(b, j)
                && idnum::context(b, i) == idnum::Context::Phone
            {
                push(i, j, Kind::Phone);
                return Some(j);
            }
        }
        if on.phone && b[i] == b'0' {
            let found = phone::at_pos(b, i);
            // After a telephony cue, a national number of any country as
            // people group it (`Anrufer: 0171 2345678`, `call from 01 42
            // 68 53 00`), when it is longer than what the plans above read.
            if let Some(e) = phone::cued_national(b, i) {
                if found.is_none_or(|f| e > f)
                    && idnum::tail_ok(b, e)
                    && (phone::cue_before(b, i) || idnum::context(b, i) == idnum::Context::Phone)
                    && !phone::ticket_before(b, i)
                {
                    push(i, e, Kind::Phone);
                    return Some(e);
                }
            }
            if let Some(e) = found {
                if idnum::context(b, i) == idnum::Context::Ticket {
                    return Some(e);
                }
                let k = if e == j && len == 10 && on.pnr {
                    self.phone_or_pnr(b, i)
                } else {
                    Kind::Phone
                };
                push(i, e, k);
                return Some(e);
            }
        }
        if on.imei
            && len == 15
            && idnum::tail_ok(b, j)
            && imei::imei_valid(&b[i..j])
            && imei::cue_before(b, i)
        {
            push(i, j, Kind::Imei);
            return Some(j);
        }
        if on.imei
            && matches!(len, 14 | 16)
            && idnum::tail_ok(b, j)
            && imei::imei_unchecked(&b[i..j])
            && imei::cue_before(b, i)
        {
            // `IMEISV 3548260512345601`, `IMEI 35482605123456`.
            push(i, j, Kind::Imei);
            return Some(j);
        }
        let ctx = if keyed_phone {
            idnum::context(b, i)
        } else {
            idnum::Context::None
        };
        if ctx == idnum::Context::Ticket {
            return None;
        }
        let cued = ctx == idnum::Context::Phone
            || (ctx == idnum::Context::None && keyed_phone && phone::cue_before(b, i));
        if keyed_phone && cued && idnum::tail_ok(b, j) {
            let d = &b[i..j];
            // Under a phone key (`MSISDN=4680903641`) a run of 8-15 digits
            // is the number its key says, valid in its plan or not.
            if ctx == idnum::Context::Phone
                || phone::bare_intl(d)
                || phone::nanp_valid(d)
                || phone::se_nsn(d).is_some()
            {
                push(i, j, Kind::Phone);
                return Some(j);
            }
        }
        if on.pnr || on.orgnr {
            if let Some((e, k)) = idnum::at_pos(b, i, on.pnr, on.orgnr, self.year) {
                push(i, e, k);
                return Some(e);
            }
        }
        if on.imei
            && j - i == 15
            && idnum::tail_ok(b, j)
            && imei::imei_valid(&b[i..j])
            && !imei::other_id_before(b, i)
        {
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
    fn phone_or_pnr(&self, b: &[u8], i: usize) -> Kind {
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
    #[inline(never)]
    fn hex_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = &self.on;
        if !hex_shaped(b, i, j) || !(on.mac || on.ipv6) {
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
                // A broadcast or multicast destination names no device.
                if mac::personal(&b[dst.0..dst.1]) {
                    push(dst.0, dst.1, Kind::Mac);
                }
                push(src.0, src.1, Kind::Mac);
                return Some(e);
            }
            if let Some(e) = mac::other_at(b, i, || mac::cue_before(b, i)) {
                if mac::personal(&b[i..e]) {
                    push(i, e, Kind::Mac);
                }
                return Some(e);
            }
            if let Some((s, e)) = mac::in_client_id(b, i) {
                push(s, e, Kind::Mac);
                return Some(e);
            }
        }
        if on.ipv6 && at(b, j) == b':' {
            if let Some((s, e)) = ip::ipv6_at(b, i) {
                push(s, e, Kind::Ipv6);
                if on.username && s > 0 && b[s - 1] == b',' {
                    if let Some((us, ue)) = username::before_ip(b, s, e) {
                        push(us, ue, Kind::Username);
                    }
                }
                return Some(e);
            }
        }
        None
    }

    /// A word `b[i..j]` that starts with a letter or `_`; the scan loop
    /// calls it only for words shaped like a keyword or a hex group.
    fn letter_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = &self.on;
        if is_hex(b[i]) && hex_shaped(b, i, j) {
            if let Some(r) = self.hex_word(b, i, j, push) {
                return Some(r);
            }
        }
        if !on.keywords() || j - i > 13 {
            return self.key_word(b, i, j, push);
        }
        let Some(kw) = username::keyword(&b[i..j]) else {
            return self.key_word(b, i, j, push);
        };
        match kw {
            Keyword::Sip | Keyword::Channel if at(b, j) == b'/' && (on.username || on.phone) => {
                if let Some((s, e, k)) = username::channel(b, i, j) {
                    if (k == Kind::Phone && on.phone) || (k == Kind::Username && on.username) {
                        push(s, e, k);
                    }
                    return Some(e);
                }
            }
            Keyword::Sip if on.sip => {
                if let Some((s, e, k)) = username::sip_user(b, i, j) {
                    if k == Kind::Phone || on.username {
                        push(s, e, k);
                    }
                    // The `@` after the user part is left to the host scan.
                    return Some(e);
                }
            }
            Keyword::Imsi | Keyword::Imei if on.imsi || on.imei => {
                let imsi = kw == Keyword::Imsi;
                if let Some((s, e)) = imei::value_after_key(b, j) {
                    let d = &b[s..e];
                    if imsi && on.imsi && imei::imsi_valid(d) {
                        push(s, e, Kind::Imsi);
                        return Some(e);
                    }
                    if !imsi
                        && on.imei
                        && (imei::imei_unchecked(d) || d.len() == 15 && util::luhn(d))
                    {
                        push(s, e, Kind::Imei);
                        return Some(e);
                    }
                }
            }
            Keyword::Badge if on.badge && matches!(at(b, j), b' ' | b'-') => {
                if let Some((s, e)) = username::badge_after_word(b, j) {
                    push(s, e, Kind::Badge);
                    return Some(e);
                }
            }
            Keyword::Mac if on.mac && at(b, j) == b' ' => {
                // `for mac 021A2B3C4D64`, `MAC f4f5.d8f3.6cc4`: a MAC the
                // hex scan does not take without its separators.
                let s = j + 1;
                let e = util::word_end(b, s);
                let e = if at(b, e) == b'.' {
                    util::word_end(b, e + 1)
                } else {
                    e
                };
                let e = if at(b, e) == b'.' {
                    util::word_end(b, e + 1)
                } else {
                    e
                };
                if let Ok(v) = std::str::from_utf8(&b[s..e]) {
                    if keys::bare_mac(v) && mac::personal(v.as_bytes()) {
                        push(s, e, Kind::Mac);
                        return Some(e);
                    }
                }
            }
            Keyword::Sip
            | Keyword::Imsi
            | Keyword::Imei
            | Keyword::Channel
            | Keyword::Badge
            | Keyword::Mac => {}
            _ if on.username => {
                if let Some((s, e)) = username::at_keyword(b, i, j, kw) {
                    push(s, e, Kind::Username);
                    return Some(e.max(j));
                }
                // An account key's `key=value` was read above.
                if matches!(kw, Keyword::User | Keyword::Key) {
                    return None;
                }
            }
            _ => {}
        }
        self.key_word(b, i, j, push)
    }

    /// A letter word that is the last part of a `key=value` whose key names
    /// an account (`TargetUserName=`, `"preferred_username": "`,
    /// `User-Name = "`) or a badge (`badge_id=`, `cardNo:`), outside the
    /// keyword table.
    fn key_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = &self.on;
        if !(on.username || on.badge) || !username::key_follows(b, j) {
            return None;
        }
        let (s, e, k) = username::key_value(b, i, j)?;
        if (k == Kind::Username && !on.username) || (k == Kind::Badge && !on.badge) {
            return None;
        }
        push(s, e, k);
        Some(e.max(j))
    }
}

/// True if the word `b[i..j]` is short enough to be a hex group and is
/// followed by a MAC or IPv6 separator; checked before the call, which is
/// rare.
#[inline(always)]
fn hex_shaped(b: &[u8], i: usize, j: usize) -> bool {
    (j - i <= 4 && matches!(at(b, j), b':' | b'-' | b'.')) || (j - i == 6 && at(b, j) == b'-')
}

/// Twelve bare hex digits `b[i..j]` (a whole word) after a word that names
/// a MAC: `hwaddr 3c22fb123456`, `client-mac=3C22FB123456`, FreeRADIUS's
/// `cli 3C22FB123456`. Without the cue a run of twelve hex digits is as
/// likely a short hash or an id. Returns its end.
#[inline(never)]
fn bare_mac(b: &[u8], i: usize, j: usize) -> Option<usize> {
    let v = &b[i..j];
    let glued = i > 0 && matches!(b[i - 1], b'-' | b'.' | b'/');
    let c = at(b, j);
    let continued = matches!(c, b'-' | b'.' | b':' | b'/') && is_word(at(b, j + 1));
    let ok = !glued
        && !continued
        && v.iter().all(|&c| is_hex(c))
        && v.iter().any(u8::is_ascii_digit)
        && mac::personal(v)
        && mac::cue_before(b, i);
    ok.then_some(j)
}

/// A dialled number right before the `@` at `a` in an Asterisk dialplan
/// location or dial target (`[07477394335@from-internal:1]`,
/// `"46701740683@trunk"`): digits (and a `+`) from a bracket, quote or
/// space, which are no e-mail local part (the e-mail reading failed).
/// Channel names (`PJSIP/...@`) are read by the channel rule.
fn phone_before_at(b: &[u8], a: usize) -> Option<usize> {
    let mut s = a;
    while s > 0 && a - s <= 16 && is_digit(b[s - 1]) {
        s -= 1;
    }
    if s > 0 && b[s - 1] == b'+' {
        s -= 1;
    }
    let lead = if s == 0 { b' ' } else { b[s - 1] };
    let framed = matches!(lead, b'[' | b'"' | b'\'' | b' ' | b'(' | b',');
    let domain = at(b, a + 1).is_ascii_alphabetic();
    if !(framed && domain) {
        return None;
    }
    if email::at_sign(b, a, true).is_none() && username::dialled_phone(&b[s..a]) {
        return Some(s);
    }
    // Asterisk's `extension@context` (`142@default` in a voicemail
    // application's data, `Goto(134@from-queue)`): a context is one word,
    // no domain, and the extension a person's phone.
    let d = &b[s..a];
    let mut e = a + 1;
    while at(b, e).is_ascii_alphanumeric() || matches!(at(b, e), b'_' | b'-') {
        e += 1;
    }
    let extension = (2..=6).contains(&d.len())
        && d.iter().all(u8::is_ascii_digit)
        && !phone::is_service(d)
        && !matches!(at(b, e), b'.' | b'@')
        && e > a + 1
        && b[a + 1..e].iter().all(|c| !c.is_ascii_uppercase());
    extension.then_some(s)
}

/// True if `hh:mm:ss` starts at `i` and nothing that could extend it
/// (a word byte, `:` or `.`) follows.
#[inline]
fn time_at(b: &[u8], i: usize) -> bool {
    let Some(t) = b.get(i..i + 8) else {
        return false;
    };
    let c = at(b, i + 8);
    t[2] == b':'
        && t[5] == b':'
        && [t[0], t[1], t[3], t[4], t[6], t[7]]
            .iter()
            .all(|&d| is_digit(d))
        && !is_word(c)
        && c != b':'
        && c != b'.'
}

/// How specific a kind is, for two candidates of the same length.
fn rank(k: Kind) -> u8 {
    match k {
        Kind::Email => 9,
        Kind::Phone => 8,
        Kind::Personnummer | Kind::Samordningsnummer | Kind::Orgnr => 7,
        Kind::Imei | Kind::Imsi => 6,
        Kind::Ipv4 | Kind::HostIpv4 | Kind::Ipv6 | Kind::Mac => 5,
        Kind::Custom(_) | Kind::Badge | Kind::PersonName => 3,
        Kind::Username => 1,
    }
}

/// Sorts `out[base..]` by start and drops overlaps, keeping the longer (then
/// the more specific) of two overlapping spans.
fn resolve(out: &mut Vec<Span>, base: usize) {
    let spans = &mut out[base..];
    if spans.windows(2).all(|w| w[0].end <= w[1].start) {
        return;
    }
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut w = base;
    for r in base..out.len() {
        let cur = out[r];
        if w > base && cur.start < out[w - 1].end {
            let last = out[w - 1];
            let better =
                (cur.end - cur.start, rank(cur.kind)) > (last.end - last.start, rank(last.kind));
            if better {
                out[w - 1] = cur;
            }
            continue;
        }
        out[w] = cur;
        w += 1;
    }
    out.truncate(w);
}

/// True if `value`, the whole value of a field bound to `kind`, is a
/// placeholder that names no one: a service number or feature code where a
/// phone number goes (`112`, `*97`, `s`, `Anonymous`), a word such as
/// `Anonymous`, `Växel` or `Reception` where a person's name goes, a
/// queue or department where a number or account code goes (`support`,
/// `sales`: words common in logs that no name list has). Such a value is
/// kept, by `veil run` and `veil scan` alike.
pub fn placeholder(kind: Kind, value: &str) -> bool {
    match kind {
        Kind::Phone => phone::placeholder(value) || common_words(value),
        Kind::Badge => common_words(value),
        Kind::PersonName => name::placeholder(value),
        // Shared and system accounts (`root`, `admin`, `SYSTEM`) and
        // placeholders (`-`, `N/A`) are no one's.
        Kind::Username => keys::not_an_account(value),
        // As in free text: the unspecified, broadcast and loopback
        // addresses name no host.
        Kind::Ipv4 => value
            .trim()
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|a| a.is_unspecified() || a.is_broadcast() || a.is_loopback()),
        Kind::Ipv6 => value
            .trim()
            .parse::<std::net::Ipv6Addr>()
            .is_ok_and(|a| a.is_unspecified() || a.is_loopback()),
        _ => false,
    }
}

/// True if `value` is one to three words of ASCII letters (`support`,
/// `sales`, `ring-group`) that name no one: each makes a value no name or
/// is common in logs and in no name list. A user (`karin`, `kyoussef`) is
/// not such a value.
fn common_words(value: &str) -> bool {
    let v = value.trim().trim_matches('~');
    !v.is_empty()
        && v.len() <= 48
        && v.bytes()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'-' | b'_'))
        && v.split([' ', '-', '_']).count() <= 3
        && (phone::placeholder(v) || name::placeholder_words(&v.replace(['-', '_'], " "), true))
}

/// True unless `value`, bound to `kind`, is an address kind that holds
/// something other than exactly one address: `192.0.2.1:443`,
/// `[2001:db8::1]:443`, `fe80::1%eth0`, `10.0.0.0/8`, a list, a host name,
/// `-`. Values of other kinds are always bare.
pub fn ip_bare(kind: Kind, value: &str) -> bool {
    if !matches!(kind, Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4) {
        return true;
    }
    let v = value.trim();
    if v.is_empty() {
        return true;
    }
    if v.contains(':') {
        let v = v
            .strip_prefix('[')
            .and_then(|v| v.strip_suffix(']'))
            .unwrap_or(v);
        return v.parse::<std::net::Ipv6Addr>().is_ok();
    }
    if v.contains('-') {
        return ip::dashed_ipv4_at(v.as_bytes(), 0) == Some(v.len())
            || v.replace('-', ".").parse::<std::net::Ipv4Addr>().is_ok();
    }
    v.parse::<std::net::Ipv4Addr>().is_ok()
}

/// Options for [`normalize`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Normalize {
    /// Fold usernames to lower case (the source treats them case-insensitively).
    pub casefold_username: bool,
}

/// A dashed IPv4 address glued to the letters of the word `b[i..j]`
/// (`h64-187-1-131.example.net`): the word ends in digits and a dash
/// follows. Returns the address's start and end.
#[inline]
fn glued_dashed_ipv4(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b'-' || !is_digit(b[j - 1]) {
        return None;
    }
    let mut k = j - 1;
    while k > i && is_digit(b[k - 1]) {
        k -= 1;
    }
    ip::dashed_ipv4_at(b, k).map(|e| (k, e))
}

/// Writes the canonical form of `value` (which was detected or bound as
/// `kind`) to `out`, so that one person gets one pseudonym however the value
/// was written: phone numbers to E.164 (default region SE), personnummer to
/// 12 digits, e-mail lower-cased, IPv6 canonical, IPv4-mapped IPv6 as IPv4.
/// Returns false if `value` does not validate as `kind`; `out` is then
/// unspecified and the caller falls back to the trimmed value.
pub fn normalize(kind: Kind, value: &str, opts: &Normalize, out: &mut String) -> bool {
    out.clear();
    let v = value.trim();
    match kind {
        Kind::Ipv4 | Kind::HostIpv4 => ip::normalize_v4(v, out),
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
    use proptest::prelude::*;

    fn all(text: &str) -> Vec<(String, Kind)> {
        let mut out = Vec::new();
        DetectorSet::all_builtins().detect(text, &mut out);
        out.iter()
            .map(|s| (text[s.start..s.end].to_string(), s.kind))
            .collect()
    }

    fn has(text: &str, v: &str, k: Kind) -> bool {
        all(text).contains(&(v.to_string(), k))
    }

    #[test]
    fn addresses_in_host_names_are_their_own_kind() {
        assert_eq!(
            all("rhost=h64-187-1-131.dsl.example.net user=root"),
            vec![("64-187-1-131".into(), Kind::HostIpv4)]
        );
        assert_eq!(
            all("Jul  3 21:30:55 airbears2-10-142-110-255 kernel[0]: up"),
            vec![("10-142-110-255".into(), Kind::HostIpv4)]
        );
        assert!(has(
            "from 82.252.162.81 (82-252-162-81.adsl.example.fr)",
            "82.252.162.81",
            Kind::Ipv4
        ));
        assert!(has(
            "from 82.252.162.81 (82-252-162-81.adsl.example.fr)",
            "82-252-162-81",
            Kind::HostIpv4
        ));
        assert!(all("released 2026-11-22 build 1-2-3-4").is_empty());
    }

    use Kind::{Email, Imei, Ipv4, Ipv6, Orgnr, Personnummer, Phone, Username};

    /// Every line yields exactly the listed values, in order.
    fn exactly(cases: &[(&str, &[(&str, Kind)])]) {
        let mut failed = Vec::new();
        for (text, want) in cases {
            let got = all(text);
            let want: Vec<(String, Kind)> = want.iter().map(|(v, k)| (v.to_string(), *k)).collect();
            if got != want {
                failed.push(format!("{text}\n   got  {got:?}\n   want {want:?}"));
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }

    #[test]
    fn accounts_in_asterisk_channel_names_and_dial_strings() {
        exactly(&[
            ("Channel: PJSIP/alice-0000002a", &[("alice", Username)]),
            (
                "-- Executing [s@macro-dial:1] Dial(\"SIP/anna.berg-0a1b2c3d\", \"SIP/bo_k,30\")",
                &[("anna.berg", Username), ("bo_k", Username)],
            ),
            ("Called IAX2/jörgen-4711", &[("jörgen", Username)]),
            ("PJSIP/1001-00000012 answered", &[("1001", Phone)]),
            (
                "SIP/TLS transport up; Local/remote mismatch; SIP/2.0 200 OK; Via: SIP/2.0/UDP 10.0.0.1",
                &[("10.0.0.1", Ipv4)],
            ),
            (
                "Dial(SIP/trunk/112,30) Dial(PJSIP/911@trunk) PJSIP/116117-0000002a",
                &[],
            ),
            (
                "Local/2044@from-internal-0000abcd;1 is ringing",
                &[("2044", Phone)],
            ),
            (
                "Local/0701740683@outbound-allroutes-00000012;2",
                &[("0701740683", Phone)],
            ),
            (
                "Dial(PJSIP/+447911123456@sbc-out,60)",
                &[("+447911123456", Phone)],
            ),
            ("PJSIP/447911123456@trunk,60,tT", &[("447911123456", Phone)]),
            (
                "PJSIP/4915112345678-00000031 hung up",
                &[("4915112345678", Phone)],
            ),
            ("DAHDI/g0/0046855512345 busy", &[("0046855512345", Phone)]),
            ("DAHDI/i1/46701740683 congested", &[("46701740683", Phone)]),
            (
                "SIP/telia-trunk/12125550167 answered",
                &[("12125550167", Phone)],
            ),
            ("PJSIP/trunk-03375721 up", &[]),
            (
                "SIP/gw2-0000ab12 IAX2/pstn_out-1234 PJSIP/sbc01-0000000f",
                &[],
            ),
            ("DAHDI/1-1 hung up", &[]),
        ]);
    }

    #[test]
    fn accounts_in_auth_log_structures() {
        exactly(&[
            (
                "An account failed to log on: CORP\\jdoe",
                &[("jdoe", Username)],
            ),
            (r#"{"msg":"logon CORP\\jdoe ok"}"#, &[("jdoe", Username)]),
            ("suser=ACME-HQ\\\\Åsa.Ek act=logon", &[("Åsa.Ek", Username)]),
            (
                "krb5kdc[12]: AS_REQ: ISSUE: authtime 1, etypes {18}, jdoe@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM",
                &[("jdoe", Username)],
            ),
            (
                "TGS_REQ: lena.k@AD.CORP.SE for cifs/fs1.ad.corp.se@AD.CORP.SE",
                &[("lena.k", Username)],
            ),
            (
                "ovpn-server[77]: kim_ny/203.0.113.50:51234 MULTI: Learn: 10.8.0.6",
                &[
                    ("kim_ny", Username),
                    ("203.0.113.50", Ipv4),
                    ("10.8.0.6", Ipv4),
                ],
            ),
            (
                "dovecot: auth: pam(märta,198.51.100.4,<x>): unknown user",
                &[("märta", Username), ("198.51.100.4", Ipv4)],
            ),
            (
                "imap-login: Login: user=<olle.p>, method=PLAIN, rip=192.0.2.9",
                &[("olle.p", Username), ("192.0.2.9", Ipv4)],
            ),
            (
                "radiusd[9]: Login OK: [pia.s] (from client ap-7 port 0 cli 02-00-00-00-00-01)",
                &[("pia.s", Username), ("02-00-00-00-00-01", Kind::Mac)],
            ),
            (
                "Login incorrect (mschap: MS-CHAP2-Response is incorrect): [tove/<via Auth-Type = eap>] (from client x)",
                &[("tove", Username)],
            ),
            (
                "charon: 09[IKE] authentication of 'nils.o' with EAP successful",
                &[("nils.o", Username)],
            ),
            (
                "charon: received EAP identity 'greta'",
                &[("greta", Username)],
            ),
            (
                "%ASA-6-113004: AAA user authentication Successful : server = 10.1.1.1 : user = björn",
                &[("10.1.1.1", Ipv4), ("björn", Username)],
            ),
            (
                "Group <vpn> User <ahmad.r> IP <203.0.113.9> Session",
                &[("ahmad.r", Username), ("203.0.113.9", Ipv4)],
            ),
            (
                "TargetUserName=ebba.l SubjectUserName=WS01$ LogonType=3",
                &[("ebba.l", Username)],
            ),
            ("Account Name:\t\tkarl.o", &[("karl.o", Username)]),
            (
                "type=LOGIN realmId=acme clientId=web userId=550e8400-e29b-41d4-a716-446655440000 preferred_username=\"ida.w\"",
                &[("ida.w", Username)],
            ),
            ("User-Name = \"o'brien\"", &[("o'brien", Username)]),
            (
                "sshd[1]: Invalid user Ölander1 from 192.0.2.1 port 22",
                &[("Ölander1", Username), ("192.0.2.1", Ipv4)],
            ),
            (
                "sshd[1]: Failed password for åsa from 192.0.2.1 port 22",
                &[("åsa", Username), ("192.0.2.1", Ipv4)],
            ),
            (
                "changed_by=björn.öberg action=update",
                &[("björn.öberg", Username)],
            ),
            (
                "sasl_username=kim@example.com",
                &[("kim@example.com", Email)],
            ),
            ("user=jdoe@EXAMPLE.COM", &[("jdoe", Username)]),
            ("user_agent=curl/8.1 superuser=true owner=root", &[]),
            (
                "vpnd[2]: login slofgren (Sixten Löfgren) from 198.51.100.4",
                &[
                    ("slofgren", Username),
                    ("Sixten Löfgren", Kind::PersonName),
                    ("198.51.100.4", Ipv4),
                ],
            ),
            (
                "vpnd[2]: login failed from 198.51.100.4",
                &[("198.51.100.4", Ipv4)],
            ),
            (
                "[client 198.51.100.9] user sabine.k: authentication failure for \"/admin\"",
                &[("198.51.100.9", Ipv4), ("sabine.k", Username)],
            ),
            (
                "sudo: maría.garcía : TTY=pts/4 ; PWD=/tmp ; USER=root ; COMMAND=/bin/ls",
                &[("maría.garcía", Username)],
            ),
            (
                "ls26467/10.36.189.164:58234 MULTI_sva: pool returned IPv4=10.1.94.15",
                &[
                    ("ls26467", Username),
                    ("10.36.189.164", Ipv4),
                    ("10.1.94.15", Ipv4),
                ],
            ),
            (
                "kernel: [UFW BLOCK] MAC=FF-FF-FF-FF-FF-FF:b8:27:eb:1a:07:19:08:00 SRC=192.0.2.5",
                &[("b8:27:eb:1a:07:19", Kind::Mac), ("192.0.2.5", Ipv4)],
            ),
            (
                "profileRemoved, Owner: com.apple.iokit.IO80211Family, Name: x",
                &[],
            ),
            (
                "198.51.100.7 - frida.n [10/Oct/2026:13:55:36 +0200] \"GET / HTTP/1.1\" 200",
                &[("198.51.100.7", Ipv4), ("frida.n", Username)],
            ),
            (
                "198.51.100.7 - - [10/Oct/2026:13:55:36 +0200] \"GET / HTTP/1.1\" 200",
                &[("198.51.100.7", Ipv4)],
            ),
            (
                "CRON[812]: (hampus) CMD (/usr/local/bin/backup)",
                &[("hampus", Username)],
            ),
            ("CRON[812]: (root) CMD (run-parts /etc/cron.hourly)", &[]),
            (
                "vsftpd: [liv_k] OK LOGIN: Client \"192.0.2.31\"",
                &[("liv_k", Username), ("192.0.2.31", Ipv4)],
            ),
            (
                "passwd[1]: pam_unix(passwd:chauthtok): password changed for sven",
                &[("sven", Username)],
            ),
            (
                "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: elin] [Source: 10.1.1.1]",
                &[("elin", Username), ("10.1.1.1", Ipv4)],
            ),
            (
                "sshd: SSHD_LOGIN_FAILED: Login failed for user 'nora' from host '10.0.0.1'",
                &[("nora", Username), ("10.0.0.1", Ipv4)],
            ),
        ]);
        let long = "a".repeat(90);
        assert_eq!(all(&format!("user={long} ok")), vec![(long, Username)]);
    }

    #[test]
    fn accounts_in_more_products_words() {
        exactly(&[
            // Outcomes after `user X`, and words before it.
            (
                "wlc: Client 02:00:5e:00:00:02 user amira.haddad authenticated",
                &[("02:00:5e:00:00:02", Kind::Mac), ("amira.haddad", Username)],
            ),
            (
                "User Łukasz.Nowak logged in via SAML",
                &[("Łukasz.Nowak", Username)],
            ),
            (
                "Disconnected from user tran.van 198.51.100.7 port 51514",
                &[("tran.van", Username), ("198.51.100.7", Ipv4)],
            ),
            (
                "SSLVPN LOGIN : User oluwaseun - Client_ip 198.51.100.8 - Nat_ip 10.0.0.8",
                &[
                    ("oluwaseun", Username),
                    ("198.51.100.8", Ipv4),
                    ("10.0.0.8", Ipv4),
                ],
            ),
            (
                "proftpd[4]: host - USER mehmet.yilmaz: Login successful.",
                &[("mehmet.yilmaz", Username)],
            ),
            (
                "login[9]: FAILED LOGIN 1 FROM tty1 FOR hodan.warsame, Authentication failure",
                &[("hodan.warsame", Username)],
            ),
            (
                "smbd: Auth: [SMB2,(null)] user [CORP]\\[zeynep.kaya] at [Tue] status [OK]",
                &[("zeynep.kaya", Username)],
            ),
            // Home directories name their owner.
            (
                "useradd: new user: name=x, home=/home/björn.ek, shell=/bin/bash",
                &[("björn.ek", Username)],
            ),
            (
                r#"{"path":"C:\\Users\\nguyen.an\\AppData\\Local"}"#,
                &[("nguyen.an", Username)],
            ),
            ("/Users/Shared/x and /home/root/y", &[]),
            // An apostrophe in a SIP user.
            ("F=sip:eo'brien@pbx.example.se", &[("eo'brien", Username)]),
            // Not accounts: an outcome word, a service account.
            (
                r#"msg="User fatima.zahra added to group VPN-Users""#,
                &[("fatima.zahra", Username)],
            ),
            ("user profile deleted", &[]),
            ("Closed due to user request. [preauth]", &[]),
            (
                r#"{"representation":"{\"firstName\":\"Paweł\",\"lastName\":\"de Vries\",\"enabled\":true}"}"#,
                &[("Paweł", Kind::PersonName), ("de Vries", Kind::PersonName)],
            ),
            (
                "hostname=web01 lastname=Dąbrowski",
                &[("Dąbrowski", Kind::PersonName)],
            ),
            (
                r#"access granted door="Main Entrance" holder="af Klercker, Örjan""#,
                &[("af Klercker, Örjan", Kind::PersonName)],
            ),
            (
                r#""VoiceMailMain","142@default","2026-02-02""#,
                &[("142", Phone)],
            ),
            ("mail 142@example.se", &[]),
            (
                "mdm: device with IMEI number 353918051234561 wiped",
                &[("353918051234561", Kind::Imei)],
            ),
            ("gateway user authentication succeeded", &[]),
            ("user is locked", &[]),
            ("user=asterisk", &[]),
        ]);
    }

    #[test]
    fn national_numbers_of_any_country_after_a_telephony_cue() {
        exactly(&[
            (
                "call from 01 42 68 53 00 ended",
                &[("01 42 68 53 00", Phone)],
            ),
            ("Anrufer: 0171 2345678", &[("0171 2345678", Phone)]),
            ("call from 020 7946 0958 ended", &[("020 7946 0958", Phone)]),
            (
                "call from 0532 123 45 67 ended",
                &[("0532 123 45 67", Phone)],
            ),
            ("ring mig på 0701-74 06 83", &[("0701-74 06 83", Phone)]),
            ("MSISDN=4680903641 APN=internet", &[("4680903641", Phone)]),
            // Without a cue, a grouped run starting with 0 is no number.
            ("build 01 42 68 53 00 done", &[]),
            ("ticket number 01 42 68 53 00", &[]),
        ]);
    }

    #[test]
    fn macs_in_other_products_notations_and_after_their_words() {
        use Kind::Mac;
        exactly(&[
            (
                "L2IF/4/MAC_FLAPPING: MAC address 00e0-fc12-3456 flapping in VLAN 300",
                &[("00e0-fc12-3456", Mac)],
            ),
            (
                "ProCurve: port A5: MAC 001b3f-8a9c21 moved to port A7",
                &[("001b3f-8a9c21", Mac)],
            ),
            (
                "arp: 192.0.2.5 moved from 0:1a:2b:3c:4d:5e to 8:0:27:c4:1:2 on em0",
                &[
                    ("192.0.2.5", Ipv4),
                    ("0:1a:2b:3c:4d:5e", Mac),
                    ("8:0:27:c4:1:2", Mac),
                ],
            ),
            (
                "dnsmasq-dhcp[81]: 1234 client-id 01:3c:22:fb:12:34:57",
                &[("3c:22:fb:12:34:57", Mac)],
            ),
            (
                "dhcpd: Reply NA to duid 00:01:00:01:2c:3b:4d:5e:3c:22:fb:12:34:67",
                &[("3c:22:fb:12:34:67", Mac)],
            ),
            (
                "hostapd: wlan0: STA 3c22fb123458 associated",
                &[("3c22fb123458", Mac)],
            ),
            (
                "wlc: client-mac=3C22FB123459 ssid=corp",
                &[("3C22FB123459", Mac)],
            ),
            (
                "NetworkManager: hwaddr 3c22fb12345e",
                &[("3c22fb12345e", Mac)],
            ),
            ("x MAC Address: 3C22FB123464", &[("3C22FB123464", Mac)]),
            ("cli 3C22FB12345A)", &[("3C22FB12345A", Mac)]),
            ("wlc: Client 3C22FB123458 roamed", &[("3C22FB123458", Mac)]),
            ("wlc: client 312345678902 roamed", &[]),
            (
                "ap: [mac:3c:22:fb:12:34:57] joined",
                &[("3c:22:fb:12:34:57", Mac)],
            ),
            (
                "switch: MAC 0000-0000-0007 learned",
                &[("0000-0000-0007", Mac)],
            ),
            // Hashes, ids, dates, versions and uncued runs are no MACs.
            (
                "commit 3c22fb123466 and 3c22fb1234 and hmac 3c22fb123466",
                &[],
            ),
            ("uuid 550e8400-e29b-41d4-a716-446655440000 ok", &[]),
            ("released 2026-1206-1000 session 202612-061000", &[]),
            ("version 1:2:3:4:5:6 ok", &[]),
            ("broadcast ffff-ffff-ffff", &[]),
        ]);
    }

    #[test]
    fn handset_ids_without_check_digit_and_with_software_version() {
        exactly(&[
            (
                "mdm: device IMEISV 3548260512345601 enrolled",
                &[("3548260512345601", Imei)],
            ),
            (
                "pgw: imeisv=3548260512345601",
                &[("3548260512345601", Imei)],
            ),
            ("mdm: IMEI 35482605123456 seen", &[("35482605123456", Imei)]),
            // A 16-digit run with no cue, or a reserved version, is none.
            ("bytes 3548260512345601 sent", &[]),
            ("IMEISV 3548260512345699", &[]),
            // A Luhn-valid 15-digit run under an id or ticket word is none.
            ("order id 354826051234565", &[]),
            ("ticket 354826051234565 closed", &[]),
        ]);
    }

    #[test]
    fn swedish_numbers_after_two_word_cues() {
        exactly(&[
            ("crm: org no 5560160680 updated", &[("5560160680", Orgnr)]),
            (
                "crm: company registration number 5560160680",
                &[("5560160680", Orgnr)],
            ),
            (
                "hr: coordination number 7001721237",
                &[("7001721237", Kind::Samordningsnummer)],
            ),
            (
                "hr: Personal identity number 198112189876",
                &[("198112189876", Personnummer)],
            ),
            (
                "crm: corporate identity number 5560160680",
                &[("5560160680", Orgnr)],
            ),
        ]);
    }

    #[test]
    fn numbers_after_sbc_pbx_and_sms_gateway_words() {
        exactly(&[
            ("pbx: CLI 07911123456 presented", &[("07911123456", Phone)]),
            (
                "pbx: numero 06 12 34 56 78 appelant",
                &[("06 12 34 56 78", Phone)],
            ),
            (
                "pbx: Rufnummer 030 12345678 gesperrt",
                &[("030 12345678", Phone)],
            ),
            (
                "smsc: source_addr=46701234560 destination_addr=46701234561",
                &[("46701234560", Phone), ("46701234561", Phone)],
            ),
            (
                "smsgw: sender 33612345678 recipient=06 12 34 56 78",
                &[("33612345678", Phone), ("06 12 34 56 78", Phone)],
            ),
            (
                "Receive SMS [SMSC:a] [from:447911123456] [to:06.12.34.56.78]",
                &[("447911123456", Phone), ("06.12.34.56.78", Phone)],
            ),
            // `cli` inside `client` is no cue.
            ("client 01 42 68 53 00 build", &[]),
            ("destination port 4431 and sender id 1733479200", &[]),
        ]);
    }

    #[test]
    fn badges_after_a_qualified_word() {
        use Kind::Badge;
        exactly(&[
            ("door: Badge ID: 445566 used", &[("445566", Badge)]),
            ("door: card-id 445567 used", &[("445567", Badge)]),
            ("door: Card number: 12345678 ok", &[("12345678", Badge)]),
            ("door: kortnummer 12345678 nekad", &[("12345678", Badge)]),
            ("door: RFID tag 04A1B2C3D4 read", &[("04A1B2C3D4", Badge)]),
            ("door: Ausweis 123456 gültig", &[("123456", Badge)]),
            ("door: card reader 4 offline", &[]),
        ]);
    }

    #[test]
    fn ipv6_after_a_label_and_colon() {
        exactly(&[(
            "eth0 inet6 addr:2001:db8::1 Scope:Global",
            &[("2001:db8::1", Ipv6)],
        )]);
    }

    #[test]
    fn ipv6_as_mail_servers_and_packet_dumps_write_it() {
        exactly(&[
            (
                "connect from unknown[IPv6:2001:db8::25]",
                &[("2001:db8::25", Ipv6)],
            ),
            (
                "IP6 2001:db8::1.443 > 2001:db8::2.51234: Flags [S]",
                &[("2001:db8::1", Ipv6), ("2001:db8::2", Ipv6)],
            ),
            (
                "dhcp: lease 10.0.0.10 for mac 021A2B3C4D64 expired",
                &[("10.0.0.10", Ipv4), ("021A2B3C4D64", Kind::Mac)],
            ),
            ("for mac 000000000000 and mac deadbeefcafe", &[]),
        ]);
    }

    #[test]
    fn a_version_after_a_model_in_a_quoted_user_agent_is_no_address() {
        exactly(&[
            (
                r#""POST / HTTP/1.1" 401 "Yealink SIP-T54W 96.86.0.100""#,
                &[],
            ),
            (r#"peer "GW01 10.1.2.3" up"#, &[("10.1.2.3", Ipv4)]),
        ]);
    }

    #[test]
    fn phones_of_every_region_and_spelling() {
        exactly(&[
            (
                "openvpn: 192.0.2.1:4000 TLS: Username/Password authentication succeeded for username 'm.ek'",
                &[("192.0.2.1", Ipv4), ("m.ek", Username)],
            ),
            (
                "Executing [07477394335@from-internal:1] Dial(\"PJSIP/07477394335@trunk,60\")",
                &[("07477394335", Phone), ("07477394335", Phone)],
            ),
            ("Called PJSIP/+4522053819@trunk", &[("+4522053819", Phone)]),
            ("[call caller=\"02121426970\"]", &[("02121426970", Phone)]),
            (
                "[msg:34:Hej, ring mig på 6173303122]",
                &[("6173303122", Phone)],
            ),
            (
                "Callback requested on +46 8 073 421 62 today",
                &[("+46 8 073 421 62", Phone)],
            ),
            ("ring 0044 20 7946 0958 nu", &[("0044 20 7946 0958", Phone)]),
            ("tel +44 (0)20 7946 0958", &[("+44 (0)20 7946 0958", Phone)]),
            ("cell +49-151-2345-6789", &[("+49-151-2345-6789", Phone)]),
            ("fr +33.6.12.34.56.78.", &[("+33.6.12.34.56.78", Phone)]),
            ("call (617) 555-0176 now", &[("(617) 555-0176", Phone)]),
            ("fax 202.555.0141", &[("202.555.0141", Phone)]),
            ("dial 1-212-555-0167;", &[("1-212-555-0167", Phone)]),
            ("+1 (415) 555-0132", &[("+1 (415) 555-0132", Phone)]),
            ("växel (08) 465 004 35", &[("(08) 465 004 35", Phone)]),
            ("Malmö 040-628 04 65", &[("040-628 04 65", Phone)]),
            ("mobil 070/1740683", &[("070/1740683", Phone)]),
            ("nr 070.174.06.83", &[("070.174.06.83", Phone)]),
            ("(070) 174 06 83", &[("(070) 174 06 83", Phone)]),
            (
                "tel 070\u{a0}174\u{a0}06\u{a0}83 x",
                &[("070\u{a0}174\u{a0}06\u{a0}83", Phone)],
            ),
            (
                "tel 070\u{2013}174 06 83",
                &[("070\u{2013}174 06 83", Phone)],
            ),
            (
                "tel ０７０１７４０６８３",
                &[("０７０１７４０６８３", Phone)],
            ),
            (
                "tel ＋４６７０１７４０６８３",
                &[("＋４６７０１７４０６８３", Phone)],
            ),
            (
                "+358 40 1234567 / +47 412 34 567",
                &[("+358 40 1234567", Phone), ("+47 412 34 567", Phone)],
            ),
            ("+91 98765 43210", &[("+91 98765 43210", Phone)]),
            ("+234 803 123 4567", &[("+234 803 123 4567", Phone)]),
            ("+61 4 1234 5678", &[("+61 4 1234 5678", Phone)]),
            ("From: <tel:+46701740683>", &[("+46701740683", Phone)]),
            (
                "To: <sip:447400123456@sbc.example.net>",
                &[("447400123456", Phone)],
            ),
            (
                "caller=46701740683 callee=447400123456",
                &[("46701740683", Phone), ("447400123456", Phone)],
            ),
            (r#"{"msisdn": 447400123456}"#, &[("447400123456", Phone)]),
            ("sms to=4915112345678 ok", &[("4915112345678", Phone)]),
        ]);
    }

    #[test]
    fn numbers_that_are_not_phones() {
        exactly(&[
            ("ring 112, 90000, 1177, 11414 or 116 111", &[]),
            ("dial 911 or 999 or 116000", &[]),
            ("tel=112 phone: 1177", &[]),
            ("logid=\"0101039424\" type=traffic", &[]),
            ("ticket=0701740683 closed", &[]),
            ("eventId=0812345678", &[]),
            ("at 1770899926 sent 447400123456 bytes", &[]),
            ("job 201109201648 finished", &[]),
            ("port 5060 pid 46701", &[]),
            ("version 1.212.555.0167", &[]),
            ("HTTP/1.1 200 555-0100 ok", &[]),
            ("08.30.15.20", &[]),
            ("2026-11-22 10:00:00", &[]),
        ]);
    }

    #[test]
    fn identity_numbers_need_their_key_when_bare() {
        exactly(&[
            (
                "personalNumber=198112189876",
                &[("198112189876", Personnummer)],
            ),
            ("pnr 198112189876", &[("198112189876", Personnummer)]),
            (
                "customer_id=198112189876",
                &[("198112189876", Personnummer)],
            ),
            ("org.nr 5560160680", &[("5560160680", Orgnr)]),
            ("customer_org=5560160680", &[("5560160680", Orgnr)]),
            ("organisationsnummer: 5560160680", &[("5560160680", Orgnr)]),
            ("ref 198112189876 and 5560160680", &[]),
        ]);
    }

    #[test]
    fn imei_in_every_written_form() {
        exactly(&[
            ("IMEI: 490154203237518", &[("490154203237518", Imei)]),
            (
                "handset 49-015420-323751-8 registered",
                &[("49-015420-323751-8", Imei)],
            ),
            (
                "urn:gsma:imei:49015420-323751-8",
                &[("49015420-323751-8", Imei)],
            ),
            ("imei=49 015420 323751 8", &[("49 015420 323751 8", Imei)]),
            ("imei=49-015420-323751-9", &[]),
        ]);
    }

    #[test]
    fn addresses_and_their_look_alikes() {
        exactly(&[
            (
                "ROOT LOGIN REFUSED FROM ::ffff:192.0.2.7",
                &[("::ffff:192.0.2.7", Ipv6)],
            ),
            (
                "peer [::ffff:198.51.100.3]:5060",
                &[("::ffff:198.51.100.3", Ipv6)],
            ),
            (
                "src ::ffff:198.51.100.3:5060 x",
                &[("::ffff:198.51.100.3", Ipv6)],
            ),
            (
                "nat64 64:ff9b::203.0.113.9",
                &[("64:ff9b::203.0.113.9", Ipv6)],
            ),
            (
                "from björn.öberg@exempel.se",
                &[("björn.öberg@exempel.se", Email)],
            ),
            ("to Åsa.Ek@example.com.", &[("Åsa.Ek@example.com", Email)]),
            (
                "kex: algorithm: curve25519-sha256@libssh.org cipher chacha20-poly1305@openssh.com",
                &[],
            ),
            (
                "UA=Yealink SIP-T54W 96.86.0.100 src=192.0.2.4",
                &[("192.0.2.4", Ipv4)],
            ),
            ("User-Agent: Snom D785/10.1.141.13", &[]),
            ("agent=\"Mozilla/5.0 Firefox/115.0.2.1\"", &[]),
            ("oid 1.3.6.1.4.1.9.9.46 oid=1.3.6.1", &[]),
            (
                "firmware Yealink SIP-T54W 96.86.0.100 listening on 127.0.0.1 netmask 255.255.255.252",
                &[],
            ),
        ]);
    }

    #[test]
    fn badge_codes_under_their_keys() {
        exactly(&[
            (
                "doord[1]: Kort B723310 nekades vid entré",
                &[("B723310", Kind::Badge)],
            ),
            ("badge #40211 denied at door 3", &[("40211", Kind::Badge)]),
            ("card 1 of 3 printed", &[]),
            (
                "door=D12 badge=B123456 result=granted",
                &[("B123456", Kind::Badge)],
            ),
            (
                "badge_id=\"04A2B3C4D5E6F7\" reader=3",
                &[("04A2B3C4D5E6F7", Kind::Badge)],
            ),
            (
                "event=access card_no=123:45678 ok",
                &[("123:45678", Kind::Badge)],
            ),
            ("kortnr: 4711-0042", &[("4711-0042", Kind::Badge)]),
            ("cardNumber=00012345", &[("00012345", Kind::Badge)]),
            ("badge=none card=- wildcard=x", &[]),
            ("credit_card_type=visa", &[]),
        ]);
    }

    #[test]
    fn exact_spans_in_dial_strings() {
        assert_eq!(
            all("PJSIP/+46701740683-cec86b3e"),
            vec![("+46701740683".into(), Kind::Phone)]
        );
        assert_eq!(
            all("PJSIP/0701740666@trunk,60,tT"),
            vec![("0701740666".into(), Kind::Phone)]
        );
        assert_eq!(
            all("from [2001:db8::1]:443 ok"),
            vec![("2001:db8::1".into(), Kind::Ipv6)]
        );
        assert_eq!(
            all("ROOT LOGIN REFUSED FROM ::ffff:192.0.2.7"),
            vec![("::ffff:192.0.2.7".into(), Kind::Ipv6)]
        );
    }

    #[test]
    fn non_personal_numbers_are_left_alone() {
        for t in [
            "call 112 now",
            "ring 1177 or 11414",
            "version 1.2.3.4.5 released",
            "KB 5.2.4182.69463 installed",
            "build 050519-2396 deployed",
            "uniqueid 1770899926.4571",
            "at 2026-02-09 15:00:51 done",
            "081111 073350 31 INFO dfs.DataNode: ok",
            "PJSIP/trunk-03375721",
        ] {
            assert_eq!(all(t), vec![], "{t}");
        }
    }

    #[test]
    fn mixed_line() {
        let t = "sshd[9]: Failed password for invalid user maja from 192.0.2.4 port 22, \
                 mail maja@example.se, tel 070-174 06 83, pnr 811218-9876";
        assert!(has(t, "maja", Kind::Username));
        assert!(has(t, "192.0.2.4", Kind::Ipv4));
        assert!(has(t, "maja@example.se", Kind::Email));
        assert!(has(t, "070-174 06 83", Kind::Phone));
        assert!(has(t, "811218-9876", Kind::Personnummer));
    }

    #[test]
    fn sip_user_parts() {
        assert_eq!(
            all("From: <sips:+46701740683@sip.example.se;user=phone>"),
            vec![("+46701740683".into(), Kind::Phone)]
        );
        assert_eq!(
            all("To: <sip:alice@sip.example.se>"),
            vec![("alice".into(), Kind::Username)]
        );
    }

    #[test]
    fn person_names_beside_other_values() {
        let t = "Samtal från Leyla Åberg <leyla.aberg@example.se> till 070-174 06 83, \
                 From: \"Omar al-Farsi\" <sip:+46701740683@sip.example.se>";
        assert_eq!(
            all(t),
            vec![
                ("Leyla Åberg".into(), Kind::PersonName),
                ("leyla.aberg@example.se".into(), Kind::Email),
                ("070-174 06 83".into(), Kind::Phone),
                ("Omar al-Farsi".into(), Kind::PersonName),
                ("+46701740683".into(), Kind::Phone),
            ]
        );
        // An account name stays an account name.
        assert_eq!(
            all("session opened for user Karin by (uid=0)"),
            vec![("Karin".into(), Kind::Username)]
        );
        // Off unless the pack enables it.
        let set = DetectorSet::new(&DetectorConfig {
            builtins: vec![Builtin::Email],
            custom: vec![],
        })
        .unwrap();
        let mut out = Vec::new();
        set.detect("kontakt Leyla Åberg", &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn only_enabled_detectors_run() {
        let set = DetectorSet::new(&DetectorConfig {
            builtins: vec![Builtin::Ipv4],
            custom: vec![],
        })
        .unwrap();
        let mut out = Vec::new();
        set.detect("user=kalle 192.0.2.1 0701740683", &mut out);
        assert_eq!(
            out,
            vec![Span {
                start: 11,
                end: 20,
                kind: Kind::Ipv4
            }]
        );
    }

    #[test]
    fn custom_detectors_join_the_set() {
        let set = DetectorSet::new(&DetectorConfig {
            builtins: vec![Builtin::Ipv4],
            custom: vec![CustomDetector {
                kind: Kind::Badge,
                pattern: r"acct=(?P<value>B\d{6})".into(),
                checksum: None,
            }],
        })
        .unwrap();
        let mut out = vec![Span {
            start: 0,
            end: 1,
            kind: Kind::Mac,
        }];
        set.detect("acct=B123456 src=192.0.2.1", &mut out);
        assert_eq!(out.len(), 3, "appends after what was there");
        assert_eq!(
            (out[1].start, out[1].end, out[1].kind),
            (5, 12, Kind::Badge)
        );
        assert_eq!(out[2].kind, Kind::Ipv4);
        let bad = DetectorSet::new(&DetectorConfig {
            builtins: vec![],
            custom: vec![CustomDetector {
                kind: Kind::Badge,
                pattern: "[".into(),
                checksum: None,
            }],
        });
        assert!(bad.is_err());
    }

    #[test]
    fn overlaps_prefer_the_longer() {
        let mut out = vec![
            Span {
                start: 5,
                end: 9,
                kind: Kind::Phone,
            },
            Span {
                start: 0,
                end: 12,
                kind: Kind::Email,
            },
            Span {
                start: 12,
                end: 14,
                kind: Kind::Username,
            },
        ];
        resolve(&mut out, 0);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].kind, Kind::Email);
        assert_eq!(out[1].kind, Kind::Username);
    }

    #[test]
    fn placeholders_in_bound_fields_name_no_one() {
        for v in [
            "112",
            "911",
            "1177",
            "11414",
            "90000",
            "116111",
            "*97",
            "#31#",
            "*72",
            "s",
            "h",
            "Anonymous",
            "ANONYMOUS",
            "unknown",
            "voicemail",
            " Restricted ",
            "park+701",
            "conf_3000",
            "ivr_main",
            "VM-menu",
            "support",
            "Sales",
            "~~s~~",
        ] {
            assert!(placeholder(Kind::Phone, v), "{v}");
        }
        // Extensions that are emergency numbers somewhere, numbers, a
        // forwarding code that carries a number, and SIP users.
        for v in [
            "110",
            "113",
            "000",
            "1001",
            "0701740683",
            "+46701740683",
            "*21*0701740683#",
            "karin",
            "",
            "*",
            "sara",
            "vm_0701740683",
            "karin_lund",
            "park+",
            "conf_3000@example.se",
            "kyoussef",
            "jyrki.koskinen",
            "Karin",
        ] {
            assert!(!placeholder(Kind::Phone, v), "{v}");
        }
        for v in [
            "Anonymous",
            "Växel",
            "VÄXEL",
            "Reception",
            "Unknown caller",
            "Private Number",
            "Conference Room",
            "Dolt nummer",
            "Outbound Call",
            "Incoming PSTN",
            "Room 101",
            "Kitchen Phone",
            "Lager kassa 2",
        ] {
            assert!(placeholder(Kind::PersonName, v), "{v}");
        }
        for v in [
            "Karin Eriksson",
            "Ann Reception",
            "Leyla",
            "",
            "Åsa Växel-Berg",
            "Line Andersen",
            "Outbound Karin",
            "101",
            "Karin 2",
        ] {
            assert!(!placeholder(Kind::PersonName, v), "{v}");
        }
        // A shared or system account in a field bound to accounts is no
        // one's; a personal account is.
        assert!(placeholder(Kind::Username, "anonymous"));
        assert!(placeholder(Kind::Username, "root"));
        assert!(!placeholder(Kind::Username, "k.berg"));
    }

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

    /// A valid personnummer for a date, with its Luhn digit.
    fn pnr(y: u32, m: u32, d: u32, serial: u32) -> String {
        let nine = format!("{:02}{m:02}{d:02}{serial:03}", y % 100);
        let check = (0..10u8)
            .find(|c| util::luhn(format!("{nine}{c}").as_bytes()))
            .unwrap();
        format!("{}-{}{check}", &nine[..6], &nine[6..])
    }

    proptest! {
        #[test]
        fn spans_are_sorted_disjoint_and_on_char_boundaries(text in "\\PC{0,200}") {
            let mut out = Vec::new();
            DetectorSet::all_builtins().detect(&text, &mut out);
            for s in &out {
                prop_assert!(s.start < s.end && s.end <= text.len());
                prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
            for w in out.windows(2) {
                prop_assert!(w[0].end <= w[1].start);
            }
        }

        #[test]
        fn logish_text_keeps_invariants(text in "[0-9a-fA-F:.@+ =\\-\\[\\]sipuerfo]{0,120}") {
            let mut out = Vec::new();
            DetectorSet::all_builtins().detect(&text, &mut out);
            for w in out.windows(2) {
                prop_assert!(w[0].end <= w[1].start);
            }
        }

        #[test]
        fn generated_personnummer_are_found(
            y in 1930u32..2000, m in 1u32..=12, d in 1u32..=28, serial in 0u32..1000,
            samordning in any::<bool>(),
        ) {
            let day = if samordning { d + 60 } else { d };
            let v = pnr(y, m, day, serial);
            let kind = if samordning { Kind::Samordningsnummer } else { Kind::Personnummer };
            let text = format!("kund {v} ringde");
            prop_assert!(has(&text, &v, kind), "{}", text);
        }
    }
}
