//! The name parts of a login (`karin.lindqvist`, `anna_berg91`, the local
//! part of `omar-saleh@example.org`), taken by a binding or a key in one
//! record, found again as delimited parts of the record's other fields:
//! the host a user's machine is named after (`Karin-laptop.corp.local`,
//! `LT-LINDQVIST-07`, EDR and NDR detections), the document a DLP or CASB
//! event names (`Payslip_Lindqvist_202610.xlsx`), the home folder a file
//! event's path goes through (`/home/anna.berg/`, `\\fs\users\Berg\`).
//!
//! A part is taken in any case, between any delimiters (`-`, `_`, `.`,
//! `/`, `\`, a space, a quote), as the machine or the document writes it;
//! a genitive `s` may follow it (`Karins-MBP`). Only logins of two parts
//! or more give parts (`given.surname`, `surname_given`): a one-word login
//! (`kberg`, `admin`) names no part of itself. A part is four letters or
//! more (three if the name list knows it as a name: `Rui`, `Ali`), ASCII
//! letters only after its trailing digits are cut, and no common word of
//! log text (`admin`, `test`, `support`, months, places).
//!
//! Accounts whole are the business of [`super::echo`]; this module only
//! adds the parts, as person names.

use super::{Kind, Span};

/// At most this many parts are remembered per record (two or three per
/// login, a few logins a record).
const PARTS: usize = 8;

/// Bytes of the parts, all told.
const BYTES: usize = 128;

/// Words of accounts that are no names, beside the name list's common
/// words: service, admin and test accounts' prefixes and suffixes.
const ACCOUNT_WORDS: [&[u8]; 14] = [
    b"adm", b"admin", b"svc", b"srv", b"test", b"user", b"ext", b"sys", b"ops", b"prod", b"temp",
    b"guest", b"root", b"backup",
];

/// What the name list says of a part: not asked yet, a name, a name that
/// is also a common word, no name.
const UNKNOWN: u8 = 0;
const NAME: u8 = 1;
const COMMON_NAME: u8 = 2;
const NO_NAME: u8 = 3;

/// The name parts of the logins a record's bindings and keys took.
#[derive(Clone, Debug)]
pub struct LoginParts {
    buf: [u8; BYTES],
    used: usize,
    /// Start and length in `buf`, and what the name list says of the
    /// part ([`UNKNOWN`] until an occurrence asks: most records repeat no
    /// part of a login, and the lookup is the costly test). A part that is
    /// also a common word (`sofia`, `will`) is taken only capitalised and
    /// joined to another part by `-` or `_` (`Sofia-PC`), never in prose.
    parts: [(u8, u8, u8); PARTS],
    n: usize,
    /// The local part [`LoginParts::add`] last read, as written (`len`
    /// bytes of it): a record's account and its address often share it
    /// (`ida.larsson`, `ida.larsson@example.se`), and a login read again
    /// adds no part.
    last: [u8; LOCAL_MAX],
    last_len: usize,
}

/// The longest local part whose parts are taken.
const LOCAL_MAX: usize = 64;

impl Default for LoginParts {
    fn default() -> Self {
        LoginParts {
            buf: [0; BYTES],
            used: 0,
            parts: [(0, 0, UNKNOWN); PARTS],
            n: 0,
            last: [0; LOCAL_MAX],
            last_len: 0,
        }
    }
}

impl LoginParts {
    /// Forgets the parts (a new record).
    pub fn clear(&mut self) {
        self.used = 0;
        self.n = 0;
        self.last_len = 0;
    }

    /// Whether no part is known.
    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    fn part(&self, k: usize) -> &[u8] {
        let (s, l, _) = self.parts[k];
        &self.buf[s as usize..s as usize + l as usize]
    }

