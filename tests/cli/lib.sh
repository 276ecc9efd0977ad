# tests/cli/lib.sh: what the CLI test scripts share, sourced after their
# usage line with the zhen binary as $1. Sets ZHEN, SRC, SHARED, a
# temporary folder T (removed on exit), and the ok/bad/check/run helpers;
# the script prints "N passed, N failed" with finish.
ZHEN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=${ZHEN_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}
SHARED=${ZHEN_SHARED:-$SRC/../shared}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# no default lexicon, no colour: the reports are the same on every machine
export XDG_DATA_HOME=$T/no-data NO_COLOR=1
pass=0 fail=0

ok() { pass=$((pass + 1)); echo "ok - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; }
# check NAME COMMAND...: the command succeeds (a test of its own)
check() { local n=$1; shift; if "$@"; then ok "$n"; else bad "$n"; fi; }
# run WANT_STATUS CMD...: stdout in $T/out, stderr in $T/err; the status is
# compared
run() {
	local want=$1
	shift
	"$@" >"$T/out" 2>"$T/err" </dev/null
	got=$?
	[ "$got" = "$want" ]
}
# finish [NAME]: the count line, and the status of the script
finish() {
	echo "${1:+$1: }$pass passed, $fail failed"
	[ "$fail" = 0 ]
}
