/* test_tmx.c: TMX 1.4 read into units (src/readers/tmx.c): inline codes
 * never read as text, entities decoded, ids, places and lines, languages
 * either way round and by the old lang attribute, what the file gives
 * when a variant is missing or doubled, bad files, zhen's own TMX export
 * read back, and the corpus memory read back as its plain texts. */
#include "readers/readers.h"
#include "readers_fixture.h"
#include "zhen_test.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Read @p doc (NUL-terminated) as TMX, detected from its content. */
static int read_tmx(zhen_units **u, zhen_ctx *ctx, const char *doc)
{
	return zhen_units_read(u, ctx, doc, strlen(doc), NULL);
}

#define HEAD "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header " \
             "srclang=\"zh-TW\" adminlang=\"en\" o-tmf=\"x\" segtype=\"" \
             "sentence\" datatype=\"plaintext\" creationtool=\"t\" " \
             "creationtoolversion=\"1\"/><body>\n"
#define TAIL "</body></tmx>\n"

/* One <tu> with a Chinese and an English <seg> (markup as given): the
 * texts a reader sees, and text that must never reach them. */
static const struct {
	const char *zh, *en;
	const char *want_zh, *want_en;
	const char *never;
} inlines[] = {
	/* a placeholder whose native code holds a figure */
	{ "營收34億元<ph x=\"7\">&lt;x id=\"7\"/&gt;</ph>。",
	  "Revenue<ph x=\"7\">&lt;x id=\"7\"/&gt;</ph> of 3.4 billion.",
	  "營收34億元。", "Revenue of 3.4 billion.", "7" },
	/* a no-break space by reference: a space-like character, never 160 */
	{ "營收&#160;34億元", "up&#160;5&#xA0;%", "營收\xC2\xA0" "34億元",
	  "up\xC2\xA0" "5\xC2\xA0%", "160" },
	/* paired codes around and inside a figure leave nothing */
	{ "年增<bpt i=\"1\">&lt;b&gt;</bpt>26.5％<ept i=\"1\">&lt;/b&gt;</ept>",
	  "1,2<bpt i=\"9\">{9}</bpt>50<ept i=\"9\">{/9}</ept> units",
	  "年增26.5％", "1,250 units", "9" },
	/* a placeholder between two figures parts them; between Han and a
	 * digit it adds nothing */
	{ "2019<ph/>2020年，第<ph x=\"8\">{8}</ph>3季",
	  "2019<ph x=\"8\">{8}</ph>2020, <ph>&lt;br/&gt;</ph>up",
	  "2019 2020年，第3季", "2019 2020, up", "8" },
	/* isolated and unknown codes: content dropped */
	{ "<it pos=\"begin\" x=\"5\">&lt;i&gt;</it>股利5元",
	  "dividend<ut>{\\f 5}</ut> of NT$5", "股利5元", "dividend of NT$5",
	  "f 5" },
	/* <hi> is text; <sub> goes with its code */
	{ "<hi type=\"b\">34億元</hi>",
	  "<bpt i=\"1\">&lt;a title=\"<sub>Note 12</sub>\"&gt;</bpt>RMB 3.4 "
	  "billion<ept i=\"1\">&lt;/a&gt;</ept>", "34億元", "RMB 3.4 billion",
	  "12" },
	/* nested elements inside a code */
	{ "<ph><sub>第<hi>99</hi>頁</sub></ph>共5頁", "5 pages<ph/>",
	  "共5頁", "5 pages", "99" },
	/* predefined entities, character references, CDATA, white space */
	{ "&#x5104;元 &amp; &lt;34&gt;", "<![CDATA[R&D <34>]]>\n   rose\t5%",
	  "億元 & <34>", "R&D <34> rose 5%", "#" },
	/* an element TMX does not define: its text is read */
	{ "<g id=\"3\">34</g>億元", "<x id=\"4\"/>3.4 billion", "34億元",
	  "3.4 billion", "id" },
	/* DEL, which XML lets through raw or by reference, reads as a
	 * standalone code (a space only between two letters or digits): the
	 * pipeline refuses control characters in text (found by fuzz_tmx and
	 * fuzz_xliff) */
	{ "營收\x7F" "34億元", "up&#127;&#x7f;5%", "營收34億元", "up 5%",
	  "\x7F" },
};

