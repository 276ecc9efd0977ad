/* numbers/context.c: what stands around a figure: currencies and units before
 * and after it, glued letters (5km, $600m), minor units (5元3角), a table's unit
 * header. */
#include "reader.h"

/* Put currency entry @p c on @p q. A Chinese sign with other meanings
 * (元, 圆) is 人民币 in Simplified text; in Taiwan's or Hong Kong's text it
 * is the region's dollar (tw2s: 新台币, hk2s: 港元); in Traditional text of
 * no known region it is any of them (Traditional is written in Taiwan,
 * Hong Kong and Macao, not where 人民币 is): ambiguous, the one place
 * where the two scripts do not read alike. */
void nr_set_currency(const struct scan *sc, zhen_quantity *q,
                     const struct entry *c)
{
	const char *code = c->code;
	bool alt = c->alt[0] != 0;
	const struct entry *declared = alt && c->lang == ZHEN_LANG_ZH
	                               ? nr_declared(sc) : NULL;
	if (declared) {
		code = declared->code;
		alt = false;
	} else if (alt && c->lang == ZHEN_LANG_ZH) {
		if (sc->conv == ZHEN_CONVERT_NONE)
			alt = false;
		else if (sc->conv == ZHEN_CONVERT_TW2S) {
			code = ZHEN_CURRENCY_TWD;
			alt = false;
		} else if (sc->conv == ZHEN_CONVERT_HK2S) {
			code = ZHEN_CURRENCY_HKD;
			alt = false;
		}
	}
	nr_set_code(q->currency, sizeof q->currency, code);
	q->flags &= ~ZHEN_QF_CUR_AMBIGUOUS;
	q->currency_alt[0] = 0;
	if (alt) {
		q->flags |= ZHEN_QF_CUR_AMBIGUOUS;
		nr_set_code(q->currency_alt, sizeof q->currency_alt, c->alt);
	}
	q->kind = ZHEN_Q_MONEY;
}

/* Currency and approximator before a number starting at @p a. Returns
 * the new start of the span (the approximator is not part of it). */
size_t nr_pre_context(struct scan *sc, size_t a, zhen_quantity *q,
                      bool *cur)
{
	const struct zhen__numbers_data *d = sc->d;
	size_t start = a, k = a;
	const struct entry *c;

	*cur = false;
	k = nr_sp_back(sc->s, sc->lo, k);
	c = nr_match_back(&d->t[TB_CUR], sc->s, k, sc->lo, sc->lang, POS_PRE, -1);
	if (!c && k != a)
		k = a;
	if (c) {
		start = k - c->len;
		k = start;
		nr_set_currency(sc, q, c);
		*cur = true;
	}
	size_t k2 = k;
	k2 = nr_sp_back(sc->s, sc->lo, k2);
	const struct entry *ap = nr_match_back(&d->t[TB_APPROX], sc->s, k2,
	                                       sc->lo, sc->lang, POS_PRE, -1);
	/* 数 before digits is no band: 人数12,345人 counts people */
	if (ap && (ap->pos & POS_BAND) && is_digit(sc->s[a]))
		ap = NULL;
	if (ap && (sc->lang == ZHEN_LANG_ZH || k2 != k)) {
		q->flags |= ZHEN_QF_APPROX;
		/* 数十, 几千: a band, not a hedged figure */
		if (ap->pos & POS_BAND)
			q->flags |= ZHEN_QF_VAGUE;
	}
	return start;
}

/* A word that is both a unit and a currency (pounds: lb or GBP) at @p at,
 * unit entry @p u: money when the currency reading is longer (pounds
 * sterling), when the figure has a magnitude word (5 million pounds — a
 * weight that large is "5 million pounds of" something), or when the
 * sentence writes the currency another way (£, GBP, sterling). Otherwise
 * a weight: 20 pounds of rice, a 10-pound baby. */
