#!/usr/bin/env python3
"""Build the TMX, CSV, TSV and XLSX files of corpus/formats/ from the
project's own bilingual texts (python3 standard library only).

  tmx/tw-results.tmx      corpus/tw-results as a TMX 1.4 memory (zh-TW/en-US)
  csv/sample.csv          corpus/pairs/sample.tsv as Excel's "CSV UTF-8"
  csv/sample-utf16.tsv    the same as Excel's "Unicode text" (UTF-16LE)
  xlsx/cn-policy.xlsx     corpus/cn-policy as a workbook of two sheets
  xlsx/cn-policy.zh.txt   its Chinese as plain text (a full-width figure in
  xlsx/cn-policy.en.txt   it), and its English, for the same findings

Every file reads back, unit by unit, exactly the texts of the plain lines it
was built from (tests/unit/test_tmx.c and test_tables.c check it): the
traps it holds (tags in and around figures, quoted commas and line breaks,
a figure split across rich-text runs, ...) change how the text is stored,
never the text. Each folder's README.md lists them. Run from anywhere:

  python3 corpus/formats/make_tables.py
"""
import csv
import io
import os
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)


def lines(path):
    with open(os.path.join(CORPUS, path), encoding='utf-8') as f:
        return f.read().rstrip('\n').split('\n')


def once(text, old, new):
    """@p text with its one occurrence of @p old replaced: a trap planted
    where the script means it to be, or the build stops."""
    if text.count(old) != 1:
        raise SystemExit('make_tables: %r occurs %d times' % (old, text.count(old)))
    return text.replace(old, new)


def write(path, data):
    path = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


# ---- TMX ----

# (tu number, side, plain text, the same text as TMX markup)
TMX_TRAPS = [
    # tags around a figure: bold on 26.5％ and on 25.6%
    (2, 'zh', '年增26.5％', '年增<bpt i="1" type="bold">&lt;b&gt;</bpt>26.5％'
     '<ept i="1">&lt;/b&gt;</ept>'),
    (2, 'en', 'up 25.6% year', 'up <bpt i="1" type="bold">{b}</bpt>25.6%'
     '<ept i="1">{/b}</ept> year'),
    # a tag inside a figure: bold on the 7 of 97億
    (5, 'zh', '新台幣97億元', '新台幣9<bpt i="1">&lt;b&gt;</bpt>7'
     '<ept i="1">&lt;/b&gt;</ept>億元'),
    # a placeholder whose native code holds a figure (id 7) between Han
    # and a digit: nothing is added, and 7 is never read
    (1, 'zh', '瀚昇電子3月15日', '瀚昇電子<ph x="7">&lt;x id="7"/&gt;</ph>3月15日'),
    (1, 'en', 'NT$125 billion, up', 'NT$125 billion,<ph x="3">{3}</ph> up'),
    # character references decode to the characters they name
    (3, 'zh', '新台幣358億元', '新台幣358&#x5104;元'),
    (3, 'en', 'Gross margin was 41.3%', 'Gross margin was 41.3&#37;'),
    # <hi> is text; <sub> inside a code goes with the code
    (2, 'en', 'NT$18.64 billion', '<hi type="b">NT$18.64 billion</hi>'),
    (4, 'zh', '港幣12億元', '<bpt i="2">&lt;a title="<sub>Note 12</sub>"&gt;'
     '</bpt>港幣12億元<ept i="2">&lt;/a&gt;</ept>'),
    # isolated and unknown tags at the ends of a segment
    (6, 'zh', '先進製程', '<it pos="begin" x="4">&lt;i&gt;</it>先進製程'),
    (6, 'en', 'up 18% year on year.', 'up 18% year on year.'
     '<ut>{\\par 2}</ut>'),
]


def tmx_seg(n, side, text):
    out = escape(text)
    for tu, s, plain, markup in TMX_TRAPS:
        if tu == n and s == side:
            out = once(out, escape(plain), markup)
    return out


