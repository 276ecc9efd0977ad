/* html_index.c: the index page of a batch's HTML reports (zhen check
 * --batch --format=html -o DIR): one row a pair, a link to its page and
 * its counts, sorted by a click on a column (assets/index.js). The same
 * head, stylesheet and CSP as the reports. */
#include "report_internal.h"
#include "report_assets.h"

#include <string.h>

static void esc_str(struct zhen__buf *b, const char *s)
{
	zhen__html_esc(b, s ? s : "", s ? strlen(s) : 0);
}

static void row(struct zhen__buf *b, const zhen_index_entry *e, size_t i)
{
	zhen__buf_printf(b, "<tr data-i=\"%zu\"%s><td>", i,
	                 e->error ? " class=\"bad\""
	                 : e->errors ? " class=\"err\"" : "");
	if (e->href) {
		zhen__buf_str(b, "<a href=\"");
		esc_str(b, e->href);
		zhen__buf_str(b, "\">");
		esc_str(b, e->name);
		zhen__buf_str(b, "</a>");
	} else {
		esc_str(b, e->name);
	}
	zhen__buf_str(b, "</td><td>");
	esc_str(b, e->zh);
	zhen__buf_str(b, "</td><td>");
	esc_str(b, e->en);
	zhen__buf_printf(b, "</td><td class=\"n e\">%zu</td><td class=\"n\">%zu"
	                 "</td><td class=\"n\">%zu</td><td>", e->errors,
	                 e->warnings, e->info);
	esc_str(b, e->error ? e->error : e->errors ? "errors"
	                                 : e->warnings ? "warnings" : "clean");
	zhen__buf_str(b, "</td></tr>\n");
}

int zhen_report_index_html(zhen_write_fn write, void *payload,
                           const char *title, const zhen_index_entry *e,
                           size_t n)
{
	const struct zhen__asset *js = &zhen__assets[ZHEN__ASSET_INDEX_JS];
	struct zhen__buf b = { 0 };
	size_t err = 0, warn = 0, bad = 0;
	int rc = 0;

	if (!write || !title || (!e && n))
		return ZHEN_EINVAL;
	for (size_t i = 0; i < n; i++) {
		if (e[i].version != ZHEN_INDEX_ENTRY_VERSION)
			return ZHEN_EUSAGE;
		if (!e[i].name)
			return ZHEN_EINVAL;
		bad += e[i].error != NULL;
		err += !e[i].error && e[i].errors;
		warn += !e[i].error && !e[i].errors && e[i].warnings;
	}
	zhen__html_head_with(&b, title, NULL, ZHEN__ASSET_INDEX_JS);
	zhen__buf_str(&b, "<header>\n<h1>Numbers checked by zhen: ");
	esc_str(&b, title);
	zhen__buf_printf(&b, "</h1>\n<p>%zu pairs: %zu with errors, %zu with "
	                 "warnings, %zu clean, %zu not checked. A click on a "
	                 "column's heading sorts by it.</p>\n</header>\n<main>\n"
	                 "<table id=\"pairs\"><thead><tr><th>pair</th>"
	                 "<th>Chinese</th><th>English</th><th data-type=\"n\">"
	                 "errors</th><th data-type=\"n\">warnings</th>"
	                 "<th data-type=\"n\">info</th><th>status</th></tr>"
	                 "</thead>\n<tbody>\n", n, err, warn,
	                 n - err - warn - bad, bad);
	for (size_t i = 0; i < n && !rc; i++) {
		row(&b, &e[i], i);
		if (b.len > 1 << 16)
			rc = zhen__report_emit(write, payload, &b);
	}
	zhen__buf_str(&b, "</tbody></table>\n</main>\n<footer>Written by zhen ");
	esc_str(&b, zhen_version());
	zhen__buf_str(&b, ".</footer>\n<script>");
	zhen__buf_add(&b, js->bytes, js->len);
	zhen__buf_str(&b, "</script>\n</body>\n</html>\n");
	if (!rc)
		rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}
