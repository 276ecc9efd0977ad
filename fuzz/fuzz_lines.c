/* Fuzz target: input that streams (zhen_lines), as zhen check --pairs reads
 * it. Input: one byte choosing the encoding, one the size of the pieces,
 * then the bytes fed. Every line must be within what was fed, its offsets
 * must not go back, a line without an error must be valid UTF-8, and the
 * lines must be the same, messages and offsets, as when the whole input
 * comes in one piece. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zhen/zhen.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The encodings --pairs users name, and detection (NULL). */
static const char *const encodings[] = { NULL, "UTF-8", "UTF-16LE",
	"UTF-16BE", "UTF-32LE", "GB18030", "Big5", "Big5-HKSCS", "GBK",
	"UTF-16", "Shift_JIS" };

struct out {
	char *p;
	size_t len, cap;
};

static void put(struct out *o, const void *s, size_t n)
{
	if (o->len + n > o->cap) {
		size_t nc = (o->len + n) * 2;
		char *p = realloc(o->p, nc);
		if (!p)
			abort();
		o->p = p;
		o->cap = nc;
	}
	memcpy(o->p + o->len, s, n);
	o->len += n;
}

static void check_line(const zhen_line *ln, size_t fed, size_t *last)
{
	if (ln->start > fed || ln->start < *last)
		abort();
	*last = ln->start;
	if (ln->src) {
		for (size_t i = 0; i < ln->len; i++)
			if (ln->src[i] > ln->src[i + 1] || ln->src[i] < ln->start)
				abort();
		if (ln->src[ln->len] > fed)
			abort();
	}
	if (!ln->error && zhen_utf8_check(ln->text, ln->len, NULL) != 0)
		abort();
}

/* Every line of @p data fed in pieces of @p piece, written into @p o. */
static void lines(zhen_ctx *ctx, const char *enc, const uint8_t *data,
                  size_t size, size_t piece, struct out *o)
{
	zhen_lines *r;
	zhen_line ln;
	size_t fed = 0, last = 0;

	if (zhen_lines_new(&r, ctx, enc) != 0)
		return;
	for (;;) {
		size_t n = size - fed < piece ? size - fed : piece;
		if (zhen_lines_feed(r, (const char *)data + fed, n) != 0)
			break;
		fed += n;
		int rc;
		while ((rc = zhen_lines_next(r, &ln)) > 0) {
			check_line(&ln, fed, &last);
			char head[64];
			int k = snprintf(head, sizeof head, "%zu@%zu:%zu:",
			                 ln.number, ln.start, ln.len);
			put(o, head, (size_t)k);
			put(o, ln.text, ln.len);
			if (ln.src)
				put(o, ln.src, (ln.len + 1) * sizeof *ln.src);
			if (ln.error)
				put(o, ln.error, strlen(ln.error));
			put(o, "\n", 1);
		}
		if (rc < 0 || !n)
			break;
	}
	zhen_lines_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static zhen_ctx *ctx;
	struct out a = { 0 }, b = { 0 };

	if (size < 2 || (!ctx && zhen_ctx_new(&ctx) != 0))
		return 0;
	const char *enc = encodings[data[0] % (sizeof encodings /
	                                       sizeof *encodings)];
	size_t piece = (size_t)data[1] + 1;
	lines(ctx, enc, data + 2, size - 2, piece, &a);
	lines(ctx, enc, data + 2, size - 2, size, &b);
	if (a.len != b.len || (a.len && memcmp(a.p, b.p, a.len)))
		abort();
	free(a.p);
	free(b.p);
	return 0;
}
