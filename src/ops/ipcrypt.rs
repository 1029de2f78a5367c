//! ipcrypt-pfx (draft-denis-ipcrypt, "Methods for IP Address Encryption and
//! Obfuscation"): prefix-preserving keyed encryption of IP addresses.
//!
//! Two addresses that share exactly an n-bit prefix encrypt to two addresses
//! that share exactly an n-bit prefix, so subnets stay subnets while the
//! networks themselves are hidden. IPv4 stays IPv4 and IPv6 stays IPv6.
//!
//! The address is taken as 128 bits (IPv4 as IPv4-mapped IPv6, starting at
//! bit 96, which separates IPv4 from the first 32 bits of IPv6). For each bit
//! position the PRF input is the already-seen prefix padded as
//! `zeros || 1 || prefix`, the PRF is `AES128(K1, p) xor AES128(K2, p)` and
//! its least significant bit is XORed into the address bit. Every PRF input
//! depends only on the original address, so encryption runs all 32 (IPv4) or
//! 128 (IPv6) blocks through the AES pipeline at once.

use std::fmt::{self, Write as _};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use aes::Aes128Enc;
use aes::cipher::{Array, BlockCipherEncrypt, KeyInit};

use super::OpError;
use crate::detect::Kind;
use crate::keys::SecretKey;

type Block = Array<u8, aes::cipher::consts::U16>;

/// The first bit processed for an IPv4 address (as IPv4-mapped IPv6).
const V4_START: u32 = 96;

/// IPv4 bits whose flips [`Schedules::v4_head`] remembers: the flip of
/// bit `i` depends only on the `i` bits above it, so the first 16 flips
/// depend on the first 15 bits of the address.
const HEAD_BITS: u32 = 16;
/// A [`Schedules::v4_head`] entry that holds flips has this bit set.
const HEAD_KNOWN: u32 = 1 << HEAD_BITS;

/// ipcrypt-pfx under one 32-byte key (two AES-128 keys), with both key
/// schedules expanded once and shared by every clone (they are immutable and
/// large: about 1.4 KiB with every backend's round keys). Debug prints
/// `[redacted]`.
#[derive(Clone)]
pub struct IpPrefix {
    keys: Arc<Schedules>,
}

struct Schedules {
    k1: Aes128Enc,
    k2: Aes128Enc,
    /// The flips of an IPv4 address's first 16 bits, by its first 15 bits
    /// (`HEAD_KNOWN | flips`, or 0 until first needed): half of an
    /// address's AES blocks, shared by the many addresses of a /15 and
    /// filled as addresses come (128 KiB). Every thread that fills an
    /// entry writes the same value.
    v4_head: Box<[AtomicU32]>,
}

impl fmt::Debug for IpPrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("IpPrefix([redacted])")
    }
}

impl IpPrefix {
    /// Builds the cipher from a 32-byte key (`keyring.derive(&label::ipcrypt(domain))`):
    /// bytes 0..16 are K1, 16..32 are K2. Refuses equal halves, which would
    /// cancel out and leave every address unchanged (the draft's MUST NOT).
    pub fn new(key: &SecretKey) -> Result<IpPrefix, OpError> {
        let bytes = key.expose();
        let (k1, k2) = bytes.split_at(16);
        if k1 == k2 {
            return Err(OpError::WeakKey);
        }
        let mut b1 = [0u8; 16];
        let mut b2 = [0u8; 16];
        b1.copy_from_slice(k1);
        b2.copy_from_slice(k2);
        let ip = IpPrefix {
            keys: Arc::new(Schedules {
                k1: Aes128Enc::new(&b1.into()),
                k2: Aes128Enc::new(&b2.into()),
                v4_head: (0..1usize << (HEAD_BITS - 1))
                    .map(|_| AtomicU32::new(0))
                    .collect(),
            }),
        };
        zeroize::Zeroize::zeroize(&mut b1);
        zeroize::Zeroize::zeroize(&mut b2);
        Ok(ip)
    }

