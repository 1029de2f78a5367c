//! The realistic model: each value occurrence is new with probability
//! `novelty`, else a recent or a popular value of its kind.

use std::collections::VecDeque;

use super::space::{MAIL_DOMAINS, display_name, ipv4, mobile, personnummer_of, scatter, username};
use super::{Rng, Values};

/// A kind of personal value, for [`Novel`]'s pools and statistics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Usernames.
    User,
    /// IPv4 addresses.
    Ip,
    /// Phone numbers.
    Phone,
    /// E-mail addresses.
    Email,
    /// People (display names).
    Person,
    /// Badge codes.
    Badge,
    /// Phone devices.
    Device,
    /// Personnummer.
    Personnummer,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 8] = [
        Kind::User,
        Kind::Ip,
        Kind::Phone,
        Kind::Email,
        Kind::Person,
        Kind::Badge,
        Kind::Device,
        Kind::Personnummer,
    ];

    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::User => "username",
            Kind::Ip => "ipv4",
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Person => "name",
            Kind::Badge => "badge",
            Kind::Device => "device",
            Kind::Personnummer => "personnummer",
        }
    }
}

/// Popular values per kind: admins, gateways, service accounts, the
/// switchboard. Small enough that a per-worker cache keeps them.
pub const POPULAR: u64 = 256;
/// A repeat that is not popular picks one of the last this many new values
/// of its kind (a session's user or address in a few lines in a row).
pub const RECENT: usize = 256;

/// One kind's value pool in [`Novel`].
#[derive(Clone, Debug, Default)]
struct Pool {
    /// New values handed out so far.
    new: u64,
    /// The latest new values' indices.
    recent: VecDeque<u64>,
    /// Which popular values were drawn (for the distinct count).
    popular_seen: Vec<bool>,
    /// Occurrences drawn.
    occurrences: u64,
}

/// How many values of one kind a generated data set holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct KindStats {
    /// The kind's name.
    pub kind: &'static str,
    /// Values drawn (occurrences, including repeats).
    pub occurrences: u64,
    /// Distinct values among them.
    pub distinct: u64,
}

/// The realistic value model. Each occurrence of a value is *cold* with
/// probability `novelty`: either a new value (never seen before in the data
/// set) or, as often, a returning one (a uniformly chosen earlier value of
/// its kind: yesterday's user). Otherwise it is *warm*: half the time one of
/// the last [`RECENT`] new values of its kind (a session's user or address
/// in a few lines in a row), else one of [`POPULAR`] popular values
/// (Zipf-like: admins, gateways, service accounts). At novelty 1 every value
/// is new (no value occurs twice), for the vault's worst case.
///
/// A new value is the next one of its kind's large space (usernames from
/// 2,400 first/last name pairs in three styles with numeric suffixes,
/// addresses over eight /8 networks, mobile numbers over 10 million, ...).
/// Distinct values per kind grow as `novelty / 2 × occurrences`: a
/// 300,000-line syslog data set at novelty 0.38 holds 9,000-39,000 per kind,
/// as real logs of that size do. A per-worker pseudonym cache keeps the warm
/// values but not the cold ones (there are far more than it holds), so its
/// hit rate lands near `1 - novelty`, a little above.
#[derive(Clone, Debug)]
pub struct Novel {
    rng: Rng,
    novelty: f64,
    pools: [Pool; 8],
    /// Keep every n-th value written (0: none), for leak checks.
    sample_every: u64,
    written: u64,
    sample: Vec<String>,
}

impl Novel {
    /// A source whose values are new with probability `novelty` (0..=1).
    pub fn new(seed: u64, novelty: f64) -> Novel {
        Novel {
            rng: Rng::new(seed),
            novelty: novelty.clamp(0.0, 1.0),
            pools: Default::default(),
            sample_every: 0,
            written: 0,
            sample: Vec::new(),
        }
    }

    /// Keeps every `n`-th username, address, number, e-mail and personnummer
    /// as written (0: none), for checking an output holds none of them.
    pub fn with_sample(mut self, n: u64) -> Novel {
        self.sample_every = n;
        self
    }

