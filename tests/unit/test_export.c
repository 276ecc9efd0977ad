/* test_export.c: alignments written as TSV and TMX (src/report/export.c), word
 * lists read from CC-CEDICT text (src/lexicon.c), and the aligner's
 * anchors that need the documents' text (src/align.c). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "zhen_test.h"
#include "lexicon.h"

/* ---- helpers ---- */

static int collect(void *payload, const char *bytes, size_t len)
{
	zhen__buf_add(payload, bytes, len);
	return 0;
}

static int refuse(void *payload, const char *bytes, size_t len)
{
	(void)payload;
	(void)bytes;
	(void)len;
	return 7;
}

/* A document whose paragraphs are the given lines, one sentence each. */
struct tdoc {
	struct zhen__buf text;
	zhen_sentences s;
	zhen_quantities **q; /* from the number reader, with a context */
};

static void tdoc_build(struct tdoc *d, const char *const *lines)
{
	memset(d, 0, sizeof *d);
	for (size_t i = 0; lines[i]; i++) {
		zhen_sentence se = { d->text.len, strlen(lines[i]), i, 0, 0 };

		for (size_t k = 0; k < se.len;) {
			int32_t cp = zhen__utf8_next(lines[i], se.len, &k);
			se.nchars += cp != ' ';
		}
		zhen__buf_str(&d->text, lines[i]);
		zhen__buf_add(&d->text, "\n", 1);
		ck_assert_int_eq(zhen__sentences_push(&d->s, &se), 0);
	}
	ck_assert(!d->text.oom);
}

/* The sentences' quantities, read as the check pipeline reads them. */
static void tdoc_numbers(struct tdoc *d, zhen_ctx *ctx, zhen_lang lang)
{
	d->q = calloc(d->s.n + 1, sizeof *d->q);
	ck_assert_ptr_nonnull(d->q);
	for (size_t i = 0; i < d->s.n; i++)
		ck_assert_int_eq(zhen_numbers_extract(&d->q[i], ctx, lang,
		                 lang == ZHEN_LANG_ZH ? ZHEN_CONVERT_T2S :
		                 ZHEN_CONVERT_NONE, d->text.p + d->s.c[i].off,
		                 d->s.c[i].len, d->s.c[i].off), 0);
}

static void tdoc_free(struct tdoc *d)
{
	for (size_t i = 0; d->q && i < d->s.n; i++)
		zhen_quantities_free(d->q[i]);
	free(d->q);
	zhen__buf_free(&d->text);
	free(d->s.c);
}

static zhen_alignment *align_docs(const struct tdoc *zh, const struct tdoc *en,
                                  const zhen_align_options *o)
{
	zhen_align_side zs = { zh->text.p, zh->text.len, &zh->s,
	                       (const zhen_quantities *const *)zh->q };
	zhen_align_side es = { en->text.p, en->text.len, &en->s,
	                       (const zhen_quantities *const *)en->q };
	zhen_alignment *a = NULL;

	ck_assert_int_eq(zhen_align_sides(&a, NULL, &zs, &es, o), 0);
	return a;
}

/* "1-1,0-1,…" */
static void shape(char *out, size_t cap, const zhen_alignment *a)
{
	size_t n = 0;

	out[0] = 0;
	for (size_t t = 0; t < zhen_alignment_count(a); t++) {
		const zhen_bead *b = zhen_alignment_get(a, t);
		n += (size_t)snprintf(out + n, cap - n, "%s%zu-%zu", t ? "," : "",
		                      b->zh_count, b->en_count);
		ck_assert(n < cap);
	}
}

/* ---- lengths and anchors from the text ---- */

struct tcase {
	const char *name;
	const char *zh[12], *en[12];
	const char *expect;
};

