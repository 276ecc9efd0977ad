/* test_facts.c: the facts stage: facts read from a sentence (metric,
 * period, figure, segment), conflicts between documents (value, magnitude,
 * rate, no rate), the rates file, and the seed articles when ../shared is
 * there. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "zhen_test.h"

static zhen_ctx *ctx;

static zhen_doc *doc_of(const char *text)
{
	zhen_doc *d = NULL;
	ck_assert_int_eq(zhen_doc_from_bytes(&d, ctx, text, strlen(text)), 0);
	return d;
}

/* The facts of @p n texts, each a document. */
static zhen_facts *facts_of(zhen_doc **docs, const char *const *texts,
                            size_t n)
{
	zhen_facts *f = NULL;
	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	for (size_t i = 0; i < n; i++) {
		docs[i] = doc_of(texts[i]);
		ck_assert_int_eq(zhen_facts_add_doc(f, ctx, docs[i], "doc",
		                                    ZHEN_CONVERT_T2S), 0);
	}
	return f;
}

/* One sentence: how many facts, and the first one's metric, period,
 * value and currency or unit, and whether it is a segment's. */
static const struct {
	const char *text;
	size_t n;
	const char *metric, *period, *value, *unit;
	int segment;
} reads[] = {
	{ "2024年上半年，集團實現營業收入17.4億元，同比增長21%。", 1,
	  "revenue", "H1 2024", "1740000000", "CNY", 0 },
	{ "截至2023年12月31日止年度，本集團收入為人民幣48.62億元。", 1,
	  "revenue", "2023", "4862000000", "CNY", 0 },
	{ "For the six months ended June 30, 2024, revenue was RMB 2.54 "
	  "billion.", 1, "revenue", "H1 2024", "2540000000", "CNY", 0 },
	{ "The company's total revenue in 2022 was RMB 3.809 billion (USD 520 "
	  "million).", 1, "revenue", "2022", "3809000000", "CNY", 0 },
	{ "2022年至2023年，收入分别为人民币35亿元及人民币41亿元。", 2,
	  "revenue", "2022", "3500000000", "CNY", 0 },
	/* two figures, six years: which is whose is not known */
	{ "2018-2023年，經營虧損分別爲34億元、50億元。", 0, NULL, NULL, NULL,
	  NULL, 0 },
	{ "Revenue rose from RMB 1.2 billion to RMB 1.5 billion in 2023.", 0,
	  NULL, NULL, NULL, NULL, 0 },
	{ "2023年毛利率為39.9%，經調整淨虧損為人民幣7.83億元。", 2,
	  "gross_margin", "2023", "39.9", "%", 0 },
	{ "2024年上半年，智能駕駛業務收入為人民幣6.45億元。", 1, "revenue",
	  "H1 2024", "645000000", "CNY", 1 },
	{ "In 2024, traditional AI revenue was RMB 520 million.", 1, "revenue",
	  "2024", "520000000", "CNY", 1 },
	{ "克林顿夫妇2015年的工资收入只有100美元。", 1, "revenue", "2015",
	  "100", "USD", 1 },
	/* an income with its source is one source's part, never the
	 * whole (wmt newstest2017: a person's income from a publisher was
	 * compared with her household's) */
	{ "2015年，她从出版商西蒙与舒斯特那里获得了300万美元的收入。", 1,
	  "revenue", "2015", "3000000", "USD", 1 },
	{ "2023年來自海外市場的收入為人民幣12億元。", 1, "revenue", "2023",
	  "1200000000", "CNY", 1 },
	{ "Revenue from overseas markets was RMB 1.2 billion in 2023.", 1,
	  "revenue", "2023", "1200000000", "CNY", 1 },
	{ "In 2015 she had USD 3 million in revenue from the publisher.", 1,
	  "revenue", "2015", "3000000", "USD", 1 },
	/* a range's 从 (from) is no source */
	{ "从2023年1月起，公司2023年营收为人民币48亿元。", 1, "revenue",
	  "2023", "4800000000", "CNY", 0 },
	/* a year said from the writer's day is no year */
	{ "去年營收為10億元。", 1, "revenue", "?", "1000000000", "CNY", 0 },
	/* a figure before its metric */
	{ "The company reported RMB 6.1 billion in net loss for 2022.", 1,
	  "net_loss", "2022", "6100000000", "CNY", 0 },
	{ "公司2022年錄得6.1億元的淨虧損。", 1, "net_loss", "2022",
	  "610000000", "CNY", 0 },
	/* fiscal years */
	{ "FY2022 revenue was RMB 3.8 billion.", 1, "revenue", "2022",
	  "3800000000", "CNY", 0 },
	{ "2022財年營收為人民幣38億元。", 1, "revenue", "2022", "3800000000",
	  "CNY", 0 },
	/* a year that ends in March */
	{ "截至2023年3月31日止年度，本集團收入為港幣48.5億元。", 1, "revenue",
	  "2023 (year to March)", "4850000000", "HKD", 0 },
	{ "For the year ended 31 March 2023, revenue was HK$4.85 billion.", 1,
	  "revenue", "2023 (year to March)", "4850000000", "HKD", 0 },
	{ "截至2023年12月31日止年度，本集團收入為港幣48.5億元。", 1,
	  "revenue", "2023", "4850000000", "HKD", 0 },
	/* a year compared with is not the period */
	{ "2021年，經調整淨虧損為人民幣14.0億元，較2020年收窄。", 1,
	  "adjusted_net_loss", "2021", "1400000000", "CNY", 0 },
	/* six months ended September 30: the first half of a year to March */
	{ "截至2023年9月30日止六個月，收入為港幣25億元。", 1, "revenue",
	  "H1 2024 (year to March)", "2500000000", "HKD", 0 },
	{ "For the six months ended 30 September 2023, revenue was HK$2.5 "
	  "billion.", 1, "revenue", "H1 2024 (year to March)", "2500000000",
	  "HKD", 0 },
	/* a growth rate is not the revenue */
	{ "2023年營收同比增長21%。", 0, NULL, NULL, NULL, NULL, 0 },
	/* a half's word in the next clause leaves the year whole (and its
	 * own figure has no period: it was the year's, a false conflict);
	 * next to a year that is no financial one it makes the half
	 * (review) */
	{ "Lanting Holdings Limited reported revenue of HK$500 million for "
	  "2023, while the interim revenue was HK$200 million.", 2, "revenue",
	  "2023", "500000000", "HKD", 0 },
	{ "Revenue for 2023 interim results was HK$200 million.", 1,
	  "revenue", "H1 2023", "200000000", "HKD", 0 },
};

