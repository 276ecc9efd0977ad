/* compare.c: the compare stage's public entry points: compare one aligned
 * unit by walking the rules (rules.c), and the findings it returns. */
#include "compare.h"

#include <stdlib.h>

/* A sentence pair has a few quantities: its marks live on the stack, and
 * only a larger unit (a paragraph bead) allocates; three callocs per pair
 * were a tenth of a --pairs run's CPU. */
enum { SMALL = 32 };

struct small_marks {
	unsigned char zu[SMALL], eu[SMALL];
	long zpair[SMALL];
};

/* The findings list and the marks: @p m's when given, else allocated;
 * negative on no memory (zhen_compare_text() frees what was made). */
static int marks_init(struct zhen__cmp *c, struct small_marks *m)
{
	size_t nzh = c->zh.n, nen = c->en.n;
	c->f = calloc(1, sizeof *c->f);
	if (m) {
		memset(m->zu, 0, nzh + 1);
		memset(m->eu, 0, nen + 1);
		c->zh.used = m->zu;
		c->en.used = m->eu;
		c->zpair = m->zpair;
	} else {
		c->zh.used = calloc(nzh + 1, 1);
		c->en.used = calloc(nen + 1, 1);
		c->zpair = calloc(nzh + 1, sizeof *c->zpair);
	}
	if (!c->f || !c->zh.used || !c->en.used || !c->zpair)
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < nzh; i++)
		c->zpair[i] = -1;
	return 0;
}

/* One side's quantities parted (compare.h): the figures, then the latent
 * numerals, in a copy only when any is latent; figure k is the caller's
 * map[k]. */
struct parted {
	zhen_quantity small[SMALL];
	unsigned char lsmall[SMALL];
	size_t msmall[SMALL];
	zhen_quantity *buf;
	unsigned char *lused;
	size_t *map;        /* NULL: the caller's array as it is */
	bool heap;
};

static int part(struct parted *p, struct zhen__side *s)
{
	const zhen_quantity *q = s->q;
	size_t n = s->n, nlat = 0, f = 0, l;

	p->map = NULL;
	p->heap = false;
	for (size_t i = 0; i < n; i++)
		nlat += (q[i].flags & ZHEN_QF_LATENT) != 0;
	if (!nlat)
		return 0;
	if (n <= SMALL) {
		p->buf = p->small;
		p->lused = p->lsmall;
		p->map = p->msmall;
	} else {
		p->heap = true;
		p->buf = malloc(n * sizeof *p->buf);
		p->lused = malloc(nlat);
		p->map = malloc(n * sizeof *p->map);
		if (!p->buf || !p->lused || !p->map)
			return ZHEN_ENOMEM;
	}
	memset(p->lused, 0, nlat);
	l = n - nlat;
	for (size_t i = 0; i < n; i++) {
		if (q[i].flags & ZHEN_QF_LATENT) {
			p->buf[l++] = q[i];
		} else {
			p->map[f] = i;
			p->buf[f++] = q[i];
		}
	}
	s->q = p->buf;
	s->n = f;
	s->lat = p->buf + f;
	s->nlat = nlat;
	s->lused = p->lused;
	return 0;
}

static void part_free(struct parted *p)
{
	if (p->heap) {
		free(p->buf);
		free(p->lused);
		free(p->map);
	}
}

/* The marks of side @p s to the caller's @p n quantities: latent
 * numerals are explained by nothing. */
static void marks_out(unsigned char *dst, size_t n, const struct zhen__side *s,
                      const struct parted *p)
{
	if (!dst)
		return;
	if (!p->map) {
		memcpy(dst, s->used, n);
		return;
	}
	memset(dst, 0, n);
	for (size_t k = 0; k < s->n; k++)
		dst[p->map[k]] = s->used[k];
}

/* zhen_compare_text() with the marks copied out when @p zused / @p eused
 * are given: 1 where a rule explained the quantity, silently or with a
 * finding about the pair (compare.h). */
