#!/usr/bin/env python3
"""Score zhen's sentence aligner on human gold alignments of literary translations.

usage: bench/align_gold.py [--zhen build/src/zhen] [--shared ../shared] [--lexicon FILE]
                           [--docs 001,003] [--aligners zhen,zhen-nopara,gc,gc-learned]
                           [--top 4] [--json]

Data: SHARED/data/mac-dev (six chapters of Chinese novels and their published English
translations: zh/NNN and en/NNN one sentence per line, gold/NNN one bead per line as
`[zh indices]:[en indices]`, 0-based). Without it the script says so and exits 0. The seeds
pair SHARED/seeds 003 (Traditional) <-> 000 (English) is scored at paragraph level too.

Aligners, all run on the same documents and scored the same way:
- zhen: `zhen align --sentence-per-line --format=beads ZH EN` (plus --lexicon FILE, a
  word list in CC-CEDICT's text format, which zhen does not ship: scripts/get-lexicon.sh
  installs one. Without --lexicon no lexicon is read, not even that one).
  --sentence-per-line makes each line one sentence (no ICU split, so the indices are the
  gold's), aligned by the sentence program with the sentence priors (no paragraph pass:
  the lines are sentences). The seeds pair is aligned as a document instead (`zhen align`
  without it: the paragraph program, then sentences), its sentence beads mapped to
  paragraphs.
- zhen-nopara: the same pipeline through libzhen (ctypes, found beside the binary) with
  zhen_align_options.use_paragraphs = 0, which the CLI cannot ask for: one program over
  the sentences with the sentence priors. Skipped, with a note, when the library cannot be
  loaded or refuses the options (a new options layout has a new version number).
- gc: plain Gale & Church (1993), written here from the paper: beads 1-1, 1-0, 0-1, 2-1,
  1-2, 2-2 with the paper's priors as its program uses them (0.89, 0.0099, 0.0099,
  0.089, 0.089, 0.011, each a penalty relative to 1-1), lengths in characters (spaces
  left out), delta = (c*l1 - l2) / sqrt(s2 * (l1 + l2/c) / 2), cost -log(2(1 - Phi(|delta|)))
  plus the penalty. c is the document's English characters per Chinese character; s2 is
  the paper's 6.8 per English character, i.e. 6.8*c per Chinese character.
- gc-learned: the same, run twice: c and s2 are re-estimated from the 1-1 beads of the
  first run (s2 as the mean of (c*l1 - l2)^2 / mean length), then the documents aligned
  again with them.

Scoring is Vecalign's score.py (thompsonb/vecalign, score.py: _precision and
score_multiple), re-implemented here in the standard library. Where it matches:
- beads empty on both sides are dropped and each side's beads are taken as a set;
- precision is over all the output's beads, 1-0/0-1 included, against all gold beads: strict
  counts a bead identical to a gold bead; lax counts one whose output side shares a sentence
  with the target side of a gold bead that shares one of its source sentences (so a 1-0 or
  0-1 output bead is lax-correct only when it is strict-correct);
- recall is the same count with the roles swapped and the one-sided beads of both
  removed: over the gold beads that have both sides, against the output's two-sided beads;
- true and false positives are summed over all documents first (pooled, micro), then
  P = tp / (tp + fp), R likewise, F1 = 2PR / (P + R), 0 where a denominator is 0.
Per-document figures are the same formula on that document's counts alone.

Also printed: the bead-type confusion (for each gold bead, the output beads that hold its
sentences, as types; `*` marks an output bead that reaches past the gold bead), the output's
bead-type histogram beside the gold's, and drift: for each Chinese sentence two-sided in
both, how far the output's English sentences lie from the gold's (0 when they overlap).
"""
import argparse
import collections
import ctypes
import json
import math
import os
import subprocess
import sys

sys.dont_write_bytecode = True   # no bench/__pycache__ from the import below
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from align_flores import nchars, parse_beads, zhen_align, zhen_align_paragraphs  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ---- scoring (Vecalign) ----

