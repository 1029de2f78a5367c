//! The context words the scanner acts on ([`Keyword`]) and the account
//! each one leads to: `invalid user X`, `for X from <ip>`, `by X(uid=`, a
//! home directory, FTP and RADIUS logins, cron's user.

use super::agent::{agent_after, agent_participle};
use super::key::without_domain;
use super::shape::{
    MAX_LEN, first_word, handle_shaped, hostname_like, ip_at, name_end, name_handle, plausible,
    prev_word, service_like, service_like_under_key, take, trim, user_byte,
};
use super::words::{AUTH_WORDS, HOME_NOT_USERS, ROUTE_PAGES, USER_LEADS, USER_OUTCOMES};
use crate::detect::util::{at, intl_alnum_before, is_digit, is_word};

/// Keys whose value is an account name ([`keyword`] knows them as
/// [`Keyword::User`] and [`Keyword::Key`]).
#[cfg(test)]
pub(super) const KEYS: [&[u8]; 11] = [
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

/// `rest`, after a value, is an auxiliary and an outcome, with at most one
/// adverb between: ` is temporarily disabled` (Keycloak), ` was locked`,
/// ` has been deleted`, ` is now enabled`.
fn aux_outcome(rest: &[u8]) -> bool {
    let mut r = match rest.strip_prefix(b" ") {
        Some(r) => r,
        None => return false,
    };
    let w = first_word(r);
    let aux = [&b"is"[..], b"was", b"has", b"had", b"got", b"are", b"were"];
    if !aux.iter().any(|a| w.eq_ignore_ascii_case(a)) {
        return false;
    }
    for _ in 0..2 {
        r = match r.get(w_len(r) + 1..) {
            Some(x) if at(r, w_len(r)) == b' ' => x,
            _ => return false,
        };
        let w = first_word(r);
        if USER_OUTCOMES.contains(w) || w.eq_ignore_ascii_case(b"locked") {
            return true;
        }
        let adverb = [
            &b"been"[..],
            b"temporarily",
            b"permanently",
            b"now",
            b"already",
            b"successfully",
            b"automatically",
        ];
        if !adverb.iter().any(|a| w.eq_ignore_ascii_case(a)) {
            return false;
        }
    }
    false
}

/// Words that `user` qualifies (`user session was closed`, `user account
/// is locked`): what the user has, not who the user is.
fn object_word(v: &[u8]) -> bool {
    const W: [&[u8]; 14] = [
        b"session",
        b"account",
        b"password",
        b"profile",
        b"object",
        b"record",
        b"entry",
        b"group",
        b"data",
        b"request",
        b"name",
        b"id",
        b"database",
        b"store",
    ];
    W.iter().any(|w| v.eq_ignore_ascii_case(w)) || cue(v)
}

/// The second word of a paired header (`username:domainname`).
fn header_word(v: &[u8]) -> bool {
    [
        &b"domainname"[..],
        b"domain",
        b"realm",
        b"group",
        b"groupname",
    ]
    .iter()
    .any(|w| v.eq_ignore_ascii_case(w))
}

fn w_len(r: &[u8]) -> usize {
    first_word(r).len()
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
    /// (and `SIP`, which is [`Keyword::Sip`]), or FreeSWITCH's `sofia`.
    Channel,
    /// `of` (strongSwan's `authentication of 'X'`).
    Of,
    /// `badge`, `card`, `kort`: a badge code follows.
    Badge,
    /// A word that names an access credential only in an access-control
    /// event (`Token` in Paxton Net2, `tag`, `Medium` in German systems):
    /// a badge code follows only where the text is such an event and the
    /// code is shaped like a card number ([`crate::detect::badge::token_card`]).
    Token,
    /// `Wiegand`: the card format, then the card (`Wiegand 26-bit 12:34567`).
    Wiegand,
    /// `mac` before a bare or Cisco-dotted MAC (`for mac 021A2B3C4D64`).
    Mac,
    /// `home` or `Users` in a path: `/home/alice/`, `C:\\Users\\alice\\`.
    Home,
    /// A word after which an account follows in running text of another
    /// language: Norwegian and Danish `tildelt X` (assigned to X), Finnish
    /// `tunnukselle X` (for the account X) and `tunnus X`.
    Assigned,
    /// `userpass`: HashiCorp Vault's auth method, whose logins are
    /// `auth/userpass/login/X` and whose display names are `userpass-X`.
    Userpass,
    /// Squid's hierarchy codes (`HIER_DIRECT`, `HIER_NONE`, `DIRECT`,
    /// `ORIGINAL_DST`): the access log's user column is right before them.
    SquidHier,
    /// `A`: Exim's `A=authenticator:id` field of an arrival line.
    EximAuth,
    /// The word for an account in other languages (`Konto`, `kontot`,
    /// `compte`, `cuenta`, `conta`, `konta`) and the last word of a
    /// localised Windows label (`Nom du compte :`, `Tilin nimi:`).
    AccountWord,
    /// Whoever works a system in its own audit trail: `Operator k.berg
    /// updated key of ...`, `operatör k.berg`, `operaattori kberg42`.
    Operator,
    /// The word for `by` in other languages (`av`, `af`, `von`, `par`,
    /// `por`, `door`, `przez`, `da`): an agent follows when a participle
    /// stands before it (`inmatat av kberg`, `geändert von mmeier`).
    ByWord,
    /// A Finnish participle whose agent follows it (`kirjannut kberg`,
    /// `muokannut anna.ek`).
    AgentVerb,
    /// A role noun of case-management and ticket systems of another
    /// language (`Handläggare`, `Saksbehandler`, `Sachbearbeiter`,
    /// `Behandelaar`, `Käsittelijä`, `opérateur`, `operador`): a login and a verb
    /// follow (`Handläggare kberg öppnade ärende`).
    Role,
    /// An English role noun (`caseworker`, `clerk`): only a
    /// value shaped like a login follows as its account.
    EnglishRole,
    /// An account tool (`passwd`, `usermod`, `userdel`, ...): on a command
    /// line its last operand is a login ([`super::command`]).
    AccountTool,
    /// `add` or `delete` first in shadow-utils' report of a group change
    /// (`add 'kberg' to group 'wheel'`): the quoted login
    /// ([`super::command::group_change`]).
    GroupChange,
    /// A route of a forge's repository pages (`src`, `pulls`, `blob`):
    /// in `/owner/repo/src/...` the owner is an account ([`repo_owner`]).
    RepoRoute,
    /// A path segment that routes to one user's page on a web site
    /// (`/user/kberg/inbox`, `/u/kberg`, `/profile/kberg`, `/people/kberg`,
    /// `/members/kberg`): the next segment is a login ([`profile_path`]).
    ProfileRoute,
    /// A calendar, contacts or WebDAV server's route to one user's
    /// collections (SOGo's `/SOGo/so/kberg/`, `/dav/kberg/`,
    /// `/calendars/kberg/`, `/addressbooks/kberg/`, `/principals/kberg/`):
    /// the next segment is a login ([`dav_owner`]).
    DavRoute,
    /// `owntracks` first in an OwnTracks topic or client id
    /// (`owntracks/<user>/<device>`): the next segment is the login the
    /// app publishes under ([`owntracks_user`]).
    OwnTracks,
    /// `ssh` starting a public key's type (`ssh-ed25519`, `ssh-rsa`): in
    /// Google Compute Engine's `ssh-keys` metadata a login and `:` stand
    /// before it ([`ssh_key_login`]).
    SshKey,
    /// A program tag whose messages start with the invoking account
    /// (`pkexec[4711]: kberg: Executing command ...`), or vsftpd's `[pid
    /// 4711] [kberg] OK UPLOAD:`: [`tagged_account`].
    TaggedAccount,
    /// FortiOS's `Administrator kberg logged in successfully from
    /// ssh(192.0.2.7)`: [`administrator`].
    Administrator,
    /// A staff role of care, dispatch and service desks as a key (`nurse=`,
    /// `doctor:`, `dispatcher=`, `Pflegekraft:`, `enfermera=`): its value,
    /// shaped like a login, is the member of staff's account
    /// ([`super::role::staff_value`]).
    Staff,
    /// `ROLE` in SQL DDL (`CREATE ROLE "kberg" LOGIN`, `ALTER ROLE kberg
    /// WITH PASSWORD`): the role after a DDL verb ([`sql_role`]).
    SqlRole,
}

/// The shapes of the keywords. In `first`, bit `len` is set if a keyword of
/// that length starts with the byte (either case): most words the scanner
/// meets are rejected with this one lookup. In `second`, row `f - b'a'`,
/// column `len`, bit `c - b'a'` is set if a keyword of that length starts
/// with the letters `f` and `c` (lower case): one more lookup that turns
/// away most of the words `first` lets through (`from`, `port`, `sshd`).
static KEYWORD_SHAPE: Shape = {
    const WORDS: [&[u8]; 252] = [
        b"u",
        b"so",
        b"dav",
        b"calendars",
        b"addressbooks",
        b"principals",
        b"git",
        b"ssh",
        b"pkexec",
        b"pid",
        b"administrator",
        b"profile",
        b"people",
        b"member",
        b"members",
        b"add",
        b"delete",
        b"src",
        b"raw",
        b"pulls",
        b"pull",
        b"issues",
        b"commit",
        b"commits",
        b"blob",
        b"tree",
        b"releases",
        b"wiki",
        b"branches",
        b"benutzers",
        b"hem",
        b"hjem",
        b"koti",
        b"profiles",
        b"mail",
        b"av",
        b"af",
        b"von",
        b"par",
        b"por",
        b"door",
        b"przez",
        b"da",
        b"kirjannut",
        b"muokannut",
        b"luonut",
        b"tallentanut",
        b"poistanut",
        b"badlogin",
        b"personal",
        b"operator",
        b"operaattori",
        b"bruger",
        b"brugeren",
        b"brukeren",
        b"nutzer",
        b"uzytkownik",
        b"uzytkownika",
        b"utilizador",
        b"konto",
        b"kontot",
        b"compte",
        b"cuenta",
        b"conta",
        b"konta",
        b"nimi",
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
        b"sofia",
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
        b"tildelt",
        b"tunnus",
        b"tunnukselle",
        b"userpass",
        b"hier_direct",
        b"hier_none",
        b"direct",
        b"original_dst",
        b"a",
        b"pts",
        b"files",
        b"handlaggare",
        b"saksbehandler",
        b"sagsbehandler",
        b"sachbearbeiter",
        b"bearbeiter",
        b"behandelaar",
        b"kasittelija",
        b"operador",
        b"caseworker",
        b"clerk",
        b"utilizatorul",
        b"utilizator",
        b"kasutaja",
        b"korisnik",
        b"uporabnik",
        b"kullanici",
        b"owntracks",
        b"pengguna",
        b"pouzivatel",
        b"perdoruesi",
        b"vartotojas",
        b"naudotojas",
        b"felhasznalo",
        b"lietotajs",
        b"uzivatel",
        b"passwd",
        b"usermod",
        b"userdel",
        b"useradd",
        b"chage",
        b"chsh",
        b"chfn",
        b"smbpasswd",
        b"pdbedit",
        b"sss_cache",
        b"gpasswd",
        // A card in the languages of access-control events (`Karte`,
        // `carte`, `tarjeta`, `tessera`, `kaart`, `pasje`, `karta`,
        // `kortti`) and a key fob.
        b"karte",
        b"karta",
        b"kaart",
        b"kortti",
        b"carte",
        b"tarjeta",
        b"tessera",
        b"pasje",
        b"fob",
        // A tag or key fob in Swedish, Norwegian and Danish (`bricka`,
        // `brickan`, `tagg`, `brikke`, `brik`), a transponder, the card
        // numbers' own words (`Kartennummer`, `Ausweisnummer`), the card
        // format (`Wiegand`); and the words that name a credential only in
        // an access event (`token`, `tag`, `medium`).
        b"bricka",
        b"brickan",
        b"tagg",
        b"brikke",
        b"brik",
        b"transponder",
        b"kartennummer",
        b"ausweisnummer",
        b"wiegand",
        b"token",
        b"tag",
        b"medium",
        // Staff roles as keys, in the languages of care and service desks.
        b"nurse",
        b"doctor",
        b"physician",
        b"clinician",
        b"midwife",
        b"therapist",
        b"pharmacist",
        b"dispatcher",
        b"cashier",
        b"teller",
        b"receptionist",
        b"technician",
        b"attendant",
        b"caregiver",
        b"carer",
        b"paramedic",
        b"dentist",
        b"surgeon",
        b"counselor",
        b"counsellor",
        b"sjukskoterska",
        b"ssk",
        b"lakare",
        b"barnmorska",
        b"sykepleier",
        b"lege",
        b"sygeplejerske",
        b"laege",
        b"hoitaja",
        b"sairaanhoitaja",
        b"laakari",
        b"pfleger",
        b"pflegerin",
        b"pflegekraft",
        b"arzt",
        b"aerztin",
        b"schwester",
        b"verpleegkundige",
        b"infirmier",
        b"infirmiere",
        b"medecin",
        b"enfermero",
        b"enfermera",
        b"enfermeiro",
        b"enfermeira",
        b"medico",
        b"infermiere",
        b"infermiera",
        b"pielegniarka",
        b"lekarz",
        b"apolo",
        b"orvos",
        b"arst",
        b"hemsire",
        b"doktor",
        b"disponent",
        b"role",
        b"operaator",
        b"operatorius",
        b"dyspozytor",
        b"dispecer",
        b"medewerker",
        b"bediener",
    ];
    let mut t = [0u16; 256];
    let mut second = [[0u32; 16]; 26];
    let mut k = 0;
    while k < WORDS.len() {
        let w = WORDS[k];
        t[w[0] as usize] |= 1 << w.len();
        t[w[0].to_ascii_uppercase() as usize] |= 1 << w.len();
        assert!(w[0].is_ascii_lowercase() && w.len() < 16);
        if w.len() > 1 {
            assert!(w[1].is_ascii_lowercase());
            second[(w[0] - b'a') as usize][w.len()] |= 1 << (w[1] - b'a');
        }
        k += 1;
    }
    Shape { first: t, second }
};

/// See [`KEYWORD_SHAPE`].
struct Shape {
    first: [u16; 256],
    second: [[u32; 16]; 26],
}

/// The word for a user written with non-ASCII letters (`användare`,
/// `Användaren`, `käyttäjä`, `usuário`, `Benutzer` is ASCII): read as
/// [`Keyword::User`] by the scanner's UTF-8 path.
pub(crate) fn utf8_user_word(w: &[u8]) -> bool {
    const W: [&str; 8] = [
        "användare",
        "användaren",
        "käyttäjä",
        "käyttäjän",
        "usuário",
        "brukeren",
        "użytkownik",
        "użytkownika",
    ];
    W.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes())) || other_script_user_word(w)
}

/// The word for a user in languages beyond the Nordic, Germanic and
/// Romance ones whose outcome words [`INTL_OUTCOMES`] lists: Turkish
/// (`Kullanıcı`), Czech and Slovak (`Uživatel`, `Používateľ`), Hungarian
/// (`Felhasználó`), Latvian (`Lietotājs`), and the languages of other
/// scripts: Russian and Ukrainian (`Пользователь`, `Користувач`), Greek
/// (`Χρήστης`), Arabic (`المستخدم`), Hebrew (`המשתמש`), Chinese (`用户`),
/// Japanese (`ユーザー`), Korean (`사용자`). Compared as written, in the
/// cases a sentence starts with and runs on in (no case folding outside
/// ASCII).
fn other_script_user_word(w: &[u8]) -> bool {
    const W: [&str; 37] = [
        "kullanıcı",
        "kullanıcısı",
        "përdoruesi",
        "používateľa",
        "lietotājam",
        "uživatel",
        "uživatele",
        "používateľ",
        "felhasználó",
        "lietotājs",
        "Пользователь",
        "пользователь",
        "Пользователя",
        "пользователя",
        "Користувач",
        "користувач",
        "Користувача",
        "користувача",
        "Корисник",
        "корисник",
        "Потребител",
        "потребител",
        "Χρήστης",
        "χρήστης",
        "χρήστη",
        "ΧΡΗΣΤΗΣ",
        "المستخدم",
        "للمستخدم",
        "مستخدم",
        "המשתמש",
        "משתמש",
        "用户",
        "用戶",
        "使用者",
        "ユーザー",
        "ユーザ",
        "사용자",
    ];
    w.len() >= 4 && W.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
}

