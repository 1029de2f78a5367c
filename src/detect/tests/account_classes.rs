//! Accounts by class, each with lines of several products: values with
//! their length (Oracle's audit trail), localised account labels of
//! Windows event text, the login that heads a directory DN, and the
//! account whose credential a service desk reset or unlocked.

use super::*;

#[test]
fn values_written_with_their_length() {
    check(&[
        // Oracle's traditional audit trail to syslog (AUDIT_SYSLOG_LEVEL).
        (
            "Oracle Audit[27684]: LENGTH : '168' ACTION :[7] 'CONNECT' DATABASE USER:[1] '/' PRIVILEGE :[6] 'SYSDBA' CLIENT USER:[5] 'kberg' CLIENT TERMINAL:[5] 'pts/1' STATUS:[1] '0' DBID:[10] '1234567890'",
            &["kberg"],
        ),
        (
            "Oracle Audit[4711]: LENGTH: '215' ACTION :[7] 'CONNECT' DATABASE USER:[7] 'MMEIER2' PRIVILEGE :[4] 'NONE' CLIENT USER:[10] 'anna.lind1' CLIENT TERMINAL:[8] 'WS-EKON4' STATUS:[1] '0'",
            &["MMEIER2", "anna.lind1"],
        ),
        // The unified audit trail to syslog writes the same grammar.
        (
            "Oracle Unified Audit[2231]: LENGTH: '290' TYPE:[1] '4' DBID:[10] '1234567890' SESID:[9] '987654321' CLIENTID:[0] '' ENTRYID:[1] '1' STMTID:[1] '1' DBUSER:[6] 'JHOLM1' CURUSER:[6] 'JHOLM1' ACTION:[3] '100' RETCODE:[1] '0'",
            &["JHOLM1", "JHOLM1"],
        ),
        // The database's own accounts stay.
        (
            "Oracle Audit[35861]: LENGTH: '215' ACTION :[7] 'CONNECT' DATABASE USER:[3] 'SYS' PRIVILEGE :[6] 'SYSDBA' CLIENT USER:[4] 'root' STATUS:[1] '0'",
            &[],
        ),
        // Counts and codes in the same grammar are no accounts.
        (
            "ACTION :[7] 'CONNECT' STATUS:[5] '28000' DBID:[10] '2519662505'",
            &[],
        ),
    ]);
}

#[test]
fn account_labels_of_localised_windows_events() {
    check(&[
        // Turkish, Czech and Hungarian 4624/4625 text, and rsyslog's
        // escaped tabs.
        (
            "Oturum Açamayan Hesap: Güvenlik Kimliği:\t\tS-1-0-0 Hesap Adı:\t\tmkaya",
            &["mkaya"],
        ),
        (
            "4625: Bir hesap oturum açamadı.#015#012#011Hesap Adı:#011#011adm-hhedlund#015#012#011Hesap Etki Alanı:#011#011KORP",
            &["adm-hhedlund"],
        ),
        ("Kullanıcı Adı: ayilmaz", &["ayilmaz"]),
        ("Název účtu:\t\tjnovak", &["jnovak"]),
        ("Fiók neve:\t\tkovacsp", &["kovacsp"]),
        // The subject's placeholder and the system account stay.
        ("Hesap Adı:\t\t-", &[]),
        ("Hesap Adı:\t\tSYSTEM", &[]),
    ]);
}

