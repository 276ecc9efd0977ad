/* convert.c: Traditional→Simplified conversion and script detection.
 *
 * All of OpenCC's C API is translated here (platform.md §2): opencc_open
 * fails with (opencc_t)-1, not NULL; a bare config name is looked up in the
 * CWD first, so configs are opened by absolute path; OpenCC checks only lead
 * bytes and silently stops at a NUL, so every public entry point validates
 * first; and its error text carries the rest of the input, so it is cut. */
#include "internal.h"
#include "opencc_guard.h"

#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <opencc.h>
#include <unicode/uscript.h>
#include <utf8proc.h>

/* Slot of the s2t handle used only by script detection. AUTO is never a
 * real conversion, so its slot in the handles is free for it. */
#define S2T_SLOT ZHEN_CONVERT_AUTO

/* Detection reads at most this much: the script of a document shows in its
 * first pages, and OpenCC costs about 0.3 s per MB. */
#define DETECT_SAMPLE (64u * 1024u)

/* Fewer Han code points than this cannot tell the scripts apart. */
#define DETECT_MIN_HAN 2

/* opencc_error() appends the rest of the input; keep the message short. */
#define OPENCC_MSG_MAX 80

/* Fewer Traditional (or Simplified) characters than this never make a
 * text mixed: a stray 後 in a Simplified name is not a second script. */
#define MIXED_MIN 3

/* Regional evidence needed, and its lead over the other region's, before
 * Traditional text is called Taiwan's or Hong Kong's. */
#define REGION_MIN 2
#define REGION_LEAD 2

#define NMODES (ZHEN_CONVERT_TW2SP + 1)

static const char *const mode_names[NMODES] = {
	"auto", "none", "t2s", "tw2s", "hk2s", "tw2sp",
};

static const char *const config_files[ZHEN__NCONVERT] = {
	[S2T_SLOT] = "s2t.json",
	[ZHEN_CONVERT_T2S] = "t2s.json",
	[ZHEN_CONVERT_TW2S] = "tw2s.json",
	[ZHEN_CONVERT_HK2S] = "hk2s.json",
};

const char *zhen_convert_mode_name(zhen_convert_mode mode)
{
	if ((unsigned)mode < NMODES)
		return mode_names[mode];
	return "unknown";
}

int zhen_convert_mode_parse(zhen_convert_mode *out, const char *name)
{
	if (!out || !name)
		return ZHEN_EINVAL;
	for (unsigned i = 0; i < NMODES; i++)
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
	case ZHEN_SCRIPT_MIXED: return "mixed";
	case ZHEN_SCRIPT_TRADITIONAL_TW: return "traditional-tw";
	case ZHEN_SCRIPT_TRADITIONAL_HK: return "traditional-hk";
	default: return "unknown";
	}
}

zhen_convert_mode zhen_convert_resolve(zhen_convert_mode mode,
                                       zhen_script script)
{
	if (mode != ZHEN_CONVERT_AUTO)
		return mode;
	switch (script) {
	case ZHEN_SCRIPT_TRADITIONAL_TW: return ZHEN_CONVERT_TW2S;
	case ZHEN_SCRIPT_TRADITIONAL_HK: return ZHEN_CONVERT_HK2S;
	case ZHEN_SCRIPT_TRADITIONAL:
	case ZHEN_SCRIPT_MIXED: return ZHEN_CONVERT_T2S;
	default: return ZHEN_CONVERT_NONE;
	}
}

/* The OpenCC handles of a context and of the contexts made from it with
 * zhen_ctx_new_shared(). One handle converts on many threads at once
 * (platform.md "Sharing one handle across threads"; its dictionaries are
 * read-only once loaded), so workers share them rather than each paying
 * about 1 MB and a load. The lock guards the lazy opening of each slot
 * and the count of the contexts that hold them; the last one closes. */
struct zhen__handles {
	pthread_mutex_t lock;
	unsigned refs;
	void *cc[ZHEN__NCONVERT]; /* opencc_t, opened lazily */
};

int zhen__convert_init(zhen_ctx *ctx)
{
	if (ctx->handles) /* zhen_ctx_new_shared() gave it its parent's */
		return 0;
	struct zhen__handles *h = calloc(1, sizeof *h);
	if (!h)
		return ZHEN_ENOMEM;
	if (pthread_mutex_init(&h->lock, NULL)) {
		free(h);
		return ZHEN_ENOMEM;
	}
	h->refs = 1;
	ctx->handles = h;
	return 0;
}

