/* test_shared.c: contexts made with zhen_ctx_new_shared() share their
 * parent's OpenCC handles, give the results of a context of their own on
 * two threads at once (run it under build-tsan too: README "Jobs"), and
 * free in any order. */
#include "internal.h"
#include "zhen_test.h"

#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Traditional Chinese with figures, and English that differs in one. */
static const char *const pairs[][2] = {
	{ "營收34億元，較去年增長12%。", "Revenue was 3.4 billion yuan, up 12%." },
	{ "於2018年啓動，羣眾超過500人。", "Launched in 2018 with over 600 people." },
	{ "看著著急，乾隆年間頭髮一隻。", "Nothing to compare here." },
	{ "衞生署公佈：週年慶典共3天。", "The anniversary lasted 3 days." },
	{ "六年內經營虧損分別為34億元、50億元。", "Losses were 3.4bn and 5bn yuan." },
};
#define NPAIRS (sizeof pairs / sizeof *pairs)
#define ROUNDS 40
#define SIG_MAX 4096

/* What @p ctx makes of pair @p i: its T2S and HK2S conversions and its
 * findings' ids, in one string. */
static void signature(char *sig, zhen_ctx *ctx, size_t i)
{
	const char *zh = pairs[i][0], *en = pairs[i][1];
	char *a = NULL, *b = NULL;
	zhen_findings *f = NULL;
	int n;

	ck_assert_int_eq(zhen__opencc(&a, NULL, ctx, ZHEN_CONVERT_T2S, zh,
	                              strlen(zh)), 0);
	ck_assert_int_eq(zhen__opencc(&b, NULL, ctx, ZHEN_CONVERT_HK2S, zh,
	                              strlen(zh)), 0);
	ck_assert_int_eq(zhen_check_pair(&f, ctx, zh, strlen(zh), 0, en,
	                                 strlen(en), 0, NULL), 0);
	n = snprintf(sig, SIG_MAX, "%s|%s|%zu", a, b, zhen_findings_count(f));
	for (size_t k = 0; k < zhen_findings_count(f); k++)
		n += snprintf(sig + n, SIG_MAX - (size_t)n, " %s",
		              zhen_findings_get(f, k)->id);
	free(a);
	free(b);
	zhen_findings_free(f);
}

static char expected[NPAIRS][SIG_MAX];

struct worker {
	zhen_ctx *ctx;
	size_t mismatches;
};

static void *work(void *arg)
{
	struct worker *w = arg;
	char sig[SIG_MAX];
	for (int r = 0; r < ROUNDS; r++)
		for (size_t i = 0; i < NPAIRS; i++) {
			signature(sig, w->ctx, i);
			w->mismatches += strcmp(sig, expected[i]) != 0;
		}
	return NULL;
}

START_TEST(two_threads_one_handle)
{
	zhen_ctx *alone, *parent, *kids[2];
	ck_assert_int_eq(zhen_ctx_new(&alone), 0);
	for (size_t i = 0; i < NPAIRS; i++)
		signature(expected[i], alone, i);
	zhen_ctx_free(alone);
	/* The children open the handles first, both at once. */
	ck_assert_int_eq(zhen_ctx_new(&parent), 0);
	ck_assert_int_eq(zhen_ctx_new_shared(&kids[0], parent), 0);
	ck_assert_int_eq(zhen_ctx_new_shared(&kids[1], kids[0]), 0);
	struct worker w[2] = { { kids[0], 0 }, { kids[1], 0 } };
	pthread_t t[2];
	for (int k = 0; k < 2; k++)
		ck_assert_int_eq(pthread_create(&t[k], NULL, work, &w[k]), 0);
	for (int k = 0; k < 2; k++)
		ck_assert_int_eq(pthread_join(t[k], NULL), 0);
	ck_assert_uint_eq(w[0].mismatches, 0);
	ck_assert_uint_eq(w[1].mismatches, 0);
	/* One handle per conversion, the parent's. */
	const void *h = zhen__convert_handle(parent, ZHEN_CONVERT_T2S);
	ck_assert_ptr_nonnull(h);
	ck_assert_ptr_eq(zhen__convert_handle(kids[0], ZHEN_CONVERT_T2S), h);
	ck_assert_ptr_eq(zhen__convert_handle(kids[1], ZHEN_CONVERT_T2S), h);
	ck_assert_ptr_null(zhen__convert_handle(kids[1], ZHEN_CONVERT_TW2S));
	/* The parent first: the children keep the handles. */
	zhen_ctx_free(parent);
	char sig[SIG_MAX];
	signature(sig, kids[1], 0);
	ck_assert_str_eq(sig, expected[0]);
	zhen_ctx_free(kids[1]);
	signature(sig, kids[0], 3);
	ck_assert_str_eq(sig, expected[3]);
	zhen_ctx_free(kids[0]);
}
END_TEST

/* Dictionary entries stay with the context they were added to. */
START_TEST(own_dictionaries)
{
	zhen_ctx *parent, *kid;
	ck_assert_int_eq(zhen_ctx_new(&parent), 0);
	ck_assert_int_eq(zhen_ctx_new_shared(&kid, parent), 0);
	ck_assert_ptr_ne(kid, parent);
	ck_assert_ptr_ne(kid->numbers, parent->numbers);
	ck_assert_ptr_ne(kid->segment, parent->segment);
	zhen_ctx_free(kid);
	zhen_ctx_free(parent);
}
END_TEST

static Suite *shared_suite(void)
{
	Suite *s = suite_create("shared");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, two_threads_one_handle);
	tcase_add_test(tc, own_dictionaries);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(shared_suite());
}
