/* html_pairs.c: the HTML review page of pre-aligned pairs (zhen check
 * --pairs, a bilingual file read as units), the page of html.c with a
 * pair where a bead stands: its place in the input (the line, the unit
 * and the segment id, the sheet and cell, the CAT tool's state) above the
 * two sides, each finding's figures marked and its row below. The counts
 * come first on the page, so the rows are kept until the end. */
#include "report_internal.h"

#include <stdlib.h>
#include <string.h>

enum { PART = 100 }; /* sections laid out together (html.c, report.css) */

struct zhen_html_pairs {
	struct zhen__buf rows;          /* the sections so far */
	struct zhen__html_tally t;
	size_t pairs, nf;               /* sections, findings written */
	char *name, *what;
};

int zhen_html_pairs_new(zhen_html_pairs **out, const char *name,
                        const char *what)
{
	zhen_html_pairs *h;

	if (!out)
		return ZHEN_EINVAL;
	*out = NULL;
	if (!name || !what)
		return ZHEN_EINVAL;
	if (!(h = calloc(1, sizeof *h)) || !(h->name = strdup(name)) ||
	    !(h->what = strdup(what))) {
		zhen_html_pairs_free(h);
		return ZHEN_ENOMEM;
	}
	*out = h;
	return 0;
}

void zhen_html_pairs_free(zhen_html_pairs *h)
{
	if (!h)
		return;
	zhen__buf_free(&h->rows);
	free(h->name);
	free(h->what);
	free(h);
}

/* "unit 7, line 12 id X (translated)", as the text report says it. */
static void place(struct zhen__buf *b, const zhen_pair_place *at)
{
	zhen__buf_str(b, "<div class=w>");
	if (at->where) {
		zhen__html_esc(b, at->where, strlen(at->where));
		if (at->line)
			zhen__buf_printf(b, ", line %zu", at->line);
	} else {
		zhen__buf_printf(b, "line %zu", at->line);
	}
	if (at->id) {
		zhen__buf_str(b, " id ");
		zhen__html_esc(b, at->id, at->id_len);
	}
	if (at->state) {
		zhen__buf_str(b, " (");
		zhen__html_esc(b, at->state, strlen(at->state));
		zhen__buf_str(b, ")");
	}
	zhen__buf_str(b, "</div>\n");
}

static const zhen_quantity *side_q(const zhen_finding *fi, int l)
{
	return (l ? fi->has_en : fi->has_zh) ? (l ? &fi->en : &fi->zh) : NULL;
}

/* The finding whose figure on side @p l starts first at or after @p at;
 * NULL when none is left. */
static const zhen_finding *next_figure(const zhen_findings *f, int l,
                                       size_t at)
{
	const zhen_finding *best = NULL;

	for (size_t i = 0; i < f->n; i++) {
		const zhen_quantity *q = side_q(&f->f[i], l);
		if (q && q->start >= at &&
		    (!best || q->start < side_q(best, l)->start))
			best = &f->f[i];
	}
	return best;
}

/* One side's text, its findings' figures marked (html.c's mark: the
 * highest severity of those that name it, and their rows). */
static void side(struct zhen__buf *b, const zhen_html_pairs *h,
                 const zhen_findings *f, int l, const char *s, size_t len,
                 size_t base)
{
	const zhen_finding *fi;
	size_t at = base, from = base; /* written up to; figures looked for from */

	zhen__buf_str(b, l ? "<div class=en lang=en><p>" : "<div class=zh><p>");
	while ((fi = next_figure(f, l, from)) != NULL) {
		const zhen_quantity *q = side_q(fi, l);
		int sev = 0;
		const char *sep = "";
		from = q->start + 1;
		if (q->start < at)
			continue; /* inside a figure marked already */
		for (size_t i = 0; i < f->n; i++) {
			const zhen_quantity *x = side_q(&f->f[i], l);
			if (x && x->start == q->start && x->end == q->end &&
			    (int)f->f[i].severity > sev)
				sev = (int)f->f[i].severity;
		}
		zhen__html_esc(b, s + at - base, q->start - at);
		zhen__buf_printf(b, "<mark class=\"sev-%s\" data-f=\"",
		                 zhen_severity_name((zhen_severity)sev));
		for (size_t i = 0; i < f->n; i++) {
			const zhen_quantity *x = side_q(&f->f[i], l);
			if (x && x->start == q->start && x->end == q->end) {
				zhen__buf_printf(b, "%sf%zu", sep, h->nf + i);
				sep = " ";
			}
		}
		zhen__buf_str(b, "\">");
		zhen__html_esc(b, s + q->start - base, q->end - q->start);
		zhen__buf_str(b, "</mark>");
		at = q->end;
	}
	if (at - base < len)
		zhen__html_esc(b, s + at - base, len - (at - base));
	zhen__buf_str(b, "</p></div>\n");
}

