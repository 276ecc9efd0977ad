/* test_tables.c: bilingual tables read into units — CSV and TSV
 * (src/readers/table.c), XLSX (xlsx.c, xlsx_num.c), and the column
 * choice they share (columns.c): quoting, line ends, encodings, headers
 * in both languages, columns from the text, the columns option, bad rows,
 * cells of every kind, places, bad workbooks, and the corpus files read
 * back as the plain texts they were built from. */
#include "readers/columns.h"
#include "readers/xlsx.h"
#include "readers_fixture.h"
#include "zhen_test.h"
#include "zip_fixture.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The units, one a line: "where|zh|en|flags" plus "|id" when there is
 * one, for comparing with a table of expectations. */
static char *units_text(const zhen_units *u)
{
	struct zhen__buf b = { 0 };
	for (size_t i = 0; i < zhen_units_count(u); i++) {
		const zhen_unit *x = zhen_units_get(u, i);
		zhen__buf_printf(&b, "%s|%s|%s|%u", x->where, x->zh, x->en,
		                 x->flags);
		if (x->id)
			zhen__buf_printf(&b, "|%s", x->id);
		zhen__buf_add(&b, "\n", 1);
	}
	zhen__buf_add(&b, "", 0);
	return b.p;
}

/* ---- CSV and TSV: tables of cases ---- */

