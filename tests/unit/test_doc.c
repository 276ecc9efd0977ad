/* test_doc.c: the read stage — validation, line ends, paragraphs. */
#include "internal.h"
#include "zhen_test.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Input and its paragraphs as "line:text" pieces joined by '|'. */
static const struct {
	const char *in;
	size_t len; /* 0: strlen */
	const char *want;
} reads[] = {
	{ "", 0, "" },
	{ "one", 0, "1:one" },
	{ "one\n", 0, "1:one" },
	{ "one\ntwo\n", 0, "1:one|2:two" },
	{ "one\r\ntwo\r\n", 0, "1:one|2:two" },
	{ "one\rtwo\r", 0, "1:one|2:two" },
	{ "one\r\n\r\ntwo", 0, "1:one|3:two" },
	{ "one\n\rtwo", 0, "1:one|3:two" },            /* LF then a lone CR */
	{ "one\r\rtwo", 0, "1:one|3:two" },
	{ "a\nb\r\nc\rd", 0, "1:a|2:b|3:c|4:d" },        /* mixed ends */
	{ "\n\n\nfour\n\n", 0, "4:four" },
	{ "  \t \none\n \t\n", 0, "2:one" },             /* blank lines */
	{ "\u3000\u3000\n\u00a0\nx", 0, "3:x" },         /* U+3000, NBSP only */
	{ "  padded  ", 0, "1:padded" },
	{ "\u3000\u3000段落。\u3000", 0, "1:段落。" },
	{ "\u00a0a b\u00a0", 0, "1:a b" },
	{ "\ta\tb\t\n", 0, "1:a\tb" },
	{ "\v\fx\f\v", 0, "1:x" },
	{ "\xEF\xBB\xBF", 0, "" },                       /* BOM only */
	{ "\xEF\xBB\xBFone\ntwo", 0, "1:one|2:two" },
	{ "\xEF\xBB\xBF\none", 0, "2:one" },
	{ "a\xEF\xBB\xBF", 0, "1:a\xEF\xBB\xBF" },       /* BOM mid-text stays */
	{ "華昌。\n\n陳明。", 0, "1:華昌。|3:陳明。" },
};

static size_t npieces(const char *w)
{
	size_t n = *w ? 1 : 0;
	for (; (w = strchr(w, '|')); w++)
		n++;
	return n;
}

START_TEST(doc_read_table)
{
	const char *in = reads[_i].in;
	size_t len = reads[_i].len ? reads[_i].len : strlen(in), blen;
	zhen_ctx *ctx;
	zhen_doc *doc;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, in, len), 0);
	const char *bytes = zhen_doc_bytes(doc, &blen);
	/* The bytes are a copy, BOM included. */
	ck_assert_uint_eq(blen, len);
	ck_assert_ptr_ne(bytes, in);
	ck_assert(!memcmp(bytes, in, len));
	ck_assert_uint_eq(zhen_doc_paragraph_count(doc),
	                  npieces(reads[_i].want));
	const char *w = reads[_i].want;
	for (size_t i = 0; i < zhen_doc_paragraph_count(doc); i++) {
		const zhen_paragraph *p = zhen_doc_paragraph(doc, i);
		char *end;
		size_t line = strtoul(w, &end, 10);
		const char *t = end + 1, *bar = strchr(t, '|');
		size_t tl = bar ? (size_t)(bar - t) : strlen(t);
		ck_assert_msg(p->line == line, "case %d para %zu: line %zu, want %zu",
		              _i, i, p->line, line);
		ck_assert_msg(p->len == tl && !memcmp(bytes + p->off, t, tl),
		              "case %d para %zu: [%.*s]", _i, i, (int)p->len,
		              bytes + p->off);
		/* The paragraph lies on the line it names. */
		ck_assert_uint_eq(zhen_doc_line_of(doc, p->off), line);
		ck_assert_uint_eq(zhen_doc_line_of(doc, p->off + p->len - 1), line);
		w = bar ? bar + 1 : t + tl;
	}
	ck_assert_ptr_null(zhen_doc_paragraph(doc, zhen_doc_paragraph_count(doc)));
	zhen_doc_free(doc);
	zhen_ctx_free(ctx);
}
END_TEST

/* Offsets count the BOM: they point into the user's bytes. */
START_TEST(doc_bom_offsets)
{
	static const char in[] = "\xEF\xBB\xBF華昌\n  34億元";
	zhen_ctx *ctx;
	zhen_doc *doc;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, in, sizeof in - 1), 0);
	ck_assert_uint_eq(zhen_doc_paragraph_count(doc), 2);
	ck_assert_uint_eq(zhen_doc_paragraph(doc, 0)->off, 3);
	ck_assert_uint_eq(zhen_doc_paragraph(doc, 0)->len, 6);
	ck_assert_uint_eq(zhen_doc_paragraph(doc, 1)->off, 3 + 6 + 1 + 2);
	ck_assert_uint_eq(zhen_doc_paragraph(doc, 1)->len, strlen("34億元"));
	ck_assert_uint_eq(zhen_doc_line_of(doc, 0), 1);
	ck_assert_uint_eq(zhen_doc_line_of(doc, 2), 1);
	zhen_doc_free(doc);
	zhen_ctx_free(ctx);
}
END_TEST

