/* align_data.c: the aligner's parameters from dicts/align.tsv, and from a
 * user's --dict align.tsv, whose rows replace the built-in ones they name
 * (how bench/fit_align.py tries a candidate). */
#include "align_data.h"

#include <stdlib.h>
#include <string.h>

const struct zhen__shape zhen__align_shape[ZHEN__ALIGN_NKINDS] = {
	{ 1, 1 }, { 1, 0 }, { 0, 1 }, { 1, 2 }, { 2, 1 }, { 2, 2 },
	{ 1, 3 }, { 3, 1 }, { 1, 4 }, { 2, 3 }, { 3, 2 }, { 4, 1 },
};

static const char *const groups[ZHEN__A_NGROUPS] = {
	"number", "token", "punct", "lexicon", "learned",
};

static const char *const punct_kinds[ZHEN__A_NPUNCT] = {
	"question", "exclamation", "bracket", "quote", "ellipsis", "dash",
};

/* The index of field @p f (@p n bytes) in @p names, or -1. */
static int name_at(const char *const *names, int count, const char *f,
                   size_t n)
{
	for (int i = 0; i < count; i++)
		if (strlen(names[i]) == n && !memcmp(names[i], f, n))
			return i;
	return -1;
}

/* A number field, true when it is one and within [lo, hi]. */
static bool number(const char *f, size_t n, double lo, double hi, double *v)
{
	char buf[32], *end;
	if (!n || n >= sizeof buf)
		return false;
	memcpy(buf, f, n);
	buf[n] = 0;
	*v = strtod(buf, &end);
	return *end == 0 && *v >= lo && *v <= hi;
}

/* "NZ-NE": the index of that bead shape, or -1. */
static int shape_of(const char *f, size_t n)
{
	if (n != 3 || f[1] != '-' || f[0] < '0' || f[0] > '9' ||
	    f[2] < '0' || f[2] > '9')
		return -1;
	for (int k = 0; k < ZHEN__ALIGN_NKINDS; k++)
		if (zhen__align_shape[k].nz == f[0] - '0' &&
		    zhen__align_shape[k].ne == f[2] - '0')
			return k;
	return -1;
}

static int punct_cmp(const void *a, const void *b)
{
	const struct zhen__punct *x = a, *y = b;
	return (x->cp > y->cp) - (x->cp < y->cp);
}

/* punct KIND CHARS: the kind's characters replaced by these. */
static bool punct_row(struct zhen__align_data *d, const struct zhen__dict_iter *it)
{
	int kind = name_at(punct_kinds, ZHEN__A_NPUNCT, it->field[1], it->flen[1]);
	size_t k = 0, n = 0;

	if (kind < 0 || it->nfields != 3)
		return false;
	for (size_t i = 0; i < d->npunct; i++)
		if (d->punct[i].kind != kind + 1)
			d->punct[n++] = d->punct[i];
	d->npunct = n;
	while (k < it->flen[2]) {
		int32_t cp = zhen__utf8_next(it->field[2], it->flen[2], &k);
		if (cp == ' ')
			continue;
		if (cp < 0 || d->npunct == sizeof d->punct / sizeof d->punct[0])
			return false;
		d->punct[d->npunct++] = (struct zhen__punct){ cp,
		                                              (unsigned char)(kind + 1) };
	}
	qsort(d->punct, d->npunct, sizeof *d->punct, punct_cmp);
	return true;
}

