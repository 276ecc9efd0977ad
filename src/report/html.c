/* html.c: the review report of a document check as one HTML page, for a
 * reviewer to read and to send to the translator: the beads side by side,
 * every figure read marked, the findings under their bead. The page is
 * self-contained (its stylesheet and script are src/report/assets/, built
 * in by scripts/embed_assets.py) and its Content-Security-Policy allows
 * those two by hash and nothing else, so that no text of the input can
 * run, even if an escape were missed. */
#include "report_internal.h"
#include "report_assets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Text and attribute values (always written between double quotes). */
void zhen__html_esc(struct zhen__buf *b, const char *s, size_t len)
{
	size_t run = 0;

	for (size_t i = 0; i < len; i++) {
		const char *e;
		switch (s[i]) {
		case '&': e = "&amp;"; break;
		case '<': e = "&lt;"; break;
		case '>': e = "&gt;"; break;
		case '"': e = "&quot;"; break;
		case '\'': e = "&#39;"; break;
		default: continue;
		}
		zhen__buf_add(b, s + run, i - run);
		zhen__buf_str(b, e);
		run = i + 1;
	}
	zhen__buf_add(b, s + run, len - run);
}

#define esc zhen__html_esc

static void esc_str(struct zhen__buf *b, const char *s)
{
	esc(b, s, strlen(s));
}

/* What a bead of the page needs besides the result. */
struct page {
	const zhen_result *r;
	const zhen_doc *doc[2];
	const char *src[2];
	zhen_ctx *ctx;              /* NULL: no Simplified reading */
	zhen_convert_mode convert;
	const zhen_findings *acc;   /* those a baseline accepted: greyed */
	struct zhen__t2s *t2s;      /* the Simplified reading's map, or NULL */
	size_t *order, *first;      /* findings by bead: order[first[b]..] */
	struct mark *marks;         /* one sentence's, reused */
	size_t cap;
};

/* One marked span of a sentence: a figure read, or a finding's figure. */
struct mark {
	size_t start, end;
	int finding;     /* 1: a finding's figure; then sev is set */
	zhen_severity sev;
	int colour;      /* matched figures: 0..7; -1: no partner by value */
	const zhen_quantity *q;
};

enum { NCOLOURS = 8, PART = 100 };

/* ---- the head of the page ---- */

void zhen__html_head(struct zhen__buf *b, const char *a, const char *z)
{
	zhen__html_head_with(b, a, z, ZHEN__ASSET_REPORT_JS);
}

void zhen__html_head_with(struct zhen__buf *b, const char *a, const char *z,
                          int script)
{
	const struct zhen__asset *css = &zhen__assets[ZHEN__ASSET_REPORT_CSS];
	const struct zhen__asset *js = &zhen__assets[script];

	zhen__buf_str(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	                 "<meta charset=\"utf-8\">\n");
	/* before any style or script, so that it covers them all */
	zhen__buf_printf(b, "<meta http-equiv=\"Content-Security-Policy\" "
	                 "content=\"default-src 'none'; style-src %s; "
	                 "script-src %s; base-uri 'none'; "
	                 "form-action 'none'\">\n", css->csp, js->csp);
	zhen__buf_str(b, "<meta name=\"viewport\" content=\"width=device-width,"
	                 " initial-scale=1\">\n<meta name=\"generator\" "
	                 "content=\"zhen ");
	esc_str(b, zhen_version());
	zhen__buf_str(b, "\">\n<title>zhen: ");
	esc_str(b, a);
	if (z) {
		zhen__buf_str(b, " ↔ ");
		esc_str(b, z);
	}
	zhen__buf_str(b, "</title>\n<style>");
	zhen__buf_add(b, css->bytes, css->len);
	zhen__buf_str(b, "</style>\n</head>\n<body>\n");
}

static void count_link(struct zhen__buf *b, const char *what,
                       const char *name, size_t n, const char *label)
{
	zhen__buf_printf(b, "<li><a class=\"%s-%s\" href=\"#%s=%s\">%zu %s"
	                 "</a></li>", what, name, what, name, n, label);
}

