/* pairs_pool.c: zhen check --pairs --jobs N (pairs_pool.h).
 *
 * The reading thread copies lines into chunks; workers check whole chunks
 * (the costly part, zhen_check_pair(), each with a context of its own: a
 * context serves one thread); the reading thread reports them chunk by
 * chunk in input order. Everything that joins one row to the next (the
 * comparison across rows, the baseline, the counts, the report and its
 * error lines) stays on the reading thread, in the order one thread
 * would take, so the output is byte for byte that of --jobs 1. A ring of
 * a fixed number of chunks bounds memory: when every slot is taken, the
 * reader reports the oldest before it reads on. */
#include "pairs_pool.h"
#include "io.h"
#include "progress.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A chunk is sent to the workers at this many rows or bytes: large enough
 * that handing it over costs nothing beside checking it, small enough
 * that the first rows are reported soon. */
#define CHUNK_ROWS 256
#define CHUNK_BYTES ((size_t)256 * 1024)

/* Chunks in flight per worker: one being checked, one waiting. */
#define SLOTS_PER_JOB 2

struct row {
	size_t off, len;  /* in the chunk's text */
	size_t number, start;
	size_t srcoff;    /* in the chunk's src, when mapped */
	bool mapped;
	char *error;      /* a copy of the line's error, or NULL */
	struct pool_result res;
};

struct chunk {
	char *text;
	size_t tlen, tcap;
	size_t *src;
	size_t slen, scap;
	struct row *rows;
	size_t n, rcap;
	uint64_t done_bytes; /* input read when it was queued */
	bool done;         /* its rows are checked */
};

struct pairs_pool {
	struct chunk *ring;
	size_t nslots;
	size_t head;   /* the oldest chunk not yet reported */
	size_t tail;   /* the chunk being filled; those before are queued */
	size_t claim;  /* the next chunk a worker takes */
	bool quit, stopped, oom;
	bool started;  /* the workers, at the first chunk queued */
	pthread_mutex_t lock;
	pthread_cond_t work, ready;
	pthread_t th[64];
	size_t jobs, nth;
	const struct opts *o;
	const zhen_ctx *parent; /* whose OpenCC handles the workers share */
	pool_check_fn check;
	pool_emit_fn emit;
	void *arg;
};

/* The line @p r of chunk @p c, pointing into the chunk. */
static zhen_line line_of(const struct chunk *c, const struct row *r)
{
	return (zhen_line){ .text = c->text + r->off, .len = r->len,
	                    .number = r->number, .start = r->start,
	                    .src = r->mapped ? c->src + r->srcoff : NULL,
	                    .error = r->error };
}

static void check_chunk(struct pairs_pool *pl, zhen_ctx *ctx,
                        struct chunk *c)
{
	for (size_t i = 0; i < c->n; i++) {
		zhen_line ln = line_of(c, &c->rows[i]);
		pl->check(pl->arg, ctx, &ln, &c->rows[i].res);
	}
}

/* A worker: its own context, sharing the command's OpenCC handles, then
 * the queued chunks in turn. Without a
 * context it leaves its rows unchecked: the reporter checks them. */
static void *worker(void *arg)
{
	struct pairs_pool *pl = arg;
	zhen_ctx *ctx = NULL;
	bool ok = zhen_ctx_new_shared(&ctx, pl->parent) == 0 &&
	          cli_add_dicts(ctx, pl->o);

	for (;;) {
		pthread_mutex_lock(&pl->lock);
		while (!pl->quit && pl->claim == pl->tail)
			pthread_cond_wait(&pl->work, &pl->lock);
		if (pl->quit) {
			pthread_mutex_unlock(&pl->lock);
			break;
		}
		struct chunk *c = &pl->ring[pl->claim++ % pl->nslots];
		pthread_mutex_unlock(&pl->lock);
		if (ok)
			check_chunk(pl, ctx, c);
		pthread_mutex_lock(&pl->lock);
		c->done = true;
		pthread_cond_broadcast(&pl->ready);
		pthread_mutex_unlock(&pl->lock);
	}
	zhen_ctx_free(ctx);
	return NULL;
}

struct pairs_pool *pool_new(size_t jobs, const struct opts *o,
                            const zhen_ctx *parent, pool_check_fn check,
                            pool_emit_fn emit, void *arg)
{
	struct pairs_pool *pl = calloc(1, sizeof *pl);

	if (jobs < 1)
		jobs = 1;
	if (jobs > 64)
		jobs = 64;
	if (!pl || !(pl->ring = calloc(jobs * SLOTS_PER_JOB,
	                               sizeof *pl->ring))) {
		free(pl);
		return NULL;
	}
	pl->nslots = jobs * SLOTS_PER_JOB;
	pl->jobs = jobs;
	pl->o = o;
	pl->parent = parent;
	pl->check = check;
	pl->emit = emit;
	pl->arg = arg;
	pthread_mutex_init(&pl->lock, NULL);
	pthread_cond_init(&pl->work, NULL);
	pthread_cond_init(&pl->ready, NULL);
	return pl;
}

/* Free a row's copies and what no reporter took; the chunk is empty. */
static void reset(struct chunk *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->rows[i].error);
		free(c->rows[i].res.err);
		zhen_findings_free(c->rows[i].res.fs);
		zhen_quantities_free(c->rows[i].res.q[0]);
		zhen_quantities_free(c->rows[i].res.q[1]);
	}
	c->n = c->tlen = c->slen = 0;
	c->done = false;
}

