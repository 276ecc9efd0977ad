/* numbers/zh_percent.c: Chinese parts of a whole: fractions (三分之一,
 * 亿分之一), tenths (三成) and discounts (八折, 八五折). Percentages
 * written 百分之 are read by zh_figure.c's prefix. */
#include "reader.h"

/* 亿分之一: one in a hundred million (a magnitude or unit, 分之, a
 * numeral), at f->p before any numeral is read */
int nr_zh_per_magnitude(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, p = f->p;
	const struct entry *e = nr_zh_char(d, s, len, p);
	const struct entry *fr = e ? match_fwd(&d->t[TB_ZHNUM], s, len,
	                                       p + e->len, LANG_ANY, 0,
	                                       K_FRACTION) : NULL;
	struct num nu;
	zhen_quantity q;

	if (!fr || f->prefix >= 0 || (e->kind != K_MAG && e->kind != K_UNIT) ||
	    !nr_read_zh(d, s, len, p + e->len + fr->len, &nu) || nu.mag)
		return NR_NONE;
	memset(&q, 0, sizeof q);
	q.kind = ZHEN_Q_NUMBER;
	q.value = nr_fraction_value(nu.v, zhen__dec(1, e->val));
	q.precision = q.value.exp;
	q.flags = nu.digits ? 0 : ZHEN_QF_WORDS;
	*next = nu.b;
	return nr_emit(sc, p, nu.b, &q);
}

/* 三分之一, 4分之3: a numeral, 分之, a numeral */
int nr_zh_fraction(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len;
	const struct num *n = &f->n;
	const struct entry *fr;
	struct num nu;
	zhen_quantity q;

	if (f->prefix >= 0 ||
	    !(fr = match_fwd(&d->t[TB_ZHNUM], s, len, n->b, LANG_ANY, 0,
	                     K_FRACTION)) ||
	    n->mag || n->frac || !nr_read_zh(d, s, len, n->b + fr->len, &nu) ||
	    nu.mag)
		return NR_NONE;
	memset(&q, 0, sizeof q);
	q.kind = ZHEN_Q_NUMBER;
	q.value = nr_fraction_value(nu.v, n->v);
	q.precision = -6;
	q.flags = !n->digits && !nu.digits ? ZHEN_QF_WORDS : 0;
	*next = nu.b;
	return nr_emit(sc, f->p, nu.b, &q);
}

/* 三成五 = 35%: a digit after 成 is the next place (八五折 writes it
 * before); its value, with *xe moved past it, or -1. */
static int tenths_digit(struct scan *sc, const struct fig *f, size_t *xe)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len;
	const struct entry *d2 = nr_zh_char(d, s, len, *xe);

	if (d2 && d2->kind == K_DIGIT && d2->val >= 1 && f->n.ncp == 1 &&
	    nr_tail_at(d, s, len, *xe + d2->len) &&
	    !nr_zh_char(d, s, len, *xe + d2->len) &&
	    !nr_unit_word_at(d, s, len, *xe + d2->len)) {
		*xe += d2->len;
		return (int)d2->val;
	}
	return -1;
}

/* 三成 = 30%; 八折 = 20% off, 八五折 = 15% off */
int nr_zh_tenths(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct table *zt = &d->t[TB_ZHNUM];
	const char *s = sc->s;
	size_t len = sc->len, b = f->b;
	const struct num *n = &f->n;
	zhen_quantity q;

	if (f->prefix >= 0 || n->mag || b >= len)
		return NR_NONE;
	const struct entry *te = match_fwd(zt, s, len, b, LANG_ANY, 0,
	                                   K_TENTHS);
	const struct entry *de = te ? NULL :
		match_fwd(zt, s, len, b, LANG_ANY, 0, K_DISCOUNT);
	const struct entry *x = te ? te : de;
	bool pre_da = de && nr_match_back(zt, s, f->p, sc->lo, LANG_ANY, 0,
	                                  K_DISCPRE);
	zhen_decimal ten = { 1, 1 }, pct = n->v;
	if (n->direct && n->ncp == 2)
		pct = zhen__dec_scale(n->v, -1);
	/* 一折 (90% off) comes with 打; alone it is one fold (一摺,
	 * which t2s writes 一折) */
	bool one_fold = de && zhen__dec_eq(pct, zhen__dec(1, 0));
	size_t xe = x ? b + x->len : b;
	int d2v = te ? tenths_digit(sc, f, &xe) : -1;
	if (!x || zhen__dec_cmp(pct, ten) > 0 || pct.coef <= 0 ||
	    !(pre_da || d2v > 0 ||
	      (!one_fold && nr_tail_at(d, s, len, b + x->len))))
		return NR_NONE;
	memset(&q, 0, sizeof q);
	q.kind = ZHEN_Q_PERCENT;
	q.flags = f->words ? ZHEN_QF_WORDS : 0;
	zhen__dec_mul(&q.value, pct, ten);
	q.precision = n->prec + 1;
	if (d2v > 0) {
		zhen__dec_add(&q.value, q.value, zhen__dec(d2v, 0));
		q.precision = 0;
	}
	if (de) {
		zhen_decimal off;
		zhen__dec_add(&off, zhen__dec(100, 0),
		              zhen__dec(-q.value.coef, q.value.exp));
		q.value = off;
		nr_set_code(q.unit, sizeof q.unit, ZHEN_UNIT_OFF);
	}
	*next = xe;
	return nr_emit(sc, f->a, xe, &q);
}
