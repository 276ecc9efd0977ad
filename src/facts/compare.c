/* compare.c: the conflicts between facts. Two facts are compared when
 * they have the same metric and period (a segment's never: it is not the
 * company's), figures by the interval their rounding and hedge allow;
 * two currencies only through a rate the documents or the user state. */
#include "facts_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Metrics of one family (operating and net loss) differ by the lines of
 * the accounts between them: finance costs, tax, fair-value changes, which
 * can move a loss by any factor (a loss swollen by revalued preferred
 * shares is many times its adjusted figure). No ratio parts such a gap
 * from an error, so a ratio is not the test: two metrics of one family
 * conflict only when the disagreement has a mechanism, the same digits
 * (within the figures' rounding) written in another currency or at
 * another power of ten (slip() below; bench/facts_family.py measured
 * both rules). */
/* A rate stated for other figures (another period, another document) is
 * only near the one that applies: rates move within a year by this
 * share. */
#define RATE_DRIFT 0.1

const char *zhen_conflict_type_name(zhen_conflict_type t)
{
	switch (t) {
	case ZHEN_CONFLICT_VALUE: return "value";
	case ZHEN_CONFLICT_MAGNITUDE: return "magnitude";
	case ZHEN_CONFLICT_RATE: return "rate";
	case ZHEN_CONFLICT_NO_RATE: return "no-rate";
	}
	return "unknown";
}

static bool has_code(const zhen_quantity *q, const char *code)
{
	const char *alt = q->currency_alt;
	size_t n = strlen(code);

	if (!n) /* no currency: no match, and strstr() would find "" forever */
		return false;
	if (!strcmp(q->currency, code))
		return true;
	/* 元 in Traditional text may be NT$, HK$ or RMB: any of them */
	for (const char *p = alt; (p = strstr(p, code)); p += n)
		if ((p == alt || p[-1] == ' ') && (p[n] == 0 || p[n] == ' '))
			return true;
	return false;
}

static bool same_currency(const zhen_quantity *a, const zhen_quantity *b)
{
	return has_code(a, b->currency) || has_code(b, a->currency);
}

/* The date a period ends, as YYYYMMDD, for choosing the user's rate: its
 * year's last month (December, or its end_month: H1 of the year to March
 * 2024 ends on 30 September 2023), less the months after the part. */
static long period_end(zhen_period p)
{
	static const int back[] = { 0, 6, 0, 9, 6, 3, 0 };
	static const int days[] = { 31, 28, 31, 30, 31, 30,
	                            31, 31, 30, 31, 30, 31 };
	long year = p.year;
	int month = p.end_month >= 1 && p.end_month <= 11 ? p.end_month : 12;

	month -= (unsigned)p.part < sizeof back / sizeof *back ? back[p.part] : 0;
	if (month < 1) {
		month += 12;
		year--;
	}
	return year * 10000 + month * 100 + days[month - 1];
}

static const zhen_rate *user_rate(const zhen_rates *u, const char *x,
                                  const char *y, zhen_period p)
{
	const zhen_rate *best = NULL;
	long end = period_end(p), gap = 0;

	for (size_t i = 0; u && i < u->n; i++) {
		const zhen_rate *r = &u->r[i];
		if (!((!strcmp(r->base, x) && !strcmp(r->quote, y)) ||
		      (!strcmp(r->base, y) && !strcmp(r->quote, x))))
			continue;
		long d = atol(r->date) * 10000 + atol(r->date + 5) * 100 +
		         atol(r->date + 8);
		long g = labs(d - end);
		if (!best || g < gap) {
			best = r;
			gap = g;
		}
	}
	return best;
}

static const zhen_rate *doc_rate(const zhen_facts *f, const char *x,
                                 const char *y)
{
	for (size_t i = 0; i < f->nrates; i++) {
		const zhen_rate *r = &f->rates[i];
		if ((!strcmp(r->base, x) && !strcmp(r->quote, y)) ||
		    (!strcmp(r->base, y) && !strcmp(r->quote, x)))
			return r;
	}
	return NULL;
}

/* @p lo..hi in currency @p from, converted at @p r into the other. */
static void convert(double *lo, double *hi, const zhen_rate *r,
                    const char *from, double drift)
{
	double rlo = r->lo * (1 - drift), rhi = r->hi * (1 + drift);
	if (!strcmp(from, r->base)) {
		*lo *= rlo;
		*hi *= rhi;
	} else {
		*lo /= rhi;
		*hi /= rlo;
	}
}

static double ratio_of(double a, double b)
{
	a = fabs(a);
	b = fabs(b);
	if (a == 0 || b == 0)
		return a == b ? 1 : INFINITY;
	return a > b ? a / b : b / a;
}

/* Apart by a power of ten, within the rounding of the figures. */
static bool power_of_ten(double ratio)
{
	double k = round(log10(ratio));
	return k >= 1 && fabs(ratio / pow(10, k) - 1) < 0.05;
}

/* The interval of |q| as a writer's digits allow: rounded (±half a unit
 * of its last digit) or cut (up to a whole unit more: 60.93億 written
 * 60億), wider with a hedge. */
static void digits_interval(const zhen_quantity *q, double *lo, double *hi)
{
	double unit = pow(10.0, q->precision), v = fabs(fx_value(q)), a, b;
	fx_interval(q, &a, &b);
	double half = (b - a) / 2; /* the rounding's, or the hedge's */
	*lo = v - half;
	*hi = v + fmax(half, unit);
}

/* The same digits at a power of ten (any for two currencies, not 0 for
 * one): a figure written in the wrong currency or magnitude. */
static bool slip(const zhen_quantity *a, const zhen_quantity *b,
                 bool currency)
{
	double alo, ahi, blo, bhi, va = fabs(fx_value(a)), vb = fabs(fx_value(b));

	if (va == 0 || vb == 0)
		return false;
	double k = round(log10(va / vb)), scale = pow(10, k);
	digits_interval(a, &alo, &ahi);
	digits_interval(b, &blo, &bhi);
	return (currency || k != 0) && alo <= bhi * scale &&
	       blo * scale <= ahi;
}

/* Where a figure and its conversion in brackets state the rate. */
static zhen_rate own_rate(const zhen_fact *x)
{
	zhen_rate r;
	memset(&r, 0, sizeof r);
	if (fx_rate_of(&r, &x->value, &x->conversion)) {
		r.doc = x->doc;
		r.line = x->line;
	}
	return r;
}

/* Compare a's figure (lo..hi in a's currency) with b's through a rate.
 * *out gets the rate and how far apart they are; false without a rate. */
static bool through_rate(zhen_conflict *out, const zhen_facts *f,
                         const zhen_rates *u, const zhen_fact *a,
                         const zhen_fact *b, bool *agree)
{
	const zhen_fact *own = NULL;
	const zhen_rate *r = NULL;
	double drift = 0;

	if (a->flags & ZHEN_FACT_CONVERTED &&
	    same_currency(&a->conversion, &b->value))
		own = a;
	else if (b->flags & ZHEN_FACT_CONVERTED &&
	         same_currency(&b->conversion, &a->value))
		own = b;
	if (own) {
		out->rate = own_rate(own);
	} else if ((r = user_rate(u, a->value.currency, b->value.currency,
	                          a->period)) ||
	           (r = doc_rate(f, a->value.currency, b->value.currency))) {
		out->rate = *r;
		drift = r->source == ZHEN_RATE_DOCUMENT ? RATE_DRIFT : 0;
	} else {
		return false;
	}
	double alo, ahi, blo, bhi;
	fx_interval(&a->value, &alo, &ahi);
	fx_interval(&b->value, &blo, &bhi);
	convert(&alo, &ahi, &out->rate, a->value.currency, drift);
	*agree = alo <= bhi && blo <= ahi;
	out->ratio = ratio_of((alo + ahi) / 2, fx_value(&b->value));
	return true;
}

/* The conflict between facts a and b, if any: true with *out set. */
static bool conflict(zhen_conflict *out, const zhen_facts *f,
                     const zhen_rates *u, const zhen_fact *a,
                     const zhen_fact *b)
{
	bool kin = strcmp(a->metric, b->metric) != 0, agree;
	double alo, ahi, blo, bhi;

	memset(out, 0, sizeof *out);
	if (a->value.kind != b->value.kind ||
	    (a->value.kind != ZHEN_Q_MONEY &&
	     strcmp(a->value.unit, b->value.unit)))
		return false;
	if (a->value.kind == ZHEN_Q_MONEY &&
	    !same_currency(&a->value, &b->value)) {
		if (!through_rate(out, f, u, a, b, &agree)) {
			out->type = ZHEN_CONFLICT_NO_RATE;
			out->severity = ZHEN_SEV_WARNING;
			return !kin;
		}
		out->type = ZHEN_CONFLICT_RATE;
		out->severity = ZHEN_SEV_ERROR;
		return !agree && (!kin || slip(&a->value, &b->value, true));
	}
	fx_interval(&a->value, &alo, &ahi);
	fx_interval(&b->value, &blo, &bhi);
	out->ratio = ratio_of(fx_value(&a->value), fx_value(&b->value));
	out->severity = ZHEN_SEV_ERROR;
	out->type = power_of_ten(out->ratio) ? ZHEN_CONFLICT_MAGNITUDE
	                                     : ZHEN_CONFLICT_VALUE;
	return !(alo <= bhi && blo <= ahi) &&
	       (!kin || slip(&a->value, &b->value, false));
}

/* The head of a family: its first metric in dicts/metrics.tsv (net_loss
 * of the losses). */
static const char *family_head(const struct fx_table *tab, const char *fam)
{
	for (size_t i = 0; i < tab->n; i++)
		if (tab->t[i].family && !strcmp(tab->t[i].family, fam))
			return tab->t[i].metric;
	return "";
}

/* Two facts about one company: the same name, or a name unread in one of
 * them, or both their documents' subjects named in two scripts (a
 * translation is about its original's company, 商湯 and SenseTime, and
 * nothing in the documents may link the names). Two names in one script
 * are two companies. */
bool zhen__facts_same_company(const zhen_fact *a, const zhen_fact *b)
{
	if (!a->company || !b->company || a->company == b->company)
		return true;
	bool la = (unsigned char)a->company[0] < 0x80,
	     lb = (unsigned char)b->company[0] < 0x80;
	return a->flags & b->flags & ZHEN_FACT_SUBJECT && la != lb;
}

/* Two facts of one period with the same metric; or of one family when one
 * of them is its head: a stray figure is compared with the line the
 * family is known by, not with every other line (operating loss with net
 * loss, not with adjusted net loss too: one error, one conflict). */
static bool comparable(const zhen_facts *f, const zhen_fact *a,
                       const zhen_fact *b)
{
	if ((a->flags | b->flags) & ZHEN_FACT_SEGMENT || !a->period.year ||
	    !zhen_period_equal(a->period, b->period) ||
	    !zhen__facts_same_company(a, b))
		return false;
	if (!strcmp(a->metric, b->metric))
		return true;
	if (strcmp(a->family, b->family))
		return false;
	const char *head = family_head(&f->tab, a->family);
	return !strcmp(a->metric, head) || !strcmp(b->metric, head);
}

static bool same_figure(const zhen_quantity *a, const zhen_quantity *b)
{
	return zhen__dec_eq(a->value, b->value) &&
	       !strcmp(a->currency, b->currency) && !strcmp(a->unit, b->unit);
}

static bool same_fact(const zhen_fact *p, const zhen_fact *a)
{
	return !strcmp(p->metric, a->metric) && same_figure(&p->value, &a->value);
}

/* An earlier conflict between the same two figures (either way round)
 * for the same metrics and period: a 48.26 against 48.62 said twice is
 * one disagreement to read, not two. */
static zhen_conflict *same_as(struct zhen_conflicts *c, const zhen_facts *f,
                              const zhen_conflict *x)
{
	const zhen_fact *a = &f->f[x->a], *b = &f->f[x->b];

	for (size_t i = 0; i < c->n; i++) {
		const zhen_fact *p = &f->f[c->c[i].a], *q = &f->f[c->c[i].b];
		if (!zhen_period_equal(p->period, a->period))
			continue;
		if ((same_fact(p, a) && same_fact(q, b)) ||
		    (same_fact(p, b) && same_fact(q, a)))
			return &c->c[i];
	}
	return NULL;
}

static int push(struct zhen_conflicts *c, const zhen_conflict *x)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		zhen_conflict *v = realloc(c->c, cap * sizeof *v);
		if (!v)
			return ZHEN_ENOMEM;
		c->c = v;
		c->cap = cap;
	}
	c->c[c->n++] = *x;
	return 0;
}

