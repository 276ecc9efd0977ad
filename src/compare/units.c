/* units.c: a figure told in another unit. Weeks in days and metres glued
 * to their figure ("100m") are exact and go with the exact match; other
 * conversions (dicts/conversions.tsv: 公里 ↔ miles, 摄氏度 ↔ °F, 亩 ↔
 * hectares) round, and have rules of their own after the pairwise ones. */
#include "compare.h"

#include <math.h>

/* Weeks told in days (两周 ↔ "14 days", 一周 ↔ "seven days"): the one
 * duration conversion that is exact and common; months and years are
 * not whole weeks or days. */
bool zhen__week_days(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *w = !strcmp(a->unit, ZHEN_UNIT_WEEK) ? a : b;
	const zhen_quantity *d = w == a ? b : a;
	zhen_decimal x;
	if (strcmp(w->unit, ZHEN_UNIT_WEEK) || strcmp(d->unit, ZHEN_UNIT_DAY) ||
	    zhen__qclass(a) != 0 || zhen__qclass(b) != 0 ||
	    !zhen__dec_mul(&x, w->value, zhen__dec(7, 0)))
		return false;
	return zhen__dec_eq(x, d->value);
}

/* "100m" glued is read as 100 million (news: "3.4m viewers"); beside
 * 100 米 it was metres ("the men's 100m final", "300m tall"). */
bool zhen__metres_as_million(const zhen_quantity *a, const zhen_quantity *b)
{
	bool km_a = !strcmp(a->unit, ZHEN_UNIT_KM), km_b = !strcmp(b->unit, ZHEN_UNIT_KM);
	const zhen_quantity *m = !strcmp(a->unit, ZHEN_UNIT_METRE) || km_a ? a : b;
	const zhen_quantity *x = m == a ? b : a;
	zhen_decimal v;
	/* 1.5 公里 ↔ "1,500m": kilometres in metres */
	bool km = m == a ? km_a : km_b;
	return (!strcmp(m->unit, ZHEN_UNIT_METRE) || km) && !x->unit[0] &&
	       !x->currency[0] && (x->flags & ZHEN_QF_MAGNITUDE) &&
	       !zhen__is_words(x) && x->kind == ZHEN_Q_NUMBER &&
	       zhen__dec_mul(&v, m->value, zhen__dec(1, km ? 9 : 6)) &&
	       zhen__dec_eq(v, x->value);
}

/* A figure in a unit the other side converted (120 公里 ↔ "75 miles",
 * 28 摄氏度 ↔ "82°F", 300 亩 ↔ "20 hectares"; dicts/conversions.tsv):
 * the same figure when the converted value rounds to the other as
 * writers round — within 2%, or half its last written digit. */
static bool converted(const zhen_ctx *ctx, const zhen_quantity *a,
                      const zhen_quantity *b, bool *same, bool *tenfold)
{
	double x, y = zhen__approx(b->value);
	if (!ctx || !a->unit[0] || !b->unit[0] || !strcmp(a->unit, b->unit) ||
	    a->kind != ZHEN_Q_NUMBER || b->kind != ZHEN_Q_NUMBER ||
	    !zhen__unit_convert(ctx, a->unit, b->unit, zhen__approx(a->value),
	                        &x))
		return false;
	double d = fabs(x - y), half = 0.5 * pow(10, b->precision);
	/* "about 70 miles" for 120 公里 (74.6): a hedge rounds further */
	double rel = (a->flags | b->flags) & ZHEN_QF_APPROX ? 0.07 : 0.02;
	*same = d <= half || d <= rel * fabs(y);
	/* 5 公里 ↔ "500 metres": converted, a power of ten off */
	double r = x && y ? log10(fabs(x / y)) : 0;
	*tenfold = fabs(r) > 0.5 && fabs(r - round(r)) < 0.01;
	if (!*same) {
		/* or the other way, to a's precision */
		double z;
		if (zhen__unit_convert(ctx, b->unit, a->unit, y, &z)) {
			double e = fabs(z - zhen__approx(a->value));
			*same = e <= 0.5 * pow(10, a->precision) ||
			        e <= rel * fabs(zhen__approx(a->value));
		}
	}
	return true;
}

/* "5ft 11in" is one figure in two units: its feet are no value error
 * against its metres. */
static bool feet_and_more(const struct zhen__side *en, size_t j)
{
	return j + 1 < en->n && !strcmp(en->q[j].unit, ZHEN_UNIT_FOOT) &&
	       en->q[j + 1].start >= en->q[j].end &&
	       en->q[j + 1].start - en->q[j].end <= 1;
}

/* Pairs Chinese figure @p i with the first free English one converted
 * from it that agrees (@p want_same, silently) or does not (a value
 * error, or a magnitude error a power of ten off). */
static int convert_one(struct zhen__cmp *c, size_t i, bool want_same)
{
	const zhen_quantity *zq = &c->zh.q[i];
	for (size_t j = 0; j < c->en.n; j++) {
		const zhen_quantity *eq = &c->en.q[j];
		bool same, tenfold;
		if ((!want_same && feet_and_more(&c->en, j)) || c->en.used[j] ||
		    !converted(c->ctx, zq, eq, &same, &tenfold) ||
		    same != want_same)
			continue;
		c->zh.used[i] = c->en.used[j] = 1;
		if (same)
			return 0;
		return zhen__push(c, tenfold ? ZHEN_F_MAGNITUDE : ZHEN_F_VALUE,
		                  ZHEN_SEV_ERROR, zq, eq);
	}
	return 0;
}

static int convert_pass(struct zhen__cmp *c, bool want_same)
{
	for (size_t i = 0; i < c->zh.n; i++)
		if (!c->zh.used[i] && convert_one(c, i, want_same) < 0)
			return ZHEN_ENOMEM;
	return 0;
}

int zhen__converted_same(struct zhen__cmp *c, const struct zhen__rule *r)
{
	(void)r;
	return convert_pass(c, true);
}

int zhen__converted_other(struct zhen__cmp *c, const struct zhen__rule *r)
{
	(void)r;
	return convert_pass(c, false);
}
