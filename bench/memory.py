#!/usr/bin/env python3
"""Peak memory per input byte of `zhen check` on document shapes (issue F,
item 4), for one or more zhen binaries in one run.

usage: bench/memory.py [--zhen build/src/zhen ...] [--mb 10] [--repeat 1]

Every shape is built from corpus/tw-results (Traditional Chinese and its
English, 16 paragraphs), repeated until the pair (both files) holds about
--mb MB:

  paragraphs      the documents repeated, one paragraph a line (normal text)
  one line        the same text with every line end removed: one paragraph
                  a side, all its sentences in one paragraph bead
  one line, 1:1.7 one line a side, the English 1.7 times as long (the
                  Chinese stops early): the aligner's band meets text that
                  does not match, on repetitive sentences
  no sentence end 字 and "word " repeated: one sentence a side
  over the limit  a 70 MB Chinese file: refused before it is read
  binary          60 MB of random bytes: refused after its first 64 KiB

Each binary runs every shape in turn, so the ratios compare within one
invocation on one machine. Peak RSS comes from /usr/bin/time (as in
speed_pairs.py); "per byte" is peak RSS over the bytes of both files, and
includes the ~10-20 MB that zhen needs on any input (dictionaries, ICU,
OpenCC), which dominates below 10 MB.
"""
import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speed_pairs import run  # noqa: E402

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def corpus():
    """The Chinese and English of corpus/tw-results."""
    d = os.path.join(SRC, 'corpus', 'tw-results')
    return tuple(open(os.path.join(d, n), encoding='utf-8').read()
                 for n in ('zh.txt', 'en.txt'))


def shapes(folder, mb):
    """(name, zh path, en path) for every shape, written into @folder."""
    zh, en = corpus()
    k = max(1, int(mb * 1e6 / (len(zh.encode()) + len(en.encode()))))
    zl, el = zh.replace('\n', ''), en.replace('\n', ' ')
    texts = {
        'paragraphs': (zh * k, en * k),
        'one line': (zl * k + '\n', el * k + '\n'),
        'one line, 1:1.7': (zl * (k * 10 // 17 or 1) + '\n', el * k + '\n'),
        'no sentence end': ('字' * int(mb * 1e6 / 6) + '\n',
                            'word ' * int(mb * 1e6 / 10) + '\n'),
    }
    out = []
    for i, (name, (z, e)) in enumerate(texts.items()):
        zp, ep = os.path.join(folder, f'{i}.zh'), os.path.join(folder, f'{i}.en')
        with open(zp, 'w', encoding='utf-8') as f:
            f.write(z)
        with open(ep, 'w', encoding='utf-8') as f:
            f.write(e)
        out.append((name, zp, ep))
    ep = out[0][2]
    big = os.path.join(folder, 'big.zh')
    with open(big, 'w', encoding='utf-8') as f:
        f.write(zh * (70 * 10**6 // len(zh.encode()) + 1))
    out.append(('over the limit', big, ep))
    rnd = os.path.join(folder, 'random.bin')
    with open(rnd, 'wb') as f:
        f.write(os.urandom(60 * 10**6))
    out.append(('binary', rnd, ep))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--zhen', action='append')
    ap.add_argument('--mb', type=float, default=10)
    ap.add_argument('--repeat', type=int, default=1)
    a = ap.parse_args()
    bins = a.zhen or ['build/src/zhen']
    env = dict(os.environ, XDG_DATA_HOME='/nonexistent')
    with tempfile.TemporaryDirectory() as tmp:
        cases = shapes(tmp, a.mb)
        print('| zhen | shape | input MB | CPU s | peak RSS MB | RSS / input byte | exit |')
        print('|---|---|---|---|---|---|---|')
        for name, zp, ep in cases:
            size = os.path.getsize(zp) + os.path.getsize(ep)
            for b in bins:
                wall, cpu, rss, rc = run([b, 'check', zp, ep], repeat=a.repeat,
                                         env=env)
                print(f'| {b} | {name} | {size / 1e6:.1f} | {cpu:.2f} | '
                      f'{rss / 1024:.0f} | {rss * 1024 / size:.1f} | {rc} |',
                      flush=True)


if __name__ == '__main__':
    main()
