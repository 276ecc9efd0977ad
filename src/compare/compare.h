/* compare.h: what the files of the compare stage share; private to
 * src/compare/, never installed.
 *
 * The stage compares the quantities of one aligned unit (a sentence pair or
 * a bead). zhen_compare_text() (compare.c) fills a struct zhen__cmp and
 * walks zhen__rules[] (rules.c) in order. Each rule takes the quantities it
 * explains out of play (marks them used) and may push a finding; what no
 * rule explains is reported missing or extra by the last rules.
 *
 * Where things live, one file per family of constructions:
 *   quantity.c  what a quantity is, as every rule sees it (kind, words,
 *               currency and unit conflicts)
 *   rounding.c  one figure within the precision written; rounding, hedges
 *   exact.c     the exact value match
 *   ident.c     identifiers: models, codes, versions (Il-76, 00700, GPT-4)
 *   change.c    multiples, percentage points, discounts, direction of change
 *   dates.c     dates, years, decades, clock times, month ranges
 *   units.c     conversions of units (公里 ↔ miles, weeks ↔ days)
 *   slips.c     one figure with a slip: currency, unit, magnitude, value
 *   lone.c      the one figure left on each side
 *   leftover.c  what is left: missing and extra
 *   series.c    a list that switches currency or magnitude
 *   days.c      8日 under a dateline of 9月 ↔ "August 8": a day alone in
 *               the month its context names
 *   lists.c     249,289,299 ↔ "249, 289 and 299": a list read as one
 *               grouped figure, which the other side writes item by item
 *   latent.c    a figure the other side writes as a numeral the reader
 *               left latent (十大 ↔ "the top 10")
 *   across.c    after the rules, two consecutive units: a figure the
 *               neighbour holds was moved across rows, not dropped
 *   match.c     how a pairwise rule searches (window, index by value)
 *   rules.c     the table of rules, in order
 *   compare.c   the public entry points: walk the rules; the findings
 *
 * To add a rule: write its test (a zhen__match_fn named zhen__m_<name>)
 * in its family's file, declare it below, and add one row to zhen__rules[]
 * at the place its certainty puts it (rules.c says how to tell). */
#ifndef ZHEN_COMPARE_H
#define ZHEN_COMPARE_H

#include "../internal.h"

#include <string.h>

/* ---- the state of one comparison ---- */

/* One side of the unit. */
struct zhen__side {
	const zhen_quantity *q;
	size_t n;
	unsigned char *used; /* 1: explained by a rule, out of play */
	const char *text;    /* the text q was read from, or NULL */
	size_t len;
	/* the latent numerals (ZHEN_QF_LATENT), apart from q: no rule but
	 * latent.c's sees them */
	const zhen_quantity *lat;
	size_t nlat;
	unsigned char *lused; /* 1: it explained a figure */
};

struct zhen__vkey; /* match.c */

struct zhen__cmp {
	zhen_ctx *ctx;        /* may be NULL */
	zhen_findings *f;
	size_t bead;
	zhen_severity lone;   /* of missing/extra: warning, or error with
	                         --strict */
	struct zhen__side zh, en;
	long *zpair;          /* zh.q[i]'s English partner, or -1 */
	/* how a pairwise rule searches (match.c) */
	size_t window;
	struct zhen__vkey *vk; /* beads larger than the window only */
	size_t *cursor, nk;
};

/* ---- the rules (rules.c) ---- */

struct zhen__rule;

/* Whether Chinese @p a and English @p b are one figure for this rule. */
typedef bool (*zhen__match_fn)(const zhen_quantity *a, const zhen_quantity *b);
/* Runs a rule over the unit; negative on no memory. */
typedef int (*zhen__step_fn)(struct zhen__cmp *c, const struct zhen__rule *r);
/* What a pairwise rule reports of the pair zh.q[i] ↔ en.q[j] it took. */
typedef int (*zhen__found_fn)(struct zhen__cmp *c, const struct zhen__rule *r,
                              size_t i, size_t j);

struct zhen__rule {
	const char *name;
	zhen__step_fn step;
	/* pairwise rules (step zhen__pairs*) only: */
	zhen__match_fn match;
	zhen__found_fn found; /* NULL: a silent match */
	zhen_ftype type;      /* of zhen__found_pair() */
	zhen_severity sev;
	const char *why;      /* what it explains, and why it sits where it
	                         does */
};

