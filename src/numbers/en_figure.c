/* numbers/en_figure.c: an English quantity at a position: which construction
 * reads it, then magnitude, currency, unit and sign around it. */
#include "reader.h"

/* The constructions a word can start, in the order they are tried: the
 * first that does not answer NR_NONE has read the position. The last reads
 * number words and never answers NR_NONE. */
static nr_construction *const word_starts[] = {
	nr_en_month_words, /* September 24, 2024; March alone (en_dates.c) */
	nr_en_factor,      /* doubled, threefold (en_words.c) */
	nr_en_half,        /* half a million, half of them */
	nr_en_noun_word,   /* a score of people; the score of 3-1 is none */
	nr_en_vague,       /* dozens, thousands of, billions of dollars */
	nr_en_decade_word, /* the nineties (en_dates.c) */
	nr_en_article,     /* a hundred, a million, a couple, a third */
	nr_en_number_words,/* one, twenty-three, the first */
};

/* Before the digits are read as a figure: what digits start that is no
 * figure of the usual kind. */
static nr_at_construction *const digit_starts[] = {
	nr_en_thousands_header, /* RMB'000 (context.c) */
	nr_en_race_time,        /* 1:57.79 (parts.c) */
	nr_en_primes,           /* 5'2", 22'85 (parts.c) */
	nr_en_clock,            /* 9:30, 9:15pm (en_dates.c) */
	nr_ident_around,        /* GPT-4, COVID-19 (ident.c) */
	nr_digit_date,          /* 0230 UTC, 2024-10-22 (dates.c) */
	nr_code,                /* 00020, 2.3.1, 36x24mm (ident.c) */
};

/* After the digits are read: what they and the letters after them make
 * (each reads f->ar, f->j). */
static nr_construction *const after_digits[] = {
	nr_en_hour,        /* 6am, 10 o'clock (en_dates.c) */
	nr_en_decade_year, /* the 1960s */
	nr_en_decade_tens, /* the '90s, in their 20s */
	nr_en_era,         /* 200 BC, AD 79 */
};

/* A figure that starts with a word at f->i. */
static int word_start(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, w = i;
	int rc;

	while (w < len && is_alpha(s[w]))
		w++;
	f->w = *next = w;
	if (i > 0 && is_alnum(s[i - 1]))
		return 0;
	/* Everything below first needs a number word here, and
	 * each test one of a kind this word can start. */
	if ((rc = nr_header_word(sc, i, w, next)))
		return rc < 0 ? rc : 0;
	f->lk = nr_lead_kinds(&d->t[TB_ENW], s + i, w - i);
	if (!f->lk && nr_misspelt_month(d, s, i, w))
		f->lk = 1ull << K_MONTHNAME;
	if (!f->lk)
		return 0;
	return NR_TRY(word_starts, sc, f, next);
}

/* "84. 32%", "US$2. 4 trillion": a space typed after the decimal point,
 * read as the point only where a percent or a magnitude follows (a
 * sentence that ends in a figure goes on otherwise). */
static void spaced_point(struct scan *sc, struct fig *f)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, j = f->j, k = j + 2, m;
	const struct entry *e;
	char buf[48];
	zhen_decimal v;
	int32_t prec;

	if (f->ar.frac || f->ar.grouped || f->ar.nint > 3 || j + 2 >= len ||
	    s[j] != '.' || s[j + 1] != ' ' || !is_digit(s[k]))
		return;
	while (k < len && is_digit(s[k]) && k - j < 12)
		k++;
	m = nr_sp(s, len, k);
	if (!((e = match_fwd(&d->t[TB_UNIT], s, len, m, ZHEN_LANG_EN, 0,
	                     U_PERCENT)) ||
	      ((e = match_fwd(&d->t[TB_MAG], s, len, m, ZHEN_LANG_EN, 0, -1)) &&
	       (e->pos & ATT_WORD) && m != k)) ||
	    (k < len && is_alnum(s[k])))
		return;
	size_t n = (size_t)snprintf(buf, sizeof buf, "%.*s.%.*s",
	                            (int)(j - f->i), s + f->i,
	                            (int)(k - j - 2), s + j + 2);
	if (n >= sizeof buf || !zhen__dec_parse(&v, &prec, buf, n))
		return;
	f->n.v = v;
	f->n.prec = prec;
	f->n.frac = f->ar.frac = true;
	f->n.b = f->j = k;
}

