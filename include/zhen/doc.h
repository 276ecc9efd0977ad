/* doc.h: the read stage — validated text split into paragraphs. */
#ifndef ZHEN_DOC_H
#define ZHEN_DOC_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * A document: the user's bytes decoded to UTF-8 (the analysis text) and
 * its paragraphs. Every offset the library hands out — paragraphs,
 * sentences, quantities — is a byte offset into the analysis text, which
 * zhen_doc_bytes() returns. For UTF-8 input read one paragraph per line the
 * analysis text is the input itself, BOM included, so those offsets are the
 * user's byte offsets. For other encodings, and for paragraphs re-joined
 * from wrapped lines, zhen_doc_source_span() maps them back to the bytes
 * of the original file, so a report can point at exactly what the user
 * wrote.
 */
typedef struct zhen_doc zhen_doc;

/** A paragraph: [off, off+len) of the analysis text, without line ends. */
typedef struct zhen_paragraph {
	size_t off;
	size_t len;
	size_t line; /**< 1-based line number of its first line in the input */
} zhen_paragraph;

/** What a paragraph is. */
typedef enum zhen_paragraph_mode {
	/** Every non-blank line (default). */
	ZHEN_PARAGRAPHS_LINE = 0,
	/** Runs of non-blank lines separated by blank ones: hard-wrapped
	 *  text. The lines of a paragraph are joined for analysis — without a
	 *  space where Chinese meets Chinese, with one between English words
	 *  (see zhen_doc_options.lang) — and spans still map back to the
	 *  original bytes. */
	ZHEN_PARAGRAPHS_BLANK
} zhen_paragraph_mode;

/** How to read a document; start from ZHEN_DOC_OPTIONS_INIT. */
typedef struct zhen_doc_options {
	/** NULL, "" or "auto": detect — a BOM (UTF-8, UTF-16LE/BE,
	 *  UTF-32LE/BE), then strict UTF-8, then ICU's charset detector when
	 *  it is confident (at least 50 of 100) and names GB18030, Big5 or a
	 *  UTF-16/32 form; otherwise ZHEN_EINPUT asks for the encoding. Else
	 *  any name ICU knows: "UTF-8", "GB18030", "GBK", "Big5",
	 *  "Big5-HKSCS", "UTF-16LE", "windows-1252", … */
	const char *encoding;
	zhen_paragraph_mode paragraphs;
	/** How wrapped lines join in ZHEN_PARAGRAPHS_BLANK: ZHEN_LANG_ZH (no
	 *  space, except between two ASCII words), ZHEN_LANG_EN (one space;
	 *  none after a hyphen that ends a word: "twenty-" "five"), or -1
	 *  (decided at each break: no space next to a wide — Chinese —
	 *  character, else one). */
	int lang;
} zhen_doc_options;

#define ZHEN_DOC_OPTIONS_INIT { NULL, ZHEN_PARAGRAPHS_LINE, -1 }

/**
 * Read a document from bytes, which are copied (and decoded). LF, CRLF and
 * CR line ends are accepted; blank and whitespace-only lines are never
 * paragraphs, and spaces (ASCII, NBSP, U+3000) around a line are trimmed.
 * @p bytes may be NULL when @p len is 0; @p opts may be NULL (defaults).
 * @param out receives the document (caller frees with zhen_doc_free());
 *        NULL on failure.
 * @return 0, ZHEN_EINPUT (bytes invalid in the encoding — never replaced
 *         silently —, a NUL or control character, or an encoding that could
 *         not be detected: zhen_ctx_errpos() gives line and byte offset in
 *         the original bytes), ZHEN_EUSAGE (unknown encoding name,
 *         paragraph mode or lang) or ZHEN_ENOMEM. NULL @p out or @p ctx,
 *         NULL @p bytes with @p len > 0: ZHEN_EINVAL.
 */
ZHEN_API int zhen_doc_read(zhen_doc **out, zhen_ctx *ctx, const char *bytes,
                           size_t len, const zhen_doc_options *opts);

