/* report.c: diff-style text and JSON Lines. Every quoted span comes from
 * the user's original bytes through the offsets the stages kept. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#define C_RESET "\033[0m"
#define C_HEAD "\033[36m"
#define C_DEL "\033[31m"
#define C_ADD "\033[32m"
#define C_MARK "\033[1;7m"
#define C_ERROR "\033[1;31m"
#define C_WARN "\033[1;33m"
#define C_INFO "\033[1;34m"

static int emit(zhen_write_fn w, void *p, struct zhen__buf *b)
{
	if (b->oom)
		return ZHEN_ENOMEM;
	int rc = b->len ? w(p, b->p, b->len) : 0;
	b->len = 0;
	return rc;
}

static void quote(struct zhen__buf *b, const zhen_quantity *q,
                  const char *src, size_t base)
{
	zhen__buf_add(b, src + (q->start - base), q->end - q->start);
}

static void value_text(struct zhen__buf *b, const zhen_quantity *q)
{
	char tmp[128];
	size_t n = zhen_quantity_format(tmp, sizeof tmp, q, 1);
	zhen__buf_add(b, tmp, n < sizeof tmp ? n : sizeof tmp - 1);
}

static void describe(struct zhen__buf *b, const zhen_quantity *q,
                     const char *src, size_t base)
{
	quote(b, q, src, base);
	zhen__buf_str(b, " = ");
	value_text(b, q);
}

static void message(struct zhen__buf *b, const zhen_finding *f,
                    const char *zs, size_t zb, const char *es, size_t eb)
{
	switch (f->type) {
	case ZHEN_F_MISSING:
	case ZHEN_F_EXTRA:
		if (f->has_zh && f->has_en) {
			/* a date whose year one side leaves out */
			describe(b, &f->zh, zs, zb);
			zhen__buf_str(b, " ~ ");
			describe(b, &f->en, es, eb);
			zhen__buf_str(b, f->type == ZHEN_F_MISSING
			                     ? ": the year is not in the English"
			                     : ": the year is not in the Chinese");
		} else if (f->type == ZHEN_F_MISSING) {
			describe(b, &f->zh, zs, zb);
			zhen__buf_str(b, " is not in the English");
		} else {
			describe(b, &f->en, es, eb);
			zhen__buf_str(b, " is not in the Chinese");
		}
		return;
	case ZHEN_F_SERIES:
		/* compare also looks for a switch on the English side when
		 * the Chinese list is clean: quote whichever side has it */
		if (f->has_zh)
			describe(b, &f->zh, zs, zb);
		else if (f->has_en)
			describe(b, &f->en, es, eb);
		zhen__buf_str(b, ": a list of amounts switches currency here;"
		                 " check the source figures");
		return;
	case ZHEN_F_ALIGNMENT:
		zhen__buf_str(b, "low-confidence alignment: findings in this "
		                 "hunk may come from sentences paired wrongly");
		return;
	default:
		break;
	}
	if (!f->has_zh || !f->has_en) {
		/* a comparison with one side absent: never quote the other */
		if (f->has_zh)
			describe(b, &f->zh, zs, zb);
		if (f->has_en)
			describe(b, &f->en, es, eb);
		return;
	}
	describe(b, &f->zh, zs, zb);
	zhen__buf_str(b, f->severity == ZHEN_SEV_INFO ? " ≈ " : " ≠ ");
	describe(b, &f->en, es, eb);
	if (f->severity == ZHEN_SEV_INFO && f->type == ZHEN_F_VALUE)
		zhen__buf_str(b, " (rounded beyond the precision written)");
	/* 下降3.4% ↔ "up 3.4%": the figures agree, the direction not */
	unsigned up = ZHEN_QF_INCREASE, down = ZHEN_QF_DECREASE;
	if (f->type == ZHEN_F_VALUE &&
	    (((f->zh.flags & up) && (f->en.flags & down)) ||
	     ((f->zh.flags & down) && (f->en.flags & up))))
		zhen__buf_str(b, f->zh.flags & up
		                     ? " (a rise in the Chinese, a fall in the English)"
		                     : " (a fall in the Chinese, a rise in the English)");
}

size_t zhen_finding_message(char *buf, size_t cap, const zhen_finding *f,
                            const char *zh_src, size_t zh_base,
                            const char *en_src, size_t en_base)
{
	struct zhen__buf b = { 0 };
	message(&b, f, zh_src, zh_base, en_src, en_base);
	size_t n = b.len;
	if (cap) {
		size_t k = n < cap - 1 ? n : cap - 1;
		if (k)
			memcpy(buf, b.p, k);
		buf[k] = 0;
	}
	zhen__buf_free(&b);
	return n;
}

/* ---- text ---- */

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

