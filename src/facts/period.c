/* period.c: the periods a sentence names, from the quantities the number
 * reader found in it: years (2022年, FY2022), ranges of years (2018-2023年),
 * halves and quarters with their year (2024年上半年, H1 2024, the third
 * quarter of 2023), and periods ending on a date (截至2024年6月30日止六個月,
 * "the six months ended June 30, 2024", "the year ended December 31"). */
#include "facts_internal.h"

#include <string.h>

/* How far a half or a quarter and its year may stand apart, in bytes:
 * "the first half of fiscal 2024" is the widest form written. */
#define YEAR_NEAR 24
/* How far a period's length (六個月, "six months") may stand from its
 * end date: "for the six months ended June 30, 2024". */
#define LENGTH_NEAR 40
/* How far a word of comparison may stand before its year: "compared
 * with 2020" is the widest. */
#define BASE_NEAR 16

static int64_t whole(zhen_decimal d)
{
	int64_t v = d.coef;
	for (int32_t e = d.exp; e > 0 && v < INT64_MAX / 10; e--)
		v *= 10;
	for (int32_t e = d.exp; e < 0; e++)
		v /= 10;
	return v;
}

static bool is_year(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_YEAR && !(q->flags & ZHEN_QF_DECADE);
}

static bool is_part(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_ORDINAL &&
	       (!strcmp(q->unit, ZHEN_UNIT_HALF) ||
	        !strcmp(q->unit, ZHEN_UNIT_QUARTER));
}

static zhen_period_part part_of(const zhen_quantity *q)
{
	int64_t k = whole(q->value);
	if (!strcmp(q->unit, ZHEN_UNIT_HALF))
		return k == 2 ? ZHEN_PERIOD_H2 : ZHEN_PERIOD_H1;
	return k >= 1 && k <= 4 ? (zhen_period_part)(ZHEN_PERIOD_Q1 + k - 1)
	                        : ZHEN_PERIOD_Q1;
}

static bool is_fiscal(const struct fx_table *tab, const char *s, size_t slen,
                      const zhen_quantity *q);

/* A half or quarter at q[i]: its year stands just before it (2024年上半年)
 * or just after (H1 2024); a half of a financial year when that year is
 * one (H1 FY2024, 2024財年上半年). *used marks the year taken. */
static struct fx_mention part_mention(const struct fx_table *tab,
                                      const char *s, size_t slen,
                                      const zhen_quantity *q, size_t n,
                                      size_t i, bool *used)
{
	struct fx_mention m = { q[i].start, q[i].end,
	                        { 0, part_of(&q[i]), 0 }, 0, false };
	if (i > 0 && is_year(&q[i - 1]) && !used[i - 1] &&
	    !(q[i - 1].flags & ZHEN_QF_RANGE) &&
	    q[i].start - q[i - 1].end <= YEAR_NEAR) {
		m.p.year = (int32_t)whole(q[i - 1].value);
		m.start = q[i - 1].start;
		m.fiscal = is_fiscal(tab, s, slen, &q[i - 1]);
		used[i - 1] = true;
	} else if (i + 1 < n && is_year(&q[i + 1]) &&
	           q[i + 1].start - q[i].end <= YEAR_NEAR) {
		m.p.year = (int32_t)whole(q[i + 1].value);
		m.end = q[i + 1].end;
		m.fiscal = is_fiscal(tab, s, slen, &q[i + 1]);
		used[i + 1] = true;
	}
	m.year_to = m.p.year;
	return m;
}

/* Whether s[a, b) holds only spaces, or (@p words) no clause break and
 * no figure: what may stand between a half's word and its year. */
static bool half_gap(const char *s, size_t a, size_t b, bool words)
{
	for (size_t i = a; i < b; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ')
			continue;
		if (!words || c == ',' || c == ';' || c == '.' ||
		    (c >= '0' && c <= '9'))
			return false;
		/* ，；。、 (EF BC 8C, EF BC 9B, E3 80 82, E3 80 81) */
		if (i + 3 <= b && (!memcmp(s + i, "，", 3) ||
		                   !memcmp(s + i, "；", 3) ||
		                   !memcmp(s + i, "。", 3) ||
		                   !memcmp(s + i, "、", 3)))
			return false;
	}
	return true;
}

