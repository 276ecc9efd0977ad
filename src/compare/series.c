/* series.c: a list of amounts that switches currency or magnitude
 * midway. The translation may agree with it and the data still be wrong
 * (the seeds' six yearly losses, four in 元 then two in 美元), so this
 * looks at each side alone, after the pairs are settled. */
#include "compare.h"

#include <math.h>

/* Quantities of one side separated by at most a list separator
 * (、，, and 和 及) form a list. */
#define LIST_GAP 12

static bool money_like(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_MONEY && !(q->flags & ZHEN_QF_CONVERSION);
}

/* The first element of q[a..b] that switches currency, or drops or
 * jumps by a factor of 100 or more against the first (a 億 list that
 * ends in 萬, "billion … million"), or -1. */
static long switched(const zhen_quantity *q, size_t a, size_t b)
{
	double first = fabs(zhen__approx(q[a].value));
	for (size_t i = a + 1; i <= b; i++) {
		double x = fabs(zhen__approx(q[i].value));
		if (strcmp(q[i].currency, q[a].currency) ||
		    (first > 0 && x > 0 &&
		     (x / first >= 100 || first / x >= 100)))
			return (long)i;
	}
	return -1;
}

/* The first switched element of a list of three or more amounts, or
 * -1. */
static long series_switch(const zhen_quantity *q, size_t n)
{
	for (size_t a = 0; a < n;) {
		size_t b = a;
		if (!money_like(&q[a])) {
			a++;
			continue;
		}
		while (b + 1 < n && money_like(&q[b + 1]) &&
		       q[b + 1].start >= q[b].end &&
		       q[b + 1].start - q[b].end <= LIST_GAP)
			b++;
		long sw = b - a + 1 >= 3 ? switched(q, a, b) : -1;
		if (sw >= 0)
			return sw;
		a = b + 1;
	}
	return -1;
}

/* One warning per unit: the Chinese list if it switches, else the
 * English one (a switch the translator introduced); with the element's
 * partner on the other side when it has one. */
int zhen__series(struct zhen__cmp *c, const struct zhen__rule *r)
{
	long sw = series_switch(c->zh.q, c->zh.n);
	const zhen_quantity *partner = NULL;
	(void)r;
	if (sw >= 0) {
		if (c->zpair[sw] >= 0)
			partner = &c->en.q[c->zpair[sw]];
		return zhen__push(c, ZHEN_F_SERIES, ZHEN_SEV_WARNING,
		                  &c->zh.q[sw], partner);
	}
	if ((sw = series_switch(c->en.q, c->en.n)) < 0)
		return 0;
	for (size_t i = 0; i < c->zh.n; i++)
		if (c->zpair[i] == sw)
			partner = &c->zh.q[i];
	return zhen__push(c, ZHEN_F_SERIES, ZHEN_SEV_WARNING, partner,
	                  &c->en.q[sw]);
}
