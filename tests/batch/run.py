#!/usr/bin/env python3
"""zhen check --batch and --manifest (issue E), end to end.

usage: run.py ZHEN_BINARY   (prints "batch: N passed, N failed")

Builds a folder of 30 pairs from the corpus documents under every naming
rule (x.zh.txt / x.en.txt, x.zh-Hant.txt, x_zh.txt / x_en.txt, zh/x.txt /
en/x.txt, in subfolders too) and in several encodings (UTF-8, UTF-16 with a
BOM, GB18030 and Big5 Chinese), with one unreadable Chinese file and one
Chinese file left unpaired, and checks the report, the summary, the exit
status, that --jobs does not change the output, and that a manifest of the
same pairs gives the same findings. Then a folder of bilingual files
(XLIFF, SDLXLIFF, TMX, XLSX, CSV, a broken XLIFF, a CSV of other data)
beside a pair: each bilingual file is reported as `zhen check FILE`
reports it, tagged "file" in JSON, and counted as a pair.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.environ.get('ZHEN_SOURCE') or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ZHEN = os.path.abspath(sys.argv[1])
ENV = dict(os.environ, XDG_DATA_HOME='/nonexistent/zhen-test', NO_COLOR='1')
passed = failed = 0


def check(name, cond, detail=''):
    global passed, failed
    if cond:
        passed += 1
        print(f'ok - {name}')
    else:
        failed += 1
        print(f'FAIL - {name}: {detail}')


def zhen(*args):
    return subprocess.run([ZHEN, *args], capture_output=True, env=ENV, check=False)


def corpus(name, side):
    with open(os.path.join(ROOT, 'corpus', name, f'{side}.txt'), encoding='utf-8') as f:
        return f.read()


def write(path, text, enc):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = ('\ufeff' + text).encode('utf-16-le') if enc == 'utf-16' else text.encode(enc)
    with open(path, 'wb') as f:
        f.write(data)


def build(d):
    """30 pairs, 1 unreadable, 1 unpaired: {relative zh path: relative en path}."""
    docs = ['hk-deal', 'tw-results', 'cn-policy']
    zh_enc = {'hk-deal': 'utf-8', 'tw-results': 'utf-16', 'cn-policy': 'gb18030'}
    rules = [
        lambda x: (f'{x}.zh.txt', f'{x}.en.txt'),
        lambda x: (f'{x}.zh-Hant.txt', f'{x}.en.txt'),
        lambda x: (f'{x}_zh.txt', f'{x}_en.txt'),
        lambda x: (f'zh/{x}.txt', f'en/{x}.txt'),
        lambda x: (f'sub/deeper/{x}.zh.txt', f'sub/deeper/{x}.en.txt'),
    ]
    pairs = {}
    for k in range(30):
        doc = docs[k % 3]
        zp, ep = rules[k % 5](f'doc{k:02d}')
        write(os.path.join(d, zp), corpus(doc, 'zh'), zh_enc[doc])
        write(os.path.join(d, ep), corpus(doc, 'en'), 'utf-16' if k % 4 == 0 else 'utf-8')
        pairs[zp] = ep
    # the last pair's Chinese is not text at all
    with open(os.path.join(d, rules[29 % 5]('doc29')[0]), 'wb') as f:
        f.write(b'\x00\x01\x02binary\xff\xfe\x00')
    write(os.path.join(d, 'lonely.zh.txt'), corpus('cn-policy', 'zh'), 'utf-8')
    return pairs


def findings(stdout):
    """The JSON lines as {(zh file basename, message)} counts, and the rest."""
    c = collections.Counter()
    rest = []
    for line in stdout.decode().splitlines():
        o = json.loads(line)
        if 'type' in o:
            c[(os.path.basename(o['zh_file']), o['type'], o['message'])] += 1
        else:
            rest.append(o)
    return c, rest


with tempfile.TemporaryDirectory(prefix='zhen-batch-') as d:
    pairs = build(d)
    p = zhen('check', '--batch', d, '--jobs', '1')
    out = p.stdout.decode()
    check('exit status 2 with an unreadable file', p.returncode == 2, p.returncode)
    check('summary line', 'zhen: batch: 30 pairs checked: 0 clean, 29 with errors, '
          '0 with warnings, 1 unreadable; 1 file unpaired' in out, out[-400:])
    check('five files with the most errors', out.count('zhen: most errors ') == 5, out[-600:])
    err = p.stderr.decode()
    check('the unpaired file is listed', 'lonely.zh.txt: unpaired: no English file' in err, err)
    check('the unreadable file is named', 'doc29.zh.txt' in err, err)
    check('every pair reported', out.count('=== ') == 30, out.count('=== '))

    p2 = zhen('check', '--batch', d, '--jobs', '3')
    check('--jobs 3: the same output, in order', p2.stdout == p.stdout and p2.stderr == p.stderr)

    pj = zhen('check', '--batch', d, '--format=json', '--jobs', '2')
    fj, rest = findings(pj.stdout)
    summ = [o['batch'] for o in rest if 'batch' in o]
    check('JSON: a batch summary object', summ and summ[0]['pairs'] == 30 and
          summ[0]['unreadable'] == 1 and summ[0]['unpaired'] == 1, summ)
    check('JSON: the unreadable pair is an error object',
          any('error' in o and o['zh_file'].endswith('doc29.zh.txt') for o in rest), rest[:3])
    check('JSON: every finding names its files', sum(fj.values()) > 30 and
          all(k[0].startswith('doc') for k in fj))

    # a manifest of the same pairs (relative paths count from its folder)
    with open(os.path.join(d, 'pairs.tsv'), 'w', encoding='utf-8') as f:
        f.write('# made for this test\n')
        f.writelines(f'{z}\t{e}\n' for z, e in pairs.items())
    pm = zhen('check', '--manifest', os.path.join(d, 'pairs.tsv'), '--format=json')
    fm, _ = findings(pm.stdout)
    check('--manifest: the same findings as --batch', fm == fj, (len(fm), len(fj)))
    check('--manifest: exit 2 too', pm.returncode == 2, pm.returncode)

    # without the bad files: exit 1 (findings), and 0 on a clean pair
    os.remove(os.path.join(d, 'sub/deeper/doc29.zh.txt'))
    os.remove(os.path.join(d, 'lonely.zh.txt'))
    p = zhen('check', '--batch', d)
    check('exit 1 when only findings remain', p.returncode == 1, p.stderr.decode()[-300:])
    check('an English file left alone is listed',
          'doc29.en.txt: unpaired: no Chinese file' in p.stderr.decode(), p.stderr.decode()[-300:])

with tempfile.TemporaryDirectory(prefix='zhen-batch-') as d:
    write(os.path.join(d, 'a.zh.txt'), '營收34億元。\n', 'utf-8')
    write(os.path.join(d, 'a.en.txt'), 'Revenue was RMB 3.4 billion.\n', 'utf-8')
    p = zhen('check', '--batch', d)
    check('a clean batch exits 0', p.returncode == 0, p.stdout.decode() + p.stderr.decode())
    p = zhen('check', '--batch', os.path.join(d, 'nope'))
    check('a missing folder exits 2 naming it', p.returncode == 2 and 'nope' in p.stderr.decode(),
          p.stderr.decode())
    p = zhen('check', '--batch', d, 'extra-file')
    check('--batch takes no other file', p.returncode == 2, p.stderr.decode())

# Bilingual files (XLIFF, SDLXLIFF, TMX, XLSX, CSV) in a batch folder: each
# file that no name pairs is checked on its own when its content is a
# bilingual format, as `zhen check FILE` checks it, and counted as a pair.
BILINGUAL = {'cn-policy.xlf': 'xliff/cn-policy.xlf', 'sub/sample.sdlxliff': 'xliff/sample.sdlxliff',
             'memory.tmx': 'tmx/tw-results.tmx', 'sheet.xlsx': 'xlsx/cn-policy.xlsx',
             'table.csv': 'csv/sample.csv', 'job.zh-CN.xlf': 'xliff/tw-results.xlf'}


def sections(stdout):
    """The text report cut at its '=== ' lines: {header: the lines after}."""
    out, head = {}, None
    for line in stdout.decode().splitlines(keepends=True):
        if line.startswith('=== '):
            head = line[4:].strip()
            out[head] = ''
        elif head and not line.startswith('zhen: batch: ') and \
                not line.startswith('zhen: most errors'):
            out[head] += line
    return out


with tempfile.TemporaryDirectory(prefix='zhen-batch-') as d:
    for rel, src in BILINGUAL.items():
        os.makedirs(os.path.dirname(os.path.join(d, rel)), exist_ok=True)
        with open(os.path.join(ROOT, 'corpus', 'formats', src), 'rb') as f, \
                open(os.path.join(d, rel), 'wb') as g:
            g.write(f.read())
    write(os.path.join(d, 'a.zh.txt'), corpus('hk-deal', 'zh'), 'utf-8')
    write(os.path.join(d, 'a.en.txt'), corpus('hk-deal', 'en'), 'utf-8')
    write(os.path.join(d, 'notes.txt'), 'a note with no language\n', 'utf-8')
    # a table of other data: no bilingual file, listed as unpaired
    write(os.path.join(d, 'data.csv'), 'name,amount\nalpha,12\nbeta,34\n', 'utf-8')
    write(os.path.join(d, 'broken.xlf'), '<xliff version="1.2"><file><body><trans-unit',
          'utf-8')
    p = zhen('check', '--batch', d, '--jobs', '1')
    out, err = p.stdout.decode(), p.stderr.decode()
    n = len(BILINGUAL) + 1  # and broken.xlf
    check('bilingual: summary counts the files as pairs',
          f'zhen: batch: {n + 1} pairs checked ({n} of them bilingual files): 0 clean, '
          f'{n} with errors, 0 with warnings, 1 unreadable; 2 files unpaired' in out, out[-500:])
    check('bilingual: a broken XLIFF is unreadable, exit 2',
          p.returncode == 2 and 'broken.xlf' in err, err)
    check('bilingual: a text file with no language is still unpaired',
          'notes.txt: unpaired' in err and 'xlf: unpaired' not in err, err)
    check('bilingual: a CSV of other data is unpaired, saying why',
          'data.csv: unpaired: a table with no Chinese and English columns' in err, err)
    sec = sections(p.stdout)
    for rel in BILINGUAL:
        path = os.path.join(d, rel)
        alone = zhen('check', path)
        check(f'bilingual: {rel} reported as `zhen check FILE` reports it',
              sec.get(path) == alone.stdout.decode() and alone.stdout,
              f'{sec.get(path)!r:.300} != {alone.stdout.decode()!r:.300}')
    check('bilingual: the pair of files still pairs',
          f'{d}/a.zh.txt <> {d}/a.en.txt' in sec, list(sec))
    p3 = zhen('check', '--batch', d, '--jobs', '3')
    check('bilingual: --jobs 3 gives the same bytes', (p3.stdout, p3.stderr, p3.returncode) ==
          (p.stdout, p.stderr, p.returncode))

    pj = zhen('check', '--batch', d, '--format=json', '--jobs', '2')
    objs = [json.loads(l) for l in pj.stdout.decode().splitlines()]
    summ = [o['batch'] for o in objs if 'batch' in o]
    check('bilingual JSON: the summary counts them', summ and summ[0]['pairs'] == n + 1 and
          summ[0]['bilingual_files'] == n and summ[0]['unreadable'] == 1, summ)
    for rel in ('cn-policy.xlf', 'sheet.xlsx'):
        path = os.path.join(d, rel)
        alone = [dict({'file': path}, **json.loads(l)) for l in
                 zhen('check', path, '--format=json').stdout.decode().splitlines()]
        mine = [o for o in objs if o.get('file') == path]
        check(f'bilingual JSON: {rel}\'s objects are its own, tagged "file"',
              mine == alone and len(mine) > 3, f'{len(mine)} vs {len(alone)}')
    check('bilingual JSON: the broken file is an error object tagged "file"',
          any(o.get('file', '').endswith('broken.xlf') and 'error' in o for o in objs))
    os.remove(os.path.join(d, 'broken.xlf'))
    p = zhen('check', '--batch', d)
    check('bilingual: exit 1 without the broken file', p.returncode == 1, p.stderr.decode())

print(f'batch: {passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
