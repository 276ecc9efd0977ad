/* convert.c: Traditional→Simplified conversion and script detection.
 *
 * All of OpenCC's C API is translated here (platform.md §2): opencc_open
 * fails with (opencc_t)-1, not NULL; a bare config name is looked up in the
 * CWD first, so configs are opened by absolute path; OpenCC checks only lead
 * bytes and silently stops at a NUL, so every public entry point validates
 * first; and its error text carries the rest of the input, so it is cut. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <opencc.h>
#include <unicode/uscript.h>

/* Slot of the s2t handle used only by script detection. AUTO is never a
 * real conversion, so its slot in ctx->opencc is free for it; this keeps
 * struct zhen_ctx unchanged. */
#define S2T_SLOT ZHEN_CONVERT_AUTO

/* Detection reads at most this much: the script of a document shows in its
 * first pages, and OpenCC costs about 0.3 s per MB. */
#define DETECT_SAMPLE (64u * 1024u)

/* Fewer Han code points than this cannot tell the scripts apart. */
#define DETECT_MIN_HAN 2

/* opencc_error() appends the rest of the input; keep the message short. */
#define OPENCC_MSG_MAX 80

static const char *const mode_names[ZHEN__NCONVERT] = {
	"auto", "none", "t2s", "tw2s", "hk2s",
};

static const char *const config_files[ZHEN__NCONVERT] = {
	[S2T_SLOT] = "s2t.json",
	[ZHEN_CONVERT_T2S] = "t2s.json",
	[ZHEN_CONVERT_TW2S] = "tw2s.json",
	[ZHEN_CONVERT_HK2S] = "hk2s.json",
};

const char *zhen_convert_mode_name(zhen_convert_mode mode)
{
	if ((unsigned)mode < ZHEN__NCONVERT)
		return mode_names[mode];
	return "unknown";
}

int zhen_convert_mode_parse(zhen_convert_mode *out, const char *name)
{
	for (unsigned i = 0; name && i < ZHEN__NCONVERT; i++)
		if (!strcmp(name, mode_names[i])) {
			*out = (zhen_convert_mode)i;
			return 0;
		}
	return ZHEN_EUSAGE;
}

const char *zhen_script_name(zhen_script script)
{
	switch (script) {
	case ZHEN_SCRIPT_SIMPLIFIED: return "simplified";
	case ZHEN_SCRIPT_TRADITIONAL: return "traditional";
	default: return "unknown";
	}
}

zhen_convert_mode zhen_convert_resolve(zhen_convert_mode mode,
                                       zhen_script script)
{
	if (mode != ZHEN_CONVERT_AUTO)
		return mode;
	return script == ZHEN_SCRIPT_TRADITIONAL ? ZHEN_CONVERT_T2S
	                                         : ZHEN_CONVERT_NONE;
}

void zhen__convert_fini(zhen_ctx *ctx)
{
	for (unsigned i = 0; i < ZHEN__NCONVERT; i++) {
		/* A failed open is never stored, but a -1 must never reach
		 * opencc_close: it would delete it. */
		if (ctx->opencc[i] && ctx->opencc[i] != (void *)(opencc_t)-1)
			opencc_close((opencc_t)ctx->opencc[i]);
		ctx->opencc[i] = NULL;
	}
}

/* Copy OpenCC's last message into the ctx error, cut to OPENCC_MSG_MAX
 * bytes at a character boundary, with control bytes masked so the message
 * stays one line. */
static int opencc_fail(zhen_ctx *ctx, const char *what)
{
	const char *e = opencc_error();
	char msg[OPENCC_MSG_MAX + 1];
	size_t n = e ? strlen(e) : 0;

	if (n > OPENCC_MSG_MAX) {
		n = OPENCC_MSG_MAX;
		while (n && ((unsigned char)e[n] & 0xC0) == 0x80)
			n--;
	}
	for (size_t i = 0; i < n; i++)
		msg[i] = (unsigned char)e[i] < 0x20 ? '?' : e[i];
	msg[n] = 0;
	return zhen__fail(ctx, ZHEN_EOPENCC, "OpenCC %s: %s", what,
	                  n ? msg : "unknown error");
}

