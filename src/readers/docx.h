/* readers/docx.h: what the DOCX reader's files share (private to them).
 *
 * docx.c opens the package and reads its parts one at a time: the
 * relationships and the styles (docx_parts.c), then word/document.xml,
 * the notes, the headers and footers, each walked by docx_walk.c into
 * lines of text (one paragraph a line) and the place of each line. The
 * prefix is dx_. */
#ifndef ZHEN_READERS_DOCX_H
#define ZHEN_READERS_DOCX_H

#include "readers.h"

/* Room for one more element in array @p p (NULL at first) of @p *cap
 * elements of @p size, @p n of them used: @p p, or the array moved and
 * grown (*cap updated, the new elements zeroed); NULL when out of memory,
 * @p p left as it was. */
void *dx_grow(void *p, size_t *cap, size_t n, size_t size);

/* ---- the package's relationships (docx_parts.c) ---- */

/* word/_rels/document.xml.rels: each relationship's id, type and the
 * member it targets (resolved against word/), sorted by id. */
struct dx_rel {
	const char *id, *type, *member;
};
struct dx_rels {
	struct zhen__buf arena; /* the strings, NUL-terminated */
	struct dx_rel *r;
	size_t n;
};

int dx_rels_read(struct dx_rels *rels, struct zhen__zip *z);
/* The member of relationship @p id, or NULL. */
const char *dx_rels_member(const struct dx_rels *rels, const char *id);
/* The member of the first relationship whose type ends in /@p kind
 * ("footnotes"), or NULL. */
const char *dx_rels_find(const struct dx_rels *rels, const char *kind);
void dx_rels_free(struct dx_rels *rels);

/* ---- styles (docx_parts.c) ---- */

/* The styles that make text hidden (w:vanish), resolved through
 * w:basedOn: their ids, sorted. */
struct dx_styles {
	struct zhen__buf arena;
	const char **hidden;
	size_t n;
	/* what applies to a paragraph (run) that names no style: the
	 * default paragraph (character) style and the document defaults */
	bool p_default, r_default, doc_default;
};

int dx_styles_read(struct dx_styles *st, zhen_ctx *ctx, const char *member,
                   const char *xml, size_t len);
/* Whether style @p id (NULL: the default of its type) hides text. */
bool dx_style_hides(const struct dx_styles *st, const char *id,
                    bool paragraph);
void dx_styles_free(struct dx_styles *st);

/* ---- the document being built ---- */

/* A note reference: the note's w:id in the order the text shows it. */
struct dx_noteref {
	long id;
	size_t shown;  /* the number Word shows: 1, 2, ...; 0: a custom mark */
	size_t order;  /* position in the text */
};
struct dx_notes {
	struct dx_noteref *r;
	size_t n, cap, numbered;
};

/* Where a note's lines begin in the text read, and where its reference is
 * among the references (the notes are put in that order). */
struct dx_seg {
	size_t key, text, label;
	size_t text_end, label_end; /* set once the part is read */
};

struct dx_doc {
	zhen_ctx *ctx;
	struct zhen__buf text;   /* the lines, each ending in '\n' */
	struct zhen__buf labels; /* one NUL-terminated label per line */
	size_t nlines;
	struct dx_styles styles;
	struct dx_notes foot, end;   /* references met in the body */
	/* the r:ids of the headers and footers the sections name, in order,
	 * NUL-terminated one after the other */
	struct zhen__buf hdr_ids, ftr_ids;
	struct dx_seg *seg; /* the notes of the part being read */
	size_t nseg, capseg;
};

/* What a part is. */
enum dx_part { DX_DOCUMENT, DX_FOOTNOTES, DX_ENDNOTES, DX_HEADER,
	       DX_FOOTER };

/* Walk one part's XML and append its paragraphs to @p d. @p label names a
 * header or footer ("header", "footer 2"); the notes are named from the
 * references. 0, ZHEN_EINPUT (malformed XML, with @p member and its line)
 * or ZHEN_ENOMEM. */
int dx_walk(struct dx_doc *d, enum dx_part part, const char *member,
            const char *xml, size_t len, const char *label);

/* Append @p id to the references of @p notes (0: the text shows a
 * custom mark, no number). false when out of memory. */
bool dx_notes_add(struct dx_notes *notes, long id, bool custom);
/* Sort the references by id, for dx_notes_shown(). */
void dx_notes_index(struct dx_notes *notes);
/* The reference of note @p id, or NULL when the text never shows it. */
const struct dx_noteref *dx_notes_find(const struct dx_notes *notes,
                                       long id);

#endif
