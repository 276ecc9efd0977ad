/* test_report.c: messages, diff-style hunks and counts, over findings
 * built by hand so that the expected text is known exactly (JSON Lines:
 * test_json.c). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "zhen_test.h"
#include "report_fixture.h"

START_TEST(message_magnitude)
{
	zhen_finding f[2];
	struct zhen_findings l = two_findings(f);
	char buf[256];
	size_t n = zhen_finding_message(buf, sizeof buf, &l.f[0], ZH, ZB, EN, EB);
	ck_assert_str_eq(buf, "34億元 = CNY 3,400,000,000 ≠ RMB 34 billion = "
	                      "CNY 34,000,000,000");
	ck_assert_uint_eq(n, strlen(buf));
	/* Truncation behaves like snprintf. */
	char small[8];
	ck_assert_uint_eq(zhen_finding_message(small, sizeof small, &l.f[0], ZH,
	                                       ZB, EN, EB), n);
	ck_assert_uint_eq(strlen(small), 7);
}
END_TEST

START_TEST(message_missing_extra_series)
{
	zhen_finding f;
	char buf[256];
	memset(&f, 0, sizeof f);
	f.type = ZHEN_F_MISSING;
	f.has_zh = 1;
	f.zh = mk(ZB + 23, ZB + 26, ZHEN_Q_PERCENT, 21, 0, "");
	zhen_finding_message(buf, sizeof buf, &f, ZH, ZB, EN, EB);
	ck_assert_str_eq(buf, "21% = 21% is not in the English");
	f.type = ZHEN_F_EXTRA;
	f.has_zh = 0;
	f.has_en = 1;
	f.en = mk(EB + 31, EB + 34, ZHEN_Q_PERCENT, 12, 0, "");
	zhen_finding_message(buf, sizeof buf, &f, ZH, ZB, EN, EB);
	ck_assert_str_eq(buf, "12% = 12% is not in the Chinese");
	f.type = ZHEN_F_SERIES;
	f.has_zh = 1;
	f.zh = mk(ZB + 6, ZB + 14, ZHEN_Q_MONEY, 34, 8, "USD");
	zhen_finding_message(buf, sizeof buf, &f, ZH, ZB, EN, EB);
	ck_assert_ptr_nonnull(strstr(buf, "34億元 = USD 3,400,000,000"));
	ck_assert_ptr_nonnull(strstr(buf, "switches currency"));
}
END_TEST

/* A date whose year only one side writes: both sides quoted, and which
 * side lacks the year. */
START_TEST(message_year_of_a_date)
{
	static const char zd[] = "2008 年 11 月 26 日";
	static const char ed[] = "November 26";
	zhen_finding f;
	char buf[256];
	memset(&f, 0, sizeof f);
	f.type = ZHEN_F_MISSING;
	f.has_zh = f.has_en = 1;
	f.zh = mk(0, sizeof zd - 1, ZHEN_Q_DATE, 20081126, 0, "");
	f.en = mk(0, sizeof ed - 1, ZHEN_Q_DATE, 1126, 0, "");
	zhen_finding_message(buf, sizeof buf, &f, zd, 0, ed, 0);
	ck_assert_str_eq(buf, "2008 年 11 月 26 日 = 2008-11-26 ~ November 26 = "
	                      "11-26: the year is not in the English");
	f.type = ZHEN_F_EXTRA;
	zhen_finding_message(buf, sizeof buf, &f, zd, 0, ed, 0);
	ck_assert_ptr_nonnull(strstr(buf, ": the year is not in the Chinese"));
}
END_TEST

/* 下降3.4% ↔ "up 3.4%": the message says which way each side goes */
START_TEST(message_direction)
{
	static const char zd[] = "3.4%", ed[] = "3.4%";
	zhen_finding f;
	char buf[256];
	memset(&f, 0, sizeof f);
	f.type = ZHEN_F_VALUE;
	f.severity = ZHEN_SEV_ERROR;
	f.has_zh = f.has_en = 1;
	f.zh = mk(0, 4, ZHEN_Q_PERCENT, 34, -1, "");
	f.en = mk(0, 4, ZHEN_Q_PERCENT, 34, -1, "");
	f.zh.flags = ZHEN_QF_DECREASE;
	f.en.flags = ZHEN_QF_INCREASE;
	zhen_finding_message(buf, sizeof buf, &f, zd, 0, ed, 0);
	ck_assert_ptr_nonnull(strstr(buf, "(a fall in the Chinese, a rise in the English)"));
	f.zh.flags = ZHEN_QF_INCREASE;
	f.en.flags = ZHEN_QF_DECREASE;
	zhen_finding_message(buf, sizeof buf, &f, zd, 0, ed, 0);
	ck_assert_ptr_nonnull(strstr(buf, "(a rise in the Chinese, a fall in the English)"));
	f.en.flags = ZHEN_QF_INCREASE;
	zhen_finding_message(buf, sizeof buf, &f, zd, 0, ed, 0);
	ck_assert_ptr_null(strstr(buf, "(a "));
}
END_TEST

