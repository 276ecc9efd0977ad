/* fuzz_numbers.h: the number reader of one language (FUZZ_LANG) on one
 * text, with and without the latent numerals. Invariants: every span lies
 * inside the text, in order of start, at a character boundary; the
 * formatter and the JSON writer take every quantity. */
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"

static void check_quantities(const zhen_quantities *q, const char *s,
                             size_t len)
{
	size_t prev = 0;
	char buf[256];
	for (size_t i = 0; i < zhen_quantities_count(q); i++) {
		const zhen_quantity *x = zhen_quantities_get(q, i);
		FUZZ_REQUIRE(x->start < x->end && x->end <= len);
		FUZZ_REQUIRE(x->start >= prev);
		FUZZ_REQUIRE(((unsigned char)s[x->start] & 0xC0) != 0x80);
		FUZZ_REQUIRE(x->end == len ||
		             ((unsigned char)s[x->end] & 0xC0) != 0x80);
		for (int group = 0; group < 2; group++) {
			size_t n = zhen_quantity_format(buf, sizeof buf, x, group);
			FUZZ_REQUIRE(strlen(buf) ==
			             (n < sizeof buf ? n : sizeof buf - 1));
		}
		prev = x->start;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	zhen_ctx *ctx = fuzz_ctx();
	if (zhen_utf8_check(s, size, NULL) != 0)
		return 0;
	zhen_doc *doc = NULL; /* for the JSON writer, when the text makes one */
	if (zhen_doc_from_bytes(&doc, ctx, s, size) != 0)
		doc = NULL;
	for (int all = 0; all < 2; all++) {
		zhen_quantities *q = NULL;
		int rc = (all ? zhen_numbers_extract_all : zhen_numbers_extract)(
		    &q, ctx, FUZZ_LANG, FUZZ_LANG == ZHEN_LANG_ZH ? ZHEN_CONVERT_T2S
		                                                  : ZHEN_CONVERT_NONE,
		    s, size, 0);
		FUZZ_REQUIRE(rc == 0 || rc == ZHEN_ENOMEM);
		if (rc == 0) {
			check_quantities(q, s, size);
			if (doc)
				FUZZ_REQUIRE(zhen_quantities_write_json(
				    fuzz_sink, NULL, q, doc) == 0);
		}
		zhen_quantities_free(q);
	}
	zhen_doc_free(doc);
	return 0;
}