void zhen__html_tally_add(struct zhen__html_tally *t, const zhen_findings *f,
                          bool accepted)
{
	for (size_t i = 0; f && i < f->n; i++) {
		const zhen_finding *fi = &f->f[i];
		if ((unsigned)fi->type >= ZHEN__NFTYPES ||
		    (unsigned)fi->severity > ZHEN_SEV_ERROR)
			continue;
		t->seen[fi->type] = true;
		if (accepted) {
			t->accepted++;
			continue;
		}
		t->sev[fi->severity]++;
		t->type[fi->type]++;
	}
}

/* Counts by severity and by type, each a link to the page filtered. */
void zhen__html_counts(struct zhen__buf *b, const struct zhen__html_tally *t)
{
	static const char *const sev_label[] = { "info", "warnings",
	                                         "errors" };

	zhen__buf_str(b, "<ul class=\"counts\" id=\"counts\">");
	for (int s = ZHEN_SEV_ERROR; s >= ZHEN_SEV_INFO; s--)
		count_link(b, "sev", zhen_severity_name((zhen_severity)s),
		           t->sev[s], sev_label[s]);
	for (int k = 0; k < ZHEN__NFTYPES; k++)
		if (t->type[k])
			count_link(b, "type", zhen_ftype_name((zhen_ftype)k),
			           t->type[k], zhen_ftype_name((zhen_ftype)k));
	zhen__buf_str(b, "<li><a href=\"#all\">show all</a></li></ul>\n");
}

static void header(struct zhen__buf *b, const zhen_result *r,
                   const zhen_report_options *o,
                   const struct zhen__html_tally *t)
{
	size_t acc = zhen_result_accepted(r);

	zhen__buf_str(b, "<header>\n<h1>Numbers checked by zhen</h1>\n<dl>"
	                 "<dt>Chinese</dt><dd>");
	esc_str(b, o->zh_name ? o->zh_name : "zh");
	zhen__buf_str(b, "</dd><dt>English</dt><dd>");
	esc_str(b, o->en_name ? o->en_name : "en");
	zhen__buf_printf(b, "</dd><dt>Script</dt><dd>%s, converted with %s"
	                 "</dd><dt>Checked</dt><dd>%zu beads: %zu Chinese "
	                 "and %zu English sentences</dd>",
	                 zhen_script_name(zhen_result_script(r)),
	                 zhen_convert_mode_name(zhen_result_convert(r)),
	                 zhen_alignment_count(zhen_result_alignment(r)),
	                 zhen_sentences_count(zhen_result_sentences(
	                         r, ZHEN_LANG_ZH)),
	                 zhen_sentences_count(zhen_result_sentences(
	                         r, ZHEN_LANG_EN)));
	if (acc)
		zhen__buf_printf(b, "<dt>Accepted</dt><dd>%zu findings of the "
		                 "baseline, shown greyed and left out of the "
		                 "counts</dd>", acc);
	zhen__buf_str(b, "</dl>\n");
	zhen__html_counts(b, t);
	zhen__buf_str(b, "</header>\n");
}

static void checkbox(struct zhen__buf *b, const char *name,
                     const char *value)
{
	zhen__buf_printf(b, "<label><input type=\"checkbox\" name=\"%s\" "
	                 "value=\"%s\" checked> %s</label>", name, value,
	                 value);
}

/* The filters: a box per severity and per type present (accepted
 * findings' too: their boxes filter them). */
