/* metrics.c: the table of dicts/metrics.tsv, and finding its terms in a
 * text. Terms are matched as written, Chinese in either script (the table
 * lists both forms), so no text need be converted; English is matched
 * without regard to ASCII case, at word boundaries. */
#include "facts_internal.h"

#include <stdlib.h>
#include <string.h>

static const struct { const char *name; enum fx_role role; } roles[] = {
	{ "money", FX_MONEY }, { "percent", FX_PERCENT },
	{ "number", FX_NUMBER }, { "=segment", FX_SEGMENT },
	{ "=ended", FX_ENDED }, { "=year", FX_YEAR_ENDED },
	{ "=relative", FX_RELATIVE }, { "=before", FX_BEFORE },
	{ "=base", FX_BASE }, { "=source", FX_SOURCE },
	{ "=fiscal", FX_FISCAL }, { "=half1", FX_HALF1 },
	{ "=half2", FX_HALF2 },
};

static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static bool is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'z');
}

static char *dup_field(const char *s, size_t n, bool fold)
{
	char *d = malloc(n + 1);
	if (!d)
		return NULL;
	for (size_t i = 0; i < n; i++)
		d[i] = fold ? (char)lower((unsigned char)s[i]) : s[i];
	d[n] = 0;
	return d;
}

static int role_of(enum fx_role *out, const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
		if (strlen(roles[i].name) == n && !memcmp(roles[i].name, s, n)) {
			*out = roles[i].role;
			return 0;
		}
	return -1;
}

/* One line: term, metric, family, kind; a '=' row names its role in the
 * metric column. */
static int add_row(struct fx_table *tab, zhen_ctx *ctx,
                   const struct zhen__dict_iter *it)
{
	struct fx_term *t = &tab->t[tab->n];
	enum fx_role role;

	if (it->nfields != 4 || !it->flen[0])
		return zhen__fail(ctx, ZHEN_EDICT, "metrics.tsv:%zu: want "
		                  "term, metric, family, kind", it->lineno);
	bool word = it->field[1][0] == '=';
	if (role_of(&role, word ? it->field[1] : it->field[3],
	            word ? it->flen[1] : it->flen[3]) < 0)
		return zhen__fail(ctx, ZHEN_EDICT, "metrics.tsv:%zu: unknown "
		                  "kind or role", it->lineno);
	memset(t, 0, sizeof *t);
	t->role = role;
	t->len = it->flen[0];
	if (!(t->text = dup_field(it->field[0], it->flen[0], true)))
		return ZHEN_ENOMEM;
	tab->n++;
	if (word)
		return 0;
	if (!(t->metric = dup_field(it->field[1], it->flen[1], false)) ||
	    !(t->family = dup_field(it->field[2], it->flen[2], false)))
		return ZHEN_ENOMEM;
	return 0;
}

/* Longest first, so that the first row that matches is the longest
 * (經調整淨虧損 before 淨虧損). An insertion sort: buckets hold a few rows,
 * and qsort would need the table in a global (no payload), which two
 * threads building sets of facts at once would share. */
static void sort_bucket(const struct fx_table *tab, size_t *v, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		size_t x = v[i], j = i;
		for (; j > 0 && tab->t[v[j - 1]].len < tab->t[x].len; j--)
			v[j] = v[j - 1];
		v[j] = x;
	}
}

static int build_index(struct fx_table *tab)
{
	for (size_t i = 0; i < tab->n; i++)
		tab->nby[(unsigned char)tab->t[i].text[0]]++;
	for (int c = 0; c < 256; c++) {
		if (!tab->nby[c])
			continue;
		if (!(tab->by_byte[c] = malloc(tab->nby[c] * sizeof(size_t))))
			return ZHEN_ENOMEM;
		tab->nby[c] = 0;
	}
	for (size_t i = 0; i < tab->n; i++) {
		unsigned char c = (unsigned char)tab->t[i].text[0];
		tab->by_byte[c][tab->nby[c]++] = i;
	}
	for (int c = 0; c < 256; c++)
		sort_bucket(tab, tab->by_byte[c], tab->nby[c]);
	return 0;
}

int fx_table_load(struct fx_table *tab, zhen_ctx *ctx, const char *text,
                  size_t len)
{
	struct zhen__dict_iter it;
	size_t lines = 0;
	int rc;

	memset(tab, 0, sizeof *tab);
	zhen__dict_iter_init(&it, text, len);
	while (zhen__dict_iter_next(&it))
		lines++;
	if (!(tab->t = calloc(lines ? lines : 1, sizeof *tab->t)))
		return ZHEN_ENOMEM;
	zhen__dict_iter_init(&it, text, len);
	while (zhen__dict_iter_next(&it))
		if ((rc = add_row(tab, ctx, &it)) < 0)
			return rc;
	return build_index(tab);
}

void fx_table_free(struct fx_table *tab)
{
	for (size_t i = 0; i < tab->n; i++) {
		free(tab->t[i].text);
		free(tab->t[i].metric);
		free(tab->t[i].family);
	}
	free(tab->t);
	for (int c = 0; c < 256; c++)
		free(tab->by_byte[c]);
	memset(tab, 0, sizeof *tab);
}

static bool matches_at(const struct fx_term *t, const char *s, size_t len,
                       size_t pos)
{
	if (t->len > len - pos)
		return false;
	for (size_t i = 0; i < t->len; i++)
		if (lower((unsigned char)s[pos + i]) != (unsigned char)t->text[i])
			return false;
	/* "sales" is no term inside "salesforce", nor "staff" in "staffed" */
	if (is_alnum((unsigned char)t->text[0]) && pos &&
	    is_alnum((unsigned char)s[pos - 1]))
		return false;
	/* a digit may follow: FY2024 is "fy" and a year */
	size_t e = pos + t->len;
	return !(is_alnum((unsigned char)t->text[t->len - 1]) && e < len &&
	         is_alnum((unsigned char)s[e]) &&
	         !(s[e] >= '0' && s[e] <= '9'));
}

const struct fx_term *fx_match(const struct fx_table *tab, const char *s,
                               size_t len, size_t pos, bool want_metric)
{
	unsigned char c = lower((unsigned char)s[pos]);

	for (size_t k = 0; k < tab->nby[c]; k++) {
		const struct fx_term *t = &tab->t[tab->by_byte[c][k]];
		if ((t->metric != NULL) == want_metric &&
		    matches_at(t, s, len, pos))
			return t;
	}
	return NULL;
}

size_t fx_role_at(const struct fx_table *tab, const char *s, size_t from,
                  size_t to, enum fx_role role, const struct fx_term **t)
{
	for (size_t i = from; i < to; i++) {
		const struct fx_term *m = fx_match(tab, s, to, i, false);
		if (m && m->role == role) {
			if (t)
				*t = m;
			return i;
		}
	}
	return SIZE_MAX;
}

bool fx_has_role(const struct fx_table *tab, const char *s, size_t from,
                 size_t to, enum fx_role role)
{
	return fx_role_at(tab, s, from, to, role, NULL) != SIZE_MAX;
}

bool fx_kind_fits(enum fx_role role, const zhen_quantity *q)
{
	switch (role) {
	case FX_MONEY: return q->kind == ZHEN_Q_MONEY;
	case FX_PERCENT: return q->kind == ZHEN_Q_PERCENT;
	/* a count, not a duration or a measure: 5,000人, 5,000 employees */
	case FX_NUMBER: return q->kind == ZHEN_Q_NUMBER && !q->unit[0];
	default: return false;
	}
}