/* zhen_doc_line_of for every byte of a document with all three ends. */
START_TEST(doc_line_of)
{
	static const char in[] = "ab\r\ncd\ref\n\ngh";
	/*                        0123 4567 89 0 1 2 */
	static const size_t want[] = { 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 5, 5 };
	zhen_ctx *ctx;
	zhen_doc *doc;

	ck_assert_uint_eq(sizeof want / sizeof *want, sizeof in - 1);
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, in, sizeof in - 1), 0);
	for (size_t i = 0; i < sizeof in - 1; i++)
		ck_assert_msg(zhen_doc_line_of(doc, i) == want[i],
		              "byte %zu: line %zu, want %zu", i,
		              zhen_doc_line_of(doc, i), want[i]);
	/* Past the end stays on the last line. */
	ck_assert_uint_eq(zhen_doc_line_of(doc, 1000), 5);
	ck_assert_uint_eq(zhen_doc_paragraph(doc, 3)->line, 5);
	zhen_doc_free(doc);

	ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, "", 0), 0);
	ck_assert_uint_eq(zhen_doc_line_of(doc, 0), 1);
	zhen_doc_free(doc);
	zhen_ctx_free(ctx);
}
END_TEST

/* Bad input: the exact byte and line of the first offence. */
static const struct {
	const char *in;
	size_t len, byte, line;
} bad[] = {
	{ "\x80", 1, 0, 1 },                        /* lone continuation */
	{ "ab\x80" "cd", 5, 2, 1 },
	{ "ok\n\xC0\x80", 5, 3, 2 },                /* overlong NUL */
	{ "ok\r\nok\n\xE0\x80\x80", 10, 7, 3 },     /* overlong 3-byte */
	{ "x\xED\xA0\x80y", 5, 1, 1 },              /* surrogate D800 */
	{ "華昌\xE9", 7, 6, 1 },                    /* truncated at the end */
	{ "華昌\n\xE9\x80", 9, 7, 2 },              /* truncated, 2 of 3 */
	{ "\xE9" "ab", 3, 0, 1 },                   /* lead byte then ASCII */
	{ "a\xF4\x90\x80\x80", 5, 1, 1 },           /* above U+10FFFF */
	{ "a\xF8\x88\x80\x80\x80", 6, 1, 1 },       /* 5-byte form */
	{ "\xFF", 1, 0, 1 },
	{ "a\rb\rc\xFE", 6, 5, 3 },                 /* CR ends count */
	{ "one\ntwo\0three", 13, 7, 2 },            /* NUL */
	{ "\0", 1, 0, 1 },
	{ "PK\x03\x04", 4, 2, 1 },                  /* zip header */
	{ "ok\x1B[31m", 7, 2, 1 },                  /* ESC */
	{ "a\x7F", 2, 1, 1 },                       /* DEL */
	{ "\xEF\xBB\xBF\x01", 4, 3, 1 },            /* after a BOM */
};

START_TEST(doc_invalid)
{
	zhen_ctx *ctx;
	zhen_doc *doc = (zhen_doc *)1;
	size_t line = 99, byte = 99, off = 99;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, bad[_i].in, bad[_i].len),
	                 ZHEN_EINPUT);
	ck_assert_ptr_null(doc);
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_msg(byte == bad[_i].byte && line == bad[_i].line,
	              "case %d: line %zu byte %zu, want %zu %zu", _i, line, byte,
	              bad[_i].line, bad[_i].byte);
	/* The message names the byte. */
	char at[32];
	snprintf(at, sizeof at, "byte %zu", bad[_i].byte);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), at));
	/* The standalone check agrees. */
	ck_assert_int_eq(zhen_utf8_check(bad[_i].in, bad[_i].len, &off),
	                 ZHEN_EINPUT);
	ck_assert_uint_eq(off, bad[_i].byte);
	zhen_ctx_free(ctx);
}
END_TEST

/* Valid text of every UTF-8 length passes, including noncharacters and the
 * highest code point; TAB, VT, FF, CR, LF are text, not binary. */
START_TEST(doc_valid_edges)
{
	static const char *const ok[] = {
		"a\xC2\x80z",                 /* U+0080 */
		"\xDF\xBF",                   /* U+07FF */
		"\xE0\xA0\x80",               /* U+0800 */
		"\xED\x9F\xBF",               /* U+D7FF */
		"\xEE\x80\x80",               /* U+E000 */
		"\xEF\xBF\xBE",               /* U+FFFE */
		"\xF0\x90\x80\x80",           /* U+10000 */
		"\xF4\x8F\xBF\xBF",           /* U+10FFFF */
		"\t\v\f\r\n",
		"𠀀字",
	};
	zhen_ctx *ctx;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		zhen_doc *doc;
		size_t off = 99;
		ck_assert_int_eq(zhen_utf8_check(ok[i], strlen(ok[i]), &off), 0);
		ck_assert_uint_eq(off, 0);
		ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, ok[i],
		                                     strlen(ok[i])), 0);
		zhen_doc_free(doc);
	}
	ck_assert_int_eq(zhen_utf8_check("", 0, NULL), 0);
	ck_assert_int_eq(zhen_utf8_check("\x80", 1, NULL), ZHEN_EINPUT);
	zhen_ctx_free(ctx);
}
END_TEST

/* A failed read after a good one leaves no half-built document and a
 * later good read still works on the same context. */
START_TEST(doc_error_then_ok)
{
	zhen_ctx *ctx;
	zhen_doc *doc;
	size_t line, byte;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, "a\nb\xC0", 4),
	                 ZHEN_EINPUT);
	ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, "a\nb", 3), 0);
	ck_assert_uint_eq(zhen_doc_paragraph_count(doc), 2);
	zhen_doc_free(doc);
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_uint_eq(line, 2);
	ck_assert_uint_eq(byte, 3);
	zhen_doc_free(NULL);
	zhen_ctx_free(ctx);
}
END_TEST

