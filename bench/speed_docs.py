#!/usr/bin/env python3
"""Speed and memory of `zhen check` on document pairs of 1, 10 and 100 MB.

usage: bench/speed_docs.py [--zhen build/src/zhen] [--shared ../shared]
                           [--sizes 1,10,100] [--repeat 3] [--keep DIR]
                           [--worst 1] [--fuzz build/fuzz/fuzz_align]

The documents are the FLORES-200 dev sentences (Traditional and English,
line-parallel), grouped into paragraphs of 1 to 6 sentences, one paragraph
a line (Chinese joined without a space, English with one), in a shuffled
order that differs from copy to copy, until the pair (both files) holds
about SIZE MB. One paragraph in 200 is left out of one side or the other,
as a translation drops a caption or adds a note, so that the aligner meets
one-sided beads at every size. Everything is written to a temporary
folder and removed (--keep DIR writes there instead and keeps it).

In the same invocation and on the same Chinese file, `opencc -c t2s.json
-i ZH -o /dev/null` is the reference: the converter zhen wraps, the known
floor of the pipeline (platform.md §3), reading the file in 1 MB blocks,
its fastest mode, and writing nowhere (zhen's report goes to /dev/null
too). zhen runs as a user would run it: `zhen check ZH EN`, documents,
default options, with XDG_DATA_HOME pointed at a folder that does not
exist, so no lexicon is read.

Each command runs --repeat times and the best run counts: on a shared VM
(2 vCPUs that behave like one, platform.md) other processes only ever make
a run slower. CPU seconds (user + system) are printed beside wall time and
the ratios are given for both, CPU time being the steadier when the machine
is busy. Peak RSS comes from /usr/bin/time, as in speed_pairs.py, and is
also given per byte of input (both files). The last table gives seconds per
MB at each size: flat when time is linear in the input.

The aligner's worst case comes last (--worst MB, 0 to skip): documents that
do not correspond, written as one line each, so that no paragraph program
narrows the sentence program. The Chinese holds the first half of the FLORES
sentences, the English the second half, shuffled; pairs of MB against MB and
MB against 2 MB are timed beside a corresponding pair of the same size (the
same sentences on both sides, one line each): their s/MB should stay flat
from one --worst size to the next (linear, within a constant factor of the
corresponding pair's: no quadratic blow-up on text that does not correspond).
With --fuzz (the fuzz_align binary of a build with tests), the unit kept in
fuzz/slow/align/ is replayed and timed too.
"""
import argparse
import os
import random
import shutil
import sys
import tempfile

from speed_pairs import run

# a paragraph in DROP_EVERY loses one side (see the docstring)
DROP_EVERY = 200


def paragraphs(zh, en, rng):
    """One shuffled copy of the sentences as (zh, en) paragraphs."""
    out, i = [], 0
    while i < len(zh):
        n = rng.randint(1, 6)
        out.append((''.join(zh[i:i + n]), ' '.join(en[i:i + n])))
        i += n
    rng.shuffle(out)
    return out


def make_pair(zh, en, mb, zpath, epath, seed=1):
    """Write a document pair of about @mb MB (both files together)."""
    rng = random.Random(seed)
    target, size, k = mb * 1e6, 0, 0
    with open(zpath, 'w', encoding='utf-8') as fz, open(epath, 'w', encoding='utf-8') as fe:
        while size < target:
            for z, e in paragraphs(zh, en, rng):
                k += 1
                drop = rng.randrange(2) if k % DROP_EVERY == 0 else -1
                if drop != 0:
                    fz.write(z + '\n')
                    size += len(z.encode('utf-8')) + 1
                if drop != 1:
                    fe.write(e + '\n')
                    size += len(e.encode('utf-8')) + 1
                if size >= target:
                    break


def one_line(lines, mb, sep, seed):
    """About @mb MB of @lines, shuffled, repeated, joined into one line."""
    rng, out, size = random.Random(seed), [], 0
    while size < mb * 1e6:
        pool = lines[:]
        rng.shuffle(pool)
        for t in pool:
            out.append(t)
            size += len(t.encode('utf-8')) + len(sep)
            if size >= mb * 1e6:
                break
    return sep.join(out) + '\n'


def worst(a, zh, en, tmp, env):
    """The worst-case rows: (name, bytes, run()) of each pair."""
    half, rows = len(zh) // 2, []
    cases = (('corresponding 1:1', zh, en, a.worst, a.worst),
             ('unrelated 1:1', zh[:half], en[half:], a.worst, a.worst),
             ('unrelated 1:2', zh[:half], en[half:], a.worst, 2 * a.worst))
    for name, zl, el, zmb, emb in cases:
        zp, ep = os.path.join(tmp, 'worst-zh.txt'), os.path.join(tmp, 'worst-en.txt')
        if name.startswith('corresponding'):
            # the same sentences, in the same order, on both sides
            idx = list(range(len(zl)))
            random.Random(3).shuffle(idx)
            ztext, etext, size, k = [], [], 0, 0
            while size < (zmb + emb) * 1e6:
                i = idx[k % len(idx)]
                ztext.append(zl[i])
                etext.append(el[i])
                size += len(zl[i].encode('utf-8')) + len(el[i].encode('utf-8')) + 1
                k += 1
            zt, et = ''.join(ztext) + '\n', ' '.join(etext) + '\n'
        else:
            zt, et = one_line(zl, zmb, '', 5), one_line(el, emb, ' ', 6)
        with open(zp, 'w', encoding='utf-8') as f:
            f.write(zt)
        with open(ep, 'w', encoding='utf-8') as f:
            f.write(et)
        r = run([a.zhen, 'check', zp, ep], repeat=a.repeat, env=env)
        if r[3] not in (0, 1):
            sys.exit(f'zhen failed with status {r[3]} on the {name} pair')
        rows.append((name, os.path.getsize(zp) + os.path.getsize(ep), r))
    if a.fuzz and os.path.exists(a.fuzz):
        unit = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fuzz',
                            'slow', 'align', '799x4397-no-paragraphs')
        r = run([a.fuzz, unit], repeat=a.repeat)
        rows.append(('fuzz unit 799x4397', 0, r))
    return rows


