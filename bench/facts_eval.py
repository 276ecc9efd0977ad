#!/usr/bin/env python3
"""zhen facts: recall and false conflicts.

usage: facts_eval.py [--zhen build/src/zhen] [--chunk 20] [--show 10]

1. corpus/facts/*/: every planted conflict of corpus/facts/expected.tsv must
   be reported (a conflict one of whose facts is the planted figure, at its
   file and line, of the type listed); a conflict none of whose facts is a
   planted figure is a false one.
2. ../shared/data FLORES-200 dev and wmt-newstest, treated as documents:
   every CHUNK consecutive lines of each language are one document, and the
   documents of one chunk (translations of each other) are read together by
   one `zhen facts` run. Nearly every conflict found there is false (a
   translation error would be a real one: the examples are printed to be
   read). Target: at most one false error-level conflict per 100 documents.
   Skipped when ../shared is absent.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get('ZHEN_SHARED', os.path.join(ROOT, '..', 'shared'))


def run_facts(zhen, paths):
    p = subprocess.run([zhen, 'facts', '--format=json'] + paths,
                       capture_output=True, text=True)
    if p.returncode == 2:
        sys.exit('zhen facts failed: ' + p.stderr)
    facts, conflicts = [], []
    for line in p.stdout.splitlines():
        o = json.loads(line)
        if 'fact' in o:
            facts.append(o['fact'])
        elif 'conflict' in o:
            conflicts.append(o['conflict'])
    return facts, conflicts


def planted():
    rows = []
    with open(os.path.join(ROOT, 'corpus', 'facts', 'expected.tsv'),
              encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            s, file, ln, fig, typ, why = line.rstrip('\n').split('\t')
            rows.append((s, file, int(ln), fig, typ, why))
    return rows


def is_fact(fact, s, file, ln, fig):
    return (fact['file'].endswith(os.path.join(s, file)) and
            fact['line'] == ln and fact['figure']['text'] == fig)


def corpus(zhen):
    rows = planted()
    found, false = 0, []
    base = os.path.join(ROOT, 'corpus', 'facts')
    # every set, planted or not: a set with nothing planted counts its
    # conflicts as false
    sets = sorted(d for d in os.listdir(base)
                  if os.path.isdir(os.path.join(base, d)))
    for s in sets:
        facts, conflicts = run_facts(zhen, [os.path.join(ROOT, 'corpus', 'facts', s)])
        mine = [r for r in rows if r[0] == s]
        for r in mine:
            hit = [c for c in conflicts
                   if c['type'] == r[4] and c['severity'] == 'error' and
                   any(is_fact(facts[i], *r[:4]) for i in c['facts'])]
            print('  %-8s %s:%d %-18s %-9s %s' % (
                'found' if hit else 'MISSED', r[1], r[2], r[3], r[4], r[5]))
            found += bool(hit)
        for c in conflicts:
            if not any(is_fact(facts[i], *r[:4]) for r in mine for i in c['facts']):
                false.append((s, c, [facts[i] for i in c['facts']]))
    print('corpus/facts: %d of %d planted conflicts found (recall %.0f%%); '
          '%d false conflicts' % (found, len(rows), 100.0 * found / len(rows),
                                  len(false)))
    for s, c, fs in false:
        print('  false %s %s: %s' % (s, c['type'], ' | '.join(
            '%s:%d %s' % (os.path.basename(f['file']), f['line'],
                          f['figure']['text']) for f in fs)))
    return found == len(rows)


def chunks(files, size):
    lines = []
    for f in files:
        with open(f, encoding='utf-8') as fh:
            lines.append(fh.read().splitlines())
    n = min(len(v) for v in lines)
    for a in range(0, n, size):
        yield [v[a:a + size] for v in lines]


def shared(zhen, size, show):
    sets = [('flores', 'flores200-dev', ['zho_Hans.txt', 'zho_Hant.txt', 'eng.txt'])]
    wmt = os.path.join(SHARED, 'data', 'wmt-newstest')
    if os.path.isdir(wmt):
        for d in sorted(os.listdir(wmt)):
            if os.path.isdir(os.path.join(wmt, d)):
                sets.append(('wmt ' + d, os.path.join('wmt-newstest', d),
                             ['zho_Hans.txt', 'eng.txt']))
    total_docs = total_err = total_warn = total_facts = 0
    examples = []
    for name, sub, names in sets:
        files = [os.path.join(SHARED, 'data', sub, x) for x in names]
        if not all(os.path.exists(f) for f in files):
            continue
        docs = err = warn = nfacts = 0
        with tempfile.TemporaryDirectory() as tmp:
            for k, parts in enumerate(chunks(files, size)):
                paths = []
                for x, part in zip(names, parts):
                    p = os.path.join(tmp, '%s.%d.%s' % (name.replace(' ', '_'), k, x))
                    with open(p, 'w', encoding='utf-8') as fh:
                        fh.write('\n'.join(part) + '\n')
                    paths.append(p)
                facts, conflicts = run_facts(zhen, paths)
                docs += len(paths)
                nfacts += len(facts)
                for c in conflicts:
                    if c['severity'] == 'error':
                        err += 1
                        if len(examples) < show:
                            examples.append((name, k, c, [facts[i] for i in c['facts']]))
                    else:
                        warn += 1
        print('%-26s %5d documents, %5d facts, %3d error conflicts (%.2f per 100 '
              'documents), %3d warnings' % (name, docs, nfacts, err,
                                             100.0 * err / max(docs, 1), warn))
        total_docs += docs
        total_err += err
        total_warn += warn
        total_facts += nfacts
    if not total_docs:
        print('shared data: skipped (no ../shared/data)')
        return True
    print('%-26s %5d documents, %5d facts, %3d error conflicts (%.2f per 100 '
          'documents), %3d warnings' % ('all', total_docs, total_facts, total_err,
                                         100.0 * total_err / total_docs, total_warn))
    for name, k, c, fs in examples:
        print('  %s chunk %d: %s %s' % (name, k, c['severity'], c['type']))
        for f in fs:
            print('    %s line %d %s %s: %s' % (os.path.basename(f['file']), f['line'],
                                               f['metric'], f['period'],
                                               f['figure']['text']))
    return total_err * 100 <= total_docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--zhen', default=os.path.join(ROOT, 'build', 'src', 'zhen'))
    ap.add_argument('--chunk', type=int, default=20)
    ap.add_argument('--show', type=int, default=10)
    a = ap.parse_args()
    ok = corpus(a.zhen)
    ok = shared(a.zhen, a.chunk, a.show) and ok
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
