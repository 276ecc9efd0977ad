/* numbers/en_words.c: English number words (one…ninety-nine, hundreds, spelled
 * ordinals), "one" as a pronoun, fractions of a magnitude or unit. */
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
	const struct entry *e = w == n->b ? NULL :
		match_fwd(t, s, sc->len, w, ZHEN_LANG_EN, 0, K_PRONA);
	return e && !e->val;
}

/* second-tier, third-party, first-class: an ordinal or fraction, a hyphen
 * and a word of pronoun-after value 1 make a name, no figure; its end, or
 * 0. */
static size_t ordinal_name(struct scan *sc, size_t b)
{
	const struct entry *e;

	if (b + 1 >= sc->len || sc->s[b] != '-' ||
	    !(e = match_fwd(&sc->d->t[TB_ENW], sc->s, sc->len, b + 1,
	                    ZHEN_LANG_EN, 0, K_PRONA)) || e->val != 1)
		return 0;
	return b + 1 + e->len;
}

/* Whether the number word @p x, ending at @p ke, is a figure there: any
 * word but one that is most often a noun (score), which is one only before
 * its next word (x->code: "of") and a word that starts nothing the reader
 * reads: no number word or article, no digit (a score of 95), no hedge (a
 * score of about 90), no determiner (the scores of the two sides; the
 * words that make "one" a pronoun are the dictionary's determiners). So
 * "the 2-1 score" is no 1 x 20, as "2 dozen" is 24. */
static bool word_counts(struct scan *sc, const struct entry *x, size_t ke)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct table *t = &d->t[TB_ENW];
	const char *s = sc->s;
	size_t len = sc->len, n = strlen(x->code), k = ke + 1, e;

	if (!n)
		return true;
	if (k + n + 1 >= len || s[ke] != ' ' || !eq_ci(s + k, x->code, n) ||
	    s[k + n] != ' ')
		return false;
	k += n + 1;
	for (e = k; e < len && is_alpha(s[e]); e++)
		;
	return e > k && !(nr_lead_kinds(t, s + k, e - k) & EN_START) &&
	       !match_fwd(t, s, len, k, ZHEN_LANG_EN, 0, K_PRONB) &&
	       !match_fwd(&d->t[TB_APPROX], s, len, k, ZHEN_LANG_EN, POS_PRE,
	                  -1);
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
	                          K_TIMES)) && word_counts(sc, e, k + e->len)) {
		/* half a dozen */
		zhen__dec_mul(&q->value, q->value, zhen__dec(e->val, 0));
	} else if ((e = match_fwd(&d->t[TB_UNIT], s, len, k, ZHEN_LANG_EN, 0,
	                          -1)) &&
	           /* a quarter-point, but "half-year" is a period */
	           (!glued || e->kind == U_POINTS || e->kind == U_BP ||
	            !strcmp(e->code, ZHEN_UNIT_POINT))) {
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

/* doubled, threefold: a factor (not double-digit) */
int nr_en_factor(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, w = f->w;
	const struct entry *x = !(f->lk & 1ull << K_ENMULT) ? NULL :
		match_fwd(&sc->d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
		          K_ENMULT);
	zhen_quantity mq;

	(void)next;
	if (!x || i + x->len != w || (w < len && s[w] == '-'))
		return NR_NONE;
	memset(&mq, 0, sizeof mq);
	mq.kind = ZHEN_Q_NUMBER;
	mq.value = zhen__dec(x->val, 0);
	mq.flags = ZHEN_QF_WORDS;
	nr_set_code(mq.unit, sizeof mq.unit, ZHEN_UNIT_TIMES);
	return nr_emit(sc, i, w, &mq);
}

/* half a million, half a percentage point; half of them, fell by half */
int nr_en_half(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, w = f->w;
	const struct entry *x = !(f->lk & 1ull << K_DENOM) ? NULL :
		match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
		          K_DENOM);
	zhen_quantity hq;

	if (!x || i + x->len != w || x->val != 2)
		return NR_NONE;
	memset(&hq, 0, sizeof hq);
	hq.kind = ZHEN_Q_NUMBER;
	hq.value = zhen__dec(5, -1);
	hq.flags = ZHEN_QF_WORDS;
	size_t he = nr_fraction_of(sc, w, &hq);
	if (he != w) {
		*next = he;
		return nr_emit(sc, i, he, &hq);
	}
	/* half of them, half the staff, fell by half: a
	 * fraction (一半); "half-time", "and a half" are not */
	static const char *const after[] = { " of ", " the ",
	                                     " its ", " their " };
	/* ... and only where it starts the phrase: "the
	 * eastern half of the island" is a part, no figure */
	bool by = i >= sc->lo + 3 && eq_ci(s + i - 3, "by ", 3) &&
	          (i == sc->lo + 3 || !is_alpha(s[i - 4]));
	bool frac = by;
	for (size_t k = 0; !frac && k < 4; k++)
		frac = w + strlen(after[k]) <= len &&
		       eq_ci(s + w, after[k], strlen(after[k]));
	bool hedged = i > sc->lo + 1 && s[i - 1] == ' ' &&
	              nr_match_back(&d->t[TB_APPROX], s, i - 1,
	                            sc->lo, ZHEN_LANG_EN, POS_PRE,
	                            -1);
	bool lead = by || hedged || i == sc->lo ||
	            s[i - 1] != ' ' || i < sc->lo + 2 ||
	            !is_alpha(s[i - 2]);
	if (hedged)
		hq.flags |= ZHEN_QF_APPROX;
	if (frac && lead) {
		*next = w;
		return nr_emit(sc, i, w, &hq);
	}
	return NR_NONE;
}

