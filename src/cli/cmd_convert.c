/* cmd_convert.c: zhen convert, Traditional to Simplified with OpenCC. */
#include "commands.h"
#include "io.h"

#include <stdio.h>

int cmd_convert(zhen_ctx *ctx, const struct opts *o)
{
	zhen_convert_mode mode;
	struct opts lo = *o;
	const char *path, *text;
	char *out = NULL;
	size_t outlen, len;
	zhen_doc *doc;

	/* Decoded like any input (the output is UTF-8); line by line, so
	 * the text is the file itself when that is UTF-8. */
	lo.paragraphs = ZHEN_PARAGRAPHS_LINE;
	if (!(doc = cli_load_single(ctx, &lo, "convert", false, ZHEN_LANG_ZH,
	                            &path)))
		return EXIT_TROUBLE;
	if (!cli_convert_mode(&mode, ctx, o, doc, path, true)) {
		zhen_doc_free(doc);
		return EXIT_TROUBLE;
	}
	text = zhen_doc_bytes(doc, &len);
	int rc = zhen_convert(&out, &outlen, ctx, mode, text, len);
	zhen_doc_free(doc);
	if (rc < 0) {
		cli_err(cli_display_name(path), 0, "%s", zhen_ctx_errmsg(ctx));
		return EXIT_TROUBLE;
	}
	cli_write_stdout(NULL, out, outlen);
	zhen_free(out);
	return cli_flush_stdout() ? EXIT_CLEAN
	                          : cli_stdout_failed("the converted text");
}
