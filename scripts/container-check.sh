#!/usr/bin/env bash
# Checks docker/Dockerfile and docker/compose.file.yaml without a Docker engine.
#
#   scripts/container-check.sh          (as root, on a Debian or Ubuntu host)
#
# No engine runs where veil is developed and base images cannot be pulled, but
# Debian's archive is reachable. So this script:
#
#   1. builds bookworm root filesystems with debootstrap (--variant=minbase,
#      cached under $VEIL_CONTAINER_DIR, default /var/tmp/veil-container):
#      - `debian:bookworm-slim` is the minbase system itself;
#      - `rust:1-slim-bookworm` is the same plus what that image adds
#        (ca-certificates, gcc, libc6-dev, wget) and this host's Rust toolchain,
#        mounted read-only at /usr/local/rust: rustup cannot download one here.
#        Like the real image, it has no `make` and no C++ compiler;
#   2. interprets docker/Dockerfile itself, stage by stage: FROM (a copy of the
#      matching root filesystem), WORKDIR, ENV, COPY (also --from=STAGE), RUN
#      (in a chroot, as root, with the network: apt-get and cargo download as a
#      `docker build` would), USER;
#   3. in the final stage, as the image's user (uid 10001): `veil --version`,
#      the README's file-mode quick start in the image's WORKDIR, and the
#      pipeline of docker/compose.file.yaml with its mounts laid out as
#      compose would (the keyring's directory writable and owned by 10001,
#      as veil rewrites the keyring as epochs turn; ./in read-only, ./out
#      writable, its working_dir and command).
#
# What it does not prove: anything an engine adds (overlay file systems,
# namespaces, seccomp, the real base images' exact package sets), and
# docker/compose.yaml (Kafka). On 2 shared cores the first run took about 45 minutes
# (5-16 minutes per debootstrap, 27 for the release build of veil); later runs reuse
# the root filesystems and take the build alone.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
DIR="${VEIL_CONTAINER_DIR:-/var/tmp/veil-container}"
DOCKERFILE="$ROOT/docker/Dockerfile"
COMPOSE="$ROOT/docker/compose.file.yaml"

[ "$(id -u)" -eq 0 ] || { echo "container-check: needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || {
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
}
SECONDS=0
say() { printf '== [%3ds] %s\n' "$SECONDS" "$*" >&2; }

# The host's own Debian mirror, so that this script names none.
mirror() {
    local m=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        m=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    elif [ -f /etc/apt/sources.list ]; then
        m=$(awk '$1 == "deb" && $2 !~ /^\[/ {print $2; exit}' /etc/apt/sources.list)
    fi
    printf '%s' "${VEIL_DEBIAN_MIRROR:-$m}"
}

