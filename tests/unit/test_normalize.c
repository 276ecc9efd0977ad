/* test_normalize.c: the narrow width fold and its offset map. */
#include "internal.h"
#include "zhen_test.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *in, *want;
} folds[] = {
	/* full-width digits, letters, punctuation → ASCII */
	{ "０１２３４５６７８９", "0123456789" },
	{ "３．４億元", "3.4億元" },
	{ "１，２３４．５萬", "1,234.5萬" },
	{ "７．７％", "7.7%" },
	{ "ＡＩ　２．０時代！？：；", "AI 2.0時代!?:;" },
	{ "ＡＢＣ ａｂｃ Ｚｚ", "ABC abc Zz" },
	{ "（ＳＣＧ）", "(SCG)" },
	{ "＄６．０ｂｎ", "$6.0bn" },
	{ "！～", "!~" },                     /* U+FF01 and U+FF5E, the ends */
	{ "＂＃＆＇＊＋－／＜＝＞＠［＼］＾＿｀｛｜｝", "\"#&'*+-/<=>@[\\]^_`{|}" },
	/* U+3000 → space */
	{ "\u3000\u3000段落", "  段落" },
	/* left alone: full NFKC would turn these into digits or dots */
	{ "①②③", "①②③" },
	{ "½ ² ³ km²", "½ ² ³ km²" },
	{ "等等……然後", "等等……然後" },
	{ "「好。」『是』“对”", "「好。」『是』“对”" },
	{ "、。", "、。" },                        /* ideographic punctuation */
	/* the full-width comma is U+FF0C and folds: a number reader must not
	 * take "34，50" (a list) for a thousands separator */
	{ "34，50", "34,50" },
	{ "｟｠｡￥￠", "｟｠｡￥￠" },               /* FF5F and beyond */
	{ "Ⅻ ㎞ 豈", "Ⅻ ㎞ 豈" },
	{ "\u00a0", "\u00a0" },                   /* NBSP is not folded */
	{ "𠀀", "𠀀" },                            /* 4-byte code point */
	{ "plain ASCII 3.4", "plain ASCII 3.4" },
	{ "", "" },
};

/* The code points of a string, for checking that every fold is 1:1. */
static size_t count_cps(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

START_TEST(fold_table)
{
	const char *in = folds[_i].in;
	size_t len = strlen(in);
	struct zhen__text t;

	ck_assert_int_eq(zhen__fold(&t, in, len), 0);
	ck_assert_str_eq(t.s, folds[_i].want);
	ck_assert_uint_eq(t.len, strlen(folds[_i].want));
	ck_assert_uint_eq(count_cps(t.s, t.len), count_cps(in, len));
	ck_assert_uint_eq(t.map[t.len], len);

	/* map[i] is the offset of the source code point holding byte i:
	 * walk both texts code point by code point. */
	size_t i = 0, j = 0;
	while (i < t.len) {
		size_t si = i, sj = j;
		int32_t out = zhen__utf8_next(t.s, t.len, &i);
		int32_t src = zhen__utf8_next(in, len, &j);
		ck_assert_int_eq(out, zhen__fold_cp(src));
		for (size_t k = si; k < i; k++)
			ck_assert_msg(t.map[k] == sj, "case %d byte %zu: map %zu, want %zu",
			              _i, k, t.map[k], sj);
	}
	ck_assert_uint_eq(j, len);
	zhen__text_free(&t);
}
END_TEST

/* Every byte of a mixed text, against offsets worked out by hand. */
START_TEST(fold_map_exact)
{
	static const char in[] = "３．４億\u3000a";
	/* in: ３ 0-2, ． 3-5, ４ 6-8, 億 9-11, U+3000 12-14, a 15; len 16 */
	static const size_t want[] = { 0, 3, 6, 9, 9, 9, 12, 15, 16 };
	struct zhen__text t;

	ck_assert_int_eq(zhen__fold(&t, in, sizeof in - 1), 0);
	ck_assert_str_eq(t.s, "3.4億 a");
	ck_assert_uint_eq(t.len, 8);
	for (size_t i = 0; i <= t.len; i++)
		ck_assert_uint_eq(t.map[i], want[i]);
	zhen__text_free(&t);
	/* Freeing twice is harmless: the first free clears the pointers. */
	zhen__text_free(&t);
	ck_assert_ptr_null(t.s);
	zhen__text_free(NULL);
}
END_TEST

START_TEST(fold_cp)
{
	static const struct {
		int32_t in, want;
	} t[] = {
		{ 0xFF01, '!' }, { 0xFF10, '0' }, { 0xFF19, '9' }, { 0xFF21, 'A' },
		{ 0xFF41, 'a' }, { 0xFF5E, '~' }, { 0x3000, ' ' }, { 0xFF00, 0xFF00 },
		{ 0xFF5F, 0xFF5F }, { 0xFFE5, 0xFFE5 }, { 0x2460, 0x2460 },
		{ 0xBD, 0xBD }, { 0x2026, 0x2026 }, { 'a', 'a' }, { 0x3001, 0x3001 },
		{ 0xA0, 0xA0 }, { 0x20000, 0x20000 },
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		ck_assert_int_eq(zhen__fold_cp(t[i].in), t[i].want);
}
END_TEST

/* A span found in the folded text maps back to the user's bytes. */
START_TEST(fold_span_back)
{
	static const char in[] = "虧損３４億元，增長７．７％。";
	struct zhen__text t;

	ck_assert_int_eq(zhen__fold(&t, in, sizeof in - 1), 0);
	const char *p = strstr(t.s, "7.7%");
	ck_assert_ptr_nonnull(p);
	size_t a = (size_t)(p - t.s), b = a + 4;
	size_t oa = t.map[a], ob = t.map[b];
	ck_assert_uint_eq(ob - oa, strlen("７．７％"));
	ck_assert(!memcmp(in + oa, "７．７％", ob - oa));
	p = strstr(t.s, "34億");
	a = (size_t)(p - t.s);
	b = a + strlen("34億");
	ck_assert(!memcmp(in + t.map[a], "３４億", t.map[b] - t.map[a]));
	zhen__text_free(&t);
}
END_TEST

/* Every code point in U+FF00..U+FF60 and around U+3000, one at a time. */
START_TEST(fold_range)
{
	for (int32_t cp = 0x2FF0; cp < 0xFFFF; cp++) {
		if ((cp >= 0x3010 && cp < 0xFEF0) || (cp >= 0xD800 && cp < 0xE000))
			continue;
		char in[4];
		size_t n = zhen__utf8_put(in, cp);
		struct zhen__text t;
		ck_assert_int_eq(zhen__fold(&t, in, n), 0);
		bool folds_here = (cp >= 0xFF01 && cp <= 0xFF5E) || cp == 0x3000;
		if (folds_here) {
			ck_assert_uint_eq(t.len, 1);
			ck_assert_int_eq((unsigned char)t.s[0],
			                 cp == 0x3000 ? ' ' : cp - 0xFEE0);
		} else {
			ck_assert_uint_eq(t.len, n);
			ck_assert(!memcmp(t.s, in, n));
		}
		ck_assert_uint_eq(t.map[0], 0);
		ck_assert_uint_eq(t.map[t.len], n);
		zhen__text_free(&t);
	}
}
END_TEST

static Suite *normalize_suite(void)
{
	Suite *s = suite_create("normalize");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, fold_table, 0, (int)(sizeof folds / sizeof *folds));
	tcase_add_test(tc, fold_map_exact);
	tcase_add_test(tc, fold_cp);
	tcase_add_test(tc, fold_span_back);
	tcase_add_test(tc, fold_range);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(normalize_suite());
}
