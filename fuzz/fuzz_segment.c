/* Fuzz target: sentence segmentation of one text in either language (the
 * first byte chooses). Invariants: sentences in order, not overlapping,
 * inside the text, at character boundaries. */
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	const char *s = (const char *)data + 1;
	size_t len = size - 1;
	zhen_lang lang = data[0] & 1 ? ZHEN_LANG_EN : ZHEN_LANG_ZH;
	if (zhen_utf8_check(s, len, NULL) != 0)
		return 0;
	zhen_sentences *ss = NULL;
	int rc = zhen_segment_text(&ss, fuzz_ctx(), s, len, lang);
	FUZZ_REQUIRE(rc == 0 || rc == ZHEN_ENOMEM);
	size_t prev = 0;
	for (size_t i = 0; rc == 0 && i < zhen_sentences_count(ss); i++) {
		const zhen_sentence *x = zhen_sentences_get(ss, i);
		FUZZ_REQUIRE(x->off >= prev && x->off + x->len <= len);
		FUZZ_REQUIRE(x->len > 0);
		FUZZ_REQUIRE(((unsigned char)s[x->off] & 0xC0) != 0x80);
		prev = x->off + x->len;
	}
	zhen_sentences_free(ss);
	return 0;
}
