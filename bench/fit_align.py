#!/usr/bin/env python3
"""Fit the aligner's parameters (dicts/align.tsv) on human gold alignments.

usage: bench/fit_align.py [--zhen build/src/zhen] [--shared ../shared] [--lexicon FILE]
                          [--docs 001,002] [--rounds 3] [--cv] [--write]

Data: SHARED/data/mac-dev (six chapters of novels and their published English, gold beads;
see bench/align_gold.py). Without it the script says so and exits 0.

What is fitted, and how:
- the sentence priors (`prior NZ-NE SENTENCE PARAGRAPH`, the SENTENCE column): the bead
  shapes' frequencies in the gold, each count plus one half (a shape the gold lacks keeps a
  small probability), normalised over the shapes the program knows; 1-0 and 0-1 get their
  mean (zhen does not know which side is the original);
- then, by coordinate ascent from the values in dicts/align.tsv, the cost per character of
  leaving a sentence out (`delete`, the sentence column) and the anchors' bonuses and caps
  (`anchor token|punct|lexicon|learned BONUS CAP`): each in turn set to the value of its grid
  that scores best, rounds repeated until none moves.
The score is Vecalign's pooled strict F1 (bench/align_gold.py) of `zhen align
--sentence-per-line --dict=CANDIDATE`, without a lexicon and, with --lexicon FILE, also with
it: the mean of the two, so that neither is bought with the other. The paragraph priors and
the punctuation classes are not fitted (no paragraph gold here) and stay as they are.

--cv: two-fold cross-validation by chapters (fit on 001-003, score 004-006, and the other way
round): the held-out F1 says what the fit is worth on chapters it did not see, which the
fitted figure alone cannot. --write: rewrite the fitted rows of dicts/align.tsv in place.
"""
import argparse
import collections
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from align_flores import parse_beads, zhen_align  # noqa: E402
from align_gold import btype, read_lines, score_set  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICT = os.path.join(ROOT, 'dicts', 'align.tsv')
SHAPES = ['1-1', '1-0', '0-1', '1-2', '2-1', '2-2', '1-3', '3-1', '1-4', '2-3', '3-2', '4-1']
GRID = {
    ('delete',): [0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.2],
    ('anchor', 'token', 'bonus'): [1, 2, 3, 4],
    ('anchor', 'punct', 'bonus'): [1, 2, 3, 4, 5],
    ('anchor', 'lexicon', 'bonus'): [1, 2, 3, 4, 5],
    ('anchor', 'learned', 'bonus'): [0, 1, 2, 3, 4],
    ('anchor', 'punct', 'cap'): [2, 4, 8],
    ('anchor', 'lexicon', 'cap'): [4, 6, 10, 16],
    ('anchor', 'learned', 'cap'): [4, 8, 16],
}


