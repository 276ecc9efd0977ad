/* baseline.c: the baseline file, findings people accepted, kept in a text
 * file they review in git (README "Baselines"): one finding a line, sorted
 * by id, with its type, its figures, the day it was accepted and why. The
 * file is always replaced whole, through a temporary file and a rename, so
 * a reader never sees half of it. How zhen check uses it is accepting.c;
 * zhen accept is cmd_accept.c. */
#include "baseline.h"
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define FORMAT_VERSION 1
#define HEADER "# zhen baseline 1"
#define NFIELDS 6 /* id, type, zh, en, date, reason */

/* ---- entries ---- */

static char *dup_n(const char *s, size_t n)
{
	char *d = malloc(n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

/* A field's text with the bytes that would break the line (TAB, CR, LF)
 * as spaces; "-" for none. */
char *cli_baseline_field(const char *s, size_t n)
{
	char *d = n ? dup_n(s, n) : dup_n("-", 1);
	for (char *c = d; d && *c; c++)
		if (*c == '\t' || *c == '\r' || *c == '\n')
			*c = ' ';
	return d;
}

bool cli_baseline_describe(struct entry *e, const zhen_finding *f,
                           const char *zh, size_t zb, const char *en,
                           size_t eb)
{
	const char *type = zhen_ftype_name(f->type);

	free(e->type);
	free(e->zh);
	free(e->en);
	memcpy(e->id, f->id, sizeof e->id);
	e->type = cli_baseline_field(type, strlen(type));
	e->zh = f->has_zh ? cli_baseline_field(zh + (f->zh.start - zb),
	                                       f->zh.end - f->zh.start)
	                  : cli_baseline_field("", 0);
	e->en = f->has_en ? cli_baseline_field(en + (f->en.start - eb),
	                                       f->en.end - f->en.start)
	                  : cli_baseline_field("", 0);
	return e->type && e->zh && e->en;
}

static void entry_free(struct entry *e)
{
	free(e->type);
	free(e->zh);
	free(e->en);
	free(e->reason);
}

void cli_baseline_free(struct baseline *b)
{
	for (size_t i = 0; i < b->n; i++)
		entry_free(&b->v[i]);
	free(b->v);
	memset(b, 0, sizeof *b);
}

/* Append @p e (taking its strings); on failure they are freed. */
bool cli_baseline_add(struct baseline *b, struct entry *e)
{
	if (!e->type || !e->zh || !e->en || !e->reason)
		goto oom;
	if (b->n == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		struct entry *v = realloc(b->v, cap * sizeof *v);
		if (!v)
			goto oom;
		b->v = v;
		b->cap = cap;
	}
	b->v[b->n++] = *e;
	return true;
oom:
	entry_free(e);
	b->oom = true;
	return false;
}

static int by_id(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int c = strcmp(x->id, y->id);
	/* the first line of an id first: it is the one kept */
	return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Sorted by id, each id once (the first line of an id wins: a merge in git
 * may bring the same finding twice). */
void cli_baseline_sort(struct baseline *b)
{
	size_t k = 0;

	if (b->n > 1)
		qsort(b->v, b->n, sizeof *b->v, by_id);
	for (size_t i = 0; i < b->n; i++) {
		if (k && !strcmp(b->v[k - 1].id, b->v[i].id)) {
			entry_free(&b->v[i]);
			continue;
		}
		b->v[k++] = b->v[i];
	}
	b->n = k;
}

/* The entry of @p id in the sorted @p b, or NULL. */
struct entry *cli_baseline_find(const struct baseline *b, const char *id)
{
	size_t lo = 0, hi = b->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(b->v[mid].id, id);
		if (!c)
			return &b->v[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool cli_baseline_is_id(const char *s, size_t n)
{
	return n == ZHEN_FINDING_ID_LEN &&
	       strspn(s, "0123456789abcdef") >= ZHEN_FINDING_ID_LEN;
}

static bool is_date(const char *s, size_t n)
{
	if (n != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (size_t i = 0; i < n; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	int mo = (s[5] - '0') * 10 + s[6] - '0';
	int d = (s[8] - '0') * 10 + s[9] - '0';
	return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

static bool is_type(const char *s, size_t n)
{
	char t[16];
	zhen_ftype ft;

	if (n == 1 && *s == '-')
		return true;
	if (n >= sizeof t)
		return false;
	snprintf(t, sizeof t, "%.*s", (int)n, s);
	return zhen_ftype_parse(&ft, t) == 0;
}

/* ---- reading ---- */

/* One line of a baseline file [s, s+n) into @p b; false after an error
 * line naming @p path and @p line. */
static bool parse_line(struct baseline *b, const char *path, size_t line,
                       const char *s, size_t n)
{
	const char *f[NFIELDS + 1];
	size_t fl[NFIELDS + 1], nf = 0;

	/* every CR before the LF: with one left ("CR CR LF", a file two
	 * tools each gave a CRLF), the reason kept it and lost it when
	 * written back (found by fuzz/fuzz_baseline.c) */
	while (n && s[n - 1] == '\r')
		n--;
	if (!n)
		return true;
	if (s[0] == '#') {
		int v;
		if (sscanf(s, "# zhen baseline %d", &v) == 1 &&
		    v != FORMAT_VERSION) {
			cli_err(path, line, "baseline format %d; this zhen "
			        "reads format %d", v, FORMAT_VERSION);
			return false;
		}
		return true;
	}
	for (const char *p = s, *end = s + n; nf <= NFIELDS;) {
		const char *tab = memchr(p, '\t', (size_t)(end - p));
		f[nf] = p;
		fl[nf++] = (size_t)((tab ? tab : end) - p);
		if (!tab)
			break;
		p = tab + 1;
	}
	if (nf != NFIELDS) {
		cli_err(path, line, "expected %d fields separated by TABs (id, "
		        "type, zh, en, date, reason), found %zu", NFIELDS,
		        nf > NFIELDS ? (size_t)NFIELDS + 1 : nf);
		return false;
	}
	const char *bad = !cli_baseline_is_id(f[0], fl[0]) ? "an id (12 hex digits)"
	                  : !is_type(f[1], fl[1]) ? "a finding type or -"
	                  : !fl[2] || !fl[3] ? "a figure or - in each of zh, en"
	                  : !is_date(f[4], fl[4]) ? "a date YYYY-MM-DD"
	                  : !fl[5] ? "a reason, or -" : NULL;
	if (bad) {
		cli_err(path, line, "expected %s", bad);
		return false;
	}
	struct entry e = { .line = line, .type = dup_n(f[1], fl[1]),
	                   .zh = dup_n(f[2], fl[2]), .en = dup_n(f[3], fl[3]),
	                   .reason = dup_n(f[5], fl[5]) };
	memcpy(e.id, f[0], ZHEN_FINDING_ID_LEN);
	memcpy(e.date, f[4], 10);
	if (!cli_baseline_add(b, &e)) {
		cli_err(path, line, "out of memory");
		return false;
	}
	return true;
}

/* Read the baseline @p path into @p b, sorted. A file that does not exist
 * is an empty baseline when @p missing_ok, else an error. false after an
 * error line. */
bool cli_baseline_read(struct baseline *b, const char *path,
                          bool missing_ok)
{
	struct stat sb;
	size_t len, line = 0;
	char *text;
	bool ok = true;

	memset(b, 0, sizeof *b);
	if (missing_ok && stat(path, &sb) < 0 && errno == ENOENT)
		return true;
	if (!(text = cli_read_text_file(path, &len)))
		return false;
	for (size_t at = 0; ok && at < len;) {
		const char *nl = memchr(text + at, '\n', len - at);
		size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
		ok = parse_line(b, path, ++line, text + at, n);
		at += n + 1;
	}
	free(text);
	if (ok)
		cli_baseline_sort(b);
	else
		cli_baseline_free(b);
	return ok;
}

/* ---- writing ---- */

void cli_baseline_today(char out[11])
{
	time_t now = time(NULL);
	struct tm tm;

	if (!localtime_r(&now, &tm) ||
	    strftime(out, 11, "%Y-%m-%d", &tm) != 10)
		snprintf(out, 11, "1970-01-01");
}

static void format(struct cli_buf *out, const struct baseline *b)
{
	static const char head[] =
		HEADER ": findings accepted, one a line, sorted by id.\n"
		"# zhen check --baseline FILE reports the others; README "
		"\"Baselines\".\n"
		"# id\ttype\tzh\ten\tdate\treason\n";

	cli_buf_add(out, head, sizeof head - 1);
	for (size_t i = 0; i < b->n; i++) {
		const struct entry *e = &b->v[i];
		const char *f[NFIELDS] = { e->id, e->type, e->zh, e->en,
		                           e->date, e->reason };
		for (int k = 0; k < NFIELDS; k++) {
			cli_buf_add(out, f[k], strlen(f[k]));
			cli_buf_add(out, k + 1 < NFIELDS ? "\t" : "\n", 1);
		}
	}
}

bool cli_baseline_write(const struct baseline *b, const char *path)
{
	struct cli_buf out = { 0 };
	bool ok;

	format(&out, b);
	if (out.oom) {
		cli_err(path, 0, "out of memory");
		ok = false;
	} else {
		ok = cli_write_atomic(path, out.p, out.len);
	}
	free(out.p);
	return ok;
}
