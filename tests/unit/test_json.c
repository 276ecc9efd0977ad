/* test_json.c: the one JSON encoder (src/report/json.c): string escaping,
 * valid output whatever the input, every kind of quantity, and each stream
 * (pairs, pair errors, quantities, sentences, alignment, document check)
 * in the schema of README "JSON output". */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "internal.h"
#include "zhen_test.h"
#include "report_fixture.h"

/* ---- a strict reader of one JSON string literal ---- */

static int valid_utf8(const char *s, size_t len)
{
	utf8proc_int32_t cp;
	for (size_t i = 0; i < len;) {
		utf8proc_ssize_t k = utf8proc_iterate(
			(const utf8proc_uint8_t *)s + i,
			(utf8proc_ssize_t)(len - i), &cp);
		if (k <= 0)
			return 0;
		i += (size_t)k;
	}
	return 1;
}

/* Decode the JSON string literal that makes up all of [s, s+len) into
 * @p out (room for len bytes); -1 when it is not exactly one valid
 * literal of valid UTF-8, else the decoded length. */
static long json_decode(char *out, const char *s, size_t len)
{
	size_t i = 1, n = 0;

	/* RFC 8259: the text is UTF-8, C0 controls escaped */
	if (len < 2 || s[0] != '"' || s[len - 1] != '"' || !valid_utf8(s, len))
		return -1;
	while (i < len - 1) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == '"')
			return -1;
		if (c != '\\') {
			out[n++] = (char)c;
			i++;
			continue;
		}
		if (i + 1 >= len - 1)
			return -1;
		char e = s[i + 1];
		if (e == '"' || e == '\\' || e == '/') {
			out[n++] = e;
			i += 2;
		} else if (e == 'u' && i + 6 <= len - 1) {
			unsigned v;
			if (sscanf(s + i + 2, "%4x", &v) != 1)
				return -1;
			n += zhen__utf8_put(out + n, (int32_t)v);
			i += 6;
		} else {
			return -1;
		}
	}
	return (long)n;
}

static void escaped_as(const char *in, size_t len, const char *want)
{
	struct sink k = { .len = 0 };
	ck_assert_int_eq(zhen_json_string(to_sink, &k, in, len), 0);
	ck_assert_str_eq(k.buf, want);
}

/* ---- escaping ---- */

static const struct {
	const char *in;
	size_t len;
	const char *out;
} escapes[] = {
	{ "plain", 5, "\"plain\"" },
	{ "", 0, "\"\"" },
	{ "a\"b", 3, "\"a\\\"b\"" },
	{ "a\\b", 3, "\"a\\\\b\"" },
	{ "/", 1, "\"/\"" },
	{ "\t\n\r", 3, "\"\\u0009\\u000a\\u000d\"" },
	{ "\x00x", 2, "\"\\u0000x\"" },
	/* DEL, C1 (CSI) and bidirectional controls: legal raw in JSON, but
	 * a terminal shown the report would act on them */
	{ "\x1f\x7f", 2, "\"\\u001f\\u007f\"" },
	{ "\xC2\x9B" "2J", 4, "\"\\u009b2J\"" },
	{ "a\xE2\x80\xAE" "b", 5, "\"a\\u202eb\"" },
	{ "中文", 6, "\"中文\"" },
	{ "\xF0\x9F\x98\x80", 4, "\"\xF0\x9F\x98\x80\"" },      /* U+1F600 */
	{ "\xEF\xBF\xBF", 3, "\"\xEF\xBF\xBF\"" },              /* U+FFFF */
	/* invalid UTF-8: one U+FFFD per byte that starts nothing valid */
	{ "a\x80z", 3, "\"a\\ufffdz\"" },                       /* lone tail */
	{ "\xFF", 1, "\"\\ufffd\"" },
	{ "\xE4\xB8", 2, "\"\\ufffd\\ufffd\"" },                /* cut short */
	{ "\xC0\xAF", 2, "\"\\ufffd\\ufffd\"" },                /* overlong / */
	{ "\xED\xA0\x80", 3, "\"\\ufffd\\ufffd\\ufffd\"" },     /* surrogate */
	{ "\xF4\x90\x80\x80", 4,
	  "\"\\ufffd\\ufffd\\ufffd\\ufffd\"" },                 /* > U+10FFFF */
	/* cut short by a quote */
	{ "\xE4\xB8\"", 3, "\"\\ufffd\\ufffd\\\"\"" },
};

