/* context.c: the context, above every stage: it sets up each stage with
 * its dictionaries (dicts/index.tsv says whose each is), frees them, and
 * gives --dict entries to the stage that reads that dictionary. */
#include "align_data.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* What the context asks of a stage; NULL where a stage keeps no state or
 * takes no added entries. */
static const struct stage {
	int (*init)(zhen_ctx *ctx);
	void (*fini)(zhen_ctx *ctx);
	int (*add)(zhen_ctx *ctx, enum zhen__dict_id id, const char *text,
	           size_t len);
} stages[ZHEN__NSTAGES] = {
	[ZHEN__STAGE_NUMBERS] = { zhen__numbers_init, zhen__numbers_fini,
	                          zhen__numbers_add_dict },
	[ZHEN__STAGE_SEGMENT] = { zhen__segment_init, zhen__segment_fini,
	                          zhen__segment_add_dict },
	/* the aligner's parameters; it reads its stopwords where it aligns */
	[ZHEN__STAGE_ALIGN] = { zhen__align_init, zhen__align_fini,
	                        zhen__align_add_dict },
	/* OpenCC handles (maybe a parent's) are opened on first use */
	[ZHEN__STAGE_CONVERT] = { zhen__convert_init, zhen__convert_fini,
	                          NULL },
	/* zhen facts reads dicts/metrics.tsv where it makes its table */
	[ZHEN__STAGE_FACTS] = { NULL, NULL, NULL },
	/* libxml2 set up once for every thread; the table readers read their
	 * header words where they meet a header row */
	[ZHEN__STAGE_READERS] = { zhen__readers_init, NULL, NULL },
};

/* A context, with @p parent's OpenCC handles when it is not NULL. */
static int ctx_make(zhen_ctx **out, const zhen_ctx *parent)
{
	zhen_ctx *ctx;
	int rc;

	*out = NULL;
	if (!(ctx = calloc(1, sizeof *ctx)))
		return ZHEN_ENOMEM;
	if (parent)
		zhen__convert_share(ctx, parent);
	for (int s = 0; s < ZHEN__NSTAGES; s++)
		if (stages[s].init && (rc = stages[s].init(ctx)) < 0) {
			zhen_ctx_free(ctx);
			return rc;
		}
	*out = ctx;
	return 0;
}

int zhen_ctx_new(zhen_ctx **out)
{
	if (!out)
		return zhen__einval(NULL, __func__, "out is NULL");
	return ctx_make(out, NULL);
}

int zhen_ctx_new_shared(zhen_ctx **out, const zhen_ctx *parent)
{
	if (!out || !parent) {
		if (out)
			*out = NULL;
		return zhen__einval(NULL, __func__,
		                    !out ? "out is NULL" : "parent is NULL");
	}
	return ctx_make(out, parent);
}

void zhen_ctx_free(zhen_ctx *ctx)
{
	if (!ctx)
		return;
	for (int s = ZHEN__NSTAGES; s-- > 0;)
		if (stages[s].fini)
			stages[s].fini(ctx);
	free(ctx);
}

int zhen_ctx_add_dict(zhen_ctx *ctx, const char *name, const char *text,
                      size_t len)
{
	if (!ctx || !name || ZHEN__NO_BYTES(text, len))
		return zhen__einval(ctx, __func__, !ctx    ? "ctx is NULL"
		                                   : !name ? "name is NULL"
		                                           : "text is NULL");
	for (size_t k = 0; k < ZHEN__NDICTS; k++) {
		const struct zhen__dict *d = &zhen__dicts[k];
		if (strcmp(d->name, name))
			continue;
		if (!d->addable || !stages[d->stage].add)
			break;
		return stages[d->stage].add(ctx, (enum zhen__dict_id)k,
		                            text ? text : "", len);
	}
	return zhen__fail(ctx, ZHEN_EUSAGE, "unknown dictionary '%s'", name);
}
