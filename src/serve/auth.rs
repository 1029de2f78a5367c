//! Bearer-token authentication with a verification cache and failed-login
//! limits.
//!
//! Argon2id costs tens of milliseconds per check, on purpose. So a token is
//! verified once and remembered for [`CACHE_TTL`] under the SHA-256 of the
//! token (never the token itself), together with the user's hash at the
//! time. Every request still reads the user's current state: the users file
//! is re-read when its modification time, size or inode change (one `stat`
//! per request), and a cached token is accepted only while its user exists,
//! is enabled and has the same hash. Disabling a user therefore takes effect
//! at its next request. At most [`ARGON_SLOTS`] argon2 checks run at once
//! (each takes 19 MiB), on the blocking pool.
//!
//! Failed logins are counted per claimed user name (a token naming an
//! existing user) and per address (a token naming nobody), each limited to
//! the configured number in a minute from the first failure, and per address in all at
//! [`ADDRESS_FACTOR`] times that. Wrong tokens naming alice then lock out
//! alice's name for that minute, but not bob's valid token from the same
//! address; one address trying many names is still stopped.
//!
//! A refused token takes the same path whoever it names: an unknown user,
//! a disabled user and a malformed token are checked against a fixed hash
//! of the same cost ([`DUMMY_HASH`]) or the user's own, so that the time of
//! a refusal does not tell which user names exist.

use std::collections::HashMap;
use std::net::IpAddr;
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;

use super::users::{User, UsersFile, claimed_user, verify_token};

/// How long a verified token is remembered.
pub const CACHE_TTL: Duration = Duration::from_secs(300);
/// Argon2 checks at once.
pub const ARGON_SLOTS: usize = 2;
/// How many times the per-minute limit one address may fail in all,
/// whatever the tokens name.
pub const ADDRESS_FACTOR: u32 = 10;
/// Cached tokens at most; the cache is emptied when it grows past this.
const CACHE_MAX: usize = 10_000;
/// The argon2id hash (default parameters, as `veil users add` makes) of a
/// token nobody holds: refused tokens are verified against it when they
/// name no enabled user, to take as long as a wrong token of a real user.
pub const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$SClqFMKkRIPVaPlDH6KANw$PXzHGGM1lZ1xB3gJFMLg2fFR1A9PxHSoYNnRlrIe/SY";

/// Why a request was not authenticated.
#[derive(Debug)]
pub enum AuthFailure {
    /// No `Authorization: Bearer` header.
    Missing,
    /// Too many failures from this address or for this user this minute.
    TooMany,
    /// Wrong, unknown or disabled credentials; `actor` is the claimed user
    /// if it exists, else `unknown` (for the audit log).
    Wrong {
        /// Who to record.
        actor: String,
    },
    /// The users file could not be read: fail closed.
    Unavailable,
}

#[derive(Default)]
struct Loaded {
    stamp: Option<(SystemTime, u64, u64)>,
    users: HashMap<String, User>,
    /// user name → role name, rebuilt with `users`: every case decision
    /// reads it, so it is shared rather than rebuilt per request.
    roles: Arc<HashMap<String, String>>,
}

struct Cached {
    user: String,
    hash: String,
    at: Instant,
}

/// The authenticator: users file, verification cache, failure counts.
pub struct Auth {
    path: PathBuf,
    loaded: Mutex<Loaded>,
    cache: Mutex<HashMap<[u8; 32], Cached>>,
    slots: Arc<Semaphore>,
    /// Failures per key, counted in a window that opens at the key's first
    /// failure and lasts [`WINDOW`]: unlike calendar minutes, no burst can
    /// straddle a boundary to get twice the limit.
    failures: Mutex<HashMap<String, (Instant, u32)>>,
    per_minute: u32,
    /// argon2 checks run so far (tests show that every refusal runs one).
    checks: AtomicU64,
}

impl Auth {
    /// An authenticator for the users file at `path`, allowing
    /// `per_minute` failures per address and per user name.
    pub fn new(path: PathBuf, per_minute: u32) -> Auth {
        Auth {
            path,
            loaded: Mutex::new(Loaded::default()),
            cache: Mutex::new(HashMap::new()),
            slots: Arc::new(Semaphore::new(ARGON_SLOTS)),
            failures: Mutex::new(HashMap::new()),
            per_minute,
            checks: AtomicU64::new(0),
        }
    }

