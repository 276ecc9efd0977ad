/* across.c: a figure moved across the boundary of two consecutive units.
 *
 * Pre-aligned text (the rows of a TSV, --sentence-per-line lines) is split
 * where each language's writer split it, and the two do not always agree:
 * a clause, with its figure, ends one row in the Chinese and starts the
 * next in the English. Compared row by row, the figure is missing from
 * one and extra in the other: two warnings, or a wrong pairing reported as
 * a value error, for a translation that says everything. Here the figures
 * each unit left unexplained are compared with those its neighbour left on
 * the other side, by the same rules as within a unit; what they explain
 * was moved, not dropped, and is noted as such (info), naming where its
 * match is. Each figure moves once: with a row claimed by the one before,
 * the one after it keeps its findings. */
#include "compare.h"

#include <stdlib.h>

/* A finding whose figure may have moved: left over by the unit's rules. */
static bool movable(const zhen_finding *f)
{
	return f->severity >= ZHEN_SEV_WARNING &&
	       f->doubt != ZHEN_DOUBT_IN_PREVIOUS &&
	       f->doubt != ZHEN_DOUBT_IN_NEXT &&
	       f->type != ZHEN_F_SERIES && f->type != ZHEN_F_ALIGNMENT &&
	       f->type != ZHEN_F_MOVED;
}

/* The @p zh side's figures of the movable findings of @p f. */
static int leftovers(struct zhen_quantities *dst, const zhen_findings *f,
                     bool zh)
{
	for (size_t i = 0; i < f->n; i++) {
		const zhen_finding *g = &f->f[i];
		if (!movable(g) || !(zh ? g->has_zh : g->has_en))
			continue;
		if (zhen__quantities_push(dst, zh ? &g->zh : &g->en) < 0)
			return ZHEN_ENOMEM;
	}
	return 0;
}

static bool same(const zhen_quantity *a, const zhen_quantity *b)
{
	return a->start == b->start && a->end == b->end;
}

/* One side's figures left over, and which of them the neighbour's other
 * side explains. */
struct leftover {
	struct zhen_quantities q;
	unsigned char *ok;
};

/* Whether the comparison of the leftovers explains @p q. */
static bool explained(const struct leftover *l, const zhen_quantity *q)
{
	if (!l->ok) /* nothing to compare it with */
		return false;
	for (size_t i = 0; i < l->q.n; i++)
		if (same(&l->q.q[i], q))
			return l->ok[i];
	return false;
}

/* Whether a finding of @p r of severity warning or more names @p q. */
static bool blamed(const zhen_findings *r, const zhen_quantity *q, bool zh)
{
	for (size_t i = 0; i < r->n; i++) {
		const zhen_finding *g = &r->f[i];
		if (g->severity >= ZHEN_SEV_WARNING &&
		    (zh ? g->has_zh && same(&g->zh, q)
		        : g->has_en && same(&g->en, q)))
			return true;
	}
	return false;
}

/* The findings of unit @p f that the neighbour explains: @p zl holds its
 * Chinese leftovers, @p el its English. A one-sided finding explained
 * becomes info; a finding about a pair only when both its figures are
 * (the neighbour holds both: the rows are shifted), and then a warning at
 * most, since the rows may be wrong as well. Each notes where the match
 * is. */
static void mark(zhen_findings *f, const struct leftover *zl,
                 const struct leftover *el, zhen_doubt where)
{
	for (size_t i = 0; i < f->n; i++) {
		zhen_finding *g = &f->f[i];
		if (!movable(g) || (g->has_zh && !explained(zl, &g->zh)) ||
		    (g->has_en && !explained(el, &g->en)))
			continue;
		g->doubt = where;
		if (!(g->has_zh && g->has_en))
			g->severity = ZHEN_SEV_INFO;
		else if (g->severity > ZHEN_SEV_WARNING)
			g->severity = ZHEN_SEV_WARNING;
	}
}

/* The Chinese left over in @p zf against the English left over in @p ef:
 * a figure is explained when a rule took it and no warning names it. */
static int cross(struct leftover *z, struct leftover *e,
                 const zhen_findings *zf, const zhen_findings *ef,
                 zhen_ctx *ctx, const zhen_check_options *opts)
{
	zhen_findings *r = NULL;
	int rc;

	if ((rc = leftovers(&z->q, zf, true)) < 0 ||
	    (rc = leftovers(&e->q, ef, false)) < 0)
		return rc;
	if (!z->q.n || !e->q.n)
		return 0;
	z->ok = calloc(z->q.n, 1);
	e->ok = calloc(e->q.n, 1);
	if (!z->ok || !e->ok)
		return ZHEN_ENOMEM;
	if ((rc = zhen__compare_marks(&r, ctx, z->q.q, z->q.n, e->q.q, e->q.n,
	                              0, opts, NULL, 0, NULL, 0, z->ok,
	                              e->ok)) < 0)
		return rc;
	for (size_t i = 0; i < z->q.n; i++)
		z->ok[i] = z->ok[i] && !blamed(r, &z->q.q[i], true);
	for (size_t j = 0; j < e->q.n; j++)
		e->ok[j] = e->ok[j] && !blamed(r, &e->q.q[j], false);
	zhen_findings_free(r);
	return 0;
}

int zhen_compare_across(zhen_findings *prev, zhen_findings *next,
                        zhen_ctx *ctx, const zhen_check_options *opts)
{
	/* prev's Chinese, next's English, next's Chinese, prev's English */
	struct leftover l[4] = { { { 0 }, 0 } };
	int rc = 0;

	if (!zhen__check_options_ok(ctx, opts))
		return ZHEN_EUSAGE;
	if (!prev || !next)
		return 0;
	if (cross(&l[0], &l[1], prev, next, ctx, opts) < 0 ||
	    cross(&l[2], &l[3], next, prev, ctx, opts) < 0) {
		rc = zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
		goto out;
	}
	mark(prev, &l[0], &l[3], ZHEN_DOUBT_IN_NEXT);
	mark(next, &l[2], &l[1], ZHEN_DOUBT_IN_PREVIOUS);
out:
	for (int i = 0; i < 4; i++) {
		free(l[i].q.q);
		free(l[i].ok);
	}
	return rc;
}
