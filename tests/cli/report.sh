#!/bin/bash
# CLI tests of zhen check --format=html and --format=csv and of -o: input
# that tries to run script shows as text, the page's CSP allows its own
# style and script by their hashes and nothing else, the CSV is RFC 4180
# with a BOM, and -o writes a whole file or none. (tests/browser/ drives
# the page in Chromium.)
# Usage: report.sh ZHEN_BINARY. Prints "N passed, N failed" at the end.
set -u
. "$(dirname "$0")/lib.sh"

cd "$T" || exit 1
# A pair whose text is markup, and whose English has commas, quotes and a
# formula: each must come out as text.
printf '%s\n' '营收为<script>alert(1)</script>34亿元。' \
	'利润</td><img src=x onerror=alert(1)>为5亿元。' \
	'=HYPERLINK("http://x")增长21%。' >zh.txt
printf '%s\n' 'Revenue was <script>alert(1)</script> RMB 34 billion.' \
	'Profit, "net", was </td><img src=x onerror=alert(1)> RMB 5 billion.' \
	'=HYPERLINK("http://x") up 12%.' >en.txt

run 1 "$ZHEN" check --config=none --force --format=html zh.txt en.txt
cp "$T/out" page.html
check "html: exit status 1, as for text (errors found)" [ "$got" = 1 ]
# the figure in alert(1) is marked: compare the text without the marks
sed -e 's/<mark[^>]*>//g' -e 's|</mark>||g' page.html >text.html
check "html: the input's <script> is escaped" \
	grep -qF '营收为&lt;script&gt;alert(1)&lt;/script&gt;' text.html
check "html: ... the </td><img onerror> too" \
	grep -qF '利润&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;为' text.html
check "html: no <img and exactly one <script> tag (the report's own)" \
	python3 - page.html <<'EOF'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
sys.exit(0 if '<img' not in s and s.count('<script') == 1 else 1)
EOF
check "html: the CSP allows exactly the page's own style and script, by hash" \
	python3 - page.html <<'EOF'
import base64, hashlib, re, sys
s = open(sys.argv[1], encoding='utf-8').read()
csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', s)
h = lambda t: "'sha256-%s'" % base64.b64encode(hashlib.sha256(t.encode()).digest()).decode()
style = re.search(r'<style>(.*?)</style>', s, re.S).group(1)
script = re.search(r'<script>(.*?)</script>', s, re.S).group(1)
want = {"default-src 'none'", 'style-src ' + h(style), 'script-src ' + h(script)}
got = {d.strip() for d in csp.group(1).split(';')}
ok = csp and want <= got and 'unsafe' not in csp.group(1) and \
    s.index('Content-Security-Policy') < s.index('<style>')
sys.exit(0 if ok else 1)
EOF
check "html: a finding's figure is marked with its severity and row" \
	grep -qE '<mark class="sev-error" data-f="f[0-9]+">34亿元</mark>' page.html
check "html: the row has the severity, type, message and id" \
	grep -qE '<li class="f sev-error" id="f[0-9]+" tabindex="-1" data-sev="error" data-type="magnitude" data-id="[0-9a-f]{12}"><span class="sev">error</span> <span class="type">magnitude</span>: 34亿元 = CNY 3,400,000,000 ≠ RMB 34 billion = CNY 34,000,000,000 <span class="fid">\[id [0-9a-f]{12}\]</span></li>' page.html

run 1 "$ZHEN" check --config=none --force --format=csv zh.txt en.txt
cp "$T/out" sheet.csv
check "csv: starts with the UTF-8 BOM, rows end in CRLF" \
	python3 - sheet.csv <<'EOF'
import sys
b = open(sys.argv[1], 'rb').read()
lines = b.split(b'\n')[:-1]
sys.exit(0 if b.startswith(b'\xef\xbb\xbfid,') and
         all(l.endswith(b'\r') for l in lines) else 1)
EOF
# the JSON's findings, row for row: ids, figures, messages, both sentences
"$ZHEN" check --config=none --force --format=json zh.txt en.txt >check.json
check "csv: one row a finding, every field what JSON and the input say" \
	python3 - sheet.csv check.json <<'EOF'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))
