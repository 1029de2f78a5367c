//! Who is acting, for the audit log: the OS user, and `--as` only where the
//! operator's reveal policy allows it.

use crate::reveal::policy::Policy;
use crate::serve::users::valid_name;

/// The actor to record. Without `--as`, the OS user: the password-file name
/// of the process's user id (`USER` and `LOGNAME` are ignored: anyone can
/// set them). `--as NAME` is refused unless the policy sets `allow_as`;
/// then NAME must be a user name as `veil users` takes them (lower case,
/// no spaces), and the entry records both, `NAME (os user USER)`.
pub(super) fn actor(flag: Option<&str>, policy: &Policy) -> anyhow::Result<String> {
    let os = os_user();
    let Some(name) = flag else {
        return Ok(os);
    };
    if !policy.allow_as {
        anyhow::bail!(
            "refused: --as is not allowed by the reveal policy ({}); you are recorded as your OS user",
            policy
                .source
                .as_deref()
                .map_or_else(|| "none: defaults".to_owned(), |p| p.display().to_string())
        );
    }
    if !valid_name(name) {
        anyhow::bail!("refused: --as takes a user name of 1-32 characters of a-z, 0-9, '-', '.'");
    }
    Ok(if name == os {
        os
    } else {
        format!("{name} (os user {os})")
    })
}

/// The password-file name of the process's real user id, else `uid N`.
fn os_user() -> String {
    let uid = rustix::process::getuid().as_raw();
    let name = std::fs::read_to_string("/etc/passwd")
        .ok()
        .and_then(|passwd| {
            passwd.lines().find_map(|l| {
                let mut f = l.split(':');
                let name = f.next()?;
                (f.nth(1)?.parse::<u32>().ok()? == uid).then(|| name.to_string())
            })
        });
    name.filter(|n| !n.is_empty() && !n.chars().any(char::is_control))
        .unwrap_or_else(|| format!("uid {uid}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_is_refused_unless_the_policy_allows_it_and_then_records_both() {
        let strict = Policy::default();
        let os = os_user();
        assert_eq!(actor(None, &strict).unwrap(), os);
        assert!(actor(Some("mallory"), &strict).is_err());
        let open = Policy {
            allow_as: true,
            ..Policy::default()
        };
        assert_eq!(
            actor(Some("eva"), &open).unwrap(),
            format!("eva (os user {os})")
        );
        for bad in ["ROOT", "root ", "", "a\nb"] {
            assert!(actor(Some(bad), &open).is_err(), "{bad:?}");
        }
    }
}
