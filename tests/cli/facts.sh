#!/bin/bash
# CLI tests of zhen facts: exit status, the text report's quotes and marks,
# JSON Lines, --rates, folders, unreadable inputs; the seed articles when
# ../shared is there (skipped otherwise).
# Usage: facts.sh ZHEN_BINARY. Prints "N passed, N failed" at the end.
set -u
. "$(dirname "$0")/lib.sh"
has() { grep -qF -- "$1" "$T/out"; }

Y=$SRC/corpus/facts/yunfan
check "planted conflicts: exit 1" run 1 "$ZHEN" facts "$Y"
check "the changed figure is quoted and marked" has '[[人民币48.26亿元]]'
check "the currency switch names the rate and its line" \
	has 'at 7.102 CNY per USD, stated in announcement.zh-Hant.txt line 5'
check "the magnitude slip" has 'error magnitude: CNY 1,940,000,000 ≠ CNY 19,400,000,000'
check "the summary line" has 'zhen facts: 3 documents,'

# two companies in one story: each company's figures with its own only
R=$SRC/corpus/facts/rivals
check "two companies: exit 1" run 1 "$ZHEN" facts "$R"
check "two companies: only the planted conflict" has '1 conflicts: 1 errors'
check "two companies: the planted figure" has '[[RMB 620 million]]'
printf '云帆科技2023年营收为人民币48.62亿元。星河集团2023年营收为人民币31.5亿元。\n' >"$T/two.txt"
check "two companies in one sentence pair: exit 0" run 0 "$ZHEN" facts "$T/two.txt"
printf 'Revenue in 2023 was RMB 3.15 billion.\n' >"$T/anon.txt"
check "a document naming no company compares with any: exit 1" \
	run 1 "$ZHEN" facts "$T/two.txt" "$T/anon.txt"
check "json: a fact's company" run 1 "$ZHEN" facts --format=json "$R"
check "json: 雲帆, 云帆 and Yunfan one company (a name in brackets)" \
	python3 -c 'import json,sys; L=[json.loads(l) for l in open(sys.argv[1])]; C={o["fact"]["company"] for o in L if "fact" in o}; assert C == {"云帆","星河"}, C' "$T/out"
check "without the brackets 雲帆 and Yunfan are not linked: exit 0" \
	run 0 "$ZHEN" facts "$R/brief.zh-Hant.txt" "$R/news.en.txt"
# names in Latin letters of more than three words, one company each
printf 'China Merchants Bank Co Ltd reported revenue of RMB 337.5 billion in 2023.\nSun Hung Kai Properties Limited reported revenue of HK$71.4 billion in 2023.\n' >"$T/long1.txt"
printf 'Revenue at China Merchants Bank in 2023 was RMB 337.5 billion.\nRevenue at Sun Hung Kai Properties in 2023 was HK$74.1 billion.\n' >"$T/long2.txt"
check "long names: exit 1" run 1 "$ZHEN" facts "$T/long1.txt" "$T/long2.txt"
check "long names: one conflict, each company against its own" \
	has '2 documents, 4 facts, 1 conflicts: 1 errors, 0 warnings'
check "long names json: exit 1" run 1 "$ZHEN" facts --format=json "$T/long1.txt" "$T/long2.txt"
check "long names json: the whole names" python3 -c '
import json, sys
L = [json.loads(l) for l in open(sys.argv[1])]
C = {o["fact"]["company"] for o in L if "fact" in o}
assert C == {"China Merchants Bank", "Sun Hung Kai Properties"}, C' "$T/out"

# a figure before its metric, fiscal years
printf 'The company reported RMB 6.1 billion in net loss for 2022.\n' >"$T/before.en"
printf '公司2022年錄得6.1億元的淨虧損。\n' >"$T/before.zh"
check "figure before its metric: exit 1" run 1 "$ZHEN" facts "$T/before.en" "$T/before.zh"
check "figure before its metric: both read, a magnitude" has 'error magnitude: CNY 6,100,000,000 ≠ CNY 610,000,000'
printf 'FY2022 revenue was RMB 3.8 billion.\n' >"$T/fy.en"
printf '2022財年營收為人民幣83億元。\n' >"$T/fy.zh"
printf 'Revenue for the fiscal year ended March 31, 2022 was RMB 3.8 billion.\n' >"$T/fy2.en"
check "fiscal years: exit 1" run 1 "$ZHEN" facts "$T/fy.en" "$T/fy.zh" "$T/fy2.en"
# fy2.en says the years end on March 31: FY2022 and 2022財年 (no company
# named, as in fy2.en) are the year to March 2022
check "fiscal years: FY2022 against 2022財年, years to March" \
	has '@@ revenue 2022 (year to March) @@'