#[test]
fn the_login_heading_a_directory_dn() {
    check(&[
        // Azure AD Connect / AD change logs, Windows 5136, OpenLDAP,
        // Cisco ISE and FortiGate FSSO.
        (
            r#""values":["CN=siyer,OU=Users,OU=Konsulter,DC=ad,DC=example,DC=se"]"#,
            &["siyer"],
        ),
        (
            "Object: DN: CN=anna.lind,OU=Staff,DC=corp,DC=example,DC=com",
            &["anna.lind"],
        ),
        (
            r#"conn=1001 op=0 BIND dn="cn=jdoe42,ou=people,dc=example,dc=com" method=128"#,
            &["jdoe42"],
        ),
        (
            "AD-User-Resolved-DNs=CN=mnilsson,CN=Users,DC=corp,DC=example,DC=com",
            &["mnilsson"],
        ),
        (
            r#"FSSO logon event: user "CN=t_karlsson,OU=Sales,DC=corp,DC=local" ip 10.0.0.7"#,
            &["t_karlsson"],
        ),
        // Groups, computers, domain controllers, service accounts, built-in
        // accounts and a certificate's host stay.
        // Directories of SAP and mainframe heritage keep capitals.
        (
            "CN=KTAMM,OU=Users,OU=Gävle,DC=ad,DC=example,DC=se",
            &["KTAMM"],
        ),
        ("CN=amüller,OU=Users,DC=ad,DC=example,DC=se", &["amüller"]),
        ("CN=PC0042,OU=Users,DC=corp,DC=local", &[]),
        ("CN=GRP-Ekonomi-Las,OU=Groups,DC=ad,DC=example,DC=se", &[]),
        ("CN=vpn-users,OU=Groups,DC=corp,DC=local", &[]),
        ("CN=ws-0042,OU=Computers,DC=corp,DC=local", &[]),
        ("CN=dc01,OU=Domain Controllers,DC=corp,DC=local", &[]),
        ("CN=svc-backup,OU=Service Accounts,DC=corp,DC=local", &[]),
        ("CN=guest,CN=Users,DC=corp,DC=local", &[]),
        ("subject=CN=vpn.example.se,O=Example AB,C=SE", &[]),
        ("issuer=CN=corp-ca,DC=corp,DC=local", &[]),
        // FreeIPA's and 389 Directory Server's containers stay; the uid is
        // the account.
        (
            r#"conn=5 op=1 BIND dn="uid=jkarlsson,cn=users,cn=accounts,dc=example,dc=com" method=128"#,
            &["jkarlsson"],
        ),
        (
            r#"conn=5 op=2 SRCH base="cn=users,cn=accounts,dc=example,dc=com" scope=2"#,
            &[],
        ),
    ]);
}

#[test]
fn the_account_of_a_credential_reset_or_unlock() {
    check(&[
        // Service desks and self-service reset tools in their customers'
        // languages.
        (
            "AUDIT - Hendelse lukket: passord tilbakestilt for hugoe etter verifisering",
            &["hugoe"],
        ),
        (
            "Servicedesk: lösenord återställt för kberg efter kontroll",
            &["kberg"],
        ),
        (
            "Helpdesk: adgangskode nulstillet for jens.h efter opkald",
            &["jens.h"],
        ),
        (
            "IAM: Kennwort zurückgesetzt für mmeier nach Rückruf",
            &["mmeier"],
        ),
        ("Password reset for jdoe42 by helpdesk", &["jdoe42"]),
        ("Konto upplåst för anna.lind", &["anna.lind"]),
        // Pulse Secure: no account after `for user with`.
        (
            "VPN Tunneling: Session started for user with IPv4 address 10.10.0.5",
            &[],
        ),
        (
            "MFA re-registration required for priyanka.deshpande",
            &["priyanka.deshpande"],
        ),
        // Sentences about credentials that name no one, and a service's
        // own account.
        ("Password reset for all users is disabled", &[]),
        ("Account unlocked for 30 minutes", &[]),
        ("password expiry reminder for the user", &[]),
        ("PIN reset for svc-kiosk", &[]),
        ("Kennwort zurückgesetzt für Benutzer", &[]),
        ("per second 30 requests for password reset per day", &[]),
    ]);
}

#[test]
fn kerberos_client_principals_before_their_realm() {
    check(&[
        // Zeek kerberos.log (TSV and JSON), and the same client column in
        // Corelight, Security Onion and Suricata's krb5 metadata.
        (
            "1743636940.343175\tCiPJ8tFbSPJgm\t192.0.2.125\t25062\t192.0.2.209\t88\tAS\thauveg73/AD.EXAMPLE.SE\tkrbtgt/AD.EXAMPLE.SE\tF\tKDC_ERR_PREAUTH_FAILED",
            &["hauveg73"],
        ),
        (
            r#"{"request_type":"TGS","client":"serhat.kurdi/CORP.EXAMPLE.COM","service":"cifs/fs01.corp.example.com","success":true}"#,
            &["serhat.kurdi"],
        ),
        (
            "krb5 client=GJANKOWSKI/KORP.SE service=HTTP/intranet.korp.se",
            &["GJANKOWSKI"],
        ),
        // Service principals, machine accounts, paths and protocol names stay.
        ("service=krbtgt/AD.EXAMPLE.SE kadmin/ADMIN.EXAMPLE.COM", &[]),
        ("client=WS-0042$/AD.EXAMPLE.SE", &[]),
        ("GET /docs/README.MD HTTP/1.1", &[]),
        ("proto=TCP/IP via SIP/2.0 N/A", &[]),
        ("path /srv/share/EXPORT.CSV", &[]),
    ]);
}

