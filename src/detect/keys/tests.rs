//! Tests of the key vocabulary, the classification of key names and the
//! evidence of values.

use super::accounts::{BoundAccount, account_parts, bound_account, not_an_account};
use super::classify::{Memo, classify, classify_word, surname_key, words};
use super::evidence::{Evidence, evidence, unkeyed};
use super::vocabulary::VOCABULARY;
use crate::detect::Kind;

use super::KeyClass::*;

const YEAR: u32 = 2026;

#[test]
fn a_phone_key_takes_national_numbers_without_a_trunk_zero() {
    for v in [
        "22 02 67 99",
        "605485264",
        "605 48 52 64",
        "22-02-67-99",
        // An area code and the subscriber as one group.
        "22-454545",
        "412-34567",
        "8676 12345",
    ] {
        assert_eq!(
            evidence(Phone, v, YEAR),
            Evidence::Replace(Kind::Phone),
            "{v}"
        );
    }
    for v in [
        "192.168.100.200",
        "123456",
        "22 02 67 99 x",
        // A decimal is no area code and subscriber.
        "22.454545",
    ] {
        assert_ne!(
            evidence(Phone, v, YEAR),
            Evidence::Replace(Kind::Phone),
            "{v}"
        );
    }
    // Surname first, a particle in lower case.
    assert_eq!(
        evidence(PersonName, "af Klercker, Örjan", YEAR),
        Evidence::Replace(Kind::PersonName)
    );
    assert_eq!(
        evidence(PersonName, "Main, Entrance, B", YEAR),
        Evidence::Scan
    );
}

#[test]
fn one_key_many_spellings() {
    for k in [
        "username",
        "userName",
        "user_name",
        "USER-NAME",
        "USERNAME",
        "user.name",
        "data.user.name",
        "actor[].user.name",
        "user[name]",
        "sd.meta@32473.username",
        "srcUserName",
        "sasl_username",
        "lastChangedBy",
        "changed_by",
        "suser",
        "LEEF:2.0|Lancope|StealthWatch|1.0|41|usrName",
    ] {
        assert_eq!(classify(k), Some(Username), "{k}");
    }
    assert_eq!(classify("customer.personalNumber"), Some(Pnr));
    assert_eq!(classify("org.nr"), Some(Orgnr));
    assert_eq!(classify("x-forwarded-for"), Some(Ip));
    assert_eq!(classify("client_ip"), Some(Ip));
    assert_eq!(classify("callingPartyNumber"), Some(Line));
    assert_eq!(classify("Calling line ID"), Some(PersonName));
    assert_eq!(classify("telefon.privat"), Some(Phone));
    assert_eq!(classify("phone.home"), Some(Phone));
    assert_ne!(classify("telefon.arbete"), Some(Phone));
    assert_ne!(classify("address.home"), Some(Phone));
    assert_eq!(classify("bssid"), Some(Mac));
    assert_eq!(classify("bssids"), Some(Mac));
    assert_eq!(classify("ap"), Some(Mac));
    assert_eq!(classify("ap_mac"), Some(Mac));
    assert_ne!(classify("ap_name"), Some(Mac));
    assert_eq!(classify("calls_by_number"), Some(Party));
    assert_eq!(classify("bytesByClientIp"), Some(Ip));
    assert_eq!(classify("variables.caller_id_name"), Some(PersonName));
    assert_eq!(classify("caller.name"), Some(PersonName));
    assert_eq!(classify("Caller Number"), Some(Line));
    assert_eq!(classify("phone2"), Some(Phone));
    assert_eq!(classify("ärende"), Some(NotPersonal));
    assert_eq!(classify("logid"), Some(NotPersonal));
    assert_eq!(classify_word(b"org.nr"), Some(Orgnr));
    assert_eq!(classify_word(b"KUNDNR"), Some(Id));
    assert_eq!(classify_word("Ärende".as_bytes()), Some(NotPersonal));
    assert_eq!(classify_word(b"callback"), None);
}

#[test]
fn first_and_last_name_keys_in_other_languages() {
    for k in [
        "imię",
        "Nazwisko",
        "cognome",
        "voornaam",
        "achternaam",
        "sukunimi",
        "etternavn",
        "sobrenome",
        "soyadı",
        "příjmení",
        "perekonnanimi",
        "vezetéknév",
        "prenume",
        "pavardė",
        "zgłaszający.imię",
        "Imię i nazwisko",
        "nombre_completo",
        "attn",
        "zuHanden",
    ] {
        assert_eq!(classify(k), Some(PersonName), "{k}");
    }
    // A recipient in other languages: a person or a number.
    for k in [
        "odbiorca",
        "vastaanottaja",
        "Empfänger",
        "destinataire",
        "destinatario",
        "mottagare",
        "ontvanger",
    ] {
        assert_eq!(classify(k), Some(Party), "{k}");
    }
    // The bare word for a name is any thing's name in these languages too.
    for k in ["nome", "naam", "nimi", "navn", "nume", "jméno"] {
        assert_eq!(classify(k), Some(Name), "{k}");
    }
    assert_eq!(classify("nome_host"), None);
}

#[test]
fn weak_words_count_only_as_the_whole_key() {
    assert_eq!(classify("name"), Some(Name));
    assert_eq!(classify("hostname"), None);
    assert_eq!(classify("host_name"), None);
    assert_eq!(classify("plan_name"), None);
    assert_eq!(classify("port_number"), None);
    assert_eq!(classify("street_address"), None);
    assert_eq!(classify("src"), Some(Party));
    // A firewall's name for a connection's end is a host or an object,
    // not an account.
    assert_eq!(classify("srcname"), Some(Party));
    assert_eq!(classify("dstname"), Some(Party));
    assert_eq!(classify("srcusername"), Some(Username));
    // A booking's own reference is the booking's: a digit value is kept.
    for k in [
        "confirmation",
        "confirmationNumber",
        "booking_ref",
        "reservation.folio",
        "bokningsnummer",
    ] {
        assert_eq!(classify(k), Some(NotPersonal), "{k}");
    }
    assert_eq!(evidence(NotPersonal, "051546266", YEAR), Evidence::Keep);
    assert_eq!(classify("message"), None);
    assert_eq!(classify("zip"), None);
    assert_eq!(classify("company.name"), None);
    assert_eq!(classify("door.name"), None);
    assert_eq!(classify("customer.name"), Some(PersonName));
    assert_eq!(classify("holder.name"), Some(PersonName));
    // The name of an account-holding object is its account (or, with
    // spaces, its holder's name).
    assert_eq!(classify("approver.name"), Some(Username));
    assert_eq!(classify("submitter.name"), Some(Username));
    assert_eq!(classify("endpoint.name"), None);
}

#[test]
fn accounts_under_idp_kerberos_and_ldap_keys() {
    assert_eq!(classify("target[].alternateId"), Some(Username));
    assert_eq!(classify("krb.cname"), Some(Username));
    assert_eq!(classify("uid"), Some(Username));
    assert_eq!(classify("identity"), Some(Username));
    // A Windows object handle's id is a machine id, not an account.
    assert_eq!(classify("HandleId"), Some(Id));
    let e = |c, v| evidence(c, v, YEAR);
    assert_eq!(e(Username, "a.nowak"), Evidence::Replace(Kind::Username));
    assert_eq!(e(Username, "1000"), Evidence::Scan);
    // Service accounts of packages are nobody's.
    assert_eq!(e(Username, "asterisk"), Evidence::Scan);
    assert_eq!(e(Username, "zabbix"), Evidence::Scan);
}

#[test]
fn lists_agents_and_software() {
    assert_eq!(classify("phones"), Some(Phone));
    assert_eq!(classify("customer.emails"), Some(Email));
    assert_eq!(classify("sys_updated_by"), Some(Username));
    assert_eq!(classify("opened_by"), Some(Username));
    assert_eq!(classify("wiFiMacAddress"), Some(Mac));
    assert_eq!(classify("rawUserAgent"), Some(Software));
    assert_eq!(classify("user_agent"), Some(Software));
    assert_eq!(classify("FTNTFGTlogid"), Some(NotPersonal));
    assert_eq!(classify("unauthuser"), Some(Username));
    // A product's acronym glued to `version` (CEF extensions).
    assert_eq!(classify("OMSversion"), Some(Software));
    assert_eq!(classify("FWversion"), Some(Software));
    assert_ne!(classify("conversion"), Some(Software));
    assert_ne!(classify("Conversion"), Some(Software));
    assert_eq!(classify("hostname"), None);
    let e = |c, v| evidence(c, v, YEAR);
    assert_eq!(e(Software, "Yealink SIP-T54W 96.86.0.100"), Evidence::Keep);
    assert_eq!(e(Mac, "F4F5D8F36CC4"), Evidence::Replace(Kind::Mac));
    assert_eq!(e(Mac, "f4f5.d8f3.6cc4"), Evidence::Replace(Kind::Mac));
    assert_eq!(e(Mac, "deadbeefcafe"), Evidence::Scan);
    assert_eq!(e(Username, "DC01$"), Evidence::Scan);
}

