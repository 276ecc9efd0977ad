#!/usr/bin/env python3
"""zhen facts: the rule for two metrics of one family (net and adjusted net
loss), measured.

usage: facts_family.py [--zhen build/src/zhen] [--chunk 20]

Every pair of facts of one family, one period and company, with different
metrics (one of them the family's head, as src/facts/compare.c pairs them)
is collected from corpus/facts/*/, ../shared/seeds (one set) and FLORES +
wmt-newstest chunks (bench/facts_eval.py's documents). A pair is an error
when one of its figures is planted (corpus/facts/expected.tsv) or is the
seeds' known slip (USD 6 billion / 60億美元 for the 2022 loss); every other
pair is taken as true (both figures right, lines of the accounts apart).

For each ratio threshold T ("T times apart is an error", the rule before)
and for the rule zhen uses (the same digits in another currency or at
another power of ten: the conflicts zhen reports), it prints the errors
found and the true pairs flagged. A threshold that finds every error and
flags no true pair would be a fit; the ratios printed say whether one
exists.
"""
import argparse
import math
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import facts_eval as fe  # noqa: E402

SEED_SLIPS = {'USD 6 billion', '60億美元'}


def heads():
    """metric -> family, and each family's head (its first metric)."""
    fam, head = {}, {}
    with open(os.path.join(fe.ROOT, 'dicts', 'metrics.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            t, m, fa, _ = line.rstrip('\n').split('\t')
            if m.startswith('='):
                continue
            fam[m] = fa
            head.setdefault(fa, m)
    return fam, head


def rates(facts):
    """CNY per USD etc. from the conversions the documents write."""
    r = {}
    for f in facts:
        c = f.get('conversion')
        if c and c['unit'] != f['figure']['unit'] and float(c['value']):
            r[(f['figure']['unit'], c['unit'])] = float(f['figure']['value']) / float(c['value'])
    return r


def value_in(f, unit, r):
    v, u = float(f['figure']['value']), f['figure']['unit']
    if u == unit:
        return v
    if (u, unit) in r:
        return v / r[(u, unit)]
    if (unit, u) in r:
        return v * r[(unit, u)]
    return None


def same_company(a, b):
    ca, cb = a.get('company'), b.get('company')
    if not ca or not cb or ca == cb:
        return True
    return a['subject'] and b['subject'] and ((ord(ca[0]) < 128) != (ord(cb[0]) < 128))


def fig(f):
    return (f['metric'], f['figure']['value'], f['figure']['unit'])


def kin_pairs(facts, conflicts, planted, fam, head):
    flagged = set()
    for c in conflicts:
        x, y = (facts[i] for i in c['facts'])
        flagged.add(frozenset([fig(x), fig(y)]))
    r = rates(facts)
    out = []
    for i, a in enumerate(facts):
        for b in facts[i + 1:]:
            if (a['metric'] == b['metric'] or fam[a['metric']] != fam[b['metric']] or
                    head[fam[a['metric']]] not in (a['metric'], b['metric']) or
                    a['segment'] or b['segment'] or a['period'] != b['period'] or
                    '?' in a['period'] or not same_company(a, b)):
                continue
            va = float(a['figure']['value'])
            vb = value_in(b, a['figure']['unit'], r)
            if vb is None or not va or not vb:
                continue
            err = any((f['file'], f['line'], f['figure']['text']) in planted or
                      f['figure']['text'] in SEED_SLIPS for f in (a, b))
            # a conflict folds the same two figures said again
            zhen = frozenset([fig(a), fig(b)]) in flagged
            ratio = max(abs(va), abs(vb)) / min(abs(va), abs(vb))
            out.append((ratio, err, zhen, a, b))
    return out


def sets(size):
    """(name, [paths]) of every set read, temporary files for the chunks."""
    base = os.path.join(fe.ROOT, 'corpus', 'facts')
    for d in sorted(os.listdir(base)):
        if os.path.isdir(os.path.join(base, d)):
            yield 'corpus ' + d, [os.path.join(base, d)]
    seeds = os.path.join(fe.SHARED, 'seeds')
    if os.path.isdir(seeds):
        yield 'seeds', sorted(os.path.join(seeds, x) for x in os.listdir(seeds)
                              if re.match(r'\d+_.*\.txt$', x))
    data = [('flores', 'flores200-dev', ['zho_Hans.txt', 'zho_Hant.txt', 'eng.txt'])]
    wmt = os.path.join(fe.SHARED, 'data', 'wmt-newstest')
    if os.path.isdir(wmt):
        data += [('wmt ' + d, os.path.join('wmt-newstest', d), ['zho_Hans.txt', 'eng.txt'])
                 for d in sorted(os.listdir(wmt))]
    with tempfile.TemporaryDirectory() as tmp:
        for name, sub, names in data:
            files = [os.path.join(fe.SHARED, 'data', sub, x) for x in names]
            if not all(os.path.exists(f) for f in files):
                continue
            for k, parts in enumerate(fe.chunks(files, size)):
                paths = []
                for x, part in zip(names, parts):
                    p = os.path.join(tmp, '%s.%d.%s' % (name.replace(' ', '_'), k, x))
                    with open(p, 'w', encoding='utf-8') as fh:
                        fh.write('\n'.join(part) + '\n')
                    paths.append(p)
                yield '%s %d' % (name, k), paths


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--zhen', default=os.path.join(fe.ROOT, 'build', 'src', 'zhen'))
    ap.add_argument('--chunk', type=int, default=20)
    a = ap.parse_args()
    fam, head = heads()
    planted = set()
    for s, file, ln, fig, _, _ in fe.planted():
        planted.add((os.path.join(fe.ROOT, 'corpus', 'facts', s, file), ln, fig))
    pairs, same_metric = [], set()
    for name, paths in sets(a.chunk):
        facts, conflicts = fe.run_facts(a.zhen, paths)
        for f in facts:
            f['file'] = os.path.abspath(f['file'])
        # the figures a conflict of one metric names, folded repeats too
        for c in conflicts:
            x, y = (facts[i] for i in c['facts'])
            if x['metric'] != y['metric']:
                continue
            for f in facts:
                if f['metric'] == x['metric'] and f['period'] == x['period'] and \
                        any(f['figure']['value'] == z['figure']['value'] and
                            f['figure']['unit'] == z['figure']['unit'] for z in (x, y)):
                    same_metric.add((f['file'], f['line'], f['figure']['text']))
        for p in kin_pairs(facts, conflicts, planted, fam, head):
            pairs.append((name,) + p)
    print('%d pairs of one family (different metrics, one period and company): '
          '%d errors, %d true' % (len(pairs), sum(p[2] for p in pairs),
                                  sum(not p[2] for p in pairs)))
    for name, ratio, err, zhen, x, y in sorted(pairs, key=lambda p: p[1]):
        print('  %6.2fx %-5s %-8s %-22s %s %s | %s %s' % (
            ratio, 'ERROR' if err else 'true', 'flagged' if zhen else '-', name,
            x['metric'], x['figure']['text'], y['metric'], y['figure']['text']))
    # an error is a wrong figure; it is found when some conflict names it:
    # a conflict of one metric (the family rule plays no part) or, under
    # each rule, a pair of the family the rule flags
    def wrong(f):
        return (f['file'], f['line'], f['figure']['text']) in planted or \
            f['figure']['text'] in SEED_SLIPS
    def key(f):
        return (f['file'], f['line'], f['figure']['text'])
    errs = {key(f) for p in pairs for f in p[4:6] if wrong(f)}
    print('rule                   wrong figures found   true pairs flagged (false conflicts)')
    rules = [('%gx apart' % t, lambda p, t=t: p[1] >= t) for t in (1.5, 2, 3, 5, 7, 10, 15)]
    rules.append(('same digits (zhen)', lambda p: p[3]))
    for label, flags in rules:
        found = set(same_metric)
        for p in pairs:
            if flags(p):
                found |= {key(f) for f in p[4:6] if wrong(f)}
        false = sum(not p[2] and flags(p) for p in pairs)
        print('  %-22s %4d of %-12d %6d' % (label, len(errs & found), len(errs), false))
    true_max = max([p[1] for p in pairs if not p[2]] or [0])
    err_min = min([p[1] for p in pairs if p[2]] or [math.inf])
    print('largest true ratio %.2fx, smallest error ratio %.2fx: %s' % (
        true_max, err_min, 'a threshold between them would fit' if true_max < err_min
        else 'no threshold separates them'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
