/* rounding.c: one figure or two, by the precision each side wrote.
 *
 * Policy (README "Findings"): rounding to the precision written is no
 * finding (17.4億 ↔ 1.7 billion); rounding beyond it is info (1.74億 ↔
 * 2 billion), worth a look; digits the coarser side does not have are a
 * different figure. A hedge (約, about) or a band (數十, dozens) widens
 * what counts as the same. */
#include "compare.h"

#include <math.h>

/* The coarser of two figures; on a tie, the one its writer rounded
 * (approximate, or scaled by a magnitude word): 1998 ↔ "some 2,000" is
 * rounding worth a look, not a different figure. (Measured: also taking
 * a hedged figure's trailing zeros as not significant, "some 2,000" to
 * the thousand, let 17 more injected value errors per script pass as
 * rounding on FLORES; the hedge keeps its band in zhen__near_value().) */
static const zhen_quantity *coarser(const zhen_quantity *a,
                                    const zhen_quantity *b)
{
	int32_t pa = a->precision, pb = b->precision;
	if (pa != pb)
		return pa > pb ? a : b;
	unsigned r = ZHEN_QF_APPROX | ZHEN_QF_MAGNITUDE;
	return (b->flags & r) && !(a->flags & r) ? b : a;
}

/* Significant digits written: 12.46 has 4, 1.7 billion 2. */
static int sig_digits(const zhen_quantity *q)
{
	int64_t c = q->value.coef < 0 ? -q->value.coef : q->value.coef;
	int lead = q->value.exp;
	if (!c)
		return 0;
	while (c >= 10) {
		c /= 10;
		lead++;
	}
	return lead - q->precision + 1;
}

/* The finer figure agrees with the coarser one only through a lone digit
 * far below the coarser precision: 500萬 ↔ 5,000,020, 500萬 ↔ 5,000,300.
 * Nobody rounds 5,000,020 to 500萬 — the writer of the finer figure
 * wrote a digit the other side does not have (a typo, or a figure made
 * up), so that is a different figure, not rounding. The test: what
 * rounding drops is under a hundredth of the coarser side's last unit. A
 * figure marked approximate (約, about) keeps its band. */
static bool invented_digits(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *coarse = coarser(a, b);
	const zhen_quantity *fine = coarse == a ? b : a;
	int32_t cp = coarse->precision;
	/* a hundredth: 126.06萬億 ↔ "126 trillion" and 10.03萬 ↔ 100,300
	 * are roundings (measured: a tenth called GDP figures typos) */
	zhen_decimal r, diff, hundredth = zhen__dec(1, cp - 2);

	/* and only a figure of six digits or more has such a lone digit
	 * (20.03亿 ↔ "RMB 2 billion", 1.998万亿 ↔ "2 trillion" round) */
	if ((coarse->flags & ZHEN_QF_APPROX) || fine->precision >= cp ||
	    sig_digits(fine) < 6)
		return false;
	r = zhen__dec_round(fine->value, cp);
	if (!zhen__dec_add(&diff, fine->value,
	                   (zhen_decimal){ -r.coef, r.exp }))
		return false;
	if (diff.coef < 0)
		diff.coef = -diff.coef;
	return diff.coef != 0 && zhen__dec_cmp(diff, hundredth) < 0;
}

/* A figure with decimals, of three significant digits or more, rounded
 * to fewer decimals on the other side (12.46% ↔ 12.5%, 41.26% ↔ 41%,
 * 1.25 points ↔ 1.3): rounding, as reports round rates. */
static bool decimals_rounded(const zhen_quantity *coarse,
                             const zhen_quantity *fine)
{
	/* 0.46% ↔ 0.5% too, to decimals still; 1.5 ↔ 2 is another figure;
	 * and to units at most: 8.11 is no 十 (十年, precision ten) */
	return fine->precision < 0 && coarse->precision > fine->precision &&
	       coarse->precision <= 0 &&
	       (sig_digits(fine) >= 3 || coarse->precision < 0);
}

/* 17.4億 ↔ 1.7 billion rounds 1,740,000,000 to 10^8 and matches; 1.74億 ↔
 * 174 million is exact. */
/* Whether @p w is a wide band (成千上万) whose upper end is @p v: a
 * band of the next order ("tens of thousands") renders it. */
static bool wide_top(const zhen_quantity *w, const zhen_quantity *v)
{
	zhen_decimal top = w->value;
	top.exp++;
	return (w->flags & ZHEN_QF_WIDE) && (v->flags & ZHEN_QF_VAGUE) &&
	       zhen__dec_eq(top, v->value);
}

bool zhen__same_value(const zhen_quantity *a, const zhen_quantity *b)
{
	if (zhen__dec_eq(a->value, b->value) || wide_top(a, b) ||
	    wide_top(b, a))
		return true;
	/* Only a figure scaled by a magnitude word (1.7 billion, 5.4萬),
	 * marked approximate or rounded from decimals was rounded by its
	 * writer; 十年 ↔ "11 years" is a different figure even though 十
	 * "has precision 10". */
	const zhen_quantity *coarse = coarser(a, b);
	if (!(coarse->flags & (ZHEN_QF_MAGNITUDE | ZHEN_QF_APPROX)) &&
	    !decimals_rounded(coarse, coarse == a ? b : a))
		return false;
	/* a band (几十, "dozens") is no figure rounded: beside a figure
	 * that is no band and unhedged (the 11th), it is not that figure */
	unsigned fa = a->flags, fb = b->flags;
	if (((fa ^ fb) & ZHEN_QF_VAGUE) &&
	    !((fa & ZHEN_QF_VAGUE ? fb : fa) & ZHEN_QF_APPROX))
		return false;
	int32_t p = coarse->precision;
	zhen_decimal ra = zhen__dec_round(a->value, p);
	zhen_decimal rb = zhen__dec_round(b->value, p);
	return zhen__dec_eq(ra, rb) && !invented_digits(a, b);
}

