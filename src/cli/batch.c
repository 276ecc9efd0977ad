/* batch.c: zhen check --batch DIR and --manifest FILE: every pair checked
 * (by --jobs threads, each with its own context), each pair's report and
 * error lines kept until its turn so that the output comes in the pairs'
 * order whatever finishes first, and a summary at the end. A bad file never
 * stops the batch. Exit status: 2 if any input could not be read, else 1
 * if any error-level finding, else 0. */
#include "batch.h"
#include "commands.h"
#include "io.h"
#include "progress.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One pair's outcome, filled by a worker. */
struct outcome {
	struct cli_buf out, err;
	size_t n[3];
	int status;
	bool done;
};

struct run {
	const struct opts *o;
	const struct batch *b;
	const zhen_lexicon *lex;
	const zhen_ctx *parent; /* whose OpenCC handles the workers share */
	struct outcome *res;
	size_t next;           /* the next pair a worker takes */
	pthread_mutex_t lock;
	pthread_cond_t ready;  /* a pair is done */
	struct batch_page *pages; /* --format=html: each pair's page */
	struct cli_buf csv;       /* --format=csv -o FILE: the CSV so far */
};

/* Check pair @p i into its outcome, with the context @p ctx. */
static void check_one(struct run *r, zhen_ctx *ctx, size_t i)
{
	struct outcome *x = &r->res[i];
	const struct batch_pair *p = &r->b->v[i];

	cli_err_capture(&x->err);
	if (p->en)
		x->status = cli_report_documents(ctx, r->o, p->zh, p->en, r->lex,
		                                 cli_write_buf, &x->out, x->n);
	else /* one file, both languages: as zhen check FILE */
		x->status = cli_report_units_file(ctx, r->o, p->zh, p->format,
		                                  cli_write_buf, &x->out, x->n);
	if (x->out.oom || x->err.oom) {
		x->status = EXIT_TROUBLE;
		cli_err(p->zh, 0, "out of memory for the report");
	}
	cli_err_capture(NULL);
}

/* A worker: its own context (a context serves one thread) sharing the
 * command's OpenCC handles, then pairs in turn until none is left. */
static void *worker(void *arg)
{
	struct run *r = arg;
	zhen_ctx *ctx = NULL;
	bool ok = zhen_ctx_new_shared(&ctx, r->parent) == 0 &&
	          cli_add_dicts(ctx, r->o);

	for (;;) {
		pthread_mutex_lock(&r->lock);
		size_t i = r->next++;
		pthread_mutex_unlock(&r->lock);
		if (i >= r->b->n)
			break;
		if (ok) {
			check_one(r, ctx, i);
		} else {
			static const char msg[] = "zhen: cannot initialise a "
			                          "context (out of memory)\n";
			r->res[i].status = EXIT_TROUBLE;
			cli_buf_add(&r->res[i].err, msg, sizeof msg - 1);
		}
		pthread_mutex_lock(&r->lock);
		r->res[i].done = true;
		pthread_cond_broadcast(&r->ready);
		pthread_mutex_unlock(&r->lock);
	}
	zhen_ctx_free(ctx);
	return NULL;
}

/* JSON string of @p s into @p b: the escapes JSON requires. */
static void json_str(struct cli_buf *b, const char *s)
{
	cli_buf_add(b, "\"", 1);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		char e[8];
		if (c == '"' || c == '\\') {
			e[0] = '\\';
			e[1] = (char)c;
			cli_buf_add(b, e, 2);
		} else if (c < 0x20) {
			snprintf(e, sizeof e, "\\u%04x", c);
			cli_buf_add(b, e, 6);
		} else {
			cli_buf_add(b, s, 1);
		}
	}
	cli_buf_add(b, "\"", 1);
}

/* The start of an object tagged with the pair's files,
 * {"zh_file":…,"en_file":…, or with a bilingual file's, {"file":…, */
