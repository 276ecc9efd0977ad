/* test_docx.c: the DOCX reader. Word files are made in memory
 * (zip_fixture.h) from WordprocessingML snippets; each case says the lines
 * the reader must give and the place of each line. Then the notes, the
 * headers and footers, the styles that hide text, every kind of bad file,
 * and the corpus files read back as the plain texts they were built from. */
#include "readers/readers.h"
#include "zhen_test.h"
#include "zip_fixture.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NS                                                                  \
	" xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/"  \
	"main' xmlns:mc='http://schemas.openxmlformats.org/markup-"          \
	"compatibility/2006' xmlns:wps='http://schemas.microsoft.com/office/" \
	"word/2010/wordprocessingShape' xmlns:wp='http://schemas."            \
	"openxmlformats.org/drawingml/2006/wordprocessingDrawing' xmlns:a='"  \
	"http://schemas.openxmlformats.org/drawingml/2006/main' xmlns:v='urn:" \
	"schemas-microsoft-com:vml' xmlns:m='http://schemas.openxmlformats."  \
	"org/officeDocument/2006/math' xmlns:r='http://schemas."              \
	"openxmlformats.org/officeDocument/2006/relationships'"

/* A paragraph of one run of text. */
#define P(text) "<w:p><w:r><w:t>" text "</w:t></w:r></w:p>"
#define R(text) "<w:r><w:t xml:space='preserve'>" text "</w:t></w:r>"

static zhen_ctx *ctx_new(void)
{
	zhen_ctx *ctx = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	return ctx;
}

/* A part of a fixture: a member's name and content. */
struct part {
	const char *name, *xml;
};

/* A DOCX whose body is @p body, with @p n more parts. */
static char *docx_make(size_t *len, const char *body, const struct part *more,
                       size_t n)
{
	static const char head[] = "<?xml version='1.0' encoding='UTF-8' "
	                           "standalone='yes'?>\n<w:document" NS
	                           "><w:body>";
	char *doc = malloc(sizeof head + strlen(body) + 32);
	sprintf(doc, "%s%s</w:body></w:document>", head, body);
	const char *names[8] = { "[Content_Types].xml", "word/document.xml" };
	const char *datas[8] = { "<Types xmlns='http://schemas.openxmlformats"
	                         ".org/package/2006/content-types'/>", doc };
	ck_assert_uint_le(n, 6);
	for (size_t i = 0; i < n; i++) {
		names[2 + i] = more[i].name;
		datas[2 + i] = more[i].xml;
	}
	char *z = zip_fixture(len, 2 + n, names, datas, NULL);
	ck_assert_ptr_nonnull(z);
	free(doc);
	return z;
}

/* The analysis text of @p d and its places joined by '|'. */
static void doc_expect(const zhen_doc *d, const char *text,
                       const char *places, const char *what)
{
	size_t len;
	const char *s = zhen_doc_bytes(d, &len);
	ck_assert_msg(len == strlen(text) && !memcmp(s, text, len),
	              "%s: text\n[%.*s]\nwant\n[%s]", what, (int)len, s, text);
	char got[1024] = "";
	size_t lines = 0;
	for (const char *p = s; p < s + len; p++)
		lines += *p == '\n';
	for (size_t i = 1; i <= lines; i++) {
		const char *pl = zhen_doc_place(d, i);
		ck_assert_msg(pl, "%s: line %zu has no place", what, i);
		if (i > 1)
			strcat(got, "|");
		strncat(got, pl, sizeof got - strlen(got) - 2);
	}
	ck_assert_ptr_null(zhen_doc_place(d, lines + 1));
	ck_assert_msg(!strcmp(got, places), "%s: places\n[%s]\nwant\n[%s]",
	              what, got, places);
}

/* Read @p body as a DOCX: the format forced, then detected. */
static void body_expect(const char *body, const char *text,
                        const char *places, const char *what)
{
	zhen_ctx *ctx = ctx_new();
	size_t len;
	char *z = docx_make(&len, body, NULL, 0);
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	for (int pass = 0; pass < 2; pass++) {
		o.format = pass ? ZHEN_FORMAT_UNKNOWN : ZHEN_FORMAT_DOCX;
		zhen_doc *d = NULL;
		int rc = zhen_doc_read_format(&d, ctx, z, len, &o);
		ck_assert_msg(rc == 0, "%s: %s", what, zhen_ctx_errmsg(ctx));
		doc_expect(d, text, places, what);
		zhen_doc_free(d);
	}
	free(z);
	zhen_ctx_free(ctx);
}

/* A text box in both markups Word writes: DrawingML in mc:Choice, VML in
 * mc:Fallback. */
