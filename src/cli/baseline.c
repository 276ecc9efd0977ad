/* baseline.c: findings people accepted, kept in a text file they review in
 * git (README "Baselines"): one finding a line, sorted by id, with its
 * type, its figures, the day it was accepted and why. zhen check
 * --baseline reports only the findings not in it; --write-baseline records
 * the findings of a run; zhen accept adds one with its reason. The file is
 * always replaced whole, through a temporary file and a rename, so a
 * reader never sees half of it. */
#include "settings.h"
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define FORMAT_VERSION 1
#define HEADER "# zhen baseline 1"
#define NFIELDS 6 /* id, type, zh, en, date, reason */

struct entry {
	char id[ZHEN_FINDING_ID_LEN + 1];
	char date[11];   /* YYYY-MM-DD */
	char *type, *zh, *en, *reason; /* "-": unknown or none */
	size_t line;     /* in the file read; 0 for a new entry */
};

struct baseline {
	struct entry *v;
	size_t n, cap;
	bool oom;
};

/* The run of one zhen check (settings->run). */
struct accepting {
	zhen_policy *ids;     /* the ids of the baseline read, or NULL */
	struct baseline base; /* the baseline read, for the reasons to keep */
	bool recording;       /* --write-baseline */
	struct baseline rec;  /* the findings seen, for --write-baseline */
	pthread_mutex_t lock; /* rec, from the threads of a batch */
};

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
static char *field_text(const char *s, size_t n)
{
	char *d = n ? dup_n(s, n) : dup_n("-", 1);
	for (char *c = d; d && *c; c++)
		if (*c == '\t' || *c == '\r' || *c == '\n')
			*c = ' ';
	return d;
}

static void entry_free(struct entry *e)
{
	free(e->type);
	free(e->zh);
	free(e->en);
	free(e->reason);
}

static void baseline_free(struct baseline *b)
{
	for (size_t i = 0; i < b->n; i++)
		entry_free(&b->v[i]);
	free(b->v);
	memset(b, 0, sizeof *b);
}

/* Append @p e (taking its strings); on failure they are freed. */
static bool push(struct baseline *b, struct entry *e)
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
static void sort_unique(struct baseline *b)
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
static struct entry *find(const struct baseline *b, const char *id)
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

static bool is_id(const char *s, size_t n)
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

	if (n && s[n - 1] == '\r')
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
	const char *bad = !is_id(f[0], fl[0]) ? "an id (12 hex digits)"
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
	if (!push(b, &e)) {
		cli_err(path, line, "out of memory");
		return false;
	}
	return true;
}

/* Read the baseline @p path into @p b, sorted. A file that does not exist
 * is an empty baseline when @p missing_ok, else an error. false after an
 * error line. */
static bool baseline_read(struct baseline *b, const char *path,
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
		sort_unique(b);
	else
		baseline_free(b);
	return ok;
}

/* ---- writing ---- */

static void today(char out[11])
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

/* Write @p bytes to @p path through a temporary file beside it and a
 * rename: the old file stays whole until the new one is. Keeps the old
 * file's permissions; a new one gets 0666 less the umask. */
static bool write_atomic(const char *path, const char *bytes, size_t len)
{
	struct stat sb;
	char *tmp = malloc(strlen(path) + sizeof ".XXXXXX");
	mode_t mode;
	int fd = -1;

	if (!tmp) {
		cli_err(path, 0, "out of memory");
		return false;
	}
	sprintf(tmp, "%s.XXXXXX", path);
	if (stat(path, &sb) == 0) {
		mode = sb.st_mode & 07777;
	} else {
		mode_t um = umask(0);
		umask(um);
		mode = 0666 & ~um;
	}
	if ((fd = mkstemp(tmp)) < 0)
		goto fail;
	for (size_t at = 0; at < len;) {
		ssize_t w = write(fd, bytes + at, len - at);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			goto fail;
		at += (size_t)w;
	}
	if (fchmod(fd, mode) < 0 || fsync(fd) < 0)
		goto fail;
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) < 0)
		goto fail;
	free(tmp);
	return true;
fail:
	cli_err(path, 0, "cannot write: %s", strerror(errno));
	if (fd >= 0) {
		close(fd);
	}
	unlink(tmp);
	free(tmp);
	return false;
}

static bool baseline_write(const struct baseline *b, const char *path)
{
	struct cli_buf out = { 0 };
	bool ok;

	format(&out, b);
	if (out.oom) {
		cli_err(path, 0, "out of memory");
		ok = false;
	} else {
		ok = write_atomic(path, out.p, out.len);
	}
	free(out.p);
	return ok;
}

/* ---- the run of zhen check ---- */