static void json_tag(struct cli_buf *tag, const struct batch_pair *p)
{
	if (p->en) {
		cli_buf_add(tag, "{\"zh_file\":", 11);
		json_str(tag, p->zh);
		cli_buf_add(tag, ",\"en_file\":", 11);
		json_str(tag, p->en);
	} else {
		cli_buf_add(tag, "{\"file\":", 8);
		json_str(tag, p->zh);
	}
	cli_buf_add(tag, ",", 1);
}

/* The pair's JSON lines, each object tagged with the pair's files:
 * {"zh_file":…,"en_file":…,<the object's fields>}. */
static void json_tagged(const struct batch_pair *p, const struct cli_buf *in)
{
	struct cli_buf tag = { 0 };

	json_tag(&tag, p);
	for (size_t a = 0; a < in->len;) {
		const char *nl = memchr(in->p + a, '\n', in->len - a);
		size_t e = nl ? (size_t)(nl - in->p) + 1 : in->len;
		if (in->p[a] == '{' && !tag.oom) {
			fwrite(tag.p, 1, tag.len, stdout);
			fwrite(in->p + a + 1, 1, e - a - 1, stdout);
		} else {
			fwrite(in->p + a, 1, e - a, stdout);
		}
		a = e;
	}
	free(tag.p);
}

/* {"zh_file":…,"en_file":…,"error":…}: the first of the pair's error
 * lines, without its "zhen: " (stderr has them all). */
static void json_error(const struct batch_pair *p, const struct cli_buf *err)
{
	struct cli_buf s = { 0 }, m = { 0 };
	size_t a = err->len > 6 && !memcmp(err->p, "zhen: ", 6) ? 6 : 0, e = a;

	while (e < err->len && err->p[e] != '\n')
		e++;
	cli_buf_add(&m, err->p + a, e - a);
	cli_buf_add(&m, "", 1);
	json_tag(&s, p);
	cli_buf_add(&s, "\"error\":", 8);
	json_str(&s, m.oom || !m.p ? "unreadable" : m.p);
	cli_buf_add(&s, "}\n", 2);
	if (!s.oom)
		fwrite(s.p, 1, s.len, stdout);
	free(s.p);
	free(m.p);
}

/* --format=html: pair @p i's page into the -o folder, its counts kept
 * for the index (batch_html.c). */
static void emit_page(const struct run *r, size_t i)
{
	const struct outcome *x = &r->res[i];
	struct batch_page *pg = &r->pages[i];
	const struct batch_pair *p = &r->b->v[i];

	if (x->err.len) {
		progress_clear();
		fwrite(x->err.p, 1, x->err.len, stderr);
	}
	memcpy(pg->n, x->n, sizeof pg->n);
	pg->unreadable = x->status == EXIT_TROUBLE;
	if (!pg->unreadable)
		pg->href = batch_html_page(r->o, i, p->name ? p->name : p->zh,
		                           x->out.p ? x->out.p : "", x->out.len);
}

/* Pair @p i's report and error lines, in the pairs' order. */
static void emit(struct run *r, size_t i)
{
	const struct outcome *x = &r->res[i];
	const struct batch_pair *p = &r->b->v[i];

	if (r->pages) {
		emit_page(r, i);
		return;
	}
	if (r->o->format == FMT_CSV) { /* the rows alone: one CSV */
		progress_clear();
		fwrite(x->err.p ? x->err.p : "", 1, x->err.len, stderr);
		if (r->o->output)
			cli_buf_add(&r->csv, x->out.p ? x->out.p : "", x->out.len);
		else
			fwrite(x->out.p ? x->out.p : "", 1, x->out.len, stdout);
		return;
	}
	if (r->o->format == FMT_JSON) {
		json_tagged(p, &x->out);
		/* a pair that could not be read is one error object, as a
		 * bad line of --pairs is */
		if (x->status == EXIT_TROUBLE)
			json_error(p, &x->err);
	} else if (p->en) {
		printf("=== %s <> %s\n", p->zh, p->en);
	} else {
		printf("=== %s\n", p->zh);
	}
	fflush(stdout);
	if (x->err.len) {
		progress_clear(); /* the lines go on lines of their own */
		fwrite(x->err.p, 1, x->err.len, stderr);
	}
	if (r->o->format != FMT_JSON && x->out.len)
		fwrite(x->out.p, 1, x->out.len, stdout);
}