def _counts(ref, hyp):
    """tp_strict, fp_strict, tp_lax, fp_lax of the beads @hyp against @ref."""
    ref = {b for b in ref if b[0] or b[1]}
    hyp = {b for b in hyp if b[0] or b[1]}
    linked = collections.defaultdict(set)   # source id -> target ids beside it in ref
    for src, tgt in ref:
        for s in src:
            linked[s].update(tgt)
    c = [0, 0, 0, 0]
    for src, tgt in hyp:
        if (src, tgt) in ref:
            c[0] += 1
            c[2] += 1
            continue
        c[1] += 1
        near = set()
        for s in src:
            near |= linked.get(s, set())
        c[2 if near & set(tgt) else 3] += 1
    return c


def doc_counts(gold, out):
    """Precision counts (all beads) and recall counts (two-sided beads only)."""
    both = lambda beads: [b for b in beads if b[0] and b[1]]
    return _counts(gold, out), _counts(both(out), both(gold))


def prf(pc, rc):
    ratio = lambda a, b: a / (a + b) if a + b else 0.0
    f1 = lambda p, r: 2 * p * r / (p + r) if p + r else 0.0
    ps, pl, rs, rl = ratio(pc[0], pc[1]), ratio(pc[2], pc[3]), ratio(rc[0], rc[1]), ratio(rc[2], rc[3])
    return {'strict': {'p': ps, 'r': rs, 'f1': f1(ps, rs)},
            'lax': {'p': pl, 'r': rl, 'f1': f1(pl, rl)}}


# ---- what the output made of the gold ----

def btype(b):
    return f'{len(b[0])}-{len(b[1])}'


def confusion(gold, out):
    """{gold type: Counter(pattern)}: the output beads holding each gold bead's sentences."""
    by_zh, by_en = {}, {}
    for k, (a, b) in enumerate(out):
        for i in a:
            by_zh[i] = k
        for j in b:
            by_en[j] = k
    conf = collections.defaultdict(collections.Counter)
    for a, b in gold:
        ks = sorted({by_zh[i] for i in a if i in by_zh} | {by_en[j] for j in b if j in by_en})
        ga, gb = set(a), set(b)
        parts = []
        for k in ks:
            oa, ob = out[k]
            inside = set(oa) <= ga and set(ob) <= gb
            parts.append(btype(out[k]) + ('' if inside else '*'))
        pattern = ' + '.join(sorted(parts, key=lambda s: (-sum(map(int, s.rstrip('*').split('-'))), s)))
        if len(ks) == 1 and out[ks[0]] == (tuple(a), tuple(b)):
            pattern = 'exact'
        conf[btype((a, b))][pattern or 'nothing'] += 1
    return conf


def drift(gold, out):
    """Per Chinese sentence two-sided in both: distance between the output's and the
    gold's English sentences (0 when they overlap). Returns (max, sentences >= 3 off,
    sentences compared, longest run of consecutive output beads with no lax match)."""
    g = {i: b for a, b in gold if a and b for i in a}
    dist = []
    for a, b in out:
        for i in a:
            if b and i in g:
                gb = g[i]
                dist.append(0 if set(b) & set(gb) else min(abs(x - y) for x in b for y in gb))
    run = best = 0
    for bead in out:
        miss = _counts(gold, [bead])[3] if bead[0] or bead[1] else 0
        run = run + 1 if miss else 0
        best = max(best, run)
    return {'max': max(dist, default=0), 'far': sum(d >= 3 for d in dist), 'n': len(dist),
            'miss_run': best}


# ---- Gale & Church (1993) ----

GC_PENALTY = {(1, 1): 0.0, (1, 0): -math.log(0.0099 / 0.89), (0, 1): -math.log(0.0099 / 0.89),
              (2, 1): -math.log(0.089 / 0.89), (1, 2): -math.log(0.089 / 0.89),
              (2, 2): -math.log(0.011 / 0.89)}


