/* dates.c: dates, years, decades, clock times and ranges of months. A
 * date may leave its year to context (11 月 26 日 ↔ "November 26, 2008"),
 * a decade its century ("the '90s"), a clock time its half of the day,
 * and a range of months from January is a count of months ("the first
 * half"): each is one figure written two ways. */
#include "compare.h"

/* A whole figure's value, or -1 (zhen__dec() strips trailing zeros:
 * the 20th of May is 2 × 10^1, the year 2020 is 202 × 10^1). */
int64_t zhen__whole(zhen_decimal d)
{
	int64_t v = d.coef;
	if (v < 0 || d.exp < 0 || d.exp > 8)
		return -1;
	for (int32_t i = 0; i < d.exp; i++) {
		if (v > INT64_MAX / 10)
			return -1;
		v *= 10;
	}
	return v;
}

/* Clock times agree on the 12-hour dial: 9 点 ↔ 9 pm is the translator
 * supplying what the Chinese left to context (晚上), not a different
 * time. */
bool zhen__same_time(const zhen_quantity *a, const zhen_quantity *b)
{
	int64_t x = a->value.coef, y = b->value.coef;
	for (int i = 0; i < a->value.exp && i < 5; i++)
		x *= 10;
	for (int i = 0; i < b->value.exp && i < 5; i++)
		y *= 10;
	/* a slipped hour (70 o'clock) is on no dial; 下午6点 ↔ "6 am" both
	 * say the half of the day */
	if (x >= 2400 || y >= 2400 ||
	    (a->flags & b->flags & ZHEN_QF_DAYPART))
		return x == y;
	return x % 1200 == y % 1200;
}

/* "the '90s" ↔ 90 年代 / the 1990s: a decade written without its century
 * is that decade of whichever century the text is about. */
bool zhen__short_decade(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *y = a->kind == ZHEN_Q_YEAR ? a : b;
	const zhen_quantity *n = y == a ? b : a;
	if (!((a->flags & b->flags) & ZHEN_QF_DECADE) ||
	    y->kind != ZHEN_Q_YEAR || n->kind != ZHEN_Q_NUMBER ||
	    !zhen__year_like(y))
		return false;
	int64_t yy = (int64_t)zhen__approx(y->value);
	double nn = zhen__approx(n->value);
	/* of the centuries a text without one means: 1920s or 2020s, not
	 * the 3970s */
	return yy >= 1900 && yy <= 2099 && nn >= 0 && nn < 100 &&
	       (double)(yy % 100) == nn;
}

/* 20 世纪 600 年代 ↔ the 1960s: the decade's figure, counted from the
 * century, was written ten times over; the years themselves (2500,
 * 1960) are no power of ten apart. Only a figure written as a decade
 * counts: 2010 ↔ 2001 is a different year, not 10 ↔ 1. */
bool zhen__decade_slip(const zhen_quantity *a, const zhen_quantity *b)
{
	if (!((a->flags | b->flags) & ZHEN_QF_DECADE) ||
	    !zhen__year_like(a) || !zhen__year_like(b))
		return false;
	/* zhen__year_like() bounds both to 1000–9999, so they fit */
	int64_t x = (int64_t)zhen__approx(a->value);
	int64_t y = (int64_t)zhen__approx(b->value);
	int64_t base = (x < y ? x : y) / 100 * 100;
	x -= base;
	y -= base;
	return x > 0 && y > 0 && x != y &&
	       zhen__power_of_ten(
	               &(zhen_quantity){ .value = zhen__dec(x, 0) },
	               &(zhen_quantity){ .value = zhen__dec(y, 0) });
}

/* 112年 ↔ 2023: a year of Taiwan's calendar the reader could not tell
 * from a count of years (no 民國, 度 or month beside it), beside the
 * Western year; or 97年 ↔ 1997, a year in two digits. */
bool zhen__m_roc_year(const zhen_quantity *a, const zhen_quantity *b)
{
	int64_t n = zhen__whole(a->value), y = zhen__whole(b->value);
	return a->kind == ZHEN_Q_NUMBER && !strcmp(a->unit, ZHEN_UNIT_YEAR) &&
	       !zhen__is_words(a) && n >= 30 && n <= 150 &&
	       b->kind == ZHEN_Q_YEAR &&
	       (y == n + 1911 || (n < 100 && y == n + 1900));
}

/* Whether date @p q carries a year; its month and day in @p md (-1 when
 * @p q is no date). */
