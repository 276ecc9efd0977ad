/* check.h: compare the quantities of aligned text, and the whole pipeline. */
#ifndef ZHEN_CHECK_H
#define ZHEN_CHECK_H

#include "align.h"
#include "convert.h"
#include "doc.h"
#include "numbers.h"
#include "readers.h"
#include "segment.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What is wrong. See README "Findings" for the policy. */
typedef enum zhen_ftype {
	ZHEN_F_MAGNITUDE = 0, /**< values differ by a power of ten (億/billion) */
	ZHEN_F_CURRENCY,      /**< same value, different currency */
	ZHEN_F_VALUE,         /**< a different figure */
	ZHEN_F_UNIT,          /**< same value, different unit (% vs points) */
	ZHEN_F_MISSING,       /**< in the Chinese only; with both sides set,
	                           a date whose year or day only the Chinese
	                           writes */
	ZHEN_F_EXTRA,         /**< in the English only; with both sides set,
	                           a date whose year or day only the English
	                           writes */
	ZHEN_F_SERIES,        /**< a list switches currency or magnitude midway */
	ZHEN_F_ALIGNMENT,     /**< a doubtful stretch of the alignment */
	ZHEN_F_MOVED,         /**< a paragraph whose translation stands
	                           elsewhere in the reading order (info; its
	                           figures are compared with it there) */
	ZHEN_F_UNTRANSLATED   /**< a unit of a bilingual file with no
	                           translation yet (info; zhen_check_unit()):
	                           its figures are not compared */
} zhen_ftype;

typedef enum zhen_severity {
	ZHEN_SEV_INFO = 0,
	ZHEN_SEV_WARNING,
	ZHEN_SEV_ERROR
} zhen_severity;

/** One finding. The quantities are copies; has_zh/has_en say which exist. */
/**
 * Why a finding is below the severity its type has (a value error made a
 * warning or info): what made the comparison unsure. Its message says so.
 */
typedef enum zhen_doubt {
	ZHEN_DOUBT_NONE = 0,
	ZHEN_DOUBT_PAIRING,   /**< a number word had another partner to take:
	                           the pair may be crosswise */
	ZHEN_DOUBT_DEFINITE,  /**< 这两位: after a demonstrative, one or two
	                           may say "both", not count */
	ZHEN_DOUBT_FIRST,     /**< 第一 alone: "first" is left unread in
	                           English, so its partner may be there */
	ZHEN_DOUBT_REMAINDER, /**< "six other provinces" beside 等8省: one side
	                           counts the rest of the other's whole */
	ZHEN_DOUBT_IN_PREVIOUS, /**< the figure's match is in the unit before
	                             (zhen_compare_across()) */
	ZHEN_DOUBT_IN_NEXT,     /**< … in the unit after */
	ZHEN_DOUBT_REPEAT,      /**< a figure repeats one its side had paired:
	                             a translation may write it fewer times */
	ZHEN_DOUBT_LONG         /**< not a doubt but where: two figures of
	                             more than 18 significant digits
	                             (ZHEN_QF_LONG) that differ past the 18th
	                             (the error's message says so) */
} zhen_doubt;

/** Characters of a finding's id: lowercase hex digits (zhen_finding_id()). */
#define ZHEN_FINDING_ID_LEN 12

typedef struct zhen_finding {
	zhen_ftype type;
	zhen_severity severity;
	size_t bead;          /**< bead index (documents) or 0 (pairs) */
	int has_zh, has_en;
	zhen_quantity zh, en;
	zhen_doubt doubt;     /**< ZHEN_DOUBT_NONE, or why it is no error */
	/** Its stable id, NUL-terminated (zhen_finding_id()): set by
	 *  zhen_check_documents() and zhen_check_pair(), which know the
	 *  sentences; "" in the findings of zhen_compare() and
	 *  zhen_compare_text(). Added at the end: older fields keep their
	 *  offsets. */
	char id[ZHEN_FINDING_ID_LEN + 1];
} zhen_finding;

/**
 * The stable id of @p f (README "Finding ids"): FNV-1a 64 over its type,
 * each figure's kind, normalised value and unit (never its offsets or
 * text), and the context of each side that has a figure (of both sides
 * when it has none): that text with white space removed and every run of
 * digits written as one '#'. Written as the hash's top 48 bits in
 * ZHEN_FINDING_ID_LEN lowercase hex digits and a NUL. An edit elsewhere in
 * the file leaves it; an edit of the sentence, or of the figure, changes
 * it. Severity and doubt are not part of it, so a setting that changes
 * them keeps the id.
 * @param buf receives the id; @p cap must be at least
 *        ZHEN_FINDING_ID_LEN + 1.
 * @param zh_ctx, zh_len the sentence the Chinese figure stands in (the
 *        pair's Chinese for a pre-aligned pair; a finding about a bead
 *        without figures: the bead's Chinese); NULL with 0 for none.
 * @param en_ctx, en_len likewise for the English.
 * @return 0, or ZHEN_EUSAGE when @p cap is too small (nothing written).
 *         NULL @p buf or @p f, a NULL context with a length: ZHEN_EINVAL.
 */