/* One data line into @p d; false when it is of no known form. */
static bool row(struct zhen__align_data *d, const struct zhen__dict_iter *it)
{
	const char *name = it->field[0];
	size_t nl = it->flen[0];
	double v, w;
	int k;

	if (nl == 5 && !memcmp(name, "prior", 5)) {
		if (it->nfields != 4 ||
		    (k = shape_of(it->field[1], it->flen[1])) < 0 ||
		    !number(it->field[2], it->flen[2], 1e-9, 1, &v) ||
		    !number(it->field[3], it->flen[3], 1e-9, 1, &w))
			return false;
		d->p_sent[k] = v;
		d->p_para[k] = w;
		return true;
	}
	if (nl == 6 && !memcmp(name, "delete", 6))
		return it->nfields == 3 &&
		       number(it->field[1], it->flen[1], 0, 100, &d->del_sent) &&
		       number(it->field[2], it->flen[2], 0, 100, &d->del_para);
	if (nl == 6 && !memcmp(name, "anchor", 6)) {
		if (it->nfields != 4 ||
		    (k = name_at(groups, ZHEN__A_NGROUPS, it->field[1],
		                 it->flen[1])) < 0 ||
		    !number(it->field[2], it->flen[2], 0, 100, &v) ||
		    !number(it->field[3], it->flen[3], 0,
		            k == ZHEN__A_PUNCT ? ZHEN__A_PUNCT_CAP_MAX : 64, &w))
			return false;
		d->bonus[k] = v;
		d->cap[k] = (unsigned)w;
		return true;
	}
	if (nl == 5 && !memcmp(name, "punct", 5))
		return punct_row(d, it);
	if (nl == 4 && !memcmp(name, "move", 4))
		return it->nfields == 4 &&
		       number(it->field[1], it->flen[1], 0, 100, &d->move_gain) &&
		       number(it->field[2], it->flen[2], 0, 100, &d->move_anchors) &&
		       number(it->field[3], it->flen[3], 0, 100, &d->move_fit);
	return false;
}

/* Rows of @p text into @p d, all or none. */
static int load(zhen_ctx *ctx, struct zhen__align_data *d, const char *name,
                const char *text, size_t len)
{
	struct zhen__align_data t = *d;
	struct zhen__dict_iter it;
	size_t bad;

	if (zhen_utf8_check(text, len, &bad) < 0)
		return zhen__fail(ctx, ZHEN_EDICT, "%s: invalid text at byte %zu",
		                  name, bad);
	zhen__dict_iter_init(&it, text, len);
	while (zhen__dict_iter_next(&it))
		if (!row(&t, &it))
			return zhen__fail_at(ctx, ZHEN_EDICT, it.lineno, 0,
			                     "expected prior NZ-NE P P, delete C C, "
			                     "anchor GROUP BONUS CAP, punct KIND CHARS "
			                     "or move GAIN ANCHORS FIT (%s format)",
			                     name);
	*d = t;
	return 0;
}

/* The built-in parameters into @p d: every bead shape must have its
 * priors, or the file lost a row. */
static int builtin(zhen_ctx *ctx, struct zhen__align_data *d)
{
	const struct zhen__dict *f = &zhen__dicts[ZHEN__DICT_ALIGN];
	int rc;

	memset(d, 0, sizeof *d);
	if ((rc = load(ctx, d, f->name, f->text, f->len)) < 0)
		return rc;
	for (int k = 0; k < ZHEN__ALIGN_NKINDS; k++)
		if (!(d->p_sent[k] > 0) || !(d->p_para[k] > 0))
			return zhen__fail(ctx, ZHEN_EDICT, "%s: no prior for "
			                  "%u-%u beads", f->name,
			                  zhen__align_shape[k].nz,
			                  zhen__align_shape[k].ne);
	return 0;
}

int zhen__align_punct(const struct zhen__align_data *d, int32_t cp)
{
	struct zhen__punct key = { cp, 0 };
	const struct zhen__punct *p;

	/* the table is sorted: the Han characters, beyond its last mark,
	 * are answered without a search */
	if (!d->npunct || cp < d->punct[0].cp ||
	    cp > d->punct[d->npunct - 1].cp)
		return 0;
	p = bsearch(&key, d->punct, d->npunct, sizeof *d->punct, punct_cmp);
	return p ? p->kind : 0;
}

const struct zhen__align_data *
zhen__align_params(zhen_ctx *ctx, struct zhen__align_data *scratch)
{
	if (ctx && ctx->align)
		return ctx->align;
	return builtin(ctx, scratch) < 0 ? NULL : scratch;
}

int zhen__align_init(zhen_ctx *ctx)
{
	int rc;

	if (!(ctx->align = malloc(sizeof *ctx->align)))
		return ZHEN_ENOMEM;
	if ((rc = builtin(ctx, ctx->align)) < 0) {
		free(ctx->align);
		ctx->align = NULL;
	}
	return rc;
}

void zhen__align_fini(zhen_ctx *ctx)
{
	free(ctx->align);
	ctx->align = NULL;
}

int zhen__align_add_dict(zhen_ctx *ctx, enum zhen__dict_id id,
                         const char *text, size_t len)
{
	if (id != ZHEN__DICT_ALIGN)
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "'%s' is not an alignment dictionary",
		                  zhen__dicts[id].name);
	return load(ctx, ctx->align, zhen__dicts[id].name, text, len);
}
