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
