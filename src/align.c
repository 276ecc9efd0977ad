/* align.c: placeholder until the aligner lands: pairs sentences in order. */
#include "internal.h"
#include <stdlib.h>

int zhen_align(zhen_alignment **out, zhen_ctx *ctx, const zhen_sentences *zh, const zhen_quantities *const *zq,
               const zhen_sentences *en, const zhen_quantities *const *eq, const zhen_align_options *opts)
{
	(void)ctx; (void)zq; (void)eq; (void)opts;
	zhen_alignment *a = calloc(1, sizeof *a);
	size_t n = zh->n > en->n ? zh->n : en->n;
	*out = NULL;
	if (!a || !(a->b = calloc(n + 1, sizeof *a->b))) { free(a); return ZHEN_ENOMEM; }
	for (size_t i = 0; i < n; i++)
		a->b[a->n++] = (zhen_bead){ i < zh->n ? i : zh->n, i < zh->n, i < en->n ? i : en->n, i < en->n, 0, 1 };
	*out = a;
	return 0;
}
void zhen_alignment_free(zhen_alignment *a) { if (a) { free(a->b); free(a); } }
size_t zhen_alignment_count(const zhen_alignment *a) { return a->n; }
const zhen_bead *zhen_alignment_get(const zhen_alignment *a, size_t i) { return i < a->n ? &a->b[i] : NULL; }