static const struct tcase cases[] = {
	/* The seeds' and hk-deal's trap: a 23-character headline against a
	 * dateline of 26 letters. Counted in code points both are about 25
	 * long and paired; per script the headline stands for some 70
	 * English letters. */
	{ "headline is not the dateline",
	  { "港聯物流擬收購內地冷鏈企業鮮運通，加快大灣區佈局",
	    "港聯物流集團宣佈，將以港幣48億元收購內地冷鏈物流企業鮮運通60%股權，交易完成後，鮮運通將成為集團的附屬公司。",
	    "收購價相當於鮮運通2023年稅後利潤的16.5倍。港聯表示，收購資金將來自內部資源及銀行貸款。",
	    "港聯物流2023年收入為港幣156.8億元，其中約45%來自內地業務。",
	    "受惠於跨境電商業務增長，港聯去年毛利率升至22.4%，較前年提高2.1個百分點。",
	    NULL },
	  { "HONG KONG, March 3 (zhen newswire) -",
	    "Harbourlink Logistics Group said it would pay HK$4.8 billion for a 60% stake in Xianyuntong, a cold-chain logistics company in mainland China. Xianyuntong will become a subsidiary of the group after the deal is completed.",
	    "The price values Xianyuntong at 16.5 times its 2023 after-tax profit. Harbourlink said it would fund the purchase from internal resources and bank loans.",
	    "Harbourlink's revenue for 2023 was RMB 15.68 billion, about 45% of which came from its mainland business.",
	    "Helped by growth in cross-border e-commerce, Harbourlink's gross margin rose to 22.4% last year, up 2.1% from the year before.",
	    NULL },
	  "0-1,1-0,1-1,1-1,1-1,1-1" },
	/* Same lengths, one of the middle sentences missing in the
	 * English: only the acronyms say which. */
	{ "shared tokens place an omission",
	  { "IBM今天發布了新的產品線並表示銷量很好。",
	    "SCG集團今天發布了新的產品線並表示銷量很好。",
	    "GPU供應商今天發布了新的產品線並表示銷量很好。",
	    "ASML今天發布了新的產品線並表示銷量很好。", NULL },
	  { "IBM released a new product line today and said sales were good.",
	    "The GPU supplier released a new product line today and said sales were good.",
	    "ASML released a new product line today and said sales were good.",
	    NULL },
	  "1-1,1-0,1-1,1-1" },
	{ "shared tokens place an omission, the other way",
	  { "IBM今天發布了新的產品線並表示銷量很好。",
	    "SCG集團今天發布了新的產品線並表示銷量很好。",
	    "GPU供應商今天發布了新的產品線並表示銷量很好。",
	    "ASML今天發布了新的產品線並表示銷量很好。", NULL },
	  { "IBM released a new product line today and said sales were good.",
	    "The SCG group released a new product line today and said sales were good.",
	    "ASML released a new product line today and said sales were good.",
	    NULL },
	  "1-1,1-1,1-0,1-1" },
	{ "without the tokens the omission goes elsewhere",
	  { "甲公司今天發布了新的產品線並表示銷量很好。",
	    "集團今天發布了新的產品線並表示銷量很好很好。",
	    "供應商今天發布了新的產品線並表示銷量很好。",
	    "乙公司今天發布了新的產品線並表示銷量很好。", NULL },
	  { "Company A released a new product line today and said sales were good.",
	    "The supplier released a new product line today and said sales were good.",
	    "Company B released a new product line today and said sales were good.",
	    NULL },
	  "1-1,1-1,1-0,1-1" },
};

