/* ident.c: identifiers (models, codes, versions: Il-76, 00700, GPT-4,
 * H5N1). The number reader keeps an identifier's literal text in unit and
 * its figure in value; a translation may write the letters differently,
 * transliterate them (伊尔-76) or leave them out. */
#include "compare.h"

/* A code of digits alone with leading zeros (00700, 0700.HK), as the
 * number reader keeps it. */
static bool zero_code(const char *lit)
{
	size_t n = 0;
	if (lit[0] != '0')
		return false;
	while (lit[n] >= '0' && lit[n] <= '9')
		n++;
	return n >= 2 && (!lit[n] || lit[n] == '.');
}

/* An English plural after the digits ("grounded Il-76s") names the same
 * model as the Chinese Il-76. */
static bool plural_tail(const char *p)
{
	return p[0] == 's' && !p[1];
}

/* ASCII letters and digits: what a name is made of ("GPT-4" and "GPT 4"
 * are one name). */
static bool alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z');
}

/* The same figure and literal, or codes of digits alone padded
 * differently (00700 is 0700). */
static bool same_code(const zhen_quantity *a, const zhen_quantity *b)
{
	if (!zhen__dec_eq(a->value, b->value))
		return false;
	return !strcmp(a->unit, b->unit) ||
	       (zero_code(a->unit) && zero_code(b->unit));
}

/* The same letters and digits, upper-cased, whatever stands between
 * them; an English plural after the last digit is no letter of it. */
static bool same_name(const zhen_quantity *a, const zhen_quantity *b)
{
	const char *x = a->unit, *y = b->unit;
	char last = 0;
	for (;;) {
		while (*x && !alnum(*x))
			x++;
		while (*y && !alnum(*y))
			y++;
		if (!*x || !*y) {
			bool digit = last >= '0' && last <= '9';
			return (!*x && !*y) ||
			       (digit && !*x && plural_tail(y)) ||
			       (digit && !*y && plural_tail(x));
		}
		last = *x;
		if ((*x | 32) != (*y | 32))
			return false;
		x++;
		y++;
	}
}

bool zhen__ident_equal(const zhen_quantity *a, const zhen_quantity *b)
{
	return same_code(a, b) || same_name(a, b);
}

/* The letters of an identifier, upper-cased: "Il-76" and "IL-62" share
 * "IL", so one is the other with a different number. */
static void ident_letters(char *out, size_t cap, const char *lit)
{
	size_t n = 0;
	for (const char *p0 = lit; *lit && n + 1 < cap; lit++) {
		char c = *lit;
		if (lit > p0 && lit[-1] >= '0' && lit[-1] <= '9' &&
		    plural_tail(lit))
			break;
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 32);
		if (c >= 'A' && c <= 'Z')
			out[n++] = c;
	}
	out[n] = 0;
}

/* Two identifiers of the same letters, or two codes of digits alone
 * (stock codes 00020 and 00200, versions 2.3.1 and 2.3.2): one name
 * written differently. */
bool zhen__ident_kin(const zhen_quantity *a, const zhen_quantity *b)
{
	char x[24], y[24];
	ident_letters(x, sizeof x, a->unit);
	ident_letters(y, sizeof y, b->unit);
	/* codes of digits alone: 00700 ↔ 00701, 600519 ↔ 600518 */
	if (!x[0] && !y[0])
		return (zero_code(a->unit) && zero_code(b->unit)) ||
		       (strchr(a->unit, '.') && strchr(b->unit, '.')) ||
		       strlen(a->unit) == strlen(b->unit);
	return x[0] && !strcmp(x, y);
}

/* 伊尔-76 ↔ Il-76: the Chinese transliterates the letters, and the reader
 * sees only the figure (or a minus sign). */