int zhen__compare_marks(zhen_findings **out, zhen_ctx *ctx,
                        const zhen_quantity *zh, size_t nzh,
                        const zhen_quantity *en, size_t nen, size_t bead,
                        const zhen_check_options *opts, const char *zh_text,
                        size_t zh_len, const char *en_text, size_t en_len,
                        unsigned char *zused, unsigned char *eused)
{
	struct small_marks m;
	struct parted zp, ep;
	bool big = nzh >= SMALL || nen >= SMALL;
	bool strict = opts && opts->strict;
	struct zhen__cmp c = {
		.ctx = ctx,
		.bead = bead,
		.lone = strict ? ZHEN_SEV_ERROR : ZHEN_SEV_WARNING,
		.zh = { .q = zh, .n = nzh, .text = zh_text, .len = zh_len },
		.en = { .q = en, .n = nen, .text = en_text, .len = en_len },
	};
	int rc = ZHEN_ENOMEM;

	*out = NULL;
	ep.heap = false;
	zp.heap = false;
	/* the marks first: sized for every quantity, they fail before a
	 * count no memory could hold is read */
	if (marks_init(&c, big ? NULL : &m) < 0 || part(&zp, &c.zh) < 0 ||
	    part(&ep, &c.en) < 0 || zhen__index_init(&c) < 0)
		goto out;
	for (const struct zhen__rule *r = zhen__rules; r->name; r++)
		if (r->step(&c, r) < 0)
			goto out;
	marks_out(zused, nzh, &c.zh, &zp);
	marks_out(eused, nen, &c.en, &ep);
	*out = c.f;
	c.f = NULL;
	rc = 0;
out:
	/* ctx may be NULL (zhen_compare() documents it) */
	if (rc < 0 && ctx)
		zhen__fail(ctx, rc, "out of memory");
	zhen__index_free(&c);
	zhen_findings_free(c.f);
	part_free(&zp);
	part_free(&ep);
	if (big) {
		free(c.zh.used);
		free(c.en.used);
		free(c.zpair);
	}
	return rc;
}

int zhen_compare_text(zhen_findings **out, zhen_ctx *ctx,
                      const zhen_quantity *zh, size_t nzh,
                      const zhen_quantity *en, size_t nen, size_t bead,
                      const zhen_check_options *opts, const char *zh_text,
                      size_t zh_len, const char *en_text, size_t en_len)
{
	return zhen__compare_marks(out, ctx, zh, nzh, en, nen, bead, opts,
	                           zh_text, zh_len, en_text, en_len, NULL,
	                           NULL);
}

int zhen_compare(zhen_findings **out, zhen_ctx *ctx, const zhen_quantity *zh,
                 size_t nzh, const zhen_quantity *en, size_t nen, size_t bead,
                 const zhen_check_options *opts)
{
	return zhen_compare_text(out, ctx, zh, nzh, en, nen, bead, opts, NULL,
	                         0, NULL, 0);
}

/* Why no value error can be read against @p q with certainty: it refers
 * back (这两位: "both"), or it is 第一 alone, which the English reader
 * leaves unread ("first" is too often no figure), so that a 第一 left over
 * meets some other ordinal (the first half, 上半年, is read). */
static zhen_doubt doubt_of(const zhen_quantity *q)
{
	if (zhen__definite_pair(q))
		return ZHEN_DOUBT_DEFINITE;
	if (q->kind == ZHEN_Q_ORDINAL && zhen__is_words(q) && zhen__is_one(q) &&
	    !q->unit[0])
		return ZHEN_DOUBT_FIRST;
	return ZHEN_DOUBT_NONE;
}

/* A value error between @p zq and @p eq made less: the rest of a count
 * beside a larger whole (等8省 ↔ "six other provinces") agrees with it as
 * far as a reader can tell (info); an unsure figure makes it a warning. */