def measure(a, zh, en, mb, tmp):
    zpath, epath = os.path.join(tmp, f'zh-{mb}.txt'), os.path.join(tmp, f'en-{mb}.txt')
    make_pair(zh, en, mb, zpath, epath)
    size = os.path.getsize(zpath) + os.path.getsize(epath)
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, 'no-such-dir'), LC_ALL='C.UTF-8')
    z = run([a.zhen, 'check', zpath, epath], repeat=a.repeat, env=env)
    if z[3] not in (0, 1):
        sys.exit(f'zhen failed with status {z[3]} on {mb} MB')
    o = run(['opencc', '-c', 't2s.json', '-i', zpath, '-o', os.devnull], repeat=a.repeat)
    if o[3] != 0:
        sys.exit(f'opencc failed with status {o[3]}')
    if not a.keep:
        os.remove(zpath)
        os.remove(epath)
    return size, z, o


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--zhen', default='build/src/zhen')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--sizes', default='1,10,100', help='MB of each pair, comma-separated')
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--keep', help='write the documents to this folder and keep them')
    ap.add_argument('--worst', type=int, default=1,
                    help='MB of each side of the worst-case pairs (0: skip them)')
    ap.add_argument('--fuzz', default='build/fuzz/fuzz_align',
                    help='the fuzz_align binary, to replay fuzz/slow/align/ (if it exists)')
    a = ap.parse_args()
    d = os.path.join(a.shared, 'data', 'flores200-dev')
    if not os.path.isdir(d):
        print(f'skip: {d} not found')
        return 0
    if not shutil.which('opencc'):
        sys.exit('opencc not found (apt-get install opencc)')
    read = lambda f: open(os.path.join(d, f), encoding='utf-8').read().splitlines()
    zh, en = read('zho_Hant.txt'), read('eng.txt')
    sizes = [int(s) for s in a.sizes.split(',') if s]
    tmp = a.keep or tempfile.mkdtemp(prefix='zhen-speed-docs-')
    os.makedirs(tmp, exist_ok=True)
    rows, wrows = [], []
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, 'no-such-dir'), LC_ALL='C.UTF-8')
    try:
        for mb in sizes:
            size, z, o = measure(a, zh, en, mb, tmp)
            rows.append((mb, size, z, o))
        if a.worst > 0:
            wrows = worst(a, zh, en, tmp, env)
    finally:
        if not a.keep:
            shutil.rmtree(tmp)
    print(f'zhen check on FLORES Traditional/English document pairs, best of {a.repeat}'
          ' (MB/s over both files)')
    print(f'  {"pair":>8} {"command":12} {"wall s":>8} {"CPU s":>8} {"MB/s":>7}'
          f' {"peak RSS":>10} {"RSS/byte":>9}')
    for mb, size, z, o in rows:
        for name, (t, c, r, _) in (('zhen check', z), ('opencc t2s', o)):
            print(f'  {size / 1e6:6.1f}MB {name:12} {t:8.2f} {c:8.2f} {size / 1e6 / t:7.2f}'
                  f' {r / 1024:7.1f} MB {r * 1024 / size:9.2f}')
    print('  zhen / opencc (the goal: at most 1/3, in time; the aim 1/10)')
    for mb, size, z, o in rows:
        cr = f'{z[1] / o[1]:.2f}x' if o[1] > 0 else 'n/a'
        print(f'  {size / 1e6:6.1f}MB  {z[0] / o[0]:.2f}x wall, {cr} CPU'
              f'  (opencc {o[0] / z[0]:.2f}x as long as zhen)')
    print('  linearity: zhen seconds per MB')
    for mb, size, z, o in rows:
        print(f'  {size / 1e6:6.1f}MB  {z[0] / (size / 1e6):.3f} s/MB wall,'
              f' {z[1] / (size / 1e6):.3f} s/MB CPU')
    if wrows:
        print('  the worst case: one line a side, text that does not correspond'
              ' (s/MB CPU flat across --worst sizes)')
        for name, size, (t, c, r, _) in wrows:
            per = f'{c / (size / 1e6):6.3f} s/MB CPU' if size else ''
            mb = f'{size / 1e6:6.1f}MB' if size else '        '
            print(f'  {name:20} {mb} {t:8.2f} s wall {c:8.2f} s CPU {per}'
                  f' {r / 1024:7.1f} MB peak')
    return 0


if __name__ == '__main__':
    sys.exit(main())
