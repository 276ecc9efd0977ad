/* numbers/ident.c: identifiers that are no quantity: model names (GPT-4,
 * A100), versions, codes with leading zeros, analysts' period codes (1Q24),
 * dimensions. */
#include "reader.h"

/* A version of three parts or more (2.3.1, 10.0.19041): a name, not a
 * figure and a fraction. */
bool nr_version_at(const struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t len = sc->len, k = p;
	int parts = 0;
	if (p > 0 && (is_alnum(s[p - 1]) || s[p - 1] == '.'))
		return false;
	for (;;) {
		size_t d = k;
		while (k < len && is_digit(s[k]))
			k++;
		if (k == d)
			return false;
		parts++;
		if (k + 1 < len && s[k] == '.' && is_digit(s[k + 1]))
			k++;
		else
			break;
	}
	return parts >= 3;
}

/* A code written with leading zeros (stock code 00020, 0700.HK): four
 * digits or more from a 0, compared literally as an identifier, never as
 * the amount 20. Zone times (0230 UTC) are read before. */
bool nr_zero_code(const struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t len = sc->len, k = p;
	const struct entry *e;

	if (p > sc->lo && (is_alnum(s[p - 1]) || s[p - 1] == '.' ||
	                   s[p - 1] == ','))
		return false;
	while (k < len && is_digit(s[k]))
		k++;
	/* 600519.SH, 2330.TW: a stock code by its exchange's suffix
	 * (dicts/en_number_words.tsv ident, value 1) */
	if (k - p >= 4 && k + 2 < len && s[k] == '.' &&
	    (e = match_fwd(&sc->d->t[TB_ENW], s, len, k + 1, LANG_ANY, 0,
	                   K_IDENTPRE)) && e->val == 1 &&
	    !memcmp(s + k + 1, e->text, e->len))
		return true;
	/* 贵州茅台（600519）: six digits alone in brackets are an A-share
	 * code */
	if (k - p == 6 && p > sc->lo && s[p - 1] == '(' && k < len &&
	    s[k] == ')')
		return true;
	return s[p] == '0' && k - p >= 4 &&
	       !(k + 1 < len && (s[k] == '.' || s[k] == ',') &&
	         is_digit(s[k + 1]));
}

/* The year of two or four digits at s[a, b) (24 is 2024, 99 is 1999),
 * or 0. */
static int64_t short_year(const char *s, size_t a, size_t b)
{
	int64_t y = 0;
	if (b - a != 2 && b - a != 4)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (!is_digit(s[k]))
			return 0;
		y = y * 10 + (s[k] - '0');
	}
	/* FY99 is 1999, 1Q24 2024 */
	return b - a == 2 ? (y >= 50 ? 1900 : 2000) + y
	                  : (y >= 1900 && y <= 2199 ? y : 0);
}

/* Analysts' period codes, which a translation writes out (1Q24 is
 * 2024年第一季度, 2H23 2023年下半年, FY23 2023财年): 1Q24 as the first
 * quarter (span 1Q) and the year 2024 (span 24), FY2023 as that year,
 * 1QFY24 as both; a split fiscal year (FY2023/24, FY2023-24) as the
 * range of its two years, as 2023/24财年 reads. 1 when emitted (*b is
 * then the end), 0 when s[a, *b) is no such code, or a negative error. */
static int period_code(struct scan *sc, size_t a, size_t *b)
{
	const char *s = sc->s;
	zhen_quantity q;
	int rc;
	int64_t y, y2 = 0;
	size_t k = a, e, e2 = 0;

	memset(&q, 0, sizeof q);
	if (*b - a >= 4 && s[a] >= '1' && s[a] <= '4' &&
	    (s[a + 1] == 'Q' || (s[a + 1] == 'H' && s[a] <= '2'))) {
		k = a + 2;
		if (*b - k > 2 && s[k] == 'F' && s[k + 1] == 'Y')
			k += 2;
		if (!short_year(s, k, *b))
			return 0;
		q.kind = ZHEN_Q_ORDINAL;
		q.value = zhen__dec(s[a] - '0', 0);
		nr_set_code(q.unit, sizeof q.unit, s[a + 1] == 'Q' ? ZHEN_UNIT_QUARTER : ZHEN_UNIT_HALF);
		if ((rc = nr_emit(sc, a, a + 2, &q)) < 0)
			return rc;
		memset(&q, 0, sizeof q);
	} else if (*b - a >= 4 && s[a] == 'F' && s[a + 1] == 'Y') {
		k = a + 2;
	}
	if (k == a)
		return 0;
	for (e = k; e < *b && is_digit(s[e]); e++)
		;
	if (!(y = short_year(s, k, e)))
		return 0;
	if (s[a] == 'F' && e < sc->len && (s[e] == '/' || s[e] == '-')) {
		for (e2 = e + 1; e2 < sc->len && is_digit(s[e2]); e2++)
			;
		y2 = e2 < sc->len && is_alnum(s[e2]) ? 0
		                                     : short_year(s, e + 1, e2);
		if (y2 && y2 < y) /* FY2099/00 */
			y2 += 100;
		if (y2 != y + 1)
			y2 = 0;
	}
	if (e != *b && !y2)
		return 0;
	q.kind = ZHEN_Q_YEAR;
	q.value = zhen__dec(y, 0);
	q.flags = y2 ? ZHEN_QF_RANGE : 0;
	if ((rc = nr_emit(sc, s[a] == 'F' ? a : k, e, &q)) < 0)
		return rc;
	*b = e;
	if (y2) {
		q.value = zhen__dec(y2, 0);
		if ((rc = nr_emit(sc, e + 1, e2, &q)) < 0)
			return rc;
		*b = e2;
	}
	return 1;
}