START_TEST(pair_text_hunk)
{
	zhen_finding f[2];
	struct zhen_findings l = two_findings(f);
	zhen_report_options o = ZHEN_REPORT_OPTIONS_INIT;
	struct sink k = { .len = 0 };
	ck_assert_int_eq(zhen_report_pair_text(to_sink, &k, 3, &l, ZH,
	                                       strlen(ZH), ZB, EN, strlen(EN),
	                                       EB, &o), 0);
	ck_assert_str_eq(k.buf,
		"@@ line 3 @@\n"
		"-營收[[34億元]]，增長[[21%]]。\n"
		"+Revenue was [[RMB 34 billion]], up [[12%]].\n"
		"  error magnitude: 34億元 = CNY 3,400,000,000 ≠ RMB 34 billion"
		" = CNY 34,000,000,000\n"
		"  error value: 21% = 21% ≠ 12% = 12%\n");
	/* Colour replaces the markers with ANSI sequences. */
	o.color = 1;
	k.len = 0;
	zhen_report_pair_text(to_sink, &k, 3, &l, ZH, strlen(ZH), ZB, EN,
	                      strlen(EN), EB, &o);
	ck_assert_ptr_null(strstr(k.buf, "[["));
	ck_assert_ptr_nonnull(strstr(k.buf, "\033[1;7m34億元"));
}
END_TEST

/* A row with an id names it in the hunk's header; the rest is the same. */
START_TEST(pair_text_id)
{
	zhen_finding f[2];
	struct zhen_findings l = two_findings(f);
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;
	struct sink k = { .len = 0 };

	at.line = 1003;
	at.id = "seg-17";
	at.id_len = 6;
	ck_assert_int_eq(zhen_report_pair_text_at(to_sink, &k, &at, &l, ZH,
	                                          strlen(ZH), ZB, EN,
	                                          strlen(EN), EB, NULL), 0);
	ck_assert_ptr_eq(strstr(k.buf, "@@ line 1003 id seg-17 @@\n"
	                               "-營收[[34億元]]"), k.buf);
}
END_TEST

START_TEST(pair_text_clean_is_silent)
{
	struct zhen_findings none = { NULL, 0, 0 };
	struct sink k = { .len = 0 };
	ck_assert_int_eq(zhen_report_pair_text(to_sink, &k, 1, &none, ZH,
	                                       strlen(ZH), 0, EN, strlen(EN), 0,
	                                       NULL), 0);
	ck_assert_uint_eq(k.len, 0);
}
END_TEST

START_TEST(count_by_severity)
{
	zhen_finding f[2];
	struct zhen_findings l = two_findings(f);
	f[1].severity = ZHEN_SEV_WARNING;
	ck_assert_uint_eq(zhen_findings_count_severity(&l, ZHEN_SEV_ERROR), 1);
	ck_assert_uint_eq(zhen_findings_count_severity(&l, ZHEN_SEV_WARNING),
	                  1);
	ck_assert_uint_eq(zhen_findings_count_severity(&l, ZHEN_SEV_INFO), 0);
	ck_assert_uint_eq(zhen_findings_count_severity(NULL, ZHEN_SEV_ERROR),
	                  0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("report");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, message_magnitude);
	tcase_add_test(tc, message_missing_extra_series);
	tcase_add_test(tc, message_year_of_a_date);
	tcase_add_test(tc, message_direction);
	tcase_add_test(tc, pair_text_hunk);
	tcase_add_test(tc, pair_text_clean_is_silent);
	tcase_add_test(tc, pair_text_id);
	tcase_add_test(tc, count_by_severity);
	suite_add_tcase(s, tc);
	return zhen_test_run(s);
}
