#!/usr/bin/env python3
"""Measure zhen's number checking on FLORES-200 dev (997 real three-way lines).

usage: bench/numbers_flores.py [--zhen build/src/zhen] [--shared ../shared] [--out bench/out]

Prints, for Traditional->English and Simplified->English:
 1. error-level findings on the unaltered pairs, as a share of lines (every
    flagged line is written to OUT/flagged-<script>.txt for reading);
 2. recall on errors injected into copies (magnitude, currency, value, unit,
    drop; on both languages), and the share found with the right type;
 3. the same two figures for a naive digit-string comparison (what common QA
    tools do), in the same run;
 4. the share of lines where the Traditional and Simplified versions get the
    same verdict.
Injection is deterministic (seeded), so runs are comparable.

Sites the injector skips (each rule counts the injections it removes, i.e.
lines that had a site only there, and prints the counts per script):
 - currency-zh, 元 not after a figure: 公元/西元 (AD), 元帥 (marshal),
   單元 are no currency; 公元前 -> 公美元前 is no translation error.
 - currency-en, "pounds" when the Chinese has no 英鎊/英镑: a weight
   (17 pounds = 17 磅); "17 euros" for a weight is no currency slip.
 - magnitude (x10 on a figure), a figure that cannot take x10 and stay
   that kind of figure: a day, month or clock time (3 月 200 日, March 200,
   110 點, 300 分, 100 o'clock), a century (200 世紀, 180th century), and
   a figure inside an identifier (KV620, Il-760, COVID-190, 390C). Such a
   change is an impossible date or a different name, not a magnitude
   slip; zhen reports most of them anyway, as value/missing.
 - value (a changed digit) or drop inside an identifier the other side
   does not write (COVID-19 for 新冠病毒): nothing on the other side to
   compare.
 - drop, the exponent of a unit (km2 -> km): a unit changed, no figure
   dropped.
 - drop, the century of a decade (20 世纪 70 年代 -> 世纪 70 年代): 70 年代
   is the 1970s by itself, so nothing the English says is lost.
 - magnitude-zh, 萬/億 not after a figure: a character of a name
   (卓錦萬代蘭), not a magnitude word.
 - value, a change the issue's rounding rule accepts ("Rounding to the
   precision written is not an error"): the other side writes the figure
   rounded (hedged or scaled by a magnitude word) and the changed figure
   still rounds to it (約三千 <-> "approximately 3,080", 8 億 <-> "as many
   as 840 million", 2.3 million <-> 232 萬). Read from the text by the
   bench's own parser (rounded_figures()), never from zhen's output; each
   one is written to OUT/rounded-<script>.txt. A change under a hundredth
   of the last unit of a figure not hedged (500 萬 <-> 5,000,007) is a
   typo, not rounding, and stays; so do bands (the 90s -> "the 98s").
Scoring: a finding counts as found when the unaltered line had no finding
of the same type, severity and message (the message quotes both sides'
figures, so a warning naming the injected figure counts even on a line
that already had a warning of that type about another figure). Dropping a
day, month, hour or minute of a date or clock time (3 月 10 日 -> 3 月 日)
leaves a different date, and dropping digits inside an identifier both
sides write (H5N1 -> HN1) a different name, so a `value` finding counts
as the right type there as well as `missing`/`extra`.
Each rule keeps every site of its kind that a translation error can
really hit (元 after a figure, pounds beside 英鎊, x10 on counts and
amounts, identifiers both sides write).
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys

DIGITS = re.compile(r'[0-9０-９]+(?:[.,．，][0-9０-９]+)*')


def run_pairs(zhen, pairs):
    """Run zhen check --pairs on (zh, en) tuples; return per-line findings."""
    data = ''.join(f'{z}\t{e}\n' for z, e in pairs).encode()
    p = subprocess.run([zhen, 'check', '--pairs', '-', '--format=json'],
                       input=data, capture_output=True, check=False)
    if p.returncode not in (0, 1, 2):
        sys.exit(f'zhen crashed: status {p.returncode}: {p.stderr[:300]!r}')
    rows = [json.loads(l) for l in p.stdout.decode().splitlines()]
    # the stream ends with one summary object (check --pairs since issue E)
    rows = [r for r in rows if 'summary' not in r]
    assert len(rows) == len(pairs), (len(rows), len(pairs))
    return [r.get('findings', []) for r in rows]


def fold(s):
    return s.translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}).replace('．', '.')


def naive_unmatched(z, e):
    """Digit strings that do not occur on the other side (multiset)."""
    a = collections.Counter(d.replace(',', '').replace('，', '') for d in DIGITS.findall(fold(z)))
    b = collections.Counter(d.replace(',', '') for d in DIGITS.findall(fold(e)))
    return sum(((a - b) + (b - a)).values())


# ---- injections: each returns (zh, en) or None when the line has no site ----

EXCLUDED = collections.Counter()
ROUNDED = []  # the value changes the rounding rule accepts, for reading

ZH_NUM = '0-9０-９零〇一二三四五六七八九十百千萬万億亿兩两'
MONTHS = r'(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?'


def in_ident(s, m):
    """A figure glued to letters (KV62, 39C) or after letters and a hyphen
    (Il-76, COVID-19); a unit, ordinal or magnitude suffix (5km, 10th,
    1.1bn, 1960s) is no identifier."""
    a, b = m.start(), m.end()
    letter = lambda c: c.isascii() and c.isalpha()
    if a > 0 and letter(s[a - 1]):
        return True
    if a > 1 and s[a - 1] == '-' and letter(s[a - 2]):
        return True
    return b < len(s) and letter(s[b]) and not re.match(
        r'(?:st|nd|rd|th|s|k|m|bn|km|kg|g|mm|cm|ft|mi|mph|kph|am|pm|a\.m|p\.m)\b', s[b:])


def not_x10_site(s, m):
    """A day, month, clock figure, century or identifier: x10 makes no
    magnitude slip of it."""
    a, b = m.start(), m.end()
    after, before = s[b:b + 12], s[max(0, a - 12):a]
    if in_ident(s, m):
        return True
    if re.match(r'\s?(?:月|日|號|号|點|点|時|时|分|世紀|世纪)', after):
        return True
    if re.match(r"(?:st|nd|rd|th)?\s+(?:century|o'clock)", after) or \
            re.match(r'(?:st|nd|rd|th)?\s+' + MONTHS, after) or \
            re.search(MONTHS + r'\s$', before):
        return True
    return False


def _sub_one(rng, pattern, s, repl, skip=None, rule=None):
    ms = list(re.finditer(pattern, s))
    if skip:
        kept = [m for m in ms if not skip(s, m)]
        if ms and not kept:
            EXCLUDED[rule] += 1
        ms = kept
    if not ms:
        return None
    m = rng.choice(ms)
    r = repl(m)
    if r is None or r == m.group(0):
        return None
    return s[:m.start()] + r + s[m.end():]


# ---- the rounding rule, read from the text (not from zhen) ----
# The issue: "Rounding to the precision written is not an error (1.74億 ↔
# 174 million; 接近11億 ↔ nearly 1.1 billion)". A figure is rounded by its
# writer when it is hedged (約三千, "nearly 200") or scaled by a magnitude
# word (8 億, 一萬, "2.3 million"); its precision is its last written digit
# times the magnitude (8 億: 10^8; 三千: 10^3; 2.3 million: 10^5). Digits
# alone ("about 3,000") keep their zeros significant, as zhen does. Not
# rounding, by zhen's documented policy: a change under a hundredth of
# the rounded figure's last unit, in a figure of six digits or more,
# beside a figure not hedged (500 萬 ↔ 5,000,007 is a typo: nobody rounds
# so; 20.03 亿 ↔ "2 billion" rounds). Bands (the 90s, 90 幾度) are not
# used: a changed band ("the 98s", 1838 年代) is no figure a writer rounds.

MAG = {'thousand': 3, 'million': 6, 'billion': 9, 'trillion': 12,
       '萬': 4, '万': 4, '億': 8, '亿': 8}
HEDGE = (r'(?:約|约|大約|大约|近|將近|将近|接近|逾|超過|超过|多達|多达|'
         r'about|approximately|around|nearly|almost|some|roughly|as many as|'
         r'more than|over|up to)\s?$')
ZH_DIGIT = {'零': 0, '〇': 0, '一': 1, '二': 2, '兩': 2, '两': 2, '三': 3, '四': 4,
            '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
ZH_UNIT = {'十': 1, '百': 2, '千': 3, '萬': 4, '万': 4, '億': 8, '亿': 8}


def zh_numeral(t):
    """Value and precision exponent of a plain Chinese numeral (三千,
    兩百, 一萬, 五十), or None."""
    total, sec, digit, last = 0, 0, None, None
    for c in t:
        if c in ZH_DIGIT:
            digit = ZH_DIGIT[c]
        elif c in ZH_UNIT:
            e = ZH_UNIT[c]
            if e >= 4:
                total = (total + sec + (digit or 0)) * 10 ** e
                sec = 0
            else:
                sec += (1 if digit is None else digit) * 10 ** e
            digit, last = None, e
        else:
            return None
    if digit is not None:
        return total + sec + digit, 0
    return (total + sec, last) if last is not None else None


def rounded_figures(t):
    """(value, precision, hedged) of every figure in t that its writer
    rounded: hedged or scaled by a magnitude word."""
    figs = []
    for m in re.finditer(r'([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)\s?'
                         r'(thousand|million|billion|trillion|萬|万|億|亿)?', fold(t)):
        num = m.group(1).replace(',', '')
        frac = len(num.split('.')[1]) if '.' in num else 0
        e = MAG.get(m.group(2) or '', 0)
        hedged = bool(re.search(HEDGE, t[:m.start()], re.I))
        if hedged or e:
            figs.append((round(float(num) * 10 ** e), 10 ** max(e - frac, 0), hedged))
    words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
    for m in re.finditer(r'\b(' + '|'.join(words) + r')\s(thousand|million|billion)\b', t, re.I):
        e = MAG[m.group(2).lower()]
        figs.append(((words.index(m.group(1).lower()) + 1) * 10 ** e, 10 ** e,
                     bool(re.search(HEDGE, t[:m.start()], re.I))))
    # a numeral starts with a digit character (萬 of 卓錦萬代蘭, or of
    # "1,000 万", is none by itself)
    for m in re.finditer('[零〇一二三四五六七八九兩两][零〇一二三四五六七八九十百千萬万億亿兩两]*', t):
        r = zh_numeral(m.group(0))
        hedged = bool(re.search(HEDGE, t[:m.start()]))
        if r and r[0] > 0 and r[1] > 0 and (hedged or re.search('[萬万億亿]', m.group(0))):
            figs.append((r[0], 10 ** r[1], hedged))
    return figs


def figure_at(s, m):
    """The value of the digits at m with the magnitude word after them."""
    num = m.group(0).replace(',', '')
    g = re.match(r'\s?(thousand|million|billion|trillion|萬|万|億|亿)', s[m.end():])
    try:
        return float(num) * 10 ** (MAG[g.group(1)] if g else 0)
    except ValueError:
        return None


def within_rounding(other, old, new):
    """The other side's rounded figure covers both the old and the changed
    figure: by the rounding rule, no error."""
    if old is None or new is None:
        return False
    def covers(v, p, hedged):
        if p <= 1 or round(old / p) * p != v or round(new / p) * p != v:
            return False
        digits = f'{new:.6f}'.replace('.', '').strip('0')
        return hedged or abs(new - v) >= p / 100 or len(digits) < 6
    return any(covers(*f) for f in rounded_figures(other))


def inj_value(rng, s, other=''):
    def change(m):
        d = m.group(0)
        idx = [i for i, c in enumerate(d) if c.isdigit()]
        i = rng.choice(idx)
        nd = str((int(d[i]) + rng.randint(1, 8)) % 10)
        if i == idx[0] and nd == '0' and len(idx) > 1:
            nd = '9'
        new = d[:i] + nd + d[i + 1:]
        nm = re.match(r'[0-9.,]+', new + s[m.end():])
        if within_rounding(other, figure_at(s, m),
                           figure_at(new + s[m.end():], nm)):
            EXCLUDED['value: a change the rounding rule accepts'] += 1
            ROUNDED.append(f'  changed: {s[:m.start()]}[{d} -> {new}]{s[m.end():]}\n'
                           f'  other:   {other}\n')
            return None
        return new
    def unwritten_ident(t, m):
        return in_ident(t, m) and m.group(0) not in fold(other)
    return _sub_one(rng, r'(?<![0-9.,])[0-9]+(?:[.,][0-9]+)*', s, change,
                    unwritten_ident, 'value: identifier the other side does not write')


def inj_magnitude_en(rng, s):
    swap = {'million': 'billion', 'billion': 'million', 'thousand': 'million'}
    r = _sub_one(rng, r'\b(million|billion|thousand)\b', s, lambda m: swap[m.group(0)])
    if r:
        return r
    # ×10 on a figure that is not a year, time or list number
    return _sub_one(rng, r'(?<![0-9.,:])[1-9][0-9]{1,2}(?:,[0-9]{3})*(?![0-9.,:])(?!\s*(?:BC|AD))',
                    s, lambda m: None if 1900 <= int(m.group(0).replace(',', '')) <= 2100
                    else m.group(0) + '0', not_x10_site, 'magnitude: day, month, clock, century, identifier')


def inj_magnitude_zh(rng, s):
    swap = {'萬': '億', '億': '萬', '万': '亿', '亿': '万'}
    def not_after_figure(t, m):
        return not re.search(f'[{ZH_NUM}數数幾几多餘余上]\\s?$', t[:m.start()])
    r = _sub_one(rng, r'[萬億万亿]', s, lambda m: swap[m.group(0)], not_after_figure,
                 'magnitude: 萬/億 not after a figure')
    if r:
        return r
    return _sub_one(rng, r'(?<![0-9.,:])[1-9][0-9]{1,2}(?![0-9.,:年])', s,
                    lambda m: m.group(0) + '0', not_x10_site,
                    'magnitude: day, month, clock, century, identifier')


def inj_unit_en(rng, s):
    return _sub_one(rng, r'(?<=[0-9])\s?(%|percent|per cent)', s, lambda m: ' percentage points')


def inj_unit_zh(rng, s, trad):
    return _sub_one(rng, r'(?<=[0-9])\s?[%％]', s, lambda m: '個百分點' if trad else '个百分点')


def inj_currency_en(rng, s, zh=''):
    swap = {'US$': '€', '$': '€', 'dollars': 'euros', 'dollar': 'euro', '€': '$',
            'euros': 'dollars', '£': '€', 'pounds': 'euros', 'yuan': 'dollars'}
    weight = '英鎊' not in zh and '英镑' not in zh
    return _sub_one(rng, r'US\$|\$|€|£|\b(?:dollars?|euros|pounds|yuan)\b', s,
                    lambda m: swap[m.group(0)],
                    lambda t, m: weight and m.group(0) == 'pounds',
                    'currency: pounds as a weight')


def inj_currency_zh(rng, s):
    swap = {'美元': '歐元', '歐元': '美元', '欧元': '美元', '英鎊': '美元', '英镑': '美元',
            '元': '美元', '$': '€', '€': '$', '£': '€'}
    def not_after_figure(t, m):
        return m.group(0) == '元' and not re.search(f'[{ZH_NUM}]\\s?$', t[:m.start()])
    return _sub_one(rng, r'美元|歐元|欧元|英鎊|英镑|(?<![美歐欧港台幣币])元|\$|€|£', s,
                    lambda m: swap[m.group(0)], not_after_figure,
                    'currency: 元 not after a figure')


def inj_drop(rng, s, other=''):
    ms = [m for m in re.finditer(
        r'(?:US\$|\$|€|£)?[0-9]+(?:[.,][0-9]+)*(?:\s?(?:%|percent|million|billion|thousand))?', s)]
    ms = [m for m in ms if not (1900 <= int(re.sub(r'\D', '', m.group(0))[:4] or 0) <= 2100
                                and len(re.sub(r'\D', '', m.group(0))) == 4)]
    kept = [m for m in ms if not (in_ident(s, m) and m.group(0) not in fold(other))]
    if ms and not kept:
        EXCLUDED['drop: identifier the other side does not write'] += 1
    ms = kept
    kept = [m for m in ms if not (m.group(0) in ('2', '3') and
                                  re.search(r'(?:km|mm|cm|m|ft)$', s[:m.start()]))]
    if ms and not kept:
        EXCLUDED['drop: the exponent of a unit (km2)'] += 1
    ms = kept
    kept = [m for m in ms if not re.match(r'\s?世[纪紀]\s?[0-9]+\s?年代', s[m.end():])]
    if ms and not kept:
        EXCLUDED['drop: the century of 20 世纪 70 年代'] += 1
    ms = kept
    if not ms:
        return None
    m = rng.choice(ms)
    out = (s[:m.start()] + s[m.end():]).replace('  ', ' ')
    return (out, {'value'}) if date_part(s, m) or in_ident(s, m) else out


def date_part(s, m):
    """A day, month, hour or minute of a date or clock time: dropping it
    leaves a different date or time, which is as much a value finding as
    a missing figure."""
    before, after = s[max(0, m.start() - 12):m.start()], s[m.end():m.end() + 16]
    return bool(re.match(r'\s?(?:日|號|号|分|點|点|時|时|月)', after) or
                re.search(r'(?:月|點|点|時|时|:)\s?$', before) or
                re.match(r':', after) or
                re.search(MONTHS + r'\s$', before) or
                re.match(r'(?:st|nd|rd|th)?,?\s' + MONTHS, after))


INJECTIONS = [
    # name, side, expected finding types, function(rng, text, trad)
    ('magnitude-en', 'en', {'magnitude'}, lambda r, s, t, o: inj_magnitude_en(r, s)),
    ('magnitude-zh', 'zh', {'magnitude'}, lambda r, s, t, o: inj_magnitude_zh(r, s)),
    ('value-en', 'en', {'value'}, lambda r, s, t, o: inj_value(r, s, o)),
    ('value-zh', 'zh', {'value'}, lambda r, s, t, o: inj_value(r, s, o)),
    ('unit-en', 'en', {'unit'}, lambda r, s, t, o: inj_unit_en(r, s)),
    ('unit-zh', 'zh', {'unit'}, lambda r, s, t, o: inj_unit_zh(r, s, t)),
    ('currency-en', 'en', {'currency'}, lambda r, s, t, o: inj_currency_en(r, s, o)),
    ('currency-zh', 'zh', {'currency'}, lambda r, s, t, o: inj_currency_zh(r, s)),
    ('drop-en', 'en', {'missing'}, lambda r, s, t, o: inj_drop(r, s, o)),
    ('drop-zh', 'zh', {'extra'}, lambda r, s, t, o: inj_drop(r, s, o)),
]


def key(f):
    # the message quotes both sides' text and values: a finding that names
    # the injected figure is new even when the unaltered line already had
    # a finding of that type about another figure
    return (f['type'], f['severity'], f.get('message', ''))


def new_findings(before, after):
    b = collections.Counter(key(f) for f in before)
    out = []
    for f in after:
        if b[key(f)]:
            b[key(f)] -= 1
        else:
            out.append(f)
    return out


def measure(zhen, zh, en, trad, label, outdir):
    pairs = list(zip(zh, en))
    base = run_pairs(zhen, pairs)
    flagged = [i for i, fs in enumerate(base) if any(f['severity'] == 'error' for f in fs)]
    naive_base = [naive_unmatched(z, e) for z, e in pairs]
    with open(os.path.join(outdir, f'flagged-{label}.txt'), 'w', encoding='utf-8') as f:
        for i in flagged:
            f.write(f'line {i + 1}\n  zh: {zh[i]}\n  en: {en[i]}\n')
            for x in base[i]:
                if x['severity'] == 'error':
                    f.write(f"  {x['severity']} {x['type']}: {x['message']}\n")
            f.write('\n')
    rng = random.Random(20261123)
    EXCLUDED.clear()
    ROUNDED.clear()
    variants, meta = [], []
    for name, side, want, fn in INJECTIONS:
        for i, (z, e) in enumerate(pairs):
            if not DIGITS.search(fold(z)) and not DIGITS.search(e):
                continue
            new = fn(rng, z if side == 'zh' else e, trad, e if side == 'zh' else z)
            if new is None:
                continue
            more = set()
            if isinstance(new, tuple):
                new, more = new
            variants.append((new, e) if side == 'zh' else (z, new))
            meta.append((name, want | more, i))
    after = run_pairs(zhen, variants)
    with open(os.path.join(outdir, f'rounded-{label}.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(ROUNDED))
    stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # n, found, right type, naive found
    missed = open(os.path.join(outdir, f'missed-{label}.txt'), 'w', encoding='utf-8')
    for (name, want, i), fs, (vz, ve) in zip(meta, after, variants):
        s = stats[name]
        s[0] += 1
        nf = new_findings(base[i], fs)
        if nf:
            s[1] += 1
        if any(f['type'] in want for f in nf):
            s[2] += 1
        else:
            missed.write(f'{name} line {i + 1}: got {[(f["type"], f.get("message", "")) for f in nf]}\n'
                         f'  zh: {vz}\n  en: {ve}\n\n')
        if naive_unmatched(vz, ve) > naive_base[i]:
            s[3] += 1
    missed.close()
    n = sum(s[0] for s in stats.values())
    tot = [sum(s[k] for s in stats.values()) for k in range(4)]
    naive_fp = sum(1 for x in naive_base if x)
    print(f'\n== {label}: {len(pairs)} lines')
    print(f'  zhen  error-level findings on unaltered lines: {len(flagged)} '
          f'({100 * len(flagged) / len(pairs):.1f}%)  -> {outdir}/flagged-{label}.txt')
    warned = [sum(1 for x in fs if x['severity'] == 'warning') for fs in base]
    print(f'  zhen  warnings on unaltered lines:             {sum(warned)} '
          f'on {sum(1 for w in warned if w)} lines')
    print(f'  naive digit strings flag unaltered lines:      {naive_fp} '
          f'({100 * naive_fp / len(pairs):.1f}%)')
    print(f'  injected errors: {n}')
    print(f'  {"injection":14} {"n":>5} {"zhen found":>11} {"right type":>11} {"naive found":>12}')
    for name, *_ in INJECTIONS:
        s = stats[name]
        if s[0]:
            print(f'  {name:14} {s[0]:5} {100 * s[1] / s[0]:10.1f}% {100 * s[2] / s[0]:10.1f}% '
                  f'{100 * s[3] / s[0]:11.1f}%')
    print(f'  {"all":14} {n:5} {100 * tot[1] / n:10.1f}% {100 * tot[2] / n:10.1f}% '
          f'{100 * tot[3] / n:11.1f}%')
    r = EXCLUDED.get('value: a change the rounding rule accepts', 0)
    if r:
        print(f'  {"all + rounded":14} {n + r:5} {100 * tot[1] / (n + r):10.1f}% '
              f'{100 * tot[2] / (n + r):10.1f}%   (the {r} changes the rounding rule '
              f'accepts counted as misses)')
    for rule, k in sorted(EXCLUDED.items()):
        print(f'  excluded ({rule}): {k} injections')
    return base


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--zhen', default='build/src/zhen')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--out', default='bench/out')
    a = ap.parse_args()
    d = os.path.join(a.shared, 'data', 'flores200-dev')
    if not os.path.isdir(d):
        print(f'skip: {d} not found')
        return 0
    os.makedirs(a.out, exist_ok=True)
    read = lambda f: open(os.path.join(d, f), encoding='utf-8').read().splitlines()
    en, hant, hans = read('eng.txt'), read('zho_Hant.txt'), read('zho_Hans.txt')
    bt = measure(a.zhen, hant, en, True, 'Hant', a.out)
    bs = measure(a.zhen, hans, en, False, 'Hans', a.out)
    verdict = lambda fs: any(f['severity'] == 'error' for f in fs)
    same = sum(1 for x, y in zip(bt, bs) if verdict(x) == verdict(y))
    print(f'\nTraditional and Simplified get the same verdict on {same}/{len(en)} lines '
          f'({100 * same / len(en):.1f}%)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