START_TEST(inline_table)
{
	zhen_ctx *ctx = ctx_new();
	char doc[2048];
	snprintf(doc, sizeof doc, HEAD "<tu><tuv xml:lang=\"zh-TW\"><seg>%s"
	         "</seg></tuv><tuv xml:lang=\"en-US\"><seg>%s</seg></tuv></tu>"
	         TAIL, inlines[_i].zh, inlines[_i].en);
	zhen_units *u = NULL;
	ck_assert_msg(read_tmx(&u, ctx, doc) == 0, "%s", zhen_ctx_errmsg(ctx));
	ck_assert_uint_eq(zhen_units_count(u), 1);
	const zhen_unit *x = zhen_units_get(u, 0);
	ck_assert_str_eq(x->zh, inlines[_i].want_zh);
	ck_assert_str_eq(x->en, inlines[_i].want_en);
	ck_assert_uint_eq(x->zh_len, strlen(inlines[_i].want_zh));
	ck_assert_uint_eq(x->en_len, strlen(inlines[_i].want_en));
	ck_assert_ptr_null(strstr(x->zh, inlines[_i].never));
	ck_assert_ptr_null(strstr(x->en, inlines[_i].never));
	ck_assert_uint_eq(x->flags, 0);
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

/* Ids, places, lines, flags and languages. */
START_TEST(units_and_places)
{
	static const char doc[] =
	    "<?xml version=\"1.0\"?>\n"                                  /* 1 */
	    "<tmx version=\"1.4\">\n"                                      /* 2 */
	    "<header srclang=\"en-US\" o-tmf=\"x\"/>\n"                    /* 3 */
	    "<body>\n"                                                     /* 4 */
	    "<tu tuid=\"a-1\">\n"                                          /* 5 */
	    "  <tuv xml:lang=\"en-US\"><seg>up 5%</seg></tuv>\n"           /* 6 */
	    "  <tuv xml:lang=\"zh-CN\">\n"                                 /* 7 */
	    "    <seg>增长5%</seg>\n"                                      /* 8 */
	    "  </tuv>\n"                                                   /* 9 */
	    "</tu>\n"                                                      /* 10 */
	    "<tu><prop type=\"x\">34</prop><note>7 words</note>\n"         /* 11 */
	    "  <tuv lang=\"ZH\"><seg>只有中文34</seg></tuv></tu>\n"        /* 12 */
	    "<tu tuid=\"en\"><tuv xml:lang=\"en\"><seg>alone 9</seg></tuv>"
	    "</tu>\n"                                                      /* 13 */
	    "<tu tuid=\"m\"><tuv xml:lang=\"zh-TW\"><seg>甲1</seg></tuv>\n"
	    "<tuv xml:lang=\"zh-CN\"><seg>乙1</seg></tuv>\n"               /* 15 */
	    "<tuv xml:lang=\"de\"><seg>D 1</seg></tuv>\n"                  /* 16 */
	    "<tuv xml:lang=\"en-GB\"><seg>A 1</seg></tuv></tu>\n"          /* 17 */
	    "<tu><tuv xml:lang=\"zh\"><seg> </seg></tuv><tuv xml:lang=\"en\">"
	    "<seg>empty Chinese</seg></tuv></tu>\n"                        /* 18 */
	    "<tu><tuv xml:lang=\"zh\"><seg>空的英文</seg></tuv><tuv "
	    "xml:lang=\"en\"><seg/></tuv></tu>\n"                          /* 19 */
	    "<tu/>\n"                                                      /* 20 */
	    "</body></tmx>\n";
	static const struct {
		const char *zh, *en, *id, *where;
		size_t line;
		unsigned flags;
	} want[] = {
		{ "增长5%", "up 5%", "a-1", "tu 1", 8, 0 },
		{ "只有中文34", "", NULL, "tu 2", 12, ZHEN_UNIT_UNTRANSLATED },
		{ "甲1", "A 1", "m", "tu 4 (zh-TW, en-GB)", 14, 0 },
		{ "乙1", "A 1", "m", "tu 4 (zh-CN, en-GB)", 15, 0 },
		{ "空的英文", "", NULL, "tu 6", 19, ZHEN_UNIT_UNTRANSLATED },
	};
	zhen_ctx *ctx = ctx_new();
	zhen_units *u = NULL;
	ck_assert_msg(read_tmx(&u, ctx, doc) == 0, "%s", zhen_ctx_errmsg(ctx));
	ck_assert_int_eq(zhen_units_format(u), ZHEN_FORMAT_TMX);
	ck_assert_uint_eq(zhen_units_count(u), sizeof want / sizeof *want);
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		const zhen_unit *x = zhen_units_get(u, i);
		ck_assert_str_eq(x->zh, want[i].zh);
		ck_assert_str_eq(x->en, want[i].en);
		if (want[i].id)
			ck_assert_str_eq(x->id, want[i].id);
		else
			ck_assert_ptr_null(x->id);
		ck_assert_str_eq(x->where, want[i].where);
		ck_assert_msg(x->line == want[i].line, "unit %zu: line %zu", i,
		              x->line);
		ck_assert_uint_eq(x->flags, want[i].flags);
		ck_assert_ptr_null(x->state);
	}
	/* the header's srclang for English, the first Chinese variant */
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh-CN");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_EN), "en-US");
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

/* English first, Chinese second, by the TMX 1.1-1.3 lang attribute; in
 * UTF-16; DEL in attributes (XML lets it through) never reaching an id,
 * a place or a language tag (found by fuzz_tmx in a tuid). */
START_TEST(languages_either_way)
{
	static const char doc[] =
	    "<tmx version=\"1.1\"><header srclang=\"*all*\"/><body>"
	    "<tu><tuv lang=\"EN-US\"><seg>RMB 3.4 billion</seg></tuv>"
	    "<tuv lang=\"zh-Hans\"><seg>34亿元</seg></tuv></tu>"
	    "<tu><tuv xml:lang=\"cmn\"><seg>五年</seg></tuv>"
	    "<tuv xml:lang=\"eng\"><seg>five years</seg></tuv></tu>"
	    "</body></tmx>";
	zhen_ctx *ctx = ctx_new();
	zhen_units *u = NULL;
	ck_assert_int_eq(read_tmx(&u, ctx, doc), 0);
	ck_assert_uint_eq(zhen_units_count(u), 2);
	ck_assert_str_eq(zhen_units_get(u, 0)->zh, "34亿元");
	ck_assert_str_eq(zhen_units_get(u, 0)->en, "RMB 3.4 billion");
	ck_assert_str_eq(zhen_units_get(u, 1)->zh, "五年");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh-Hans");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_EN), "EN-US");
	zhen_units_free(u);

	/* UTF-16 with a BOM, as some CAT tools write TMX */
	static const char utf8[] = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
	                           "<tmx><body><tu><tuv xml:lang=\"zh\"><seg>"
	                           "營收34億</seg></tuv><tuv xml:lang=\"en\">"
	                           "<seg>3.4 billion</seg></tuv></tu></body>"
	                           "</tmx>";
	char w[1024];
	size_t n = utf16le(w, utf8);
	ck_assert_msg(zhen_units_read(&u, ctx, w, n, NULL) == 0, "%s",
	              zhen_ctx_errmsg(ctx));
	ck_assert_uint_eq(zhen_units_count(u), 1);
	ck_assert_str_eq(zhen_units_get(u, 0)->zh, "營收34億");
	zhen_units_free(u);

	static const char del[] =
	    "<tmx version=\"1.4\"><header/><body><tu tuid=\"tw\x7F-6\">"
	    "<tuv xml:lang=\"zh-&#127;TW\"><seg>五年</seg></tuv>"
	    "<tuv xml:lang=\"en\"><seg>five</seg></tuv>"
	    "<tuv xml:lang=\"en-\x7FGB\"><seg>5</seg></tuv></tu>"
	    "</body></tmx>";
	ck_assert_int_eq(read_tmx(&u, ctx, del), 0);
	ck_assert_uint_eq(zhen_units_count(u), 2);
	ck_assert_str_eq(zhen_units_get(u, 0)->id, "tw -6");
	ck_assert_str_eq(zhen_units_get(u, 1)->where, "tu 1 (zh- TW, en- GB)");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh- TW");
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

/* Bad files: ZHEN_EINPUT, a one-line message naming the place. */
static const struct {
	const char *doc;
	const char *msg;
	size_t line;
} bad[] = {
	{ "<tmx>\n<body>\n<tu><tuv xml:lang=\"zh\"><seg>34</tuv>\n</tu></body>"
	  "</tmx>", "malformed TMX", 3 },
	{ "<tmx><body>\n<tu>\n<tuv><seg>34億</seg></tuv></tu></body></tmx>",
	  "without xml:lang", 3 },
	{ "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"/>", "root element is "
	  "<xliff>", 2 },
	{ "<tmx><body><tu><tuv xml:lang=\"de\"><seg>34</seg></tuv><tuv "
	  "xml:lang=\"fr-FR\"><seg>34</seg></tuv></tu></body></tmx>",
	  "without a Chinese variant (xml:lang zh..., en...); its languages: "
	  "de, fr-FR", 0 },
	{ "<tmx><body><tu><tuv xml:lang=\"zh\"><seg>34</seg></tuv><tuv "
	  "xml:lang=\"de\"><seg>34</seg></tuv></tu></body></tmx>",
	  "without an English variant", 0 },
	{ "<!DOCTYPE tmx [ <!ENTITY n \"34\"> ]>\n<tmx><body><tu><tuv "
	  "xml:lang=\"zh\"><seg>&n;</seg></tuv></tu></body></tmx>",
	  "declares XML entities", 2 }, /* the parser's line, past the DTD */
	{ "<tmx><body><tu><tuv xml:lang=\"zh\"><seg>營收&nbsp;34</seg></tuv>"
	  "</tu></body></tmx>", "malformed TMX", 1 },
	{ "<tmx><body><tu><tuv xml:lang=\"zh\"><seg>34", "malformed TMX", 1 },
	{ "\xEF\xBB\xBF<tmx><body><tu><tuv xml:lang=\"zh\"><seg>\xE5\x84</seg>"
	  "</tuv></tu></body></tmx>", "malformed TMX", 1 },
};

START_TEST(bad_files)
{
	zhen_ctx *ctx = ctx_new();
	zhen_units *u = (zhen_units *)1;
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = ZHEN_FORMAT_TMX; /* even what detection would call text */
	const char *doc = bad[_i].doc;
	ck_assert_int_eq(zhen_units_read(&u, ctx, doc, strlen(doc), &o),
	                 ZHEN_EINPUT);
	ck_assert_ptr_null(u);
	const char *msg = zhen_ctx_errmsg(ctx);
	ck_assert_msg(strstr(msg, bad[_i].msg), "case %d: %s", _i, msg);
	ck_assert_msg(!strchr(msg, '\n'), "%s", msg);
	size_t line = 99, byte;
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_msg(line == bad[_i].line, "case %d: line %zu (%s)", _i, line,
	              msg);
	zhen_ctx_free(ctx);
}
END_TEST

/* Many variants of one language: refused, not squared. */
START_TEST(too_many_variants)
{
	struct zhen__buf b = { 0 };
	zhen__buf_str(&b, "<tmx><body>\n<tu>");
	for (int i = 0; i < 17; i++)
		zhen__buf_printf(&b, "<tuv xml:lang=\"zh-x%d\"><seg>%d</seg>"
		                 "</tuv><tuv xml:lang=\"en\"><seg>%d</seg></tuv>",
		                 i, i, i);
	zhen__buf_str(&b, "</tu></body></tmx>");
	zhen_ctx *ctx = ctx_new();
	zhen_units *u = NULL;
	ck_assert_int_eq(zhen_units_read(&u, ctx, b.p, b.len, NULL),
	                 ZHEN_EINPUT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "more than 16 "
	                             "Chinese"));
	/* sixteen of each is 256 units */
	zhen__buf_free(&b);
	zhen__buf_str(&b, "<tmx><body><tu>");
	for (int i = 0; i < 16; i++)
		zhen__buf_printf(&b, "<tuv xml:lang=\"zh-x%d\"><seg>%d</seg>"
		                 "</tuv><tuv xml:lang=\"en-x%d\"><seg>%d</seg>"
		                 "</tuv>", i, i, i, i);
	zhen__buf_str(&b, "</tu></body></tmx>");
	ck_assert_int_eq(zhen_units_read(&u, ctx, b.p, b.len, NULL), 0);
	ck_assert_uint_eq(zhen_units_count(u), 256);
	zhen_units_free(u);
	zhen__buf_free(&b);
	/* an empty memory is no error */
	ck_assert_int_eq(read_tmx(&u, ctx, "<tmx><header/><body/></tmx>"), 0);
	ck_assert_uint_eq(zhen_units_count(u), 0);
	zhen_units_free(u);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- zhen's own TMX export, read back ---- */

static int collect(void *payload, const char *bytes, size_t len)
{
	zhen__buf_add(payload, bytes, len);
	return 0;
}

/* [s, s+n) with white space runs as one space, trimmed: how a TMX
 * reader and writer may differ without the text differing. */
static char *squeeze(const char *s, size_t n)
{
	char *o = malloc(n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		bool sp = strchr(" \t\r\n", s[i]) != NULL;
		if (sp && (!k || o[k - 1] == ' '))
			continue;
		o[k++] = sp ? ' ' : s[i];
	}
	while (k && o[k - 1] == ' ')
		k--;
	o[k] = 0;
	return o;
}

/* The text of beads' sentences, joined as the export joins them. */
static char *side(const zhen_doc *d, const zhen_sentences *s, size_t first,
                  size_t count, bool zh)
{
	struct zhen__buf b = { 0 };
	const char *text = zhen_doc_bytes(d, NULL);
	for (size_t i = first; i < first + count; i++) {
		const zhen_sentence *x = zhen_sentences_get(s, i);
		if (i > first && !zh)
			zhen__buf_add(&b, " ", 1);
		zhen__buf_add(&b, text + x->off, x->len);
	}
	char *o = squeeze(b.p ? b.p : "", b.len);
	zhen__buf_free(&b);
	return o;
}

static void roundtrip(const char *zh_text, const char *en_text)
{
	zhen_ctx *ctx = ctx_new();
	zhen_doc *zh = NULL, *en = NULL;
	zhen_result *r = NULL;
	ck_assert_int_eq(zhen_doc_from_bytes(&zh, ctx, zh_text,
	                                     strlen(zh_text)), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&en, ctx, en_text,
	                                     strlen(en_text)), 0);
	ck_assert_int_eq(zhen_align_documents(&r, ctx, zh, en, NULL), 0);
	const zhen_alignment *a = zhen_result_alignment(r);
	const zhen_sentences *zs = zhen_result_sentences(r, ZHEN_LANG_ZH);
	const zhen_sentences *es = zhen_result_sentences(r, ZHEN_LANG_EN);
	struct zhen__buf tmx = { 0 };
	zhen_export_options xo = ZHEN_EXPORT_OPTIONS_INIT;
	xo.format = ZHEN_EXPORT_TMX;
	xo.zh_lang = "zh-TW";
	ck_assert_int_eq(zhen_alignment_write(collect, &tmx, ctx, a,
	                 zhen_doc_bytes(zh, NULL), zs, zhen_doc_bytes(en, NULL),
	                 es, &xo), 0);
	zhen_units *u = NULL;
	zhen_format f;
	ck_assert_int_eq(zhen_format_detect(&f, ctx, tmx.p, tmx.len, NULL), 0);
	ck_assert_int_eq(f, ZHEN_FORMAT_TMX);
	ck_assert_msg(zhen_units_read(&u, ctx, tmx.p, tmx.len, NULL) == 0,
	              "%s", zhen_ctx_errmsg(ctx));
	size_t k = 0;
	for (size_t i = 0; i < zhen_alignment_count(a); i++) {
		const zhen_bead *b = zhen_alignment_get(a, i);
		if (!b->zh_count || !b->en_count)
			continue;
		ck_assert_uint_lt(k, zhen_units_count(u));
		const zhen_unit *x = zhen_units_get(u, k++);
		char *wz = side(zh, zs, b->zh_first, b->zh_count, true);
		char *we = side(en, es, b->en_first, b->en_count, false);
		ck_assert_str_eq(x->zh, wz);
		ck_assert_str_eq(x->en, we);
		free(wz);
		free(we);
		char where[32];
		snprintf(where, sizeof where, "tu %zu", k);
		ck_assert_str_eq(x->where, where);
		ck_assert_uint_eq(x->flags, 0);
	}
	ck_assert_uint_gt(k, 0);
	ck_assert_uint_eq(k, zhen_units_count(u));
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh-TW");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_EN), "en");
	zhen_units_free(u);
	zhen__buf_free(&tmx);
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	zhen_ctx_free(ctx);
}

START_TEST(export_roundtrip)
{
	/* what XML must escape, and a tab a TMX writer turns into a space */
	roundtrip("營收<34>億元 & \"成長\"21%。\n第二段：2019\t年，5%。\n",
	          "Revenue <34> billion & \"growth\" of 21%.\nSecond: 5% in\t"
	          "2019.\n");
}
END_TEST

START_TEST(export_roundtrip_corpus)
{
	size_t zl, el;
	char *zh = slurp("corpus/hk-deal/zh.txt", &zl);
	char *en = slurp("corpus/hk-deal/en.txt", &el);
	roundtrip(zh, en);
	free(zh);
	free(en);
}
END_TEST

/* The corpus memory reads back as the plain texts it was built from,
 * unit by unit (corpus/formats/make_tables.py), whatever tags and
 * references it holds. */
START_TEST(corpus_memory)
{
	size_t len, zl, el;
	char *tmx = slurp("corpus/formats/tmx/tw-results.tmx", &len);
	char *zh = slurp("corpus/tw-results/zh.txt", &zl);
	char *en = slurp("corpus/tw-results/en.txt", &el);
	zhen_ctx *ctx = ctx_new();
	zhen_units *u = NULL;
	ck_assert_msg(zhen_units_read(&u, ctx, tmx, len, NULL) == 0, "%s",
	              zhen_ctx_errmsg(ctx));
	ck_assert_uint_eq(zhen_units_count(u), 16);
	char *zp = zh, *ep = en;
	for (size_t i = 0; i < 16; i++) {
		const zhen_unit *x = zhen_units_get(u, i);
		char *zn = strchr(zp, '\n'), *enl = strchr(ep, '\n');
		*zn = *enl = 0;
		ck_assert_str_eq(x->zh, zp);
		ck_assert_str_eq(x->en, ep);
		char id[16];
		snprintf(id, sizeof id, "tw-%zu", i + 1);
		ck_assert_str_eq(x->id, id);
		ck_assert_uint_eq(x->flags, 0);
		zp = zn + 1;
		ep = enl + 1;
	}
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_ZH), "zh-TW");
	ck_assert_str_eq(zhen_units_lang(u, ZHEN_LANG_EN), "en-US");
	/* the line is the Chinese <seg>'s */
	const zhen_unit *x = zhen_units_get(u, 0);
	size_t line = 1;
	for (const char *p = tmx; p < strstr(tmx, "<seg>瀚昇電子"); p++)
		line += *p == '\n';
	ck_assert_uint_eq(x->line, line);
	zhen_units_free(u);
	zhen_ctx_free(ctx);
	free(tmx);
	free(zh);
	free(en);
}
END_TEST

static Suite *tmx_suite(void)
{
	Suite *s = suite_create("tmx");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, inline_table, 0,
	                    (int)(sizeof inlines / sizeof *inlines));
	tcase_add_test(tc, units_and_places);
	tcase_add_test(tc, languages_either_way);
	tcase_add_loop_test(tc, bad_files, 0, (int)(sizeof bad / sizeof *bad));
	tcase_add_test(tc, too_many_variants);
	tcase_add_test(tc, export_roundtrip);
	tcase_add_test(tc, export_roundtrip_corpus);
	tcase_add_test(tc, corpus_memory);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(tmx_suite());
}
