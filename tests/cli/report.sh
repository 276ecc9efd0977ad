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

# ---- where the formats are refused ----
printf '营收34亿元\tRevenue was RMB 34 billion\n' >pairs.tsv
run 2 "$ZHEN" check --config=none --format=html --pairs pairs.tsv
check "--pairs --format=html: refused for now (exit 2)" \
	grep -q 'not yet for --pairs' "$T/err"
run 2 "$ZHEN" check --config=none -o x.json --pairs pairs.tsv
check "--pairs -o: refused for now" test ! -e x.json
run 2 "$ZHEN" align --format=html zh.txt en.txt
check "align --format=html: refused" grep -q 'writes --format=' "$T/err"
run 2 "$ZHEN" numbers --lang=zh -o x.txt zh.txt
check "numbers -o: refused" grep -q 'is for zhen check' "$T/err"

finish
