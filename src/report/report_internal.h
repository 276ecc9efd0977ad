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

/** Whether every figure of @p f lies in the texts a pair writer was
 *  given, [zh_base, zh_base + zh_len) and likewise en (text.c; the HTML
 *  and CSV writers of pairs too). */
bool zhen__report_inside(const zhen_findings *f, size_t zh_base,
                         size_t zh_len, size_t en_base, size_t en_len);

/** The arguments every pair writer of findings checks, in its order:
 *  a readable place, then (only when there are findings to quote) both
 *  texts and every figure inside them. 0 to write, 1 when there is
 *  nothing to write, or a negative error code (text.c). */
int zhen__pair_args(const zhen_pair_place *at, const zhen_findings *f,
                    const char *zh, size_t zh_len, size_t zh_base,
                    const char *en, size_t en_len, size_t en_base);

/** Append the text of zhen_finding_message() to @p b. */
void zhen__report_message(struct zhen__buf *b, const zhen_finding *f,
                          const char *zs, size_t zb, const char *es,
                          size_t eb);

/** Append the text report's line of finding @p f: "  error value: 34億 =
 *  … [id …]" (text.c; the side-by-side alignment too). @p color: with
 *  the terminal's colours. */
void zhen__report_finding_line(struct zhen__buf *b, const zhen_finding *f,
                               const char *zs, size_t zb, const char *es,
                               size_t eb, int color);

/** Append where the two sides of @p bd stand in the documents:
 *  "zh line 3 ¶2 s1-2 | en (none)". */
void zhen__report_bead_sides(struct zhen__buf *b, const zhen_bead *bd,
                             const zhen_doc *zh, const zhen_sentences *zs,
                             const zhen_doc *en, const zhen_sentences *es);

/** A code point a terminal acts on rather than shows, which no report
 *  hands to one raw: DEL, the C1 controls (U+009B is CSI) and the
 *  bidirectional controls (JSON escapes them, text labels too). */
bool zhen__report_hidden(int32_t cp);

/** Whether a pair place is of a version the writers read (1 or 2) and,
 *  with units, names one of them: every pair writer asks this. */
bool zhen__place_ok(const zhen_pair_place *at);
/** The units of a version-2 place, or NULL. */
const zhen_units *zhen__place_units(const zhen_pair_place *at);

/** json.c's encoder for the other writers: a JSON string literal, and a
 *  quantity of @p doc as zhen numbers writes it (one schema everywhere). */
void zhen__json_str(struct zhen__buf *b, const char *s, size_t len);
void zhen__json_doc_quantity(struct zhen__buf *b, const zhen_quantity *q,
                             const zhen_doc *doc);

/** t2s_map.c: the HTML report's Simplified reading as a map of
 *  characters. zhen__t2s_learn() takes a sentence @p t and its reading
 *  @p s and returns 1 when the map (now) reads t as s, character by
 *  character, 0 when the sentence needs its own reading, or ZHEN_ENOMEM.
 *  zhen__t2s_write() appends the map's pairs (a character, then what it
 *  becomes; characters that stay as they are left out). */
struct zhen__t2s;
struct zhen__t2s *zhen__t2s_new(void);
void zhen__t2s_free(struct zhen__t2s *m);
int zhen__t2s_learn(struct zhen__t2s *m, const char *t, size_t tlen,
                    const char *s, size_t slen);
void zhen__t2s_write(struct zhen__buf *b, const struct zhen__t2s *m);

/** html.c's parts, which the page of pre-aligned pairs (html_pairs.c)
 *  shares: escaping, the <head>, the counts and the filters, the end. */
struct zhen__html_tally {
	size_t sev[3], type[ZHEN__NFTYPES], accepted;
	bool seen[ZHEN__NFTYPES];  /* types with a box in the filters */
};
void zhen__html_esc(struct zhen__buf *b, const char *s, size_t len);
void zhen__html_tally_add(struct zhen__html_tally *t, const zhen_findings *f,
                          bool accepted);
/** The <head> (title "zhen: A ↔ Z", or "zhen: A" when @p z is NULL)
 *  with the stylesheet and a CSP that allows report.js, or, with
 *  _with(), the asset @p script (enum zhen__asset_id) */
void zhen__html_head(struct zhen__buf *b, const char *a, const char *z);
void zhen__html_head_with(struct zhen__buf *b, const char *a, const char *z,
                          int script);
void zhen__html_counts(struct zhen__buf *b, const struct zhen__html_tally *t);
/** @p rows names what the page lists ("beads", "pairs"); @p simp: the
 *  page has a Simplified reading (its button and key). */
void zhen__html_controls(struct zhen__buf *b, const struct zhen__html_tally *t,
                         const char *rows, bool simp);
/** The key by which two figures of a bead or pair match (kind, value and
 *  unit as JSON writes them), and the opening <mark> of a figure read
 *  (@p colour: a shared colour, or -1; @p text: the figure as written). */
void zhen__html_figure_key(char *key, size_t cap, const zhen_quantity *q);
void zhen__html_figure_open(struct zhen__buf *b, const zhen_quantity *q,
                            int colour, const char *text);
/** Append the Simplified reading of Chinese @p s when it differs and the
 *  map @p t2s (NULL: the page has none) would not give it. @return 0, or
 *  zhen_convert()'s or zhen__t2s_learn()'s error. */
int zhen__html_simplified(struct zhen__buf *b, struct zhen__t2s *t2s,
                          zhen_ctx *ctx, zhen_convert_mode mode,
                          const char *s, size_t len);
/** A finding's row <li>: id @p id, greyed when @p acc; its message from
 *  the texts (zhen__report_message()). */
void zhen__html_row(struct zhen__buf *b, const zhen_finding *fi, bool acc,
                    const char *id, const char *zs, size_t zb,
                    const char *es, size_t eb);
void zhen__html_tail(struct zhen__buf *b, const struct zhen__t2s *t2s);

/** Where line @p line of fact document @p doc is, for a person: the
 *  place its format names ("unit 12" of a bilingual file's side,
 *  "paragraph 3" of a DOCX), else "line 12" written into @p buf. */
const char *zhen__facts_where(char *buf, size_t cap, const zhen_facts *f,
                              size_t doc, size_t line);
/** facts.c's line saying what disagrees in conflict @p c ("error value:
 *  CNY 4,862,000,000 ≠ …"), for facts_html.c too. */
void zhen__facts_verdict(struct zhen__buf *b, const zhen_facts *f,
                         const zhen_conflict *c, int color);

#endif
