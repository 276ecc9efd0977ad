/* packed.c: quantities packed into bytes while a document is checked.
 *
 * zhen_quantity is 112 bytes (three fixed string fields), and a document
 * holds one for every figure: 0.8 bytes per input byte, alive through the
 * whole alignment, whose own tables peak at the same time. Packed, a
 * figure takes 12-20 bytes (variable-length integers, strings by length);
 * the pipeline unpacks a sentence's figures when the aligner asks and the
 * whole list once the aligner has freed its tables. A sentence's figures
 * are a group, its count first: the groups are read in order, so that no
 * offset per sentence is kept (8 bytes each, as much as the figures). Lossless: unpacking
 * gives back every field (string fields zero-padded, as they are made). */
#include "internal.h"

#include <string.h>

static bool put(struct zhen__qpack *pk, const void *b, size_t n)
{
	if (!zhen__grow((void **)&pk->b, &pk->cap, pk->n + n, 1))
		return false;
	memcpy(pk->b + pk->n, b, n);
	pk->n += n;
	return true;
}

static bool put_u(struct zhen__qpack *pk, uint64_t v)
{
	unsigned char t[10];
	size_t n = 0;

	do {
		t[n] = (unsigned char)(v & 0x7f);
		v >>= 7;
		if (v)
			t[n] |= 0x80;
		n++;
	} while (v);
	return put(pk, t, n);
}

/* signed: zigzag, so that small negatives stay short */
static bool put_s(struct zhen__qpack *pk, int64_t v)
{
	return put_u(pk, ((uint64_t)v << 1) ^ (uint64_t)(v < 0 ? -1 : 0));
}

static bool put_str(struct zhen__qpack *pk, const char *s, size_t cap)
{
	size_t n = strnlen(s, cap);
	unsigned char len = (unsigned char)n;

	return put(pk, &len, 1) && put(pk, s, n);
}

static int push_one(struct zhen__qpack *pk, const zhen_quantity *q)
{
	bool ok = put_u(pk, q->start) &&
	          put_s(pk, (int64_t)(q->end - q->start)) &&
	          put_s(pk, q->value.coef) && put_s(pk, q->value.exp) &&
	          put_s(pk, q->precision) && put_s(pk, (int64_t)q->kind) &&
	          put_u(pk, q->flags) && put_u(pk, q->digits) &&
	          put_str(pk, q->currency, sizeof q->currency) &&
	          put_str(pk, q->unit, sizeof q->unit) &&
	          put_str(pk, q->currency_alt, sizeof q->currency_alt);
	return ok ? 0 : ZHEN_ENOMEM;
}

int zhen__qpack_group(struct zhen__qpack *pk, const zhen_quantity *q,
                      size_t n)
{
	if (!put_u(pk, n))
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < n; i++)
		if (push_one(pk, &q[i]) < 0)
			return ZHEN_ENOMEM;
	return 0;
}

static uint64_t get_u(const unsigned char **p)
{
	uint64_t v = 0;

	for (unsigned s = 0;; s += 7) {
		unsigned char c = *(*p)++;
		v |= (uint64_t)(c & 0x7f) << s;
		if (!(c & 0x80))
			return v;
	}
}

static int64_t get_s(const unsigned char **p)
{
	uint64_t u = get_u(p);
	return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

static void get_str(const unsigned char **p, char *s)
{
	size_t n = *(*p)++;

	memcpy(s, *p, n);
	*p += n;
}

static const unsigned char *unpack_one(zhen_quantity *q,
                                       const unsigned char *p)
{
	memset(q, 0, sizeof *q);
	q->start = (size_t)get_u(&p);
	q->end = q->start + (size_t)get_s(&p);
	q->value.coef = get_s(&p);
	q->value.exp = (int32_t)get_s(&p);
	q->precision = (int32_t)get_s(&p);
	q->kind = (zhen_qkind)get_s(&p);
	q->flags = (unsigned)get_u(&p);
	q->digits = get_u(&p);
	get_str(&p, q->currency);
	get_str(&p, q->unit);
	get_str(&p, q->currency_alt);
	return p;
}

int zhen__qpack_next(struct zhen_quantities *dst,
                     const struct zhen__qpack *pk, size_t *at)
{
	const unsigned char *p = pk->b + *at;
	size_t n = (size_t)get_u(&p);
	zhen_quantity q;

	for (size_t i = 0; i < n; i++) {
		p = unpack_one(&q, p);
		if (zhen__quantities_push(dst, &q) < 0)
			return ZHEN_ENOMEM;
	}
	*at = (size_t)(p - pk->b);
	return 0;
}
