/* readers/xlsx_num.c: the text a number cell shows. Excel stores 34% as
 * 0.34 and 5 March 2024 as 45356; read as stored, either would be a false
 * finding against the other column's "34%" or "March 5, 2024". So a
 * percent format gives the stored decimal times 100 (exactly, by moving
 * the decimal point: never through binary floating point) and a date
 * format an ISO 8601 date, which the number reader reads as a date. Other
 * formats (thousands separators, currency, decimals) change only how a
 * figure looks, and the stored text is what Excel shows in General
 * format, so it is kept as written. */
#include "xlsx.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum zhen__numfmt zhen__numfmt_builtin(long id)
{
	if (id == 9 || id == 10)
		return ZHEN__NF_PERCENT;
	if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 ||
	    (id >= 50 && id <= 54) || id == 57 || id == 58)
		return ZHEN__NF_DATE;
	if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id == 45 ||
	    id == 55 || id == 56)
		return ZHEN__NF_TIME;
	if (id == 22)
		return ZHEN__NF_DATETIME;
	return ZHEN__NF_PLAIN; /* 46 [h]:mm:ss and 47 mmss.0 are durations */
}

/* Skip a bracketed part at code[*i] ('['): a colour, a condition, a
 * locale; true for [h], [mm], [ss], an elapsed time (a duration, which is
 * no date). */
static bool skip_bracket(const char *code, size_t *i)
{
	size_t j = *i + 1, k = j;
	while (code[k] && code[k] != ']')
		k++;
	bool elapsed = k > j;
	for (size_t m = j; m < k; m++)
		elapsed &= strchr("hHmMsS", code[m]) != NULL;
	*i = code[k] ? k + 1 : k;
	return elapsed;
}

enum zhen__numfmt zhen__numfmt_code(const char *code)
{
	bool date = false, time = false, month = false, percent = false;
	for (size_t i = 0; code[i] && code[i] != ';';) {
		char c = code[i];
		if (c == '"') { /* literal text: 年, 月 */
			const char *q = strchr(code + i + 1, '"');
			i = q ? (size_t)(q - code) + 1 : strlen(code);
		} else if (c == '\\' || c == '_' || c == '*') {
			i += code[i + 1] ? 2 : 1; /* an escaped or padding char */
		} else if (c == '[') {
			if (skip_bracket(code, &i))
				return ZHEN__NF_PLAIN;
		} else if (!strncmp(code + i, "General", 7) ||
		           !strncmp(code + i, "general", 7)) {
			i += 7;
		} else {
			date |= strchr("yYdD", c) != NULL;
			time |= strchr("hHsS", c) != NULL ||
			        !strncmp(code + i, "AM/PM", 5);
			month |= c == 'm' || c == 'M';
			percent |= c == '%';
			i++;
		}
	}
	if ((date || month) && time)
		return date ? ZHEN__NF_DATETIME : ZHEN__NF_TIME; /* h:mm */
	if (date || month)
		return ZHEN__NF_DATE;
	if (time)
		return ZHEN__NF_TIME;
	return percent ? ZHEN__NF_PERCENT : ZHEN__NF_PLAIN;
}

/* A plain decimal [s, s+n) ("45356", "0.5", "-12.25"): its sign, whole
 * part and up to 13 digits of fraction as a numerator over 10^digits.
 * False for anything else (an exponent, junk). */
struct dec {
	bool neg;
	uint64_t whole, frac, den;
};

static bool parse_dec(const char *s, size_t n, struct dec *d)
{
	size_t i = 0;
	*d = (struct dec){ .den = 1 };
	if (i < n && (s[i] == '-' || s[i] == '+'))
		d->neg = s[i++] == '-';
	size_t digits = 0;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++)
		if (d->whole > UINT64_MAX / 100)
			return false;
		else
			d->whole = d->whole * 10 + (uint64_t)(s[i] - '0');
	if (i < n && s[i] == '.')
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++)
			if (d->den < 10000000000000ull) {
				d->frac = d->frac * 10 + (uint64_t)(s[i] - '0');
				d->den *= 10;
			}
	return i == n && digits;
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm, exact
 * for the proleptic Gregorian calendar). */
static void civil(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	uint64_t doe = (uint64_t)(z - era * 146097);
	uint64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	uint64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	uint64_t mp = (5 * doy + 2) / 153;
	*d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
	*m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int64_t)yoe + era * 400 + (*m <= 2);
}

