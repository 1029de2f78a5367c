//! `veil serve`: the reveal service for support engineers, over HTTP(S).
//!
//! The contract is `docs/serve-api.md`; the operator's view is the README
//! ("Support engineer: veil serve", "Operator: accounts, roles and TLS").
//!
//! - [`config`] reads and checks `reveal.toml` (listen address, files,
//!   TLS, limits, roles).
//! - [`users`] is the users file of `veil users` (argon2id token hashes)
//!   and the user and role name rule ([`users::valid_name`]);
//!   `auth` authenticates bearer tokens with a verification cache and
//!   failed-login limits.
//! - `cases` derives support cases (open, pending approval, closed,
//!   expired; budget used) from the audit log, so they survive a restart.
//! - `audit_writer` is the one thread that writes the audit log,
//!   group-committing the entries of concurrent requests (one fsync per
//!   batch), each request awaiting its own durable confirmation.
//! - `worker` is the one thread that opens the vault for bursts of reveal
//!   requests and releases it between them for the pipeline's commits.
//! - `http` routes requests and holds the handlers; `tls` loads PEM
//!   certificates for rustls (ring provider).
//!
//! Limits: request bodies are bounded (413 before reading past the limit),
//! each request has a time-out, connections are bounded in all and per
//! client address (`conn`: a connection over either bound is closed at
//! once, so one address cannot stall the accept loop), request heads and
//! TLS handshakes have a [`HEADER_TIMEOUT`], and failed logins are limited
//! per claimed user name and per address per minute. `conn` also puts the
//! security headers on hyper's own 400/414/431 answers.

mod audit_writer;
mod auth;
mod cases;
pub mod config;
mod conn;
mod http;
pub mod tls;
pub mod users;
mod worker;

use std::collections::{HashMap, HashSet};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;

use crate::keys::{Keyring, SecretKey, label};
use crate::reveal::AuditLog;

pub use config::{Config, ConfigError};

