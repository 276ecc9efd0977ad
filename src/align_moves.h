/* align_moves.h: paragraphs the translation moved (align_moves.c), found
 * by align.c after its paragraph program. Private to the library. */
#ifndef ZHEN_ALIGN_MOVES_H
#define ZHEN_ALIGN_MOVES_H

#include "internal.h"

/* What align_moves.c asks of the program's costs, and how sure a move
 * must be (dicts/align.tsv move rows). */
struct zhen__move_probe {
	void *ctx;
	/* The cost of Chinese unit @p zi and English unit @p ej as one 1-1
	 * bead; *anchors: what their shared anchors take off it; *fit: what
	 * their lengths add to it (the length term alone). */
	double (*pair)(void *ctx, size_t zi, size_t ej, double *anchors,
	               double *fit);
	double gain;     /* one bead cheaper than two left out, by this */
	double anchors;  /* shared anchors worth at least this */
	double fit;      /* the lengths' term at most this */
};

/* Pair a Chinese-only bead of @p a with an English-only one elsewhere when
 * they translate each other (align_moves.c says when): the Chinese bead
 * takes the English unit and is marked moved, the English bead is
 * removed. 0 or ZHEN_ENOMEM (then @p a is unchanged). */
int zhen__align_moves(struct zhen_alignment *a,
                      const struct zhen__move_probe *probe);

#endif