START_TEST(string_escapes)
{
	escaped_as(escapes[_i].in, escapes[_i].len, escapes[_i].out);
}
END_TEST

START_TEST(every_control_char)
{
	for (int c = 0; c < 0x20; c++) {
		char in = (char)c, want[16];
		snprintf(want, sizeof want, "\"\\u%04x\"", c);
		escaped_as(&in, 1, want);
	}
}
END_TEST

/* Any bytes at all give one valid JSON string, and valid UTF-8 comes back
 * unchanged when it is decoded. */
START_TEST(output_always_valid)
{
	static const unsigned char pool[] = { 'a', '"', '\\', 0, '\n', 0x1f,
		0x7f, 0x80, 0xbf, 0xc2, 0xe4, 0xb8, 0xad, 0xed, 0xa0, 0xf0,
		0x9f, 0xf4, 0x90, 0xff };
	uint64_t seed = 0x5eed;
	char in[48], dec[48 * 6];
	struct sink k;

	for (int t = 0; t < 20000; t++) {
		size_t len = (size_t)(zhen__mix64(seed++) % sizeof in);
		for (size_t i = 0; i < len; i++)
			in[i] = (char)pool[zhen__mix64(seed++) % sizeof pool];
		k.len = 0;
		ck_assert_int_eq(zhen_json_string(to_sink, &k, in, len), 0);
		long n = json_decode(dec, k.buf, k.len);
		ck_assert_msg(n >= 0, "invalid JSON for case %d: %s", t, k.buf);
		if (valid_utf8(in, len)) {
			ck_assert_uint_eq((size_t)n, len);
			ck_assert(!memcmp(dec, in, len));
		}
	}
}
END_TEST

/* ---- quantities: every kind ---- */

