//! Chinese given names in pinyin: one or two syllables written as one
//! word (`Yuxuan`, `Jiahui`, `Shuang`, `Haoran`). No list can hold them
//! all (some 400 syllables make 160,000 two-syllable names), so the word's
//! grammar decides, and only beside a Chinese family name (`Yuxuan Guo`,
//! `Guo Yuxuan`), which the gazetteer knows.

/// The finals of pinyin syllables, toneless, longest first so a greedy
/// match prefers `iang` to `ia`. `v` stands for `ü` as keyboards write it.
const FINALS: [&str; 36] = [
    "iang", "iong", "uang", "ueng", "iao", "ian", "ing", "uai", "uan", "ang", "eng", "ong", "ai",
    "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "ve",
    "a", "o", "e", "i", "u", "v", "ng",
];

/// The initials, two-letter ones first.
const INITIALS: [&str; 23] = [
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];

/// The lengths of the syllables that `w` (lower-case ASCII) may start with.
fn syllables_at(w: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let initial = INITIALS
        .iter()
        .find(|i| w.starts_with(i.as_bytes()))
        .map_or(0, |i| i.len());
    // A syllable may also have no initial (`an`, `ou`, `er`).
    [initial, 0].into_iter().flat_map(move |i| {
        FINALS.iter().filter_map(move |f| {
            (w.len() >= i + f.len() && w[i..].starts_with(f.as_bytes())).then_some(i + f.len())
        })
    })
}

/// True if `k`, a lower-cased word, is one or two pinyin syllables of a
/// given name (three to eight letters): `shuang`, `yuxuan`, `jiahui`.
pub(super) fn given(k: &str) -> bool {
    let w = k.as_bytes();
    if !(3..=8).contains(&w.len()) || !w.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    syllables_at(w).any(|n| n == w.len() || syllables_at(&w[n..]).any(|m| n + m == w.len()))
}

#[cfg(test)]
mod tests {
    use super::given;

    #[test]
    fn one_or_two_syllables() {
        for k in [
            "yuxuan", "jiahui", "shuang", "haoran", "lijuan", "zihan", "xiaoming", "zhiqiang",
            "meiling", "wei", "jun", "xinyi", "yuting",
        ] {
            assert!(given(k), "{k}");
        }
        for k in [
            "anders",
            "server",
            "admin",
            "eriksson",
            "pwd",
            "ab",
            "yuxuanxyz",
            "strict",
            "bxq",
        ] {
            assert!(!given(k), "{k}");
        }
    }
}
