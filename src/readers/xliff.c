/* readers/xliff.c: XLIFF 1.2, XLIFF 2.0/2.1 and Trados' SDLXLIFF, read as
 * the pairs a translator sees in the CAT tool: one unit per segment.
 *
 * The file is read as a stream (libxml2's reader): a unit is gathered,
 * paired and handed over before the next is read, so memory follows the
 * largest unit and the units kept, never the file. What is no translation
 * is skipped as a subtree: 1.2 <header> (SDLXLIFF's embedded original in
 * base64, its tag and context definitions), <alt-trans> (TM matches),
 * <note>, 2.x <originalData>, <notes>, <ignorable>.
 *
 * Which side is Chinese comes from the languages each <file> declares
 * (1.2 source-language/target-language; 2.x srcLang/trgLang on <xliff>),
 * either way round; a file may hold several <file>s, each with its own.
 *
 * Segments: 1.2 <seg-source> splits a unit into <mrk mtype="seg" mid="N">
 * segments, paired with the target's <mrk> of the same mid; 2.x units
 * hold <segment>s. Ids name what the translator jumps to:
 * - SDLXLIFF: the segment id (mid), which Trados shows as the segment
 *   number: id "12", where "segment 12". Its <sdl:seg> gives the
 *   confirmation level (conf, "Not Translated" when it has none, as
 *   Trados shows it) and the lock.
 * - XLIFF: the unit id, and with it the segment's when the unit holds
 *   several (2.x segment ids are unique only within their unit): id "u7"
 *   or "u7/s2", where "unit u7" or "unit u7, segment s2"; a 2.x segment
 *   with no id is named by its position ("u7/2").
 * A segment with nothing on either side (a unit of tags only) is no
 * unit. The element's line and byte offset come from zhen__xml_tag_pos(),
 * exact for UTF-8 and other ASCII-based encodings. */
#include "xliff.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* SDLXLIFF's <sdl:seg>: a segment's confirmation level and lock. */
struct sdl_seg {
	size_t id, conf;
	bool locked;
};

/* A pair as the unit gives it, before it is a zhen_unit. */
struct pair {
	struct zhen__xlf_text src, trg; /* trg.text ZHEN__XLF_NONE: none */
	size_t seg;                     /* the segment's id, or NONE */
	size_t state;                   /* the file's word, or NONE */
	bool locked;
};

struct reading {
	struct zhen__xlf r;
	bool have_lang, zh_source; /* the current <file>'s languages */
	int lock;            /* depth of a translate="no" file or group */
	/* the unit being read */
	size_t id, line;     /* its id (or NONE), the line it starts */
	bool locked, sdl;
	struct zhen__xlf_text src, trg; /* 1.2 <source>, <target> */
	bool has_src, has_trg;
	size_t state;        /* 1.2 target state */
	struct zhen__xlf_texts ss, ts; /* 1.2 segments of both */
	struct sdl_seg *defs;
	size_t ndefs, capdefs;
	struct pair *pairs;
	size_t npairs, cappairs;
	struct zhen__buf id_b, where_b; /* a unit's id and place */
};

size_t zhen__xlf_keep(struct zhen__xlf *r, const char *s, size_t n)
{
	if (!s)
		return ZHEN__XLF_NONE;
	size_t at = r->b.len;
	zhen__buf_add(&r->b, s, n);
	zhen__buf_add(&r->b, "", 1); /* the NUL, counted */
	r->oom |= r->b.oom;
	return r->b.oom ? ZHEN__XLF_NONE : at;
}

bool zhen__xlf_grow(struct zhen__xlf *r, void **v, size_t *cap, size_t n,
                    size_t size)
{
	if (n < *cap)
		return true;
	size_t nc = *cap ? *cap * 2 : 16;
	void *p = nc < SIZE_MAX / size ? realloc(*v, nc * size) : NULL;
	if (!p)
		return !(r->oom = true);
	*v = p;
	*cap = nc;
	return true;
}

/* A string the unit's buffer holds at @p off, or @p none. */
static const char *str(const struct reading *g, size_t off, const char *none)
{
	return off == ZHEN__XLF_NONE ? none : g->r.b.p + off;
}

/* Keep the attribute @p name of the current element. */
static size_t keep_attr(struct reading *g, const char *name)
{
	xmlChar *v = zhen__xml_attr(&g->r.x, name);
	size_t off = v ? zhen__xlf_keep(&g->r, (const char *)v,
	                                strlen((const char *)v))
	               : ZHEN__XLF_NONE;
	xmlFree(v);
	return off;
}