static const struct {
	zhen_format f;
	const char *columns;
	int header;
	const char *in;
	const char *want; /* units_text(), or the error's words */
	int rc;
} tables[] = {
	/* RFC 4180: quotes, doubled quotes, commas and line breaks inside,
	 * CRLF; a header naming the languages */
	{ ZHEN_FORMAT_CSV, NULL, -1,
	  "中文,English\r\n\"營收34億元，年增21%\",\"Revenue of NT$3.4 "
	  "billion, up 21%\"\r\n\"他說\"\"34\"\"\",\"He said \"\"34\"\"\"\r\n"
	  "\"第一行\r\n第二行\",\"line one\r\nline two\"\r\n",
	  "row 2|營收34億元，年增21%|Revenue of NT$3.4 billion, up 21%|0\n"
	  "row 3|他說\"34\"|He said \"34\"|0\n"
	  "row 4|第一行第二行|line one line two|0\n", 0 },
	/* a BOM, the header the other way round, no final line end */
	{ ZHEN_FORMAT_CSV, NULL, -1,
	  "\xEF\xBB\xBF" "English,中文\nup 5%,增長5%\nthree,三",
	  "row 2|增長5%|up 5%|0\nrow 3|三|three|0\n", 0 },
	/* header words: tags, Chinese compounds, an id column, spaces */
	{ ZHEN_FORMAT_CSV, NULL, -1,
	  "No.,Source (zh-TW),Target [en-US]\n7,五年,five years\n",
	  "row 2|五年|five years|0|7\n", 0 },
	{ ZHEN_FORMAT_CSV, NULL, -1,
	  "編號,中文原文,英文譯文,備註\nA-1,五年,five years,x\n",
	  "row 2|五年|five years|0|A-1\n", 0 },
	{ ZHEN_FORMAT_CSV, NULL, -1,
	  "Traditional Chinese , English text\n五年,five years\n",
	  "row 2|五年|five years|0\n", 0 },
	/* title rows above the header are not units */
	{ ZHEN_FORMAT_CSV, NULL, -1,
	  "2023年報 數字核對,\n,\nEnglish,繁體中文\nfive,五\n",
	  "row 4|五|five|0\n", 0 },
	/* no header: the column mostly Han, the column mostly Latin */
	{ ZHEN_FORMAT_CSV, NULL, -1,
	  "1,Revenue rose 5%,營收增長5%\n2,Three years,三年\n",
	  "row 1|營收增長5%|Revenue rose 5%|0\nrow 2|三年|Three years|0\n", 0 },
	/* "Source","Target": a header, the text tells which is which */
	{ ZHEN_FORMAT_CSV, NULL, -1, "Source,Target\nup 5%,增長5%\n",
	  "row 2|增長5%|up 5%|0\n", 0 },
	/* blank rows and rows of empty fields: skipped, still counted;
	 * English alone: no unit; Chinese alone: untranslated */
	{ ZHEN_FORMAT_CSV, NULL, -1,
	  "zh,en\n\n五,five\n,\n  \n只有中文,\n,only English\n六,\n",
	  "row 3|五|five|0\nrow 6|只有中文||1\nrow 8|六||1\n", 0 },
	/* lone CR line ends (old Mac, some exports) */
	{ ZHEN_FORMAT_CSV, NULL, -1, "zh,en\r五,five\r\"六\r七\",six\r",
	  "row 2|五|five|0\nrow 3|六七|six|0\n", 0 },
	/* the options: columns by position and by letter, the header */
	{ ZHEN_FORMAT_CSV, "id,zh,en", -1, "id,zh,en\n9,五,five\n",
	  "row 2|五|five|0|9\n", 0 },
	{ ZHEN_FORMAT_CSV, "x,en,zh", 0, "note,five,五\n",
	  "row 1|五|five|0\n", 0 },
	{ ZHEN_FORMAT_CSV, "C=zh,b=EN", -1, "a,five,五\n",
	  "row 1|五|five|0\n", 0 },
	{ ZHEN_FORMAT_CSV, NULL, 0, "中文,English\n五,five\n",
	  "row 1|中文|English|0\nrow 2|五|five|0\n", 0 },
	{ ZHEN_FORMAT_CSV, "zh,en", 1, "甲,乙\n五,five\n",
	  "row 2|五|five|0\n", 0 },
	{ ZHEN_FORMAT_CSV, NULL, 1, "Column 1,Column 2\n五,five\n",
	  "row 2|五|five|0\n", 0 },
	/* bad rows name the row and its line */
	{ ZHEN_FORMAT_CSV, NULL, -1, "zh,en\n五,five\n六\n",
	  "CSV row 3 (line 3) has 1 field; the English is field 2",
	  ZHEN_EINPUT },
	{ ZHEN_FORMAT_CSV, NULL, -1, "zh,en\n\"五\n\",\"fi\"ve\"\n",
	  "CSV row 2 (line 3): a quote inside an unquoted field, or text "
	  "after a closing quote", ZHEN_EINPUT },
	{ ZHEN_FORMAT_CSV, NULL, -1, "zh,en\n五,fi\"ve\n",
	  "CSV row 2 (line 2): a quote inside", ZHEN_EINPUT },
	{ ZHEN_FORMAT_CSV, NULL, -1, "zh,en\n五,five\n六,\"six\n\n",
	  "CSV row 3 (line 3): a quoted field that never ends", ZHEN_EINPUT },
	{ ZHEN_FORMAT_CSV, NULL, -1, "1,2\n3,4\n",
	  "cannot tell the Chinese column from the English", ZHEN_EINPUT },
	/* one language: the column it lacks is named */
	{ ZHEN_FORMAT_CSV, NULL, -1, "a,b\n1,2\nx,y\n",
	  "CSV: no Chinese column (the English is column A, by its text)",
	  ZHEN_EINPUT },
	{ ZHEN_FORMAT_CSV, NULL, -1, "中文\n五\n六\n",
	  "CSV: no English column (the Chinese is column A, by its header)",
	  ZHEN_EINPUT },
	{ ZHEN_FORMAT_CSV, NULL, -1, "five\nsix\n",
	  "CSV: no Chinese column (the English is column A, by its text)",
	  ZHEN_EINPUT },
	{ ZHEN_FORMAT_TSV, NULL, -1, "zh\tnote\n五\t甲\n",
	  "TSV: no English column (the Chinese is column A, by its header)",
	  ZHEN_EINPUT },
	{ ZHEN_FORMAT_CSV, NULL, -1, "zh,en\n五,fi\x01ve\n",
	  "control", ZHEN_EINPUT },
	/* a form feed or vertical tab, which text may hold, is a space */
	{ ZHEN_FORMAT_CSV, NULL, -1, "zh,en\n五\f,five\vsix\n",
	  "row 2|五|five six|0\n", 0 },
	{ ZHEN_FORMAT_CSV, "zh,zh,en", -1, "a,b,c\n", "name zh twice",
	  ZHEN_EUSAGE },
	{ ZHEN_FORMAT_CSV, "zh", -1, "a\n", "name no en column", ZHEN_EUSAGE },
	{ ZHEN_FORMAT_CSV, "B=zh,en", -1, "a\n", "by letter", ZHEN_EUSAGE },
	{ ZHEN_FORMAT_CSV, "ZZZZ=zh,A=en", -1, "a\n", "names no column",
	  ZHEN_EUSAGE },
	{ ZHEN_FORMAT_CSV, "A=zh,A=en", -1, "a\n", "two roles", ZHEN_EUSAGE },
	/* TSV: quotes are text unless they make a well-formed quoted field */
	{ ZHEN_FORMAT_TSV, NULL, -1,
	  "中文\tEnglish\n他說\"34\"\t\"We grew 34%,\" he said\n"
	  "\"五\"\t\"five\tor \"\"5\"\"\nfive\"\n六\tsix\t\n",
	  "row 2|他說\"34\"|\"We grew 34%,\" he said|0\n"
	  "row 3|五|five or \"5\" five|0\nrow 4|六|six|0\n", 0 },
	{ ZHEN_FORMAT_TSV, NULL, -1, "五\tfive\r\n六\t\"six\"\r\n",
	  "row 1|五|five|0\nrow 2|六|six|0\n", 0 },
	{ ZHEN_FORMAT_TSV, NULL, -1, "五\tfive\n六 six\n",
	  "TSV row 2 (line 2) has 1 field; the English is field 2",
	  ZHEN_EINPUT },
};