void zhen__html_controls(struct zhen__buf *b, const struct zhen__html_tally *t,
                         const char *rows, bool simp)
{
	zhen__buf_str(b, "<nav id=\"controls\"><form id=\"filters\">"
	                 "<fieldset><legend>Severity</legend>");
	for (int s = ZHEN_SEV_ERROR; s >= ZHEN_SEV_INFO; s--)
		checkbox(b, "sev", zhen_severity_name((zhen_severity)s));
	zhen__buf_str(b, "</fieldset><fieldset><legend>Type</legend>");
	for (int k = 0; k < ZHEN__NFTYPES; k++)
		if (t->seen[k])
			checkbox(b, "type", zhen_ftype_name((zhen_ftype)k));
	zhen__buf_printf(b, "</fieldset><label><input type=\"checkbox\" "
	                 "name=\"clean\" checked> %s without findings"
	                 "</label> ", rows);
	if (t->accepted)
		zhen__buf_printf(b, "<label><input type=\"checkbox\" name=\"acc\""
		                 " checked> %zu accepted</label> ", t->accepted);
	if (simp)
		zhen__buf_str(b, "<button type=\"button\" id=\"simp\">"
		                 "Simplified reading</button> ");
	zhen__buf_printf(b, "<span id=\"shown\"></span> findings shown</form>\n"
	                 "<p class=\"keys\"><kbd>n</kbd>/<kbd>j</kbd> next "
	                 "finding, <kbd>p</kbd>/<kbd>k</kbd> previous%s</p>"
	                 "</nav>\n", simp ? ", <kbd>s</kbd> Simplified reading "
	                                     "of the Chinese" : "");
}

/* ---- findings by bead ---- */

/* Finding @p idx of the page: the result's findings, then those accepted
 * (index n + i is accepted finding i; its row is "a" i, not "f" …). */
static const zhen_finding *fin(const struct page *pg, size_t idx)
{
	const zhen_findings *f = zhen_result_findings(pg->r);
	return idx < f->n ? &f->f[idx] : &pg->acc->f[idx - f->n];
}

static bool accepted(const struct page *pg, size_t idx)
{
	return idx >= zhen_result_findings(pg->r)->n;
}

/* The id of finding @p idx's row. */
static void row_id(struct zhen__buf *b, const struct page *pg, size_t idx)
{
	size_t n = zhen_result_findings(pg->r)->n;
	zhen__buf_printf(b, idx < n ? "f%zu" : "a%zu", idx < n ? idx : idx - n);
}

/* order[first[k] .. first[k + 1]) are the indexes of bead k's findings:
 * a counting sort, so that the page needs no order of the findings. */
static int index_findings(struct page *pg, size_t nbeads)
{
	size_t n = zhen_result_findings(pg->r)->n + pg->acc->n;

	pg->first = calloc(nbeads + 2, sizeof *pg->first);
	pg->order = calloc(n + 1, sizeof *pg->order);
	if (!pg->first || !pg->order)
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < n; i++)
		if (fin(pg, i)->bead < nbeads)
			pg->first[fin(pg, i)->bead + 2]++;
	for (size_t k = 2; k < nbeads + 2; k++)
		pg->first[k] += pg->first[k - 1];
	for (size_t i = 0; i < n; i++)
		if (fin(pg, i)->bead < nbeads)
			pg->order[pg->first[fin(pg, i)->bead + 1]++] = i;
	return 0;
}

/* ---- marks ---- */

static int mark_cmp(const void *a, const void *b)
{
	const struct mark *x = a, *y = b;
	if (x->start != y->start)
		return (x->start > y->start) - (x->start < y->start);
	return y->finding - x->finding; /* a finding's first */
}

static struct mark *mark_add(struct page *pg, size_t *n)
{
	if (*n == pg->cap) {
		size_t cap = pg->cap ? 2 * pg->cap : 16;
		struct mark *m = realloc(pg->marks, cap * sizeof *m);
		if (!m)
			return NULL;
		pg->marks = m;
		pg->cap = cap;
	}
	memset(&pg->marks[*n], 0, sizeof *pg->marks);
	return &pg->marks[(*n)++];
}

/* The key by which two figures of a bead match: kind, value and unit as
 * JSON writes them (what a finding id hashes). */
void zhen__html_figure_key(char *key, size_t cap, const zhen_quantity *q)
{
	char v[128];
	zhen__quantity_value(v, sizeof v, q);
	snprintf(key, cap, "%d|%s|%s", (int)q->kind, v,
	         zhen__quantity_unit(q));
}

