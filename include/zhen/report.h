/* report.h: diff-style text, JSON Lines and the counts of a summary. The
 * library never writes to a file itself: every report goes through the
 * caller's write callback. */
#ifndef ZHEN_REPORT_H
#define ZHEN_REPORT_H

#include "check.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Receives report text; returns 0, or nonzero to stop the report. */
typedef int (*zhen_write_fn)(void *payload, const char *bytes, size_t len);

/** Options; initialise with ZHEN_REPORT_OPTIONS_INIT. */
typedef struct zhen_report_options {
	unsigned version;     /**< ZHEN_REPORT_OPTIONS_VERSION */
	int color;            /**< ANSI colours instead of [[…]] markers */
	const char *zh_name;  /**< file names for hunk headers; may be NULL */
	const char *en_name;
} zhen_report_options;

#define ZHEN_REPORT_OPTIONS_VERSION 1
#define ZHEN_REPORT_OPTIONS_INIT { ZHEN_REPORT_OPTIONS_VERSION, 0, NULL, NULL }

/**
 * One line describing @p f, quoting the user's text:
 * "34億元 = CNY 3,400,000,000 ≠ RMB 34 billion = CNY 34,000,000,000".
 * @p zh_src holds the bytes of the Chinese input starting at offset
 * @p zh_base (likewise en), so that the quantity at [start, end) is
 * zh_src + start - zh_base. Either text may be NULL: its figures are then
 * given by value, not quoted. A NULL @p buf is never written; a NULL @p f
 * is an empty message.
 * @return the length needed, like snprintf.
 */
ZHEN_API size_t zhen_finding_message(char *buf, size_t cap,
                                     const zhen_finding *f,
                                     const char *zh_src, size_t zh_base,
                                     const char *en_src, size_t en_base);

/** The number of findings in @p f of severity @p sev (0 for a NULL
 *  list or a severity out of range), for a summary such as zhen's "zhen: 16 beads checked, 6 errors,
 *  3 warnings, 0 info". Cannot fail. */
ZHEN_API size_t zhen_findings_count_severity(const zhen_findings *f,
                                             zhen_severity sev);

/** Diff-style report of a document check: a header naming the two files,
 *  then one hunk per bead with findings. It ends there: a summary line is
 *  the caller's, from zhen_findings_count_severity() and
 *  zhen_alignment_count(), as the zhen program writes it. @p opts may be
 *  NULL. @return 0, or the callback's nonzero value, or ZHEN_ENOMEM. NULL
 *  @p write, @p r, @p zh or @p en: ZHEN_EINVAL. */
ZHEN_API int zhen_report_text(zhen_write_fn write, void *payload,
                              const zhen_result *r, const zhen_doc *zh,
                              const zhen_doc *en,
                              const zhen_report_options *opts);

/** Diff-style hunk for one pre-aligned pair (nothing when clean: then
 *  neither text is read and either may be NULL). @return as
 *  zhen_report_text(); ZHEN_EUSAGE (nothing written) when a finding's
 *  figure lies outside [base, base + len) of its text. NULL @p write, or a
 *  NULL text with findings: ZHEN_EINVAL. */
ZHEN_API int zhen_report_pair_text(zhen_write_fn write, void *payload,
                                   size_t line, const zhen_findings *f,
                                   const char *zh, size_t zh_len,
                                   size_t zh_base, const char *en,
                                   size_t en_len, size_t en_base,
                                   const zhen_report_options *opts);

/**
 * The alignment of a document check side by side: for each bead a header
 * (bead kind, confidence, line numbers), then the Chinese sentences in the
 * left column and the English in the right, wrapped by display width (CJK
 * characters count two) to fit @p width columns in all (at least 40, at
 * most 1,000).
 * @return as zhen_report_text(); NULL @p write, @p r, @p zh or @p en:
 *         ZHEN_EINVAL.
 */
ZHEN_API int zhen_report_alignment_text(zhen_write_fn write, void *payload,
                                        const zhen_result *r,
                                        const zhen_doc *zh,
                                        const zhen_doc *en, size_t width);

