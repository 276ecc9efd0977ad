/* cmd_units.c: zhen check on one bilingual file (XLIFF, SDLXLIFF, TMX,
 * XLSX, CSV, TSV), or --pairs on one of them.
 *
 * The readers stage hands over the file's units already paired; each is
 * checked as a pre-aligned pair is, beside the one before it (a figure a
 * translator moved into the next segment is found with both), and
 * reported at the place the translator will look for it: the segment id
 * and the CAT tool's state, the sheet and cell, the row. An untranslated
 * unit is reported once, as info, and not compared. */
#include "commands.h"
#include "io.h"
#include "settings.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A run over the units of one file. */
struct units_run {
	zhen_ctx *ctx;
	const struct opts *o;
	const char *name;
	zhen_check_options co;
	zhen_report_options ro;
	zhen_write_fn w;   /* the report's writer: stdout, or a batch's buffer */
	void *wp;
	size_t n[3], accepted, untranslated;
	bool trouble;
	struct cli_page *page; /* html or csv (pairs_page.c) */
	bool stop; /* out of memory, or standard output failed */
	zhen_carry *carry; /* --one-document: what units declare, or NULL */
};

/* A unit checked alone, or (--one-document) as the next sentence of the
 * file's document; an untranslated one has nothing to compare. For the
 * HTML page, which marks every figure, the figures the check read go to
 * q (else it stays NULL, and the page reads the unit itself). */
static int check_one(struct units_run *r, const zhen_unit *u,
                     zhen_findings **fs, zhen_quantities *q[2])
{
	bool open = !(u->flags & ZHEN_UNIT_UNTRANSLATED);

	q[0] = q[1] = NULL;
	if (open && r->o->format == FMT_HTML)
		return zhen_check_pair_read(fs, &q[0], &q[1], r->ctx, r->carry,
		                            u->zh, u->zh_len, 0, u->en,
		                            u->en_len, 0, &r->co);
	/* an untranslated unit is still the document's: what it declares
	 * holds after it, and its 元 takes what was declared before */
	if (r->carry)
		return zhen_check_unit_in(fs, r->ctx, r->carry, u, &r->co);
	return zhen_check_unit(fs, r->ctx, u, &r->co);
}

static void figures_free(zhen_quantities *q[2])
{
	zhen_quantities_free(q[0]);
	zhen_quantities_free(q[1]);
	q[0] = q[1] = NULL;
}

/* A writer of the library's returned @p rc for the unit at @p line (0:
 * the summary). Standard output failing is cli_stdout_failed()'s line at
 * the end; anything else (a batch's buffer, the library) is memory.
 * Either stops the run. */
static void wrote(struct units_run *r, int rc, size_t line)
{
	if (rc == 0)
		return;
	if (r->w != cli_write_stdout || cli_flush_stdout())
		cli_err(r->name, line, "out of memory while writing the report");
	r->stop = r->trouble = true;
}

/* The report of unit @p i of @p us, checked into @p fs (its figures
 * @p q, or NULLs); fs and q are freed. */
static void report(struct units_run *r, const zhen_units *us, size_t i,
                   zhen_findings *fs, zhen_quantities *q[2])
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;
	const zhen_unit *u = zhen_units_get(us, i);
	size_t acc = 0;
	zhen_findings *kept = NULL; /* the accepted, for the page */

	if (cli_accept_pair(r->o, fs, u->zh, 0, u->en, 0, &acc,
	                    r->page ? &kept : NULL) != 0)
		r->trouble = true;
	r->accepted += acc;
	for (int sv = ZHEN_SEV_INFO; sv <= ZHEN_SEV_ERROR; sv++)
		r->n[sv] += zhen_findings_count_severity(fs, (zhen_severity)sv);
	at.line = u->line;
	at.id = u->id;
	at.id_len = u->id ? strlen(u->id) : 0;
	at.where = u->where;
	at.state = u->state;
	at.units = us;
	at.unit = i;
	if (r->page)
		cli_page_add(r->page, &at, fs, kept, q, u->zh, u->zh_len, 0,
		             u->en, u->en_len, 0, &r->trouble);
	else if (r->o->format == FMT_JSON)
		wrote(r, zhen_report_pair_json_at(r->w, r->wp, &at, fs, u->zh,
		                                  0, u->en, 0), u->line);
	else
		wrote(r, zhen_report_pair_text_at(r->w, r->wp, &at, fs, u->zh,
		                                  u->zh_len, 0, u->en,
		                                  u->en_len, 0, &r->ro), u->line);
	zhen_findings_free(fs);
	zhen_findings_free(kept);
	figures_free(q);
}

