#!/usr/bin/env python3
"""Every failed allocation (issue F, item 3): zhen run with one allocation
made to fail, or every one from the Nth on (failmalloc.c, LD_PRELOAD),
either gives the report it gives without the failure, or ends with exactly
one error line saying it ran out of memory and exit 2. Never a signal, a
second line, a line of a dependency's own, or another report: the last
is the worst, a report that looks sound (an OpenCC conversion cut short
once made a Traditional text read as Hong Kong's, HKD for CNY, exit 0
for a run with an error).

One crash is not zhen's to fix: OpenCC's dictionary loader
(MarisaDict::NewFromFile) and marisa, the trie library under it, go on
after a failed allocation and then read what was never made (a few
allocations of the hundreds of thousands; README "Limits"). A run that
dies of a signal is run again with the failing allocation's stack
printed, and a crash whose allocation came from there is a known
failure, printed as such, not a failure of the suite.

usage: tests/alloc/run.py ZHEN FAILMALLOC_SO   (meson test --suite hostile)

The points are spread evenly over the run's allocations (counted first);
ZHEN_ALLOC_POINTS=N tries N per invocation instead of 120 (a sweep of
every allocation is a matter of hours). Skipped (exit 77) under
AddressSanitizer or valgrind, which bring their own allocator.
"""
import os
import re
import subprocess
import sys
import tempfile

ZHEN, SHIM = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
POINTS = int(os.environ.get('ZHEN_ALLOC_POINTS', '120'))
# "Cannot allocate memory": the system's ENOMEM, as strerror() says it
OOM = re.compile(r'^zhen: .*(out of memory|Cannot allocate memory)')


def sanitized():
    if os.environ.get('ZHEN_VALGRIND'):
        return True
    with open(ZHEN, 'rb') as f:
        return b'__asan_init' in f.read()


def run(args, tmp, **fail):
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp, 'no-xdg'),
               LD_PRELOAD=SHIM)
    env.update({'ZHEN_' + k.upper(): str(v) for k, v in fail.items()})
    p = subprocess.run([ZHEN] + args, capture_output=True, env=env,
                       cwd=tmp, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode('utf-8', 'replace')


def sweep(name, args, tmp, floor):
    """(failures, tries) of one invocation. The points lie past @floor,
    the allocations of a run that does nothing (zhen --version): the C++
    runtime's and the libraries' set-up before main(), which aborts
    (std::bad_alloc, 'terminate called') before zhen runs."""
    rc, out, err = run(args, tmp, fail_count=1)
    ref = run(args, tmp)
    m = re.search(r'allocations: (\d+)', err)
    if not m or ref[2]:
        print(f'FAIL {name}: no reference run: exit {ref[0]}, {ref[2]!r}')
        return 1, 1
    total = int(m.group(1))
    step = max(POINTS - 1, 1)
    points = sorted({floor + 1 + i * (total - floor - 1) // step
                     for i in range(POINTS)})
    bad = tries = 0
    for n in points:
        for once in (True, False):
            fail = {'fail_at': n}
            if once:
                fail['fail_once'] = 1
            got = run(args, tmp, **fail)
            tries += 1
            lines = got[2].splitlines()
            same = got[:2] == ref[:2] and not got[2]
            oom = got[0] == 2 and len(lines) == 1 and OOM.match(lines[0])
            if got[0] < 0 and re.search(r'libmarisa|MarisaDict', run(
                    args, tmp, fail_trace=1, **fail)[2]):
                print(f'KNOWN FAIL {name}: allocation {n} of {total}: '
                      f'marisa (OpenCC) crashes, exit {got[0]}')
                continue
            if not (same or oom):
                bad += 1
                print(f'FAIL {name}: allocation {n} of {total} failing'
                      f'{" once" if once else " on"}: exit {got[0]}, '
                      f'stderr {got[2][:300]!r}, stdout tail '
                      f'{got[1][-200:]!r}')
    print(f'{"ok" if not bad else "not ok"} - {name}: {tries} runs over '
          f'{total} allocations, each the same report or one '
          f'out-of-memory line')
    return bad, tries


def main():
    if sanitized():
        print('# skipped: AddressSanitizer or valgrind bring their own '
              'allocator')
        return 77
    with tempfile.TemporaryDirectory(prefix='zhen-alloc-') as t:
        def write(name, text):
            with open(os.path.join(t, name), 'w', encoding='utf-8') as f:
                f.write(text)
        # Traditional (script and region detection through OpenCC), a
        # figure wrong: exit 1
        write('zh.txt', '營收34億元，增長21%。\n淨利潤為5.2億元。\n')
        write('en.txt', 'Revenue was 3.5 billion yuan, up 21%.\n'
                        'Net profit was 520 million yuan.\n')
        write('pairs.tsv', '營收34億元\tRevenue was 3.4 billion yuan\n'
                           '增長21%\tup 12%\n'
                           '淨利潤5.2億元\tnet profit 52 million yuan\n')
        # a bilingual file, unit by unit (cmd_units.c)
        write('units.csv', 'zh,en\n營收34億元,Revenue was 3.4 billion yuan\n'
                           '增長21%,up 12%\n'
                           '淨利潤5.2億元,net profit 52 million yuan\n')
        # XML through libxml2 (whose running out was 'malformed')
        write('units.xlf', '<?xml version="1.0" encoding="UTF-8"?>\n'
              '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:'
              'document:1.2">\n<file source-language="zh-TW" '
              'target-language="en" datatype="plaintext" original="x">'
              '<body>\n' + ''.join(
                  f'<trans-unit id="{i}"><source>{z}</source><target>{e}'
                  '</target></trans-unit>\n' for i, (z, e) in enumerate((
                      ('營收34億元', 'Revenue was 3.4 billion yuan'),
                      ('增長21%', 'up 12%'),
                      ('淨利潤5.2億元', 'net profit 52 million yuan')),
                      1)) + '</body></file></xliff>\n')
        m = re.search(r'allocations: (\d+)',
                      run(['--version'], t, fail_count=1)[2])
        floor = int(m.group(1)) if m else 0
        bad = 0
        for name, args in (
                ('check', ['check', '--config=none', 'zh.txt', 'en.txt']),
                ('check --pairs --format=json',
                 ['check', '--config=none', '--pairs', 'pairs.tsv',
                  '--format=json']),
                ('check FILE.csv', ['check', '--config=none', 'units.csv']),
                ('check FILE.xlf', ['check', '--config=none', 'units.xlf'])):
            bad += sweep(name, args, t, floor)[0]
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
