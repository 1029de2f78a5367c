//! The reveal side: turning tokens back into originals for one support case,
//! and the audit trail that every such opening leaves.
//!
//! - [`audit`] is the append-only, hash-chained, keyed audit log, with its
//!   head file against truncation and [`audit::verify`] for `veil audit
//!   verify`.
//! - [`case`] checks case ids and gives each one spelling, for the CLI and
//!   the server alike.
//! - [`limits`] is a case id's owner and lifetime token budget, computed
//!   from the audit log so that it holds across processes.
//! - [`policy`] is the operator's reveal policy file (budget, `--as`).
//! - [`display`] escapes control characters before anything from a record
//!   or the audit log reaches a terminal or a text report.
//! - [`tokens`] finds veil tokens in pasted text and rebuilds the text with
//!   them replaced.
//! - [`mask`] shows an original partly, for `veil reveal --mask`.
//! - [`excerpt`] rebuilds a pasted excerpt with its tokens revealed or
//!   marked, once the audit entry is written.
//! - [`subject`] computes every pseudonym of one person's value, for access
//!   and erasure requests.
//!
//! The order a reveal follows: find the tokens, check the limit and append
//! the audit entry ([`limits::reveal_within_limit`] does both under the
//! log's lock), and only once that append returned `Ok` open the vault and
//! show the result.

pub mod audit;
pub mod case;
pub mod display;
pub mod excerpt;
pub mod limits;
pub mod mask;
pub mod policy;
pub mod subject;
pub mod tokens;

pub use audit::{Action, AuditError, AuditLog, Entry, NewEntry, VerifyReport};
pub use limits::LimitError;
