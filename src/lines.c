/* lines.c: the read stage for input that streams (zhen check --pairs).
 *
 * A file of a million pairs must not be held whole, so its bytes come in
 * pieces and leave as lines. The choice of encoding and the checks are
 * encoding.c's, as for a document: a BOM, valid UTF-8, ICU's confident
 * guess; invalid bytes, NUL and control characters refused with their
 * input offset, never replaced silently. What differs is that a bad line
 * is that line's error (the caller reports it and goes on), not the whole
 * input's.
 *
 * UTF-8, the usual case, is not copied: a line is a view into the buffer
 * of raw bytes, validated when it is taken (as fast as the getline loop it
 * replaces). Another encoding goes through one ICU converter kept across
 * pieces, so a character cut by the end of a piece is completed by the
 * next; its UTF-8 gets one input offset per byte, and each stretch that
 * could not be decoded leaves a NUL in the text (which no decoded text
 * holds: a NUL is refused) whose message waits in a queue for the line
 * that takes it. */
#include "encoding.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

/* The first bytes that choose the encoding when it is detected: ICU's
 * guess is confident from about 20 bytes of Chinese (platform.md §6), and
 * a header line or a run of English rows can come first. */
#define DETECT_BYTES ((size_t)64 * 1024)

/* A message of zhen_line.error, with room for "undefined bytes in
 * Big5-HKSCS at byte 18446744073709551615 (0xA4 0xFF 0x80 0x81)". */
#define MSG 112

/* Where the last search for one line-end byte stopped: at it (hit), or at
 * the end of the buffer then, with none before. memchr from there, so a
 * file that ends its lines with CR only is not searched for LF anew on
 * each line. */
struct scan {
	size_t at;
	bool hit;
};

struct zhen_lines {
	zhen_ctx *ctx;
	char asked[48];  /* the encoding given, "" to detect */
	char name[48];   /* the one in use, "" until chosen */
	bool chosen, ended, utf8;
	UConverter *cv;  /* not UTF-8: the converter, kept across pieces */
	bool legacy;     /* a legacy encoding (zhen__legacy_impossible()) */
	bool seen_cp;    /* a code point came: a U+FEFF now is no BOM */
	bool bom_done;   /* UTF-8: a BOM at the start was looked for */
	int generic;     /* "UTF-16" (16) or "UTF-32" (32) asked: the byte
	                    order is the first bytes' */
	/* UTF-8 (and before the choice): the raw bytes, buf[0] at input
	 * offset base. Otherwise the decoded UTF-8, src[i] the input offset
	 * of buf[i] and src[len] where the decoded text ends. */
	char *buf;
	size_t len, cap, pos; /* pos: where the next line starts */
	size_t base;
	size_t *src;
	size_t fed;      /* input bytes fed so far */
	struct scan lf, cr;
	size_t number;   /* lines taken */
	/* the messages of the NULs in buf, oldest first */
	char (*msgs)[MSG];
	size_t mhead, mlen, mcap;
	char err[MSG];   /* the error of the line last taken */
	UChar *u;        /* conversion scratch: UTF-16, ICU's offsets, */
	int32_t *uo;
	size_t *uat;     /* and the input offset of each unit */
	size_t ucap;
	/* The bytes of a character the last piece began, to put before
	 * the next (ICU holds 4 at most). */
	char carry[16];
	size_t ncarry;
};

/* ---- buffers ---- */

/* Room for @p n more bytes in buf (and offsets in src when decoding). */
static int reserve(zhen_lines *r, size_t n)
{
	if (r->len + n + 1 <= r->cap)
		return 0;
	size_t nc = r->cap ? r->cap : 4096;
	while (nc < r->len + n + 1)
		nc *= 2;
	char *b = realloc(r->buf, nc);
	if (!b)
		return zhen__fail(r->ctx, ZHEN_ENOMEM, "out of memory");
	r->buf = b;
	if (!r->utf8 && r->chosen) {
		size_t *s = realloc(r->src, nc * sizeof *s);
		if (!s)
			return zhen__fail(r->ctx, ZHEN_ENOMEM, "out of memory");
		r->src = s;
	}
	r->cap = nc;
	return 0;
}

/* Drop the lines taken, before a piece is added: memory stays the lines
 * not yet taken. Invalidates every line handed out. */
