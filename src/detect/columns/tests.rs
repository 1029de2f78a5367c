//! Lines of several products per layout, written after the vendors'
//! documented field orders, and look-alikes that must stay.

use crate::detect::{DetectorSet, Kind};

/// The accounts (and e-mail addresses) the whole detector set finds.
fn accounts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    DetectorSet::all_builtins().detect(text, &mut out);
    out.iter()
        .filter(|s| matches!(s.kind, Kind::Username | Kind::Email))
        .map(|s| text[s.start..s.end].to_string())
        .collect()
}

fn check(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        let got = accounts(text);
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn the_username_column_of_iis_default_w3c_layouts() {
    check(&[
        // IIS 7-10 default field set.
        (
            "2024-03-05 14:02:11 10.1.2.3 GET /Default.aspx - 443 vkarlsson 203.0.113.55 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 46",
            &["vkarlsson"],
        ),
        // Exchange OWA and ActiveSync (an e-mail as the user).
        (
            "2024-03-05 14:02:11 10.1.2.3 POST /owa/service.svc action=GetItem&UA=0 443 CONTOSO\\jkowalski 198.51.100.23 Mozilla/5.0+(Windows+NT+10.0) https://mail.contoso.com/owa/ 200 0 0 31",
            &["jkowalski"],
        ),
        (
            "2024-03-05 14:02:11 10.1.2.3 POST /Microsoft-Server-ActiveSync/default.eas Cmd=Ping&DeviceType=iPhone 443 mnieminen@contoso.com 198.51.100.23 Apple-iPhone14C2/2006.81 - 200 0 0 480000",
            &["mnieminen@contoso.com"],
        ),
        // IIS 6 default: s-sitename before s-ip; and s-computername too.
        (
            "2024-03-05 14:02:11 W3SVC1 10.1.2.3 GET /intranet/default.asp - 80 tbergstrom 192.0.2.44 Mozilla/4.0+(compatible;+MSIE+8.0) 200 0 0",
            &["tbergstrom"],
        ),
        (
            "2024-03-05 14:02:11 W3SVC3 WEB01 10.1.2.3 GET /reports/ - 80 okhalil 192.0.2.44 Mozilla/5.0 200 0 0 15",
            &["okhalil"],
        ),
        // RPC over HTTP (Outlook Anywhere), IPv6 client.
        (
            "2024-03-05 14:02:11 10.1.2.3 RPC_IN_DATA /rpc/rpcproxy.dll mail01.contoso.com:6001 443 ssundqvist 2001:db8::44 MSRPC - 200 0 0 15",
            &["ssundqvist"],
        ),
        // IIS FTP service default: c-ip cs-username s-ip s-port cs-method.
        (
            "2024-03-05 14:02:11 192.0.2.44 lhansen 10.1.2.3 21 PASS *** 230 0 0 8c1a2b3c-9d1e-4f00-a1b2-c3d4e5f60718 /",
            &["lhansen"],
        ),
        // After a syslog header.
        (
            "<13>Mar  5 14:02:11 web01 IIS-W3SVC1: 2024-03-05 14:02:11 10.1.2.3 GET /api/v1/me - 443 pnowak 192.0.2.45 okhttp/4.12.0 - 401 1 2148074254 3",
            &["pnowak"],
        ),
        // Anonymous, a computer account, a system account: no one.
        (
            "2024-03-05 14:02:11 10.1.2.3 GET /Default.aspx - 80 - 203.0.113.55 Mozilla/5.0 - 200 0 0 46",
            &[],
        ),
        (
            "2024-03-05 14:02:11 10.1.2.3 GET /autodiscover/autodiscover.xml - 443 EXCH01$ 10.1.2.9 Microsoft+WinRM+Client - 200 0 0 5",
            &[],
        ),
        (
            "2024-03-05 14:02:11 10.1.2.3 POST /ews/exchange.asmx - 443 SYSTEM 127.0.0.1 ExchangeServicesClient/15.02 - 200 0 0 9",
            &[],
        ),
        // Look-alikes: an application log with a date, an address and words.
        (
            "2024-03-05 14:02:11 INFO Starting listener on 10.1.2.3 port 8080 for tenant acme",
            &[],
        ),
        (
            "2024-03-05 14:02:11 10.1.2.3 GET report done 443 nightly 10.1.2.4",
            &[],
        ),
    ]);
}

#[test]
fn the_user_columns_of_zeek_tsv_logs() {
    check(&[
        // http.log (Zeek 4: version and origin columns): username after tags.
        (
            "1331901000.010000\tCjhGID4nQcgTWjvg4c\t192.168.202.79\t50465\t192.168.229.251\t80\t1\tGET\t192.168.229.251\t/DEASLog02.nsf\t-\t1.1\tMozilla/5.0\t-\t0\t1179\t401\tUnauthorized\t-\t-\t(empty)\tmkarlsson\t-\t-\t-\t-\t-\t-\tFIRVMx3JLJyP3Sjl5b\t-\ttext/html",
            &["mkarlsson"],
        ),
        // http.log (Zeek 2.x: filename before tags).
        (
            "1320279566.452687\tCPTs1bsG6nKXTKDB4\t10.0.0.12\t49812\t10.0.0.80\t8080\t2\tPOST\tintranet.local\t/login\t-\tcurl/7.29.0\t120\t512\t302\tFound\t-\t-\t-\t(empty)\tebjork\t-\t-\t-\t-\t-\t-",
            &["ebjork"],
        ),
        // ntlm.log, Zeek 3 and later (13 columns) and 2.x (11 columns).
        (
            "1508959117.814467\tCHphiNUKDC20fsy09\t192.168.10.31\t49166\t192.168.10.10\t445\tjdoe2\tDESKTOP-V1FA0UQ\tCONTOSO\tDC01\tdc01.contoso.local\tcontoso.local\tT",
            &["jdoe2"],
        ),
        (
            "1508959117.814467\tCHphiNUKDC20fsy09\t192.168.10.31\t49166\t192.168.10.10\t445\tasmith\tWS-114\tCORP\tT\tSUCCESS",
            &["asmith"],
        ),
        // ftp.log: user, then the hidden password and the command.
        (
            "1329843175.680248\tCpQoCn3o28tke89zv9\t141.142.220.235\t50003\t199.233.217.249\t21\tpgustafsson\t<hidden>\tRETR\tftp://199.233.217.249/./main.css\ttext/plain\t1491\t226\tTransfer complete.\t-\t-\t-\t-\t-",
            &["pgustafsson"],
        ),
        (
            "1329843175.680248\tCpQoCn3o28tke89zv9\t141.142.220.235\t50003\t199.233.217.249\t21\tanonymous\t<hidden>\tLIST\t-\t-\t-\t226\tTransfer complete.\t-\t-\t-\t-\t-",
            &[],
        ),
        // rdp.log: the cookie (mstshash) is the user name.
        (
            "1297551041.284715\tC6jBDD1AQXzBoUPkBe\t192.168.1.200\t49206\t192.168.1.150\t3389\tfbengtsson\tencrypted\tHYBRID\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-",
            &["fbengtsson"],
        ),
        // radius.log: username, mac, ..., result.
        (
            "1217631137.872968\tCHhAvVGS1DHFjwGM9\t10.0.0.1\t1812\t10.0.0.100\t1812\tekristensen\t00:11:22:33:44:55\t-\t-\t-\t-\tsuccess\t-",
            &["ekristensen"],
        ),
        // socks.log: version, user.
        (
            "1340213015.276495\tCjhGID4nQcgTWjvg4c\t10.0.0.55\t53994\t60.190.189.214\t8124\t5\tbolsen\t-\tsucceeded\t-\twww.osnews.com\t80\t192.168.0.31\t-\t2688",
            &["bolsen"],
        ),
        // kerberos.log's client is read as `user/REALM` (once), its
        // request type is no account.
        (
            "1743636940.343175\tCiPJ8tFbSPJgm\t192.0.2.125\t25062\t192.0.2.209\t88\tAS\thauveg73/AD.EXAMPLE.SE\tkrbtgt/AD.EXAMPLE.SE\tF\tKDC_ERR_PREAUTH_FAILED",
            &["hauveg73"],
        ),
        // conn.log and dns.log carry no account.
        (
            "1300475167.096535\tCXWv6p3arKYeMETxOg\t141.142.220.202\t5353\t224.0.0.251\t5353\tudp\tdns\t-\t-\t-\tS0\t-\t-\t0\tD\t1\t73\t0\t0\t(empty)",
            &[],
        ),
        (
            "1300475168.853899\tC4y2MwbbHRfMp3KDh\t141.142.220.118\t43927\t141.142.2.2\t53\tudp\t435\t0.000090\tgo.microsoft.com\t1\tC_INTERNET\t1\tA\t0\tNOERROR\tF\tF\tT\tF\t0\t-\t-\tF",
            &[],
        ),
    ]);
}

#[test]
fn the_user_columns_of_panos_csv_logs() {
    check(&[
        // TRAFFIC: Source User.
        (
            "<14>Jan 15 10:23:45 pa-fw01 1,2024/01/15 10:23:45,001801012345,TRAFFIC,end,2561,2024/01/15 10:23:45,10.20.30.40,52.1.2.3,203.0.113.9,52.1.2.3,allow-web,hlarsen,,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,fwd,2024/01/15 10:23:45,34567,1,50123,443,40123,443,0x400053,tcp,allow,5120,1200,3920,20,2024/01/15 10:23:30,14,computer-and-internet-info,0,12345,0x0,10.0.0.0-10.255.255.255,United States,0,10,10,tcp-fin",
            &["hlarsen"],
        ),
        // THREAT: Destination User as an e-mail address.
        (
            "1,2024/01/15 10:23:45,001801012345,THREAT,url,2561,2024/01/15 10:23:45,52.1.2.3,10.20.30.41,0.0.0.0,0.0.0.0,inbound-web,,anna.berg@contoso.com,web-browsing,vsys1,untrust,trust,ethernet1/1,ethernet1/2,fwd,2024/01/15 10:23:45,34568,1,443,50124,0,0,0x0,tcp,alert,\"portal.contoso.com/login\",(9999),business-and-economy,informational,server-to-client",
            &["anna.berg@contoso.com"],
        ),
        // GLOBALPROTECT: Source User.
        (
            "1,2024/01/15 10:23:45,001801012345,GLOBALPROTECT,0,2561,2024/01/15 10:23:45,vsys1,gateway-connected,connected,SAML,SSL,tviklund,SE,LT-5521,198.51.100.7,0.0.0.0,10.40.70.50,0.0.0.0,a1b2c3d4-0000-1111-2222-333344445555,PF12345,6.2.1,Windows,\"10.0.19045\",1,,,\"\",success,,0,on-demand,0,gp-portal",
            &["tviklund"],
        ),
        // USERID: User after the source address.
        (
            "1,2024/01/15 10:23:45,001801012345,USERID,login,2561,2024/01/15 10:23:45,vsys1,10.20.30.42,gnilsson,corp-dc-agent,0,1,2700,0,0,active-directory,,1907025173,0x0,0,0,0,0,,pa-fw01,1,,2024/01/15 10:23:45.801+01:00,1,,",
            &["gnilsson"],
        ),
        // AUTH: User and Normalize User.
        (
            "1,2024/01/15 10:23:45,001801012345,AUTH,normal,2561,2024/01/15 10:23:45,vsys1,10.20.30.43,kpetersen@corp,kpetersen,captive-portal,auth-rule,1,123,Okta,,radius-profile,Authentication success,browser,auth-success,1",
            &["kpetersen@corp", "kpetersen"],
        ),
        // HIP-MATCH: Source User before the virtual system.
        (
            "1,2024/01/15 10:23:45,001801012345,HIPMATCH,0,2561,2024/01/15 10:23:45,mwest,vsys1,LAPTOP-8842,Windows 10 Enterprise,10.20.30.44,corp-hip-profile,1,profile,0,0,1234,0x0,0,0,0,0,,pa-fw01,1,,",
            &["mwest"],
        ),
        // CONFIG: Admin before the client.
        (
            "1,2024/01/15 10:23:45,001801012345,CONFIG,0,2561,2024/01/15 10:23:45,10.0.0.9,vsys1,edit,rnordin,Web,Succeeded, config devices localhost.localdomain vsys vsys1 rulebase,1234,0x0",
            &["rnordin"],
        ),
        // The built-in admin, a service account, no user: no one.
        (
            "1,2024/01/15 10:23:45,001801012345,CONFIG,0,2561,2024/01/15 10:23:45,10.0.0.9,vsys1,commit,admin,Web,Submitted,,1235,0x0",
            &[],
        ),
        (
            "1,2024/01/15 10:23:45,001801012345,USERID,login,2561,2024/01/15 10:23:45,vsys1,10.20.30.42,svc-paloalto,corp-dc-agent,0,1,2700,0,0,active-directory,,1907025173",
            &[],
        ),
        (
            "1,2024/01/15 10:23:45,001801012345,TRAFFIC,end,2561,2024/01/15 10:23:45,10.20.30.40,52.1.2.3,0.0.0.0,0.0.0.0,allow-dns,,,dns,vsys1,trust,untrust,ethernet1/2,ethernet1/1,fwd,2024/01/15 10:23:45,34569,1,53000,53,0,0,0x0,udp,allow,200",
            &[],
        ),
        // SYSTEM logs and CSV that is no PAN-OS record.
        (
            "1,2024/01/15 10:23:45,001801012345,SYSTEM,general,0,2024/01/15 10:23:45,,general,,0,0,general,informational,\"Connection to Update server: updates.paloaltonetworks.com completed successfully\",1234,0x0",
            &[],
        ),
        (
            "id,2024/01/15 10:23:45,report,weekly,ok,2561,2024/01/15 10:23:45,10.0.0.1,10.0.0.2,x,y,z,backup,restore",
            &[],
        ),
    ]);
}

#[test]
fn the_user_columns_of_proxy_ftp_and_file_server_logs() {
    check(&[
        // Blue Coat ProxySG `main` format.
        (
            "2024-03-05 14:02:11 135 10.1.2.3 ilindholm - - OBSERVED \"Technology/Internet\" - 200 TCP_NC_MISS GET text/html http www.example.com 80 / - - \"Mozilla/5.0\" 10.1.2.254 1234 567 -",
            &["ilindholm"],
        ),
        (
            "2024-03-05 14:02:11 12 10.1.2.3 - - policy_denied DENIED \"Gambling\" - 403 TCP_DENIED GET text/html http casino.example 80 / - - \"Mozilla/5.0\" 10.1.2.254 400 300 -",
            &[],
        ),
        // Squid native, with hierarchy codes no keyword names.
        (
            "1733479274.123    234 192.0.2.4 TCP_MISS/200 1234 GET http://www.example.com/ nfalk FIRSTUP_PARENT/203.0.113.7 text/html",
            &["nfalk"],
        ),
        (
            "squid[2211]: 1733479274.123      5 192.0.2.4 TCP_TUNNEL/200 5120 CONNECT login.example.com:443 rhosseini PARENT_HIT/10.0.0.3 -",
            &["rhosseini"],
        ),
        (
            "1733479274.123    234 192.0.2.4 TCP_DENIED/407 3800 GET http://www.example.com/ - HIER_NONE/- text/html",
            &[],
        ),
        // Samba full_audit, default prefix and the common longer one.
        (
            "Mar  5 14:02:11 fs01 smbd_audit: hkoskinen|192.0.2.44|openat|ok|r|projekt/budget.xlsx",
            &["hkoskinen"],
        ),
        (
            "smbd_audit: CORP\\dmehmeti|10.0.0.51|LT-5521|ekonomi|unlinkat|ok|rapport.docx",
            &["dmehmeti"],
        ),
        ("smbd_audit: nobody|192.0.2.44|connect|ok|IPC$", &[]),
        // xferlog (vsftpd, ProFTPD, wu-ftpd).
        (
            "Mon Mar  5 14:02:11 2024 1 192.0.2.44 52836 /home/jvirtanen/rapport.pdf b _ o r jvirtanen ftp 0 * c",
            // The home directory's owner, and the user column.
            &["jvirtanen", "jvirtanen"],
        ),
        (
            "Mon Mar  5 14:02:11 2024 3 client.example.net 1048576 /upload/data.tar.gz b _ i g ssamuelsson ftp 1 ssamuelsson c",
            &["ssamuelsson", "ssamuelsson"],
        ),
        (
            "Mon Mar  5 14:02:11 2024 1 192.0.2.44 52836 /pub/readme.txt a _ o a anonymous ftp 0 * c",
            &[],
        ),
        // A sentence that ends in a lone letter is no transfer record.
        (
            "The backup job on host fs01 finished and the status of the last run is c",
            &[],
        ),
    ]);
}

#[test]
fn the_user_column_of_common_log_format_descendants() {
    check(&[
        // An IPv6 client, a host name (HostnameLookups On), an identd
        // answer, a vhost in front (vhost_combined).
        (
            "2001:db8::5 - hsato [10/Oct/2024:13:55:36 +0200] \"GET /nextcloud/remote.php/dav HTTP/1.1\" 207 2326",
            &["hsato"],
        ),
        (
            "client.example.net - tnguyen [10/Oct/2024:13:55:36 +0200] \"GET / HTTP/1.1\" 200 2326",
            &["tnguyen"],
        ),
        (
            "192.0.2.10 identd7 mkowalczyk [10/Oct/2024:13:55:36 +0200] \"POST /login HTTP/1.1\" 302 0",
            &["mkowalczyk"],
        ),
        (
            "www.example.com:443 192.0.2.10 - ppetrov [10/Oct/2024:13:55:36 +0200] \"GET / HTTP/1.1\" 200 2326 \"-\" \"curl/8.0\"",
            &["ppetrov"],
        ),
        // Tomcat's AccessLogValve `common` pattern in a syslog message.
        (
            "tomcat: 10.0.0.7 - ealmeida [10/Oct/2024:13:55:36 +0200] \"GET /manager/html HTTP/1.1\" 401 2473",
            &["ealmeida"],
        ),
        // McAfee/Skyhigh Web Gateway default access log.
        (
            "[10/Oct/2024:13:55:36 +0200] \"bkaya\" 192.0.2.10 200 \"GET http://example.com/ HTTP/1.1\" \"Business\" \"Minimal Risk\" \"text/html\" 1234 \"Mozilla/5.0\" \"\" \"0\"",
            &["bkaya"],
        ),
        (
            "[10/Oct/2024:13:55:36 +0200] \"\" 192.0.2.10 200 \"GET http://example.com/ HTTP/1.1\" \"Business\" \"Minimal Risk\" \"text/html\" 1234 \"Mozilla/5.0\" \"\" \"0\"",
            &[],
        ),
        // No user, and a bracketed time in a line of another shape.
        (
            "2001:db8::5 - - [10/Oct/2024:13:55:36 +0200] \"GET / HTTP/1.1\" 200 2326",
            &[],
        ),
        (
            "backup finished for share [10/Oct/2024:13:55:36 +0200] total 12 files",
            &[],
        ),
        (
            "job run by scheduler [10/Oct/2024:13:55:36 +0200] \"nightly export\" 200 rows",
            &[],
        ),
    ]);
}

#[test]
fn the_user_name_of_nps_accounting_logs() {
    check(&[
        // IAS format.
        (
            "10.10.10.10,cwallin,06/04/2024,14:42:19,NPS,NPS01,6,2,7,1,5,9,61,5,64,1,65,1,31,1",
            &["cwallin"],
        ),
        (
            "10.10.10.10,host/LT-5521.corp.example,06/04/2024,14:42:19,IAS,NPS01,6,2,7,1,5,9,61,5",
            &[],
        ),
        // Database-compatible format: Access-Request and Access-Accept.
        (
            "\"NPS01\",\"IAS\",03/07/2024,13:04:33,1,\"fsaarinen\",,,,,,,,,9,\"10.10.10.10\",\"wlan-ctrl\",,,,,,,1,,0,,,,,,,,,,",
            &["fsaarinen"],
        ),
        (
            "\"NPS01\",\"IAS\",03/07/2024,13:04:33,2,,\"corp.example/Users/fsaarinen\",,,,,,,,9,\"10.10.10.10\",\"wlan-ctrl\",,,,,,2,1,\"Allow wireless\",0,\"311 1 10.10.10.11 03/07/2024 20:04:30 1\",,,,",
            &["fsaarinen"],
        ),
        // A CSV export that is no NPS log.
        (
            "10.10.10.10,backup,06/04/2024,14:42:19,OK,NAS01,6,2,7,1,5,9",
            &[],
        ),
    ]);
}

#[test]
fn the_subject_column_of_pingfederate_audit_logs() {
    check(&[
        (
            "<14>Mar  5 14:02:11 pf-node1 pingfederate: 2026-03-05 14:02:11,733 | tid:Qx7dA1bC2eF3gH4iJ5kL6mN7oP8| SSO| vkarlsson| 10.1.2.3 | sp-portal| https://sts.example.se/| SAML20| pf-node1| IdP| success| HTMLFormPD| | 112",
            &["vkarlsson"],
        ),
        (
            "2026-03-05 14:02:11,733 | tid:Qx7dA1bC2eF3gH4iJ5kL6mN7oP8| AUTHN_ATTEMPT| Anna.Lind| 198.51.100.23 | | | SAML20| pf-node1| IdP| failure| HTMLFormPD| | 49",
            &["Anna.Lind"],
        ),
        // No subject yet, and a system account: nothing to take.
        (
            "2026-03-05 14:02:11,733 | tid:Qx7dA1bC2eF3gH4iJ5kL6mN7oP8| AUTHN_REQUEST| | 10.1.2.3 | sp-portal| | SAML20| pf-node1| IdP| inprogress| | | 3",
            &[],
        ),
        (
            "2026-03-05 14:02:11,733 | tid:Qx7dA1bC2eF3gH4iJ5kL6mN7oP8| SSO| root| 10.1.2.3 | sp-portal| | SAML20| pf-node1| IdP| success| | | 3",
            &[],
        ),
        // Another product's pipes after the same time stamp: no tracking id.
        (
            "2026-03-05 14:02:11,733 | worker-3| SYNC| inventory| 10.1.2.3 | done| 12 items| ok| node1| x| y| z",
            &[],
        ),
    ]);
}
