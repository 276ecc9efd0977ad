#!/bin/sh
# The HTML report of zhen check in a real browser: Debian's Chromium,
# driven by playwright-core (tests/browser/report.mjs), never a browser
# of Playwright's own. Skips (exit 77, meson's skip) with a line saying
# what is missing; scripts/setup.sh installs all of it.
# Usage: run.sh ZHEN_BINARY OUT_DIR (screenshots and pages go to OUT_DIR)
set -u
here=$(cd "$(dirname "$0")" && pwd)
chromium=${ZHEN_CHROMIUM:-/usr/bin/chromium}

skip() {
	echo "SKIP browser test: $1 (scripts/setup.sh installs it)"
	exit 77
}
[ -x "$chromium" ] || skip "no Chromium at $chromium (Debian: apt-get install chromium)"
command -v node >/dev/null 2>&1 || skip "no node (Debian: apt-get install nodejs npm)"
[ -f "$here/node_modules/playwright-core/package.json" ] ||
	skip "no playwright-core in tests/browser/node_modules (cd tests/browser && npm ci)"
mkdir -p "$2"
exec node "$here/report.mjs" "$1" "$2" "$chromium"
