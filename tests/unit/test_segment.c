/* test_segment.c: sentence splitting of Chinese and English paragraphs. */
#include "internal.h"
#include "zhen_test.h"

#include <check.h>
#include <unicode/uchar.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ZH ZHEN_LANG_ZH
#define EN ZHEN_LANG_EN

/* A paragraph and the sentences expected from it, separated by '|' (no
 * case contains a '|' of its own). */
static const struct {
	zhen_lang lang;
	const char *text;
	const char *want;
} cases[] = {
	/* English: plain terminators */
	{ EN, "One. Two.", "One.|Two." },
	{ EN, "Is it? Yes! Good.", "Is it?|Yes!|Good." },
	{ EN, "No final punctuation here", "No final punctuation here" },
	{ EN, "Headline: Huachang cuts jobs", "Headline: Huachang cuts jobs" },
	{ EN, "What?! No way.", "What?!|No way." },
	{ EN, "Yes... okay. Fine!", "Yes... okay.|Fine!" },
	{ EN, "  Padded sentence.   Another one.  ",
	  "Padded sentence.|Another one." },
	{ EN, "Tabs\tinside.\tNext.", "Tabs\tinside.|Next." },
	/* English: abbreviations (dicts/abbreviations.txt) */
	{ EN, "Dr. Xu Li said it.", "Dr. Xu Li said it." },
	{ EN, "Mr. Smith went home.", "Mr. Smith went home." },
	{ EN, "Mrs. Smith and Ms. Jones came.",
	  "Mrs. Smith and Ms. Jones came." },
	{ EN, "Prof. Wang spoke. He left.", "Prof. Wang spoke.|He left." },
	{ EN, "Use tools, e.g. OpenCC and ICU.",
	  "Use tools, e.g. OpenCC and ICU." },
	{ EN, "Some tools, i.e. OpenCC, help.",
	  "Some tools, i.e. OpenCC, help." },
	{ EN, "Sales rose (vs. 2021).", "Sales rose (vs. 2021)." },
	{ EN, "See Fig. 3. It shows growth.", "See Fig. 3.|It shows growth." },
	{ EN, "U.S. Steel rose.", "U.S. Steel rose." },
	{ EN, "The U.K. Treasury agreed.", "The U.K. Treasury agreed." },
	{ EN, "Prices rose in the U.S. and in the U.K. last year.",
	  "Prices rose in the U.S. and in the U.K. last year." },
	{ EN, "Martin Luther King Jr. Day is a holiday.",
	  "Martin Luther King Jr. Day is a holiday." },
	{ EN, "He lives on Main St. Boston is near.",
	  "He lives on Main St. Boston is near." },
	{ EN, "Gen. Li and Sen. Smith met Gov. Brown.",
	  "Gen. Li and Sen. Smith met Gov. Brown." },
	{ EN, "Rep. Jones climbed Mt. Everest.",
	  "Rep. Jones climbed Mt. Everest." },
	{ EN, "No. 1 in sales. No. 2 in profit.",
	  "No. 1 in sales.|No. 2 in profit." },
	{ EN, "It opened on Jan. 5 and closed on Dec. 31.",
	  "It opened on Jan. 5 and closed on Dec. 31." },
	{ EN, "The deal closed in Nov. Analysts cheered.",
	  "The deal closed in Nov. Analysts cheered." },
	{ EN, "Smith et al. found it. Cf. Table 2.",
	  "Smith et al. found it.|Cf. Table 2." },
	{ EN, "It costs approx. RMB 5 billion.",
	  "It costs approx. RMB 5 billion." },
	{ EN, "He is a Ph.D. student.", "He is a Ph.D. student." },
	{ EN, "J. K. Rowling wrote it.", "J. K. Rowling wrote it." },
	{ EN, "George W. Bush spoke.", "George W. Bush spoke." },
	{ EN, "I got an A. Then I left.", "I got an A.|Then I left." },
	/* English: abbreviations that often end a sentence */
	{ EN, "We sell pens, pencils, etc. The shop is big.",
	  "We sell pens, pencils, etc.|The shop is big." },
	{ EN, "Pens, pencils, etc. are sold here.",
	  "Pens, pencils, etc. are sold here." },
	{ EN, "He works at Apple Inc. The firm is big.",
	  "He works at Apple Inc.|The firm is big." },
	{ EN, "Apple Inc. (AAPL) rose 3%.", "Apple Inc. (AAPL) rose 3%." },
	{ EN, "Huawei Co. Ltd. said so.", "Huawei Co. Ltd. said so." },
	{ EN, "It bought Acme Corp. Shares fell.",
	  "It bought Acme Corp.|Shares fell." },
	{ EN, "She has a Ph.D. She is smart.", "She has a Ph.D.|She is smart." },
	{ EN, "At 1:15 a.m. Saturday the bus left.",
	  "At 1:15 a.m. Saturday the bus left." },
	{ EN, "Roe v. Wade was settled law.", "Roe v. Wade was settled law." },
	{ EN, "The shop opens at 9 a.m. on Monday.",
	  "The shop opens at 9 a.m. on Monday." },
	/* English: abbreviations are case-sensitive */
	{ EN, "He said DR. Then left.", "He said DR.|Then left." },
	/* English: quotes */
	{ EN, "\"Really?\" she asked.", "\"Really?\" she asked." },
	{ EN, "\u201cReally?\u201d she asked. He nodded.",
	  "\u201cReally?\u201d she asked.|He nodded." },
	{ EN, "\"Stop!\" he shouted.", "\"Stop!\" he shouted." },
	{ EN, "\"Really?\" She asked again.",
	  "\"Really?\"|She asked again." },
	{ EN, "He asked \"why?\" and left.", "He asked \"why?\" and left." },
	{ EN, "He said, \"We will cut jobs.\" Then he left.",
	  "He said, \"We will cut jobs.\"|Then he left." },
	{ EN, "Is it true? he wondered.", "Is it true? he wondered." },
	{ EN, "Users of Yahoo! and Microsoft.", "Users of Yahoo! and Microsoft." },
	{ EN, "Yes! King Tut is famous.", "Yes!|King Tut is famous." },
	{ EN, "\"Why?\" \"Because.\"", "\"Why?\"|\"Because.\"" },
	{ EN, "He left.(See below.)", "He left.|(See below.)" },
	{ EN, "He left. (See below.) Fine.", "He left.|(See below.)|Fine." },
	/* English: numbers never split */
	{ EN, "Revenue was $6.0 bn. in 2023.", "Revenue was $6.0 bn. in 2023." },
	{ EN, "It lost RMB 3.4 billion. Costs rose 7.7%.",
	  "It lost RMB 3.4 billion.|Costs rose 7.7%." },
	{ EN, "Losses were 3.4, 5.0 and 12.2 billion.",
	  "Losses were 3.4, 5.0 and 12.2 billion." },
	{ EN, "AI 2.0 is here. Version 1.5 was not.",
	  "AI 2.0 is here.|Version 1.5 was not." },
	{ EN, "It grew 1,234.5%.", "It grew 1,234.5%." },
	/* English: white space and full-width space around sentences */
	{ EN, "\u3000Ideographic space. Next.\u3000", "Ideographic space.|Next." },
	{ EN, "\u00a0NBSP. Next.\u00a0", "NBSP.|Next." },
	{ EN, "   ", "" },
	{ EN, "\u3000\u3000", "" },
	{ EN, "", "" },
	/* Chinese: terminators */
	{ ZH, "華昌虧損34億元。陳明認為如此。", "華昌虧損34億元。|陳明認為如此。" },
	{ ZH, "真的嗎？是的！好。", "真的嗎？|是的！|好。" },
	{ ZH, "真的?是的.華昌.它很好!", "真的?|是的.|華昌.|它很好!" },
	{ ZH, "真的嗎？！不是。", "真的嗎？！|不是。" },
	/* Chinese: closing quotes stay with their sentence */
	{ ZH, "他說：「我們會裁員。」然後離開了。",
	  "他說：「我們會裁員。」|然後離開了。" },
	{ ZH, "她問：“真的嗎？”我說是的。", "她問：“真的嗎？”|我說是的。" },
	{ ZH, "「真的嗎？！」他問。", "「真的嗎？！」|他問。" },
	{ ZH, "他說：『好。』我們走。", "他說：『好。』|我們走。" },
	{ ZH, "他說:\"好.\"然後走了.", "他說:\"好.\"|然後走了." },
	/* Chinese: an opening quote or bracket after 。 starts the next
	 * sentence (ICU's rules would leave it on the one before) */
	{ ZH, "他走了。「好。」她說。", "他走了。|「好。」|她說。" },
	{ ZH, "他走了。“好。”她說。", "他走了。|“好。”|她說。" },
	{ ZH, "生活。（布雷默，見下文）", "生活。|（布雷默，見下文）" },
	{ ZH, "增長。《報告》指出。", "增長。|《報告》指出。" },
	{ ZH, "他說。（", "他說。（" },
	/* Chinese: a full-width stop inside a transliterated name */
	{ ZH, "湯姆．達克斯伯里說。", "湯姆．達克斯伯里說。" },
	{ ZH, "亞歷克斯．歐維契金得分。", "亞歷克斯．歐維契金得分。" },
	{ ZH, "結果．", "結果．" },
	/* Chinese: ； and …… do not end a sentence */
	{ ZH, "是的；我們確認了。", "是的；我們確認了。" },
	{ ZH, "等等……然後呢？", "等等……然後呢？" },
	{ ZH, "是的；我們確認了……他說：「我們會裁員。」",
	  "是的；我們確認了……他說：「我們會裁員。」" },
	/* Chinese: decimals and numbers never split */
	{ ZH, "虧損3.4億元。", "虧損3.4億元。" },
	{ ZH, "虧損３．４億元。", "虧損３．４億元。" },
	{ ZH, "收入1,234.5萬元。增長7.7%。", "收入1,234.5萬元。|增長7.7%。" },
	{ ZH, "管理費用減少6.5%至5.21億元。",
	  "管理費用減少6.5%至5.21億元。" },
	{ ZH, "AI 2.0時代來了。", "AI 2.0時代來了。" },
	{ ZH, "2018-2023年，華昌虧損。", "2018-2023年，華昌虧損。" },
	{ ZH, "增長７．７％。下降１２％！", "增長７．７％。|下降１２％！" },
	/* Chinese: headlines and list items without final punctuation */
	{ ZH, "華昌裁員背後的AI真相", "華昌裁員背後的AI真相" },
	{ ZH, "一、營業收入增長21%", "一、營業收入增長21%" },
	{ ZH, "（完）", "（完）" },
	{ ZH, "第一，增長。第二，虧損。", "第一，增長。|第二，虧損。" },
	/* Chinese: white space */
	{ ZH, "\u3000\u3000華昌啓動裁員。\u3000", "華昌啓動裁員。" },
	{ ZH, "華昌啓動裁員。  他說。", "華昌啓動裁員。|他說。" },
	{ ZH, "\u3000", "" },
	/* Chinese: Latin abbreviations inside Chinese text */
	{ ZH, "Dr. Xu說了算。", "Dr. Xu說了算。" },
	{ ZH, "美國U.S. Steel股價上漲。", "美國U.S. Steel股價上漲。" },
	{ ZH, "特鲁克斯 (Truex, Jr.) 分别排第五。", "特鲁克斯 (Truex, Jr.) 分别排第五。" },
	/* Simplified Chinese */
	{ ZH, "华昌亏损34亿元。陳明认为如此。", "华昌亏损34亿元。|陳明认为如此。" },
	{ ZH, "他说：“我们会裁员。”然后离开了。",
	  "他说：“我们会裁员。”|然后离开了。" },
	{ ZH, "三年内研发支出分别为34亿元、50亿元、122亿元。",
	  "三年内研发支出分别为34亿元、50亿元、122亿元。" },
	/* Chinese: a pause before a quotation starts a new sentence */
	{ ZH, "他想了想……「好吧。」", "他想了想……|「好吧。」" },
	{ ZH, "他想了想……“好吧。”她笑了。", "他想了想……|“好吧。”|她笑了。" },
	{ ZH, "條件如下；「第一，裁員。」", "條件如下；|「第一，裁員。」" },
	{ ZH, "他說……『不行。』", "他說……|『不行。』" },
	{ ZH, "他想了想…… 「好吧。」", "他想了想……|「好吧。」" },
	{ ZH, "他想了想……然後說「好」。", "他想了想……然後說「好」。" },
	{ ZH, "收入增加；利潤下降。", "收入增加；利潤下降。" },
	{ ZH, "等等……", "等等……" },
	{ ZH, "結果是……（見下表）", "結果是……（見下表）" },
	/* Chinese: more terminators and closers */
	{ ZH, "真的！！不會吧？？", "真的！！|不會吧？？" },
	{ ZH, "營收增長了嗎?增長了!", "營收增長了嗎?|增長了!" },
	{ ZH, "（註：數字未經審計。）以下為摘要。",
	  "（註：數字未經審計。）|以下為摘要。" },
	{ ZH, "他說：「真的？」我點頭。", "他說：「真的？」|我點頭。" },
	{ ZH, "「營收增長。」「利潤下降。」", "「營收增長。」|「利潤下降。」" },
	{ ZH, "《華昌年報》。第二段。", "《華昌年報》。|第二段。" },
	{ ZH, "他問道：「你好嗎？」「很好。」", "他問道：「你好嗎？」|「很好。」" },
	{ ZH, "見附表。】下一句。", "見附表。】|下一句。" },
	{ ZH, "這是第一句。這是第二句。這是第三句。",
	  "這是第一句。|這是第二句。|這是第三句。" },
	{ ZH, "他說：我們會裁員。", "他說：我們會裁員。" },
	/* Chinese: numbers, dates and units never split */
	{ ZH, "營收為新台幣1,250億元。", "營收為新台幣1,250億元。" },
	{ ZH, "每股盈餘為新台幣8.52元，優於預估的7.90元。",
	  "每股盈餘為新台幣8.52元，優於預估的7.90元。" },
	{ ZH, "毛利率為41.3%。較第三季上升3.5個百分點。",
	  "毛利率為41.3%。|較第三季上升3.5個百分點。" },
	{ ZH, "增長０．５個百分點。", "增長０．５個百分點。" },
	{ ZH, "2023.12.31止，現金為12.5億元。", "2023.12.31止，現金為12.5億元。" },
	{ ZH, "版本v2.1.3發布。", "版本v2.1.3發布。" },
	{ ZH, "約3.5萬人參加。其中1.2萬人來自外地。",
	  "約3.5萬人參加。|其中1.2萬人來自外地。" },
	{ ZH, "氣溫為-3.5°C。", "氣溫為-3.5°C。" },
	{ ZH, "第3.2節。", "第3.2節。" },
	{ ZH, "收入為港幣156.8億元，按年增長9.1%。",
	  "收入為港幣156.8億元，按年增長9.1%。" },
	/* Chinese: full-width ASCII forms */
	{ ZH, "真的？是的！好．", "真的？|是的！|好．" },
	{ ZH, "ＡＩ　２．０時代。", "ＡＩ　２．０時代。" },
	{ ZH, "增長１２％！下降３％？", "增長１２％！|下降３％？" },
	/* Chinese: headlines, list items and datelines */
	{ ZH, "港聯物流擬收購內地冷鏈企業", "港聯物流擬收購內地冷鏈企業" },
	{ ZH, "（一）收入", "（一）收入" },
	{ ZH, "1. 營收增長", "1. 營收增長" },
	{ ZH, "2. 利潤下降。3. 現金增加。", "2. 利潤下降。|3. 現金增加。" },
	{ ZH, "【新華社北京3月5日電】", "【新華社北京3月5日電】" },
	{ ZH, "表1：主要財務數據", "表1：主要財務數據" },
	/* Simplified Chinese: the same rules */
	{ ZH, "他想了想……“好吧。”", "他想了想……|“好吧。”" },
	{ ZH, "收入增长21%；利润下降。", "收入增长21%；利润下降。" },
	{ ZH, "亏损３．４亿元。增长７．７％。", "亏损３．４亿元。|增长７．７％。" },
	{ ZH, "国家统计局数据显示，1-10月GDP增长5.2%。",
	  "国家统计局数据显示，1-10月GDP增长5.2%。" },
	/* English: more abbreviations from the list */
	{ EN, "Dr. Smith and Prof. Wang met at 3 p.m. Monday.",
	  "Dr. Smith and Prof. Wang met at 3 p.m. Monday." },
	{ EN, "The U.S. and the U.K. agreed. Markets rose.",
	  "The U.S. and the U.K. agreed.|Markets rose." },
	{ EN, "Sales of Acme Ltd. rose.", "Sales of Acme Ltd. rose." },
	{ EN, "It was founded by Acme Co. in 1990.",
	  "It was founded by Acme Co. in 1990." },
	{ EN, "It beat Sr. Lopez and Jr. Smith.",
	  "It beat Sr. Lopez and Jr. Smith." },
	{ EN, "See No. 5 and Fig. 2 for details.",
	  "See No. 5 and Fig. 2 for details." },
	{ EN, "Results (i.e. revenue) rose. Costs fell.",
	  "Results (i.e. revenue) rose.|Costs fell." },
	{ EN, "Tools, e.g. OpenCC. That is all.",
	  "Tools, e.g. OpenCC.|That is all." },
	{ EN, "China vs. the U.S. is a theme.", "China vs. the U.S. is a theme." },
	/* issue B2: a.m. ends a sentence before a word that starts a
	 * clause (this case once asserted one sentence), not before a name */
	{ EN, "Meet at 10 a.m. The room is booked.",
	  "Meet at 10 a.m.|The room is booked." },
	{ EN, "They met at 10 a.m. They signed the deal.",
	  "They met at 10 a.m.|They signed the deal." },
	{ EN, "It was 9 a.m. Beijing time.", "It was 9 a.m. Beijing time." },
	{ EN, "At 6 p.m. In Shanghai, it rained.",
	  "At 6 p.m.|In Shanghai, it rained." },
	{ EN, "See No. 5 and p. 12 for approx. 30 items.",
	  "See No. 5 and p. 12 for approx. 30 items." },
	{ EN, "Mrs. Lee, Ph.D., spoke.", "Mrs. Lee, Ph.D., spoke." },
	/* English: quotes and brackets */
	{ EN, "\"Is it true?\" asked Smith.", "\"Is it true?\" asked Smith." },
	{ EN, "'Really?' she asked.", "'Really?' she asked." },
	{ EN, "He said: \u201cNo.\u201d Then he left.",
	  "He said: \u201cNo.\u201d|Then he left." },
	{ EN, "(This is an aside.) The main text follows.",
	  "(This is an aside.)|The main text follows." },
	{ EN, "Revenue rose [see Table 1]. Costs fell.",
	  "Revenue rose [see Table 1].|Costs fell." },
	/* English: numbers */
	{ EN, "It earned NT$8.52 per share. Analysts expected NT$7.90.",
	  "It earned NT$8.52 per share.|Analysts expected NT$7.90." },
	{ EN, "Margins were 41.3%. That is 3.5 points higher.",
	  "Margins were 41.3%.|That is 3.5 points higher." },
	{ EN, "Version 2.0.1 shipped.", "Version 2.0.1 shipped." },
	{ EN, "It fell 0.5 percentage points.", "It fell 0.5 percentage points." },
	{ EN, "HK$4.8 billion was paid. It closed.",
	  "HK$4.8 billion was paid.|It closed." },
	/* English: headlines, list items and datelines */
	{ EN, "HONG KONG, March 3 (zhen newswire) -",
	  "HONG KONG, March 3 (zhen newswire) -" },
	{ EN, "1. Revenue grew", "1. Revenue grew" },
	{ EN, "Table 1: Key figures", "Table 1: Key figures" },
	{ EN, "Q4 results beat estimates", "Q4 results beat estimates" },
	{ EN, "Really?! Yes.", "Really?!|Yes." },
	{ EN, "Wait... What happened?", "Wait...|What happened?" },
};

