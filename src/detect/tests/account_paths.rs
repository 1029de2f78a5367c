//! Accounts that web applications, proxies and cloud audit logs write into
//! a URL, a column or a key's value, by class, each with the look-alike of
//! the same shape that stays: a per-user route segment (`/user/<login>`,
//! `/u/<login>`, `/profile/<login>`), Squid's user column after a query
//! whose spaces are encoded, the account a prose value names beside its
//! mailbox or after `username input`, and a public key's login.

use super::*;

#[test]
fn the_login_after_a_per_user_route() {
    check(&[
        // A mail portal, Reddit and Jenkins, Discourse, intranets.
        (
            "request: GET https://portal.example.se/user/kberg/inbox",
            &["kberg"],
        ),
        ("GET /user/anna.ek HTTP/1.1", &["anna.ek"]),
        ("\"GET /u/jholm1/summary HTTP/2.0\" 200", &["jholm1"]),
        (
            "url=https://intra.example.se/profile/adm-kberg",
            &["adm-kberg"],
        ),
        (
            "GET https://intra.example.se/people/sara.lind?tab=cv",
            &["sara.lind"],
        ),
        ("GET /members/ebbe42/ HTTP/1.1", &["ebbe42"]),
        ("GET /profiles/kjell.ax HTTP/1.1", &["kjell.ax"]),
        // The site's own pages under the same routes, files and ids.
        ("GET /user/login HTTP/1.1", &[]),
        ("GET https://git.example.se/user/events?page=2", &[]),
        ("GET /user/settings/keys HTTP/1.1", &[]),
        ("GET /profile/edit HTTP/1.1", &[]),
        ("GET /u/12345/summary HTTP/1.1", &[]),
        ("GET /user/index.php HTTP/1.1", &[]),
        (
            "GET /user/3f2504e0-4f89-11d3-9a0c-0305e82c3301/inbox HTTP/1.1",
            &[],
        ),
        // Not a path: prose and a file system's group folder.
        ("the user/group pair is wrong", &[]),
        ("copied member/list to backup", &[]),
    ]);
}

#[test]
fn squids_user_column_after_a_query_with_spaces() {
    check(&[
        (
            "1765012321.123    250 192.0.2.4 TCP_MISS/200 1432 GET http://intra.example.se/sok?q=abc+def kberg HIER_DIRECT/203.0.113.5 text/html",
            &["kberg"],
        ),
        (
            "1765012321.123    250 192.0.2.4 TCP_DENIED/403 1432 GET http://intra.example.se/sok?q=abc%20def anna.ek HIER_DIRECT/203.0.113.5 -",
            &["anna.ek"],
        ),
        (
            "1765012321.123    250 192.0.2.4 TCP_MISS/200 1432 GET http://intra.example.se/sok?q=abc+def - HIER_DIRECT/203.0.113.5 text/html",
            &[],
        ),
    ]);
}

#[test]
fn an_account_beside_its_mailbox_or_after_a_source_word() {
    check(&[
        (
            "msg=\"Sending an email to user kberg (karin.berg@example.se) to confirm identity\"",
            &["kberg"],
        ),
        (
            "notify user adm-jholm <j.holm@example.se> queued",
            &["adm-jholm"],
        ),
        (
            "msg=\"Error occurred getting details for user with username input 'ebbe42' which usually indicates they do not exist\"",
            &["ebbe42"],
        ),
        ("invalid username supplied \"sara.lind\"", &["sara.lind"]),
        // A bracket that holds no mailbox, a source word without a value.
        ("Sending an email to user group (all staff)", &[]),
        ("username input missing", &[]),
    ]);
}

/// The login before the key; the comment that repeats it is the engine's
/// echo (the json pack's case).
#[test]
fn the_login_of_a_public_key_in_instance_metadata() {
    check(&[
        (
            "{\"key\": \"ssh-keys\", \"value\": \"kberg:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBBB kberg\"}",
            &["kberg"],
        ),
        (
            "\"value\": \"anna.ek:ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB anna.ek\\njholm:ssh-ed25519 AAAAC3Nz jholm\"",
            &["anna.ek", "jholm"],
        ),
        // A key without a login, and a key type named in prose.
        (
            "\"value\": \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBBB\"",
            &[],
        ),
        ("cipher: ssh-rsa rejected", &[]),
    ]);
}

