/* align_moves.c: paragraphs the translation moved.
 *
 * The program aligns in reading order. A paragraph the translator moved
 * comes out as a one-sided bead where it was (its Chinese, say) and another
 * where it went (its English): the program leaves both out rather than
 * shift every bead between them, since two one-sided paragraph beads cost
 * less than a run of wrong pairs. Here such a pair is found again: a
 * Chinese-only and an English-only bead, not neighbours, that share an
 * anchor (a figure, a token, a word of the lexicon) and would cost far
 * less as one bead than left out apart. The Chinese bead then takes the
 * English units and is marked moved (its English stands elsewhere in the
 * reading order); the English bead goes. A move is a strong claim about a
 * document, so the pair must be much cheaper as one bead (the probe's
 * gain: e^4 is some 55 times likelier), share more than one chance figure
 * (two figures' worth of anchors: 2023 turns up in many paragraphs) and
 * agree in length, as a translation does (the probe's bounds, from
 * dicts/align.tsv move rows). */
#include "align_moves.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct cand {
	size_t z, e;   /* bead indices: Chinese-only, English-only */
	double gain, cost;
};

static int cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;
	return (x->gain < y->gain) - (x->gain > y->gain);
}

static bool one_sided(const struct zhen__bead *b, bool zh)
{
	return zh ? b->zh_count && !b->en_count : b->en_count && !b->zh_count;
}

/* Every Chinese-only and English-only pair of beads at least two apart
 * that the probe finds sure enough, into *out. */
static int candidates(struct cand **out, size_t *n,
                      const struct zhen_alignment *a,
                      const struct zhen__move_probe *probe)
{
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	for (size_t z = 0; z < a->n; z++) {
		if (!one_sided(&a->b[z], true) || a->b[z].zh_count != 1)
			continue;
		for (size_t e = 0; e < a->n; e++) {
			const struct zhen__bead *bz = &a->b[z], *be = &a->b[e];
			double anchors, fit;
			if (!one_sided(be, false) || be->en_count != 1 ||
			    (z > e ? z - e : e - z) < 2)
				continue;
			double c = probe->pair(probe->ctx, bz->zh_first,
			                       be->en_first, &anchors, &fit);
			double gain = bz->cost + be->cost - c;
			if (!(anchors >= probe->anchors) || !(fit <= probe->fit) ||
			    !(gain > probe->gain))
				continue;
			if (*n == cap) {
				size_t nc = cap ? 2 * cap : 8;
				struct cand *p = realloc(*out, nc * sizeof *p);
				if (!p)
					return ZHEN_ENOMEM;
				*out = p;
				cap = nc;
			}
			(*out)[(*n)++] = (struct cand){ z, e, gain, c };
		}
	}
	return 0;
}

int zhen__align_moves(struct zhen_alignment *a,
                      const struct zhen__move_probe *probe)
{
	struct cand *c;
	size_t n, k = 0;
	unsigned char *gone;
	int rc;

	if ((rc = candidates(&c, &n, a, probe)) < 0 || !n) {
		free(c);
		return rc;
	}
	if (!(gone = calloc(a->n, 1))) {
		free(c);
		return ZHEN_ENOMEM;
	}
	/* the surest pairs first, each bead in one pair at most */
	qsort(c, n, sizeof *c, cand_cmp);
	for (size_t t = 0; t < n; t++) {
		struct zhen__bead *bz = &a->b[c[t].z], *be = &a->b[c[t].e];
		if (gone[c[t].e] || bz->en_count)
			continue;
		bz->en_first = be->en_first;
		bz->en_count = be->en_count;
		bz->cost = c[t].cost;
		/* as sure as the gain says: e^gain to one against */
		bz->confidence = 1 / (1 + exp(-c[t].gain));
		bz->moved = 1;
		gone[c[t].e] = 1;
	}
	for (size_t t = 0; t < a->n; t++)
		if (!gone[t])
			a->b[k++] = a->b[t];
	a->n = k;
	free(gone);
	free(c);
	return 0;
}
