/* align_data.h: the aligner's parameters (align_data.c reads them from
 * dicts/align.tsv; align.c uses them). Private to the library. */
#ifndef ZHEN_ALIGN_DATA_H
#define ZHEN_ALIGN_DATA_H

#include "internal.h"

/* The bead shapes the program tries, in the order it tries them: the
 * first ZHEN__ALIGN_NCOARSE are the first pass's. */
enum { ZHEN__ALIGN_NKINDS = 12, ZHEN__ALIGN_NCOARSE = 5 };
struct zhen__shape {
	unsigned char nz, ne; /* Chinese units, English units */
};
extern const struct zhen__shape zhen__align_shape[ZHEN__ALIGN_NKINDS];

/* Groups of anchors: what a sentence and its translation share. */
enum { ZHEN__A_NUMBER, ZHEN__A_TOKEN, ZHEN__A_PUNCT, ZHEN__A_LEX,
       ZHEN__A_LEARN, ZHEN__A_NGROUPS };

/* Kinds of punctuation counted (dicts/align.tsv punct rows). */
enum { ZHEN__A_NPUNCT = 6, ZHEN__A_QUOTE = 4, ZHEN__A_ELLIPSIS = 5 };
/* The punctuation group's cap at most: align.c keeps a unit's counts in a
 * byte a kind, saturated there. */
enum { ZHEN__A_PUNCT_CAP_MAX = 63 };

struct zhen__align_data {
	double p_sent[ZHEN__ALIGN_NKINDS], p_para[ZHEN__ALIGN_NKINDS];
	double del_sent, del_para;         /* cost per character left out */
	double bonus[ZHEN__A_NGROUPS];     /* the number group's is unused:
	                                      zhen_align_options has it */
	unsigned cap[ZHEN__A_NGROUPS];
	/* a moved paragraph (align_moves.c): gain, anchors, length fit */
	double move_gain, move_anchors, move_fit;
	/* the punctuation classes, sorted by code point */
	struct zhen__punct { int32_t cp; unsigned char kind; } punct[64];
	size_t npunct;
};

/* The kind (1..ZHEN__A_NPUNCT) of folded code point @p cp, or 0. */
int zhen__align_punct(const struct zhen__align_data *d, int32_t cp);

/* The context's parameters, or with no context the built-in ones read
 * into @p scratch; NULL when those cannot be read (no memory). */
const struct zhen__align_data *
zhen__align_params(zhen_ctx *ctx, struct zhen__align_data *scratch);

int zhen__align_init(zhen_ctx *ctx);
void zhen__align_fini(zhen_ctx *ctx);
int zhen__align_add_dict(zhen_ctx *ctx, enum zhen__dict_id id,
                         const char *text, size_t len);

#endif