START_TEST(table_cases)
{
	zhen_ctx *ctx = ctx_new();
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = tables[_i].f;
	o.columns = tables[_i].columns;
	o.header = tables[_i].header;
	zhen_units *u = (zhen_units *)1;
	const char *in = tables[_i].in;
	int rc = zhen_units_read(&u, ctx, in, strlen(in), &o);
	ck_assert_msg(rc == tables[_i].rc, "case %d: %d %s", _i, rc,
	              zhen_ctx_errmsg(ctx));
	if (rc < 0) {
		ck_assert_ptr_null(u);
		ck_assert_msg(strstr(zhen_ctx_errmsg(ctx), tables[_i].want),
		              "case %d: %s", _i, zhen_ctx_errmsg(ctx));
	} else {
		char *got = units_text(u);
		ck_assert_msg(!strcmp(got, tables[_i].want), "case %d:\n%s", _i,
		              got);
		free(got);
	}
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

/* Lines, byte offsets and errors' positions point into the file. */
START_TEST(csv_positions)
{
	static const char in[] = "zh,en\n"
	                         "\"五\n六\", \"five\n\nsix\"\n"
	                         "七,seven\n";
	zhen_ctx *ctx = ctx_new();
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = ZHEN_FORMAT_CSV;
	zhen_units *u = NULL;
	ck_assert_int_eq(zhen_units_read(&u, ctx, in, sizeof in - 1, &o), 0);
	ck_assert_uint_eq(zhen_units_count(u), 2);
	const zhen_unit *a = zhen_units_get(u, 0), *b = zhen_units_get(u, 1);
	ck_assert_str_eq(a->where, "row 2");
	ck_assert_uint_eq(a->line, 2);
	ck_assert_uint_eq(a->zh_src, 6);          /* its opening quote */
	ck_assert_uint_eq(a->en_src, 16);         /* the space after , */
	ck_assert_str_eq(b->where, "row 3");
	ck_assert_uint_eq(b->line, 6);
	ck_assert_int_eq(memcmp(in + b->zh_src, "七", 3), 0);
	ck_assert_int_eq(memcmp(in + b->en_src, "seven", 5), 0);
	zhen_units_free(u);

	/* UTF-16LE from Excel: offsets into the UTF-16 bytes */
	static const char u8[] = "中文\tEnglish\r\n五\tfive\r\n";
	char w[256];
	size_t n = utf16le(w, u8);
	o.format = ZHEN_FORMAT_TSV;
	ck_assert_int_eq(zhen_units_read(&u, ctx, w, n, &o), 0);
	ck_assert_uint_eq(zhen_units_count(u), 1);
	a = zhen_units_get(u, 0);
	ck_assert_str_eq(a->zh, "五");
	ck_assert_str_eq(a->en, "five");
	ck_assert_uint_eq(a->zh_src, 2 + 2 * 12);
	ck_assert_uint_eq(a->en_src, 2 + 2 * 14);
	zhen_units_free(u);

	/* an error's line and byte */
	static const char bad[] = "zh,en\n五,five\n六,si\"x\n";
	o.format = ZHEN_FORMAT_CSV;
	ck_assert_int_eq(zhen_units_read(&u, ctx, bad, sizeof bad - 1, &o),
	                 ZHEN_EINPUT);
	size_t line, byte;
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_uint_eq(line, 3);
	ck_assert_uint_eq(byte, (size_t)(strchr(bad, '"') - bad));
	ck_assert_int_eq(zhen_units_read(&u, ctx, "zh,en\n五,five\n六\n", 19,
	                                 &o), ZHEN_EINPUT);
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_uint_eq(line, 3);
	zhen_ctx_free(ctx);
}
END_TEST

/* GB18030 by name, Big5 by name; undecodable bytes refused. */
START_TEST(csv_encodings)
{
	zhen_ctx *ctx = ctx_new();
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = ZHEN_FORMAT_CSV;
	o.encoding = "GB18030";
	static const char gb[] = "\xD6\xD0\xCE\xC4,English\n\xCE\xE5,five\n";
	zhen_units *u = NULL;
	ck_assert_int_eq(zhen_units_read(&u, ctx, gb, sizeof gb - 1, &o), 0);
	ck_assert_uint_eq(zhen_units_count(u), 1);
	ck_assert_str_eq(zhen_units_get(u, 0)->zh, "五");
	zhen_units_free(u);
	o.encoding = "Big5";
	static const char b5[] = "\xA4\xA4\xA4\xE5,English\n\xA4\xAD,five\n";
	ck_assert_int_eq(zhen_units_read(&u, ctx, b5, sizeof b5 - 1, &o), 0);
	ck_assert_str_eq(zhen_units_get(u, 0)->zh, "五");
	zhen_units_free(u);
	o.encoding = "UTF-8";
	ck_assert_int_eq(zhen_units_read(&u, ctx, b5, sizeof b5 - 1, &o),
	                 ZHEN_EINPUT);
	zhen_ctx_free(ctx);
}
END_TEST

/* Column names and letters. */
START_TEST(column_letters)
{
	static const struct {
		size_t col;
		const char *letters;
	} c[] = { { 0, "A" }, { 25, "Z" }, { 26, "AA" }, { 701, "ZZ" },
	          { 702, "AAA" }, { 16383, "XFD" } };
	for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
		char out[4];
		zhen__column_letters(out, c[i].col);
		ck_assert_str_eq(out, c[i].letters);
		ck_assert_int_eq(zhen__column_index(out, strlen(out)),
		                 (long)c[i].col);
	}
	ck_assert_int_eq(zhen__column_index("XFE", 3), -1);
	ck_assert_int_eq(zhen__column_index("A1", 2), -1);
	ck_assert_int_eq(zhen__column_index("", 0), -1);
	zhen_ctx *ctx = ctx_new();
	struct zhen__colspec s;
	ck_assert_int_eq(zhen__columns_parse(&s, ctx, " id , zh ,en"), 0);
	ck_assert(s.id == 0 && s.zh == 1 && s.en == 2);
	ck_assert_int_eq(zhen__columns_parse(&s, ctx, "x,,en,y,ZH"), 0);
	ck_assert(s.id == -1 && s.zh == 4 && s.en == 2);
	ck_assert_int_eq(zhen__columns_parse(&s, ctx, "AB=en,c=zh"), 0);
	ck_assert(s.zh == 2 && s.en == 27);
	ck_assert_int_eq(zhen__columns_parse(&s, ctx, ""), ZHEN_EUSAGE);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- number formats ---- */

static const struct {
	const char *v;
	enum zhen__numfmt k;
	bool d1904;
	const char *want;
} numbers[] = {
	{ "34", ZHEN__NF_PLAIN, false, "34" },
	{ "0.1", ZHEN__NF_PLAIN, false, "0.1" },
	{ "1.2345678901234567E+20", ZHEN__NF_PLAIN, false,
	  "1.2345678901234567E+20" },
	{ "0.34", ZHEN__NF_PERCENT, false, "34%" },
	{ "0.345", ZHEN__NF_PERCENT, false, "34.5%" },
	{ "1.5", ZHEN__NF_PERCENT, false, "150%" },
	{ "-0.05", ZHEN__NF_PERCENT, false, "-5%" },
	{ "0", ZHEN__NF_PERCENT, false, "0%" },
	{ "3E-2", ZHEN__NF_PERCENT, false, "3E-2" },
	{ "45356", ZHEN__NF_DATE, false, "2024-03-05" },
	{ "1", ZHEN__NF_DATE, false, "1900-01-01" },
	{ "59", ZHEN__NF_DATE, false, "1900-02-28" },
	{ "60", ZHEN__NF_DATE, false, "1900-02-29" },
	{ "61", ZHEN__NF_DATE, false, "1900-03-01" },
	{ "43894", ZHEN__NF_DATE, true, "2024-03-05" },
	{ "2958465", ZHEN__NF_DATE, false, "9999-12-31" },
	{ "2958466", ZHEN__NF_DATE, false, "2958466" },
	{ "-1", ZHEN__NF_DATE, false, "-1" },
	{ "0.395833333333333", ZHEN__NF_TIME, false, "09:30" },
	{ "45356.5", ZHEN__NF_DATETIME, false, "2024-03-05 12:00" },
	{ "45356.000011574", ZHEN__NF_DATETIME, false,
	  "2024-03-05 00:00:01" },
	{ "45356.99999999", ZHEN__NF_DATE, false, "2024-03-06" },
};

START_TEST(number_formats)
{
	struct zhen__buf b = { 0 };
	zhen__buf_str(&b, "x");
	b.len = 0;
	zhen__numfmt_text(&b, numbers[_i].v, strlen(numbers[_i].v),
	                  numbers[_i].k, numbers[_i].d1904);
	ck_assert_str_eq(b.p, numbers[_i].want);
	zhen__buf_free(&b);
}
END_TEST

START_TEST(number_format_codes)
{
	static const struct {
		const char *code;
		enum zhen__numfmt k;
	} codes[] = {
		{ "General", ZHEN__NF_PLAIN },
		{ "#,##0.00", ZHEN__NF_PLAIN },
		{ "0.0%", ZHEN__NF_PERCENT },
		{ "\"%\"0", ZHEN__NF_PLAIN },
		{ "yyyy\"年\"m\"月\"d\"日\"", ZHEN__NF_DATE },
		{ "[$-804]yyyy/m/d", ZHEN__NF_DATE },
		{ "mmm-yy", ZHEN__NF_DATE },
		{ "h:mm AM/PM", ZHEN__NF_TIME },
		{ "[h]:mm:ss", ZHEN__NF_PLAIN },
		{ "yyyy-mm-dd hh:mm", ZHEN__NF_DATETIME },
		{ "[Red]0.00;[Blue]yyyy", ZHEN__NF_PLAIN },
		{ "\\d0", ZHEN__NF_PLAIN },
		{ "0.00E+00", ZHEN__NF_PLAIN },
	};
	for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
		ck_assert_msg(zhen__numfmt_code(codes[i].code) == codes[i].k,
		              "%s", codes[i].code);
	ck_assert_int_eq(zhen__numfmt_builtin(14), ZHEN__NF_DATE);
	ck_assert_int_eq(zhen__numfmt_builtin(31), ZHEN__NF_DATE);
	ck_assert_int_eq(zhen__numfmt_builtin(9), ZHEN__NF_PERCENT);
	ck_assert_int_eq(zhen__numfmt_builtin(20), ZHEN__NF_TIME);
	ck_assert_int_eq(zhen__numfmt_builtin(22), ZHEN__NF_DATETIME);
	ck_assert_int_eq(zhen__numfmt_builtin(3), ZHEN__NF_PLAIN);
}
END_TEST

/* ---- XLSX ---- */

#define WB_NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/" \
              "2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"  \
              "officeDocument/2006/relationships\""
#define REL(id, type, target) "<Relationship Id=\"" id "\" Type=\"http://" \
	"schemas.openxmlformats.org/officeDocument/2006/relationships/"    \
	type "\" Target=\"" target "\"/>"

static const char workbook[] =
    "<workbook " WB_NS "><workbookPr/><sheets>"
    "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
    "<sheet name=\"Q1 results\" sheetId=\"2\" r:id=\"rId2\"/>"
    "<sheet name=\"Notes\" sheetId=\"3\" r:id=\"rId3\"/>"
    "<sheet name=\"Chart\" sheetId=\"4\" r:id=\"rId4\"/>"
    "</sheets></workbook>";

static const char rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
    "relationships\">"
    REL("rId1", "worksheet", "worksheets/sheet1.xml")
    REL("rId2", "worksheet", "/xl/worksheets/../worksheets/sheet2.xml")
    REL("rId3", "worksheet", "worksheets/sheet3.xml")
    REL("rId4", "chartsheet", "chartsheets/sheet1.xml")
    REL("rId5", "sharedStrings", "sharedStrings.xml")
    REL("rId6", "styles", "styles.xml")
    "</Relationships>";

static const char shared[] =
    "<sst " WB_NS " count=\"6\" uniqueCount=\"6\">"
    "<si><t>中文</t></si>"                                       /* 0 */
    "<si><t>English</t></si>"                                    /* 1 */
    /* a figure split across runs; a phonetic guide left out */
    "<si><r><t>營收3</t></r><r><rPr><b/></rPr><t>4億</t></r>"
    "<r><t xml:space=\"preserve\">元 </t></r>"
    "<rPh sb=\"0\" eb=\"2\"><t>ying shou 99</t></rPh>"
    "<phoneticPr fontId=\"0\"/></si>"                            /* 2 */
    /* DEL (raw in XML) reads as a space, as _x000D_ does */
    "<si><t>Revenue&#127;of 3.4_x000D_\nbillion_x005F_x</t></si>" /* 3 */
    "<si><t>３４億元</t></si>"                                   /* 4 */
    "<si/>"                                                      /* 5 */
    "</sst>";

static const char styles[] =
    "<styleSheet " WB_NS "><numFmts count=\"1\"><numFmt numFmtId=\"164\" "
    "formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
    "</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"9\"/>"
    "</cellStyleXfs><cellXfs count=\"4\"><xf numFmtId=\"0\"/>"
    "<xf numFmtId=\"14\"/><xf numFmtId=\"9\"/><xf numFmtId=\"164\"/>"
    "</cellXfs></styleSheet>";

static const char sheet1[] =
    "<worksheet " WB_NS "><dimension ref=\"A1:XFD1048576\"/><sheetData>\n"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
    "<c r=\"B1\" t=\"s\"><v>1</v></c></row>\n"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c>"
    "<c r=\"B2\" t=\"s\"><v>3</v></c></row>\n"
    /* inline strings; cells without references */
    "<row><c t=\"inlineStr\"><is><t>增長</t><r><t>5%</t></r></is></c>"
    "<c t=\"inlineStr\"><is><t>up 5%</t></is></c></row>\n"
    /* numbers: as written, as a date, as a percentage; a formula's text
     * is no value */
    "<row r=\"7\"><c r=\"A7\"><v>34</v></c><c r=\"B7\"><f>A7*1</f>"
    "<v>34</v></c></row>\n"
    "<row r=\"8\"><c r=\"A8\" s=\"3\"><v>45356</v></c>"
    "<c r=\"B8\" s=\"1\"><v>45356</v></c></row>\n"
    "<row r=\"9\"><c r=\"A9\" t=\"str\"><f>TEXT(B9)</f><v>34%</v></c>"
    "<c r=\"B9\" s=\"2\"><v>0.34</v></c></row>\n"
    /* a full-width figure, as written; a boolean; an empty string */
    "<row r=\"10\"><c r=\"A10\" t=\"s\"><v>4</v></c>"
    "<c r=\"B10\" t=\"b\"><v>1</v></c><c r=\"C10\" t=\"s\"><v>5</v></c>"
    "</row>\n"
    "<row r=\"11\"/><row r=\"12\"><c r=\"B12\" t=\"e\"><v>#N/A</v></c>"
    "</row>\n"
    "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>末行"
    "</t></is></c><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is>"
    "</c></row>\n"
    "</sheetData></worksheet>";

static const char sheet2[] =
    "<worksheet " WB_NS "><sheetData>"
    "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>英文</t></is></c>"
    "<c r=\"C1\" t=\"inlineStr\"><is><t>Chinese (zh-TW)</t></is></c></row>"
    "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>three</t></is></c>"
    "<c r=\"C3\" t=\"inlineStr\"><is><t>三</t></is></c></row>"
    "</sheetData></worksheet>";

static const char sheet3[] =
    "<worksheet " WB_NS "><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Checked on</t></is>"
    "</c><c r=\"B1\" s=\"1\"><v>45356</v></c></row>"
    "</sheetData></worksheet>";

enum { NPARTS = 7 };

static const char *part_names[NPARTS] = {
	"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
	"xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml",
	"xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
};

/* The workbook above with part @p drop left out (-1: none) and part
 * @p swap (-1: none) replaced by @p with. */
static char *book(size_t *len, int drop, int swap, const char *with)
{
	const char *datas[NPARTS] = { workbook, rels, shared, styles, sheet1,
	                              sheet2, sheet3 };
	const char *names[NPARTS];
	size_t n = 0;
	for (int i = 0; i < NPARTS; i++) {
		if (i == drop)
			continue;
		names[n] = part_names[i];
		datas[n] = i == swap ? with : datas[i];
		n++;
	}
	char *z = zip_fixture(len, n, names, datas, NULL);
	ck_assert_ptr_nonnull(z);
	return z;
}

static int read_book(zhen_units **u, zhen_ctx *ctx, const char *z,
                     size_t len, const char *sheet, const char *columns)
{
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.sheet = sheet;
	o.columns = columns;
	return zhen_units_read(u, ctx, z, len, &o);
}

START_TEST(xlsx_cells)
{
	zhen_ctx *ctx = ctx_new();
	size_t len;
	char *z = book(&len, -1, -1, NULL);
	zhen_units *u = NULL;
	ck_assert_msg(read_book(&u, ctx, z, len, NULL, NULL) == 0, "%s",
	              zhen_ctx_errmsg(ctx));
	ck_assert_int_eq(zhen_units_format(u), ZHEN_FORMAT_XLSX);
	char *got = units_text(u);
	ck_assert_str_eq(got,
	    "Sheet1!A2|營收34億元|Revenue of 3.4 billion_x|0\n"
	    "Sheet1!A3|增長5%|up 5%|0\n"
	    "Sheet1!A7|34|34|0\n"
	    "Sheet1!A8|2024-03-05|2024-03-05|0\n"
	    "Sheet1!A9|34%|34%|0\n"
	    "Sheet1!A10|３４億元|TRUE|0\n"
	    "Sheet1!A1048576|末行||1\n"
	    "'Q1 results'!C3|三|three|0\n");
	free(got);
	ck_assert_uint_eq(zhen_units_get(u, 1)->line, 3);
	ck_assert_uint_eq(zhen_units_get(u, 0)->zh_src, SIZE_MAX);
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh-TW");
	zhen_units_free(u);
	free(z);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(xlsx_sheets_and_columns)
{
	zhen_ctx *ctx = ctx_new();
	size_t len;
	char *z = book(&len, -1, -1, NULL);
	zhen_units *u = NULL;
	ck_assert_int_eq(read_book(&u, ctx, z, len, "q1 RESULTS", NULL), 0);
	char *got = units_text(u);
	ck_assert_str_eq(got, "'Q1 results'!C3|三|three|0\n");
	free(got);
	zhen_units_free(u);
	/* letters, on every sheet; the first row a header only when it
	 * names columns */
	ck_assert_int_eq(read_book(&u, ctx, z, len, NULL, "C=zh,B=en"), 0);
	got = units_text(u);
	ck_assert_str_eq(got, "'Q1 results'!C3|三|three|0\n");
	free(got);
	zhen_units_free(u);
	/* the sheet with no language columns, when asked for */
	ck_assert_int_eq(read_book(&u, ctx, z, len, "Notes", NULL),
	                 ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "sheet Notes"));
	ck_assert_int_eq(read_book(&u, ctx, z, len, "Chart", NULL),
	                 ZHEN_EUSAGE);
	ck_assert_int_eq(read_book(&u, ctx, z, len, "Sheet9", NULL),
	                 ZHEN_EUSAGE);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "no sheet "
	                             "\"Sheet9\""));
	free(z);
	zhen_ctx_free(ctx);
}
END_TEST

