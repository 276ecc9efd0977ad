/* readers/docx_walk.c: one part of a DOCX (document.xml, footnotes.xml,
 * a header...) walked with libxml2's streaming reader, element by
 * element, into the lines of docx_lines.c. What a Word user sees is read:
 * runs joined (a figure split across runs reads whole), inserted text
 * kept; deleted text, hidden text (w:vanish, directly or through the
 * paragraph and character styles), field codes, ruby text and equations
 * left out; of the two copies of a text box that mc:AlternateContent
 * holds, one. ECMA-376 Part 1, §17 (WordprocessingML) and Part 3 (markup
 * compatibility) say what each element is. */
#include "docx_walk.h"

#include <stdlib.h>
#include <string.h>

/* What an element is to the walk. */
enum {
	K_OTHER, K_BODY, K_P, K_PPR, K_PSTYLE, K_R, K_RPR, K_RSTYLE,
	K_VANISH, K_T, K_INSTR, K_HIDE, K_DEL, K_DROP, K_SPACE, K_HYPHEN,
	K_CODE, K_FNREF, K_ENREF, K_FLDCHAR, K_FLDSIMPLE, K_TXBX, K_TBL,
	K_TR, K_TC, K_HDRREF, K_FTRREF, K_NOTE, K_STORY, K_ALT, K_BRANCH,
	K_MATH
};

struct kind_name {
	const char *name;
	unsigned char kind;
};

/* WordprocessingML's elements that matter, sorted by name (bsearch). */
static const struct kind_name w_kinds[] = {
	{ "body", K_BODY },
	{ "br", K_SPACE },            /* a line, page or column break */
	{ "cr", K_SPACE },
	{ "del", K_DEL },             /* deleted runs (tracked changes) */
	{ "delInstrText", K_HIDE },
	{ "delText", K_HIDE },
	{ "drawing", K_CODE },        /* an image, or a text box's anchor */
	{ "endnote", K_NOTE },
	{ "endnoteRef", K_CODE },     /* the note's own number mark */
	{ "endnoteReference", K_ENREF },
	{ "fldChar", K_FLDCHAR },
	{ "fldSimple", K_FLDSIMPLE },
	{ "footerReference", K_FTRREF },
	{ "footnote", K_NOTE },
	{ "footnoteRef", K_CODE },
	{ "footnoteReference", K_FNREF },
	{ "ftr", K_STORY },
	{ "hdr", K_STORY },
	{ "headerReference", K_HDRREF },
	{ "instrText", K_INSTR },
	{ "moveFrom", K_DEL },        /* moved away: shown at its new place */
	{ "noBreakHyphen", K_HYPHEN },
	{ "numberingChange", K_DROP },
	{ "object", K_CODE },
	{ "p", K_P },
	{ "pPr", K_PPR },
	{ "pPrChange", K_DROP },      /* the properties before a revision */
	{ "pStyle", K_PSTYLE },
	{ "pgNum", K_CODE },
	{ "pict", K_CODE },
	{ "ptab", K_SPACE },
	{ "r", K_R },
	{ "rPr", K_RPR },
	{ "rPrChange", K_DROP },
	{ "rStyle", K_RSTYLE },
	{ "rt", K_HIDE },             /* ruby text: a reading over the base */
	{ "rubyPr", K_DROP },
	{ "sdtEndPr", K_DROP },
	{ "sdtPr", K_DROP },          /* a content control's settings */
	{ "sectPrChange", K_DROP },
	{ "sym", K_CODE },            /* a symbol font's character */
	{ "t", K_T },
	{ "tab", K_SPACE },
	{ "tbl", K_TBL },
	{ "tblPrChange", K_DROP },
	{ "tc", K_TC },
	{ "tcPrChange", K_DROP },
	{ "tr", K_TR },
	{ "trPrChange", K_DROP },
	{ "txbxContent", K_TXBX },
	{ "vanish", K_VANISH },       /* hidden text */
};

static const char *const w_ns[] = {
	"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
	"http://purl.oclc.org/ooxml/wordprocessingml/main", /* Strict */
};
static const char mc_ns[] =
	"http://schemas.openxmlformats.org/markup-compatibility/2006";
