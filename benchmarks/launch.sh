#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Telco Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What a user waits for: from launching the application to its window painted with the data, for
# each database given, the runs interleaved. Under Xvfb, with the application's own note of that
# moment (QT_LOGGING_RULES="atlas.startup.info=true", app/ui/startwindow.cpp) against the launch
# noted here; the CPU of the whole process at that moment from /proc/PID/stat.
#
# usage: benchmarks/launch.sh APP RUNS DATABASE...
# Each run starts with settings of its own (a fresh XDG_CONFIG_HOME): a first start, as a new user.
set -euo pipefail
usage="usage: benchmarks/launch.sh APP RUNS DATABASE..."
[ $# -ge 3 ] || { echo "$usage" >&2; exit 2; }
app=$1
runs=$2
shift 2
display=${ATLAS_BENCH_DISPLAY:-:78}
socket="/tmp/.X11-unix/X${display#:}"
if [ -e "$socket" ]; then
    echo "benchmarks/launch.sh: display $display is in use (set ATLAS_BENCH_DISPLAY)" >&2
    exit 2
fi
work=$(mktemp -d)
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb=$!
# Waited for: a server still going away when the next run of this script starts its own would
# take the application's connection with it (Qt then aborts).
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
    [ -e "$socket" ] && break
    sleep 0.05
done
ticks=$(getconf CLK_TCK)
for run in $(seq "$runs"); do
    for db in "$@"; do
        rm -rf "$work/config" && mkdir "$work/config"
        log="$work/app.log"
        : > "$log"
        start=$(date +%s%3N)
        XDG_CONFIG_HOME="$work/config" DISPLAY="$display" QT_QPA_PLATFORM=xcb \
            QT_LOGGING_RULES="atlas.startup.info=true" "$app" --database "$db" 2> "$log" &
        pid=$!
        line=$(timeout 120 tail -n +1 -f "$log" | grep -m1 'painted with its data' || true)
        cpu=$(awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$pid/stat")
        kill "$pid"
        wait "$pid" 2> /dev/null || true
        if [ -z "$line" ]; then
            echo "$db: no note of the window painted with its data" >&2
            cat "$log" >&2
            exit 1
        fi
        at=$(sed -E 's/.* at ([0-9]+) ms.*/\1/' <<< "$line")
        printf '%-40s run %d: painted with its data %5d ms after launch (%d ms CPU)\n' \
            "$(basename "$db")" "$run" $((at - start)) "$cpu"
    done
done
