/* test_policy.c: severity overrides, ignore rules and accepted ids applied
 * to the findings of pairs and of documents (policy.c). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "zhen_test.h"

/* Two rows of a pairs file, each with a finding: a magnitude slip (an
 * error) and a figure left out (a warning, money). */
#define Z1 "營收34億元。"
#define E1 "Revenue was RMB 34 billion."
#define Z2 "利潤5億元，增長21%。"
#define E2 "Profit rose 21%."

struct row {
	const char *zh, *en;
	zhen_findings *f;
};

static void check_rows(struct row *r, size_t n, zhen_ctx *ctx,
                       const zhen_check_options *o)
{
	for (size_t i = 0; i < n; i++)
		ck_assert_int_eq(zhen_check_pair(&r[i].f, ctx, r[i].zh,
		                                 strlen(r[i].zh), 0, r[i].en,
		                                 strlen(r[i].en), 0, o), 0);
}

static size_t apply(struct row *r, const zhen_policy *p,
                    const zhen_check_options *o)
{
	size_t n;
	ck_assert_int_eq(zhen_policy_apply(&n, r->f, p, o, r->zh, 0, r->en, 0),
	                 0);
	return n;
}

static void free_rows(struct row *r, size_t n)
{
	for (size_t i = 0; i < n; i++)
		zhen_findings_free(r[i].f);
}

START_TEST(empty_policy_changes_nothing)
{
	struct row r[2] = { { Z1, E1, NULL }, { Z2, E2, NULL } };
	zhen_ctx *ctx = NULL;
	zhen_policy *p = NULL;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_policy_new(&p), 0);
	check_rows(r, 2, ctx, NULL);
	ck_assert_uint_eq(apply(&r[0], p, NULL), 0);
	ck_assert_uint_eq(apply(&r[1], p, NULL), 0);
	ck_assert_uint_eq(zhen_findings_count(r[0].f), 1);
	ck_assert_int_eq(zhen_findings_get(r[0].f, 0)->severity,
	                 ZHEN_SEV_ERROR);
	ck_assert_uint_eq(zhen_findings_count(r[1].f), 1);
	ck_assert_int_eq(zhen_findings_get(r[1].f, 0)->type, ZHEN_F_MISSING);
	/* a NULL policy too */
	ck_assert_int_eq(zhen_policy_apply(NULL, r[0].f, NULL, NULL, Z1, 0,
	                                   E1, 0), 0);
	ck_assert_uint_eq(zhen_findings_count(r[0].f), 1);
	free_rows(r, 2);
	zhen_policy_free(p);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(severity_by_type_and_kind)
{
	struct row r[2] = { { Z1, E1, NULL }, { Z2, E2, NULL } };
	zhen_ctx *ctx = NULL;
	zhen_policy *p = NULL;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_policy_new(&p), 0);
	check_rows(r, 2, ctx, NULL);
	/* missing money becomes an error; the type-wide rule says info, but
	 * the kind's rule wins whatever the order */
	ck_assert_int_eq(zhen_policy_set_severity(p, ZHEN_F_MISSING,
	                                          ZHEN_Q_MONEY, ZHEN_SEV_ERROR),
	                 0);
	ck_assert_int_eq(zhen_policy_set_severity(p, ZHEN_F_MISSING, -1,
	                                          ZHEN_SEV_INFO), 0);
	ck_assert_int_eq(zhen_policy_set_severity(p, ZHEN_F_MAGNITUDE, -1,
	                                          ZHEN_SEV_OFF), 0);
	apply(&r[0], p, NULL);
	apply(&r[1], p, NULL);
	ck_assert_uint_eq(zhen_findings_count(r[0].f), 0);
	ck_assert_uint_eq(zhen_findings_count(r[1].f), 1);
	ck_assert_int_eq(zhen_findings_get(r[1].f, 0)->severity,
	                 ZHEN_SEV_ERROR);
	/* out of range: refused */
	ck_assert_int_eq(zhen_policy_set_severity(p, (zhen_ftype)99, -1,
	                                          ZHEN_SEV_INFO), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_policy_set_severity(p, ZHEN_F_VALUE, 99,
	                                          ZHEN_SEV_INFO), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_policy_set_severity(p, ZHEN_F_VALUE, -1, 3),
	                 ZHEN_EUSAGE);
	free_rows(r, 2);
	zhen_policy_free(p);
	zhen_ctx_free(ctx);
}
END_TEST

/* A finding the check lowered keeps its severity under an override that
 * would raise it: head matter, unsure pairs. */