def gc_match(l1, l2, c, s2):
    """-log P(delta) of a bead of l1 Chinese and l2 English characters."""
    if l1 == 0 and l2 == 0:
        return 0.0
    z = abs(c * l1 - l2) / math.sqrt(s2 * (l1 + l2 / c) / 2)
    pd = math.erfc(z / math.sqrt(2))          # 2 (1 - Phi(z))
    return -math.log(pd) if pd > 0 else 0.5 * z * z + math.log(z) + 0.5 * math.log(2 * math.pi)


def gc_align(za, ea, c, s2):
    """Best path over the whole (n+1) x (m+1) table; za, ea: character counts."""
    n, m = len(za), len(ea)
    pz = [0]
    for x in za:
        pz.append(pz[-1] + x)
    pe = [0]
    for x in ea:
        pe.append(pe[-1] + x)
    inf = float('inf')
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        row = cost[i]
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, None
            for (x, y), pen in GC_PENALTY.items():
                if x > i or y > j:
                    continue
                prev = cost[i - x][j - y]
                if prev == inf:
                    continue
                v = prev + pen + gc_match(pz[i] - pz[i - x], pe[j] - pe[j - y], c, s2)
                if v < best:
                    best, arg = v, (x, y)
            row[j], back[i][j] = best, arg
    path = [(n, m)]                      # the corners between beads, walked back
    while path[-1] != (0, 0):
        i, j = path[-1]
        x, y = back[i][j]
        path.append((i - x, j - y))
    path.reverse()
    return [(tuple(range(a, c)), tuple(range(b, d))) for (a, b), (c, d) in zip(path, path[1:])]


def gale_church(zl, el, learned=False):
    za, ea = [nchars(s) for s in zl], [nchars(s) for s in el]
    c = sum(ea) / max(1, sum(za)) or 1.0
    s2 = 6.8 * c
    beads = gc_align(za, ea, c, s2)
    if learned:
        pairs = [(za[a[0]], ea[b[0]]) for a, b in beads if len(a) == 1 and len(b) == 1
                 and za[a[0]] and ea[b[0]]]
        if len(pairs) >= 8:
            c = sum(y for _, y in pairs) / sum(x for x, _ in pairs)
            s2 = sum((c * x - y) ** 2 / ((x + y / c) / 2) for x, y in pairs) / len(pairs)
            beads = gc_align(za, ea, c, s2)
    return beads


# ---- zhen through its library (use_paragraphs = 0) ----

class _AlignOpts(ctypes.Structure):
    _fields_ = [('version', ctypes.c_uint), ('number_bonus', ctypes.c_double),
                ('use_paragraphs', ctypes.c_int), ('lexicon', ctypes.c_void_p),
                ('learn_lexicon', ctypes.c_int)]


class _CheckOpts(ctypes.Structure):
    _fields_ = [('version', ctypes.c_uint), ('convert', ctypes.c_int), ('strict', ctypes.c_int),
                ('align', _AlignOpts), ('sentence_per_line', ctypes.c_int)]


class _Bead(ctypes.Structure):
    _fields_ = [('zh_first', ctypes.c_size_t), ('zh_count', ctypes.c_size_t),
                ('en_first', ctypes.c_size_t), ('en_count', ctypes.c_size_t),
                ('cost', ctypes.c_double), ('confidence', ctypes.c_double)]


