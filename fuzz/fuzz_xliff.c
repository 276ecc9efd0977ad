/* Fuzz target: bytes read as a bilingual file (zhen_units_read()) with the
 * format forced to XLIFF and to SDLXLIFF (the reader meets whatever the
 * bytes are) and detected (what zhen check does with a file of no known
 * name). Each unit read is checked against the contract of <zhen/readers.h>:
 * lengths match the NUL-terminated texts, a place always, offsets inside
 * the file, never a unit with both texts empty. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <zhen/zhen.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_unit(const zhen_unit *x, size_t size)
{
	if (!x->zh || !x->en || !x->where || strlen(x->zh) != x->zh_len ||
	    strlen(x->en) != x->en_len ||
	    (x->zh_src != SIZE_MAX && x->zh_src >= size) ||
	    (x->en_src != SIZE_MAX && x->en_src >= size) ||
	    (!x->zh_len && !x->en_len))
		__builtin_trap();
	if (x->id)
		(void)strlen(x->id);
	if (x->state)
		(void)strlen(x->state);
}

static void read_as(zhen_ctx *ctx, const uint8_t *data, size_t size,
                    zhen_format f)
{
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = f;
	zhen_units *u = NULL;
	if (f == ZHEN_FORMAT_UNKNOWN) {
		zhen_format got;
		if (zhen_format_detect(&got, ctx, (const char *)data, size,
		                       "fuzz.xlf") < 0)
			return;
		if (got != ZHEN_FORMAT_XLIFF && got != ZHEN_FORMAT_SDLXLIFF)
			return; /* other readers have their own targets */
		o.format = got;
	}
	if (zhen_units_read(&u, ctx, (const char *)data, size, &o) != 0) {
		/* a refusal says what and where, on one line */
		const char *msg = zhen_ctx_errmsg(ctx);
		if (!msg || !*msg || strchr(msg, '\n'))
			__builtin_trap();
		return;
	}
	for (size_t i = 0; i < zhen_units_count(u); i++)
		check_unit(zhen_units_get(u, i), size);
	(void)zhen_units_lang(u, ZHEN_LANG_ZH);
	(void)zhen_units_lang(u, ZHEN_LANG_EN);
	zhen_units_free(u);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static zhen_ctx *ctx;
	if (!ctx && zhen_ctx_new(&ctx) != 0)
		return 0;
	read_as(ctx, data, size, ZHEN_FORMAT_XLIFF);
	read_as(ctx, data, size, ZHEN_FORMAT_SDLXLIFF);
	read_as(ctx, data, size, ZHEN_FORMAT_UNKNOWN);
	return 0;
}