/* Report the oldest chunk once it is checked, and free its slot. */
static void emit_oldest(struct pairs_pool *pl)
{
	struct chunk *c = &pl->ring[pl->head % pl->nslots];
	char where[48];

	pthread_mutex_lock(&pl->lock);
	while (!c->done)
		pthread_cond_wait(&pl->ready, &pl->lock);
	pthread_mutex_unlock(&pl->lock);
	for (size_t i = 0; i < c->n && !pl->stopped; i++) {
		zhen_line ln = line_of(c, &c->rows[i]);
		if (!pl->emit(pl->arg, &ln, &c->rows[i].res))
			pl->stopped = true;
	}
	if (c->n && !pl->stopped) {
		snprintf(where, sizeof where, "line %zu",
		         c->rows[c->n - 1].number + pl->o->line_offset);
		progress_update(c->done_bytes, where);
	}
	reset(c);
	pl->head++;
}

/* Hand the chunk being filled to the workers, started at the first: an
 * input of one chunk (a chunk of a parallel --pipe run) is checked by
 * the reporter, without the threads and their contexts. @p last: no
 * chunk comes after it. Without a worker, the reporter checks. */
static void submit(struct pairs_pool *pl, uint64_t done_bytes, bool last)
{
	struct chunk *c = &pl->ring[pl->tail % pl->nslots];

	c->done_bytes = done_bytes;
	if (!pl->started && !(last && pl->tail == 0)) {
		pl->started = true;
		for (; pl->nth < pl->jobs; pl->nth++)
			if (pthread_create(&pl->th[pl->nth], NULL, worker,
			                   pl) != 0)
				break;
	}
	pthread_mutex_lock(&pl->lock);
	if (!pl->nth)
		c->done = true; /* its results left: the reporter checks */
	pl->tail++;
	pthread_cond_signal(&pl->work);
	pthread_mutex_unlock(&pl->lock);
}

/* @p p (of *cap elements of @p size) grown to hold @p need; on failure
 * @p p as it was and *ok false. */
static void *grow(void *p, size_t *cap, size_t need, size_t size, bool *ok)
{
	if (need <= *cap || !*ok)
		return p;
	size_t nc = *cap ? *cap : 64;
	while (nc < need)
		nc *= 2;
	void *q = realloc(p, nc * size);
	if (!q) {
		*ok = false;
		return p;
	}
	*cap = nc;
	return q;
}

/* Copy @p ln into chunk @p c. */
static bool copy_line(struct chunk *c, const zhen_line *ln)
{
	size_t ns = ln->src ? ln->len + 1 : 0;
	bool ok = true;

	c->rows = grow(c->rows, &c->rcap, c->n + 1, sizeof *c->rows, &ok);
	c->text = grow(c->text, &c->tcap, c->tlen + ln->len + 1, 1, &ok);
	c->src = grow(c->src, &c->scap, c->slen + ns, sizeof *c->src, &ok);
	if (!ok)
		return false;
	struct row *r = &c->rows[c->n];
	*r = (struct row){ .off = c->tlen, .len = ln->len,
	                   .number = ln->number, .start = ln->start,
	                   .srcoff = c->slen, .mapped = ln->src != NULL };
	if (ln->error && !(r->error = strdup(ln->error)))
		return false;
	if (ln->len)
		memcpy(c->text + c->tlen, ln->text, ln->len);
	c->tlen += ln->len;
	c->text[c->tlen++] = 0; /* the text is not read past len: a guard */
	if (ns)
		memcpy(c->src + c->slen, ln->src, ns * sizeof *c->src);
	c->slen += ns;
	c->n++;
	return true;
}

bool pool_add(struct pairs_pool *pl, const zhen_line *ln,
              uint64_t done_bytes)
{
	if (pl->stopped || pl->oom)
		return false;
	/* the slot for the chunk to fill is the oldest's until reported */
	while (pl->tail - pl->head == pl->nslots && !pl->stopped)
		emit_oldest(pl);
	if (pl->stopped)
		return false;
	struct chunk *c = &pl->ring[pl->tail % pl->nslots];
	if (!copy_line(c, ln)) {
		pl->oom = true;
		cli_err(NULL, 0, "out of memory");
		return false;
	}
	if (c->n >= CHUNK_ROWS || c->tlen >= CHUNK_BYTES)
		submit(pl, done_bytes, false);
	return true;
}

bool pool_drain(struct pairs_pool *pl, uint64_t done_bytes)
{
	if (!pl->oom && pl->ring[pl->tail % pl->nslots].n)
		submit(pl, done_bytes, true);
	while (pl->head < pl->tail && !pl->stopped)
		emit_oldest(pl);
	return !pl->stopped && !pl->oom;
}

void pool_free(struct pairs_pool *pl)
{
	if (!pl)
		return;
	pthread_mutex_lock(&pl->lock);
	pl->quit = true;
	pthread_cond_broadcast(&pl->work);
	pthread_mutex_unlock(&pl->lock);
	for (size_t t = 0; t < pl->nth; t++)
		pthread_join(pl->th[t], NULL);
	for (size_t i = 0; i < pl->nslots; i++) {
		reset(&pl->ring[i]);
		free(pl->ring[i].text);
		free(pl->ring[i].src);
		free(pl->ring[i].rows);
	}
	pthread_cond_destroy(&pl->ready);
	pthread_cond_destroy(&pl->work);
	pthread_mutex_destroy(&pl->lock);
	free(pl->ring);
	free(pl);
}
