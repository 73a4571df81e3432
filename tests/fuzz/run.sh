#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Telco Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the fuzz preset (clang, libFuzzer, ASan + UBSan) and runs each fuzz_* program for a
# bounded time. Fails on the first crash, hang, leak, sanitizer report or broken invariant, and
# says where the input that caused it is.
#   bash tests/fuzz/run.sh                    every target, ATLAS_FUZZ_SECONDS (default 20) each
#   ATLAS_FUZZ_SECONDS=3600 bash tests/fuzz/run.sh graphml     one target for an hour
# The random seed is fixed (ATLAS_FUZZ_SEED, default 1) so that a CI run is repeatable; give
# another seed, or 0 for a random one, when fuzzing for hours.
# New interesting inputs collect in build-fuzz/fuzz-corpus/<target>/ (kept between runs); the
# seeds in tests/fuzz/corpus/<target>/ are only read.
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$top"
seconds="${ATLAS_FUZZ_SECONDS:-20}"
rss_mb="${ATLAS_FUZZ_RSS_MB:-2048}"
timeout_s="${ATLAS_FUZZ_TIMEOUT:-10}"

if [ ! -f build-fuzz/build.ninja ]; then
    cmake --preset fuzz >/dev/null
fi
cmake --build --preset fuzz

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for d in tests/fuzz/corpus/*/; do targets+=("$(basename "$d")"); done
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

failed=()
for t in "${targets[@]}"; do
    program="build-fuzz/tests/fuzz/fuzz_$t"
    [ -x "$program" ] || { echo "no fuzz program $program" >&2; exit 2; }
    corpus="build-fuzz/fuzz-corpus/$t"
    findings="build-fuzz/fuzz-findings/$t"
    mkdir -p "$corpus" "$findings"
    echo "== fuzz_$t: ${seconds} s"
    if ! "$program" -max_total_time="$seconds" -seed="${ATLAS_FUZZ_SEED:-1}" -rss_limit_mb="$rss_mb" -timeout="$timeout_s" \
        -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "tests/fuzz/corpus/$t" \
        >"$findings/log.txt" 2>&1; then
        tail -n 60 "$findings/log.txt" >&2
        echo "fuzz_$t FAILED; the input is in $findings/ (crash-*, timeout-*, leak-*, oom-*)." >&2
        echo "Fix the reader, then copy the input to tests/fuzz/regressions/$t/ so tst_fuzzregressions replays it." >&2
        failed+=("$t")
    else
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^Done ' "$findings/log.txt" || true
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]}" >&2
    exit 1
fi
echo "fuzzing: no problem found in ${#targets[@]} targets (${seconds} s each)"
