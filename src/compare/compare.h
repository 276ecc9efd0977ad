/* compare.h: what the files of the compare stage share; private to
 * src/compare/, never installed.
 *
 * Where things live, one file per family of constructions:
 *   quantity.c  what a quantity is, as every rule sees it (kind, words,
 *               currency and unit conflicts)
 *   rounding.c  one figure within the precision written; rounding, hedges
 *   ident.c     identifiers: models, codes, versions (Il-76, 00700, GPT-4)
 *   exact.c     the exact value match
 *   change.c    multiples, percentage points, discounts, direction of change
 *   units.c     conversions of units (公里 ↔ miles, weeks ↔ days)
 *   slips.c     one figure with a slip: currency, unit, magnitude, value
 *   compare.c   dates, the matching passes and the classification of the
 *               rest */
#ifndef ZHEN_COMPARE_H
#define ZHEN_COMPARE_H

#include "../internal.h"

#include <string.h>

/* ---- what a quantity is, as the rules see it (quantity.c) ---- */

/* A clock time is read as a DATE with unit "time" (numbers.h); it pairs
 * only with another time. */
static inline bool zhen__is_time(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_DATE && !strcmp(q->unit, "time");
}

/* Kinds that may stand for each other: a figure written with 元 on one side
 * and bare on the other is the same figure (1.7億 ↔ RMB 170 million), and
 * the number reader cannot always tell a year or an ordinal from a count.
 * A clock time is a class of its own (5). */
static inline int zhen__qclass(const zhen_quantity *q)
{
	if (zhen__is_time(q))
		return 5;
	switch (q->kind) {
	case ZHEN_Q_NUMBER:
	case ZHEN_Q_MONEY:
	case ZHEN_Q_YEAR:
	case ZHEN_Q_ORDINAL:
		return 0;
	case ZHEN_Q_PERCENT:
	case ZHEN_Q_POINTS:
		return 1; /* compatible as a pair, but a unit finding */
	case ZHEN_Q_DATE:
		return 2;
	case ZHEN_Q_IDENT:
		return 3;
	}
	return 4;
}

static inline bool zhen__is_words(const zhen_quantity *q)
{
	return (q->flags & ZHEN_QF_WORDS) != 0;
}

static inline bool zhen__is_one(const zhen_quantity *q)
{
	return q->value.coef == 1 && q->value.exp == 0;
}

/* A quarter or half of a year (第三季度, "the second half", Q3, H1). */
static inline bool zhen__period(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_ORDINAL &&
	       (!strcmp(q->unit, "quarter") || !strcmp(q->unit, "half"));
}

/* A multiple (3倍, "tripled"). */
static inline bool zhen__multiple(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_NUMBER && !strcmp(q->unit, "x");
}

/* For orders of magnitude only: exact comparisons use zhen__dec_*(). */
double zhen__approx(zhen_decimal d);
/* The ratio is a power of ten other than 1: the 億/billion slip. */
bool zhen__power_of_ten(const zhen_quantity *a, const zhen_quantity *b);
/* Within a factor 100 of each other. */
bool zhen__within_100(const zhen_quantity *a, const zhen_quantity *b);
/* A word figure that may stand for something other than a figure. */
bool zhen__weak_word(const zhen_quantity *q, bool english);
/* Whether a different figure on the other side may be called the same
 * figure mistranslated (@p a Chinese, @p b English). */
bool zhen__comparable_words(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__currency_conflict(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__unit_conflict(const zhen_quantity *a, const zhen_quantity *b);
/* A year, or a figure that may be a year written wrong. */
bool zhen__year_like(const zhen_quantity *q);
/* A fall written as a rise. */
bool zhen__opposite_moves(const zhen_quantity *a, const zhen_quantity *b);

/* ---- one figure or two: precision and rounding (rounding.c) ---- */

/* Equal within the precision the coarser side wrote. */
bool zhen__same_value(const zhen_quantity *a, const zhen_quantity *b);
/* Rounded further than the precision written: worth a look. */
bool zhen__near_value(const zhen_quantity *a, const zhen_quantity *b);
/* Two bands or hedged figures that say the same, loosely. */
bool zhen__vague_pair(const zhen_quantity *a, const zhen_quantity *b);

/* ---- identifiers (ident.c) ---- */

/* One identifier written alike or differently (00700 ↔ 0700, GPT-4 ↔
 * GPT 4). */
bool zhen__ident_equal(const zhen_quantity *a, const zhen_quantity *b);
/* Two identifiers of one name with different figures (H5N1 ↔ H5N6). */
bool zhen__ident_kin(const zhen_quantity *a, const zhen_quantity *b);
/* 伊尔-760 ↔ Il-76: a transliterated identifier's figure, another figure;
 * the two figures in @p fig and @p idv. */
bool zhen__ident_figure_other(const zhen_quantity *a, const zhen_quantity *b,
                              zhen_decimal *fig, zhen_decimal *idv);
/* An identifier whose letters the other side's text [@p s, +@p len)
 * writes without its digits; false when @p s is NULL. */
bool zhen__digits_dropped(const zhen_quantity *q, const char *s, size_t len);

/* ---- dates (compare.c) ---- */

bool zhen__same_time(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__short_decade(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__decade_slip(const zhen_quantity *a, const zhen_quantity *b);

/* ---- conversions (units.c) ---- */

bool zhen__week_days(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__metres_as_million(const zhen_quantity *a, const zhen_quantity *b);

/* ---- the rules' tests, family by family ---- */

bool zhen__m_exact(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_exact_kind(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_exact_form(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_ident_figure(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_multiple(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_sign(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_discount(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_points_word(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_currency(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_unit(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_multiple_unit(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_points_percent(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_magnitude(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_rounding(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_value(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_magnitude_words(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_multiple_value(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_points_value(const zhen_quantity *a, const zhen_quantity *b);

#endif