/* Many lines: the paragraph and line tables grow. */
START_TEST(doc_many_lines)
{
	struct zhen__buf b = { 0 };
	zhen_ctx *ctx;
	zhen_doc *doc;

	for (int i = 0; i < 5000; i++)
		zhen__buf_str(&b, i % 3 ? "華昌虧損34億元。\r\n" : "\u3000\n");
	ck_assert(!b.oom);
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, b.p, b.len), 0);
	ck_assert_uint_eq(zhen_doc_paragraph_count(doc), 3333);
	const zhen_paragraph *last = zhen_doc_paragraph(doc, 3332);
	ck_assert_uint_eq(last->line, 5000);
	ck_assert_uint_eq(zhen_doc_line_of(doc, last->off), 5000);
	ck_assert_uint_eq(zhen_doc_line_of(doc, b.len - 1), 5000);
	zhen_doc_free(doc);
	zhen__buf_free(&b);
	zhen_ctx_free(ctx);
}
END_TEST


/* ---- encodings (encoding.c) ---- */

#include "encoding.h"

/* Input bytes in some encoding; the paragraphs expected (UTF-8, '|'
 * between), the encoding reported, and the source span of the first
 * paragraph in the input. */
static const struct {
	const char *in;
	size_t len;
	const char *enc; /* option: NULL detects */
	const char *want;
	const char *name;
	size_t s, e;
} decodes[] = {
	/* UTF-16LE/BE with BOM: 營收34 */
	{ "\xFF\xFE\xDF\x71\x36\x65\x33\x00\x34\x00", 10, NULL, "營收34",
	  "UTF-16LE", 2, 10 },
	{ "\xFE\xFF\x71\xDF\x65\x36\x00\x33\x00\x34", 10, NULL, "營收34",
	  "UTF-16BE", 2, 10 },
	/* UTF-16 lines: a\r\nb */
	{ "\xFF\xFE" "a\0\r\0\n\0b\0", 10, NULL, "a|b", "UTF-16LE", 2, 4 },
	/* UTF-32LE with BOM */
	{ "\xFF\xFE\0\0" "a\0\0\0", 8, NULL, "a", "UTF-32LE", 4, 8 },
	/* a surrogate pair in UTF-16: U+1F600 */
	{ "\xFF\xFE\x3D\xD8\x00\xDE", 6, NULL, "\xF0\x9F\x98\x80", "UTF-16LE",
	  2, 6 },
	/* declared Big5: 營收34億元 */
	{ "\xC0\xE7\xA6\xAC" "34" "\xBB\xF5\xA4\xB8", 10, "Big5", "營收34億元",
	  "Big5", 0, 10 },
	/* declared GB18030, with a four-byte sequence (U+20000) */
	{ "\xD3\xAA\x95\x32\x82\x36", 6, "GB18030", "营\xF0\xA0\x80\x80",
	  "GB18030", 0, 6 },
	/* declared UTF-8 with BOM: identity, BOM kept before the paragraph */
	{ "\xEF\xBB\xBF" "ab", 5, "utf-8", "ab", "UTF-8", 3, 5 },
	/* declared UTF-16LE, leading spaces trimmed */
	{ " \0x\0", 4, "UTF-16LE", "x", "UTF-16LE", 2, 4 },
	/* declared windows-1252: curly quotes */
	{ "\x93Hi\x94", 4, "windows-1252", "\u201cHi\u201d", "windows-1252", 0, 4 },
};

START_TEST(doc_decode_table)
{
	zhen_doc_options o = ZHEN_DOC_OPTIONS_INIT;
	zhen_ctx *ctx;
	zhen_doc *doc = NULL;
	size_t s = 99, e = 99;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	o.encoding = decodes[_i].enc;
	ck_assert_msg(zhen_doc_read(&doc, ctx, decodes[_i].in, decodes[_i].len,
	                            &o) == 0, "case %d: %s", _i,
	              zhen_ctx_errmsg(ctx));
	ck_assert_str_eq(zhen_doc_encoding(doc), decodes[_i].name);
	const char *b = zhen_doc_bytes(doc, NULL);
	char got[256] = "";
	for (size_t i = 0; i < zhen_doc_paragraph_count(doc); i++) {
		const zhen_paragraph *p = zhen_doc_paragraph(doc, i);
		if (i)
			strcat(got, "|");
		strncat(got, b + p->off, p->len);
	}
	ck_assert_str_eq(got, decodes[_i].want);
	const zhen_paragraph *p0 = zhen_doc_paragraph(doc, 0);
	zhen_doc_source_span(doc, p0->off, p0->off + p0->len, &s, &e);
	ck_assert_msg(s == decodes[_i].s && e == decodes[_i].e,
	              "case %d: source [%zu, %zu), want [%zu, %zu)", _i, s, e,
	              decodes[_i].s, decodes[_i].e);
	zhen_doc_free(doc);
	zhen_ctx_free(ctx);
}
END_TEST

/* Bytes that are not text in the encoding: the error names the byte of
 * the input and its line. */
