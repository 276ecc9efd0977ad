#!/usr/bin/env python3
"""Build corpus/formats/xliff/ from the project's bilingual texts.

- tw-results.xlf: XLIFF 1.2 from corpus/tw-results (zh-TW source, en-US
  target), two <file>s of 8 units, one unit per paragraph, unit 2 split
  into two segments by <seg-source>.
- cn-policy.xlf: XLIFF 2.0 from corpus/cn-policy, the other way round (en
  source, zh-CN target); paragraphs 2, 4, 6 and 11 are units of two
  segments.
- sample.sdlxliff: Trados Studio's SDLXLIFF from corpus/pairs/sample.tsv
  (zh-CN source, en-US target), one segment per line (segment id = line
  number), lines 16-17 and 23-24 two segments of one paragraph, with the
  confirmation levels, one locked segment and one untranslated one.

Every text is written with inline tags, entities and character references
placed so that a reader that leaves the tags out as XLIFF means (paired
tags keep their text, placeholders leave nothing or one space between two
letters or digits, native code and sub-flows left out) reads exactly the
plain text; this script reads each file back that way (xml.etree, not the
C reader) and stops if one text differs. corpus/formats/xliff/README.md
lists the traps.

Python 3 standard library only; the output is byte-for-byte reproducible.

    python3 corpus/formats/make_xliff.py
"""
import base64
import os
import re
import sys
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
OUT = os.path.join(HERE, "xliff")


def lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]


def tag(text, edits):
    """Escape @text for XML, then apply @edits: (plain, tagged) pairs, each
    plain piece (as escaped) found exactly once and replaced by XML."""
    out = escape(text)
    for plain, tagged in edits:
        n = out.count(escape(plain))
        if n != 1:
            sys.exit("make_xliff: %r found %d times in %r" % (plain, n, text))
        out = out.replace(escape(plain), tagged)
    return out


# ---- tw-results: XLIFF 1.2, zh-TW -> en-US ----

