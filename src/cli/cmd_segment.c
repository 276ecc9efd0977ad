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
	for (size_t i = 0; i < zhen_sentences_count(s); i++) {
		const zhen_sentence *se = zhen_sentences_get(s, i);
		size_t line = zhen_doc_line_of(doc, se->off), ss, se_end;
		/* Offsets into the user's file, text as analysed (UTF-8). */
		zhen_doc_source_span(doc, se->off, se->off + se->len, &ss,
		                     &se_end);
		if (o->format == FMT_JSON) {
			printf("{\"line\":%zu,\"paragraph\":%zu,\"sentence\":%zu,"
			       "\"start\":%zu,\"end\":%zu,\"text\":", line,
			       se->para + 1, se->index + 1, ss, se_end);
			zhen_json_string(cli_write_stdout, NULL, b + se->off,
			                 se->len);
			printf("}\n");
		} else {
			printf("%zu:%zu.%zu\t%.*s\n", line, se->para + 1,
			       se->index + 1, (int)se->len, b + se->off);
		}
	}
	zhen_sentences_free(s);
	zhen_doc_free(doc);
	return fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
}
