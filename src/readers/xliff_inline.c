/* readers/xliff_inline.c: the content of a <source> or <target> as a
 * reader sees it. XLIFF marks formatting and native codes inline; none of
 * it is text, and a tag's id (<x id="7"/>) must never read as a figure.
 *
 * - Paired tags keep their text and leave no mark: 1.2 <g>, <mrk>, 2.x
 *   <pc>, <mrk>, and elements of other namespaces.
 * - The parts of a paired code (1.2 <bx/>, <ex/>, <bpt>, <ept>, <it>;
 *   2.x <sc/>, <ec/>, and the annotation markers <sm/>, <em/>) leave no
 *   mark either: they stand where a paired tag's ends would, so
 *   "<bx/>34<ex/>億" reads 34億 as "<g>34</g>億" does. Their content is
 *   native code (<bpt>&lt;b&gt;</bpt>): left out.
 * - Standalone codes (1.2 <x/>, <ph>, 2.x <ph/>: a line break, an image,
 *   a field) are placeholders: zhen__inline_code(), a space only between
 *   two letters or digits. <ph>'s content is native code: left out.
 * - <sub> holds a sub-flow (an image's alt text inside a code): it is
 *   another segment's text, left out of this one.
 * - 2.x <cp hex="00A0"/> is a character XML cannot carry: decoded.
 * - SDLXLIFF's tracked deletions (<mrk mtype="x-sdl-deleted">) are no
 *   longer part of the text: left out; insertions are kept.
 * Entities and character references come decoded from libxml2 (&#160; is
 * U+00A0, never the figure 160). Nothing here recurses: nesting is
 * followed by depth, and libxml2's reader (zhen__xml_next) refuses
 * nesting past ZHEN__XML_MAX_DEPTH. */
#include "xliff.h"

#include <stdlib.h>
#include <string.h>

enum kind {
	K_TEXT, /* content is text */
	K_PART, /* part of a paired code: no mark, content left out */
	K_CODE, /* standalone code: a placeholder, content left out */
	K_DROP, /* content is no part of this text */
	K_CP,   /* a code point */
	K_MRK   /* <mrk>: text, a segment (1.2 mtype="seg"), or deleted */
};

static const struct {
	const char *name;
	enum kind k;
} kinds[] = {
	{ "g", K_TEXT },   { "pc", K_TEXT },  { "mrk", K_MRK },
	{ "x", K_CODE },   { "ph", K_CODE },  { "bx", K_PART },
	{ "ex", K_PART },  { "bpt", K_PART }, { "ept", K_PART },
	{ "it", K_PART },  { "sc", K_PART },  { "ec", K_PART },
	{ "sm", K_PART },  { "em", K_PART },  { "sub", K_DROP },
	{ "cp", K_CP },
};

static enum kind kind_of(const char *name)
{
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		if (!strcmp(kinds[i].name, name))
			return kinds[i].k;
	return K_TEXT;
}

/* A walk through one element's content. */
struct walk {
	struct zhen__xlf *r;
	struct zhen__xlf_texts *segs; /* NULL: segments are not split */
	int drop;                     /* depth whose content is left out */
	int seg;                      /* depth of the open segment, or -1 */
	struct zhen__xlf_text cur;    /* the open segment */
	struct zhen__follow fl;       /* where its nodes are in the file */
};

static void add_text(struct walk *w, const char *s, size_t n,
                     const struct zhen__omap *src)
{
	zhen__inline_text_at(&w->r->all, s, n, src);
	if (w->seg >= 0)
		zhen__inline_text_at(&w->r->seg, s, n, src);
}

static void add_code(struct walk *w)
{
	zhen__inline_code(&w->r->all);
	if (w->seg >= 0)
		zhen__inline_code(&w->r->seg);
}

/* Keep @p m's runs as @p out's map. */
static void keep_map(struct zhen__xlf *r, const struct zhen__omap *m,
                     struct zhen__xlf_text *out)
{
	out->map = ZHEN__XLF_NONE;
	out->nmap = 0;
	if (!m)
		return;
	while (r->capruns - r->nruns < m->n)
		if (!zhen__xlf_grow(r, (void **)&r->runs, &r->capruns,
		                    r->capruns, sizeof *r->runs))
			return;
	if (m->n)
		memcpy(r->runs + r->nruns, m->r, m->n * sizeof *m->r);
	out->map = r->nruns;
	out->nmap = m->n;
	r->nruns += m->n;
}

const struct zhen__omap *zhen__xlf_map(const struct zhen__xlf *r,
                                       const struct zhen__xlf_text *t,
                                       struct zhen__omap *m)
{
	if (t->map == ZHEN__XLF_NONE || !t->nmap)
		return NULL;
	*m = (struct zhen__omap){ .r = r->runs + t->map, .n = t->nmap };
	return m;
}

/* Keep what @p t holds as @p out's text. */
static void keep_text(struct zhen__xlf *r, struct zhen__inline *t,
                      struct zhen__xlf_text *out)
{
	size_t n = 0;
	const char *s = zhen__inline_get(t, &n);
	if (!s) {
		r->oom = true;
		return;
	}
	out->text = zhen__xlf_keep(r, s, n);
	out->len = n;
	keep_map(r, zhen__inline_map(t), out);
}

static void seg_close(struct walk *w)
{
	struct zhen__xlf_texts *s = w->segs;
	keep_text(w->r, &w->r->seg, &w->cur);
	w->seg = -1;
	if (zhen__xlf_grow(w->r, (void **)&s->v, &s->cap, s->n, sizeof *s->v))
		s->v[s->n++] = w->cur;
}

