/* test_misuse.c: every public function called with each argument its
 * header forbids (a NULL pointer, a length without its bytes, an index or
 * enum value out of range) returns what the header says — ZHEN_EINVAL, or
 * the neutral value of a function that returns a count, a name or a
 * pointer — and crashes nothing. Linked against the shared library only,
 * as a program using zhen would be.
 *
 * One test per public function, named misuse_<function> and registered
 * with T(<function>): tests/misuse-coverage.sh fails when libzhen exports
 * a function with no such test, or a test that never calls its function,
 * so a function added without its misuse cases breaks the build's tests. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zhen/zhen.h>

#include "zhen_test.h"

#define ZH "營收34億元，增長21%。利潤5億元。"
#define EN "Revenue was RMB 3.4 billion, up 12%. Profit was RMB 500 million."

/* What every test starts from: a context and one of each object, built
 * through the API as a caller would. */
static zhen_ctx *ctx;
static zhen_doc *zdoc, *edoc;
static zhen_result *res;
static zhen_findings *pairf; /* the findings of ZH/EN as a pair */
static zhen_sentences *sent;
static zhen_quantities *quant;
static zhen_policy *pol;

/* A write callback that counts what it is given, so that "nothing
 * written" can be asserted. */
static size_t written;
static int sink(void *payload, const char *bytes, size_t len)
{
	(void)payload;
	(void)bytes;
	written += len;
	return 0;
}

static const char tmx[] =
	"<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"zh\"/>"
	"<body><tu><tuv xml:lang=\"zh\"><seg>34億元</seg></tuv>"
	"<tuv xml:lang=\"en\"><seg>3.4 billion yuan</seg></tuv></tu>"
	"</body></tmx>\n";

static void setup(void)
{
	written = 0;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&zdoc, ctx, ZH, strlen(ZH)), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&edoc, ctx, EN, strlen(EN)), 0);
	ck_assert_int_eq(zhen_check_documents(&res, ctx, zdoc, edoc, NULL), 0);
	ck_assert_int_eq(zhen_check_pair(&pairf, ctx, ZH, strlen(ZH), 0, EN,
	                                 strlen(EN), 0, NULL), 0);
	ck_assert_uint_gt(zhen_findings_count(pairf), 0);
	ck_assert_int_eq(zhen_segment(&sent, ctx, edoc, ZHEN_LANG_EN), 0);
	ck_assert_int_eq(zhen_numbers_extract(&quant, ctx, ZHEN_LANG_EN,
	                                      ZHEN_CONVERT_NONE, EN, strlen(EN),
	                                      0), 0);
	ck_assert_int_eq(zhen_policy_new(&pol), 0);
}

static void teardown(void)
{
	zhen_policy_free(pol);
	zhen_quantities_free(quant);
	zhen_sentences_free(sent);
	zhen_findings_free(pairf);
	zhen_result_free(res);
	zhen_doc_free(edoc);
	zhen_doc_free(zdoc);
	zhen_ctx_free(ctx);
	pol = NULL, quant = NULL, sent = NULL, pairf = NULL;
	res = NULL, edoc = NULL, zdoc = NULL, ctx = NULL;
}

/* An out-parameter a failed call must set to NULL: starts as a pointer to
 * something, so that "left alone" and "set to NULL" differ. */
#define POISON(p) ((p) = (void *)&written)

/* The message of the last failure names the function and the argument. */
static void says(const char *func, const char *arg)
{
	const char *m = zhen_ctx_errmsg(ctx);
	ck_assert_msg(strstr(m, func) && strstr(m, arg),
	              "message '%s' does not name %s and %s", m, func, arg);
}

/* ---- common.h ---- */

START_TEST(misuse_zhen_ctx_new)
{
	ck_assert_int_eq(zhen_ctx_new(NULL), ZHEN_EINVAL);
}
END_TEST

START_TEST(misuse_zhen_ctx_new_shared)
{
	zhen_ctx *kid = (zhen_ctx *)1;
	ck_assert_int_eq(zhen_ctx_new_shared(NULL, ctx), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_ctx_new_shared(&kid, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(kid);
	/* the fixture's context is not changed, and outlives no child */
	ck_assert_int_eq(zhen_ctx_new_shared(&kid, ctx), 0);
	ck_assert_ptr_nonnull(kid);
	ck_assert_ptr_ne(kid, ctx);
	zhen_ctx_free(kid);
}
END_TEST

START_TEST(misuse_zhen_ctx_free)
{
	zhen_ctx_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_ctx_add_dict)
{
	ck_assert_int_eq(zhen_ctx_add_dict(NULL, "units.tsv", "x", 1),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, NULL, "x", 1), ZHEN_EINVAL);
	says("zhen_ctx_add_dict", "name");
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "units.tsv", NULL, 1),
	                 ZHEN_EINVAL);
	says("zhen_ctx_add_dict", "text");
	/* no bytes and no length: nothing to add, and allowed */
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "units.tsv", NULL, 0), 0);
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "no-such.tsv", "x", 1),
	                 ZHEN_EUSAGE);
}
END_TEST

START_TEST(misuse_zhen_dict_name)
{
	ck_assert_ptr_nonnull(zhen_dict_name(0));
	ck_assert_ptr_null(zhen_dict_name(SIZE_MAX));
}
END_TEST

START_TEST(misuse_zhen_ctx_errmsg)
{
	ck_assert_ptr_nonnull(zhen_ctx_errmsg(NULL));
	ck_assert_str_eq(zhen_ctx_errmsg(NULL), "no context");
}
END_TEST

START_TEST(misuse_zhen_ctx_errpos)
{
	size_t line = 7, byte = 7;
	zhen_ctx_errpos(NULL, &line, &byte);
	ck_assert_uint_eq(line, 0);
	ck_assert_uint_eq(byte, 0);
	zhen_ctx_errpos(ctx, NULL, NULL);
}
END_TEST

START_TEST(misuse_zhen_strerror)
{
	ck_assert_ptr_nonnull(zhen_strerror(INT_MIN));
	ck_assert_ptr_nonnull(zhen_strerror(INT_MAX));
	ck_assert_str_ne(zhen_strerror(ZHEN_EINVAL), zhen_strerror(ZHEN_ERROR));
	ck_assert_str_ne(zhen_strerror(ZHEN_EINVAL), zhen_strerror(ZHEN_EUSAGE));
}
END_TEST

START_TEST(misuse_zhen_free)
{
	zhen_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_version)
{
	/* takes nothing that could be wrong; here for the coverage check */
	ck_assert_str_eq(zhen_version(), ZHEN_VERSION_STRING);
}
END_TEST

START_TEST(misuse_zhen_decimal_format)
{
	char buf[64] = "untouched";
	zhen_decimal min = { INT64_MIN, 0 };

	/* like snprintf: no buffer, only the length */
	ck_assert_uint_eq(zhen_decimal_format(NULL, 0, min, 0), 20);
	ck_assert_uint_eq(zhen_decimal_format(NULL, 5, min, 0), 20);
	ck_assert_uint_eq(zhen_decimal_format(buf, 0, min, 0), 20);
	ck_assert_str_eq(buf, "untouched");
	/* the one coefficient whose magnitude an int64_t cannot hold */
	ck_assert_uint_eq(zhen_decimal_format(buf, sizeof buf, min, 1), 26);
	ck_assert_str_eq(buf, "-9,223,372,036,854,775,808");
	min.exp = -3;
	zhen_decimal_format(buf, sizeof buf, min, 0);
	ck_assert_str_eq(buf, "-9223372036854775.808");
	/* exponents at the ends of their type: no overflow */
	zhen_decimal d = { 5, INT32_MAX };
	zhen_decimal_format(buf, sizeof buf, d, 1);
	ck_assert_str_eq(buf, "5e2147483647");
	d.exp = INT32_MIN;
	zhen_decimal_format(buf, sizeof buf, d, 1);
	ck_assert_str_eq(buf, "5e-2147483648");
}
END_TEST

/* ---- convert.h ---- */

START_TEST(misuse_zhen_convert_mode_name)
{
	ck_assert_str_eq(zhen_convert_mode_name((zhen_convert_mode)99),
	                 "unknown");
	ck_assert_str_eq(zhen_convert_mode_name((zhen_convert_mode)-1),
	                 "unknown");
}
END_TEST