START_TEST(facts_read)
{
	zhen_doc *d[1];
	zhen_facts *f = facts_of(d, &reads[_i].text, 1);
	char per[32], v[64];

	ck_assert_msg(zhen_facts_count(f) == reads[_i].n,
	              "%s: %zu facts", reads[_i].text, zhen_facts_count(f));
	if (reads[_i].n) {
		const zhen_fact *x = zhen_facts_get(f, 0);
		zhen_period_format(per, sizeof per, x->period);
		zhen__quantity_value(v, sizeof v, &x->value);
		ck_assert_str_eq(x->metric, reads[_i].metric);
		ck_assert_str_eq(per, reads[_i].period);
		ck_assert_str_eq(v, reads[_i].value);
		ck_assert_str_eq(zhen__quantity_unit(&x->value), reads[_i].unit);
		ck_assert_int_eq(!!(x->flags & ZHEN_FACT_SEGMENT),
		                 reads[_i].segment);
	}
	zhen_facts_free(f);
	zhen_doc_free(d[0]);
}
END_TEST

/* The company of a sentence's one fact. A Latin name crosses its joining
 * words (Bank of China) but not a phrase about a company before one
 * ("Shares of", "The Board of": companies.tsv's head words) nor a
 * generic word's ("Parent of"). */
