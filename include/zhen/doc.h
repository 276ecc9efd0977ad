/* doc.h: the read stage — validated text split into paragraphs. */
#ifndef ZHEN_DOC_H
#define ZHEN_DOC_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * A document: the user's bytes, validated, and its paragraphs (one per
 * non-blank line). Every offset zhen reports is a byte offset into these
 * original bytes, BOM included, so a report quotes exactly what the user
 * wrote.
 */
typedef struct zhen_doc zhen_doc;

/** A paragraph: [off, off+len) of the document bytes, without the line end. */
typedef struct zhen_paragraph {
	size_t off;
	size_t len;
	size_t line; /**< 1-based line number in the input */
} zhen_paragraph;

/**
 * Read a document from bytes. The bytes are copied. Input must be UTF-8
 * (a leading BOM is skipped); LF, CRLF and CR line ends are accepted; blank
 * and whitespace-only lines are not paragraphs. @p bytes may be NULL when
 * @p len is 0.
 * @param out receives the document (caller frees with zhen_doc_free());
 *        NULL on failure.
 * @return 0, ZHEN_EINPUT (invalid UTF-8, a NUL byte: zhen_ctx_errpos() tells
 *         line and byte), or ZHEN_ENOMEM.
 */
ZHEN_API int zhen_doc_from_bytes(zhen_doc **out, zhen_ctx *ctx,
                                 const char *bytes, size_t len);

/** Free a document; NULL is allowed. */
ZHEN_API void zhen_doc_free(zhen_doc *doc);

/** The original bytes (borrowed, valid while @p doc lives) and their length. */
ZHEN_API const char *zhen_doc_bytes(const zhen_doc *doc, size_t *len);

/** Number of paragraphs. */
ZHEN_API size_t zhen_doc_paragraph_count(const zhen_doc *doc);

/** Paragraph @p i (0-based, < count); borrowed. */
ZHEN_API const zhen_paragraph *zhen_doc_paragraph(const zhen_doc *doc,
                                                  size_t i);

/** 1-based line number of byte @p off. */
ZHEN_API size_t zhen_doc_line_of(const zhen_doc *doc, size_t off);

/**
 * Validate UTF-8 without building a document: 0 when @p bytes is valid UTF-8
 * with no NUL byte, otherwise ZHEN_EINPUT with *bad_off set to the first
 * offending byte.
 */
ZHEN_API int zhen_utf8_check(const char *bytes, size_t len, size_t *bad_off);

#ifdef __cplusplus
}
#endif
#endif