/* "a|b|c" → the n-th piece. */
static void piece(const char *want, size_t n, const char **p, size_t *len)
{
	const char *s = want;
	for (size_t i = 0; i < n; i++)
		s = strchr(s, '|') + 1;
	const char *e = strchr(s, '|');
	*p = s;
	*len = e ? (size_t)(e - s) : strlen(s);
}

static size_t npieces(const char *want)
{
	size_t n = *want ? 1 : 0;
	for (const char *s = want; (s = strchr(s, '|')); s++)
		n++;
	return n;
}

/* Every sentence as "[…]" for failure messages. */
static void render(char *buf, size_t cap, const zhen_sentences *s,
                   const char *text)
{
	size_t n = 0;
	buf[0] = 0;
	for (size_t i = 0; i < zhen_sentences_count(s) && n < cap; i++) {
		const zhen_sentence *x = zhen_sentences_get(s, i);
		n += (size_t)snprintf(buf + n, cap - n, "[%.*s]", (int)x->len,
		                      text + x->off);
	}
}

/* The public array is made from the compact sentences on the first
 * zhen_sentences_get(): every call hands out the same array, its fields
 * those the library works from. */
static void *get_first(void *s)
{
	return (void *)zhen_sentences_get(s, 0);
}

START_TEST(segment_public_view)
{
	static const char text[] = "One. Two three.\n\nFour? Five!";
	zhen_ctx *ctx;
	zhen_sentences *s;
	pthread_t th[2];
	void *got[2];

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_segment_text(&s, ctx, text, strlen(text),
	                                   ZHEN_LANG_EN), 0);
	ck_assert_uint_eq(zhen_sentences_count(s), 4);
	/* two threads race to make it; both get the winner's */
	for (int k = 0; k < 2; k++)
		ck_assert_int_eq(pthread_create(&th[k], NULL, get_first, s), 0);
	for (int k = 0; k < 2; k++)
		ck_assert_int_eq(pthread_join(th[k], &got[k]), 0);
	ck_assert_ptr_nonnull(got[0]);
	ck_assert_ptr_eq(got[0], got[1]);
	const zhen_sentence *a = got[0];
	for (size_t i = 0; i < 4; i++) {
		const zhen_sentence want = zhen__sent(s, i);
		ck_assert_ptr_eq(zhen_sentences_get(s, i), a + i);
		ck_assert_uint_eq(a[i].off, want.off);
		ck_assert_uint_eq(a[i].len, want.len);
		ck_assert_uint_eq(a[i].para, want.para);
		ck_assert_uint_eq(a[i].index, want.index);
		ck_assert_uint_eq(a[i].nchars, want.nchars);
	}
	ck_assert(!memcmp(text + a[3].off, "Five!", a[3].len));
	ck_assert_uint_eq(a[1].nchars, 9);
	ck_assert_ptr_null(zhen_sentences_get(s, 4));
	zhen_sentences_free(s);
	zhen_ctx_free(ctx);
}
END_TEST

