/* text.c: the diff-style report of a document check and of one pair. */
#include "report_internal.h"

#include <stdlib.h>
#include <string.h>

#define C_RESET "\033[0m"
#define C_HEAD "\033[36m"
#define C_DEL "\033[31m"
#define C_ADD "\033[32m"
#define C_MARK "\033[1;7m"
#define C_ERROR "\033[1;31m"
#define C_WARN "\033[1;33m"
#define C_INFO "\033[1;34m"

struct span {
	size_t start, end;
};

static int span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	return (x->start > y->start) - (x->start < y->start);
}

/* One line of a hunk: the sentence as written, the quantities in question
 * marked. Overlapping spans (one quantity in two findings) merge. */
static void marked_line(struct zhen__buf *b, char sign, const char *src,
                        size_t off, size_t len, struct span *sp, size_t nsp,
                        int color)
{
	const char *lc = sign == '-' ? C_DEL : C_ADD;
	qsort(sp, nsp, sizeof *sp, span_cmp);
	if (color)
		zhen__buf_str(b, lc);
	zhen__buf_add(b, &sign, 1);
	size_t at = off, end = off + len;
	for (size_t i = 0; i < nsp; i++) {
		size_t s = sp[i].start, e = sp[i].end;
		if (e <= at || s >= end)
			continue;
		if (s < at)
			s = at;
		while (i + 1 < nsp && sp[i + 1].start < e) {
			if (sp[i + 1].end > e)
				e = sp[i + 1].end;
			i++;
		}
		if (e > end)
			e = end;
		zhen__buf_add(b, src + at, s - at);
		zhen__buf_str(b, color ? C_MARK : "[[");
		zhen__buf_add(b, src + s, e - s);
		if (color) {
			zhen__buf_str(b, C_RESET);
			zhen__buf_str(b, lc);
		} else {
			zhen__buf_str(b, "]]");
		}
		at = e;
	}
	zhen__buf_add(b, src + at, end - at);
	if (color)
		zhen__buf_str(b, C_RESET);
	zhen__buf_str(b, "\n");
}

static const char *sev_color(zhen_severity s)
{
	return s == ZHEN_SEV_ERROR ? C_ERROR : s == ZHEN_SEV_WARNING ? C_WARN
	                                                             : C_INFO;
}

void zhen__report_finding_line(struct zhen__buf *b, const zhen_finding *f,
                               const char *zs, size_t zb, const char *es,
                               size_t eb, int color)
{
	zhen__buf_str(b, "  ");
	if (color)
		zhen__buf_str(b, sev_color(f->severity));
	zhen__buf_str(b, zhen_severity_name(f->severity));
	zhen__buf_str(b, " ");
	zhen__buf_str(b, zhen_ftype_name(f->type));
	if (color)
		zhen__buf_str(b, C_RESET);
	zhen__buf_str(b, ": ");
	zhen__report_message(b, f, zs, zb, es, eb);
	/* after the message, which stays the same text as JSON "message" */
	if (f->id[0])
		zhen__buf_printf(b, " [id %.*s]", ZHEN_FINDING_ID_LEN, f->id);
	zhen__buf_str(b, "\n");
}

/* Where a sentence is: the line and paragraph of a text file, or the
 * place a document format names ("paragraph 12", "table 1, row 2, cell
 * 3"), which is where its reader looks: a DOCX has no lines to count. */
static void side_at(struct zhen__buf *b, const char *lang,
                    const zhen_doc *doc, const zhen_sentence *se)
{
	size_t line = zhen_doc_line_of(doc, se->off);
	const char *place = zhen_doc_place(doc, line);

	if (*lang)
		zhen__buf_str(b, lang);
	if (place)
		zhen__buf_printf(b, " %s s%zu", place, se->index + 1);
	else
		zhen__buf_printf(b, " line %zu ¶%zu s%zu", line, se->para + 1,
		                 se->index + 1);
}

