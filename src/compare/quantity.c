/* quantity.c: what a quantity is, as every rule of the compare stage sees
 * it: whether a word is a figure, whether two currencies or units
 * conflict, whether a figure may be a year. */
#include "compare.h"

#include <math.h>

double zhen__approx(zhen_decimal d)
{
	return (double)d.coef * pow(10, d.exp);
}

/* Within a factor 100 of each other: a word figure and one in digits
 * further apart are two figures, not one mistranslated. */
bool zhen__within_100(const zhen_quantity *a, const zhen_quantity *b)
{
	double x = fabs(zhen__approx(a->value));
	double y = fabs(zhen__approx(b->value));
	/* 0 is no order of magnitude: "0 小時" for "three hours" is a slip */
	return x == 0 || y == 0 || (x <= 100 * y && y <= 100 * x);
}

bool zhen__power_of_ten(const zhen_quantity *a, const zhen_quantity *b)
{
	return a->value.coef && a->value.coef == b->value.coef &&
	       a->value.exp != b->value.exp;
}

/* A word figure that may stand for something other than a figure: 一 and
 * "one" are articles as often as counts ("a company", 一家), and a spelled
 * English ordinal is as often a fraction or a unit ("a third", "per
 * second"). Such figures match when equal, but are never paired with a
 * different figure. */
bool zhen__weak_word(const zhen_quantity *q, bool english)
{
	/* a period is a figure: the second quarter, 上半年 */
	if (zhen__period(q))
		return false;
	/* the fractions and units end at "tenth" (dicts/en_number_words.tsv
	 * denominators): "eighteenth" is only ever an ordinal */
	zhen_decimal ten = { 1, 1 };
	/* a hedge makes a word a manner of speaking ("some two dozen"),
	 * but not one with a unit: "over five years" is a figure */
	return zhen__is_words(q) &&
	       (zhen__is_one(q) ||
	        (english && q->kind == ZHEN_Q_ORDINAL &&
	         zhen__dec_cmp(q->value, ten) <= 0) ||
	        ((q->flags & ZHEN_QF_APPROX) &&
	         (!q->unit[0] || (q->flags & ZHEN_QF_VAGUE))));
}

/* An English number word ("two sides", "the second") is a word choice far
 * more often than a figure, so it is never paired with Chinese digits (双方
 * ↔ "two sides" leaves the Chinese without a figure at all). */
bool zhen__comparable_words(const zhen_quantity *a, const zhen_quantity *b)
{
	if (zhen__weak_word(a, false) || zhen__weak_word(b, true))
		return false;
	if (zhen__is_words(b) && !zhen__is_words(a))
		return false;
	return true;
}

/* Whether ISO code @p code is among an ambiguous sign's others. */
static bool may_be(const zhen_quantity *q, const char *code)
{
	size_t n = strlen(code);
	for (const char *p = q->currency_alt; n && (p = strstr(p, code));
	     p += n)
		if ((p == q->currency_alt || p[-1] == ' ') &&
		    (p[n] == 0 || p[n] == ' '))
			return true;
	return false;
}

/* Two currencies, and neither sign may stand for the other's: ¥ is also
 * JPY (日元), $ also HK$ and NT$, 元 in Traditional text of no known
 * region also NT$ and HK$. */
bool zhen__currency_conflict(const zhen_quantity *a, const zhen_quantity *b)
{
	return a->currency[0] && b->currency[0] &&
	       strcmp(a->currency, b->currency) != 0 &&
	       !may_be(a, b->currency) && !may_be(b, a->currency);
}

bool zhen__counted_thing(const zhen_quantity *q)
{
	return !strcmp(q->unit, ZHEN_UNIT_TEAM) ||
	       !strcmp(q->unit, ZHEN_UNIT_PERSON);
}

/* A count of people or of times (名, 位, 次: ZHEN_QF_COUNT, no unit)
 * beside a count of another counted thing: 3名队员 ↔ "three teams"
 * counts other things; beside "three players" it is the same count. Two
 * counted things that differ (3支球队 ↔ "three players") are a unit
 * conflict by their units alone. */
static bool count_of_other(const zhen_quantity *a, const zhen_quantity *b)
{
	return (a->flags & ZHEN_QF_COUNT) && !a->unit[0] &&
	       zhen__counted_thing(b) && strcmp(b->unit, ZHEN_UNIT_PERSON);
}

bool zhen__unit_conflict(const zhen_quantity *a, const zhen_quantity *b)
{
	if (zhen__is_time(a) || zhen__is_time(b))
		return false;
	if (count_of_other(a, b) || count_of_other(b, a))
		return true;
	if (a->kind != b->kind &&
	    (a->kind == ZHEN_Q_PERCENT || a->kind == ZHEN_Q_POINTS ||
	     b->kind == ZHEN_Q_PERCENT || b->kind == ZHEN_Q_POINTS))
		return true;
	return a->unit[0] && b->unit[0] && strcmp(a->unit, b->unit) != 0;
}

/* A plain figure: no currency, unit, magnitude word or spelling. */
static bool plain_figure(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_NUMBER && !q->currency[0] && !q->unit[0] &&
	       !(q->flags & (ZHEN_QF_WORDS | ZHEN_QF_MAGNITUDE)) &&
	       q->precision == 0;
}

/* A year written as a figure the reader did not take for a year (a typo
 * such as 6008 for 2008, or a year outside 1900–2100). */
bool zhen__year_like(const zhen_quantity *q)
{
	zhen_decimal lo = { 1, 3 }, hi = { 9999, 0 };
	return q->kind == ZHEN_Q_YEAR ||
	       (plain_figure(q) && zhen__dec_cmp(q->value, lo) >= 0 &&
	        zhen__dec_cmp(q->value, hi) <= 0 && q->value.exp >= 0);
}

/* 同比下降3.4% ↔ "up 3.4%": a fall written as a rise, the classic slip
 * no digit check sees. */
bool zhen__opposite_moves(const zhen_quantity *a, const zhen_quantity *b)
{
	unsigned m = ZHEN_QF_INCREASE | ZHEN_QF_DECREASE;
	return (a->flags & m) && (b->flags & m) &&
	       (a->flags & m) != (b->flags & m);
}