static const struct {
	const char *in;
	size_t len;
	const char *enc;
	int rc;
	size_t line, byte;
	const char *msg; /* a substring of the message */
} undecodable[] = {
	/* Big5 FF FF: ICU maps it to private use even in stop mode */
	{ "a\n\xA4\xA4\xFF\xFF", 6, "Big5", ZHEN_EINPUT, 2, 4,
	  "undefined bytes in Big5 at byte 4 (0xFF)" },
	/* Big5 user-defined area (FA40…): private use too */
	{ "\xA4\xA4\xFA\x40", 4, "Big5", ZHEN_EINPUT, 1, 2, "undefined bytes" },
	/* windows-950 passes 0x80 through as a C1 control */
	{ "\xA4\xA4\x80", 3, "Big5", ZHEN_EINPUT, 1, 2, "undefined bytes" },
	/* truncated lead byte at the end */
	{ "a\r\n\r\xA4", 5, "Big5", ZHEN_EINPUT, 3, 4, "truncated character in Big5" },
	{ "\xD3\xAA\x81\x0A", 4, "GB18030", ZHEN_EINPUT, 1, 2, "invalid GB18030 at byte 2" },
	/* UTF-16: an unpaired surrogate, an odd length, a NUL */
	{ "\xFF\xFE" "a\0\x3D\xD8" "b\0", 8, NULL, ZHEN_EINPUT, 1, 4, "UTF-16LE at byte 4" },
	{ "\xFF\xFE" "a\0b", 5, NULL, ZHEN_EINPUT, 1, 4, "truncated" },
	{ "\xFF\xFE" "a\0\n\0\0\0", 8, NULL, ZHEN_EINPUT, 2, 6, "NUL character" },
	/* not UTF-8, and too short for the detector */
	{ "\xC0\xE7\xA6\xAC", 4, NULL, ZHEN_EINPUT, 1, 0, "--encoding" },
	{ "ok\n\xE9" "t\xE9", 6, NULL, ZHEN_EINPUT, 2, 3, "invalid UTF-8 at byte 3" },
	/* mostly UTF-8 with one broken byte: reported as UTF-8 */
	{ "營收營收營收營收\xFF", 25, NULL, ZHEN_EINPUT, 1, 24, "invalid UTF-8 at byte 24" },
	{ "x", 1, "no-such-encoding", ZHEN_EUSAGE, 0, 0, "unknown encoding" },
};

START_TEST(doc_undecodable)
{
	zhen_doc_options o = ZHEN_DOC_OPTIONS_INIT;
	zhen_ctx *ctx;
	zhen_doc *doc = (zhen_doc *)1;
	size_t line = 99, byte = 99;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	o.encoding = undecodable[_i].enc;
	ck_assert_int_eq(zhen_doc_read(&doc, ctx, undecodable[_i].in,
	                               undecodable[_i].len, &o),
	                 undecodable[_i].rc);
	ck_assert_ptr_null(doc);
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_msg(strstr(zhen_ctx_errmsg(ctx), undecodable[_i].msg),
	              "case %d: %s", _i, zhen_ctx_errmsg(ctx));
	ck_assert_msg(line == undecodable[_i].line && byte == undecodable[_i].byte,
	              "case %d: line %zu byte %zu (%s)", _i, line, byte,
	              zhen_ctx_errmsg(ctx));
	zhen_ctx_free(ctx);
}
END_TEST

/* One line of Big5, which the detector recognises twice over:
 * 瀚昇電子公布財報，全年營收達新台幣1,250億元，年增21％。 */
static const char big5[] =
	"\xC2\x6C\xAA\x4E\xB9\x71\xA4\x6C\xA4\xBD\xA5\xAC\xB0\x5D\xB3\xF8"
	"\xA1\x41\xA5\xFE\xA6\x7E\xC0\xE7\xA6\xAC\xB9\x46\xB7\x73\xA5\x78"
	"\xB9\xF4\x31\x2C\x32\x35\x30\xBB\xF5\xA4\xB8\xA1\x41\xA6\x7E\xBC"
	"\x57\x32\x31\xA2\x48\xA1\x43\n";

/* The detector decides only with confidence: a few lines of Big5 and of
 * GB18030 are recognised. */
START_TEST(doc_detect_legacy)
{
	static const char *const enc[] = { "Big5", "GB18030" };
	zhen_ctx *ctx;
	zhen_doc *doc;
	struct zhen__buf b = { 0 };

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	zhen__buf_str(&b, big5);
	zhen__buf_str(&b, big5);
	ck_assert_int_eq(zhen_doc_read(&doc, ctx, b.p, b.len, NULL), 0);
	ck_assert_str_eq(zhen_doc_encoding(doc), enc[0]);
	ck_assert_uint_eq(zhen_doc_paragraph_count(doc), 2);
	const char *t = zhen_doc_bytes(doc, NULL);
	ck_assert(strstr(t, "營收達新台幣1,250億元") != NULL);
	/* line 2 starts at the second copy's first byte */
	const zhen_paragraph *p = zhen_doc_paragraph(doc, 1);
	size_t s, e;
	zhen_doc_source_span(doc, p->off, p->off + p->len, &s, &e);
	ck_assert_uint_eq(s, strlen(big5));
	ck_assert_uint_eq(e, 2 * strlen(big5) - 1);
	ck_assert_uint_eq(zhen_doc_line_of(doc, p->off), 2);
	zhen_doc_free(doc);
	zhen__buf_free(&b);
	zhen_ctx_free(ctx);
}
END_TEST

/* The offset map: runs join, and starts and ends map inside them. */
START_TEST(omap_runs)
{
	struct zhen__omap m = { 0 };
	/* "a" (1→1), 營收 (3→2 each), "b" (1→2: UTF-16) */
	zhen__omap_add(&m, 0, 0, 1, 1);
	zhen__omap_add(&m, 1, 1, 3, 2);
	zhen__omap_add(&m, 4, 3, 3, 2);
	zhen__omap_add(&m, 7, 5, 1, 2);
	ck_assert_uint_eq(m.n, 3); /* the two Han characters share a run */
	ck_assert_uint_eq(zhen__omap_start(&m, 0), 0);
	ck_assert_uint_eq(zhen__omap_start(&m, 1), 1);
	ck_assert_uint_eq(zhen__omap_start(&m, 2), 1); /* inside 營 */
	ck_assert_uint_eq(zhen__omap_start(&m, 4), 3);
	ck_assert_uint_eq(zhen__omap_start(&m, 7), 5);
	ck_assert_uint_eq(zhen__omap_start(&m, 8), 7); /* the end */
	ck_assert_uint_eq(zhen__omap_end(&m, 0), 0);
	ck_assert_uint_eq(zhen__omap_end(&m, 1), 1);
	ck_assert_uint_eq(zhen__omap_end(&m, 4), 3);
	ck_assert_uint_eq(zhen__omap_end(&m, 7), 5);
	ck_assert_uint_eq(zhen__omap_end(&m, 8), 7);
	/* a gap in the source (a removed line break) starts a new run */
	zhen__omap_add_bytes(&m, 8, 9, 3);
	zhen__omap_add_bytes(&m, 11, 12, 2);
	ck_assert_uint_eq(m.n, 4);
	ck_assert_uint_eq(zhen__omap_end(&m, 8), 7);
	ck_assert_uint_eq(zhen__omap_start(&m, 8), 9);
	ck_assert_uint_eq(zhen__omap_start(&m, 12), 13);
	ck_assert_uint_eq(zhen__omap_end(&m, 13), 14);
	zhen__omap_free(&m);
}
END_TEST