static void side_header(struct zhen__buf *b, const char *lang,
                        const zhen_doc *doc, const zhen_sentences *s,
                        size_t first, size_t count)
{
	if (!count) {
		zhen__buf_printf(b, "%s (none)", lang);
		return;
	}
	const zhen_sentence a = zhen__sent(s, first);
	const zhen_sentence z = zhen__sent(s, first + count - 1);
	side_at(b, lang, doc, &a);
	if (count > 1) {
		if (z.para == a.para) {
			zhen__buf_printf(b, "-%zu", z.index + 1);
		} else {
			zhen__buf_str(b, " to");
			side_at(b, "", doc, &z);
		}
	}
}

void zhen__report_bead_sides(struct zhen__buf *b, const zhen_bead *bd,
                             const zhen_doc *zh, const zhen_sentences *zs,
                             const zhen_doc *en, const zhen_sentences *es)
{
	side_header(b, "zh", zh, zs, bd->zh_first, bd->zh_count);
	zhen__buf_str(b, " | ");
	side_header(b, "en", en, es, bd->en_first, bd->en_count);
}

static void side_lines(struct zhen__buf *b, char sign, const zhen_doc *doc,
                       const zhen_sentences *s, size_t first, size_t count,
                       const zhen_finding *f, size_t nf, int color)
{
	const char *src = zhen_doc_bytes(doc, NULL);
	struct span *sp = calloc(nf + 1, sizeof *sp);
	size_t nsp = 0;

	if (!sp) {
		b->oom = true;
		return;
	}
	for (size_t i = 0; i < nf; i++) {
		const zhen_quantity *q = sign == '-' ? &f[i].zh : &f[i].en;
		if (sign == '-' ? f[i].has_zh : f[i].has_en)
			sp[nsp++] = (struct span){ q->start, q->end };
	}
	for (size_t i = first; i < first + count; i++)
		marked_line(b, sign, src, s->c[i].off, s->c[i].len, sp, nsp,
		            color);
	free(sp);
}

int zhen_report_text(zhen_write_fn write, void *payload, const zhen_result *r,
                     const zhen_doc *zh, const zhen_doc *en,
                     const zhen_report_options *opts)
{
	static const zhen_report_options defaults = ZHEN_REPORT_OPTIONS_INIT;
	const zhen_findings *f = zhen_result_findings(r);
	const zhen_alignment *al = zhen_result_alignment(r);
	const zhen_sentences *zs = zhen_result_sentences(r, ZHEN_LANG_ZH);
	const zhen_sentences *es = zhen_result_sentences(r, ZHEN_LANG_EN);
	const char *zsrc = zhen_doc_bytes(zh, NULL), *esrc = zhen_doc_bytes(en, NULL);
	struct zhen__buf b = { 0 };
	int color, rc = 0;

	if (!write || !r || !zh || !en)
		return ZHEN_EINVAL;
	if (!opts)
		opts = &defaults;
	color = opts->color;
	if (color)
		zhen__buf_str(&b, C_HEAD);
	zhen__buf_printf(&b, "--- %s\t(Chinese, %s, convert %s)\n",
	                 opts->zh_name ? opts->zh_name : "zh",
	                 zhen_script_name(zhen_result_script(r)),
	                 zhen_convert_mode_name(zhen_result_convert(r)));
	zhen__buf_printf(&b, "+++ %s\t(English)\n",
	                 opts->en_name ? opts->en_name : "en");
	if (color)
		zhen__buf_str(&b, C_RESET);
	for (size_t i = 0; i < f->n && !rc;) {
		size_t j = i, bead = f->f[i].bead;
		while (j < f->n && f->f[j].bead == bead)
			j++;
		const zhen_bead bv = zhen__bead(al, bead), *bd = &bv;
		if (color)
			zhen__buf_str(&b, C_HEAD);
		zhen__buf_str(&b, "@@ ");
		zhen__report_bead_sides(&b, bd, zh, zs, en, es);
		zhen__buf_str(&b, " @@");
		if (color)
			zhen__buf_str(&b, C_RESET);
		zhen__buf_str(&b, "\n");
		side_lines(&b, '-', zh, zs, bd->zh_first, bd->zh_count,
		           &f->f[i], j - i, color);
		side_lines(&b, '+', en, es, bd->en_first, bd->en_count,
		           &f->f[i], j - i, color);
		for (size_t k = i; k < j; k++)
			zhen__report_finding_line(&b, &f->f[k], zsrc, 0, esrc,
			                          0, color);
		rc = zhen__report_emit(write, payload, &b);
		i = j;
	}
	/* the file header alone, when nothing was found */
	if (!rc)
		rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

/* A label from the file (a place, an id, a state) as a terminal may show
 * it: control characters (C0, DEL, C1), the bidirectional controls that
 * could make a line read otherwise than it is, and bytes that are no
 * UTF-8 are written as escapes (\x1B, \u{202E}); a backslash is doubled
 * so that an escape is never ambiguous. */
static void label(struct zhen__buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		size_t k = i;
		int32_t cp = zhen__utf8_next(s, n, &k);
		bool bad = cp == 0xFFFD && !(k - i == 3 &&
		                             !memcmp(s + i, "\xEF\xBF\xBD", 3));
		if (bad || cp < 0x20 || cp == 0x7F) {
			zhen__buf_printf(b, "\\x%02X", (unsigned char)s[i]);
			k = i + 1;
		} else if (zhen__report_hidden(cp)) {
			zhen__buf_printf(b, "\\u{%04X}", (unsigned)cp);
		} else if (cp == '\\') {
			zhen__buf_str(b, "\\\\");
		} else {
			zhen__buf_add(b, s + i, k - i);
		}
		i = k;
	}
}

