//! `veil serve`: the reveal service over HTTP(S).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::serve::{Config, ConfigError};

#[derive(Debug, Args)]
#[command(
    after_help = "Serves the reveal API and its web page (see the README, \"Support engineer: veil serve\"):
users authenticate with the bearer token `veil users add` printed, open a case, and reveal
tokens or a pasted excerpt within their role's categories and the case's budget. Every case
opening, reveal, refusal and failed login is appended to the audit log before the answer.
Binds 127.0.0.1:8080 by default; a non-loopback address needs [tls] (or allow_plaintext).

Examples:
  veil serve --config /etc/veil/reveal.toml --check
  veil serve --config /etc/veil/reveal.toml
  curl -s -H \"Authorization: Bearer $VEIL_TOKEN\" http://127.0.0.1:8080/me"
)]
pub(super) struct ServeArgs {
    /// The service's config (listen address, keyring, users, roles, TLS).
    #[arg(long, value_name = "PATH", env = "VEIL_REVEAL_CONFIG")]
    config: PathBuf,
    /// Check the config, report every problem at once, and exit.
    #[arg(long)]
    check: bool,
}

pub(super) fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let config = Config::load(&args.config)?;
    if args.check {
        return match config.check() {
            Ok(()) => {
                println!("{}: ok", args.config.display());
                Ok(ExitCode::SUCCESS)
            }
            Err(ConfigError::Invalid(errors)) => {
                for e in &errors {
                    eprintln!("{}: {e}", args.config.display());
                }
                eprintln!(
                    "veil: {} problem(s) in {}",
                    errors.len(),
                    args.config.display()
                );
                Ok(ExitCode::from(super::EXIT_ERROR))
            }
            Err(e) => Err(e.into()),
        };
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("veil-serve")
        .build()?;
    runtime.block_on(async {
        let shutdown = async {
            let mut term =
                match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                    Ok(s) => s,
                    Err(_) => return std::future::pending::<()>().await,
                };
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        };
        crate::serve::serve(
            config,
            |addr, tls| {
                let scheme = if tls { "https" } else { "http" };
                eprintln!("veil serve: listening on {scheme}://{addr}");
            },
            shutdown,
        )
        .await
    })?;
    Ok(ExitCode::SUCCESS)
}
