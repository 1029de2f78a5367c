//! `reveal.toml`: what `veil serve` listens on, which files it uses, and the
//! roles its users have.
//!
//! ```toml
//! listen = "127.0.0.1:8080"
//! keyring = "/etc/veil/reveal.keyring"
//! users = "/etc/veil/users.toml"
//!
//! [[role]]
//! name = "support"
//! categories = ["phone", "username", "email"]
//! display = "masked"
//! ```
//!
//! Relative paths are relative to the directory of the config file.
//! [`Config::check`] reports every problem at once, for
//! `veil serve --config reveal.toml --check`.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::users::{UsersFile, valid_name};

/// The whole config file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Address and port to listen on. Default `127.0.0.1:8080`: only this
    /// host can connect until the operator decides otherwise.
    #[serde(default = "default_listen")]
    pub listen: String,
    /// Allow listening on a non-loopback address without TLS. Default
    /// false: bearer tokens and originals would cross the network in clear.
    #[serde(default)]
    pub allow_plaintext: bool,
    /// The full keyring (with the reveal secret). Required: there is no
    /// default key.
    pub keyring: PathBuf,
    /// The vault. Default: `<keyring>.vault`, as for `veil reveal`.
    #[serde(default)]
    pub vault: Option<PathBuf>,
    /// The audit log. Default: `<keyring>.audit.jsonl`, as for `veil reveal`,
    /// so `veil audit verify` checks one chain for both.
    #[serde(default)]
    pub audit: Option<PathBuf>,
    /// The users file written by `veil users`. Default: `users.toml` beside
    /// this config file.
    #[serde(default)]
    pub users: Option<PathBuf>,
    /// Seconds to wait for the vault while another process (a pipeline's
    /// commit, `veil vault sync`) holds it. Default 10.
    #[serde(default = "default_vault_wait")]
    pub vault_wait: u64,
    /// TLS certificate and key; without them the server speaks plain HTTP.
    #[serde(default)]
    pub tls: Option<Tls>,
    /// Request and login limits.
    #[serde(default)]
    pub limits: Limits,
    /// The roles users can have (`[[role]]` tables). At least one.
    #[serde(default, rename = "role")]
    pub roles: Vec<Role>,
    /// Where the file was read from; relative paths resolve against its
    /// directory.
    #[serde(skip)]
    pub base: PathBuf,
}

/// TLS with a PEM certificate chain and private key.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tls {
    /// PEM file with the certificate chain, leaf first.
    pub cert: PathBuf,
    /// PEM file with the private key (PKCS#8, PKCS#1 or SEC1).
    pub key: PathBuf,
}

/// Request and login limits.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// Largest request body in bytes. Default 64 KiB: a pasted excerpt of a
    /// few hundred log lines, not a bulk export.
    #[serde(default = "default_max_body")]
    pub max_body: usize,
    /// Failed logins per minute for one user name (tokens that name an
    /// existing user), and from one address (tokens that name nobody),
    /// before further attempts of that kind are refused with 429; an
    /// address may fail ten times as often in all, against one address
    /// trying many names. So wrong tokens naming alice lock out alice's
    /// name, not bob's token from the same address. Default 10.
    #[serde(default = "default_login_failures")]
    pub login_failures_per_minute: u32,
    /// Connections open at once; one more is closed as soon as it is
    /// accepted. Default 256.
    #[serde(default = "default_max_connections")]
    pub max_connections: usize,
    /// Connections open at once from one client address; one more is
    /// closed as soon as it is accepted, so a single address cannot hold
    /// every slot (300 connections trickling their heads once made
    /// `/healthz` wait 9 s). Default 32: a browser opens about six. Raise it
    /// when many engineers share one address (a NAT or a proxy).
    #[serde(default = "default_max_connections_per_address")]
    pub max_connections_per_address: usize,
    /// Seconds a request may take, from its first byte to its response.
    /// Default 30.
    #[serde(default = "default_request_timeout")]
    pub request_timeout: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_body: default_max_body(),
            login_failures_per_minute: default_login_failures(),
            max_connections: default_max_connections(),
            max_connections_per_address: default_max_connections_per_address(),
            request_timeout: default_request_timeout(),
        }
    }
}

/// How a role sees originals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Display {
    /// The whole original.
    #[default]
    Plain,
    /// A partial form (the last digits of a phone number, ...), as
    /// `veil reveal --mask` shows it.
    Masked,
}

impl Display {
    /// `plain` or `masked`.
    pub fn as_str(self) -> &'static str {
        match self {
            Display::Plain => "plain",
            Display::Masked => "masked",
        }
    }
}