int zhen_facts_compare(zhen_conflicts **out, zhen_ctx *ctx,
                       const zhen_facts *f, const zhen_rates *user)
{
	struct zhen_conflicts *c;

	if (!out)
		return zhen__einval(ctx, __func__, "out is NULL");
	*out = NULL;
	if (!f)
		return zhen__einval(ctx, __func__, "f is NULL");
	if (!(c = calloc(1, sizeof *c)))
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < f->n; i++)
		for (size_t j = i + 1; j < f->n; j++) {
			zhen_conflict x;
			if (!comparable(f, &f->f[i], &f->f[j]) ||
			    !conflict(&x, f, user, &f->f[i], &f->f[j]))
				continue;
			x.a = i;
			x.b = j;
			zhen_conflict *same = same_as(c, f, &x);
			if (same) {
				same->repeats++;
				continue;
			}
			if (push(c, &x) < 0) {
				zhen_conflicts_free(c);
				return ZHEN_ENOMEM;
			}
		}
	*out = c;
	return 0;
}

void zhen_conflicts_free(zhen_conflicts *c)
{
	if (!c)
		return;
	free(c->c);
	free(c);
}

size_t zhen_conflicts_count(const zhen_conflicts *c)
{
	return c ? c->n : 0;
}

const zhen_conflict *zhen_conflicts_get(const zhen_conflicts *c, size_t i)
{
	return c && i < c->n ? &c->c[i] : NULL;
}
