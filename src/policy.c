/* policy.c: severity overrides, ignore rules and accepted ids, applied to
 * the findings of documents and of pairs by one function (verdict()), so
 * that the settings file means the same in both modes. */
#include "internal.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#define NTYPES ZHEN__NFTYPES
#define NKINDS (ZHEN_Q_TIME + 1)
/* no rule for this type and kind */
#define UNSET (-2)

struct value_rule {
	char *value, *unit; /* unit NULL: any */
};

/* The accepted ids as a set: an id is a hash already, so its 48 bits
 * index an open-addressing table directly (0 marks a free slot; no id is
 * 0 but by a 2^-48 chance, and it would then be accepted by no one). */
struct idset {
	uint64_t *slot;
	size_t cap, n; /* cap a power of two, n < cap / 2 */
};

struct zhen_policy {
	signed char sev[NTYPES][NKINDS + 1]; /* [type][0]: any kind, [k+1] */
	char **texts;
	size_t ntexts;
	struct value_rule *values;
	size_t nvalues;
	struct idset ids;
};

int zhen_policy_new(zhen_policy **out)
{
	zhen_policy *p;

	if (!out)
		return ZHEN_EINVAL;
	p = calloc(1, sizeof *p);
	*out = NULL;
	if (!p)
		return ZHEN_ENOMEM;
	memset(p->sev, UNSET, sizeof p->sev);
	*out = p;
	return 0;
}

void zhen_policy_free(zhen_policy *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->ntexts; i++)
		free(p->texts[i]);
	for (size_t i = 0; i < p->nvalues; i++) {
		free(p->values[i].value);
		free(p->values[i].unit);
	}
	free(p->texts);
	free(p->values);
	free(p->ids.slot);
	free(p);
}

int zhen_policy_set_severity(zhen_policy *p, zhen_ftype type, int kind,
                             int severity)
{
	if (!p)
		return ZHEN_EINVAL;
	if ((unsigned)type >= NTYPES || kind < -1 || kind >= NKINDS ||
	    severity < ZHEN_SEV_OFF || severity > ZHEN_SEV_ERROR)
		return ZHEN_EUSAGE;
	p->sev[type][kind + 1] = (signed char)severity;
	return 0;
}

static char *dup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	return d ? memcpy(d, s, n) : NULL;
}

int zhen_policy_ignore_text(zhen_policy *p, const char *pattern)
{
	char **t, *s;

	if (!p || !pattern)
		return ZHEN_EINVAL;
	if (!*pattern)
		return ZHEN_EUSAGE;
	if (!(s = dup(pattern)))
		return ZHEN_ENOMEM;
	if (!(t = realloc(p->texts, (p->ntexts + 1) * sizeof *t))) {
		free(s);
		return ZHEN_ENOMEM;
	}
	p->texts = t;
	t[p->ntexts++] = s;
	return 0;
}

int zhen_policy_ignore_value(zhen_policy *p, const char *value,
                             const char *unit)
{
	struct value_rule r = { NULL, NULL }, *v;

	if (!p || !value)
		return ZHEN_EINVAL;
	if (!*value)
		return ZHEN_EUSAGE;
	if (!(r.value = dup(value)) || (unit && !(r.unit = dup(unit))) ||
	    !(v = realloc(p->values, (p->nvalues + 1) * sizeof *v))) {
		free(r.value);
		free(r.unit);
		return ZHEN_ENOMEM;
	}
	p->values = v;
	v[p->nvalues++] = r;
	return 0;
}

/* The 48 bits an id writes, or 0 when it is no id. */
static uint64_t id_bits(const char *id)
{
	uint64_t x = 0;

	if (!id || strlen(id) != ZHEN_FINDING_ID_LEN)
		return 0;
	for (const char *c = id; *c; c++) {
		int d = *c >= '0' && *c <= '9' ? *c - '0'
		        : *c >= 'a' && *c <= 'f' ? *c - 'a' + 10 : -1;
		if (d < 0)
			return 0;
		x = x << 4 | (uint64_t)d;
	}
	return x;
}

static uint64_t *idset_find(const struct idset *s, uint64_t x)
{
	size_t i = (size_t)zhen__mix64(x) & (s->cap - 1);

	while (s->slot[i] && s->slot[i] != x)
		i = (i + 1) & (s->cap - 1);
	return &s->slot[i];
}

static int idset_grow(struct idset *s)
{
	struct idset t = { NULL, s->cap ? s->cap * 2 : 64, s->n };

	if (!(t.slot = calloc(t.cap, sizeof *t.slot)))
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < s->cap; i++)
		if (s->slot[i])
			*idset_find(&t, s->slot[i]) = s->slot[i];
	free(s->slot);
	*s = t;
	return 0;
}