static void value_doubt(zhen_finding *fd, const zhen_quantity *zq,
                        const zhen_quantity *eq)
{
	const zhen_quantity *rest = eq->flags & ZHEN_QF_REMAINDER ? eq :
	                            zq->flags & ZHEN_QF_REMAINDER ? zq : NULL;
	const zhen_quantity *whole = rest == eq ? zq : eq;
	zhen_doubt d;

	if (rest && !(whole->flags & ZHEN_QF_REMAINDER) &&
	    zhen__dec_cmp(rest->value, whole->value) < 0) {
		fd->severity = ZHEN_SEV_INFO;
		fd->doubt = ZHEN_DOUBT_REMAINDER;
	} else if ((d = doubt_of(zq)) || (d = doubt_of(eq))) {
		fd->severity = ZHEN_SEV_WARNING;
		fd->doubt = d;
	}
}

static int push(struct zhen__cmp *c, zhen_ftype type, zhen_severity sev,
                const zhen_quantity *zq, const zhen_quantity *eq,
                zhen_doubt doubt)
{
	zhen_finding fd = { .type = type, .severity = sev, .bead = c->bead,
	                    .doubt = doubt };
	if (sev == ZHEN_SEV_ERROR && type == ZHEN_F_VALUE && zq && eq)
		value_doubt(&fd, zq, eq);
	if (zq) {
		fd.has_zh = 1;
		fd.zh = *zq;
	}
	if (eq) {
		fd.has_en = 1;
		fd.en = *eq;
	}
	return zhen__findings_push(c->f, &fd);
}

int zhen__push(struct zhen__cmp *c, zhen_ftype type, zhen_severity sev,
               const zhen_quantity *zq, const zhen_quantity *eq)
{
	return push(c, type, sev, zq, eq, ZHEN_DOUBT_NONE);
}

/* Whether side @p s writes the value of word figure @p q in a figure a
 * rule already gave another partner: 二人组 … 两场胜利 ↔ "two victories …
 * four points" pairs 二 with "two", yet 两 may be the one "two" says and
 * 二 ("duo") the one left untranslated. */
static bool twin_taken(const struct zhen__side *s, const zhen_quantity *q)
{
	if (!zhen__is_words(q))
		return false;
	for (size_t k = 0; k < s->n; k++)
		if (s->used[k] && s->q[k].kind == q->kind &&
		    !zhen__dec_cmp(s->q[k].value, q->value))
			return true;
	return false;
}

/* Whether the rule's test would have taken another free partner for
 * either figure of the pair (i, j), or a number word's value was taken
 * on the other side by its twin: the pair was then one choice among
 * several. */
static bool other_partner(const struct zhen__cmp *c, const struct zhen__rule *r,
                          size_t i, size_t j)
{
	if (twin_taken(&c->en, &c->zh.q[i]) || twin_taken(&c->zh, &c->en.q[j]))
		return true;
	for (size_t k = 0; k < c->en.n; k++)
		if (k != j && !c->en.used[k] && r->match(&c->zh.q[i], &c->en.q[k]))
			return true;
	for (size_t k = 0; k < c->zh.n; k++)
		if (k != i && !c->zh.used[k] && r->match(&c->zh.q[k], &c->en.q[j]))
			return true;
	return false;
}

/* An error needs two figures paired with certainty. A different figure
 * (value) with a number word on either side (两, "four": often no figure,
 * or another figure's neighbour) is certain only when neither figure had
 * another partner to take, or both carry the same unit; otherwise the
 * finding is a warning. Digits on both sides are figures for sure. */
static bool crosswise(const struct zhen__cmp *c, const struct zhen__rule *r,
                      size_t i, size_t j)
{
	const zhen_quantity *a = &c->zh.q[i], *b = &c->en.q[j];

	return r->sev == ZHEN_SEV_ERROR && r->type == ZHEN_F_VALUE &&
	       (zhen__is_words(a) || zhen__is_words(b)) &&
	       !(a->unit[0] && !strcmp(a->unit, b->unit)) &&
	       other_partner(c, r, i, j);
}

