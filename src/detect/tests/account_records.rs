//! Accounts that a record's structure or position reveals, by class, each
//! with lines of several products and the look-alike of the same shape
//! that stays: the user column of an AAA accounting record (TACACS+),
//! a network OS's command that defines a local account, the login under
//! an `agent` key by its shape, a CalDAV/CardDAV/WebDAV server's per-user
//! route, and a captive portal's `<VERDICT>: <login>, <MAC>, <IP>`.

use super::*;

#[test]
fn the_user_column_of_a_tacacs_accounting_record() {
    check(&[
        // tac_plus (Shrubbery, Cisco's), tab separated, with its attributes.
        (
            "tac_plus[811]: 192.0.2.1\tkberg\ttty2\t192.0.2.77\tstop\ttask_id=41\tservice=shell\tpriv_lvl=15\tcmd=\"show version\"",
            &["kberg"],
        ),
        // A non-ASCII login is one span.
        (
            "tac_plus[811]: 192.0.2.1\tjosé.núñez\tssh\t198.51.100.4\tstart\ttask_id=42\tservice=shell",
            &["josé.núñez"],
        ),
        // Cisco's documented record: space separated, a caller's number
        // as the remote address, an update.
        (
            "Wed Jun 27 04:00:49 2001 192.0.2.15 ann.ek tty4 5550100/5550199 update task_id=30 service=ppp",
            &["ann.ek"],
        ),
        // tac_plus-ng's default accounting format.
        (
            "2026-03-02 10:00:00 +0100\t198.51.100.9\tolle42\t/dev/pts/0\t192.0.2.9\tstop\tshell",
            &["olle42"],
        ),
        // Not a record: no accounting type in the fifth column, or an
        // attribute pair in place of a column.
        (
            "conn 192.0.2.1 kberg tty2 192.0.2.77 accepted by policy",
            &[],
        ),
        ("peer 192.0.2.1 state=up port=ssh 192.0.2.77 stop", &[]),
        ("ping 192.0.2.1 from 198.51.100.7 to host start", &[]),
        // A team's shared login and a backup tool's are no one's.
        (
            "tac_plus[811]: 192.0.2.1\tnetops\ttty2\t192.0.2.77\tstop\ttask_id=43",
            &[],
        ),
        (
            "tac_plus[811]: 192.0.2.1 rancid vty0 192.0.2.78 start task_id=44",
            &[],
        ),
    ]);
}

#[test]
fn a_network_os_command_that_defines_a_local_account() {
    check(&[
        // ArubaOS-CX, Cisco IOS, NX-OS and Arista EOS, as TACACS+ command
        // accounting echoes them.
        (
            "cmd=\"user annaö group administrators password plaintext x\"",
            &["annaö"],
        ),
        (
            "cmd=\"username opsmith privilege 15 secret 9 $9$abc\"",
            &["opsmith"],
        ),
        (
            "cmd=\"username kjell role network-admin secret sha512 $6$x\"",
            &["kjell"],
        ),
        // Other commands that start with the same words.
        ("cmd=\"show user-account\"", &[]),
        ("cmd=\"username\"", &[]),
    ]);
}

#[test]
fn the_login_under_an_agent_key_by_its_shape() {
    check(&[
        (
            "casenote[12]: case=CS100 agent=tomrob77 lang=sv Call",
            &["tomrob77"],
        ),
        (
            "casenote[12]: case=CS100 agent=KBERGSTROM lang=sv Call",
            &["KBERGSTROM"],
        ),
        (
            "casenote[12]: case=CS100 agent=anna.ek.7 lang=sv Call",
            &["anna.ek.7"],
        ),
        (
            "casenote[12]: case=CS100 agent=sæther.ørjan lang=no Call",
            &["sæther.ørjan"],
        ),
        // Agent software, hosts and user agents stay.
        ("casenote[12]: case=CS100 agent=web01 lang=sv", &[]),
        ("snmpd: trap agent=sensor12 community=x", &[]),
        ("ua: agent=Mozilla/5.0 (X11)", &[]),
        ("collector: agent=python3 ok", &[]),
        ("collector: agent=SNMP ok", &[]),
        ("collector: agent=UNKNOWN ok", &[]),
    ]);
}

