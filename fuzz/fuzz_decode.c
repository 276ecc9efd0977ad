/* Fuzz target: input decoding in every encoding zhen reads, and paragraph
 * building. Input: a byte choosing the encoding and the paragraph mode,
 * then the file. Invariants: every paragraph and every span maps inside
 * the input, in order; the analysis text is valid UTF-8. */
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"

static const char *const encodings[] = {
	NULL, "UTF-8", "GB18030", "GBK", "Big5", "Big5-HKSCS", "UTF-16LE",
	"UTF-16BE", "UTF-32LE", "UTF-32BE", "windows-1252", "Shift_JIS",
};

static void check_doc(const zhen_doc *d, size_t in_len)
{
	size_t len, prev_end = 0, prev_src = 0;
	const char *text = zhen_doc_bytes(d, &len);
	FUZZ_REQUIRE(zhen_utf8_check(text, len, NULL) == 0);
	for (size_t i = 0; i < zhen_doc_paragraph_count(d); i++) {
		const zhen_paragraph *p = zhen_doc_paragraph(d, i);
		FUZZ_REQUIRE(p->off >= prev_end && p->off + p->len <= len);
		FUZZ_REQUIRE(p->len > 0);
		size_t s, e;
		zhen_doc_source_span(d, p->off, p->off + p->len, &s, &e);
		FUZZ_REQUIRE(s <= e && e <= in_len && s >= prev_src);
		FUZZ_REQUIRE(zhen_doc_line_of(d, p->off) == p->line);
		prev_end = p->off + p->len;
		prev_src = s;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	zhen_doc_options o = ZHEN_DOC_OPTIONS_INIT;
	o.encoding = encodings[data[0] % (sizeof encodings / sizeof *encodings)];
	o.paragraphs = data[0] & 0x80 ? ZHEN_PARAGRAPHS_BLANK
	                              : ZHEN_PARAGRAPHS_LINE;
	o.lang = (data[0] >> 5 & 3) == 3 ? -1 : (data[0] >> 5 & 1);
	zhen_doc *d = NULL;
	if (zhen_doc_read(&d, fuzz_ctx(), (const char *)data + 1, size - 1,
	                  &o) == 0)
		check_doc(d, size - 1);
	else
		FUZZ_REQUIRE(d == NULL);
	zhen_doc_free(d);
	return 0;
}
