/* test_check.c: the pipeline — documents and pairs end to end through the
 * library API, options checking, and the head-matter rule. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "zhen_test.h"

static zhen_doc *doc(zhen_ctx *ctx, const char *text)
{
	zhen_doc *d = NULL;
	ck_assert_int_eq(zhen_doc_from_bytes(&d, ctx, text, strlen(text)), 0);
	return d;
}

static size_t count(const zhen_findings *f, zhen_ftype t, zhen_severity s)
{
	size_t n = 0;
	for (size_t i = 0; i < zhen_findings_count(f); i++)
		if (zhen_findings_get(f, i)->type == t &&
		    zhen_findings_get(f, i)->severity == s)
			n++;
	return n;
}

START_TEST(pair_magnitude_offsets)
{
	const char zh[] = "營收34億元。", en[] = "Revenue was RMB 34 billion.";
	zhen_ctx *ctx = NULL;
	zhen_findings *f = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_check_pair(&f, ctx, zh, strlen(zh), 100, en,
	                                 strlen(en), 200, NULL), 0);
	ck_assert_uint_eq(zhen_findings_count(f), 1);
	const zhen_finding *x = zhen_findings_get(f, 0);
	ck_assert_int_eq(x->type, ZHEN_F_MAGNITUDE);
	/* offsets count from the bases given: 營收 is 6 bytes */
	ck_assert_uint_eq(x->zh.start, 106);
	ck_assert_uint_eq(x->zh.end, 114);
	ck_assert_uint_eq(x->en.start, 212);
	zhen_findings_free(f);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(pair_clean)
{
	const char zh[] = "營收34億元，增長21%。";
	const char en[] = "Revenue was RMB 3.4 billion, up 21%.";
	zhen_ctx *ctx = NULL;
	zhen_findings *f = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_check_pair(&f, ctx, zh, strlen(zh), 0, en,
	                                 strlen(en), 0, NULL), 0);
	ck_assert_uint_eq(zhen_findings_count(f), 0);
	zhen_findings_free(f);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(options_checked)
{
	zhen_ctx *ctx = NULL;
	zhen_findings *f = NULL;
	zhen_result *r = NULL;
	zhen_check_options o = ZHEN_CHECK_OPTIONS_INIT;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	zhen_doc *zh = doc(ctx, "營收34億元。\n"), *en = doc(ctx, "RMB 3.4 billion.\n");

	o.version = 1; /* an older, smaller struct */
	ck_assert_int_eq(zhen_check_pair(&f, ctx, "a", 1, 0, "b", 1, 0, &o),
	                 ZHEN_EUSAGE);
	ck_assert_ptr_null(f);
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zh, en, &o), ZHEN_EUSAGE);
	ck_assert_ptr_null(r);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "version"));
	o.version = ZHEN_CHECK_OPTIONS_VERSION;
	o.convert = ZHEN_CONVERT_TW2SP;
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zh, en, &o), ZHEN_EUSAGE);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "tw2sp"));
	zhen_doc_free(zh);
	zhen_doc_free(en);
	zhen_ctx_free(ctx);
}
END_TEST

/* A document's figures stay packed after the alignment and are read a
 * bead at a time from the nearest kept place (check.c, PACK_STRIDE): a
 * paragraph the translation moved to the end is read out of order, and
 * every sentence's list, asked for last to first, is that sentence's. */
