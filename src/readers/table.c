/* readers/table.c: CSV and TSV, decoded like documents (a BOM, UTF-8,
 * UTF-16 from Excel's "Unicode text", GB18030, Big5: src/encoding.h), then
 * handed row by row to columns.c.
 *
 * CSV is RFC 4180 and parsed by libcsv in its strict mode: a quote inside
 * an unquoted field, text after a closing quote or a quoted field that
 * never ends is an error naming the row, since a QA tool that guessed
 * would check a text the translator never wrote.
 *
 * TSV has no standard quoting (IANA's text/tab-separated-values has none;
 * zhen's own TSV export and --pairs files write quotes as text), but
 * Excel and pandas quote a field that holds a tab, a line break or a
 * quote, as CSV does. So a TSV field is read as quoted only when it is
 * well formed as one (opens with a quote, quotes inside doubled, the
 * closing quote followed by a tab or the line's end); any other quote is
 * text. libcsv cannot make that choice per field, hence the small reader
 * below. */
#include "columns.h"
#include "encoding.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

/* libcsv is fed at most this much at a time, so that its field buffer,
 * which grows by a fixed step, can be told to grow geometrically. */
enum { FEED_MAX = 1 << 20 };

/* The decoded text of a table file, and its line ends: LF (with CRLF), or
 * a lone CR as old Mac files and some exports write them. */
struct text {
	const struct zhen__decoded *d;
	const char *s;
	size_t start, len; /* past a BOM */
	char eol;          /* '\n' or '\r' */
};

static void text_init(struct text *x, const struct zhen__decoded *d)
{
	x->d = d;
	x->s = d->s;
	x->len = d->len;
	x->start = d->len >= 3 && !memcmp(d->s, "\xEF\xBB\xBF", 3) ? 3 : 0;
	size_t i = x->start + strcspn(d->s + x->start, "\r\n");
	x->eol = i + 1 < d->len && d->s[i] == '\r' && d->s[i + 1] != '\n'
	         ? '\r' : '\n';
}

/* The file's byte where decoded byte @p off comes from. */
static size_t src_of(const struct text *x, size_t off)
{
	return x->d->identity ? off : zhen__omap_start(&x->d->map, off);
}

/* ---- CSV ---- */

struct csv_run {
	struct zhen__table *t;
	const struct text *x;
	size_t rows;        /* rows ended */
	size_t line;        /* the line being fed */
	size_t row_line;    /* where the current row began */
	size_t col;         /* the current field's index */
	size_t field_start; /* where it began, in the decoded text */
	size_t field_line;
	size_t fed_end;     /* the decoded text is fed up to here */
	int rc;
};

/* libcsv: a field ended; the byte that ended it is the last one fed, so
 * the next field begins just after. */
static void on_field(void *s, size_t len, void *data)
{
	struct csv_run *r = data;
	if (r->rc == 0)
		r->rc = zhen__table_cell(r->t, r->col, s, len,
		                         src_of(r->x, r->field_start),
		                         r->field_start);
	r->col++;
	r->field_start = r->fed_end;
	r->field_line = r->line;
}

/* libcsv: a row ended (every line end outside quotes: CSV_REPALL_NL
 * reports blank lines too, which a spreadsheet also counts as rows). */
static void on_row(int c, void *data)
{
	struct csv_run *r = data;
	(void)c;
	r->rows++;
	if (r->rc == 0)
		r->rc = zhen__table_row(r->t, r->rows, r->row_line);
	r->col = 0;
	r->row_line = r->field_line = r->line + 1;
	r->field_start = r->fed_end;
}

static int is_space_lf(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static int is_space_cr(unsigned char c)
{
	return c == ' ' || c == '\t';
}

static int is_lf(unsigned char c)
{
	return c == '\n';
}

static int is_cr(unsigned char c)
{
	return c == '\r';
}

static int csv_failed(struct csv_run *r, struct csv_parser *p, size_t at)
{
	int e = csv_error(p);
	if (e == CSV_ENOMEM || e == CSV_ETOOBIG)
		return zhen__fail(r->t->ctx, ZHEN_ENOMEM, "out of memory (CSV)");
	if (at == SIZE_MAX)
		return zhen__fail_at(r->t->ctx, ZHEN_EINPUT, r->field_line,
		                     src_of(r->x, r->field_start), "CSV row %zu "
		                     "(line %zu): a quoted field that never "
		                     "ends", r->rows + 1, r->field_line);
	return zhen__fail_at(r->t->ctx, ZHEN_EINPUT, r->line, src_of(r->x, at),
	                     "CSV row %zu (line %zu): a quote inside an "
	                     "unquoted field, or text after a closing quote "
	                     "(RFC 4180 quotes the whole field and doubles "
	                     "the quotes in it)", r->rows + 1, r->line);
}

/* Feed the text in pieces that end at a delimiter or a line end, so that
 * each callback knows where its field began and on which line. */
static int csv_feed(struct csv_run *r, struct csv_parser *p)
{
	const struct text *x = r->x;
	for (size_t a = x->start; a < x->len;) {
		size_t b = a, cap = a + FEED_MAX < x->len ? a + FEED_MAX : x->len;
		while (b < cap && x->s[b] != ',' && x->s[b] != x->eol)
			b++;
		if (b < cap)
			b++;
		size_t buf = csv_get_buffer_size(p);
		csv_set_blk_size(p, buf > 4096 ? buf : 4096);
		r->fed_end = b;
		size_t got = csv_parse(p, x->s + a, b - a, on_field, on_row, r);
		if (r->rc < 0)
			return r->rc;
		if (got < b - a)
			return csv_failed(r, p, a + got);
		if (x->s[b - 1] == x->eol)
			r->line++;
		a = b;
	}
	if (csv_fini(p, on_field, on_row, r) != 0)
		return csv_failed(r, p, SIZE_MAX);
	return r->rc;
}

static int read_csv(struct zhen__table *t, const struct text *x)
{
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0)
		return zhen__fail(t->ctx, ZHEN_ENOMEM, "out of memory (CSV)");
	csv_set_term_func(&p, x->eol == '\n' ? is_lf : is_cr);
	csv_set_space_func(&p, x->eol == '\n' ? is_space_lf : is_space_cr);
	struct csv_run r = { .t = t, .x = x, .line = 1, .row_line = 1,
	                     .field_line = 1, .field_start = x->start };
	int rc = csv_feed(&r, &p);
	csv_free(&p);
	return rc;
}

