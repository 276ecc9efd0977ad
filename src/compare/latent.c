/* latent.c: a figure one side writes that the other writes as a numeral
 * the reader left latent (ZHEN_QF_LATENT): 十大 is no count on its own,
 * but beside "the top 10" it is what the 10 translates; 习近平三号视察
 * has nothing after 号 to make it a day, but beside "on the 3rd" it is
 * one. Latent numerals are never reported and take no part in the other
 * rules; here, after the rules that say a figure correctly, each may
 * explain one figure left over, by the test of one of those rules. */
#include "compare.h"

/* Whether a silent pairwise rule takes Chinese @p a and English @p b. */
static bool said_alike(const zhen_quantity *a, const zhen_quantity *b)
{
	for (const struct zhen__rule *r = zhen__rules; r->name; r++)
		if ((r->step == zhen__pairs || r->step == zhen__pairs_by_value) &&
		    r->match && !r->found && r->match(a, b))
			return true;
	return false;
}

/* A numeral of a name (《十二道河》, ZHEN_QF_NAME) says a figure of its
 * value in any form: the English writes titles as it likes ("Twelfth
 * River", "the 19th Congress" for 《十九大…》). */
static bool name_says(const zhen_quantity *l, const zhen_quantity *q)
{
	return (l->flags & ZHEN_QF_NAME) && !zhen__dec_cmp(l->value, q->value);
}

/* The English figures from @p j on that a title numeral @p l of the
 * Chinese reads as one, or 0: a run of number words one character apart
 * whose figures written one after another make its value ("Nineteen
 * Eighty-Four" for 《一九八四》: 19 then 84 is 1984). English says a
 * title's year or code this way, and writes no figure as two runs of
 * words. (Offsets only: the texts need not start at offset 0.) */
static size_t title_run(const struct zhen__side *e, size_t j,
                        const zhen_quantity *l)
{
	int64_t want = zhen__whole(l->value), v = 0;
	size_t k = j;

	if (!(l->flags & ZHEN_QF_NAME) || want < 0)
		return 0;
	for (; k < e->n && !e->used[k] && v < want; k++) {
		const zhen_quantity *q = &e->q[k];
		int64_t x = zhen__whole(q->value), m = 10;
		if (!(q->flags & ZHEN_QF_WORDS) || x < 0 || x >= 1000 ||
		    (k > j && e->q[k - 1].end + 1 != q->start))
			return 0;
		while (m <= x)
			m *= 10;
		v = v * m + x;
	}
	return k - j >= 2 && v == want ? k - j : 0;
}

/* Whether side @p o writes the value of @p q in a figure it read: then
 * a latent numeral of that value there is a second mention, and the
 * figure @p q left over is one more than @p o writes (2:2 ↔ "2: 学位
 * （二等二学位）": the degree's second 2 dropped). */
static bool read_on(const struct zhen__side *o, const zhen_quantity *q)
{
	for (size_t k = 0; k < o->n; k++)
		if (!zhen__dec_cmp(o->q[k].value, q->value))
			return true;
	return false;
}

/* The figures of side @p s left over that a latent numeral of side @p o
 * says; @p s_zh: @p s is the Chinese. */
static void explain(struct zhen__side *s, struct zhen__side *o, bool s_zh)
{
	for (size_t j = 0; j < s->n; j++) {
		if (s->used[j])
			continue;
		/* a title's numeral is a mention of its own (党的《十九大报告》
		 * beside 十九大文件: "the 19th Congress" twice) */
		bool again = read_on(o, &s->q[j]);
		for (size_t k = 0; k < o->nlat; k++) {
			const zhen_quantity *l = &o->lat[k];
			size_t run = s_zh || o->lused[k] ? 0 : title_run(s, j, l);
			if (run) {
				memset(s->used + j, 1, run);
				o->lused[k] = 1;
				break;
			}
			if (o->lused[k] || (again && !(l->flags & ZHEN_QF_NAME)) ||
			    !(name_says(l, &s->q[j]) ||
			      (s_zh ? said_alike(&s->q[j], l)
			            : said_alike(l, &s->q[j]))))
				continue;
			s->used[j] = o->lused[k] = 1;
			break;
		}
	}
}

int zhen__latent(struct zhen__cmp *c, const struct zhen__rule *r)
{
	(void)r;
	explain(&c->en, &c->zh, false);
	explain(&c->zh, &c->en, true);
	return 0;
}
