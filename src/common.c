/* common.c: the core every stage shares and that calls into none: errors,
 * the embedded dictionaries, decimals, UTF-8, buffers. The context that
 * ties the stages together is context.c. */
#include "internal.h"

#include <inttypes.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <utf8proc.h>

const char *zhen_version(void)
{
	return ZHEN_VERSION_STRING;
}

const char *zhen_strerror(int status)
{
	switch (status) {
	case ZHEN_OK: return "success";
	case ZHEN_ENOMEM: return "out of memory";
	case ZHEN_EINPUT: return "input is not valid text";
	case ZHEN_EDICT: return "bad dictionary entry";
	case ZHEN_EICU: return "ICU failure";
	case ZHEN_EOPENCC: return "OpenCC failure";
	case ZHEN_EUSAGE: return "argument out of range";
	case ZHEN_EINVAL: return "invalid argument (NULL)";
	default: return "error";
	}
}

void zhen_free(void *p)
{
	free(p);
}

const char *zhen_ctx_errmsg(const zhen_ctx *ctx)
{
	if (!ctx)
		return "no context";
	return ctx->errmsg[0] ? ctx->errmsg : "no error";
}

void zhen_ctx_errpos(const zhen_ctx *ctx, size_t *line, size_t *byte)
{
	if (line)
		*line = ctx ? ctx->errline : 0;
	if (byte)
		*byte = ctx ? ctx->errbyte : 0;
}

static int vfail(zhen_ctx *ctx, int code, size_t line, size_t byte,
                 const char *fmt, va_list ap)
{
	if (!ctx)
		return code;
	vsnprintf(ctx->errmsg, sizeof ctx->errmsg, fmt, ap);
	ctx->errline = line;
	ctx->errbyte = byte;
	return code;
}

int zhen__fail(zhen_ctx *ctx, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	code = vfail(ctx, code, 0, 0, fmt, ap);
	va_end(ap);
	return code;
}

int zhen__fail_at(zhen_ctx *ctx, int code, size_t line, size_t byte,
                  const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	code = vfail(ctx, code, line, byte, fmt, ap);
	va_end(ap);
	return code;
}

int zhen__oom_note(zhen_ctx *ctx, int rc)
{
	return rc == ZHEN_ENOMEM ? zhen__fail(ctx, rc, "out of memory") : rc;
}

int zhen__einval(zhen_ctx *ctx, const char *func, const char *why)
{
	return zhen__fail(ctx, ZHEN_EINVAL, "%s: %s", func, why);
}

int zhen__text_args(zhen_ctx *ctx, const char *func, const void *out,
                    const char *text, size_t len, const char *what)
{
	if (!out)
		return zhen__einval(ctx, func, "out is NULL");
	if (!ctx)
		return zhen__einval(ctx, func, "ctx is NULL");
	if (ZHEN__NO_BYTES(text, len))
		return zhen__fail(ctx, ZHEN_EINVAL, "%s: %s is NULL", func, what);
	return 0;
}

/* ---- dictionaries ---- */

const char *zhen_dict_name(size_t i)
{
	for (size_t k = 0; k < ZHEN__NDICTS; k++)
		if (zhen__dicts[k].addable && !i--)
			return zhen__dicts[k].name;
	return NULL;
}

void zhen__dict_iter_init(struct zhen__dict_iter *it, const char *text,
                          size_t len)
{
	memset(it, 0, sizeof *it);
	it->text = text;
	it->len = len;
}

bool zhen__dict_iter_next(struct zhen__dict_iter *it)
{
	while (it->pos < it->len) {
		const char *line = it->text + it->pos;
		const char *nl = memchr(line, '\n', it->len - it->pos);
		size_t n = nl ? (size_t)(nl - line) : it->len - it->pos;

		it->pos += n + (nl ? 1 : 0);
		it->lineno++;
		if (n && line[n - 1] == '\r')
			n--;
		if (!n || line[0] == '#')
			continue;
		it->nfields = 0;
		for (size_t a = 0; it->nfields < 8;) {
			const char *tab = memchr(line + a, '\t', n - a);
			size_t e = tab ? (size_t)(tab - line) : n;
			it->field[it->nfields] = line + a;
			it->flen[it->nfields] = e - a;
			it->nfields++;
			if (!tab)
				break;
			a = e + 1;
		}
		return true;
	}
	return false;
}

