//! veil pseudonymises personal data in log lines and call records in transit,
//! between the exporters (syslog relays, PBXs, SIP proxies) and the SIEM.
//!
//! # Architecture
//!
//! Data flows one way, and every stage has a module named after it:
//!
//! ```text
//! source ─► frame ─► decode ──► detect ──► transform ─► encode ─► sink
//! file,     line     format::   detect::   ops::        format::   file,
//! stdin     per rec  syslog,    builtin +  pseudonym,   byte-exact stdout
//!                    csv, json, custom     ip-prefix,   splice
//!                    kv, cef    detectors  mask, ...
//!                                             │
//!                                             └─► pipeline::quarantine  sealed raw record + reason
//! ```
//!
//! - [`format`] splits a record into [`format::Field`]s with their raw byte
//!   ranges, and re-encodes a changed value with the field's own quoting.
//!   Bytes that no operator touches are copied through exactly.
//! - [`detect`] finds personal data in free text. Every detector validates what
//!   it matches (dates, Luhn, numbering plan), so checksum failures and version
//!   strings are left alone.
//! - [`ops`] holds one operator to a file: keyed pseudonyms (HMAC-SHA256),
//!   prefix-preserving IP encryption (ipcrypt-pfx), mask, redact, drop, keep.
//! - [`keys`] loads the keyring (there is no default key) and derives every
//!   sub-key with HKDF-SHA256 under a distinct label; the keyring file has a
//!   folder of its own (`keys/file/`, one concern to a file).
//! - [`private_file`] opens the files that hold keys or personal data
//!   (keyring, vault, shred-key file, audit log, quarantine) only if they
//!   are regular files of this user or root that nobody else may access.
//! - [`vault`] keeps the sealed originals of reversible pseudonyms (redb file,
//!   envelope keys for the reveal key pair, retention by key destruction).
//! - [`rules`] parses TOML rule packs, validates them (every error at once,
//!   with file and line) and compiles them into a [`pipeline::Engine`].
//! - [`reveal`] serves support cases: chained audit log (`reveal/audit/`, one
//!   concern to a file), rate limits, token finding, masks.
//! - [`pipeline`] is the synchronous, sans-IO core ([`pipeline::Engine`],
//!   [`pipeline::Worker`]) plus thin drivers: files and stdin, framed into
//!   records by [`pipeline::frame`] (lines, or CSV records whose quoted
//!   cells may hold line breaks, never more than the record limit held),
//!   and the sealed quarantine. The file driver (`pipeline/file/`) keeps
//!   its serial and parallel drivers, vault committer and record handling
//!   in one file each.
//! - [`config`] reads `veil.toml` for Kafka mode (`config/`: one function
//!   per section, unknown keys); [`pipeline::kafka`] is
//!   the Kafka driver (consumer group, worker pool, vault and quarantine
//!   topics, at-least-once or exactly-once).
//! - [`serve`] is `veil serve`: the reveal service over HTTP(S), with
//!   accounts, roles, cases, the same audit log and an embedded web page;
//!   its HTTP API (`serve/http/`) keeps the case and reveal endpoints in a
//!   file each.
//! - [`cli`] is the `veil` command line, one subcommand to a file.
//! - [`workload`] generates realistic synthetic records (`workload/`: the
//!   value models, the value spaces, one file of templates per format), and
//!   [`bench`] measures the core on them beside same-run baselines
//!   (`veil bench`).
//!
//! Nothing in this crate logs, prints or returns a record's value in an error:
//! errors carry positions, field names and reasons only.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// Library code returns errors instead of panicking, and only the CLI layer
// writes to the terminal.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::dbg_macro)]
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod bench;
#[allow(clippy::print_stdout, clippy::print_stderr)]
pub mod cli;
pub mod config;
pub mod detect;
pub mod format;
pub mod keys;
pub mod ops;
pub mod pipeline;
pub mod private_file;
pub mod reveal;
pub mod rules;
pub mod serve;
pub mod vault;
pub mod workload;
