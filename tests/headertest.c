/* The public header alone must compile cleanly with -pedantic as C99, and
 * must not need ICU or OpenCC headers. A program also calls the JSON
 * writers and the counts the zhen program is built on, so that the
 * library (installed or built) is shown to export them. */
#include <zhen/zhen.h>

static int sink(void *payload, const char *bytes, size_t len)
{
	(void)payload;
	(void)bytes;
	(void)len;
	return 0;
}

int main(void)
{
	zhen_ctx *ctx = 0;
	zhen_doc *doc = 0;
	int rc = 1;

	if (zhen_ctx_new(&ctx) != 0)
		return 1;
	if (zhen_doc_from_bytes(&doc, ctx, "34", 2) == 0 &&
	    ZHEN_JSON_SCHEMA >= 1 &&
	    zhen_quantities_write_json(sink, 0, 0, doc) == 0 &&
	    zhen_sentences_write_json(sink, 0, 0, doc) == 0 &&
	    zhen_alignment_write_json(sink, 0, 0) == 0 &&
	    zhen_report_pair_error_json(sink, 0, 1, "no TAB") == 0 &&
	    zhen_json_string(sink, 0, "x", 1) == 0 &&
	    zhen_findings_count_severity(0, ZHEN_SEV_ERROR) == 0)
		rc = 0;
	zhen_doc_free(doc);
	zhen_ctx_free(ctx);
	return rc;
}