fs = [o for o in map(json.loads, open(sys.argv[2], encoding='utf-8')) if 'type' in o]
en = open('en.txt', encoding='utf-8').read().splitlines()
zh = open('zh.txt', encoding='utf-8').read().splitlines()
def unformula(v):  # the apostrophe that keeps a formula text
    return v[1:] if v.startswith("'=") else v
bad = []
for r, f in zip(rows, fs):
    for side, lines in (('zh', zh), ('en', en)):
        q = f[side]
        if q is None:
            continue
        if (r[side + '_figure'] != q['text'] or int(r[side + '_line']) != q['line']
                or int(r[side + '_start']) != q['start']
                or unformula(r[side + '_sentence']) != lines[q['line'] - 1]):
            bad.append((f['id'], side))
    if r['id'] != f['id'] or r['message'] != f['message'] or r['type'] != f['type']:
        bad.append(f['id'])
bad and print(bad)
sys.exit(0 if len(rows) == len(fs) and not bad and len(rows[0]) == 18 else 1)
EOF
check "csv: a cell that would be a formula starts with an apostrophe" \
	grep -qF '"'"'"'=HYPERLINK(""http://x"")增长21%。"' sheet.csv
check "csv: quotes in the input are doubled" \
	grep -qF '"Profit, ""net"", was </td><img src=x onerror=alert(1)> RMB 5 billion."' sheet.csv

# ---- -o ----
run 1 "$ZHEN" check --config=none --force --format=html -o out.html zh.txt en.txt
check "-o: the report in the file, nothing on stdout" \
	test -s out.html -a ! -s "$T/out"
check "-o: the same bytes as on stdout" cmp -s out.html page.html
check "-o: no temporary file left" test "$(ls out.html.* 2>/dev/null)" = ""
run 1 "$ZHEN" check --config=none --force -o out.txt zh.txt en.txt
check "-o with text: the summary line is in the file" \
	grep -q '^zhen: 3 beads checked' out.txt
echo old >keep.html
run 2 "$ZHEN" check --config=none --force --format=html -o keep.html zh.txt missing.txt
check "-o: an input that cannot be read leaves the old file" \
	test "$(cat keep.html)" = old
run 2 "$ZHEN" check --config=none --force --format=html -o en.txt zh.txt en.txt
check "-o: refuses to write over an input" \
	grep -q 'is an input of this check' "$T/err"
check "-o: ... which is left as it was" grep -q '^Revenue' en.txt
run 2 "$ZHEN" check --config=none --force --format=html -o nodir/x.html zh.txt en.txt
check "-o: a folder that does not exist is an error naming the file" \
	grep -q '^zhen: nodir/x.html: cannot write' "$T/err"
# a rename replaced what stood at the path: a link became a file, a FIFO
# a file (and -o /dev/null, run as root, would have replaced the device)
echo old >target.html
ln -s target.html link.html
run 1 "$ZHEN" check --config=none --force --format=html -o link.html zh.txt en.txt
check "-o through a symbolic link: the link stays, its file is replaced" \
	test -L link.html -a "$(cat target.html)" != old
mkfifo fifo.html
run 2 "$ZHEN" check --config=none --force --format=html -o fifo.html zh.txt en.txt
check "-o on a FIFO: refused, the FIFO left" \
	test -p fifo.html -a "$(ls fifo.html.* 2>/dev/null)" = ""
check "-o on a FIFO: one line, not a regular file" \
	grep -q '^zhen: fifo.html: cannot write: not a regular file' "$T/err"
run 2 "$ZHEN" check --config=none --force -o /dev/null zh.txt en.txt
check "-o /dev/null: refused, still a device" test -c /dev/null