#[test]
fn an_ocpp_authorisation_token_is_the_drivers_badge() {
    for k in ["idTag", "idToken", "idToken.idToken"] {
        assert_eq!(classify(k), Some(Badge), "{k}");
    }
    let e = |v| evidence(Badge, v, YEAR);
    assert_eq!(e("04A1B2C3D4E5F6"), Evidence::Replace(Kind::Badge));
    // A charge point's own id is the station's.
    assert_ne!(classify("chargeBoxId"), Some(Badge));
}

#[test]
fn the_short_version_keys_hold_a_version_not_an_address() {
    // `"ver":"10.4.2.1"` (JSON), `app=10.4.2.1` (logfmt): a version of four
    // parts looks like an IPv4 address and is kept.
    for k in ["ver", "app", "appVer", "app_version", "clientVer"] {
        assert_eq!(classify(k), Some(Software), "{k}");
    }
    assert_eq!(
        evidence(Software, "10.4.2.1", YEAR),
        Evidence::Keep,
        "a version"
    );
    // A word that only ends in the letters is no such key.
    for k in ["server", "driver", "whatsapp", "happ"] {
        assert_ne!(classify(k), Some(Software), "{k}");
    }
}

#[test]
fn a_release_is_a_package_and_its_version() {
    assert_eq!(classify("release"), Some(Software));
    let e = |v| evidence(classify("release").unwrap(), v, YEAR);
    for v in [
        "web-shop@7.0.2.4",
        "org.example.App@1.0rc1+2020",
        "api@10.1.2.3",
    ] {
        assert_eq!(e(v), Evidence::Keep, "{v}");
    }
    // A mailbox or a person's address in the same field is left to the
    // text detectors, which find it.
    for v in [
        "deploy by k.berg@example.se",
        "k.berg@example.se",
        "ops@192.0.2.7 x",
    ] {
        assert_eq!(e(v), Evidence::Scan, "{v}");
    }
}

#[test]
fn a_workload_identity_under_a_person_or_account_key_is_kept() {
    let e = |c, v| evidence(c, v, YEAR);
    // GCP IAM policy deltas and bindings (`member`), audit log
    // `principalEmail`, GKE `user.username`, Cloud Build `serviceAccount`.
    for (c, v) in [
        (
            Person,
            "serviceAccount:bq-export@nh-data-2207.iam.gserviceaccount.com",
        ),
        (Email, "sa-deploy@vfk-gis-9120.iam.gserviceaccount.com"),
        (
            Username,
            "123456789012-compute@developer.gserviceaccount.com",
        ),
        (
            UserId,
            "service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com",
        ),
        (Person, "c_1889a3b2c4d5e6f7@resource.calendar.google.com"),
    ] {
        assert_eq!(e(c, v), Evidence::Keep, "{v}");
    }
    // A person in the same bindings is still replaced.
    assert_eq!(
        e(Email, "karin.berg@vasterfors.se"),
        Evidence::Replace(Kind::Email)
    );
    assert_ne!(e(Person, "user:karin.berg@vasterfors.se"), Evidence::Keep);
    assert_ne!(
        e(
            Person,
            "karin.berg@vasterfors.se sa@p-1.iam.gserviceaccount.com"
        ),
        Evidence::Keep
    );
}

#[test]
fn a_mac_key_holding_no_device_keeps_its_value() {
    let e = |c, v| evidence(c, v, YEAR);
    // Stormshield `srcmac=`, FortiGate `srcmac=`, Sophos `src_mac=`,
    // Check Point `src_machine_mac`, dhcpd and hostapd fields: the
    // broadcast, IPv4/IPv6 multicast, STP and all-zero "unset" addresses.
    for v in [
        "ff:ff:ff:ff:ff:ff",
        "FF-FF-FF-FF-FF-FF",
        "ffff.ffff.ffff",
        "00:00:00:00:00:00",
        "00-00-00-00-00-00",
        "0000.0000.0000",
        "01:00:5e:00:00:fb",
        "33:33:00:00:00:01",
        "01:80:c2:00:00:00",
    ] {
        assert_eq!(e(Mac, v), Evidence::Keep, "{v}");
    }
    // A device's address under the same keys is still replaced.
    for v in [
        "b8:27:eb:1a:07:19",
        "B8-27-EB-1A-07-19",
        "00:00:00:00:00:01",
        "0:1a:2b:3c:4d:5e",
        "f4f5.d8f3.6cc4",
    ] {
        assert_eq!(e(Mac, v), Evidence::Replace(Kind::Mac), "{v}");
    }
    assert_eq!(e(Username, "+46701740683"), Evidence::Replace(Kind::Phone));
}

#[test]
fn a_key_needs_a_plausible_value() {
    let e = |c, v| evidence(c, v, YEAR);
    assert_eq!(e(Phone, "unknown"), Evidence::Scan);
    assert_eq!(e(Phone, "0"), Evidence::Scan);
    assert_eq!(e(Phone, "46701740683"), Evidence::Replace(Kind::Phone));
    assert_eq!(e(Phone, "447700900859"), Evidence::Replace(Kind::Phone));
    assert_eq!(
        e(Phone, "+1 (617) 555-0176"),
        Evidence::Replace(Kind::Phone)
    );
    assert_eq!(e(Phone, "(617) 555-0176"), Evidence::Replace(Kind::Phone));
    assert_eq!(e(Phone, "112"), Evidence::Scan);
    assert_eq!(e(Phone, "anonymous"), Evidence::Scan);
    assert_eq!(e(Phone, "99999999999999"), Evidence::Scan);
    assert_eq!(e(Phone, "070-174 06 83"), Evidence::Replace(Kind::Phone));
    assert_eq!(
        e(Pnr, "191212121212"),
        Evidence::Replace(Kind::Personnummer)
    );
    assert_eq!(e(Pnr, "191212121213"), Evidence::Scan);
    assert_eq!(
        e(Pnr, "8112789873"),
        Evidence::Replace(Kind::Samordningsnummer)
    );
    assert_eq!(e(Orgnr, "5560160680"), Evidence::Replace(Kind::Orgnr));
    assert_eq!(e(Orgnr, "5560160681"), Evidence::Scan);
    assert_eq!(e(Username, "karin"), Evidence::Replace(Kind::Username));
    assert_eq!(e(Username, "root"), Evidence::Scan);
    // A product's own account after its domain (Netwrix's `Who=`).
    assert_eq!(e(Username, r"CORP\root"), Evidence::Scan);
    assert_eq!(e(Username, r"SKHE\Administrator"), Evidence::Scan);
    assert_eq!(e(Username, r"CORP\healthcheck"), Evidence::Scan);
    assert_eq!(e(Username, r"CORP\kek"), Evidence::Replace(Kind::Username));
    assert_eq!(e(Username, "-"), Evidence::Scan);
    assert_eq!(e(Username, "1004"), Evidence::Scan);
    assert_eq!(
        e(Username, "karin@example.se"),
        Evidence::Replace(Kind::Email)
    );
    assert_eq!(
        e(Username, "karin@EXAMPLE.SE"),
        Evidence::Replace(Kind::Username)
    );
    assert_eq!(
        e(Username, "björn.öberg"),
        Evidence::Replace(Kind::Username)
    );
    assert_eq!(e(Username, "o'brien"), Evidence::Replace(Kind::Username));
    assert_eq!(
        e(Username, "Karin Eriksson"),
        Evidence::Replace(Kind::PersonName)
    );
    assert_eq!(e(Username, "Service Desk"), Evidence::Scan);
    assert_eq!(
        e(Party, "Karin Eriksson"),
        Evidence::Replace(Kind::PersonName)
    );
    assert_eq!(e(Party, "main office"), Evidence::Scan);
    assert_eq!(
        e(PersonName, "Leyla Åberg"),
        Evidence::Replace(Kind::PersonName)
    );
    assert_eq!(
        e(PersonName, "محمد الأحمد"),
        Evidence::Replace(Kind::PersonName)
    );
    assert_eq!(e(PersonName, "Unknown"), Evidence::Scan);
    assert_eq!(e(Name, "Premium Plan"), Evidence::Scan);
    assert_eq!(e(Name, "eth0"), Evidence::Scan);
    assert_eq!(e(Name, "karin"), Evidence::Scan);
    assert_eq!(
        e(Name, "Karin van der Berg"),
        Evidence::Replace(Kind::PersonName)
    );
    assert_eq!(e(Ip, "192.0.2.7"), Evidence::Replace(Kind::Ipv4));
    assert_eq!(e(Ip, "2001:db8::1"), Evidence::Replace(Kind::Ipv6));
    assert_eq!(e(Ip, "192.0.2.7, 198.51.100.1"), Evidence::Scan);
    assert_eq!(e(Party, "192.0.2.7"), Evidence::Replace(Kind::Ipv4));
    assert_eq!(e(Party, "+46701740683"), Evidence::Replace(Kind::Phone));
    assert_eq!(e(Party, "web-01"), Evidence::Scan);
    assert_eq!(e(Id, "191212121212"), Evidence::Replace(Kind::Personnummer));
    assert_eq!(e(Id, "100234"), Evidence::Keep);
    assert_eq!(e(Id, "abc-1"), Evidence::Scan);
    assert_eq!(e(NotPersonal, "0101039424"), Evidence::Keep);
    assert_eq!(e(NotPersonal, "see 0701740683"), Evidence::Scan);
    assert_eq!(e(Badge, "B130791"), Evidence::Replace(Kind::Badge));
    assert_eq!(e(Badge, "none"), Evidence::Scan);
    assert_eq!(e(Imei, "490154203237518"), Evidence::Replace(Kind::Imei));
    assert_eq!(e(Imei, "490154203237519"), Evidence::Scan);
    assert_eq!(e(Phone, "null"), Evidence::Scan);
}