    /// Encrypts an address, keeping its family.
    pub fn encrypt(&self, ip: IpAddr) -> IpAddr {
        match ip {
            IpAddr::V4(v4) => {
                let x = u128::from(v4.to_ipv6_mapped());
                let y = self.encrypt_bits(x, V4_START);
                // The mapped prefix is untouched, so the low 32 bits are the address.
                IpAddr::V4(Ipv4Addr::from(y as u32))
            }
            IpAddr::V6(v6) => {
                let x = u128::from(v6);
                IpAddr::V6(Ipv6Addr::from(self.encrypt_bits(x, start_of(x))))
            }
        }
    }

    /// Decrypts an address made by [`IpPrefix::encrypt`] under the same key.
    pub fn decrypt(&self, ip: IpAddr) -> IpAddr {
        match ip {
            IpAddr::V4(v4) => {
                let x = u128::from(v4.to_ipv6_mapped());
                IpAddr::V4(Ipv4Addr::from(self.decrypt_bits(x, V4_START) as u32))
            }
            IpAddr::V6(v6) => {
                let x = u128::from(v6);
                IpAddr::V6(Ipv6Addr::from(self.decrypt_bits(x, start_of(x))))
            }
        }
    }

    /// Encrypts a host address to a pseudonym that names a host too. The
    /// detector passes over loopback, the unspecified and broadcast
    /// addresses and netmasks ([`names_host`]), so a pseudonym among them
    /// could not be found again by `veil reveal --ip`, and a SIEM takes it
    /// for local traffic: with the prefix-preserving cipher a whole /8
    /// (odds 1 in 256 for each /8 a site uses) would land in 127/8. Such a
    /// pseudonym is encrypted again until it names a host (cycle-walking):
    /// a permutation of the host addresses, reversed by
    /// [`IpPrefix::decrypt_host`]. Every other address gets the draft's
    /// [`IpPrefix::encrypt`] unchanged, and a walked /8 stays one /8, its
    /// inner prefixes preserved. An address that names no host is
    /// encrypted without walking (the detector never hands one over).
    pub fn encrypt_host(&self, ip: IpAddr) -> IpAddr {
        let mut y = self.encrypt(ip);
        if names_host(ip) {
            while !names_host(y) {
                y = self.encrypt(y);
            }
        }
        y
    }

    /// Decrypts a pseudonym made by [`IpPrefix::encrypt_host`]: walks back
    /// over the addresses that name no host. The walk ends, as the
    /// pseudonym's own cycle holds a host: the original.
    pub fn decrypt_host(&self, ip: IpAddr) -> IpAddr {
        let mut x = self.decrypt(ip);
        if names_host(ip) {
            while !names_host(x) {
                x = self.decrypt(x);
            }
        }
        x
    }

    /// Parses `canonical` as an address of `kind`, encrypts it and appends
    /// its text form to `out`. An IPv6 zone (`%eth0`) is kept as written:
    /// it names an interface, not a host.
    pub fn apply(&self, kind: Kind, canonical: &str, out: &mut String) -> Result<(), OpError> {
        let (addr, zone) = match canonical.split_once('%') {
            Some((a, z)) if kind == Kind::Ipv6 => (a, Some(z)),
            _ => (canonical, None),
        };
        let ip = match kind {
            Kind::Ipv4 | Kind::HostIpv4 | Kind::ArpaIpv4 => {
                IpAddr::V4(addr.parse().map_err(|_| OpError::Malformed)?)
            }
            Kind::Ipv6 => addr.parse::<IpAddr>().map_err(|_| OpError::Malformed)?,
            _ => return Err(OpError::WrongKind),
        };
        let start = out.len();
        // Writing to a String cannot fail.
        match (kind, self.encrypt_host(ip)) {
            // An IPv4-mapped address is normalised to its IPv4 form (one
            // host, one pseudonym) and written back mapped, as it was.
            (Kind::Ipv6, IpAddr::V4(v4)) => {
                out.push_str("::ffff:");
                push_v4(out, v4);
            }
            (_, IpAddr::V4(v4)) => push_v4(out, v4),
            (_, enc) => {
                let _ = write!(out, "{enc}");
            }
        }
        if kind == Kind::HostIpv4 {
            // Inside a host name the address keeps its dashes, so the host
            // name stays one (`ip-10-0-0-1` becomes `ip-77-201-9-3`).
            let dashed = out[start..].replace('.', "-");
            out.truncate(start);
            out.push_str(&dashed);
        }
        if kind == Kind::ArpaIpv4 {
            // A reverse-DNS name spells the address backwards
            // (`7.2.0.192.in-addr.arpa`): so does its pseudonym.
            let reversed = crate::detect::reverse_v4(&out[start..]);
            out.truncate(start);
            out.push_str(&reversed);
        }
        if let Some(zone) = zone {
            out.push('%');
            out.push_str(zone);
        }
        Ok(())
    }

