//! `veil quarantine replay --config`: quarantined records, again.
