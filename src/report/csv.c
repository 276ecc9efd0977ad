/* csv.c: the findings of a document check for a spreadsheet, one row a
 * finding (RFC 4180): the export reviewers know from other QA tools. */
#include "report_internal.h"

#include <string.h>

static const char *const columns[] = {
	"id", "severity", "type", "zh_file", "zh_line", "zh_start", "zh_end",
	"en_file", "en_line", "en_start", "en_end", "zh_sentence",
	"en_sentence", "zh_figure", "en_figure", "zh_value", "en_value",
	"message",
};

/*
 * One quoted field. Every text field is quoted, so that commas, quotes
 * and line breaks of the input never shift a column; a quote is doubled.
 * A field that a spreadsheet would run as a formula (=, +, @, a TAB or
 * CR first; a '-' not starting a number) is prefixed with an apostrophe,
 * which Excel and LibreOffice show as text and do not display (OWASP
 * "CSV injection"): a document is the translator's, not the reviewer's.
 */
static void field(struct zhen__buf *b, const char *s, size_t len, bool last)
{
	bool formula = len && (strchr("=+@\t\r", s[0]) ||
	                       (s[0] == '-' && !(len > 1 && (s[1] == '.' ||
	                        (s[1] >= '0' && s[1] <= '9')))));
	size_t run = 0;

	zhen__buf_str(b, formula ? "\"'" : "\"");
	for (size_t i = 0; i < len; i++)
		if (s[i] == '"') {
			zhen__buf_add(b, s + run, i + 1 - run);
			run = i; /* the quote again */
		}
	zhen__buf_add(b, s + run, len - run);
	zhen__buf_str(b, last ? "\"\r\n" : "\",");
}

static void field_str(struct zhen__buf *b, const char *s)
{
	field(b, s, strlen(s), false);
}

/* line, start and end of one side's figure in the user's file, or three
 * empty fields */
static void position(struct zhen__buf *b, const zhen_doc *doc,
                     const zhen_quantity *q, bool has)
{
	size_t s, e;

	if (!has) {
		zhen__buf_str(b, ",,,");
		return;
	}
	zhen_doc_source_span(doc, q->start, q->end, &s, &e);
	zhen__buf_printf(b, "%zu,%zu,%zu,", zhen_doc_line_of(doc, q->start), s,
	                 e);
}

/* The sentence a side's figure stands in; without a figure, that side of
 * the bead (the English around a figure missing from it). */
static void sentence_of(struct zhen__buf *b, const zhen_result *r, int l,
                        const zhen_finding *f, const char *src)
{
	const zhen_sentences *s = zhen_result_sentences(r, (zhen_lang)l);
	const zhen_alignment *al = zhen_result_alignment(r);
	zhen_bead bv;
	const zhen_bead *bd = al && f->bead < al->n
	                      ? (bv = zhen__bead(al, f->bead), &bv) : NULL;
	const zhen_quantity *q = l ? &f->en : &f->zh;
	size_t first = !bd ? 0 : l ? bd->en_first : bd->zh_first;
	size_t count = !bd ? 0 : l ? bd->en_count : bd->zh_count;

	if (l ? f->has_en : f->has_zh) {
		zhen_sentence se;
		bool found = zhen__sentence_at(&se, s, q->start);
		field(b, found ? src + se.off : "", found ? se.len : 0, false);
	} else if (count) {
		const zhen_sentence a = zhen__sent(s, first);
		const zhen_sentence z = zhen__sent(s, first + count - 1);
		field(b, src + a.off, z.off + z.len - a.off, false);
	} else {
		field(b, "", 0, false);
	}
}

static void figure(struct zhen__buf *b, const zhen_quantity *q, bool has,
                   const char *src)
{
	field(b, has ? src + q->start : "", has ? q->end - q->start : 0, false);
}

static void value(struct zhen__buf *b, const zhen_quantity *q, bool has)
{
	char v[128];
	size_t n = has ? zhen_quantity_format(v, sizeof v, q, 1) : 0;
	field(b, v, n < sizeof v ? n : sizeof v - 1, false);
}

/* id, severity and type: every row starts so */
static void row_head(struct zhen__buf *b, const zhen_finding *f)
{
	zhen__buf_printf(b, "%.*s,%s,%s,", ZHEN_FINDING_ID_LEN, f->id,
	                 zhen_severity_name(f->severity),
	                 zhen_ftype_name(f->type));
}

