/* readers/docx_parts.c: the parts of a DOCX that say where the text is and
 * how it shows: the relationships of word/document.xml (which member holds
 * the footnotes, the styles, each header) and the styles that hide text.
 * The note references, in the order the text shows them, are here too. */
#include "docx.h"

#include <stdlib.h>
#include <string.h>

void *dx_grow(void *p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return p;
	size_t nc = *cap ? 2 * *cap : 16;
	if (nc > SIZE_MAX / 2 / size)
		return NULL;
	char *q = realloc(p, nc * size);
	if (!q)
		return NULL;
	memset(q + *cap * size, 0, (nc - *cap) * size);
	*cap = nc;
	return q;
}

/* ---- strings kept in an arena, named by offset until it stops growing */

static size_t arena_add(struct zhen__buf *a, const char *s, size_t n)
{
	size_t off = a->len;
	zhen__buf_add(a, s, n);
	zhen__buf_add(a, "", 1);
	return off;
}

/* ---- relationships ---- */

/* @p target resolved against word/ (the folder of document.xml), its "."
 * and ".." segments folded: "footnotes.xml" is word/footnotes.xml,
 * "/word/x.xml" and "../word/x.xml" are word/x.xml. */
static size_t member_of(struct zhen__buf *a, const char *target)
{
	size_t off = a->len;
	const char *s = target;
	if (*s == '/')
		s++;
	else
		zhen__buf_add(a, "word", 4);
	while (*s) {
		size_t n = strcspn(s, "/");
		if (n == 2 && !memcmp(s, "..", 2)) {
			while (a->len > off && a->p[a->len - 1] != '/')
				a->len--;
			if (a->len > off)
				a->len--;
		} else if (n && !(n == 1 && *s == '.')) {
			if (a->len > off)
				zhen__buf_add(a, "/", 1);
			zhen__buf_add(a, s, n);
		}
		s += n + (s[n] == '/');
	}
	zhen__buf_add(a, "", 1);
	return off;
}

static int rel_cmp(const void *a, const void *b)
{
	return strcmp(((const struct dx_rel *)a)->id,
	              ((const struct dx_rel *)b)->id);
}

/* One <Relationship>: its strings into the arena, their offsets into
 * @p offs (three a relationship). External targets are no member. */
static int rel_add(struct dx_rels *rels, struct zhen__buf *offs,
                   struct zhen__xml *x)
{
	xmlChar *id = zhen__xml_attr(x, "Id");
	xmlChar *type = zhen__xml_attr(x, "Type");
	xmlChar *target = zhen__xml_attr(x, "Target");
	xmlChar *mode = zhen__xml_attr(x, "TargetMode");
	if (id && type && target &&
	    !(mode && !strcmp((const char *)mode, "External"))) {
		size_t o[3];
		o[0] = arena_add(&rels->arena, (const char *)id,
		                 strlen((const char *)id));
		o[1] = arena_add(&rels->arena, (const char *)type,
		                 strlen((const char *)type));
		o[2] = member_of(&rels->arena, (const char *)target);
		zhen__buf_add(offs, (const char *)o, sizeof o);
	}
	xmlFree(id);
	xmlFree(type);
	xmlFree(target);
	xmlFree(mode);
	return rels->arena.oom || offs->oom ? ZHEN_ENOMEM : 0;
}

/* The offsets made pointers, now that the arena is complete. */
static int rels_index(struct dx_rels *rels, const struct zhen__buf *offs)
{
	size_t n = offs->len / (3 * sizeof(size_t));
	if (!n)
		return 0;
	rels->r = malloc(n * sizeof *rels->r);
	if (!rels->r)
		return ZHEN_ENOMEM;
	const size_t *o = (const size_t *)(const void *)offs->p;
	for (size_t i = 0; i < n; i++)
		rels->r[i] = (struct dx_rel){ rels->arena.p + o[3 * i],
		                              rels->arena.p + o[3 * i + 1],
		                              rels->arena.p + o[3 * i + 2] };
	rels->n = n;
	qsort(rels->r, n, sizeof *rels->r, rel_cmp);
	return 0;
}

int dx_rels_read(struct dx_rels *rels, struct zhen__zip *z)
{
	static const char member[] = "word/_rels/document.xml.rels";
	memset(rels, 0, sizeof *rels);
	char *xml;
	size_t len;
	int rc = zhen__zip_read(&xml, &len, z, member, false);
	if (rc != 0) /* none: the parts keep their usual names */
		return rc < 0 ? rc : 0;
	struct zhen__xml x;
	struct zhen__buf offs = { 0 };
	if ((rc = zhen__xml_open(&x, z->ctx, xml, len, member)) == 0) {
		while ((rc = zhen__xml_next(&x)) == 1)
			if (zhen__xml_is(&x, XML_READER_TYPE_ELEMENT,
			                 "Relationship") &&
			    (rc = rel_add(rels, &offs, &x)) < 0)
				break;
		if (rc == 0)
			rc = rels_index(rels, &offs);
		zhen__xml_close(&x);
	}
	zhen__buf_free(&offs);
	free(xml);
	if (rc == ZHEN_ENOMEM)
		return zhen__fail(z->ctx, rc, "out of memory");
	return rc;
}

