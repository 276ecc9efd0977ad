/* test_xliff.c: the XLIFF 1.2, XLIFF 2.x and SDLXLIFF reader. Every inline
 * element is left out (a tag id never reaches the text), entities and
 * character references decoded, segments paired, languages either way
 * round, ids, states, locks, lines and byte offsets right, every bad file
 * refused with its line, and the corpus files read back as the plain
 * texts they were built from. */
#include "readers/readers.h"
#include "zhen_test.h"

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static zhen_ctx *ctx_new(void)
{
	zhen_ctx *ctx = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	return ctx;
}

static zhen_units *read_as(zhen_ctx *ctx, const char *doc, size_t len,
                           zhen_format f)
{
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = f;
	zhen_units *u = NULL;
	int rc = zhen_units_read(&u, ctx, doc, len, &o);
	ck_assert_msg(rc == 0, "rc %d: %s", rc, zhen_ctx_errmsg(ctx));
	return u;
}

static zhen_units *read_ok(zhen_ctx *ctx, const char *doc)
{
	return read_as(ctx, doc, strlen(doc), ZHEN_FORMAT_UNKNOWN);
}

/* Reading @p doc fails with ZHEN_EINPUT, a message holding @p what, at
 * @p line (0: any). */
static void read_bad(zhen_ctx *ctx, const char *doc, size_t len,
                     const char *what, size_t line)
{
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = ZHEN_FORMAT_XLIFF;
	zhen_units *u = (zhen_units *)1;
	int rc = zhen_units_read(&u, ctx, doc, len, &o);
	const char *msg = zhen_ctx_errmsg(ctx);
	ck_assert_msg(rc == ZHEN_EINPUT, "rc %d (%s), want EINPUT for %s", rc,
	              msg, what);
	ck_assert_ptr_null(u);
	ck_assert_msg(strstr(msg, what), "%s: want '%s'", msg, what);
	ck_assert_msg(!strchr(msg, '\n'), "one line: %s", msg);
	size_t l = 0, b = 0;
	zhen_ctx_errpos(ctx, &l, &b);
	if (line)
		ck_assert_msg(l == line, "%s: line %zu, want %zu", msg, l, line);
	ck_assert_uint_gt(l, 0);
}

#define X12_HEAD "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" " \
	"xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file " \
	"source-language=\"zh-TW\" target-language=\"en-US\" " \
	"datatype=\"plaintext\" original=\"a\">\n<body>\n"
#define X12_TAIL "</body>\n</file>\n</xliff>\n"
#define X20_HEAD "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" " \
	"xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"zh-CN\" " \
	"trgLang=\"en\">\n<file id=\"f1\">\n"
#define X20_TAIL "</file>\n</xliff>\n"

/* ---- inline elements ---- */

/* A source's content, the text read; the same content as the target. */
static const struct {
	const char *xml, *want;
} inline12[] = {
	{ "<g id=\"1\">34</g>億元", "34億元" },
	{ "營收<x id=\"7\"/>增長", "營收增長" },
	{ "between<x id=\"7\"/>words", "between words" },
	{ "2019<x id=\"7\"/>2020", "2019 2020" },
	{ "<bx id=\"1\"/>34<ex id=\"2\"/>億", "34億" },
	{ "3<bx id=\"1\"/>4億", "34億" },
	{ "<bpt id=\"1\">&lt;b id=&quot;9&quot;&gt;</bpt>34<ept id=\"1\">"
	  "&lt;/b&gt;</ept>億", "34億" },
	{ "rose<ph id=\"1\">&lt;br id=\"5\"/&gt;</ph>5%", "rose 5%" },
	{ "8.6<ph id=\"7\">&lt;sup&gt;1&lt;/sup&gt;</ph>％", "8.6％" },
	{ "<it id=\"1\" pos=\"open\">&lt;i 7&gt;</it>34億", "34億" },
	{ "<mrk mtype=\"term\">34</mrk>億", "34億" },
	{ "<mrk mtype=\"protected\">NT$10.20</mrk>", "NT$10.20" },
	{ "<ph id=\"1\">&lt;img alt=\"<sub>圖 9</sub>\"/&gt;</ph>34億",
	  "34億" },
	{ "<bpt id=\"2\">&lt;a title=\"<sub>第9頁</sub>\"&gt;</bpt>34"
	  "<ept id=\"2\">&lt;/a&gt;</ept>", "34" },
	{ "年增&#160;21％", "年增\xC2\xA0" "21％" },
	{ "NT$125&#xA0;billion", "NT$125\xC2\xA0" "billion" },
	{ "NT$125<ph id=\"3\">&amp;#160;</ph>billion", "NT$125 billion" },
	{ "R&amp;D &lt;b&gt; &quot;x&quot; &apos;y&apos;",
	  "R&D <b> \"x\" 'y'" },
	{ "34&#x5104;元, &#50;&#48;23", "34億元, 2023" },
	{ "<![CDATA[34]]>億 <![CDATA[<x id=\"7\"/>]]>",
	  "34億 <x id=\"7\"/>" },
	{ "<!-- 99 -->34<?pi 77?>億", "34億" },
	{ "<g id=\"1\"><g id=\"2\">3</g>4</g>億", "34億" },
	{ "\n   34\n\t 億  元\n", "34 億 元" },
	{ "<x id=\"7\"/>34億<x id=\"8\"/>", "34億" },
	{ "<g id=\"1\"/>34<g id=\"2\"></g>", "34" },
	{ "<mrk mtype=\"x-sdl-deleted\">99</mrk>34<mrk mtype=\"x-sdl-added\">"
	  "5</mrk>", "345" },
	{ "<f:b xmlns:f=\"urn:x\" f:n=\"8\">34</f:b>億", "34億" },
	{ "<g id=\"1\" ctype=\"x-7\" xid=\"9\" equiv-text=\"5\">34</g>",
	  "34" },
	/* DEL is XML but a text stage refuses it: it reads as a code */
	{ "3&#127;4億&#x7F;元", "3 4億元" },
	{ "NT$\x7F" "10.20\x7F", "NT$10.20" },
};

