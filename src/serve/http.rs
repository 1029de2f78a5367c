//! Routing and handlers of the HTTP API (see `docs/serve-api.md`).
//!
//! Order inside a request: authenticate (before reading any body), read a
//! bounded JSON body, check the case, ask the reveal worker, decide budget
//! and refusals, append the audit entries and wait until they are durable,
//! and only then answer. Error bodies are built from fixed texts and names
//! (categories, roles, states): never a value, a token's original or the
//! submitted text.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use bytes_compat::Bytes;
use http::{Method, Request, Response, StatusCode, header};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use serde::{Deserialize, Serialize};

use super::State;
use super::auth::AuthFailure;
use super::cases::{ConfigPolicy, State as CaseState};
use super::users::User;
use super::worker::Outcome;
use crate::reveal::tokens::{find_tokens, is_token};
use crate::reveal::{Action, NewEntry};

/// hyper's body bytes.
mod bytes_compat {
    pub use hyper::body::Bytes;
}

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const INDEX_HTML: &str = include_str!("page/index.html");
const APP_JS: &str = include_str!("page/app.js");
const APP_CSS: &str = include_str!("page/app.css");

/// A response body.
pub type Body = Full<Bytes>;

/// An error answer: status, code and a fixed lower-case message.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

fn err(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
    ApiError {
        status,
        code,
        message: message.into(),
    }
}

fn internal() -> ApiError {
    err(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "the request could not be completed; nothing was revealed",
    )
}

/// The answer when a request took longer than its time-out.
pub fn timed_out() -> ApiError {
    err(
        StatusCode::SERVICE_UNAVAILABLE,
        "timeout",
        "the request took too long; nothing was revealed",
    )
}

fn audit_failed() -> ApiError {
    err(
        StatusCode::INTERNAL_SERVER_ERROR,
        "audit-failed",
        "the audit entry could not be written; nothing was revealed",
    )
}

/// The headers every response carries, hyper's own error answers included
/// (see `conn`).
pub const SECURITY_HEADERS: [(&str, &str); 4] = [
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("cache-control", "no-store"),
];

/// Adds the headers every response carries.
pub fn finish(mut resp: Response<Body>) -> Response<Body> {
    let h = resp.headers_mut();
    for (name, value) in SECURITY_HEADERS {
        h.insert(name, header::HeaderValue::from_static(value));
    }
    resp
}

fn respond(
    status: StatusCode,
    content_type: &'static str,
    body: impl Into<Bytes>,
) -> Response<Body> {
    let mut resp = Response::new(Full::new(body.into()));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static(content_type),
    );
    resp
}

fn json<T: Serialize>(status: StatusCode, value: &T) -> Response<Body> {
    match serde_json::to_vec(value) {
        Ok(body) => respond(status, "application/json", body),
        Err(_) => error_response(internal()),
    }
}