# ---- findings a baseline accepted: greyed, apart, out of the counts ----
"$ZHEN" check --config=none --force --format=json zh.txt en.txt >all.json
mag=$(python3 -c 'import json,sys
print([o["id"] for o in map(json.loads, open(sys.argv[1])) if o.get("type") == "magnitude"][0])' all.json)
run 0 "$ZHEN" accept "$mag" --config=none --force --reason "test" \
	--baseline=base.tsv zh.txt en.txt
check "accept: the magnitude finding into a baseline" grep -q "^$mag" base.tsv
run 1 "$ZHEN" check --config=none --force --baseline=base.tsv --format=html \
	zh.txt en.txt
cp "$T/out" acc.html
check "html --baseline: the accepted finding is a greyed row of its own (a0)" \
	grep -qE "<li class=\"f acc sev-error\" id=\"a0\" tabindex=\"-1\" data-sev=\"error\" data-type=\"magnitude\" data-id=\"$mag\"><span class=\"sev\">error</span> <span class=\"type\">magnitude</span> <span class=\"accd\">accepted</span>: 34亿元" acc.html
check "html --baseline: ... its figure marked greyed, pointing to it" \
	grep -qF '<mark class="acc" data-f="a0">34亿元</mark>' acc.html
check "html --baseline: ... and no finding row of its own among the others" \
	test "$(grep -o "id=\"f[0-9]*\"[^>]*data-id=\"$mag\"" acc.html)" = ""
check "html --baseline: the others are as without the baseline" \
	test "$(grep -o 'class="f sev-[a-z]*"' acc.html | wc -l)" = \
	"$(($(grep -o 'class="f sev-[a-z]*"' page.html | wc -l) - 1))"
check "html --baseline: the header says so" \
	grep -q '1 findings of the baseline, shown greyed' acc.html
check "html --baseline: ... and a box shows or hides them" \
	grep -q 'name="acc" checked> 1 accepted' acc.html
check "html --baseline: the error count leaves it out" \
	test "$(grep -o '[0-9]* errors</a>' acc.html)" = \
	"$(($(grep -o '[0-9]* errors</a>' page.html | grep -o '^[0-9]*') - 1)) errors</a>"

# ---- the page of pre-aligned pairs: --pairs, a bilingual file ----
printf 'id\tzh\ten\n' >rows.tsv
printf 'r1\t营收为34亿元\tRevenue was RMB 34 billion\n' >>rows.tsv
printf 'r<2>\t利润</td><img src=x onerror=alert(1)>为5亿元\tProfit was <script>x</script> RMB 5 billion\n' >>rows.tsv
printf 'r3\t员工120人\tThere are 120 staff\n' >>rows.tsv
run 1 "$ZHEN" check --config=none --pairs rows.tsv --columns=id,zh,en \
	--header --format=html
cp "$T/out" rows.html
"$ZHEN" check --config=none --pairs rows.tsv --columns=id,zh,en --header \
	--format=json >rows.json
check "pairs html: every JSON finding has its row, with its id and message" \
	python3 - rows.html rows.json <<'EOF'
import html, json, re, sys
page = open(sys.argv[1], encoding='utf-8').read()
fs = [f for o in map(json.loads, open(sys.argv[2])) for f in o.get('findings', [])]
rows = re.findall(r'<li class="f sev-(\w+)" id="f(\d+)"[^>]*data-type="(\w+)" data-id="(\w+)">(.*?)</li>', page)
ok = len(fs) == len(rows) > 0 and all(
    r[0] == f['severity'] and r[2] == f['type'] and r[3] == f['id'] and
    html.escape(f['message'], quote=True).replace('&#x27;', '&#39;') in r[4]
    for f, r in zip(fs, rows))
sys.exit(0 if ok else 1)
EOF
check "pairs html: one section a pair, each with its line and id" \
	test "$(grep -o '<div class=w>[^<]*</div>' rows.html | tr '\n' '|')" = \
	"<div class=w>line 2 id r1</div>|<div class=w>line 3 id r&lt;2&gt;</div>|<div class=w>line 4 id r3</div>|"
check "pairs html: the input's markup shows as text" \
	python3 - rows.html <<'EOF'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
s = re.sub(r'<mark[^>]*>|</mark>', '', s)  # the figure in alert(1) is marked
ok = '<img' not in s and s.count('<script') == 1 and \
    '利润&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;为' in s and \
    'Profit was &lt;script&gt;x&lt;/script&gt; ' in s
sys.exit(0 if ok else 1)
EOF
check "pairs html: the figures of a finding marked on both sides" \
	test "$(grep -c '<mark class="sev-error" data-f="f0">' rows.html)" = 2
check "pairs html: the counts by severity (34亿 is 3.4 billion: 2 errors)" \
	grep -qF '>2 errors</a>' rows.html