/// The word for a user in Czech, Slovak, Polish, Latvian, Lithuanian,
/// Croatian, Slovenian, Albanian, Indonesian and Malay, Finnish, Hungarian
/// and Turkish, with or without its diacritics: languages whose sentences
/// about an account put the login right after the word.
fn far_user_word(w: &[u8]) -> bool {
    const W: [&str; 30] = [
        "uživatel",
        "uživatele",
        "uzivatel",
        "používateľ",
        "používateľa",
        "pouzivatel",
        "użytkownik",
        "użytkownika",
        "uzytkownik",
        "uzytkownika",
        "lietotājs",
        "lietotajs",
        "vartotojas",
        "naudotojas",
        "korisnik",
        "korisnika",
        "uporabnik",
        "përdoruesi",
        "perdoruesi",
        "pengguna",
        "käyttäjä",
        "käyttäjän",
        "kayttaja",
        "felhasználó",
        "felhasznalo",
        "kullanıcı",
        "kullanici",
        "kullanıcısı",
        "kasutaja",
        "utilizatorul",
    ];
    W.iter().any(|x| w.eq_ignore_ascii_case(x.as_bytes()))
}

/// Words that follow the word for a user in those languages when no login
/// is named: auxiliaries, negations, adverbs and the commonest verbs of an
/// account's events, written without diacritics as logs often do.
const LOCAL_WORDS: [&[u8]; 102] = [
    // Czech, Slovak
    b"byl",
    b"byla",
    b"bylo",
    b"bol",
    b"bola",
    b"je",
    b"jest",
    b"se",
    b"si",
    b"sa",
    b"nebyl",
    b"nebol",
    b"nema",
    b"ma",
    b"neni",
    b"nie",
    b"uspesne",
    b"zablokovan",
    b"prihlasen",
    b"odhlasen",
    b"zadal",
    b"nenalezen",
    b"neexistuje",
    b"s",
    b"z",
    b"v",
    // Polish
    b"zostal",
    b"zalogowany",
    b"wylogowany",
    b"zablokowany",
    b"sie",
    b"zalogowal",
    b"pomyslnie",
    // Croatian, Slovenian
    b"nije",
    b"uspjesno",
    b"prijavljen",
    b"odjavljen",
    b"blokiran",
    b"ne",
    b"uspesno",
    b"prijavil",
    b"ni",
    // Latvian, Lithuanian
    b"ir",
    b"nav",
    b"tika",
    b"veiksmigi",
    b"yra",
    b"nera",
    b"buvo",
    b"sekmingai",
    b"prisijunge",
    b"atsijunge",
    b"neegzistuoja",
    b"uzblokuotas",
    // Albanian
    b"u",
    b"nuk",
    b"eshte",
    b"ka",
    b"me",
    b"i",
    b"e",
    // Indonesian, Malay
    b"berhasil",
    b"gagal",
    b"tidak",
    b"telah",
    b"sudah",
    b"sedang",
    b"belum",
    b"dengan",
    b"yang",
    b"baru",
    b"login",
    b"masuk",
    b"keluar",
    b"dihapus",
    b"dibuat",
    b"diblokir",
    b"terkunci",
    b"tersebut",
    b"ini",
    b"itu",
    // Finnish, Estonian
    b"on",
    b"ei",
    b"oli",
    b"kirjautui",
    b"kirjautunut",
    b"lukittu",
    b"poistettu",
    b"luotu",
    // Hungarian
    b"sikeresen",
    // Turkish written without its dotless i and cedillas
    b"oturumu",
    b"oturum",
    b"hesabi",
    b"sifresi",
    b"basariyla",
    b"bulunamadi",
    b"girisi",
    b"sikertelen",
    b"nem",
    b"bejelentkezett",
    b"kijelentkezett",
    b"letiltva",
];

/// A login after [`far_user_word`]: lower-case ASCII letters, digits and
/// `._-`, a letter first, three bytes or more, no word of [`LOCAL_WORDS`]
/// and no function word of the languages [`INTL_OUTCOMES`] serves.
fn far_login(v: &[u8]) -> bool {
    v.len() >= 3
        && latin_login(v)
        && !v.iter().any(u8::is_ascii_uppercase)
        && !LOCAL_WORDS.contains(&v)
        && !function_word(v)
        && !USER_OUTCOMES.contains(v)
}

/// True if the word `w` is written in a script other than Latin (Greek,
/// Cyrillic, Hebrew, Arabic and everything after them: its first byte
/// starts a code point at U+0370 or above).
fn non_latin_word(w: &[u8]) -> bool {
    w.first().is_some_and(|&c| c >= 0xCD)
}

/// A login written in ASCII: letters, digits and `._-`, a letter first,
/// two to 64 bytes, not all digits after its first letter run (`ivanov`,
/// `a.petrova`, `zhang3`; not `HTTP/1.1` or `10.0.0.1`).
fn latin_login(v: &[u8]) -> bool {
    (2..=64).contains(&v.len())
        && v[0].is_ascii_alphabetic()
        && v.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-'))
}

/// True if `v` is a keyword that cannot be a value after another one
/// (`user account`, `for user`): the word for an account in other
/// languages (`Konto`, `compte`) may still be one (`user konto was
/// disabled`).
pub(super) fn cue(v: &[u8]) -> bool {
    keyword(v).is_some_and(|k| k != Keyword::AccountWord)
}

/// True if a keyword has `len` bytes and starts with `first`: the cheap
/// test before [`keyword`].
#[inline(always)]
pub(crate) fn may_be_keyword(first: u8, len: usize) -> bool {
    len < 16 && KEYWORD_SHAPE.first[usize::from(first)] & (1 << len) != 0
}

/// True if a keyword of `len` bytes starts with the letter `first` and
/// then `second` (either case), where [`may_be_keyword`] holds.
#[inline(always)]
fn second_letter_fits(first: u8, second: u8, len: usize) -> bool {
    // `| 0x20` folds a letter to lower case and moves every other byte
    // out of `a..=z`; `first` is a letter ([`may_be_keyword`]).
    let c = (second | 0x20).wrapping_sub(b'a');
    len == 1
        || (c < 26 && KEYWORD_SHAPE.second[usize::from((first | 0x20) - b'a')][len] & (1 << c) != 0)
}

/// The keyword a word is, compared case-insensitively.
#[inline]
pub(crate) fn keyword(w: &[u8]) -> Option<Keyword> {
    let f = *w.first()?;
    if !may_be_keyword(f, w.len()) || !second_letter_fits(f, at(w, 1), w.len()) {
        return None;
    }
    compare_keywords(w)
}

/// The keyword a word is, by comparing it with those of its length and
/// first letter.
#[inline]
fn compare_keywords(w: &[u8]) -> Option<Keyword> {
    use Keyword::*;
    let first = *w.first()? | 0x20;
    let is = |k: &[u8]| w.eq_ignore_ascii_case(k);
    let pick = |k: &[u8], kw: Keyword| is(k).then_some(kw);
    let kw = match (w.len(), first) {
        (2, b'b') => pick(b"by", By),
        (2, b'a') => pick(b"as", As)
            .or_else(|| pick(b"av", ByWord))
            .or_else(|| pick(b"af", ByWord)),
        (2, b'd') => pick(b"da", ByWord),
        (3, b'v') => pick(b"von", ByWord),
        (3, b'p') => pick(b"pts", Tty)
            .or_else(|| pick(b"pid", TaggedAccount))
            .or_else(|| pick(b"par", ByWord))
            .or_else(|| pick(b"por", ByWord)),
        (4, b'd') => pick(b"door", ByWord),
        (5, b'p') => pick(b"pjsip", Channel)
            .or_else(|| pick(b"pulls", RepoRoute))
            .or_else(|| pick(b"przez", ByWord))
            .or_else(|| pick(b"pasje", Badge)),
        (9, b'k') => pick(b"kirjannut", AgentVerb).or_else(|| pick(b"kullanici", User)),
        // German's genitive: `Anmeldung des Benutzers kberg an der
        // FRITZ!Box`, `Kennwort des Benutzers kberg geändert`.
        (9, b'b') => pick(b"benutzers", User),
        (9, b'm') => pick(b"muokannut", AgentVerb),
        (9, b'o') => pick(b"owntracks", OwnTracks).or_else(|| pick(b"operaator", Role)),
        (6, b'l') => pick(b"luonut", AgentVerb),
        (9, b'p') => pick(b"principal", Key).or_else(|| pick(b"poistanut", AgentVerb)),
        (2, b'o') => pick(b"of", Of),
        // CalDAV, CardDAV and WebDAV servers' per-user routes.
        (2, b's') => pick(b"so", DavRoute),
        (3, b'd') => pick(b"dav", DavRoute),
        (9, b'c') => pick(b"calendars", DavRoute),
        (12, b'a') => pick(b"account_name", Key).or_else(|| pick(b"addressbooks", DavRoute)),
        (10, b'p') => pick(b"passerkort", Badge)
            .or_else(|| pick(b"pouzivatel", User))
            .or_else(|| pick(b"perdoruesi", User))
            .or_else(|| pick(b"principals", DavRoute)),
        // A forge's repository pages: `/kberg/dotfiles/src/branch/main`.
        (3, b'r') => pick(b"raw", RepoRoute),
        (3, b'g') => pick(b"git", RepoRoute),
        (4, b'p') => pick(b"pull", RepoRoute),
        (4, b'b') => pick(b"blob", RepoRoute).or_else(|| pick(b"brik", Badge)),
        (4, b't') => pick(b"tree", RepoRoute).or_else(|| pick(b"tagg", Badge)),
        (4, b'w') => pick(b"wiki", RepoRoute),
        (7, b'c') => pick(b"commits", RepoRoute),
        (8, b'r') => pick(b"releases", RepoRoute),
        (3, b'u') => pick(b"uid", Key).or_else(|| pick(b"upn", Key)),
        (6, b'i') => pick(b"imeisv", Imei).or_else(|| pick(b"issues", RepoRoute)),
        (4, b'k') => pick(b"kort", Badge).or_else(|| pick(b"koti", Home)),
        // Per-user folders named in the local language on Nordic file
        // servers (`\\fs01\Hem\kberg`, `/hjem/kari`, `\\nas\koti\mvirtanen`).
        (4, b'h') => pick(b"home", Home).or_else(|| pick(b"hjem", Home)),
        (3, b'h') => pick(b"hem", Home),
        (8, b'p') => pick(b"personal", Home)
            .or_else(|| pick(b"profiles", Home))
            .or_else(|| pick(b"pengguna", User)),
        (4, b'm') => pick(b"mail", Home),
        (3, b'm') => pick(b"mac", Mac),
        (5, b'u') => pick(b"users", Home),
        (5, b'b') => pick(b"badge", Badge),
        (4, b'r') => pick(b"rfid", Badge).or_else(|| pick(b"role", SqlRole)),
        (7, b'b') => pick(b"brickan", Badge),
        (12, b'k') => pick(b"kartennummer", Badge),
        (13, b'a') => {
            pick(b"ausweisnummer", Badge).or_else(|| pick(b"administrator", Administrator))
        }
        (7, b'w') => pick(b"wiegand", Wiegand),
        (5, b't') => pick(b"token", Token),
        (3, b't') => pick(b"tag", Token).or_else(|| pick(b"tty", Tty)),
        (10, b'k') => pick(b"kortnummer", Badge),
        // The word for a user written without its diacritics in
        // Lithuanian, Czech, Hungarian and Latvian (`Vartotojas X`,
        // `Uzivatel X`, `Felhasznalo X`, `Lietotajs X`).
        (10, b'v') => pick(b"vartotojas", User),
        (10, b'n') => pick(b"naudotojas", User),
        (11, b'f') => pick(b"felhasznalo", User),
        (9, b'l') => pick(b"lietotajs", User),
        (7, b'a') => pick(b"ausweis", Badge).or_else(|| pick(b"account", Key)),
        (5, b'o') => pick(b"owner", Key),
        (5, b'a') => pick(b"actor", Key),
        (8, b'i') => pick(b"identity", Key),
        (3, b'f') => pick(b"for", For).or_else(|| pick(b"fob", Badge)),
        (5, b'f') => pick(b"files", Home),
        (3, b's') => pick(b"sip", Sip)
            .or_else(|| pick(b"src", RepoRoute))
            .or_else(|| pick(b"ssh", SshKey)),
        (4, b'u') => pick(b"user", User),
        // The word for a user in other languages: `Benutzer k.berg`,
        // `utilisateur k.berg`, `användaren` written without its dots.
        (8, b'b') => pick(b"benutzer", User)
            .or_else(|| pick(b"branches", RepoRoute))
            .or_else(|| pick(b"brugeren", User))
            .or_else(|| pick(b"brukeren", User))
            .or_else(|| pick(b"badlogin", Key))
            .or_else(|| pick(b"bediener", Role)),
        (11, b'u') => pick(b"utilisateur", User).or_else(|| pick(b"uzytkownika", User)),
        (7, b'u') => pick(b"usuario", User)
            .or_else(|| pick(b"usermod", AccountTool))
            .or_else(|| pick(b"userdel", AccountTool))
            .or_else(|| pick(b"useradd", AccountTool)),
        (6, b'p') => pick(b"passwd", AccountTool)
            .or_else(|| pick(b"people", ProfileRoute))
            .or_else(|| pick(b"pkexec", TaggedAccount)),
        (1, b'u') => pick(b"u", ProfileRoute).filter(|_| w[0] == b'u'),
        (6, b'm') => pick(b"medium", Token).or_else(|| pick(b"member", ProfileRoute)),
        (7, b'm') => pick(b"members", ProfileRoute),
        (7, b'g') => pick(b"gpasswd", AccountTool),
        (7, b'p') => pick(b"pdbedit", AccountTool).or_else(|| pick(b"profile", ProfileRoute)),
        (9, b's') => pick(b"smbpasswd", AccountTool).or_else(|| pick(b"sss_cache", AccountTool)),
        (5, b'c') => pick(b"conta", AccountWord)
            .or_else(|| pick(b"clerk", EnglishRole))
            .or_else(|| pick(b"carte", Badge))
            .or_else(|| pick(b"chage", AccountTool)),
        (4, b'c') => pick(b"card", Badge)
            .or_else(|| pick(b"chsh", AccountTool))
            .or_else(|| pick(b"chfn", AccountTool)),
        (9, b'g') => pick(b"gebruiker", User),
        (6, b'b') => pick(b"bruker", User)
            .or_else(|| pick(b"bruger", User))
            .or_else(|| pick(b"bricka", Badge))
            .or_else(|| pick(b"brikke", Badge)),
        (6, b'n') => pick(b"nutzer", User),
        (10, b'u') => pick(b"uzytkownik", User)
            .or_else(|| pick(b"utilizador", User))
            .or_else(|| pick(b"utilizator", User)),
        // Romanian, Estonian, the South Slavic languages, Turkish without
        // its dotless i: `Utilizatorul X s-a autentificat`, `Kasutaja X
        // logis sisse`, `Korisnik X se prijavio`.
        (12, b'u') => pick(b"utilizatorul", User),
        (8, b'k') => pick(b"kayttaja", User)
            .or_else(|| pick(b"kasutaja", User))
            .or_else(|| pick(b"korisnik", User)),
        (9, b'u') => pick(b"user_name", Key).or_else(|| pick(b"uporabnik", User)),
        (5, b'k') => pick(b"konto", AccountWord)
            .or_else(|| pick(b"konta", AccountWord))
            .or_else(|| pick(b"karte", Badge))
            .or_else(|| pick(b"karta", Badge))
            .or_else(|| pick(b"kaart", Badge)),
        (6, b'k') => pick(b"kontot", AccountWord).or_else(|| pick(b"kortti", Badge)),
        (6, b'c') => pick(b"compte", AccountWord)
            .or_else(|| pick(b"cuenta", AccountWord))
            .or_else(|| pick(b"commit", RepoRoute)),
        (4, b'n') => pick(b"nimi", AccountWord),
        (6, b'u') => pick(b"utente", User).or_else(|| pick(b"userid", Key)),
        (9, b'a') => pick(b"anvandare", User),
        (10, b'a') => pick(b"anvandaren", User),
        (7, b't') => pick(b"tildelt", Assigned)
            .or_else(|| pick(b"tarjeta", Badge))
            .or_else(|| pick(b"tessera", Badge)),
        (1, b'a') => pick(b"A", EximAuth).filter(|_| w[0] == b'A'),
        (11, b'h') => pick(b"hier_direct", SquidHier).or_else(|| pick(b"handlaggare", Role)),
        (13, b's') => pick(b"sasl_username", Key)
            .or_else(|| pick(b"saksbehandler", Role))
            .or_else(|| pick(b"sagsbehandler", Role)),
        (14, b's') => pick(b"sachbearbeiter", Role),
        (10, b'b') => pick(b"bearbeiter", Role),
        (11, b'b') => pick(b"behandelaar", Role),
        (11, b'k') => pick(b"kasittelija", Role),
        (10, b'c') => pick(b"credential", Badge).or_else(|| pick(b"caseworker", EnglishRole)),
        (8, b'o') => pick(b"operator", Operator).or_else(|| pick(b"operador", Role)),
        // Estonian (above, `operaator kberg: helistati`), Finnish and
        // Lithuanian: `operaattori kberg soitti`, `operatorius kberg
        // paskambino`.
        (11, b'o') => pick(b"operaattori", Role).or_else(|| pick(b"operatorius", Role)),
        // Polish and Czech dispatchers, Dutch staff.
        (10, b'd') => pick(b"dyspozytor", Role),
        (8, b'd') => pick(b"dispecer", Role),
        (10, b'm') => pick(b"medewerker", Role),
        (9, b'h') => pick(b"hier_none", SquidHier),
        (6, b'd') => pick(b"direct", SquidHier).or_else(|| pick(b"delete", GroupChange)),
        (3, b'a') => pick(b"add", GroupChange),
        (12, b'o') => pick(b"original_dst", SquidHier),
        (6, b't') => pick(b"tunnus", Assigned),
        (11, b't') => pick(b"tunnukselle", Assigned)
            .or_else(|| pick(b"tallentanut", AgentVerb))
            .or_else(|| pick(b"transponder", Badge)),
        (4, b'a') => pick(b"acct", Key),
        (4, b's') => pick(b"sudo", Sudo).or_else(|| pick(b"sips", Sip)),
        (4, b'i') => pick(b"imsi", Imsi)
            .or_else(|| pick(b"imei", Imei))
            .or_else(|| pick(b"iax2", Channel)),
        (5, b'r') => pick(b"ruser", Key),
        (5, b'l') => pick(b"login", Key).or_else(|| pick(b"local", Channel)),
        (5, b's') => pick(b"suser", Key).or_else(|| pick(b"sofia", Channel)),
        (5, b'd') => pick(b"duser", Key).or_else(|| pick(b"dahdi", Channel)),
        (7, b'l') => pick(b"logname", Key),
        (8, b'u') => pick(b"username", Key)
            .or_else(|| pick(b"userpass", Userpass))
            .or_else(|| pick(b"uzivatel", User)),
        _ => None,
    };
    kw.or_else(|| staff_word(w))
}

