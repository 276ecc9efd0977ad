/* numbers/zh_dates.c: Chinese dates and times: 10月22日, 20世纪60年代, 9点30分, a
 * month after a year. */
#include "reader.h"

/* 10月22日 at @p p: MMDD, or 0. */
/* The K_ZCTX word of value @p val (ZC_*) at @p p, or NULL. */
const struct entry *nr_zctx_at(struct scan *sc, size_t p, int val)
{
	const struct entry *e = match_fwd(&sc->d->t[TB_ZHNUM], sc->s, sc->len,
	                                  p, LANG_ANY, 0, K_ZCTX);
	return e && e->val == val ? e : NULL;
}

/* After a day written without its 日 at @p p: a range or list joiner and
 * a second day with 日 (9月26-28日, 10月1及2日). */
static bool second_day(struct scan *sc, size_t p)
{
	const struct table *t = &sc->d->t[TB_ZHNUM];
	const struct entry *j = match_fwd(t, sc->s, sc->len, p, LANG_ANY, 0,
	                                  K_RANGE);
	struct num dy;
	int64_t dd;

	if (!j && !(j = nr_zctx_at(sc, p, ZC_LIST)))
		return false;
	p = nr_sp(sc->s, sc->len, p + j->len);
	return nr_read_zh(sc->d, sc->s, sc->len, p, &dy) && !dy.mag &&
	       !dy.frac && nr_small_int(dy.v, 1, dy.digits ? 99 : 31, &dd) &&
	       match_fwd(t, sc->s, sc->len,
	                 dy.digits ? nr_sp(sc->s, sc->len, dy.b) : dy.b,
	                 LANG_ANY, 0, K_DAY);
}

int64_t nr_zh_monthday(struct scan *sc, size_t p, size_t *end, bool *words)
{
	const struct table *t = &sc->d->t[TB_ZHNUM];
	struct num mo, dy;
	int64_t m, dd;
	const struct entry *e;

	p = nr_sp(sc->s, sc->len, p);
	/* 40 月, 11 月 34 日 in figures: a slipped month or day (no
	 * calendar has it), still a date so the other side's date shows
	 * the slip as a value error; numerals keep to the calendar */
	/* month 0 too (0 月 10 日), but not day 0: MM00 is a month alone */
	if (!nr_read_zh(sc->d, sc->s, sc->len, p, &mo) || mo.mag || mo.frac ||
	    !nr_small_int(mo.v, mo.digits ? 0 : 1, mo.digits ? 99 : 12, &m) ||
	    !(e = match_fwd(t, sc->s, sc->len,
	                    mo.digits ? nr_sp(sc->s, sc->len, mo.b) : mo.b,
	                    LANG_ANY, 0, K_MONTH)))
		return 0;
	if (mo.digits)
		mo.b = nr_sp(sc->s, sc->len, mo.b);
	p = nr_sp(sc->s, sc->len, mo.b + e->len);
	if (!nr_read_zh(sc->d, sc->s, sc->len, p, &dy) || dy.mag || dy.frac ||
	    !nr_small_int(dy.v, 1, dy.digits ? 99 : 31, &dd))
		return 0;
	if ((e = match_fwd(t, sc->s, sc->len,
	                   dy.digits ? nr_sp(sc->s, sc->len, dy.b) : dy.b,
	                   LANG_ANY, 0, K_DAY)))
		*end = (dy.digits ? nr_sp(sc->s, sc->len, dy.b) : dy.b) +
		       e->len;
	else if (second_day(sc, dy.b))
		*end = dy.b;
	else
		return 0;
	*words = !mo.digits && !dy.digits;
	return m * 100 + dd;
}

/* 20 世纪 60 年代 at @p p (after the century's figure @p c): the 1960s,
 * named by its first year as the English "1960s" is, or 0. Read as two
 * bare figures the pair matched nothing in "the 1960s", so a decade
 * changed or dropped on either side went unseen. */