/* In order; ends with a row whose name is NULL. */
extern const struct zhen__rule zhen__rules[];

/* ---- dates (dates.c) ---- */

/* A whole figure's value, or -1 (zhen__dec() strips trailing zeros). */
int64_t zhen__whole(zhen_decimal d);

/* ---- a day alone in its context's month (days.c) ---- */

/* A Chinese day written alone (8日) whose month a Chinese date before it
 * names, against an English date of that day in a month the context
 * rules out: one value error naming both (days.c says which months a
 * context allows). */
int zhen__day_context(struct zhen__cmp *c, const struct zhen__rule *r);

/* ---- lists written as one grouped figure (lists.c) ---- */

/* A figure of digits in groups of three (249,289,299) left over that the
 * other side writes as the list of its groups, in order, is that list:
 * all out of play, no finding. */
int zhen__digit_lists(struct zhen__cmp *c, const struct zhen__rule *r);

/* ---- latent numerals (latent.c) ---- */

/* A figure left over that a latent numeral of the other side says by a
 * silent rule's test (十大 ↔ "the top 10", 三号 ↔ "the 3rd"): both out
 * of play, no finding. */
int zhen__latent(struct zhen__cmp *c, const struct zhen__rule *r);

/* ---- findings (compare.c) ---- */

/* zhen_compare_text() that also copies out the marks: @p zused[i] (nzh
 * bytes) and @p eused[j] (nen) are 1 where a rule explained the
 * quantity, silently or in a finding about a pair; either may be NULL.
 * For across.c, which must tell a figure matched from one left silent. */
int zhen__compare_marks(zhen_findings **out, zhen_ctx *ctx,
                        const zhen_quantity *zh, size_t nzh,
                        const zhen_quantity *en, size_t nen, size_t bead,
                        const zhen_check_options *opts, const char *zh_text,
                        size_t zh_len, const char *en_text, size_t en_len,
                        unsigned char *zused, unsigned char *eused);

/* A finding about @p zq ↔ @p eq (either may be NULL: one side only);
 * negative on no memory. */
int zhen__push(struct zhen__cmp *c, zhen_ftype type, zhen_severity sev,
               const zhen_quantity *zq, const zhen_quantity *eq);
/* A finding about the pair zh.q[i] ↔ en.q[j]; a value error where either
 * figure repeats a figure its side had paired is a warning (doubt
 * repeat). Negative on no memory. */
int zhen__push_value(struct zhen__cmp *c, zhen_ftype type, zhen_severity sev,
                     size_t i, size_t j);
/* zhen__m_long()'s pair: its type and severity, doubt long. */
int zhen__found_long(struct zhen__cmp *c, const struct zhen__rule *r,
                     size_t i, size_t j);
/* The rule's type and severity about the pair it took. */
int zhen__found_pair(struct zhen__cmp *c, const struct zhen__rule *r,
                     size_t i, size_t j);

/* ---- how pairwise rules search (match.c) ---- */

/* The window, and in a unit larger than it the English figures by value;
 * negative on no memory (zhen__index_free() frees what was made). */
int zhen__index_init(struct zhen__cmp *c);
void zhen__index_free(struct zhen__cmp *c);
/* Each Chinese quantity in turn with the first free English one the
 * rule's test takes. */
int zhen__pairs(struct zhen__cmp *c, const struct zhen__rule *r);
/* The same, also looking a figure up by its value beyond the window. */
int zhen__pairs_by_value(struct zhen__cmp *c, const struct zhen__rule *r);

/* ---- what a quantity is, as the rules see it (quantity.c) ---- */

/* units.tsv's units of counted things: teams (3支球队, "three teams")
 * and people ("three players"; the Chinese 名, 位 carry ZHEN_QF_COUNT and
 * no unit). Two of them that differ count different things. */
/* A count of a counted thing (team, person): a unit that "the two
 * teams", "both players" write as often as a figure. */
bool zhen__counted_thing(const zhen_quantity *q);