int zhen_policy_accept(zhen_policy *p, const char *id)
{
	uint64_t x, *slot;

	if (!p || !id)
		return ZHEN_EINVAL;
	if (!(x = id_bits(id)))
		return ZHEN_EUSAGE;
	if ((p->ids.n + 1) * 2 > p->ids.cap && idset_grow(&p->ids) < 0)
		return ZHEN_ENOMEM;
	slot = idset_find(&p->ids, x);
	if (!*slot) {
		*slot = x;
		p->ids.n++;
	}
	return 0;
}

size_t zhen_policy_accepted_count(const zhen_policy *p)
{
	return p ? p->ids.n : 0;
}

static bool accepted(const zhen_policy *p, const zhen_finding *f)
{
	uint64_t x = id_bits(f->id);
	return x && p->ids.n && *idset_find(&p->ids, x) == x;
}

/* The sources of the figures' texts: [start - base) of text. */
struct texts {
	const char *zh, *en;
	size_t zb, eb;
};

static bool figure_ignored(const zhen_policy *p, const zhen_quantity *q,
                           const char *src, size_t base,
                           struct zhen__buf *b)
{
	char v[128];

	b->len = 0;
	zhen__buf_add(b, src + (q->start - base), q->end - q->start);
	zhen__buf_add(b, "", 1);
	for (size_t i = 0; !b->oom && i < p->ntexts; i++)
		if (fnmatch(p->texts[i], b->p, 0) == 0)
			return true;
	zhen__quantity_value(v, sizeof v, q);
	for (size_t i = 0; i < p->nvalues; i++)
		if (!strcmp(p->values[i].value, v) &&
		    (!p->values[i].unit ||
		     !strcmp(p->values[i].unit, zhen__quantity_unit(q))))
			return true;
	return false;
}

static bool ignored(const zhen_policy *p, const zhen_finding *f,
                    const struct texts *t, struct zhen__buf *b)
{
	if (!p->ntexts && !p->nvalues)
		return false;
	return (f->has_zh && figure_ignored(p, &f->zh, t->zh, t->zb, b)) ||
	       (f->has_en && figure_ignored(p, &f->en, t->en, t->eb, b));
}

/* The rule for @p f: its type and kind's, else its type's; UNSET. */
static int rule(const zhen_policy *p, const zhen_finding *f)
{
	int k = f->has_zh ? (int)f->zh.kind : f->has_en ? (int)f->en.kind : -1;
	int s = k >= 0 && k < NKINDS ? p->sev[f->type][k + 1] : UNSET;
	return s != UNSET ? s : p->sev[f->type][0];
}

#define HIDE (-1)
#define ACCEPT (-2)

/* What becomes of one finding: its new severity, HIDE or ACCEPT. */
static int verdict(const zhen_policy *p, const zhen_finding *f, int strict,
                   const struct texts *t, struct zhen__buf *b)
{
	int s = (unsigned)f->type < NTYPES ? rule(p, f) : UNSET;

	if (ignored(p, f, t, b) || s == ZHEN_SEV_OFF)
		return HIDE;
	if (accepted(p, f))
		return ACCEPT;
	if (s == UNSET || f->severity == zhen_ftype_severity(f->type, strict))
		return s == UNSET ? (int)f->severity : s;
	return (int)f->severity < s ? (int)f->severity : s;
}

/* The accepted findings of @p f (verdicts @p v) onto @p keep; on running
 * out of memory, @p keep is as it was. */
static int keep_accepted(struct zhen_findings *keep,
                         const struct zhen_findings *f, const signed char *v)
{
	size_t n0 = keep->n;

	for (size_t i = 0; i < f->n; i++)
		if (v[i] == ACCEPT && zhen__findings_push(keep, &f->f[i]) < 0) {
			keep->n = n0;
			return ZHEN_ENOMEM;
		}
	return 0;
}

