use std::collections::VecDeque;

use super::cdr::CUCM_COLUMNS;
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
