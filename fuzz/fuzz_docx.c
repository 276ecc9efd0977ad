/* Fuzz target: bytes read as a Word file (zhen_doc_read_format()), with the
 * format forced to DOCX (the reader meets whatever the bytes are) and
 * detected (what zhen check does with a file of no known name). A ZIP
 * mutated at random mostly breaks its CRC: fuzz_docx_xml.c puts mutated
 * XML in a valid ZIP so that the XML walk is fuzzed too. */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_docx.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	zhen_ctx *ctx = fuzz_ctx();
	fuzz_docx_read(ctx, (const char *)data, size, ZHEN_FORMAT_DOCX);
	fuzz_docx_read(ctx, (const char *)data, size, ZHEN_FORMAT_UNKNOWN);
	return 0;
}
