#!/bin/bash
# CLI tests of finding ids, baselines (--write-baseline, --baseline, zhen
# accept) and the settings file (.zhen.ini, --config, zhen config).
# Usage: settings.sh ZHEN_BINARY. Prints "N passed, N failed" at the end.
set -u
. "$(dirname "$0")/lib.sh"
# the one stderr line of an exit 2 names FILE:LINE
err_at() { grep -q "^zhen: $1: " "$T/err"; }

# Everything below runs in a project folder of its own, so that no
# .zhen.ini above the build tree takes part, and none of ours leaks out.
P=$T/proj
mkdir -p "$P/sub/deeper"
cp "$SRC/corpus/tw-results/zh.txt" "$SRC/corpus/tw-results/en.txt" "$P/"
cp "$SRC/corpus/pairs/sample.tsv" "$P/pairs.tsv"
cd "$P" || exit 1

# ---- ids ----
run 1 "$ZHEN" check --config=none zh.txt en.txt
check "every finding line of the text report has an id" \
	test "$(grep -c '^  [a-z]* [a-z]*: .* \[id [0-9a-f]\{12\}\]$' "$T/out")" = \
	     "$(grep -c '^  \(error\|warning\|info\) ' "$T/out")"
grep -o '\[id [0-9a-f]*\]' "$T/out" | tr -d '[]' | cut -d' ' -f2 | sort >"$T/text-ids"
"$ZHEN" check --config=none --format=json zh.txt en.txt 2>/dev/null |
	python3 -c 'import json,sys
for l in sys.stdin:
    o = json.loads(l)
    if "id" in o: print(o["id"])' | sort >"$T/json-ids"
check "JSON findings carry the same ids as the text report" \
	cmp -s "$T/text-ids" "$T/json-ids"
check "ids are distinct in a document" \
	test "$(sort -u "$T/text-ids" | wc -l)" = "$(wc -l <"$T/text-ids")"
"$ZHEN" check --config=none --format=json --pairs pairs.tsv 2>/dev/null >"$T/pj"
check "--pairs JSON findings have ids" python3 -c 'import json,sys,re
rows = [json.loads(l) for l in open(sys.argv[1])]
fs = [f for r in rows for f in r.get("findings", [])]
assert fs and all(re.fullmatch("[0-9a-f]{12}", f["id"]) for f in fs)' "$T/pj"
"$ZHEN" check --config=none --pairs pairs.tsv >"$T/pt" 2>/dev/null
check "--pairs text shows the ids" grep -q '\[id [0-9a-f]\{12\}\]$' "$T/pt"
# a pair's id does not depend on its line: the same pairs after a new first
# line keep theirs
{ printf '新的一行。\tA new line.\n'; cat pairs.tsv; } >moved.tsv
"$ZHEN" check --config=none --pairs moved.tsv >"$T/pt2" 2>/dev/null
check "pair ids survive lines added above" cmp -s \
	<(grep -o '\[id [0-9a-f]*\]' "$T/pt" | sort) \
	<(grep -o '\[id [0-9a-f]*\]' "$T/pt2" | sort)

# ---- baselines ----
run 1 "$ZHEN" check --config=none --write-baseline base.tsv zh.txt en.txt
check "--write-baseline: the run reports as usual (exit 1)" test "$got" = 1
check "the baseline starts with its format line" \
	test "$(head -1 base.tsv | cut -c1-17)" = "# zhen baseline 1"
check "the baseline has one line per finding" \
	test "$(grep -vc '^#' base.tsv)" = "$(wc -l <"$T/text-ids")"
check "the baseline is sorted by id" cmp -s <(grep -v '^#' base.tsv | cut -f1) "$T/text-ids"
check "each line: id, type, zh, en, date, reason" \
	test -z "$(grep -v '^#' base.tsv | grep -Ev '^[0-9a-f]{12}	[a-z]+	[^	]+	[^	]+	[0-9]{4}-[0-9]{2}-[0-9]{2}	-$')"