/**
 * zhen_doc_read() of UTF-8 input with one paragraph per line: @p bytes must
 * be UTF-8 (a leading BOM is skipped, nothing is detected).
 * @return 0, ZHEN_EINPUT (invalid UTF-8, a NUL byte: zhen_ctx_errpos() tells
 *         line and byte), or ZHEN_ENOMEM. NULL @p out or @p ctx, NULL
 *         @p bytes with @p len > 0: ZHEN_EINVAL.
 */
ZHEN_API int zhen_doc_from_bytes(zhen_doc **out, zhen_ctx *ctx,
                                 const char *bytes, size_t len);

/** Free a document; NULL is allowed. */
ZHEN_API void zhen_doc_free(zhen_doc *doc);

/** The analysis text (UTF-8, NUL-terminated; borrowed, valid while @p doc
 *  lives) and its length (@p len may be NULL). NULL @p doc: NULL, length
 *  0. */
ZHEN_API const char *zhen_doc_bytes(const zhen_doc *doc, size_t *len);

/** The encoding the input was read in ("UTF-8", "Big5", "UTF-16LE", or
 *  the name given in the options); static while @p doc lives. NULL for a
 *  NULL @p doc. */
ZHEN_API const char *zhen_doc_encoding(const zhen_doc *doc);

/**
 * Map [start, end) of the analysis text to the bytes of the original input:
 * *src_start is where the code point at @p start begins, *src_end where the
 * one before @p end ends (a span joined across a line break covers the
 * break). Offsets past the text map to the input's length; @p end before
 * @p start is an empty span at @p start. Either output may be NULL; a NULL
 * @p doc gives 0 and 0.
 */
ZHEN_API void zhen_doc_source_span(const zhen_doc *doc, size_t start,
                                   size_t end, size_t *src_start,
                                   size_t *src_end);

/** Number of paragraphs; 0 for a NULL @p doc. */
ZHEN_API size_t zhen_doc_paragraph_count(const zhen_doc *doc);

/** Paragraph @p i (0-based, < count); borrowed. NULL for a NULL @p doc or
 *  @p i out of range. */
ZHEN_API const zhen_paragraph *zhen_doc_paragraph(const zhen_doc *doc,
                                                  size_t i);

/** 1-based line number, in the original input, of analysis offset @p off
 *  (past the text: the last line); 0 for a NULL @p doc. */
ZHEN_API size_t zhen_doc_line_of(const zhen_doc *doc, size_t off);

/**
 * What a document format calls line @p line (1-based) of the analysis
 * text: "paragraph 12", "table 2, row 3, cell 1", "footnote 4" for a
 * document read from DOCX (zhen_doc_read_format()); NULL for text, whose
 * lines are lines, a NULL @p doc, and a @p line out of range. Borrowed,
 * valid while @p doc lives.
 */
ZHEN_API const char *zhen_doc_place(const zhen_doc *doc, size_t line);

/**
 * Validate UTF-8 without building a document: 0 when @p bytes is valid UTF-8
 * with no NUL byte, otherwise ZHEN_EINPUT with *bad_off set to the first
 * offending byte. @p bad_off may be NULL. NULL @p bytes with @p len > 0:
 * ZHEN_EINVAL (*bad_off 0).
 */
ZHEN_API int zhen_utf8_check(const char *bytes, size_t len, size_t *bad_off);

/**
 * What a document is written in, roughly: its Han characters and its
 * Latin letters (ASCII and full-width), for telling a Chinese text from an
 * English one (a file given in the wrong place). @p doc may be NULL (both
 * 0), and so may either count.
 */
ZHEN_API void zhen_doc_letters(size_t *han, size_t *latin,
                               const zhen_doc *doc);

/**
 * @name Lines that stream
 * The read stage for input too large to hold, such as a file of a million
 * pairs: its bytes, in any encoding zhen_doc_read() reads, are fed in
 * pieces of any size and come out as lines of UTF-8, one at a time, each
 * with the offsets of its bytes in the input. Memory holds the piece being
 * read and the lines not yet taken, never the whole input.
 *
 *     zhen_lines *r; zhen_line ln;
 *     zhen_lines_new(&r, ctx, NULL);
 *     while ((n = read(fd, buf, sizeof buf)) >= 0) {
 *         zhen_lines_feed(r, buf, n);          // n == 0: the end
 *         while (zhen_lines_next(r, &ln) > 0)
 *             use(ln.text, ln.len);
 *         if (n == 0) break;
 *     }
 *     zhen_lines_free(r);
 * @{
 */

