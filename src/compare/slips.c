/* slips.c: two figures that are one figure with a slip: a currency, a
 * unit or a magnitude word changed (5億 ↔ 50 billion), or, last of all,
 * a different figure of the same kind. These rules come after every rule
 * that explains a pair as correct, so a slip is only ever named for a
 * pair nothing else explains. */
#include "compare.h"

bool zhen__m_currency(const zhen_quantity *a, const zhen_quantity *b)
{
	return zhen__qclass(a) == 0 && zhen__qclass(b) == 0 &&
	       zhen__currency_conflict(a, b) && zhen__same_value(a, b);
}

/* 25 个基点 ↔ "25%": the figure kept, basis points (0.25 points)
 * written as percent; a unit slip, not a factor of 100. */
static bool bp_as_percent(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *p = a->kind == ZHEN_Q_POINTS ? a : b;
	const zhen_quantity *c = p == a ? b : a;
	zhen_decimal x;
	return p->kind == ZHEN_Q_POINTS && c->kind == ZHEN_Q_PERCENT &&
	       p->precision <= -2 &&
	       zhen__dec_mul(&x, p->value, zhen__dec(100, 0)) &&
	       zhen__dec_eq(x, c->value);
}

bool zhen__m_unit(const zhen_quantity *a, const zhen_quantity *b)
{
	/* the first half (上半场) is a part of a period, 1分钟 a length of
	 * time: two things, not one figure with its unit slipped */
	if (zhen__period(a) != zhen__period(b))
		return false;
	return zhen__qclass(a) == zhen__qclass(b) && zhen__qclass(a) <= 1 &&
	       zhen__unit_conflict(a, b) &&
	       (zhen__same_value(a, b) || bp_as_percent(a, b));
}

bool zhen__m_magnitude(const zhen_quantity *a, const zhen_quantity *b)
{
	zhen_decimal f, v;
	if (zhen__ident_figure_other(a, b, &f, &v))
		return f.coef == v.coef;
	/* two units (4800万像素 ↔ "48 megapixels", 5 公里 ↔ 5,000 m): a
	 * conversion's business, not a slip of the figure */
	if (a->unit[0] && b->unit[0] && strcmp(a->unit, b->unit))
		return false;
	/* a capitalised English word of a name or a title ("The
	 * Three-Body Problem") counts nothing to slip */
	if (zhen__is_words(b) && (b->flags & ZHEN_QF_NAME))
		return false;
	return (zhen__qclass(a) == zhen__qclass(b) && zhen__qclass(a) <= 1 &&
	        zhen__comparable_words(a, b) && zhen__power_of_ten(a, b)) ||
	       zhen__decade_slip(a, b);
}

/* Last resort: a different figure of the same kind. Years pair with years
 * or with a bare four-digit figure; identifiers with an identifier of the
 * same letters (H5N1 ↔ H5N6); word figures as zhen__comparable_words()
 * says. */
bool zhen__m_value(const zhen_quantity *a, const zhen_quantity *b)
{
	zhen_decimal f, v;
	if (zhen__ident_figure_other(a, b, &f, &v))
		return true;
	if (a->kind == ZHEN_Q_IDENT || b->kind == ZHEN_Q_IDENT)
		return a->kind == b->kind && zhen__ident_kin(a, b);
	/* a lunar date and a Gregorian one are two calendars, not a slip
	 * (农历十月十五 may be written as the day it falls on) */
	if ((a->flags ^ b->flags) & ZHEN_QF_LUNAR)
		return false;
	if (zhen__qclass(a) != zhen__qclass(b) ||
	    (zhen__qclass(a) > 2 && zhen__qclass(a) != 5))
		return false;
	if ((a->kind == ZHEN_Q_YEAR || b->kind == ZHEN_Q_YEAR) &&
	    !(zhen__year_like(a) && zhen__year_like(b)) &&
	    !((a->flags & b->flags) & ZHEN_QF_DECADE))
		return false;
	if (!zhen__comparable_words(a, b))
		return false;
	/* a period pairs only with a period: 上半年 is no "three" */
	if (zhen__period(a) != zhen__period(b))
		return false;
	/* 第二 (the second, "secondary") beside "104,500 barrels" is a word,
	 * not that figure translated wrong; 第四級 beside "Category 7" is */
	if ((a->kind == ZHEN_Q_ORDINAL) != (b->kind == ZHEN_Q_ORDINAL) &&
	    (zhen__is_words(a) || zhen__is_words(b)) &&
	    !zhen__within_100(a, b))
		return false;
	/* a bare figure beside an amount in a currency is another figure,
	 * not this one mistranslated */
	if (!a->currency[0] != !b->currency[0])
		return false;
	return !zhen__currency_conflict(a, b) && !zhen__unit_conflict(a, b);
}

/* After every other pairwise rule: a word figure and a figure in digits that
 * differ by a power of ten (300 ↔ "thirty", 一千億 ↔ "ten million") are one
 * figure with a magnitude slip, not a figure dropped and another added. Word
 * figures were kept out of the value rules because a word is often no figure
 * at all ("two sides"); a power-of-ten ratio to a figure left over beside it
 * is too close a fit to be chance. 一/one stays out (an article as often as a
 * count), as do spelled English ordinals. */
bool zhen__m_magnitude_words(const zhen_quantity *a, const zhen_quantity *b)
{
	return zhen__qclass(a) == zhen__qclass(b) && zhen__qclass(a) <= 1 &&
	       !zhen__is_one(a) && !zhen__is_one(b) &&
	       !(zhen__is_words(b) && b->kind == ZHEN_Q_ORDINAL) &&
	       !(b->flags & ZHEN_QF_NAME) &&
	       !zhen__currency_conflict(a, b) && !zhen__unit_conflict(a, b) &&
	       zhen__power_of_ten(a, b);
}