#[test]
fn the_owner_of_a_dav_collection_in_a_request_path() {
    check(&[
        // SOGo's web UI and DAV routes, Zimbra, SabreDAV (Baïkal,
        // Nextcloud), Apple's and Radicale-style servers.
        (
            "192.0.2.7 \"GET /SOGo/so/kberg/Calendar/personal/view HTTP/1.1\" 200",
            &["kberg"],
        ),
        (
            "192.0.2.7 \"PROPFIND /SOGo/dav/anna.ek/Contacts/personal/ HTTP/1.1\" 207",
            &["anna.ek"],
        ),
        (
            "\"REPORT /dav.php/calendars/olle_n/default/ HTTP/1.1\" 207",
            &["olle_n"],
        ),
        (
            "\"PROPFIND /remote.php/dav/addressbooks/users/jöns/contacts/ HTTP/1.1\" 207",
            &["jöns"],
        ),
        (
            "\"PROPFIND /principals/märta.l/ HTTP/1.1\" 207",
            &["märta.l"],
        ),
        // No one's collections, ids, files and other `so` words.
        ("\"GET /SOGo/so/public/Calendar HTTP/1.1\" 200", &[]),
        (
            "\"PROPFIND /calendars/__uids__/10000000-0000-0000-0000-000000000001/ HTTP/1.1\" 207",
            &[],
        ),
        ("\"GET /dav/calendars/me/ HTTP/1.1\" 207", &[]),
        ("\"GET /calendars/1234/ HTTP/1.1\" 207", &[]),
        ("\"GET /calendars/holidays.ics HTTP/1.1\" 200", &[]),
        ("\"GET /docs/so/intro/ HTTP/1.1\" 200", &[]),
        ("it is so/so at best", &[]),
    ]);
}

#[test]
fn the_login_of_a_captive_portal_verdict() {
    check(&[
        // pfSense and OPNsense's logportalauth, m0n0wall's portal.
        (
            "logportalauth[4711]: Zone: guests - ACCEPT: kberg, 00:1b:63:84:45:e6, 192.0.2.7",
            &["kberg"],
        ),
        (
            "logportalauth[4711]: Zone: lobby - FAILURE: björnå, 00:1b:63:84:45:e6, 192.0.2.7, Invalid credentials specified.",
            &["björnå"],
        ),
        (
            "logportalauth[4711]: CONCURRENT LOGIN - TERMINATING OLD SESSION: anna.ek, 001b.6384.45e6, 192.0.2.7",
            &["anna.ek"],
        ),
        // A MAC and an address after other words are no verdict's login.
        ("dhcpd: lease: host7, 00:1b:63:84:45:e6, 192.0.2.7", &[]),
        (
            "arpwatch: changed ethernet address: 192.0.2.9, 00:1b:63:84:45:e6, 192.0.2.7",
            &[],
        ),
    ]);
}

#[test]
fn whoever_ran_an_operation_whose_object_closes_before_by() {
    check(&[
        // A directory's search log and a modify with its quoted DN.
        (
            "idm[4711]: search (&(objectClass=person)(l=Kista)) by tnorlin returned 1 entries",
            &["tnorlin"],
        ),
        (
            "slapd-audit: modify \"ou=staff,dc=example,dc=se\" by mblom succeeded",
            &["mblom"],
        ),
        // Without the closed object, a plain word after `by` stays.
        ("the job was replaced by cron succeeded later", &[]),
        (
            "search (&(objectClass=person)) by default returned 0 entries",
            &[],
        ),
    ]);
}

#[test]
fn the_login_of_the_german_genitive_des_benutzers() {
    check(&[
        (
            "fritzlog: Anmeldung des Benutzers hlarsson an der Oberfläche von IP-Adresse 192.0.2.7.",
            &["hlarsson"],
        ),
        ("Kennwort des Benutzers wurde geändert", &[]),
        ("Anmeldung des Benutzers an der Oberfläche", &[]),
    ]);
}

#[test]
fn a_login_in_brackets_after_a_name_written_with_diacritics() {
    check(&[
        (
            "Melding SR-1 opprettet av I. Quintero Sepúlveda (sepulit) for innringer",
            &["sepulit"],
        ),
        (
            "Melding SR-2 opprettet av Ceylan Şêxmûs (şêxmûce) for innringer",
            &["şêxmûce"],
        ),
        // A word in brackets that shares no letters with the name stays.
        (
            "Melding SR-3 opprettet av Ceylan Şêxmûs (ekstern) for innringer",
            &[],
        ),
    ]);
}