static bool attr_is(struct reading *g, const char *name, const char *value)
{
	xmlChar *v = zhen__xml_attr(&g->r.x, name);
	bool is = v && !strcmp((const char *)v, value);
	xmlFree(v);
	return is;
}

/* A format error at @p line (the one its element starts at). */
static int fail_line(struct reading *g, size_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int fail_line(struct reading *g, size_t line, const char *fmt, ...)
{
	char msg[300];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	g->r.x.err = zhen__fail_at(g->r.x.ctx, ZHEN_EINPUT, line, 0,
	                           "%s at line %zu", msg, line);
	return g->r.x.err;
}

static int oom(struct reading *g)
{
	return zhen__fail(g->r.x.ctx, ZHEN_ENOMEM, "out of memory");
}

/* ---- languages ---- */

/* The languages of a <file> (1.2) or of the document (2.x): which side is
 * Chinese. The first ones are the units' (zhen_units_lang()). */
static int languages(struct reading *g, const char *src_attr,
                     const char *trg_attr, const char *elem)
{
	struct zhen__xml *x = &g->r.x;
	xmlChar *src = zhen__xml_attr(x, src_attr);
	xmlChar *trg = zhen__xml_attr(x, trg_attr);
	const char *s = (const char *)src, *t = (const char *)trg;
	size_t line, byte;
	zhen__xml_tag_pos(x, &line, &byte);
	int rc = 0;
	if (!t || !*t || !s || !*s)
		rc = fail_line(g, line, "%s: <%s> declares no %s language (%s), "
		               "so zhen cannot tell the Chinese side", x->what,
		               elem, t && *t ? "source" : "target",
		               t && *t ? src_attr : trg_attr);
	else if (zhen__lang_is_zh(s) && zhen__lang_is_en(t))
		g->zh_source = true;
	else if (zhen__lang_is_en(s) && zhen__lang_is_zh(t))
		g->zh_source = false;
	else
		rc = fail_line(g, line, "%s: <%s> pairs %.40s with %.40s; zhen "
		               "checks Chinese and English", x->what, elem, s, t);
	if (rc == 0 && !zhen_units_lang(g->r.u, ZHEN_LANG_ZH) &&
	    zhen__units_set_lang(g->r.u, g->zh_source ? s : t,
	                         g->zh_source ? t : s) < 0)
		rc = oom(g);
	g->have_lang = rc == 0;
	xmlFree(src);
	xmlFree(trg);
	return rc;
}

/* ---- units ---- */

/* The unit's id and place, for pair @p p of @p n. */
static void name_pair(struct reading *g, const struct pair *p, size_t n)
{
	const char *uid = str(g, g->id, NULL), *seg = str(g, p->seg, NULL);
	struct zhen__buf *id = &g->id_b, *where = &g->where_b;
	id->len = where->len = 0;
	if (seg && (g->sdl || !uid)) {
		zhen__buf_str(id, seg);
		zhen__buf_printf(where, "segment %s", seg);
	} else if (seg && n > 1) {
		zhen__buf_printf(id, "%s/%s", uid, seg);
		zhen__buf_printf(where, "unit %s, segment %s", uid, seg);
	} else if (uid) {
		zhen__buf_str(id, uid);
		zhen__buf_printf(where, "unit %s", uid);
	}
}

/* Hand pair @p p (of the unit's @p n) over as a zhen_unit. */
static int emit(struct reading *g, const struct pair *p, size_t n)
{
	bool has_trg = p->trg.text != ZHEN__XLF_NONE;
	if (!p->src.len && (!has_trg || !p->trg.len))
		return 0; /* tags only, or nothing: nothing to check */
	static const struct zhen__xlf_text none = { .text = ZHEN__XLF_NONE,
	                                            .byte = SIZE_MAX,
	                                            .map = ZHEN__XLF_NONE };
	const struct zhen__xlf_text *zh = g->zh_source ? &p->src : &p->trg;
	const struct zhen__xlf_text *en = g->zh_source ? &p->trg : &p->src;
	if (zh->text == ZHEN__XLF_NONE)
		zh = &none;
	if (en->text == ZHEN__XLF_NONE)
		en = &none;
	name_pair(g, p, n);
	zhen_unit u = {
		.zh = str(g, zh->text, ""), .zh_len = zh->len,
		.en = str(g, en->text, ""), .en_len = en->len,
		.id = g->id_b.len ? g->id_b.p : NULL,
		.where = g->where_b.len ? g->where_b.p : NULL,
		.line = zh != &none ? zh->line : p->src.line,
		.en_line = en != &none ? en->line : 0,
		.zh_src = zh->byte, .en_src = en->byte,
		.state = str(g, p->state, NULL),
		.flags = (!has_trg || !p->trg.len ? ZHEN_UNIT_UNTRANSLATED : 0) |
		         (p->locked ? ZHEN_UNIT_LOCKED : 0),
	};
	struct zhen__omap zm, em;
	if (g->id_b.oom || g->where_b.oom ||
	    zhen__units_add_mapped(g->r.u, &u, zhen__xlf_map(&g->r, zh, &zm),
	                           zhen__xlf_map(&g->r, en, &em)) < 0)
		return oom(g);
	return 0;
}

static int add_pair(struct reading *g, const struct pair *p)
{
	if (!zhen__xlf_grow(&g->r, (void **)&g->pairs, &g->cappairs, g->npairs,
	                    sizeof *g->pairs))
		return oom(g);
	g->pairs[g->npairs++] = *p;
	return 0;
}

static int emit_all(struct reading *g)
{
	int rc = 0;
	for (size_t i = 0; i < g->npairs && rc == 0; i++)
		rc = emit(g, &g->pairs[i], g->npairs);
	return rc;
}

/* Whether two ids are the same (both missing counts). */
static bool same_id(const struct reading *g, size_t a, size_t b)
{
	if (a == ZHEN__XLF_NONE || b == ZHEN__XLF_NONE)
		return a == b;
	return !strcmp(g->r.b.p + a, g->r.b.p + b);
}

/* The target segment for source segment @p i: the first unused one with
 * its mid, looked for where it usually is first. */
static struct zhen__xlf_text *partner(struct reading *g, size_t i)
{
	size_t mid = g->ss.v[i].mid;
	struct zhen__xlf_text *t = g->ts.v;
	if (i < g->ts.n && !t[i].used && same_id(g, t[i].mid, mid))
		return &t[i];
	for (size_t j = 0; j < g->ts.n; j++)
		if (!t[j].used && same_id(g, t[j].mid, mid))
			return &t[j];
	return NULL;
}

static const struct sdl_seg *sdl_def(const struct reading *g, size_t i,
                                     size_t mid)
{
	if (i < g->ndefs && same_id(g, g->defs[i].id, mid))
		return &g->defs[i];
	for (size_t j = 0; j < g->ndefs; j++)
		if (same_id(g, g->defs[j].id, mid))
			return &g->defs[j];
	return NULL;
}

/* 1.2 segment @p i paired with its target segment, its SDL state. */
static int pair_segment(struct reading *g, size_t i)
{
	struct zhen__xlf_text *t = partner(g, i);
	struct pair p = { .src = g->ss.v[i], .seg = g->ss.v[i].mid,
	                  .state = g->state, .locked = g->locked };
	p.trg.text = ZHEN__XLF_NONE;
	if (t) {
		t->used = true;
		p.trg = *t;
	}
	const struct sdl_seg *d = sdl_def(g, i, p.seg);
	if (d) {
		p.state = d->conf != ZHEN__XLF_NONE
		              ? d->conf
		              : zhen__xlf_keep(&g->r, "Not Translated", 14);
		p.locked |= d->locked;
	}
	return add_pair(g, &p);
}

/* A 1.2 unit read: its pairs. Segments pair by mid when both sides are
 * split; a target left whole (some tools split only the source) pairs
 * with the whole source. */
static int pair_unit1(struct reading *g)
{
	if (!g->has_src)
		return fail_line(g, g->line, "%s: <trans-unit> %.60s has no "
		                 "<source>", g->r.x.what, str(g, g->id, ""));
	bool whole_target = g->has_trg && !g->ts.n && g->trg.len;
	if (!g->ss.n || whole_target) {
		struct pair p = { .src = g->src, .trg = g->trg,
		                  .seg = ZHEN__XLF_NONE, .state = g->state,
		                  .locked = g->locked };
		if (!g->has_trg)
			p.trg.text = ZHEN__XLF_NONE;
		return add_pair(g, &p);
	}
	int rc = 0;
	for (size_t i = 0; i < g->ss.n && rc == 0; i++)
		rc = pair_segment(g, i);
	for (size_t j = 0; j < g->ts.n && rc == 0; j++)
		if (!g->ts.v[j].used)
			rc = fail_line(g, g->ts.v[j].line, "%s: target segment "
			               "mid=\"%.40s\" has no source segment",
			               g->r.x.what, str(g, g->ts.v[j].mid, ""));
	return rc;
}

/* A new unit at the current element. */
static void unit_start(struct reading *g)
{
	size_t byte;
	g->r.b.len = 0;
	g->r.nruns = 0;
	g->ss.n = g->ts.n = g->ndefs = g->npairs = 0;
	g->has_src = g->has_trg = false;
	g->state = ZHEN__XLF_NONE;
	g->sdl = g->r.sdl;
	g->id = keep_attr(g, "id");
	g->locked = g->lock >= 0 || attr_is(g, "translate", "no");
	zhen__xml_tag_pos(&g->r.x, &g->line, &byte);
}

/* Read the children of the current element, each with @p child (the
 * reader on the child's start tag; it reads the child to its end). */
static int children(struct reading *g,
                    int (*child)(struct reading *, const char *))
{
	struct zhen__xml *x = &g->r.x;
	if (xmlTextReaderIsEmptyElement(x->r))
		return 0;
	int top = xmlTextReaderDepth(x->r), rc;
	while ((rc = zhen__xml_next(x)) == 1) {
		int type = xmlTextReaderNodeType(x->r);
		if (type == XML_READER_TYPE_END_ELEMENT &&
		    xmlTextReaderDepth(x->r) == top)
			return 0;
		if (type != XML_READER_TYPE_ELEMENT)
			continue;
		rc = child(g, (const char *)xmlTextReaderConstLocalName(x->r));
		if (rc < 0)
			return rc;
	}
	return rc < 0 ? rc : zhen__xml_fail(x, "%s ends inside an element",
	                                    x->what);
}

static int skip(struct reading *g)
{
	int rc = zhen__xml_skip(&g->r.x);
	return rc < 0 ? rc : 0;
}

/* <sdl:seg id conf locked> in <sdl:seg-defs>. */
static int sdl_seg(struct reading *g, const char *name)
{
	if (strcmp(name, "seg"))
		return skip(g);
	if (!zhen__xlf_grow(&g->r, (void **)&g->defs, &g->capdefs, g->ndefs,
	                    sizeof *g->defs))
		return oom(g);
	g->defs[g->ndefs++] = (struct sdl_seg){
		.id = keep_attr(g, "id"), .conf = keep_attr(g, "conf"),
		.locked = attr_is(g, "locked", "true"),
	};
	return skip(g);
}

/* A child of 1.2 <trans-unit>. */
static int unit1_child(struct reading *g, const char *name)
{
	struct zhen__xlf_text whole;
	if (!strcmp(name, "source") && !g->has_src) {
		g->has_src = true;
		return zhen__xlf_content(&g->r, &g->src, NULL);
	}
	if (!strcmp(name, "seg-source"))
		return zhen__xlf_content(&g->r, &whole, &g->ss);
	if (!strcmp(name, "target") && !g->has_trg) {
		g->has_trg = true;
		g->state = keep_attr(g, "state");
		return zhen__xlf_content(&g->r, &g->trg, &g->ts);
	}
	if (!strcmp(name, "seg-defs")) {
		g->sdl = true;
		return children(g, sdl_seg);
	}
	return skip(g); /* alt-trans, note, context-group, ... */
}

static int unit1(struct reading *g)
{
	unit_start(g);
	int rc = children(g, unit1_child);
	if (rc == 0)
		rc = pair_unit1(g);
	if (rc == 0)
		rc = emit_all(g);
	return g->r.oom ? oom(g) : rc;
}

/* A child of a 2.x <segment>: its source and target. */
static int segment_child(struct reading *g, const char *name)
{
	struct pair *p = &g->pairs[g->npairs - 1];
	if (!strcmp(name, "source") && p->src.text == ZHEN__XLF_NONE)
		return zhen__xlf_content(&g->r, &p->src, NULL);
	if (!strcmp(name, "target") && p->trg.text == ZHEN__XLF_NONE)
		return zhen__xlf_content(&g->r, &p->trg, NULL);
	return skip(g);
}

static int segment(struct reading *g)
{
	struct pair p = { .seg = keep_attr(g, "id"),
	                  .state = keep_attr(g, "state"), .locked = g->locked };
	p.src.text = p.trg.text = ZHEN__XLF_NONE;
	size_t line, byte;
	zhen__xml_tag_pos(&g->r.x, &line, &byte);
	if (p.seg == ZHEN__XLF_NONE) { /* named by its position */
		char n[24];
		snprintf(n, sizeof n, "%zu", g->npairs + 1);
		p.seg = zhen__xlf_keep(&g->r, n, strlen(n));
	}
	int rc = add_pair(g, &p);
	if (rc == 0)
		rc = children(g, segment_child);
	if (rc == 0 && g->pairs[g->npairs - 1].src.text == ZHEN__XLF_NONE)
		rc = fail_line(g, line, "%s: <segment> %.40s of <unit> %.60s has "
		               "no <source>", g->r.x.what, str(g, p.seg, ""),
		               str(g, g->id, ""));
	return rc;
}

/* A child of a 2.x <unit>: its segments; <ignorable> (white space
 * between segments), <notes>, <originalData> are no text to check. */
static int unit2_child(struct reading *g, const char *name)
{
	return !strcmp(name, "segment") ? segment(g) : skip(g);
}

static int unit2(struct reading *g)
{
	unit_start(g);
	int rc = children(g, unit2_child);
	if (rc == 0)
		rc = emit_all(g);
	return g->r.oom ? oom(g) : rc;
}

/* ---- the document ---- */

/* <xliff>: the version, and 2.x's languages. */
static int root(struct reading *g, const char *name)
{
	struct zhen__xml *x = &g->r.x;
	size_t line, byte;
	zhen__xml_tag_pos(x, &line, &byte);
	if (strcmp(name, "xliff"))
		return fail_line(g, line, "not %s: the document is <%.40s>, not "
		                 "<xliff>", x->what, name);
	xmlChar *v = zhen__xml_attr(x, "version");
	const char *ns = (const char *)xmlTextReaderConstNamespaceUri(x->r);
	if (v && (v[0] == '1' || v[0] == '2'))
		g->r.version = v[0] - '0';
	else
		g->r.version = ns && strstr(ns, "xliff:document:2") ? 2 : 1;
	xmlFree(v);
	return g->r.version == 2 ? languages(g, "srcLang", "trgLang", "xliff")
	                         : 0;
}

/* A start tag outside units: descend into what holds units, skip the
 * rest (<header>, <skeleton>, <notes>, SDL's definitions, <bin-unit>). */
static int start_tag(struct reading *g)
{
	struct zhen__xml *x = &g->r.x;
	const char *name = (const char *)xmlTextReaderConstLocalName(x->r);
	int depth = xmlTextReaderDepth(x->r);
	bool container = !strcmp(name, "file") || !strcmp(name, "group");
	if (depth == 0)
		return root(g, name);
	if (container && g->lock < 0 && attr_is(g, "translate", "no") &&
	    !xmlTextReaderIsEmptyElement(x->r))
		g->lock = depth;
	if (!strcmp(name, "file") && g->r.version == 1)
		return languages(g, "source-language", "target-language", "file");
	if (container || !strcmp(name, "body"))
		return 0;
	bool unit = !strcmp(name, g->r.version == 1 ? "trans-unit" : "unit");
	if (unit && g->r.version == 1 && !g->have_lang)
		return fail_line(g, zhen__xml_line(x), "%s: <trans-unit> outside "
		                 "a <file> that declares its languages", x->what);
	if (unit)
		return g->r.version == 1 ? unit1(g) : unit2(g);
	return skip(g);
}

static void end_tag(struct reading *g)
{
	struct zhen__xml *x = &g->r.x;
	if (xmlTextReaderDepth(x->r) == g->lock)
		g->lock = -1;
	if (g->r.version == 1 && zhen__xml_is(x, XML_READER_TYPE_END_ELEMENT,
	                                      "file"))
		g->have_lang = false;
}

static int walk(struct reading *g)
{
	struct zhen__xml *x = &g->r.x;
	int rc;
	while ((rc = zhen__xml_next(x)) == 1) {
		int type = xmlTextReaderNodeType(x->r);
		if (type == XML_READER_TYPE_END_ELEMENT)
			end_tag(g);
		else if (type == XML_READER_TYPE_ELEMENT &&
		         (rc = start_tag(g)) < 0)
			return rc;
	}
	return rc;
}

static void reading_free(struct reading *g)
{
	zhen__xml_close(&g->r.x);
	zhen__buf_free(&g->r.b);
	free(g->r.runs);
	zhen__inline_free(&g->r.all);
	zhen__inline_free(&g->r.seg);
	zhen__buf_free(&g->id_b);
	zhen__buf_free(&g->where_b);
	free(g->ss.v);
	free(g->ts.v);
	free(g->defs);
	free(g->pairs);
}

int zhen__read_xliff(zhen_units *u, zhen_ctx *ctx, const char *bytes,
                     size_t len, const zhen_read_options *o)
{
	(void)o;
	struct reading g = { .lock = -1 };
	g.r.u = u;
	g.r.sdl = zhen_units_format(u) == ZHEN_FORMAT_SDLXLIFF;
	int rc = zhen__xml_open(&g.r.x, ctx, bytes, len,
	                        g.r.sdl ? "SDLXLIFF" : "XLIFF");
	if (rc == 0) {
		zhen__xml_track_tags(&g.r.x);
		rc = walk(&g);
	}
	reading_free(&g);
	return rc < 0 ? rc : 0;
}
