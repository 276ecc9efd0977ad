/* convert.c: placeholder */
#include "internal.h"
void zhen__convert_fini(zhen_ctx *ctx) { (void)ctx; }
int zhen__opencc(char **out, size_t *out_len, zhen_ctx *ctx, zhen_convert_mode mode, const char *s, size_t len)
{ (void)out; (void)out_len; (void)mode; (void)s; (void)len; return zhen__fail(ctx, ZHEN_EOPENCC, "not yet"); }