#[test]
fn people_by_name_or_account() {
    let e = |c, v| evidence(c, v, YEAR);
    assert_eq!(classify("visitor"), Some(Person));
    assert_eq!(classify("customer"), Some(Person));
    assert_eq!(classify("sn"), Some(PersonName));
    assert_eq!(classify("CreatedBy.Name"), Some(Username));
    assert_eq!(classify("caller_id.display_value"), Some(PersonName));
    assert_eq!(classify("assigned_to.display_value"), Some(Username));
    assert_eq!(
        e(Person, "Lindqvist, Karin"),
        Evidence::Replace(Kind::PersonName)
    );
    assert_eq!(e(Person, "Karin"), Evidence::Replace(Kind::PersonName));
    assert_eq!(e(Person, "k.lindqvist"), Evidence::Replace(Kind::Username));
    assert_eq!(e(Person, "premium"), Evidence::Scan);
    assert_eq!(e(Person, "standard"), Evidence::Scan);
    assert_eq!(e(Person, "yes"), Evidence::Scan);
    assert_eq!(
        e(PersonName, "van der Berg, Anna"),
        Evidence::Replace(Kind::PersonName)
    );
    assert_eq!(e(Phone, "Leyla Åberg"), Evidence::Replace(Kind::PersonName));
    assert_eq!(e(Phone, "Main Office"), Evidence::Scan);
}

#[test]
fn customers_and_patients_in_other_languages_and_people_in_lists() {
    let e = |c, v| evidence(c, v, YEAR);
    // Banking, booking and care systems localised for other markets.
    for key in [
        "ugyfel",
        "ügyfél",
        "cliente",
        "kunde",
        "klant",
        "asiakas",
        "klient",
        "müşteri",
        "beteg",
        "paciente",
    ] {
        assert_eq!(classify(key), Some(Person), "{key}");
    }
    assert_eq!(
        e(Person, "Amara Lindqvist"),
        Evidence::Replace(Kind::PersonName)
    );
    assert_eq!(e(Person, "premium"), Evidence::Scan);
    // The people a booking, a trip or a meeting lists besides its holder.
    for key in [
        "companions[0].name",
        "guests[1].name",
        "attendees.name",
        "participants[2].name",
        "travellers[0].name",
        "passengers.name",
    ] {
        assert_eq!(classify(key), Some(PersonName), "{key}");
    }
    // A list of things, or of members that may be hosts, is no person.
    for key in ["members[0].name", "dependencies[0].name", "rooms[0].name"] {
        assert_ne!(classify(key), Some(PersonName), "{key}");
    }
}

#[test]
fn account_ids_and_numbers_by_shape() {
    let e = |c, v| evidence(c, v, YEAR);
    assert_eq!(classify("user.id"), Some(UserId));
    assert_eq!(e(UserId, "k.berg"), Evidence::Replace(Kind::Username));
    assert_eq!(e(UserId, "CORP\\kberg"), Evidence::Replace(Kind::Username));
    assert_eq!(e(UserId, "00u1a2b3c4d5e6f7"), Evidence::Scan);
    assert_eq!(e(UserId, "100234"), Evidence::Keep);
    assert_eq!(e(UserId, "web_app"), Evidence::Replace(Kind::Username));
    // A login of letters, optionally with digits, under a user-id key;
    // opaque ids of identity providers stay with the text detectors.
    assert_eq!(e(UserId, "abrown"), Evidence::Replace(Kind::Username));
    assert_eq!(e(UserId, "a123456"), Evidence::Replace(Kind::Username));
    assert_eq!(e(UserId, "U012AB3CD"), Evidence::Scan);
    assert_eq!(e(UserId, "AIDAJQABLZS4A3QDU576Q"), Evidence::Scan);
    // Logins in capitals (SAP, RACF, IBM i, MDM consoles) and a person's
    // admin account of the tier model; system ids and codes stay.
    assert_eq!(e(UserId, "JHOF"), Evidence::Replace(Kind::Username));
    assert_eq!(e(UserId, "HKHALIL"), Evidence::Replace(Kind::Username));
    assert_eq!(e(UserId, "MMEIER2"), Evidence::Replace(Kind::Username));
    assert_eq!(
        e(UserId, "adm-akazlauskas"),
        Evidence::Replace(Kind::Username)
    );
    assert_eq!(e(UserId, "t0-mvirtanen"), Evidence::Replace(Kind::Username));
    assert_ne!(e(UserId, "SYSTEM"), Evidence::Replace(Kind::Username));
    assert_ne!(e(UserId, "AB"), Evidence::Replace(Kind::Username));
    assert_ne!(
        e(UserId, "ABCDEFGHIJKLMN"),
        Evidence::Replace(Kind::Username)
    );
    assert_ne!(e(UserId, "USR-0001"), Evidence::Replace(Kind::Username));
    assert_eq!(classify("Kontoname"), Some(Username));
    assert_eq!(classify("nazwa_uzytkownika"), Some(Username));
    assert_eq!(classify("nome_utente"), Some(Username));
    assert_eq!(
        e(Pnr, "19811218 9876"),
        Evidence::Replace(Kind::Personnummer)
    );
    assert_eq!(e(Badge, "123:45678"), Evidence::Replace(Kind::Badge));
    assert_eq!(e(Badge, "123:"), Evidence::Scan);
    assert_eq!(classify("badge_serial"), Some(Badge));
    assert_eq!(unkeyed("198112189876", YEAR), Some(Kind::Personnummer));
    assert_eq!(unkeyed("198112189877", YEAR), None);
    assert_eq!(unkeyed("176722560012", YEAR), None);
}

#[test]
fn accounts_with_their_holders_names() {
    let parts = |v: &str| account_parts(v).map(|p| p.map(|(r, k)| (v[r].to_string(), k)));
    assert_eq!(
        parts("Joost van den Heuvel (joost.heuvel)"),
        Some([
            ("Joost van den Heuvel".into(), Kind::PersonName),
            ("joost.heuvel".into(), Kind::Username)
        ])
    );
    assert_eq!(
        parts("k.berg (Karin Berg)"),
        Some([
            ("k.berg".into(), Kind::Username),
            ("Karin Berg".into(), Kind::PersonName)
        ])
    );
    assert_eq!(
        parts("\"Karin Berg\" <karin.berg@example.se>"),
        Some([
            ("Karin Berg".into(), Kind::PersonName),
            ("karin.berg@example.se".into(), Kind::Email)
        ])
    );
    assert_eq!(parts("svc_backup (Service account)"), None);
    assert_eq!(parts("k.berg"), None);
    assert_eq!(
        bound_account("Lina Ahmed"),
        BoundAccount::Other(Kind::PersonName)
    );
    assert_eq!(
        bound_account("l.ahmed@example.se"),
        BoundAccount::Other(Kind::Email)
    );
    assert_eq!(
        bound_account("k.berg@CORP.EXAMPLE.SE"),
        BoundAccount::Account
    );
    assert_eq!(bound_account("Domain Admins"), BoundAccount::Account);
    assert!(not_an_account("SYSTEM"));
    assert!(!not_an_account("k.berg"));
}

#[test]
fn roles_of_staff_on_duty_name_an_account() {
    for k in [
        "crew",
        "sd.staff@32473.crew",
        "crew_member",
        "conductor",
        "ticketInspector",
        "clerk",
        "Zugbegleiter",
        "capotreno",
        "tågvärd",
    ] {
        assert_eq!(classify(k), Some(Username), "{k}");
    }
    // Words that name software or flags too are read by the value's shape.
    assert_eq!(classify("guard"), Some(Person));
    // `driver=e1000e` names a kernel module: no one.
    assert_ne!(classify("driver"), Some(Person));
    assert_ne!(classify("driver"), Some(Username));
}

#[test]
fn every_vocabulary_row_is_normalised_and_unique() {
    let mut seen = std::collections::HashSet::new();
    for (k, _) in VOCABULARY {
        assert!(seen.insert(*k), "{k} twice");
        assert_eq!(words(k).concat(), *k, "{k} is not normalised");
    }
}

#[test]
fn the_memo_agrees_with_classify() {
    let mut m = Memo::default();
    for k in ["userName", "userName", "nothing", "pnr"] {
        assert_eq!(m.classify(k), classify(k));
    }
}

