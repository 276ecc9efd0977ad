#!/usr/bin/env python3
"""The README's GNU parallel recipes for chunked --pairs runs (section
"Chunked runs"), run as they are written there, with smaller chunks: the
reports of the chunks, joined, are exactly those of one run over the file.

Each recipe is the fenced block after a line
`<!-- tests/streams/run.py: NAME -->` in README.md; only its chunk size is
changed (N=10000 becomes N=37, --block 10M becomes --block 2k), so that a
file of a few hundred rows is cut into many chunks. The file holds the
bundled corpus rows, with blank lines and bad rows among them. Checked:

- lines: every object's line, findings and offsets, the offsets moved by
  the chunk's first byte (a chunk's offsets count from its start);
- header: the same with a header line handed to every chunk;
- ids: objects joined by their id (the row's line in the file): the same
  findings as one run, with ids for lines;
- and for each, the chunks' summary objects add up to the single run's.

Skips (exit 77) without GNU parallel: `scripts/setup.sh` installs it.

usage: run.py ZHEN_BINARY   (prints "streams: N passed, N failed")
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tap import ROOT, ZHEN, result, finish  # noqa: E402
N = 37                       # lines per chunk in the tests
COUNTS = ('lines', 'pairs', 'bad_lines', 'errors', 'warnings', 'info')


def recipe(readme, name):
    """The shell block of the README after the marker for @name, with the
    chunks made small."""
    m = re.search(r'<!-- tests/streams/run\.py: ' + name + r' -->\n```sh\n(.*?)```',
                  readme, re.S)
    if not m:
        sys.exit(f'README.md has no block marked tests/streams/run.py: {name}')
    block = m.group(1)
    small = block.replace('N=10000', f'N={N}').replace('--block 10M', '--block 2k')
    if small == block:
        sys.exit(f'README.md block {name}: no chunk size to make smaller')
    return small


def rows_file(path, header):
    """The bundled pairs (sample, realistic, forms), a blank line and a bad
    row here and there; with @header a header line first. Returns the
    bytes."""
    rows = []
    for name in ('sample.tsv', 'realistic-clean.tsv', 'realistic-errors.tsv'):
        for line in open(os.path.join(ROOT, 'corpus', 'pairs', name), encoding='utf-8'):
            cells = line.rstrip('\n').split('\t')
            if len(cells) >= 2 and not line.startswith('#'):
                rows.append(f'{cells[0]}\t{cells[1]}')
    for at in (5, 80, 81, 300):
        rows.insert(at, '')
    rows.insert(150, 'a row without its English')
    data = ('zh\ten\n' if header else '') + ''.join(r + '\n' for r in rows)
    raw = data.encode('utf-8')
    open(path, 'wb').write(raw)
    return raw


def run_single(path, *opts):
    p = subprocess.run([ZHEN, 'check', '--pairs', path, '--format=json', *opts],
                       capture_output=True, check=False)
    return [json.loads(l) for l in p.stdout.decode().splitlines()]


def run_recipe(tmp, block):
    """Run @block in @tmp (where pairs.tsv is) with zhen on the PATH; the
    objects of report.jsonl."""
    env = dict(os.environ, PATH=os.path.dirname(ZHEN) + os.pathsep + os.environ['PATH'])
    p = subprocess.run(['bash', '-c', 'set -o pipefail\n' + block], cwd=tmp, env=env,
                       capture_output=True, check=False)
    # parallel exits with the number of chunks that exited non-zero:
    # zhen's 1 (error findings) and 2 (the bad row) among them
    if p.returncode > 100:
        sys.exit(f'the recipe failed ({p.returncode}): {p.stderr.decode()[:500]}')
    out = os.path.join(tmp, 'report.jsonl')
    return [json.loads(l) for l in open(out, encoding='utf-8')], p.stderr.decode()


def split(objects):
    """Line objects, and the summaries' counts added up."""
    lines = [o for o in objects if 'summary' not in o]
    total = {k: 0 for k in COUNTS}
    sums = [o['summary'] for o in objects if 'summary' in o]
    for s in sums:
        for k in COUNTS:
            total[k] += s[k]
    return lines, total, len(sums)


def line_starts(raw):
    """Byte offset of the start of each line, 1-based."""
    starts = [None, 0]
    for i, b in enumerate(raw):
        if b == 0x0A:
            starts.append(i + 1)
    return starts