check "fiscal years said bare: calendar years: exit 1" \
	run 1 "$ZHEN" facts "$T/fy.en" "$T/fy.zh"
check "fiscal years said bare: FY2022 against 2022財年" has '@@ revenue 2022 @@'
# a year to March is not the calendar year of its number
printf '截至2022年3月31日止年度，收入為人民幣38億元。\n' >"$T/fy3.zh"
printf '2022年全年营收为人民币41亿元。\n' >"$T/cal.zh"
check "a year to March against calendar 2022: exit 0" \
	run 0 "$ZHEN" facts "$T/fy3.zh" "$T/cal.zh"
check "hanyang: the planted figure only: exit 1" \
	run 1 "$ZHEN" facts "$SRC/corpus/facts/hanyang"
check "hanyang: one conflict, in the year to March 2024" \
	sh -c 'grep -qF "1 conflicts: 1 errors" "$1" && grep -qF "@@ revenue 2024 (year to March) @@" "$1"' _ "$T/out"
check "fiscal years: fiscal year ended March 31, 2022 agrees with FY2022" \
	has '(the same two figures 1 more time)'

check "json: exit 1" run 1 "$ZHEN" facts --format=json "$Y"
check "json: every line an object, a summary last" \
	python3 -c 'import json,sys; L=[json.loads(l) for l in open(sys.argv[1])]; assert "summary" in L[-1] and L[-1]["summary"]["errors"] > 0' "$T/out"

# two documents that agree within rounding: exit 0
printf '2023年營收為人民幣48.62億元。\n' >"$T/a.txt"
printf 'Revenue in 2023 was RMB 4.86 billion.\n' >"$T/b.txt"
check "agreement: exit 0" run 0 "$ZHEN" facts "$T/a.txt" "$T/b.txt"
check "agreement: no conflict" has '0 conflicts'

# two currencies: a warning without a rate, an error with the user's
printf '2022年淨虧損為60億美元。\n' >"$T/c.txt"
printf 'Net loss in 2022 was RMB 6.093 billion.\n' >"$T/d.txt"
check "no rate: a warning, exit 0" run 0 "$ZHEN" facts "$T/c.txt" "$T/d.txt"
check "no rate: says so" has 'stated in USD here and in CNY there; no rate given'
printf '# USD in CNY\n2022-12-30\tUSD/CNY\t6.9646\n' >"$T/rates.tsv"
check "--rates: an error" run 1 "$ZHEN" facts --rates="$T/rates.tsv" "$T/c.txt" "$T/d.txt"
check "--rates: names the file's line" has 'from the rates file line 2 (2022-12-30)'
printf '2022-12-30\tUSDCNY\t6.9646\n' >"$T/bad.tsv"
check "a bad rates file: exit 2" run 2 "$ZHEN" facts --rates="$T/bad.tsv" "$T/c.txt"
check "a bad rates file: FILE:LINE" grep -q "bad.tsv:1: " "$T/err"
check "a missing file: exit 2" run 2 "$ZHEN" facts "$T/none.txt" "$T/a.txt"
check "no operand: exit 2" run 2 "$ZHEN" facts
check "another format: exit 2" run 2 "$ZHEN" facts --format=csv "$T/a.txt"

# hostile names: runs of suffixes and floods of names end in bounded time
# (a run walked back from each of its suffixes was quadratic: minutes)
python3 -c "print('2023年營收為人民幣48.62億元。' + '公司' * 20000)" >"$T/run.zh"
python3 -c "print('Revenue in 2023 was RMB 4.8 billion. ' + 'Group ' * 20000)" >"$T/run.en"
python3 -c "print(' '.join('Co%s Group' % ''.join(chr(97 + int(d)) for d in '%05d' % i) for i in range(20000)))" >"$T/names.en"
# a hang is what this catches: generous under ASan or valgrind (as
# tests/hostile/run.py), where the release build takes 0.6 s
limit=20
if [ -n "${ZHEN_VALGRIND:-}" ] || grep -q __asan_init "$ZHEN"; then limit=300; fi
check "a run of suffixes and a flood of names: done within $limit s" \
	run 1 timeout "$limit" "$ZHEN" facts "$T/run.zh" "$T/run.en" "$T/names.en"
check "... and the figures still read" has '3 documents, 2 facts, 1 conflicts'

# --format=html: a page with the conflicts and the table of every fact
check "html: exit 1" run 1 "$ZHEN" facts --format=html "$Y"
check "html: one page, balanced, no script" python3 - "$T/out" <<'PY'
import html.parser, sys
class P(html.parser.HTMLParser):
    def __init__(s):
        super().__init__(); s.stack = []; s.bad = 0; s.tags = set()
    def handle_starttag(s, t, a):
        s.tags.add(t)
        if t not in ('meta', 'br'): s.stack.append(t)
    def handle_endtag(s, t):
        if not s.stack or s.stack.pop() != t: s.bad += 1
