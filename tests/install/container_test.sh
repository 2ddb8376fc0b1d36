#!/usr/bin/env bash
# Builds the Dockerfile's image and runs it on samples/, as docs/ci.md tells a user to:
# the image must run claimcheck as an unprivileged user, print --help by default, and
# report on the samples exactly what the binary under test reports.
#
# usage: container_test.sh SOURCE_DIR BINARY
#
# Opt-in, because the image's first stage compiles claimcheck from scratch (about half an
# hour on 2 shared cores): set CLAIMCHECK_TEST_CONTAINER=1. Exits 77 (skipped), saying
# why, when it is not set, when no container engine runs here (docker with a daemon, or
# podman), or when the base image debian:12-slim is neither stored locally nor pullable.
# CLAIMCHECK_CONTAINER_ENGINE picks the engine; CLAIMCHECK_CONTAINER_ARGS adds options to
# its `build` and `run` (a sandbox without CAP_SYS_RESOURCE needs podman's
# `--ulimit nofile=10000:10000 --ulimit nproc=4096:4096`, and `--runtime runc` and
# `--storage-driver vfs` go before the command, in the engine's name:
# CLAIMCHECK_CONTAINER_ENGINE="podman --storage-driver vfs --runtime runc").
set -euo pipefail

source_dir=$1
binary=$2
skip() {
  echo "container test skipped: $*"
  exit 77
}

[ "${CLAIMCHECK_TEST_CONTAINER:-}" = 1 ] ||
  skip "set CLAIMCHECK_TEST_CONTAINER=1 to build the Dockerfile's image (it compiles claimcheck from scratch)"

engine=${CLAIMCHECK_CONTAINER_ENGINE:-}
if [ -z "$engine" ]; then
  if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    engine=docker
  elif command -v podman >/dev/null && podman info >/dev/null 2>&1; then
    engine=podman
  else
    skip "no container engine runs here (neither docker with a reachable daemon nor a working podman)"
  fi
fi
read -r -a extra <<<"${CLAIMCHECK_CONTAINER_ARGS:-}"
read -r -a run_engine <<<"$engine"

if ! "${run_engine[@]}" image inspect debian:12-slim >/dev/null 2>&1 &&
  ! "${run_engine[@]}" pull debian:12-slim >/dev/null 2>&1; then
  skip "$engine has no debian:12-slim image and cannot pull one (no registry reachable?)"
fi

image=claimcheck-test-$$
log=$(mktemp)
cleanup() {
  "${run_engine[@]}" rmi -f "$image" >/dev/null 2>&1 || true
  rm -f "$log"
}
trap cleanup EXIT

echo "building the image with $engine (log: $log)"
if ! "${run_engine[@]}" build "${extra[@]}" -t "$image" "$source_dir" >"$log" 2>&1; then
  tail -n 30 "$log"
  echo "FAIL: the Dockerfile does not build"
  exit 1
fi

status=0
uid=$("${run_engine[@]}" run --rm "${extra[@]}" --entrypoint id "$image" -u)
if [ "$uid" = 0 ]; then
  echo "FAIL: the image runs as root"
  status=1
fi
if ! "${run_engine[@]}" run --rm "${extra[@]}" "$image" | grep -q "Usage: claimcheck"; then
  echo "FAIL: the image's default command does not print the help"
  status=1
fi

# The samples, mounted where the image's working directory is, against the binary under
# test run the same way: the same report, byte for byte, and the same exit code (1).
expected=$(cd "$source_dir/samples" && "$binary" check --no-color . ; echo "exit $?")
actual=$("${run_engine[@]}" run --rm "${extra[@]}" -v "$source_dir/samples:/work:ro" "$image" check --no-color . ;
  echo "exit $?")
if [ "$expected" != "$actual" ]; then
  echo "FAIL: the image's report on samples/ differs from the binary's"
  diff <(echo "$expected") <(echo "$actual") | head -n 40
  status=1
fi
[ "$status" = 0 ] && echo "PASS: built with $engine; runs as uid $uid; same report on samples/ ($(echo "$actual" | tail -n 1))"
exit "$status"
