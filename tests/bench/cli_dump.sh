#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Dumps what medtour-cli prints for the embedded sample and for the benchmark corpus into a folder,
# one file per command, so a refactoring can show that the CLI's JSON (an interface) did not
# change: run it with the binary before and after, then `diff -r BEFORE AFTER`.
#
#   tests/bench/cli_dump.sh MEDTOUR_CLI OUT [SHARED]
#
# SHARED is ../shared beside the project (for tools/gen_corpus.py); without it only the sample is
# dumped. The wall clock is stopped with faketime when it is installed, so "fetched" times and
# the relative dates of the sample agree between two runs, on any day.
set -eu
cli=$(readlink -f "$1")
out=$2
shared=${3:-}
here=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
out=$(readlink -f "$out")
# A fixed folder: the feed files' paths are part of what ingest and sources print. (So two dumps
# cannot run at once.)
work=/tmp/medtour-cli-dump
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

run() { # run NAME ARGS... : stdout to OUT/NAME.json, the exit status appended
    name=$1
    shift
    status=0
    pinned "$cli" "$@" >"$out/$name.json" 2>/dev/null || status=$?
    echo "exit $status" >>"$out/$name.json"
}

pinned() { # runs its arguments with the wall clock stopped at a fixed moment, when faketime is there
    # (timers and time-outs use the monotonic clock, which keeps running)
    if command -v faketime >/dev/null 2>&1; then
        FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "2026-12-01 09:00:00" "$@"
    else
        "$@"
    fi
}

dump() { # dump PREFIX DB
    prefix=$1
    db=$2
    run "$prefix-list" --db "$db" list --limit 100000
    run "$prefix-list-kz" --db "$db" list --market KZ --limit 100000
    run "$prefix-search-medtour" --db "$db" search 의료관광 --limit 200
    run "$prefix-search-phrase" --db "$db" search '"카자흐스탄 설명회" OR 협약' --limit 200
    run "$prefix-facets" --db "$db" facets
    run "$prefix-facets-query" --db "$db" facets 의료관광 --market KZ
    run "$prefix-clusters" --db "$db" clusters --limit 1000
    run "$prefix-stats" --db "$db" stats
    run "$prefix-sources" --db "$db" sources list
    for id in 1 2 3 5 8 13 21 34 55 89 144 233 377 610 987 1597 2584 4181 6765; do
        run "$prefix-show-$id" --db "$db" show "$id"
    done
}

cp "$here/resources/sample/medtour-sample.xml" "$work/sample.xml" # one path, whichever checkout
run sample-ingest --db "$work/sample.db" ingest "$work/sample.xml"
dump sample "$work/sample.db"

if [ -n "$shared" ] && [ -f "$shared/tools/gen_corpus.py" ]; then
    python3 "$shared/tools/gen_corpus.py" "$work/corpus" --feeds 200 --items 50 --seed 7 >/dev/null
    # shellcheck disable=SC2046 # the feed files' names have no spaces
    run corpus-ingest --db "$work/corpus.db" ingest $(ls "$work"/corpus/*.xml | sort)
    dump corpus "$work/corpus.db"
fi
echo "$(ls "$out" | wc -l) outputs in $out"
