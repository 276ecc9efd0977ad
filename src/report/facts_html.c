/* facts_html.c: the report of zhen facts as one HTML page: each conflict
 * with both sentences quoted and the figures marked, then a table of every
 * fact read (metric and period by document), so that a reviewer sees what
 * agrees as well as what does not. Self-contained: its stylesheet is
 * inline, and its Content-Security-Policy lets nothing else load and no
 * script run, so no text of the documents can act even if an escape were
 * missed. */
#include "report_internal.h"

#include <stdlib.h>
#include <string.h>

static const char style[] =
	"body{font:15px/1.5 system-ui,sans-serif;margin:2em;color:#222}"
	"table{border-collapse:collapse}th,td{border:1px solid #ccc;"
	"padding:.2em .5em;vertical-align:top;text-align:left}"
	"th{background:#f3f3f3}mark{background:#fd6}"
	"td.error{background:#fdd}td.warning{background:#ffe9b3}"
	".verdict{font-weight:600}.error .verdict{color:#b00}"
	".line{color:#777;font-size:85%}section{margin-bottom:1.5em}";

/* Text and attribute values (between double quotes), a byte at a time. */
static void put(struct zhen__buf *b, const char *s, size_t n)
{
	static const char *const ent[] = { ['&'] = "&amp;", ['<'] = "&lt;",
	                                   ['>'] = "&gt;", ['"'] = "&quot;",
	                                   ['\''] = "&#39;" };
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < sizeof ent / sizeof ent[0] && ent[c])
			zhen__buf_str(b, ent[c]);
		else
			zhen__buf_add(b, s + i, 1);
	}
}

static void put_str(struct zhen__buf *b, const char *s)
{
	put(b, s, strlen(s));
}

/* Periods in order: year, part, then a year to March before one to
 * December. */
static int period_cmp(const zhen_period *a, const zhen_period *b)
{
	int32_t ma = a->end_month ? a->end_month : 12;
	int32_t mb = b->end_month ? b->end_month : 12;
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	if (a->part != b->part)
		return a->part < b->part ? -1 : 1;
	return ma < mb ? -1 : ma > mb;
}

/* One row of the table: one metric, period and company (as compared:
 * 商湯 in a Chinese document and SenseTime in its translation are one
 * row when both are their documents' subjects; a fact of no company
 * joins none but its own), segments apart. */
static bool same_cell(const zhen_fact *x, const zhen_fact *y)
{
	return !strcmp(x->metric, y->metric) &&
	       zhen_period_equal(x->period, y->period) &&
	       (x->flags & ZHEN_FACT_SEGMENT) == (y->flags & ZHEN_FACT_SEGMENT) &&
	       (x->company == y->company ||
	        (x->company && y->company && zhen__facts_same_company(x, y)));
}

static bool same_value(const zhen_fact *x, const zhen_fact *y)
{
	return same_cell(x, y) && zhen__dec_eq(x->value.value, y->value.value) &&
	       !strcmp(x->value.currency, y->value.currency) &&
	       !strcmp(x->value.unit, y->value.unit);
}

/* The severity each fact's figure is in conflict with, folded repeats
 * too (one past ZHEN_SEV_ERROR: none). */
static void severities(unsigned char *sev, const zhen_facts *f,
                       const zhen_conflicts *c)
{
	size_t n = zhen_facts_count(f);
	memset(sev, 0xFF, n);
	for (size_t k = 0; k < zhen_conflicts_count(c); k++) {
		const zhen_conflict *x = zhen_conflicts_get(c, k);
		const zhen_fact *a = zhen_facts_get(f, x->a),
		                *b = zhen_facts_get(f, x->b);
		for (size_t i = 0; i < n; i++) {
			const zhen_fact *z = zhen_facts_get(f, i);
			if ((same_value(z, a) || same_value(z, b)) &&
			    (sev[i] == 0xFF || x->severity > sev[i]))
				sev[i] = (unsigned char)x->severity;
		}
	}
}

