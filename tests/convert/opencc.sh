#!/bin/bash
# `zhen convert --convert=X` is byte for byte `opencc -c X.json`, on the
# FLORES Traditional text and on every corpus zh.txt. Skipped (exit 77)
# when the opencc command is not installed.
# Usage: opencc.sh ZHEN_BINARY   (prints "opencc: N passed, N failed")
set -u
ZHEN=$1
ROOT=${ZHEN_SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}
if ! command -v opencc >/dev/null 2>&1; then
	echo "opencc: command not found, skipped"
	exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
files=("$ROOT"/corpus/*/zh.txt)
if [ -n "${ZHEN_SHARED:-}" ] && [ -r "$ZHEN_SHARED/data/flores200-dev/zho_Hant.txt" ]; then
	files+=("$ZHEN_SHARED/data/flores200-dev/zho_Hant.txt")
else
	echo "# ZHEN_SHARED data absent: FLORES skipped"
fi
for f in "${files[@]}"; do
	for mode in t2s tw2s hk2s tw2sp; do
		# Absolute config paths: a stray X.json in the CWD would shadow
		# the system one (platform.md §1).
		opencc -c "/usr/share/opencc/$mode.json" -i "$f" -o "$T/want"
		"$ZHEN" convert --convert=$mode "$f" >"$T/got" 2>"$T/err"
		st=$?
		name="${f#"$ROOT"/} $mode"
		if [ $st = 0 ] && cmp -s "$T/want" "$T/got"; then
			pass=$((pass + 1)); echo "ok - $name"
		else
			fail=$((fail + 1)); echo "FAIL - $name: $(cmp "$T/want" "$T/got" 2>&1 | head -1) $(head -c 200 "$T/err")"
		fi
	done
done
echo
echo "opencc: $pass passed, $fail failed"
[ "$fail" = 0 ]