START_TEST(documents_figures_out_of_order)
{
	static const char *const zt[] = {
		"該地區的人口在去年增加了%d%%，增幅居全國之首。",
		"今年第一季度的出口額比去年同期下降了%d%%。",
		"調查顯示，受訪者中有%d%%支持這項新政策。",
	};
	static const char *const et[] = {
		"The region's population grew by %d%% last year, the most.",
		"Exports in the first quarter fell by %d%% from a year earlier.",
		"The survey found that %d%% of those asked back the new policy.",
	};
	enum { NPARA = 40, MOVED = 7 };
	char zbuf[NPARA * 200], ebuf[NPARA * 200], line[200];
	size_t zn = 0, en_ = 0;
	zhen_ctx *ctx = NULL;
	zhen_result *r = NULL;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (int i = 0; i < NPARA; i++) {
		snprintf(line, sizeof line, zt[i % 3], 11 + i);
		zn += (size_t)snprintf(zbuf + zn, sizeof zbuf - zn, "%s\n", line);
	}
	/* the English moves paragraph MOVED to the end */
	for (int k = 0; k < NPARA; k++) {
		int i = k < MOVED ? k : k < NPARA - 1 ? k + 1 : MOVED;

		snprintf(line, sizeof line, et[i % 3], 11 + i);
		en_ += (size_t)snprintf(ebuf + en_, sizeof ebuf - en_, "%s\n",
		                        line);
	}
	zhen_doc *zh = doc(ctx, zbuf), *en = doc(ctx, ebuf);
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zh, en, NULL), 0);
	const zhen_findings *f = zhen_result_findings(r);
	ck_assert_uint_eq(count(f, ZHEN_F_MISSING, ZHEN_SEV_WARNING), 0);
	ck_assert_uint_eq(count(f, ZHEN_F_EXTRA, ZHEN_SEV_WARNING), 0);
	ck_assert_uint_eq(count(f, ZHEN_F_VALUE, ZHEN_SEV_ERROR), 0);
	const zhen_alignment *al = zhen_result_alignment(r);
	size_t moved = 0;
	for (size_t t = 0; t < zhen_alignment_count(al); t++)
		moved += zhen_alignment_get(al, t)->moved != 0;
	ck_assert_uint_ge(moved, 1);
	for (int l = 1; l >= 0; l--) {
		const zhen_sentences *ss = zhen_result_sentences(r, (zhen_lang)l);
		ck_assert_uint_eq(zhen_sentences_count(ss), NPARA);
		for (size_t k = NPARA; k-- > 0;) {
			const zhen_quantities *q =
				zhen_result_quantities(r, (zhen_lang)l, k);
			const zhen_sentence *se = zhen_sentences_get(ss, k);
			size_t i = !l || k < MOVED ? k : k < NPARA - 1 ? k + 1 :
			           MOVED, pct = 0;

			for (size_t j = 0; j < zhen_quantities_count(q); j++) {
				const zhen_quantity *x = zhen_quantities_get(q, j);

				ck_assert_uint_ge(x->start, se->off);
				ck_assert_uint_le(x->end, se->off + se->len);
				int64_t v = x->value.coef;

				/* 50 is read as 5 x 10^1 */
				for (int32_t e = 0; e < x->value.exp; e++)
					v *= 10;
				pct += x->kind == ZHEN_Q_PERCENT &&
				       x->value.exp >= 0 && v == 11 + (int64_t)i;
			}
			ck_assert_msg(pct == 1, "side %d sentence %zu: %zu", l, k,
			              pct);
		}
	}
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(documents_end_to_end)
{
	zhen_ctx *ctx = NULL;
	zhen_result *r = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	zhen_doc *zh = doc(ctx,
		"公司全年營收為新台幣34億元，年增21%。\n"
		"董事會建議每股派發現金股利新台幣3元。\n");
	zhen_doc *en = doc(ctx,
		"TAIPEI, March 3 -\n"
		"The company's revenue for the year was NT$34 billion, up 21%.\n"
		"The board proposed a cash dividend of NT$3 a share.\n");
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zh, en, NULL), 0);
	ck_assert_int_eq(zhen_result_script(r) != ZHEN_SCRIPT_SIMPLIFIED, 1);
	ck_assert_int_ne(zhen_result_convert(r), ZHEN_CONVERT_NONE);
	const zhen_findings *f = zhen_result_findings(r);
	ck_assert_uint_eq(count(f, ZHEN_F_MAGNITUDE, ZHEN_SEV_ERROR), 1);
	/* The dateline's date stands before the first paired bead: head
	 * matter, reported as info rather than an extra warning. */
	ck_assert_uint_eq(count(f, ZHEN_F_EXTRA, ZHEN_SEV_WARNING), 0);
	ck_assert_uint_eq(count(f, ZHEN_F_EXTRA, ZHEN_SEV_INFO), 1);
	/* Every finding's bead exists and its quantities lie in that bead. */
	const zhen_alignment *al = zhen_result_alignment(r);
	const zhen_sentences *zs = zhen_result_sentences(r, ZHEN_LANG_ZH);
	for (size_t i = 0; i < zhen_findings_count(f); i++) {
		const zhen_finding *x = zhen_findings_get(f, i);
		const zhen_bead *b = zhen_alignment_get(al, x->bead);
		ck_assert_ptr_nonnull(b);
		if (x->has_zh) {
			const zhen_sentence *s0 = zhen_sentences_get(zs, b->zh_first);
			ck_assert_uint_ge(x->zh.start, s0->off);
		}
	}
	ck_assert_uint_eq(zhen_alignment_get(al, 0)->zh_count, 0);
	ck_assert_ptr_nonnull(zhen_result_quantities(r, ZHEN_LANG_ZH, 1));
	ck_assert_ptr_null(zhen_result_quantities(r, ZHEN_LANG_ZH, 99));
	/* zhen_align_documents(): the same beads, no findings */
	zhen_result *a = NULL;
	ck_assert_int_eq(zhen_align_documents(&a, ctx, zh, en, NULL), 0);
	ck_assert_uint_eq(zhen_findings_count(zhen_result_findings(a)), 0);
	const zhen_alignment *al2 = zhen_result_alignment(a);
	ck_assert_uint_eq(zhen_alignment_count(al2), zhen_alignment_count(al));
	/* field by field: a struct's padding bytes are unspecified */
	for (size_t i = 0; i < zhen_alignment_count(al); i++) {
		const zhen_bead *x = zhen_alignment_get(al, i);
		const zhen_bead *y = zhen_alignment_get(al2, i);
		ck_assert(x->zh_first == y->zh_first && x->zh_count == y->zh_count &&
		          x->en_first == y->en_first && x->en_count == y->en_count &&
		          x->cost == y->cost && x->confidence == y->confidence &&
		          x->moved == y->moved);
	}
	zhen_result_free(a);
	ck_assert_int_eq(zhen_align_documents(NULL, ctx, zh, en, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_align_documents(&a, ctx, NULL, en, NULL),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(a);
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(sentence_per_line)
{
	zhen_ctx *ctx = NULL;
	zhen_result *r = NULL;
	zhen_check_options o = ZHEN_CHECK_OPTIONS_INIT;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	zhen_doc *zh = doc(ctx, "第一句。第二句。\n第三句。\n");
	zhen_doc *en = doc(ctx, "One. Two.\nThree.\n");
	o.sentence_per_line = 1;
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zh, en, &o), 0);
	ck_assert_uint_eq(zhen_sentences_count(zhen_result_sentences(r, ZHEN_LANG_ZH)), 2);
	zhen_result_free(r);
	o.sentence_per_line = 0;
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zh, en, &o), 0);
	ck_assert_uint_eq(zhen_sentences_count(zhen_result_sentences(r, ZHEN_LANG_ZH)), 3);
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	zhen_ctx_free(ctx);
}
END_TEST