# (zh edits, en edits) for each paragraph, 1-based as in corpus/README.md.
TW = {
    1: ([("公布2023年", '公布<x id="1"/>2023年'),
         ("新台幣1,250億元", '新台幣1,<g id="2">250</g>億元'),
         ("年增21％", "年增21&#xFF05;"),
         ("創下", "<!-- 1,250 -->創下")],
        [("reported its", 'reported<x id="1"/> its'),
         ("NT$125 billion",
          'NT$<g id="2">125</g><ph id="3">&amp;#160;</ph>billion'),
         ("up 21%", "up 21&#37;")]),
    2: ([("186.4億元", '186.<bx id="3"/>4<ex id="4"/>億元'),
         ("新台幣8.52元", '新台幣<bpt id="5">&lt;span style=&quot;'
          'font-size:12pt&quot;&gt;</bpt>8.52<ept id="5">&lt;/span&gt;'
          '</ept>元')],
        [("NT$18.64 billion", 'NT$18.<bx id="3"/>64<ex id="4"/> billion'),
         ("NT$8.52,", '<bpt id="5">&lt;span style=&quot;font-size:12pt'
          '&quot;&gt;</bpt>NT$8.52<ept id="5">&lt;/span&gt;</ept>,'),
         ("NT$7.90.", "<![CDATA[NT$7.90]]>.")]),
    3: ([("41.3％", '<mrk mtype="term">41.3％</mrk>'),
         ("3.5個百分點", '<g id="6">3.5</g>個百分點')],
        [("41.3%", '<mrk mtype="term">41.3%</mrk>'),
         ("up 3.5% from", 'up <g id="6">3.5%</g> from')]),
    4: ([("港幣12億元", "港幣12&#x5104;元"),
         ("年增8.6％", '年增8.6<ph id="7">&lt;sup&gt;1&lt;/sup&gt;</ph>％')],
        [("up 8.6%", 'up 8.6<ph id="7">&lt;sup&gt;1&lt;/sup&gt;</ph>%'),
         ("two new", 'two<x id="12"/> new')]),
    5: ([("97億元", '<g id="8"><g id="9">97</g></g>億元'),
         ("7.8％", '7.8<it id="10" pos="close">&lt;/b&gt;</it>％')],
        [("NT$97 billion", 'NT$<g id="8"><g id="9">97</g></g> billion'),
         ("7.8%", '7.8<it id="10" pos="close">&lt;/b&gt;</it>%')]),
    6: ([("晶圓", '<mrk mtype="protected">晶圓</mrk>'),
         ("5.4萬片", '5.4<x id="11"/>萬片')],
        [("about 540,000", 'about <g id="11">540,000</g>')]),
    7: ([("12,345人", "<![CDATA[12,345]]>人")],
        [("12,345 employees", "<![CDATA[12,345]]> employees")]),
    8: ([("新台幣5元", '新台幣<g id="12" ctype="bold">5</g>元')],
        [("NT$5 per", 'NT$<g id="12" ctype="bold">5</g> per')]),
    9: ([("新台幣34億元", '新台幣<g id="1">34</g>億元'),
         ("60億美元", '<ph id="2">&lt;img src=&quot;flag-2024.png&quot; '
          'alt=&quot;<sub>美國 2024</sub>&quot;/&gt;</ph>60億美元')],
        [("NT$3.4 billion", 'NT$<g id="1">3.4</g> billion'),
         ("US$6 billion", '<ph id="2">&lt;img src=&quot;flag-2024.png&quot; '
          'alt=&quot;<sub>US flag 2024</sub>&quot;/&gt;</ph>US$6 billion')]),
    10: ([("陳志遠", '<mrk mtype="x-person">陳志遠</mrk>')],
         [("Chen Chih-yuan", '<mrk mtype="x-person">Chen Chih-yuan</mrk>')]),
    11: ([("31％", '3<g id="3">1</g>％')],
         [("31% of", '3<g id="3">1</g>% of')]),
    12: ([("420億元", '<bpt id="4">&lt;a href=&quot;capex-2024.html&quot;'
           '&gt;</bpt>420億元<ept id="4">&lt;/a&gt;</ept>')],
         [("NT$42 billion", '<bpt id="4">&lt;a href=&quot;capex-2024.html'
           '&quot;&gt;</bpt>NT$42 billion<ept id="4">&lt;/a&gt;</ept>')]),
    13: ([("5％至8％", '5％<x id="5"/>至8％')],
         [("5% to 8%", '5%<x id="5"/> to 8%')]),
    14: ([("2,860億元", '2,860<ph id="6">&amp;#160;</ph>億元')],
         [("NT$286 billion", 'NT$286<ph id="6">&amp;#160;</ph>billion')]),
    15: ([("10.2元", '10.<g id="7">2</g>元')],
         [("NT$10.20", 'NT$10.<g id="7">20</g>')]),
    16: ([("5月28日", '<g id="8">5</g>月<g id="9">28</g>日')],
         [("May 26", 'May <g id="9">26</g>')]),
}

# Paragraph 2 as two segments: where each side is split.
TW_SEGMENTS = {2: ("；", ". ")}

TW_STATES = ["translated", "final", "signed-off", "needs-review-translation"]

TW_HEADER = """
   <header>
    <skl><internal-file form="text">&lt;html&gt;&lt;p id="p1"&gt;{1}&lt;/p&gt; 1,250 2023&lt;/html&gt;</internal-file></skl>
    <phase-group><phase phase-name="review-2024" process-name="review" date="2024-03-15T10:00:00Z"/></phase-group>
    <note>R&amp;D figures checked on 2024-03-15: 1,250 &lt; 1,300</note>
   </header>"""


def split_seg(tagged, sep):
    """@tagged cut after the first @sep (escaped text): the two pieces."""
    i = tagged.index(sep) + len(sep)
    return tagged[:i].rstrip(" "), tagged[i:]


