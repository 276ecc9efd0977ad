#!/usr/bin/env python3
"""Measure zhen's sentence aligner against gold alignments.

usage: bench/align_flores.py [--zhen build/src/zhen] [--shared ../shared] [--out bench/out] [--sizes 1000,10000,100000]

1. Documents built from FLORES-200 dev (997 line-parallel sentences): consecutive
   sentences grouped into documents; on one side random neighbours are merged
   (giving 1-2, 2-1 and 1-3 beads) and a few sentences dropped (1-0, 0-1). The
   gold alignment is known by construction. Strict F1 (a bead counts only if
   identical to a gold bead) and lax F1 (a predicted bead counts if it shares a
   sentence on both sides with a gold bead) for zhen (`--sentence-per-line`:
   the lines as sentences), zhen on the same files as documents (each line a
   paragraph: the paragraph program, its sentence beads mapped back to
   lines, as a news article of one-sentence paragraphs is aligned) and a plain
   Gale-Church aligner (beads 1-1 1-0 0-1 2-1 1-2 2-2, per-document character
   ratio, no anchors) run in the same script.
2. The bundled corpus pairs against their hand-made paragraph gold, and
3. the real seeds pair (../shared/seeds 003 <-> 000) against its known
   paragraph correspondence: both as documents (`zhen align`, the paragraph
   program, then sentences inside), the sentence beads mapped to paragraphs.
4. Time and peak memory of `zhen align` for documents of the given sizes
   (sentences per side), with the time of `wc -m` over the same files as a
   reference run (ratios, not absolute seconds, are what compare across
   machines), CPU seconds beside wall time (other work on the machine
   inflates the wall time only), and strict/lax F1 against the gold of
   these documents (40-sentence FLORES chunks with merges and drops, cycled
   until the size is reached).
"""
import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time


def nchars(s):
    return sum(1 for c in s if not c.isspace())


def parse_beads(text):
    out = []
    for line in text.splitlines():
        m = re.fullmatch(r'\[([0-9,]*)\]:\[([0-9,]*)\]', line.strip())
        if not m:
            continue
        a = tuple(int(x) for x in m.group(1).split(',') if x)
        b = tuple(int(x) for x in m.group(2).split(',') if x)
        out.append((a, b))
    return out


def f1(pred, gold):
    """Strict and lax F1 over beads (null beads included in strict)."""
    gs, ps = set(gold), set(pred)
    hit = len(gs & ps)
    p = hit / len(ps) if ps else 0
    r = hit / len(gs) if gs else 0
    strict = 2 * p * r / (p + r) if p + r else 0
    # lax: non-null beads overlapping on both sides
    gpairs = [(set(a), set(b)) for a, b in gold if a and b]
    ppairs = [(set(a), set(b)) for a, b in pred if a and b]
    def overlaps(pairs, others):
        # index the other side's beads by zh sentence: linear, not quadratic
        by_zh = {}
        for x, y in others:
            for i in x:
                by_zh.setdefault(i, []).append(y)
        return sum(1 for a, b in pairs
                   if any(b & y for i in a for y in by_zh.get(i, ())))
    lp = overlaps(ppairs, gpairs) / max(1, len(ppairs))
    lr = overlaps(gpairs, ppairs) / max(1, len(gpairs))
    lax = 2 * lp * lr / (lp + lr) if lp + lr else 0
    return strict, lax


def make_doc(rng, zh, en, merge_rate=0.15, drop_rate=0.03):
    """Merge neighbours / drop sentences on either side; return (zh_lines, en_lines, gold)."""
    zl, el, gold = [], [], []
    i = 0
    n = len(zh)
    while i < n:
        r = rng.random()
        if r < drop_rate:
            side = rng.random() < 0.5
            if side:
                gold.append(((len(zl),), ()))
                zl.append(zh[i])
            else:
                gold.append(((), (len(el),)))
                el.append(en[i])
            i += 1
            continue
        k = 1
        if r < drop_rate + merge_rate and i + 1 < n:
            k = 3 if rng.random() < 0.2 and i + 2 < n else 2
        if k == 1:
            gold.append(((len(zl),), (len(el),)))
            zl.append(zh[i])
            el.append(en[i])
        elif rng.random() < 0.5:   # merge on the zh side: 1-k
            gold.append(((len(zl),), tuple(range(len(el), len(el) + k))))
            zl.append(''.join(zh[i:i + k]))
            el.extend(en[i:i + k])
        else:                       # merge on the en side: k-1
            gold.append((tuple(range(len(zl), len(zl) + k)), (len(el),)))
            zl.extend(zh[i:i + k])
            el.append(' '.join(en[i:i + k]))
        i += k
    return zl, el, gold