static const struct {
	const char *text, *company;
} named[] = {
	{ "Shares of China Merchants Bank Co Ltd rose after it reported "
	  "revenue of RMB 337.5 billion in 2023.", "China Merchants Bank" },
	{ "The Board of China Merchants Bank Co Ltd said revenue in 2023 was "
	  "RMB 337.5 billion.", "China Merchants Bank" },
	{ "A Unit of China Merchants Bank Co Ltd reported revenue of RMB 33.7 "
	  "billion in 2023.", "China Merchants Bank" },
	{ "A unit of China Merchants Bank Co Ltd reported revenue of RMB 33.7 "
	  "billion in 2023.", "China Merchants Bank" },
	{ "Parent of China Merchants Bank Co Ltd reported revenue of RMB 33.7 "
	  "billion in 2023.", "China Merchants Bank" },
	{ "The Chairman of Bank of China Ltd said revenue in 2023 was RMB 623 "
	  "billion.", "Bank of China" },
	{ "Bank of China Ltd reported revenue of RMB 623 billion in 2023.",
	  "Bank of China" },
	{ "Industrial and Commercial Bank of China Limited reported revenue "
	  "of RMB 823 billion in 2023.",
	  "Industrial and Commercial Bank of China" },
	{ "The Hong Kong and China Gas Company Limited reported revenue of "
	  "HK$55 billion in 2023.", "Hong Kong and China Gas" },
};

START_TEST(company_names)
{
	zhen_doc *d[1];
	zhen_facts *f = facts_of(d, &named[_i].text, 1);

	ck_assert_msg(zhen_facts_count(f) == 1, "%s: %zu facts",
	              named[_i].text, zhen_facts_count(f));
	const zhen_fact *x = zhen_facts_get(f, 0);
	ck_assert_msg(x->company && !strcmp(x->company, named[_i].company),
	              "%s: company '%s'", named[_i].text,
	              x->company ? x->company : "(none)");
	zhen_facts_free(f);
	zhen_doc_free(d[0]);
}
END_TEST

/* Two documents and what they must give: the number of conflicts, and
 * the first one's type and severity. */