/* Whether @p q is a figure of one of bead @p k's findings on side @p l. */
static const zhen_finding *finding_of(const struct page *pg, size_t k,
                                      int l, const zhen_quantity *q)
{
	for (size_t j = pg->first[k]; j < pg->first[k + 1]; j++) {
		const zhen_finding *fi = fin(pg, pg->order[j]);
		const zhen_quantity *x = l ? &fi->en : &fi->zh;
		if ((l ? fi->has_en : fi->has_zh) && x->start == q->start &&
		    x->end == q->end)
			return fi;
	}
	return NULL;
}


/* The figures of a bead that no finding names, by key (zhen__html_figure_key()):
 * those of each side, and those both sides have, which share a colour. */
enum { KEYCAP = 200 };
struct keys {
	char (*k)[KEYCAP];
	size_t n, cap;
};

static int keys_find(const struct keys *ks, const char *key)
{
	for (size_t i = 0; i < ks->n; i++)
		if (!strcmp(ks->k[i], key))
			return (int)i;
	return -1;
}

static int keys_add(struct keys *ks, const char *key)
{
	if (ks->n == ks->cap) {
		size_t cap = ks->cap ? 2 * ks->cap : 8;
		char (*k)[KEYCAP] = realloc(ks->k, cap * sizeof *k);
		if (!k)
			return ZHEN_ENOMEM;
		ks->k = k;
		ks->cap = cap;
	}
	snprintf(ks->k[ks->n++], KEYCAP, "%s", key);
	return 0;
}

/* Fill @p side with the keys of bead @p k's figures that no finding
 * names, then @p shared with those on both sides, in the Chinese order:
 * the n-th shared key is the n-th colour. */
static int bead_keys(struct page *pg, struct keys side[2],
                     struct keys *shared, const zhen_bead *bd, size_t k)
{
	size_t first[2] = { bd->zh_first, bd->en_first };
	size_t count[2] = { bd->zh_count, bd->en_count };
	char key[KEYCAP];

	side[0].n = side[1].n = shared->n = 0;
	for (int l = 0; l < 2; l++)
		for (size_t i = first[l]; i < first[l] + count[l]; i++) {
			const zhen_quantities *qs =
				zhen_result_quantities(pg->r, (zhen_lang)l, i);
			for (size_t j = 0; j < zhen_quantities_count(qs); j++) {
				const zhen_quantity *q =
					zhen_quantities_get(qs, j);
				if ((q->flags & ZHEN_QF_LATENT) ||
				    finding_of(pg, k, l, q))
					continue;
				zhen__html_figure_key(key, sizeof key, q);
				if (keys_add(&side[l], key) < 0)
					return ZHEN_ENOMEM;
			}
		}
	for (size_t i = 0; i < side[0].n; i++)
		if (keys_find(&side[1], side[0].k[i]) >= 0 &&
		    keys_find(shared, side[0].k[i]) < 0 &&
		    keys_add(shared, side[0].k[i]) < 0)
			return ZHEN_ENOMEM;
	return 0;
}

/* ---- a sentence ---- */

/* The marks of sentence @p se on side @p l of bead @p k: the figures of
 * its findings, then every figure read (latent numerals are no figure),
 * sorted by start. @return their number, or ZHEN_ENOMEM as a negative. */
