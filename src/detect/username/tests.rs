//! Tests of the account finder: the contexts, the values that are no
//! account, the keyword and word tables.

use super::around::{after_backslash, before_ip};
use super::endpoint::sip_user;
use super::key::key_value;
use super::keyword::{KEYS, Keyword, at_keyword, keyword};
use super::shape::user_byte;
use crate::detect::Kind;
use crate::detect::util::is_word;

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

#[test]
fn bracketed_accounts_and_agents_before_a_past_verb() {
    for (line, want) in [
        // WatchGuard, Cisco ISE-style and OpenLDAP-style lines (made-up values).
        (
            "Authentication of Mobile VPN with SSL user [edin.stankovic@Firebox-DB] from 198.51.100.9",
            Some("edin.stankovic"),
        ),
        (
            "Radius authentication failed for user [k.berg] reason 24408",
            Some("k.berg"),
        ),
        (
            "search (&(objectClass=person)(uid=*)) by oleksandr_kovalenko returned 1 entries",
            Some("oleksandr_kovalenko"),
        ),
        (
            "mailbox export started by p.lindqvist completed in 12s",
            Some("p.lindqvist"),
        ),
        ("object deleted by m.kallio2 yesterday", None),
        ("record deleted by m.kallio2 expired", Some("m.kallio2")),
        // Not accounts: a setting, a file, a system account, a word.
        ("config loaded by app.yaml parsed", None),
        ("user [root] logged in", None),
        ("replaced by default configured", None),
    ] {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn accounts_in_paths_and_before_a_terminal() {
    for (line, want) in [
        // AWS CloudTrail, GuardDuty and S3 access logs name IAM users by ARN.
        (
            r#""arn":"arn:aws:iam::123456789012:user/k.berg","accountId":"123456789012""#,
            Some("k.berg"),
        ),
        (
            "principal arn:aws:iam::123456789012:user/ops/anna_ek assumed",
            Some("anna_ek"),
        ),
        // WebDAV trees of Nextcloud and ownCloud.
        (
            r#""PROPFIND /remote.php/dav/files/mkallio/Documents/ HTTP/1.1" 207"#,
            Some("mkallio"),
        ),
        (r#""GET /static/files/report.pdf HTTP/1.1" 200"#, None),
        // su(1) and login records.
        ("FAILED SU (to root) mkallio on pts/3", Some("mkallio")),
        ("session for t.okafor on pts/0 closed", Some("t.okafor")),
        ("user logged in on pts/0", None),
        ("FAILED SU (to root) root on pts/3", None),
    ] {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn lower_case_domain_as_a_whole_field() {
    let cases = [
        // PAN-OS USERID and TRAFFIC rows, a Windows agent's pipe row.
        (
            "1,2026/03/02 10:11:12,0132,USERID,login,2561,2026/03/02 10:11:12,vsys1,192.0.2.7,corp\\mward,dc-agent,0,1",
            Some("mward"),
        ),
        (
            "Allow-Web,example\\\\tove.berg,,ssl,vsys1,trust",
            Some("tove.berg"),
        ),
        ("2026-03-02|logon|acme-ad\\k.lind|192.0.2.7", Some("k.lind")),
        (",corp\\so'neill,", Some("so'neill")),
        // Escaped text, paths and print queues are no account.
        ("msg=\"retry failed\\nnext attempt\"", None),
        ("c:\\windows\\system32\\cmd.exe", None),
        (",srv-print01\\Plan3-Farg,", None),
        ("path=dir\\sub\\file.txt", None),
        (",nt-authority\\system,", None),
        (",corp\\svc_backup,", None),
    ];
    for (line, want) in cases {
        let b = line.as_bytes();
        let got = (0..b.len())
            .filter(|&k| b[k] == b'\\')
            .find_map(|k| after_backslash(b, k))
            .map(|(s, e)| &line[s..e]);
        assert_eq!(got, want, "{line}");
    }
}

#[test]
fn imap_mailboxes_in_the_user_namespace() {
    let cases = [
        (
            "cyrus/lmtp[4711]: Delivered: <abc@mx.example> to mailbox: user.k.berg",
            Some("k.berg"),
        ),
        (
            "cyrus/imap[99]: Expunged 3 messages from mailbox user.alice.Trash",
            Some("alice"),
        ),
        ("ctl_mboxlist: mbox user/bo_ek/Sent repaired", Some("bo_ek")),
        // A field path and a mailbox word too far away are no account.
        ("set user.name to default", None),
        ("policy user.timeout=30", None),
    ];
    for (line, want) in cases {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn postgresql_user_at_database() {
    use super::around::before_at_db;
    let cases = [
        (
            "postgres[51506]: [75-1] 2026-12-04 16:00:49.593 CET [22408] k.berg@hr_db ERROR:  permission denied for table staff",
            Some("k.berg"),
        ),
        (
            "2026-03-02 10:00:01 UTC [311] co'neill@payroll LOG:  duration: 12.5 ms",
            Some("co'neill"),
        ),
        (
            "[12] jdoe@orders FATAL:  password authentication failed",
            Some("jdoe"),
        ),
        ("[13] postgres@postgres LOG:  checkpoint starting", None),
        // The replication role an HA manager connects as is no one's.
        ("[16] replicator@journal LOG:  disconnection", None),
        ("[17] repmgr@repmgr LOG:  connection authorized", None),
        (
            "[18] replikator@journal LOG:  disconnection",
            Some("replikator"),
        ),
        ("[14] svc-sccm@cmdb LOG:  connection authorized", None),
        ("[15] paloalto-userid@ad ERROR:  timeout", None),
        // A mailbox, a package and a plain sentence are no session.
        ("mail from alice@example.se LOG: queued", None),
        ("npm install left-pad@1.3.0 ERROR: 404", None),
        ("ping admin@host ok: yes", None),
    ];
    for (line, want) in cases {
        let b = line.as_bytes();
        let got = (0..b.len())
            .filter(|&k| b[k] == b'@')
            .find_map(|k| before_at_db(b, k))
            .map(|(s, e)| &line[s..e]);
        assert_eq!(got, want, "{line}");
    }
}

#[test]
fn an_account_after_the_clients_address_and_before_its_mechanism() {
    let cases = [
        (
            "cyrus/imaps[56165]: login: mail.example.net [198.51.100.7] k.berg plaintext+TLS User logged in SESSIONID=<x-1>",
            Some("k.berg"),
        ),
        (
            "cyrus/pop3s[15455]: login: ::ffff:192.0.2.50 [2001:db8::7] jdoe PLAIN User logged in",
            Some("jdoe"),
        ),
        (
            "timsieved[77]: login: localhost [127.0.0.1] alice_e SCRAM-SHA-256 User logged in",
            Some("alice_e"),
        ),
        // The host before the address is no account.
        (
            "imapd[9]: login: ws12.example.net [192.0.2.9] (plaintext) failed",
            None,
        ),
    ];
    for (line, want) in cases {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn the_account_in_brackets_after_its_holders_name() {
    use super::around::after_name;
    let cases = [
        (
            "Handläggare Karin Berg (karin.berg) skickade SMS",
            "Karin Berg",
            Some("karin.berg"),
        ),
        (
            "assigned to Anna Ek (aek42) by the desk",
            "Anna Ek",
            Some("aek42"),
        ),
        (
            "approved by Lars Lindqvist (lindlar)",
            "Lars Lindqvist",
            Some("lindlar"),
        ),
        ("Anna Ek (external) joined", "Anna Ek", None),
        ("Anna Ek (admin) joined", "Anna Ek", None),
        ("Anna Ek (sv) språk", "Anna Ek", None),
    ];
    for (line, name, want) in cases {
        let ns = line.find(name).unwrap_or(0);
        let got = after_name(line.as_bytes(), ns, ns + name.len()).map(|(s, e)| &line[s..e]);
        assert_eq!(got, want, "{line}");
    }
}

#[test]
fn the_operator_of_a_system() {
    let cases = [
        (
            "ProAccess[9]: Operator k.berg updated key of Anna Ek (Kort 0A1B2C3D)",
            Some("k.berg"),
        ),
        ("Operator m.öhman deleted key of Bo Ek", Some("m.öhman")),
        ("audit: operaattori hk4521 poisti käyttäjän", Some("hk4521")),
        // A carrier, a plain word and a key are no operator's account.
        ("roaming via operator Telia accepted", None),
        ("operator precedence warning", None),
        ("operator=24001 mcc=240", None),
    ];
    for (line, want) in cases {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn a_onedrive_personal_site() {
    let cases = [
        (
            "request=/personal/k_berg_example_se/Documents/plan.docx",
            Some("k_berg_example_se"),
        ),
        (
            "GET https://contoso-my.sharepoint.com/personal/anna_ek_contoso_com/_layouts/15/onedrive.aspx",
            Some("anna_ek_contoso_com"),
        ),
        // A staff page of a Swedish site is no personal site.
        ("GET /om-oss/personal/kontakt/ HTTP/1.1", None),
        ("GET /personal/index.html HTTP/1.1", None),
    ];
    for (line, want) in cases {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn an_account_and_its_sign_in_realm() {
    let cases = [
        (
            "AUT23457: Login failed using auth server AD1 (Active Directory). Reason: Failed for k.berg/Anställda from 198.51.100.7",
            Some("k.berg"),
        ),
        (
            "AUT24414: Primary authentication successful for jdoe/Users from 192.0.2.7",
            Some("jdoe"),
        ),
    ];
    for (line, want) in cases {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn what_an_audit_trail_says_a_user_did() {
    let cases = [
        (
            "asiakastieto: Kayttaja kberg avasi asiakastiedot osoitteesta 192.0.2.7",
            Some("kberg"),
        ),
        (
            "journal: Anvandaren annek öppnade journalen för patient",
            Some("annek"),
        ),
        (
            "akte: Benutzer mmeier öffnete die Akte 4711",
            Some("mmeier"),
        ),
    ];
    for (line, want) in cases {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn cyrus_login_and_badlogin_lines() {
    let cases = [
        (
            "imapd[1]: login: [192.0.2.7] k.berg PLAIN User logged in",
            Some("k.berg"),
        ),
        (
            "imapd[1]: badlogin: ws9.example.net [192.0.2.7] plaintext jdoe invalid user",
            Some("jdoe"),
        ),
        (
            "imapd[1]: badlogin: ws9.example.net [192.0.2.7] PLAIN [SASL(-13): authentication failure: checkpass failed]",
            None,
        ),
    ];
    for (line, want) in cases {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn a_staff_role_as_a_key_names_an_account() {
    let cases = [
        ("callback: case=CB-1 nurse=kberg note=\"x\"", Some("kberg")),
        ("visit: doctor: a.lind ward=4", Some("a.lind")),
        ("triage dispatcher=\"jd4711\" prio=2", Some("jd4711")),
        ("Pflegekraft: Karin.Berg Station 3", Some("Karin.Berg")),
        ("cita enfermera=mgarcia sala=2", Some("mgarcia")),
        ("Handläggare: k.berg", None),
        ("handlaggare=k.berg ärende=4711", Some("k.berg")),
        // Words that name no one, a name written with spaces (the name
        // detector's), a role as a plain word, stay.
        ("callback: case=CB-1 nurse=none note=\"x\"", None),
        ("callback: nurse=unassigned", None),
        ("callback: doctor=Karin Berg", None),
        ("the nurse kberg called", None),
        ("roaming operator=telia", None),
    ];
    for (line, want) in cases {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn network_devices_name_the_account_in_their_aaa_prose() {
    let cases = [
        // ArubaOS-Switch events 419, 992 and 993.
        (
            "00419 auth: Invalid user name/password on SSH session User kberg is trying to login from 192.0.2.7",
            Some("kberg"),
        ),
        (
            "00992 auth: Permit Command: user annalind command show running-config.",
            Some("annalind"),
        ),
        // Extreme VOSS.
        (
            "GlobalRouter SSH INFO SCP session closed by user rwa on host 192.0.2.194",
            Some("rwa"),
        ),
        ("auth: user kjell7 failed to log in", Some("kjell7")),
        // NX-OS and IOS XR: the line before `by`, the session after `on`.
        (
            "%VSHD-5-VSHD_SYSLOG_CONFIG_I: Configured from vty by kjell.ax on 192.0.2.32@pts/6",
            Some("kjell.ax"),
        ),
        (
            "%MGBL-SYS-5-CONFIG_I : Configured from console by kberg on vty0 (192.0.2.7)",
            Some("kberg"),
        ),
        ("user session command queue full", None),
        ("Configured from memory by console", None),
    ];
    for (line, want) in cases {
        assert_eq!(find(line), want, "{line}");
    }
}

#[test]
fn cyrus_plaintext_badlogin_names_the_account_before_any_detail() {
    // imapd, pop3d and nntpd: `badlogin: <host> plaintext <account>
    // <detail>`, the detail being whatever the SASL library said.
    let cases = [
        (
            "cyrus/pop3s[1]: badlogin: ws9.example.net [192.0.2.7] plaintext kberg SASL(-13): authentication failure: checkpass failed",
            Some("kberg"),
        ),
        (
            "cyrus/imaps[1]: badlogin: unknown [192.0.2.7] plaintext jdoe4 SASL(-13): user not found: could not find password",
            Some("jdoe4"),
        ),
        (
            "cyrus/imap[1]: badlogin: unknown [192.0.2.7] CRAM-MD5 [SASL(-13): authentication failure: bad digest]",
            None,
        ),
    ];
    for (line, want) in cases {
        assert_eq!(find(line), want, "{line}");
    }
}
