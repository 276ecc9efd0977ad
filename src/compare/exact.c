/* exact.c: the exact value match, the most certain rule: one figure
 * written alike, or said another way that loses nothing (a decade without
 * its century, a clock time on the 12-hour dial, weeks in days). Rounding
 * to the precision written counts as exact (zhen__same_value()). */
#include "compare.h"

bool zhen__m_exact(const zhen_quantity *a, const zhen_quantity *b)
{
	if (zhen__short_decade(a, b))
		return true;
	if (zhen__opposite_moves(a, b))
		return false;
	if (a->kind == ZHEN_Q_IDENT || b->kind == ZHEN_Q_IDENT)
		return a->kind == b->kind && zhen__ident_equal(a, b);
	if (zhen__is_time(a) || zhen__is_time(b))
		return zhen__is_time(a) && zhen__is_time(b) &&
		       zhen__same_time(a, b);
	if (zhen__week_days(a, b) || zhen__metres_as_million(a, b))
		return true;
	return zhen__qclass(a) == zhen__qclass(b) &&
	       !zhen__currency_conflict(a, b) && !zhen__unit_conflict(a, b) &&
	       zhen__same_value(a, b);
}

/* zhen__m_exact() between quantities of one kind, tried first: in 18 洞 …
 * 第 18 洞 ↔ "Eighteen holes … the eighteenth", the ordinal is the
 * ordinal's partner, and the count the count's, whichever comes first. */
bool zhen__m_exact_kind(const zhen_quantity *a, const zhen_quantity *b)
{
	return a->kind == b->kind && zhen__m_exact(a, b);
}

/* Before that, one kind written alike: in 一家诊所 … 17磅1盎司 ↔ "17
 * pounds 1 ounce" the digit 1 is the digit's partner, not 一's. */
bool zhen__m_exact_form(const zhen_quantity *a, const zhen_quantity *b)
{
	return zhen__is_words(a) == zhen__is_words(b) &&
	       zhen__m_exact_kind(a, b);
}

/* Two figures of more than 18 significant digits (ZHEN_QF_LONG) that
 * agree as far as the value holds (its first 18): the same figure only
 * when every digit written agrees (their hashes). Taken before the exact
 * match, which would call them equal on the first 18. */
bool zhen__m_long_same(const zhen_quantity *a, const zhen_quantity *b)
{
	return (a->flags & b->flags & ZHEN_QF_LONG) && zhen__m_exact(a, b) &&
	       a->digits == b->digits;
}

/* …and when not: the figures differ past the 18th digit. */
bool zhen__m_long(const zhen_quantity *a, const zhen_quantity *b)
{
	return (a->flags & b->flags & ZHEN_QF_LONG) && zhen__m_exact(a, b) &&
	       a->digits != b->digits;
}