#[test]
fn a_value_holder_takes_the_class_of_the_key_it_holds() {
    // HubSpot and Salesforce property objects, OpenTelemetry typed values.
    assert_eq!(classify("properties.phone.value"), Some(Phone));
    assert_eq!(classify("properties.orgnr.value"), Some(Orgnr));
    assert_eq!(classify("properties.mobilephone.value"), Some(Phone));
    assert_eq!(
        classify("attributes.customer_phone.stringValue"),
        Some(Phone)
    );
    assert_eq!(classify("body.msisdn.intValue"), Some(Phone));
    // A holder under a key that names nothing personal says nothing.
    assert_eq!(classify("properties.lifecyclestage.value"), None);
    assert_eq!(classify("value"), None);
}

#[test]
fn smpp_address_fields_are_parties() {
    // SMPP v3.4 PDU fields as Kannel's smppbox, Sinch and SMS gateways
    // log them; the value decides (an MSISDN or an alphanumeric sender).
    assert_eq!(classify("source_addr"), Some(Party));
    assert_eq!(classify("destination_addr"), Some(Party));
    assert_eq!(classify("dest_address"), Some(Party));
    // The type of number and numbering plan are none.
    assert_eq!(classify("dest_addr_ton"), None);
    assert_eq!(classify("source_addr_npi"), None);
}

#[test]
fn aircalls_raw_digits_is_the_other_partys_number() {
    assert_eq!(classify("data.raw_digits"), Some(Phone));
    assert_eq!(classify("raw_digits"), Some(Phone));
}

#[test]
fn a_door_controllers_credential_is_its_card() {
    assert_eq!(classify("Cardholder.Credential"), Some(Badge));
    assert_eq!(classify("credential"), Some(Badge));
    assert_eq!(classify("Ausweisnummer"), Some(Badge));
    assert_eq!(
        evidence(Badge, "B246801", YEAR),
        Evidence::Replace(Kind::Badge)
    );
    // An identity provider's credential type holds no digit.
    for v in ["password", "otp", "Windows Hello"] {
        assert_eq!(evidence(Badge, v, YEAR), Evidence::Scan, "{v}");
    }
}

#[test]
fn a_persons_key_holding_a_personnummer() {
    for (class, v) in [
        (PersonName, "198112189876"),
        (Name, "19811218-9876"),
        (PersonName, "811218-9876"),
    ] {
        assert_eq!(
            evidence(class, v, YEAR),
            Evidence::Replace(Kind::Personnummer),
            "{v}"
        );
    }
    // A broken check digit, a ten-digit run without its dash, a date
    // that is none.
    for v in ["198112189875", "8112189876", "198113189876"] {
        assert_eq!(evidence(PersonName, v, YEAR), Evidence::Scan, "{v}");
    }
}

#[test]
fn the_sms_centre_is_the_operators() {
    for k in ["smsc", "smsc_address", "smscNumber", "service_centre"] {
        assert_eq!(classify(k), Some(NotPersonal), "{k}");
    }
    assert_eq!(evidence(NotPersonal, "+46705008999", 2026), Evidence::Keep);
    // The sender and the recipient beside it are subscribers.
    for k in ["sender_number", "recipient_number", "msisdn"] {
        assert_eq!(classify(k), Some(Phone), "{k}");
    }
}

#[test]
fn test_and_rejected_identities_are_the_operators() {
    for k in ["test-imsi", "dummy_imei", "tac-bad", "blocked_imei"] {
        assert_eq!(classify(k), Some(NotPersonal), "{k}");
    }
    assert_eq!(
        evidence(NotPersonal, "001010123456789", 2026),
        Evidence::Keep
    );
    // The subscriber's own, and a key that only sounds alike.
    for k in ["imsi", "imei", "subscriber_imsi", "old_imei", "testimonial"] {
        assert_ne!(classify(k), Some(NotPersonal), "{k}");
    }
}

#[test]
fn an_office_of_the_organisation_has_its_own_line() {
    // A university's, a firm's or an agency's export writes the contact
    // line of one of its offices beside a person's own numbers; WhatsApp's
    // business platform writes the business's number in every webhook.
    for k in [
        "internationellaKontoret",
        "internationalOffice",
        "head_office",
        "studentexpeditionen",
        "registered_office.phone",
        "metadata.display_phone_number",
    ] {
        assert_eq!(classify(k), Some(NotPersonal), "{k}");
    }
    assert_eq!(evidence(NotPersonal, "018-471 00 00", 2026), Evidence::Keep);
    // An office alone (vCard's phone type), a home office, a person's
    // line at the office and the customer's number beside the business's
    // stay a person's.
    for k in [
        "office",
        "homeOffice",
        "home_office",
        "hemkontor",
        "officePhone",
        "office_phone",
        "my_office",
        "businessPhones",
        "business_phone",
    ] {
        assert_ne!(classify(k), Some(NotPersonal), "{k}");
    }
}

#[test]
fn the_organisations_own_lines_are_not_a_persons() {
    // Amazon Connect contact records: the number the customer called is
    // the company's, the customer's beside it is personal.
    assert_eq!(classify("SystemEndpoint.Address"), Some(NotPersonal));
    assert_eq!(classify("CustomerEndpoint.Address"), Some(Party));
    for k in [
        "SystemEndpoint",
        "queue_number",
        "queue.number",
        "hotlineNumber",
        "switchboard_phone",
        "mainPhone",
        "company_phone",
        "support-tel",
        "växelnummer",
        "kundtjanst_nummer",
        "pilot_number",
    ] {
        assert_eq!(classify(k), Some(NotPersonal), "{k}");
    }
    // The firm's registration number is no line of the firm's: the word
    // before the number word says what it numbers (visitor and supplier
    // registers, LEEF and JSON exports).
    for k in [
        "companyOrgNr",
        "company_org_no",
        "CompanyOrgNo",
        "supplier.company.orgNr",
    ] {
        assert_eq!(classify(k), Some(Orgnr), "{k}");
    }
    // A person's own numbers, an agent's included, stay personal.
    for k in [
        "agent_phone",
        "mobile_phone",
        "callbackNumber",
        "contact.phone",
    ] {
        assert_ne!(classify(k), Some(NotPersonal), "{k}");
    }
    assert_eq!(evidence(NotPersonal, "+46313001900", 2026), Evidence::Keep);
    // WhatsApp's webhook metadata: the business account's own number; the
    // customer's `wa_id` beside it, and a display number elsewhere, are not.
    assert_eq!(
        classify("entry[].changes[].value.metadata.display_phone_number"),
        Some(NotPersonal)
    );
    assert_ne!(classify("contact.display_phone_number"), Some(NotPersonal));
    assert_eq!(classify("contacts[].wa_id"), Some(Phone));
    // A shop's or help desk's own line under a key that names the service
    // as a whole, in the languages of order and ticket exports (Dutch
    // `klantenservice`, Finnish `asiakaspalvelu`, Spanish
    // `atención_al_cliente`, German `Kundendienst`, French
    // `service_client`, Italian `servizio_clienti`, Polish
    // `obsługa_klienta`), alone or before a number word.
    for k in [
        "bestelling.klantenservice",
        "tilaus.asiakaspalvelu",
        "pedido.atención_al_cliente",
        "Kundendienst",
        "service_client",
        "servizio_clienti",
        "obsługa_klienta",
        "customer_service_phone",
        "customerCare.telefon",
        "klantenservice_telefoon",
        "helpdesk",
        "reception",
        "hotel.reception",
        "reception_phone",
        "frontDesk",
        "front_desk.telefon",
        "Rezeption",
        "receptie_telefoon",
        "recepção",
        "resepsjon",
    ] {
        assert_eq!(classify(k), Some(NotPersonal), "{k}");
    }
    // A guest's or a receptionist's own number beside it stays personal.
    for k in ["guest.phone", "receptionist_phone", "receptionist"] {
        assert_ne!(classify(k), Some(NotPersonal), "{k}");
    }
    // The customer is a person, and so is a service's agent.
    for k in [
        "customer",
        "customer_phone",
        "klant.telefoonnummer",
        "asiakas.puhelin",
        "cliente",
        "customer_service_agent",
        "kunde",
        "växel",
        "Kundtjänst",
    ] {
        assert_ne!(classify(k), Some(NotPersonal), "{k}");
    }
    assert_eq!(classify("data.number.digits"), Some(Phone));
    assert_ne!(classify("digits"), Some(Phone));
    for v in [
        "08-550 100 00",
        "+46 8 550 100 00",
        "013-15 00 00",
        "(08) 550 100",
    ] {
        assert_eq!(evidence(NotPersonal, v, 2026), Evidence::Keep, "{v}");
    }
    for v in [
        "ring 08-550 100 00",
        "08--550",
        "10:05:33",
        "karin@example.se",
        "- -",
    ] {
        assert_eq!(evidence(NotPersonal, v, 2026), Evidence::Scan, "{v}");
    }
}