class ZhenLib:
    """zhen_check_documents() as `zhen align --sentence-per-line` calls it (options
    version 3, ZHEN_CHECK_OPTIONS_INIT), with align options of the caller's choice."""

    def __init__(self, path, lexicon=None):
        L = self.L = ctypes.CDLL(path)
        vp, pp = ctypes.c_void_p, ctypes.POINTER(ctypes.c_void_p)
        for name, res, args in (
                ('zhen_ctx_new', ctypes.c_int, [pp]), ('zhen_ctx_free', None, [vp]),
                ('zhen_ctx_errmsg', ctypes.c_char_p, [vp]),
                ('zhen_doc_from_bytes', ctypes.c_int, [pp, vp, ctypes.c_char_p, ctypes.c_size_t]),
                ('zhen_doc_free', None, [vp]),
                ('zhen_lexicon_read', ctypes.c_int, [pp, vp, ctypes.c_char_p, ctypes.c_size_t]),
                ('zhen_lexicon_free', None, [vp]),
                ('zhen_check_documents', ctypes.c_int, [pp, vp, vp, vp, ctypes.POINTER(_CheckOpts)]),
                ('zhen_result_alignment', vp, [vp]), ('zhen_result_free', None, [vp]),
                ('zhen_alignment_count', ctypes.c_size_t, [vp]),
                ('zhen_alignment_get', ctypes.POINTER(_Bead), [vp, ctypes.c_size_t])):
            f = getattr(L, name)
            f.restype, f.argtypes = res, args
        self.ctx = ctypes.c_void_p()
        if L.zhen_ctx_new(ctypes.byref(self.ctx)) < 0:
            raise OSError('zhen_ctx_new failed')
        self.lex = ctypes.c_void_p()
        if lexicon:
            with open(lexicon, 'rb') as f:
                data = f.read()
            if L.zhen_lexicon_read(ctypes.byref(self.lex), self.ctx, data, len(data)) < 0:
                raise OSError(self.error())

    def error(self):
        return (self.L.zhen_ctx_errmsg(self.ctx) or b'').decode(errors='replace')

    def align(self, zl, el, use_paragraphs=0, learn_lexicon=1):
        L, docs = self.L, []
        try:
            for lines in (zl, el):
                raw = ('\n'.join(lines) + '\n').encode('utf-8')
                d = ctypes.c_void_p()
                if L.zhen_doc_from_bytes(ctypes.byref(d), self.ctx, raw, len(raw)) < 0:
                    raise OSError(self.error())
                docs.append(d)
            o = _CheckOpts(3, 0, 0, _AlignOpts(3, 3.0, use_paragraphs, self.lex, learn_lexicon), 1)
            r = ctypes.c_void_p()
            if L.zhen_check_documents(ctypes.byref(r), self.ctx, docs[0], docs[1],
                                      ctypes.byref(o)) < 0:
                raise OSError(self.error())
            a = L.zhen_result_alignment(r)
            out = []
            for k in range(L.zhen_alignment_count(a)):
                b = L.zhen_alignment_get(a, k).contents
                out.append((tuple(range(b.zh_first, b.zh_first + b.zh_count)),
                            tuple(range(b.en_first, b.en_first + b.en_count))))
            L.zhen_result_free(r)
            return out
        finally:
            for d in docs:
                L.zhen_doc_free(d)


# ---- running ----

def read_lines(path):
    with open(path, encoding='utf-8') as f:
        return f.read().splitlines()


def seeds_pair(shared):
    """The seeds' real document pair by paragraphs, with the correspondence that
    bench/align_flores.py checks: the Chinese headline and the English dateline and view
    count one-sided, then paragraph i of the Chinese with paragraph i+1 of the English."""
    sd = os.path.join(shared, 'seeds')
    if not os.path.isdir(sd):
        return None
    pick = lambda p: next((f for f in sorted(os.listdir(sd)) if f.startswith(p)), None)
    zf, ef = pick('003_'), pick('000_')
    if not zf or not ef:
        return None
    zl = [l for l in read_lines(os.path.join(sd, zf)) if l.strip()]
    el = [l for l in read_lines(os.path.join(sd, ef)) if l.strip()]
    gold = [((0,), ()), ((), (0,)), ((), (1,))] + [((i,), (i + 1,)) for i in range(1, len(zl))]
    return zl, el, gold


