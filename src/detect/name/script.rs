//! Names in scripts the gazetteer does not hold: Hangul, Chinese and
//! Japanese (Han and kana), Thai and Lao, the Indic scripts (Devanagari,
//! Bengali, Tamil, ...), Ethiopic, Hebrew, Georgian and Armenian.
//!
//! No list can cover them, but their words are delimited by spaces and
//! punctuation, and in a log line written in Latin letters a short island
//! of them is almost always a person's name: `kopplat till patient 장
//! 도윤`, `user park.subin (박 수빈)`, `WHERE Name = '윤 민준'`, `display
//! name changed to "राहुल शर्मा"`. So the script decides, with the length
//! of a name's parts in it:
//!
//! - two words of one such script (three for the scripts whose names are
//!   written in more parts: Thai, Indic, Ethiopic, Hebrew, Georgian,
//!   Armenian), with no word of that script before or after them: a name
//!   in a line of other text (`김 도윤`, `佐藤 太郎`, `አበበ በቀለ`);
//! - one word (`수빈`, `김민준`, `王伟`) after a cue that names a person
//!   (`patient`, `caller:`, `approved by`), as a whole display name or in
//!   the parentheses after a username, or greeted (`Hej 수빈,`);
//! - one word before a device its owner named after themselves (`도윤-MacBook-Pro`,
//!   `서연's Pixel-8`, `수빈s-iPhone`).
//!
//! A line in that script (a Korean or Thai log message) has words of the
//! script on both sides of any two, and is left alone.

use super::cue::{Cue, closing_before, cue_before, framed, greeting_before};
use super::word::decode_prev;

/// A script without a gazetteer, and the length of its words that may be
/// a name's part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Script {
    Hangul,
    /// Han ideographs and Japanese kana: one script for names (`佐藤
    /// はるか`).
    Cjk,
    /// Thai, Lao, the Indic scripts, Ethiopic, Hebrew, Georgian and
    /// Armenian, each told apart by its Unicode block.
    Alphabetic(u32),
}

impl Script {
    /// The fewest and most chars of one word of a name.
    fn bounds(self) -> (usize, usize) {
        match self {
            Script::Hangul => (1, 4),
            Script::Cjk => (1, 5),
            Script::Alphabetic(_) => (2, 20),
        }
    }

    /// The most words of a name without a cue.
    fn max_words(self) -> usize {
        match self {
            Script::Hangul | Script::Cjk => 2,
            Script::Alphabetic(_) => 3,
        }
    }
}

/// The script of `c` if it is a letter (or a mark or sign inside a word)
/// of a script this module reads.
#[inline]
pub(super) fn script(c: char) -> Option<Script> {
    let u = u32::from(c);
    if u < 0x0531 {
        return None;
    }
    match u {
        0xAC00..=0xD7A3 | 0x1100..=0x11FF | 0x3131..=0x318E => Some(Script::Hangul),
        // `々` repeats the ideograph before it (`佐々木`); `ー` lengthens a
        // kana vowel.
        0x4E00..=0x9FFF
        | 0x3400..=0x4DBF
        | 0xF900..=0xFAFF
        | 0x3041..=0x3096
        | 0x30A1..=0x30FA
        | 0x30FC
        | 0x3005 => Some(Script::Cjk),
        // Armenian, Hebrew letters and points (not the maqaf or sof pasuq).
        0x0531..=0x0587 => Some(Script::Alphabetic(0x0530)),
        0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2 | 0x05C4..=0x05C7 | 0x05D0..=0x05F2 => {
            Some(Script::Alphabetic(0x0590))
        }
        // Indic blocks, Thai and Lao: letters and their vowel signs, not
        // digits or the danda.
        0x0900..=0x0EFF => {
            if c.is_numeric()
                || matches!(
                    u,
                    0x0964 | 0x0965 | 0x0970 | 0x0E2F | 0x0E4F | 0x0E5A | 0x0E5B
                )
            {
                None
            } else {
                Some(Script::Alphabetic(u & !0x7F))
            }
        }
        // Ethiopic syllables (not its word space or punctuation).
        0x1200..=0x135F => Some(Script::Alphabetic(0x1200)),
        // Georgian.
        0x10A0..=0x10FF | 0x1C90..=0x1CBF => Some(Script::Alphabetic(0x10A0)),
        _ => None,
    }
}

/// True if `c` is a syllable or an ideograph: one char that is a whole
/// name's part (`김`, `王`), not an initial.
#[inline]
pub(crate) fn syllabic(c: char) -> bool {
    matches!(script(c), Some(Script::Hangul | Script::Cjk))
}

