/* numbers/ranges.c: what is read across figures: ranges (10至15%), conversions
 * in brackets, "one in a hundred million". */
#include "reader.h"

static bool range_between(struct scan *sc, size_t a, size_t b)
{
	const char *s = sc->s;
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	if (a == b)
		return false;
	/* between 3 and 4 million */
	if (b - a == 3 && !memcmp(s + a, "and", 3)) {
		size_t k = 0;
		while (k < sc->out->n && sc->aoff[2 * k + 1] != a - 1 &&
		       sc->aoff[2 * k + 1] != a)
			k++;
		size_t x = k < sc->out->n ? sc->aoff[2 * k] : 0;
		return x >= 8 && !memcmp(s + x - 8, "between ", 8);
	}
	const struct entry *e = match_fwd(&sc->d->t[TB_ZHNUM], s, b, a,
	                                  LANG_ANY, 0, K_RANGE);
	if (e && a + e->len == b)
		return true;
	e = match_fwd(&sc->d->t[TB_ENW], s, b, a, LANG_ANY, 0, K_RANGE);
	return e && a + e->len == b;
}

/* RMB 6.093 billion (USD 840 million): an amount in parentheses right
 * after an amount in another currency restates it. */
void nr_mark_conversions(struct scan *sc)
{
	struct zhen_quantities *l = sc->out;
	for (size_t k = 0; k + 1 < l->n; k++) {
		zhen_quantity *x = &l->q[k], *y = &l->q[k + 1];
		size_t a = sc->aoff[2 * k + 1], b = sc->aoff[2 * k + 2];
		while (a < b && sc->s[a] == ' ')
			a++;
		if (a >= b || sc->s[a] != '(')
			continue;
		/* (約8.4億美元), "(about USD 840 million)", (折合…),
		 * "(equivalent to …)": hedged or introduced */
		for (int w = 0; w < 2; w++) {
			size_t c = a + 1;
			while (c < b && sc->s[c] == ' ')
				c++;
			const struct entry *e = match_fwd(
				&sc->d->t[TB_APPROX], sc->s, sc->len, c, sc->lang,
				POS_PRE | POS_CONV, -1);
			if (!e || c + e->len > b)
				break;
			a = c + e->len - 1;
		}
		while (a + 1 < b && sc->s[a + 1] == ' ')
			a++;
		if (b != a + 1)
			continue;
		/* (a unit converted in brackets, "120 km (75 miles)", is
		 * no such restatement: measured on FLORES, covering it hid
		 * 13 / 12 dropped figures of "645 英里（1040 公里）") */
		if (x->kind == ZHEN_Q_MONEY && y->kind == ZHEN_Q_MONEY &&
		    strcmp(x->currency, y->currency))
			y->flags |= ZHEN_QF_CONVERSION;
	}
}

/* "one in a hundred million": a figure, " in ", a figure is a fraction;
 * "one in five children": the second may count people. */
void nr_mark_fractions(struct scan *sc)
{
	struct zhen_quantities *l = sc->out;
	for (size_t k = 0; k + 1 < l->n; k++) {
		zhen_quantity *x = &l->q[k], *y = &l->q[k + 1];
		size_t a = sc->aoff[2 * k + 1], b = sc->aoff[2 * k + 2];
		if (sc->lang != ZHEN_LANG_EN || b - a != 4 ||
		    memcmp(sc->s + a, " in ", 4) || x->kind != ZHEN_Q_NUMBER ||
		    y->kind != ZHEN_Q_NUMBER || x->unit[0] ||
		    (y->unit[0] && strcmp(y->unit, ZHEN_UNIT_PERSON)) ||
		    x->value.coef <= 0 || y->value.coef <= 0 ||
		    zhen__dec_cmp(x->value, y->value) >= 0)
			continue;
		x->value = nr_fraction_value(x->value, y->value);
		x->precision = x->value.exp < -6 ? x->value.exp : -6;
		x->flags = (x->flags & y->flags & ZHEN_QF_WORDS);
		x->end = y->end;
		sc->aoff[2 * k + 1] = sc->aoff[2 * k + 3];
		memmove(y, y + 1, (l->n - k - 2) * sizeof *y);
		memmove(sc->aoff + 2 * k + 2, sc->aoff + 2 * k + 4,
		        (l->n - k - 2) * 2 * sizeof *sc->aoff);
		l->n--;
	}
}

/* 2018-2023年, 10至15%, 10%至15%: both ends are one kind and flagged. */
/* A date's YYYYMMDD parts, or false for a clock time or a month alone. */
static bool date_parts(const zhen_quantity *q, int64_t *v)
{
	if (q->kind != ZHEN_Q_DATE ||
	    !nr_small_int(q->value, 1, 99999999, v))
		return false;
	return *v % 100 != 0;
}