static const struct {
	zhen_qkind kind;
	int64_t coef;
	int32_t exp, precision;
	const char *currency, *unit, *alt;
	unsigned flags;
	const char *json; /* the object after "text" is cut off */
} kinds[] = {
	{ ZHEN_Q_NUMBER, 1234, 0, 0, "", "", "", 0,
	  "\"kind\":\"number\",\"value\":\"1234\",\"unit\":\"\","
	  "\"currency_alt\":\"\",\"approx\":false,\"words\":false" },
	{ ZHEN_Q_NUMBER, 15, 2, 2, "", "km", "", ZHEN_QF_APPROX,
	  "\"kind\":\"number\",\"value\":\"1500\",\"unit\":\"km\","
	  "\"currency_alt\":\"\",\"approx\":true,\"words\":false" },
	{ ZHEN_Q_MONEY, 34, 8, 8, "CNY", "", "", 0,
	  "\"kind\":\"money\",\"value\":\"3400000000\",\"unit\":\"CNY\","
	  "\"currency_alt\":\"\",\"approx\":false,\"words\":false" },
	{ ZHEN_Q_MONEY, -35, 7, 7, "USD", "", "HKD TWD", ZHEN_QF_CUR_AMBIGUOUS,
	  "\"kind\":\"money\",\"value\":\"-350000000\",\"unit\":\"USD\","
	  "\"currency_alt\":\"HKD TWD\",\"approx\":false,\"words\":false" },
	{ ZHEN_Q_PERCENT, 215, -1, -1, "", "", "", 0,
	  "\"kind\":\"percent\",\"value\":\"21.5\",\"unit\":\"%\","
	  "\"currency_alt\":\"\",\"approx\":false,\"words\":false" },
	{ ZHEN_Q_POINTS, 35, -1, -1, "", "", "", 0,
	  "\"kind\":\"points\",\"value\":\"3.5\",\"unit\":\"pp\","
	  "\"currency_alt\":\"\",\"approx\":false,\"words\":false" },
	{ ZHEN_Q_ORDINAL, 3, 0, 0, "", "", "", ZHEN_QF_WORDS,
	  "\"kind\":\"ordinal\",\"value\":\"3\",\"unit\":\"\","
	  "\"currency_alt\":\"\",\"approx\":false,\"words\":true" },
	{ ZHEN_Q_YEAR, 2024, 0, 0, "", "", "", 0,
	  "\"kind\":\"year\",\"value\":\"2024\",\"unit\":\"\","
	  "\"currency_alt\":\"\",\"approx\":false,\"words\":false" },
	{ ZHEN_Q_DATE, 1022, 0, 0, "", "", "", 0,
	  "\"kind\":\"date\",\"value\":\"10-22\",\"unit\":\"\","
	  "\"currency_alt\":\"\",\"approx\":false,\"words\":false" },
	{ ZHEN_Q_DATE, 20240315, 0, 0, "", "", "", 0,
	  "\"kind\":\"date\",\"value\":\"2024-03-15\",\"unit\":\"\","
	  "\"currency_alt\":\"\",\"approx\":false,\"words\":false" },
	{ ZHEN_Q_TIME, 93, 1, 0, "", "", "", 0,
	  "\"kind\":\"time\",\"value\":\"09:30\",\"unit\":\"\","
	  "\"currency_alt\":\"\",\"approx\":false,\"words\":false" },
	{ ZHEN_Q_IDENT, 2, 0, -1, "", "", "", 0,
	  "\"kind\":\"ident\",\"value\":\"2.0\",\"unit\":\"\","
	  "\"currency_alt\":\"\",\"approx\":false,\"words\":false" },
};

/* A document and its context, made once per test. */
struct fixture {
	zhen_ctx *ctx;
	zhen_doc *doc;
};

static void open_doc(struct fixture *x, const char *text)
{
	ck_assert_int_eq(zhen_ctx_new(&x->ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&x->doc, x->ctx, text,
	                                     strlen(text)), 0);
}

static void close_doc(struct fixture *x)
{
	zhen_doc_free(x->doc);
	zhen_ctx_free(x->ctx);
}

START_TEST(quantity_every_kind)
{
	static const char text[] = "line one\nthe figure 1,234 here";
	struct fixture x;
	zhen_quantity q;
	struct zhen_quantities l = { &q, 1, 1 };
	struct sink k = { .len = 0 };
	char want[512];

	open_doc(&x, text);
	memset(&q, 0, sizeof q);
	q.start = 20;   /* "1,234" on line 2 */
	q.end = 25;
	q.kind = kinds[_i].kind;
	q.value = zhen__dec(kinds[_i].coef, kinds[_i].exp);
	q.precision = kinds[_i].precision;
	q.flags = kinds[_i].flags;
	snprintf(q.currency, sizeof q.currency, "%s", kinds[_i].currency);
	snprintf(q.unit, sizeof q.unit, "%s", kinds[_i].unit);
	snprintf(q.currency_alt, sizeof q.currency_alt, "%s", kinds[_i].alt);
	ck_assert_int_eq(zhen_quantities_write_json(to_sink, &k, &l, x.doc), 0);
	snprintf(want, sizeof want, "{\"line\":2,\"start\":20,\"end\":25,%s,"
	         "\"text\":\"1,234\"}\n", kinds[_i].json);
	ck_assert_str_eq(k.buf, want);
	ck_assert_int_eq(k.calls, 1);
	close_doc(&x);
}
END_TEST

