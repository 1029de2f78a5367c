//! Phone, identity, handset and badge numbers, and the numbers that are none.

use super::*;

#[test]
fn national_numbers_of_any_country_after_a_telephony_cue() {
    exactly(&[
        (
            "call from 01 42 68 53 00 ended",
            &[("01 42 68 53 00", Phone)],
        ),
        ("Anrufer: 0171 2345678", &[("0171 2345678", Phone)]),
        ("call from 020 7946 0958 ended", &[("020 7946 0958", Phone)]),
        (
            "call from 0532 123 45 67 ended",
            &[("0532 123 45 67", Phone)],
        ),
        ("ring mig på 0701-74 06 83", &[("0701-74 06 83", Phone)]),
        ("MSISDN=4680903641 APN=internet", &[("4680903641", Phone)]),
        // Without a cue, a grouped run starting with 0 is no number.
        ("build 01 42 68 53 00 done", &[]),
        ("ticket number 01 42 68 53 00", &[]),
    ]);
}

#[test]
fn a_cardholder_in_directory_order_before_the_badge() {
    exactly(&[(
        "onguard: Access Granted - Cardholder: Ekström, Kjell Badge: B893785 Reader: Lobby",
        &[
            ("Ekström, Kjell", Kind::PersonName),
            ("B893785", Kind::Badge),
        ],
    )]);
}

#[test]
fn an_unquoted_name_under_a_name_key_takes_its_further_words() {
    exactly(&[
        (
            "ldap: modify displayName=Farhad Rahimi;givenName=Farhad",
            &[
                ("Farhad Rahimi", Kind::PersonName),
                ("Farhad", Kind::PersonName),
            ],
        ),
        (
            "asset holder=Leyla Åberg device=ws-12 assigned",
            &[("Leyla Åberg", Kind::PersonName)],
        ),
        (
            "owner_name=Émilie Lefèvre-Dubois, dept=Finance",
            &[("Émilie Lefèvre-Dubois", Kind::PersonName)],
        ),
        // The sentence going on after it, and the next key, end it.
        (
            "displayName=Farhad Rahimi logged on",
            &[("Farhad Rahimi", Kind::PersonName)],
        ),
        (
            "fullName=Anna Lind Status=active",
            &[("Anna Lind", Kind::PersonName)],
        ),
    ]);
}

#[test]
fn national_numbers_of_plans_without_a_trunk_prefix() {
    exactly(&[
        // Under a phone key, as the guest portal writes it (Greek mobile).
        (
            "Guest user has been created, PhoneNumber=695 917 1283, Company=Example",
            &[("695 917 1283", Phone)],
        ),
        // After a telephony cue, if a plan without a trunk `0` holds it
        // (Spain, Greece, Portugal, Norway).
        ("kontakt via 917 833 531", &[("917 833 531", Phone)]),
        ("SMS to 912 345 678 delivered", &[("912 345 678", Phone)]),
        // No cue, a ticket, a time, a date or mixed separators: none.
        ("queued 695 917 1283 bytes", &[]),
        ("ticket 917 833 531 closed", &[]),
        ("call 2027-03-11 12:57:52 ended", &[]),
        ("sms batch 123 456 789 000 sent", &[]),
        // Eight digits as two groups of four (Singapore, Hong Kong,
        // Denmark, Norway), under a phone key or after a cue; a date so
        // written, or the same without a cue, is none.
        (
            "Guest.Phone=5198 7883,Guest.Name=x",
            &[("5198 7883", Phone)],
        ),
        ("ring på mobil 4123 4567", &[("4123 4567", Phone)]),
        ("sms batch 2026 0314 sent", &[]),
        ("copied 4123 4567 bytes", &[]),
    ]);
}

#[test]
fn handset_ids_without_check_digit_and_with_software_version() {
    exactly(&[
        (
            "mdm: device IMEISV 3548260512345601 enrolled",
            &[("3548260512345601", Imei)],
        ),
        (
            "pgw: imeisv=3548260512345601",
            &[("3548260512345601", Imei)],
        ),
        ("mdm: IMEI 35482605123456 seen", &[("35482605123456", Imei)]),
        // Under a key whose last word names it (Diameter and HSS logs:
        // `old_imeisv`, `imei_sv`, `IMEI-SV`), from any reporting body.
        (
            "hss: IMEI change old_imeisv=3548260512345601 new_imeisv=8600000012345602",
            &[("3548260512345601", Imei), ("8600000012345602", Imei)],
        ),
        (
            "s6a: IMEI-SV: 0100000012345603",
            &[("0100000012345603", Imei)],
        ),
        // TS 23.003 reserves version `99`; under its word the identity
        // before it is still the handset's.
        ("IMEISV 3548260512345699", &[("3548260512345699", Imei)]),
        // A 16-digit run with no cue, or a reporting body nobody was
        // assigned, is none.
        ("bytes 3548260512345601 sent", &[]),
        ("imeisv=2048260512345601", &[]),
        ("old_version=3548260512345601", &[]),
        // A Luhn-valid 15-digit run under an id or ticket word is none.
        ("order id 354826051234565", &[]),
        ("ticket 354826051234565 closed", &[]),
    ]);
}

#[test]
fn swedish_numbers_after_two_word_cues() {
    exactly(&[
        ("crm: org no 5560160680 updated", &[("5560160680", Orgnr)]),
        (
            "crm: company registration number 5560160680",
            &[("5560160680", Orgnr)],
        ),
        (
            "hr: coordination number 7001721237",
            &[("7001721237", Kind::Samordningsnummer)],
        ),
        (
            "hr: Personal identity number 198112189876",
            &[("198112189876", Personnummer)],
        ),
        (
            "crm: corporate identity number 5560160680",
            &[("5560160680", Orgnr)],
        ),
    ]);
}