/* The file part of @p path: the progress line has a terminal's width,
 * and the end of a long path is what tells the files apart. */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* Run every pair with @p jobs workers, emitting each in order. */
static bool run_pairs(struct run *r, size_t jobs)
{
	pthread_t th[64];
	size_t started = 0;

	if (jobs > 64)
		jobs = 64;
	if (jobs > r->b->n)
		jobs = r->b->n;
	/* the line --pairs shows too (progress.c), drawn from this thread
	 * only, started before the workers: the pairs done, of all, and the
	 * one waited for */
	progress_start(r->b->n, "pairs");
	for (; started < jobs; started++)
		if (pthread_create(&th[started], NULL, worker, r) != 0)
			break;
	if (!started && r->b->n) /* no thread at all: this one works */
		worker(r);
	for (size_t i = 0; i < r->b->n; i++) {
		progress_update(i, base_name(r->b->v[i].zh));
		pthread_mutex_lock(&r->lock);
		while (!r->res[i].done)
			pthread_cond_wait(&r->ready, &r->lock);
		pthread_mutex_unlock(&r->lock);
		emit(r, i);
		free(r->res[i].out.p);
		free(r->res[i].err.p);
		r->res[i].out = r->res[i].err = (struct cli_buf){ 0 };
	}
	progress_end();
	for (size_t t = 0; t < started; t++)
		pthread_join(th[t], NULL);
	return true;
}

struct tally {
	size_t clean, errors, warnings, unreadable;
	size_t top[5]; /* pairs with the most errors, most first */
	size_t ntop;
};

static void count(struct tally *t, const struct run *r)
{
	memset(t, 0, sizeof *t);
	for (size_t i = 0; i < r->b->n; i++) {
		const struct outcome *x = &r->res[i];
		if (x->status == EXIT_TROUBLE) {
			t->unreadable++;
			continue;
		}
		if (x->n[ZHEN_SEV_ERROR])
			t->errors++;
		else if (x->n[ZHEN_SEV_WARNING])
			t->warnings++;
		else
			t->clean++;
		/* insert by errors, keeping the first five */
		size_t e = x->n[ZHEN_SEV_ERROR], k = t->ntop;
		if (!e)
			continue;
		while (k > 0 && r->res[t->top[k - 1]].n[ZHEN_SEV_ERROR] < e)
			k--;
		if (k >= 5)
			continue;
		size_t last = t->ntop < 5 ? t->ntop++ : 4;
		memmove(&t->top[k + 1], &t->top[k], (last - k) * sizeof *t->top);
		t->top[k] = i;
	}
}

/* The summary lines, on standard output, or on standard error when the
 * output is a CSV, which has no room for them. */
static void summary_text(const struct run *r, const struct tally *t)
{
	const struct batch *b = r->b;
	FILE *out = r->o->format == FMT_CSV ? stderr : stdout;

	fprintf(out, "zhen: batch: %zu pair%s checked", b->n,
	        b->n == 1 ? "" : "s");
	if (b->nsingle) /* counted as pairs, and said */
		fprintf(out, " (%zu of them bilingual file%s)", b->nsingle,
		        b->nsingle == 1 ? "" : "s");
	fprintf(out, ": %zu clean, %zu with errors, %zu with warnings, %zu "
	        "unreadable; %zu file%s unpaired\n", t->clean, t->errors,
	        t->warnings, t->unreadable + b->bad, b->nun,
	        b->nun == 1 ? "" : "s");
	for (size_t k = 0; k < t->ntop; k++)
		fprintf(out, "zhen: most errors %zu: %s (%zu)\n", k + 1,
		        b->v[t->top[k]].zh, r->res[t->top[k]].n[ZHEN_SEV_ERROR]);
}

