//! `veil vault sync`: materialise the vault topic into the embedded store.
