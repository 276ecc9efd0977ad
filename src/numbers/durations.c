/* numbers/durations.c: lengths of time written in parts, as a race time
 * is: 1:57.79 and 1分57秒79 are one minute and 57.79 seconds, not a clock
 * time, a figure 1 and a figure 79. Each part is read as a figure of its
 * unit, as "1 minute and 30 seconds" and 1分30秒 are, so that the parts
 * pair across the languages whichever way each writes them. */
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