#[test]
fn an_operator_in_norwegian_and_danish() {
    check(&[
        (
            "OnGuard[38587]: Alarm \"Dør holdt åben\" ved Gävle; operatør moudar94 kvitterede",
            &["moudar94"],
        ),
        ("Operatøren k.berg endret adgangsnivå", &["k.berg"]),
        ("operatør saknes", &[]),
    ]);
}

#[test]
fn logins_built_from_a_name_as_a_whole_field() {
    check(&[
        // Zeek ntlm.log and http.log, Windows NPS and DHCP CSV, proxy CSV:
        // an unnamed column holding the account.
        (
            "1747944430.786709\tC2L653U8X1xyY\t192.0.2.36\t40293\t192.0.2.109\t445\tsolveig.g.engstrom\tWS-EKON-230\tREGION-AC",
            &["solveig.g.engstrom"],
        ),
        (
            "1738594766.3\tCx\t192.0.2.1\t445\tviggo.blomqvist\tVIGGO-PC\tNV\tT",
            &["viggo.blomqvist"],
        ),
        (
            "NPS,10/28/2025,17:21:33,1,e.blomqvist,CORP\\e.blomqvist",
            &["e.blomqvist", "e.blomqvist"],
        ),
        (
            "\"2025-05-25 11:16:28\",\"bozena.lewandowski.ext\",\"192.0.2.9\"",
            &["bozena.lewandowski.ext"],
        ),
        ("\tadm-zdabrowski\tWS-EKON-558\t", &["adm-zdabrowski"]),
        ("\tbirthe_dalsgaard\tWS-EKON-384\t", &["birthe_dalsgaard"]),
        (
            r#"{"user":"x","who":"solveig_palmqvist","grant_type":"client_credentials"}"#,
            &["x", "solveig_palmqvist"],
        ),
        (r#"{"state":"max_retries","mode":"page_size"}"#, &[]),
        (
            "op=PAM:session_open grantors=pam_selinux,pam_loginuid,pam_keyinit,pam_limits acct=\"root\"",
            &[],
        ),
        ("\tt0-anna.lind\t", &["t0-anna.lind"]),
        // Keys, files, hosts, packages, paths and services stay.
        ("max.connections=200 mark.down: true", &[]),
        ("\"eve.json\" anna.pdf karin.docx", &[]),
        ("host anna.example.se and mail.karin.se", &[]),
        ("org.apache.kafka.clients.consumer", &[]),
        (" /srv/www/anna.berg/index", &[]),
        ("\tadm-portal\tadm-server\tsvc-backup\t", &[]),
        ("\tsystem.users\tlog.level\tuser.name\t", &[]),
        ("Local/s@callback.agi,1 AGI(callback.agi)", &[]),
        // Audit logs' dotted action names (GitHub, GitLab, Okta, Atlassian
        // write `object.verb`), though `Repo` and `Org` are surnames.
        (r#"{"action":"repo.create","actor":"x"}"#, &["x"]),
        (
            "\trepo.destroy\torg.update\trepo.transfer\tteam.removed\t",
            &[],
        ),
        (r#"{"user":"x","who":"anna.grant"}"#, &["x", "anna.grant"]),
    ]);
}

#[test]
fn an_account_before_a_key_whose_value_holds_a_colon() {
    check(&[
        // Aruba authmgr, FortiGate, Sophos and logfmt lines: the next
        // key's value is a MAC, a time or an IPv6 address.
        (
            "|authmgr| User Authentication Successful: username=jkarlsson MAC=aa:bb:cc:dd:ee:ff IP=10.0.0.5 role=staff",
            &["jkarlsson"],
        ),
        ("user=jdoe time=10:00:00 action=login", &["jdoe"]),
        (
            "level=info user=anna.lind ts=2025-01-01T10:00:00Z",
            &["anna.lind"],
        ),
        // Windows event text: the value is the next field's label.
        ("User: Security ID: CORP\\alice", &["alice"]),
    ]);
}