#[test]
fn numbers_after_sbc_pbx_and_sms_gateway_words() {
    exactly(&[
        ("pbx: CLI 07911123456 presented", &[("07911123456", Phone)]),
        (
            "pbx: numero 06 12 34 56 78 appelant",
            &[("06 12 34 56 78", Phone)],
        ),
        (
            "pbx: Rufnummer 030 12345678 gesperrt",
            &[("030 12345678", Phone)],
        ),
        (
            "smsc: source_addr=46701234560 destination_addr=46701234561",
            &[("46701234560", Phone), ("46701234561", Phone)],
        ),
        (
            "smsgw: sender 33612345678 recipient=06 12 34 56 78",
            &[("33612345678", Phone), ("06 12 34 56 78", Phone)],
        ),
        (
            "Receive SMS [SMSC:a] [from:447911123456] [to:06.12.34.56.78]",
            &[("447911123456", Phone), ("06.12.34.56.78", Phone)],
        ),
        // `cli` inside `client` is no cue.
        ("client 01 42 68 53 00 build", &[]),
        ("destination port 4431 and sender id 1733479200", &[]),
    ]);
}

#[test]
fn badges_after_a_qualified_word() {
    use Kind::Badge;
    exactly(&[
        ("door: Badge ID: 445566 used", &[("445566", Badge)]),
        ("door: card-id 445567 used", &[("445567", Badge)]),
        ("door: Card number: 12345678 ok", &[("12345678", Badge)]),
        ("door: kortnummer 12345678 nekad", &[("12345678", Badge)]),
        ("door: RFID tag 04A1B2C3D4 read", &[("04A1B2C3D4", Badge)]),
        ("door: Ausweis 123456 gültig", &[("123456", Badge)]),
        ("door: card reader 4 offline", &[]),
    ]);
}