static const char *const m_ns[] = {
	"http://schemas.openxmlformats.org/officeDocument/2006/math",
	"http://purl.oclc.org/ooxml/officeDocument/math",
};

static int kind_cmp(const void *key, const void *k)
{
	return strcmp(key, ((const struct kind_name *)k)->name);
}

static bool ns_is(const char *ns, const char *const *list, size_t n)
{
	for (size_t i = 0; ns && i < n; i++)
		if (!strcmp(ns, list[i]))
			return true;
	return false;
}

static unsigned char classify(struct dx_walk *w)
{
	const char *ns = (const char *)xmlTextReaderConstNamespaceUri(w->x.r);
	const char *ln = (const char *)xmlTextReaderConstLocalName(w->x.r);
	if (!ns || !ln)
		return K_OTHER;
	if (ns_is(ns, w_ns, 2)) {
		const struct kind_name *k =
			bsearch(ln, w_kinds, sizeof w_kinds / sizeof *w_kinds,
			        sizeof *w_kinds, kind_cmp);
		return k ? k->kind : K_OTHER;
	}
	if (!strcmp(ns, mc_ns))
		return !strcmp(ln, "AlternateContent") ? K_ALT
		     : !strcmp(ln, "Choice") || !strcmp(ln, "Fallback") ? K_BRANCH
		     : K_OTHER;
	if (ns_is(ns, m_ns, 2) &&
	    (!strcmp(ln, "oMath") || !strcmp(ln, "oMathPara")))
		return K_MATH;
	return K_OTHER;
}

/* ---- attributes ---- */

static bool attr_is(struct dx_walk *w, const char *name, const char *want)
{
	xmlChar *v = zhen__xml_attr(&w->x, name);
	bool is = v && !strcmp((const char *)v, want);
	xmlFree(v);
	return is;
}

/* ST_OnOff (w:val): absent, "true", "1" or "on" is on. */
static bool val_on(struct dx_walk *w)
{
	xmlChar *v = zhen__xml_attr(&w->x, "val");
	bool on = !v || !strcmp((const char *)v, "true") ||
	          !strcmp((const char *)v, "1") ||
	          !strcmp((const char *)v, "on");
	xmlFree(v);
	return on;
}

/* An integer attribute (a note's w:id); false when absent or no number. */
static bool attr_long(struct dx_walk *w, const char *name, long *out)
{
	xmlChar *v = zhen__xml_attr(&w->x, name);
	char *end = NULL;
	bool ok = v && *v;
	if (ok)
		*out = strtol((const char *)v, &end, 10);
	ok = ok && end && *end == 0;
	xmlFree(v);
	return ok;
}

/* ---- what the text shows ---- */

static bool shows(const struct dx_walk *w, const struct dx_el *e)
{
	return !(e->flags & (F_HIDE | F_DROP)) && !w->fld.hiding;
}

/* The run's text is hidden: its own w:vanish is absolute; otherwise the
 * styles toggle it, each level that sets it on (document defaults, the
 * paragraph's style, the run's character style) turning it over
 * (ECMA-376 §17.7.3). */
static void run_hidden(struct dx_walk *w, struct dx_el *r)
{
	const struct dx_styles *st = &w->d->styles;
	struct dx_para *p = dx_para_top(w);
	bool hidden;
	if (r->vanish >= 0)
		hidden = r->vanish;
	else
		hidden = st->doc_default ^ (p && p->hides) ^
		         (r->rstyle >= 0 ? r->rstyle
		                         : dx_style_hides(st, NULL, false));
	r->flags = r->inherited | (hidden ? F_HIDE : 0);
}

/* ---- boxes: tables, cells, text boxes, notes ---- */

static void open_table(struct dx_walk *w, struct dx_el *e)
{
	struct dx_box *b = dx_box_top(w);
	if (!b)
		return;
	size_t t = ++b->tables;
	e->pushed = dx_box_open(w, BX_TABLE, "%stable %zu", dx_box_prefix(w, b),
	                        t);
}

