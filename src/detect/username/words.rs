//! The word tables: words compared case-insensitively in one lookup
//! ([`WordSet`]), and the words that are no account or that lead to one.

/// Values that are not accounts, or shared and system accounts that are not
/// personal data (compared case-insensitively).
pub(crate) static NOT_NAMES: WordSet<153> = WordSet::new([
    b"permitted",
    b"allowed",
    b"query",
    b"request",
    b"requests",
    b"profile",
    b"settings",
    b"policy",
    b"role",
    b"object",
    b"type",
    b"data",
    b"record",
    b"mailbox",
    b"certificate",
    b"key",
    b"token",
    b"credentials",
    b"rights",
    b"permissions",
    b"attributes",
    // Service accounts that packages and appliances create: no person.
    b"asterisk",
    b"freeswitch",
    b"kamailio",
    b"opensips",
    b"backup",
    b"zabbix",
    b"nagios",
    b"prometheus",
    b"grafana",
    b"jenkins",
    // The account configuration-management runs log in as (Ansible's
    // `remote_user` in its own examples and most playbooks).
    b"ansible",
    b"git",
    b"gitlab-runner",
    b"svn",
    b"ntp",
    b"chrony",
    b"syslog",
    b"messagebus",
    b"polkitd",
    b"uucp",
    b"proxy",
    b"list",
    b"news",
    b"games",
    b"man",
    b"lp",
    b"sync",
    b"shutdown",
    b"halt",
    b"dnsmasq",
    b"sssd",
    b"_apt",
    b"ec2-user",
    b"ubuntu",
    b"centos",
    b"vagrant",
    // Raspberry Pi OS's first account.
    b"pi",
    b"docker",
    b"oracle",
    b"tomcat",
    b"squid",
    b"named",
    b"bind",
    b"dovecot",
    b"dovenull",
    // Cyrus IMAP's administrator.
    b"cyrus",
    b"vmail",
    b"amavis",
    b"clamav",
    b"redis",
    b"memcached",
    b"is",
    b"was",
    b"has",
    b"not",
    b"agent",
    b"session",
    b"account",
    b"accounts",
    b"group",
    b"the",
    b"password",
    b"from",
    b"by",
    b"for",
    b"to",
    b"with",
    b"port",
    b"invalid",
    b"user",
    b"unknown",
    b"none",
    b"null",
    b"(unknown)",
    b"-",
    b"root",
    b"nobody",
    b"daemon",
    b"bin",
    b"sys",
    b"sshd",
    b"login",
    b"guest",
    b"test",
    b"admin",
    b"administrator",
    b"anonymous",
    b"ftp",
    b"www-data",
    b"mail",
    b"postfix",
    b"apache",
    b"nginx",
    b"mysql",
    b"postgres",
    b"operator",
    b"system",
    b"localhost",
    b"nil",
    b"empty",
    b"true",
    b"false",
    b"name",
    b"client",
    b"failed",
    b"found",
    b"failure",
    b"success",
    b"successful",
    b"ok",
    b"attempt",
    b"incorrect",
    b"denied",
    b"accepted",
    b"rejected",
    b"error",
    b"timeout",
    b"refused",
    b"granted",
    // The words a change report writes where the value goes
    // (`userPrincipalName: added`, as Netwrix and AD change audits print
    // an attribute whose value was set or cleared): no value.
    b"added",
    b"removed",
    b"changed",
    b"modified",
    b"deleted",
    b"cleared",
    b"updated",
    b"replaced",
    // Windows event log channels (`LogName=Security`, as NXLog, Winlogbeat
    // and Snare write an event's channel): a log, not an account, though
    // the key reads like Unix `LOGNAME`.
    b"security",
    b"application",
    b"setup",
    b"forwardedevents",
    b"hardwareevents",
]);

/// Words before `user X` that make X an account whatever follows.
pub(super) static USER_LEADS: WordSet<9> = WordSet::new([
    b"invalid",
    b"illegal",
    b"for",
    b"authenticating",
    b"client",
    b"unknown",
    b"from",
    b"of",
    b"as",
]);

