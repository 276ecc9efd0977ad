/* align_idle.c: the aligner's sentence columns packed while the paragraph
 * programs run (see align.c, sentence_store_park()). Unit lengths, key
 * counts and punctuation counts are small numbers: as varints of their
 * differences they take about 6 bytes a sentence instead of 24. */
#include "align_idle.h"
#include "internal.h"

#include <stdlib.h>

static size_t varint_len(uint32_t v)
{
	size_t n = 1;

	while (v >= 0x80) {
		v >>= 7;
		n++;
	}
	return n;
}

static unsigned char *varint_put(unsigned char *p, uint32_t v)
{
	while (v >= 0x80) {
		*p++ = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	*p++ = (unsigned char)v;
	return p;
}

static const unsigned char *varint_get(const unsigned char *p, uint32_t *v)
{
	uint32_t x = 0;
	int s = 0;

	while (*p & 0x80) {
		x |= (uint32_t)(*p++ & 0x7F) << s;
		s += 7;
	}
	*v = x | (uint32_t)*p++ << s;
	return p;
}

/* Row @p r's difference in column @p cum (the first row's own value). */
static uint32_t diff(const uint32_t *cum, size_t r)
{
	return r ? (uint32_t)(cum[r] - cum[r - 1]) : cum[0];
}

static size_t packed_len(size_t rows, const uint32_t *const *cum, int ncum,
                         const uint64_t *bytes)
{
	size_t len = 0;

	for (size_t r = 0; r < rows; r++) {
		for (int c = 0; c < ncum; c++)
			len += varint_len(diff(cum[c], r));
		len++;
		for (int k = 0; k < 8; k++)
			len += (bytes[r] >> (8 * k) & 0xFF) != 0;
	}
	return len;
}

int zhen__idle_pack(struct zhen__idle *out, size_t rows,
                    const uint32_t *const *cum, int ncum,
                    const uint64_t *bytes)
{
	size_t len = packed_len(rows, cum, ncum, bytes);
	unsigned char *p;

	out->len = 0;
	if (!(out->p = p = malloc(len + 1)))
		return ZHEN_ENOMEM;
	for (size_t r = 0; r < rows; r++) {
		unsigned char *which = NULL;

		for (int c = 0; c < ncum; c++)
			p = varint_put(p, diff(cum[c], r));
		which = p++;
		*which = 0;
		for (int k = 0; k < 8; k++) {
			unsigned char b = (unsigned char)(bytes[r] >> (8 * k));

			if (b) {
				*which |= (unsigned char)(1u << k);
				*p++ = b;
			}
		}
	}
	out->len = len;
	return 0;
}

void zhen__idle_unpack(struct zhen__idle *in, size_t rows, uint32_t **cum,
                       int ncum, uint64_t *bytes)
{
	const unsigned char *p = in->p;

	for (size_t r = 0; r < rows; r++) {
		unsigned which;

		for (int c = 0; c < ncum; c++) {
			uint32_t d;

			p = varint_get(p, &d);
			cum[c][r] = r ? cum[c][r - 1] + d : d;
		}
		which = *p++;
		bytes[r] = 0;
		for (int k = 0; k < 8; k++)
			if (which >> k & 1)
				bytes[r] |= (uint64_t)*p++ << (8 * k);
	}
	free(in->p);
	in->p = NULL;
	in->len = 0;
}