def make_aligners(a, notes):
    lex = ['--lexicon', a.lexicon] if a.lexicon else []
    run = {'zhen': lambda zl, el: zhen_align(a.zhen, zl, el, ['--sentence-per-line', *lex]),
           'gc': lambda zl, el: gale_church(zl, el),
           'gc-learned': lambda zl, el: gale_church(zl, el, learned=True)}
    lib = a.lib or os.path.join(os.path.dirname(os.path.abspath(a.zhen)), 'libzhen.so')
    try:
        zl = ZhenLib(lib, a.lexicon)
        run['zhen-nopara'] = lambda z, e: zl.align(z, e, use_paragraphs=0)
    except (OSError, AttributeError) as e:
        notes.append(f'zhen-nopara skipped: cannot use {lib}: {e}')
    chosen = [x for x in a.aligners.split(',') if x]
    for x in chosen:
        if x not in run and x != 'zhen-nopara':
            sys.exit(f'unknown aligner {x!r} (zhen, zhen-nopara, gc, gc-learned)')
    return [(x, run[x]) for x in chosen if x in run]


def score_set(docs, aligners):
    """docs: [(name, zl, el, gold)] -> {aligner: report}."""
    res = {}
    for name, fn in aligners:
        pool_p, pool_r = [0] * 4, [0] * 4
        conf = collections.defaultdict(collections.Counter)
        hist = collections.Counter()
        per = {}
        for doc, zl, el, gold in docs:
            out = fn(zl, el)
            pc, rc = doc_counts(gold, out)
            pool_p = [x + y for x, y in zip(pool_p, pc)]
            pool_r = [x + y for x, y in zip(pool_r, rc)]
            for t, cnt in confusion(gold, out).items():
                conf[t].update(cnt)
            hist.update(btype(b) for b in out)
            per[doc] = dict(prf(pc, rc), beads=len(out), drift=drift(gold, out),
                            exact=set(out) == set(gold), counts={'precision': pc, 'recall': rc})
        res[name] = {'docs': per, 'pooled': prf(pool_p, pool_r),
                     'counts': {'precision': pool_p, 'recall': pool_r},
                     'confusion': {t: dict(c.most_common()) for t, c in conf.items()},
                     'histogram': dict(hist)}
    return res


def type_order(t):
    x, y = map(int, t.split('-'))
    return (x == 0 or y == 0, x + y, t)