static void side(struct zhen__buf *b, const zhen_facts *f, const zhen_fact *x)
{
	const char *s = zhen_doc_bytes(zhen_facts_doc(f, x->doc), NULL);
	char per[32], at[32];

	zhen_period_format(per, sizeof per, x->period);
	zhen__buf_str(b, "<li><b>");
	put_str(b, zhen_facts_doc_name(f, x->doc));
	zhen__buf_str(b, "</b> <span class=\"line\">");
	put_str(b, zhen__facts_where(at, sizeof at, f, x->doc, x->line));
	zhen__buf_str(b, ", ");
	put_str(b, x->metric);
	zhen__buf_printf(b, " %s</span>: ", per);
	put(b, s + x->sent_start, x->value.start - x->sent_start);
	zhen__buf_str(b, "<mark>");
	put(b, s + x->value.start, x->value.end - x->value.start);
	zhen__buf_str(b, "</mark>");
	put(b, s + x->value.end, x->sent_end - x->value.end);
	zhen__buf_str(b, "</li>\n");
}

static void conflict(struct zhen__buf *b, const zhen_facts *f,
                     const zhen_conflict *c)
{
	const zhen_fact *x = zhen_facts_get(f, c->a);
	struct zhen__buf v = { 0 };
	char per[32];
	size_t a = 0;

	zhen_period_format(per, sizeof per, x->period);
	zhen__buf_printf(b, "<section class=\"%s\"><h3>",
	                 zhen_severity_name(c->severity));
	put_str(b, x->metric);
	zhen__buf_printf(b, " %s</h3>\n<ul>\n", per);
	side(b, f, x);
	side(b, f, zhen_facts_get(f, c->b));
	zhen__facts_verdict(&v, f, c, 0);
	while (a < v.len && v.p[a] == ' ')
		a++;
	zhen__buf_str(b, "</ul>\n<p class=\"verdict\">");
	if (v.len > a)
		put(b, v.p + a, v.len - a - (v.p[v.len - 1] == '\n'));
	zhen__buf_str(b, "</p></section>\n");
	zhen__buf_free(&v);
}

/* The table's rows: the first fact of each metric, period, company and
 * segment, by metric then period. */
static size_t rows(size_t *row, const zhen_facts *f)
{
	size_t n = 0;
	for (size_t i = 0; i < zhen_facts_count(f); i++) {
		const zhen_fact *x = zhen_facts_get(f, i);
		size_t k = 0;
		while (k < n && !same_cell(zhen_facts_get(f, row[k]), x))
			k++;
		if (k < n)
			continue;
		/* insertion in order: metric, year, part */
		for (k = n++; k > 0; k--) {
			const zhen_fact *y = zhen_facts_get(f, row[k - 1]);
			int m = strcmp(y->metric, x->metric);
			if (m < 0 || (m == 0 && period_cmp(&y->period,
			                                   &x->period) <= 0))
				break;
			row[k] = row[k - 1];
		}
		row[k] = i;
	}
	return n;
}

static void cell(struct zhen__buf *b, const zhen_facts *f, const zhen_fact *r,
                 size_t doc, const unsigned char *sev)
{
	const char *s = zhen_doc_bytes(zhen_facts_doc(f, doc), NULL);
	char at[32];
	unsigned char worst = 0xFF;
	struct zhen__buf in = { 0 };

	for (size_t i = 0; i < zhen_facts_count(f); i++) {
		const zhen_fact *x = zhen_facts_get(f, i);
		if (x->doc != doc || !same_cell(x, r))
			continue;
		if (sev[i] != 0xFF && (worst == 0xFF || sev[i] > worst))
			worst = sev[i];
		if (in.len)
			zhen__buf_str(&in, "<br>");
		put(&in, s + x->value.start, x->value.end - x->value.start);
		zhen__buf_str(&in, " <span class=\"line\">");
		put_str(&in, zhen__facts_where(at, sizeof at, f, doc, x->line));
		zhen__buf_str(&in, "</span>");
	}
	if (worst != 0xFF)
		zhen__buf_printf(b, "<td class=\"%s\">",
		                 zhen_severity_name((zhen_severity)worst));
	else
		zhen__buf_str(b, "<td>");
	if (in.len)
		zhen__buf_add(b, in.p, in.len);
	zhen__buf_str(b, "</td>");
	zhen__buf_free(&in);
}

