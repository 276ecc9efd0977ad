/* lists.c: a figure of digits in groups of three that the other side
 * writes as a list of those groups. 售价249,289,299元 beside "249, 289 and
 * 299 yuan" is a list of three prices written with commas where 、 was
 * meant; read alone it is 249,289,299 (the usual reading of ASCII commas
 * between digits, which the reader keeps). The rule for a reading
 * one side leaves open: take the one the other side supports. Run after
 * every rule that says a figure correctly, so a figure another reading
 * explains never comes here; before the slips, which would call the
 * grouped figure a value error against the last price. */
#include "compare.h"

#include <stdint.h>

/* At most this many groups: a list of more items is written otherwise. */
#define MAX_GROUPS 6
/* A list is read in a sentence or a small bead; in a larger unit figures
 * that happen to equal the groups are too likely (and the search is by
 * scan). */
#define MAX_SIDE 256

/* The groups of three digits of integer @p q, first group first, in
 * @p g; how many, or 0 where @p q is no figure a list could have been
 * read as: words, a fraction, a magnitude word, a single group, or a
 * group after the first that starts with 0 (1,050 is never "1 and 50";
 * no list writes an item 050). */
static size_t groups(const zhen_quantity *q, int64_t g[MAX_GROUPS])
{
	int64_t v = q->value.coef;
	size_t n = 0;
	/* the value is normalised (280,380,480 is 28038048e1) */
	for (int32_t e = q->value.exp; e > 0 && e < 18 && v < INT64_MAX / 10; e--)
		v *= 10;
	if ((q->flags & (ZHEN_QF_WORDS | ZHEN_QF_MAGNITUDE | ZHEN_QF_LONG)) ||
	    q->value.exp < 0 || q->value.exp >= 18 || q->precision != 0 ||
	    v < 1000 ||
	    q->kind == ZHEN_Q_DATE || zhen__is_time(q) ||
	    q->kind == ZHEN_Q_IDENT)
		return 0;
	int64_t r[MAX_GROUPS];
	while (v) {
		if (n == MAX_GROUPS)
			return 0;
		r[n++] = v % 1000;
		v /= 1000;
	}
	for (size_t k = 0; k + 1 < n; k++)
		if (r[k] < 100)
			return 0;
	for (size_t k = 0; k < n; k++)
		g[k] = r[n - 1 - k];
	return n;
}

/* The free figure of side @p o after index @p from whose value is the
 * whole number @p v, in no currency other than list @p q's, or -1. */
static long free_of(const struct zhen__side *o, size_t from, int64_t v,
                    const zhen_quantity *q)
{
	for (size_t k = from; k < o->n; k++)
		if (!o->used[k] && !(o->q[k].flags & ZHEN_QF_WORDS) &&
		    zhen__dec_eq(o->q[k].value, zhen__dec(v, 0)) &&
		    !zhen__currency_conflict(q, &o->q[k]))
			return (long)k;
	return -1;
}

/* The free figure of side @p o in [@p from, @p to) not in words, where
 * it is the only one, or -1. */
static long lone_between(const struct zhen__side *o, size_t from, size_t to)
{
	long x = -1;
	for (size_t k = from; k < to && k < o->n; k++) {
		if (o->used[k] || (o->q[k].flags & ZHEN_QF_WORDS))
			continue;
		if (x >= 0)
			return -1;
		x = (long)k;
	}
	return x;
}

/* Figure @p i of side @p s is a list side @p o writes group by group, in
 * order: all of them out of play, no finding. With one item alone
 * another figure (199, 299 and 499 for 199,299,399), that item is one
 * value error naming the list and the figure, not a value error against
 * the last item and two extra figures. @p s_zh: @p s is the Chinese.
 * Negative on no memory. */
static int read_as_list(struct zhen__cmp *c, struct zhen__side *s, size_t i,
                        struct zhen__side *o, bool s_zh)
{
	int64_t g[MAX_GROUPS];
	long at[MAX_GROUPS], miss = -1;
	size_t n = groups(&s->q[i], g), from = 0;
	if (n < 2)
		return 0;
	for (size_t k = 0; k < n; k++) {
		if ((at[k] = free_of(o, from, g[k], &s->q[i])) >= 0) {
			from = (size_t)at[k] + 1;
			continue;
		}
		if (miss >= 0)
			return 0;
		miss = (long)k;
	}
	if (miss >= 0) {
		size_t lo = miss ? (size_t)at[miss - 1] + 1 : 0;
		size_t hi = (size_t)miss + 1 < n ? (size_t)at[miss + 1] : o->n;
		if ((at[miss] = lone_between(o, lo, hi)) < 0)
			return 0;
	}
	/* the items written one after another, no other figure between */
	for (size_t k = 0; k + 1 < n; k++)
		if (at[k + 1] != at[k] + 1)
			return 0;
	s->used[i] = 1;
	for (size_t k = 0; k < n; k++)
		o->used[at[k]] = 1;
	if (miss < 0)
		return 0;
	const zhen_quantity *b = &o->q[at[miss]];
	return zhen__push(c, ZHEN_F_VALUE, ZHEN_SEV_ERROR,
	                  s_zh ? &s->q[i] : b, s_zh ? b : &s->q[i]);
}

int zhen__digit_lists(struct zhen__cmp *c, const struct zhen__rule *r)
{
	(void)r;
	if (c->zh.n > MAX_SIDE || c->en.n > MAX_SIDE)
		return 0;
	for (size_t i = 0; i < c->zh.n; i++)
		if (!c->zh.used[i] && read_as_list(c, &c->zh, i, &c->en, true) < 0)
			return ZHEN_ENOMEM;
	for (size_t j = 0; j < c->en.n; j++)
		if (!c->en.used[j] &&
		    read_as_list(c, &c->en, j, &c->zh, false) < 0)
			return ZHEN_ENOMEM;
	return 0;
}