START_TEST(inline_12)
{
	zhen_ctx *ctx = ctx_new();
	char doc[1024];
	snprintf(doc, sizeof doc, X12_HEAD "<trans-unit id=\"1\"><source>%s"
	         "</source><target>%s</target></trans-unit>\n" X12_TAIL,
	         inline12[_i].xml, inline12[_i].xml);
	zhen_units *u = read_ok(ctx, doc);
	ck_assert_uint_eq(zhen_units_count(u), 1);
	const zhen_unit *x = zhen_units_get(u, 0);
	ck_assert_str_eq(x->zh, inline12[_i].want);
	ck_assert_str_eq(x->en, inline12[_i].want);
	ck_assert_uint_eq(x->zh_len, strlen(inline12[_i].want));
	ck_assert_uint_eq(x->en_len, strlen(inline12[_i].want));
	ck_assert_int_eq(zhen_utf8_check(x->zh, x->zh_len, NULL), 0);
	ck_assert_uint_eq(x->flags, 0);
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

static const struct {
	const char *xml, *want;
} inline20[] = {
	{ "<pc id=\"1\" dataRefStart=\"d7\">34</pc>億元", "34億元" },
	{ "2019<ph id=\"1\" dataRef=\"d7\" equiv=\"9\" disp=\"8\"/>2020",
	  "2019 2020" },
	{ "營收<ph id=\"7\"/>增長", "營收增長" },
	{ "<sc id=\"1\" dataRef=\"d9\"/>34<ec startRef=\"1\"/>億", "34億" },
	{ "3<sc id=\"1\"/>4<ec startRef=\"1\"/>", "34" },
	{ "3<sm id=\"m1\" type=\"comment\" value=\"7\"/>4<em startRef=\"m1\"/>",
	  "34" },
	{ "<mrk id=\"m1\" type=\"term\" value=\"9\">34</mrk>億", "34億" },
	{ "<pc id=\"1\"><mrk id=\"m1\" translate=\"no\">3</mrk>4</pc>", "34" },
	{ "年增<cp hex=\"00A0\"/>21%", "年增\xC2\xA0" "21%" },
	{ "34<cp hex=\"5104\"/>", "34億" },
	{ "<cp hex=\"1F600\"/>", "\xF0\x9F\x98\x80" },
	{ "page<cp hex=\"000C\"/>two", "page two" },
	{ "12<cp hex=\"0007\"/>34", "12 34" },
	{ "a<cp hex=\"0009\"/>b", "a b" },
	{ "1<cp hex=\"D800\"/>2<cp hex=\"110000\"/>3<cp hex=\"zz\"/>4"
	  "<cp hex=\"\"/>5<cp/>6<cp hex=\"-41\"/>7<cp hex=\"0\"/>8",
	  "1 2 3 4 5 6 7 8" },
	{ "R&amp;D &lt;b&gt; &#x5104;", "R&D <b> 億" },
};

START_TEST(inline_20)
{
	zhen_ctx *ctx = ctx_new();
	char doc[1024];
	snprintf(doc, sizeof doc, X20_HEAD "<unit id=\"u1\"><segment><source>%s"
	         "</source><target>%s</target></segment></unit>\n" X20_TAIL,
	         inline20[_i].xml, inline20[_i].xml);
	zhen_units *u = read_ok(ctx, doc);
	ck_assert_uint_eq(zhen_units_count(u), 1);
	const zhen_unit *x = zhen_units_get(u, 0);
	ck_assert_str_eq(x->zh, inline20[_i].want);
	ck_assert_str_eq(x->en, inline20[_i].want);
	ck_assert_str_eq(x->id, "u1");
	ck_assert_str_eq(x->where, "unit u1");
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

/* Whatever the markup, no digit of a tag's id, attribute or native code
 * reaches the text: only the digits written as text are read. */
START_TEST(no_tag_digit)
{
	zhen_ctx *ctx = ctx_new();
	char doc[2048];
	for (size_t i = 0; i < sizeof inline12 / sizeof *inline12; i++) {
		snprintf(doc, sizeof doc, X12_HEAD "<trans-unit id=\"99\"><source>"
		         "甲%s乙</source><target>a</target></trans-unit>"
		         X12_TAIL, inline12[i].xml);
		zhen_units *u = read_ok(ctx, doc);
		const char *zh = zhen_units_get(u, 0)->zh;
		for (const char *p = zh; *p; p++)
			ck_assert_msg(!(*p >= '0' && *p <= '9') ||
			              strchr(inline12[i].want, *p),
			              "%s: digit %c from markup", zh, *p);
		zhen_units_free(u);
	}
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- languages ---- */

static const struct {
	const char *src, *trg; /* NULL: not declared */
	int zh_source;         /* 1 zh is the source, 0 the target, -1 bad */
	const char *err;
} langs12[] = {
	{ "zh-TW", "en-US", 1, NULL },
	{ "en-GB", "zh-Hant-HK", 0, NULL },
	{ "ZH", "EN", 1, NULL },
	{ "en", "zh_CN", 0, NULL },
	{ "yue-HK", "en", 1, NULL },
	{ "de-DE", "fr-FR", -1, "pairs de-DE with fr-FR" },
	{ "zh-CN", "zh-TW", -1, "checks Chinese and English" },
	{ "en-US", "en-GB", -1, "checks Chinese and English" },
	{ "zh-CN", NULL, -1, "no target language (target-language)" },
	{ "zh-CN", "", -1, "no target language" },
	{ NULL, "en", -1, "no source language (source-language)" },
};

START_TEST(languages_12)
{
	zhen_ctx *ctx = ctx_new();
	char doc[1024], attrs[200] = "";
	size_t n = 0;
	if (langs12[_i].src)
		n += (size_t)snprintf(attrs, sizeof attrs, " source-language=\"%s\"",
		                      langs12[_i].src);
	if (langs12[_i].trg)
		snprintf(attrs + n, sizeof attrs - n, " target-language=\"%s\"",
		         langs12[_i].trg);
	snprintf(doc, sizeof doc, "<xliff version=\"1.2\">\n<file%s>\n<body>\n"
	         "<trans-unit id=\"t1\"><source>源34</source><target>target 34"
	         "</target></trans-unit></body></file></xliff>", attrs);
	if (langs12[_i].zh_source < 0) {
		read_bad(ctx, doc, strlen(doc), langs12[_i].err, 2);
	} else {
		zhen_units *u = read_ok(ctx, doc);
		const zhen_unit *x = zhen_units_get(u, 0);
		bool zs = langs12[_i].zh_source;
		ck_assert_str_eq(x->zh, zs ? "源34" : "target 34");
		ck_assert_str_eq(x->en, zs ? "target 34" : "源34");
		ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH),
		                 zs ? langs12[_i].src : langs12[_i].trg);
		ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_EN),
		                 zs ? langs12[_i].trg : langs12[_i].src);
		ck_assert_int_eq(zhen_units_format(u), ZHEN_FORMAT_XLIFF);
		zhen_units_free(u);
	}
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(languages_20)
{
	zhen_ctx *ctx = ctx_new();
	const char *doc = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
	                  "version=\"2.1\" srcLang=\"en-US\" trgLang=\"zh-Hans\">"
	                  "<file id=\"f\"><unit id=\"1\"><segment><source>up 5%"
	                  "</source><target>增长5%</target></segment></unit>"
	                  "</file></xliff>";
	zhen_units *u = read_ok(ctx, doc);
	ck_assert_str_eq(zhen_units_get(u, 0)->zh, "增长5%");
	ck_assert_str_eq(zhen_units_get(u, 0)->en, "up 5%");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh-Hans");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_EN), "en-US");
	zhen_units_free(u);

	const char *no_trg = "<?xml version=\"1.0\"?>\n\n<xliff xmlns=\"urn:oasis:"
	                     "names:tc:xliff:document:2.0\" version=\"2.0\"\n"
	                     " srcLang=\"zh\"><file id=\"f\"/></xliff>";
	read_bad(ctx, no_trg, strlen(no_trg), "no target language (trgLang)", 3);
	const char *ja = "<xliff version=\"2.0\" srcLang=\"ja\" trgLang=\"en\"/>";
	read_bad(ctx, ja, strlen(ja), "pairs ja with en", 1);
	zhen_ctx_free(ctx);
}
END_TEST