    /// `padded prefix` for `p` processed bits: `1` at bit `p`, then the top `p`
    /// bits of `x` below it (the draft's shift-left-and-append state).
    #[inline]
    fn padded(x: u128, p: u32) -> Block {
        let prefix = if p == 0 { 0 } else { x >> (128 - p) };
        Block::from(((1u128 << p) | prefix).to_be_bytes())
    }

    /// The PRF bit for one padded prefix.
    #[inline]
    fn prf_bit(&self, block: &Block) -> u128 {
        let mut e1 = *block;
        let mut e2 = *block;
        self.keys.k1.encrypt_block(&mut e1);
        self.keys.k2.encrypt_block(&mut e2);
        u128::from((e1[15] ^ e2[15]) & 1)
    }

    fn encrypt_bits(&self, x: u128, start: u32) -> u128 {
        if start >= V4_START {
            x ^ self.v4_flips(x)
        } else {
            x ^ self.flips_in::<128>(x, start, 128)
        }
    }

    /// The flips of an IPv4-mapped address's 32 address bits: those of its
    /// first 16 bits from [`Schedules::v4_head`] (computed on first need),
    /// the rest computed.
    fn v4_flips(&self, x: u128) -> u128 {
        let head_at = V4_START + HEAD_BITS;
        let entry = &self.keys.v4_head[(x as u32 >> (32 - HEAD_BITS + 1)) as usize];
        let known = entry.load(Ordering::Relaxed);
        let head = if known & HEAD_KNOWN != 0 {
            u128::from(known & (HEAD_KNOWN - 1)) << (128 - head_at)
        } else {
            let head = self.flips_in::<16>(x, V4_START, head_at);
            let bits = (head >> (128 - head_at)) as u32;
            entry.store(HEAD_KNOWN | bits, Ordering::Relaxed);
            head
        };
        head | self.flips_in::<16>(x, head_at, 128)
    }

    /// The flips of bits `start..end` of `x` (counted from the top), with
    /// room for `N` blocks: clearing and copying 128 blocks (4 KiB) for an
    /// IPv4 address cost about a third of its encryption.
    fn flips_in<const N: usize>(&self, x: u128, start: u32, end: u32) -> u128 {
        let n = (end - start) as usize;
        let mut b1 = [Block::default(); N];
        for (i, block) in b1[..n].iter_mut().enumerate() {
            *block = Self::padded(x, start + i as u32);
        }
        let mut b2 = b1;
        self.keys.k1.encrypt_blocks(&mut b1[..n]);
        self.keys.k2.encrypt_blocks(&mut b2[..n]);
        let mut flips = 0u128;
        for (i, (e1, e2)) in b1[..n].iter().zip(&b2[..n]).enumerate() {
            let bit = u128::from((e1[15] ^ e2[15]) & 1);
            // Bit `start + i` from the top is bit `127 - start - i` from the bottom.
            flips |= bit << (127 - start - i as u32);
        }
        flips
    }

    /// Decryption is sequential: each PRF input needs the bits decrypted so far.
    fn decrypt_bits(&self, y: u128, start: u32) -> u128 {
        // Bits above `start` are the (unencrypted) IPv4-mapped prefix or nothing.
        let mut x = if start == 0 {
            0
        } else {
            y & !(u128::MAX >> start)
        };
        for p in start..128 {
            let pos = 127 - p;
            let bit = ((y >> pos) & 1) ^ self.prf_bit(&Self::padded(x, p));
            x |= bit << pos;
        }
        x
    }
}

/// Appends `v4` in dotted decimal, as its `Display` writes it, without the
/// formatting machinery (`<u8 as Display>::fmt` alone was 0.6% of a run).
fn push_v4(out: &mut String, v4: Ipv4Addr) {
    for (i, octet) in v4.octets().into_iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        if octet >= 100 {
            out.push(char::from(b'0' + octet / 100));
        }
        if octet >= 10 {
            out.push(char::from(b'0' + octet / 10 % 10));
        }
        out.push(char::from(b'0' + octet % 10));
    }
}

