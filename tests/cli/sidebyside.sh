#!/bin/bash
# CLI tests of zhen align's side-by-side view (src/report/sidebyside.c):
# at any width no line cuts a figure zhen read that fits its column (the
# wrap is at ICU's line-break opportunities, never inside a figure), every
# line fits the width, and each bead lists the findings zhen check reports
# for it, under it.
# Usage: sidebyside.sh ZHEN_BINARY. Prints "N passed, N failed" at the end.
set -u
. "$(dirname "$0")/lib.sh"

cd "$T" || exit 1
for d in tw-results hk-deal cn-policy; do
	"$ZHEN" numbers --lang=zh "$SRC/corpus/$d/zh.txt" | cut -f7 >"$d.figs"
	"$ZHEN" numbers --lang=en "$SRC/corpus/$d/en.txt" | cut -f7 >>"$d.figs"
done
check "the figures of the corpus are read (the test has something to find)" \
	grep -qxF '新台幣1,250億元' tw-results.figs

# Every figure that fits the column stands whole on one line as often as
# the two documents hold it; no line is wider than the width asked for.
# Display width as the view counts it: East Asian wide and full-width
# characters two columns.
whole() { # CORPUS WIDTH VIEW
	python3 - "$SRC/corpus/$1" "$1.figs" "$2" "$3" <<'EOF'
import re, sys, unicodedata
src, figs, width = sys.argv[1], sys.argv[2], int(sys.argv[3])
cols = lambda s: sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1
                     for c in s)
view = [l for l in open(sys.argv[4], encoding='utf-8').read().split('\n')
        if l and not l.startswith('@@')
        and not re.match(r'  (error|warning|info) ', l)]
col = max(width, 40) - 3
left, right = col // 2, col - col // 2
text = {side: open(f'{src}/{side}.txt', encoding='utf-8').read()
        for side in ('zh', 'en')}
bad = [l for l in view if cols(l) > width and width >= 40]
for f in set(open(figs, encoding='utf-8').read().split('\n')) - {''}:
    side = 'en' if f.isascii() else 'zh'
    if cols(f) > (left if side == 'zh' else right):
        continue
    want = text[side].count(f)
    got = sum(l.count(f) for l in view)
    if got < want:
        bad.append(f'{f}: {got} whole of {want}')
if bad: print('\n'.join(bad[:5]))
sys.exit(1 if bad else 0)
EOF
}
for w in 40 60 80; do
	for d in tw-results hk-deal cn-policy; do
		COLUMNS=$w "$ZHEN" align --config=none "$SRC/corpus/$d/zh.txt" \
			"$SRC/corpus/$d/en.txt" >view 2>/dev/null
		check "COLUMNS=$w $d: no figure that fits is cut, no line too wide" \
			whole "$d" "$w" view
	done
done
# without a terminal's width (piped, COLUMNS unset): 100 columns
env -u COLUMNS "$ZHEN" align --config=none "$SRC/corpus/tw-results/zh.txt" \
	"$SRC/corpus/tw-results/en.txt" | cat >view
check "COLUMNS unset, piped: 新台幣1,250億元 whole, lines of 100 at most" \
	whole tw-results 100 view
check "... the line holds 1,250 with its currency and unit" \
	grep -qF '新台幣1,250億元' view
# one piece wider than the column is cut where the column ends
printf '%s\n' "營收$(printf '%.0s字' $(seq 40))34億元。" >long.zh
printf 'Revenue of %s was RMB 3.4 billion.\n' "$(printf 'x%.0s' $(seq 60))" >long.en
COLUMNS=40 "$ZHEN" align --config=none --force long.zh long.en >view 2>/dev/null
check "a word wider than the column is cut, and no line is wider than 40" \
	python3 -c '
import sys, unicodedata
cols = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
v = [l for l in open("view", encoding="utf-8").read().split("\n") if l and l[0] != "@"]
sys.exit(0 if all(cols(l) <= 40 for l in v) and sum("x" in l for l in v) >= 4 else 1)'

# Findings under their bead: each finding line zhen check prints stands in
# the view under the bead of the same sides, and the view lists no other.
under() { # CHECK_OUTPUT VIEW
	python3 - "$1" "$2" <<'EOF'
import re, sys
def beads(path, check):
    out, sides = [], None
    for l in open(path, encoding='utf-8').read().split('\n'):
        if l.startswith('@@'):
            # check: "@@ SIDES @@"; align: "@@ 1-1  confidence 1.00  SIDES @@"
            sides = re.sub(r'^@@ (\d+-\d+  confidence [\d.]+  )?', '', l)
        elif l.startswith('  ') and re.match(r'  (error|warning|info) ', l):
            out.append((sides, l))
    return out
c, a = beads(sys.argv[1], True), beads(sys.argv[2], False)
sys.exit(0 if c and sorted(c) == sorted(a) else 1)
EOF
}
for d in tw-results hk-deal cn-policy; do
	"$ZHEN" check --config=none "$SRC/corpus/$d/zh.txt" \
		"$SRC/corpus/$d/en.txt" >check.txt 2>/dev/null
	COLUMNS=80 "$ZHEN" align --config=none "$SRC/corpus/$d/zh.txt" \
		"$SRC/corpus/$d/en.txt" >view 2>/dev/null
	check "$d: every finding of zhen check under its bead in the view, no other" \
		under check.txt view
done
check "... worded as the text report, with severity, type, message and id" \
	grep -qE '^  error value: 26\.5％ = 26\.5% ≠ 25\.6% = 25\.6% \[id [0-9a-f]{12}\]$' \
	<(COLUMNS=80 "$ZHEN" align --config=none "$SRC/corpus/tw-results/zh.txt" \
		"$SRC/corpus/tw-results/en.txt")
# the settings act on the view as on check: a type set off is not listed
printf '[severity]\nvalue = off\n' >off.ini
run 0 "$ZHEN" align --config=off.ini "$SRC/corpus/tw-results/zh.txt" \
	"$SRC/corpus/tw-results/en.txt"
check "a settings file's severity off hides the type; align exits 0 with findings" \
	sh -c "! grep -q '^  error value:' '$T/out' && grep -q '^  error unit:' '$T/out'"
# the formats for scripts are the alignment alone, as before
for f in tsv tmx json beads; do
	"$ZHEN" align --config=none --format=$f "$SRC/corpus/tw-results/zh.txt" \
		"$SRC/corpus/tw-results/en.txt" >fmt 2>/dev/null
	check "align --format=$f lists no finding" \
		sh -c '! grep -qE "\[id [0-9a-f]{12}\]|\"severity\"" fmt'
done

finish
