/* readers/docx.c: a Word document (DOCX) read as one language of a pair.
 * The package's parts are read one at a time — the styles, the body, the
 * footnotes, the endnotes, the headers, the footers — each inflated,
 * walked and freed before the next, so that memory holds one part and the
 * text read so far. Every paragraph with text is a line of the analysis
 * text, named for zhen_doc_place() as a Word user finds it:
 *
 *   paragraph 12                  the body's 12th paragraph with text
 *                                 (empty paragraphs are not counted:
 *                                 they make no line, and readers do not
 *                                 count them either)
 *   table 2, row 3, cell 1        the body's 2nd table (nested tables
 *                                 are named inside their cell)
 *   text box 2                    after the paragraph that anchors it
 *   footnote 4, endnote 1         the number the text shows
 *   header, footer 2              numbered when a document has several
 *
 * and ", paragraph N" after a cell's, note's or box's name from its
 * second paragraph on. */
#include "docx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A part, inflated, walked and freed. Missing: nothing to read, unless
 * @p required. */
static int read_part(struct dx_doc *d, struct zhen__zip *z,
                     enum dx_part part, const char *member,
                     const char *label, bool required)
{
	char *xml;
	size_t len;
	int rc = zhen__zip_read(&xml, &len, z, member, required);
	if (rc != 0)
		return rc < 0 ? rc : 0;
	rc = dx_walk(d, part, member, xml, len, label);
	free(xml);
	return rc;
}

static int read_styles(struct dx_doc *d, struct zhen__zip *z,
                       const struct dx_rels *rels)
{
	const char *member = dx_rels_find(rels, "styles");
	char *xml;
	size_t len;
	int rc = zhen__zip_read(&xml, &len, z,
	                        member ? member : "word/styles.xml", false);
	if (rc != 0)
		return rc < 0 ? rc : 0;
	rc = dx_styles_read(&d->styles, d->ctx,
	                    member ? member : "word/styles.xml", xml, len);
	free(xml);
	return rc;
}

/* ---- headers and footers ---- */

struct section_part {
	const char *member;
	size_t order;
};

static int by_member(const void *a, const void *b)
{
	const struct section_part *x = a, *y = b;
	int c = strcmp(x->member, y->member);
	return c ? c : (x->order > y->order) - (x->order < y->order);
}

static int by_order(const void *a, const void *b)
{
	const struct section_part *x = a, *y = b;
	return (x->order > y->order) - (x->order < y->order);
}

/* The members the sections' references (@p ids, NUL-separated r:ids)
 * name, each once, in the order first named. *n receives their count. */
static struct section_part *section_parts(const struct zhen__buf *ids,
                                          const struct dx_rels *rels,
                                          size_t *n)
{
	size_t cap = 0, k = 0;
	for (size_t i = 0; i < ids->len; i++)
		cap += ids->p[i] == 0;
	struct section_part *sp = malloc((cap ? cap : 1) * sizeof *sp);
	*n = 0;
	if (!sp)
		return NULL;
	for (size_t i = 0; i < ids->len; i += strlen(ids->p + i) + 1) {
		const char *m = dx_rels_member(rels, ids->p + i);
		if (m)
			sp[k] = (struct section_part){ m, k }, k++;
	}
	qsort(sp, k, sizeof *sp, by_member);
	for (size_t i = 0; i < k; i++)
		if (!*n || strcmp(sp[*n - 1].member, sp[i].member))
			sp[(*n)++] = sp[i];
	qsort(sp, *n, sizeof *sp, by_order);
	return sp;
}

/* The headers (or footers) of every section, each part once: "header"
 * when there is one, "header 1", "header 2"... when there are several. */
static int read_sections(struct dx_doc *d, struct zhen__zip *z,
                         const struct dx_rels *rels,
                         const struct zhen__buf *ids, enum dx_part part)
{
	const char *what = part == DX_HEADER ? "header" : "footer";
	size_t n;
	struct section_part *sp = section_parts(ids, rels, &n);
	if (!sp)
		return zhen__fail(d->ctx, ZHEN_ENOMEM, "out of memory");
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		char label[32];
		if (n == 1)
			snprintf(label, sizeof label, "%s", what);
		else
			snprintf(label, sizeof label, "%s %zu", what, i + 1);
		rc = read_part(d, z, part, sp[i].member, label, false);
	}
	free(sp);
	return rc;
}

/* ---- the document ---- */

static int seg_cmp(const void *a, const void *b)
{
	const struct dx_seg *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return (x->text > y->text) - (x->text < y->text);
}

/* The notes of the part just read, put in the order of their references:
 * the numbers the text shows, whatever order the part keeps them in. */
