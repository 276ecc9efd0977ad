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
	size_t pairs, nf, na;           /* sections, findings written, and
	                                   accepted ones */
	char *name, *what;
	zhen_ctx *ctx;                  /* reads the figures; NULL: none */
	zhen_convert_mode conv;
	struct zhen__t2s *t2s;          /* the Simplified reading, or NULL */
	const zhen_findings *acc;       /* the next pair's accepted ones */
	const zhen_quantities *q[2];    /* the next pair's figures, or NULL */
	bool own_reading;               /* a pair's reading written whole */
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
	zhen__t2s_free(h->t2s);
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

/* Finding @p i of a pair: its open findings, then those accepted. */
static const zhen_finding *pfin(const zhen_findings *f,
                                const zhen_findings *acc, size_t i)
{
	return i < f->n ? &f->f[i] : &acc->f[i - f->n];
}

/* One marked span of a side: a finding's figure, or a figure read. */
struct pmark {
	size_t start, end;
	int finding, colour;
	const zhen_quantity *q;
};

static int pmark_cmp(const void *a, const void *b)
{
	const struct pmark *x = a, *y = b;
	if (x->start != y->start)
		return (x->start > y->start) - (x->start < y->start);
	return y->finding - x->finding; /* a finding's first */
}

/* A pair's figures read, both sides, and their keys (html.c's
 * zhen__html_figure_key()); NULL lists when the page reads none. */
enum { KEYCAP = 200 };
struct pread {
	zhen_quantities *q[2];          /* read here, or NULL */
	const zhen_quantities *use[2];  /* the figures marked */
	char (*key[2])[KEYCAP];
	int *col[2];                    /* colours(), a figure's */
	const zhen_findings *f, *acc;
};

static bool named(const struct pread *r, int l, const zhen_quantity *q)
{
	for (size_t i = 0; i < r->f->n + r->acc->n; i++) {
		const zhen_quantity *x = side_q(pfin(r->f, r->acc, i), l);
		if (x && x->start == q->start && x->end == q->end)
			return true;
	}
	return false;
}

/* The colour of each figure: the rank, in the Chinese order, of its key
 * among those both sides have (html.c's bead_keys()), or -1. Quadratic
 * in a pair's figures, as html.c is in a bead's. */
static int colours(struct pread *r)
{
	size_t n[2] = { zhen_quantities_count(r->use[0]),
	                zhen_quantities_count(r->use[1]) };
	int rank = 0;

	for (int l = 0; l < 2; l++) {
		if (!(r->col[l] = malloc((n[l] + 1) * sizeof *r->col[l])))
			return ZHEN_ENOMEM;
		for (size_t j = 0; j < n[l]; j++)
			r->col[l][j] = -1;
	}
	for (size_t i = 0; i < n[0]; i++) {
		const char *k = r->key[0][i];
		size_t x = 0;
		bool shared = false;
		while (x < i && strcmp(r->key[0][x], k))
			x++;
		if (!k[0] || x < i) { /* no figure, or its key seen first */
			r->col[0][i] = k[0] ? r->col[0][x] : -1;
			continue;
		}
		for (size_t y = 0; y < n[1]; y++)
			if (!strcmp(r->key[1][y], k)) {
				r->col[1][y] = rank;
				shared = true;
			}
		if (shared)
			r->col[0][i] = rank++;
	}
	return 0;
}

/* Whether every figure of @p q lies in [base, base + len): figures
 * handed over for another text would mark bytes that are not there. */
static bool within(const zhen_quantities *q, size_t base, size_t len)
{
	for (size_t i = 0; i < zhen_quantities_count(q); i++) {
		const zhen_quantity *x = zhen_quantities_get(q, i);
		if (x->start < base || x->end > base + len || x->start > x->end)
			return false;
	}
	return true;
}

/* Both sides' figures, as the check read them (zhen_html_pairs_figures())
 * or read here, keyed where no finding names them (latent numerals are
 * no figure: their key stays empty). */
