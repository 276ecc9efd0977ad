#!/usr/bin/env python3
"""Size and opening time of zhen check --format=html on a 10 MB document pair
(issue 16: "opens in under two seconds and is smaller than three times the
input").

usage: bench/report_html.py [--zhen build/src/zhen] [--shared ../shared]
                            [--mb 10] [--repeat 3] [--keep DIR]

The pair is speed_docs.py's (FLORES-200 dev, Traditional and English, in
paragraphs, one in 200 dropped from a side), about MB megabytes for both
files. The page is written with -o; its size is given against the input
(both files) and broken down by what takes the room. The opening time is
measured in Debian's Chromium, driven by tests/browser's playwright-core
(bench/report_open.mjs): from navigation to the page's script having run
(the load event, after which the filters work), the best of --repeat.
It is skipped, with a line, when Chromium or the node modules are absent.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

from speed_docs import make_pair
from flores import flores

HERE = os.path.dirname(os.path.abspath(__file__))
BROWSER = os.path.join(HERE, '..', 'tests', 'browser')


def breakdown(html):
    """Bytes of the parts of the page that repeat, largest first."""
    parts = {
        'Simplified readings of their own': r'<span class=simp[^>]*>.*?</span>',
        'where lines': r'<div class=w>.*?</div>',
        'bead tags': r'<section[^>]*>|</section>',
        'column tags': r'<div class=(?:zh|en)[^>]*>|</div>',
        'figure marks': r'<mark[^>]*>|</mark>',
        'sentence tags': r'</?p>',
        'finding rows': r'<ol class=findings>.*?</ol>',
        'character map (#t2s)': r'<div id=t2s[^>]*>',
    }
    out = []
    for name, rx in parts.items():
        found = re.findall(rx, html, re.S)
        out.append((name, sum(len(x.encode()) for x in found), len(found)))
    return sorted(out, key=lambda x: -x[1])


def open_time(page, repeat):
    """Seconds to open @page in Chromium (best of @repeat), or None."""
    chromium = os.environ.get('ZHEN_CHROMIUM', '/usr/bin/chromium')
    mods = os.path.join(BROWSER, 'node_modules', 'playwright-core')
    if not (os.access(chromium, os.X_OK) and shutil.which('node') and os.path.isdir(mods)):
        print('  opening time: skipped (needs Chromium, node and tests/browser/node_modules:'
              ' scripts/setup.sh --tests)')
        return None
    r = subprocess.run(['node', os.path.join(HERE, 'report_open.mjs'), chromium, page,
                        str(repeat)], capture_output=True, text=True, check=False)
    if r.returncode != 0:
        sys.exit(f'report_open.mjs failed: {r.stderr}')
    return r.stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--zhen', default='build/src/zhen')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--mb', type=int, default=10)
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--keep', help='write the pair and the page to this folder and keep them')
    a = ap.parse_args()
    lines = flores(a.shared, 'zho_Hant.txt', 'eng.txt')
    if lines is None:
        return 0
    tmp = a.keep or tempfile.mkdtemp(prefix='zhen-report-html-')
    os.makedirs(tmp, exist_ok=True)
    try:
        zp, ep, page = (os.path.join(tmp, f) for f in ('zh.txt', 'en.txt', 'report.html'))
        make_pair(*lines, a.mb, zp, ep)
        size = os.path.getsize(zp) + os.path.getsize(ep)
        env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, 'no-such-dir'),
                   LC_ALL='C.UTF-8')
        r = subprocess.run([a.zhen, 'check', '--config=none', '--format=html', '-o', page,
                            zp, ep], env=env, check=False)
        if r.returncode not in (0, 1):
            sys.exit(f'zhen failed with status {r.returncode}')
        html = open(page, encoding='utf-8').read()
        psize = os.path.getsize(page)
        print(f'zhen check --format=html on a {size / 1e6:.1f} MB FLORES document pair')
        print(f'  page {psize / 1e6:.1f} MB = {psize / size:.2f}x the input (target < 3x)')
        for name, n, count in breakdown(html):
            print(f'  {name:34} {n / 1e6:6.2f} MB  {n / size:5.2f}x  ({count} times)')
        t = open_time(page, a.repeat)
        if t is not None:
            print(f'  opening time in Chromium (best of {a.repeat}): {t} (target < 2 s)')
    finally:
        if not a.keep:
            shutil.rmtree(tmp)
    return 0


if __name__ == '__main__':
    sys.exit(main())
