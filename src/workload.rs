//! Synthetic, realistic workloads for benchmarks: a syslog mix and Asterisk
//! CDRs, with personal values that repeat the way real ones do (a few users
//! and numbers account for most lines).
//!
//! Everything here is generated; no real data. Deterministic for a seed.

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

/// One syslog line from the mix: sshd, pam, sudo, postfix, kamailio and
/// firewall kv, 150-250 bytes, 1-3 personal values.
pub fn syslog_line(rng: &mut Rng) -> String {
    let host = ["gw1", "gw2", "mx1", "web2", "sip1", "fw1"][rng.below(6) as usize];
    let pid = 1000 + rng.below(60000);
    let (mm, ss) = (rng.below(60), rng.below(60));
    let ts = format!("Dec 10 07:{mm:02}:{ss:02}");
    let pad = |s: String, rng: &mut Rng| -> String {
        // Pad to the 150-250 byte range with realistic trailing detail.
        let target = 150 + rng.below(101) as usize;
        let mut s = s;
        if s.len() < target {
            s.push_str(" [session ");
            while s.len() + 1 < target {
                let c = b"0123456789abcdef"[rng.below(16) as usize] as char;
                s.push(c);
            }
            s.push(']');
        }
        s
    };
    let line = match rng.below(7) {
        0 => format!(
            "{ts} {host} sshd[{pid}]: Failed password for invalid user {} from {} port {} ssh2",
            user(rng),
            ip(rng),
            1024 + rng.below(60000)
        ),
        1 => format!(
            "{ts} {host} sshd[{pid}]: Accepted publickey for {} from {} port {} ssh2: RSA SHA256:Zm9vYmFyYmF6cXV4",
            user(rng),
            ip(rng),
            1024 + rng.below(60000)
        ),
        2 => format!(
            "{ts} {host} sshd[{pid}]: pam_unix(sshd:session): session opened for user {} by (uid=0)",
            user(rng)
        ),
        3 => {
            let u = user(rng);
            format!(
                "{ts} {host} sudo: {u} : TTY=pts/{} ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
                rng.below(9)
            )
        }
        4 => format!(
            "{ts} {host} postfix/smtpd[{pid}]: {:08X}: client=unknown[{}], sasl_method=LOGIN, sasl_username={}@example.se",
            rng.next_u64() as u32,
            ip(rng),
            user(rng)
        ),
        5 => format!(
            "<134>{ts} {host} kamailio[{pid}]: INFO: <script>: INVITE from sip:{}@sip.example.se to sip:{}@{}",
            phone(rng).replace(' ', ""),
            phone(rng).replace(' ', ""),
            ip(rng)
        ),
        _ => format!(
            "{ts} {host} fw: date=2026-11-22 time=07:{mm:02}:{ss:02} devname=\"fw-01\" type=\"traffic\" srcip={} srcport={} dstip={} dstport=443 action=accept",
            ip(rng),
            1024 + rng.below(60000),
            ip(rng)
        ),
    };
    pad(line, rng)
}

/// One Asterisk `cdr_csv` row with a badge, numbers in mixed spellings, a
/// caller id with a name, and sometimes a personnummer in userfield.
pub fn asterisk_cdr(rng: &mut Rng) -> String {
    let a = phone(rng);
    let b = phone(rng);
    let who = rng.zipf(400);
    let name = format!(
        "{} {}",
        capitalise(FIRST[(who % 12) as usize]),
        capitalise(LAST[((who / 12) % 10) as usize])
    );
    let badge = if rng.below(3) == 0 {
        String::new()
    } else {
        format!("B{:06}", 100_000 + rng.zipf(900_000))
    };
    let start = 1_770_000_000 + rng.below(10_000_000);
    let dur = rng.below(3600);
    let chan = rng.next_u64() as u32;
    let userfield = if rng.below(4) == 0 {
        "pnr=811117-2386".to_string()
    } else {
        String::new()
    };
    format!(
        "\"{badge}\",\"{a}\",\"{b}\",\"from-internal\",\"\"\"{name}\"\" <{a}>\",\"PJSIP/{}-{chan:08x}\",\"PJSIP/trunk-{:08x}\",\"Dial\",\"PJSIP/{}@trunk,60,tT\",\"2026-02-12 12:38:46\",\"2026-02-12 12:39:11\",\"2026-02-12 12:51:13\",{dur},{},\"ANSWERED\",\"DOCUMENTATION\",\"{start}.{}\",\"{userfield}\"",
        a.replace([' ', '-'], ""),
        chan ^ 0x5a5a,
        b.replace([' ', '-'], ""),
        dur.saturating_sub(5),
        rng.below(10_000)
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
pub fn cucm_cdr(rng: &mut Rng) -> String {
    let mut cols = vec![String::from("0"); CUCM_COLUMNS];
    let int_ip = |rng: &mut Rng| -> String {
        let last = 1 + rng.zipf(250) as u8;
        i32::from_le_bytes([10, 20, (rng.zipf(16)) as u8, last]).to_string()
    };
    let q = |s: String| format!("\"{s}\"");
    cols[0] = "1".into();
    cols[1] = "1".into();
    cols[2] = (1_000_000 + rng.below(1_000_000)).to_string();
    cols[3] = (20_000_000 + rng.below(1_000_000)).to_string();
    cols[4] = (1_770_000_000 + rng.below(10_000_000)).to_string();
    cols[7] = int_ip(rng);
    cols[8] = q(phone(rng).replace([' ', '-'], ""));
    cols[9] = q(user(rng));
    cols[13] = int_ip(rng);
    cols[14] = (16384 + rng.below(16384)).to_string();
    cols[28] = int_ip(rng);
    cols[29] = q(phone(rng).replace([' ', '-'], ""));
    cols[30] = cols[29].clone();
    cols[31] = q(String::new());
    cols[35] = int_ip(rng);
    cols[47] = (1_770_000_010 + rng.below(10_000_000)).to_string();
    cols[48] = (1_770_000_100 + rng.below(10_000_000)).to_string();
    cols[49] = q(String::new());
    cols[50] = q(format!(
        "{:08x}-4b59-4c4e-9c1a-{:012x}",
        rng.next_u64() as u32,
        rng.next_u64() & 0xffff_ffff_ffff
    ));
    cols[51] = q("PT_PSTN".into());
    cols[52] = q("PT_Internal".into());
    cols[53] = q("PT_PSTN".into());
    cols[54] = q(String::new());
    cols[55] = rng.below(3600).to_string();
    cols[56] = q(format!("SEP{:012X}", rng.zipf(5000) * 7919));
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
pub fn json_event(rng: &mut Rng) -> String {
    let u = user(rng);
    format!(
        "{{\"@timestamp\":\"2026-11-22T10:{:02}:{:02}Z\",\"event\":{{\"id\":\"{:016x}\",\"action\":\"login\"}},\"source\":{{\"ip\":\"{}\"}},\"user\":{{\"name\":\"{u}\",\"email\":\"{u}@example.se\"}},\"message\":\"login ok, callback {}\"}}",
        rng.below(60),
        rng.below(60),
        rng.next_u64(),
        ip(rng),
        phone(rng)
    )
}

/// `n` records joined by newlines (each record followed by `\n`).
pub fn lines(n: usize, seed: u64, mut make: impl FnMut(&mut Rng) -> String) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    for _ in 0..n {
        out.extend_from_slice(make(&mut rng).as_bytes());
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
