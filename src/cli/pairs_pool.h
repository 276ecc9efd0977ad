/* pairs_pool.h: zhen check --pairs --jobs N: rows checked by N worker
 * threads, reported by the thread that reads them, in input order. */
#ifndef ZHEN_CLI_PAIRS_POOL_H
#define ZHEN_CLI_PAIRS_POOL_H

#include "options.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a worker made of a row: checked (fs and, for an HTML page, the
 * figures read, q, which the reporter takes), failed (err, the context's
 * message, owned by the pool), or left for the reporter (a blank, bad or
 * header line). */
struct pool_result {
	enum { POOL_LEFT, POOL_CHECKED, POOL_FAILED } state;
	zhen_findings *fs;
	zhen_quantities *q[2];
	char *err;
};

/* A worker's part: check @p ln with the worker's own @p ctx into @p res
 * (leave res->state POOL_LEFT for a row it does not check). Called from
 * the workers at once: it may read @p arg, never write it. */
typedef void (*pool_check_fn)(const void *arg, zhen_ctx *ctx,
                              const zhen_line *ln, struct pool_result *res);
/* The reporter's part, in input order, on the reading thread: report
 * @p ln with what the worker made of it (take res->fs, or leave it to be
 * freed); false stops the run (the rows after it are not reported). */
typedef bool (*pool_emit_fn)(void *arg, const zhen_line *ln,
                             struct pool_result *res);

struct pairs_pool;

/* A pool of @p jobs workers (1 to 64), each with a context of its own
 * with o's dictionaries and @p parent's OpenCC handles (zhen_ctx_new_shared:
 * @p parent may go on being used on the reporting thread), started when a second chunk of rows comes (the
 * reporter checks an input of one chunk, and every row when no thread
 * starts). NULL when out of memory. */
struct pairs_pool *pool_new(size_t jobs, const struct opts *o,
                            const zhen_ctx *parent, pool_check_fn check,
                            pool_emit_fn emit, void *arg);
/* Queue a copy of @p ln (its bytes, map and error); reports the oldest
 * rows when the chunks in flight are all taken, so memory stays a fixed
 * number of chunks. @p done_bytes: the input read so far, for the
 * progress line. false after a stop or out of memory (the caller says). */
bool pool_add(struct pairs_pool *pl, const zhen_line *ln,
              uint64_t done_bytes);
/* Report every row queued; false as for pool_add(). */
bool pool_drain(struct pairs_pool *pl, uint64_t done_bytes);
/* Stop the workers and free what is left unreported. */
void pool_free(struct pairs_pool *pl);

#endif