run 1 "$ZHEN" check --config=none --pairs rows.tsv --columns=id,zh,en \
	--header --format=html -o rows-o.html
check "pairs html -o: the same page, nothing on stdout" \
	test ! -s "$T/out"
check "pairs html -o: ... the same bytes" cmp -s rows-o.html rows.html
run 1 "$ZHEN" check --config=none --pairs rows.tsv --columns=id,zh,en \
	--header --format=csv
cp "$T/out" rows.csv
check "pairs csv: a row a JSON finding; its line, row id and figures at their offsets" \
	python3 - rows.csv rows.json <<'EOF'
import csv, io, json, sys
raw = open(sys.argv[1], 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf') and raw.endswith(b'\r\n')
rows = list(csv.DictReader(io.StringIO(raw[3:].decode('utf-8'), newline='')))
want = [(o['line'], o.get('id'), f) for o in map(json.loads, open(sys.argv[2]))
        for f in o.get('findings', [])]
ok = len(rows) == len(want) > 0
for r, (line, rid, f) in zip(rows, want):
    zh, en = r['zh_text'].encode(), r['en_text'].encode()
    ok = ok and r['id'] == f['id'] and r['severity'] == f['severity'] and \
        r['type'] == f['type'] and int(r['line']) == line and r['row_id'] == rid and \
        r['message'] == f['message'] and r['file'] == 'rows.tsv'
    if f['zh']:
        ok = ok and zh[int(r['zh_start']):int(r['zh_end'])].decode() == r['zh_figure'] == f['zh']['text']
    if f['en']:
        ok = ok and en[int(r['en_start']):int(r['en_end'])].decode() == r['en_figure'] == f['en']['text']
sys.exit(0 if ok else 1)
EOF
run 1 "$ZHEN" check --config=none --pairs rows.tsv --columns=id,zh,en \
	--header --format=csv -o rows-o.csv
check "pairs csv -o: nothing on stdout" test ! -s "$T/out"
check "pairs csv -o: ... the same bytes" cmp -s rows-o.csv rows.csv
xlf=$SRC/corpus/formats/xliff/tw-results.xlf
run 1 "$ZHEN" check --config=none --format=html "$xlf"
cp "$T/out" xlf.html
check "XLIFF html: each unit's place, segment id and state" \
	grep -qF '<div class=w>unit 2, segment 1, line 16 id 2/1 (signed-off)</div>' xlf.html
check "XLIFF html: as many finding rows as JSON findings" \
	test "$(grep -o '<li class="f ' xlf.html | wc -l)" = \
	"$("$ZHEN" check --config=none --format=json "$xlf" |
		grep -o '"severity"' | wc -l)"
check "XLIFF html: every figure zhen numbers reads marked, on both sides" \
	python3 - xlf.html "$ZHEN" <<'EOF'
import html, json, re, subprocess, sys
page = open(sys.argv[1], encoding='utf-8').read()
secs = re.findall(r'<div class=zh><p>(.*?)</p></div>\n<div class=en lang=en><p>(.*?)</p>', page)
ok = len(secs) > 10
for zh, en in secs:
    for side, lang in ((zh, 'zh'), (en, 'en')):
        side = re.sub(r'<span class=simp.*?</span>', '', side)
        plain = html.unescape(re.sub(r'<[^>]+>', '', side))
        out = subprocess.run([sys.argv[2], 'numbers', '--lang=' + lang, '--format=json', '-'],
                             input=plain.encode(), capture_output=True).stdout.decode()
        want = [json.loads(l)['text'] for l in out.splitlines() if l.strip()]
        got = [html.unescape(m) for m in re.findall(r'<mark[^>]*>(.*?)</mark>', side)]
        if sorted(want) != sorted(got):
            print(lang, want, got, file=sys.stderr)
            ok = False
sys.exit(0 if ok else 1)
EOF
check "XLIFF html: matched figures share a colour, the same ones on both sides" \
	python3 - xlf.html <<'EOF'