static void open_cell(struct dx_walk *w, struct dx_el *e)
{
	struct dx_box *t = dx_box_top(w);
	if (!t || t->what != BX_TABLE)
		return;
	size_t row = t->rows ? t->rows : 1, cell = ++t->cells;
	e->pushed = dx_box_open(w, BX_CELL, "%.*s, row %zu, cell %zu",
	                        (int)t->name_len, w->names.p + t->name, row,
	                        cell);
}

static void open_textbox(struct dx_walk *w, struct dx_el *e)
{
	if (!w->nbx)
		return;
	struct dx_box *story = &w->bx[0];
	if (e->flags & F_HIDE) { /* a text box in hidden or deleted text */
		e->pushed = dx_box_open(w, BX_TEXTBOX, "hidden text box");
		return;
	}
	size_t n = ++story->boxes;
	e->pushed = dx_box_open(w, BX_TEXTBOX, "%stext box %zu",
	                        dx_box_prefix(w, story), n);
}

/* Where the lines of a note begin, to put the notes in the order of
 * their references once the part is read. */
static bool note_seg(struct dx_doc *d, size_t key)
{
	struct dx_seg *p = dx_grow(d->seg, &d->capseg, d->nseg, sizeof *p);
	if (!p)
		return false;
	d->seg = p;
	d->seg[d->nseg++] = (struct dx_seg){ key, d->text.len, d->labels.len,
	                                     0, 0 };
	return true;
}

/* A footnote or endnote of its part: named by the number its reference
 * shows; left out when no text shows a reference to it (Word's separator
 * notes have none). */
static void open_note(struct dx_walk *w, struct dx_el *e)
{
	bool foot = w->part == DX_FOOTNOTES;
	long id;
	const struct dx_noteref *ref = NULL;
	xmlChar *type = zhen__xml_attr(&w->x, "type");
	bool normal = !type || !strcmp((const char *)type, "normal");
	xmlFree(type);
	if (normal && attr_long(w, "id", &id))
		ref = dx_notes_find(foot ? &w->d->foot : &w->d->end, id);
	if (!ref) {
		e->flags |= F_DROP;
		return;
	}
	w->fld = (struct dx_fields){ .depth = 0 }; /* each note afresh */
	if (!note_seg(w->d, ref->order)) {
		w->oom = true;
		return;
	}
	const char *what = foot ? "footnote" : "endnote";
	e->pushed = ref->shown
	          ? dx_box_open(w, BX_STORY, "%s %zu", what, ref->shown)
	          : dx_box_open(w, BX_STORY, "%s with a custom mark", what);
}

/* The note a reference in the body points to, in the order shown. */
static void note_ref(struct dx_walk *w, struct dx_el *e, bool foot)
{
	long id;
	dx_code(w);
	if (w->part != DX_DOCUMENT || !shows(w, e) || !attr_long(w, "id", &id))
		return;
	if (!dx_notes_add(foot ? &w->d->foot : &w->d->end, id,
	                  attr_is(w, "customMarkFollows", "1") ||
	                  attr_is(w, "customMarkFollows", "true") ||
	                  attr_is(w, "customMarkFollows", "on")))
		w->oom = true;
}

/* A section's header or footer, by relationship id. */
static void section_ref(struct dx_walk *w, struct zhen__buf *ids)
{
	xmlChar *id = zhen__xml_attr(&w->x, "id");
	if (id && w->part == DX_DOCUMENT) {
		zhen__buf_str(ids, (const char *)id);
		zhen__buf_add(ids, "", 1);
	}
	xmlFree(id);
}

/* ---- elements ---- */

static void field_char(struct dx_walk *w)
{
	xmlChar *t = zhen__xml_attr(&w->x, "fldCharType");
	const char *type = t ? (const char *)t : "";
	if (!strcmp(type, "begin"))
		dx_field_begin(w);
	else if (!strcmp(type, "separate"))
		dx_field_separate(w);
	else if (!strcmp(type, "end"))
		dx_field_end(w);
	xmlFree(t);
}