/// Staff roles as keys ([`Keyword::Staff`]), compared case-insensitively
/// with those of the word's length and first letter: read after the
/// table above, which holds no word of theirs.
#[inline]
fn staff_word(w: &[u8]) -> Option<Keyword> {
    let first = *w.first()? | 0x20;
    let is = |k: &[u8]| w.eq_ignore_ascii_case(k);
    let staff = match (w.len(), first) {
        (3, b's') => is(b"ssk"),
        (4, b'a') => is(b"arzt") || is(b"arst"),
        (4, b'l') => is(b"lege"),
        (5, b'a') => is(b"apolo"),
        (5, b'c') => is(b"carer"),
        (5, b'l') => is(b"laege"),
        (5, b'n') => is(b"nurse"),
        (5, b'o') => is(b"orvos"),
        (6, b'd') => is(b"doctor") || is(b"doktor"),
        (6, b'l') => is(b"lakare") || is(b"lekarz"),
        (6, b'm') => is(b"medico"),
        (6, b't') => is(b"teller"),
        (7, b'a') => is(b"aerztin"),
        (7, b'c') => is(b"cashier"),
        (7, b'd') => is(b"dentist"),
        (7, b'h') => is(b"hoitaja") || is(b"hemsire"),
        (7, b'l') => is(b"laakari"),
        (7, b'm') => is(b"midwife") || is(b"medecin"),
        (7, b'p') => is(b"pfleger"),
        (7, b's') => is(b"surgeon"),
        (9, b'a') => is(b"attendant"),
        (9, b'c') => is(b"clinician") || is(b"caregiver") || is(b"counselor"),
        (9, b'd') => is(b"disponent"),
        (9, b'e') => is(b"enfermero") || is(b"enfermera"),
        (9, b'i') => is(b"infirmier"),
        (9, b'p') => is(b"physician") || is(b"paramedic") || is(b"pflegerin"),
        (9, b's') => is(b"schwester"),
        (9, b't') => is(b"therapist"),
        (10, b'b') => is(b"barnmorska"),
        (10, b'c') => is(b"counsellor"),
        (10, b'd') => is(b"dispatcher"),
        (10, b'e') => is(b"enfermeiro") || is(b"enfermeira"),
        (10, b'i') => is(b"infirmiere") || is(b"infermiere") || is(b"infermiera"),
        (10, b'p') => is(b"pharmacist"),
        (10, b's') => is(b"sykepleier"),
        (10, b't') => is(b"technician"),
        (11, b'p') => is(b"pflegekraft"),
        (12, b'p') => is(b"pielegniarka"),
        (12, b'r') => is(b"receptionist"),
        (13, b's') => is(b"sjukskoterska") || is(b"sygeplejerske"),
        (14, b's') => is(b"sairaanhoitaja"),
        (15, b'v') => is(b"verpleegkundige"),
        _ => false,
    };
    staff.then_some(Keyword::Staff)
}

/// An account name introduced by the word `b[i..j]`, which is `kw`.
pub(crate) fn at_keyword(b: &[u8], i: usize, j: usize, kw: Keyword) -> Option<(usize, usize)> {
    let found = keyword_account(b, i, j, kw)?;
    // German's genitive `des Benutzers` is as often a service's login
    // (`sa_veeam`, `svc-backup`) as a person's, and a sentence goes on
    // after it with a preposition or an article (`Anmeldung des Benutzers
    // an der Oberfläche`): those stay.
    if kw == Keyword::User && j - i == 9 {
        const GERMAN: [&[u8]; 12] = [
            b"an", b"auf", b"von", b"der", b"die", b"das", b"den", b"dem", b"mit", b"ist",
            b"wurde", b"konnte",
        ];
        let v = &b[found.0..found.1];
        if service_like(v) || GERMAN.iter().any(|w| v.eq_ignore_ascii_case(w)) {
            return None;
        }
    }
    Some(found)
}

