/* numbers/format.c: a quantity as text (zhen_quantity_format()) and the kinds'
 * names. */
#include "reader.h"

#include <stdio.h>
#include <string.h>

const char *zhen_qkind_name(zhen_qkind kind)
{
	switch (kind) {
	case ZHEN_Q_NUMBER: return "number";
	case ZHEN_Q_MONEY: return "money";
	case ZHEN_Q_PERCENT: return "percent";
	case ZHEN_Q_POINTS: return "points";
	case ZHEN_Q_ORDINAL: return "ordinal";
	case ZHEN_Q_YEAR: return "year";
	case ZHEN_Q_DATE: return "date";
	case ZHEN_Q_IDENT: return "ident";
	case ZHEN_Q_TIME: return "time";
	}
	return "unknown";
}

static const char *ord_suffix(zhen_decimal v)
{
	int64_t n;
	if (!nr_small_int(v, 0, 9999, &n))
		return "th";
	if (n % 100 >= 11 && n % 100 <= 13)
		return "th";
	switch (n % 10) {
	case 1: return "st";
	case 2: return "nd";
	case 3: return "rd";
	default: return "th";
	}
}

/* A figure of more than 18 significant digits, of which the value holds
 * the first 18: written as them times a power of ten (1.2345…×10^19), so
 * that no one reads the zeros of the rest as the figure's. */
static void long_form(char *out, size_t cap, zhen_decimal v)
{
	char digits[32];
	int64_t c = v.coef < 0 ? -v.coef : v.coef;
	int len = snprintf(digits, sizeof digits, "%lld", (long long)c);
	long long e = (long long)v.exp + len - 1; /* of the first digit */
	int n = len;

	while (n > 1 && digits[n - 1] == '0')
		digits[--n] = 0;
	snprintf(out, cap, "%s%c%s%s×10^%lld", v.coef < 0 ? "-" : "",
	         digits[0], n > 1 ? "." : "", digits + 1, e);
}

size_t zhen_quantity_format(char *buf, size_t cap, const zhen_quantity *q,
                            int group)
{
	char num[128], out[192];
	int n;

	if (!q) {
		if (cap && buf)
			buf[0] = 0;
		return 0;
	}
	if (q->flags & ZHEN_QF_LONG)
		long_form(num, sizeof num, q->value);
	else
		zhen_decimal_format(num, sizeof num, q->value, group);
	switch (q->kind) {
	case ZHEN_Q_MONEY:
		n = snprintf(out, sizeof out, "%s %s", q->currency, num);
		break;
	case ZHEN_Q_PERCENT:
		n = snprintf(out, sizeof out, "%s%%", num);
		break;
	case ZHEN_Q_POINTS:
		n = snprintf(out, sizeof out, "%s pp", num);
		break;
	case ZHEN_Q_ORDINAL:
		n = snprintf(out, sizeof out, "%s%s", num, ord_suffix(q->value));
		break;
	case ZHEN_Q_YEAR:
		zhen_decimal_format(num, sizeof num, q->value, 0);
		n = snprintf(out, sizeof out, "%s", num);
		break;
	case ZHEN_Q_DATE: {
		int64_t v = q->value.coef;
		for (int i = 0; i < q->value.exp && i < 9; i++)
			v *= 10;
		if (v >= 10000)
			n = snprintf(out, sizeof out, "%04lld-%02lld-%02lld",
			             (long long)(v / 10000),
			             (long long)(v / 100 % 100), (long long)(v % 100));
		else if (q->flags & ZHEN_QF_DAY) /* ISO 8601's ---DD */
			n = snprintf(out, sizeof out, "---%02lld", (long long)v);
		else
			n = snprintf(out, sizeof out, "%02lld-%02lld%s",
			             (long long)(v / 100), (long long)(v % 100),
			             q->flags & ZHEN_QF_LUNAR ? " lunar" : "");
		break;
	}
	case ZHEN_Q_TIME: {
		int64_t v = q->value.coef;
		for (int i = 0; i < q->value.exp && i < 9; i++)
			v *= 10;
		n = snprintf(out, sizeof out, "%02lld:%02lld",
		             (long long)(v / 100), (long long)(v % 100));
		break;
	}
	case ZHEN_Q_IDENT: {
		/* The digits as written: 2.0 keeps its zero. */
		zhen_decimal v = q->value;
		char *p = out;
		zhen_decimal_format(num, sizeof num, v, 0);
		n = snprintf(out, sizeof out, "%s", num);
		if (q->precision < 0 && v.exp > q->precision) {
			int have = v.exp < 0 ? -v.exp : 0;
			if (!have)
				out[n++] = '.';
			for (int i = have; i < -q->precision && n < 150; i++)
				out[n++] = '0';
			out[n] = 0;
		}
		(void)p;
		break;
	}
	default:
		if (q->unit[0])
			n = snprintf(out, sizeof out, "%s %s", num, q->unit);
		else
			n = snprintf(out, sizeof out, "%s", num);
		break;
	}
	if (n < 0)
		n = 0;
	if (cap && buf) {
		size_t k = (size_t)n < cap - 1 ? (size_t)n : cap - 1;
		memcpy(buf, out, k);
		buf[k] = 0;
	}
	return (size_t)n;
}

/* The "unit" of a quantity as JSON and finding ids write it: the currency
 * for money, % or pp, else the measurement unit. */
const char *zhen__quantity_unit(const zhen_quantity *q)
{
	if (q->currency[0])
		return q->currency;
	if (q->kind == ZHEN_Q_PERCENT)
		return "%";
	if (q->kind == ZHEN_Q_POINTS)
		return "pp";
	return q->unit;
}

/* The "value" as JSON and finding ids write it: the bare decimal (the unit
 * has its own field), except for dates, times and identifiers, whose text
 * form is the value. */
size_t zhen__quantity_value(char *buf, size_t cap, const zhen_quantity *q)
{
	if (q->kind == ZHEN_Q_DATE || q->kind == ZHEN_Q_TIME ||
	    q->kind == ZHEN_Q_IDENT)
		return zhen_quantity_format(buf, cap, q, 0);
	return zhen_decimal_format(buf, cap, q->value, 0);
}
