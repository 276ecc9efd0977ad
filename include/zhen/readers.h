/* readers.h: the readers stage — the files translators have (XLIFF,
 * SDLXLIFF, TMX, DOCX, XLSX, CSV) read into what the pipeline takes. */
#ifndef ZHEN_READERS_H
#define ZHEN_READERS_H

#include "common.h"
#include "doc.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * A file format zhen reads. Bilingual formats hold both languages, already
 * paired (zhen_units_read()); document formats hold one language, and two
 * of them make a pair to align (zhen_doc_read_format()). Never renumbered.
 */
typedef enum zhen_format {
	ZHEN_FORMAT_UNKNOWN = 0,
	ZHEN_FORMAT_TEXT = 1,     /**< plain text (document) */
	ZHEN_FORMAT_XLIFF = 2,    /**< XLIFF 1.2, 2.0, 2.1 (bilingual) */
	ZHEN_FORMAT_SDLXLIFF = 3, /**< Trados Studio's XLIFF (bilingual) */
	ZHEN_FORMAT_TMX = 4,      /**< TMX 1.4 (bilingual) */
	ZHEN_FORMAT_DOCX = 5,     /**< Word (document) */
	ZHEN_FORMAT_XLSX = 6,     /**< Excel, two columns (bilingual) */
	ZHEN_FORMAT_CSV = 7,      /**< RFC 4180 CSV, two columns (bilingual) */
	ZHEN_FORMAT_TSV = 8       /**< tab-separated pairs (bilingual) */
} zhen_format;

/** "text", "xliff", "sdlxliff", "tmx", "docx", "xlsx", "csv", "tsv", or
 *  "unknown" (also for a value out of range); static. */
ZHEN_API const char *zhen_format_name(zhen_format f);

/** The format named @p name (as zhen_format_name() spells it).
 *  @return 0 or ZHEN_EUSAGE (@p out untouched). NULL @p out or @p name:
 *  ZHEN_EINVAL. */
ZHEN_API int zhen_format_parse(zhen_format *out, const char *name);

/** Nonzero for a format whose file holds both languages; 0 for a value
 *  out of range. */
ZHEN_API int zhen_format_is_bilingual(zhen_format f);

/**
 * The format of a file from its content: a ZIP holding word/document.xml
 * is DOCX, one holding xl/workbook.xml is XLSX; XML whose root is <xliff>
 * is XLIFF, or SDLXLIFF when it declares Trados' namespace; <tmx> is TMX.
 * Anything else is text, unless @p name (the file's name, or NULL) ends in
 * ".csv" or ".tsv" — the content of those cannot tell them from text.
 * A ZIP or XML file of no known kind is ZHEN_FORMAT_UNKNOWN. @p ctx may be
 * NULL (it only keeps the message).
 * @return 0, or ZHEN_ENOMEM. NULL @p out, NULL @p bytes with @p len > 0:
 *         ZHEN_EINVAL.
 */
ZHEN_API int zhen_format_detect(zhen_format *out, zhen_ctx *ctx,
                                const char *bytes, size_t len,
                                const char *name);

/** How to read a file; start from ZHEN_READ_OPTIONS_INIT. */
typedef struct zhen_read_options {
	unsigned version;   /**< ZHEN_READ_OPTIONS_VERSION */
	zhen_format format; /**< ZHEN_FORMAT_UNKNOWN: zhen_format_detect() */
	/** XLSX, CSV, TSV: the columns of a row in order, comma-separated,
	 *  as `zhen --columns` takes them: "zh", "en", "id" (the row's id) or
	 *  anything else (not read). Letters name spreadsheet columns in
	 *  XLSX: "B=zh,C=en". NULL: found from a header row naming the
	 *  languages, else from the text (the column mostly Han, the column
	 *  mostly Latin letters). */
	const char *columns;
	int header;          /**< 1: the first row names the columns; 0: it
	                      *   does not; -1: decide (the default) */
	const char *sheet;   /**< XLSX: the sheet to read; NULL: every sheet */
	/** ZIP formats: the most bytes any member may inflate to, and all of
	 *  them together (a ZIP bomb stops there with ZHEN_EINPUT).
	 *  0: ZHEN_READ_ZIP_LIMIT. */
	size_t zip_limit;
	const char *encoding; /**< CSV, TSV, text: as zhen_doc_options */
} zhen_read_options;

