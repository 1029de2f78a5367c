//! Support cases, derived from the audit log.
//!
//! A case lives in the audit log and nowhere else: `case-open` (actor = the
//! owner, `reason`, `count` = the token budget), `case-approve` (actor = the
//! approver), `case-close`, and the `reveal` entries of the case, whose
//! `count`s are the budget used. At start the server replays the verified
//! log ([`Cases::replay`]); afterwards it updates its copy only after each
//! entry is durable. So cases, approvals and the budget used survive a
//! restart, and a `veil reveal` under the same case id counts against the
//! budget as well (from the next start on).
//!
//! A case's expiry is its opening time plus the `case_hours` of its owner's
//! role, and whether it needs approval is that role's `needs_approval`, both
//! as configured now: tightening a role applies to open cases. A case whose
//! owner or role no longer exists is treated as closed.
//!
//! A case id belongs to whoever used it first, in any entry (opening it
//! here, or a `veil reveal` or `veil subject` under it on the command
//! line), and to nobody else, ever: another user cannot open it, so nobody
//! reads another's trail by reusing an id. Its owner may open it again
//! after it was closed or expired, with a fresh expiry but the same budget
//! used: the budget belongs to the case id for its whole life. Ids are
//! compared in their one spelling ([`crate::reveal::case`]).

use std::collections::HashMap;

use serde::Serialize;

use super::config::Config;
use crate::reveal::audit::format_rfc3339;
use crate::reveal::{Action, Entry};

/// One case (the latest opening of its id).
#[derive(Clone, Debug)]
pub struct Case {
    /// The id.
    pub id: String,
    /// Why it was opened.
    pub reason: String,
    /// Who opened it.
    pub owner: String,
    /// Opened, seconds since the epoch.
    pub opened: u64,
    /// Tokens it may reveal.
    pub budget: u64,
    /// Tokens revealed so far.
    pub used: u64,
    /// Tokens of requests in flight (not yet durable in the audit log).
    pub reserved: u64,
    /// Who approved it, if anyone.
    pub approver: Option<String>,
    /// Whether it was closed.
    pub closed: bool,
}

/// A case's state at some time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Reveals allowed.
    Open,
    /// Waiting for a second user's approval.
    PendingApproval,
    /// Closed by its owner (or its owner or role is gone).
    Closed,
    /// Past its expiry.
    Expired,
}

impl State {
    /// The name in the API.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Open => "open",
            State::PendingApproval => "pending-approval",
            State::Closed => "closed",
            State::Expired => "expired",
        }
    }
}

/// A case as the API shows it.
#[derive(Debug, Serialize)]
pub struct CaseView {
    id: String,
    reason: String,
    owner: String,
    state: &'static str,
    opened: String,
    expires: String,
    budget: u64,
    used: u64,
    approver: Option<String>,
}

/// What the server needs to know about users and roles to judge a case.
pub trait Policy {
    /// `(case_hours, needs_approval)` of `owner`'s role, if the owner and
    /// role exist.
    fn owner_terms(&self, owner: &str) -> Option<(u64, bool)>;
}

impl Case {
    /// Expiry, seconds since the epoch (`None` if the owner's role is gone).
    pub fn expires(&self, policy: &dyn Policy) -> Option<u64> {
        policy
            .owner_terms(&self.owner)
            .map(|(hours, _)| self.opened.saturating_add(hours * 3600))
    }

    /// The state at `now`.
    pub fn state(&self, policy: &dyn Policy, now: u64) -> State {
        let Some((hours, needs_approval)) = policy.owner_terms(&self.owner) else {
            return State::Closed;
        };
        if self.closed {
            State::Closed
        } else if now >= self.opened.saturating_add(hours * 3600) {
            State::Expired
        } else if needs_approval && self.approver.is_none() {
            State::PendingApproval
        } else {
            State::Open
        }
    }

    /// Tokens left in the budget, counting requests in flight.
    pub fn left(&self) -> u64 {
        self.budget.saturating_sub(self.used + self.reserved)
    }

    /// The API form.
    pub fn view(&self, policy: &dyn Policy, now: u64) -> CaseView {
        CaseView {
            id: self.id.clone(),
            reason: self.reason.clone(),
            owner: self.owner.clone(),
            state: self.state(policy, now).as_str(),
            opened: format_rfc3339(self.opened).unwrap_or_default(),
            expires: self
                .expires(policy)
                .and_then(format_rfc3339)
                .unwrap_or_default(),
            budget: self.budget,
            used: self.used,
            approver: self.approver.clone(),
        }
    }
}

