#!/usr/bin/env bash
# veil beside a peer, on the same bytes: `veil run` file to file and Vector's
# VRL (benches/peers/vrl, its own crate) pseudonymising one generated syslog
# file, whole process each, timed with /usr/bin/time. Prints CPU seconds per
# line (user+sys), wall time, peak RSS and the ratio VRL : veil in CPU per
# line, then checks that no output holds a planted value, then measures vault
# entries per second on a file where every value is new.
#
#   scripts/peer-bench.sh                 # 300,000 lines, novelty 0.38, 3 rounds
#   RECORDS=100000 ROUNDS=1 scripts/peer-bench.sh
#   NOVELTY=0.1 scripts/peer-bench.sh     # a friendlier file (about 90% cache hits)
#
# Runs (each the median of ROUNDS by CPU time, a fresh vault each time):
#   veil, vault        `veil run --pack syslog --threads 1`, reversible categories sealed
#                      into a vault (usernames, e-mails, phones, personnummer)
#   veil, no vault     the same pack with `reversible = true` removed (no vault)
#   veil, vault, 2 thr `--threads 2`, for scaling (wall time is what scales)
#   vrl                benches/peers/vrl/pseudonymise.vrl, one thread
#   vault entries/s    `veil run --threads 1` with the vault on a file of VAULT_RECORDS lines
#                      generated with novelty 1 (every value new); entries from `veil vault stats`
#
# Builds veil (release) and the peer the first time (VRL takes 10-20 minutes on
# 2 cores; its target dir, benches/peers/vrl/target, is not in git). Timings
# on a shared machine are noisy: compare CPU time, and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
RECORDS=${RECORDS:-300000}
NOVELTY=${NOVELTY:-0.38}
ROUNDS=${ROUNDS:-3}
VAULT_RECORDS=${VAULT_RECORDS:-100000}

cargo build --release --locked --quiet --bin veil
cargo build --release --locked --quiet --manifest-path benches/peers/vrl/Cargo.toml
VEIL=$PWD/target/release/veil
PEER=$PWD/benches/peers/vrl/target/release/veil-peer-vrl

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$VEIL" keys init "$work/keyring" >/dev/null 2>&1
export VEIL_KEYRING=$work/keyring
mkdir -p "$work/norev"
grep -v '^reversible = true' rules/syslog.toml >"$work/norev/syslog.toml"

input=$work/syslog.log
"$VEIL" bench --write-workload "$input" --records "$RECORDS" --novelty "$NOVELTY" 2>&1 | sed 's/^/  /'
lines=$(wc -l <"$input")

# time_run NAME OUTPUT CMD...: runs CMD ROUNDS times (fresh vault each time) and
# appends "NAME wall cpu rss_kb" (median by cpu) to $work/results.
time_run() {
    local name=$1 out=$2
    shift 2
    : >"$work/rounds"
    for _ in $(seq "$ROUNDS"); do
        rm -f "$work/keyring.vault" "$work/keyring.vault.keys" "$work/quarantine.jsonl"
        /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
            cat "$work/stderr" >&2
            echo "peer-bench: $name failed" >&2
            exit 1
        }
        awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' "$work/time" >>"$work/rounds"
    done
    sort -k2,2n "$work/rounds" | awk -v n="$name" -v m=$(((ROUNDS + 1) / 2)) \
        'NR == m { print n, $1, $2, $3 }' >>"$work/results"
    [ -z "$out" ] || cp "$work/stderr" "$work/$out.stderr"
}

: >"$work/results"
run="$VEIL run --pack syslog --input $input --quarantine $work/quarantine.jsonl --quiet"
time_run veil-vault out-vault $run --threads 1 --output "$work/out-vault"
time_run veil-novault out-novault $run --rules "$work/norev" --threads 1 --output "$work/out-novault"
time_run veil-vault-2thr "" $run --threads 2 --output "$work/out-vault-2"
time_run vrl out-vrl "$PEER" "$input" "$work/out-vrl"

echo
echo "syslog, $lines lines ($(($(stat -c %s "$input") / 1000000)) MB), novelty $NOVELTY, median of $ROUNDS rounds by CPU time"
awk -v lines="$lines" '
    { name[NR] = $1; wall[NR] = $2; cpu[NR] = $3; rss[NR] = $4; if ($1 == "vrl") vrl = $3 }
    END {
        printf "%-18s %9s %9s %12s %9s %16s\n", "", "wall s", "CPU s", "CPU µs/line", "RSS MB", "VRL CPU / this"
        for (i = 1; i <= NR; i++)
            printf "%-18s %9.2f %9.2f %12.2f %9.0f %15.2fx\n", name[i], wall[i], cpu[i],
                cpu[i] / lines * 1e6, rss[i] / 1024, vrl / cpu[i]
    }' "$work/results"
awk '$1 == "veil-vault" { one = $2 } $1 == "veil-vault-2thr" { two = $2 }
    END { printf "veil run with the vault, 2 threads: %.2fx the wall-time rate of 1 thread\n", one / two }' "$work/results"
grep -h "failed" "$work/out-vrl.stderr" || true

# The outputs must hold none of the planted values (every 100th one drawn).
echo
planted=$(sort -u "$input.values" | grep -c .)
found_in=$(grep -F -w -o -f "$input.values" "$input" | sort -u | grep -c . || true)
echo "planted values sampled: $planted distinct, $found_in of them found in the input"
leaks=0
for out in out-vault out-novault out-vault-2 out-vrl; do
    n=$(grep -F -w -o -f "$input.values" "$work/$out" | sort -u | grep -c . || true)
    printf "%-14s %6d lines, %d planted values left\n" "$out" "$(wc -l <"$work/$out")" "$n"
    leaks=$((leaks + n))
done

# Vault entries per second: every value new.
vin=$work/new.log
"$VEIL" bench --write-workload "$vin" --records "$VAULT_RECORDS" --novelty 1 >/dev/null 2>&1
rm -f "$work/keyring.vault" "$work/keyring.vault.keys"
/usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    "$VEIL" run --pack syslog --input "$vin" --output "$work/out-new" \
    --quarantine "$work/quarantine.jsonl" --threads 1 --quiet
entries=$("$VEIL" vault stats | awk 'NR > 2 && NF >= 2 && $2 ~ /^[0-9]+$/ { n += $2 } /^$/ { exit } END { print n + 0 }')
echo
awk -v e="$entries" -v l="$VAULT_RECORDS" -v v="$(du -m "$work/keyring.vault" | cut -f1)" '{
    printf "vault, every value new: %d lines, %d vault entries in %.2f s wall, %.2f s CPU: %.0f entries/s (%.0f per CPU second), vault %d MB, RSS %.0f MB\n",
        l, e, $1, $2 + $3, e / $1, e / ($2 + $3), v, $4 / 1024 }' "$work/time"
[ "$leaks" -eq 0 ] || {
    echo "peer-bench: planted values left in an output" >&2
    exit 1
}
