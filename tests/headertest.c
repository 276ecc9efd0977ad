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

/* A pairs stream as zhen check --pairs writes it: a line read with
 * zhen_lines, its place, the summary. */
static int pairs_stream(zhen_ctx *ctx)
{
	zhen_lines *r = 0;
	zhen_line ln;
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;
	zhen_pairs_summary sum = ZHEN_PAIRS_SUMMARY_INIT;
	int rc = -1;

	if (zhen_lines_new(&r, ctx, "UTF-16LE") != 0)
		return -1;
	if (zhen_lines_feed(r, "a\0\n\0", 4) == 0 &&
	    zhen_lines_feed(r, 0, 0) == 0 && zhen_lines_next(r, &ln) == 1 &&
	    ln.src && ln.src[ln.len] == 2) {
		at.line = ln.number;
		at.src = ln.src;
		sum.encoding = zhen_lines_encoding(r);
		if (zhen_report_pair_error_json_at(sink, 0, &at, "x") == 0 &&
		    zhen_report_pair_json_at(sink, 0, &at, 0, "", 0, "", 0) == 0 &&
		    zhen_report_pair_text_at(sink, 0, &at, 0, "", 0, 0, "", 0, 0,
		                             0) == 0 &&
		    zhen_report_pairs_summary_json(sink, 0, &sum) == 0)
			rc = 0;
	}
	zhen_lines_free(r);
	return rc;
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
	    pairs_stream(ctx) == 0 &&
	    zhen_json_string(sink, 0, "x", 1) == 0 &&
	    zhen_findings_count_severity(0, ZHEN_SEV_ERROR) == 0)
		rc = 0;
	zhen_doc_free(doc);
	zhen_ctx_free(ctx);
	return rc;
}