static bool unit_is_money(struct scan *sc, size_t at, const struct entry *u,
                          const zhen_quantity *q)
{
	const struct table *ct = &sc->d->t[TB_CUR];
	const char *s = sc->s;
	size_t len = sc->len, e = at + u->len;
	const struct entry *c = match_fwd(ct, s, len, at, sc->lang, POS_POST,
	                                  -1);
	if (!c)
		return false;
	if (c->len > u->len)
		return true;
	if ((q->flags & ZHEN_QF_MAGNITUDE) &&
	    !(e + 3 <= len && s[e] == ' ' && eq_ci(s + e + 1, "of", 2) &&
	      (e + 3 == len || !is_alnum(s[e + 3]))))
		return true;
	for (size_t k = 0; k < ct->n; k++) {
		const struct entry *x = &ct->e[k];
		const struct entry *xu;
		if (strcmp(x->code, c->code) || x->lang == ZHEN_LANG_ZH)
			continue;
		/* the ambiguous words themselves are no evidence */
		xu = match_fwd(&sc->d->t[TB_UNIT], x->text, x->len, 0,
		               sc->lang, 0, -1);
		if (xu && xu->len == x->len)
			continue;
		if (nr_text_in(s, len, x->text, x->len))
			return true;
	}
	return false;
}

/* Whether unit entry @p u fits the text at @p t as written: g is grams
 * only in lowercase (5G is a network's generation, "5 G network"); the
 * other units match in any case (15X, 10 KM). */
static bool case_fits(const struct entry *u, const char *t)
{
	return !(u->len == 1 && !strcmp(u->code, "g") && *t != 'g');
}

/* One thing right after a number: percent, points, a unit, a counter or
 * a currency. Returns the end of the span (@p j when nothing, or for a
 * counter, which is not part of the quantity); *strong says whether it
 * makes a lone 一 a number. */
size_t nr_post_once(struct scan *sc, size_t j, zhen_quantity *q,
                    bool have_cur, bool *strong)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, k = nr_sp(s, len, j);
	bool en = sc->lang == ZHEN_LANG_EN;
	const struct entry *u, *c;

	if (j < len && s[j] == '%') {
		q->kind = ZHEN_Q_PERCENT;
		*strong = true;
		return j + 1;
	}
	u = match_fwd(&d->t[TB_UNIT], s, len, j, sc->lang, 0, -1);
	/* "21percent" is not English, but "5km" is */
	if (u && en && is_alpha(u->text[0]) && u->kind != U_MEASURE)
		u = NULL;
	size_t ua = j;
	/* an eight-year plan, a 10-km walk, a 25-basis-point cut */
	if (!u && en && k == j && j + 1 < len && s[j] == '-' &&
	    is_alpha(s[j + 1]) &&
	    ((u = match_fwd(&d->t[TB_UNIT], s, len, j + 1, sc->lang, 0,
	                    U_MEASURE)) ||
	     (u = match_fwd(&d->t[TB_UNIT], s, len, j + 1, sc->lang, 0,
	                    U_POINTS)) ||
	     (u = match_fwd(&d->t[TB_UNIT], s, len, j + 1, sc->lang, 0,
	                    U_BP))))
		ua = j + 1;
	if (!u && k != j) {
		u = match_fwd(&d->t[TB_UNIT], s, len, k, sc->lang, 0, -1);
		ua = k;
	}
	if (u && en && u->kind == U_MEASURE && ua != j &&
	    unit_is_money(sc, ua, u, q))
		u = NULL;
	/* 3两, 10里: a market unit whose character is also a word (两 two,
	 * 里 inside) is one only after digits */
	if (u && u->kind == U_MEASURE && u->val == UV_AFTER_DIGITS &&
	    !(j > 0 && is_digit(s[j - 1])))
		u = NULL;
	/* 15x is fifteen times; "3 x 4" multiplies */
	if (u && u->len == 1 && u->text[0] == 'x' && ua != j)
		u = NULL;
	if (u && !case_fits(u, s + ua))
		u = NULL;
	/* "US$5 m" is no length */
	if (u && en && u->len == 1 && u->text[0] == 'm' && q->currency[0])
		u = NULL;
	if (u) {
		*strong = true;
		switch (u->kind) {
		case U_PERCENT: q->kind = ZHEN_Q_PERCENT; return ua + u->len;
		case U_POINTS: q->kind = ZHEN_Q_POINTS; return ua + u->len;
		case U_BP:
			/* 25 bps = 0.25 percentage points */
			q->kind = ZHEN_Q_POINTS;
			q->value = zhen__dec_scale(q->value, -2);
			q->precision -= 2;
			return ua + u->len;
		case U_ORDINAL: q->kind = ZHEN_Q_ORDINAL; return ua + u->len;
		case U_QUARTER:
			q->kind = ZHEN_Q_ORDINAL;
			nr_set_code(q->unit, sizeof q->unit, ZHEN_UNIT_QUARTER);
			return ua + u->len;
		case U_COUNTER:
			q->flags |= u->flags | ZHEN_QF_MEASURED;
			return j;
		default:
			/* 第三天 is the third day, not three days */
			if (q->kind == ZHEN_Q_ORDINAL)
				return j;
			/* 9008 年 is a calendar year slipped (2008 年), which
			 * compare finds as a value error only between years
			 * and figures, not as years of duration */
			int64_t yy;
			if (!strcmp(u->code, ZHEN_UNIT_YEAR) &&
			    nr_small_int(q->value, 1000, 9999, &yy) &&
			    q->value.exp >= 0)
				return j;
			nr_set_code(q->unit, sizeof q->unit, u->code);
			return ua + u->len;
		}
	}
	size_t ca = en || (j > 0 && is_digit(s[j - 1])) ? k : j;
	c = match_fwd(&d->t[TB_CUR], s, len, ca, sc->lang, POS_POST, -1);
	if (c && en && ca == j && is_alpha(c->text[0]))
		c = NULL;
	if (c) {
		*strong = true;
		if (!have_cur) {
			nr_set_currency(sc, q, c);
			if (c->alt[0] && c->lang == ZHEN_LANG_ZH)
				sc->bare = c;
		}
		return ca + c->len;
	}
	return j;
}

