/* test_convert.c: OpenCC conversion, script detection, mode names. */
#include "internal.h"
#include "zhen_test.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define T2S ZHEN_CONVERT_T2S
#define TW2S ZHEN_CONVERT_TW2S
#define HK2S ZHEN_CONVERT_HK2S

/* Words from platform.md §2 whose results differ by config. */
static const struct {
	const char *in;
	const char *t2s, *tw2s, *hk2s;
} words[] = {
	{ "裡面 裏面 這裡", "里面 里面 这里", "里面 里面 这里", "里面 里面 这里" },
	{ "背後 以後 皇后", "背后 以后 皇后", "背后 以后 皇后", "背后 以后 皇后" },
	{ "於是 羣眾 爲了", "于是 群众 为了", "于是 群众 为了", "于是 群众 为了" },
	{ "啓動 週年 一週", "启动 周年 一周", "启动 周年 一周", "启动 周年 一周" },
	/* 著: only tw2s simplifies it, and keeps 著名 */
	{ "看著", "看著", "看着", "看著" },
	{ "著急", "著急", "着急", "著急" },
	{ "著名 顯著", "著名 显著", "著名 显著", "著名 显著" },
	/* phrase context: 乾隆 stays */
	{ "乾燥 乾隆", "干燥 乾隆", "干燥 乾隆", "干燥 乾隆" },
	{ "頭髮 一隻 瞭解 甚麼", "头发 一只 了解 甚么", "头发 一只 了解 甚么",
	  "头发 一只 了解 甚么" },
	/* only hk2s knows 衞 */
	{ "衞", "衞", "衞", "卫" },
	/* no lexical rewriting (tw2sp would give 软件) */
	{ "軟體 資訊", "软体 资讯", "软体 资讯", "软体 资讯" },
	/* full width digits are left to the width fold */
	{ "１０月 ０１２３", "１０月 ０１２３", "１０月 ０１２３", "１０月 ０１２３" },
	{ "34億元", "34亿元", "34亿元", "34亿元" },
	{ "Huachang 2.0", "Huachang 2.0", "Huachang 2.0", "Huachang 2.0" },
	{ "", "", "", "" },
};

START_TEST(convert_words)
{
	static const zhen_convert_mode modes[] = { T2S, TW2S, HK2S };
	zhen_ctx *ctx;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (size_t m = 0; m < 3; m++) {
		const char *want = m == 0 ? words[_i].t2s
		                 : m == 1 ? words[_i].tw2s : words[_i].hk2s;
		char *out;
		size_t n = 99;
		ck_assert_int_eq(zhen_convert(&out, &n, ctx, modes[m],
		                              words[_i].in, strlen(words[_i].in)),
		                 0);
		ck_assert_str_eq(out, want);
		ck_assert_uint_eq(n, strlen(want));
		zhen_free(out);

		/* The internal span converter gives the same. */
		ck_assert_int_eq(zhen__opencc(&out, &n, ctx, modes[m],
		                              words[_i].in, strlen(words[_i].in)),
		                 0);
		ck_assert_str_eq(out, want);
		ck_assert_uint_eq(n, strlen(want));
		free(out);
	}
	zhen_ctx_free(ctx);
}
END_TEST

/* zhen__opencc converts exactly the span given, not up to a NUL. */
START_TEST(opencc_span)
{
	static const char s[] = "於是啓動後來";
	zhen_ctx *ctx;
	char *out;
	size_t n;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen__opencc(&out, &n, ctx, T2S, s + 3, 6), 0);
	ck_assert_str_eq(out, "是启");
	ck_assert_uint_eq(n, 6);
	free(out);
	ck_assert_int_eq(zhen__opencc(&out, NULL, ctx, T2S, s, 0), 0);
	ck_assert_str_eq(out, "");
	free(out);
	/* ASCII windows skip OpenCC entirely: no handle is opened. */
	ck_assert_int_eq(zhen__opencc(&out, &n, ctx, TW2S, "3.4 bn", 6), 0);
	ck_assert_str_eq(out, "3.4 bn");
	free(out);
	ck_assert_ptr_null(zhen__convert_handle(ctx, TW2S));
	ck_assert_ptr_nonnull(zhen__convert_handle(ctx, T2S));
	/* Not a conversion. */
	ck_assert_int_eq(zhen__opencc(&out, &n, ctx, ZHEN_CONVERT_NONE, s, 3),
	                 ZHEN_EUSAGE);
	ck_assert_ptr_null(out);
	ck_assert_int_eq(zhen__opencc(&out, &n, ctx, ZHEN_CONVERT_AUTO, s, 3),
	                 ZHEN_EUSAGE);
	zhen_ctx_free(ctx);
}
END_TEST

