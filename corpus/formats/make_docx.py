#!/usr/bin/env python3
"""Build corpus/formats/docx/{zh,en}.docx from corpus/tw-results/{zh,en}.txt.

Each Word file holds its language's 16 paragraphs, written the way Word
writes them and with the traps a DOCX reader must not fall into (figures
split across runs, a field whose code holds digits, deleted and hidden
text holding figures, a page field's stored result, a text box in Word's two
markups, a table, a footnote, a header and a footer). What a reader must see
is written beside each file as plain text (zh.txt, en.txt): the 16
paragraphs as corpus/tw-results has them, then the footnote, the header and
the footer, one a line. corpus/formats/docx/README.md lists every trap.

Python 3 standard library only. The output is byte-for-byte reproducible
(fixed timestamps): run it again and git sees no change.

    python3 corpus/formats/make_docx.py
"""
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
OUT = os.path.join(HERE, "docx")

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/"
          "wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/"
           "wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}
XMLNS = " ".join('xmlns:%s="%s"' % kv for kv in NS.items())
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


# ---- pieces of a paragraph: (xml, the text a reader sees) ----

def run(text, props=""):
    rpr = "<w:rPr>%s</w:rPr>" % props if props else ""
    return ('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
            % (rpr, escape(text)), text)


def bold(text):
    return run(text, "<w:b/>")


def sup(text):
    return run(text, '<w:vertAlign w:val="superscript"/>')


def hidden(text):
    """Hidden text (w:vanish): not shown, not read."""
    return run(text, "<w:vanish/>")[0], ""


REV = 0


def _rev():
    global REV
    REV += 1
    return 'w:id="%d" w:author="Reviewer" w:date="2024-03-20T10:00:00Z"' % REV


def deleted(text):
    """A tracked deletion: not read."""
    return ('<w:del %s><w:r><w:delText xml:space="preserve">%s</w:delText>'
            '</w:r></w:del>' % (_rev(), escape(text)), "")


def inserted(text):
    """A tracked insertion: read."""
    return "<w:ins %s>%s</w:ins>" % (_rev(), run(text)[0]), text


def field(code, result, shown=True):
    """A complex field: begin, code, separate, result, end. The code is
    never read; the result is, unless the field is a page number (then
    @p shown is False)."""
    xml = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
           '<w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s'
           '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
           % (escape(code), run(result)[0]))
    return xml, result if shown else ""


def no_break_hyphen():
    return "<w:r><w:noBreakHyphen/></w:r>", "-"


def line_break():
    """A line break inside a paragraph: a space to a reader."""
    return "<w:r><w:br/></w:r>", " "


def tab():
    return "<w:r><w:tab/></w:r>", " "


def hyperlink(text):
    return ('<w:hyperlink r:id="rIdLink" w:history="1">%s</w:hyperlink>'
            % run(text, '<w:u w:val="single"/>')[0], text)


def content_control(text):
    return ('<w:sdt><w:sdtPr><w:alias w:val="Date"/><w:tag w:val="d1"/>'
            '<w:date w:fullDate="2024-05-28T00:00:00Z"><w:dateFormat '
            'w:val="M/d"/></w:date></w:sdtPr><w:sdtContent>%s'
            '</w:sdtContent></w:sdt>' % run(text)[0], text)


def footnote_ref(note_id):
    return ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="%d"/></w:r>' % note_id, "")


def paragraph(pieces, ppr=""):
    xml = "".join(p[0] for p in pieces)
    text = "".join(p[1] for p in pieces)
    return "<w:p>%s%s</w:p>" % (ppr, xml), text


def plain(text):
    return paragraph([run(text)])


def cut(text, *prefixes):
    """@p text cut after each prefix in turn: the pieces, which join to
    @p text."""
    pieces, rest = [], text
    for pre in prefixes:
        assert rest.startswith(pre), (rest, pre)
        pieces.append(pre)
        rest = rest[len(pre):]
    return pieces + [rest]


# ---- blocks: a paragraph's xml with the lines a reader sees ----

def empty_paragraph():
    return "<w:p/>", []


def block(p):
    return p[0], [p[1]]


