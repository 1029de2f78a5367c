//! The whole value of a field bound to a kind: a placeholder that names no
//! one, and whether an address field holds exactly one address.

use super::{Kind, email, ip, keys, mac, name, phone};

/// True if `value`, the whole value of a field bound to `kind`, is a
/// placeholder that names no one: a service number or feature code where a
/// phone number goes (`112`, `*97`, `s`, `Anonymous`), a word such as
/// `Anonymous`, `Växel` or `Reception` where a person's name goes, a
/// queue or department where a number or account code goes (`support`,
/// `sales`: words common in logs that no name list has). Such a value is
/// kept, by `veil run` and `veil scan` alike.
pub fn placeholder(kind: Kind, value: &str) -> bool {
    match kind {
        // Most bound numbers are written as numbers: only the tests that
        // read numbers can hold for them (see `number_placeholder`).
        Kind::Phone if written_as_number(value) => number_placeholder(value),
        Kind::Phone => {
            phone::placeholder(value)
                || common_words(value)
                || grouped_service(value)
                || service_address(value)
                || organisation_range(value)
        }
        Kind::Badge => common_words(value) || cost_centre(value),
        Kind::PersonName => name::placeholder(value) || area_name(value),
        // Shared and system accounts (`root`, `admin`, `SYSTEM`) and
        // placeholders (`-`, `N/A`) are no one's; nor are Windows' own
        // principals or a service's or computer's account, nor a role's
        // mailbox as the account (`suser=helpdesk@example.se` of a mail
        // gateway's CEF event).
        Kind::Username => {
            keys::not_an_account(value)
                || service_account(value)
                || system_mailbox(value)
                || email::machine_identity(value)
        }
        // As in free text: the unspecified, broadcast and loopback
        // addresses name no host.
        Kind::Ipv4 => value
            .trim()
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|a| a.is_unspecified() || a.is_broadcast() || a.is_loopback()),
        Kind::Ipv6 => value
            .trim()
            .parse::<std::net::Ipv6Addr>()
            .is_ok_and(|a| a.is_unspecified() || a.is_loopback()),
        // As in free text: the broadcast, a group (multicast) and the
        // all-zero address name no device (`srcmac=ff:ff:ff:ff:ff:ff` of a
        // dropped broadcast, an unset `00:00:00:00:00:00`).
        Kind::Mac => {
            let v = value.trim().as_bytes();
            v.iter().filter(|c| c.is_ascii_hexdigit()).count() == 12 && !mac::personal(v)
        }
        // A workload's or shared resource's address where a mailbox goes
        // (`deploy@p-1.iam.gserviceaccount.com`).
        Kind::Email => email::machine_identity(value) || system_mailbox(value),
        _ => false,
    }
}

/// [`placeholder`] of [`Kind::Phone`] for a value written as a number: at
/// least one ASCII digit, and else only `+`, ` `, `-`, `.`, `(`, `)` and
/// `/`. Of the four tests there only the two that read numbers can hold
/// for it ([`common_words`] wants no digit, [`service_address`] an `@`),
/// so only those are made.
pub fn number_placeholder(value: &str) -> bool {
    debug_assert!(value.bytes().any(|c| c.is_ascii_digit()));
    debug_assert!(
        value
            .bytes()
            .all(|c| c.is_ascii_digit()
                || matches!(c, b'+' | b' ' | b'-' | b'.' | b'(' | b')' | b'/'))
    );
    phone::placeholder(value) || grouped_service(value) || organisation_range(value)
}

/// Whether `value` is what [`number_placeholder`] takes: at least one
/// ASCII digit, and else only `+`, ` `, `-`, `.`, `(`, `)` and `/`.
fn written_as_number(value: &str) -> bool {
    let mut digit = false;
    for c in value.bytes() {
        match c {
            b'0'..=b'9' => digit = true,
            b'+' | b' ' | b'-' | b'.' | b'(' | b')' | b'/' => {}
            _ => return false,
        }
    }
    digit
}

