//! The reveal rate limit: at most so many tokens per engineer, per case, per
//! hour (default [`DEFAULT_TOKENS_PER_HOUR`]).
//!
//! Usage is computed from the audit log itself: the sum of `count` over the
//! `reveal` entries of (actor, case) whose time lies within the hour before
//! `now`. So the limit holds across processes and restarts, and nobody can
//! reset it without breaking the log's chain. Entries stamped after `now`
//! (a clock stepped back) count too.
//!
//! Each check verifies and scans the whole log (see the cost note in
//! [`super::audit`]): 0.3 s for 100k entries in a release build, fine for
//! a human-driven reveal; rotate the log (start a new one, anchored as
//! described there) long before it reaches millions of entries. A check and the following append can race
//! another process; [`reveal_within_limit`] runs the check under the log's
//! append lock to close that gap.

use std::path::Path;
use std::time::{Duration, SystemTime};

use super::audit::{
    self, Action, AuditError, AuditLog, Entry, NewEntry, format_rfc3339, unix_secs,
};
use crate::keys::SecretKey;

/// Tokens one engineer may reveal for one case within [`WINDOW`], unless
/// configured otherwise: enough for a real support case (a few dozen log
/// lines), far too few to page through a customer base.
pub const DEFAULT_TOKENS_PER_HOUR: usize = 200;

/// The sliding window the limit applies to.
pub const WINDOW: Duration = Duration::from_secs(3600);

/// What an engineer has used of the limit for a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    /// Tokens revealed within the window before this request.
    pub used: usize,
    /// Tokens still allowed within the window after this request.
    pub remaining: usize,
}

/// Why a reveal was refused by the rate limit, or could not be checked.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LimitError {
    /// The request would take the engineer over the limit for this case.
    #[error(
        "reveal limit reached: {used} of {limit} tokens for this case already revealed by you in the last hour, {wanted} more would exceed it; enough frees up at {frees_at} (in {wait_minutes} min)"
    )]
    Exceeded {
        /// Tokens already revealed in the window.
        used: usize,
        /// Tokens asked for.
        wanted: usize,
        /// The limit.
        limit: usize,
        /// When enough of the window has expired, RFC 3339 UTC.
        frees_at: String,
        /// Minutes until then, rounded up.
        wait_minutes: u64,
    },
    /// More tokens were asked for at once than the limit allows per hour.
    #[error(
        "{wanted} tokens asked for at once, but the limit is {limit} per case per hour; split the request or ask for a higher limit"
    )]
    TooMany {
        /// Tokens asked for.
        wanted: usize,
        /// The limit.
        limit: usize,
    },
    /// The audit log could not be read or did not verify: fail closed.
    #[error(transparent)]
    Audit(#[from] AuditError),
}

/// Checks that `actor` may reveal `wanted` more tokens for `case` at `now`
/// under `limit` tokens per [`WINDOW`]. A missing log (and head) means
/// nothing was revealed yet; a log that does not verify refuses.
pub fn check(
    log_path: &Path,
    key: &SecretKey,
    actor: &str,
    case: &str,
    wanted: usize,
    limit: usize,
    now: SystemTime,
) -> Result<Usage, LimitError> {
    if wanted > limit {
        return Err(LimitError::TooMany { wanted, limit });
    }
    let now = unix_secs(now)?;
    let since = now.saturating_sub(WINDOW.as_secs());
    // (time, count) of the reveals that count, in log order.
    let mut recent: Vec<(u64, u64)> = Vec::new();
    let scanned = audit::for_each_verified(log_path, key, |entry: &Entry| {
        if entry.action != Action::Reveal
            || entry.actor != actor
            || entry.case.as_deref() != Some(case)
        {
            return;
        }
        // The log verified, so its times were written by veil; one it
        // cannot read would come from a newer format. Count it as now
        // rather than let it slip past the limit.
        match entry.unix_time() {
            Some(t) if t > since => recent.push((t, entry.count)),
            Some(_) => {}
            None => recent.push((now, entry.count)),
        }
    });
    match scanned {
        Ok(_) => {}
        Err(AuditError::Io { source, .. })
            if source.kind() == std::io::ErrorKind::NotFound && !head_exists(log_path) =>
        {
            return Ok(Usage {
                used: 0,
                remaining: limit - wanted,
            });
        }
        Err(e) => return Err(e.into()),
    }
    let used = recent
        .iter()
        .map(|&(_, c)| c)
        .fold(0u64, u64::saturating_add);
    let used = usize::try_from(used).unwrap_or(usize::MAX);
    if used.saturating_add(wanted) <= limit {
        return Ok(Usage {
            used,
            remaining: limit - used - wanted,
        });
    }
    // Entries leave the window oldest first; find when enough have left.
    recent.sort_unstable_by_key(|&(t, _)| t);
    let must_free = (used + wanted - limit) as u64;
    let mut freed = 0u64;
    let mut frees_at = now;
    for &(t, c) in &recent {
        freed = freed.saturating_add(c);
        if freed >= must_free {
            frees_at = t + WINDOW.as_secs();
            break;
        }
    }
    let wait = frees_at.saturating_sub(now);
    Err(LimitError::Exceeded {
        used,
        wanted,
        limit,
        frees_at: format_rfc3339(frees_at).unwrap_or_default(),
        wait_minutes: wait.div_ceil(60),
    })
}

