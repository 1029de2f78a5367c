//! The case endpoints: open, approve and close a case, its events and its
//! audit entries.

use http::{Request, Response, StatusCode};
use hyper::body::Incoming;
use serde::Deserialize;

use super::{
    ApiError, Body, audit, audit_failed, err, follow_log, internal, json, now, read_json, refusal,
};
use crate::reveal::{Action, NewEntry};
use crate::serve::State;
use crate::serve::cases::{ConfigPolicy, State as CaseState};
use crate::serve::config::Role;
use crate::serve::users::User;

pub(super) async fn open_case(
    state: &State,
    user: &User,
    role: &Role,
    req: Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Open {
        id: String,
        reason: String,
    }
    let body: Open = read_json(state, req).await?;
    let Ok(id) = crate::reveal::case::normalise(&body.id) else {
        return Err(err(
            StatusCode::BAD_REQUEST,
            "bad-case-id",
            "a case id is 1-64 characters of A-Z a-z 0-9 . _ : - (letters compared without case)",
        ));
    };
    let reason = body.reason.trim();
    if reason.is_empty() || reason.len() > 1000 {
        return Err(err(
            StatusCode::BAD_REQUEST,
            "bad-reason",
            "a reason is 1-1000 characters",
        ));
    }
    if !role.may_open_cases {
        audit(
            state,
            vec![refusal(user, &id, "role may not open cases", vec![])],
        )
        .await?;
        return Err(err(
            StatusCode::FORBIDDEN,
            "forbidden",
            "your role may not open cases",
        ));
    }
    let _ops = state.case_ops.lock().await;
    let roles = state.user_roles();
    let policy = ConfigPolicy {
        config: &state.config,
        roles: &roles,
    };
    // Count what other processes wrote under this id first.
    follow_log(state).await?;
    {
        let cases = state.cases.lock().map_err(|_| internal())?;
        if cases.owner(&id).is_some_and(|o| o != user.name) {
            return Err(err(
                StatusCode::CONFLICT,
                "case-taken",
                "this case id was used by someone else; case ids are never reused",
            ));
        }
        if let Some(c) = cases.get(&id) {
            if matches!(
                c.state(&policy, now()),
                CaseState::Open | CaseState::PendingApproval
            ) {
                return Err(err(
                    StatusCode::CONFLICT,
                    "case-exists",
                    "a case with this id is open",
                ));
            }
        }
    }
    // The entry's count records the budget the case opens with.
    let entry = case_entry(user, &id, Action::CaseOpen, reason, role.budget);
    case_event(state, entry, StatusCode::CREATED, &policy).await
}

pub(super) fn unknown_case() -> ApiError {
    err(StatusCode::NOT_FOUND, "unknown-case", "no such case")
}

/// A case id from a path or body in its one spelling; an invalid one names
/// no case.
pub(super) fn case_id(raw: &str) -> Result<String, ApiError> {
    crate::reveal::case::normalise(raw).map_err(|_| unknown_case())
}

pub(super) async fn approve_case(
    state: &State,
    user: &User,
    role: &Role,
    id: &str,
) -> Result<Response<Body>, ApiError> {
    let id = &case_id(id)?;
    if !role.may_approve {
        audit(
            state,
            vec![refusal(user, id, "role may not approve cases", vec![])],
        )
        .await?;
        return Err(err(
            StatusCode::FORBIDDEN,
            "forbidden",
            "your role may not approve cases",
        ));
    }
    let _ops = state.case_ops.lock().await;
    let roles = state.user_roles();
    let policy = ConfigPolicy {
        config: &state.config,
        roles: &roles,
    };
    {
        let cases = state.cases.lock().map_err(|_| internal())?;
        let case = cases.get(id).ok_or_else(unknown_case)?;
        if case.owner == user.name {
            return Err(err(
                StatusCode::FORBIDDEN,
                "own-case",
                "a case is approved by someone other than its owner",
            ));
        }
        if case.state(&policy, now()) != CaseState::PendingApproval {
            return Err(err(
                StatusCode::CONFLICT,
                "not-pending",
                "the case is not waiting for approval",
            ));
        }
    }
    let entry = case_entry(user, id, Action::CaseApprove, "approved", 0);
    case_event(state, entry, StatusCode::OK, &policy).await
}

pub(super) async fn close_case(
    state: &State,
    user: &User,
    id: &str,
) -> Result<Response<Body>, ApiError> {
    let id = &case_id(id)?;
    let _ops = state.case_ops.lock().await;
    let roles = state.user_roles();
    let policy = ConfigPolicy {
        config: &state.config,
        roles: &roles,
    };
    {
        let cases = state.cases.lock().map_err(|_| internal())?;
        let case = cases.get(id).ok_or_else(unknown_case)?;
        if case.owner != user.name {
            return Err(err(
                StatusCode::FORBIDDEN,
                "not-owner",
                "only the case owner may close it",
            ));
        }
        if case.closed {
            return Err(err(
                StatusCode::CONFLICT,
                "case-closed",
                "the case is closed",
            ));
        }
    }
    let entry = case_entry(user, id, Action::CaseClose, "closed", 0);
    case_event(state, entry, StatusCode::OK, &policy).await
}

/// The audit entry of a change to case `id`'s state.
fn case_entry(user: &User, id: &str, action: Action, reason: &str, count: u64) -> NewEntry {
    NewEntry {
        actor: user.name.clone(),
        action,
        case: Some(id.to_owned()),
        reason: reason.to_owned(),
        tokens: Vec::new(),
        count,
    }
}

/// Audits a change of a case's state (opening, approval, closing), applies
/// it, and answers `status` with the case as it now is. The caller holds
/// `case_ops` and has checked the change is allowed.
async fn case_event(
    state: &State,
    entry: NewEntry,
    status: StatusCode,
    policy: &ConfigPolicy<'_>,
) -> Result<Response<Body>, ApiError> {
    let id = entry.case.clone().ok_or_else(internal)?;
    let written = state
        .audit
        .append(vec![entry])
        .await
        .map_err(|_| audit_failed())?;
    let mut cases = state.cases.lock().map_err(|_| internal())?;
    for e in &written {
        cases.apply(e);
    }
    let case = cases.get(&id).ok_or_else(internal)?;
    Ok(json(status, &case.view(policy, now())))
}

pub(super) async fn case_audit(
    state: &State,
    user: &User,
    role: &Role,
    id: &str,
) -> Result<Response<Body>, ApiError> {
    let id = &case_id(id)?;
    follow_log(state).await?;
    {
        // The trail of an id is its owner's, however the id was used.
        let cases = state.cases.lock().map_err(|_| internal())?;
        let owner = cases.owner(id).ok_or_else(unknown_case)?;
        if owner != user.name && !role.audit {
            return Err(err(
                StatusCode::FORBIDDEN,
                "forbidden",
                "only the case owner and auditors read its trail",
            ));
        }
    }
    let (path, key, id) = (
        state.audit_path.clone(),
        state.audit_key.clone(),
        id.to_owned(),
    );
    let entries = tokio::task::spawn_blocking(move || {
        crate::reveal::audit::entries_for_case(&path, &key, &id)
    })
    .await
    .map_err(|_| internal())?
    .map_err(|e| {
        tracing::error!(error = %e, "audit log could not be read");
        internal()
    })?;
    Ok(json(
        StatusCode::OK,
        &serde_json::json!({ "entries": entries }),
    ))
}