/* A sentence's nchars: its code points that ICU does not call white
 * space, counted here one by one, against emit()'s count (eight ASCII
 * bytes a step, Han without ICU). Runs of ASCII of every length and
 * phase, tabs, CR, VT, FF, NBSP, U+3000, Han and fullwidth forms. */
static size_t nchars_ref(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len;)
		n += !u_isUWhiteSpace(zhen__utf8_next(s, len, &i));
	return n;
}

START_TEST(segment_nchars_mixed)
{
	static const char *const parts[] = {
		"a", " ", "\t", "\v", "\f", "bc", "word ", "\xC2\xA0",
		"\xE3\x80\x80", "華", "，", "１", "x\ty z", "0123456789",
		"\xE2\x80\x83", "~!@", "\x7F",
	};
	const size_t np = sizeof parts / sizeof parts[0];
	zhen_ctx *ctx;
	uint32_t seed = 7;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (int round = 0; round < 300; round++) {
		char text[512];
		size_t len = 0;
		zhen_sentences *s;
		/* no terminator: mostly one sentence (a VT or FF may
		 * break it), trimmed at both ends */
		text[len++] = 'A';
		for (int k = 0; k < 1 + round % 40; k++) {
			seed = seed * 1103515245u + 12345u;
			const char *p = parts[(seed >> 16) % np];
			memcpy(text + len, p, strlen(p));
			len += strlen(p);
		}
		text[len++] = 'Z';
		ck_assert_int_eq(zhen_segment_text(&s, ctx, text, len,
		                                   round % 2 ? ZH : EN), 0);
		ck_assert_uint_ge(zhen_sentences_count(s), 1);
		for (size_t i = 0; i < zhen_sentences_count(s); i++) {
			const zhen_sentence x = zhen__sent(s, i);
			ck_assert_uint_eq(x.nchars,
			                  nchars_ref(text + x.off, x.len));
		}
		zhen_sentences_free(s);
	}
	zhen_ctx_free(ctx);
}
END_TEST