/* A word of a half of a financial year ('=half1', '=half2' rows: 1H,
 * interim, 上半財年) beside the year at q[i]: next to it (1H 2024, 2023
 * interim results), or in the same clause when the year is a financial
 * one (1H FY2024, "interim results for FY2024", 2024財年上半年). That
 * half, of a financial year, whose end is its document's. false when no
 * such word stands there: "revenue for 2023, while the interim revenue"
 * is the year's. */
static bool half_word_mention(struct fx_mention *m, const struct fx_table *tab,
                              const char *s, size_t slen,
                              const zhen_quantity *q)
{
	size_t from = q->start > YEAR_NEAR ? q->start - YEAR_NEAR : 0;
	size_t to = q->end + YEAR_NEAR < slen ? q->end + YEAR_NEAR : slen;
	const struct fx_term *t = NULL, *t2 = NULL;
	size_t at = fx_role_at(tab, s, from, to, FX_HALF1, &t);
	size_t at2 = fx_role_at(tab, s, from, to, FX_HALF2, &t2);

	if (at2 < at) {
		at = at2;
		t = t2;
	}
	if (at == SIZE_MAX)
		return false;
	bool fiscal = is_fiscal(tab, s, slen, q);
	if (at + t->len <= q->start ?
	    !half_gap(s, at + t->len, q->start, fiscal) :
	    at >= q->end ? !half_gap(s, q->end, at, fiscal) : false)
		return false;
	memset(m, 0, sizeof *m);
	m->start = at < q->start ? at : q->start;
	m->end = at + t->len > q->end ? at + t->len : q->end;
	m->p.year = m->year_to = (int32_t)whole(q->value);
	m->p.part = t->role == FX_HALF1 ? ZHEN_PERIOD_H1 : ZHEN_PERIOD_H2;
	m->fiscal = true;
	return true;
}

/* The length in months said near a date (六個月, "six months"), or 0. */
static int64_t months_near(const zhen_quantity *q, size_t n, size_t i,
                           bool *used)
{
	for (size_t k = 0; k < n; k++) {
		if (k == i || used[k] || q[k].kind != ZHEN_Q_NUMBER ||
		    strcmp(q[k].unit, ZHEN_UNIT_MONTH))
			continue;
		size_t gap = k < i ? q[i].start - q[k].end
		                   : q[k].start - q[i].end;
		if (gap <= LENGTH_NEAR) {
			used[k] = true;
			return whole(q[k].value);
		}
	}
	return 0;
}

/* A date with its year that ends a period: a half, a quarter or a year by
 * the months beside it, or a year by "year ended" / 止年度. false for a
 * date that is only a day (截至8月, October 22). */
static bool date_mention(struct fx_mention *m, const struct fx_table *tab,
                         const char *s, size_t slen, const zhen_quantity *q,
                         size_t n, size_t i, bool *used)
{
	int64_t v = whole(q[i].value);
	if (q[i].kind != ZHEN_Q_DATE || v < 10000000)
		return false;
	int32_t year = (int32_t)(v / 10000), month = (int32_t)(v / 100 % 100);
	int64_t len = months_near(q, n, i, used);
	size_t from = q[i].start > YEAR_NEAR ? q[i].start - YEAR_NEAR : 0;
	size_t to = q[i].end + 12 < slen ? q[i].end + 12 : slen;
	if (!len && (fx_has_role(tab, s, from, q[i].start, FX_YEAR_ENDED) ||
	             fx_has_role(tab, s, q[i].end, to, FX_YEAR_ENDED)))
		len = 12;
	memset(m, 0, sizeof *m);
	m->start = q[i].start;
	m->end = q[i].end;
	m->p.year = m->year_to = year;
	if (len == 12) {
		m->p.part = ZHEN_PERIOD_YEAR;
		m->p.end_month = month; /* the year ended 31 March 2023 */
	}
	else if (len == 6 && (month == 6 || month == 12))
		m->p.part = month == 6 ? ZHEN_PERIOD_H1 : ZHEN_PERIOD_H2;
	else if (len == 6 && month >= 1 && month <= 12) {
		/* six months ended 30 September 2023: the first half of the
		 * year to March 2024 (an interim report is a first half) */
		m->p.part = ZHEN_PERIOD_H1;
		m->p.end_month = (month + 5) % 12 + 1;
		m->p.year = m->year_to = year + (month > 6);
	}
	else if (len == 3 && month % 3 == 0)
		m->p.part = (zhen_period_part)(ZHEN_PERIOD_Q1 + month / 3 - 1);
	else
		return false;
	return true;
}

