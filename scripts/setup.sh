#!/bin/sh
# Install what zhen needs on Debian/Ubuntu (when root or sudo is available),
# then configure and build it in ./build. Safe to run again.
#   scripts/setup.sh          what building and running zhen needs
#   scripts/setup.sh --tests  that, and what every test needs as well
set -eu
cd "$(dirname "$0")/.."

tests=0
case ${1:-} in
--tests) tests=1 ;;
"") ;;
*) echo "usage: scripts/setup.sh [--tests]" >&2; exit 2 ;;
esac

PKGS="gcc g++ libc6-dev pkg-config meson ninja-build python3 libopencc-dev opencc libicu-dev libutf8proc-dev libxml2-dev libzip-dev libcsv-dev libinih-dev check"
# The browser test of the HTML report (tests/browser/): Debian's Chromium,
# a CJK font so that its screenshots show the Chinese, and Node.js with
# npm for playwright-core. A node and npm already on the PATH (NodeSource's
# nodejs ships its own npm, which Debian's npm package conflicts with) are
# used as they are.
if [ $tests = 1 ]; then
	# parallel: tests/streams runs the README's chunked --pairs recipe
	# through GNU parallel
	PKGS="$PKGS chromium fonts-wqy-microhei parallel"
	# valgrind: meson test --setup valgrind (tests/valgrind-wrap.sh)
	PKGS="$PKGS valgrind"
	if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
		PKGS="$PKGS nodejs npm"
	fi
fi

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

# playwright-core at the version tests/browser/package-lock.json pins, into
# tests/browser/node_modules (never a browser of its own: the test drives
# /usr/bin/chromium). Skipped when that version is there already.
pw=tests/browser/node_modules/playwright-core/package.json
want=$(sed -n 's/.*"playwright-core": "\([0-9.]*\)".*/\1/p' tests/browser/package.json)
if [ $tests = 1 ] && ! grep -q "\"version\": \"$want\"" "$pw" 2>/dev/null; then
	echo "zhen setup: npm ci in tests/browser (playwright-core $want)" >&2
	# without the registry the build still goes on: the test then skips
	(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
		echo "zhen setup: npm ci failed; the browser test will skip" >&2
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