int64_t nr_zh_decade(struct scan *sc, size_t p, zhen_decimal c,
                     size_t *end, int64_t *lower, size_t *mid)
{
	const struct table *t = &sc->d->t[TB_ZHNUM];
	const struct entry *e, *e1, *e2;
	struct num dc;
	int64_t cy, dd;

	*lower = 0;
	if (!nr_small_int(c, 1, 99, &cy) ||
	    !(e = match_fwd(t, sc->s, sc->len, p, LANG_ANY, 0, K_CENTURY)))
		return 0;
	p = nr_sp(sc->s, sc->len, p + e->len);
	/* 六七十年代: two neighbouring decades, the 1960s and 1970s */
	if ((e1 = nr_zh_char(sc->d, sc->s, sc->len, p)) && e1->kind == K_DIGIT &&
	    (e2 = nr_zh_char(sc->d, sc->s, sc->len, p + e1->len)) &&
	    e2->kind == K_DIGIT && e2->val == e1->val + 1 && e1->val >= 1) {
		*lower = (cy - 1) * 100 + e1->val * 10;
		*mid = p + e1->len;
		p = *mid;
	}
	if (!nr_read_zh(sc->d, sc->s, sc->len, p, &dc) || dc.mag || dc.frac ||
	    dc.approx || !nr_small_int(dc.v, 0, 999, &dd))
		return 0;
	/* any figures: 20 世纪 73 年代 or 40 世纪 60 年代 is a slip in a
	 * decade, which compare.c can name only if it is read as one */
	p = dc.digits ? nr_sp(sc->s, sc->len, dc.b) : dc.b;
	if (!(e = match_fwd(t, sc->s, sc->len, p, LANG_ANY, 0, K_DECADE)))
		return 0;
	*end = p + e->len;
	return (cy - 1) * 100 + dd;
}

/* 9点30分, 十一点半, 上午十时, 11 点刚过: HHMM with *end, or -1. A
 * spelled hour needs 半/钟/分 or a part of the day before it (一点 is
 * also "a little"); a digit hour needs no Chinese word glued after it
 * (3点建议 are three points). */

int64_t nr_zh_time(struct scan *sc, size_t p, size_t *end, bool *words)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct table *zt = &d->t[TB_ZHNUM];
	const char *s = sc->s;
	size_t len = sc->len, he = nr_numeral_run(d, s, len, p, 12), k;
	const struct entry *c, *e;
	int64_t h, m = 0;
	bool digits = false, strong = false;

	/* 恒指下跌18点: an index's points after a word of movement */
	if (he == p || nr_movement_before(sc, p))
		return -1;
	k = nr_sp(s, len, he);
	bool minute = false;
	if (!(c = match_fwd(zt, s, len, k, LANG_ANY, 0, K_CLOCK)) ||
	    !nr_small_numeral(d, s, p, he, 99, &h, &digits))
		return -1;
	k += c->len;
	/* 9时和21时: 时 after digits is an hour whatever follows; after a
	 * spelled numeral it is not (一时 is "for a while") */
	strong = c->val == 1 && digits;
	if ((e = match_fwd(zt, s, len, k, LANG_ANY, 0, K_HALFHOUR))) {
		m = e->val;
		k += e->len;
		strong = true;
	} else if ((e = match_fwd(zt, s, len, k, LANG_ANY, 0, K_OCLOCK)) ||
	           (e = match_fwd(zt, s, len, k, LANG_ANY, 0, K_WHOLE))) {
		k += e->len;
		strong = true;
	} else {
		size_t mq = nr_sp(s, len, k), me = nr_numeral_run(d, s, len, mq, 12);
		size_t fe = nr_sp(s, len, me);
		if (me > mq &&
		    (e = match_fwd(zt, s, len, fe, LANG_ANY, 0, K_MINUTE)) &&
		    nr_small_numeral(d, s, mq, me, 59, &m, NULL)) {
			k = fe + e->len;
			strong = minute = true;
		}
	}
	/* 61 点 29 分 in figures: a slipped hour (no clock has it), still a
	 * time so the other side's time shows the slip as a value error, as
	 * nr_zh_monthday() keeps 40 月; without 分, "31 点" is 31 points */
	if (h > 24 && !(digits && minute))
		return -1;
	/* The part of the day before the hour, over a hedge (上午约10点);
	 * 晚上 ends in the hedge 上, so the part of the day is looked for
	 * first. It lets a spelled hour be a time, and puts 下午6点 on the
	 * 24-hour dial (18:00). */
	size_t pb = p > sc->lo && s[p - 1] == ' ' ? p - 1 : p;
	const struct entry *ap = nr_match_back(zt, s, pb, sc->lo, LANG_ANY, 0,
	                                       K_DAYPART) ? NULL :
		nr_match_back(&d->t[TB_APPROX], s, pb, sc->lo, ZHEN_LANG_ZH,
		              POS_PRE, -1);
	if (ap)
		pb -= ap->len;
	const struct entry *dp = nr_match_back(zt, s, pb, sc->lo, LANG_ANY, 0,
	                                       K_DAYPART);
	if (!strong && !dp && (!digits || !nr_tail_at(d, s, len, k)))
		return -1;
	*words = !digits;
	*end = k;
	/* 下午 (12) is after noon; 晚上/夜间 (18) is evening from 5 to 11
	 * and midnight at 12, small hours below 5; 中午 (1) is noon, 1 and
	 * 2 after it */
	sc->daypart = dp != NULL;
	if (dp && dp->val == 12 && h < 12)
		h += 12;
	else if (dp && dp->val == 18 && h >= 5 && h < 12)
		h += 12;
	else if (dp && dp->val == 18 && h == 12)
		h = 0;
	else if (dp && dp->val == 1 && h >= 1 && h <= 2)
		h += 12;
	return h * 100 + m;
}