    /// The current state of `name`, re-reading the users file if it changed.
    fn current(&self, name: &str) -> Result<Option<User>, AuthFailure> {
        let meta = std::fs::metadata(&self.path).map_err(|_| AuthFailure::Unavailable)?;
        let stamp = (
            meta.modified().map_err(|_| AuthFailure::Unavailable)?,
            meta.len(),
            meta.ino(),
        );
        let mut loaded = self.loaded.lock().map_err(|_| AuthFailure::Unavailable)?;
        if loaded.stamp != Some(stamp) {
            let file = UsersFile::load(&self.path).map_err(|e| {
                tracing::error!(error = %e, "users file could not be read");
                AuthFailure::Unavailable
            })?;
            loaded.users = file
                .users
                .into_iter()
                .map(|u| (u.name.clone(), u))
                .collect();
            loaded.roles = Arc::new(
                loaded
                    .users
                    .values()
                    .map(|u| (u.name.clone(), u.role.clone()))
                    .collect(),
            );
            loaded.stamp = Some(stamp);
        }
        Ok(loaded.users.get(name).cloned())
    }

    /// Authenticates the `Authorization` header value of a request from
    /// `peer`, returning the user.
    pub async fn authenticate(
        &self,
        header: Option<&[u8]>,
        peer: IpAddr,
    ) -> Result<User, AuthFailure> {
        let token = header
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or(AuthFailure::Missing)?;
        let claimed = claimed_user(token);
        let now = Instant::now();
        let all = self.per_minute.saturating_mul(ADDRESS_FACTOR);
        if claimed.is_some_and(|u| self.over_limit(&format!("u:{u}"), now, self.per_minute))
            || self.over_limit(&format!("all:{peer}"), now, all)
        {
            return Err(AuthFailure::TooMany);
        }
        let user = match claimed {
            Some(name) => self.current(name)?,
            None => None,
        };
        if user.is_none() && self.over_limit(&format!("a:{peer}"), now, self.per_minute) {
            return Err(AuthFailure::TooMany);
        }
        let wrong = |user: &Option<User>| AuthFailure::Wrong {
            actor: user
                .as_ref()
                .map_or_else(|| "unknown".to_owned(), |u| u.name.clone()),
        };
        let now_secs = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(u64::MAX, |d| d.as_secs());
        let Some(found) = user.clone().filter(|u| !u.disabled && !u.expired(now_secs)) else {
            // Same cost as a wrong token of an enabled user; the result does
            // not matter.
            let hash = user.as_ref().map_or(DUMMY_HASH, |u| u.hash.as_str());
            let _ = self.verify(token, hash).await;
            self.fail(peer, user.as_ref().map(|u| u.name.as_str()), now);
            return Err(wrong(&user));
        };
        let digest: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        if let Ok(cache) = self.cache.lock() {
            if let Some(c) = cache.get(&digest) {
                if c.user == found.name && c.hash == found.hash && c.at.elapsed() < CACHE_TTL {
                    return Ok(found);
                }
            }
        }
        if !self.verify(token, &found.hash).await? {
            self.fail(peer, Some(&found.name), now);
            return Err(wrong(&Some(found)));
        }
        if let Ok(mut cache) = self.cache.lock() {
            if cache.len() >= CACHE_MAX {
                cache.clear();
            }
            cache.insert(
                digest,
                Cached {
                    user: found.name.clone(),
                    hash: found.hash.clone(),
                    at: Instant::now(),
                },
            );
        }
        Ok(found)
    }

    /// Runs one argon2 check on the blocking pool, within the slots.
    async fn verify(&self, token: &str, hash: &str) -> Result<bool, AuthFailure> {
        let permit = self
            .slots
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| AuthFailure::Unavailable)?;
        self.checks.fetch_add(1, Ordering::Relaxed);
        let (t, h) = (zeroize::Zeroizing::new(token.to_owned()), hash.to_owned());
        Ok(tokio::task::spawn_blocking(move || {
            let _permit = permit;
            verify_token(&t, &h)
        })
        .await
        .unwrap_or(false))
    }

    /// user name → role name, as of the last read of the users file.
    pub fn user_roles(&self) -> Arc<HashMap<String, String>> {
        self.loaded
            .lock()
            .map_or_else(|_| Arc::default(), |l| l.roles.clone())
    }

    fn over_limit(&self, key: &str, now: Instant, limit: u32) -> bool {
        self.failures.lock().map_or(true, |f| {
            f.get(key).is_some_and(|&(opened, n)| {
                now.saturating_duration_since(opened) < WINDOW && n >= limit
            })
        })
    }

    fn fail(&self, peer: IpAddr, user: Option<&str>, now: Instant) {
        let Ok(mut f) = self.failures.lock() else {
            return;
        };
        if f.len() > 100_000 {
            f.retain(|_, (opened, _)| now.saturating_duration_since(*opened) < WINDOW);
        }
        let mut bump = |key: String| {
            let e = f.entry(key).or_insert((now, 0));
            if now.saturating_duration_since(e.0) >= WINDOW {
                *e = (now, 0);
            }
            e.1 += 1;
        };
        bump(format!("all:{peer}"));
        match user {
            Some(u) => bump(format!("u:{u}")),
            None => bump(format!("a:{peer}")),
        }
    }
}