START_TEST(misuse_zhen_convert_mode_parse)
{
	zhen_convert_mode m = ZHEN_CONVERT_HK2S;
	ck_assert_int_eq(zhen_convert_mode_parse(NULL, "t2s"), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_convert_mode_parse(&m, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_convert_mode_parse(&m, "x2y"), ZHEN_EUSAGE);
	ck_assert_int_eq(m, ZHEN_CONVERT_HK2S);
}
END_TEST

START_TEST(misuse_zhen_script_name)
{
	ck_assert_str_eq(zhen_script_name((zhen_script)99), "unknown");
	ck_assert_str_eq(zhen_script_name((zhen_script)-1), "unknown");
}
END_TEST

START_TEST(misuse_zhen_detect_script)
{
	zhen_script s = ZHEN_SCRIPT_MIXED;
	ck_assert_int_eq(zhen_detect_script(NULL, ctx, ZH, strlen(ZH)),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_detect_script(&s, NULL, ZH, strlen(ZH)),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(s, ZHEN_SCRIPT_UNKNOWN);
	ck_assert_int_eq(zhen_detect_script(&s, ctx, NULL, 5), ZHEN_EINVAL);
	says("zhen_detect_script", "text");
	ck_assert_int_eq(zhen_detect_script(&s, ctx, NULL, 0), 0);
	ck_assert_int_eq(s, ZHEN_SCRIPT_UNKNOWN);
}
END_TEST

START_TEST(misuse_zhen_convert_resolve)
{
	/* pure: a mode it does not know comes back as given, and AUTO with a
	 * script it does not know converts nothing */
	ck_assert_int_eq(zhen_convert_resolve((zhen_convert_mode)99,
	                                      ZHEN_SCRIPT_TRADITIONAL), 99);
	ck_assert_int_eq(zhen_convert_resolve(ZHEN_CONVERT_AUTO,
	                                      (zhen_script)99),
	                 ZHEN_CONVERT_NONE);
}
END_TEST

START_TEST(misuse_zhen_convert)
{
	char *out;
	size_t len = 7;
	ck_assert_int_eq(zhen_convert(NULL, &len, ctx, ZHEN_CONVERT_T2S, ZH,
	                              strlen(ZH)), ZHEN_EINVAL);
	ck_assert_uint_eq(len, 0);
	POISON(out);
	ck_assert_int_eq(zhen_convert(&out, NULL, NULL, ZHEN_CONVERT_T2S, ZH,
	                              strlen(ZH)), ZHEN_EINVAL);
	ck_assert_ptr_null(out);
	POISON(out);
	ck_assert_int_eq(zhen_convert(&out, NULL, ctx, ZHEN_CONVERT_T2S, NULL,
	                              3), ZHEN_EINVAL);
	ck_assert_ptr_null(out);
	says("zhen_convert", "text");
	ck_assert_int_eq(zhen_convert(&out, NULL, ctx, (zhen_convert_mode)99,
	                              ZH, strlen(ZH)), ZHEN_EUSAGE);
	ck_assert_ptr_null(out);
	ck_assert_int_eq(zhen_convert(&out, &len, ctx, ZHEN_CONVERT_T2S, NULL,
	                              0), 0);
	ck_assert_str_eq(out, "");
	zhen_free(out);
}
END_TEST

/* ---- doc.h ---- */

START_TEST(misuse_zhen_doc_read)
{
	zhen_doc *d;
	zhen_doc_options o = ZHEN_DOC_OPTIONS_INIT;

	ck_assert_int_eq(zhen_doc_read(NULL, ctx, "x", 1, NULL), ZHEN_EINVAL);
	POISON(d);
	ck_assert_int_eq(zhen_doc_read(&d, NULL, "x", 1, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(d);
	POISON(d);
	ck_assert_int_eq(zhen_doc_read(&d, ctx, NULL, 5, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(d);
	says("zhen_doc_read", "bytes");
	o.paragraphs = (zhen_paragraph_mode)9;
	ck_assert_int_eq(zhen_doc_read(&d, ctx, "x", 1, &o), ZHEN_EUSAGE);
	o.paragraphs = ZHEN_PARAGRAPHS_BLANK;
	o.lang = 5;
	ck_assert_int_eq(zhen_doc_read(&d, ctx, "x", 1, &o), ZHEN_EUSAGE);
	ck_assert_ptr_null(d);
	/* no bytes and no length: an empty document */
	ck_assert_int_eq(zhen_doc_read(&d, ctx, NULL, 0, NULL), 0);
	ck_assert_uint_eq(zhen_doc_paragraph_count(d), 0);
	zhen_doc_free(d);
}
END_TEST

START_TEST(misuse_zhen_doc_from_bytes)
{
	zhen_doc *d;
	ck_assert_int_eq(zhen_doc_from_bytes(NULL, ctx, "x", 1), ZHEN_EINVAL);
	POISON(d);
	ck_assert_int_eq(zhen_doc_from_bytes(&d, NULL, "x", 1), ZHEN_EINVAL);
	ck_assert_ptr_null(d);
	POISON(d);
	/* the case: returned 0 and read nothing */
	ck_assert_int_eq(zhen_doc_from_bytes(&d, ctx, NULL, 5), ZHEN_EINVAL);
	ck_assert_ptr_null(d);
	says("zhen_doc_from_bytes", "bytes");
	ck_assert_int_eq(zhen_doc_from_bytes(&d, ctx, NULL, 0), 0);
	zhen_doc_free(d);
}
END_TEST

START_TEST(misuse_zhen_doc_free)
{
	zhen_doc_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_doc_bytes)
{
	size_t len = 7;
	ck_assert_ptr_null(zhen_doc_bytes(NULL, &len));
	ck_assert_uint_eq(len, 0);
	ck_assert_ptr_null(zhen_doc_bytes(NULL, NULL));
}
END_TEST

START_TEST(misuse_zhen_doc_encoding)
{
	ck_assert_ptr_null(zhen_doc_encoding(NULL));
}
END_TEST

START_TEST(misuse_zhen_doc_source_span)
{
	size_t s = 7, e = 7;
	zhen_doc_source_span(NULL, 1, 2, &s, &e);
	ck_assert_uint_eq(s, 0);
	ck_assert_uint_eq(e, 0);
	/* past the text: the input's length; end before start: empty */
	zhen_doc_source_span(zdoc, SIZE_MAX, SIZE_MAX, &s, &e);
	ck_assert_uint_eq(s, strlen(ZH));
	ck_assert_uint_eq(e, strlen(ZH));
	zhen_doc_source_span(zdoc, 6, 3, &s, &e);
	ck_assert_uint_eq(e, s);
	zhen_doc_source_span(zdoc, 0, 3, NULL, NULL);
}
END_TEST

START_TEST(misuse_zhen_doc_paragraph_count)
{
	ck_assert_uint_eq(zhen_doc_paragraph_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_doc_paragraph)
{
	ck_assert_ptr_null(zhen_doc_paragraph(NULL, 0));
	ck_assert_ptr_null(zhen_doc_paragraph(zdoc,
	                                      zhen_doc_paragraph_count(zdoc)));
	ck_assert_ptr_null(zhen_doc_paragraph(zdoc, SIZE_MAX));
}
END_TEST

START_TEST(misuse_zhen_doc_line_of)
{
	ck_assert_uint_eq(zhen_doc_line_of(NULL, 0), 0);
	/* past the text: the last line */
	ck_assert_uint_eq(zhen_doc_line_of(zdoc, SIZE_MAX), 1);
}
END_TEST

START_TEST(misuse_zhen_doc_place)
{
	ck_assert_ptr_null(zhen_doc_place(NULL, 1));
	ck_assert_ptr_null(zhen_doc_place(zdoc, 0));
	ck_assert_ptr_null(zhen_doc_place(zdoc, SIZE_MAX));
}
END_TEST

START_TEST(misuse_zhen_utf8_check)
{
	size_t bad = 7;
	ck_assert_int_eq(zhen_utf8_check(NULL, 5, &bad), ZHEN_EINVAL);
	ck_assert_uint_eq(bad, 0);
	ck_assert_int_eq(zhen_utf8_check(NULL, 0, &bad), 0);
	ck_assert_int_eq(zhen_utf8_check("a\xff", 2, NULL), ZHEN_EINPUT);
}
END_TEST

START_TEST(misuse_zhen_doc_letters)
{
	size_t han = 7, latin = 7;
	zhen_doc_letters(&han, &latin, NULL);
	ck_assert_uint_eq(han, 0);
	ck_assert_uint_eq(latin, 0);
	/* either count may be left out */
	zhen_doc_letters(NULL, &latin, zdoc);
	ck_assert_uint_eq(latin, 0);
	zhen_doc_letters(&han, NULL, zdoc);
	ck_assert_uint_gt(han, 0);
}
END_TEST

/* ---- segment.h ---- */

START_TEST(misuse_zhen_segment)
{
	zhen_sentences *s;
	ck_assert_int_eq(zhen_segment(NULL, ctx, zdoc, ZHEN_LANG_ZH),
	                 ZHEN_EINVAL);
	POISON(s);
	ck_assert_int_eq(zhen_segment(&s, NULL, zdoc, ZHEN_LANG_ZH),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(s);
	POISON(s);
	ck_assert_int_eq(zhen_segment(&s, ctx, NULL, ZHEN_LANG_ZH),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(s);
	says("zhen_segment", "doc");
	POISON(s);
	ck_assert_int_eq(zhen_segment(&s, ctx, zdoc, (zhen_lang)2),
	                 ZHEN_EUSAGE);
	ck_assert_ptr_null(s);
}
END_TEST

START_TEST(misuse_zhen_segment_text)
{
	zhen_sentences *s;
	ck_assert_int_eq(zhen_segment_text(NULL, ctx, EN, 3, ZHEN_LANG_EN),
	                 ZHEN_EINVAL);
	POISON(s);
	ck_assert_int_eq(zhen_segment_text(&s, NULL, EN, 3, ZHEN_LANG_EN),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(s);
	POISON(s);
	ck_assert_int_eq(zhen_segment_text(&s, ctx, NULL, 3, ZHEN_LANG_EN),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(s);
	says("zhen_segment_text", "text");
	ck_assert_int_eq(zhen_segment_text(&s, ctx, EN, 3, (zhen_lang)-1),
	                 ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_segment_text(&s, ctx, NULL, 0, ZHEN_LANG_EN), 0);
	ck_assert_uint_eq(zhen_sentences_count(s), 0);
	zhen_sentences_free(s);
}
END_TEST

START_TEST(misuse_zhen_sentences_free)
{
	zhen_sentences_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_sentences_count)
{
	ck_assert_uint_eq(zhen_sentences_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_sentences_get)
{
	ck_assert_ptr_null(zhen_sentences_get(NULL, 0));
	ck_assert_ptr_null(zhen_sentences_get(sent, zhen_sentences_count(sent)));
}
END_TEST

/* ---- numbers.h ---- */

static void extract_misuse(int (*fn)(zhen_quantities **, zhen_ctx *,
                                     zhen_lang, zhen_convert_mode,
                                     const char *, size_t, size_t),
                           const char *name)
{
	zhen_quantities *q;
	ck_assert_int_eq(fn(NULL, ctx, ZHEN_LANG_EN, ZHEN_CONVERT_NONE, EN, 3,
	                    0), ZHEN_EINVAL);
	POISON(q);
	ck_assert_int_eq(fn(&q, NULL, ZHEN_LANG_EN, ZHEN_CONVERT_NONE, EN, 3,
	                    0), ZHEN_EINVAL);
	ck_assert_ptr_null(q);
	POISON(q);
	ck_assert_int_eq(fn(&q, ctx, ZHEN_LANG_EN, ZHEN_CONVERT_NONE, NULL, 3,
	                    0), ZHEN_EINVAL);
	ck_assert_ptr_null(q);
	says(name, "text");
	ck_assert_int_eq(fn(&q, ctx, (zhen_lang)2, ZHEN_CONVERT_NONE, EN, 3, 0),
	                 ZHEN_EUSAGE);
	ck_assert_int_eq(fn(&q, ctx, ZHEN_LANG_ZH, (zhen_convert_mode)99, ZH, 3,
	                    0), ZHEN_EUSAGE);
	ck_assert_int_eq(fn(&q, ctx, ZHEN_LANG_ZH, ZHEN_CONVERT_AUTO, ZH, 3, 0),
	                 ZHEN_EUSAGE);
	ck_assert_ptr_null(q);
	ck_assert_int_eq(fn(&q, ctx, ZHEN_LANG_EN, ZHEN_CONVERT_NONE, NULL, 0,
	                    0), 0);
	ck_assert_uint_eq(zhen_quantities_count(q), 0);
	zhen_quantities_free(q);
}

START_TEST(misuse_zhen_numbers_extract)
{
	extract_misuse(zhen_numbers_extract, "zhen_numbers_extract");
}
END_TEST

START_TEST(misuse_zhen_numbers_extract_all)
{
	extract_misuse(zhen_numbers_extract_all, "zhen_numbers_extract_all");
}
END_TEST

START_TEST(misuse_zhen_quantities_free)
{
	zhen_quantities_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_quantities_count)
{
	ck_assert_uint_eq(zhen_quantities_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_quantities_get)
{
	ck_assert_ptr_null(zhen_quantities_get(NULL, 0));
	ck_assert_ptr_null(zhen_quantities_get(quant,
	                                       zhen_quantities_count(quant)));
}
END_TEST

START_TEST(misuse_zhen_qkind_name)
{
	ck_assert_str_eq(zhen_qkind_name((zhen_qkind)99), "unknown");
	ck_assert_str_eq(zhen_qkind_name((zhen_qkind)-1), "unknown");
}
END_TEST

START_TEST(misuse_zhen_quantity_format)
{
	char buf[64] = "untouched";
	const zhen_quantity *q = zhen_quantities_get(quant, 0);
	size_t n = zhen_quantity_format(NULL, 0, q, 1);

	ck_assert_uint_gt(n, 0);
	ck_assert_uint_eq(zhen_quantity_format(NULL, sizeof buf, q, 1), n);
	ck_assert_uint_eq(zhen_quantity_format(buf, 0, q, 1), n);
	ck_assert_str_eq(buf, "untouched");
	/* no quantity: nothing to say */
	ck_assert_uint_eq(zhen_quantity_format(buf, sizeof buf, NULL, 1), 0);
	ck_assert_str_eq(buf, "");
}
END_TEST

/* ---- align.h ---- */

START_TEST(misuse_zhen_lexicon_read)
{
	zhen_lexicon *l;
	const char line[] = "數 数 [shu4] /number/\n";
	ck_assert_int_eq(zhen_lexicon_read(NULL, ctx, line, sizeof line - 1),
	                 ZHEN_EINVAL);
	POISON(l);
	ck_assert_int_eq(zhen_lexicon_read(&l, ctx, NULL, 4), ZHEN_EINVAL);
	ck_assert_ptr_null(l);
	says("zhen_lexicon_read", "text");
	/* the context only keeps the message: it may be NULL */
	ck_assert_int_eq(zhen_lexicon_read(&l, NULL, line, sizeof line - 1), 0);
	ck_assert_uint_eq(zhen_lexicon_count(l), 1);
	zhen_lexicon_free(l);
}
END_TEST

START_TEST(misuse_zhen_lexicon_count)
{
	ck_assert_uint_eq(zhen_lexicon_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_lexicon_free)
{
	zhen_lexicon_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_align)
{
	zhen_alignment *a;
	ck_assert_int_eq(zhen_align(NULL, ctx, sent, NULL, sent, NULL, NULL),
	                 ZHEN_EINVAL);
	POISON(a);
	ck_assert_int_eq(zhen_align(&a, ctx, NULL, NULL, sent, NULL, NULL),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(a);
	says("zhen_align", "zh");
	POISON(a);
	ck_assert_int_eq(zhen_align(&a, ctx, sent, NULL, NULL, NULL, NULL),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(a);
	ck_assert_int_eq(zhen_align(&a, NULL, sent, NULL, sent, NULL, NULL), 0);
	zhen_alignment_free(a);
}
END_TEST

START_TEST(misuse_zhen_align_sides)
{
	zhen_alignment *a;
	zhen_align_side s = { EN, strlen(EN), sent, NULL }, bad = s;
	ck_assert_int_eq(zhen_align_sides(NULL, ctx, &s, &s, NULL), ZHEN_EINVAL);
	POISON(a);
	ck_assert_int_eq(zhen_align_sides(&a, ctx, NULL, &s, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(a);
	ck_assert_int_eq(zhen_align_sides(&a, ctx, &s, NULL, NULL), ZHEN_EINVAL);
	bad.sentences = NULL;
	ck_assert_int_eq(zhen_align_sides(&a, ctx, &bad, &s, NULL), ZHEN_EINVAL);
	says("zhen_align_sides", "sentences");
	/* the sentences point into a text of 0 bytes */
	bad = s;
	bad.text = NULL;
	bad.len = 5;
	ck_assert_int_eq(zhen_align_sides(&a, ctx, &s, &bad, NULL), ZHEN_EINVAL);
	bad.text = EN;
	bad.len = 10;
	ck_assert_int_eq(zhen_align_sides(&a, ctx, &s, &bad, NULL), ZHEN_EUSAGE);
	ck_assert_ptr_null(a);
}
END_TEST

START_TEST(misuse_zhen_alignment_write)
{
	const zhen_alignment *a = zhen_result_alignment(res);
	const zhen_sentences *zs = zhen_result_sentences(res, ZHEN_LANG_ZH);
	const zhen_sentences *es = zhen_result_sentences(res, ZHEN_LANG_EN);
	zhen_export_options o = ZHEN_EXPORT_OPTIONS_INIT;

	ck_assert_int_eq(zhen_alignment_write(NULL, NULL, ctx, a, ZH, zs, EN,
	                                      es, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_alignment_write(sink, NULL, ctx, NULL, ZH, zs, EN,
	                                      es, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_alignment_write(sink, NULL, ctx, a, NULL, zs, EN,
	                                      es, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_alignment_write(sink, NULL, ctx, a, ZH, NULL, EN,
	                                      es, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_alignment_write(sink, NULL, ctx, a, ZH, zs, NULL,
	                                      es, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_alignment_write(sink, NULL, ctx, a, ZH, zs, EN,
	                                      NULL, NULL), ZHEN_EINVAL);
	says("zhen_alignment_write", "en");
	o.format = (zhen_export_format)9;
	ck_assert_int_eq(zhen_alignment_write(sink, NULL, ctx, a, ZH, zs, EN,
	                                      es, &o), ZHEN_EUSAGE);
	ck_assert_uint_eq(written, 0);
	/* converting needs the context's OpenCC */
	o = (zhen_export_options)ZHEN_EXPORT_OPTIONS_INIT;
	o.zh_convert = ZHEN_CONVERT_T2S;
	ck_assert_int_eq(zhen_alignment_write(sink, NULL, NULL, a, ZH, zs, EN,
	                                      es, &o), ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
	/* as written, it does not */
	ck_assert_int_eq(zhen_alignment_write(sink, NULL, NULL, a, ZH, zs, EN,
	                                      es, NULL), 0);
	ck_assert_uint_gt(written, 0);
}
END_TEST

START_TEST(misuse_zhen_alignment_free)
{
	zhen_alignment_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_alignment_count)
{
	ck_assert_uint_eq(zhen_alignment_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_alignment_get)
{
	const zhen_alignment *a = zhen_result_alignment(res);
	ck_assert_ptr_null(zhen_alignment_get(NULL, 0));
	ck_assert_ptr_null(zhen_alignment_get(a, zhen_alignment_count(a)));
}
END_TEST

/* ---- check.h ---- */

START_TEST(misuse_zhen_finding_id)
{
	char buf[ZHEN_FINDING_ID_LEN + 1] = "untouched";
	const zhen_finding *f = zhen_findings_get(pairf, 0);

	ck_assert_int_eq(zhen_finding_id(NULL, sizeof buf, f, ZH, 3, EN, 3),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_finding_id(buf, sizeof buf, NULL, ZH, 3, EN, 3),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_finding_id(buf, sizeof buf, f, NULL, 3, EN, 3),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_finding_id(buf, sizeof buf, f, ZH, 3, NULL, 3),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_finding_id(buf, sizeof buf - 1, f, ZH, 3, EN, 3),
	                 ZHEN_EUSAGE);
	ck_assert_str_eq(buf, "untouched");
	ck_assert_int_eq(zhen_finding_id(buf, sizeof buf, f, NULL, 0, NULL, 0),
	                 0);
}
END_TEST

START_TEST(misuse_zhen_compare)
{
	zhen_findings *f;
	const zhen_quantity *q = zhen_quantities_get(quant, 0);
	zhen_check_options o = ZHEN_CHECK_OPTIONS_INIT;

	ck_assert_int_eq(zhen_compare(NULL, ctx, q, 1, q, 1, 0, NULL),
	                 ZHEN_EINVAL);
	POISON(f);
	ck_assert_int_eq(zhen_compare(&f, ctx, NULL, 1, q, 1, 0, NULL),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	says("zhen_compare", "zh");
	ck_assert_int_eq(zhen_compare(&f, ctx, q, 1, NULL, 1, 0, NULL),
	                 ZHEN_EINVAL);
	o.version = 99;
	ck_assert_int_eq(zhen_compare(&f, ctx, q, 1, q, 1, 0, &o), ZHEN_EUSAGE);
	ck_assert_ptr_null(f);
	/* no context, no quantities: allowed, nothing found */
	ck_assert_int_eq(zhen_compare(&f, NULL, NULL, 0, NULL, 0, 0, NULL), 0);
	ck_assert_uint_eq(zhen_findings_count(f), 0);
	zhen_findings_free(f);
}
END_TEST

START_TEST(misuse_zhen_compare_text)
{
	zhen_findings *f;
	const zhen_quantity *q = zhen_quantities_get(quant, 0);

	ck_assert_int_eq(zhen_compare_text(NULL, ctx, q, 1, q, 1, 0, NULL, EN,
	                                   3, EN, 3), ZHEN_EINVAL);
	POISON(f);
	ck_assert_int_eq(zhen_compare_text(&f, ctx, NULL, 1, q, 1, 0, NULL, EN,
	                                   3, EN, 3), ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	ck_assert_int_eq(zhen_compare_text(&f, ctx, q, 1, NULL, 1, 0, NULL, EN,
	                                   3, EN, 3), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_compare_text(&f, ctx, q, 1, q, 1, 0, NULL, NULL,
	                                   3, EN, 3), ZHEN_EINVAL);
	says("zhen_compare_text", "zh_text");
	ck_assert_int_eq(zhen_compare_text(&f, ctx, q, 1, q, 1, 0, NULL, EN,
	                                   3, NULL, 3), ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	ck_assert_int_eq(zhen_compare_text(&f, ctx, q, 1, q, 1, 0, NULL, NULL,
	                                   0, NULL, 0), 0);
	zhen_findings_free(f);
}
END_TEST

START_TEST(misuse_zhen_compare_across)
{
	zhen_check_options o = ZHEN_CHECK_OPTIONS_INIT;
	size_t n = zhen_findings_count(pairf);

	ck_assert_int_eq(zhen_compare_across(NULL, pairf, ctx, NULL), 0);
	ck_assert_int_eq(zhen_compare_across(pairf, NULL, NULL, NULL), 0);
	ck_assert_uint_eq(zhen_findings_count(pairf), n);
	o.version = 99;
	ck_assert_int_eq(zhen_compare_across(pairf, pairf, ctx, &o),
	                 ZHEN_EUSAGE);
}
END_TEST

START_TEST(misuse_zhen_findings_free)
{
	zhen_findings_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_findings_count)
{
	ck_assert_uint_eq(zhen_findings_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_findings_get)
{
	ck_assert_ptr_null(zhen_findings_get(NULL, 0));
	ck_assert_ptr_null(zhen_findings_get(pairf, zhen_findings_count(pairf)));
}
END_TEST

START_TEST(misuse_zhen_ftype_name)
{
	ck_assert_str_eq(zhen_ftype_name((zhen_ftype)99), "unknown");
	ck_assert_str_eq(zhen_ftype_name((zhen_ftype)-1), "unknown");
}
END_TEST

START_TEST(misuse_zhen_severity_name)
{
	ck_assert_str_eq(zhen_severity_name((zhen_severity)99), "unknown");
	ck_assert_str_eq(zhen_severity_name((zhen_severity)-1), "unknown");
}
END_TEST

START_TEST(misuse_zhen_doubt_name)
{
	/* "" is ZHEN_DOUBT_NONE's name: an unknown doubt is told apart */
	ck_assert_str_eq(zhen_doubt_name((zhen_doubt)99), "unknown");
	ck_assert_str_eq(zhen_doubt_name((zhen_doubt)-1), "unknown");
}
END_TEST

START_TEST(misuse_zhen_check_pair)
{
	zhen_findings *f;
	zhen_check_options o = ZHEN_CHECK_OPTIONS_INIT;

	/* the case: out == NULL crashed */
	ck_assert_int_eq(zhen_check_pair(NULL, ctx, ZH, 3, 0, EN, 3, 0, NULL),
	                 ZHEN_EINVAL);
	POISON(f);
	ck_assert_int_eq(zhen_check_pair(&f, NULL, ZH, 3, 0, EN, 3, 0, NULL),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	POISON(f);
	ck_assert_int_eq(zhen_check_pair(&f, ctx, NULL, 3, 0, EN, 3, 0, NULL),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	says("zhen_check_pair", "zh");
	ck_assert_int_eq(zhen_check_pair(&f, ctx, ZH, 3, 0, NULL, 3, 0, NULL),
	                 ZHEN_EINVAL);
	o.convert = (zhen_convert_mode)99;
	ck_assert_int_eq(zhen_check_pair(&f, ctx, ZH, 3, 0, EN, 3, 0, &o),
	                 ZHEN_EUSAGE);
	ck_assert_ptr_null(f);
	ck_assert_int_eq(zhen_check_pair(&f, ctx, NULL, 0, 0, NULL, 0, 0, NULL),
	                 0);
	ck_assert_uint_eq(zhen_findings_count(f), 0);
	zhen_findings_free(f);
}
END_TEST

START_TEST(misuse_zhen_carry_new)
{
	ck_assert_int_eq(zhen_carry_new(NULL), ZHEN_EINVAL);
}
END_TEST

START_TEST(misuse_zhen_carry_free)
{
	zhen_carry_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_check_pair_in)
{
	zhen_findings *f;
	zhen_carry *c;
	zhen_check_options o = ZHEN_CHECK_OPTIONS_INIT;

	ck_assert_int_eq(zhen_carry_new(&c), 0);
	ck_assert_int_eq(zhen_check_pair_in(NULL, ctx, c, ZH, 3, 0, EN, 3, 0,
	                                    NULL), ZHEN_EINVAL);
	POISON(f);
	ck_assert_int_eq(zhen_check_pair_in(&f, ctx, NULL, ZH, 3, 0, EN, 3, 0,
	                                    NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	says("zhen_check_pair_in", "carry");
	POISON(f);
	ck_assert_int_eq(zhen_check_pair_in(&f, NULL, c, ZH, 3, 0, EN, 3, 0,
	                                    NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	ck_assert_int_eq(zhen_check_pair_in(&f, ctx, c, NULL, 3, 0, EN, 3, 0,
	                                    NULL), ZHEN_EINVAL);
	says("zhen_check_pair_in", "zh");
	ck_assert_int_eq(zhen_check_pair_in(&f, ctx, c, ZH, 3, 0, NULL, 3, 0,
	                                    NULL), ZHEN_EINVAL);
	o.convert = (zhen_convert_mode)99;
	ck_assert_int_eq(zhen_check_pair_in(&f, ctx, c, ZH, 3, 0, EN, 3, 0,
	                                    &o), ZHEN_EUSAGE);
	ck_assert_ptr_null(f);
	ck_assert_int_eq(zhen_check_pair_in(&f, ctx, c, NULL, 0, 0, NULL, 0, 0,
	                                    NULL), 0);
	ck_assert_uint_eq(zhen_findings_count(f), 0);
	zhen_findings_free(f);
	zhen_carry_free(c);
}
END_TEST

START_TEST(misuse_zhen_check_pair_read)
{
	zhen_findings *f;
	zhen_quantities *zq, *eq;
	zhen_carry *c;

	ck_assert_int_eq(zhen_check_pair_read(NULL, &zq, &eq, ctx, NULL, ZH, 3,
	                                      0, EN, 3, 0, NULL), ZHEN_EINVAL);
	POISON(f);
	ck_assert_int_eq(zhen_check_pair_read(&f, NULL, &eq, ctx, NULL, ZH, 3,
	                                      0, EN, 3, 0, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	ck_assert_ptr_null(eq);
	POISON(zq);
	ck_assert_int_eq(zhen_check_pair_read(&f, &zq, NULL, ctx, NULL, ZH, 3,
	                                      0, EN, 3, 0, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(zq);
	POISON(zq);
	POISON(eq);
	ck_assert_int_eq(zhen_check_pair_read(&f, &zq, &eq, NULL, NULL, ZH, 3,
	                                      0, EN, 3, 0, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(zq);
	ck_assert_ptr_null(eq);
	ck_assert_int_eq(zhen_check_pair_read(&f, &zq, &eq, ctx, NULL, NULL, 3,
	                                      0, EN, 3, 0, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	ck_assert_ptr_null(zq);
	/* the figures it read are those zhen_numbers_extract_all() reads */
	ck_assert_int_eq(zhen_check_pair_read(&f, &zq, &eq, ctx, NULL, ZH,
	                                      strlen(ZH), 7, EN, strlen(EN), 9,
	                                      NULL), 0);
	ck_assert_uint_eq(zhen_quantities_count(zq), 3);
	ck_assert_uint_eq(zhen_quantities_get(zq, 0)->start, 7 + 6);
	ck_assert_uint_ge(zhen_quantities_count(eq), 3);
	ck_assert_uint_ge(zhen_quantities_get(eq, 0)->start, 9);
	ck_assert_uint_gt(zhen_findings_count(f), 0);
	zhen_findings_free(f);
	zhen_quantities_free(zq);
	zhen_quantities_free(eq);
	/* with a carry, read as the check read them: a bare 元 in the
	 * currency an earlier pair declared */
	ck_assert_int_eq(zhen_carry_new(&c), 0);
	ck_assert_int_eq(zhen_check_pair_read(&f, &zq, &eq, ctx, c,
	                                      "单位：美元", strlen("单位：美元"),
	                                      0, "In US dollars", 13, 0, NULL),
	                 0);
	zhen_findings_free(f);
	zhen_quantities_free(zq);
	zhen_quantities_free(eq);
	ck_assert_int_eq(zhen_check_pair_read(&f, &zq, &eq, ctx, c, "营收5元",
	                                      strlen("营收5元"), 0,
	                                      "Revenue was $5", 14, 0, NULL), 0);
	ck_assert_uint_eq(zhen_quantities_count(zq), 1);
	ck_assert_str_eq(zhen_quantities_get(zq, 0)->currency, "USD");
	zhen_findings_free(f);
	zhen_quantities_free(zq);
	zhen_quantities_free(eq);
	zhen_carry_free(c);
}
END_TEST

static void documents_misuse(int (*fn)(zhen_result **, zhen_ctx *,
                                       const zhen_doc *, const zhen_doc *,
                                       const zhen_check_options *),
                             const char *name)
{
	zhen_result *r;
	zhen_check_options o = ZHEN_CHECK_OPTIONS_INIT;

	ck_assert_int_eq(fn(NULL, ctx, zdoc, edoc, NULL), ZHEN_EINVAL);
	POISON(r);
	ck_assert_int_eq(fn(&r, NULL, zdoc, edoc, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(r);
	POISON(r);
	/* the case: NULL documents crashed */
	ck_assert_int_eq(fn(&r, ctx, NULL, edoc, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(r);
	says(name, "zh");
	ck_assert_int_eq(fn(&r, ctx, zdoc, NULL, NULL), ZHEN_EINVAL);
	says(name, "en");
	o.strict = 0;
	o.align.version = 99;
	ck_assert_int_eq(fn(&r, ctx, zdoc, edoc, &o), ZHEN_EUSAGE);
	ck_assert_ptr_null(r);
}

START_TEST(misuse_zhen_check_documents)
{
	documents_misuse(zhen_check_documents, "zhen_check_documents");
}
END_TEST

START_TEST(misuse_zhen_align_documents)
{
	documents_misuse(zhen_align_documents, "zhen_align_documents");
}
END_TEST

START_TEST(misuse_zhen_result_free)
{
	zhen_result_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_result_sentences)
{
	ck_assert_ptr_null(zhen_result_sentences(NULL, ZHEN_LANG_ZH));
	ck_assert_ptr_null(zhen_result_sentences(res, (zhen_lang)2));
	ck_assert_ptr_null(zhen_result_sentences(res, (zhen_lang)-1));
}
END_TEST

START_TEST(misuse_zhen_result_alignment)
{
	ck_assert_ptr_null(zhen_result_alignment(NULL));
}
END_TEST

START_TEST(misuse_zhen_result_findings)
{
	ck_assert_ptr_null(zhen_result_findings(NULL));
}
END_TEST

START_TEST(misuse_zhen_result_quantities)
{
	size_t n = zhen_sentences_count(zhen_result_sentences(res,
	                                                      ZHEN_LANG_EN));
	ck_assert_ptr_null(zhen_result_quantities(NULL, ZHEN_LANG_ZH, 0));
	ck_assert_ptr_null(zhen_result_quantities(res, (zhen_lang)2, 0));
	ck_assert_ptr_nonnull(zhen_result_quantities(res, ZHEN_LANG_EN, 0));
	ck_assert_ptr_null(zhen_result_quantities(res, ZHEN_LANG_EN, n));
}
END_TEST

START_TEST(misuse_zhen_result_script)
{
	ck_assert_int_eq(zhen_result_script(NULL), ZHEN_SCRIPT_UNKNOWN);
}
END_TEST

START_TEST(misuse_zhen_result_convert)
{
	ck_assert_int_eq(zhen_result_convert(NULL), ZHEN_CONVERT_NONE);
}
END_TEST

/* ---- policy.h ---- */

START_TEST(misuse_zhen_policy_new)
{
	ck_assert_int_eq(zhen_policy_new(NULL), ZHEN_EINVAL);
}
END_TEST

START_TEST(misuse_zhen_policy_free)
{
	zhen_policy_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_policy_set_severity)
{
	ck_assert_int_eq(zhen_policy_set_severity(NULL, ZHEN_F_VALUE, -1,
	                                          ZHEN_SEV_INFO), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_set_severity(pol, (zhen_ftype)99, -1,
	                                          ZHEN_SEV_INFO), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_policy_set_severity(pol, ZHEN_F_VALUE, 99,
	                                          ZHEN_SEV_INFO), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_policy_set_severity(pol, ZHEN_F_VALUE, -1, 3),
	                 ZHEN_EUSAGE);
}
END_TEST

START_TEST(misuse_zhen_policy_ignore_text)
{
	ck_assert_int_eq(zhen_policy_ignore_text(NULL, "x"), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_ignore_text(pol, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_ignore_text(pol, ""), ZHEN_EUSAGE);
}
END_TEST

START_TEST(misuse_zhen_policy_ignore_value)
{
	ck_assert_int_eq(zhen_policy_ignore_value(NULL, "1", NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_ignore_value(pol, NULL, "CNY"),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_ignore_value(pol, "", "CNY"), ZHEN_EUSAGE);
}
END_TEST

START_TEST(misuse_zhen_policy_accept)
{
	ck_assert_int_eq(zhen_policy_accept(NULL, "0123456789ab"), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_accept(pol, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_accept(pol, "0123"), ZHEN_EUSAGE);
	ck_assert_uint_eq(zhen_policy_accepted_count(pol), 0);
}
END_TEST

START_TEST(misuse_zhen_policy_accepted_count)
{
	ck_assert_uint_eq(zhen_policy_accepted_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_policy_apply)
{
	size_t acc = 7, n = zhen_findings_count(pairf);
	ck_assert_int_eq(zhen_policy_apply(&acc, NULL, pol, NULL, ZH, 0, EN, 0),
	                 ZHEN_EINVAL);
	ck_assert_uint_eq(acc, 0);
	/* no policy: allowed, nothing changes */
	ck_assert_int_eq(zhen_policy_apply(&acc, pairf, NULL, NULL, ZH, 0, EN,
	                                   0), 0);
	ck_assert_int_eq(zhen_policy_apply(&acc, pairf, pol, NULL, NULL, 0, EN,
	                                   0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_apply(&acc, pairf, pol, NULL, ZH, 0, NULL,
	                                   0), ZHEN_EINVAL);
	ck_assert_uint_eq(zhen_findings_count(pairf), n);
	ck_assert_int_eq(zhen_policy_apply(NULL, pairf, pol, NULL, ZH, 0, EN, 0),
	                 0);
}
END_TEST

START_TEST(misuse_zhen_policy_apply_keep)
{
	zhen_findings *kept = NULL;
	size_t n = zhen_findings_count(pairf);

	ck_assert_int_eq(zhen_policy_apply_keep(NULL, pairf, pol, NULL, ZH, 0,
	                                        EN, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_apply_keep(&kept, NULL, pol, NULL, ZH, 0,
	                                        EN, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_apply_keep(&kept, pairf, pol, NULL, NULL,
	                                        0, EN, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_apply_keep(&kept, pairf, pol, NULL, ZH, 0,
	                                        NULL, 0), ZHEN_EINVAL);
	ck_assert_ptr_null(kept);
	ck_assert_uint_eq(zhen_findings_count(pairf), n);
	/* no policy: allowed, nothing changes, an empty list kept */
	ck_assert_int_eq(zhen_policy_apply_keep(&kept, pairf, NULL, NULL, ZH,
	                                        0, EN, 0), 0);
	ck_assert_uint_eq(zhen_findings_count(pairf), n);
	ck_assert_uint_eq(zhen_findings_count(kept), 0);
	zhen_findings_free(kept);
}
END_TEST

START_TEST(misuse_zhen_policy_apply_result)
{
	size_t acc = 7;
	ck_assert_int_eq(zhen_policy_apply_result(&acc, NULL, pol, NULL, zdoc,
	                                          edoc), ZHEN_EINVAL);
	ck_assert_uint_eq(acc, 0);
	ck_assert_int_eq(zhen_policy_apply_result(&acc, res, NULL, NULL, zdoc,
	                                          edoc), 0);
	ck_assert_int_eq(zhen_policy_apply_result(&acc, res, pol, NULL, NULL,
	                                          edoc), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_apply_result(&acc, res, pol, NULL, zdoc,
	                                          NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_policy_apply_result(NULL, res, pol, NULL, zdoc,
	                                          edoc), 0);
}
END_TEST

START_TEST(misuse_zhen_result_accepted)
{
	ck_assert_uint_eq(zhen_result_accepted(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_result_accepted_findings)
{
	ck_assert_ptr_null(zhen_result_accepted_findings(NULL));
}
END_TEST

START_TEST(misuse_zhen_ftype_severity)
{
	/* a type it does not know is treated as the worst */
	ck_assert_int_eq(zhen_ftype_severity((zhen_ftype)99, 0), ZHEN_SEV_ERROR);
	ck_assert_int_eq(zhen_ftype_severity((zhen_ftype)-1, 1), ZHEN_SEV_ERROR);
}
END_TEST

/* The three *_parse functions of policy.h share their contract. */
#define PARSE_MISUSE(fn, type, good, keep)                                   \
	do {                                                                 \
		type v = (keep);                                             \
		ck_assert_int_eq(fn(NULL, good), ZHEN_EINVAL);               \
		ck_assert_int_eq(fn(&v, NULL), ZHEN_EINVAL);                 \
		ck_assert_int_eq(fn(&v, "no such name"), ZHEN_EUSAGE);       \
		ck_assert_int_eq(v, (keep));                                 \
	} while (0)

START_TEST(misuse_zhen_ftype_parse)
{
	PARSE_MISUSE(zhen_ftype_parse, zhen_ftype, "value", ZHEN_F_MOVED);
}
END_TEST

START_TEST(misuse_zhen_qkind_parse)
{
	PARSE_MISUSE(zhen_qkind_parse, zhen_qkind, "money", ZHEN_Q_TIME);
}
END_TEST

START_TEST(misuse_zhen_severity_parse)
{
	PARSE_MISUSE(zhen_severity_parse, zhen_severity, "error",
	             ZHEN_SEV_WARNING);
}
END_TEST

/* ---- readers.h ---- */

START_TEST(misuse_zhen_format_name)
{
	ck_assert_str_eq(zhen_format_name((zhen_format)99), "unknown");
	ck_assert_str_eq(zhen_format_name((zhen_format)-1), "unknown");
}
END_TEST

START_TEST(misuse_zhen_format_parse)
{
	PARSE_MISUSE(zhen_format_parse, zhen_format, "tmx", ZHEN_FORMAT_CSV);
}
END_TEST

START_TEST(misuse_zhen_format_is_bilingual)
{
	ck_assert_int_eq(zhen_format_is_bilingual((zhen_format)99), 0);
	ck_assert_int_eq(zhen_format_is_bilingual((zhen_format)-1), 0);
}
END_TEST

START_TEST(misuse_zhen_format_detect)
{
	zhen_format f = ZHEN_FORMAT_CSV;
	ck_assert_int_eq(zhen_format_detect(NULL, ctx, "x", 1, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_format_detect(&f, ctx, NULL, 4, NULL),
	                 ZHEN_EINVAL);
	says("zhen_format_detect", "bytes");
	ck_assert_int_eq(f, ZHEN_FORMAT_UNKNOWN);
	/* the context only keeps the message; no bytes is a text */
	ck_assert_int_eq(zhen_format_detect(&f, NULL, NULL, 0, NULL), 0);
	ck_assert_int_eq(f, ZHEN_FORMAT_TEXT);
}
END_TEST

static void read_misuse(int (*fn)(void **, zhen_ctx *, const char *, size_t,
                                  const zhen_read_options *),
                        const char *name, zhen_format fmt)
{
	void *out;
	zhen_read_options o = ZHEN_READ_OPTIONS_INIT;

	o.format = fmt;
	ck_assert_int_eq(fn(NULL, ctx, tmx, sizeof tmx - 1, &o), ZHEN_EINVAL);
	POISON(out);
	ck_assert_int_eq(fn(&out, NULL, tmx, sizeof tmx - 1, &o), ZHEN_EINVAL);
	ck_assert_ptr_null(out);
	POISON(out);
	ck_assert_int_eq(fn(&out, ctx, NULL, 9, &o), ZHEN_EINVAL);
	ck_assert_ptr_null(out);
	says(name, "bytes");
	o.version = 99;
	ck_assert_int_eq(fn(&out, ctx, tmx, sizeof tmx - 1, &o), ZHEN_EUSAGE);
	o.version = ZHEN_READ_OPTIONS_VERSION;
	o.format = (zhen_format)99;
	ck_assert_int_eq(fn(&out, ctx, tmx, sizeof tmx - 1, &o), ZHEN_EUSAGE);
	ck_assert_ptr_null(out);
}

/* zhen_units_read and zhen_doc_read_format differ only in the type of
 * their out-parameter: called through this one type. */
static int units_read_void(void **out, zhen_ctx *c, const char *b, size_t n,
                           const zhen_read_options *o)
{
	return zhen_units_read((zhen_units **)out, c, b, n, o);
}

static int doc_read_format_void(void **out, zhen_ctx *c, const char *b,
                                size_t n, const zhen_read_options *o)
{
	return zhen_doc_read_format((zhen_doc **)out, c, b, n, o);
}

START_TEST(misuse_zhen_units_read)
{
	read_misuse(units_read_void, "zhen_units_read", ZHEN_FORMAT_TMX);
	ck_assert_int_eq(zhen_units_read(NULL, ctx, "", 0, NULL), ZHEN_EINVAL);
}
END_TEST

START_TEST(misuse_zhen_doc_read_format)
{
	read_misuse(doc_read_format_void, "zhen_doc_read_format",
	            ZHEN_FORMAT_TEXT);
	ck_assert_int_eq(zhen_doc_read_format(NULL, ctx, "", 0, NULL),
	                 ZHEN_EINVAL);
}
END_TEST

START_TEST(misuse_zhen_units_free)
{
	zhen_units_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_units_count)
{
	ck_assert_uint_eq(zhen_units_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_units_get)
{
	ck_assert_ptr_null(zhen_units_get(NULL, 0));
	ck_assert_ptr_null(zhen_units_get(NULL, SIZE_MAX));
}
END_TEST

START_TEST(misuse_zhen_units_format)
{
	ck_assert_int_eq(zhen_units_format(NULL), ZHEN_FORMAT_UNKNOWN);
}
END_TEST

START_TEST(misuse_zhen_units_lang)
{
	ck_assert_ptr_null(zhen_units_lang(NULL, ZHEN_LANG_ZH));
	ck_assert_ptr_null(zhen_units_lang(NULL, (zhen_lang)2));
}
END_TEST

/* ---- report.h ---- */

START_TEST(misuse_zhen_finding_message)
{
	char buf[256] = "untouched";
	const zhen_finding *f = zhen_findings_get(pairf, 0);
	size_t n = zhen_finding_message(NULL, 0, f, ZH, 0, EN, 0);

	ck_assert_uint_gt(n, 0);
	ck_assert_uint_eq(zhen_finding_message(NULL, sizeof buf, f, ZH, 0, EN,
	                                       0), n);
	ck_assert_str_eq(buf, "untouched");
	ck_assert_uint_eq(zhen_finding_message(buf, sizeof buf, NULL, ZH, 0, EN,
	                                       0), 0);
	ck_assert_str_eq(buf, "");
	/* without the texts the figures are described, not quoted */
	ck_assert_uint_gt(zhen_finding_message(buf, sizeof buf, f, NULL, 0,
	                                       NULL, 0), 0);
}
END_TEST

START_TEST(misuse_zhen_findings_count_severity)
{
	ck_assert_uint_eq(zhen_findings_count_severity(NULL, ZHEN_SEV_ERROR), 0);
	ck_assert_uint_eq(zhen_findings_count_severity(pairf,
	                                               (zhen_severity)99), 0);
}
END_TEST

START_TEST(misuse_zhen_report_text)
{
	ck_assert_int_eq(zhen_report_text(NULL, NULL, res, zdoc, edoc, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_text(sink, NULL, NULL, zdoc, edoc, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_text(sink, NULL, res, NULL, edoc, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_text(sink, NULL, res, zdoc, NULL, NULL),
	                 ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_pair_text)
{
	size_t zl = strlen(ZH), el = strlen(EN);
	ck_assert_int_eq(zhen_report_pair_text(NULL, NULL, 1, pairf, ZH, zl, 0,
	                                       EN, el, 0, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_text(sink, NULL, 1, pairf, NULL, zl,
	                                       0, EN, el, 0, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_text(sink, NULL, 1, pairf, ZH, zl, 0,
	                                       NULL, el, 0, NULL), ZHEN_EINVAL);
	/* findings whose figures lie outside the texts given */
	ck_assert_int_eq(zhen_report_pair_text(sink, NULL, 1, pairf, ZH, 2, 0,
	                                       EN, el, 0, NULL), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_report_pair_text(sink, NULL, 1, pairf, ZH, zl,
	                                       100, EN, el, 0, NULL),
	                 ZHEN_EUSAGE);
	ck_assert_uint_eq(written, 0);
	/* no findings: nothing to write, whatever the texts */
	ck_assert_int_eq(zhen_report_pair_text(sink, NULL, 1, NULL, NULL, 0, 0,
	                                       NULL, 0, 0, NULL), 0);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_alignment_text)
{
	ck_assert_int_eq(zhen_report_alignment_text(NULL, NULL, res, zdoc, edoc,
	                                            80), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_alignment_text(sink, NULL, NULL, zdoc,
	                                            edoc, 80), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_alignment_text(sink, NULL, res, NULL, edoc,
	                                            80), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_alignment_text(sink, NULL, res, zdoc, NULL,
	                                            80), ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
	/* any width: at least 40 columns, and no overflow at the top */
	ck_assert_int_eq(zhen_report_alignment_text(sink, NULL, res, zdoc, edoc,
	                                            SIZE_MAX), 0);
}
END_TEST

START_TEST(misuse_zhen_report_json)
{
	ck_assert_int_eq(zhen_report_json(NULL, NULL, res, zdoc, edoc),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_json(sink, NULL, NULL, zdoc, edoc),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_json(sink, NULL, res, NULL, edoc),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_json(sink, NULL, res, zdoc, NULL),
	                 ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_pair_json)
{
	ck_assert_int_eq(zhen_report_pair_json(NULL, NULL, 1, pairf, ZH, 0, EN,
	                                       0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_json(sink, NULL, 1, pairf, NULL, 0,
	                                       EN, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_json(sink, NULL, 1, pairf, ZH, 0,
	                                       NULL, 0), ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
	/* no findings: the object with an empty list, texts unread */
	ck_assert_int_eq(zhen_report_pair_json(sink, NULL, 1, NULL, NULL, 0,
	                                       NULL, 0), 0);
	ck_assert_uint_gt(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_pair_error_json)
{
	ck_assert_int_eq(zhen_report_pair_error_json(NULL, NULL, 1, "x"),
	                 ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
	/* no message: an empty one */
	ck_assert_int_eq(zhen_report_pair_error_json(sink, NULL, 1, NULL), 0);
	ck_assert_uint_gt(written, 0);
}
END_TEST

START_TEST(misuse_zhen_quantities_write_json)
{
	ck_assert_int_eq(zhen_quantities_write_json(NULL, NULL, quant, edoc),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_quantities_write_json(sink, NULL, quant, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_quantities_write_json(sink, NULL, NULL, edoc), 0);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_sentences_write_json)
{
	ck_assert_int_eq(zhen_sentences_write_json(NULL, NULL, sent, edoc),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_sentences_write_json(sink, NULL, sent, NULL),
	                 ZHEN_EINVAL);
	/* sentences of another, longer document */
	ck_assert_int_eq(zhen_sentences_write_json(sink, NULL, sent, zdoc),
	                 ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_sentences_write_json(sink, NULL, NULL, edoc), 0);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_alignment_write_json)
{
	ck_assert_int_eq(zhen_alignment_write_json(NULL, NULL,
	                                           zhen_result_alignment(res)),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_alignment_write_json(sink, NULL, NULL), 0);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_json_string)
{
	ck_assert_int_eq(zhen_json_string(NULL, NULL, "x", 1), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_json_string(sink, NULL, NULL, 1), ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
	ck_assert_int_eq(zhen_json_string(sink, NULL, NULL, 0), 0);
	ck_assert_uint_eq(written, 2); /* "" */
}
END_TEST

START_TEST(misuse_zhen_doc_from_units)
{
	static const char src[] =
		"<tmx version=\"1.4\"><header srclang=\"zh\"/><body><tu>"
		"<tuv xml:lang=\"zh\"><seg>增长21%</seg></tuv>"
		"<tuv xml:lang=\"en\"><seg>up 21%</seg></tuv></tu></body></tmx>";
	zhen_units *us = NULL;
	zhen_doc *d = (zhen_doc *)1;

	ck_assert_int_eq(zhen_units_read(&us, ctx, src, strlen(src), NULL), 0);
	ck_assert_int_eq(zhen_doc_from_units(NULL, ctx, us, ZHEN_LANG_ZH),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_doc_from_units(&d, NULL, us, ZHEN_LANG_ZH),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(d);
	ck_assert_int_eq(zhen_doc_from_units(&d, ctx, NULL, ZHEN_LANG_ZH),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_doc_from_units(&d, ctx, us, (zhen_lang)2),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(d);
	/* the good call: the English side, "21%" at its bytes in the file */
	ck_assert_int_eq(zhen_doc_from_units(&d, ctx, us, ZHEN_LANG_EN), 0);
	size_t s = 0, e = 0;
	zhen_doc_source_span(d, 3, 6, &s, &e);
	ck_assert_uint_eq(e - s, 3);
	ck_assert_int_eq(memcmp(src + s, "21%", 3), 0);
	zhen_doc_free(d);
	zhen_units_free(us);
}
END_TEST

START_TEST(misuse_zhen_units_source_span)
{
	static const char src[] =
		"<tmx version=\"1.4\"><header srclang=\"zh\"/><body><tu>"
		"<tuv xml:lang=\"zh\"><seg>增长21%</seg></tuv>"
		"<tuv xml:lang=\"en\"><seg>up 21%</seg></tuv></tu></body></tmx>";
	zhen_units *us = NULL;
	size_t s = 0, e = 0, l = 0;

	ck_assert_int_eq(zhen_units_read(&us, ctx, src, strlen(src), NULL), 0);
	ck_assert_int_eq(zhen_units_source_span(NULL, &e, &l, us, 0,
	                                        ZHEN_LANG_ZH, 0, 1), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_units_source_span(&s, NULL, &l, us, 0,
	                                        ZHEN_LANG_ZH, 0, 1), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_units_source_span(&s, &e, NULL, us, 0,
	                                        ZHEN_LANG_ZH, 0, 1), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_units_source_span(&s, &e, &l, NULL, 0,
	                                        ZHEN_LANG_ZH, 0, 1), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_units_source_span(&s, &e, &l, us, 1,
	                                        ZHEN_LANG_ZH, 0, 1), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_units_source_span(&s, &e, &l, us, 0,
	                                        (zhen_lang)2, 0, 1), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_units_source_span(&s, &e, &l, us, 0,
	                                        ZHEN_LANG_ZH, 2, 1), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_units_source_span(&s, &e, &l, us, 0,
	                                        ZHEN_LANG_EN, 0, 7), ZHEN_EINVAL);
	/* the good call: "21%" of the English, where the file has it */
	ck_assert_int_eq(zhen_units_source_span(&s, &e, &l, us, 0,
	                                        ZHEN_LANG_EN, 3, 6), 0);
	ck_assert_uint_eq(e - s, 3);
	ck_assert_int_eq(memcmp(src + s, "21%", 3), 0);
	ck_assert_uint_eq(l, 1);
	/* a place naming a unit the units do not have */
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;
	at.units = us;
	at.unit = 1;
	ck_assert_int_eq(zhen_report_pair_json_at(sink, NULL, &at, pairf, ZH, 0,
	                                          EN, 0), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_report_pair_text_at(sink, NULL, &at, pairf, ZH,
	                                          strlen(ZH), 0, EN, strlen(EN),
	                                          0, NULL), ZHEN_EUSAGE);
	ck_assert_uint_eq(written, 0);
	zhen_units_free(us);
}
END_TEST

/* Every public function's test, by its function's name (the coverage
 * script reads these lines). */
/* ---- the ..._at() pair writers and the pairs summary (report.h) ---- */

START_TEST(misuse_zhen_report_pair_text_at)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT, old = ZHEN_PAIR_PLACE_INIT;
	size_t zl = strlen(ZH), el = strlen(EN);

	at.line = 1;
	old.version = ZHEN_PAIR_PLACE_VERSION + 1;
	ck_assert_int_eq(zhen_report_pair_text_at(NULL, NULL, &at, pairf, ZH,
	                                          zl, 0, EN, el, 0, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_text_at(sink, NULL, NULL, pairf, ZH,
	                                          zl, 0, EN, el, 0, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_text_at(sink, NULL, &at, pairf, NULL,
	                                          zl, 0, EN, el, 0, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_text_at(sink, NULL, &at, pairf, ZH,
	                                          zl, 0, NULL, el, 0, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_text_at(sink, NULL, &old, pairf, ZH,
	                                          zl, 0, EN, el, 0, NULL),
	                 ZHEN_EUSAGE);
	/* a figure outside the text given */
	ck_assert_int_eq(zhen_report_pair_text_at(sink, NULL, &at, pairf, ZH,
	                                          2, 0, EN, el, 0, NULL),
	                 ZHEN_EUSAGE);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_pair_json_at)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT, old = ZHEN_PAIR_PLACE_INIT;

	at.line = 1;
	old.version = ZHEN_PAIR_PLACE_VERSION + 1;
	ck_assert_int_eq(zhen_report_pair_json_at(NULL, NULL, &at, pairf, ZH, 0,
	                                          EN, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_json_at(sink, NULL, NULL, pairf, ZH,
	                                          0, EN, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_json_at(sink, NULL, &at, pairf, NULL,
	                                          0, EN, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_json_at(sink, NULL, &at, pairf, ZH, 0,
	                                          NULL, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_json_at(sink, NULL, &old, pairf, ZH,
	                                          0, EN, 0), ZHEN_EUSAGE);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_pair_error_json_at)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT, old = ZHEN_PAIR_PLACE_INIT;

	old.version = ZHEN_PAIR_PLACE_VERSION + 1;
	ck_assert_int_eq(zhen_report_pair_error_json_at(NULL, NULL, &at, "x"),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_error_json_at(sink, NULL, NULL, "x"),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pair_error_json_at(sink, NULL, &old, "x"),
	                 ZHEN_EUSAGE);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_pairs_summary_json)
{
	zhen_pairs_summary s = ZHEN_PAIRS_SUMMARY_INIT;
	zhen_pairs_summary old = ZHEN_PAIRS_SUMMARY_INIT;

	old.version = ZHEN_PAIRS_SUMMARY_VERSION + 1;
	ck_assert_int_eq(zhen_report_pairs_summary_json(NULL, NULL, &s),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pairs_summary_json(sink, NULL, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_pairs_summary_json(sink, NULL, &old),
	                 ZHEN_EUSAGE);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_html)
{
	ck_assert_int_eq(zhen_report_html(NULL, NULL, ctx, res, zdoc, edoc,
	                                  NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_html(sink, NULL, ctx, NULL, zdoc, edoc,
	                                  NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_html(sink, NULL, ctx, res, NULL, edoc,
	                                  NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_html(sink, NULL, NULL, res, zdoc, NULL,
	                                  NULL), ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_html_pairs_new)
{
	zhen_html_pairs *h = (zhen_html_pairs *)&h;

	ck_assert_int_eq(zhen_html_pairs_new(NULL, "p", "x"), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_html_pairs_new(&h, NULL, "x"), ZHEN_EINVAL);
	ck_assert_ptr_null(h);
	ck_assert_int_eq(zhen_html_pairs_new(&h, "p", NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(h);
}
END_TEST

START_TEST(misuse_zhen_html_pairs_add)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT, old = ZHEN_PAIR_PLACE_INIT;
	zhen_html_pairs *h = NULL;

	ck_assert_int_eq(zhen_html_pairs_add(NULL, &at, NULL, "a", 1, 0, "b",
	                                     1, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_html_pairs_new(&h, "p", "pairs file"), 0);
	ck_assert_int_eq(zhen_html_pairs_add(h, NULL, NULL, "a", 1, 0, "b",
	                                     1, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_html_pairs_add(h, &at, NULL, NULL, 0, 0, "b",
	                                     1, 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_html_pairs_add(h, &at, NULL, "a", 1, 0, NULL,
	                                     0, 0), ZHEN_EINVAL);
	old.version = 99;
	ck_assert_int_eq(zhen_html_pairs_add(h, &old, NULL, "a", 1, 0, "b",
	                                     1, 0), ZHEN_EUSAGE);
	/* nothing was added: the page lists no pair */
	ck_assert_int_eq(zhen_html_pairs_finish(h, sink, NULL), 0);
	ck_assert_uint_gt(written, 0);
	zhen_html_pairs_free(h);
}
END_TEST

START_TEST(misuse_zhen_html_pairs_reading)
{
	zhen_html_pairs *h = NULL;

	ck_assert_int_eq(zhen_html_pairs_reading(NULL, ctx, ZHEN_CONVERT_AUTO),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_html_pairs_new(&h, "p", "pairs file"), 0);
	ck_assert_int_eq(zhen_html_pairs_reading(h, NULL, ZHEN_CONVERT_AUTO),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_html_pairs_reading(h, ctx, ZHEN_CONVERT_TW2SP),
	                 ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_html_pairs_reading(h, ctx, (zhen_convert_mode)99),
	                 ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_html_pairs_reading(h, ctx, ZHEN_CONVERT_NONE), 0);
	zhen_html_pairs_free(h);
}
END_TEST

START_TEST(misuse_zhen_html_pairs_accepted)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;
	zhen_html_pairs *h = NULL;

	ck_assert_int_eq(zhen_html_pairs_accepted(NULL, pairf), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_html_pairs_new(&h, "p", "pairs file"), 0);
	ck_assert_int_eq(zhen_html_pairs_accepted(h, NULL), 0);
	/* accepted findings whose figures lie outside the pair's texts */
	ck_assert_int_eq(zhen_html_pairs_accepted(h, pairf), 0);
	if (zhen_findings_count(pairf))
		ck_assert_int_eq(zhen_html_pairs_add(h, &at, NULL, "a", 1, 0,
		                                     "b", 1, 0), ZHEN_EUSAGE);
	/* for one pair only: the next is added without them */
	ck_assert_int_eq(zhen_html_pairs_add(h, &at, NULL, "a", 1, 0, "b", 1,
	                                     0), 0);
	zhen_html_pairs_free(h);
}
END_TEST

START_TEST(misuse_zhen_html_pairs_figures)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;
	zhen_html_pairs *h = NULL;
	zhen_findings *f = NULL;
	zhen_quantities *zq = NULL, *eq = NULL;

	ck_assert_int_eq(zhen_check_pair_read(&f, &zq, &eq, ctx, NULL, ZH,
	                                      strlen(ZH), 0, EN, strlen(EN), 0,
	                                      NULL), 0);
	ck_assert_int_eq(zhen_html_pairs_figures(NULL, zq, eq), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_html_pairs_new(&h, "p", "pairs file"), 0);
	ck_assert_int_eq(zhen_html_pairs_reading(h, ctx, ZHEN_CONVERT_AUTO), 0);
	ck_assert_int_eq(zhen_html_pairs_figures(h, NULL, NULL), 0);
	/* figures of another, longer text: refused, never read past "a" */
	ck_assert_int_eq(zhen_html_pairs_figures(h, zq, eq), 0);
	ck_assert_int_eq(zhen_html_pairs_add(h, &at, NULL, "a", 1, 0, "b", 1,
	                                     0), ZHEN_EUSAGE);
	/* for one pair only: the next reads its own */
	ck_assert_int_eq(zhen_html_pairs_add(h, &at, NULL, "a", 1, 0, "b", 1,
	                                     0), 0);
	ck_assert_int_eq(zhen_html_pairs_figures(h, zq, eq), 0);
	ck_assert_int_eq(zhen_html_pairs_add(h, &at, f, ZH, strlen(ZH), 0, EN,
	                                     strlen(EN), 0), 0);
	zhen_html_pairs_free(h);
	zhen_findings_free(f);
	zhen_quantities_free(zq);
	zhen_quantities_free(eq);
}
END_TEST

START_TEST(misuse_zhen_html_pairs_finish)
{
	zhen_html_pairs *h = NULL;

	ck_assert_int_eq(zhen_html_pairs_finish(NULL, sink, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_html_pairs_new(&h, "p", "pairs file"), 0);
	ck_assert_int_eq(zhen_html_pairs_finish(h, NULL, NULL), ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
	zhen_html_pairs_free(h);
}
END_TEST

START_TEST(misuse_zhen_html_pairs_free)
{
	zhen_html_pairs_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_report_index_html)
{
	zhen_index_entry e = ZHEN_INDEX_ENTRY_INIT;

	ck_assert_int_eq(zhen_report_index_html(NULL, NULL, "t", &e, 0),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_index_html(sink, NULL, NULL, &e, 0),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_index_html(sink, NULL, "t", NULL, 1),
	                 ZHEN_EINVAL);
	/* an entry without its name */
	ck_assert_int_eq(zhen_report_index_html(sink, NULL, "t", &e, 1),
	                 ZHEN_EINVAL);
	e.name = "a";
	e.version = 99;
	ck_assert_int_eq(zhen_report_index_html(sink, NULL, "t", &e, 1),
	                 ZHEN_EUSAGE);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_pairs_csv_header)
{
	ck_assert_int_eq(zhen_report_pairs_csv_header(NULL, NULL), ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
}
END_TEST

/* The CSV writers of one pair share their arguments and checks. */
typedef int (*pair_csv_fn)(zhen_write_fn, void *, const char *,
                           const zhen_pair_place *, const zhen_findings *,
                           const char *, size_t, size_t, const char *,
                           size_t, size_t);

static void pair_csv_misuse(pair_csv_fn fn)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT, old = ZHEN_PAIR_PLACE_INIT;

	ck_assert_int_eq(fn(NULL, NULL, "p", &at, NULL, "a", 1, 0, "b", 1, 0),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(fn(sink, NULL, NULL, &at, NULL, "a", 1, 0, "b", 1, 0),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(fn(sink, NULL, "p", NULL, NULL, "a", 1, 0, "b", 1, 0),
	                 ZHEN_EINVAL);
	old.version = 99;
	ck_assert_int_eq(fn(sink, NULL, "p", &old, NULL, "a", 1, 0, "b", 1, 0),
	                 ZHEN_EUSAGE);
	/* a clean pair writes nothing, and needs no text */
	ck_assert_int_eq(fn(sink, NULL, "p", &at, NULL, NULL, 0, 0, NULL, 0, 0),
	                 0);
	/* findings whose figures lie outside the texts given */
	if (zhen_findings_count(pairf))
		ck_assert_int_eq(fn(sink, NULL, "p", &at, pairf, "a", 1, 0, "b",
		                    1, 0), ZHEN_EUSAGE);
	ck_assert_uint_eq(written, 0);
}

START_TEST(misuse_zhen_report_pair_csv_at)
{
	pair_csv_misuse(zhen_report_pair_csv_at);
}
END_TEST

START_TEST(misuse_zhen_report_unit_csv_rows)
{
	pair_csv_misuse(zhen_report_unit_csv_rows);
}
END_TEST

START_TEST(misuse_zhen_report_csv)
{
	ck_assert_int_eq(zhen_report_csv(NULL, NULL, res, zdoc, edoc, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_csv(sink, NULL, NULL, zdoc, edoc, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_csv(sink, NULL, res, NULL, edoc, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_csv(sink, NULL, res, zdoc, NULL, NULL),
	                 ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_csv_header)
{
	ck_assert_int_eq(zhen_report_csv_header(NULL, NULL), ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
}
END_TEST

START_TEST(misuse_zhen_report_csv_rows)
{
	ck_assert_int_eq(zhen_report_csv_rows(NULL, NULL, res, zdoc, edoc,
	                                      NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_csv_rows(sink, NULL, NULL, zdoc, edoc,
	                                      NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_csv_rows(sink, NULL, res, NULL, edoc,
	                                      NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_report_csv_rows(sink, NULL, res, zdoc, NULL,
	                                      NULL), ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
}
END_TEST

/* ---- check.h ---- */

START_TEST(misuse_zhen_check_unit)
{
	zhen_unit u = { 0 };
	zhen_findings *f = (zhen_findings *)1;

	u.zh = ZH, u.zh_len = strlen(ZH), u.en = EN, u.en_len = strlen(EN);
	u.where = "unit 1";
	ck_assert_int_eq(zhen_check_unit(NULL, ctx, &u, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_check_unit(&f, NULL, &u, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	f = (zhen_findings *)1;
	ck_assert_int_eq(zhen_check_unit(&f, ctx, NULL, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(f);
}
END_TEST

START_TEST(misuse_zhen_check_unit_in)
{
	zhen_unit u = { 0 };
	zhen_findings *f;
	zhen_carry *c;

	ck_assert_int_eq(zhen_carry_new(&c), 0);
	u.zh = ZH, u.zh_len = strlen(ZH), u.en = EN, u.en_len = strlen(EN);
	u.where = "unit 1";
	ck_assert_int_eq(zhen_check_unit_in(NULL, ctx, c, &u, NULL),
	                 ZHEN_EINVAL);
	POISON(f);
	ck_assert_int_eq(zhen_check_unit_in(&f, ctx, NULL, &u, NULL),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	says("zhen_check_unit_in", "carry");
	POISON(f);
	ck_assert_int_eq(zhen_check_unit_in(&f, NULL, c, &u, NULL),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	POISON(f);
	ck_assert_int_eq(zhen_check_unit_in(&f, ctx, c, NULL, NULL),
	                 ZHEN_EINVAL);
	ck_assert_ptr_null(f);
	says("zhen_check_unit_in", "u");
	/* an untranslated unit: one info finding, carry or not */
	u.flags = ZHEN_UNIT_UNTRANSLATED;
	ck_assert_int_eq(zhen_check_unit_in(&f, ctx, c, &u, NULL), 0);
	ck_assert_uint_eq(zhen_findings_count(f), 1);
	zhen_findings_free(f);
	zhen_carry_free(c);
}
END_TEST

/* ---- lines (doc.h) ---- */

START_TEST(misuse_zhen_lines_new)
{
	zhen_lines *r = (zhen_lines *)1;

	ck_assert_int_eq(zhen_lines_new(NULL, ctx, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_lines_new(&r, NULL, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(r);
}
END_TEST

START_TEST(misuse_zhen_lines_feed)
{
	zhen_lines *r;

	ck_assert_int_eq(zhen_lines_feed(NULL, "a\n", 2), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_lines_new(&r, ctx, NULL), 0);
	ck_assert_int_eq(zhen_lines_feed(r, NULL, 2), ZHEN_EINVAL);
	/* the reader is left as it was: it still reads what comes next */
	ck_assert_int_eq(zhen_lines_feed(r, "a\n", 2), 0);
	ck_assert_int_eq(zhen_lines_feed(r, NULL, 0), 0);
	zhen_line ln;
	ck_assert_int_eq(zhen_lines_next(r, &ln), 1);
	ck_assert_uint_eq(ln.len, 1);
	zhen_lines_free(r);
}
END_TEST

START_TEST(misuse_zhen_lines_next)
{
	zhen_lines *r;
	zhen_line ln;

	ck_assert_int_eq(zhen_lines_next(NULL, &ln), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_lines_new(&r, ctx, NULL), 0);
	ck_assert_int_eq(zhen_lines_next(r, NULL), ZHEN_EINVAL);
	zhen_lines_free(r);
}
END_TEST

START_TEST(misuse_zhen_lines_encoding)
{
	ck_assert_str_eq(zhen_lines_encoding(NULL), "");
}
END_TEST

START_TEST(misuse_zhen_lines_free)
{
	zhen_lines_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_lines_done)
{
	ck_assert_int_ne(zhen_lines_done(NULL), 0);
}
END_TEST

/* ---- facts.h ---- */

START_TEST(misuse_zhen_facts_new)
{
	ck_assert_int_eq(zhen_facts_new(NULL, ctx), ZHEN_EINVAL);
}
END_TEST

START_TEST(misuse_zhen_facts_free)
{
	zhen_facts_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_facts_add_doc)
{
	zhen_facts *f;

	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	ck_assert_int_eq(zhen_facts_add_doc(NULL, ctx, zdoc, "zh",
	                                    ZHEN_CONVERT_T2S), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_facts_add_doc(f, NULL, zdoc, "zh",
	                                    ZHEN_CONVERT_T2S), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_facts_add_doc(f, ctx, NULL, "zh",
	                                    ZHEN_CONVERT_T2S), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_facts_add_doc(f, ctx, zdoc, NULL,
	                                    ZHEN_CONVERT_T2S), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_facts_add_doc(f, ctx, zdoc, "zh",
	                                    ZHEN_CONVERT_AUTO), ZHEN_EUSAGE);
	ck_assert_int_eq(zhen_facts_add_doc(f, ctx, zdoc, "zh",
	                                    (zhen_convert_mode)99),
	                 ZHEN_EUSAGE);
	ck_assert_uint_eq(zhen_facts_doc_count(f), 0);
	zhen_facts_free(f);
}
END_TEST

START_TEST(misuse_zhen_facts_count)
{
	ck_assert_uint_eq(zhen_facts_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_facts_get)
{
	zhen_facts *f;

	ck_assert_ptr_null(zhen_facts_get(NULL, 0));
	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	ck_assert_ptr_null(zhen_facts_get(f, SIZE_MAX));
	zhen_facts_free(f);
}
END_TEST

START_TEST(misuse_zhen_facts_doc_count)
{
	ck_assert_uint_eq(zhen_facts_doc_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_facts_doc_name)
{
	zhen_facts *f;

	ck_assert_ptr_null(zhen_facts_doc_name(NULL, 0));
	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	ck_assert_int_eq(zhen_facts_add_doc(f, ctx, zdoc, "zh",
	                                    ZHEN_CONVERT_T2S), 0);
	ck_assert_ptr_null(zhen_facts_doc_name(f, 1));
	zhen_facts_free(f);
}
END_TEST

START_TEST(misuse_zhen_facts_doc)
{
	zhen_facts *f;

	ck_assert_ptr_null(zhen_facts_doc(NULL, 0));
	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	ck_assert_ptr_null(zhen_facts_doc(f, SIZE_MAX));
	zhen_facts_free(f);
}
END_TEST

START_TEST(misuse_zhen_rates_read)
{
	zhen_rates *r = (zhen_rates *)1;

	ck_assert_int_eq(zhen_rates_read(NULL, ctx, "", 0), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_rates_read(&r, ctx, NULL, 4), ZHEN_EINVAL);
	ck_assert_ptr_null(r);
	/* no text and no length: no rates */
	ck_assert_int_eq(zhen_rates_read(&r, ctx, NULL, 0), 0);
	zhen_rates_free(r);
}
END_TEST

START_TEST(misuse_zhen_rates_free)
{
	zhen_rates_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_facts_compare)
{
	zhen_conflicts *c = (zhen_conflicts *)1;
	zhen_facts *f;

	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	ck_assert_int_eq(zhen_facts_compare(NULL, ctx, f, NULL), ZHEN_EINVAL);
	ck_assert_int_eq(zhen_facts_compare(&c, ctx, NULL, NULL), ZHEN_EINVAL);
	ck_assert_ptr_null(c);
	zhen_facts_free(f);
}
END_TEST

START_TEST(misuse_zhen_conflicts_free)
{
	zhen_conflicts_free(NULL);
}
END_TEST

START_TEST(misuse_zhen_conflicts_count)
{
	ck_assert_uint_eq(zhen_conflicts_count(NULL), 0);
}
END_TEST

START_TEST(misuse_zhen_conflicts_get)
{
	zhen_conflicts *c;
	zhen_facts *f;

	ck_assert_ptr_null(zhen_conflicts_get(NULL, 0));
	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	ck_assert_int_eq(zhen_facts_compare(&c, ctx, f, NULL), 0);
	ck_assert_ptr_null(zhen_conflicts_get(c, SIZE_MAX));
	zhen_conflicts_free(c);
	zhen_facts_free(f);
}
END_TEST

START_TEST(misuse_zhen_conflict_type_name)
{
	ck_assert_str_eq(zhen_conflict_type_name((zhen_conflict_type)-1),
	                 "unknown");
	ck_assert_str_eq(zhen_conflict_type_name((zhen_conflict_type)99),
	                 "unknown");
}
END_TEST

START_TEST(misuse_zhen_period_format)
{
	char buf[16];
	zhen_period p = { 2022, (zhen_period_part)99, 0 };

	/* a part out of range is the year's, not a read past the table */
	ck_assert_uint_eq(zhen_period_format(buf, sizeof buf, p), 4);
	ck_assert_str_eq(buf, "2022");
	ck_assert_uint_eq(zhen_period_format(NULL, 8, p), 0);
	/* measuring */
	p.part = ZHEN_PERIOD_H1;
	ck_assert_uint_eq(zhen_period_format(NULL, 0, p), 7);
	/* a month out of range is December's */
	p.part = ZHEN_PERIOD_YEAR;
	p.end_month = 99;
	ck_assert_uint_eq(zhen_period_format(buf, sizeof buf, p), 4);
}
END_TEST

START_TEST(misuse_zhen_period_equal)
{
	zhen_period a = { 2023, ZHEN_PERIOD_YEAR, 0 }, b = a;

	/* months out of range, 0 and 12 are all December */
	b.end_month = 12;
	ck_assert_int_eq(zhen_period_equal(a, b), 1);
	b.end_month = -5;
	ck_assert_int_eq(zhen_period_equal(a, b), 1);
	b.end_month = 3;
	ck_assert_int_eq(zhen_period_equal(a, b), 0);
	/* a half's end month is read too: H1 of a year to March is not the
	 * calendar H1 */
	a.part = b.part = ZHEN_PERIOD_H1;
	ck_assert_int_eq(zhen_period_equal(a, b), 0);
	a.end_month = 3;
	ck_assert_int_eq(zhen_period_equal(a, b), 1);
	/* a part out of range */
	b.part = (zhen_period_part)99;
	ck_assert_int_eq(zhen_period_equal(a, b), 0);
}
END_TEST

START_TEST(misuse_zhen_facts_report_text)
{
	zhen_facts *f;

	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	ck_assert_int_eq(zhen_facts_report_text(NULL, NULL, f, NULL, 0),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_facts_report_text(sink, NULL, NULL, NULL, 0),
	                 ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
	zhen_facts_free(f);
}
END_TEST

START_TEST(misuse_zhen_facts_report_json)
{
	zhen_facts *f;

	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	ck_assert_int_eq(zhen_facts_report_json(NULL, NULL, f, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_facts_report_json(sink, NULL, NULL, NULL),
	                 ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
	zhen_facts_free(f);
}
END_TEST

START_TEST(misuse_zhen_facts_report_html)
{
	zhen_facts *f;

	ck_assert_int_eq(zhen_facts_new(&f, ctx), 0);
	ck_assert_int_eq(zhen_facts_report_html(NULL, NULL, f, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_facts_report_html(sink, NULL, NULL, NULL),
	                 ZHEN_EINVAL);
	ck_assert_uint_eq(written, 0);
	/* no facts, no conflicts: a page all the same */
	ck_assert_int_eq(zhen_facts_report_html(sink, NULL, f, NULL), 0);
	ck_assert_uint_gt(written, 0);
	zhen_facts_free(f);
}
END_TEST

#define T(fn) tcase_add_test(tc, misuse_##fn)

static Suite *misuse_suite(void)
{
	Suite *s = suite_create("misuse");
	TCase *tc = tcase_create("misuse");

	tcase_add_checked_fixture(tc, setup, teardown);
	/* common.h */
	T(zhen_ctx_new);
	T(zhen_ctx_new_shared);
	T(zhen_ctx_free);
	T(zhen_ctx_add_dict);
	T(zhen_dict_name);
	T(zhen_ctx_errmsg);
	T(zhen_ctx_errpos);
	T(zhen_strerror);
	T(zhen_free);
	T(zhen_version);
	T(zhen_decimal_format);
	/* convert.h */
	T(zhen_convert_mode_name);
	T(zhen_convert_mode_parse);
	T(zhen_script_name);
	T(zhen_detect_script);
	T(zhen_convert_resolve);
	T(zhen_convert);
	/* doc.h */
	T(zhen_doc_read);
	T(zhen_doc_from_bytes);
	T(zhen_doc_free);
	T(zhen_doc_bytes);
	T(zhen_doc_encoding);
	T(zhen_doc_source_span);
	T(zhen_doc_paragraph_count);
	T(zhen_doc_paragraph);
	T(zhen_doc_line_of);
	T(zhen_doc_place);
	T(zhen_utf8_check);
	T(zhen_doc_letters);
	/* segment.h */
	T(zhen_segment);
	T(zhen_segment_text);
	T(zhen_sentences_free);
	T(zhen_sentences_count);
	T(zhen_sentences_get);
	/* numbers.h */
	T(zhen_numbers_extract);
	T(zhen_numbers_extract_all);
	T(zhen_quantities_free);
	T(zhen_quantities_count);
	T(zhen_quantities_get);
	T(zhen_qkind_name);
	T(zhen_quantity_format);
	/* align.h */
	T(zhen_lexicon_read);
	T(zhen_lexicon_count);
	T(zhen_lexicon_free);
	T(zhen_align);
	T(zhen_align_sides);
	T(zhen_alignment_write);
	T(zhen_alignment_free);
	T(zhen_alignment_count);
	T(zhen_alignment_get);
	/* check.h */
	T(zhen_finding_id);
	T(zhen_compare);
	T(zhen_compare_text);
	T(zhen_compare_across);
	T(zhen_findings_free);
	T(zhen_findings_count);
	T(zhen_findings_get);
	T(zhen_ftype_name);
	T(zhen_severity_name);
	T(zhen_doubt_name);
	T(zhen_check_pair);
	T(zhen_carry_new);
	T(zhen_carry_free);
	T(zhen_check_pair_in);
	T(zhen_check_documents);
	T(zhen_align_documents);
	T(zhen_result_free);
	T(zhen_result_sentences);
	T(zhen_result_alignment);
	T(zhen_result_findings);
	T(zhen_result_quantities);
	T(zhen_result_script);
	T(zhen_result_convert);
	/* policy.h */
	T(zhen_policy_new);
	T(zhen_policy_free);
	T(zhen_policy_set_severity);
	T(zhen_policy_ignore_text);
	T(zhen_policy_ignore_value);
	T(zhen_policy_accept);
	T(zhen_policy_accepted_count);
	T(zhen_policy_apply);
	T(zhen_policy_apply_keep);
	T(zhen_policy_apply_result);
	T(zhen_result_accepted);
	T(zhen_result_accepted_findings);
	T(zhen_html_pairs_new);
	T(zhen_html_pairs_add);
	T(zhen_html_pairs_reading);
	T(zhen_html_pairs_accepted);
	T(zhen_html_pairs_finish);
	T(zhen_html_pairs_free);
	T(zhen_report_index_html);
	T(zhen_report_pairs_csv_header);
	T(zhen_report_pair_csv_at);
	T(zhen_ftype_severity);
	T(zhen_ftype_parse);
	T(zhen_qkind_parse);
	T(zhen_severity_parse);
	/* readers.h */
	T(zhen_format_name);
	T(zhen_format_parse);
	T(zhen_format_is_bilingual);
	T(zhen_format_detect);
	T(zhen_units_read);
	T(zhen_units_free);
	T(zhen_units_count);
	T(zhen_units_get);
	T(zhen_units_format);
	T(zhen_units_lang);
	T(zhen_units_source_span);
	T(zhen_doc_from_units);
	T(zhen_doc_read_format);
	/* report.h */
	T(zhen_finding_message);
	T(zhen_findings_count_severity);
	T(zhen_report_text);
	T(zhen_report_pair_text);
	T(zhen_report_alignment_text);
	T(zhen_report_json);
	T(zhen_report_pair_json);
	T(zhen_report_pair_error_json);
	T(zhen_quantities_write_json);
	T(zhen_sentences_write_json);
	T(zhen_alignment_write_json);
	T(zhen_json_string);
	/* the ..._at() writers, HTML, CSV */
	T(zhen_report_pair_text_at);
	T(zhen_report_pair_json_at);
	T(zhen_report_pair_error_json_at);
	T(zhen_report_pairs_summary_json);
	T(zhen_report_html);
	T(zhen_report_csv);
	T(zhen_report_csv_header);
	T(zhen_report_csv_rows);
	T(zhen_report_unit_csv_rows);
	T(zhen_check_pair_read);
	T(zhen_html_pairs_figures);
	/* check.h, doc.h (lines) */
	T(zhen_check_unit);
	T(zhen_check_unit_in);
	T(zhen_lines_new);
	T(zhen_lines_feed);
	T(zhen_lines_next);
	T(zhen_lines_encoding);
	T(zhen_lines_free);
	T(zhen_lines_done);
	/* facts.h */
	T(zhen_facts_new);
	T(zhen_facts_free);
	T(zhen_facts_add_doc);
	T(zhen_facts_count);
	T(zhen_facts_get);
	T(zhen_facts_doc_count);
	T(zhen_facts_doc_name);
	T(zhen_facts_doc);
	T(zhen_rates_read);
	T(zhen_rates_free);
	T(zhen_facts_compare);
	T(zhen_conflicts_free);
	T(zhen_conflicts_count);
	T(zhen_conflicts_get);
	T(zhen_conflict_type_name);
	T(zhen_period_format);
	T(zhen_period_equal);
	T(zhen_facts_report_text);
	T(zhen_facts_report_json);
	T(zhen_facts_report_html);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(misuse_suite());
}