static void label_str(struct zhen__buf *b, const char *s)
{
	label(b, s, strlen(s));
}

/* "@@ segment 2, line 106 id 2 (Translated) @@": a unit is found by its
 * place, then its line, or both sides' when they differ ("zh line 106,
 * en line 107"); a pairs line by its line. */
static void pair_header(struct zhen__buf *b, const zhen_pair_place *at)
{
	const zhen_units *us = zhen__place_units(at);
	const zhen_unit *u = us ? zhen_units_get(us, at->unit) : NULL;

	zhen__buf_str(b, "@@ ");
	if (at->where) {
		label_str(b, at->where);
		if (u && u->en_where) {
			zhen__buf_str(b, " | ");
			label_str(b, u->en_where);
		}
		if (u && u->en_line && u->en_line != at->line)
			zhen__buf_printf(b, ", zh line %zu, en line %zu",
			                 at->line, u->en_line);
		else if (at->line)
			zhen__buf_printf(b, ", line %zu", at->line);
	} else {
		zhen__buf_printf(b, "line %zu", at->line);
	}
	if (at->id) {
		zhen__buf_str(b, " id ");
		label(b, at->id, at->id_len);
	}
	if (at->state) {
		zhen__buf_str(b, " (");
		label_str(b, at->state);
		zhen__buf_str(b, ")");
	}
	zhen__buf_str(b, " @@");
}

/* One side of finding_at(): "zh line 106 byte 2431"; false when the
 * file has no byte offset for it. */
static bool side_at_file(struct zhen__buf *b, const zhen_pair_place *at,
                         zhen_lang side, const zhen_quantity *q, size_t base,
                         bool first)
{
	size_t fs, fe, line;
	if (zhen_units_source_span(&fs, &fe, &line, at->units, at->unit, side,
	                           q->start - base, q->end - base) < 0 ||
	    fs == SIZE_MAX)
		return false;
	zhen__buf_printf(b, "%s%s line %zu byte %zu", first ? "" : ", ",
	                 side == ZHEN_LANG_ZH ? "zh" : "en", line, fs);
	return true;
}

/* "    at zh line 106 byte 2431, en line 107 byte 2502": where a unit's
 * figures are in the file, for an editor to jump to (nothing where the
 * file has no byte offsets: an XLSX cell's place is in the header). */
