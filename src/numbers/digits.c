/* numbers/digits.c: Arabic digits: grouping, decimals, thin spaces, the end of
 * a digit run. */
#include "reader.h"

/* Thin space U+2009 and narrow no-break space U+202F group digits in
 * typeset figures ("1 234 567"), and so does the no-break space U+00A0,
 * which word processors put there (French and ISO style, "1 250 000"). */
static size_t thin_space_at(const char *s, size_t len, size_t i)
{
	if (i + 2 <= len && (unsigned char)s[i] == 0xC2 &&
	    (unsigned char)s[i + 1] == 0xA0)
		return 2;
	if (i + 3 <= len && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x89 || (unsigned char)s[i + 2] == 0xAF))
		return 3;
	return 0;
}

/* The digits of a figure while it is read: the first KEEP characters
 * kept for zhen__dec_parse(), integer digits past them counted (they
 * only scale the value), fractional ones past them dropped. */
enum { KEEP = 40 };

struct digits {
	char buf[KEEP + 2];
	size_t n, extra;
	bool cut;
	uint64_t hash; /* FNV-1a of every character put */
};

static void put(struct digits *d, char c, bool frac)
{
	d->hash = (d->hash ^ (unsigned char)c) * 0x100000001b3u;
	if (d->n < KEEP || (c == '.' && d->n < KEEP + 1)) {
		d->buf[d->n++] = c;
		return;
	}
	d->cut = true;
	if (!frac)
		d->extra++;
}

/* Significant digits written: those kept after the leading zeros, and the
 * integer digits counted past them. */
static size_t significant(const struct digits *d)
{
	size_t k = 0, sig = 0;
	while (k < d->n && (d->buf[k] == '0' || d->buf[k] == '.'))
		k++;
	for (; k < d->n; k++)
		sig += d->buf[k] != '.';
	return sig + d->extra;
}

bool nr_read_arabic(const char *s, size_t len, size_t i, struct arabic *out)
{
	struct digits d = { .hash = 0xcbf29ce484222325u };
	size_t j = i;
	size_t lead = 0;

	memset(out, 0, sizeof *out);
	while (j < len && is_digit(s[j])) {
		put(&d, s[j++], false);
		lead++;
	}
	if (!lead)
		return false;
	out->nint = lead > INT_MAX ? INT_MAX : (int)lead;
	/* A separator counts only between groups of exactly three digits and
	 * after a leading group of at most three: "2018,2019" stays a list. */
	while (lead <= 3 && j < len) {
		size_t sep = s[j] == ',' ? 1 : thin_space_at(s, len, j);
		if (!sep || j + sep + 3 > len || !is_digit(s[j + sep]) ||
		    !is_digit(s[j + sep + 1]) || !is_digit(s[j + sep + 2]) ||
		    (j + sep + 3 < len && is_digit(s[j + sep + 3])))
			break;
		for (int k = 0; k < 3; k++)
			put(&d, s[j + sep + k], false);
		if (out->nint < INT_MAX - 3)
			out->nint += 3;
		j += sep + 3;
		out->grouped = true;
	}
	/* A last group of four ("104,5000", "$22,5000") is a grouping
	 * slip, often a figure written ten times too large: read as one
	 * figure it is a magnitude error; read as two it was a figure
	 * missing and another extra. Five digits or more stay a list. */
	if (lead <= 3 && j + 5 <= len && s[j] == ',' && is_digit(s[j + 1]) &&
	    is_digit(s[j + 2]) && is_digit(s[j + 3]) && is_digit(s[j + 4]) &&
	    (j + 5 == len || !is_digit(s[j + 5]))) {
		for (int k = 1; k <= 4; k++)
			put(&d, s[j + k], false);
		out->nint += 4;
		j += 5;
		out->grouped = true;
	}
	if (j + 1 < len && s[j] == '.' && is_digit(s[j + 1])) {
		put(&d, s[j++], true);
		while (j < len && is_digit(s[j]))
			put(&d, s[j++], true);
		out->frac = true;
	}
	out->end = j;
	if (!zhen__dec_parse(&out->v, &out->prec, d.buf, d.n))
		return false;
	/* past 18 significant digits the value holds the first 18 (a
	 * documented limit): the figure says so, and compare says it could
	 * not compare the rest */
	out->longer = significant(&d) > 18;
	out->hash = out->longer ? d.hash : 0;
	if (d.extra) {
		if (d.extra > 100000) /* past any figure: the run is no amount */
			return false;
		out->v.exp += (int32_t)d.extra;
		out->prec += (int32_t)d.extra;
	}
	return true;
}

/* The end of the digit run at @p i, separators between digits included:
 * where the scan resumes when nr_read_arabic() refuses a run (a run of
 * more than 100,000 digits). Resuming one digit later would read the run's tail as a
 * figure nobody wrote. */
size_t nr_digit_run_end(const char *s, size_t len, size_t i)
{
	while (i < len && (is_digit(s[i]) ||
	                   ((s[i] == ',' || s[i] == '.') && i > 0 &&
	                    is_digit(s[i - 1]) && i + 1 < len &&
	                    is_digit(s[i + 1]))))
		i++;
	return i;
}