/* Excel's serial day @p days as a date. The 1900 system counts
 * 1900-01-01 as day 1 and, after Lotus 1-2-3, a 29 February 1900 that
 * never was as day 60; the 1904 system counts 1904-01-01 as day 0. */
static void add_date(struct zhen__buf *out, uint64_t days, bool date1904)
{
	if (!date1904 && days == 60) {
		zhen__buf_str(out, "1900-02-29");
		return;
	}
	/* 1899-12-31 is day -25568 of 1970; 1904-01-01 is day -24107 */
	int64_t z = date1904 ? -24107 + (int64_t)days
	          : days < 60 ? -25568 + (int64_t)days : -25569 + (int64_t)days;
	int64_t y;
	unsigned m, d;
	civil(z, &y, &m, &d);
	zhen__buf_printf(out, "%04lld-%02u-%02u", (long long)y, m, d);
}

static void add_time(struct zhen__buf *out, uint64_t secs)
{
	unsigned h = (unsigned)(secs / 3600), mi = (unsigned)(secs / 60 % 60),
	         s = (unsigned)(secs % 60);
	if (s)
		zhen__buf_printf(out, "%02u:%02u:%02u", h, mi, s);
	else
		zhen__buf_printf(out, "%02u:%02u", h, mi);
}

/* Dates run to 9999-12-31, day 2958465: past it, Excel shows ####. */
static bool add_datetime(struct zhen__buf *out, const char *v, size_t n,
                         enum zhen__numfmt k, bool date1904)
{
	struct dec d;
	if (!parse_dec(v, n, &d) || d.neg || d.whole > 2958465)
		return false;
	uint64_t days = d.whole;
	uint64_t secs = (d.frac * 86400 + d.den / 2) / d.den;
	if (secs >= 86400)
		days++, secs -= 86400;
	if (k == ZHEN__NF_DATE && days == 0)
		return false; /* day 0 is no date ("1900-01-00") */
	if (k == ZHEN__NF_TIME || (k == ZHEN__NF_DATETIME && days == 0)) {
		add_time(out, secs);
		return true;
	}
	add_date(out, days, date1904);
	if (k == ZHEN__NF_DATETIME) {
		zhen__buf_add(out, " ", 1);
		add_time(out, secs);
	}
	return true;
}

/* [v, v+n) times 100 with "%": the decimal point moved two places, so
 * 0.345 is 34.5% exactly. False for what is no plain decimal. */
static bool add_percent(struct zhen__buf *out, const char *v, size_t n)
{
	char digits[400];
	size_t nd = 0, point = 0, i = 0;
	bool neg = n && v[0] == '-', seen_point = false;
	i = n && (v[0] == '-' || v[0] == '+');
	for (; i < n && nd + 3 < sizeof digits; i++) {
		if (v[i] == '.' && !seen_point)
			seen_point = true;
		else if (v[i] >= '0' && v[i] <= '9')
			digits[nd++] = v[i], point += !seen_point;
		else
			return false;
	}
	if (i < n || !nd)
		return false;
	while (nd < point + 2) /* 0.3 → 30 */
		digits[nd++] = '0';
	point += 2;
	size_t lead = 0; /* leading zeros of the whole part */
	while (lead + 1 < point && digits[lead] == '0')
		lead++;
	while (nd > point && digits[nd - 1] == '0')
		nd--;
	if (neg)
		zhen__buf_add(out, "-", 1);
	zhen__buf_add(out, digits + lead, point - lead);
	if (nd > point) {
		zhen__buf_add(out, ".", 1);
		zhen__buf_add(out, digits + point, nd - point);
	}
	zhen__buf_add(out, "%", 1);
	return true;
}

void zhen__numfmt_text(struct zhen__buf *out, const char *v, size_t n,
                       enum zhen__numfmt k, bool date1904)
{
	size_t mark = out->len;
	bool done = k == ZHEN__NF_PERCENT ? add_percent(out, v, n)
	          : k == ZHEN__NF_PLAIN ? false
	          : add_datetime(out, v, n, k, date1904);
	if (!done) {
		out->len = mark < out->len ? mark : out->len;
		zhen__buf_add(out, n ? v : "", n);
	}
}
