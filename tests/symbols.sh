#!/bin/sh
# Every symbol libzhen exports is zhen_-prefixed (the rest is hidden with
# -fvisibility=hidden), so internals never become API by accident.
lib=$1
bad=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ {print $3}' | grep -v '^zhen_' | grep -v '^_')
if [ -n "$bad" ]; then
	echo "exported without the zhen_ prefix:"; echo "$bad"
	echo "symbols: 0 passed, 1 failed"; exit 1
fi
n=$(nm -D --defined-only "$lib" | awk '$2 == "T"' | grep -c ' zhen_')
echo "symbols: $n exported, all zhen_*"
echo "symbols: 1 passed, 0 failed"