check "a line names the figures as written" \
	grep -q "$(printf 'value\t26.5％\t25.6%%\t')" base.tsv
check "no temporary file is left" test "$(ls -a | grep -c 'base.tsv.')" = 0
run 0 "$ZHEN" check --config=none --baseline base.tsv zh.txt en.txt
check "a baseline written on the first run: zero new findings on the second (exit 0)" \
	test "$got" = 0
check "  ... nothing reported" test "$(grep -c '^  ' "$T/out")" = 0
check "  ... the summary counts the accepted" \
	grep -q '^zhen: 16 beads checked, 0 errors, 0 warnings, 0 info, 9 accepted$' "$T/out"
"$ZHEN" check --config=none --format=json --baseline base.tsv zh.txt en.txt >"$T/j" 2>/dev/null
check "JSON summary: \"accepted\"" python3 -c 'import json,sys
s = json.loads(open(sys.argv[1]).read().splitlines()[-1])["summary"]
assert s["accepted"] == 9 and s["errors"] == 0, s' "$T/j"
run 1 "$ZHEN" check --config=none zh.txt en.txt
check "without a baseline the summary has no accepted count" \
	grep -q '^zhen: 16 beads checked, 6 errors, 3 warnings, 0 info$' "$T/out"

# an edit elsewhere: a paragraph added at the top of both files
{ echo '前言：本報告為年度摘要，共有十二頁。'; cat zh.txt; } >zh2.txt
{ echo 'Foreword: this report is the annual summary, in twelve pages.'; cat en.txt; } >en2.txt
run 0 "$ZHEN" check --config=none --baseline base.tsv zh2.txt en2.txt
check "lines added above: still zero new findings" test "$got" = 0
# the finding's own figure edited: it is new again
sed 's/上升3.5個百分點/上升3.6個百分點/' zh.txt >zh3.txt
sed 's/up 3.5%/up 3.6%/' en.txt >en3.txt
run 1 "$ZHEN" check --config=none --baseline base.tsv zh3.txt en3.txt
check "its figure edited: the finding is reported again" \
	grep -q '^  error unit: 3.6個百分點' "$T/out"
check "  ... and only it" test "$(grep -c '^  ' "$T/out")" = 1

# zhen accept
id=$(grep -o 'error unit: .*\[id [0-9a-f]*\]' "$T/out" | grep -o '[0-9a-f]\{12\}')
cp base.tsv before.tsv
run 0 "$ZHEN" accept "$id" --baseline base.tsv --reason 'points, as the source says'
check "accept: exit 0" test "$got" = 0
check "accept adds the id with the reason and a date" \
	grep -q "^$id	-	-	-	[0-9-]\{10\}	points, as the source says\$" base.tsv
check "accept keeps the other lines and the order" \
	cmp -s <(grep -v '^#' base.tsv | grep -v "^$id" ) <(grep -v '^#' before.tsv)
check "accept keeps the file sorted" cmp -s <(grep -v '^#' base.tsv | cut -f1) \
	<(grep -v '^#' base.tsv | cut -f1 | sort)
run 0 "$ZHEN" check --config=none --baseline base.tsv zh3.txt en3.txt
check "the accepted finding is not reported" test "$got" = 0
old=$(head -4 "$T/text-ids" | tail -1)
run 0 "$ZHEN" accept "${old^^}" --baseline base.tsv --reason $'two\tlines\nin one'
check "accept of a listed id sets its reason (upper case id, TAB and newline as spaces)" \
	test "$(grep -c "^$old.*	two lines in one\$" base.tsv)" = 1
check "  ... it stays one line" test "$(grep -c "^$old" base.tsv)" = 1
# --write-baseline over the baseline read keeps the reasons, drops what is gone
run 0 "$ZHEN" check --config=none --baseline base.tsv --write-baseline base.tsv zh3.txt en3.txt
check "rewriting the baseline read: exit of the run" test "$got" = 0
check "  ... reasons kept" grep -q "	two lines in one\$" base.tsv
check "  ... the accepted 3.6 finding recorded with its figures and reason" \
	grep -q "^$id	unit	3.6個百分點	3.6%	.*	points, as the source says\$" base.tsv
