//! The core engine and its drivers.
//!
//! [`engine`] is the synchronous, sans-IO core that every driver shares;
//! [`file`] drives it over files and stdin; [`quarantine`] seals what fails.

pub mod engine;
pub mod file;
pub mod quarantine;

pub use engine::{Engine, Found, Outcome, RecordError, Stats, VaultItem, Worker};