static int handle(opencc_t *out, zhen_ctx *ctx, unsigned slot)
{
	if (slot >= ZHEN__NCONVERT || !config_files[slot])
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "conversion mode %u has no OpenCC config",
		                  slot);
	if (!ctx->opencc[slot]) {
		char path[sizeof ZHEN_OPENCC_DIR + 32];
		snprintf(path, sizeof path, "%s/%s", ZHEN_OPENCC_DIR,
		         config_files[slot]);
		opencc_t cc = opencc_open(path);
		if (cc == (opencc_t)-1)
			return opencc_fail(ctx, config_files[slot]);
		ctx->opencc[slot] = cc;
	}
	*out = (opencc_t)ctx->opencc[slot];
	return 0;
}

static bool all_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* Convert [s, s+len) with the handle in @p slot, appending to @p b. */
static int convert_span(struct zhen__buf *b, zhen_ctx *ctx, unsigned slot,
                        const char *s, size_t len)
{
	opencc_t cc = NULL;
	int rc;

	/* The dictionaries hold Han characters only: ASCII (the number
	 * reader's usual window) passes through unchanged, so skip OpenCC. */
	if (all_ascii(s, len)) {
		zhen__buf_add(b, s, len);
		return b->oom ? ZHEN_ENOMEM : 0;
	}
	if ((rc = handle(&cc, ctx, slot)) < 0)
		return rc;
	char *r = opencc_convert_utf8(cc, s, len);
	if (!r)
		return opencc_fail(ctx, "conversion failed");
	zhen__buf_str(b, r);
	opencc_convert_utf8_free(r);
	return b->oom ? ZHEN_ENOMEM : 0;
}

/* Feed OpenCC one line at a time (platform.md §3: whole files cost 5x
 * their size in memory and gain nothing); line ends are copied as they
 * are, so CRLF and CR survive. */
static int convert_lines(struct zhen__buf *b, zhen_ctx *ctx, unsigned slot,
                         const char *s, size_t len)
{
	size_t i = 0;
	int rc;

	while (i < len) {
		size_t e = i;
		while (e < len && s[e] != '\n' && s[e] != '\r')
			e++;
		if (e > i &&
		    (rc = convert_span(b, ctx, slot, s + i, e - i)) < 0)
			return rc;
		i = e;
		while (i < len && (s[i] == '\n' || s[i] == '\r'))
			i++;
		zhen__buf_add(b, s + e, i - e);
	}
	/* An empty text still yields a NUL-terminated string. */
	zhen__buf_add(b, "", 0);
	return b->oom ? ZHEN_ENOMEM : 0;
}

int zhen__opencc(char **out, size_t *out_len, zhen_ctx *ctx,
                 zhen_convert_mode mode, const char *s, size_t len)
{
	struct zhen__buf b = { 0 };
	int rc;

	*out = NULL;
	if (mode < ZHEN_CONVERT_T2S || mode > ZHEN_CONVERT_HK2S)
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "'%s' is not an OpenCC conversion",
		                  zhen_convert_mode_name(mode));
	if ((rc = convert_span(&b, ctx, (unsigned)mode, s, len)) < 0 ||
	    (zhen__buf_add(&b, "", 0), b.oom)) {
		zhen__buf_free(&b);
		return rc < 0 ? rc : ZHEN_ENOMEM;
	}
	if (out_len)
		*out_len = b.len;
	*out = b.p;
	return 0;
}

/* 1-based line of byte @p off (< len), counting LF, CRLF and CR ends. */
static size_t line_at(const char *s, size_t off)
{
	size_t line = 1;
	for (size_t i = 0; i < off; i++)
		if (s[i] == '\n' || (s[i] == '\r' && s[i + 1] != '\n'))
			line++;
	return line;
}

