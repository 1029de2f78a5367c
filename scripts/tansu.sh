#!/usr/bin/env bash
# tansu, the Kafka-compatible broker the Kafka tests run against.
#
#   scripts/tansu.sh install          install tansu from crates.io unless one is on PATH
#   scripts/tansu.sh start [TOPIC:N]  start it in memory on a free 127.0.0.1 port, create
#                                     topics (name:partitions), print its address
#   scripts/tansu.sh stop             stop the broker started by `start` and wait (at most
#                                     10 s, then SIGKILL) until it has exited
#
# The Rust tests (tests/kafka_tansu.rs) start their own broker; this script is
# for CI's install step and for trying veil by hand:
#   addr=$(scripts/tansu.sh start cdr:3 cdr-out:3 quarantine:1 vault:3)
set -euo pipefail
STATE="${TMPDIR:-/tmp}/veil-tansu"

install() {
    if command -v tansu >/dev/null 2>&1; then
        echo "tansu: using $(command -v tansu)" >&2
        return
    fi
    echo "tansu: installing from crates.io (15-20 minutes on 2 cores)" >&2
    cargo install tansu --locked --features dynostore
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start() {
    command -v tansu >/dev/null 2>&1 || { echo "tansu not on PATH: run scripts/tansu.sh install" >&2; exit 2; }
    mkdir -p "$STATE"
    local port url
    port=$(free_port)
    url="tcp://127.0.0.1:$port"
    tansu broker --storage-engine memory://tansu/ --listener-url "$url" \
        --advertised-listener-url "$url" >"$STATE/log" 2>&1 &
    echo $! >"$STATE/pid"
    for _ in $(seq 1 200); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
        sleep 0.1
    done
    for spec in "$@"; do
        tansu topic create "${spec%%:*}" --broker "$url" --partitions "${spec##*:}" >/dev/null
    done
    echo "127.0.0.1:$port"
}

stop() {
    [ -f "$STATE/pid" ] || return 0
    local pid
    pid=$(cat "$STATE/pid")
    kill "$pid" 2>/dev/null || true
    # Wait until it has exited (its port is free), at most 10 s, then kill it hard.
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "tansu: still running after 10 s; killing it" >&2
        kill -9 "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$STATE/pid"
}

cmd="${1:-}"
shift || true
case "$cmd" in
    install) install ;;
    start) start "$@" ;;
    stop) stop ;;
    *) echo "usage: $0 install | start [TOPIC:PARTITIONS...] | stop" >&2; exit 2 ;;
esac
