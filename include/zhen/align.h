/* align.h: sentence alignment of a Chinese and an English document. */
#ifndef ZHEN_ALIGN_H
#define ZHEN_ALIGN_H

#include "convert.h"
#include "numbers.h"
#include "segment.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * A bead: zh sentences [zh_first, zh_first+zh_count) correspond to en
 * sentences [en_first, en_first+en_count). A count of 0 is an empty side
 * (1-0: a sentence with no counterpart).
 */
typedef struct zhen_bead {
	size_t zh_first, zh_count;
	size_t en_first, en_count;
	double cost;        /**< the bead's cost in the dynamic program */
	double confidence;  /**< 0..1; low values mark doubtful stretches */
	int moved;          /**< 1: the English side stands elsewhere in the
	                         reading order (a paragraph the translation
	                         moved); its sentences are out of order there */
} zhen_bead;

/**
 * A bilingual word list: Chinese words and their English glosses, whose
 * co-occurrence in a sentence pair the aligner counts as evidence.
 */
typedef struct zhen_lexicon zhen_lexicon;

/** Options; initialise with ZHEN_ALIGN_OPTIONS_INIT. */
typedef struct zhen_align_options {
	unsigned version;      /**< ZHEN_ALIGN_OPTIONS_VERSION */
	double number_bonus;   /**< cost removed per number shared by value */
	int use_paragraphs;    /**< align paragraphs first, then sentences */
	/** Since version 2: a word list (borrowed), or NULL. Only used by
	 *  zhen_align_sides() with text. */
	const zhen_lexicon *lexicon;
	/** Since version 3: learn word pairs from the documents themselves
	 *  (Chinese character pairs and English words that keep occurring in
	 *  the same sentence pairs of a first pass) and count them as
	 *  @p lexicon entries in the final pass. Only used with text. */
	int learn_lexicon;
} zhen_align_options;

#define ZHEN_ALIGN_OPTIONS_VERSION 3
#define ZHEN_ALIGN_OPTIONS_INIT { ZHEN_ALIGN_OPTIONS_VERSION, 3.0, 1, NULL, 1 }

/**
 * Read a word list in the CC-CEDICT text format: one entry a line,
 * "TRAD SIMP [pin1 yin1] /gloss/gloss/", '#' comments. zhen ships none;
 * CC-CEDICT itself (CC BY-SA) is at https://www.mdbg.net/chinese/dictionary?page=cedict.
 * The library reads no file: the caller reads it (the CLI does, for
 * --lexicon) and passes its bytes, which are copied.
 * @p ctx may be NULL (it only keeps the message).
 * @return 0, ZHEN_EDICT (a line of another form) or ZHEN_ENOMEM. NULL
 *         @p out, NULL @p text with @p len > 0: ZHEN_EINVAL.
 */
ZHEN_API int zhen_lexicon_read(zhen_lexicon **out, zhen_ctx *ctx,
                               const char *text, size_t len);

/** Entries read (lines with at least one usable gloss); 0 for NULL. */
ZHEN_API size_t zhen_lexicon_count(const zhen_lexicon *l);

/** Free; NULL is allowed. */
ZHEN_API void zhen_lexicon_free(zhen_lexicon *l);

/** The beads of one alignment, in document order. */
typedef struct zhen_alignment zhen_alignment;

/**
 * Align @p zh with @p en. Cost: a Gale–Church length term with the
 * character ratio learned from the two documents, minus a bonus for numbers
 * that both sides share by value (never a penalty for numbers that differ:
 * those are the pairs zhen must flag). @p zq and @p eq give each sentence's
 * quantities (index = sentence index); either may be NULL.
 * @param out receives the alignment (free with zhen_alignment_free()); it
 *        does not borrow its inputs.
 * @param opts NULL for the defaults.
 * @param ctx may be NULL (it only keeps the message).
 * @return 0, ZHEN_EUSAGE (options of another version, a negative or NaN
 *         number_bonus) or ZHEN_ENOMEM. NULL @p out, @p zh or @p en:
 *         ZHEN_EINVAL.
 */
ZHEN_API int zhen_align(zhen_alignment **out, zhen_ctx *ctx,
                        const zhen_sentences *zh,
                        const zhen_quantities *const *zq,
                        const zhen_sentences *en,
                        const zhen_quantities *const *eq,
                        const zhen_align_options *opts);

/**
 * One side of zhen_align_sides(): the sentences, their quantities (may be
 * NULL), and the document bytes their offsets point into (may be NULL).
 */
