/* Fuzz target: a TMX file read into units (src/readers/tmx.c), with the
 * format forced and detected from the content. Input: the file.
 * Invariants: fuzz_units.h. */
#include "fuzz_units.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = ZHEN_FORMAT_TMX;
	fuzz_read_units(data, size, &o);
	/* detected: TMX when the root is <tmx>, else refused or another
	 * reader (XLIFF, a table by content) */
	o.format = ZHEN_FORMAT_UNKNOWN;
	fuzz_read_units(data, size, &o);
	return 0;
}