/* OpenCC's own error carries the rest of the input: the message is cut.
 * zhen__opencc trusts its caller, so a lone continuation byte reaches
 * OpenCC here (mid-string, which OpenCC rejects without over-reading). */
START_TEST(opencc_error_truncated)
{
	char s[400];
	zhen_ctx *ctx;
	char *out = (char *)1;

	strcpy(s, "這\x80");
	while (strlen(s) + 3 < sizeof s)
		strcat(s, "裡");
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen__opencc(&out, NULL, ctx, T2S, s, strlen(s)),
	                 ZHEN_EOPENCC);
	ck_assert_ptr_null(out);
	const char *msg = zhen_ctx_errmsg(ctx);
	ck_assert_ptr_nonnull(strstr(msg, "OpenCC"));
	ck_assert_uint_le(strlen(msg), 120);
	ck_assert_ptr_null(strchr(msg, '\n'));
	/* The handle still works afterwards. */
	ck_assert_int_eq(zhen__opencc(&out, NULL, ctx, T2S, "這裡", 6), 0);
	ck_assert_str_eq(out, "这里");
	free(out);
	zhen_ctx_free(ctx);
}
END_TEST

/* Line ends are copied exactly; lines are converted one at a time. */
START_TEST(convert_line_ends)
{
	static const struct {
		const char *in, *want;
	} t[] = {
		{ "這裡\r\n後來\n\n於是\r啓動", "这里\r\n后来\n\n于是\r启动" },
		{ "這裡\n", "这里\n" },
		{ "\n\r\n\r", "\n\r\n\r" },
		{ "後\r\n\r\n", "后\r\n\r\n" },
		{ "\t於是 ", "\t于是 " },
	};
	zhen_ctx *ctx;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		char *out;
		size_t n;
		ck_assert_int_eq(zhen_convert(&out, &n, ctx, T2S, t[i].in,
		                              strlen(t[i].in)), 0);
		ck_assert_str_eq(out, t[i].want);
		ck_assert_uint_eq(n, strlen(t[i].want));
		zhen_free(out);
	}
	zhen_ctx_free(ctx);
}
END_TEST

/* NONE copies; AUTO and out-of-range modes are usage errors. */
START_TEST(convert_modes)
{
	static const char s[] = "於是\r\n34億";
	zhen_ctx *ctx;
	char *out = (char *)1;
	size_t n;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_convert(&out, &n, ctx, ZHEN_CONVERT_NONE, s,
	                              sizeof s - 1), 0);
	ck_assert_str_eq(out, s);
	ck_assert_uint_eq(n, sizeof s - 1);
	zhen_free(out);
	ck_assert_int_eq(zhen_convert(&out, NULL, ctx, ZHEN_CONVERT_NONE, "", 0),
	                 0);
	ck_assert_str_eq(out, "");
	zhen_free(out);
	ck_assert_int_eq(zhen_convert(&out, &n, ctx, ZHEN_CONVERT_AUTO, s,
	                              sizeof s - 1), ZHEN_EUSAGE);
	ck_assert_ptr_null(out);
	ck_assert_int_eq(zhen_convert(&out, &n, ctx, (zhen_convert_mode)7, s,
	                              sizeof s - 1), ZHEN_EUSAGE);
	ck_assert_ptr_null(out);
	/* NONE never opens OpenCC. */
	for (int i = 0; i < ZHEN__NCONVERT; i++)
		ck_assert_ptr_null(zhen__convert_handle(ctx, i));
	zhen_ctx_free(ctx);
}
END_TEST

/* Invalid input is rejected with its position, before OpenCC is opened
 * (OpenCC passes broken sequences through and over-reads truncated ones). */
