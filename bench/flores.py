"""FLORES-200 dev as the benches read it: ../shared/data/flores200-dev, one sentence a line."""

import os


def flores(shared, *names):
    """The lines of each named file (eng.txt, zho_Hant.txt, zho_Hans.txt) of SHARED's FLORES dev
    set, in the order named; None, after saying so, when the set is not there."""
    d = os.path.join(shared, 'data', 'flores200-dev')
    if not os.path.isdir(d):
        print(f'skip: {d} not found')
        return None
    return [open(os.path.join(d, f), encoding='utf-8').read().splitlines() for f in names]