    /// Adds the name parts of `login` (a login, `DOMAIN\login` or an
    /// e-mail address).
    pub fn add(&mut self, login: &str) {
        // Most logins are one word (`kberg`, `admin`): no joint, no parts.
        if memchr::memchr3(b'.', b'_', b'-', login.as_bytes()).is_none() {
            return;
        }
        let v = login.trim().as_bytes();
        let v = memchr::memrchr(b'\\', v).map_or(v, |k| &v[k + 1..]);
        let local = memchr::memchr(b'@', v).map_or(v, |k| &v[..k]);
        if local.len() < 5 || local.len() > LOCAL_MAX {
            return;
        }
        // The same login again (the record's account and the local part
        // of its address) adds nothing: every part it gives is known, or
        // was refused for room that has not grown since.
        if local == &self.last[..self.last_len] {
            return;
        }
        self.last[..local.len()].copy_from_slice(local);
        self.last_len = local.len();
        // Up to four parts between `.`, `_` and `-`; at least two. One
        // pass: each part's start and end.
        let mut cuts = [(0usize, 0usize); 4];
        let mut count = 0;
        let mut start = 0;
        for k in 0..=local.len() {
            if k < local.len() && !matches!(local[k], b'.' | b'_' | b'-') {
                continue;
            }
            if k > start {
                if count == 4 {
                    return;
                }
                cuts[count] = (start, k);
                count += 1;
            }
            start = k + 1;
        }
        if count < 2 {
            return;
        }
        for &(s, mut e) in &cuts[..count] {
            // The part's letters, without the digits a login ends in.
            while e > s && local[e - 1].is_ascii_digit() {
                e -= 1;
            }
            self.add_part(&local[s..e]);
        }
    }

    /// Adds `w`, one part of a login, if it has a name's letters and
    /// length, and is no account word nor a part known already.
    fn add_part(&mut self, w: &[u8]) {
        if w.len() < 3 || w.len() > 24 || !w.iter().all(u8::is_ascii_alphabetic) {
            return;
        }
        let mut low = [0u8; 24];
        let low = &mut low[..w.len()];
        low.copy_from_slice(w);
        low.make_ascii_lowercase();
        if ACCOUNT_WORDS.contains(&&*low) || (0..self.n).any(|k| self.part(k) == &*low) {
            return;
        }
        self.push(low);
    }

    /// What the name list says of part `k` ([`NAME`], [`COMMON_NAME`],
    /// [`NO_NAME`]), asked once.
    fn state(&mut self, k: usize) -> u8 {
        if self.parts[k].2 == UNKNOWN {
            let st = verdict(self.part(k));
            self.parts[k].2 = st;
        }
        self.parts[k].2
    }
    /// Appends `w`, in lower case already.
    fn push(&mut self, w: &[u8]) {
        if self.n == PARTS || self.used + w.len() > BYTES {
            return;
        }
        let s = self.used;
        self.buf[s..s + w.len()].copy_from_slice(w);
        self.used += w.len();
        self.parts[self.n] = (s as u8, w.len() as u8, UNKNOWN);
        self.n += 1;
    }

    /// Marks, as person names, the delimited occurrences of the parts in
    /// `text` that overlap no span there (`spans` sorted and disjoint, and
    /// left so).
    pub fn mark(&mut self, text: &str, spans: &mut Vec<Span>) {
        if self.n == 0 {
            return;
        }
        let b = text.as_bytes();
        let n = spans.len();
        for k in 0..self.n {
            let (ps, pl, _) = self.parts[k];
            let (ps, pl) = (ps as usize, pl as usize);
            if pl > b.len() {
                continue;
            }
            let first = self.buf[ps];
            let mut from = 0;
            while let Some(off) = memchr::memchr2(first, first.to_ascii_uppercase(), &b[from..]) {
                let a = from + off;
                let e = a + pl;
                if e > b.len() {
                    break;
                }
                from = a + 1;
                if (a > 0 && letter(b[a - 1]))
                    || !b[a..e].eq_ignore_ascii_case(&self.buf[ps..ps + pl])
                    || !part_ends(b, e)
                {
                    continue;
                }
                match self.state(k) {
                    NO_NAME => break,
                    COMMON_NAME if !compound(b, a, e) => continue,
                    _ => {}
                }
                let clear = |s: &Span| s.end <= a || s.start >= e;
                if spans.iter().all(clear) {
                    spans.push(Span {
                        start: a,
                        end: e,
                        kind: Kind::PersonName,
                    });
                }
                from = e;
            }
        }
        if spans.len() > n {
            spans.sort_unstable_by_key(|s| s.start);
        }
    }
}

