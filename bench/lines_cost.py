#!/usr/bin/env python3
"""The cost of a line in `zhen check --pairs` (issue F, item 5): files of
many short lines, where the work per line is nearly nothing, so what is
left is what zhen spends on a line as such.

usage: bench/lines_cost.py [--lines 100000] [--repeat 3] ZHEN [ZHEN ...]

Several zhen binaries (say main's and this branch's) run in the same
invocation, on the same files, beside a reference that reads the same
bytes line by line (`wc -l`); each result is given in microseconds per
line and as a ratio to the reference, the number that survives a busy
machine. Each file is read twice: standard error to a file, and standard
error to a pseudo-terminal that this script drains as a terminal would
(what a user at a terminal sees, where every line written to stderr is a
write(2) and a terminal's work).

The files: N lines of one character ("a": no TAB, so every line is a bad
line), N pairs of one character each ("中<TAB>a"), N empty pairs ("<TAB>").
Standard output goes to /dev/null. The best of --repeat runs counts (on a
shared VM, other processes only make a run slower).
"""
import argparse
import os
import pty
import subprocess
import sys
import tempfile
import threading
import time

FILES = {
    'one-char lines': 'a\n',
    'one-char pairs': '中\ta\n',
    'empty pairs': '\t\n',
}


def drain(fd):
    """Read the terminal's side until the writer closes it."""
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass


def run_once(cmd, tty):
    """Wall seconds of one run of @cmd, standard error to a file or to a
    pseudo-terminal that is read as fast as it is written."""
    if not tty:
        with tempfile.TemporaryFile() as err:
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=err, check=False)
            return time.perf_counter() - t
    master, slave = pty.openpty()
    reader = threading.Thread(target=drain, args=(master,))
    reader.start()
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=slave, check=False)
    dt = time.perf_counter() - t
    os.close(slave)
    reader.join()
    os.close(master)
    return dt


def best(cmd, tty, repeat):
    return min(run_once(cmd, tty) for _ in range(repeat))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--lines', type=int, default=100000)
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('zhen', nargs='+')
    a = ap.parse_args()
    n = a.lines
    with tempfile.TemporaryDirectory() as tmp:
        print(f'{n} lines a file; µs per line (ratio to wc -l on the same file), '
              f'best of {a.repeat}')
        print(f'{"file":16} {"stderr":6} {"wc -l":>8} ' +
              ' '.join(f'{os.path.relpath(z):>28}' for z in a.zhen))
        for name, line in FILES.items():
            path = os.path.join(tmp, name.replace(' ', '-') + '.tsv')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(line * n)
            ref = best(['wc', '-l', path], False, a.repeat)
            for tty in (False, True):
                cells = []
                for z in a.zhen:
                    t = best([z, 'check', '--pairs', path], tty, a.repeat)
                    cells.append(f'{t / n * 1e6:8.2f} ({t / ref:7.1f}x)')
                print(f'{name:16} {"tty" if tty else "file":6} {ref / n * 1e6:8.3f} ' +
                      ' '.join(f'{c:>28}' for c in cells))
    return 0


if __name__ == '__main__':
    sys.exit(main())