p = P(); text = open(sys.argv[1], encoding='utf-8').read(); p.feed(text)
assert not p.bad and not p.stack and 'script' not in p.tags, (p.bad, p.stack)
assert "default-src 'none'" in text and text.count('<table>') == 1
PY
check "html: the planted figure marked" has '<mark>人民币48.26亿元</mark>'
check "html: a conflict's cell coloured" sh -c \
	"sed 's/<td/\\n<td/g' \"\$1\" | grep -q '^<td class=\"error\">.*人民币48.26亿元'" _ "$T/out"
check "html: every document a column" has '<th>'"$Y"'/news.en.txt</th>'
printf '2023年營收為人民幣48.62億元<b>&"。\n' >"$T/esc.txt"
printf '2023年营收为人民币48.26亿元。\n' >"$T/esc2.txt"
check "html: the documents' text escaped" run 1 "$ZHEN" facts --format=html "$T/esc.txt" "$T/esc2.txt"
check "html: no tag of the input" has '&lt;b&gt;&amp;&quot;'
check "html: nothing raw" sh -c '! grep -q "<b>&" "$1"' _ "$T/out"

# check --batch --facts: the facts section after the pairs
mkdir -p "$T/batch"
printf '2023年營收為人民幣48.62億元。\n' >"$T/batch/a.zh.txt"
printf 'Revenue in 2023 was RMB 4.86 billion.\n' >"$T/batch/a.en.txt"
printf '2023年营收为人民币48.26亿元。\n' >"$T/batch/b.zh.txt"
printf 'Revenue in 2023 was RMB 4.826 billion.\n' >"$T/batch/b.en.txt"
check "batch without --facts: clean pairs, exit 0" run 0 "$ZHEN" check --batch "$T/batch"
check "batch --facts: the pairs agree, the documents do not: exit 1" \
	run 1 "$ZHEN" check --batch "$T/batch" --facts --jobs 1
check "batch --facts: the section's head" has '=== facts of the 4 documents'
check "batch --facts: a conflict across pairs" has '[[人民币48.26亿元]]'
check "batch --facts: the batch summary still last" \
	sh -c 'tail -1 "$1" | grep -q "^zhen: batch: 2 pairs"' _ "$T/out"
check "batch --facts json: exit 1" \
	run 1 "$ZHEN" check --batch "$T/batch" --facts --format=json --jobs 1
check "batch --facts json: objects tagged, the batch last" python3 -c '
import json, sys
L = [json.loads(l) for l in open(sys.argv[1])]
F = [o for o in L if o.get("section") == "facts"]
assert any("conflict" in o for o in F) and "summary" in F[-1], F
assert F[-1]["summary"]["documents"] == 4 and "batch" in L[-1]' "$T/out"
# a bilingual file in the batch is checked as units, and its two sides
# join the facts as two documents (4 + 2)
cp "$(dirname "$0")/../../corpus/formats/xliff/tw-results.xlf" "$T/batch/"
check "batch --facts with a bilingual file: its findings, no trouble (exit 1)" \
	run 1 "$ZHEN" check --batch "$T/batch" --facts --jobs 2
check "batch --facts with a bilingual file: its two sides among the facts" \
	has '=== facts of the 6 documents'
rm "$T/batch/tw-results.xlf"
# an XLIFF whose revenue disagrees with the batch's pairs: a conflict that
# names the XLIFF's side and unit
cat >"$T/batch/r.xlf" <<'XLF'
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="r.html" source-language="zh-CN" target-language="en-US" datatype="plaintext">
  <body>
   <trans-unit id="1"><source>公司公布2023年业绩。</source><target>The company released its 2023 results.</target></trans-unit>
   <trans-unit id="2"><source>2023年营收为人民币51.2亿元。</source>
    <target>Revenue for 2023 was RMB 5.12 billion.</target></trans-unit>
  </body>
 </file>
</xliff>
XLF
check "batch --facts: an XLIFF's figure against the pairs' (exit 1)" \
	run 1 "$ZHEN" check --batch "$T/batch" --facts --jobs 1
check "batch --facts: the XLIFF's Chinese side and unit named" \
	has 'r.xlf (zh) unit 2 (revenue 2023): 2023年营收为[[人民币51.2亿元]]'
mv "$T/batch/r.xlf" "$T/r.xlf"

