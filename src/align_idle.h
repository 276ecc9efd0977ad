/* align_idle.h: columns of the aligner's sentence store packed while no
 * program reads them (align_idle.c). Private to the library. */
#ifndef ZHEN_ALIGN_IDLE_H
#define ZHEN_ALIGN_IDLE_H

#include <stddef.h>
#include <stdint.h>

/* Packed columns; zeroed when empty. */
struct zhen__idle {
	unsigned char *p;
	size_t len;
};

/*
 * Pack @p rows rows of @p ncum columns of 32-bit running counts (cum[c],
 * each counted modulo 2^32 from its first row) and one column of 64-bit
 * words of byte counts (@p bytes) into @p out: each count as the varint
 * of its difference from the row before, each word as a byte saying which
 * of its bytes are not zero, then those bytes. The arrays are only read.
 * @return 0 or ZHEN_ENOMEM (@p out then empty).
 */
int zhen__idle_pack(struct zhen__idle *out, size_t rows,
                    const uint32_t *const *cum, int ncum,
                    const uint64_t *bytes);

/* The columns back from @p in, into the caller's arrays of @p rows
 * entries, exactly as they were packed; @p in is freed and emptied. */
void zhen__idle_unpack(struct zhen__idle *in, size_t rows, uint32_t **cum,
                       int ncum, uint64_t *bytes);

#endif
