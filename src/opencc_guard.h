/* opencc_guard.h: OpenCC's calls that may throw, wrapped so that no C++
 * exception reaches C (opencc_guard.cpp). Private to the library. */
#ifndef ZHEN_OPENCC_GUARD_H
#define ZHEN_OPENCC_GUARD_H

#include <stddef.h>

#include <opencc.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What the wrappers return besides 0. */
enum { ZHEN__OCC_FAILED = -1, ZHEN__OCC_NOMEM = -2 };

/* opencc_open(): *out the handle, or an error code (*out undefined). */
int zhen__opencc_open(opencc_t *out, const char *path);
/* opencc_convert_utf8(): *out the converted text (free with
 * opencc_convert_utf8_free()), or NULL with an error code. */
int zhen__opencc_convert(char **out, opencc_t cc, const char *s, size_t len);

#ifdef __cplusplus
}
#endif
#endif
