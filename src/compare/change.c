/* change.c: figures of change. A multiple (3倍, "tripled") is also a
 * percent change; a percentage point is also "points" or "pts"; a
 * discount (八折) is also what is paid; a minus sign is also a word of
 * decline. Each pair says one figure two ways, which the value rules
 * cannot see. */
#include "compare.h"

/* x + d, or false when it does not fit. */
static bool plus(zhen_decimal *out, zhen_decimal x, int64_t d)
{
	return zhen__dec_add(out, x, zhen__dec(d, 0));
}

/* The multiple of a pair, or NULL. */
static const zhen_quantity *multiple_of(const zhen_quantity *a,
                                        const zhen_quantity *b)
{
	return zhen__multiple(a) ? a : zhen__multiple(b) ? b : NULL;
}

/* A multiple and the same said another way: 1.5倍 ↔ "up 150%" or "up
 * 50%" (Chinese writes the increase and the new total alike), 增长两倍
 * ↔ "tripled" (an increase by two times, the standard reading) as well
 * as "doubled" (the loose one, which the exact rule already takes). */
bool zhen__m_multiple(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *x = multiple_of(a, b);
	const zhen_quantity *o = x == a ? b : a;
	zhen_decimal v, w;
	if (!x)
		return false;
	/* 是去年的3倍 (three times as much) ↔ "rose 200%", not "rose
	 * 300%" (an increase); "300% of last year's" names the level */
	if (o->kind == ZHEN_Q_PERCENT)
		return zhen__dec_mul(&v, x->value, zhen__dec(100, 0)) &&
		       ((zhen__dec_eq(v, o->value) &&
		         ((x->flags & ZHEN_QF_INCREASE) ||
		          !(o->flags & ZHEN_QF_INCREASE))) ||
		        (plus(&w, v, -100) && zhen__dec_eq(w, o->value)));
	if (!zhen__multiple(o))
		return false;
	const zhen_quantity *inc = x->flags & ZHEN_QF_INCREASE ? x :
	                           o->flags & ZHEN_QF_INCREASE ? o : NULL;
	const zhen_quantity *tot = inc == x ? o : x;
	return inc && plus(&v, inc->value, 1) && zhen__dec_eq(v, tot->value);
}

/* 1.5倍 ↔ "1.5%": the figure kept, a multiple written as percent. */
bool zhen__m_multiple_unit(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *x = multiple_of(a, b);
	const zhen_quantity *o = x == a ? b : a;
	return x && o->kind == ZHEN_Q_PERCENT &&
	       zhen__dec_eq(x->value, o->value);
}

/* Two multiples that differ (增长超过一倍 ↔ "more than tripled"): a
 * multiple is a figure even as a small word. */
bool zhen__m_multiple_value(const zhen_quantity *a, const zhen_quantity *b)
{
	/* or a percent that says another change (是去年的3倍 ↔ "rose
	 * 300%": three times as much is up 200%) */
	return (zhen__multiple(a) &&
	        (zhen__multiple(b) || b->kind == ZHEN_Q_PERCENT)) ||
	       (zhen__multiple(b) && a->kind == ZHEN_Q_PERCENT);
}

/* 1.8个百分点 ↔ "1.8 points" or "1.8 pts", 25个基点 ↔ "a quarter-point":
 * points beside a rate are percentage points. (An index's points, 恒指
 * 跌200点 ↔ "fell 200 points", pair as plain figures.) */
static bool points_word(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *p = a->kind == ZHEN_Q_POINTS ? a :
	                         b->kind == ZHEN_Q_POINTS ? b : NULL;
	const zhen_quantity *o = p == a ? b : a;
	return p && o->kind == ZHEN_Q_NUMBER && !strcmp(o->unit, ZHEN_UNIT_POINT);
}

bool zhen__m_points_word(const zhen_quantity *a, const zhen_quantity *b)
{
	return points_word(a, b) && zhen__same_value(a, b);
}

/* 1.8个百分点 ↔ "2.8 points": the same points, another figure. */
bool zhen__m_points_value(const zhen_quantity *a, const zhen_quantity *b)
{
	return points_word(a, b);
}

/* 恒指下跌1.8% ↔ "fell 1.8 points": percent written as points. */
bool zhen__m_points_percent(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *p = a->kind == ZHEN_Q_PERCENT ? a :
	                         b->kind == ZHEN_Q_PERCENT ? b : NULL;
	const zhen_quantity *o = p == a ? b : a;
	return p && o->kind == ZHEN_Q_NUMBER && !strcmp(o->unit, ZHEN_UNIT_POINT) &&
	       zhen__dec_eq(p->value, o->value);
}

/* 八折 (20% off) ↔ "pay 80% of the list price": a discount and what is
 * paid are one figure. */
bool zhen__m_discount(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *d = !strcmp(a->unit, ZHEN_UNIT_OFF) ? a :
	                         !strcmp(b->unit, ZHEN_UNIT_OFF) ? b : NULL;
	const zhen_quantity *o = d == a ? b : a;
	zhen_decimal paid;
	return d && d->kind == ZHEN_Q_PERCENT && o->kind == ZHEN_Q_PERCENT &&
	       !o->unit[0] &&
	       zhen__dec_add(&paid, zhen__dec(100, 0),
	                     (zhen_decimal){ -d->value.coef, d->value.exp }) &&
	       zhen__dec_eq(paid, o->value);
}

/* 增长-6.8% ↔ "contracted 6.8%", 净利润为-3.5亿元 ↔ "a net loss of 350
 * million yuan": a minus on one side is a word of decline on the other. */
bool zhen__m_sign(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *neg = a->value.coef < 0 ? a : b;
	const zhen_quantity *pos = neg == a ? b : a;
	zhen_decimal v = { -neg->value.coef, neg->value.exp };
	return neg->value.coef < 0 && pos->value.coef > 0 &&
	       (pos->flags & ZHEN_QF_DECREASE) &&
	       zhen__qclass(a) == zhen__qclass(b) &&
	       !zhen__currency_conflict(a, b) && !zhen__unit_conflict(a, b) &&
	       zhen__dec_eq(v, pos->value);
}