#[test]
fn phones_of_every_region_and_spelling() {
    exactly(&[
        (
            "openvpn: 192.0.2.1:4000 TLS: Username/Password authentication succeeded for username 'm.ek'",
            &[("192.0.2.1", Ipv4), ("m.ek", Username)],
        ),
        (
            "Executing [07477394335@from-internal:1] Dial(\"PJSIP/07477394335@trunk,60\")",
            &[("07477394335", Phone), ("07477394335", Phone)],
        ),
        ("Called PJSIP/+4522053819@trunk", &[("+4522053819", Phone)]),
        ("[call caller=\"02121426970\"]", &[("02121426970", Phone)]),
        (
            "[msg:34:Hej, ring mig på 6173303122]",
            &[("6173303122", Phone)],
        ),
        (
            "Callback requested on +46 8 073 421 62 today",
            &[("+46 8 073 421 62", Phone)],
        ),
        ("ring 0044 20 7946 0958 nu", &[("0044 20 7946 0958", Phone)]),
        ("tel +44 (0)20 7946 0958", &[("+44 (0)20 7946 0958", Phone)]),
        ("cell +49-151-2345-6789", &[("+49-151-2345-6789", Phone)]),
        ("fr +33.6.12.34.56.78.", &[("+33.6.12.34.56.78", Phone)]),
        ("call (617) 555-0176 now", &[("(617) 555-0176", Phone)]),
        ("fax 202.555.0141", &[("202.555.0141", Phone)]),
        ("dial 1-212-555-0167;", &[("1-212-555-0167", Phone)]),
        ("+1 (415) 555-0132", &[("+1 (415) 555-0132", Phone)]),
        ("tfn (08) 465 004 35", &[("(08) 465 004 35", Phone)]),
        // The switchboard's own number, named so, is no person's.
        ("växel (08) 465 004 35", &[]),
        ("Malmö 040-628 04 65", &[("040-628 04 65", Phone)]),
        ("mobil 070/1740683", &[("070/1740683", Phone)]),
        ("nr 070.174.06.83", &[("070.174.06.83", Phone)]),
        ("(070) 174 06 83", &[("(070) 174 06 83", Phone)]),
        (
            "tel 070\u{a0}174\u{a0}06\u{a0}83 x",
            &[("070\u{a0}174\u{a0}06\u{a0}83", Phone)],
        ),
        (
            "tel 070\u{2013}174 06 83",
            &[("070\u{2013}174 06 83", Phone)],
        ),
        (
            "tel ０７０１７４０６８３",
            &[("０７０１７４０６８３", Phone)],
        ),
        (
            "tel ＋４６７０１７４０６８３",
            &[("＋４６７０１７４０６８３", Phone)],
        ),
        (
            "+358 40 1234567 / +47 412 34 567",
            &[("+358 40 1234567", Phone), ("+47 412 34 567", Phone)],
        ),
        ("+91 98765 43210", &[("+91 98765 43210", Phone)]),
        ("+234 803 123 4567", &[("+234 803 123 4567", Phone)]),
        ("+61 4 1234 5678", &[("+61 4 1234 5678", Phone)]),
        ("From: <tel:+46701740683>", &[("+46701740683", Phone)]),
        (
            "To: <sip:447400123456@sbc.example.net>",
            &[("447400123456", Phone)],
        ),
        (
            "caller=46701740683 callee=447400123456",
            &[("46701740683", Phone), ("447400123456", Phone)],
        ),
        (r#"{"msisdn": 447400123456}"#, &[("447400123456", Phone)]),
        ("sms to=4915112345678 ok", &[("4915112345678", Phone)]),
    ]);
}

#[test]
fn numbers_that_are_not_phones() {
    exactly(&[
        ("ring 112, 90000, 1177, 11414 or 116 111", &[]),
        ("dial 911 or 999 or 116000", &[]),
        ("tel=112 phone: 1177", &[]),
        ("logid=\"0101039424\" type=traffic", &[]),
        ("ticket=0701740683 closed", &[]),
        ("eventId=0812345678", &[]),
        ("at 1770899926 sent 447400123456 bytes", &[]),
        ("job 201109201648 finished", &[]),
        ("port 5060 pid 46701", &[]),
        ("version 1.212.555.0167", &[]),
        ("HTTP/1.1 200 555-0100 ok", &[]),
        ("08.30.15.20", &[]),
        ("2026-11-22 10:00:00", &[]),
    ]);
}

#[test]
fn identity_numbers_need_their_key_when_bare() {
    exactly(&[
        (
            "personalNumber=198112189876",
            &[("198112189876", Personnummer)],
        ),
        ("pnr 198112189876", &[("198112189876", Personnummer)]),
        (
            "customer_id=198112189876",
            &[("198112189876", Personnummer)],
        ),
        ("org.nr 5560160680", &[("5560160680", Orgnr)]),
        ("customer_org=5560160680", &[("5560160680", Orgnr)]),
        ("organisationsnummer: 5560160680", &[("5560160680", Orgnr)]),
        ("ref 198112189876 and 5560160680", &[]),
    ]);
}

#[test]
fn imei_in_every_written_form() {
    exactly(&[
        ("IMEI: 490154203237518", &[("490154203237518", Imei)]),
        (
            "handset 49-015420-323751-8 registered",
            &[("49-015420-323751-8", Imei)],
        ),
        (
            "urn:gsma:imei:49015420-323751-8",
            &[("49015420-323751-8", Imei)],
        ),
        ("imei=49 015420 323751 8", &[("49 015420 323751 8", Imei)]),
        ("imei=49-015420-323751-9", &[]),
    ]);
}

#[test]
fn badge_codes_under_their_keys() {
    exactly(&[
        (
            "doord[1]: Kort B723310 nekades vid entré",
            &[("B723310", Kind::Badge)],
        ),
        ("badge #40211 denied at door 3", &[("40211", Kind::Badge)]),
        ("card 1 of 3 printed", &[]),
        (
            "door=D12 badge=B123456 result=granted",
            &[("B123456", Kind::Badge)],
        ),
        (
            "badge_id=\"04A2B3C4D5E6F7\" reader=3",
            &[("04A2B3C4D5E6F7", Kind::Badge)],
        ),
        (
            "event=access card_no=123:45678 ok",
            &[("123:45678", Kind::Badge)],
        ),
        ("kortnr: 4711-0042", &[("4711-0042", Kind::Badge)]),
        ("cardNumber=00012345", &[("00012345", Kind::Badge)]),
        ("badge=none card=- wildcard=x", &[]),
        ("credit_card_type=visa", &[]),
    ]);
}

#[test]
fn badge_codes_after_abbreviations_formats_and_credential_words() {
    use Kind::Badge;
    exactly(&[
        // The qualifier abbreviated, a `#` glued to the word, brackets, `n°`.
        ("zk: Card No.: 22334455 verified", &[("22334455", Badge)]),
        ("canteen: card no. 22334456 charged", &[("22334456", Badge)]),
        ("acs: card# 22334457 door 3", &[("22334457", Badge)]),
        ("kaba: Ausweis-Nr. 22334458 gebucht", &[("22334458", Badge)]),
        (
            "acs: presented card (22334459) at Main door",
            &[("22334459", Badge)],
        ),
        (
            "acs: badge n° 22334460 refusé porte 2",
            &[("22334460", Badge)],
        ),
        // The reader's format is not the card.
        ("acs: Card: 26-bit 12:3456 granted", &[("12:3456", Badge)]),
        (
            "acs: Wiegand 26-bit 123:45678 read on reader 1",
            &[("123:45678", Badge)],
        ),
        // Nordic tags and fobs, German transponders and card numbers.
        (
            "acs: bricka 22334461 nekad vid entré",
            &[("22334461", Badge)],
        ),
        ("acs: brikke 22334462 avvist dør 2", &[("22334462", Badge)]),
        ("acs: Transponder 22334463 an Tür 4", &[("22334463", Badge)]),
        (
            "acs: Kartennummer 22334464 abgelehnt",
            &[("22334464", Badge)],
        ),
        // `credential_number=` is not among the badge keys: its numbers
        // were replaced as phone numbers before, and a token does not
        // change for an unchanged key and value (see the issue note).
        // Paxton's `Token`, a `tag`, a `Medium`: in an access event only.
        (
            "Net2: 03/03/2026 08:01:00,,Serverrum In,Access denied wrong time,Token 22334466",
            &[("22334466", Badge)],
        ),
        (
            "Net2: 03/03/2026 08:01:00,,Garage barrier,Access denied invalid card,Token 17:30401",
            &[("17:30401", Badge)],
        ),
        (
            "acs: tag 0A1B2C3D granted at door 2",
            &[("0A1B2C3D", Badge)],
        ),
        (
            "acs: Medium 22334467 an Leser 3 abgewiesen",
            &[("22334467", Badge)],
        ),
        // The same words elsewhere, and values of no card's shape.
        ("otp: sent token 123456 to the user", &[]),
        ("api: token 0A1B2C3D expired", &[]),
        ("sw1: vlan tag 100 added on port 4", &[]),
        ("acs: Access denied, token abc expired", &[]),
        ("acs: Wiegand 26-bit format enabled on reader 2", &[]),
        ("net2: ACU 00579671 online at Main entrance", &[]),
    ]);
}

#[test]
fn exact_spans_in_dial_strings() {
    assert_eq!(
        all("PJSIP/+46701740683-cec86b3e"),
        vec![("+46701740683".into(), Kind::Phone)]
    );
    assert_eq!(
        all("PJSIP/0701740666@trunk,60,tT"),
        vec![("0701740666".into(), Kind::Phone)]
    );
    assert_eq!(
        all("from [2001:db8::1]:443 ok"),
        vec![("2001:db8::1".into(), Kind::Ipv6)]
    );
    assert_eq!(
        all("ROOT LOGIN REFUSED FROM ::ffff:192.0.2.7"),
        vec![("::ffff:192.0.2.7".into(), Kind::Ipv6)]
    );
}

#[test]
fn non_personal_numbers_are_left_alone() {
    for t in [
        "call 112 now",
        "ring 1177 or 11414",
        "version 1.2.3.4.5 released",
        "KB 5.2.4182.69463 installed",
        "build 050519-2396 deployed",
        "uniqueid 1770899926.4571",
        "at 2026-02-09 15:00:51 done",
        "081111 073350 31 INFO dfs.DataNode: ok",
        "PJSIP/trunk-03375721",
    ] {
        assert_eq!(all(t), vec![], "{t}");
    }
}

#[test]
fn personnummer_as_a_segment_of_a_path_or_an_object_key() {
    let p = format!("19{}", pnr(67, 11, 1, 407).replace('-', ""));
    let q = format!("20{}", pnr(3, 12, 18, 622).replace('-', ""));
    let old = format!("19{}", pnr(86, 7, 22, 63).replace('-', ""));
    for (line, v) in [
        (
            format!("\"GET /api/v2/customers/{p}/invoices HTTP/1.1\""),
            &p,
        ),
        (format!("\"key\":\"2026/{q}.pdf\""), &q),
        (format!("s3://hr-exports/{p}?versionId=3"), &p),
        // A tail that reads as a time of day, on a birth date decades back.
        (format!("\"key\":\"2026/{old}.pdf\""), &old),
    ] {
        assert_eq!(all(&line), vec![(v.clone(), Personnummer)], "{line}");
    }
    // A timestamp (its tail a time of day), a counter dated this or last
    // year, and a run outside a path stay.
    let stamp = format!("20{}", pnr(19, 3, 14, 123).replace('-', ""));
    let counter = format!("20{}", pnr(26, 3, 14, 567).replace('-', ""));
    for line in [
        format!("GET /archive/{stamp}.log"),
        format!("GET /orders/{counter}/lines"),
        format!("job {p} done"),
    ] {
        assert!(
            !all(&line).iter().any(|(_, k)| *k == Personnummer),
            "{line}"
        );
    }
}

#[test]
fn freeswitch_console_lines_name_extensions_and_numbers() {
    exactly(&[
        (
            "[NOTICE] switch_channel.c:1142 New Channel sofia/internal/4711@192.0.2.8 [4cd66293-18f7-4337-a1ae-e1695b488a80]",
            &[("4711", Phone), ("192.0.2.8", Ipv4)],
        ),
        (
            "[INFO] mod_dptools.c:1671 sofia/external/+46701740683 Bridge to sofia/internal/2237%pbx.example.se",
            &[("+46701740683", Phone), ("2237", Phone)],
        ),
        (
            "[INFO] mod_dialplan_xml.c:639 Processing <5519>->0405128185 in context default",
            &[("5519", Phone), ("0405128185", Phone)],
        ),
        (
            "[NOTICE] mod_voicemail.c:2464 Update MWI 704@pbx.example.local 49/49",
            &[("704", Phone)],
        ),
        (
            "[WARNING] sofia_reg.c:1792 SIP auth failure (REGISTER) on sofia profile 'internal' for [2149@corp.example.se] from ip 192.0.2.9",
            &[("2149", Phone), ("192.0.2.9", Ipv4)],
        ),
        (
            "New Channel sofia/gateway/telia/0701740683 [4cd66293]",
            &[("0701740683", Phone)],
        ),
        // A service destination, a trunk's gateway and a placeholder stay.
        (
            "Processing <5519>->112 in context default",
            &[("5519", Phone)],
        ),
        (
            "New Channel sofia/external/anonymous@192.0.2.8",
            &[("192.0.2.8", Ipv4)],
        ),
        ("sofia/internal/conf-100 joined", &[]),
    ]);
}

#[test]
fn sbc_cdr_fields_name_extensions_at_domains() {
    // AudioCodes' SBC CDR in syslog: `|`-separated fields, the parties as
    // addresses of record, an extension at the firm's domain.
    exactly(&[
        (
            "[S=850036289] |CALL_START |SBC |TLS |2605@example.se |0877981730@sip.operator.example |0 |",
            &[("2605", Phone), ("0877981730", Phone)],
        ),
        // At an address too (the extension's phone registered from it);
        // a service number stays.
        (
            "|CALL_END |SBC |UDP |+358404621918@sip.operator.example |2331@192.0.2.10 |1177@192.0.2.11 |116 111@192.0.2.12 |020-120 1000@192.0.2.13 |",
            &[
                ("+358404621918", Phone),
                ("2331", Phone),
                ("192.0.2.10", Ipv4),
                ("192.0.2.11", Ipv4),
                ("192.0.2.12", Ipv4),
                ("192.0.2.13", Ipv4),
            ],
        ),
        // A Call-ID of digits at an address is the call's, not a party's.
        (
            "sbc[311]: SIP INVITE Call-ID: 4471829@192.0.2.10 |2331@192.0.2.11 |",
            &[("192.0.2.10", Ipv4), ("2331", Phone), ("192.0.2.11", Ipv4)],
        ),
    ]);
}

#[test]
fn zeros_are_no_callers_number() {
    // `000` is Australia's emergency number, and no extension.
    for v in ["0", "0000000000", "00000", "000"] {
        assert!(crate::detect::placeholder(Phone, v), "{v}");
    }
    for v in ["0701740683", "100"] {
        assert!(!crate::detect::placeholder(Phone, v), "{v}");
    }
}

#[test]
fn sip_accounting_users_are_dialled_numbers_of_any_form() {
    // Kamailio's and OpenSIPS's `acc` lines: the calling extension and
    // a national number outside the plan, under their SIP-user keys.
    let line = "ACC: transaction answered: call_id=a6f5d54232ff9174@sbc1.int.example.se;\
                src_user=2350;src_domain=sip.example.se;dst_ouser=0540696464;dst_user=0540696464;code=200";
    exactly(&[(
        line,
        &[
            ("2350", Phone),
            ("0540696464", Phone),
            ("0540696464", Phone),
        ],
    )]);
    // Service numbers reach no person.
    exactly(&[
        (
            "acc: src_user=7707;dst_user=112;dst_ouser=1177;",
            &[("7707", Phone)],
        ),
        (
            "method=INVITE;from_user=4471;to_user=90000;",
            &[("4471", Phone)],
        ),
    ]);
}

#[test]
fn numbers_after_a_contact_word_and_birth_dated_identity_numbers() {
    exactly(&[
        (
            "tolk krävs, kontakt via 46725675486",
            &[("46725675486", Phone)],
        ),
        ("Kontakt: 0260 561 230 bitte", &[("0260 561 230", Phone)]),
        ("contact_id 46725675486 merged", &[]),
        // A 12-digit personnummer in free text, dated decades back.
        (
            "öppnade spärrad journal för 195003187332; loggen granskas",
            &[("195003187332", Personnummer)],
        ),
        // A yyyymmddhhmm timestamp, or a recent date-prefixed counter, is none.
        ("journal för 195003181230 batch", &[]),
        ("job 195003187332 done", &[]),
        ("order 202406187332 shipped", &[]),
    ]);
}

/// A valid 12-digit personnummer without its dash.
fn pnr12(y: u32, m: u32, d: u32, serial: u32) -> String {
    format!("{}{}", y / 100, pnr(y, m, d, serial).replace('-', ""))
}

#[test]
fn identity_and_phone_keys_behind_an_escaped_quote() {
    // Statements in database audit logs (MariaDB's server_audit, Percona's
    // audit_log, pgAudit) and JSON documents written inside a string
    // escape their quotes: the key before `\'` or `\"` still names the
    // number.
    let p = pnr12(1957, 12, 30, 645);
    let cases = [
        format!("QUERY,hr,'SELECT namn FROM personal WHERE personnummer=\\'{p}\\'',0"),
        format!("QUERY,crm,'UPDATE kund SET pnr=\\'{p}\\' WHERE id=7',0"),
        format!(r#"{{"msg":"{{\"personnummer\":\"{p}\",\"status\":\"ok\"}}"}}"#),
    ];
    for line in &cases {
        assert!(has(line, &p, Personnummer), "{line}: {:?}", all(line));
    }
    for line in [
        "QUERY,crm,'UPDATE kund SET mobil=\\'0701740683\\', epost=\\'x\\' WHERE kundnr=7',0",
        "QUERY,crm,'UPDATE kund SET telefon=\\'+46701740683\\' WHERE kundnr=7',0",
    ] {
        assert!(
            all(line).iter().any(|(_, k)| *k == Phone),
            "{line}: {:?}",
            all(line)
        );
    }
    // An id behind an escaped quote stays an id.
    let line = "QUERY,crm,'SELECT * FROM orders WHERE order_id=\\'202611230001\\'',0";
    assert!(!all(line).iter().any(|(_, k)| *k == Personnummer));
}

#[test]
fn a_personnummer_alone_in_parentheses_after_a_name() {
    let p = pnr12(1940, 10, 12, 714);
    let q = pnr12(1991, 7, 16, 451);
    for line in [
        format!("firmatecknare Bożena Grabowska ({p}), kontakt b@example.se"),
        format!("cs3=/sites/HR/Personalakter/Hodan Egal ({q}).pdf act=Accessed"),
        format!("Ärende skapat för Karin Berg ({p})"),
    ] {
        let want = if line.contains(&p) { &p } else { &q };
        assert!(has(&line, want, Personnummer), "{line}: {:?}", all(&line));
    }
    // A timestamp or a recent dated counter in parentheses stays.
    for line in [
        "job finished (202611231045)",
        "batch (201912310930) done",
        "order (202401150007) shipped",
    ] {
        assert!(
            !all(line).iter().any(|(_, k)| *k == Personnummer),
            "{line}: {:?}",
            all(line)
        );
    }
}

#[test]
fn vat_registration_numbers_in_text_are_organisation_numbers() {
    exactly(&[
        (
            "INFO Faktura skickad till SE556016068001 (referens INC5008234)",
            &[("SE556016068001", Orgnr)],
        ),
        (
            "Företagsansökan: orgnr SE202100305401, firmatecknare",
            &[("SE202100305401", Orgnr)],
        ),
        ("VAT: SE556016068001", &[("SE556016068001", Orgnr)]),
        // Not a VAT number: Luhn, suffix, a personnummer-shaped middle,
        // another country's prefix.
        ("VAT: SE556016068101", &[]),
        ("VAT: SE556016068002", &[]),
        ("VAT: DE556016068001", &[]),
    ]);
}

#[test]
fn telephony_cues_in_more_languages() {
    // Case notes and messages in Polish, Dutch, German, French, Spanish,
    // Italian, Finnish and the Scandinavian languages, as helpdesks
    // (Znuny, Freshdesk, Zendesk) and patient systems write them.
    for (line, number) in [
        (
            "Mój numer: 0176 61818947, komputer NB-19BF8",
            "0176 61818947",
        ),
        ("Proszę zadzwonić pod 0512 345 678", "0512 345 678"),
        ("Oddzwoniłem do klienta na 015118546243", "015118546243"),
        ("Anhörig Kerstin nås på 073 084 77 35", "073 084 77 35"),
        ("Graag terugbellen op 020 794 6095", "020 794 6095"),
        ("Ist erreichbar unter 0171 2345678", "0171 2345678"),
        ("Rückruf erbeten: 030 1234567", "030 1234567"),
        ("Client joignable au 01 42 68 53 00", "01 42 68 53 00"),
        ("Llamar al cliente: 0912 144 7793", "0912 144 7793"),
        ("Soita numeroon 040 123 4567", "040 123 4567"),
        ("kan træffes på 0701-74 06 83", "0701-74 06 83"),
    ] {
        assert!(has(line, number, Phone), "{line}: {:?}", all(line));
    }
    // The words alone make no number of a count or an id.
    for line in [
        "Mój numer zgłoszenia: 01 42 68 53 00",
        "numer faktury 01 42 68 53 00",
        "rappel: 3 tentatives",
    ] {
        assert!(
            !all(line).iter().any(|(_, k)| *k == Phone),
            "{line}: {:?}",
            all(line)
        );
    }
}

#[test]
fn freepbx_recording_file_names_hold_the_callers_number() {
    // FreePBX's default MIXMON_FORMAT, `{CALLTYPE}-{EXTEN}-{CALLERID}-
    // {YYYYMMDD}-{HHMMSS}-{UNIQUEID}`, in CDR `recordingfile`/`userfield`
    // columns and in MixMonitor's log lines.
    exactly(&[
        (
            "in-7002-0035890219316-20261111-e5ebf502.wav",
            &[("0035890219316", Phone)],
        ),
        (
            "q-7020-0731222057-20261211-090557-1796978175.104.wav",
            &[("0731222057", Phone)],
        ),
        (
            "g-7001-880429287-20261212-64584f46.wav",
            &[("880429287", Phone)],
        ),
        (
            "rg-600-+358401234567-20240102-101112-1704190272.55.wav",
            &[("+358401234567", Phone)],
        ),
        (
            "exten-4711-4712-20240102-101112-1704190272.56.wav",
            &[("4712", Phone)],
        ),
        (
            "Begin MixMonitor Recording /var/spool/asterisk/monitor/2024/01/02/external-0701740683-4711-20240102-101112-1704190272.57.wav",
            &[("0701740683", Phone), ("4711", Phone)],
        ),
        // A caller without a number, a service number, no date: nothing.
        ("in-7002-anonymous-20261111-e5ebf502.wav", &[]),
        ("out-4711-112-20240102-101112-1.wav", &[]),
        ("in-7002-0035890219316-build.log", &[]),
        ("plugin-1234-5678-3000-final.tar", &[]),
    ]);
}

#[test]
fn contactless_card_uids_in_access_control_events() {
    use Kind::Badge;
    exactly(&[
        // Lenel OnGuard's event export, Genetec Synergis, Nedap AEOS, Salto,
        // Gallagher and a reader's own log: the seven-byte UID alone.
        (
            "OnGuard,2025-04-17 07:26:03,Access Granted,Lobby,04:A9:94:59:00:93:EB,Reader 4",
            &[("04:A9:94:59:00:93:EB", Badge)],
        ),
        (
            "Synergis: Access denied: unknown credential 04:18:40:3B:E1:C7:FF at Door Main",
            &[("04:18:40:3B:E1:C7:FF", Badge)],
        ),
        (
            "AEOS event 1021 identifier 04-5B-2F-43-78-43-C7 door 12",
            &[("04-5B-2F-43-78-43-C7", Badge)],
        ),
        (
            "salto: key 04:f8:7a:5d:5f:28:eb opened lock L-203",
            &[("04:f8:7a:5d:5f:28:eb", Badge)],
        ),
        (
            "Gallagher: Card 04:FD:FA:4D:F3:61:82:11:90:3A not enrolled",
            &[("04:FD:FA:4D:F3:61:82:11:90:3A", Badge)],
        ),
        (
            "nfc reader: tag 05:94:D3:36:83:87:27 read (Infineon)",
            &[("05:94:D3:36:83:87:27", Badge)],
        ),
        // Six bytes are a MAC, eight an EUI-64, a DHCP client id starts
        // with its hardware type 01.
        (
            "client 04:18:40:3b:e1:c7 associated",
            &[("04:18:40:3b:e1:c7", Kind::Mac)],
        ),
        (
            "eui64 04:18:40:ff:fe:3b:e1:c7 seen",
            &[("04:18:40:ff:fe:3b:e1:c7", Ipv6)],
        ),
    ]);
}

#[test]
fn personnummer_with_a_word_processors_dash_or_space() {
    use Kind::Samordningsnummer;
    exactly(&[
        // An en dash or a non-breaking hyphen where the dash goes, as a
        // case note or a form pasted from a document writes it.
        (
            "ärende 4411: personnummer 19850312\u{2013}1231 verifierat",
            &[("19850312\u{2013}1231", Personnummer)],
        ),
        (
            "Kunde: pnr 850312\u{2011}1231",
            &[("850312\u{2011}1231", Personnummer)],
        ),
        (
            "uppslag födelsenummer 19850312\u{a0}1231 klar",
            &[("19850312\u{a0}1231", Personnummer)],
        ),
        // The holder's key with a space, a date long ago and no time.
        (
            "[kund=19561028 2278] s.b.n.otp.SmsSender - kod skickad",
            &[("19561028 2278", Personnummer)],
        ),
        (
            "WARN [kund=19580672 8498] KycService - ofullständig",
            &[("19580672 8498", Samordningsnummer)],
        ),
        (
            "pers. nr 198503121231 saknas",
            &[("198503121231", Personnummer)],
        ),
        // A date and a time are two numbers.
        ("kund 19850312 1231 loggade in", &[]),
    ]);
}

#[test]
fn international_numbers_the_plan_does_not_hold_after_a_cue() {
    exactly(&[
        // A number of a known country and length after a telephony word,
        // valid in its plan or not (mistyped, or a block newer than the
        // metadata), in several products' wording.
        (
            "Rückruf an +49 176/76038820 erbeten",
            &[("+49 176/76038820", Phone)],
        ),
        ("tlf. +45 2 000 1234 (privat)", &[("+45 2 000 1234", Phone)]),
        (
            "SMS sent to 0049 30 1234 5670 ok",
            &[("0049 30 1234 5670", Phone)],
        ),
        // Sweden's plan decides Swedish numbers: 0900 premium rate and a
        // subscriber number starting with 0 stay.
        ("tel: +46 900 76359", &[]),
        // A zero-padded id after a cue word is no number.
        ("call_id=0012345678901 state=up", &[]),
    ]);
}

#[test]
fn national_numbers_in_other_countries_spellings_after_a_cue() {
    exactly(&[
        // Turkey's bracketed area code after the trunk zero.
        (
            "Arayan: tel 0 (532) 123 45 67",
            &[("0 (532) 123 45 67", Phone)],
        ),
        (
            "Rückruf: 0 (212) 945 17 77",
            &[("0 (212) 945 17 77", Phone)],
        ),
        // Spain's dotted groups, Denmark's and Norway's words.
        ("móvil 635.850.683", &[("635.850.683", Phone)]),
        ("tlf. 22702111", &[("22702111", Phone)]),
        ("Handy: 0151 32064863", &[("0151 32064863", Phone)]),
        // A dotted date is none.
        ("tel. ändrad 24.12.2025", &[]),
    ]);
}

#[test]
fn msisdns_without_plus_under_party_keys_on_mobile_lines() {
    exactly(&[
        // An SMS firewall's verdict, an SMPP gateway's PDU, an HLR's and an
        // SMSC's addresses: E.164 without its `+`, as the network carries it.
        (
            "smsfw[12]: MT-BLOCK src=447911123456 dst=46701740683 imsi=240011234567890",
            &[
                ("447911123456", Phone),
                ("46701740683", Phone),
                ("240011234567890", Kind::Imsi),
            ],
        ),
        (
            "smppbox[9]: submit_sm esme=acme source_addr=4915123456789 destination_addr=33612345678",
            &[("4915123456789", Phone), ("33612345678", Phone)],
        ),
        (
            "smsc: MO-FSM oa=358401234567 da=46701740683 status=delivered",
            &[("358401234567", Phone), ("46701740683", Phone)],
        ),
        // Short codes and service numbers are too short to be read.
        (
            "smsfw[12]: MO-ALLOW src=46701740683 dst=1414 smsc=112",
            &[("46701740683", Phone)],
        ),
        // The same keys on a line of no mobile network are hosts' and
        // counters': left.
        (
            "backup[3]: copied src=46701740683 dst=33612345678 blocks",
            &[],
        ),
    ]);
}

#[test]
fn phone_cues_of_more_languages_in_care_notes() {
    exactly(&[
        // Czech and Slovak: called from the number, call (on) the number.
        (
            "note: Pani Karin Berg volala z čísla 0701-74 06 83, žiada zmenu",
            &[
                ("Pani Karin Berg", Kind::PersonName),
                ("0701-74 06 83", Phone),
            ],
        ),
        (
            "note: Uživatel kberg hlásí zamčený účet, volat 603 123 456, ne 112",
            &[("kberg", Username), ("603 123 456", Phone)],
        ),
        // Indonesian: called from; please contact ... at.
        (
            "note: Pelanggan Anna Berg menelepon dari 0812-3456-7890, paket belum sampai",
            &[("Anna Berg", Kind::PersonName), ("0812-3456-7890", Phone)],
        ),
        // A local number in brackets after the name the cue names.
        (
            "note: Volal pan Karin Berg (5550143), stížnost na fakturu",
            &[("Karin Berg", Kind::PersonName), ("5550143", Phone)],
        ),
        // Seven digits in brackets with no telephony cue, or after a
        // ticket word, stay.
        (
            "note: Karin Berg (5550143) closed the case",
            &[("Karin Berg", Kind::PersonName)],
        ),
        ("note: call about ticket (5550143) closed", &[]),
        // Albanian: the emergency number after `numri` stays; a
        // freephone number after a cue is an organisation's.
        ("note: numri i urgjencës 112 nuk u përdor", &[]),
        ("note: volat 0800 800 123 zdarma", &[]),
    ]);
}

#[test]
fn a_subscriber_identity_after_the_word_for_its_sim() {
    // Scanner gateways, MDMs and POS terminals log a handset's SIM by its
    // IMSI right after the word for it (`sim`, `SIM card`, `sim-id`,
    // `carte SIM`); the country code decides (Sweden, Poland, Hungary,
    // Finland).
    for (line, imsi) in [
        (
            "device 490154203237518 sim 240015550123456 wifi up",
            "240015550123456",
        ),
        (
            "scanner 7: SIM: 260015550198765 inserted",
            "260015550198765",
        ),
        (
            "term=POS-4 sim-id=216305550134567 battery=43%",
            "216305550134567",
        ),
        (
            "Terminal 12: carte SIM 244915550166778 activée",
            "244915550166778",
        ),
    ] {
        assert!(has(line, imsi, Kind::Imsi), "{line}: {:?}", all(line));
    }
    // The card's ICCID (19 digits), a run without an assigned country
    // code, and such a run with the word elsewhere on the line: none.
    for line in [
        "device 490154203237518 sim 8946015550123456789 wifi up",
        "device 490154203237518 sim 111015550123456 wifi up",
        "order 240015550123456 shipped with a sim",
    ] {
        assert!(
            !all(line).iter().any(|(_, k)| *k == Kind::Imsi),
            "{line}: {:?}",
            all(line)
        );
    }
}

#[test]
fn a_next_of_kins_number_in_care_and_alarm_notes() {
    // Home-help, care and alarm-centre notes give the number of a
    // relative or a key holder to call, in the note's language.
    for (line, number) in [
        (
            "Kotikäynti: asiakas A. Virtanen, omainen 0641 555 0123, kesto 20 min",
            "0641 555 0123",
        ),
        ("Lähiomainen: 0641-555-0123", "0641-555-0123"),
        (
            "Besök avklarat, anhörig 0641 555 01 23 underrättad",
            "0641 555 01 23",
        ),
        ("Angehörige informiert: 0641 5550123", "0641 5550123"),
        ("Wizyta: krewna 0641 555 012, opiekunka", "0641 555 012"),
        ("Návštěva: příbuzný 0641.555.0123", "0641.555.0123"),
        ("Lankymas: giminaitis 0641 555 0123", "0641 555 0123"),
        ("Pårørende varslet på 0641 555 0123", "0641 555 0123"),
        ("Bezoek: familielid 0641 555 0123 gebeld", "0641 555 0123"),
        ("next of kin 0641 555 0123 informed", "0641 555 0123"),
        (
            "Bitte rufen Sie mich unter 0641/555 0123 zurück",
            "0641/555 0123",
        ),
    ] {
        assert!(has(line, number, Phone), "{line}: {:?}", all(line));
    }
    // The same number after a word that names no one to call, and the
    // relative's personnummer, a time or a case after the word.
    for line in [
        "Kotikäynti: asiakas A. Virtanen, huone 0641 555 0123, kesto 20 min",
        "omainen paikalla klo 14.30, kesto 45 min",
        "Angehörige informiert, Fall 2026-0315",
    ] {
        assert!(
            !all(line).iter().any(|(_, k)| *k == Phone),
            "{line}: {:?}",
            all(line)
        );
    }
    assert!(has(
        "anhörig till 195812030145",
        "195812030145",
        Personnummer
    ));
}

#[test]
fn numbers_in_the_names_of_sms_spool_files() {
    // gammu-smsd's files backend names a message by its number
    // (`IN<date>_<time>_<serial>_<sender>_<part>.txt`,
    // `OUT<priority>_<recipient>_<serial>.txt`); scripts that drop files
    // into smstools' spool name them so too.
    for (line, number) in [
        (
            "smsd[7515]: smsd: Moved file /var/spool/sms/outgoing/alarm_+46701740683_6074 to /var/spool/sms/checked",
            "+46701740683",
        ),
        (
            "smsd[7515]: smsd: Moved file /var/spool/sms/outgoing/alarm_4915123456789_6074 to /var/spool/sms/checked",
            "4915123456789",
        ),
        (
            "gammu-smsd[902]: Received message stored as IN20260314_091204_00_+4915123456789_00.txt",
            "+4915123456789",
        ),
        (
            "gammu-smsd[902]: Read /var/spool/gammu/outbox/OUTA_0305550123_00.txt",
            "0305550123",
        ),
    ] {
        assert!(has(line, number, Phone), "{line}: {:?}", all(line));
    }
    // A batch's date, a job's serial, and the same name on a line of no
    // SMS product: none.
    for line in [
        "smsd[7515]: smsd: Moved file /var/spool/sms/outgoing/batch_20260314_6074 to /var/spool/sms/checked",
        "smsd[7515]: smsd: Moved file /var/spool/sms/outgoing/job_00000042_6074 to /var/spool/sms/checked",
        "backup[311]: wrote /srv/exports/report_4915123456789_6074 to tape",
    ] {
        assert!(
            !all(line).iter().any(|(_, k)| *k == Phone),
            "{line}: {:?}",
            all(line)
        );
    }
}