int zhen_convert(char **out, size_t *out_len, zhen_ctx *ctx,
                 zhen_convert_mode mode, const char *text, size_t len)
{
	struct zhen__buf b = { 0 };
	size_t bad;
	int rc;

	*out = NULL;
	if (out_len)
		*out_len = 0;
	if ((unsigned)mode >= ZHEN__NCONVERT)
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "unknown conversion mode %d", (int)mode);
	if (mode == ZHEN_CONVERT_AUTO)
		return zhen__fail(ctx, ZHEN_EUSAGE, "conversion mode 'auto' "
		                  "must be resolved first");
	if (zhen_utf8_check(text, len, &bad) < 0)
		return zhen__fail_at(ctx, ZHEN_EINPUT, line_at(text, bad), bad,
		                     "invalid text at byte %zu (0x%02X)", bad,
		                     (unsigned)(unsigned char)text[bad]);
	if (mode == ZHEN_CONVERT_NONE) {
		zhen__buf_add(&b, text, len);
		zhen__buf_add(&b, "", 0);
		rc = b.oom ? ZHEN_ENOMEM : 0;
	} else {
		rc = convert_lines(&b, ctx, (unsigned)mode, text, len);
	}
	if (rc < 0) {
		zhen__buf_free(&b);
		return rc;
	}
	if (out_len)
		*out_len = b.len;
	*out = b.p;
	return 0;
}

static bool is_han(int32_t cp)
{
	UErrorCode st = U_ZERO_ERROR;
	return uscript_getScript(cp, &st) == USCRIPT_HAN && U_SUCCESS(st);
}

/* Han code points of @p a that differ in @p b. The configs used map code
 * points one to one (checked over FLORES in test_convert.c); should a line
 * ever differ in length, the walk stops at the shorter text and merely
 * undercounts. */
static size_t han_changed(const char *a, size_t alen, const char *b,
                          size_t blen, size_t *nhan)
{
	size_t i = 0, j = 0, changed = 0, han = 0;
	while (i < alen && j < blen) {
		int32_t x = zhen__utf8_next(a, alen, &i);
		int32_t y = zhen__utf8_next(b, blen, &j);
		if (x < 0x2E80 || !is_han(x))
			continue;
		han++;
		changed += x != y;
	}
	if (nhan)
		*nhan = han;
	return changed;
}

int zhen_detect_script(zhen_script *out, zhen_ctx *ctx, const char *text,
                       size_t len)
{
	struct zhen__buf t = { 0 }, s = { 0 };
	size_t n = len, bad, han = 0;
	int rc;

	*out = ZHEN_SCRIPT_UNKNOWN;
	if (n > DETECT_SAMPLE) {
		n = DETECT_SAMPLE;
		while (n && text[n - 1] != '\n')
			n--;
		if (!n) {
			/* One huge line: cut at a character boundary. */
			n = DETECT_SAMPLE;
			while (n && ((unsigned char)text[n] & 0xC0) == 0x80)
				n--;
		}
	}
	/* Text is promised valid, but OpenCC over-reads broken UTF-8: judge
	 * only the valid prefix rather than trust the promise. */
	if (zhen_utf8_check(text, n, &bad) < 0)
		n = bad;
	if ((rc = convert_lines(&t, ctx, ZHEN_CONVERT_T2S, text, n)) < 0 ||
	    (rc = convert_lines(&s, ctx, S2T_SLOT, text, n)) < 0)
		goto out;

	/* Characters t2s changes exist only in Traditional text, those s2t
	 * changes only in Simplified; a few (后, 里, 干) are shared by both
	 * scripts, so the majority decides rather than any single hit. */
	size_t trad = han_changed(text, n, t.p, t.len, &han);
	size_t simp = han_changed(text, n, s.p, s.len, NULL);
	if (han < DETECT_MIN_HAN)
		*out = ZHEN_SCRIPT_UNKNOWN;
	else if (trad > simp)
		*out = ZHEN_SCRIPT_TRADITIONAL;
	else if (simp > trad || !trad)
		*out = ZHEN_SCRIPT_SIMPLIFIED;
	else
		*out = ZHEN_SCRIPT_UNKNOWN;
out:
	zhen__buf_free(&t);
	zhen__buf_free(&s);
	return rc;
}