#define TEXTBOX(inner)                                                      \
	"<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"          \
	"<wp:anchor><a:graphic><a:graphicData uri='http://schemas.microsoft." \
	"com/office/word/2010/wordprocessingShape'><wps:wsp><wps:txbx>"      \
	"<w:txbxContent>" inner "</w:txbxContent></wps:txbx></wps:wsp>"      \
	"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"    \
	"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" inner     \
	"</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"       \
	"</mc:AlternateContent>"

#define FLD(type) "<w:r><w:fldChar w:fldCharType='" type "'/></w:r>"
#define INSTR(code) "<w:r><w:instrText xml:space='preserve'>" code \
	"</w:instrText></w:r>"

static const struct {
	const char *what, *body, *text, *places;
} cases[] = {
	{ "runs joined", "<w:p>" R("營收") R("3") R("4億") R("元") "</w:p>",
	  "營收34億元\n", "paragraph 1" },
	{ "a figure across an insertion",
	  "<w:p>" R("up 1") "<w:ins w:id='1' w:author='a'>" R("2")
	  "</w:ins>" R("%") "</w:p>", "up 12%\n", "paragraph 1" },
	{ "deleted text left out",
	  "<w:p>" R("年增") "<w:del w:id='1' w:author='a'><w:r><w:delText>"
	  "12</w:delText></w:r></w:del><w:ins w:id='2' w:author='a'>" R("21")
	  "</w:ins>" R("％") "</w:p>", "年增21％\n", "paragraph 1" },
	{ "moved text: read where it went",
	  "<w:p><w:moveFrom w:id='1' w:author='a'>" R("7")
	  "</w:moveFrom>" R("up ") "<w:moveTo w:id='2' w:author='a'>" R("8")
	  "</w:moveTo>" R("%") "</w:p>", "up 8%\n", "paragraph 1" },
	{ "a field's code out, its result in",
	  "<w:p>" R("see ") FLD("begin") INSTR(" REF _Ref123456789 \\h ")
	  FLD("separate") R("3") R("4億") FLD("end") R(" now") "</w:p>",
	  "see 34億 now\n", "paragraph 1" },
	{ "a page number field left out whole",
	  "<w:p>" R("Page ") FLD("begin") INSTR(" PAGE ") FLD("separate")
	  R("7") FLD("end") R(" of ") FLD("begin") INSTR("NUMPAGES")
	  FLD("separate") R("12") FLD("end") "</w:p>", "Page of\n",
	  "paragraph 1" },
	{ "nested fields: the inner result inside the outer code is code",
	  "<w:p>" FLD("begin") INSTR(" IF ") FLD("begin") INSTR(" REF x ")
	  FLD("separate") R("99") FLD("end") INSTR(" = 1 \"a\" \"b\" ")
	  FLD("separate") R("b") FLD("end") "</w:p>", "b\n", "paragraph 1" },
	{ "a field without a result shows nothing",
	  "<w:p>" R("x") FLD("begin") INSTR(" XE \"2019\" ") FLD("end")
	  R("y") "</w:p>", "xy\n", "paragraph 1" },
	{ "w:fldSimple: its result kept, a page's left out",
	  "<w:p><w:fldSimple w:instr=' REF _Ref1 \\h '>" R("12")
	  "</w:fldSimple>" R(" and ") "<w:fldSimple w:instr='PAGE'>" R("3")
	  "</w:fldSimple></w:p>", "12 and\n", "paragraph 1" },
	{ "hidden text (direct formatting) left out",
	  "<w:p>" R("a") "<w:r><w:rPr><w:vanish/></w:rPr><w:t>88</w:t>"
	  "</w:r>" R("b") "<w:r><w:rPr><w:vanish w:val='0'/></w:rPr>"
	  "<w:t>5</w:t></w:r><w:r><w:rPr><w:vanish w:val='false'/></w:rPr>"
	  "<w:t>6</w:t></w:r></w:p>", "ab56\n", "paragraph 1" },
	{ "a hidden paragraph mark hides no text; old properties are old",
	  "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>" R("1")
	  "<w:r><w:rPr><w:rPrChange w:id='1' w:author='a'><w:rPr><w:vanish/>"
	  "</w:rPr></w:rPrChange></w:rPr><w:t>2</w:t></w:r></w:p>", "12\n",
	  "paragraph 1" },
	{ "tabs and breaks are spaces",
	  "<w:p>" R("2019") "<w:r><w:tab/><w:t>2020</w:t><w:br/>"
	  "<w:t>x</w:t><w:cr/><w:t>y</w:t></w:r></w:p>",
	  "2019 2020 x y\n", "paragraph 1" },
	{ "tab stops in the paragraph's properties are no text",
	  "<w:p><w:pPr><w:tabs><w:tab w:val='left' w:pos='720'/></w:tabs>"
	  "</w:pPr>" R("1") "</w:p>", "1\n", "paragraph 1" },
	{ "hyphens: the non-breaking one shows, the soft one does not",
	  "<w:p><w:r><w:t>2019</w:t><w:noBreakHyphen/><w:t>2020, 12</w:t>"
	  "<w:softHyphen/><w:t>34</w:t></w:r></w:p>", "2019-2020, 1234\n",
	  "paragraph 1" },
	{ "a symbol and a note mark part two figures",
	  "<w:p><w:r><w:t>5</w:t><w:sym w:font='Wingdings' w:char='F0B7'/>"
	  "<w:t>6</w:t></w:r>" R(" 2023")
	  "<w:r><w:footnoteReference w:id='1'/></w:r>" R("5") "</w:p>",
	  "5 6 2023 5\n", "paragraph 1" },
	{ "entities and character references decoded, never figures",
	  "<w:p>" R("NT&#36;5&#160;億 &amp; &#x31;0%") "</w:p>",
	  "NT$5\xC2\xA0億 & 10%\n", "paragraph 1" },
	{ "empty paragraphs make no line and are not counted",
	  P("a") "<w:p/><w:p><w:r><w:t xml:space='preserve'>  </w:t></w:r>"
	  "</w:p><w:p><w:r><w:t>\xE3\x80\x80</w:t></w:r></w:p>"
	  "<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>9</w:t></w:r></w:p>"
	  "<w:p><w:pPr><w:pStyle w:val='x'/></w:pPr></w:p>" P("b"),
	  "a\nb\n", "paragraph 1|paragraph 2" },
	{ "a table's cells, paragraph by paragraph",
	  P("before") "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>"
	  "<w:tr><w:tc><w:tcPr/>" P("11") "</w:tc><w:tc>" P("12") "<w:p/>"
	  P("12b") "</w:tc></w:tr><w:tr><w:tc><w:p/></w:tc><w:tc>" P("22")
	  "</w:tc></w:tr></w:tbl>" P("after") "<w:tbl><w:tr><w:tc>" P("x")
	  "</w:tc></w:tr></w:tbl>",
	  "before\n11\n12\n12b\n22\nafter\nx\n",
	  "paragraph 1|table 1, row 1, cell 1|table 1, row 1, cell 2|"
	  "table 1, row 1, cell 2, paragraph 2|table 1, row 2, cell 2|"
	  "paragraph 2|table 2, row 1, cell 1" },
	{ "a table in a cell",
	  "<w:tbl><w:tr><w:tc>" P("a") "<w:tbl><w:tr><w:tc>" P("b")
	  "</w:tc><w:tc>" P("c") "</w:tc></w:tr></w:tbl></w:tc></w:tr>"
	  "</w:tbl>", "a\nb\nc\n",
	  "table 1, row 1, cell 1|table 1, row 1, cell 1, table 1, row 1, "
	  "cell 1|table 1, row 1, cell 1, table 1, row 1, cell 2" },
	{ "rows and cells inside content controls",
	  "<w:tbl><w:sdt><w:sdtPr><w:alias w:val='r'/></w:sdtPr>"
	  "<w:sdtContent><w:tr><w:sdt><w:sdtContent><w:tc>" P("7")
	  "</w:tc></w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>"
	  "</w:tbl>", "7\n", "table 1, row 1, cell 1" },
	{ "a text box read once, after its paragraph",
	  "<w:p>" R("錨") "<w:r>" TEXTBOX(P("框內12%") P("第二段"))
	  "</w:r>" R("段") "</w:p>" P("next") "<w:p><w:r>"
	  TEXTBOX(P("box 2")) "</w:r></w:p>",
	  "錨段\n框內12%\n第二段\nnext\nbox 2\n",
	  "paragraph 1|text box 1|text box 1, paragraph 2|paragraph 2|"
	  "text box 2" },
	{ "a text box anchored in an empty paragraph, in its place",
	  P("a") "<w:p><w:r>" TEXTBOX(P("box")) "</w:r></w:p>" P("b"),
	  "a\nbox\nb\n", "paragraph 1|text box 1|paragraph 2" },
	{ "a text box in a text box, in reading order",
	  "<w:p>" R("p") "<w:r>" TEXTBOX("<w:p>" R("q1") "<w:r>"
	  TEXTBOX(P("r1")) "</w:r></w:p>" P("q2")) "</w:r></w:p>",
	  "p\nq1\nr1\nq2\n",
	  "paragraph 1|text box 1|text box 2|text box 1, paragraph 2" },
	{ "a VML text box alone, and one in deleted text",
	  "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" P("v1")
	  "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
	  "<w:p><w:del w:id='1' w:author='a'><w:r><w:pict><v:shape><v:textbox>"
	  "<w:txbxContent>" P("gone") "</w:txbxContent></v:textbox></v:shape>"
	  "</w:pict></w:r></w:del></w:p>", "v1\n", "text box 1" },
	{ "a content control's text is text, its settings are not",
	  "<w:sdt><w:sdtPr><w:alias w:val='Total'/><w:placeholder><w:docPart"
	  " w:val='9'/></w:placeholder></w:sdtPr><w:sdtContent>" P("34億")
	  "</w:sdtContent></w:sdt><w:p><w:sdt><w:sdtPr><w:rPr><w:vanish/>"
	  "</w:rPr></w:sdtPr><w:sdtContent>" R("5")
	  "</w:sdtContent></w:sdt></w:p>", "34億\n5\n",
	  "paragraph 1|paragraph 2" },
	{ "hyperlinks, smart tags, custom XML: their text",
	  "<w:p><w:hyperlink r:id='rId9'>" R("3") "</w:hyperlink><w:smartTag"
	  " w:element='x'>" R("4") "</w:smartTag><w:customXml w:element='y'>"
	  R("%") "</w:customXml></w:p>", "34%\n", "paragraph 1" },
	{ "ruby: the base, not the reading above it",
	  "<w:p><w:r><w:ruby><w:rubyPr><w:hps w:val='10'/></w:rubyPr><w:rt>"
	  "<w:r><w:t>shí</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>十</w:t>"
	  "</w:r></w:rubyBase></w:ruby></w:r>" R("年") "</w:p>", "十年\n",
	  "paragraph 1" },
	{ "an equation left out, as a gap",
	  "<w:p>" R("x 2") "<m:oMath><m:r><m:t>3</m:t></m:r></m:oMath>"
	  R("4 y") "</w:p><m:oMathPara><m:oMath><m:r><m:t>5</m:t></m:r>"
	  "</m:oMath></m:oMathPara>" P("z"), "x 2 4 y\nz\n",
	  "paragraph 1|paragraph 2" },
	{ "an alternative: the first branch only",
	  "<w:p><mc:AlternateContent><mc:Choice Requires='w14'>" R("1")
	  "</mc:Choice><mc:Choice Requires='w15'>" R("2") "</mc:Choice>"
	  "<mc:Fallback>" R("3") "</mc:Fallback></mc:AlternateContent></w:p>"
	  "<w:p><mc:AlternateContent><mc:Fallback>" R("4") "</mc:Fallback>"
	  "</mc:AlternateContent></w:p>", "1\n4\n",
	  "paragraph 1|paragraph 2" },
	{ "other namespaces' t is no text",
	  "<w:p>" R("a") "<w:r><w:drawing><a:t>77</a:t></w:drawing>"
	  "</w:r>" R("b") "</w:p>", "a b\n", "paragraph 1" },
	{ "control characters a 1.0 parser lets through become spaces",
	  "<w:p>" R("a\x7F" "b") "</w:p>", "a b\n", "paragraph 1" },
	{ "an unfinished field hides the rest, and no more",
	  P("a") "<w:p>" R("b") FLD("begin") INSTR("PAGE") R("c") "</w:p>"
	  P("d"), "a\nb\n", "paragraph 1|paragraph 2" },
};