static int pread_new(struct pread *r, const zhen_html_pairs *h,
                     const char *s[2], const size_t len[2],
                     const size_t base[2])
{
	for (int l = 0; l < 2; l++) {
		int rc = 0;
		if (r->use[l] && !within(r->use[l], base[l], len[l]))
			return ZHEN_EUSAGE;
		if (!r->use[l])
			rc = zhen_numbers_extract_all(&r->q[l], h->ctx,
			                              (zhen_lang)l, h->conv,
			                              s[l], len[l], base[l]);
		if (rc < 0)
			return rc;
		if (!r->use[l])
			r->use[l] = r->q[l];
		size_t n = zhen_quantities_count(r->use[l]);
		if (!(r->key[l] = calloc(n + 1, sizeof *r->key[l])))
			return ZHEN_ENOMEM;
		for (size_t j = 0; j < n; j++) {
			const zhen_quantity *q = zhen_quantities_get(r->use[l], j);
			if (!(q->flags & ZHEN_QF_LATENT) && !named(r, l, q))
				zhen__html_figure_key(r->key[l][j], KEYCAP, q);
		}
	}
	return colours(r);
}

static void pread_free(struct pread *r)
{
	for (int l = 0; l < 2; l++) {
		zhen_quantities_free(r->q[l]);
		free(r->key[l]);
		free(r->col[l]);
	}
}

/* The marks of side @p l into *@p out: its findings' figures, then the
 * figures read that none names, sorted by start. @return their number,
 * or ZHEN_ENOMEM. */
static long side_marks(struct pmark **out, const struct pread *r, int l)
{
	size_t nf = r->f->n + r->acc->n;
	size_t nq = zhen_quantities_count(r->use[l]);
	struct pmark *m = calloc(nf + nq + 1, sizeof *m);
	size_t n = 0;

	if (!(*out = m))
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < nf; i++) {
		const zhen_quantity *q = side_q(pfin(r->f, r->acc, i), l);
		if (q)
			m[n++] = (struct pmark){ q->start, q->end, 1, -1, q };
	}
	for (size_t j = 0; j < nq; j++) {
		const zhen_quantity *q = zhen_quantities_get(r->use[l], j);
		if (r->key[l][j][0])
			m[n++] = (struct pmark){ q->start, q->end, 0,
			                         r->col[l][j], q };
	}
	qsort(m, n, sizeof *m, pmark_cmp);
	return (long)n;
}

/* The row id of finding @p i of the pair: "f" for an open one, "a" for
 * an accepted one, numbered over the page. */
static void prow_id(struct zhen__buf *b, const zhen_html_pairs *h,
                    const struct pread *r, size_t i)
{
	if (i < r->f->n)
		zhen__buf_printf(b, "f%zu", h->nf + i);
	else
		zhen__buf_printf(b, "a%zu", h->na + i - r->f->n);
}

/* html.c's mark of a finding's figure: the highest severity of the open
 * findings that name it ("acc", greyed, when all were accepted), and
 * their rows. */
static void finding_open(struct zhen__buf *b, const zhen_html_pairs *h,
                         const struct pread *r, int l, const struct pmark *mk)
{
	int sev = -1;
	const char *sep = "";

	for (size_t i = 0; i < r->f->n; i++) {
		const zhen_quantity *x = side_q(&r->f->f[i], l);
		if (x && x->start == mk->start && x->end == mk->end &&
		    (int)r->f->f[i].severity > sev)
			sev = (int)r->f->f[i].severity;
	}
	zhen__buf_printf(b, "<mark class=\"%s%s\" data-f=\"",
	                 sev < 0 ? "acc" : "sev-",
	                 sev < 0 ? "" : zhen_severity_name((zhen_severity)sev));
	for (size_t i = 0; i < r->f->n + r->acc->n; i++) {
		const zhen_quantity *x = side_q(pfin(r->f, r->acc, i), l);
		if (x && x->start == mk->start && x->end == mk->end) {
			zhen__buf_str(b, sep);
			prow_id(b, h, r, i);
			sep = " ";
		}
	}
	zhen__buf_str(b, "\">");
}

/* One side's text, every figure marked, and the Chinese's Simplified
 * reading where it differs. */