/* A year said as a financial year: FY2023, fiscal 2023, 2023財年 (a
 * word of the '=fiscal' rows just before the year or right after it). */
static bool is_fiscal(const struct fx_table *tab, const char *s, size_t slen,
                      const zhen_quantity *q)
{
	size_t from = q->start > BASE_NEAR ? q->start - BASE_NEAR : 0;
	size_t to = q->end + 12 < slen ? q->end + 12 : slen;
	return fx_has_role(tab, s, from, to, FX_FISCAL);
}

/* A year a figure is compared with, not the figure's (較2020年收窄,
 * "compared with 2020"): a word of the '=base' rows just before it. */
static bool is_base(const struct fx_table *tab, const char *s, size_t start)
{
	return fx_has_role(tab, s, start > BASE_NEAR ? start - BASE_NEAR : 0,
	                   start, FX_BASE);
}

size_t fx_mentions(struct fx_mention *out, size_t cap,
                   const struct fx_table *tab, const char *s, size_t slen,
                   const zhen_quantity *q, size_t n)
{
	bool used[FX_MAXQ];
	size_t k = 0;

	if (n > FX_MAXQ)
		n = FX_MAXQ;
	memset(used, 0, sizeof used);
	/* halves and quarters first: they take the year beside them */
	for (size_t i = 0; i < n && k < cap; i++)
		if (is_part(&q[i]))
			out[k++] = part_mention(tab, s, slen, q, n, i, used);
	for (size_t i = 0; i < n && k < cap; i++)
		if (is_year(&q[i]) && !used[i] &&
		    half_word_mention(&out[k], tab, s, slen, &q[i])) {
			used[i] = true;
			k++;
		}
	for (size_t i = 0; i < n && k < cap; i++) {
		if (used[i])
			continue;
		if (date_mention(&out[k], tab, s, slen, q, n, i, used)) {
			k++;
		} else if (is_year(&q[i]) && !is_base(tab, s, q[i].start)) {
			struct fx_mention m = { q[i].start, q[i].end,
			                        { (int32_t)whole(q[i].value),
			                          ZHEN_PERIOD_YEAR, 0 }, 0,
			                        is_fiscal(tab, s, slen, &q[i]) };
			m.year_to = m.p.year;
			/* 2018-2023年: the range's two ends are two years */
			if (q[i].flags & ZHEN_QF_RANGE && i + 1 < n &&
			    is_year(&q[i + 1]) && q[i + 1].flags & ZHEN_QF_RANGE) {
				m.year_to = (int32_t)whole(q[i + 1].value);
				m.end = q[i + 1].end;
				used[++i] = true;
			}
			out[k++] = m;
		}
	}
	/* in text order: the nearest before a term is wanted */
	for (size_t a = 1; a < k; a++)
		for (size_t b = a; b > 0 && out[b - 1].start > out[b].start; b--) {
			struct fx_mention t = out[b];
			out[b] = out[b - 1];
			out[b - 1] = t;
		}
	return k;
}