/* A month number and 月 at @p p (112年3月: a year of a calendar). */
bool nr_month_next(struct scan *sc, size_t p)
{
	size_t k = p;
	while (k < sc->len && k < p + 2 && is_digit(sc->s[k]))
		k++;
	return k > p && match_fwd(&sc->d->t[TB_ZHNUM], sc->s, sc->len, k,
	                          LANG_ANY, 0, K_MONTH) != NULL;
}

/* 9:30, 0230 UTC, and the Chinese clock: 9点30分, 下午三点 */
int nr_zh_clock(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, end, za;
	int64_t hm;
	bool tw;

	if (is_digit(s[i]) && (hm = nr_colon_time(sc, i, &end)) >= 0) {
		*next = end;
		return nr_emit_time(sc, i, end, hm, 0);
	}
	if (is_digit(s[i]) &&
	    (hm = nr_zone_time(sc, i, nr_digit_run_end(s, len, i), &za,
	                       &end)) >= 0) {
		*next = end;
		return nr_emit_time(sc, za, end, hm, 0);
	}
	if ((hm = nr_zh_time(sc, i, &end, &tw)) >= 0) {
		*next = end;
		return nr_emit_time(sc, i, end, hm,
		                    (tw ? ZHEN_QF_WORDS : 0) |
		                    (sc->daypart ? ZHEN_QF_DAYPART : 0));
	}
	return NR_NONE;
}

/* 20世纪60年代: the 1960s */
static int century_decade(struct scan *sc, struct fig *f, size_t *next)
{
	zhen_quantity *q = &f->q;
	size_t end;
	int64_t y;

	int64_t lower;
	size_t mid, a = f->a;
	if ((y = nr_zh_decade(sc, f->b, f->n.v, &end, &lower, &mid)) <= 0)
		return NR_NONE;
	q->kind = ZHEN_Q_YEAR;
	q->flags |= ZHEN_QF_DECADE;
	q->precision = 0;
	if (lower) {
		zhen_quantity lq = *q;
		int rc;
		lq.value = zhen__dec(lower, 0);
		lq.flags |= ZHEN_QF_RANGE;
		q->flags |= ZHEN_QF_RANGE;
		if ((rc = nr_emit(sc, a, mid, &lq)) < 0)
			return rc;
		a = mid;
	}
	q->value = zhen__dec(y, 0);
	*next = end;
	return nr_emit(sc, a, end, q);
}