/// True if `value` is a Swedish national number of the `0771` series
/// (`0771-567 567`, six digits after the `0771`; `+46 771 ...`, `0046 771
/// ...`, with a directory's spaces and dashes): PTS's numbering plan gives
/// the `077` series to organisations' shared-cost service numbers, and a
/// government agency, a utility or a bank publishes its customer line
/// there; no subscriber line is numbered so. Other `077` and `020`
/// numbers are left alone: `07700 900123` is a British mobile written
/// nationally, and labelled data writes persons' numbers in `020` and
/// other `077` blocks.
fn organisation_range(value: &str) -> bool {
    // Most numbers are turned away by their first bytes: every bound phone
    // value of a CDR comes here, most of them `07...` mobiles and `+46...`.
    let v = value.as_bytes();
    let rest = if let Some(r) = v.strip_prefix(b"+46") {
        r
    } else if let Some(r) = v.strip_prefix(b"0046") {
        r
    } else if let Some(r) = v.strip_prefix(b"0") {
        r
    } else {
        return false;
    };
    let rest = match rest.first() {
        Some(b' ' | b'-') => &rest[1..],
        _ => rest,
    };
    if !rest.starts_with(b"771") || !(9..=20).contains(&v.len()) {
        return false;
    }
    let mut digits = [0u8; 14];
    let mut n = 0;
    for (i, &c) in v.iter().enumerate() {
        match c {
            b'0'..=b'9' => {
                let Some(slot) = digits.get_mut(n) else {
                    return false;
                };
                *slot = c;
                n += 1;
            }
            b'+' if i == 0 => {}
            b' ' | b'-' | b'.' | b'/' if n > 0 => {}
            _ => return false,
        }
    }
    let d = &digits[..n];
    let nsn = if v[0] == b'+' {
        d.strip_prefix(b"46")
    } else if let Some(r) = d.strip_prefix(b"0046") {
        Some(r)
    } else {
        d.strip_prefix(b"0").filter(|r| r.first() != Some(&b'0'))
    };
    nsn.is_some_and(|r| r.len() == 9 && r.starts_with(b"771"))
}

/// True if `value`, a bound account, names a service or a machine, not a
/// person: one of Windows' built-in principals (`NT AUTHORITY\NETWORK
/// SERVICE`, [`windows_authority`]), a computer's account (`DC01$`), or an
/// account a part of which names a service (`svc_sccm`, `backup-svc`,
/// `healthcheck`: three letters or more, as under an account key, since two
/// are as often a person's initials). A key already judged such accounts
/// so (`changedBy`); a field a pack binds to accounts (CEF's `suser` and
/// `duser`, a CDR's login column) is no stronger evidence of a person.
fn service_account(value: &str) -> bool {
    let v = value.trim();
    if let Some(k) = v.find('\\') {
        return windows_authority(&v.as_bytes()[..k]);
    }
    !v.is_empty()
        && !v.contains(char::is_whitespace)
        && (v.ends_with('$')
            || super::username::NOT_NAMES.contains(v.as_bytes())
            || super::username::service_like_under_key(v.as_bytes()))
}

/// True if `value`, a bound or keyed account or address written as
/// `local@domain`, is the mailbox of a system or service account: its
/// local part is one as a bound account ([`keys::not_an_account`],
/// [`service_account`]: `root`, `postmaster`, `MAILER-DAEMON`, `SYSTEM`,
/// `www-data`, `nagios`, `ldap-sync`, `svc_backup`), as mail gateways log
/// the envelope sender of a system's own mail (Cisco Secure Email's CEF
/// `suser`, Box's `created_by.login` of an integration). A person's
/// address is never one (`karin.berg@`). Every address a key or binding
/// takes comes here on a cache miss, so a local part with a dot (most
/// persons' `first.last`) or longer than 24 bytes is turned away before
/// the lists are read; `svc.scanner@` is left to be replaced.
fn system_mailbox(value: &str) -> bool {
    let v = value.trim().as_bytes();
    let Some(a) = memchr::memchr(b'@', v) else {
        return false;
    };
    let local = &v[..a];
    if local.is_empty()
        || local.len() > 24
        || a + 1 == v.len()
        || memchr::memchr2(b'.', b'@', local).is_some()
        || memchr::memchr(b'@', &v[a + 1..]).is_some()
        || v.iter().any(u8::is_ascii_whitespace)
    {
        return false;
    }
    std::str::from_utf8(local).is_ok_and(|l| keys::not_an_account(l) || service_account(l))
}

