//! The vendored `phonenumber` (vendor/phonenumber) loads its embedded
//! metadata without the syntax check of every regex. This checks that the
//! upstream, checked load still succeeds on the same data (so every regex
//! is valid) and that both loads give the same answers, for every question
//! veil asks of the crate, over many numbers of every country code.

use phonenumber::metadata::{DATABASE, Database};

/// A small deterministic generator (xorshift64*): the same numbers every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Everything veil reads for one number: parsed or not, the country code,
/// the national number, valid or not, its type, and the general pattern's
/// match (src/detect/phone.rs, src/detect/keys/evidence.rs).
fn answers(db: &Database, s: &str) -> Option<(u16, String, bool, String, bool, Vec<u16>)> {
    let n = phonenumber::parse_with(db, None, s).ok()?;
    let national = n.national().to_string();
    let (general, lens) = match n.metadata(db) {
        Some(m) => (
            m.descriptors().general().is_match(&national),
            m.descriptors().general().possible_length().to_vec(),
        ),
        None => (false, Vec::new()),
    };
    Some((
        n.code().value(),
        national,
        phonenumber::is_valid_with(db, &n),
        format!("{:?}", n.number_type(db)),
        general,
        lens,
    ))
}

#[test]
fn unchecked_load_answers_as_the_checked_load() {
    let checked = Database::default_checked().expect("every metadata regex parses");
    let mut codes: Vec<u16> = checked.iter().map(|m| m.country_code()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert!(codes.len() > 200, "{} country codes", codes.len());
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut valid = 0;
    // Country by country, so that the crate's regex cache (100 entries)
    // keeps the plan being asked about.
    for &code in &codes {
        for _ in 0..40 {
            // A national number of 4-14 digits, mostly of a length the plan
            // uses, with leading digits drawn at random.
            let len = 4 + rng.below(11) as usize;
            let mut s = format!("+{code}");
            for _ in 0..len {
                s.push(char::from(b'0' + rng.below(10) as u8));
            }
            let a = answers(&DATABASE, &s);
            let b = answers(&checked, &s);
            assert_eq!(a, b, "{s}");
            valid += usize::from(a.is_some_and(|a| a.2));
        }
    }
    // Some of the numbers are valid, so the comparison covered both sides.
    assert!(valid > 100, "{valid} valid numbers");
}
