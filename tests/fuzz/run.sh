#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (ASan+UBSan) in their own build directory, makes seed corpora
# in a temporary directory from tests/data/feeds and ../shared/corpora (nothing is copied into the
# repository), and runs the targets, MEDTOUR_FUZZ_JOBS of them at a time.
#
# Usage: tests/fuzz/run.sh [seconds-per-target, default 600] [target ...]
#   targets: fuzz_feedparser fuzz_dateparser fuzz_decoder fuzz_extract fuzz_sanitize fuzz_opml fuzz_searchquery
#   fuzz_contentdecoder fuzz_contentcodec
#   (default: all). Exits 1 when any target found something (its input is kept).
# Environment: MEDTOUR_FUZZ_BUILD (build dir, default ../build-fuzz beside the project),
#   MEDTOUR_FUZZ_WORK (seeds, corpora, logs and crash artifacts; default /tmp/medtour-fuzz),
#   MEDTOUR_SHARED_DIR (default ../shared), MEDTOUR_FUZZ_CMAKE_ARGS (extra configure arguments),
#   MEDTOUR_FUZZ_JOBS (compile jobs, and targets fuzzed at once; default 1).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${MEDTOUR_FUZZ_BUILD:-$root/../build-fuzz}
work=${MEDTOUR_FUZZ_WORK:-/tmp/medtour-fuzz}
shared=${MEDTOUR_SHARED_DIR:-$root/../shared}
seconds=${1:-600}
[ $# -gt 0 ] && shift
all_targets='fuzz_feedparser fuzz_dateparser fuzz_decoder fuzz_extract fuzz_sanitize fuzz_opml fuzz_searchquery
    fuzz_contentdecoder fuzz_contentcodec'
targets=${*:-$all_targets}

# shellcheck disable=SC2086 # MEDTOUR_FUZZ_CMAKE_ARGS is a list of arguments
# Warnings are gated by the gcc build; this one is for the sanitizers.
cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DMEDTOUR_FUZZ=ON -DMEDTOUR_BUILD_GUI=OFF -DBUILD_TESTING=OFF -DMEDTOUR_WERROR=OFF ${MEDTOUR_FUZZ_CMAKE_ARGS:-}
# shellcheck disable=SC2086 # a list of targets
cmake --build "$build" -j"${MEDTOUR_FUZZ_JOBS:-1}" --target $targets

# Seeds: every input starts with one selector byte (options / time zone), then the document or date text.
seeds="$work/seeds"
rm -rf "$seeds"
for target in $all_targets; do mkdir -p "$seeds/$target"; done
n=0
for f in "$root"/tests/data/feeds/* "$root"/tests/data/feeds/fuzz/* \
    "$shared"/corpora/gofeed/testdata/*/*/* "$shared"/corpora/feed-rs/fixture/*/* \
    "$shared"/corpora/feedparser/tests/*/*.xml "$shared"/corpora/feedparser/tests/*/*/*.xml; do
    [ -f "$f" ] || continue
    case "$f" in *.serde.json | *_expected.json | */SOURCE.md) continue ;; esac
    n=$((n + 1))
    { printf '\010'; cat "$f"; } >"$seeds/fuzz_feedparser/$n"