static void finding_at(struct zhen__buf *b, const zhen_pair_place *at,
                       const zhen_finding *f, size_t zb, size_t eb)
{
	if (!zhen__place_units(at))
		return;
	size_t mark = b->len;
	bool any = false;
	zhen__buf_str(b, "    at ");
	if (f->has_zh)
		any = side_at_file(b, at, ZHEN_LANG_ZH, &f->zh, zb, true);
	if (f->has_en)
		any |= side_at_file(b, at, ZHEN_LANG_EN, &f->en, eb, !any);
	if (any)
		zhen__buf_str(b, "\n");
	else
		b->len = mark;
}

static bool inside(const zhen_quantity *q, size_t base, size_t len)
{
	return q->start >= base && q->end >= q->start &&
	       q->end - base <= len;
}

bool zhen__report_inside(const zhen_findings *f, size_t zh_base,
                         size_t zh_len, size_t en_base, size_t en_len)
{
	for (size_t i = 0; f && i < f->n; i++) {
		const zhen_finding *fi = &f->f[i];
		if ((fi->has_zh && !inside(&fi->zh, zh_base, zh_len)) ||
		    (fi->has_en && !inside(&fi->en, en_base, en_len)))
			return false;
	}
	return true;
}

int zhen__pair_args(const zhen_pair_place *at, const zhen_findings *f,
                    const char *zh, size_t zh_len, size_t zh_base,
                    const char *en, size_t en_len, size_t en_base)
{
	if (!at)
		return ZHEN_EINVAL;
	/* a place of another version has fields this one cannot read */
	if (!zhen__place_ok(at))
		return ZHEN_EUSAGE;
	if (!zhen_findings_count(f))
		return 1;
	if (!zh || !en)
		return ZHEN_EINVAL;
	/* every figure quoted must lie in the text given */
	if (!zhen__report_inside(f, zh_base, zh_len, en_base, en_len))
		return ZHEN_EUSAGE;
	return 0;
}

int zhen_report_pair_text_at(zhen_write_fn write, void *payload,
                             const zhen_pair_place *at,
                             const zhen_findings *f, const char *zh,
                             size_t zh_len, size_t zh_base, const char *en,
                             size_t en_len, size_t en_base,
                             const zhen_report_options *opts)
{
	struct zhen__buf b = { 0 };
	struct span *sp;
	size_t nf = zhen_findings_count(f), nsp;
	int color = opts && opts->color;

	if (!write)
		return ZHEN_EINVAL;
	int rc = zhen__pair_args(at, f, zh, zh_len, zh_base, en, en_len,
	                         en_base);
	if (rc)
		return rc < 0 ? rc : 0;
	sp = calloc(nf + 1, sizeof *sp);
	if (!sp)
		return ZHEN_ENOMEM;
	if (color)
		zhen__buf_str(&b, C_HEAD);
	pair_header(&b, at);
	if (color)
		zhen__buf_str(&b, C_RESET);
	zhen__buf_str(&b, "\n");
	for (int side = 0; side < 2; side++) {
		nsp = 0;
		for (size_t i = 0; i < nf; i++) {
			const zhen_finding *fi = &f->f[i];
			if (side == 0 && fi->has_zh)
				sp[nsp++] = (struct span){ fi->zh.start - zh_base,
				                           fi->zh.end - zh_base };
			if (side == 1 && fi->has_en)
				sp[nsp++] = (struct span){ fi->en.start - en_base,
				                           fi->en.end - en_base };
		}
		marked_line(&b, side ? '+' : '-', side ? en : zh, 0,
		            side ? en_len : zh_len, sp, nsp, color);
	}
	for (size_t i = 0; i < nf; i++) {
		zhen__report_finding_line(&b, &f->f[i], zh, zh_base, en,
		                          en_base, color);
		finding_at(&b, at, &f->f[i], zh_base, en_base);
	}
	free(sp);
	rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

int zhen_report_pair_text(zhen_write_fn write, void *payload, size_t line,
                          const zhen_findings *f, const char *zh,
                          size_t zh_len, size_t zh_base, const char *en,
                          size_t en_len, size_t en_base,
                          const zhen_report_options *opts)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;

	at.line = line;
	return zhen_report_pair_text_at(write, payload, &at, f, zh, zh_len,
	                                zh_base, en, en_len, en_base, opts);
}