void zhen__convert_share(zhen_ctx *ctx, const zhen_ctx *parent)
{
	struct zhen__handles *h = parent->handles;
	pthread_mutex_lock(&h->lock);
	h->refs++;
	pthread_mutex_unlock(&h->lock);
	ctx->handles = h;
}

const void *zhen__convert_handle(const zhen_ctx *ctx, unsigned slot)
{
	pthread_mutex_lock(&ctx->handles->lock);
	const void *cc = ctx->handles->cc[slot];
	pthread_mutex_unlock(&ctx->handles->lock);
	return cc;
}

static void handles_release(struct zhen__handles *h)
{
	pthread_mutex_lock(&h->lock);
	bool last = --h->refs == 0;
	pthread_mutex_unlock(&h->lock);
	if (!last)
		return;
	for (unsigned i = 0; i < ZHEN__NCONVERT; i++)
		/* A failed open is never stored, but a -1 must never reach
		 * opencc_close: it would delete it. */
		if (h->cc[i] && h->cc[i] != (void *)(opencc_t)-1)
			opencc_close((opencc_t)h->cc[i]);
	pthread_mutex_destroy(&h->lock);
	free(h);
}

void zhen__convert_fini(zhen_ctx *ctx)
{
	for (unsigned m = 0; m < ZHEN__NCONVERT; m++)
		for (unsigned pg = 0; pg < 256; pg++) {
			free(ctx->cpconv[m][pg]);
			ctx->cpconv[m][pg] = NULL;
		}
	if (ctx->handles)
		handles_release(ctx->handles);
	ctx->handles = NULL;
}

/* Copy OpenCC's last message into the ctx error, cut to OPENCC_MSG_MAX
 * bytes at a character boundary, with control bytes masked so the message
 * stays one line. */
/* opencc_error() reads one process-wide std::string that every failing
 * call rewrites without a lock (the one call OpenCC's header marks not
 * thread-safe): it is read under this lock, so contexts in other threads
 * never read it half-written. Under simultaneous failures the text may be
 * the other thread's; the status code is always ours. */
static pthread_mutex_t error_lock = PTHREAD_MUTEX_INITIALIZER;

static int opencc_fail(zhen_ctx *ctx, const char *what)
{
	char msg[OPENCC_MSG_MAX + 1];
	size_t n;

	pthread_mutex_lock(&error_lock);
	const char *e = opencc_error();
	n = e ? strlen(e) : 0;
	if (n > OPENCC_MSG_MAX) {
		n = OPENCC_MSG_MAX;
		while (n && ((unsigned char)e[n] & 0xC0) == 0x80)
			n--;
	}
	for (size_t i = 0; i < n; i++)
		msg[i] = (unsigned char)e[i] < 0x20 ? '?' : e[i];
	msg[n] = 0;
	pthread_mutex_unlock(&error_lock);
	return zhen__fail(ctx, ZHEN_EOPENCC, "OpenCC %s: %s", what,
	                  n ? msg : "unknown error");
}

/* Whether OpenCC's failure to open the config @p path was an allocation
 * that failed, reported as a missing file: OpenCC opens it with a stream
 * (fopen allocates), and when that fails it looks in other folders, whose
 * ENOENT replaces the ENOMEM (tests/alloc). Then its message names
 * @p path "not found", yet the file opens here, a moment later. */
static bool open_was_nomem(const char *path)
{
	char want[sizeof ZHEN_OPENCC_DIR + 48];
	snprintf(want, sizeof want, "%s not found", path);
	pthread_mutex_lock(&error_lock);
	const char *e = opencc_error();
	bool named = e && strncmp(e, want, strlen(want)) == 0;
	pthread_mutex_unlock(&error_lock);
	if (!named)
		return false;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	close(fd);
	return true;
}

/* Open a config by absolute path (a bare name is looked up in the CWD
 * first, platform.md §1). */
static int open_config(opencc_t *out, zhen_ctx *ctx, const char *file)
{
	char path[sizeof ZHEN_OPENCC_DIR + 32];
	snprintf(path, sizeof path, "%s/%s", ZHEN_OPENCC_DIR, file);
	opencc_t cc;
	int rc = zhen__opencc_open(&cc, path);
	if (rc == ZHEN__OCC_FAILED && open_was_nomem(path))
		rc = ZHEN__OCC_NOMEM;
	if (rc == ZHEN__OCC_NOMEM)
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory (opening "
		                  "OpenCC's %s)", file);
	if (rc < 0)
		return opencc_fail(ctx, file);
	*out = cc;
	return 0;
}