/// What the users of one role may do.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The role's name, as given to `veil users add --role`.
    pub name: String,
    /// Vault categories this role may reveal (`phone`, `username`, `email`,
    /// `personnummer`, `ipv4`, ... as the rule packs name them). Tokens of
    /// any other category stay tokens and are reported as refused.
    #[serde(default)]
    pub categories: Vec<String>,
    /// Pseudonymisation domains whose tokens this role may reveal. Default
    /// `["siem"]`: a token made for another recipient is refused.
    #[serde(default = "default_domains")]
    pub domains: Vec<String>,
    /// Plain or masked originals. Default plain.
    #[serde(default)]
    pub display: Display,
    /// Whether users of this role may open cases. Default true.
    #[serde(default = "yes")]
    pub may_open_cases: bool,
    /// Whether a case this role opens needs a second user's approval
    /// before anything is revealed. Default false.
    #[serde(default)]
    pub needs_approval: bool,
    /// Whether users of this role may approve other users' cases. Default
    /// false.
    #[serde(default)]
    pub may_approve: bool,
    /// Whether users of this role may read any case's audit trail (owners
    /// always read their own). Default false.
    #[serde(default)]
    pub audit: bool,
    /// Hours a case stays open. Default 8: one working day.
    #[serde(default = "default_case_hours")]
    pub case_hours: u64,
    /// Tokens a case may reveal in all. Default 200.
    #[serde(default = "default_budget")]
    pub budget: u64,
}

fn default_listen() -> String {
    "127.0.0.1:8080".to_owned()
}
fn default_vault_wait() -> u64 {
    10
}
fn default_max_body() -> usize {
    64 * 1024
}
fn default_login_failures() -> u32 {
    10
}
fn default_max_connections() -> usize {
    256
}
fn default_max_connections_per_address() -> usize {
    32
}
fn default_request_timeout() -> u64 {
    30
}
fn default_domains() -> Vec<String> {
    vec!["siem".to_owned()]
}
fn yes() -> bool {
    true
}
fn default_case_hours() -> u64 {
    8
}
fn default_budget() -> u64 {
    200
}

/// Why a config could not be read or used. Messages name fields and files,
/// never secrets.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not a valid config (TOML syntax, unknown or mistyped
    /// field), with line and column.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What toml reported.
        message: String,
    },
    /// One or more problems found by [`Config::check`].
    #[error("{}", .0.join("\n"))]
    Invalid(Vec<String>),
}