/* A currency declared for bare 元 holds for the sentences after it in a
 * document: (美元，下同) and 单位：美元 until 单位：元 declares 元 again. */
static size_t doc_errors(zhen_ctx *ctx, const char *z, const char *e)
{
	zhen_result *r = NULL;
	zhen_doc *zh = doc(ctx, z), *en = doc(ctx, e);
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zh, en, NULL), 0);
	const zhen_findings *f = zhen_result_findings(r);
	size_t n = 0;
	for (size_t i = 0; i < zhen_findings_count(f); i++)
		n += zhen_findings_get(f, i)->severity == ZHEN_SEV_ERROR;
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	return n;
}

START_TEST(currency_declared_earlier)
{
	zhen_ctx *ctx = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	const char *en = "Revenue was $1 billion.\n\nCosts were $500 million.\n";
	ck_assert_uint_eq(doc_errors(ctx, "收入为10亿美元（下同）。\n\n成本为5亿元。\n", en), 0);
	ck_assert_uint_eq(doc_errors(ctx, "收入為10億美元（下同）。\n\n成本為5億元。\n", en), 0);
	/* without the declaration a bare 元 is the renminbi */
	ck_assert_uint_eq(doc_errors(ctx, "收入为10亿美元。\n\n成本为5亿元。\n", en), 1);
	const char *en2 = "In US dollars.\n\nRevenue was $1 billion.\n\nIn yuan.\n\nCosts were RMB 500 million.\n";
	ck_assert_uint_eq(doc_errors(ctx, "单位：美元\n\n收入为10亿元。\n\n单位：元\n\n成本为5亿元。\n", en2), 0);
	/* a declaration after the sentence holds nothing before it */
	ck_assert_uint_eq(doc_errors(ctx, "收入为10亿元。\n\n单位：美元\n\n成本为5亿元。\n",
	                             "Revenue was $1 billion.\n\nIn US dollars.\n\nCosts were $500 million.\n"), 1);
	zhen_ctx_free(ctx);
}
END_TEST

