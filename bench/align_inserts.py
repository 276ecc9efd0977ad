#!/usr/bin/env python3
"""The paragraph aligner on documents with a block of untranslated paragraphs.
usage: bench/align_inserts.py [--zhen build/src/zhen ...] [--shared ../shared]
                              [--seeds 6] [--blocks 5,15,30]
Each pair is FLORES-200 dev sentences 0..699 (Traditional and English) as
paragraphs of 1 to 6 sentences, one a line, with a block of K paragraphs
made of sentences 700..996 inserted on one side only, at a random
paragraph: the untranslated appendix, note or caption run that a band too
narrow loses the path over. No sentence repeats (unlike the speed_docs
pairs), so the right paragraph of every sentence is known. For each --zhen
(several may be compared in one run) the count of two-sided beads whose
first Chinese and first English sentence come from paragraphs that
correspond, and of those that do not, over --seeds seeds x both sides x
--blocks, the lexicon off. Written for the band widths of align.c
(bench/RESULTS.md, "Speed of documents"); the pairs go to a temporary
folder, removed at the end.
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from flores import flores


def paragraphs(zh, en, lo, hi, rng):
    out, i = [], lo
    while i < hi:
        n = rng.randint(1, 6)
        out.append((''.join(zh[i:min(i + n, hi)]), ' '.join(en[i:min(i + n, hi)])))
        i += n
    return out


def where(lines, text):
    """The one line that holds the first 30 characters of @text, or -1."""
    t = text.strip()[:30]
    hits = [i for i, l in enumerate(lines) if t in l]
    return hits[0] if len(hits) == 1 else -1


def score(zhen, Z, E, zf, ef, gold, env):
    out = subprocess.run([zhen, 'align', '--format=tsv', zf, ef], capture_output=True,
                         text=True, env=env)
    if out.returncode not in (0, 1):
        sys.exit(f'{zhen} failed with status {out.returncode}')
    right = wrong = 0
    for row in out.stdout.split('\n'):
        f = row.split('\t')
        if len(f) < 3 or not f[0] or not f[1]:
            continue
        zp, ep = where(Z, f[0]), where(E, f[1])
        if zp < 0 or ep < 0:
            continue
        if gold(zp) == ep:
            right += 1
        else:
            wrong += 1
    return right, wrong


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--zhen', action='append', help='zhen binary (repeat to compare)')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--seeds', type=int, default=6)
    ap.add_argument('--blocks', default='5,15,30', help='paragraphs in the inserted block')
    a = ap.parse_args()
    bins = a.zhen or ['build/src/zhen']
    lines = flores(a.shared, 'zho_Hant.txt', 'eng.txt')
    if lines is None:
        return 0
    zh, en = lines
    tmp = tempfile.mkdtemp(prefix='zhen-align-inserts-')
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, 'no-such-dir'), LC_ALL='C.UTF-8')
    tot = {b: [0, 0] for b in bins}
    try:
        for seed in range(1, a.seeds + 1):
            for side in 'ez':
                for K in (int(x) for x in a.blocks.split(',') if x):
                    rng = random.Random(seed * 100 + K)
                    P = paragraphs(zh, en, 0, 700, rng)
                    B = paragraphs(zh, en, 700, len(zh), rng)[:K]
                    pos = rng.randrange(20, len(P) - 20)
                    Z, E = [z for z, _ in P], [e for _, e in P]
                    if side == 'e':
                        E = E[:pos] + [e for _, e in B] + E[pos:]
                        gold = lambda p: p if p < pos else p + K
                    else:
                        Z = Z[:pos] + [z for z, _ in B] + Z[pos:]
                        gold = lambda p: p if p < pos else None if p < pos + K else p - K
                    zf, ef = os.path.join(tmp, 'zh.txt'), os.path.join(tmp, 'en.txt')
                    with open(zf, 'w', encoding='utf-8') as f:
                        f.write('\n'.join(Z) + '\n')
                    with open(ef, 'w', encoding='utf-8') as f:
                        f.write('\n'.join(E) + '\n')
                    for b in bins:
                        r, w = score(b, Z, E, zf, ef, gold, env)
                        tot[b][0] += r
                        tot[b][1] += w
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f'two-sided beads by paragraph, {a.seeds} seeds x 2 sides x blocks of {a.blocks}')
    for b in bins:
        r, w = tot[b]
        print(f'  {b}: right {r}  wrong {w}  precision {r / max(r + w, 1):.4f}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