static int side(struct zhen__buf *b, zhen_html_pairs *h,
                const struct pread *r, int l, const char *s, size_t len,
                size_t base)
{
	struct pmark *m;
	long n = side_marks(&m, r, l);
	size_t at = base;
	int rc = 0;

	if (n < 0)
		return (int)n;
	zhen__buf_str(b, l ? "<div class=en lang=en><p>" : "<div class=zh><p>");
	for (long j = 0; j < n; j++) {
		const struct pmark *mk = &m[j];
		if (mk->start < at || mk->start >= base + len)
			continue; /* inside a figure marked already */
		size_t e = mk->end < base + len ? mk->end : base + len;
		zhen__html_esc(b, s + at - base, mk->start - at);
		if (mk->finding)
			finding_open(b, h, r, l, mk);
		else
			zhen__html_figure_open(b, mk->q, mk->colour,
			                       s + mk->start - base);
		zhen__html_esc(b, s + mk->start - base, e - mk->start);
		zhen__buf_str(b, "</mark>");
		at = e;
	}
	if (at - base < len)
		zhen__html_esc(b, s + at - base, len - (at - base));
	size_t n0 = b->len;
	if (!l)
		rc = zhen__html_simplified(b, h->t2s, h->ctx, h->conv, s, len);
	h->own_reading |= b->len != n0;
	zhen__buf_str(b, "</p></div>\n");
	free(m);
	return rc;
}

static void row(struct zhen__buf *b, const zhen_html_pairs *h,
                const struct pread *r, size_t i, const char *zh, size_t zb,
                const char *en, size_t eb)
{
	struct zhen__buf id = { 0 };

	prow_id(&id, h, r, i);
	zhen__html_row(b, pfin(r->f, r->acc, i), i >= r->f->n,
	               id.p ? id.p : "", zh, zb, en, eb);
	if (id.oom)
		b->oom = true;
	zhen__buf_free(&id);
}

int zhen_html_pairs_reading(zhen_html_pairs *h, zhen_ctx *ctx,
                            zhen_convert_mode convert)
{
	if (!h || !ctx)
		return ZHEN_EINVAL;
	if ((unsigned)convert > ZHEN_CONVERT_TW2SP ||
	    convert == ZHEN_CONVERT_TW2SP)
		return ZHEN_EUSAGE;
	if (convert == ZHEN_CONVERT_AUTO)
		convert = ZHEN_CONVERT_T2S; /* as zhen_check_pair() */
	if (convert != ZHEN_CONVERT_NONE && !h->t2s &&
	    !(h->t2s = zhen__t2s_new()))
		return ZHEN_ENOMEM;
	h->ctx = ctx;
	h->conv = convert;
	return 0;
}

int zhen_html_pairs_accepted(zhen_html_pairs *h, const zhen_findings *acc)
{
	if (!h)
		return ZHEN_EINVAL;
	h->acc = acc;
	return 0;
}

int zhen_html_pairs_figures(zhen_html_pairs *h, const zhen_quantities *zq,
                            const zhen_quantities *eq)
{
	if (!h)
		return ZHEN_EINVAL;
	h->q[0] = zq && eq ? zq : NULL;
	h->q[1] = zq && eq ? eq : NULL;
	return 0;
}

/* The section of one pair: its place, its sides, its findings' rows. */
static int section(struct zhen__buf *b, zhen_html_pairs *h,
                   const zhen_pair_place *at, struct pread *r,
                   const char *s[2], const size_t len[2],
                   const size_t base[2])
{
	int rc;

	if (h->pairs % PART == 0)
		zhen__buf_str(b, h->pairs ? "</div><div class=part>\n"
		                          : "<div class=part>\n");
	zhen__buf_printf(b, "<section id=b%zu>\n", h->pairs + 1);
	place(b, at);
	if (h->ctx && (rc = pread_new(r, h, s, len, base)) < 0)
		return rc;
	if ((rc = side(b, h, r, 0, s[0], len[0], base[0])) < 0 ||
	    (rc = side(b, h, r, 1, s[1], len[1], base[1])) < 0)
		return rc;
	if (r->f->n + r->acc->n) {
		zhen__buf_str(b, "<ol class=findings>");
		for (size_t i = 0; i < r->f->n + r->acc->n; i++)
			row(b, h, r, i, s[0], base[0], s[1], base[1]);
		zhen__buf_str(b, "</ol>\n");
	}
	zhen__buf_str(b, "</section>\n");
	return b->oom ? ZHEN_ENOMEM : 0;
}