#define ZHEN_READ_OPTIONS_VERSION 1
/** The default ZIP limit: 256 MiB inflated. */
#define ZHEN_READ_ZIP_LIMIT ((size_t)256 << 20)
#define ZHEN_READ_OPTIONS_INIT \
	{ ZHEN_READ_OPTIONS_VERSION, ZHEN_FORMAT_UNKNOWN, NULL, -1, NULL, 0, NULL }

/** What a unit's flags say. */
enum {
	/** No target, or an empty one: not translated yet. Its figures are
	 *  not compared; a check reports the unit once, as info. */
	ZHEN_UNIT_UNTRANSLATED = 1u << 0,
	/** Locked in the CAT tool (translate="no", SDL locked). */
	ZHEN_UNIT_LOCKED = 1u << 1
};

/**
 * One pair of a bilingual file: a segment and its translation, with the
 * place the translator will look for it. The texts are what a reader sees:
 * inline codes left out (paired tags keep their text; placeholders leave
 * nothing, or one space where both neighbours are letters or digits, so
 * that no figure is made up across a tag), entities and character
 * references decoded; NUL-terminated UTF-8. Every pointer is borrowed
 * from the units and valid while they live.
 */
typedef struct zhen_unit {
	const char *zh;     /**< the Chinese text */
	size_t zh_len;
	const char *en;     /**< the English text ("" when untranslated) */
	size_t en_len;
	/** The id the file gives it, or NULL: XLIFF unit id (with the
	 *  segment's, "u7/s2", when a unit holds several), SDLXLIFF segment
	 *  id, TMX tuid, a CSV or XLSX id column. */
	const char *id;
	/** Where it is, for a person: "unit 7", "Sheet1!B12", "row 12";
	 *  never NULL. */
	const char *where;
	/** 1-based line in the file of the Chinese text's element (XML
	 *  formats), or the row (CSV, TSV, XLSX); 0 when there is none. */
	size_t line;
	/** Byte offset in the file where the Chinese and English texts'
	 *  elements begin, or SIZE_MAX (inside a ZIP member). */
	size_t zh_src, en_src;
	/** The file's word on the translation: XLIFF state, SDLXLIFF
	 *  confirmation level ("Translated", "ApprovedSignOff"), or NULL. */
	const char *state;
	unsigned flags;     /**< ZHEN_UNIT_* */
	/** 1-based line of the English text's element, or its row; the
	 *  same as line when the file tells no other. */
	size_t en_line;
	/** Where the English text is, when that is another place than
	 *  where ("Sheet1!C12"), or NULL. */
	const char *en_where;
} zhen_unit;

/** The units of a bilingual file, in file order. */
typedef struct zhen_units zhen_units;

/**
 * Read a bilingual file. Which side is Chinese comes from the file's
 * language attributes (source or target, either way round; zh, zh-TW,
 * zh-Hant-HK, ...), or for CSV, TSV and XLSX from the columns.
 * The library does no I/O: @p bytes is the whole file.
 * XML is parsed by libxml2 without network access and without expanding
 * any entity but the predefined ones and character references; ZIP
 * members are read with libzip up to the options' zip_limit.
 * @param out receives the units (free with zhen_units_free()); NULL on
 *        failure.
 * @return 0; ZHEN_EINPUT (malformed XML or ZIP, no Chinese or no English
 *         side, a protected document, a ZIP bomb: zhen_ctx_errmsg() says
 *         what and zhen_ctx_errpos() where — the line for XML, the row for
 *         tables); ZHEN_EUSAGE (a document format, a format out of range,
 *         bad columns or options of another version); ZHEN_ENOMEM. NULL
 *         @p out or @p ctx, NULL @p bytes with @p len > 0: ZHEN_EINVAL.
 */