static int apply(size_t *n_accepted, struct zhen_findings *f,
                 const zhen_policy *p, const zhen_check_options *opts,
                 const struct texts *t, struct zhen_findings *keep)
{
	struct zhen__buf b = { 0 };
	int strict = opts ? opts->strict : 0;
	size_t kept = 0, acc = 0;
	signed char *v;

	if (n_accepted)
		*n_accepted = 0;
	if (!p || !f || !f->n)
		return 0;
	/* every verdict first, so that running out of memory changes
	 * nothing */
	if (!(v = malloc(f->n)))
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < f->n; i++)
		v[i] = (signed char)verdict(p, &f->f[i], strict, t, &b);
	if (b.oom || (keep && keep_accepted(keep, f, v) < 0)) {
		free(v);
		zhen__buf_free(&b);
		return ZHEN_ENOMEM;
	}
	for (size_t i = 0; i < f->n; i++) {
		acc += v[i] == ACCEPT;
		if (v[i] < 0)
			continue;
		f->f[kept] = f->f[i];
		f->f[kept++].severity = (zhen_severity)v[i];
	}
	f->n = kept;
	if (n_accepted)
		*n_accepted = acc;
	free(v);
	zhen__buf_free(&b);
	return 0;
}

int zhen_policy_apply(size_t *accepted_out, zhen_findings *f,
                      const zhen_policy *p, const zhen_check_options *opts,
                      const char *zh, size_t zh_base, const char *en,
                      size_t en_base)
{
	struct texts t = { zh, en, zh_base, en_base };

	if (!f || !zh || !en) {
		if (accepted_out)
			*accepted_out = 0;
		return ZHEN_EINVAL;
	}
	return apply(accepted_out, f, p, opts, &t, NULL);
}

int zhen_policy_apply_keep(zhen_findings **kept, zhen_findings *f,
                           const zhen_policy *p,
                           const zhen_check_options *opts, const char *zh,
                           size_t zh_base, const char *en, size_t en_base)
{
	struct texts t = { zh, en, zh_base, en_base };
	bool fresh;
	int rc;

	if (!kept || !f || !zh || !en)
		return ZHEN_EINVAL;
	if ((fresh = !*kept) && !(*kept = calloc(1, sizeof **kept)))
		return ZHEN_ENOMEM;
	if ((rc = apply(NULL, f, p, opts, &t, *kept)) < 0 && fresh) {
		free(*kept);
		*kept = NULL;
	}
	return rc;
}

int zhen_policy_apply_result(size_t *accepted_out, zhen_result *r,
                             const zhen_policy *p,
                             const zhen_check_options *opts,
                             const zhen_doc *zh, const zhen_doc *en)
{
	struct texts t = { zhen_doc_bytes(zh, NULL), zhen_doc_bytes(en, NULL),
	                   0, 0 };
	size_t n = 0;
	int rc;

	if (accepted_out)
		*accepted_out = 0;
	if (!r || !zh || !en)
		return ZHEN_EINVAL;
	rc = apply(&n, zhen__result_findings_mut(r), p, opts, &t,
	           zhen__result_accepted_mut(r));

	if (rc == 0)
		zhen__result_add_accepted(r, n);
	if (accepted_out)
		*accepted_out = n;
	return rc;
}

zhen_severity zhen_ftype_severity(zhen_ftype type, int strict)
{
	switch (type) {
	case ZHEN_F_MISSING:
	case ZHEN_F_EXTRA:
		return strict ? ZHEN_SEV_ERROR : ZHEN_SEV_WARNING;
	case ZHEN_F_SERIES:
		return ZHEN_SEV_WARNING;
	case ZHEN_F_ALIGNMENT:
	case ZHEN_F_MOVED:
	case ZHEN_F_UNTRANSLATED:
		return ZHEN_SEV_INFO;
	default:
		return ZHEN_SEV_ERROR;
	}
}

int zhen_ftype_parse(zhen_ftype *out, const char *name)
{
	if (!out || !name)
		return ZHEN_EINVAL;
	for (int t = 0; name && t < NTYPES; t++)
		if (!strcmp(name, zhen_ftype_name((zhen_ftype)t))) {
			*out = (zhen_ftype)t;
			return 0;
		}
	return ZHEN_EUSAGE;
}

int zhen_qkind_parse(zhen_qkind *out, const char *name)
{
	if (!out || !name)
		return ZHEN_EINVAL;
	for (int k = 0; name && k < NKINDS; k++)
		if (!strcmp(name, zhen_qkind_name((zhen_qkind)k))) {
			*out = (zhen_qkind)k;
			return 0;
		}
	return ZHEN_EUSAGE;
}

int zhen_severity_parse(zhen_severity *out, const char *name)
{
	if (!out || !name)
		return ZHEN_EINVAL;
	for (int s = ZHEN_SEV_INFO; name && s <= ZHEN_SEV_ERROR; s++)
		if (!strcmp(name, zhen_severity_name((zhen_severity)s))) {
			*out = (zhen_severity)s;
			return 0;
		}
	return ZHEN_EUSAGE;
}
