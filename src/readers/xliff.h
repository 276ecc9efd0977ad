/* readers/xliff.h: what the XLIFF reader's two files share (private):
 * xliff.c walks files, units and segments and pairs them; xliff_inline.c
 * reads one element's content, inline codes left out. */
#ifndef ZHEN_READERS_XLIFF_H
#define ZHEN_READERS_XLIFF_H

#include "readers.h"

#include <stdint.h>

/* No offset: a missing id, or a text the unit does not have. */
#define ZHEN__XLF_NONE SIZE_MAX

/* A text the file pairs, as a reader sees it: a <source> or <target>, or
 * one segment of it (XLIFF 1.2's <mrk mtype="seg">). Its strings are
 * offsets into the unit's buffer, which grows as the unit is read. */
struct zhen__xlf_text {
	size_t text, len;  /* the text */
	size_t mid;        /* its segment id (mid), or ZHEN__XLF_NONE */
	size_t line, byte; /* where its element begins (byte: SIZE_MAX) */
	size_t map, nmap;  /* its map to the file: runs[map, map + nmap) of
	                    * the unit's, or map ZHEN__XLF_NONE */
	bool used;         /* paired already */
};

struct zhen__xlf_texts {
	struct zhen__xlf_text *v;
	size_t n, cap;
};

/* One file's reading. Everything but the units is about the unit being
 * read, so memory follows the largest unit, not the file. */
struct zhen__xlf {
	struct zhen__xml x;
	zhen_units *u;
	int version;            /* 1 (XLIFF 1.x) or 2 (2.0, 2.1) */
	bool sdl;               /* read as SDLXLIFF */
	struct zhen__buf b;     /* the unit's texts, ids and states */
	struct zhen__inline all, seg; /* the element's text; a segment's */
	struct zhen__orun *runs; /* the unit's texts' maps to the file */
	size_t nruns, capruns;
	bool oom;
};

/* Copy @p n bytes of @p s (NUL-terminated) into the unit's buffer; its
 * offset, or ZHEN__XLF_NONE (s NULL, or out of memory: r->oom). */
size_t zhen__xlf_keep(struct zhen__xlf *r, const char *s, size_t n);

/* Room for one more element of @p size in the array *v of *n (its room
 * *cap); false when out of memory (r->oom). */
bool zhen__xlf_grow(struct zhen__xlf *r, void **v, size_t *cap, size_t n,
                    size_t size);

/* A text's map to the file as an offset map (its runs borrowed), or NULL
 * when it has none; @p m is the room for it. */
const struct zhen__omap *zhen__xlf_map(const struct zhen__xlf *r,
                                       const struct zhen__xlf_text *t,
                                       struct zhen__omap *m);

/* Read the content of the element the reader stands on (<source>,
 * <target>, <seg-source>) to its end tag, into @p all (its text, every
 * segment and what lies between them) and, when @p segs is not NULL,
 * one text per <mrk mtype="seg"> into @p segs (XLIFF 1.2). 0, or an
 * error status (recorded on the context). */
int zhen__xlf_content(struct zhen__xlf *r, struct zhen__xlf_text *all,
                      struct zhen__xlf_texts *segs);

#endif