/* Check every unit, each held until the next is checked: a figure in the
 * neighbouring unit explains a missing one (zhen_compare_across()), but
 * never across an untranslated unit, which has nothing to compare. */
static void check_units(struct units_run *r, const zhen_units *us)
{
	zhen_findings *held = NULL;
	zhen_quantities *hq[2] = { NULL, NULL }; /* the held unit's figures */
	const zhen_unit *hu = NULL;
	size_t hi = 0;

	for (size_t i = 0; !r->stop && i < zhen_units_count(us); i++) {
		const zhen_unit *u = zhen_units_get(us, i);
		zhen_findings *fs = NULL;
		zhen_quantities *q[2];
		bool open = !(u->flags & ZHEN_UNIT_UNTRANSLATED);
		int rc = check_one(r, u, &fs, q);

		if (rc == 0 && open && held &&
		    !(hu->flags & ZHEN_UNIT_UNTRANSLATED))
			rc = zhen_compare_across(held, fs, r->ctx, &r->co);
		if (rc < 0) {
			/* a unit zhen cannot check is told and the next one
			 * checked; memory is the run's: it stops there */
			cli_err(r->name, u->line, "%s (%s)",
			        zhen_ctx_errmsg(r->ctx), u->where);
			zhen_findings_free(fs);
			figures_free(q);
			r->trouble = true;
			r->stop = rc == ZHEN_ENOMEM;
			continue;
		}
		r->untranslated += !open;
		if (held)
			report(r, us, hi, held, hq);
		held = fs;
		hq[0] = q[0];
		hq[1] = q[1];
		hu = u;
		hi = i;
	}
	if (held && !r->stop) {
		report(r, us, hi, held, hq);
	} else {
		zhen_findings_free(held);
		figures_free(hq);
	}
}

static void summary(struct units_run *r, const zhen_units *us)
{
	size_t n = zhen_units_count(us);
	char line[300];

	if (r->o->format == FMT_JSON) {
		zhen_pairs_summary s = ZHEN_PAIRS_SUMMARY_INIT;
		s.lines = s.pairs = n;
		s.errors = r->n[ZHEN_SEV_ERROR];
		s.warnings = r->n[ZHEN_SEV_WARNING];
		s.info = r->n[ZHEN_SEV_INFO];
		s.accepted = r->accepted;
		s.encoding = zhen_format_name(zhen_units_format(us));
		wrote(r, zhen_report_pairs_summary_json(r->w, r->wp, &s), 0);
		return;
	}
	cli_summary_line(line, sizeof line, "units", n, r->n);
	if (r->untranslated) {
		char *nl = strrchr(line, '\n');
		if (nl)
			snprintf(nl, sizeof line - (size_t)(nl - line),
			         " (%zu untranslated)\n", r->untranslated);
	}
	cli_summary_accepted(line, sizeof line, r->o, r->accepted);
	r->w(r->wp, line, strlen(line));
}

/* Check the units of @p bytes (format @p f) and write their report
 * through @p w; the counts by severity in @p n, an exit status. */