MOUNTS=()
cleanup() {
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT

# Runs a shell command in a root filesystem: chroot_run ROOTFS USER WORKDIR CMD
chroot_run() {
    local fs="$1" user="$2" wd="$3" cmd="$4"
    if ! mountpoint -q "$fs/proc"; then
        mount -t proc proc "$fs/proc" && MOUNTS+=("$fs/proc")
        mount --rbind /dev "$fs/dev" && MOUNTS+=("$fs/dev")
        # The Rust toolchain of the `rust` base: this host's, read-only.
        if [ -d "$fs/usr/local/rust" ]; then
            mount --bind "$(rustc --print sysroot)" "$fs/usr/local/rust" && MOUNTS+=("$fs/usr/local/rust")
            mount -o remount,bind,ro "$fs/usr/local/rust"
        fi
    fi
    cp -L /etc/resolv.conf "$fs/etc/resolv.conf" 2>/dev/null || true
    # The build host's trust store, as a `docker build` on this host would need it too
    # (here crates.io is reached through a proxy with its own certificate authority).
    cp -L "${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}" "$fs/etc/host-ca-bundle.crt" 2>/dev/null || true
    local spec=()
    if [ "$user" != root ]; then
        local uid gid
        uid=$(chroot "$fs" id -u "$user" 2>/dev/null || echo "$user")
        gid=$(chroot "$fs" id -g "$user" 2>/dev/null || echo "$uid")
        spec=(--userspec="$uid:$gid")
    fi
    env -i PATH=/usr/local/rust/bin:/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root CARGO_HOME=/usr/local/cargo LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        SSL_CERT_FILE=/etc/host-ca-bundle.crt CARGO_HTTP_CAINFO=/etc/host-ca-bundle.crt "${ENVS[@]}" \
        chroot "${spec[@]}" "$fs" /bin/sh -c "cd '$wd' && $cmd"
}

base() {
    local name="$1" fs="$DIR/base-$1"
    if [ ! -f "$fs/.done" ]; then
        say "debootstrap bookworm ($name)"
        rm -rf "$fs"
        debootstrap --variant=minbase bookworm "$fs" $(mirror) >"$DIR/debootstrap-$name.log" 2>&1 \
            || { tail -n 20 "$DIR/debootstrap-$name.log"; exit 1; }
        if [ "$name" = rust ]; then
            ENVS=()
            chroot_run "$fs" root / "apt-get install -y -q --no-install-recommends ca-certificates gcc libc6-dev wget >/dev/null"
            mkdir -p "$fs/usr/local/rust" "$fs/usr/local/cargo"
            cleanup
            MOUNTS=()
        fi
        touch "$fs/.done"
    fi
    echo "$fs"
}

mkdir -p "$DIR"
# Never delete through a mount left by a killed run (/dev, the toolchain).
if grep -q " $DIR/" /proc/mounts; then
    echo "container-check: mounts left under $DIR (see /proc/mounts); unmount them first" >&2
    exit 2
fi
# The previous run's stages go at the end (deleting a build tree takes a while).
[ -d "$DIR/stages" ] && mv "$DIR/stages" "$DIR/old-stages.$$"
mkdir -p "$DIR/stages"

# Interprets the Dockerfile: one instruction a line, `\` continues a line.
declare -A STAGE_FS
ENVS=()
fs="" wd="/" user="root" n=0 last=""
while IFS= read -r line || [ -n "$line" ]; do
    while [[ "$line" == *\\ ]]; do
        IFS= read -r more
        line="${line%\\} $more"
    done
    [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
    read -r op rest <<<"$line"
    case "$op" in
        FROM)
            read -r image _ alias <<<"$rest"
            case "$image" in
                rust:*bookworm*) src=$(base rust) ;;
                debian:bookworm*) src=$(base slim) ;;
                *) echo "container-check: no stand-in for base image $image" >&2; exit 2 ;;
            esac
            n=$((n + 1))
            fs="$DIR/stages/$n"
            say "FROM $image (stage $n${alias:+, $alias}): copying $src"
            cp -a "$src" "$fs"
            rm -f "$fs/.done"
            STAGE_FS["$n"]="$fs"
            [ -n "${alias:-}" ] && STAGE_FS["$alias"]="$fs"
            wd="/" user="root" ENVS=() last="$fs"
            ;;
        WORKDIR) wd="$rest"; mkdir -p "$fs$wd" ;;
        ENV) read -r -a kv <<<"$rest"; ENVS+=("${kv[@]}") ;;
        USER) user="$rest" ;;
        COPY)
            from="$ROOT"
            if [[ "$rest" == --from=* ]]; then
                from="${STAGE_FS[$(cut -d= -f2 <<<"${rest%% *}")]}"
                rest="${rest#* }"
            fi
            read -r -a args <<<"$rest"
            dst="${args[-1]}"
            [[ "$dst" == /* ]] || dst="$wd/$dst"
            for s in "${args[@]:0:${#args[@]}-1}"; do
                if [ -d "$from/$s" ]; then
                    mkdir -p "$fs$dst"
                    cp -a "$from/$s/." "$fs$dst/"
                elif [[ "$dst" == */ ]]; then
                    mkdir -p "$fs$dst"
                    cp -a "$from/$s" "$fs$dst"
                else
                    mkdir -p "$(dirname "$fs$dst")"
                    cp -a "$from/$s" "$fs$dst"
                fi
            done
            ;;
        RUN)
            say "RUN $rest"
            chroot_run "$fs" "$user" "$wd" "$rest" >"$DIR/stages/run-$n.log" 2>&1 \
                || { tail -n 40 "$DIR/stages/run-$n.log"; echo "container-check: RUN failed: $rest" >&2; exit 1; }
            ;;
        ENTRYPOINT | CMD | EXPOSE | LABEL | ARG | VOLUME) ;;
        *) echo "container-check: unsupported instruction $op" >&2; exit 2 ;;
    esac
