/* readers/detect.c: a file's format from its content. The bytes decide
 * where they can (a ZIP's members, an XML root element); the file's name
 * only where they cannot: CSV and TSV look like text, and a file too
 * broken to tell keeps the format its name gives, so that its reader can
 * say what is broken. */
#include "readers.h"

#include <string.h>
#include <strings.h>

static const struct {
	const char *ext;
	zhen_format f;
} by_ext[] = {
	{ ".xlf", ZHEN_FORMAT_XLIFF },     { ".xliff", ZHEN_FORMAT_XLIFF },
	{ ".mqxliff", ZHEN_FORMAT_XLIFF }, { ".sdlxliff", ZHEN_FORMAT_SDLXLIFF },
	{ ".tmx", ZHEN_FORMAT_TMX },       { ".docx", ZHEN_FORMAT_DOCX },
	{ ".xlsx", ZHEN_FORMAT_XLSX },     { ".csv", ZHEN_FORMAT_CSV },
	{ ".tsv", ZHEN_FORMAT_TSV },
};

static zhen_format from_name(const char *name)
{
	size_t n = name ? strlen(name) : 0;
	for (size_t i = 0; i < sizeof by_ext / sizeof *by_ext; i++) {
		size_t e = strlen(by_ext[i].ext);
		if (n > e && !strcasecmp(name + n - e, by_ext[i].ext))
			return by_ext[i].f;
	}
	return ZHEN_FORMAT_UNKNOWN;
}

static bool starts(const char *b, size_t len, const char *magic, size_t n)
{
	return len >= n && !memcmp(b, magic, n);
}

bool zhen__is_ole(const char *b, size_t len)
{
	return starts(b, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

static zhen_format zip_kind(zhen_ctx *ctx, const char *b, size_t len)
{
	struct zhen__zip z;
	if (zhen__zip_open(&z, ctx, b, len, 0) < 0)
		return ZHEN_FORMAT_UNKNOWN;
	zhen_format f = zhen__zip_has(&z, "word/document.xml") ? ZHEN_FORMAT_DOCX
	              : zhen__zip_has(&z, "xl/workbook.xml") ? ZHEN_FORMAT_XLSX
	              : ZHEN_FORMAT_UNKNOWN;
	zhen__zip_close(&z);
	return f;
}

/* Whether the root element declares Trados' namespace. */
static bool has_sdl_ns(struct zhen__xml *x)
{
	bool sdl = false;
	if (xmlTextReaderMoveToFirstAttribute(x->r) != 1)
		return false;
	do {
		const xmlChar *v = xmlTextReaderConstValue(x->r);
		if (xmlTextReaderIsNamespaceDecl(x->r) == 1 && v &&
		    strstr((const char *)v, "sdl.com/FileTypes/SdlXliff"))
			sdl = true;
	} while (!sdl && xmlTextReaderMoveToNextAttribute(x->r) == 1);
	xmlTextReaderMoveToElement(x->r);
	return sdl;
}

static zhen_format xml_kind(zhen_ctx *ctx, const char *b, size_t len)
{
	struct zhen__xml x;
	zhen_format f = ZHEN_FORMAT_UNKNOWN;
	if (zhen__xml_open(&x, ctx, b, len, "XML") < 0)
		return f;
	while (zhen__xml_next(&x) == 1) {
		if (xmlTextReaderNodeType(x.r) != XML_READER_TYPE_ELEMENT)
			continue;
		const char *root = (const char *)xmlTextReaderConstLocalName(x.r);
		if (root && !strcmp(root, "xliff"))
			f = has_sdl_ns(&x) ? ZHEN_FORMAT_SDLXLIFF : ZHEN_FORMAT_XLIFF;
		else if (root && !strcmp(root, "tmx"))
			f = ZHEN_FORMAT_TMX;
		break;
	}
	zhen__xml_close(&x);
	return f;
}

/* The first byte after a UTF-8 BOM and white space is '<', or the file
 * opens with a UTF-16 BOM (XML declares its own encoding). */
static bool looks_xml(const char *b, size_t len)
{
	if (starts(b, len, "\xFF\xFE", 2) || starts(b, len, "\xFE\xFF", 2))
		return true;
	size_t i = starts(b, len, "\xEF\xBB\xBF", 3) ? 3 : 0;
	while (i < len && strchr(" \t\r\n", b[i]))
		i++;
	return i < len && b[i] == '<';
}

int zhen_format_detect(zhen_format *out, zhen_ctx *ctx, const char *bytes,
                       size_t len, const char *name)
{
	zhen_format by_name, f = ZHEN_FORMAT_UNKNOWN;
	bool zip;

	if (!out)
		return zhen__einval(ctx, __func__, "out is NULL");
	*out = ZHEN_FORMAT_UNKNOWN;
	if (ZHEN__NO_BYTES(bytes, len))
		return zhen__einval(ctx, __func__, "bytes is NULL");
	by_name = from_name(name);
	zip = starts(bytes, len, "PK\x03\x04", 4) ||
	      starts(bytes, len, "PK\x05\x06", 4);
	if (zip)
		f = zip_kind(ctx, bytes, len);
	else if (zhen__is_ole(bytes, len))
		return (*out = ZHEN_FORMAT_UNKNOWN), 0;
	else if (looks_xml(bytes, len))
		f = xml_kind(ctx, bytes, len);
	else if (by_name == ZHEN_FORMAT_CSV || by_name == ZHEN_FORMAT_TSV)
		f = by_name;
	/* bytes that tell nothing: the name's format, whose reader will say
	 * what is wrong with them; with no such name, text (a Chinese text
	 * may well open with '<'), but never a ZIP */
	if (f == ZHEN_FORMAT_UNKNOWN)
		f = by_name != ZHEN_FORMAT_UNKNOWN ? by_name
		  : zip ? ZHEN_FORMAT_UNKNOWN : ZHEN_FORMAT_TEXT;
	*out = f;
	return 0;
}
