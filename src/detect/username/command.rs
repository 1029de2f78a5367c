//! The account an account tool's command line is run on: `passwd x`,
//! `usermod -aG wheel x`, `userdel -r x`, `chage -l x`, `smbpasswd -a x`,
//! as sudo logs the command it ran (`COMMAND=/usr/sbin/usermod -L x`),
//! as alerts quote it (Wazuh's `full_log`), and after `sudo`/`doas` in a
//! command.
//! The tools of shadow-utils, Samba and SSSD take the login as their last
//! operand; `gpasswd` takes it as the argument of `-a`/`-d`.

use super::keyword::cue;
use super::shape::{plausible, prev_word};
use crate::detect::util::at;

/// The login a command line names when the account tool `b[i..j]`
/// (`passwd`, `usermod`, `userdel`, `useradd`, `chage`, `chsh`, `chfn`,
/// `smbpasswd`, `pdbedit`, `sss_cache`, `gpasswd`) starts it: the tool is
/// written as a path (`/usr/bin/passwd`), as the value of a command field
/// (`COMMAND=passwd`), or after `sudo` or `doas`; its operands run to the
/// end of the command (the line, a quote, ` ; `). Options are stepped
/// over; the last operand is the login (for `gpasswd`, the one after
/// `-a`, `-d` or `-A`). A path, a number, an option or a quoted operand is
/// no login.
pub(super) fn tool_operand(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b' ' {
        return None;
    }
    let led = i > 0
        && (matches!(b[i - 1], b'/' | b'=')
            || matches!(prev_word(b, i), b"sudo" | b"doas" | b"exec"));
    if !led {
        return None;
    }
    let gpasswd = b[i..j].eq_ignore_ascii_case(b"gpasswd");
    let mut k = j;
    let mut last: Option<(usize, usize)> = None;
    let mut after_member_opt = false;
    let mut n = 0;
    while at(b, k) == b' ' && n < 12 {
        n += 1;
        k += 1;
        let s = k;
        while k < b.len() && !matches!(b[k], b' ' | b'"' | b';' | b'\n' | b'\r' | b'\t' | b'\\') {
            k += 1;
        }
        let w = &b[s..k];
        if w.is_empty() {
            break;
        }
        if gpasswd {
            if after_member_opt {
                last = Some((s, k));
                after_member_opt = false;
            } else {
                after_member_opt = matches!(w, b"-a" | b"-d" | b"-A" | b"--add" | b"--delete");
            }
            continue;
        }
        last = (w[0] != b'-').then_some((s, k));
    }
    // The command must end here: a quote, a field separator or the line's
    // end, not more prose.
    if !matches!(at(b, k), 0 | b'"' | b';' | b'\n' | b'\r' | b'\t' | b'\\') {
        return None;
    }
    let (s, e) = last?;
    let v = &b[s..e];
    let ok = v[0].is_ascii_alphabetic()
        && v.len() <= 64
        && v.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'@' | b'$'))
        && plausible(v)
        && !cue(v);
    ok.then_some((s, e))
}

/// The login of a group change that shadow-utils' `useradd`, `usermod`
/// and `userdel` log (`usermod[812]: add 'kberg' to group 'wheel'`, `add
/// 'kberg' to shadow group 'wheel'`, `userdel[90]: delete 'kberg' from
/// group 'docker'`): the quoted name after the verb `b[i..j]` (`add` or
/// `delete`, first in the message), before `to` or `from` a group.
pub(super) fn group_change(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    if at(b, j) != b' ' || at(b, j + 1) != b'\'' || (i > 0 && !matches!(b[i - 1], b' ' | b'"')) {
        return None;
    }
    let vs = j + 2;
    let n = b.get(vs..)?.iter().take(65).position(|&c| c == b'\'')?;
    let ve = vs + n;
    let rest = &b[ve + 1..];
    let grouped = [
        &b" to group '"[..],
        b" to shadow group '",
        b" from group '",
        b" from shadow group '",
    ]
    .iter()
    .any(|t| rest.starts_with(t));
    let v = &b[vs..ve];
    let ok = grouped
        && !v.is_empty()
        && v.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'-' | b'@' | b'$'))
        && plausible(v)
        && !cue(v);
    ok.then_some((vs, ve))
}
