#!/usr/bin/env python3
"""Precision of zhen's findings on real translations (WMT newstest, issue B2).

usage: bench/real_precision.py [--zhen build/src/zhen] [--shared ../shared]
                               [--labels bench/labels/wmt-newstest.tsv]
                               [--unlabelled] [--severity error|warning|all]

Runs `zhen check --format=json --pairs` over every line pair of every folder
of SHARED/data/wmt-newstest (about 10,000 real professional news
translations; the two line-parallel files are pasted into a TSV in a temp
dir, never into the project), collects every error- and warning-level
finding and looks each one up in the label file. Prints:
 - precision of the error findings = labelled real / labelled, and how many
   error findings have no label;
 - the same for the warnings (the share of labelled warnings that are real);
 - pairs with an error finding per 1,000 pairs, and pairs with warnings but
   no error per 1,000 pairs;
 - per form family (the label file's `family` column): findings, real,
   false, precision, and the overall precision were that family's false
   alarms gone (what fixing it would buy), for errors and for warnings;
   the false alarms of the family `other` are broken down by the lead of
   their reason (`day-only date: ...`).
With --unlabelled, every finding without a label is printed with both
sentences and its message, followed by a key row ready to complete and
append to the label file.

A finding's key is `set`, `line`, severity, type, the Chinese figure's text
and the English figure's text (`-` where the finding has no figure on that
side): what zhen reads in the text, not where its code makes the finding, so
labels survive refactors. A finding whose exact key has no label but whose
set, line and both figure texts match a label of another severity or type
(a refactor moved it) takes that label; such matches are counted apart.
Two findings of a pair with the same key share its label.

The label file is TSV with a header row naming its columns:
set line severity type zh en label reason family (see bench/labels/README.md).
Default paths are relative to the repository root; paths given are
relative to the working directory.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = ['newstest2017-zhen', 'newstest2018-zhen', 'newstest2019-zhen', 'newstest2019-enzh']
LEVELS = ('error', 'warning')
KEY_COLS = ['set', 'line', 'severity', 'type', 'zh', 'en']
LABEL_COLS = KEY_COLS + ['label', 'reason', 'family']
NONE = '-'

Finding = collections.namedtuple('Finding', 'severity type message zh en')


def parse_report_line(text):
    """One line of `zhen check --format=json --pairs` output -> (line number,
    [Finding]), or None for the summary object that ends the stream. The
    only place that knows the JSON schema:
      {"line": N, "findings": [{"type", "severity", "message",
                                "zh": {"text", ...} | null,
                                "en": {"text", ...} | null}, ...]}
      {"summary": {"schema", "lines", "pairs", ...}}"""
    row = json.loads(text)
    if 'summary' in row:
        return None

    def fig(side):
        f = side and side.get('text')
        return clean(f) if f else NONE

    return row['line'], [Finding(f['severity'], f['type'], f.get('message', ''),
                                 fig(f.get('zh')), fig(f.get('en')))
                         for f in row.get('findings', [])]


def clean(s):
    """A figure's text as one TSV field."""
    return ' '.join(s.replace('\t', ' ').split())


def read_set(data_dir, name):
    """Line pairs (zh, en) of one folder, or None when it is absent."""
    d = os.path.join(data_dir, name)
    try:
        with open(os.path.join(d, 'zho_Hans.txt'), encoding='utf-8') as f:
            zh = f.read().split('\n')
        with open(os.path.join(d, 'eng.txt'), encoding='utf-8') as f:
            en = f.read().split('\n')
    except FileNotFoundError:
        return None
    for side in (zh, en):
        if side and side[-1] == '':
            side.pop()
    if len(zh) != len(en):
        sys.exit(f'{name}: {len(zh)} Chinese lines but {len(en)} English lines')
    # a tab would split the TSV row; nothing else of the text is changed
    return [(z.rstrip('\r').replace('\t', ' '), e.rstrip('\r').replace('\t', ' '))
            for z, e in zip(zh, en)]