START_TEST(body_table)
{
	body_expect(cases[_i].body, cases[_i].text, cases[_i].places,
	            cases[_i].what);
}
END_TEST

/* ---- notes, headers and footers, styles ---- */

static const char rels_notes[] =
	"<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/"
	"relationships'>"
	"<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/footnotes' Target='footnotes.xml'/>"
	"<Relationship Id='rId2' Type='http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/endnotes' Target='/word/notes/"
	"end.xml'/>"
	"<Relationship Id='rId3' Type='http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/header' Target='header1.xml'/>"
	"<Relationship Id='rId4' Type='http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/header' Target='./header2.xml'/>"
	"<Relationship Id='rId5' Type='http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/footer' Target='../word/footer1.xml'"
	"/>"
	"<Relationship Id='rId6' Type='http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/hyperlink' Target='http://x/' "
	"TargetMode='External'/>"
	"</Relationships>";

/* Word's notes part: the separators first (ids -1 and 0), then the notes
 * in any order; the numbers shown follow the references. */
static const char footnotes[] =
	"<w:footnotes" NS ">"
	"<w:footnote w:type='separator' w:id='-1'><w:p><w:r><w:separator/>"
	"</w:r></w:p></w:footnote>"
	"<w:footnote w:type='continuationSeparator' w:id='0'><w:p><w:r>"
	"<w:continuationSeparator/></w:r></w:p></w:footnote>"
	"<w:footnote w:id='1'><w:p><w:r><w:footnoteRef/></w:r>"
	R(" 第二個註：3") R("4億") "</w:p>" P("第二段") "</w:footnote>"
	"<w:footnote w:id='2'><w:p><w:r><w:footnoteRef/></w:r>" R(" 首註12")
	"</w:p></w:footnote>"
	"<w:footnote w:id='5'>" P("never referred to") "</w:footnote>"
	"<w:footnote w:id='6'>" P("only in deleted text") "</w:footnote>"
	"</w:footnotes>";