import re, sys
page = open(sys.argv[1], encoding='utf-8').read()
secs = re.findall(r'<div class=zh><p>(.*?)</p></div>\n<div class=en lang=en><p>(.*?)</p>', page)
c = lambda s: sorted(re.findall(r'<mark class=(m\d)', s))
sys.exit(0 if any(c(z) for z, e in secs) and all(c(z) == c(e) for z, e in secs) else 1)
EOF
check "XLIFF html: the Simplified reading of Traditional units: its button and map" \
	python3 -c 'import re,sys; s=open(sys.argv[1]).read(); sys.exit(0 if "id=\"simp\"" in s and re.search(r"<div id=t2s hidden data-m=\"[^\"]", s) else 1)' xlf.html
check "pairs html: no Simplified reading for Simplified pairs" \
	test "$(grep -c 'id="simp"\|id=t2s' rows.html)" = 0
"$ZHEN" check --config=none --write-baseline=xlf-all.tsv "$xlf" >/dev/null
grep '^#' xlf-all.tsv >xlf-base.tsv
grep -v '^#' xlf-all.tsv | head -1 >>xlf-base.tsv
acc_id=$(tail -1 xlf-base.tsv | cut -f1)
run 1 "$ZHEN" check --config=none --baseline=xlf-base.tsv --format=html "$xlf"
cp "$T/out" xlf-acc.html
check "XLIFF html --baseline: the accepted finding a greyed row (a0)" \
	grep -q "<li class=\"f acc sev-[a-z]*\" id=\"a0\"[^>]*data-id=\"$acc_id\"" xlf-acc.html
check "XLIFF html --baseline: ... its figures marked greyed, pointing to it" \
	grep -qF '<mark class="acc" data-f="a0">' xlf-acc.html
check "XLIFF html --baseline: one open row fewer, and the box that hides it" \
	test "$(grep -o '<li class="f sev' xlf-acc.html | wc -l)" = \
	"$(($(grep -o '<li class="f sev' xlf.html | wc -l) - 1))" -a \
	"$(grep -c 'name="acc" checked> 1 accepted' xlf-acc.html)" = 1
run 1 "$ZHEN" check --config=none --format=csv "$xlf"
check "XLIFF csv: the unit's place, segment id and state in their columns" \
	grep -qF ',16,"unit 2, segment 1","2/1","signed-off",' "$T/out"
run 2 "$ZHEN" check --config=none -o x.txt "$xlf"
check "XLIFF -o with text: refused, nothing written" test ! -e x.txt

# ---- a batch: a page a pair and index.html in the folder -o names ----
mkdir -p batch
for d in tw-results cn-policy hk-deal; do
	cp "$SRC/corpus/$d/zh.txt" "batch/$d.zh.txt"
	cp "$SRC/corpus/$d/en.txt" "batch/$d.en.txt"
done
printf 'x' >'batch/b<a>d.zh.txt'
: >'batch/b<a>d.en.txt'
run 2 "$ZHEN" check --config=none --batch batch --format=html -o pages
check "batch html: exit status 2 (an empty file), the others written" \
	test -s pages/index.html -a "$(ls pages/*.html | wc -l)" = 4
"$ZHEN" check --config=none --batch batch --format=json >batch.json 2>/dev/null
check "batch html: the index links each pair checked, with its counts as JSON" \
	python3 - pages batch.json <<'EOF'
import html, json, os, re, sys
d = sys.argv[1]
index = open(os.path.join(d, 'index.html'), encoding='utf-8').read()
rows = re.findall(r'<tr data-i="\d+"[^>]*><td>(.*?)</td><td>(.*?)</td><td>.*?</td>'
                  r'<td class="n e">(\d+)</td><td class="n">(\d+)</td><td class="n">(\d+)</td>', index)
want = {}
for o in map(json.loads, open(sys.argv[2])):
    if 'summary' in o:
        s = o['summary']
        want[o['zh_file']] = (s['errors'], s['warnings'], s['info'])
ok = len(rows) == 4 and len(want) == 3
for name, zh, e, w, i in rows:
    zh = html.unescape(zh)
    link = re.match(r'<a href="([^"]+)">', name)
    if zh in want:
        ok = ok and link and os.path.isfile(os.path.join(d, link.group(1))) and \
            want[zh] == (int(e), int(w), int(i))
        page = open(os.path.join(d, link.group(1)), encoding='utf-8').read()
        ok = ok and ('>%s errors</a>' % e) in page and html.escape(zh) in page
    else:
        ok = ok and not link and 'b&lt;a&gt;d' in name  # not checked, escaped
