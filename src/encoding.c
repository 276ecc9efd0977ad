/* encoding.c: from the user's bytes to UTF-8, with a map back.
 *
 * Translators' files come as UTF-8, UTF-16 with a BOM (Windows "Unicode"),
 * GB18030/GBK and Big5. ICU does the decoding (ucnv) and the guessing
 * (ucsdet); this file adds what ICU leaves to the caller (platform.md §6):
 * a stop on invalid bytes with their position, a check for the private-use
 * code points ICU's Big5 produces for undefined bytes even in stop mode,
 * BOM handling, and a refusal to trust a guess made with low confidence. */
#include "encoding.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <utf8proc.h>

/* ---- offset map ---- */

static void omap_push(struct zhen__omap *m, struct zhen__orun r)
{
	if (m->n == m->cap) {
		size_t nc = m->cap ? m->cap * 2 : 16;
		struct zhen__orun *p = realloc(m->r, nc * sizeof *p);
		if (!p) {
			m->oom = true;
			return;
		}
		m->r = p;
		m->cap = nc;
	}
	m->r[m->n++] = r;
}

void zhen__omap_add(struct zhen__omap *m, size_t a, size_t o, unsigned la,
                    unsigned lo)
{
	struct zhen__orun *last = m->n ? &m->r[m->n - 1] : NULL;
	if (last && last->la == la && last->lo == lo &&
	    last->a + last->n * la == a && last->o + last->n * lo == o)
		last->n++;
	else
		omap_push(m, (struct zhen__orun){ a, o, 1, la, lo });
	m->alen = a + la;
	if (o + lo > m->olen)
		m->olen = o + lo;
}

void zhen__omap_add_bytes(struct zhen__omap *m, size_t a, size_t o, size_t n)
{
	struct zhen__orun *last = m->n ? &m->r[m->n - 1] : NULL;
	if (!n)
		return;
	if (last && last->la == 1 && last->lo == 1 && last->a + last->n == a &&
	    last->o + last->n == o)
		last->n += n;
	else
		omap_push(m, (struct zhen__orun){ a, o, n, 1, 1 });
	m->alen = a + n;
	if (o + n > m->olen)
		m->olen = o + n;
}

/* The run holding analysis byte @p a (< alen), or NULL. */
static const struct zhen__orun *omap_find(const struct zhen__omap *m,
                                          size_t a)
{
	size_t lo = 0, hi = m->n;
	if (!hi || a < m->r[0].a)
		return NULL;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->r[mid].a <= a)
			lo = mid;
		else
			hi = mid;
	}
	const struct zhen__orun *r = &m->r[lo];
	return a < r->a + r->n * r->la ? r : NULL;
}

size_t zhen__omap_start(const struct zhen__omap *m, size_t a)
{
	const struct zhen__orun *r = a < m->alen ? omap_find(m, a) : NULL;
	if (!r)
		return m->olen;
	return r->o + (a - r->a) / r->la * r->lo;
}

size_t zhen__omap_end(const struct zhen__omap *m, size_t a)
{
	if (!a)
		return zhen__omap_start(m, 0);
	const struct zhen__orun *r = omap_find(m, a - 1);
	if (!r)
		return m->olen;
	return r->o + ((a - 1 - r->a) / r->la + 1) * r->lo;
}

void zhen__omap_free(struct zhen__omap *m)
{
	free(m->r);
	memset(m, 0, sizeof *m);
}

int zhen__icu_fail(zhen_ctx *ctx, int st, const char *what)
{
	if (st == U_MEMORY_ALLOCATION_ERROR)
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory (%s)", what);
	return zhen__fail(ctx, ZHEN_EICU, "%s: %s", what,
	                  u_errorName((UErrorCode)st));
}

/* ---- validation ---- */

/* The byte length of the UTF-8 sequence at s[i], negative when it is none
 * (utf8proc's own validation). */
static utf8proc_ssize_t seq_len(const char *s, size_t len, size_t i)
{
	utf8proc_int32_t cp;

	return utf8proc_iterate((const utf8proc_uint8_t *)s + i,
	                        (utf8proc_ssize_t)(len - i), &cp);
}

/* C0 controls other than TAB, LF, VT, FF and CR do not occur in text a
 * translator edits; they mark a binary file (an image, a .docx zip). */
bool zhen__binary_control(int32_t c)
{
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' &&
	        c != '\r') || c == 0x7F;
}

/* Whether the 8 bytes at @p s are all printable ASCII (0x20–0x7E): none
 * with its high bit, none below 0x20, none 0x7F (the classic "has a zero
 * byte" test, on x - 0x20 and on x ^ 0x7F). */
