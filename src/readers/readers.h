/* readers/readers.h: what the readers share (private to the library).
 *
 * Each format is one file: xliff.c (XLIFF 1.2, 2.x, SDLXLIFF), tmx.c,
 * table.c (CSV, TSV), xlsx.c, docx.c. A bilingual reader appends units to
 * a zhen_units with zhen__units_add(); a document reader builds the text
 * one paragraph per line and names each line with zhen__doc_add_place().
 * read.c detects the format and calls the reader (the table there);
 * xml.c opens libxml2 safely, zip.c libzip within limits, inline.c turns
 * tagged text into the text a reader sees. */
#ifndef ZHEN_READERS_INTERNAL_H
#define ZHEN_READERS_INTERNAL_H

#include "encoding.h"
#include "internal.h"

#include <zhen/readers.h>

#include <libxml/xmlreader.h>
#include <zip.h>

/* ---- units (units.c) ---- */

/* A new, empty list of units read from format @p f. */
zhen_units *zhen__units_new(zhen_format f);
/* Append a copy of @p u (its strings are copied; zh and en need not be
 * NUL-terminated; where NULL is made "unit N"). 0 or ZHEN_ENOMEM. */
int zhen__units_add(zhen_units *u, const zhen_unit *unit);
/* The same, with where each text's bytes are in the file (either map
 * NULL when not known). */
int zhen__units_add_mapped(zhen_units *u, const zhen_unit *unit,
                           const struct zhen__omap *zh_map,
                           const struct zhen__omap *en_map);
/* Index the lines of the file the units were read from (UTF-8 or a
 * legacy encoding, UTF-16 by its BOM), so that a file offset names its
 * line. 0 or ZHEN_ENOMEM. */
int zhen__units_set_lines(zhen_units *u, const char *bytes, size_t len);
/* The languages the file declares (copied; either may be NULL). */
int zhen__units_set_lang(zhen_units *u, const char *zh, const char *en);
/* Whether a language tag (zh, zh-TW, zh-Hant-HK, cmn, yue, ...) names
 * Chinese or English; case-insensitive, subtags after the first ignored. */
bool zhen__lang_is_zh(const char *tag);
bool zhen__lang_is_en(const char *tag);

/* A compound (OLE) file: an encrypted OOXML file, or a .doc or .xls. */
bool zhen__is_ole(const char *bytes, size_t len);

/* ---- XML (xml.c) ---- */

/* An XML parse over bytes in memory: the libxml2 reader, opened without
 * network access, without loading a DTD and without expanding entities
 * beyond the predefined ones and character references; the first error
 * libxml2 reports is kept with its line. */
struct zhen__xml {
	xmlTextReaderPtr r;
	zhen_ctx *ctx;
	const char *what; /* "XLIFF", for messages */
	int err;          /* 0, or the status of the first error */
	struct zhen__xml_feed *feed; /* the bytes libxml2 reads (xml.c) */
	/* a UTF-16 file (by its BOM) decoded to UTF-8, which libxml2 reads
	 * instead so that byte offsets can be told; NULL for any other */
	struct zhen__decoded *dec;
	/* the thread's libxml2 error handler while this one is open (xml.c),
	 * and what it last said with no parser at hand */
	xmlStructuredErrorFunc old_handler;
	void *old_handler_ctx;
	xmlGenericErrorFunc old_generic;
	void *old_generic_ctx;
	char note[160];
	bool oom; /* libxml2 said it ran out of memory, in a global handler */
};

/* Nesting deeper than this is refused (libxml2's own limit, which
 * XML_PARSE_HUGE lifts: see xml.c). */
#define ZHEN__XML_MAX_DEPTH 256

/* Open @p bytes. 0, or ZHEN_ENOMEM. */
int zhen__xml_open(struct zhen__xml *x, zhen_ctx *ctx, const char *bytes,
                   size_t len, const char *what);
/* xmlTextReaderRead(): 1 a node, 0 the end, or a negative status with the
 * error recorded on the context ("malformed XML at line N: ..."). */
int zhen__xml_next(struct zhen__xml *x);
/* The current node's line (1-based). */
size_t zhen__xml_line(const struct zhen__xml *x);
/* From the current element (start tag) to its end tag, read on (1), so
 * that the next zhen__xml_next() reads what follows; an empty element or
 * another node stays where it is (1). As zhen__xml_next() on errors. */
int zhen__xml_skip(struct zhen__xml *x);
/* Before the first zhen__xml_next(): know where each start tag is, for
 * zhen__xml_tag_pos() (costs about as much parsing again). */
void zhen__xml_track_tags(struct zhen__xml *x);
/* The line and byte offset where the start tag the reader stands on
 * begins; *byte SIZE_MAX (and *line the parser's, at or after the tag)
 * when that cannot be told exactly (tags not tracked). A UTF-16 file's
 * lines and bytes are its own (a line ends at its LF). */
void zhen__xml_tag_pos(const struct zhen__xml *x, size_t *line,
                       size_t *byte);
/* The same byte offset in zhen__xml_bytes() (a UTF-16 file's UTF-8 copy),
 * or SIZE_MAX. */
size_t zhen__xml_tag_byte(const struct zhen__xml *x);
/* The attribute @p name of the current element (local name, any or no
 * namespace), or NULL; caller frees with xmlFree(). */
xmlChar *zhen__xml_attr(struct zhen__xml *x, const char *name);
/* Whether the current node is an element (start) or end tag named
 * @p local (namespace ignored). */
