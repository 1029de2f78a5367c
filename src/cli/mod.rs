//! The `veil` command line.
