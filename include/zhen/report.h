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

/**
 * Where a pre-aligned pair stands in its input, for the pair writers that
 * take one (the ..._at() functions); start from ZHEN_PAIR_PLACE_INIT.
 */
typedef struct zhen_pair_place {
	unsigned version;  /**< ZHEN_PAIR_PLACE_VERSION */
	size_t line;       /**< the line number to report, 1-based */
	const char *id;    /**< the row's id (UTF-8), or NULL: it has none */
	size_t id_len;
	/** NULL when the findings' offsets are the input's. Otherwise the
	 *  input offset of each: src[x] for offset x. A line of another
	 *  encoding read with zhen_lines_next() gives it (zhen_line.src),
	 *  when the pair was checked with bases counted from the line's
	 *  first byte. Only the JSON writers read it. */
	const size_t *src;
	/** Where a unit of a bilingual file is, for a person ("unit 7",
	 *  "Sheet1!B12": zhen_unit.where), or NULL for a line of a pairs
	 *  file, whose line says it all. */
	const char *where;
	/** The file's word on the translation (zhen_unit.state), or NULL. */
	const char *state;
	/** Version 2: the units the pair is unit @p unit of, or NULL. With
	 *  them a figure is reported where it is in the file
	 *  (zhen_units_source_span()): JSON "line", "start" and "end" are the
	 *  file's, with "offsets":"file" ("unit" where the file has no byte
	 *  offsets: they count bytes of the unit's text), and "place" the
	 *  side's own (zhen_unit.en_where); text hunks name both sides'
	 *  lines or places and each finding's line and byte in the file. The
	 *  texts given must be the unit's, with base 0. */
	const zhen_units *units;
	size_t unit;
} zhen_pair_place;

/* A version-1 place (without units) is still read as before. */
#define ZHEN_PAIR_PLACE_VERSION 2
#define ZHEN_PAIR_PLACE_INIT \
	{ ZHEN_PAIR_PLACE_VERSION, 0, NULL, 0, NULL, NULL, NULL, NULL, 0 }

/** Diff-style hunk for one pre-aligned pair (nothing when clean):
 *  zhen_report_pair_text_at() with only the line. */
ZHEN_API int zhen_report_pair_text(zhen_write_fn write, void *payload,
                                   size_t line, const zhen_findings *f,
                                   const char *zh, size_t zh_len,
                                   size_t zh_base, const char *en,
                                   size_t en_len, size_t en_base,
                                   const zhen_report_options *opts);

/** Diff-style hunk for one pre-aligned pair, nothing when it is clean:
 *  "@@ line N @@", or "@@ line N id ID @@" for a row with an id, then the
 *  two sides and one line per finding. @p zh holds the Chinese text, at
 *  offset @p zh_base of the findings' offsets (likewise en). When the
 *  pair is clean neither text is read and either may be NULL.
 *  @return 0, the callback's nonzero value, ZHEN_ENOMEM, or ZHEN_EUSAGE
 *  (@p at of another version, or, nothing written, a finding's figure
 *  outside [base, base + len) of its text). NULL @p write or @p at, or a
 *  NULL text with findings: ZHEN_EINVAL. */
ZHEN_API int zhen_report_pair_text_at(zhen_write_fn write, void *payload,
                                      const zhen_pair_place *at,
                                      const zhen_findings *f,
                                      const char *zh, size_t zh_len,
                                      size_t zh_base, const char *en,
                                      size_t en_len, size_t en_base,
                                      const zhen_report_options *opts);

/**
 * The alignment of a document check side by side: for each bead a header
 * (bead kind, confidence, line numbers), then the Chinese sentences in the
 * left column and the English in the right, wrapped by display width (CJK
 * characters count two) to fit @p width columns in all (at least 40, at
 * most 1,000), then the bead's findings as zhen_report_text() words them
 * (none for a result of zhen_align_documents()). Lines end at ICU's
 * line-break opportunities, never inside a figure of the result, and
 * anywhere only when one piece is wider than its column.
 * @return as zhen_report_text(), or ZHEN_EICU; NULL @p write, @p r, @p zh
 *         or @p en: ZHEN_EINVAL.
 */
ZHEN_API int zhen_report_alignment_text(zhen_write_fn write, void *payload,
                                        const zhen_result *r,
                                        const zhen_doc *zh,
                                        const zhen_doc *en, size_t width);