/* A band (數十, "dozens", "thousands") beside another band or a hedged
 * figure (數十 ↔ "dozens", 超过3000人 ↔ "thousands of people"), or two
 * hedged words (四十余 ↔ "some four dozen"): near each other, they say
 * the same, loosely. */
bool zhen__vague_pair(const zhen_quantity *a, const zhen_quantity *b)
{
	unsigned both = a->flags & b->flags;
	/* two hedged small counts are still counts: 超过三年 ↔ "over five
	 * years" */
	zhen_decimal ten = { 1, 1 };
	return (both & ZHEN_QF_APPROX) &&
	       (((a->flags | b->flags) & ZHEN_QF_VAGUE) ||
	        ((both & ZHEN_QF_WORDS) && zhen__dec_cmp(a->value, ten) > 0 &&
	         zhen__dec_cmp(b->value, ten) > 0));
}

/* The exponent of the last non-zero digit: 940 million is 10^7. */
static int32_t last_digit(zhen_decimal d)
{
	int64_t c = d.coef;
	int32_t e = d.exp;
	while (c && c % 10 == 0) {
		c /= 10;
		e++;
	}
	return e;
}

/* Whether @p coarse is @p fine rounded at a precision coarser than the
 * one @p fine is written to. */
static bool rounds_to(const zhen_quantity *coarse, const zhen_quantity *fine)
{
	for (int32_t p = fine->precision + 1; p <= fine->precision + 19; p++) {
		zhen_decimal r = zhen__dec_round(fine->value, p);
		if (zhen__dec_eq(r, coarse->value))
			return true;
		if (!r.coef)
			break;
	}
	return false;
}

static bool near_point(const zhen_quantity *a, const zhen_quantity *b);

/* Rounded further than the precision written (1.74億 ↔ 2 billion): same
 * order of magnitude and within 10% — worth a look, not an error. A wide
 * band (成千上万) is near what is near either end: "thousands" and "tens
 * of thousands" both render it. */
bool zhen__near_value(const zhen_quantity *a, const zhen_quantity *b)
{
	zhen_quantity top;
	const zhen_quantity *w = a->flags & ZHEN_QF_WIDE ? a
	                         : b->flags & ZHEN_QF_WIDE ? b : NULL;
	if (near_point(a, b))
		return true;
	if (!w)
		return false;
	top = *w;
	top.value.exp++;
	return w == a ? near_point(&top, b) : near_point(a, &top);
}

static bool near_point(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *coarse = coarser(a, b);
	/* two decades are two bands: the '80s is no rounding of the '90s */
	if (a->flags & b->flags & ZHEN_QF_DECADE)
		return false;
	if (!(coarse->flags & (ZHEN_QF_MAGNITUDE | ZHEN_QF_APPROX)) ||
	    invented_digits(a, b))
		return false;
	/* Unhedged, the coarser figure must be the finer one rounded at
	 * some precision (17.46億 ↔ "2 billion"): 5.04億 ↔ "540 million"
	 * and 3.86億 ↔ "368 million" are digits swapped, not rounding. */
	if (!((a->flags | b->flags) & ZHEN_QF_APPROX) && !rounds_to(a, b) &&
	    !rounds_to(b, a))
		return false;
	/* Hedged, still a figure when both are written in digits ending at
	 * one place: 约8.4亿美元 ↔ "about USD 940 million" differ in a
	 * digit each writer wrote. */
	if (last_digit(a->value) == last_digit(b->value) &&
	    !zhen__is_words(a) && !zhen__is_words(b) &&
	    !((a->flags | b->flags) & ZHEN_QF_VAGUE) &&
	    !rounds_to(a, b) && !rounds_to(b, a))
		return false;
	double x = zhen__approx(a->value);
	double y = zhen__approx(b->value);
	if (x == 0 || y == 0 || (x < 0) != (y < 0))
		return false;
	double r = x / y;
	/* 二十多 ↔ "two dozen", 近百 ↔ "some 90": an approximate figure
	 * stands for a band, not a point. */
	double band = coarse->flags & ZHEN_QF_APPROX ? 0.75 : 0.9;
	if (zhen__vague_pair(a, b))
		band = 0.3;
	return r > band && r < 1.0 / band;
}

/* Rounding beyond the precision written, between figures that could be
 * one (the same class, currency and unit, and no fall for a rise). */
bool zhen__m_rounding(const zhen_quantity *a, const zhen_quantity *b)
{
	return zhen__qclass(a) == zhen__qclass(b) && zhen__qclass(a) <= 2 &&
	       !zhen__opposite_moves(a, b) &&
	       !zhen__currency_conflict(a, b) && !zhen__unit_conflict(a, b) &&
	       (zhen__comparable_words(a, b) || zhen__vague_pair(a, b)) &&
	       zhen__near_value(a, b);
}
