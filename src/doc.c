/* doc.c: the read stage. Decoding and strict validation come before
 * anything else: OpenCC over-reads truncated UTF-8 and silently truncates
 * at a NUL (platform.md §2), and ICU reads bad bytes as U+FFFD.
 *
 * The analysis text is the decoded input; for UTF-8 read line by line it
 * is the input itself and the offset map is the identity (no map is kept),
 * which is the common case and costs nothing. */
#include "encoding.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

struct zhen_doc {
	char *bytes; /* analysis text, NUL-terminated */
	size_t len;
	bool identity;        /* analysis offsets are source offsets */
	struct zhen__omap map; /* otherwise: analysis → source */
	char encoding[48];
	zhen_paragraph *para;
	size_t npara, cappara;
	size_t *line_start; /* source offset of each line's first byte */
	size_t nlines, caplines;
	/* a document format's name for each line (zhen_doc_place()): the
	 * labels NUL-separated in places.p, line i's at place_off[i] */
	struct zhen__buf places;
	size_t *place_off;
	size_t nplaces, capplaces;
	/* a side of a bilingual file (zhen_doc_from_units()): its lines are
	 * the analysis text's, a unit a line, while the map leads into the
	 * file */
	bool lines_in_text;
};

int zhen_utf8_check(const char *bytes, size_t len, size_t *bad_off)
{
	const char *why;
	size_t bad = 0;
	if (ZHEN__NO_BYTES(bytes, len)) {
		if (bad_off)
			*bad_off = 0;
		return ZHEN_EINVAL;
	}
	int rc = zhen__utf8_strict(bytes, len, &bad, &why);
	if (bad_off)
		*bad_off = rc ? bad : 0;
	return rc;
}

static bool push_line(zhen_doc *d, size_t off)
{
	if (d->nlines == d->caplines) {
		size_t nc = d->caplines ? d->caplines * 2 : 64;
		size_t *p = realloc(d->line_start, nc * sizeof *p);
		if (!p)
			return false;
		d->line_start = p;
		d->caplines = nc;
	}
	d->line_start[d->nlines++] = off;
	return true;
}

static bool push_para(zhen_doc *d, size_t off, size_t len, size_t line)
{
	if (d->npara == d->cappara) {
		size_t nc = d->cappara ? d->cappara * 2 : 64;
		zhen_paragraph *p = realloc(d->para, nc * sizeof *p);
		if (!p)
			return false;
		d->para = p;
		d->cappara = nc;
	}
	d->para[d->npara++] = (zhen_paragraph){ off, len, line };
	return true;
}

/* The paragraph and line lists live as long as the document: what their
 * doubling left over (up to half) goes back once it is read. */
static void trim(zhen_doc *d)
{
	zhen_paragraph *p;
	size_t *l;

	if (d->npara && d->npara < d->cappara &&
	    (p = realloc(d->para, d->npara * sizeof *p))) {
		d->para = p;
		d->cappara = d->npara;
	}
	if (d->nlines && d->nlines < d->caplines &&
	    (l = realloc(d->line_start, d->nlines * sizeof *l))) {
		d->line_start = l;
		d->caplines = d->nlines;
	}
}

/* The next line end ('\n' or '\r') at or after @p a in s[0, n), or n.
 * By memchr, a byte at a time was most of reading a document; each
 * byte's next position is kept (*nl, *cr) until the scan passes it, so a
 * file of only CRs (or only LFs) is not searched to its end per line. */
static size_t line_end(const char *s, size_t n, size_t a, size_t *nl,
                       size_t *cr)
{
	const char *p;
	if (*nl < a || *nl == SIZE_MAX)
		*nl = (p = memchr(s + a, '\n', n - a)) ? (size_t)(p - s) : n;
	if (*cr < a || *cr == SIZE_MAX)
		*cr = (p = memchr(s + a, '\r', n - a)) ? (size_t)(p - s) : n;
	return *nl < *cr ? *nl : *cr;
}

