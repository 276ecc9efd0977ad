/* cmd_numbers.c: zhen numbers, every quantity zhen reads. */
#include "commands.h"
#include "io.h"

#include <stdio.h>

/* One tab-separated line: line, offsets, kind, value, unit, flags, text. */
static void print_quantity(const zhen_doc *doc, const zhen_quantity *x)
{
	const char *b = zhen_doc_bytes(doc, NULL);
	char v[128];
	size_t xs, xe;

	zhen_doc_source_span(doc, x->start, x->end, &xs, &xe);
	zhen_quantity_format(v, sizeof v, x, 1);
	const char *unit = x->currency[0] ? x->currency : x->unit;
	/* the sign's other currencies: $ may be HK$, a Traditional 元 NT$ */
	bool alt = x->currency_alt[0] != 0;
	char flags[32];
	snprintf(flags, sizeof flags, "%s%s%s%s%s",
	         x->flags & ZHEN_QF_APPROX ? "approx" : "",
	         x->flags & ZHEN_QF_APPROX && x->flags & ZHEN_QF_RANGE ? "," : "",
	         x->flags & ZHEN_QF_RANGE ? "range" : "",
	         x->flags & ZHEN_QF_LATENT &&
	                 x->flags & (ZHEN_QF_APPROX | ZHEN_QF_RANGE) ? "," : "",
	         x->flags & ZHEN_QF_LATENT ? "latent" : "");
	printf("%zu\t%zu-%zu\t%s\t%s\t%s%s%s\t%s\t%.*s\n",
	       zhen_doc_line_of(doc, x->start), xs, xe,
	       zhen_qkind_name(x->kind), v, unit, alt ? " or " : "",
	       x->currency_alt, flags, (int)(x->end - x->start), b + x->start);
}

int cmd_numbers(zhen_ctx *ctx, const struct opts *o)
{
	zhen_convert_mode mode;
	const char *path;
	zhen_doc *doc;
	int status = EXIT_CLEAN;

	if (!(doc = cli_load_single(ctx, o, "numbers", true, (int)o->lang,
	                            &path)))
		return EXIT_TROUBLE;
	if (!cli_convert_mode(&mode, ctx, o, doc, path,
	                      o->lang == ZHEN_LANG_ZH)) {
		zhen_doc_free(doc);
		return EXIT_TROUBLE;
	}
	const char *b = zhen_doc_bytes(doc, NULL);
	for (size_t p = 0; p < zhen_doc_paragraph_count(doc); p++) {
		const zhen_paragraph *pa = zhen_doc_paragraph(doc, p);
		zhen_quantities *q = NULL;
		if ((o->latent ? zhen_numbers_extract_all
		               : zhen_numbers_extract)(&q, ctx, o->lang, mode,
		                                       b + pa->off, pa->len,
		                                       pa->off) < 0) {
			cli_err(cli_display_name(path), pa->line, "%s",
			        zhen_ctx_errmsg(ctx));
			status = EXIT_TROUBLE;
			break;
		}
		int rc = 0;
		if (o->format == FMT_JSON)
			rc = zhen_quantities_write_json(cli_write_stdout, NULL,
			                                q, doc);
		else
			for (size_t i = 0; i < zhen_quantities_count(q); i++)
				print_quantity(doc, zhen_quantities_get(q, i));
		zhen_quantities_free(q);
		if (rc == ZHEN_ENOMEM) {
			cli_err(cli_display_name(path), pa->line,
			        "out of memory");
			status = EXIT_TROUBLE;
			break;
		}
		if (rc != 0) /* the write failed */
			break;
	}
	zhen_doc_free(doc);
	if (!cli_flush_stdout())
		status = cli_stdout_failed("the numbers");
	return status;
}