/// How long a client may take to send a request's head (and, with TLS, to
/// finish the handshake), and how long an idle kept-alive connection stays
/// open. Short, because a connection that trickles its head holds a slot
/// meanwhile; a browser or curl sends a head in one packet.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(5);

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The config is not usable.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The keyring could not be loaded.
    #[error("keyring: {0}")]
    Keyring(String),
    /// The audit log could not be opened or read.
    #[error("audit log: {0}")]
    Audit(String),
    /// TLS could not be set up.
    #[error(transparent)]
    Tls(#[from] tls::TlsError),
    /// Binding or accepting failed, or a thread could not start.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Everything the handlers share.
pub(crate) struct State {
    config: Config,
    auth: auth::Auth,
    audit: audit_writer::AuditWriter,
    worker: worker::RevealWorker,
    cases: Arc<Mutex<cases::Cases>>,
    case_ops: tokio::sync::Mutex<()>,
    audit_path: PathBuf,
    audit_key: SecretKey,
    scopes: Mutex<HashMap<String, Arc<worker::Scope>>>,
}

impl State {
    /// user name → role name, from the users file as it is now.
    fn user_roles(&self) -> Arc<HashMap<String, String>> {
        self.auth.user_roles()
    }

    fn scope(&self, role: &config::Role) -> Arc<worker::Scope> {
        let mut scopes = match self.scopes.lock() {
            Ok(s) => s,
            Err(p) => p.into_inner(),
        };
        scopes
            .entry(role.name.clone())
            .or_insert_with(|| {
                Arc::new(worker::Scope {
                    role: role.name.clone(),
                    categories: role.categories.iter().cloned().collect::<HashSet<_>>(),
                    domains: role.domains.iter().cloned().collect::<HashSet<_>>(),
                    masked: role.display == config::Display::Masked,
                })
            })
            .clone()
    }
}

/// Checks the config, opens the audit log, replays the cases, binds, calls
/// `on_bound` with the address (useful with port 0), and serves until
/// `shutdown` completes. Runs on the caller's tokio runtime.
pub async fn serve<F, S>(config: Config, on_bound: F, shutdown: S) -> Result<(), ServeError>
where
    F: FnOnce(SocketAddr, bool),
    S: std::future::Future<Output = ()>,
{
    config.check()?;
    let keyring =
        Keyring::load(&config.keyring_path()).map_err(|e| ServeError::Keyring(e.to_string()))?;
    let audit_path = config.audit_path();
    let audit_key = keyring.derive(&label::audit());
    let log = AuditLog::open(&audit_path, audit_key.clone())
        .map_err(|e| ServeError::Audit(e.to_string()))?;
    let mut replayed = cases::Cases::default();
    match crate::reveal::audit::for_each_verified(&audit_path, &audit_key, |e| replayed.apply(e)) {
        Ok(_) => {}
        Err(e) => return Err(ServeError::Audit(e.to_string())),
    }
    let tls = match config.tls_paths() {
        Some((cert, key)) => Some(tokio_rustls::TlsAcceptor::from(tls::server_config(
            &cert, &key,
        )?)),
        None => None,
    };
    let addr = config
        .listen_addr()
        .map_err(|e| ServeError::Config(ConfigError::Invalid(vec![e])))?;
    let listener = TcpListener::bind(addr).await?;
    let worker = worker::RevealWorker::start(
        config.vault_path(),
        keyring,
        Duration::from_secs(config.vault_wait),
    )?;
    let cases = Arc::new(Mutex::new(replayed));
    // Other processes' entries (a `veil reveal` under one of these case
    // ids) count as soon as the server sees them.
    let mirror = cases.clone();
    let foreign: audit_writer::Foreign = Box::new(move |entries| {
        let mut cases = match mirror.lock() {
            Ok(c) => c,
            Err(p) => p.into_inner(),
        };
        for e in &entries {
            cases.apply(e);
        }
    });
    let state = Arc::new(State {
        auth: auth::Auth::new(config.users_path(), config.limits.login_failures_per_minute),
        audit: audit_writer::AuditWriter::start(log, foreign)?,
        worker,
        cases,
        case_ops: tokio::sync::Mutex::new(()),
        audit_path,
        audit_key,
        scopes: Mutex::new(HashMap::new()),
        config,
    });
    on_bound(listener.local_addr()?, tls.is_some());
    let slots = conn::Slots::new(
        state.config.limits.max_connections,
        state.config.limits.max_connections_per_address,
    );
    let timeout = Duration::from_secs(state.config.limits.request_timeout);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            _ = &mut shutdown => break,
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    continue;
                }
            },
        };
        let Some(slot) = slots.admit(peer.ip()) else {
            tracing::debug!("connection refused: too many open");
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let state = state.clone();
        let tls = tls.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let service = service_fn(move |req| {
                let state = state.clone();
                async move {
                    let resp =
                        match tokio::time::timeout(timeout, http::handle(state, req, peer.ip()))
                            .await
                        {
                            Ok(r) => r,
                            Err(_) => http::error_response(http::timed_out()),
                        };
                    Ok::<_, Infallible>(http::finish(resp))
                }
            });
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .keep_alive(true);
            let result = match tls {
                Some(acceptor) => {
                    match tokio::time::timeout(HEADER_TIMEOUT, acceptor.accept(stream)).await {
                        Ok(Ok(s)) => {
                            let io = TokioIo::new(conn::Guarded::new(s));
                            builder.serve_connection(io, service).await
                        }
                        _ => return,
                    }
                }
                None => {
                    let io = TokioIo::new(conn::Guarded::new(stream));
                    builder.serve_connection(io, service).await
                }
            };
            if let Err(e) = result {
                tracing::debug!(error = %e, "connection ended with an error");
            }
        });
    }
    // Leave the audit head naming the last entry, so that the next start
    // has no lag to repair.
    state.audit.sync_head().await;
    Ok(())
}
