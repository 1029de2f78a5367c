//! Account names found by their context, and SIP URI user parts.
//!
//! A username has no shape of its own, so it is only taken where a log line
//! says it is one: `user=X` (and `ruser=`, `sasl_username=`, `"user": "X"`,
//! ...), `invalid user X`, `for user X`, `user X from`, `for X from <ip>`,
//! `for X [<ip>]`, `<auth method> for X`, `by X(uid=`, sudo's `X : TTY=`,
//! `authenticate as 'X'` and `DOMAIN\X`. Well-known system accounts (`root`,
//! `nobody`, ...) are not personal data and are left readable, as are words
//! that only sit where a name would (`user from`).

use super::Kind;
use super::ip::{ipv4_at, ipv6_at};
use super::phone::is_phone;
use super::util::{at, intl_alnum_before, intl_alnum_len, is_digit, is_word};

/// The longest account name taken, in bytes: directory and IdP accounts
/// (`firstname.middlename.lastname@subsidiary.example.com`) run past 64.
const MAX_LEN: usize = 256;

/// Keys whose value is an account name ([`keyword`] knows them as
/// [`Keyword::User`] and [`Keyword::Key`]).
#[cfg(test)]
const KEYS: [&[u8]; 11] = [
    b"user",
    b"ruser",
    b"username",
    b"user_name",
    b"sasl_username",
    b"logname",
    b"login",
    b"suser",
    b"duser",
    b"account_name",
    b"acct",
];

/// Values that are not accounts, or shared and system accounts that are not
/// personal data (compared case-insensitively).
pub(crate) static NOT_NAMES: WordSet<135> = WordSet::new([
    b"permitted",
    b"allowed",
    b"query",
    b"request",
    b"requests",
    b"profile",
    b"settings",
    b"policy",
    b"role",
    b"object",
    b"type",
    b"data",
    b"record",
    b"mailbox",
    b"certificate",
    b"key",
    b"token",
    b"credentials",
    b"rights",
    b"permissions",
    b"attributes",
    // Service accounts that packages and appliances create: no person.
    b"asterisk",
    b"freeswitch",
    b"kamailio",
    b"opensips",
    b"backup",
    b"zabbix",
    b"nagios",
    b"prometheus",
    b"grafana",
    b"jenkins",
    b"git",
    b"gitlab-runner",
    b"svn",
    b"ntp",
    b"chrony",
    b"syslog",
    b"messagebus",
    b"polkitd",
    b"uucp",
    b"proxy",
    b"list",
    b"news",
    b"games",
    b"man",
    b"lp",
    b"sync",
    b"shutdown",
    b"halt",
    b"dnsmasq",
    b"sssd",
    b"_apt",
    b"ec2-user",
    b"ubuntu",
    b"centos",
    b"vagrant",
    b"docker",
    b"oracle",
    b"tomcat",
    b"squid",
    b"named",
    b"bind",
    b"dovecot",
    b"dovenull",
    b"vmail",
    b"amavis",
    b"clamav",
    b"redis",
    b"memcached",
    b"is",
    b"was",
    b"has",
    b"not",
    b"agent",
    b"session",
    b"account",
    b"accounts",
    b"group",
    b"the",
    b"password",
    b"from",
    b"by",
    b"for",
    b"to",
    b"port",
    b"invalid",
    b"user",
    b"unknown",
    b"none",
    b"null",
    b"(unknown)",
    b"-",
    b"root",
    b"nobody",
    b"daemon",
    b"bin",
    b"sys",
    b"sshd",
    b"login",
    b"guest",
    b"test",
    b"admin",
    b"administrator",
    b"anonymous",
    b"ftp",
    b"www-data",
    b"mail",
    b"postfix",
    b"apache",
    b"nginx",
    b"mysql",
    b"postgres",
    b"operator",
    b"system",
    b"localhost",
    b"nil",
    b"empty",
    b"true",
    b"false",
    b"name",
    b"client",
    b"failed",
    b"failure",
    b"success",
    b"successful",
    b"ok",
    b"attempt",
    b"incorrect",
    b"denied",
    b"accepted",
    b"rejected",
    b"error",
    b"timeout",
    b"refused",
    b"granted",
]);

/// Words before `user X` that make X an account whatever follows.
static USER_LEADS: WordSet<9> = WordSet::new([
    b"invalid",
    b"illegal",
    b"for",
    b"authenticating",
    b"client",
    b"unknown",
    b"from",
    b"of",
    b"as",
]);

/// Words after `user X` that say what the account did or what happened to
/// it (`user alice authenticated`, `User bob logged in`, `user carol was
/// not found`, Citrix's `User dave - Client_ip`).
static USER_OUTCOMES: WordSet<47> = WordSet::new([
    b"successful",
    b"success",
    b"failure",
    b"signed",
    b"blocked",
    b"suspended",
    b"verified",
    b"accepted",
    b"exceeded",
    b"attempted",
    b"requested",
    b"entered",
    b"reset",
    b"timed",
    b"added",
    b"removed",
    b"deleted",
    b"created",
    b"modified",
    b"changed",
    b"enabled",
    b"disabled",
    b"expired",
    b"renamed",
    b"updated",
    b"authenticated",
    b"authentication",
    b"authorized",
    b"logged",
    b"login",
    b"logon",
    b"logout",
    b"logoff",
    b"failed",
    b"succeeded",
    b"successfully",
    b"disconnected",
    b"connected",
    b"locked",
    b"unlocked",
    b"not",
    b"was",
    b"has",
    b"does",
    b"-",
    b"denied",
    b"rejected",
]);

/// Words before `for X` that name an authentication step or its outcome.
static AUTH_WORDS: WordSet<12> = WordSet::new([
    b"password",
    b"publickey",
    b"keyboard-interactive",
    b"keyboard-interactive/pam",
    b"hostbased",
    b"gssapi-with-mic",
    b"successful",
    b"succeeded",
    b"changed",
    b"locked",
    b"unlocked",
    b"expired",
]);

/// Top-level domains that mark `X` in `for X [ip]` as the host name it
/// usually is in sshd's reverse-mapping message.
const HOST_TLDS: [&[u8]; 10] = [
    b"com", b"net", b"org", b"edu", b"gov", b"mil", b"info", b"biz", b"arpa", b"local",
];

/// True if `v` looks like a DNS host name rather than an account.
fn hostname_like(v: &[u8]) -> bool {
    let Some(dot) = v.iter().rposition(|&c| c == b'.') else {
        return false;
    };
    let tld = &v[dot + 1..];
    let dots = v.iter().filter(|&&c| c == b'.').count();
    dots >= 3
        || (tld.iter().all(u8::is_ascii_alphabetic)
            && (tld.len() == 2 || HOST_TLDS.iter().any(|t| tld.eq_ignore_ascii_case(t))))
}

#[inline]
/// `first.last` or `first_last` (optionally with digits after): the
/// handle shape most organisations give their accounts. Used where the
/// context alone (`... for X: ...`) is too weak, so a file name such as
/// `config.yaml` must not pass.
fn name_handle(v: &[u8]) -> bool {
    const NOT_NAMES: [&[u8]; 24] = [
        b"log",
        b"txt",
        b"conf",
        b"cfg",
        b"ini",
        b"yaml",
        b"yml",
        b"json",
        b"xml",
        b"java",
        b"py",
        b"sh",
        b"jar",
        b"so",
        b"dll",
        b"exe",
        b"html",
        b"js",
        b"css",
        b"gz",
        b"zip",
        b"tmp",
        b"class",
        b"properties",
    ];
    let Some(sep) = v.iter().position(|&c| c == b'.' || c == b'_') else {
        return false;
    };
    let (first, rest) = (&v[..sep], &v[sep + 1..]);
    let digits = rest.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let last = &rest[..rest.len() - digits];
    (2..=15).contains(&first.len())
        && (2..=20).contains(&last.len())
        && digits <= 3
        && first.iter().all(u8::is_ascii_lowercase)
        && last.iter().all(u8::is_ascii_lowercase)
        && !NOT_NAMES.contains(&last)
}

/// An account as organisations hand them out, after a word that says an
/// account follows: `k.lindqvist`, `anna_ek`, `marcus.l`, `lindqvist.k2`,
/// also with a Kerberos realm (`k.berg@EXAMPLE.SE`). Looser than
/// [`name_handle`] (one-letter parts pass), so only where the context
/// already names an account.
pub(crate) fn handle_shaped(v: &[u8]) -> bool {
    let v = match v.iter().position(|&c| c == b'@') {
        Some(at) if v[at + 1..].iter().all(|c| !c.is_ascii_lowercase()) => &v[..at],
        Some(_) => return false,
        None => v,
    };
    let Some(sep) = v.iter().position(|&c| c == b'.' || c == b'_') else {
        return false;
    };
    let (first, rest) = (&v[..sep], &v[sep + 1..]);
    let digits = rest.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let last = &rest[..rest.len() - digits];
    v.len() >= 3
        && !first.is_empty()
        && !last.is_empty()
        && first.len() <= 20
        && last.len() <= 24
        && digits <= 4
        && first.iter().all(u8::is_ascii_lowercase)
        && last.iter().all(u8::is_ascii_lowercase)
        && !hostname_like(v)
        && name_handle_ext_ok(last)
}