/* The compact form's fields are 32-bit: a sentence past them is refused
 * (as out of memory), never cut; an offset of 4 Gi is past a document's
 * limit (internal.h). */
START_TEST(segment_compact_limits)
{
	struct zhen_sentences l = { 0 };
	zhen_sentence x = { UINT32_MAX, 5, 1, 0, 3 };

	ck_assert_int_eq(zhen__sentences_push(&l, &x), 0);
	ck_assert_uint_eq(zhen__sent(&l, 0).off, UINT32_MAX);
	ck_assert_uint_eq(zhen__sent(&l, 0).len, 5);
	ck_assert_uint_eq(zhen__sent(&l, 0).nchars, 3);
#if SIZE_MAX > UINT32_MAX
	const size_t past = (size_t)UINT32_MAX + 1;
	for (int f = 0; f < 4; f++) {
		zhen_sentence big = x;
		size_t *field[] = { &big.off, &big.len, &big.para, &big.nchars };

		big.para = 2;
		*field[f] = past;
		ck_assert_int_eq(zhen__sentences_push(&l, &big), ZHEN_ENOMEM);
	}
#endif
	ck_assert_uint_eq(l.n, 1);
	free(l.c);
}
END_TEST

/* The index is left out of the compact form and found again from the
 * paragraphs: pushed in any other order, a sentence is refused. */