ZHEN_API int zhen_finding_id(char *buf, size_t cap, const zhen_finding *f,
                             const char *zh_ctx, size_t zh_len,
                             const char *en_ctx, size_t en_len);

/** Options; initialise with ZHEN_CHECK_OPTIONS_INIT. The version changes
 *  whenever the layout does, including the embedded align options' (version
 *  3 embeds version-3 align options and has sentence_per_line); new fields
 *  are only ever added at the end. */
typedef struct zhen_check_options {
	unsigned version;            /**< ZHEN_CHECK_OPTIONS_VERSION */
	zhen_convert_mode convert;   /**< AUTO detects per document */
	int strict;                  /**< missing/extra become errors */
	zhen_align_options align;
	int sentence_per_line;       /**< each paragraph is one sentence: input
	                                  already split (no ICU segmentation) */
} zhen_check_options;

#define ZHEN_CHECK_OPTIONS_VERSION 3
#define ZHEN_CHECK_OPTIONS_INIT \
	{ ZHEN_CHECK_OPTIONS_VERSION, ZHEN_CONVERT_AUTO, 0, ZHEN_ALIGN_OPTIONS_INIT, 0 }

/** A list of findings. */
typedef struct zhen_findings zhen_findings;

/**
 * Compare the quantities of one aligned unit: match them one to one by
 * value (after magnitude, within the precision written), then classify
 * what is left (magnitude, currency, unit, value, missing, extra) and look
 * for a series that switches currency or magnitude.
 * @param ctx may be NULL: figures converted into another unit (120 公里 ↔
 *        "75 miles", dicts/conversions.tsv) are then not recognised, and
 *        out of memory is reported by the return value alone.
 * @param out receives new findings (free with zhen_findings_free()), each
 *        with bead = @p bead. Copies; borrows nothing.
 * @param opts NULL for the defaults.
 * @return 0, ZHEN_ENOMEM or ZHEN_EUSAGE (options of another version).
 *         NULL @p out, NULL @p zh with @p nzh > 0 or @p en with @p nen > 0:
 *         ZHEN_EINVAL.
 */
ZHEN_API int zhen_compare(zhen_findings **out, zhen_ctx *ctx,
                          const zhen_quantity *zh, size_t nzh,
                          const zhen_quantity *en, size_t nen, size_t bead,
                          const zhen_check_options *opts);

/**
 * zhen_compare() with the texts the quantities were read from (the
 * sentence or bead on each side; either may be NULL, as zhen_compare()
 * passes both). An identifier left unmatched is reported missing or
 * extra when the other text writes its letters without its digits
 * (CG4684 ↔ "Flight CG"); alone, an identifier stays silent.
 * @return as zhen_compare(); also ZHEN_EINVAL for a NULL text with a
 *         length.
 */
ZHEN_API int zhen_compare_text(zhen_findings **out, zhen_ctx *ctx,
                               const zhen_quantity *zh, size_t nzh,
                               const zhen_quantity *en, size_t nen,
                               size_t bead, const zhen_check_options *opts,
                               const char *zh_text, size_t zh_len,
                               const char *en_text, size_t en_len);

/**
 * Two consecutive units of pre-aligned text, @p prev before @p next (rows
 * of a TSV, lines of --sentence-per-line text): the two languages may end
 * a row at different places, moving a clause and its figure into the
 * neighbouring row. The figures each left unexplained (its missing, extra
 * and slipped figures) are compared with the other's on the other side by
 * the rules of zhen_compare(); a one-sided finding whose figure is found
 * there becomes info, a finding about a pair a warning at most, each with
 * doubt ZHEN_DOUBT_IN_PREVIOUS or ZHEN_DOUBT_IN_NEXT. A finding is moved
 * once: call on each consecutive pair of units in order, so that a unit
 * whose figure the one before claimed keeps its own findings.
 * @param prev, next modified in place; either may be NULL (nothing done).
 * @param ctx may be NULL (as for zhen_compare()).
 * @return 0, ZHEN_ENOMEM or ZHEN_EUSAGE (options of another version).
 */
