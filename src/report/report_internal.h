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

/** json.c's encoder for the other writers: a JSON string literal, and a
 *  quantity of @p doc as zhen numbers writes it (one schema everywhere). */
void zhen__json_str(struct zhen__buf *b, const char *s, size_t len);
void zhen__json_doc_quantity(struct zhen__buf *b, const zhen_quantity *q,
                             const zhen_doc *doc);

/** facts.c's line saying what disagrees in conflict @p c ("error value:
 *  CNY 4,862,000,000 ≠ …"), for facts_html.c too. */
void zhen__facts_verdict(struct zhen__buf *b, const zhen_facts *f,
                         const zhen_conflict *c, int color);

#endif
