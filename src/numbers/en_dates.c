/* numbers/en_dates.c: English dates: month names (abbreviated, misspelt), days, the year after a date, am/pm, a month alone. */
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
	for (size_t k = 0; k < t->n; k++) {
		const struct entry *e = &t->e[k];
		/* not the month and a letter more: Augusta, Octobers */
		if (e->kind == K_MONTHNAME && e->len >= 6 &&
		    eq_ci(e->text, s + i, 2) &&
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

/* am/pm (glued or after a space) at @p j: its end, or @p j. */
size_t nr_ampm_at(struct scan *sc, size_t j)
{
	size_t k = nr_sp(sc->s, sc->len, j);
	for (int pass = 0; pass < 2; pass++) {
		size_t at = pass ? k : j;
		if (pass && k == j)
			break;
		const struct entry *e = match_fwd(&sc->d->t[TB_ENW], sc->s,
		                                  sc->len, at, ZHEN_LANG_EN, 0,
		                                  K_AMPM);
		if (e)
			return at + e->len;
		e = match_fwd(&sc->d->t[TB_ENW], sc->s, sc->len, at,
		              ZHEN_LANG_EN, 0, K_ENOCLOCK);
		if (e && pass)
			return at + e->len;
	}
	return j;
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
	if (k != me && nr_month_at(sc, k, &e2) && (e2 >= len || !is_alnum(s[e2])))
		return true;
	k = me;
	if (k < len && s[k] == ',')
		k++;
	return nr_date_year(sc, &k) != 0;
}