/* Errors of pre-aligned pairs checked in order, with a carry (the rows
 * of one document) or without (rows that are independent). */
static size_t rows_errors(zhen_ctx *ctx, zhen_carry *c,
                          const char *const *rows, size_t n)
{
	size_t errors = 0;
	for (size_t i = 0; i < n; i++) {
		const char *z = rows[2 * i], *e = rows[2 * i + 1];
		zhen_findings *f = NULL;
		ck_assert_int_eq(c ? zhen_check_pair_in(&f, ctx, c, z, strlen(z),
		                                        0, e, strlen(e), 0, NULL)
		                   : zhen_check_pair(&f, ctx, z, strlen(z), 0, e,
		                                     strlen(e), 0, NULL), 0);
		for (size_t k = 0; k < zhen_findings_count(f); k++)
			errors += zhen_findings_get(f, k)->severity ==
			          ZHEN_SEV_ERROR;
		zhen_findings_free(f);
	}
	return errors;
}

START_TEST(currency_declared_in_earlier_row)
{
	static const char *const rows[] = {
		"（单位：美元）", "(In US dollars)",
		"收入为10亿元。", "Revenue was $1 billion.",
		"單位：元", "In yuan.",
		"成本为5亿元。", "Costs were $500 million.",
	};
	zhen_ctx *ctx = NULL;
	zhen_carry *c = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	/* rows of one document: the declaration holds for row 2; 單位：元
	 * (Traditional) ends it, so row 4's $ is a currency error */
	ck_assert_int_eq(zhen_carry_new(&c), 0);
	ck_assert_uint_eq(rows_errors(ctx, c, rows, 4), 1);
	zhen_carry_free(c);
	/* independent rows: row 2's 元 is the renminbi too */
	ck_assert_uint_eq(rows_errors(ctx, NULL, rows, 4), 2);
	/* a carry is no context's: another context reads on from it */
	zhen_ctx *other = NULL;
	ck_assert_int_eq(zhen_ctx_new(&other), 0);
	ck_assert_int_eq(zhen_carry_new(&c), 0);
	ck_assert_uint_eq(rows_errors(ctx, c, rows, 1), 0);
	ck_assert_uint_eq(rows_errors(other, c, rows + 2, 1), 0);
	zhen_carry_free(c);
	zhen_ctx_free(other);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(strict_makes_missing_an_error)
{
	const char zh[] = "營收34億元，增長21%。", en[] = "Revenue was RMB 3.4 billion.";
	zhen_ctx *ctx = NULL;
	zhen_findings *f = NULL;
	zhen_check_options o = ZHEN_CHECK_OPTIONS_INIT;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_check_pair(&f, ctx, zh, strlen(zh), 0, en,
	                                 strlen(en), 0, &o), 0);
	ck_assert_uint_eq(count(f, ZHEN_F_MISSING, ZHEN_SEV_WARNING), 1);
	zhen_findings_free(f);
	o.strict = 1;
	ck_assert_int_eq(zhen_check_pair(&f, ctx, zh, strlen(zh), 0, en,
	                                 strlen(en), 0, &o), 0);
	ck_assert_uint_eq(count(f, ZHEN_F_MISSING, ZHEN_SEV_ERROR), 1);
	zhen_findings_free(f);
	zhen_ctx_free(ctx);
}
END_TEST

/* A file of pre-aligned rows, checked row by row and then across each
 * boundary in order (as `zhen check --pairs` does): what each row keeps
 * at warning and error level, and how many of its findings were moved. */