/// Decodes the char at byte `i` (a char boundary of valid UTF-8).
#[inline]
fn char_at(b: &[u8], i: usize) -> Option<(char, usize)> {
    let c0 = *b.get(i)?;
    let n = match c0 {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return None,
    };
    let s = b.get(i..i + n)?;
    std::str::from_utf8(s).ok()?.chars().next().map(|c| (c, n))
}

/// The script of the char at `i`, if this module reads it.
#[inline]
pub(super) fn script_at(b: &[u8], i: usize) -> Option<Script> {
    if b.get(i).is_none_or(|&c| c < 0xD4) {
        return None;
    }
    char_at(b, i).and_then(|(c, _)| script(c))
}

/// The end of the word of script `s` from `i` and its length in chars; `None`
/// if it is longer than a name's part can be.
fn word_end(b: &[u8], i: usize, s: Script) -> Option<(usize, usize)> {
    let (_, max) = s.bounds();
    let mut j = i;
    let mut n = 0;
    while let Some((c, len)) = char_at(b, j) {
        if script(c) != Some(s) {
            break;
        }
        n += 1;
        if n > max {
            return None;
        }
        j += len;
    }
    Some((j, n))
}

/// True if the text before `i` (over one or two spaces) ends in a letter
/// of script `s`: `i` is not the first word of an island.
fn script_before(b: &[u8], i: usize, s: Script) -> bool {
    let mut k = i;
    while k > 0 && i - k < 2 && b[k - 1] == b' ' {
        k -= 1;
    }
    decode_prev(b, k).is_some_and(|(c, _)| script(c) == Some(s))
}

/// Words that name a person in the scripts themselves, before the name in
/// a note or a message written in that script: patient, customer and the
/// honorifics (Amharic `ታካሚ`, `ደንበኛ`; Thai `ผู้ป่วย`, `ลูกค้า`, `คุณ`;
/// Korean `환자`, `고객`; Chinese and Japanese `患者`, `客户`; Hindi `रोगी`,
/// `मरीज`, `मरीज़`, `ग्राहक`, `श्री`, `श्रीमती`; Hebrew `מטופל`, `מטופלת`,
/// `לקוח`; Georgian `პაციენტი`; Armenian `հիվանդ`).
const SCRIPT_CUES: [&str; 20] = [
    "ታካሚ",
    "ደንበኛ",
    "ผู้ป่วย",
    "ลูกค้า",
    "คุณ",
    "환자",
    "고객",
    "患者",
    "客户",
    "रोगी",
    "मरीज",
    "मरीज़",
    "ग्राहक",
    "श्री",
    "श्रीमती",
    "מטופל",
    "מטופלת",
    "לקוח",
    "პაციენტი",
    "հիվանդ",
];

/// The name of one or two words of script `s` from `i` (its first word
/// ends at `e`) after a word of the same script that names a person
/// ([`SCRIPT_CUES`]): `ታካሚ አበበ ከበደ ከ ...`, `ผู้ป่วย สมศรี ใจดี โทรจาก`. A
/// line in the script goes on after the name, so its end is not asked for.
fn cued_in_script(b: &[u8], i: usize, e: usize, s: Script) -> Option<(usize, usize)> {
    if i < 2 || b[i - 1] != b' ' {
        return None;
    }
    let mut k = i - 1;
    while let Some((c, p)) = decode_prev(b, k) {
        if script(c) != Some(s) {
            break;
        }
        k = p;
    }
    let cue = std::str::from_utf8(&b[k..i - 1]).ok()?;
    if !SCRIPT_CUES.contains(&cue) || !end_ok(b, e) {
        return None;
    }
    let (min, _) = s.bounds();
    if b.get(e) == Some(&b' ') && script_at(b, e + 1) == Some(s) {
        if let Some((e2, n2)) = word_end(b, e + 1, s) {
            if n2 >= min && end_ok(b, e2) {
                return Some((i, e2));
            }
        }
    }
    Some((i, e))
}

/// True if nothing glues the word ending at `e` into an identifier or a
/// longer word: a letter, digit, `_`, `@`, or `.`/`-` before a letter.
fn end_ok(b: &[u8], e: usize) -> bool {
    match char_at(b, e) {
        None => true,
        Some((c, n)) => {
            if c.is_alphanumeric() || matches!(c, '_' | '@' | '\\' | '/') {
                return false;
            }
            if matches!(c, '.' | '-') {
                // `Lön 2026 王丽娟.xlsx`: a document's title ends before its
                // extension.
                return !char_at(b, e + n).is_some_and(|(d, _)| d.is_alphanumeric())
                    || (c == '.' && super::word::document_extension(b, e + n));
            }
            true
        }
    }
}