/* --paragraphs=blank: lines up to a blank line, joined per language;
 * (text, lang, paragraphs '|'-joined, first paragraph's lines). */
static const struct {
	const char *in;
	int lang;
	const char *want;
} blanks[] = {
	{ "Revenue was\nRMB 3.4\nbillion.\n\nNext.\n", ZHEN_LANG_EN,
	  "Revenue was RMB 3.4 billion.|Next." },
	{ "營收為34\n億元，年\n增21%。\n\n下段。", ZHEN_LANG_ZH,
	  "營收為34億元，年增21%。|下段。" },
	/* a Chinese wrapper may cut a decimal */
	{ "虧損3.\n4億元", ZHEN_LANG_ZH, "虧損3.4億元" },
	{ "虧損12\n34萬元", ZHEN_LANG_ZH, "虧損1234萬元" },
	/* English words inside Chinese keep their space */
	{ "使用Open\nSource和AI\n模型", ZHEN_LANG_ZH, "使用Open Source和AI模型" },
	/* English: a word broken at its hyphen */
	{ "twenty-\nfive percent", ZHEN_LANG_EN, "twenty-five percent" },
	{ "up 5 -\n10 percent", ZHEN_LANG_EN, "up 5 - 10 percent" },
	/* unknown language: decided by the characters at the break */
	{ "營收\n34億\nRevenue\nrose", -1, "營收34億Revenue rose" },
	/* CRLF, CR, indentation and trailing spaces are not content */
	{ "  one  \r\n  two\r\r\n\r\nthree\rfour", ZHEN_LANG_EN,
	  "one two|three four" },
	{ "\n\n\n", ZHEN_LANG_EN, "" },
	{ "\u3000\u3000第一段\n第二行\n\u3000\n第二段", ZHEN_LANG_ZH,
	  "第一段第二行|第二段" },
};

