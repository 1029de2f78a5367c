//! The `veil` binary: everything lives in the library; see `veil::cli`.

fn main() -> std::process::ExitCode {
    veil::cli::main()
}