/* post_once, or an approximator (左右, 多) and then post_once: 100多人. */
size_t nr_post_context(struct scan *sc, size_t j, zhen_quantity *q,
                       bool have_cur, bool *strong)
{
	bool en = sc->lang == ZHEN_LANG_EN;
	size_t r = nr_post_once(sc, j, q, have_cur, strong), a;
	const struct entry *ap;

	if (r != j || *strong)
		return r;
	/* machine-spaced Chinese puts a space after the digits too:
	 * 1,600 多公里, 90 幾度 */
	a = en || (j > 0 && is_digit(sc->s[j - 1])) ? nr_sp(sc->s, sc->len, j) : j;
	ap = match_fwd(&sc->d->t[TB_APPROX], sc->s, sc->len, a, sc->lang,
	               POS_POST, -1);
	if (!ap || (en && a == j))
		return j;
	a += ap->len;
	r = nr_post_once(sc, a, q, have_cur, strong);
	if ((ap->pos & POS_MEASURE) && r == a && !*strong)
		return j;
	q->flags |= ZHEN_QF_APPROX;
	return r == a ? j : r;
}

size_t nr_glued(struct scan *sc, size_t j, zhen_quantity *q, int *magexp,
                bool *ordinal)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, w = j;
	const struct entry *e;

	while (w < len && is_alpha(s[w]))
		w++;
	e = match_fwd(&d->t[TB_UNIT], s, len, j, LANG_ANY, 0, U_MEASURE);
	/* glued, m is million ($600m); spaced, metres (5,000 m) */
	for (size_t k = 0; e && k < d->t[TB_MAG].n; k++)
		if ((d->t[TB_MAG].e[k].pos & ATT_GLUED) &&
		    d->t[TB_MAG].e[k].len == e->len &&
		    eq_ci(e->text, d->t[TB_MAG].e[k].text, e->len))
			e = NULL;
	if (e && !case_fits(e, s + j))
		e = NULL;
	if (e && (j + e->len >= len || !is_alnum(s[j + e->len]))) {
		nr_set_code(q->unit, sizeof q->unit, e->code);
		return j + e->len;
	}
	if (w < len && is_digit(s[w]))
		return j;
	/* 1.8ppt, 18bps: percentage points in the financial shorthand */
	if ((e = match_fwd(&d->t[TB_UNIT], s, len, j, ZHEN_LANG_EN, 0,
	                   U_POINTS)) == NULL)
		e = match_fwd(&d->t[TB_UNIT], s, len, j, ZHEN_LANG_EN, 0, U_BP);
	if (e && e->len == w - j) {
		q->kind = ZHEN_Q_POINTS;
		if (e->kind == U_BP)
			*magexp = GLUED_BP;
		return w;
	}
	for (size_t k = 0; k < d->t[TB_MAG].n; k++) {
		e = &d->t[TB_MAG].e[k];
		if ((e->pos & ATT_GLUED) && e->len == w - j &&
		    eq_ci(s + j, e->text, e->len)) {
			*magexp = e->val;
			return w;
		}
	}
	e = match_fwd(&d->t[TB_ENW], s, len, j, LANG_ANY, 0, K_SUFFIX);
	if (e && e->len == w - j) {
		*ordinal = true;
		return w;
	}
	return j;
}