static bool printable8(const char *s)
{
	const uint64_t ones = 0x0101010101010101u, highs = ones * 0x80;
	uint64_t x, d;

	memcpy(&x, s, 8);
	d = x ^ (ones * 0x7F);
	return !((x | ((x - ones * 0x20) & ~x) | ((d - ones) & ~d)) & highs);
}

int zhen__utf8_strict(const char *s, size_t len, size_t *bad,
                      const char **why)
{
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			/* English runs eight bytes a step: --pairs validates
			 * every line, and this was a twentieth of its time;
			 * tried only from an ASCII byte, so that a run of Han
			 * characters pays nothing for it */
			if (i + 8 <= len && printable8(s + i)) {
				i += 8;
				continue;
			}
			if (c == 0 || zhen__binary_control(c)) {
				*bad = i;
				*why = c ? "control character (binary file?)"
				         : "NUL byte (binary file?)";
				return ZHEN_EINPUT;
			}
			i++;
			continue;
		}
		/* The common cases inline (every Han character is a 3-byte
		 * sequence E1–EC/EE–EF + 2 continuation bytes, always valid);
		 * E0, ED (surrogates), 4-byte and broken sequences go to
		 * utf8proc, which knows every rule. */
		if (c >= 0xC2 && c <= 0xDF && i + 1 < len &&
		    ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
			i += 2;
			continue;
		}
		if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) &&
		    i + 2 < len && ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
		    ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		utf8proc_ssize_t k = seq_len(s, len, i);
		if (k < 0) {
			*bad = i;
			*why = "invalid UTF-8";
			return ZHEN_EINPUT;
		}
		i += (size_t)k;
	}
	return 0;
}

/* 1-based line of byte @p off of UTF-8 or ASCII-compatible bytes; LF,
 * CRLF and CR each end a line. */
static size_t line_of_bytes(const char *s, size_t len, size_t off)
{
	size_t line = 1;
	for (size_t i = 0; i < off && i < len; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= len || s[i + 1] != '\n')))
			line++;
	return line;
}

/* The same over decoded UTF-16: the line of unit @p upto. */
static size_t line_of_units(const UChar *u, size_t n, size_t upto)
{
	size_t line = 1;
	for (size_t i = 0; i < upto && i < n; i++)
		if (u[i] == '\n' || (u[i] == '\r' && (i + 1 >= n || u[i + 1] != '\n')))
			line++;
	return line;
}

void zhen__hex_bytes(char *buf, size_t cap, const char *s, size_t len,
                      size_t off, size_t n)
{
	size_t w = 0;
	buf[0] = 0;
	for (size_t i = 0; i < n && i < 4 && off + i < len && w + 6 < cap; i++)
		w += (size_t)snprintf(buf + w, cap - w, i ? " 0x%02X" : "0x%02X",
		                      (unsigned)(unsigned char)s[off + i]);
}

/* What is wrong with the UTF-8 at @p off (which zhen__utf8_strict()
 * refused as invalid), in a reader's words; *n: how many bytes show it. */
static const char *utf8_problem(const char *s, size_t len, size_t off,
                                size_t *n)
{
	unsigned char c = (unsigned char)s[off], d;
	size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2, k = 1;

	*n = 1;
	if (c >= 0x80 && c <= 0xBF)
		return "a continuation byte with no character to continue";
	if (c == 0xC0 || c == 0xC1 || c >= 0xF5)
		return "a byte that never occurs in UTF-8";
	while (k < need && off + k < len &&
	       ((unsigned char)s[off + k] & 0xC0) == 0x80)
		k++;
	*n = k;
	if (k < need)
		return off + k >= len ? "a character cut off at the end"
		                      : "a character cut short";
	d = (unsigned char)s[off + 1];
	if ((c == 0xE0 && d < 0xA0) || (c == 0xF0 && d < 0x90))
		return "an overlong form (a character in more bytes than it "
		       "takes)";
	if (c == 0xED && d >= 0xA0)
		return "a UTF-16 surrogate (U+D800-U+DFFF), which UTF-8 never "
		       "holds";
	if (c == 0xF4 && d >= 0x90)
		return "a code point past U+10FFFF, the last of Unicode";
	return "not a UTF-8 character";
}

/* The error for invalid UTF-8 at @p bad, naming the bytes and what is
 * wrong with them. */