def tw_unit(n, zh, en):
    zh_edits, en_edits = TW[n]
    zt, et = tag(zh, zh_edits), tag(en, en_edits)
    state = TW_STATES[n % len(TW_STATES)]
    out = ['   <trans-unit id="%d" resname="para-%d">' % (n, n),
           "    <source>%s</source>" % zt]
    if n in TW_SEGMENTS:
        zs, es = TW_SEGMENTS[n]
        z1, z2 = split_seg(zt, zs)
        e1, e2 = split_seg(et, es)
        out.append('    <seg-source><mrk mtype="seg" mid="1">%s</mrk>'
                   '<mrk mtype="seg" mid="2">%s</mrk></seg-source>' % (z1, z2))
        out.append('    <target xml:lang="en-US" state="%s"><mrk mtype="seg"'
                   ' mid="1">%s</mrk> <mrk mtype="seg" mid="2">%s</mrk>'
                   '</target>' % (state, e1, e2))
    else:
        out.append('    <target xml:lang="en-US" state="%s">%s</target>'
                   % (state, et))
    if n == 5:  # a TM match with other figures: never read
        out.append('    <alt-trans match-quality="85" origin="tm-2023">'
                   "<source>研發費用為新台幣9.7億元</source>"
                   "<target>Research and development expenses were NT$970 "
                   "million</target></alt-trans>")
    if n == 9:
        out.append('    <note from="reviewer">2021: 34, 2022: 50, 2023: 60'
                   "</note>")
    out.append("   </trans-unit>")
    return "\n".join(out)


def tw_file(part, units):
    head = ('  <file original="results-%d.html" source-language="zh-TW" '
            'target-language="en-US" datatype="html">' % part)
    body = "\n".join(tw_unit(n, zh, en) for n, zh, en in units)
    return "%s%s\n   <body>\n%s\n   </body>\n  </file>" % (
        head, TW_HEADER if part == 1 else "", body)


def make_tw():
    zh = lines(os.path.join(CORPUS, "tw-results", "zh.txt"))
    en = lines(os.path.join(CORPUS, "tw-results", "en.txt"))
    units = [(i + 1, z, e) for i, (z, e) in enumerate(zip(zh, en))]
    files = [tw_file(1, units[:8]), tw_file(2, units[8:])]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:'
            '1.2">\n%s\n</xliff>\n' % "\n".join(files))


# ---- cn-policy: XLIFF 2.0, en -> zh-CN ----

CN = {
    1: ([("by the", 'by<ph id="1" dataRef="d1"/> the'),
         ("RMB 840.65 billion", 'RMB <pc id="2" dataRefStart="d2" '
          'dataRefEnd="d3">840.65</pc> billion')],
        [("1月26日", '1月<ph id="1" dataRef="d1"/>26日'),
         ("8,406.5亿元", '<pc id="2" dataRefStart="d2" dataRefEnd="d3">'
          '8,406.5</pc>亿元')]),
    2: ([("7.1%", '7.<sc id="3" dataRef="d2"/>1<ec startRef="3" '
          'dataRef="d3"/>%'),
         ("216,000 units", '<mrk id="m1" type="term">216,000</mrk> units')],
        [("7.1%", '7.<sc id="3" dataRef="d2"/>1<ec startRef="3" '
          'dataRef="d3"/>%'),
         ("21.6万辆", '<mrk id="m1" type="term">21.6万</mrk>辆')]),
    3: ([("12%", '1<pc id="4">2</pc>%')],
        [("21%", '2<pc id="4">1</pc>%')]),
    4: ([("RMB 52,380", 'RMB 52,<sm id="m2" type="comment" '
          'value="checked: 52380"/>380<em startRef="m2"/>')],
        [("52,380元", '52,<sm id="m2" type="comment" value="已核对 52380"/>'
          '380<em startRef="m2"/>元')]),
    5: ([("540,000 urban", '540,000<ph id="5" dataRef="d4"/> urban')],
        [("5.4万人", '5.4万<ph id="5" dataRef="d4"/>人')]),
    6: ([("RMB 6 billion", 'RMB <pc id="6" dataRefStart="d2" '
          'dataRefEnd="d3">6</pc> billion')],
        [("60亿美元", '<pc id="6" dataRefStart="d2" dataRefEnd="d3">60</pc>'
          '亿美元')]),
    7: ([("up 1.3% from", 'up <pc id="7" canCopy="no">1.3%</pc> from')],
        [("1.3个百分点", '<pc id="7" canCopy="no">1.3</pc>个百分点')]),
    8: ([("February 5", 'February<cp hex="000C"/> 5')],
        [("2月5日", '2月<cp hex="0007"/>5日')]),
    9: ([("RMB 1.7 billion", 'RMB 1.7 <mrk id="m3" type="term" '
          'translate="no">billion</mrk>')],
        [("1.7亿元", '1.7<mrk id="m3" type="term">亿</mrk>元')]),
    10: ([("RMB 3.4 billion", 'RMB <pc id="8">3.4</pc> billion')],
         [("34亿元", '<pc id="8">34</pc>亿元')]),
    11: ([("in 2022", 'in <ph id="9" dataRef="d5"/>2022')],
         [("2023年", '2023<ph id="9" dataRef="d5"/>年')]),
    12: ([("12,000 units", '<sc id="10"/>12,000 units<ec startRef="10"/>')],
         [("1.2万套", '<sc id="10"/>1.2万套<ec startRef="10"/>')]),
    13: ([("5.5%, below", '5.5%,<ph id="11" dataRef="d1"/> below')],
         [("5.5%左右", '5.5%<ph id="11" dataRef="d1"/>左右')]),
    14: ([("RMB 41 billion", 'RMB 41<ph id="12" dataRef="d5"/> billion')],
         [("410亿元", '410<ph id="12" dataRef="d5"/>亿元')]),
    15: ([("about US$840 million", '<pc id="13">about US$840 million</pc>')],
         [("约8.4亿美元", '<pc id="13">约8.4亿美元</pc>')]),
    16: ([("above 5%", 'above <mrk id="m4" type="comment" '
           'value="6% in the draft">5%</mrk>')],
         [("5%以上", '<mrk id="m4" type="comment" value="草稿为6%">5%</mrk>'
           "以上")]),
}