/* Width of the white space code point at s[i], or 0. U+3000 and NBSP pad
 * Chinese paragraphs as often as ASCII spaces do. */
static size_t space_at(const char *s, size_t end, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c == ' ' || c == '\t' || c == '\v' || c == '\f')
		return 1;
	if (c == 0xC2 && i + 1 < end && (unsigned char)s[i + 1] == 0xA0)
		return 2;
	if (c == 0xE3 && i + 2 < end && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0x80)
		return 3;
	return 0;
}

static size_t space_before(const char *s, size_t start, size_t e)
{
	if (e > start && strchr(" \t\v\f", s[e - 1]))
		return 1;
	if (e >= start + 2 && (unsigned char)s[e - 2] == 0xC2 &&
	    (unsigned char)s[e - 1] == 0xA0)
		return 2;
	if (e >= start + 3 && (unsigned char)s[e - 3] == 0xE3 &&
	    (unsigned char)s[e - 2] == 0x80 && (unsigned char)s[e - 1] == 0x80)
		return 3;
	return 0;
}

void zhen_doc_free(zhen_doc *doc)
{
	if (!doc)
		return;
	free(doc->bytes);
	zhen__omap_free(&doc->map);
	free(doc->para);
	free(doc->line_start);
	zhen__buf_free(&doc->places);
	free(doc->place_off);
	free(doc);
}

/* One line of the decoded text: its content trimmed of spaces. */
struct line {
	size_t a, e; /* trimmed content, a == e when blank */
};

/* ---- joining wrapped lines (ZHEN_PARAGRAPHS_BLANK) ---- */

static bool is_wide(int32_t cp)
{
	int w = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
	return w == U_EA_WIDE || w == U_EA_FULLWIDTH;
}

static bool is_ascii_alnum(int32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z');
}

