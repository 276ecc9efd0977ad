/* rates.c: exchange rates, only as the documents state them (a figure and
 * its conversion in brackets) or as the user gives them (--rates FILE);
 * zhen never looks a rate up. Also the interval a figure's rounding and
 * hedge allow, through which figures and rates are compared. */
#include "facts_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A hedged figure (約, nearly, over) stands for anything within this
 * share of it: "nearly 1.1 billion" is no conflict with 1.04 billion. A
 * writer's hedge is looser than rounding but not by more. */
#define HEDGE_SHARE 0.1

double fx_value(const zhen_quantity *q)
{
	return (double)q->value.coef * pow(10.0, q->value.exp);
}

void fx_interval(const zhen_quantity *q, double *lo, double *hi)
{
	double v = fx_value(q);
	double half = 0.5 * pow(10.0, q->precision);
	double a = fabs(v);

	if (q->flags & (ZHEN_QF_APPROX | ZHEN_QF_VAGUE) && HEDGE_SHARE * a > half)
		half = HEDGE_SHARE * a;
	*lo = v - half;
	*hi = v + half;
}

int fx_push_rate(zhen_rate **v, size_t *n, size_t *cap, const zhen_rate *r)
{
	if (*n == *cap) {
		size_t c = *cap ? 2 * *cap : 8;
		zhen_rate *p = realloc(*v, c * sizeof *p);
		if (!p)
			return ZHEN_ENOMEM;
		*v = p;
		*cap = c;
	}
	(*v)[(*n)++] = *r;
	return 0;
}

bool fx_rate_of(zhen_rate *out, const zhen_quantity *a,
                const zhen_quantity *b)
{
	double alo, ahi, blo, bhi;

	if (a->kind != ZHEN_Q_MONEY || b->kind != ZHEN_Q_MONEY ||
	    !a->currency[0] || !b->currency[0] ||
	    !strcmp(a->currency, b->currency))
		return false;
	fx_interval(a, &alo, &ahi);
	fx_interval(b, &blo, &bhi);
	if (blo <= 0 || bhi <= 0 || alo <= 0 || fx_value(b) == 0)
		return false;
	memset(out, 0, sizeof *out);
	out->source = ZHEN_RATE_DOCUMENT;
	/* one of the bracketed currency is so many of the figure's */
	memcpy(out->base, b->currency, sizeof out->base);
	memcpy(out->quote, a->currency, sizeof out->quote);
	out->rate = fx_value(a) / fx_value(b);
	out->lo = alo / bhi;
	out->hi = ahi / blo;
	out->start = a->start;
	out->end = b->end;
	return true;
}

/* ---- the user's rates file ---- */

static bool parse_pair(zhen_rate *r, const char *s, size_t n)
{
	const char *slash = memchr(s, '/', n);
	size_t a = slash ? (size_t)(slash - s) : 0, b = n - a - 1;

	if (!slash || a < 3 || a > 7 || b < 3 || b > 7)
		return false;
	memcpy(r->base, s, a);
	r->base[a] = 0;
	memcpy(r->quote, slash + 1, b);
	r->quote[b] = 0;
	return true;
}

static bool parse_date(zhen_rate *r, const char *s, size_t n)
{
	if (n != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (size_t i = 0; i < n; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	memcpy(r->date, s, 10);
	r->date[10] = 0;
	return true;
}

/* The rate as written; its last digit's half is what it allows. */
static bool parse_rate(zhen_rate *r, const char *s, size_t n)
{
	zhen_decimal d;
	int32_t prec;

	if (!n || !zhen__dec_parse(&d, &prec, s, n) || d.coef <= 0)
		return false;
	r->rate = (double)d.coef * pow(10.0, d.exp);
	r->lo = r->rate - 0.5 * pow(10.0, prec);
	r->hi = r->rate + 0.5 * pow(10.0, prec);
	return r->lo > 0;
}

int zhen_rates_read(zhen_rates **out, zhen_ctx *ctx, const char *text,
                    size_t len)
{
	struct zhen__dict_iter it;
	zhen_rates *rs;

	if (!out)
		return zhen__einval(ctx, __func__, "out is NULL");
	*out = NULL;
	if (ZHEN__NO_BYTES(text, len))
		return zhen__einval(ctx, __func__, "text is NULL");
	if (!(rs = calloc(1, sizeof *rs)))
		return ZHEN_ENOMEM;
	zhen__dict_iter_init(&it, text ? text : "", len);
	while (zhen__dict_iter_next(&it)) {
		zhen_rate r;
		memset(&r, 0, sizeof r);
		r.source = ZHEN_RATE_USER;
		r.line = it.lineno;
		if (it.nfields != 3 || !parse_date(&r, it.field[0], it.flen[0]) ||
		    !parse_pair(&r, it.field[1], it.flen[1]) ||
		    !parse_rate(&r, it.field[2], it.flen[2])) {
			zhen_rates_free(rs);
			return zhen__fail_at(ctx, ZHEN_EINPUT, it.lineno, 0,
			                     "want DATE<TAB>BASE/QUOTE<TAB>RATE "
			                     "(2022-12-30\tUSD/CNY\t6.9646)");
		}
		if (fx_push_rate(&rs->r, &rs->n, &rs->cap, &r) < 0) {
			zhen_rates_free(rs);
			return ZHEN_ENOMEM;
		}
	}
	*out = rs;
	return 0;
}

void zhen_rates_free(zhen_rates *r)
{
	if (!r)
		return;
	free(r->r);
	free(r);
}