sys.exit(0 if ok else 1)
EOF
check "batch html: the index's CSP allows its own script by hash, one script" \
	python3 - pages/index.html <<'EOF'
import base64, hashlib, re, sys
s = open(sys.argv[1], encoding='utf-8').read()
h = lambda t: "'sha256-%s'" % base64.b64encode(hashlib.sha256(t.encode()).digest()).decode()
script = re.search(r'<script>(.*?)</script>', s, re.S).group(1)
sys.exit(0 if s.count('<script') == 1 and 'script-src ' + h(script) in s else 1)
EOF
# a bilingual file in the folder gets its page, the one check FILE makes
mkdir -p batch2
cp "$xlf" batch2/
cp "$SRC/corpus/tw-results/zh.txt" batch2/a.zh.txt
cp "$SRC/corpus/tw-results/en.txt" batch2/a.en.txt
run 1 "$ZHEN" check --config=none --batch batch2 --format=html -o pages2
"$ZHEN" check --config=none --format=html batch2/tw-results.xlf >one.html 2>/dev/null
check "batch html: a bilingual file's page is check FILE's page, linked from the index" \
	sh -c 'p=$(ls pages2/0002-*.html) && cmp -s "$p" one.html &&
	       grep -q "href=\"$(basename "$p")\"" pages2/index.html'
run 2 "$ZHEN" check --config=none --batch batch --format=html
check "batch html without -o: refused" grep -q 'with -o DIR' "$T/err"
touch notadir
run 2 "$ZHEN" check --config=none --batch batch --format=html -o notadir
check "batch html -o FILE: refused, one line" grep -q 'notadir: not a folder' "$T/err"

# ---- the pairs page marks the figures as the check read them ----
# (zhen_check_pair_read(): once, and with --one-document in the currency
# an earlier row declared; reading them again for the page gave CNY 5)
printf '单位：美元\tIn US dollars\n营收5元\tRevenue was $5\n' >carry.tsv
run 0 "$ZHEN" check --config=none --pairs carry.tsv --one-document --format=html
check "--pairs --one-document html: 5元 marked USD 5, in the colour it shares with \$5" \
	sh -c "grep -q '<mark class=m0 title=\"USD 5\">5元' '$T/out' &&
	       grep -q '<mark class=m0 title=\"USD 5\">\\\$5' '$T/out'"

# ---- a batch as one CSV: one header, every pair's rows naming its files ----
mkdir -p batch3
for d in tw-results hk-deal cn-policy; do
	cp "$SRC/corpus/$d/zh.txt" "batch3/$d.zh.txt"
	cp "$SRC/corpus/$d/en.txt" "batch3/$d.en.txt"
	"$ZHEN" check --config=none --format=csv "batch3/$d.zh.txt" \
		"batch3/$d.en.txt" >"one-$d.csv" 2>/dev/null
done
echo old >all.csv
run 1 "$ZHEN" check --config=none --batch batch3 --format=csv -o all.csv
check "batch csv -o: exit 1 (errors found), nothing on stdout, the summary on stderr" \
	sh -c "[ ! -s '$T/out' ] && grep -q '^zhen: batch: 3 pairs checked' '$T/err'"
check "batch csv: parses, one header row, every row names its pair's files, each pair's rows those of check on it" \
	python3 - all.csv <<'EOF'
import csv, glob, sys
def rows(path):
    with open(path, encoding='utf-8', newline='') as f:
        assert f.read(1) == '\ufeff'  # the BOM, once, at the start
        return list(csv.reader(f))
r = rows(sys.argv[1])
head, body = r[0], r[1:]
assert head[:4] == ['id', 'severity', 'type', 'zh_file'], head
assert head not in body and all(len(x) == len(head) for x in body)
zf, ef = head.index('zh_file'), head.index('en_file')
named = {(x[zf], x[ef]) for x in body}
want = set()
for one in sorted(glob.glob('one-*.csv')):
    d = one[4:-4]
    pair = (f'batch3/{d}.zh.txt', f'batch3/{d}.en.txt')
    single = rows(one)
    assert single[0] == head and len(single) > 1, one
    assert sorted(x for x in body if (x[zf], x[ef]) == pair) == sorted(single[1:]), d
    want.add(pair)