#[test]
fn a_login_in_brackets_after_username_and_a_network_os_account_command() {
    check(&[
        (
            "%APF-6-USER_NAME_CREATED: apf_ms.c:6046 Username entry (kberg) created for mobile, length = 40",
            &["kberg"],
        ),
        ("Username (anna.ek) logged in", &["anna.ek"]),
        (
            "Recorded command information. (Task=VT0, Ip=192.0.2.7, User=root, Command=\"local-user jholm1 password irreversible-cipher ******\")",
            &["jholm1"],
        ),
        ("Command=\"undo local-user sara.lind\"", &["sara.lind"]),
        // Brackets without an account, and a local user that is none.
        ("Username entry (null) created", &[]),
        ("Username (s) removed", &[]),
        ("local-user admin password irreversible-cipher ******", &[]),
    ]);
}

#[test]
fn accounts_in_unix_daemons_and_network_os_prose() {
    check(&[
        (
            "pkexec[4711]: kberg: Executing command [USER=root] [TTY=unknown] [CWD=/srv] [COMMAND=/usr/bin/true]",
            &["kberg"],
        ),
        (
            "pkexec[4711]: anna.ek: Error executing command as another user: Not authorized [USER=root]",
            &["anna.ek"],
        ),
        (
            "Sun Dec  6 10:00:00 2026 [pid 4711] [jholm1] OK UPLOAD: Client \"192.0.2.7\", \"/srv/a.txt\", 12 bytes, 1.2Kbyte/sec",
            &["jholm1"],
        ),
        (
            "Sun Dec  6 10:00:00 2026 [pid 4711] [sara.lind] FAIL DOWNLOAD: Client \"192.0.2.7\", \"/srv/a.txt\", 0.00Kbyte/sec",
            &["sara.lind"],
        ),
        (
            "UI_CMDLINE_READ_LINE: User 'root', command 'set system login user ebbe42 class super-user '",
            &["ebbe42"],
        ),
        (
            "msg=\"Administrator kberg logged in successfully from ssh(192.0.2.7)\"",
            &["kberg"],
        ),
        (
            "msg=\"Administrator anna.ek login failed from https(192.0.2.7) because of invalid password\"",
            &["anna.ek"],
        ),
        (
            "xrdp-sesman[4711]: [INFO ] ++ created session (access granted): username jholm1, ip 192.0.2.7:50123 - socket: 12",
            &["jholm1"],
        ),
        // The same tags and words without an account.
        ("pkexec[4711]: Executing command [USER=root]", &[]),
        (
            "Sun Dec  6 10:00:00 2026 [pid 4711] CONNECT: Client \"192.0.2.7\"",
            &[],
        ),
        ("The administrator account is disabled", &[]),
        ("Administrator settings changed", &[]),
        ("username must be set, see docs", &[]),
    ]);
}

#[test]
fn the_user_column_of_an_access_log_without_its_time() {
    check(&[
        (
            "INFO 192.0.2.95 - kberg \"GET /api/v1/items/?q=abc HTTP/1.1\" 200 512 3ms",
            &["kberg"],
        ),
        (
            "192.0.2.95 - anna.ek \"POST https://app.example.se/api HTTP/1.1\" 201 12",
            &["anna.ek"],
        ),
        // No user, and a dash that is no CLF user column.
        (
            "192.0.2.95 - - \"GET /api/v1/items/ HTTP/1.1\" 200 512",
            &[],
        ),
        ("192.0.2.95 - note \"see above\" 200", &[]),
    ]);
}

#[test]
fn the_owner_in_a_git_smart_http_path() {
    check(&[
        (
            "router: completed POST /kberg/dotfiles.git/git-upload-pack for 192.0.2.7:51029, 200 OK in 729.3ms",
            &["kberg"],
        ),
        (
            "\"POST https://git.example.se/anna.ek/infra.git/git-receive-pack HTTP/1.1\" 200",
            &["anna.ek"],
        ),
        // A forge's own route, and `git` that is no smart HTTP service.
        ("completed POST /api/v1/repos.git/git-upload-pack", &[]),
        ("GET /docs/setup.git/git-guide HTTP/1.1", &[]),
    ]);
}

#[test]
fn the_login_an_account_event_names_before_its_mailbox() {
    check(&[
        (
            "[I] New user registered: u4711 <karin.berg@example.se>",
            &["u4711"],
        ),
        ("User created: jholm1 <sara.lind@example.se>", &["jholm1"]),
        // Not an account event: a list's subscriber and a sender.
        ("Subscriber added: newsletter <karin.berg@example.se>", &[]),
        ("Mail from: relay <karin.berg@example.se>", &[]),
    ]);
}