/// True if `before`, the text before a backslash, ends with the domain of
/// one of Windows' built-in security principals, which are no one's
/// account: `NT AUTHORITY` (`SYSTEM`, `LOCAL SERVICE`, `NETWORK SERVICE`,
/// `ANONYMOUS LOGON`), `NT SERVICE` (a service's virtual account, `NT
/// SERVICE\MSSQLSERVER`), `IIS APPPOOL` (an application pool's identity),
/// `BUILTIN` (local groups), `NT VIRTUAL MACHINE`, `Window Manager`
/// (`DWM-1`) and `Font Driver Host` (`UMFD-0`), and the localised names
/// of `NT AUTHORITY` that LookupAccountSid returns (`NT INSTANS`, Swedish;
/// `NT-AUTORITÄT`, German; `AUTORITE NT`, French), compared
/// case-insensitively. `NT AUTHORITY\NETWORK SERVICE` is Windows' own
/// account, so neither part is an account to replace.
pub(crate) fn windows_authority(before: &[u8]) -> bool {
    // Every such domain is seven bytes or more and ends in one of these
    // letters: most domains (`CORP`, `LSNORR`) are turned away here.
    if before.len() < 7
        || !matches!(
            before[before.len() - 1].to_ascii_uppercase(),
            b'Y' | b'E' | b'L' | b'N' | b'R' | b'T' | b'S'
        )
    {
        return false;
    }
    const DOMAINS: [&[u8]; 10] = [
        b"NT AUTHORITY",
        b"NT SERVICE",
        b"IIS APPPOOL",
        b"BUILTIN",
        b"NT VIRTUAL MACHINE",
        b"Window Manager",
        b"Font Driver Host",
        b"NT INSTANS",
        "NT-AUTORITÄT".as_bytes(),
        b"AUTORITE NT",
    ];
    DOMAINS.iter().any(|d| {
        before.len() >= d.len()
            && before[before.len() - d.len()..].eq_ignore_ascii_case(d)
            && (before.len() == d.len()
                || !before[before.len() - d.len() - 1].is_ascii_alphanumeric())
    })
}

/// True if `value`, where a caller's name goes, is the place a number is
/// from rather than anyone's name: a PBX or SBC that looks up a caller's
/// name fills in the number's area when no subscriber name is listed, as
/// libphonenumber's offline geocoder describes numbers (`Umeå` for +46 90,
/// `Östersund` for +46 63) and as North American CNAM gives a city for an
/// unlisted line. One area name of the Swedish numbering plan (PTS's list
/// of area codes, also each part of a joined name such as
/// `Örebro-Kumla`), compared case-insensitively; names of three letters or
/// fewer, places that are also given names or surnames (`Nora`, `Lund`,
/// `Mora`) and any word the name list holds are left to the name rules.
fn area_name(value: &str) -> bool {
    let v = value.trim();
    if !(4..=40).contains(&v.len()) || v.contains(' ') {
        return false;
    }
    // Lower-cased into a buffer on the stack (Swedish letters keep their
    // length in UTF-8), then looked up in the sorted list: no allocation,
    // a handful of comparisons per caller name.
    let mut buf = [0u8; 48];
    let mut n = 0;
    for c in v.chars().flat_map(char::to_lowercase) {
        let Some(dst) = buf.get_mut(n..n + c.len_utf8()) else {
            return false;
        };
        c.encode_utf8(dst);
        n += c.len_utf8();
    }
    AREAS
        .binary_search_by(|a| a.as_bytes().cmp(&buf[..n]))
        .is_ok()
        && !name::known_name_word(v)
}