static int handle(opencc_t *out, zhen_ctx *ctx, unsigned slot)
{
	struct zhen__handles *h = ctx->handles;
	int rc = 0;

	if (slot >= ZHEN__NCONVERT || !config_files[slot])
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "conversion mode %u has no OpenCC config",
		                  slot);
	/* Opened under the lock: two workers asking first at once load it
	 * once, and neither reads a slot half-set. */
	pthread_mutex_lock(&h->lock);
	if (!h->cc[slot]) {
		opencc_t cc = NULL;
		if ((rc = open_config(&cc, ctx, config_files[slot])) == 0)
			h->cc[slot] = cc;
	}
	*out = (opencc_t)h->cc[slot];
	pthread_mutex_unlock(&h->lock);
	return rc;
}

static bool all_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* @p s is whole UTF-8. OpenCC swallows some allocation failures and
 * returns the text it had, cut mid-character (opencc_guard.cpp): the
 * guard's errno test catches those, this what slips past it. */
static bool whole_utf8(const char *s)
{
	size_t len = strlen(s);

	for (size_t i = 0; i < len;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(
			(const utf8proc_uint8_t *)s + i,
			(utf8proc_ssize_t)(len - i), &cp);
		if (k <= 0)
			return false;
		i += (size_t)k;
	}
	return true;
}

/* Convert [s, s+len) with @p cc, or the handle in @p slot when @p cc is
 * NULL (opened only once a line needs it), appending to @p b. */
static int convert_span(struct zhen__buf *b, zhen_ctx *ctx, opencc_t cc,
                        unsigned slot, const char *s, size_t len)
{
	int rc;

	/* The dictionaries hold Han characters only: ASCII (the number
	 * reader's usual window) passes through unchanged, so skip OpenCC. */
	if (all_ascii(s, len)) {
		zhen__buf_add(b, s, len);
		return b->oom ? ZHEN_ENOMEM : 0;
	}
	if (!cc && (rc = handle(&cc, ctx, slot)) < 0)
		return rc;
	char *r;
	if ((rc = zhen__opencc_convert(&r, cc, s, len)) == ZHEN__OCC_NOMEM)
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory (in OpenCC)");
	if (rc < 0)
		return opencc_fail(ctx, "conversion failed");
	if (!whole_utf8(r)) {
		opencc_convert_utf8_free(r);
		return zhen__fail(ctx, ZHEN_EOPENCC, "OpenCC returned broken "
		                  "UTF-8 (out of memory?)");
	}
	zhen__buf_str(b, r);
	opencc_convert_utf8_free(r);
	return b->oom ? ZHEN_ENOMEM : 0;
}

/* Feed OpenCC one line at a time (platform.md §3: whole files cost 5x
 * their size in memory and gain nothing); line ends are copied as they
 * are, so CRLF and CR survive. */
