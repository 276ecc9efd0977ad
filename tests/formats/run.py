#!/usr/bin/env python3
"""zhen check on the files translators have (issue H): each file of
corpus/formats/ gives the findings of the plain text it was built from
(type, severity and message, counted), reported at its own places.

    run.py ZHEN
"""
import collections
import json
import os
import subprocess
import sys

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

finish('formats')
