#!/bin/sh
# meson test --setup valgrind runs every test through this wrapper. A test
# that is a program (the Check suites, the fuzz replays) runs under
# valgrind. A test that is a script (cli, golden, corpus, ...) runs as it
# is, and every program among its arguments (the zhen binary the suites are
# given) is replaced by a shim that runs that program under valgrind: the
# scripts then check zhen itself, not the shell or Python that drive it.
# valgrind's verdict reaches the script as exit status 99 (no test expects
# it) and a report on stderr.
set -eu

vg() {
	exec valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect \
		--error-exitcode=99 "$@"
}

# a program (not a shared library: the symbols test takes libzhen.so)
is_elf() {
	case $1 in *.so|*.so.*) return 1 ;; esac
	[ -f "$1" ] && [ -x "$1" ] && [ "$(head -c 4 "$1" | od -An -c | tr -d ' ')" = '177ELF' ]
}

case $(basename "$1") in
python*|sh|bash|dash|perl) ;;     # meson runs a script through its interpreter
*) if is_elf "$1"; then vg "$@"; fi ;;
esac

shims=$(mktemp -d "${TMPDIR:-/tmp}/zhen-vg.XXXXXX")
trap 'rm -rf "$shims"' EXIT INT TERM
script=$1
shift
n=0
for a in "$@"; do
	if is_elf "$a"; then
		n=$((n + 1))
		real=$(cd "$(dirname "$a")" && pwd)/$(basename "$a")
		mkdir -p "$shims/$n"
		shim=$shims/$n/$(basename "$a")
		printf '#!/bin/sh\nexec valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 "%s" "$@"\n' \
			"$real" >"$shim"
		chmod +x "$shim"
		a=$shim
	fi
	set -- "$@" "$a"
	shift
done
export ZHEN_VALGRIND=1
"$script" "$@"
