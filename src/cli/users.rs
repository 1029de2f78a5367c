//! `veil users`: accounts of `veil serve`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::SystemTime;

use anyhow::Context;
use clap::{Args, Subcommand};

use crate::reveal::audit::format_rfc3339;
use crate::serve::Config;
use crate::serve::users::UsersFile;

#[derive(Debug, Subcommand)]
pub(super) enum UsersCommand {
    /// Add a user and print its token, once.
    #[command(
        after_help = "The token is printed once on stdout and stored only as an argon2id hash; \
give it to the user over a safe channel. The role must be a [[role]] of the config.

The token expires after --expires-in (default 90 days); add the user again under a new name,
or edit the users file's `expires`, to renew.

Examples:
  veil users add alice --role support --config /etc/veil/reveal.toml
  veil users add dpo --role auditor --expires-in 30d --config reveal.toml
  veil users add svc-siem --role support --expires-in never --config reveal.toml"
    )]
    Add {
        /// The user's login name (a-z, 0-9, '-', '.').
        name: String,
        /// The user's role.
        #[arg(long, value_name = "ROLE")]
        role: String,
        /// How long the token works: a number and h, d, w or y, or `never`.
        #[arg(long, value_name = "DURATION", default_value = "90d")]
        expires_in: String,
        #[command(flatten)]
        config: ConfigArg,
    },
    /// Disable a user: its token is refused from the server's next request.
    #[command(after_help = "Examples:
  veil users disable alice --config /etc/veil/reveal.toml")]
    Disable {
        /// The user's login name.
        name: String,
        #[command(flatten)]
        config: ConfigArg,
    },
    /// List users and roles (never hashes or tokens).
    #[command(after_help = "Examples:
  veil users list --config /etc/veil/reveal.toml")]
    List {
        #[command(flatten)]
        config: ConfigArg,
    },
}

#[derive(Debug, Args)]
pub(super) struct ConfigArg {
    /// The `veil serve` config naming the users file and the roles.
    #[arg(long, value_name = "PATH", env = "VEIL_REVEAL_CONFIG")]
    config: PathBuf,
}

pub(super) fn run(cmd: UsersCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        UsersCommand::Add {
            name,
            role,
            expires_in,
            config,
        } => {
            let lifetime = match expires_in.as_str() {
                "never" => None,
                d => Some(
                    crate::rules::compile::parse_retention(d)
                        .map_err(|e| anyhow::anyhow!("--expires-in: {e}"))?,
                ),
            };
            let config = Config::load(&config.config)?;
            if config.role(&role).is_none() {
                anyhow::bail!(
                    "no role {role:?} in the config (roles: {})",
                    config
                        .roles
                        .iter()
                        .map(|r| r.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            let path = config.users_path();
            let mut file = UsersFile::load(&path)?;
            let now = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .context("system clock")?
                .as_secs();
            let token = file.add(&name, &role, format_rfc3339(now).unwrap_or_default())?;
            let expires = lifetime.and_then(|l| format_rfc3339(now.saturating_add(l.as_secs())));
            file.set_expires(&name, expires.clone())?;
            file.save(&path)?;
            println!("{}", token.as_str());
            eprintln!(
                "veil: user {name} added with role {role}, expires {}; the token above is shown only now",
                expires.as_deref().unwrap_or("never")
            );
        }
        UsersCommand::Disable { name, config } => {
            let config = Config::load(&config.config)?;
            let path = config.users_path();
            let mut file = UsersFile::load(&path)?;
            file.disable(&name)?;
            file.save(&path)?;
            eprintln!("veil: user {name} disabled");
        }
        UsersCommand::List { config } => {
            let config = Config::load(&config.config)?;
            let file = UsersFile::load(&config.users_path())?;
            let now = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .context("system clock")?
                .as_secs();
            println!(
                "{:<24} {:<16} {:<9} {:<21} expires",
                "user", "role", "state", "created"
            );
            for u in &file.users {
                let state = if u.disabled {
                    "disabled"
                } else if u.expired(now) {
                    "expired"
                } else {
                    "enabled"
                };
                let expires = u.expires.as_deref().unwrap_or("never");
                println!(
                    "{:<24} {:<16} {:<9} {:<21} {expires}",
                    u.name, u.role, state, u.created
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