static bool date_year(const zhen_quantity *q, int64_t *md)
{
	int64_t v = zhen__whole(q->value);
	*md = -1;
	if (q->kind != ZHEN_Q_DATE || zhen__is_time(q) || v < 0)
		return false;
	*md = v % 10000;
	return v >= 10000;
}

/* A date with its year on one side only (2008 年 11 月 26 日 ↔ "November
 * 26"): the same day, the year left to context. Not a different date. */
bool zhen__m_date_year(const zhen_quantity *a, const zhen_quantity *b)
{
	int64_t x, y;
	bool ya = date_year(a, &x), yb = date_year(b, &y);
	return ya != yb && x >= 0 && x == y && x % 100 != 0;
}

/* 7.19强降雨 ↔ "the 719 rainfall", “8·11”汇改 ↔ 'the "8.11" reform': an
 * event named by its day (a DATE with ZHEN_QF_NAME) whose name the other
 * side keeps as the figure its digits make, with the point or without. */
bool zhen__m_event_digits(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *d = a->kind == ZHEN_Q_DATE ? a : b;
	const zhen_quantity *n = d == a ? b : a;
	int64_t v = zhen__whole(d->value), m = v / 100, dd = v % 100;
	int64_t tens = dd < 10 ? 10 : 100;
	zhen_decimal pointed = zhen__dec(m * tens + dd, tens == 10 ? -1 : -2);

	if (!(d->flags & ZHEN_QF_NAME) || d->kind != ZHEN_Q_DATE ||
	    n->kind != ZHEN_Q_NUMBER || n->unit[0] || v < 101 || v > 1231)
		return false;
	return zhen__dec_eq(n->value, pointed) ||
	       zhen__dec_eq(n->value, zhen__dec(m * tens + dd, 0));
}

/* A day of the month written alone (10日: value DD). */
static bool day_alone(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_DATE && (q->flags & ZHEN_QF_DAY);
}

/* A bare figure that may be a day: no unit but days (20日 ↔ "20 days",
 * "the 11th day of the month" both read so), in digits or an ordinal. */
static bool may_be_day(const zhen_quantity *q, int64_t day)
{
	return (q->kind == ZHEN_Q_ORDINAL ||
	        (q->kind == ZHEN_Q_NUMBER && !zhen__is_words(q))) &&
	       (!q->unit[0] || !strcmp(q->unit, ZHEN_UNIT_DAY)) &&
	       zhen__whole(q->value) == day;
}

/* 10日 ↔ "October 10", "the 10th", "on the 10": a day written alone is
 * that day of whichever month the context gives, so it pairs with a date
 * of that day, or with the bare figure of the day. */
bool zhen__m_day(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *d = day_alone(a) ? a : b, *o = d == a ? b : a;
	int64_t v = zhen__whole(d->value), w = zhen__whole(o->value);

	if (!day_alone(d) || day_alone(o))
		return false;
	if (o->kind == ZHEN_Q_DATE)
		return w >= 100 && w % 100 == v;
	return may_be_day(o, v);
}

/* The year of @p dated found on side @p s as a year of its own ("2008
 * 年，…11 月 26 日" ↔ "November 26, 2008"), which it takes out of play. */
static bool year_elsewhere(const zhen_quantity *dated, struct zhen__side *s)
{
	int64_t year = zhen__whole(dated->value) / 10000;
	for (size_t i = 0; i < s->n; i++)
		if (!s->used[i] && zhen__year_like(&s->q[i]) &&
		    zhen__whole(s->q[i].value) == year) {
			s->used[i] = 1;
			return true;
		}
	return false;
}

/* A figure written where the year goes on the year-less side @p s (@p zh:
 * a Chinese date, whose year comes before it: 9007年9月17日, which the
 * reader takes for no year; else an English one, whose year follows:
 * "September 17, 9007"), or -1: the year written wrong. Only there: a
 * count after a Chinese date (9月17日，1998人到场) is no year. */
static long year_slot(const zhen_quantity *date, const struct zhen__side *s,
                      bool zh)
{
	const zhen_quantity *q = s->q;
	for (size_t i = 0; i < s->n; i++) {
		if (s->used[i] || !zhen__year_like(&q[i]))
			continue;
		if (zh ? q[i].end <= date->start && date->start - q[i].end <= 5
		       : q[i].start >= date->end && q[i].start - date->end <= 2)
			return (long)i;
	}
	return -1;
}