def read_params(path):
    """The fitted rows of align.tsv: {'prior': {shape: [sent, para]}, 'delete': [sent, para],
    'anchor': {group: [bonus, cap]}}."""
    p = {'prior': {}, 'delete': None, 'anchor': {}}
    for line in open(path, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if not line.strip() or line.startswith('#'):
            continue
        if f[0] == 'prior':
            p['prior'][f[1]] = [float(f[2]), float(f[3])]
        elif f[0] == 'delete':
            p['delete'] = [float(f[1]), float(f[2])]
        elif f[0] == 'anchor':
            p['anchor'][f[1]] = [float(f[2]), int(f[3])]
    return p


def fmt(v):
    return f'{v:.6g}'


def rows(p):
    """The fitted rows as align.tsv lines (what --dict adds over the built-in file)."""
    out = [f'prior\t{s}\t{fmt(p["prior"][s][0])}\t{fmt(p["prior"][s][1])}' for s in SHAPES]
    out.append(f'delete\t{fmt(p["delete"][0])}\t{fmt(p["delete"][1])}')
    out += [f'anchor\t{g}\t{fmt(b)}\t{c}' for g, (b, c) in p['anchor'].items()]
    return out


def write_dict(p):
    """Rewrite the fitted rows of dicts/align.tsv, keeping its comments and the rest."""
    new = {tuple(r.split('\t')[:2]) if not r.startswith('delete') else ('delete',): r
           for r in rows(p)}
    out = []
    for line in open(DICT, encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        key = ('delete',) if f[0] == 'delete' else tuple(f[:2])
        out.append(new[key] + '\n' if not line.startswith('#') and key in new else line)
    tmp = DICT + '.tmp'
    open(tmp, 'w', encoding='utf-8').writelines(out)
    os.replace(tmp, DICT)


def gold_priors(p, docs):
    """The sentence column of the priors: the gold's shape frequencies, each plus a half."""
    c = collections.Counter(btype(b) for *_, g in docs for b in g)
    # zhen does not know which side is the original: a unit left out is
    # priced alike on both (the gold is zh->en, where only the English
    # leaves sentences out)
    c['1-0'] = c['0-1'] = (c['1-0'] + c['0-1']) / 2
    total = sum(c[s] + 0.5 for s in SHAPES)
    for s in SHAPES:
        p['prior'][s][0] = round((c[s] + 0.5) / total, 5)


def get(p, key):
    if key == ('delete',):
        return p['delete'][0]
    return p['anchor'][key[1]][0 if key[2] == 'bonus' else 1]


def put(p, key, v):
    if key == ('delete',):
        p['delete'][0] = v
    else:
        p['anchor'][key[1]][0 if key[2] == 'bonus' else 1] = v


def score(a, p, docs, tmp):
    """Mean pooled strict F1 over the lexicon settings, with the candidate @p p."""
    path = os.path.join(tmp, 'fit-align.tsv')
    open(path, 'w', encoding='utf-8').write('\n'.join(rows(p)) + '\n')
    runs = [[]] + ([['--lexicon', a.lexicon]] if a.lexicon else [])
    f1s = []
    for lex in runs:
        fn = lambda zl, el, lex=lex: zhen_align(a.zhen, zl, el,
                                                ['--sentence-per-line', f'--dict={path}', *lex])
        r = score_set(docs, [('zhen', fn)])['zhen']['pooled']
        f1s.append(r['strict']['f1'])
    return sum(f1s) / len(f1s), f1s


def fit(a, p, docs, tmp, log=print):
    gold_priors(p, docs)
    best, parts = score(a, p, docs, tmp)
    log(f'  start (gold priors): {best:.4f} {["%.3f" % x for x in parts]}')
    for rnd in range(a.rounds):
        moved = False
        for key, grid in GRID.items():
            cur = get(p, key)
            for v in grid:
                if v == cur:
                    continue
                put(p, key, v)
                s, pr = score(a, p, docs, tmp)
                if s > best + 1e-9:
                    best, parts, cur, moved = s, pr, v, True
                    log(f'  round {rnd + 1}: {"/".join(key)} = {v}: {best:.4f} '
                        f'{["%.3f" % x for x in parts]}')
            put(p, key, cur)
        if not moved:
            break
    return best, parts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--zhen', default=os.path.join(ROOT, 'build', 'src', 'zhen'))
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--lexicon', help='a CC-CEDICT file: fit on the mean F1 without and with it')
    ap.add_argument('--docs', help='chapters to fit on (default: all)')
    ap.add_argument('--rounds', type=int, default=3)
    ap.add_argument('--cv', action='store_true', help='two-fold cross-validation by chapters')
    ap.add_argument('--write', action='store_true', help='rewrite dicts/align.tsv')
    a = ap.parse_args()
    d = os.path.join(a.shared, 'data', 'mac-dev')
    if not os.path.isdir(d):
        print(f'fit_align: skipped: no mac-dev gold at {d}')
        return 0
    names = sorted(os.listdir(os.path.join(d, 'gold')))
    docs = [(n, read_lines(os.path.join(d, 'zh', n)), read_lines(os.path.join(d, 'en', n)),
             parse_beads(open(os.path.join(d, 'gold', n), encoding='utf-8').read()))
            for n in names]
    tmp = tempfile.mkdtemp(prefix='zhen-fit-')
    try:
        if a.cv:
            half = len(docs) // 2
            for train, test in ((docs[:half], docs[half:]), (docs[half:], docs[:half])):
                p = read_params(DICT)
                tn = ','.join(x[0] for x in train)
                print(f'fit on {tn}:')
                fitted, _ = fit(a, p, train, tmp)
                held, parts = score(a, p, test, tmp)
                print(f'  fitted {fitted:.4f}; held-out {",".join(x[0] for x in test)}: '
                      f'{held:.4f} {["%.3f" % x for x in parts]}')
            return 0
        if a.docs:
            docs = [x for x in docs if x[0] in a.docs.split(',')]
        p = read_params(DICT)
        before, bparts = score(a, p, docs, tmp)
        print(f'dicts/align.tsv as it is: {before:.4f} {["%.3f" % x for x in bparts]}')
        best, parts = fit(a, p, docs, tmp)
        print(f'fitted: {best:.4f} {["%.3f" % x for x in parts]} (without{" / with the lexicon" if a.lexicon else ""})')
        print('\n'.join(rows(p)))
        if a.write:
            write_dict(p)
            print(f'written: {DICT}')
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == '__main__':
    sys.exit(main())