static int report_units(zhen_ctx *ctx, const struct opts *o, const char *path,
                        const char *bytes, size_t len, zhen_format f,
                        zhen_write_fn w, void *wp, size_t n[3])
{
	struct units_run r = { .ctx = ctx, .o = o, .w = w, .wp = wp,
	                       .name = cli_display_name(path) };
	zhen_read_options ropt = cli_read_options(o, f);
	zhen_units *us = NULL;

	memset(n, 0, 3 * sizeof *n);
	if (zhen_units_read(&us, ctx, bytes, len, &ropt) < 0) {
		size_t line;
		zhen_ctx_errpos(ctx, &line, NULL);
		cli_err(r.name, line, "%s", zhen_ctx_errmsg(ctx));
		return EXIT_TROUBLE;
	}
	r.co = (zhen_check_options)ZHEN_CHECK_OPTIONS_INIT;
	r.ro = (zhen_report_options)ZHEN_REPORT_OPTIONS_INIT;
	r.co.convert = o->convert;
	r.co.strict = o->strict;
	r.ro.color = o->color;
	/* standard output or -o alone; in a batch, the pair's buffer */
	r.page = w == cli_write_stdout
	         ? cli_page_new(o, r.name, zhen_format_name(f), &r.trouble)
	         : cli_page_new_to(o, r.name, zhen_format_name(f), w, wp,
	                           &r.trouble);
	cli_page_reading(r.page, ctx, r.co.convert, &r.trouble);
	if (!r.trouble && o->one_document && zhen_carry_new(&r.carry) < 0) {
		cli_err(r.name, 0, "out of memory");
		r.trouble = true;
	}
	if (!r.trouble)
		check_units(&r, us);
	zhen_carry_free(r.carry);
	if (!r.page && !r.stop)
		summary(&r, us);
	else if (cli_page_end(r.page) != 0)
		r.trouble = true;
	cli_page_free(r.page);
	zhen_units_free(us);
	memcpy(n, r.n, sizeof r.n);
	return r.trouble ? EXIT_TROUBLE
	       : r.n[ZHEN_SEV_ERROR] ? EXIT_FINDINGS : EXIT_CLEAN;
}

int cli_check_units(zhen_ctx *ctx, const struct opts *o, const char *path,
                    const char *bytes, size_t len, zhen_format f)
{
	size_t n[3];
	int rc;

	if (o->format != FMT_TEXT && o->format != FMT_JSON &&
	    o->format != FMT_HTML && o->format != FMT_CSV)
		return cli_usage_error("a bilingual file is reported with "
		                       "--format=text, json, html or csv");
	if (o->output && (o->format == FMT_TEXT || o->format == FMT_JSON))
		return cli_usage_error("-o with a bilingual file is for "
		                       "--format=html and csv, for now");
	if (o->output && !cli_not_an_input(o, o->output))
		return EXIT_TROUBLE;
	rc = report_units(ctx, o, path, bytes, len, f, cli_write_stdout, NULL,
	                  n);
	if (!cli_flush_stdout())
		return cli_stdout_failed("the report");
	return rc;
}

int cli_report_units_file(zhen_ctx *ctx, const struct opts *o,
                          const char *path, zhen_format f, zhen_write_fn w,
                          void *wp, size_t n[3])
{
	size_t len;
	char *bytes = cli_read_file(path, &len);
	int rc;

	memset(n, 0, 3 * sizeof *n);
	if (!bytes)
		return EXIT_TROUBLE;
	rc = report_units(ctx, o, path, bytes, len, f, w, wp, n);
	free(bytes);
	return rc;
}

/* A table (CSV, TSV, XLSX) may hold one language, or other data: it is a
 * bilingual file only when the reader finds its Chinese and English. XML
 * formats are bilingual by their kind, and a broken one is an error. */
static bool units_found(zhen_ctx *ctx, const struct opts *o, zhen_format f,
                        const char *bytes, size_t len)
{
	zhen_read_options ropt = cli_read_options(o, f);
	zhen_units *us = NULL;

	if (f != ZHEN_FORMAT_CSV && f != ZHEN_FORMAT_TSV &&
	    f != ZHEN_FORMAT_XLSX)
		return true;
	if (zhen_units_read(&us, ctx, bytes, len, &ropt) < 0)
		return false;
	zhen_units_free(us);
	return true;
}

zhen_format cli_bilingual_format(zhen_ctx *ctx, const struct opts *o,
                                 const char *path, bool *table)
{
	struct cli_buf quiet = { 0 };
	zhen_format f = ZHEN_FORMAT_UNKNOWN;
	size_t len;

	*table = false;
	/* a file that cannot be read stays what it was (unpaired): its
	 * error lines are not shown */
	cli_err_capture(&quiet);
	char *bytes = cli_read_file(path, &len);
	cli_err_capture(NULL);
	free(quiet.p);
	if (bytes && (zhen_format_detect(&f, ctx, bytes, len, path) < 0 ||
	              !zhen_format_is_bilingual(f)))
		f = ZHEN_FORMAT_UNKNOWN;
	if (f != ZHEN_FORMAT_UNKNOWN && !units_found(ctx, o, f, bytes, len)) {
		*table = true;
		f = ZHEN_FORMAT_UNKNOWN;
	}
	free(bytes);
	return f;
}