static const struct {
	const char *s;
	size_t len, byte, line;
} invalid[] = {
	{ "這裡\xE9", 7, 6, 1 },           /* truncated at the end */
	{ "這裡\xE9\x80", 8, 6, 1 },       /* truncated, two bytes */
	{ "這\x80裡", 7, 3, 1 },           /* lone continuation */
	{ "ab\xC0\x80", 4, 2, 1 },         /* overlong NUL */
	{ "ab\xED\xA0\x80", 5, 2, 1 },     /* surrogate */
	{ "a\nb\n\xF4\x90\x80\x80", 8, 4, 3 }, /* above U+10FFFF */
	{ "這\0裡", 7, 3, 1 },             /* NUL: OpenCC would stop there */
	{ "a\r\nb\rc\xFF", 7, 6, 3 },      /* FF, after CRLF and CR */
};

START_TEST(convert_invalid)
{
	zhen_ctx *ctx;
	char *out = (char *)1;
	size_t line, byte;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_convert(&out, NULL, ctx, TW2S, invalid[_i].s,
	                              invalid[_i].len), ZHEN_EINPUT);
	ck_assert_ptr_null(out);
	zhen_ctx_errpos(ctx, &line, &byte);
	ck_assert_uint_eq(byte, invalid[_i].byte);
	ck_assert_uint_eq(line, invalid[_i].line);
	ck_assert_ptr_null(zhen__convert_handle(ctx, TW2S));
	/* Detection judges only the valid prefix and never fails on it. */
	zhen_script sc;
	ck_assert_int_eq(zhen_detect_script(&sc, ctx, invalid[_i].s,
	                                    invalid[_i].len), 0);
	zhen_ctx_free(ctx);
}
END_TEST

static const struct {
	const char *text;
	zhen_script want;
} scripts[] = {
	{ "華昌啓動裁員的計劃已在董事會上通過。", ZHEN_SCRIPT_TRADITIONAL },
	{ "华昌启动裁员的计划已在董事会上通过。", ZHEN_SCRIPT_SIMPLIFIED },
	{ "三年內研發支出分別為34億元、50億元。", ZHEN_SCRIPT_TRADITIONAL },
	{ "三年内研发支出分别为34亿元、50亿元。", ZHEN_SCRIPT_SIMPLIFIED },
	{ "Huachang lost RMB 3.4 billion in 2023.", ZHEN_SCRIPT_UNKNOWN },
	{ "", ZHEN_SCRIPT_UNKNOWN },
	{ "１２３，．％", ZHEN_SCRIPT_UNKNOWN },
	/* one Han character is too little */
	{ "Revenue (億) rose.", ZHEN_SCRIPT_UNKNOWN },
	/* mixed: an English text quoting Traditional names */
	{ "Huachang (華昌) and its founder 林曉鷗 said so.",
	  ZHEN_SCRIPT_TRADITIONAL },
	/* mixed: mostly Simplified with a Traditional quotation */
	{ "华昌发布公告，称公司经营亏损扩大，并引用报道「華昌」。",
	  ZHEN_SCRIPT_SIMPLIFIED },
	/* mostly Traditional with a Simplified name */
	{ "據報道，华昌在週一宣佈將於明年擴大業務範圍。",
	  ZHEN_SCRIPT_TRADITIONAL },
	/* characters common to both scripts only: nothing to convert */
	{ "中文的人口", ZHEN_SCRIPT_SIMPLIFIED },
	/* a tie is Traditional (was UNKNOWN, so not converted): converting
	 * leaves the Simplified characters alone, not converting misread
	 * 新台幣100元 (幣 unread, 元 made it CNY); 台 counts as Simplified */
	{ "後来", ZHEN_SCRIPT_TRADITIONAL },
	{ "新台幣100元", ZHEN_SCRIPT_TRADITIONAL },
	{ "中文大学的人口", ZHEN_SCRIPT_SIMPLIFIED },
	/* line ends inside the sample */
	{ "華昌\r\n啓動\n裁員", ZHEN_SCRIPT_TRADITIONAL },
	/* Taiwan: its words (新台幣, 年增) and forms (說, 稅) */
	{ "瀚昇電子全年營收達新台幣1,250億元，年增21％。", ZHEN_SCRIPT_TRADITIONAL_TW },
	{ "他說今年的稅後淨利為186億元，溫和成長。", ZHEN_SCRIPT_TRADITIONAL_TW },
	/* Hong Kong: 港幣, 按年, and its forms (説, 温, 衞) */
	{ "港聯物流將以港幣48億元收購內地企業，收入按年增長18%。",
	  ZHEN_SCRIPT_TRADITIONAL_HK },
	{ "他説天氣温和，衞生署已經發出通告。", ZHEN_SCRIPT_TRADITIONAL_HK },
	/* a Taiwan report that mentions Hong Kong dollars once stays Taiwan's */
	{ "新台幣營收年增12％，季增8％，香港子公司營收為港幣12億元。",
	  ZHEN_SCRIPT_TRADITIONAL_TW },
	/* one regional hint is not enough */
	{ "公司營收為新台幣12億元。", ZHEN_SCRIPT_TRADITIONAL },
	/* both scripts in number: a half-converted file */
	{ "華昌啓動裁員的計劃已獲通過。华昌启动裁员的计划已获通过。",
	  ZHEN_SCRIPT_MIXED },
	/* Simplified never has a region */
	{ "新台币营收年增12%，季增8%。", ZHEN_SCRIPT_SIMPLIFIED },
};

