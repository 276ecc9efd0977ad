/* segment.c: placeholder */
#include "internal.h"
int zhen__segment_init(zhen_ctx *ctx) { (void)ctx; return 0; }
void zhen__segment_fini(zhen_ctx *ctx) { (void)ctx; }
int zhen__segment_add_dict(zhen_ctx *ctx, const char *name, const char *text, size_t len)
{ (void)name; (void)text; (void)len; return zhen__fail(ctx, ZHEN_EUSAGE, "not yet"); }
