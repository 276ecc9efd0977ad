/* Fuzz target: the XML of a Word file's parts, packed into a valid ZIP
 * with libzip, then read as DOCX, so that mutations reach the XML walk
 * instead of breaking the ZIP's CRC. Input: word/document.xml, and after
 * each form feed the next part: word/footnotes.xml, word/styles.xml,
 * word/header1.xml, word/endnotes.xml. The relationships are fixed and
 * name them all. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "fuzz_docx.h"

static const char rels[] =
	"<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/"
	"relationships'>"
	"<Relationship Id='rId1' Type='http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/footnotes' Target='footnotes.xml'/>"
	"<Relationship Id='rId2' Type='http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/styles' Target='styles.xml'/>"
	"<Relationship Id='rId3' Type='http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/header' Target='header1.xml'/>"
	"<Relationship Id='rId4' Type='http://schemas.openxmlformats.org/"
	"officeDocument/2006/relationships/endnotes' Target='endnotes.xml'/>"
	"</Relationships>";

static const char *const parts[] = {
	"word/document.xml", "word/footnotes.xml", "word/styles.xml",
	"word/header1.xml", "word/endnotes.xml",
};

/* Add member @p name holding [p, p+n), stored (no deflate: speed). */
static int add(zip_t *z, const char *name, const void *p, size_t n)
{
	zip_source_t *s = zip_source_buffer(z, n ? p : "", n, 0);
	zip_int64_t i = s ? zip_file_add(z, name, s, 0) : -1;
	if (i < 0) {
		zip_source_free(s);
		return -1;
	}
	return zip_set_file_compression(z, (zip_uint64_t)i, ZIP_CM_STORE, 0);
}

/* The parts in @p data, in a ZIP: malloc'd bytes, or NULL. */
static char *pack(const uint8_t *data, size_t size, size_t *len)
{
	zip_error_t err;
	zip_error_init(&err);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &err);
	char *out = NULL;
	zip_t *z = src ? (zip_source_keep(src),
	                  zip_open_from_source(src, ZIP_TRUNCATE, &err))
	               : NULL;
	const char *p = (const char *)data, *end = p + size;
	int rc = z ? add(z, "word/_rels/document.xml.rels", rels,
	                 sizeof rels - 1)
	           : -1;
	for (size_t k = 0; rc == 0 && k < sizeof parts / sizeof *parts; k++) {
		const char *ff = memchr(p, '\f', (size_t)(end - p));
		const char *e = k + 1 < sizeof parts / sizeof *parts && ff ? ff
		                                                          : end;
		rc = add(z, parts[k], p, (size_t)(e - p));
		if (e == end)
			break;
		p = e + 1;
	}
	if (z && (rc < 0 || zip_close(z) < 0))
		zip_discard(z);
	zip_stat_t st;
	if (rc == 0 && zip_source_stat(src, &st) == 0 &&
	    zip_source_open(src) == 0) {
		out = malloc(st.size ? st.size : 1);
		if (out && zip_source_read(src, out, st.size) !=
		               (zip_int64_t)st.size) {
			free(out);
			out = NULL;
		}
		zip_source_close(src);
		*len = st.size;
	}
	zip_source_free(src);
	zip_error_fini(&err);
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t len = 0;
	char *z = pack(data, size, &len);
	if (z) /* NULL: libzip out of memory, nothing to read */
		fuzz_docx_read(fuzz_ctx(), z, len, ZHEN_FORMAT_DOCX);
	free(z);
	return 0;
}