/* ---- UTF-8 ---- */

size_t zhen__utf8_len(unsigned char c)
{
	if (c < 0xC0)
		return 1;
	if (c < 0xE0)
		return 2;
	if (c < 0xF0)
		return 3;
	return 4;
}

/* Whether s[i] exists and is a continuation byte (10xxxxxx). */
static bool utf8_cont(const char *s, size_t len, size_t i)
{
	return i < len && ((unsigned char)s[i] & 0xC0) == 0x80;
}

int32_t zhen__utf8_next_slow(const char *s, size_t len, size_t *i)
{
	const unsigned char *u = (const unsigned char *)s + *i;
	utf8proc_int32_t cp = 0xFFFD;
	utf8proc_ssize_t k;

	/* Every character of both documents comes through here. ASCII, and
	 * the two- and three-byte sequences whose lead byte alone rules out
	 * an overlong form or a surrogate (C2-DF; E1-EC, EE-EF: nearly all of
	 * Chinese), are decoded as utf8proc would; the rest it checks. */
	if (*i < len && u[0] < 0x80) {
		*i += 1;
		return u[0];
	}
	if (*i < len && u[0] >= 0xC2 && u[0] <= 0xDF &&
	    utf8_cont(s, len, *i + 1)) {
		*i += 2;
		return (u[0] & 0x1F) << 6 | (u[1] & 0x3F);
	}
	if (*i < len && u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED &&
	    utf8_cont(s, len, *i + 1) && utf8_cont(s, len, *i + 2)) {
		*i += 3;
		return (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	}
	k = utf8proc_iterate((const utf8proc_uint8_t *)s + *i,
	                     (utf8proc_ssize_t)(len - *i), &cp);
	if (k <= 0) {
		/* Callers validated the text; step one byte rather than loop. */
		*i += 1;
		return 0xFFFD;
	}
	*i += (size_t)k;
	return cp;
}

size_t zhen__utf8_put(char *out, int32_t cp)
{
	return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

/* ---- decimals ---- */


zhen_decimal zhen__dec(int64_t coef, int32_t exp)
{
	zhen_decimal d = { coef, exp };
	if (!coef)
		return (zhen_decimal){ 0, 0 };
	while (d.coef % 10 == 0) {
		d.coef /= 10;
		d.exp++;
	}
	return d;
}

bool zhen__dec_parse(zhen_decimal *out, int32_t *precision, const char *s,
                     size_t len)
{
	int64_t coef = 0;
	int32_t exp = 0;
	int digits = 0;
	bool frac = false, any = false;

	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == '.') {
			if (frac)
				return false;
			frac = true;
			continue;
		}
		if (c < '0' || c > '9')
			return false;
		any = true;
		if (digits || c != '0')
			digits++;
		if (digits > 18) {
			/* Beyond 18 significant digits: drop the rest of the
			 * integer part's digits into the exponent, ignore
			 * further fractional digits. */
			if (!frac)
				exp++;
			continue;
		}
		coef = coef * 10 + (c - '0');
		if (frac)
			exp--;
	}
	if (!any)
		return false;
	if (precision)
		*precision = exp;
	*out = zhen__dec(coef, exp);
	return true;
}

zhen_decimal zhen__dec_scale(zhen_decimal d, int32_t pow10)
{
	if (!d.coef)
		return d;
	d.exp += pow10;
	return d;
}

static int64_t ipow10(int n)
{
	int64_t p = 1;
	while (n-- > 0)
		p *= 10;
	return p;
}