/* a score of people, scores of protesters: a number word that is most
 * often a noun (the score of 3-1, test scores) is a figure only before its
 * next word and a noun (dicts/en_number_words.tsv). Then this answers
 * NR_NONE, and nr_en_article() reads "a score" as it reads "a dozen",
 * nr_en_vague() "scores" as "dozens"; else it passes over the word, so
 * that neither sees it. Tried before both. */
int nr_en_noun_word(struct scan *sc, struct fig *f, size_t *next)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, w = f->w, k = i;
	const struct entry *x = NULL, *a;
	bool noun = false;

	if ((f->lk & 1ull << K_ARTICLE) && w + 1 < len && s[w] == ' ' &&
	    (a = match_fwd(t, s, len, i, ZHEN_LANG_EN, 0, K_ARTICLE)) &&
	    i + a->len == w) {
		/* a score: the count after an article, as a dozen */
		k = w + 1;
		x = match_fwd(t, s, len, k, ZHEN_LANG_EN, 0, K_TIMES);
	} else if (f->lk & 1ull << K_VAGUE) {
		x = match_fwd(t, s, len, i, ZHEN_LANG_EN, 0, K_VAGUE);
		/* "the scores of the teams": a determiner makes it a noun */
		noun = x && x->code[0] && i > sc->lo + 1 && s[i - 1] == ' ' &&
		       nr_match_back(t, s, i - 1, sc->lo, ZHEN_LANG_EN, 0,
		                     K_PRONB);
	}
	if (!x || !x->code[0])
		return NR_NONE;
	if (!noun && word_counts(sc, x, k + x->len))
		return NR_NONE;
	*next = k + x->len;
	return 0;
}

/* dozens: about two dozen or more, a band; thousands, millions: at least
 * one, as 数千 and 数百万 read */
