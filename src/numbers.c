/* numbers.c: placeholder until the number reader lands. */
#include "internal.h"
#include <stdlib.h>

int zhen__numbers_init(zhen_ctx *ctx) { (void)ctx; return 0; }
void zhen__numbers_fini(zhen_ctx *ctx) { (void)ctx; }
int zhen__numbers_add_dict(zhen_ctx *ctx, const char *name, const char *text, size_t len)
{ (void)name; (void)text; (void)len; return zhen__fail(ctx, ZHEN_EUSAGE, "not yet"); }
int zhen_numbers_extract(zhen_quantities **out, zhen_ctx *ctx, zhen_lang lang, zhen_convert_mode conv,
                         const char *text, size_t len, size_t base)
{ (void)ctx; (void)lang; (void)conv; (void)text; (void)len; (void)base;
  *out = calloc(1, sizeof **out); return *out ? 0 : ZHEN_ENOMEM; }
void zhen_quantities_free(zhen_quantities *q) { if (q) { free(q->q); free(q); } }
size_t zhen_quantities_count(const zhen_quantities *q) { return q->n; }
const zhen_quantity *zhen_quantities_get(const zhen_quantities *q, size_t i) { return i < q->n ? &q->q[i] : NULL; }
const char *zhen_qkind_name(zhen_qkind kind) { (void)kind; return "number"; }
size_t zhen_quantity_format(char *buf, size_t cap, const zhen_quantity *q, int group)
{ return zhen_decimal_format(buf, cap, q->value, group); }