def moved(obj, delta):
    """@obj with every quantity's start and end moved by @delta."""
    o = json.loads(json.dumps(obj))
    for f in o.get('findings', []):
        for side in ('zh', 'en'):
            if f[side]:
                f[side]['start'] += delta
                f[side]['end'] += delta
    return o


def without_offsets(obj, line=True):
    o = json.loads(json.dumps(obj))
    if not line:
        o.pop('line')
    for f in o.get('findings', []):
        for side in ('zh', 'en'):
            if f[side]:
                del f[side]['start'], f[side]['end']
                if not line:
                    del f[side]['line']
    return o


if not shutil.which('parallel'):
    print('skip - GNU parallel is not installed (scripts/setup.sh installs it)')
    sys.exit(77)

readme = open(os.path.join(ROOT, 'README.md'), encoding='utf-8').read()
with tempfile.TemporaryDirectory() as tmp:
    pairs = os.path.join(tmp, 'pairs.tsv')

    # 1. Line offsets with -N: everything, offsets too, once each chunk's
    # first byte is added.
    raw = rows_file(pairs, header=False)
    nlines = raw.count(b'\n')
    single, single_sum, _ = split(run_single(pairs))
    got, err = run_recipe(tmp, recipe(readme, 'lines'))
    chunks, chunk_sum, nsum = split(got)
    starts = line_starts(raw)
    fixed = [moved(o, starts[(o['line'] - 1) // N * N + 1]) for o in chunks]
    result(nsum == (nlines + N - 1) // N and nsum > 10,
           f'lines: {nlines} lines cut into {nsum} chunks of {N}')
    result(fixed == single, 'lines: the chunks joined are one run, offsets and all',
           next((f'{a}\n    != {b}' for a, b in zip(fixed, single) if a != b),
                f'{len(fixed)} objects vs {len(single)}'))
    result(chunk_sum == single_sum and single_sum['bad_lines'] == 1 and single_sum['errors'] > 50,
           f'lines: the summaries add up to one run\'s {single_sum}', f'{chunk_sum}')
    result(any(o.get('error') for o in fixed), 'lines: the bad row is in the joined report')

    # 2. A header handed to every chunk: lines and findings as one run.
    rows_file(pairs, header=True)
    single, single_sum, _ = split(run_single(pairs, '--header'))
    got, err = run_recipe(tmp, recipe(readme, 'header'))
    chunks, chunk_sum, nsum = split(got)
    result([without_offsets(o) for o in chunks] == [without_offsets(o) for o in single]
           and len(single) == nlines,
           f'header: {nsum} chunks with the header joined are one run',
           next((f'{a}\n    != {b}' for a, b in zip(chunks, single) if a != b), ''))
    result(chunk_sum == single_sum, 'header: the summaries add up', f'{chunk_sum} vs {single_sum}')

    # 3. Chunks by size, rows numbered by awk: ids are the file's lines.
    rows_file(pairs, header=False)
    single, single_sum, _ = split(run_single(pairs))
    got, err = run_recipe(tmp, recipe(readme, 'ids'))
    chunks, chunk_sum, nsum = split(got)
    by_id = {int(o['id']): without_offsets(o, line=False) for o in chunks if 'id' in o}
    want = {o['line']: without_offsets(o, line=False) for o in single
            if o.get('findings') is not None or 'error' in o}
    # a blank line stays blank, with no id to join by
    blank = {o['line'] for o in single if not raw.split(b'\n')[o['line'] - 1]}
    for k in blank:
        del want[k]
    for v in list(want.values()) + list(by_id.values()):
        v.pop('id', None)
    # the row that lacks a cell lacks one of three columns now
    for k, v in want.items():
        if 'error' in v:
            v['error'] = '2 columns, 3 expected (id,zh,en)'
    result(nsum > 3, f'ids: {nsum} chunks of about 2 kB')
    result(by_id == want and len(want) > 700,
           'ids: every row joined by its id has the findings of one run',
           next((f'{k}: {by_id.get(k)}\n    != {v}' for k, v in want.items()
                 if by_id.get(k) != v), f'{len(by_id)} rows vs {len(want)}'))
    result(chunk_sum == single_sum, 'ids: the summaries add up', f'{chunk_sum} vs {single_sum}')

finish('streams')