START_TEST(segment_compact_index)
{
	struct zhen_sentences l = { 0 };
	/* paragraph sizes, one of them long enough for the search's steps */
	const size_t sizes[] = { 1, 3, 1, 1, 1000, 2, 1, 37 };
	size_t n = 0;

	for (size_t p = 0; p < sizeof sizes / sizeof *sizes; p++)
		for (size_t k = 0; k < sizes[p]; k++, n++) {
			zhen_sentence x = { n * 10, 9, 2 * p, k, 4 };

			ck_assert_int_eq(zhen__sentences_push(&l, &x), 0);
		}
	ck_assert_uint_eq(l.n, n);
	n = 0;
	for (size_t p = 0; p < sizeof sizes / sizeof *sizes; p++)
		for (size_t k = 0; k < sizes[p]; k++, n++) {
			zhen_sentence got = zhen__sent(&l, n);

			ck_assert_uint_eq(got.para, 2 * p);
			ck_assert_uint_eq(got.index, k);
			ck_assert_uint_eq(got.off, n * 10);
		}
	/* a paragraph going back, a skipped or repeated index, a new
	 * paragraph not starting at 0 */
	const zhen_sentence bad[] = { { 0, 1, 13, 0, 1 }, { 0, 1, 14, 38, 1 },
	                              { 0, 1, 14, 36, 1 }, { 0, 1, 15, 1, 1 } };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		ck_assert_int_eq(zhen__sentences_push(&l, &bad[i]),
		                 ZHEN_EINVAL);
	ck_assert_uint_eq(l.n, n);
	free(l.c);
}
END_TEST