def run_zhen(zhen, pairs, tmp, name):
    """Findings of `zhen check --pairs` over @pairs: {line: [Finding]}."""
    path = os.path.join(tmp, name + '.tsv')
    with open(path, 'w', encoding='utf-8') as f:
        f.writelines(f'{z}\t{e}\n' for z, e in pairs)
    p = subprocess.run([zhen, 'check', '--format=json', '--pairs', path],
                       capture_output=True, check=False)
    if p.returncode not in (0, 1):
        sys.exit(f'{name}: zhen exited {p.returncode}: {p.stderr.decode()[:300]}')
    out = {}
    for text in p.stdout.decode('utf-8').splitlines():
        row = parse_report_line(text) if text.strip() else None
        if row:
            out[row[0]] = row[1]
    if len(out) != len(pairs):
        sys.exit(f'{name}: zhen reported {len(out)} lines for {len(pairs)} pairs')
    return out


def read_labels(path):
    """{key tuple: label dict} from the label file ({} when it is absent)."""
    labels = {}
    if not os.path.exists(path):
        return labels
    with open(path, encoding='utf-8') as f:
        rows = [r.rstrip('\n').split('\t') for r in f if r.strip() and not r.startswith('#')]
    if not rows:
        return labels
    head = rows[0]
    missing = [c for c in LABEL_COLS if c not in head]
    if missing:
        sys.exit(f'{path}: header lacks column(s) {", ".join(missing)}')
    for n, r in enumerate(rows[1:], 2):
        r += [''] * (len(head) - len(r))
        d = dict(zip(head, r))
        if d['label'] not in ('real', 'false'):
            sys.exit(f'{path}: row {n}: label must be real or false, not {d["label"]!r}')
        key = tuple(d[c] for c in KEY_COLS)
        if key in labels and labels[key]['label'] != d['label']:
            sys.exit(f'{path}: row {n}: key labelled both real and false')
        labels[key] = d
    return labels


def reason_kind(reason):
    """The lead of a reason, `day-only date: 11日 = ...` -> `day-only date`,
    to break the family `other` down (a reason with no short lead: `misc`)."""
    lead, colon, _ = reason.partition(':')
    return lead.strip() if colon and len(lead) <= 40 else 'misc'


def key_of(name, line, f):
    return (name, str(line), f.severity, f.type, f.zh, f.en)