/// What the name list says of a part, lower case: a three-letter part
/// only if the list knows it as a name, no common word of log text
/// ([`super::name::echo_part`]) unless the list holds it as a name too
/// (`Sofia`, `Will`: [`COMMON_NAME`]).
fn verdict(p: &[u8]) -> u8 {
    let mut cap = [0u8; 24];
    let cap = &mut cap[..p.len()];
    cap.copy_from_slice(p);
    cap[0] = cap[0].to_ascii_uppercase();
    let Ok(word) = std::str::from_utf8(cap) else {
        return NO_NAME;
    };
    if super::name::echo_part(word) {
        if p.len() >= 4 || super::name::known_name_word(word) {
            NAME
        } else {
            NO_NAME
        }
    } else if p.len() >= 4 && super::name::name_part(word) {
        // `echo_part` said no for a common word only (the letters and case
        // are right), so `name_part` says yes for a named one.
        COMMON_NAME
    } else {
        NO_NAME
    }
}

/// True if the part at `a..e` is capitalised (or in capitals) and joined
/// to the rest of a host's or a file's name by `-` or `_` (`Sofia-PC`,
/// `LT-SOFIA-07`, `Lon_Will_2026.pdf`).
fn compound(b: &[u8], a: usize, e: usize) -> bool {
    let joint = |c: Option<&u8>| matches!(c, Some(b'-' | b'_'));
    b[a].is_ascii_uppercase()
        && (joint(a.checked_sub(1).and_then(|p| b.get(p)))
            || joint(b.get(e))
            || (matches!(b.get(e), Some(b's' | b'S')) && joint(b.get(e + 1))))
}