/// The JSON error answer.
pub fn error_response(e: ApiError) -> Response<Body> {
    #[derive(Serialize)]
    struct E<'a> {
        error: &'a str,
        message: &'a str,
    }
    let body = serde_json::to_vec(&E {
        error: e.code,
        message: &e.message,
    })
    .unwrap_or_default();
    let mut resp = respond(e.status, "application/json", body);
    if e.status == StatusCode::UNAUTHORIZED {
        resp.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            header::HeaderValue::from_static("Bearer"),
        );
    }
    resp
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Serves one request.
pub async fn handle(state: Arc<State>, req: Request<Incoming>, peer: IpAddr) -> Response<Body> {
    // RFC 9112 section 6.1: a request with both Transfer-Encoding and
    // Content-Length is how requests are smuggled past a proxy that reads
    // the other one. hyper drops the Content-Length before the service sees
    // the request, so every Transfer-Encoding is refused (the API's bodies
    // are small JSON, sent with Content-Length by browsers and curl), and
    // the connection is closed rather than read further.
    if req.headers().contains_key(header::TRANSFER_ENCODING) {
        let mut resp = error_response(err(
            StatusCode::BAD_REQUEST,
            "transfer-encoding",
            "send the body with Content-Length; Transfer-Encoding is not accepted",
        ));
        resp.headers_mut().insert(
            header::CONNECTION,
            header::HeaderValue::from_static("close"),
        );
        return resp;
    }
    let path = req.uri().path().to_owned();
    let method = req.method().clone();
    let page = |ct: &'static str, body: &'static str| respond(StatusCode::OK, ct, body);
    match (&method, path.as_str()) {
        (&Method::GET, "/") => return page("text/html; charset=utf-8", INDEX_HTML),
        (&Method::GET, "/app.js") => return page("text/javascript; charset=utf-8", APP_JS),
        (&Method::GET, "/app.css") => return page("text/css; charset=utf-8", APP_CSS),
        (&Method::GET, "/healthz") => return page("text/plain; charset=utf-8", "ok"),
        _ => {}
    }
    let user = match authenticate(&state, &req, peer).await {
        Ok(u) => u,
        Err(e) => return error_response(e),
    };
    match route(&state, &user, req, &method, &path).await {
        Ok(resp) => resp,
        Err(e) => error_response(e),
    }
}

async fn authenticate(
    state: &State,
    req: &Request<Incoming>,
    peer: IpAddr,
) -> Result<User, ApiError> {
    let header = req
        .headers()
        .get(header::AUTHORIZATION)
        .map(|h| h.as_bytes());
    match state.auth.authenticate(header, peer).await {
        Ok(u) => Ok(u),
        Err(AuthFailure::Missing) => Err(err(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "send Authorization: Bearer <token>",
        )),
        Err(AuthFailure::TooMany) => Err(err(
            StatusCode::TOO_MANY_REQUESTS,
            "too-many-failures",
            "too many failed logins; wait a minute",
        )),
        Err(AuthFailure::Unavailable) => Err(internal()),
        Err(AuthFailure::Wrong { actor }) => {
            let entry = NewEntry {
                actor,
                action: Action::LoginFailure,
                case: None,
                reason: format!("from {peer}"),
                tokens: Vec::new(),
                count: 0,
            };
            if state.audit.append(vec![entry]).await.is_err() {
                return Err(audit_failed());
            }
            Err(err(
                StatusCode::UNAUTHORIZED,
                "unauthenticated",
                "the token is wrong, or its user is disabled",
            ))
        }
    }
}

async fn route(
    state: &State,
    user: &User,
    req: Request<Incoming>,
    method: &Method,
    path: &str,
) -> Result<Response<Body>, ApiError> {
    let role = state.config.role(&user.role).ok_or_else(|| {
        err(
            StatusCode::FORBIDDEN,
            "no-role",
            "your role is not configured",
        )
    })?;
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match (method, parts.as_slice()) {
        (&Method::GET, ["me"]) => {
            #[derive(Serialize)]
            struct Me<'a> {
                user: &'a str,
                role: &'a str,
                categories: &'a [String],
                display: &'a str,
                may_open_cases: bool,
                may_approve: bool,
            }
            Ok(json(
                StatusCode::OK,
                &Me {
                    user: &user.name,
                    role: &role.name,
                    categories: &role.categories,
                    display: role.display.as_str(),
                    may_open_cases: role.may_open_cases,
                    may_approve: role.may_approve,
                },
            ))
        }
        (&Method::GET, ["cases"]) => {
            follow_log(state).await?;
            let roles = state.user_roles();
            let policy = ConfigPolicy {
                config: &state.config,
                roles: &roles,
            };
            let cases = state.cases.lock().map_err(|_| internal())?;
            let t = now();
            let mut list: Vec<_> = cases.active_of(&user.name, &policy, t).collect();
            list.sort_by(|a, b| b.opened.cmp(&a.opened).then(a.id.cmp(&b.id)));
            let views: Vec<_> = list.iter().map(|c| c.view(&policy, t)).collect();
            Ok(json(StatusCode::OK, &serde_json::json!({ "cases": views })))
        }
        (&Method::POST, ["cases"]) => open_case(state, user, role, req).await,
        (&Method::POST, ["cases", id, "approve"]) => approve_case(state, user, role, id).await,
        (&Method::POST, ["cases", id, "close"]) => close_case(state, user, id).await,
        (&Method::GET, ["cases", id, "audit"]) => case_audit(state, user, role, id).await,
        (&Method::POST, ["reveal"]) => reveal(state, user, role, req).await,
        (_, ["me"] | ["cases"] | ["reveal"] | ["cases", _, "approve" | "close" | "audit"]) => {
            Err(err(
                StatusCode::METHOD_NOT_ALLOWED,
                "method-not-allowed",
                "method not allowed here",
            ))
        }
        _ => Err(err(StatusCode::NOT_FOUND, "not-found", "no such endpoint")),
    }
}