bool cli_read_doc_or_units(zhen_units **us, zhen_doc **doc, zhen_ctx *ctx,
                           const struct opts *o, const char *path)
{
	zhen_format f = o->input_format;
	size_t len;
	char *bytes = cli_read_doc_bytes(ctx, o, path, -1, &len);
	bool ok = bytes != NULL;

	*us = NULL;
	*doc = NULL;
	if (ok && f == ZHEN_FORMAT_UNKNOWN &&
	    zhen_format_detect(&f, ctx, bytes, len,
	                       strcmp(path, "-") ? path : NULL) < 0)
		f = ZHEN_FORMAT_UNKNOWN; /* cli_doc_from_bytes() says why */
	zhen_read_options ropt = cli_read_options(o, f);
	if (ok && zhen_format_is_bilingual(f) &&
	    zhen_units_read(us, ctx, bytes, len, &ropt) < 0) {
		/* broken XML; a table of one language (its reader names the
		 * column it lacks) */
		size_t line;
		zhen_ctx_errpos(ctx, &line, NULL);
		cli_err(cli_display_name(path), line, "%s",
		        zhen_ctx_errmsg(ctx));
		ok = false;
	}
	if (ok && !*us)
		ok = (*doc = cli_doc_from_bytes(ctx, o, path, -1, bytes, len,
		                                f)) != NULL;
	free(bytes);
	return ok;
}

int cli_check_one_file(zhen_ctx *ctx, const struct opts *o, const char *path,
                       bool pairs)
{
	size_t len;
	char *bytes = cli_read_file(path, &len);
	zhen_format f = o->input_format;
	int rc;

	if (!bytes)
		return EXIT_TROUBLE;
	if (f == ZHEN_FORMAT_UNKNOWN &&
	    zhen_format_detect(&f, ctx, bytes, len,
	                       strcmp(path, "-") ? path : NULL) < 0) {
		free(bytes);
		cli_err(cli_display_name(path), 0, "%s", zhen_ctx_errmsg(ctx));
		return EXIT_TROUBLE;
	}
	if (zhen_format_is_bilingual(f) && !(pairs && f == ZHEN_FORMAT_TSV)) {
		rc = cli_check_units(ctx, o, path, bytes, len, f);
	} else if (pairs) {
		rc = -1; /* a TAB-separated pairs file: streamed by the caller */
	} else {
		cli_err(cli_display_name(path), 0, "%s: one file is checked "
		        "alone only when it holds both languages (XLIFF, "
		        "SDLXLIFF, TMX, XLSX, CSV); give ZH_FILE and EN_FILE",
		        f == ZHEN_FORMAT_UNKNOWN ? "not a format zhen reads"
		                                 : zhen_format_name(f));
		rc = EXIT_TROUBLE;
	}
	free(bytes);
	return rc;
}

/* The first bytes of a file, to tell whether it is worth reading whole. */
static size_t peek(const char *path, char *buf, size_t cap)
{
	FILE *f = fopen(path, "rb");
	size_t n = 0;

	if (f) {
		n = fread(buf, 1, cap, f);
		fclose(f);
	}
	return n;
}

static bool ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);
	return n >= t && !strcasecmp(s + n - t, tail);
}

bool cli_pairs_not_tsv(const struct opts *o)
{
	char b[8];
	size_t n, i = 0;

	if (o->input_format != ZHEN_FORMAT_UNKNOWN)
		return o->input_format != ZHEN_FORMAT_TSV &&
		       o->input_format != ZHEN_FORMAT_TEXT;
	if (!strcmp(o->pairs, "-"))
		return false;
	if (ends_with(o->pairs, ".csv"))
		return true;
	n = peek(o->pairs, b, sizeof b);
	if (n >= 4 && !memcmp(b, "PK\x03\x04", 4))
		return true;
	if (n >= 2 && (!memcmp(b, "\xFF\xFE", 2) || !memcmp(b, "\xFE\xFF", 2)))
		i = 2; /* UTF-16: '<' then a NUL, or a NUL then '<' */
	else if (n >= 3 && !memcmp(b, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' ||
	                 b[i] == '\0'))
		i++;
	return i < n && b[i] == '<';
}