impl Config {
    /// Reads and parses `path` (not yet checked: see [`Config::check`]).
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let mut config = Config::parse(&text).map_err(|message| ConfigError::Parse {
            path: path.to_path_buf(),
            message,
        })?;
        config.base = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        Ok(config)
    }

    /// Parses config text; relative paths resolve against the current
    /// directory.
    pub fn parse(text: &str) -> Result<Config, String> {
        let mut config: Config = toml::from_str(text).map_err(|e| e.to_string())?;
        config.base = PathBuf::from(".");
        Ok(config)
    }

    fn resolve(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.base.join(p)
        }
    }

    /// The keyring's path.
    pub fn keyring_path(&self) -> PathBuf {
        self.resolve(&self.keyring)
    }

    /// The vault's path.
    pub fn vault_path(&self) -> PathBuf {
        match &self.vault {
            Some(p) => self.resolve(p),
            None => crate::vault::default_path(&self.keyring_path()),
        }
    }

    /// The audit log's path.
    pub fn audit_path(&self) -> PathBuf {
        match &self.audit {
            Some(p) => self.resolve(p),
            None => {
                let mut s = self.keyring_path().into_os_string();
                s.push(".audit.jsonl");
                PathBuf::from(s)
            }
        }
    }

    /// The users file's path.
    pub fn users_path(&self) -> PathBuf {
        match &self.users {
            Some(p) => self.resolve(p),
            None => self.base.join("users.toml"),
        }
    }

    /// The TLS certificate and key paths, if TLS is configured.
    pub fn tls_paths(&self) -> Option<(PathBuf, PathBuf)> {
        self.tls
            .as_ref()
            .map(|t| (self.resolve(&t.cert), self.resolve(&t.key)))
    }

    /// The role named `name`.
    pub fn role(&self, name: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.name == name)
    }

    /// The listen address, parsed.
    pub fn listen_addr(&self) -> Result<SocketAddr, String> {
        self.listen
            .parse()
            .map_err(|_| format!("listen: {:?} is not an address:port", self.listen))
    }

    /// Every problem with this config, at once: the listen address and its
    /// TLS, the files, the roles and the limits. Does not open the vault.
    pub fn check(&self) -> Result<(), ConfigError> {
        let mut errors = Vec::new();
        match self.listen_addr() {
            Ok(addr) => {
                if !addr.ip().is_loopback() && self.tls.is_none() && !self.allow_plaintext {
                    errors.push(format!(
                        "listen: {addr} is not a loopback address and [tls] is not set; \
                         configure tls, or set allow_plaintext = true to accept tokens and \
                         originals in clear"
                    ));
                }
            }
            Err(e) => errors.push(e),
        }
        let keyring = self.keyring_path();
        if let Err(e) = crate::keys::Keyring::load(&keyring) {
            // The error names the path already.
            errors.push(format!("keyring: {e}"));
        }
        if let Some((cert, key)) = self.tls_paths() {
            if let Err(e) = super::tls::server_config(&cert, &key) {
                errors.push(format!("tls: {e}"));
            }
        }
        let mut names = BTreeSet::new();
        if self.roles.is_empty() {
            errors.push("role: at least one [[role]] is needed".to_owned());
        }
        for (i, role) in self.roles.iter().enumerate() {
            let at = format!("role[{i}] {:?}", role.name);
            if !valid_name(&role.name) {
                errors.push(format!(
                    "{at}: name must be 1-32 characters of a-z, 0-9, '-', '.'"
                ));
            }
            if !names.insert(role.name.as_str()) {
                errors.push(format!("{at}: defined twice"));
            }
            if role.categories.is_empty() {
                errors.push(format!(
                    "{at}: categories is empty (the role could reveal nothing)"
                ));
            }
            for c in &role.categories {
                if c.is_empty()
                    || !c.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-'
                    })
                {
                    errors.push(format!("{at}: category {c:?} is not a category name"));
                }
            }
            if role.domains.is_empty() {
                errors.push(format!("{at}: domains is empty"));
            }
            if role.case_hours == 0 || role.case_hours > 24 * 31 {
                errors.push(format!("{at}: case_hours must be 1 to 744"));
            }
            if role.budget == 0 {
                errors.push(format!("{at}: budget must be at least 1"));
            }
            if role.needs_approval && !self.roles.iter().any(|r| r.may_approve) {
                errors.push(format!("{at}: needs_approval, but no role may_approve"));
            }
        }
        if self.limits.max_body < 1024 {
            errors.push("limits.max_body: at least 1024 bytes".to_owned());
        }
        if self.limits.login_failures_per_minute == 0 {
            errors.push("limits.login_failures_per_minute: at least 1".to_owned());
        }
        if self.limits.max_connections == 0 {
            errors.push("limits.max_connections: at least 1".to_owned());
        }
        if self.limits.max_connections_per_address == 0 {
            errors.push("limits.max_connections_per_address: at least 1".to_owned());
        }
        if self.limits.request_timeout == 0 {
            errors.push("limits.request_timeout: at least 1 second".to_owned());
        }
        let users = self.users_path();
        if users.exists() {
            match UsersFile::load(&users) {
                Ok(file) => {
                    for u in &file.users {
                        if self.role(&u.role).is_none() {
                            errors.push(format!(
                                "{}: user {:?} has role {:?}, which this config does not define",
                                users.display(),
                                u.name,
                                u.role
                            ));
                        }
                    }
                }
                Err(e) => errors.push(e.to_string()),
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ConfigError::Invalid(errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_documented_ones() {
        let c = Config::parse(
            "keyring = \"k\"\n[[role]]\nname = \"support\"\ncategories = [\"phone\"]\n",
        )
        .unwrap();
        assert_eq!(c.listen, "127.0.0.1:8080");
        assert_eq!(c.limits.max_body, 65536);
        assert_eq!(c.limits.login_failures_per_minute, 10);
        let r = &c.roles[0];
        assert_eq!((r.case_hours, r.budget), (8, 200));
        assert_eq!(r.display, Display::Plain);
        assert!(r.may_open_cases && !r.needs_approval && !r.may_approve && !r.audit);
        assert_eq!(r.domains, ["siem"]);
        assert_eq!(c.audit_path(), PathBuf::from("./k.audit.jsonl"));
        assert_eq!(c.vault_path(), PathBuf::from("./k.vault"));
    }

    #[test]
    fn unknown_fields_are_refused() {
        let e = Config::parse("keyring = \"k\"\nlisten_on = \"x\"\n").unwrap_err();
        assert!(e.contains("listen_on"), "{e}");
        let e =
            Config::parse("keyring = \"k\"\n[[role]]\nname = \"a\"\ncategory = []\n").unwrap_err();
        assert!(e.contains("category"), "{e}");
    }

    #[test]
    fn check_reports_every_problem_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let c = Config::load(&{
            let p = dir.path().join("reveal.toml");
            std::fs::write(
                &p,
                "listen = \"0.0.0.0:8443\"\nkeyring = \"missing\"\n[limits]\nmax_body = 10\n\
                 [[role]]\nname = \"Support\"\ncategories = []\ncase_hours = 0\nneeds_approval = true\n\
                 [[role]]\nname = \"Support\"\ncategories = [\"ph one\"]\nbudget = 0\n",
            )
            .unwrap();
            p
        })
        .unwrap();
        let Err(ConfigError::Invalid(errors)) = c.check() else {
            panic!("expected errors")
        };
        let all = errors.join("\n");
        for want in [
            "not a loopback address",
            "keyring:",
            "name must be",
            "defined twice",
            "categories is empty",
            "\"ph one\" is not a category",
            "case_hours",
            "budget must",
            "no role may_approve",
            "max_body",
        ] {
            assert!(all.contains(want), "missing {want:?} in\n{all}");
        }
    }
}
