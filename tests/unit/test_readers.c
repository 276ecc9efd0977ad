/* test_readers.c: what the readers share — format detection, inline text,
 * the units, and XML and ZIP opened so that hostile files only fail. The
 * formats' own readers have their tests beside these (test_xliff.c, ...). */
#include "readers/readers.h"
#include "zhen_test.h"
#include "zip_fixture.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

static zhen_ctx *ctx_new(void)
{
	zhen_ctx *ctx = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	return ctx;
}

static const struct {
	const char *bytes, *name;
	zhen_format want;
} detects[] = {
	{ "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:"
	  "names:tc:xliff:document:1.2\"><file/></xliff>", NULL,
	  ZHEN_FORMAT_XLIFF },
	{ "\xEF\xBB\xBF<xliff version=\"2.0\"><file id=\"f\"/></xliff>", "a.txt",
	  ZHEN_FORMAT_XLIFF },
	{ "<xliff xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\" "
	  "version=\"1.2\"/>", "a.xlf", ZHEN_FORMAT_SDLXLIFF },
	{ "  <tmx version=\"1.4\"><header/><body/></tmx>", NULL, ZHEN_FORMAT_TMX },
	/* content wins over the name */
	{ "<tmx version=\"1.4\"/>", "a.xlf", ZHEN_FORMAT_TMX },
	{ "公司營收34億元。\n", NULL, ZHEN_FORMAT_TEXT },
	{ "<公司年報>營收34億元。\n", "zh.txt", ZHEN_FORMAT_TEXT },
	{ "zh,en\n一,one\n", "a.csv", ZHEN_FORMAT_CSV },
	{ "一\tone\n", "a.TSV", ZHEN_FORMAT_TSV },
	/* too broken to tell: the name's format, whose reader says why */
	{ "<xliff version=\"1.2\"", "a.xlf", ZHEN_FORMAT_XLIFF },
	{ "not xml", "a.sdlxliff", ZHEN_FORMAT_SDLXLIFF },
	{ "PK\x03\x04garbage", "a.docx", ZHEN_FORMAT_DOCX },
	{ "PK\x03\x04garbage", NULL, ZHEN_FORMAT_UNKNOWN },
	{ "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", "a.docx", ZHEN_FORMAT_UNKNOWN },
	{ "<html><body>x</body></html>", NULL, ZHEN_FORMAT_TEXT },
};

