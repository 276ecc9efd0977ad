#!/usr/bin/env python3
"""zhen check on the files translators have (issue H): each file of
corpus/formats/ gives the findings of the plain text it was built from
(type, severity and message, counted), reported at its own places.

    run.py ZHEN
"""
import collections
import html
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tap import ROOT, ZHEN, result, finish  # noqa: E402

C = os.path.join(ROOT, 'corpus')
F = os.path.join(C, 'formats')


def zhen(*args):
    return subprocess.run([ZHEN, *args, '--config=none'], capture_output=True)


def findings(*args):
    """{(type, severity, message): count} of a JSON check, its objects and
    its exit status."""
    p = zhen('check', '--format=json', *args)
    c = collections.Counter()
    objs = []
    for line in p.stdout.decode().splitlines():
        o = json.loads(line)
        objs.append(o)
        for f in o.get('findings', []) or ([o] if 'type' in o else []):
            c[(f['type'], f['severity'], f['message'])] += 1
    return c, objs, p.returncode


def same(what, got, want, extra=None):
    """got must be want plus @extra ({key: count})."""
    want = want + collections.Counter(extra or {})
    diff = (got - want) + (want - got)
    result(not diff and sum(want.values()) > 0,
           f'{what}: the same {sum(want.values())} findings as the plain text',
           f'differ: {dict(diff)}')


def docs(name):
    return os.path.join(C, name, 'zh.txt'), os.path.join(C, name, 'en.txt')


# XLIFF 1.2 and 2.0, TMX: the document pairs they were built from
for fmt_file, plain in [('xliff/tw-results.xlf', 'tw-results'),
                        ('xliff/cn-policy.xlf', 'cn-policy'),
                        ('tmx/tw-results.tmx', 'tw-results')]:
    want, _, _ = findings(*docs(plain))
    got, objs, st = findings(os.path.join(F, fmt_file))
    same(fmt_file, got, want)
    result(st == 1, f'{fmt_file}: exit 1 on error findings', st)
    result(all('place' in o for o in objs if 'findings' in o),
           f'{fmt_file}: every unit names its place')

# --pairs on a TMX reads it with the TMX reader
got, _, st = findings('--pairs', os.path.join(F, 'tmx/tw-results.tmx'))
want, _, _ = findings(os.path.join(F, 'tmx/tw-results.tmx'))
same('--pairs tw-results.tmx', got, want)

# SDLXLIFF, CSV and Excel's UTF-16 text: corpus/pairs/sample.tsv
want, _, _ = findings('--pairs', os.path.join(C, 'pairs/sample.tsv'))
untrans = ('untranslated', 'info',
           'not translated yet: its figures are not compared')
got, objs, _ = findings(os.path.join(F, 'xliff/sample.sdlxliff'))
same('sample.sdlxliff (one segment untranslated)', got, want, {untrans: 1})
states = {o.get('state') for o in objs if 'findings' in o}
result({'ApprovedSignOff', 'Not Translated'} <= states,
       'sample.sdlxliff: the confirmation levels are reported', states)
for f in ['csv/sample.csv', 'csv/sample-utf16.tsv']:
    got, _, _ = findings(os.path.join(F, f))
    same(f, got, want)

# XLSX: the plain text beside it
x = os.path.join(F, 'xlsx')
want, _, _ = findings(os.path.join(x, 'cn-policy.zh.txt'),
                      os.path.join(x, 'cn-policy.en.txt'))
got, objs, _ = findings(os.path.join(x, 'cn-policy.xlsx'))
same('cn-policy.xlsx', got, want)
result(any('!' in o.get('place', '') for o in objs),
       'cn-policy.xlsx: places are sheet!cell', objs[:1])