static void finding_line(struct zhen__buf *b, const zhen_finding *f,
                         const char *zs, size_t zb, const char *es, size_t eb,
                         int color)
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
	message(b, f, zs, zb, es, eb);
	zhen__buf_str(b, "\n");
}

static void side_header(struct zhen__buf *b, const char *lang,
                        const zhen_doc *doc, const zhen_sentences *s,
                        size_t first, size_t count)
{
	if (!count) {
		zhen__buf_printf(b, "%s (none)", lang);
		return;
	}
	const zhen_sentence *a = &s->s[first], *z = &s->s[first + count - 1];
	size_t la = zhen_doc_line_of(doc, a->off);
	zhen__buf_printf(b, "%s line %zu ¶%zu s%zu", lang, la, a->para + 1,
	                 a->index + 1);
	if (count > 1) {
		if (z->para == a->para)
			zhen__buf_printf(b, "-%zu", z->index + 1);
		else
			zhen__buf_printf(b, " to line %zu ¶%zu s%zu",
			                 zhen_doc_line_of(doc, z->off), z->para + 1,
			                 z->index + 1);
	}
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
		marked_line(b, sign, src, s->s[i].off, s->s[i].len, sp, nsp,
		            color);
	free(sp);
}

static void counts(const zhen_findings *f, size_t n[3])
{
	n[0] = n[1] = n[2] = 0;
	for (size_t i = 0; i < f->n; i++)
		n[f->f[i].severity]++;
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
	size_t n[3];

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
		const zhen_bead *bd = zhen_alignment_get(al, bead);
		if (color)
			zhen__buf_str(&b, C_HEAD);
		zhen__buf_str(&b, "@@ ");
		side_header(&b, "zh", zh, zs, bd->zh_first, bd->zh_count);
		zhen__buf_str(&b, " | ");
		side_header(&b, "en", en, es, bd->en_first, bd->en_count);
		zhen__buf_str(&b, " @@");
		if (color)
			zhen__buf_str(&b, C_RESET);
		zhen__buf_str(&b, "\n");
		side_lines(&b, '-', zh, zs, bd->zh_first, bd->zh_count,
		           &f->f[i], j - i, color);
		side_lines(&b, '+', en, es, bd->en_first, bd->en_count,
		           &f->f[i], j - i, color);
		for (size_t k = i; k < j; k++)
			finding_line(&b, &f->f[k], zsrc, 0, esrc, 0, color);
		rc = emit(write, payload, &b);
		i = j;
	}
	if (!rc) {
		counts(f, n);
		zhen__buf_printf(&b, "zhen: %zu beads checked, %zu error%s, "
		                 "%zu warning%s, %zu info\n",
		                 zhen_alignment_count(al), n[2],
		                 n[2] == 1 ? "" : "s", n[1], n[1] == 1 ? "" : "s",
		                 n[0]);
		rc = emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	return rc;
}

/* ---- JSON ---- */

static void json_str(struct zhen__buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	zhen__buf_add(b, "\"", 1);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			char e[2] = { '\\', (char)c };
			zhen__buf_add(b, e, 2);
		} else if (c < 0x20) {
			char e[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			zhen__buf_add(b, e, 6);
		} else {
			zhen__buf_add(b, (const char *)&s[i], 1);
		}
	}
	zhen__buf_add(b, "\"", 1);
}