int nr_en_vague(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, w = f->w;
	const struct entry *x = !(f->lk & 1ull << K_VAGUE) ? NULL :
		match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
		          K_VAGUE);

	/* "thousands and thousands" is one vague figure, said twice */
	if (x && i + x->len == w && i >= x->len + 5 &&
	    !memcmp(s + i - 5, " and ", 5) &&
	    eq_ci(s + i - 5 - x->len, x->text, x->len) &&
	    (i == x->len + 5 || !is_alnum(s[i - 6 - x->len])))
		return 0;
	if (!x || i + x->len != w)
		return NR_NONE;
	zhen_quantity vq;
	zhen_decimal v = zhen__dec(x->val, 0), vv;
	size_t k = w + 4, ke = k;
	const struct entry *y2;
	memset(&vq, 0, sizeof vq);
	/* hundreds of thousands: one band (10^5, 数十万),
	 * not two figures */
	while (ke < len && is_alpha(s[ke]))
		ke++;
	if (k < len &&
	    !memcmp(s + w, " of ", 4) &&
	    (y2 = match_fwd(&d->t[TB_ENW], s, len, k,
	                    ZHEN_LANG_EN, 0, K_VAGUE)) &&
	    k + y2->len == ke && y2->val > x->val &&
	    zhen__dec_mul(&vv, v, zhen__dec(y2->val, 0))) {
		v = vv;
		w = ke;
		*next = ke;
	}
	/* billions of US dollars: the band is the amount, as
	 * in 数十亿美元 (not "thousands of pounds", a weight
	 * as often) */
	const struct entry *un;
	k = w + 4;
	if (k < len && !memcmp(s + w, " of ", 4) &&
	    (y2 = match_fwd(&d->t[TB_CUR], s, len, k, sc->lang,
	                    POS_POST, -1)) &&
	    !((un = match_fwd(&d->t[TB_UNIT], s, len, k,
	                      sc->lang, 0, -1)) &&
	      un->len >= y2->len)) {
		nr_set_currency(sc, &vq, y2);
		w = k + y2->len;
		*next = w;
	}
	vq.value = v;
	vq.precision = 1;
	vq.flags |= ZHEN_QF_WORDS | ZHEN_QF_APPROX | ZHEN_QF_VAGUE;
	return nr_emit(sc, i, w, &vq);
}

/* "a couple (of thousand)": about two, a word never paired with another
 * figure; "a couple of thousand staff": the band is the thousands, as
 * 数千 reads. @p ke is the end of "couple", moved past "of thousand". */
static void article_vague(struct scan *sc, struct fig *f,
                          const struct entry *y2, size_t *ke)
{
	const char *s = sc->s;
	size_t len = sc->len;
	const struct entry *mg;
	size_t mk = *ke + 4, mke = mk;

	f->n.v = zhen__dec(y2->val, 0);
	f->n.approx = f->n.vague = true;
	while (mke < len && is_alpha(s[mke]))
		mke++;
	if (mk < len && !memcmp(s + *ke, " of ", 4) &&
	    (mg = match_fwd(&sc->d->t[TB_MAG], s, len, mk,
	                    ZHEN_LANG_EN, 0, -1)) &&
	    (mg->pos & ATT_WORD) && mk + mg->len == mke) {
		f->magexp = mg->val;
		*ke = mke;
	}
}

/* "a hundred" (and twenty): 100, or 120 as "one hundred and twenty"
 * reads; @p ke is moved to the end of what is read. */
static void article_hundred(struct scan *sc, struct fig *f, size_t *ke)
{
	const char *s = sc->s;
	size_t len = sc->len, t = *ke + 1;
	struct num r;
	bool ro;

	f->n.v = zhen__dec(1, 2);
	f->n.prec = 2;
	if (t + 4 < len && s[*ke] == ' ' && eq_ci(s + t, "and ", 4))
		t += 4;
	if (t < len && s[*ke] == ' ' && is_alpha(s[t]) &&
	    nr_read_en_words(sc, t, &r, &ro) && !ro &&
	    zhen__dec_cmp(r.v, zhen__dec(1, 2)) < 0 && r.v.coef > 0) {
		zhen__dec_add(&f->n.v, f->n.v, r.v);
		f->n.prec = 0;
		*ke = r.b;
	}
}

/* "a third" after "a" (at @p k to @p ke): the ordinal before a noun ("a
 * third time", "a fifth straight session"), else a fraction ("a third
 * of", "a third.", a third of a unit, "a third more"). */