START_TEST(lowered_findings_stay_low)
{
	zhen_finding fd = { .type = ZHEN_F_EXTRA, .severity = ZHEN_SEV_INFO,
	                    .has_en = 1 };
	struct zhen_findings l = { &fd, 1, 1 };
	zhen_policy *p = NULL;

	fd.en.kind = ZHEN_Q_NUMBER;
	ck_assert_int_eq(zhen_policy_new(&p), 0);
	ck_assert_int_eq(zhen_policy_set_severity(p, ZHEN_F_EXTRA, -1,
	                                          ZHEN_SEV_ERROR), 0);
	ck_assert_int_eq(zhen_policy_apply(NULL, &l, p, NULL, "", 0, "x", 0),
	                 0);
	ck_assert_int_eq(fd.severity, ZHEN_SEV_INFO);
	/* at its type's own severity it takes the override */
	fd.severity = ZHEN_SEV_WARNING;
	ck_assert_int_eq(zhen_policy_apply(NULL, &l, p, NULL, "", 0, "x", 0),
	                 0);
	ck_assert_int_eq(fd.severity, ZHEN_SEV_ERROR);
	/* ... which --strict makes an error: a warning is lowered, and an
	 * override to info takes it lower still */
	zhen_check_options o = ZHEN_CHECK_OPTIONS_INIT;
	o.strict = 1;
	fd.severity = ZHEN_SEV_WARNING;
	ck_assert_int_eq(zhen_policy_set_severity(p, ZHEN_F_EXTRA, -1,
	                                          ZHEN_SEV_INFO), 0);
	ck_assert_int_eq(zhen_policy_apply(NULL, &l, p, &o, "", 0, "x", 0), 0);
	ck_assert_int_eq(fd.severity, ZHEN_SEV_INFO);
	zhen_policy_free(p);
}
END_TEST

