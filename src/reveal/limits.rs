//! The reveal budget of a case: at most so many tokens per case id, over the
//! case id's whole life (default [`DEFAULT_CASE_BUDGET`], set by the
//! operator's [`super::policy`]), and a case id belongs to whoever used it
//! first.
//!
//! Both are computed from the audit log itself: the owner is the actor of
//! the first entry naming the case id (in its one spelling, see
//! [`super::case`]), whatever wrote it (`veil reveal`, `veil subject`,
//! `veil serve`), and the budget used is the sum of `count` over every
//! `reveal` entry of the case id, whoever revealed. So the budget holds
//! across processes, restarts, engineers and names, closing or reopening a
//! case frees nothing, and nobody can reset it without breaking the log's
//! chain. A case id once used is never handed to another owner, so nobody
//! reads another engineer's trail by reusing the id.
//!
//! Each check verifies and scans the whole log (see the cost note in
//! [`super::audit`]): 0.3 s for 100k entries in a release build, fine for
//! a human-driven reveal. A check and the following append can race
//! another process; [`reveal_within_limit`] runs the check under the log's
//! append lock to close that gap.

use std::path::Path;
use std::time::SystemTime;

use super::audit::{self, Action, AuditError, AuditLog, Entry, NewEntry};
use crate::keys::SecretKey;

pub use super::policy::DEFAULT_CASE_BUDGET;

/// What a case id has used of its budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    /// Tokens revealed under the case id before this request.
    pub used: u64,
    /// Tokens still allowed after this request.
    pub remaining: u64,
}

/// Who owns a case id and what it revealed, from a verified log.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaseUse {
    /// The actor of the first entry naming the case id; `None` if unused.
    pub owner: Option<String>,
    /// Tokens revealed under it, by anyone.
    pub used: u64,
}

/// Why a reveal was refused by the budget, or could not be checked.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LimitError {
    /// The request would take the case over its budget.
    #[error(
        "case budget reached: {used} of {limit} tokens already revealed under this case id, {wanted} more would exceed it; the budget of a case id is never reset (open a new case, or ask the operator)"
    )]
    Exceeded {
        /// Tokens already revealed under the case id.
        used: u64,
        /// Tokens asked for.
        wanted: u64,
        /// The budget.
        limit: u64,
    },
    /// More tokens were asked for at once than a case may ever reveal.
    #[error(
        "{wanted} tokens asked for at once, but a case may reveal {limit} in all; split the excerpt across cases or ask the operator"
    )]
    TooMany {
        /// Tokens asked for.
        wanted: u64,
        /// The budget.
        limit: u64,
    },
    /// The case id was first used by someone else.
    #[error(
        "this case id belongs to another engineer (a case id is never reused by someone else); use a new one"
    )]
    NotOwner,
    /// The audit log could not be read or did not verify: fail closed.
    #[error(transparent)]
    Audit(#[from] AuditError),
}

/// The owner and tokens revealed of `case` (in its one spelling), from the
/// whole verified log. A missing log (and head) means the id is unused; a
/// log that does not verify refuses.
pub fn case_use(log_path: &Path, key: &SecretKey, case: &str) -> Result<CaseUse, AuditError> {
    let mut found = CaseUse::default();
    let scanned = audit::for_each_verified(log_path, key, |entry: &Entry| {
        let Some(id) = entry.case.as_deref() else {
            return;
        };
        if super::case::of_entry(id) != case {
            return;
        }
        if found.owner.is_none() {
            found.owner = Some(entry.actor.clone());
        }
        if entry.action == Action::Reveal {
            found.used = found.used.saturating_add(entry.count);
        }
    });
    match scanned {
        Ok(_) => Ok(found),
        Err(AuditError::Io { source, .. })
            if source.kind() == std::io::ErrorKind::NotFound && !head_exists(log_path) =>
        {
            Ok(CaseUse::default())
        }
        Err(e) => Err(e),
    }
}

/// Checks that `actor` may reveal `wanted` more tokens under `case` (in its
/// one spelling) within a budget of `limit` tokens for the case id's life.
pub fn check(
    log_path: &Path,
    key: &SecretKey,
    actor: &str,
    case: &str,
    wanted: u64,
    limit: u64,
) -> Result<Usage, LimitError> {
    if wanted > limit {
        return Err(LimitError::TooMany { wanted, limit });
    }
    let found = case_use(log_path, key, case)?;
    if found.owner.as_deref().is_some_and(|o| o != actor) {
        return Err(LimitError::NotOwner);
    }
    if found.used.saturating_add(wanted) > limit {
        return Err(LimitError::Exceeded {
            used: found.used,
            wanted,
            limit,
        });
    }
    Ok(Usage {
        used: found.used,
        remaining: limit - found.used - wanted,
    })
}