/* A table's unit header, an amount of no figure: RMB'000 (thousands of
 * renminbi), "NT$ thousand", "HK$ million", as 人民幣千元 and 港幣百萬元
 * read. @p m is the magnitude's exponent, its text at s[a, b) ('000 or a
 * magnitude word). 1 when emitted, 0 when no currency is right before. */
int nr_unit_header(struct scan *sc, size_t a, size_t b, int m,
                   size_t *next)
{
	const char *s = sc->s;
	size_t k = a;
	const struct entry *c;
	zhen_quantity q;
	k = nr_sp_back(s, sc->lo, k);
	c = nr_match_back(&sc->d->t[TB_CUR], s, k, sc->lo, ZHEN_LANG_EN, POS_PRE,
	                  -1);
	if (!c || (k - c->len > sc->lo && is_alnum(s[k - c->len - 1])) ||
	    (k - c->len >= sc->lo + 2 && is_digit(s[k - c->len - 2])))
		return 0;
	memset(&q, 0, sizeof q);
	q.value = zhen__dec(1, m);
	q.precision = m;
	q.flags = ZHEN_QF_MAGNITUDE;
	nr_set_currency(sc, &q, c);
	*next = b;
	int rc = nr_emit(sc, k - c->len, b, &q);
	return rc < 0 ? rc : 1;
}

/* "RMB million", "NT$ thousand": a magnitude word at s[i, w) that is a
 * unit header after a currency sign or code (nr_unit_header()). */
int nr_header_word(struct scan *sc, size_t i, size_t w, size_t *next)
{
	const char *s = sc->s;
	const struct entry *mg;
	if (i < sc->lo + 2 || s[i - 1] != ' ' ||
	    !(s[i - 2] == '$' || (s[i - 2] >= 'A' && s[i - 2] <= 'Z')))
		return 0;
	mg = match_fwd(&sc->d->t[TB_MAG], s, sc->len, i, ZHEN_LANG_EN, 0, -1);
	if (!mg || !(mg->pos & ATT_WORD) || i + mg->len != w)
		return 0;
	return nr_unit_header(sc, i, w, mg->val, next);
}

/* 5元3角, 50元6角三分, 壹万元整: the minor units after an amount in 元. */
size_t nr_yuan_tail(struct scan *sc, size_t end, zhen_quantity *q)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct table *zt = &d->t[TB_ZHNUM];
	const char *s = sc->s;
	size_t len = sc->len, re;
	const struct entry *e;
	int64_t v;

	if (strcmp(q->currency, ZHEN_CURRENCY_CNY))
		return end;
	if ((e = match_fwd(zt, s, len, end, LANG_ANY, 0, K_WHOLE)))
		return end + e->len;
	for (int step = 1; step <= 2; step++) {
		re = nr_numeral_run(d, s, len, end, 12);
		e = match_fwd(zt, s, len, re, LANG_ANY, 0,
		              step == 1 ? K_JIAO : K_MINUTE);
		if (!e && step == 1) {
			step++;
			e = match_fwd(zt, s, len, re, LANG_ANY, 0, K_MINUTE);
		}
		if (!e || !nr_small_numeral(d, s, end, re, 9, &v, NULL))
			break;
		zhen_decimal sum;
		if (!zhen__dec_add(&sum, q->value, zhen__dec(v, -step)))
			break;
		q->value = sum;
		if (q->precision > -step)
			q->precision = -step;
		end = re + e->len;
	}
	return end;
}

