//! Synthetic workloads for benchmarks: syslog, Asterisk and CUCM CDRs and
//! JSON events, each a set of templates filled with personal values.
//!
//! Where the values come from is a separate choice, the [`Values`] source:
//! - [`Novel`]: the realistic model. Each value occurrence is new (never seen
//!   before in the data set) with probability `novelty`; otherwise it repeats
//!   a recent value of its type (a session's user or address shows up in a few
//!   lines in a row) or a popular one (admins, gateways, service accounts).
//!   Distinct values per type grow with the data set, as in real logs, so a
//!   pseudonym cache cannot hold them all; its hit rate is about
//!   `1 - novelty`. See [`Novel`] for the numbers.
//! - [`Rng`] itself: the old friendly model, a few hundred users and a few
//!   thousand numbers drawn Zipf-like, so about 93% of lookups hit the cache.
//!
//! Everything here is generated; no real data. Deterministic for a seed.
//!
//! One concern to a file: the generator and the friendly model (`rng`), the
//! realistic model (`novel`), the value spaces it draws from, the `i`-th
//! username, address, number or personnummer (`space`), and the templates:
//! syslog lines (`syslog`), Asterisk and CUCM CDR rows (`cdr`), JSON events
//! (`json`). [`Values`] and the record joiners stay here.

mod cdr;
mod json;
mod novel;
mod rng;
mod space;
mod syslog;
#[cfg(test)]
mod tests;

pub use cdr::{asterisk_cdr, cucm_cdr};
pub use json::json_event;
pub use novel::{Kind, KindStats, Novel, POPULAR, RECENT};
pub use rng::Rng;
pub use space::{display_name, ipv4, mobile, personnummer_of, username};
pub use syslog::{syslog_line, syslog_realistic};

/// Where a template's personal values come from: the friendly Zipf pools
/// ([`Rng`]) or the realistic novelty model ([`Novel`]). Templates draw their
/// other random parts (ports, pids, times) from [`Values::rng`].
pub trait Values {
    /// The generator for everything that is not a personal value.
    fn rng(&mut self) -> &mut Rng;
    /// A username.
    fn user(&mut self) -> String;
    /// An IPv4 address.
    fn ip(&mut self) -> String;
    /// A Swedish mobile number in one of four spellings (E.164, national,
    /// grouped, 0046).
    fn phone(&mut self) -> String;
    /// A mobile number as a SIP user part or SMS address: `+46...` or `07...`.
    fn sip_phone(&mut self) -> String;
    /// An e-mail address.
    fn email(&mut self) -> String;
    /// A person's display name (`Anna Andersson`).
    fn name(&mut self) -> String;
    /// A badge (account code) number, six digits.
    fn badge(&mut self) -> u64;
    /// A phone device's index (its MAC-like name is derived from it).
    fn device(&mut self) -> u64;
    /// An internal IPv4 address as four octets (CUCM integer IPs).
    fn cucm_ip(&mut self) -> [u8; 4];
    /// A personnummer with a valid check digit (`YYMMDD-NNNC`).
    fn personnummer(&mut self) -> String;
}

/// `n` records joined by newlines (each record followed by `\n`), with
/// the friendly Zipf values.
pub fn lines(n: usize, seed: u64, make: impl FnMut(&mut Rng) -> String) -> Vec<u8> {
    lines_from(&mut Rng::new(seed), n, make)
}

/// `n` records from `values`, joined by newlines.
pub fn lines_from<V: Values>(
    values: &mut V,
    n: usize,
    mut make: impl FnMut(&mut V) -> String,
) -> Vec<u8> {
    let mut out = Vec::new();
    for _ in 0..n {
        out.extend_from_slice(make(values).as_bytes());
        out.push(b'\n');
    }
    out
}
