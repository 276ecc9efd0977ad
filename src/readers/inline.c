/* readers/inline.c: tagged text as a reader sees it. Formatting tags vanish
 * with their text kept; a standalone code (an <x/>, a field, an image)
 * vanishes too, but leaves a space between two letters or digits, so that
 * "2019<x/>2020" never reads as the figure 20192020. Line breaks and runs
 * of white space in the markup read as one space, as a CAT tool shows
 * them. */
#include "readers.h"

#include <stdint.h>
#include <unicode/uchar.h>

/* A letter or digit that a space would part from its neighbour: not Han,
 * where no space is written. */
static bool joins(int32_t cp)
{
	return cp > 0 && u_isalnum(cp) &&
	       !u_hasBinaryProperty(cp, UCHAR_IDEOGRAPHIC);
}

static int32_t last_cp(const struct zhen__buf *b)
{
	if (!b->len)
		return -1;
	size_t i = b->len - 1;
	while (i > 0 && ((unsigned char)b->p[i] & 0xC0) == 0x80)
		i--;
	return zhen__utf8_next(b->p, b->len, &i);
}

/* White space, and the control characters XML lets through (DEL; any, by
 * reference, in XML 1.1): a reader sees none of them, and the pipeline
 * refuses them in text. */
static bool is_space(char c)
{
	return (unsigned char)c <= ' ' || c == 0x7F;
}

/* A control character zhen's text stages refuse as the mark of a binary
 * file (zhen_utf8_check()): XML allows DEL (&#127; or the byte itself),
 * a CSV cell may hold anything. In a unit it can only be junk; it reads
 * as a standalone code, so it never joins or ends a figure. */
static bool is_junk(char c)
{
	unsigned char u = (unsigned char)c;
	return (u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F;
}

/* Output bytes from input bytes [i, j) of a text whose map is @p src:
 * copied bytes keep their own place in the file, code point by code
 * point (an entity's character spans the whole reference). */
static void map_copy(struct zhen__inline *t, const char *s, size_t i,
                     size_t j, const struct zhen__omap *src)
{
	size_t a = t->b.len - (j - i);
	/* a piece of text never takes fewer bytes in the file than it reads
	 * as, so a span as long there is copied byte for byte: one run */
	size_t o = zhen__omap_start(src, i);
	if (zhen__omap_end(src, j) - o == j - i) {
		zhen__omap_add_bytes(&t->map, a, o, j - i);
		return;
	}
	while (i < j) {
		size_t k = i;
		zhen__utf8_next(s, j, &k);
		if (k == i)
			k = i + 1;
		size_t e = zhen__omap_end(src, k);
		o = zhen__omap_start(src, i);
		if (e - o == k - i)
			zhen__omap_add_bytes(&t->map, a, o, k - i);
		else
			zhen__omap_add(&t->map, a, o, (unsigned)(k - i),
			               (unsigned)(e - o));
		a += k - i;
		i = k;
	}
}

/* Output byte (a space) standing for input bytes [i, j). */
static void map_space(struct zhen__inline *t, const struct zhen__omap *src,
                      size_t i, size_t j)
{
	if (!src)
		return;
	size_t o = zhen__omap_start(src, i);
	zhen__omap_add(&t->map, t->b.len - 1, o, 1,
	               (unsigned)(zhen__omap_end(src, j) - o));
}

/* Input bytes [from, n) of @p s, mapped to the file by @p src (NULL: no
 * map). */
static void add_run(struct zhen__inline *t, const char *s, size_t from,
                    size_t n, const struct zhen__omap *src)
{
	if (from >= n)
		return;
	if (!src)
		t->lost = true;
	if (t->gap) {
		size_t i = from;
		int32_t next = zhen__utf8_next(s, n, &i);
		if (joins(last_cp(&t->b)) && joins(next)) {
			zhen__buf_add(&t->b, " ", 1);
			map_space(t, src, from, from);
		}
		t->gap = false;
	}
	for (size_t i = from; i < n;) {
		if (!is_space(s[i])) {
			size_t j = i;
			while (j < n && !is_space(s[j]))
				j++;
			zhen__buf_add(&t->b, s + i, j - i);
			if (src && !t->b.oom)
				map_copy(t, s, i, j, src);
			i = j;
			continue;
		}
		size_t j = i;
		while (j < n && is_space(s[j]))
			j++;
		if (t->b.len && t->b.p[t->b.len - 1] != ' ') {
			zhen__buf_add(&t->b, " ", 1);
			map_space(t, src, i, j);
		}
		i = j;
	}
}

void zhen__inline_code(struct zhen__inline *t)
{
	t->gap = true;
}

void zhen__inline_text_at(struct zhen__inline *t, const char *s, size_t n,
                          const struct zhen__omap *src)
{
	size_t i = 0;
	for (size_t j = 0; j < n; j++)
		if (is_junk(s[j])) {
			add_run(t, s, i, j, src);
			zhen__inline_code(t);
			i = j + 1;
		}
	add_run(t, s, i, n, src);
}

void zhen__inline_text(struct zhen__inline *t, const char *s, size_t n)
{
	zhen__inline_text_at(t, s, n, NULL);
}

const char *zhen__inline_get(struct zhen__inline *t, size_t *len)
{
	if (!t->b.p)
		zhen__buf_add(&t->b, "", 0);
	if (t->b.oom) {
		*len = 0;
		return NULL;
	}
	size_t n = t->b.len;
	while (n && t->b.p[n - 1] == ' ')
		n--;
	t->b.p[n] = 0;
	t->b.len = n;
	*len = n;
	return t->b.p;
}

const struct zhen__omap *zhen__inline_map(const struct zhen__inline *t)
{
	return t->lost || t->map.oom ? NULL : &t->map;
}

void zhen__inline_reset(struct zhen__inline *t)
{
	t->b.len = 0;
	t->lost = false;
	t->map.n = t->map.alen = t->map.olen = 0;
	if (t->b.p)
		t->b.p[0] = 0;
	t->gap = false;
}

void zhen__inline_free(struct zhen__inline *t)
{
	zhen__buf_free(&t->b);
	zhen__omap_free(&t->map);
	t->gap = false;
}