check "  ... the fixed 3.5 finding dropped" test "$(grep -c '3.5個百分點' base.tsv)" = 0
run 2 "$ZHEN" accept "$id" --baseline base.tsv
check "accept without --reason: usage error" test "$got" = 2
run 2 "$ZHEN" accept nothex --baseline base.tsv --reason x
check "accept of no id: usage error" test "$got" = 2
run 0 "$ZHEN" accept 0123456789ab --baseline fresh.tsv --reason 'a first one'
check "accept creates a baseline" grep -q '^0123456789ab	' fresh.tsv
run 0 "$ZHEN" accept "$id" --config=none --baseline fresh.tsv --reason 'checked' zh3.txt en3.txt
check "accept with the documents records the type and figures" \
	grep -q "^$id	unit	3.6個百分點	3.6%	[0-9-]*	checked\$" fresh.tsv
cp fresh.tsv fresh.before
run 2 "$ZHEN" accept "$id" --config=none --baseline fresh.tsv --reason 'x' zh.txt en.txt
check "accept of an id the documents do not have: exit 2" \
	grep -q "^zhen: no finding $id in zh.txt and en.txt; nothing accepted" "$T/err"
check "  ... nothing written" cmp -s fresh.tsv fresh.before

# pairs
run 1 "$ZHEN" check --config=none --pairs pairs.tsv --write-baseline pb.tsv
run 0 "$ZHEN" check --config=none --pairs pairs.tsv --baseline pb.tsv
check "--pairs: a baseline written on the first run, zero new on the second" \
	test "$got" = 0
check "  ... summary" grep -q '^zhen: 50 pairs checked, 0 errors, 0 warnings, 0 info, 18 accepted$' "$T/out"
"$ZHEN" check --config=none --pairs pairs.tsv --baseline pb.tsv --format=json >"$T/pj" 2>/dev/null
check "  ... JSON: one object a line, no findings left, the summary counts the accepted" python3 -c 'import json,sys
rows = [json.loads(l) for l in open(sys.argv[1])]
s = rows.pop()["summary"]
assert len(rows) == 50 and not any(r["findings"] for r in rows)
assert s["accepted"] == 18 and s["errors"] == s["warnings"] == 0, s' "$T/pj"

# --batch: workers record into one baseline (--jobs 2)
mkdir -p batch && cp zh.txt batch/a.zh.txt && cp en.txt batch/a.en.txt &&
	cp zh3.txt batch/b.zh.txt && cp en3.txt batch/b.en.txt
run 1 "$ZHEN" check --config=none --batch batch --jobs 2 --write-baseline bb.tsv
run 0 "$ZHEN" check --config=none --batch batch --jobs 2 --baseline bb.tsv
check "--batch --jobs 2: a baseline written on the first run, zero new on the second" \
	test "$got" = 0
check "  ... each pair's summary counts its accepted" \
	test "$(grep -c '^zhen: 16 beads checked, 0 errors, 0 warnings, 0 info, 9 accepted$' "$T/out")" = 2
check "  ... the baseline holds both pairs' findings, each id once" \
	test "$(grep -vc '^#' bb.tsv)" = 10