assert named == want and len(want) == 3, named
EOF
"$ZHEN" check --config=none --batch batch3 --format=csv >stdout.csv 2>/dev/null
check "batch csv: standard output holds the bytes -o writes" cmp -s stdout.csv all.csv
"$ZHEN" check --config=none --batch batch3 --format=csv --jobs 1 >jobs1.csv 2>/dev/null
check "batch csv: --jobs 1 writes the same bytes" cmp -s jobs1.csv all.csv
# a batch never writes over a file it reads: -o or --write-baseline naming
# a file the folder gave is refused before anything is written
cp batch3/hk-deal.zh.txt hk-before.txt
run 2 "$ZHEN" check --config=none --batch batch3 --format=csv -o batch3/hk-deal.zh.txt
check "batch csv -o naming a file of the batch: exit 2, one line naming it, the file unchanged" \
	sh -c "[ $got = 2 ] && grep -q 'batch3/hk-deal.zh.txt: is an input of this batch' '$T/err' &&
	       [ \$(wc -l <'$T/err') = 1 ] && cmp -s hk-before.txt batch3/hk-deal.zh.txt"
run 2 "$ZHEN" check --config=none --batch batch3 --write-baseline batch3/tw-results.en.txt
check "batch --write-baseline naming a file of the batch: exit 2, nothing written" \
	sh -c "[ $got = 2 ] && grep -q 'is an input of this batch' '$T/err' &&
	       cmp -s '$SRC/corpus/tw-results/en.txt' batch3/tw-results.en.txt"
# a bilingual file's findings join them, in the same columns: its path
# on both sides, each figure where it stands in the file
cp "$xlf" batch3/
"$ZHEN" check --config=none --format=csv batch3/tw-results.xlf >one.xlf.csv 2>/dev/null
run 1 "$ZHEN" check --config=none --batch batch3 --format=csv -o all2.csv
check "batch csv: a bilingual file's rows follow the pairs', its findings those of check FILE, each figure at its file offsets" \
	python3 - all.csv all2.csv one.xlf.csv batch3/tw-results.xlf <<'EOF'
import csv, html, re, sys
def rows(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        return list(csv.reader(f))
pairs, both, one = rows(sys.argv[1]), rows(sys.argv[2]), rows(sys.argv[3])
raw = open(sys.argv[4], 'rb').read()
head = both[0]
assert both[:len(pairs)] == pairs  # the pairs first, as they were
x = both[len(pairs):]
col = {n: i for i, n in enumerate(head)}
ocol = {n: i for i, n in enumerate(one[0])}
assert x and all(len(r) == len(head) for r in x)
assert [(r[0], r[col['message']]) for r in x] == \
       [(r[ocol['id']], r[ocol['message']]) for r in one[1:]]
for r in x:
    assert r[col['zh_file']] == r[col['en_file']] == sys.argv[4]
    for side in ('zh', 'en'):
        if not r[col[side + '_figure']]:
            continue
        s, e = int(r[col[side + '_start']]), int(r[col[side + '_end']])
        # inline tags left out, entities (&#x5104;) as what they stand for
        text = html.unescape(re.sub(r'<[^>]*>', '', raw[s:e].decode()))
        assert text == r[col[side + '_figure']], (text, r)
        assert int(r[col[side + '_line']]) == raw[:s].count(b'\n') + 1
EOF
rm batch3/tw-results.xlf

# ---- where the formats are refused ----
printf '营收34亿元\tRevenue was RMB 34 billion\n' >pairs.tsv
run 2 "$ZHEN" check --config=none -o x.json --pairs pairs.tsv
check "--pairs -o with text: refused for now" test ! -e x.json
run 2 "$ZHEN" check --config=none --format=csv --facts --batch batch3
check "--batch --format=csv --facts: refused (the facts have no CSV)" \
	grep -q 'facts has no CSV' "$T/err"
run 2 "$ZHEN" align --format=html zh.txt en.txt
check "align --format=html: refused" grep -q 'writes --format=' "$T/err"
run 2 "$ZHEN" numbers --lang=zh -o x.txt zh.txt
check "numbers -o: refused" grep -q 'is for zhen check' "$T/err"

finish