static const struct {
	const char *a, *b, *rates;
	size_t n;
	zhen_conflict_type type;
	zhen_severity sev;
} pairs[] = {
	/* rounding explains it */
	{ "2023年營收為48.62億元。", "Revenue in 2023 was RMB 4.86 billion.",
	  NULL, 0, 0, 0 },
	{ "2023年營收為48.62億元。", "2023年营收为48.26亿元。", NULL, 1,
	  ZHEN_CONFLICT_VALUE, ZHEN_SEV_ERROR },
	{ "2023年毛利為人民幣19.4億元。", "Gross profit in 2023 was RMB 19.4 "
	  "billion.", NULL, 1, ZHEN_CONFLICT_MAGNITUDE, ZHEN_SEV_ERROR },
	/* another period: nothing to compare */
	{ "2022年營收為48.62億元。", "2023年营收为48.26亿元。", NULL, 0, 0, 0 },
	/* names of more than three words, joined by "of", "and": each
	 * company's figures against its own only (read as "Merchants Bank
	 * Co" and "Hung Kai Properties", the two banks' revenues were
	 * compared across companies) */
	{ "China Merchants Bank Co Ltd reported revenue of RMB 337.5 billion "
	  "in 2023. Sun Hung Kai Properties Limited reported revenue of "
	  "HK$71.4 billion in 2023.",
	  "Revenue at China Merchants Bank in 2023 was RMB 337.5 billion. "
	  "Revenue at Sun Hung Kai Properties in 2023 was HK$74.1 billion.",
	  NULL, 1, ZHEN_CONFLICT_VALUE, ZHEN_SEV_ERROR },
	{ "Industrial and Commercial Bank of China Limited reported revenue "
	  "of RMB 823 billion in 2023. Bank of China Limited reported revenue "
	  "of RMB 623 billion in 2023.",
	  "Revenue at Industrial and Commercial Bank of China was RMB 823 "
	  "billion in 2023.", NULL, 0, 0, 0 },
	/* a year to March is not the calendar year of its number */
	{ "截至2023年3月31日止年度，收入為港幣48.5億元。",
	  "2023年全年营收为港币50.6亿元。", NULL, 0, 0, 0 },
	{ "For the year ended 31 March 2023, revenue was HK$5.06 billion.",
	  "2023年全年营收为港币48.5亿元。", NULL, 0, 0, 0 },
	/* ... FY2023 of a company whose years end in March neither; its
	 * year to March 2023 is */
	{ "Our years end on 31 March: the year ended 31 March 2022 was our "
	  "first. FY2023 revenue was HK$5.06 billion.",
	  "2023年全年营收为港币48.5亿元。", NULL, 0, 0, 0 },
	{ "Our years end on 31 March: the year ended 31 March 2022 was our "
	  "first. FY2023 revenue was HK$5.06 billion.",
	  "截至2023年3月31日止年度，收入為港幣48.5億元。", NULL, 1,
	  ZHEN_CONFLICT_VALUE, ZHEN_SEV_ERROR },
	/* a half of a year to March: 1H FY2024, interim results, 上半財年,
	 * 2024財年上半年 and the six months ended 30 September 2023 are one
	 * period, which calendar H1 2024 is not */
	{ "Our years end on 31 March: the year ended 31 March 2023 was our "
	  "first. Revenue for 1H FY2024 was HK$2.8 billion.",
	  "截至2023年9月30日止六個月，收入為港幣25億元。", NULL, 1,
	  ZHEN_CONFLICT_VALUE, ZHEN_SEV_ERROR },
	{ "Our years end on 31 March: the year ended 31 March 2023 was our "
	  "first. In its interim results for FY2024, revenue was HK$2.8 "
	  "billion.", "截至2023年9月30日止六個月，收入為港幣25億元。", NULL, 1,
	  ZHEN_CONFLICT_VALUE, ZHEN_SEV_ERROR },
	{ "截至2023年3月31日止年度，收入為港幣48.5億元。2024財年上半年，收入為"
	  "港幣28億元。", "For the six months ended 30 September 2023, revenue "
	  "was HK$2.5 billion.", NULL, 1, ZHEN_CONFLICT_VALUE, ZHEN_SEV_ERROR },
	{ "截至2023年3月31日止年度，收入為港幣48.5億元。2024財年：上半財年收入為"
	  "港幣28億元。", "For the six months ended 30 September 2023, revenue "
	  "was HK$2.5 billion.", NULL, 1, ZHEN_CONFLICT_VALUE, ZHEN_SEV_ERROR },
	{ "For the six months ended 30 September 2023, revenue was HK$2.5 "
	  "billion.", "2024年上半年，收入為港幣28億元。", NULL, 0, 0, 0 },
	/* the interim figure of a sentence about the year is not the
	 * year's (review: a false error) */
	{ "Lanting reported revenue of HK$500 million for 2023, while the "
	  "interim revenue was HK$200 million.", "2023年全年营收为港币5亿元。",
	  NULL, 0, 0, 0 },
	{ "2022年淨虧損為60億美元。", "Net loss in 2022 was RMB 6.093 "
	  "billion.", NULL, 1, ZHEN_CONFLICT_NO_RATE, ZHEN_SEV_WARNING },
	{ "2022年淨虧損為60億美元。", "Net loss in 2022 was RMB 6.093 "
	  "billion (USD 840 million).", NULL, 1, ZHEN_CONFLICT_RATE,
	  ZHEN_SEV_ERROR },
	{ "2022年淨虧損為8.4億美元。", "Net loss in 2022 was RMB 6.093 "
	  "billion (USD 840 million).", NULL, 0, 0, 0 },
	{ "2022年淨虧損為60億美元。", "Net loss in 2022 was RMB 6.093 "
	  "billion.", "2022-12-30\tUSD/CNY\t6.9646\n", 1, ZHEN_CONFLICT_RATE,
	  ZHEN_SEV_ERROR },
	{ "2022年淨虧損為8.75億美元。", "Net loss in 2022 was RMB 6.093 "
	  "billion.", "2022-12-30\tUSD/CNY\t6.9646\n", 0, 0, 0 },
	/* the user's rate nearest the period's end: H1 of the year to March
	 * 2024 ends on 30 September 2023, not on 30 June 2024 */
	{ "截至2023年9月30日止六個月，淨虧損為人民幣7.3億元。", "For the six "
	  "months ended 30 September 2023, the net loss was USD 100 million.",
	  "2023-09-29\tUSD/CNY\t7.30\n2024-06-28\tUSD/CNY\t8.50\n", 0, 0,
	  0 },
	{ "截至2023年9月30日止六個月，淨虧損為人民幣7.3億元。", "For the six "
	  "months ended 30 September 2023, the net loss was USD 100 million.",
	  "2023-09-29\tUSD/CNY\t8.50\n2024-06-28\tUSD/CNY\t7.30\n", 1,
	  ZHEN_CONFLICT_RATE, ZHEN_SEV_ERROR },
	/* hedged figures agree within the hedge */
	{ "2024年上半年，營收接近11億元。", "In H1 2024, revenue was nearly "
	  "1.05 billion yuan.", NULL, 0, 0, 0 },
	/* a segment is not the company */
	{ "2024年上半年，營收為17.4億元。", "In H1 2024, the automotive "
	  "business posted revenue of RMB 170 million.", NULL, 0, 0, 0 },
	/* one family, far apart: a figure in the wrong currency */
	{ "2022年經營虧損為60億美元。", "The net loss in 2022 was RMB 6.093 "
	  "billion (USD 840 million).", NULL, 1, ZHEN_CONFLICT_RATE,
	  ZHEN_SEV_ERROR },
	/* one family, near: different lines of the accounts */
	{ "2022年經營虧損為50億元。", "The net loss in 2022 was RMB 6.093 "
	  "billion.", NULL, 0, 0, 0 },
	/* one family, 12 times apart and true: a loss swollen by revalued
	 * preferred shares against the adjusted loss */
	{ "2021年淨虧損為人民幣171.4億元。", "The adjusted net loss in 2021 "
	  "was RMB 1.40 billion.", NULL, 0, 0, 0 },
	/* one family, the same digits at another power of ten */
	{ "2021年淨虧損為人民幣171.4億元。", "The operating loss in 2021 "
	  "was RMB 1.714 billion.", NULL, 1, ZHEN_CONFLICT_MAGNITUDE,
	  ZHEN_SEV_ERROR },
	/* two companies in one script: not compared */
	{ "云帆科技2023年营收为人民币48.62亿元。",
	  "星河集团2023年营收为人民币31.5亿元。", NULL, 0, 0, 0 },
	/* a name and its translation in brackets: one company */
	{ "星河集团（Xinghe）2023年营收为人民币31.5亿元。",
	  "Xinghe Group's revenue in 2023 was RMB 3.5 billion.", NULL, 1,
	  ZHEN_CONFLICT_VALUE, ZHEN_SEV_ERROR },
	/* each document's subject, in two scripts: one company */
	{ "商湯集團2022年營收為人民幣38.09億元。商湯表示…",
	  "SenseTime Group said its 2022 revenue was RMB 3.1 billion.", NULL,
	  1, ZHEN_CONFLICT_VALUE, ZHEN_SEV_ERROR },
	/* the headline against the body of one document */
	{ "2023年營收增至51億元\n2023年，營業收入為48.6億元。", NULL, NULL, 1,
	  ZHEN_CONFLICT_VALUE, ZHEN_SEV_ERROR },
};

