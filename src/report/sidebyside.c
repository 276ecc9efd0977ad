/* sidebyside.c: the alignment of a document check in two columns, with
 * the findings of each bead under it. */
#include "report_internal.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <utf8proc.h>

/* One column of a bead: its sentences joined by one space, and where a
 * display line may end in them. */
struct column {
	struct zhen__buf t;
	unsigned char *ok; /* ok[i]: a line may end before byte i of t */
	size_t cap, pos;   /* pos: the next byte to show */
};

/* The text of sentences [first, first+count), joined by one space. */
static void join_sentences(struct zhen__buf *b, const char *src,
                           const zhen_sentences *s, size_t first,
                           size_t count)
{
	b->len = 0;
	for (size_t i = first; i < first + count; i++) {
		if (i > first)
			zhen__buf_str(b, " ");
		zhen__buf_add(b, src + s->c[i].off, s->c[i].len);
	}
}

/* ICU's line-break opportunities in c->t (UAX #14 as ICU implements it:
 * 1,250 stays whole, a Han character breaks on either side). @p bi is
 * left pointing at no text. */
static int icu_breaks(struct column *c, UBreakIterator *bi)
{
	UErrorCode st = U_ZERO_ERROR;
	UText ut = UTEXT_INITIALIZER;
	size_t len = c->t.len;

	if (!zhen__grow((void **)&c->ok, &c->cap, len + 1, 1))
		return ZHEN_ENOMEM;
	memset(c->ok, 0, len + 1);
	c->ok[len] = 1;
	if (!len) /* a side of no sentence: nothing to hand ICU */
		return 0;
	if (len > INT32_MAX)
		return ZHEN_EICU;
	utext_openUTF8(&ut, c->t.p, (int64_t)len, &st);
	ubrk_setUText(bi, &ut, &st);
	for (int32_t b = ubrk_first(bi); U_SUCCESS(st) && b != UBRK_DONE;
	     b = ubrk_next(bi))
		c->ok[b] = 1;
	UErrorCode reset = U_ZERO_ERROR; /* whatever st says */
	ubrk_setText(bi, NULL, 0, &reset);
	utext_close(&ut);
	return U_FAILURE(st) ? ZHEN_EICU : 0;
}

/* No line ends inside a figure zhen read: ICU breaks 新台幣|1,250|億元
 * around the digits, and a reader should see the figure the findings
 * name in one piece. Offsets of the sentences' quantities are the
 * document's; the joined text places sentence i at @p at. */
static void keep_figures(struct column *c, const zhen_result *r,
                         zhen_lang lang, const zhen_sentences *s,
                         size_t first, size_t count)
{
	size_t at = 0;

	for (size_t i = first; i < first + count; i++) {
		const zhen_quantities *qs = zhen_result_quantities(r, lang, i);
		const zhen_sentence sv = zhen__sent(s, i), *se = &sv;
		for (size_t k = 0; k < zhen_quantities_count(qs); k++) {
			const zhen_quantity *q = zhen_quantities_get(qs, k);
			if (q->start < se->off || q->end > se->off + se->len)
				continue;
			for (size_t j = q->start + 1; j < q->end; j++)
				c->ok[at + j - se->off] = 0;
		}
		at += se->len + 1;
	}
}

static int cp_width(int32_t cp)
{
	if (cp == '\t')
		return 1;
	int w = utf8proc_charwidth(cp);
	return w < 0 ? 0 : w;
}

/* Cut the next display line of at most @p w columns from c->t at c->pos:
 * at the last break that fits, its spaces left out; only when no break
 * fits (one piece wider than the column) anywhere the column ends.
 * Returns the bytes taken and the columns they fill. */
static size_t next_piece(struct column *c, size_t w, size_t *cols)
{
	const char *s = c->t.p;
	size_t len = c->t.len, a = c->pos, i = a, used = 0;
	size_t vis = a, vis_cols = 0, end = a, end_cols = 0;

	while (i < len) {
		size_t at = i;
		int32_t cp = zhen__utf8_next(s, len, &i);
		size_t cw = (size_t)cp_width(cp);
		if (cp != ' ' && used + cw > w) {
			i = at;
			break;
		}
		used += cw;
		if (cp != ' ') {
			vis = i;
			vis_cols = used;
		}
		if (c->ok[i] && vis > a) {
			end = vis;
			end_cols = vis_cols;
		}
	}
	if (end == a) { /* the hard cut */
		end = vis;
		end_cols = vis_cols;
		if (end == a) /* a character wider than the column */
			end_cols = (size_t)cp_width(zhen__utf8_next(s, len, &end));
	}
	c->pos = end;
	/* a space that ends the piece does not start the next one */
	while (c->pos < len && s[c->pos] == ' ')
		c->pos++;
	*cols = end_cols;
	return end - a;
}

