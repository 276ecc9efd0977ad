/* cmd_pairs.c: zhen check --pairs, pre-aligned rows read as they stream.
 *
 * A pairs file can hold a million rows, so it is read a piece at a time
 * (zhen_lines: any encoding a document is read in) and reported row by
 * row, in memory that holds one row, never the file. Every row gets
 * exactly one JSON object (a bad row an "error" object, and the run goes
 * on), in input order, then one summary object; a text report ends with
 * its summary line. The rows may come in chunks of one file checked
 * apart (GNU parallel, Hadoop Streaming): --line-offset and a row's id
 * make their reports join. */
#include "commands.h"
#include "io.h"
#include "pairs_pool.h"
#include "progress.h"
#include "settings.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* Columns a row may have. A spreadsheet's export has a few; more is a
 * file that is not a pairs file. */
#define MAX_COLUMNS 64

/* Bad lines named on standard error; the rest are counted (JSON lists
 * each): a file in the wrong encoding must not bury the terminal under a
 * million lines. */
#define SHOWN_BAD 10

/* The default row: the Chinese, a TAB, the English. */
static const char default_columns[] = "zh,en";

/* Where the columns zhen reads stand in a row of n columns. */
struct columns {
	int n, zh, en, id; /* id: -1 when the rows have none */
	char names[160];   /* as the user wrote them, for messages */
};

/* A checked row whose report waits for the next one: a figure that the
 * two languages put in different rows is found only with both rows
 * (zhen_compare_across()). Its line is a copy (the reader moves on), with
 * the offsets of its cells in it and, for a decoded line, its map back to
 * the input's bytes. */
struct held_pair {
	zhen_findings *fs; /* NULL: nothing held */
	zhen_quantities *q[2]; /* its figures, for the HTML page, or NULL */
	char *text;
	size_t cap, line;  /* line: as reported */
	size_t zo, zl, eo, el, io, il; /* cells: offset and length */
	bool has_id;
	size_t zb, eb;     /* the bases the pair was checked at */
	size_t *src;       /* a decoded line's map (when mapped) */
	size_t srccap;
	bool mapped;       /* else the offsets are the input's */
};

/* A --pairs run: its options, the columns, the row held back and the
 * counts so far. */
struct pairs_run {
	zhen_ctx *ctx;
	const struct opts *o;
	const char *name;
	zhen_check_options co;
	zhen_report_options ro;
	struct columns cols;
	zhen_lines *lines;
	struct pairs_pool *pool; /* --jobs N > 1: the workers, else NULL */
	zhen_carry *carry; /* --one-document: what rows declare, else NULL */
	size_t rows;       /* lines that are neither blank nor the header */
	size_t objects;    /* line objects written */
	size_t npairs, nbad, n[3];
	size_t accepted;   /* findings the baseline accepted */
	size_t line;       /* the last line read, as reported */
	struct held_pair held;
	struct cli_page *page; /* html or csv (pairs_page.c) */
	/* The first bad lines' messages, held back while no pair has been
	 * checked: if none ever is, one line says so instead. */
	struct {
		size_t line;
		char msg[200];
	} early[SHOWN_BAD];
	size_t nearly;
	bool trouble;      /* exit 2 at the end */
	bool stop;         /* the run cannot go on */
	int write_errno;   /* the first failed write to stdout, or 0 */
};

/* A cell of a row: [off, off+len) of the line. */
struct cell {
	size_t off, len;
};

/* ---- columns ---- */

/* Split [s, s+len) at its TABs into at most MAX_COLUMNS cells; the count
 * of columns, which may be larger than what was stored. */
static int split(const char *s, size_t len, struct cell *c)
{
	int n = 0;
	size_t a = 0;

	for (const char *t; (t = memchr(s + a, '\t', len - a)); n++) {
		if (n < MAX_COLUMNS)
			c[n] = (struct cell){ a, (size_t)(t - s) - a };
		a = (size_t)(t - s) + 1;
	}
	if (n < MAX_COLUMNS)
		c[n] = (struct cell){ a, len - a };
	return n + 1;
}