START_TEST(facts_conflicts)
{
	const char *texts[2] = { pairs[_i].a, pairs[_i].b };
	size_t n = pairs[_i].b ? 2 : 1;
	zhen_doc *d[2] = { NULL, NULL };
	zhen_facts *f = facts_of(d, texts, n);
	zhen_rates *r = NULL;
	zhen_conflicts *c = NULL;

	if (pairs[_i].rates)
		ck_assert_int_eq(zhen_rates_read(&r, ctx, pairs[_i].rates,
		                                 strlen(pairs[_i].rates)), 0);
	ck_assert_int_eq(zhen_facts_compare(&c, ctx, f, r), 0);
	ck_assert_msg(zhen_conflicts_count(c) == pairs[_i].n,
	              "%s | %s: %zu conflicts", pairs[_i].a,
	              pairs[_i].b ? pairs[_i].b : "", zhen_conflicts_count(c));
	if (pairs[_i].n) {
		const zhen_conflict *k = zhen_conflicts_get(c, 0);
		ck_assert_int_eq(k->type, pairs[_i].type);
		ck_assert_int_eq(k->severity, pairs[_i].sev);
		if (k->type == ZHEN_CONFLICT_RATE)
			ck_assert_int_eq(k->rate.source, pairs[_i].rates
			                 ? ZHEN_RATE_USER : ZHEN_RATE_DOCUMENT);
	}
	zhen_conflicts_free(c);
	zhen_rates_free(r);
	zhen_facts_free(f);
	zhen_doc_free(d[0]);
	zhen_doc_free(d[1]);
}
END_TEST

/* A bilingual file's two sides read as two documents (zhen facts on an
 * XLIFF): a unit a line, each line named by its unit, each figure at its
 * bytes in the file; the Chinese side's figure disagrees with a plain
 * document's. */