START_TEST(text_cases)
{
	const struct tcase *c = &cases[_i];
	zhen_align_options o = ZHEN_ALIGN_OPTIONS_INIT;
	struct tdoc zh, en;
	zhen_alignment *a;
	zhen_ctx *ctx;
	char got[256];

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	tdoc_build(&zh, c->zh);
	tdoc_build(&en, c->en);
	tdoc_numbers(&zh, ctx, ZHEN_LANG_ZH);
	tdoc_numbers(&en, ctx, ZHEN_LANG_EN);
	a = align_docs(&zh, &en, &o);
	shape(got, sizeof got, a);
	ck_assert_msg(!strcmp(got, c->expect), "%s: got %s, expected %s",
	              c->name, got, c->expect);
	zhen_alignment_free(a);
	tdoc_free(&zh);
	tdoc_free(&en);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- lexicon ---- */

static const char lexicon_text[] =
	"# a tiny word list in CC-CEDICT form, written for this test\n"
	"股東 股东 [gu3 dong1] /shareholder/stockholder/\n"
	"冷庫 冷库 [leng3 ku4] /cold store/cold storage/\n"
	"分析師 分析师 [fen1 xi1 shi1] /analyst/\n"
	"個 个 [ge4] /individual/CL:個|个[ge4]/\n"
	"人 人 [ren2] /person/\n"
	"一個 一个 [yi1 ge4] /see 一個|一个[yi1 ge4]/\n"
	"\n";

START_TEST(lexicon_read)
{
	zhen_lexicon *l = NULL;
	zhen_ctx *ctx;
	const char bad[] = "股東 股东 [gu3 dong1] /shareholder/\nnot an entry\n";
	const char *heads[] = { "股東", "股东", "冷庫", "冷库", "分析師" };
	size_t pos = 0;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_lexicon_read(&l, ctx, lexicon_text,
	                                   strlen(lexicon_text)), 0);
	/* 個 and 人 glosses are kept, the pointer entry 一個 has none */
	ck_assert_uint_eq(zhen_lexicon_count(l), 5);
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		pos = 0;
		ck_assert_msg(zhen__lex_next(l, zhen__lex_head_hash(heads[i],
		              strlen(heads[i])), &pos), "%s", heads[i]);
	}
	/* one character is never a headword to look up */
	pos = 0;
	ck_assert_ptr_null(zhen__lex_next(l, zhen__lex_head_hash("人", 3),
	                                  &pos));
	ck_assert(zhen__lex_has_word(l, zhen__lex_word_hash("Shareholders", 12)));
	ck_assert(zhen__lex_has_word(l, zhen__lex_word_hash("storage", 7)));
	ck_assert(!zhen__lex_has_word(l, zhen__lex_word_hash("see", 3)));
	ck_assert(!zhen__lex_has_word(l, zhen__lex_word_hash("ge", 2)));
	zhen_lexicon_free(l);

	ck_assert_int_eq(zhen_lexicon_read(&l, ctx, bad, strlen(bad)),
	                 ZHEN_EDICT);
	ck_assert_ptr_null(l);
	/* the line is the error's position (the CLI prints FILE:LINE) */
	size_t errline = 0;
	zhen_ctx_errpos(ctx, &errline, NULL);
	ck_assert_uint_eq(errline, 2);
	ck_assert(strstr(zhen_ctx_errmsg(ctx), "CC-CEDICT"));
	ck_assert_int_eq(zhen_lexicon_read(&l, ctx, "", 0), 0);
	ck_assert_uint_eq(zhen_lexicon_count(l), 0);
	zhen_lexicon_free(l);
	zhen_lexicon_free(NULL);
	zhen_ctx_free(ctx);
}
END_TEST

/* Four sentences of equal length, one left out in the English: only the
 * words the lexicon knows say which one. */
START_TEST(lexicon_decides)
{
	static const char *const zh_lines[] = {
		"董事會今天召開了會議並討論了明年的計劃。",
		"股東今天召開了會議並討論了明年的計劃。",
		"分析師今天召開了會議並討論了明年的計劃。",
		"冷庫今天召開了會議並討論了明年的計劃很好。", NULL };
	static const char *const en_lines[] = {
		"The board met today and discussed the plans for next year.",
		"Shareholders met today and discussed the plans for next year.",
		"The cold store met today and discussed plans for next year.",
		NULL };
	zhen_align_options o = ZHEN_ALIGN_OPTIONS_INIT;
	zhen_lexicon *l = NULL;
	struct tdoc zh, en;
	zhen_alignment *a;
	char got[128];

	tdoc_build(&zh, zh_lines);
	tdoc_build(&en, en_lines);
	ck_assert_int_eq(zhen_lexicon_read(&l, NULL, lexicon_text,
	                                   strlen(lexicon_text)), 0);
	o.lexicon = l;
	a = align_docs(&zh, &en, &o);
	shape(got, sizeof got, a);
	ck_assert_str_eq(got, "1-1,1-1,1-0,1-1");
	zhen_alignment_free(a);
	/* version 1 options end before the lexicon: it is not read */
	o.version = 1;
	a = align_docs(&zh, &en, &o);
	shape(got, sizeof got, a);
	ck_assert_str_ne(got, "1-1,1-1,1-0,1-1");
	zhen_alignment_free(a);
	zhen_lexicon_free(l);
	tdoc_free(&zh);
	tdoc_free(&en);
}
END_TEST

