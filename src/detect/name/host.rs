//! An owner's given name inside a host or device name, in any case:
//! `ANNA-PC`, `GRZEGORZ-PC`, `DOROTAS-LAPTOP`, `oguzhans-mbp`,
//! `DESKTOP-ANNA`, `ThinkPad-Mursal`, `Lenovo-Ahmed`,
//! `iPhone-Rajesh` (users and administrators name machines after their
//! owner, and DHCP, AD, EDR and Wi-Fi logs carry the names).
//!
//! A host label of two parts joined by `-`: a given name from the
//! gazetteer (with an optional genitive `s`) and a device word from
//! [`DEVICES`], on either side. Only the name is replaced; the device word
//! stays. A given name and a surname or a second given name may stand
//! before the device (`wilma-wikstrom-laptop`, `LINNEA-ULF-PC`): both are
//! the span. A name that is also a word common in logs (`Page`, `Will`,
//! `Max`, `Win`) is never taken, nor one shorter than three letters, nor a
//! device word (`DELL-PC`); a generic name (`DESKTOP-7F3K2LQ`, `WS-EKON`,
//! `PC-042`) has no given name in it. A site's or an organisation's code
//! may come first (`VCN-ANNA-LT`, `STO1-LT-Anna`, as EDR telemetry writes
//! the endpoint): the name beside the device word is the owner's.
//!
//! The capitalised owner before a device (`Annas-MacBook-Pro`,
//! `Haidar-LT`) is read by [`super::run`]'s device owner first; this is
//! asked only when that found nothing.

use super::gazetteer::{COMMON, GIVEN, MAX_KEY, SURNAME, flags, flags_exact};
use super::word::{key, letters_end};

/// Device words in host names, any case: `PC`, `LAPTOP`, `LT` and `NB`
/// (laptop and notebook in asset naming), `DESKTOP`, `WS` (workstation),
/// `MBP` and `MBA` (MacBook Pro and Air), `MACBOOK` (also `MACBOOK-PRO`,
/// `MACBOOK-AIR`), `IMAC`, `IPHONE`, `IPAD`, `GALAXY`, `PIXEL`,
/// `THINKPAD`, `LENOVO`, `DELL`, `HP`, `SURFACE`, `PHONE`, `TABLET` and
/// `MOBIL` (Swedish for a mobile phone); `WKS`, `WKST` and `WKSTN`
/// (workstation), `NOTEBOOK`, `CHROMEBOOK` and `MAC`, as asset naming,
/// MDM enrolment and macOS write them (`wks-Anna`, `Karins-Mac`).
const DEVICES: [&[u8]; 29] = [
    b"wks",
    b"wkst",
    b"wkstn",
    b"notebook",
    b"chromebook",
    b"mac",
    b"pc",
    b"laptop",
    b"lt",
    b"nb",
    b"desktop",
    b"ws",
    b"mbp",
    b"mba",
    b"macbook",
    b"imac",
    b"iphone",
    b"ipad",
    b"galaxy",
    b"pixel",
    b"thinkpad",
    b"lenovo",
    b"dell",
    b"hp",
    b"surface",
    b"phone",
    b"tablet",
    b"mobil",
    b"mobile",
];

/// True if `w` is a device word, in any case.
fn device(w: &[u8]) -> bool {
    (2..=10).contains(&w.len()) && DEVICES.iter().any(|d| w.eq_ignore_ascii_case(d))
}

/// True if `c` joins the parts of a host label.
fn joint(c: u8) -> bool {
    c == b'-' || c == b'_'
}

/// True if nothing at `e` goes on the label's part that ends there: the
/// end of the label, a domain's dot, or a joint before a number or another
/// part (`ANNA-PC-2`, `Annas-MacBook-Pro`).
fn part_ends(b: &[u8], e: usize) -> bool {
    match b.get(e) {
        None => true,
        Some(&c) => !(c.is_ascii_alphanumeric() || c >= 0x80),
    }
}