/* 90 年代, 七零年代, 八〇年代, 七十年代: a decade without its century, as
 * the English "the '90s" (the 1990s or the 2020s: compare pairs it with a
 * decade year of either by its last two digits); read as a figure it
 * matched nothing */
static int decade(struct scan *sc, struct fig *f, size_t *next)
{
	const struct num *n = &f->n;
	zhen_quantity *q = &f->q;
	const struct entry *e = match_fwd(&sc->d->t[TB_ZHNUM], sc->s, sc->len,
	                                  f->b, LANG_ANY, 0, K_DECADE);
	int64_t y;

	if (!e || !((n->digits && n->nint == 2 && !n->grouped && n->ntok == 1) ||
	            (!n->digits && n->ncp == 2)) ||
	    !nr_small_int(n->v, 0, 90, &y) || y % 10)
		return NR_NONE;
	q->kind = ZHEN_Q_NUMBER;
	q->flags |= ZHEN_QF_DECADE;
	q->precision = 1;
	/* 五六十年代: the 1950s and 60s, the lower decade read by
	 * nr_zh_neighbours() */
	if (f->lo_b) {
		zhen_quantity lq = *q;
		int rc;
		lq.value = f->lo_v;
		lq.flags |= ZHEN_QF_RANGE;
		q->flags |= ZHEN_QF_RANGE;
		if ((rc = nr_emit(sc, f->lo_a, f->lo_b, &lq)) < 0)
			return rc;
		f->a = f->lo_b;
	}
	q->value = zhen__dec(y, 0);
	*next = f->b + e->len;
	return nr_emit(sc, f->a, f->b + e->len, q);
}

/* 公元79年, 公元前200年: an era makes any figure a year (Taiwan's 民國 is
 * read by year()) */
static int era_year(struct scan *sc, struct fig *f, size_t *next)
{
	zhen_quantity *q = &f->q;
	int64_t y;

	if (!f->era || f->era->val == 3 || !nr_small_int(f->n.v, 1, 9999, &y))
		return NR_NONE;
	q->kind = ZHEN_Q_YEAR;
	q->precision = 0;
	q->value = zhen__dec(f->era->val == 2 ? -y : y, 0);
	*next = f->b + f->yr->len;
	return nr_emit(sc, f->era->val == 2 ? f->pk - f->era->len : f->a,
	               f->b + f->yr->len, q);
}

/* 民國112年 is 2023: Taiwan's calendar counts from 1912 (era value 3).
 * Taiwan's text writes 112年度, 112年3月 without its name too (a count of
 * years takes neither 度 nor a month): read so in text detected as
 * Taiwan's (Hong Kong's 97年 is 1997; compare pairs such a bare year
 * either way). The year replaces the figure's value. */
static void taiwan_year(struct scan *sc, struct fig *f)
{
	const char *s = sc->s;
	size_t len = sc->len, b = f->b, end;
	const struct entry *e = f->yr, *era = f->era;
	struct num *n = &f->n;
	int64_t roc = 0;
	bool words;

	if (era && era->val == 3 && n->digits &&
	    nr_small_int(n->v, 1, 200, &roc))
		f->a = f->pk - era->len;
	else if (!(e && !era && sc->conv == ZHEN_CONVERT_TW2S &&
	           n->digits && !n->grouped && n->ntok == 1 &&
	           (n->nint == 2 || n->nint == 3) &&
	           nr_small_int(n->v, 30, 150, &roc) &&
	           (nr_zh_monthday(sc, b + e->len, &end, &words) ||
	            nr_month_next(sc, b + e->len) ||
	            (b + e->len + 3 <= len &&
	             !memcmp(s + b + e->len, "度", 3)))))
		roc = 0;
	if (roc) {
		f->q.value = zhen__dec(roc + 1911, 0);
		n->v = f->q.value;
		n->nint = 4;
	}
}