static int utf8_fail(zhen_ctx *ctx, const char *bytes, size_t len,
                     size_t bad)
{
	char hx[40];
	size_t n;
	const char *what = utf8_problem(bytes, len, bad, &n);

	zhen__hex_bytes(hx, sizeof hx, bytes, len, bad, n);
	return zhen__fail_at(ctx, ZHEN_EINPUT, line_of_bytes(bytes, len, bad),
	                     bad, "invalid UTF-8 at byte %zu (%s): %s", bad, hx,
	                     what);
}

/* ---- decoding ---- */

void zhen__decoded_free(struct zhen__decoded *d)
{
	if (!d)
		return;
	free(d->s);
	zhen__omap_free(&d->map);
	d->s = NULL;
	d->len = 0;
}

bool zhen__unicode_name(const char *name)
{
	return !strncmp(name, "UTF-", 4) || !strncmp(name, "utf-", 4);
}

/* ICU's stand-ins for bytes its table leaves undefined are private use
 * (platform.md §6); windows-950 passes 0x80 through as U+0080. */
bool zhen__legacy_impossible(int32_t cp)
{
	return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0xE000 && cp <= 0xF8FF) ||
	       cp >= 0xF0000 || cp == 0xFFFD;
}

static int decode_fail(zhen_ctx *ctx, const char *enc, const char *bytes,
                       size_t len, size_t off, size_t nbad, size_t line,
                       const char *what)
{
	char hx[40];
	zhen__hex_bytes(hx, sizeof hx, bytes, len, off, nbad ? nbad : 1);
	return zhen__fail_at(ctx, ZHEN_EINPUT, line, off,
	                     "%s %s at byte %zu (%s)", what, enc, off, hx);
}

/* Decode [bytes+start, bytes+len) from @p enc with ICU into @p out. */
static int decode_icu(struct zhen__decoded *out, zhen_ctx *ctx,
                      const char *bytes, size_t len, size_t start,
                      const char *enc)
{
	UErrorCode st = U_ZERO_ERROR;
	UConverter *cv = ucnv_open(enc, &st);
	UChar *u = NULL;
	int32_t *uo = NULL;
	size_t n = len - start, cap = n + 16, nu = 0;
	int rc = 0;
	bool legacy = !zhen__unicode_name(enc);

	if (U_FAILURE(st))
		return zhen__fail(ctx, ZHEN_EUSAGE, "unknown encoding '%s'", enc);
	if (n > INT32_MAX / 2) {
		ucnv_close(cv);
		return zhen__fail(ctx, ZHEN_EINPUT, "%zu bytes are too many to "
		                  "convert from %s", n, enc);
	}
	ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &st);
	for (;;) {
		free(u);
		free(uo);
		u = malloc(cap * sizeof *u);
		uo = malloc(cap * sizeof *uo);
		if (!u || !uo) {
			rc = zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
			goto out;
		}
		const char *src = bytes + start;
		UChar *tg = u;
		st = U_ZERO_ERROR;
		ucnv_resetToUnicode(cv);
		/* One call over everything: offsets then stay relative to
		 * the start (a resumed call reports -1 for carried units). */
		ucnv_toUnicode(cv, &tg, u + cap, &src, bytes + len, uo, 1, &st);
		nu = (size_t)(tg - u);
		if (st == U_BUFFER_OVERFLOW_ERROR) {
			/* A mapping to two code points (GB18030 four-byte
			 * sequences, Big5-HKSCS): rare enough to redo. */
			cap *= 2;
			continue;
		}
		if (U_FAILURE(st)) {
			char badb[8];
			int8_t bl = sizeof badb;
			UErrorCode s2 = U_ZERO_ERROR;
			ucnv_getInvalidChars(cv, badb, &bl, &s2);
			if (U_FAILURE(s2) || bl < 1)
				bl = 1;
			size_t at = (size_t)(src - bytes) - (size_t)bl;
			rc = decode_fail(ctx, enc, bytes, len, at,
			                 (size_t)bl, line_of_units(u, nu, nu),
			                 st == U_TRUNCATED_CHAR_FOUND
			                 ? "truncated character in" : "invalid");
			goto out;
		}
		break;
	}

	/* UTF-16 → UTF-8 with the map; a leading BOM (ucnv keeps it for
	 * UTF-16LE/BE and UTF-8) is dropped. */
	struct zhen__buf b = { 0 };
	for (size_t i = 0; i < nu;) {
		size_t j = i;
		UChar32 cp;
		U16_NEXT(u, j, nu, cp);
		size_t o = start + (size_t)uo[i];
		size_t oe = j < nu ? start + (size_t)uo[j] : len;
		if (oe < o)
			oe = o;
		if (i == 0 && cp == 0xFEFF) {
			i = j;
			continue;
		}
		const char *why = NULL;
		if (U_IS_SURROGATE(cp))
			why = "unpaired surrogate in";
		else if (cp == 0)
			why = "NUL character in";
		else if (zhen__binary_control(cp))
			why = "control character (binary file?) in";
		else if (legacy && zhen__legacy_impossible(cp))
			why = "undefined bytes in";
		if (why) {
			zhen__buf_free(&b);
			rc = decode_fail(ctx, enc, bytes, len, o, oe - o,
			                 line_of_units(u, nu, i), why);
			goto out;
		}
		char tmp[4];
		size_t k = zhen__utf8_put(tmp, cp);
		zhen__omap_add(&out->map, b.len, o, (unsigned)k,
		               (unsigned)(oe - o));
		zhen__buf_add(&b, tmp, k);
		i = j;
	}
	zhen__buf_add(&b, "", 0);
	if (b.oom || out->map.oom) {
		zhen__buf_free(&b);
		rc = zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
		goto out;
	}
	out->map.olen = len;
	out->map.alen = b.len;
	out->s = b.p;
	out->len = b.len;
	out->identity = false;