int zhen_html_pairs_add(zhen_html_pairs *h, const zhen_pair_place *at,
                        const zhen_findings *f, const char *zh,
                        size_t zh_len, size_t zh_base, const char *en,
                        size_t en_len, size_t en_base)
{
	static const struct zhen_findings none = { 0 };
	const char *s[2] = { zh, en };
	const size_t len[2] = { zh_len, en_len }, base[2] = { zh_base, en_base };
	struct pread r = { .f = f ? f : &none };
	size_t n0;
	int rc;

	if (!h || !at || !zh || !en)
		return ZHEN_EINVAL;
	r.acc = h->acc ? h->acc : &none;
	h->acc = NULL; /* for this pair only */
	/* likewise; marked only by a page that reads figures */
	r.use[0] = h->ctx ? h->q[0] : NULL;
	r.use[1] = h->ctx ? h->q[1] : NULL;
	h->q[0] = h->q[1] = NULL;
	if (!zhen__place_ok(at))
		return ZHEN_EUSAGE;
	if (!zhen__report_inside(r.f, zh_base, zh_len, en_base, en_len) ||
	    !zhen__report_inside(r.acc, zh_base, zh_len, en_base, en_len))
		return ZHEN_EUSAGE;
	n0 = h->rows.len;
	rc = section(&h->rows, h, at, &r, s, len, base);
	pread_free(&r);
	if (rc < 0) {
		h->rows.len = n0; /* the page as it was */
		h->rows.oom = false;
		return rc;
	}
	h->pairs++;
	h->nf += r.f->n;
	h->na += r.acc->n;
	zhen__html_tally_add(&h->t, r.f, false);
	zhen__html_tally_add(&h->t, r.acc, true);
	return 0;
}

/* Whether the page has a Simplified reading: some Chinese differs from
 * it (a pair of Simplified text needs no button). */
static bool has_reading(const zhen_html_pairs *h)
{
	struct zhen__buf m = { 0 };
	bool any;

	if (!h->t2s)
		return false;
	zhen__t2s_write(&m, h->t2s);
	any = m.len > 0 || m.oom || h->own_reading;
	zhen__buf_free(&m);
	return any;
}

int zhen_html_pairs_finish(zhen_html_pairs *h, zhen_write_fn write,
                           void *payload)
{
	struct zhen__buf b = { 0 };
	bool simp;
	int rc;

	if (!h || !write)
		return ZHEN_EINVAL;
	simp = has_reading(h);
	zhen__html_head(&b, h->name, NULL);
	zhen__buf_str(&b, "<header>\n<h1>Numbers checked by zhen</h1>\n<dl>"
	                  "<dt>Pairs</dt><dd>");
	zhen__html_esc(&b, h->name, strlen(h->name));
	zhen__buf_str(&b, "</dd><dt>Read as</dt><dd>");
	zhen__html_esc(&b, h->what, strlen(h->what));
	zhen__buf_printf(&b, "</dd><dt>Checked</dt><dd>%zu pairs</dd>",
	                 h->pairs);
	if (h->na)
		zhen__buf_printf(&b, "<dt>Accepted</dt><dd>%zu findings of the "
		                 "baseline, shown greyed and left out of the "
		                 "counts</dd>", h->na);
	zhen__buf_str(&b, "</dl>\n");
	zhen__html_counts(&b, &h->t);
	zhen__buf_str(&b, "</header>\n");
	zhen__html_controls(&b, &h->t, "pairs", simp);
	zhen__buf_str(&b, "<main id=beads lang=zh>\n");
	if ((rc = zhen__report_emit(write, payload, &b)) != 0)
		goto out;
	if (h->rows.len && (rc = write(payload, h->rows.p, h->rows.len)) != 0)
		goto out;
	if (h->pairs)
		zhen__buf_str(&b, "</div>\n");
	zhen__html_tail(&b, simp ? h->t2s : NULL);
	rc = zhen__report_emit(write, payload, &b);
out:
	zhen__buf_free(&b);
	return rc;
}