/* ---- TSV ---- */

/* Whether the field at @p i is a well-formed quoted one; *end is then
 * just past its closing quote. */
static bool tsv_quoted(const struct text *x, size_t i, size_t *end)
{
	const char *s = x->s;
	if (i >= x->len || s[i] != '"')
		return false;
	for (size_t j = i + 1; j < x->len; j++) {
		if (s[j] != '"')
			continue;
		if (j + 1 < x->len && s[j + 1] == '"') {
			j++;
			continue;
		}
		size_t k = j + 1;
		if (x->eol == '\n' && k < x->len && s[k] == '\r')
			k++;
		*end = j + 1;
		return k >= x->len || s[k] == '\t' || s[k] == x->eol;
	}
	return false;
}

/* One field at *i: a cell of the table; *i moves to the tab or line end
 * after it, *line past the line ends inside a quoted field. */
static int tsv_field(struct zhen__table *t, const struct text *x, size_t *i,
                     size_t col, size_t *line, struct zhen__buf *q)
{
	size_t a = *i, end;
	if (!tsv_quoted(x, a, &end)) {
		while (*i < x->len && x->s[*i] != '\t' && x->s[*i] != x->eol)
			(*i)++;
		return zhen__table_cell(t, col, x->s + a, *i - a, src_of(x, a),
		                        a);
	}
	q->len = 0;
	for (size_t j = a + 1; j + 1 < end; j++) {
		*line += x->s[j] == x->eol;
		zhen__buf_add(q, x->s + j, 1);
		j += x->s[j] == '"'; /* a doubled quote */
	}
	if (q->oom)
		return zhen__fail(t->ctx, ZHEN_ENOMEM, "out of memory");
	*i = end;
	while (*i < x->len && x->s[*i] == '\r' && x->eol == '\n')
		(*i)++;
	return zhen__table_cell(t, col, q->p ? q->p : "", q->len, src_of(x, a),
	                        a);
}

static int read_tsv(struct zhen__table *t, const struct text *x)
{
	struct zhen__buf q = { 0 };
	size_t line = 1, row = 0;
	int rc = 0;
	for (size_t i = x->start; i < x->len && rc == 0;) {
		size_t row_line = line, col = 0;
		row++;
		for (;;) {
			rc = tsv_field(t, x, &i, col++, &line, &q);
			if (rc < 0 || i >= x->len || x->s[i] != '\t')
				break;
			i++;
		}
		if (rc == 0)
			rc = zhen__table_row(t, row, row_line);
		if (i < x->len) /* the line end */
			i++, line++;
	}
	zhen__buf_free(&q);
	return rc;
}

int zhen__read_table(zhen_units *u, zhen_ctx *ctx, const char *bytes,
                     size_t len, const zhen_read_options *o)
{
	bool csv = zhen_units_format(u) == ZHEN_FORMAT_CSV;
	struct zhen__decoded d;
	struct zhen__table t;
	int rc = zhen__decode(&d, ctx, bytes, len, o->encoding);
	if (rc < 0)
		return rc;
	struct text x;
	text_init(&x, &d);
	if ((rc = zhen__table_begin(&t, ctx, u, o, csv ? "CSV" : "TSV", NULL,
	                            true)) == 0) {
		t.dec = d.s;
		t.dec_len = d.len;
		t.dec_map = d.identity ? NULL : &d.map;
		rc = csv ? read_csv(&t, &x) : read_tsv(&t, &x);
		if (rc == 0)
			rc = zhen__table_end(&t);
	}
	zhen__table_free(&t);
	zhen__decoded_free(&d);
	return rc;
}