def print_report(title, docs, res, top):
    gold_hist = collections.Counter(btype(b) for _, _, _, g in docs for b in g)
    print(title)
    print(f'  {"aligner":12} {"doc":>6} {"beads":>6}   strict P     R    F1    lax P     R    F1'
          f'   drift: max far/n  miss-run')
    for name, r in res.items():
        rows = list(r['docs'].items()) + [('pooled', dict(r['pooled'], beads=sum(
            d['beads'] for d in r['docs'].values())))]
        for doc, d in rows:
            s, l = d['strict'], d['lax']
            dr = d.get('drift')
            tail = f'   {dr["max"]:>9} {dr["far"]:>3}/{dr["n"]:<4} {dr["miss_run"]:>4}' if dr else ''
            print(f'  {name:12} {doc:>6} {d["beads"]:>6}   {s["p"]:8.3f} {s["r"]:5.3f} {s["f1"]:5.3f}'
                  f'  {l["p"]:7.3f} {l["r"]:5.3f} {l["f1"]:5.3f}{tail}')
    print('  drift: max = farthest Chinese sentence from its gold English (sentences), far/n ='
          ' how many of n lie 3 or more off, miss-run = longest run of output beads with no lax match')
    types = sorted(set(gold_hist) | {t for r in res.values() for t in r['histogram']}, key=type_order)
    print('  bead types (count):  ' + '  '.join(f'{t:>5}' for t in types))
    print(f'  {"gold":18} ' + '  '.join(f'{gold_hist.get(t, 0):>5}' for t in types))
    for name, r in res.items():
        print(f'  {name:18} ' + '  '.join(f'{r["histogram"].get(t, 0):>5}' for t in types))
    for name, r in res.items():
        print(f'  confusion, {name}: gold type (n) -> what the output made of its sentences'
              f' (* = an output bead reaching past the gold bead)')
        for t in sorted(r['confusion'], key=type_order):
            c = collections.Counter(r['confusion'][t])
            n = sum(c.values())
            shown = ', '.join(f'{p} {k}' for p, k in c.most_common(top))
            more = n - sum(k for _, k in c.most_common(top))
            print(f'    {t:>4} ({n:>3}): {shown}' + (f', other {more}' if more else ''))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--zhen', default=os.path.join(ROOT, 'build', 'src', 'zhen'))
    ap.add_argument('--lib', help='libzhen.so for zhen-nopara (default: beside --zhen)')
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--lexicon', help='CC-CEDICT file passed to zhen (--lexicon)')
    ap.add_argument('--docs', default='', help='comma-separated chapter names (default: all)')
    ap.add_argument('--aligners', default='zhen,zhen-nopara,gc,gc-learned')
    ap.add_argument('--top', type=int, default=4, help='patterns shown per gold bead type')
    ap.add_argument('--json', action='store_true', help='print one JSON object instead')
    a = ap.parse_args()

    d = os.path.join(a.shared, 'data', 'mac-dev')
    if not os.path.isdir(os.path.join(d, 'gold')):
        print(f'skip: {d} not found (mac-dev gold alignments)')
        return 0
    if not os.access(a.zhen, os.X_OK):
        sys.exit(f'no zhen binary at {a.zhen} (build it: ./scripts/setup.sh)')
    notes = []
    aligners = make_aligners(a, notes)
    names = sorted(os.listdir(os.path.join(d, 'gold')))
    if a.docs:
        names = [n for n in names if n in a.docs.split(',')]
    docs = [(n, read_lines(os.path.join(d, 'zh', n)), read_lines(os.path.join(d, 'en', n)),
             parse_beads(open(os.path.join(d, 'gold', n), encoding='utf-8').read())) for n in names]
    out = {'data': d, 'zhen': a.zhen, 'lexicon': a.lexicon, 'notes': notes,
           'gold_histogram': dict(collections.Counter(btype(b) for *_, g in docs for b in g)),
           'mac_dev': score_set(docs, aligners)}
    seeds = seeds_pair(a.shared)
    if seeds:
        # paragraphs as the document pipeline aligns them (the paragraph
        # program): lines given as sentences are aligned as sentences
        para = [(n, (lambda zl, el: zhen_align_paragraphs(a.zhen, zl, el)) if n == 'zhen' else f)
                for n, f in aligners]
        out['seeds'] = score_set([('003-000', *seeds)], para)
    else:
        notes.append('seeds pair not found: skipped')
    if a.json:
        json.dump(out, sys.stdout, indent=1, sort_keys=True)
        print()
        return 0
    for n in notes:
        print(f'note: {n}')
    lexnote = f', zhen with --lexicon {a.lexicon}' if a.lexicon else ''
    print_report(f'mac-dev: {len(docs)} chapters, Vecalign scoring (pooled = counts summed over '
                 f'chapters){lexnote}', docs, out['mac_dev'], a.top)
    if seeds:
        print_report('seeds 003 <-> 000 by paragraphs (headline, dateline, view count one-sided; '
                     f'{len(seeds[0]) - 1} paragraphs in order)', [('003-000', *seeds)],
                     out['seeds'], a.top)
        print('  the gold exactly: ' + ', '.join(f'{k} {"yes" if v["docs"]["003-000"]["exact"] else "no"}'
                                                 for k, v in out['seeds'].items()))
    return 0


if __name__ == '__main__':
    sys.exit(main())