/* ---- export ---- */

static const char *const ex_zh[] = {
	"標題只有中文",
	"營收34億元。",
	"A&B公司<擴張>。",
	"「真的嗎？」他問。", NULL };
static const char *const ex_en[] = {
	"Revenue was RMB 3.4 billion.",
	"A&B\tCo. <expanded>.",
	"\"Really?\" he asked.", NULL };

/* The beads are set by hand: what is written must not hang on how well
 * four short lines align. */
static void export_docs(struct tdoc *zh, struct tdoc *en, zhen_alignment **a)
{
	/* the library's kept form: cost, confidence, firsts, counts, moved */
	static const struct zhen__bead beads[] = {
		{ 1, 0.9, 0, 0, 1, 0, 0 }, { 0, 0.8, 1, 0, 1, 1, 0 },
		{ 0, 0.7, 2, 1, 1, 1, 0 }, { 0, 0.6, 3, 2, 1, 1, 0 },
	};

	tdoc_build(zh, ex_zh);
	tdoc_build(en, ex_en);
	*a = calloc(1, sizeof **a);
	ck_assert_ptr_nonnull(*a);
	(*a)->b = malloc(sizeof beads);
	ck_assert_ptr_nonnull((*a)->b);
	memcpy((*a)->b, beads, sizeof beads);
	(*a)->n = (*a)->cap = sizeof beads / sizeof beads[0];
}

START_TEST(export_tsv)
{
	zhen_export_options xo = ZHEN_EXPORT_OPTIONS_INIT;
	struct zhen__buf out = { 0 };
	struct tdoc zh, en;
	zhen_alignment *a;

	export_docs(&zh, &en, &a);
	ck_assert_int_eq(zhen_alignment_write(collect, &out, NULL, a,
	                                      zh.text.p, &zh.s, en.text.p,
	                                      &en.s, &xo), 0);
	zhen__buf_add(&out, "", 1);
	/* one line a bead, the one-sided headline with an empty English
	 * field, the tab inside a sentence turned into a space */
	ck_assert_str_eq(out.p,
	                 "標題只有中文\t\t0.900\n"
	                 "營收34億元。\tRevenue was RMB 3.4 billion.\t0.800\n"
	                 "A&B公司<擴張>。\tA&B Co. <expanded>.\t0.700\n"
	                 "「真的嗎？」他問。\t\"Really?\" he asked.\t0.600\n");
	size_t lines = 0;
	for (const char *p = out.p; *p; p++)
		lines += *p == '\n';
	ck_assert_uint_eq(lines, zhen_alignment_count(a));
	zhen__buf_free(&out);
	zhen_alignment_free(a);
	tdoc_free(&zh);
	tdoc_free(&en);
}
END_TEST

