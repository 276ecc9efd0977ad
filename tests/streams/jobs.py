#!/usr/bin/env python3
"""zhen check --pairs --jobs N: the same bytes on standard output and
standard error, and the same exit status, for every N.

Rows are checked by worker threads and reported by the reading thread in
input order (src/cli/pairs_pool.c), so nothing may differ from --jobs 1:
not the line numbers, ids, offsets, the comparison across rows at the
edges of the chunks (256 rows), the bad lines named on standard error
(the first ten, held back until a pair is checked), the summary, the
baseline's count. Inputs: the bundled corpus rows (repeated past several
chunks, blank and bad rows among them), the same in UTF-16 (lines whose
offsets are mapped), with ids and a header, a file that starts with bad
rows, and the WMT newstest lines of ../shared when they are there.

usage: jobs.py ZHEN_BINARY   (prints "pairs-jobs: N passed, N failed")
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tap import ROOT, ZHEN, result, finish  # noqa: E402

SHARED = os.environ.get('ZHEN_SHARED') or os.path.join(ROOT, '..', 'shared')


def corpus_rows():
    rows = []
    for name in ('sample.tsv', 'realistic-clean.tsv', 'realistic-errors.tsv'):
        for line in open(os.path.join(ROOT, 'corpus', 'pairs', name), encoding='utf-8'):
            cells = line.rstrip('\n').split('\t')
            if len(cells) >= 2 and not line.startswith('#'):
                rows.append(f'{cells[0]}\t{cells[1]}')
    return rows


def with_trouble(rows, times):
    """@rows @times over, a blank line, a row without its English and a
    row of invalid UTF-8 here and there (some at a chunk's edge)."""
    out = []
    for k in range(times):
        out += rows
    for at in (5, 255, 256, 257, 511, 900, 1500):
        if at < len(out):
            out.insert(at, '' if at % 2 else 'a row without its English')
    return out


def run(path, jobs, *opts):
    p = subprocess.run([ZHEN, 'check', '--pairs', path, f'--jobs={jobs}', *opts],
                       capture_output=True, check=False)
    return p.returncode, p.stdout, p.stderr


def same(name, path, *opts, jobs=(2, 3)):
    """--jobs 1 against each of @jobs on @path."""
    want = run(path, 1, *opts)
    for j in jobs:
        got = run(path, j, *opts)
        diff = ''
        if got != want:
            a, b = want[1].splitlines(), got[1].splitlines()
            diff = next((f'line {i + 1}: {x!r}\n    != {y!r}' for i, (x, y)
                         in enumerate(zip(a, b)) if x != y),
                        f'status {want[0]} vs {got[0]}; stderr {want[2][:300]!r} vs '
                        f'{got[2][:300]!r}; {len(a)} vs {len(b)} lines')
        result(got == want, f'{name}: --jobs {j} gives the bytes of --jobs 1 '
               f'({len(want[1].splitlines())} lines, status {want[0]})', diff)
    return want


with tempfile.TemporaryDirectory() as tmp:
    rows = corpus_rows()
    big = with_trouble(rows, 4)
    data = ''.join(r + '\n' for r in big)
    pairs = os.path.join(tmp, 'pairs.tsv')
    with open(pairs, 'w', encoding='utf-8') as f:
        f.write(data)
    with open(pairs, 'ab') as f:
        f.write(b'\xe9\xff bad bytes\tin a row\n')
        f.write((rows[0] + '\n').encode())
    st, out, err = same('corpus json', pairs, '--format=json')
    result(len(big) > 3 * 256 and st == 2 and b'"error"' in out,
           f'corpus: {len(big)} rows, past three chunks, bad rows among them')
    same('corpus text', pairs)

    # standard input: the reader cannot tell the size
    with open(pairs, 'rb') as f:
        want = subprocess.run([ZHEN, 'check', '--pairs', '-', '--jobs=1'],
                              stdin=f, capture_output=True, check=False)
    with open(pairs, 'rb') as f:
        got = subprocess.run([ZHEN, 'check', '--pairs', '-', '--jobs=2'],
                             stdin=f, capture_output=True, check=False)
    result((got.returncode, got.stdout, got.stderr) ==
           (want.returncode, want.stdout, want.stderr) and want.stdout,
           'standard input: --jobs 2 gives the bytes of --jobs 1')

    # fewer rows than a chunk: checked by the reading thread alone
    small = os.path.join(tmp, 'small.tsv')
    with open(small, 'w', encoding='utf-8') as f:
        f.write(''.join(r + '\n' for r in with_trouble(rows[:200], 1)))
    same('one chunk', small, '--format=json')

    # UTF-16: every line carries its map back to the input's bytes
    u16 = os.path.join(tmp, 'pairs16.tsv')
    with open(u16, 'wb') as f:
        f.write(''.join(r + '\n' for r in with_trouble(rows, 2)).encode('utf-16'))
    st, out, _ = same('UTF-16 json', u16, '--format=json')
    result(b'"findings":[{' in out, 'UTF-16: findings with mapped offsets were compared')

    # ids and a header naming the columns
    hdr = os.path.join(tmp, 'ids.tsv')
    with open(hdr, 'w', encoding='utf-8') as f:
        f.write('id\ten\tzh\n')
        for i, r in enumerate(rows * 3):
            z, e = r.split('\t')
            f.write(f'r{i}\t{e}\t{z}\n')
    st, out, _ = same('ids and header', hdr, '--format=json', '--header')
    result(b'"id":"r700"' in out, 'ids: the rows\' ids are in the report')
    same('ids, --line-offset', hdr, '--header', '--line-offset=1000')

    # twelve bad rows first: their messages wait for the first pair
    early = os.path.join(tmp, 'early.tsv')
    with open(early, 'w', encoding='utf-8') as f:
        f.write(''.join(f'no tab {i}\n' for i in range(300)) + data)
    st, out, err = same('bad rows first', early)
    result(err.count(b'no TAB') == 10 and b'more bad lines' in err,
           'bad rows first: ten named on standard error, the rest counted',
           err.decode()[:400])
    bad_only = os.path.join(tmp, 'bad-only.tsv')
    with open(bad_only, 'w', encoding='utf-8') as f:
        f.write(''.join(f'no tab {i}\n' for i in range(600)))
    st, _, err = same('no pair at all', bad_only)
    result(st == 2 and b'no pair checked' in err, 'no pair at all: exit 2, one line says so')

    # a baseline written with --jobs 1 accepts the same findings
    base = os.path.join(tmp, 'base.txt')
    # (a run with bad rows writes none: the ids file, with no bad row)
    subprocess.run([ZHEN, 'check', '--pairs', hdr, '--header', '--jobs=1',
                    '--write-baseline', base], capture_output=True, check=False)
    st, out, _ = same('baseline', hdr, '--header', '--baseline', base)
    result(st == 0 and b' accepted' in out,
           'baseline: all accepted, the summary counts them', out[-200:])

    # a report nobody reads: the same error line and status
    with open('/dev/full', 'wb') as full:
        a = subprocess.run([ZHEN, 'check', '--pairs', pairs, '--jobs=1'], stdout=full,
                           capture_output=False, stderr=subprocess.PIPE, check=False)
        b = subprocess.run([ZHEN, 'check', '--pairs', pairs, '--jobs=2'], stdout=full,
                           capture_output=False, stderr=subprocess.PIPE, check=False)
    result(a.returncode == b.returncode == 2 and a.stderr == b.stderr and
           b'cannot write the report' in b.stderr,
           '/dev/full: exit 2 with "cannot write the report"', f'{a.stderr!r} vs {b.stderr!r}')

    # real news translations, when ../shared is beside the clone
    wmt = os.path.join(SHARED, 'data', 'wmt-newstest', 'newstest2019-zhen')
    if os.path.isdir(wmt):
        zh = open(os.path.join(wmt, 'zho_Hans.txt'), encoding='utf-8').read().splitlines()
        en = open(os.path.join(wmt, 'eng.txt'), encoding='utf-8').read().splitlines()
        news = os.path.join(tmp, 'news.tsv')
        with open(news, 'w', encoding='utf-8') as f:
            f.write(''.join(f'{z}\t{e}\n' for z, e in zip(zh, en)))
        st, out, _ = same('wmt newstest2019 json', news, '--format=json')
        result(len(zh) > 1000 and out.count(b'"findings":[{') > 10,
               f'wmt: {len(zh)} real pairs, findings among them')
    else:
        print(f'skip - {wmt} not found')

finish('pairs-jobs')
