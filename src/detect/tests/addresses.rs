//! IP and MAC addresses, and their look-alikes.

use super::*;

#[test]
fn addresses_in_host_names_are_their_own_kind() {
    assert_eq!(
        all("rhost=h64-187-1-131.dsl.example.net user=root"),
        vec![("64-187-1-131".into(), Kind::HostIpv4)]
    );
    assert_eq!(
        all("Jul  3 21:30:55 airbears2-10-142-110-255 kernel[0]: up"),
        vec![("10-142-110-255".into(), Kind::HostIpv4)]
    );
    assert!(has(
        "from 82.252.162.81 (82-252-162-81.adsl.example.fr)",
        "82.252.162.81",
        Kind::Ipv4
    ));
    assert!(has(
        "from 82.252.162.81 (82-252-162-81.adsl.example.fr)",
        "82-252-162-81",
        Kind::HostIpv4
    ));
    assert!(all("released 2026-11-22 build 1-2-3-4").is_empty());
}

#[test]
fn reverse_dns_names_spell_an_address_backwards() {
    // BIND, Unbound, dnsmasq and Windows DNS log PTR lookups by name: the
    // name is the client's address, reversed.
    for line in [
        "named[811]: client @0x7f3a 10.0.0.9#53321 (7.2.0.192.in-addr.arpa): query: 7.2.0.192.in-addr.arpa IN PTR +E(0) (10.0.0.53)",
        "unbound[22:0] info: 10.0.0.9 7.2.0.192.in-addr.arpa. PTR IN",
        "dnsmasq[981]: query[PTR] 7.2.0.192.in-addr.arpa from 10.0.0.9",
        "DNS: Rcv 10.0.0.9 7b3a   Q [0001   D   NOERROR] PTR    7.2.0.192.IN-ADDR.ARPA",
        "postfix/smtpd[77]: warning: 7.2.0.192.in-addr.arpa: no PTR record",
    ] {
        assert!(
            has(line, "7.2.0.192.in-addr.arpa", Kind::ArpaIpv4)
                || has(line, "7.2.0.192.IN-ADDR.ARPA", Kind::ArpaIpv4),
            "{line}"
        );
    }
    // A zone of fewer octets is a network; loopback is no host; an OID or a
    // longer dotted run is no name.
    for line in [
        "zone 2.0.192.in-addr.arpa/IN: loaded serial 7",
        "query: 1.0.0.127.in-addr.arpa IN PTR",
        "query: 9.7.2.0.192.in-addr.arpa IN PTR",
        "zone 0.168.192.in-addr.arpa.db",
    ] {
        assert!(
            !all(line).iter().any(|(_, k)| *k == Kind::ArpaIpv4),
            "{line}: {:?}",
            all(line)
        );
    }
}

#[test]
fn an_address_list_joined_by_commas() {
    assert_eq!(
        all("sourceIpAddresses=192.0.2.55,2001:db8:1e::4765:be8f:6dc1:9e56 rt=1"),
        vec![
            ("192.0.2.55".into(), Kind::Ipv4),
            ("2001:db8:1e::4765:be8f:6dc1:9e56".into(), Kind::Ipv6)
        ]
    );
    // A number with thousands separators and a time stays.
    assert!(all("bytes 1,234,567 at 12,30:15").is_empty());
}

#[test]
fn addresses_ending_an_object_name() {
    // Firewall and load-balancer objects named after the host they hold.
    for (line, want) in [
        ("object network Host_10.1.2.3 host 10.1.2.3", "10.1.2.3"),
        ("rule 7 src=h_192.0.2.7 dst=any action=accept", "192.0.2.7"),
        (
            "pool web_pool member node_198.51.100.20:443 down",
            "198.51.100.20",
        ),
        ("address-object srv_203.0.113.9 zone LAN", "203.0.113.9"),
    ] {
        assert!(has(line, want, Kind::Ipv4), "{line}: {:?}", all(line));
    }
    // After a version word, the quad is a version; `fw_` may be a firmware.
    for line in [
        "image v_1.2.3.4 loaded",
        "package build_10.2.0.1 installed",
        "upgrade to fw_10.1.2.3 done",
        "running release_2.3.1.0",
    ] {
        assert!(all(line).is_empty(), "{line}: {:?}", all(line));
    }
}

