/* numbers/hedges.c: words before or after a figure that change how it reads:
 * signs (minus, below zero), hedges (近, 逾, 数), growth and decline, 前, scores. */
#include "reader.h"

/* The typographic minus U+2212 right before the figure at @p p (−5%,
 * as financial reports set it), not inside a word: its length, or 0.
 * Unicode folding is not the place: NFKC leaves U+2212 alone too. */
size_t nr_minus_sign(const struct scan *sc, size_t p)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	if (p < sc->lo + 3 || u[p - 3] != 0xE2 || u[p - 2] != 0x88 ||
	    u[p - 1] != 0x92)
		return 0;
	return p - 3 == sc->lo || !is_alnum(sc->s[p - 4]) ? 3 : 0;
}

/* The word "minus" (dicts kind neg, value 0) and a space right before the
 * figure at @p a, as a sign: not the operator of "10 minus 5" (a figure
 * before it) nor "plus or minus 3%". Its entry, or NULL. */
const struct entry *nr_minus_word(const struct scan *sc, size_t a)
{
	const char *s = sc->s;
	const struct entry *ng;
	if (a < sc->lo + 2 || s[a - 1] != ' ' ||
	    !(ng = nr_match_back(&sc->d->t[TB_ENW], s, a - 1, sc->lo,
	                         ZHEN_LANG_EN, 0, K_NEG)) || ng->val != 0)
		return NULL;
	size_t w = a - 1 - ng->len;
	if (w > sc->lo && is_alnum(s[w - 1]))
		return NULL;
	/* the operand before may be the figure just read: look past lo */
	while (w > 0 && s[w - 1] == ' ')
		w--;
	if (w > 0 && is_digit(s[w - 1]))
		return NULL;
	if (w >= 2 && eq_ci(s + w - 2, "or", 2) &&
	    (w == 2 || !is_alnum(s[w - 3])))
		return NULL;
	return ng;
}

/* "degrees below zero", "below freezing" after the figure ending at @p j
 * (dicts kind neg: value 2 the words that may come between, value 1 the
 * phrase): where it ends, or 0. */
size_t nr_below_zero(const struct scan *sc, size_t j)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const struct entry *e;
	size_t k = j;
	for (int words = 0; words < 3; words++) {
		if (k + 1 >= sc->len || sc->s[k] != ' ' ||
		    !(e = match_fwd(t, sc->s, sc->len, k + 1, ZHEN_LANG_EN, 0,
		                    K_NEG)))
			return 0;
		size_t end = k + 1 + e->len;
		if (end < sc->len && is_alnum(sc->s[end]))
			return 0;
		if (e->val == 1)
			return end;
		if (e->val != 2)
			return 0;
		k = end;
	}
	return 0;
}

/* 数/數 just before @p p: 数亿 is some hundreds of millions, a band from
 * 10^8 as 数千 is from 1000, where 亿 alone (亿元) is no figure. */
bool nr_vague_before(struct scan *sc, size_t p)
{
	if (p > sc->lo && sc->s[p - 1] == ' ')
		p--;
	return nr_match_back(&sc->d->t[TB_ZHNUM], sc->s, p, sc->lo, LANG_ANY, 0,
	                     K_VAGUE) != NULL;
}

/* A hedge just before a bare magnitude or 百/千 at @p p (超过亿元, 上万人,
 * 逾百万, 过亿): it makes one of that magnitude a figure, as 数 makes a
 * band of it. NULL when there is none, or the word before is one that
 * only ends in a hedge (不过万一). */
const struct entry *nr_hedge_before(struct scan *sc, size_t p)
{
	if (p > sc->lo && sc->s[p - 1] == ' ')
		p--;
	const struct entry *ap = nr_match_back(&sc->d->t[TB_APPROX], sc->s, p,
	                                       sc->lo, ZHEN_LANG_ZH, 0, -1);
	return ap && (ap->pos & (POS_PRE | POS_MAG)) &&
	               !(ap->pos & POS_BAND) ? ap : NULL;
}

/* A word of growth or of decline before the figure at @p a, over a
 * hedge, "by"/"of" or 了 and spaces (增长了超过 1.5 倍, "fell by about
 * 12%", "a net loss of RMB 350 million"; "fell to 12%" names a level):
 * ZHEN_QF_INCREASE, ZHEN_QF_DECREASE or 0. */
unsigned nr_movement_before(struct scan *sc, size_t a)
{
	const struct table *t = &sc->d->t[TB_APPROX];
	const struct entry *e;
	const char *s = sc->s;
	size_t k = a;
	bool en = sc->lang == ZHEN_LANG_EN;
	if (k > sc->lo && s[k - 1] == ' ')
		k--;
	if ((e = nr_match_back(t, s, k, sc->lo, sc->lang, POS_PRE, -1))) {
		k -= e->len;
		if (k > sc->lo && s[k - 1] == ' ')
			k--;
	}
	if (en && k >= sc->lo + 3 && s[k - 3] == ' ' &&
	    (eq_ci(s + k - 2, "by", 2) || eq_ci(s + k - 2, "of", 2)))
		k -= 3;
	else if (!en && k >= sc->lo + 3 && !memcmp(s + k - 3, "了", 3))
		k -= 3;
	if (nr_match_back(t, s, k, sc->lo, sc->lang, POS_INCR, -1))
		return ZHEN_QF_INCREASE;
	if (nr_match_back(t, s, k, sc->lo, sc->lang, POS_DECR, -1))
		return ZHEN_QF_DECREASE;
	return 0;
}

/* 前 (dicts kind first) right before @p a: 前三季度 is the first three. */
bool nr_first_before(struct scan *sc, size_t a)
{
	const struct entry *e = nr_match_back(&sc->d->t[TB_ZHNUM], sc->s, a,
	                                      sc->lo, LANG_ANY, 0, K_ZCTX);
	return e && e->val == ZC_FIRST;
}

/* A score word (比) right before @p a with a numeral before it: 五比三's
 * 三 is a figure. */
bool nr_score_before(struct scan *sc, size_t a)
{
	const struct table *zt = &sc->d->t[TB_ZHNUM];
	const struct entry *se = nr_match_back(zt, sc->s, a, sc->lo, LANG_ANY, 0,
	                                       K_ZCTX);
	if (!se || se->val != ZC_SCORE || a - se->len < sc->lo)
		return false;
	size_t b = a - se->len;
	/* the figure before it was read, ending where look-back stops: a
	 * bare figure (not 5%比三大股指: 三 there is of 三大) */
	if (b == sc->lo) {
		const zhen_quantity *l = sc->out->n ? &sc->out->q[sc->out->n - 1]
		                                    : NULL;
		return l && l->kind == ZHEN_Q_NUMBER && !l->unit[0] &&
		       !l->currency[0];
	}
	if (is_digit(sc->s[b - 1]))
		return true;
	size_t c = b - 1;
	while (c > sc->lo && ((unsigned char)sc->s[c] & 0xC0) == 0x80)
		c--;
	const struct entry *e = nr_zh_char(sc->d, sc->s, sc->len, c);
	return e && e->kind == K_DIGIT && c + e->len == b;
}