/// A letter or a digit, or a byte of a non-ASCII letter: what goes on a
/// part.
fn letter(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

/// True if a part that ends at `e` stands alone: a delimiter, digits (a
/// machine's number, `anna01-pc`) or the end follow, or a genitive `s`
/// and then one of those (`Karins-MBP`).
fn part_ends(b: &[u8], e: usize) -> bool {
    let alone = |i: usize| {
        b.get(i)
            .is_none_or(|&c| !(c.is_ascii_alphabetic() || c >= 0x80))
    };
    alone(e) || (matches!(b[e], b's' | b'S') && alone(e + 1) && b.get(e + 1) != Some(&b'@'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`LoginParts::add`] as first written: two passes over the local
    /// part, no memory of the last login.
    fn add_reference(p: &mut LoginParts, login: &str) {
        if memchr::memchr3(b'.', b'_', b'-', login.as_bytes()).is_none() {
            return;
        }
        let v = login.trim().as_bytes();
        let v = memchr::memrchr(b'\\', v).map_or(v, |k| &v[k + 1..]);
        let local = memchr::memchr(b'@', v).map_or(v, |k| &v[..k]);
        if local.len() < 5 || local.len() > 64 {
            return;
        }
        let mut cuts = [0usize; 5];
        let mut count = 0;
        let mut start = 0;
        for (k, &c) in local.iter().enumerate() {
            if matches!(c, b'.' | b'_' | b'-') {
                if k > start {
                    if count == 4 {
                        return;
                    }
                    cuts[count] = start;
                    count += 1;
                }
                start = k + 1;
            }
        }
        if local.len() > start {
            if count == 4 {
                return;
            }
            cuts[count] = start;
            count += 1;
        }
        if count < 2 {
            return;
        }
        for &s in &cuts[..count] {
            let mut e = s;
            while e < local.len() && !matches!(local[e], b'.' | b'_' | b'-') {
                e += 1;
            }
            while e > s && local[e - 1].is_ascii_digit() {
                e -= 1;
            }
            let w = &local[s..e];
            if w.len() < 3 || w.len() > 24 || !w.iter().all(u8::is_ascii_alphabetic) {
                continue;
            }
            let low = w.to_ascii_lowercase();
            if ACCOUNT_WORDS.contains(&&*low) || (0..p.n).any(|k| p.part(k) == &*low) {
                continue;
            }
            p.push(&low);
        }
    }

    fn parts_of(p: &LoginParts) -> Vec<Vec<u8>> {
        (0..p.n).map(|k| p.part(k).to_vec()).collect()
    }

    proptest::proptest! {
        /// The one-pass add that skips the last login again finds the
        /// parts the two-pass one did, in the same order, for records of
        /// logins that repeat, share parts and fill the room.
        #[test]
        fn add_finds_the_parts_the_reference_did(
            logins in proptest::collection::vec(
                proptest::prop_oneof![
                    "[A-Za-z0-9._@\\\\ -]{0,40}",
                    "(ida|Ida|LARSSON|larsson|svc|anna|berg|rui|test)[._-](ida|larsson|Berg|anna|admin|okafor)[0-9]{0,2}(@example\\.se)?",
                    "[a-z]{3,12}[._-][a-z]{3,12}([._-][a-z]{2,9}){0,3}",
                ],
                0..12,
            ),
            clear_at in 0..12usize,
        ) {
            let (mut fast, mut slow) = (LoginParts::default(), LoginParts::default());
            for (k, l) in logins.iter().enumerate() {
                if k == clear_at {
                    fast.clear();
                    slow.clear();
                }
                fast.add(l);
                // The same login twice in a row, as a record's account and
                // its address give it.
                fast.add(l);
                add_reference(&mut slow, l);
                add_reference(&mut slow, l);
                proptest::prop_assert_eq!(parts_of(&fast), parts_of(&slow));
                proptest::prop_assert_eq!(fast.used, slow.used);
            }
        }
    }

    fn found(logins: &[&str], text: &str) -> Vec<String> {
        let mut p = LoginParts::default();
        for l in logins {
            p.add(l);
        }
        let mut spans = Vec::new();
        p.mark(text, &mut spans);
        spans
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn name_parts_of_a_login_in_hosts_files_and_paths() {
        // NDR and EDR detections name the user's machine, DLP events the
        // document, file events the home folder.
        assert_eq!(
            found(&["zelalem.worku"], "shost=Zelalem-laptop.corp.example"),
            ["Zelalem"]
        );
        assert_eq!(
            found(&["yonatan.abera@example.org"], "ZELA-PC ABERAS-MBP.local"),
            ["ABERA"]
        );
        assert_eq!(
            found(
                &["hiwot_tesema42@example.org"],
                "dlpFile=Lon_Tesema_202610.xlsx"
            ),
            ["Tesema"]
        );
        assert_eq!(
            found(&["EXAMPLE\\mahlet.gebre"], "path=/home/mahlet/docs"),
            ["mahlet"]
        );
        assert_eq!(found(&["rui.okafor"], "host=LT-RUI-07"), ["RUI"]);
        // A name that is also a common word, only in a host's or a file's
        // name, capitalised.
        assert_eq!(
            found(&["sofia.okafor"], "shost=Sofia-PC.corp.example via sofia"),
            ["Sofia"]
        );
        assert!(found(&["sofia.okafor"], "office in sofia, bulgaria").is_empty());
    }

    #[test]
    fn one_word_logins_common_words_and_longer_words_give_nothing() {
        // A one-word login names no part.
        assert!(found(&["zelalem"], "Zelalem-laptop").is_empty());
        // Account words and common words of logs are no names.
        assert!(found(&["svc.backup"], "backup-server.local").is_empty());
        assert!(found(&["admin.support"], "support-desk admin-pc").is_empty());
        // A part inside a longer word is not it.
        assert!(found(&["zelalem.worku"], "Workuflow-pc Zelalemx").is_empty());
        // The login's own address is another detector's span.
        let mut p = LoginParts::default();
        p.add("zelalem.worku@example.org");
        let text = "from zelalem.worku@example.org";
        let mut spans = vec![Span {
            start: 5,
            end: text.len(),
            kind: Kind::Email,
        }];
        p.mark(text, &mut spans);
        assert_eq!(spans.len(), 1);
    }
}