static void row(struct zhen__buf *b, const zhen_result *r,
                const zhen_finding *f, const zhen_doc *zh,
                const zhen_doc *en, const zhen_report_options *o)
{
	const char *zs = zhen_doc_bytes(zh, NULL), *es = zhen_doc_bytes(en, NULL);
	struct zhen__buf m = { 0 };

	row_head(b, f);
	field_str(b, o->zh_name ? o->zh_name : "zh");
	position(b, zh, &f->zh, f->has_zh);
	field_str(b, o->en_name ? o->en_name : "en");
	position(b, en, &f->en, f->has_en);
	sentence_of(b, r, 0, f, zs);
	sentence_of(b, r, 1, f, es);
	figure(b, &f->zh, f->has_zh, zs);
	figure(b, &f->en, f->has_en, es);
	value(b, &f->zh, f->has_zh);
	value(b, &f->en, f->has_en);
	zhen__report_message(&m, f, zs, 0, es, 0);
	field(b, m.p ? m.p : "", m.len, true);
	if (m.oom)
		b->oom = true;
	zhen__buf_free(&m);
}

/* The BOM (it tells Excel the file is UTF-8: without it, it reads the
 * ANSI code page and the Chinese is mojibake) and the header row. */
static void header_row(struct zhen__buf *b, const char *const *cols,
                       size_t n)
{
	zhen__buf_str(b, "\xEF\xBB\xBF");
	for (size_t i = 0; i < n; i++) {
		zhen__buf_str(b, cols[i]);
		zhen__buf_str(b, i + 1 < n ? "," : "\r\n");
	}
}

/* ---- pre-aligned pairs ---- */

static const char *const pair_columns[] = {
	"id", "severity", "type", "file", "line", "place", "row_id", "state",
	"zh_start", "zh_end", "en_start", "en_end", "zh_text", "en_text",
	"zh_figure", "en_figure", "zh_value", "en_value", "message",
};

