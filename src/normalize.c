/* normalize.c: narrow width folding for analysis, with an offset map.
 *
 * Only full-width ASCII (U+FF01–FF5E) and the ideographic space fold. Full
 * NFKC is deliberately not used: it turns ①②½² into digits (inventing
 * numbers) and …… into six dots (changing ICU's sentence breaks), see
 * platform.md §5. Every fold maps one code point to one code point, so the
 * analysis text keeps the user's code point sequence and a span found in it
 * maps back through text->map to the original bytes. */
#include "internal.h"

#include <stdlib.h>

int32_t zhen__fold_cp(int32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFEE0;
	if (cp == 0x3000)
		return 0x20;
	return cp;
}

void zhen__text_free(struct zhen__text *t)
{
	if (!t)
		return;
	free(t->s);
	free(t->map);
	t->s = NULL;
	t->map = NULL;
	t->len = 0;
}

int zhen__fold(struct zhen__text *out, const char *src, size_t len)
{
	/* Folding never lengthens a code point (3 bytes → 1), so len bounds
	 * the output. */
	out->s = malloc(len + 1);
	out->map = malloc((len + 1) * sizeof *out->map);
	out->len = 0;
	if (!out->s || !out->map) {
		zhen__text_free(out);
		return ZHEN_ENOMEM;
	}
	size_t i = 0, o = 0;
	while (i < len) {
		size_t at = i;
		unsigned char c = (unsigned char)src[i];
		if (c < 0x80) {
			out->map[o] = at;
			out->s[o++] = (char)c;
			i++;
			continue;
		}
		int32_t cp = zhen__utf8_next(src, len, &i);
		int32_t f = zhen__fold_cp(cp);
		if (f == cp) {
			for (size_t k = at; k < i; k++) {
				out->map[o] = at;
				out->s[o++] = src[k];
			}
		} else {
			char tmp[4];
			size_t n = zhen__utf8_put(tmp, f);
			for (size_t k = 0; k < n; k++) {
				out->map[o] = at;
				out->s[o++] = tmp[k];
			}
		}
	}
	out->map[o] = len;
	out->s[o] = 0;
	out->len = o;
	return 0;
}
