/* numbers/windows.c: Traditional to Simplified around the candidates only,
 * from a cache of OpenCC's answers per code point. */
#include "reader.h"

#include <stdlib.h>
#include <string.h>

/* OpenCC is the slow stage: convert windows of a few code points around
 * each numeral candidate, wide enough for 人民幣 before and 個百分點 or
 * 週年 after.
 *
 * Even windows cost ~0.7 µs a character in OpenCC, more than the rest of
 * the reader, so a window is converted code point by code point from what
 * OpenCC makes of each code point alone, asked once per code point and
 * kept (zhen__convert_cp(), the convert stage's). That drops OpenCC's phrase context. It cannot change
 * what the reader sees unless a phrase converts a character of the
 * dictionaries (or into one) differently from the character alone; in
 * OpenCC 1.1.6's t2s, tw2s and hk2s chains only four do (瞭解→了解,
 * 么麼→幺麽, 衹得→只得, 鍾 in names→锺), none beside a number. test_numbers
 * checks that the quantities of every FLORES Traditional line equal those
 * read from OpenCC's own whole-line conversion. A code point that is not
 * one BMP code point to one falls back to OpenCC on the window. */
#define WINDOW 5

static bool grow_text(struct zhen__text *t, size_t *cap, size_t need)
{
	if (need <= *cap)
		return true;
	size_t nc = *cap ? *cap * 2 : 256;
	while (nc < need)
		nc *= 2;
	char *ns = realloc(t->s, nc + 1);
	if (!ns)
		return false;
	t->s = ns;
	size_t *nm = realloc(t->map, (nc + 1) * sizeof *nm);
	if (!nm)
		return false;
	t->map = nm;
	*cap = nc;
	return true;
}

