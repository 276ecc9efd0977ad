/* export.c: an alignment as a translation memory (TSV, TMX 1.4b). */
#include "report_internal.h"

#include <stdlib.h>
#include <string.h>

enum esc { ESC_TSV, ESC_XML };

/*
 * Append [s, s+len) to @p b escaped for @p how. Line ends and tabs become
 * spaces in both formats: a sentence that a hard-wrapped input split over
 * lines is still one segment, and a tab would end a TSV field. XML 1.0
 * cannot carry other C0 controls at all, not even escaped, so they are
 * dropped there (the document reader lets them through), as are the
 * noncharacters U+FFFE and U+FFFF.
 */
static void add_escaped(struct zhen__buf *b, const char *s, size_t len,
                        enum esc how)
{
	size_t run = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *rep = NULL;

		if (c == '\t' || c == '\n' || c == '\r')
			rep = " ";
		else if (how == ESC_XML && c < 0x20)
			rep = "";
		else if (how == ESC_XML && c == 0xEF && i + 2 < len &&
		         (unsigned char)s[i + 1] == 0xBF &&
		         ((unsigned char)s[i + 2] == 0xBE ||
		          (unsigned char)s[i + 2] == 0xBF)) {
			/* U+FFFE and U+FFFF are valid UTF-8 but not XML 1.0
			 * characters: a CAT tool would reject the whole file */
			zhen__buf_add(b, s + run, i - run);
			i += 2;
			run = i + 1;
			continue;
		}
		else if (how == ESC_XML && c == '&')
			rep = "&amp;";
		else if (how == ESC_XML && c == '<')
			rep = "&lt;";
		else if (how == ESC_XML && c == '>')
			rep = "&gt;";
		else if (how == ESC_XML && c == '"')
			rep = "&quot;";
		if (!rep)
			continue;
		zhen__buf_add(b, s + run, i - run);
		zhen__buf_str(b, rep);
		run = i + 1;
	}
	zhen__buf_add(b, s + run, len - run);
}

/*
 * The text of sentences [first, first+count) of one side, joined: by a
 * space in English, by nothing in Chinese, which writes no space between
 * sentences. @p conv converts the Chinese to Simplified (NONE: as
 * written).
 */
static int side_text(struct zhen__buf *b, zhen_ctx *ctx, const char *text,
                     const zhen_sentences *s, size_t first, size_t count,
                     bool zh, zhen_convert_mode conv, enum esc how)
{
	struct zhen__buf raw = { 0 };
	char *out = NULL;
	size_t outlen;
	int rc;

	for (size_t i = first; i < first + count && i < s->n; i++) {
		if (i > first && !zh)
			zhen__buf_add(&raw, " ", 1);
		zhen__buf_add(&raw, text + s->c[i].off, s->c[i].len);
	}
	if (raw.oom) {
		zhen__buf_free(&raw);
		return ZHEN_ENOMEM;
	}
	if (!zh || conv == ZHEN_CONVERT_NONE || !raw.len) {
		add_escaped(b, raw.p ? raw.p : "", raw.len, how);
		zhen__buf_free(&raw);
		return b->oom ? ZHEN_ENOMEM : 0;
	}
	rc = zhen_convert(&out, &outlen, ctx, conv, raw.p, raw.len);
	zhen__buf_free(&raw);
	if (rc < 0)
		return rc;
	add_escaped(b, out, outlen, how);
	zhen_free(out);
	return b->oom ? ZHEN_ENOMEM : 0;
}

static void tmx_head(struct zhen__buf *b, const char *zh_lang)
{
	/* TMX 1.4b requires every one of these header attributes; o-tmf
	 * names the format the memory came from, which is none. */
	zhen__buf_str(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	              "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
	              "<tmx version=\"1.4\">\n"
	              "  <header creationtool=\"zhen\" creationtoolversion=\"");
	add_escaped(b, zhen_version(), strlen(zhen_version()), ESC_XML);
	zhen__buf_str(b, "\" segtype=\"sentence\" o-tmf=\"none\" "
	              "adminlang=\"en\" srclang=\"");
	add_escaped(b, zh_lang, strlen(zh_lang), ESC_XML);
	zhen__buf_str(b, "\" datatype=\"plaintext\"/>\n  <body>\n");
}

