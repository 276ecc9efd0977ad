/* Fuzz target: dictionary loading (zhen --dict). Input: a byte choosing
 * the dictionary, then its text. Each input gets a fresh context, since
 * entries accumulate; after a successful load the context still reads
 * figures in both languages. Invariant: a failed load leaves an error
 * message and the context usable. */
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t ndicts = 0;
	while (zhen_dict_name(ndicts))
		ndicts++;
	if (size < 1 || !ndicts)
		return 0;
	zhen_ctx *ctx = NULL;
	if (zhen_ctx_new(&ctx) != 0)
		return 0;
	const char *name = zhen_dict_name(data[0] % ndicts);
	int rc = zhen_ctx_add_dict(ctx, name, (const char *)data + 1, size - 1);
	FUZZ_REQUIRE(rc == 0 || rc == ZHEN_EDICT || rc == ZHEN_ENOMEM);
	if (rc != 0)
		FUZZ_REQUIRE(zhen_ctx_errmsg(ctx)[0] != 0);
	static const char zh[] = "營收34億元，增長21%，3.5個百分點。";
	static const char en[] = "Revenue was 3.4 billion, up 21%.";
	zhen_findings *f = NULL;
	rc = zhen_check_pair(&f, ctx, zh, sizeof zh - 1, 0, en, sizeof en - 1,
	                     0, NULL);
	FUZZ_REQUIRE(rc == 0 || rc == ZHEN_ENOMEM || rc == ZHEN_EOPENCC);
	zhen_findings_free(f);
	zhen_ctx_free(ctx);
	return 0;
}
