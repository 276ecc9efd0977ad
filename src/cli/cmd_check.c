/* cmd_check.c: zhen check, on two documents or on pre-aligned pairs. */
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
                   const struct opts *o, bool check)
{
	return cli_check_paths(d, ctx, o, o->args[0], o->args[1], NULL, check);
}

int cli_check_paths(struct checked_docs *d, zhen_ctx *ctx,
                    const struct opts *o, const char *zpath,
                    const char *epath, const zhen_lexicon *lex, bool check)
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
	if (check && (!zhen_doc_paragraph_count(d->zh) ||
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
	if ((check ? zhen_check_documents : zhen_align_documents)(
	        &d->r, ctx, d->zh, d->en, &co) < 0) {
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
	if (cli_check_paths(&d, ctx, o, zpath, epath, lex, true) != 0 ||
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
	case FMT_CSV:
		rc = zhen_report_csv(w, wp, d.r, d.zh, d.en, &ro);
		break;
	default:
		rc = zhen_report_text(w, wp, d.r, d.zh, d.en, &ro);
	}
	if (rc != 0) {
		cli_err(NULL, 0, "cannot write the report");
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
	if (fflush(stdout) != 0) {
		cli_err(NULL, 0, "cannot write the report: %s",
		        strerror(errno));
		return EXIT_TROUBLE;
	}
	return status;
}

/* A checked pair whose report waits for the next one: a figure that the
 * two languages put in different rows is found only with both rows
 * (zhen_compare_across()). Its text is a copy; the line buffer moves on. */
struct held_pair {
	zhen_findings *fs; /* NULL: nothing held */
	char *text;
	size_t cap, lineno, zl, el, base, eb;
};

/* A --pairs run: the options of every pair, the pair held back and the
 * counts so far. */
struct pairs_run {
	zhen_ctx *ctx;
	const struct opts *o;
	const char *name;
	zhen_check_options co;
	zhen_report_options ro;
	size_t lineno, npairs, n[3], accepted;
	struct held_pair held;
	bool trouble;
};

/* Report the held pair, if any, and let it go. */
static void release(struct pairs_run *p)
{
	struct held_pair *h = &p->held;

	if (!h->fs)
		return;
	const char *en = h->text + h->zl + 1;
	size_t acc;
	if (cli_accept_pair(p->o, h->fs, h->text, h->base, en, h->eb,
	                    &acc) != 0)
		p->trouble = true;
	p->accepted += acc;
	tally(p->n, h->fs);
	if (p->o->format == FMT_JSON)
		zhen_report_pair_json(cli_write_stdout, NULL, h->lineno, h->fs,
		                      h->text, h->base, en, h->eb);
	else
		zhen_report_pair_text(cli_write_stdout, NULL, h->lineno, h->fs,
		                      h->text, h->zl, h->base, en, h->el, h->eb,
		                      &p->ro);
	zhen_findings_free(h->fs);
	h->fs = NULL;
}

/* Hold @p fs, the findings of [s, s+len), until the next pair is read;
 * reported at once when there is no memory to copy the text. */
static void hold(struct pairs_run *p, zhen_findings *fs, const char *s,
                 size_t len, size_t zl, size_t base, size_t eb)
{
	struct held_pair *h = &p->held;

	if (h->cap < len + 2) {
		char *t = realloc(h->text, len + 2);
		if (!t) {
			cli_err(p->name, p->lineno, "out of memory");
			p->trouble = true;
			zhen_findings_free(fs);
			return;
		}
		h->text = t;
		h->cap = len + 2;
	}
	memcpy(h->text, s, len);
	h->text[len] = h->text[len + 1] = '\0';
	if (zl == len) /* no English: keep its empty string after the NUL */
		h->el = 0;
	else
		h->el = len - zl - 1;
	h->fs = fs;
	h->lineno = p->lineno;
	h->zl = zl;
	h->base = base;
	h->eb = eb;
}

/* One input line [s, s+len) whose first byte is at @p base of the file. */
static void pair_line(struct pairs_run *p, const char *s, size_t len,
                      size_t base)
{
	const struct opts *o = p->o;
	const char *problem = NULL;
	char msg[160];
	const char *tab = NULL;
	size_t bad;

	p->lineno++;
	if (p->lineno == 1 && len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
		s += 3;
		len -= 3;
		base += 3;
	}
	if (zhen_utf8_check(s, len, &bad) < 0) {
		snprintf(msg, sizeof msg, "invalid UTF-8 or binary byte 0x%02X "
		         "at byte %zu", (unsigned)(unsigned char)s[bad],
		         base + bad);
		problem = msg;
	} else if (len && !(tab = memchr(s, '\t', len))) {
		problem = "no TAB between the Chinese and the English";
	}
	if (problem) {
		release(p);
		cli_err(p->name, p->lineno, "%s", problem);
		p->trouble = true;
		if (o->format == FMT_JSON)
			zhen_report_pair_error_json(cli_write_stdout, NULL,
			                            p->lineno, problem);
		return;
	}
	zhen_findings *fs = NULL;
	size_t zl = tab ? (size_t)(tab - s) : 0;
	const char *en = tab ? tab + 1 : s;
	size_t el = tab ? len - zl - 1 : 0;
	size_t eb = base + (size_t)(en - s);
	if (zhen_check_pair(&fs, p->ctx, s, zl, base, en, el, eb, &p->co) < 0 ||
	    zhen_compare_across(p->held.fs, fs, p->ctx, &p->co) < 0) {
		zhen_findings_free(fs);
		release(p);
		cli_err(p->name, p->lineno, "%s", zhen_ctx_errmsg(p->ctx));
		p->trouble = true;
		if (o->format == FMT_JSON)
			zhen_report_pair_error_json(cli_write_stdout, NULL,
			                            p->lineno, "internal");
		return;
	}
	p->npairs++;
	release(p);
	hold(p, fs, s, tab ? len : 0, zl, base, eb);
}

/* Pairs stream line by line, so a million-line file needs no more memory
 * than its longest line. Every input line gets exactly one JSON object;
 * a bad line gets an "error" object and the run goes on (exit 2 at the
 * end). LF, CRLF and lone CR (old Mac and some spreadsheet exports) all
 * end a line, as they do for documents. */
static int check_pairs(zhen_ctx *ctx, const struct opts *o, const char *path)
{
	struct pairs_run p = { .ctx = ctx, .o = o,
	                       .name = cli_display_name(path) };
	FILE *f = stdin;
	char *line = NULL;
	size_t cap = 0, offset = 0;
	ssize_t got;

	if (strcmp(path, "-")) {
		struct stat st;
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			cli_err(path, 0, "is a directory");
			return EXIT_TROUBLE;
		}
		f = fopen(path, "rb");
		if (!f) {
			cli_err(path, 0, "%s", strerror(errno));
			return EXIT_TROUBLE;
		}
	}
	p.co = (zhen_check_options)ZHEN_CHECK_OPTIONS_INIT;
	p.ro = (zhen_report_options)ZHEN_REPORT_OPTIONS_INIT;
	p.co.convert = o->convert;
	p.co.strict = o->strict;
	p.ro.color = o->color;
	errno = 0;
	while ((got = getline(&line, &cap, f)) != -1) {
		size_t len = (size_t)got, base = offset;
		offset += len;
		if (len && line[len - 1] == '\n')
			len--;
		if (len && line[len - 1] == '\r')
			len--;
		size_t a = 0;
		for (const char *cr; (cr = memchr(line + a, '\r', len - a));) {
			size_t e = (size_t)(cr - line);
			pair_line(&p, line + a, e - a, base + a);
			a = e + 1;
		}
		pair_line(&p, line + a, len - a, base + a);
		errno = 0;
	}
	/* getline returns -1 at the end and on failure (ENOMEM leaves no
	 * ferror): a silent stop would drop the rest of the batch. */
	if (ferror(f) || errno) {
		cli_err(p.name, p.lineno + 1, "%s",
		        strerror(errno ? errno : EIO));
		p.trouble = true;
	}
	release(&p);
	free(p.held.text);
	free(line);
	if (f != stdin)
		fclose(f);
	if (o->format != FMT_JSON)
		cli_print_summary_accepted("pairs", p.npairs, p.n, o,
		                           p.accepted);
	if (fflush(stdout) != 0) {
		cli_err(NULL, 0, "cannot write the report: %s",
		        strerror(errno));
		p.trouble = true;
	}
	return p.trouble ? EXIT_TROUBLE
	       : p.n[ZHEN_SEV_ERROR] ? EXIT_FINDINGS : EXIT_CLEAN;
}

static int check_inputs(zhen_ctx *ctx, const struct opts *o)
{
	int rc;

	/* one page or sheet per document pair, for now: --pairs and batches
	 * stream, and their HTML (and the batch's index page) is to come */
	if ((o->format == FMT_HTML || o->format == FMT_CSV || o->output) &&
	    (o->batch || o->manifest || o->pairs))
		return cli_usage_error("--format=html, --format=csv and -o are "
		                       "for a check of two documents (not yet "
		                       "for --pairs, --batch or --manifest)");
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
		if (o->encoding || o->paragraphs != ZHEN_PARAGRAPHS_LINE)
			return cli_usage_error("--pairs streams UTF-8 lines: "
			                       "--encoding and --paragraphs "
			                       "are for documents");
		return check_pairs(ctx, o, o->pairs);
	}
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
