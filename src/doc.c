/* doc.c: the read stage. Strict validation comes before anything else:
 * OpenCC over-reads truncated UTF-8 and silently truncates at a NUL
 * (platform.md §2), and ICU reads bad bytes as U+FFFD. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

struct zhen_doc {
	char *bytes;
	size_t len;
	zhen_paragraph *para;
	size_t npara, cappara;
	size_t *line_start; /* byte offset of each line's first byte */
	size_t nlines, caplines;
};

/* C0 controls other than TAB, LF, VT, FF and CR do not occur in text a
 * translator edits; they mark a binary file (an image, a .docx zip). */
static bool is_binary_control(unsigned char c)
{
	return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' &&
	       c != '\r';
}

static int check_utf8(const char *s, size_t len, size_t *bad, const char **why)
{
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			if (c == 0) {
				*bad = i;
				*why = "NUL byte (binary file?)";
				return ZHEN_EINPUT;
			}
			if (is_binary_control(c) || c == 0x7F) {
				*bad = i;
				*why = "control character (binary file?)";
				return ZHEN_EINPUT;
			}
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(
			(const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i),
			&cp);
		if (k < 0) {
			*bad = i;
			*why = "invalid UTF-8";
			return ZHEN_EINPUT;
		}
		i += (size_t)k;
	}
	return 0;
}

int zhen_utf8_check(const char *bytes, size_t len, size_t *bad_off)
{
	const char *why;
	size_t bad = 0;
	int rc = check_utf8(bytes, len, &bad, &why);
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
	free(doc->para);
	free(doc->line_start);
	free(doc);
}

int zhen_doc_from_bytes(zhen_doc **out, zhen_ctx *ctx, const char *bytes,
                        size_t len)
{
	zhen_doc *d;
	size_t bad;
	const char *why;
	int rc;

	*out = NULL;
	if ((rc = check_utf8(bytes, len, &bad, &why)) < 0) {
		size_t line = 1;
		for (size_t i = 0; i < bad; i++)
			if (bytes[i] == '\n' ||
			    (bytes[i] == '\r' && (i + 1 >= len || bytes[i + 1] != '\n')))
				line++;
		return zhen__fail_at(ctx, rc, line, bad,
		                     "%s at byte %zu (0x%02X)", why, bad,
		                     (unsigned)(unsigned char)bytes[bad]);
	}
	d = calloc(1, sizeof *d);
	if (!d)
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	d->bytes = malloc(len + 1);
	if (!d->bytes)
		goto oom;
	if (len)
		memcpy(d->bytes, bytes, len);
	d->bytes[len] = 0;
	d->len = len;

	size_t pos = 0;
	if (len >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3))
		pos = 3;
	for (size_t line = 1; pos < len || (pos == len && line == 1); line++) {
		size_t a = pos, e = pos;
		while (e < len && bytes[e] != '\n' && bytes[e] != '\r')
			e++;
		if (!push_line(d, line == 1 ? 0 : a))
			goto oom;
		pos = e;
		if (pos < len && bytes[pos] == '\r')
			pos++;
		if (pos < len && bytes[pos] == '\n' && (pos == e || bytes[pos - 1] == '\r'))
			pos++;
		size_t k;
		while (a < e && (k = space_at(bytes, e, a)))
			a += k;
		while (e > a && (k = space_before(bytes, a, e)))
			e -= k;
		if (e > a && !push_para(d, a, e - a, line))
			goto oom;
		if (pos >= len)
			break;
	}
	*out = d;
	return 0;
oom:
	zhen_doc_free(d);
	return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
}

const char *zhen_doc_bytes(const zhen_doc *doc, size_t *len)
{
	if (len)
		*len = doc->len;
	return doc->bytes;
}

size_t zhen_doc_paragraph_count(const zhen_doc *doc)
{
	return doc->npara;
}

const zhen_paragraph *zhen_doc_paragraph(const zhen_doc *doc, size_t i)
{
	return i < doc->npara ? &doc->para[i] : NULL;
}

size_t zhen_doc_line_of(const zhen_doc *doc, size_t off)
{
	size_t lo = 0, hi = doc->nlines;
	if (!hi)
		return 1;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (doc->line_start[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo + 1;
}