ZHEN_API int zhen_units_read(zhen_units **out, zhen_ctx *ctx,
                             const char *bytes, size_t len,
                             const zhen_read_options *opts);

/** Free units; NULL is allowed. */
ZHEN_API void zhen_units_free(zhen_units *u);

/** The number of units; 0 for NULL. */
ZHEN_API size_t zhen_units_count(const zhen_units *u);

/** Unit @p i (0-based, < count); borrowed. NULL for a NULL @p u or @p i
 *  out of range. */
ZHEN_API const zhen_unit *zhen_units_get(const zhen_units *u, size_t i);

/**
 * Where bytes [@p start, @p end) of unit @p i's Chinese or English text
 * (@p side) are in the file: the byte offsets of the first byte and just
 * past the last (an entity such as &amp;#160; counts whole, and a space
 * that stands for a run of white space or a tag spans what it stands
 * for), and the 1-based line of the first. A span runs from its first
 * character's bytes to its last's, so the tags, comments and CDATA marks
 * the text leaves out between them lie inside it. When the file
 * has no byte offsets for it (XLSX, a file in an encoding other than UTF-8
 * or UTF-16 for XML, text a reader made up), *file_start and *file_end are
 * SIZE_MAX and *line the line of the side's element or row
 * (zhen_unit.line, en_line).
 * @return 0. NULL pointers, @p i out of range, @p side not ZHEN_LANG_ZH or
 *         ZHEN_LANG_EN, @p start > @p end or @p end past the text:
 *         ZHEN_EINVAL.
 */
ZHEN_API int zhen_units_source_span(size_t *file_start, size_t *file_end,
                                    size_t *line, const zhen_units *u,
                                    size_t i, zhen_lang side, size_t start,
                                    size_t end);

/** The format the units were read from; ZHEN_FORMAT_UNKNOWN for NULL. */
ZHEN_API zhen_format zhen_units_format(const zhen_units *u);

/** The languages the file declares for the Chinese and English sides
 *  ("zh-TW", "en-US"), or NULL when it declares none (and for a NULL @p u
 *  or a @p side out of range); borrowed. */
ZHEN_API const char *zhen_units_lang(const zhen_units *u, zhen_lang side);

/**
 * One side of a bilingual file as a document, for what reads documents
 * rather than pairs (zhen_facts_add_doc()): line i + 1 of its analysis
 * text is unit i's Chinese or English text (@p side), line breaks and
 * other control characters in it read as spaces; an untranslated unit's
 * line is empty (no paragraph). zhen_doc_line_of() gives that line (the
 * unit's index + 1, not a line of the file), zhen_doc_place() the unit's
 * where ("unit 12"; en_where for the English when the file gives one),
 * and zhen_doc_source_span() the bytes in the file where
 * zhen_units_source_span() has them: a unit it has none for spans
 * nothing, at the end of the unit before, and a file it has none for
 * at all (XLSX) gives offsets into the analysis text.
 * @param out receives the document (free it with zhen_doc_free(); it does
 *        not borrow @p u); NULL on failure.
 * @return 0 or ZHEN_ENOMEM. NULL @p out, @p ctx or @p u, @p side not
 *         ZHEN_LANG_ZH or ZHEN_LANG_EN: ZHEN_EINVAL.
 */
ZHEN_API int zhen_doc_from_units(zhen_doc **out, zhen_ctx *ctx,
                                 const zhen_units *u, zhen_lang side);

/**
 * Read a document format (DOCX, or text) into a document, one paragraph per
 * line of its analysis text: in DOCX the body's paragraphs and table cells
 * in reading order, then text boxes, footnotes and endnotes; runs joined
 * (a figure split across runs reads whole), field codes, deleted text and
 * hidden text left out. zhen_doc_place() then names each paragraph as
 * Word users find it.
 * @return as zhen_units_read(); ZHEN_EUSAGE for a bilingual format.
 */
ZHEN_API int zhen_doc_read_format(zhen_doc **out, zhen_ctx *ctx,
                                  const char *bytes, size_t len,
                                  const zhen_read_options *opts);

#ifdef __cplusplus
}
#endif
#endif