static int notes_in_order(struct dx_doc *d)
{
	size_t n = d->nseg;
	d->nseg = 0;
	if (n < 2)
		return 0;
	const struct dx_seg *first = &d->seg[0];
	size_t text0 = first->text, label0 = first->label;
	for (size_t i = 0; i < n; i++) { /* a note ends where the next begins */
		d->seg[i].text_end = i + 1 < n ? d->seg[i + 1].text : d->text.len;
		d->seg[i].label_end =
			i + 1 < n ? d->seg[i + 1].label : d->labels.len;
	}
	qsort(d->seg, n, sizeof *d->seg, seg_cmp);
	struct zhen__buf text = { 0 }, labels = { 0 };
	for (size_t i = 0; i < n; i++) {
		const struct dx_seg *s = &d->seg[i];
		zhen__buf_add(&text, d->text.p + s->text, s->text_end - s->text);
		zhen__buf_add(&labels, d->labels.p + s->label,
		              s->label_end - s->label);
	}
	int rc = text.oom || labels.oom ? ZHEN_ENOMEM : 0;
	if (rc == 0 && text.len) {
		memcpy(d->text.p + text0, text.p, text.len);
		memcpy(d->labels.p + label0, labels.p, labels.len);
	}
	zhen__buf_free(&text);
	zhen__buf_free(&labels);
	return rc ? zhen__fail(d->ctx, rc, "out of memory") : 0;
}

/* The notes the body refers to, from the members the relationships name
 * (or their usual names), each part's notes in the order of their
 * references. */
static int read_notes(struct dx_doc *d, struct zhen__zip *z,
                      const struct dx_rels *rels)
{
	const char *foot = dx_rels_find(rels, "footnotes");
	const char *end = dx_rels_find(rels, "endnotes");
	int rc = 0;
	dx_notes_index(&d->foot);
	dx_notes_index(&d->end);
	if (d->foot.n &&
	    (rc = read_part(d, z, DX_FOOTNOTES,
	                    foot ? foot : "word/footnotes.xml", NULL,
	                    false)) == 0)
		rc = notes_in_order(d);
	if (rc == 0 && d->end.n &&
	    (rc = read_part(d, z, DX_ENDNOTES,
	                    end ? end : "word/endnotes.xml", NULL,
	                    false)) == 0)
		rc = notes_in_order(d);
	return rc;
}

/* The lines read, as a document, each named. */
static int build(zhen_doc **out, struct dx_doc *d)
{
	zhen_doc *doc = NULL;
	int rc = zhen_doc_from_bytes(&doc, d->ctx, d->text.p ? d->text.p : "",
	                             d->text.len);
	if (rc < 0)
		return rc;
	const char *label = d->labels.p;
	for (size_t i = 0; i < d->nlines; i++) {
		size_t n = strlen(label);
		if (zhen__doc_add_place(doc, label, n) < 0) {
			zhen_doc_free(doc);
			return zhen__fail(d->ctx, ZHEN_ENOMEM, "out of memory");
		}
		label += n + 1;
	}
	*out = doc;
	return 0;
}

static void doc_free(struct dx_doc *d)
{
	zhen__buf_free(&d->text);
	zhen__buf_free(&d->labels);
	dx_styles_free(&d->styles);
	free(d->foot.r);
	free(d->end.r);
	free(d->seg);
	zhen__buf_free(&d->hdr_ids);
	zhen__buf_free(&d->ftr_ids);
}

static int read_package(struct dx_doc *d, struct zhen__zip *z)
{
	struct dx_rels rels;
	int rc = dx_rels_read(&rels, z);
	if (rc < 0)
		return rc;
	if ((rc = read_styles(d, z, &rels)) == 0 &&
	    (rc = read_part(d, z, DX_DOCUMENT, "word/document.xml", NULL,
	                    true)) == 0 &&
	    (rc = read_notes(d, z, &rels)) == 0 &&
	    (rc = read_sections(d, z, &rels, &d->hdr_ids, DX_HEADER)) == 0)
		rc = read_sections(d, z, &rels, &d->ftr_ids, DX_FOOTER);
	dx_rels_free(&rels);
	return rc;
}

int zhen__read_docx(zhen_doc **out, zhen_ctx *ctx, const char *bytes,
                    size_t len, const zhen_read_options *o)
{
	*out = NULL;
	if (zhen__is_ole(bytes, len)) /* Word encrypts a protected file so */
		return zhen__fail_at(ctx, ZHEN_EINPUT, 0, 0, "a password-"
		                     "protected Word file, or an old .doc: save "
		                     "it unprotected as .docx");
	struct zhen__zip z;
	int rc = zhen__zip_open(&z, ctx, bytes, len, o->zip_limit);
	if (rc < 0)
		return rc;
	if (!zhen__zip_has(&z, "word/document.xml")) {
		zhen__zip_close(&z);
		return zhen__fail_at(ctx, ZHEN_EINPUT, 0, 0, "not a Word "
		                     "document: the ZIP holds no "
		                     "word/document.xml");
	}
	struct dx_doc d = { .ctx = ctx };
	rc = read_package(&d, &z);
	zhen__zip_close(&z);
	if (rc == 0)
		rc = build(out, &d);
	doc_free(&d);
	return rc;
}