/**
 * The review report of a document check as one HTML page: a header with
 * the files, the script detected, the conversion and the counts by
 * severity and type (each a link to the page filtered so); then every
 * bead in two columns, the Chinese as written (its Simplified reading
 * behind a toggle) and the English, every figure read marked (figures
 * matched by value share a colour; a finding's figures carry its text,
 * severity and id) and the bead's findings under it; filters, keyboard
 * steps from finding to finding (n/p, j/k), beads of low confidence
 * shaded. The page is self-contained and works offline: its stylesheet
 * and script are inline, and a Content-Security-Policy allows those two
 * alone. Every text of the input is HTML-escaped.
 * @param ctx for the Simplified reading (zhen_convert() with the
 *        result's conversion) and error messages; may be NULL (no
 *        Simplified reading).
 * @p r, @p zh, @p en as for zhen_report_text(); all borrowed for the call
 * only. Written bead by bead, so memory stays that of one bead.
 * @return 0, the callback's nonzero value, ZHEN_ENOMEM or ZHEN_EOPENCC.
 *         NULL @p write, @p r, @p zh or @p en: ZHEN_EINVAL.
 */
ZHEN_API int zhen_report_html(zhen_write_fn write, void *payload,
                              zhen_ctx *ctx, const zhen_result *r,
                              const zhen_doc *zh, const zhen_doc *en,
                              const zhen_report_options *opts);

/** The review page of pre-aligned pairs (zhen check --pairs, a bilingual
 *  file read as units): the page of zhen_report_html() with, for each
 *  pair, its place in the input (line, unit and segment id, cell, state:
 *  zhen_pair_place) above the two sides, its findings' figures marked
 *  and their rows below. Made pair by pair with zhen_html_pairs_add()
 *  and written whole by zhen_html_pairs_finish(), since its counts come
 *  first: it holds the page in memory until then. */
typedef struct zhen_html_pairs zhen_html_pairs;

/** A new page for the pairs of @p name (the file, as the header names
 *  it), read as @p what ("pairs file", "XLIFF", ...); both copied.
 *  Free it with zhen_html_pairs_free().
 *  @return 0 or ZHEN_ENOMEM; NULL @p out, @p name or @p what:
 *  ZHEN_EINVAL (*out NULL). */
ZHEN_API int zhen_html_pairs_new(zhen_html_pairs **out, const char *name,
                                 const char *what);

/** Add one pair, clean or not, with its findings @p f (may be NULL: none)
 *  and its texts as for zhen_report_pair_text_at().
 *  @return 0, ZHEN_ENOMEM (the page is as it was) or ZHEN_EUSAGE (@p at
 *  of another version, or a figure outside its text). NULL @p h, @p at,
 *  @p zh or @p en: ZHEN_EINVAL. */
ZHEN_API int zhen_html_pairs_add(zhen_html_pairs *h,
                                 const zhen_pair_place *at,
                                 const zhen_findings *f, const char *zh,
                                 size_t zh_len, size_t zh_base,
                                 const char *en, size_t en_len,
                                 size_t en_base);

/** Read the figures of the pairs added from now on with @p ctx and
 *  @p convert (as zhen_check_pair() reads them: AUTO converts as T2S), so
 *  that the page marks every figure read, matched ones sharing a colour,
 *  and gives the Chinese its Simplified reading where it differs (none
 *  with NONE). Without it, only the findings' figures are marked. @p ctx
 *  is borrowed until zhen_html_pairs_free().
 *  @return 0; ZHEN_EUSAGE (@p convert out of range, or TW2SP); NULL @p h
 *  or @p ctx: ZHEN_EINVAL. */
ZHEN_API int zhen_html_pairs_reading(zhen_html_pairs *h, zhen_ctx *ctx,
                                     zhen_convert_mode convert);

/** The findings a baseline accepted of the pair that zhen_html_pairs_add()
 *  adds next (zhen_policy_apply_keep()), shown greyed with it and left out
 *  of the counts; @p acc is borrowed until then (NULL: none).
 *  @return 0; NULL @p h: ZHEN_EINVAL. */
ZHEN_API int zhen_html_pairs_accepted(zhen_html_pairs *h,
                                      const zhen_findings *acc);

/** The figures of the pair that zhen_html_pairs_add() adds next, as
 *  zhen_check_pair_read() read them (with the conversion given to
 *  zhen_html_pairs_reading()): the page marks them instead of reading the
 *  pair again. Borrowed until then; NULL for either: the page reads the
 *  pair itself. A figure outside its text makes that add ZHEN_EUSAGE.
 *  @return 0; NULL @p h: ZHEN_EINVAL. */
ZHEN_API int zhen_html_pairs_figures(zhen_html_pairs *h,
                                     const zhen_quantities *zq,
                                     const zhen_quantities *eq);

/** Write the page: head, counts, filters, every pair added, the script.
 *  @return 0, the callback's nonzero value or ZHEN_ENOMEM. NULL @p h or
 *  @p write: ZHEN_EINVAL. */
ZHEN_API int zhen_html_pairs_finish(zhen_html_pairs *h, zhen_write_fn write,
                                    void *payload);

/** Free @p h; NULL is ignored. */
ZHEN_API void zhen_html_pairs_free(zhen_html_pairs *h);

