//! Owners' given names inside host and device names (`name::host`), in the
//! lines that carry them: DHCP servers, Windows logons, Zeek, Wi-Fi
//! controllers, MDM. All values are made up.

use super::*;

/// The person names `all` finds in `text`.
fn names(text: &str) -> Vec<String> {
    all(text)
        .into_iter()
        .filter(|(_, k)| *k == Kind::PersonName)
        .map(|(v, _)| v)
        .collect()
}

#[test]
fn owners_in_host_names() {
    let cases: &[(&str, &[&str])] = &[
        // dnsmasq
        (
            "May 11 21:54:27 gw-hq dnsmasq-dhcp[4565]: 790019 DHCPOFFER(br-lan) 172.20.36.17 5c:0a:5b:fd:7e:3b GRZEGORZ-PC",
            &["GRZEGORZ"],
        ),
        (
            "Mar 22 03:06:47 gw-hq dnsmasq-dhcp[3165]: 699769 DHCPACK(br-lan) 192.168.12.159 28:cf:e9:8f:46:bc ThinkPad-Solveig",
            &["Solveig"],
        ),
        // ISC dhcpd
        (
            "Apr  2 08:01:12 dhcp1 dhcpd[812]: DHCPACK on 10.1.2.3 to f4:d4:88:01:02:03 (dorotas-laptop) via eth0",
            &["dorota"],
        ),
        (
            "Apr  2 08:01:13 dhcp1 dhcpd[812]: DHCPREQUEST for 10.1.2.4 from f4:d4:88:01:02:04 (ANNA-PC) via eth0",
            &["ANNA"],
        ),
        // Windows DHCP server audit log (CSV)
        (
            "10,04/02/26,08:14:02,Assign,10.20.30.41,ARVID-LAPTOP.corp.example.se,A0B1C2D3E4F5,,1234,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0",
            &["ARVID"],
        ),
        // Kea
        (
            "INFO  [kea-dhcp4.leases/811] DHCP4_LEASE_ALLOC [hwtype=1 a0:b1:c2:d3:e4:f5], cid=[no info], tid=0x1a2b3c: lease 10.0.5.23 has been allocated for 3600 seconds, hostname=zbigniews-mbp",
            &["zbigniew"],
        ),
        // named query log
        (
            "client @0x7f95e9634d 10.41.8.130#48235 (oguzhans-mbp.example.se): query: oguzhans-mbp.example.se IN AAAA +",
            &["oguzhan", "oguzhan"],
        ),
        // Windows 4624 / 4625 / 4776
        (
            "4624: An account was successfully logged on. Workstation Name: DESKTOP-VIGGO Source Network Address: 10.1.1.9",
            &["VIGGO"],
        ),
        (
            "4625: Ein Konto konnte nicht angemeldet werden. Arbeitsstationsname:\tSIXTEN-PC\tQuellnetzwerkadresse:\t10.1.1.8",
            &["SIXTEN"],
        ),
        (
            "4776: The computer attempted to validate the credentials for an account. Source Workstation: LISBET-LT Error Code: 0xC000006A",
            &["LISBET"],
        ),
        // Zeek ntlm.log
        (
            "1741290781.121653\tCz61mtHRGZ5yJ\t192.168.12.44\t2887\t192.168.12.211\t445\tscanner01\tAZAD-PC\tNV\tFS-HEM02\tfs-hem02.ad.example.se",
            &["AZAD"],
        ),
        // Meraki and Aruba client lists
        (
            "events type=association radio=1 vap=1 client_mac=A0:B1:C2:D3:E4:F6 client_ip=10.9.8.6 dhcp hostname WILMAS-IPHONE channel=36",
            &["WILMA"],
        ),
        (
            "Client 10.9.8.7 jadwiga-galaxy associated to AP-212 ssid Corp",
            &["jadwiga"],
        ),
        // Intune and Jamf
        (
            "{\"deviceName\":\"Lenovo-Ahmed\",\"operatingSystem\":\"Windows\",\"complianceState\":\"compliant\"}",
            &["Ahmed"],
        ),
        (
            "<computer><general><name>ebbas-macbook-pro</name><serial_number>C02XK1ABJG5H</serial_number></general></computer>",
            &["ebba"],
        ),
        // A given name and a surname or a second given name.
        (
            "DHCPOFFER(br-lan) 192.168.12.198 a4:34:d9:c1:3c:0c wilma-wikstrom-laptop",
            &["wilma-wikstrom"],
        ),
        (
            "Arbeitsstationsname:\tLINNEA-ULF-PC\tQuellnetzwerkadresse:\t10.1.1.8",
            &["LINNEA-ULF"],
        ),
        // SentinelOne
        (
            "CEF:0|SentinelOne|Mgmt|12.0.1.3|90|User logged in|5|sourceHostName=AGNIESZKAS-LAPTOP",
            &["AGNIESZKA"],
        ),
    ];
    let mut failed = Vec::new();
    for (text, want) in cases {
        let got = names(text);
        if got != *want {
            failed.push(format!("{text}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn generic_and_common_host_names_stay() {
    for text in [
        "Workstation Name: DESKTOP-7F3K2LQ Source Network Address: 10.1.1.9",
        "DHCPACK(br-lan) 10.1.2.3 a0:b1:c2:d3:e4:f5 WS-EKON-829",
        "\\\\FS-HEM02\\share PC-042 LT-77 NB-4412",
        // A given name that is also a common word or a product.
        "hostname=PAGE-PC hostname=will-laptop hostname=MAX-PC hostname=WIN-PC",
        "hostname=mark_laptop hostname=RAY-DESKTOP hostname=TEST-PC hostname=LAB-PC",
        "hostname=DELL-LAPTOP hostname=HP-PC hostname=sales-laptop",
        // A name that goes on is no owner: a room, a team.
        "hostname=PC-Anna-Lab",
        "hostname=anna-test-pc hostname=KARIN-LAB-PC hostname=lab-anna-pc",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
}

#[test]
fn owners_in_host_names_written_with_non_ascii_letters() {
    // The label's first part has letters outside ASCII, where the scan's
    // word stops (or starts): Bitdefender GravityZone's CEF dvchost and
    // FQDN, dnsmasq, the Windows DHCP server's audit log, Microsoft
    // Defender's DeviceName, Sophos Central's endpoint.
    let cases: &[(&str, &[&str])] = &[
        (
            "CEF:0|Bitdefender|GravityZone|6.33.1-1|35|Antimalware|6|BitdefenderGZModule=av dvchost=GÖRAN-LT BitdefenderGZComputerFQDN=GÖRAN-LT.corp.local dvc=10.44.96.218",
            &["GÖRAN", "GÖRAN"],
        ),
        (
            "May 11 21:54:27 gw-hq dnsmasq-dhcp[4565]: 790019 DHCPACK(br-lan) 172.20.36.17 5c:0a:5b:fd:7e:3b GRAŻYNA-PC",
            &["GRAŻYNA"],
        ),
        (
            "10,04/02/26,08:14:02,Assign,10.20.30.41,ÅSA-LAPTOP.corp.example.se,A0B1C2D3E4F5,,1234,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0",
            &["ÅSA"],
        ),
        (
            r#"{"Timestamp":"2026-04-02T08:14:02Z","DeviceName":"çağla-lt.corp.local","ActionType":"AntivirusDetection"}"#,
            &["çağla"],
        ),
        (
            r#"{"endpoint":{"hostname":"TORBJÖRNS-MBP"},"type":"Event::Endpoint::UpdateSuccess"}"#,
            &["TORBJÖRN"],
        ),
        // No one's name: words of the place or the role, a device alone,
        // a label that goes on from a letter before it.
        (
            "dvchost=KÖK-PC dvchost=MÖTESRUM-LT dvchost=LÅNE-LT dvchost=ÖVNING-PC",
            &[],
        ),
        ("dvchost=XÅSA-LT dvchost=GÖTEBORG-PC", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(names(text), *want, "{text}");
    }
}

#[test]
fn owners_of_hosts_named_after_a_name_that_is_also_a_word() {
    // Beside a device word, a given name whose first sense is a person,
    // and the workstation's short forms as device words.
    for (text, want) in [
        ("dhost=Martin-PC dntdom=CORP", vec!["Martin"]),
        ("shost=MBP-Angel smac=x", vec!["Angel"]),
        ("hostIdentifier=wks-Torunn,", vec!["Torunn"]),
        ("hostIdentifier=WKSTN-AGNETA,", vec!["AGNETA"]),
        ("Hostname=Per-iPhone,", vec!["Per"]),
    ] {
        assert_eq!(names(text), want, "{text}");
    }
    // A city, a word or a number beside a device word stays.
    for text in [
        "dhost=Sofia-PC dntdom=CORP",
        "dhost=Build-PC dntdom=CORP",
        "hostIdentifier=wks-0042,",
        "hostIdentifier=wks-Lab,",
        "dhost=srv-Oslo dntdom=CORP",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
}
