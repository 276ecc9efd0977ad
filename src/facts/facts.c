/* facts.c: a set of facts, its documents and the rates they state: making,
 * growing, reading and freeing it. */
#include "facts_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int zhen_facts_new(zhen_facts **out, zhen_ctx *ctx)
{
	const struct zhen__dict *d = &zhen__dicts[ZHEN__DICT_METRICS];
	const struct zhen__dict *cd = &zhen__dicts[ZHEN__DICT_COMPANIES];
	zhen_facts *f;
	int rc;

	if (!out)
		return zhen__einval(ctx, __func__, "out is NULL");
	*out = NULL;
	if (!(f = calloc(1, sizeof *f)))
		return ZHEN_ENOMEM;
	if ((rc = fx_table_load(&f->tab, ctx, d->text, d->len)) < 0 ||
	    (rc = fx_companies_load(&f->companies, ctx, cd->text,
	                            cd->len)) < 0) {
		zhen_facts_free(f);
		return rc;
	}
	*out = f;
	return 0;
}

void zhen_facts_free(zhen_facts *f)
{
	if (!f)
		return;
	fx_table_free(&f->tab);
	fx_companies_free(&f->companies);
	for (size_t i = 0; i < f->ndocs; i++)
		free(f->docs[i].name);
	free(f->docs);
	free(f->f);
	free(f->rates);
	free(f->dated);
	free(f);
}

int fx_push_fact(struct zhen_facts *f, const zhen_fact *x)
{
	if (f->n == f->cap) {
		size_t cap = f->cap ? 2 * f->cap : 32;
		zhen_fact *v = realloc(f->f, cap * sizeof *v);
		if (!v)
			return ZHEN_ENOMEM;
		f->f = v;
		f->cap = cap;
	}
	f->f[f->n++] = *x;
	return 0;
}

size_t zhen_facts_count(const zhen_facts *f)
{
	return f ? f->n : 0;
}

const zhen_fact *zhen_facts_get(const zhen_facts *f, size_t i)
{
	return f && i < f->n ? &f->f[i] : NULL;
}

size_t zhen_facts_doc_count(const zhen_facts *f)
{
	return f ? f->ndocs : 0;
}

const char *zhen_facts_doc_name(const zhen_facts *f, size_t i)
{
	return f && i < f->ndocs ? f->docs[i].name : NULL;
}

const zhen_doc *zhen_facts_doc(const zhen_facts *f, size_t i)
{
	return f && i < f->ndocs ? f->docs[i].doc : NULL;
}

size_t zhen_period_format(char *buf, size_t cap, zhen_period p)
{
	static const char *const parts[] = { "", "H1 ", "H2 ", "Q1 ", "Q2 ",
	                                     "Q3 ", "Q4 " };
	static const char *const months[] = {
		"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November"
	};
	/* an index out of the table would read past it */
	if ((unsigned)p.part >= sizeof parts / sizeof parts[0])
		p.part = ZHEN_PERIOD_YEAR;
	if (!buf && cap)
		return 0;
	int n;
	if (!p.year)
		n = snprintf(buf, cap, "%s?", parts[p.part]);
	else if (p.end_month >= 1 && p.end_month <= 11)
		n = snprintf(buf, cap, "%s%d (year to %s)", parts[p.part],
		             (int)p.year, months[p.end_month - 1]);
	else
		n = snprintf(buf, cap, "%s%d", parts[p.part], (int)p.year);
	return n < 0 ? 0 : (size_t)n;
}

int zhen_period_equal(zhen_period a, zhen_period b)
{
	int32_t ma = a.end_month >= 1 && a.end_month <= 11 ? a.end_month : 12;
	int32_t mb = b.end_month >= 1 && b.end_month <= 11 ? b.end_month : 12;
	return a.year == b.year && a.part == b.part && ma == mb;
}
