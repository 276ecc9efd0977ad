/* numbers/digits.c: Arabic digits: grouping, decimals, thin spaces, the end of
 * a digit run. */
#include "reader.h"

/* Thin space U+2009 and narrow no-break space U+202F group digits in
 * typeset figures ("1 234 567"). */
static size_t thin_space_at(const char *s, size_t len, size_t i)
{
	if (i + 3 <= len && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x89 || (unsigned char)s[i + 2] == 0xAF))
		return 3;
	return 0;
}

bool nr_read_arabic(const char *s, size_t len, size_t i, struct arabic *out)
{
	char buf[64];
	size_t n = 0, j = i;
	int lead = 0;

	memset(out, 0, sizeof *out);
	while (j < len && is_digit(s[j])) {
		if (n >= 40)
			return false;
		buf[n++] = s[j++];
		lead++;
	}
	if (!lead)
		return false;
	out->nint = lead;
	/* A separator counts only between groups of exactly three digits and
	 * after a leading group of at most three: "2018,2019" stays a list. */
	while (lead <= 3 && j < len) {
		size_t sep = s[j] == ',' ? 1 : thin_space_at(s, len, j);
		if (!sep || j + sep + 3 > len || !is_digit(s[j + sep]) ||
		    !is_digit(s[j + sep + 1]) || !is_digit(s[j + sep + 2]) ||
		    (j + sep + 3 < len && is_digit(s[j + sep + 3])))
			break;
		if (n + 3 >= 40)
			return false;
		memcpy(buf + n, s + j + sep, 3);
		n += 3;
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
		if (n + 4 >= 40)
			return false;
		memcpy(buf + n, s + j + 1, 4);
		n += 4;
		out->nint += 4;
		j += 5;
		out->grouped = true;
	}
	if (j + 1 < len && s[j] == '.' && is_digit(s[j + 1])) {
		buf[n++] = s[j++];
		while (j < len && is_digit(s[j])) {
			if (n >= 60)
				return false;
			buf[n++] = s[j++];
		}
		out->frac = true;
	}
	out->end = j;
	return zhen__dec_parse(&out->v, &out->prec, buf, n);
}

/* The end of the digit run at @p i, separators between digits included:
 * where the scan resumes when nr_read_arabic() refuses a run (more than 40
 * digits). Resuming one digit later would read the run's tail as a
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