/* Spaces around a header's name are no part of it. */
static void trim(const char **s, size_t *len)
{
	while (*len && (*s)[0] == ' ') {
		(*s)++;
		(*len)--;
	}
	while (*len && (*s)[*len - 1] == ' ')
		(*len)--;
}

/* Name column @p i of @p c: zh, en and id (any case) are read, every
 * other name is a column left alone. false after a message in @p err. */
static bool name_column(struct columns *c, int i, const char *s, size_t len,
                        char *err, size_t cap)
{
	static const char *const known[] = { "zh", "en", "id" };
	int *slot[] = { &c->zh, &c->en, &c->id };

	trim(&s, &len);
	for (int k = 0; k < 3; k++) {
		if (len != strlen(known[k]) || strncasecmp(s, known[k], len))
			continue;
		if (*slot[k] >= 0) {
			snprintf(err, cap, "two columns named %s", known[k]);
			return false;
		}
		*slot[k] = i;
	}
	size_t w = strlen(c->names);
	snprintf(c->names + w, sizeof c->names - w, "%s%.*s", i ? "," : "",
	         (int)len, s);
	return true;
}

/* The columns named by the cells of [s, s+len) split at @p sep. */
static bool columns_from(struct columns *c, const char *s, size_t len,
                         char sep, char *err, size_t cap)
{
	size_t a = 0;

	*c = (struct columns){ .zh = -1, .en = -1, .id = -1 };
	for (;;) {
		const char *t = memchr(s + a, sep, len - a);
		size_t e = t ? (size_t)(t - s) : len;
		if (c->n == MAX_COLUMNS) {
			snprintf(err, cap, "more than %d columns", MAX_COLUMNS);
			return false;
		}
		if (!name_column(c, c->n++, s + a, e - a, err, cap))
			return false;
		if (!t)
			break;
		a = e + 1;
	}
	if (c->zh < 0 || c->en < 0) {
		snprintf(err, cap, "no column named %s (the columns: %s)",
		         c->zh < 0 ? "zh" : "en", c->names);
		return false;
	}
	return true;
}

/* What to try when no line could be read: NUL bytes in text are most
 * often UTF-16 without a BOM, which a short file does not let ICU
 * detect. */
static const char *hint(const char *why)
{
	if (strstr(why, "NUL byte"))
		return "UTF-16 without a BOM? see --encoding=UTF-16LE or "
		       "UTF-16BE";
	return "see --encoding, --columns, --header";
}

/* The first line of a --header file: it names the columns, or --columns
 * renames them and the two must agree in number. */
static void header(struct pairs_run *p, const zhen_line *ln)
{
	const struct opts *o = p->o;
	struct cell c[MAX_COLUMNS];
	char err[200];

	if (ln->error) {
		cli_err(p->name, ln->number + o->line_offset,
		        "the header: %s (%s)", ln->error, hint(ln->error));
		p->stop = p->trouble = true;
		return;
	}
	if (o->columns) {
		int n = split(ln->text, ln->len, c);
		if (n == p->cols.n)
			return;
		cli_err(p->name, ln->number + o->line_offset, "the header has "
		        "%d columns, --columns=%s names %d", n, o->columns,
		        p->cols.n);
		p->stop = p->trouble = true;
		return;
	}
	if (!columns_from(&p->cols, ln->text, ln->len, '\t', err,
	                  sizeof err)) {
		cli_err(p->name, ln->number + o->line_offset, "the header: %s",
		        err);
		p->stop = p->trouble = true;
	}
}

/* ---- reporting ---- */

/* The report's writer: stdout, with the first failure kept. A reader
 * that went away (head, a closed pipe) stops the run at once, even with
 * SIGPIPE ignored (Python's subprocess, some job runners), instead of
 * checking the rest of a million rows for nobody. */
static int out(void *payload, const char *bytes, size_t len)
{
	struct pairs_run *p = payload;

	if (p->write_errno)
		return -1;
	if (fwrite(bytes, 1, len, stdout) == len)
		return 0;
	p->write_errno = errno ? errno : EIO;
	p->stop = p->trouble = true;
	return -1;
}

/* A writer of the library's returned @p rc for the row of @p line (0:
 * the summary): a failed write is out()'s to tell; any other failure is
 * memory, and the report would go on without the row's objects. */
