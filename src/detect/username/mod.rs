//! Account names found by their context, and SIP URI user parts.
//!
//! A username has no shape of its own, so it is only taken where a log line
//! says it is one: `user=X` (and `ruser=`, `sasl_username=`, `"user": "X"`,
//! ...), `invalid user X`, `for user X`, `user X from`, `for X from <ip>`,
//! `for X [<ip>]`, `<auth method> for X`, `by X(uid=`, sudo's `X : TTY=`,
//! `authenticate as 'X'` and `DOMAIN\X`. Well-known system accounts (`root`,
//! `nobody`, ...) are not personal data and are left readable, as are words
//! that only sit where a name would (`user from`).
//!
//! One concern to a file: `words` (the word tables and [`WordSet`](words::WordSet)),
//! `shape` (what an account name looks like, where it ends), `keyword` (the
//! context words and the account each leads to), `key` (`key=value`),
//! `around` (before an address, after an outcome or a backslash) and
//! `endpoint` (channels, dial strings, SIP URIs).

mod agent;
mod around;
mod command;
mod credential;
mod dn;
mod endpoint;
mod handle;
mod key;
mod keyword;
mod principal;
mod role;
mod row;
mod shape;
#[cfg(test)]
mod tests;
mod words;

pub(crate) use around::{
    after_backslash, after_ip, after_name, before_at_db, before_at_host, before_at_ip, before_ip,
    before_mailbox, before_paren_ip, dovecot_user, ike_peer_after_ip,
};
pub(crate) use credential::{credential_for, utf8_for_word};
pub(crate) use endpoint::{badge_after_word, channel, dialled_phone, endpoint_kind, sip_user};
pub(crate) use handle::{admin_prefix, name_login_at};
pub(crate) use key::{key_follows, key_value};
pub(crate) use keyword::{
    Keyword, after_ip_clf, at_keyword, cron_user, keyword, may_be_keyword, user_web_dir,
    utf8_user_word,
};
pub(crate) use principal::{before_realm, kerberos_service};
pub(crate) use role::utf8_role_word;
pub(crate) use row::{after_timestamp, tacacs_acct_user};
pub(crate) use shape::{
    handle_shaped, hostname_like, plausible, service_like_under_key, uuid_shaped,
};
pub(crate) use words::NOT_NAMES;