int zhen_report_pairs_csv_header(zhen_write_fn write, void *payload)
{
	struct zhen__buf b = { 0 };
	int rc;

	if (!write)
		return ZHEN_EINVAL;
	header_row(&b, pair_columns, sizeof pair_columns / sizeof *pair_columns);
	rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

/* start and end of a side's figure in its text, or two empty fields */
static void cell_span(struct zhen__buf *b, const zhen_quantity *q, bool has,
                      size_t base)
{
	if (has)
		zhen__buf_printf(b, "%zu,%zu,", q->start - base, q->end - base);
	else
		zhen__buf_str(b, ",,");
}

/* The last columns of a pair's row, the same in both column sets: its two
 * texts, the figures as written (offsets count from the texts' bases),
 * their values and the message. */
static void pair_texts(struct zhen__buf *b, const zhen_finding *f,
                       const char *zh, size_t zl, size_t zb, const char *en,
                       size_t el, size_t eb)
{
	struct zhen__buf m = { 0 };

	field(b, zh, zl, false);
	field(b, en, el, false);
	field(b, f->has_zh ? zh + (f->zh.start - zb) : "",
	      f->has_zh ? f->zh.end - f->zh.start : 0, false);
	field(b, f->has_en ? en + (f->en.start - eb) : "",
	      f->has_en ? f->en.end - f->en.start : 0, false);
	value(b, &f->zh, f->has_zh);
	value(b, &f->en, f->has_en);
	zhen__report_message(&m, f, zh, zb, en, eb);
	field(b, m.p ? m.p : "", m.len, true);
	if (m.oom)
		b->oom = true;
	zhen__buf_free(&m);
}

static void pair_row(struct zhen__buf *b, const char *name,
                     const zhen_pair_place *at, const zhen_finding *f,
                     const char *zh, size_t zl, size_t zb, const char *en,
                     size_t el, size_t eb)
{
	row_head(b, f);
	field_str(b, name);
	zhen__buf_printf(b, "%zu,", at->line);
	field_str(b, at->where ? at->where : "");
	field(b, at->id ? at->id : "", at->id ? at->id_len : 0, false);
	field_str(b, at->state ? at->state : "");
	cell_span(b, &f->zh, f->has_zh, zb);
	cell_span(b, &f->en, f->has_en, eb);
	pair_texts(b, f, zh, zl, zb, en, el, eb);
}

typedef void row_fn(struct zhen__buf *, const char *, const zhen_pair_place *,
                    const zhen_finding *, const char *, size_t, size_t,
                    const char *, size_t, size_t);

/* A pair's rows, one a finding, written by @p one after the checks every
 * pair writer makes. */
static int pair_rows(row_fn *one, zhen_write_fn write, void *payload,
                     const char *name, const zhen_pair_place *at,
                     const zhen_findings *f, const char *zh, size_t zh_len,
                     size_t zh_base, const char *en, size_t en_len,
                     size_t en_base)
{
	struct zhen__buf b = { 0 };
	int rc;

	if (!write || !name)
		return ZHEN_EINVAL;
	rc = zhen__pair_args(at, f, zh, zh_len, zh_base, en, en_len, en_base);
	if (rc)
		return rc < 0 ? rc : 0;
	for (size_t i = 0; i < zhen_findings_count(f); i++)
		one(&b, name, at, &f->f[i], zh, zh_len, zh_base, en, en_len,
		    en_base);
	rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

int zhen_report_pair_csv_at(zhen_write_fn write, void *payload,
                            const char *name, const zhen_pair_place *at,
                            const zhen_findings *f, const char *zh,
                            size_t zh_len, size_t zh_base, const char *en,
                            size_t en_len, size_t en_base)
{
	return pair_rows(pair_row, write, payload, name, at, f, zh, zh_len,
	                 zh_base, en, en_len, en_base);
}

/* ---- a bilingual file's units in a batch's CSV ---- */

/* line, start and end of a unit's figure in its file, as zhen_report_csv()
 * gives a document's: through the place's units; a file without byte
 * offsets for it (XLSX) gives the line of the side's cell alone; a place
 * without units, its line and the offsets the findings count. */
static void unit_position(struct zhen__buf *b, const zhen_pair_place *at,
                          zhen_lang side, const zhen_quantity *q, bool has,
                          size_t base)
{
	size_t s = q->start, e = q->end, line = at->line;

	if (!has) {
		zhen__buf_str(b, ",,,");
		return;
	}
	if (zhen__place_units(at) &&
	    (zhen_units_source_span(&s, &e, &line, at->units, at->unit, side,
	                            q->start - base, q->end - base) < 0 ||
	     s == SIZE_MAX)) {
		zhen__buf_printf(b, "%zu,,,", line);
		return;
	}
	zhen__buf_printf(b, "%zu,%zu,%zu,", line, s, e);
}

static void unit_row(struct zhen__buf *b, const char *name,
                     const zhen_pair_place *at, const zhen_finding *f,
                     const char *zh, size_t zl, size_t zb, const char *en,
                     size_t el, size_t eb)
{
	row_head(b, f);
	field_str(b, name);
	unit_position(b, at, ZHEN_LANG_ZH, &f->zh, f->has_zh, zb);
	field_str(b, name);
	unit_position(b, at, ZHEN_LANG_EN, &f->en, f->has_en, eb);
	pair_texts(b, f, zh, zl, zb, en, el, eb);
}

int zhen_report_unit_csv_rows(zhen_write_fn write, void *payload,
                              const char *name, const zhen_pair_place *at,
                              const zhen_findings *f, const char *zh,
                              size_t zh_len, size_t zh_base, const char *en,
                              size_t en_len, size_t en_base)
{
	return pair_rows(unit_row, write, payload, name, at, f, zh, zh_len,
	                 zh_base, en, en_len, en_base);
}

int zhen_report_csv_header(zhen_write_fn write, void *payload)
{
	struct zhen__buf b = { 0 };
	int rc;

	if (!write)
		return ZHEN_EINVAL;
	header_row(&b, columns, sizeof columns / sizeof columns[0]);
	rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

int zhen_report_csv(zhen_write_fn write, void *payload, const zhen_result *r,
                    const zhen_doc *zh, const zhen_doc *en,
                    const zhen_report_options *opts)
{
	if (!write || !r || !zh || !en)
		return ZHEN_EINVAL;
	int rc = zhen_report_csv_header(write, payload);
	return rc ? rc : zhen_report_csv_rows(write, payload, r, zh, en, opts);
}

int zhen_report_csv_rows(zhen_write_fn write, void *payload,
                         const zhen_result *r, const zhen_doc *zh,
                         const zhen_doc *en, const zhen_report_options *opts)
{
	static const zhen_report_options defaults = ZHEN_REPORT_OPTIONS_INIT;
	const zhen_findings *f;
	struct zhen__buf b = { 0 };
	int rc = 0;

	if (!write || !r || !zh || !en)
		return ZHEN_EINVAL;
	if (!opts)
		opts = &defaults;
	f = zhen_result_findings(r);
	for (size_t i = 0; i < f->n && !rc; i++) {
		row(&b, r, &f->f[i], zh, en, opts);
		rc = zhen__report_emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	return rc;
}
