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

use std::collections::VecDeque;

/// A small deterministic PRNG (xorshift64*), enough for workload shapes.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// Seeds the generator (a zero seed is replaced).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// An index in `0..n`, Zipf-like: rank r is picked with weight ~1/(r+1).
    pub fn zipf(&mut self, n: u64) -> u64 {
        // Inverse-CDF of the continuous 1/x law on [1, n+1).
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        let x = ((n as f64 + 1.0).ln() * u).exp() - 1.0;
        (x as u64).min(n.saturating_sub(1))
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const FIRST: [&str; 12] = [
    "anna", "lars", "karin", "erik", "maria", "johan", "eva", "anders", "lena", "per", "sara",
    "nils",
];
const LAST: [&str; 10] = [
    "andersson",
    "johansson",
    "karlsson",
    "nilsson",
    "eriksson",
    "larsson",
    "olsson",
    "persson",
    "svensson",
    "berg",
];

fn user(rng: &mut Rng) -> String {
    let i = rng.zipf(400);
    let f = FIRST[(i % 12) as usize];
    let l = LAST[((i / 12) % 10) as usize];
    match i % 3 {
        0 => format!("{f}.{l}"),
        1 => format!("{}{}{}", &f[..1], &l[..l.len().min(6)], i % 97),
        _ => format!("{f}_{l}"),
    }
}

fn ip(rng: &mut Rng) -> String {
    let i = rng.zipf(5000);
    match i % 3 {
        0 => format!("192.0.2.{}", 1 + i % 254),
        1 => format!("198.51.100.{}", 1 + (i * 7) % 254),
        _ => format!("10.{}.{}.{}", (i / 254) % 256, (i * 13) % 256, 1 + i % 254),
    }
}

fn phone(rng: &mut Rng) -> String {
    let n = 1_740_000 + rng.zipf(20_000);
    let national = format!("70{n:07}");
    match rng.below(4) {
        0 => format!("+46{national}"),
        1 => format!("0{national}"),
        2 => format!(
            "070-{} {} {}",
            &national[2..5],
            &national[5..7],
            &national[7..]
        ),
        _ => format!("0046{national}"),
    }
}

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

/// The friendly model: a few hundred users and a few thousand addresses
/// and numbers, drawn Zipf-like (the first workloads of `veil bench`).
impl Values for Rng {
    fn rng(&mut self) -> &mut Rng {
        self
    }
    fn user(&mut self) -> String {
        user(self)
    }
    fn ip(&mut self) -> String {
        ip(self)
    }
    fn phone(&mut self) -> String {
        phone(self)
    }
    fn sip_phone(&mut self) -> String {
        phone(self).replace([' ', '-'], "")
    }
    fn email(&mut self) -> String {
        format!("{}@example.se", user(self))
    }
    fn name(&mut self) -> String {
        let who = self.zipf(400);
        format!(
            "{} {}",
            capitalise(FIRST[(who % 12) as usize]),
            capitalise(LAST[((who / 12) % 10) as usize])
        )
    }
    fn badge(&mut self) -> u64 {
        100_000 + self.zipf(900_000)
    }
    fn device(&mut self) -> u64 {
        self.zipf(5000)
    }
    fn cucm_ip(&mut self) -> [u8; 4] {
        let last = 1 + self.zipf(250) as u8;
        [10, 20, self.zipf(16) as u8, last]
    }
    fn personnummer(&mut self) -> String {
        "811117-2386".to_string()
    }
}

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
    fn draw(&mut self, kind: Kind) -> u64 {
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

/// `i`'s place in `0..n` under a fixed bijection (multiplication by an odd
/// constant coprime to `n`'s factors), so consecutive new values do not
/// look consecutive. `n` is a power of two or of ten here.
fn scatter(i: u64, n: u64) -> u64 {
    (i.wrapping_mul(2_654_435_761) % n + 1_234_567) % n
}

const FIRST_N: [&str; 48] = [
    "anna", "lars", "karin", "erik", "maria", "johan", "eva", "anders", "lena", "per", "sara",
    "nils", "emma", "oskar", "elin", "viktor", "ida", "gustav", "frida", "axel", "hanna", "henrik",
    "sofia", "magnus", "linnea", "fredrik", "maja", "mattias", "julia", "jonas", "elsa", "daniel",
    "ebba", "mikael", "klara", "stefan", "alva", "peter", "moa", "tobias", "wilma", "kristian",
    "agnes", "patrik", "tilda", "olof", "vera", "rasmus",
];
const LAST_N: [&str; 50] = [
    "andersson",
    "johansson",
    "karlsson",
    "nilsson",
    "eriksson",
    "larsson",
    "olsson",
    "persson",
    "svensson",
    "gustafsson",
    "pettersson",
    "jonsson",
    "jansson",
    "hansson",
    "bengtsson",
    "joensson",
    "lindberg",
    "jakobsson",
    "magnusson",
    "lindstrom",
    "olofsson",
    "lindqvist",
    "lindgren",
    "berg",
    "axelsson",
    "bergstrom",
    "lundberg",
    "lundgren",
    "lind",
    "lundqvist",
    "mattsson",
    "berglund",
    "fredriksson",
    "sandberg",
    "henriksson",
    "forsberg",
    "sjoberg",
    "wallin",
    "engstrom",
    "eklund",
    "danielsson",
    "lundin",
    "hakansson",
    "bjork",
    "bergman",
    "gunnarsson",
    "holm",
    "wikstrom",
    "samuelsson",
    "isaksson",
];

/// The username of index `i`: one of 2,400 first/last pairs in one of three
/// styles, with a number once the pairs run out (injective in `i`).
pub fn username(i: u64) -> String {
    let pairs = (FIRST_N.len() * LAST_N.len()) as u64;
    let f = FIRST_N[(i % FIRST_N.len() as u64) as usize];
    let l = LAST_N[((i / FIRST_N.len() as u64) % LAST_N.len() as u64) as usize];
    let n = i / pairs / 3;
    let num = if n == 0 { String::new() } else { n.to_string() };
    match (i / pairs) % 3 {
        0 => format!("{f}.{l}{num}"),
        1 => format!("{f}_{l}{num}"),
        _ => format!("{f}{l}{}", n + 1),
    }
}

/// The display name of person `i` (`Anna Andersson`).
pub fn display_name(i: u64) -> String {
    format!(
        "{} {}",
        capitalise(FIRST_N[(i % FIRST_N.len() as u64) as usize]),
        capitalise(LAST_N[((i / FIRST_N.len() as u64) % LAST_N.len() as u64) as usize])
    )
}

const NETS: [u8; 8] = [10, 172, 192, 45, 81, 185, 193, 212];

/// The IPv4 address of index `i`: eight /8 networks, the rest scattered
/// (injective for `i` below 2^27).
pub fn ipv4(i: u64) -> [u8; 4] {
    let net = NETS[(i % 8) as usize];
    let h = scatter(i / 8, 1 << 24);
    let host = (h & 0xff) as u8;
    [
        net,
        (h >> 16) as u8,
        (h >> 8) as u8,
        // .0 and .255 are rare as hosts: move them into the range.
        match host {
            0 => 100,
            255 => 200,
            h => h,
        },
    ]
}

/// The national mobile number (`07XXXXXXXX`) of index `i`.
pub fn mobile(i: u64) -> String {
    let prefix = ["70", "72", "73", "76", "79"][(i % 5) as usize];
    format!("0{prefix}{:07}", scatter(i / 5, 10_000_000))
}

const MAIL_DOMAINS: [&str; 6] = [
    "example.se",
    "example.com",
    "mail.example.org",
    "corp.example.net",
    "example.nu",
    "student.example.se",
];

/// A personnummer (`YYMMDD-NNNC`) with a valid Luhn check digit for index `i`.
pub fn personnummer_of(i: u64) -> String {
    let yy = 40 + (i % 60);
    let mm = 1 + (i / 60) % 12;
    let dd = 1 + (i / 720) % 28;
    let nnn = (i / 20_160) % 1000;
    let digits = format!("{yy:02}{mm:02}{dd:02}{nnn:03}");
    let sum: u32 = digits
        .bytes()
        .enumerate()
        .map(|(k, b)| {
            let d = u32::from(b - b'0') * if k % 2 == 0 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    let check = (10 - sum % 10) % 10;
    format!("{}-{}{check}", &digits[..6], &digits[6..])
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

/// Hosts of the realistic syslog corpus.
const HOSTS: [&str; 10] = [
    "gw1.sto.example.se",
    "gw2.sto.example.se",
    "bastion1.sto.example.se",
    "web1.got.example.se",
    "web2.got.example.se",
    "db1.sto.example.se",
    "app3.mmo.example.se",
    "build2.sto.example.se",
    "vpn1.got.example.se",
    "jump1.sto.example.se",
];
const COMMANDS: [&str; 6] = [
    "/usr/bin/systemctl restart nginx",
    "/usr/bin/journalctl -u postfix --since today",
    "/usr/bin/apt-get upgrade -y",
    "/bin/cat /var/log/secure",
    "/usr/sbin/asterisk -rx core show channels",
    "/usr/bin/docker compose up -d",
];
const NO_PII: [&str; 8] = [
    "systemd[1]: Started Session c3 of User root.",
    "CRON[23817]: (root) CMD (run-parts /etc/cron.hourly)",
    "kernel: [884512.331874] nf_conntrack: table full, dropping packet",
    "systemd[1]: Starting Daily apt upgrade and clean activities...",
    "postfix/anvil[1207]: statistics: max cache size 3 at Dec 10 07:02:11",
    "rsyslogd: action 'action-8-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2302.0 try https://www.rsyslog.com/e/2359 ]",
    "chronyd[702]: Selected source PHC0",
    "dbus-daemon[911]: [system] Successfully activated service 'org.freedesktop.nm_dispatcher'",
];

fn hex(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| b"0123456789abcdef"[rng.below(16) as usize] as char)
        .collect()
}

fn base64ish(rng: &mut Rng, n: usize) -> String {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    (0..n)
        .map(|_| B64[rng.below(64) as usize] as char)
        .collect()
}

fn queue_id(rng: &mut Rng) -> String {
    (0..10)
        .map(|_| b"0123456789ABCDEF"[rng.below(16) as usize] as char)
        .collect()
}

/// One line of the realistic syslog corpus: what a relay in front of a
/// company's servers, mail and telephony sees (see the README, Performance).
/// Weights per 100 lines, and personal values per line:
///
/// | lines | template | values |
/// |---|---|---|
/// | 11 | sshd `Failed password for [invalid user] U from IP port P ssh2` | 2 |
/// | 7 | sshd `Accepted publickey for U from IP port P ssh2: ED25519 SHA256:...` | 2 |
/// | 5 | sshd `Invalid user U from IP port P` | 2 |
/// | 5 | sshd `Connection closed by IP port P [preauth]` | 1 |
/// | 8 | pam_unix `session opened for user U(uid=N) by (uid=0)` | 1 |
/// | 5 | pam_unix `session closed for user U` | 1 |
/// | 4 | sudo `U : TTY=pts/N ; PWD=/home/U ; USER=root ; COMMAND=...` | 2 (one user twice) |
/// | 5 | postfix/smtpd `client=host[IP], sasl_method=LOGIN, sasl_username=EMAIL` | 2 |
/// | 5 | postfix/qmgr `from=<EMAIL>, size=N, nrcpt=1 (queue active)` | 1 |
/// | 5 | postfix/smtp `to=<EMAIL>, relay=...[IP]:25, ..., status=sent (...)` | 2 |
/// | 6 | kamailio `INVITE from sip:PHONE@... to sip:PHONE@IP` | 3 |
/// | 4 | asterisk `Request 'REGISTER' from '<sip:PHONE@...>' failed for 'IP:5060'` | 2 |
/// | 5 | SMS gateway `MT id=... to=PHONE from=VEIL status=DELIVRD` | 1 |
/// | 10 | firewall kv `srcip=IP srcport=P dstip=IP dstport=443 ...` | 2 |
/// | 15 | systemd, cron, kernel, rsyslog, chrony, dbus: no personal value | 0 |
///
/// About 1.5 values and 165 bytes per line.
pub fn syslog_realistic<V: Values>(v: &mut V) -> String {
    let r = v.rng();
    let host = HOSTS[r.below(HOSTS.len() as u64) as usize];
    let pid = 1000 + r.below(60000);
    let port = 1024 + r.below(64000);
    let (hh, mm, ss) = (r.below(24), r.below(60), r.below(60));
    // Relays that forward raw keep the priority (auth: facility 4, or 10).
    let pri = ["", "<38>", "<86>"][r.below(3) as usize];
    let ts = format!("{pri}Dec {:2} {hh:02}:{mm:02}:{ss:02}", 1 + r.below(28));
    let pick = r.below(100);
    match pick {
        0..11 => {
            let invalid = if v.rng().below(3) == 0 {
                "invalid user "
            } else {
                ""
            };
            format!(
                "{ts} {host} sshd[{pid}]: Failed password for {invalid}{} from {} port {port} ssh2",
                v.user(),
                v.ip()
            )
        }
        11..18 => {
            let fp = base64ish(v.rng(), 43);
            format!(
                "{ts} {host} sshd[{pid}]: Accepted publickey for {} from {} port {port} ssh2: ED25519 SHA256:{fp}",
                v.user(),
                v.ip()
            )
        }
        18..23 => format!(
            "{ts} {host} sshd[{pid}]: Invalid user {} from {} port {port}",
            v.user(),
            v.ip()
        ),
        23..28 => format!(
            "{ts} {host} sshd[{pid}]: Connection closed by {} port {port} [preauth]",
            v.ip()
        ),
        28..36 => {
            let uid = 1000 + v.rng().below(4000);
            format!(
                "{ts} {host} sshd[{pid}]: pam_unix(sshd:session): session opened for user {}(uid={uid}) by (uid=0)",
                v.user()
            )
        }
        36..41 => format!(
            "{ts} {host} sshd[{pid}]: pam_unix(sshd:session): session closed for user {}",
            v.user()
        ),
        41..45 => {
            let u = v.user();
            let tty = v.rng().below(9);
            let cmd = COMMANDS[v.rng().below(COMMANDS.len() as u64) as usize];
            format!(
                "{ts} {host} sudo: {u} : TTY=pts/{tty} ; PWD=/home/{u} ; USER=root ; COMMAND={cmd}"
            )
        }
        45..50 => {
            let q = queue_id(v.rng());
            format!(
                "{ts} mx1 postfix/smtpd[{pid}]: {q}: client=unknown[{}], sasl_method=LOGIN, sasl_username={}",
                v.ip(),
                v.email()
            )
        }
        50..55 => {
            let q = queue_id(v.rng());
            let size = 800 + v.rng().below(90_000);
            format!(
                "{ts} mx1 postfix/qmgr[{pid}]: {q}: from=<{}>, size={size}, nrcpt=1 (queue active)",
                v.email()
            )
        }
        55..60 => {
            let (q, q2) = (queue_id(v.rng()), queue_id(v.rng()));
            let delay = v.rng().below(100);
            format!(
                "{ts} mx1 postfix/smtp[{pid}]: {q}: to=<{}>, relay=mx.example.net[{}]:25, delay=0.{delay:02}, delays=0.01/0/0.05/0.{delay:02}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {q2})",
                v.email(),
                v.ip()
            )
        }
        60..66 => format!(
            "<134>{ts} sip1 kamailio[{pid}]: INFO: <script>: INVITE from sip:{}@sip.example.se to sip:{}@{} cid={}-{} ua=Linphone/5.2",
            v.sip_phone(),
            v.sip_phone(),
            v.ip(),
            hex(v.rng(), 24),
            hex(v.rng(), 8)
        ),
        66..70 => format!(
            "{ts} pbx1 asterisk[{pid}]: NOTICE[{}]: res_pjsip/pjsip_distributor.c:676 log_failed_request: Request 'REGISTER' from '<sip:{}@sip.example.se>' failed for '{}:5060' (callid: {}) - Failed to authenticate",
            pid + 17,
            v.sip_phone(),
            v.ip(),
            hex(v.rng(), 32)
        ),
        70..75 => format!(
            "{ts} sms1 smsgw[{pid}]: MT id={} smsc=tele2-smpp-1 to={} from=VEIL status=DELIVRD err=000 parts=1 dcs=0 text_len={}",
            hex(v.rng(), 16),
            v.sip_phone(),
            20 + v.rng().below(140)
        ),
        75..85 => {
            let session = v.rng().below(90_000_000);
            let (sent, rcvd) = (v.rng().below(90_000), v.rng().below(900_000));
            format!(
                "{ts} fw1 fw: date=2026-12-10 time={hh:02}:{mm:02}:{ss:02} devname=\"fw-01\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\" srcip={} srcport={port} srcintf=\"lan\" dstip={} dstport=443 dstintf=\"wan1\" sessionid={session} proto=6 action=\"close\" policyid=12 service=\"HTTPS\" duration={} sentbyte={sent} rcvdbyte={rcvd}",
                v.ip(),
                v.ip(),
                v.rng().below(600)
            )
        }
        _ => {
            let msg = NO_PII[v.rng().below(NO_PII.len() as u64) as usize];
            format!("{ts} {host} {msg}")
        }
    }
}

/// One syslog line from the mix: sshd, pam, sudo, postfix, kamailio and
/// firewall kv, 150-250 bytes, 1-3 personal values.
pub fn syslog_line<V: Values>(v: &mut V) -> String {
    let host = ["gw1", "gw2", "mx1", "web2", "sip1", "fw1"][v.rng().below(6) as usize];
    let pid = 1000 + v.rng().below(60000);
    let (mm, ss) = (v.rng().below(60), v.rng().below(60));
    let ts = format!("Dec 10 07:{mm:02}:{ss:02}");
    let pad = |s: String, r: &mut Rng| -> String {
        // Pad to the 150-250 byte range with realistic trailing detail.
        let target = 150 + r.below(101) as usize;
        let mut s = s;
        if s.len() < target {
            s.push_str(" [session ");
            while s.len() + 1 < target {
                let c = b"0123456789abcdef"[r.below(16) as usize] as char;
                s.push(c);
            }
            s.push(']');
        }
        s
    };
    let line = match v.rng().below(7) {
        0 => format!(
            "{ts} {host} sshd[{pid}]: Failed password for invalid user {} from {} port {} ssh2",
            v.user(),
            v.ip(),
            1024 + v.rng().below(60000)
        ),
        1 => format!(
            "{ts} {host} sshd[{pid}]: Accepted publickey for {} from {} port {} ssh2: RSA SHA256:Zm9vYmFyYmF6cXV4",
            v.user(),
            v.ip(),
            1024 + v.rng().below(60000)
        ),
        2 => format!(
            "{ts} {host} sshd[{pid}]: pam_unix(sshd:session): session opened for user {} by (uid=0)",
            v.user()
        ),
        3 => {
            let u = v.user();
            format!(
                "{ts} {host} sudo: {u} : TTY=pts/{} ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
                v.rng().below(9)
            )
        }
        4 => format!(
            "{ts} {host} postfix/smtpd[{pid}]: {:08X}: client=unknown[{}], sasl_method=LOGIN, sasl_username={}@example.se",
            v.rng().next_u64() as u32,
            v.ip(),
            v.user()
        ),
        5 => format!(
            "<134>{ts} {host} kamailio[{pid}]: INFO: <script>: INVITE from sip:{}@sip.example.se to sip:{}@{}",
            v.phone().replace(' ', ""),
            v.phone().replace(' ', ""),
            v.ip()
        ),
        _ => format!(
            "{ts} {host} fw: date=2026-11-22 time=07:{mm:02}:{ss:02} devname=\"fw-01\" type=\"traffic\" srcip={} srcport={} dstip={} dstport=443 action=accept",
            v.ip(),
            1024 + v.rng().below(60000),
            v.ip()
        ),
    };
    pad(line, v.rng())
}

/// One Asterisk `cdr_csv` row with a badge, numbers in mixed spellings, a
/// caller id with a name, and sometimes a personnummer in userfield.
pub fn asterisk_cdr<V: Values>(v: &mut V) -> String {
    let a = v.phone();
    let b = v.phone();
    let name = v.name();
    let badge = if v.rng().below(3) == 0 {
        String::new()
    } else {
        format!("B{:06}", v.badge())
    };
    let start = 1_770_000_000 + v.rng().below(10_000_000);
    let dur = v.rng().below(3600);
    let chan = v.rng().next_u64() as u32;
    let userfield = if v.rng().below(4) == 0 {
        format!("pnr={}", v.personnummer())
    } else {
        String::new()
    };
    format!(
        "\"{badge}\",\"{a}\",\"{b}\",\"from-internal\",\"\"\"{name}\"\" <{a}>\",\"PJSIP/{}-{chan:08x}\",\"PJSIP/trunk-{:08x}\",\"Dial\",\"PJSIP/{}@trunk,60,tT\",\"2026-02-12 12:38:46\",\"2026-02-12 12:39:11\",\"2026-02-12 12:51:13\",{dur},{},\"ANSWERED\",\"DOCUMENTATION\",\"{start}.{}\",\"{userfield}\"",
        a.replace([' ', '-'], ""),
        chan ^ 0x5a5a,
        b.replace([' ', '-'], ""),
        dur.saturating_sub(5),
        v.rng().below(10_000)
    )
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The CUCM 11.x column count (see `rules/cisco-cucm-cdr.toml`).
const CUCM_COLUMNS: usize = 129;

/// One Cisco CUCM CDR row: 129 columns, integer-encoded IPs, calling and
/// called numbers, a login id and device names.
pub fn cucm_cdr<V: Values>(v: &mut V) -> String {
    let mut cols = vec![String::from("0"); CUCM_COLUMNS];
    let int_ip = |v: &mut V| -> String { i32::from_le_bytes(v.cucm_ip()).to_string() };
    let q = |s: String| format!("\"{s}\"");
    cols[0] = "1".into();
    cols[1] = "1".into();
    cols[2] = (1_000_000 + v.rng().below(1_000_000)).to_string();
    cols[3] = (20_000_000 + v.rng().below(1_000_000)).to_string();
    cols[4] = (1_770_000_000 + v.rng().below(10_000_000)).to_string();
    cols[7] = int_ip(v);
    cols[8] = q(v.phone().replace([' ', '-'], ""));
    cols[9] = q(v.user());
    cols[13] = int_ip(v);
    cols[14] = (16384 + v.rng().below(16384)).to_string();
    cols[28] = int_ip(v);
    cols[29] = q(v.phone().replace([' ', '-'], ""));
    cols[30] = cols[29].clone();
    cols[31] = q(String::new());
    cols[35] = int_ip(v);
    cols[47] = (1_770_000_010 + v.rng().below(10_000_000)).to_string();
    cols[48] = (1_770_000_100 + v.rng().below(10_000_000)).to_string();
    cols[49] = q(String::new());
    cols[50] = q(format!(
        "{:08x}-4b59-4c4e-9c1a-{:012x}",
        v.rng().next_u64() as u32,
        v.rng().next_u64() & 0xffff_ffff_ffff
    ));
    cols[51] = q("PT_PSTN".into());
    cols[52] = q("PT_Internal".into());
    cols[53] = q("PT_PSTN".into());
    cols[54] = q(String::new());
    cols[55] = v.rng().below(3600).to_string();
    cols[56] = q(format!("SEP{:012X}", v.device() * 7919));
    cols[57] = q("SIPTrunk-PSTN".into());
    cols[65] = q("StandAloneCluster".into());
    cols[67] = q(String::new());
    cols.iter()
        .enumerate()
        .map(|(i, c)| {
            if [68, 70, 76, 79, 80, 81, 82].contains(&i) {
                q(String::new())
            } else {
                c.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// One JSON log event (ECS-style) with a user, an e-mail, a source IP and a
/// message mentioning a phone number.
pub fn json_event<V: Values>(v: &mut V) -> String {
    let u = v.user();
    format!(
        "{{\"@timestamp\":\"2026-11-22T10:{:02}:{:02}Z\",\"event\":{{\"id\":\"{:016x}\",\"action\":\"login\"}},\"source\":{{\"ip\":\"{}\"}},\"user\":{{\"name\":\"{u}\",\"email\":\"{u}@example.se\"}},\"message\":\"login ok, callback {}\"}}",
        v.rng().below(60),
        v.rng().below(60),
        v.rng().next_u64(),
        v.ip(),
        v.phone()
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syslog_lines_are_in_the_size_range() {
        let mut rng = Rng::new(7);
        for _ in 0..500 {
            let l = syslog_line(&mut rng);
            assert!((120..=260).contains(&l.len()), "{} bytes: {l}", l.len());
            assert!(!l.contains('\n'));
        }
    }

    #[test]
    fn realistic_syslog_has_the_documented_shape() {
        let mut v = Novel::new(5, 0.33);
        let data = lines_from(&mut v, 20_000, syslog_realistic);
        let text = String::from_utf8(data).unwrap();
        let n = text.lines().count() as f64;
        let mean = text.len() as f64 / n;
        assert!((155.0..180.0).contains(&mean), "{mean} bytes per line");
        let stats = v.stats();
        let values: u64 = stats.iter().map(|k| k.occurrences).sum();
        let per_line = values as f64 / n;
        assert!((1.3..1.7).contains(&per_line), "{per_line} values per line");
        let kinds: Vec<&str> = stats.iter().map(|k| k.kind).collect();
        assert_eq!(kinds, ["username", "ipv4", "phone", "email"]);
        for k in &stats {
            // Cold values are a third; half of those are new.
            let share = k.distinct as f64 / k.occurrences as f64;
            assert!((0.13..0.25).contains(&share), "{k:?}");
        }
    }

    #[test]
    fn novelty_sets_the_share_of_cold_values() {
        // Count values that are neither popular nor among the recent ones:
        // what a small cache cannot hold.
        for novelty in [0.1, 0.5] {
            let mut v = Novel::new(3, novelty);
            let mut cold = 0;
            let draws = 50_000;
            let mut recent: VecDeque<u64> = VecDeque::new();
            for _ in 0..draws {
                let i = v.draw(Kind::User);
                if i >= POPULAR && !recent.contains(&i) {
                    cold += 1;
                }
                if i >= POPULAR {
                    recent.push_back(i);
                    if recent.len() > 4 * RECENT {
                        recent.pop_front();
                    }
                }
            }
            let share = f64::from(cold) / f64::from(draws);
            // A returning value is sometimes a recent one by chance, so
            // slightly fewer than `novelty` are cold.
            assert!(
                share <= novelty + 0.01 && share > novelty - 0.07,
                "{novelty}: {share}"
            );
        }
    }

    #[test]
    fn novelty_one_makes_every_value_new() {
        let mut v = Novel::new(8, 1.0);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..20_000 {
            assert!(seen.insert(v.user()));
        }
        assert_eq!(v.stats()[0].distinct, 20_000);
    }

    #[test]
    fn value_spaces_are_injective_and_valid() {
        let mut seen = std::collections::HashSet::new();
        for i in 0..200_000 {
            assert!(seen.insert(username(i)), "username {i}");
        }
        let mut seen = std::collections::HashSet::new();
        for i in 0..200_000 {
            assert!(seen.insert(ipv4(i)), "ipv4 {i}");
            assert!(seen.len() == i as usize + 1);
        }
        let mut seen = std::collections::HashSet::new();
        for i in 0..200_000 {
            let m = mobile(i);
            assert_eq!(m.len(), 10);
            assert!(seen.insert(m), "mobile {i}");
        }
        for i in (0..2_000_000).step_by(997) {
            let p = personnummer_of(i);
            let digits: Vec<u32> = p
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| u32::from(b - b'0'))
                .collect();
            let sum: u32 = digits
                .iter()
                .enumerate()
                .map(|(k, d)| {
                    let d = d * if k % 2 == 0 { 2 } else { 1 };
                    d / 10 + d % 10
                })
                .sum();
            assert_eq!(sum % 10, 0, "{p}");
        }
    }

    #[test]
    fn the_sample_holds_values_as_written() {
        let mut v = Novel::new(4, 0.33).with_sample(10);
        let text = String::from_utf8(lines_from(&mut v, 2_000, syslog_realistic)).unwrap();
        let sample = v.take_sample();
        assert!(sample.len() > 200, "{}", sample.len());
        for s in &sample {
            assert!(text.contains(s.as_str()), "{s}");
        }
    }

    #[test]
    fn zipf_favours_low_ranks() {
        let mut rng = Rng::new(1);
        let mut low = 0;
        for _ in 0..10_000 {
            if rng.zipf(1000) < 10 {
                low += 1;
            }
        }
        // ln(11)/ln(1001) ~ 35% of draws land in the top 10 of 1000.
        assert!((2_500..4_500).contains(&low), "{low}");
    }

    #[test]
    fn cucm_rows_have_every_column_and_json_events_parse() {
        let mut rng = Rng::new(9);
        for _ in 0..50 {
            assert_eq!(cucm_cdr(&mut rng).split(',').count(), CUCM_COLUMNS);
            let v: serde_json::Value = serde_json::from_str(&json_event(&mut rng)).unwrap();
            assert!(v["user"]["name"].is_string());
        }
    }

    #[test]
    fn generation_is_deterministic() {
        assert_eq!(lines(50, 3, asterisk_cdr), lines(50, 3, asterisk_cdr));
        assert_ne!(lines(50, 3, asterisk_cdr), lines(50, 4, asterisk_cdr));
    }
}