static void summary_json(const struct run *r, const struct tally *t)
{
	const struct batch *b = r->b;
	struct cli_buf s = { 0 };
	char num[320];

	snprintf(num, sizeof num, "{\"batch\":{\"schema\":1,\"pairs\":%zu,"
	         "\"clean\":%zu,\"errors\":%zu,\"warnings\":%zu,"
	         "\"unreadable\":%zu,\"unpaired\":%zu,\"bilingual_files\":%zu,"
	         "\"most_errors\":[",
	         b->n, t->clean, t->errors, t->warnings, t->unreadable + b->bad,
	         b->nun, b->nsingle);
	cli_buf_add(&s, num, strlen(num));
	for (size_t k = 0; k < t->ntop; k++) {
		const struct batch_pair *p = &b->v[t->top[k]];
		if (k)
			cli_buf_add(&s, ",", 1);
		cli_buf_add(&s, p->en ? "{\"zh_file\":" : "{\"file\":",
		            p->en ? 11 : 8);
		json_str(&s, p->zh);
		snprintf(num, sizeof num, ",\"errors\":%zu}",
		         r->res[t->top[k]].n[ZHEN_SEV_ERROR]);
		cli_buf_add(&s, num, strlen(num));
	}
	cli_buf_add(&s, "]}}\n", 4);
	if (!s.oom)
		fwrite(s.p, 1, s.len, stdout);
	free(s.p);
}

/* The files left unpaired: an error line each (text), or an object each
 * (JSON); never silently ignored. */
static void list_unpaired(const struct opts *o, const struct batch *b)
{
	for (size_t i = 0; i < b->nun; i++) {
		if (o->format == FMT_JSON) {
			struct cli_buf s = { 0 };
			cli_buf_add(&s, "{\"unpaired\":", 12);
			json_str(&s, b->un[i].path);
			cli_buf_add(&s, ",\"why\":", 7);
			json_str(&s, b->un[i].why);
			cli_buf_add(&s, "}\n", 2);
			if (!s.oom)
				fwrite(s.p, 1, s.len, stdout);
			free(s.p);
		}
		cli_err(b->un[i].path, 0, "unpaired: %s", b->un[i].why);
	}
}

/* --facts: the facts of every document of the pairs read, compared
 * across the batch (cmd_facts.c), after the pairs' reports; a pair that
 * could not be read has had its error line. */
static int batch_facts(zhen_ctx *ctx, const struct run *r)
{
	char **paths = malloc((2 * r->b->n + 1) * sizeof *paths);
	size_t n = 0;

	if (!paths) {
		cli_err(NULL, 0, "out of memory for the facts");
		return EXIT_TROUBLE;
	}
	/* a bilingual file (en NULL) is read as its two sides, as zhen
	 * facts reads it */
	for (size_t i = 0; i < r->b->n; i++)
		if (r->res[i].status != EXIT_TROUBLE) {
			paths[n++] = r->b->v[i].zh;
			if (r->b->v[i].en)
				paths[n++] = r->b->v[i].en;
		}
	int status = cli_facts_report(ctx, r->o, paths, n, true);
	free(paths);
	return status;
}

/* Whether @p path (a file the batch writes: -o, --write-baseline) is none
 * of the files the folder or the manifest gave; false after an error
 * line. cli_not_an_input() knows only the command line's own paths. */
static bool batch_not_an_input(const struct batch *b, const char *path)
{
	for (size_t i = 0; path && i < b->n; i++)
		if (cli_same_file(path, b->v[i].zh) ||
		    cli_same_file(path, b->v[i].en)) {
			cli_err(path, 0, "is an input of this batch; zhen never "
			        "writes to its inputs");
			return false;
		}
	for (size_t i = 0; path && i < b->nun; i++)
		if (cli_same_file(path, b->un[i].path)) {
			cli_err(path, 0, "is a file of this batch's folder; zhen "
			        "never writes to its inputs");
			return false;
		}
	return true;
}

