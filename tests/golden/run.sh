#!/bin/bash
# Golden end-to-end tests. Each folder tests/golden/CASE/ holds
#   args             the zhen arguments, one line, paths relative to the source root
#   expected.out     the exact stdout
#   expected.status  the exit status
# Usage: run.sh ZHEN_BINARY. With ZHEN_UPDATE_GOLDEN=1 the expectations are
# rewritten from the current output; review them with `git diff tests/golden`.
set -u
ZHEN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=${ZHEN_SOURCE:-$(cd "$HERE/../.." && pwd)}
pass=0 fail=0
# no lexicon of this machine's (scripts/get-lexicon.sh) in the expectations
export NO_COLOR=1 COLUMNS=100 XDG_DATA_HOME=$HERE/no-xdg-data
for dir in "$HERE"/*/; do
	name=$(basename "$dir")
	[ -f "$dir/args" ] || continue
	read -r -a args <"$dir/args"
	out=$(cd "$ROOT" && "$ZHEN" "${args[@]}" 2>/dev/null; echo "status=$?")
	status=${out##*status=}
	out=${out%status=*}
	if [ "${ZHEN_UPDATE_GOLDEN:-}" = 1 ]; then
		printf '%s' "$out" >"$dir/expected.out"
		echo "$status" >"$dir/expected.status"
		echo "updated - $name"
		continue
	fi
	if diff -u "$dir/expected.out" <(printf '%s' "$out") >/tmp/golden.$$ 2>&1 &&
	   [ "$status" = "$(cat "$dir/expected.status")" ]; then
		pass=$((pass + 1))
		echo "ok - $name"
	else
		fail=$((fail + 1))
		echo "FAIL - $name (status $status, expected $(cat "$dir/expected.status"))"
		head -60 /tmp/golden.$$
	fi
	rm -f /tmp/golden.$$
done
echo
echo "golden: $pass passed, $fail failed"
[ "$fail" = 0 ]