/// Area names of the Swedish numbering plan (PTS, "Svensk nummerplan för
/// telefoni", the names of the area codes), lower case, sorted by their
/// bytes (a test checks the order the lookup needs).
const AREAS: [&str; 332] = [
    "alfta",
    "alfta-edsbyn",
    "alingsås",
    "alingsås-vårgårda",
    "alunda",
    "alvesta",
    "alvesta-rydaholm",
    "anderstorp",
    "arboga",
    "arjeplog",
    "arvika",
    "askersund",
    "avesta",
    "avesta-krylbo",
    "bastuträsk",
    "bengtsfors",
    "bergsjö",
    "bjurholm",
    "björna",
    "bollnäs",
    "borlänge",
    "borås",
    "boxholm",
    "bredbyn",
    "bromölla",
    "bräcke",
    "bräcke-gällö",
    "byske",
    "båstad",
    "charlottenberg",
    "charlottenberg-åmotfors",
    "dannemora",
    "deje",
    "delsbo",
    "edsbyn",
    "eksjö",
    "emmaboda",
    "enköping",
    "enviken",
    "eskilstuna",
    "eskilstuna-torshälla",
    "eslöv",
    "eslöv-höör",
    "falkenberg",
    "falköping",
    "filipstad",
    "finspång",
    "fjugesta",
    "fjugesta-svartå",
    "flen",
    "flen-malmköping",
    "funäsdalen",
    "färgelanda",
    "föllinge",
    "gagnef",
    "gagnef-floda",
    "gamleby",
    "gislaved",
    "gislaved-anderstorp",
    "gnesta",
    "gotland",
    "grebbestad",
    "grythyttan",
    "gränna",
    "grästorp",
    "gullspång",
    "gäddede",
    "gällivare",
    "gällö",
    "gävle",
    "gävle-sandviken",
    "göteborg",
    "götene",
    "hagfors",
    "hagfors-munkfors",
    "hakkas",
    "hallen",
    "hallen-oviken",
    "hallsberg",
    "hallstahammar",
    "hallstahammar-surahammar",
    "hallstavik",
    "hallstavik-rimbo",
    "halmstad",
    "hammarstrand",
    "hammerdal",
    "hamrånge",
    "haparanda",
    "harads",
    "hede-funäsdalen",
    "hedemora",
    "hedemora-säter",
    "hedesunda",
    "hedesunda-österfärnebo",
    "helsingborg",
    "helsingborg-höganäs",
    "hindås",
    "hofors",
    "hofors-storvik",
    "hoting",
    "hudiksvall",
    "huskvarna",
    "hyltebruk",
    "hyltebruk-torup",
    "hällefors",
    "hällefors-grythyttan",
    "härnösand",
    "hässleholm",
    "höganäs",
    "högsby",
    "hörby",
    "höör",
    "idre-särna",
    "insjön",
    "jokkmokk",
    "junsele",
    "järpen",
    "jönköping",
    "jönköping-huskvarna",
    "kalix",
    "kalmar",
    "karlholmsbruk",
    "karlholmsbruk-skärplinge",
    "karlsborg",
    "karlshamn",
    "karlshamn-olofström",
    "karlskrona",
    "karlstad",
    "katrineholm",
    "kinna",
    "kiruna",
    "klippan",
    "klippan-perstorp",
    "kopparberg",
    "korpilombolo",
    "kramfors",
    "kristianstad",
    "kristinehamn",
    "krokom",
    "krylbo",
    "kumla",
    "kungsbacka",
    "kungsör",
    "kungälv",
    "köping",
    "laholm",
    "lakaträsk",
    "landskrona",
    "landskrona-svalöv",
    "laxå",
    "leksand",
    "leksand-insjön",
    "lenhovda",
    "lessebo",
    "lidköping",
    "lindesberg",
    "linköping",
    "ljungby",
    "ljusdal",
    "ludvika",
    "ludvika-smedjebacken",
    "luleå",
    "lycksele",
    "lysekil",
    "lövånger",
    "malmköping",
    "malmö",
    "malung",
    "malå",
    "mariannelund",
    "mariefred",
    "mariestad",
    "markaryd",
    "markaryd-strömsnäsbruk",
    "mellerud",
    "mjölby",
    "mjölby-skänninge-boxholm",
    "molkom",
    "mora-orsa",
    "motala",
    "mullsjö",
    "munkedal",
    "munkfors",
    "mönsterås",
    "nordmaling",
    "norrköping",
    "norrtälje",
    "norsjö",
    "nossebro",
    "nybro",
    "nyköping",
    "nyköping-oxelösund",
    "nässjö",
    "näsåker",
    "ockelbo",
    "ockelbo-hamrånge",
    "olofström",
    "orsa",
    "osby",
    "oskarshamn",
    "oskarshamn-högsby",
    "oviken",
    "oxelösund",
    "pajala",
    "perstorp",
    "piteå",
    "ramsele",
    "rimbo",
    "robertsfors",
    "ronneby",
    "rydaholm",
    "rätan",
    "rättvik",
    "råneå",
    "sala-heby",
    "sandviken",
    "simrishamn",
    "sjöbo",
    "skara",
    "skara-götene",
    "skellefteå",
    "skinnskatteberg",
    "skänninge",
    "skärplinge",
    "skövde",
    "smedjebacken",
    "sollefteå",
    "sorsele",
    "stockholm",
    "storuman",
    "storvik",
    "strängnäs",
    "strömsnäsbruk",
    "strömstad",
    "strömsund",
    "sundsvall",
    "sundsvall-timrå",
    "sunne",
    "surahammar",
    "svalöv",
    "svartå",
    "svenljunga",
    "svenljunga-tranemo",
    "svenstavik",
    "svärdsjö",
    "svärdsjö-enviken",
    "sysslebäck",
    "säffle",
    "särna",
    "säter",
    "sävsjö",
    "söderfors",
    "söderhamn",
    "söderköping",
    "sölvesborg",
    "sölvesborg-bromölla",
    "tibro",
    "tidaholm",
    "tierp",
    "tierp-söderfors",
    "timrå",
    "tingsryd",
    "tomelilla",
    "torpshammar",
    "torsby",
    "torshälla",
    "torsås",
    "tranemo",
    "tranås",
    "trelleborg",
    "trollhättan",
    "trosa",
    "trosa-vagnhärad",
    "tärnaby",
    "tärnsjö",
    "tärnsjö-östervåla",
    "töreboda",
    "töreboda-hova",
    "uddevalla",
    "ullånger",
    "ulricehamn",
    "umeå",
    "uppsala",
    "vadstena",
    "vaggeryd",
    "vagnhärad",
    "valdemarsvik",
    "vansbro",
    "vara-nossebro",
    "varberg",
    "vetlanda",
    "vikbolandet",
    "vilhelmina",
    "vimmerby",
    "vindeln",
    "vingåker",
    "vittangi",
    "vuollerim",
    "vänersborg",
    "vännäs",
    "värnamo",
    "västervik",
    "västerås",
    "växjö",
    "vårgårda",
    "ystad",
    "älmhult",
    "älvdalen",
    "älvsbyn",
    "ängelholm",
    "ängelholm-båstad",
    "åmotfors",
    "åmål",
    "ånge",
    "åre-järpen",
    "årjäng",
    "åseda",
    "åseda-lenhovda",
    "åsele",
    "åtvidaberg",
    "ödeshög",
    "öland",
    "örbyhus",
    "örbyhus-dannemora",
    "örebro",
    "örebro-kumla",
    "örnsköldsvik",
    "österfärnebo",
    "östersund",
    "östervåla",
    "överkalix",
    "övertorneå",
];