/// True if the 96 bytes before `i` say what an account did or what was
/// done to it (`login`, `denied`, `password`, `badge`, ...): the context
/// in which `for X` and `by X` name an account.
fn auth_context(b: &[u8], i: usize) -> bool {
    const CUES: [&[u8]; 13] = [
        b"login", b"logon", b"log in", b"logged", b"auth", b"passw", b"denied", b"granted",
        b"success", b"lock", b"badge", b"reset", b"mfa",
    ];
    let w = &b[i.saturating_sub(96)..i];
    CUES.iter()
        .any(|c| w.windows(c.len()).any(|x| x.eq_ignore_ascii_case(c)))
}

/// False for the extensions of files and the words of dotted settings
/// that [`handle_shaped`] would otherwise take (`config.yaml`, `a.out`).
fn name_handle_ext_ok(last: &[u8]) -> bool {
    const NOT: [&[u8]; 22] = [
        b"log", b"txt", b"conf", b"cfg", b"ini", b"yaml", b"yml", b"json", b"xml", b"sh", b"py",
        b"out", b"exe", b"dll", b"js", b"html", b"php", b"service", b"socket", b"timer", b"so",
        b"pem",
    ];
    !NOT.contains(&last)
}

/// A byte of an account name: a word byte or one of `.-@$\\+`.
#[inline(always)]
fn user_byte(c: u8) -> bool {
    USER_BYTES[usize::from(c)]
}

static USER_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric()
            || matches!(c, b'_' | b'.' | b'-' | b'@' | b'$' | b'\\' | b'+');
        i += 1;
    }
    t
};

#[cfg(test)]
fn one_of(w: &[u8], set: &[&[u8]]) -> bool {
    set.iter().any(|k| w.eq_ignore_ascii_case(k))
}

