#!/bin/bash
# Record everything zhen prints on a broad set of inputs, so that a change
# meant to move code without changing behaviour can be shown to be one:
#
#   scripts/snapshot.sh build/src/zhen /tmp/before     # on the old commit
#   scripts/snapshot.sh build/src/zhen /tmp/after      # on the new one
#   diff -r /tmp/before /tmp/after && echo identical
#
# Inputs: the bundled corpus, and where ../shared is present FLORES dev
# (numbers and --pairs in both scripts), wmt-newstest (--pairs, about 10,000
# real pairs) and the seeds pair (documents). Every command's stdout, stderr
# and exit status go to one file each. Timings are never recorded.
set -u
ZHEN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
OUT=$2
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${ZHEN_SHARED:-$ROOT/../shared}
mkdir -p "$OUT"
# XDG_DATA_HOME: no lexicon of this machine's (scripts/get-lexicon.sh), for
# a binary that reads one by default and one that does not alike
export NO_COLOR=1 COLUMNS=100 LC_ALL=C.UTF-8 XDG_DATA_HOME=/nonexistent/zhen-snapshot

# run NAME ARGS...: stdout, stderr and status of one command
run() {
	local name=$1
	shift
	(cd "$ROOT" && "$ZHEN" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err")
	echo "$?" >"$OUT/$name.status"
}

for c in corpus/*/; do
	c=${c%/}
	n=$(basename "$c")
	[ -f "$c/zh.txt" ] && [ -f "$c/en.txt" ] || continue
	for f in text json; do
		run "check-$n-$f" check --format=$f "$c/zh.txt" "$c/en.txt"
	done
	for f in text tsv beads tmx json; do
		run "align-$n-$f" align --format=$f "$c/zh.txt" "$c/en.txt"
	done
	run "numbers-$n-zh" numbers --lang=zh "$c/zh.txt"
	run "numbers-$n-zh-json" numbers --lang=zh --format=json "$c/zh.txt"
	run "numbers-$n-en-json" numbers --lang=en --format=json "$c/en.txt"
	run "segment-$n-zh-json" segment --lang=zh --format=json "$c/zh.txt"
	run "segment-$n-en" segment --lang=en "$c/en.txt"
	run "convert-$n" convert "$c/zh.txt"
done

[ -d "$SHARED/data" ] || { echo "snapshot: no $SHARED/data, corpus only" >&2; exit 0; }

T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
F=$SHARED/data/flores200-dev
for s in Hant Hans; do
	paste "$F/zho_$s.txt" "$F/eng.txt" >"$T/flores-$s.tsv"
	run "flores-$s-pairs" check --pairs "$T/flores-$s.tsv"
	run "flores-$s-pairs-json" check --format=json --pairs "$T/flores-$s.tsv"
	run "flores-$s-numbers" numbers --lang=zh --format=json "$F/zho_$s.txt"
done
run "flores-en-numbers" numbers --lang=en --format=json "$F/eng.txt"
for d in "$SHARED"/data/wmt-newstest/*/; do
	n=$(basename "$d")
	paste "$d/zho_Hans.txt" "$d/eng.txt" >"$T/$n.tsv"
	run "$n-pairs" check --pairs "$T/$n.tsv"
	run "$n-pairs-json" check --format=json --pairs "$T/$n.tsv"
done
S=$SHARED/seeds
zs=$(ls "$S"/003* 2>/dev/null | head -1)
es=$(ls "$S"/000* 2>/dev/null | head -1)
if [ -n "$zs" ] && [ -n "$es" ]; then
	run "seeds-check" check "$zs" "$es"
	run "seeds-align" align --format=beads "$zs" "$es"
fi
exit 0