static const struct {
	const char *zh, *en;
	size_t warnings, errors, moved;
} rows[] = {
	/* a clause and its figure end the row in one language only */
	{ "来自八十多个国家和地区的代表、专家学者等",
	  "More than 1,500 delegates from over 80 countries and regions,", 0, 0, 1 },
	{ "共一千五百多名嘉宾参加大会。", "attended the meeting.", 0, 0, 1 },
	/* the 19th in row 4 is claimed by row 3: row 5's 十九 stays dropped */
	{ "会议学习了十九大精神。", "The meeting studied the spirit", 0, 0, 1 },
	{ "大家一致表示赞同。", "of the 19th Congress. Everyone agreed.", 0, 0, 1 },
	{ "以十九大精神为指导，", "Guided by this spirit,", 1, 0, 0 },
	/* two rows swapped: both figures of each error are next door */
	{ "2008年他获得冠军。", "In 2012 he won again.", 1, 0, 1 },
	{ "2012年他再次获胜。", "He won the title in 2008.", 1, 0, 1 },
	/* one figure next door is no excuse for the other: still an error */
	{ "营收增长12%。", "Revenue rose 21%.", 0, 1, 0 },
	{ "另一项目增长21%。", "Another project grew too.", 0, 0, 1 },
	/* nothing next door: dropped */
	{ "利润5亿元。", "Profit rose.", 1, 0, 0 },
};

START_TEST(across_rows)
{
	enum { N = sizeof rows / sizeof rows[0] };
	zhen_findings *f[N];
	zhen_ctx *ctx = NULL;
	size_t base = 0;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (size_t i = 0; i < N; i++) {
		size_t zl = strlen(rows[i].zh), el = strlen(rows[i].en);
		ck_assert_int_eq(zhen_check_pair(&f[i], ctx, rows[i].zh, zl, base,
		                                 rows[i].en, el, base + zl + 1,
		                                 NULL), 0);
		base += zl + el + 2;
		if (i)
			ck_assert_int_eq(zhen_compare_across(f[i - 1], f[i], ctx,
			                                     NULL), 0);
	}
	for (size_t i = 0; i < N; i++) {
		size_t moved = 0;
		for (size_t k = 0; k < zhen_findings_count(f[i]); k++) {
			zhen_doubt d = zhen_findings_get(f[i], k)->doubt;
			moved += d == ZHEN_DOUBT_IN_PREVIOUS ||
			         d == ZHEN_DOUBT_IN_NEXT;
		}
		ck_assert_msg(zhen_findings_count_severity(f[i], ZHEN_SEV_WARNING)
		              == rows[i].warnings, "row %zu: warnings", i + 1);
		ck_assert_msg(zhen_findings_count_severity(f[i], ZHEN_SEV_ERROR)
		              == rows[i].errors, "row %zu: errors", i + 1);
		ck_assert_msg(moved == rows[i].moved, "row %zu: %zu moved", i + 1,
		              moved);
	}
	ck_assert_int_eq(zhen_compare_across(NULL, f[0], ctx, NULL), 0);
	for (size_t i = 0; i < N; i++)
		zhen_findings_free(f[i]);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- finding ids ---- */

/* The id of the one finding of @p type in a document check of @p zt and
 * @p et; "" when there is none. */
static void doc_id(char id[ZHEN_FINDING_ID_LEN + 1], zhen_ctx *ctx,
                   const char *zt, const char *et, zhen_ftype type)
{
	zhen_doc *zh = doc(ctx, zt), *en = doc(ctx, et);
	zhen_result *r = NULL;
	size_t n = 0;

	id[0] = '\0';
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zh, en, NULL), 0);
	const zhen_findings *f = zhen_result_findings(r);
	for (size_t i = 0; i < zhen_findings_count(f); i++) {
		const zhen_finding *x = zhen_findings_get(f, i);
		if (x->type != type)
			continue;
		ck_assert_uint_eq(strlen(x->id), ZHEN_FINDING_ID_LEN);
		ck_assert_uint_eq(strspn(x->id, "0123456789abcdef"),
		                  ZHEN_FINDING_ID_LEN);
		strcpy(id, x->id);
		n++;
	}
	ck_assert_uint_le(n, 1);
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
}

#define ZH1 "公司全年營收為新台幣34億元，年增21%。"
#define EN1 "The company's revenue for the year was NT$34 billion, up 21%."
#define ZH2 "董事會建議每股派發現金股利新台幣3元。"
#define EN2 "The board proposed a cash dividend of NT$3 a share."