/* 2024年, 二〇二四年, with its month and day when they follow */
static int year(struct scan *sc, struct fig *f, size_t *next)
{
	const struct num *n = &f->n;
	zhen_quantity *q = &f->q;
	size_t ye, end;
	int64_t y, md;
	bool words;

	taiwan_year(sc, f);
	if (!f->yr ||
	    !((n->digits && n->nint == 4 && !n->grouped && n->ntok == 1) ||
	      (!n->digits && n->direct && n->ncp == 4)) ||
	    !nr_small_int(n->v, 1000, 2999, &y))
		return NR_NONE;
	ye = f->b + f->yr->len;
	if ((md = nr_zh_monthday(sc, ye, &end, &words))) {
		*next = end;
		return nr_emit_date(sc, f->a, end, y * 10000 + md,
		                    f->words && words ? ZHEN_QF_WORDS : 0);
	}
	q->kind = ZHEN_Q_YEAR;
	q->precision = 0;
	*next = ye;
	return nr_emit(sc, f->a, ye, q);
}

/* 10月22日; a month alone: 十月, 6 月份 (but 0 月 is none) */
static int month(struct scan *sc, struct fig *f, size_t *next)
{
	const struct num *n = &f->n;
	const struct entry *e = match_fwd(&sc->d->t[TB_ZHNUM], sc->s, sc->len,
	                                  f->b, LANG_ANY, 0, K_MONTH);
	size_t end;
	int64_t y, md;
	bool words;

	if (!e || !nr_small_int(n->v, n->digits ? 0 : 1,
	                        n->digits && !n->grouped ? 99 : 12, &y))
		return NR_NONE;
	if ((md = nr_zh_monthday(sc, f->p, &end, &words))) {
		*next = end;
		return nr_emit_date(sc, f->a, end, md,
		                    words ? ZHEN_QF_WORDS : 0);
	}
	if (y > 0) {
		*next = f->b + e->len;
		return nr_emit_date(sc, f->a, f->b + e->len, y * 100,
		                    f->words ? ZHEN_QF_WORDS : 0);
	}
	return NR_NONE;
}

/* After 号: what makes it a day (二号上午, 二号在北京, 1至2号) rather than
 * a number of something (3号线, 一号文件, Marine One's 一号）): a part of
 * the day, a range, a list, or a word of zh_numerals.tsv day-after. */
static bool day_after_hao(struct scan *sc, size_t k)
{
	const struct table *zt = &sc->d->t[TB_ZHNUM];
	return match_fwd(zt, sc->s, sc->len, k, LANG_ANY, 0, K_DAYPART) ||
	       match_fwd(zt, sc->s, sc->len, k, LANG_ANY, 0, K_RANGE) ||
	       nr_zctx_at(sc, k, ZC_LIST) || nr_zctx_at(sc, k, ZC_DAYAFTER);
}

/* What 月 stands before the day at @p p: 0 none, ZC_THISMONTH (当月27日),
 * ZC_OTHERMONTH (上月8日), -1 a bare 月 (broken_month_before()). */
static int month_before(struct scan *sc, size_t p)
{
	const struct table *zt = &sc->d->t[TB_ZHNUM];
	const struct entry *c;
	size_t pk = p > sc->lo && sc->s[p - 1] == ' ' ? p - 1 : p;

	if (!nr_match_back(zt, sc->s, pk, sc->lo, LANG_ANY, 0, K_MONTH))
		return 0;
	c = nr_match_back(zt, sc->s, pk, sc->lo, LANG_ANY, 0, K_ZCTX);
	return c && (c->val == ZC_THISMONTH || c->val == ZC_OTHERMONTH)
	               ? (int)c->val
	               : -1;
}

/* 月 20 日: a 月 before the day lost its month's figure, a broken date (a
 * value finding beside the other side's), not a day alone; but 当月, 本月
 * name the month the context gives (当月27日), 上月 another. */
static bool broken_month_before(struct scan *sc, size_t p)
{
	return month_before(sc, p) < 0;
}

/* 10日, 二号上午: a day of the month written alone (the month is the
 * context's), value DD. 日 after digits only (一日游, 两日 are one day,
 * two days), not 3日内 (within three days); 号 where a day follows
 * (day_after_hao()). */