/* Every kind the header knows has a name and a row above. */
START_TEST(kind_table_complete)
{
	int seen[ZHEN_Q_TIME + 1] = { 0 };
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		seen[kinds[i].kind] = 1;
	for (int k = ZHEN_Q_NUMBER; k <= ZHEN_Q_TIME; k++) {
		char pat[32];
		ck_assert_msg(seen[k], "no JSON case for kind %d", k);
		snprintf(pat, sizeof pat, "\"kind\":\"%s\"",
		         zhen_qkind_name((zhen_qkind)k));
		int found = 0;
		for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
			found |= kinds[i].kind == (zhen_qkind)k &&
			         strstr(kinds[i].json, pat) != NULL;
		ck_assert(found);
	}
}
END_TEST

/* Offsets and lines are the original file's: a BOM and CRLF before the
 * figure move them, the quoted text stays the analysis text. */
START_TEST(quantity_offsets_are_the_files)
{
	static const char text[] = "\xEF\xBB\xBFx\r\n營收34億元";
	struct fixture x;
	zhen_quantities *q = NULL;
	struct sink k = { .len = 0 };
	size_t len;

	open_doc(&x, text);
	const char *b = zhen_doc_bytes(x.doc, &len);
	const zhen_paragraph *pa = zhen_doc_paragraph(x.doc, 1);
	ck_assert_int_eq(zhen_numbers_extract(&q, x.ctx, ZHEN_LANG_ZH,
	                                      ZHEN_CONVERT_T2S, b + pa->off,
	                                      pa->len, pa->off), 0);
	ck_assert_int_eq(zhen_quantities_write_json(to_sink, &k, q, x.doc), 0);
	ck_assert_ptr_nonnull(strstr(k.buf, "{\"line\":2,\"start\":12,"
	                                    "\"end\":20,\"kind\":\"money\""));
	ck_assert_ptr_nonnull(strstr(k.buf, "\"text\":\"34億元\"}\n"));
	zhen_quantities_free(q);
	close_doc(&x);
}
END_TEST

START_TEST(quantity_outside_the_text_is_refused)
{
	struct fixture x;
	zhen_quantity q;
	struct zhen_quantities l = { &q, 1, 1 };
	struct sink k = { .len = 0 };

	open_doc(&x, "short");
	memset(&q, 0, sizeof q);
	q.start = 3;
	q.end = 99;
	ck_assert_int_eq(zhen_quantities_write_json(to_sink, &k, &l, x.doc),
	                 ZHEN_EUSAGE);
	q.start = 4;
	q.end = 2;
	ck_assert_int_eq(zhen_quantities_write_json(to_sink, &k, &l, x.doc),
	                 ZHEN_EUSAGE);
	ck_assert_uint_eq(k.len, 0);
	ck_assert_int_eq(zhen_quantities_write_json(to_sink, &k, &l, NULL),
	                 ZHEN_EINVAL);
	ck_assert_int_eq(zhen_quantities_write_json(to_sink, &k, NULL, x.doc),
	                 0);
	ck_assert_uint_eq(k.len, 0);
	close_doc(&x);
}
END_TEST

/* ---- pairs ---- */

START_TEST(pair_findings)
{
	zhen_finding f[2];
	struct zhen_findings l = two_findings(f);
	struct zhen_findings none = { NULL, 0, 0 };
	struct sink k = { .len = 0 };

	ck_assert_int_eq(zhen_report_pair_json(to_sink, &k, 9, &none, ZH, ZB,
	                                       EN, EB), 0);
	ck_assert_str_eq(k.buf, "{\"line\":9,\"findings\":[]}\n");
	k.len = 0;
	k.calls = 0;
	zhen_report_pair_json(to_sink, &k, 3, &l, ZH, ZB, EN, EB);
	ck_assert_int_eq(k.calls, 1); /* one write per line: atomic output */
	ck_assert_ptr_nonnull(strstr(k.buf,
		"{\"line\":3,\"findings\":[{\"type\":\"magnitude\","
		"\"severity\":\"error\",\"id\":\"\",\"message\":"
		"\"34億元 = CNY 3,400,000,000"));
	/* the quantity object of every stream; its line is the pair's */
	ck_assert_ptr_nonnull(strstr(k.buf,
		"\"zh\":{\"line\":3,\"start\":106,\"end\":114,"
		"\"kind\":\"money\",\"value\":\"3400000000\",\"unit\":\"CNY\","
		"\"currency_alt\":\"\",\"approx\":false,\"words\":false,"
		"\"text\":\"34億元\"}"));
	ck_assert_ptr_nonnull(strstr(k.buf, "\"unit\":\"%\""));
	ck_assert_ptr_null(strstr(k.buf, "\"bead\""));
	ck_assert(k.buf[k.len - 1] == '\n');
	ck_assert_ptr_eq(strchr(k.buf, '\n'), k.buf + k.len - 1);
}
END_TEST

