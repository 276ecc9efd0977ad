/* readers/inline.c: tagged text as a reader sees it. Formatting tags vanish
 * with their text kept; a standalone code (an <x/>, a field, an image)
 * vanishes too, but leaves a space between two letters or digits, so that
 * "2019<x/>2020" never reads as the figure 20192020. Line breaks and runs
 * of white space in the markup read as one space, as a CAT tool shows
 * them. */
#include "readers.h"

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

static void add_run(struct zhen__inline *t, const char *s, size_t n)
{
	if (!n)
		return;
	if (t->gap) {
		size_t i = 0;
		int32_t next = zhen__utf8_next(s, n, &i);
		if (joins(last_cp(&t->b)) && joins(next))
			zhen__buf_add(&t->b, " ", 1);
		t->gap = false;
	}
	for (size_t i = 0; i < n;) {
		if (!is_space(s[i])) {
			size_t j = i;
			while (j < n && !is_space(s[j]))
				j++;
			zhen__buf_add(&t->b, s + i, j - i);
			i = j;
			continue;
		}
		while (i < n && is_space(s[i]))
			i++;
		if (t->b.len && t->b.p[t->b.len - 1] != ' ')
			zhen__buf_add(&t->b, " ", 1);
	}
}

void zhen__inline_code(struct zhen__inline *t)
{
	t->gap = true;
}

void zhen__inline_text(struct zhen__inline *t, const char *s, size_t n)
{
	size_t i = 0;
	for (size_t j = 0; j < n; j++)
		if (is_junk(s[j])) {
			add_run(t, s + i, j - i);
			zhen__inline_code(t);
			i = j + 1;
		}
	add_run(t, s + i, n - i);
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

void zhen__inline_reset(struct zhen__inline *t)
{
	t->b.len = 0;
	if (t->b.p)
		t->b.p[0] = 0;
	t->gap = false;
}

void zhen__inline_free(struct zhen__inline *t)
{
	zhen__buf_free(&t->b);
	t->gap = false;
}
