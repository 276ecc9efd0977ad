#!/bin/sh
# libzhen exports exactly the functions its public headers declare: every
# export is zhen_-prefixed (the rest is hidden with -fvisibility=hidden), so
# internals never become API by accident, and every ZHEN_API declaration
# has its symbol, so an installed program never fails to link.
# usage: symbols.sh LIBZHEN INCLUDE_DIR
lib=$1 inc=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ {print $3}' | grep -v '^_' | sort >"$T/exported"
bad=$(grep -v '^zhen_' "$T/exported")
if [ -n "$bad" ]; then
	echo "exported without the zhen_ prefix:"; echo "$bad"
	echo "symbols: 0 passed, 1 failed"; exit 1
fi
grep -h 'ZHEN_API' "$inc"/zhen/*.h | grep -v 'define ZHEN_API' |
	sed -E 's/.*[^a-z0-9_](zhen_[a-z0-9_]+)\(.*/\1/' | sort >"$T/declared"
if ! diff "$T/declared" "$T/exported" >"$T/diff"; then
	echo "declared (<) and exported (>) differ:"; grep '^[<>]' "$T/diff"
	echo "symbols: 0 passed, 1 failed"; exit 1
fi
echo "symbols: $(wc -l <"$T/exported") exported, all zhen_* and all declared in $inc/zhen"
echo "symbols: 1 passed, 0 failed"
