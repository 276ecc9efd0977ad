#!/usr/bin/env python3
"""Every planted mismatch listed in corpus/README.md is found, with its type
and severity, and nothing else is reported at warning or error level.

usage: run.py ZHEN_BINARY   (prints "corpus: N passed, N failed")
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tap import ROOT, ZHEN, result, finish  # noqa: E402


def section(text, name):
    start = text.index(f'## {name}')
    nxt = text.find('\n## ', start + 1)
    return text[start:nxt if nxt > 0 else len(text)]


def rows(sec):
    for line in sec.splitlines():
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) >= 4 and cells[0].isdigit():
            yield cells


def run(args):
    p = subprocess.run([ZHEN, *args, '--format=json'], cwd=ROOT, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit(f'zhen {" ".join(args)} failed ({p.returncode}): {p.stderr}')
    return [json.loads(l) for l in p.stdout.splitlines()]


readme = open(os.path.join(ROOT, 'corpus', 'README.md'), encoding='utf-8').read()

for name in ('tw-results', 'cn-policy', 'hk-deal'):
    out = run(['check', f'corpus/{name}/zh.txt', f'corpus/{name}/en.txt'])
    found = [f for f in out if 'type' in f]
    result(out and out[-1].get('summary', {}).get('schema') == 1,
           f'{name}: JSON schema 1 in the summary')
    used = set()
    for cells in rows(section(readme, name)):
        zl, el, typ, sev = int(cells[0]), int(cells[1]), cells[2].split()[0], cells[-1]
        hit = None
        for i, f in enumerate(found):
            lines = [(f.get(s) or {}).get('line') for s in ('zh', 'en')]
            if i not in used and f['type'] == typ and (zl in lines or el in lines):
                hit = i
                break
        if hit is not None:
            used.add(hit)
        result(hit is not None and found[hit]['severity'] == sev,
               f'{name}: {typ} at zh {zl} / en {el} reported as {sev}'
               + ('' if hit is not None else ' (not found)')
               + (f' (got {found[hit]["severity"]})' if hit is not None and found[hit]['severity'] != sev else ''))
    extra = [f for i, f in enumerate(found) if i not in used and f['severity'] != 'info']
    result(not extra, f'{name}: no other warning or error'
           + ''.join(f"\n    unexpected: {f['severity']} {f['type']}: {f['message']}" for f in extra))

out = run(['check', '--pairs', 'corpus/pairs/sample.tsv'])
# one object per line, then the summary (schema 1 since the stream has one)
result(out and out[-1].get('summary', {}).get('schema') == 1, 'sample.tsv: JSON schema 1 in the summary')
out = [r for r in out if 'line' in r]
want = {int(c[0]): (c[1].split()[0], c[-1]) for c in rows(section(readme, 'pairs/sample.tsv'))}
for r in out:
    got = sorted((f['type'], f['severity']) for f in r['findings'] if f['severity'] != 'info')
    exp = [want[r['line']]] if r['line'] in want else []
    result(got == exp, f"sample.tsv line {r['line']}: {exp or 'clean'}" + ('' if got == exp else f' (got {got})'))
result(len(out) == sum(1 for _ in open(os.path.join(ROOT, 'corpus/pairs/sample.tsv'), encoding='utf-8')),
       'sample.tsv: one JSON object per line')

finish('corpus')