/// The owner's name in the host label that starts at `i`, if any: its byte
/// range. `i` starts a word that nothing before joins to (not after a `-`,
/// `_`, `.` or a letter).
#[inline(never)]
pub(crate) fn at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    if i > 0 && matches!(b[i - 1], b'-' | b'_' | b'.' | b'/' | b'\\' | b'@') {
        return None;
    }
    let e = letters_end(b, i);
    if e == i || !b.get(e).copied().is_some_and(joint) {
        return after_site(b, i);
    }
    let s2 = e + 1;
    if device(&b[i..e]) {
        if let Some(r) = after_model(b, s2) {
            return Some(r);
        }
    }
    let e2 = letters_end(b, s2);
    if e2 == s2 || !part_ends(b, e2) {
        return None;
    }
    if b.get(e2).is_some_and(|&c| joint(c)) && !device(&b[i..e]) {
        // `wilma-wikstrom-laptop`, `LINNEA-ULF-PC`: a given name and a
        // surname or a second given name before the device.
        let s3 = e2 + 1;
        let e3 = letters_end(b, s3);
        if e3 > s3 && part_ends(b, e3) && device(&b[s3..e3]) {
            if let Some(n) = (owner(b, i, e) == Some(e))
                .then(|| second(b, s2, e2))
                .flatten()
            {
                return Some((i, n));
            }
            return after_site(b, i);
        }
        // `linnea-lisbet-hedlund-laptop`: two given names and a surname.
        if e3 > s3 && b.get(e3).is_some_and(|&c| joint(c)) {
            let s4 = e3 + 1;
            let e4 = letters_end(b, s4);
            if e4 > s4
                && part_ends(b, e4)
                && device(&b[s4..e4])
                && owner(b, i, e) == Some(e)
                && second(b, s2, e2) == Some(e2)
            {
                return second(b, s3, e3).map(|n| (i, n));
            }
        }
    }
    if device(&b[s2..e2]) {
        // `ANNA-PC`, `oguzhans-mbp`: the name before the device.
        if let Some(n) = owner(b, i, e) {
            return Some((i, n));
        }
        return after_site(b, i);
    }
    if device(&b[i..e]) {
        // `DESKTOP-ANNA`, `ThinkPad-Mursal`: the name after it, which
        // ends the label (not `PC-Anna-Lab`).
        if b.get(e2).is_some_and(|&c| joint(c))
            && b.get(e2 + 1).is_some_and(|c| c.is_ascii_alphabetic())
        {
            // `DESKTOP-ANNA-KARIN`, `Galaxy-Agneta-Majvor`: a given name
            // of two given names, which ends the label.
            return compound(b, s2, e2).map(|n| (s2, n));
        }
        return owner(b, s2, e2).map(|n| (s2, n));
    }
    after_site(b, i)
}

/// The owner's name after a site's or an organisation's code that starts
/// the label at `i`, beside a device word: `VCN-TURE-LT`, `STO1-ANNA-PC`,
/// `HQ-LT-Anna` (asset naming puts the site first; CrowdStrike's
/// `ComputerName`, Defender's `DeviceName`, SentinelOne's `endpointName`
/// and Sysmon's `Computer` carry the names). The code is two to six
/// letters or digits; the part after it is the owner's given name, and the
/// part after that a device word that ends the label (or a number does:
/// `VCN-ANNA-LT-02`); or the device comes second and the name ends the
/// label. A code that is a word (`LAB-SALES-PC`) changes nothing: the
/// name itself must be a given name that is no common word.
fn after_site(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let mut p = i;
    while p < b.len() && p - i <= 6 && b[p].is_ascii_alphanumeric() {
        p += 1;
    }
    if !(2..=6).contains(&(p - i)) || !b.get(p).copied().is_some_and(joint) {
        return None;
    }
    // A word is a room or a team, not a site's code (`lab-anna-pc`,
    // `TEST-ANNA-LT`).
    let mut buf = [0u8; MAX_KEY];
    if key(b, i, p, &mut buf).is_some_and(|k| flags(k) & COMMON != 0) {
        return None;
    }
    let s2 = p + 1;
    let e2 = letters_end(b, s2);
    if e2 == s2 || !b.get(e2).copied().is_some_and(joint) {
        return None;
    }
    let s3 = e2 + 1;
    let e3 = letters_end(b, s3);
    if e3 == s3 || !label_ends(b, e3) {
        return None;
    }
    if device(&b[s3..e3]) {
        return owner(b, s2, e2).map(|n| (s2, n));
    }
    if device(&b[s2..e2]) && part_ends(b, e3) && !b.get(e3).copied().is_some_and(joint) {
        return owner(b, s3, e3).map(|n| (s3, n));
    }
    None
}

