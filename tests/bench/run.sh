#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark once and prints their figures. Benchmarks are programs, not timed tests: the
# figures go in closing notes and commit messages, and nothing here fails a build.
#
# Usage: tests/bench/run.sh [BUILD_DIR, default build] [ARTICLES for the cache benchmark, default 100000]
# Needs python3 and ../shared/tools/gen_corpus.py for the synthetic corpus (made once in /tmp).
# Each figure is only as good as the machine is quiet: the cache benchmark prints the load average
# and thread CPU times beside the wall times for that reason.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
articles=${2:-100000}
shared=${MEDTOUR_SHARED_DIR:-$root/../shared}
corpus=${MEDTOUR_BENCH_CORPUS:-/tmp/medtour-bench-corpus}
# The export and GUI benchmarks need a platform plugin, not a screen.
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

if [ ! -f "$corpus/sources.txt" ]; then
    echo "== generating the corpus (200 feeds x 50 items) in $corpus"
    python3 "$shared/tools/gen_corpus.py" "$corpus" --feeds 200 --items 50 >/dev/null
fi

run() {
    name=$1
    shift
    exe=$(find "$build" -name "$name" -type f -perm -u+x 2>/dev/null | head -n 1)
    if [ -z "$exe" ]; then
        echo "== $name: not built, skipped"
        return 0
    fi
    echo "== $name $*"
    "$exe" "$@" || echo "== $name exited with $?"
}

run bench_parse "$corpus" 5
run bench_dates 1
run bench_enrich "$corpus" 3
run bench_extract 1
run bench_storage --articles "$articles"
run bench_sync --runs 3
run bench_userwrites
run bench_export --articles 100
run bench_gui --articles "$articles"
