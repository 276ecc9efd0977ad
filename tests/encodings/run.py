#!/usr/bin/env python3
"""The same corpus pair in Big5, GB18030, UTF-16LE/BE (with BOM) and UTF-8
with a BOM gives exactly the findings of the UTF-8 version: types,
severities, values, units and quoted text. Offsets differ (the bytes do),
so they are checked against each encoded file instead: the bytes at
[start, end) decode to the quoted text. Also hard-wrapped copies read with
--paragraphs=blank, and the bundled pairs file read with --pairs in each
encoding. The variants are generated here, at test time.

usage: run.py ZHEN_BINARY   (prints "encodings: N passed, N failed")
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tap import ROOT, ZHEN, result, finish  # noqa: E402


def check(zh, en, *opts):
    p = subprocess.run([ZHEN, 'check', '--format=json', *opts, zh, en],
                       capture_output=True)
    rows = [json.loads(l) for l in p.stdout.decode('utf-8').splitlines() if l]
    return p.returncode, rows, p.stderr.decode('utf-8', 'replace')


def essence(rows):
    """What must not depend on the encoding."""
    out = []
    for r in rows:
        if 'summary' in r:
            s = dict(r['summary'])
            out.append(('summary', tuple(sorted(s.items()))))
            continue
        sides = []
        for k in ('zh', 'en'):
            q = r[k]
            sides.append(None if q is None else
                         (q['text'], q['kind'], q['value'], q['unit'], q['line']))
        # the id hashes the sentence as analysed, without white space: the
        # same whatever the encoding or the wrapping
        out.append((r['type'], r['severity'], r['id'], r['message'], tuple(sides)))
    return out


def offsets_ok(rows, path, codec, side='zh'):
    raw = open(path, 'rb').read()
    for r in rows:
        q = r.get(side)
        if not q:
            continue
        got = raw[q['start']:q['end']].decode(codec)
        if got != q['text']:
            return f"{path}: bytes [{q['start']},{q['end']}) are {got!r}, quoted {q['text']!r}"
    return None


def wrap(text, width, lang):
    """Hard-wrap every line into a blank-line-separated paragraph."""
    paras = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if lang == 'zh':
            lines = [line[i:i + width] for i in range(0, len(line), width)]
        else:
            lines, cur = [], ''
            for w in line.split(' '):
                if cur and len(cur) + 1 + len(w) > width:
                    lines.append(cur)
                    cur = w
                else:
                    cur = f'{cur} {w}' if cur else w
            lines.append(cur)
        paras.append('\n'.join(lines))
    return '\n\n'.join(paras) + '\n'


variants = [
    # (name, python codec, BOM bytes, extra zhen options)
    ('big5', 'cp950', b'', []),
    ('big5-declared', 'cp950', b'', ['--encoding=Big5']),
    ('gb18030', 'gb18030', b'', []),
    ('gbk-declared', 'gbk', b'', ['--encoding=GBK']),
    ('utf-16le', 'utf-16-le', b'\xff\xfe', []),
    ('utf-16be', 'utf-16-be', b'\xfe\xff', []),
    ('utf-8-bom', 'utf-8', b'\xef\xbb\xbf', []),
]

with tempfile.TemporaryDirectory() as tmp:
    for pair in ('tw-results', 'hk-deal'):
        zh = os.path.join(ROOT, 'corpus', pair, 'zh.txt')
        en = os.path.join(ROOT, 'corpus', pair, 'en.txt')
        st0, base, err0 = check(zh, en)
        result(st0 in (0, 1) and base and 'summary' in base[-1],
               f'{pair}: UTF-8 reference runs', err0)
        want = essence(base)
        text = open(zh, encoding='utf-8').read()
        for name, codec, bom, opts in variants:
            path = os.path.join(tmp, f'{pair}-{name}.txt')
            with open(path, 'wb') as f:
                f.write(bom + text.encode(codec))
            st, rows, err = check(path, en, *opts)
            result(st == st0 and essence(rows) == want,
                   f'{pair}: {name} gives the UTF-8 findings',
                   f'status {st} vs {st0}; {err.strip()}')
            bad = offsets_ok(rows, path, codec)
            result(bad is None, f'{pair}: {name} offsets point into the file', bad or '')
            if bom and name.startswith('utf-16'):
                # BOM offsets: the first finding must not start before it.
                result(all(not r.get('zh') or r['zh']['start'] >= len(bom)
                           for r in rows), f'{pair}: {name} offsets count the BOM')

        # Hard-wrapped copies: same findings with --paragraphs=blank. The
        # line numbers differ (the lines do), so they are left out.
        def no_lines(rows):
            out = []
            for e in essence(rows):
                if e[0] == 'summary':
                    continue
                out.append((e[0], e[1], e[2], tuple(None if s is None else s[:4]
                                                    for s in e[3])))
            return out
        wz = os.path.join(tmp, f'{pair}-wrapped-zh.txt')
        we = os.path.join(tmp, f'{pair}-wrapped-en.txt')
        open(wz, 'w', encoding='utf-8').write(wrap(text, 17, 'zh'))
        open(we, 'w', encoding='utf-8').write(
            wrap(open(en, encoding='utf-8').read(), 50, 'en'))
        st, rows, err = check(wz, we, '--paragraphs=blank')
        result(st == st0 and no_lines(rows) == no_lines(base),
               f'{pair}: hard-wrapped with --paragraphs=blank gives the same findings',
               f'status {st}; {err.strip()}; {no_lines(rows)[:3]} vs {no_lines(base)[:3]}')
        bad = offsets_ok([{'zh': r['zh']} for r in rows if r.get('zh')], wz, 'utf-8')
        # A quantity wrapped across lines covers the line break in the file.
        result(bad is None or '\\n' in bad, f'{pair}: wrapped offsets point into the file', bad or '')
        bad = offsets_ok([{'en': r['en']} for r in rows if r.get('en')], we, 'utf-8', 'en')
        result(bad is None or '\\n' in bad, f'{pair}: wrapped English offsets point into the file', bad or '')
        result(len(no_lines(rows)) > 3, f'{pair}: the wrapped pair has findings to compare')
        # Big5 and wrapped at once.
        wb = os.path.join(tmp, f'{pair}-wrapped-big5.txt')
        open(wb, 'wb').write(wrap(text, 17, 'zh').encode('cp950'))
        st, rows2, err = check(wb, we, '--paragraphs=blank')
        result(st == st0 and no_lines(rows2) == no_lines(rows),
               f'{pair}: hard-wrapped Big5 gives the same findings', err.strip())

    # Pairs (--pairs) stream through the same decoding, a piece at a
    # time: the same findings and lines, offsets into each encoded file,
    # GB18030 and UTF-16 detected.
    sample = os.path.join(ROOT, 'corpus', 'pairs', 'sample.tsv')
    p = subprocess.run([ZHEN, 'check', '--format=json', '--pairs', sample], capture_output=True)
    base = [json.loads(l) for l in p.stdout.decode('utf-8').splitlines()]
    def pair_essence(rows):
        return [(r['line'], [(f['type'], f['severity'], f['message'],
                              f['zh'] and f['zh']['text'], f['en'] and f['en']['text'])
                             for f in r['findings']]) for r in rows if 'line' in r]
    want = pair_essence(base)
    text = open(sample, encoding='utf-8').read()
    for name, codec, bom, opts in variants:
        if codec == 'cp950':  # Big5 has no Simplified characters
            continue
        path = os.path.join(tmp, f'sample-{name}.tsv')
        with open(path, 'wb') as f:
            f.write(bom + text.encode(codec))
        p = subprocess.run([ZHEN, 'check', '--format=json', '--pairs', path, *opts],
                           capture_output=True)
        rows = [json.loads(l) for l in p.stdout.decode('utf-8').splitlines()]
        enc = rows[-1].get('summary', {}).get('encoding', '') if rows else ''
        result(p.returncode == 1 and pair_essence(rows) == want,
               f'pairs: {name} gives the UTF-8 findings (read as {enc})',
               p.stderr.decode('utf-8', 'replace').strip())
        raw = open(path, 'rb').read()
        bad = next((f'{q}' for r in rows for f in r.get('findings', []) for q in (f['zh'], f['en'])
                    if q and raw[q['start']:q['end']].decode(codec) != q['text']), None)
        result(bad is None and any(r.get('findings') for r in rows),
               f'pairs: {name} offsets point into the file', bad or '')

finish('encodings')