ZHEN_API int zhen_compare_across(zhen_findings *prev, zhen_findings *next,
                                 zhen_ctx *ctx,
                                 const zhen_check_options *opts);

/** Free; NULL is allowed. */
ZHEN_API void zhen_findings_free(zhen_findings *f);
/** Number of findings; 0 for NULL. */
ZHEN_API size_t zhen_findings_count(const zhen_findings *f);
/** Finding @p i (< count); borrowed. NULL for a NULL @p f or @p i out of
 *  range. */
ZHEN_API const zhen_finding *zhen_findings_get(const zhen_findings *f,
                                               size_t i);

/** "magnitude", "currency", …; "unknown" for a value out of range;
 *  static. */
ZHEN_API const char *zhen_ftype_name(zhen_ftype t);
/** "info", "warning", "error"; "unknown" for a value out of range;
 *  static. */
ZHEN_API const char *zhen_severity_name(zhen_severity s);
/** "", "pairing", "definite", "first", "remainder", "in-previous",
 *  "in-next", "repeat", "long"; "unknown" for a value out of range;
 *  static. */
ZHEN_API const char *zhen_doubt_name(zhen_doubt d);

/**
 * Check one pre-aligned pair: @p zh and @p en are valid UTF-8, and their
 * first bytes are at offsets @p zh_base and @p en_base of the input, which
 * is what the findings' offsets count from.
 * @return 0, ZHEN_EOPENCC, ZHEN_ENOMEM, or ZHEN_EUSAGE (options of
 *         another version, or convert = TW2SP, which rewrites words, or out
 *         of range). NULL @p out or @p ctx, NULL @p zh or @p en with a
 *         length: ZHEN_EINVAL.
 */
ZHEN_API int zhen_check_pair(zhen_findings **out, zhen_ctx *ctx,
                             const char *zh, size_t zh_len, size_t zh_base,
                             const char *en, size_t en_len, size_t en_base,
                             const zhen_check_options *opts);

/**
 * What the pairs of one document, checked in order, tell the pairs after
 * them, as the sentences of a document pair do: the currency a pair
 * declares for a bare 元 (单位：美元, (美元，下同), 10亿美元（下同）)
 * holds for the pairs after it until 单位：元 or another declaration.
 * For rows that are one document's sentences (zhen_check_pair_in());
 * rows that are independent (a corpus of sentence pairs, a translation
 * memory) carry nothing, so zhen_check_pair() takes none. Opaque.
 */
typedef struct zhen_carry zhen_carry;

/**
 * A carry that has seen no pair.
 * @param out receives it (free with zhen_carry_free()); NULL on error.
 * @return 0 or ZHEN_ENOMEM. NULL @p out: ZHEN_EINVAL.
 */
ZHEN_API int zhen_carry_new(zhen_carry **out);
/** Free; NULL is allowed. */
ZHEN_API void zhen_carry_free(zhen_carry *c);

/**
 * zhen_check_pair() on the next pair of a document: a bare 元 in @p zh
 * takes the currency @p carry holds from the pairs before, unless @p zh
 * declares its own; what @p zh declares is kept in @p carry for the pairs
 * after. Call on the pairs in document order. A carry may go from one
 * context to another: it holds a currency code, nothing of the context.
 * @return as zhen_check_pair(). NULL @p out, @p ctx or @p carry, NULL
 *         @p zh or @p en with a length: ZHEN_EINVAL.
 */
ZHEN_API int zhen_check_pair_in(zhen_findings **out, zhen_ctx *ctx,
                                zhen_carry *carry, const char *zh,
                                size_t zh_len, size_t zh_base,
                                const char *en, size_t en_len,
                                size_t en_base,
                                const zhen_check_options *opts);

/**
 * zhen_check_pair() that also hands back the figures it read of each
 * side, latent numerals too (as zhen_numbers_extract_all() gives them,
 * offsets from @p zh_base and @p en_base), so that a report that marks
 * every figure (zhen_html_pairs_figures()) does not read the pair again.
 * @param zq, eq receive the lists (caller frees with
 *        zhen_quantities_free()); NULL on failure.
 * @param carry as zhen_check_pair_in()'s, for the next pair of a
 *        document (its figures read with what earlier pairs declared), or
 *        NULL for a pair alone, as zhen_check_pair().
 * @return as zhen_check_pair(); NULL @p zq or @p eq: ZHEN_EINVAL.
 */
ZHEN_API int zhen_check_pair_read(zhen_findings **out, zhen_quantities **zq,
                                  zhen_quantities **eq, zhen_ctx *ctx,
                                  zhen_carry *carry, const char *zh,
                                  size_t zh_len, size_t zh_base,
                                  const char *en, size_t en_len,
                                  size_t en_base,
                                  const zhen_check_options *opts);

