/* readers_fixture.h: what the format readers' tests share: a context,
 * a file of the source tree, text turned into UTF-16 as Windows tools
 * write it. */
#ifndef ZHEN_READERS_FIXTURE_H
#define ZHEN_READERS_FIXTURE_H

#include "internal.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

static inline zhen_ctx *ctx_new(void)
{
	zhen_ctx *ctx = NULL;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	return ctx;
}

/* The file @p rel of the source tree (ZHEN_SOURCE), NUL-terminated;
 * caller frees. */
static inline char *slurp(const char *rel, size_t *len)
{
	const char *src = getenv("ZHEN_SOURCE");
	char path[1024];
	snprintf(path, sizeof path, "%s/%s", src ? src : ".", rel);
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "%s", path);
	struct zhen__buf b = { 0 };
	char piece[4096];
	size_t n;
	while ((n = fread(piece, 1, sizeof piece, f)) > 0)
		zhen__buf_add(&b, piece, n);
	fclose(f);
	ck_assert(!b.oom);
	*len = b.len;
	return b.p;
}

/* UTF-8 @p s (BMP only) as UTF-16LE with a BOM into @p out (room for
 * 2 + 2 * strlen(s) bytes); returns the length. */
static inline size_t utf16le(char *out, const char *s)
{
	size_t n = 0, len = strlen(s);
	out[n++] = (char)0xFF, out[n++] = (char)0xFE;
	for (size_t i = 0; i < len;) {
		int32_t cp = zhen__utf8_next(s, len, &i);
		out[n++] = (char)(cp & 0xFF), out[n++] = (char)(cp >> 8);
	}
	return n;
}

#endif