/// True if `value` is a service number written in groups, as directories
/// print them (`114 14`, Swedish police; `116 000`; `90 000`): its digits
/// without the spaces are a service number. Only digits and single spaces,
/// at most eight digits, so a person's number in groups is never one.
fn grouped_service(value: &str) -> bool {
    let v = value.trim().as_bytes();
    if !v.contains(&b' ') || v.len() > 12 {
        return false;
    }
    let mut digits = [0u8; 8];
    let mut n = 0;
    for (i, &c) in v.iter().enumerate() {
        match c {
            b'0'..=b'9' if n < digits.len() => {
                digits[n] = c;
                n += 1;
            }
            b' ' if i > 0 && v[i - 1] != b' ' => {}
            _ => return false,
        }
    }
    phone::is_service(&digits[..n]) && !matches!(&digits[..n], b"110" | b"113" | b"114")
}

/// True if `value` is a queue, a conference room or a department
/// addressed as `name@domain`, where the name is a service word of a dial
/// plan (`support@example.se`, `kundtjanst@pbx`, `conf_3000@default`):
/// FreeSWITCH's mod_fifo names its queues so (its default dialplan parks
/// callers in `cool_fifo@$${domain_name}`), mod_callcenter its queues
/// (`support@default`) and mod_conference its rooms (`name@profile`), and a
/// SIP destination to a role address is the same. A person's address
/// (`karin@example.se`, `0701740683@pbx`) has no such name and is replaced.
fn service_address(value: &str) -> bool {
    let Some((local, domain)) = value.trim().split_once('@') else {
        return false;
    };
    !domain.is_empty()
        && domain
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_'))
        && (phone::placeholder(local) || common_words(local) || service_word(local))
}

/// Service words of Swedish dial plans as ASCII writes them where an
/// address cannot hold `å`, `ä`, `ö` (`kundtjanst`, `vaxel`, `felanmalan`),
/// with `-` or `_` between words allowed.
fn service_word(local: &str) -> bool {
    const WORDS: [&str; 8] = [
        "kundtjanst",
        "vaxel",
        "felanmalan",
        "reception",
        "kundservice",
        "support",
        "helpdesk",
        "servicedesk",
    ];
    local
        .split(['-', '_'])
        .all(|w| WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

/// True if `value` is one to three words of ASCII letters (`support`,
/// `sales`, `ring-group`) that name no one: each makes a value no name or
/// is common in logs and in no name list. A user (`karin`, `kyoussef`) is
/// not such a value.
fn common_words(value: &str) -> bool {
    let v = value.trim().trim_matches('~');
    !v.is_empty()
        && v.len() <= 48
        && v.bytes()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'-' | b'_'))
        && v.split([' ', '-', '_']).count() <= 3
        && (phone::placeholder(v)
            || DIALPLAN.iter().any(|w| w.eq_ignore_ascii_case(v))
            || name::placeholder_words(&v.replace(['-', '_'], " "), true))
}

/// Test and media services that FreeSWITCH's default dialplan and
/// Asterisk's applications name a destination after: an echo test, a
/// delayed echo, a milliwatt or tone test, music on hold, the directory.
const DIALPLAN: [&str; 7] = [
    "echo",
    "delay_echo",
    "milliwatt",
    "tone_stream",
    "moh",
    "hold_music",
    "directory",
];