START_TEST(pair_missing_side_is_null)
{
	zhen_finding f;
	struct zhen_findings l = { &f, 1, 1 };
	struct sink k = { .len = 0 };

	memset(&f, 0, sizeof f);
	f.type = ZHEN_F_MISSING;
	f.severity = ZHEN_SEV_WARNING;
	f.has_zh = 1;
	f.zh = mk(ZB + 23, ZB + 26, ZHEN_Q_PERCENT, 21, 0, "");
	zhen_report_pair_json(to_sink, &k, 1, &l, ZH, ZB, EN, EB);
	ck_assert_ptr_nonnull(strstr(k.buf, "\"type\":\"missing\","
	                                    "\"severity\":\"warning\""));
	ck_assert_ptr_nonnull(strstr(k.buf,
		"\"text\":\"21%\"},\"en\":null,\"doubt\":\"\"}]}"));
}
END_TEST

START_TEST(pair_error)
{
	struct sink k = { .len = 0 };
	ck_assert_int_eq(zhen_report_pair_error_json(to_sink, &k, 4,
	                                             "no TAB \"here\"\x01"), 0);
	ck_assert_str_eq(k.buf, "{\"line\":4,\"error\":"
	                        "\"no TAB \\\"here\\\"\\u0001\"}\n");
	k.len = 0;
	zhen_report_pair_error_json(to_sink, &k, 5, NULL);
	ck_assert_str_eq(k.buf, "{\"line\":5,\"error\":\"\"}\n");
}
END_TEST

/* A row's id leads its object, and a decoded line's offsets go through
 * the place's map to the input's bytes. */
START_TEST(pair_place)
{
	zhen_finding f[2];
	struct zhen_findings l = two_findings(f);
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;
	struct sink k = { .len = 0 };
	static size_t src[200];

	/* as if each byte of the line stood at twice its offset, + 1 */
	for (size_t i = 0; i < sizeof src / sizeof *src; i++)
		src[i] = 2 * i + 1;
	at.line = 12;
	at.id = "r-7\"";
	at.id_len = 4;
	at.src = src;
	ck_assert_int_eq(zhen_report_pair_json_at(to_sink, &k, &at, &l, ZH,
	                                          ZB, EN, EB), 0);
	ck_assert_ptr_nonnull(strstr(k.buf, "{\"line\":12,\"id\":\"r-7\\\"\","
	                                    "\"findings\":[{\"type\""));
	ck_assert_ptr_nonnull(strstr(k.buf, "\"zh\":{\"line\":12,\"start\":213,"
	                                    "\"end\":229,"));
	ck_assert_ptr_nonnull(strstr(k.buf, "\"text\":\"34億元\""));
	k.len = 0;
	ck_assert_int_eq(zhen_report_pair_error_json_at(to_sink, &k, &at,
	                                                "2 columns"), 0);
	ck_assert_str_eq(k.buf, "{\"line\":12,\"id\":\"r-7\\\"\","
	                        "\"error\":\"2 columns\"}\n");
	/* no id: the objects of before */
	k.len = 0;
	at.id = NULL;
	zhen_report_pair_error_json_at(to_sink, &k, &at, "x");
	ck_assert_str_eq(k.buf, "{\"line\":12,\"error\":\"x\"}\n");
	at.version = 0;
	ck_assert_int_eq(zhen_report_pair_error_json_at(to_sink, &k, &at, "x"),
	                 ZHEN_EUSAGE);
}
END_TEST