def gale_church(zl, el):
    """Plain Gale-Church over character counts with a per-document ratio."""
    a = [nchars(s) for s in zl]
    b = [nchars(s) for s in el]
    c = (sum(b) / max(1, sum(a))) or 1.0
    s2 = 6.8
    priors = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089 / 2,
              (1, 2): 0.089 / 2, (2, 2): 0.011}
    pen = {k: -math.log(v) for k, v in priors.items()}

    def cost(l1, l2):
        l1c = l1 * c
        mean = (l1c + l2) / 2 if l1 and l2 else max(l1c, l2)
        if mean == 0:
            return 0.0
        z = abs(l1c - l2) / math.sqrt(s2 * mean)
        pd = 2 * (1 - 0.5 * (1 + math.erf(z / math.sqrt(2))))
        return -math.log(max(pd, 1e-300))

    n, m = len(a), len(b)
    INF = float('inf')
    D = [[INF] * (m + 1) for _ in range(n + 1)]
    B = [[None] * (m + 1) for _ in range(n + 1)]
    D[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            if D[i][j] == INF:
                continue
            for (x, y), p in pen.items():
                if i + x > n or j + y > m:
                    continue
                v = D[i][j] + p + cost(sum(a[i:i + x]), sum(b[j:j + y]))
                if v < D[i + x][j + y]:
                    D[i + x][j + y] = v
                    B[i + x][j + y] = (x, y)
    out, i, j = [], n, m
    while i or j:
        x, y = B[i][j]
        out.append((tuple(range(i - x, i)), tuple(range(j - y, j))))
        i, j = i - x, j - y
    return out[::-1]


# zhen align reads the lexicon scripts/get-lexicon.sh installs, when there is one; a
# bench measures what it says, with a lexicon only where it passes --lexicon
# (bench/align_gold.py --lexicon FILE).
NO_DEFAULT_LEXICON = dict(os.environ, XDG_DATA_HOME='/nonexistent/zhen-bench')


def zhen_align(zhen, zl, el, extra=()):
    with tempfile.TemporaryDirectory() as d:
        zp, ep = os.path.join(d, 'zh.txt'), os.path.join(d, 'en.txt')
        open(zp, 'w', encoding='utf-8').write('\n'.join(zl) + '\n')
        open(ep, 'w', encoding='utf-8').write('\n'.join(el) + '\n')
        p = subprocess.run([zhen, 'align', '--format=beads', *extra, zp, ep],
                           capture_output=True, text=True, check=False,
                           env=NO_DEFAULT_LEXICON)
        if p.returncode != 0:
            sys.exit(f'zhen align failed: {p.stderr}')
        return parse_beads(p.stdout)


def zhen_align_paragraphs(zhen, zl, el):
    """Paragraph beads of the document pipeline (`zhen align`, ICU sentences
    inside each line, the paragraph program first): each output bead's
    sentences mapped to their paragraphs (`zhen segment`), and beads that share
    a paragraph joined, as the paragraph program's beads are."""
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for name, lines in (('zh.txt', zl), ('en.txt', el)):
            path = os.path.join(d, name)
            open(path, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
            paths.append(path)
        para = []
        for lang, path in zip(('zh', 'en'), paths):
            p = subprocess.run([zhen, 'segment', f'--lang={lang}', '--format=json', path],
                               capture_output=True, text=True, check=True)
            para.append([json.loads(x)['paragraph'] - 1 for x in p.stdout.splitlines()])
        p = subprocess.run([zhen, 'align', '--format=beads', *paths],
                           capture_output=True, text=True, check=False,
                           env=NO_DEFAULT_LEXICON)
        if p.returncode != 0:
            sys.exit(f'zhen align failed: {p.stderr}')
    out = []
    for zs, es in parse_beads(p.stdout):
        zp = {para[0][i] for i in zs}
        ep = {para[1][j] for j in es}
        # a bead sharing a paragraph with the last one is the same
        # paragraph bead, cut into sentences
        if out and ((zp & set(out[-1][0])) or (ep & set(out[-1][1]))):
            zp |= set(out[-1][0])
            ep |= set(out[-1][1])
            out.pop()
        out.append((tuple(sorted(zp)), tuple(sorted(ep))))
    return out


def paragraph_gold_from_readme(readme, name):
    text = open(readme, encoding='utf-8').read()
    sec = text[text.index(f'## {name}'):]
    m = re.search(r'Paragraph correspondence \(gold\):(.*?)\n\n', sec, re.S)
    gold = []
    # items are separated by ', ' before 'zh' or '—'; a comma inside an
    # item lists several paragraphs ('zh 4 ↔ en 5,6')
    for part in re.split(r',\s*(?=zh|—)', m.group(1).replace('\n', ' ')):
        part = part.strip().rstrip('.')
        if '↔' not in part:
            continue
        l, r = [x.strip() for x in part.split('↔')]
        side = lambda s, p: () if s == '—' else tuple(int(x) - 1 for x in s.replace(p, '').split(','))
        gold.append((side(l, 'zh'), side(r, 'en')))
    return gold


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--zhen', default='build/src/zhen')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--out', default='bench/out')
    ap.add_argument('--sizes', default='1000,10000,100000')
    ap.add_argument('--doclen', type=int, default=40)
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)

    d = os.path.join(a.shared, 'data', 'flores200-dev')
    if os.path.isdir(d):
        read = lambda f: open(os.path.join(d, f), encoding='utf-8').read().splitlines()
        en, hant, hans = read('eng.txt'), read('zho_Hant.txt'), read('zho_Hans.txt')
        for label, zh in (('Hant', hant), ('Hans', hans)):
            rng = random.Random(7)
            tot = {'zhen': [0, 0, 0], 'zhen-doc': [0, 0, 0], 'gc': [0, 0, 0]}
            ndocs = 0
            for s in range(0, len(en), a.doclen):
                zl, el, gold = make_doc(rng, zh[s:s + a.doclen], en[s:s + a.doclen])
                pz = zhen_align(a.zhen, zl, el, ['--sentence-per-line'])
                pd = zhen_align_paragraphs(a.zhen, zl, el)
                pg = gale_church(zl, el)
                for k, pred in (('zhen', pz), ('zhen-doc', pd), ('gc', pg)):
                    st, lx = f1(pred, gold)
                    tot[k][0] += st
                    tot[k][1] += lx
                ndocs += 1
            print(f'FLORES {label}: {ndocs} documents of {a.doclen} sentences (merges and drops on both sides)')
            for k, name in (('zhen', 'zhen'), ('zhen-doc', 'zhen, lines as paras'),
                            ('gc', 'plain Gale-Church')):
                print(f'  {name:18} strict F1 {tot[k][0] / ndocs:.3f}   lax F1 {tot[k][1] / ndocs:.3f}')
    else:
        print(f'skip FLORES: {d} not found')

    readme = os.path.join(root, 'corpus', 'README.md')
    for name in ('hk-deal', 'tw-results', 'cn-policy'):
        zp, ep = (os.path.join(root, 'corpus', name, f) for f in ('zh.txt', 'en.txt'))
        gold = paragraph_gold_from_readme(readme, name)
        pred = zhen_align_paragraphs(a.zhen, open(zp, encoding='utf-8').read().splitlines(),
                                     open(ep, encoding='utf-8').read().splitlines())
        st, lx = f1(pred, gold)
        print(f'corpus/{name} paragraphs: strict F1 {st:.3f}  lax F1 {lx:.3f}  exact: {set(pred) == set(gold)}')

    sd = os.path.join(a.shared, 'seeds')
    if os.path.isdir(sd):
        zf = [f for f in os.listdir(sd) if f.startswith('003_')][0]
        ef = [f for f in os.listdir(sd) if f.startswith('000_')][0]
        zl = [l for l in open(os.path.join(sd, zf), encoding='utf-8').read().splitlines() if l.strip()]
        el = [l for l in open(os.path.join(sd, ef), encoding='utf-8').read().splitlines() if l.strip()]
        gold = [((0,), ()), ((), (0,)), ((), (1,))] + [((i,), (i + 1,)) for i in range(1, len(zl))]
        pred = zhen_align_paragraphs(a.zhen, zl, el)
        st, lx = f1(pred, gold)
        print(f'seeds 003<->000 paragraphs: strict F1 {st:.3f}  exact: {set(pred) == set(gold)}'
              f'  ({len(zl)} zh, {len(el)} en paragraphs)')

    if os.path.isdir(d):
        for n in [int(x) for x in a.sizes.split(',') if x]:
            rng = random.Random(n)
            zl, el, gold = [], [], []
            # whole documents, so the gold stays exact (a few more than n)
            k = 0
            while len(zl) < n:
                z, e, g = make_doc(rng, hans[k:k + a.doclen], en[k:k + a.doclen])
                k = (k + a.doclen) % len(en)
                gold += [(tuple(i + len(zl) for i in a), tuple(j + len(el) for j in b))
                         for a, b in g]
                zl += z
                el += e
            with tempfile.TemporaryDirectory() as t:
                zp, ep = os.path.join(t, 'zh.txt'), os.path.join(t, 'en.txt')
                open(zp, 'w', encoding='utf-8').write('\n'.join(zl) + '\n')
                open(ep, 'w', encoding='utf-8').write('\n'.join(el) + '\n')
                t0 = time.perf_counter()
                subprocess.run(['wc', '-m', zp, ep], capture_output=True, check=True)
                ref = time.perf_counter() - t0
                p = subprocess.run(['/usr/bin/time', '-f', '%e %U %S %M', a.zhen, 'align', '--format=beads',
                                    '--sentence-per-line', zp, ep],
                                   capture_output=True, text=True, check=False,
                                   env=NO_DEFAULT_LEXICON)
                secs, user, syst, kb = p.stderr.strip().splitlines()[-1].split()
                size = os.path.getsize(zp) + os.path.getsize(ep)
                st, lx = f1(parse_beads(p.stdout), gold)
                print(f'align {n:>6} sentences/side ({size / 1e6:.1f} MB): {float(secs):.2f} s '
                      f'({float(user) + float(syst):.2f} s CPU), '
                      f'peak {int(kb) / 1024:.0f} MB, {float(secs) / max(ref, 1e-3):.0f}x the time of wc -m; '
                      f'strict F1 {st:.3f} lax F1 {lx:.3f}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