/// A few words compared case-insensitively. A table of the lengths that
/// occur per first byte rejects almost every other word with one lookup;
/// the words are kept grouped by first byte, so a word that passes is
/// compared with the few that share its first byte.
pub(crate) struct WordSet<const N: usize> {
    /// Sorted by lower-cased first byte.
    words: [&'static [u8]; N],
    /// Bit `len` is set if a word of that length starts with the byte.
    shape: [u32; 128],
    /// Index in `words` of the first word that starts with the byte.
    start: [u8; 128],
}

impl<const N: usize> WordSet<N> {
    /// Builds the set; every word is 1-31 bytes and starts with ASCII.
    const fn new(mut words: [&'static [u8]; N]) -> WordSet<N> {
        assert!(N < 256);
        // Insertion sort by first byte (stable, so the list order stays
        // within a group).
        let mut k = 1;
        while k < N {
            let mut m = k;
            while m > 0 && words[m - 1][0].to_ascii_lowercase() > words[m][0].to_ascii_lowercase() {
                let t = words[m - 1];
                words[m - 1] = words[m];
                words[m] = t;
                m -= 1;
            }
            k += 1;
        }
        let mut shape = [0u32; 128];
        let mut start = [0u8; 128];
        let mut k = N;
        while k > 0 {
            k -= 1;
            let w = words[k];
            assert!(!w.is_empty() && w.len() < 32 && w[0] < 0x80);
            let f = w[0].to_ascii_lowercase() as usize;
            shape[f] |= 1 << w.len();
            start[f] = k as u8;
        }
        WordSet {
            words,
            shape,
            start,
        }
    }

    /// True if `w` is one of the words, ignoring ASCII case.
    #[inline]
    pub(crate) fn contains(&self, w: &[u8]) -> bool {
        let Some(&f) = w.first() else {
            return false;
        };
        let f = f.to_ascii_lowercase();
        if w.len() >= 32 || f >= 0x80 || self.shape[usize::from(f)] & (1 << w.len()) == 0 {
            return false;
        }
        self.words[usize::from(self.start[usize::from(f)])..]
            .iter()
            .take_while(|k| k[0].to_ascii_lowercase() == f)
            .any(|k| w.eq_ignore_ascii_case(k))
    }
}

/// The length of the account-name character at `e`: an ASCII name byte, a
/// letter or digit outside ASCII (`åsa`, `Ölander1`), or an apostrophe
/// between two letters (`o'brien`); 0 for anything else.
#[inline]
fn user_char(b: &[u8], e: usize) -> usize {
    match at(b, e) {
        b'\'' => usize::from(letter_before(b, e) && letter_at(b, e + 1)),
        c if c < 0x80 => usize::from(user_byte(c)),
        _ => intl_alnum_len(b, e),
    }
}

fn letter_at(b: &[u8], k: usize) -> bool {
    at(b, k).is_ascii_alphabetic() || intl_alnum_len(b, k) > 0
}

fn letter_before(b: &[u8], k: usize) -> bool {
    k > 0 && (b[k - 1].is_ascii_alphabetic() || intl_alnum_before(b, k).is_some())
}

/// The end of the run of account-name characters from `s`, or `None` if it
/// is longer than [`MAX_LEN`]. `space` lets spaces in (quoted values).
fn name_end(b: &[u8], s: usize, space: bool) -> Option<usize> {
    let mut e = s;
    // One byte past the longest name, to tell a name that is too long.
    let lim = b.len().min(s + MAX_LEN + 1);
    loop {
        // Most names are ASCII name bytes: one table lookup each.
        while e < lim && user_byte(b[e]) {
            e += 1;
        }
        if e - s > MAX_LEN {
            return None;
        }
        let n = user_char(b, e);
        if n > 0 {
            e += n;
        } else if space && at(b, e) == b' ' {
            e += 1;
        } else {
            return Some(e);
        }
    }
}

/// A value at `s`, bare, quoted or in angle brackets (`user=<alice>`):
/// (start, end, first byte after it).
fn take(b: &[u8], s: usize) -> Option<(usize, usize, usize)> {
    let q = at(b, s);
    if q == b'"' || q == b'\'' || q == b'<' {
        let close = if q == b'<' { b'>' } else { q };
        let vs = s + 1;
        let e = name_end(b, vs, true)?;
        if at(b, e) != close {
            return None;
        }
        let (vs, ve) = trim(b, vs, e)?;
        return Some((vs, ve, e + 1));
    }
    let e = name_end(b, s, false)?;
    let (vs, ve) = trim(b, s, e)?;
    Some((vs, ve, e))
}

/// Drops surrounding spaces and trailing sentence punctuation.
fn trim(b: &[u8], mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    while s < e && b[s] == b' ' {
        s += 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b'.' | b'-') {
        e -= 1;
    }
    (e > s && plausible(&b[s..e])).then_some((s, e))
}

/// Not a placeholder, a system account, a bare number (a uid, or scanner
/// noise such as `Invalid user 123`), a hex literal, a UUID or a computer
/// account (`WS01$`).
pub(crate) fn plausible(v: &[u8]) -> bool {
    v.last() != Some(&b'$')
        && !NOT_NAMES.contains(v)
        && v.iter().any(|&c| c.is_ascii_alphabetic() || c >= 0x80)
        && !(v.len() > 2
            && v[..2].eq_ignore_ascii_case(b"0x")
            && v[2..].iter().all(u8::is_ascii_hexdigit))
        && !uuid_shaped(v)
        && !reverse_dns(v)
}

/// A reverse-DNS identifier (`com.apple.iokit.IO80211Family`,
/// `org.freedesktop.login1`): a bundle, service or class name.
fn reverse_dns(v: &[u8]) -> bool {
    const ROOTS: [&[u8]; 7] = [b"com.", b"org.", b"net.", b"io.", b"edu.", b"gov.", b"de."];
    v.get(..4).is_some_and(|h| h.contains(&b'.'))
        && v.iter().filter(|&&c| c == b'.').count() >= 2
        && ROOTS
            .iter()
            .any(|r| v.len() > r.len() && v[..r.len()].eq_ignore_ascii_case(r))
}

/// `8-4-4-4-12` hex digits: an object id, not a name.
fn uuid_shaped(v: &[u8]) -> bool {
    v.len() == 36
        && v.iter().enumerate().all(|(k, &c)| {
            if matches!(k, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// The word that ends right before the space at `i - 1`.
fn prev_word(b: &[u8], i: usize) -> &[u8] {
    if i < 2 || b[i - 1] != b' ' {
        return &[];
    }
    let e = i - 1;
    let mut s = e;
    while s > 0 && !matches!(b[s - 1], b' ' | b'\t') {
        s -= 1;
    }
    &b[s..e]
}

/// The first word of `rest` (up to a space, colon or comma).
fn first_word(rest: &[u8]) -> &[u8] {
    let e = rest
        .iter()
        .position(|&c| matches!(c, b' ' | b':' | b',' | b'.' | b';'))
        .unwrap_or(rest.len());
    &rest[..e]
}

/// An IP address starts at `k`.
fn ip_at(b: &[u8], k: usize) -> bool {
    (is_digit(at(b, k)) && ipv4_at(b, k).is_some()) || ipv6_at(b, k).is_some()
}

/// A context word the scanner acts on. Identifying it once, from its length
/// and first byte, replaces a string comparison per candidate key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Keyword {
    /// `user`: a key (`user=`) and a word (`invalid user X`).
    User,
    /// One of the other [`KEYS`].
    Key,
    /// `for`
    For,
    /// `by`
    By,
    /// `as`
    As,
    /// `tty` in any case (sudo writes `TTY=`).
    Tty,
    /// `sudo` in any case.
    Sudo,
    /// `sip` or `sips`.
    Sip,
    /// `imsi`
    Imsi,
    /// `imei`
    Imei,
    /// An Asterisk channel technology: `PJSIP`, `IAX2`, `Local`, `DAHDI`
    /// (and `SIP`, which is [`Keyword::Sip`]).
    Channel,
    /// `of` (strongSwan's `authentication of 'X'`).
    Of,
    /// `badge`, `card`, `kort`: a badge code follows.
    Badge,
    /// `mac` before a bare or Cisco-dotted MAC (`for mac 021A2B3C4D64`).
    Mac,
    /// `home` or `Users` in a path: `/home/alice/`, `C:\\Users\\alice\\`.
    Home,
}

/// Bit `len` is set if a keyword of that length starts with the byte (either
/// case): most words the scanner meets are rejected with this one lookup.
static KEYWORD_SHAPE: [u16; 256] = {
    const WORDS: [&[u8]; 54] = [
        b"rfid",
        b"credential",
        b"kortnummer",
        b"passerkort",
        b"ausweis",
        b"benutzer",
        b"utilisateur",
        b"usuario",
        b"gebruiker",
        b"bruker",
        b"utente",
        b"anvandare",
        b"anvandaren",
        b"kayttaja",
        b"mac",
        b"imeisv",
        b"home",
        b"users",
        b"by",
        b"as",
        b"of",
        b"uid",
        b"upn",
        b"iax2",
        b"pjsip",
        b"local",
        b"dahdi",
        b"owner",
        b"actor",
        b"userid",
        b"account",
        b"identity",
        b"for",
        b"tty",
        b"sip",
        b"user",
        b"acct",
        b"sudo",
        b"sips",
        b"imsi",
        b"imei",
        b"ruser",
        b"login",
        b"suser",
        b"duser",
        b"logname",
        b"username",
        b"user_name",
        b"account_name",
        b"sasl_username",
        b"principal",
        b"kort",
        b"card",
        b"badge",
    ];
    let mut t = [0u16; 256];
    let mut k = 0;
    while k < WORDS.len() {
        let w = WORDS[k];
        t[w[0] as usize] |= 1 << w.len();
        t[w[0].to_ascii_uppercase() as usize] |= 1 << w.len();
        k += 1;
    }
    t
};

/// True if a keyword has `len` bytes and starts with `first`: the cheap
/// test before [`keyword`].
#[inline(always)]
pub(crate) fn may_be_keyword(first: u8, len: usize) -> bool {
    len < 16 && KEYWORD_SHAPE[usize::from(first)] & (1 << len) != 0
}

/// The keyword a word is, compared case-insensitively.
#[inline]
pub(crate) fn keyword(w: &[u8]) -> Option<Keyword> {
    use Keyword::*;
    let f = *w.first()?;
    if !may_be_keyword(f, w.len()) {
        return None;
    }
    let first = f | 0x20;
    let is = |k: &[u8]| w.eq_ignore_ascii_case(k);
    let pick = |k: &[u8], kw: Keyword| is(k).then_some(kw);
    match (w.len(), first) {
        (2, b'b') => pick(b"by", By),
        (2, b'a') => pick(b"as", As),
        (2, b'o') => pick(b"of", Of),
        (3, b'u') => pick(b"uid", Key).or_else(|| pick(b"upn", Key)),
        (5, b'p') => pick(b"pjsip", Channel),
        (6, b'i') => pick(b"imeisv", Imei),
        (4, b'k') => pick(b"kort", Badge),
        (4, b'h') => pick(b"home", Home),
        (3, b'm') => pick(b"mac", Mac),
        (5, b'u') => pick(b"users", Home),
        (4, b'c') => pick(b"card", Badge),
        (5, b'b') => pick(b"badge", Badge),
        (4, b'r') => pick(b"rfid", Badge),
        (10, b'c') => pick(b"credential", Badge),
        (10, b'k') => pick(b"kortnummer", Badge),
        (10, b'p') => pick(b"passerkort", Badge),
        (7, b'a') => pick(b"ausweis", Badge).or_else(|| pick(b"account", Key)),
        (5, b'o') => pick(b"owner", Key),
        (5, b'a') => pick(b"actor", Key),
        (8, b'i') => pick(b"identity", Key),
        (9, b'p') => pick(b"principal", Key),
        (3, b'f') => pick(b"for", For),
        (3, b't') => pick(b"tty", Tty),
        (3, b's') => pick(b"sip", Sip),
        (4, b'u') => pick(b"user", User),
        // The word for a user in other languages: `Benutzer k.berg`,
        // `utilisateur k.berg`, `användaren` written without its dots.
        (8, b'b') => pick(b"benutzer", User),
        (11, b'u') => pick(b"utilisateur", User),
        (7, b'u') => pick(b"usuario", User),
        (9, b'g') => pick(b"gebruiker", User),
        (6, b'b') => pick(b"bruker", User),
        (6, b'u') => pick(b"utente", User).or_else(|| pick(b"userid", Key)),
        (9, b'a') => pick(b"anvandare", User),
        (10, b'a') => pick(b"anvandaren", User),
        (8, b'k') => pick(b"kayttaja", User),
        (4, b'a') => pick(b"acct", Key),
        (4, b's') => pick(b"sudo", Sudo).or_else(|| pick(b"sips", Sip)),
        (4, b'i') => pick(b"imsi", Imsi)
            .or_else(|| pick(b"imei", Imei))
            .or_else(|| pick(b"iax2", Channel)),
        (5, b'r') => pick(b"ruser", Key),
        (5, b'l') => pick(b"login", Key).or_else(|| pick(b"local", Channel)),
        (5, b's') => pick(b"suser", Key),
        (5, b'd') => pick(b"duser", Key).or_else(|| pick(b"dahdi", Channel)),
        (7, b'l') => pick(b"logname", Key),
        (8, b'u') => pick(b"username", Key),
        (9, b'u') => pick(b"user_name", Key),
        (12, b'a') => pick(b"account_name", Key),
        (13, b's') => pick(b"sasl_username", Key),
        _ => None,
    }
}

/// An account name introduced by the word `b[i..j]`, which is `kw`.
pub(crate) fn at_keyword(b: &[u8], i: usize, j: usize, kw: Keyword) -> Option<(usize, usize)> {
    let nx = at(b, j);
    if kw == Keyword::Home {
        return home_dir(b, i, j);
    }
    // `;user=phone` is a SIP URI parameter, not an account.
    let uri_param = i > 0 && b[i - 1] == b';';
    if kw == Keyword::Key && nx == b':' && &b[i..j] == b"LOGIN" {
        return ftp_login(b, i);
    }
    if matches!(kw, Keyword::User | Keyword::Key) && !uri_param {
        if let Some(k) = value_start(b, j) {
            if let Some((s, e, _)) = take(b, k) {
                // imapd's `login: host.example.se [192.0.2.7] alice`: a host.
                let v = &b[s..e];
                let dots = v.iter().filter(|&&c| c == b'.').count();
                if dots >= 2 && !v.contains(&b'@') && hostname_like(v) {
                    return None;
                }
                return Some(without_domain(b, s, e));
            }
        }
        // `user 'alice'`, `username "alice"`, `User <alice> IP <...>`,
        // `identity 'alice@example.com'`: a quoted value after a space.
        if nx == b' ' && matches!(at(b, j + 1), b'\'' | b'"' | b'<') {
            if let Some((s, e, _)) = take(b, j + 1) {
                return Some((s, e));
            }
        }
    }
    if kw == Keyword::Key && nx == b' ' && b[i..j].eq_ignore_ascii_case(b"login") {
        if let Some(r) = radius_login(b, j) {
            return Some(r);
        }
        // `login alice from 192.0.2.7`, `login alice (Alice Ek) from ...`.
        let (s, e, after) = take(b, j + 1)?;
        let rest = &b[after..];
        let ok = (rest.starts_with(b" from ") && ip_at(b, after + 6)) || rest.starts_with(b" (");
        return ok.then_some((s, e));
    }
    // `account alice.ek locked`, `principal k.berg`, `identity
    // alice.ek@EXAMPLE.SE`: an account word, then a value shaped like an
    // account or an outcome.
    if kw == Keyword::Key
        && nx == b' '
        && (b[i..j].eq_ignore_ascii_case(b"account")
            || b[i..j].eq_ignore_ascii_case(b"principal")
            || b[i..j].eq_ignore_ascii_case(b"identity"))
    {
        let (s, e, after) = take(b, j + 1)?;
        let v = &b[s..e];
        let rest = &b[after..];
        // `Account identity not set`: a word that is itself a key, or an
        // auxiliary after it, says nothing of an account.
        let next = rest.get(1..).map_or(&[][..], first_word);
        let outcome = rest.first() == Some(&b' ')
            && USER_OUTCOMES.contains(next)
            && !USER_OUTCOMES.contains(v)
            && keyword(v).is_none()
            && ![&b"not"[..], b"was", b"has", b"does", b"-"]
                .iter()
                .any(|w| next.eq_ignore_ascii_case(w));
        let from = rest.starts_with(b" from ") && ip_at(b, after + 6);
        return ((outcome || from || handle_shaped(v)) && plausible(v)).then_some((s, e));
    }
    if kw == Keyword::Of && nx == b' ' && matches!(at(b, j + 1), b'\'' | b'"') {
        let pw = prev_word(b, i);
        if pw.eq_ignore_ascii_case(b"authentication") {
            let (s, e, _) = take(b, j + 1)?;
            return Some((s, e));
        }
        return None;
    }
    if nx == b' ' {
        match kw {
            Keyword::User => {
                let (s, e, after) = take(b, j + 1)?;
                let rest = &b[after..];
                let weak = rest.is_empty()
                    || rest.starts_with(b" from ")
                    || rest.starts_with(b" by ")
                    || (rest.first() == Some(&b' ')
                        && USER_OUTCOMES.contains(first_word(&rest[1..]))
                        && !USER_OUTCOMES.contains(&b[s..e])
                        && !b[s..e].eq_ignore_ascii_case(b"auth"));
                // ProFTPD echoes the FTP command: `USER alice: Login
                // successful.`, `USER alice (Login failed): ...`.
                let ftp =
                    &b[i..j] == b"USER" && (rest.starts_with(b": ") || rest.starts_with(b" ("));
                // Apache httpd: `user X: authentication failure for "/"`,
                // `user X not found: /admin`.
                let httpd =
                    rest.starts_with(b": authentication") || rest.starts_with(b" not found");
                return (weak
                    || httpd
                    || ftp
                    || USER_LEADS.contains(prev_word(b, i))
                    || handle_shaped(&b[s..e]))
                .then_some((s, e));
            }
            Keyword::For => {
                let next = &b[j + 1..];
                let starts = |p: &[u8]| {
                    next.len() > p.len()
                        && next[..p.len()].eq_ignore_ascii_case(p)
                        && next[p.len()] == b' '
                };
                // `for user X`, `for username 'X'`: the next keyword reads it.
                if starts(b"user")
                    || starts(b"username")
                    || starts(b"account")
                    || starts(b"principal")
                    || starts(b"identity")
                    || starts(b"login")
                    || starts(b"invalid")
                    || starts(b"illegal")
                {
                    return None;
                }
                // CAS: `Authentication success for [alice] with [...]`.
                if at(b, j + 1) == b'[' {
                    let s = j + 2;
                    let e = name_end(b, s, false)?;
                    // Only after an outcome (`success for [x]`), not `renew
                    // lease for [DFSClient_1]`.
                    let outcome = USER_OUTCOMES.contains(prev_word(b, i));
                    return (at(b, e) == b']'
                        && outcome
                        && plausible(&b[s..e])
                        && auth_context(b, i))
                    .then_some((s, e));
                }
                let quoted = matches!(at(b, j + 1), b'\'' | b'"');
                let (s, e, after) = take(b, j + 1)?;
                let rest = &b[after..];
                let ok = (rest.starts_with(b" from ") && ip_at(b, after + 6))
                    // `login query for 'alice'`: quoted, after an auth word.
                    || (quoted && auth_context(b, i) && plausible(&b[s..e]))
                    || (rest.starts_with(b" [") && ip_at(b, after + 2) && !hostname_like(&b[s..e]))
                    || AUTH_WORDS.contains(prev_word(b, i))
                    || (rest.starts_with(b":") && name_handle(&b[s..e]))
                    // login(1): `FAILED LOGIN 1 FROM tty1 FOR alice, ...`.
                    || (&b[i..j] == b"FOR" && rest.starts_with(b", "))
                    // `Login failed for k.berg`, `access denied for anna_ek`.
                    || (handle_shaped(&b[s..e]) && auth_context(b, i));
                return ok.then_some((s, e));
            }
            Keyword::By => {
                let (s, e, after) = take(b, j + 1)?;
                // `badge B723310 used by k.berg`, `password reset by anna_ek`.
                let quoted = matches!(at(b, j + 1), b'\'' | b'"');
                let ok = b[after..].starts_with(b"(uid=")
                    || ((handle_shaped(&b[s..e]) || quoted)
                        && auth_context(b, i)
                        && plausible(&b[s..e]));
                return ok.then_some((s, e));
            }
            Keyword::As if at(b, j + 1) == b'\'' => {
                let pw = prev_word(b, i);
                if pw.eq_ignore_ascii_case(b"authenticate") || pw.eq_ignore_ascii_case(b"login") {
                    let (s, e, _) = take(b, j + 1)?;
                    return Some((s, e));
                }
            }
            _ => {}
        }
        return None;
    }
    if kw == Keyword::Tty && &b[i..j] == b"TTY" && nx == b'=' && i >= 4 && &b[i - 3..i] == b" : " {
        let e = i - 3;
        let mut s = e;
        while s > 0 && e - s <= MAX_LEN {
            if b[s - 1] < 0x80 && user_byte(b[s - 1]) {
                s -= 1;
            } else if let Some(k) = intl_alnum_before(b, s) {
                s = k;
            } else {
                break;
            }
        }
        if s < e && (s == 0 || b[s - 1] == b' ') && plausible(&b[s..e]) {
            return Some((s, e));
        }
        return None;
    }
    if kw == Keyword::Sudo && &b[i..j] == b"sudo" && nx == b':' {
        let mut k = j + 1;
        while at(b, k) == b' ' && k < j + 12 {
            k += 1;
        }
        let (s, e, after) = take(b, k)?;
        return b[after..].starts_with(b" : ").then_some((s, e));
    }
    None
}

/// The account in a home directory path whose `home` or `Users` is
/// `b[i..j]`: `/home/alice/.ssh`, `/Users/alice`, `C:\\Users\\alice\\AppData`
/// (also with JSON's doubled backslashes).
fn home_dir(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    let sep = at(b, j);
    if i == 0 || !matches!(sep, b'/' | b'\\') || b[i - 1] != sep {
        return None;
    }
    let mut k = j + 1;
    if sep == b'\\' && at(b, k) == b'\\' {
        k += 1;
    }
    let (s, mut e, _) = take(b, k)?;
    if s != k {
        return None;
    }
    if let Some(p) = b[s..e].iter().position(|&c| c == b'\\') {
        e = s + p;
    }
    let v = &b[s..e];
    (plausible(v) && !HOME_NOT_USERS.contains(v)).then_some((s, e))
}

/// Directories under `/home` or `Users` that belong to no one.
static HOME_NOT_USERS: WordSet<5> =
    WordSet::new([b"shared", b"public", b"default", b"all", b"runner"]);

/// Where the value starts if a key separator follows the key word ending
/// at `j`: `=`, `:`, `": "`, `\":\"` (JSON escaped inside a message),
/// ` = ` (FreeRADIUS, Cisco) and `=>`, with spaces or tabs after.
pub(crate) fn value_start(b: &[u8], j: usize) -> Option<usize> {
    let mut k = j;
    if at(b, k) == b'\\' && at(b, k + 1) == b'"' {
        k += 2;
    } else if matches!(at(b, k), b'"' | b'\'') {
        k += 1;
    }
    let spaced = at(b, k) == b' ' && at(b, k + 1) == b'=';
    if spaced {
        k += 1;
    }
    let c = at(b, k);
    if c != b'=' && c != b':' {
        return None;
    }
    k += 1;
    if c == b'=' && at(b, k) == b'>' {
        k += 1;
    }
    // `ruser= rhost=x`: after a bare `=` an empty value ends at the space.
    if c == b':' || spaced || at(b, k - 1) == b'>' {
        let v = k;
        while matches!(at(b, k), b' ' | b'\t') && k < v + 4 {
            k += 1;
        }
    }
    if at(b, k) == b'\\' && at(b, k + 1) == b'"' {
        k += 1;
    }
    Some(k)
}

/// FreeRADIUS: `Login OK: [alice] (from client ...)`, `Login incorrect
/// (mschap: ...): [alice/<via Auth-Type = eap>]`. The word `Login` ends at
/// `j`; the account is the bracketed name up to `]` or `/`.
fn radius_login(b: &[u8], j: usize) -> Option<(usize, usize)> {
    let rest = &b[j..b.len().min(j + 160)];
    let word = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    if !(word(b" ok") || word(b" incorrect") || word(b" failed")) {
        return None;
    }
    let open = memchr::memmem::find(rest, b": [")?;
    let s = j + open + 3;
    let e = name_end(b, s, false)?;
    if !matches!(at(b, e), b']' | b'/') {
        return None;
    }
    trim(b, s, e)
}

/// The ident-user field of the common and combined log formats (Apache,
/// nginx, many proxies): `192.0.2.1 - alice [10/Oct/2026:13:55:36 +0200]`,
/// right after the client address that ends at `ip_end`.
pub(crate) fn after_ip_clf(b: &[u8], ip_end: usize) -> Option<(usize, usize)> {
    if !b[ip_end..].starts_with(b" - ") {
        return None;
    }
    let s = ip_end + 3;
    let e = name_end(b, s, false)?;
    if !(b[e..].starts_with(b" [") && is_digit(at(b, e + 2))) {
        return None;
    }
    trim(b, s, e)
}

/// cron's `(alice) CMD (/usr/bin/backup)`: the `(` at `k` opens the
/// account whose job runs.
pub(crate) fn cron_user(b: &[u8], k: usize) -> Option<(usize, usize)> {
    let s = k + 1;
    let e = name_end(b, s, false)?;
    if !b[e..].starts_with(b") CMD (") {
        return None;
    }
    trim(b, s, e)
}

/// vsftpd's `[alice] OK LOGIN: Client "192.0.2.1"` and `[alice] FAIL
/// LOGIN:`: the bracketed account before the word `LOGIN` at `i`.
fn ftp_login(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let pw = prev_word(b, i);
    if !(pw == b"OK" || pw == b"FAIL") {
        return None;
    }
    let close = i.checked_sub(pw.len() + 3)?;
    if at(b, close) != b']' || at(b, close + 1) != b' ' {
        return None;
    }
    let mut s = close;
    while s > 0 && close - s <= MAX_LEN && b[s - 1] != b'[' {
        s -= 1;
    }
    if s == 0 || name_end(b, s, false)? != close {
        return None;
    }
    trim(b, s, close)
}

/// Key names whose value is an account, compared on the lower-cased
/// letters of the key (so `TargetUserName`, `target_user_name`,
/// `actor.alternateId`, `User-Name` and `sasl_username` all count): the
/// name ends in one of these.
const USER_KEY_ENDS: [&[u8]; 41] = [
    b"authid",
    b"authname",
    b"authuser",
    b"xauthuser",
    b"usr",
    b"usrname",
    b"logonname",
    b"requester",
    b"requestor",
    b"reporter",
    b"author",
    b"creator",
    b"submitter",
    b"initiatedby",
    b"performedby",
    b"deletedby",
    b"ownedby",
    b"loginid",
    b"user",
    b"username",
    b"userid",
    b"login",
    b"loginname",
    b"logname",
    b"account",
    b"accountname",
    b"principal",
    b"principalname",
    b"upn",
    b"owner",
    b"actor",
    b"assignee",
    b"alternateid",
    b"identity",
    b"uid",
    b"changedby",
    b"createdby",
    b"modifiedby",
    b"updatedby",
    b"requestedby",
    b"approvedby",
];

/// Key names that end like an account key but are not one.
const NOT_USER_KEY_ENDS: [&[u8]; 3] = [b"uuid", b"guid", b"useruid"];

/// True if a field named `key` holds an account name, in any spelling
/// (camelCase, snake_case, dotted and dashed paths, any case). The shared
/// vocabulary for free text and for key-aware detection in structured
/// formats ([`crate::detect::is_username_key`]).
pub(crate) fn user_key(key: &[u8]) -> bool {
    // Every name ends in one of these letters; most keys are rejected here.
    let last = key
        .iter()
        .rev()
        .find(|c| c.is_ascii_alphabetic() || c.is_ascii_digit());
    if !matches!(
        last.map(u8::to_ascii_lowercase),
        Some(b'r' | b'e' | b'd' | b'n' | b't' | b'l' | b'y')
    ) {
        return false;
    }
    let mut buf = [0u8; 48];
    let k = key_letters(key, &mut buf);
    USER_KEY_ENDS.iter().any(|e| k.ends_with(e))
        && !NOT_USER_KEY_ENDS.iter().any(|e| k.ends_with(e))
}

/// Key names whose value is a badge or card code of an access-control
/// system, compared like [`user_key`]: the name contains `badge`, or ends
/// in one of these.
const BADGE_KEY_ENDS: [&[u8]; 12] = [
    b"card",
    b"cardno",
    b"cardnr",
    b"cardnum",
    b"cardnumber",
    b"cardid",
    b"cardcode",
    b"kort",
    b"kortnr",
    b"kortnummer",
    b"kortid",
    b"credentialid",
];

/// Key names that end like a badge key but name something else.
const NOT_BADGE_KEYS: [&[u8]; 4] = [b"creditcard", b"wildcard", b"giftcard", b"simcard"];

/// True if a field named `key` holds a badge or card code, in any
/// spelling (`badge`, `badgeId`, `card_no`, `CardNumber`, `kortnr`).
pub(crate) fn badge_key(key: &[u8]) -> bool {
    let mut buf = [0u8; 48];
    let k = key_letters(key, &mut buf);
    (k.windows(5).any(|w| w == b"badge") || BADGE_KEY_ENDS.iter().any(|e| k.ends_with(e)))
        && !NOT_BADGE_KEYS
            .iter()
            .any(|e| k.windows(e.len()).any(|w| w == *e))
}

/// The lower-cased letters of a key name (the last 48), without `_`, `-`,
/// `.` and spaces, stopping at any other byte from the end.
fn key_letters<'a>(key: &[u8], buf: &'a mut [u8; 48]) -> &'a [u8] {
    let mut n = 0;
    for &c in key.iter().rev() {
        if c.is_ascii_alphabetic() {
            if n == buf.len() {
                break;
            }
            buf[n] = c.to_ascii_lowercase();
            n += 1;
        } else if !matches!(c, b'_' | b'-' | b'.' | b' ') {
            break;
        }
    }
    buf[..n].reverse();
    &buf[..n]
}

/// A badge code at `s`, bare or quoted: letters and digits with single
/// `:` or `-` between them (`B123456`, `04A2B3C4D5E6F7`, `123:45678`), at
/// least one digit, 3-32 bytes.
fn badge_value(b: &[u8], s: usize) -> Option<(usize, usize)> {
    let q = at(b, s);
    let quoted = q == b'"' || q == b'\'';
    let vs = s + usize::from(quoted);
    let mut e = vs;
    while e - vs <= 32 {
        let c = at(b, e);
        if c.is_ascii_alphanumeric()
            || (matches!(c, b':' | b'-') && e > vs && at(b, e + 1).is_ascii_alphanumeric())
        {
            e += 1;
        } else {
            break;
        }
    }
    let v = &b[vs..e];
    let ok = (3..=32).contains(&v.len())
        && v.iter().any(u8::is_ascii_digit)
        && !is_word(at(b, e))
        && (!quoted || at(b, e) == q);
    ok.then_some((vs, e))
}

/// A `key=value` (or `key: value`, `"key": "value"`) whose key, ending
/// with the word `b[i..j]`, names an account or a badge. The cheap test
/// [`key_follows`] has passed.
pub(crate) fn key_value(b: &[u8], i: usize, j: usize) -> Option<(usize, usize, Kind)> {
    if common_non_key(&b[i..j]) {
        return None;
    }
    let vs = value_start(b, j)?;
    let mut ks = i;
    while ks > 0
        && i - ks < 40
        && (b[ks - 1].is_ascii_alphanumeric() || matches!(b[ks - 1], b'_' | b'-' | b'.'))
    {
        ks -= 1;
    }
    if ks > 0 && b[ks - 1] == b';' {
        return None;
    }
    let key = &b[ks..j];
    // Windows event text: `Account Name:\t\talice`.
    let named = key.eq_ignore_ascii_case(b"name") && {
        let pw = prev_word(b, ks);
        pw.eq_ignore_ascii_case(b"account") || pw.eq_ignore_ascii_case(b"user")
    };
    if named || user_key(key) {
        let (s, e, _) = take(b, vs)?;
        let (s, e) = without_domain(b, s, e);
        return Some((s, e, Kind::Username));
    }
    if badge_key(key) {
        let (s, e) = badge_value(b, vs)?;
        return Some((s, e, Kind::Badge));
    }
    if name_key(key) {
        // `"lastName":"Dąbrowski"`, also as JSON escaped inside a string
        // (`\"lastName\":\"de Vries\"`): the value up to its quote.
        // Quoted, the whole value up to its quote: `holder="Åberg, Leyla"`.
        let (s, mut e) = match at(b, vs) {
            q @ (b'"' | b'\'') => {
                let n = b[vs + 1..].iter().take(256).position(|&c| c == q)?;
                (vs + 1, vs + 1 + n)
            }
            _ => take(b, vs).map(|(s, e, _)| (s, e))?,
        };
        while e > s && b[e - 1] == b'\\' {
            e -= 1;
        }
        let v = std::str::from_utf8(&b[s..e]).ok()?;
        return super::name::looks_like_name(v, false).then_some((s, e, Kind::PersonName));
    }
    None
}

/// True if a key in free text names a person's name: it ends in `name`
/// and the shared vocabulary says so (`firstName`, `last_name`,
/// `displayName`, not `hostname`), or in `holder`.
fn name_key(key: &[u8]) -> bool {
    let mut buf = [0u8; 48];
    let k = key_letters(key, &mut buf);
    (k.ends_with(b"name") || k.ends_with(b"holder"))
        && super::keys::classify_word(key) == Some(super::keys::KeyClass::PersonName)
}

/// The account of a value `DOMAIN\user` or `DOMAIN\\user` (a NetBIOS
/// domain in capitals), or the value as it is.
fn without_domain(b: &[u8], s: usize, e: usize) -> (usize, usize) {
    let v = &b[s..e];
    let Some(k) = v.iter().position(|&c| c == b'\\') else {
        return (s, e);
    };
    let domain = &v[..k];
    let user = v.iter().rposition(|&c| c == b'\\').map_or(e, |r| s + r + 1);
    let netbios = !domain.is_empty()
        && domain
            .iter()
            .all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-' || c == b'.');
    if netbios && user < e && plausible(&b[user..e]) {
        (user, e)
    } else {
        (s, e)
    }
}

/// True if the word ending at `j` may be a key: a separator follows and
/// its last letter is one that an account or badge key ends with. Checked for
/// every letter word, so it reads at most three bytes.
#[inline(always)]
pub(crate) fn key_follows(b: &[u8], j: usize) -> bool {
    let nx = at(b, j);
    (matches!(nx, b'=' | b':' | b'"')
        || (nx == b' ' && at(b, j + 1) == b'=')
        // JSON escaped inside a string: `\"lastName\":\"...`.
        || (nx == b'\\' && at(b, j + 1) == b'"'))
        && j >= 2
        && key_end_shaped(b[j - 2], b[j - 1])
}

/// True if a key word ending in these two bytes may name an account or a
/// badge: the last two letters of every name in [`USER_KEY_ENDS`] and
/// [`BADGE_KEY_ENDS`], and of `badge`. `port` and `time` (`srcport=`,
/// `time=`, the commonest keys that end alike) are left out here.
#[inline(always)]
fn key_end_shaped(a: u8, z: u8) -> bool {
    const PAIRS: [[u8; 2]; 19] = [
        *b"sr", *b"er", *b"me", *b"id", *b"in", *b"nt", *b"al", *b"pn", *b"or", *b"ee", *b"ty",
        *b"by", *b"rd", *b"no", *b"nr", *b"um", *b"rt", *b"ge", *b"de",
    ];
    let pair = [a | 0x20, z | 0x20];
    PAIRS.contains(&pair)
}

/// True if the key word `w` is one of the common keys that
/// [`key_end_shaped`] lets through but that never name an account.
#[inline]
fn common_non_key(w: &[u8]) -> bool {
    let ends = |k: &[u8]| w.len() >= k.len() && w[w.len() - k.len()..].eq_ignore_ascii_case(k);
    ends(b"port") || w.eq_ignore_ascii_case(b"time") || w.eq_ignore_ascii_case(b"devname")
}

/// Segments of an endpoint name that mark a trunk, gateway or carrier
/// connection rather than a person's phone (`PJSIP/trunk-0000001a`,
/// `SIP/telco-gw2-0000abcd`, `IAX2/pstn_out-1234`).
const TRUNK_WORDS: [&[u8]; 29] = [
    b"trunk",
    b"trunks",
    b"provider",
    b"pstn",
    b"sbc",
    b"gw",
    b"gateway",
    b"carrier",
    b"itsp",
    b"out",
    b"in",
    b"outbound",
    b"inbound",
    b"outgoing",
    b"incoming",
    b"upstream",
    b"isdn",
    b"voip",
    b"sip",
    b"pri",
    b"telco",
    b"peer",
    b"udp",
    b"tcp",
    b"tls",
    b"ws",
    b"wss",
    b"sctp",
    b"dtls",
];

/// True if the endpoint name `v` names a trunk: one of its `-`, `_` or `.`
/// separated parts, without trailing digits, is a trunk word, or a part
/// contains `trunk`.
fn trunk_like(v: &[u8]) -> bool {
    v.split(|&c| matches!(c, b'-' | b'_' | b'.')).any(|part| {
        let letters = part.len() - part.iter().rev().take_while(|c| c.is_ascii_digit()).count();
        let w = &part[..letters];
        TRUNK_WORDS.iter().any(|t| w.eq_ignore_ascii_case(t))
            || part.windows(5).any(|x| x.eq_ignore_ascii_case(b"trunk"))
    })
}

/// The kind of a channel endpoint or dialled number `v`: a phone number
/// in any form (`+46...`, `0046...`, `0701...`, E.164 without `+`) or an
/// internal extension (a phone too, as the CDR's `src` column has it),
/// or an account; `None` for a trunk or a service number.
fn endpoint_kind(v: &[u8]) -> Option<Kind> {
    if v.is_empty() {
        return None;
    }
    if v.iter().all(|&c| is_digit(c) || c == b'+') {
        if dialled_phone(v) {
            return Some(Kind::Phone);
        }
        let extension = (2..=6).contains(&v.len())
            && v.iter().all(|&c| is_digit(c))
            && !super::phone::is_service(v);
        // A dial string is telephony: a national number of any country
        // (`PJSIP/07477394335@trunk`) is dialled as it is.
        return (extension || super::phone::national_any(v)).then_some(Kind::Phone);
    }
    (!trunk_like(v) && plausible(v) && !v.contains(&b'+')).then_some(Kind::Username)
}

/// True if `v` (digits, maybe a leading `+`) is a public phone number.
pub(crate) fn dialled_phone(v: &[u8]) -> bool {
    is_phone(v)
        || super::phone::bare_intl(v)
        || super::phone::nanp_valid(v)
        || super::phone::national_any(v)
}

/// A badge code after the word that names it, with a space between:
/// `Kort B723310 nekades`, `badge #40211 denied`, also after a noun that
/// qualifies the word (`Badge ID: 445566`, `card-id 445567`, `Card number:
/// 12345678`, `RFID tag 04A1B2C3D4`). The code has a digit and at least
/// four bytes. The word ends at `j`.
pub(crate) fn badge_after_word(b: &[u8], j: usize) -> Option<(usize, usize)> {
    const QUALIFIERS: [&[u8]; 9] = [
        b"id", b"nr", b"no", b"number", b"nummer", b"num", b"tag", b"uid", b"code",
    ];
    let mut s = j;
    if matches!(at(b, s), b' ' | b'-') && at(b, s + 1).is_ascii_alphabetic() {
        let we = super::util::word_end(b, s + 1);
        if QUALIFIERS
            .iter()
            .any(|q| b[s + 1..we].eq_ignore_ascii_case(q))
        {
            s = we;
        }
    }
    if at(b, s) == b':' {
        s += 1;
    }
    if at(b, s) != b' ' {
        return None;
    }
    s += 1;
    if at(b, s) == b'#' {
        s += 1;
    }
    let (vs, ve) = badge_value(b, s)?;
    (ve - vs >= 4).then_some((vs, ve))
}

/// The endpoint of an Asterisk channel name or dial string whose technology
/// word is `b[i..j]` (a `/` follows): `PJSIP/alice-0000002a`,
/// `SIP/1001-0a1b2c3d`, `IAX2/bob-4711`, `PJSIP/+4670...@trunk`,
/// `Local/0701740683@from-internal-00000012;1`, `DAHDI/g0/0701740683`,
/// `SIP/trunk/447700900123`. The unique suffix (`-` and hex digits) and the
/// context after `@` are not part of it. Returns its span and kind.
pub(crate) fn channel(b: &[u8], i: usize, j: usize) -> Option<(usize, usize, Kind)> {
    if at(b, j) != b'/' || (i > 0 && (is_word(b[i - 1]) || b[i - 1] == b'/')) {
        return None;
    }
    let tech = &b[i..j];
    let mut s = j + 1;
    if tech.eq_ignore_ascii_case(b"dahdi") {
        // `DAHDI/g0/<number>` (group, round robin, interface); a bare
        // `DAHDI/1-1` is a hardware channel.
        if !matches!(at(b, s) | 0x20, b'g' | b'r' | b'i') {
            return None;
        }
        let d = super::util::digits_end(b, s + 1);
        if d == s + 1 || at(b, d) != b'/' {
            return None;
        }
        s = d + 1;
    }
    let e = endpoint_end(b, s);
    let mut v = e;
    // The channel's unique suffix: `-` and 1-8 hex digits at the end.
    if let Some(dash) = b[s..e].iter().rposition(|&c| c == b'-') {
        let tail = &b[s + dash + 1..e];
        if (1..=8).contains(&tail.len()) && tail.iter().all(u8::is_ascii_hexdigit) {
            v = s + dash;
        }
    }
    // A Local channel is always `exten@context`; the other technologies
    // name an endpoint with the unique suffix, or in a dial string before
    // `@host`, `,options`, `)` or `&` (`SIP/TLS` in prose is neither).
    let dahdi = tech.eq_ignore_ascii_case(b"dahdi");
    let framed =
        dahdi || v < e || matches!(at(b, e), b'@' | b',' | b')' | b'&' | b'"' | b'\'' | b'/');
    if !framed || (tech.eq_ignore_ascii_case(b"local") && at(b, e) != b'@') {
        return None;
    }
    let kind = endpoint_kind(&b[s..v]);
    if kind.is_none() && at(b, e) == b'/' && !tech.eq_ignore_ascii_case(b"dahdi") {
        // `SIP/trunk/<number>`: the number dialled over the trunk.
        let ns = e + 1;
        let ne = endpoint_end(b, ns);
        return dialled_phone(&b[ns..ne]).then_some((ns, ne, Kind::Phone));
    }
    Some((s, v, kind?))
}

/// The end of an endpoint name or number starting at `s`.
fn endpoint_end(b: &[u8], s: usize) -> usize {
    let mut e = s;
    while e - s <= MAX_LEN {
        let c = at(b, e);
        let n = if c == b'+' || c == b'.' {
            1
        } else if c == b'@' || c == b'\\' || c == b'$' {
            0
        } else {
            user_char(b, e)
        };
        if n == 0 {
            break;
        }
        e += n;
    }
    e
}

/// True if `name/ip:port` (the name starting at `s`, the address ending at
/// `ip_end`) is openvpn's peer and not Java's `host/ip:port`: openvpn
/// names the line (`openvpn[..]:`, `ovpn-server`), or follows the peer
/// with one of its upper-case tags (`MULTI:`, `PUSH:`, `TLS:`, `SENT`).
fn openvpn_peer(b: &[u8], s: usize, ip_end: usize) -> bool {
    let before = &b[s.saturating_sub(200)..s];
    if before.windows(3).any(|w| w.eq_ignore_ascii_case(b"vpn")) {
        return true;
    }
    let port_end = super::util::digits_end(b, ip_end + 1);
    if at(b, port_end) != b' ' {
        return false;
    }
    let tag = &b[port_end + 1..];
    let upper = tag.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let n = tag.iter().take_while(|&&c| is_word(c)).count();
    upper >= 3 && matches!(at(tag, n), b':' | b' ')
}

/// An account written right before an address: openvpn's peer
/// `alice/198.51.100.7:51234` (a port follows the address), and dovecot's
/// `pam(alice,198.51.100.7)` and `passwd-file(alice@example.com,...)`.
/// `ip` is where the address starts, `ip_end` where it ends.
pub(crate) fn before_ip(b: &[u8], ip: usize, ip_end: usize) -> Option<(usize, usize)> {
    let sep = *b.get(ip.checked_sub(1)?)?;
    if sep == b'/' && !(at(b, ip_end) == b':' && is_digit(at(b, ip_end + 1))) {
        return None;
    }
    let e = ip - 1;
    let mut s = e;
    while s > 0 && e - s <= MAX_LEN {
        if b[s - 1] == b'@' {
            s -= 1;
            continue;
        }
        match intl_alnum_before(b, s) {
            Some(k) => s = k,
            None if b[s - 1] < 0x80 && user_byte(b[s - 1]) && b[s - 1] != b'\\' => s -= 1,
            None => break,
        }
    }
    if sep == b' ' {
        return after_outcome(b, ip);
    }
    let lead = if s == 0 { b' ' } else { b[s - 1] };
    let ok = match sep {
        b'/' => {
            matches!(lead, b' ' | b'[' | b'"' | b'\'' | b'=' | b',' | b'\t')
                && openvpn_peer(b, s, ip_end)
        }
        b',' => lead == b'(' && s >= 2 && (b[s - 2].is_ascii_alphabetic() || b[s - 2] == b'-'),
        _ => false,
    };
    if !ok {
        return None;
    }
    trim(b, s, e)
}

/// `SSL VPN login successful: alice from 192.0.2.7`, `Login failed: alice
/// from ...`: an account between an outcome and its colon and ` from `
/// before the address at `ip`.
fn after_outcome(b: &[u8], ip: usize) -> Option<(usize, usize)> {
    if !b[..ip].ends_with(b" from ") {
        return None;
    }
    let e = ip - 6;
    let mut s = e;
    while s > 0 && e - s <= MAX_LEN && b[s - 1] != b' ' {
        s -= 1;
    }
    if s < 3 || b[s - 1] != b' ' || b[s - 2] != b':' {
        return None;
    }
    let oe = s - 2;
    let mut os = oe;
    while os > 0 && b[os - 1].is_ascii_alphabetic() {
        os -= 1;
    }
    let outcome = &b[os..oe];
    let (vs, ve) = if e > s + 2 && b[s] == b'\'' && b[e - 1] == b'\'' {
        (s + 1, e - 1)
    } else {
        (s, e)
    };
    let word = &b[vs..ve];
    (USER_OUTCOMES.contains(outcome)
        && !USER_OUTCOMES.contains(word)
        && word.iter().all(|&c| user_byte(c) || c >= 0x80)
        && plausible(word))
    .then_some((vs, ve))
}

/// The account in `DOMAIN\user` around the backslash at `k`. The domain must
/// be a NetBIOS-style upper-case name, which keeps `C:\path` and escaped
/// text such as `line\nnext` out.
pub(crate) fn after_backslash(b: &[u8], k: usize) -> Option<(usize, usize)> {
    // Samba: `user [CORP]\[alice]`.
    if k > 1 && b[k - 1] == b']' && at(b, k + 1) == b'[' {
        let (s, e, after) = take(b, k + 2)?;
        return (at(b, after) == b']' && s == k + 2).then_some((s, e));
    }
    let mut ds = k;
    while ds > 0
        && k - ds < 16
        && (b[ds - 1].is_ascii_uppercase() || is_digit(b[ds - 1]) || b[ds - 1] == b'-')
    {
        ds -= 1;
    }
    let d = &b[ds..k];
    if d.is_empty() || d.len() > 15 || !d.iter().any(u8::is_ascii_uppercase) {
        return None;
    }
    if ds > 0 && (is_word(b[ds - 1]) || matches!(b[ds - 1], b'\\' | b'/' | b':' | b'.')) {
        return None;
    }
    // `CORP\\jdoe`: JSON and CEF escape the backslash.
    let vs = if at(b, k + 1) == b'\\' { k + 2 } else { k + 1 };
    let (s, e, after) = take(b, vs)?;
    if at(b, after) == b'\\' || b[s..e].contains(&b'\\') || s != vs {
        return None;
    }
    Some((s, e))
}

/// The user part of a `sip:`/`sips:` URI whose scheme word is `b[i..j]`: a
/// phone if it validates as one, otherwise a username.
pub(crate) fn sip_user(b: &[u8], i: usize, j: usize) -> Option<(usize, usize, Kind)> {
    let w = &b[i..j];
    if at(b, j) != b':' || !(w.eq_ignore_ascii_case(b"sip") || w.eq_ignore_ascii_case(b"sips")) {
        return None;
    }
    let s = j + 1;
    let mut e = s;
    while e < b.len()
        && e - s <= MAX_LEN
        && (is_word(b[e])
            || matches!(
                b[e],
                b'.' | b'-' | b'+' | b'%' | b'!' | b'~' | b'*' | b'&' | b'=' | b'$' | b','
            )
            // `sip:eo'brien@pbx`: an apostrophe between letters.
            || (b[e] == b'\'' && letter_before(b, e) && letter_at(b, e + 1)))
    {
        e += 1;
    }
    if e == s || at(b, e) != b'@' {
        return None;
    }
    let u = &b[s..e];
    if is_phone(u) || super::phone::bare_intl(u) {
        return Some((s, e, Kind::Phone));
    }
    // Extensions (`sip:301@pbx`) are accounts too, so digits-only is fine
    // here (they stay accounts: their tokens must not change).
    let simple = u
        .iter()
        .all(|&c| is_word(c) || matches!(c, b'.' | b'-' | b'+' | b'\''));
    (simple && !NOT_NAMES.contains(u)).then_some((s, e, Kind::Username))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `at_word` on every word of `s`; the first account found.
    fn find(s: &str) -> Option<&str> {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if is_word(b[i]) && (i == 0 || !is_word(b[i - 1])) {
                let mut j = i;
                while j < b.len() && is_word(b[j]) {
                    j += 1;
                }
                if let Some(kw) = keyword(&b[i..j]) {
                    if let Some((x, y)) = at_keyword(b, i, j, kw) {
                        return Some(&s[x..y]);
                    }
                }
            }
            if b[i] == b'\\' {
                if let Some((x, y)) = after_backslash(b, i) {
                    return Some(&s[x..y]);
                }
            }
            i += 1;
        }
        None
    }

    #[test]
    fn contexts() {
        let cases = [
            ("sshd[1]: Invalid user kalle99 from 192.0.2.1", "kalle99"),
            (
                "Failed password for invalid user eva.s from 192.0.2.1 port 22 ssh2",
                "eva.s",
            ),
            (
                "Failed password for bosse from 192.0.2.1 port 22 ssh2",
                "bosse",
            ),
            (
                "Accepted publickey for ann_l from 2001:db8::5 port 22 ssh2",
                "ann_l",
            ),
            (
                "pam_unix(sshd:session): session opened for user nils by (uid=0)",
                "nils",
            ),
            ("pam_unix(su:session): session closed for user nils", "nils"),
            (
                "input_userauth_request: invalid user greta [preauth]",
                "greta",
            ),
            (
                "authentication failure; logname= uid=0 tty=ssh ruser= rhost=h  user=olle",
                "olle",
            ),
            (
                "reverse mapping checking getaddrinfo for stina [192.0.2.9] failed",
                "stina",
            ),
            ("Verification succeeded for per.a", "per.a"),
            ("Auth successful for svc_x (auth:SIMPLE)", "svc_x"),
            (
                "sudo:    lisa : TTY=pts/0 ; PWD=/home ; USER=root ; COMMAND=/bin/ls",
                "lisa",
            ),
            (
                "postfix/smtpd[9]: client=h[192.0.2.1], sasl_method=PLAIN, sasl_username=kim@example.com",
                "kim@example.com",
            ),
            ("logon by CORP\\jdoe failed", "jdoe"),
            ("{\"user\": \"maja\", \"x\": 1}", "maja"),
            ("User frida from 192.0.2.1 not allowed", "frida"),
            (
                "Connection closed by authenticating user tove 192.0.2.1 port 1",
                "tove",
            ),
            (
                "manager.c: 192.0.2.1 failed to authenticate as 'adm1'",
                "adm1",
            ),
            ("su: pam_unix: session opened for user x by bo(uid=0)", "x"),
        ];
        for (line, want) in cases {
            assert_eq!(find(line), Some(want), "{line}");
        }
    }

    #[test]
    fn not_accounts() {
        for line in [
            "Failed password for root from 192.0.2.1 port 22",
            "user=root",
            "Failed password for user from 192.0.2.1",
            "Invalid user  from 192.0.2.1",
            "waiting for data from server",
            "no such user found here",
            "path C:\\Windows\\bob",
            "escaped line\\nnext",
            "ruser= rhost=x",
            "reverse mapping checking getaddrinfo for host-1.example.net [192.0.2.1] failed",
            "Cocoa scripting error for '0x00670033'",
            "sshd[1]: Invalid user 1234 from 192.0.2.1",
            "session opened for user root by LOGIN(uid=0)",
        ] {
            assert_eq!(find(line), None, "{line}");
        }
    }

    #[test]
    fn accounts_after_vpn_idp_and_mail_cues() {
        let cases = [
            (
                "charon: 12[IKE] authentication of 'marcus.l' with EAP successful",
                "marcus.l",
            ),
            (
                "shibboleth: Authentication succeeded for principal emma.w",
                "emma.w",
            ),
            ("gw: account josefin.k locked after 5 failures", "josefin.k"),
            ("app: Login failed for k.berg", "k.berg"),
            ("door: badge B723310 used by anna_ek at door 3", "anna_ek"),
            (
                "cas: Authentication success for [kberg] with [UsernamePasswordCredential]",
                "kberg",
            ),
            ("idp: Login by 'kberg' succeeded", "kberg"),
            (
                "tac_plus[12]: login query for 'kberg' tty1 from 192.0.2.1 accepted",
                "kberg",
            ),
            ("app: Benutzer k.berg hat sich angemeldet", "k.berg"),
            ("app: user p.lund changed password", "p.lund"),
        ];
        for (line, want) in cases {
            assert_eq!(find(line), Some(want), "{line}");
        }
        let line = b"sendmail[12]: AUTH=server, authid=j.wikstrom, mech=PLAIN";
        let k = memchr::memmem::find(line, b"authid").unwrap_or(0);
        let (s, e, kind) = key_value(line, k, k + 6).unwrap_or((0, 0, Kind::Phone));
        assert_eq!((&line[s..e], kind), (&b"j.wikstrom"[..], Kind::Username));
        let line = b"sslvpnd: SSL VPN login successful: kberg from 192.0.2.1";
        let ip = line.len() - 9;
        let (s, e) = before_ip(line, ip, line.len()).unwrap_or((0, 0));
        assert_eq!(&line[s..e], b"kberg");
        let line = b"sslvpnd: connection closed: timeout from 192.0.2.1";
        assert_eq!(before_ip(line, line.len() - 9, line.len()), None);
        for line in [
            "%ASA-6-605005: Login permitted from 192.0.2.1/51234 to inside:10.0.0.1/ssh",
            "imapd[12]: login: host.example.se [192.0.2.1] plaintext",
            "waiting for db.primary to come up",
            "loaded settings for app.service",
            "user agent.js loaded",
            "reload requested by config.yaml",
            "secd: Code=1035 \"Account identity not set\" User",
            "DFSClient: Failed to renew lease for [DFSClient_NONMAPREDUCE_1537864556_1] for 30 seconds",
        ] {
            assert_eq!(find(line), None, "{line}");
        }
    }

    #[test]
    fn a_name_handle_before_a_colon_after_for_is_an_account() {
        assert_eq!(
            find("getResources() for lena_berg: ask=4 release= 0"),
            Some("lena_berg")
        );
        assert_eq!(
            find("quota check for per.svensson12: ok"),
            Some("per.svensson12")
        );
        assert_eq!(find("loaded settings for config.yaml: 3 keys"), None);
        assert_eq!(find("waiting for container_e02: state"), None);
        assert_eq!(find("retry for TaskAttempt: 3"), None);
    }

    #[test]
    fn keywords_are_recognised_in_any_case() {
        for k in KEYS {
            let want = if k == b"user" {
                Keyword::User
            } else {
                Keyword::Key
            };
            assert_eq!(keyword(k), Some(want));
            assert_eq!(keyword(&k.to_ascii_uppercase()), Some(want));
        }
        assert_eq!(keyword(b"Sips"), Some(Keyword::Sip));
        assert_eq!(keyword(b"TTY"), Some(Keyword::Tty));
        assert_eq!(keyword(b"IMEI"), Some(Keyword::Imei));
        assert_eq!(keyword(b"Users"), Some(Keyword::Home));
        for w in [
            &b"userz"[..],
            b"fo",
            b"form",
            b"b",
            b"",
            b"authenticate",
            b"sudoers",
        ] {
            assert_eq!(keyword(w), None);
        }
    }

    #[test]
    fn word_sets_agree_with_a_linear_search() {
        let mut probes: Vec<Vec<u8>> = NOT_NAMES.words.iter().map(|w| w.to_vec()).collect();
        probes.extend(AUTH_WORDS.words.iter().map(|w| w.to_ascii_uppercase()));
        for w in [
            "",
            "-",
            "roots",
            "roo",
            "Root",
            "ROOT",
            "x",
            "keyboard-interactive/PAM",
        ] {
            probes.push(w.as_bytes().to_vec());
        }
        probes.push(vec![0xc3, 0xa5]);
        let all = NOT_NAMES
            .words
            .iter()
            .chain(&AUTH_WORDS.words)
            .chain(&USER_LEADS.words);
        for w in all {
            probes.push(w.to_ascii_uppercase());
            probes.push([w, &b"s"[..]].concat());
            probes.push(w[1..].to_vec());
            let mut other = w.to_vec();
            *other.last_mut().unwrap() ^= 1;
            probes.push(other);
        }
        for p in &probes {
            assert_eq!(NOT_NAMES.contains(p), one_of(p, &NOT_NAMES.words));
            assert_eq!(AUTH_WORDS.contains(p), one_of(p, &AUTH_WORDS.words));
            assert_eq!(USER_LEADS.contains(p), one_of(p, &USER_LEADS.words));
        }
        assert!(NOT_NAMES.contains(b"Administrator"));
        assert!(AUTH_WORDS.contains(b"keyboard-interactive/pam"));
        assert!(!NOT_NAMES.contains(b"kalle"));
    }

    #[test]
    fn user_bytes_are_word_bytes_and_a_few_more() {
        for c in 0..=255u8 {
            let want = is_word(c) || matches!(c, b'.' | b'-' | b'@' | b'$' | b'\\' | b'+');
            assert_eq!(user_byte(c), want, "{c}");
        }
    }

    #[test]
    fn sip_users() {
        fn f(s: &str) -> Option<(&str, Kind)> {
            sip_user(s.as_bytes(), 0, s.find(':').unwrap()).map(|(x, y, k)| (&s[x..y], k))
        }
        assert_eq!(f("sip:alice@example.com"), Some(("alice", Kind::Username)));
        assert_eq!(
            f("sips:+46701740683@h;user=phone"),
            Some(("+46701740683", Kind::Phone))
        );
        assert_eq!(f("sip:0701740683@h"), Some(("0701740683", Kind::Phone)));
        assert_eq!(f("sip:301@pbx"), Some(("301", Kind::Username)));
        assert_eq!(f("sip:example.com"), None);
        assert_eq!(f("sip:'or''='@h"), None);
    }
}
