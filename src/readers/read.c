/* readers/read.c: which reader reads which format. Adding a format is a
 * row here, an enum value in readers.h and a file of its own. */
#include "readers.h"

#include <string.h>

static const struct format_row {
	zhen_format f;
	const char *name;
	const char *what;              /* for messages */
	zhen__units_reader units;      /* bilingual formats */
	zhen__doc_reader doc;          /* document formats */
} formats[] = {
	{ ZHEN_FORMAT_UNKNOWN, "unknown", "an unknown format", NULL, NULL },
	{ ZHEN_FORMAT_TEXT, "text", "text", NULL, NULL },
	{ ZHEN_FORMAT_XLIFF, "xliff", "XLIFF", zhen__read_xliff, NULL },
	{ ZHEN_FORMAT_SDLXLIFF, "sdlxliff", "SDLXLIFF", zhen__read_xliff,
	  NULL },
	{ ZHEN_FORMAT_TMX, "tmx", "TMX", zhen__read_tmx, NULL },
	{ ZHEN_FORMAT_DOCX, "docx", "DOCX", NULL, zhen__read_docx },
	{ ZHEN_FORMAT_XLSX, "xlsx", "XLSX", zhen__read_xlsx, NULL },
	{ ZHEN_FORMAT_CSV, "csv", "CSV", zhen__read_table, NULL },
	{ ZHEN_FORMAT_TSV, "tsv", "TSV", zhen__read_table, NULL },
};

enum { NFORMATS = sizeof formats / sizeof *formats };

static const struct format_row *row(zhen_format f)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (formats[i].f == f)
			return &formats[i];
	return &formats[0];
}

const char *zhen_format_name(zhen_format f)
{
	return row(f)->name;
}

int zhen_format_parse(zhen_format *out, const char *name)
{
	if (!out || !name)
		return ZHEN_EINVAL;
	for (size_t i = 1; i < NFORMATS; i++)
		if (!strcmp(formats[i].name, name))
			return (*out = formats[i].f), 0;
	return ZHEN_EUSAGE;
}

int zhen_format_is_bilingual(zhen_format f)
{
	return row(f)->f != ZHEN_FORMAT_UNKNOWN && f != ZHEN_FORMAT_TEXT &&
	       f != ZHEN_FORMAT_DOCX;
}

/* The format to read: the options' or the detected one; an error for a
 * file of no format zhen reads, saying what it seems to be. */
static int resolve(zhen_format *f, zhen_ctx *ctx, const char *bytes,
                   size_t len, const zhen_read_options *o)
{
	if (o->version != ZHEN_READ_OPTIONS_VERSION)
		return zhen__fail(ctx, ZHEN_EUSAGE, "read options of version %u "
		                  "(this library: %u)", o->version,
		                  ZHEN_READ_OPTIONS_VERSION);
	*f = o->format;
	if (*f == ZHEN_FORMAT_UNKNOWN) {
		int rc = zhen_format_detect(f, ctx, bytes, len, NULL);
		if (rc < 0)
			return rc;
	}
	if (*f != ZHEN_FORMAT_UNKNOWN)
		return 0;
	if (zhen__is_ole(bytes, len))
		return zhen__fail_at(ctx, ZHEN_EINPUT, 0, 0, "a password-protected "
		                     "Office file, or an old .doc/.xls: save it "
		                     "unprotected as .docx or .xlsx");
	return zhen__fail_at(ctx, ZHEN_EINPUT, 0, 0, "not a format zhen reads "
	                     "(a ZIP that is neither DOCX nor XLSX, or XML that "
	                     "is neither XLIFF nor TMX)");
}

/* What both entry points do first: the arguments checked, *out cleared,
 * the options defaulted and the format resolved. */
static int begin(zhen_format *f, const zhen_read_options **o, void *out,
                 zhen_ctx *ctx, const char *bytes, size_t len,
                 const zhen_read_options *opts, const char *func)
{
	static const zhen_read_options defaults = ZHEN_READ_OPTIONS_INIT;
	int rc = zhen__text_args(ctx, func, out, bytes, len, "bytes");

	*o = opts ? opts : &defaults;
	return rc < 0 ? rc : resolve(f, ctx, bytes, len, *o);
}

int zhen_units_read(zhen_units **out, zhen_ctx *ctx, const char *bytes,
                    size_t len, const zhen_read_options *opts)
{
	const zhen_read_options *o;
	zhen_format f;
	if (out)
		*out = NULL;
	int rc = begin(&f, &o, out, ctx, bytes, len, opts, __func__);
	if (rc < 0)
		return rc;
	const struct format_row *r = row(f);
	if (!zhen_format_is_bilingual(f))
		return zhen__fail(ctx, ZHEN_EUSAGE, "%s holds one language: "
		                  "read it as a document", r->what);
	if (!r->units)
		return zhen__fail(ctx, ZHEN_EUSAGE, "this build of zhen does not "
		                  "read %s yet", r->what);
	zhen_units *u = zhen__units_new(f);
	if (!u)
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	/* a ZIP's offsets are no places in the file: only the texts' own */
	if ((f != ZHEN_FORMAT_XLSX && zhen__units_set_lines(u, bytes, len) < 0 &&
	     (rc = zhen__fail(ctx, ZHEN_ENOMEM, "out of memory")) < 0) ||
	    (rc = r->units(u, ctx, bytes, len, o)) < 0) {
		zhen_units_free(u);
		return rc;
	}
	*out = u;
	return 0;
}

int zhen_doc_read_format(zhen_doc **out, zhen_ctx *ctx, const char *bytes,
                         size_t len, const zhen_read_options *opts)
{
	const zhen_read_options *o;
	zhen_format f;
	if (out)
		*out = NULL;
	int rc = begin(&f, &o, out, ctx, bytes, len, opts, __func__);
	if (rc < 0)
		return rc;
	if (f == ZHEN_FORMAT_TEXT) {
		zhen_doc_options d = ZHEN_DOC_OPTIONS_INIT;
		d.encoding = o->encoding;
		return zhen_doc_read(out, ctx, bytes, len, &d);
	}
	const struct format_row *r = row(f);
	if (zhen_format_is_bilingual(f))
		return zhen__fail(ctx, ZHEN_EUSAGE, "%s holds both languages: "
		                  "read it as units", r->what);
	if (!r->doc)
		return zhen__fail(ctx, ZHEN_EUSAGE, "this build of zhen does not "
		                  "read %s yet", r->what);
	return r->doc(out, ctx, bytes, len, o);
}
