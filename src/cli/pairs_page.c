/* pairs_page.c: the HTML page of zhen check --pairs and of a bilingual
 * file read as units (zhen_html_pairs_*()): made pair by pair as the
 * report goes, written at the end, to standard output or, with -o, whole
 * through a temporary file and a rename as a document's page is. Kept
 * apart from cmd_pairs.c and cmd_units.c, which only call these. */
#include "commands.h"
#include "io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

zhen_html_pairs *cli_page_new(const struct opts *o, const char *name,
                              const char *what, bool *trouble)
{
	zhen_html_pairs *pg = NULL;

	if (o->format != FMT_HTML)
		return NULL;
	if (zhen_html_pairs_new(&pg, name, what) < 0) {
		cli_err(NULL, 0, "out of memory");
		*trouble = true;
	}
	return pg;
}

void cli_page_add(zhen_html_pairs *pg, const zhen_pair_place *at,
                  const zhen_findings *fs, const char *zh, size_t zh_len,
                  size_t zh_base, const char *en, size_t en_len,
                  size_t en_base, bool *trouble)
{
	if (zhen_html_pairs_add(pg, at, fs, zh, zh_len, zh_base, en, en_len,
	                        en_base) < 0) {
		cli_err(NULL, 0, "cannot add line %zu to the report", at->line);
		*trouble = true;
	}
}

int cli_page_end(zhen_html_pairs *pg, const struct opts *o)
{
	struct cli_buf b = { 0 };
	bool ok;

	if (!pg)
		return 0;
	if (!o->output) {
		ok = zhen_html_pairs_finish(pg, cli_write_stdout, NULL) == 0;
		ok = cli_flush_stdout() && ok;
		if (!ok)
			cli_err(NULL, 0, "cannot write the report");
	} else {
		ok = zhen_html_pairs_finish(pg, cli_write_buf, &b) == 0 &&
		     !b.oom;
		if (!ok)
			cli_err(o->output, 0, "out of memory");
		ok = ok && cli_write_atomic(o->output, b.p ? b.p : "", b.len);
	}
	free(b.p);
	zhen_html_pairs_free(pg);
	return ok ? 0 : EXIT_TROUBLE;
}