/* A figure that starts with digits at f->i. */
static int digit_start(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, i = f->i;
	struct arabic *ar = &f->ar;
	struct num *n = &f->n;
	int rc;

	if ((rc = NR_TRY_AT(digit_starts, sc, i, next)) != NR_NONE)
		return rc;
	if (!nr_read_arabic(s, len, i, ar)) {
		*next = nr_digit_run_end(s, len, i);
		return 0;
	}
	n->a = i;
	n->b = f->j = ar->end;
	n->v = ar->v;
	n->prec = ar->prec;
	n->digits = true;
	n->grouped = ar->grouped;
	n->frac = ar->frac;
	n->nint = ar->nint;
	n->longer = ar->longer;
	n->hash = ar->hash;
	if (!ar->frac && !ar->grouped && i > 0 && s[i - 1] == '.' &&
	    (i == 1 || s[i - 2] == ' ' || s[i - 2] == '(')) {
		/* .5 percent: the point starts the figure */
		n->a = i - 1;
		n->v = zhen__dec_scale(ar->v, -ar->nint);
		n->prec = -ar->nint;
		n->frac = true;
		n->nint = 0;
	}
	spaced_point(sc, f);
	if ((rc = NR_TRY(after_digits, sc, f, next)) != NR_NONE)
		return rc;
	if (f->j < len && is_alpha(s[f->j])) {
		size_t g = nr_glued(sc, f->j, &f->q, &f->magexp, &f->ordinal);
		if (g == f->j)
			return nr_emit_ident(sc, i, i, next);
		f->j = g;
	}
	if ((rc = nr_en_day_month(sc, f, next)) != NR_NONE)
		return rc;
	return NR_FIGURE;
}

/* Third quarter, first half, the first-half report: an ordinal's period. */
static void ordinal_period(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, j = f->j;

	if (!f->ordinal || j + 1 >= len || (s[j] != ' ' && s[j] != '-'))
		return;
	const struct entry *x = match_fwd(&sc->d->t[TB_ENW], s, len, j + 1,
	                                  ZHEN_LANG_EN, 0, K_PERIOD);
	if (x) {
		nr_set_code(f->q.unit, sizeof f->q.unit,
		            x->val == 4 ? ZHEN_UNIT_QUARTER : ZHEN_UNIT_HALF);
		f->j += 1 + x->len;
		*next = f->j;
	}
}

/* A magnitude word after the figure (3 billion), the value scaled by it,
 * and what words add below it (two thousand five hundred). */
static void magnitude(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, j = f->j;
	zhen_quantity *q = &f->q;

	if (!q->unit[0] && !f->ordinal && f->magexp < 0) {
		/* 3 billion; $394-million, a 110-million-year-old fossil */
		size_t k = j + 1 < len && s[j] == '-' && !f->words ? j + 1
		                                                   : nr_sp(s, len, j);
		const struct entry *m = k != j ?
			match_fwd(&sc->d->t[TB_MAG], s, len, k, ZHEN_LANG_EN,
			          0, -1) : NULL;
		if (m && (m->pos & ATT_WORD)) {
			f->magexp = m->val;
			f->j = j = k + m->len;
		}
	}
	q->value = f->n.v;
	q->precision = f->n.prec;
	nr_scale_by(q, f->magexp);
	if (f->magexp >= 0) {
		struct num r;
		bool ro;
		if (f->words && j + 1 < len && s[j] == ' ' &&
		    is_alpha(s[j + 1]) && nr_read_en_words(sc, j + 1, &r, &ro) &&
		    !ro && zhen__dec_cmp(r.v, zhen__dec(1, f->magexp)) < 0) {
			zhen_decimal sum;
			if (zhen__dec_add(&sum, q->value, r.v)) {
				q->value = sum;
				q->precision = 0;
				f->j = r.b;
				*next = f->j;
			}
		}
	}
}

/* The figure's own flags and kind: words, a capitalised name, a hedge. */
static void kind_and_flags(struct scan *sc, struct fig *f)
{
	zhen_quantity *q = &f->q;

	if (f->words)
		q->flags |= ZHEN_QF_WORDS;
	if (f->words && nr_in_name(sc, f->n.a, f->n.b))
		q->flags |= ZHEN_QF_NAME;
	if (f->n.approx)
		q->flags |= ZHEN_QF_APPROX;
	if (f->n.vague)
		q->flags |= ZHEN_QF_VAGUE;
	if (f->n.longer) {
		q->flags |= ZHEN_QF_LONG;
		q->digits = f->n.hash;
	}
	if (q->kind != ZHEN_Q_POINTS)
		q->kind = f->ordinal ? ZHEN_Q_ORDINAL : ZHEN_Q_NUMBER;
}

/* A minus before the figure at [*a, *end) that is not a hyphen (2018-2023,
 * GPT-4), the word minus, or "below zero" after it. */