#[test]
fn the_id_of_a_thing_is_an_identifier() {
    // A record's, object's or vendor's id: an identifier, so a bare number
    // there is left as it is and a personnummer is still found.
    for k in [
        "externalId",
        "profileId",
        "detection_id",
        "cs1Label.DetectionID",
        "actor.profileId",
    ] {
        assert_eq!(classify(k), Some(Id), "{k}");
    }
    assert_eq!(evidence(Id, "0554311843", YEAR), Evidence::Keep);
    assert_eq!(
        evidence(Id, "198112189876", YEAR),
        Evidence::Replace(Kind::Personnummer)
    );
    // The id of a party or a person keeps its own meaning.
    assert_eq!(classify("callerId"), Some(Phone));
    assert_eq!(classify("wa_id"), Some(Phone));
    assert_eq!(classify("sender_id"), None);
    assert_eq!(classify("msisdn_id"), None);
    assert_eq!(classify("contact_id"), None);
    assert_eq!(classify("userId"), Some(UserId));
    assert_eq!(classify("Calling-Station-Id"), Some(Party));
    assert_eq!(classify("id"), Some(Id));
}

#[test]
fn network_elements_are_the_operators() {
    for k in ["vlr", "vlr_number", "mscNumber", "sgsn", "hlr", "gt"] {
        assert_eq!(classify(k), Some(NotPersonal), "{k}");
    }
    assert_eq!(evidence(NotPersonal, "0826047433", YEAR), Evidence::Keep);
}

#[test]
fn whoever_did_it_in_other_languages() {
    for k in [
        "andradAv",
        "utford_av",
        "skapadAv",
        "endret_av",
        "oprettet_af",
        "geaendertVon",
        "erstelltVon",
        "gewijzigd_door",
        "modifie_par",
        "creado_por",
        "utworzone_przez",
        "utford_av.konto",
        "event.anvandare.konto",
        "modifiedBy.konto",
        "cert_cn",
        "client_cert_cn",
    ] {
        assert_eq!(classify(k), Some(Username), "{k}");
    }
    // An antivirus, a ledger account and a bank account are no account.
    for k in [
        "scan_av",
        "mail_av",
        "konto",
        "bokforing.konto",
        "lonekonto",
    ] {
        assert_ne!(classify(k), Some(Username), "{k}");
    }
}

#[test]
fn a_service_account_stays_under_an_account_key_and_initials_do_not_make_one() {
    for v in [
        "svc-backup",
        "ise-monitor",
        "nsroot",
        "healthcheck",
        "etl_loader01",
        // Machine roles: what an integration or a control system's
        // process does.
        "badge-gateway",
        "plant_historian",
        "kiosk-selfcheck",
        "metrics-exporter",
        "log-collector2",
        "snmp_poller",
        "ci-runner",
        // Kubernetes' own identities.
        "system:serviceaccount:billing:invoice-sync",
        "system:kube-scheduler",
        "system:node:worker-03.example.internal",
    ] {
        assert_eq!(evidence(Username, v, YEAR), Evidence::Scan, "{v}");
    }
    // A person's login near those words is still a person's: only a whole
    // part names the role.
    for v in ["karin.gatewood", "proxmire.b"] {
        assert_eq!(
            evidence(Username, v, YEAR),
            Evidence::Replace(Kind::Username),
            "{v}"
        );
    }
    // Two letters are as often a person's initials as a service's (`sa`,
    // `ro`): under a key that names an account they are a person's.
    for v in ["sa.berg", "ro.lindqvist", "rw-persson"] {
        assert_eq!(
            evidence(Username, v, YEAR),
            Evidence::Replace(Kind::Username),
            "{v}"
        );
    }
}

#[test]
fn a_partys_line_under_the_names_call_records_give_it() {
    // Webex Calling, Zoom Phone, 3CX, Voximplant, Teams, CUCM, Avaya and
    // ISDN traces name a party's number so, and write an extension there
    // as often as a full number.
    for k in [
        "Calling number",
        "Called number",
        "Dialed digits",
        "Caller ID number",
        "caller_ext_number",
        "callee_ext_number",
        "callerNumber",
        "from-no",
        "to-no",
        "dial-no",
        "final-number",
        "local_number",
        "remote_number",
        "directory_number",
        "dialed_num",
        "CgPN",
        "CdPN",
        "ani",
        "extension",
    ] {
        assert_eq!(classify(k), Some(Line), "{k}");
    }
    let e = |v| evidence(Line, v, YEAR);
    assert_eq!(e("4291"), Evidence::Replace(Kind::Phone));
    assert_eq!(e("731"), Evidence::Replace(Kind::Phone));
    // Outside the default region's plan: the key says it is a number.
    assert_eq!(e("05323145330"), Evidence::Replace(Kind::Phone));
    assert_eq!(e("+46701740683"), Evidence::Replace(Kind::Phone));
    // Grouped with the no-break spaces and en dashes a word processor writes.
    assert_eq!(
        e("0212\u{a0}103\u{a0}19\u{a0}91"),
        Evidence::Replace(Kind::Phone)
    );
    assert_eq!(e("031\u{2013}006 36 39"), Evidence::Replace(Kind::Phone));
    assert_eq!(
        evidence(Phone, "40\u{a0}61\u{a0}23\u{a0}45", YEAR),
        Evidence::Replace(Kind::Phone)
    );
    // Service and emergency numbers, the operator, short runs: no one's.
    for v in [
        "112",
        "1177",
        "116000",
        "11414",
        "90000",
        "0",
        "12",
        "0123",
        "Anonymous",
    ] {
        assert_eq!(e(v), Evidence::Scan, "{v}");
    }
    // A redirecting number is a queue's or a hunt group's as often as a
    // person's, and a phone key alone (`msisdn`, `did_number`) says no
    // extension: a short value there stays with the text detectors.
    assert_eq!(classify("Redirecting number"), Some(Phone));
    assert_eq!(evidence(Phone, "4291", YEAR), Evidence::Scan);
}

#[test]
fn an_employer_principal_or_supplier_key_holds_an_orgnr() {
    let e = |c, v| evidence(c, v, YEAR);
    // HR, payroll and invoicing exports name the employer, principal or
    // supplier by its organisationsnummer, in several languages.
    for key in [
        "uppdragsgivare",
        "arbetsgivare",
        "arbeidsgiver",
        "arbejdsgiver",
        "työnantaja",
        "Arbeitgeber",
        "auftraggeber",
        "werkgever",
        "opdrachtgever",
        "employeur",
        "employer",
        "leverantör",
        "supplier",
        "lon.arbetsgivare",
    ] {
        assert_eq!(classify(key), Some(Orgnr), "{key}");
    }
    assert_eq!(e(Orgnr, "8527302155"), Evidence::Replace(Kind::Orgnr));
    assert_eq!(e(Orgnr, "852730-2155"), Evidence::Replace(Kind::Orgnr));
    // A name, a Luhn failure, a phone number: left to the text detectors.
    assert_eq!(e(Orgnr, "Nordhavn Bygg AB"), Evidence::Scan);
    assert_eq!(e(Orgnr, "8527302156"), Evidence::Scan);
    assert_eq!(e(Orgnr, "0701740683"), Evidence::Scan);
    // The employer's name under its object stays as it was.
    assert_eq!(classify("employer.name"), None);
}

#[test]
fn other_countries_id_number_keys_and_card_number_compounds() {
    let e = |c, v| evidence(c, v, YEAR);
    for key in [
        "fødselsnummer",
        "henkilötunnus",
        "kennitala",
        "isikukood",
        "pesel",
        "bsn",
        "sozialversicherungsnummer",
    ] {
        assert_eq!(classify(key), Some(Pnr), "{key}");
    }
    assert_eq!(
        e(Pnr, "19811218-9876"),
        Evidence::Replace(Kind::Personnummer)
    );
    // A PESEL or BSN of its own country fails the Swedish date and Luhn.
    assert_eq!(e(Pnr, "44051401359"), Evidence::Scan);
    for key in [
        "numeroCarte",
        "numéro_carte",
        "Kartennummer",
        "ausweis_id",
        "pasnummer",
        "kaartnummer",
        "korttinumero",
        "numero_tarjeta",
        "kort-id",
        "passerkortsnummer",
    ] {
        assert_eq!(classify(key), Some(Badge), "{key}");
    }
    // `carte` and `Karte` alone name a network card, a map: not a badge.
    assert_ne!(classify("carte"), Some(Badge));
    assert_ne!(classify("karte"), Some(Badge));
}

#[test]
fn a_bare_card_word_is_a_badge_only_by_the_values_card_shape() {
    // The word for a card in a dozen languages, as door controllers and
    // access-control head ends write it in key=value events.
    for key in [
        "karte",
        "Karte",
        "carte",
        "karta",
        "kaart",
        "tarjeta",
        "tessera",
        "cartão",
        "kártya",
        "kortelė",
        "kartica",
        "kart",
        "kartu",
        "карта",
        "Карта",
    ] {
        assert_eq!(classify(key), Some(CardWord), "{key}");
    }
    let e = |v| evidence(CardWord, v, YEAR);
    for v in [
        "HID842040",
        "K2741618",
        "VM-47047",
        "11761866",
        "0x04A1B2C3D4",
        "26:12345",
    ] {
        assert_eq!(e(v), Evidence::Replace(Kind::Badge), "{v}");
    }
    // A map, a network adapter, a card slot, a payment card's number (the
    // payment detectors' business, not a badge), a product name.
    for v in [
        "Stockholm",
        "eth0",
        "2",
        "slot-3",
        "4111111111111111",
        "Visa",
        "wlan0",
        "SD",
    ] {
        assert_eq!(e(v), Evidence::Scan, "{v}");
    }
    // Weak: never the last word of a longer key (an SD card's slot).
    assert_ne!(classify("sd_karte"), Some(CardWord));
}