/* w:fldSimple: its code is an attribute, its runs the result. */
static void field_simple(struct dx_walk *w, struct dx_el *e)
{
	xmlChar *instr = zhen__xml_attr(&w->x, "instr");
	if (instr && dx_field_volatile((const char *)instr)) {
		if (shows(w, e))
			dx_code(w);
		e->flags |= F_HIDE;
	}
	xmlFree(instr);
}

/* What a run's properties say: w:vanish, w:rStyle. */
static void run_property(struct dx_walk *w, struct dx_el *e,
                         struct dx_el *run)
{
	if (e->kind == K_VANISH) {
		run->vanish = val_on(w);
	} else {
		xmlChar *id = zhen__xml_attr(&w->x, "val");
		run->rstyle = id && dx_style_hides(&w->d->styles,
		                                   (const char *)id, false);
		xmlFree(id);
	}
}

/* The inline elements of a run: what they show. */
static void run_content(struct dx_walk *w, struct dx_el *e)
{
	if (!shows(w, e))
		return;
	if (e->kind == K_SPACE)
		dx_text(w, " ", 1);
	else if (e->kind == K_HYPHEN)
		dx_text(w, "-", 1);
	else
		dx_code(w);
}

/* Element @p e opens, inside @p up and @p up2 (NULL at the top). */
static void element_start(struct dx_walk *w, struct dx_el *e,
                          struct dx_el *up, struct dx_el *up2)
{
	unsigned char pk = up ? up->kind : K_OTHER;
	unsigned char pk2 = up2 ? up2->kind : K_OTHER;
	struct dx_para *p;
	switch (e->kind) {
	case K_BODY:
		if (w->part == DX_DOCUMENT)
			e->pushed = dx_box_open(w, BX_BODY, "%s", "");
		break;
	case K_STORY:
		if (w->part == DX_HEADER || w->part == DX_FOOTER)
			e->pushed = dx_box_open(w, BX_STORY, "%s", w->label);
		break;
	case K_NOTE:
		if (w->part == DX_FOOTNOTES || w->part == DX_ENDNOTES)
			open_note(w, e);
		break;
	case K_P:
		dx_para_open(w);
		break;
	case K_PSTYLE:
		p = dx_para_top(w);
		if (p && pk == K_PPR && pk2 == K_P) {
			xmlChar *id = zhen__xml_attr(&w->x, "val");
			p->hides = id && dx_style_hides(&w->d->styles,
			                                (const char *)id, true);
			xmlFree(id);
		}
		break;
	case K_R:
		e->vanish = e->rstyle = -1;
		run_hidden(w, e);
		break;
	case K_VANISH:
	case K_RSTYLE:
		if (pk == K_RPR && pk2 == K_R)
			run_property(w, e, up2);
		break;
	case K_HIDE:
	case K_DEL:
		e->flags |= F_HIDE;
		break;
	case K_DROP:
		e->flags |= F_DROP;
		break;
	case K_SPACE:
	case K_HYPHEN:
	case K_CODE:
		if (pk == K_R)
			run_content(w, e);
		break;
	case K_FNREF:
	case K_ENREF:
		note_ref(w, e, e->kind == K_FNREF);
		break;
	case K_FLDCHAR:
		field_char(w);
		break;
	case K_FLDSIMPLE:
		field_simple(w, e);
		break;
	case K_TXBX:
		open_textbox(w, e);
		break;
	case K_TBL:
		open_table(w, e);
		break;
	case K_TR:
		if (dx_box_top(w) && dx_box_top(w)->what == BX_TABLE) {
			dx_box_top(w)->rows++;
			dx_box_top(w)->cells = 0;
		}
		break;
	case K_TC:
		open_cell(w, e);
		break;
	case K_HDRREF:
		section_ref(w, &w->d->hdr_ids);
		break;
	case K_FTRREF:
		section_ref(w, &w->d->ftr_ids);
		break;
	case K_ALT:
		e->taken = false;
		break;
	case K_BRANCH:
		/* mc:Choice and mc:Fallback hold the same content in two
		 * markups: the first branch is read, the others left out */
		if (pk == K_ALT) {
			if (up->taken)
				e->flags |= F_DROP;
			up->taken = true;
		}
		break;
	case K_MATH:
		if (shows(w, e))
			dx_code(w);
		e->flags |= F_DROP;
		break;
	}
}