/* zhen__m_date_year()'s pair: the year is found on the other side as a
 * year of its own, or written wrong where the year goes (a value error),
 * or else missing or extra, a warning like any figure one side leaves
 * out. */
int zhen__found_date_year(struct zhen__cmp *c, const struct zhen__rule *r,
                          size_t i, size_t j)
{
	const zhen_quantity *zq = &c->zh.q[i], *eq = &c->en.q[j];
	int64_t md;
	bool zy = date_year(zq, &md);
	(void)r;
	if (zy ? year_elsewhere(zq, &c->en) : year_elsewhere(eq, &c->zh))
		return 0;
	long y = zy ? year_slot(eq, &c->en, false)
	            : year_slot(zq, &c->zh, true);
	if (y < 0)
		return zhen__push(c, zy ? ZHEN_F_MISSING : ZHEN_F_EXTRA,
		                  c->lone, zq, eq);
	if (zy) {
		c->en.used[y] = 1;
		eq = &c->en.q[y];
	} else {
		c->zh.used[y] = 1;
		zq = &c->zh.q[y];
	}
	return zhen__push(c, ZHEN_F_VALUE, ZHEN_SEV_ERROR, zq, eq);
}

/* 10月1日 ↔ "in October": a date and its month written alone, the year
 * the same or written on neither side: the day left out, not another
 * date. */
bool zhen__m_date_day(const zhen_quantity *a, const zhen_quantity *b)
{
	int64_t x, y;
	date_year(a, &x);
	date_year(b, &y);
	int64_t ya = zhen__whole(a->value) / 10000, yb = zhen__whole(b->value) / 10000;
	if (x < 0 || y < 0 || (a->flags | b->flags) & (ZHEN_QF_DAY |
	                                               ZHEN_QF_LUNAR) ||
	    (ya != yb && ya && yb))
		return false;
	return x / 100 == y / 100 && x / 100 >= 1 && x / 100 <= 12 &&
	       (x % 100 == 0) != (y % 100 == 0);
}

/* A bare figure in digits right after the English month @p m ("March
 * 61", "October, 1"): where the day goes, a day the reader could not
 * take for one (past 31, or set off by a comma); or -1. */
static long day_slot(const zhen_quantity *m, const struct zhen__side *s)
{
	const zhen_quantity *q = s->q;
	for (size_t i = 0; i < s->n; i++) {
		int64_t v = zhen__whole(q[i].value);
		if (!s->used[i] && q[i].kind == ZHEN_Q_NUMBER &&
		    !q[i].unit[0] && !zhen__is_words(&q[i]) && v >= 0 &&
		    v < 100 && q[i].start >= m->end && q[i].start - m->end <= 2)
			return (long)i;
	}
	return -1;
}

/* zhen__m_date_day()'s pair: missing when the Chinese writes the day,
 * extra when the English does; a warning like any figure left out. Where
 * the English month has a figure in the day's place, that is the day:
 * the same day ("October, 1") is the date written oddly, another one
 * ("March 61") the day written wrong. */
int zhen__found_date_day(struct zhen__cmp *c, const struct zhen__rule *r,
                         size_t i, size_t j)
{
	const zhen_quantity *zq = &c->zh.q[i], *eq = &c->en.q[j];
	int64_t md;
	long d;
	(void)r;
	if (zhen__whole(zq->value) % 100 && (d = day_slot(eq, &c->en)) >= 0) {
		c->en.used[d] = 1;
		if (zhen__whole(c->en.q[d].value) == zhen__whole(zq->value) % 100)
			return 0;
		return zhen__push(c, ZHEN_F_VALUE, ZHEN_SEV_ERROR, zq,
		                  &c->en.q[d]);
	}
	/* a year on one side only: 2019年10月20日 ↔ "October 2019" */
	if (date_year(zq, &md) != date_year(eq, &md))
		(void)(date_year(zq, &md) ? year_elsewhere(zq, &c->en)
		                          : year_elsewhere(eq, &c->zh));
	return zhen__push(c, zhen__whole(zq->value) % 100 ? ZHEN_F_MISSING
	                                            : ZHEN_F_EXTRA,
	                  c->lone, zq, eq);
}