# broken baselines: exit 2, FILE:LINE
# broken NAME FILE LINE CONTENT OPTIONS...: with FILE holding CONTENT the
# check stops, exit 2, naming FILE:LINE
broken() {
	local name=$1 file=$2 line=$3
	printf '%b' "$4" >"$file"
	shift 4
	run 2 "$ZHEN" check "$@" zh.txt en.txt
	if [ "$got" = 2 ] && err_at "$file:$line"; then ok "$name"
	else bad "$name (exit $got, $(head -c 200 "$T/err"))"; fi
}
broken_baseline() { # NAME LINE CONTENT
	broken "broken baseline: $1" broken.tsv "$2" "$3" --config=none --baseline=broken.tsv
}
broken_baseline "a bad id" 4 "$(head -3 base.tsv)\nabc\tvalue\t1\t2\t2024-01-01\tx\n"
broken_baseline "too few fields" 1 '0123456789ab\tvalue\t1\t2\n'
broken_baseline "too many fields" 1 '0123456789ab\tvalue\t1\t2\t2024-01-01\tx\ty\n'
broken_baseline "a bad date" 2 '# c\n0123456789ab\tvalue\t1\t2\t2024-13-01\tx\n'
broken_baseline "an unknown type" 1 '0123456789ab\tvalues\t1\t2\t2024-01-01\tx\n'
broken_baseline "an empty reason" 1 '0123456789ab\tvalue\t1\t2\t2024-01-01\t\n'
broken_baseline "another format version" 1 '# zhen baseline 2\n'
broken_baseline "invalid UTF-8" 1 '0123456789ab\tvalue\t1\t2\t2024-01-01\t\xff\n'
run 2 "$ZHEN" accept 0123456789ab --baseline broken.tsv --reason x
check "accept into a broken baseline: exit 2, nothing written" \
	test "$(od -An -tx1 broken.tsv | grep -c ff)" = 1
run 2 "$ZHEN" check --config=none --baseline missing.tsv zh.txt en.txt
check "--baseline naming no file: exit 2" err_at "missing.tsv"
run 2 "$ZHEN" check --config=none --write-baseline zh.txt zh.txt en.txt
check "--write-baseline over an input: refused" err_at "zh.txt"
check "  ... the input untouched" cmp -s zh.txt "$SRC/corpus/tw-results/zh.txt"
mkdir ro && cp base.tsv ro/b.tsv && chmod 555 ro
if [ ! -w ro ]; then
	run 2 "$ZHEN" check --config=none --write-baseline ro/b.tsv zh.txt en.txt
	check "an unwritable folder: exit 2, the old baseline whole" \
		cmp -s ro/b.tsv base.tsv
else
	ok "an unwritable folder (skipped: running as root)"
fi
chmod 755 ro

# ---- the settings file ----
cat >.zhen.ini <<'EOF'
# zhen's settings for this project
baseline = base.tsv
strict = true

[severity]
series = off
missing.percent = info

[ignore]
text = 新台幣97*
value = 54000
EOF
cd sub/deeper || exit 1
run 0 "$ZHEN" config
check "zhen config: found in a parent directory" grep -q "^; settings file: $P/.zhen.ini" "$T/out"
check "zhen config: a setting from the file, with file:line" \
	grep -q "^strict = true  *; $P/.zhen.ini:3\$" "$T/out"
check "zhen config: a path resolved from the file's folder" \
	grep -q "^baseline = $P/base.tsv  *; $P/.zhen.ini:2\$" "$T/out"
check "zhen config: a default" grep -q '^dict = (none)  *; default$' "$T/out"
check "zhen config: the sections" grep -q "^series = off  *; $P/.zhen.ini:6\$" "$T/out"
check "zhen config: an ignore rule" grep -q "^value = 54000  *; $P/.zhen.ini:11\$" "$T/out"
run 0 "$ZHEN" config --baseline=none --lexicon=none
check "zhen config: the command line wins, and says so" \
	grep -q '^baseline = none  *; command line$' "$T/out"
check "zhen config: --lexicon from the command line" \
	grep -q '^lexicon = none  *; command line$' "$T/out"
run 0 "$ZHEN" config --config=none
check "zhen config --config=none: no file" grep -q '^; settings file: none (--config=none)' "$T/out"
check "  ... defaults" grep -q '^strict = false  *; default$' "$T/out"