START_TEST(export_tmx)
{
	zhen_export_options xo = ZHEN_EXPORT_OPTIONS_INIT;
	struct zhen__buf out = { 0 };
	struct tdoc zh, en;
	zhen_alignment *a;
	zhen_ctx *ctx;
	size_t tus = 0;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	export_docs(&zh, &en, &a);
	xo.format = ZHEN_EXPORT_TMX;
	xo.zh_lang = "zh-TW";
	ck_assert_int_eq(zhen_alignment_write(collect, &out, ctx, a,
	                                      zh.text.p, &zh.s, en.text.p,
	                                      &en.s, &xo), 0);
	zhen__buf_add(&out, "", 1);
	ck_assert_ptr_nonnull(strstr(out.p, "<tmx version=\"1.4\">"));
	ck_assert_ptr_nonnull(strstr(out.p, "srclang=\"zh-TW\""));
	ck_assert_ptr_nonnull(strstr(out.p, "<seg>A&amp;B公司&lt;擴張&gt;。</seg>"));
	ck_assert_ptr_nonnull(strstr(out.p, "<seg>&quot;Really?&quot; he asked.</seg>"));
	ck_assert_ptr_nonnull(strstr(out.p, "<tuv xml:lang=\"zh-TW\"><seg>營收34億元。"));
	/* the headline has nothing to pair with: no <tu> */
	ck_assert_ptr_null(strstr(out.p, "標題"));
	for (const char *p = out.p; (p = strstr(p, "<tu>")); p++)
		tus++;
	ck_assert_uint_eq(tus, 3);
	ck_assert_ptr_nonnull(strstr(out.p, "<prop type=\"x-zhen-confidence\">0.800</prop>"));
	ck_assert_ptr_nonnull(strstr(out.p, "</body>\n</tmx>\n"));
	out.len = 0;

	/* converted to Simplified */
	xo.zh_convert = ZHEN_CONVERT_T2S;
	xo.zh_lang = NULL;
	ck_assert_int_eq(zhen_alignment_write(collect, &out, ctx, a,
	                                      zh.text.p, &zh.s, en.text.p,
	                                      &en.s, &xo), 0);
	zhen__buf_add(&out, "", 1);
	ck_assert_ptr_nonnull(strstr(out.p, "<tuv xml:lang=\"zh-CN\"><seg>营收34亿元。"));
	ck_assert_ptr_nonnull(strstr(out.p, "A&amp;B公司&lt;扩张&gt;。"));
	ck_assert_ptr_null(strstr(out.p, "億"));

	/* the callback's refusal and bad options come back */
	ck_assert_int_eq(zhen_alignment_write(refuse, NULL, ctx, a, zh.text.p,
	                                      &zh.s, en.text.p, &en.s, &xo), 7);
	xo.zh_convert = ZHEN_CONVERT_TW2SP;
	ck_assert_int_eq(zhen_alignment_write(collect, &out, ctx, a, zh.text.p,
	                                      &zh.s, en.text.p, &en.s, &xo),
	                 ZHEN_EUSAGE);
	xo.zh_convert = ZHEN_CONVERT_NONE;
	xo.version = 9;
	ck_assert_int_eq(zhen_alignment_write(collect, &out, ctx, a, zh.text.p,
	                                      &zh.s, en.text.p, &en.s, &xo),
	                 ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_alignment_write(collect, &out, ctx, a, NULL,
	                                      &zh.s, en.text.p, &en.s, NULL),
	                 ZHEN_EINVAL);
	/* a confidence floor drops beads */
	xo.version = ZHEN_EXPORT_OPTIONS_VERSION;
	xo.format = ZHEN_EXPORT_TSV;
	xo.min_confidence = 1.5;
	out.len = 0;
	ck_assert_int_eq(zhen_alignment_write(collect, &out, ctx, a, zh.text.p,
	                                      &zh.s, en.text.p, &en.s, &xo), 0);
	ck_assert_uint_eq(out.len, 0);
	zhen__buf_free(&out);
	zhen_alignment_free(a);
	tdoc_free(&zh);
	tdoc_free(&en);
	zhen_ctx_free(ctx);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("export");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, text_cases, 0,
	                    (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, lexicon_read);
	tcase_add_test(tc, lexicon_decides);
	tcase_add_test(tc, export_tsv);
	tcase_add_test(tc, export_tmx);
	suite_add_tcase(s, tc);
	return zhen_test_run(s);
}
