/* cmd_check.c: zhen check on two documents; pre-aligned pairs (--pairs)
 * are cmd_pairs.c's. */
#include "batch.h"
#include "commands.h"
#include "io.h"
#include "settings.h"

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
                   const struct opts *o, int check)
{
	return cli_check_paths(d, ctx, o, o->args[0], o->args[1], NULL, check);
}

int cli_check_paths(struct checked_docs *d, zhen_ctx *ctx,
                    const struct opts *o, const char *zpath,
                    const char *epath, const zhen_lexicon *lex, int check)
{
	zhen_check_options co = ZHEN_CHECK_OPTIONS_INIT;

	memset(d, 0, sizeof *d);
	if (!(d->zh = cli_load_doc(ctx, o, zpath, ZHEN_LANG_ZH)) ||
	    !(d->en = cli_load_doc(ctx, o, epath, ZHEN_LANG_EN)) ||
	    (!lex && !cli_load_lexicon(ctx, o, &d->lex)))
		return EXIT_TROUBLE;
	if (!cli_inputs_plausible(o, d->zh, d->en, zpath, epath))
		return EXIT_TROUBLE;
	cli_warn_convert_none(ctx, o, d->zh, zpath);
	if ((check & CLI_REFUSE_EMPTY) &&
	    (!zhen_doc_paragraph_count(d->zh) ||
	     !zhen_doc_paragraph_count(d->en))) {
		const char *empty = zhen_doc_paragraph_count(d->zh) ? epath
		                                                    : zpath;
		cli_err(cli_display_name(empty), 0,
		        "no text to check (empty file)");
		return EXIT_TROUBLE;
	}
	co.align.lexicon = lex ? lex : d->lex;
	co.convert = o->convert;
	co.strict = o->strict;
	co.sentence_per_line = o->sentence_per_line;
	if (((check & CLI_COMPARE) ? zhen_check_documents
	                           : zhen_align_documents)(&d->r, ctx, d->zh,
	                                                   d->en, &co) < 0) {
		/* the pair's files, so that a batch or a script knows which */
		cli_err(cli_display_name(zpath), 0, "%s (checking it against %s)",
		        zhen_ctx_errmsg(ctx), cli_display_name(epath));
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

int cli_report_documents(zhen_ctx *ctx, const struct opts *o,
                         const char *zpath, const char *epath,
                         const zhen_lexicon *lex, zhen_write_fn w, void *wp,
                         size_t n[3])
{
	zhen_report_options ro = ZHEN_REPORT_OPTIONS_INIT;
	struct checked_docs d;
	int status = EXIT_TROUBLE, rc;
	char line[160];

	n[0] = n[1] = n[2] = 0;
	if (cli_check_paths(&d, ctx, o, zpath, epath, lex, CLI_CHECK) != 0 ||
	    cli_accept_result(o, d.r, d.zh, d.en) != 0)
		goto out;
	ro.color = o->color;
	ro.zh_name = cli_display_name(zpath);
	ro.en_name = cli_display_name(epath);
	switch (o->format) {
	case FMT_JSON:
		rc = zhen_report_json(w, wp, d.r, d.zh, d.en);
		break;
	case FMT_HTML:
		rc = zhen_report_html(w, wp, ctx, d.r, d.zh, d.en, &ro);
		break;
	case FMT_CSV: /* a batch writes its header once (batch.c) */
		rc = (o->batch || o->manifest)
		             ? zhen_report_csv_rows(w, wp, d.r, d.zh, d.en, &ro)
		             : zhen_report_csv(w, wp, d.r, d.zh, d.en, &ro);
		break;
	default:
		rc = zhen_report_text(w, wp, d.r, d.zh, d.en, &ro);
	}
	if (rc != 0) {
		cli_report_failed(w, rc, "the report", zpath);
		goto out;
	}
	tally(n, zhen_result_findings(d.r));
	if (o->format == FMT_TEXT) {
		cli_summary_line(line, sizeof line, "beads",
		                 zhen_alignment_count(zhen_result_alignment(d.r)),
		                 n);
		cli_summary_accepted(line, sizeof line, o,
		                     zhen_result_accepted(d.r));
		if (w(wp, line, strlen(line)) != 0)
			goto out;
	}
	status = n[ZHEN_SEV_ERROR] ? EXIT_FINDINGS : EXIT_CLEAN;
out:
	cli_checked_docs_free(&d);
	return status;
}

/* -o FILE: the report is made whole in memory, then written through a
 * temporary file and a rename, so that a reviewer's browser or a script
 * never sees half a report, and a failed run leaves the old one. */
static int check_documents_to(zhen_ctx *ctx, const struct opts *o)
{
	struct cli_buf out = { 0 };
	size_t n[3];
	int status;

	if (!cli_not_an_input(o, o->output))
		return EXIT_TROUBLE;
	status = cli_report_documents(ctx, o, o->args[0], o->args[1], NULL,
	                              cli_write_buf, &out, n);
	if (status != EXIT_TROUBLE && out.oom) {
		cli_err(o->output, 0, "out of memory");
		status = EXIT_TROUBLE;
	}
	if (status != EXIT_TROUBLE &&
	    !cli_write_atomic(o->output, out.p ? out.p : "", out.len))
		status = EXIT_TROUBLE;
	free(out.p);
	return status;
}

static int check_documents(zhen_ctx *ctx, const struct opts *o)
{
	size_t n[3];
	int status;

	if (o->output)
		return check_documents_to(ctx, o);
	status = cli_report_documents(ctx, o, o->args[0], o->args[1], NULL,
	                              cli_write_stdout, NULL, n);
	/* A small report is still in the stdio buffer: only the flush tells
	 * whether it reached the disk (> /dev/full). */
	if (!cli_flush_stdout())
		return cli_stdout_failed("the report");
	return status;
}

static int check_inputs(zhen_ctx *ctx, const struct opts *o)
{
	int rc;

	/* a page or sheet per document pair; a page for --pairs (and a
	 * bilingual file); a batch's pages and their index go to a folder */
	if ((o->batch || o->manifest) && o->format != FMT_CSV &&
	    (o->format == FMT_HTML) != !!o->output)
		return cli_usage_error("--batch and --manifest write "
		                       "--format=html with -o DIR (a page a pair "
		                       "and index.html), --format=csv to standard "
		                       "output or -o FILE, and not yet -o with "
		                       "text or json");
	if ((o->batch || o->manifest) && o->format == FMT_CSV && o->facts)
		return cli_usage_error("--facts has no CSV: write it with "
		                       "--format=text or json");
	if (o->pairs && o->output &&
	    (o->format == FMT_TEXT || o->format == FMT_JSON))
		return cli_usage_error("--pairs -o is for --format=html and "
		                       "csv (not yet text or json)");
	if (!o->pairs && o->line_offset)
		return cli_usage_error("--line-offset is for --pairs");
	if (!o->pairs && o->nargs != 1 && (o->columns || o->header))
		return cli_usage_error("--columns and --header are for --pairs "
		                       "and a bilingual table (CSV, TSV, XLSX)");
	/* one process checks one document pair or one pairs stream: an
	 * option that would do nothing says so */
	if (o->jobs && !o->batch && !o->manifest && !o->pairs)
		return cli_usage_error("--jobs is for --pairs, --batch and "
		                       "--manifest");
	if (o->facts && !o->batch && !o->manifest)
		return cli_usage_error("--facts is for --batch and --manifest "
		                       "(for other documents: zhen facts)");
	if (o->batch || o->manifest) {
		if (o->nargs || o->pairs || (o->batch && o->manifest))
			return cli_usage_error("--batch and --manifest take no "
			                       "other files, --pairs nor each "
			                       "other");
		return cli_check_batch(ctx, o);
	}
	if (o->pairs) {
		if (o->nargs)
			return cli_usage_error("--pairs takes no other file "
			                       "(got '%s')", o->args[0]);
		if (o->paragraphs != ZHEN_PARAGRAPHS_LINE)
			return cli_usage_error("--pairs reads a pair a line: "
			                       "--paragraphs is for documents");
		/* a TMX, XLIFF or table given to --pairs is read whole by
		 * its reader; a TAB-separated file streams */
		if (cli_pairs_not_tsv(o) &&
		    (rc = cli_check_one_file(ctx, o, o->pairs, true)) >= 0)
			return rc;
		return cli_check_pairs(ctx, o);
	}
	if (o->nargs == 1)
		return cli_check_one_file(ctx, o, o->args[0], false);
	if ((rc = cli_two_files("check", o)) != 0)
		return rc;
	return check_documents(ctx, o);
}

int cmd_check(zhen_ctx *ctx, const struct opts *o)
{
	if (!cli_baseline_begin(o))
		return EXIT_TROUBLE;
	return cli_baseline_end(o, check_inputs(ctx, o));
}