#[test]
fn endpoints_written_with_their_port_as_a_fifth_group() {
    // tcpdump and OpenBSD's pflog: `address.port > address.port:`.
    assert_eq!(
        all(
            "pflog0: rule 4/(match) block in on em0: 192.0.2.7.51234 > 198.51.100.2.443: S 1:1(0) win 1024"
        ),
        vec![
            ("192.0.2.7".into(), Kind::Ipv4),
            ("198.51.100.2".into(), Kind::Ipv4)
        ]
    );
    // An OID, a version and a longer dotted run stay.
    assert!(all("snmp: trap 1.3.6.1.4.1 received").is_empty());
    assert!(all("firmware 10.2.0.1.5 installed").is_empty());
    assert!(all("oid 1.3.6.1.2.1.1 > sysDescr").is_empty());
}

#[test]
fn macs_in_other_products_notations_and_after_their_words() {
    use Kind::Mac;
    exactly(&[
        (
            "L2IF/4/MAC_FLAPPING: MAC address 00e0-fc12-3456 flapping in VLAN 300",
            &[("00e0-fc12-3456", Mac)],
        ),
        (
            "ProCurve: port A5: MAC 001b3f-8a9c21 moved to port A7",
            &[("001b3f-8a9c21", Mac)],
        ),
        (
            "arp: 192.0.2.5 moved from 0:1a:2b:3c:4d:5e to 8:0:27:c4:1:2 on em0",
            &[
                ("192.0.2.5", Ipv4),
                ("0:1a:2b:3c:4d:5e", Mac),
                ("8:0:27:c4:1:2", Mac),
            ],
        ),
        (
            "dnsmasq-dhcp[81]: 1234 client-id 01:3c:22:fb:12:34:57",
            &[("3c:22:fb:12:34:57", Mac)],
        ),
        (
            "dhcpd: Reply NA to duid 00:01:00:01:2c:3b:4d:5e:3c:22:fb:12:34:67",
            &[("3c:22:fb:12:34:67", Mac)],
        ),
        (
            "hostapd: wlan0: STA 3c22fb123458 associated",
            &[("3c22fb123458", Mac)],
        ),
        (
            "wlc: client-mac=3C22FB123459 ssid=corp",
            &[("3C22FB123459", Mac)],
        ),
        (
            "NetworkManager: hwaddr 3c22fb12345e",
            &[("3c22fb12345e", Mac)],
        ),
        ("x MAC Address: 3C22FB123464", &[("3C22FB123464", Mac)]),
        ("cli 3C22FB12345A)", &[("3C22FB12345A", Mac)]),
        ("wlc: Client 3C22FB123458 roamed", &[("3C22FB123458", Mac)]),
        ("wlc: client 312345678902 roamed", &[]),
        (
            "ap: [mac:3c:22:fb:12:34:57] joined",
            &[("3c:22:fb:12:34:57", Mac)],
        ),
        (
            "switch: MAC 0000-0000-0007 learned",
            &[("0000-0000-0007", Mac)],
        ),
        // Hashes, ids, dates, versions and uncued runs are no MACs.
        (
            "commit 3c22fb123466 and 3c22fb1234 and hmac 3c22fb123466",
            &[],
        ),
        ("uuid 550e8400-e29b-41d4-a716-446655440000 ok", &[]),
        ("released 2026-1206-1000 session 202612-061000", &[]),
        ("version 1:2:3:4:5:6 ok", &[]),
        ("broadcast ffff-ffff-ffff", &[]),
    ]);
}

#[test]
fn ipv6_after_a_label_and_colon() {
    exactly(&[(
        "eth0 inet6 addr:2001:db8::1 Scope:Global",
        &[("2001:db8::1", Ipv6)],
    )]);
}

#[test]
fn ipv6_as_mail_servers_and_packet_dumps_write_it() {
    exactly(&[
        (
            "connect from unknown[IPv6:2001:db8::25]",
            &[("2001:db8::25", Ipv6)],
        ),
        (
            "IP6 2001:db8::1.443 > 2001:db8::2.51234: Flags [S]",
            &[("2001:db8::1", Ipv6), ("2001:db8::2", Ipv6)],
        ),
        (
            "dhcp: lease 10.0.0.10 for mac 021A2B3C4D64 expired",
            &[("10.0.0.10", Ipv4), ("021A2B3C4D64", Kind::Mac)],
        ),
        ("for mac 000000000000 and mac deadbeefcafe", &[]),
    ]);
}