const char *dx_rels_member(const struct dx_rels *rels, const char *id)
{
	struct dx_rel key = { id, NULL, NULL };
	const struct dx_rel *r =
		rels->n ? bsearch(&key, rels->r, rels->n, sizeof *rels->r,
		                  rel_cmp)
		        : NULL;
	return r ? r->member : NULL;
}

const char *dx_rels_find(const struct dx_rels *rels, const char *kind)
{
	size_t k = strlen(kind);
	for (size_t i = 0; i < rels->n; i++) {
		const char *t = rels->r[i].type;
		size_t n = strlen(t);
		if (n > k && t[n - k - 1] == '/' && !strcmp(t + n - k, kind))
			return rels->r[i].member;
	}
	return NULL;
}

void dx_rels_free(struct dx_rels *rels)
{
	zhen__buf_free(&rels->arena);
	free(rels->r);
	memset(rels, 0, sizeof *rels);
}

/* ---- styles ---- */

/* A style as styles.xml defines it: offsets of its id and of the style it
 * is based on (SIZE_MAX: none), and its own w:vanish (-1: not said). */
struct style {
	size_t id, based;
	signed char vanish;
	bool is_default, paragraph;
};

/* The elements of styles.xml that matter, by depth (the part is shallow:
 * w:styles/w:style/w:rPr/w:vanish). */
enum { S_OTHER, S_STYLE, S_BASED, S_RPR, S_VANISH, S_RPRDEFAULT };
enum { S_DEPTH = 8 };

struct styles_read {
	struct dx_styles *st;
	struct zhen__xml x;
	struct style *s;
	size_t n, cap;
	unsigned char at[S_DEPTH]; /* what the open element at each depth is */
	signed char doc_vanish;
};

/* An ST_OnOff attribute: "true", "1", "on" (or absent, when @p absent is
 * true) is on. */
static bool attr_on(struct zhen__xml *x, const char *name, bool absent)
{
	xmlChar *v = zhen__xml_attr(x, name);
	bool on = v ? !strcmp((const char *)v, "true") ||
	                  !strcmp((const char *)v, "1") ||
	                  !strcmp((const char *)v, "on")
	            : absent;
	xmlFree(v);
	return on;
}

static bool attr_is(struct zhen__xml *x, const char *name, const char *want)
{
	xmlChar *v = zhen__xml_attr(x, name);
	bool is = v && !strcmp((const char *)v, want);
	xmlFree(v);
	return is;
}

/* An attribute's value into the arena: its offset, or SIZE_MAX. */
static size_t attr_keep(struct zhen__buf *a, struct zhen__xml *x,
                        const char *name)
{
	xmlChar *v = zhen__xml_attr(x, name);
	size_t off = v ? arena_add(a, (const char *)v, strlen((const char *)v))
	               : SIZE_MAX;
	xmlFree(v);
	return off;
}

static int style_open(struct styles_read *sr)
{
	struct style *grown = dx_grow(sr->s, &sr->cap, sr->n, sizeof *grown);
	if (!grown)
		return ZHEN_ENOMEM;
	sr->s = grown;
	struct style *s = &sr->s[sr->n++];
	*s = (struct style){ attr_keep(&sr->st->arena, &sr->x, "styleId"),
	                     SIZE_MAX, -1,
	                     attr_on(&sr->x, "default", false),
	                     attr_is(&sr->x, "type", "paragraph") };
	return 0;
}

static unsigned char style_kind(const char *name)
{
	static const struct {
		const char *name;
		unsigned char kind;
	} kinds[] = {
		{ "style", S_STYLE }, { "basedOn", S_BASED }, { "rPr", S_RPR },
		{ "vanish", S_VANISH }, { "rPrDefault", S_RPRDEFAULT },
	};
	for (size_t i = 0; name && i < sizeof kinds / sizeof *kinds; i++)
		if (!strcmp(kinds[i].name, name))
			return kinds[i].kind;
	return S_OTHER;
}

/* One element of styles.xml. */
static int style_element(struct styles_read *sr)
{
	int d = xmlTextReaderDepth(sr->x.r);
	if (d < 0 || d >= S_DEPTH)
		return 0;
	unsigned char k = style_kind(
		(const char *)xmlTextReaderConstLocalName(sr->x.r));
	sr->at[d] = k;
	unsigned char up = d >= 1 ? sr->at[d - 1] : S_OTHER;
	unsigned char up2 = d >= 2 ? sr->at[d - 2] : S_OTHER;
	struct style *cur = sr->n ? &sr->s[sr->n - 1] : NULL;
	if (k == S_STYLE)
		return style_open(sr);
	if (k == S_BASED && up == S_STYLE && cur)
		cur->based = attr_keep(&sr->st->arena, &sr->x, "val");
	else if (k == S_VANISH && up == S_RPR && up2 == S_STYLE && cur)
		cur->vanish = attr_on(&sr->x, "val", true);
	else if (k == S_VANISH && up == S_RPR && up2 == S_RPRDEFAULT)
		sr->doc_vanish = attr_on(&sr->x, "val", true);
	return 0;
}