static int day(struct scan *sc, struct fig *f, size_t *next)
{
	const struct num *n = &f->n;
	const struct entry *e = match_fwd(&sc->d->t[TB_ZHNUM], sc->s, sc->len,
	                                  f->b, LANG_ANY, 0, K_DAY);
	int64_t dd;

	if (!e || (!e->val && !n->digits) ||
	    n->grouped || (n->digits && n->nint > 2) ||
	    !nr_small_int(n->v, 1, 31, &dd) ||
	    nr_zctx_at(sc, f->b + e->len, ZC_WITHIN) ||
	    broken_month_before(sc, f->p))
		return NR_NONE;
	/* 王沪宁三号在 is a day, 一号文件 a name: where nothing after 号
	 * tells, the day is latent (the other side's "the 3rd" finds it) and
	 * the figure is read on as before */
	/* 上月8日: a day of another month than the context's, which
	 * compare must not read in the context's month (days.c): latent,
	 * the other side's "August 8" finds it, and read */
	if (month_before(sc, f->p) == ZC_OTHERMONTH) {
		*next = f->b + e->len;
		int rc = nr_emit_date(sc, f->a, *next, dd,
		                      ZHEN_QF_DAY | ZHEN_QF_LATENT |
		                      (f->words ? ZHEN_QF_WORDS : 0));
		return rc < 0 ? rc : 0;
	}
	if (e->val && !day_after_hao(sc, f->b + e->len)) {
		int rc = nr_emit_date(sc, f->a, f->b + e->len, dd,
		                      ZHEN_QF_DAY | ZHEN_QF_LATENT |
		                      (f->words ? ZHEN_QF_WORDS : 0));
		return rc < 0 ? rc : NR_NONE;
	}
	*next = f->b + e->len;
	return nr_emit_date(sc, f->a, f->b + e->len, dd,
	                    ZHEN_QF_DAY | (f->words ? ZHEN_QF_WORDS : 0));
}

/* The day of a lunar month at @p p: 初一…初十, or a numeral 1-30, with
 * an optional 日; its end, the day in *dd, or 0. */
static size_t lunar_day(struct scan *sc, size_t p, int64_t *dd)
{
	const struct entry *c = nr_zctx_at(sc, p, ZC_LUNARDAY), *e;
	struct num n;
	size_t k = c ? p + c->len : p;

	if (!nr_read_zh(sc->d, sc->s, sc->len, k, &n) || n.mag || n.frac ||
	    !nr_small_int(n.v, 1, c ? 10 : 30, dd))
		return 0;
	k = n.b;
	if ((e = match_fwd(&sc->d->t[TB_ZHNUM], sc->s, sc->len, k, LANG_ANY, 0,
	                   K_DAY)) && !e->val)
		k += e->len;
	return k;
}

/* 农历十月十五, 阴历八月十五日: a date of the lunar calendar, MMDD with
 * ZHEN_QF_LUNAR: never a Gregorian date's value, which a translation may
 * give instead. */
static int lunar(struct scan *sc, struct fig *f, size_t *next)
{
	const struct entry *w, *mo;
	size_t pk = f->p > sc->lo && sc->s[f->p - 1] == ' ' ? f->p - 1 : f->p;
	size_t end;
	int64_t m, dd;

	if (!(w = nr_match_back(&sc->d->t[TB_APPROX], sc->s, pk, sc->lo,
	                        ZHEN_LANG_ZH, POS_LUNAR, -1)) ||
	    !(mo = match_fwd(&sc->d->t[TB_ZHNUM], sc->s, sc->len, f->b,
	                     LANG_ANY, 0, K_MONTH)) || mo->val ||
	    !nr_small_int(f->n.v, 1, 12, &m) ||
	    !(end = lunar_day(sc, f->b + mo->len, &dd)))
		return NR_NONE;
	*next = end;
	return nr_emit_date(sc, pk - w->len, end, m * 100 + dd,
	                    ZHEN_QF_LUNAR | (f->words ? ZHEN_QF_WORDS : 0));
}

static nr_construction *const calendar[] = {
	century_decade, decade, era_year, year, lunar, month, day,
};

/* 正月初一, 腊月二十三: a named month of the lunar calendar before the
 * day at f->i (the scan meets the day's numeral first). */
