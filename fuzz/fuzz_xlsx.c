/* Fuzz target: an XLSX workbook read into units (src/readers/xlsx.c,
 * xlsx_num.c, columns.c, zip.c). Input: one byte of options, then either
 * the bytes of a ZIP (they begin "PK"), or members to zip here, so that
 * mutations reach the XML inside rather than breaking the ZIP's checksums:
 *
 *   @@ xl/workbook.xml
 *   <workbook ...>
 *   @@ xl/worksheets/sheet1.xml
 *   ...
 *
 * (a line "@@ NAME" opens a member; its data runs to the next such line).
 * The option byte's bits: 0 the format forced or detected, 1-2 the sheet,
 * 3-5 a columns option, 6-7 the header option. Invariants: fuzz_units.h. */
#include "fuzz_units.h"
#include "zip_fixture.h" /* tests/unit: ZIPs made in memory */

static const char *const sheets[] = { NULL, "Sheet1", "Sheet2", "表 1" };
static const char *const columns[] = {
	NULL, "B=zh,C=en", "A=zh,B=en", "zh,en", "id,zh,en", "A=id,B=zh,C=en",
	"XFD=zh,A=en", "zh",
};
static const int headers[] = { -1, 0, 1, -1 };

enum { MAX_MEMBERS = 64, MAX_NAME = 256 };

/* The members of the input, as zip_fixture() takes them. */
struct members {
	size_t n;
	char names[MAX_MEMBERS][MAX_NAME];
	const char *name_ptrs[MAX_MEMBERS], *datas[MAX_MEMBERS];
	size_t lens[MAX_MEMBERS];
};

/* The start of the next "@@ " line at or after @p i, or @p len. */
static size_t next_member(const char *s, size_t len, size_t i)
{
	for (; i + 3 <= len; i++)
		if ((i == 0 || s[i - 1] == '\n') && !memcmp(s + i, "@@ ", 3))
			return i;
	return len;
}

/* Split @p s into members at its "@@ NAME" lines. */
static void split_members(struct members *m, const char *s, size_t len)
{
	m->n = 0;
	for (size_t i = next_member(s, len, 0); i < len &&
	     m->n < MAX_MEMBERS; m->n++) {
		size_t a = i + 3, e = a;
		while (e < len && s[e] != '\n')
			e++;
		size_t n = e - a < MAX_NAME - 1 ? e - a : MAX_NAME - 1;
		memcpy(m->names[m->n], s + a, n);
		m->names[m->n][n] = '\0';
		m->name_ptrs[m->n] = m->names[m->n];
		size_t d = e < len ? e + 1 : len;
		i = next_member(s, len, d);
		m->datas[m->n] = s + d;
		m->lens[m->n] = i - d;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned b = data[0];
	const char *s = (const char *)data + 1;
	size_t len = size - 1;
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = b & 1 ? ZHEN_FORMAT_UNKNOWN : ZHEN_FORMAT_XLSX;
	o.sheet = sheets[b >> 1 & 3];
	o.columns = columns[b >> 3 & 7];
	o.header = headers[b >> 6 & 3];
	o.zip_limit = (size_t)4 << 20; /* a bomb stops early, and is tried */
	if (len >= 2 && !memcmp(s, "PK", 2)) {
		fuzz_read_units((const uint8_t *)s, len, &o);
		return 0;
	}
	static struct members m;
	size_t zlen = 0;
	split_members(&m, s, len);
	/* NULL when libzip refuses the members (a name twice): not the
	 * reader's concern */
	char *z = zip_fixture(&zlen, m.n, m.name_ptrs, m.datas, m.lens);
	if (z)
		fuzz_read_units((const uint8_t *)z, zlen, &o);
	free(z);
	return 0;
}