# DOCX: a pair of Word files, aligned as documents
d = os.path.join(F, 'docx')
want, _, _ = findings(os.path.join(d, 'zh.txt'), os.path.join(d, 'en.txt'))
got, _, st = findings(os.path.join(d, 'zh.docx'), os.path.join(d, 'en.docx'))
same('zh.docx + en.docx', got, want)
p = zhen('check', os.path.join(d, 'zh.docx'), os.path.join(d, 'en.docx'))
result(b'paragraph ' in p.stdout, 'DOCX hunks name paragraphs, not lines',
       p.stdout[:200])

# Positions: every figure of a unit is reported where it is in the file.
# The bytes at [start, end) are read back and must be the figure: with the
# markup a reader leaves out taken away (tags, CDATA marks, comments),
# entities decoded and a CSV's doubled quotes undone, they are its text,
# and they begin and end with it (never with a tag around it); "line" is
# the line of the start.
def decode(raw):
    if raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return 'utf-16', raw
    return 'utf-8', raw


def plain(s, xml):
    if xml:
        s = re.sub(r'<cp hex="([0-9A-Fa-f]+)"\s*/>',
                   lambda m: chr(int(m.group(1), 16)), s)
        # native code inside a code element is no text either
        s = re.sub(r'<(bpt|ept|ph|it|ut)\b[^>]*>.*?</\1>', '', s, flags=re.S)
        s = re.sub(r'<!--.*?-->|<!\[CDATA\[|\]\]>|<[^>]*>', '', s, flags=re.S)
        s = html.unescape(s)
    else:
        s = s.replace('""', '"')
    return ' '.join(s.split())


def text_of(raw, enc, a, b):
    if enc == 'utf-16':
        le = raw[:2] == b'\xff\xfe'
        return raw[a:b].decode('utf-16-le' if le else 'utf-16-be')
    return raw[a:b].decode('utf-8')


def line_of(raw, enc, off):
    if enc == 'utf-16':
        return text_of(raw, enc, 2, off).count('\n') + 1
    return raw[:off].count(b'\n') + 1


def positions(path, xml, want_file=True):
    """Check every figure's file position; the number checked."""
    raw = open(path, 'rb').read()
    enc, raw = decode(raw)
    _, objs, _ = findings(path)
    bad, n = [], 0
    for o in objs:
        for f in o.get('findings', []):
            for side in ('zh', 'en'):
                q = f.get(side)
                if not q:
                    continue
                if q.get('offsets') != 'file':
                    bad.append(('not file offsets', q))
                    continue
                n += 1
                got = text_of(raw, enc, q['start'], q['end'])
                if (plain(got, xml) != ' '.join(q['text'].split()) or
                        got[:1] in '<&"' and not got.startswith('&#') or
                        got[-1:] == '>' and not re.search(r'<cp [^>]*>$',
                                                          got) or
                        line_of(raw, enc, q['start']) != q['line']):
                    bad.append((got, q['text'], q['line'],
                                line_of(raw, enc, q['start'])))
    result(n > 0 and not bad and want_file,
           f'{os.path.basename(path)}: the {n} figures are at the file '
           f'offsets and lines reported', bad[:3])


for f, xml in [('xliff/tw-results.xlf', True), ('xliff/cn-policy.xlf', True),
               ('xliff/sample.sdlxliff', True), ('tmx/tw-results.tmx', True),
               ('csv/sample.csv', False), ('csv/sample-utf16.tsv', False)]:
    positions(os.path.join(F, f), xml)