static void compact(zhen_lines *r)
{
	if (!r->pos)
		return;
	r->len -= r->pos;
	memmove(r->buf, r->buf + r->pos, r->len);
	if (r->src)
		memmove(r->src, r->src + r->pos, (r->len + 1) * sizeof *r->src);
	else
		r->base += r->pos;
	r->pos = 0;
	r->lf = r->cr = (struct scan){ 0, false };
}

/* Queue the message of a NUL just put in buf. */
static int push_msg(zhen_lines *r, const char *msg)
{
	if (r->mhead + r->mlen == r->mcap) {
		if (r->mhead) {
			memmove(r->msgs, r->msgs + r->mhead,
			        r->mlen * sizeof *r->msgs);
			r->mhead = 0;
		} else {
			size_t nc = r->mcap ? r->mcap * 2 : 8;
			char (*m)[MSG] = realloc(r->msgs, nc * sizeof *m);
			if (!m)
				return zhen__fail(r->ctx, ZHEN_ENOMEM,
				                  "out of memory");
			r->msgs = m;
			r->mcap = nc;
		}
	}
	snprintf(r->msgs[r->mhead + r->mlen++], MSG, "%s", msg);
	return 0;
}

/* ---- decoding with ICU ---- */

/* Append code point @p cp, which stands at [o, oe) of the input. */
static int put_cp(zhen_lines *r, int32_t cp, size_t o, size_t oe)
{
	char tmp[4];
	size_t k = zhen__utf8_put(tmp, cp);
	int rc = reserve(r, k);
	if (rc < 0)
		return rc;
	memcpy(r->buf + r->len, tmp, k);
	for (size_t i = 0; i < k; i++)
		r->src[r->len + i] = o;
	r->len += k;
	r->src[r->len] = oe;
	return 0;
}

/* A stretch at input offset @p o that is no text: a NUL in its place and
 * "@p what <encoding> at byte o (hex)" for the line that takes it. */
static int mark(zhen_lines *r, const char *what, size_t o, size_t oe,
                const char *bytes, size_t nbytes)
{
	char msg[MSG], hx[40];
	int rc;

	zhen__hex_bytes(hx, sizeof hx, bytes, nbytes, 0, nbytes);
	snprintf(msg, sizeof msg, "%s %s at byte %zu%s%s%s", what, r->name,
	         o, hx[0] ? " (" : "", hx, hx[0] ? ")" : "");
	if ((rc = put_cp(r, 0, o, oe)) < 0)
		return rc;
	return push_msg(r, msg);
}

/* Why code point @p cp, decoded from the input, is no text, or NULL. */
static const char *refused(const zhen_lines *r, int32_t cp)
{
	if (U_IS_SURROGATE(cp))
		return "unpaired surrogate in";
	if (cp == 0)
		return "NUL character in";
	if (zhen__binary_control(cp))
		return "control character (binary file?) in";
	if (r->legacy && zhen__legacy_impossible(cp))
		return "undefined bytes in";
	return NULL;
}

/* The bytes being converted: [p, p+n), p[0] at input offset at. */
struct span {
	const char *p;
	size_t n, at;
};

/* Append the code points of u[0, n); unit i came from input offset
 * at[i], and the last ends at @p end. A lead surrogate whose trail is
 * still to come stays: its count is returned in *keep. */
static int put_units(zhen_lines *r, size_t n, const size_t *at, size_t end,
                     const struct span *in, bool more, size_t *keep)
{
	int rc = 0;

	*keep = 0;
	for (size_t i = 0; i < n && !rc;) {
		size_t j = i;
		UChar32 cp;
		if (more && i + 1 == n && U16_IS_LEAD(r->u[i])) {
			*keep = 1;
			break;
		}
		U16_NEXT(r->u, j, n, cp);
		size_t o = at[i], oe = j < n ? at[j] : end;
		if (oe < o)
			oe = o;
		if (!r->seen_cp && cp == 0xFEFF) { /* the BOM */
			r->seen_cp = true;
			i = j;
			continue;
		}
		r->seen_cp = true;
		const char *why = refused(r, cp);
		if (!why)
			rc = put_cp(r, cp, o, oe);
		else if (o >= in->at && oe <= in->at + in->n)
			rc = mark(r, why, o, oe, in->p + (o - in->at), oe - o);
		else
			rc = mark(r, why, o, oe, "", 0);
		i = j;
	}
	return rc;
}