/// True if the label's part that ends at `e` is its last, or only a number
/// follows it (`-02`).
fn label_ends(b: &[u8], e: usize) -> bool {
    if !part_ends(b, e) {
        return false;
    }
    if !b.get(e).copied().is_some_and(joint) {
        return true;
    }
    let mut k = e + 1;
    while k < b.len() && b[k].is_ascii_digit() {
        k += 1;
    }
    k > e + 1 && part_ends(b, k) && !b.get(k).copied().is_some_and(joint)
}

/// The owner's name in a host label whose first part is written with
/// non-ASCII letters (`GÖRAN-LT`, `GRAŻYNA-PC`, `ÇAĞLA-LT`, `İLKER-LT`,
/// `TORBJÖRN-LT.corp.local`), as Bitdefender's `dvchost=`, Sophos'
/// `endpoint`, Defender's `DeviceName` and DHCP leases write them: the
/// scan's ASCII word stops at the first such letter (or starts on one), so
/// the label's letters are read here and [`at`] is asked only when a `-`
/// follows them. `i` starts the word; nothing before it joins it.
#[inline(never)]
pub(crate) fn non_ascii_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80) {
        return None;
    }
    let e = letters_end(b, i);
    if e == i || b.get(e) != Some(&b'-') {
        return None;
    }
    at(b, i)
}

/// After a device word, a model's designation and the owner's name that
/// ends the label: `Galaxy-A54-Zbigniew`, `iPhone-15-Rajesh`,
/// `Pixel-8a-Agneta-Majvor` (a device renamed in its settings keeps the
/// model and adds the owner). `s` starts the part after the device.
fn after_model(b: &[u8], s: usize) -> Option<(usize, usize)> {
    let mut m = s;
    while m < b.len() && m - s < 6 && b[m].is_ascii_alphanumeric() {
        m += 1;
    }
    let model = &b[s..m];
    if !(model.iter().any(u8::is_ascii_digit) && b.get(m).is_some_and(|&c| joint(c))) {
        return None;
    }
    let s2 = m + 1;
    let e2 = letters_end(b, s2);
    if e2 == s2 || !part_ends(b, e2) {
        return None;
    }
    let end = if b.get(e2).is_some_and(|&c| joint(c))
        && b.get(e2 + 1).is_some_and(|c| c.is_ascii_alphabetic())
    {
        compound(b, s2, e2)?
    } else {
        owner(b, s2, e2)?
    };
    Some((s2, end))
}

/// The end of a name of two given names (`Agneta-Majvor`, `ANNA-KARIN`),
/// or of a given name and a surname, that ends a host label: `b[s..e]` is
/// its first part, a joint follows.
fn compound(b: &[u8], s: usize, e: usize) -> Option<usize> {
    if owner(b, s, e) != Some(e) {
        return None;
    }
    let s2 = e + 1;
    let e2 = letters_end(b, s2);
    if e2 == s2
        || b.get(e2)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80 || joint(c))
    {
        return None;
    }
    second(b, s2, e2)
}

