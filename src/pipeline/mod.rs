//! The core engine and its drivers.
//!
//! [`engine`] is the synchronous, sans-IO core that every driver shares;
//! [`file`] drives it over files and stdin, [`kafka`] between Kafka topics;
//! [`quarantine`] seals what fails; [`metrics`] counts for `/metrics`.

mod cache;
pub mod engine;
pub mod file;
pub mod frame;
pub mod kafka;
pub mod metrics;
pub mod quarantine;

pub use engine::{By, Columns, Engine, Found, Outcome, RecordError, Stats, VaultItem, Worker};