/* The ends of a date range share what one end writes once: 3月5日至11日
 * and "5 to 11 March 2024" (a day alone at one end), 1至9月 (a month),
 * 2024年7月26日至8月11日 and "July 26 to August 11, 2024" (the year). */
static void date_range(zhen_quantity *x, zhen_quantity *y, bool plain)
{
	/* set: date_parts() leaves them unset when it answers false, and
	 * GCC -O3 cannot see that they are then never read */
	int64_t vx = 0, vy = 0, d;
	bool dx = date_parts(x, &vx), dy = date_parts(y, &vy);
	if (dx && vx >= 100 &&
	    (y->kind == ZHEN_Q_NUMBER || (y->flags & ZHEN_QF_DAY)) &&
	    !y->unit[0] &&
	    !(y->flags & ~(ZHEN_QF_RANGE | ZHEN_QF_WORDS | ZHEN_QF_DAY)) &&
	    nr_small_int(y->value, 1, 31, &d) && d > vx % 100) {
		y->flags &= ~(unsigned)ZHEN_QF_DAY;
		y->kind = ZHEN_Q_DATE;
		y->value = zhen__dec(vx / 100 * 100 + d, 0);
		y->precision = 0;
	} else if (dy && plain && !x->flags && nr_small_int(x->value, 1, 31, &d) &&
	           d < vy % 100) {
		/* 12至14日: a day alone too, as the end is */
		x->kind = ZHEN_Q_DATE;
		x->value = zhen__dec(vy / 100 * 100 + d, 0);
		x->precision = 0;
		x->flags |= y->flags & ZHEN_QF_DAY;
	} else if (plain && !x->flags && y->kind == ZHEN_Q_DATE &&
	           nr_small_int(y->value, 100, 1200, &vy) &&
	           vy % 100 == 0 && nr_small_int(x->value, 1, 12, &d) &&
	           d < vy / 100) {
		/* 1至9月: January to September */
		x->kind = ZHEN_Q_DATE;
		x->value = zhen__dec(d * 100, 0);
		x->precision = 0;
	} else if (dx && dy && (vx >= 10000) != (vy >= 10000)) {
		if (vx >= 10000)
			y->value = zhen__dec(vx / 10000 * 10000 + vy, 0);
		else
			x->value = zhen__dec(vy / 10000 * 10000 + vx, 0);
	}
}

/* "March 5 to 11, 2024": the year after the range's end is both ends'
 * (the reader took 11 for a day, and 2024 for a year of its own). */
static void date_range_year(struct scan *sc, size_t k)
{
	struct zhen_quantities *l = sc->out;
	if (k + 2 >= l->n)
		return;
	zhen_quantity *x = &l->q[k], *y = &l->q[k + 1], *z = &l->q[k + 2];
	int64_t vx, vy, yr;
	size_t a = sc->aoff[2 * k + 3], b = sc->aoff[2 * k + 4];
	if (!date_parts(x, &vx) || !date_parts(y, &vy) || vx >= 10000 ||
	    vy >= 10000 || vy % 100 == 0 || z->kind != ZHEN_Q_YEAR ||
	    !nr_small_int(z->value, 1000, 2999, &yr) || b < a || b - a > 2 ||
	    (b - a == 2 && sc->s[a] != ','))
		return;
	for (size_t i = a; i < b; i++)
		if (sc->s[i] != ',' && sc->s[i] != ' ')
			return;
	x->value = zhen__dec(yr * 10000 + vx, 0);
	y->value = zhen__dec(yr * 10000 + vy, 0);
	y->end = z->end;
	sc->aoff[2 * k + 3] = sc->aoff[2 * k + 5];
	memmove(&l->q[k + 2], &l->q[k + 3], (l->n - k - 3) * sizeof *l->q);
	memmove(&sc->aoff[2 * k + 4], &sc->aoff[2 * k + 6],
	        (2 * (l->n - k - 3)) * sizeof *sc->aoff);
	l->n--;
}

