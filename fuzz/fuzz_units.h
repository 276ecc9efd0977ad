/* fuzz_units.h: what the bilingual readers' targets (tmx, table, xlsx)
 * share: read the units, then check what every caller relies on. A file
 * read: every text NUL-terminated at its length with no NUL inside, valid
 * UTF-8; every unit placed; source offsets inside the file or SIZE_MAX;
 * each character's span in the file (zhen_units_source_span()) inside it,
 * in order, on a line that exists.
 * A file refused: no units, and a message saying why. */
#ifndef ZHEN_FUZZ_UNITS_H
#define ZHEN_FUZZ_UNITS_H

#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"

static inline void fuzz_text(const char *s, size_t len)
{
	FUZZ_REQUIRE(s != NULL);
	FUZZ_REQUIRE(strlen(s) == len);
	FUZZ_REQUIRE(zhen_utf8_check(s, len, NULL) == 0);
}

/* Every character of one side maps into the file, in order. */
static inline void fuzz_spans(const zhen_units *u, size_t i, zhen_lang side,
                              const char *s, size_t len, size_t in_len)
{
	size_t prev = 0, fs, fe, line;
	FUZZ_REQUIRE(zhen_units_source_span(&fs, &fe, &line, u, i, side, 0,
	                                    len) == 0);
	if (fs == SIZE_MAX)
		return;
	FUZZ_REQUIRE(fs <= fe && fe <= in_len && line >= 1);
	for (size_t k = 0; k < len;) {
		size_t n = k + 1; /* one character: valid UTF-8 (fuzz_text) */
		while (n < len && ((unsigned char)s[n] & 0xC0) == 0x80)
			n++;
		FUZZ_REQUIRE(zhen_units_source_span(&fs, &fe, &line, u, i, side,
		                                    k, n) == 0);
		FUZZ_REQUIRE(fs != SIZE_MAX && fs <= fe && fe <= in_len);
		FUZZ_REQUIRE(fs >= prev && line >= 1 && line <= in_len + 1);
		prev = fs;
		k = n;
	}
	FUZZ_REQUIRE(zhen_units_source_span(&fs, &fe, &line, u, i, side,
	                                    len + 1, len + 1) == ZHEN_EINVAL);
}

static inline void fuzz_check_units(const zhen_units *u, size_t in_len)
{
	for (size_t i = 0; i < zhen_units_count(u); i++) {
		const zhen_unit *x = zhen_units_get(u, i);
		fuzz_text(x->zh, x->zh_len);
		fuzz_text(x->en, x->en_len);
		FUZZ_REQUIRE(x->where != NULL && *x->where != '\0');
		FUZZ_REQUIRE(zhen_utf8_check(x->where, strlen(x->where),
		                             NULL) == 0);
		if (x->id)
			FUZZ_REQUIRE(zhen_utf8_check(x->id, strlen(x->id),
			                             NULL) == 0);
		if (x->state)
			FUZZ_REQUIRE(zhen_utf8_check(x->state,
			                             strlen(x->state), NULL) == 0);
		FUZZ_REQUIRE(x->zh_src == SIZE_MAX || x->zh_src < in_len);
		/* an empty last field begins at the file's end */
		FUZZ_REQUIRE(x->en_src == SIZE_MAX || x->en_src <= in_len);
		fuzz_spans(u, i, ZHEN_LANG_ZH, x->zh, x->zh_len, in_len);
		fuzz_spans(u, i, ZHEN_LANG_EN, x->en, x->en_len, in_len);
		/* untranslated means no English to compare */
		if (x->flags & ZHEN_UNIT_UNTRANSLATED)
			FUZZ_REQUIRE(x->en_len == 0 ||
			             strspn(x->en, " ") == x->en_len);
	}
	for (int side = 0; side < 2; side++) {
		const char *l = zhen_units_lang(u, side ? ZHEN_LANG_EN
		                                        : ZHEN_LANG_ZH);
		if (l)
			FUZZ_REQUIRE(zhen_utf8_check(l, strlen(l), NULL) == 0);
	}
}

/* Read @p data as @p o says and check the result either way. */
static inline void fuzz_read_units(const uint8_t *data, size_t size,
                                   const zhen_read_options *o)
{
	zhen_ctx *ctx = fuzz_ctx();
	zhen_units *u = (zhen_units *)1;
	int rc = zhen_units_read(&u, ctx, (const char *)data, size, o);
	if (rc == 0) {
		FUZZ_REQUIRE(u != NULL);
		fuzz_check_units(u, size);
	} else {
		FUZZ_REQUIRE(u == NULL);
		FUZZ_REQUIRE(rc == ZHEN_EINPUT || rc == ZHEN_ENOMEM ||
		             rc == ZHEN_EUSAGE);
		const char *m = zhen_ctx_errmsg(ctx);
		FUZZ_REQUIRE(m != NULL && *m != '\0');
		FUZZ_REQUIRE(strchr(m, '\n') == NULL);
	}
	zhen_units_free(u);
}

#endif
