/* Fuzz target: a CSV or TSV table read into units (src/readers/table.c,
 * columns.c). Input: one byte of options, then the file. The byte's bits:
 * 0-1 the format (CSV, TSV forced; or detected from a name ending in .csv
 * or .tsv), 2-3 the header option, 4-6 a columns option, 7 the encoding
 * (detected or GB18030 forced). Invariants: fuzz_units.h. */
#include "fuzz_units.h"

static const char *const columns[] = {
	NULL, "zh,en", "en,zh", "id,zh,en", "x,en,zh", "C=zh,B=en", "zh",
	"A=id,B=zh,C=en",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { NULL, NULL, "t.csv", "t.tsv" };
	static const int headers[] = { -1, 0, 1, -1 };
	if (size < 1)
		return 0;
	unsigned b = data[0];
	const char *s = (const char *)data + 1;
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.header = headers[b >> 2 & 3];
	o.columns = columns[b >> 4 & 7];
	o.encoding = b & 0x80 ? "GB18030" : NULL;
	switch (b & 3) {
	case 0:
		o.format = ZHEN_FORMAT_CSV;
		break;
	case 1:
		o.format = ZHEN_FORMAT_TSV;
		break;
	default:
		/* the CLI's way: the content, then the name for a table */
		if (zhen_format_detect(&o.format, fuzz_ctx(), s, size - 1,
		                       names[b & 3]) != 0)
			return 0;
		if (!zhen_format_is_bilingual(o.format))
			return 0;
	}
	fuzz_read_units(data + 1, size - 1, &o);
	return 0;
}
