/* fuzz_check.h: what the fuzz targets share. An invariant that fails
 * aborts, which libFuzzer reports and the replay under meson test turns
 * into a failed test. */
#ifndef ZHEN_FUZZ_CHECK_H
#define ZHEN_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>

#include <zhen/zhen.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_REQUIRE(cond)                                                   \
	do {                                                                 \
		if (!(cond)) {                                               \
			fprintf(stderr, "%s:%d: invariant failed: %s\n",     \
			        __FILE__, __LINE__, #cond);                  \
			abort();                                             \
		}                                                            \
	} while (0)

static inline int fuzz_sink(void *payload, const char *s, size_t n)
{
	(void)payload;
	(void)s;
	(void)n;
	return 0;
}

/* One context for the process: building one loads every dictionary. */
static inline zhen_ctx *fuzz_ctx(void)
{
	static zhen_ctx *ctx;
	if (!ctx && zhen_ctx_new(&ctx) != 0)
		abort();
	return ctx;
}

#endif