    /// The values kept so far (see [`Novel::with_sample`]).
    pub fn take_sample(&mut self) -> Vec<String> {
        std::mem::take(&mut self.sample)
    }

    fn note(&mut self, value: String) -> String {
        self.written += 1;
        if self.sample_every > 0 && self.written % self.sample_every == 0 {
            self.sample.push(value.clone());
        }
        value
    }

    /// Occurrences and distinct values per kind drawn so far (kinds never
    /// drawn are left out).
    pub fn stats(&self) -> Vec<KindStats> {
        Kind::ALL
            .iter()
            .zip(&self.pools)
            .filter(|(_, p)| p.occurrences > 0)
            .map(|(k, p)| KindStats {
                kind: k.name(),
                occurrences: p.occurrences,
                distinct: p.new + p.popular_seen.iter().filter(|s| **s).count() as u64,
            })
            .collect()
    }

    /// The index of the next value of `kind`: `0..POPULAR` are the popular
    /// values, and every later index is handed out once as a new value.
    pub(super) fn draw(&mut self, kind: Kind) -> u64 {
        let p = &mut self.pools[kind as usize];
        p.occurrences += 1;
        let u = self.rng.unit();
        if u < self.novelty {
            if p.new > 0 && self.novelty < 1.0 && self.rng.below(2) == 0 {
                return POPULAR + self.rng.below(p.new);
            }
            let i = POPULAR + p.new;
            p.new += 1;
            if p.recent.len() == RECENT {
                p.recent.pop_front();
            }
            p.recent.push_back(i);
            return i;
        }
        if !p.recent.is_empty() && self.rng.below(2) == 0 {
            let at = self.rng.below(p.recent.len() as u64) as usize;
            return p.recent[at];
        }
        let i = self.rng.zipf(POPULAR);
        if p.popular_seen.is_empty() {
            p.popular_seen = vec![false; POPULAR as usize];
        }
        p.popular_seen[i as usize] = true;
        i
    }
}

impl Values for Novel {
    fn rng(&mut self) -> &mut Rng {
        &mut self.rng
    }
    fn user(&mut self) -> String {
        let u = username(self.draw(Kind::User));
        self.note(u)
    }
    fn ip(&mut self) -> String {
        let [a, b, c, d] = ipv4(self.draw(Kind::Ip));
        self.note(format!("{a}.{b}.{c}.{d}"))
    }
    fn phone(&mut self) -> String {
        let national = mobile(self.draw(Kind::Phone));
        let p = match self.rng.below(4) {
            0 => format!("+46{}", &national[1..]),
            1 => national,
            2 => format!(
                "{}-{} {} {}",
                &national[..3],
                &national[3..6],
                &national[6..8],
                &national[8..]
            ),
            _ => format!("0046{}", &national[1..]),
        };
        self.note(p)
    }
    fn sip_phone(&mut self) -> String {
        let national = mobile(self.draw(Kind::Phone));
        let p = if self.rng.below(2) == 0 {
            format!("+46{}", &national[1..])
        } else {
            national
        };
        self.note(p)
    }
    fn email(&mut self) -> String {
        let i = self.draw(Kind::Email);
        // Another index space than the usernames', so an address is not
        // always its owner's login.
        let local = username(i.wrapping_mul(7) + 3);
        self.note(format!("{local}@{}", MAIL_DOMAINS[(i % 6) as usize]))
    }
    fn name(&mut self) -> String {
        display_name(self.draw(Kind::Person))
    }
    fn badge(&mut self) -> u64 {
        100_000 + scatter(self.draw(Kind::Badge), 900_000)
    }
    fn device(&mut self) -> u64 {
        self.draw(Kind::Device)
    }
    fn cucm_ip(&mut self) -> [u8; 4] {
        let [_, b, c, d] = ipv4(self.draw(Kind::Ip));
        [10, b, c, d]
    }
    fn personnummer(&mut self) -> String {
        let p = personnummer_of(self.draw(Kind::Personnummer));
        self.note(p)
    }
}