/// The name in script `s` that starts at `i`, if any.
pub(super) fn at(b: &[u8], i: usize, s: Script) -> Option<(usize, usize)> {
    // Not inside a word, an identifier or a path, unless the path's last
    // part is a document's title.
    if let Some((c, _)) = decode_prev(b, i) {
        if matches!(c, '/' | '\\') && super::word::document_title_at(b, i) {
        } else if c.is_alphanumeric()
            || matches!(
                c,
                '_' | '.' | '/' | '\\' | '@' | '-' | '#' | '$' | '%' | '&' | '+' | '~'
            )
        {
            return None;
        }
    }
    let (e, n) = word_end(b, i, s)?;
    let (min, _) = s.bounds();
    if n < min {
        return None;
    }
    if let Some(owner_end) = device_owner(b, e) {
        return (!script_before(b, i, s)).then_some((i, owner_end));
    }
    if !end_ok(b, e) {
        return None;
    }
    if script_before(b, i, s) {
        return cued_in_script(b, i, e, s);
    }
    // The words of the island: up to one more than a name has, to see
    // that it ends.
    let mut end = e;
    let mut words = 1;
    let mut k = e;
    while b.get(k) == Some(&b' ') && script_at(b, k + 1) == Some(s) {
        let (e2, n2) = word_end(b, k + 1, s)?;
        if n2 < min || !end_ok(b, e2) {
            return None;
        }
        words += 1;
        if words > s.max_words() {
            return None;
        }
        end = e2;
        k = e2;
    }
    if words >= 2 {
        return Some((i, end));
    }
    // One word: a cue, a frame or a greeting says it is a person, or a
    // closing signs a message with it (`mvh 秀英`).
    let cue = cue_before(b, i);
    let ok = cue >= Cue::Medium
        || framed(b, i, end)
        || (matches!(b.get(end), Some(b',' | b'!')) && greeting_before(b, i))
        || (matches!(b.get(end), None | Some(b'"' | b'\n' | b'\r' | b'.' | b'\\'))
            && closing_before(b, i))
        || (s == Script::Cjk
            && han_full_name(b, i, end)
            && (cue >= Cue::Weak || alone_in_line(b, i, end)));
    ok.then_some((i, end))
}

/// The commonest Chinese family names, one ideograph each (the Ministry of
/// Public Security's household-register statistics: these cover about 85%
/// of the population), in simplified and traditional forms.
const HAN_FAMILY: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸鄒賈韋閆龍賀顧龔錢湯";

/// Last ideographs that make a word a place or an organisation, not a
/// given name (`郑州`, `石家庄`, `金山区`).
const HAN_PLACE: &str = "州市省县区縣區镇鎮村路街港庄莊";

/// `王伟`, `李丽娟`, `張偉`: a Chinese name written as one word of two or
/// three ideographs, a listed family name first, as Chinese writes a full
/// name without a space (the two-word rule reads `王 伟`).
fn han_full_name(b: &[u8], i: usize, e: usize) -> bool {
    std::str::from_utf8(&b[i..e]).is_ok_and(han_name)
}