/* 1米85, 9秒83: two digits right after 米 or 秒 are its hundredths, as
 * "1.85 metres", "9.83 seconds" write them. The end after them, or @p
 * end. */
size_t nr_unit_tail(struct scan *sc, size_t end, zhen_quantity *q)
{
	const char *s = sc->s;
	size_t len = sc->len;
	zhen_decimal v;
	if ((strcmp(q->unit, ZHEN_UNIT_METRE) && strcmp(q->unit, ZHEN_UNIT_SECOND)) ||
	    q->value.exp < 0 || end + 2 > len || !is_digit(s[end]) ||
	    !is_digit(s[end + 1]) || (end + 2 < len && (is_digit(s[end + 2]) ||
	                                              s[end + 2] == '.')))
		return end;
	if (!zhen__dec_add(&v, q->value,
	                   zhen__dec((s[end] - '0') * 10 + (s[end + 1] - '0'),
	                             -2)))
		return end;
	q->value = v;
	q->precision = -2;
	return end + 2;
}

/* 新台币34亿元、50亿元: a bare 元 in a list or the next clause after an
 * amount whose sign named one of 元's currencies is that currency again
 * (and in Simplified text no renminbi). @p a is where @p q starts. */
void nr_list_currency(struct scan *sc, size_t a, zhen_quantity *q)
{
	const struct zhen_quantities *l = sc->out;
	const struct entry *c = sc->bare;
	if (!l->n)
		return;
	const zhen_quantity *p = &l->q[l->n - 1];
	size_t pe = sc->aoff[2 * (l->n - 1) + 1];
	if (p->kind != ZHEN_Q_MONEY || (p->flags & ZHEN_QF_CUR_AMBIGUOUS) ||
	    pe > a || a - pe > 40 || !strcmp(p->currency, q->currency))
		return;
	/* a list, or the next clause of the sentence (营收为港币34亿元，
	 * 净利润为5亿元): no figure and no sentence end between */
	for (size_t k = pe; k < a; k++)
		if (is_digit(sc->s[k]) || sc->s[k] == '!' || sc->s[k] == '?' ||
		    (k + 3 <= a && !memcmp(sc->s + k, "。", 3)))
			return;
	size_t n = strlen(p->currency);
	const char *f = strstr(c->alt, p->currency);
	if (!f || (f != c->alt && f[-1] != ' ') || (f[n] && f[n] != ' '))
		return;
	memcpy(q->currency, p->currency, sizeof q->currency);
	q->currency_alt[0] = 0;
	q->flags &= ~ZHEN_QF_CUR_AMBIGUOUS;
}

/* RMB'000 (thousands of yuan): a table's unit header, no figure */
int nr_en_thousands_header(struct scan *sc, size_t i, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len;

	if (i + 3 <= len && !memcmp(s + i, "000", 3) &&
	    (i + 3 == len || !is_alnum(s[i + 3])) &&
	    ((i > sc->lo && s[i - 1] == '\'') ||
	     (i >= sc->lo + 3 && nr_is_rquote(s, i - 3)))) {
		int rc = nr_unit_header(sc, s[i - 1] == '\'' ? i - 1 : i - 3,
		                        i + 3, 3, next);
		if (rc)
			return rc < 0 ? rc : 0;
	}
	return NR_NONE;
}

/* Where @p t (@p n bytes) first occurs in s[0, len), or len. Runs once
 * per declaration word per text: memchr to the candidates for its last
 * byte, since a memcmp at every byte was a tenth of --pairs' time. The
 * last byte, not the first: a CJK word's first is a lead byte (E4-E9)
 * that a third of a Chinese text shares, its last one of 64 trail
 * bytes or an ASCII colon. */
