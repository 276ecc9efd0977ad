/* report.h: diff-style text and JSON Lines. The library never writes to a
 * file itself: every report goes through the caller's write callback. */
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
 * zh_src + start - zh_base.
 * @return the length needed, like snprintf.
 */
ZHEN_API size_t zhen_finding_message(char *buf, size_t cap,
                                     const zhen_finding *f,
                                     const char *zh_src, size_t zh_base,
                                     const char *en_src, size_t en_base);

/** The number of findings in @p f of severity @p sev (0 for a NULL
 *  list), for a summary such as zhen's "zhen: 16 beads checked, 6 errors,
 *  3 warnings, 0 info". Cannot fail. */
ZHEN_API size_t zhen_findings_count_severity(const zhen_findings *f,
                                             zhen_severity sev);

/** Diff-style report of a document check: a header naming the two files,
 *  then one hunk per bead with findings. It ends there: a summary line is
 *  the caller's, from zhen_findings_count_severity() and
 *  zhen_alignment_count(), as the zhen program writes it. @return 0, or
 *  the callback's nonzero value, or ZHEN_ENOMEM. */
ZHEN_API int zhen_report_text(zhen_write_fn write, void *payload,
                              const zhen_result *r, const zhen_doc *zh,
                              const zhen_doc *en,
                              const zhen_report_options *opts);

/** JSON Lines for a document check: one object per finding, then one
 *  {"summary":{…}} object. */
ZHEN_API int zhen_report_json(zhen_write_fn write, void *payload,
                              const zhen_result *r, const zhen_doc *zh,
                              const zhen_doc *en);

/** Diff-style hunk for one pre-aligned pair (nothing when clean). */
ZHEN_API int zhen_report_pair_text(zhen_write_fn write, void *payload,
                                   size_t line, const zhen_findings *f,
                                   const char *zh, size_t zh_len,
                                   size_t zh_base, const char *en,
                                   size_t en_len, size_t en_base,
                                   const zhen_report_options *opts);

/** Exactly one JSON object {"line":N,"findings":[…]} and a newline. */
ZHEN_API int zhen_report_pair_json(zhen_write_fn write, void *payload,
                                   size_t line, const zhen_findings *f,
                                   const char *zh, size_t zh_base,
                                   const char *en, size_t en_base);

/**
 * The alignment of a document check side by side: for each bead a header
 * (bead kind, confidence, line numbers), then the Chinese sentences in the
 * left column and the English in the right, wrapped by display width (CJK
 * characters count two) to fit @p width columns in all (at least 40).
 */
ZHEN_API int zhen_report_alignment_text(zhen_write_fn write, void *payload,
                                        const zhen_result *r,
                                        const zhen_doc *zh,
                                        const zhen_doc *en, size_t width);

/** Append @p len bytes of @p s to @p write as a JSON string literal
 *  (quotes included). */
ZHEN_API int zhen_json_string(zhen_write_fn write, void *payload,
                              const char *s, size_t len);

#ifdef __cplusplus
}
#endif
#endif