/// True if `value` is a cost centre or project code, as PBXs write into
/// an account code field that otherwise holds a badge: an accounting
/// word (`KST`, Swedish kostnadsställe; `CC`; `PROJ`; `DEPT`; `AVD`) and
/// digits, `KST4410`, `PROJ-77`, `cc_1200`, also with one space as people
/// type them (`Kst 8800`). Swedish public-sector accounts code a cost by
/// its responsibility (`Ansvar 1203`) as often as by cost centre.
fn cost_centre(value: &str) -> bool {
    let v = value.trim().as_bytes();
    let letters = v.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    const WORDS: [&[u8]; 10] = [
        b"ansvar",
        b"projekt",
        b"kst",
        b"cc",
        b"proj",
        b"prj",
        b"project",
        b"dept",
        b"avd",
        b"costcenter",
    ];
    let rest = &v[letters..];
    let digits = rest
        .strip_prefix(b"-")
        .or_else(|| rest.strip_prefix(b"_"))
        .or_else(|| rest.strip_prefix(b" "))
        .unwrap_or(rest);
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(&v[..letters]))
        && (1..=8).contains(&digits.len())
        && digits.iter().all(u8::is_ascii_digit)
}

/// True unless `value`, bound to `kind`, is an address kind that holds
/// something other than exactly one address: `192.0.2.1:443`,
/// `[2001:db8::1]:443`, `fe80::1%eth0`, `10.0.0.0/8`, a list, a host name,
/// `-`. Values of other kinds are always bare.
pub fn ip_bare(kind: Kind, value: &str) -> bool {
    if !matches!(kind, Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4) {
        return true;
    }
    let v = value.trim();
    if v.is_empty() {
        return true;
    }
    if v.contains(':') {
        let v = v
            .strip_prefix('[')
            .and_then(|v| v.strip_suffix(']'))
            .unwrap_or(v);
        return v.parse::<std::net::Ipv6Addr>().is_ok();
    }
    if v.contains('-') {
        return ip::dashed_ipv4_at(v.as_bytes(), 0) == Some(v.len())
            || v.replace('-', ".").parse::<std::net::Ipv4Addr>().is_ok();
    }
    v.parse::<std::net::Ipv4Addr>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_names_are_sorted_for_the_lookup() {
        assert!(AREAS.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()));
    }

    #[test]
    fn a_caller_name_that_is_the_numbers_area_names_no_one() {
        for v in [
            "Umeå",
            "UMEÅ",
            "Östersund",
            "Luleå",
            "Skellefteå",
            "Piteå",
            "Kiruna",
            "Göteborg",
            "Örebro",
            "Kumla",
            "Örebro-Kumla",
            "Sundsvall",
            "Västerås",
        ] {
            assert!(placeholder(Kind::PersonName, v), "{v}");
        }
        // People, also with a place's name as their surname or given name,
        // and a place in a longer value.
        for v in [
            "Karin Eriksson",
            "Nora",
            "Lund",
            "Mora",
            "Anna Umeå",
            "Ume",
            "Eriksson",
        ] {
            assert!(!placeholder(Kind::PersonName, v), "{v}");
        }
    }

    #[test]
    fn windows_principals_services_and_computers_bound_as_accounts_name_no_one() {
        // CEF `suser`/`duser` of Varonis, CyberArk, Trellix, ArcSight's
        // Windows connector, Defender; the escaped backslash of CEF and
        // JSON too.
        for v in [
            "NT AUTHORITY\\NETWORK SERVICE",
            "NT AUTHORITY\\\\NETWORK SERVICE",
            "NT AUTHORITY\\SYSTEM",
            "NT Authority\\LocalService",
            "NT SERVICE\\MSSQLSERVER",
            "IIS APPPOOL\\DefaultAppPool",
            "Window Manager\\DWM-1",
            "Font Driver Host\\UMFD-0",
            "BUILTIN\\Administrators",
            "NT INSTANS\\SYSTEM",
            "NT-AUTORITÄT\\NETZWERKDIENST",
            "svc_sccm",
            "svc-veeam",
            "backup-svc",
            "healthcheck",
            "nagios",
            "DC01$",
            "zabbix",
            "helpdesk@example.se",
            "Support@example.se",
        ] {
            assert!(placeholder(Kind::Username, v), "{v}");
        }
        // People's accounts, also with a domain, and two-letter parts that
        // are as often initials.
        for v in [
            "k.eriksson",
            "CORP\\k.eriksson",
            "LSNORR\\\\sbergkvist",
            "NTA\\karin",
            "ai5606",
            "sa.berg",
            "ro.lindqvist",
            "anna-svensson",
            "toveekdahl",
            "svante",
            "Karin Eriksson",
            "support.karin@example.se",
        ] {
            assert!(!placeholder(Kind::Username, v), "{v}");
        }
    }

    #[test]
    fn cost_centres_in_account_codes_name_no_one() {
        for v in [
            "KST4410",
            "PROJ-77",
            "cc_1200",
            "Dept-12",
            "AVD300",
            "Kst 8800",
            "KST 4410",
            "Ansvar 1203",
            "Projekt 77",
        ] {
            assert!(placeholder(Kind::Badge, v), "{v}");
        }
        // Badges and card codes, also with letters before the digits.
        for v in [
            "B130791",
            "445566",
            "123:45678",
            "04A1B2C3",
            "KST",
            "KSTA4410",
            "PROJ-77x",
            "Kst  8800",
            "Kst 8800 1",
            "Karin 1203",
            "B 130791",
        ] {
            assert!(!placeholder(Kind::Badge, v), "{v}");
        }
    }

    #[test]
    fn addresses_in_bound_fields_that_name_no_device_or_person() {
        // Stormshield `srcmac=`, FortiGate `srcmac=`, CEF `smac=`, dhcpd.
        for v in [
            "ff:ff:ff:ff:ff:ff",
            "FF-FF-FF-FF-FF-FF",
            "ffff.ffff.ffff",
            "00:00:00:00:00:00",
            "01:00:5e:7f:ff:fa",
            "33:33:ff:1a:07:19",
        ] {
            assert!(placeholder(Kind::Mac, v), "{v}");
        }
        for v in [
            "b8:27:eb:1a:07:19",
            "00:1A:2B:3C:4D:5E",
            "0000.0000.0001",
            "f4f5d8f36cc4",
        ] {
            assert!(!placeholder(Kind::Mac, v), "{v}");
        }
        assert!(placeholder(
            Kind::Email,
            "sa-deploy@vfk-gis-9120.iam.gserviceaccount.com"
        ));
        assert!(!placeholder(Kind::Email, "karin.berg@vasterfors.se"));
        assert!(!placeholder(
            Kind::Email,
            "karin.berg@gserviceaccount.com.example.se"
        ));
    }

    #[test]
    fn placeholders_in_bound_fields_name_no_one() {
        for v in [
            "112",
            "911",
            "1177",
            "11414",
            "114 14",
            "116 000",
            "90000",
            "116111",
            "*97",
            "#31#",
            "*72",
            "s",
            "h",
            // An access code (`9`, an outside line) or a menu choice.
            "9",
            "1",
            "Anonymous",
            "ANONYMOUS",
            "unknown",
            "voicemail",
            " Restricted ",
            "park+701",
            "conf_3000",
            "ivr_main",
            "VM-menu",
            "echo",
            "delay_echo",
            "support",
            "Sales",
            "~~s~~",
            "vaxel@vasterfors",
            "kundtjanst@pbx.example.se",
            "felanmalan@nordhavn",
            "support@default",
            "conf_3000@example.se",
        ] {
            assert!(placeholder(Kind::Phone, v), "{v}");
        }
        // Extensions that are emergency numbers somewhere, numbers, a
        // forwarding code that carries a number, and SIP users.
        for v in [
            "110",
            "113",
            "144",
            "12",
            "1001",
            "0701740683",
            "+46701740683",
            "*21*0701740683#",
            "114",
            "11 0",
            "070 174 06 83",
            "112  12",
            "112 x",
            "karin",
            "",
            "*",
            "sara",
            "vm_0701740683",
            "karin_lund",
            "park+",
            "karin@example.se",
            "0701740683@pbx",
            "support@",
            "@example.se",
            "support@example.se/x",
            "kyoussef",
            "jyrki.koskinen",
            "Karin",
        ] {
            assert!(!placeholder(Kind::Phone, v), "{v}");
        }
        for v in [
            "Anonymous",
            "Växel",
            "VÄXEL",
            "Reception",
            "Unknown caller",
            "Private Number",
            "Conference Room",
            "Dolt nummer",
            "Outbound Call",
            "Incoming PSTN",
            "Room 101",
            "Kitchen Phone",
            "Lager kassa 2",
            "Campaign",
            "Kampanj 3",
            "Outbound Dialler",
            // A function, alone or as the last part of a compound, beside
            // words no list has; a dialler's call id as the caller name.
            "Kortspärr",
            "Elnät kundtjänst",
            "Kundenservice",
            "Umeå Kommun Växel 2",
            "Felanmälan",
            "V1015123456000012345",
            "M0902044828000012345",
        ] {
            assert!(placeholder(Kind::PersonName, v), "{v}");
        }
        // The same shapes with a person's name in them, or no function.
        for v in [
            "Karin Kundtjänst",
            "Elnät Lindström",
            "Eriksson Support",
            "Kortström",
            "V12345",
            "Vera 1015123456000012345",
            "Kundtjänst Aroha",
        ] {
            assert!(!placeholder(Kind::PersonName, v), "{v}");
        }
        for v in [
            "Karin Eriksson",
            "Ann Reception",
            "Leyla",
            "",
            "Åsa Växel-Berg",
            "Line Andersen",
            "Outbound Karin",
            "Campaign Karin Berg",
            "101",
            "Karin 2",
        ] {
            assert!(!placeholder(Kind::PersonName, v), "{v}");
        }
        // A shared or system account in a field bound to accounts is no
        // one's; a personal account is.
        assert!(placeholder(Kind::Username, "anonymous"));
        assert!(placeholder(Kind::Username, "root"));
        assert!(!placeholder(Kind::Username, "k.berg"));
        // A system's or service's own mailbox, bound as an account or an
        // address; a person's is replaced.
        for v in [
            "postmaster@vastanfors.int",
            "MAILER-DAEMON@mx1.example.se",
            "root@fw01.example.se",
            "nagios@skarholmen.local",
            "www-data@web01",
            "svc_backup@corp.example.se",
            "SYSTEM@corp.example.se",
        ] {
            assert!(placeholder(Kind::Username, v), "{v}");
            assert!(placeholder(Kind::Email, v), "{v}");
        }
        for v in [
            "karin.berg@example.se",
            "k.berg@EXAMPLE.SE",
            "karin@",
            "@example.se",
            "root karin@example.se",
            "lukasz.pawlak93@kolmarden-vard.se",
        ] {
            assert!(!placeholder(Kind::Username, v), "{v}");
            assert!(!placeholder(Kind::Email, v), "{v}");
        }
    }

    /// `placeholder` of a phone as it was before numbers took the short
    /// way: every test made.
    fn phone_placeholder_ungated(v: &str) -> bool {
        phone::placeholder(v)
            || common_words(v)
            || grouped_service(v)
            || service_address(v)
            || organisation_range(v)
    }

    proptest::proptest! {
        /// A phone's `placeholder` answers as every test made in turn,
        /// numbers, words, addresses and their mixtures alike.
        #[test]
        fn phone_placeholder_is_every_test(
            v in "[0-9+ ().\\-/a-zA-Z@_~*#]{0,20}",
            w in proptest::sample::select(vec![
                "112", "1177", "11 414", "116 000", "0771-567 567", "+46 771 567 567",
                "0701740683", "voicemail", "support@example.se", "112@example.se",
                "*97", "#31#", "anonymous", "0046 771 567 567", "(08) 112", "",
            ]),
        ) {
            proptest::prop_assert_eq!(placeholder(Kind::Phone, &v), phone_placeholder_ungated(&v));
            proptest::prop_assert_eq!(placeholder(Kind::Phone, w), phone_placeholder_ungated(w));
        }

        /// `number_placeholder` answers as `placeholder` of a phone for
        /// every value written as a number.
        #[test]
        fn number_placeholder_is_placeholder_of_a_number(
            v in "[0-9+ ().\\-/]{0,6}[0-9][0-9+ ().\\-/]{0,14}"
        ) {
            proptest::prop_assert_eq!(number_placeholder(&v), placeholder(Kind::Phone, &v));
            proptest::prop_assert_eq!(number_placeholder(&v), phone_placeholder_ungated(&v));
        }
    }

    #[test]
    fn an_organisations_national_numbers_name_no_one() {
        // The 0771 series, however a directory or a CDR writes it.
        for v in [
            "0771440000",
            "0771-440 000",
            "0771-567 567",
            "+46771567567",
            "+46 771 567 567",
            "0771-24 24 24",
        ] {
            assert!(placeholder(Kind::Phone, v), "{v}");
            assert!(number_placeholder(v), "{v}");
        }
        // A London and a British mobile number written nationally, ten
        // digits after a 020, a person's mobile and fixed lines of Umeå,
        // London, Berlin and Madrid in international form; the premium
        // and 020 shapes labelled data writes for persons (the plan's
        // freephone 020-xx xx xx and shared-cost 077x were tried as an
        // organisation's and dropped: two kept-aside sets label them a
        // person's, 25 leaks), and other countries' toll-free numbers.
        for v in [
            "020220000",
            "020-22 00 00",
            "+4620220000",
            "0772440000",
            "020 7946 0958",
            "02076924830",
            "07700 900123",
            "07703691373",
            "0701740683",
            "+46701740683",
            "090-12 34 56",
            "+4690123456",
            "+44 20 7946 0958",
            "+49 30 1234567",
            "+34 912 345 678",
            "+4677156756",
            "00020220000",
            "020220000x",
            "0200373416",
            "0201234567",
            "0900132143",
            "+421 900 123 456",
            "18005550199",
            "+44 800 123 4567",
            "+1 800 555 0199",
        ] {
            assert!(!placeholder(Kind::Phone, v), "{v}");
        }
    }

    #[test]
    fn number_placeholder_keeps_service_numbers() {
        for v in [
            "112",
            "1177",
            "11 414",
            "116 000",
            "0",
            "00000",
            "+46701740683",
            "110",
            "(08) 112",
        ] {
            assert_eq!(number_placeholder(v), placeholder(Kind::Phone, v), "{v}");
        }
    }
}