static void wrote(struct pairs_run *p, int rc, size_t line)
{
	if (rc == 0 || p->write_errno)
		return;
	cli_err(p->name, line, "out of memory while writing the report");
	p->stop = p->trouble = true;
}

/* The place of the held row, for the writers. */
static zhen_pair_place place_of(const struct held_pair *h)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;

	at.line = h->line;
	if (h->has_id) {
		at.id = h->text + h->io;
		at.id_len = h->il;
	}
	at.src = h->mapped ? h->src : NULL;
	return at;
}

static void figures_free(zhen_quantities *q[2])
{
	zhen_quantities_free(q[0]);
	zhen_quantities_free(q[1]);
	q[0] = q[1] = NULL;
}

/* Report the held row, if any, and let it go. */
static void release(struct pairs_run *p)
{
	struct held_pair *h = &p->held;

	if (!h->fs)
		return;
	zhen_pair_place at = place_of(h);
	const char *zh = h->text + h->zo, *en = h->text + h->eo;
	size_t acc = 0;
	zhen_findings *kept = NULL; /* the accepted, for the page */
	/* the settings' rules and the baseline, as for documents; after
	 * zhen_compare_across() with the next row, which adds findings */
	if (cli_accept_pair(p->o, h->fs, zh, h->zb, en, h->eb, &acc,
	                    p->page ? &kept : NULL) != 0)
		p->stop = p->trouble = true;
	p->accepted += acc;
	for (int sv = ZHEN_SEV_INFO; sv <= ZHEN_SEV_ERROR; sv++)
		p->n[sv] += zhen_findings_count_severity(h->fs,
		                                         (zhen_severity)sv);
	if (p->page)
		cli_page_add(p->page, &at, h->fs, kept, h->q, zh, h->zl, h->zb,
		             en, h->el, h->eb, &p->trouble);
	else if (p->o->format == FMT_JSON)
		wrote(p, zhen_report_pair_json_at(out, p, &at, h->fs,
		                                  zh, h->zb, en, h->eb), at.line);
	else
		wrote(p, zhen_report_pair_text_at(out, p, &at, h->fs, zh, h->zl,
		                                  h->zb, en, h->el, h->eb,
		                                  &p->ro), at.line);
	p->objects++;
	zhen_findings_free(kept);
	zhen_findings_free(h->fs);
	h->fs = NULL;
	figures_free(h->q);
}

/* The id of a row, when it has one that can be quoted. */
static void id_of(const struct pairs_run *p, const zhen_line *ln,
                  const struct cell *c, int n, zhen_pair_place *at)
{
	int k = p->cols.id;
	size_t bad;

	if (k < 0 || k >= n || k >= MAX_COLUMNS ||
	    zhen_utf8_check(ln->text + c[k].off, c[k].len, &bad) < 0)
		return;
	at->id = ln->text + c[k].off;
	at->id_len = c[k].len;
}

/* Name the first bad lines on standard error: at once after a pair was
 * checked, else held back until one is (show_early()). */
static void tell_bad(struct pairs_run *p, size_t line, const char *why)
{
	size_t k = p->nbad;

	if (k >= SHOWN_BAD)
		return;
	if (p->npairs) {
		cli_err(p->name, line, "%s", why);
		return;
	}
	p->early[k].line = line;
	snprintf(p->early[k].msg, sizeof p->early[k].msg, "%s", why);
	p->nearly = k + 1;
}

/* The bad lines held back, now that a pair was checked. */
static void show_early(struct pairs_run *p)
{
	for (size_t k = 0; k < p->nearly; k++)
		cli_err(p->name, p->early[k].line, "%s", p->early[k].msg);
	p->nearly = 0;
}

/* A row that cannot be checked: its error line and object; the run goes
 * on and ends with status 2. */
static void bad_row(struct pairs_run *p, const zhen_line *ln,
                    const struct cell *c, int n, const char *why)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;

	release(p);
	at.line = ln->number + p->o->line_offset;
	id_of(p, ln, c, n, &at);
	tell_bad(p, at.line, why);
	if (p->o->format == FMT_JSON)
		wrote(p, zhen_report_pair_error_json_at(out, p, &at, why),
		      at.line);
	p->objects++;
	p->nbad++;
	p->trouble = true;
}