#[test]
fn a_station_or_physical_address_key_holds_a_mac() {
    let e = |c, v| evidence(c, v, YEAR);
    for key in ["station", "sta", "PhysicalAddress", "hardware_address"] {
        assert_eq!(classify(key), Some(Mac), "{key}");
    }
    assert_eq!(e(Mac, "3C22FB5A1C2E"), Evidence::Replace(Kind::Mac));
    assert_eq!(e(Mac, "Lobby-AP"), Evidence::Scan);
}

#[test]
fn identifier_systems_and_contact_types_name_what_a_value_holds() {
    use super::classify::names_contact;
    // FHIR `Identifier.system` object identifiers.
    assert_eq!(classify("urn:oid:1.2.752.129.2.1.3.1"), Some(Pnr));
    assert_eq!(classify("urn:oid:1.2.752.129.2.1.3.3"), Some(Pnr));
    assert_eq!(classify("urn:oid:2.16.578.1.12.4.1.4.1"), Some(Pnr));
    assert_eq!(classify("urn:oid:2.5.4.97"), Some(Orgnr));
    // HSA-id and DICOM's OIDs name no personal number.
    assert_eq!(classify("urn:oid:1.2.752.129.2.1.4.1"), None);
    assert_eq!(classify("urn:oid:1.2.752.29.4.19"), None);
    // Contact point types: FHIR `ContactPoint.system` and `use`, vCard and
    // SCIM `type`, an audit event's detail `type`.
    for v in [
        "phone",
        "mobile",
        "fax",
        "telecom",
        "email",
        "urn:oid:2.5.4.97",
        "Mobile",
    ] {
        assert!(names_contact(v), "{v}");
    }
    for v in [
        "work",
        "home",
        "note",
        "query",
        "url",
        "",
        "http://hl7.org/fhir/restful-interaction",
    ] {
        assert!(!names_contact(v), "{v}");
    }
}

#[test]
fn the_id_of_a_phone_identity_is_its_number() {
    // Microsoft Graph's identitySet in call records.
    assert_eq!(classify("participants[].identity.phone.id"), Some(Phone));
    assert_eq!(classify("organizer.phone.id"), Some(Phone));
    assert_ne!(classify("organizer.user.id"), Some(Phone));
}

#[test]
fn an_organisations_name_under_a_persons_word_for_a_name() {
    for k in [
        "bokning.mottagning.namn",
        "mottagning.vårdgivare.namn",
        "employer.displayName",
        "company.displayName",
        "Unternehmen.nom",
        "empresa.nombre",
    ] {
        assert_eq!(classify(k), None, "{k}");
    }
    for k in [
        "patient.namn",
        "kontakt.namn",
        "namn",
        "user.displayName",
        "displayName",
    ] {
        assert_eq!(classify(k), Some(PersonName), "{k}");
    }
}

#[test]
fn a_files_name_under_a_name_key_is_left_to_the_text_detectors() {
    for v in [
        "Lifecare export.xlsx",
        "Budget 2025.PDF",
        "Visma Lön export.csv",
        "CV Karin Berg.pdf",
    ] {
        assert_eq!(evidence(PersonName, v, YEAR), Evidence::Scan, "{v}");
        assert_eq!(evidence(Name, v, YEAR), Evidence::Scan, "{v}");
    }
    for v in ["Karin Berg", "Anna K. Lind", "J. R. R. Tolkien"] {
        assert_eq!(
            evidence(PersonName, v, YEAR),
            Evidence::Replace(Kind::PersonName),
            "{v}"
        );
    }
}

#[test]
fn card_uids_and_spaced_personnummer_under_their_keys() {
    // ASSA ARX `kortnummer`, HID `cardUid`, Nedap `identifier` under a
    // card key: a contactless UID of four, seven or ten bytes.
    for v in [
        "04:65:A4:76:D6:C9:9D",
        "04-65-A4-76-D6-C9-9D",
        "0f 93 58 c0",
        "04:A1:B2:C3:D4:E5:F6:07:18:29",
    ] {
        assert_eq!(
            evidence(classify("kortnummer").unwrap(), v, YEAR),
            Evidence::Replace(Kind::Badge),
            "{v}"
        );
    }
    // A holder's id with a space where the dash goes.
    assert_eq!(
        evidence(classify("kundnr").unwrap(), "19561028 2278", YEAR),
        Evidence::Replace(Kind::Personnummer)
    );
    assert_eq!(
        evidence(classify("kundnr").unwrap(), "19561028 2279", YEAR),
        Evidence::Scan
    );
    // The words of other languages for a telephone, and the parties of a
    // cloud PBX's call event.
    for k in [
        "tlf",
        "Handy",
        "móvil",
        "telefoon",
        "puhelin",
        "external_number",
    ] {
        assert_eq!(classify(k), Some(Phone), "{k}");
    }
    assert_eq!(classify("internal_number"), Some(Line));
    // Where a one-time code went: read as a phone key's value (an address
    // there is left to the e-mail detector).
    assert_eq!(classify("mfaTarget"), Some(Phone));
    assert_eq!(classify("mfaDetail.authDetail"), Some(Phone));
    assert_eq!(classify("ID-nummer"), Some(Id));
}

#[test]
fn a_login_of_words_under_a_user_id_key() {
    let y = 2026;
    for v in [
        "Karin.Berg",
        "berg-k",
        "kberg-t1",
        "karin.berg-ext",
        "k_berg2",
        "Åsa.Lindqvist",
    ] {
        assert_eq!(
            evidence(UserId, v, y),
            Evidence::Replace(Kind::Username),
            "{v}"
        );
    }
    // Opaque ids, hosts and files under the same key stay with the text
    // detectors: capitals inside a part, letters after digits, a TLD.
    for v in [
        "00u1abcd2EFGH3ijk4x7",
        "U024BE7LH",
        "Ab3x-Yz9Q_kLm2",
        "5f2b6c1e-8d3a-4b7e-9c1d-2a3b4c5d6e7f",
        "web01.example.se",
        "Budget.xlsx",
        "a-b",
    ] {
        assert_eq!(evidence(UserId, v, y), Evidence::Scan, "{v}");
    }
}

#[test]
fn an_object_id_under_an_account_key_is_no_login() {
    // A client certificate's or a directory object's generated id under
    // `CertificateCN`, `user` or `account`: no one chose or types it.
    for (k, v) in [
        ("CertificateCN", "3F2504E0-4F89-41D3-9A0C-0305E82C3301"),
        ("user", "0f8fad5b-d9cb-469f-a165-70867728950e"),
        ("account", "CORP\\7c9e6679-7425-40de-944b-e07fc1f90ae7"),
    ] {
        let class = classify(k).expect(k);
        assert_eq!(evidence(class, v, YEAR), Evidence::Scan, "{k}={v}");
    }
    // A login that only holds hex digits and dashes is still a login; an
    // id of another shape is no UUID.
    for v in [
        "dead-beef01",
        "k.berg",
        "3F2504E0-4F89-41D3-9A0C-0305E82C330",
        "cafe-babe-4711",
    ] {
        assert_eq!(
            evidence(Username, v, YEAR),
            Evidence::Replace(Kind::Username),
            "{v}"
        );
    }
}

#[test]
fn accounts_phones_and_staff_in_other_languages() {
    for (k, class) in [
        ("felhasznalo", Username),
        ("felhasználónév", Username),
        ("kasutajanimi", Username),
        ("kullanici_adi", Username),
        ("uzivatel", Username),
        ("ugyfel.azonosito", UserId),
        ("azonosító", UserId),
        ("identificador", UserId),
        ("telemovel", Phone),
        ("telemóvel", Phone),
        ("telefonszam", Phone),
        ("mobil_szam", Phone),
        ("cep_telefonu", Phone),
        ("nurse", Username),
        ("attending.doctor", Username),
        ("dispatcher", Username),
        ("läkare", Username),
        ("enfermera", Username),
    ] {
        assert_eq!(classify(k), Some(class), "{k}");
    }
    // An identifier holds a login or a number; the value decides.
    assert_eq!(
        evidence(UserId, "kb4711", YEAR),
        Evidence::Replace(Kind::Username)
    );
    assert_ne!(
        evidence(UserId, "a1b2c3d4-0000-4000-8000-00000000abcd", YEAR),
        Evidence::Replace(Kind::Username)
    );
    // A staff role's key holding no one, or a shared account.
    for v in ["none", "admin", "N/A"] {
        assert_ne!(
            evidence(Username, v, YEAR),
            Evidence::Replace(Kind::Username),
            "{v}"
        );
    }
}