/* A style sorted by id, for the chains of w:basedOn. */
struct named {
	const char *id;
	const struct style *s;
};

static int named_cmp(const void *a, const void *b)
{
	return strcmp(((const struct named *)a)->id,
	              ((const struct named *)b)->id);
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Whether @p s hides text: its own w:vanish, else that of the style it is
 * based on, and so on (a cycle or a chain past 64 styles ends it). */
static bool chain_hides(const struct named *by_id, size_t n,
                        const struct style *s, const char *arena)
{
	for (int hop = 0; s && hop < 64; hop++) {
		if (s->vanish >= 0)
			return s->vanish;
		if (s->based == SIZE_MAX)
			return false;
		struct named key = { arena + s->based, NULL };
		const struct named *up = bsearch(&key, by_id, n, sizeof *by_id,
		                                 named_cmp);
		s = up ? up->s : NULL;
	}
	return false;
}

/* The ids of the styles that hide text, sorted; the defaults. */
static int styles_resolve(struct styles_read *sr)
{
	struct dx_styles *st = sr->st;
	const char *arena = st->arena.p;
	struct named *by_id = malloc((sr->n ? sr->n : 1) * sizeof *by_id);
	st->hidden = malloc((sr->n ? sr->n : 1) * sizeof *st->hidden);
	if (!by_id || !st->hidden) {
		free(by_id);
		return ZHEN_ENOMEM;
	}
	size_t n = 0;
	for (size_t i = 0; i < sr->n; i++)
		if (sr->s[i].id != SIZE_MAX)
			by_id[n++] = (struct named){ arena + sr->s[i].id,
			                             &sr->s[i] };
	qsort(by_id, n, sizeof *by_id, named_cmp);
	for (size_t i = 0; i < n; i++) {
		const struct style *s = by_id[i].s;
		if (!chain_hides(by_id, n, s, arena))
			continue;
		st->hidden[st->n++] = by_id[i].id;
		if (s->is_default && s->paragraph)
			st->p_default = true;
		else if (s->is_default)
			st->r_default = true;
	}
	qsort(st->hidden, st->n, sizeof *st->hidden, str_cmp);
	st->doc_default = sr->doc_vanish > 0;
	free(by_id);
	return 0;
}

int dx_styles_read(struct dx_styles *st, zhen_ctx *ctx, const char *member,
                   const char *xml, size_t len)
{
	struct styles_read sr = { .st = st, .doc_vanish = -1 };
	int rc = zhen__xml_open(&sr.x, ctx, xml, len, member);
	if (rc < 0)
		return rc;
	while ((rc = zhen__xml_next(&sr.x)) == 1)
		if (xmlTextReaderNodeType(sr.x.r) == XML_READER_TYPE_ELEMENT &&
		    (rc = style_element(&sr)) < 0)
			break;
	zhen__xml_close(&sr.x);
	if (rc == 0 && st->arena.oom)
		rc = ZHEN_ENOMEM;
	if (rc == 0)
		rc = styles_resolve(&sr);
	free(sr.s);
	if (rc == ZHEN_ENOMEM)
		return zhen__fail(ctx, rc, "out of memory");
	return rc;
}

bool dx_style_hides(const struct dx_styles *st, const char *id,
                    bool paragraph)
{
	if (!id)
		return paragraph ? st->p_default : st->r_default;
	return st->n && bsearch(&id, st->hidden, st->n, sizeof *st->hidden,
	                        str_cmp);
}

void dx_styles_free(struct dx_styles *st)
{
	zhen__buf_free(&st->arena);
	free(st->hidden);
	memset(st, 0, sizeof *st);
}

/* ---- note references ---- */

bool dx_notes_add(struct dx_notes *notes, long id, bool custom)
{
	struct dx_noteref *p = dx_grow(notes->r, &notes->cap, notes->n,
	                               sizeof *p);
	if (!p)
		return false;
	notes->r = p;
	notes->r[notes->n] = (struct dx_noteref){
		id, custom ? 0 : ++notes->numbered, notes->n };
	notes->n++;
	return true;
}

/* By id, then by position: the first reference to a note names it. */
static int noteref_cmp(const void *a, const void *b)
{
	const struct dx_noteref *x = a, *y = b;
	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

void dx_notes_index(struct dx_notes *notes)
{
	if (notes->n)
		qsort(notes->r, notes->n, sizeof *notes->r, noteref_cmp);
}

const struct dx_noteref *dx_notes_find(const struct dx_notes *notes,
                                       long id)
{
	size_t lo = 0, hi = notes->n;
	while (lo < hi) { /* the first reference with this id */
		size_t mid = lo + (hi - lo) / 2;
		if (notes->r[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < notes->n && notes->r[lo].id == id ? &notes->r[lo] : NULL;
}
