/* numbers/parts.c: figures written in parts of two units. A race time:
 * 1:57.79 and 1分57秒79 are one minute and 57.79 seconds, not a clock
 * time, a figure 1 and a figure 79. A height: 5'2" is five feet two
 * inches. Each part is read as a figure of its unit, as "1 minute and 30
 * seconds", 1分30秒 and 5英尺2英寸 are, so that the parts pair across the
 * languages whichever way each writes them. */
#include "reader.h"

/* Emit s[a, b) (digits, a decimal fraction allowed) as a figure of
 * @p unit. */
static int emit_part(struct scan *sc, size_t a, size_t b, const char *unit)
{
	zhen_quantity q;
	memset(&q, 0, sizeof q);
	if (!zhen__dec_parse(&q.value, &q.precision, sc->s + a, b - a))
		return 0;
	q.kind = ZHEN_Q_NUMBER;
	nr_set_code(q.unit, sizeof q.unit, unit);
	return nr_emit(sc, a, b, &q);
}

/* Whether the two digits at s[a, a + 2) are below 60. */
static bool sexagesimal(const char *s, size_t a)
{
	return s[a] < '6';
}

/* 1:57.79 (minutes, seconds), 2:03:45.6 (hours, minutes, seconds): parts
 * joined by colons, the last a count of seconds with a fraction, which no
 * clock time writes. One figure per part, each spanning its digits. */
int nr_en_race_time(struct scan *sc, size_t i, size_t *next)
{
	static const char *const units[2][3] = {
		{ ZHEN_UNIT_MINUTE, ZHEN_UNIT_SECOND, NULL },
		{ ZHEN_UNIT_HOUR, ZHEN_UNIT_MINUTE, ZHEN_UNIT_SECOND },
	};
	const char *s = sc->s;
	size_t len = sc->len, a[3], b[3], j = i, k;
	int n = 0, rc;

	if (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == ':' || s[i - 1] == '.'))
		return NR_NONE;
	for (;;) {
		for (k = j; k < len && is_digit(s[k]) && k - j < 3; k++)
			;
		/* the first part has one or two digits, the others two */
		if (k == j || k - j > 2 || (n && (k - j != 2 ||
		                                  !sexagesimal(s, j))))
			return NR_NONE;
		a[n] = j;
		b[n++] = k;
		if (n == 3 || k + 1 >= len || s[k] != ':' || !is_digit(s[k + 1]))
			break;
		j = k + 1;
	}
	if (n < 2 || k + 1 >= len || s[k] != '.' || !is_digit(s[k + 1]))
		return NR_NONE;
	for (k += 2; k < len && is_digit(s[k]); k++)
		;
	if (k < len && (is_alnum(s[k]) || s[k] == ':' ||
	                (s[k] == '.' && k + 1 < len && is_digit(s[k + 1]))))
		return NR_NONE;
	b[n - 1] = k;
	for (int p = 0; p < n; p++)
		if ((rc = emit_part(sc, a[p], b[p], units[n - 2][p])) < 0)
			return rc;
	*next = k;
	return 0;
}

/* The end of 分 at @p j when it is minutes: a count of seconds follows
 * (1分30秒, 1分57秒79), or a count of hours ends right before the figure
 * at @p a (2小时30分); else @p j. Alone, 分 is as often points, cents or
 * a tenth. */
size_t nr_zh_minutes(struct scan *sc, size_t a, size_t j, zhen_quantity *q)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, k, m;
	const struct entry *e = match_fwd(&d->t[TB_ZHNUM], s, len, j, LANG_ANY,
	                                  0, K_MINUTE);
	const struct zhen_quantities *l = sc->out;

	if (q->unit[0] || q->kind != ZHEN_Q_NUMBER || !e ||
	    nr_unit_word_at(d, s, len, j))
		return j;
	k = j + e->len;
	m = nr_numeral_run(d, s, len, k, len);
	bool seconds = m > k && m + 3 <= len && !memcmp(s + m, "秒", 3);
	bool after_hours = l->n && !strcmp(l->q[l->n - 1].unit, ZHEN_UNIT_HOUR) &&
	                   sc->aoff[2 * (l->n - 1) + 1] == a;
	if (!seconds && !after_hours)
		return j;
	nr_set_code(q->unit, sizeof q->unit, ZHEN_UNIT_MINUTE);
	return k;
}

/* The end of a foot mark (' ’ ′) or an inch mark (" ” ″) at @p k, or
 * @p k; *inch says which. */
static size_t prime_at(const char *s, size_t len, size_t k, bool *inch)
{
	static const struct { const char *t; size_t n; bool inch; } marks[] = {
		{ "'", 1, false }, { "\xE2\x80\x99", 3, false },
		{ "\xE2\x80\xB2", 3, false }, { "\"", 1, true },
		{ "\xE2\x80\x9D", 3, true }, { "\xE2\x80\xB3", 3, true },
	};
	for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++)
		if (k + marks[m].n <= len && !memcmp(s + k, marks[m].t, marks[m].n)) {
			*inch = marks[m].inch;
			return k + marks[m].n;
		}
	return k;
}

/* Emit s[a, b) as a figure of @p unit, latent when @p latent. */
static int emit_mark_part(struct scan *sc, size_t a, size_t b,
                          const char *unit, bool latent)
{
	zhen_quantity q;
	memset(&q, 0, sizeof q);
	if (!zhen__dec_parse(&q.value, &q.precision, sc->s + a, b - a))
		return 0;
	q.kind = ZHEN_Q_NUMBER;
	if (unit)
		nr_set_code(q.unit, sizeof q.unit, unit);
	return latent ? nr_emit_latent(sc, a, b, &q) : nr_emit(sc, a, b, &q);
}

/* 5'2" (feet and inches, the inches below 12): two figures, in ft and
 * in. Digits around a prime that make no height (22'85, 5"2, 3'45":
 * a race time, a typo, minutes and seconds) are read as no figure of
 * their own (latent). Not 1'000 (a thousands mark) nor 1990's. */
int nr_en_primes(struct scan *sc, size_t i, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, a = i, k, b, c, e;
	bool inch1, inch2 = false;

	if (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '.'))
		return NR_NONE;
	for (k = i; k < len && is_digit(s[k]) && k - i < 3; k++)
		;
	if (k - i > 2 || (b = prime_at(s, len, k, &inch1)) == k)
		return NR_NONE;
	for (c = b; c < len && is_digit(s[c]) && c - b < 3; c++)
		;
	if (c == b || c - b > 2)
		return NR_NONE;
	e = c;
	if (e + 1 < len && s[e] == '.' && is_digit(s[e + 1]))
		for (e += 2; e < len && is_digit(s[e]); e++)
			;
	size_t end = prime_at(s, len, e, &inch2);
	if (end < len && is_alnum(s[end]))
		return NR_NONE;
	int inches = c - b == 1 ? s[b] - '0' : (s[b] - '0') * 10 + s[c - 1] - '0';
	bool height = !inch1 && end != e && inch2 && e == c && inches < 12;
	int rc;
	if ((rc = emit_mark_part(sc, a, k, height ? ZHEN_UNIT_FOOT : NULL,
	                         !height)) < 0 ||
	    (rc = emit_mark_part(sc, b, e, height ? "in" : NULL, !height)) < 0)
		return rc;
	*next = end;
	return 0;
}