/* The month of a month written alone (6月, "June"), or 0. */
static int64_t month_only(const zhen_quantity *q)
{
	int64_t v = zhen__whole(q->value);
	return q->kind == ZHEN_Q_DATE &&
	       v >= 100 && v <= 1200 && v % 100 == 0 ? v / 100 : 0;
}

/* Whether @p e counts the @p n months from January: "six months", "the
 * first half" (6), "the first quarter" (3), "the first three quarters"
 * (9), 前三季度. */
static bool months_count(const zhen_quantity *e, int64_t n)
{
	int64_t v = zhen__whole(e->value);
	if (e->kind == ZHEN_Q_NUMBER && !strcmp(e->unit, ZHEN_UNIT_MONTH))
		return v == n;
	if (e->kind == ZHEN_Q_NUMBER && !strcmp(e->unit, ZHEN_UNIT_QUARTER))
		return v * 3 == n;
	return zhen__period(e) && v == 1 &&
	       n == (!strcmp(e->unit, ZHEN_UNIT_HALF) ? 6 : 3);
}

/* Whether side @p s has a count of months other than its range at @p i
 * (then the other side's count may be that one). */
static bool any_months(const struct zhen__side *s, size_t i)
{
	for (size_t k = 0; k < s->n; k++)
		if (k != i && k != i + 1 && s->q[k].kind == ZHEN_Q_NUMBER &&
		    !strcmp(s->q[k].unit, ZHEN_UNIT_MONTH))
			return true;
	return false;
}

/* The first free quantity of side @p s that counts @p n months, or -1;
 * then in @p other, the one other count of months @p s writes, negative
 * when it writes several (-2) or a range (-3): 1-6月 … 近3个月 ↔
 * "January-June … the past three months". As written, a later count
 * overwrites -2 and -3 (of three counts the third is taken, and a count
 * after a range is); kept so, as the reports are. */
static long months_on(const struct zhen__side *s, int64_t n, long *other)
{
	*other = -1;
	for (size_t j = 0; j < s->n; j++) {
		if (s->used[j])
			continue;
		if (months_count(&s->q[j], n)) {
			*other = -1;
			return (long)j;
		}
		if (s->q[j].kind == ZHEN_Q_NUMBER &&
		    !strcmp(s->q[j].unit, ZHEN_UNIT_MONTH))
			*other = *other < 0 ? (long)j : -2;
		if (s->q[j].flags & ZHEN_QF_RANGE)
			*other = -3;
	}
	return -1;
}

/* The ranges of months from January on one side (the Chinese when @p
 * zh_ranges) paired with a count of months on the other. */
static int month_ranges(struct zhen__cmp *c, bool zh_ranges)
{
	struct zhen__side *rs = zh_ranges ? &c->zh : &c->en;
	struct zhen__side *cs = zh_ranges ? &c->en : &c->zh;
	for (size_t i = 0; i + 1 < rs->n; i++) {
		const zhen_quantity *from = &rs->q[i], *to = &rs->q[i + 1];
		int64_t n = month_only(to);
		long j, other;
		if (month_only(from) != 1 || n < 2 || rs->used[i] ||
		    rs->used[i + 1] ||
		    !(from->flags & to->flags & ZHEN_QF_RANGE))
			continue;
		if ((j = months_on(cs, n, &other)) >= 0) {
			rs->used[i] = rs->used[i + 1] = cs->used[j] = 1;
			continue;
		}
		/* another count of months is reported only when it is the
		 * other side's one figure in months */
		if (other < 0 || (cs->q[other].flags & ZHEN_QF_RANGE) ||
		    any_months(rs, i))
			continue;
		rs->used[i] = rs->used[i + 1] = cs->used[other] = 1;
		if (zhen__push(c, ZHEN_F_VALUE, ZHEN_SEV_ERROR,
		               zh_ranges ? to : &cs->q[other],
		               zh_ranges ? &cs->q[other] : to) < 0)
			return ZHEN_ENOMEM;
	}
	return 0;
}

/* 1-6月, 1至11月份 (statistics' year to date) ↔ "the first six months",
 * "the first half", "the first eleven months"; "January to June" ↔
 * 上半年: the month range from January is that many months, which
 * pairwise rules cannot see (two quantities for one). Marks all three
 * matched; "the first ten months" for 1-11月 is a value error. */
int zhen__first_months(struct zhen__cmp *c, const struct zhen__rule *r)
{
	(void)r;
	if (month_ranges(c, true) < 0)
		return ZHEN_ENOMEM;
	return month_ranges(c, false);
}