/* Bad workbooks: the message names the member. */
START_TEST(xlsx_bad)
{
	zhen_ctx *ctx = ctx_new();
	size_t len;
	zhen_units *u = (zhen_units *)1;
	/* no shared strings: fine for a sheet of inline strings, an error
	 * naming the cell's row when a cell points to one */
	char *z = book(&len, 2, -1, NULL);
	ck_assert_int_eq(read_book(&u, ctx, z, len, "Q1 results", NULL), 0);
	ck_assert_uint_eq(zhen_units_count(u), 1);
	zhen_units_free(u);
	ck_assert_int_eq(read_book(&u, ctx, z, len, NULL, NULL), ZHEN_EINPUT);
	ck_assert_msg(strstr(zhen_ctx_errmsg(ctx),
	    "xl/worksheets/sheet1.xml: cell of row 1 points to shared string "
	    "0, but the workbook has no shared strings at line 2"), "%s",
	    zhen_ctx_errmsg(ctx));
	free(z);
	/* a missing worksheet part */
	z = book(&len, 5, -1, NULL);
	ck_assert_int_eq(read_book(&u, ctx, z, len, NULL, NULL), ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx),
	                             "no xl/worksheets/sheet2.xml in the ZIP"));
	free(z);
	/* malformed sheet XML: member and line */
	z = book(&len, -1, 4, "<worksheet><sheetData>\n<row><c><v>1</v></row>"
	         "</sheetData></worksheet>");
	ck_assert_int_eq(read_book(&u, ctx, z, len, NULL, NULL), ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "malformed "
	                             "xl/worksheets/sheet1.xml (XML) at line 2"));
	size_t line, byte;
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_uint_eq(line, 2);
	free(z);
	/* a shared string out of range, a cell reference no sheet has */
	z = book(&len, -1, 5, "<worksheet><sheetData><row><c t=\"s\"><v>6</v>"
	         "</c></row></sheetData></worksheet>");
	ck_assert_int_eq(read_book(&u, ctx, z, len, NULL, NULL), ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "sheet2.xml: cell "
	                             "of row 1 points to shared string \"6\" "
	                             "of 6"));
	free(z);
	z = book(&len, -1, 5, "<worksheet><sheetData><row><c r=\"XFE1\"><v>6"
	         "</v></c></row></sheetData></worksheet>");
	ck_assert_int_eq(read_book(&u, ctx, z, len, NULL, NULL), ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "\"XFE1\""));
	free(z);
	z = book(&len, -1, 5, "<worksheet><sheetData><row r=\"0\"/>"
	         "</sheetData></worksheet>");
	ck_assert_int_eq(read_book(&u, ctx, z, len, NULL, NULL), ZHEN_EINPUT);
	free(z);
	/* a workbook part missing; a sheet whose relationship is missing */
	z = book(&len, 0, -1, NULL);
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = ZHEN_FORMAT_XLSX;
	ck_assert_int_eq(zhen_units_read(&u, ctx, z, len, &o), ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx),
	                             "no xl/workbook.xml in the ZIP"));
	free(z);
	z = book(&len, -1, 1, "<Relationships/>");
	ck_assert_int_eq(read_book(&u, ctx, z, len, NULL, NULL), ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "relationship "
	                             "\"rId1\" missing"));
	free(z);
	/* a broken ZIP; a password-protected workbook (an OLE file) */
	z = book(&len, -1, -1, NULL);
	ck_assert_int_eq(zhen_units_read(&u, ctx, z, len / 2, &o), ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "broken ZIP"));
	static const char ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
	                          "EncryptedPackage";
	ck_assert_int_eq(zhen_units_read(&u, ctx, ole, sizeof ole - 1, NULL),
	                 ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "password"));
	ck_assert_int_eq(zhen_units_read(&u, ctx, ole, sizeof ole - 1, &o),
	                 ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "password"));
	ck_assert_ptr_null(u);
	/* a ZIP bomb stops at the limit */
	o.zip_limit = 100;
	ck_assert_int_eq(zhen_units_read(&u, ctx, z, len, &o), ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "ZIP bomb"));
	free(z);
	zhen_ctx_free(ctx);
}
END_TEST

