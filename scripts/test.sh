#!/usr/bin/env bash
# The whole test suite: the shipped rule packs through the binary, then unit,
# integration, golden-file, rule-pack, property and command-line tests.
# Needs only cargo.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --locked --quiet -- check rules/
cargo test --locked --all-targets "$@"