static int article_third(struct scan *sc, struct fig *f,
                         const struct entry *y2, size_t k, size_t ke,
                         size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, nw = ke + 1;
	const struct entry *ow;
	zhen_quantity fq;

	if ((nw = ordinal_name(sc, ke))) {
		/* a third-party app: no figure */
		*next = nw;
		return 0;
	}
	nw = ke + 1;
	memset(&fq, 0, sizeof fq);
	if (ke + 1 < len && s[ke] == ' ' && is_alpha(s[nw]) &&
	    !(nw + 2 <= len && eq_ci(s + nw, "of", 2) &&
	      (nw + 2 == len || !is_alpha(s[nw + 2]))) &&
	    !match_fwd(&d->t[TB_MAG], s, len, nw, ZHEN_LANG_EN, 0, -1) &&
	    !match_fwd(&d->t[TB_UNIT], s, len, nw, ZHEN_LANG_EN, 0, -1) &&
	    /* "a third more": a fraction */
	    !match_fwd(&d->t[TB_APPROX], s, len, nw, ZHEN_LANG_EN,
	               POS_CMP, -1) &&
	    (ow = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN, 0,
	                    K_ORDWORD)) &&
	    k + ow->len == ke) {
		fq.kind = ZHEN_Q_ORDINAL;
		fq.value = zhen__dec(ow->val, 0);
		fq.flags = ZHEN_QF_WORDS;
		*next = ke;
		return nr_emit(sc, k, ke, &fq);
	}
	fq.kind = ZHEN_Q_NUMBER;
	fq.value = nr_fraction_value(zhen__dec(1, 0), zhen__dec(y2->val, 0));
	fq.precision = -6;
	fq.flags = ZHEN_QF_WORDS;
	ke = nr_fraction_of(sc, ke, &fq);
	*next = ke;
	return nr_emit(sc, f->i, ke, &fq);
}

/* a hundred, a million, a dozen, a couple, a third: the article and the
 * word after it. A figure for the tail, or a fraction or ordinal read
 * here. */
int nr_en_article(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, w = f->w;
	const struct entry *x = !(f->lk & 1ull << K_ARTICLE) ? NULL :
		match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
		          K_ARTICLE);
	const struct entry *y2;

	if (!x || i + x->len != w || w + 1 >= len || s[w] != ' ')
		return NR_NONE;
	size_t k = w + 1, ke = k;
	while (ke < len && is_alpha(s[ke]))
		ke++;
	memset(&f->n, 0, sizeof f->n);
	f->n.a = i;
	f->n.v = zhen__dec(1, 0);
	if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN,
	                    0, K_HUNDRED)) && k + y2->len == ke) {
		article_hundred(sc, f, &ke);
	} else if ((y2 = match_fwd(&d->t[TB_MAG], s, len, k,
	                           ZHEN_LANG_EN, 0, -1)) &&
	           (y2->pos & ATT_WORD) && k + y2->len == ke) {
		f->magexp = y2->val;
	} else if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k,
	                           ZHEN_LANG_EN, 0, K_TIMES)) &&
	           k + y2->len == ke) {
		f->n.v = zhen__dec(y2->val, 0);
	} else if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k,
	                           ZHEN_LANG_EN, 0, K_VAGUE)) &&
	           k + y2->len == ke) {
		article_vague(sc, f, y2, &ke);
	} else if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k,
	                           ZHEN_LANG_EN, 0, K_DENOM)) &&
	           k + y2->len == ke) {
		return article_third(sc, f, y2, k, ke, next);
	} else {
		return 0;
	}
	f->n.b = f->j = ke;
	f->n.ncp = 2;
	f->words = true;
	return NR_FIGURE;
}

/* one, twenty-three, the first: number words (the last construction of a
 * word: what it does not read is no figure) */
int nr_en_number_words(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len;
	const uint64_t wk = 1ull << K_ONES | 1ull << K_TENS |
	                    1ull << K_HUNDRED | 1ull << K_ORDWORD |
	                    1ull << K_AND;
	struct num *n = &f->n;

	/* "the first half" is a period, not "the one"; nor is "the first
	 * day of the first lunar month" */
	int64_t m;
	bool lun;
	if (!(f->lk & wk) || !nr_read_en_words(sc, f->i, n, &f->ordinal) ||
	    (nr_pronoun_one(sc, n) &&
	     !(f->ordinal && n->b + 1 < len &&
	       (s[n->b] == ' ' || s[n->b] == '-') &&
	       match_fwd(&sc->d->t[TB_ENW], s, len, n->b + 1,
	                 ZHEN_LANG_EN, 0, K_PERIOD)) &&
	     !(f->ordinal && nr_en_day_of_tail(sc, n->b, &m, &lun))))
		return 0;
	size_t nm = f->ordinal ? ordinal_name(sc, n->b) : 0;
	if (nm) {
		*next = nm;
		return 0;
	}
	f->words = true;
	f->j = n->b;
	return NR_FIGURE;
}