/* The two columns of a bead, line by line. */
static void write_columns(struct zhen__buf *b, struct column *z,
                          struct column *e, size_t lw, size_t rw)
{
	while (z->pos < z->t.len || e->pos < e->t.len) {
		size_t zc = 0, ec = 0, za = z->pos, ea = e->pos;
		size_t zn = z->pos < z->t.len ? next_piece(z, lw, &zc) : 0;
		size_t en = e->pos < e->t.len ? next_piece(e, rw, &ec) : 0;
		if (zn)
			zhen__buf_add(b, z->t.p + za, zn);
		for (size_t k = zc; k < lw; k++)
			zhen__buf_add(b, " ", 1);
		zhen__buf_str(b, en ? " | " : " |");
		if (en)
			zhen__buf_add(b, e->t.p + ea, en);
		zhen__buf_str(b, "\n");
	}
}

/* One side of bead @p bd joined into @p c with its breaks. */
static int fill_column(struct column *c, UBreakIterator *bi,
                       const zhen_result *r, zhen_lang lang,
                       const zhen_doc *doc, size_t first, size_t count)
{
	const zhen_sentences *s = zhen_result_sentences(r, lang);
	int rc;

	join_sentences(&c->t, zhen_doc_bytes(doc, NULL), s, first, count);
	c->pos = 0;
	if (c->t.oom)
		return ZHEN_ENOMEM;
	if ((rc = icu_breaks(c, bi)) < 0)
		return rc;
	keep_figures(c, r, lang, s, first, count);
	return 0;
}

/* The findings of bead @p bead, from f->f[*k] on (they come in bead
 * order), worded as the text report words them. */
static void bead_findings(struct zhen__buf *b, const zhen_findings *f,
                          size_t *k, size_t bead, const char *zsrc,
                          const char *esrc)
{
	for (; *k < f->n && f->f[*k].bead <= bead; (*k)++)
		if (f->f[*k].bead == bead)
			zhen__report_finding_line(b, &f->f[*k], zsrc, 0, esrc, 0,
			                          0);
}

struct sbs {
	UBreakIterator *bi;
	struct column z, e;
	struct zhen__buf b;
};

static void sbs_free(struct sbs *x)
{
	if (x->bi)
		ubrk_close(x->bi);
	zhen__buf_free(&x->z.t);
	zhen__buf_free(&x->e.t);
	free(x->z.ok);
	free(x->e.ok);
	zhen__buf_free(&x->b);
}

int zhen_report_alignment_text(zhen_write_fn write, void *payload,
                               const zhen_result *r, const zhen_doc *zh,
                               const zhen_doc *en, size_t width)
{
	struct sbs x = { 0 };
	UErrorCode st = U_ZERO_ERROR;
	/* the columns are padded with spaces: a width no terminal has would
	 * pad without end */
	size_t col = (width < 40 ? 40 : width > 1000 ? 1000 : width) - 3;
	size_t lw = col / 2, rw = col - lw, k = 0;
	int rc = 0;

	if (!write || !r || !zh || !en)
		return ZHEN_EINVAL;
	/* the figures keep the lines from breaking inside them: without
	 * them (out of memory) the view would cut 1,250 and say nothing */
	if (zhen__result_unpack(r) < 0)
		return ZHEN_ENOMEM;
	const zhen_alignment *al = zhen_result_alignment(r);
	const zhen_findings *f = zhen_result_findings(r);
	/* the root locale's rules: UAX #14 for both languages */
	x.bi = ubrk_open(UBRK_LINE, "", NULL, 0, &st);
	if (U_FAILURE(st))
		rc = st == U_MEMORY_ALLOCATION_ERROR ? ZHEN_ENOMEM : ZHEN_EICU;
	for (size_t i = 0; i < zhen_alignment_count(al) && !rc; i++) {
		const zhen_bead bv = zhen__bead(al, i), *bd = &bv;
		zhen__buf_printf(&x.b, "@@ %zu-%zu  confidence %.2f  ",
		                 bd->zh_count, bd->en_count, bd->confidence);
		zhen__report_bead_sides(&x.b, bd, zh,
		                        zhen_result_sentences(r, ZHEN_LANG_ZH), en,
		                        zhen_result_sentences(r, ZHEN_LANG_EN));
		zhen__buf_str(&x.b, " @@\n");
		if ((rc = fill_column(&x.z, x.bi, r, ZHEN_LANG_ZH, zh,
		                      bd->zh_first, bd->zh_count)) < 0 ||
		    (rc = fill_column(&x.e, x.bi, r, ZHEN_LANG_EN, en,
		                      bd->en_first, bd->en_count)) < 0)
			break;
		write_columns(&x.b, &x.z, &x.e, lw, rw);
		bead_findings(&x.b, f, &k, i, zhen_doc_bytes(zh, NULL),
		              zhen_doc_bytes(en, NULL));
		rc = zhen__report_emit(write, payload, &x.b);
	}
	sbs_free(&x);
	return rc;
}
