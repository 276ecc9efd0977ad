/* test_doc.c: the read stage — validation, line ends, paragraphs. */
#include "internal.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	{ "商湯。\n\n徐立。", 0, "1:商湯。|3:徐立。" },
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
	static const char in[] = "\xEF\xBB\xBF商湯\n  34億元";
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
	{ "商湯\xE9", 7, 6, 1 },                    /* truncated at the end */
	{ "商湯\n\xE9\x80", 9, 7, 2 },              /* truncated, 2 of 3 */
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
		zhen__buf_str(&b, i % 3 ? "商湯虧損34億元。\r\n" : "\u3000\n");
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
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(doc_suite());
	srunner_run_all(sr, CK_NORMAL);
	int nf = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