def hidden_paragraph(text):
    """A paragraph whose style hides it (styles.xml: InternalNote)."""
    return paragraph([run(text)], '<w:pPr><w:pStyle w:val="InternalNote"/>'
                     "</w:pPr>")[0], []


def deleted_paragraph(text):
    """A paragraph deleted whole under tracked changes."""
    return ('<w:p><w:pPr><w:rPr><w:del %s/></w:rPr></w:pPr>%s</w:p>'
            % (_rev(), deleted(text)[0]), [])


def table(rows):
    """A one-column table, one paragraph a row."""
    trs = "".join('<w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/>'
                  "</w:tcPr>%s</w:tc></w:tr>" % p[0] for p in rows)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" '
            'w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/>'
            '<w:bottom w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>%s</w:tbl>' % trs,
            [p[1] for p in rows])


def text_box(p):
    """A paragraph in a text box, in both markups Word writes: DrawingML
    (mc:Choice) and VML (mc:Fallback). Its anchor is an empty paragraph."""
    inner = "<w:txbxContent>%s</w:txbxContent>" % p[0]
    drawing = (
        '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" '
        'distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
        '<wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV '
        'relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionV><wp:extent cx="5400000" cy="1080000"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/'
        'word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" '
        'cy="1080000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        '</a:prstGeom></wps:spPr><wps:txbx>%s</wps:txbx><wps:bodyPr '
        'rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        % inner)
    pict = ('<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
            'o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke '
            'joinstyle="miter"/><v:path gradientshapeok="t" '
            'o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 1" '
            'o:spid="_x0000_s1026" type="#_x0000_t202" style="position:'
            'absolute;margin-left:0;margin-top:0;width:425.2pt;height:85pt;'
            'z-index:251659264"><v:textbox>%s</v:textbox></v:shape></w:pict>'
            % inner)
    xml = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">%s'
           '</mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent>'
           '</w:r></w:p>' % (drawing, pict))
    return xml, [p[1]]


# ---- the two documents ----

def zh_blocks(lines, note_id):
    L = dict(enumerate(lines, 1))
    a, b, c = cut(L[1], "瀚昇電子3月15日公布", "2023")
    d, e, f = cut(c, "年財報，全年營收達新台幣1,2", "50億元")
    p1 = paragraph([run(a), field("REF _Ref150000001 \\h", b), run(d),
                    bold(e), run(f)])
    a, b, c, d = cut(L[2], "全年稅後淨利為新台幣18", "6.4億元，年增26.5",
                     "％；每股盈餘為新台幣8.")
    p2 = paragraph([run(a), run(b[:-4]), deleted("25.6"), inserted("26.5"),
                    run(c), run(d)])
    a, b = cut(L[3], "第四季營收為新台幣358億元，季增12％；毛利率為41.3％，"
               "較第三季上升3.5個百分點")
    p3 = paragraph([run(a), hidden("（初稿：上升3.5％）"), run(b)])
    a, b, c = cut(L[5], "研發費用為新台幣9", "7")
    p5 = paragraph([run(a), bold(b), run(c)])
    p6 = paragraph([run(x) for x in cut(L[6], "先進製程晶圓全年出貨量約5.")])
    p7 = paragraph([run(x) for x in cut(L[7], "截至2023年底，集團員工總數為12,")]
                   + [footnote_ref(note_id)])
    p9 = paragraph([run(x) for x in
                    cut(L[9], "2021年至2023年，公司海外投資金額依序為新台幣3")])
    a, b, c = cut(L[14], "瀚昇股價", "今年以來累計上漲逾40％，市值約新台幣2,8")
    p14 = paragraph([hyperlink(a), run(b), run(c)])
    a, b, c = cut(L[16], "公司將於", "5月28日")
    p16 = paragraph([run(a), content_control(b), run(c)])
    return [block(p1), empty_paragraph(), block(p2), block(p3),
            block(plain(L[4])),
            hidden_paragraph("內部備註：子公司營收目標為港幣15億元。"),
            block(p5), block(p6), block(p7), block(plain(L[8])),
            empty_paragraph(), block(p9), text_box(plain(L[10])),
            block(plain(L[11])), table([plain(L[12]), plain(L[13])]),
            block(p14), block(plain(L[15])),
            deleted_paragraph("股東常會原訂6月1日召開。"), block(p16)]