START_TEST(doc_blank_table)
{
	zhen_doc_options o = ZHEN_DOC_OPTIONS_INIT;
	zhen_ctx *ctx;
	zhen_doc *doc;
	const char *in = blanks[_i].in;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	o.paragraphs = ZHEN_PARAGRAPHS_BLANK;
	o.lang = blanks[_i].lang;
	ck_assert_int_eq(zhen_doc_read(&doc, ctx, in, strlen(in), &o), 0);
	const char *b = zhen_doc_bytes(doc, NULL);
	char got[256] = "";
	for (size_t i = 0; i < zhen_doc_paragraph_count(doc); i++) {
		const zhen_paragraph *p = zhen_doc_paragraph(doc, i);
		if (i)
			strcat(got, "|");
		strncat(got, b + p->off, p->len);
		/* Every byte of the joined text maps back to a source byte
		 * that is the same character, except the joining spaces. */
		for (size_t k = p->off; k < p->off + p->len; k++) {
			size_t s, e;
			zhen_doc_source_span(doc, k, k + 1, &s, &e);
			ck_assert(s < strlen(in) && e <= strlen(in) && s <= e);
			if (b[k] != ' ' && ((unsigned char)b[k] & 0xC0) != 0x80) {
				size_t n = zhen__utf8_len((unsigned char)b[k]);
				ck_assert_msg(!memcmp(in + s, b + k, n),
				              "case %d: byte %zu maps to %zu", _i, k, s);
			}
		}
		/* The paragraph's line is where it starts in the source. */
		ck_assert_uint_eq(zhen_doc_line_of(doc, p->off), p->line);
	}
	ck_assert_str_eq(got, blanks[_i].want);
	zhen_doc_free(doc);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- lines that stream (lines.c) ---- */

/* Input, the encoding asked for (NULL: detect) and the lines as
 * "number@start:text" joined by '|'; a decoded line shows where it ends,
 * "number@start-end:text", and a line that cannot be read
 * "number@start!error". */
static const struct {
	const char *enc;
	const char *in;
	size_t len; /* 0: strlen */
	const char *want;
} streams[] = {
	{ NULL, "", 0, "" },
	{ NULL, "\n", 0, "1@0:" },
	{ NULL, "\xEF\xBB\xBF" "a\tb\r\nc\rd\n\ne", 0,
	  "1@3:a\tb|2@8:c|3@10:d|4@12:|5@13:e" },
	{ "UTF-8", "\xEF\xBB\xBFx\r", 0, "1@3:x" },
	{ NULL, "a\r\n\r\nb\n", 0, "1@0:a|2@3:|3@5:b" },
	{ NULL, "ok\nx\xE9y\nz\n", 0,
	  "1@0:ok|2@3!invalid UTF-8 at byte 4 (0xE9)|3@7:z" },
	{ NULL, "a\tb\nc\0d\n", 8,
	  "1@0:a\tb|2@4!NUL byte (binary file?) at byte 5 (0x00)" },
	{ NULL, "\xEF\xBB", 0, "1@0!invalid UTF-8 at byte 0 (0xEF)" },
	/* UTF-16 with a BOM, as Excel saves "Unicode text": a\n中\r\n */
	{ NULL, "\xFF\xFE" "a\0\n\0\x2D\x4E\r\0\n\0", 12, "1@2-4:a|2@6-8:中" },
	{ NULL, "\xFE\xFF" "\0a\0\n\x4E\x2D", 8, "1@2-4:a|2@6-8:中" },
	{ "UTF-16LE", "a\0\t\0b\0", 6, "1@0-6:a\tb" },
	/* GB18030: 中 is D6 D0; a lone lead byte is that line's error, and
	 * the next line reads */
	{ "GB18030", "\xD6\xD0\n\x81\nx", 0,
	  "1@0-2:中|2@3!invalid GB18030 at byte 3 (0x81)|3@5-6:x" },
	/* a four-byte sequence broken at its last byte: the bad byte is its
	 * first, whichever piece the rest came in, and 3, D4 52 still read */
	{ "GB18030", "ab\x83\x33\xD4\x52" "cd\n", 0,
	  "1@0!invalid GB18030 at byte 2 (0x83)" },
	{ "gb18030", "x\n\xD6", 0,
	  "1@0-1:x|2@2!truncated character in gb18030 at byte 2 (0xD6)" },
	{ "Big5", "a\tb\x01\n", 0,
	  "1@0!control character (binary file?) in Big5 at byte 3 (0x01)" },
	/* a surrogate with no partner */
	{ NULL, "\xFF\xFE\x00\xD8" "a\0\n\0b\0", 10,
	  "1@2!invalid UTF-16LE at byte 2 (0x00 0xD8)|2@8-10:b" },
};

/* The lines of @p in, fed in pieces of @p piece bytes, rendered as the
 * table above says. */
static void render_stream(char *out, size_t cap, const char *enc,
                          const char *in, size_t len, size_t piece)
{
	zhen_ctx *ctx;
	zhen_lines *r;
	zhen_line ln;
	size_t w = 0;
	int rc = 0;

	out[0] = 0;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_lines_new(&r, ctx, enc), 0);
	for (size_t at = 0; rc >= 0;) {
		size_t n = len - at < piece ? len - at : piece;
		ck_assert_int_eq(zhen_lines_feed(r, in + at, n), 0);
		at += n;
		while ((rc = zhen_lines_next(r, &ln)) > 0 && w < cap) {
			w += (size_t)snprintf(out + w, cap - w, "%s%zu@%zu",
			                      w ? "|" : "", ln.number, ln.start);
			if (ln.error)
				w += (size_t)snprintf(out + w, cap - w, "!%s",
				                      ln.error);
			else if (ln.src)
				w += (size_t)snprintf(out + w, cap - w,
				                      "-%zu:%.*s", ln.src[ln.len],
				                      (int)ln.len, ln.text);
			else
				w += (size_t)snprintf(out + w, cap - w, ":%.*s",
				                      (int)ln.len, ln.text);
		}
		ck_assert_int_ge(rc, 0);
		if (!n)
			break;
	}
	zhen_lines_free(r);
	zhen_ctx_free(ctx);
}

/* Every piece size gives the same lines: a character, a CRLF or a BOM cut
 * by the end of a piece is completed by the next. */
START_TEST(lines_table)
{
	static const size_t pieces[] = { 1, 2, 3, 5, 64, 1 << 20 };
	const char *in = streams[_i].in;
	size_t len = streams[_i].len ? streams[_i].len : strlen(in);
	char got[512];

	for (size_t k = 0; k < sizeof pieces / sizeof *pieces; k++) {
		render_stream(got, sizeof got, streams[_i].enc, in, len,
		              pieces[k]);
		ck_assert_msg(!strcmp(got, streams[_i].want),
		              "case %d, pieces of %zu: got '%s', want '%s'", _i,
		              pieces[k], got, streams[_i].want);
	}
}
END_TEST

/* A decoded line's offsets lead back to the bytes of each character;
 * the encoding is told once chosen. */
START_TEST(lines_src)
{
	/* FF FE, then 增2 in UTF-16LE: 增 at 2..4, "2" at 4..6 */
	static const char in[] = "\xFF\xFE\x9E\x58" "2\0";
	static const size_t want[] = { 2, 2, 2, 4, 6 };
	zhen_ctx *ctx;
	zhen_lines *r;
	zhen_line ln;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_lines_new(&r, ctx, NULL), 0);
	ck_assert_str_eq(zhen_lines_encoding(r), "");
	ck_assert_int_eq(zhen_lines_feed(r, in, 6), 0);
	/* a detector waits for 64 KiB or the end */
	ck_assert_int_eq(zhen_lines_next(r, &ln), 0);
	ck_assert_int_eq(zhen_lines_feed(r, NULL, 0), 0);
	ck_assert_int_eq(zhen_lines_next(r, &ln), 1);
	ck_assert_str_eq(zhen_lines_encoding(r), "UTF-16LE");
	ck_assert_uint_eq(ln.len, 4);
	ck_assert(!memcmp(ln.text, "增2", 4));
	for (size_t i = 0; i <= ln.len; i++)
		ck_assert_uint_eq(ln.src[i], want[i]);
	ck_assert_int_eq(zhen_lines_next(r, &ln), 0);
	zhen_lines_free(r);
	zhen_ctx_free(ctx);
}
END_TEST

/* Detection reads what document mode reads: a few lines of Big5; an
 * unknown name is refused at once. */
