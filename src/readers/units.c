/* readers/units.c: the units of a bilingual file, and language tags.
 * A translation memory holds millions of units, so their strings live in
 * large blocks rather than one allocation each. */
#include "readers.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { BLOCK = 64 * 1024 };

struct block {
	struct block *next;
	size_t used, cap;
	char data[];
};

/* Where a unit's two texts are in the file: runs[off[s], off[s] + n[s])
 * of the units' runs, off SIZE_MAX when not known. */
struct umap {
	size_t off[2], n[2];
};

struct zhen_units {
	zhen_format format;
	zhen_unit *u;
	struct umap *maps; /* one per unit */
	size_t n, cap;
	struct block *blocks;
	char *lang[2];
	struct zhen__orun *runs; /* the texts' maps to the file */
	size_t nruns, capruns;
	size_t *lines; /* the offset where each line of the file begins */
	size_t nlines;
};

zhen_units *zhen__units_new(zhen_format f)
{
	zhen_units *u = calloc(1, sizeof *u);
	if (u)
		u->format = f;
	return u;
}

void zhen_units_free(zhen_units *u)
{
	if (!u)
		return;
	for (struct block *b = u->blocks, *nx; b; b = nx) {
		nx = b->next;
		free(b);
	}
	free(u->lang[0]);
	free(u->lang[1]);
	free(u->u);
	free(u->maps);
	free(u->runs);
	free(u->lines);
	free(u);
}

/* A copy of @p n bytes of @p s, NUL-terminated, in the units' blocks. */
static char *keep(zhen_units *u, const char *s, size_t n)
{
	struct block *b = u->blocks;
	if (!b || b->cap - b->used < n + 1) {
		size_t cap = n + 1 > BLOCK ? n + 1 : BLOCK;
		if (!(b = malloc(sizeof *b + cap)))
			return NULL;
		b->cap = cap;
		b->used = 0;
		/* a block for one large string goes behind the current one, so
		 * the current one keeps filling */
		if (cap > BLOCK && u->blocks) {
			b->next = u->blocks->next;
			u->blocks->next = b;
		} else {
			b->next = u->blocks;
			u->blocks = b;
		}
	}
	char *p = b->data + b->used;
	if (n)
		memcpy(p, s, n);
	p[n] = 0;
	b->used += n + 1;
	return p;
}

/* Control characters in a label a person reads (an id, a place, a
 * language tag, from attributes where XML lets DEL through) become
 * spaces, as they do in the texts (inline.c): a report must not carry
 * them to a terminal. */
