//! Routing and handlers of the HTTP API (see `docs/serve-api.md`).
//!
//! Order inside a request: authenticate (before reading any body), read a
//! bounded JSON body, check the case, ask the reveal worker, decide budget
//! and refusals, append the audit entries and wait until they are durable,
//! and only then answer. Error bodies are built from fixed texts and names
//! (categories, roles, states): never a value, a token's original or the
//! submitted text.
//!
//! One concern to a file: the case endpoints, opening, approving, closing
//! and a case's events and audit (`case`), and the reveal endpoint with its
//! answer of text and token segments (`reveal`). Answers, errors,
//! authentication, routing, bounded bodies and audit appends stay here.

mod case;
mod reveal;

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
use super::cases::ConfigPolicy;
use super::users::User;
use crate::reveal::{Action, NewEntry};
use case::{approve_case, case_audit, close_case, open_case};
use reveal::reveal;

/// hyper's body bytes.
mod bytes_compat {
    pub use hyper::body::Bytes;
}

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const INDEX_HTML: &str = include_str!("../page/index.html");
const APP_JS: &str = include_str!("../page/app.js");
const APP_CSS: &str = include_str!("../page/app.css");

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