/// Reads a JSON body of at most `limits.max_body` bytes.
async fn read_json<T: for<'de> Deserialize<'de>>(
    state: &State,
    req: Request<Incoming>,
) -> Result<T, ApiError> {
    let max = state.config.limits.max_body;
    let too_large = || {
        err(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body-too-large",
            format!("the body is larger than {max} bytes"),
        )
    };
    let is_json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(err(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "not-json",
            "send Content-Type: application/json",
        ));
    }
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > max as u64) {
        return Err(too_large());
    }
    let bytes = Limited::new(req.into_body(), max)
        .collect()
        .await
        .map_err(|e| {
            if e.is::<http_body_util::LengthLimitError>() {
                too_large()
            } else {
                err(
                    StatusCode::BAD_REQUEST,
                    "bad-body",
                    "the body could not be read",
                )
            }
        })?
        .to_bytes();
    serde_json::from_slice(&bytes).map_err(|_| {
        err(
            StatusCode::BAD_REQUEST,
            "malformed-json",
            "the body is not JSON of the expected shape",
        )
    })
}

/// Brings the cases up to date with entries other processes appended to
/// the log (a `veil reveal` under one of these case ids), when the file has
/// grown: one `stat` otherwise.
async fn follow_log(state: &State) -> Result<(), ApiError> {
    if state.audit.behind() {
        state.audit.follow().await.map_err(|e| {
            tracing::error!(error = %e, "audit log could not be followed");
            internal()
        })?;
    }
    Ok(())
}

async fn audit(state: &State, entries: Vec<NewEntry>) -> Result<(), ApiError> {
    state.audit.append(entries).await.map(|_| ()).map_err(|e| {
        tracing::error!(error = %e, "audit append failed");
        audit_failed()
    })
}

fn refusal(user: &User, case: &str, reason: &str, tokens: Vec<String>) -> NewEntry {
    NewEntry {
        actor: user.name.clone(),
        action: Action::Refuse,
        case: Some(case.to_owned()),
        reason: reason.to_owned(),
        tokens,
        count: 0,
    }
}

async fn open_case(
    state: &State,
    user: &User,
    role: &super::config::Role,
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

fn unknown_case() -> ApiError {
    err(StatusCode::NOT_FOUND, "unknown-case", "no such case")
}

/// A case id from a path or body in its one spelling; an invalid one names
/// no case.
fn case_id(raw: &str) -> Result<String, ApiError> {
    crate::reveal::case::normalise(raw).map_err(|_| unknown_case())
}

async fn approve_case(
    state: &State,
    user: &User,
    role: &super::config::Role,
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

async fn close_case(state: &State, user: &User, id: &str) -> Result<Response<Body>, ApiError> {
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

async fn case_audit(
    state: &State,
    user: &User,
    role: &super::config::Role,
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

async fn reveal(
    state: &State,
    user: &User,
    role: &super::config::Role,
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