static long sentence_marks(struct page *pg, const struct keys *shared,
                           int l, size_t i, const zhen_sentence *se,
                           size_t k)
{
	const zhen_quantities *qs =
		zhen_result_quantities(pg->r, (zhen_lang)l, i);
	size_t n = 0, end = se->off + se->len;
	struct mark *m;
	char key[KEYCAP];

	for (size_t j = pg->first[k]; j < pg->first[k + 1]; j++) {
		const zhen_finding *fi = fin(pg, pg->order[j]);
		const zhen_quantity *q = l ? &fi->en : &fi->zh;
		if (!(l ? fi->has_en : fi->has_zh) || q->start < se->off ||
		    q->start >= end)
			continue;
		if (!(m = mark_add(pg, &n)))
			return ZHEN_ENOMEM;
		*m = (struct mark){ q->start, q->end, 1, fi->severity, -1, q };
	}
	for (size_t j = 0; j < zhen_quantities_count(qs); j++) {
		const zhen_quantity *q = zhen_quantities_get(qs, j);
		if ((q->flags & ZHEN_QF_LATENT) || finding_of(pg, k, l, q))
			continue;
		if (!(m = mark_add(pg, &n)))
			return ZHEN_ENOMEM;
		zhen__html_figure_key(key, sizeof key, q);
		int c = keys_find(shared, key);
		*m = (struct mark){ q->start, q->end, 0, ZHEN_SEV_INFO,
		                    c < 0 ? -1 : c % NCOLOURS, q };
	}
	/* none yet: marks is still NULL, which qsort() may not be given */
	zhen__qsort(pg->marks, n, sizeof *pg->marks, mark_cmp);
	return (long)n;
}

/* Whether finding @p fi names the figure of mark @p mk on side @p l. */
static bool names(const zhen_finding *fi, int l, const struct mark *mk)
{
	return (l ? fi->has_en : fi->has_zh) &&
	       (l ? fi->en.start : fi->zh.start) == mk->start &&
	       (l ? fi->en.end : fi->zh.end) == mk->end;
}

/* The opening tag of a finding's figure: the highest severity of the
 * findings that name it ("acc", greyed, when a baseline accepted them
 * all) and their rows (data-f). Their text is not repeated here: the
 * script makes it the tooltip from the rows, which keeps the page near
 * the size of its input. */
static void finding_mark_open(struct zhen__buf *b, const struct page *pg,
                              size_t k, int l, const struct mark *mk)
{
	int sev = -1;
	const char *sep = "";

	for (size_t j = pg->first[k]; j < pg->first[k + 1]; j++) {
		const zhen_finding *fi = fin(pg, pg->order[j]);
		if (!accepted(pg, pg->order[j]) && names(fi, l, mk) &&
		    (int)fi->severity > sev)
			sev = (int)fi->severity;
	}
	zhen__buf_printf(b, "<mark class=\"%s%s\" data-f=\"",
	                 sev < 0 ? "acc" : "sev-",
	                 sev < 0 ? "" : zhen_severity_name((zhen_severity)sev));
	for (size_t j = pg->first[k]; j < pg->first[k + 1]; j++)
		if (names(fin(pg, pg->order[j]), l, mk)) {
			zhen__buf_str(b, sep);
			row_id(b, pg, pg->order[j]);
			sep = " ";
		}
	zhen__buf_str(b, "\">");
}

/* A figure read: a shared colour (class m0..m7) or none, and its value as
 * read in the title when that differs from @p text, the figure as written
 * (the script shows the text itself otherwise). Attribute values that
 * need no quotes go without, to keep the page small. */
void zhen__html_figure_open(struct zhen__buf *b, const zhen_quantity *q,
                            int colour, const char *text)
{
	char v[128];
	size_t n = zhen_quantity_format(v, sizeof v, q, 1);

	if (n >= sizeof v)
		n = sizeof v - 1;
	zhen__buf_str(b, "<mark");
	if (colour >= 0)
		zhen__buf_printf(b, " class=m%d", colour % NCOLOURS);
	if (n != q->end - q->start || memcmp(v, text, n)) {
		zhen__buf_str(b, " title=\"");
		esc(b, v, n);
		zhen__buf_str(b, "\"");
	}
	zhen__buf_str(b, ">");
}

/* The Simplified reading of a Chinese sentence, when it differs and the
 * page's map of characters @p t2s (t2s_map.c), which the script applies,
 * would not give it. NULL @p t2s: the page has no reading. */