/// Appends a reveal entry if the rate limit allows it, checking under the
/// log's append lock so that two processes cannot both pass the check with
/// the last few tokens. `entry.count` is what is asked for. On
/// [`LimitError::Exceeded`] nothing was written: append an
/// [`Action::Refuse`] entry to record the refusal, then show nothing.
pub fn reveal_within_limit(
    log: &mut AuditLog,
    entry: NewEntry,
    limit: usize,
    now: SystemTime,
) -> Result<Entry, LimitError> {
    let wanted = usize::try_from(entry.count).unwrap_or(usize::MAX);
    let actor = entry.actor.clone();
    let case = entry.case.clone().unwrap_or_default();
    log.append_guarded(entry, now, |path, key| {
        check(path, key, &actor, &case, wanted, limit, now).map(|_| ())
    })
}

fn head_exists(log_path: &Path) -> bool {
    let mut name = log_path.as_os_str().to_owned();
    name.push(".head");
    Path::new(&name).exists()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    const TOKEN: &str = "ph_abcdefghijklmnopqrstuvwx";
    const T0: u64 = 1_767_225_600;

    fn key() -> SecretKey {
        SecretKey::from_bytes([0x42; 32])
    }

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    fn entry(actor: &str, case: &str, action: Action, count: u64) -> NewEntry {
        NewEntry {
            actor: actor.into(),
            action,
            case: Some(case.into()),
            reason: "ticket".into(),
            tokens: vec![TOKEN.into()],
            count,
        }
    }

    #[test]
    fn sums_reveals_of_this_actor_and_case_within_the_hour() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let mut log = AuditLog::open(&path, key()).unwrap();
        log.append_at(entry("alice", "INC-1", Action::Reveal, 100), at(T0 - 3600))
            .unwrap(); // just outside the window at T0
        log.append_at(entry("alice", "INC-1", Action::Reveal, 50), at(T0 - 3000))
            .unwrap();
        log.append_at(entry("alice", "INC-1", Action::Reveal, 40), at(T0 - 600))
            .unwrap();
        log.append_at(entry("bob", "INC-1", Action::Reveal, 150), at(T0 - 60))
            .unwrap();
        log.append_at(entry("alice", "INC-2", Action::Reveal, 150), at(T0 - 60))
            .unwrap();
        log.append_at(entry("alice", "INC-1", Action::Refuse, 150), at(T0 - 60))
            .unwrap();

        let usage = check(&path, &key(), "alice", "INC-1", 110, 200, at(T0)).unwrap();
        assert_eq!(
            usage,
            Usage {
                used: 90,
                remaining: 0
            }
        );

        let err = check(&path, &key(), "alice", "INC-1", 111, 200, at(T0)).unwrap_err();
        match &err {
            LimitError::Exceeded {
                used: 90,
                wanted: 111,
                limit: 200,
                frees_at,
                wait_minutes: 10,
            } => assert_eq!(frees_at, "2026-01-01T00:10:00Z"),
            other => panic!("{other:?}"),
        }
        let msg = err.to_string();
        assert!(msg.contains("90 of 200"), "{msg}");
        assert!(msg.contains("in 10 min"), "{msg}");
        assert!(!msg.contains("alice") && !msg.contains("INC-1"), "{msg}");

        // Needing both entries to leave the window waits for the second.
        match check(&path, &key(), "alice", "INC-1", 200, 200, at(T0)).unwrap_err() {
            LimitError::Exceeded { wait_minutes, .. } => assert_eq!(wait_minutes, 50),
            other => panic!("{other:?}"),
        }
        // Once the window has moved on, everything is free again.
        let later = check(&path, &key(), "alice", "INC-1", 200, 200, at(T0 + 3000)).unwrap();
        assert_eq!(later.used, 0);
    }

    #[test]
    fn too_many_at_once_and_empty_logs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        assert!(matches!(
            check(&path, &key(), "alice", "INC-1", 201, 200, at(T0)),
            Err(LimitError::TooMany {
                wanted: 201,
                limit: 200
            })
        ));
        // No log yet: nothing used.
        assert_eq!(
            check(&path, &key(), "alice", "INC-1", 5, 200, at(T0)).unwrap(),
            Usage {
                used: 0,
                remaining: 195
            }
        );
    }

    #[test]
    fn a_log_that_does_not_verify_refuses() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let mut log = AuditLog::open(&path, key()).unwrap();
        log.append_at(entry("alice", "INC-1", Action::Reveal, 190), at(T0))
            .unwrap();
        // Deleting the log to reset the limit leaves its head behind.
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(
            check(&path, &key(), "alice", "INC-1", 20, 200, at(T0)),
            Err(LimitError::Audit(_))
        ));
        assert!(matches!(
            check(
                &path,
                &SecretKey::from_bytes([1; 32]),
                "alice",
                "INC-1",
                1,
                200,
                at(T0)
            ),
            Err(LimitError::Audit(_))
        ));
    }

    #[test]
    fn reveal_within_limit_appends_only_when_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let mut log = AuditLog::open(&path, key()).unwrap();
        let e = reveal_within_limit(
            &mut log,
            entry("alice", "INC-1", Action::Reveal, 150),
            200,
            at(T0),
        )
        .unwrap();
        assert_eq!(e.seq, 1);
        let refused = reveal_within_limit(
            &mut log,
            entry("alice", "INC-1", Action::Reveal, 60),
            200,
            at(T0 + 1),
        );
        assert!(matches!(
            refused,
            Err(LimitError::Exceeded { used: 150, .. })
        ));
        assert_eq!(audit::verify(&path, &key()).unwrap().entries, 1);
        reveal_within_limit(
            &mut log,
            entry("alice", "INC-1", Action::Reveal, 50),
            200,
            at(T0 + 2),
        )
        .unwrap();
        assert_eq!(audit::verify(&path, &key()).unwrap().entries, 2);
    }
}