bool zhen__m_ident_figure(const zhen_quantity *a, const zhen_quantity *b)
{
	const zhen_quantity *id = a->kind == ZHEN_Q_IDENT ? a : b;
	const zhen_quantity *x = id == a ? b : a;
	/* any precision: AI 1.0 向 2.0 升级 writes the version bare */
	if (id->kind != ZHEN_Q_IDENT || x->kind != ZHEN_Q_NUMBER ||
	    x->currency[0] || x->unit[0] ||
	    (x->flags & (ZHEN_QF_WORDS | ZHEN_QF_MAGNITUDE)))
		return false;
	zhen_decimal v = x->value;
	if (v.coef < 0)
		v.coef = -v.coef;
	return zhen__dec_eq(v, id->value);
}

/* zhen__m_ident_figure()'s pair with a different figure. Only a figure
 * read as negative (the hyphen after the transliterated letters) counts:
 * a bare figure beside an identifier is a count as often as not. */
bool zhen__ident_figure_other(const zhen_quantity *a, const zhen_quantity *b,
                              zhen_decimal *fig, zhen_decimal *idv)
{
	const zhen_quantity *id = a->kind == ZHEN_Q_IDENT ? a : b;
	const zhen_quantity *x = id == a ? b : a;
	if (id->kind != ZHEN_Q_IDENT || x->kind != ZHEN_Q_NUMBER ||
	    x->currency[0] || x->unit[0] || x->value.coef >= 0 ||
	    (x->flags & (ZHEN_QF_WORDS | ZHEN_QF_MAGNITUDE)))
		return false;
	*fig = (zhen_decimal){ -x->value.coef, x->value.exp };
	*idv = id->value;
	return !zhen__dec_eq(*fig, *idv);
}

/* A name whose letters the other side transliterates (Il-76 ↔ 伊尔-76):
 * a hyphen left after a Han character with no figure after it (伊尔- 自
 * 1970 年代) is the figure dropped. The ASCII hyphen follows Han only in
 * such names (苏-27, 歼-20); a dash is another character. */
static bool hyphen_left(const zhen_quantity *q, const char *s, size_t len)
{
	const char *h = strchr(q->unit, '-');
	if (!h || h == q->unit || !alnum(h[-1]) || h[1] < '0' || h[1] > '9')
		return false;
	for (size_t i = 1; i < len; i++)
		if (s[i] == '-' && (unsigned char)s[i - 1] >= 0x80 &&
		    (i + 1 == len || (!alnum(s[i + 1]) && s[i + 1] != '-')))
			return true;
	return false;
}

/* The evidence zhen__ignorable_alone() leaves to the caller: the other
 * side writes the identifier's letters without its digits ("Flight CG"
 * for CG4684, "COVID-" for COVID-19, "JAS C" for JAS 39C), which is a
 * figure dropped, not a thing named another way. At least two letters
 * must stay, or 4x4, 5G and A380 would find their letter in any word. */
bool zhen__digits_dropped(const zhen_quantity *q, const char *s, size_t len)
{
	char pat[sizeof q->unit];
	size_t n = 0, letters = 0;

	if (q->kind != ZHEN_Q_IDENT || !s)
		return false;
	for (const char *p = q->unit; *p; p++) {
		if (*p >= '0' && *p <= '9')
			continue;
		/* "grounded Il-76s": the plural is no letter of the name */
		if (p > q->unit && p[-1] >= '0' && p[-1] <= '9' &&
		    plural_tail(p))
			break;
		if (alnum(*p))
			letters++;
		pat[n++] = *p;
	}
	while (n && pat[n - 1] == ' ')
		n--;
	size_t lead = 0;
	while (lead < n && pat[lead] == ' ')
		lead++;
	if (letters < 2 || n - lead == strlen(q->unit))
		return false;
	const char *k = pat + lead;
	n -= lead;
	for (size_t i = 0; i + n <= len; i++) {
		if (memcmp(s + i, k, n))
			continue;
		/* a whole token: "COVID-" inside "COVID-19" is the
		 * identifier kept */
		if ((i == 0 || !alnum(s[i - 1])) &&
		    (i + n == len || !alnum(s[i + n])))
			return true;
	}
	return hyphen_left(q, s, len);
}
