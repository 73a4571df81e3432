#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Telco Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The two commands of the README:
#   bash packaging/dev.sh run [telco-atlas options]   install what is missing, build, open the app
#   bash packaging/dev.sh test                        install what is missing, build, run every test
#                                                     (normal build and tests, fuzzing beside them
#                                                     and the ASan+UBSan build and tests)
# Run as root or with sudo available. Running again is incremental.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
cd "$top"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
    local wanted missing=()
    mapfile -t wanted < <(grep -v -E '^\s*(#|$)' "$here/debian-build-deps.txt")
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing missing Debian packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

# The PostgreSQL storage tests need a server on loopback. As root on Debian, start the packaged
# cluster and make a scratch role and database; elsewhere tst_postgres skips with a message.
start_postgres() {
    [ -n "${ATLAS_TEST_POSTGRES_URL:-}" ] && return 0
    command -v pg_lsclusters >/dev/null 2>&1 || return 0
    [ "$(id -u)" -eq 0 ] || return 0
    local line ver name port
    line="$(pg_lsclusters -h | head -n 1)"
    if [ -z "$line" ]; then
        pg_createcluster 15 main >/dev/null || return 0
        line="$(pg_lsclusters -h | head -n 1)"
    fi
    read -r ver name port _ <<<"$line"
    pg_ctlcluster "$ver" "$name" start 2>/dev/null || true
    local psql=(su postgres -c)
    "${psql[@]}" "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'atlas_test'\"" 2>/dev/null | grep -q 1 \
        || "${psql[@]}" "psql -q -p $port -c \"CREATE ROLE atlas_test LOGIN PASSWORD 'atlas-test-secret'\"" || return 0
    "${psql[@]}" "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname = 'atlas_test'\"" 2>/dev/null | grep -q 1 \
        || "${psql[@]}" "psql -q -p $port -c 'CREATE DATABASE atlas_test OWNER atlas_test'" || return 0
    export ATLAS_TEST_POSTGRES_URL="postgresql://atlas_test:atlas-test-secret@127.0.0.1:$port/atlas_test"
    echo "PostgreSQL tests use the scratch database atlas_test on 127.0.0.1:$port"
    # A role without write rights for the read-only window tests; the tests grant it SELECT.
    if "${psql[@]}" "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'atlas_test_reader'\"" 2>/dev/null | grep -q 1 \
        || "${psql[@]}" "psql -q -p $port -c \"CREATE ROLE atlas_test_reader LOGIN PASSWORD 'atlas-test-reader-secret'\""; then
        export ATLAS_TEST_POSTGRES_READER_URL="postgresql://atlas_test_reader:atlas-test-reader-secret@127.0.0.1:$port/atlas_test"
    fi
}

build() {
    local preset="$1" dir="$2"
    if [ ! -f "$dir/build.ninja" ]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset"
}

cmd="${1:-run}"
shift || true
case "$cmd" in
run)
    install_deps
    build default build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found: starting the app inside xvfb-run (no window will be visible)." >&2
        exec xvfb-run -a build/app/telco-atlas "$@"
    fi
    exec build/app/telco-atlas "$@"
    ;;
test)
    install_deps
    build default build
    start_postgres
    # The tests spend much of their time waiting (timers, child processes, lock timeouts), so
    # they run beside the fuzzing, which keeps one core busy. The fuzzing goes on while the
    # sanitizer build starts, so its single-core runs do not hold the build back; every output
    # follows in order once its part has ended.
    log="build/ctest-default.log" fuzz_log="build/fuzz-run.log" tests_rc=0 fuzz_rc=0 fuzz_pid=""
    ctest --preset default >"$log" 2>&1 &
    tests_pid=$!
    # libFuzzer over the readers (clang build of the reader libraries only), ATLAS_FUZZ_SECONDS
    # (default 20) per target; fails on any crash, hang or sanitizer report.
    if [ "${ATLAS_SKIP_FUZZ:-0}" != 1 ]; then
        bash tests/fuzz/run.sh >"$fuzz_log" 2>&1 &
        fuzz_pid=$!
    fi
    wait "$tests_pid" || tests_rc=$?
    echo "=== ctest --preset default ==="
    cat "$log"
    finish_fuzz() {
        [ -n "$fuzz_pid" ] || return 0
        wait "$fuzz_pid" || fuzz_rc=$?
        fuzz_pid=""
        echo "=== tests/fuzz/run.sh ==="
        cat "$fuzz_log"
    }
    if [ "$tests_rc" -ne 0 ]; then
        finish_fuzz
        echo "FAILED: tests exit $tests_rc, fuzzing exit $fuzz_rc" >&2
        exit 1
    fi
    asan_rc=0
    if [ "${ATLAS_SKIP_SANITIZERS:-0}" != 1 ]; then
        { build asan build-asan && ctest --preset asan; } || asan_rc=$?
    fi
    finish_fuzz
    if [ "$fuzz_rc" -ne 0 ] || [ "$asan_rc" -ne 0 ]; then
        echo "FAILED: fuzzing exit $fuzz_rc, sanitizer build and tests exit $asan_rc" >&2
        exit 1
    fi
    ;;
*)
    echo "usage: bash packaging/dev.sh run [options] | test" >&2
    exit 2
    ;;
esac