/* A word after number words: two dozen, two decades (a multiple); the
 * first three quarters (a count of them); two-thirds, three quarters (of a
 * percentage point): a fraction, read here. */
int nr_en_words_after(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, j = f->j;
	struct num *n = &f->n;
	const struct entry *x;
	int64_t small;

	if (f->q.unit[0] || f->ordinal || f->magexp >= 0 || j + 1 >= len ||
	    (s[j] != ' ' && s[j] != '-') || !is_alpha(s[j + 1]))
		return NR_NONE;
	size_t k = j + 1, ke = k;
	while (ke < len && is_alpha(s[ke]))
		ke++;
	if ((x = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN, 0,
	                   K_TIMES)) && k + x->len == ke &&
	    word_counts(sc, x, ke)) {
		zhen_decimal m;
		if (zhen__dec_mul(&m, n->v, zhen__dec(x->val, 0))) {
			n->v = m;
			f->j = n->b = ke;
			*next = f->j;
		}
	} else if (f->words && !n->frac && nr_x_quarters(sc, n->a, k, ke)) {
		nr_set_code(f->q.unit, sizeof f->q.unit, ZHEN_UNIT_QUARTER);
		f->j = n->b = ke;
		*next = f->j;
	} else if (f->words && !n->frac &&
	           (x = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN,
	                          0, K_DENOM)) && k + x->len == ke &&
	           nr_small_int(n->v, 1, 9, &small) && small < x->val) {
		zhen_quantity fq;
		memset(&fq, 0, sizeof fq);
		fq.kind = ZHEN_Q_NUMBER;
		fq.value = nr_fraction_value(n->v, zhen__dec(x->val, 0));
		fq.precision = -6;
		fq.flags = ZHEN_QF_WORDS;
		ke = nr_fraction_of(sc, ke, &fq);
		*next = ke;
		return nr_emit(sc, n->a, ke, &fq);
	}
	return NR_NONE;
}

/* " and a half", "-and-a-half" at @p j (the words of en_number_words.tsv:
 * and, an article, the denominator 2): its end, or @p j. */
size_t nr_en_and_a_half(struct scan *sc, size_t j)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const char *s = sc->s;
	size_t len = sc->len, k = j;
	const int want[3] = { K_AND, K_ARTICLE, K_DENOM };
	char sep;

	if (k + 1 >= len || (s[k] != ' ' && s[k] != '-'))
		return j;
	sep = s[k];
	for (int w = 0; w < 3; w++) {
		const struct entry *e;
		if (k >= len || s[k] != sep || !(e = match_fwd(t, s, len, k + 1,
		                                               ZHEN_LANG_EN, 0,
		                                               want[w])) ||
		    (w == 2 && e->val != 2))
			return j;
		k += 1 + e->len;
	}
	return k < len && is_alnum(s[k]) ? j : k;
}

/* two and a half (years), three-and-a-half: the numeral and a half; and
 * 2½, 3¼: a vulgar fraction glued to the digits. */
int nr_en_and_fraction(struct scan *sc, struct fig *f, size_t *next)
{
	struct num *n = &f->n;
	size_t e = nr_en_and_a_half(sc, f->j);
	const struct entry *vf;
	zhen_decimal v;

	(void)next;
	if (e != f->j && !n->frac &&
	    zhen__dec_add(&v, n->v, zhen__dec(5, -1))) {
		n->v = v;
		n->prec = -1;
		n->frac = true;
		f->j = n->b = e;
	} else if (n->digits && !n->frac && f->j < sc->len &&
	           (unsigned char)sc->s[f->j] >= 0x80 &&
	           (vf = match_fwd(&sc->d->t[TB_ENW], sc->s, sc->len, f->j,
	                           ZHEN_LANG_EN, 0, K_DENOM)) &&
	           zhen__dec_add(&v, n->v,
	                         nr_fraction_value(zhen__dec(1, 0),
	                                           zhen__dec(vf->val, 0)))) {
		n->v = v;
		n->prec = -6;
		n->frac = true;
		f->j = n->b = f->j + vf->len;
	}
	return NR_NONE;
}
