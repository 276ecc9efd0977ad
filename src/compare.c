/* compare.c: match the quantities of one aligned unit and classify the rest.
 *
 * Policy (README "Findings"): magnitude, currency, unit and value are
 * errors; missing and extra are warnings (errors with --strict); series is a
 * warning; rounding beyond the precision written is info.
 *
 * Matching runs in passes from the most to the least certain, each pass
 * taking pairs out of play, so that a correct 34億 ↔ 3.4 billion is never
 * reported just because a wrong 5億 ↔ 50 billion sits in the same sentence. */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Kinds that may stand for each other: a figure written with 元 on one side
 * and bare on the other is the same figure (1.7億 ↔ RMB 170 million), and
 * the number reader cannot always tell a year or an ordinal from a count. */
static int kind_class(zhen_qkind k)
{
	switch (k) {
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

static bool currency_conflict(const zhen_quantity *a, const zhen_quantity *b)
{
	return a->currency[0] && b->currency[0] &&
	       strcmp(a->currency, b->currency) != 0;
}

static bool unit_conflict(const zhen_quantity *a, const zhen_quantity *b)
{
	if (a->kind != b->kind &&
	    (a->kind == ZHEN_Q_PERCENT || a->kind == ZHEN_Q_POINTS ||
	     b->kind == ZHEN_Q_PERCENT || b->kind == ZHEN_Q_POINTS))
		return true;
	return a->unit[0] && b->unit[0] && strcmp(a->unit, b->unit) != 0;
}

/* Equal within the precision the coarser side wrote: 17.4億 ↔ 1.7 billion
 * rounds 1,740,000,000 to 10^8 and matches; 1.74億 ↔ 174 million is exact. */
static bool same_value(const zhen_quantity *a, const zhen_quantity *b)
{
	if (zhen__dec_eq(a->value, b->value))
		return true;
	/* Only a figure scaled by a magnitude word (1.7 billion, 5.4萬) or
	 * marked approximate was rounded by its writer; 十年 ↔ "11 years"
	 * is a different figure even though 十 "has precision 10". */
	const zhen_quantity *coarse = a->precision >= b->precision ? a : b;
	if (!(coarse->flags & (ZHEN_QF_MAGNITUDE | ZHEN_QF_APPROX)))
		return false;
	int32_t p = coarse->precision;
	zhen_decimal ra = zhen__dec_round(a->value, p);
	zhen_decimal rb = zhen__dec_round(b->value, p);
	return zhen__dec_eq(ra, rb);
}

/* The ratio is a power of ten other than 1: the 億/billion slip. */
static bool power_of_ten(const zhen_quantity *a, const zhen_quantity *b)
{
	return a->value.coef && a->value.coef == b->value.coef &&
	       a->value.exp != b->value.exp;
}

/* Rounded further than the precision written (1.74億 ↔ 2 billion): same
 * order of magnitude and within 10% — worth a look, not an error. */
static bool near_value(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *coarse = a->precision >= b->precision ? a : b;
	if (!(coarse->flags & (ZHEN_QF_MAGNITUDE | ZHEN_QF_APPROX)))
		return false;
	double x = (double)a->value.coef * pow(10, a->value.exp);
	double y = (double)b->value.coef * pow(10, b->value.exp);
	if (x == 0 || y == 0 || (x < 0) != (y < 0))
		return false;
	double r = x / y;
	return r > 0.9 && r < 1.0 / 0.9;
}

/* The number reader keeps an identifier's literal text ("GPT-4") in unit. */
static bool ident_equal(const zhen_quantity *a, const zhen_quantity *b)
{
	return zhen__dec_eq(a->value, b->value) && !strcmp(a->unit, b->unit);
}

typedef bool (*match_fn)(const zhen_quantity *, const zhen_quantity *);

static bool m_exact(const zhen_quantity *a, const zhen_quantity *b)
{
	if (a->kind == ZHEN_Q_IDENT || b->kind == ZHEN_Q_IDENT)
		return a->kind == b->kind && ident_equal(a, b);
	return kind_class(a->kind) == kind_class(b->kind) &&
	       !currency_conflict(a, b) && !unit_conflict(a, b) &&
	       same_value(a, b);
}

static bool m_currency(const zhen_quantity *a, const zhen_quantity *b)
{
	return kind_class(a->kind) == 0 && kind_class(b->kind) == 0 &&
	       currency_conflict(a, b) && same_value(a, b);
}

static bool m_unit(const zhen_quantity *a, const zhen_quantity *b)
{
	return kind_class(a->kind) == kind_class(b->kind) &&
	       kind_class(a->kind) <= 1 && unit_conflict(a, b) &&
	       same_value(a, b);
}

static bool m_magnitude(const zhen_quantity *a, const zhen_quantity *b)
{
	return kind_class(a->kind) == kind_class(b->kind) &&
	       kind_class(a->kind) <= 1 && power_of_ten(a, b);
}

static bool m_rounding(const zhen_quantity *a, const zhen_quantity *b)
{
	return kind_class(a->kind) == kind_class(b->kind) &&
	       kind_class(a->kind) <= 2 && !currency_conflict(a, b) &&
	       !unit_conflict(a, b) && near_value(a, b);
}

/* Last resort: a different figure of the same kind. A word "one" pairs
 * only with another word (兩家 ↔ three), never with a digit figure,
 * because "one of" or "a" in English is rarely a quantity. */
static bool m_value(const zhen_quantity *a, const zhen_quantity *b)
{
	if (kind_class(a->kind) != kind_class(b->kind) ||
	    kind_class(a->kind) > 2)
		return false;
	if ((a->kind == ZHEN_Q_YEAR) != (b->kind == ZHEN_Q_YEAR) &&
	    (a->kind == ZHEN_Q_YEAR || b->kind == ZHEN_Q_YEAR))
		return false;
	if ((a->flags & ZHEN_QF_WORDS) != (b->flags & ZHEN_QF_WORDS)) {
		const zhen_quantity *w = a->flags & ZHEN_QF_WORDS ? a : b;
		if (w->value.coef == 1 && w->value.exp == 0)
			return false;
	}
	return !currency_conflict(a, b) && !unit_conflict(a, b);
}

struct pass {
	match_fn fn;
	int ftype;        /* -1: a silent match */
	zhen_severity sev;
};

static const struct pass passes[] = {
	{ m_exact, -1, ZHEN_SEV_INFO },
	{ m_currency, ZHEN_F_CURRENCY, ZHEN_SEV_ERROR },
	{ m_unit, ZHEN_F_UNIT, ZHEN_SEV_ERROR },
	{ m_magnitude, ZHEN_F_MAGNITUDE, ZHEN_SEV_ERROR },
	{ m_rounding, ZHEN_F_VALUE, ZHEN_SEV_INFO },
	{ m_value, ZHEN_F_VALUE, ZHEN_SEV_ERROR },
};

/* Small words-only counts ("a", "one of", 一家) and ordinals (第一,
 * "first") are too often not figures at all to be worth a missing/extra
 * warning on their own. Identifiers are never amounts. */
static bool ignorable_alone(const zhen_quantity *q)
{
	if (q->kind == ZHEN_Q_IDENT)
		return true;
	/* 第一次 / "for the first time" are rarely figures either. */
	if (!(q->flags & ZHEN_QF_WORDS) ||
	    (q->kind != ZHEN_Q_NUMBER && q->kind != ZHEN_Q_ORDINAL))
		return false;
	zhen_decimal ten = { 1, 1 };
	return zhen__dec_cmp(q->value, ten) <= 0;
}

/* Quantities of one side separated by at most a list separator
 * (、，, and 和 及) form a list. */
#define LIST_GAP 12

static bool money_like(const zhen_quantity *q)
{
	return q->kind == ZHEN_Q_MONEY;
}

/* A list of three or more amounts that switches currency midway: the
 * translation may agree and the data still be wrong (the seeds' six yearly
 * losses, four in 元 then two in 美元). Returns the index of the first
 * switched element or -1. */
static long series_switch(const zhen_quantity *q, size_t n, size_t *first)
{
	for (size_t a = 0; a < n;) {
		size_t b = a;
		if (!money_like(&q[a])) {
			a++;
			continue;
		}
		while (b + 1 < n && money_like(&q[b + 1]) &&
		       q[b + 1].start >= q[b].end &&
		       q[b + 1].start - q[b].end <= LIST_GAP)
			b++;
		if (b - a + 1 >= 3) {
			for (size_t i = a + 1; i <= b; i++)
				if (strcmp(q[i].currency, q[a].currency)) {
					*first = a;
					return (long)i;
				}
		}
		a = b + 1;
	}
	return -1;
}

int zhen_compare(zhen_findings **out, zhen_ctx *ctx, const zhen_quantity *zh,
                 size_t nzh, const zhen_quantity *en, size_t nen, size_t bead,
                 const zhen_check_options *opts)
{
	struct zhen_findings *f = calloc(1, sizeof *f);
	unsigned char *zu = calloc(nzh + 1, 1), *eu = calloc(nen + 1, 1);
	long *zpair = calloc(nzh + 1, sizeof *zpair);
	int rc = ZHEN_ENOMEM;
	(void)ctx;

	*out = NULL;
	if (!f || !zu || !eu || !zpair)
		goto out;
	for (size_t i = 0; i < nzh; i++)
		zpair[i] = -1;
	for (size_t p = 0; p < sizeof passes / sizeof passes[0]; p++) {
		for (size_t i = 0; i < nzh; i++) {
			if (zu[i])
				continue;
			for (size_t j = 0; j < nen; j++) {
				if (eu[j] || !passes[p].fn(&zh[i], &en[j]))
					continue;
				zu[i] = eu[j] = 1;
				zpair[i] = (long)j;
				if (passes[p].ftype >= 0) {
					zhen_finding fd = { 0 };
					fd.type = (zhen_ftype)passes[p].ftype;
					fd.severity = passes[p].sev;
					fd.bead = bead;
					fd.has_zh = fd.has_en = 1;
					fd.zh = zh[i];
					fd.en = en[j];
					if (zhen__findings_push(f, &fd) < 0)
						goto out;
				}
				break;
			}
		}
	}
	zhen_severity lone = opts && opts->strict ? ZHEN_SEV_ERROR
	                                          : ZHEN_SEV_WARNING;
	for (size_t i = 0; i < nzh; i++) {
		if (zu[i] || ignorable_alone(&zh[i]))
			continue;
		zhen_finding fd = { .type = ZHEN_F_MISSING, .severity = lone,
		                    .bead = bead, .has_zh = 1, .zh = zh[i] };
		if (zhen__findings_push(f, &fd) < 0)
			goto out;
	}
	for (size_t j = 0; j < nen; j++) {
		if (eu[j] || ignorable_alone(&en[j]))
			continue;
		zhen_finding fd = { .type = ZHEN_F_EXTRA, .severity = lone,
		                    .bead = bead, .has_en = 1, .en = en[j] };
		if (zhen__findings_push(f, &fd) < 0)
			goto out;
	}
	size_t first;
	long sw = series_switch(zh, nzh, &first);
	if (sw >= 0) {
		zhen_finding fd = { .type = ZHEN_F_SERIES,
		                    .severity = ZHEN_SEV_WARNING, .bead = bead,
		                    .has_zh = 1, .zh = zh[sw] };
		if (zpair[sw] >= 0) {
			fd.has_en = 1;
			fd.en = en[zpair[sw]];
		}
		if (zhen__findings_push(f, &fd) < 0)
			goto out;
	}
	*out = f;
	f = NULL;
	rc = 0;
out:
	zhen_findings_free(f);
	free(zu);
	free(eu);
	free(zpair);
	return rc;
}

void zhen_findings_free(zhen_findings *f)
{
	if (!f)
		return;
	free(f->f);
	free(f);
}

size_t zhen_findings_count(const zhen_findings *f)
{
	return f ? f->n : 0;
}

const zhen_finding *zhen_findings_get(const zhen_findings *f, size_t i)
{
	return f && i < f->n ? &f->f[i] : NULL;
}

const char *zhen_ftype_name(zhen_ftype t)
{
	static const char *const names[] = { "magnitude", "currency", "value",
		"unit", "missing", "extra", "series", "alignment" };
	return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "?";
}

const char *zhen_severity_name(zhen_severity s)
{
	static const char *const names[] = { "info", "warning", "error" };
	return (unsigned)s < 3 ? names[s] : "?";
}