def en_blocks(lines, note_id):
    L = dict(enumerate(lines, 1))
    a, b, c = cut(L[1], "Hansheng Electronics reported its ", "2023")
    d, e, f = cut(c, " results on March 15, with full-year revenue of NT$12",
                  "5 billion")
    p1 = paragraph([run(a), field("REF _Ref150000001 \\h", b), run(d),
                    bold(e), run(f)])
    a, b, c = cut(L[2], "Net profit after tax for the year was NT$18",
                  ".64 billion, up 25.6")
    p2 = paragraph([run(a), run(b[:-4]), deleted("26.5"), inserted("25.6"),
                    run(c)])
    a, b, c, d = cut(L[3], "Fourth", "-quarter revenue was NT$35.8 billion, "
                     "up 12% from the previous quarter.",
                     " Gross margin was 41.3%, up 3.5%")
    p3 = paragraph([run(a), no_break_hyphen(), run(b[1:]), line_break(),
                    run(c[1:]), hidden(" (draft: 3.5 percentage points)"),
                    run(d)])
    a, b, c = cut(L[5], "Research and development expenses were NT$9", "7")
    p5 = paragraph([run(a), bold(b), run(c)])
    p6 = paragraph([run(x) for x in cut(L[6], "Shipments of advanced-process "
                                        "wafers for the year were about 540,")])
    p7 = paragraph([run(L[7]), footnote_ref(note_id)])
    p9 = paragraph([run(x) for x in
                    cut(L[9], "From 2021 to 2023, the company's overseas "
                        "investment was NT$3.")])
    a, b, c = cut(L[10], "This year marks the 10", "th")
    p10 = paragraph([run(a), sup(b), run(c)])
    a, b, c = cut(L[13], "For 2024, the company expects first", "-")
    p13 = paragraph([run(a), no_break_hyphen(), run(c)])
    a, b, c = cut(L[14], "Hansheng's shares", " have risen more than 40% so "
                  "far this year, giving the company a market value of "
                  "about NT$28")
    p14 = paragraph([hyperlink(a), run(b), run(c)])
    a, b, c = cut(L[16], "The company will hold its annual general meeting "
                  "in Hsinchu on ", "May 26")
    p16 = paragraph([run(a), content_control(b), run(c)])
    return [block(p1), empty_paragraph(), block(p2), block(p3),
            block(plain(L[4])),
            hidden_paragraph("Internal note: the subsidiary's revenue "
                             "target is HK$1.5 billion."),
            block(p5), block(p6), block(p7), block(plain(L[8])),
            empty_paragraph(), block(p9), text_box(p10),
            block(plain(L[11])), table([plain(L[12]), p13]),
            block(p14), block(plain(L[15])),
            deleted_paragraph("The meeting was first set for June 1."),
            block(p16)]


# Per language: the footnote (pieces), the header, the footer's text and
# the page number its PAGE field last stored (different on purpose: a
# reader that kept it would report it).
EXTRAS = {
    "zh": {"note": lambda: [run("註：員工總數不含約8"), run("00名派遣人員。")],
           "header": "瀚昇電子2023年財報新聞稿",
           "footer": ("瀚昇電子投資人關係處", "3")},
    "en": {"note": lambda: [run("Note: the total excludes about 8"),
                            run("00 agency workers.")],
           "header": "Hansheng Electronics 2023 results press release",
           "footer": ("Hansheng Electronics Investor Relations", "4")},
}


# ---- the package ----

CONTENT_TYPES = (
    DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml"'
    ' ContentType="application/xml"/>' + "".join(
        '<Override PartName="/word/%s.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.%s+xml"/>'
        % (part, kind) for part, kind in (
            ("document", "document.main"), ("styles", "styles"),
            ("settings", "settings"), ("footnotes", "footnotes"),
            ("header1", "header"), ("footer1", "footer"))) + "</Types>")

PACKAGE_RELS = (
    DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="' + REL +
    'officeDocument" Target="word/document.xml"/></Relationships>')