/// Every case, by id.
#[derive(Debug, Default)]
pub struct Cases {
    /// Ids opened here (their latest opening).
    by_id: HashMap<String, Case>,
    /// Every id the log names: its owner and the tokens revealed under it.
    ids: HashMap<String, IdUse>,
}

/// What the log says of one case id, however it was used.
#[derive(Debug)]
struct IdUse {
    /// The actor of the first entry naming it.
    owner: String,
    /// Tokens revealed under it, by anyone, ever.
    used: u64,
}

impl Cases {
    /// Applies one durable audit entry.
    pub fn apply(&mut self, entry: &Entry) {
        let Some(raw) = entry.case.as_deref() else {
            return;
        };
        let id = crate::reveal::case::of_entry(raw);
        let id = id.as_ref();
        let ids = self.ids.entry(id.to_owned()).or_insert_with(|| IdUse {
            owner: entry.actor.clone(),
            used: 0,
        });
        if entry.action == Action::Reveal {
            ids.used = ids.used.saturating_add(entry.count);
        }
        let (used, owner_matches) = (ids.used, ids.owner == entry.actor);
        match entry.action {
            // Another user's opening of an id is refused now; one in a log
            // written before that rule gives them nothing here.
            Action::CaseOpen if !owner_matches => {
                tracing::warn!(
                    seq = entry.seq,
                    "case opened under another owner's id; ignored"
                );
            }
            Action::CaseOpen => {
                let case = self.by_id.entry(id.to_owned()).or_insert_with(|| Case {
                    id: id.to_owned(),
                    reason: String::new(),
                    owner: entry.actor.clone(),
                    opened: 0,
                    budget: 0,
                    used,
                    reserved: 0,
                    approver: None,
                    closed: false,
                });
                // Reopened: a new reason, expiry and approval, the same
                // budget used.
                case.reason = entry.reason.clone();
                case.opened = entry.unix_time().unwrap_or(0);
                case.budget = entry.count;
                case.approver = None;
                case.closed = false;
            }
            Action::CaseApprove => {
                if let Some(c) = self.by_id.get_mut(id) {
                    c.approver = Some(entry.actor.clone());
                }
            }
            Action::CaseClose => {
                if let Some(c) = self.by_id.get_mut(id) {
                    c.closed = true;
                }
            }
            Action::Reveal => {
                if let Some(c) = self.by_id.get_mut(id) {
                    c.used = used;
                }
            }
            _ => {}
        }
    }

    /// Who owns case id `id` (in its one spelling): the actor of the first
    /// entry naming it; `None` if the log never named it.
    pub fn owner(&self, id: &str) -> Option<&str> {
        self.ids.get(id).map(|u| u.owner.as_str())
    }

    /// Replays a whole log's entries.
    #[cfg(test)]
    pub fn replay<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Cases {
        let mut cases = Cases::default();
        for e in entries {
            cases.apply(e);
        }
        cases
    }

    /// The case `id`.
    pub fn get(&self, id: &str) -> Option<&Case> {
        self.by_id.get(id)
    }

    /// The case `id`, to change.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Case> {
        self.by_id.get_mut(id)
    }

    /// Cases owned by `owner` that are open or pending approval at `now`.
    pub fn active_of<'a>(
        &'a self,
        owner: &'a str,
        policy: &'a dyn Policy,
        now: u64,
    ) -> impl Iterator<Item = &'a Case> + 'a {
        self.by_id.values().filter(move |c| {
            c.owner == owner && matches!(c.state(policy, now), State::Open | State::PendingApproval)
        })
    }
}

/// The policy of a config and its users: a user's role's terms.
pub struct ConfigPolicy<'a> {
    /// The config with the roles.
    pub config: &'a Config,
    /// user name → role name.
    pub roles: &'a HashMap<String, String>,
}

