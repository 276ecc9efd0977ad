/* Fuzz target: bytes read as a Word file (zhen_doc_read_format()), with the
 * format forced to DOCX (the reader meets whatever the bytes are) and
 * detected (what zhen check does with a file of no known name). A ZIP
 * mutated at random mostly breaks its CRC: fuzz_docx_xml.c puts mutated
 * XML in a valid ZIP so that the XML walk is fuzzed too. */
#include <stddef.h>
#include <stdint.h>

#include <zhen/zhen.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void read_as(zhen_ctx *ctx, const uint8_t *data, size_t size,
                    zhen_format f)
{
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = f;
	o.zip_limit = 16u << 20; /* a bomb stops early */
	zhen_doc *d = NULL;
	zhen_format got = f;
	if (f == ZHEN_FORMAT_UNKNOWN &&
	    zhen_format_detect(&got, ctx, (const char *)data, size, NULL) < 0)
		return;
	if (zhen_doc_read_format(&d, ctx, (const char *)data, size, &o) == 0 &&
	    got == ZHEN_FORMAT_DOCX) {
		/* every line of a Word file has a place (text has none) */
		size_t n = zhen_doc_paragraph_count(d);
		for (size_t i = 0; i < n; i++) {
			size_t line = zhen_doc_paragraph(d, i)->line;
			if (!zhen_doc_place(d, line))
				__builtin_trap();
		}
	}
	zhen_doc_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static zhen_ctx *ctx;
	if (!ctx && zhen_ctx_new(&ctx) != 0)
		return 0;
	read_as(ctx, data, size, ZHEN_FORMAT_DOCX);
	read_as(ctx, data, size, ZHEN_FORMAT_UNKNOWN);
	return 0;
}
