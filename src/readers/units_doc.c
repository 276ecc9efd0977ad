/* readers/units_doc.c: one side of a bilingual file as a document, a
 * unit a line, so that what reads documents (the facts across documents)
 * reads an XLIFF's Chinese and its English as two of them, each figure
 * still leading to its bytes in the file. */
#include "readers.h"

#include <stdint.h>
#include <string.h>

static const char *side_text(const zhen_unit *un, zhen_lang side,
                             size_t *len)
{
	*len = side == ZHEN_LANG_ZH ? un->zh_len : un->en_len;
	return side == ZHEN_LANG_ZH ? un->zh : un->en;
}

/* The side's texts, a unit a line; a line break or other control
 * character inside a text (a <br/> a reader kept, a tab) becomes a space
 * of the same one byte, so that offsets stay the text's. */
static bool join(struct zhen__buf *b, const zhen_units *u, zhen_lang side)
{
	for (size_t i = 0; i < zhen_units_count(u); i++) {
		size_t len, at = b->len;
		const char *s = side_text(zhen_units_get(u, i), side, &len);
		zhen__buf_add(b, s, len);
		for (size_t k = at; !b->oom && k < b->len; k++)
			if ((unsigned char)b->p[k] < 0x20 || b->p[k] == 0x7F)
				b->p[k] = ' ';
		zhen__buf_add(b, "\n", 1);
	}
	zhen__buf_add(b, "", 0);
	return !b->oom;
}

/* The map of unit @p i's text (at @p base of the analysis text) into the
 * file, a code point at a time; *last is where the map has got to, for a
 * unit the file has no offsets for. Whether any offset was found. */
static bool map_unit(struct zhen__omap *m, const zhen_units *u, size_t i,
                     zhen_lang side, size_t base, size_t *last)
{
	size_t len, fs, fe, line;
	const char *s = side_text(zhen_units_get(u, i), side, &len);
	bool any = false;

	for (size_t k = 0; k < len;) {
		size_t at = k;
		zhen__utf8_next(s, len, &k);
		zhen_units_source_span(&fs, &fe, &line, u, i, side, at, k);
		if (fs == SIZE_MAX || fe == SIZE_MAX || fe < fs)
			fs = fe = *last;
		else
			any = true;
		zhen__omap_add(m, base + at, fs, (unsigned)(k - at),
		               (unsigned)(fe - fs));
		*last = fe;
	}
	zhen__omap_add(m, base + len, *last, 1, 0); /* the line's end */
	return any;
}

static int place_units(zhen_doc *d, struct zhen__omap *m, const zhen_units *u,
                       zhen_lang side)
{
	size_t base = 0, last = 0, len;
	bool any = false;

	for (size_t i = 0; i < zhen_units_count(u); i++) {
		const zhen_unit *un = zhen_units_get(u, i);
		const char *w = side == ZHEN_LANG_EN && un->en_where
		                        ? un->en_where : un->where;
		if (zhen__doc_add_place(d, w, strlen(w)) < 0)
			return ZHEN_ENOMEM;
		side_text(un, side, &len);
		any |= map_unit(m, u, i, side, base, &last);
		base += len + 1;
	}
	if (m->oom)
		return ZHEN_ENOMEM;
	m->alen = base;
	zhen__doc_map_to(d, any ? m : NULL);
	return 0;
}

int zhen_doc_from_units(zhen_doc **out, zhen_ctx *ctx, const zhen_units *u,
                        zhen_lang side)
{
	struct zhen__buf b = { 0 };
	struct zhen__omap m = { 0 };
	zhen_doc *d = NULL;
	int rc;

	if (out)
		*out = NULL;
	if (!out || !ctx || !u)
		return zhen__einval(ctx, __func__, !out ? "out is NULL"
		                                   : !ctx ? "ctx is NULL"
		                                          : "u is NULL");
	if (side != ZHEN_LANG_ZH && side != ZHEN_LANG_EN)
		return zhen__einval(ctx, __func__, "side is not zh or en");
	if (!join(&b, u, side))
		rc = zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	else if ((rc = zhen_doc_from_bytes(&d, ctx, b.p, b.len)) == 0 &&
	         (rc = place_units(d, &m, u, side)) < 0)
		rc = zhen__fail(ctx, rc, "out of memory");
	zhen__buf_free(&b);
	zhen__omap_free(&m);
	if (rc < 0)
		zhen_doc_free(d);
	else
		*out = d;
	return rc;
}