/// The commonest Japanese family names (the surname rankings compiled
/// from telephone directories and the national census), written in kanji:
/// two ideographs as a rule, three for a few (`佐々木`, `長谷川`, `五十嵐`).
const JA_FAMILY: &[&str] = &[
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "渡邊",
    "渡邉",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "山口",
    "松本",
    "井上",
    "木村",
    "斎藤",
    "斉藤",
    "清水",
    "山崎",
    "池田",
    "橋本",
    "阿部",
    "石川",
    "山下",
    "中島",
    "石井",
    "小川",
    "前田",
    "岡田",
    "長谷川",
    "藤田",
    "後藤",
    "近藤",
    "村上",
    "遠藤",
    "青木",
    "坂本",
    "福田",
    "太田",
    "西村",
    "藤井",
    "金子",
    "岡本",
    "藤原",
    "中野",
    "三浦",
    "原田",
    "中川",
    "松田",
    "竹内",
    "小野",
    "田村",
    "中山",
    "和田",
    "石田",
    "森田",
    "上田",
    "柴田",
    "酒井",
    "工藤",
    "横山",
    "宮崎",
    "宮本",
    "内田",
    "高木",
    "安藤",
    "島田",
    "谷口",
    "大野",
    "高田",
    "丸山",
    "今井",
    "河野",
    "藤本",
    "村田",
    "武田",
    "上野",
    "杉山",
    "増田",
    "小山",
    "平野",
    "大塚",
    "千葉",
    "久保",
    "松井",
    "小島",
    "岩崎",
    "桜井",
    "野口",
    "松尾",
    "野村",
    "木下",
    "菊地",
    "菊池",
    "佐野",
    "大西",
    "杉本",
    "新井",
    "浜田",
    "菅原",
    "市川",
    "水野",
    "小松",
    "山内",
    "西田",
    "五十嵐",
    "北村",
    "安田",
    "中田",
    "川口",
    "平田",
    "川崎",
    "飯田",
    "吉川",
    "本田",
    "久保田",
    "沢田",
    "吉村",
    "渡部",
    "岩田",
    "中西",
    "服部",
    "樋口",
    "福島",
    "川上",
    "永井",
    "松岡",
    "田口",
    "山中",
    "森本",
    "土屋",
    "矢野",
    "広瀬",
    "秋山",
    "石原",
    "松下",
    "大橋",
    "松浦",
    "吉岡",
    "小池",
    "馬場",
    "浅野",
    "荒木",
    "大久保",
    "野田",
    "小沢",
    "田辺",
    "川村",
    "星野",
    "黒田",
    "尾崎",
    "望月",
    "永田",
    "熊谷",
    "内藤",
    "松村",
    "西山",
    "大谷",
    "平井",
    "大島",
    "岩本",
    "片山",
    "本間",
    "早川",
    "横田",
    "岡崎",
    "荒井",
    "大石",
    "鎌田",
    "成田",
    "宮田",
    "小田",
    "石橋",
    "篠原",
    "須藤",
    "河合",
    "大竹",
];

/// Last ideographs that make a word after a Japanese family name a place,
/// a station or an organisation (`山口県`, `中野駅`, `吉田工業所`), not a
/// given name.
const JA_PLACE: &str = "県町市区村駅線店社部課局署院館園所場室港橋通丁";

/// `佐藤翔`, `鈴木美咲`, `佐々木大輔`: a Japanese name written as one word,
/// a listed family name, then a given name of one or two ideographs.
fn ja_name(w: &str) -> bool {
    let n = w.chars().count();
    let ideograph = |c: char| (0x4E00..=0x9FFF).contains(&u32::from(c)) || c == '々';
    JA_FAMILY.iter().any(|f| {
        w.starts_with(f) && {
            let given = n - f.chars().count();
            (1..=2).contains(&given)
        }
    }) && w.chars().all(ideograph)
        && !w
            .chars()
            .last()
            .is_some_and(|c| JA_PLACE.contains(c) || HAN_PLACE.contains(c))
}

/// [`han_full_name`] of a whole word.
pub(crate) fn han_name(w: &str) -> bool {
    if ja_name(w) {
        return true;
    }
    let mut cs = w.chars();
    let (Some(first), Some(_)) = (cs.next(), cs.next()) else {
        return false;
    };
    let n = w.chars().count();
    let last = w.chars().last().unwrap_or(first);
    (2..=3).contains(&n)
        && HAN_FAMILY.contains(first)
        && !HAN_PLACE.contains(last)
        && w.chars().all(|c| (0x4E00..=0x9FFF).contains(&u32::from(c)))
}

/// True if the word `b[i..e]` stands after a space in running text and no
/// char of the CJK and Hangul blocks stands in `b` outside it: an island
/// in a line of other text (`carrier 张伟 (personnel no ...)`), not a word
/// of a Chinese or Japanese message, nor a whole value (`"status":"严重"`),
/// which its key decides.
fn alone_in_line(b: &[u8], i: usize, e: usize) -> bool {
    let cjk = |x: &u8| matches!(x, 0xE3..=0xED);
    i > 0 && b[i - 1] == b' ' && !b[..i].iter().any(cjk) && !b[e..].iter().any(cjk)
}

/// The end of an owner's name before a device word, from `e` where the
/// name's letters end: `도윤-MacBook-Pro`, `서연's Pixel-8`, `수빈s-iPhone`.
fn device_owner(b: &[u8], e: usize) -> Option<usize> {
    let rest = &b[e..];
    let after = if rest.starts_with(b"'s") {
        e + 2
    } else if rest.starts_with("’s".as_bytes()) {
        e + 4
    } else if rest.first() == Some(&b's') {
        e + 1
    } else {
        e
    };
    let device = match b.get(after) {
        Some(b' ') => super::run::device_at(b, after + 1, false),
        Some(b'-' | b'_') => super::run::device_at(b, after + 1, true),
        _ => false,
    };
    device.then_some(e)
}
