//! Account names, in every product's words.

use super::*;

#[test]
fn accounts_in_asterisk_channel_names_and_dial_strings() {
    exactly(&[
        ("Channel: PJSIP/alice-0000002a", &[("alice", Username)]),
        (
            "-- Executing [s@macro-dial:1] Dial(\"SIP/anna.berg-0a1b2c3d\", \"SIP/bo_k,30\")",
            &[("anna.berg", Username), ("bo_k", Username)],
        ),
        ("Called IAX2/jörgen-4711", &[("jörgen", Username)]),
        ("PJSIP/1001-00000012 answered", &[("1001", Phone)]),
        (
            "SIP/TLS transport up; Local/remote mismatch; SIP/2.0 200 OK; Via: SIP/2.0/UDP 10.0.0.1",
            &[("10.0.0.1", Ipv4)],
        ),
        (
            "Dial(SIP/trunk/112,30) Dial(PJSIP/911@trunk) PJSIP/116117-0000002a",
            &[],
        ),
        (
            "Local/2044@from-internal-0000abcd;1 is ringing",
            &[("2044", Phone)],
        ),
        (
            "Local/0701740683@outbound-allroutes-00000012;2",
            &[("0701740683", Phone)],
        ),
        (
            "Dial(PJSIP/+447911123456@sbc-out,60)",
            &[("+447911123456", Phone)],
        ),
        ("PJSIP/447911123456@trunk,60,tT", &[("447911123456", Phone)]),
        (
            "PJSIP/4915112345678-00000031 hung up",
            &[("4915112345678", Phone)],
        ),
        ("DAHDI/g0/0046855512345 busy", &[("0046855512345", Phone)]),
        ("DAHDI/i1/46701740683 congested", &[("46701740683", Phone)]),
        (
            "SIP/telia-trunk/12125550167 answered",
            &[("12125550167", Phone)],
        ),
        ("PJSIP/trunk-03375721 up", &[]),
        (
            "SIP/gw2-0000ab12 IAX2/pstn_out-1234 PJSIP/sbc01-0000000f",
            &[],
        ),
        ("DAHDI/1-1 hung up", &[]),
    ]);
}

#[test]
fn shared_desk_phones_in_channel_names_are_no_ones() {
    // A hotel's or a clinic's reception, lobby or door phone is a place.
    exactly(&[
        ("SIP/reception-cefbd5e8 Dial(SIP/reception,30)", &[]),
        ("PJSIP/frontdesk2-0000001a PJSIP/lobby_b-00000031", &[]),
        ("IAX2/Concierge-4711 SIP/doorphone-0a1b2c3d", &[]),
    ]);
    // A person's peer, and a desk word with a person's name after it.
    exactly(&[
        (
            "SIP/reception-anna-cefbd5e8",
            &[("reception-anna", Username)],
        ),
        ("SIP/lobbyist-0000001a", &[("lobbyist", Username)]),
        ("PJSIP/anna.berg-0000002a", &[("anna.berg", Username)]),
    ]);
}

#[test]
fn emergency_numbers_of_other_countries_dialled_out_are_no_ones() {
    // Austria's and Switzerland's ambulance (144), Turkey's police (155),
    // Poland's (997), Japan's fire brigade (119), dialled out through a
    // DAHDI group or span or to a trunk: a service, kept.
    exactly(&[
        ("Dial(DAHDI/g0/144) DAHDI/i1/144-1 up", &[]),
        ("PJSIP/155@telia-trunk,, PJSIP/997@sbc-out,60", &[]),
        ("SIP/119@pstn-gw", &[]),
    ]);
    // The same digits dialled to a phone, or to a host that is no trunk,
    // are an extension: a person's line.
    exactly(&[
        ("PJSIP/144-0000b0c1 answered", &[("144", Phone)]),
        ("Dial(PJSIP/155,30)", &[("155", Phone)]),
        ("Local/144@from-internal-0000abcd;1", &[("144", Phone)]),
        ("PJSIP/2660@telia-trunk,,", &[("2660", Phone)]),
    ]);
}