def make_tmx():
    zh, en = lines('tw-results/zh.txt'), lines('tw-results/en.txt')
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
           '<tmx version="1.4">',
           '  <header creationtool="make_tables.py" creationtoolversion="1"'
           ' segtype="paragraph" o-tmf="zhen" adminlang="en-US"'
           ' srclang="zh-TW" datatype="plaintext">',
           '    <note>Built from corpus/tw-results: 16 paragraphs, 9 '
           'planted mismatches.</note>',
           '  </header>', '  <body>']
    for i, (z, e) in enumerate(zip(zh, en), 1):
        out.append('    <tu tuid="tw-%d" creationdate="20240315T000000Z">' % i)
        if i == 7:  # metadata with figures: never text
            out.append('      <prop type="x-words">34</prop>')
            out.append('      <note>Reviewed by 2 people on 2024-03-16.</note>')
        out.append('      <tuv xml:lang="zh-TW"><seg>%s</seg></tuv>'
                   % tmx_seg(i, 'zh', z))
        if i == 9:  # a third language: not read
            out.append('      <tuv xml:lang="ja-JP"><seg>2021年から'
                       '2023年まで、34億台湾ドル</seg></tuv>')
        out.append('      <tuv xml:lang="en-US">')
        out.append('        <seg>%s</seg>' % tmx_seg(i, 'en', e))
        out.append('      </tuv>')
        out.append('    </tu>')
        if i == 8:  # English alone: nothing to check, no unit
            out.append('    <tu tuid="en-only"><tuv xml:lang="en-US"><seg>'
                       'Dividend of NT$99 per share (draft)</seg></tuv></tu>')
    out += ['  </body>', '</tmx>', '']
    write('tmx/tw-results.tmx', '\n'.join(out).encode('utf-8'))


# ---- CSV and TSV ----

def sample_pairs():
    return [l.split('\t') for l in lines('pairs/sample.tsv')]


def make_csv():
    rows = [['中文', 'English']] + sample_pairs()
    # a line break inside a quoted field, where the plain text has a
    # space after a comma (a reader reads it as that space again)
    r = rows[3]
    r[1] = once(r[1], 'billion, up', 'billion,\nup')
    buf = io.StringIO()
    csv.writer(buf, lineterminator='\r\n').writerows(rows)
    # Excel's "CSV UTF-8": a BOM, CRLF line ends
    write('csv/sample.csv', b'\xef\xbb\xbf' + buf.getvalue().encode('utf-8'))

    rows = [['Chinese (zh-Hans)', 'English (en-US)']] + sample_pairs()
    r = rows[11]
    r[0] = once(r[0], '，', '，\n')  # Alt+Enter after a Chinese comma
    buf = io.StringIO()
    csv.writer(buf, delimiter='\t', lineterminator='\r\n').writerows(rows)
    # Excel's "Unicode text": UTF-16LE with a BOM, tabs, CRLF, fields with
    # a line break quoted
    write('csv/sample-utf16.tsv', buf.getvalue().encode('utf-16'))


# ---- XLSX ----

NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
OFF = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.'


class Strings:
    """The shared string table: plain strings, or <si> markup as given."""

    def __init__(self):
        self.items, self.index = [], {}

    def add(self, text, markup=None):
        key = markup or text
        if key not in self.index:
            self.index[key] = len(self.items)
            self.items.append(markup or '<t xml:space="preserve">%s</t>'
                              % escape(text))
        return self.index[key]

    def xml(self):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<sst xmlns="%s" count="%d" uniqueCount="%d">' %
                (NS, len(self.items), len(self.items)) +
                ''.join('<si>%s</si>' % s for s in self.items) + '</sst>')


def cell(ref, value, sst, style=0):
    """A cell: an int is a number, a str a shared string, a tuple
    ('inline', text) an inline string, ('rich', text, markup) a shared
    string written as rich text."""
    s = ' s="%d"' % style if style else ''
    if isinstance(value, int):
        return '<c r="%s"%s><v>%d</v></c>' % (ref, s, value)
    if isinstance(value, tuple) and value[0] == 'inline':
        return ('<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>'
                % (ref, s, escape(value[1])))
    if isinstance(value, tuple):
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, s, sst.add(value[1], value[2]))
    return '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, s, sst.add(value))


