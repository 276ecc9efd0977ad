"""What the Python test scripts share (tests/*/run.py): the source tree,
the zhen binary they were given, and the ok/FAIL lines with their count.

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from tap import ROOT, ZHEN, result, finish
"""
import os
import sys

ROOT = os.environ.get('ZHEN_SOURCE') or os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))
ZHEN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else None
_count = {'passed': 0, 'failed': 0}


def result(ok, what, detail=''):
    """One check: "ok - WHAT", or "FAIL - WHAT" with @detail below it."""
    if ok:
        _count['passed'] += 1
        print(f'ok - {what}')
    else:
        _count['failed'] += 1
        print(f'FAIL - {what}' + (f'\n    {detail}' if detail else ''))


def finish(name):
    """The count line ("NAME: N passed, N failed") and the exit status."""
    print(f'\n{name}: {_count["passed"]} passed, {_count["failed"]} failed')
    sys.exit(1 if _count['failed'] else 0)