static const char endnotes[] =
	"<w:endnotes" NS "><w:endnote w:id='3'>" P("尾註7") "</w:endnote>"
	"</w:endnotes>";

START_TEST(notes_and_sections)
{
	const char *body =
		"<w:p>" R("a") "<w:r><w:footnoteReference w:id='2'/></w:r>"
		R("b") "<w:r><w:endnoteReference w:id='3'/></w:r>"
		"<w:del w:id='9' w:author='x'><w:r><w:footnoteReference "
		"w:id='6'/></w:r></w:del></w:p>"
		"<w:p><w:pPr><w:sectPr><w:headerReference w:type='default' "
		"r:id='rId3'/><w:footerReference w:type='default' r:id='rId5'/>"
		"</w:sectPr></w:pPr>" R("c")
		"<w:r><w:footnoteReference w:id='1'/></w:r></w:p>"
		"<w:tbl><w:tr><w:tc>" P("t") "</w:tc></w:tr></w:tbl>"
		"<w:sectPr><w:headerReference w:type='default' r:id='rId4'/>"
		"<w:headerReference w:type='first' r:id='rId3'/>"
		"<w:footerReference w:type='default' r:id='rId5'/>"
		"<w:footerReference w:type='even' r:id='rId99'/></w:sectPr>";
	const struct part parts[] = {
		{ "word/_rels/document.xml.rels", rels_notes },
		{ "word/footnotes.xml", footnotes },
		{ "word/notes/end.xml", endnotes },
		{ "word/header1.xml", "<w:hdr" NS ">" P("年報2023") "</w:hdr>" },
		{ "word/header2.xml", "<w:hdr" NS ">" P("h2") "<w:p><w:r><w:t>"
		  "第</w:t></w:r><w:fldSimple w:instr=' PAGE '><w:r><w:t>1</w:t>"
		  "</w:r></w:fldSimple><w:r><w:t>頁</w:t></w:r></w:p></w:hdr>" },
		{ "word/footer1.xml", "<w:ftr" NS "><w:tbl><w:tr><w:tc>" P("f")
		  "</w:tc></w:tr></w:tbl></w:ftr>" },
	};
	zhen_ctx *ctx = ctx_new();
	size_t len;
	char *z = docx_make(&len, body, parts, 6);
	zhen_doc *d = NULL;
	ck_assert_int_eq(zhen_doc_read_format(&d, ctx, z, len, NULL), 0);
	doc_expect(d, "a b\nc\nt\n首註12\n第二個註：34億\n第二段\n尾註7\n"
	           "年報2023\nh2\n第頁\nf\n",
	           "paragraph 1|paragraph 2|table 1, row 1, cell 1|"
	           "footnote 1|footnote 2|footnote 2, paragraph 2|endnote 1|"
	           "header 1|header 2|header 2, paragraph 2|"
	           "footer, table 1, row 1, cell 1", "notes and sections");
	zhen_doc_free(d);
	free(z);
	zhen_ctx_free(ctx);
}
END_TEST