bool zhen__xml_is(struct zhen__xml *x, int type, const char *local);
/* The text of the current node when it is text (CDATA and white space
 * too; entities and character references decoded), else NULL; valid
 * until the next node. */
const char *zhen__xml_text(struct zhen__xml *x);
/* Record a format error at the current line: ZHEN_EINPUT. */
int zhen__xml_fail(struct zhen__xml *x, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void zhen__xml_close(struct zhen__xml *x);

/* The bytes being parsed (all of them): the file's, or its UTF-8 copy
 * when x->dec (whose map leads back to the file). */
const char *zhen__xml_bytes(const struct zhen__xml *x, size_t *len);

/* ---- where nodes are in the file (xml_follow.c) ---- */

/* A walk through the file's bytes beside libxml2's nodes. */
struct zhen__follow {
	const char *p;
	size_t len, at;         /* the bytes; where the next node begins */
	const struct zhen__omap *dec; /* p's map to the file, or NULL */
	bool lost;              /* they stopped matching: no map from here */
	size_t tag, tag_end;    /* the last tag stepped over, in the file */
	struct zhen__omap map;  /* the last text's value to the file */
};

/* Begin at the start tag the reader stands on (tags tracked:
 * zhen__xml_track_tags()), stepping over it; f->tag is then its offset,
 * or SIZE_MAX when it is not known (lost). */
void zhen__follow_begin(struct zhen__follow *f, const struct zhen__xml *x);
/* Step over the node the reader stands on, which follows the last one
 * stepped over; for a text node (text, white space, CDATA) the map of
 * its value to the file (valid until the next call), else NULL. */
const struct zhen__omap *zhen__follow_node(struct zhen__follow *f,
                                           const struct zhen__xml *x);
void zhen__follow_free(struct zhen__follow *f);

/* ---- ZIP (zip.c) ---- */

/* A ZIP archive in memory, read within a budget of inflated bytes. */
struct zhen__zip {
	zip_t *z;
	zhen_ctx *ctx;
	size_t budget; /* inflated bytes left for the whole archive */
	size_t limit;  /* the most one member may inflate to */
};

/* Open @p bytes (borrowed while the archive is open). ZHEN_EINPUT for
 * what is no ZIP, or a broken one. */
int zhen__zip_open(struct zhen__zip *z, zhen_ctx *ctx, const char *bytes,
                   size_t len, size_t limit);
/* Whether member @p name exists. */
bool zhen__zip_has(struct zhen__zip *z, const char *name);
/* Inflate member @p name into *out (NUL-terminated; caller frees),
 * checking sizes as it reads, not as the archive claims them.
 * ZHEN_EINPUT: missing (when @p required), encrypted, corrupt, or past
 * the limit; 1 (and *out NULL) when missing and not required. */
int zhen__zip_read(char **out, size_t *len, struct zhen__zip *z,
                   const char *name, bool required);
void zhen__zip_close(struct zhen__zip *z);

/* ---- inline text (inline.c) ---- */

/* Text with inline codes left out, as a reader sees it, and where each
 * of its bytes is in the file (map), when every piece of text came with
 * its own map (lost: some did not). */
struct zhen__inline {
	struct zhen__buf b;
	bool gap; /* a placeholder since the last text */
	struct zhen__omap map;
	bool lost;
};

/* Text (already decoded) that the reader sees. A control character the
 * text stages refuse (DEL, C0 but TAB, LF, CR) reads as a standalone code. */
void zhen__inline_text(struct zhen__inline *t, const char *s, size_t n);
/* The same, with @p src mapping the bytes of @p s to the file's. */
void zhen__inline_text_at(struct zhen__inline *t, const char *s, size_t n,
                          const struct zhen__omap *src);
/* Where the text's bytes are in the file, or NULL when that is not known
 * for all of them; valid until the next change. */
const struct zhen__omap *zhen__inline_map(const struct zhen__inline *t);
/* A standalone code (<x/>, <ph>, <it>, a field, a tab...) at this point:
 * it leaves one space if both its neighbours are letters or digits. */
void zhen__inline_code(struct zhen__inline *t);
/* The text with surrounding spaces trimmed; the buffer stays owned by
 * @p t. */
const char *zhen__inline_get(struct zhen__inline *t, size_t *len);
void zhen__inline_reset(struct zhen__inline *t);
void zhen__inline_free(struct zhen__inline *t);

/* ---- the readers (one file each) ---- */

typedef int (*zhen__units_reader)(zhen_units *u, zhen_ctx *ctx,
                                  const char *bytes, size_t len,
                                  const zhen_read_options *o);
typedef int (*zhen__doc_reader)(zhen_doc **out, zhen_ctx *ctx,
                                const char *bytes, size_t len,
                                const zhen_read_options *o);

int zhen__read_xliff(zhen_units *u, zhen_ctx *ctx, const char *bytes,
                     size_t len, const zhen_read_options *o);
int zhen__read_tmx(zhen_units *u, zhen_ctx *ctx, const char *bytes,
                   size_t len, const zhen_read_options *o);
int zhen__read_table(zhen_units *u, zhen_ctx *ctx, const char *bytes,
                     size_t len, const zhen_read_options *o);
int zhen__read_xlsx(zhen_units *u, zhen_ctx *ctx, const char *bytes,
                    size_t len, const zhen_read_options *o);
int zhen__read_docx(zhen_doc **out, zhen_ctx *ctx, const char *bytes,
                    size_t len, const zhen_read_options *o);

#endif
