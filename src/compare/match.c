/* match.c: how a pairwise rule finds partners. Each Chinese quantity in
 * text order takes the first free English quantity the rule's test takes,
 * searched within a window around where its partner is expected, and by
 * value beyond it for the exact rule in a large unit. */
#include "compare.h"

#include <assert.h>
#include <stdlib.h>

/* Matching cost. Each pairwise rule pairs a Chinese quantity with the first
 * free English one that passes its test, so a bead of n quantities a side
 * costs rules x n^2 tests: a 5 MB line pair of 200k quantities a side took
 * minutes. Quantities come in text order on both sides, and a translation
 * keeps that order up to local reordering, so a Chinese quantity's partner
 * is searched only within W quantities of where it is expected: beside the
 * English partner of the last Chinese quantity matched (by any rule),
 * shifted by the distance since, scaled by nen/nzh; before any match, at the
 * proportional position. W spends a budget of MATCH_BUDGET tests per rule
 * (at least MIN_WINDOW a side), so a rule is linear in the bead and every
 * bead of up to ~2,900 quantities a side is searched whole, exactly as
 * before. In a larger bead, a figure whose partner lies further away than W
 * is reported missing and extra; nothing is dropped and no finding is
 * invented, so no info finding marks it. */
#define MATCH_BUDGET (1u << 24)
#define MIN_WINDOW 64

static size_t match_window(size_t nzh, size_t nen)
{
	size_t n = nzh > nen ? nzh : nen;
	size_t w = n ? MATCH_BUDGET / 2 / n : 0;
	return w < MIN_WINDOW ? MIN_WINDOW : w;
}

/* Where the partner of Chinese quantity @p i is expected, given the last
 * matched pair (ai, aj) before it (ai < 0: none yet). */
static size_t expected_at(size_t i, long ai, long aj, size_t nzh, size_t nen)
{
	double c = ai < 0 ? (double)i * (double)nen / (double)nzh
	                  : (double)aj + (double)(i - (size_t)ai) *
	                                     (double)nen / (double)nzh;
	if (c < 0)
		return 0;
	return c >= (double)nen ? nen - 1 : (size_t)c;
}

/* A window alone loses its place after a stretch of more than W figures
 * on one side only (a table the other side leaves out): every later
 * figure would then meet strangers. So in a bead larger than the window,
 * the exact rule also looks a figure up by its value among all English
 * figures (the first free one of that value, as the full search would
 * take), which puts the window back in step at the next figure both
 * sides write. A key is the quantity's class and exact value; clock
 * times (equal modulo 12 hours) and identifiers (equal by their letters
 * and digits) are left to the window. */
struct zhen__vkey {
	uint64_t h;
	size_t j;
};

static uint64_t value_key(const zhen_quantity *q)
{
	zhen_decimal v = zhen__dec(q->value.coef, q->value.exp);
	uint64_t h = (uint64_t)zhen__qclass(q) * 0x9E3779B97F4A7C15ull;
	h ^= (uint64_t)v.coef + 0x632BE59BD9B4E019ull + (h << 6) + (h >> 2);
	h ^= (uint64_t)(uint32_t)v.exp * 0xC2B2AE3D27D4EB4Full;
	return h * 0xFF51AFD7ED558CCDull;
}

static bool keyed(const zhen_quantity *q)
{
	return q->kind != ZHEN_Q_IDENT && !zhen__is_time(q);
}

static int vkey_cmp(const void *a, const void *b)
{
	const struct zhen__vkey *x = a, *y = b;
	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return (x->j > y->j) - (x->j < y->j);
}

/* The window's width, and in a unit larger than it the English figures
 * sorted by key. */
int zhen__index_init(struct zhen__cmp *c)
{
	size_t nen = c->en.n;
	c->window = match_window(c->zh.n, nen);
	if (nen <= c->window + 1)
		return 0;
	c->vk = malloc(nen * sizeof *c->vk);
	c->cursor = malloc(nen * sizeof *c->cursor);
	if (!c->vk || !c->cursor)
		return ZHEN_ENOMEM;
	for (size_t j = 0; j < nen; j++) {
		const zhen_quantity *q = &c->en.q[j];
		if (keyed(q))
			c->vk[c->nk++] = (struct zhen__vkey){ value_key(q), j };
	}
	zhen__qsort(c->vk, c->nk, sizeof *c->vk, vkey_cmp);
	for (size_t x = 0; x < c->nk; x++)
		c->cursor[x] = x;
	return 0;
}

void zhen__index_free(struct zhen__cmp *c)
{
	free(c->vk);
	free(c->cursor);
}

/* The first free English figure of @p zq's value that the rule's test
 * takes, or -1. The test must take only figures of equal class and value
 * or fewer (the exact rule). Free entries before a bucket's cursor are
 * all used, so a bucket is walked once over the whole rule. */
static long by_value(struct zhen__cmp *c, const struct zhen__rule *r,
                     const zhen_quantity *zq)
{
	const struct zhen__vkey *k = c->vk;
	const unsigned char *eu = c->en.used;
	size_t nk = c->nk, *cursor = c->cursor;
	uint64_t h = value_key(zq);
	size_t lo = 0, hi = nk;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (k[mid].h < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == nk || k[lo].h != h)
		return -1;
	size_t b = lo;
	while (cursor[b] < nk && k[cursor[b]].h == h && eu[k[cursor[b]].j])
		cursor[b]++;
	for (size_t x = cursor[b]; x < nk && k[x].h == h; x++)
		if (!eu[k[x].j] && r->match(zq, &c->en.q[k[x].j]))
			return (long)k[x].j;
	return -1;
}

/* The first free English quantity within the window of Chinese quantity
 * @p i that the rule's test takes, or -1; (ai, aj) is the last pair
 * matched before @p i. */
static long in_window(const struct zhen__cmp *c, const struct zhen__rule *r,
                      size_t i, long ai, long aj)
{
	size_t nen = c->en.n, w = c->window;
	size_t at = expected_at(i, ai, aj, c->zh.n, nen);
	size_t lo = at > w ? at - w : 0;
	size_t hi = nen - at > w + 1 ? at + w + 1 : nen;
	for (size_t j = lo; j < hi; j++)
		if (!c->en.used[j] && r->match(&c->zh.q[i], &c->en.q[j]))
			return (long)j;
	return -1;
}

static int pairs(struct zhen__cmp *c, const struct zhen__rule *r,
                 bool look_up)
{
	long ai = -1, aj = -1;
	assert(r->match); /* a pairwise row of zhen__rules[] names its test */
	if (!c->en.n)
		return 0;
	for (size_t i = 0; i < c->zh.n; i++) {
		if (c->zh.used[i]) {
			if (c->zpair[i] >= 0) {
				ai = (long)i;
				aj = c->zpair[i];
			}
			continue;
		}
		/* the window first: a nearer partner of the same value is
		 * the likelier one */
		long j = in_window(c, r, i, ai, aj);
		if (j < 0 && look_up && c->vk && keyed(&c->zh.q[i]))
			j = by_value(c, r, &c->zh.q[i]);
		if (j < 0)
			continue;
		c->zh.used[i] = c->en.used[j] = 1;
		c->zpair[i] = j;
		ai = (long)i;
		aj = j;
		if (r->found && r->found(c, r, i, (size_t)j) < 0)
			return ZHEN_ENOMEM;
	}
	return 0;
}

int zhen__pairs(struct zhen__cmp *c, const struct zhen__rule *r)
{
	return pairs(c, r, false);
}

int zhen__pairs_by_value(struct zhen__cmp *c, const struct zhen__rule *r)
{
	return pairs(c, r, true);
}