# the settings act on a check from a subfolder
run 1 "$ZHEN" check --baseline=none "$P/zh.txt" "$P/en.txt"
check "settings from a parent: strict makes extra an error" grep -q '^  error extra: 19%' "$T/out"
check "  ... series = off hides the series warning" test "$(grep -c ' series: ' "$T/out")" = 0
check "  ... missing.percent = info lowers a strict error" grep -q '^  info missing: 43％' "$T/out"
check "  ... ignore text (a glob) hides 新台幣97億元" test "$(grep -c ']*新台幣97億元' "$T/out")" = 0
check "  ... ignore value hides 5.4萬 = 54000" test "$(grep -c ' 5.4萬 = ' "$T/out")" = 0
run 0 "$ZHEN" check "$P/zh.txt" "$P/en.txt"
check "the settings file's baseline is used" grep -q 'accepted$' "$T/out"
run 1 "$ZHEN" check --config=none "$P/zh.txt" "$P/en.txt"
check "--config=none: none of it" grep -q ' series: ' "$T/out"
cd "$P" || exit 1
printf 'strict = false\n' >other.ini
run 1 "$ZHEN" check --config=other.ini --strict zh.txt en.txt
check "--strict on the command line wins over strict = false" grep -q '^  error extra: 19%' "$T/out"
run 0 "$ZHEN" config --config=other.ini
check "--config=FILE names the file" grep -q '^; settings file: other.ini (--config)' "$T/out"
run 2 "$ZHEN" check --config=absent.ini zh.txt en.txt
check "--config naming no file: exit 2" err_at "absent.ini"
# a baseline the settings name but nobody wrote yet: nothing accepted
printf 'baseline = not-yet.tsv\n' >other.ini
run 1 "$ZHEN" check --config=other.ini zh.txt en.txt
check "the settings' baseline not written yet: nothing accepted" \
	grep -q '^zhen: 16 beads checked, 6 errors, 3 warnings, 0 info, 0 accepted$' "$T/out"
# the settings apply to --pairs too
printf '[severity]\nmagnitude = warning\n' >other.ini
run 1 "$ZHEN" check --config=other.ini --pairs pairs.tsv
check "--pairs: magnitude = warning" test "$(grep -c '^  warning magnitude: ' "$T/out")" -gt 0
check "  ... and no magnitude error left" test "$(grep -c '^  error magnitude: ' "$T/out")" = 0

# broken settings files: exit 2, FILE:LINE
broken_settings() { # NAME LINE CONTENT
	broken "broken settings: $1" bad.ini "$2" "$3" --config=bad.ini
}
broken_settings "an unknown key" 2 '# x\nstrikt = true\n'
broken_settings "strict not true or false" 1 'strict = yes\n'
broken_settings "an unknown section" 3 'strict = true\n\n[severities]\nseries = off\n'
broken_settings "an unknown type" 2 '[severity]\nserie = off\n'
broken_settings "an unknown kind" 2 '[severity]\nmissing.cash = error\n'
broken_settings "a bad severity" 2 '[severity]\nmissing = fatal\n'
broken_settings "a severity set twice" 3 '[severity]\nmissing = info\nmissing = error\n'
broken_settings "a key set twice" 2 'baseline = a.tsv\nbaseline = b.tsv\n'
broken_settings "a line without =" 2 '[ignore]\ntext\n'
broken_settings "an unknown ignore rule" 2 '[ignore]\nfigure = 3\n'
broken_settings "an empty value" 1 'dict =\n'
broken_settings "an unclosed section" 1 '[severity\n'
broken_settings "invalid UTF-8" 2 '# ok\n# \xff\n'
broken_settings "a line too long" 2 "strict = true\n# $(head -c 5000 /dev/zero | tr '\0' x)\n"
printf 'dict = nope-units.tsv\n' >bad.ini
run 2 "$ZHEN" check --config=bad.ini zh.txt en.txt
check "a dictionary the settings name, missing: exit 2 naming it" \
	grep -q "^zhen: nope-units.tsv: " "$T/err"

echo
finish settings