/* Room for the UTF-16 of @p n bytes: one unit per byte is enough for
 * every encoding zhen reads (a GB18030 four-byte sequence is two units,
 * a Big5-HKSCS pair two), and a larger output just takes another turn. */
static int reserve_units(zhen_lines *r, size_t n)
{
	if (r->ucap >= n + 16)
		return 0;
	size_t nc = n + 16 > 4096 ? n + 16 : 4096;
	UChar *u = realloc(r->u, nc * sizeof *u);
	if (u)
		r->u = u;
	int32_t *uo = realloc(r->uo, nc * sizeof *uo);
	if (uo)
		r->uo = uo;
	size_t *ua = realloc(r->uat, nc * sizeof *ua);
	if (ua)
		r->uat = ua;
	if (!u || !uo || !ua)
		return zhen__fail(r->ctx, ZHEN_ENOMEM, "out of memory");
	r->ucap = nc;
	return 0;
}

/* The bytes ICU stopped at: they end where it stopped (ICU leaves in the
 * source what it must read again, platform.md §6). */
struct stop {
	char bytes[32];
	size_t n, at;
};

static bool is_stop(UErrorCode st)
{
	return st == U_ILLEGAL_CHAR_FOUND || st == U_INVALID_CHAR_FOUND ||
	       st == U_TRUNCATED_CHAR_FOUND;
}

/* The bytes of a character ICU holds until more come (at most @p cap):
 * the units read end before them. */
static size_t held_bytes(const zhen_lines *r, size_t cap)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t held = ucnv_toUCountPending(r->cv, &st);

	return U_SUCCESS(st) && held > 0 && (size_t)held <= cap ? (size_t)held
	                                                        : 0;
}

static void stop_at(zhen_lines *r, size_t done, struct stop *sp)
{
	int8_t bl = sizeof sp->bytes;
	UErrorCode st = U_ZERO_ERROR;

	ucnv_getInvalidChars(r->cv, sp->bytes, &bl, &st);
	if (U_FAILURE(st) || bl < 1)
		bl = 1;
	sp->n = (size_t)bl;
	sp->at = done >= sp->n ? done - sp->n : 0;
}

/* Convert @p in in calls of ICU from its start; @p flush at the end of
 * the input. Bad bytes leave their mark, and the converter starts again
 * just after them. */
static int convert_span(zhen_lines *r, const struct span *in, bool flush)
{
	const char *s = in->p, *end = in->p + in->n;
	size_t keep = 0;
	int rc;

	if ((rc = reserve_units(r, in->n)) < 0)
		return rc;
	for (;;) {
		UErrorCode st = U_ZERO_ERROR;
		const char *from = s;
		size_t from_at = in->at + (size_t)(from - in->p);
		UChar *t = r->u + keep;

		ucnv_toUnicode(r->cv, &t, r->u + r->ucap, &s, end, r->uo + keep,
		               flush, &st);
		size_t nu = (size_t)(t - r->u);
		size_t done = in->at + (size_t)(s - in->p);
		struct stop sp = { .at = done };
		if (is_stop(st))
			stop_at(r, done, &sp);
		else
			sp.at = done - held_bytes(r, done - from_at);
		/* Offsets count from this call's source; -1 (the rest of an
		 * output that overflowed) belongs to the unit before. */
		for (size_t i = keep; i < nu; i++)
			r->uat[i] = r->uo[i] >= 0 ? from_at + (size_t)r->uo[i]
			            : i ? r->uat[i - 1] : from_at;
		bool more = st == U_BUFFER_OVERFLOW_ERROR;
		if ((rc = put_units(r, nu, r->uat, sp.at, in, more, &keep)) < 0)
			return rc;
		if (keep) {
			r->u[0] = r->u[nu - 1];
			r->uat[0] = r->uat[nu - 1];
		}
		if (more)
			continue;
		if (!is_stop(st)) {
			if (U_FAILURE(st)) {
				char what[96];
				snprintf(what, sizeof what, "ICU cannot convert "
				         "from %s", r->name);
				return zhen__icu_fail(r->ctx, st, what);
			}
			return 0;
		}
		if ((rc = mark(r, st == U_TRUNCATED_CHAR_FOUND
		                  ? "truncated character in" : "invalid",
		               sp.at, done, sp.bytes, sp.n)) < 0)
			return rc;
		/* again from just after the bad bytes */
		ucnv_resetToUnicode(r->cv);
		keep = 0;
		if (s >= end && (!flush || st == U_TRUNCATED_CHAR_FOUND))
			return 0;
	}
}