int nr_emit_ident(struct scan *sc, size_t a, size_t digit, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, b = digit;
	struct arabic ar;
	zhen_quantity q;
	int rc;

	while (b < len && (is_alnum(s[b]) ||
	                   ((s[b] == '-' || s[b] == '.') && b + 1 < len &&
	                    is_alnum(s[b + 1]))))
		b++;
	memset(&q, 0, sizeof q);
	q.kind = ZHEN_Q_IDENT;
	if (nr_read_arabic(s, len, digit, &ar)) {
		q.value = ar.v;
		q.precision = ar.prec;
		if (ar.end > b)
			b = ar.end;
	}
	/* The literal is what must reappear: keep it where compare can
	 * see it (truncated to the field). */
	size_t n = b - a < sizeof q.unit - 1 ? b - a : sizeof q.unit - 1;
	memcpy(q.unit, s + a, n);
	if ((rc = period_code(sc, a, &b)) != 0) {
		*next = b;
		return rc < 0 ? rc : 0;
	}
	if (b - a == 2 && (s[a] == 'Q' || s[a] == 'H') && s[a + 1] >= '1' &&
	    s[a + 1] <= (s[a] == 'Q' ? '4' : '2')) {
		/* Q3, H1: the third quarter, the first half */
		q.kind = ZHEN_Q_ORDINAL;
		q.value = zhen__dec(s[a + 1] - '0', 0);
		q.precision = 0;
		nr_set_code(q.unit, sizeof q.unit, s[a] == 'Q' ? ZHEN_UNIT_QUARTER : ZHEN_UNIT_HALF);
	}
	*next = b;
	return nr_emit(sc, a, b, &q);
}

/* Where an identifier around the digits at @p p starts, or (size_t)-1. */
/* mid-2019, top-10, 1-of-4: a lowercase word (en_number_words.tsv ident
 * of value 2) and a hyphen before the digits at @p p leave them a
 * figure; Il-76 and COVID-19 are names. */
static bool modifier_before(const struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t w = p - 1;
	const struct entry *e;

	if (p < sc->lo + 2 || s[p - 1] != '-' || !is_alpha(s[p - 2]))
		return false;
	while (w > sc->lo && is_alpha(s[w - 1]))
		w--;
	e = nr_match_back(&sc->d->t[TB_ENW], s, p - 1, w, LANG_ANY, 0,
	                  K_IDENTPRE);
	return e && e->val == 2 && e->len == p - 1 - w &&
	       !memcmp(s + w, e->text, e->len);
}

size_t nr_ident_start(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t a = p;
	const struct entry *e;

	/* RMB3.4bn, USD6bn: a currency code, not an identifier */
	if (nr_match_back(&sc->d->t[TB_CUR], s, p, sc->lo, sc->lang, POS_PRE, -1))
		return (size_t)-1;
	/* N+2, T+1: a formula, compared literally */
	if (p > sc->lo + 1 && s[p - 1] == '+' && is_alpha(s[p - 2]) &&
	    (p - 2 == sc->lo || !is_alnum(s[p - 3])))
		return p - 2;
	if (modifier_before(sc, p))
		return (size_t)-1;
	if (p > sc->lo && (is_alpha(s[p - 1]) ||
	                   (s[p - 1] == '-' && p - 1 > sc->lo &&
	                    is_alpha(s[p - 2])))) {
		while (a > sc->lo && (is_alnum(s[a - 1]) ||
		                      (s[a - 1] == '-' && a - 1 > sc->lo &&
		                       is_alnum(s[a - 2]))))
			a--;
		return a;
	}
	if (p > sc->lo + 1 && s[p - 1] == ' ' &&
	    (e = nr_match_back(&sc->d->t[TB_ENW], s, p - 1, sc->lo, LANG_ANY, 0,
	                       K_IDENTPRE)) && e->val == 0 &&
	    !memcmp(s + p - 1 - e->len, e->text, e->len))
		return p - 1 - e->len;
	return (size_t)-1;
}