/* Element @p e closes; @p up holds it. */
static void element_end(struct dx_walk *w, struct dx_el *e, struct dx_el *up)
{
	if (e->flags & F_DROP)
		return;
	if (e->kind == K_P)
		dx_para_close(w);
	else if (e->kind == K_RPR && up && up->kind == K_R)
		run_hidden(w, up);
	else if (e->pushed)
		dx_box_close(w);
}

/* ---- the walk ---- */

static void on_element(struct dx_walk *w)
{
	struct dx_el *up = w->nel ? &w->el[w->nel - 1] : NULL;
	struct dx_el *up2 = w->nel > 1 ? &w->el[w->nel - 2] : NULL;
	struct dx_el e = { .kind = K_OTHER };
	e.inherited = e.flags = up ? up->flags : 0;
	if (!(e.flags & F_DROP)) {
		e.kind = classify(w);
		element_start(w, &e, up, up2);
	}
	if (xmlTextReaderIsEmptyElement(w->x.r) == 1) {
		element_end(w, &e, up);
		return;
	}
	struct dx_el *p = dx_grow(w->el, &w->capel, w->nel, sizeof *p);
	if (!p) {
		w->oom = true;
		return;
	}
	w->el = p;
	w->el[w->nel++] = e;
}

static void on_end(struct dx_walk *w)
{
	if (!w->nel)
		return;
	struct dx_el e = w->el[--w->nel];
	element_end(w, &e, w->nel ? &w->el[w->nel - 1] : NULL);
}

static void on_text(struct dx_walk *w)
{
	struct dx_el *e = w->nel ? &w->el[w->nel - 1] : NULL;
	if (!e || (e->kind != K_T && e->kind != K_INSTR))
		return;
	const char *s = (const char *)xmlTextReaderConstValue(w->x.r);
	if (!s)
		return;
	if (e->kind == K_T && shows(w, e))
		dx_text(w, s, strlen(s));
	else if (e->kind == K_INSTR && !(e->flags & F_DROP))
		dx_field_code(w, s, strlen(s));
}

static void walk_free(struct dx_walk *w)
{
	zhen__xml_close(&w->x);
	for (size_t i = 0; i < w->cappa; i++)
		zhen__inline_free(&w->pa[i].t);
	free(w->pa);
	free(w->el);
	free(w->bx);
	zhen__buf_free(&w->names);
	zhen__buf_free(&w->pending);
	zhen__buf_free(&w->scratch);
}

static bool walk_oom(const struct dx_walk *w)
{
	for (size_t i = 0; i < w->cappa; i++)
		if (w->pa[i].t.b.oom)
			return true;
	return w->oom || w->names.oom || w->pending.oom || w->scratch.oom ||
	       w->d->text.oom || w->d->labels.oom || w->d->hdr_ids.oom ||
	       w->d->ftr_ids.oom;
}

int dx_walk(struct dx_doc *d, enum dx_part part, const char *member,
            const char *xml, size_t len, const char *label)
{
	struct dx_walk w = { .d = d, .part = part, .label = label ? label : "" };
	int rc = zhen__xml_open(&w.x, d->ctx, xml, len, member);
	if (rc < 0)
		return rc;
	while (!w.oom && (rc = zhen__xml_next(&w.x)) == 1) {
		switch (xmlTextReaderNodeType(w.x.r)) {
		case XML_READER_TYPE_ELEMENT:
			on_element(&w);
			break;
		case XML_READER_TYPE_END_ELEMENT:
			on_end(&w);
			break;
		case XML_READER_TYPE_TEXT:
		case XML_READER_TYPE_CDATA:
		case XML_READER_TYPE_WHITESPACE:
		case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
			on_text(&w);
			break;
		default:
			break;
		}
	}
	if (rc == 0) /* text boxes outside any paragraph */
		dx_flush(&w);
	if (rc >= 0 && walk_oom(&w))
		rc = zhen__fail(d->ctx, ZHEN_ENOMEM, "out of memory");
	walk_free(&w);
	return rc < 0 ? rc : 0;
}