#[test]
fn accounts_in_auth_log_structures() {
    exactly(&[
        (
            "An account failed to log on: CORP\\jdoe",
            &[("jdoe", Username)],
        ),
        (r#"{"msg":"logon CORP\\jdoe ok"}"#, &[("jdoe", Username)]),
        ("suser=ACME-HQ\\\\Åsa.Ek act=logon", &[("Åsa.Ek", Username)]),
        (
            "krb5kdc[12]: AS_REQ: ISSUE: authtime 1, etypes {18}, jdoe@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM",
            &[("jdoe", Username)],
        ),
        (
            "TGS_REQ: lena.k@AD.CORP.SE for cifs/fs1.ad.corp.se@AD.CORP.SE",
            &[("lena.k", Username)],
        ),
        (
            "ovpn-server[77]: kim_ny/203.0.113.50:51234 MULTI: Learn: 10.8.0.6",
            &[
                ("kim_ny", Username),
                ("203.0.113.50", Ipv4),
                ("10.8.0.6", Ipv4),
            ],
        ),
        (
            "dovecot: auth: pam(märta,198.51.100.4,<x>): unknown user",
            &[("märta", Username), ("198.51.100.4", Ipv4)],
        ),
        (
            "imap-login: Login: user=<olle.p>, method=PLAIN, rip=192.0.2.9",
            &[("olle.p", Username), ("192.0.2.9", Ipv4)],
        ),
        (
            "radiusd[9]: Login OK: [pia.s] (from client ap-7 port 0 cli 02-00-00-00-00-01)",
            &[("pia.s", Username), ("02-00-00-00-00-01", Kind::Mac)],
        ),
        (
            "Login incorrect (mschap: MS-CHAP2-Response is incorrect): [tove/<via Auth-Type = eap>] (from client x)",
            &[("tove", Username)],
        ),
        (
            "charon: 09[IKE] authentication of 'nils.o' with EAP successful",
            &[("nils.o", Username)],
        ),
        (
            "charon: received EAP identity 'greta'",
            &[("greta", Username)],
        ),
        (
            "%ASA-6-113004: AAA user authentication Successful : server = 10.1.1.1 : user = björn",
            &[("10.1.1.1", Ipv4), ("björn", Username)],
        ),
        (
            "Group <vpn> User <ahmad.r> IP <203.0.113.9> Session",
            &[("ahmad.r", Username), ("203.0.113.9", Ipv4)],
        ),
        (
            "TargetUserName=ebba.l SubjectUserName=WS01$ LogonType=3",
            &[("ebba.l", Username)],
        ),
        ("Account Name:\t\tkarl.o", &[("karl.o", Username)]),
        (
            "type=LOGIN realmId=acme clientId=web userId=550e8400-e29b-41d4-a716-446655440000 preferred_username=\"ida.w\"",
            &[("ida.w", Username)],
        ),
        ("User-Name = \"o'brien\"", &[("o'brien", Username)]),
        (
            "sshd[1]: Invalid user Ölander1 from 192.0.2.1 port 22",
            &[("Ölander1", Username), ("192.0.2.1", Ipv4)],
        ),
        (
            "sshd[1]: Failed password for åsa from 192.0.2.1 port 22",
            &[("åsa", Username), ("192.0.2.1", Ipv4)],
        ),
        (
            "changed_by=björn.öberg action=update",
            &[("björn.öberg", Username)],
        ),
        (
            "sasl_username=kim@example.com",
            &[("kim@example.com", Email)],
        ),
        ("user=jdoe@EXAMPLE.COM", &[("jdoe", Username)]),
        ("user_agent=curl/8.1 superuser=true owner=root", &[]),
        (
            "vpnd[2]: login slofgren (Sixten Löfgren) from 198.51.100.4",
            &[
                ("slofgren", Username),
                ("Sixten Löfgren", Kind::PersonName),
                ("198.51.100.4", Ipv4),
            ],
        ),
        (
            "vpnd[2]: login failed from 198.51.100.4",
            &[("198.51.100.4", Ipv4)],
        ),
        (
            "[client 198.51.100.9] user sabine.k: authentication failure for \"/admin\"",
            &[("198.51.100.9", Ipv4), ("sabine.k", Username)],
        ),
        (
            "sudo: maría.garcía : TTY=pts/4 ; PWD=/tmp ; USER=root ; COMMAND=/bin/ls",
            &[("maría.garcía", Username)],
        ),
        (
            "ls26467/10.36.189.164:58234 MULTI_sva: pool returned IPv4=10.1.94.15",
            &[
                ("ls26467", Username),
                ("10.36.189.164", Ipv4),
                ("10.1.94.15", Ipv4),
            ],
        ),
        (
            "kernel: [UFW BLOCK] MAC=FF-FF-FF-FF-FF-FF:b8:27:eb:1a:07:19:08:00 SRC=192.0.2.5",
            &[("b8:27:eb:1a:07:19", Kind::Mac), ("192.0.2.5", Ipv4)],
        ),
        (
            "profileRemoved, Owner: com.apple.iokit.IO80211Family, Name: x",
            &[],
        ),
        (
            "198.51.100.7 - frida.n [10/Oct/2026:13:55:36 +0200] \"GET / HTTP/1.1\" 200",
            &[("198.51.100.7", Ipv4), ("frida.n", Username)],
        ),
        (
            "198.51.100.7 - - [10/Oct/2026:13:55:36 +0200] \"GET / HTTP/1.1\" 200",
            &[("198.51.100.7", Ipv4)],
        ),
        (
            "CRON[812]: (hampus) CMD (/usr/local/bin/backup)",
            &[("hampus", Username)],
        ),
        ("CRON[812]: (root) CMD (run-parts /etc/cron.hourly)", &[]),
        (
            "vsftpd: [liv_k] OK LOGIN: Client \"192.0.2.31\"",
            &[("liv_k", Username), ("192.0.2.31", Ipv4)],
        ),
        (
            "passwd[1]: pam_unix(passwd:chauthtok): password changed for sven",
            &[("sven", Username)],
        ),
        (
            "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: elin] [Source: 10.1.1.1]",
            &[("elin", Username), ("10.1.1.1", Ipv4)],
        ),
        (
            "sshd: SSHD_LOGIN_FAILED: Login failed for user 'nora' from host '10.0.0.1'",
            &[("nora", Username), ("10.0.0.1", Ipv4)],
        ),
    ]);
    let long = "a".repeat(90);
    assert_eq!(all(&format!("user={long} ok")), vec![(long, Username)]);
}

#[test]
fn accounts_in_more_products_words() {
    exactly(&[
        // Outcomes after `user X`, and words before it.
        (
            "wlc: Client 02:00:5e:00:00:02 user amira.haddad authenticated",
            &[("02:00:5e:00:00:02", Kind::Mac), ("amira.haddad", Username)],
        ),
        (
            "User Łukasz.Nowak logged in via SAML",
            &[("Łukasz.Nowak", Username)],
        ),
        (
            "Disconnected from user tran.van 198.51.100.7 port 51514",
            &[("tran.van", Username), ("198.51.100.7", Ipv4)],
        ),
        (
            "SSLVPN LOGIN : User oluwaseun - Client_ip 198.51.100.8 - Nat_ip 10.0.0.8",
            &[
                ("oluwaseun", Username),
                ("198.51.100.8", Ipv4),
                ("10.0.0.8", Ipv4),
            ],
        ),
        (
            "proftpd[4]: host - USER mehmet.yilmaz: Login successful.",
            &[("mehmet.yilmaz", Username)],
        ),
        (
            "login[9]: FAILED LOGIN 1 FROM tty1 FOR hodan.warsame, Authentication failure",
            &[("hodan.warsame", Username)],
        ),
        (
            "smbd: Auth: [SMB2,(null)] user [CORP]\\[zeynep.kaya] at [Tue] status [OK]",
            &[("zeynep.kaya", Username)],
        ),
        // Home directories name their owner.
        (
            "useradd: new user: name=x, home=/home/björn.ek, shell=/bin/bash",
            &[("björn.ek", Username)],
        ),
        (
            r#"{"path":"C:\\Users\\nguyen.an\\AppData\\Local"}"#,
            &[("nguyen.an", Username)],
        ),
        ("/Users/Shared/x and /home/root/y", &[]),
        // An apostrophe in a SIP user.
        ("F=sip:eo'brien@pbx.example.se", &[("eo'brien", Username)]),
        // Not accounts: an outcome word, a service account.
        (
            r#"msg="User fatima.zahra added to group VPN-Users""#,
            &[("fatima.zahra", Username)],
        ),
        ("user profile deleted", &[]),
        ("Closed due to user request. [preauth]", &[]),
        (
            r#"{"representation":"{\"firstName\":\"Paweł\",\"lastName\":\"de Vries\",\"enabled\":true}"}"#,
            &[("Paweł", Kind::PersonName), ("de Vries", Kind::PersonName)],
        ),
        (
            "hostname=web01 lastname=Dąbrowski",
            &[("Dąbrowski", Kind::PersonName)],
        ),
        (
            r#"access granted door="Main Entrance" holder="af Klercker, Örjan""#,
            &[("af Klercker, Örjan", Kind::PersonName)],
        ),
        (
            r#""VoiceMailMain","142@default","2026-02-02""#,
            &[("142", Phone)],
        ),
        ("mail 142@example.se", &[]),
        (
            "mdm: device with IMEI number 353918051234561 wiped",
            &[("353918051234561", Kind::Imei)],
        ),
        ("gateway user authentication succeeded", &[]),
        ("user is locked", &[]),
        ("user=asterisk", &[]),
    ]);
}

#[test]
fn sip_user_parts() {
    assert_eq!(
        all("From: <sips:+46701740683@sip.example.se;user=phone>"),
        vec![("+46701740683".into(), Kind::Phone)]
    );
    assert_eq!(
        all("To: <sip:alice@sip.example.se>"),
        vec![("alice".into(), Kind::Username)]
    );
}

#[test]
fn accounts_in_fixed_positions_of_products() {
    exactly(&[
        (
            "dovecot: imap(k.berg)<24943><PC/Pyb3JDFnZWJUa>: Disconnected: Logged out in=384",
            &[("k.berg", Username)],
        ),
        (
            "dovecot: pop3(aberg): Disconnected: Logged out top=0/0",
            &[("aberg", Username)],
        ),
        (
            "hotspot,account,info,debug anna.ek (192.0.2.44): logged in",
            &[("anna.ek", Username), ("192.0.2.44", Ipv4)],
        ),
        (
            "charon: 09[IKE] IKE_SA rw-eap[12] established between \
             192.0.2.1[vpn.example.se]...198.51.100.7[jonas.ek]",
            &[
                ("192.0.2.1", Ipv4),
                ("198.51.100.7", Ipv4),
                ("jonas.ek", Username),
            ],
        ),
        (
            "openvpn[311]: 203.0.113.5:51000 [lindahl] Peer Connection Initiated with \
             [AF_INET]203.0.113.5:51000",
            &[
                ("203.0.113.5", Ipv4),
                ("lindahl", Username),
                ("203.0.113.5", Ipv4),
            ],
        ),
        (
            "%SYS-5-CONFIG_I: Configured from console by kjell.ax on vty0 (192.0.2.9)",
            &[("kjell.ax", Username), ("192.0.2.9", Ipv4)],
        ),
        (
            "CommandCentre[1]: Cardholder added to access group \"Night\" by operator rw55903",
            &[("rw55903", Username)],
        ),
        (
            "servicedesk[9]: INC1812 note by ocelik: called back",
            &[("ocelik", Username)],
        ),
        ("Sak tildelt s.vaisanen", &[("s.vaisanen", Username)]),
        (
            "salasana nollattu tunnukselle vnguyen",
            &[("vnguyen", Username)],
        ),
        (
            "CommandLine: powershell.exe -nop -c Get-ADUser -Identity darran",
            &[("darran", Username)],
        ),
        (
            "vault: request path=auth/userpass/login/hadtar token display_name userpass-hadtar",
            &[("hadtar", Username), ("hadtar", Username)],
        ),
    ]);
    // Lines, hosts, addresses and distinguished names in those positions
    // are no accounts.
    exactly(&[
        (
            "%SYS-5-CONFIG_I: Configured from console by vty0 (192.0.2.9)",
            &[("192.0.2.9", Ipv4)],
        ),
        ("%SYS-5-CONFIG_I: Configured from console by console", &[]),
        (
            "charon: established between 192.0.2.1[gw]...198.51.100.7[198.51.100.7]",
            &[
                ("192.0.2.1", Ipv4),
                ("198.51.100.7", Ipv4),
                ("198.51.100.7", Ipv4),
            ],
        ),
        (
            "charon: matching 192.0.2.1[vpn.example.se]...198.51.100.7[vpn2.example.se]",
            &[("192.0.2.1", Ipv4), ("198.51.100.7", Ipv4)],
        ),
        ("vault: mounted auth/userpass/ at path", &[]),
        ("Ticket tildelt 2. linje", &[]),
    ]);
}

#[test]
fn the_user_column_of_squids_access_log() {
    exactly(&[
        (
            "1733479274.123 234 10.2.3.4 TCP_MISS/200 1234 GET http://example.com/ akarlsson \
             HIER_DIRECT/93.184.216.34 text/html",
            &[
                ("10.2.3.4", Ipv4),
                ("akarlsson", Username),
                ("93.184.216.34", Ipv4),
            ],
        ),
        (
            "1776829940.782 6667 10.44.112.189 TCP_TUNNEL/200 14390 CONNECT github.com:443 \
             d.pham HIER_NONE/- -",
            &[("10.44.112.189", Ipv4), ("d.pham", Username)],
        ),
        // No user, and a hierarchy word outside a Squid line.
        (
            "1733479274.123 234 10.2.3.4 TCP_MISS/200 1234 GET http://example.com/ - \
             HIER_DIRECT/93.184.216.34 text/html",
            &[("10.2.3.4", Ipv4), ("93.184.216.34", Ipv4)],
        ),
        ("route via gateway DIRECT/eth0 up", &[]),
    ]);
}

#[test]
fn the_user_column_of_cups_page_log() {
    exactly(&[
        // cupsd.conf(5)'s default PageLogFormat, a page line (CUPS 1.x,
        // the format documented in CUPS's design notes).
        (
            "DeskJet kberg 2 [20/May/1999:19:21:05 +0000] 1 1 acme-123 localhost myfile A4 one-sided",
            &[("kberg", Username)],
        ),
        // CUPS 2.x's one line per job with `total`, through syslog.
        (
            "<190>Jun 19 13:37:46 print2 cups-page: Reception_MFP mavill 7585 [19/Jun/2026:13:37:46 +0100] total 1 - localhost report.pdf A4 two-sided-long-edge",
            &[("mavill", Username)],
        ),
        // macOS: /var/log/cups/page_log, a dotted login and a queue name
        // with dashes.
        (
            "HP_LaserJet_Pro-M404 anna.lind 311 [03/Feb/2026:09:12:44 +0100] total 2 - MacBook-Pro.local Untitled iso_a4_210x297mm one-sided",
            &[("anna.lind", Username)],
        ),
        // Root and system accounts stay; a common log format line (CUPS's
        // own access_log) is no page log.
        (
            "DeskJet root 2 [20/May/1999:19:21:05 +0000] 1 1 - localhost myfile A4 one-sided",
            &[],
        ),
        (
            "Office-MFP ubnt 7533 [21/Mar/2026:17:27:21 +0100] 1 3 - localhost setup.pdf A4 one-sided",
            &[],
        ),
        (
            "localhost - - [20/May/1999:19:20:29 +0000] \"POST /admin/ HTTP/1.1\" 401 0 - -",
            &[],
        ),
        (
            "queue paused 12 [20/May/1999:19:20:29 +0000] \"by admin\" and more words here",
            &[],
        ),
    ]);
}

#[test]
fn a_login_with_its_number_before_the_address() {
    exactly(&[
        // Roundcube's userlogins log, direct and behind a proxy.
        (
            "roundcube: <9tqy79qn> Successful login for u762891 (ID: 1625) from 10.44.87.97 in session 9tqy79qnpudgjqky",
            &[("u762891", Username), ("10.44.87.97", Ipv4)],
        ),
        (
            "roundcube: <b2jxlnnt> Successful login for gunemr12 (ID: 429) from 172.19.226.168 (X-Forwarded-For: 94.234.17.54) in session b2jxlnntn50bun80",
            &[
                ("gunemr12", Username),
                ("172.19.226.168", Ipv4),
                ("94.234.17.54", Ipv4),
            ],
        ),
        (
            "webmail: login for k.berg (uid=1000) from 192.0.2.7",
            &[("k.berg", Username), ("192.0.2.7", Ipv4)],
        ),
        // Not a number of the account, or no address after it.
        (
            "renewed lease for client7 (pid 4242) from 192.0.2.7",
            &[("192.0.2.7", Ipv4)],
        ),
        ("waiting for job7 (ID: 12) to finish", &[]),
    ]);
}

#[test]
fn two_word_cues_and_field_labels() {
    exactly(&[
        (
            "%APF-6-USER_NAME_CREATED: User name kjell.ax created for mobile 00:1a:2b:3c:4d:5e",
            &[("kjell.ax", Username), ("00:1a:2b:3c:4d:5e", Kind::Mac)],
        ),
        ("User name policy updated", &[]),
    ]);
    // `Security` is the label of the next field, not an account.
    assert!(!has(
        "Subject: User: Security ID: S-1-5-21",
        "Security",
        Username
    ));
}

#[test]
fn the_authenticated_id_of_an_exim_arrival() {
    exactly(&[
        (
            "1aaY99-NHDB5W-sF <= a@example.se H=(fs01) P=esmtpsa A=dovecot_plain:thilan93 \
             S=9969",
            &[("a@example.se", Email), ("thilan93", Username)],
        ),
        (
            "1aaY99-NHDB5W-sF <= a@example.se P=esmtpa A=cram_md5 S=99",
            &[("a@example.se", Email)],
        ),
        ("a A=b:c ok", &[]),
    ]);
}

#[test]
fn accounts_after_labels_in_other_languages_and_two_words() {
    exactly(&[
        (
            "Handläggare: fiona.blackwood",
            &[("fiona.blackwood", Username)],
        ),
        ("käyttäjä=mvirtanen kirjautui", &[("mvirtanen", Username)]),
        ("Ägare: k.berg", &[("k.berg", Username)]),
        ("Brugernavn: jens.h", &[("jens.h", Username)]),
        ("Benutzerkonto: m.müller", &[("m.müller", Username)]),
        ("Logon Name: kberg", &[("kberg", Username)]),
        // A segment of a colon path is no label.
        ("system:serviceaccount:kube-system:default", &[]),
        (
            "Anrufer: ＋４６７０１７４０６８３",
            &[("＋４６７０１７４０６８３", Phone)],
        ),
        ("Status: ok; Größe: 12", &[]),
    ]);
}

#[test]
fn accounts_in_key_lists_paired_headers_and_user_words() {
    exactly(&[
        // `KEY:value;` lists of appliances (Huawei WLAN, made-up values).
        (
            "[STA_ASSOC]SSID:Corp;ACCESS TYPE:802.1X+PEAP;USER:olle77;RESULT:Success",
            &[("olle77", Username)],
        ),
        (
            "TYPE:PPPoE;USER:r.nilsson;VLAN:12",
            &[("r.nilsson", Username)],
        ),
        // A SIP URI parameter stays one.
        ("Contact: <sip:pbx.example;user=phone;transport=udp>", &[]),
        // Paired headers (NetScaler) and other products' sentences.
        (
            "Destination 192.0.2.9:2598 - username:domainname e-lind:KORP - app X",
            &[("192.0.2.9", Ipv4), ("e-lind", Username)],
        ),
        (
            "AuthenticationFlowException: user kbq7 is temporarily disabled",
            &[("kbq7", Username)],
        ),
        ("user m.holm has been deleted", &[("m.holm", Username)]),
        ("user session was closed", &[]),
        ("user account is locked", &[]),
        (
            "avvisat vid inskrivning, användare x912233",
            &[("x912233", Username)],
        ),
        (
            "käyttäjä mvirtanen (Matti Virtanen) kirjautui",
            &[
                ("mvirtanen", Username),
                ("Matti Virtanen", Kind::PersonName),
            ],
        ),
    ]);
}

#[test]
fn canonical_name_leaves_under_account_keys() {
    exactly(&[
        (
            "Account Domain: KORP Fully Qualified Account Name: korp.example.se/Staff/Lina Holm  Client Machine:",
            &[("Lina Holm", Kind::PersonName)],
        ),
        (
            "user=ad.example.local/Sites/Umea/Users/pkarlsson, result=ok",
            &[("pkarlsson", Username)],
        ),
        // A computer is no one's.
        ("Account Name: corp.example.com/Computers/WS-0042$", &[]),
    ]);
}

#[test]
fn accounts_after_user_words_and_outcomes_of_other_languages() {
    // Made-up values in the sentences products write in German, French,
    // Spanish, Dutch, Polish, Danish, Norwegian, Finnish and Swedish.
    exactly(&[
        (
            "Benutzer mschulz hat sich angemeldet",
            &[("mschulz", Username)],
        ),
        (
            "L'utilisateur pmoreau s'est connecté",
            &[("pmoreau", Username)],
        ),
        (
            "El usuario jlopez ha iniciado sesión",
            &[("jlopez", Username)],
        ),
        ("Gebruiker jdejong is ingelogd", &[("jdejong", Username)]),
        (
            "Użytkownik akowalska zalogował się",
            &[("akowalska", Username)],
        ),
        ("Brugeren lholm er logget ind", &[("lholm", Username)]),
        ("Brukeren ohaug logget inn", &[("ohaug", Username)]),
        ("Käyttäjä mvirta kirjautui sisään", &[("mvirta", Username)]),
        (
            "Användaren evikstrom loggade in",
            &[("evikstrom", Username)],
        ),
        ("Konto kbeck wurde gesperrt", &[("kbeck", Username)]),
        ("kontot ahedlund låstes", &[("ahedlund", Username)]),
        (
            "Échec de connexion pour l'utilisateur « cbernard »",
            &[("cbernard", Username)],
        ),
        (
            "Anmeldung fehlgeschlagen für Benutzer tweber",
            &[("tweber", Username)],
        ),
        // The words alone, or before something that is no outcome, say
        // nothing of an account.
        ("Benutzer nicht gefunden", &[]),
        ("Konto wurde gesperrt", &[]),
        ("Das Konto ist gesperrt", &[]),
        ("compte rendu envoyé", &[]),
        // A sentence about an account: its next word is a verb or a
        // preposition, no account (Windows 4625's headline in German,
        // Swedish and Polish).
        ("4625: Ein Konto konnte nicht angemeldet werden.", &[]),
        ("Konto för vilket inloggningen misslyckades:", &[]),
        ("Konto, dla którego logowanie nie powiodło się:", &[]),
    ]);
}

#[test]
fn windows_events_escaped_by_rsyslog() {
    // rsyslog writes a forwarded event's tabs and line breaks as `#011`,
    // `#015#012`: the values glued to them are still values.
    exactly(&[
        (
            "4625: Ein Konto konnte nicht angemeldet werden.#015#012#011Kontoname:#011#011AYILMAZ#015#012#011Quellnetzwerkadresse:#011192.0.2.28#015#012#011Quellport:#011#01158388",
            &[("AYILMAZ", Username), ("192.0.2.28", Ipv4)],
        ),
        (
            "4624: An account was successfully logged on.#015#012#015#012New Logon:#015#012#011Account Name:#011#011jdoe#015#012#011Source Network Address:#011198.51.100.7#015#012",
            &[("jdoe", Username), ("198.51.100.7", Ipv4)],
        ),
    ]);
}

#[test]
fn account_names_of_localised_windows_event_text() {
    // The `Account Name:` of event 4624/4625 as German, Swedish,
    // Norwegian, Dutch, French, Spanish, Polish and Finnish Windows write it.
    exactly(&[
        ("Kontoname:\t\tmschulz", &[("mschulz", Username)]),
        ("Kontonamn:\t\tevikstrom", &[("evikstrom", Username)]),
        ("Kontonavn:\t\tohaug", &[("ohaug", Username)]),
        ("Accountnaam:\t\tjdejong", &[("jdejong", Username)]),
        ("Nom du compte :\t\tpmoreau", &[("pmoreau", Username)]),
        ("Nombre de cuenta:\t\tjlopez", &[("jlopez", Username)]),
        ("Nazwa konta:\t\takowalska", &[("akowalska", Username)]),
        ("Tilin nimi:\t\tmvirta", &[("mvirta", Username)]),
        // A computer's account, a placeholder: no one's.
        ("Kontoname:\t\tWS01$", &[]),
        ("Nom du compte :\t\t-", &[]),
    ]);
}

#[test]
fn accounts_at_addresses_and_before_logged_in() {
    exactly(&[
        // Pure-FTPd's session prefix, a command line, MySQL's account.
        (
            "(hmueller@192.0.2.7) [INFO] Logout.",
            &[("hmueller", Username), ("192.0.2.7", Ipv4)],
        ),
        (
            "COMMAND=/usr/bin/ssh k.berg@10.0.0.5",
            &[("k.berg", Username), ("10.0.0.5", Ipv4)],
        ),
        (
            "GRANT SELECT ON sales.* TO 'fschmidt'@'%'",
            &[("fschmidt", Username)],
        ),
        (
            "Aborted connection 7 to db: 'sales' user: 'fschmidt' host: 'localhost'",
            &[("fschmidt", Username)],
        ),
        (
            "'svc'@'localhost' and 'root'@'localhost'",
            &[("svc", Username)],
        ),
        // A package's version and a message id are no address.
        ("installed lodash@4.17.21", &[]),
        // Cisco ASA's `Uname:` and its `User Requested` reason.
        (
            "User priv level changed: Uname: tkowalski From: 1 To: 15",
            &[("tkowalski", Username)],
        ),
        ("WebVPN session terminated: User Requested.", &[]),
        // The value after a label that is the next key is no value.
        ("Failed Login: username=jfoster", &[("jfoster", Username)]),
        // An LDAP server's search by an account of letters and digits;
        // an interface is none.
        (
            "search (objectClass=person) by emina59 returned 1 entries",
            &[("emina59", Username)],
        ),
        ("dropped by eth0 returned", &[]),
    ]);
}

#[test]
fn a_sip_call_id_at_an_address_is_no_account() {
    exactly(&[
        (
            "Call-ID: x6p7ef2h6CM9DDv5tgGU@10.87.94.7",
            &[("10.87.94.7", Ipv4)],
        ),
        ("call_id=a6f5d542@10.87.94.7", &[("10.87.94.7", Ipv4)]),
        // As a JSON value the key is not in the text: the shape decides.
        ("SSE142454116044@192.168.14.75", &[("192.168.14.75", Ipv4)]),
        ("a84b4c76e66710@10.0.0.1", &[("10.0.0.1", Ipv4)]),
        // A login with a short number still is one.
        (
            "(emina59@192.0.2.7)",
            &[("emina59", Username), ("192.0.2.7", Ipv4)],
        ),
    ]);
}

#[test]
fn a_login_line_keeps_its_address_found_beside_the_account() {
    // The account after `login:` is found past the host and the address;
    // the address is still an address.
    exactly(&[
        (
            "imaps[1]: login: ws9.example.net [198.51.100.7] k.berg plaintext+TLS User logged in",
            &[("198.51.100.7", Ipv4), ("k.berg", Username)],
        ),
        (
            "pop3s[1]: login: ::ffff:198.51.100.7 [2001:db8::7] gosman plaintext User logged in",
            &[
                ("::ffff:198.51.100.7", Ipv6),
                ("2001:db8::7", Ipv6),
                ("gosman", Username),
            ],
        ),
    ]);
}

#[test]
fn the_account_in_a_per_user_directory() {
    // Per-user directories of many products: the segment after the
    // directory word is an account; shared and default folders are not.
    let yes = [
        (
            "type=PATH msg=audit(1733479274.123:912): item=0 name=\"/home/kberg/.ssh/authorized_keys\" inode=1311",
            "kberg",
        ),
        (
            "kernel: Sandbox: mdworker(412) deny(1) file-read-data /Users/anna.ek/Library/Mail",
            "anna.ek",
        ),
        (
            "MsMpEng: Threat found in C:\\Users\\jdoe42\\AppData\\Local\\Temp\\setup.exe",
            "jdoe42",
        ),
        (
            "DFS: open \\\\fs01\\home$\\kberg\\Documents\\budget.xlsx failed",
            "kberg",
        ),
        (
            "varonis: filePath=\\\\fs01\\Hem\\ak0392\\Lön 2026.xlsx act=Modified",
            "ak0392",
        ),
        (
            "smbd: open /srv/hjem/kari.nordmann/notater.txt denied",
            "kari.nordmann",
        ),
        ("smbd: open \\\\nas\\koti\\mvirtanen\\cv.docx", "mvirtanen"),
        (
            "User Profile Service: Windows cannot load the roaming profile \\\\fs01\\profiles$\\anna.ek.V6, using a temporary one",
            "anna.ek",
        ),
        (
            "dovecot: lda(kberg): msgid=<1@x>: saved mail to /var/mail/mvirtanen",
            "mvirtanen",
        ),
        ("biff: 4 new messages in /var/spool/mail/jjansen", "jjansen"),
        (
            "FSNamesystem.audit: allowed=true\tugi=svc-etl (auth:KERBEROS)\tip=/10.0.0.5\tcmd=open\tsrc=/user/kberg/sales.csv\tdst=null",
            "kberg",
        ),
        (
            "DataNode: copy hdfs://nn1.example.se:8020/user/anna.ek/part-0001 done",
            "anna.ek",
        ),
        (
            "httpd: 10.1.2.3 - - [21/Aug/2026:16:24:51 +0200] \"GET /intranat/personal/agrahn/bild.jpg HTTP/1.1\" 304 -",
            "agrahn",
        ),
    ];
    for (line, v) in yes {
        assert!(has(line, v, Username), "{line}");
    }
    let no = [
        ("rsync: /home/shared/reports/q3.pdf sent", "shared"),
        ("Finder: /Users/Public/Drop Box opened", "Public"),
        ("C:\\Users\\Default\\NTUSER.DAT loaded", "Default"),
        ("robocopy \\\\fs01\\profiles\\templates done", "templates"),
        ("nginx: GET /api/user/settings/ HTTP/1.1", "settings"),
        (
            "httpd: \"GET /om-oss/personal/kontakt/ HTTP/1.1\" 200",
            "kontakt",
        ),
        (
            "httpd: \"GET /personal/lediga-jobb/ansok.html HTTP/1.1\" 200",
            "lediga-jobb",
        ),
        ("cron: /srv/mail/archive/x rotated", "archive"),
    ];
    for (line, v) in no {
        assert!(!has(line, v, Username), "{line}");
    }
}

#[test]
fn the_agent_of_a_past_action_in_several_languages() {
    // A participle, the word for `by`, then the account that acted.
    let yes = [
        (
            "lifecare-audit: Kontrollsiffra fel i personnummer inmatat av kyllikkip, post ej sparad",
            "kyllikkip",
        ),
        (
            "treserva: Samordningsnummer registrerat för ny klient av nsara från 192.0.2.7",
            "nsara",
        ),
        ("journal: Anteckning signerad av annlin kl 14:02", "annlin"),
        (
            "pfqueue: Node 00:11:22:33:44:55 has been registered by g.kowalczyk with role staff",
            "g.kowalczyk",
        ),
        (
            "AEOS: Carrier changed by wzhang: carrier card 4471 blocked",
            "wzhang",
        ),
        (
            "etjanst: Samordningsnummer kopplat till ärende ÄR-2026-6255698 av annhof",
            "annhof",
        ),
        ("idm: Konto spärrat av kberg2 enligt rutin", "kberg2"),
        ("ticket 4471 closed by jdoe with resolution fixed", "jdoe"),
        (
            "httpd.aaa(76847) INFO: Authentication succeeded for username js7343 on source AD",
            "js7343",
        ),
        (
            "radiusd: auth ok for username anna.ekberg via TLS",
            "anna.ekberg",
        ),
        ("procapita: Beslut godkänt av m.berg", "m.berg"),
        ("timecare: Schema ändrad av kberg42 för enhet 4", "kberg42"),
        (
            "visma: Faktura 4471 attesterad av elin.s, belopp 1200",
            "elin.s",
        ),
        (
            "sap: Beleg 4711 geändert von MMEIER am 01.03.2026",
            "MMEIER",
        ),
        ("dms: Dossier modifié par jdupont le 01/03/2026", "jdupont"),
        ("erp: Pedido creado por jgarcia desde 10.0.0.5", "jgarcia"),
        (
            "zaak: Dossier gewijzigd door jjansen op 01-03-2026",
            "jjansen",
        ),
        ("crm: Rekord zmienione przez jkowalski", "jkowalski"),
        ("itsm: Change CHG0031 approved by jdoe.adm", "jdoe.adm"),
        ("jira: Issue OPS-12 updated by kberg", "kberg"),
        (
            "PrintService 307: Document 12, Budget.xlsx owned by kberg on \\\\WS-12 was printed on HP-Plan3 through port IP_10.0.0.9",
            "kberg",
        ),
        ("potilastiedot: Merkinnän kirjannut mvirtanen", "mvirtanen"),
        ("asiakas: Tiedot muokannut: anna.ek", "anna.ek"),
        (
            "hr: Vertrag erstellt von tmueller, Status offen",
            "tmueller",
        ),
        ("gestionale: Ordine modificato da lrossi", "lrossi"),
        ("fagsystem: Sak opprettet av kari.n", "kari.n"),
    ];
    for (line, v) in yes {
        assert!(has(line, v, Username), "{line}");
    }
    let no = [
        ("journal: en av tre poster sparades", "tre"),
        ("sshd[1]: Connection reset by peer", "peer"),
        ("billing: prix par jour 12", "jour"),
        ("job: report created by system", "system"),
        (
            "dms: Dossier modifié par l'administrateur",
            "l'administrateur",
        ),
        ("journal: Anteckning skriven av Anna Ek", "Anna"),
        ("kernel: buffer of 12 bytes owned by kernel", "kernel"),
        ("ticket: assigned by policy to queue", "policy"),
        ("av: Mängd av medel", "medel"),
        ("ca: certificate signed by DigiCert", "DigiCert"),
        ("web: username or password incorrect", "or"),
        ("web: username field empty", "field"),
        ("ticket: closed by system with code 0", "system"),
    ];
    for (line, v) in no {
        assert!(!has(line, v, Username), "{line}");
    }
}

#[test]
fn the_account_that_ends_an_authentication_failure() {
    let yes = [
        (
            "cyrus/imaps[8946]: badlogin: [192.0.2.97] plain [SASL(-13): authentication failure: checkpass failed] v.karkkainen",
            "v.karkkainen",
        ),
        (
            "cyrus/pop3[77]: badlogin: ws9.example.net [192.0.2.7] PLAIN [SASL(-13): user not found: could not find password] jdoe",
            "jdoe",
        ),
        (
            "cyrus/sieve[12]: badlogin: [2001:db8::7] login [SASL(-13): authentication failure: Password verification failed] anna.ek",
            "anna.ek",
        ),
        // Operator consoles that name who acted, then what was done.
        (
            "ProAccessSpace[1]: Operator ahmfar updated key of Ubah Dualeh",
            "ahmfar",
        ),
        ("badgesrv: operator jsmith logged in at console 2", "jsmith"),
    ];
    for (line, v) in yes {
        assert!(has(line, v, Username), "{line}");
    }
    let no = [
        (
            "cyrus/imaps[1]: badlogin: [192.0.2.97] plain [SASL(-13): authentication failure: checkpass failed] cyrus",
            "cyrus",
        ),
        ("x: operator precedence warning", "precedence"),
        ("sms: roaming operator telia enabled", "telia"),
    ];
    for (line, v) in no {
        assert!(!has(line, v, Username), "{line}");
    }
}

#[test]
fn the_user_column_of_an_accounting_row() {
    // PaperCut Print Logger's CSV (Time,User,Pages,Copies,Printer,...),
    // print managers' tab- and semicolon-separated job logs: a timestamp,
    // the account, then small counters.
    let yes = [
        (
            "PaperCut: 2026-05-08 02:04:39,t.vo,11,1,nh-print\\Lager-A3,\"Faktura 44102.pdf\",NH-W11-9501,A4,PCL6",
            "t.vo",
        ),
        (
            "printlog: 2026-03-01 10:00:00\tkberg42\t3\t1\tHP-Plan3\treport.pdf",
            "kberg42",
        ),
        (
            "uniflow: 01.03.2026 10:00:00;anna.ek;12;2;Plan3-Farg;A4",
            "anna.ek",
        ),
        (
            "2026-03-01 10:00:00,\"jdupont\",4,1,\\\\ps01\\Etage2,\"plan.docx\"",
            "jdupont",
        ),
    ];
    for (line, v) in yes {
        assert!(has(line, v, Username), "{line}");
    }
    let no = [
        ("app: 2026-05-08 02:04:39,INFO,11,1,worker", "INFO"),
        ("net: 2026-05-08 02:04:39,eth0,1500,0,up", "eth0"),
        (
            "dhcp: 10,05/08/26,02:04:39,Assign,192.0.2.5,ws1.example.se,001122334455",
            "Assign",
        ),
        ("job: 2026-05-08 02:04:39,svc-print,3,1,queue", "svc-print"),
        (
            "host: 2026-05-08 02:04:39,ws1.corp.example,3,1,up",
            "ws1.corp.example",
        ),
    ];
    for (line, v) in no {
        assert!(!has(line, v, Username), "{line}");
    }
}

#[test]
fn the_login_in_brackets_after_a_name_of_any_script() {
    let yes = [
        (
            "Handläggare Ingegerd Sjöberg (sjoing) skickade SMS",
            "sjoing",
        ),
        (
            "Handläggare 王 建国 (wang.jianguo) skickade SMS",
            "wang.jianguo",
        ),
        ("Handläggare مهسا تهرانی (mt27590) skickade SMS", "mt27590"),
        ("assigned to Anna Grahn (agrahn) by the desk", "agrahn"),
        ("approved by John Smith (smithj2)", "smithj2"),
        ("assigned to İrem Çelik (ircel) today", "ircel"),
    ];
    for (line, v) in yes {
        assert!(has(line, v, Username), "{line}");
    }
    let no = [
        ("Anna Ek (external) joined", "external"),
        ("Karin Berg (annual) leave", "annual"),
    ];
    for (line, v) in no {
        assert!(!has(line, v, Username), "{line}");
    }
}

#[test]
fn a_users_web_directory_and_a_quoted_agent() {
    let yes = [
        (
            "httpd: 192.0.2.5 - - [01/Mar/2026:10:00:00 +0100] \"GET /~kberg/index.html HTTP/1.1\" 200 512",
            "kberg",
        ),
        (
            "squid: 1733479274.123 234 192.0.2.4 TCP_MISS/200 1234 GET https://www.example.edu/~anna.ek - HIER_DIRECT/203.0.113.7 text/html",
            "anna.ek",
        ),
        (
            "cupsd[1]: [Job 412] Job queued on \"HP_Plan3\" by \"kberg\".",
            "kberg",
        ),
        ("servicedesk: Ticket #4711 closed by jdoe42", "jdoe42"),
        (
            "uniflow: Job 88 released by anna.ek at printer Plan3-Farg",
            "anna.ek",
        ),
    ];
    for (line, v) in yes {
        assert!(has(line, v, Username), "{line}");
    }
    let no = [
        (
            "sshd[1]: Connection closed by 192.0.2.7 port 51122",
            "192.0.2.7",
        ),
        ("sshd[1]: Connection closed by remote host", "remote"),
        ("bash: cd ~/projects", "projects"),
        (
            "dovecot: imap-login: Disconnected (auth failed, 1 attempts in 2 secs): user=<kberg>, rip=192.0.2.7",
            "Disconnected",
        ),
        (
            "proftpd[12]: ftp.example.se (192.0.2.7[192.0.2.7]) - USER kberg: no such user found from 192.0.2.7",
            "found",
        ),
    ];
    for (line, v) in no {
        assert!(!has(line, v, Username), "{line}");
    }
}

#[test]
fn an_account_at_a_machine_and_a_user_name_that_is_stated() {
    let yes = [
        ("scp: kberg@bastion01:/tmp/report.csv", "kberg"),
        (
            "ansible: anna.ek@web01 | SUCCESS => {\"changed\": false}",
            "anna.ek",
        ),
        ("audit: cmd=\"ssh jdoe42@db-02 uptime\"", "jdoe42"),
        ("rsync: connecting to m.berg@nas3 failed", "m.berg"),
        (
            "Huawei: %%01SHELL/5/LOGIN(s)[1]:VTY login from 192.0.2.7 succeed, user name is kberg",
            "kberg",
        ),
    ];
    for (line, v) in yes {
        assert!(has(line, v, Username), "{line}");
    }
    let no = [
        // A queue or a room at a PBX context, a mailbox, a package.
        ("mod_callcenter: support@default answered", "support"),
        ("fifo: cool_fifo@pbx01 consumer", "cool_fifo"),
        ("npm: installed lodash@4.17.21", "lodash"),
        ("conference: conf_3000@pbx01 started", "conf_3000"),
        ("sshd: root@web01:~# exit", "root"),
        ("svc: svc-backup@nas3 ok", "svc-backup"),
        ("stats: user name is unknown", "unknown"),
    ];
    for (line, v) in no {
        assert!(!has(line, v, Username), "{line}");
    }
}

#[test]
fn database_audit_rows_by_their_documented_columns() {
    // MariaDB / MySQL server_audit (serverhost,username,host,connectionid,
    // queryid,operation,database,object,retcode), to a file with its
    // timestamp, to syslog without, MariaDB 12 with the client's port;
    // Percona and Amazon RDS / Aurora MySQL write the same row.
    // PostgreSQL csvlog (log_time,"user_name","database_name",process_id,
    // "connection_from",...), as RDS, Aurora and Cloud SQL export it.
    let yes = [
        (
            "20260311 14:02:05,db01.example.se,kberg,192.0.2.7,12,0,CONNECT,,,0",
            "kberg",
        ),
        (
            "Mar 11 14:02:05 db01 mysql-server_auditing: db01,anna.ek,10.1.2.3,4711,88,QUERY,hr,'SELECT 1',0",
            "anna.ek",
        ),
        (
            "20260311 14:02:05,db01,jdoe42,198.51.100.9:51234,7,0,FAILED_CONNECT,,,1045",
            "jdoe42",
        ),
        (
            "1741701725,ip-10-0-1-17,m_berg,10.0.7.15,26,311,QUERY_DML,crm,'UPDATE t SET x=1',0",
            "m_berg",
        ),
        (
            "20260311 14:02:05,percona1,lindqvist,172.16.4.2,3,5,DISCONNECT,,,0",
            "lindqvist",
        ),
        (
            "2026-03-11 14:02:05.123 CET,\"kberg\",\"hr\",18234,\"192.0.2.7:51234\",65ef0a1d.473a,1,\"authentication\",2026-03-11 14:02:05 CET,3/17,0,LOG,00000,\"connection authorized\",,,,,,,,,\"\"",
            "kberg",
        ),
        (
            "2026-03-11 14:02:05.123 UTC,\"app_reader\",\"sales\",911,\"10.20.30.40:40022\",65ef0a1d.38f,3,\"SELECT\",2026-03-11 14:01:55 UTC,4/2,0,ERROR,42501,\"permission denied\",,,,,,,,,\"psql\"",
            "app_reader",
        ),
        (
            "2026-03-11 14:02:05.123 UTC,\"a.lind\",\"postgres\",911,\"198.51.100.4\",65ef0a1d.38f,1,\"authentication\",,,0,FATAL,28P01,\"password authentication failed\",,,,,,,,,\"\"",
            "a.lind",
        ),
    ];
    let missed: Vec<_> = yes.iter().filter(|(l, v)| !has(l, v, Username)).collect();
    assert!(missed.is_empty(), "{missed:#?}");
    let no = [
        // The server host, the database, system accounts, a plain list of
        // hosts and addresses, an address in JSON.
        (
            "20260311 14:02:05,db01,kberg,192.0.2.7,12,0,CONNECT,,,0",
            "db01",
        ),
        (
            "20260311 14:02:05,db01,root,192.0.2.7,12,0,CONNECT,,,0",
            "root",
        ),
        ("hosts: web01,web02,192.0.2.7,8080,2,UP,", "web02"),
        ("peers=web01,192.0.2.7,8080 state=UP", "web01"),
        ("{\"host\":\"web01\",\"ip\":\"192.0.2.7\"}", "web01"),
        (
            "2026-03-11 14:02:05.123 UTC,\"postgres\",\"postgres\",911,\"[local]\",65ef0a1d.38f,1,,,,0,LOG,00000,\"x\",,,,,,,,,\"\"",
            "postgres",
        ),
    ];
    let taken: Vec<_> = no.iter().filter(|(l, v)| has(l, v, Username)).collect();
    assert!(taken.is_empty(), "{taken:#?}");
}

#[test]
fn an_account_after_a_role_noun_and_before_what_was_done() {
    // Case-management, e-government and ticket systems name who acted by
    // role, then the login, then the verb, in the local language.
    let yes = [
        (
            "etjanst: INFO Handläggare agronwall öppnade ärende CASE#1473230",
            "agronwall",
        ),
        (
            "ärende: Handläggaren kberg42 avslutade ärendet 2026-118",
            "kberg42",
        ),
        (
            "sak: Saksbehandler karin.n endret vedtak i sak 2026/118",
            "karin.n",
        ),
        ("sag: Sagsbehandler mhan har godkendt ansøgningen", "mhan"),
        (
            "Vorgang 4711: Sachbearbeiter mmeier öffnete den Antrag",
            "mmeier",
        ),
        (
            "dossier: Behandelaar jjansen wijzigde de status naar gesloten",
            "jjansen",
        ),
        ("asia: Käsittelijä mvirtanen avasi asian 118", "mvirtanen"),
        (
            "dossier 118: Opérateur jdupont a modifié le statut",
            "jdupont",
        ),
        ("ticket: Caseworker jd4711 closed INC0012", "jd4711"),
        ("caso: Operador jgarcia cerró el expediente", "jgarcia"),
        (
            "Reset hasła dla konta kjafari. Kontakt: helpdesk",
            "kjafari",
        ),
        (
            "lösenordet återställt för kontot kberg, ärende 118",
            "kberg",
        ),
    ];
    let missed: Vec<_> = yes.iter().filter(|(l, v)| !has(l, v, Username)).collect();
    assert!(missed.is_empty(), "{missed:#?}");
    let no = [
        ("ärende: Handläggare saknas för ärendet", "saknas"),
        ("ticket: Technician visit scheduled for Monday", "visit"),
        ("Sachbearbeiter wurde geändert", "wurde"),
        ("audit: Handläggare Anna Berg öppnade ärende", "Anna"),
        ("dla konta administratora brak uprawnień", "administratora"),
        ("Handläggare svc-batch skapade ärende", "svc-batch"),
    ];
    let taken: Vec<_> = no.iter().filter(|(l, v)| has(l, v, Username)).collect();
    assert!(taken.is_empty(), "{taken:#?}");
}

#[test]
fn an_account_at_the_end_of_a_message_before_its_code_location() {
    // Log::Log4perl's %M (PacketFence), Java's %l, Python's
    // [%(filename)s:%(lineno)d]: the logger's location after the message.
    let yes = [
        (
            "pf01 radius-acct: httpd.aaa(61288) INFO: [mac:a4:83:e7:19:f3:18] Updating locationlog from accounting request, switch 192.0.2.7 port 79 user hedqeb (pf::api::handle_accounting_metadata)",
            "hedqeb",
        ),
        (
            "packetfence: pfqueue(12) INFO: unregistering node for user kberg (pf::node::node_deregister)",
            "kberg",
        ),
        (
            "idp: INFO session created for user jdijk (SessionManager.java:212)",
            "jdijk",
        ),
        (
            "portal: WARN locked out user mvirtanen [auth.py:88]",
            "mvirtanen",
        ),
    ];
    let missed: Vec<_> = yes.iter().filter(|(l, v)| !has(l, v, Username)).collect();
    assert!(missed.is_empty(), "{missed:#?}");
    let no = [
        ("pf: INFO: cleanup for user - (pf::cleanup::run)", "-"),
        ("x: WARN no user found (auth.py:88)", "found"),
    ];
    let taken: Vec<_> = no.iter().filter(|(l, v)| has(l, v, Username)).collect();
    assert!(taken.is_empty(), "{taken:#?}");
}

#[test]
fn dovecot_passdb_lookups_at_any_address() {
    let yes = [
        (
            "dovecot: auth-worker(26449): pam(kjelin76,::ffff:192.0.2.7,<K6KKcP73>): unknown user",
            "kjelin76",
        ),
        (
            "dovecot: auth-worker(2): sql(anna.ek,2001:db8::7,<T1SuKOVr>): Password mismatch",
            "anna.ek",
        ),
        (
            "dovecot: auth: passwd-file(m.berg,192.0.2.9,<3tDS9UUz>): unknown user",
            "m.berg",
        ),
    ];
    let missed: Vec<_> = yes.iter().filter(|(l, v)| !has(l, v, Username)).collect();
    assert!(missed.is_empty(), "{missed:#?}");
}

#[test]
fn a_variable_named_by_an_account_key_set_to_a_value() {
    let yes = [
        (
            "apmd[24143]: 01490007:5: /Common/ap_vpn:Common:8235c9d2: Session variable 'session.logon.last.username' set to 'azad.hewrami'",
            "azad.hewrami",
        ),
        (
            "apmd[1]: 01490007:5: /Common/ap_owa:Common:9cdd6497: Session variable 'session.logon.last.username' set to 'shuzho'",
            "shuzho",
        ),
        ("idm: attribute 'user' set to \"anna.ek\"", "anna.ek"),
    ];
    let missed: Vec<_> = yes.iter().filter(|(l, v)| !has(l, v, Username)).collect();
    assert!(missed.is_empty(), "{missed:#?}");
    let no = [(
        "apmd[1]: Session variable 'session.logon.last.username' set to 'root'",
        "root",
    )];
    let taken: Vec<_> = no.iter().filter(|(l, v)| has(l, v, Username)).collect();
    assert!(taken.is_empty(), "{taken:#?}");
}

#[test]
fn the_account_after_a_name_written_surname_first() {
    let yes = [
        (
            "CheckPoint: src_user_name:\"Jiménez Domínguez, Íñigo (inigo.jimenezdominguez)\"; src_machine_name:\"pc-1\"",
            "inigo.jimenezdominguez",
        ),
        ("ldap: Berg, Karin (karin.berg) bound", "karin.berg"),
        ("fw: user Anna Quang (aqu) logged on", "aqu"),
    ];
    let missed: Vec<_> = yes.iter().filter(|(l, v)| !has(l, v, Username)).collect();
    assert!(missed.is_empty(), "{missed:#?}");
}

#[test]
fn the_login_in_brackets_of_a_display_value_under_an_account_key() {
    // Check Point Identity Awareness (`user`, `src_user_name`), and the
    // `displayName (sAMAccountName)` that NAC and identity agents write.
    let yes = [
        (
            "CheckPoint 96506 - [action:\"Update\"; auth_status:\"Successful Login\"; user:\"Bahram Hosseini (bahramhosseini)\"; src_machine_name:\"lt-35944\"]",
            "bahramhosseini",
        ),
        (
            "CheckPoint 1 - [src:\"192.0.2.7\"; src_user_name:\"Niloufar Karimi (NKARIMI)\"; dst:\"192.0.2.9\"]",
            "NKARIMI",
        ),
        (
            "CheckPoint 1 - [src_user_name:\"VEIKKO HÄMÄLÄINEN (adm-vhamalainen)\"]",
            "adm-vhamalainen",
        ),
        ("nac: username=\"Karin Berg (kberg)\" port=12", "kberg"),
        (
            "packetfence: Authentication succeeded for username sakerlund on source AD_CORP (pf::authentication::authenticate)",
            "sakerlund",
        ),
        (
            "Proszę o reset hasła dla konta BLUKASZEWICZ. Kontakt: x",
            "BLUKASZEWICZ",
        ),
    ];
    let missed: Vec<_> = yes.iter().filter(|(l, v)| !has(l, v, Username)).collect();
    assert!(missed.is_empty(), "{missed:#?}");
    let no = [
        ("fw: user:\"Karin Berg (external)\"", "external"),
        ("fw: user:\"Backup (svc-backup)\"", "svc-backup"),
        ("fw: user:\"Domain Admins (Group)\"", "Group"),
        ("stats: lookups for username cache on node 2", "cache"),
    ];
    let taken: Vec<_> = no.iter().filter(|(l, v)| has(l, v, Username)).collect();
    assert!(taken.is_empty(), "{taken:#?}");
}

#[test]
fn the_holders_name_before_a_login_in_brackets_is_read_too() {
    let line = "CheckPoint 1 - [src_user_name:\"Karin Berg (kberg)\"; user:\"Anna Lind (alind)\"]";
    for (v, k) in [("kberg", Username), ("alind", Username)] {
        assert!(has(line, v, k), "{v}");
    }
    assert!(has(line, "Karin Berg", crate::detect::Kind::PersonName));
    assert!(has(line, "Anna Lind", crate::detect::Kind::PersonName));
}

#[test]
fn an_ike_peers_login() {
    let yes = [
        (
            "charon: 09[IKE] <ikev2-eap|68> assigning virtual IP 10.3.0.7 to peer 'g.öhman'",
            "g.öhman",
        ),
        (
            "charon: 12[IKE] <rw-eap|3> assigning virtual IP 100.64.1.4 to peer 'ielsayed'",
            "ielsayed",
        ),
        (
            "charon: 07[IKE] <rw|9> assigning virtual IP 192.0.2.77 to peer 'kberg42'",
            "kberg42",
        ),
    ];
    let missed: Vec<_> = yes.iter().filter(|(l, v)| !has(l, v, Username)).collect();
    assert!(missed.is_empty(), "{missed:#?}");
    let no = [
        (
            "charon: 09[IKE] assigning virtual IP 10.3.0.7 to peer 'vpn.example.se'",
            "vpn.example.se",
        ),
        (
            "charon: 09[IKE] assigning virtual IP 10.3.0.7 to peer 'C=SE, O=Org, CN=gw1'",
            "gw1",
        ),
        ("bgpd: peer 'core1' went down", "core1"),
        ("charon: peer '%any' not found", "%any"),
    ];
    let taken: Vec<_> = no.iter().filter(|(l, v)| has(l, v, Username)).collect();
    assert!(taken.is_empty(), "{taken:#?}");
}