static void sign(struct scan *sc, struct fig *f, size_t *a, size_t *end)
{
	const char *s = sc->s;
	zhen_quantity *q = &f->q;
	const struct entry *ng;
	size_t mk;

	if (*a == f->n.a && *a > sc->lo && s[*a - 1] == '-' &&
	    (*a == 1 || s[*a - 2] == ' ' || s[*a - 2] == '(') && !f->words) {
		(*a)--;
		q->value.coef = -q->value.coef;
	} else if (*a == f->n.a && !f->words && (mk = nr_minus_sign(sc, *a))) {
		*a -= mk;
		q->value.coef = -q->value.coef;
	} else if (*a == f->n.a && q->value.coef > 0 &&
	           (ng = nr_minus_word(sc, *a)) != NULL) {
		/* minus 5 degrees, as 零下5度 */
		*a -= 1 + ng->len;
		q->value.coef = -q->value.coef;
	} else if (q->value.coef > 0 && (mk = nr_below_zero(sc, *end))) {
		/* 5 degrees below zero, as 零下5度 */
		*end = mk;
		q->value.coef = -q->value.coef;
	}
}

/* "the other three", "six other provinces": a word of the rest right
 * before or after the figure at [a, end). */
static unsigned rest_of_count(struct scan *sc, size_t a, size_t end)
{
	const struct table *t = &sc->d->t[TB_APPROX];
	size_t k = a > sc->lo && sc->s[a - 1] == ' ' ? a - 1 : a;

	if ((k != a && nr_match_back(t, sc->s, k, sc->lo, ZHEN_LANG_EN,
	                             POS_REMAIN, -1)) ||
	    (end < sc->len && sc->s[end] == ' ' &&
	     match_fwd(t, sc->s, sc->len, end + 1, ZHEN_LANG_EN, POS_REMAIN,
	               -1)))
		return ZHEN_QF_REMAINDER;
	return 0;
}

/* What every figure goes through once its numeral is read: the words
 * after it, magnitude, currency and unit around it, sign; then emitted. */
static int finish(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, a, end;
	zhen_quantity *q = &f->q;
	bool cur = false, strong = false;
	int rc;
	int64_t y;

	if (!f->ordinal)
		nr_en_and_fraction(sc, f, next);
	*next = f->j;
	if ((rc = nr_en_words_after(sc, f, next)) != NR_NONE ||
	    (rc = nr_en_day_of_month(sc, f, next)) != NR_NONE)
		return rc;
	ordinal_period(sc, f, next);
	magnitude(sc, f, next);
	kind_and_flags(sc, f);
	a = nr_pre_context(sc, f->n.a, q, &cur);
	q->flags |= nr_movement_before(sc, a);
	if (f->ordinal) {
		end = f->j;
	} else {
		end = q->unit[0] || q->kind == ZHEN_Q_POINTS
		          ? f->j : nr_post_context(sc, f->j, q, cur, &strong);
		/* one year and a half, as 一年半 */
		size_t h = q->unit[0] && !f->n.frac ? nr_en_and_a_half(sc, end)
		                                    : end;
		if (h != end && zhen__dec_add(&q->value, q->value,
		                              zhen__dec(5, -1))) {
			q->precision = -1;
			end = h;
		}
		if (end == f->j && !q->unit[0] && !cur && f->magexp < 0 &&
		    !f->words && !f->n.grouped && !f->n.frac && f->n.nint == 4 &&
		    nr_small_int(f->n.v, 1900, 2100, &y))
			q->kind = ZHEN_Q_YEAR;
	}
	if (q->kind == ZHEN_Q_PERCENT && end + 4 <= len && s[end] == ' ' &&
	    eq_ci(s + end + 1, "off", 3) &&
	    (end + 4 == len || !is_alnum(s[end + 4]))) {
		/* "20% off" is what 八折 says */
		nr_set_code(q->unit, sizeof q->unit, ZHEN_UNIT_OFF);
		end += 4;
	}
	sign(sc, f, &a, &end);
	q->flags |= rest_of_count(sc, a, end);
	*next = end > *next ? end : *next;
	return nr_emit(sc, a, end, q);
}

int nr_en_at(struct scan *sc, size_t i, size_t *next)
{
	struct fig f;
	int rc;

	memset(&f, 0, sizeof f);
	f.i = i;
	f.magexp = -1;
	rc = is_alpha(sc->s[i]) ? word_start(sc, &f, next)
	                        : digit_start(sc, &f, next);
	return rc == NR_FIGURE ? finish(sc, &f, next) : rc;
}