/// [`at_keyword`] before its last check.
fn keyword_account(b: &[u8], i: usize, j: usize, kw: Keyword) -> Option<(usize, usize)> {
    let nx = at(b, j);
    if kw == Keyword::Home {
        return home_dir(b, i, j);
    }
    if kw == Keyword::Userpass {
        return vault_userpass(b, j);
    }
    if kw == Keyword::AccountTool {
        return super::command::tool_operand(b, i, j);
    }
    if kw == Keyword::GroupChange {
        return super::command::group_change(b, i, j);
    }
    if kw == Keyword::RepoRoute {
        return repo_owner(b, i, j);
    }
    if kw == Keyword::ProfileRoute && nx == b'\'' {
        return mqtt_login(b, i, j);
    }
    if kw == Keyword::OwnTracks {
        return owntracks_user(b, i, j);
    }
    if kw == Keyword::ProfileRoute {
        return profile_path(b, i, j);
    }
    if kw == Keyword::DavRoute {
        return dav_owner(b, i, j);
    }
    if kw == Keyword::SshKey {
        return ssh_key_login(b, i, j);
    }
    if kw == Keyword::TaggedAccount {
        return tagged_account(b, i, j);
    }
    if kw == Keyword::Administrator {
        return administrator(b, j);
    }
    if kw == Keyword::SqlRole {
        return sql_role(b, i, j);
    }
    if kw == Keyword::User && sql_verb(prev_word(b, i)) {
        if let Some(r) = sql_role(b, i, j) {
            return Some(r);
        }
    }
    if kw == Keyword::SquidHier {
        return squid_user(b, i, j);
    }
    if kw == Keyword::EximAuth {
        return exim_auth(b, i, j);
    }
    if kw == Keyword::Assigned {
        // `Sak tildelt k.berg`, `salasana nollattu tunnukselle kberg`.
        let (s, e, after) = take(b, j + 1).filter(|_| nx == b' ')?;
        let v = &b[s..e];
        let ends = matches!(at(b, after), 0 | b' ' | b',' | b'.' | b';' | b'\n');
        return (ends && plausible(v) && !cue(v) && !v.iter().all(u8::is_ascii_digit))
            .then_some((s, e));
    }
    if kw == Keyword::AccountWord {
        return account_word(b, i, j);
    }
    if kw == Keyword::Operator {
        return operator_account(b, i, j);
    }
    // `nurse=kberg`, `Handläggare: k.berg`, `clerk="jdoe"`: a role as a
    // key names the member of staff by account.
    if matches!(kw, Keyword::Staff | Keyword::Role | Keyword::EnglishRole)
        && matches!(nx, b'=' | b':' | b'"')
    {
        return super::role::staff_value(b, j);
    }
    if kw == Keyword::Staff {
        return super::role::staff_in_text(b, i, j);
    }
    if kw == Keyword::Role || kw == Keyword::EnglishRole {
        return super::role::role_account(b, i, j, kw == Keyword::EnglishRole);
    }
    if kw == Keyword::ByWord {
        return agent_after(b, i, j);
    }
    if kw == Keyword::AgentVerb {
        return agent_participle(b, j);
    }
    // PowerShell's `Get-ADUser -Identity alice`, `-Identity "alice"`: a
    // cmdlet parameter that names the account.
    if kw == Keyword::Key
        && nx == b' '
        && i > 0
        && b[i - 1] == b'-'
        && b[i..j].eq_ignore_ascii_case(b"identity")
    {
        let (s, e, _) = take(b, j + 1)?;
        return plausible(&b[s..e]).then_some((s, e));
    }
    // An AWS ARN's IAM user (`arn:aws:iam::123456789012:user/ops/k.berg`):
    // the last segment of the resource path.
    if kw == Keyword::User && nx == b'/' && i > 0 && b[i - 1] == b':' && &b[i..j] == b"user" {
        let mut s = j + 1;
        let mut e = s;
        while e < b.len() && (user_byte(b[e]) || b[e] >= 0x80 || b[e] == b'/') && e - s <= MAX_LEN {
            if b[e] == b'/' {
                s = e + 1;
            }
            e += 1;
        }
        let v = &b[s..e];
        return (!v.is_empty() && plausible(v)).then_some((s, e));
    }
    if kw == Keyword::User && matches!(nx, b'.' | b'/') && &b[i..j] == b"user" {
        if let Some(v) = mailbox_user(b, i, j) {
            return Some(v);
        }
        if nx == b'/' {
            if let Some(v) = hdfs_user(b, i, j).or_else(|| profile_path(b, i, j)) {
                return Some(v);
            }
        }
    }
    // A variable or attribute named by an account key, quoted, then the
    // value it was set to: F5 APM's `Session variable
    // 'session.logon.last.username' set to 'kberg'`, `attribute 'user'
    // set to "anna.ek"`.
    if matches!(kw, Keyword::User | Keyword::Key) && matches!(nx, b'\'' | b'"') {
        if let Some(r) = b.get(j + 1..).filter(|r| r.starts_with(b" set to ")) {
            let k = j + 1 + 8;
            if matches!(r.get(8), Some(b'\'' | b'"')) {
                let (s, e, _) = take(b, k)?;
                let v = &b[s..e];
                return (plausible(v) && !service_like(v) && !cue(v))
                    .then(|| without_domain(b, s, e));
            }
        }
    }
    // `;user=phone` is a SIP URI parameter, not an account; `;USER:alice;`
    // in a `KEY:value;` list (Huawei WLAN, many appliances) is one.
    let uri_param = i > 0 && b[i - 1] == b';' && nx != b':';
    if kw == Keyword::Key && nx == b':' && &b[i..j] == b"LOGIN" {
        return ftp_login(b, i);
    }
    if kw == Keyword::Key && nx == b':' {
        let bad = b[i..j].eq_ignore_ascii_case(b"badlogin");
        if bad || b[i..j].eq_ignore_ascii_case(b"login") {
            // A program tag (Dovecot's `imap-login:`, `pop3-login:`,
            // `submission-login:`): what follows is its message
            // (`Disconnected (auth failed, ...)`), not a value.
            if !bad && i > 0 && b[i - 1] == b'-' && at(b, j + 1) == b' ' {
                return None;
            }
            if let Some(r) = host_addr_login(b, j, bad) {
                return r;
            }
        }
    }
    if matches!(kw, Keyword::User | Keyword::Key) && !uri_param {
        if let Some(r) = value_start(b, j).and_then(|k| turn_rest_user(b, k)) {
            return Some(r);
        }
        if let Some(k) = value_start(b, j) {
            if let Some((s, e, after)) = take(b, k) {
                // A paired header, `username:domainname alice:EXAMPLE`
                // (NetScaler): the label's parts name the value's parts.
                if nx == b':' && k == j + 1 && at(b, after) == b' ' && header_word(&b[s..e]) {
                    let ts = after + 1;
                    let te = ts
                        + b[ts..]
                            .iter()
                            .take(MAX_LEN * 2)
                            .position(|&c| matches!(c, b' ' | b'\t' | b',' | b';'))
                            .unwrap_or(b.len() - ts);
                    let colon = memchr::memchr(b':', &b[ts..te])?;
                    let (us, ue) = (ts, ts + colon);
                    return (ue > us && plausible(&b[us..ue])).then_some((us, ue));
                }
                // Windows event text `User: Security ID: CORP\\alice`: the
                // value is the next field's label, not an account (a quoted
                // value, MySQL's `user: 'alice' host: 'h'`, is a value).
                // A `key=value` after it (`username=x MAC=aa:bb:...`,
                // `user=x time=10:00:00`) is no label: its value's colon
                // ends no word of a label.
                if at(b, after) == b' ' && !matches!(at(b, k), b'\'' | b'"') {
                    let w = first_word(&b[after + 1..]);
                    if at(b, after + 1 + w.len()) == b':'
                        && w.len() <= 8
                        && !w.is_empty()
                        && !w.contains(&b'=')
                    {
                        return None;
                    }
                }
                // `Failed Login: username=alice`: the value is the next
                // key, read on its own.
                if at(b, after) == b'=' {
                    return None;
                }
                // imapd's `login: host.example.se [192.0.2.7] alice`: a host.
                let v = &b[s..e];
                let dots = v.iter().filter(|&&c| c == b'.').count();
                if dots >= 2 && !v.contains(&b'@') && hostname_like(v) {
                    return None;
                }
                return Some(without_domain(b, s, e));
            }
            // `user:"Bahram Hosseini (bahramhosseini)"`, `src_user_name:
            // "Niloufar Karimi (NKARIMI)"`: the login in brackets at the
            // end of a quoted display value.
            if let Some(r) = login_in_display(b, k) {
                return Some(r);
            }
        }
        // `user 'alice'`, `username "alice"`, `User <alice> IP <...>`,
        // `identity 'alice@example.com'`: a quoted value after a space.
        if nx == b' ' && matches!(at(b, j + 1), b'\'' | b'"' | b'<') {
            if let Some((s, e, _)) = take(b, j + 1) {
                return Some((s, e));
            }
        }
        // `user [alice]`, `user [alice@Firebox-DB]`: a bracketed value,
        // without the authentication server or realm after its `@`.
        if nx == b' ' && at(b, j + 1) == b'[' {
            let s = j + 2;
            let mut e = name_end(b, s, false)?;
            if let Some(a) = memchr::memchr(b'@', &b[s..e]) {
                e = s + a;
            }
            // Samba's `user [DOM]\[alice]` is the domain, read at the `\`.
            let close = matches!(at(b, e), b']' | b'@') && at(b, e + 1) != b'\\';
            return (close && plausible(&b[s..e]) && !cue(&b[s..e])).then_some((s, e));
        }
    }
    // PacketFence, FreeRADIUS and NAC text: `Authentication succeeded for
    // username js7343 on source AD`, `username a.ek`: the label that names
    // the account itself, then a value shaped like one.
    if kw == Keyword::Key
        && nx == b' '
        && (b[i..j].eq_ignore_ascii_case(b"username") || b[i..j].eq_ignore_ascii_case(b"userid"))
    {
        // `for user with username input 'x'` (Authelia), `invalid username
        // supplied "x"`, `username provided: 'x'`: a word that says where
        // the value came from, then the value quoted.
        // Cisco WLC's `Username entry (kberg) created for mobile`,
        // `Username (kberg) logged in`: the value in brackets.
        let w = first_word(&b[j + 1..]);
        let source = SOURCE_WORDS.iter().any(|x| w.eq_ignore_ascii_case(x));
        let mut k = if source { j + 1 + w.len() } else { j };
        if source && at(b, k) == b':' {
            k += 1;
        }
        if at(b, k) == b' ' && (source || at(b, k + 1) == b'(') {
            let q = at(b, k + 1);
            if matches!(q, b'\'' | b'"') {
                let (s, e, _) = take(b, k + 1)?;
                let v = &b[s..e];
                return (plausible(v) && !cue(v)).then_some((s, e));
            }
            if q == b'(' {
                let s = k + 2;
                let e = name_end(b, s, false)?;
                let v = &b[s..e];
                let ok =
                    e > s + 1 && at(b, e) == b')' && plausible(v) && !cue(v) && !function_word(v);
                return ok.then_some((s, e));
            }
        }
        let (s, e, after) = take(b, j + 1)?;
        let v = &b[s..e];
        let shaped = handle_shaped(v) || account_digits(v);
        // `Authentication succeeded for username sakerlund on source AD`:
        // after an outcome and `for`, a plain lower-case login before the
        // next phrase.
        let plain = prev_word(b, i).eq_ignore_ascii_case(b"for")
            && auth_context(b, i)
            && v.iter().all(u8::is_ascii_lowercase)
            && (b[after..].starts_with(b" on ")
                || b[after..].starts_with(b" from ")
                || b[after..].starts_with(b" via ")
                || b[after..].starts_with(b" (")
                || matches!(at(b, after), 0 | b',' | b';' | b'\n'))
            && !USER_OUTCOMES.contains(v);
        // xrdp-sesman's `created session (access granted): username kberg,
        // ip 192.0.2.7:50123`: the value, then the next label of a list.
        let listed = b[after..].starts_with(b", ") && {
            let w = first_word(&b[after + 2..]);
            (1..=10).contains(&w.len())
                && w.iter().all(u8::is_ascii_lowercase)
                && matches!(at(b, after + 2 + w.len()), b' ' | b':' | b'=')
        };
        let command = account_command_tail(v, &b[after..]);
        return ((shaped || plain || listed || command)
            && plausible(v)
            && !cue(v)
            && !function_word(v))
        .then_some((s, e));
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
            && !cue(v)
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
                // Cisco WLC `User name kjell.ax created for mobile`: the
                // two-word cue `User name`, then the account.
                let w = first_word(&b[j + 1..]);
                if w.eq_ignore_ascii_case(b"name") && at(b, j + 5) == b' ' {
                    // Huawei VRP and others: `VTY login from 192.0.2.7
                    // succeed, user name is kberg`.
                    if b[j + 6..].starts_with(b"is ") {
                        let (s, e, after) = take(b, j + 9)?;
                        let v = &b[s..e];
                        let ends =
                            matches!(at(b, after), 0 | b',' | b'.' | b';' | b')' | b' ' | b'"');
                        return (ends && plausible(v) && !cue(v) && !function_word(v))
                            .then_some((s, e));
                    }
                    let (s, e, after) = take(b, j + 6)?;
                    let next = first_word(b.get(after + 1..).unwrap_or(&[]));
                    let done = [
                        &b"created"[..],
                        b"deleted",
                        b"added",
                        b"removed",
                        b"changed",
                    ]
                    .iter()
                    .any(|d| next.eq_ignore_ascii_case(d));
                    let ok = at(b, after) == b' '
                        && (done || USER_OUTCOMES.contains(next))
                        && !cue(&b[s..e]);
                    return ok.then_some((s, e));
                }
                // `pour l'utilisateur « alice »`: French quotation marks.
                if b[j + 1..].starts_with("« ".as_bytes()) {
                    let s = j + 4;
                    let e = name_end(b, s, false)?;
                    let ok = b[e..].starts_with(" »".as_bytes());
                    return (ok && plausible(&b[s..e]) && !cue(&b[s..e])).then_some((s, e));
                }
                let (s, e, after) = take(b, j + 1)?;
                let rest = &b[after..];
                let weak = ((rest.is_empty() || code_location_tail(rest))
                    && !USER_OUTCOMES.contains(&b[s..e]))
                    || (aux_outcome(rest) && !object_word(&b[s..e]))
                    // `Användare aikaterinim (Αικατερίνη Μαυρίδης)`, `user
                    // k.berg (Karin Berg)`: the holder's name in brackets.
                    || (rest.starts_with(b" (")
                        && (at(b, after + 2).is_ascii_uppercase() || at(b, after + 2) >= 0x80))
                    // `Sending an email to user kberg (kberg@example.se)`,
                    // `user kberg <k.berg@example.se>`: the holder's mail.
                    || mail_in_brackets(b, after)
                    || rest.starts_with(b" from ")
                    || rest.starts_with(b" by ")
                    // Switches' and routers' AAA events: `User kberg is
                    // trying to login from 192.0.2.7` and `Permit Command:
                    // user kberg command show run.` (ArubaOS-Switch),
                    // `session closed by user kberg on host 192.0.2.7`
                    // (Extreme VOSS), `user kberg failed to log in`
                    // (not `user interface failed to start`).
                    || (ATTEMPT_TAILS.iter().any(|t| rest.starts_with(t))
                        && !object_word(&b[s..e])
                        && !cue(&b[s..e]))
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
                // Huawei VRP's AAA command `local-user kberg password
                // irreversible-cipher ...` (`undo local-user kberg`), echoed
                // in its command records.
                let local = b[..i].ends_with(b"local-")
                    // Junos: `set system login user kberg class super-user`,
                    // `delete system login user kberg`.
                    || b[..i].ends_with(b"system login ")
                    || account_command_tail(&b[s..e], rest);
                // The genitive `des Benutzers kberg` (FRITZ!OS, German
                // audit trails): the article says whose, a plain
                // lower-case login follows
                // (German words and service logins are dropped in
                // [`at_keyword`]).
                let genitive = GENITIVE_LEADS
                    .iter()
                    .any(|w| prev_word(b, i).eq_ignore_ascii_case(w))
                    && b[s..e].iter().all(|&c| {
                        c.is_ascii_lowercase() || is_digit(c) || matches!(c, b'.' | b'_' | b'-')
                    })
                    && !cue(&b[s..e])
                    && !function_word(&b[s..e])
                    && !USER_OUTCOMES.contains(&b[s..e]);
                let ok = weak
                    || httpd
                    || ftp
                    || local
                    || genitive
                    || USER_LEADS.contains(prev_word(b, i))
                    || handle_shaped(&b[s..e])
                    || account_digits(&b[s..e]);
                if ok {
                    return Some((s, e));
                }
                // `Benutzer alice hat sich angemeldet`, `Gebruiker alice is
                // ingelogd`: an outcome of another language a few words on.
                if intl_outcome_near(rest)
                    && !cue(&b[s..e])
                    && !function_word(&b[s..e])
                    && !LOCAL_WORDS.contains(&&b[s..e])
                {
                    return Some((s, e));
                }
                // `Пользователь ivanov вошёл в систему`, `تم تسجيل دخول
                // المستخدم provo من العنوان`, `用户 zhangsan 登录成功`: after
                // the word for a user in another script, a word in Latin
                // letters is the account (the sentence's own words are in
                // its script; the login is what the directory holds).
                if non_latin_word(&b[i..j]) && latin_login(&b[s..e]) && !cue(&b[s..e]) {
                    return Some((s, e));
                }
                // `Uživatel jnovak hlásí ...`, `Pengguna bsantoso tidak
                // bisa masuk`, `Korisnik ihorvat je zaključan`: after the
                // word for a user in a language whose own words are mostly
                // written with diacritics or whose auxiliaries are listed
                // ([`LOCAL_WORDS`]), a lower-case ASCII word is the login.
                if far_user_word(&b[i..j]) && far_login(&b[s..e]) && !cue(&b[s..e]) {
                    return Some((s, e));
                }
                return local_lead(b, i).then_some((s, e));
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
                    // Roundcube's userlogins log: `Successful login for
                    // alice (ID: 1625) from 192.0.2.7 in session ...`.
                    || id_then_from(b, after)
                    // Pulse Secure and Ivanti Connect Secure name the realm:
                    // `Primary authentication successful for alice/Users
                    // from 192.0.2.7`, `Failed for alice/Staff from ...`.
                    || (rest.first() == Some(&b'/') && realm_from(rest))
                    // `login query for 'alice'`: quoted, after an auth word.
                    || (quoted && auth_context(b, i) && plausible(&b[s..e]))
                    || (rest.starts_with(b" [") && ip_at(b, after + 2) && !hostname_like(&b[s..e]))
                    || AUTH_WORDS.contains(prev_word(b, i))
                    || (rest.starts_with(b":") && name_handle(&b[s..e]))
                    // login(1): `FAILED LOGIN 1 FROM tty1 FOR alice, ...`.
                    || (&b[i..j] == b"FOR" && rest.starts_with(b", "))
                    // `Login failed for k.berg`, `access denied for anna_ek`.
                    || (handle_shaped(&b[s..e]) && auth_context(b, i));
                if ok {
                    return Some((s, e));
                }
                // `password reset for jdoe`, `passord tilbakestilt for kari`:
                // read last, as the commonest sentences with `for` (sshd's
                // `Failed password for x from`) are taken above.
                return super::credential::credential_for(b, i, j);
            }
            Keyword::By => {
                // `added to access group "Night" by operator k.berg`
                // (Gallagher): the role word, then the account.
                let w = first_word(&b[j + 1..]);
                let role = [&b"operator"[..], b"administrator", b"admin", b"agent"]
                    .iter()
                    .any(|r| w.eq_ignore_ascii_case(r));
                let after = j + 1 + w.len();
                if role && at(b, after) == b' ' {
                    let (s2, e2, a2) = take(b, after + 1)?;
                    let v = &b[s2..e2];
                    let ends = matches!(at(b, a2), 0 | b' ' | b',' | b'.' | b';' | b')');
                    if ends && plausible(v) && !cue(v) {
                        return Some((s2, e2));
                    }
                    return None;
                }
                let (s, e, after) = take(b, j + 1)?;
                let v = &b[s..e];
                let rest = &b[after..];
                // Cisco IOS `Configured from console by alice on vty0
                // (192.0.2.7)`: `by vty0` names a line, not an account.
                let line = |r: &[u8]| {
                    [&b"vty"[..], b"console", b"tty", b"aux"]
                        .iter()
                        .any(|w| r.len() >= w.len() && r[..w.len()].eq_ignore_ascii_case(w))
                };
                // NX-OS and IOS XR write the line the change came in on
                // before `by`, and the session after `on` as an address
                // or a pseudo-terminal (`Configured from vty by alice on
                // 192.0.2.7@pts/3`): `from <line> by <account> on`.
                let pw = prev_word(b, i);
                let from_line = !pw.is_empty()
                    && line(pw)
                    && prev_word(b, i - pw.len() - 1).eq_ignore_ascii_case(b"from");
                let ios = rest.starts_with(b" on ") && (line(&rest[4..]) || from_line) && !line(v);
                // A note's author: `INC123 note by k.berg: called back`.
                let pw = prev_word(b, i);
                let note = rest.starts_with(b": ")
                    && [
                        &b"note"[..],
                        b"comment",
                        b"notes",
                        b"anteckning",
                        b"kommentar",
                    ]
                    .iter()
                    .any(|w| pw.eq_ignore_ascii_case(w));
                if (ios || note) && plausible(v) && !cue(v) {
                    return Some((s, e));
                }
                // `search (...) by k.berg returned 1 entries`, `deleted by
                // anna_ek`: an account's handle, then a verb in the past.
                let past = rest.first() == Some(&b' ') && {
                    let w = first_word(&rest[1..]);
                    w.len() > 4 && w.ends_with(b"ed") && w.iter().all(u8::is_ascii_lowercase)
                };
                if past && (handle_shaped(v) || account_digits(v)) && plausible(v) && !cue(v) {
                    return Some((s, e));
                }
                // `search (&(uid=x)) by kberg returned 1 entries`, `modify
                // "cn=..." by kberg succeeded`: the operation's object
                // closes with a bracket or a quote right before `by`, so
                // the word between `by` and the verb is whoever ran it,
                // a plain login too.
                let closed = i >= 2 && matches!(b[i - 2], b')' | b'"' | b'\'' | b']');
                if past
                    && closed
                    && v.iter().all(|&c| {
                        c.is_ascii_lowercase() || is_digit(c) || matches!(c, b'.' | b'_' | b'-')
                    })
                    && v.len() >= 3
                    && plausible(v)
                    && !cue(v)
                    && !function_word(v)
                    && !USER_OUTCOMES.contains(v)
                    && !ROUTE_PAGES.contains(v)
                {
                    return Some((s, e));
                }
                // `badge B723310 used by k.berg`, `password reset by anna_ek`.
                let quoted = matches!(at(b, j + 1), b'\'' | b'"');
                let ok = b[after..].starts_with(b"(uid=")
                    || ((handle_shaped(&b[s..e]) || quoted)
                        && auth_context(b, i)
                        && plausible(&b[s..e]));
                if ok {
                    return Some((s, e));
                }
                // `created by jdoe`, `owned by kberg on \\WS-12`: the agent
                // of a participle.
                return agent_after(b, i, j);
            }
            Keyword::As if at(b, j + 1) == b'\'' => {
                let pw = prev_word(b, i);
                if pw.eq_ignore_ascii_case(b"authenticate") || pw.eq_ignore_ascii_case(b"login") {
                    let (s, e, _) = take(b, j + 1)?;
                    return Some((s, e));
                }
            }
            Keyword::As => return login_as(b, i, j),
            _ => {}
        }
        return None;
    }
    if let Some(e) = (kw == Keyword::Tty && &b[i..j] == b"TTY" && nx == b'=' && i >= 4)
        .then(|| sudo_head_end(b, i))
        .flatten()
    {
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
    // `FAILED SU (to root) alice on pts/3`, `k.berg on pts/0`: the account
    // before the terminal it is on.
    if kw == Keyword::Tty
        && nx == b'/'
        && b[i..j].eq_ignore_ascii_case(b"pts")
        && b[..i].ends_with(b" on ")
    {
        let e = i - 4;
        let mut s = e;
        while s > 0 && e - s <= MAX_LEN && (user_byte(b[s - 1]) && b[s - 1] < 0x80) {
            s -= 1;
        }
        let v = &b[s..e];
        let su = s >= 2 && &b[s - 2..s] == b") ";
        let ok = s < e
            && (s == 0 || b[s - 1] == b' ')
            && plausible(v)
            && !cue(v)
            && !USER_OUTCOMES.contains(v)
            && (su || handle_shaped(v));
        return ok.then_some((s, e));
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

/// Where the account ends in sudo's line before its `TTY=` field at `i`:
/// right before it (`kberg : TTY=`), or before the reason sudo puts first
/// when it refuses (`kberg : 3 incorrect password attempts ; TTY=`,
/// `kberg : user NOT in sudoers ; TTY=`, `kberg : command not allowed ;
/// TTY=`), as the message part of a syslog line holds it.
fn sudo_head_end(b: &[u8], i: usize) -> Option<usize> {
    if &b[i - 3..i] == b" : " {
        return Some(i - 3);
    }
    if &b[i - 3..i] != b" ; " {
        return None;
    }
    let from = (i - 3).saturating_sub(80);
    let seg = &b[from..i - 3];
    let k = memchr::memmem::rfind(seg, b" : ")?;
    (!seg[k..].contains(&b';')).then_some(from + k)
}

/// Outcomes of a login or an account in the languages an EU SIEM sees
/// (German, Swedish, Norwegian, Danish, Dutch, French, Spanish, Italian,
/// Portuguese, Finnish, Polish): the participle or past tense that ends
/// `Benutzer X hat sich angemeldet`, `Användaren X loggade in`, `El
/// usuario X ha iniciado sesión`, `Konto X wurde gesperrt`.
const INTL_OUTCOMES: [&str; 132] = [
    "angemeldet",
    "abgemeldet",
    "eingeloggt",
    "ausgeloggt",
    "gesperrt",
    "entsperrt",
    "gelöscht",
    "angelegt",
    "erstellt",
    "deaktiviert",
    "aktiviert",
    "authentifiziert",
    "fehlgeschlagen",
    "loggade",
    "inloggad",
    "utloggad",
    "låst",
    "låstes",
    "spärrad",
    "spärrades",
    "skapad",
    "skapades",
    "raderad",
    "raderades",
    "borttagen",
    "autentiserad",
    "misslyckades",
    "logget",
    "loggede",
    "sperret",
    "spærret",
    "opprettet",
    "oprettet",
    "slettet",
    "autentisert",
    "ingelogd",
    "uitgelogd",
    "aangemeld",
    "afgemeld",
    "geblokkeerd",
    "vergrendeld",
    "aangemaakt",
    "verwijderd",
    "connecté",
    "connectée",
    "déconnecté",
    "bloqué",
    "verrouillé",
    "créé",
    "supprimé",
    "authentifié",
    "iniciado",
    "inició",
    "conectado",
    "desconectado",
    "bloqueado",
    "bloqueada",
    "creado",
    "eliminado",
    "autenticado",
    "connesso",
    "bloccato",
    "creato",
    "eliminato",
    "autenticato",
    "kirjautui",
    "kirjautunut",
    "lukittu",
    "lukittiin",
    "luotu",
    "poistettu",
    "zalogował",
    "zalogowany",
    "wylogował",
    "wylogowany",
    "zalogowano",
    "wylogowano",
    "zablokowany",
    "zablokowane",
    "utworzony",
    // What an audit trail says a user did to a record (`Användaren
    // k.berg öppnade journalen`, `Käyttäjä kberg avasi asiakastiedot`,
    // `Benutzer kberg öffnete die Akte`).
    "öppnade",
    "visade",
    "ändrade",
    "exporterade",
    "läste",
    "avasi",
    "katsoi",
    "muokkasi",
    "poisti",
    "tulosti",
    "lisäsi",
    "åpnet",
    "endret",
    "åbnede",
    "ændrede",
    "öffnete",
    "änderte",
    "exportierte",
    "opende",
    "wijzigde",
    // Turkish, Czech, Slovak, Hungarian, Romanian, the South Slavic
    // languages and Estonian: `Kullanıcı X giriş yaptı`, `Uživatel X se
    // přihlásil`, `Felhasználó X bejelentkezett`, `Utilizatorul X s-a
    // autentificat`, `Korisnik X se prijavio`, `Kasutaja X logis sisse`.
    "giriş",
    "girişi",
    "yaptı",
    "kilitlendi",
    "oluşturuldu",
    "silindi",
    "přihlásil",
    "přihlásila",
    "odhlásil",
    "přihlášen",
    "zablokován",
    "vytvořen",
    "smazán",
    "prihlásil",
    "prihlásený",
    "bejelentkezett",
    "kijelentkezett",
    "zárolva",
    "létrehozva",
    "törölve",
    "autentificat",
    "conectat",
    "deconectat",
    "blocat",
    "prijavio",
    "prijavila",
    "odjavio",
    "prijavil",
    "blokiran",
    "obrisan",
    "logis",
    "lukustati",
];

/// Auxiliaries, negations and articles of those languages: the word
/// after `Konto` or `Benutzer` when no account is named (`Konto wurde
/// gesperrt`, `Das Konto ist gesperrt`, `användaren har loggat in`).
pub(super) fn function_word(v: &[u8]) -> bool {
    // Auxiliaries, modals and prepositions that follow an account word in
    // a sentence about accounts (`Ein Konto konnte nicht ...`, `Konto för
    // vilket ...`, `Konto, dla którego ...`), in the languages of the cues.
    const W: &[&str] = &[
        "wurde", "wird", "ist", "hat", "war", "nicht", "kein", "wurden", "har", "är", "blev",
        "inte", "er", "ble", "ikke", "is", "heeft", "werd", "niet", "est", "a", "été", "n'a",
        "fue", "ha", "se", "no", "non", "on", "ei", "oli", "został", "została", "jest", "nie",
        "the", "has", "was", "not", "de", "du", "van", "konnte", "kann", "konnten", "muss", "darf",
        "soll", "sollte", "für", "mit", "von", "kunde", "kan", "ska", "skall", "hade", "för",
        "med", "som", "till", "kunne", "for", "til", "dla", "przez", "kon", "voor", "met", "pour",
        "avec", "para", "con", "pudo", "could",
    ];
    W.iter().any(|w| v.eq_ignore_ascii_case(w.as_bytes()))
        || INTL_OUTCOMES
            .iter()
            .any(|w| v.eq_ignore_ascii_case(w.as_bytes()))
}

/// True if one of the next three words of `rest` (which starts after a
/// value) is an outcome of another language ([`INTL_OUTCOMES`]).
fn intl_outcome_near(rest: &[u8]) -> bool {
    let mut r = rest;
    for _ in 0..3 {
        r = match r.strip_prefix(b" ") {
            Some(x) => x,
            None => return false,
        };
        let n = r
            .iter()
            .position(|&c| matches!(c, b' ' | b',' | b'.' | b';' | b':' | b'!'))
            .unwrap_or(r.len());
        let w = &r[..n];
        if w.first().is_some_and(|&c| c.is_ascii_digit()) {
            return false;
        }
        if INTL_OUTCOMES
            .iter()
            .any(|o| w.eq_ignore_ascii_case(o.as_bytes()))
        {
            return true;
        }
        r = &r[n..];
    }
    false
}

/// A preposition of another language right before the word for a user
/// (`für Benutzer X`, `pour l'utilisateur X`, `voor gebruiker X`, `dla
/// użytkownika X`): the account follows whatever comes after it.
fn local_lead(b: &[u8], i: usize) -> bool {
    let i = if i >= 2 && b[i - 1] == b'\'' && b[i - 2] | 0x20 == b'l' {
        i - 2
    } else {
        i
    };
    let pw = prev_word(b, i);
    ["für", "fuer", "pour", "para", "voor", "dla", "för", "per"]
        .iter()
        .any(|w| pw.eq_ignore_ascii_case(w.as_bytes()))
}

/// An account of letters and digits as directories hand them out
/// (`emina59`, `kb1234`, `a123456`): two to twelve lower-case letters (or
/// one) and then two to seven digits. Interfaces and lines (`eth0`,
/// `vty0`, `wlan12`, `port22`) are no account.
pub(crate) fn account_digits(v: &[u8]) -> bool {
    let l = v.iter().take_while(|c| c.is_ascii_lowercase()).count();
    let d = v.len() - l;
    const DEVICES: [&[u8]; 16] = [
        b"eth", b"vty", b"tty", b"pts", b"wlan", b"port", b"vlan", b"lo", b"br", b"bond", b"ens",
        b"eno", b"enp", b"ge", b"xe", b"gi",
    ];
    (1..=12).contains(&l)
        && (2..=7).contains(&d)
        && v[l..].iter().all(u8::is_ascii_digit)
        && !DEVICES.contains(&&v[..l])
}

/// The account before an account word of another language (`Konto
/// kbeck wurde gesperrt`, `kontot kbeck låstes`, `compte jdupont
/// verrouillé`) or after a localised Windows label whose last word it is
/// (`Nom du compte :`, `Nombre de cuenta:`, `Nazwa konta:`, `Tilin
/// nimi:`, `Nome da conta:`).
fn account_word(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    let colon = if at(b, j) == b':' {
        Some(j + 1)
    } else if at(b, j) == b' ' && at(b, j + 1) == b':' {
        Some(j + 2)
    } else {
        None
    };
    if let Some(mut k) = colon {
        let head = &b[i.saturating_sub(12)..i];
        let labelled = [
            "nom du ",
            "nombre de ",
            "nazwa ",
            "tilin ",
            "nome da ",
            "nome de ",
        ]
        .iter()
        .any(|h| {
            head.len() >= h.len() && head[head.len() - h.len()..].eq_ignore_ascii_case(h.as_bytes())
        });
        if !labelled {
            return None;
        }
        while matches!(at(b, k), b' ' | b'\t') && k < j + 8 {
            k += 1;
        }
        let (s, e, _) = take(b, k)?;
        let (s, e) = without_domain(b, s, e);
        return plausible(&b[s..e]).then_some((s, e));
    }
    if at(b, j) != b' ' || b[i..j].eq_ignore_ascii_case(b"nimi") {
        return None;
    }
    let (s, e, after) = take(b, j + 1)?;
    let v = &b[s..e];
    let rest = &b[after..];
    let english = rest.first() == Some(&b' ')
        && USER_OUTCOMES.contains(first_word(&rest[1..]))
        && !USER_OUTCOMES.contains(v)
        && ![&b"not"[..], b"was", b"has", b"does", b"-"]
            .iter()
            .any(|w| first_word(&rest[1..]).eq_ignore_ascii_case(w));
    // `Proszę o reset hasła dla konta kjafari.`, `lösenord för kontot
    // kberg,`, `für das Konto mmeier.`: a preposition before the word for
    // an account makes what follows its name, when that is shaped like a
    // login or ends the phrase.
    let pw = prev_word(b, i);
    let governed = [
        &b"dla"[..],
        b"do",
        "för".as_bytes(),
        b"das",
        b"dem",
        b"pour",
        b"para",
        b"per",
        b"du",
        b"del",
        b"le",
        b"la",
        b"da",
    ]
    .iter()
    .any(|w| pw.eq_ignore_ascii_case(w));
    // SAP and mainframe logins are capitals (`dla konta BLUKASZEWICZ.`).
    let caps = (4..=16).contains(&v.len())
        && v.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'-');
    let lower = v[0].is_ascii_lowercase() || v[0].is_ascii_digit() || caps;
    let ends = matches!(at(b, e), 0 | b',' | b';' | b')' | b'\n' | b'"')
        || (at(b, e) == b'.' && matches!(at(b, e + 1), 0 | b' ' | b'\n' | b'"'));
    let named =
        governed && lower && (ends || handle_shaped(v) || account_digits(v)) && !service_like(v);
    let ok = (english || named || intl_outcome_near(rest))
        && plausible(v)
        && !cue(v)
        && !function_word(v);
    ok.then_some((s, e))
}

/// The user column of Squid's native access log, right before the
/// hierarchy code `b[i..j]`: `1733479274.123 234 192.0.2.4 TCP_MISS/200
/// 1234 GET http://example.com/ alice HIER_DIRECT/203.0.113.7 text/html`.
/// The line must carry a result code (`TCP_`, `UDP_`, `NONE_NONE`) and
/// the column before the user a URL; `-` is no user.
fn squid_user(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b'/' || i < 2 || b[i - 1] != b' ' || b[i..j].iter().any(u8::is_ascii_lowercase) {
        return None;
    }
    let e = i - 1;
    let s = b[..e].iter().rposition(|&c| c == b' ')? + 1;
    let v = &b[s..e];
    let url_end = s - 1;
    let url_start = b[..url_end].iter().rposition(|&c| c == b' ')? + 1;
    let url = &b[url_start..url_end];
    let url_like = url.contains(&b'/') || url.contains(&b':');
    let head = &b[i.saturating_sub(2048)..url_start];
    let coded = [&b"TCP_"[..], b"UDP_", b"NONE_NONE/", b"NONE/"]
        .iter()
        .any(|c| head.windows(c.len()).any(|w| w == *c));
    let v_ok = v != b"-" && plausible(v) && !v.contains(&b'/');
    // A query's `+` or `%20` is read as a space (see `escape`), so the URL
    // may span several words: the columns from the result code on (code,
    // bytes, method, URL) say where it starts.
    let spread = || {
        let h0 = i.saturating_sub(2048);
        let head = &b[h0..url_start];
        let c = [&b" TCP_"[..], b" UDP_", b" NONE"]
            .iter()
            .filter_map(|c| memchr::memmem::rfind(head, c))
            .max()?;
        let mut k = h0 + c + 1;
        let mut column = || {
            let w = k;
            while k < s && b[k] != b' ' {
                k += 1;
            }
            let r = (w, k);
            k += 1;
            r
        };
        let _code = column();
        let bytes = column();
        let method = column();
        let u = k;
        let digits = bytes.1 > bytes.0 && b[bytes.0..bytes.1].iter().all(u8::is_ascii_digit);
        let verb = method.1 > method.0 && b[method.0..method.1].iter().all(u8::is_ascii_uppercase);
        let start = at(b, u) == b'/' || b[u..s].starts_with(b"http") || b[u..s].contains(&b':');
        Some(digits && verb && start && u < url_end)
    };
    (coded && v_ok && (url_like || spread() == Some(true))).then_some((s, e))
}

/// Exim's `A=dovecot_plain:alice` on an arrival (`<=`) line: the
/// authenticator, a colon, and the authenticated id. Without a colon
/// (`A=cram_md5`) no id is logged.
fn exim_auth(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b'=' || i == 0 || b[i - 1] != b' ' {
        return None;
    }
    let head = &b[i.saturating_sub(512)..i];
    if !head.windows(4).any(|w| w == b" <= ") {
        return None;
    }
    let mut k = j + 1;
    while k < b.len() && k - j < 64 && (b[k].is_ascii_alphanumeric() || b[k] == b'_') {
        k += 1;
    }
    if at(b, k) != b':' || k == j + 1 {
        return None;
    }
    let (s, e, _) = take(b, k + 1).filter(|&(s, _, _)| s == k + 1)?;
    Some((s, e))
}

/// Mosquitto's connection line names the login last in its bracketed
/// list of connect flags: `New client connected from 192.0.2.7:50123 as
/// <client id> (p2, c1, k60, u'kberg').` (`u` and the quoted username;
/// the list has no `u` when the client sent none). `u` is `b[i..j]`, a
/// quote follows; a `, ` or `(` must stand before it and the quote be
/// closed by `)` or `,`, as in the broker's list and nowhere in prose.
fn mqtt_login(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    let listed = (i >= 2 && &b[i - 2..i] == b", ") || (i >= 1 && b[i - 1] == b'(');
    if !listed {
        return None;
    }
    let (s, e, after) = take(b, j)?;
    let v = &b[s..e];
    (matches!(at(b, after), b')' | b',') && after == e + 1 && plausible(v) && !service_like(v))
        .then_some((s, e))
}

/// The user of an OwnTracks topic or client id, `owntracks/<user>/<device>`
/// (the app's documented topic layout, also its client id on Mosquitto's
/// and EMQX's connection lines and in the Recorder's paths). `owntracks`
/// is `b[i..j]` and must start the token (after a space, a quote, `=`,
/// `(` or at the start); the user segment must be followed by `/`.
fn owntracks_user(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b'/'
        || (i > 0 && !matches!(b[i - 1], b' ' | b'"' | b'\'' | b'=' | b'(' | b'\t' | b':'))
    {
        return None;
    }
    let s = j + 1;
    let e = name_end(b, s, false)?;
    if e == s || at(b, e) != b'/' {
        return None;
    }
    let v = &b[s..e];
    (plausible(v) && !service_like(v) && v != b"+" && v != b"#").then_some((s, e))
}

/// HashiCorp Vault's userpass logins after the word `userpass` ending at
/// `j`: the request path `auth/userpass/login/alice` and the token's
/// display name `userpass-alice`.
fn vault_userpass(b: &[u8], j: usize) -> Option<(usize, usize)> {
    let s = if b[j..].starts_with(b"/login/") {
        j + 7
    } else if at(b, j) == b'-' && j >= 9 && matches!(b[j - 9], b'"' | b' ' | b'=') {
        j + 1
    } else {
        return None;
    };
    let (vs, ve, _) = take(b, s).filter(|&(vs, _, _)| vs == s)?;
    plausible(&b[vs..ve]).then_some((vs, ve))
}

/// The account in a home directory path whose `home` or `Users` is
/// `b[i..j]`: `/home/alice/.ssh`, `/Users/alice`, `C:\\Users\\alice\\AppData`
/// (also with JSON's doubled backslashes).
fn home_dir(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    // A hidden share of per-user folders on a Windows file server:
    // `\\\\fs01\\home$\\kberg`, `\\\\fs01\\profiles$\\kberg.V6`,
    // `\\\\fs01\\users$\\kberg`.
    let j = if at(b, j) == b'$' && at(b, j + 1) == b'\\' {
        j + 1
    } else {
        j
    };
    let sep = at(b, j);
    if i == 0 || !matches!(sep, b'/' | b'\\') || b[i - 1] != sep {
        return None;
    }
    let word = &b[i..j];
    // A roaming profile folder is a user's only on such a share.
    if word.eq_ignore_ascii_case(b"profiles") && b[j - 1] != b'$' {
        return profile_path(b, i, j);
    }
    // A mail spool: `/var/mail/kberg`, `/var/spool/mail/kberg`.
    if word.eq_ignore_ascii_case(b"mail")
        && !(b[..i].ends_with(b"/var/") || b[..i].ends_with(b"/spool/"))
    {
        return None;
    }
    // `files` is a user's folder only in a WebDAV tree (Nextcloud's and
    // ownCloud's `/remote.php/dav/files/alice/`).
    if b[i..j].eq_ignore_ascii_case(b"files") && !b[..i - 1].ends_with(b"/dav") {
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
    // A roaming profile's version suffix (`kberg.V6`) is no part of the
    // account.
    if b[j - 1] == b'$' && e - s > 3 && b[e - 3] == b'.' && b[e - 2] == b'V' && is_digit(b[e - 1]) {
        e -= 3;
    }
    let v = &b[s..e];
    // OneDrive's and SharePoint's personal sites: `/personal/<the UPN
    // with `_` for `.` and `@`>/` (`/personal/k_berg_example_se/Documents`);
    // a staff member's folder on an intranet (Swedish `personal` is
    // staff), `/personal/kberg/bild.jpg`, holds files: one lower-case
    // login, then a file name with an extension. A `personal` folder of
    // any other shape is no account's.
    if b[i..j].eq_ignore_ascii_case(b"personal") && !staff_folder(b, s, e) {
        let tld = v
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_lowercase())
            .count();
        let site = at(b, e) == b'/'
            && (2..=3).contains(&tld)
            && v.len() > tld + 2
            && v[v.len() - tld - 1] == b'_'
            && v[..v.len() - tld - 1].contains(&b'_');
        if !site {
            return None;
        }
    }
    (plausible(v) && !HOME_NOT_USERS.contains(v)).then_some((s, e))
}

/// The first segments of a path that are a forge's own pages, not an
/// owner (`/api/v1/repos/...`, `/explore/repos/...`, `/org/...`).
const NOT_OWNERS: [&[u8]; 24] = [
    b"api",
    b"v1",
    b"v2",
    b"v3",
    b"v4",
    b"explore",
    b"admin",
    b"user",
    b"users",
    b"org",
    b"orgs",
    b"repo",
    b"repos",
    b"assets",
    b"static",
    b"avatars",
    b"projects",
    b"groups",
    b"dashboard",
    b"help",
    b"search",
    b"public",
    b"plugins",
    b"notifications",
];

/// True if `b[k..]` is ` (` or ` <`, an e-mail address and the bracket's
/// close: the mailbox of the account just read.
fn mail_in_brackets(b: &[u8], k: usize) -> bool {
    let close = match (at(b, k), at(b, k + 1)) {
        (b' ', b'(') => b')',
        (b' ', b'<') => b'>',
        _ => return false,
    };
    let s = k + 2;
    let inner = &b[s..b.len().min(s + 256)];
    let Some(c) = memchr::memchr(close, inner) else {
        return false;
    };
    let m = &inner[..c];
    let at_sign = memchr::memchr(b'@', m);
    at_sign.is_some_and(|a| {
        a > 0 && m[a + 1..].contains(&b'.') && !m.iter().any(|&x| matches!(x, b' ' | b'\t'))
    })
}

/// Words between an account label and the value it names, saying where
/// the value came from (`username input 'x'`, `username supplied "x"`).
const SOURCE_WORDS: [&[u8]; 10] = [
    b"input",
    b"entry",
    b"provided",
    b"supplied",
    b"given",
    b"entered",
    b"value",
    b"specified",
    b"submitted",
    b"attempted",
];

/// The owner of a repository whose page `b[i..j]` (`src`, `pulls`,
/// `blob`, ...) a path names, as Gitea, Gogs, Forgejo, GitHub and GitLab
/// route them: `/<owner>/<repo>/<page>` (GitLab: `/<owner>/<repo>/-/<page>`)
/// at the start of a path (after a space, a quote, `=` or a URL's host).
/// A personal repository's owner is its user's login (Gitea's router log
/// `completed GET /kberg/dotfiles/src/branch/main`).
fn repo_owner(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    // Git's smart HTTP protocol, which every forge serves:
    // `/<owner>/<repo>.git/git-upload-pack`, `.../git-receive-pack`.
    let git = &b[i..j] == b"git";
    let smart = git
        && (b[j..].starts_with(b"-upload-pack") || b[j..].starts_with(b"-receive-pack"))
        && b[..i].ends_with(b".git/");
    if i < 5
        || b[i - 1] != b'/'
        || !(smart || matches!(at(b, j), 0 | b'/' | b' ' | b'?' | b'"' | b'#'))
    {
        return None;
    }
    if git && !smart {
        return None;
    }
    let mut k = i - 1;
    if b[..k].ends_with(b"/-") {
        k -= 2;
    }
    let seg = |e: usize| -> Option<usize> {
        let mut s = e;
        while s > 0 && e - s <= 64 && (user_byte(b[s - 1]) || b[s - 1] >= 0x80) {
            s -= 1;
        }
        (s < e && s > 0 && b[s - 1] == b'/').then_some(s)
    };
    let rs = seg(k)?;
    let oe = rs - 1;
    let os = seg(oe)?;
    let slash = os - 1;
    let start = slash == 0
        || matches!(b[slash - 1], b' ' | b'"' | b'\'' | b'=' | b'\t')
        || b[..slash]
            .rsplit(|&c| c == b'/')
            .next()
            .is_some_and(|host| !host.is_empty() && b[..slash - host.len()].ends_with(b"//"));
    let v = &b[os..oe];
    let ok = start
        && v[0] != b'.'
        && !v.contains(&b'@')
        && !NOT_OWNERS.iter().any(|w| v.eq_ignore_ascii_case(w))
        && !v.iter().all(u8::is_ascii_digit)
        && plausible(v)
        && !cue(v);
    ok.then_some((os, oe))
}

/// The login of a public key in Google Compute Engine's `ssh-keys`
/// metadata, one key a line: `kberg:ssh-ed25519 AAAA... kberg` (the
/// documented `USERNAME:KEY_TYPE KEY_VALUE USERNAME`, with an `ssh-`
/// key type). `ssh` is `b[i..j]`, a `-`
/// follows and a `:` stands before it; the login starts the value or a
/// line of it (after a quote, a space or JSON's `\n`). The comment after
/// the key, when it repeats the login, is found again as an echo.
fn ssh_key_login(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b'-' || i < 2 || b[i - 1] != b':' {
        return None;
    }
    let e = i - 1;
    let mut s = e;
    while s > 0
        && e - s <= MAX_LEN
        && ((user_byte(b[s - 1]) && b[s - 1] != b'\\') || b[s - 1] >= 0x80)
    {
        s -= 1;
    }
    let escaped_break = s >= 2 && b[s - 1] == b'\\' && b[s] == b'n';
    let s = if escaped_break { s + 1 } else { s };
    let line_start =
        escaped_break || s == 0 || matches!(b[s - 1], b'"' | b' ' | b'\'' | b'\n' | b'=');
    let v = &b[s..e];
    (s < e && line_start && plausible(v) && !cue(v)).then_some((s, e))
}

/// The end of the run of at most 12 digits from `from` (a process id in
/// `[4711]`): `from` itself when none.
fn digits_end(b: &[u8], from: usize) -> usize {
    from + b[from..]
        .iter()
        .take(12)
        .take_while(|c| c.is_ascii_digit())
        .count()
}

/// The account a program's message starts with, after its tag: polkit's
/// `pkexec[4711]: kberg: Executing command [USER=root] ...` and `kberg:
/// Error executing command as another user: Not authorized` (every
/// message pkexec logs names the invoking user first), and vsftpd's
/// `[pid 4711] [kberg] OK UPLOAD: Client "192.0.2.7", ...` (`FAIL
/// DOWNLOAD`, `OK MKDIR`, `FTP command`: every line after the login
/// carries the account in brackets). The tag word is `b[i..j]`.
fn tagged_account(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if &b[i..j] == b"pid" {
        // `[pid 4711] [kberg] ` then an outcome in capitals or `FTP`.
        if i == 0 || b[i - 1] != b'[' || at(b, j) != b' ' {
            return None;
        }
        let d = digits_end(b, j + 1);
        if d == j + 1 || !b[d..].starts_with(b"] [") {
            return None;
        }
        let s = d + 3;
        let e = name_end(b, s, false)?;
        let rest = &b[e..];
        let next = rest.get(2..).map_or(&[][..], first_word);
        let said = rest.starts_with(b"] ") && [&b"OK"[..], b"FAIL", b"FTP"].contains(&next);
        let v = &b[s..e];
        return (e > s && said && plausible(v)).then_some((s, e));
    }
    // `pkexec[4711]: kberg: `.
    if at(b, j) != b'[' || (i > 0 && is_word(b[i - 1])) {
        return None;
    }
    let d = digits_end(b, j + 1);
    if !b[d..].starts_with(b"]: ") {
        return None;
    }
    let s = d + 3;
    let e = name_end(b, s, false)?;
    let v = &b[s..e];
    let said = b[e..].starts_with(b": Executing command")
        || b[e..].starts_with(b": Error executing command");
    (e > s && said && plausible(v)).then_some((s, e))
}

/// FortiOS's administrator events: `Administrator kberg logged in
/// successfully from ssh(192.0.2.7)`, `Administrator kberg login failed
/// from https(192.0.2.7) because of invalid password`, `Administrator
/// kberg logged out`. The word ends at `j`; a login verb follows the
/// account.
fn administrator(b: &[u8], j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b' ' {
        return None;
    }
    let (s, e, after) = take(b, j + 1)?;
    let rest = &b[after..];
    let said = [
        &b" logged in"[..],
        b" logged out",
        b" login failed",
        b" login ",
    ]
    .iter()
    .any(|w| rest.starts_with(w));
    let v = &b[s..e];
    (said && plausible(v) && !cue(v) && !function_word(v)).then_some((s, e))
}

/// File extensions of a site's own pages and assets (`/user/index.php`,
/// `/profile/main.css`): a segment that ends in one is no login.
const PAGE_EXTENSIONS: [&[u8]; 18] = [
    b"php", b"html", b"htm", b"js", b"css", b"json", b"xml", b"aspx", b"asp", b"jsp", b"png",
    b"jpg", b"jpeg", b"gif", b"svg", b"ico", b"cgi", b"action",
];

/// The login after a path segment that routes to one user's page, as web
/// applications of every kind route them: Reddit's and Jenkins' `/user/
/// <login>`, Discourse's `/u/<login>/summary`, `/profile/<login>`,
/// `/people/<login>`, `/members/<login>`, a mail portal's `/user/<login>/
/// inbox`. The word `b[i..j]` is a segment of a URL or a request path (a
/// `/` before it, the path starts with `/` or a scheme's `://`), the login
/// is the whole next segment. The site's own pages under the same route
/// (`/user/login`, Gitea's `/user/events`, `/profile/edit`, `/users/me`),
/// file names (`/user/index.php`) and numeric or UUID ids are not logins.
fn profile_path(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if i == 0 || b[i - 1] != b'/' || at(b, j) != b'/' || !in_url_path(b, i) {
        return None;
    }
    let s = j + 1;
    let e = name_end(b, s, false)?;
    if e == s
        || !matches!(
            at(b, e),
            0 | b'/' | b' ' | b'?' | b'#' | b'"' | b'\'' | b'&' | b';' | b',' | b')' | b'\t'
        )
    {
        return None;
    }
    let v = &b[s..e];
    let file = v.iter().rposition(|&c| c == b'.').is_some_and(|d| {
        PAGE_EXTENSIONS
            .iter()
            .any(|x| v[d + 1..].eq_ignore_ascii_case(x))
    });
    let ok = !file
        && !ROUTE_PAGES.contains(v)
        && !v.iter().all(|&c| is_digit(c) || c == b'-')
        && plausible(v)
        && !cue(v);
    ok.then_some((s, e))
}

/// True if the segment starting at `i` (after a `/`) belongs to a URL or
/// an absolute path: the token it is part of (back to a space, a quote,
/// `=` or a bracket) starts with `/` or holds a scheme's `://`.
fn in_url_path(b: &[u8], i: usize) -> bool {
    let lim = i.saturating_sub(512);
    let mut ts = i - 1;
    while ts > lim && !matches!(b[ts - 1], b' ' | b'"' | b'\'' | b'=' | b'\t' | b'(' | b'[') {
        ts -= 1;
    }
    let token = &b[ts..i];
    token[0] == b'/' || memchr::memmem::find(token, b"://").is_some()
}

/// Segments after a DAV route that are collections, not a user's
/// (`/principals/users/...`, `/calendars/__uids__/...`, Nextcloud's
/// `/dav/files/...`), or no one's (`me`, `admin`, `public`).
const DAV_NOT_OWNERS: [&[u8]; 22] = [
    b"users",
    b"groups",
    b"resources",
    b"rooms",
    b"locations",
    b"__uids__",
    b"principals",
    b"calendars",
    b"addressbooks",
    b"files",
    b"uploads",
    b"trashbin",
    b"versions",
    b"system",
    b"public",
    b"shared",
    b"me",
    b"admin",
    b"anonymous",
    b"guest",
    b"home",
    b"so",
];

/// The owner of a calendar, contacts or file collection in a CalDAV,
/// CardDAV or WebDAV request path, by the route word `b[i..j]` before it
/// (between `/`s): SOGo's `/SOGo/so/<login>/Calendar/...` (its web UI)
/// and `/SOGo/dav/<login>/Contacts/`, Zimbra's `/dav/<login>/Calendar`,
/// and the collections of SabreDAV (Baïkal, Nextcloud, ownCloud), Apple's
/// Calendar Server, DAViCal and Radicale-style servers,
/// `/calendars/<login>/`, `/addressbooks/<login>/`, `/principals/<login>/`.
/// `so` is SOGo's only after `/SOGo`. A collection word or `users` next
/// (`/remote.php/dav/calendars/...`, `/principals/users/<login>`) reads
/// the login itself; a mailbox is the e-mail detector's; numbers, hex
/// ids, UUIDs, files and the collections of no one (`public`, `me`,
/// `admin`) are not logins.
fn dav_owner(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if i == 0 || b[i - 1] != b'/' || at(b, j) != b'/' {
        return None;
    }
    if b[i..j].eq_ignore_ascii_case(b"so")
        && !(i >= 6 && b[i - 6..i - 1].eq_ignore_ascii_case(b"/sogo"))
    {
        return None;
    }
    if !in_url_path(b, i) {
        return None;
    }
    let s = j + 1;
    let e = name_end(b, s, false)?;
    if e == s
        || !matches!(
            at(b, e),
            0 | b'/' | b' ' | b'?' | b'#' | b'"' | b'\'' | b'&' | b';' | b',' | b')' | b'\t'
        )
    {
        return None;
    }
    let v = &b[s..e];
    let mut lower = [0u8; 16];
    let n = v.len().min(16);
    lower[..n].copy_from_slice(&v[..n]);
    lower[..n].make_ascii_lowercase();
    let listed = v.len() <= 16 && DAV_NOT_OWNERS.contains(&&lower[..n]);
    let hex = v.len() >= 8 && v.iter().all(|c| c.is_ascii_hexdigit() || *c == b'-');
    let file = v.iter().rposition(|&c| c == b'.').is_some_and(|d| {
        PAGE_EXTENSIONS
            .iter()
            .any(|x| v[d + 1..].eq_ignore_ascii_case(x))
            || v[d + 1..].eq_ignore_ascii_case(b"ics")
            || v[d + 1..].eq_ignore_ascii_case(b"vcf")
    });
    let ok = !listed
        && !hex
        && !file
        && !v.contains(&b'@')
        && !v.iter().all(|&c| is_digit(c) || c == b'-')
        && plausible(v)
        && !cue(v);
    ok.then_some((s, e))
}

/// A user's web directory, Apache's and nginx's `UserDir` (`GET
/// /~alice/index.html`, `https://www.example.edu/~k.berg`): the `~` at
/// `t` follows a `/`, the account runs to the next `/`, space, quote,
/// `?` or `#`.
pub(crate) fn user_web_dir(b: &[u8], t: usize) -> Option<(usize, usize)> {
    let s = t + 1;
    let e = name_end(b, s, false)?;
    if !matches!(at(b, e), 0 | b'/' | b' ' | b'"' | b'?' | b'#' | b'\'') || e == s {
        return None;
    }
    let v = &b[s..e];
    (plausible(v) && !service_like(v) && !HOME_NOT_USERS.contains(v)).then_some((s, e))
}

/// `b[s..e]` is a login folder under `personal/` that holds a file:
/// lower-case letters and digits (one `.` or `_` allowed), then `/` and a
/// file name with a short extension before the path ends.
fn staff_folder(b: &[u8], s: usize, e: usize) -> bool {
    let v = &b[s..e];
    let seps = v.iter().filter(|&&c| c == b'.' || c == b'_').count();
    let login = (3..=32).contains(&v.len())
        && v[0].is_ascii_lowercase()
        && seps <= 1
        && v.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'.' || c == b'_');
    if !login || at(b, e) != b'/' {
        return false;
    }
    let f = e + 1;
    let n = b[f..]
        .iter()
        .take(128)
        .take_while(|&&c| !matches!(c, b' ' | b'?' | b'"' | b'/' | b'#' | b'\'' | b'&'))
        .count();
    if at(b, f + n) == b'/' {
        return false;
    }
    let name = &b[f..f + n];
    name.iter().rposition(|&c| c == b'.').is_some_and(|d| {
        let ext = &name[d + 1..];
        d > 0 && (2..=5).contains(&ext.len()) && ext.iter().all(u8::is_ascii_alphanumeric)
    })
}