/* ICU's converters that carry a state from one character to the next
 * (ISO-2022, HZ, UTF-7, …): they cannot start afresh at each piece. */
static bool stateful(const UConverter *cv)
{
	switch (ucnv_getType(cv)) {
	case UCNV_SBCS: case UCNV_DBCS: case UCNV_MBCS: case UCNV_LATIN_1:
	case UCNV_UTF8: case UCNV_UTF16_BigEndian:
	case UCNV_UTF16_LittleEndian: case UCNV_UTF32_BigEndian:
	case UCNV_UTF32_LittleEndian: case UCNV_US_ASCII: case UCNV_CESU8:
		return false;
	default:
		return true;
	}
}

/* Decode the piece [bytes, bytes+n) at input offset @p at, appending to
 * buf; @p flush at the end of the input.
 *
 * A character cut by the end of a piece is not left inside ICU: its
 * bytes are carried over and put before the next piece, and the
 * converter starts afresh. ICU's offsets for a character that spans two
 * calls differ from one converter to the next (-1 for GB18030, counted
 * from the held bytes for UTF-32), so every call starts at a character
 * of its own and every offset is exact. A stateful converter keeps its
 * state instead, and a character it holds across pieces may be placed
 * at the start of the next. */
static int convert(zhen_lines *r, const char *bytes, size_t n, size_t at,
                   bool flush)
{
	struct span in = { bytes, n, at };
	char *joined = NULL;
	int rc;

	if (r->ncarry) {
		if (!(joined = malloc(r->ncarry + n + 1)))
			return zhen__fail(r->ctx, ZHEN_ENOMEM, "out of memory");
		memcpy(joined, r->carry, r->ncarry);
		if (n)
			memcpy(joined + r->ncarry, bytes, n);
		in = (struct span){ joined, r->ncarry + n, at - r->ncarry };
		r->ncarry = 0;
	}
	rc = convert_span(r, &in, flush);
	size_t held = held_bytes(r, in.n);
	if (!rc && !flush && !stateful(r->cv) && held &&
	    held <= sizeof r->carry) {
		r->ncarry = held;
		memcpy(r->carry, in.p + in.n - held, held);
		ucnv_resetToUnicode(r->cv);
	}
	free(joined);
	return rc;
}

/* ---- choosing the encoding ---- */

static int open_converter(zhen_lines *r, const char *name)
{
	UErrorCode st = U_ZERO_ERROR;

	r->cv = ucnv_open(name, &st);
	if (U_FAILURE(st)) {
		r->cv = NULL;
		return zhen__fail(r->ctx, ZHEN_EUSAGE, "unknown encoding '%s'",
		                  name);
	}
	ucnv_setToUCallBack(r->cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL,
	                    &st);
	r->legacy = !zhen__unicode_name(name);
	return 0;
}

/* The encoding of the first bytes, as zhen__decode() would detect it;
 * only the whole lines among them count while more are to come (a piece
 * may end inside a character). */
static const char *detect(const zhen_lines *r)
{
	size_t nbom, n = r->len, bad;
	const char *bom = zhen__bom(r->buf, r->len, &nbom), *why, *guess;
	char best[64];

	if (bom)
		return bom;
	if (!r->ended) {
		const char *lf = NULL;
		for (size_t i = n; i-- > 0 && !lf;)
			if (r->buf[i] == '\n')
				lf = r->buf + i;
		n = lf ? (size_t)(lf - r->buf) + 1 : n;
	}
	/* A control character is no sign of another encoding: the line
	 * that holds it is reported. */
	if (zhen__utf8_strict(r->buf, n, &bad, &why) == 0 ||
	    strcmp(why, "invalid UTF-8") || zhen__mostly_utf8(r->buf, n))
		return "UTF-8";
	zhen__guess(r->buf, n, &guess, best, sizeof best);
	return guess ? guess : "UTF-8";
}

/* "UTF-16" and "UTF-32" read their byte order from a BOM, big-endian
 * without one (ICU's rule): named so from the first bytes, their reading
 * is the same from a converter that can start afresh at every piece. */