/* A clock time pairs only with another time. */
static inline bool zhen__is_time(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_TIME;
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
	case ZHEN_Q_TIME:
		return 5;
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

/* 这两位, 这一家: a demonstrative before one or two in words says
 * "both", "this one" as often as it counts (这十五年 counts) */
static inline bool zhen__definite_pair(const zhen_quantity *q)
{
	return (q->flags & ZHEN_QF_DEFINITE) && (q->flags & ZHEN_QF_WORDS) &&
	       q->value.exp == 0 && q->value.coef >= 1 && q->value.coef <= 2;
}

/* A quarter or half of a year (第三季度, "the second half", Q3, H1). */
static inline bool zhen__period(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_ORDINAL &&
	       (!strcmp(q->unit, ZHEN_UNIT_QUARTER) || !strcmp(q->unit, ZHEN_UNIT_HALF));
}

/* A multiple (3倍, "tripled"). */
static inline bool zhen__multiple(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_NUMBER && !strcmp(q->unit, ZHEN_UNIT_TIMES);
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

/* ---- dates (dates.c) ---- */

/* Clock times equal on the 12-hour dial (9 点 ↔ 9 pm). */
bool zhen__same_time(const zhen_quantity *a, const zhen_quantity *b);
/* A decade without its century ("the '90s" ↔ the 1990s). */
bool zhen__short_decade(const zhen_quantity *a, const zhen_quantity *b);
/* A decade's figure written ten times over (600 年代 ↔ the 1960s). */
bool zhen__decade_slip(const zhen_quantity *a, const zhen_quantity *b);

/* ---- conversions (units.c) ---- */

/* Weeks told in days (两周 ↔ "14 days"). */
bool zhen__week_days(const zhen_quantity *a, const zhen_quantity *b);
/* Metres read as millions ("100m" beside 100 米). */
bool zhen__metres_as_million(const zhen_quantity *a, const zhen_quantity *b);

/* ---- what is left (leftover.c) ---- */

/* Too often no figure to be worth a missing/extra warning alone. */
bool zhen__ignorable_alone(const zhen_quantity *q);

/* ---- the rules, family by family (rules.c orders them) ---- */

/* exact.c */
bool zhen__m_exact(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_exact_kind(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_long(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_long_same(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_exact_form(const zhen_quantity *a, const zhen_quantity *b);

/* ident.c */
bool zhen__m_ident_figure(const zhen_quantity *a, const zhen_quantity *b);

/* change.c */
bool zhen__m_multiple(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_multiple_unit(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_multiple_value(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_points_word(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_points_percent(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_points_value(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_discount(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_sign(const zhen_quantity *a, const zhen_quantity *b);

/* dates.c */
bool zhen__m_roc_year(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_date_year(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_date_day(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_event_digits(const zhen_quantity *a, const zhen_quantity *b);
int zhen__found_date_day(struct zhen__cmp *c, const struct zhen__rule *r,
                         size_t i, size_t j);
bool zhen__m_day(const zhen_quantity *a, const zhen_quantity *b);
/* what the date-year rule reports of its pair */
int zhen__found_date_year(struct zhen__cmp *c, const struct zhen__rule *r,
                          size_t i, size_t j);
int zhen__first_months(struct zhen__cmp *c, const struct zhen__rule *r);

/* rounding.c */
bool zhen__m_rounding(const zhen_quantity *a, const zhen_quantity *b);

/* slips.c */
bool zhen__m_currency(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_unit(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_magnitude(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_value(const zhen_quantity *a, const zhen_quantity *b);
bool zhen__m_magnitude_words(const zhen_quantity *a, const zhen_quantity *b);

/* units.c */
int zhen__converted_same(struct zhen__cmp *c, const struct zhen__rule *r);
int zhen__converted_other(struct zhen__cmp *c, const struct zhen__rule *r);

/* lone.c */
int zhen__lone_pair(struct zhen__cmp *c, const struct zhen__rule *r);

/* leftover.c */
int zhen__missing(struct zhen__cmp *c, const struct zhen__rule *r);
int zhen__extra(struct zhen__cmp *c, const struct zhen__rule *r);

/* series.c */
int zhen__series(struct zhen__cmp *c, const struct zhen__rule *r);

#endif