static void seg_open(struct walk *w, int depth)
{
	struct zhen__xml *x = &w->r->x;
	xmlChar *mid = zhen__xml_attr(x, "mid");
	w->cur = (struct zhen__xlf_text){ .mid = ZHEN__XLF_NONE };
	if (mid)
		w->cur.mid = zhen__xlf_keep(w->r, (const char *)mid,
		                            strlen((const char *)mid));
	xmlFree(mid);
	zhen__xml_tag_pos(x, &w->cur.line, &w->cur.byte);
	zhen__inline_reset(&w->r->seg);
	w->seg = depth;
	if (xmlTextReaderIsEmptyElement(x->r))
		seg_close(w);
}

/* <cp hex="..."/>: the character, or a placeholder for what is no
 * character (a surrogate, NUL, junk) or no text (a control). */
static void code_point(struct walk *w)
{
	xmlChar *hex = zhen__xml_attr(&w->r->x, "hex");
	const char *h = (const char *)hex;
	char *end = NULL;
	unsigned long cp = h && *h && strlen(h) <= 6 ? strtoul(h, &end, 16) : 0;
	bool ok = end && !*end && h[0] != '-' && h[0] != '+' && cp &&
	          cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
	xmlFree(hex);
	/* the character stands where its tag does */
	char u[4];
	size_t la = ok ? zhen__utf8_put(u, (int32_t)cp) : 0;
	struct zhen__orun run = { 0, w->fl.tag, 1, (unsigned)la,
	                          (unsigned)(w->fl.tag_end - w->fl.tag) };
	struct zhen__omap m = { &run, 1, 1, la, run.o + run.lo, false };
	const struct zhen__omap *src = w->fl.lost ? NULL : &m;
	if (ok && (cp == '\t' || cp == '\n' || cp == '\r')) {
		run.la = 1;
		m.alen = 1;
		add_text(w, " ", 1, src);
	} else if (!ok || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
		add_code(w);
	} else {
		add_text(w, u, la, src);
	}
}

/* <mrk>: a segment of 1.2 (only where segments are split, and not
 * inside one), a tracked deletion (content left out), or text. */
static void mark(struct walk *w, int depth, bool empty)
{
	xmlChar *t = zhen__xml_attr(&w->r->x, "mtype");
	const char *mt = t ? (const char *)t : "";
	if (w->segs && w->seg < 0 && !strcmp(mt, "seg"))
		seg_open(w, depth);
	else if (!strcmp(mt, "x-sdl-deleted") && !empty)
		w->drop = depth;
	xmlFree(t);
}

static void element(struct walk *w, int depth)
{
	struct zhen__xml *x = &w->r->x;
	bool empty = xmlTextReaderIsEmptyElement(x->r) == 1;
	switch (kind_of((const char *)xmlTextReaderConstLocalName(x->r))) {
	case K_TEXT:
		break;
	case K_MRK:
		mark(w, depth, empty);
		break;
	case K_CODE: /* a placeholder; its content is native code */
		add_code(w);
		if (!empty)
			w->drop = depth;
		break;
	case K_PART:
	case K_DROP:
		if (!empty)
			w->drop = depth;
		break;
	case K_CP:
		code_point(w);
		if (!empty)
			w->drop = depth;
		break;
	}
}

static bool is_text(int type)
{
	return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
	       type == XML_READER_TYPE_WHITESPACE ||
	       type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

/* One node inside the content; 1 at the content's end. */
static int node(struct walk *w, int top)
{
	xmlTextReaderPtr xr = w->r->x.r;
	int type = xmlTextReaderNodeType(xr), depth = xmlTextReaderDepth(xr);
	const struct zhen__omap *src = zhen__follow_node(&w->fl, &w->r->x);
	if (type == XML_READER_TYPE_END_ELEMENT) {
		if (depth == top)
			return 1;
		if (depth == w->drop)
			w->drop = -1;
		else if (depth == w->seg && w->drop < 0)
			seg_close(w);
		return 0;
	}
	if (w->drop >= 0)
		return 0;
	if (is_text(type)) {
		const char *s = (const char *)xmlTextReaderConstValue(xr);
		if (s)
			add_text(w, s, strlen(s), src);
	} else if (type == XML_READER_TYPE_ELEMENT) {
		element(w, depth);
	}
	return 0;
}

int zhen__xlf_content(struct zhen__xlf *r, struct zhen__xlf_text *all,
                      struct zhen__xlf_texts *segs)
{
	struct zhen__xml *x = &r->x;
	struct walk w = { .r = r, .segs = segs, .drop = -1, .seg = -1 };
	int top = xmlTextReaderDepth(x->r), rc = 0;
	*all = (struct zhen__xlf_text){ .mid = ZHEN__XLF_NONE };
	zhen__xml_tag_pos(x, &all->line, &all->byte);
	zhen__inline_reset(&r->all);
	zhen__follow_begin(&w.fl, x);
	if (!xmlTextReaderIsEmptyElement(x->r)) {
		while ((rc = zhen__xml_next(x)) == 1 && !node(&w, top))
			;
		if (rc <= 0)
			zhen__follow_free(&w.fl);
		if (rc < 0)
			return rc;
		if (rc == 0)
			return zhen__xml_fail(x, "%s ends inside an element",
			                      x->what);
	}
	zhen__follow_free(&w.fl);
	keep_text(r, &r->all, all);
	if (r->oom)
		return zhen__fail(x->ctx, ZHEN_ENOMEM, "out of memory");
	return 0;
}