START_TEST(id_stable_across_edits_elsewhere)
{
	char a[16], b[16];
	zhen_ctx *ctx = NULL;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	doc_id(a, ctx, ZH1 "\n" ZH2 "\n", EN1 "\n" EN2 "\n", ZHEN_F_MAGNITUDE);
	ck_assert_str_ne(a, "");
	/* a paragraph added above moves every offset and line */
	doc_id(b, ctx, "前言：本公司於2024年成立。\n" ZH1 "\n" ZH2 "\n",
	       "Foreword: the company was founded in 2024.\n" EN1 "\n" EN2 "\n",
	       ZHEN_F_MAGNITUDE);
	ck_assert_str_eq(a, b);
	/* the next sentence edited, its figure too */
	doc_id(b, ctx, ZH1 "\n董事會建議每股派發現金股利新台幣5元。\n",
	       EN1 "\nThe board proposes a dividend of NT$5 per share.\n",
	       ZHEN_F_MAGNITUDE);
	ck_assert_str_eq(a, b);
	/* white space and the other figure of the same sentence */
	doc_id(b, ctx, "公司全年營收為新台幣34億元，年增 25% 。\n" ZH2 "\n",
	       "The company's  revenue for the year was NT$34 billion,\tup 25%.\n"
	       EN2 "\n", ZHEN_F_MAGNITUDE);
	ck_assert_str_eq(a, b);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(id_changes_with_figure_or_sentence)
{
	char a[16], b[16];
	zhen_ctx *ctx = NULL;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	doc_id(a, ctx, ZH1 "\n" ZH2 "\n", EN1 "\n" EN2 "\n", ZHEN_F_MAGNITUDE);
	/* the figure in question changed (still a magnitude slip) */
	doc_id(b, ctx, "公司全年營收為新台幣35億元，年增21%。\n" ZH2 "\n",
	       "The company's revenue for the year was NT$35 billion, up 21%.\n"
	       EN2 "\n", ZHEN_F_MAGNITUDE);
	ck_assert_str_ne(b, "");
	ck_assert_str_ne(a, b);
	/* its sentence reworded, the figures as they were */
	doc_id(b, ctx, ZH1 "\n" ZH2 "\n",
	       "Full-year revenue was NT$34 billion, up 21%.\n" EN2 "\n",
	       ZHEN_F_MAGNITUDE);
	ck_assert_str_ne(b, "");
	ck_assert_str_ne(a, b);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(id_of_pairs)
{
	const char zh[] = "營收34億元。", en[] = "Revenue was RMB 34 billion.";
	zhen_ctx *ctx = NULL;
	zhen_findings *f = NULL, *g = NULL;
	char id[ZHEN_FINDING_ID_LEN + 1];

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_check_pair(&f, ctx, zh, strlen(zh), 0, en,
	                                 strlen(en), 20, NULL), 0);
	/* the same pair on another line of the file */
	ck_assert_int_eq(zhen_check_pair(&g, ctx, zh, strlen(zh), 5000, en,
	                                 strlen(en), 5020, NULL), 0);
	const zhen_finding *x = zhen_findings_get(f, 0);
	ck_assert_str_eq(x->id, zhen_findings_get(g, 0)->id);
	/* what zhen_finding_id() makes of the pair's two sides */
	ck_assert_int_eq(zhen_finding_id(id, sizeof id, x, zh, strlen(zh), en,
	                                 strlen(en)), 0);
	ck_assert_str_eq(id, x->id);
	/* a one-sided finding ignores the other side's text */
	zhen_finding m = *x;
	m.type = ZHEN_F_MISSING;
	m.has_en = 0;
	char m1[16], m2[16];
	ck_assert_int_eq(zhen_finding_id(m1, sizeof m1, &m, zh, strlen(zh), en,
	                                 strlen(en)), 0);
	ck_assert_int_eq(zhen_finding_id(m2, sizeof m2, &m, zh, strlen(zh),
	                                 "other", 5), 0);
	ck_assert_str_eq(m1, m2);
	ck_assert_str_ne(m1, x->id);
	/* severity and doubt are not part of it */
	m.severity = ZHEN_SEV_INFO;
	m.doubt = ZHEN_DOUBT_IN_NEXT;
	ck_assert_int_eq(zhen_finding_id(m2, sizeof m2, &m, zh, strlen(zh),
	                                 NULL, 0), 0);
	ck_assert_str_eq(m1, m2);
	/* a buffer too small is refused, untouched */
	memset(id, 'x', sizeof id);
	ck_assert_int_eq(zhen_finding_id(id, ZHEN_FINDING_ID_LEN, x, zh,
	                                 strlen(zh), en, strlen(en)),
	                 ZHEN_EUSAGE);
	ck_assert_int_eq(id[0], 'x');
	ck_assert_int_eq(zhen_finding_id(id, sizeof id, NULL, zh, 1, en, 1),
	                 ZHEN_EINVAL);
	zhen_findings_free(f);
	zhen_findings_free(g);
	zhen_ctx_free(ctx);
}
END_TEST

/* Figures longer than a value holds differ past their 18th digit: so do
 * their ids (the context alone would not tell them apart: its digits are
 * folded). */
START_TEST(id_of_long_figures)
{
	const char zh[] = "人口为1234567890123456789012人。";
	const char e1[] = "The population is 1234567890123456789013.";
	const char e2[] = "The population is 1234567890123456789014.";
	zhen_ctx *ctx = NULL;
	zhen_findings *f = NULL, *g = NULL;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_check_pair(&f, ctx, zh, strlen(zh), 0, e1,
	                                 strlen(e1), 0, NULL), 0);
	ck_assert_int_eq(zhen_check_pair(&g, ctx, zh, strlen(zh), 0, e2,
	                                 strlen(e2), 0, NULL), 0);
	ck_assert_uint_eq(zhen_findings_count(f), 1);
	ck_assert_uint_eq(zhen_findings_count(g), 1);
	ck_assert_str_ne(zhen_findings_get(f, 0)->id,
	                 zhen_findings_get(g, 0)->id);
	zhen_findings_free(f);
	zhen_findings_free(g);
	zhen_ctx_free(ctx);
}
END_TEST

