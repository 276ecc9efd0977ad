/* segment.h: sentences of a document (ICU plus an abbreviation merge). */
#ifndef ZHEN_SEGMENT_H
#define ZHEN_SEGMENT_H

#include "doc.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A sentence: [off, off+len) of the document bytes, trimmed of spaces. */
typedef struct zhen_sentence {
	size_t off;
	size_t len;
	size_t para;    /**< 0-based paragraph index */
	size_t index;   /**< 0-based sentence index within the paragraph */
	size_t nchars;  /**< code points that are not white space */
} zhen_sentence;

/** The sentences of one document, in order. */
typedef struct zhen_sentences zhen_sentences;

/**
 * Split every paragraph of @p doc into sentences with ICU's sentence rules;
 * in English, breaks after an abbreviation from dicts/abbreviations.txt
 * (Dr., U.S., Inc., e.g., …) are undone. A paragraph that holds only
 * spaces yields nothing; a paragraph without final punctuation is one
 * sentence.
 * @param out receives the sentences (caller frees with
 *        zhen_sentences_free()); NULL on failure. The result does not borrow
 *        @p doc.
 * @return 0, ZHEN_EICU, ZHEN_ENOMEM or ZHEN_EUSAGE (@p lang out of
 *         range). NULL @p out, @p ctx or @p doc: ZHEN_EINVAL.
 */
ZHEN_API int zhen_segment(zhen_sentences **out, zhen_ctx *ctx,
                          const zhen_doc *doc, zhen_lang lang);

/**
 * Split one span of text (valid UTF-8) as if it were a paragraph; offsets
 * are relative to @p text and para is 0.
 * @return as zhen_segment(); NULL @p out or @p ctx, NULL @p text with
 *         @p len > 0: ZHEN_EINVAL.
 */
ZHEN_API int zhen_segment_text(zhen_sentences **out, zhen_ctx *ctx,
                               const char *text, size_t len, zhen_lang lang);

/** Free; NULL is allowed. */
ZHEN_API void zhen_sentences_free(zhen_sentences *s);

/** Number of sentences; 0 for NULL. */
ZHEN_API size_t zhen_sentences_count(const zhen_sentences *s);

/** Sentence @p i (< count); borrowed, lives as long as @p s. NULL for a
 *  NULL @p s or @p i out of range, and when out of memory: the library
 *  keeps sentences in a smaller form and makes the array of
 *  zhen_sentence on the first call (safe from several threads; every
 *  call then hands out elements of the same array). */
ZHEN_API const zhen_sentence *zhen_sentences_get(const zhen_sentences *s,
                                                 size_t i);

#ifdef __cplusplus
}
#endif
#endif
