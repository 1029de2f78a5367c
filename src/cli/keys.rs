//! `veil keys`: create and inspect keyrings.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use crate::keys::Keyring;

#[derive(Debug, Subcommand)]
pub(super) enum KeysCommand {
    /// Write a new keyring with a random 256-bit master secret (mode 0600).
    #[command(
        after_help = "The path comes from the argument, else --keyring/VEIL_KEYRING. An existing file is
never overwritten. Keep the keyring secret and backed up: without it, pseudonyms cannot be
recomputed for access requests.

Examples:
  veil keys init ~/.config/veil/keyring
  VEIL_KEYRING=/etc/veil/keyring veil keys init"
    )]
    Init {
        /// Where to write it.
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
        /// The keyring path when PATH is not given.
        #[arg(long, value_name = "PATH", env = "VEIL_KEYRING")]
        keyring: Option<PathBuf>,
    },
    /// Show a keyring's key ids and ages (never the secrets).
    #[command(after_help = "Examples:\n  veil keys show ~/.config/veil/keyring")]
    Show {
        /// The keyring.
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
        /// The keyring path when PATH is not given.
        #[arg(long, value_name = "PATH", env = "VEIL_KEYRING")]
        keyring: Option<PathBuf>,
    },
}

pub(super) fn run(cmd: KeysCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        KeysCommand::Init { path, keyring } => {
            let path = Keyring::locate(path.as_deref().or(keyring.as_deref()))?;
            let k = Keyring::create(&path)?;
            println!(
                "created {} with key {} (mode 0600)",
                path.display(),
                k.active().id()
            );
            Ok(ExitCode::SUCCESS)
        }
        KeysCommand::Show { path, keyring } => {
            let path = Keyring::locate(path.as_deref().or(keyring.as_deref()))?;
            let k = Keyring::load(&path)?;
            println!("{}: {:?}", path.display(), k);
            Ok(ExitCode::SUCCESS)
        }
    }
}