/// Appends a reveal entry if the case's owner and budget allow it, checking
/// under the log's append lock so that two processes cannot both pass the
/// check with the last few tokens. `entry.count` is what is asked for, and
/// `entry.case` must be a case id in its one spelling. On a refusal nothing
/// was written: append an [`Action::Refuse`] entry to record it, then show
/// nothing.
pub fn reveal_within_limit(
    log: &mut AuditLog,
    entry: NewEntry,
    limit: u64,
    now: SystemTime,
) -> Result<Entry, LimitError> {
    let wanted = entry.count;
    let actor = entry.actor.clone();
    let case = entry.case.clone().unwrap_or_default();
    log.append_guarded(entry, now, |path, key| {
        check(path, key, &actor, &case, wanted, limit).map(|_| ())
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
    use std::time::{Duration, UNIX_EPOCH};

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

    /// Issue 15 item 7: the budget belongs to the case id for its whole
    /// life, whoever reveals and however long ago.
    #[test]
    fn reveal_budget_sums_every_reveal_of_the_case_id_ever() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let mut log = AuditLog::open(&path, key()).unwrap();
        log.append_at(
            entry("alice", "INC-1", Action::Reveal, 100),
            at(T0 - 86_400 * 30),
        )
        .unwrap();
        log.append_at(entry("alice", "INC-1", Action::CaseClose, 0), at(T0 - 3000))
            .unwrap();
        log.append_at(
            entry("alice", "INC-1", Action::CaseOpen, 200),
            at(T0 - 2000),
        )
        .unwrap();
        log.append_at(entry("bob", "INC-1", Action::Reveal, 50), at(T0 - 600))
            .unwrap();
        log.append_at(entry("alice", "INC-2", Action::Reveal, 150), at(T0 - 60))
            .unwrap();
        log.append_at(entry("alice", "INC-1", Action::Refuse, 150), at(T0 - 60))
            .unwrap();
        // Written before ids were normalised: the same case.
        log.append_at(entry("alice", "inc-1", Action::Reveal, 10), at(T0 - 30))
            .unwrap();

        assert_eq!(
            case_use(&path, &key(), "INC-1").unwrap(),
            CaseUse {
                owner: Some("alice".into()),
                used: 160
            }
        );
        assert_eq!(
            check(&path, &key(), "alice", "INC-1", 40, 200).unwrap(),
            Usage {
                used: 160,
                remaining: 0
            }
        );
        let err = check(&path, &key(), "alice", "INC-1", 41, 200).unwrap_err();
        assert!(
            matches!(
                err,
                LimitError::Exceeded {
                    used: 160,
                    wanted: 41,
                    limit: 200
                }
            ),
            "{err}"
        );
        let msg = err.to_string();
        assert!(msg.contains("160 of 200"), "{msg}");
        assert!(!msg.contains("alice") && !msg.contains("INC-1"), "{msg}");
        // Another engineer may not use alice's case id at all.
        assert!(matches!(
            check(&path, &key(), "bob", "INC-1", 1, 200),
            Err(LimitError::NotOwner)
        ));
        // An unused id is free.
        assert_eq!(
            check(&path, &key(), "bob", "INC-3", 5, 200).unwrap().used,
            0
        );
    }

    #[test]
    fn too_many_at_once_and_empty_logs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        assert!(matches!(
            check(&path, &key(), "alice", "INC-1", 201, 200),
            Err(LimitError::TooMany {
                wanted: 201,
                limit: 200
            })
        ));
        assert_eq!(
            check(&path, &key(), "alice", "INC-1", 5, 200).unwrap(),
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
        // Deleting the log to reset the budget leaves its head behind.
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(
            check(&path, &key(), "alice", "INC-1", 20, 200),
            Err(LimitError::Audit(_))
        ));
        assert!(matches!(
            check(
                &path,
                &SecretKey::from_bytes([1; 32]),
                "alice",
                "INC-1",
                1,
                200
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
        assert!(matches!(
            reveal_within_limit(
                &mut log,
                entry("bob", "INC-1", Action::Reveal, 1),
                200,
                at(T0 + 1)
            ),
            Err(LimitError::NotOwner)
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