done
i=0
for tsv in "$shared"/corpora/date-vectors/*.tsv; do
    [ -f "$tsv" ] || continue
    tail -n +2 "$tsv" | cut -f2 | while IFS= read -r line; do
        i=$((i + 1))
        printf '\001%s' "$line" >"$seeds/fuzz_dateparser/$(basename "$tsv").$i"
    done
done
# The forms Korean CMSs print (issue 20; the same rows are in tests/feeds/tst_dateparser.cpp).
for d in '2019-05-23 09:18:00' '2019.05.23 09:18' '2019년 5월 23일 오후 9:18' 'Thu, 23 May 2019 09:18:00 KST' \
    '목, 23 5월 2019 09:18:00 +0900' '입력 2019.05.23 09:18 +09:00' '2019/05/23 [09:18]' '2019.05.23 (09:18)' \
    '기사입력 2019/05/23 [09:18]' '2019.05.23(목) [09:18]' '2019.05.23. 09:18' '2019.05.23 9:18 오후' \
    '입력 2019.05.23. 오후 3:05 | 수정 2019.05.24. 오전 9:10' '기사입력 2019.05.23 [09:18] | 최종수정 2019.05.23 [10:20]' \
    '입력 : 2019-05-23 09:18:33' '등록일시 2019-05-23 09:18' '승인 2019.05.23 오후 9:18' '송고시간 2019-05-23 09:18' \
    '2019년 05월 23일 09시 18분' '2019-05-23 (목) 09:18'; do
    i=$((i + 1))
    printf '\002%s' "$d" >"$seeds/fuzz_dateparser/korean.$i"
done

# Decoder: our feeds and pages and the encoding corpora (golang/text's parallel texts in eleven encodings, the
# exhaustive EUC-KR table of encoding_rs), each once as XML with no header and once with a selector picked
# from the file so that labels, HTML prescan and mislabel recovery are all reached (fuzzinput.h).
d=0
for f in "$root"/tests/data/feeds/*.xml "$root"/tests/data/feeds/*.html "$root"/tests/data/pages/*.html \
    "$shared"/corpora/golang-text-encoding/testdata/*.txt "$shared"/corpora/encoding_rs-euc-kr/test_data/euc_kr_*.txt \
    "$shared"/corpora/feedparser/tests/encoding/*.xml; do
    [ -f "$f" ] || continue
    d=$((d + 1))
    { printf '\000'; head -c 65535 "$f"; } >"$seeds/fuzz_decoder/$d"
    { printf "\\$(printf '%03o' $((d % 256)))"; head -c 65535 "$f"; } >"$seeds/fuzz_decoder/$d.s"
done

# Pages: our Korean fixtures, then a slice of trafilatura-eval and the readability test pages. The first byte
# picks a Content-Type (extract) or whether remote images are allowed (sanitise).
p=0
for f in "$root"/tests/data/pages/*.html "$shared"/corpora/mozilla-readability/test-pages/*/source.html.gz \
    $(ls "$shared"/corpora/trafilatura-eval/cache/* 2>/dev/null | head -n 300); do
    [ -f "$f" ] || continue
    p=$((p + 1))
    case "$f" in *.gz) body=$(zcat "$f") ;; *) body=$(cat "$f") ;; esac
    printf '\000%s' "$body" >"$seeds/fuzz_extract/$p"
    printf '\001%s' "$body" >"$seeds/fuzz_sanitize/$p"
done

# Bylines and date lines around an article (issue 20; the same forms are in tests/extract/tst_articletext.cpp), each
# in a small article page for the extractor.
for b in '홍길동 기자 기사입력 2019/05/23 [09:18]' '입력 2019.05.23. 오후 3:05 | 수정 2019.05.24. 오전 9:10' \
    '2019.05.23 09:18:33 | 홍길동 기자' '홍길동 특파원 | 2019년 05월 23일 (목) 09:18' '홍길동(hong@daejonilbo.com) 기자' \
    '홍길동 hong@daejonilbo.com 기자' 'hong@daejonilbo.com 홍길동 기자' '[대전=대전일보] 홍길동 선임기자 =' \
    '워싱턴=김민수 특파원' 'By Kim Min-su, Staff Reporter' 'By Park Ga-young (gypark@heraldcorp.com)' \
    '대전일보 | 네이버' '등록 2019-05-23 (09:18) 승인 2019.05.23 09:20'; do
    p=$((p + 1))
    printf '\000<html lang="ko"><body><h1>대전시 의료관광 설명회</h1><div class="byline">%s</div><div id="article-view-content-div"><p>대전시가 카자흐스탄 알마티에서 의료관광 설명회를 열었다고 밝혔다.</p><p>%s</p></div></body></html>' \
        "$b" "$b" >"$seeds/fuzz_extract/$p"
done

# OPML: the subscription files of the corpora and a few of our own; search: queries users type.
o=0
for f in "$shared"/corpora/*/*.opml "$shared"/corpora/*/*/*.opml; do
    [ -f "$f" ] || continue
    o=$((o + 1))
    cp "$f" "$seeds/fuzz_opml/$o"
done
printf '<opml version="2.0"><head><title>t</title></head><body><outline text="News"><outline text="A" type="rss" xmlUrl="https://a.example/rss"/></outline></body></opml>' >"$seeds/fuzz_opml/ours"
q=0
for text in '대전 카자흐스탄 -간호사' '"외국인 환자" OR 몽골' 'kaza* "medical tourism"' '-대전' '암' \
    'Almaty OR 설명회 -"의료 관광"' 'ｍｏｕ' '"unclosed phrase' 'OR OR -' '((a)) AND NOT b*'; do
    q=$((q + 1))
    printf '%s' "$text" >"$seeds/fuzz_searchquery/$q"
done

# Content decoder: our feeds gzipped and deflated (the selector byte picks the encoding, the limit and the
# pieces), and a small bomb (a megabyte of zeros).
c=0
for f in "$root"/tests/data/feeds/*.xml; do
    [ -f "$f" ] || continue
    c=$((c + 1))
    { printf '\000'; head -c 65535 "$f" | gzip -c; } >"$seeds/fuzz_contentdecoder/$c.gz"
    { printf '\075'; head -c 65535 "$f" | gzip -c; } >"$seeds/fuzz_contentdecoder/$c.gz.big"
    { printf '\004'; head -c 65535 "$f"; } >"$seeds/fuzz_contentdecoder/$c.plain"
done
{ printf '\020'; head -c 1048576 /dev/zero | gzip -9 -c; } >"$seeds/fuzz_contentdecoder/bomb"

# Content codec: our feeds as texts to pack (odd selectors), and as the zlib values older caches hold,
# the unpacked size first (even selectors).
k=0
for f in "$root"/tests/data/feeds/*.xml; do
    [ -f "$f" ] || continue
    k=$((k + 1))
    { printf '\001'; head -c 16384 "$f"; } >"$seeds/fuzz_contentcodec/$k.text"
    python3 -c 'import sys, zlib, struct; d = sys.stdin.buffer.read(16384); sys.stdout.buffer.write(b"\0" + struct.pack(">I", len(d)) + zlib.compress(d, 1))' <"$f" >"$seeds/fuzz_contentcodec/$k.zlib"
done

# One target: fuzzes for `seconds`, prints its summary, and leaves "failed" in its folder when it
# found something (a finding is its input in artifacts/).
run_target() {
    target=$1
    case "$target" in
    fuzz_feedparser | fuzz_decoder | fuzz_extract | fuzz_sanitize | fuzz_opml | fuzz_contentdecoder | fuzz_contentcodec)
        maxlen=65536
        ;;
    *) maxlen=256 ;;
    esac
    out="$work/$target"
    rm -rf "$out/artifacts" "$out/failed" # earlier findings live on as regression inputs in tests/data, not here
    mkdir -p "$out/corpus" "$out/artifacts"
    (cd "$out" && "$build/tests/fuzz/$target" -jobs=1 -workers=1 -max_total_time="$seconds" -max_len="$maxlen" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/artifacts/" \
        "$out/corpus" "$seeds/$target") >"$out/run.log" 2>&1 || touch "$out/failed"
    if [ -n "$(ls -A "$out/artifacts")" ]; then
        touch "$out/failed"
    fi
}

# As many targets at once as MEDTOUR_FUZZ_JOBS (each one a process on a core of its own); their
# summaries print in order once a group is done.
jobs=${MEDTOUR_FUZZ_JOBS:-1}
failed=0
set -- $targets
while [ $# -gt 0 ]; do
    group=
    while [ $# -gt 0 ] && [ "$(echo $group | wc -w)" -lt "$jobs" ]; do
        group="$group $1"
        shift
    done
    for target in $group; do
        echo "== $target: $seconds s, seeds $(ls "$seeds/$target" | wc -l), log $work/$target/fuzz-0.log"
        run_target "$target" &
    done
    wait
    for target in $group; do
        out="$work/$target"
        log="$out/fuzz-0.log"
        [ -f "$log" ] || log="$out/run.log"
        grep -hE "stat::number_of_executed_units|Done [0-9]+ runs|ERROR|SUMMARY" "$log" | sed "s|^|   $target: |" || true
        ls "$out/artifacts" 2>/dev/null | sed "s|^|   artifact: $out/artifacts/|"
        if [ -e "$out/failed" ]; then
            echo "   $target FAILED (log $out/run.log)"
            failed=1
        fi
    done
done
if [ "$failed" -ne 0 ]; then
    echo "== fuzzing found something: see the artifacts above"
    exit 1
fi
echo "== fuzzing: no findings"