int zhen__html_simplified(struct zhen__buf *b, struct zhen__t2s *t2s,
                          zhen_ctx *ctx, zhen_convert_mode mode,
                          const char *s, size_t len)
{
	char *out = NULL;
	size_t n = 0;

	if (!t2s || !len)
		return 0;
	int rc = zhen_convert(&out, &n, ctx, mode, s, len);
	if (rc < 0)
		return rc;
	if ((n != len || memcmp(out, s, len)) &&
	    (rc = zhen__t2s_learn(t2s, s, len, out, n)) == 0) {
		zhen__buf_str(b, "<span class=simp lang=zh-Hans>");
		esc(b, out, n);
		zhen__buf_str(b, "</span>");
	}
	zhen_free(out);
	return rc < 0 ? rc : 0;
}

/* Sentence @p i of side @p l as written, its figures marked. */
static int sentence(struct zhen__buf *b, struct page *pg,
                    const struct keys *shared, int l, size_t i, size_t k)
{
	const zhen_sentence sv = zhen__sent(
		zhen_result_sentences(pg->r, (zhen_lang)l), i), *se = &sv;
	const char *src = pg->src[l];
	size_t at = se->off, end = se->off + se->len;
	long n = sentence_marks(pg, shared, l, i, se, k);

	if (n < 0)
		return (int)n;
	zhen__buf_str(b, "<p>");
	for (long j = 0; j < n; j++) {
		const struct mark *mk = &pg->marks[j];
		/* a figure inside one already marked (or named twice) */
		if (mk->start < at || mk->start >= end)
			continue;
		size_t e = mk->end < end ? mk->end : end;
		esc(b, src + at, mk->start - at);
		if (mk->finding)
			finding_mark_open(b, pg, k, l, mk);
		else
			zhen__html_figure_open(b, mk->q, mk->colour,
			                       src + mk->start);
		esc(b, src + mk->start, e - mk->start);
		zhen__buf_str(b, "</mark>");
		at = e;
	}
	esc(b, src + at, end - at);
	int rc = l ? 0 : zhen__html_simplified(b, pg->t2s, pg->ctx,
	                                       pg->convert, src + se->off,
	                                       se->len);
	zhen__buf_str(b, "</p>");
	return rc;
}

/* ---- a bead ---- */

static const char *zh_lang_tag(zhen_script s)
{
	switch (s) {
	case ZHEN_SCRIPT_SIMPLIFIED:
		return "zh-Hans";
	case ZHEN_SCRIPT_TRADITIONAL:
	case ZHEN_SCRIPT_TRADITIONAL_TW:
	case ZHEN_SCRIPT_TRADITIONAL_HK:
		return "zh-Hant";
	default:
		return "zh";
	}
}

/* A finding's row, with the row id @p id (greyed, "accepted", when
 * @p acc), its message from the texts @p zs and @p es at their bases. */
void zhen__html_row(struct zhen__buf *b, const zhen_finding *fi, bool acc,
                    const char *id, const char *zs, size_t zb,
                    const char *es, size_t eb)
{
	struct zhen__buf m = { 0 };
	const char *sev = zhen_severity_name(fi->severity);

	zhen__report_message(&m, fi, zs, zb, es, eb);
	zhen__buf_printf(b, "<li class=\"f%s sev-%s\" id=\"%s\" tabindex=\"-1\" "
	                 "data-sev=\"%s\" data-type=\"%s\" data-id=\"%.*s\">"
	                 "<span class=\"sev\">%s</span> <span class=\"type\">%s"
	                 "</span>%s: ", acc ? " acc" : "", sev, id, sev,
	                 zhen_ftype_name(fi->type), ZHEN_FINDING_ID_LEN, fi->id,
	                 sev, zhen_ftype_name(fi->type),
	                 acc ? " <span class=\"accd\">accepted</span>" : "");
	esc(b, m.p ? m.p : "", m.len);
	if (m.oom)
		b->oom = true;
	zhen__buf_free(&m);
	zhen__buf_printf(b, " <span class=\"fid\">[id %.*s]</span></li>",
	                 ZHEN_FINDING_ID_LEN, fi->id);
}

