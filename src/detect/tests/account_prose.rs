//! Accounts in products' own sentences, by class, each with the
//! look-alike of the same shape that stays: a group change of
//! shadow-utils, dropbear's end of a session, a login as a mailbox's
//! display name, a forge's repository owner in a path, German's genitive
//! `des Benutzers`, and the change words and event-log channels that a
//! label or a key puts where an account goes.

use super::*;

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