/// The end of the given name `b[s..e]`, or of its stem before a genitive
/// `s` (`DOROTAS`, `oguzhans`), if the gazetteer holds it as a given name
/// that is no word common in logs and no device word.
fn owner(b: &[u8], s: usize, e: usize) -> Option<usize> {
    if e - s < 3 || device(&b[s..e]) {
        return None;
    }
    let mut buf = [0u8; MAX_KEY];
    let whole = key(b, s, e, &mut buf).map_or(0, flags_exact);
    if whole & COMMON != 0 {
        // `MARTIN-PC`, `wks-Lucia`: beside a device word, a given name
        // that is a person's before it is a word.
        let person = key(b, s, e, &mut buf).is_some_and(super::gazetteer::person_first);
        return person.then_some(e);
    }
    if whole & GIVEN != 0 {
        return Some(e);
    }
    if e - s > 3 && b[e - 1].eq_ignore_ascii_case(&b's') {
        let stem = key(b, s, e - 1, &mut buf).map_or(0, flags);
        if stem & GIVEN != 0 && stem & COMMON == 0 {
            return Some(e - 1);
        }
    }
    let f = key(b, s, e, &mut buf).map_or(0, flags);
    (f & GIVEN != 0 && f & COMMON == 0).then_some(e)
}

/// The end of the second part of an owner's name `b[s..e]` (a surname or
/// a second given name, `wikstrom`, `ULF`, with an optional genitive
/// `s`), if the gazetteer holds it as one and it is no word common in logs
/// and no device word.
fn second(b: &[u8], s: usize, e: usize) -> Option<usize> {
    if e - s < 3 || device(&b[s..e]) {
        return None;
    }
    let mut buf = [0u8; MAX_KEY];
    let f = key(b, s, e, &mut buf).map_or(0, flags);
    if f & COMMON != 0 {
        return None;
    }
    if f & (GIVEN | SURNAME) != 0 {
        return Some(e);
    }
    if e - s > 3 && b[e - 1].eq_ignore_ascii_case(&b's') {
        let stem = key(b, s, e - 1, &mut buf).map_or(0, flags);
        if stem & (GIVEN | SURNAME) != 0 && stem & COMMON == 0 {
            return Some(e - 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::at;

    /// The owner found in the host label `text`, if any.
    fn owner(text: &str) -> Option<&str> {
        at(text.as_bytes(), 0).map(|(s, e)| &text[s..e])
    }

    #[test]
    fn owners_after_a_device_and_its_model() {
        // A phone renamed in its settings keeps the model in the name DHCP
        // and MDM logs carry; a given name of two given names ends a label.
        for (label, want) in [
            ("Galaxy-A54-Zbigniew", Some("Zbigniew")),
            ("Galaxy-A54-Agneta-Majvor", Some("Agneta-Majvor")),
            ("iPhone-15-Rajesh", Some("Rajesh")),
            ("Pixel-8a-Torunn", Some("Torunn")),
            ("DESKTOP-ANNA-KARIN", Some("ANNA-KARIN")),
            ("ThinkPad-Mursal", Some("Mursal")),
            ("TORUNNS-LAPTOP", Some("TORUNN")),
            (
                "linnea-lisbet-hedlund-laptop",
                Some("linnea-lisbet-hedlund"),
            ),
            ("anna-ekon-lab-pc", None),
            // A model's designation, a word or a generic name: no owner.
            ("Galaxy-A54-Lab", None),
            ("Galaxy-S23-Ultra", None),
            ("iPhone-14-Pro", None),
            ("PC-Anna-Lab", None),
            ("DESKTOP-7F3K2LQ", None),
            ("WS-EKON-829", None),
            // A site's code first, then the owner beside a device word.
            ("VCN-TORUNN-LT", Some("TORUNN")),
            ("STO1-Zbigniew-PC", Some("Zbigniew")),
            ("gbg-rajesh-laptop-02", Some("rajesh")),
            ("HQ-LT-Agneta", Some("Agneta")),
            ("VCN-TORUNN-LT.corp.example", Some("TORUNN")),
            // No given name, a common word, or no device word: no owner.
            ("VCN-SALES-LT", None),
            ("LAB-MAX-PC", None),
            ("VCN-TORUNN-SRV", None),
            ("VCN-TORUNN-LT-LAB", None),
            ("HQ-LT-Agneta-Lab", None),
            ("VERYLONGSITE-TORUNN-LT", None),
            ("lab-torunn-pc", None),
            ("TEST-TORUNN-LT", None),
        ] {
            assert_eq!(owner(label), want, "{label}");
        }
    }
}