static void rows(struct zhen__buf *b, const zhen_html_pairs *h,
                 const zhen_findings *f, const char *zh, size_t zb,
                 const char *en, size_t eb)
{
	zhen__buf_str(b, "<ol class=findings>");
	for (size_t i = 0; i < f->n; i++) {
		const zhen_finding *fi = &f->f[i];
		const char *sev = zhen_severity_name(fi->severity);
		zhen__buf_printf(b, "<li class=\"f sev-%s\" id=\"f%zu\" "
		                 "tabindex=\"-1\" data-sev=\"%s\" data-type=\"%s\""
		                 " data-id=\"%.*s\"><span class=\"sev\">%s</span> "
		                 "<span class=\"type\">%s</span>: ", sev,
		                 h->nf + i, sev, zhen_ftype_name(fi->type),
		                 ZHEN_FINDING_ID_LEN, fi->id, sev,
		                 zhen_ftype_name(fi->type));
		struct zhen__buf m = { 0 };
		zhen__report_message(&m, fi, zh, zb, en, eb);
		zhen__html_esc(b, m.p ? m.p : "", m.len);
		if (m.oom)
			b->oom = true;
		zhen__buf_free(&m);
		zhen__buf_printf(b, " <span class=\"fid\">[id %.*s]</span></li>",
		                 ZHEN_FINDING_ID_LEN, fi->id);
	}
	zhen__buf_str(b, "</ol>\n");
}

int zhen_html_pairs_add(zhen_html_pairs *h, const zhen_pair_place *at,
                        const zhen_findings *f, const char *zh,
                        size_t zh_len, size_t zh_base, const char *en,
                        size_t en_len, size_t en_base)
{
	static const struct zhen_findings none = { 0 };
	struct zhen__buf *b;
	size_t n0;

	if (!h || !at || !zh || !en)
		return ZHEN_EINVAL;
	if (at->version != ZHEN_PAIR_PLACE_VERSION)
		return ZHEN_EUSAGE;
	if (!f)
		f = &none;
	if (!zhen__report_inside(f, zh_base, zh_len, en_base, en_len))
		return ZHEN_EUSAGE;
	b = &h->rows;
	n0 = b->len;
	if (h->pairs % PART == 0)
		zhen__buf_str(b, h->pairs ? "</div><div class=part>\n"
		                          : "<div class=part>\n");
	zhen__buf_printf(b, "<section id=b%zu>\n", h->pairs + 1);
	place(b, at);
	side(b, h, f, 0, zh, zh_len, zh_base);
	side(b, h, f, 1, en, en_len, en_base);
	if (f->n)
		rows(b, h, f, zh, zh_base, en, en_base);
	zhen__buf_str(b, "</section>\n");
	if (b->oom) {
		b->len = n0; /* the page as it was */
		b->oom = false;
		return ZHEN_ENOMEM;
	}
	h->pairs++;
	h->nf += f->n;
	zhen__html_tally_add(&h->t, f, false);
	return 0;
}

int zhen_html_pairs_finish(zhen_html_pairs *h, zhen_write_fn write,
                           void *payload)
{
	struct zhen__buf b = { 0 };
	int rc;

	if (!h || !write)
		return ZHEN_EINVAL;
	zhen__html_head(&b, h->name, NULL);
	zhen__buf_str(&b, "<header>\n<h1>Numbers checked by zhen</h1>\n<dl>"
	                  "<dt>Pairs</dt><dd>");
	zhen__html_esc(&b, h->name, strlen(h->name));
	zhen__buf_str(&b, "</dd><dt>Read as</dt><dd>");
	zhen__html_esc(&b, h->what, strlen(h->what));
	zhen__buf_printf(&b, "</dd><dt>Checked</dt><dd>%zu pairs</dd></dl>\n",
	                 h->pairs);
	zhen__html_counts(&b, &h->t);
	zhen__buf_str(&b, "</header>\n");
	zhen__html_controls(&b, &h->t, "pairs", false);
	zhen__buf_str(&b, "<main id=beads lang=zh>\n");
	if ((rc = zhen__report_emit(write, payload, &b)) != 0)
		goto out;
	if (h->rows.len && (rc = write(payload, h->rows.p, h->rows.len)) != 0)
		goto out;
	if (h->pairs)
		zhen__buf_str(&b, "</div>\n");
	zhen__html_tail(&b, NULL);
	rc = zhen__report_emit(write, payload, &b);
out:
	zhen__buf_free(&b);
	return rc;
}
