//! The reveal endpoint: each token of a case's text looked up, budgets and
//! refusals decided and audited, the answer as text and token segments.

use std::collections::{HashMap, HashSet};

use http::{Request, Response, StatusCode};
use hyper::body::Incoming;
use serde::{Deserialize, Serialize};

use super::case::{case_id, unknown_case};
use super::{
    ApiError, Body, audit, audit_failed, err, follow_log, internal, json, now, read_json, refusal,
};
use crate::reveal::tokens::{find_tokens, is_token};
use crate::reveal::{Action, NewEntry};
use crate::serve::State;
use crate::serve::cases::{ConfigPolicy, State as CaseState};
use crate::serve::config::Role;
use crate::serve::users::User;
use crate::serve::worker::Outcome;

/// One token's result in the API.
#[derive(Serialize, Clone)]
struct TokenResult {
    token: String,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Segment {
    Text { text: String },
    Token(TokenResult),
}

pub(super) async fn reveal(
    state: &State,
    user: &User,
    role: &Role,
    req: Request<Incoming>,
) -> Result<Response<Body>, ApiError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Ask {
        case: String,
        #[serde(default)]
        tokens: Option<Vec<String>>,
        #[serde(default)]
        text: Option<String>,
    }
    let ask: Ask = read_json(state, req).await?;
    let bad = |code, msg: &str| err(StatusCode::BAD_REQUEST, code, msg.to_owned());
    let tokens: Vec<String> = match (&ask.tokens, &ask.text) {
        (Some(list), None) => {
            if let Some(i) = list.iter().position(|t| !is_token(t)) {
                return Err(bad(
                    "not-a-token",
                    &format!("tokens[{i}] is not a veil token"),
                ));
            }
            let mut seen = HashSet::new();
            list.iter()
                .filter(|t| seen.insert(t.as_str()))
                .cloned()
                .collect()
        }
        (None, Some(text)) => crate::reveal::excerpt::distinct_tokens(text),
        _ => return Err(bad("bad-request", "send either tokens or text")),
    };
    if tokens.is_empty() {
        return Err(bad("no-tokens", "no veil token found"));
    }
    let case_id = &case_id(&ask.case)?;
    let roles = state.user_roles();
    let policy = ConfigPolicy {
        config: &state.config,
        roles: &roles,
    };
    let reason = {
        let cases = state.cases.lock().map_err(|_| internal())?;
        match cases.get(case_id) {
            None => None,
            Some(c) if c.owner == user.name && c.state(&policy, now()) == CaseState::Open => {
                Some(Ok(c.reason.clone()))
            }
            Some(_) => Some(Err(())),
        }
    };
    let reason = match reason {
        None => {
            audit(state, vec![refusal(user, case_id, "unknown case", tokens)]).await?;
            return Err(unknown_case());
        }
        Some(Err(())) => {
            audit(state, vec![refusal(user, case_id, "case not open", tokens)]).await?;
            return Err(err(
                StatusCode::FORBIDDEN,
                "case-not-open",
                "the case is closed, expired, waiting for approval, or not yours",
            ));
        }
        Some(Ok(r)) => r,
    };
    let scope = state.scope(role);
    let outcomes = state
        .worker
        .reveal(tokens.clone(), scope)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "reveal worker failed");
            internal()
        })?;
    let mut results: HashMap<&str, (TokenResult, Option<String>)> = HashMap::new();
    let (mut refused, mut in_scope) = (Vec::new(), Vec::new());
    let mut charge = 0u64;
    for (token, outcome) in tokens.iter().zip(outcomes) {
        let (status, value, why, category) = match outcome {
            Outcome::Revealed { category, value } => {
                charge += 1;
                ("revealed", Some(value.to_string()), None, Some(category))
            }
            Outcome::Refused(why) => ("refused", None, Some(why), None),
            Outcome::Erased => ("erased", None, None, None),
            Outcome::Expired => ("expired", None, None, None),
            Outcome::Unknown => ("unknown", None, None, None),
        };
        if status == "refused" {
            refused.push(token.clone());
        } else {
            in_scope.push(token.clone());
        }
        results.insert(
            token,
            (
                TokenResult {
                    token: token.clone(),
                    status,
                    value,
                    reason: why,
                },
                category,
            ),
        );
    }
    if in_scope.is_empty() {
        audit(
            state,
            vec![refusal(
                user,
                case_id,
                "every token is outside the role",
                refused,
            )],
        )
        .await?;
        return Err(err(
            StatusCode::FORBIDDEN,
            "all-refused",
            "every token is outside your role",
        ));
    }
    // Reserve the budget before the audit append, so that concurrent
    // requests of one case cannot overspend it together; count what other
    // processes revealed under this case first.
    follow_log(state).await?;
    let reserved = {
        let mut cases = state.cases.lock().map_err(|_| internal())?;
        let case = cases.get_mut(case_id).ok_or_else(unknown_case)?;
        if charge > case.left() {
            None
        } else {
            case.reserved += charge;
            Some(())
        }
    };
    if reserved.is_none() {
        audit(
            state,
            vec![refusal(user, case_id, "budget exceeded", tokens.clone())],
        )
        .await?;
        return Err(err(
            StatusCode::TOO_MANY_REQUESTS,
            "budget-exceeded",
            "this request would exceed the case's token budget",
        ));
    }
    let mut entries = vec![NewEntry {
        actor: user.name.clone(),
        action: Action::Reveal,
        case: Some(case_id.to_owned()),
        reason,
        tokens: in_scope,
        count: charge,
    }];
    if !refused.is_empty() {
        entries.push(refusal(
            user,
            case_id,
            "category or domain outside the role",
            refused,
        ));
    }
    let appended = state.audit.append(entries).await;
    let budget_left = {
        let mut cases = state.cases.lock().map_err(|_| internal())?;
        let case = cases.get_mut(case_id).ok_or_else(internal)?;
        case.reserved = case.reserved.saturating_sub(charge);
        if let Ok(written) = &appended {
            for e in written {
                cases.apply(e);
            }
        }
        cases.get(case_id).map_or(0, |c| c.left())
    };
    if let Err(e) = appended {
        tracing::error!(error = %e, "audit append failed");
        return Err(audit_failed());
    }
    let ordered: Vec<TokenResult> = tokens
        .iter()
        .filter_map(|t| results.get(t.as_str()).map(|(r, _)| r.clone()))
        .collect();
    let segments = ask.text.as_deref().map(|text| segments(text, &results));
    #[derive(Serialize)]
    struct Answer<'a> {
        case: &'a str,
        budget_left: u64,
        results: Vec<TokenResult>,
        #[serde(skip_serializing_if = "Option::is_none")]
        segments: Option<Vec<Segment>>,
    }
    Ok(json(
        StatusCode::OK,
        &Answer {
            case: case_id,
            budget_left,
            results: ordered,
            segments,
        },
    ))
}

/// The excerpt cut into text and tokens, in order. As in `veil reveal`, a
/// revealed e-mail token stands with its domain (`em_…@example.se`): the
/// segment covers both and its value is the whole address.
fn segments(text: &str, results: &HashMap<&str, (TokenResult, Option<String>)>) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in find_tokens(text) {
        if r.start < at {
            continue;
        }
        let token = &text[r.clone()];
        let Some((result, category)) = results.get(token) else {
            continue;
        };
        if r.start > at {
            out.push(Segment::Text {
                text: text[at..r.start].to_owned(),
            });
        }
        let mut end = r.end;
        if result.status == "revealed"
            && category.as_deref() == Some("email")
            && text.as_bytes().get(end) == Some(&b'@')
        {
            end += 1 + text[end + 1..]
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
                .count();
        }
        out.push(Segment::Token(result.clone()));
        at = end;
    }
    if at < text.len() {
        out.push(Segment::Text {
            text: text[at..].to_owned(),
        });
    }
    out
}
