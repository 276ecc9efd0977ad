/* fuzz_docx.h: what the two DOCX targets check of a file read. */
#ifndef ZHEN_FUZZ_DOCX_H
#define ZHEN_FUZZ_DOCX_H

#include <string.h>

#include "fuzz_check.h"

/* Read [data, data+size) as format @p f (UNKNOWN: detected first), then
 * check what came out: a Word file's every paragraph is one line of the
 * analysis text and has a place; a refusal leaves a one-line message. */
static inline void fuzz_docx_read(zhen_ctx *ctx, const char *data,
                                  size_t size, zhen_format f)
{
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;
	o.format = f;
	o.zip_limit = 16u << 20; /* a bomb stops early */
	zhen_doc *d = NULL;
	zhen_format got = f;
	if (f == ZHEN_FORMAT_UNKNOWN &&
	    zhen_format_detect(&got, ctx, data, size, NULL) < 0)
		return;
	if (zhen_doc_read_format(&d, ctx, data, size, &o) < 0) {
		const char *m = zhen_ctx_errmsg(ctx);
		FUZZ_REQUIRE(m && *m && !strchr(m, '\n'));
		return;
	}
	size_t len, n = zhen_doc_paragraph_count(d);
	const char *text = zhen_doc_bytes(d, &len);
	for (size_t i = 0; got == ZHEN_FORMAT_DOCX && i < n; i++) {
		const zhen_paragraph *p = zhen_doc_paragraph(d, i);
		const char *place = zhen_doc_place(d, p->line);
		FUZZ_REQUIRE(place && *place);
		FUZZ_REQUIRE(p->off + p->len <= len &&
		             !memchr(text + p->off, '\n', p->len));
	}
	zhen_doc_free(d);
}

#endif