START_TEST(segment_table)
{
	zhen_ctx *ctx;
	zhen_sentences *s;
	const char *text = cases[_i].text, *want = cases[_i].want;
	char got[1024];

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_segment_text(&s, ctx, text, strlen(text),
	                                   cases[_i].lang), 0);
	render(got, sizeof got, s, text);
	ck_assert_msg(zhen_sentences_count(s) == npieces(want),
	              "case %d: got %s, want %s", _i, got, want);
	for (size_t i = 0; i < zhen_sentences_count(s); i++) {
		const zhen_sentence *x = zhen_sentences_get(s, i);
		const char *p;
		size_t len;
		piece(want, i, &p, &len);
		ck_assert_msg(x->len == len && !memcmp(text + x->off, p, len),
		              "case %d: got %s, want %s", _i, got, want);
		ck_assert_uint_eq(x->para, 0);
		ck_assert_uint_eq(x->index, i);
	}
	zhen_sentences_free(s);
	zhen_ctx_free(ctx);
}
END_TEST

/* Offsets, paragraph and sentence indices and character counts on a
 * document with a BOM, CRLF, blank and padded lines. */
START_TEST(segment_doc)
{
	static const char text[] =
		"\xEF\xBB\xBF"                       /* 0: BOM */
		"華昌虧損34億元。他說：「好。」\r\n" /* 3 */
		"\r\n"
		"\u3000\u3000標題沒有標點\n"
		"  \n"
		"Dr. Xu說：真的?是的.\n";
	static const struct {
		const char *s;
		size_t para, index, nchars;
	} want[] = {
		{ "華昌虧損34億元。", 0, 0, 9 },
		{ "他說：「好。」", 0, 1, 7 },
		{ "標題沒有標點", 1, 0, 6 },
		{ "Dr. Xu說：真的?", 2, 0, 10 },
		{ "是的.", 2, 1, 3 },
	};
	zhen_ctx *ctx;
	zhen_doc *doc;
	zhen_sentences *s;
	size_t len;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, text, sizeof text - 1),
	                 0);
	ck_assert_int_eq(zhen_segment(&s, ctx, doc, ZH), 0);
	const char *bytes = zhen_doc_bytes(doc, &len);
	ck_assert_uint_eq(zhen_sentences_count(s), sizeof want / sizeof *want);
	size_t from = 0;
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		const zhen_sentence *x = zhen_sentences_get(s, i);
		const char *at = strstr(text + from, want[i].s);
		ck_assert_ptr_nonnull(at);
		ck_assert_uint_eq(x->off, (size_t)(at - text));
		ck_assert_uint_eq(x->len, strlen(want[i].s));
		ck_assert(!memcmp(bytes + x->off, want[i].s, x->len));
		ck_assert_uint_eq(x->para, want[i].para);
		ck_assert_uint_eq(x->index, want[i].index);
		ck_assert_uint_eq(x->nchars, want[i].nchars);
		from = x->off + x->len;
	}
	ck_assert_uint_eq(zhen_sentences_get(s, 0)->off, 3);
	ck_assert_ptr_null(zhen_sentences_get(s, 5));
	zhen_sentences_free(s);

	/* The same document read as English keeps the paragraph indices. */
	ck_assert_int_eq(zhen_segment(&s, ctx, doc, EN), 0);
	ck_assert_uint_eq(zhen_sentences_get(s, zhen_sentences_count(s) - 1)->para,
	                  2);
	zhen_sentences_free(s);
	zhen_doc_free(doc);
	zhen_ctx_free(ctx);
}
END_TEST