impl Policy for ConfigPolicy<'_> {
    fn owner_terms(&self, owner: &str) -> Option<(u64, bool)> {
        let role = self.config.role(self.roles.get(owner)?)?;
        Some((role.case_hours, role.needs_approval))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed(Option<(u64, bool)>);
    impl Policy for Fixed {
        fn owner_terms(&self, _: &str) -> Option<(u64, bool)> {
            self.0
        }
    }

    fn entry(action: Action, actor: &str, count: u64, time: &str) -> Entry {
        Entry {
            seq: 1,
            time: time.into(),
            actor: actor.into(),
            action,
            case: Some("SUP-1".into()),
            reason: "r".into(),
            tokens: vec![],
            count,
            prev: String::new(),
            mac: String::new(),
        }
    }

    #[test]
    fn replay_rebuilds_state_budget_and_expiry() {
        let log = [
            entry(Action::CaseOpen, "alice", 200, "2026-01-01T08:00:00Z"),
            entry(Action::Reveal, "alice", 13, "2026-01-01T08:10:00Z"),
            entry(Action::Refuse, "alice", 0, "2026-01-01T08:11:00Z"),
            entry(Action::Reveal, "alice", 2, "2026-01-01T08:12:00Z"),
        ];
        let cases = Cases::replay(&log);
        let c = cases.get("SUP-1").unwrap();
        assert_eq!((c.used, c.budget, c.left()), (15, 200, 185));
        let t0 = 1_767_254_400; // 2026-01-01T08:00:00Z
        assert_eq!(c.state(&Fixed(Some((8, false))), t0 + 3600), State::Open);
        assert_eq!(
            c.state(&Fixed(Some((8, false))), t0 + 8 * 3600),
            State::Expired
        );
        assert_eq!(c.state(&Fixed(Some((8, true))), t0), State::PendingApproval);
        assert_eq!(c.state(&Fixed(None), t0), State::Closed);
        let view = c.view(&Fixed(Some((8, false))), t0);
        assert_eq!(view.expires, "2026-01-01T16:00:00Z");
    }

    #[test]
    fn approval_close_and_reopen() {
        let mut cases = Cases::default();
        cases.apply(&entry(Action::CaseOpen, "alice", 5, "2026-01-01T08:00:00Z"));
        cases.apply(&entry(
            Action::CaseApprove,
            "bob",
            0,
            "2026-01-01T08:01:00Z",
        ));
        let t = 1_767_254_500;
        assert_eq!(
            cases
                .get("SUP-1")
                .unwrap()
                .state(&Fixed(Some((8, true))), t),
            State::Open
        );
        cases.apply(&entry(Action::Reveal, "alice", 5, "2026-01-01T08:02:00Z"));
        cases.apply(&entry(
            Action::CaseClose,
            "alice",
            0,
            "2026-01-01T08:03:00Z",
        ));
        assert_eq!(
            cases
                .get("SUP-1")
                .unwrap()
                .state(&Fixed(Some((8, true))), t),
            State::Closed
        );
        cases.apply(&entry(Action::CaseOpen, "alice", 5, "2026-01-01T08:04:00Z"));
        let c = cases.get("SUP-1").unwrap();
        assert_eq!((c.used, c.approver.clone()), (5, None));
        assert_eq!(
            c.state(&Fixed(Some((8, true))), t + 300),
            State::PendingApproval
        );
    }

    /// Issue 15 items 7 and 8: reopening never resets the budget used, and
    /// an id first used by someone else (here from the command line) is
    /// never theirs to open.
    #[test]
    fn reveal_budget_and_owner_belong_to_the_case_id_for_life() {
        let mut cases = Cases::default();
        cases.apply(&entry(Action::CaseOpen, "alice", 5, "2026-01-01T08:00:00Z"));
        cases.apply(&entry(Action::Reveal, "alice", 4, "2026-01-01T08:01:00Z"));
        cases.apply(&entry(
            Action::CaseClose,
            "alice",
            0,
            "2026-01-01T08:02:00Z",
        ));
        cases.apply(&entry(Action::CaseOpen, "alice", 5, "2026-01-01T08:03:00Z"));
        assert_eq!(cases.get("SUP-1").unwrap().left(), 1);
        // bob's opening (an older log's) gives him nothing.
        cases.apply(&entry(
            Action::CaseClose,
            "alice",
            0,
            "2026-01-01T08:04:00Z",
        ));
        cases.apply(&entry(Action::CaseOpen, "bob", 5, "2026-01-01T08:05:00Z"));
        let c = cases.get("SUP-1").unwrap();
        assert_eq!((c.owner.as_str(), c.closed, c.used), ("alice", true, 4));
        assert_eq!(cases.owner("SUP-1"), Some("alice"));
        // An id used only from the command line, and spelt in lower case.
        let mut cli = entry(Action::Reveal, "root", 2, "2026-01-01T09:00:00Z");
        cli.case = Some("tk-2".into());
        cases.apply(&cli);
        assert_eq!(cases.owner("TK-2"), Some("root"));
        assert!(cases.get("TK-2").is_none());
        let mut open = entry(Action::CaseOpen, "root", 10, "2026-01-01T09:01:00Z");
        open.case = Some("TK-2".into());
        cases.apply(&open);
        assert_eq!(cases.get("TK-2").unwrap().left(), 8);
    }
}
