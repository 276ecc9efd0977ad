/* report_internal.h: what the writers of src/report/ share; never
 * installed. */
#ifndef ZHEN_REPORT_INTERNAL_H
#define ZHEN_REPORT_INTERNAL_H

#include "internal.h"

/** Hand the bytes of @p b to @p write and empty @p b. @return 0, the
 *  callback's nonzero value, or ZHEN_ENOMEM when @p b ran out of memory
 *  (nothing is written then: a report never ends in a truncated line). */
int zhen__report_emit(zhen_write_fn write, void *payload,
                      struct zhen__buf *b);

/** Append the text of zhen_finding_message() to @p b. */
void zhen__report_message(struct zhen__buf *b, const zhen_finding *f,
                          const char *zs, size_t zb, const char *es,
                          size_t eb);

/** Append where the two sides of @p bd stand in the documents:
 *  "zh line 3 ¶2 s1-2 | en (none)". */
void zhen__report_bead_sides(struct zhen__buf *b, const zhen_bead *bd,
                             const zhen_doc *zh, const zhen_sentences *zs,
                             const zhen_doc *en, const zhen_sentences *es);

/** A code point a terminal acts on rather than shows, which no report
 *  hands to one raw: DEL, the C1 controls (U+009B is CSI) and the
 *  bidirectional controls (JSON escapes them, text labels too). */
bool zhen__report_hidden(int32_t cp);

/** Whether a pair place is of a version the writers read (1 or 2). */
bool zhen__place_ok(const zhen_pair_place *at);
/** The units of a version-2 place, or NULL. */
const zhen_units *zhen__place_units(const zhen_pair_place *at);

/** json.c's encoder for the other writers: a JSON string literal, and a
 *  quantity of @p doc as zhen numbers writes it (one schema everywhere). */
void zhen__json_str(struct zhen__buf *b, const char *s, size_t len);
void zhen__json_doc_quantity(struct zhen__buf *b, const zhen_quantity *q,
                             const zhen_doc *doc);

#endif
