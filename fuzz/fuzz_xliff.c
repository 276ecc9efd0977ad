/* Fuzz target: bytes read as a bilingual file (zhen_units_read()) with the
 * format forced to XLIFF and to SDLXLIFF (the reader meets whatever the
 * bytes are) and detected (what zhen check does with a file of no known
 * name). Invariants, from the contract of <zhen/readers.h>: a refusal
 * leaves no units and a one-line message; each unit's lengths match its
 * NUL-terminated texts, it has a place, its offsets fall inside the file,
 * and it is never empty on both sides; each character's place in the
 * file lies inside it, in order (fuzz_units.h). */
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"
#include "fuzz_units.h"

static void check_unit(const zhen_unit *x, size_t size)
{
	FUZZ_REQUIRE(x->zh && x->en && x->where && *x->where);
	FUZZ_REQUIRE(strlen(x->zh) == x->zh_len && strlen(x->en) == x->en_len);
	FUZZ_REQUIRE(x->zh_len || x->en_len);
	FUZZ_REQUIRE(x->zh_src == SIZE_MAX || x->zh_src < size);
	FUZZ_REQUIRE(x->en_src == SIZE_MAX || x->en_src < size);
	FUZZ_REQUIRE(zhen_utf8_check(x->zh, x->zh_len, NULL) == 0);
	FUZZ_REQUIRE(zhen_utf8_check(x->en, x->en_len, NULL) == 0);
	if (x->id)
		(void)strlen(x->id);
	if (x->state)
		(void)strlen(x->state);
}

/* Read @p data as format @p f; ZHEN_FORMAT_UNKNOWN lets zhen_units_read()
 * detect it, as zhen check does, when the bytes are XLIFF or SDLXLIFF. */
static void read_as(const uint8_t *data, size_t size, zhen_format f)
{
	zhen_ctx *ctx = fuzz_ctx();
	zhen_format want = f;
	if (f == ZHEN_FORMAT_UNKNOWN) {
		if (zhen_format_detect(&want, ctx, (const char *)data, size,
		                       NULL) != 0)
			return;
		if (want != ZHEN_FORMAT_XLIFF && want != ZHEN_FORMAT_SDLXLIFF)
			return; /* the other readers have their own targets */
	}
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = f;
	zhen_units *u = NULL;
	if (zhen_units_read(&u, ctx, (const char *)data, size, &o) != 0) {
		const char *msg = zhen_ctx_errmsg(ctx);
		FUZZ_REQUIRE(u == NULL && msg && *msg && !strchr(msg, '\n'));
		return;
	}
	FUZZ_REQUIRE(zhen_units_format(u) == want);
	for (size_t i = 0; i < zhen_units_count(u); i++) {
		const zhen_unit *x = zhen_units_get(u, i);
		check_unit(x, size);
		fuzz_spans(u, i, ZHEN_LANG_ZH, x->zh, x->zh_len, size);
		fuzz_spans(u, i, ZHEN_LANG_EN, x->en, x->en_len, size);
	}
	(void)zhen_units_lang(u, ZHEN_LANG_ZH);
	(void)zhen_units_lang(u, ZHEN_LANG_EN);
	zhen_units_free(u);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	read_as(data, size, ZHEN_FORMAT_XLIFF);
	read_as(data, size, ZHEN_FORMAT_SDLXLIFF);
	read_as(data, size, ZHEN_FORMAT_UNKNOWN);
	return 0;
}
