/* numbers/en_dates.c: English dates: month names (abbreviated, misspelt),
 * days, the year after a date, am/pm, a month alone. */
#include "reader.h"

/* A spelled month that is an abbreviation of a longer one (Oct, Sept). */
static bool month_abbrev(const struct zhen__numbers_data *d,
                         const struct entry *m)
{
	const struct table *t = &d->t[TB_ENW];
	for (size_t k = 0; k < t->n; k++)
		if (t->e[k].kind == K_MONTHNAME && t->e[k].val == m->val &&
		    t->e[k].len > m->len && eq_ci(t->e[k].text, m->text, m->len))
			return true;
	return false;
}

/* Whether a[0, na) is b[0, nb) with one letter added, dropped, changed,
 * or two neighbours swapped (ASCII, any case). */
static bool one_edit(const char *a, size_t na, const char *b, size_t nb)
{
	size_t i = 0;
	if (na + 1 < nb || nb + 1 < na)
		return false;
	while (i < na && i < nb && lower(a[i]) == lower(b[i]))
		i++;
	if (na == nb) {
		if (i == na)
			return false;
		if (i + 1 < na && lower(a[i]) == lower(b[i + 1]) &&
		    lower(a[i + 1]) == lower(b[i]) &&
		    eq_ci(a + i + 2, b + i + 2, na - i - 2))
			return true;
		return eq_ci(a + i + 1, b + i + 1, na - i - 1);
	}
	if (na > nb)
		return eq_ci(a + i + 1, b + i, nb - i);
	return eq_ci(a + i, b + i + 1, na - i);
}

/* A capitalised word of six letters or more at s[i, w) that is a long
 * month name misspelt by one letter ("Novemeber", "Feburary", "Ocotber":
 * typos of real translations) and starts with its first two letters:
 * that month's entry, or NULL. Short names are left alone (Marc, Junee,
 * Mayo are names). */

const struct entry *nr_misspelt_month(const struct zhen__numbers_data *d,
                                      const char *s, size_t i, size_t w)
{
	const struct table *t = &d->t[TB_ENW];
	if (w - i < 6 || w - i > 10 || !(s[i] >= 'A' && s[i] <= 'Z') ||
	    !strchr("JFMASOND", s[i]))
		return NULL;
	/* the month names of six letters or more (nr_index_some()) */
	for (size_t k = 0; k < t->nsome && t->some[k] < t->n; k++) {
		const struct entry *e = &t->e[t->some[k]];
		/* not the month and a letter more: Augusta, Octobers */
		if (eq_ci(e->text, s + i, 2) &&
		    !(w - i > e->len && eq_ci(e->text, s + i, e->len)) &&
		    one_edit(s + i, w - i, e->text, e->len))
			return e;
	}
	return NULL;
}

/* A capitalised month name at @p i (with the '.' of an abbreviation:
 * after a full name it ends the sentence): the month entry or NULL. */
const struct entry *nr_month_at(struct scan *sc, size_t i, size_t *end)
{
	const struct entry *e = match_fwd(&sc->d->t[TB_ENW], sc->s, sc->len, i,
	                                  ZHEN_LANG_EN, 0, K_MONTHNAME);
	if (!e) {
		size_t w = word_end(sc->s, i);
		if ((e = nr_misspelt_month(sc->d, sc->s, i, w))) {
			*end = w;
			return e;
		}
	}
	if (!e || !(sc->s[i] >= 'A' && sc->s[i] <= 'Z'))
		return NULL;
	*end = i + e->len;
	if (*end < sc->len && sc->s[*end] == '.' && month_abbrev(sc->d, e))
		(*end)++;
	return e;
}

/* Day (1–99: the caller decides whether a day past 31 is one) at @p p,
 * not part of a longer figure; end or 0. */
