//! Key-aware detection: a structured field's name is evidence of what its
//! value is.
//!
//! One vocabulary ([`VOCABULARY`]) maps normalised key names to a
//! [`KeyClass`], for every structured format: JSON paths at any depth, kv
//! keys, CEF extension keys and `csNLabel` names, RFC 5424 SD-PARAM names and
//! LEEF keys. A key is normalised before lookup: the last path segment
//! (`a.b[].c`, `a[b][c]`, `sd.ID.PARAM`, `LEEF:...|key`), split into words at
//! `_`, `-`, spaces and camelCase humps, lower-cased and joined
//! (`userName`, `user_name`, `USER-NAME` are all `username`). The parent
//! segment qualifies a bare word (`user.name` is `username`, `caller.name`
//! is `callername`), and the longest trailing run of words that the table
//! knows decides (`lastChangedBy` is `changedby`, `srcUserName` is
//! `username`).
//!
//! A key only says what a value *should* be: [`evidence`] checks the value
//! with the category's own validator (a `phone` key holding `unknown` or `0`
//! is not a phone) and says what to do. When the value is not a valid
//! instance, the free-text detectors still run over it.
//!
//! Some key words are ambiguous on their own (`name`, `id`, `number`,
//! `src`, `address`): they count only as the whole key, never as the last
//! word of a longer one (`hostname`, `port_number` and `street_address` are
//! not evidence), and the value's shape and checksum decide.
//!
//! One concern to a file: `access` (a generic token key in an
//! access-control event, [`access_badge`]), `classes` ([`KeyClass`]), `vocabulary`
//! ([`VOCABULARY`], the one table), `classify` (a key name to its class,
//! [`Memo`]), `evidence` (what a value under a key is, [`evidence`],
//! [`unkeyed`], [`listed`]), `accounts` (shared accounts, account parts,
//! [`bound_account`]), `siblings` (what an object's type sibling says,
//! identity-provider prefixes) and `parties` (what a flat call record's type
//! fields say of one of its parties).

mod access;
mod accounts;
mod classes;
mod classify;
mod evidence;
mod parties;
mod siblings;
#[cfg(test)]
mod tests;
mod vocabulary;

pub use access::{access_badge, access_event};
pub use accounts::{BoundAccount, account_parts, bound_account, not_an_account};
pub use classes::KeyClass;
pub use classify::{Memo, classify, names_contact, surname_key};
pub(crate) use classify::{account_compound, classify_word, letters_class};
pub use evidence::{Evidence, among_macs, evidence, listed, replaced, unkeyed};
pub(crate) use evidence::{bare_mac, component};
pub use parties::{messaging_party_number, number_party, says_service, sms_party_number};
pub use siblings::{
    Object, described, object_kind, own_name_key, plain_number_key, provider_account, service_name,
    service_type, type_key,
};
pub use vocabulary::VOCABULARY;