/* The end of a dimension's "x" at @p k (x, X or ×, spaces around it
 * allowed; " by " in English) when a digit follows, else @p k. */
static size_t dim_sep(const struct scan *sc, size_t k)
{
	const char *s = sc->s;
	size_t len = sc->len, a = nr_sp(s, len, k), b;
	if (a < len && (s[a] == 'x' || s[a] == 'X'))
		b = a + 1;
	else if (a + 1 < len && (unsigned char)s[a] == 0xC3 &&
	         (unsigned char)s[a + 1] == 0x97)
		b = a + 2;
	else if (sc->lang == ZHEN_LANG_EN && a != k && a + 3 < len &&
	         s[a] == 'b' && s[a + 1] == 'y' && s[a + 2] == ' ')
		b = a + 2;
	else
		return k;
	b = nr_sp(s, len, b);
	return b < len && is_digit(s[b]) ? b : k;
}

/* 36x24mm, 6 x 6 cm, 56×56 mm, 36 by 24 mm: two or three figures of one
 * size, each in the unit written after the last (read as an identifier,
 * or as 36 and 24 mm, the first figure matched no side's). A unit must
 * follow: 4x4 stays a name. 1 when emitted, 0 when no dimension. */
int nr_dims_at(struct scan *sc, size_t i, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, at[3], p = i, n = 0, k, ua;
	struct arabic ar[3];
	const struct entry *u;
	int rc;

	if (i > 0 && (is_alnum(s[i - 1]) || s[i - 1] == '.' ||
	              s[i - 1] == '-'))
		return 0;
	for (;;) {
		if (!nr_read_arabic(s, len, p, &ar[n]) || ar[n].grouped)
			return 0;
		at[n++] = p;
		k = dim_sep(sc, ar[n - 1].end);
		if (k == ar[n - 1].end)
			break;
		if (n == 3)
			return 0;
		/* "in 2019 by 5 km": a year and a change, not a size */
		if (ar[n - 1].nint == 4 && !ar[n - 1].frac &&
		    s[ar[n - 1].end] == ' ')
			return 0;
		p = k;
	}
	if (n < 2)
		return 0;
	k = ar[n - 1].end;
	ua = k;
	u = match_fwd(&sc->d->t[TB_UNIT], s, len, k, sc->lang, 0, U_MEASURE);
	if (!u && nr_sp(s, len, k) != k) {
		ua = k + 1;
		u = match_fwd(&sc->d->t[TB_UNIT], s, len, ua, sc->lang, 0,
		              U_MEASURE);
	}
	if (!u)
		return 0;
	for (size_t m = 0; m < n; m++) {
		zhen_quantity q;
		memset(&q, 0, sizeof q);
		q.kind = ZHEN_Q_NUMBER;
		q.value = ar[m].v;
		q.precision = ar[m].prec;
		nr_set_code(q.unit, sizeof q.unit, u->code);
		if ((rc = nr_emit(sc, at[m], m + 1 < n ? ar[m].end : ua + u->len,
		                  &q)) < 0)
			return rc;
	}
	*next = ua + u->len;
	return 1;
}

/* Digits inside an identifier (GPT-4, A100, COVID-19) */
int nr_ident_around(struct scan *sc, size_t i, size_t *next)
{
	size_t ia = nr_ident_start(sc, i);

	return ia != (size_t)-1 ? nr_emit_ident(sc, ia, i, next) : NR_NONE;
}

/* A code of leading zeros (00020), a version (2.3.1), dimensions
 * (36x24mm) */
int nr_code(struct scan *sc, size_t i, size_t *next)
{
	int rc;

	if (nr_zero_code(sc, i) || nr_version_at(sc, i))
		return nr_emit_ident(sc, i, i, next);
	if ((rc = nr_dims_at(sc, i, next)))
		return rc < 0 ? rc : 0;
	return NR_NONE;
}