/** A reader of lines; see zhen_lines_new(). */
typedef struct zhen_lines zhen_lines;

/** One line. Everything it points to is borrowed until the next call on
 *  its reader. */
typedef struct zhen_line {
	/** The line as UTF-8, without its line end (LF, CRLF or CR), not
	 *  NUL-terminated; a leading BOM of the input is not part of it. */
	const char *text;
	size_t len;
	size_t number;  /**< 1-based line number in the input */
	size_t start;   /**< input offset of its first byte */
	/** NULL when the line's offsets are the input's (UTF-8 input: byte
	 *  i of text is input byte start + i); otherwise src[i] is the input
	 *  offset of the character that holds byte i of text, and src[len]
	 *  where the line ends in the input. */
	const size_t *src;
	/** NULL, or why the line cannot be read: bytes invalid in the
	 *  encoding, a NUL or another control character, with the input
	 *  offset ("invalid UTF-8 at byte 812 (0xE9)"). text then holds what
	 *  could be read, and the reader goes on with the next line. */
	const char *error;
} zhen_line;

/**
 * A reader for one input.
 * @param encoding as zhen_doc_options.encoding. When it is to be
 *        detected (NULL, "" or "auto"), the first 64 KiB of the input
 *        (or all of it, if shorter) decide, by the same steps: a BOM,
 *        then valid UTF-8, then ICU's confident guess of GB18030, Big5 or
 *        UTF-16/32; failing all, UTF-8, whose invalid lines then each
 *        carry their error.
 * @param out receives the reader (free with zhen_lines_free()); it keeps
 *        @p ctx for its errors.
 * @return 0, ZHEN_EUSAGE (an encoding ICU does not know) or ZHEN_ENOMEM.
 *         NULL @p out or @p ctx: ZHEN_EINVAL.
 */
ZHEN_API int zhen_lines_new(zhen_lines **out, zhen_ctx *ctx,
                            const char *encoding);

/**
 * The next @p len bytes of the input; @p len 0 marks its end. Copied.
 * @return 0, ZHEN_ENOMEM or ZHEN_EICU; after a failure the reader can
 *         only be freed. NULL @p r, or NULL @p bytes with a length:
 *         ZHEN_EINVAL (the reader is left as it was).
 */
ZHEN_API int zhen_lines_feed(zhen_lines *r, const char *bytes, size_t len);

/** The longest line a reader holds: ZHEN_LINES_MAX bytes of UTF-8. */
#define ZHEN_LINES_MAX ((size_t)8 << 20)

/**
 * Take the next line.
 * A line longer than ZHEN_LINES_MAX is not held: it comes as a line with
 * its first ZHEN_LINES_MAX bytes and an error, and the reader stops there
 * (zhen_lines_done()): an input with such a line is no stream of lines
 * (/dev/zero, a binary file), and its rest is never read.
 * @return 1 with *line set; 0 when no whole line is left until more is fed
 *         (after the end: none at all); ZHEN_ENOMEM or ZHEN_EICU.
 *         NULL @p r or @p line: ZHEN_EINVAL.
 */
ZHEN_API int zhen_lines_next(zhen_lines *r, zhen_line *line);

/** The encoding being read ("UTF-8", "UTF-16LE", "GB18030", or the name
 *  given), or "" while the first bytes are still awaited to detect it,
 *  and for a NULL @p r. */
ZHEN_API const char *zhen_lines_encoding(const zhen_lines *r);

/** Nonzero when the reader takes no more input: its end was fed, or a
 *  line too long stopped it; then feeding it more is pointless. 1 for a
 *  NULL @p r. */
ZHEN_API int zhen_lines_done(const zhen_lines *r);

/** Free a reader; NULL is allowed. */
ZHEN_API void zhen_lines_free(zhen_lines *r);

/** @} */

#ifdef __cplusplus
}
#endif
#endif
