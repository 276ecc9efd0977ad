/* units.c: a figure told in another unit. Weeks in days and metres glued
 * to their figure ("100m") are exact and go with the exact match; other
 * conversions (dicts/conversions.tsv: 公里 ↔ miles, 摄氏度 ↔ °F, 亩 ↔
 * hectares) round, and have rules of their own after the pairwise ones. */
#include "compare.h"

/* Weeks told in days (两周 ↔ "14 days", 一周 ↔ "seven days"): the one
 * duration conversion that is exact and common; months and years are
 * not whole weeks or days. */
bool zhen__week_days(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *w = !strcmp(a->unit, "week") ? a : b;
	const zhen_quantity *d = w == a ? b : a;
	zhen_decimal x;
	if (strcmp(w->unit, "week") || strcmp(d->unit, "day") ||
	    zhen__qclass(a) != 0 || zhen__qclass(b) != 0 ||
	    !zhen__dec_mul(&x, w->value, zhen__dec(7, 0)))
		return false;
	return zhen__dec_eq(x, d->value);
}

/* "100m" glued is read as 100 million (news: "3.4m viewers"); beside
 * 100 米 it was metres ("the men's 100m final", "300m tall"). */
bool zhen__metres_as_million(const zhen_quantity *a, const zhen_quantity *b)
{
	bool km_a = !strcmp(a->unit, "km"), km_b = !strcmp(b->unit, "km");
	const zhen_quantity *m = !strcmp(a->unit, "m") || km_a ? a : b;
	const zhen_quantity *x = m == a ? b : a;
	zhen_decimal v;
	/* 1.5 公里 ↔ "1,500m": kilometres in metres */
	bool km = m == a ? km_a : km_b;
	return (!strcmp(m->unit, "m") || km) && !x->unit[0] &&
	       !x->currency[0] && (x->flags & ZHEN_QF_MAGNITUDE) &&
	       !zhen__is_words(x) && x->kind == ZHEN_Q_NUMBER &&
	       zhen__dec_mul(&v, m->value, zhen__dec(1, km ? 9 : 6)) &&
	       zhen__dec_eq(v, x->value);
}