START_TEST(detect_table)
{
	zhen_ctx *ctx;
	zhen_script sc = (zhen_script)99;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_detect_script(&sc, ctx, scripts[_i].text,
	                                    strlen(scripts[_i].text)), 0);
	ck_assert_msg(sc == scripts[_i].want, "case %d: got %s, want %s", _i,
	              zhen_script_name(sc), zhen_script_name(scripts[_i].want));
	zhen_ctx_free(ctx);
}
END_TEST

/* Only the first 64 KiB are read: Simplified first, then Traditional. */
START_TEST(detect_sample_limit)
{
	static const char simp[] = "华昌启动裁员的计划已在董事会上通过。\n";
	static const char trad[] = "華昌啓動裁員的計劃已在董事會上通過。\n";
	struct zhen__buf b = { 0 };
	zhen_ctx *ctx;
	zhen_script sc;

	while (b.len < 70 * 1024)
		zhen__buf_str(&b, simp);
	while (b.len < 400 * 1024)
		zhen__buf_str(&b, trad);
	ck_assert(!b.oom);
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_detect_script(&sc, ctx, b.p, b.len), 0);
	ck_assert_int_eq(sc, ZHEN_SCRIPT_SIMPLIFIED);

	/* One line longer than the sample: cut at a character boundary. */
	b.len = 0;
	while (b.len < 100 * 1024)
		zhen__buf_str(&b, "華昌啓動裁員，");
	ck_assert_int_eq(zhen_detect_script(&sc, ctx, b.p, b.len), 0);
	/* 啓 is Hong Kong's form (Taiwan writes 啟). */
	ck_assert_int_eq(sc, ZHEN_SCRIPT_TRADITIONAL_HK);
	zhen__buf_free(&b);
	zhen_ctx_free(ctx);
}
END_TEST

static char *read_shared(const char *rel, size_t *len)
{
	const char *dir = getenv("ZHEN_SHARED");
	char path[4096];
	if (!dir)
		return NULL;
	snprintf(path, sizeof path, "%s/%s", dir, rel);
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct zhen__buf b = { 0 };
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		zhen__buf_add(&b, tmp, n);
	fclose(f);
	if (b.oom) {
		zhen__buf_free(&b);
		return NULL;
	}
	*len = b.len;
	return b.p;
}