/**
 * @name JSON Lines
 * Every JSON zhen writes comes from the functions below, one object and a
 * newline per record, each record handed to @p write in one call. The
 * objects, with the README's "JSON output" as the full reference:
 *
 * - quantity: {"line","start","end","kind","value","unit","currency_alt",
 *   "approx","words","text"}: 1-based line, byte offsets of "text" in the
 *   input, zhen_qkind_name(), the value as a decimal string (dates and
 *   identifiers in their text form), the currency, "%", "pp" or the unit,
 *   the other currencies a sign may stand for, two flags, the quantity as
 *   written.
 * - finding: {"type","severity","message","zh","en"}, "zh"/"en" a quantity
 *   or null; in a document check also "bead".
 * - bead: {"index","zh","en","confidence"}, "zh"/"en" the 0-based indexes
 *   of the bead's sentences on that side.
 * - sentence: {"line","paragraph","sentence","start","end","text"}.
 *
 * Each function returns 0, the callback's nonzero value (the stream then
 * stops after the last whole record), ZHEN_ENOMEM, or ZHEN_EUSAGE where
 * stated; a NULL @p write is ZHEN_EINVAL, and so is each NULL argument
 * stated below. Strings are escaped so that the output is valid UTF-8 JSON
 * whatever the input: invalid UTF-8 becomes U+FFFD.
 * @{
 */

/** The version of the schema, written as "schema" in the summary object of
 *  zhen_report_json(). Raised when a field changes meaning or goes away;
 *  added fields leave it. Streams without a summary (pairs, quantities,
 *  sentences, alignment) follow the schema of the same library. */
#define ZHEN_JSON_SCHEMA 1

/** A document check: one finding object per finding, each with its
 *  "bead", then {"summary":{"schema",…}}. The quantities' lines and offsets
 *  are the original files' (zhen_doc_source_span()). NULL @p r, @p zh or
 *  @p en: ZHEN_EINVAL. */
ZHEN_API int zhen_report_json(zhen_write_fn write, void *payload,
                              const zhen_result *r, const zhen_doc *zh,
                              const zhen_doc *en);

/** Exactly one JSON object {"line":N,"findings":[…]} and a newline, for
 *  the pair on line @p line of a pairs file; @p zh, @p zh_base, @p en,
 *  @p en_base as for zhen_report_pair_text(). Its quantities' "line" is
 *  @p line and their offsets are the findings' own. @p f may be NULL (no
 *  findings), and the texts may be NULL when it holds none; NULL texts
 *  with findings: ZHEN_EINVAL. */
ZHEN_API int zhen_report_pair_json(zhen_write_fn write, void *payload,
                                   size_t line, const zhen_findings *f,
                                   const char *zh, size_t zh_base,
                                   const char *en, size_t en_base);

/** The object that stands for a pair that could not be checked:
 *  {"line":N,"error":"@p message"} and a newline; a NULL @p message is
 *  "". */
ZHEN_API int zhen_report_pair_error_json(zhen_write_fn write, void *payload,
                                         size_t line, const char *message);

/**
 * One quantity object per line, in order. The quantities' offsets must be
 * offsets into the text of @p doc (zhen_doc_bytes()), as
 * zhen_numbers_extract() gives them for a paragraph of @p doc with base =
 * the paragraph's offset; "line", "start" and "end" are then the original
 * file's. Borrows both arguments for the call only.
 * @p q may be NULL (nothing written).
 * @return also ZHEN_EUSAGE when a quantity lies outside the text (nothing
 *         is written). NULL @p doc: ZHEN_EINVAL.
 */
ZHEN_API int zhen_quantities_write_json(zhen_write_fn write, void *payload,
                                        const zhen_quantities *q,
                                        const zhen_doc *doc);

/**
 * One sentence object per line: "paragraph" and "sentence" 1-based,
 * "start" and "end" byte offsets in the original file, "text" the sentence
 * as analysed (UTF-8). @p s must come from zhen_segment() of @p doc.
 * @p s may be NULL (nothing written).
 * @return also ZHEN_EUSAGE when a sentence lies outside the text (nothing
 *         is written). NULL @p doc: ZHEN_EINVAL.
 */
ZHEN_API int zhen_sentences_write_json(zhen_write_fn write, void *payload,
                                       const zhen_sentences *s,
                                       const zhen_doc *doc);

/** One bead object per line, in document order; @p a may be NULL
 *  (nothing written). */
ZHEN_API int zhen_alignment_write_json(zhen_write_fn write, void *payload,
                                       const zhen_alignment *a);

/** Append @p len bytes of @p s to @p write as a JSON string literal
 *  (quotes included; invalid UTF-8 becomes U+FFFD). NULL @p s with
 *  @p len > 0: ZHEN_EINVAL. */
ZHEN_API int zhen_json_string(zhen_write_fn write, void *payload,
                              const char *s, size_t len);

/** @} */

#ifdef __cplusplus
}
#endif
#endif