START_TEST(bilingual_sides)
{
	static const char xlf[] =
		"<?xml version=\"1.0\"?>\n"
		"<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:"
		"document:1.2\"><file original=\"r\" source-language=\"zh-CN\" "
		"target-language=\"en\" datatype=\"plaintext\"><body>\n"
		"<trans-unit id=\"7\"><source>云帆科技公布业绩。</source>"
		"<target>Yunfan released its results.</target></trans-unit>\n"
		"<trans-unit id=\"8\"><source>2023年营收为人民币\n48.62亿元。"
		"</source><target>Revenue for 2023 was RMB 4.862 billion."
		"</target></trans-unit>\n</body></file></xliff>\n";
	zhen_units *us = NULL;
	zhen_doc *side[2] = { NULL, NULL }, *news = doc_of(
		"云帆科技2023年营收为人民币48.26亿元。");
	zhen_facts *f = NULL;
	zhen_conflicts *c = NULL;
	size_t s, e;

	ck_assert_int_eq(zhen_units_read(&us, ctx, xlf, strlen(xlf), NULL), 0);
	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	for (int k = ZHEN_LANG_ZH; k <= ZHEN_LANG_EN; k++) {
		ck_assert_int_eq(zhen_doc_from_units(&side[k], ctx, us,
		                                     (zhen_lang)k), 0);
		ck_assert_uint_eq(zhen_doc_paragraph_count(side[k]), 2);
		ck_assert_str_eq(zhen_doc_place(side[k], 2), "unit 8");
		ck_assert_int_eq(zhen_facts_add_doc(f, ctx, side[k], "r.xlf",
		                                    ZHEN_CONVERT_T2S), 0);
	}
	ck_assert_int_eq(zhen_facts_add_doc(f, ctx, news, "news",
	                                    ZHEN_CONVERT_T2S), 0);
	/* the line break inside the Chinese text read as a space */
	ck_assert_ptr_nonnull(strstr(zhen_doc_bytes(side[0], NULL),
	                             "人民币 48.62亿元"));
	ck_assert_uint_eq(zhen_facts_count(f), 3);
	for (size_t i = 0; i < 2; i++) {
		const zhen_fact *x = zhen_facts_get(f, i);
		const char *want = i ? "RMB 4.862 billion" : "48.62亿元";
		ck_assert_uint_eq(x->line, 2); /* the second unit */
		zhen_doc_source_span(side[i], x->value.start, x->value.end,
		                     &s, &e);
		ck_assert_msg(e <= strlen(xlf) &&
		              strstr(xlf + s, want) == xlf + e - strlen(want),
		              "figure %zu at %zu-%zu", i, s, e);
	}
	ck_assert_int_eq(zhen_facts_compare(&c, ctx, f, NULL), 0);
	ck_assert_uint_eq(zhen_conflicts_count(c), 1);
	ck_assert_int_eq(zhen_conflicts_get(c, 0)->severity, ZHEN_SEV_ERROR);
	zhen_conflicts_free(c);
	zhen_facts_free(f);
	zhen_doc_free(side[0]);
	zhen_doc_free(side[1]);
	zhen_doc_free(news);
	zhen_units_free(us);
}
END_TEST

START_TEST(rates_file)
{
	static const char bad[] = "# rates\n2022-12-30\tUSD/CNY\t6.9646\n"
	                          "2022-12-30\tUSDCNY\t6.9\n";
	zhen_rates *r = NULL;
	size_t line;

	ck_assert_int_eq(zhen_rates_read(&r, ctx, bad, strlen(bad)),
	                 ZHEN_EINPUT);
	ck_assert_ptr_null(r);
	zhen_ctx_errpos(ctx, &line, NULL);
	ck_assert_uint_eq(line, 3);
	/* the good lines alone */
	size_t good = (size_t)(strstr(bad, "USDCNY") - bad) - 11;
	ck_assert_int_eq(zhen_rates_read(&r, ctx, bad, good), 0);
	zhen_rates_free(r);
}
END_TEST

static char *slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *s = NULL;
	long n;

	if (!fp)
		return NULL;
	if (fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 &&
	    fseek(fp, 0, SEEK_SET) == 0 && (s = malloc((size_t)n + 1)) &&
	    fread(s, 1, (size_t)n, fp) == (size_t)n)
		s[n] = 0;
	else {
		free(s);
		s = NULL;
	}
	fclose(fp);
	return s;
}