static void finding_item(struct zhen__buf *b, const struct page *pg,
                         size_t idx)
{
	struct zhen__buf id = { 0 };

	row_id(&id, pg, idx);
	zhen__html_row(b, fin(pg, idx), accepted(pg, idx), id.p ? id.p : "",
	               pg->src[0], 0, pg->src[1], 0);
	if (id.oom)
		b->oom = true;
	zhen__buf_free(&id);
}

/* One side of a bead: its sentences, or a note that it has none. */
static int column(struct zhen__buf *b, struct page *pg,
                  const struct keys *shared, int l, size_t first,
                  size_t count, size_t k)
{
	int rc = 0;

	/* the Chinese takes its language from <main> */
	zhen__buf_str(b, l ? "<div class=en lang=en>" : "<div class=zh>");
	if (!count)
		zhen__buf_printf(b, "<p class=\"none\">(no %s sentence)</p>",
		                 l ? "English" : "Chinese");
	for (size_t i = first; i < first + count && !rc; i++)
		rc = sentence(b, pg, shared, l, i, k);
	zhen__buf_str(b, "</div>\n");
	return rc;
}

static void bead_where(struct zhen__buf *b, const struct page *pg,
                       const zhen_bead *bd)
{
	struct zhen__buf w = { 0 };

	zhen__report_bead_sides(&w, bd, pg->doc[0],
	                        zhen_result_sentences(pg->r, ZHEN_LANG_ZH),
	                        pg->doc[1],
	                        zhen_result_sentences(pg->r, ZHEN_LANG_EN));
	zhen__buf_str(b, "<div class=w>");
	esc(b, w.p ? w.p : "", w.len);
	if (w.oom)
		b->oom = true;
	zhen__buf_free(&w);
	/* said when the aligner had a doubt, to keep the page small; the
	 * stylesheet writes the word "confidence" before it */
	if (bd->confidence < 0.995)
		zhen__buf_printf(b, "<b class=c>%.2f</b>", bd->confidence);
	zhen__buf_printf(b, "%s</div>\n",
	                 bd->moved ? "<b class=mv>moved</b>" : "");
}

static int bead(struct zhen__buf *b, struct page *pg, struct keys side[2],
                struct keys *shared, size_t k)
{
	const zhen_bead bv = zhen__bead(zhen_result_alignment(pg->r), k),
	                *bd = &bv;
	int rc;

	/* shaded where the check itself doubts the pairing */
	zhen__buf_printf(b, "<section id=b%zu%s>\n", k + 1,
	                 bd->confidence < ZHEN__LOW_CONFIDENCE ? " class=low"
	                                                       : "");
	bead_where(b, pg, bd);
	if ((rc = bead_keys(pg, side, shared, bd, k)) < 0 ||
	    (rc = column(b, pg, shared, 0, bd->zh_first, bd->zh_count, k)) < 0 ||
	    (rc = column(b, pg, shared, 1, bd->en_first, bd->en_count, k)) < 0)
		return rc;
	if (pg->first[k + 1] > pg->first[k]) {
		zhen__buf_str(b, "<ol class=findings>");
		for (size_t j = pg->first[k]; j < pg->first[k + 1]; j++)
			finding_item(b, pg, pg->order[j]);
		zhen__buf_str(b, "</ol>\n");
	}
	zhen__buf_str(b, "</section>\n");
	return 0;
}

/* The end of the page: the Simplified reading's map of characters, when
 * the page has one (NULL: none), and the script. */