/* Why a row of @p n columns is not one of p->cols, or NULL. */
static const char *column_count(const struct pairs_run *p, int n, char *msg,
                                size_t cap)
{
	if (n == p->cols.n)
		return NULL;
	if (n == 1 && p->cols.n == 2)
		return "no TAB between the Chinese and the English";
	/* a long list of column names may be cut: the message still says
	 * how many columns were expected */
	if (snprintf(msg, cap, "%d column%s%s, %d expected (%s)", n,
	             n == 1 ? "" : "s", n == 1 ? " (no TAB)" : "", p->cols.n,
	             p->cols.names) >= (int)cap && cap > 4)
		memcpy(msg + cap - 4, "...", 4);
	return msg;
}

/* ---- a row ---- */

/* Hold the row @p ln, checked into @p fs (its figures @p q), until the
 * next row is read. false when there is no memory for its copy. */
static bool hold(struct pairs_run *p, zhen_findings *fs, zhen_quantities **q,
                 const zhen_line *ln, const struct cell *c, size_t zb,
                 size_t eb)
{
	struct held_pair *h = &p->held;
	const struct columns *k = &p->cols;

	if (h->cap < ln->len + 1) {
		char *t = realloc(h->text, ln->len + 1);
		if (!t)
			return false;
		h->text = t;
		h->cap = ln->len + 1;
	}
	if (ln->src && h->srccap < ln->len + 1) {
		size_t *s = realloc(h->src, (ln->len + 1) * sizeof *s);
		if (!s)
			return false;
		h->src = s;
		h->srccap = ln->len + 1;
	}
	memcpy(h->text, ln->text, ln->len);
	if (ln->src)
		memcpy(h->src, ln->src, (ln->len + 1) * sizeof *h->src);
	h->mapped = ln->src != NULL;
	h->fs = fs;
	h->q[0] = q[0];
	h->q[1] = q[1];
	h->line = ln->number + p->o->line_offset;
	h->zo = c[k->zh].off;
	h->zl = c[k->zh].len;
	h->eo = c[k->en].off;
	h->el = c[k->en].len;
	h->has_id = k->id >= 0;
	h->io = h->has_id ? c[k->id].off : 0;
	h->il = h->has_id ? c[k->id].len : 0;
	h->zb = zb;
	h->eb = eb;
	return true;
}

/* The pair of a row of the right shape, checked with @p ctx, into *fs,
 * and for the HTML page, which marks every figure, the figures read into
 * q (else left NULL); < 0 with the error in ctx. The findings' offsets:
 * the input's for UTF-8, else counted from the line's start and mapped
 * by the line's src when written. */
static int check_cells(const struct pairs_run *p, zhen_ctx *ctx,
                       const zhen_line *ln, const struct cell *c,
                       zhen_findings **fs, zhen_quantities *q[2])
{
	const struct cell *z = &c[p->cols.zh], *e = &c[p->cols.en];
	size_t base = ln->src ? 0 : ln->start;

	q[0] = q[1] = NULL;
	/* --one-document runs on this thread alone: the rows in order */
	if (p->o->format == FMT_HTML)
		return zhen_check_pair_read(fs, &q[0], &q[1], ctx, p->carry,
		                            ln->text + z->off, z->len,
		                            base + z->off, ln->text + e->off,
		                            e->len, base + e->off, &p->co);
	if (p->carry)
		return zhen_check_pair_in(fs, ctx, p->carry,
		                          ln->text + z->off, z->len,
		                          base + z->off, ln->text + e->off,
		                          e->len, base + e->off, &p->co);
	return zhen_check_pair(fs, ctx, ln->text + z->off, z->len,
	                       base + z->off, ln->text + e->off, e->len,
	                       base + e->off, &p->co);
}

/* Check a row of the right shape (or take a worker's check of it, @p res
 * when not NULL); hold it, having reported the one before. */
