//! Accounts by two classes, each with lines of several products: the
//! login an account tool's command line is run on (sudo's `COMMAND=`,
//! alerts that quote it), and the word for a user in the
//! languages of other scripts and of Turkish, Czech, Hungarian, Romanian,
//! the South Slavic languages and Estonian.

use super::*;

#[test]
fn the_login_an_account_tool_is_run_on() {
    check(&[
        // sudo's own line (sudoers(5), "sudo: user : TTY=... ; COMMAND=").
        (
            "sudo: kberg : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/passwd mlind",
            &["kberg", "mlind"],
        ),
        (
            "sudo[4711]: kberg : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/usr/sbin/usermod -aG wheel anna.ek",
            &["kberg", "anna.ek"],
        ),
        (
            "sudo: kberg : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/sbin/userdel -r jholm1",
            &["kberg", "jholm1"],
        ),
        (
            "sudo: kberg : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/sbin/useradd -m -s /bin/bash p.nyman",
            &["kberg", "p.nyman"],
        ),
        (
            "sudo: kberg : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/chage -d 0 tstrom",
            &["kberg", "tstrom"],
        ),
        (
            "sudo: kberg : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/smbpasswd -a lisa.w",
            &["kberg", "lisa.w"],
        ),
        (
            "sudo: kberg : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/gpasswd -a ohansen docker",
            &["kberg", "ohansen"],
        ),
        // sudo's reasons before the fields: the account still heads it.
        (
            "sudo[812]: mlind : 3 incorrect password attempts ; TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls",
            &["mlind"],
        ),
        (
            "sudo[812]: mlind : user NOT in sudoers ; TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls",
            &["mlind"],
        ),
        // A Wazuh alert quoting sudo in JSON.
        (
            r#"{"full_log":"Feb 27 02:54:31 nas sudo: root : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/passwd joost88","data":{"dstuser":"root"}}"#,
            &["joost88"],
        ),
        // The tool run on nobody, on an option, or in prose: no account.
        (
            "sudo: kberg : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/passwd",
            &["kberg"],
        ),
        (
            "sudo: kberg : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/passwd -S -a",
            &["kberg"],
        ),
        (
            "sudo: kberg : TTY=pts/0 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/passwd root",
            &["kberg"],
        ),
        (
            "passwd[2211]: password for the passwd file was changed",
            &[],
        ),
        (
            "pam_unix(passwd:chauthtok): password changed for nobody",
            &[],
        ),
        ("usermod: no changes", &[]),
    ]);
}

#[test]
fn the_word_for_a_user_in_more_languages() {
    check(&[
        // Other scripts: the login is the word in Latin letters.
        (
            "atm[1]: Пользователь ivanova.a вошёл в систему",
            &["ivanova.a"],
        ),
        ("Користувач opetrenko увійшов до системи", &["opetrenko"]),
        ("Ο χρήστης gpapad συνδέθηκε από 192.0.2.4", &["gpapad"]),
        (
            "تم تسجيل دخول المستخدم provo من العنوان 192.0.2.9",
            &["provo"],
        ),
        ("המשתמש dcohen התחבר בהצלחה", &["dcohen"]),
        ("用户 zhangwei 登录成功", &["zhangwei"]),
        ("ユーザー tanaka_k がログインしました", &["tanaka_k"]),
        ("사용자 kimjh 로그인 성공", &["kimjh"]),
        // Latin script: an outcome of the language a few words on.
        (
            "ATM 597 Kullanıcı gsjoholm teknisyen girişi yaptı",
            &["gsjoholm"],
        ),
        ("Uživatel novakj se přihlásil", &["novakj"]),
        ("Felhasználó kovacsp bejelentkezett", &["kovacsp"]),
        ("Utilizatorul popescua s-a autentificat", &["popescua"]),
        ("Korisnik mhorvat se prijavio", &["mhorvat"]),
        ("Kasutaja mtamm logis sisse", &["mtamm"]),
        // The sentence's own words and numbers are no account.
        ("Пользователь не найден", &[]),
        ("用户 123456 登录成功", &[]),
        ("Kullanıcı oturumu kapattı", &[]),
    ]);
}

#[test]
fn a_role_and_a_login_alone_in_brackets() {
    check(&[
        (
            "recept-api[62359]: VARNING: personnummer har fel kontrollsiffra, sökning avbruten (operatör haoran)",
            &["haoran"],
        ),
        ("Ärendet stängt (handläggare a-tle)", &["a-tle"]),
        ("Akte geschlossen (Sachbearbeiter mmeier)", &["mmeier"]),
        ("Dossier clôturé (opérateur jdupont)", &["jdupont"]),
        ("Configuration saved (operator j.smith)", &["j.smith"]),
        ("Key rotated (operator jsmith42)", &["jsmith42"]),
        ("Tapaus suljettu (käsittelijä mvirtanen)", &["mvirtanen"]),
        // A carrier or a word in brackets stays.
        ("roaming enabled (operator Telia)", &[]),
        ("precedence rules (operator precedence) apply", &[]),
    ]);
}

#[test]
fn a_login_in_capitals_after_a_role_noun_and_before_a_verb() {
    check(&[
        (
            "OnGuard[16966]: Alarm \"Dør holdt åben\" ved Kungsgatan; operatør MTEHRANI kvitterede",
            &["MTEHRANI"],
        ),
        ("Handläggare KBERG2 öppnade ärende 2024-118", &["KBERG2"]),
        ("Saksbehandler OHANSEN har godkjent søknaden", &["OHANSEN"]),
        ("Sachbearbeiter MMEIER änderte die Akte", &["MMEIER"]),
        // A capitalised word that is no login, or no verb after it.
        ("Handläggare Anna öppnade ärende", &[]),
        ("Saksbehandler NAV kontor", &[]),
    ]);
}