/// True unless `ip` names no host, as the detector reads addresses:
/// IPv4 loopback, unspecified, broadcast or netmask
/// ([`crate::detect::ipv4_names_host`]); IPv6 `::` and `::1`.
pub fn names_host(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => crate::detect::ipv4_names_host(u32::from(v4)),
        IpAddr::V6(v6) => !v6.is_unspecified() && !v6.is_loopback(),
    }
}

/// Where processing starts: bit 96 for IPv4-mapped addresses, else 0.
fn start_of(x: u128) -> u32 {
    if x >> 32 == 0xffff { V4_START } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::time::Instant;

    fn key(hex: &str) -> SecretKey {
        let bytes: Vec<u8> = (0..64)
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        SecretKey::from_bytes(bytes.try_into().unwrap())
    }

    /// Every ipcrypt-pfx vector in draft-denis-ipcrypt (section "ipcrypt-pfx
    /// Test Vectors": the basic and the prefix-preserving sets).
    #[test]
    fn draft_test_vectors() {
        let k0 = "0123456789abcdeffedcba98765432101032547698badcfeefcdab8967452301";
        let k1 = "2b7e151628aed2a6abf7158809cf4f3ca9f5ba40db214c3798f2e1c23456789a";
        let vectors = [
            (k0, "0.0.0.0", "151.82.155.134"),
            (k0, "255.255.255.255", "94.185.169.89"),
            (k0, "192.0.2.1", "100.115.72.131"),
            (k0, "2001:db8::1", "c180:5dd4:2587:3524:30ab:fa65:6ab6:f88"),
            (k1, "10.0.0.47", "19.214.210.244"),
            (k1, "10.0.0.129", "19.214.210.80"),
            (k1, "10.0.0.234", "19.214.210.30"),
            (k1, "172.16.5.193", "210.78.229.136"),
            (k1, "172.16.97.42", "210.78.179.241"),
            (k1, "172.16.248.177", "210.78.121.215"),
            (
                k1,
                "2001:db8::a5c9:4e2f:bb91:5a7d",
                "7cec:702c:1243:f70:1956:125:b9bd:1aba",
            ),
            (
                k1,
                "2001:db8::7234:d8f1:3c6e:9a52",
                "7cec:702c:1243:f70:a3ef:c8e:95c1:cd0d",
            ),
            (
                k1,
                "2001:db8::f1e0:937b:26d4:8c1a",
                "7cec:702c:1243:f70:443c:c8e:6a62:b64d",
            ),
            (
                k1,
                "2001:db8:3a5c:0:e7d1:4b9f:2c8a:f673",
                "7cec:702c:3503:bef:e616:96bd:be33:a9b9",
            ),
            (
                k1,
                "2001:db8:9f27:0:b4e2:7a3d:5f91:c8e6",
                "7cec:702c:a504:b74e:194a:3d90:b047:2d1a",
            ),
            (
                k1,
                "2001:db8:d8b4:0:193c:a5e7:8b2f:46d1",
                "7cec:702c:f840:aa67:1b8:e84f:ac9d:77fb",
            ),
        ];
        for (k, input, expected) in vectors {
            let ip = IpPrefix::new(&key(k)).unwrap();
            let plain: IpAddr = input.parse().unwrap();
            let enc = ip.encrypt(plain);
            assert_eq!(enc, expected.parse::<IpAddr>().unwrap(), "{input}");
            assert_eq!(enc.to_string(), expected, "{input}");
            assert_eq!(ip.decrypt(enc), plain, "{input}");

            let kind = if plain.is_ipv4() {
                Kind::Ipv4
            } else {
                Kind::Ipv6
            };
            let mut out = String::new();
            ip.apply(kind, input, &mut out).unwrap();
            assert_eq!(out, expected);
        }
    }

    #[test]
    fn mapped_ipv6_uses_the_ipv4_path_and_stays_ipv6() {
        let ip = IpPrefix::new(&key(
            "0123456789abcdeffedcba98765432101032547698badcfeefcdab8967452301",
        ))
        .unwrap();
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        assert_eq!(
            ip.encrypt(mapped),
            "::ffff:100.115.72.131".parse::<IpAddr>().unwrap()
        );
        assert_eq!(ip.decrypt(ip.encrypt(mapped)), mapped);
    }

    #[test]
    fn host_name_addresses_keep_their_dashes_and_match_the_dotted_form() {
        let ip = IpPrefix::new(&SecretKey::from_bytes(std::array::from_fn(|i| {
            (i as u8).wrapping_mul(37) ^ 0x5a
        })))
        .unwrap();
        let (mut dotted, mut dashed) = (String::new(), String::new());
        ip.apply(Kind::Ipv4, "10.0.0.1", &mut dotted).unwrap();
        ip.apply(Kind::HostIpv4, "10.0.0.1", &mut dashed).unwrap();
        assert_eq!(dashed, dotted.replace('.', "-"));
        assert!(!dashed.contains('.'));
    }

    #[test]
    fn a_mapped_address_is_written_back_mapped_with_its_ipv4_pseudonym() {
        let ip = IpPrefix::new(&SecretKey::from_bytes(std::array::from_fn(|i| {
            i as u8 ^ 0x5a
        })))
        .unwrap();
        let mut v4 = String::new();
        ip.apply(Kind::Ipv4, "192.0.2.7", &mut v4).unwrap();
        // The detector hands over `::ffff:192.0.2.7` as IPv6 with the
        // canonical form `192.0.2.7`.
        let mut mapped = String::new();
        ip.apply(Kind::Ipv6, "192.0.2.7", &mut mapped).unwrap();
        assert_eq!(mapped, format!("::ffff:{v4}"));
    }

    #[test]
    fn apply_keeps_zone_and_rejects_other_kinds() {
        let ip = IpPrefix::new(&SecretKey::from_bytes(std::array::from_fn(|i| i as u8))).unwrap();
        let mut out = String::new();
        ip.apply(Kind::Ipv6, "fe80::1%eth0", &mut out).unwrap();
        assert!(out.ends_with("%eth0"), "{out}");
        let enc: Ipv6Addr = out.trim_end_matches("%eth0").parse().unwrap();
        assert_eq!(
            enc,
            match ip.encrypt("fe80::1".parse().unwrap()) {
                IpAddr::V6(v6) => v6,
                IpAddr::V4(_) => unreachable!(),
            }
        );
        let mut out = String::new();
        assert_eq!(
            ip.apply(Kind::Ipv4, "2001:db8::1", &mut out),
            Err(OpError::Malformed)
        );
        assert_eq!(
            ip.apply(Kind::Email, "a@b", &mut out),
            Err(OpError::WrongKind)
        );
        assert_eq!(
            ip.apply(Kind::Ipv4, "10.0.0.1%eth0", &mut out),
            Err(OpError::Malformed)
        );
    }

    #[test]
    fn equal_key_halves_are_refused() {
        assert_eq!(
            IpPrefix::new(&SecretKey::from_bytes([7u8; 32])).unwrap_err(),
            OpError::WeakKey
        );
    }

    fn common_prefix(a: u128, b: u128) -> u32 {
        (a ^ b).leading_zeros()
    }

    fn test_cipher() -> IpPrefix {
        IpPrefix::new(&key(
            "2b7e151628aed2a6abf7158809cf4f3ca9f5ba40db214c3798f2e1c23456789a",
        ))
        .unwrap()
    }

    #[test]
    fn ipv4_octets_of_one_two_and_three_digits() {
        for text in ["0.0.0.0", "255.255.255.255", "10.100.9.99", "1.20.199.200"] {
            let mut out = String::new();
            push_v4(&mut out, text.parse().unwrap());
            assert_eq!(out, text);
        }
    }

    /// The /8 whose draft encryption lands in 127/8 under the test key: the
    /// first octet is a keyed permutation, so every key has one (unless it
    /// maps 127 to itself).
    fn net_into_loopback(ip: &IpPrefix) -> u8 {
        (0..=255u8)
            .find(|&n| {
                n != 127
                    && matches!(ip.encrypt(IpAddr::V4(Ipv4Addr::new(n, 1, 2, 3))),
                        IpAddr::V4(e) if e.octets()[0] == 127)
            })
            .expect("a /8 that encrypts into loopback")
    }

    /// Under the draft's second key 79/8 encrypts into 127/8, and
    /// 79.1.2.3's pseudonym walks on to this one.
    const NET_INTO_LOOPBACK: u8 = 79;
    const WALKED: &str = "67.197.6.67";

    /// Known answers under the draft's second key: its /8 that encrypts into
    /// loopback walks on to one host /8, and the walk is undone.
    #[test]
    fn a_pseudonym_never_lands_in_loopback() {
        let ip = test_cipher();
        let n = net_into_loopback(&ip);
        assert_eq!(n, NET_INTO_LOOPBACK);
        let plain = IpAddr::V4(Ipv4Addr::new(n, 1, 2, 3));
        let draft = ip.encrypt(plain);
        let walked = ip.encrypt_host(plain);
        assert!(!names_host(draft), "{draft}");
        assert!(names_host(walked), "{walked}");
        assert_eq!(walked, ip.encrypt(draft));
        assert_eq!(walked.to_string(), WALKED);
        assert_eq!(ip.decrypt_host(walked), plain);
        // `veil reveal --ip` finds it: the draft's pseudonym it passed over.
        for (addr, found) in [(walked, 1), (draft, 0)] {
            let spans = crate::reveal::excerpt::ip_spans(&format!("src={addr} port 22"));
            assert_eq!(spans.len(), found, "{addr}");
        }
        // The draft's own address, kept, as every address outside the walk.
        let other = IpAddr::V4(Ipv4Addr::new(n.wrapping_add(1), 1, 2, 3));
        assert_eq!(ip.encrypt_host(other), ip.encrypt(other));
        let mut out = String::new();
        ip.apply(Kind::Ipv4, &plain.to_string(), &mut out).unwrap();
        assert_eq!(out, WALKED);
        // Loopback itself, which the detector never hands over, is not walked.
        let lo = IpAddr::V4(Ipv4Addr::LOCALHOST);
        assert_eq!(ip.encrypt_host(lo), ip.encrypt(lo));
    }

    #[test]
    fn names_host_agrees_with_the_detector() {
        for (text, host) in [
            ("127.0.0.1", false),
            ("127.255.3.9", false),
            ("0.0.0.0", false),
            ("255.255.255.255", false),
            ("255.255.255.252", false),
            ("255.0.0.0", false),
            ("255.255.0.1", true),
            ("126.255.255.255", true),
            ("128.0.0.0", true),
            ("192.0.2.7", true),
            ("::", false),
            ("::1", false),
            ("::2", true),
            ("2001:db8::1", true),
        ] {
            assert_eq!(names_host(text.parse().unwrap()), host, "{text}");
        }
    }

    proptest! {
        /// Cycle-walking is a permutation of the host addresses: every host
        /// pseudonym names a host, is reversed, and an address whose draft
        /// pseudonym already names a host keeps it (its token unchanged).
        #[test]
        fn walked_pseudonyms_are_hosts_and_reverse(a: u32, low in 0u32..1 << 24) {
            let ip = test_cipher();
            let n = u32::from(net_into_loopback(&ip));
            for v4 in [a, (n << 24) | low] {
                let plain = IpAddr::V4(v4.into());
                prop_assume!(names_host(plain));
                let walked = ip.encrypt_host(plain);
                prop_assert!(names_host(walked));
                prop_assert_eq!(ip.decrypt_host(walked), plain);
                if names_host(ip.encrypt(plain)) {
                    prop_assert_eq!(walked, ip.encrypt(plain));
                }
            }
        }

        /// The /8 that walks stays one /8, its inner prefixes preserved.
        #[test]
        fn a_walked_net_keeps_its_inner_prefixes(x in 0u32..1 << 24, n in 8u32..32, low: u32) {
            let ip = test_cipher();
            let x = (u32::from(net_into_loopback(&ip)) << 24) | x;
            let keep = u32::MAX << (32 - n);
            let flip = 1u32 << (31 - n);
            let y = (x & keep) | (!x & flip) | (low & flip.wrapping_sub(1));
            let (IpAddr::V4(ex), IpAddr::V4(ey)) =
                (ip.encrypt_host(IpAddr::V4(x.into())), ip.encrypt_host(IpAddr::V4(y.into())))
            else {
                panic!("family changed");
            };
            prop_assert_eq!((u32::from(ex) ^ u32::from(ey)).leading_zeros(), n);
        }
    }

    proptest! {
        /// An IPv4 address encrypts the same with its first flips from the
        /// table (filled by earlier addresses of its /15) as computed.
        #[test]
        fn v4_head_table_gives_the_computed_flips(a: u32, b: u32, low in 0u32..1 << 17) {
            let ip = test_cipher();
            for v4 in [a, b, a, (a & !((1 << 17) - 1)) | low] {
                let x = u128::from(Ipv4Addr::from(v4).to_ipv6_mapped());
                prop_assert_eq!(ip.encrypt_bits(x, V4_START), x ^ ip.flips_in::<32>(x, V4_START, 128));
                prop_assert_eq!(ip.decrypt_bits(ip.encrypt_bits(x, V4_START), V4_START), x);
            }
        }

        #[test]
        fn ipv4_is_written_as_display_writes_it(x: u32) {
            let v4 = Ipv4Addr::from(x);
            let mut out = String::from("x");
            push_v4(&mut out, v4);
            prop_assert_eq!(out, format!("x{v4}"));
        }

        #[test]
        fn v4_prefix_length_is_preserved_exactly(x: u32, n in 0u32..32, low: u32) {
            let ip = test_cipher();
            // y shares exactly the first n bits with x.
            let keep = if n == 0 { 0 } else { u32::MAX << (32 - n) };
            let flip = 1u32 << (31 - n);
            let rest = flip.wrapping_sub(1);
            let y = (x & keep) | (!x & flip) | (low & rest);
            let ex = ip.encrypt(IpAddr::V4(x.into()));
            let ey = ip.encrypt(IpAddr::V4(y.into()));
            let (IpAddr::V4(ex4), IpAddr::V4(ey4)) = (ex, ey) else {
                panic!("family changed");
            };
            prop_assert_eq!((u32::from(ex4) ^ u32::from(ey4)).leading_zeros(), n);
            prop_assert_eq!(ip.decrypt(ex), IpAddr::V4(x.into()));
            prop_assert_eq!(ip.decrypt(ey), IpAddr::V4(y.into()));
        }

        #[test]
        fn v6_prefix_length_is_preserved_exactly(x: u128, n in 0u32..128, low: u128) {
            let ip = test_cipher();
            let keep = if n == 0 { 0 } else { u128::MAX << (128 - n) };
            let flip = 1u128 << (127 - n);
            let rest = flip.wrapping_sub(1);
            let y = (x & keep) | (!x & flip) | (low & rest);
            // Mapped addresses take the IPv4 path; keep to plain IPv6 here.
            prop_assume!(start_of(x) == 0 && start_of(y) == 0);
            let ex = ip.encrypt(IpAddr::V6(x.into()));
            let ey = ip.encrypt(IpAddr::V6(y.into()));
            let (IpAddr::V6(ex6), IpAddr::V6(ey6)) = (ex, ey) else {
                panic!("family changed");
            };
            prop_assert_eq!(common_prefix(ex6.into(), ey6.into()), n);
            prop_assert_eq!(ip.decrypt(ex), IpAddr::V6(x.into()));
            prop_assert_eq!(ip.decrypt(ey), IpAddr::V6(y.into()));
        }
    }

    /// Timing, not a pass/fail test:
    /// `cargo test --release --lib ops::ipcrypt -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn time_encrypt() {
        let ip = test_cipher();
        let v4: Vec<IpAddr> = (0..1000u32)
            .map(|i| IpAddr::V4((0x0a00_0000 + i * 7919).into()))
            .collect();
        let v6: Vec<IpAddr> = (0..1000u128)
            .map(|i| IpAddr::V6(((0x2001_0db8_u128 << 96) | (i * 0x9e37_79b9_7f4a_7c15)).into()))
            .collect();
        for (name, addrs) in [("v4", &v4), ("v6", &v6)] {
            let rounds = 200;
            let start = Instant::now();
            for _ in 0..rounds {
                for a in addrs {
                    std::hint::black_box(ip.encrypt(*a));
                }
            }
            let ns = start.elapsed().as_nanos() as f64 / (rounds * addrs.len()) as f64;
            println!("ipcrypt-pfx encrypt {name}: {ns:.1} ns/op");
        }
    }
}