def sheet_xml(rows, sst, cols):
    """@p rows: (row number, [value per column of @p cols]) in order."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="%s" xmlns:r="%s">' % (NS, RNS),
           '<dimension ref="A1:%s%d"/>' % (cols[-1], rows[-1][0]),
           '<cols><col min="1" max="%d" width="60" customWidth="1"/></cols>'
           % len(cols),
           '<sheetData>']
    for r, values in rows:
        cs = ''.join(cell('%s%d' % (c, r), v, sst, 1 if r > 2 else 0)
                     for c, v in zip(cols, values) if v is not None)
        out.append('<row r="%d">%s</row>' % (r, cs))
    out += ['</sheetData>', '</worksheet>']
    return '\n'.join(out)


def rich(plain, cut):
    """@p plain as rich text runs cut at @p cut, the piece after it bold,
    so the figure @p cut splits is stored in two runs."""
    a, b = plain.split(cut[0] + cut[1], 1)
    return ('<r><t xml:space="preserve">%s</t></r><r><rPr><b/><sz val="11"/>'
            '</rPr><t>%s</t></r><r><t xml:space="preserve">%s</t></r>'
            % (escape(a + cut[0]), escape(cut[1]), escape(b)))


def workbook_parts(sheets):
    names = ''.join('<sheet name=%s sheetId="%d" r:id="rId%d"/>'
                    % (quoteattr(n), i, i) for i, n in enumerate(sheets, 1))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="%s" xmlns:r="%s"><workbookPr/><sheets>%s'
          '</sheets></workbook>' % (NS, RNS, names))
    rels = ''.join('<Relationship Id="rId%d" Type="%sworksheet" '
                   'Target="worksheets/sheet%d.xml"/>' % (i, OFF, i)
                   for i in range(1, len(sheets) + 1))
    n = len(sheets)
    rels += ('<Relationship Id="rId%d" Type="%ssharedStrings" '
             'Target="sharedStrings.xml"/>' % (n + 1, OFF))
    rels += ('<Relationship Id="rId%d" Type="%sstyles" Target="styles.xml"/>'
             % (n + 2, OFF))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="%s">%s</Relationships>' % (PKG, rels))
    over = ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" '
                   'ContentType="%sworksheet+xml"/>' % (i, CT)
                   for i in range(1, n + 1))
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="rels" ContentType="'
             'application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" ContentType="%s'
             'sheet.main+xml"/>%s<Override PartName="/xl/sharedStrings.xml" '
             'ContentType="%ssharedStrings+xml"/><Override PartName='
             '"/xl/styles.xml" ContentType="%sstyles+xml"/></Types>'
             % (CT, over, CT, CT))
    root = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'
            % (PKG, OFF))
    return types, root, wb, wbrels


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<styleSheet xmlns="%s"><fonts count="2"><font><sz val="11"/>'
          '<name val="Calibri"/></font><font><b/><sz val="11"/><name '
          'val="Calibri"/></font></fonts><fills count="2"><fill><patternFill '
          'patternType="none"/></fill><fill><patternFill patternType='
          '"gray125"/></fill></fills><borders count="1"><border><left/>'
          '<right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
          'borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" '
          'fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" '
          'fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
          '<alignment wrapText="1"/></xf></cellXfs><cellStyles count="1">'
          '<cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
          '</styleSheet>' % NS)

# the full-width figure: the cell, and the plain-text counterpart, hold it
FULL_WIDTH = ('5.4万人', '５．４万人')


def make_xlsx():
    zh, en = lines('cn-policy/zh.txt'), lines('cn-policy/en.txt')
    zh[4] = once(zh[4], *FULL_WIDTH)
    write('xlsx/cn-policy.zh.txt', ('\n'.join(zh) + '\n').encode('utf-8'))
    write('xlsx/cn-policy.en.txt', ('\n'.join(en) + '\n').encode('utf-8'))
    sst = Strings()
    zs = list(zh)
    es = list(en)
    # a figure split across rich-text runs: 8,40 | 6.5亿元
    zs[0] = ('rich', zh[0], rich(zh[0], ('8,40', '6.5亿元')))
    # a phonetic guide, whose letters are no text
    zs[1] = ('rich', zh[1], '<r><t>%s</t></r><rPh sb="0" eb="2"><t>gui4 mo2 '
             '3</t></rPh><phoneticPr fontId="0" type="noConversion"/>'
             % escape(zh[1]))
    # a line break in a cell, as Excel escapes its CR: _x000D_
    es[0] = ('rich', en[0], '<t>%s</t>' % escape(
        once(en[0], 'previous year at', 'previous year_x000D_\nat')))
    # an inline string, not a shared one
    es[2] = ('inline', en[2])

    # sheet 1: a title row, the header (id, Chinese, English), rows 1-8
    rows1 = [(1, [None, '江州市2023年经济数据（第1部分）', None]),
             (2, ['编号', '中文', 'English'])]
    rows1 += [(i + 3, [i + 1, zs[i], es[i]]) for i in range(8)]
    # sheet 2: its own header, the languages the other way round, a blank
    # row, rows 9-16
    rows2 = [(1, ['English', '简体中文 (zh-CN)'])]
    rows2 += [(i - 6 + (i >= 12), [es[i], zs[i]]) for i in range(8, 16)]
    sheets = {'统计公报': sheet_xml(rows1, sst, 'ABC'),
              'Policy 2024': sheet_xml(rows2, sst, 'AB')}
    types, root, wb, wbrels = workbook_parts(list(sheets))
    parts = [('[Content_Types].xml', types), ('_rels/.rels', root),
             ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels)]
    parts += [('xl/worksheets/sheet%d.xml' % i, x)
              for i, x in enumerate(sheets.values(), 1)]
    parts += [('xl/sharedStrings.xml', sst.xml()), ('xl/styles.xml', STYLES)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 15, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode('utf-8'))
    write('xlsx/cn-policy.xlsx', buf.getvalue())


if __name__ == '__main__':
    make_tmx()
    make_csv()
    make_xlsx()