/** The CSV of pre-aligned pairs' findings (zhen check --pairs, a
 *  bilingual file read as units), for a spreadsheet as zhen_report_csv()
 *  writes it (BOM, quoted fields, CRLF, formulas defused), with the
 *  columns of a pair: id, severity, type, file, line, place (a unit's
 *  zhen_pair_place.where: "unit 7", "Sheet1!B12"), row_id, state,
 *  zh_start, zh_end, en_start, en_end (byte offsets of the figures in
 *  their text), zh_text, en_text (the two sides), zh_figure, en_figure,
 *  zh_value, en_value, message. This writes the BOM and the header row.
 *  @return 0 or the callback's nonzero value; NULL @p write:
 *  ZHEN_EINVAL. */
ZHEN_API int zhen_report_pairs_csv_header(zhen_write_fn write, void *payload);

/** One row a finding of one pair (nothing when it is clean), the pair
 *  from the file @p name at @p at, its texts as for
 *  zhen_report_pair_text_at().
 *  @return 0, the callback's nonzero value, ZHEN_ENOMEM or ZHEN_EUSAGE
 *  (@p at of another version, a figure outside its text). NULL @p write,
 *  @p name or @p at, or a NULL text with findings: ZHEN_EINVAL. */
ZHEN_API int zhen_report_pair_csv_at(zhen_write_fn write, void *payload,
                                     const char *name,
                                     const zhen_pair_place *at,
                                     const zhen_findings *f, const char *zh,
                                     size_t zh_len, size_t zh_base,
                                     const char *en, size_t en_len,
                                     size_t en_base);

/** A row of a batch's index page (zhen_report_index_html()); start from
 *  ZHEN_INDEX_ENTRY_INIT. Every string is borrowed for the call. */
typedef struct zhen_index_entry {
	unsigned version;     /**< ZHEN_INDEX_ENTRY_VERSION */
	const char *name;     /**< the pair, as the batch calls it */
	const char *zh, *en;  /**< its files; may be NULL */
	const char *href;     /**< its page, relative to the index; NULL: none */
	size_t errors, warnings, info;
	const char *error;    /**< why it was not checked; NULL when it was */
} zhen_index_entry;

#define ZHEN_INDEX_ENTRY_VERSION 1
#define ZHEN_INDEX_ENTRY_INIT \
	{ ZHEN_INDEX_ENTRY_VERSION, NULL, NULL, NULL, NULL, 0, 0, 0, NULL }

/** The index page of a batch's HTML reports, titled @p title: how many
 *  pairs had errors, warnings, none or could not be checked, then a table
 *  of the @p n entries @p e (a link to each pair's page, its files, its
 *  counts, its status) that a click on a column's heading sorts. Self-
 *  contained as zhen_report_html()'s page is, its text escaped.
 *  @return 0, the callback's nonzero value, ZHEN_ENOMEM, or ZHEN_EUSAGE
 *  (an entry of another version). NULL @p write, @p title or an entry's
 *  name, or a NULL @p e with @p n > 0: ZHEN_EINVAL. */
ZHEN_API int zhen_report_index_html(zhen_write_fn write, void *payload,
                                    const char *title,
                                    const zhen_index_entry *e, size_t n);

/**
 * The findings of a document check as CSV (RFC 4180) for a spreadsheet:
 * a UTF-8 byte order mark (so that Excel reads UTF-8), a header row, then
 * one row a finding: id, severity, type, zh_file, zh_line, zh_start,
 * zh_end, en_file, en_line, en_start, en_end (positions in the user's
 * files, as JSON gives them; empty for a side without a figure),
 * zh_sentence, en_sentence (the sentence each figure stands in; for a
 * side without one, that side of the bead), zh_figure, en_figure (as
 * written), zh_value, en_value (as zhen read them) and message. Lines end
 * in CRLF; every text field is quoted; a field that would start with a
 * formula character (=, +, @, -) gets a leading apostrophe.
 * @p opts gives the file names (zh_name, en_name); may be NULL.
 * @return 0, the callback's nonzero value or ZHEN_ENOMEM. NULL @p write,
 *         @p r, @p zh or @p en: ZHEN_EINVAL.
 */
ZHEN_API int zhen_report_csv(zhen_write_fn write, void *payload,
                             const zhen_result *r, const zhen_doc *zh,
                             const zhen_doc *en,
                             const zhen_report_options *opts);

/** zhen_report_csv() in two parts, for one CSV of many document pairs
 *  (zhen check --batch --format=csv): the BOM and the header row once,
 *  then each pair's rows, which name its files (zh_file, en_file from
 *  @p opts).
 *  @return as zhen_report_csv(); NULL @p write (and for _rows() @p r,
 *  @p zh or @p en): ZHEN_EINVAL. */