static bool is_ascii_letter(int32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The last code point of [a, e) (non-empty), and the one before it or 0. */
static int32_t last_cp(const char *s, size_t a, size_t e, int32_t *before)
{
	size_t j = e - 1;
	while (j > a && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	size_t k = j;
	int32_t c = zhen__utf8_next(s, e, &k);
	*before = 0;
	if (j > a) {
		size_t i = j - 1;
		while (i > a && ((unsigned char)s[i] & 0xC0) == 0x80)
			i--;
		*before = zhen__utf8_next(s, j, &i);
	}
	return c;
}

/* Does a space go where line [pa, pe) wraps into line [na, ne)? Chinese is
 * written without spaces, so a wrapper that cut "3.4億" or "營收" must not
 * gain one; English lost one at the wrap. */
static bool join_with_space(const char *s, size_t pa, size_t pe, size_t na,
                            size_t ne, int lang)
{
	int32_t before, x = last_cp(s, pa, pe, &before);
	size_t k = na;
	int32_t y = zhen__utf8_next(s, ne, &k);

	if (lang == ZHEN_LANG_EN)
		/* "twenty-" + "five": a word broken at its own hyphen. */
		return !(x == '-' && is_ascii_letter(before) &&
		         is_ascii_letter(y));
	if (is_wide(x) || is_wide(y))
		return false;
	if (lang == ZHEN_LANG_ZH)
		/* Two English words in Chinese text keep their space; digits
		 * split by a fixed-width wrapper ("12" "34") do not. */
		return is_ascii_alnum(x) && is_ascii_alnum(y) &&
		       !(x >= '0' && x <= '9' && y >= '0' && y <= '9');
	return true;
}

/* Append decoded [x, y) to the analysis text @p b with its source map. */
static void copy_mapped(struct zhen__buf *b, struct zhen__omap *m,
                        const struct zhen__decoded *dec, size_t x, size_t y)
{
	if (dec->identity) {
		zhen__omap_add_bytes(m, b->len, x, y - x);
		zhen__buf_add(b, dec->s + x, y - x);
		return;
	}
	for (size_t i = x; i < y;) {
		size_t at = i;
		zhen__utf8_next(dec->s, y, &i);
		size_t o = zhen__omap_start(&dec->map, at);
		size_t oe = zhen__omap_end(&dec->map, i);
		zhen__omap_add(m, b->len, o, (unsigned)(i - at),
		               (unsigned)(oe > o ? oe - o : 0));
		zhen__buf_add(b, dec->s + at, i - at);
	}
}

static size_t src_start(const struct zhen__decoded *dec, size_t off)
{
	return dec->identity ? off : zhen__omap_start(&dec->map, off);
}

static size_t src_end(const struct zhen__decoded *dec, size_t off)
{
	return dec->identity ? off : zhen__omap_end(&dec->map, off);
}

/* Paragraphs of blank-line-separated, hard-wrapped text: a new analysis
 * text holds each paragraph's lines joined, paragraphs separated by a
 * newline, with a map composed down to the source bytes. */
static bool build_blank(zhen_doc *d, const struct zhen__decoded *dec,
                        const struct line *ln, size_t nl, int lang)
{
	struct zhen__buf b = { 0 };
	struct zhen__omap m = { 0 };

	for (size_t i = 0; i < nl;) {
		if (ln[i].a == ln[i].e) {
			i++;
			continue;
		}
		size_t off = b.len, first = i;
		for (; i < nl && ln[i].a < ln[i].e; i++) {
			if (i > first &&
			    join_with_space(dec->s, ln[i - 1].a, ln[i - 1].e,
			                    ln[i].a, ln[i].e, lang)) {
				size_t o = src_end(dec, ln[i - 1].e);
				size_t oe = src_start(dec, ln[i].a);
				/* The space stands for the line break. */
				zhen__omap_add(&m, b.len, o, 1, (unsigned)(oe - o));
				zhen__buf_add(&b, " ", 1);
			}
			copy_mapped(&b, &m, dec, ln[i].a, ln[i].e);
		}
		if (!push_para(d, off, b.len - off, first + 1))
			b.oom = true;
		zhen__omap_add(&m, b.len, src_end(dec, ln[i - 1].e), 1, 0);
		zhen__buf_add(&b, "\n", 1);
	}
	zhen__buf_add(&b, "", 0);
	if (b.oom || m.oom) {
		zhen__buf_free(&b);
		zhen__omap_free(&m);
		return false;
	}
	m.olen = dec->identity ? dec->len : dec->map.olen;
	m.alen = b.len;
	d->bytes = b.p;
	d->len = b.len;
	d->map = m;
	d->identity = false;
	return true;
}

int zhen_doc_read(zhen_doc **out, zhen_ctx *ctx, const char *bytes,
                  size_t len, const zhen_doc_options *opts)
{
	static const zhen_doc_options defaults = ZHEN_DOC_OPTIONS_INIT;
	struct zhen__decoded dec;
	struct line *ln = NULL;
	size_t nl = 0, capl = 0;
	zhen_doc *d;
	int rc;

	if (out)
		*out = NULL;
	if ((rc = zhen__text_args(ctx, __func__, out, bytes, len, "bytes")) < 0)
		return rc;
	if (!opts)
		opts = &defaults;
	if (opts->paragraphs != ZHEN_PARAGRAPHS_LINE &&
	    opts->paragraphs != ZHEN_PARAGRAPHS_BLANK)
		return zhen__fail(ctx, ZHEN_EUSAGE, "unknown paragraph mode %d",
		                  (int)opts->paragraphs);
	if (opts->lang != ZHEN_LANG_ZH && opts->lang != ZHEN_LANG_EN &&
	    opts->lang != -1)
		return zhen__fail(ctx, ZHEN_EUSAGE, "unknown language %d",
		                  opts->lang);
	if ((rc = zhen__decode(&dec, ctx, bytes, len, opts->encoding)) < 0)
		return rc;
	d = calloc(1, sizeof *d);
	if (!d)
		goto oom;
	memcpy(d->encoding, dec.encoding, sizeof d->encoding);

	/* Lines: a leading UTF-8 BOM is not content (a decoded one is gone
	 * already). */
	const char *s = dec.s;
	size_t n = dec.len, pos = 0, lf_at = SIZE_MAX, cr_at = SIZE_MAX;
	if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		pos = 3;
	for (size_t line = 1; pos < n || (pos == n && line == 1); line++) {
		size_t a = pos, e = line_end(s, n, pos, &lf_at, &cr_at);
		if (!push_line(d, line == 1 ? 0 : src_start(&dec, a)))
			goto oom;
		pos = e;
		if (pos < n && s[pos] == '\r')
			pos++;
		if (pos < n && s[pos] == '\n' && (pos == e || s[pos - 1] == '\r'))
			pos++;
		size_t k;
		while (a < e && (k = space_at(s, e, a)))
			a += k;
		while (e > a && (k = space_before(s, a, e)))
			e -= k;
		if (nl == capl) {
			size_t nc = capl ? 2 * capl : 64;
			struct line *p = realloc(ln, nc * sizeof *p);
			if (!p)
				goto oom;
			ln = p;
			capl = nc;
		}
		ln[nl++] = (struct line){ a, e };
		if (pos >= n)
			break;
	}

	if (opts->paragraphs == ZHEN_PARAGRAPHS_BLANK) {
		if (!build_blank(d, &dec, ln, nl, opts->lang))
			goto oom;
		zhen__decoded_free(&dec);
	} else {
		for (size_t i = 0; i < nl; i++)
			if (ln[i].e > ln[i].a &&
			    !push_para(d, ln[i].a, ln[i].e - ln[i].a, i + 1))
				goto oom;
		/* The decoded text becomes the analysis text. */
		d->bytes = dec.s;
		d->len = dec.len;
		d->identity = dec.identity;
		d->map = dec.map;
		memset(&dec, 0, sizeof dec);
	}
	free(ln);
	trim(d);
	*out = d;
	return 0;
oom:
	free(ln);
	zhen__decoded_free(&dec);
	zhen_doc_free(d);
	return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
}

int zhen_doc_from_bytes(zhen_doc **out, zhen_ctx *ctx, const char *bytes,
                        size_t len)
{
	zhen_doc_options o = ZHEN_DOC_OPTIONS_INIT;
	o.encoding = "UTF-8";
	int rc;

	/* checked here too, so that the message names this function */
	if (out)
		*out = NULL;
	if ((rc = zhen__text_args(ctx, __func__, out, bytes, len, "bytes")) < 0)
		return rc;
	return zhen_doc_read(out, ctx, bytes, len, &o);
}

const char *zhen_doc_bytes(const zhen_doc *doc, size_t *len)
{
	if (len)
		*len = doc ? doc->len : 0;
	return doc ? doc->bytes : NULL;
}

const char *zhen_doc_encoding(const zhen_doc *doc)
{
	return doc ? doc->encoding : NULL;
}

void zhen_doc_source_span(const zhen_doc *doc, size_t start, size_t end,
                          size_t *src_start_out, size_t *src_end_out)
{
	size_t s, e;
	if (!doc) {
		s = e = 0;
	} else if (doc->identity) {
		s = start < doc->len ? start : doc->len;
		e = end < doc->len ? end : doc->len;
	} else {
		s = zhen__omap_start(&doc->map, start);
		e = end > start ? zhen__omap_end(&doc->map, end) : s;
	}
	if (src_start_out)
		*src_start_out = s;
	if (src_end_out)
		*src_end_out = e < s ? s : e;
}

size_t zhen_doc_paragraph_count(const zhen_doc *doc)
{
	return doc ? doc->npara : 0;
}

const zhen_paragraph *zhen_doc_paragraph(const zhen_doc *doc, size_t i)
{
	return doc && i < doc->npara ? &doc->para[i] : NULL;
}

size_t zhen_doc_line_of(const zhen_doc *doc, size_t off)
{
	if (!doc)
		return 0;
	size_t lo = 0, hi = doc->nlines;
	if (!hi)
		return 1;
	if (!doc->identity && !doc->lines_in_text)
		off = zhen__omap_start(&doc->map, off);
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->line_start[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo + 1;
}

const char *zhen_doc_place(const zhen_doc *doc, size_t line)
{
	if (!doc || line == 0 || line > doc->nplaces)
		return NULL;
	return doc->places.p + doc->place_off[line - 1];
}

void zhen__doc_map_to(zhen_doc *d, struct zhen__omap *m)
{
	d->lines_in_text = true;
	if (!m)
		return;
	zhen__omap_free(&d->map);
	d->map = *m;
	d->identity = false;
	memset(m, 0, sizeof *m);
}

int zhen__doc_add_place(zhen_doc *d, const char *label, size_t len)
{
	if (d->nplaces == d->capplaces) {
		size_t nc = d->capplaces ? d->capplaces * 2 : 64;
		size_t *p = realloc(d->place_off, nc * sizeof *p);
		if (!p)
			return ZHEN_ENOMEM;
		d->place_off = p;
		d->capplaces = nc;
	}
	d->place_off[d->nplaces] = d->places.len;
	zhen__buf_add(&d->places, label, len);
	zhen__buf_add(&d->places, "", 1);
	if (d->places.oom)
		return ZHEN_ENOMEM;
	d->nplaces++;
	return 0;
}

/* Adds to *l the ASCII letters of the ASCII bytes from s[i] (s[i] is
 * one), eight a step while eight are ASCII; returns the bytes taken. */
static size_t ascii_letters(const char *s, size_t len, size_t i, size_t *l)
{
	const uint64_t hi = 0x8080808080808080u;
	size_t k = i;
	uint64_t x, y;

	while (len - k >= 8 && (memcpy(&x, s + k, 8), !(x & hi))) {
		/* lowercased, a letter is 0x61 <= y <= 0x7A (no carries:
		 * every byte is below 0x80) */
		y = x | 0x2020202020202020u;
		*l += zhen__count_top8((y + 0x1F1F1F1F1F1F1F1Fu) &
		                       ~(y + 0x0505050505050505u) & hi);
		k += 8;
	}
	if (k > i)
		return k - i;
	unsigned char c = (unsigned char)s[i];
	*l += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	return 1;
}

void zhen_doc_letters(size_t *han, size_t *latin, const zhen_doc *doc)
{
	size_t len, i = 0;
	const char *s = doc ? zhen_doc_bytes(doc, &len) : NULL;

	size_t h = 0, l = 0;
	while (s && i < len) {
		unsigned char c = (unsigned char)s[i];

		/* Two fast paths, the same answers: an ASCII byte, and the
		 * three bytes of U+4000 to U+9FFF (lead E4 to E9), where
		 * nearly all Chinese text lies and no width fold applies.
		 * The check of two documents scans both whole. */
		if (c < 0x80) {
			i += ascii_letters(s, len, i, &l);
			continue;
		}
		if (c >= 0xE4 && c <= 0xE9 && len - i >= 3 &&
		    ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
		    ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
			int32_t cp3 = (int32_t)(c & 0x0F) << 12 |
			              (int32_t)(s[i + 1] & 0x3F) << 6 |
			              (int32_t)(s[i + 2] & 0x3F);
			h += zhen__is_ideograph(cp3);
			i += 3;
			continue;
		}
		int32_t cp = zhen__utf8_next(s, len, &i);
		if (cp < 0)
			break;
		cp = zhen__fold_cp(cp);
		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			l++;
		else if (cp >= 0x2E80 && zhen__is_ideograph(cp))
			h++;
	}
	if (han)
		*han = h;
	if (latin)
		*latin = l;
}
