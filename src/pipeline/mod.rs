//! The core engine and its drivers.