out:
	free(u);
	free(uo);
	ucnv_close(cv);
	return rc;
}

static int copy_utf8(struct zhen__decoded *out, zhen_ctx *ctx,
                     const char *bytes, size_t len);

static int decode_utf8(struct zhen__decoded *out, zhen_ctx *ctx,
                       const char *bytes, size_t len)
{
	size_t bad;
	const char *why;
	int rc = zhen__utf8_strict(bytes, len, &bad, &why);
	if (rc < 0 && !strcmp(why, "invalid UTF-8"))
		return utf8_fail(ctx, bytes, len, bad);
	if (rc < 0) {
		char hx[8];
		zhen__hex_bytes(hx, sizeof hx, bytes, len, bad, 1);
		return zhen__fail_at(ctx, rc, line_of_bytes(bytes, len, bad), bad,
		                     "%s at byte %zu (%s)", why, bad, hx);
	}
	return copy_utf8(out, ctx, bytes, len);
}

/* The decoded text of bytes zhen__utf8_strict() has accepted. */
static int copy_utf8(struct zhen__decoded *out, zhen_ctx *ctx,
                     const char *bytes, size_t len)
{
	out->s = malloc(len + 1);
	if (!out->s)
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	if (len)
		memcpy(out->s, bytes, len);
	out->s[len] = 0;
	out->len = len;
	out->identity = true;
	snprintf(out->encoding, sizeof out->encoding, "UTF-8");
	return 0;
}

/* In GB18030 or Big5 text almost every non-ASCII byte pair is invalid
 * UTF-8: a few broken sequences among many valid ones are a broken UTF-8
 * file, whose error to report is the broken byte. */
bool zhen__mostly_utf8(const char *s, size_t len)
{
	size_t good = 0, badn = 0;
	for (size_t i = 0; i < len;) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		utf8proc_ssize_t k = seq_len(s, len, i);
		if (k < 0) {
			badn++;
			i++;
		} else {
			good++;
			i += (size_t)k;
		}
	}
	return good > 0 && good >= 4 * badn;
}

/* Encodings a detector's guess is taken for: the Chinese ones and Unicode.
 * A single-byte guess (ISO-8859-1, windows-1252) is also what ICU says for
 * short Big5 or GB text and mostly-English files, and decoding Chinese
 * with it would silently garble every character, so it is only named. */
static bool trusted_guess(const char *name)
{
	static const char *const ok[] = { "GB18030", "Big5", "UTF-16LE",
		"UTF-16BE", "UTF-32LE", "UTF-32BE" };
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (!strcmp(name, ok[i]))
			return true;
	return false;
}

void zhen__guess(const char *bytes, size_t len, const char **name,
                 char *best, size_t bcap)
{
	UErrorCode st = U_ZERO_ERROR;
	UCharsetDetector *cd = ucsdet_open(&st);
	int32_t nm = 0;

	*name = NULL;
	best[0] = 0;
	if (U_FAILURE(st))
		return;
	ucsdet_setText(cd, bytes, len > INT32_MAX ? INT32_MAX : (int32_t)len,
	               &st);
	const UCharsetMatch **m = ucsdet_detectAll(cd, &nm, &st);
	for (int32_t i = 0; U_SUCCESS(st) && i < nm; i++) {
		const char *nmi = ucsdet_getName(m[i], &st);
		int32_t conf = ucsdet_getConfidence(m[i], &st);
		if (U_FAILURE(st))
			break;
		if (i == 0)
			snprintf(best, bcap, "%s, confidence %d", nmi, (int)conf);
		if (conf < ZHEN__DETECT_CONFIDENCE)
			break;
		if (trusted_guess(nmi)) {
			*name = nmi;
			break;
		}
	}
	/* The name is static ICU data; the detector itself can go. */
	ucsdet_close(cd);
}

