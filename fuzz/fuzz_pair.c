/* Fuzz target: one pre-aligned pair through the public API (number reading
 * on both sides, compare, both report formats). Input: zh, a TAB, en. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <zhen/zhen.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int sink(void *payload, const char *s, size_t n)
{
	(void)payload;
	(void)s;
	(void)n;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static zhen_ctx *ctx;
	const char *s = (const char *)data;
	const char *tab;
	zhen_findings *f = NULL;

	if (!ctx && zhen_ctx_new(&ctx) != 0)
		return 0;
	/* The CLI validates every line first; so does the target. */
	if (zhen_utf8_check(s, size, NULL) != 0)
		return 0;
	tab = memchr(s, '\t', size);
	size_t zl = tab ? (size_t)(tab - s) : size;
	const char *en = tab ? tab + 1 : s + size;
	size_t el = tab ? size - zl - 1 : 0;
	if (zhen_check_pair(&f, ctx, s, zl, 7, en, el, 7 + zl + 1, NULL) == 0) {
		zhen_report_pair_json(sink, NULL, 1, f, s, 7, en, 7 + zl + 1);
		zhen_report_pair_text(sink, NULL, 1, f, s, zl, 7, en, el,
		                      7 + zl + 1, NULL);
	}
	zhen_findings_free(f);
	return 0;
}