START_TEST(pairs_summary)
{
	zhen_pairs_summary sm = ZHEN_PAIRS_SUMMARY_INIT;
	struct sink k = { .len = 0 };

	sm.lines = 5;
	sm.pairs = 3;
	sm.bad_lines = 1;
	sm.errors = 2;
	sm.warnings = 1;
	sm.accepted = 4;
	sm.encoding = "UTF-16LE";
	ck_assert_int_eq(zhen_report_pairs_summary_json(to_sink, &k, &sm), 0);
	ck_assert_str_eq(k.buf, "{\"summary\":{\"schema\":1,\"lines\":5,"
	                        "\"pairs\":3,\"bad_lines\":1,\"errors\":2,"
	                        "\"warnings\":1,\"info\":0,\"accepted\":4,"
	                        "\"encoding\":\"UTF-16LE\"}}\n");
	ck_assert_int_eq(zhen_report_pairs_summary_json(refuse, NULL, &sm), 7);
}
END_TEST

/* ---- sentences, alignment, a document check ---- */

START_TEST(sentences)
{
	struct fixture x;
	zhen_sentences *s = NULL;
	struct sink k = { .len = 0 };

	open_doc(&x, "Dr. Xu left. He said \"hi\".\n\nNext.\n");
	ck_assert_int_eq(zhen_segment(&s, x.ctx, x.doc, ZHEN_LANG_EN), 0);
	ck_assert_int_eq(zhen_sentences_write_json(to_sink, &k, s, x.doc), 0);
	ck_assert_str_eq(k.buf,
		"{\"line\":1,\"paragraph\":1,\"sentence\":1,\"start\":0,"
		"\"end\":12,\"text\":\"Dr. Xu left.\"}\n"
		"{\"line\":1,\"paragraph\":1,\"sentence\":2,\"start\":13,"
		"\"end\":26,\"text\":\"He said \\\"hi\\\".\"}\n"
		"{\"line\":3,\"paragraph\":2,\"sentence\":1,\"start\":28,"
		"\"end\":33,\"text\":\"Next.\"}\n");
	ck_assert_int_eq(k.calls, 3);
	ck_assert_int_eq(zhen_sentences_write_json(refuse, NULL, s, x.doc), 7);
	ck_assert_int_eq(zhen_sentences_write_json(NULL, NULL, s, x.doc),
	                 ZHEN_EINVAL);
	zhen_sentences_free(s);
	close_doc(&x);
}
END_TEST

START_TEST(alignment)
{
	/* the library's kept form: cost, confidence, firsts, counts, moved */
	struct zhen__bead beads[] = {
		{ 0.0, 1.0, 0, 0, 1, 2, 0 },
		{ 0.0, 0.4567, 1, 2, 0, 1, 0 },
		{ 0.0, 0.0, 1, 3, 2, 0, 1 },
	};
	struct zhen_alignment a = { beads, 3, 3, NULL };
	struct sink k = { .len = 0 };

	ck_assert_int_eq(zhen_alignment_write_json(to_sink, &k, &a), 0);
	ck_assert_str_eq(k.buf,
		"{\"index\":0,\"zh\":[0],\"en\":[0,1],\"confidence\":1.000,\"moved\":false}\n"
		"{\"index\":1,\"zh\":[],\"en\":[2],\"confidence\":0.457,\"moved\":false}\n"
		"{\"index\":2,\"zh\":[1,2],\"en\":[],\"confidence\":0.000,\"moved\":true}\n");
	ck_assert_int_eq(zhen_alignment_write_json(refuse, NULL, &a), 7);
	k.len = 0;
	ck_assert_int_eq(zhen_alignment_write_json(to_sink, &k, NULL), 0);
	ck_assert_uint_eq(k.len, 0);
}
END_TEST