int zhen_json_string(zhen_write_fn write, void *payload, const char *s,
                     size_t len)
{
	struct zhen__buf b = { 0 };
	json_str(&b, s, len);
	int rc = emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

/* The "unit" of a finding's side: the currency for money, % or pp, else the
 * measurement unit. */
static const char *unit_of(const zhen_quantity *q)
{
	if (q->currency[0])
		return q->currency;
	if (q->kind == ZHEN_Q_PERCENT)
		return "%";
	if (q->kind == ZHEN_Q_POINTS)
		return "pp";
	return q->unit;
}

/* JSON "value": the bare decimal (the unit has its own field), except for
 * dates and identifiers, whose text form is the value. */
static void json_value(char *v, size_t cap, const zhen_quantity *q)
{
	if (q->kind == ZHEN_Q_DATE || q->kind == ZHEN_Q_IDENT)
		zhen_quantity_format(v, cap, q, 0);
	else
		zhen_decimal_format(v, cap, q->value, 0);
}

static void json_side(struct zhen__buf *b, const zhen_quantity *q,
                      const char *src, size_t base, const zhen_doc *doc)
{
	char v[128];
	size_t start = q->start, end = q->end;
	json_value(v, sizeof v, q);
	/* Offsets point into the user's file, whatever its encoding or
	 * wrapping; the text quoted is the analysis text (UTF-8). */
	if (doc)
		zhen_doc_source_span(doc, q->start, q->end, &start, &end);
	zhen__buf_str(b, "{\"text\":");
	json_str(b, src + (q->start - base), q->end - q->start);
	zhen__buf_printf(b, ",\"start\":%zu,\"end\":%zu,\"kind\":\"%s\","
	                 "\"value\":", start, end, zhen_qkind_name(q->kind));
	json_str(b, v, strlen(v));
	zhen__buf_str(b, ",\"unit\":");
	json_str(b, unit_of(q), strlen(unit_of(q)));
	if (doc)
		zhen__buf_printf(b, ",\"line\":%zu", zhen_doc_line_of(doc, q->start));
	zhen__buf_str(b, "}");
}

static void json_finding(struct zhen__buf *b, const zhen_finding *f,
                         const char *zs, size_t zb, const zhen_doc *zd,
                         const char *es, size_t eb, const zhen_doc *ed)
{
	struct zhen__buf m = { 0 };
	message(&m, f, zs, zb, es, eb);
	zhen__buf_printf(b, "{\"type\":\"%s\",\"severity\":\"%s\",\"message\":",
	                 zhen_ftype_name(f->type), zhen_severity_name(f->severity));
	json_str(b, m.p ? m.p : "", m.len);
	if (m.oom)
		b->oom = true;
	zhen__buf_free(&m);
	zhen__buf_str(b, ",\"zh\":");
	if (f->has_zh)
		json_side(b, &f->zh, zs, zb, zd);
	else
		zhen__buf_str(b, "null");
	zhen__buf_str(b, ",\"en\":");
	if (f->has_en)
		json_side(b, &f->en, es, eb, ed);
	else
		zhen__buf_str(b, "null");
}

int zhen_report_json(zhen_write_fn write, void *payload, const zhen_result *r,
                     const zhen_doc *zh, const zhen_doc *en)
{
	const zhen_findings *f = zhen_result_findings(r);
	const zhen_alignment *al = zhen_result_alignment(r);
	const char *zsrc = zhen_doc_bytes(zh, NULL), *esrc = zhen_doc_bytes(en, NULL);
	struct zhen__buf b = { 0 };
	int rc = 0;
	size_t n[3];

	for (size_t i = 0; i < f->n && !rc; i++) {
		const zhen_bead *bd = zhen_alignment_get(al, f->f[i].bead);
		json_finding(&b, &f->f[i], zsrc, 0, zh, esrc, 0, en);
		zhen__buf_printf(&b, ",\"bead\":{\"index\":%zu,\"zh\":[%zu,%zu],"
		                 "\"en\":[%zu,%zu],\"confidence\":%.3f}}\n",
		                 f->f[i].bead, bd->zh_first, bd->zh_count,
		                 bd->en_first, bd->en_count, bd->confidence);
		rc = emit(write, payload, &b);
	}
	if (!rc) {
		counts(f, n);
		zhen__buf_printf(&b, "{\"summary\":{\"beads\":%zu,\"zh_sentences\":%zu,"
		                 "\"en_sentences\":%zu,\"errors\":%zu,"
		                 "\"warnings\":%zu,\"info\":%zu,\"script\":\"%s\","
		                 "\"convert\":\"%s\"}}\n",
		                 zhen_alignment_count(al),
		                 zhen_sentences_count(zhen_result_sentences(r, ZHEN_LANG_ZH)),
		                 zhen_sentences_count(zhen_result_sentences(r, ZHEN_LANG_EN)),
		                 n[2], n[1], n[0],
		                 zhen_script_name(zhen_result_script(r)),
		                 zhen_convert_mode_name(zhen_result_convert(r)));
		rc = emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	return rc;
}

int zhen_report_pair_json(zhen_write_fn write, void *payload, size_t line,
                          const zhen_findings *f, const char *zh,
                          size_t zh_base, const char *en, size_t en_base)
{
	struct zhen__buf b = { 0 };
	zhen__buf_printf(&b, "{\"line\":%zu,\"findings\":[", line);
	for (size_t i = 0; i < zhen_findings_count(f); i++) {
		if (i)
			zhen__buf_str(&b, ",");
		json_finding(&b, &f->f[i], zh, zh_base, NULL, en, en_base, NULL);
		zhen__buf_str(&b, "}");
	}
	zhen__buf_str(&b, "]}\n");
	int rc = emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

int zhen_report_pair_text(zhen_write_fn write, void *payload, size_t line,
                          const zhen_findings *f, const char *zh,
                          size_t zh_len, size_t zh_base, const char *en,
                          size_t en_len, size_t en_base,
                          const zhen_report_options *opts)
{
	struct zhen__buf b = { 0 };
	struct span *sp;
	size_t nf = zhen_findings_count(f), nsp;
	int color = opts && opts->color;

	if (!nf)
		return 0;
	sp = calloc(nf + 1, sizeof *sp);
	if (!sp)
		return ZHEN_ENOMEM;
	if (color)
		zhen__buf_str(&b, C_HEAD);
	zhen__buf_printf(&b, "@@ line %zu @@", line);
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
	for (size_t i = 0; i < nf; i++)
		finding_line(&b, &f->f[i], zh, zh_base, en, en_base, color);
	free(sp);
	int rc = emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

/* ---- side-by-side alignment ---- */

/* The text of sentences [first, first+count), joined by one space. */
static void join_sentences(struct zhen__buf *b, const char *src,
                           const zhen_sentences *s, size_t first,
                           size_t count)
{
	b->len = 0;
	for (size_t i = first; i < first + count; i++) {
		if (i > first)
			zhen__buf_str(b, " ");
		zhen__buf_add(b, src + s->s[i].off, s->s[i].len);
	}
}

static int cp_width(int32_t cp)
{
	if (cp == '\t')
		return 1;
	int w = utf8proc_charwidth(cp);
	return w < 0 ? 0 : w;
}

/* Cut the next display line of at most @p w columns from s[*pos, len):
 * at the last space when the piece has one (English), anywhere otherwise
 * (Chinese breaks between any two characters). Returns the bytes taken
 * and the columns they fill. */
static size_t next_piece(const char *s, size_t len, size_t *pos, size_t w,
                         size_t *cols)
{
	size_t a = *pos, i = a, used = 0, last_space = 0, cols_at_space = 0;
	while (i < len) {
		size_t at = i;
		int32_t cp = zhen__utf8_next(s, len, &i);
		size_t cw = (size_t)cp_width(cp);
		if (used + cw > w && at > a) {
			i = at;
			break;
		}
		if (cp == ' ') {
			last_space = at;
			cols_at_space = used;
		}
		used += cw;
	}
	size_t end = i;
	if (i < len && last_space > a) {
		end = last_space;
		used = cols_at_space;
	}
	*pos = end;
	/* a space that ends the piece does not start the next one */
	while (*pos < len && s[*pos] == ' ')
		(*pos)++;
	*cols = used;
	return end - a;
}

int zhen_report_alignment_text(zhen_write_fn write, void *payload,
                               const zhen_result *r, const zhen_doc *zh,
                               const zhen_doc *en, size_t width)
{
	const zhen_alignment *al = zhen_result_alignment(r);
	const zhen_sentences *zs = zhen_result_sentences(r, ZHEN_LANG_ZH);
	const zhen_sentences *es = zhen_result_sentences(r, ZHEN_LANG_EN);
	const char *zsrc = zhen_doc_bytes(zh, NULL), *esrc = zhen_doc_bytes(en, NULL);
	struct zhen__buf b = { 0 }, zt = { 0 }, et = { 0 };
	size_t col = (width < 40 ? 40 : width) - 3;
	size_t lw = col / 2, rw = col - lw;
	int rc = 0;

	for (size_t i = 0; i < zhen_alignment_count(al) && !rc; i++) {
		const zhen_bead *bd = zhen_alignment_get(al, i);
		zhen__buf_printf(&b, "@@ %zu-%zu  confidence %.2f  ", bd->zh_count,
		                 bd->en_count, bd->confidence);
		side_header(&b, "zh", zh, zs, bd->zh_first, bd->zh_count);
		zhen__buf_str(&b, " | ");
		side_header(&b, "en", en, es, bd->en_first, bd->en_count);
		zhen__buf_str(&b, " @@\n");
		join_sentences(&zt, zsrc, zs, bd->zh_first, bd->zh_count);
		join_sentences(&et, esrc, es, bd->en_first, bd->en_count);
		size_t zp = 0, ep = 0;
		while (zp < zt.len || ep < et.len) {
			size_t zc = 0, ec = 0, za = zp, ea = ep;
			size_t zn = zp < zt.len ? next_piece(zt.p, zt.len, &zp, lw, &zc) : 0;
			size_t en_n = ep < et.len ? next_piece(et.p, et.len, &ep, rw, &ec) : 0;
			if (zn)
				zhen__buf_add(&b, zt.p + za, zn);
			for (size_t k = zc; k < lw; k++)
				zhen__buf_add(&b, " ", 1);
			zhen__buf_str(&b, en_n ? " | " : " |");
			if (en_n)
				zhen__buf_add(&b, et.p + ea, en_n);
			zhen__buf_str(&b, "\n");
		}
		if (zt.oom || et.oom)
			b.oom = true;
		rc = emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	zhen__buf_free(&zt);
	zhen__buf_free(&et);
	return rc;
}
