#!/bin/sh
# Every function libzhen exports has its misuse test in test_misuse.c: a
# START_TEST(misuse_NAME) whose body names NAME, registered with T(NAME).
# Read from the library's exports (nm -D), not from a list kept by hand, so
# a public function added without misuse cases fails here.
# usage: misuse-coverage.sh LIBZHEN TEST_MISUSE_C
lib=$1 src=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
nm -D --defined-only "$lib" | awk '$2 ~ /^[TW]$/ && $3 ~ /^zhen_/ {print $3}' |
	sort -u >"$T/exported"
if [ ! -s "$T/exported" ]; then
	echo "misuse-coverage: no zhen_ function exported by $lib"; exit 1
fi
# For each test: its name and whether its body mentions its function as a
# whole word (a call, or a function pointer handed to a shared helper).
awk '
	/^START_TEST\(misuse_zhen_[a-z0-9_]*\)/ {
		fn = $0; sub(/^START_TEST\(misuse_/, "", fn); sub(/\).*/, "", fn)
		cur = fn; seen[cur] = 0; next
	}
	/^END_TEST/ { if (cur != "") print cur, seen[cur]; cur = ""; next }
	cur != "" {
		line = $0
		while ((i = index(line, cur)) > 0) {
			after = substr(line, i + length(cur), 1)
			before = i > 1 ? substr(line, i - 1, 1) : " "
			if (after !~ /[a-z0-9_]/ && before !~ /[a-z0-9_]/)
				seen[cur] = 1
			line = substr(line, i + length(cur))
		}
	}
' "$src" >"$T/tests"
sed -n 's/^[[:space:]]*T(\(zhen_[a-z0-9_]*\));.*/\1/p' "$src" | sort -u >"$T/registered"
fail=0
while read -r fn; do
	if ! grep -q "^$fn " "$T/tests"; then
		echo "no misuse test for $fn: add START_TEST(misuse_$fn) to $src"; fail=1
	elif grep -q "^$fn 0$" "$T/tests"; then
		echo "misuse_$fn never calls $fn"; fail=1
	elif ! grep -qx "$fn" "$T/registered"; then
		echo "misuse_$fn is not registered: add T($fn) to the suite"; fail=1
	fi
done <"$T/exported"
# and no test for a function that is gone
cut -d' ' -f1 "$T/tests" | sort >"$T/tested"
for fn in $(comm -13 "$T/exported" "$T/tested"); do
	echo "misuse_$fn tests a function libzhen does not export"; fail=1
done
n=$(wc -l <"$T/exported")
if [ $fail = 0 ]; then
	echo "misuse-coverage: $n exported functions, each with its misuse test"
	echo "misuse-coverage: 1 passed, 0 failed"
else
	echo "misuse-coverage: 0 passed, 1 failed"
fi
exit $fail