static size_t find(const char *s, size_t len, const char *t, size_t n)
{
	if (!n || n > len)
		return len;
	for (const char *p = s + n - 1, *last = s + len - 1;
	     p <= last && (p = memchr(p, t[n - 1], (size_t)(last - p) + 1));
	     p++)
		if (!memcmp(p - (n - 1), t, n))
			return (size_t)(p - (n - 1) - s);
	return len;
}

/* (美元，下同), 单位：美元: the currency a text declares for its bare 元
 * (approximators.tsv declare-before, declare-after), or NULL; *named
 * says whether a declaration was written at all (单位：元 declares the
 * ambiguous 元: NULL, named). Looked for once a text, before the scan. */
const struct entry *nr_declared_currency(const struct scan *sc, bool *named)
{
	const struct table *at = &sc->d->t[TB_APPROX], *ct = &sc->d->t[TB_CUR];
	const char *s = sc->s;

	for (size_t k = 0; k < at->nsome; k++) {
		const struct entry *w, *c;
		size_t i;
		/* a failed load truncates the table, not the index */
		if (at->some[k] >= at->n)
			break;
		w = &at->e[at->some[k]];
		if ((i = find(s, sc->len, w->text, w->len)) == sc->len)
			continue;
		if (w->pos & POS_DECL_BEFORE) {
			c = match_fwd(ct, s, sc->len, nr_sp(s, sc->len, i + w->len),
			              ZHEN_LANG_ZH, 0, -1);
		} else {
			/* over the comma of (美元，下同), the bracket of
			 * 10亿美元（下同） */
			while (i > 0 && (s[i - 1] == ';' || s[i - 1] == ',' ||
			                 s[i - 1] == ' ' || s[i - 1] == '('))
				i--;
			c = nr_match_back(ct, s, i, 0, ZHEN_LANG_ZH, 0, -1);
		}
		if (c)
			*named = true;
		if (c && !c->alt[0])
			return c;
	}
	return NULL;
}

/* "(in USD)", "(US$ millions)", "(in millions of US dollars)": English
 * text that is nothing but a heading naming one currency: its words are
 * approximators.tsv's English declare-before rows, magnitudes
 * (magnitudes.tsv) and the currency, in any order, between brackets,
 * spaces, commas, colons and a full stop. The currency as
 * nr_declared_currency() gives it (NULL and *named for "(in $)", which
 * names no one currency); NULL, not named, for any other text. */
const struct entry *nr_heading_currency_en(const struct scan *sc,
                                           bool *named)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct entry *cur = NULL, *e;
	const char *s = sc->s;
	size_t len = sc->len;

	*named = false;
	for (size_t i = 0; i < len; i += e ? e->len : 1) {
		e = NULL;
		if (s[i] && strchr(" ,:.()[]", s[i]))
			continue;
		if ((e = match_fwd(&d->t[TB_CUR], s, len, i, ZHEN_LANG_EN, 0,
		                   -1))) {
			if (cur)
				return NULL; /* (in USD and RMB): no heading */
			cur = e;
		} else if (!(e = match_fwd(&d->t[TB_APPROX], s, len, i,
		                           ZHEN_LANG_EN, POS_DECL_BEFORE, -1)) &&
		           !(e = match_fwd(&d->t[TB_MAG], s, len, i,
		                           ZHEN_LANG_EN, 0, -1))) {
			return NULL;
		}
	}
	*named = cur != NULL;
	return cur && !cur->alt[0] ? cur : NULL;
}

const struct entry *nr_currency_by_code(const struct scan *sc,
                                        const char *code)
{
	const struct table *ct = &sc->d->t[TB_CUR];

	for (size_t k = 0; code[0] && k < ct->n; k++) {
		const struct entry *c = &ct->e[k];
		if (c->lang == ZHEN_LANG_ZH && !c->alt[0] &&
		    !strcmp(c->code, code))
			return c;
	}
	return NULL;
}

const struct entry *nr_declared(const struct scan *sc)
{
	/* a cache in the scan: every scan is a local of api.c, never a
	 * const object, and its text stays as it was when the scan began */
	struct scan *w = (struct scan *)sc;

	if (!w->declared_known) {
		bool named = false;
		w->declared = nr_declared_currency(sc, &named);
		w->declared_known = true;
	}
	return w->declared;
}
