#!/usr/bin/env bash
# The whole test suite: unit, integration, golden files, rule-pack cases,
# property tests and the command line. Needs only cargo.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --locked --all-targets "$@"
# The shipped packs must validate and pass their own cases through the binary too.
cargo run --locked --quiet -- check rules/