START_TEST(ignore_rules)
{
	struct row r[2] = { { Z1, E1, NULL }, { Z2, E2, NULL } };
	zhen_ctx *ctx = NULL;
	zhen_policy *p = NULL;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	check_rows(r, 2, ctx, NULL);
	/* a pattern of the English text: the magnitude slip goes */
	ck_assert_int_eq(zhen_policy_new(&p), 0);
	ck_assert_int_eq(zhen_policy_ignore_text(p, "RMB * billion"), 0);
	apply(&r[0], p, NULL);
	apply(&r[1], p, NULL);
	ck_assert_uint_eq(zhen_findings_count(r[0].f), 0);
	ck_assert_uint_eq(zhen_findings_count(r[1].f), 1);
	zhen_policy_free(p);
	/* a value with its unit; the same value in another unit stays */
	ck_assert_int_eq(zhen_policy_new(&p), 0);
	ck_assert_int_eq(zhen_policy_ignore_value(p, "500000000", "USD"), 0);
	apply(&r[1], p, NULL);
	ck_assert_uint_eq(zhen_findings_count(r[1].f), 1);
	ck_assert_int_eq(zhen_policy_ignore_value(p, "500000000", "CNY"), 0);
	apply(&r[1], p, NULL);
	ck_assert_uint_eq(zhen_findings_count(r[1].f), 0);
	/* a value alone: any unit */
	zhen_findings_free(r[1].f);
	check_rows(&r[1], 1, ctx, NULL);
	zhen_policy_free(p);
	ck_assert_int_eq(zhen_policy_new(&p), 0);
	ck_assert_int_eq(zhen_policy_ignore_value(p, "500000000", NULL), 0);
	apply(&r[1], p, NULL);
	ck_assert_uint_eq(zhen_findings_count(r[1].f), 0);
	ck_assert_int_eq(zhen_policy_ignore_text(p, ""), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_policy_ignore_value(p, NULL, "CNY"), ZHEN_EINVAL);
	free_rows(r, 2);
	zhen_policy_free(p);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(accepted_ids)
{
	struct row r[2] = { { Z1, E1, NULL }, { Z2, E2, NULL } };
	zhen_ctx *ctx = NULL;
	zhen_policy *p = NULL;
	char id[ZHEN_FINDING_ID_LEN + 1];

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	check_rows(r, 2, ctx, NULL);
	ck_assert_int_eq(zhen_policy_new(&p), 0);
	strcpy(id, zhen_findings_get(r[0].f, 0)->id);
	ck_assert_int_eq(zhen_policy_accept(p, id), 0);
	ck_assert_int_eq(zhen_policy_accept(p, id), 0);
	ck_assert_uint_eq(zhen_policy_accepted_count(p), 1);
	/* many others, so that the set grows past its first table */
	for (int i = 0; i < 1000; i++) {
		char other[16];
		snprintf(other, sizeof other, "%012x", 0x100000 + i);
		ck_assert_int_eq(zhen_policy_accept(p, other), 0);
	}
	ck_assert_uint_eq(zhen_policy_accepted_count(p), 1001);
	ck_assert_uint_eq(apply(&r[0], p, NULL), 1);
	ck_assert_uint_eq(zhen_findings_count(r[0].f), 0);
	ck_assert_uint_eq(apply(&r[1], p, NULL), 0);
	ck_assert_uint_eq(zhen_findings_count(r[1].f), 1);
	/* not an id */
	ck_assert_int_eq(zhen_policy_accept(p, "12345"), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_policy_accept(p, "ABCDEF123456"), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_policy_accept(p, "0123456789ag"), ZHEN_EUSAGE);
	free_rows(r, 2);
	zhen_policy_free(p);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(documents)
{
	static const char zt[] = Z1 "\n" Z2 "\n", et[] = E1 "\n" E2 "\n";
	zhen_ctx *ctx = NULL;
	zhen_doc *zh = NULL, *en = NULL;
	zhen_result *r = NULL;
	zhen_policy *p = NULL;
	size_t n;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&zh, ctx, zt, strlen(zt)), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&en, ctx, et, strlen(et)), 0);
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zh, en, NULL), 0);
	const zhen_findings *f = zhen_result_findings(r);
	ck_assert_uint_eq(zhen_findings_count(f), 2);
	ck_assert_uint_eq(zhen_result_accepted(r), 0);
	ck_assert_uint_eq(zhen_findings_count(zhen_result_accepted_findings(r)),
	                  0);
	zhen_finding second = *zhen_findings_get(f, 1);
	ck_assert_int_eq(zhen_policy_new(&p), 0);
	ck_assert_int_eq(zhen_policy_accept(p, second.id), 0);
	/* the ignore rule reads the figure's text from the document */
	ck_assert_int_eq(zhen_policy_ignore_text(p, "34億元"), 0);
	ck_assert_int_eq(zhen_policy_apply_result(&n, r, p, NULL, zh, en), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(zhen_findings_count(f), 0);
	ck_assert_uint_eq(zhen_result_accepted(r), 1);
	/* the accepted one is kept aside, as it was, for the HTML page */
	const zhen_findings *acc = zhen_result_accepted_findings(r);
	ck_assert_uint_eq(zhen_findings_count(acc), 1);
	ck_assert_str_eq(zhen_findings_get(acc, 0)->id, second.id);
	ck_assert_uint_eq(zhen_findings_get(acc, 0)->bead, second.bead);
	ck_assert_int_eq(zhen_findings_get(acc, 0)->severity, second.severity);
	zhen_policy_free(p);
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(names_parse)
{
	zhen_ftype t;
	zhen_qkind k;
	zhen_severity s;

	ck_assert_int_eq(zhen_ftype_parse(&t, "series"), 0);
	ck_assert_int_eq(t, ZHEN_F_SERIES);
	ck_assert_int_eq(zhen_ftype_parse(&t, "moved"), 0);
	ck_assert_int_eq(t, ZHEN_F_MOVED);
	ck_assert_int_eq(zhen_ftype_parse(&t, "Series"), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_qkind_parse(&k, "money"), 0);
	ck_assert_int_eq(k, ZHEN_Q_MONEY);
	ck_assert_int_eq(zhen_qkind_parse(&k, "time"), 0);
	ck_assert_int_eq(k, ZHEN_Q_TIME);
	ck_assert_int_eq(zhen_qkind_parse(&k, "cash"), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_severity_parse(&s, "warning"), 0);
	ck_assert_int_eq(s, ZHEN_SEV_WARNING);
	ck_assert_int_eq(zhen_severity_parse(&s, "off"), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_ftype_severity(ZHEN_F_MISSING, 0),
	                 ZHEN_SEV_WARNING);
	ck_assert_int_eq(zhen_ftype_severity(ZHEN_F_MISSING, 1), ZHEN_SEV_ERROR);
	ck_assert_int_eq(zhen_ftype_severity(ZHEN_F_VALUE, 0), ZHEN_SEV_ERROR);
	ck_assert_int_eq(zhen_ftype_severity(ZHEN_F_MOVED, 1), ZHEN_SEV_INFO);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("policy");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, empty_policy_changes_nothing);
	tcase_add_test(tc, severity_by_type_and_kind);
	tcase_add_test(tc, lowered_findings_stay_low);
	tcase_add_test(tc, ignore_rules);
	tcase_add_test(tc, accepted_ids);
	tcase_add_test(tc, documents);
	tcase_add_test(tc, names_parse);
	suite_add_tcase(s, tc);
	return zhen_test_run(s);
}
