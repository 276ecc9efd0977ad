/* cmd_align.c: zhen align, the sentence alignment of two documents in the
 * formats a person (text), a script (beads, json) or a CAT tool (tsv,
 * tmx) reads. */
#include "commands.h"
#include "io.h"
#include "settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A writer of the alignment stopped: standard output failed, unless the
 * library ran out of memory or OpenCC failed first (@p ctx says, when
 * given). */
static int write_failed(zhen_ctx *ctx)
{
	if (!cli_flush_stdout())
		return cli_stdout_failed("the alignment");
	cli_err(NULL, 0, "cannot write the alignment: %s",
	        ctx ? zhen_ctx_errmsg(ctx) : "out of memory");
	return EXIT_TROUBLE;
}

/* TSV or TMX through the library's exporter. */
static int write_memory(zhen_ctx *ctx, const struct opts *o,
                        const struct checked_docs *d)
{
	zhen_export_options xo = ZHEN_EXPORT_OPTIONS_INIT;
	const zhen_result *r = d->r;
	zhen_script sc = zhen_result_script(r);

	xo.format = o->format == FMT_TMX ? ZHEN_EXPORT_TMX : ZHEN_EXPORT_TSV;
	/* region codes, which CAT tools match their projects on */
	xo.zh_lang = sc == ZHEN_SCRIPT_TRADITIONAL_TW ? "zh-TW" :
	             sc == ZHEN_SCRIPT_TRADITIONAL_HK ? "zh-HK" :
	             sc == ZHEN_SCRIPT_TRADITIONAL ? "zh-Hant" :
	             sc == ZHEN_SCRIPT_SIMPLIFIED ? "zh-CN" : "zh";
	if (o->tmx_simplified) {
		xo.zh_convert = zhen_result_convert(r);
		xo.zh_lang = "zh-CN";
	}
	if (zhen_alignment_write(cli_write_stdout, NULL, ctx,
	                         zhen_result_alignment(r),
	                         zhen_doc_bytes(d->zh, NULL),
	                         zhen_result_sentences(r, ZHEN_LANG_ZH),
	                         zhen_doc_bytes(d->en, NULL),
	                         zhen_result_sentences(r, ZHEN_LANG_EN),
	                         &xo) != 0)
		return write_failed(ctx);
	return 0;
}

/* Side by side, as wide as the terminal when there is one. */
static int write_text(const struct checked_docs *d)
{
	const char *cols = getenv("COLUMNS");
	size_t width = cols && atoi(cols) > 0 ? (size_t)atoi(cols) : 100;

	if (zhen_report_alignment_text(cli_write_stdout, NULL, d->r, d->zh,
	                               d->en, width) != 0)
		return write_failed(NULL);
	return 0;
}

static void print_ids(size_t first, size_t count)
{
	fputc('[', stdout);
	for (size_t i = 0; i < count; i++)
		printf(i ? ",%zu" : "%zu", first + i);
	fputc(']', stdout);
}

/* One line a bead, "[0,1]:[0]": the 0-based sentences of each side.
 * The public beads are made on the first zhen_alignment_get(): false
 * when that runs out of memory, before anything is printed. */
static bool write_beads(const zhen_alignment *al)
{
	size_t n = zhen_alignment_count(al);

	if (n && !zhen_alignment_get(al, 0))
		return false;
	for (size_t i = 0; i < n; i++) {
		const zhen_bead *b = zhen_alignment_get(al, i);
		print_ids(b->zh_first, b->zh_count);
		fputc(':', stdout);
		print_ids(b->en_first, b->en_count);
		fputc('\n', stdout);
	}
	return true;
}

static int write_alignment(zhen_ctx *ctx, const struct opts *o,
                           const struct checked_docs *d)
{
	switch (o->format) {
	case FMT_TSV:
	case FMT_TMX:
		return write_memory(ctx, o, d);
	case FMT_TEXT:
		return write_text(d);
	case FMT_BEADS:
		if (!write_beads(zhen_result_alignment(d->r)))
			return write_failed(NULL);
		return 0;
	case FMT_JSON:
	case FMT_HTML: /* main.c refuses them for align */
	case FMT_CSV:
		break;
	}
	if (zhen_alignment_write_json(cli_write_stdout, NULL,
	                              zhen_result_alignment(d->r)) != 0)
		return write_failed(NULL);
	return 0;
}

/* The side-by-side view lists each bead's findings under it, as zhen
 * check reports them (the settings and the baseline applied); the
 * formats for scripts and CAT tools are the alignment alone, and none
 * runs the comparison it does not show. A baseline is read, never
 * written: --write-baseline is check's. */
static int align_documents(struct checked_docs *d, zhen_ctx *ctx,
                           const struct opts *o)
{
	struct opts ro = *o;
	int status;

	if (o->format != FMT_TEXT)
		return cli_check_docs(d, ctx, o, 0);
	ro.write_baseline = NULL;
	if (!cli_baseline_begin(&ro)) {
		memset(d, 0, sizeof *d);
		return EXIT_TROUBLE;
	}
	status = cli_check_docs(d, ctx, &ro, CLI_COMPARE);
	if (status == 0 && cli_accept_result(&ro, d->r, d->zh, d->en) != 0)
		status = EXIT_TROUBLE;
	return cli_baseline_end(&ro, status);
}

int cmd_align(zhen_ctx *ctx, const struct opts *o)
{
	struct checked_docs d;
	int status;

	if ((status = cli_two_files("align", o)) != 0)
		return status;
	if ((status = align_documents(&d, ctx, o)) == 0)
		status = write_alignment(ctx, o, &d);
	if (status == 0 && !cli_flush_stdout())
		status = cli_stdout_failed("the alignment");
	cli_checked_docs_free(&d);
	return status;
}