# Paragraphs made two segments: (en separator, zh separator); the en
# pieces are joined by a space (an <ignorable>), the zh ones by nothing.
CN_SEGMENTS = {2: (". ", "，"), 4: (". ", "；"), 6: ("3.6%, ", "；"),
               11: (", ", "，")}

CN_STATES = ["translated", "reviewed", "final", "translated"]

CN_DATA = ('<originalData><data id="d1">&lt;br/&gt;</data>'
           '<data id="d2">&lt;b style="mso-2024:1"&gt;</data>'
           '<data id="d3">&lt;/b&gt;</data>'
           '<data id="d4">&lt;img src="chart-2023.png"/&gt;</data>'
           '<data id="d5">&lt;a href="#fn12"&gt;12&lt;/a&gt;</data>'
           "</originalData>")


def cn_unit(n, en, zh):
    en_edits, zh_edits = CN[n]
    et, zt = tag(en, en_edits), tag(zh, zh_edits)
    out = ['   <unit id="p%d" name="paragraph %d">' % (n, n),
           "    <notes><note category=\"review\">para %d: figures checked "
           "2024-02-05</note></notes>" % n, "    " + CN_DATA]
    if n in CN_SEGMENTS:
        es, zs = CN_SEGMENTS[n]
        pairs = list(zip(split_seg(et, es), split_seg(zt, zs)))
    else:
        pairs = [(et, zt)]
    for k, (e, z) in enumerate(pairs, 1):
        if k > 1:
            out.append("    <ignorable><source> </source></ignorable>")
        state = CN_STATES[(n + k) % len(CN_STATES)]
        out.append('    <segment id="s%d" state="%s">\n     <source>%s'
                   "</source>\n     <target>%s</target>\n    </segment>"
                   % (k, state, e, z))
    out.append("   </unit>")
    return "\n".join(out)


def make_cn():
    zh = lines(os.path.join(CORPUS, "cn-policy", "zh.txt"))
    en = lines(os.path.join(CORPUS, "cn-policy", "en.txt"))
    units = "\n".join(cn_unit(i + 1, e, z)
                      for i, (e, z) in enumerate(zip(en, zh)))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            'version="2.0" srcLang="en" trgLang="zh-CN">\n'
            '  <file id="f1" original="cn-policy.docx">\n'
            '   <notes><note id="n1">Jiangzhou 2023: 8,406.5</note></notes>\n'
            "%s\n  </file>\n</xliff>\n" % units)


# ---- sample.tsv: SDLXLIFF, zh-CN -> en-US ----

SDL_NS = "http://sdl.com/FileTypes/SdlXliff/1.0"
CONFS = ["Translated", "ApprovedTranslation", "ApprovedSignOff", "Draft",
         "RejectedTranslation", "RejectedSignOff"]
SDL_LOCKED, SDL_UNTRANSLATED = 1, 3
SDL_PARAGRAPHS = {16: 17, 23: 24}  # two segments of one trans-unit