static const char styles[] =
	"<w:styles" NS "><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val='20'"
	"/></w:rPr></w:rPrDefault></w:docDefaults>"
	"<w:style w:type='paragraph' w:default='1' w:styleId='Normal'>"
	"<w:name w:val='Normal'/></w:style>"
	"<w:style w:type='paragraph' w:styleId='Hid'><w:basedOn w:val='Normal'"
	"/><w:rPr><w:vanish/></w:rPr></w:style>"
	"<w:style w:type='paragraph' w:styleId='HidToo'><w:basedOn w:val="
	"'Hid'/></w:style>"
	"<w:style w:type='paragraph' w:styleId='Shown'><w:basedOn w:val='Hid'"
	"/><w:rPr><w:vanish w:val='0'/></w:rPr></w:style>"
	"<w:style w:type='character' w:styleId='HidChar'><w:rPr><w:vanish/>"
	"</w:rPr></w:style>"
	"<w:style w:type='character' w:styleId='Loop'><w:basedOn w:val='Loop2'"
	"/></w:style><w:style w:type='character' w:styleId='Loop2'>"
	"<w:basedOn w:val='Loop'/></w:style>"
	"</w:styles>";

START_TEST(hidden_by_styles)
{
	const char *body =
		"<w:p>" R("a") "<w:r><w:rPr><w:rStyle w:val='HidChar'/></w:rPr>"
		"<w:t>1</w:t></w:r><w:r><w:rPr><w:rStyle w:val='HidChar'/>"
		"<w:vanish w:val='0'/></w:rPr><w:t>2</w:t></w:r>"
		"<w:r><w:rPr><w:rStyle w:val='Loop'/></w:rPr><w:t>3</w:t></w:r>"
		"</w:p>"
		"<w:p><w:pPr><w:pStyle w:val='Hid'/></w:pPr>" R("4") "</w:p>"
		"<w:p><w:pPr><w:pStyle w:val='HidToo'/></w:pPr>" R("5") "</w:p>"
		"<w:p><w:pPr><w:pStyle w:val='Shown'/></w:pPr>" R("6") "</w:p>"
		/* a toggle: hidden by the paragraph's style and again by the
		 * run's, the text shows (ECMA-376 §17.7.3) */
		"<w:p><w:pPr><w:pStyle w:val='Hid'/></w:pPr>"
		"<w:r><w:rPr><w:rStyle w:val='HidChar'/></w:rPr><w:t>7</w:t>"
		"</w:r><w:r><w:rPr><w:vanish w:val='0'/></w:rPr><w:t>8</w:t>"
		"</w:r></w:p>";
	const struct part parts[] = { { "word/styles.xml", styles } };
	zhen_ctx *ctx = ctx_new();
	size_t len;
	char *z = docx_make(&len, body, parts, 1);
	zhen_doc *d = NULL;
	ck_assert_int_eq(zhen_doc_read_format(&d, ctx, z, len, NULL), 0);
	doc_expect(d, "a23\n6\n78\n", "paragraph 1|paragraph 2|paragraph 3",
	           "styles");
	zhen_doc_free(d);
	free(z);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- bad files ---- */

/* Reading @p bytes fails with ZHEN_EINPUT and a one-line message holding
 * @p needle; no document comes out. */
static void refused(zhen_ctx *ctx, const char *bytes, size_t len,
                    const zhen_read_options *o, const char *needle)
{
	zhen_doc *d = (zhen_doc *)1;
	int rc = zhen_doc_read_format(&d, ctx, bytes, len, o);
	const char *msg = zhen_ctx_errmsg(ctx);
	ck_assert_msg(rc == ZHEN_EINPUT, "want EINPUT for '%s', got %d (%s)",
	              needle, rc, msg);
	ck_assert_ptr_null(d);
	ck_assert_msg(strstr(msg, needle), "'%s' not in: %s", needle, msg);
	ck_assert_msg(!strchr(msg, '\n'), "two lines: %s", msg);
}

START_TEST(bad_zips)
{
	zhen_ctx *ctx = ctx_new();
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = ZHEN_FORMAT_DOCX;
	refused(ctx, "PK\x03\x04garbage", 11, &o, "broken ZIP");
	size_t len;
	char *z = docx_make(&len, P("營收34億元"), NULL, 0);
	refused(ctx, z, len / 2, &o, "broken ZIP"); /* cut short */
	free(z);

	/* a ZIP, but no Word document in it */
	const char *names[] = { "xl/workbook.xml" };
	const char *datas[] = { "<workbook/>" };
	z = zip_fixture(&len, 1, names, datas, NULL);
	refused(ctx, z, len, &o, "no word/document.xml");
	free(z);

	/* a password-protected DOCX is an OLE compound file: refused as one,
	 * detected or forced */
	static const char ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
	                          "\0\0\0\0EncryptedPackage";
	refused(ctx, ole, sizeof ole - 1, NULL, "password-protected");
	refused(ctx, ole, sizeof ole - 1, &o, "password-protected");
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(bad_xml)
{
	zhen_ctx *ctx = ctx_new();
	size_t len, line = 0;
	/* the body starts on line 2 of document.xml; the error is on 3 */
	char *z = docx_make(&len, P("a") "\n<w:p><w:r><w:t>x</w:r></w:p>",
	                    NULL, 0);
	refused(ctx, z, len, NULL, "word/document.xml");
	ck_assert_msg(strstr(zhen_ctx_errmsg(ctx), "line 3"), "%s",
	              zhen_ctx_errmsg(ctx));
	zhen_ctx_errpos(ctx, &line, NULL);
	ck_assert_uint_eq(line, 3);
	free(z);

	/* a note part broken: its own name in the message */
	const struct part bad_notes[] = {
		{ "word/footnotes.xml", "<w:footnotes" NS "><w:footnote w:id='1'>"
		  "<w:p></w:footnote>" },
	};
	z = docx_make(&len, "<w:p><w:r><w:footnoteReference w:id='1'/></w:r>"
	              "</w:p>", bad_notes, 1);
	refused(ctx, z, len, NULL, "word/footnotes.xml");
	free(z);

	/* entities declared in the file: never expanded (billion laughs) */
	const char *names[] = { "word/document.xml" };
	const char *datas[] = {
		"<?xml version='1.0'?><!DOCTYPE d [<!ENTITY a '1234567890'>"
		"<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]><w:document" NS
		"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body>"
		"</w:document>" };
	z = zip_fixture(&len, 1, names, datas, NULL);
	refused(ctx, z, len, NULL, "entities");
	free(z);

	/* bytes that libxml2 takes for UCS-4 and cannot convert: refused
	 * with the member's name and line, and nothing printed (libxml2
	 * reports encoding errors to its global handler, which writes on
	 * stderr; the fuzzer's corpus found it) */
	const size_t ucs4_len[] = { 5 };
	const char *ucs4[] = { "<\0\0\0>" };
	z = zip_fixture(&len, 1, names, ucs4, ucs4_len);
	ck_assert_ptr_nonnull(z);
	FILE *err = tmpfile();
	ck_assert_ptr_nonnull(err);
	fflush(stderr);
	int saved = dup(2);
	dup2(fileno(err), 2);
	refused(ctx, z, len, NULL, "word/document.xml (XML: input conversion "
	        "failed");
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	ck_assert_msg(ftell(err) == 0 && lseek(fileno(err), 0, SEEK_END) == 0,
	              "libxml2 wrote on stderr");
	fclose(err);
	free(z);

	/* nesting deeper than the XML parser allows */
	struct zhen__buf b = { 0 };
	for (int i = 0; i < 5000; i++)
		zhen__buf_str(&b, "<w:sdt><w:sdtContent>");
	zhen__buf_str(&b, P("deep"));
	for (int i = 0; i < 5000; i++)
		zhen__buf_str(&b, "</w:sdtContent></w:sdt>");
	z = docx_make(&len, b.p, NULL, 0);
	refused(ctx, z, len, NULL, "word/document.xml");
	free(z);
	zhen__buf_free(&b);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(big_files)
{
	zhen_ctx *ctx = ctx_new();
	/* one paragraph of 4 MB: read whole, one line */
	static const char piece[] = "34億元 12 ";
	size_t pl = sizeof piece - 1, k = (4u << 20) / pl, len;
	struct zhen__buf b = { 0 };
	zhen__buf_str(&b, "<w:p><w:r><w:t>");
	for (size_t i = 0; i < k; i++)
		zhen__buf_add(&b, piece, pl);
	zhen__buf_str(&b, "</w:t></w:r></w:p>" P("end"));
	char *z = docx_make(&len, b.p, NULL, 0);
	zhen_doc *d = NULL;
	ck_assert_int_eq(zhen_doc_read_format(&d, ctx, z, len, NULL), 0);
	ck_assert_uint_eq(zhen_doc_paragraph_count(d), 2);
	ck_assert_uint_eq(zhen_doc_paragraph(d, 0)->len, k * pl - 1);
	ck_assert_str_eq(zhen_doc_place(d, 2), "paragraph 2");
	zhen_doc_free(d);

	/* the same under a zip limit of 1 MiB: a ZIP bomb, stopped */
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.zip_limit = 1u << 20;
	refused(ctx, z, len, &o, "ZIP bomb");
	ck_assert_msg(strstr(zhen_ctx_errmsg(ctx), "word/document.xml"), "%s",
	              zhen_ctx_errmsg(ctx));
	free(z);
	zhen__buf_free(&b);

	/* no paragraph at all: a document without lines */
	z = docx_make(&len, "<w:p/><w:sectPr/>", NULL, 0);
	ck_assert_int_eq(zhen_doc_read_format(&d, ctx, z, len, NULL), 0);
	ck_assert_uint_eq(zhen_doc_paragraph_count(d), 0);
	ck_assert_ptr_null(zhen_doc_place(d, 1));
	zhen_doc_free(d);
	free(z);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- the corpus ---- */

/* A file of the source tree, whole (NUL-terminated). */
static char *slurp(const char *rel, size_t *len)
{
	const char *root = getenv("ZHEN_SOURCE");
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", root ? root : ".", rel);
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f, "cannot open %s", path);
	struct zhen__buf b = { 0 };
	char piece[65536];
	size_t n;
	while ((n = fread(piece, 1, sizeof piece, f)) > 0)
		zhen__buf_add(&b, piece, n);
	fclose(f);
	zhen__buf_add(&b, "", 1);
	*len = b.len - 1;
	return b.p;
}

static zhen_doc *corpus_docx(zhen_ctx *ctx, const char *lang)
{
	char rel[64];
	size_t len;
	snprintf(rel, sizeof rel, "corpus/formats/docx/%s.docx", lang);
	char *bytes = slurp(rel, &len);
	zhen_doc *d = NULL;
	ck_assert_msg(zhen_doc_read_format(&d, ctx, bytes, len, NULL) == 0,
	              "%s: %s", rel, zhen_ctx_errmsg(ctx));
	free(bytes);
	return d;
}

/* zh.docx and en.docx read back exactly as zh.txt and en.txt, which are
 * corpus/tw-results' 16 paragraphs and then the footnote, the header and
 * the footer; each line named as a Word user finds it. */
START_TEST(corpus_text)
{
	static const char places[] =
		"paragraph 1|paragraph 2|paragraph 3|paragraph 4|paragraph 5|"
		"paragraph 6|paragraph 7|paragraph 8|paragraph 9|text box 1|"
		"paragraph 10|table 1, row 1, cell 1|table 1, row 2, cell 1|"
		"paragraph 11|paragraph 12|paragraph 13|footnote 1|header|footer";
	const char *lang = _i ? "en" : "zh";
	zhen_ctx *ctx = ctx_new();
	zhen_doc *d = corpus_docx(ctx, lang);
	char rel[64];
	size_t len, tw_len;
	snprintf(rel, sizeof rel, "corpus/formats/docx/%s.txt", lang);
	char *want = slurp(rel, &len);
	doc_expect(d, want, places, rel);
	snprintf(rel, sizeof rel, "corpus/tw-results/%s.txt", lang);
	char *tw = slurp(rel, &tw_len);
	ck_assert_uint_lt(tw_len, len); /* its 16 lines open the text read */
	ck_assert_int_eq(memcmp(tw, zhen_doc_bytes(d, NULL), tw_len), 0);
	free(tw);
	free(want);
	zhen_doc_free(d);
	zhen_ctx_free(ctx);
}
END_TEST

/* The Word pair gives the findings the plain texts give: the same types,
 * severities and spans (corpus/README.md lists them for tw-results). */
START_TEST(corpus_findings)
{
	zhen_ctx *ctx = ctx_new();
	zhen_doc *docx[2] = { corpus_docx(ctx, "zh"), corpus_docx(ctx, "en") };
	zhen_doc *txt[2];
	for (int i = 0; i < 2; i++) {
		size_t len;
		char *b = slurp(i ? "corpus/formats/docx/en.txt"
		                  : "corpus/formats/docx/zh.txt", &len);
		ck_assert_int_eq(zhen_doc_from_bytes(&txt[i], ctx, b, len), 0);
		free(b);
	}
	zhen_result *a = NULL, *b = NULL;
	ck_assert_int_eq(zhen_check_documents(&a, ctx, docx[0], docx[1], NULL),
	                 0);
	ck_assert_int_eq(zhen_check_documents(&b, ctx, txt[0], txt[1], NULL), 0);
	const zhen_findings *fa = zhen_result_findings(a);
	const zhen_findings *fb = zhen_result_findings(b);
	size_t n = zhen_findings_count(fa), errors = 0;
	ck_assert_uint_eq(n, zhen_findings_count(fb));
	for (size_t i = 0; i < n; i++) {
		const zhen_finding *x = zhen_findings_get(fa, i);
		const zhen_finding *y = zhen_findings_get(fb, i);
		ck_assert_int_eq(x->type, y->type);
		ck_assert_int_eq(x->severity, y->severity);
		ck_assert_int_eq(x->has_zh, y->has_zh);
		ck_assert_int_eq(x->has_en, y->has_en);
		ck_assert_uint_eq(x->zh.start, y->zh.start);
		ck_assert_uint_eq(x->en.start, y->en.start);
		errors += x->severity == ZHEN_SEV_ERROR;
	}
	ck_assert_uint_eq(errors, 6); /* corpus/README.md: tw-results */
	ck_assert_uint_eq(n, 9);
	zhen_result_free(a);
	zhen_result_free(b);
	for (int i = 0; i < 2; i++) {
		zhen_doc_free(docx[i]);
		zhen_doc_free(txt[i]);
	}
	zhen_ctx_free(ctx);
}
END_TEST

static Suite *docx_suite(void)
{
	Suite *s = suite_create("docx");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, body_table, 0,
	                    (int)(sizeof cases / sizeof *cases));
	tcase_add_test(tc, notes_and_sections);
	tcase_add_test(tc, hidden_by_styles);
	tcase_add_test(tc, bad_zips);
	tcase_add_test(tc, bad_xml);
	tcase_add_test(tc, big_files);
	tcase_add_loop_test(tc, corpus_text, 0, 2);
	tcase_add_test(tc, corpus_findings);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(docx_suite());
}
