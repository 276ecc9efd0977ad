#!/usr/bin/env python3
"""Speed of `zhen check --pairs` on a large generated pair file, with
--jobs 1 (one thread) and --jobs 2 (two workers, src/cli/pairs_pool.c).

usage: bench/speed_pairs.py [--zhen build/src/zhen] [--shared ../shared] [--pairs 100000]
                            [--repeat 3]

The pairs are the FLORES-200 dev lines (Traditional and English) repeated
until --pairs lines. In the same run, two references read the same bytes:
`opencc -c t2s.json` on the Chinese column (the converter zhen wraps, the
known floor of the pipeline) and `wc` on the whole file. Prints pairs per
second, MB/s and peak memory for each, and zhen's ratios to them.

The ceiling of --jobs 2 on this machine is measured beside it: two
--jobs 1 processes, each on half the rows, started together. Its ratio to
one process on all the rows is what two independent runs get from the
vCPUs; the pool's speed-up is given as a share of it.

Each command runs --repeat times and the best run counts: on a shared VM
(2 vCPUs that behave like one, platform.md) other processes only ever make
a run slower. CPU seconds (user + system) are printed beside wall time,
and the ratios are given for both, since CPU time is the steadier of the
two when the machine is busy.
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import statistics
import time
from flores import flores

# median wall time of each command run(), by its argument list
MEDIANS = {}


def run(cmd, stdin_path=None, repeat=1, env=None):
    """Best wall time, best CPU time (user + sys), largest peak RSS (KiB)
    and the exit status of a child process over @repeat runs, its standard
    input read from @stdin_path (none when None). The RSS comes from
    /usr/bin/time: a child's ru_maxrss would include the Python parent it
    was forked from."""
    best, walls = None, []
    for _ in range(repeat):
        with open(stdin_path or os.devnull, 'rb') as f, \
                tempfile.NamedTemporaryFile('r') as tf:
            t = time.perf_counter()
            p = subprocess.run(['/usr/bin/time', '-f', '%M %U %S', '-o', tf.name] + cmd,
                               stdin=f, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env, check=False)
            dt = time.perf_counter() - t
            last = (tf.read().strip().splitlines() or ['0 0 0'])[-1].split()
        rss, cpu = int(last[0]), float(last[1]) + float(last[2])
        walls.append(dt)
        if best is None:
            best = [dt, cpu, rss, p.returncode]
        else:
            best = [min(best[0], dt), min(best[1], cpu), max(best[2], rss), p.returncode]
    MEDIANS[tuple(cmd)] = statistics.median(walls)
    return tuple(best)


def split_halves(path, tmp):
    """The file's rows in two files of half the rows each."""
    lines = open(path, 'rb').read().splitlines(keepends=True)
    out = []
    for k, part in enumerate((lines[:len(lines) // 2], lines[len(lines) // 2:])):
        name = os.path.join(tmp, f'half{k}.tsv')
        with open(name, 'wb') as f:
            f.writelines(part)
        out.append(name)
    return out


def concurrent(cmd, inputs, repeat):
    """Best wall time of one process per input, all started together: what
    the machine gives two independent single-threaded runs, the ceiling of
    any pool of threads on it (the vCPUs may not be two real cores)."""
    best, walls = None, []
    for _ in range(repeat):
        files = [open(i, 'rb') for i in inputs]
        t = time.perf_counter()
        ps = [subprocess.Popen(cmd, stdin=f, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL) for f in files]
        for p in ps:
            p.wait()
        dt = time.perf_counter() - t
        for f in files:
            f.close()
        walls.append(dt)
        best = dt if best is None else min(best, dt)
    MEDIANS[('concurrent',) + tuple(cmd)] = statistics.median(walls)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--zhen', default='build/src/zhen')
    ap.add_argument('--shared', default='../shared')
    ap.add_argument('--pairs', type=int, default=100000)
    ap.add_argument('--repeat', type=int, default=3)
    a = ap.parse_args()
    lines = flores(a.shared, 'zho_Hant.txt', 'eng.txt')
    if lines is None:
        return 0
    zh, en = lines
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
        halves = split_halves(pairs, tmp)
        for jobs in (1, 2):
            dt, cpu, rss, code = run([a.zhen, 'check', '--pairs', '-', f'--jobs={jobs}'],
                                     pairs, a.repeat)
            if code not in (0, 1):
                sys.exit(f'zhen failed with status {code}')
            rows.append((f'zhen check --pairs --jobs {jobs}', dt, cpu, rss, mb))
        ceiling = concurrent([a.zhen, 'check', '--pairs', '-', '--jobs=1'], halves, a.repeat)
        if shutil.which('opencc'):
            dt2, cpu2, rss2, _ = run(['opencc', '-c', 't2s.json'], zhonly, a.repeat)
            rows.append(('opencc t2s (zh column)', dt2, cpu2, rss2, mbz))
        dt3, cpu3, rss3, _ = run(['wc'], pairs, a.repeat)
        rows.append(('wc (whole file)', dt3, cpu3, rss3, mb))
        print(f'{a.pairs} pairs, {mb:.1f} MB ({mbz:.1f} MB Chinese), best of {a.repeat}')
        print(f'  {"command":26} {"seconds":>8} {"CPU s":>7} {"pairs/s":>10} {"MB/s":>7} {"peak RSS":>10}')
        for name, t, c, r, size in rows:
            print(f'  {name:26} {t:8.2f} {c:7.2f} {a.pairs / t:10.0f} {size / t:7.2f} {r / 1024:8.1f} MB')
        zt, zc = rows[0][1], rows[0][2]
        print(f'  --jobs 2 / --jobs 1: {zt / rows[1][1]:.2f}x the pairs per second (wall), '
              f'{rows[1][2] / zc:.2f}x the CPU time, on {os.cpu_count()} cores')
        print(f'  ceiling: two --jobs 1 processes, each on half the rows, at the same time: '
              f'{zt / ceiling:.2f}x the pairs per second of one on all ({ceiling:.2f} s wall);'
              f' --jobs 2 reaches {ceiling / rows[1][1] * 100:.0f}% of it')
        med = [MEDIANS[tuple([a.zhen, 'check', '--pairs', '-', f'--jobs={j}'])] for j in (1, 2)]
        medc = MEDIANS[('concurrent', a.zhen, 'check', '--pairs', '-', '--jobs=1')]
        print(f'  the same by median wall times (a one-thread run is at times much faster than its '
              f'median on this VM): --jobs 2 / --jobs 1 {med[0] / med[1]:.2f}x, ceiling '
              f'{med[0] / medc:.2f}x, --jobs 2 reaches {medc / med[1] * 100:.0f}% of it')
        for name, t, c, _, _ in rows[2:]:
            cr = f'{zc / c:.2f}x' if c > 0 else 'n/a'
            print(f'  zhen / {name}: {zt / t:.2f}x wall, {cr} CPU')
    finally:
        shutil.rmtree(tmp)
    return 0


if __name__ == '__main__':
    sys.exit(main())
