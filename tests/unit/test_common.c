/* test_common.c: context, errors, embedded dictionaries, UTF-8 helpers,
 * buffers and decimal formatting. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "zhen_test.h"

START_TEST(ctx_lifecycle)
{
	zhen_ctx *ctx = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_ptr_nonnull(ctx);
	ck_assert_str_eq(zhen_ctx_errmsg(ctx), "no error");
	size_t line = 9, byte = 9;
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_uint_eq(line, 0);
	ck_assert_uint_eq(byte, 0);
	zhen_ctx_free(ctx);
	zhen_ctx_free(NULL); /* NULL-safe */
}
END_TEST

START_TEST(errors_are_recorded)
{
	zhen_ctx *ctx = NULL;
	size_t line, byte;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen__fail_at(ctx, ZHEN_EINPUT, 3, 812, "bad %s", "x"),
	                 ZHEN_EINPUT);
	ck_assert_str_eq(zhen_ctx_errmsg(ctx), "bad x");
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_uint_eq(line, 3);
	ck_assert_uint_eq(byte, 812);
	/* A long message is cut, never overflows. */
	char big[2000];
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = 0;
	zhen__fail(ctx, ZHEN_ERROR, "%s", big);
	ck_assert_uint_lt(strlen(zhen_ctx_errmsg(ctx)), 512);
	/* Without a context the code still comes back. */
	ck_assert_int_eq(zhen__fail(NULL, ZHEN_EDICT, "x"), ZHEN_EDICT);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(strerror_covers_every_code)
{
	/* ZHEN_EINVAL is the last code: each has words of its own */
	for (int c = ZHEN_EINVAL; c <= 0; c++) {
		const char *s = zhen_strerror(c);
		ck_assert_ptr_nonnull(s);
		ck_assert_uint_gt(strlen(s), 0);
		if (c < ZHEN_ERROR)
			ck_assert_str_ne(s, "error");
	}
	ck_assert_str_eq(zhen_strerror(ZHEN_OK), "success");
	ck_assert_str_eq(zhen_strerror(12345), "error");
	ck_assert_str_eq(zhen_version(), ZHEN_VERSION_STRING);
}
END_TEST

/* Every dictionary of dicts/index.tsv is embedded whole, with a stage;
 * zhen_dict_name() lists those --dict may add to, and only those. */
START_TEST(embedded_dicts)
{
	size_t addable = 0;

	for (size_t i = 0; i < ZHEN__NDICTS; i++) {
		const struct zhen__dict *d = &zhen__dicts[i];
		ck_assert_ptr_nonnull(d->name);
		ck_assert_uint_gt(d->len, 10);
		ck_assert_uint_eq(strlen(d->text), d->len); /* no NUL inside */
		ck_assert_int_lt(d->stage, ZHEN__NSTAGES);
		if (d->addable)
			ck_assert_str_eq(zhen_dict_name(addable++), d->name);
	}
	ck_assert_ptr_null(zhen_dict_name(addable));
	ck_assert_str_eq(zhen__dicts[ZHEN__DICT_UNITS].name, "units.tsv");
	ck_assert_str_eq(zhen__dicts[ZHEN__DICT_ABBREVIATIONS].name,
	                 "abbreviations.txt");
	ck_assert(zhen__dicts[ZHEN__DICT_CURRENCIES].addable);
	ck_assert(!zhen__dicts[ZHEN__DICT_EN_STOPWORDS].addable);
}
END_TEST

START_TEST(dict_iteration)
{
	static const char text[] = "# Format: a<TAB>b\n"
	                           "\n"
	                           "one\t1\r\n"
	                           "# comment\n"
	                           "two\t2\textra\n"
	                           "three";
	struct zhen__dict_iter it;
	zhen__dict_iter_init(&it, text, sizeof text - 1);
	ck_assert(zhen__dict_iter_next(&it));
	ck_assert_int_eq(it.nfields, 2);
	ck_assert_uint_eq(it.lineno, 3);
	ck_assert_uint_eq(it.flen[0], 3);
	ck_assert(!memcmp(it.field[0], "one", 3));
	ck_assert_uint_eq(it.flen[1], 1); /* CR stripped */
	ck_assert(zhen__dict_iter_next(&it));
	ck_assert_int_eq(it.nfields, 3);
	ck_assert_uint_eq(it.lineno, 5);
	ck_assert(zhen__dict_iter_next(&it));
	ck_assert_int_eq(it.nfields, 1);
	ck_assert(!memcmp(it.field[0], "three", 5));
	ck_assert(!zhen__dict_iter_next(&it));
}
END_TEST

