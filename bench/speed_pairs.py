#!/usr/bin/env python3
"""Speed of `zhen check --pairs` on a large generated pair file.

usage: bench/speed_pairs.py [--zhen build/src/zhen] [--shared ../shared] [--pairs 100000]

The pairs are the FLORES-200 dev lines (Traditional and English) repeated
until --pairs lines. In the same run, two references read the same bytes:
`opencc -c t2s.json` on the Chinese column (the converter zhen wraps, the
known floor of the pipeline) and `wc` on the whole file. Prints pairs per
second, MB/s and peak memory for each, and zhen's ratios to them.
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time


def run(cmd, stdin_path):
    """Wall time and peak RSS (KiB) of one child process. The RSS comes from
    /usr/bin/time: a child's ru_maxrss would include the Python parent it
    was forked from."""
    with open(stdin_path, 'rb') as f, tempfile.NamedTemporaryFile('r') as tf:
        t = time.perf_counter()
        p = subprocess.run(['/usr/bin/time', '-f', '%M', '-o', tf.name] + cmd,
                           stdin=f, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=False)
        dt = time.perf_counter() - t
        rss = int((tf.read().strip().splitlines() or ['0'])[-1])
    return dt, rss, p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--zhen', default='build/src/zhen')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--pairs', type=int, default=100000)
    a = ap.parse_args()
    d = os.path.join(a.shared, 'data', 'flores200-dev')
    if not os.path.isdir(d):
        print(f'skip: {d} not found')
        return 0
    read = lambda f: open(os.path.join(d, f), encoding='utf-8').read().splitlines()
    zh, en = read('zho_Hant.txt'), read('eng.txt')
    tmp = tempfile.mkdtemp(prefix='zhen-speed-')
    try:
        pairs = os.path.join(tmp, 'pairs.tsv')
        zhonly = os.path.join(tmp, 'zh.txt')
        with open(pairs, 'w', encoding='utf-8') as fp, \
                open(zhonly, 'w', encoding='utf-8') as fz:
            for i in range(a.pairs):
                z, e = zh[i % len(zh)], en[i % len(en)]
                fp.write(f'{z}\t{e}\n')
                fz.write(z + '\n')
        mb = os.path.getsize(pairs) / 1e6
        mbz = os.path.getsize(zhonly) / 1e6
        rows = []
        dt, rss, code = run([a.zhen, 'check', '--pairs', '-'], pairs)
        if code not in (0, 1):
            sys.exit(f'zhen failed with status {code}')
        rows.append(('zhen check --pairs', dt, rss, mb))
        if shutil.which('opencc'):
            dt2, rss2, _ = run(['opencc', '-c', 't2s.json'], zhonly)
            rows.append(('opencc t2s (zh column)', dt2, rss2, mbz))
        dt3, rss3, _ = run(['wc'], pairs)
        rows.append(('wc (whole file)', dt3, rss3, mb))
        print(f'{a.pairs} pairs, {mb:.1f} MB ({mbz:.1f} MB Chinese)')
        print(f'  {"command":26} {"seconds":>8} {"pairs/s":>10} {"MB/s":>7} {"peak RSS":>10}')
        for name, t, r, size in rows:
            print(f'  {name:26} {t:8.2f} {a.pairs / t:10.0f} {size / t:7.2f} {r / 1024:8.1f} MB')
        zt = rows[0][1]
        for name, t, _, _ in rows[1:]:
            print(f'  zhen time / {name}: {zt / t:.2f}x')
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == '__main__':
    sys.exit(main())