static bool same_file(const char *a, const char *b)
{
	struct stat x, y;
	return a && b && strcmp(b, "-") && stat(a, &x) == 0 &&
	       stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

/* --write-baseline must not name an input: zhen never writes to them. */
static bool not_an_input(const struct opts *o, const char *path)
{
	const char *in[] = { o->pairs, o->manifest,
	                     o->nargs > 0 ? o->args[0] : NULL,
	                     o->nargs > 1 ? o->args[1] : NULL };
	for (size_t i = 0; i < sizeof in / sizeof in[0]; i++)
		if (same_file(path, in[i])) {
			cli_err(path, 0, "is an input of this check; zhen never "
			        "writes to its inputs");
			return false;
		}
	return true;
}

static struct accepting *run_of(const struct opts *o)
{
	return o->settings ? o->settings->run : NULL;
}

static void run_free(struct accepting *a)
{
	if (!a)
		return;
	zhen_policy_free(a->ids);
	baseline_free(&a->base);
	baseline_free(&a->rec);
	pthread_mutex_destroy(&a->lock);
	free(a);
}

/* The ids of @p b as a policy. */
static zhen_policy *ids_policy(const struct baseline *b)
{
	zhen_policy *p = NULL;

	if (zhen_policy_new(&p) < 0)
		return NULL;
	for (size_t i = 0; i < b->n; i++)
		if (zhen_policy_accept(p, b->v[i].id) < 0) {
			zhen_policy_free(p);
			return NULL;
		}
	return p;
}

bool cli_baseline_begin(const struct opts *o)
{
	struct settings *st = o->settings;
	struct accepting *a;

	if (!st || (!o->baseline && !o->write_baseline))
		return true;
	if (o->write_baseline && !not_an_input(o, o->write_baseline))
		return false;
	if (!(a = calloc(1, sizeof *a))) {
		cli_err(NULL, 0, "out of memory");
		return false;
	}
	pthread_mutex_init(&a->lock, NULL);
	st->run = a;
	a->recording = o->write_baseline != NULL;
	/* the settings file says where the baseline lives; until a first
	 * --write-baseline or accept there is none. A file named on the
	 * command line must exist: a typo would accept nothing. */
	if (o->baseline) {
		bool missing_ok = !st->cli_baseline ||
		                  same_file(o->baseline, o->write_baseline) ||
		                  (o->write_baseline &&
		                   !strcmp(o->baseline, o->write_baseline));
		if (!baseline_read(&a->base, o->baseline, missing_ok))
			goto fail;
		if (!(a->ids = ids_policy(&a->base))) {
			cli_err(NULL, 0, "out of memory");
			goto fail;
		}
	}
	return true;
fail:
	run_free(a);
	st->run = NULL;
	return false;
}

/* Note the findings of @p f for --write-baseline. */
static void record(struct accepting *a, const zhen_findings *f,
                   const char *zh, size_t zb, const char *en, size_t eb)
{
	pthread_mutex_lock(&a->lock);
	for (size_t i = 0; i < zhen_findings_count(f); i++) {
		const zhen_finding *x = zhen_findings_get(f, i);
		struct entry e = { .line = 0 };
		if (!x->id[0])
			continue;
		memcpy(e.id, x->id, sizeof e.id);
		e.type = field_text(zhen_ftype_name(x->type),
		                    strlen(zhen_ftype_name(x->type)));
		e.zh = x->has_zh ? field_text(zh + (x->zh.start - zb),
		                              x->zh.end - x->zh.start)
		                 : field_text("", 0);
		e.en = x->has_en ? field_text(en + (x->en.start - eb),
		                              x->en.end - x->en.start)
		                 : field_text("", 0);
		e.reason = field_text("", 0);
		push(&a->rec, &e);
	}
	pthread_mutex_unlock(&a->lock);
}

static zhen_check_options check_options(const struct opts *o)
{
	zhen_check_options co = ZHEN_CHECK_OPTIONS_INIT;
	co.strict = o->strict;
	return co;
}

int cli_accept_result(const struct opts *o, zhen_result *r,
                      const zhen_doc *zh, const zhen_doc *en)
{
	const zhen_policy *rules = o->settings ? o->settings->policy : NULL;
	struct accepting *a = run_of(o);
	zhen_check_options co = check_options(o);

	if (rules && zhen_policy_apply_result(NULL, r, rules, &co, zh, en) < 0)
		goto oom;
	if (a && a->recording)
		record(a, zhen_result_findings(r), zhen_doc_bytes(zh, NULL), 0,
		       zhen_doc_bytes(en, NULL), 0);
	if (a && a->ids &&
	    zhen_policy_apply_result(NULL, r, a->ids, &co, zh, en) < 0)
		goto oom;
	return 0;
oom:
	cli_err(NULL, 0, "out of memory");
	return EXIT_TROUBLE;
}

int cli_accept_pair(const struct opts *o, zhen_findings *f, const char *zh,
                    size_t zh_base, const char *en, size_t en_base,
                    size_t *accepted)
{
	const zhen_policy *rules = o->settings ? o->settings->policy : NULL;
	struct accepting *a = run_of(o);
	zhen_check_options co = check_options(o);

	*accepted = 0;
	if (rules && zhen_policy_apply(NULL, f, rules, &co, zh, zh_base, en,
	                               en_base) < 0)
		goto oom;
	if (a && a->recording)
		record(a, f, zh, zh_base, en, en_base);
	if (a && a->ids && zhen_policy_apply(accepted, f, a->ids, &co, zh,
	                                     zh_base, en, en_base) < 0)
		goto oom;
	return 0;
oom:
	cli_err(NULL, 0, "out of memory");
	return EXIT_TROUBLE;
}

void cli_summary_accepted(char *line, size_t cap, const struct opts *o,
                          size_t accepted)
{
	const struct accepting *a = run_of(o);
	size_t len = strlen(line);

	if (!a || !a->ids || !len || line[len - 1] != '\n')
		return;
	snprintf(line + len - 1, cap - (len - 1), ", %zu accepted\n", accepted);
}

void cli_print_summary_accepted(const char *what, size_t n,
                                const size_t sev[3], const struct opts *o,
                                size_t accepted)
{
	char line[200];

	cli_summary_line(line, sizeof line, what, n, sev);
	cli_summary_accepted(line, sizeof line, o, accepted);
	fputs(line, stdout);
}

/* The findings of the run, with the date and reason of those the
 * baseline read already had. */
static bool merge_reasons(struct accepting *a)
{
	char day[11];

	today(day);
	sort_unique(&a->rec);
	for (size_t i = 0; i < a->rec.n; i++) {
		struct entry *e = &a->rec.v[i];
		const struct entry *old = find(&a->base, e->id);
		memcpy(e->date, old ? old->date : day, sizeof e->date);
		if (old) {
			char *r = field_text(old->reason, strlen(old->reason));
			if (!r)
				return false;
			free(e->reason);
			e->reason = r;
		}
	}
	return !a->rec.oom;
}

int cli_baseline_end(const struct opts *o, int status)
{
	struct accepting *a = run_of(o);

	if (a && a->recording) {
		if (status == EXIT_TROUBLE) {
			cli_err(o->write_baseline, 0, "not written: the check "
			        "could not read all its input");
		} else if (!merge_reasons(a)) {
			cli_err(o->write_baseline, 0, "out of memory");
			status = EXIT_TROUBLE;
		} else if (!baseline_write(&a->rec, o->write_baseline)) {
			status = EXIT_TROUBLE;
		}
	}
	run_free(a);
	if (o->settings)
		o->settings->run = NULL;
	return status;
}

/* ---- zhen accept ---- */

/* @p s as an id: lowercase, checked. */
static bool parse_id(char out[ZHEN_FINDING_ID_LEN + 1], const char *s)
{
	size_t n = strlen(s);

	if (n != ZHEN_FINDING_ID_LEN)
		return false;
	for (size_t i = 0; i < n; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'F' ? s[i] - 'A' + 'a'
		                                           : s[i]);
	out[n] = '\0';
	return is_id(out, n);
}

int cmd_accept(zhen_ctx *ctx, const struct opts *o)
{
	struct baseline b;
	char id[ZHEN_FINDING_ID_LEN + 1];
	int status = EXIT_TROUBLE;

	(void)ctx;
	if (o->nargs != 1)
		return cli_usage_error("accept takes one finding ID (the [id "
		                       "…] of a report)");
	if (!parse_id(id, o->args[0]))
		return cli_usage_error("'%s' is no finding id (12 hex digits)",
		                       o->args[0]);
	if (!o->reason || !*o->reason)
		return cli_usage_error("accept needs --reason=TEXT: why the "
		                       "finding is right");
	if (!o->baseline)
		return cli_usage_error("accept needs --baseline=FILE, or a "
		                       "baseline in the settings file");
	if (!baseline_read(&b, o->baseline, true))
		return EXIT_TROUBLE;
	struct entry *e = find(&b, id);
	if (!e) {
		struct entry n = { .type = field_text("", 0),
		                   .zh = field_text("", 0),
		                   .en = field_text("", 0),
		                   .reason = field_text("", 0) };
		memcpy(n.id, id, sizeof n.id);
		if (!push(&b, &n))
			goto oom;
		sort_unique(&b);
		e = find(&b, id);
	}
	char *reason = field_text(o->reason, strlen(o->reason));
	if (!reason)
		goto oom;
	free(e->reason);
	e->reason = reason;
	today(e->date);
	if (baseline_write(&b, o->baseline)) {
		printf("zhen: accepted %s in %s\n", id, o->baseline);
		status = EXIT_CLEAN;
	}
	goto out;
oom:
	cli_err(o->baseline, 0, "out of memory");
out:
	baseline_free(&b);
	return status;
}