#[test]
fn employees_customers_and_visitors_and_their_names_in_more_languages() {
    let e = |c, v| evidence(c, v, YEAR);
    // Payroll, HR, care and visitor systems of Central and Eastern
    // Europe, the Balkans, Turkey and Indonesia.
    for k in [
        "zamestnanec",
        "zaměstnanec",
        "darbinieks",
        "darbuotojas",
        "töötaja",
        "zaposlenik",
        "punonjës",
        "munkavállaló",
        "angajat",
        "karyawan",
        "çalışan",
        "pacients",
        "pelanggan",
        "apmeklētājs",
    ] {
        assert_eq!(classify(k), Some(Person), "{k}");
    }
    for k in [
        "prezime",
        "priimek",
        "mbiemri",
        "nama_lengkap",
        "uzvārds",
        "turētājs",
        "visitorName",
        "guest_name",
        "nama_pelanggan",
        "nome_cliente",
        "darbinieks.vards",
        "zakaznik.meno",
        "klienti.emri",
    ] {
        assert_eq!(classify(k), Some(PersonName), "{k}");
    }
    // The bare word for a name is any thing's name in these languages too;
    // a thing's name glued to it stays.
    for k in ["vards", "meno", "ime", "nama", "isim"] {
        assert_eq!(classify(k), Some(Name), "{k}");
    }
    for k in [
        "hostName",
        "deviceName",
        "nama_server",
        "company.nama",
        "nome_host",
    ] {
        assert_ne!(classify(k), Some(PersonName), "{k}");
    }
    assert_eq!(
        e(PersonName, "Dzintra"),
        Evidence::Replace(Kind::PersonName)
    );
    assert_eq!(
        e(Person, "Olumide Adeyemo"),
        Evidence::Replace(Kind::PersonName)
    );
    // A plain word under a person's key is no name.
    assert_eq!(e(Person, "standard"), Evidence::Scan);
    assert_eq!(e(Name, "Dzintra"), Evidence::Scan);
}

#[test]
fn the_two_sides_of_a_change_and_a_given_name_beside_a_surname() {
    for k in ["old.name", "new.name", "before.name", "previous.name"] {
        assert_eq!(classify(k), Some(Name), "{k}");
    }
    for k in [
        "lastName",
        "sn",
        "uzvārds",
        "příjmení",
        "prezime",
        "person.mbiemri",
    ] {
        assert!(surname_key(k), "{k}");
    }
    for k in ["name", "hostname", "username", "vards"] {
        assert!(!surname_key(k), "{k}");
    }
}

#[test]
fn an_actor_key_takes_a_plain_login() {
    use Evidence::{Replace, Scan};
    assert_eq!(classify("by"), Some(Actor));
    assert_eq!(classify("who"), Some(Actor));
    // What a person's key takes still goes as before.
    assert_eq!(
        evidence(Actor, "Karin Berg", YEAR),
        Replace(Kind::PersonName)
    );
    assert_eq!(evidence(Actor, "k.berg", YEAR), Replace(Kind::Username));
    // A plain login, which `customer` or `guest` would not take.
    assert_eq!(evidence(Actor, "kberg", YEAR), Replace(Kind::Username));
    assert_eq!(evidence(Actor, "jholm12", YEAR), Replace(Kind::Username));
    assert_eq!(evidence(Person, "kberg", YEAR), Scan);
    // A component, a channel, a flag.
    for v in [
        "system",
        "api",
        "scheduler",
        "portal",
        "true",
        "SYSTEM",
        "Auto-Import",
    ] {
        assert_eq!(evidence(Actor, v, YEAR), Scan, "{v}");
    }
}

#[test]
fn a_device_key_takes_its_own_mac() {
    use Evidence::{Replace, Scan};
    assert_eq!(classify("kiosk"), Some(Device));
    assert_eq!(classify("reader"), Some(Device));
    // Twelve hex digits with a registered prefix (3C:22:FB), one case.
    assert_eq!(evidence(Device, "3C22FB5A1C2E", YEAR), Replace(Kind::Mac));
    assert_eq!(evidence(Device, "3c22fb5a1c2e", YEAR), Replace(Kind::Mac));
    // An unregistered prefix, mixed case, an id, a name.
    for v in [
        "DEADBEEF0001",
        "3C22fb5a1c2e",
        "K-00123",
        "Lobby-1",
        "123456789012",
    ] {
        assert_eq!(evidence(Device, v, YEAR), Scan, "{v}");
    }
}

#[test]
fn a_partys_id_on_a_messaging_platform_is_its_number() {
    use super::messaging_party_number;
    let wa = br#"{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messaging_product":"whatsapp"}}]}]}"#;
    let key = "entry[].changes[].value.statuses[].recipient_id";
    assert!(messaging_party_number(key, "447911123456", wa));
    assert!(messaging_party_number(key, "5511912345678", wa));
    // Meta's ids, a Unix time, a record's id elsewhere: none.
    assert!(!messaging_party_number(
        "entry[].changes[].value.metadata.phone_number_id",
        "106540352242922",
        wa
    ));
    assert!(!messaging_party_number(key, "20260314", wa));
    let desk = br#"{"ticket":{"id":4711,"recipient_id":"4915123456789"}}"#;
    assert!(!messaging_party_number(
        "ticket.recipient_id",
        "4915123456789",
        desk
    ));
}

#[test]
fn an_account_word_glued_to_whose_account_it_is() {
    // A user's, a student's, a member of staff's or a directory's account
    // in the Germanic and Finnish compounds.
    for k in [
        "studentkonto",
        "elevKonto",
        "adKonto",
        "användarkonto",
        "brukerkonto",
        "brugerkonto",
        "Benutzerkonto",
        "Mitarbeiterkennung",
        "studentenKennung",
        "opiskelijatunnus",
        "lärarkonto",
        "datorkonto",
    ] {
        assert_eq!(classify(k), Some(UserId), "{k}");
    }
    // A bank's, a ledger's or a caller's: no one's login.
    for k in [
        "kontonummer",
        "bankkonto",
        "kreditkonto",
        "sparkonto",
        "Anrufkennung",
        "verkkotunnus",
        "henkilötunnus",
    ] {
        assert_ne!(classify(k), Some(UserId), "{k}");
        assert_ne!(classify(k), Some(Username), "{k}");
    }
    // The value decides: a login is an account, digits are not.
    assert_eq!(
        evidence(UserId, "abcdef12", YEAR),
        Evidence::Replace(Kind::Username)
    );
    assert_ne!(
        evidence(UserId, "5490123456", YEAR),
        Evidence::Replace(Kind::Username)
    );
}

#[test]
fn a_role_that_did_the_work_names_its_person() {
    for k in [
        "installer",
        "Installateur",
        "montör",
        "monteur",
        "técnico",
        "fieldEngineer",
    ] {
        assert_eq!(classify(k), Some(Actor), "{k}");
    }
    // The id of a person by role, also of a role whose bare word names a
    // thing (a device driver, a parcel courier).
    for k in [
        "driver_id",
        "courierId",
        "installerId",
        "technician_id",
        "dispatcherId",
    ] {
        assert_eq!(classify(k), Some(UserId), "{k}");
    }
    assert_eq!(classify("driver"), None);
    // `courier` alone is read by the value's shape (a parcel service or a
    // person's login); its `_id` is a person's.
    assert_eq!(classify("courier"), Some(Person));
    // A login or a name is the person; a tool or a component is no one.
    for v in ["kberg", "anna_ek", "k.lindqvist", "abcdef12"] {
        assert_eq!(
            evidence(Actor, v, YEAR),
            Evidence::Replace(Kind::Username),
            "{v}"
        );
    }
    for v in ["msi", "pip", "system", "auto", "4711"] {
        assert_ne!(
            evidence(Actor, v, YEAR),
            Evidence::Replace(Kind::Username),
            "{v}"
        );
    }
    // A vehicle's id is a thing's: its plate stays.
    assert_eq!(classify("vehicle_id"), Some(Id));
    assert_ne!(
        evidence(Id, "ABC123", YEAR),
        Evidence::Replace(Kind::Username)
    );
    // A numeric id or a UUID under a role's id stays.
    for v in ["4711", "3f2c9a1e-8d4b-4c1a-9e7f-2b6d5c8a1f00"] {
        assert_ne!(
            evidence(UserId, v, YEAR),
            Evidence::Replace(Kind::Username),
            "{v}"
        );
    }
}

#[test]
fn a_role_glued_to_the_word_for_a_name_is_that_persons_name() {
    // Booking, dispatch and contact-centre systems: the role's name holds
    // one given name alone as often as a full one.
    for k in [
        "driver_name",
        "driverName",
        "rider_name",
        "courierName",
        "paxName",
        "passengerName",
        "caller_name",
        "nombre_pasajero",
        "fahrerName",
    ] {
        assert_eq!(classify(k), Some(PersonName), "{k}");
    }
    for v in ["Torunn", "Örjan", "Γιώργος", "Karin Berg", "BERG/KARIN MRS"] {
        assert_eq!(
            evidence(PersonName, v, YEAR),
            Evidence::Replace(Kind::PersonName),
            "{v}"
        );
    }
    // A machine's or a thing's name: the role word is no person's.
    for k in [
        "queue_name",
        "host_name",
        "device_name",
        "file_name",
        "app_name",
        "zone_name",
    ] {
        assert_ne!(classify(k), Some(PersonName), "{k}");
    }
    // A driver's module name or a placeholder under the role key.
    for v in ["e1000e", "N/A"] {
        assert_ne!(
            evidence(PersonName, v, YEAR),
            Evidence::Replace(Kind::PersonName),
            "{v}"
        );
    }
}