START_TEST(add_dict_rejects_unknown_names)
{
	zhen_ctx *ctx = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "bogus.tsv", "x", 1),
	                 ZHEN_EUSAGE);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "bogus.tsv"));
	/* built in, but read whole where it is used: no --dict */
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "en_stopwords.txt", "x", 1),
	                 ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, NULL, "x", 1), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "units.tsv", NULL, 1),
	                 ZHEN_EINVAL);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(utf8_helpers)
{
	const char s[] = "a中𝄞";
	size_t i = 0;
	ck_assert_int_eq(zhen__utf8_next(s, sizeof s - 1, &i), 'a');
	ck_assert_int_eq(zhen__utf8_next(s, sizeof s - 1, &i), 0x4E2D);
	ck_assert_uint_eq(i, 4);
	ck_assert_int_eq(zhen__utf8_next(s, sizeof s - 1, &i), 0x1D11E);
	ck_assert_uint_eq(i, 8);
	ck_assert_uint_eq(zhen__utf8_len((unsigned char)s[1]), 3);
	ck_assert_uint_eq(zhen__utf8_len((unsigned char)s[4]), 4);
	char out[4];
	ck_assert_uint_eq(zhen__utf8_put(out, 0x4E2D), 3);
	ck_assert(!memcmp(out, "中", 3));
	/* Junk advances one byte instead of looping. */
	const char bad[] = "\xE9x";
	i = 0;
	ck_assert_int_eq(zhen__utf8_next(bad, 2, &i), 0xFFFD);
	ck_assert_uint_eq(i, 1);
}
END_TEST

START_TEST(buffers)
{
	struct zhen__buf b = { 0 };
	zhen__buf_str(&b, "abc");
	zhen__buf_printf(&b, "-%d-", 42);
	ck_assert_str_eq(b.p, "abc-42-");
	/* printf larger than the internal stack buffer */
	char big[1500];
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = 0;
	zhen__buf_printf(&b, "%s", big);
	ck_assert_uint_eq(b.len, 7 + sizeof big - 1);
	ck_assert(!b.oom);
	zhen__buf_free(&b);
	ck_assert_ptr_null(b.p);
}
END_TEST

static const struct {
	int64_t coef;
	int32_t exp;
	int group;
	const char *want;
} fmt_cases[] = {
	{ 0, 0, 1, "0" },
	{ 34, 8, 1, "3,400,000,000" },
	{ 34, 8, 0, "3400000000" },
	{ 174, 6, 1, "174,000,000" },
	{ 35, -1, 1, "3.5" },
	{ 5, -3, 1, "0.005" },
	{ 123456789, -2, 1, "1,234,567.89" },
	{ -21, 0, 1, "-21" },
	{ 1, 3, 1, "1,000" },
	{ 1, 2, 1, "100" },
	{ 1, 60, 1, "1e60" },
};

START_TEST(decimal_format)
{
	char buf[96];
	size_t n = zhen_decimal_format(buf, sizeof buf,
	                               zhen__dec(fmt_cases[_i].coef,
	                                         fmt_cases[_i].exp),
	                               fmt_cases[_i].group);
	ck_assert_str_eq(buf, fmt_cases[_i].want);
	ck_assert_uint_eq(n, strlen(fmt_cases[_i].want));
	/* Truncation keeps a NUL and reports the full length. */
	char small[3];
	ck_assert_uint_eq(zhen_decimal_format(small, sizeof small,
	                                      zhen__dec(fmt_cases[_i].coef,
	                                                fmt_cases[_i].exp),
	                                      fmt_cases[_i].group),
	                  n);
	ck_assert_uint_le(strlen(small), 2);
}
END_TEST

START_TEST(decimal_normalised)
{
	zhen_decimal a = zhen__dec(3400, 6), b = zhen__dec(34, 8);
	ck_assert_int_eq(a.coef, b.coef);
	ck_assert_int_eq(a.exp, b.exp);
	ck_assert(zhen__dec_eq(zhen__dec(0, 5), zhen__dec(0, -3)));
	int32_t prec;
	zhen_decimal d;
	/* 19 significant digits: the tail folds into the exponent. */
	ck_assert(zhen__dec_parse(&d, &prec, "1234567890123456789", 19));
	ck_assert_int_eq(d.exp, 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("common");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, ctx_lifecycle);
	tcase_add_test(tc, errors_are_recorded);
	tcase_add_test(tc, strerror_covers_every_code);
	tcase_add_test(tc, embedded_dicts);
	tcase_add_test(tc, dict_iteration);
	tcase_add_test(tc, add_dict_rejects_unknown_names);
	tcase_add_test(tc, utf8_helpers);
	tcase_add_test(tc, buffers);
	tcase_add_loop_test(tc, decimal_format, 0,
	                    (int)(sizeof fmt_cases / sizeof fmt_cases[0]));
	tcase_add_test(tc, decimal_normalised);
	suite_add_tcase(s, tc);
	return zhen_test_run(s);
}
