//! Detectors: find personal data in free text.
//!
//! Every built-in detector validates what it matches: IPs parse, dates are
//! real, Luhn and numbering-plan checks pass. A candidate that fails its check
//! is left alone. [`DetectorSet::detect`] returns non-overlapping spans sorted
//! by start offset, as UTF-8 byte offsets into the text.
//!
//! # Layout
//!
//! One concern to a file:
//!
//! - `kind`: what a span is ([`Kind`], [`Span`]).
//! - `config`: what a set is built from ([`Builtin`], [`Checksum`],
//!   [`CustomDetector`], [`DetectorConfig`]) and why it could not be
//!   ([`DetectError`]).
//! - this file: [`DetectorSet`], which built-ins are on, and
//!   [`DetectorSet::detect`], which runs the scan, the custom detectors and
//!   the overlap resolution.
//! - `scan`: the single pass over the text, word by word, and the small
//!   checks it makes between the detectors.
//! - `overlap`: sorting the candidates and keeping the longer (then the more
//!   specific) of two that overlap.
//! - `bound`: the whole value of a field bound to a kind: [`placeholder`]s
//!   that name no one, and [`ip_bare`].
//! - `normalize`: the canonical form of a value ([`normalize`]), so that one
//!   person gets one pseudonym however the value was written.
//! - the detectors, one to a file: `ip`, `mac`, `email`, `phone`, `idnum`
//!   (personnummer, organisationsnummer), `imei`, `username`, [`name`],
//!   `custom`; XML elements in text keyed by their tags (`xml`); the
//!   key-name vocabulary ([`keys`]); a record's values found
//!   again in its free text (`echo`); values found on strong evidence
//!   in earlier records, found again ([`memory`]); byte and calendar helpers (`util`).
//! - what is no one's by the product's or the text's own word: accounts a
//!   product creates for itself (`builtin`), a number the text calls the
//!   organisation's own line (`org`).

mod badge;
mod bound;
mod builtin;
mod config;
mod kind;
mod normalize;
mod org;
mod overlap;
mod scan;
mod sip2;

mod columns;
mod custom;
mod echo;
mod email;
mod escape;
mod idnum;
mod imei;
mod ip;
pub mod keys;
mod login_parts;
mod mac;
pub mod memory;
pub mod name;
mod oui;
mod phone;
mod username;
mod util;
mod xml;

pub use bound::{ip_bare, number_placeholder, placeholder};
pub use config::{Builtin, Checksum, CustomDetector, DetectError, DetectorConfig};
pub(crate) use custom::Lead;
pub use echo::{KnownNames, echo_counted, echo_usernames};
pub use escape::percent_decoded;
pub(crate) use ip::{ipv4_names_host, reverse_v4, split_arpa};
pub use kind::{Kind, Span};
pub use login_parts::LoginParts;
pub use normalize::{Normalize, normalize};
use overlap::resolve;

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
        self.phone || self.pnr || self.orgnr || self.imei || self.imsi
    }

    /// Drops the spans from `from` on whose detector is off: for readers
    /// that find several kinds at once (layout columns, XML elements).
    fn keep_found(&self, out: &mut Vec<Span>, from: usize) {
        let mut k = from;
        for j in from..out.len() {
            if self.finds(out[j].kind) {
                out[k] = out[j];
                k += 1;
            }
        }
        out.truncate(k);
    }

    /// Whether the detector that reports `kind` is on.
    fn finds(&self, kind: Kind) -> bool {
        match kind {
            Kind::Ipv4 | Kind::HostIpv4 | Kind::ArpaIpv4 => self.ipv4,
            Kind::Ipv6 => self.ipv6,
            Kind::Mac => self.mac,
            Kind::Email => self.email,
            Kind::Username => self.username,
            Kind::Phone => self.phone,
            Kind::Personnummer | Kind::Samordningsnummer => self.pnr,
            Kind::Orgnr => self.orgnr,
            Kind::Badge => self.badge,
            Kind::PersonName => self.name,
            Kind::Imei => self.imei,
            Kind::Imsi => self.imsi,
            Kind::Custom(_) => false,
        }
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
        if escape::may_hold(text.as_bytes()) {
            if let Some((plain, map)) = escape::unescaped(text) {
                // rsyslog's `#011`: scanned as the tab it stands for; a
                // URL's `%40`: as the `@` it stands for; a form's `+` as
                // a space; a mail header's `=?UTF-8?Q?...?=` as its text;
                // a JSON `\u00e5` as the `å` it stands for.
                let base = out.len();
                self.detect_plain(&plain, out);
                for s in &mut out[base..] {
                    (s.start, s.end) = escape::map_back(&map, s.start, s.end);
                }
                escape::merge_overlaps(out, base);
                return;
            }
        }
        self.detect_plain(text, out);
    }

    /// [`DetectorSet::detect`] on a text without rsyslog's or URL escapes.
    fn detect_plain(&self, text: &str, out: &mut Vec<Span>) {
        let base = out.len();
        self.scan(text.as_bytes(), out);
        if !self.custom.is_empty() {
            // A short text's bytes, read once for every custom detector.
            let held = custom::Held::of(text.as_bytes());
            for c in &self.custom {
                if c.admits(text, &held) {
                    c.search(text, out);
                }
            }
        }
        if (self.on.username || self.on.phone) && text.len() >= columns::MIN_LEN {
            // An account that only its column in a documented log layout
            // names (IIS W3C, Zeek TSV, PAN-OS CSV), and the parties of a
            // call record read by its columns (Mitel SMDR).
            let from = out.len();
            columns::find(text.as_bytes(), out, base);
            if !(self.on.username && self.on.phone) {
                self.on.keep_found(out, from);
            }
        } else if self.on.phone
            && text.len() >= phone::SMDR_MIN_LEN
            && matches!(text.as_bytes()[0], b'0'..=b'9' | b'-' | b'%' | b'+')
        {
            // A Mitel SMDR record is often shorter than the layouts
            // above (a relay's message after its tag, an internal call).
            phone::smdr(text.as_bytes(), 0, out, base);
        }
        if self.on.badge && text.len() >= badge::MIN_LEN {
            // An access-control controller's event row: the cell shaped
            // like a card after a verdict and a door (`badge::rows`).
            badge::rows(text.as_bytes(), out);
        }
        if (self.on.name || self.on.phone)
            && text.len() >= sip2::MIN_LEN
            && memchr::memchr(b'|', text.as_bytes()).is_some()
        {
            // A library terminal's SIP2 message: its field ids say which
            // text is the patron's name and phone number (`|AE`, `|BF`).
            let from = out.len();
            sip2::fields(text.as_bytes(), out, base);
            if !(self.on.name && self.on.phone) {
                self.on.keep_found(out, from.min(out.len()));
            }
        }
        if (self.on.username || self.on.name) && xml::has_close_tag(text.as_bytes()) {
            // A leaf element's tag is its text's key (`<Callingpartyname>`,
            // `<Data Name="TargetUserName">`).
            let from = out.len();
            xml::elements(text.as_bytes(), self.year, out);
            self.on.keep_found(out, from);
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
}

#[cfg(test)]
mod tests;