/* Issue 17's case: 003 and 000 give the 2022 loss as USD 6 billion, 001
 * as RMB 6.093 billion (USD 840 million): an error at 001's rate. */
START_TEST(seed_articles)
{
	static const char *const names[] = {
		"000_33e68d666bc8a9c3.txt", "001_36b51ebdb9f9698f.txt",
		"002_05f2a091b3d73943.txt", "003_b4d8dd4d9831c942.txt",
		"004_0a53617978bb2a34.txt" };
	const char *shared = getenv("ZHEN_SHARED");
	char path[4096], *texts[5];
	zhen_doc *d[5];
	zhen_conflicts *c = NULL;

	for (size_t i = 0; i < 5; i++) {
		snprintf(path, sizeof path, "%s/seeds/%s",
		         shared ? shared : "../shared", names[i]);
		if (!(texts[i] = slurp(path))) {
			for (size_t k = 0; k < i; k++)
				free(texts[k]);
			printf("seed_articles: skipped, no %s\n", path);
			return;
		}
	}
	zhen_facts *f = facts_of(d, (const char *const *)texts, 5);
	ck_assert_int_eq(zhen_facts_compare(&c, ctx, f, NULL), 0);
	size_t errors = 0;
	for (size_t i = 0; i < zhen_conflicts_count(c); i++) {
		const zhen_conflict *k = zhen_conflicts_get(c, i);
		const zhen_fact *a = zhen_facts_get(f, k->a);
		errors += k->severity == ZHEN_SEV_ERROR;
		ck_assert_int_eq(k->type, ZHEN_CONFLICT_RATE);
		ck_assert_int_eq(a->period.year, 2022);
		ck_assert_int_eq(k->rate.source, ZHEN_RATE_DOCUMENT);
		ck_assert_uint_eq(k->rate.doc, 1); /* 001 */
		ck_assert_uint_eq(k->repeats, 1);  /* 000 and 003 both */
	}
	ck_assert_uint_eq(errors, 1);
	zhen_conflicts_free(c);
	zhen_facts_free(f);
	for (size_t i = 0; i < 5; i++) {
		zhen_doc_free(d[i]);
		free(texts[i]);
	}
}
END_TEST

/* Every row of dicts/metrics.tsv is read, and a metric's Chinese term has
 * its other script's form (both are matched as written). */
START_TEST(metrics_table)
{
	zhen_facts *f = NULL;
	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	zhen_facts_free(f);
	const struct zhen__dict *d = &zhen__dicts[ZHEN__DICT_METRICS];
	ck_assert_int_eq(d->stage, ZHEN__STAGE_FACTS);
	char *conv = NULL;
	size_t clen;
	struct zhen__dict_iter it;
	zhen__dict_iter_init(&it, d->text, d->len);
	while (zhen__dict_iter_next(&it)) {
		ck_assert_int_eq(it.nfields, 4);
		if ((unsigned char)it.field[0][0] < 0x80)
			continue;
		ck_assert_int_eq(zhen_convert(&conv, &clen, ctx,
		                              ZHEN_CONVERT_T2S, it.field[0],
		                              it.flen[0]), 0);
		ck_assert_msg(strstr(d->text, conv) != NULL,
		              "metrics.tsv:%zu: no Simplified form %s",
		              it.lineno, conv);
		zhen_free(conv);
	}
}
END_TEST

static void setup(void)
{
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
}

static void teardown(void)
{
	zhen_ctx_free(ctx);
}

int main(void)
{
	Suite *s = suite_create("facts");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, facts_read, 0, sizeof reads / sizeof reads[0]);
	tcase_add_loop_test(tc, company_names, 0,
	                    sizeof named / sizeof named[0]);
	tcase_add_loop_test(tc, facts_conflicts, 0,
	                    sizeof pairs / sizeof pairs[0]);
	tcase_add_test(tc, rates_file);
	tcase_add_test(tc, bilingual_sides);
	tcase_add_test(tc, seed_articles);
	tcase_add_test(tc, metrics_table);
	suite_add_tcase(s, tc);
	return zhen_test_run(s);
}
