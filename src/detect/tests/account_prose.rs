//! Accounts in products' own sentences, by class, each with the
//! look-alike of the same shape that stays: a group change of
//! shadow-utils, dropbear's end of a session, a login as a mailbox's
//! display name, a forge's repository owner in a path, German's genitive
//! `des Benutzers`, and the change words and event-log channels that a
//! label or a key puts where an account goes.

use super::*;

#[test]
fn the_login_of_a_group_change() {
    check(&[
        ("add 'kberg' to group 'wheel'", &["kberg"]),
        ("add 'anna.ek' to shadow group 'sudo'", &["anna.ek"]),
        ("delete 'jholm1' from group 'docker'", &["jholm1"]),
        ("delete 'jholm1' from shadow group 'docker'", &["jholm1"]),
        // Not a group change: a quoted value added to something else.
        ("add 'backup.tar' to queue 'nightly'", &[]),
        ("add 'x' to group", &[]),
    ]);
}

#[test]
fn dropbears_end_of_a_session() {
    check(&[
        (
            "dropbear[18275]: Exit (kberg) from <192.0.2.32:52209>: Disconnect received",
            &["kberg"],
        ),
        (
            "dropbear[18275]: Exit (Anna.Ek) from <192.0.2.32:52209>: Exited normally",
            &["Anna.Ek"],
        ),
        // Before authentication dropbear names no account there.
        (
            "dropbear[18275]: Exit before auth from <192.0.2.32:52209>: Exited normally",
            &[],
        ),
        ("proxy: (upstream) from <192.0.2.32:8080> closed", &[]),
    ]);
}

#[test]
fn a_login_as_a_mailboxs_display_name() {
    check(&[
        (
            "[I] New user registered: tolvar-k <k.tolvar@example.se>",
            &["tolvar-k"],
        ),
        ("Author: kberg <karin.berg@example.se>", &["kberg"]),
        // A local part ending in a digit is read by another branch.
        (
            "[I] New user registered: kberg4 <karin.berg4@example.se>",
            &["kberg4"],
        ),
        ("mail sent to <karin.berg4@example.se>", &[]),
        // A word of the sentence, a role mailbox, a capitalised name.
        ("mail sent to <karin.berg@example.se>", &[]),
        ("reply from noreply <noreply@example.se>", &[]),
        ("from postmaster <postmaster@example.se>", &[]),
    ]);
}

#[test]
fn a_forges_repository_owner() {
    check(&[
        (
            "router: completed GET /Karin.Berg/rapporter/src/branch/main for 192.0.2.7:62761, 200 OK",
            &["Karin.Berg"],
        ),
        (
            "router: completed POST /kberg/dotfiles/pulls/7 for 192.0.2.7:63813, 200 OK",
            &["kberg"],
        ),
        (
            "\"GET /berg-k/infra/-/blob/main/README.md HTTP/1.1\" 200",
            &["berg-k"],
        ),
        (
            "https://git.example.se/kberg/dotfiles/commits/main",
            &["kberg"],
        ),
        // The forge's own pages and a path deeper in a site.
        (
            "completed GET /api/v1/repos/search for 192.0.2.7:1, 200 OK",
            &[],
        ),
        (
            "completed GET /explore/repos/src for 192.0.2.7:1, 200 OK",
            &[],
        ),
        ("GET /static/js/src/app.js HTTP/1.1", &[]),
    ]);
}

#[test]
fn germans_genitive_user() {
    check(&[
        (
            "Anmeldung des Benutzers kberg42 an der FRITZ!Box-Benutzeroberfläche von IP-Adresse 192.0.2.7.",
            &["kberg42"],
        ),
        (
            "Anmeldung des Benutzers an der Oberfläche fehlgeschlagen",
            &[],
        ),
    ]);
}

#[test]
fn change_words_and_channels_are_no_accounts() {
    check(&[
        ("userPrincipalName: added", &[]),
        ("sAMAccountName: changed", &[]),
        ("LogName=Security EventCode=4624", &[]),
        ("LogName=Application SourceName=MsiInstaller", &[]),
        // The value itself still is one.
        ("userPrincipalName: kberg", &["kberg"]),
    ]);
}

#[test]
fn what_a_user_had_done_at_a_printer_or_a_console() {
    check(&[
        (
            "terminal=MFP-3 user kberg42 released 1 job(s), 56 pages, cost centre KST-4410",
            &["kberg42"],
        ),
        ("user anna.ek enrolled device ws-12", &["anna.ek"]),
        // The same verbs after a word that is no account.
        ("user session released after 30 s", &[]),
    ]);
}

#[test]
fn a_capitalised_login_after_a_role() {
    check(&[
        (
            "Handläggare Karin.Berg öppnade ärende BN 2026-1",
            &["Karin.Berg"],
        ),
        ("Handläggare Karin Berg öppnade ärende BN 2026-1", &[]),
    ]);
}

#[test]
fn shared_and_service_logins_in_these_sentences_stay() {
    check(&[
        (
            "dropbear[9882]: Exit (pi) from <192.0.2.9:54804>: Disconnect received",
            &[],
        ),
        (
            "Anmeldung des Benutzers sa_veeam an der FRITZ!Box-Benutzeroberfläche von IP-Adresse 192.0.2.21 gescheitert",
            &[],
        ),
    ]);
}

#[test]
fn nextclouds_failed_login() {
    check(&[
        ("Login failed: kberg42 (Remote IP: 192.0.2.7)", &["kberg42"]),
        (
            "Login failed: 'anna.ek' (Remote IP: '192.0.2.7')",
            &["anna.ek"],
        ),
        // No login before the address.
        ("Request failed (Remote IP: 192.0.2.7)", &[]),
    ]);
}