# The markup a reader must see through: a comment and an inline tag with
# a figure split around them, a character reference ending a figure,
# CDATA, CRLF and a line break inside a target, attributes holding '>'.
HOSTILE_XLF = (
    '<?xml version="1.0" encoding="UTF-8"?>\r\n'
    '<xliff version="1.2"><file source-language="zh-CN" '
    'target-language="en-US" datatype="plaintext" original="a>b">'
    '<body>\r\n<!-- a comment with <g> and > -->\r\n'
    '<trans-unit id="u1" resname="x&gt;y"><source>收入<x id="7"/>增长'
    '<g id="1" ctype="x-b">2<!-- c -->1</g>&#37;，达到<![CDATA[1,250]]>'
    '亿元。</source>\r\n<target state="translated">Revenue rose\r\n  '
    '<g id="1">1&#50;</g>% to RMB 12.5 <ph id="2">&lt;b&gt;</ph>'
    'million &amp; more.</target></trans-unit>\r\n'
    '<trans-unit id="u2"><source>出口<bpt id="1">&lt;b&gt;</bpt>60'
    '<ept id="1">&lt;/b&gt;</ept>亿美元</source>'
    '<target>Exports of <bx id="1"/>RMB 6<ex id="1"/> billion</target>'
    '</trans-unit></body></file></xliff>\r\n')
HOSTILE_CSV = ('id,zh,en\r\n1,"收入增长""21%""","Revenue rose ""12%""\r\n'
               '  today"\r\n2,  出口60亿美元  ,"Exports, RMB 6 billion"\r\n')
# the same in TMX (a DOCTYPE, CDATA, a comment inside a figure) and in
# XLIFF 2.0 (<cp/> characters, <pc>, <sc/>/<ec/>): the seeds of the fuzz
# targets, which check every character's span besides
SEEDS = os.path.join(ROOT, 'fuzz', 'corpus')
with tempfile.TemporaryDirectory() as tmp:
    for name, seed in [('markup.tmx', 'tmx/positions-markup'),
                       ('cp.xlf', 'xliff/positions-cp')]:
        path = os.path.join(tmp, name)
        with open(path, 'wb') as fh:
            fh.write(open(os.path.join(SEEDS, seed), 'rb').read())
        positions(path, True)
    for name, body, xml in [('markup.xlf', HOSTILE_XLF, True),
                            ('quotes.csv', HOSTILE_CSV, False)]:
        path = os.path.join(tmp, name)
        with open(path, 'w', encoding='utf-8', newline='') as fh:
            fh.write(body)
        positions(path, xml)
    # XML in UTF-16 (some CAT tools export TMX so), LE and BE with a
    # BOM: followed in its UTF-8 copy, reported at the file's own bytes
    tmx = open(os.path.join(F, 'tmx/tw-results.tmx'), encoding='utf-8').read()
    for name, body, codec, bom in [
            ('utf16le.xlf', HOSTILE_XLF, 'utf-16-le', b'\xff\xfe'),
            ('utf16be.xlf', HOSTILE_XLF, 'utf-16-be', b'\xfe\xff'),
            ('utf16le.tmx', tmx, 'utf-16-le', b'\xff\xfe')]:
        path = os.path.join(tmp, name)
        with open(path, 'wb') as fh:
            fh.write(bom + body.replace('UTF-8', 'UTF-16').encode(codec))
        positions(path, True)
    got, _, _ = findings(os.path.join(tmp, 'utf16le.tmx'))
    want, _, _ = findings(*docs('tw-results'))
    same('utf16le.tmx', got, want)
    # text: one "at" line per finding naming both sides' file positions
    p = zhen('check', os.path.join(tmp, 'markup.xlf'))
    at = re.findall(r'^    at zh line (\d+) byte (\d+), en line (\d+) '
                    r'byte (\d+)$', p.stdout.decode(), re.M)
    _, objs, _ = findings(os.path.join(tmp, 'markup.xlf'))
    js = [(str(f['zh']['line']), str(f['zh']['start']),
           str(f['en']['line']), str(f['en']['start']))
          for o in objs for f in o.get('findings', [])]
    result(at and at == js, 'text reports the file positions JSON does',
           (at, js))