/* The recipe is the README's: a copy of it here pins it, so that no change
 * of the code changes every id people wrote into baseline files. */
START_TEST(id_recipe_pinned)
{
	zhen_finding f = { .type = ZHEN_F_VALUE, .severity = ZHEN_SEV_ERROR,
	                   .has_zh = 1, .has_en = 1 };
	char id[16];

	f.zh.kind = f.en.kind = ZHEN_Q_PERCENT;
	f.zh.value = (zhen_decimal){ 21, 0 };
	f.en.value = (zhen_decimal){ 12, 0 };
	ck_assert_int_eq(zhen_finding_id(id, sizeof id, &f, "同比增长21%。",
	                                 strlen("同比增长21%。"), "up 12% on year",
	                                 strlen("up 12% on year")), 0);
	/* FNV-1a 64 of "zhen finding id 1" US "value" US "percent" US "21"
	 * US "%" US "percent" US "12" US "%" US "同比增长#%。" US "up#%onyear",
	 * top 48 bits (US: the byte 0x1F) */
	uint64_t h = 0xcbf29ce484222325u;
	const char text[] = "zhen finding id 1\x1fvalue\x1fpercent\x1f" "21\x1f%"
	                    "\x1fpercent\x1f" "12\x1f%\x1f同比增长#%。\x1fup#%onyear";
	for (size_t i = 0; i < sizeof text - 1; i++) {
		h ^= (unsigned char)text[i];
		h *= 0x100000001b3u;
	}
	char want[16];
	snprintf(want, sizeof want, "%012llx", (unsigned long long)(h >> 16));
	ck_assert_str_eq(id, want);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("check");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, pair_magnitude_offsets);
	tcase_add_test(tc, pair_clean);
	tcase_add_test(tc, options_checked);
	tcase_add_test(tc, documents_end_to_end);
	tcase_add_test(tc, documents_figures_out_of_order);
	tcase_add_test(tc, sentence_per_line);
	tcase_add_test(tc, currency_declared_earlier);
	tcase_add_test(tc, currency_declared_in_earlier_row);
	tcase_add_test(tc, strict_makes_missing_an_error);
	tcase_add_test(tc, across_rows);
	tcase_add_test(tc, id_stable_across_edits_elsewhere);
	tcase_add_test(tc, id_changes_with_figure_or_sentence);
	tcase_add_test(tc, id_of_pairs);
	tcase_add_test(tc, id_of_long_figures);
	tcase_add_test(tc, id_recipe_pinned);
	suite_add_tcase(s, tc);
	return zhen_test_run(s);
}