size_t nr_day_at(struct scan *sc, size_t p, int64_t *day)
{
	struct arabic ar;
	if (p >= sc->len || !is_digit(sc->s[p]) ||
	    !nr_read_arabic(sc->s, sc->len, p, &ar) || ar.frac || ar.grouped ||
	    ar.nint > 2 || !nr_small_int(ar.v, 1, 99, day))
		return 0;
	size_t e = ar.end;
	if (e < sc->len && is_alpha(sc->s[e])) {
		const struct entry *sfx = match_fwd(&sc->d->t[TB_ENW], sc->s,
		                                    sc->len, e, LANG_ANY, 0,
		                                    K_SUFFIX);
		if (!sfx)
			return 0;
		e += sfx->len;
	}
	if (e < sc->len && is_alnum(sc->s[e]))
		return 0;
	return e;
}

/* "quarters" (@p k to @p ke) after a number word at @p a that "first",
 * "last" or "past" leads: periods counted, not a fraction (the first
 * three quarters, 前三季度). */
bool nr_x_quarters(const struct scan *sc, size_t a, size_t k, size_t ke)
{
	const char *s = sc->s;
	if (ke - k != 8 || !eq_ci(s + k, "quarters", 8) || a < 2 ||
	    s[a - 1] != ' ')
		return false;
	size_t w = a - 1;
	while (w > 0 && is_alpha(s[w - 1]))
		w--;
	size_t n = a - 1 - w;
	/* the first three quarters; "the three quarters" too, but not
	 * "the three quarters of respondents" */
	return (n == 5 && eq_ci(s + w, "first", 5)) ||
	       (n == 4 && (eq_ci(s + w, "last", 4) || eq_ci(s + w, "past", 4))) ||
	       (n == 3 && eq_ci(s + w, "the", 3) &&
	        !(ke + 3 <= sc->len && eq_ci(s + ke, " of", 3)));
}

/* ", 2024" or " 2024" after a date: the year, with *end moved. */
int64_t nr_date_year(struct scan *sc, size_t *end)
{
	size_t k = *end;
	struct arabic ar;
	int64_t y;
	if (k < sc->len && sc->s[k] == ',')
		k++;
	k = nr_sp(sc->s, sc->len, k);
	if (k >= sc->len || !is_digit(sc->s[k]) ||
	    !nr_read_arabic(sc->s, sc->len, k, &ar) || ar.frac || ar.grouped ||
	    ar.nint != 4 || !nr_small_int(ar.v, 1000, 2999, &y) ||
	    (ar.end < sc->len && is_alnum(sc->s[ar.end])))
		return 0;
	*end = ar.end;
	return y;
}

