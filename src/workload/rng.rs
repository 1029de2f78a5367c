//! The generator, and the friendly model: a few hundred users and a few
//! thousand addresses and numbers, drawn Zipf-like.

use super::Values;
use super::space::capitalise;

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