static const char *byte_order(const zhen_lines *r)
{
	size_t nbom;
	const char *bom = zhen__bom(r->buf, r->len, &nbom);

	if (r->generic == 32)
		return bom && !strcmp(bom, "UTF-32LE") ? "UTF-32LE" : "UTF-32BE";
	/* FF FE 00 00 is a UTF-32 BOM to the detector, and U+FEFF U+0000
	 * in UTF-16LE */
	return bom && strlen(bom) == 8 && !strcmp(bom + 6, "LE") ? "UTF-16LE"
	                                                          : "UTF-16BE";
}

/* Choose the encoding and, for one that is decoded, decode the bytes so
 * far. */
static int choose(zhen_lines *r)
{
	const char *name = r->asked[0] ? r->asked : detect(r);

	if (r->generic)
		name = byte_order(r);

	snprintf(r->name, sizeof r->name, "%s", name);
	r->chosen = true;
	if (zhen__utf8_name(name)) {
		r->utf8 = true;
		return 0;
	}
	int rc = r->cv ? 0 : open_converter(r, name);
	if (rc < 0)
		return rc;
	char *raw = r->buf;
	size_t n = r->len;
	r->buf = NULL;
	r->len = r->cap = r->pos = 0;
	if ((rc = reserve(r, n + 16)) == 0) {
		r->src[0] = 0;
		if (n || r->ended)
			rc = convert(r, raw ? raw : "", n, 0, r->ended);
	}
	free(raw);
	return rc;
}

/* ---- the API ---- */

int zhen_lines_new(zhen_lines **out, zhen_ctx *ctx, const char *encoding)
{
	zhen_lines *r;
	int rc = 0;

	if (!out)
		return zhen__einval(ctx, __func__, "out is NULL");
	*out = NULL;
	/* the reader keeps ctx for the errors of every line */
	if (!ctx)
		return zhen__einval(ctx, __func__, "ctx is NULL");
	if (!(r = calloc(1, sizeof *r)))
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	r->ctx = ctx;
	if (encoding && *encoding && strcmp(encoding, "auto")) {
		if (strlen(encoding) >= sizeof r->asked)
			rc = zhen__fail(ctx, ZHEN_EUSAGE,
			                "unknown encoding '%s'", encoding);
		else
			snprintf(r->asked, sizeof r->asked, "%s", encoding);
		/* an unknown name is the user's mistake: say so now */
		if (!rc && !zhen__utf8_name(encoding))
			rc = open_converter(r, encoding);
		if (!rc && r->cv && (ucnv_getType(r->cv) == UCNV_UTF16 ||
		                     ucnv_getType(r->cv) == UCNV_UTF32)) {
			/* its byte order comes with the first bytes */
			r->generic = ucnv_getType(r->cv) == UCNV_UTF16 ? 16 : 32;
			ucnv_close(r->cv);
			r->cv = NULL;
		} else if (!rc) {
			rc = choose(r);
		}
	}
	if (rc < 0) {
		zhen_lines_free(r);
		return rc;
	}
	*out = r;
	return 0;
}

void zhen_lines_free(zhen_lines *r)
{
	if (!r)
		return;
	if (r->cv)
		ucnv_close(r->cv);
	free(r->buf);
	free(r->src);
	free(r->msgs);
	free(r->u);
	free(r->uo);
	free(r->uat);
	free(r);
}

const char *zhen_lines_encoding(const zhen_lines *r)
{
	return r ? r->name : "";
}

int zhen_lines_feed(zhen_lines *r, const char *bytes, size_t len)
{
	size_t at;
	int rc;

	if (!r || ZHEN__NO_BYTES(bytes, len))
		return ZHEN_EINVAL;
	at = r->fed;
	if (r->ended)
		return 0;
	r->fed += len;
	if (!len) {
		r->ended = true;
		return r->chosen && !r->utf8 ? convert(r, "", 0, at, true) : 0;
	}
	compact(r);
	if (!r->chosen || r->utf8) {
		if ((rc = reserve(r, len)) < 0)
			return rc;
		memcpy(r->buf + r->len, bytes, len);
		r->len += len;
		return 0;
	}
	return convert(r, bytes, len, at, false);
}

/* The first byte @p c in [pos, len), or len. */
static size_t find(const zhen_lines *r, char c, struct scan *sc)
{
	if (sc->hit && sc->at >= r->pos)
		return sc->at;
	size_t from = !sc->hit && sc->at > r->pos ? sc->at : r->pos;
	const char *p = from < r->len ? memchr(r->buf + from, c, r->len - from)
	                              : NULL;
	sc->hit = p != NULL;
	sc->at = p ? (size_t)(p - r->buf) : r->len;
	return sc->at;
}

