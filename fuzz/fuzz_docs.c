/* Fuzz target: two documents through the whole pipeline (read, detect,
 * segment, numbers, align, compare, report and every JSON writer). Input:
 * zh, a form feed, en. */
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

/* The JSON of one side: its sentences, and the quantities of each. */
static void json_sides(const zhen_result *r, const zhen_doc *doc,
                       zhen_lang lang)
{
	const zhen_sentences *s = zhen_result_sentences(r, lang);
	zhen_sentences_write_json(sink, NULL, s, doc);
	for (size_t i = 0; i < zhen_sentences_count(s); i++) {
		const zhen_quantities *q = zhen_result_quantities(r, lang, i);
		zhen_quantities_write_json(sink, NULL, q, doc);
	}
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
		zhen_alignment_write_json(sink, NULL, zhen_result_alignment(r));
		json_sides(r, zh, ZHEN_LANG_ZH);
		json_sides(r, en, ZHEN_LANG_EN);
	}
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	return 0;
}