# (zh edits, en edits) by line; tags are Trados' (ids refer to tag-defs).
SDL_EDITS = {
    2: ([("34亿元", '<g id="1">34</g>亿元')],
        [("RMB 34 billion", 'RMB <g id="1">34</g> billion')]),
    4: ([("5.4万个", '5.4万<x id="2"/>个')],
        [("540,000 new", '540,000<x id="2"/> new')]),
    10: ([("60.9亿元", '60.<g id="3">9</g>亿元')],
         [("RMB 6.09 billion", 'RMB 6.<g id="3">09</g> billion')]),
    12: ([("3月15日", '<mrk mtype="x-sdl-comment" sdl:cid="c1">3月15日</mrk>')],
         [("March 15", '<mrk mtype="x-sdl-comment" sdl:cid="c1">March 15'
           "</mrk>")]),
    20: ([], [("US$86 billion", '<mrk mtype="x-sdl-deleted" sdl:revid="r1">'
              'HK$86 billion</mrk><mrk mtype="x-sdl-added" sdl:revid="r2">'
              "US$86 billion</mrk>")]),
    21: ([], [("RMB 235 million", 'RMB <mrk mtype="x-sdl-deleted" '
              'sdl:revid="r3">253</mrk><mrk mtype="x-sdl-added" '
              'sdl:revid="r4">235</mrk> million')]),
    30: ([("5,127万人", '5,127<x id="2"/>万人')],
         [("51.27 million", '51.27<x id="2"/> million')]),
    42: ([("9,000萬美元", '<g id="1">9,000萬</g>美元')],
         [("US$90 million", '<g id="1">US$90</g> million')]),
}

SDL_HEADER = """<header>
<file-info xmlns="%(ns)s"><value key="SDL:FileId">%(fid)s</value><value key="SDL:CreationDate">03/15/2024 10:20:30</value><value key="SDL:OriginalFilePath">C:\\jobs\\2024\\sample.docx</value><value key="SDL:OriginalEncoding">utf-8</value><sniff-info><detected-source-lang detection-level="Guess" lang="zh-CN"/><props><value key="SDL:Sniffed">True</value></props></sniff-info></file-info>
<sdl:filetype-info><sdl:filetype-id>WordprocessingML v. 2</sdl:filetype-id></sdl:filetype-info>
<fmt-defs xmlns="%(ns)s"><fmt-def id="1"><value key="Bold">True</value><value key="FontSize">12</value></fmt-def></fmt-defs>
<cxt-defs xmlns="%(ns)s"><cxt-def id="1" type="sdl:paragraph" color="'0'"/><cxt-def id="2" type="x-tm-length-info" descr="max 120" purpose="Information"><props><value key="length">120</value></props></cxt-def></cxt-defs>
<node-defs xmlns="%(ns)s"><node-def id="1"><cxt id="1"/></node-def></node-defs>
<tag-defs xmlns="%(ns)s"><tag id="1"><bpt name="cf" word-end="false">&lt;cf bold=True size=12&gt;</bpt><ept name="cf" word-end="false">&lt;/cf&gt;</ept><fmt id="1"/></tag><tag id="2"><ph name="field" word-end="false">&lt;field code="PAGE 7"/&gt;<sub xid="x2">34</sub></ph><props><value key="ttTagType">ec_StandAlone</value></props></tag><tag id="3"><bpt name="hyperlink">&lt;a href="https://example.com/2024/60"&gt;</bpt><ept name="hyperlink">&lt;/a&gt;</ept></tag></tag-defs>
<reference><internal-file form="base64">%(blob)s</internal-file></reference>
<sdl:ref-files><sdl:ref-file uid="0" id="Docx.DependencyFileId" name="sample.docx" o-path="sample.docx" date="03/15/2024 10:20:30" expected-use="Generation"/></sdl:ref-files>
</header>"""

