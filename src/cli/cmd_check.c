/* cmd_check.c: zhen check on two documents; pre-aligned pairs (--pairs)
 * are cmd_pairs.c's. */
#include "commands.h"
#include "io.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int cli_two_files(const char *cmd, const struct opts *o)
{
	if (o->nargs != 2)
		return cli_usage_error("%s needs ZH_FILE and EN_FILE", cmd);
	if (!strcmp(o->args[0], "-") && !strcmp(o->args[1], "-"))
		return cli_usage_error("standard input can be read only once");
	return 0;
}

int cli_check_docs(struct checked_docs *d, zhen_ctx *ctx,
                   const struct opts *o, bool check)
{
	zhen_check_options co = ZHEN_CHECK_OPTIONS_INIT;
	const char *zpath = o->args[0], *epath = o->args[1];

	memset(d, 0, sizeof *d);
	if (!(d->zh = cli_load_doc(ctx, o, zpath, ZHEN_LANG_ZH)) ||
	    !(d->en = cli_load_doc(ctx, o, epath, ZHEN_LANG_EN)) ||
	    !cli_load_lexicon(ctx, o, &d->lex))
		return EXIT_TROUBLE;
	if (check && (!zhen_doc_paragraph_count(d->zh) ||
	              !zhen_doc_paragraph_count(d->en))) {
		const char *empty = zhen_doc_paragraph_count(d->zh) ? epath
		                                                    : zpath;
		cli_err(cli_display_name(empty), 0,
		        "no text to check (empty file)");
		return EXIT_TROUBLE;
	}
	co.align.lexicon = d->lex;
	co.convert = o->convert;
	co.strict = o->strict;
	co.sentence_per_line = o->sentence_per_line;
	if ((check ? zhen_check_documents : zhen_align_documents)(
	        &d->r, ctx, d->zh, d->en, &co) < 0) {
		cli_err(NULL, 0, "%s", zhen_ctx_errmsg(ctx));
		return EXIT_TROUBLE;
	}
	return 0;
}

void cli_checked_docs_free(struct checked_docs *d)
{
	zhen_result_free(d->r);
	zhen_lexicon_free(d->lex);
	zhen_doc_free(d->zh);
	zhen_doc_free(d->en);
}

/* Findings by severity, indexed by zhen_severity. */
static void tally(size_t n[3], const zhen_findings *f)
{
	for (int sv = ZHEN_SEV_INFO; sv <= ZHEN_SEV_ERROR; sv++)
		n[sv] += zhen_findings_count_severity(f, (zhen_severity)sv);
}

static int check_documents(zhen_ctx *ctx, const struct opts *o)
{
	zhen_report_options ro = ZHEN_REPORT_OPTIONS_INIT;
	struct checked_docs d;
	size_t n[3] = { 0, 0, 0 };
	int status = EXIT_TROUBLE, rc;

	if (cli_check_docs(&d, ctx, o, true) != 0)
		goto out;
	ro.color = o->color;
	ro.zh_name = cli_display_name(o->args[0]);
	ro.en_name = cli_display_name(o->args[1]);
	if (o->format == FMT_JSON)
		rc = zhen_report_json(cli_write_stdout, NULL, d.r, d.zh, d.en);
	else
		rc = zhen_report_text(cli_write_stdout, NULL, d.r, d.zh, d.en,
		                      &ro);
	if (rc != 0) {
		cli_err(NULL, 0, "cannot write the report");
		goto out;
	}
	tally(n, zhen_result_findings(d.r));
	if (o->format != FMT_JSON)
		cli_print_summary("beads", zhen_alignment_count(
		                                   zhen_result_alignment(d.r)),
		                  n);
	/* A small report is still in the stdio buffer: only the flush tells
	 * whether it reached the disk (> /dev/full). */
	if (fflush(stdout) != 0) {
		cli_err(NULL, 0, "cannot write the report: %s",
		        strerror(errno));
		goto out;
	}
	status = n[ZHEN_SEV_ERROR] ? EXIT_FINDINGS : EXIT_CLEAN;
out:
	cli_checked_docs_free(&d);
	return status;
}

int cmd_check(zhen_ctx *ctx, const struct opts *o)
{
	int rc;

	if (o->pairs) {
		if (o->nargs)
			return cli_usage_error("--pairs takes no other file "
			                       "(got '%s')", o->args[0]);
		if (o->paragraphs != ZHEN_PARAGRAPHS_LINE)
			return cli_usage_error("--pairs reads a pair a line: "
			                       "--paragraphs is for documents");
		return cli_check_pairs(ctx, o);
	}
	if (o->columns || o->header || o->line_offset)
		return cli_usage_error("--columns, --header and --line-offset "
		                       "are for --pairs");
	if ((rc = cli_two_files("check", o)) != 0)
		return rc;
	if (o->format != FMT_TEXT && o->format != FMT_JSON)
		return cli_usage_error("check writes --format=text or json");
	return check_documents(ctx, o);
}