/* Whether quantity @p i of side @p s repeats a figure of its side that a
 * rule paired: the same kind, value and unit (十九大 three times beside
 * "the 19th" twice; "(45 minutes)" after each of two clauses that
 * 以45分钟计 qualifies once). A translation writes a repeated figure as
 * often or as seldom as it likes, so a repeat left over may be no
 * translation of the figure it meets. */
static bool repeats_paired(const struct zhen__side *s, size_t i)
{
	const zhen_quantity *q = &s->q[i];
	for (size_t k = 0; k < s->n; k++)
		if (k != i && s->used[k] && s->q[k].kind == q->kind &&
		    !strcmp(s->q[k].unit, q->unit) &&
		    !zhen__dec_cmp(s->q[k].value, q->value))
			return true;
	return false;
}

/* Within a factor of two, as a slip of a digit or a day often is (2015
 * ↔ 2014, 10 ↔ 18, 4日 ↔ "November 5"); 十九 ↔ 100 and 1分钟 ↔ "45
 * minutes" are not. */
static bool slip_sized(const zhen_quantity *a, const zhen_quantity *b)
{
	double x = zhen__approx(a->value), y = zhen__approx(b->value);
	if (a->kind == ZHEN_Q_DATE || b->kind == ZHEN_Q_DATE)
		return true;
	return (x > 0 && y > 0 && x <= 2 * y && y <= 2 * x) ||
	       (x < 0 && y < 0 && x >= 2 * y && y >= 2 * x);
}

int zhen__push_value(struct zhen__cmp *c, zhen_ftype type, zhen_severity sev,
                     size_t i, size_t j)
{
	/* a repeat meeting a figure of another size is more likely a
	 * figure written fewer times beside one left unread than a slip */
	if (sev == ZHEN_SEV_ERROR && type == ZHEN_F_VALUE &&
	    !slip_sized(&c->zh.q[i], &c->en.q[j]) &&
	    (repeats_paired(&c->zh, i) || repeats_paired(&c->en, j)))
		return push(c, type, ZHEN_SEV_WARNING, &c->zh.q[i],
		            &c->en.q[j], ZHEN_DOUBT_REPEAT);
	return push(c, type, sev, &c->zh.q[i], &c->en.q[j], ZHEN_DOUBT_NONE);
}

int zhen__found_long(struct zhen__cmp *c, const struct zhen__rule *r,
                     size_t i, size_t j)
{
	return push(c, r->type, r->sev, &c->zh.q[i], &c->en.q[j],
	            ZHEN_DOUBT_LONG);
}

int zhen__found_pair(struct zhen__cmp *c, const struct zhen__rule *r,
                     size_t i, size_t j)
{
	if (crosswise(c, r, i, j))
		return push(c, r->type, ZHEN_SEV_WARNING, &c->zh.q[i],
		            &c->en.q[j], ZHEN_DOUBT_PAIRING);
	return zhen__push_value(c, r->type, r->sev, i, j);
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
		"unit", "missing", "extra", "series", "alignment", "moved",
		"untranslated" };
	return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "?";
}

const char *zhen_doubt_name(zhen_doubt d)
{
	switch (d) {
	case ZHEN_DOUBT_PAIRING: return "pairing";
	case ZHEN_DOUBT_DEFINITE: return "definite";
	case ZHEN_DOUBT_FIRST: return "first";
	case ZHEN_DOUBT_REMAINDER: return "remainder";
	case ZHEN_DOUBT_REPEAT: return "repeat";
	case ZHEN_DOUBT_LONG: return "long";
	case ZHEN_DOUBT_IN_PREVIOUS: return "in-previous";
	case ZHEN_DOUBT_IN_NEXT: return "in-next";
	default: return "";
	}
}

const char *zhen_severity_name(zhen_severity s)
{
	static const char *const names[] = { "info", "warning", "error" };
	return (unsigned)s < 3 ? names[s] : "?";
}