START_TEST(document_check)
{
	static const char zt[] = "營收34億元。\n";
	static const char et[] = "Revenue was RMB 34 billion.\n";
	zhen_ctx *ctx = NULL;
	zhen_doc *zh = NULL, *en = NULL;
	zhen_result *r = NULL;
	struct sink k = { .len = 0 };

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&zh, ctx, zt, strlen(zt)), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&en, ctx, et, strlen(et)), 0);
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zh, en, NULL), 0);
	ck_assert_int_eq(zhen_report_json(to_sink, &k, r, zh, en), 0);
	ck_assert_int_eq(k.calls, 2);
	ck_assert_ptr_nonnull(strstr(k.buf,
		"\"zh\":{\"line\":1,\"start\":6,\"end\":14,\"kind\":\"money\","
		"\"value\":\"3400000000\",\"unit\":\"CNY\","
		"\"currency_alt\":\"TWD HKD MOP\",\"approx\":false,"
		"\"words\":false,\"text\":\"34億元\"}"));
	ck_assert_ptr_nonnull(strstr(k.buf,
		",\"bead\":{\"index\":0,\"zh\":[0],\"en\":[0],"
		"\"confidence\":"));
	ck_assert_ptr_nonnull(strstr(k.buf,
		"\n{\"summary\":{\"schema\":1,\"beads\":1,\"zh_sentences\":1,"
		"\"en_sentences\":1,\"errors\":1,\"warnings\":0,\"info\":0,"
		"\"accepted\":0,"
		"\"script\":\"traditional\",\"convert\":\"t2s\"}}\n"));
	/* the id the check gave the finding, as zhen_finding_id() makes it */
	const zhen_finding *f = zhen_findings_get(zhen_result_findings(r), 0);
	char id[ZHEN_FINDING_ID_LEN + 1], want[64];
	ck_assert_int_eq(zhen_finding_id(id, sizeof id, f, zt, strlen(zt) - 1,
	                                 et, strlen(et) - 1), 0);
	ck_assert_str_eq(f->id, id);
	snprintf(want, sizeof want, "\"severity\":\"error\",\"id\":\"%s\"", id);
	ck_assert_ptr_nonnull(strstr(k.buf, want));
	ck_assert_int_eq(zhen_report_json(refuse, NULL, r, zh, en), 7);
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(write_errors_propagate)
{
	zhen_finding f[2];
	struct zhen_findings l = two_findings(f);
	ck_assert_int_eq(zhen_report_pair_json(refuse, NULL, 1, &l, ZH, ZB,
	                                       EN, EB), 7);
	ck_assert_int_eq(zhen_report_pair_error_json(refuse, NULL, 1, "x"), 7);
	ck_assert_int_eq(zhen_json_string(refuse, NULL, "x", 1), 7);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("json");
	TCase *tc = tcase_create("core");

	tcase_add_loop_test(tc, string_escapes, 0,
	                    sizeof escapes / sizeof escapes[0]);
	tcase_add_test(tc, every_control_char);
	tcase_add_test(tc, output_always_valid);
	tcase_add_loop_test(tc, quantity_every_kind, 0,
	                    sizeof kinds / sizeof kinds[0]);
	tcase_add_test(tc, kind_table_complete);
	tcase_add_test(tc, quantity_offsets_are_the_files);
	tcase_add_test(tc, quantity_outside_the_text_is_refused);
	tcase_add_test(tc, pair_findings);
	tcase_add_test(tc, pair_missing_side_is_null);
	tcase_add_test(tc, pair_error);
	tcase_add_test(tc, pair_place);
	tcase_add_test(tc, pairs_summary);
	tcase_add_test(tc, sentences);
	tcase_add_test(tc, alignment);
	tcase_add_test(tc, document_check);
	tcase_add_test(tc, write_errors_propagate);
	suite_add_tcase(s, tc);
	return zhen_test_run(s);
}