#[test]
fn a_version_after_a_model_in_a_quoted_user_agent_is_no_address() {
    exactly(&[
        (
            r#""POST / HTTP/1.1" 401 "Yealink SIP-T54W 96.86.0.100""#,
            &[],
        ),
        (r#"peer "GW01 10.1.2.3" up"#, &[("10.1.2.3", Ipv4)]),
    ]);
}

#[test]
fn addresses_and_their_look_alikes() {
    exactly(&[
        (
            "ROOT LOGIN REFUSED FROM ::ffff:192.0.2.7",
            &[("::ffff:192.0.2.7", Ipv6)],
        ),
        (
            "peer [::ffff:198.51.100.3]:5060",
            &[("::ffff:198.51.100.3", Ipv6)],
        ),
        (
            "src ::ffff:198.51.100.3:5060 x",
            &[("::ffff:198.51.100.3", Ipv6)],
        ),
        (
            "nat64 64:ff9b::203.0.113.9",
            &[("64:ff9b::203.0.113.9", Ipv6)],
        ),
        (
            "from björn.öberg@exempel.se",
            &[("björn.öberg@exempel.se", Email)],
        ),
        ("to Åsa.Ek@example.com.", &[("Åsa.Ek@example.com", Email)]),
        (
            "kex: algorithm: curve25519-sha256@libssh.org cipher chacha20-poly1305@openssh.com",
            &[],
        ),
        (
            "UA=Yealink SIP-T54W 96.86.0.100 src=192.0.2.4",
            &[("192.0.2.4", Ipv4)],
        ),
        ("User-Agent: Snom D785/10.1.141.13", &[]),
        ("agent=\"Mozilla/5.0 Firefox/115.0.2.1\"", &[]),
        ("oid 1.3.6.1.4.1.9.9.46 oid=1.3.6.1", &[]),
        (
            "firmware Yealink SIP-T54W 96.86.0.100 listening on 127.0.0.1 netmask 255.255.255.252",
            &[],
        ),
    ]);
}

#[test]
fn addresses_after_an_ellipsis_and_with_a_samba_port() {
    exactly(&[
        (
            "charon: 14[IKE] IKE_SA rw[4] established between \
             198.51.100.4[vpn.example.se]...203.0.113.77[203.0.113.77]",
            &[
                ("198.51.100.4", Ipv4),
                ("203.0.113.77", Ipv4),
                ("203.0.113.77", Ipv4),
            ],
        ),
        (
            "peers 192.0.2.1..192.0.2.9 up",
            &[("192.0.2.1", Ipv4), ("192.0.2.9", Ipv4)],
        ),
        // Still no address inside a longer dotted run.
        ("oid 1.3.6.1.4.1.9 ok", &[]),
        (
            "smbd[33]: remote host [ipv6:2001:db8:1b:6ca3:5e35:524a:5d86:3257:445] \
             local host [ipv6:fe80::ff5a:37a:c3e1:8e5b:445]",
            &[
                ("2001:db8:1b:6ca3:5e35:524a:5d86:3257", Ipv6),
                ("fe80::ff5a:37a:c3e1:8e5b", Ipv6),
            ],
        ),
        // Postfix's address literal has no port.
        (
            "connect from unknown[IPv6:2001:db8::1:25]",
            &[("2001:db8::1:25", Ipv6)],
        ),
    ]);
}

/// MACs written as twelve bare hex digits with no word that names them,
/// taken by their maker's registered prefix (IEEE MA-L), in the shapes
/// of products of every class that logs them: DHCP servers (Windows
/// audit CSV, ISC dhcpd, Kea, dnsmasq), access points and controllers
/// (hostapd, Aruba, Meraki, Mist, UniFi), RADIUS and NAC (FreeRADIUS,
/// Cisco ISE), device inventories (Intune, Jamf) and IP phones (CUCM's
/// `SEP` device names).
#[test]
fn bare_macs_by_their_registered_prefix() {
    use Kind::Mac;
    exactly(&[
        // Windows DHCP Server audit log (DhcpSrvLog-*.log).
        (
            "10,06/12/26,10:15:03,Assign,,LAPTOP-KB.corp.example,3C22FB5A1C2E,,1207386213,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0",
            &[("3C22FB5A1C2E", Mac)],
        ),
        (
            "11,06/12/26,10:16:44,Renew,,PRN-3F.corp.example,0004F2A1B2C3,,311563,0,,,,,,,,,0",
            &[("0004F2A1B2C3", Mac)],
        ),
        // dnsmasq's lease script and its log, ISC dhcpd's and Kea's
        // lines with the hardware address bare.
        (
            "dnsmasq-script[771]: old (b827eb1a0719) kontor-pi",
            &[("b827eb1a0719", Mac)],
        ),
        (
            "dhcpd[1201]: reuse_lease: lease age 58 (secs) under 25% threshold, reply with unaltered, existing lease for dca632b04c11",
            &[("dca632b04c11", Mac)],
        ),
        (
            "kea-dhcp4: INFO DHCP4_LEASE_ALLOC [hwtype=1 e4b97a0c5d21] lease allocated",
            &[("e4b97a0c5d21", Mac)],
        ),
        // hostapd and wireless controllers naming a station.
        (
            "hostapd: wlan1: AP-STA-POSSIBLE-PSK-MISMATCH f8ffc2a0b1c2",
            &[("f8ffc2a0b1c2", Mac)],
        ),
        (
            "wlc: <501106> Client a4c3f0912e4f deauthenticated from AP lobby-ap2",
            &[("a4c3f0912e4f", Mac)],
        ),
        (
            "mist: client_join wlan=Guest 5c5f67d2e1a0 rssi=-61",
            &[("5c5f67d2e1a0", Mac)],
        ),
        (
            "unifi: [wifi] d4619d77a01b roams to uap-kontor",
            &[("d4619d77a01b", Mac)],
        ),
        // NAC: ISE's profiler. (FreeRADIUS's `Login OK: [8c8590a1b2c3]` of
        // MAC authentication bypass is read as the account it stands as.)
        (
            "CISE_Profiler 0000 NOTICE Profiler: Endpoint profiled: ACDE48001122 as Apple-Device",
            &[("ACDE48001122", Mac)],
        ),
        // MDM inventories exported as text.
        (
            "intune: device LAPTOP-KB wifi 9C8E99F0A1B2 compliant",
            &[("9C8E99F0A1B2", Mac)],
        ),
        (
            "jamf: inventory computer KB-MBP network bc2411c0ffee updated",
            &[("bc2411c0ffee", Mac)],
        ),
        // A Cisco IP phone or ATA named by its MAC, in CUCM's syslog.
        (
            "ccm: %UC_CALLMANAGER-3-DeviceUnregistered: DeviceName=SEP001B54A1B2C3 IPAddress=",
            &[("001B54A1B2C3", Mac)],
        ),
        ("RIS: ATA0050C2ABCDEF registered", &[("0050C2ABCDEF", Mac)]),
    ]);
}

/// Twelve hex digits that are no MAC stay, registered prefix or not.
#[test]
fn hex_ids_with_or_without_a_registered_prefix_stay() {
    exactly(&[
        // Not a registered prefix: container and image ids, short hashes.
        ("dockerd: container 4e5a9f2b7c1d exited", &[]),
        ("Started 6a1f0c9e2b44 in 2s", &[]),
        ("build c2d8e1f09a3b ok", &[]),
        // A registered prefix under a key that names another id: serial
        // numbers (a firewall's is its own MAC), device, session and
        // trace ids, commits, hashes.
        (
            "id=firewall sn=C0EAE4542A82 time=\"2026-05-09 15:00:01\"",
            &[],
        ),
        ("note=\"DHCP ACK\" devID=\"f05f5aa67e8f\" cat=\"DHCP\"", &[]),
        ("commit 3c22fb1a2b3c merged", &[]),
        ("sessionId=0017C50273A4 state=open", &[]),
        ("serial_number: 0017C5016079", &[]),
        ("sha1=3c22fb5a1c2e", &[]),
        // Inside a longer token: a UUID's last group, a longer hex run, a
        // hex literal, a file name's part.
        ("userId=\"e26e1d4c-a3ae-468f-b6fc-001bf03994ac\"", &[]),
        ("digest 3c22fb5a1c2e9d0f", &[]),
        ("value 0x3c22fb5a1c2e", &[]),
        ("ref.3c22fb5a1c2e.tmp", &[]),
        // Mixed case: no MAC is written so.
        ("token 3C22fb5a1C2e", &[]),
        // Multicast and randomised (locally administered) addresses have
        // no registered prefix; without a word they stay.
        ("probe 01005e7f0a0b", &[]),
        ("probe from da1b2c3d4e5f", &[]),
    ]);
}