static size_t count_cps(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* t2s, tw2s and hk2s map code points one to one (what lets the number
 * reader carry offsets over), on every line of FLORES Traditional. */
START_TEST(flores_one_to_one)
{
	static const zhen_convert_mode modes[] = { T2S, TW2S, HK2S };
	size_t len;
	char *text = read_shared("data/flores200-dev/zho_Hant.txt", &len);
	zhen_ctx *ctx;

	if (!text)
		return; /* no ../shared in a user's clone: nothing to check */
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (size_t m = 0; m < 3; m++) {
		char *out;
		size_t n, lines = 0, changed = 0;
		ck_assert_int_eq(zhen_convert(&out, &n, ctx, modes[m], text, len),
		                 0);
		const char *a = text, *b = out;
		const char *ae = text + len, *be = out + n;
		while (a < ae && b < be) {
			const char *an = memchr(a, '\n', (size_t)(ae - a));
			const char *bn = memchr(b, '\n', (size_t)(be - b));
			size_t al = an ? (size_t)(an - a) : (size_t)(ae - a);
			size_t bl = bn ? (size_t)(bn - b) : (size_t)(be - b);
			ck_assert_msg(count_cps(a, al) == count_cps(b, bl),
			              "%s line %zu: %zu code points became %zu",
			              zhen_convert_mode_name(modes[m]), lines + 1,
			              count_cps(a, al), count_cps(b, bl));
			changed += al != bl || memcmp(a, b, al);
			lines++;
			a += al + 1;
			b += bl + 1;
		}
		ck_assert_uint_eq(lines, 997);
		ck_assert(a >= ae && b >= be);
		/* Nearly every line has a Traditional character. */
		ck_assert_uint_gt(changed, 900);
		zhen_free(out);
	}
	zhen_ctx_free(ctx);
	free(text);
}
END_TEST

/* Detection on the three FLORES files. */
START_TEST(flores_detect)
{
	static const struct {
		const char *file;
		zhen_script want;
	} t[] = {
		/* Taiwan's forms: 說 衛 溫 臺, and 台灣 */
		{ "data/flores200-dev/zho_Hant.txt", ZHEN_SCRIPT_TRADITIONAL_TW },
		{ "data/flores200-dev/zho_Hans.txt", ZHEN_SCRIPT_SIMPLIFIED },
		{ "data/flores200-dev/eng.txt", ZHEN_SCRIPT_UNKNOWN },
	};
	zhen_ctx *ctx;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
		size_t len;
		zhen_script sc;
		char *text = read_shared(t[i].file, &len);
		if (!text)
			break;
		ck_assert_int_eq(zhen_detect_script(&sc, ctx, text, len), 0);
		ck_assert_msg(sc == t[i].want, "%s: got %s", t[i].file,
		              zhen_script_name(sc));
		free(text);
	}
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(names)
{
	static const char *const modes[] = { "auto", "none", "t2s", "tw2s",
	                                     "hk2s", "tw2sp" };
	for (int i = 0; i < 6; i++) {
		zhen_convert_mode m = (zhen_convert_mode)99;
		ck_assert_str_eq(zhen_convert_mode_name((zhen_convert_mode)i),
		                 modes[i]);
		ck_assert_int_eq(zhen_convert_mode_parse(&m, modes[i]), 0);
		ck_assert_int_eq(m, i);
	}
	static const char *const bad[] = { "", "T2S", "t2sp", "hk2sp", "s2t",
	                                   "auto ", "tw2t" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		zhen_convert_mode m = ZHEN_CONVERT_HK2S;
		ck_assert_int_eq(zhen_convert_mode_parse(&m, bad[i]), ZHEN_EUSAGE);
		ck_assert_int_eq(m, ZHEN_CONVERT_HK2S);
	}
	ck_assert_str_eq(zhen_convert_mode_name((zhen_convert_mode)42),
	                 "unknown");
	ck_assert_str_eq(zhen_script_name(ZHEN_SCRIPT_SIMPLIFIED), "simplified");
	ck_assert_str_eq(zhen_script_name(ZHEN_SCRIPT_TRADITIONAL),
	                 "traditional");
	ck_assert_str_eq(zhen_script_name(ZHEN_SCRIPT_UNKNOWN), "unknown");
	ck_assert_str_eq(zhen_script_name((zhen_script)9), "unknown");
}
END_TEST

START_TEST(resolve)
{
	static const struct {
		zhen_convert_mode in;
		zhen_script sc;
		zhen_convert_mode want;
	} t[] = {
		{ ZHEN_CONVERT_AUTO, ZHEN_SCRIPT_TRADITIONAL, T2S },
		{ ZHEN_CONVERT_AUTO, ZHEN_SCRIPT_SIMPLIFIED, ZHEN_CONVERT_NONE },
		{ ZHEN_CONVERT_AUTO, ZHEN_SCRIPT_UNKNOWN, ZHEN_CONVERT_NONE },
		{ TW2S, ZHEN_SCRIPT_SIMPLIFIED, TW2S },
		{ HK2S, ZHEN_SCRIPT_UNKNOWN, HK2S },
		{ ZHEN_CONVERT_NONE, ZHEN_SCRIPT_TRADITIONAL, ZHEN_CONVERT_NONE },
		{ T2S, ZHEN_SCRIPT_TRADITIONAL, T2S },
		{ ZHEN_CONVERT_AUTO, ZHEN_SCRIPT_TRADITIONAL_TW, TW2S },
		{ ZHEN_CONVERT_AUTO, ZHEN_SCRIPT_TRADITIONAL_HK, HK2S },
		{ ZHEN_CONVERT_AUTO, ZHEN_SCRIPT_MIXED, T2S },
		{ T2S, ZHEN_SCRIPT_TRADITIONAL_HK, T2S },
		{ ZHEN_CONVERT_TW2SP, ZHEN_SCRIPT_SIMPLIFIED, ZHEN_CONVERT_TW2SP },
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		ck_assert_int_eq(zhen_convert_resolve(t[i].in, t[i].sc), t[i].want);
}
END_TEST

/* Handles are opened once per context and mode, and reused. */
/* tw2sp: Taiwan vocabulary too, for zhen convert; never inside the
 * pipeline, whose offsets need one code point for one. */
static const struct {
	const char *in, *want;
} tw2sp[] = {
	{ "軟體 資訊 網路", "软件 信息 网络" },
	{ "記憶體 硬碟", "内存 硬盘" },
	{ "看著 著名", "看着 著名" },
	{ "智慧城市", "智能城市" },
	{ "營收34億元\r\n滑鼠\n", "营收34亿元\r\n鼠标\n" },
	{ "", "" },
};

START_TEST(convert_tw2sp)
{
	zhen_ctx *ctx;
	char *out = NULL;
	size_t n = 99;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_convert(&out, &n, ctx, ZHEN_CONVERT_TW2SP,
	                              tw2sp[_i].in, strlen(tw2sp[_i].in)), 0);
	ck_assert_str_eq(out, tw2sp[_i].want);
	ck_assert_uint_eq(n, strlen(tw2sp[_i].want));
	zhen_free(out);
	out = (char *)1;
	ck_assert_int_eq(zhen__opencc(&out, &n, ctx, ZHEN_CONVERT_TW2SP,
	                              tw2sp[_i].in, strlen(tw2sp[_i].in)),
	                 ZHEN_EUSAGE);
	ck_assert_ptr_null(out);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(handle_reuse)
{
	zhen_ctx *ctx;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	const void *first = NULL;
	for (int i = 0; i < 100; i++) {
		char *out;
		ck_assert_int_eq(zhen__opencc(&out, NULL, ctx, HK2S, "衞", 3), 0);
		ck_assert_str_eq(out, "卫");
		free(out);
		if (!first)
			first = zhen__convert_handle(ctx, HK2S);
		ck_assert_ptr_eq(zhen__convert_handle(ctx, HK2S), first);
	}
	zhen_ctx_free(ctx);
}
END_TEST

static Suite *convert_suite(void)
{
	Suite *s = suite_create("convert");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, convert_words, 0,
	                    (int)(sizeof words / sizeof *words));
	tcase_add_test(tc, opencc_span);
	tcase_add_test(tc, opencc_error_truncated);
	tcase_add_test(tc, convert_line_ends);
	tcase_add_test(tc, convert_modes);
	tcase_add_loop_test(tc, convert_invalid, 0,
	                    (int)(sizeof invalid / sizeof *invalid));
	tcase_add_loop_test(tc, detect_table, 0,
	                    (int)(sizeof scripts / sizeof *scripts));
	tcase_add_test(tc, detect_sample_limit);
	tcase_add_test(tc, flores_one_to_one);
	tcase_add_test(tc, flores_detect);
	tcase_add_test(tc, names);
	tcase_add_test(tc, resolve);
	tcase_add_test(tc, handle_reuse);
	tcase_add_loop_test(tc, convert_tw2sp, 0,
	                    (int)(sizeof tw2sp / sizeof tw2sp[0]));
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return zhen_test_run(convert_suite());
}