/* An en dash (U+2013) at s[i, i + 3). */
static bool en_dash_at(const char *s, size_t len, size_t i)
{
	return i + 3 <= len && (unsigned char)s[i] == 0xE2 &&
	       (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x93;
}

/* A capitalised month name alone (entry @p m at @p i, ending at @p me) is
 * a month anywhere ("at its October meeting") unless it is also a word or
 * a name (May, March, Jan): that one only where it cannot be, after a
 * word such as in/of/since, after '(' or a dash, before a year, or before
 * a dash and another month (Mar-May: a range of months). */
bool nr_month_alone_ok(struct scan *sc, const struct entry *m, size_t i,
                       size_t me)
{
	const char *s = sc->s;
	size_t len = sc->len, k = me, e2;
	const struct entry *w = match_fwd(&sc->d->t[TB_ENW], s, len, i,
	                                  ZHEN_LANG_EN, 0, K_MONTHWORD);
	if (!w || w->len != m->len)
		return true;
	if (i > sc->lo && (s[i - 1] == '(' || s[i - 1] == '-'))
		return true;
	if (i >= sc->lo + 3 && en_dash_at(s, len, i - 3))
		return true;
	size_t b = i;
	const struct entry *ap;
	/* in around April: a hedge may sit between */
	if (b > 1 && s[b - 1] == ' ' &&
	    (ap = nr_match_back(&sc->d->t[TB_APPROX], s, b - 1, 0, ZHEN_LANG_EN,
	                        POS_PRE, -1)) && b - 1 - ap->len > 0)
		b -= 1 + ap->len;
	if (b > 1 && s[b - 1] == ' ' &&
	    nr_match_back(&sc->d->t[TB_ENW], s, b - 1, 0, ZHEN_LANG_EN, 0,
	                  K_MONTHPRE))
		return true;
	if (k < len && s[k] == '-')
		k++;
	else if (en_dash_at(s, len, k))
		k += 3;
	else if (k + 4 < len && eq_ci(s + k, " to ", 4))
		k += 4; /* March to May: a range of months too */
	if (k != me && nr_month_at(sc, k, &e2) && (e2 >= len || !is_alnum(s[e2])))
		return true;
	k = me;
	if (k < len && s[k] == ',')
		k++;
	return nr_date_year(sc, &k) != 0;
}

/* "September 24, 2024", "On June 8,": a month name and a day; or a month
 * name alone where month_alone_ok() allows it */
/* "December 25 and 26", "September 29 and 30, 2018": a second day of the
 * month after a date's day ending at @p p (the word "and" of
 * en_number_words.tsv): its start in *a, its day in *day2, its end; 0 when
 * none. Only before punctuation or the year: "March 5 and 10 people" is
 * a count. */
static size_t and_day(struct scan *sc, size_t p, int64_t day, size_t *a,
                      int64_t *day2)
{
	const char *s = sc->s;
	size_t len = sc->len, e;
	const struct entry *w;

	if (p + 1 >= len || s[p] != ' ' ||
	    !(w = match_fwd(&sc->d->t[TB_ENW], s, len, p + 1, ZHEN_LANG_EN, 0,
	                    K_AND)) || p + 2 + w->len >= len ||
	    s[p + 1 + w->len] != ' ')
		return 0;
	*a = p + 2 + w->len;
	if (!(e = nr_day_at(sc, *a, day2)) || *day2 <= day || *day2 > 31 ||
	    (e < len && s[e] != ',' && s[e] != '.' && s[e] != ';' &&
	     s[e] != ')'))
		return 0;
	return e;
}

/* "lunar October 15", "October 15 of the lunar calendar": a date of the
 * Chinese lunar calendar (approximators.tsv lunar), at [i, end). */
static unsigned lunar(struct scan *sc, size_t i, size_t end)
{
	const struct table *t = &sc->d->t[TB_APPROX];

	if ((i > sc->lo + 1 && sc->s[i - 1] == ' ' &&
	     nr_match_back(t, sc->s, i - 1, sc->lo, ZHEN_LANG_EN, POS_LUNAR,
	                   -1)) ||
	    (end + 1 < sc->len && sc->s[end] == ' ' &&
	     match_fwd(t, sc->s, sc->len, end + 1, ZHEN_LANG_EN, POS_LUNAR,
	               -1)))
		return ZHEN_QF_LUNAR;
	return 0;
}

/* A date's day and a second day of its month ("December 25 and 26, 2017"):
 * both emitted, the year after the second day being both days'. */
static int two_days(struct scan *sc, size_t i, size_t dend, int64_t md,
                    size_t a2, int64_t md2, size_t *next)
{
	size_t end = *next;
	int64_t y = nr_date_year(sc, &end);
	int rc;

	if (y) {
		md += y * 10000;
		md2 += y * 10000;
	}
	if ((rc = nr_emit_date(sc, i, dend, md, 0)) < 0)
		return rc;
	*next = end;
	return nr_emit_date(sc, a2, end, md2, 0);
}

int nr_en_month_words(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, me, end;
	const struct entry *m = f->lk & 1ull << K_MONTHNAME ?
	                        nr_month_at(sc, i, &me) : NULL;
	int64_t day, y;

	if (m && me < len && s[me] == ' ' &&
	    (end = nr_day_at(sc, me + 1, &day))) {
		int64_t v = m->val * 100 + day, day2;
		size_t dend = end, a2, e2;
		if (day <= 31 && (e2 = and_day(sc, end, day, &a2, &day2))) {
			*next = e2;
			return two_days(sc, i, dend, v, a2, m->val * 100 + day2,
			                next);
		}
		/* "September 34, 1759", "On June 88,": a day no
		 * month has, still a date (a slip the other side's
		 * date shows), but only where nothing else reads:
		 * "in March 50 people" is a count. */
		if ((y = nr_date_year(sc, &end)))
			v += y * 10000;
		if (day <= 31 || y || (dend < len && s[dend] == ',' &&
		                       nr_on_before(s, i))) {
			*next = end;
			return nr_emit_date(sc, i, end, v, lunar(sc, i, end));
		}
	}
	if (m && (me >= len || !is_alnum(s[me])) &&
	    nr_month_alone_ok(sc, m, i, me)) {
		*next = me;
		return nr_emit_date(sc, i, me, m->val * 100, 0);
	}
	return NR_NONE;
}

/* the nineties, in their twenties: as the 90s */
int nr_en_decade_word(struct scan *sc, struct fig *f, size_t *next)
{
	const struct entry *x = !(f->lk & 1ull << K_DECWORD) ? NULL :
		match_fwd(&sc->d->t[TB_ENW], sc->s, sc->len, f->i,
		          ZHEN_LANG_EN, 0, K_DECWORD);
	zhen_quantity *q = &f->q;

	(void)next;
	if (!x || f->i + x->len != f->w)
		return NR_NONE;
	q->kind = ZHEN_Q_NUMBER;
	q->value = zhen__dec(x->val, 0);
	q->precision = 1;
	q->flags = ZHEN_QF_WORDS | ZHEN_QF_APPROX | ZHEN_QF_DECADE;
	return nr_emit(sc, f->i, f->w, q);
}

/* 9:30, 9:15pm, 12:30 a.m. (half past midnight) */
int nr_en_clock(struct scan *sc, size_t i, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, end;
	int64_t hm = nr_colon_time(sc, i, &end);

	if (hm < 0)
		return NR_NONE;
	size_t e2 = nr_ampm_at(sc, end);
	/* glued (9:15pm) or spaced: read forward, as a word
	 * boundary before a glued "pm" is none */
	const struct entry *ap = e2 == end ? NULL :
		match_fwd(&sc->d->t[TB_ENW], s, len, nr_sp(s, len, end),
		          ZHEN_LANG_EN, 0, K_AMPM);
	if (ap && ap->val == 12 && hm < 1200)
		hm += 1200;
	/* 12:30 a.m. is half past midnight */
	if (ap && ap->val == 0 && hm >= 1200 && hm < 1300)
		hm -= 1200;
	*next = e2;
	return nr_emit_time(sc, i, e2, hm, ap ? ZHEN_QF_DAYPART : 0);
}

/* 6am, 6 p.m., 10 o'clock; 40 o'clock is a slipped hour (a value error
 * beside the other side's time), but 25-99 before AM/PM stays a figure
 * (PM, AM radio) */
int nr_en_hour(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, j = f->j;
	const struct arabic *ar = &f->ar;
	int64_t day;

	if (ar->frac || ar->grouped || ar->nint > 2 ||
	    !nr_small_int(ar->v, 0, 99, &day) || (i > 0 && is_digit(s[i - 1])))
		return NR_NONE;
	size_t e2 = nr_ampm_at(sc, j);
	const struct entry *ap = e2 == j ? NULL :
		match_fwd(&sc->d->t[TB_ENW], s, len, nr_sp(s, len, j),
		          ZHEN_LANG_EN, 0, K_AMPM);
	if (e2 != j && (day <= 24 || !ap) &&
	    (e2 >= len || !is_alnum(s[e2]) || s[e2 - 1] == '.')) {
		int64_t t12 = day * 100;
		if (ap && ap->val == 12 && day < 12)
			t12 += 1200;
		if (ap && ap->val == 0 && day == 12)
			t12 = 0;
		*next = e2;
		return nr_emit_time(sc, i, e2, t12, ap ? ZHEN_QF_DAYPART : 0);
	}
	return NR_NONE;
}

/* the 1960s: a decade, named by its first year (1960 年代 reads as the
 * year 1960). Any four digits before the s, so a slipped decade (the
 * 3960s, the 1931s) still pairs with the Chinese one; thousands from 3000
 * up are a count ("the 5000s"). */
int nr_en_decade_year(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, j = f->j;
	const struct arabic *ar = &f->ar;
	zhen_quantity *q = &f->q;
	int64_t y;

	if (j < len && s[j] == 's' && (j + 1 >= len || !is_alnum(s[j + 1])) &&
	    !ar->frac && !ar->grouped && ar->nint == 4 &&
	    nr_small_int(ar->v, 1000, 9999, &y) &&
	    (y < 3000 || y % 1000)) {
		q->kind = ZHEN_Q_YEAR;
		q->flags |= ZHEN_QF_DECADE;
		q->value = ar->v;
		*next = j + 1;
		return nr_emit(sc, f->i, j + 1, q);
	}
	return NR_NONE;
}

/* the 90s, the '90s, in their 20s: ten years from a figure of tens (of a
 * century or of a life), a band as "twenties" is; the Chinese 90 年代 is
 * a year, which compare pairs with it by the last two digits */
int nr_en_decade_tens(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, e = f->j, a0 = i;
	const struct arabic *ar = &f->ar;
	zhen_quantity *q = &f->q;
	int64_t y;

	if (ar->frac || ar->grouped || ar->nint != 2 ||
	    !nr_small_int(ar->v, 10, 90, &y) || y % 10)
		return NR_NONE;
	if (e + 1 < len && s[e] == '\'' && s[e + 1] == 's')
		e++;
	else if (e + 3 < len && nr_is_rquote(s, e) && s[e + 3] == 's')
		e += 3;
	bool plural = e < len && s[e] == 's' &&
	              (e + 1 >= len || !is_alnum(s[e + 1]));
	if (plural && a0 > sc->lo && s[a0 - 1] == '\'')
		a0--;
	else if (plural && a0 >= sc->lo + 3 && nr_is_rquote(s, a0 - 3))
		a0 -= 3;
	/* "in 10s" is ten seconds; that decade is written
	 * '10s or 2010s */
	if (plural && !(y == 10 && a0 == i)) {
		q->kind = ZHEN_Q_NUMBER;
		q->value = ar->v;
		q->precision = 1;
		q->flags = ZHEN_QF_APPROX | ZHEN_QF_DECADE;
		*next = e + 1;
		return nr_emit(sc, a0, e + 1, q);
	}
	return NR_NONE;
}

/* 200 BC, 79 AD, AD 79: a year of an era (BC negative, as 公元前 reads);
 * capitals only, "ad" is a word */
int nr_en_era(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, i = f->i, j = f->j;
	const struct arabic *ar = &f->ar;
	const struct table *et = &sc->d->t[TB_ENW];
	int64_t y;

	if (ar->frac || ar->grouped || ar->nint > 4 ||
	    !nr_small_int(ar->v, 1, 9999, &y))
		return NR_NONE;
	size_t k = nr_sp(s, len, j), ea = i, eb = j;
	const struct entry *era = k != j && k < len &&
		s[k] >= 'A' && s[k] <= 'Z' ?
		match_fwd(et, s, len, k, ZHEN_LANG_EN, 0, K_ERA) : NULL;
	if (era) {
		eb = k + era->len;
	} else if (i > sc->lo + 1 && s[i - 1] == ' ' &&
	           (era = nr_match_back(et, s, i - 1, sc->lo,
	                                ZHEN_LANG_EN, 0, K_ERA)) &&
	           (era->val != 1 ||
	            s[i - 1 - era->len] < 'A' ||
	            s[i - 1 - era->len] > 'Z')) {
		era = NULL;
	} else if (era) {
		ea = i - 1 - era->len;
	}
	if (!era)
		return NR_NONE;
	f->q.kind = ZHEN_Q_YEAR;
	f->q.value = zhen__dec(era->val == 2 ? -y : y, 0);
	*next = eb;
	return nr_emit(sc, ea, eb, &f->q);
}

/* 22 October 2024; "the 22nd of October" */
int nr_en_day_month(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, j = f->j, mo = j + 1, me, end;
	const struct entry *m;
	int64_t day, y;

	if (f->ordinal && j + 4 < len && !memcmp(s + j, " of ", 4))
		mo = j + 4;
	if (!f->q.unit[0] && f->magexp < 0 && j < len && s[j] == ' ' &&
	    (m = nr_month_at(sc, mo, &me)) &&
	    nr_small_int(f->n.v, 1, 31, &day) && !f->n.frac &&
	    f->n.nint <= 2 && (me >= len || !is_alnum(s[me]))) {
		int64_t v = m->val * 100 + day;
		end = me;
		if ((y = nr_date_year(sc, &end)))
			v += y * 10000;
		*next = end;
		return nr_emit_date(sc, f->i, end, v, 0);
	}
	return NR_NONE;
}

/* The unit word of code @p code at @p k ("day", "month"): its end, or 0. */
static size_t unit_word(struct scan *sc, size_t k, const char *code)
{
	const struct entry *u = match_fwd(&sc->d->t[TB_UNIT], sc->s, sc->len, k,
	                                  ZHEN_LANG_EN, 0, -1);
	return u && !strcmp(u->code, code) ? k + u->len : 0;
}

/* After a day's ordinal ending at @p k: " day of (the) <month's ordinal>
 * (lunar) month"; its end, the month in *m and whether "lunar" was
 * written in *lun, or 0. */
size_t nr_en_day_of_tail(struct scan *sc, size_t k, int64_t *m, bool *lun)
{
	const char *s = sc->s;
	size_t len = sc->len, e;
	struct num mo;
	bool ord = false;

	*lun = false;
	if (k + 1 >= len || s[k] != ' ' ||
	    !(e = unit_word(sc, k + 1, ZHEN_UNIT_DAY)) || e + 4 >= len ||
	    !eq_ci(s + e, " of ", 4))
		return 0;
	k = e + 4;
	if (k + 4 < len && eq_ci(s + k, "the ", 4))
		k += 4;
	if (!(e = nr_day_at(sc, k, m)) &&
	    !(is_alpha(s[k]) && nr_read_en_words(sc, k, &mo, &ord) && ord &&
	      nr_small_int(mo.v, 1, 12, m) && (e = mo.b)))
		return 0;
	k = e;
	const struct entry *w = k + 1 < len && s[k] == ' ' ?
		match_fwd(&sc->d->t[TB_APPROX], s, len, k + 1, ZHEN_LANG_EN,
		          POS_LUNAR, -1) : NULL;
	if (w) {
		k += 1 + w->len;
		*lun = true;
	}
	if (*m > 12 || k + 1 >= len || s[k] != ' ')
		return 0;
	return unit_word(sc, k + 1, ZHEN_UNIT_MONTH);
}

/* "the 14th day of the 10th month (of the lunar calendar)", "the 15th
 * day of ninth lunar month", "the first day of the first lunar month": a
 * date written as ordinals, as the lunar calendar is rendered; after the
 * day's ordinal f->n (the words "of" and "the" are the grammar of this one
 * form). */
int nr_en_day_of_month(struct scan *sc, struct fig *f, size_t *next)
{
	size_t e;
	bool lun;
	int64_t d, m;

	if (!f->ordinal || !nr_small_int(f->n.v, 1, 31, &d) ||
	    !(e = nr_en_day_of_tail(sc, f->j, &m, &lun)))
		return NR_NONE;
	*next = e;
	return nr_emit_date(sc, f->n.a, e, m * 100 + d,
	                    (lun ? ZHEN_QF_LUNAR : lunar(sc, f->n.a, e)) |
	                    (f->words ? ZHEN_QF_WORDS : 0));
}