ZHEN_API int zhen_report_csv_header(zhen_write_fn write, void *payload);
/** One row a finding of one pair of the bilingual file @p name at @p at
 *  (a unit), in zhen_report_csv()'s columns, so that a batch's one CSV
 *  holds its bilingual files too: zh_file and en_file are @p name,
 *  zh_line, zh_start and zh_end (likewise en) where the figure stands in
 *  the file (zhen_units_source_span() through a version-2 place; only the
 *  line of its element where the file has no byte offsets, as an XLSX
 *  cell; a place without units: its line and the findings' offsets),
 *  zh_sentence and en_sentence the pair's two texts. Nothing for a clean
 *  pair. Arguments as zhen_report_pair_csv_at().
 *  @return 0, the callback's nonzero value, ZHEN_ENOMEM or ZHEN_EUSAGE
 *  (@p at of another version, a figure outside its text). NULL @p write,
 *  @p name or @p at, or a NULL text with findings: ZHEN_EINVAL. */
ZHEN_API int zhen_report_unit_csv_rows(zhen_write_fn write, void *payload,
                                       const char *name,
                                       const zhen_pair_place *at,
                                       const zhen_findings *f,
                                       const char *zh, size_t zh_len,
                                       size_t zh_base, const char *en,
                                       size_t en_len, size_t en_base);
ZHEN_API int zhen_report_csv_rows(zhen_write_fn write, void *payload,
                                  const zhen_result *r, const zhen_doc *zh,
                                  const zhen_doc *en,
                                  const zhen_report_options *opts);

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

/** The version of the schema, written as "schema" in the summary objects
 *  of zhen_report_json() and zhen_report_pairs_summary_json(). Raised when
 *  a field changes meaning or goes away; added fields and records leave
 *  it. Streams without a summary (quantities, sentences, alignment)
 *  follow the schema of the same library. */
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

/** zhen_report_pair_json() at @p at: {"line":N,"id":"…","findings":[…]},
 *  "id" only for a row that has one; with at->src the quantities'
 *  offsets go through it. @return also ZHEN_EUSAGE (@p at of another
 *  version). NULL @p at, or NULL texts with findings: ZHEN_EINVAL. */
ZHEN_API int zhen_report_pair_json_at(zhen_write_fn write, void *payload,
                                      const zhen_pair_place *at,
                                      const zhen_findings *f,
                                      const char *zh, size_t zh_base,
                                      const char *en, size_t en_base);

/** zhen_report_pair_error_json() at @p at: {"line":N,"id":"…","error":…}.
 *  @return also ZHEN_EUSAGE (@p at of another version). NULL @p at:
 *  ZHEN_EINVAL. */
ZHEN_API int zhen_report_pair_error_json_at(zhen_write_fn write,
                                            void *payload,
                                            const zhen_pair_place *at,
                                            const char *message);

/** The counts of a run over pre-aligned pairs; start from
 *  ZHEN_PAIRS_SUMMARY_INIT. */
typedef struct zhen_pairs_summary {
	unsigned version;     /**< ZHEN_PAIRS_SUMMARY_VERSION */
	size_t lines;         /**< line objects written before it */
	size_t pairs;         /**< pairs checked (not blank, not bad) */
	size_t bad_lines;     /**< lines that could not be checked */
	size_t errors, warnings, info; /**< findings by severity */
	const char *encoding; /**< the input's encoding, or NULL */
	/** findings a baseline accepted, left out of the counts above */
	size_t accepted;
} zhen_pairs_summary;

#define ZHEN_PAIRS_SUMMARY_VERSION 1
#define ZHEN_PAIRS_SUMMARY_INIT \
	{ ZHEN_PAIRS_SUMMARY_VERSION, 0, 0, 0, 0, 0, 0, NULL, 0 }

/** The last object of a pairs stream: {"summary":{"schema","lines",
 *  "pairs","bad_lines","errors","warnings","info","accepted","encoding"}}.
 *  @return 0, the callback's value, ZHEN_ENOMEM or ZHEN_EUSAGE (@p s of
 *  another version). NULL @p write or @p s: ZHEN_EINVAL. */
ZHEN_API int zhen_report_pairs_summary_json(zhen_write_fn write,
                                            void *payload,
                                            const zhen_pairs_summary *s);

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
 *  (quotes included; invalid UTF-8 becomes U+FFFD; C0 controls, DEL, the
 *  C1 controls and the bidirectional controls are \u escapes, so that no
 *  report hands a terminal what it would act on). NULL @p s with
 *  @p len > 0: ZHEN_EINVAL. */
ZHEN_API int zhen_json_string(zhen_write_fn write, void *payload,
                              const char *s, size_t len);

/** @} */

#ifdef __cplusplus
}
#endif
#endif