/* Two <file>s, each its own way round; the first one's are the units'. */
START_TEST(languages_per_file)
{
	zhen_ctx *ctx = ctx_new();
	const char *doc =
	    "<xliff version=\"1.2\">"
	    "<file source-language=\"zh-TW\" target-language=\"en-US\"><body>"
	    "<trans-unit id=\"a\"><source>甲34</source><target>A 34</target>"
	    "</trans-unit></body></file>"
	    "<file source-language=\"en-GB\" target-language=\"zh-CN\"><body>"
	    "<trans-unit id=\"b\"><source>B 5</source><target>乙5</target>"
	    "</trans-unit></body></file></xliff>";
	zhen_units *u = read_ok(ctx, doc);
	ck_assert_uint_eq(zhen_units_count(u), 2);
	ck_assert_str_eq(zhen_units_get(u, 0)->zh, "甲34");
	ck_assert_str_eq(zhen_units_get(u, 0)->en, "A 34");
	ck_assert_str_eq(zhen_units_get(u, 1)->zh, "乙5");
	ck_assert_str_eq(zhen_units_get(u, 1)->en, "B 5");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh-TW");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_EN), "en-US");
	zhen_units_free(u);
	/* the second <file> declares nothing: refused there */
	const char *bad = "<xliff version=\"1.2\">\n"
	                  "<file source-language=\"zh\" target-language=\"en\">"
	                  "<body/></file>\n<file source-language=\"zh\">"
	                  "<body/></file></xliff>";
	read_bad(ctx, bad, strlen(bad), "no target language", 3);
	zhen_ctx_free(ctx);
}
END_TEST

/* What a unit must be; state or id NULL: none. */
struct want {
	const char *zh, *en, *id, *where, *state;
	unsigned flags;
};

static void check_units(const zhen_units *u, const struct want *want,
                        size_t n)
{
	ck_assert_uint_eq(zhen_units_count(u), n);
	for (size_t i = 0; i < n; i++) {
		const zhen_unit *x = zhen_units_get(u, i);
		ck_assert_str_eq(x->zh, want[i].zh);
		ck_assert_str_eq(x->en, want[i].en);
		ck_assert_uint_eq(x->zh_len, strlen(want[i].zh));
		ck_assert_uint_eq(x->en_len, strlen(want[i].en));
		if (want[i].id)
			ck_assert_str_eq(x->id, want[i].id);
		else
			ck_assert_ptr_null(x->id);
		ck_assert_str_eq(x->where, want[i].where);
		if (want[i].state)
			ck_assert_str_eq(x->state, want[i].state);
		else
			ck_assert_ptr_null(x->state);
		ck_assert_msg(x->flags == want[i].flags, "unit %zu: flags %u", i,
		              x->flags);
	}
}

/* ---- units, segments, states, locks ---- */

