/* days.c: a day written alone (8日) in a unit whose Chinese names its
 * month elsewhere (新华社北京9月10日电 … 8日; 9月的会议于8日举行). The day
 * rule pairs 8日 with any date of the 8th, since the month is the
 * context's; where the context gives the month, a date of the 8th in
 * another month ("August 8") is that day translated into another date:
 * one value error naming both sides, not a silent pair.
 *
 * The month a day belongs to, from the Chinese date before it: a month
 * alone (9月) is that month; a date (the dateline's 9月10日) leaves the
 * next month open for a day not yet past (将于8日 may be October 8) and
 * the month before for a day after it (30日 under 10月2日电 is September
 * 30). 上月8日 and 下月3日 name another month: the reader leaves them
 * latent, so they never come here. */
#include "compare.h"

/* Month 1-12 of date value @p v (MMDD or YYYYMMDD), or 0. */
static int64_t month_of(int64_t v)
{
	int64_t m = v >= 100 ? v / 100 % 100 : 0;
	return m >= 1 && m <= 12 ? m : 0;
}

/* Whether @p q is a Gregorian date that names its month. */
static bool dated(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_DATE &&
	       !(q->flags & (ZHEN_QF_DAY | ZHEN_QF_LUNAR | ZHEN_QF_NAME |
	                     ZHEN_QF_RANGE)) &&
	       month_of(zhen__whole(q->value)) != 0;
}

/* The nearest Chinese date before day @p i that names its month, or
 * NULL. */
static const zhen_quantity *context_of(const struct zhen__side *z, size_t i)
{
	while (i--)
		if (dated(&z->q[i]))
			return &z->q[i];
	return NULL;
}

/* Whether month @p m is one day @p day under context @p ctx may be in. */
static bool month_fits(const zhen_quantity *ctx, int64_t day, int64_t m)
{
	int64_t v = zhen__whole(ctx->value), cm = month_of(v), cd = v % 100;
	if (m == cm)
		return true;
	if (!cd)
		return false;
	return day <= cd ? m == cm % 12 + 1 : m == (cm + 10) % 12 + 1;
}

/* Day @p i of the Chinese against the free English dates of its day:
 * one in a month the context allows pairs silently; else the first is a
 * value error. Negative on no memory. */
static int day_in_context(struct zhen__cmp *c, size_t i)
{
	const zhen_quantity *d = &c->zh.q[i], *ctx = context_of(&c->zh, i);
	int64_t day = zhen__whole(d->value);
	long other = -1;
	if (!ctx)
		return 0;
	for (size_t j = 0; j < c->en.n; j++) {
		const zhen_quantity *e = &c->en.q[j];
		int64_t v = zhen__whole(e->value);
		if (c->en.used[j] || !dated(e) || v % 100 != day)
			continue;
		if (month_fits(ctx, day, month_of(v)))
			return 0; /* the day rule pairs them */
		if (other < 0)
			other = (long)j;
	}
	if (other < 0)
		return 0;
	c->zh.used[i] = c->en.used[other] = 1;
	return zhen__push(c, ZHEN_F_VALUE, ZHEN_SEV_ERROR, d,
	                  &c->en.q[other]);
}

int zhen__day_context(struct zhen__cmp *c, const struct zhen__rule *r)
{
	(void)r;
	for (size_t i = 0; i < c->zh.n; i++) {
		const zhen_quantity *q = &c->zh.q[i];
		if (!c->zh.used[i] && q->kind == ZHEN_Q_DATE &&
		    (q->flags & ZHEN_QF_DAY) && !(q->flags & ZHEN_QF_LUNAR) &&
		    day_in_context(c, i) < 0)
			return ZHEN_ENOMEM;
	}
	return 0;
}