START_TEST(lines_detect)
{
	zhen_ctx *ctx;
	zhen_lines *r;
	zhen_line ln;
	size_t n = 0;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_lines_new(&r, ctx, "no-such-encoding"),
	                 ZHEN_EUSAGE);
	ck_assert(strstr(zhen_ctx_errmsg(ctx), "no-such-encoding") != NULL);
	ck_assert_int_eq(zhen_lines_new(&r, ctx, NULL), 0);
	ck_assert_int_eq(zhen_lines_feed(r, big5, strlen(big5)), 0);
	ck_assert_int_eq(zhen_lines_feed(r, big5, strlen(big5)), 0);
	ck_assert_int_eq(zhen_lines_feed(r, "", 0), 0);
	while (zhen_lines_next(r, &ln) > 0) {
		ck_assert_ptr_null(ln.error);
		ck_assert_uint_eq(ln.start, n * strlen(big5));
		ck_assert_uint_eq(ln.src[ln.len], (n + 1) * strlen(big5) - 1);
		n++;
	}
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(zhen_lines_encoding(r), "Big5");
	zhen_lines_free(r);
	zhen_ctx_free(ctx);
}
END_TEST

/* Memory follows the lines, not the input: a long run of lines fed in
 * pieces, each line taken before the next piece, all read. */
START_TEST(lines_many)
{
	zhen_ctx *ctx;
	zhen_lines *r;
	zhen_line ln;
	char piece[4096];
	size_t lines = 0, fed = 0;

	for (size_t i = 0; i < sizeof piece; i++)
		piece[i] = i % 64 == 63 ? '\n' : (char)('a' + i % 26);
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_lines_new(&r, ctx, "UTF-16LE"), 0);
	zhen_lines_free(r);
	ck_assert_int_eq(zhen_lines_new(&r, ctx, NULL), 0);
	for (int k = 0; k < 1000; k++) {
		ck_assert_int_eq(zhen_lines_feed(r, piece, sizeof piece), 0);
		fed += sizeof piece;
		while (zhen_lines_next(r, &ln) > 0) {
			ck_assert_uint_eq(ln.len, 63);
			ck_assert_uint_eq(ln.start, lines * 64);
			lines++;
		}
	}
	ck_assert_int_eq(zhen_lines_feed(r, NULL, 0), 0);
	while (zhen_lines_next(r, &ln) > 0)
		lines++;
	ck_assert_uint_eq(lines, fed / 64);
	zhen_lines_free(r);
	zhen_ctx_free(ctx);
}
END_TEST

/* A line past ZHEN_LINES_MAX stops the reader with an error, in memory
 * that never holds more than it: an endless line (/dev/zero) must end.
 * Loop: 0 UTF-8, 1 UTF-16LE (decoded through ICU). */
START_TEST(lines_too_long)
{
	static const char *const enc[] = { NULL, "UTF-16LE" };
	size_t unit = _i ? 2 : 1, fed = 0, got = 0;
	zhen_ctx *ctx;
	zhen_lines *r;
	zhen_line ln;
	char piece[1 << 16];

	/* x... without end */
	memset(piece, 0, sizeof piece);
	for (size_t i = 0; i < sizeof piece; i += unit)
		piece[i] = 'x';
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_lines_new(&r, ctx, enc[_i]), 0);
	while (!zhen_lines_done(r) && fed < ZHEN_LINES_MAX * 4) {
		ck_assert_int_eq(zhen_lines_feed(r, piece, sizeof piece), 0);
		fed += sizeof piece;
		while (zhen_lines_next(r, &ln) > 0) {
			got++;
			ck_assert_ptr_nonnull(ln.error);
			ck_assert_ptr_nonnull(strstr(ln.error, "longer than"));
			ck_assert_uint_eq(ln.len, ZHEN_LINES_MAX);
			ck_assert_uint_eq(ln.number, 1);
		}
	}
	ck_assert_uint_eq(got, 1);
	ck_assert_int_ne(zhen_lines_done(r), 0);
	/* stopped well before a second line's worth was fed */
	ck_assert_uint_lt(fed, ZHEN_LINES_MAX * unit + 2 * sizeof piece);
	ck_assert_int_eq(zhen_lines_next(r, &ln), 0);
	zhen_lines_free(r);
	zhen_ctx_free(ctx);
}
END_TEST

/* zhen_doc_letters() reads ASCII and U+4000-9FFF on fast paths: its
 * counts must be those of a walk that decodes, folds and asks
 * zhen__is_ideograph() of every code point. */
static void letters_slow(size_t *han, size_t *latin, const char *s,
                         size_t len)
{
	size_t i = 0;

	*han = *latin = 0;
	while (i < len) {
		int32_t cp = zhen__fold_cp(zhen__utf8_next(s, len, &i));

		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			++*latin;
		else if (cp >= 0x2E80 && zhen__is_ideograph(cp))
			++*han;
	}
}