/// Words after `user X` that say what the account did or what happened to
/// it (`user alice authenticated`, `User bob logged in`, `user carol was
/// not found`, Citrix's `User dave - Client_ip`).
pub(super) static USER_OUTCOMES: WordSet<54> = WordSet::new([
    b"successful",
    b"success",
    b"failure",
    b"signed",
    b"blocked",
    b"suspended",
    b"verified",
    b"accepted",
    b"exceeded",
    b"attempted",
    b"requested",
    b"entered",
    b"reset",
    b"timed",
    b"added",
    b"removed",
    b"deleted",
    b"created",
    b"modified",
    b"changed",
    b"enabled",
    b"disabled",
    b"expired",
    b"renamed",
    b"updated",
    b"authenticated",
    b"authentication",
    b"authorized",
    b"logged",
    b"login",
    b"logon",
    b"logout",
    b"logoff",
    b"failed",
    b"succeeded",
    b"successfully",
    b"disconnected",
    b"connected",
    b"locked",
    b"unlocked",
    b"not",
    b"was",
    b"has",
    b"does",
    b"-",
    b"denied",
    b"rejected",
    // What a print-release, time-clock, MDM or door system reports a
    // user did or had done (`user k.berg released 1 job(s)`, `User kberg
    // enrolled device`, `user kberg registered card`).
    b"released",
    b"printed",
    b"registered",
    b"enrolled",
    b"activated",
    b"deactivated",
    b"revoked",
]);

/// Words before `for X` that name an authentication step or its outcome.
pub(super) static AUTH_WORDS: WordSet<12> = WordSet::new([
    b"password",
    b"publickey",
    b"keyboard-interactive",
    b"keyboard-interactive/pam",
    b"hostbased",
    b"gssapi-with-mic",
    b"successful",
    b"succeeded",
    b"changed",
    b"locked",
    b"unlocked",
    b"expired",
]);

/// Directories under `/home` or `Users` that belong to no one.
pub(super) static HOME_NOT_USERS: WordSet<5> =
    WordSet::new([b"shared", b"public", b"default", b"all", b"runner"]);

/// Pages of a site's own under a per-user route (`/user/login`, Gitea's
/// `/user/events`, `/u/settings`, `/profile/edit`, `/users/me`): no login.
pub(super) static ROUTE_PAGES: WordSet<116> = WordSet::new([
    b"login",
    b"logout",
    b"logoff",
    b"signin",
    b"signout",
    b"sign_in",
    b"sign_out",
    b"signup",
    b"sign_up",
    b"register",
    b"registration",
    b"settings",
    b"setting",
    b"preferences",
    b"prefs",
    b"profile",
    b"profiles",
    b"account",
    b"accounts",
    b"password",
    b"passwords",
    b"forgot_password",
    b"reset_password",
    b"reset",
    b"recover",
    b"activate",
    b"activation",
    b"confirm",
    b"confirmation",
    b"verify",
    b"events",
    b"event",
    b"avatar",
    b"avatars",
    b"photo",
    b"picture",
    b"search",
    b"notifications",
    b"notification",
    b"me",
    b"self",
    b"current",
    b"new",
    b"create",
    b"edit",
    b"update",
    b"delete",
    b"remove",
    b"list",
    b"all",
    b"index",
    b"info",
    b"details",
    b"keys",
    b"sessions",
    b"session",
    b"auth",
    b"oauth",
    b"oauth2",
    b"token",
    b"tokens",
    b"dashboard",
    b"home",
    b"admin",
    b"api",
    b"static",
    b"assets",
    b"images",
    b"img",
    b"css",
    b"js",
    b"help",
    b"lang",
    b"language",
    b"stopwatches",
    b"task",
    b"tasks",
    b"subscriptions",
    b"repos",
    b"orgs",
    b"emails",
    b"email",
    b"applications",
    b"security",
    b"status",
    b"unread",
    b"count",
    b"anonymous",
    b"guest",
    b"lookup",
    b"exists",
    b"check",
    b"validate",
    b"online",
    b"invite",
    b"invites",
    b"bulk",
    b"export",
    b"import",
    b"groups",
    b"roles",
    b"permissions",
    b"id",
    b"name",
    b"username",
    b"uid",
    b"default",
    b"public",
    b"shared",
    b"sso",
    b"saml",
    b"callback",
    b"mfa",
    b"2fa",
    b"totp",
    b"webauthn",
]);