int zhen_alignment_write(zhen_write_fn write, void *payload, zhen_ctx *ctx,
                         const zhen_alignment *a, const char *zh_text,
                         const zhen_sentences *zh, const char *en_text,
                         const zhen_sentences *en,
                         const zhen_export_options *opts)
{
	static const zhen_export_options defaults = ZHEN_EXPORT_OPTIONS_INIT;
	struct zhen__buf b = { 0 };
	zhen_convert_mode conv;
	const char *zh_lang;
	int rc = 0;

	if (!opts)
		opts = &defaults;
	if (!write || !a || !zh_text || !zh || !en_text || !en)
		return zhen__einval(ctx, __func__,
		                    !write ? "write is NULL" : !a ? "a is NULL"
		                    : !zh_text || !zh ? "zh_text or zh is NULL"
		                                      : "en_text or en is NULL");
	if (opts->version != ZHEN_EXPORT_OPTIONS_VERSION)
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "zhen_alignment_write: options version %u, "
		                  "expected %u", opts->version,
		                  ZHEN_EXPORT_OPTIONS_VERSION);
	conv = opts->zh_convert == ZHEN_CONVERT_AUTO ? ZHEN_CONVERT_NONE :
	       opts->zh_convert;
	/* tw2sp rewrites vocabulary (軟體→软件): a translation memory must
	 * hold the text the translator wrote, only in other characters. */
	if ((conv != ZHEN_CONVERT_NONE && conv != ZHEN_CONVERT_T2S &&
	     conv != ZHEN_CONVERT_TW2S && conv != ZHEN_CONVERT_HK2S) ||
	    (opts->format != ZHEN_EXPORT_TSV &&
	     opts->format != ZHEN_EXPORT_TMX))
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "zhen_alignment_write: unsupported format or "
		                  "conversion");
	if (conv != ZHEN_CONVERT_NONE && !ctx)
		return zhen__einval(ctx, __func__, "ctx is NULL, and converting "
		                    "needs its OpenCC");
	zh_lang = opts->zh_lang ? opts->zh_lang :
	          conv != ZHEN_CONVERT_NONE ? "zh-CN" : "zh";
	if (opts->format == ZHEN_EXPORT_TMX) {
		tmx_head(&b, zh_lang);
		if ((rc = zhen__report_emit(write, payload, &b)) != 0)
			goto out;
	}
	for (size_t t = 0; t < a->n; t++) {
		const zhen_bead bv = zhen__bead(a, t), *bd = &bv;

		if (bd->confidence < opts->min_confidence)
			continue;
		if (opts->format == ZHEN_EXPORT_TSV) {
			if ((rc = side_text(&b, ctx, zh_text, zh, bd->zh_first,
			                    bd->zh_count, true, conv,
			                    ESC_TSV)) < 0)
				goto out;
			zhen__buf_add(&b, "\t", 1);
			if ((rc = side_text(&b, ctx, en_text, en, bd->en_first,
			                    bd->en_count, false, conv,
			                    ESC_TSV)) < 0)
				goto out;
			zhen__buf_printf(&b, "\t%.3f\n", bd->confidence);
		} else {
			if (!bd->zh_count || !bd->en_count)
				continue;
			zhen__buf_printf(&b, "    <tu>\n      <prop type=\""
			                 "x-zhen-confidence\">%.3f</prop>\n"
			                 "      <tuv xml:lang=\"",
			                 bd->confidence);
			add_escaped(&b, zh_lang, strlen(zh_lang), ESC_XML);
			zhen__buf_str(&b, "\"><seg>");
			if ((rc = side_text(&b, ctx, zh_text, zh, bd->zh_first,
			                    bd->zh_count, true, conv,
			                    ESC_XML)) < 0)
				goto out;
			zhen__buf_str(&b, "</seg></tuv>\n      <tuv xml:lang="
			              "\"en\"><seg>");
			if ((rc = side_text(&b, ctx, en_text, en, bd->en_first,
			                    bd->en_count, false, conv,
			                    ESC_XML)) < 0)
				goto out;
			zhen__buf_str(&b, "</seg></tuv>\n    </tu>\n");
		}
		if ((rc = zhen__report_emit(write, payload, &b)) != 0)
			goto out;
	}
	if (opts->format == ZHEN_EXPORT_TMX) {
		zhen__buf_str(&b, "  </body>\n</tmx>\n");
		rc = zhen__report_emit(write, payload, &b);
	}
out:
	if (rc == ZHEN_ENOMEM)
		zhen__fail(ctx, rc, "zhen_alignment_write: out of memory");
	zhen__buf_free(&b);
	return rc;
}