/// How long failures count against a key, from its first failure.
const WINDOW: Duration = Duration::from_secs(60);

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (tempfile::TempDir, PathBuf, String) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("users.toml");
        let mut file = UsersFile::default();
        let token = file.add("alice", "support", String::new()).unwrap();
        file.save(&path).unwrap();
        (dir, path, token.to_string())
    }

    fn bearer(t: &str) -> Vec<u8> {
        format!("Bearer {t}").into_bytes()
    }

    #[tokio::test]
    async fn a_cached_token_still_sees_a_disabled_user() {
        let (_dir, path, token) = setup();
        let auth = Auth::new(path.clone(), 10);
        let peer: IpAddr = "127.0.0.1".parse().unwrap();
        assert_eq!(
            auth.authenticate(Some(&bearer(&token)), peer)
                .await
                .unwrap()
                .name,
            "alice"
        );
        // Cached now; disabling must still refuse at once.
        let mut file = UsersFile::load(&path).unwrap();
        file.disable("alice").unwrap();
        file.save(&path).unwrap();
        match auth.authenticate(Some(&bearer(&token)), peer).await {
            Err(AuthFailure::Wrong { actor }) => assert_eq!(actor, "alice"),
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn an_expired_token_is_refused_even_when_cached() {
        let (_dir, path, token) = setup();
        let auth = Auth::new(path.clone(), 10);
        let peer: IpAddr = "127.0.0.5".parse().unwrap();
        let mut file = UsersFile::load(&path).unwrap();
        file.set_expires("alice", Some("2999-01-01T00:00:00Z".into()))
            .unwrap();
        file.save(&path).unwrap();
        assert!(auth.authenticate(Some(&bearer(&token)), peer).await.is_ok());
        for passed in ["2020-01-01T00:00:00Z", "not a time"] {
            let mut file = UsersFile::load(&path).unwrap();
            file.set_expires("alice", Some(passed.into())).unwrap();
            file.save(&path).unwrap();
            match auth.authenticate(Some(&bearer(&token)), peer).await {
                Err(AuthFailure::Wrong { actor }) => assert_eq!(actor, "alice"),
                other => panic!("{passed}: {other:?}"),
            }
        }
    }

    #[tokio::test]
    async fn every_refused_token_costs_one_argon2_check_whoever_it_names() {
        let (_dir, path, token) = setup();
        let mut file = UsersFile::load(&path).unwrap();
        file.add("bert", "support", String::new()).unwrap();
        file.disable("bert").unwrap();
        file.save(&path).unwrap();
        let auth = Auth::new(path, 100);
        let peer: IpAddr = "127.0.0.4".parse().unwrap();
        let secret = "b".repeat(52);
        for claimed in [
            format!("veil_alice_{secret}"),  // wrong token, real user
            format!("veil_nobody_{secret}"), // unknown user
            format!("veil_bert_{secret}"),   // disabled user
            "not-a-veil-token".to_owned(),   // malformed
        ] {
            let before = auth.checks.load(Ordering::Relaxed);
            assert!(matches!(
                auth.authenticate(Some(&bearer(&claimed)), peer).await,
                Err(AuthFailure::Wrong { .. })
            ));
            assert_eq!(auth.checks.load(Ordering::Relaxed), before + 1, "{claimed}");
        }
        // A cached good token runs none.
        auth.authenticate(Some(&bearer(&token)), peer)
            .await
            .unwrap();
        let before = auth.checks.load(Ordering::Relaxed);
        auth.authenticate(Some(&bearer(&token)), peer)
            .await
            .unwrap();
        assert_eq!(auth.checks.load(Ordering::Relaxed), before);
    }

    #[test]
    fn the_dummy_hash_costs_what_a_user_hash_costs() {
        use argon2::password_hash::PasswordHash;
        let user = super::super::users::hash_token("veil_x_y").unwrap();
        let params = |h: &str| {
            let parsed = PasswordHash::new(h).unwrap();
            (
                parsed.algorithm.to_string(),
                parsed.version,
                parsed.params.to_string(),
            )
        };
        assert_eq!(params(DUMMY_HASH), params(&user));
    }

    /// Issue 15 item 15: ten wrong tokens naming alice from one address
    /// lock out alice's name, not bob's valid token from that address.
    #[tokio::test]
    async fn login_limit_wrong_tokens_for_one_user_do_not_lock_out_another() {
        let (_dir, path, alice) = setup();
        let mut file = UsersFile::load(&path).unwrap();
        let bob = file
            .add("bob", "support", String::new())
            .unwrap()
            .to_string();
        file.save(&path).unwrap();
        let auth = Auth::new(path, 10);
        let peer: IpAddr = "127.0.0.6".parse().unwrap();
        let wrong = format!("veil_alice_{}", "b".repeat(52));
        for _ in 0..10 {
            assert!(matches!(
                auth.authenticate(Some(&bearer(&wrong)), peer).await,
                Err(AuthFailure::Wrong { .. })
            ));
        }
        assert!(matches!(
            auth.authenticate(Some(&bearer(&alice)), peer).await,
            Err(AuthFailure::TooMany)
        ));
        assert_eq!(
            auth.authenticate(Some(&bearer(&bob)), peer)
                .await
                .unwrap()
                .name,
            "bob"
        );
        // Tokens naming nobody are limited per address.
        let nobody = format!("veil_nobody_{}", "c".repeat(52));
        for _ in 0..10 {
            assert!(matches!(
                auth.authenticate(Some(&bearer(&nobody)), peer).await,
                Err(AuthFailure::Wrong { .. })
            ));
        }
        assert!(matches!(
            auth.authenticate(Some(&bearer("not-a-veil-token")), peer)
                .await,
            Err(AuthFailure::TooMany)
        ));
        assert!(auth.authenticate(Some(&bearer(&bob)), peer).await.is_ok());
    }

    #[tokio::test]
    async fn one_address_trying_many_names_is_stopped() {
        let (_dir, path, _) = setup();
        let mut file = UsersFile::load(&path).unwrap();
        let names: Vec<String> = (0..=ADDRESS_FACTOR).map(|i| format!("user{i}")).collect();
        for n in &names {
            file.add(n, "support", String::new()).unwrap();
        }
        file.save(&path).unwrap();
        let auth = Auth::new(path, 1);
        let peer: IpAddr = "127.0.0.7".parse().unwrap();
        let wrong = |name: &str| format!("veil_{name}_{}", "d".repeat(52));
        // One failure per name, each name fresh: the address's total stops
        // the last.
        for name in &names[..ADDRESS_FACTOR as usize] {
            assert!(matches!(
                auth.authenticate(Some(&bearer(&wrong(name))), peer).await,
                Err(AuthFailure::Wrong { .. })
            ));
        }
        assert!(matches!(
            auth.authenticate(Some(&bearer(&wrong(&names[ADDRESS_FACTOR as usize]))), peer)
                .await,
            Err(AuthFailure::TooMany)
        ));
    }

    #[tokio::test]
    async fn failures_are_limited_per_address_and_user() {
        let (_dir, path, token) = setup();
        let auth = Auth::new(path, 3);
        let peer: IpAddr = "127.0.0.2".parse().unwrap();
        assert!(matches!(
            auth.authenticate(None, peer).await,
            Err(AuthFailure::Missing)
        ));
        let wrong = format!("veil_alice_{}", "b".repeat(52));
        for _ in 0..3 {
            assert!(matches!(
                auth.authenticate(Some(&bearer(&wrong)), peer).await,
                Err(AuthFailure::Wrong { .. })
            ));
        }
        assert!(matches!(
            auth.authenticate(Some(&bearer(&wrong)), peer).await,
            Err(AuthFailure::TooMany)
        ));
        // The user is limited from another address too, even with the
        // right token, until the minute is over.
        let other: IpAddr = "127.0.0.3".parse().unwrap();
        assert!(matches!(
            auth.authenticate(Some(&bearer(&token)), other).await,
            Err(AuthFailure::TooMany)
        ));
        match auth
            .authenticate(
                Some(&bearer(&format!("veil_nobody_{}", "c".repeat(52)))),
                other,
            )
            .await
        {
            Err(AuthFailure::Wrong { actor }) => assert_eq!(actor, "unknown"),
            other => panic!("{other:?}"),
        }
    }
}