/* An empty document and one of blank lines give no sentences. */
START_TEST(segment_empty_doc)
{
	static const char *const texts[] = { "", "\n\n", " \r\n\u3000\n" };
	zhen_ctx *ctx;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		zhen_doc *doc;
		zhen_sentences *s;
		ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, texts[i],
		                                     strlen(texts[i])), 0);
		ck_assert_int_eq(zhen_segment(&s, ctx, doc, EN), 0);
		ck_assert_uint_eq(zhen_sentences_count(s), 0);
		zhen_sentences_free(s);
		zhen_doc_free(doc);
	}
	zhen_ctx_free(ctx);
}
END_TEST

/* nchars counts code points that are not white space. */
START_TEST(segment_nchars)
{
	static const struct {
		zhen_lang lang;
		const char *text;
		size_t nchars;
	} t[] = {
		{ EN, "It rose 3.4%.", 11 },
		{ ZH, "增長３．４％。", 7 },
		{ ZH, "華昌\u3000裁員。", 5 },
		{ EN, "a\u00a0b.", 3 },
		{ ZH, "𠀀字。", 3 },
	};
	zhen_ctx *ctx;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		zhen_sentences *s;
		ck_assert_int_eq(zhen_segment_text(&s, ctx, t[i].text,
		                                   strlen(t[i].text), t[i].lang),
		                 0);
		ck_assert_uint_eq(zhen_sentences_count(s), 1);
		ck_assert_uint_eq(zhen_sentences_get(s, 0)->nchars, t[i].nchars);
		zhen_sentences_free(s);
	}
	zhen_ctx_free(ctx);
}
END_TEST

/* Extra abbreviations merge with the built-in ones; a bad file changes
 * nothing and names its line. */