def pct(a, b):
    return f'{100 * a / b:5.1f}%' if b else '    -'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--zhen', default=os.path.join(ROOT, 'build', 'src', 'zhen'))
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--labels', default=os.path.join(ROOT, 'bench', 'labels', 'wmt-newstest.tsv'))
    ap.add_argument('--unlabelled', action='store_true',
                    help='print every finding without a label, with both sentences')
    ap.add_argument('--severity', choices=['error', 'warning', 'all'], default='all',
                    help='which findings --unlabelled and --list print (default all)')
    ap.add_argument('--list', choices=['real', 'false', 'all'],
                    help='print the labelled findings of that label, one a line, with '
                         'the label\'s family and reason')
    a = ap.parse_args()

    data_dir = os.path.join(a.shared, 'data', 'wmt-newstest')
    if not os.path.isdir(data_dir):
        print(f'real_precision: skipped: no WMT newstest data at {data_dir} '
              f'(give --shared DIR, the folder holding data/wmt-newstest)')
        return 0
    if not os.access(a.zhen, os.X_OK):
        sys.exit(f'real_precision: no zhen binary at {a.zhen} (run ./scripts/setup.sh or give --zhen)')
    labels = read_labels(a.labels)
    loose = {}
    for k, d in labels.items():
        loose.setdefault((k[0], k[1], k[4], k[5]), d)

    found = []          # (key, set, line, Finding, pair, label or None, how)
    npairs = 0
    pairs_err = pairs_warn = 0
    absent = []
    with tempfile.TemporaryDirectory(prefix='zhen-b2-') as tmp:
        for name in SETS:
            pairs = read_set(data_dir, name)
            if pairs is None:
                absent.append(name)
                continue
            npairs += len(pairs)
            for line, fs in sorted(run_zhen(a.zhen, pairs, tmp, name).items()):
                sev = {f.severity for f in fs}
                if 'error' in sev:
                    pairs_err += 1
                elif 'warning' in sev:
                    pairs_warn += 1
                for f in fs:
                    if f.severity not in LEVELS:
                        continue
                    k = key_of(name, line, f)
                    lab, how = labels.get(k), 'exact'
                    if lab is None:
                        lab, how = loose.get((name, str(line), f.zh, f.en)), 'loose'
                    found.append((k, name, line, f, pairs[line - 1], lab, how if lab else None))
    if absent:
        print(f'real_precision: folder(s) absent, skipped: {", ".join(absent)}')
    if not npairs:
        print(f'real_precision: skipped: no pairs found under {data_dir}')
        return 0

    print(f'zhen: {a.zhen}')
    print(f'pairs: {npairs} in {len(SETS) - len(absent)} sets; labels: {len(labels)} rows '
          f'({os.path.relpath(a.labels)})')
    print(f'error-level pairs per 1,000 pairs:  {1000 * pairs_err / npairs:6.1f}  ({pairs_err})')
    print(f'warning-only pairs per 1,000 pairs: {1000 * pairs_warn / npairs:6.1f}  ({pairs_warn})')
    print()
    for sev in LEVELS:
        mine = [x for x in found if x[3].severity == sev]
        lab = [x for x in mine if x[5]]
        real = sum(1 for x in lab if x[5]['label'] == 'real')
        nloose = sum(1 for x in lab if x[6] == 'loose')
        word = 'precision' if sev == 'error' else 'share real'
        print(f'{sev} findings: {len(mine)}; labelled {len(lab)}, unlabelled {len(mine) - len(lab)}'
              + (f' ({nloose} matched by figures only: severity or type changed)' if nloose else ''))
        if lab:
            print(f'  {word} = real / labelled = {real} / {len(lab)} = {pct(real, len(lab)).strip()}')
            fam = collections.defaultdict(lambda: [0, 0])
            for x in lab:
                fam[x[5]['family'] or '?'][x[5]['label'] == 'false'] += 1
            print(f'  {"family":<20} {"findings":>8} {"real":>5} {"false":>5} {"precision":>9}'
                  f' {"if fixed":>9}')
            for fm, (r, fa) in sorted(fam.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0])):
                print(f'  {fm:<20} {r + fa:>8} {r:>5} {fa:>5} {pct(r, r + fa):>9}'
                      f' {pct(real, len(lab) - fa):>9}')
            print(f'  (if fixed: the overall {word} were that family\'s false alarms gone)')
            others = collections.Counter(reason_kind(x[5]['reason']) for x in lab
                                         if x[5]['family'] == 'other' and x[5]['label'] == 'false')
            if others:
                print('  other, false, by the reason\'s lead (before its colon): '
                      + ', '.join(f'{k} {n}' for k, n in others.most_common()))
            types = collections.defaultdict(lambda: [0, 0])
            for x in lab:
                types[x[3].type][x[5]['label'] == 'false'] += 1
            print('  by type: ' + ', '.join(f'{t} {r}/{r + fa} real'
                                            for t, (r, fa) in sorted(types.items())))
        print()

    if a.list:
        for k, name, line, f, _, lab, _ in found:
            if lab and (a.list == 'all' or lab['label'] == a.list) and \
                    (a.severity == 'all' or f.severity == a.severity):
                print(f'{name}/{line}\t{f.severity} {f.type}: {f.message}\t'
                      f'{lab["label"]} {lab["family"]}: {lab["reason"]}')

    if a.unlabelled:
        todo = [x for x in found if not x[5]
                and (a.severity == 'all' or x[3].severity == a.severity)]
        print(f'unlabelled findings: {len(todo)}')
        for k, name, line, f, (zh, en), _, _ in todo:
            print(f'\n== {name}/{line}  {f.severity} {f.type}: {f.message}')
            print(f'  zh: {zh}')
            print(f'  en: {en}')
            print('  key: ' + '\t'.join(k) + '\t\t\t')
    return 0


if __name__ == '__main__':
    sys.exit(main())