static void check_row(struct pairs_run *p, const zhen_line *ln,
                      const struct cell *c, int n, struct pool_result *res)
{
	zhen_findings *fs = NULL;
	zhen_quantities *q[2] = { NULL, NULL };
	size_t base = ln->src ? 0 : ln->start;
	size_t zb = base + c[p->cols.zh].off, eb = base + c[p->cols.en].off;
	const char *why = NULL;
	int rc = 0;

	if (res && res->state == POOL_FAILED) {
		why = res->err;
	} else if (res && res->state == POOL_CHECKED) {
		fs = res->fs;
		res->fs = NULL;
		memcpy(q, res->q, sizeof q);
		res->q[0] = res->q[1] = NULL;
	} else if ((rc = check_cells(p, p->ctx, ln, c, &fs, q)) < 0) {
		why = zhen_ctx_errmsg(p->ctx);
	}
	if (!why &&
	    (rc = zhen_compare_across(p->held.fs, fs, p->ctx, &p->co)) < 0)
		why = zhen_ctx_errmsg(p->ctx);
	if (rc == ZHEN_ENOMEM) {
		/* the run's memory, not the row's fault: stop at the row */
		zhen_findings_free(fs);
		figures_free(q);
		cli_err(p->name, ln->number + p->o->line_offset,
		        "out of memory");
		p->stop = p->trouble = true;
		return;
	}
	if (why) {
		zhen_findings_free(fs);
		figures_free(q);
		bad_row(p, ln, c, n, why);
		return;
	}
	if (!p->npairs++)
		show_early(p);
	release(p);
	if (!hold(p, fs, q, ln, c, zb, eb)) {
		zhen_findings_free(fs);
		figures_free(q);
		cli_err(p->name, 0, "out of memory");
		p->stop = p->trouble = true;
	}
}

/* One line of the input (and a worker's check of it, or NULL). */
static void pair_line(struct pairs_run *p, const zhen_line *ln,
                      struct pool_result *res)
{
	struct cell c[MAX_COLUMNS];
	char msg[200];

	p->line = ln->number + p->o->line_offset;
	if (p->o->header && ln->number == 1) {
		header(p, ln);
		return;
	}
	if (!ln->len && !ln->error) {
		/* blank: no pair, and no neighbour to the rows around it */
		release(p);
		zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;
		at.line = ln->number + p->o->line_offset;
		if (p->o->format == FMT_JSON)
			wrote(p, zhen_report_pair_json_at(out, p, &at, NULL,
			                                  "", 0, "", 0), at.line);
		p->objects++;
		return;
	}
	p->rows++;
	int n = split(ln->text, ln->len, c);
	const char *why = ln->error ? ln->error
	                            : column_count(p, n, msg, sizeof msg);
	if (why)
		bad_row(p, ln, c, n, why);
	else
		check_row(p, ln, c, n, res);
}

/* ---- --jobs ---- */

/* A worker's part of a line (pairs_pool.h): the pair of a row that
 * pair_line() would check, with the worker's context. The columns are
 * set before the first row is queued (the header is read at once). */
static void pool_check(const void *arg, zhen_ctx *ctx, const zhen_line *ln,
                       struct pool_result *res)
{
	const struct pairs_run *p = arg;
	struct cell c[MAX_COLUMNS];

	if ((p->o->header && ln->number == 1) || !ln->len || ln->error ||
	    split(ln->text, ln->len, c) != p->cols.n)
		return;
	int rc = check_cells(p, ctx, ln, c, &res->fs, res->q);
	if (rc == ZHEN_ENOMEM) {
		/* left: the reporter checks it again, and stops the run if
		 * memory is short there too */
		res->fs = NULL;
		return;
	}
	if (rc < 0) {
		res->state = POOL_FAILED;
		res->fs = NULL;
		res->err = strdup(zhen_ctx_errmsg(ctx));
		if (!res->err) /* the reporter checks it again */
			res->state = POOL_LEFT;
		return;
	}
	res->state = POOL_CHECKED;
}

static bool pool_emit(void *arg, const zhen_line *ln, struct pool_result *res)
{
	struct pairs_run *p = arg;

	pair_line(p, ln, res);
	return !p->stop;
}

/* A line read: checked here, or queued for the workers (the header at
 * once: it names the columns the workers split by). */
