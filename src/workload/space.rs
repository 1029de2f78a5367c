//! The value spaces: the `i`-th username, display name, address, mobile
//! number or personnummer, one to one, so a new index is a new value.

/// `i`'s place in `0..n` under a fixed bijection (multiplication by an odd
/// constant coprime to `n`'s factors), so consecutive new values do not
/// look consecutive. `n` is a power of two or of ten here.
pub(super) fn scatter(i: u64, n: u64) -> u64 {
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

pub(super) const MAIL_DOMAINS: [&str; 6] = [
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

pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
