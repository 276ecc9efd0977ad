/* Fuzz target: two documents through the whole pipeline (read, detect,
 * segment, numbers, align, compare, report). Input: zh, a form feed, en. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <zhen/zhen.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int sink(void *payload, const char *s, size_t n)
{
	(void)payload;
	(void)s;
	(void)n;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static zhen_ctx *ctx;
	const char *s = (const char *)data;
	const char *ff;
	zhen_doc *zh = NULL, *en = NULL;
	zhen_result *r = NULL;

	if (!ctx && zhen_ctx_new(&ctx) != 0)
		return 0;
	ff = memchr(s, '\f', size);
	size_t zl = ff ? (size_t)(ff - s) : size;
	/* Bad input must be refused cleanly, so it is fed in as it is. */
	if (zhen_doc_from_bytes(&zh, ctx, s, zl) == 0 &&
	    zhen_doc_from_bytes(&en, ctx, ff ? ff + 1 : s + size,
	                        ff ? size - zl - 1 : 0) == 0 &&
	    zhen_check_documents(&r, ctx, zh, en, NULL) == 0) {
		zhen_report_text(sink, NULL, r, zh, en, NULL);
		zhen_report_json(sink, NULL, r, zh, en);
	}
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	return 0;
}
