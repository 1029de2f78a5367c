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
    /// Write the part of a keyring a pipeline host may hold (no reveal secret).
    #[command(
        after_help = "The exported keyring holds the master secret (for pseudonyms and IP encryption) and the
reveal PUBLIC key: a pipeline with it seals originals into the vault but can open none of them.
It is still secret (mode 0600). An existing file is never overwritten.

Examples:
  veil keys export-public --keyring /etc/veil/keyring /tmp/pipeline.keyring"
    )]
    ExportPublic {
        /// Where to write the public keyring.
        #[arg(value_name = "OUT")]
        out: PathBuf,
        /// The full keyring.
        #[arg(long, value_name = "PATH", env = "VEIL_KEYRING")]
        keyring: Option<PathBuf>,
    },
    /// Add a reveal key pair to a keyring made before reversible tokens existed.
    #[command(after_help = "Examples:\n  veil keys add-reveal --keyring /etc/veil/keyring")]
    AddReveal {
        /// The keyring.
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
        KeysCommand::ExportPublic { out, keyring } => {
            let path = Keyring::locate(keyring.as_deref())?;
            let k = Keyring::load(&path)?;
            k.export_public(&out)?;
            println!(
                "wrote {} (mode 0600): master secret and reveal public key, no reveal secret",
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        KeysCommand::AddReveal { keyring } => {
            let path = Keyring::locate(keyring.as_deref())?;
            Keyring::add_reveal(&path)?;
            println!("added a reveal key pair to {}", path.display());
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