START_TEST(detect_table)
{
	zhen_ctx *ctx = ctx_new();
	zhen_format f = ZHEN_FORMAT_TEXT;
	const char *b = detects[_i].bytes;
	ck_assert_int_eq(zhen_format_detect(&f, ctx, b, strlen(b),
	                                    detects[_i].name), 0);
	ck_assert_msg(f == detects[_i].want, "case %d: %s, want %s", _i,
	              zhen_format_name(f), zhen_format_name(detects[_i].want));
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(detect_zip_members)
{
	zhen_ctx *ctx = ctx_new();
	const char *names[][2] = { { "[Content_Types].xml", "word/document.xml" },
	                           { "[Content_Types].xml", "xl/workbook.xml" },
	                           { "[Content_Types].xml", "other.xml" } };
	const zhen_format want[] = { ZHEN_FORMAT_DOCX, ZHEN_FORMAT_XLSX,
	                             ZHEN_FORMAT_UNKNOWN };
	const char *datas[] = { "<Types/>", "<x/>" };
	for (int i = 0; i < 3; i++) {
		size_t len = 0;
		char *z = zip_fixture(&len, 2, names[i], datas, NULL);
		ck_assert_ptr_nonnull(z);
		zhen_format f = ZHEN_FORMAT_TEXT;
		ck_assert_int_eq(zhen_format_detect(&f, ctx, z, len, NULL), 0);
		ck_assert_msg(f == want[i], "zip %d: %s", i, zhen_format_name(f));
		free(z);
	}
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(format_names)
{
	for (int f = ZHEN_FORMAT_TEXT; f <= ZHEN_FORMAT_TSV; f++) {
		zhen_format back = ZHEN_FORMAT_UNKNOWN;
		ck_assert_int_eq(zhen_format_parse(&back,
		                 zhen_format_name((zhen_format)f)), 0);
		ck_assert_int_eq(back, f);
	}
	zhen_format x;
	ck_assert_int_eq(zhen_format_parse(&x, "pdf"), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_format_parse(&x, "unknown"), ZHEN_EUSAGE);
	ck_assert(zhen_format_is_bilingual(ZHEN_FORMAT_XLIFF));
	ck_assert(zhen_format_is_bilingual(ZHEN_FORMAT_CSV));
	ck_assert(!zhen_format_is_bilingual(ZHEN_FORMAT_DOCX));
	ck_assert(!zhen_format_is_bilingual(ZHEN_FORMAT_TEXT));
}
END_TEST

/* Pieces of tagged text: "T:text" is text, "C" a standalone code. */
static const struct {
	const char *pieces[6];
	const char *want;
} inlines[] = {
	{ { "T:34", "T:億元" }, "34億元" },               /* <g>34</g>億元 */
	{ { "T:2019", "C", "T:2020" }, "2019 2020" },     /* never 20192020 */
	{ { "T:第", "C", "T:3季" }, "第3季" },            /* Han: no space */
	{ { "T:34", "C", "T:億" }, "34億" },
	{ { "T:up ", "C", "T: 5%" }, "up 5%" },
	{ { "T:Page", "C", "T:of", "C", "T:9" }, "Page of 9" },
	{ { "T:  \n  Revenue\n\t rose  ", "T:\n" }, "Revenue rose" },
	{ { "C", "T:x", "C" }, "x" },
	{ { "T:NT$1", "C", "T:,250" }, "NT$1,250" },       /* a comma is no letter */
};

START_TEST(inline_table)
{
	struct zhen__inline t = { 0 };
	for (int k = 0; k < 2; k++) { /* reset reuses the buffer */
		zhen__inline_reset(&t);
		for (int i = 0; i < 6 && inlines[_i].pieces[i]; i++) {
			const char *p = inlines[_i].pieces[i];
			if (p[0] == 'C')
				zhen__inline_code(&t);
			else
				zhen__inline_text(&t, p + 2, strlen(p + 2));
		}
		size_t len = 0;
		const char *s = zhen__inline_get(&t, &len);
		ck_assert_str_eq(s, inlines[_i].want);
		ck_assert_uint_eq(len, strlen(inlines[_i].want));
	}
	zhen__inline_free(&t);
}
END_TEST

START_TEST(units_container)
{
	zhen_units *u = zhen__units_new(ZHEN_FORMAT_TMX);
	ck_assert_ptr_nonnull(u);
	char big[100000];
	memset(big, 'x', sizeof big);
	for (size_t i = 0; i < 5000; i++) {
		zhen_unit x = { 0 };
		char id[16];
		snprintf(id, sizeof id, "t%zu", i);
		x.zh = "營收34億元，";
		x.zh_len = strlen("營收34億元");   /* not NUL-terminated there */
		x.en = i % 1000 == 7 ? big : "revenue of 3.4 billion";
		x.en_len = i % 1000 == 7 ? sizeof big : strlen(x.en);
		x.id = id;
		x.where = i % 2 ? "Sheet1!B2" : NULL;
		x.line = i + 1;
		ck_assert_int_eq(zhen__units_add(u, &x), 0);
	}
	ck_assert_uint_eq(zhen_units_count(u), 5000);
	for (size_t i = 0; i < 5000; i++) {
		const zhen_unit *x = zhen_units_get(u, i);
		char id[16], where[32];
		snprintf(id, sizeof id, "t%zu", i);
		snprintf(where, sizeof where, "unit %zu", i + 1);
		ck_assert_str_eq(x->zh, "營收34億元");
		ck_assert_uint_eq(x->en_len, i % 1000 == 7 ? sizeof big : 22);
		ck_assert_uint_eq(strlen(x->en), x->en_len);
		ck_assert_str_eq(x->id, id);
		ck_assert_str_eq(x->where, i % 2 ? "Sheet1!B2" : where);
		ck_assert_ptr_null(x->state);
		ck_assert_uint_eq(x->line, i + 1);
	}
	ck_assert_ptr_null(zhen_units_get(u, 5000));
	ck_assert_int_eq(zhen_units_format(u), ZHEN_FORMAT_TMX);
	ck_assert_ptr_null(zhen_units_lang(u, ZHEN_LANG_ZH));
	ck_assert_int_eq(zhen__units_set_lang(u, "zh-TW", "en-US"), 0);
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh-TW");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_EN), "en-US");
	zhen_units_free(u);
	zhen_units_free(NULL);
}
END_TEST

START_TEST(lang_tags)
{
	const char *zh[] = { "zh", "ZH-tw", "zh_CN", "zh-Hant-HK", "cmn-Hans",
	                     "yue", "zho" };
	const char *en[] = { "en", "EN-us", "en_GB", "eng" };
	const char *neither[] = { "", "z", "zhx", "de-DE", "ja", "enx", "e" };
	for (size_t i = 0; i < sizeof zh / sizeof *zh; i++)
		ck_assert_msg(zhen__lang_is_zh(zh[i]) && !zhen__lang_is_en(zh[i]),
		              "%s", zh[i]);
	for (size_t i = 0; i < sizeof en / sizeof *en; i++)
		ck_assert_msg(zhen__lang_is_en(en[i]) && !zhen__lang_is_zh(en[i]),
		              "%s", en[i]);
	for (size_t i = 0; i < sizeof neither / sizeof *neither; i++)
		ck_assert_msg(!zhen__lang_is_en(neither[i]) &&
		              !zhen__lang_is_zh(neither[i]), "%s", neither[i]);
	ck_assert(!zhen__lang_is_zh(NULL));
}
END_TEST

/* Read every node; the status at the end. */
static int xml_walk(zhen_ctx *ctx, const char *doc, size_t *nodes)
{
	struct zhen__xml x;
	int rc = zhen__xml_open(&x, ctx, doc, strlen(doc), "TMX");
	*nodes = 0;
	while (rc == 0 && (rc = zhen__xml_next(&x)) == 1)
		(*nodes)++, rc = 0;
	zhen__xml_close(&x);
	return rc;
}

START_TEST(xml_hostile)
{
	zhen_ctx *ctx = ctx_new();
	size_t n;
	const char *laughs =
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n"
	    " <!ENTITY a \"aaaaaaaaaa\">\n"
	    " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
	    " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
	    " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
	    " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
	    " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
	    " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
	    " <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
	    "]>\n<tmx><body><tu><tuv><seg>&h;</seg></tuv></tu></body></tmx>";
	/* refused by libxml2's own loop check or by ours, never expanded */
	ck_assert_int_eq(xml_walk(ctx, laughs, &n), ZHEN_EINPUT);
	ck_assert_msg(strstr(zhen_ctx_errmsg(ctx), "entit"), "%s",
	              zhen_ctx_errmsg(ctx));
	size_t line, byte;
	const char *one = "<!DOCTYPE tmx [ <!ENTITY a \"34\"> ]>\n<tmx>&a;</tmx>";
	ck_assert_int_eq(xml_walk(ctx, one, &n), ZHEN_EINPUT);
	ck_assert_msg(strstr(zhen_ctx_errmsg(ctx), "declares XML entities"),
	              "%s", zhen_ctx_errmsg(ctx));

	const char *xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [ <!ENTITY x "
	                  "SYSTEM \"file:///etc/passwd\"> ]>\n<tmx>&x;</tmx>";
	ck_assert_int_eq(xml_walk(ctx, xxe, &n), ZHEN_EINPUT);
	const char *pe = "<!DOCTYPE tmx [ <!ENTITY % p SYSTEM "
	                 "\"http://example.com/x.dtd\"> %p; ]><tmx/>";
	ck_assert_int_eq(xml_walk(ctx, pe, &n), ZHEN_EINPUT);

	const char *bad = "<tmx>\n<body>\n<tu>\n</body></tmx>";
	ck_assert_int_eq(xml_walk(ctx, bad, &n), ZHEN_EINPUT);
	ck_assert_msg(strstr(zhen_ctx_errmsg(ctx), "malformed TMX"), "%s",
	              zhen_ctx_errmsg(ctx));
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_uint_eq(line, 4);

	/* predefined entities and character references are text */
	const char *ok = "<!DOCTYPE tmx><tmx a=\"&amp;\">&#160;&lt;x&gt;&#x5104;"
	                 "</tmx>";
	ck_assert_int_eq(xml_walk(ctx, ok, &n), 0);
	ck_assert_uint_ge(n, 3);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(xml_attributes)
{
	zhen_ctx *ctx = ctx_new();
	const char *doc = "<tuv xml:lang=\"zh-TW\" x:creationid=\"a\" "
	                  "xmlns:x=\"urn:x\"/>";
	struct zhen__xml x;
	ck_assert_int_eq(zhen__xml_open(&x, ctx, doc, strlen(doc), "TMX"), 0);
	ck_assert_int_eq(zhen__xml_next(&x), 1);
	ck_assert(zhen__xml_is(&x, XML_READER_TYPE_ELEMENT, "tuv"));
	xmlChar *lang = zhen__xml_attr(&x, "lang");
	ck_assert_str_eq((const char *)lang, "zh-TW");
	xmlFree(lang);
	xmlChar *cid = zhen__xml_attr(&x, "creationid");
	ck_assert_str_eq((const char *)cid, "a");
	xmlFree(cid);
	ck_assert_ptr_null(zhen__xml_attr(&x, "missing"));
	ck_assert(zhen__xml_is(&x, XML_READER_TYPE_ELEMENT, "tuv"));
	ck_assert_uint_eq(zhen__xml_line(&x), 1);
	zhen__xml_close(&x);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(zip_limits)
{
	zhen_ctx *ctx = ctx_new();
	size_t big = 3u << 20, len = 0;
	char *zeros = calloc(1, big);
	const char *names[] = { "word/document.xml", "small.xml" };
	const char *datas[] = { zeros, "<w/>" };
	const size_t lens[] = { big, 4 };
	char *z = zip_fixture(&len, 2, names, datas, lens);
	ck_assert_ptr_nonnull(z);
	ck_assert_uint_lt(len, big / 100); /* deflated: a small bomb */

	struct zhen__zip a;
	char *out;
	size_t n;
	ck_assert_int_eq(zhen__zip_open(&a, ctx, z, len, 1u << 20), 0);
	ck_assert_int_eq(zhen__zip_read(&out, &n, &a, "word/document.xml", true),
	                 ZHEN_EINPUT);
	ck_assert_msg(strstr(zhen_ctx_errmsg(ctx), "ZIP bomb"), "%s",
	              zhen_ctx_errmsg(ctx));
	ck_assert_int_eq(zhen__zip_read(&out, &n, &a, "small.xml", true), 0);
	ck_assert_str_eq(out, "<w/>");
	ck_assert_uint_eq(n, 4);
	free(out);
	ck_assert_int_eq(zhen__zip_read(&out, &n, &a, "none.xml", false), 1);
	ck_assert_ptr_null(out);
	ck_assert_int_eq(zhen__zip_read(&out, &n, &a, "none.xml", true),
	                 ZHEN_EINPUT);
	zhen__zip_close(&a);

	/* the default limit lets the same member through */
	ck_assert_int_eq(zhen__zip_open(&a, ctx, z, len, 0), 0);
	ck_assert_int_eq(zhen__zip_read(&out, &n, &a, "word/document.xml", true),
	                 0);
	ck_assert_uint_eq(n, big);
	free(out);
	zhen__zip_close(&a);

	/* cut short: no central directory */
	ck_assert_int_eq(zhen__zip_open(&a, ctx, z, len / 2, 0), ZHEN_EINPUT);
	ck_assert_msg(strstr(zhen_ctx_errmsg(ctx), "broken ZIP"), "%s",
	              zhen_ctx_errmsg(ctx));
	/* a damaged member: its CRC no longer matches */
	z[40] ^= 0x55;
	int rc = zhen__zip_open(&a, ctx, z, len, 0);
	if (rc == 0) {
		rc = zhen__zip_read(&out, &n, &a, "word/document.xml", true);
		if (rc == 0)
			free(out);
		zhen__zip_close(&a);
	}
	ck_assert_int_eq(rc, ZHEN_EINPUT);
	free(z);
	free(zeros);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(read_refusals)
{
	zhen_ctx *ctx = ctx_new();
	zhen_units *u = (zhen_units *)1;
	const char ole[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 encrypted package";
	ck_assert_int_eq(zhen_units_read(&u, ctx, ole, sizeof ole - 1, NULL),
	                 ZHEN_EINPUT);
	ck_assert_ptr_null(u);
	ck_assert_msg(strstr(zhen_ctx_errmsg(ctx), "password-protected"), "%s",
	              zhen_ctx_errmsg(ctx));
	ck_assert_int_eq(zhen_units_read(&u, ctx, "plain text", 10, NULL),
	                 ZHEN_EUSAGE);
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.version = 99;
	ck_assert_int_eq(zhen_units_read(&u, ctx, "x", 1, &o), ZHEN_EUSAGE);

	zhen_doc *d = NULL;
	ck_assert_int_eq(zhen_doc_read_format(&d, ctx, "營收。\n另一段。\n", 22,
	                                      NULL), 0);
	ck_assert_uint_eq(zhen_doc_paragraph_count(d), 2);
	ck_assert_ptr_null(zhen_doc_place(d, 1)); /* text: lines are lines */
	ck_assert_int_eq(zhen__doc_add_place(d, "paragraph 1", 11), 0);
	ck_assert_int_eq(zhen__doc_add_place(d, "footnote 1xx", 10), 0);
	ck_assert_str_eq(zhen_doc_place(d, 1), "paragraph 1");
	ck_assert_str_eq(zhen_doc_place(d, 2), "footnote 1");
	ck_assert_ptr_null(zhen_doc_place(d, 3));
	ck_assert_ptr_null(zhen_doc_place(d, 0));
	zhen_doc_free(d);
	o.version = ZHEN_READ_OPTIONS_VERSION;
	o.format = ZHEN_FORMAT_TMX;
	ck_assert_int_eq(zhen_doc_read_format(&d, ctx, "x", 1, &o), ZHEN_EUSAGE);
	zhen_ctx_free(ctx);
}
END_TEST

static Suite *readers_suite(void)
{
	Suite *s = suite_create("readers");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, detect_table, 0,
	                    (int)(sizeof detects / sizeof *detects));
	tcase_add_test(tc, detect_zip_members);
	tcase_add_test(tc, format_names);
	tcase_add_loop_test(tc, inline_table, 0,
	                    (int)(sizeof inlines / sizeof *inlines));
	tcase_add_test(tc, units_container);
	tcase_add_test(tc, lang_tags);
	tcase_add_test(tc, xml_hostile);
	tcase_add_test(tc, xml_attributes);
	tcase_add_test(tc, zip_limits);
	tcase_add_test(tc, read_refusals);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(readers_suite());
}