static size_t count_cp(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Append f->s[off[a], off[b]) (or its conversion @p conv) with the map of
 * the code points it replaces. */
static bool append_span(struct zhen__text *o, size_t *cap,
                        const struct zhen__text *f, const size_t *off,
                        size_t a, size_t b, const char *conv, size_t clen)
{
	const char *src = conv ? conv : f->s + off[a];
	size_t n = conv ? clen : off[b] - off[a], ci = a;
	if (!grow_text(o, cap, o->len + n + 1))
		return false;
	for (size_t k = 0; k < n; k++) {
		if (k && ((unsigned char)src[k] & 0xC0) != 0x80)
			ci++;
		o->s[o->len] = src[k];
		o->map[o->len++] = f->map[off[ci]];
	}
	return true;
}

/* Convert f->s[off[a], off[b]) code point by code point from the cache
 * into @p buf (4 bytes per code point of room); false when a code point
 * is not one code point to one. */
static bool convert_by_cp(zhen_ctx *ctx, zhen_convert_mode conv,
                          const struct zhen__text *f, const size_t *off,
                          size_t a, size_t b, char *buf, size_t *blen)
{
	size_t n = 0;
	for (size_t c = a; c < b; c++) {
		size_t i = off[c];
		int32_t cp = next_cp(f->s, f->len, &i);
		uint32_t r = cp < 0x80 ? ZHEN__CP_KNOWN | (uint32_t)cp
		                       : zhen__convert_cp(ctx, conv, cp);
		if (r == ZHEN__CP_OTHER)
			return false;
		n += zhen__utf8_put(buf + n, (int32_t)(r & ~ZHEN__CP_KNOWN));
	}
	*blen = n;
	return true;
}

/* The window around the candidate at @p c (one with a bit of @p mask in
 * cand[]), extended over the candidates that follow within WINDOW and
 * starting no earlier than @p done: [*a, returned end). Both ways of
 * converting draw the windows so, and must draw them alike. */
static size_t window_at(const unsigned char *cand, unsigned char mask,
                        size_t ncp, size_t c, size_t done, size_t *a)
{
	size_t b = c;

	*a = c > WINDOW ? c - WINDOW : 0;
	if (*a < done)
		*a = done;
	for (size_t last = c; b < ncp && b <= last + WINDOW; b++)
		if (cand[b] & mask)
			last = b;
	return b;
}

/* The common case of nr_convert_windows(), without building a new text:
 * when every code point of every window converts to one of the same byte
 * length, overwrite them in @p f. d->off/to/cand describe the @p ncp code
 * points of @p f (fold_into()); a converted code point gets its
 * CAND_START bit anew (韆 becomes 千); *changed is set when one
 * converts to another. 1 when done, 0 when @p f is untouched and
 * nr_convert_windows() must run. */
int nr_convert_in_place(zhen_ctx *ctx, zhen_convert_mode conv,
                        struct zhen__text *f, size_t ncp, bool *changed)
{
	struct zhen__numbers_data *d = ctx->numbers;
	size_t *off = d->off;
	uint32_t *to = d->to;
	unsigned char *cand = d->cand;
	size_t done = 0;
	bool any = false;

	/* Mark the windows exactly as nr_convert_windows() draws them and
	 * learn every code point in them into to[] (nr_convert_windows()
	 * reads the text, not to[], when this gives up). */
	for (size_t c = 0; c < ncp;) {
		if (!(cand[c] & CAND_NUM)) {
			c++;
			continue;
		}
		size_t a, b = window_at(cand, CAND_NUM, ncp, c, done, &a);
		for (size_t x = a; x < b; x++) {
			int32_t cp = (int32_t)to[x];
			uint32_t r = cp < 0x80 ? ZHEN__CP_KNOWN | (uint32_t)cp
			                       : zhen__convert_cp(ctx, conv, cp);
			uint32_t o = r & ~ZHEN__CP_KNOWN;
			if (r == ZHEN__CP_OTHER ||
			    (o < 0x80 ? 1u : o < 0x800 ? 2u : o < 0x10000 ? 3u : 4u) !=
			    off[x + 1] - off[x])
				return 0;
			if (o != (uint32_t)cp)
				*changed = true;
			to[x] = r & ~ZHEN__CP_KNOWN;
			cand[x] |= CAND_WIN;
			any = true;
		}
		done = b;
		c = b;
	}
	if (!any)
		return 1;
	for (size_t x = 0; x < ncp; x++) {
		if (!(cand[x] & CAND_WIN))
			continue;
		int32_t o = (int32_t)to[x];
		if (o < 0x80)
			continue;
		zhen__utf8_put(f->s + off[x], o);
		cand[x] = (unsigned char)((cand[x] & ~CAND_START) |
		                          (is_startcp(d, o) ? CAND_START : 0));
	}
	return 1;
}

int nr_convert_windows(zhen_ctx *ctx, zhen_convert_mode conv,
                       const struct zhen__text *f, struct zhen__text *o)
{
	const struct zhen__numbers_data *d = ctx->numbers;
	size_t ncp = count_cp(f->s, f->len), cap = 0, i = 0, k = 0;
	size_t *off = malloc((ncp + 1) * sizeof *off);
	unsigned char *cand = calloc(ncp + 1, 1);
	char *wbuf = malloc(4 * ncp + 4);
	int rc = ZHEN_ENOMEM;

	memset(o, 0, sizeof *o);
	if (!off || !cand || !wbuf)
		goto out;
	while (i < f->len) {
		off[k] = i;
		int32_t cp = next_cp(f->s, f->len, &i);
		cand[k++] = (cp >= '0' && cp <= '9') || is_numcp(d, cp);
	}
	off[ncp] = f->len;
	size_t done = 0; /* code points already appended */
	for (size_t c = 0; c < ncp;) {
		if (!cand[c]) {
			c++;
			continue;
		}
		size_t a, b = window_at(cand, 1, ncp, c, done, &a);
		if (!append_span(o, &cap, f, off, done, a, NULL, 0))
			goto out;
		size_t wl = 0;
		if (convert_by_cp(ctx, conv, f, off, a, b, wbuf, &wl)) {
			if (!append_span(o, &cap, f, off, a, b, wbuf, wl))
				goto out;
			done = b;
			c = b;
			continue;
		}
		char *cv = NULL;
		size_t cl = 0;
		size_t before = off[b] - off[a];
		bool ok = false;
		/* The converter may be unavailable: a failure leaves the
		 * window as written, never the whole extraction failed. */
		if (before && zhen__opencc(&cv, &cl, ctx, conv, f->s + off[a],
		                           before) == 0 && cv)
			ok = count_cp(cv, cl) == b - a;
		if (!append_span(o, &cap, f, off, a, b, ok ? cv : NULL, cl)) {
			free(cv);
			goto out;
		}
		free(cv);
		done = b;
		c = b;
	}
	if (!append_span(o, &cap, f, off, done, ncp, NULL, 0) ||
	    !grow_text(o, &cap, o->len + 1))
		goto out;
	o->s[o->len] = 0;
	o->map[o->len] = f->map[f->len];
	rc = 0;
out:
	if (rc < 0)
		zhen__text_free(o);
	free(off);
	free(cand);
	free(wbuf);
	return rc;
}

/* Whether any of the @p ncp code points in @p cps converts (the text is
 * Traditional somewhere). Asked only when the windows around the figures
 * did not change, from the cache of OpenCC's answers. */
bool nr_any_converts(zhen_ctx *ctx, zhen_convert_mode conv,
                     const uint32_t *cps, size_t ncp)
{
	for (size_t x = 0; x < ncp; x++) {
		int32_t cp = (int32_t)cps[x];
		if (cp < 0x80)
			continue;
		uint32_t r = zhen__convert_cp(ctx, conv, cp);
		if (r == ZHEN__CP_OTHER || (r & ~ZHEN__CP_KNOWN) != (uint32_t)cp)
			return true;
	}
	return false;
}