done <"$DOCKERFILE"
image="$last"
IMAGE_ENVS=("${ENVS[@]}")
image_user="$user"
image_wd="$wd"

say "the image, as user $image_user: veil --version"
chroot_run "$image" "$image_user" "$image_wd" "veil --version"

say "the README's file-mode quick start in the image's WORKDIR ($image_wd)"
mkdir -p "$image/quickstart/tests/golden/syslog"
cp tests/golden/syslog/input.log "$image/quickstart/tests/golden/syslog/"
chroot "$image" chown -R "$image_user" /quickstart
chroot_run "$image" "$image_user" /quickstart \
    "veil run --keyring .veil/keyring --init-keyring --pack syslog --input tests/golden/syslog/input.log >out.log"
chroot_run "$image" "$image_user" /quickstart "ls -la .veil /var/lib/veil && test -s out.log && ! grep -q kerik out.log"

say "docker/compose.file.yaml, as compose would lay it out"
# volumes: ./keys:/var/lib/veil-keys (writable: veil rewrites the keyring as epochs turn),
# ./in:/in:ro, ./out:/out, and `state` at /var/lib/veil: a new named volume starts as a copy
# of the image's directory, which is empty (the quick start above left its vault there:
# another keyring's).
find "$image/var/lib/veil" -mindepth 1 -delete
rm -rf "$image/var/lib/veil-keys"
mkdir -p "$image/var/lib/veil-keys" "$image/in" "$image/out"
chroot_run "$image" root / "veil keys init /var/lib/veil-keys/keyring >/dev/null && chown -R 10001 /var/lib/veil-keys"
cp tests/golden/syslog/input.log "$image/in/auth.log"
chown -R 10001 "$image/out"
mount --bind -o ro "$image/in" "$image/in" && MOUNTS+=("$image/in")
mount -o remount,bind,ro "$image/in"
workdir=$(awk '/working_dir:/ {print $2}' "$COMPOSE")
command=$(python3 - "$COMPOSE" <<'EOF'
import json, re, shlex, sys
text = open(sys.argv[1]).read()
m = re.search(r'^\s*command:\s*(\[.*\])\s*$', text, re.M)
print(" ".join(shlex.quote(a) for a in json.loads(m.group(1))))
EOF
)
envs=$(awk '/environment:/ {on=1; next} on && /^ *[A-Z_]+:/ {sub(/^ */, ""); sub(/: */, "="); print; next} on {exit}' "$COMPOSE")
ENVS=("${IMAGE_ENVS[@]}")
while IFS= read -r e; do [ -n "$e" ] && ENVS+=("$e"); done <<<"$envs"
say "in $workdir as uid 10001: veil $command"
chroot_run "$image" "$image_user" "$workdir" "veil $command"
ls -la "$image/out" "$image/var/lib/veil"
grep -q kerik "$image/out/auth.pseudo.log" && { echo "container-check: a value passed through" >&2; exit 1; }
say "ok: the Dockerfile builds, and veil runs in the image as uid 10001 (${SECONDS}s)"
cleanup
MOUNTS=()
grep -q " $DIR/" /proc/mounts || rm -rf "$DIR"/old-stages.*
