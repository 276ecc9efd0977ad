/* pairs_page.c: the HTML page and the CSV of zhen check --pairs and of a
 * bilingual file read as units. The page (zhen_html_pairs_*()) is made
 * pair by pair and written at the end, since its counts come first; the
 * CSV goes out row by row. Either goes to standard output or, with -o,
 * is kept and written whole through a temporary file and a rename, as a
 * document's report is. Kept apart from cmd_pairs.c and cmd_units.c,
 * which only call these. */
#include "commands.h"
#include "io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cli_page {
	const struct opts *o;
	zhen_html_pairs *html;  /* --format=html; else the CSV */
	char *name;
	struct cli_buf out;     /* with -o: the report so far */
	zhen_write_fn to;       /* a batch's buffer, else NULL */
	void *to_p;
};

/* A bilingual file's CSV in a batch: rows in the columns of the batch's
 * one CSV, whose header batch.c writes once. */
static bool batch_rows(const struct cli_page *pg)
{
	return !pg->html && pg->to && (pg->o->batch || pg->o->manifest);
}

/* Where the report goes: stdout, or the buffer for -o. */
static zhen_write_fn sink(struct cli_page *pg, void **payload)
{
	if (pg->to) {
		*payload = pg->to_p;
		return pg->to;
	}
	*payload = pg->o->output ? &pg->out : NULL;
	return pg->o->output ? cli_write_buf : cli_write_stdout;
}

struct cli_page *cli_page_new(const struct opts *o, const char *name,
                              const char *what, bool *trouble)
{
	return cli_page_new_to(o, name, what, NULL, NULL, trouble);
}

struct cli_page *cli_page_new_to(const struct opts *o, const char *name,
                                 const char *what, zhen_write_fn to,
                                 void *to_p, bool *trouble)
{
	struct cli_page *pg;
	void *payload;

	if (o->format != FMT_HTML && o->format != FMT_CSV)
		return NULL;
	if (!(pg = calloc(1, sizeof *pg)) || !(pg->name = strdup(name)) ||
	    (o->format == FMT_HTML &&
	     zhen_html_pairs_new(&pg->html, name, what) < 0)) {
		cli_err(NULL, 0, "out of memory");
		*trouble = true;
		cli_page_free(pg);
		return NULL;
	}
	pg->o = o;
	pg->to = to;
	pg->to_p = to_p;
	if (o->format == FMT_CSV && !batch_rows(pg)) {
		zhen_write_fn w = sink(pg, &payload);
		if (zhen_report_pairs_csv_header(w, payload) != 0)
			*trouble = true;
	}
	return pg;
}

void cli_page_reading(struct cli_page *pg, zhen_ctx *ctx,
                      zhen_convert_mode convert, bool *trouble)
{
	int rc;

	if (!pg || !pg->html ||
	    (rc = zhen_html_pairs_reading(pg->html, ctx, convert)) == 0)
		return;
	cli_err(NULL, 0, rc == ZHEN_ENOMEM ? "out of memory"
	                                   : "the report cannot read figures");
	*trouble = true;
}

void cli_page_add(struct cli_page *pg, const zhen_pair_place *at,
                  const zhen_findings *fs, const zhen_findings *acc,
                  zhen_quantities *const *q, const char *zh, size_t zh_len,
                  size_t zh_base, const char *en, size_t en_len,
                  size_t en_base, bool *trouble)
{
	void *payload;
	zhen_write_fn w = sink(pg, &payload);
	if (pg->html) {
		zhen_html_pairs_accepted(pg->html, acc);
		zhen_html_pairs_figures(pg->html, q ? q[0] : NULL,
		                        q ? q[1] : NULL);
	}
	int rc = pg->html ? zhen_html_pairs_add(pg->html, at, fs, zh, zh_len,
	                                        zh_base, en, en_len, en_base)
	         : batch_rows(pg)
	                  ? zhen_report_unit_csv_rows(w, payload, pg->name, at,
	                                              fs, zh, zh_len, zh_base,
	                                              en, en_len, en_base)
	                  : zhen_report_pair_csv_at(w, payload, pg->name, at,
	                                            fs, zh, zh_len, zh_base,
	                                            en, en_len, en_base);
	if (rc != 0) {
		cli_err(NULL, 0, "cannot add line %zu to the report", at->line);
		*trouble = true;
	}
}

int cli_page_end(struct cli_page *pg)
{
	void *payload;
	bool ok = true;

	if (!pg)
		return 0;
	zhen_write_fn w = sink(pg, &payload);
	if (pg->html)
		ok = zhen_html_pairs_finish(pg->html, w, payload) == 0;
	if (pg->to) {
		/* the batch writes the buffer, and reports its failures */
	} else if (!pg->o->output) {
		/* standard output named with its reason, once a run */
		if (!cli_flush_stdout()) {
			cli_stdout_failed("the report");
			ok = false;
		} else if (!ok) {
			cli_err(NULL, 0, "out of memory while writing the "
			        "report");
		}
	} else if (!ok || pg->out.oom) {
		cli_err(pg->o->output, 0, "out of memory");
		ok = false;
	} else {
		ok = cli_write_atomic(pg->o->output,
		                      pg->out.p ? pg->out.p : "", pg->out.len);
	}
	return ok ? 0 : EXIT_TROUBLE;
}

void cli_page_free(struct cli_page *pg)
{
	if (!pg)
		return;
	zhen_html_pairs_free(pg->html);
	free(pg->out.p);
	free(pg->name);
	free(pg);
}