/* Why the UTF-8 line [s, s+n) at input offset @p at cannot be read, in
 * r->err, or NULL. */
static const char *check_utf8(zhen_lines *r, const char *s, size_t n,
                              size_t at)
{
	size_t bad;
	const char *why;
	char hx[8];

	if (zhen__utf8_strict(s, n, &bad, &why) == 0)
		return NULL;
	zhen__hex_bytes(hx, sizeof hx, s, n, bad, 1);
	snprintf(r->err, sizeof r->err, "%s at byte %zu (%s)", why, at + bad,
	         hx);
	return r->err;
}

/* The message of the first NUL in the decoded line [s, s+n), in r->err,
 * or NULL; every NUL of the line takes its message off the queue. */
static const char *check_marks(zhen_lines *r, const char *s, size_t n)
{
	const char *e = s + n, *p = s, *first = NULL;

	while (p < e && (p = memchr(p, 0, (size_t)(e - p)))) {
		if (r->mlen) {
			if (!first) {
				snprintf(r->err, sizeof r->err, "%s",
				         r->msgs[r->mhead]);
				first = r->err;
			}
			r->mhead++;
			r->mlen--;
		}
		p++;
	}
	if (!r->mlen)
		r->mhead = 0;
	return first;
}

/* UTF-8: step over a BOM that starts the input. 0 while the bytes so far
 * could still become one, else 1. */
static int skip_bom(zhen_lines *r)
{
	static const char bom[] = "\xEF\xBB\xBF";

	if (r->len < 3 && !r->ended &&
	    (!r->len || !memcmp(r->buf, bom, r->len)))
		return 0;
	r->pos = r->len >= 3 && !memcmp(r->buf, bom, 3) ? 3 : 0;
	r->bom_done = true;
	return 1;
}

/* A line past ZHEN_LINES_MAX: its first ZHEN_LINES_MAX bytes and an
 * error, and the reader stops (memory holds no more than that, and an
 * endless line, /dev/zero, must end the run). */
static int too_long(zhen_lines *r, zhen_line *line)
{
	const char *s = r->buf + r->pos;

	*line = (zhen_line){ .text = s, .len = ZHEN_LINES_MAX,
	                     .number = ++r->number };
	if (r->utf8) {
		line->start = r->base + r->pos;
	} else {
		line->start = r->src[r->pos];
		line->src = r->src + r->pos;
	}
	snprintf(r->err, sizeof r->err, "a line longer than %zu MiB (the "
	         "rest of the input is not read)", ZHEN_LINES_MAX >> 20);
	line->error = r->err;
	r->ended = true;
	r->len = r->pos + ZHEN_LINES_MAX; /* nothing after it is a line */
	r->pos = r->len;
	return 1;
}

int zhen_lines_done(const zhen_lines *r)
{
	return !r || r->ended;
}

int zhen_lines_next(zhen_lines *r, zhen_line *line)
{
	int rc;

	if (!r || !line)
		return ZHEN_EINVAL;
	if (!r->chosen) {
		if (!r->ended && r->len < (r->generic ? 4 : DETECT_BYTES))
			return 0;
		if ((rc = choose(r)) < 0)
			return rc;
	}
	if (r->utf8 && !r->bom_done && (rc = skip_bom(r)) <= 0)
		return rc;
	size_t lf = find(r, '\n', &r->lf), cr = find(r, '\r', &r->cr);
	size_t e = lf < cr ? lf : cr, next;
	if (e - r->pos > ZHEN_LINES_MAX)
		return too_long(r, line);
	if (e == r->len) {
		if (!r->ended || r->pos == r->len)
			return 0;
		next = e;
	} else if (r->buf[e] == '\r') {
		/* a CRLF cut between two pieces */
		if (e + 1 == r->len && !r->ended)
			return 0;
		next = e + 1 + (e + 1 < r->len && r->buf[e + 1] == '\n');
	} else {
		next = e + 1;
	}
	const char *s = r->buf + r->pos;
	size_t n = e - r->pos;
	*line = (zhen_line){ .text = s, .len = n, .number = ++r->number };
	if (r->utf8) {
		line->start = r->base + r->pos;
		line->error = check_utf8(r, s, n, line->start);
	} else {
		line->start = r->src[r->pos];
		line->src = r->src + r->pos;
		line->error = check_marks(r, s, n);
	}
	r->pos = next;
	return 1;
}