/* --format=csv: the BOM and the header row, once for every pair. */
static bool csv_begin(struct run *r)
{
	const struct opts *o = r->o;

	if (o->output && !cli_not_an_input(o, o->output))
		return false;
	if (zhen_report_csv_header(o->output ? cli_write_buf : cli_write_stdout,
	                           o->output ? (void *)&r->csv : NULL) != 0) {
		if (o->output)
			cli_err(o->output, 0, "out of memory");
		else
			cli_stdout_failed("the report");
		return false;
	}
	return true;
}

/* --format=csv -o FILE: the whole CSV through a temporary file and a
 * rename, as a document's report; false after an error line. */
static bool csv_end(struct run *r)
{
	if (!r->o->output)
		return true;
	if (r->csv.oom) {
		cli_err(r->o->output, 0, "out of memory");
		return false;
	}
	return cli_write_atomic(r->o->output, r->csv.p ? r->csv.p : "",
	                        r->csv.len);
}

int cli_check_batch(zhen_ctx *ctx, const struct opts *o)
{
	struct batch b;
	struct run r = { .o = o, .b = &b, .parent = ctx };
	struct tally t;
	zhen_lexicon *lex = NULL;
	int status = EXIT_TROUBLE;

	if (!(o->batch ? batch_from_dir(&b, o->batch)
	               : batch_from_manifest(&b, o->manifest)))
		return EXIT_TROUBLE;
	if (!batch_take_bilingual(&b, ctx, o)) {
		batch_free(&b);
		return EXIT_TROUBLE;
	}
	if (!b.n && !b.nun && !b.bad) {
		cli_err(o->batch ? o->batch : o->manifest, 0, "no files to check");
		batch_free(&b);
		return EXIT_TROUBLE;
	}
	if (!batch_not_an_input(&b, o->format == FMT_HTML ? NULL : o->output) ||
	    !batch_not_an_input(&b, o->write_baseline)) {
		batch_free(&b);
		return EXIT_TROUBLE;
	}
	/* one word list for all: read-only once loaded */
	if (!cli_load_lexicon(ctx, o, &lex) ||
	    !(r.res = calloc(b.n + 1, sizeof *r.res)))
		goto out;
	if (o->format == FMT_HTML &&
	    (!batch_html_begin(o) ||
	     !(r.pages = calloc(b.n + 1, sizeof *r.pages))))
		goto out;
	if (o->format == FMT_CSV && !csv_begin(&r))
		goto out;
	r.lex = lex;
	pthread_mutex_init(&r.lock, NULL);
	pthread_cond_init(&r.ready, NULL);
	list_unpaired(o, &b);
	run_pairs(&r, o->jobs ? (size_t)o->jobs : cli_cores());
	int facts = o->facts ? batch_facts(ctx, &r) : EXIT_CLEAN;
	count(&t, &r);
	if (o->format == FMT_JSON)
		summary_json(&r, &t);
	else
		summary_text(&r, &t);
	if (r.pages && !batch_html_index(o, &b, r.pages))
		t.unreadable++; /* trouble: the index is the batch's report */
	if (o->format == FMT_CSV && !csv_end(&r))
		t.unreadable++; /* likewise the CSV */
	pthread_cond_destroy(&r.ready);
	pthread_mutex_destroy(&r.lock);
	status = t.unreadable || b.bad || facts == EXIT_TROUBLE ? EXIT_TROUBLE
	         : t.errors || facts ? EXIT_FINDINGS : EXIT_CLEAN;
	if (!cli_flush_stdout())
		status = cli_stdout_failed("the report");
out:
	for (size_t i = 0; r.pages && i < b.n; i++)
		free(r.pages[i].href);
	free(r.pages);
	free(r.csv.p);
	free(r.res);
	zhen_lexicon_free(lex);
	batch_free(&b);
	return status;
}