#[test]
fn an_objects_object_sibling_says_what_it_is() {
    use super::siblings::{Object, object_kind, type_key};
    // Stripe and Notion write `"object":"customer"`, `"object":"user"`.
    assert!(type_key("data.object.object"));
    assert_eq!(object_kind("customer"), Some(Object::Person));
    assert_eq!(object_kind("page"), Some(Object::Document));
}

#[test]
fn claim_case_and_call_roles_name_an_account() {
    // Claims webhooks, case-management exports and PSAP call records of
    // other products and languages: a login or a name under the role.
    for k in [
        "adjuster",
        "claimsAdjuster",
        "loss_adjuster",
        "assessor",
        "examiner",
        "underwriter",
        "calltaker",
        "call_taker",
        "caseOfficer",
        "saksbehandler",
        "skadereglerare",
        "korvauskäsittelijä",
        "päivystäjä",
        "Schadenregulierer",
        "Prüfer",
        "centralist",
        "opérateur",
        "likvidátor",
        "dispečer",
        "kárszakértő",
        "ügyintéző",
        "dyspozytor",
    ] {
        assert_eq!(classify(k), Some(Username), "{k}");
    }
    assert_eq!(
        evidence(Username, "kberg55", YEAR),
        Evidence::Replace(Kind::Username)
    );
}

#[test]
fn an_object_stores_access_key_is_its_user_and_an_aws_key_id_is_kept() {
    // MinIO's audit `accessKey` (a user's name), S3-compatible stores'
    // `accessKeyId`; AWS's documentation key ids stay.
    for k in ["accessKey", "accessKeyId", "userIdentity.accessKeyId"] {
        assert_eq!(classify(k), Some(Username), "{k}");
    }
    assert_eq!(
        evidence(Username, "k.berg", YEAR),
        Evidence::Replace(Kind::Username)
    );
    for v in [
        "AKIAIOSFODNN7EXAMPLE",
        "ASIAIOSFODNN7EXAMPLE",
        "AIDACKCEVSQ6C2EXAMPLE",
    ] {
        assert_eq!(evidence(Username, v, YEAR), Evidence::Keep, "{v}");
    }
}

#[test]
fn payer_and_organisation_keys_take_an_orgnr_by_its_checksum() {
    for k in [
        "org",
        "payerOrg",
        "payer",
        "buyer",
        "company",
        "organisation",
        "betalare",
        "Rechnungsempfänger",
        "płatnik",
    ] {
        assert_eq!(classify(k), Some(Orgnr), "{k}");
    }
    // A valid orgnr (Luhn, third digit 2 or more) and a sole trader's
    // personnummer are replaced; a wrong check digit, a name and a login
    // are left to the text detectors.
    assert_eq!(
        evidence(Orgnr, "5569990012", YEAR),
        Evidence::Replace(Kind::Orgnr)
    );
    assert_eq!(
        evidence(Orgnr, "191212121212", YEAR),
        Evidence::Replace(Kind::Personnummer)
    );
    for v in ["5569990013", "Acme AB", "kberg"] {
        assert_eq!(evidence(Orgnr, v, YEAR), Evidence::Scan, "{v}");
    }
}

#[test]
fn a_key_that_means_send_an_sms_to_names_a_phone() {
    // SMS senders name the addressee of a code or a notice so in their
    // logs and webhooks, at any depth and in any spelling.
    for k in [
        "sms_to",
        "smsTo",
        "SMS-To",
        "sms.to",
        "notification.sms_to",
        "sms",
        "text_to",
        "smsNumber",
        "sms_recipient",
        "notify_sms",
        "otp.sms_phone",
    ] {
        assert_eq!(classify(k), Some(Phone), "{k}");
    }
    // A count, a flag or a text under a key of the same family is none.
    for k in ["sms_count", "sms_enabled", "sms_text", "smsc", "sms_id"] {
        assert_ne!(classify(k), Some(Phone), "{k}");
    }
    // A next of kin's key: a number, or the person's name.
    for k in [
        "anhörig",
        "pårørende",
        "Angehöriger",
        "next_of_kin",
        "emergencyContact",
    ] {
        assert_eq!(classify(k), Some(Phone), "{k}");
    }
    assert_eq!(
        evidence(Phone, "Karin Berg", YEAR),
        Evidence::Replace(Kind::PersonName)
    );
    // A local number without its area code, as a code's addressee is
    // given it: replaced; a short code and a pin are not numbers to text.
    for v in ["555 0142", "555-0142", "5550142", "22 555 01 42"] {
        assert_eq!(
            evidence(Phone, v, YEAR),
            Evidence::Replace(Kind::Phone),
            "{v}"
        );
    }
    for v in ["72445", "4711", "on", "true"] {
        assert_ne!(
            evidence(Phone, v, YEAR),
            Evidence::Replace(Kind::Phone),
            "{v}"
        );
    }
}

#[test]
fn a_party_of_a_text_message_in_local_form() {
    use super::sms_party_number;
    // The record says it is about an SMS: its party's number in the local
    // form of Poland, Norway, Czechia, Finland and North America.
    let kv = b"ts=2026-03-01T10:00:00Z level=info op=sms.sent to=\"555 0142\" body=\"ok\"";
    let json = br#"{"event":"reminder.sms","to":"22 555 01 42","text":"Hej"}"#;
    for v in [
        "555 0142",
        "22 555 01 42",
        "415 55 012",
        "602 555 123",
        "040 555 0123",
    ] {
        assert!(sms_party_number(v, kv), "{v}");
        assert!(sms_party_number(v, json), "{v}");
    }
    // A short code, a date stamp, an address: none.
    for v in [
        "72445",
        "20260314",
        "192.0.2.7",
        "ops@example.org",
        "ALERTS",
    ] {
        assert!(!sms_party_number(v, kv), "{v}");
    }
    // The same value in a record of no text message: the key alone decides.
    let mail = br#"{"event":"reminder.mail","to":"22 555 01 42"}"#;
    assert!(!sms_party_number("22 555 01 42", mail));
    let parcel = b"op=parcel.shipped to=\"555 0142\" weight=2";
    assert!(!sms_party_number("555 0142", parcel));
}

#[test]
fn a_sim_key_names_its_subscriber_identity() {
    for k in ["sim", "sim_id", "simId", "device.sim"] {
        assert_eq!(classify(k), Some(Imsi), "{k}");
    }
    assert_eq!(
        evidence(Imsi, "240015550123456", YEAR),
        Evidence::Replace(Kind::Imsi)
    );
    // An ICCID, an id without an assigned country code: no IMSI.
    for v in ["8946015550123456789", "111015550123456", "1"] {
        assert_eq!(evidence(Imsi, v, YEAR), Evidence::Scan, "{v}");
    }
}

#[test]
fn cefs_device_mac_key_takes_a_bare_mac() {
    assert_eq!(classify("dvcmac"), Some(Mac));
    assert_eq!(
        evidence(Mac, "B827EB1A0719", YEAR),
        Evidence::Replace(Kind::Mac)
    );
}

#[test]
fn the_nordic_word_for_a_card_takes_a_card_number_only() {
    for k in ["kort", "kortti"] {
        assert_eq!(classify(k), Some(CardWord), "{k}");
    }
    assert_eq!(
        evidence(CardWord, "K2741618", YEAR),
        Evidence::Replace(Kind::Badge)
    );
    assert_eq!(evidence(CardWord, "eth0", YEAR), Evidence::Scan);
}

#[test]
fn a_dial_in_participant_and_an_approving_device_named_by_their_number() {
    // Conferencing products name a participant who dialled in by the
    // number; Duo names the device that approved a login so.
    for v in [
        "603 555 012",
        "+46 70 174 06 83",
        "070-174 06 83",
        "09 555 0142",
    ] {
        assert_eq!(
            evidence(Username, v, YEAR),
            Evidence::Replace(Kind::Phone),
            "{v}"
        );
        assert_eq!(
            evidence(PersonName, v, YEAR),
            Evidence::Replace(Kind::Phone),
            "{v}"
        );
    }
    // A bare number (an employee's), a date, a version: none of it.
    for v in ["2026-03-14", "131.0.6778.86", "12.34.56"] {
        assert_ne!(
            evidence(Username, v, YEAR),
            Evidence::Replace(Kind::Phone),
            "{v}"
        );
        assert_ne!(
            evidence(PersonName, v, YEAR),
            Evidence::Replace(Kind::Phone),
            "{v}"
        );
    }
    assert_eq!(classify("auth_device.name"), Some(Phone));
    assert_ne!(classify("access_device.name"), Some(Phone));
    assert_eq!(
        evidence(Phone, "+1 (617) 555-0142", YEAR),
        Evidence::Replace(Kind::Phone)
    );
}