# Labels from the file (ids, states, places) reach a terminal only as
# text: XML lets DEL, the C1 controls (U+009B is a terminal's CSI) and
# the bidirectional controls through; the text report escapes them.
HOSTILE_IDS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2">'
    '<file source-language="zh" target-language="en" datatype="plaintext" '
    'original="x"><body><trans-unit id="u\x7f\u009b2J\u202e1\\x">'
    '<source>增长21%</source><target state="x\u009b31m\u2066">up 12%'
    '</target></trans-unit></body></file></xliff>\n')
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'ids.xlf')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(HOSTILE_IDS)
    out = zhen('check', path).stdout.decode()
    raw = [c for c in out if c != '\n' and (ord(c) < 0x20 or
           0x7f <= ord(c) <= 0x9f or c in '\u202e\u2066')]
    result(not raw and '\\u{009B}2J\\u{202E}1\\\\x' in out and
           '(x\\u{009B}31m\\u{2066})' in out,
           'ids.xlf: control characters of ids and states are escaped in '
           'text', repr(out[:200]))
    out = zhen('check', '--format=json', path).stdout.decode()
    objs = [json.loads(x) for x in out.splitlines()]
    result(objs[0].get('state') == 'x\u009b31m\u2066' and
           '\u009b' not in out and '\\u009b' in out,
           'ids.xlf: JSON keeps the state as the file has it, the controls '
           'as \\u escapes', out[:200])

# XLSX: no byte offsets in a ZIP; each side is named by its own cell
_, objs, _ = findings(os.path.join(F, 'xlsx/cn-policy.xlsx'))
qs = [(f['zh'], f['en']) for o in objs for f in o.get('findings', [])
      if f.get('zh') and f.get('en')]


def cell(q):
    m = re.search(r'!([A-Z]+)(\d+)$', q['place'])
    return m.groups() if m and q['offsets'] == 'unit' else None


result(qs and all(cell(z) and cell(e) and cell(z)[1] == cell(e)[1] and
                  cell(z)[0] != cell(e)[0] for z, e in qs),
       'cn-policy.xlsx: each side names its own cell, on the same row',
       qs[:1])

# what cannot be checked says so, in one line, exit 2
for args, needle in [
        ([os.path.join(d, 'zh.docx')], b'holds both languages'),
        ([os.path.join(F, 'xliff/tw-results.xlf'),
          os.path.join(C, 'tw-results/en.txt')], b'holds both languages'),
        ([os.path.join(C, 'tw-results/zh.txt')], b'holds both languages')]:
    p = zhen('check', *args)
    err = p.stderr.decode()
    result(p.returncode == 2 and needle.decode() in err and
           err.count('\n') == 1,
           f'check {" ".join(os.path.basename(a) for a in args)}: one line, '
           f'exit 2', f'{p.returncode} {err!r}')

# a table with one language column is not "both languages": the one
# line names the column it lacks (check beside a document, facts, check
# alone), exit 2
with tempfile.TemporaryDirectory() as t:
    def put(name, text):
        path = os.path.join(t, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path
    zh_csv = put('zh.csv', '中文\n營收為35億元。\n利潤為3億元。\n')
    en_csv = put('en.csv', 'Revenue was 3.5 billion.\nProfit was 0.3 billion.\n')
    zh_tsv = put('zh.tsv', 'zh\tnote\n營收為35億元。\t甲\n')
    en_txt = os.path.join(C, 'tw-results/en.txt')
    for args, lacks in [
            (['check', zh_csv, en_txt], 'English'),
            (['facts', zh_csv], 'English'),
            (['check', zh_csv], 'English'),
            (['facts', en_csv], 'Chinese'),
            (['check', en_txt, en_csv], 'Chinese'),
            (['check', zh_tsv, en_txt], 'English'),
            (['facts', zh_tsv], 'English')]:
        p = zhen(*args)
        err = p.stderr.decode()
        result(p.returncode == 2 and f'no {lacks} column' in err and
               'both languages' not in err and err.count('\n') == 1,
               f'{args[0]} {" ".join(os.path.basename(a) for a in args[1:])}'
               f': one line, no {lacks} column, exit 2',
               f'{p.returncode} {err!r}')

finish('formats')