static int ndigits(int64_t v)
{
	int n = 1;
	if (v < 0)
		v = -v;
	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

int zhen__dec_cmp(zhen_decimal a, zhen_decimal b)
{
	if ((a.coef < 0) != (b.coef < 0) || !a.coef || !b.coef) {
		int sa = (a.coef > 0) - (a.coef < 0);
		int sb = (b.coef > 0) - (b.coef < 0);
		if (sa != sb || !sa)
			return (sa > sb) - (sa < sb);
	}
	int sign = a.coef < 0 ? -1 : 1;
	/* Compare magnitudes by the position of the leading digit first. */
	int la = ndigits(a.coef) + a.exp, lb = ndigits(b.coef) + b.exp;
	if (la != lb)
		return la > lb ? sign : -sign;
	/* Same leading position: align to the smaller exponent. The shift is
	 * at most 18 digits because both have at most 18 and lead together. */
	int32_t e = a.exp < b.exp ? a.exp : b.exp;
	int sha = a.exp - e, shb = b.exp - e;
	if (ndigits(a.coef) + sha > 18 || ndigits(b.coef) + shb > 18) {
		/* Too many digits to align exactly: compare as long double. */
		long double x = (long double)a.coef, y = (long double)b.coef;
		for (int i = 0; i < sha; i++) x *= 10;
		for (int i = 0; i < shb; i++) y *= 10;
		return (x > y) - (x < y);
	}
	int64_t x = a.coef * ipow10(sha), y = b.coef * ipow10(shb);
	return (x > y) - (x < y);
}

bool zhen__dec_eq(zhen_decimal a, zhen_decimal b)
{
	return a.coef == b.coef && (a.coef == 0 || a.exp == b.exp);
}

bool zhen__dec_add(zhen_decimal *out, zhen_decimal a, zhen_decimal b)
{
	if (!a.coef) { *out = b; return true; }
	if (!b.coef) { *out = a; return true; }
	int32_t e = a.exp < b.exp ? a.exp : b.exp;
	int sha = a.exp - e, shb = b.exp - e;
	if (ndigits(a.coef) + sha > 18 || ndigits(b.coef) + shb > 18)
		return false;
	*out = zhen__dec(a.coef * ipow10(sha) + b.coef * ipow10(shb), e);
	return true;
}

bool zhen__dec_mul(zhen_decimal *out, zhen_decimal a, zhen_decimal b)
{
	if (ndigits(a.coef) + ndigits(b.coef) > 18)
		return false;
	*out = zhen__dec(a.coef * b.coef, a.exp + b.exp);
	return true;
}

zhen_decimal zhen__dec_round(zhen_decimal d, int32_t pow10)
{
	if (!d.coef || d.exp >= pow10)
		return d;
	int sh = pow10 - d.exp;
	if (sh > 18)
		return (zhen_decimal){ 0, 0 };
	int64_t p = ipow10(sh);
	int64_t q = d.coef / p, r = d.coef % p;
	if (r < 0)
		r = -r;
	if (r * 2 >= p)
		q += d.coef < 0 ? -1 : 1;
	return zhen__dec(q, pow10);
}

size_t zhen_decimal_format(char *buf, size_t cap, zhen_decimal d, int group)
{
	char digits[80], out[160];
	size_t n = 0;
	/* The magnitude in unsigned arithmetic: -INT64_MIN does not fit an
	 * int64_t (it printed "--9…"). */
	uint64_t c = d.coef < 0 ? 0 - (uint64_t)d.coef : (uint64_t)d.coef;
	int len = snprintf(digits, sizeof digits, "%llu", (unsigned long long)c);
	int intlen;

	if (d.coef < 0)
		out[n++] = '-';
	if (d.exp > 40 || d.exp < -40) {
		/* Absurd exponents: scientific notation rather than pages. */
		n += (size_t)snprintf(out + n, sizeof out - n, "%se%" PRId32,
		                      digits, d.exp);
	} else if ((intlen = len + d.exp) <= 0) { /* digits before the point */
		out[n++] = '0';
		out[n++] = '.';
		for (int i = 0; i < -intlen; i++)
			out[n++] = '0';
		memcpy(out + n, digits, (size_t)len);
		n += (size_t)len;
	} else {
		for (int i = 0; i < intlen; i++) {
			if (group && i && (intlen - i) % 3 == 0)
				out[n++] = ',';
			out[n++] = i < len ? digits[i] : '0';
		}
		if (intlen < len) {
			out[n++] = '.';
			memcpy(out + n, digits + intlen, (size_t)(len - intlen));
			n += (size_t)(len - intlen);
		}
	}
	out[n] = 0;
	if (cap && buf) {
		size_t k = n < cap - 1 ? n : cap - 1;
		memcpy(buf, out, k);
		buf[k] = 0;
	}
	return n;
}

/* ---- buffers and lists ---- */

static bool grow_from(void **p, size_t *cap, size_t need, size_t elem,
                      size_t first)
{
	if (need <= *cap)
		return true;
	size_t nc = *cap ? *cap * 2 : first;
	while (nc < need)
		nc *= 2;
	void *q = realloc(*p, nc * elem);
	if (!q)
		return false;
	*p = q;
	*cap = nc;
	return true;
}

static bool grow(void **p, size_t *cap, size_t need, size_t elem)
{
	return grow_from(p, cap, need, elem, 16);
}

bool zhen__grow(void **p, size_t *cap, size_t need, size_t elem)
{
	return grow(p, cap, need, elem);
}

void zhen__buf_add(struct zhen__buf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (!grow((void **)&b->p, &b->cap, b->len + n + 1, 1)) {
		b->oom = true;
		return;
	}
	if (n) /* s may be NULL then (an empty text), and memcpy() forbids it */
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
}

void zhen__buf_str(struct zhen__buf *b, const char *s)
{
	zhen__buf_add(b, s, strlen(s));
}

void zhen__buf_printf(struct zhen__buf *b, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof tmp) {
		zhen__buf_add(b, tmp, (size_t)n);
		return;
	}
	char *big = malloc((size_t)n + 1);
	if (!big) {
		b->oom = true;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	zhen__buf_add(b, big, (size_t)n);
	free(big);
}

void zhen__buf_free(struct zhen__buf *b)
{
	free(b->p);
	memset(b, 0, sizeof *b);
}

#define DEFINE_PUSH(fn, type, arr, elem, first)                            \
	int fn(type *l, const elem *x)                                     \
	{                                                                  \
		if (!grow_from((void **)&l->arr, &l->cap, l->n + 1,        \
		               sizeof *x, first))                          \
			return ZHEN_ENOMEM;                                \
		l->arr[l->n++] = *x;                                       \
		return 0;                                                  \
	}

/* A document keeps one quantity list per sentence, and most sentences
 * hold one to three figures: starting at 16 entries of 88 bytes made the
 * lists the largest allocation of a 100k-sentence check (~100 MB). */
DEFINE_PUSH(zhen__quantities_push, struct zhen_quantities, q, zhen_quantity, 2)
DEFINE_PUSH(zhen__findings_push, struct zhen_findings, f, zhen_finding, 4)

int zhen__sentences_push(struct zhen_sentences *l, const zhen_sentence *s)
{
	const struct zhen__sent *last = l->n ? &l->c[l->n - 1] : NULL;

	/* the compact form's 32-bit fields (internal.h) */
	if (s->off > UINT32_MAX || s->len > UINT32_MAX ||
	    s->para > UINT32_MAX || s->nchars > UINT32_MAX)
		return ZHEN_ENOMEM;
	/* ... and the order that lets it leave the index out */
	if (last && s->para < last->para)
		return ZHEN_EINVAL;
	if (s->index != (last && last->para == s->para ?
	                 zhen__sent(l, l->n - 1).index + 1 : 0))
		return ZHEN_EINVAL;
	if (!grow_from((void **)&l->c, &l->cap, l->n + 1, sizeof *l->c, 16))
		return ZHEN_ENOMEM;
	l->c[l->n++] = (struct zhen__sent){ (uint32_t)s->off, (uint32_t)s->len,
	                                    (uint32_t)s->para,
	                                    (uint32_t)s->nchars };
	return 0;
}

bool zhen__ideograph_icu(int32_t cp)
{
	return u_hasBinaryProperty(cp, UCHAR_IDEOGRAPHIC);
}

/* Two threads may both make the array; the one that loses the exchange
 * frees its copy, so every caller gets the same array. */
void *zhen__publish(_Atomic(void *) *slot, void *made)
{
	void *none = NULL;

	if (atomic_compare_exchange_strong(slot, &none, made))
		return made;
	free(made);
	return none;
}
