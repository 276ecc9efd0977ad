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

size_t zhen__fold_into(char *out, size_t *map, const char *src, size_t len)
{
	/* The input is valid UTF-8, and the only sequences that fold are
	 * EF BC 81–EF BD 9E (U+FF01–FF5E) and E3 80 80 (U+3000), so the loop
	 * works on bytes and decodes nothing else: this runs on every
	 * sentence of a million-pair file. */
	const unsigned char *u = (const unsigned char *)src;
	size_t i = 0, o = 0;
	while (i < len) {
		unsigned char c = u[i];
		if (c < 0x80) {
			map[o] = i;
			out[o++] = (char)c;
			i++;
			continue;
		}
		size_t n = zhen__utf8_len(c);
		if (n > len - i)
			n = len - i;
		if (n == 3) {
			int32_t cp = ((int32_t)(c & 0x0F) << 12) |
			             ((int32_t)(u[i + 1] & 0x3F) << 6) |
			             (u[i + 2] & 0x3F);
			int32_t f = zhen__fold_cp(cp);
			if (f != cp) {
				/* every fold lands in ASCII */
				map[o] = i;
				out[o++] = (char)f;
				i += 3;
				continue;
			}
		}
		for (size_t k = 0; k < n; k++) {
			map[o] = i;
			out[o++] = src[i + k];
		}
		i += n;
	}
	map[o] = len;
	out[o] = 0;
	return o;
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
	out->len = zhen__fold_into(out->s, out->map, src, len);
	return 0;
}