# zhen facts on a bilingual file: its Chinese side and its English side
# are two documents, each fact at its unit and at its bytes in the file
printf '2023年营收为人民币48.26亿元。\n' >"$T/news.txt"
check "xliff against a document: exit 1" run 1 "$ZHEN" facts "$T/r.xlf" "$T/news.txt"
check "xliff against a document: the unit quoted" \
	has 'r.xlf (zh) unit 2 (revenue 2023): 2023年营收为[[人民币51.2亿元]]'
check "xliff against a document: its English side too" \
	has 'r.xlf (en) unit 2 RMB 5.12 billion'
check "xliff: 3 documents" has 'zhen facts: 3 documents,'
check "xliff json: exit 1" run 1 "$ZHEN" facts --format=json "$T/r.xlf" "$T/news.txt"
check "xliff json: a figure's place and its bytes in the file" python3 -c '
import json, sys
L = [json.loads(l) for l in open(sys.argv[1])]
X = open(sys.argv[2], "rb").read()
F = [o["fact"] for o in L if "fact" in o and o["fact"]["file"].endswith("(en)")]
g = F[0]["figure"]
assert g["place"] == "unit 2", g
assert X[g["start"]:g["end"]].decode() == "RMB 5.12 billion", g' "$T/out" "$T/r.xlf"
check "xliff alone: its sides agree, exit 0" run 0 "$ZHEN" facts "$T/r.xlf"
check "--facts without a batch: exit 2" run 2 "$ZHEN" check --facts "$T/a.txt" "$T/b.txt"

# each input is read once: FIFOs fed the files (a FIFO cannot be read
# twice: the second open waits for a writer that never comes) give the
# facts of the files, names aside; standard input too, a bilingual file
# as two sides
through_fifos() {
	local i=0 f pids=() fifos=()
	rm -rf "$T/ff" && mkdir "$T/ff"
	"$ZHEN" facts --format=json "$@" >"$T/want.json" 2>&1 </dev/null
	for f in "$@"; do
		i=$((i + 1))
		mkfifo "$T/ff/F${i}_"
		fifos+=("$T/ff/F${i}_")
		cat "$f" >"$T/ff/F${i}_" &
		pids+=($!)
	done
	timeout "$limit" "$ZHEN" facts --format=json "${fifos[@]}" >"$T/got.json" 2>&1 </dev/null
	kill "${pids[@]}" 2>/dev/null
	wait "${pids[@]}" 2>/dev/null
	i=0
	for f in "$@"; do
		i=$((i + 1))
		sed -i "s#$T/ff/F${i}_#$f#g; s#F${i}_#${f##*/}#g" "$T/got.json"
	done
	grep -q '"fact"' "$T/want.json" && cmp -s "$T/want.json" "$T/got.json"
}
check "FIFOs of corpus/facts: the facts of the files" \
	through_fifos "$SRC"/corpus/facts/*/*.txt
if [ -d "$SHARED/seeds" ]; then
	check "FIFOs of the seeds: the facts of the files" \
		through_fifos "$SHARED"/seeds/0*.txt
fi
"$ZHEN" facts --format=json "$Y/press.zh-Hans.txt" "$Y/news.en.txt" >"$T/want.json" 2>&1 </dev/null
"$ZHEN" facts --format=json "$Y/press.zh-Hans.txt" - <"$Y/news.en.txt" >"$T/got.json" 2>&1
check "standard input: the facts of the file" \
	cmp -s "$T/want.json" <(sed "s#<stdin>#$Y/news.en.txt#g" "$T/got.json")
"$ZHEN" facts --format=json - <"$T/r.xlf" >"$T/out" 2>"$T/err"
check "an XLIFF on standard input: its two sides agree, exit 0" test $? = 0
check "an XLIFF on standard input: <stdin> (zh) and (en)" python3 -c '
import json, sys
L = [json.loads(l) for l in open(sys.argv[1])]
F = {o["fact"]["file"] for o in L if "fact" in o}
assert F == {"<stdin> (zh)", "<stdin> (en)"}, F' "$T/out"

if [ -d "$SHARED/seeds" ]; then
	check "seeds: exit 1" run 1 "$ZHEN" facts "$SHARED"/seeds/0*.txt
	check "seeds: the 2022 loss at 001's rate" \
		has 'at 7.254 CNY per USD, stated in 001_36b51ebdb9f9698f.txt line 13: "RMB 6.093 billion (USD 840 million)"'
	check "seeds: one conflict" has '1 conflicts: 1 errors, 0 warnings'
	check "seeds: the Traditional original named too" has 'also: '"$SHARED"'/seeds/003_b4d8dd4d9831c942.txt line 15 60億美元'
else
	echo "skip - seeds: no $SHARED/seeds"
fi

finish facts