SDL_DOC_INFO = """<doc-info xmlns="%s"><cmt-defs><cmt-def id="c1"><Comments xmlns=""><Comment severity="Medium" user="reviewer" date="2024-03-15T10:00:00" version="1.0">Check 3月15日 against the 2024 calendar</Comment></Comments></cmt-def></cmt-defs><rev-defs><rev-def id="r1" type="Delete" author="reviewer" date="03/16/2024 09:00:00"/><rev-def id="r2" type="Insert" author="reviewer" date="03/16/2024 09:00:00"/><rev-def id="r3" type="Delete" author="reviewer" date="03/16/2024 09:01:00"/><rev-def id="r4" type="Insert" author="reviewer" date="03/16/2024 09:01:00"/></rev-defs></doc-info>""" % SDL_NS


def sdl_seg(n):
    if n == SDL_UNTRANSLATED:  # Trados writes no conf: "Not Translated"
        return '<sdl:seg id="%d"/>' % n
    attrs = 'conf="%s"' % CONFS[n % len(CONFS)]
    if n == SDL_LOCKED:
        attrs += ' locked="true"'
    return ('<sdl:seg id="%d" %s percent="%d" origin="tm"><sdl:value '
            'key="SegmentIdentityHash">%s</sdl:value></sdl:seg>'
            % (n, attrs, 100 - n, base64.b64encode(b"seg %d" % n).decode()))


def sdl_unit(segs):
    """One trans-unit holding sample lines @segs: [(n, zh, en)]."""
    tuid = uuid.uuid5(uuid.NAMESPACE_URL, "zhen-sample-%d" % segs[0][0])
    src, mrk_src, mrk_trg = [], [], []
    for n, zh, en in segs:
        ze, ee = SDL_EDITS.get(n, ([], []))
        zt = tag(zh, ze)
        et = "" if n == SDL_UNTRANSLATED else tag(en, ee)
        src.append(zt)
        mrk_src.append('<mrk mtype="seg" mid="%d">%s</mrk>' % (n, zt))
        mrk_trg.append('<mrk mtype="seg" mid="%d">%s</mrk>' % (n, et) if et
                       else '<mrk mtype="seg" mid="%d"/>' % n)
    defs = "".join(sdl_seg(n) for n, _, _ in segs)
    return ('<group><sdl:cxts><sdl:cxt id="1"/></sdl:cxts>\n'
            '<trans-unit id="%s"><source>%s</source><seg-source>%s'
            "</seg-source><target>%s</target><sdl:seg-defs>%s"
            "</sdl:seg-defs></trans-unit></group>"
            % (tuid, "".join(src), "".join(mrk_src), " ".join(mrk_trg),
               defs))


def make_sdl():
    rows = [ln.split("\t") for ln in
            lines(os.path.join(CORPUS, "pairs", "sample.tsv"))]
    units, n = [], 1
    while n <= len(rows):
        last = SDL_PARAGRAPHS.get(n, n)
        units.append(sdl_unit([(k, rows[k - 1][0], rows[k - 1][1])
                               for k in range(n, last + 1)]))
        n = last + 1
    # a translate="no" unit of tags only, as Trados writes between
    # paragraphs: no segment, nothing to read
    units.insert(5, '<trans-unit translate="no" id="%s"><source><x id="2"/>'
                 "</source></trans-unit>"
                 % uuid.uuid5(uuid.NAMESPACE_URL, "zhen-sample-tags"))
    blob = base64.encodebytes(open(os.path.join(CORPUS, "pairs",
                                                "sample.tsv"), "rb").read())
    header = SDL_HEADER % {
        "ns": SDL_NS, "blob": blob.decode("ascii"),
        "fid": uuid.uuid5(uuid.NAMESPACE_URL, "zhen-sample-file")}
    return ('<?xml version="1.0" encoding="utf-8"?><xliff xmlns:sdl="%s" '
            'xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" '
            'sdl:version="1.0">%s<file original="C:\\jobs\\2024\\sample.docx" '
            'datatype="x-sdlfilterframework2" source-language="zh-CN" '
            'target-language="en-US">%s<body>\n%s\n</body></file></xliff>\n'
            % (SDL_NS, SDL_DOC_INFO, header, "\n".join(units)))


# ---- reading back, as XLIFF means it ----

X12 = "{urn:oasis:names:tc:xliff:document:1.2}"
X20 = "{urn:oasis:names:tc:xliff:document:2.0}"
PAIRED = {"g", "pc", "mrk"}
PARTS = {"bx", "ex", "bpt", "ept", "it", "sc", "ec", "sm", "em"}
CODES = {"x", "ph"}


