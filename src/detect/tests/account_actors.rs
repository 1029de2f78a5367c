//! Accounts that brokers, service desks and audit trails name by their
//! own conventions, by class, each with the look-alike of the same shape
//! that stays: an MQTT broker's connection line and the OwnTracks topic
//! layout, the member of staff under an `agent` key, the agent that ends
//! an audit record after the word for `by`, and the login after the word
//! for a user in languages whose sentences put it there.

use super::*;

#[test]
fn the_login_of_an_mqtt_connection() {
    check(&[
        // Mosquitto's list of connect flags, the username last.
        (
            "mosquitto[812]: 1700000000: New client connected from 192.0.2.7:50123 as \
             paho4a1b2c3d (p2, c1, k60, u'kberg').",
            &["kberg"],
        ),
        (
            "New client connected from 192.0.2.7:50123 as sensor-7 (p5, c1, k30, u'anna.ek').",
            &["anna.ek"],
        ),
        // A system account, and a client that sent no username.
        (
            "New client connected from 192.0.2.7:50123 as auto-1a2b (p2, c1, k60, u'nobody').",
            &[],
        ),
        (
            "New client connected from 192.0.2.7:50123 as auto-1a2b (p2, c1, k60).",
            &[],
        ),
        // Python's repr of a string in prose is no broker's list.
        ("value was u'kberg' after decoding", &[]),
    ]);
}

#[test]
fn the_user_of_an_owntracks_topic() {
    check(&[
        (
            "Received PUBLISH from phone1 (d0, q1, r1, m2, 'owntracks/kberg/iphone', ... (211 bytes))",
            &["kberg"],
        ),
        (
            "New client connected from 192.0.2.7:50123 as owntracks/jholm1/Pixel 7 (p2, c0, k120)",
            &["jholm1"],
        ),
        // A wildcard subscription names nobody; nor does a path that only
        // contains the word.
        ("Subscribed to owntracks/+/+ with QoS 1", &[]),
        ("loaded /opt/owntracks/recorder/ok", &[]),
    ]);
}

#[test]
fn the_member_of_staff_under_an_agent_key() {
    check(&[
        ("INC0012345 agent=kberg note=\"caller rang\"", &["kberg"]),
        ("case 42 agent=ab1234 status=open", &["ab1234"]),
        (
            "case 42 assigned_agent=karin_berg status=open",
            &["karin_berg"],
        ),
        ("case 42 agent=karin58 status=open", &["karin58"]),
        // A user agent, an SNMP agent's host or address, agent software.
        ("GET / 200 agent=curl/8.5.0", &[]),
        ("trap from agent=web01 community public", &[]),
        ("trap from agent=192.0.2.7 community public", &[]),
        ("shipper agent=filebeat version=8.1", &[]),
        ("job agent=build-agent-3 queued", &[]),
    ]);
}

#[test]
fn the_agent_that_ends_an_audit_record() {
    check(&[
        (
            "EVT=CARD_ISSUED kort=VM-10001 till Karin Berg (anst.nr E10001) av kberg",
            &["kberg"],
        ),
        ("event=badge.revoked holder=E10001 von mmeier", &["mmeier"]),
        // No event word in the line, a pronoun, a word in the middle.
        ("EVT=DOOR_OPEN dörr 3 av tre", &[]),
        ("EVT=CARD_ISSUED kort=VM-10001 av dem", &[]),
        ("EVT=CARD_ISSUED 2 av 3 kort skrivna", &[]),
    ]);
}

#[test]
fn the_login_after_the_word_for_a_user() {
    check(&[
        ("Uživatel jnovak hlásí zamčený účet", &["jnovak"]),
        ("Používateľ mkovac si zabudol heslo", &["mkovac"]),
        ("Pengguna bsantoso tidak bisa masuk", &["bsantoso"]),
        ("Korisnik ihorvat je zaključan", &["ihorvat"]),
        ("Vartotojas jonaitis neprisijungė", &["jonaitis"]),
        ("Käyttäjä mvirtanen ei pääse VPN:ään", &["mvirtanen"]),
        ("Përdoruesi ahoxha nuk mund të hyjë", &["ahoxha"]),
        ("Felhasználó kbalazs nem tud belépni", &["kbalazs"]),
        // The sentence's own words after the word for a user.
        ("Uživatel byl odhlášen", &[]),
        ("Pengguna berhasil masuk", &[]),
        ("Korisnik nije pronađen", &[]),
        ("Käyttäjä on lukittu", &[]),
        ("Felhasználó sikeresen bejelentkezett", &[]),
    ]);
}

#[test]
fn a_login_under_a_role_or_an_account_compound_key() {
    check(&[
        // A contact centre's userfield and a case note's pairs.
        ("lead=4711;agent=abcdef12;campaign=7", &["abcdef12"]),
        ("case=CS1234 agent=qwerty59 lang=sv", &["qwerty59"]),
        ("studentkonto=abcdef12", &["abcdef12"]),
        ("q=1,elevkonto=kberg7", &["kberg7"]),
        ("job=77 installer=kberg status=done", &["kberg"]),
        ("trip=9 driver_id=abcdef12 fare=120", &["abcdef12"]),
        ("order=9 courierId=k.berg eta=12", &["k.berg"]),
        ("lead=4711;agent=QWERTY;campaign=7", &["QWERTY"]),
        ("case=CS1234 agent=karin.berg.7 lang=sv", &["karin.berg.7"]),
        // The shared vocabulary's keys for an account, in free text.
        ("ticket=77 korisnik=kberg7 status=ok", &["kberg7"]),
        ("ärende=77 tilldelad=k.berg", &["k.berg"]),
        ("id=77;approver=qwerty59;prio=2", &["qwerty59"]),
        ("chan=#ops nickname=kberg_ joined", &["kberg_"]),
        // A host, a number, a bank account, a tool, a SIP URI parameter.
        ("trap from agent=server12 community public", &[]),
        ("trap from agent=SNMP community public", &[]),
        ("call=77 agent=IVR queue=5", &[]),
        ("roaming operator=telia mcc=240", &[]),
        ("sip endpoint=pbx01 status=reachable", &[]),
        ("tls certcn=vpn.example.se ok", &[]),
        ("dns cname=cdn.example.net ttl=60", &[]),
        ("rec tunniste=abc123 ok", &[]),
        ("trap from agent=web01 community public", &[]),
        ("trip=9 driver_id=4711 fare=120", &[]),
        ("kontonummer=54901234567", &[]),
        ("bankkonto=kassa", &[]),
        ("pkg=7zip installer=msi", &[]),
        ("Contact: <sip:pbx.example;user=phone;transport=udp>", &[]),
    ]);
}
