/* The public header alone must compile cleanly with -pedantic as C99, and
 * must not need ICU or OpenCC headers. */
#include <zhen/zhen.h>

int main(void)
{
	zhen_ctx *ctx = 0;
	if (zhen_ctx_new(&ctx) != 0)
		return 1;
	zhen_ctx_free(ctx);
	return 0;
}