DOCUMENT_RELS = (
    DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships">' + "".join(
        '<Relationship Id="%s" Type="%s%s" Target="%s"/>' % row for row in (
            ("rId1", REL, "styles", "styles.xml"),
            ("rId2", REL, "settings", "settings.xml"),
            ("rId3", REL, "footnotes", "footnotes.xml"),
            ("rId4", REL, "header", "header1.xml"),
            ("rId5", REL, "footer", "footer1.xml"))) +
    '<Relationship Id="rIdLink" Type="' + REL + 'hyperlink" '
    'Target="https://example.com/hansheng" TargetMode="External"/>'
    "</Relationships>")

# Normal, the table grid, and InternalNote: a paragraph style that hides
# its text (w:vanish), through a style it is based on.
STYLES = (
    DECL + '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts '
    'w:ascii="Calibri" w:eastAsia="PMingLiU" w:hAnsi="Calibri"/><w:sz '
    'w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name '
    'w:val="Normal"/><w:pPr><w:spacing w:after="160"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Annotation"><w:name '
    'w:val="Annotation"/><w:basedOn w:val="Normal"/><w:rPr><w:vanish/>'
    '<w:color w:val="C00000"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="InternalNote">'
    '<w:name w:val="Internal Note"/><w:basedOn w:val="Annotation"/><w:rPr>'
    '<w:i/></w:rPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table '
    'Grid"/></w:style></w:styles>' % XMLNS)

SETTINGS = (DECL + '<w:settings %s><w:trackRevisions/><w:footnotePr>'
            '<w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '</w:settings>' % XMLNS)


def notes_part(note_id, pieces):
    # the note's own number mark, then a space, as Word writes them
    mark = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteRef/></w:r>', "")
    note = paragraph([mark, (run(" ")[0], "")] + pieces)
    return (DECL + '<w:footnotes %s><w:footnote w:type="separator" w:id="-1">'
            '<w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote '
            'w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            '<w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote '
            'w:id="%d">%s</w:footnote></w:footnotes>'
            % (XMLNS, note_id, note[0]), note[1])


def header_part(text):
    p = plain(text)
    return DECL + "<w:hdr %s>%s</w:hdr>" % (XMLNS, p[0]), p[1]


def footer_part(text, page):
    p = paragraph([run(text), tab(), field("PAGE", page, shown=False)])
    return DECL + "<w:ftr %s>%s</w:ftr>" % (XMLNS, p[0]), p[1].rstrip()


SECTION = ('<w:sectPr><w:headerReference w:type="default" r:id="rId4"/>'
           '<w:footerReference w:type="default" r:id="rId5"/><w:pgSz '
           'w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
           'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
           'w:gutter="0"/></w:sectPr>')


def build(lang):
    src = os.path.join(CORPUS, "tw-results", lang + ".txt")
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")[:-1]
    note_id = 1
    blocks = (zh_blocks if lang == "zh" else en_blocks)(lines, note_id)
    body = "".join(b[0] for b in blocks)
    read = [t for b in blocks for t in b[1]]
    # the paragraphs a reader sees are those of the plain text
    assert read == lines, [(a, b) for a, b in zip(read, lines) if a != b]
    extras = EXTRAS[lang]
    notes, note_text = notes_part(note_id, extras["note"]())
    header, header_text = header_part(extras["header"])
    footer, footer_text = footer_part(*extras["footer"])
    document = (DECL + '<w:document %s><w:body>%s%s</w:body></w:document>'
                % (XMLNS, body, SECTION))
    parts = [("[Content_Types].xml", CONTENT_TYPES),
             ("_rels/.rels", PACKAGE_RELS),
             ("word/document.xml", document),
             ("word/_rels/document.xml.rels", DOCUMENT_RELS),
             ("word/styles.xml", STYLES), ("word/settings.xml", SETTINGS),
             ("word/footnotes.xml", notes), ("word/header1.xml", header),
             ("word/footer1.xml", footer)]
    with zipfile.ZipFile(os.path.join(OUT, lang + ".docx"), "w",
                         zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 20, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    # body, footnotes, headers, footers: the order zhen reads them in
    text = lines + [note_text.strip(), header_text, footer_text]
    with open(os.path.join(OUT, lang + ".txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(text) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang in ("zh", "en"):
        build(lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