START_TEST(segment_add_dict)
{
	static const char para[] = "See Tab. 2 and Sect. Four. Dr. Li agreed.";
	static const char extra[] = "# Format: abbreviation[<TAB>final]\n"
	                            "Sect.\n\nTab.\n";
	static const char broken[] = "Sect.\nno dot\n";
	zhen_ctx *ctx;
	zhen_sentences *s;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_segment_text(&s, ctx, para, strlen(para), EN), 0);
	ck_assert_uint_eq(zhen_sentences_count(s), 3);
	zhen_sentences_free(s);

	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "abbreviations.txt", broken,
	                                   strlen(broken)), ZHEN_EDICT);
	/* The line is the error's position (the CLI prints FILE:LINE), as for
	 * the number dictionaries, not part of the message. */
	size_t errline = 0;
	zhen_ctx_errpos(ctx, &errline, NULL);
	ck_assert_uint_eq(errline, 2);
	ck_assert_int_eq(zhen_segment_text(&s, ctx, para, strlen(para), EN), 0);
	ck_assert_uint_eq(zhen_sentences_count(s), 3);
	zhen_sentences_free(s);

	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "abbreviations.txt", extra,
	                                   strlen(extra)), 0);
	ck_assert_int_eq(zhen_segment_text(&s, ctx, para, strlen(para), EN), 0);
	ck_assert_uint_eq(zhen_sentences_count(s), 2);
	ck_assert_uint_eq(zhen_sentences_get(s, 1)->off, strlen(para) -
	                  strlen("Dr. Li agreed."));
	zhen_sentences_free(s);

	/* Other bad lines: wrong flag, non-ASCII, a space. */
	static const char *const bad[] = { "etc.\tfinally\n", "博士.\n",
	                                   "e. g.\n", ".\n", "Inc.\tfinal\tx\n" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		ck_assert_int_eq(zhen_ctx_add_dict(ctx, "abbreviations.txt",
		                                   bad[i], strlen(bad[i])),
		                 ZHEN_EDICT);
	ck_assert_int_eq(zhen__segment_add_dict(ctx, ZHEN__DICT_UNITS, extra,
	                                        strlen(extra)), ZHEN_EUSAGE);
	zhen_ctx_free(ctx);
}
END_TEST

/* The built-in list parses and holds the entries the merge relies on. */
START_TEST(segment_builtin_dict)
{
	const struct zhen__dict *d = &zhen__dicts[ZHEN__DICT_ABBREVIATIONS];
	const char *text = d->text;
	size_t len = d->len;
	zhen_ctx *ctx;

	ck_assert_ptr_nonnull(text);
	ck_assert_ptr_nonnull(strstr(text, "# Format:"));
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	/* Reloading the built-in text into a live context is a no-op merge. */
	ck_assert_int_eq(zhen__segment_add_dict(ctx, ZHEN__DICT_ABBREVIATIONS,
	                                        text, len), 0);
	zhen_ctx_free(ctx);
}
END_TEST

/* The iterator is reused across calls and languages alternate freely. */
START_TEST(segment_reuse)
{
	zhen_ctx *ctx;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (int i = 0; i < 200; i++) {
		zhen_sentences *s;
		const char *t = i % 2 ? "One. Dr. Two." : "一。二。三";
		ck_assert_int_eq(zhen_segment_text(&s, ctx, t, strlen(t),
		                                   i % 2 ? EN : ZH), 0);
		ck_assert_uint_eq(zhen_sentences_count(s), i % 2 ? 2 : 3);
		zhen_sentences_free(s);
	}
	zhen_ctx_free(ctx);
}
END_TEST

/* A later entry overrides an earlier one for the same abbreviation,
 * whatever order qsort leaves equal keys in: the built-in "Inc." is
 * final (ICU's break before a capital stays); a user's plain "Inc." is
 * not, so the break is undone. */
START_TEST(segment_dict_override)
{
	const char *para = "Shares of Apple Inc. Rose 3% on Monday.";
	zhen_ctx *ctx = NULL;
	zhen_sentences *s = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_segment_text(&s, ctx, para, strlen(para), EN), 0);
	ck_assert_uint_eq(zhen_sentences_count(s), 2);
	zhen_sentences_free(s);
	for (int round = 0; round < 3; round++) {
		ck_assert_int_eq(zhen_ctx_add_dict(ctx, "abbreviations.txt",
		                                   "Inc.\n", 5), 0);
		ck_assert_int_eq(zhen_segment_text(&s, ctx, para, strlen(para),
		                                   EN), 0);
		ck_assert_uint_eq(zhen_sentences_count(s), 1);
		zhen_sentences_free(s);
	}
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "abbreviations.txt",
	                                   "Inc.\tfinal\n", 11), 0);
	ck_assert_int_eq(zhen_segment_text(&s, ctx, para, strlen(para), EN), 0);
	ck_assert_uint_eq(zhen_sentences_count(s), 2);
	zhen_sentences_free(s);
	zhen_ctx_free(ctx);
}
END_TEST

static Suite *segment_suite(void)
{
	Suite *s = suite_create("segment");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, segment_table, 0,
	                    (int)(sizeof cases / sizeof cases[0]));
	tcase_add_test(tc, segment_doc);
	tcase_add_test(tc, segment_empty_doc);
	tcase_add_test(tc, segment_nchars);
	tcase_add_test(tc, segment_add_dict);
	tcase_add_test(tc, segment_dict_override);
	tcase_add_test(tc, segment_builtin_dict);
	tcase_add_test(tc, segment_reuse);
	tcase_add_test(tc, segment_public_view);
	tcase_add_test(tc, segment_nchars_mixed);
	tcase_add_test(tc, segment_compact_limits);
	tcase_add_test(tc, segment_compact_index);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(segment_suite());
}