static void take_line(struct pairs_run *p, const zhen_line *ln,
                      uint64_t done)
{
	if (!p->pool || (p->o->header && ln->number == 1)) {
		pair_line(p, ln, NULL);
		return;
	}
	if (!pool_add(p->pool, ln, done))
		p->stop = p->trouble = true;
}

/* ---- the run ---- */

/* Open @p path (or stdin for "-") for reading; its size when it is a
 * regular file, else 0. -1 after an error line. */
static int open_input(const char *path, uint64_t *size)
{
	struct stat st;
	int fd = strcmp(path, "-") ? open(path, O_RDONLY) : STDIN_FILENO;

	*size = 0;
	if (fd < 0) {
		cli_err(path, 0, "%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		cli_err(path, 0, "is a directory");
		close(fd);
		return -1;
	}
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		*size = (uint64_t)st.st_size;
	return fd;
}

/* Feed the reader from @p fd and report each line, until the end or a
 * stop. */
static void read_rows(struct pairs_run *p, int fd)
{
	const size_t piece = (size_t)1 << 16;
	char *buf = malloc(piece), where[48];
	uint64_t done = 0;
	zhen_line ln;
	int rc = 0, read_errno = 0;

	if (!buf) {
		cli_err(p->name, 0, "out of memory");
		p->stop = p->trouble = true;
	}
	while (!p->stop) {
		ssize_t got = read(fd, buf, piece);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			read_errno = errno;
			p->stop = p->trouble = true;
			break;
		}
		done += (uint64_t)got;
		if ((rc = zhen_lines_feed(p->lines, buf, (size_t)got)) < 0)
			break;
		while (!p->stop && (rc = zhen_lines_next(p->lines, &ln)) > 0)
			take_line(p, &ln, done);
		if (rc < 0 || !got || zhen_lines_done(p->lines))
			break;
		if (p->pool) /* drawn as the rows are reported */
			continue;
		snprintf(where, sizeof where, "line %zu", p->line);
		progress_update(done, where);
	}
	/* the rows before a read error are reported before it */
	if (p->pool && !pool_drain(p->pool, done))
		p->stop = p->trouble = true;
	if (read_errno)
		cli_err(p->name, 0, "%s", strerror(read_errno));
	if (rc < 0) {
		cli_err(p->name, 0, "%s", zhen_ctx_errmsg(p->ctx));
		p->trouble = true;
	}
	free(buf);
}

/* The last line of the report: a JSON summary object, or the text one
 * (with the bad lines only when there were some, so that a clean run's
 * line reads as it always has). */
static void summary(struct pairs_run *p)
{
	size_t e = p->n[ZHEN_SEV_ERROR], w = p->n[ZHEN_SEV_WARNING];
	char line[300];
	int n;

	if (p->o->format == FMT_JSON) {
		zhen_pairs_summary s = ZHEN_PAIRS_SUMMARY_INIT;
		s.lines = p->objects;
		s.pairs = p->npairs;
		s.bad_lines = p->nbad;
		s.errors = e;
		s.warnings = w;
		s.info = p->n[ZHEN_SEV_INFO];
		s.accepted = p->accepted;
		s.encoding = zhen_lines_encoding(p->lines);
		wrote(p, zhen_report_pairs_summary_json(out, p, &s), 0);
		return;
	}
	n = snprintf(line, sizeof line, "zhen: %zu pairs checked, ", p->npairs);
	if (p->nbad)
		n += snprintf(line + n, sizeof line - (size_t)n, "%zu bad line%s, ",
		              p->nbad, p->nbad == 1 ? "" : "s");
	snprintf(line + n, sizeof line - (size_t)n,
	         "%zu error%s, %zu warning%s, %zu info\n", e, e == 1 ? "" : "s",
	         w, w == 1 ? "" : "s", p->n[ZHEN_SEV_INFO]);
	cli_summary_accepted(line, sizeof line, p->o, p->accepted);
	out(p, line, strlen(line));
}

/* A run that checked no pair out of rows it read looks clean and is not:
 * the file is no pairs file as read (another encoding, other columns).
 * One line says so, with the first bad line's reason; otherwise the
 * count of the bad lines not named. */