def joins(c):
    return c.isalnum() and "CJK" not in unicodedata.name(c, "")


class Text:
    """Text with placeholders: a space only between two letters or
    digits; white space collapsed (as src/readers/inline.c)."""

    def __init__(self):
        self.s, self.gap = "", False

    def text(self, t):
        if not t:
            return
        if self.gap and self.s and joins(self.s[-1]) and joins(t[0]):
            self.s += " "
        self.gap = False
        self.s += t

    def get(self):
        return re.sub(r"[ \t\r\n]+", " ", self.s).strip(" ")


def local(el):
    return el.tag.rsplit("}", 1)[-1]


def read_inline(el, out, seg=None):
    """The text of @el's content into @out (a Text); with @seg a dict,
    each <mrk mtype="seg"> into seg[mid]."""
    out.text(el.text)
    for ch in el:
        name = local(ch)
        if name == "mrk" and ch.get("mtype") == "seg" and seg is not None:
            t = Text()
            read_inline(ch, t)
            seg[ch.get("mid")] = t.get()
        elif name == "mrk" and ch.get("mtype") == "x-sdl-deleted":
            pass
        elif name in PAIRED:
            read_inline(ch, out, seg)
        elif name in CODES:
            out.gap = True
        elif name == "cp":
            out.gap = True  # only controls are planted
        elif name not in PARTS | {"sub"}:
            sys.exit("make_xliff: unexpected <%s>" % name)
        out.text(ch.tail)


def text_of(el, seg=None):
    t = Text()
    read_inline(el, t, seg)
    return t.get()


def check(name, got, want):
    if got != want:
        sys.exit("make_xliff: %s reads\n  %r\nnot\n  %r" % (name, got, want))


def check_tw(xml):
    zh = lines(os.path.join(CORPUS, "tw-results", "zh.txt"))
    en = lines(os.path.join(CORPUS, "tw-results", "en.txt"))
    tus = ET.fromstring(xml).iter(X12 + "trans-unit")
    for i, tu in enumerate(tus):
        check("tw %d zh" % (i + 1), text_of(tu.find(X12 + "source")), zh[i])
        segs = {}
        whole = text_of(tu.find(X12 + "target"), segs)
        if segs:
            ss = {}
            text_of(tu.find(X12 + "seg-source"), ss)
            check("tw %d zh segments" % (i + 1), "".join(ss.values()), zh[i])
            whole = " ".join(segs.values())
        check("tw %d en" % (i + 1), whole, en[i])


def check_cn(xml):
    zh = lines(os.path.join(CORPUS, "cn-policy", "zh.txt"))
    en = lines(os.path.join(CORPUS, "cn-policy", "en.txt"))
    for i, unit in enumerate(ET.fromstring(xml).iter(X20 + "unit")):
        segs = unit.findall(X20 + "segment")
        check("cn %d en" % (i + 1), " ".join(
            text_of(s.find(X20 + "source")) for s in segs), en[i])
        check("cn %d zh" % (i + 1), "".join(
            text_of(s.find(X20 + "target")) for s in segs), zh[i])


def check_sdl(xml):
    rows = [ln.split("\t") for ln in
            lines(os.path.join(CORPUS, "pairs", "sample.tsv"))]
    seen = 0
    for tu in ET.fromstring(xml).iter(X12 + "trans-unit"):
        ss, ts = {}, {}
        if tu.find(X12 + "seg-source") is None:
            continue
        text_of(tu.find(X12 + "seg-source"), ss)
        text_of(tu.find(X12 + "target"), ts)
        for mid, zh in ss.items():
            n = int(mid)
            check("sample %d zh" % n, zh, rows[n - 1][0])
            check("sample %d en" % n, ts[mid],
                  "" if n == SDL_UNTRANSLATED else rows[n - 1][1])
            seen += 1
    check("sample segments", seen, len(rows))


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, make, verify in (("tw-results.xlf", make_tw, check_tw),
                               ("cn-policy.xlf", make_cn, check_cn),
                               ("sample.sdlxliff", make_sdl, check_sdl)):
        xml = make()
        verify(xml.encode("utf-8"))
        with open(os.path.join(OUT, name), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(xml)
        print("make_xliff: %s (%d bytes)" % (name, len(xml.encode())))


if __name__ == "__main__":
    main()