bool zhen__utf8_name(const char *name)
{
	UErrorCode st = U_ZERO_ERROR;
	const char *canon = ucnv_getCanonicalName(name, "", &st);
	return !ucnv_compareNames(name, "UTF-8") ||
	       (canon && !strcmp(canon, "UTF-8"));
}

const char *zhen__bom(const char *bytes, size_t len, size_t *n)
{
	static const struct {
		const char *bom;
		size_t n;
		const char *name;
	} boms[] = {
		/* UTF-32LE before UTF-16LE: FF FE 00 00 starts both. */
		{ "\xFF\xFE\0\0", 4, "UTF-32LE" }, { "\0\0\xFE\xFF", 4, "UTF-32BE" },
		{ "\xEF\xBB\xBF", 3, "UTF-8" }, { "\xFF\xFE", 2, "UTF-16LE" },
		{ "\xFE\xFF", 2, "UTF-16BE" },
	};
	for (size_t i = 0; i < sizeof boms / sizeof boms[0]; i++) {
		if (len < boms[i].n || memcmp(bytes, boms[i].bom, boms[i].n))
			continue;
		*n = boms[i].n;
		return boms[i].name;
	}
	*n = 0;
	return NULL;
}

int zhen__decode(struct zhen__decoded *out, zhen_ctx *ctx, const char *bytes,
                 size_t len, const char *encoding)
{
	memset(out, 0, sizeof *out);
	if (!bytes)
		len = 0;
	if (!bytes || !len)
		bytes = "";

	if (encoding && *encoding && strcmp(encoding, "auto")) {
		if (zhen__utf8_name(encoding))
			return decode_utf8(out, ctx, bytes, len);
		snprintf(out->encoding, sizeof out->encoding, "%s", encoding);
		int rc = decode_icu(out, ctx, bytes, len, 0, encoding);
		if (rc < 0)
			zhen__decoded_free(out);
		return rc;
	}

	/* 1. A byte order mark names the encoding. */
	size_t nbom;
	const char *bom = zhen__bom(bytes, len, &nbom);
	if (bom && !strcmp(bom, "UTF-8"))
		return decode_utf8(out, ctx, bytes, len);
	if (bom) {
		snprintf(out->encoding, sizeof out->encoding, "%s", bom);
		int rc = decode_icu(out, ctx, bytes, len, nbom, bom);
		if (rc < 0)
			zhen__decoded_free(out);
		return rc;
	}

	/* 2. Strict UTF-8 (ASCII included). */
	size_t bad;
	const char *why;
	/* valid: no second pass of decode_utf8() over a whole document */
	if (zhen__utf8_strict(bytes, len, &bad, &why) == 0)
		return copy_utf8(out, ctx, bytes, len);
	if (zhen__mostly_utf8(bytes, len))
		return decode_utf8(out, ctx, bytes, len);

	/* 3. ICU's guess, when it is confident and names an encoding of
	 * Chinese or Unicode. */
	const char *name;
	char best[64];
	zhen__guess(bytes, len, &name, best, sizeof best);
	if (name) {
		snprintf(out->encoding, sizeof out->encoding, "%s", name);
		int rc = decode_icu(out, ctx, bytes, len, 0, name);
		if (rc < 0)
			zhen__decoded_free(out);
		return rc;
	}
	char hx[8];
	zhen__hex_bytes(hx, sizeof hx, bytes, len, bad, 1);
	if (strcmp(why, "invalid UTF-8"))
		return zhen__fail_at(ctx, ZHEN_EINPUT,
		                     line_of_bytes(bytes, len, bad), bad,
		                     "%s at byte %zu (%s)", why, bad, hx);
	/* ICU's best guess is UTF-8 itself (it counts structure, not
	 * surrogates or overlong forms): the file is UTF-8 with a broken
	 * character, and "the encoding is not clear" would send the user
	 * looking for another one */
	if (!strncmp(best, "UTF-8,", 6))
		return utf8_fail(ctx, bytes, len, bad);
	return zhen__fail_at(ctx, ZHEN_EINPUT, line_of_bytes(bytes, len, bad),
	                     bad, "invalid UTF-8 at byte %zu (%s), and the "
	                     "encoding is not clear (best guess %s); name it "
	                     "with --encoding", bad, hx,
	                     best[0] ? best : "none");
}
