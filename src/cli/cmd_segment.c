/* cmd_segment.c: zhen segment, the sentences zhen sees. */
#include "commands.h"
#include "io.h"

#include <stdio.h>

int cmd_segment(zhen_ctx *ctx, const struct opts *o)
{
	zhen_sentences *s = NULL;
	const char *path;
	zhen_doc *doc;

	if (!(doc = cli_load_single(ctx, o, "segment", true, (int)o->lang,
	                            &path)))
		return EXIT_TROUBLE;
	if (zhen_segment(&s, ctx, doc, o->lang) < 0) {
		cli_err(cli_display_name(path), 0, "%s", zhen_ctx_errmsg(ctx));
		zhen_doc_free(doc);
		return EXIT_TROUBLE;
	}
	const char *b = zhen_doc_bytes(doc, NULL);
	int status = EXIT_CLEAN;
	if (o->format == FMT_JSON) {
		if (zhen_sentences_write_json(cli_write_stdout, NULL, s,
		                              doc) == ZHEN_ENOMEM) {
			cli_err(cli_display_name(path), 0, "out of memory");
			status = EXIT_TROUBLE;
		}
	} else if (zhen_sentences_count(s) && !zhen_sentences_get(s, 0)) {
		/* the public sentences are made on the first call */
		cli_err(cli_display_name(path), 0, "out of memory");
		status = EXIT_TROUBLE;
	} else {
		/* line:paragraph.sentence, then the text as analysed */
		for (size_t i = 0; i < zhen_sentences_count(s); i++) {
			const zhen_sentence *se = zhen_sentences_get(s, i);
			printf("%zu:%zu.%zu\t%.*s\n",
			       zhen_doc_line_of(doc, se->off), se->para + 1,
			       se->index + 1, (int)se->len, b + se->off);
		}
	}
	zhen_sentences_free(s);
	zhen_doc_free(doc);
	if (!cli_flush_stdout())
		status = cli_stdout_failed("the sentences");
	return status;
}