void zhen__html_tail(struct zhen__buf *b, const struct zhen__t2s *t2s)
{
	const struct zhen__asset *js = &zhen__assets[ZHEN__ASSET_REPORT_JS];

	zhen__buf_str(b, "</main>\n");
	if (t2s) {
		struct zhen__buf m = { 0 };
		zhen__t2s_write(&m, t2s);
		zhen__buf_str(b, "<div id=t2s hidden data-m=\"");
		esc(b, m.p ? m.p : "", m.len);
		zhen__buf_str(b, "\"></div>\n");
		if (m.oom)
			b->oom = true;
		zhen__buf_free(&m);
	}
	zhen__buf_str(b, "<footer>Written by zhen ");
	esc_str(b, zhen_version());
	zhen__buf_str(b, ". Finding ids and messages are those of zhen check;"
	                 " a figure's title gives the value zhen read."
	                 "</footer>\n<script>");
	zhen__buf_add(b, js->bytes, js->len);
	zhen__buf_str(b, "</script>\n</body>\n</html>\n");
}

static int beads(struct zhen__buf *b, struct page *pg, zhen_write_fn write,
                 void *payload)
{
	const zhen_alignment *al = zhen_result_alignment(pg->r);
	struct keys side[2] = { { 0 }, { 0 } }, shared = { 0 };
	int rc = 0;

	zhen__buf_printf(b, "<main id=beads lang=%s>\n",
	                 zh_lang_tag(zhen_result_script(pg->r)));
	/* in parts of PART beads, which the browser lays out only when they
	 * come into view (content-visibility in report.css): a long
	 * document's page then opens in seconds, not half a minute */
	for (size_t k = 0; k < zhen_alignment_count(al) && !rc; k++) {
		if (k % PART == 0)
			zhen__buf_str(b, k ? "</div><div class=part>\n"
			                   : "<div class=part>\n");
		if ((rc = bead(b, pg, side, &shared, k)) == 0)
			rc = zhen__report_emit(write, payload, b);
	}
	zhen__buf_str(b, zhen_alignment_count(al) ? "</div>\n" : "");
	free(side[0].k);
	free(side[1].k);
	free(shared.k);
	return rc;
}

int zhen_report_html(zhen_write_fn write, void *payload, zhen_ctx *ctx,
                     const zhen_result *r, const zhen_doc *zh,
                     const zhen_doc *en, const zhen_report_options *opts)
{
	static const zhen_report_options defaults = ZHEN_REPORT_OPTIONS_INIT;
	struct page pg = { .r = r, .doc = { zh, en }, .ctx = ctx };
	struct zhen__buf b = { 0 };
	struct zhen__html_tally tally = { 0 };
	int rc;

	if (!write || !r || !zh || !en)
		return zhen__einval(ctx, __func__,
		                   "write, r, zh or en is NULL");
	if (!opts)
		opts = &defaults;
	if (zhen__result_unpack(r) < 0)
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	pg.src[0] = zhen_doc_bytes(zh, NULL);
	pg.src[1] = zhen_doc_bytes(en, NULL);
	pg.convert = zhen_result_convert(r);
	if (ctx && pg.convert != ZHEN_CONVERT_NONE &&
	    !(pg.t2s = zhen__t2s_new())) {
		rc = ZHEN_ENOMEM;
		goto out;
	}
	pg.acc = zhen_result_accepted_findings(r);
	rc = index_findings(&pg, zhen_alignment_count(zhen_result_alignment(r)));
	if (rc < 0)
		goto out;
	zhen__html_tally_add(&tally, zhen_result_findings(r), false);
	zhen__html_tally_add(&tally, pg.acc, true);
	zhen__html_head(&b, opts->zh_name ? opts->zh_name : "zh",
	                opts->en_name ? opts->en_name : "en");
	header(&b, r, opts, &tally);
	zhen__html_controls(&b, &tally, "beads", pg.t2s != NULL);
	if ((rc = zhen__report_emit(write, payload, &b)) != 0 ||
	    (rc = beads(&b, &pg, write, payload)) != 0)
		goto out;
	zhen__html_tail(&b, pg.t2s);
	rc = zhen__report_emit(write, payload, &b);
out:
	free(pg.first);
	free(pg.order);
	free(pg.marks);
	zhen__t2s_free(pg.t2s);
	zhen__buf_free(&b);
	return rc;
}