/* A sheet of 200,000 empty rows and cells far apart: time, not memory
 * by the size claimed. */
START_TEST(xlsx_sparse)
{
	struct zhen__buf s = { 0 };
	zhen__buf_str(&s, "<worksheet><dimension ref=\"A1:XFD1048576\"/>"
	              "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
	              "<t>中文</t></is></c><c r=\"XFD1\" t=\"inlineStr\"><is>"
	              "<t>English</t></is></c></row>");
	for (int i = 2; i < 200000; i++)
		zhen__buf_printf(&s, "<row r=\"%d\"/>", i);
	zhen__buf_str(&s, "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\">"
	              "<is><t>五</t></is></c><c r=\"XFD1048576\" t=\"inlineStr\">"
	              "<is><t>five</t></is></c></row></sheetData></worksheet>");
	ck_assert(!s.oom);
	size_t len;
	char *z = book(&len, -1, 4, s.p);
	zhen_ctx *ctx = ctx_new();
	zhen_units *u = NULL;
	ck_assert_msg(read_book(&u, ctx, z, len, "Sheet1", NULL) == 0, "%s",
	              zhen_ctx_errmsg(ctx));
	ck_assert_uint_eq(zhen_units_count(u), 1);
	ck_assert_str_eq(zhen_units_get(u, 0)->where, "Sheet1!A1048576");
	ck_assert_str_eq(zhen_units_get(u, 0)->en, "five");
	zhen_units_free(u);
	free(z);
	zhen__buf_free(&s);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- the corpus files ---- */

/* Line @p i (0-based) of @p text, copied. */
static char *line_of(const char *text, size_t i)
{
	for (; i; i--)
		text = strchr(text, '\n') + 1;
	size_t n = strcspn(text, "\n");
	char *l = malloc(n + 1);
	memcpy(l, text, n);
	l[n] = 0;
	return l;
}

/* Units [first, first+n) of @p u hold lines [line0, line0+n) of @p zh
 * and @p en, or when @p en is NULL the zh<TAB>en lines of @p zh. */
static void same_texts(const zhen_units *u, size_t first, size_t n,
                       const char *zh, const char *en, size_t line0)
{
	for (size_t i = 0; i < n; i++) {
		const zhen_unit *x = zhen_units_get(u, first + i);
		char *z = line_of(zh, line0 + i);
		char *e = en ? line_of(en, line0 + i) : NULL;
		const char *want_en = e ? e : strchr(z, '\t') + 1;
		if (!e)
			*strchr(z, '\t') = 0;
		ck_assert_str_eq(x->zh, z);
		ck_assert_str_eq(x->en, want_en);
		ck_assert_uint_eq(x->flags, 0);
		free(z);
		free(e);
	}
}

START_TEST(corpus_tables)
{
	zhen_ctx *ctx = ctx_new();
	size_t len, tl;
	char *pairs = slurp("corpus/pairs/sample.tsv", &tl);
	static const char *const files[] = {
		"corpus/formats/csv/sample.csv",
		"corpus/formats/csv/sample-utf16.tsv",
	};
	for (int k = 0; k < 2; k++) {
		char *b = slurp(files[k], &len);
		zhen_format f;
		ck_assert_int_eq(zhen_format_detect(&f, ctx, b, len, files[k]), 0);
		ck_assert_int_eq(f, k ? ZHEN_FORMAT_TSV : ZHEN_FORMAT_CSV);
		zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
		o.format = f;
		zhen_units *u = NULL;
		ck_assert_msg(zhen_units_read(&u, ctx, b, len, &o) == 0, "%s",
		              zhen_ctx_errmsg(ctx));
		ck_assert_uint_eq(zhen_units_count(u), 50);
		same_texts(u, 0, 50, pairs, NULL, 0);
		ck_assert_str_eq(zhen_units_get(u, 49)->where, "row 51");
		/* the row with a line break in a field, and the one after */
		ck_assert_uint_eq(zhen_units_get(u, 2)->line, 4);
		ck_assert_uint_eq(zhen_units_get(u, 3)->line, k ? 5 : 6);
		if (k) {
			ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh-Hans");
			ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_EN), "en-US");
		}
		zhen_units_free(u);
		free(b);
	}
	free(pairs);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(corpus_workbook)
{
	zhen_ctx *ctx = ctx_new();
	size_t len, zl, el;
	char *b = slurp("corpus/formats/xlsx/cn-policy.xlsx", &len);
	char *zh = slurp("corpus/formats/xlsx/cn-policy.zh.txt", &zl);
	char *en = slurp("corpus/formats/xlsx/cn-policy.en.txt", &el);
	zhen_units *u = NULL;
	ck_assert_msg(zhen_units_read(&u, ctx, b, len, NULL) == 0, "%s",
	              zhen_ctx_errmsg(ctx));
	ck_assert_uint_eq(zhen_units_count(u), 16);
	same_texts(u, 0, 16, zh, en, 0);
	ck_assert_str_eq(zhen_units_get(u, 0)->where, "统计公报!B3");
	ck_assert_str_eq(zhen_units_get(u, 0)->id, "1");
	ck_assert_str_eq(zhen_units_get(u, 7)->where, "统计公报!B10");
	ck_assert_str_eq(zhen_units_get(u, 8)->where, "'Policy 2024'!B2");
	ck_assert_str_eq(zhen_units_get(u, 15)->where, "'Policy 2024'!B10");
	ck_assert_ptr_nonnull(strstr(zhen_units_get(u, 4)->zh, "５．４万人"));
	zhen_units_free(u);
	/* one sheet */
	ck_assert_int_eq(read_book(&u, ctx, b, len, "Policy 2024", NULL), 0);
	ck_assert_uint_eq(zhen_units_count(u), 8);
	same_texts(u, 0, 8, zh, en, 8);
	zhen_units_free(u);
	free(b);
	free(zh);
	free(en);
	zhen_ctx_free(ctx);
}
END_TEST

static Suite *tables_suite(void)
{
	Suite *s = suite_create("tables");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, table_cases, 0,
	                    (int)(sizeof tables / sizeof *tables));
	tcase_add_test(tc, csv_positions);
	tcase_add_test(tc, csv_encodings);
	tcase_add_test(tc, column_letters);
	tcase_add_loop_test(tc, number_formats, 0,
	                    (int)(sizeof numbers / sizeof *numbers));
	tcase_add_test(tc, number_format_codes);
	tcase_add_test(tc, xlsx_cells);
	tcase_add_test(tc, xlsx_sheets_and_columns);
	tcase_add_test(tc, xlsx_bad);
	tcase_add_test(tc, xlsx_sparse);
	tcase_add_test(tc, corpus_tables);
	tcase_add_test(tc, corpus_workbook);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(tables_suite());
}