static void bad_lines_end(struct pairs_run *p)
{
	if (p->stop)
		return;
	if (!p->npairs && p->rows) {
		cli_err(p->name, 0, "no pair checked in %zu line%s read as %s "
		        "with columns %s; line %zu: %s (%s)", p->rows,
		        p->rows == 1 ? "" : "s", zhen_lines_encoding(p->lines),
		        p->cols.names, p->early[0].line, p->early[0].msg,
		        hint(p->early[0].msg));
		p->trouble = true;
		return;
	}
	if (p->nbad > SHOWN_BAD)
		cli_err(p->name, 0, "%zu more bad lines not named here (the "
		        "summary counts them; --format=json lists each)",
		        p->nbad - SHOWN_BAD);
}

static int run_pairs(struct pairs_run *p, const char *path)
{
	uint64_t size;
	int fd = open_input(path, &size);

	if (fd < 0)
		return EXIT_TROUBLE;
	progress_start(size, "bytes");
	read_rows(p, fd);
	release(p);
	progress_end();
	if (fd != STDIN_FILENO)
		close(fd);
	if (!p->stop && !p->page)
		summary(p);
	if (!p->stop && cli_page_end(p->page) != 0)
		p->trouble = true;
	bad_lines_end(p);
	if (!p->write_errno && fflush(stdout) != 0)
		p->write_errno = errno ? errno : EIO;
	if (p->write_errno) {
		cli_err("standard output", 0, "cannot write the report: %s",
		        strerror(p->write_errno));
		p->trouble = true;
	}
	return p->trouble ? EXIT_TROUBLE
	       : p->n[ZHEN_SEV_ERROR] ? EXIT_FINDINGS : EXIT_CLEAN;
}

int cli_check_pairs(zhen_ctx *ctx, const struct opts *o)
{
	struct pairs_run p = { .ctx = ctx, .o = o,
	                       .name = cli_display_name(o->pairs) };
	const char *cols = o->columns ? o->columns : default_columns;
	char err[200];
	int rc;

	if (o->format != FMT_TEXT && o->format != FMT_JSON &&
	    o->format != FMT_HTML && o->format != FMT_CSV)
		return cli_usage_error("check --pairs writes --format=text, "
		                       "json, html or csv");
	if (o->output && !cli_not_an_input(o, o->output))
		return EXIT_TROUBLE;
	if (!columns_from(&p.cols, cols, strlen(cols), ',', err, sizeof err))
		return cli_usage_error("--columns=%s: %s", cols, err);
	if ((rc = zhen_lines_new(&p.lines, ctx, o->encoding)) < 0) {
		if (rc == ZHEN_EUSAGE)
			return cli_usage_error("%s", zhen_ctx_errmsg(ctx));
		cli_err(NULL, 0, "%s", zhen_ctx_errmsg(ctx));
		return EXIT_TROUBLE;
	}
	p.co = (zhen_check_options)ZHEN_CHECK_OPTIONS_INIT;
	p.ro = (zhen_report_options)ZHEN_REPORT_OPTIONS_INIT;
	p.co.convert = o->convert;
	p.co.strict = o->strict;
	p.ro.color = o->color;
	p.page = cli_page_new(o, p.name, "pairs file", &p.trouble);
	cli_page_reading(p.page, ctx, p.co.convert, &p.trouble);
	/* --jobs 1 runs on this thread alone; more start workers (without
	 * threads, this thread checks every row) */
	size_t jobs = o->jobs ? (size_t)o->jobs : cli_cores();
	if (!p.trouble && o->one_document && zhen_carry_new(&p.carry) < 0) {
		cli_err(NULL, 0, "out of memory");
		p.trouble = true;
	}
	if (!p.trouble && jobs > 1 && !p.carry)
		p.pool = pool_new(jobs, o, ctx, pool_check, pool_emit, &p);
	rc = p.trouble ? EXIT_TROUBLE : run_pairs(&p, o->pairs);
	pool_free(p.pool);
	zhen_carry_free(p.carry);
	cli_page_free(p.page);
	zhen_findings_free(p.held.fs);
	figures_free(p.held.q);
	free(p.held.text);
	free(p.held.src);
	zhen_lines_free(p.lines);
	return rc;
}