void nr_mark_ranges(struct scan *sc)
{
	struct zhen_quantities *l = sc->out;
	for (size_t k = 0; k + 1 < l->n; k++) {
		zhen_quantity *x = &l->q[k], *y = &l->q[k + 1];
		int64_t v;
		/* 2023/24: a split year (a fiscal or school year), as
		 * 2023-24 */
		bool split = sc->aoff[2 * k + 2] == sc->aoff[2 * k + 1] + 1 &&
		             sc->s[sc->aoff[2 * k + 1]] == '/';
		if (x->kind == ZHEN_Q_IDENT || y->kind == ZHEN_Q_IDENT ||
		    (!split && !range_between(sc, sc->aoff[2 * k + 1],
		                              sc->aoff[2 * k + 2])))
			continue;
		bool plain = x->kind == ZHEN_Q_NUMBER && !x->unit[0] &&
		             !(x->flags & ZHEN_QF_MAGNITUDE);
		/* "RMB 500-600 million", "$5-6 billion": the currency is
		 * written on the lower end, the magnitude on the upper */
		bool lowcur = x->kind == ZHEN_Q_MONEY && !x->unit[0] &&
		              !(x->flags & ZHEN_QF_MAGNITUDE) &&
		              ((y->kind == ZHEN_Q_NUMBER && !y->unit[0]) ||
		               (y->kind == ZHEN_Q_MONEY &&
		                !strcmp(x->currency, y->currency)));
		if (lowcur && y->kind == ZHEN_Q_NUMBER) {
			memcpy(y->currency, x->currency, sizeof y->currency);
			memcpy(y->currency_alt, x->currency_alt,
			       sizeof y->currency_alt);
			y->flags |= x->flags & ZHEN_QF_CUR_AMBIGUOUS;
			y->kind = ZHEN_Q_MONEY;
		}
		if ((plain || lowcur) && (y->flags & ZHEN_QF_MAGNITUDE) &&
		    x->value.coef > 0 && zhen__dec_cmp(x->value, y->value) < 0) {
			/* 3-4 million, 3至4亿: the lower end takes the
			 * magnitude word of the upper, at the largest scale
			 * that keeps it below (9-10 million = 9,000,000) */
			for (int32_t e = 18; e > 0; e--) {
				zhen_decimal xs = zhen__dec_scale(x->value, e);
				if (xs.exp > 18 || zhen__dec_cmp(xs, y->value) > 0)
					continue;
				x->value = xs;
				x->precision += e;
				x->flags |= ZHEN_QF_MAGNITUDE;
				if (!x->currency[0] && y->currency[0]) {
					memcpy(x->currency, y->currency,
					       sizeof x->currency);
					x->kind = y->kind;
				}
				break;
			}
			plain = false;
		}
		int64_t xv = 0, yv = 0;
		bool year_x = x->kind == ZHEN_Q_YEAR ||
		              (plain && x->precision == 0 &&
		               nr_small_int(x->value, 1000, 2999, &xv));
		nr_small_int(x->value, 1000, 2999, &xv);
		if (split && year_x && nr_small_int(y->value, 1001, 3000, &yv) &&
		    yv == xv + 1 && y->value.exp == 0) {
			/* 2023/2024 */
			x->kind = y->kind = ZHEN_Q_YEAR;
			y->unit[0] = 0;
		}
		/* 11,000 到 22,500 美元, 10 至 15 公里: the lower end is in
		 * the upper's currency or unit, as "$11,000 to $22,500"
		 * writes it twice (not the 年 of 2023-24年) */
		if (x->kind == ZHEN_Q_NUMBER && !x->unit[0] && !x->currency[0] &&
		    !(year_x && !strcmp(y->unit, ZHEN_UNIT_YEAR))) {
			if (y->kind == ZHEN_Q_MONEY) {
				memcpy(x->currency, y->currency, sizeof x->currency);
				memcpy(x->currency_alt, y->currency_alt,
				       sizeof x->currency_alt);
				x->flags |= y->flags & ZHEN_QF_CUR_AMBIGUOUS;
				x->kind = ZHEN_Q_MONEY;
				plain = false;
			} else if (y->kind == ZHEN_Q_NUMBER && y->unit[0]) {
				memcpy(x->unit, y->unit, sizeof x->unit);
				plain = false;
			}
		}
		/* 2024/12/31 and 1500/20 are no split years: a split
		 * year is two consecutive years */
		if (split && (x->flags & ZHEN_QF_RANGE))
			continue;
		if (year_x && y->kind == ZHEN_Q_NUMBER &&
		    (!y->unit[0] || !strcmp(y->unit, ZHEN_UNIT_YEAR)) && !y->flags &&
		    nr_small_int(y->value, 0, 99, &v) &&
		    sc->aoff[2 * k + 3] - sc->aoff[2 * k + 2] >= 2 &&
		    is_digit(sc->s[sc->aoff[2 * k + 2] + 1])) {
			/* 1995-96 */
			int64_t yy = xv / 100 * 100 + v;
			if (yy <= xv)
				yy += 100;
			if (split && yy != xv + 1)
				continue;
			y->value = zhen__dec(yy, 0);
			y->kind = ZHEN_Q_YEAR;
			y->unit[0] = 0;
			x->kind = ZHEN_Q_YEAR;
		} else if (split) {
			continue;
		}
		date_range(x, y, plain);
		date_range_year(sc, k);
		if (plain && (y->kind == ZHEN_Q_PERCENT ||
		              y->kind == ZHEN_Q_POINTS))
			x->kind = y->kind;
		if (plain && y->kind == ZHEN_Q_YEAR &&
		    nr_small_int(x->value, 1000, 2999, &v) && x->precision == 0)
			x->kind = ZHEN_Q_YEAR;
		if (x->kind != y->kind)
			continue;
		x->flags |= ZHEN_QF_RANGE;
		y->flags |= ZHEN_QF_RANGE;
	}
}