static void table(struct zhen__buf *b, const zhen_facts *f,
                  const size_t *row, size_t nrow, const unsigned char *sev)
{
	zhen__buf_str(b, "<h2>Facts</h2>\n<table>\n<thead><tr><th>metric</th>"
	                 "<th>period</th><th>company</th>");
	for (size_t d = 0; d < zhen_facts_doc_count(f); d++) {
		zhen__buf_str(b, "<th>");
		put_str(b, zhen_facts_doc_name(f, d));
		zhen__buf_str(b, "</th>");
	}
	zhen__buf_str(b, "</tr></thead>\n<tbody>\n");
	for (size_t k = 0; k < nrow; k++) {
		const zhen_fact *r = zhen_facts_get(f, row[k]);
		char per[32];
		zhen_period_format(per, sizeof per, r->period);
		zhen__buf_str(b, "<tr><td>");
		put_str(b, r->metric);
		if (r->flags & ZHEN_FACT_SEGMENT)
			zhen__buf_str(b, " (a segment's)");
		zhen__buf_printf(b, "</td><td>%s</td><td>", per);
		put_str(b, r->company ? r->company : "");
		zhen__buf_str(b, "</td>");
		for (size_t d = 0; d < zhen_facts_doc_count(f); d++)
			cell(b, f, r, d, sev);
		zhen__buf_str(b, "</tr>\n");
	}
	zhen__buf_str(b, "</tbody>\n</table>\n");
}

int zhen_facts_report_html(zhen_write_fn write, void *payload,
                           const zhen_facts *f, const zhen_conflicts *c)
{
	struct zhen__buf b = { 0 };
	size_t n, sevn[3] = { 0, 0, 0 };
	int rc;

	if (!write || !f)
		return ZHEN_EINVAL;
	n = zhen_facts_count(f);
	size_t *row = malloc((n + 1) * sizeof *row);
	unsigned char *sev = malloc(n + 1);
	if (!row || !sev) {
		free(row);
		free(sev);
		return ZHEN_ENOMEM;
	}
	for (size_t k = 0; k < zhen_conflicts_count(c); k++)
		sevn[zhen_conflicts_get(c, k)->severity]++;
	severities(sev, f, c);
	zhen__buf_printf(&b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
	                 "<meta http-equiv=\"Content-Security-Policy\" content="
	                 "\"default-src 'none'; style-src 'unsafe-inline'\">"
	                 "<title>zhen facts</title><style>%s</style></head>"
	                 "<body>\n<h1>zhen facts</h1>\n<p>%zu documents, %zu "
	                 "facts, %zu conflicts: %zu errors, %zu warnings</p>\n"
	                 "<h2>Conflicts</h2>\n", style, zhen_facts_doc_count(f),
	                 n, zhen_conflicts_count(c), sevn[ZHEN_SEV_ERROR],
	                 sevn[ZHEN_SEV_WARNING]);
	if (!zhen_conflicts_count(c))
		zhen__buf_str(&b, "<p>None: every fact read agrees.</p>\n");
	for (size_t k = 0; k < zhen_conflicts_count(c); k++)
		conflict(&b, f, zhen_conflicts_get(c, k));
	table(&b, f, row, rows(row, f), sev);
	zhen__buf_str(&b, "</body></html>\n");
	rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	free(row);
	free(sev);
	return rc;
}