START_TEST(doc_letters_paths)
{
	/* ASCII edges of the letter ranges (@ [ ` {), full-width letters,
	 * U+3007 and U+3021 (Ideographic), kana, Extension A at U+4000 and
	 * U+4DB5, U+4DC0 (a hexagram, no ideograph), U+4E00, U+9FA5 and
	 * U+9FFF, a compatibility ideograph, Extension B, Latin-1 */
	static const char text[] =
		"@AZ[`az{09 \xEF\xBC\xA1\xEF\xBD\x9A \xE3\x80\x87\xE3\x80\xA1"
		"\xE3\x81\x82 \xE4\x80\x80\xE4\xB6\xB5\xE4\xB7\x80 \xE4\xB8\x80"
		"\xE9\xBE\xA5\xE9\xBF\xBF\xEF\xA4\x80\xF0\xA0\x80\x80 caf\xC3\xA9\n"
		"\xE8\xAA\xAA\xE8\xA3\xA1\xEF\xBC\x8C" "2024\xE5\xB9\xB4\xE3\x80\x82";
	zhen_ctx *ctx = NULL;
	zhen_doc *doc = NULL;
	size_t h, l, wh, wl, len;
	const char *b;

	char buf[sizeof text + 16];

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	/* ASCII runs go eight bytes a step: every phase of the text
	 * against those steps, by 0 to 8 leading letters or spaces */
	for (size_t k = 0; k <= 8; k++) {
		for (size_t j = 0; j < k; j++)
			buf[j] = j % 3 ? 'q' : ' ';
		memcpy(buf + k, text, sizeof text - 1);
		ck_assert_int_eq(zhen_doc_from_bytes(&doc, ctx, buf,
		                                     k + sizeof text - 1), 0);
		b = zhen_doc_bytes(doc, &len);
		zhen_doc_letters(&h, &l, doc);
		letters_slow(&wh, &wl, b, len);
		ck_assert_uint_eq(h, wh);
		ck_assert_uint_eq(l, wl);
		/* not trivially equal: both kinds are present */
		ck_assert_uint_ge(h, 10);
		ck_assert_uint_ge(l, 8);
		zhen_doc_free(doc);
	}
	zhen_ctx_free(ctx);
}
END_TEST

/* The same answer as a plain walk with utf8proc_iterate(): the first bad
 * byte and that it is bad (zhen__utf8_strict()'s ASCII run, its inline
 * 2- and 3-byte cases and utf8proc for the rest must agree with it). */
static size_t strict_slow(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;
		if (s[i] < 0x80) {
			if (s[i] == 0 || zhen__binary_control(s[i]))
				return i;
			i++;
			continue;
		}
		k = utf8proc_iterate(s + i, (utf8proc_ssize_t)(len - i), &cp);
		if (k < 0)
			return i;
		i += (size_t)k;
	}
	return len;
}

START_TEST(utf8_strict_paths)
{
	/* runs of printable ASCII (so the 8-byte step is taken), tabs and
	 * controls, lead bytes at every edge (C2 DF E0 E1 EC ED EE EF F0 F4
	 * F5), continuation bytes at both ends (80 BF) and between (A0 9F) */
	static const unsigned char alpha[] = {
		'a', 'b', ' ', '~', '1', '\t', '\n', 0x00, 0x01, 0x7F,
		0x80, 0xBF, 0xA0, 0x9F, 0x8F, 0x90, 0xC0, 0xC2, 0xDF, 0xE0,
		0xE1, 0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF };
	static const char *han = "\xE4\xB8\x80";
	unsigned char buf[64];
	uint32_t seed = 12345u;
	size_t bad_seen = 0, good_seen = 0;

	for (int round = 0; round < 200000; round++) {
		size_t len = 0, n;
		seed = seed * 1103515245u + 12345u;
		n = (seed >> 16) % sizeof buf;
		while (len < n) {
			seed = seed * 1103515245u + 12345u;
			unsigned r = (seed >> 16) % 64;
			if (r < 24 && len + 3 <= n) { /* mostly valid text */
				memcpy(buf + len, han, 3);
				len += 3;
			} else if (r < 48) {
				buf[len++] = (unsigned char)('a' + r % 26);
			} else {
				seed = seed * 1103515245u + 12345u;
				buf[len++] = alpha[(seed >> 16) % sizeof alpha];
			}
		}
		size_t want = strict_slow(buf, len), at = (size_t)-1;
		const char *why = NULL;
		int rc = zhen__utf8_strict((const char *)buf, len, &at, &why);
		if (want == len) {
			ck_assert_int_eq(rc, 0);
			good_seen++;
		} else {
			ck_assert_int_eq(rc, ZHEN_EINPUT);
			ck_assert_uint_eq(at, want);
			ck_assert_ptr_nonnull(why);
			bad_seen++;
		}
	}
	/* both answers were asked for often */
	ck_assert_uint_ge(good_seen, 10000);
	ck_assert_uint_ge(bad_seen, 10000);
}
END_TEST

static Suite *doc_suite(void)
{
	Suite *s = suite_create("doc");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, doc_read_table, 0,
	                    (int)(sizeof reads / sizeof *reads));
	tcase_add_test(tc, doc_bom_offsets);
	tcase_add_test(tc, doc_line_of);
	tcase_add_loop_test(tc, doc_invalid, 0, (int)(sizeof bad / sizeof *bad));
	tcase_add_test(tc, doc_valid_edges);
	tcase_add_test(tc, doc_error_then_ok);
	tcase_add_test(tc, doc_many_lines);
	tcase_add_loop_test(tc, doc_decode_table, 0,
	                    (int)(sizeof decodes / sizeof *decodes));
	tcase_add_loop_test(tc, doc_undecodable, 0,
	                    (int)(sizeof undecodable / sizeof *undecodable));
	tcase_add_test(tc, doc_detect_legacy);
	tcase_add_test(tc, omap_runs);
	tcase_add_loop_test(tc, doc_blank_table, 0,
	                    (int)(sizeof blanks / sizeof *blanks));
	tcase_add_test(tc, doc_letters_paths);
	tcase_add_test(tc, utf8_strict_paths);
	suite_add_tcase(s, tc);
	tc = tcase_create("lines");
	tcase_add_loop_test(tc, lines_table, 0,
	                    (int)(sizeof streams / sizeof *streams));
	tcase_add_test(tc, lines_src);
	tcase_add_test(tc, lines_detect);
	tcase_add_test(tc, lines_many);
	tcase_add_loop_test(tc, lines_too_long, 0, 2);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(doc_suite());
}