int nr_zh_lunar_month(struct scan *sc, struct fig *f, size_t *next)
{
	const struct table *zt = &sc->d->t[TB_ZHNUM];
	size_t k = f->i, end;
	const struct entry *c = nr_match_back(zt, sc->s, k, sc->lo, LANG_ANY, 0,
	                                      K_ZCTX), *mo;
	int64_t dd;

	if (c && c->val == ZC_LUNARDAY)
		k -= c->len;
	if (!(mo = nr_match_back(zt, sc->s, k, sc->lo, LANG_ANY, 0, K_MONTH)) ||
	    !mo->val || !(end = lunar_day(sc, k, &dd)))
		return NR_NONE;
	*next = end;
	return nr_emit_date(sc, k - mo->len, end, mo->val * 100 + dd,
	                    ZHEN_QF_LUNAR | ZHEN_QF_WORDS);
}

/* A figure that is a year, a decade, a date or a month: read by the first
 * of calendar[] that knows it. */
int nr_zh_calendar(struct scan *sc, struct fig *f, size_t *next)
{
	const struct num *n = &f->n;
	const char *s = sc->s;
	size_t p = f->p;
	int rc;

	if (f->prefix >= 0 || n->mag || n->frac || f->magexp >= 0 ||
	    f->q.unit[0])
		return NR_NONE;
	/* "2016 年" as well as 2016年 */
	if (n->digits)
		f->b = nr_sp(s, sc->len, f->b);
	f->yr = match_fwd(&sc->d->t[TB_ZHNUM], s, sc->len, f->b, LANG_ANY, 0,
	                  K_YEAR);
	f->pk = p > sc->lo && s[p - 1] == ' ' ? p - 1 : p;
	f->era = !f->yr || n->grouped ? NULL :
		nr_match_back(&sc->d->t[TB_ZHNUM], s, f->pk, sc->lo, LANG_ANY,
		              0, K_ERA);
	if ((rc = NR_TRY(calendar, sc, f, next)) != NR_NONE)
		return rc;
	f->b = n->b;
	return NR_NONE;
}

/* A month or day of one or two digits at @p p, within [1, @p hi]: its
 * end, or @p p. */
static size_t day_digits(const char *s, size_t len, size_t p, int64_t hi,
                         int64_t *v)
{
	size_t k = p;
	*v = 0;
	while (k < len && is_digit(s[k]) && k - p < 3)
		*v = *v * 10 + (s[k++] - '0');
	return k == p || k - p > 2 || *v < 1 || *v > hi ? p : k;
}

/* 7.19强降雨, “8·11”汇改, 5·12地震: an event named by its day, M.D or
 * M·D before a word of approximators.tsv event (after a closing quote
 * too): the date MMDD. Without such a word 7.19 is a decimal. */
int nr_zh_event_date(struct scan *sc, size_t i, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, k, d, e;
	int64_t m, dd;

	if ((i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '.')) ||
	    (k = day_digits(s, len, i, 12, &m)) == i)
		return NR_NONE;
	if (k < len && s[k] == '.')
		d = k + 1;
	else if (k + 2 <= len && !memcmp(s + k, "\xC2\xB7", 2)) /* · */
		d = k + 2;
	else if (k + 3 <= len && !memcmp(s + k, "\xE3\x83\xBB", 3)) /* ・ */
		d = k + 3;
	else
		return NR_NONE;
	if ((e = day_digits(s, len, d, 31, &dd)) == d ||
	    (e < len && (is_digit(s[e]) || s[e] == '.')))
		return NR_NONE;
	k = e;
	if (k + 3 <= len && (!memcmp(s + k, "\xE2\x80\x9D", 3) || /* ” */
	                     !memcmp(s + k, "\xE3\x80\x8D", 3)))  /* 」 */
		k += 3;
	else if (k < len && s[k] == '"')
		k++;
	if (!match_fwd(&sc->d->t[TB_APPROX], s, len, k, ZHEN_LANG_ZH,
	               POS_EVENT, -1))
		return NR_NONE;
	*next = e;
	return nr_emit_date(sc, i, e, m * 100 + dd, ZHEN_QF_NAME);
}