typedef struct zhen_align_side {
	const char *text;
	size_t len;
	const zhen_sentences *sentences;
	const zhen_quantities *const *quantities;
} zhen_align_side;

/**
 * zhen_align() with the documents' text. With text, lengths are measured
 * per script rather than in code points: Han characters on the Chinese
 * side are scaled by the learned ratio, while Latin letters and digits
 * written inside Chinese (2023, SCG) count as the English characters they
 * stay; punctuation and spaces count on neither side.
 * @return as zhen_align(); also ZHEN_EUSAGE when a sentence lies outside
 *         its side's text. NULL @p out, @p zh, @p en or a side's
 *         sentences, a side's NULL text with a length: ZHEN_EINVAL.
 */
ZHEN_API int zhen_align_sides(zhen_alignment **out, zhen_ctx *ctx,
                              const zhen_align_side *zh,
                              const zhen_align_side *en,
                              const zhen_align_options *opts);

/** Formats of zhen_alignment_write(). */
typedef enum zhen_export_format {
	/** zh TAB en TAB confidence, one bead a line; the sentences of a
	 *  side joined by a space (none between Chinese ones), tabs and line
	 *  ends inside them turned into spaces. Empty side: empty field. */
	ZHEN_EXPORT_TSV = 0,
	/** TMX 1.4b, one <tu> per bead with both sides (one-sided beads have
	 *  nothing to translate and are left out); the bead's confidence is
	 *  kept as <prop type="x-zhen-confidence">. */
	ZHEN_EXPORT_TMX
} zhen_export_format;

/** Options; initialise with ZHEN_EXPORT_OPTIONS_INIT. */
typedef struct zhen_export_options {
	unsigned version;            /**< ZHEN_EXPORT_OPTIONS_VERSION */
	zhen_export_format format;
	/** NONE (or AUTO): the Chinese as written; T2S, TW2S or HK2S: converted
	 *  to Simplified with OpenCC. */
	zhen_convert_mode zh_convert;
	/** TMX language code of the Chinese side (zh-TW, zh-HK, zh-CN); NULL
	 *  for "zh-CN" when converted and "zh" otherwise. */
	const char *zh_lang;
	/** Beads with a lower confidence are left out (0 keeps all). */
	double min_confidence;
} zhen_export_options;

#define ZHEN_EXPORT_OPTIONS_VERSION 1
#define ZHEN_EXPORT_OPTIONS_INIT \
	{ ZHEN_EXPORT_OPTIONS_VERSION, ZHEN_EXPORT_TSV, ZHEN_CONVERT_NONE, NULL, 0 }

/**
 * Write the sentence pairs of @p a in a translation-memory format through
 * @p write (the zhen_write_fn of report.h: returns 0, or nonzero to stop).
 * @p zh_text and @p en_text are the document bytes the sentences' offsets
 * point into.
 * @p ctx may be NULL unless the options convert the Chinese; @p opts may
 * be NULL (the defaults). The beads and sentences must come from one
 * check of these texts (not verified: no length is given).
 * @return 0, the callback's nonzero value, ZHEN_EUSAGE (format,
 *         conversion or version out of range), ZHEN_EOPENCC or
 *         ZHEN_ENOMEM. NULL @p write, @p a, @p zh_text, @p zh, @p en_text
 *         or @p en, or a NULL @p ctx with a conversion: ZHEN_EINVAL.
 */
ZHEN_API int zhen_alignment_write(int (*write)(void *payload,
                                               const char *bytes, size_t len),
                                  void *payload, zhen_ctx *ctx,
                                  const zhen_alignment *a,
                                  const char *zh_text,
                                  const zhen_sentences *zh,
                                  const char *en_text,
                                  const zhen_sentences *en,
                                  const zhen_export_options *opts);

/** Free; NULL is allowed. */
ZHEN_API void zhen_alignment_free(zhen_alignment *a);

/** Number of beads; 0 for NULL. */
ZHEN_API size_t zhen_alignment_count(const zhen_alignment *a);

/** Bead @p i (< count); borrowed, valid until zhen_alignment_free(). NULL
 *  for a NULL @p a, @p i out of range, or out of memory: the library
 *  keeps beads in a smaller form and makes the array of zhen_bead on the
 *  first call (safe from several threads; every call then hands out
 *  elements of the same array). */
ZHEN_API const zhen_bead *zhen_alignment_get(const zhen_alignment *a,
                                             size_t i);

#ifdef __cplusplus
}
#endif
#endif
