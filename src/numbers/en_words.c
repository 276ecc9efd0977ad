/* numbers/en_words.c: English number words (one…ninety-nine, hundreds, spelled ordinals), "one" as a pronoun, fractions of a magnitude or unit. */
#include "reader.h"

/* English number words: one…ninety-nine, hundreds, spelled ordinals. */
bool nr_read_en_words(struct scan *sc, size_t i, struct num *out,
                      bool *ordinal)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const char *s = sc->s;
	size_t len = sc->len, p = i;
	int64_t cur = 0;
	int last = -1, nwords = 0;

	memset(out, 0, sizeof *out);
	*ordinal = false;
	out->a = out->b = i;
	while (p < len) {
		size_t w = p;
		const struct entry *e = NULL;
		while (w < len && is_alpha(s[w]))
			w++;
		const struct slot *x = NULL, *xe = NULL;
		if (w > p)
			x = slots_of(&t->hfirst, t->first,
			             key_first(s + p, w - p), -1, &xe);
		/* slots run longest first, then in table order */
		for (; x < xe && !e; x++) {
			const struct entry *c = &t->e[x->e];
			if (c->len == w - p && c->kind >= K_ONES &&
			    c->kind <= K_AND && c->kind != K_SUFFIX &&
			    c->kind != K_MONTHNAME && eq_ci(s + p, c->text, w - p))
				e = c;
		}
		if (!e)
			break;
		if (e->kind == K_ONES &&
		    (last == K_ONES || (last == K_TENS && e->val >= 10)))
			break;
		if (e->kind == K_TENS && (last == K_ONES || last == K_TENS))
			break;
		if (e->kind == K_HUNDRED && last != K_ONES && last != K_TENS)
			break;
		if (e->kind == K_AND && last != K_HUNDRED)
			break;
		if (e->kind == K_ORDWORD && (last == K_ONES || last == K_ORDWORD))
			break;
		if (e->kind == K_HUNDRED)
			cur *= 100;
		else
			cur += e->val;
		last = e->kind;
		if (e->kind != K_AND) {
			out->b = w;
			nwords++;
		}
		if (e->kind == K_ORDWORD) {
			*ordinal = true;
			break;
		}
		if (w + 1 < len && (s[w] == ' ' || s[w] == '-') &&
		    is_alpha(s[w + 1]))
			p = w + 1;
		else
			break;
	}
	if (!nwords)
		return false;
	out->v = zhen__dec(cur, 0);
	out->ncp = nwords;
	return true;
}

/* "one" as a pronoun: no one, the one, one of them. */
bool nr_pronoun_one(struct scan *sc, const struct num *n)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const char *s = sc->s;
	size_t w;

	if (n->ncp != 1 || n->v.coef != 1 || n->v.exp)
		return false;
	if (n->a > 1 && s[n->a - 1] == ' ' &&
	    nr_match_back(t, s, n->a - 1, sc->lo, ZHEN_LANG_EN, 0, K_PRONB))
		return true;
	w = nr_sp(s, sc->len, n->b);
	return w != n->b &&
	       match_fwd(t, s, sc->len, w, ZHEN_LANG_EN, 0, K_PRONA) != NULL;
}

/* A fraction word of a magnitude or a unit (half a million, a quarter
 * of a percentage point, a quarter-point cut): @p q (the fraction, read
 * up to @p ke) scaled or given the unit. The end, or @p ke when nothing
 * follows. */
size_t nr_fraction_of(struct scan *sc, size_t ke, zhen_quantity *q)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, k;
	const struct entry *e;

	bool glued = false; /* a quarter-point, "a quarter point": points only */
	if (ke + 3 < len && !memcmp(s + ke, " a ", 3))
		k = ke + 3;
	else if (ke + 6 < len && !memcmp(s + ke, " of a ", 6))
		k = ke + 6;
	else if (ke + 1 < len && (s[ke] == '-' || s[ke] == ' ') &&
	         is_alpha(s[ke + 1]))
		k = ke + 1, glued = true;
	else
		return ke;
	if ((e = match_fwd(&d->t[TB_MAG], s, len, k, ZHEN_LANG_EN, 0, -1)) &&
	    (e->pos & ATT_WORD)) {
		bool strong = false;
		q->value = zhen__dec_scale(q->value, e->val);
		q->flags |= ZHEN_QF_MAGNITUDE;
		q->precision = q->value.exp;
		/* half a billion dollars */
		return nr_post_context(sc, k + e->len, q, false, &strong);
	} else if ((e = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN, 0,
	                          K_TIMES))) {
		/* half a dozen */
		zhen__dec_mul(&q->value, q->value, zhen__dec(e->val, 0));
	} else if ((e = match_fwd(&d->t[TB_UNIT], s, len, k, ZHEN_LANG_EN, 0,
	                          -1)) &&
	           /* a quarter-point, but "half-year" is a period */
	           (!glued || e->kind == U_POINTS || e->kind == U_BP ||
	            !strcmp(e->code, "pt"))) {
		if (e->kind == U_PERCENT)
			q->kind = ZHEN_Q_PERCENT;
		else if (e->kind == U_POINTS)
			q->kind = ZHEN_Q_POINTS;
		else if (e->kind == U_BP) {
			q->kind = ZHEN_Q_POINTS;
			q->value = zhen__dec_scale(q->value, -2);
		} else if (e->kind == U_MEASURE)
			nr_set_code(q->unit, sizeof q->unit, e->code);
		else
			return ke;
	} else {
		return ke;
	}
	q->precision = q->value.exp;
	return k + e->len;
}