START_TEST(units_12)
{
	zhen_ctx *ctx = ctx_new();
	const char *doc =
	    X12_HEAD
	    "<trans-unit id=\"1\"><source>有譯文34</source>"
	    "<target state=\"translated\">has 34</target>"
	    "<alt-trans><source>舊99</source><target>old 99</target></alt-trans>"
	    "<note>88</note></trans-unit>\n"
	    "<trans-unit id=\"2\"><source>沒有譯文5</source></trans-unit>\n"
	    "<trans-unit id=\"3\"><source>空譯文6</source><target/></trans-unit>\n"
	    "<trans-unit id=\"4\"><source>只有標記7</source><target state=\"new\">"
	    "<x id=\"1\"/> <g id=\"2\"> </g></target></trans-unit>\n"
	    "<trans-unit id=\"5\" translate=\"no\"><source>鎖定8</source>"
	    "<target>locked 8</target></trans-unit>\n"
	    "<trans-unit id=\"6\"><source><x id=\"1\"/></source></trans-unit>\n"
	    "<trans-unit id=\"7\"><source> </source><target/></trans-unit>\n"
	    "<group id=\"g\" translate=\"no\"><group><trans-unit id=\"8\">"
	    "<source>群組9</source><target>group 9</target></trans-unit></group>"
	    "</group>\n<group translate=\"no\"/>\n"
	    "<bin-unit id=\"b\" mime-type=\"image/png\"><bin-source>"
	    "<internal-file>MTIzNDU2</internal-file></bin-source></bin-unit>\n"
	    "<trans-unit><source>無編號10</source><target>no id 10</target>"
	    "</trans-unit>\n" X12_TAIL;
	zhen_units *u = read_ok(ctx, doc);
	static const struct want want[] = {
		{ "有譯文34", "has 34", "1", "unit 1", "translated", 0 },
		{ "沒有譯文5", "", "2", "unit 2", NULL, ZHEN_UNIT_UNTRANSLATED },
		{ "空譯文6", "", "3", "unit 3", NULL, ZHEN_UNIT_UNTRANSLATED },
		{ "只有標記7", "", "4", "unit 4", "new", ZHEN_UNIT_UNTRANSLATED },
		{ "鎖定8", "locked 8", "5", "unit 5", NULL, ZHEN_UNIT_LOCKED },
		{ "群組9", "group 9", "8", "unit 8", NULL, ZHEN_UNIT_LOCKED },
		{ "無編號10", "no id 10", NULL, "unit 7", NULL, 0 },
	};
	check_units(u, want, sizeof want / sizeof *want);
	for (size_t i = 0; i < zhen_units_count(u); i++) {
		const zhen_unit *x = zhen_units_get(u, i);
		/* no target: no place; an empty one: its element's */
		if (i == 1)
			ck_assert_uint_eq(x->en_src, SIZE_MAX);
		else
			ck_assert(!strncmp(doc + x->en_src, "<target", 7));
		ck_assert(!strncmp(doc + x->zh_src, "<source>", 8));
	}
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

/* 1.2 <seg-source>: one unit per segment, paired by mid. */
START_TEST(segments_12)
{
	zhen_ctx *ctx = ctx_new();
	const char *doc =
	    X12_HEAD
	    "<trans-unit id=\"t1\"><source>第一句1。第二句2。第三句3。</source>"
	    "<seg-source><mrk mtype=\"seg\" mid=\"1\">第一句1。</mrk>"
	    "<g id=\"5\"><mrk mtype=\"seg\" mid=\"2\">第二句<x id=\"6\"/>2。"
	    "</mrk></g> <mrk mtype=\"seg\" mid=\"3\">第三句3。</mrk>"
	    "</seg-source>\n<target state=\"final\"><mrk mtype=\"seg\" mid=\"2\">"
	    "Second 2.</mrk> 77 <mrk mtype=\"seg\" mid=\"1\">First <g id=\"8\">1"
	    "</g>.</mrk></target></trans-unit>\n"
	    /* one segment: the unit's id alone */
	    "<trans-unit id=\"t2\"><source>單句4</source><seg-source>"
	    "<mrk mtype=\"seg\" mid=\"9\">單句4</mrk></seg-source><target>"
	    "<mrk mtype=\"seg\" mid=\"9\">single 4</mrk></target></trans-unit>\n"
	    /* a target some tool left whole: the unit pairs whole */
	    "<trans-unit id=\"t3\"><source>甲5。乙6。</source><seg-source>"
	    "<mrk mtype=\"seg\" mid=\"1\">甲5。</mrk><mrk mtype=\"seg\" mid=\"2\">"
	    "乙6。</mrk></seg-source><target>A 5. B 6.</target></trans-unit>\n"
	    /* no target at all: each segment untranslated */
	    "<trans-unit id=\"t4\"><source>丙7。丁8。</source><seg-source>"
	    "<mrk mtype=\"seg\" mid=\"1\">丙7。</mrk><mrk mtype=\"seg\" mid=\"2\">"
	    "丁8。</mrk></seg-source></trans-unit>\n"
	    /* segments without mids pair in order */
	    "<trans-unit id=\"t5\"><source>戊9己10</source><seg-source>"
	    "<mrk mtype=\"seg\">戊9</mrk><mrk mtype=\"seg\">己10</mrk>"
	    "</seg-source><target><mrk mtype=\"seg\">E 9</mrk>"
	    "<mrk mtype=\"seg\">F 10</mrk></target></trans-unit>\n" X12_TAIL;
	zhen_units *u = read_ok(ctx, doc);
	static const struct want want[] = {
		{ "第一句1。", "First 1.", "t1/1", "unit t1, segment 1", "final", 0 },
		{ "第二句2。", "Second 2.", "t1/2", "unit t1, segment 2", "final",
		  0 },
		{ "第三句3。", "", "t1/3", "unit t1, segment 3", "final",
		  ZHEN_UNIT_UNTRANSLATED },
		{ "單句4", "single 4", "t2", "unit t2", NULL, 0 },
		{ "甲5。乙6。", "A 5. B 6.", "t3", "unit t3", NULL, 0 },
		{ "丙7。", "", "t4/1", "unit t4, segment 1", NULL,
		  ZHEN_UNIT_UNTRANSLATED },
		{ "丁8。", "", "t4/2", "unit t4, segment 2", NULL,
		  ZHEN_UNIT_UNTRANSLATED },
		{ "戊9", "E 9", "t5", "unit t5", NULL, 0 },
		{ "己10", "F 10", "t5", "unit t5", NULL, 0 },
	};
	check_units(u, want, sizeof want / sizeof *want);
	zhen_units_free(u);

	/* a target segment whose mid the source lacks: no silent shift */
	const char *orphan =
	    X12_HEAD "<trans-unit id=\"t1\"><source>甲</source><seg-source>"
	    "<mrk mtype=\"seg\" mid=\"1\">甲</mrk></seg-source>\n<target>"
	    "<mrk mtype=\"seg\" mid=\"1\">A</mrk>\n<mrk mtype=\"seg\" mid=\"2\">"
	    "B 34</mrk></target></trans-unit>" X12_TAIL;
	read_bad(ctx, orphan, strlen(orphan), "mid=\"2\" has no source segment",
	         7);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(segments_20)
{
	zhen_ctx *ctx = ctx_new();
	const char *doc =
	    X20_HEAD
	    "<unit id=\"u1\" name=\"x\"><notes><note>99</note></notes>"
	    "<originalData><data id=\"d1\">&lt;b 12&gt;</data></originalData>"
	    "<segment id=\"s1\" state=\"translated\"><source>第一句1。</source>"
	    "<target>First 1.</target></segment><ignorable><source> 55 </source>"
	    "</ignorable><segment state=\"initial\"><source>第二句2。</source>"
	    "</segment><segment id=\"s3\" state=\"final\"><source>第三句3。"
	    "</source><target></target></segment></unit>\n"
	    "<group id=\"g\" translate=\"no\"><unit id=\"u2\"><segment>"
	    "<source>鎖定4</source><target>locked 4</target></segment></unit>"
	    "</group>\n<unit id=\"u3\" translate=\"no\"><segment><source>鎖5"
	    "</source><target>lock 5</target></segment></unit>\n"
	    "<unit id=\"u4\"><segment id=\"a\"><target order=\"2\">x</target>"
	    "<source>源6</source></segment></unit>\n" X20_TAIL;
	zhen_units *u = read_ok(ctx, doc);
	static const struct want want[] = {
		{ "第一句1。", "First 1.", "u1/s1", "unit u1, segment s1",
		  "translated", 0 },
		{ "第二句2。", "", "u1/2", "unit u1, segment 2", "initial",
		  ZHEN_UNIT_UNTRANSLATED },
		{ "第三句3。", "", "u1/s3", "unit u1, segment s3", "final",
		  ZHEN_UNIT_UNTRANSLATED },
		{ "鎖定4", "locked 4", "u2", "unit u2", NULL, ZHEN_UNIT_LOCKED },
		{ "鎖5", "lock 5", "u3", "unit u3", NULL, ZHEN_UNIT_LOCKED },
		{ "源6", "x", "u4", "unit u4", NULL, 0 },
	};
	check_units(u, want, sizeof want / sizeof *want);
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- SDLXLIFF ---- */

#define SDL_HEAD "<?xml version=\"1.0\" encoding=\"utf-8\"?><xliff " \
	"xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\" xmlns=\"urn:" \
	"oasis:names:tc:xliff:document:1.2\" version=\"1.2\" sdl:version=" \
	"\"1.0\"><file original=\"a.docx\" datatype=\"x-sdlfilterframework2\"" \
	" source-language=\"zh-CN\" target-language=\"en-US\"><header>" \
	"<file-info xmlns=\"http://sdl.com/FileTypes/SdlXliff/1.0\"><value " \
	"key=\"SDL:FileId\">12</value></file-info><tag-defs xmlns=\"http://" \
	"sdl.com/FileTypes/SdlXliff/1.0\"><tag id=\"1\"><ph>&lt;b 9&gt;" \
	"<sub xid=\"x\">77</sub></ph></tag></tag-defs><reference>" \
	"<internal-file form=\"base64\">MTIzNA==</internal-file></reference>" \
	"</header><body>\n"
#define SDL_TAIL "</body></file></xliff>"

START_TEST(sdlxliff)
{
	zhen_ctx *ctx = ctx_new();
	const char *doc =
	    SDL_HEAD
	    "<group><sdl:cxts><sdl:cxt id=\"1\"/></sdl:cxts>\n"
	    "<trans-unit id=\"9f1c\"><source>甲1。乙2。</source><seg-source>"
	    "<mrk mtype=\"seg\" mid=\"4\">甲<g id=\"1\">1</g>。</mrk>"
	    "<mrk mtype=\"seg\" mid=\"5\">乙2。</mrk></seg-source><target>"
	    "<mrk mtype=\"seg\" mid=\"4\">A <g id=\"1\">1</g>.</mrk> "
	    "<mrk mtype=\"seg\" mid=\"5\">B 2.</mrk></target><sdl:seg-defs>"
	    "<sdl:seg id=\"4\" conf=\"ApprovedSignOff\" locked=\"true\" "
	    "percent=\"100\" origin=\"tm\"><sdl:value key=\"SegmentIdentityHash\">"
	    "x9</sdl:value></sdl:seg><sdl:seg id=\"5\" conf=\"Draft\" "
	    "origin=\"mt\"/></sdl:seg-defs></trans-unit></group>\n"
	    "<trans-unit translate=\"no\" id=\"tags\"><source><x id=\"1\"/>"
	    "</source></trans-unit>\n"
	    "<trans-unit id=\"a2\"><source>丙3</source><seg-source><mrk "
	    "mtype=\"seg\" mid=\"6\">丙3</mrk></seg-source><target><mrk "
	    "mtype=\"seg\" mid=\"6\"/></target><sdl:seg-defs><sdl:seg id=\"6\"/>"
	    "</sdl:seg-defs></trans-unit>\n"
	    "<trans-unit id=\"a3\"><source>丁4</source><seg-source><mrk "
	    "mtype=\"seg\" mid=\"7\">丁4</mrk></seg-source><target><mrk "
	    "mtype=\"seg\" mid=\"7\">D <mrk mtype=\"x-sdl-deleted\" "
	    "sdl:revid=\"r\">40</mrk><mrk mtype=\"x-sdl-added\">4</mrk></mrk>"
	    "</target><sdl:seg-defs><sdl:seg id=\"7\" conf=\"RejectedTranslation\""
	    " locked=\"false\"/></sdl:seg-defs></trans-unit>\n"
	    /* no seg-defs for it: no state */
	    "<trans-unit id=\"a4\"><source>戊5</source><seg-source><mrk "
	    "mtype=\"seg\" mid=\"8\">戊5</mrk></seg-source><target><mrk "
	    "mtype=\"seg\" mid=\"8\">E 5</mrk></target></trans-unit>\n" SDL_TAIL;
	zhen_units *u = read_ok(ctx, doc);
	ck_assert_int_eq(zhen_units_format(u), ZHEN_FORMAT_SDLXLIFF);
	static const struct want want[] = {
		{ "甲1。", "A 1.", "4", "segment 4", "ApprovedSignOff",
		  ZHEN_UNIT_LOCKED },
		{ "乙2。", "B 2.", "5", "segment 5", "Draft", 0 },
		{ "丙3", "", "6", "segment 6", "Not Translated",
		  ZHEN_UNIT_UNTRANSLATED },
		{ "丁4", "D 4", "7", "segment 7", "RejectedTranslation", 0 },
		{ "戊5", "E 5", "8", "segment 8", NULL, 0 },
	};
	check_units(u, want, sizeof want / sizeof *want);
	zhen_units_free(u);

	/* the same bytes forced to XLIFF: seg-defs still make SDL segments */
	u = read_as(ctx, doc, strlen(doc), ZHEN_FORMAT_XLIFF);
	ck_assert_int_eq(zhen_units_format(u), ZHEN_FORMAT_XLIFF);
	ck_assert_str_eq(zhen_units_get(u, 1)->id, "5");
	ck_assert_str_eq(zhen_units_get(u, 1)->state, "Draft");
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- positions ---- */

/* The line and offset of each text's element, exact, here and past line
 * 65535 (libxml2 keeps element lines in 16 bits). */
START_TEST(positions)
{
	zhen_ctx *ctx = ctx_new();
	for (int far = 0; far < 2; far++) {
		struct zhen__buf b = { 0 };
		zhen__buf_str(&b, "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">"
		              "\n<file source-language=\"en\" target-language=\"zh\">"
		              "\n<body>\n");
		size_t skip = far ? 70000 : 0;
		for (size_t i = 0; i < skip; i++)
			zhen__buf_str(&b, "\n");
		zhen__buf_str(&b, "<trans-unit id=\"1\">\n  <source>up 34 "
		              "</source>\n  <target\n   state=\"final\">增34"
		              "</target>\n</trans-unit>\n<trans-unit id=\"2\">"
		              "<source>a</source><seg-source><mrk mtype=\"seg\" "
		              "mid=\"1\">one 1</mrk>\n<mrk mtype=\"seg\" mid=\"2\">two"
		              "</mrk></seg-source>\n<target><mrk mtype=\"seg\" mid=\"2\""
		              ">二</mrk><mrk mtype=\"seg\" mid=\"1\">一1</mrk></target>"
		              "</trans-unit>\n</body></file></xliff>\n");
		ck_assert(!b.oom);
		zhen_units *u = read_as(ctx, b.p, b.len, ZHEN_FORMAT_UNKNOWN);
		ck_assert_uint_eq(zhen_units_count(u), 3);
		const zhen_unit *x = zhen_units_get(u, 0);
		ck_assert_str_eq(x->zh, "增34");
		ck_assert_uint_eq(x->line, 7 + skip); /* <target> starts there */
		ck_assert(!strncmp(b.p + x->zh_src, "<target\n", 8));
		ck_assert(!strncmp(b.p + x->en_src, "<source>up", 10));
		x = zhen_units_get(u, 1);
		ck_assert_str_eq(x->zh, "一1");
		ck_assert_uint_eq(x->line, 12 + skip);
		ck_assert(!strncmp(b.p + x->zh_src, "<mrk mtype=\"seg\" mid=\"1\">一1",
		                   strlen("<mrk mtype=\"seg\" mid=\"1\">一1")));
		ck_assert(!strncmp(b.p + x->en_src, "<mrk mtype=\"seg\" mid=\"1\">one",
		                   strlen("<mrk mtype=\"seg\" mid=\"1\">one")));
		x = zhen_units_get(u, 2);
		ck_assert_str_eq(x->zh, "二");
		ck_assert_uint_eq(x->line, 12 + skip);
		ck_assert(!strncmp(b.p + x->en_src, "<mrk mtype=\"seg\" mid=\"2\">two",
		                   strlen("<mrk mtype=\"seg\" mid=\"2\">two")));
		zhen_units_free(u);
		zhen__buf_free(&b);
	}
	/* a 2.x segment: its source's and target's */
	const char *doc = X20_HEAD "<unit id=\"u\">\n<segment>\n<source>源1"
	                  "</source>\n<target>one</target></segment></unit>"
	                  X20_TAIL;
	zhen_units *u = read_ok(ctx, doc);
	const zhen_unit *x = zhen_units_get(u, 0);
	ck_assert_uint_eq(x->line, 6);
	ck_assert(!strncmp(doc + x->zh_src, "<source>源1", strlen("<source>源1")));
	ck_assert(!strncmp(doc + x->en_src, "<target>one", 11));
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

/* In UTF-16 the texts are the same and the offsets the file's own bytes
 * (read through a UTF-8 copy): <source> at its '<' in the UTF-16. */
START_TEST(utf16)
{
	zhen_ctx *ctx = ctx_new();
	const char *doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<xliff "
	                  "version=\"1.2\"><file source-language=\"zh\" target-"
	                  "language=\"en\"><body><trans-unit id=\"1\"><source>"
	                  "\xE5\x84\x84<x id=\"7\"/>34</source><target>34 bn"
	                  "</target></trans-unit></body></file></xliff>";
	/* to UTF-16LE with a BOM, by hand: ASCII and one BMP character */
	size_t n = strlen(doc), k = 2;
	char *w = malloc(2 * n + 2);
	w[0] = (char)0xFF;
	w[1] = (char)0xFE;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		int32_t cp = zhen__utf8_next(doc, n, &j);
		w[k++] = (char)(cp & 0xFF);
		w[k++] = (char)(cp >> 8);
		i = j;
	}
	zhen_format f;
	ck_assert_int_eq(zhen_format_detect(&f, ctx, w, k, NULL), 0);
	ck_assert_int_eq(f, ZHEN_FORMAT_XLIFF);
	zhen_units *u = read_as(ctx, w, k, ZHEN_FORMAT_UNKNOWN);
	const zhen_unit *x = zhen_units_get(u, 0);
	ck_assert_str_eq(x->zh, "億34");
	ck_assert_str_eq(x->en, "34 bn");
	ck_assert_uint_eq(x->line, 2);
	ck_assert_uint_ne(x->zh_src, SIZE_MAX);
	ck_assert(!memcmp(w + x->zh_src, "<\0s\0o\0u\0r\0c\0e\0>", 16));
	ck_assert(!memcmp(w + x->en_src, "<\0t\0a\0r\0g\0e\0t\0>", 16));
	zhen_units_free(u);
	free(w);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- bad files ---- */

START_TEST(bad_files)
{
	zhen_ctx *ctx = ctx_new();
	const char *malformed = X12_HEAD "<trans-unit id=\"1\"><source>甲"
	                        "</target></trans-unit>\n" X12_TAIL;
	read_bad(ctx, malformed, strlen(malformed), "malformed XLIFF (XML) at "
	         "line 5", 5);
	const char *cut = X12_HEAD "<trans-unit id=\"1\"><source>甲";
	read_bad(ctx, cut, strlen(cut), "malformed XLIFF", 0);
	const char *laughs =
	    "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n"
	    " <!ENTITY a \"1234567890\">\n"
	    " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
	    " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
	    " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
	    " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
	    "]>\n<xliff version=\"1.2\"><file source-language=\"zh\" "
	    "target-language=\"en\"><body><trans-unit id=\"1\"><source>&e;"
	    "</source></trans-unit></body></file></xliff>";
	read_bad(ctx, laughs, strlen(laughs), "entities", 0);
	const char *xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x "
	                  "SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"1.2\">"
	                  "&x;</xliff>";
	read_bad(ctx, xxe, strlen(xxe), "entities", 0);
	const char *no_source = X12_HEAD "<trans-unit id=\"t1\">\n"
	                        "<target>x</target></trans-unit>\n" X12_TAIL;
	read_bad(ctx, no_source, strlen(no_source),
	         "<trans-unit> t1 has no <source>", 5);
	const char *empty_unit = X12_HEAD "\n<trans-unit id=\"t2\"/>" X12_TAIL;
	read_bad(ctx, empty_unit, strlen(empty_unit), "has no <source>", 6);
	const char *no_source2 = X20_HEAD "<unit id=\"u\">\n<segment id=\"s\">"
	                         "<target>x</target></segment></unit>" X20_TAIL;
	read_bad(ctx, no_source2, strlen(no_source2),
	         "<segment> s of <unit> u has no <source>", 5);
	const char *not_xliff = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"/>";
	read_bad(ctx, not_xliff, strlen(not_xliff), "the document is <tmx>", 2);
	const char *outside = "<xliff version=\"1.2\">\n<trans-unit id=\"1\">"
	                      "<source>甲</source></trans-unit></xliff>";
	read_bad(ctx, outside, strlen(outside), "outside a <file>", 2);
	read_bad(ctx, "", 0, "malformed XLIFF", 0);
	zhen_ctx_free(ctx);
}
END_TEST

/* Bytes the declared encoding cannot convert: libxml2 reports them to the
 * thread's global handlers, which print to stderr. zhen keeps the message
 * for its own error and hands the caller's handlers back untouched. */
static int caller_calls;
static void caller_handler(void *arg, xmlErrorPtr e)
{
	(void)arg;
	(void)e;
	caller_calls++;
}

static void caller_generic(void *arg, const char *fmt, ...)
{
	(void)arg;
	(void)fmt;
	caller_calls++;
}

START_TEST(bad_encoding)
{
	zhen_ctx *ctx = ctx_new();
	static const char sjis[] =
	    "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<xliff "
	    "version=\"1.2\"><file source-language=\"zh\" target-language="
	    "\"en\"><body>\n<trans-unit id=\"1\"><source>\x81\x20\xff\xfe"
	    "</source></trans-unit></body></file></xliff>";
	int mark;
	xmlSetStructuredErrorFunc(&mark, caller_handler);
	xmlSetGenericErrorFunc(&mark, caller_generic);
	read_bad(ctx, sjis, sizeof sjis - 1, "malformed XLIFF (XML: input "
	         "conversion failed due to input error, bytes 0x81 0x20", 3);
	ck_assert_int_eq(caller_calls, 0);
	ck_assert(xmlStructuredError == caller_handler);
	ck_assert_ptr_eq(xmlStructuredErrorContext, &mark);
	ck_assert(xmlGenericError == caller_generic);
	ck_assert_ptr_eq(xmlGenericErrorContext, &mark);
	/* detection stops at the root; libxml2 writes this one's error
	 * ("xmlParseChunk: encoder error") to the generic handler only */
	static const char bad16[] = "\xff\xfe\x3c\x00\x3f\x00\x78\x00\x6d\x00\x6c\xff\xff\xff\xff\xff"
	    "\xff\xff\x43\x6e\x61\x6c\x22\x3e\x3c\x73\x6f\x75\x72\x63\x65\x3e"
	    "\x75\x70\xd7\x31\x5a\xdb\x71\x26\x3d\x3e\x00\x75\x6f\x74\x3b\x66"
	    "\x6c";
	zhen_format f;
	ck_assert_int_eq(zhen_format_detect(&f, ctx, bad16, sizeof bad16 - 1,
	                                    NULL), 0);
	ck_assert_int_eq(caller_calls, 0);
	ck_assert(xmlGenericError == caller_generic);
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlSetGenericErrorFunc(NULL, NULL);
	zhen_ctx_free(ctx);
}
END_TEST

/* Inline tags nested deeper than anyone writes: refused, never recursed
 * into; the same in a header that is skipped. */
START_TEST(deep_nesting)
{
	zhen_ctx *ctx = ctx_new();
	for (int where = 0; where < 2; where++) {
		struct zhen__buf b = { 0 };
		zhen__buf_str(&b, X12_HEAD);
		zhen__buf_str(&b, where ? "<trans-unit id=\"1\"><source>"
		                        : "<header>");
		for (int i = 0; i < 100000; i++)
			zhen__buf_str(&b, "<g id=\"1\">");
		zhen__buf_str(&b, "34");
		for (int i = 0; i < 100000; i++)
			zhen__buf_str(&b, "</g>");
		zhen__buf_str(&b, where ? "</source></trans-unit>" : "</header>");
		zhen__buf_str(&b, X12_TAIL);
		ck_assert(!b.oom);
		read_bad(ctx, b.p, b.len, "more than 256 deep", 5);
		zhen__buf_free(&b);
	}
	/* as deep as the limit allows reads */
	struct zhen__buf b = { 0 };
	zhen__buf_str(&b, X12_HEAD "<trans-unit id=\"1\"><source>");
	for (int i = 0; i < 250; i++)
		zhen__buf_str(&b, "<g id=\"1\">");
	zhen__buf_str(&b, "3<x id=\"9\"/>4");
	for (int i = 0; i < 250; i++)
		zhen__buf_str(&b, "</g>");
	zhen__buf_str(&b, "</source></trans-unit>" X12_TAIL);
	zhen_units *u = read_as(ctx, b.p, b.len, ZHEN_FORMAT_UNKNOWN);
	ck_assert_str_eq(zhen_units_get(u, 0)->zh, "3 4");
	zhen_units_free(u);
	zhen__buf_free(&b);
	zhen_ctx_free(ctx);
}
END_TEST

/* SDLXLIFF embeds the original document as one base64 text node, often
 * past libxml2's 10 MB limit on a text node: read all the same. */
START_TEST(big_embedded_file)
{
	zhen_ctx *ctx = ctx_new();
	size_t big = 12u << 20;
	struct zhen__buf b = { 0 };
	zhen__buf_str(&b, "<xliff xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/"
	              "1.0\" version=\"1.2\"><file source-language=\"zh-CN\" "
	              "target-language=\"en-US\"><header><reference>"
	              "<internal-file form=\"base64\">");
	char *blob = malloc(big);
	for (size_t i = 0; i < big; i++)
		blob[i] = "QUJD0123456789+/\n"[i % 17];
	zhen__buf_add(&b, blob, big);
	free(blob);
	zhen__buf_str(&b, "</internal-file></reference></header><body>"
	              "<trans-unit id=\"1\"><source>甲34</source><seg-source>"
	              "<mrk mtype=\"seg\" mid=\"1\">甲34</mrk></seg-source><target>"
	              "<mrk mtype=\"seg\" mid=\"1\">A 34</mrk></target>"
	              "</trans-unit></body></file></xliff>");
	ck_assert(!b.oom);
	zhen_units *u = read_as(ctx, b.p, b.len, ZHEN_FORMAT_UNKNOWN);
	ck_assert_int_eq(zhen_units_format(u), ZHEN_FORMAT_SDLXLIFF);
	ck_assert_uint_eq(zhen_units_count(u), 1);
	ck_assert_str_eq(zhen_units_get(u, 0)->en, "A 34");
	ck_assert_str_eq(zhen_units_get(u, 0)->id, "1");
	zhen_units_free(u);
	zhen__buf_free(&b);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- the corpus files read back as the plain texts ---- */

static char *slurp(const char *rel, size_t *len)
{
	const char *root = getenv("ZHEN_SOURCE");
	ck_assert_msg(root != NULL, "ZHEN_SOURCE not set");
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", root, rel);
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "%s", path);
	struct zhen__buf b = { 0 };
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		zhen__buf_add(&b, chunk, n);
	fclose(f);
	ck_assert(!b.oom && b.p);
	*len = b.len;
	return b.p;
}

/* The lines of a text file (LF, a final newline), cut in place. */
static size_t split_lines(char *s, char **out, size_t max)
{
	size_t n = 0;
	for (char *p = s, *nl; n < max && (nl = strchr(p, '\n')); p = nl + 1) {
		*nl = 0;
		out[n++] = p;
	}
	return n;
}

/* The units of a corpus file joined back into paragraphs: the units
 * whose id starts with the same prefix (up to '/'), Chinese segments
 * joined by nothing and English ones by a space, as they were cut. */
static void read_back(const char *file, zhen_format want_format,
                      const char *zh_txt, const char *en_txt,
                      const char *prefix)
{
	zhen_ctx *ctx = ctx_new();
	size_t len, zl, el;
	char *doc = slurp(file, &len), *zb = slurp(zh_txt, &zl),
	     *eb = slurp(en_txt, &el);
	char *zh[64], *en[64];
	size_t nz = split_lines(zb, zh, 64), ne = split_lines(eb, en, 64);
	ck_assert_uint_eq(nz, ne);
	zhen_format f;
	ck_assert_int_eq(zhen_format_detect(&f, ctx, doc, len, NULL), 0);
	ck_assert_int_eq(f, want_format);
	zhen_units *u = read_as(ctx, doc, len, ZHEN_FORMAT_UNKNOWN);
	size_t k = 0;
	for (size_t p = 0; p < nz; p++) {
		char id[32];
		snprintf(id, sizeof id, "%s%zu", prefix, p + 1);
		struct zhen__buf z = { 0 }, e = { 0 };
		for (; k < zhen_units_count(u); k++) {
			const zhen_unit *x = zhen_units_get(u, k);
			size_t il = strcspn(x->id, "/");
			if (il != strlen(id) || strncmp(x->id, id, il))
				break;
			ck_assert_uint_eq(x->flags, 0);
			ck_assert_ptr_nonnull(x->state);
			ck_assert(x->zh_src < len && doc[x->zh_src] == '<');
			ck_assert(x->en_src < len && doc[x->en_src] == '<');
			zhen__buf_str(&z, x->zh);
			if (e.len)
				zhen__buf_str(&e, " ");
			zhen__buf_str(&e, x->en);
		}
		ck_assert_msg(z.len, "%s: no unit %s", file, id);
		ck_assert_str_eq(z.p, zh[p]);
		ck_assert_str_eq(e.p, en[p]);
		zhen__buf_free(&z);
		zhen__buf_free(&e);
	}
	ck_assert_uint_eq(k, zhen_units_count(u));
	zhen_units_free(u);
	free(doc);
	free(zb);
	free(eb);
	zhen_ctx_free(ctx);
}

START_TEST(corpus_tw_results)
{
	read_back("corpus/formats/xliff/tw-results.xlf", ZHEN_FORMAT_XLIFF,
	          "corpus/tw-results/zh.txt", "corpus/tw-results/en.txt", "");
}
END_TEST

START_TEST(corpus_cn_policy)
{
	read_back("corpus/formats/xliff/cn-policy.xlf", ZHEN_FORMAT_XLIFF,
	          "corpus/cn-policy/zh.txt", "corpus/cn-policy/en.txt", "p");
}
END_TEST

/* sample.sdlxliff: one segment per line of sample.tsv, its id the line
 * number; line 3 untranslated, line 1 locked. */
START_TEST(corpus_sample)
{
	zhen_ctx *ctx = ctx_new();
	size_t len, tl;
	char *doc = slurp("corpus/formats/xliff/sample.sdlxliff", &len);
	char *tsv = slurp("corpus/pairs/sample.tsv", &tl), *rows[64];
	size_t n = split_lines(tsv, rows, 64);
	ck_assert_uint_eq(n, 50);
	zhen_format f;
	ck_assert_int_eq(zhen_format_detect(&f, ctx, doc, len, NULL), 0);
	ck_assert_int_eq(f, ZHEN_FORMAT_SDLXLIFF);
	zhen_units *u = read_as(ctx, doc, len, ZHEN_FORMAT_UNKNOWN);
	ck_assert_uint_eq(zhen_units_count(u), n);
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh-CN");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_EN), "en-US");
	static const char *const confs[] = { "Translated", "ApprovedTranslation",
		"ApprovedSignOff", "Draft", "RejectedTranslation",
		"RejectedSignOff" };
	for (size_t i = 0; i < n; i++) {
		const zhen_unit *x = zhen_units_get(u, i);
		char *tab = strchr(rows[i], '\t'), id[16], where[32];
		ck_assert_ptr_nonnull(tab);
		*tab = 0;
		snprintf(id, sizeof id, "%zu", i + 1);
		snprintf(where, sizeof where, "segment %zu", i + 1);
		ck_assert_str_eq(x->id, id);
		ck_assert_str_eq(x->where, where);
		ck_assert_str_eq(x->zh, rows[i]);
		ck_assert_str_eq(x->en, i + 1 == 3 ? "" : tab + 1);
		ck_assert_str_eq(x->state, i + 1 == 3 ? "Not Translated"
		                                      : confs[(i + 1) % 6]);
		ck_assert_uint_eq(x->flags, i + 1 == 3 ? ZHEN_UNIT_UNTRANSLATED
		                          : i + 1 == 1 ? ZHEN_UNIT_LOCKED : 0);
		ck_assert_uint_lt(x->zh_src, len);
		ck_assert(!strncmp(doc + x->zh_src, "<mrk mtype=\"seg\"", 16));
	}
	zhen_units_free(u);
	free(doc);
	free(tsv);
	zhen_ctx_free(ctx);
}
END_TEST

static Suite *xliff_suite(void)
{
	Suite *s = suite_create("xliff");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, inline_12, 0,
	                    (int)(sizeof inline12 / sizeof *inline12));
	tcase_add_loop_test(tc, inline_20, 0,
	                    (int)(sizeof inline20 / sizeof *inline20));
	tcase_add_test(tc, no_tag_digit);
	tcase_add_loop_test(tc, languages_12, 0,
	                    (int)(sizeof langs12 / sizeof *langs12));
	tcase_add_test(tc, languages_20);
	tcase_add_test(tc, languages_per_file);
	tcase_add_test(tc, units_12);
	tcase_add_test(tc, segments_12);
	tcase_add_test(tc, segments_20);
	tcase_add_test(tc, sdlxliff);
	tcase_add_test(tc, positions);
	tcase_add_test(tc, utf16);
	tcase_add_test(tc, bad_files);
	tcase_add_test(tc, bad_encoding);
	tcase_add_test(tc, deep_nesting);
	tcase_add_test(tc, big_embedded_file);
	tcase_add_test(tc, corpus_tw_results);
	tcase_add_test(tc, corpus_cn_policy);
	tcase_add_test(tc, corpus_sample);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(xliff_suite());
}