static char *blank_controls(char *s)
{
	for (char *p = s; p && *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			*p = ' ';
	return s;
}

static const char *keep_label(zhen_units *u, const char *s, bool *oom)
{
	if (!s)
		return NULL;
	char *k = keep(u, s, strlen(s));
	*oom |= !k;
	return blank_controls(k);
}

/* Keep @p m's runs (relative to the text's start) for side @p side of
 * the unit being added. */
static int keep_map(zhen_units *u, struct umap *um, int side,
                    const struct zhen__omap *m)
{
	um->off[side] = SIZE_MAX;
	um->n[side] = 0;
	if (!m || m->oom)
		return 0;
	if (u->capruns - u->nruns < m->n) {
		size_t nc = u->capruns ? u->capruns : 256;
		while (nc - u->nruns < m->n)
			nc *= 2;
		struct zhen__orun *p = realloc(u->runs, nc * sizeof *p);
		if (!p)
			return ZHEN_ENOMEM;
		u->runs = p;
		u->capruns = nc;
	}
	if (m->n)
		memcpy(u->runs + u->nruns, m->r, m->n * sizeof *m->r);
	um->off[side] = u->nruns;
	um->n[side] = m->n;
	u->nruns += m->n;
	return 0;
}

static int grow(zhen_units *u)
{
	if (u->n < u->cap)
		return 0;
	size_t nc = u->cap ? u->cap * 2 : 256;
	zhen_unit *p = realloc(u->u, nc * sizeof *p);
	if (!p)
		return ZHEN_ENOMEM;
	u->u = p;
	struct umap *m = realloc(u->maps, nc * sizeof *m);
	if (!m)
		return ZHEN_ENOMEM;
	u->maps = m;
	u->cap = nc;
	return 0;
}

int zhen__units_add_mapped(zhen_units *u, const zhen_unit *unit,
                           const struct zhen__omap *zh_map,
                           const struct zhen__omap *en_map)
{
	if (grow(u) < 0)
		return ZHEN_ENOMEM;
	zhen_unit c = *unit;
	bool oom = false;
	c.zh = keep(u, unit->zh ? unit->zh : "", unit->zh ? unit->zh_len : 0);
	c.en = keep(u, unit->en ? unit->en : "", unit->en ? unit->en_len : 0);
	oom |= !c.zh || !c.en;
	if (!unit->zh)
		c.zh_len = 0;
	if (!unit->en)
		c.en_len = 0;
	c.id = keep_label(u, unit->id, &oom);
	c.state = keep_label(u, unit->state, &oom);
	c.en_where = keep_label(u, unit->en_where, &oom);
	if (!c.en_line)
		c.en_line = c.line;
	if (unit->where) {
		c.where = keep_label(u, unit->where, &oom);
	} else {
		char w[32];
		snprintf(w, sizeof w, "unit %zu", u->n + 1);
		c.where = keep_label(u, w, &oom);
	}
	if (oom || keep_map(u, &u->maps[u->n], 0, zh_map) < 0 ||
	    keep_map(u, &u->maps[u->n], 1, en_map) < 0)
		return ZHEN_ENOMEM;
	u->u[u->n++] = c;
	return 0;
}

int zhen__units_add(zhen_units *u, const zhen_unit *unit)
{
	return zhen__units_add_mapped(u, unit, NULL, NULL);
}

/* The code unit at @p i: a byte, or UTF-16 (@p w 2; @p be big-endian). */
static unsigned code_unit(const char *s, size_t len, size_t i, size_t w,
                          bool be)
{
	const unsigned char *b = (const unsigned char *)s;
	if (i + w > len)
		return 0;
	if (w == 1)
		return b[i];
	return be ? (unsigned)b[i] << 8 | b[i + 1] : (unsigned)b[i + 1] << 8 | b[i];
}

static int push_line(zhen_units *u, size_t *cap, size_t off)
{
	if (u->nlines == *cap) {
		size_t nc = *cap ? *cap * 2 : 1024;
		size_t *p = realloc(u->lines, nc * sizeof *p);
		if (!p)
			return ZHEN_ENOMEM;
		u->lines = p;
		*cap = nc;
	}
	u->lines[u->nlines++] = off;
	return 0;
}

int zhen__units_set_lines(zhen_units *u, const char *bytes, size_t len)
{
	/* a line ends at LF, or a CR not before LF, in UTF-16 by code unit */
	bool be = len >= 2 && !memcmp(bytes, "\xFE\xFF", 2);
	size_t w = be || (len >= 2 && !memcmp(bytes, "\xFF\xFE", 2)) ? 2 : 1;
	size_t cap = 0;
	free(u->lines);
	u->lines = NULL;
	u->nlines = 0;
	if (push_line(u, &cap, 0) < 0)
		return ZHEN_ENOMEM;
	for (size_t i = 0; i + w <= len; i += w) {
		unsigned c = code_unit(bytes, len, i, w, be);
		if ((c == '\n' || (c == '\r' &&
		                   code_unit(bytes, len, i + w, w, be) != '\n')) &&
		    push_line(u, &cap, i + w) < 0)
			return ZHEN_ENOMEM;
	}
	return 0;
}

/* The 1-based line holding file byte @p off. */
static size_t line_of(const zhen_units *u, size_t off)
{
	size_t lo = 0, hi = u->nlines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (u->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo + 1;
}

int zhen_units_source_span(size_t *file_start, size_t *file_end,
                           size_t *line, const zhen_units *u, size_t i,
                           zhen_lang side, size_t start, size_t end)
{
	if (!file_start || !file_end || !line || !u || i >= u->n ||
	    (side != ZHEN_LANG_ZH && side != ZHEN_LANG_EN))
		return ZHEN_EINVAL;
	const zhen_unit *un = &u->u[i];
	size_t len = side == ZHEN_LANG_ZH ? un->zh_len : un->en_len;
	if (start > end || end > len)
		return ZHEN_EINVAL;
	const struct umap *um = &u->maps[i];
	*file_start = *file_end = SIZE_MAX;
	*line = side == ZHEN_LANG_ZH ? un->line : un->en_line;
	if (um->off[side] == SIZE_MAX || !um->n[side] || !u->lines)
		return 0;
	const struct zhen__orun *r = u->runs + um->off[side];
	const struct zhen__orun *last = r + um->n[side] - 1;
	struct zhen__omap m = {
		.r = (struct zhen__orun *)r, .n = um->n[side],
		.alen = last->a + last->n * last->la,
		.olen = last->o + last->n * last->lo,
	};
	*file_start = start < len ? zhen__omap_start(&m, start)
	                          : zhen__omap_end(&m, start);
	*file_end = zhen__omap_end(&m, end);
	*line = line_of(u, *file_start);
	return 0;
}

int zhen__units_set_lang(zhen_units *u, const char *zh, const char *en)
{
	const char *in[2] = { zh, en };
	for (int i = 0; i < 2; i++) {
		free(u->lang[i]);
		u->lang[i] = in[i] ? blank_controls(strdup(in[i])) : NULL;
		if (in[i] && !u->lang[i])
			return ZHEN_ENOMEM;
	}
	return 0;
}

size_t zhen_units_count(const zhen_units *u)
{
	return u ? u->n : 0;
}

const zhen_unit *zhen_units_get(const zhen_units *u, size_t i)
{
	return u && i < u->n ? &u->u[i] : NULL;
}

zhen_format zhen_units_format(const zhen_units *u)
{
	return u ? u->format : ZHEN_FORMAT_UNKNOWN;
}

const char *zhen_units_lang(const zhen_units *u, zhen_lang side)
{
	return u && (side == ZHEN_LANG_ZH || side == ZHEN_LANG_EN)
	               ? u->lang[side] : NULL;
}

/* The primary subtag of @p tag is one of @p list (NULL-terminated). */
static bool primary_in(const char *tag, const char *const *list)
{
	if (!tag)
		return false;
	size_t n = strcspn(tag, "-_");
	for (; *list; list++)
		if (strlen(*list) == n && !strncasecmp(tag, *list, n))
			return true;
	return false;
}

bool zhen__lang_is_zh(const char *tag)
{
	/* zh and the Chinese languages ISO 639-3 names that CAT tools use */
	static const char *const zh[] = { "zh", "zho", "chi", "cmn", "yue",
	                                  "wuu", "nan", "hak", NULL };
	return primary_in(tag, zh);
}

bool zhen__lang_is_en(const char *tag)
{
	static const char *const en[] = { "en", "eng", NULL };
	return primary_in(tag, en);
}