static int convert_lines(struct zhen__buf *b, zhen_ctx *ctx, opencc_t cc,
                         unsigned slot, const char *s, size_t len)
{
	size_t i = 0;
	int rc;

	while (i < len) {
		size_t e = i;
		while (e < len && s[e] != '\n' && s[e] != '\r')
			e++;
		if (e > i &&
		    (rc = convert_span(b, ctx, cc, slot, s + i, e - i)) < 0)
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
		                  "'%s' is not a conversion offsets survive "
		                  "(only t2s, tw2s and hk2s are)",
		                  zhen_convert_mode_name(mode));
	if ((rc = convert_span(&b, ctx, NULL, (unsigned)mode, s, len)) < 0 ||
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

	if (out_len)
		*out_len = 0;
	if (out)
		*out = NULL;
	if ((rc = zhen__text_args(ctx, __func__, out, text, len, "text")) < 0)
		return rc;
	if ((unsigned)mode >= NMODES)
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
	} else if (mode == ZHEN_CONVERT_TW2SP) {
		/* Offered for zhen convert alone: a handle per call costs
		 * 1–3 ms and keeps the context's slots for the pipeline. */
		opencc_t cc = NULL;
		if ((rc = open_config(&cc, ctx, "tw2sp.json")) == 0) {
			rc = convert_lines(&b, ctx, cc, 0, text, len);
			opencc_close(cc);
		}
	} else {
		rc = convert_lines(&b, ctx, NULL, (unsigned)mode, text, len);
	}
	if (rc < 0) {
		zhen__buf_free(&b);
		return zhen__oom_note(ctx, rc);
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

/* Regional character forms in Traditional text t, given its conversions
 * c[0] t2tw, c[1] t2hk, c[2] tw2t, c[3] hk2t (variant tables, one code
 * point for one). A form is Taiwan's when t2tw keeps it and t2hk changes
 * it (說, 衛, 溫: the standard form Hong Kong writes otherwise), or when
 * tw2t undoes it and hk2t does not (裡, 著); Hong Kong's the other way
 * round (説, 衞, 温, 着). n[0] counts Taiwan, n[1] Hong Kong. */
static bool form_ignored(int32_t cp);

static void region_forms(const char *t, size_t tlen,
                         const struct zhen__buf c[4], size_t n[2])
{
	size_t i = 0, j[4] = { 0, 0, 0, 0 };
	n[0] = n[1] = 0;
	while (i < tlen) {
		int32_t x = zhen__utf8_next(t, tlen, &i), y[4];
		for (int k = 0; k < 4; k++) {
			if (j[k] >= c[k].len)
				return;
			y[k] = zhen__utf8_next(c[k].p, c[k].len, &j[k]);
		}
		bool tw = (y[0] == x && y[1] != x) || (y[2] != x && y[3] == x);
		bool hk = (y[1] == x && y[0] != x) || (y[3] != x && y[2] == x);
		/* form_ignored() reads the dictionary: asked only of the few
		 * characters the variant tables tell apart */
		if (x < 0x2E80 || !(tw || hk) || form_ignored(x))
			continue;
		n[tw ? 0 : 1]++;
	}
}

/* A character whose official regional form differs from everyday use
 * (Taiwan's standard is 臺, but Taiwan writes 台 as often), marked "-" in
 * dicts/regional.tsv: it is no evidence either way. */
static bool form_ignored(int32_t cp)
{
	const struct zhen__dict *d = &zhen__dicts[ZHEN__DICT_REGIONAL];
	struct zhen__dict_iter it;

	zhen__dict_iter_init(&it, d->text, d->len);
	while (zhen__dict_iter_next(&it)) {
		size_t i = 0;
		if (it.nfields >= 2 && it.flen[1] == 1 && it.field[1][0] == '-' &&
		    zhen__utf8_next(it.field[0], it.flen[0], &i) == cp &&
		    i == it.flen[0])
			return true;
	}
	return false;
}

/* Occurrences of regional words (dicts/regional.tsv) in [s, s+len):
 * n[0] Taiwan, n[1] Hong Kong. */
static void region_words(const char *s, size_t len, size_t n[2])
{
	const struct zhen__dict *d = &zhen__dicts[ZHEN__DICT_REGIONAL];
	struct zhen__dict_iter it;

	n[0] = n[1] = 0;
	zhen__dict_iter_init(&it, d->text, d->len);
	while (zhen__dict_iter_next(&it)) {
		if (it.nfields < 2 || !it.flen[0] || it.flen[1] != 2)
			continue;
		int r = !memcmp(it.field[1], "hk", 2);
		if (!r && memcmp(it.field[1], "tw", 2))
			continue;
		const char *w = it.field[0];
		size_t wl = it.flen[0];
		for (size_t i = 0; i + wl <= len;) {
			const char *p = memchr(s + i, w[0], len - wl + 1 - i);
			if (!p)
				break;
			i = (size_t)(p - s);
			if (!memcmp(p, w, wl)) {
				n[r]++;
				i += wl;
			} else {
				i++;
			}
		}
	}
}

/* Taiwan, Hong Kong or neither, for Traditional text [text, text+n). The
 * four variant configs are opened per call (1–3 ms each): detection runs
 * once per document, and the context keeps its slots for conversion. */
static int detect_region(zhen_script *out, zhen_ctx *ctx, const char *text,
                         size_t n)
{
	static const char *const cfg[4] = { "t2tw.json", "t2hk.json",
	                                    "tw2t.json", "hk2t.json" };
	struct zhen__buf c[4] = { { 0 } };
	size_t forms[2], words[2];
	int rc = 0;

	*out = ZHEN_SCRIPT_TRADITIONAL;
	for (int k = 0; k < 4 && rc == 0; k++) {
		opencc_t cc = NULL;
		if ((rc = open_config(&cc, ctx, cfg[k])) == 0) {
			rc = convert_lines(&c[k], ctx, cc, 0, text, n);
			opencc_close(cc);
		}
	}
	if (rc == 0) {
		region_forms(text, n, c, forms);
		region_words(text, n, words);
		size_t vtw = forms[0] + words[0], vhk = forms[1] + words[1];
		if (vtw >= REGION_MIN && vtw >= REGION_LEAD * vhk)
			*out = ZHEN_SCRIPT_TRADITIONAL_TW;
		else if (vhk >= REGION_MIN && vhk >= REGION_LEAD * vtw)
			*out = ZHEN_SCRIPT_TRADITIONAL_HK;
	}
	for (int k = 0; k < 4; k++)
		zhen__buf_free(&c[k]);
	return rc;
}

int zhen_detect_script(zhen_script *out, zhen_ctx *ctx, const char *text,
                       size_t len)
{
	struct zhen__buf t = { 0 }, s = { 0 };
	size_t n = len, bad, han = 0;
	int rc;

	if (out)
		*out = ZHEN_SCRIPT_UNKNOWN;
	if ((rc = zhen__text_args(ctx, __func__, out, text, len, "text")) < 0)
		return rc;
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
	if ((rc = convert_lines(&t, ctx, NULL, ZHEN_CONVERT_T2S, text, n)) < 0)
		goto out;

	/* Characters t2s changes exist only in Traditional text, those s2t
	 * changes only in Simplified; a few (后, 里, 干) are shared by both
	 * scripts, so the majority decides rather than any single hit. */
	size_t trad = han_changed(text, n, t.p, t.len, &han), simp = 0;
	/* s2t decides nothing when t2s changed nothing (Simplified, or too
	 * few Han to judge): opening it (its phrase table) and converting
	 * 64 KiB took 33 ms, half the detection */
	if (trad && han >= DETECT_MIN_HAN) {
		if ((rc = convert_lines(&s, ctx, NULL, S2T_SLOT, text, n)) < 0)
			goto out;
		simp = han_changed(text, n, s.p, s.len, NULL);
	}
	size_t lo = trad < simp ? trad : simp, hi = trad < simp ? simp : trad;
	if (han < DETECT_MIN_HAN)
		*out = ZHEN_SCRIPT_UNKNOWN;
	else if (lo >= MIXED_MIN && 4 * lo >= hi)
		*out = ZHEN_SCRIPT_MIXED;
	/* A tie in a short text (新台幣100元: 幣 for Traditional, 台 for
	 * Simplified, which s2t would write 臺) is Traditional: converting
	 * leaves Simplified characters alone, while not converting misreads
	 * the Traditional ones (幣 unread, so 元 made it CNY). */
	else if (trad > simp || (trad && trad == simp))
		rc = detect_region(out, ctx, text, n);
	else if (simp > trad || !trad)
		*out = ZHEN_SCRIPT_SIMPLIFIED;
	else
		*out = ZHEN_SCRIPT_UNKNOWN;
out:
	zhen__buf_free(&t);
	zhen__buf_free(&s);
	return rc;
}

/* ---- one code point at a time, from a cache of OpenCC's answers ---- */

uint32_t zhen__convert_cp_learn(zhen_ctx *ctx, zhen_convert_mode conv,
                                int32_t cp)
{
	uint32_t *page, r = ZHEN__CP_OTHER;
	char in[4], *cv = NULL;
	size_t n, cl = 0, k = 0;

	if (cp < 0 || cp > 0xFFFF || (unsigned)conv >= ZHEN__NCONVERT)
		return ZHEN__CP_OTHER;
	page = ctx->cpconv[conv][cp >> 8];
	if (page && page[cp & 0xFF])
		return page[cp & 0xFF];
	if (!page) {
		page = calloc(256, sizeof *page);
		if (!page)
			return ZHEN__CP_OTHER;
		ctx->cpconv[conv][cp >> 8] = page;
	}
	n = zhen__utf8_put(in, cp);
	if (zhen__opencc(&cv, &cl, ctx, conv, in, n) == 0 && cv && cl) {
		int32_t o = zhen__utf8_next(cv, cl, &k);
		if (o >= 0 && o <= 0xFFFF && k == cl)
			r = ZHEN__CP_KNOWN | (uint32_t)o;
	}
	free(cv);
	page[cp & 0xFF] = r;
	return r;
}