/// A few words compared case-insensitively. A table of the lengths that
/// occur per first byte rejects almost every other word with one lookup;
/// the words are kept grouped by first byte, so a word that passes is
/// compared with the few that share its first byte.
pub(crate) struct WordSet<const N: usize> {
    /// Sorted by lower-cased first byte.
    words: [&'static [u8]; N],
    /// Bit `len` is set if a word of that length starts with the byte.
    shape: [u32; 128],
    /// Index in `words` of the first word that starts with the byte.
    start: [u8; 128],
}

impl<const N: usize> WordSet<N> {
    /// Builds the set; every word is 1-31 bytes and starts with ASCII.
    const fn new(mut words: [&'static [u8]; N]) -> WordSet<N> {
        assert!(N < 256);
        // Insertion sort by first byte (stable, so the list order stays
        // within a group).
        let mut k = 1;
        while k < N {
            let mut m = k;
            while m > 0 && words[m - 1][0].to_ascii_lowercase() > words[m][0].to_ascii_lowercase() {
                let t = words[m - 1];
                words[m - 1] = words[m];
                words[m] = t;
                m -= 1;
            }
            k += 1;
        }
        let mut shape = [0u32; 128];
        let mut start = [0u8; 128];
        let mut k = N;
        while k > 0 {
            k -= 1;
            let w = words[k];
            assert!(!w.is_empty() && w.len() < 32 && w[0] < 0x80);
            let f = w[0].to_ascii_lowercase() as usize;
            shape[f] |= 1 << w.len();
            start[f] = k as u8;
        }
        WordSet {
            words,
            shape,
            start,
        }
    }

    /// True if `w` is one of the words, ignoring ASCII case.
    #[inline]
    pub(crate) fn contains(&self, w: &[u8]) -> bool {
        let Some(&f) = w.first() else {
            return false;
        };
        let f = f.to_ascii_lowercase();
        if w.len() >= 32 || f >= 0x80 || self.shape[usize::from(f)] & (1 << w.len()) == 0 {
            return false;
        }
        self.words[usize::from(self.start[usize::from(f)])..]
            .iter()
            .take_while(|k| k[0].to_ascii_lowercase() == f)
            .any(|k| w.eq_ignore_ascii_case(k))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_of(w: &[u8], set: &[&[u8]]) -> bool {
        set.iter().any(|k| w.eq_ignore_ascii_case(k))
    }

    #[test]
    fn word_sets_agree_with_a_linear_search() {
        let mut probes: Vec<Vec<u8>> = NOT_NAMES.words.iter().map(|w| w.to_vec()).collect();
        probes.extend(AUTH_WORDS.words.iter().map(|w| w.to_ascii_uppercase()));
        for w in [
            "",
            "-",
            "roots",
            "roo",
            "Root",
            "ROOT",
            "x",
            "keyboard-interactive/PAM",
        ] {
            probes.push(w.as_bytes().to_vec());
        }
        probes.push(vec![0xc3, 0xa5]);
        let all = NOT_NAMES
            .words
            .iter()
            .chain(&AUTH_WORDS.words)
            .chain(&USER_LEADS.words);
        for w in all {
            probes.push(w.to_ascii_uppercase());
            probes.push([w, &b"s"[..]].concat());
            probes.push(w[1..].to_vec());
            let mut other = w.to_vec();
            *other.last_mut().unwrap() ^= 1;
            probes.push(other);
        }
        for p in &probes {
            assert_eq!(NOT_NAMES.contains(p), one_of(p, &NOT_NAMES.words));
            assert_eq!(AUTH_WORDS.contains(p), one_of(p, &AUTH_WORDS.words));
            assert_eq!(USER_LEADS.contains(p), one_of(p, &USER_LEADS.words));
        }
        assert!(NOT_NAMES.contains(b"Administrator"));
        assert!(AUTH_WORDS.contains(b"keyboard-interactive/pam"));
        assert!(!NOT_NAMES.contains(b"kalle"));
    }
}
