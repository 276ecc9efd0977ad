#!/bin/sh
# Install what zhen needs on Debian/Ubuntu (when root or sudo is available),
# then configure and build it in ./build. Safe to run again.
set -eu
cd "$(dirname "$0")/.."

PKGS="gcc g++ libc6-dev pkg-config meson ninja-build python3 libopencc-dev opencc libicu-dev libutf8proc-dev libxml2-dev libzip-dev libcsv-dev check"

missing=""
for p in $PKGS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done

if [ -n "$missing" ]; then
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "zhen setup: no apt-get here; install these packages (Debian names):$missing" >&2
		exit 1
	fi
	if [ "$(id -u)" = 0 ]; then
		SUDO=""
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		SUDO="sudo"
	else
		echo "zhen setup: missing packages; as root run:" >&2
		echo "  apt-get update && apt-get install -y$missing" >&2
		exit 1
	fi
	echo "zhen setup: installing$missing" >&2
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

# Warnings are errors only where the project controls the compiler: CI and
# development builds set ZHEN_WERROR=1 (.ci/run does); a user's build never.
if [ ! -f build/build.ninja ]; then
	meson setup build >/dev/null
fi
if [ "${ZHEN_WERROR:-0}" = 1 ]; then
	meson configure build -Dwerror=true >/dev/null
fi
meson compile -C build >/dev/null
echo "zhen setup: built build/src/zhen ($(build/src/zhen --version))" >&2