/**
 * Check one unit of a bilingual file (zhen_units_read()): zhen_check_pair()
 * on its two texts, with the findings' offsets counted from the start of
 * each text (the unit's zh_src and en_src say where its elements are in
 * the file). A unit flagged ZHEN_UNIT_UNTRANSLATED is not compared: it
 * gets one info finding of type ZHEN_F_UNTRANSLATED with its Chinese
 * figures' first as zh (when it has one), so a reviewer sees what is left
 * to translate.
 * @param out receives the findings (free with zhen_findings_free()).
 * @return as zhen_check_pair(). NULL @p out, @p ctx or @p u:
 *         ZHEN_EINVAL.
 */
ZHEN_API int zhen_check_unit(zhen_findings **out, zhen_ctx *ctx,
                             const zhen_unit *u,
                             const zhen_check_options *opts);

/**
 * zhen_check_unit() on the next unit of one document (a bilingual file
 * checked with --one-document), as zhen_check_pair_in() is for pairs: a
 * bare 元 in the unit's Chinese takes the currency @p carry holds from
 * the units before, unless the unit declares its own, and what it
 * declares is kept in @p carry for the units after. An untranslated
 * unit's Chinese counts too: its info finding's figure is read with the
 * carry (成本为3元 after a 单位：美元 is USD 3), and its declarations hold
 * for the units after it. Call on the units in file order.
 * @param out receives the findings (caller frees with
 *        zhen_findings_free()); NULL on error. Borrows nothing.
 * @param carry the caller's (zhen_carry_new()); updated, never freed here.
 * @return as zhen_check_unit(). NULL @p out, @p ctx, @p carry or @p u:
 *         ZHEN_EINVAL.
 */
ZHEN_API int zhen_check_unit_in(zhen_findings **out, zhen_ctx *ctx,
                                zhen_carry *carry, const zhen_unit *u,
                                const zhen_check_options *opts);

/** The result of checking two documents. */
typedef struct zhen_result zhen_result;

/**
 * The whole pipeline on two documents: detect script, segment, read
 * quantities, align, compare.
 * @param out receives the result (free with zhen_result_free()); it does not
 *        borrow the documents, but its offsets point into their bytes.
 * @return 0, ZHEN_EICU, ZHEN_EOPENCC, ZHEN_ENOMEM, or ZHEN_EUSAGE (as
 *         for zhen_check_pair()). NULL @p out, @p ctx, @p zh or @p en:
 *         ZHEN_EINVAL.
 */
ZHEN_API int zhen_check_documents(zhen_result **out, zhen_ctx *ctx,
                                  const zhen_doc *zh, const zhen_doc *en,
                                  const zhen_check_options *opts);

/**
 * zhen_check_documents() without the comparison: script, sentences,
 * quantities (the aligner's anchors) and the alignment; the result holds
 * no findings. What `zhen align` runs.
 * @return as zhen_check_documents().
 */
ZHEN_API int zhen_align_documents(zhen_result **out, zhen_ctx *ctx,
                                  const zhen_doc *zh, const zhen_doc *en,
                                  const zhen_check_options *opts);

/** Free; NULL is allowed. */
ZHEN_API void zhen_result_free(zhen_result *r);
/** Borrowed views into the result; NULL for a NULL @p r or a @p lang out
 *  of range. */
ZHEN_API const zhen_sentences *zhen_result_sentences(const zhen_result *r,
                                                     zhen_lang lang);
ZHEN_API const zhen_alignment *zhen_result_alignment(const zhen_result *r);
ZHEN_API const zhen_findings *zhen_result_findings(const zhen_result *r);
/** Quantities of sentence @p i on side @p lang; borrowed. NULL for a NULL
 *  @p r, @p lang or @p i out of range, or when there is no memory for
 *  them: a result keeps its figures packed, and the first call unpacks
 *  every sentence's list (safe from several threads at once). */
ZHEN_API const zhen_quantities *zhen_result_quantities(const zhen_result *r,
                                                       zhen_lang lang,
                                                       size_t i);
/** Script detected on the Chinese side and the conversion used;
 *  ZHEN_SCRIPT_UNKNOWN and ZHEN_CONVERT_NONE for a NULL @p r. */
ZHEN_API zhen_script zhen_result_script(const zhen_result *r);
ZHEN_API zhen_convert_mode zhen_result_convert(const zhen_result *r);

#ifdef __cplusplus
}
#endif
#endif
