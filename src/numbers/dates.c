/* numbers/dates.c: dates and clock times written alike in both languages
 * (2024-10-22, 9:30, 0230 UTC), and emitting them. */
#include "reader.h"

/* 2024-10-22 at @p i (year 1000-2999, two-digit month and day, not part
 * of a longer run such as 2024-10-22-3): YYYYMMDD with *end after it, or
 * 0. Month and day are kept as written, 2024-13-40 too: a slip the other
 * side's date shows as a value error. */
int64_t nr_iso_date(const struct scan *sc, size_t i, size_t *end)
{
	const char *s = sc->s;
	size_t len = sc->len, k = i;
	int64_t v = 0;

	if (i > sc->lo && (is_alnum(s[i - 1]) || s[i - 1] == '-' ||
	                   s[i - 1] == '.'))
		return 0;
	for (int part = 0; part < 3; part++) {
		size_t want = part ? 2 : 4;
		for (size_t x = 0; x < want; x++, k++) {
			if (k >= len || !is_digit(s[k]))
				return 0;
			v = v * 10 + (s[k] - '0');
		}
		if (part < 2 && (k >= len || s[k++] != '-'))
			return 0;
	}
	if (k < len && (is_alnum(s[k]) || s[k] == '-' ||
	                ((s[k] == '.' || s[k] == ',') && k + 1 < len &&
	                 is_digit(s[k + 1]))))
		return 0;
	if (v / 10000 < 1000 || v / 10000 > 2999)
		return 0;
	*end = k;
	return v;
}

static int emit_dated(struct scan *sc, size_t a, size_t b, int64_t v,
                      unsigned flags, zhen_qkind kind)
{
	zhen_quantity q;
	memset(&q, 0, sizeof q);
	q.kind = kind;
	q.value = zhen__dec(v, 0);
	q.flags = flags;
	if (flags & ZHEN_QF_LATENT)
		return nr_emit_latent(sc, a, b, &q);
	return nr_emit(sc, a, b, &q);
}

int nr_emit_date(struct scan *sc, size_t a, size_t b, int64_t v,
                 unsigned flags)
{
	return emit_dated(sc, a, b, v, flags, ZHEN_Q_DATE);
}

int nr_emit_time(struct scan *sc, size_t a, size_t b, int64_t hhmm,
                 unsigned flags)
{
	return emit_dated(sc, a, b, hhmm, flags, ZHEN_Q_TIME);
}

/* "0230 UTC", "UTC 0230": four digits [@p i, @p j) beside a time zone
 * are a clock time, HHMM; *a and *b get the span. -1 when not. */
int64_t nr_zone_time(struct scan *sc, size_t i, size_t j, size_t *a,
                     size_t *b)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const char *s = sc->s;
	size_t len = sc->len;
	const struct entry *z;
	int64_t v = 0;

	if (j - i != 4 || (j < len && (is_alnum(s[j]) || s[j] == '.' ||
	                               s[j] == ',')) ||
	    (i > 0 && is_alnum(s[i - 1])))
		return -1;
	for (size_t k = i; k < j; k++) {
		if (!is_digit(s[k]))
			return -1;
		v = v * 10 + (s[k] - '0');
	}
	/* the zone word makes any four digits a time: UTC 0280 is a
	 * slipped 0230, a value error beside the other side's time */
	*a = i;
	*b = j;
	if (j + 1 < len && s[j] == ' ' &&
	    (z = match_fwd(t, s, len, j + 1, LANG_ANY, 0, K_ZONE))) {
		*b = j + 1 + z->len;
		return v;
	}
	if (i > sc->lo + 1 && s[i - 1] == ' ' &&
	    (z = nr_match_back(t, s, i - 1, sc->lo, LANG_ANY, 0, K_ZONE))) {
		*a = i - 1 - z->len;
		return v;
	}
	return -1;
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

/* "9:30" at @p i (hours 0–24, two-digit minutes, not part of a longer
 * figure such as 1:2:3): HHMM, with *end after the minutes, or -1. */
int64_t nr_colon_time(struct scan *sc, size_t i, size_t *end)
{
	const char *s = sc->s;
	size_t len = sc->len, j = i;
	int64_t h = 0;
	if (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == ':' ||
	              s[i - 1] == '.'))
		return -1;
	while (j < len && is_digit(s[j]) && j - i < 3)
		h = h * 10 + (s[j++] - '0');
	if (j == i || j - i > 2 || h > 24 || j + 2 >= len ||
	    (s[j] != ':' && s[j] != '.') ||
	    !is_digit(s[j + 1]) || !is_digit(s[j + 2]) ||
	    (j + 3 < len && (is_digit(s[j + 3]) || s[j + 3] == ':')))
		return -1;
	int64_t m = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
	/* 9.15am, as British English writes it: a dot only before am/pm
	 * (9.15 alone is a figure) */
	if (s[j] == '.' && (sc->lang != ZHEN_LANG_EN || h > 12 || m > 59 ||
	                    nr_ampm_at(sc, j + 3) == j + 3))
		return -1;
	/* 8:96 a.m. is a slipped clock time, which the other side's time
	 * shows as a value error; without am/pm it may be a score or a
	 * ratio, read as figures */
	if (m > 59 && nr_ampm_at(sc, j + 3) == j + 3)
		return -1;
	*end = j + 3;
	return h * 100 + m;
}

/* Digits that are a time or a date whatever follows: 0230 UTC,
 * 2024-10-22 */
int nr_digit_date(struct scan *sc, size_t i, size_t *next)
{
	size_t za, zb;
	int64_t hm, iso;

	if ((hm = nr_zone_time(sc, i, nr_digit_run_end(sc->s, sc->len, i),
	                       &za, &zb)) >= 0) {
		*next = zb;
		return nr_emit_time(sc, za, zb, hm, 0);
	}
	if ((iso = nr_iso_date(sc, i, &zb))) {
		*next = zb;
		return nr_emit_date(sc, i, zb, iso, 0);
	}
	return NR_NONE;
}