/// An HDFS home directory in a NameNode audit line or a URI: `src=/user/
/// alice/data.csv`, `hdfs://nn1:8020/user/alice/`. `user` is `b[i..j]`,
/// a `/` after it.
fn hdfs_user(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if i < 2 || b[i - 1] != b'/' {
        return None;
    }
    let before = &b[..i - 1];
    let keyed =
        before.ends_with(b"src=") || before.ends_with(b"dst=") || before.ends_with(b"path=");
    // `hdfs://nn1:8020` right before: an authority without a path.
    let uri = {
        let tail = &before[before.len().saturating_sub(96)..];
        memchr::memmem::rfind(tail, b"hdfs://").is_some_and(|p| {
            !tail[p + 7..]
                .iter()
                .any(|&c| matches!(c, b'/' | b' ' | b'"'))
        })
    };
    if !(keyed || uri) {
        return None;
    }
    let s = j + 1;
    let e = name_end(b, s, false)?;
    let v = &b[s..e];
    let ends = matches!(at(b, e), b'/' | b' ' | b'\t' | 0 | b'"');
    (ends && plausible(v) && !service_like(v) && !HOME_NOT_USERS.contains(v)).then_some((s, e))
}

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
    // A value written with its length (Oracle's audit trail to syslog,
    // traditional and unified: `CLIENT USER:[6] 'kayac7'`, `DBUSER:[5]
    // 'SCOTT'`): the quoted value after the bracketed count.
    if c == b':' && at(b, k) == b'[' {
        let n = b[k + 1..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if n > 0 && at(b, k + 1 + n) == b']' && at(b, k + 2 + n) == b' ' {
            k += 3 + n;
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
/// True if `b[at..]` is a short parenthesised number of the account
/// (` (ID: 1625)`, ` (uid 1000)`, ` (uid=1000)`) and then ` from ` and an
/// address, as Roundcube's userlogins log writes a login.
fn id_then_from(b: &[u8], at: usize) -> bool {
    let Some(rest) = b.get(at..).and_then(|r| r.strip_prefix(b" (")) else {
        return false;
    };
    let Some(close) = rest.iter().take(16).position(|&c| c == b')') else {
        return false;
    };
    let inner = &rest[..close];
    let digits = inner
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let label = &inner[..inner.len() - digits];
    let label = label
        .strip_suffix(b" ")
        .or_else(|| label.strip_suffix(b"="))
        .unwrap_or(label);
    let label = label.strip_suffix(b":").unwrap_or(label);
    let from = at + 2 + close + 1;
    digits > 0
        && (label.eq_ignore_ascii_case(b"id") || label.eq_ignore_ascii_case(b"uid"))
        && b[from..].starts_with(b" from ")
        && ip_at(b, from + 6)
}

pub(crate) fn after_ip_clf(b: &[u8], ip_end: usize) -> Option<(usize, usize)> {
    if !b[ip_end..].starts_with(b" - ") {
        return None;
    }
    let s = ip_end + 3;
    let e = name_end(b, s, false)?;
    // Without the time (gunicorn's and other WSGI servers' formats that
    // leave `%(t)s` out): the quoted request right after the user.
    let request = || {
        let m = b.get(e + 2..).unwrap_or(&[]);
        let n = m
            .iter()
            .take(8)
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        b[e..].starts_with(b" \"")
            && n >= 3
            && at(m, n) == b' '
            && (at(m, n + 1) == b'/' || m[n + 1..].starts_with(b"http"))
    };
    let dated = b[e..].starts_with(b" [") && is_digit(at(b, e + 2));
    if !(dated || (e > s && b[s..e] != *b"-" && request())) {
        return None;
    }
    trim(b, s, e)
}

/// Articles that make the word for a user that follows them a genitive
/// whose account comes next: German `des Benutzers kberg`. (English `of
/// user`, Spanish `del usuario` and Dutch `van gebruiker` are as often
/// followed by a noun or an adjective: `number of user sessions`.)
const GENITIVE_LEADS: [&[u8]; 1] = [b"des"];

/// True if `rest`, what follows the value after `user` or `username`,
/// goes on as a network OS's command that defines a local account: the
/// account's attributes as the next word (ArubaOS-CX `user kberg group
/// administrators password ...`, Cisco IOS and IOS-XE `username kberg
/// privilege 15 secret ...`, NX-OS `username kberg password 5 ... role
/// network-admin`, Arista EOS `username kberg role network-admin secret
/// ...`, Junos `user kberg class super-user`), as command accounting
/// (TACACS+ `cmd=`, configuration archives) echoes it.
/// `v` is the value read before `rest`; a conjunction there is prose
/// (`username or password incorrect`), no account.
fn account_command_tail(v: &[u8], rest: &[u8]) -> bool {
    const CONJUNCTIONS: [&[u8]; 12] = [
        b"or", b"and", b"nor", b"und", b"oder", b"ou", b"et", b"och", b"eller", b"og", b"en", b"of",
    ];
    if v.len() < 2 || CONJUNCTIONS.iter().any(|w| v.eq_ignore_ascii_case(w)) {
        return false;
    }
    const TAILS: [&[u8]; 8] = [
        b" group ",
        b" privilege ",
        b" password ",
        b" secret ",
        b" role ",
        b" class ",
        b" nopassword",
        b" sshkey ",
    ];
    TAILS.iter().any(|t| rest.starts_with(t))
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

/// The account of a mailbox in the IMAP `user.` namespace as Cyrus and
/// other IMAP servers name it (`Delivered: <id> to mailbox: user.alice`,
/// `mailbox user/k.berg/Sent`, `Expunged 3 messages from mbox
/// user.alice.Trash`): the word `user` at `b[i..j]`, then `.` or `/`. A
/// mailbox word in the 48 bytes before says it is a mailbox and not a
/// field path (`user.name`); the account runs to the first folder,
/// which starts with a capital (`Sent`, `INBOX`), or to an `@domain`.
fn mailbox_user(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if i > 0 && !matches!(b[i - 1], b' ' | b'<' | b'"' | b'\'' | b'=' | b'/' | b'(') {
        return None;
    }
    let before = &b[i.saturating_sub(48)..i];
    let cue = |w: &[u8]| before.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    if !(cue(b"mailbox") || cue(b"mbox") || cue(b"folder")) {
        return None;
    }
    let sep = b[j];
    let s = j + 1;
    let mut e = s;
    loop {
        let seg = e;
        if !(at(b, seg).is_ascii_lowercase() || is_digit(at(b, seg)) || at(b, seg) >= 0x80) {
            break;
        }
        e = seg;
        while e < b.len()
            && e - s <= MAX_LEN
            && (b[e] >= 0x80
                || matches!(b[e], b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-' | b'^' | b'\''))
        {
            e += 1;
        }
        if at(b, e) == sep && (at(b, e + 1).is_ascii_lowercase() || is_digit(at(b, e + 1))) {
            e += 1;
            continue;
        }
        break;
    }
    let v = b.get(s..e)?;
    (!v.is_empty() && plausible(v)).then_some((s, e))
}

/// What follows the account after `user` in network devices' AAA
/// events: an attempt, the command it ran, the host it came from.
const ATTEMPT_TAILS: [&[u8]; 9] = [
    b" is trying to ",
    b" tried to log",
    b" attempted to log",
    b" failed to log",
    b" tried to auth",
    b" failed to auth",
    b" command ",
    b" on host ",
    b" at host ",
];

/// SASL mechanism names (IANA's registry, lower-cased) and Cyrus's
/// `plaintext`, as a server writes them after the account it logged in.
const SASL_MECHS: [&[u8]; 12] = [
    b"plain",
    b"plaintext",
    b"login",
    b"cram-md5",
    b"digest-md5",
    b"gssapi",
    b"scram-sha-1",
    b"scram-sha-256",
    b"external",
    b"oauthbearer",
    b"xoauth2",
    b"ntlm",
];

/// A server's login line that names the client before the account, as
/// Cyrus imapd, pop3d, nntpd and timsieved write it: `login: <host>
/// [<address>] <account> <mechanism> User logged in`, and (`bad`) the
/// refusal of an unknown account, `badlogin: <host> [<address>]
/// plaintext <account> invalid user`. The host is left out when the
/// address has no name (`login: [192.0.2.7] alice PLAIN ...`). The colon
/// after the keyword is at `j`. `Some(Some(..))` is the account;
/// `Some(None)` says the line has this shape without an account after
/// its address (the host is no account); `None`, another shape.
fn host_addr_login(b: &[u8], j: usize, bad: bool) -> Option<Option<(usize, usize)>> {
    if at(b, j + 1) != b' ' {
        return None;
    }
    let hs = j + 2;
    let open = if at(b, hs) == b'[' {
        hs
    } else {
        let he = hs + b[hs..].iter().take(256).position(|&c| c == b' ')?;
        he + 1
    };
    if at(b, open) != b'[' {
        return None;
    }
    let close = open + 1 + b[open + 1..].iter().take(64).position(|&c| c == b']')?;
    // Any address, loopback (`localhost [127.0.0.1]`, a webmail on the
    // same host) too, which the address detector leaves alone.
    let addr = &b[open + 1..close];
    let is_addr = !addr.is_empty()
        && addr.iter().any(|&c| c == b'.' || c == b':')
        && addr
            .iter()
            .all(|&c| c.is_ascii_hexdigit() || matches!(c, b'.' | b':'));
    if !is_addr || at(b, close + 1) != b' ' {
        return Some(None);
    }
    let mech_len = |m: &[u8]| {
        let ml = m
            .iter()
            .take(16)
            .position(|&c| matches!(c, b' ' | b'+' | b'/'))
            .unwrap_or(m.len().min(16));
        SASL_MECHS
            .iter()
            .any(|x| m[..ml].eq_ignore_ascii_case(x))
            .then_some(ml)
    };
    let mut s = close + 2;
    // Cyrus 2.5 and later put the SASL error before the account, which
    // then ends the line: `badlogin: [192.0.2.7] plain [SASL(-13):
    // authentication failure: checkpass failed] alice`.
    let mut last = false;
    // `plaintext` (the LOGIN and USER/PASS commands) puts the account
    // right after it and then the SASL library's detail, whatever that
    // says (`badlogin: host [192.0.2.7] plaintext alice SASL(-13):
    // authentication failure: checkpass failed`, `... invalid user`), in
    // imapd, pop3d and nntpd alike.
    let mut plaintext = false;
    if bad {
        let Some(ml) = mech_len(&b[s..]) else {
            return Some(None);
        };
        plaintext = b[s..s + ml].eq_ignore_ascii_case(b"plaintext");
        s += ml + 1;
        if at(b, s) == b'[' {
            let Some(c) = b[s..].iter().take(240).position(|&c| c == b']') else {
                return Some(None);
            };
            if at(b, s + c + 1) != b' ' {
                return Some(None);
            }
            s += c + 2;
            last = true;
        }
    }
    let Some(e) = name_end(b, s, false) else {
        return Some(None);
    };
    if last {
        let ends = matches!(at(b, e), 0 | b'\n' | b'\r' | b'"');
        let v = &b[s..e];
        return Some((ends && e > s && plausible(v) && !service_like(v)).then_some((s, e)));
    }
    if at(b, e) != b' ' {
        return Some(None);
    }
    let ok = if bad {
        plaintext || b[e..].starts_with(b" invalid user")
    } else {
        mech_len(&b[e + 1..]).is_some()
    };
    Some((ok && plausible(&b[s..e])).then_some((s, e)))
}

/// The account after the word for an operator (`Operator k.berg updated
/// key of ...`, `operaattori kberg42 poisti`): only a value shaped like
/// an account, lower-case with a `.` or `_` between letters or letters
/// then digits, and a word after it, so that `operator Telia`, `operator
/// precedence` and `operator=24001` stay.
fn operator_account(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b' ' {
        return None;
    }
    let s = j + 1;
    let e = name_end(b, s, false)?;
    let v = &b[s..e];
    // `(operator j.smith)`: the word for an operator and one lower-case
    // login alone in brackets, an attribution closing an audit message;
    // shaped like a login, as English words stand there too (`(operator
    // precedence)`).
    if i > 0 && b[i - 1] == b'(' && at(b, e) == b')' {
        let ok = (2..=32).contains(&v.len())
            && v[0].is_ascii_lowercase()
            && v.iter().all(|&c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
            })
            && (handle_shaped(v) || account_digits(v));
        return (ok && plausible(v) && !cue(v) && !service_like(v)).then_some((s, e));
    }
    if at(b, e) != b' ' || !at(b, e + 1).is_ascii_lowercase() {
        return None;
    }
    // `m.öhman`: a handle whose letters are not all ASCII.
    let intl_handle = || {
        let dot = v.iter().position(|&c| c == b'.' || c == b'_');
        dot.is_some_and(|d| d > 0 && d + 1 < v.len())
            && v[0].is_ascii_lowercase()
            && v.iter()
                .all(|&c| c.is_ascii_lowercase() || c >= 0x80 || matches!(c, b'.' | b'_'))
            && v.iter().any(|&c| c >= 0x80)
    };
    // `Operator ahmfar updated key of ...`, `operator jsmith logged in`:
    // a plain lower-case login, then what the operator did.
    // Only as the subject of the message (`: Operator x did`), where a
    // carrier (`roaming operator telia enabled`) does not stand.
    let subject = i == 0 || b[..i].ends_with(b": ") || b[..i].ends_with(b"] ");
    let plain_acted = || {
        let next = first_word(&b[e + 1..]);
        subject
            && (3..=20).contains(&v.len())
            && lower_then_digits(v)
            && ((next.len() > 4 && next.ends_with(b"ed")) || USER_OUTCOMES.contains(next))
            && !function_word(v)
    };
    let ok = handle_shaped(v) || account_digits(v) || intl_handle() || plain_acted();
    (ok && plausible(v) && !cue(v) && !service_like(v)).then_some((s, e))
}

/// The login in brackets at the end of a quoted value from `k`, as
/// directories, firewalls and identity agents write a user under an
/// account key (Check Point's `user` and `src_user_name`, `"Karin Berg
/// (kberg)"`, Active Directory's `displayName (sAMAccountName)` in
/// identity-awareness and NAC logs): lower case, or all capitals of
/// three letters or more (`JKOSSLER`). A status in brackets (`(external)`,
/// `(disabled)`) is no login.
pub(super) fn login_in_display(b: &[u8], k: usize) -> Option<(usize, usize)> {
    let q = at(b, k);
    if !matches!(q, b'"' | b'\'') {
        return None;
    }
    let n = b[k + 1..].iter().take(256).position(|&c| c == q)?;
    let close = k + 1 + n;
    if close < k + 5 || b[close - 1] != b')' {
        return None;
    }
    let open = k + 1 + b[k + 1..close].iter().rposition(|&c| c == b'(')?;
    if open < k + 3 || b[open - 1] != b' ' {
        return None;
    }
    let (s, e) = (open + 1, close - 1);
    let v = &b[s..e];
    let f = at(b, s);
    let caps = v.iter().filter(|c| c.is_ascii_uppercase()).count() >= 3
        && !v.iter().any(u8::is_ascii_lowercase);
    const STATUS: [&str; 9] = [
        "external",
        "extern",
        "guest",
        "contractor",
        "consultant",
        "inactive",
        "deleted",
        "disabled",
        "temp",
    ];
    let ok = (2..=64).contains(&v.len())
        && (f.is_ascii_lowercase() || caps)
        && v.iter().all(|&c| user_byte(c) && c != b'\\')
        && plausible(v)
        && !USER_OUTCOMES.contains(v)
        && !STATUS.iter().any(|w| v.eq_ignore_ascii_case(w.as_bytes()))
        && !service_like_under_key(v);
    ok.then_some((s, e))
}

/// True if `rest` is only the code location a logger appends to its
/// message: ` (pf::api::handle_accounting_metadata)` (PacketFence, and
/// Perl's Log::Log4perl `%M`), ` (Foo.java:123)`, ` [auth.c:412]`: one
/// bracketed token with `::`, or a file name and a line number, then the
/// end of the text. An account at the end of the message is taken as at
/// the end of the line.
fn code_location_tail(rest: &[u8]) -> bool {
    let Some(r) = rest
        .strip_prefix(b" (")
        .or_else(|| rest.strip_prefix(b" ["))
    else {
        return false;
    };
    let close = if rest[1] == b'(' { b')' } else { b']' };
    let Some(n) = r.iter().take(160).position(|&c| c == close) else {
        return false;
    };
    let t = &r[..n];
    let tail = &r[n + 1..];
    let token = !t.is_empty()
        && t.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b':' | b'_' | b'.' | b'-' | b'/'));
    let colons = t.windows(2).any(|w| w == b"::");
    let file_line = t.iter().rposition(|&c| c == b':').is_some_and(|k| {
        k + 1 < t.len() && t[k + 1..].iter().all(u8::is_ascii_digit) && t[..k].contains(&b'.')
    });
    token && (colons || file_line) && tail.iter().all(|c| c.is_ascii_whitespace())
}

/// True if `rest` is `/<realm> from <address>`: a sign-in realm of one
/// word (letters of any script, digits, `-`, `_`) after an account.
fn realm_from(rest: &[u8]) -> bool {
    let n = rest[1..]
        .iter()
        .take(64)
        .take_while(|&&c| c.is_ascii_alphanumeric() || c >= 0x80 || matches!(c, b'-' | b'_'))
        .count();
    n > 0 && rest[1 + n..].starts_with(b" from ") && ip_at(rest, 1 + n + 6)
}

/// The account after `login as` or `logged in as` (Webmin's and Usermin's
/// `Invalid login as kberg from 192.0.2.7`, `Non-existent login as ...`,
/// `Successful login as ...`; `User logged in as kberg from ...`): the
/// verb of a login, `as`, then a value and the address it came from, or
/// the value ending the phrase after an auth verdict.
fn login_as(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    let pw = prev_word(b, i);
    let login = pw.eq_ignore_ascii_case(b"login")
        || pw.eq_ignore_ascii_case(b"logon")
        || (pw.eq_ignore_ascii_case(b"in")
            && i >= 4
            && prev_word(b, i - 3).eq_ignore_ascii_case(b"logged"));
    if !login {
        return None;
    }
    let (s, e, after) = take(b, j + 1)?;
    let v = &b[s..e];
    let rest = &b[after..];
    let from = rest.starts_with(b" from ") && ip_at(b, after + 6);
    let ends = matches!(at(b, after), 0 | b',' | b';' | b'\n') || rest.starts_with(b" (");
    let ok = (from || (ends && auth_context(b, i)) || handle_shaped(v) || account_digits(v))
        && !super::shape::function_account(v)
        && plausible(v)
        && !cue(v)
        && !function_word(v)
        && !USER_OUTCOMES.contains(v);
    ok.then(|| without_domain(b, s, e))
}

/// True if `w` is an SQL verb of data definition or of access control
/// that names a role or a user next.
fn sql_verb(w: &[u8]) -> bool {
    // The statement may open a quoted CSV field (`,"CREATE ROLE ...`).
    let n = w
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let w = &w[w.len() - n..];
    [&b"create"[..], b"alter", b"drop"]
        .iter()
        .any(|v| w.eq_ignore_ascii_case(v))
}

/// The role or user an SQL statement names after `CREATE`, `ALTER` or
/// `DROP` and the word `b[i..j]` (`ROLE`, `USER`): PostgreSQL's `CREATE
/// ROLE "kberg" LOGIN` (doubled quotes in a CSV log or pgaudit's field),
/// `ALTER ROLE kberg WITH PASSWORD`, `DROP USER IF EXISTS kberg`, MySQL's
/// `CREATE USER 'kberg'@'%'`. A group role (`NOLOGIN`) and a service's
/// role (`app_reader`, `svc-backup`) stay.
fn sql_role(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if !sql_verb(prev_word(b, i)) || at(b, j) != b' ' {
        return None;
    }
    let mut k = j + 1;
    for w in [&b"if "[..], b"not ", b"exists "] {
        if b.len() >= k + w.len() && b[k..k + w.len()].eq_ignore_ascii_case(w) {
            k += w.len();
        }
    }
    // `""kberg""` inside a quoted CSV field: one quote of each pair.
    if at(b, k) == b'"' && at(b, k + 1) == b'"' {
        k += 1;
    }
    let (s, e, after) = take(b, k)?;
    let v = &b[s..e];
    let mut rest = &b[after..];
    if rest.first() == Some(&b'"') {
        rest = &rest[1..];
    }
    let word = first_word(rest.strip_prefix(b" ").unwrap_or(b""));
    let group = word.eq_ignore_ascii_case(b"nologin");
    let ok = !group
        && !super::shape::function_account(v)
        && (2..=63).contains(&v.len())
        && plausible(v)
        && !service_like(v)
        && !cue(v)
        && !function_word(v)
        && !v.iter().all(u8::is_ascii_digit);
    ok.then(|| {
        let at_sign = memchr::memchr(b'@', v).map_or(e, |a| s + a);
        (s, at_sign)
    })
}

/// The account in a TURN REST API credential (draft-uberti-behave-turn-rest;
/// coturn's `use-auth-secret`, eturnal, Janus and Jitsi deployments):
/// `<expiry>:<user>`, the expiry in Unix seconds, as coturn logs it
/// (`username=<1767225600:kberg>`), or `<user>:<expiry>` where the
/// separator was configured the other way. `k` is where the value starts.
fn turn_rest_user(b: &[u8], k: usize) -> Option<(usize, usize)> {
    let q = at(b, k);
    let s0 = if matches!(q, b'<' | b'"' | b'\'') {
        k + 1
    } else {
        k
    };
    if !is_digit(at(b, s0)) && !at(b, s0).is_ascii_alphabetic() {
        return None;
    }
    let end = s0
        + b[s0..]
            .iter()
            .take(80)
            .position(|&c| matches!(c, b'>' | b'"' | b'\'' | b',' | b' ' | b';' | b'\t'))
            .unwrap_or(b.len().min(s0 + 80) - s0);
    let v = &b[s0..end];
    let colon = memchr::memchr(b':', v)?;
    let expiry = |d: &[u8]| (9..=10).contains(&d.len()) && d.iter().all(u8::is_ascii_digit);
    let (s, e) = if expiry(&v[..colon]) {
        (s0 + colon + 1, end)
    } else if expiry(&v[colon + 1..]) {
        (s0, s0 + colon)
    } else {
        return None;
    };
    let u = &b[s..e];
    let ok = !u.is_empty()
        && !u.contains(&b':')
        && !super::shape::function_account(u)
        && plausible(u)
        && !service_like(u)
        && !u.iter().all(u8::is_ascii_digit);
    ok.then(|| without_domain(b, s, e))
}

/// Lower-case letters, then at most two digits (`kberg`, `staru2`): a
/// login as a plant or a desk hands them out.
fn lower_then_digits(v: &[u8]) -> bool {
    let l = v.iter().take_while(|c| c.is_ascii_lowercase()).count();
    l >= 3 && v.len() - l <= 2 && v[l..].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod shape_tests {
    use super::*;
    use proptest::prelude::*;

    /// The words [`compare_keywords`] compares, lower case, read from
    /// this file.
    fn compared() -> Vec<Vec<u8>> {
        let src = include_str!("keyword.rs");
        let body = &src[src.find("fn compare_keywords(").unwrap()..];
        let body = &body[..body.find("\n}\n").unwrap()];
        let mut read: Vec<Vec<u8>> = body
            .split("pick(b\"")
            .skip(1)
            .map(|t| t[..t.find('"').unwrap()].to_ascii_lowercase().into_bytes())
            .collect();
        read.sort();
        read.dedup();
        read
    }

    /// The test before the two-letter table: length and first letter.
    fn one_letter_shape(w: &[u8]) -> bool {
        w.len() < 16 && KEYWORD_SHAPE.first[usize::from(w[0])] & (1 << w.len()) != 0
    }

    /// Every keyword passes the shape test in either case, so the table
    /// its shapes are built from holds them all.
    #[test]
    fn every_keyword_passes() {
        let words = compared();
        // The parse found the table (it holds over a hundred words).
        assert!(words.len() > 100);
        for w in &words {
            for v in [w.clone(), w.to_ascii_uppercase()] {
                assert!(may_be_keyword(v[0], v.len()), "{v:?}");
                assert!(second_letter_fits(v[0], at(&v, 1), v.len()), "{v:?}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 50_000, ..ProptestConfig::default() })]

        /// [`keyword`] answers as the one-letter test and the comparison
        /// did, on keywords with a byte changed, in mixed case, and on
        /// random words.
        #[test]
        fn keyword_as_before(
            k in any::<usize>(),
            pos in 0usize..16,
            c in any::<u8>(),
            upper in any::<u16>(),
            w in "[a-zA-Z0-9_@.]{1,15}",
        ) {
            let words = compared();
            let k = k % words.len();
            let mut v = words[k].clone();
            if pos < v.len() {
                v[pos] = c;
            }
            for (n, x) in v.iter_mut().enumerate() {
                if upper & (1 << n) != 0 {
                    *x = x.to_ascii_uppercase();
                }
            }
            for t in [&v[..], w.as_bytes(), &words[k][..]] {
                let before = if one_letter_shape(t) { compare_keywords(t) } else { None };
                prop_assert_eq!(keyword(t), before);
            }
        }
    }
}
