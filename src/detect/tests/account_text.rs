//! Logins that a line's text structure reveals, by class, each with the
//! look-alike of the same shape that stays: a login verdict's `as`, a
//! daemon component's bracket before the peer's address, SQL naming a
//! role, a TURN REST credential, role and staff words of many languages,
//! and service accounts where the structure says "user" only weakly.

use super::*;

#[test]
fn the_login_after_a_verdict_and_as() {
    check(&[
        (
            "usermin[12]: Invalid login as kberg from 192.0.2.7",
            &["kberg"],
        ),
        (
            "webmin[12]: Non-existent login as anna_ek from 192.0.2.8",
            &["anna_ek"],
        ),
        (
            "webmin[12]: Successful login as jholm1 from 2001:db8::7",
            &["jholm1"],
        ),
        ("portal: User logged in as j.doe from 192.0.2.9", &["j.doe"]),
        // A service's login, a system account, a word: kept.
        (
            "webmin[12]: Invalid login as backup-agent from 192.0.2.7",
            &[],
        ),
        ("webmin[12]: Invalid login as root from 192.0.2.7", &[]),
        (
            "webmin[12]: Invalid login as adm-kberg from 192.0.2.7",
            &["adm-kberg"],
        ),
        ("cli: run the command as soon as possible", &[]),
    ]);
}

#[test]
fn the_login_in_a_component_bracket_before_the_peer() {
    check(&[
        (
            "ocserv[7]: main[kberg]:192.0.2.7:50123 user logged in",
            &["kberg"],
        ),
        (
            "ocserv[7]: worker[anna_ek]: 192.0.2.7 assigned IPv4 address 10.1.1.2",
            &["anna_ek"],
        ),
        // Interfaces, numbers and service logins in the same place stay.
        ("dhcpd[7]: lease[eth0]: 192.0.2.7 renewed", &[]),
        ("lb[7]: pool[3]:192.0.2.7:443 up", &[]),
        (
            "ocserv[7]: main[vpn-probe]:192.0.2.7:50123 user logged in",
            &[],
        ),
    ]);
}

#[test]
fn the_role_sql_names() {
    check(&[
        (
            "LOG:  statement: ALTER ROLE kberg WITH PASSWORD 'x'",
            &["kberg"],
        ),
        (
            r#"AUDIT: SESSION,1,1,ROLE,CREATE ROLE,,,"CREATE ROLE ""mlind"" LOGIN",<not logged>"#,
            &["mlind"],
        ),
        ("LOG:  statement: DROP USER IF EXISTS jnovak", &["jnovak"]),
        // A group role and an application's role stay.
        ("LOG:  statement: CREATE ROLE readers NOLOGIN", &[]),
        ("LOG:  statement: CREATE ROLE ledger_sync LOGIN", &[]),
    ]);
}

#[test]
fn the_user_of_a_turn_rest_credential() {
    check(&[
        (
            "turnserver[1]: usage: realm=<turn.example.se>, username=<1767225600:kberg>, rp=1",
            &["kberg"],
        ),
        (
            "eturnal: login username=anna.ek:1767225600 realm=x",
            &["anna.ek"],
        ),
        // A plain time stamp and a service's credential stay.
        (
            "turnserver[1]: usage: username=<1767225600:media-relay>, rp=1",
            &[],
        ),
    ]);
}

#[test]
fn the_login_after_a_role_word_of_many_languages() {
    check(&[
        (
            "arc: evt=FA operaator kmets: helistati kliendile",
            &["kmets"],
        ),
        (
            "arc: evt=BA operaattori vkorhonen soitti avainhenkilölle",
            &["vkorhonen"],
        ),
        (
            "care: Kotikäynti: asiakas X, hoitaja mlahtinen, kesto 20 min",
            &["mlahtinen"],
        ),
        (
            "plant: Operator opera2 changed setpoint TIC-1 from 70.0 to 71.0",
            &["opera2"],
        ),
        (
            "scangw: device 1 user pnowak zalogowano, strefa A",
            &["pnowak"],
        ),
        // The role word without a login, and an English role before a verb.
        ("arc: operaattori soitti asiakkaalle", &[]),
        ("desk: ticket 5, technician dispatched, eta 4h", &[]),
    ]);
}

#[test]
fn a_database_sessions_service_role_stays() {
    check(&[
        (
            "postgres[1]: [4711] kberg@claims LOG:  duration: 1 ms",
            &["kberg"],
        ),
        (
            "postgres[1]: [4711] billing-gateway@claims LOG:  duration: 1 ms",
            &[],
        ),
    ]);
}
