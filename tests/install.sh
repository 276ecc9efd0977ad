#!/bin/sh
# meson install puts the binary, library, headers, pkg-config file and man
# page in place, and a program builds against the installed files alone.
# usage: install.sh BUILD_DIR SOURCE_DIR
set -u
B=$1 S=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass+1)); echo "ok - $1"; else fail=$((fail+1)); echo "FAIL - $1"; fi; }
meson install -C "$B" --destdir "$T" --no-rebuild --quiet >"$T/log" 2>&1
check "meson install succeeds" '[ $? = 0 ] || { cat "$T/log"; false; }'
bin=$(find "$T" -path '*/bin/zhen' | head -1)
pc=$(find "$T" -name zhen.pc | head -1)
check "binary installed" '[ -x "$bin" ]'
check "man page installed" '[ -n "$(find "$T" -name zhen.1)" ]'
check "headers installed" '[ -n "$(find "$T" -path "*/include/zhen/zhen.h")" ]'
check "pkg-config file installed" '[ -n "$pc" ]'
hdr=$(dirname "$(find "$T" -path '*/include/zhen/zhen.h' | head -1)")
check "exactly the public headers installed (none of src/)" \
	'[ "$(cd "$hdr" && ls | sort)" = "$(cd "$S/include/zhen" && ls -- *.h | sort)" ]'
if [ -n "$pc" ] && command -v cc >/dev/null; then
	prefix=$(sed -n 's/^prefix=//p' "$pc")
	flags=$(PKG_CONFIG_PATH=$(dirname "$pc") PKG_CONFIG_SYSROOT_DIR="$T" pkg-config --cflags --libs zhen)
	check "a program builds against the installed files" \
		'cc -std=c99 -pedantic -Werror "$S/tests/headertest.c" $flags -o "$T/prog" 2>"$T/cc.log" || { cat "$T/cc.log"; false; }'
	libdir=$(dirname "$(find "$T" -name 'libzhen.so*' | head -1)")
	check "and runs" 'LD_LIBRARY_PATH="$libdir" "$T/prog"'
	: "$prefix"
fi
echo "install: $pass passed, $fail failed"
[ "$fail" = 0 ]
