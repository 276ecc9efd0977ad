/* readers/xml_follow.c: where the text libxml2 hands over lies in the
 * file. libxml2's reader gives a node's value decoded (entities and
 * character references replaced, line ends made LF) and no byte offset;
 * a report must quote the file's own bytes. So, from a start tag whose
 * offset xml.c knows (zhen__xml_tag_byte()), the bytes are followed node
 * by node: a tag is stepped over, and a text's value is matched against
 * the bytes it came from, entity by entity. libxml2 has parsed the file;
 * this only checks that each node is where it must be. Anything that does
 * not match (a file in a legacy encoding, a node of a kind not followed)
 * loses the way, and the texts after it have no map rather than a wrong
 * one. A UTF-16 file is followed in its UTF-8 copy (xml.c), and what is
 * found there is taken back to the file through the decoding's map. */
#include "readers.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void zhen__follow_begin(struct zhen__follow *f, const struct zhen__xml *x)
{
	f->p = zhen__xml_bytes(x, &f->len);
	f->dec = x->dec ? &x->dec->map : NULL;
	size_t byte = zhen__xml_tag_byte(x);
	f->lost = byte == SIZE_MAX;
	f->at = byte;
	f->tag = f->tag_end = SIZE_MAX;
	if (!f->lost)
		zhen__follow_node(f, x);
	if (f->lost)
		f->tag = SIZE_MAX;
}

/* Byte @p a of the bytes followed, in the file. */
static size_t in_file(const struct zhen__follow *f, size_t a)
{
	return f->dec ? zhen__omap_start(f->dec, a) : a;
}

/* Map value bytes [d, d + out) to the followed bytes [at, at + raw). */
static void map_add(struct zhen__follow *f, size_t d, size_t out, size_t raw)
{
	size_t o = in_file(f, f->at);
	zhen__omap_add(&f->map, d, o, (unsigned)out,
	               (unsigned)(in_file(f, f->at + raw) - o));
}

static bool at(const struct zhen__follow *f, const char *s)
{
	size_t n = strlen(s);
	return f->len - f->at >= n && !memcmp(f->p + f->at, s, n);
}

/* Past the next @p end (a tag's '>' outside quoted attribute values when
 * @p quoted; "-->", "?>" otherwise). */
static void past(struct zhen__follow *f, const char *end, bool quoted)
{
	char q = 0;
	size_t n = strlen(end);
	for (size_t i = f->at; i + n <= f->len; i++) {
		if (quoted && q) {
			q = f->p[i] == q ? 0 : q;
		} else if (quoted && (f->p[i] == '"' || f->p[i] == '\'')) {
			q = f->p[i];
		} else if (!memcmp(f->p + i, end, n)) {
			f->at = i + n;
			return;
		}
	}
	f->lost = true;
}

/* A tag named @p name at the cursor ("<" or "</" already checked). */
static void tag(struct zhen__follow *f, size_t skip, const char *name)
{
	size_t n = name ? strlen(name) : 0;
	f->tag = in_file(f, f->at);
	if (!name || f->len - f->at < skip + n ||
	    memcmp(f->p + f->at + skip, name, n)) {
		f->lost = true;
		return;
	}
	f->at += skip + n;
	past(f, ">", true);
	f->tag_end = in_file(f, f->at);
}

/* The bytes of a character or entity reference at the cursor, and the
 * UTF-8 length of what it stands for; 0 when it is none. */
static size_t reference(const struct zhen__follow *f, size_t *out)
{
	static const char *const named[] = { "&lt;", "&gt;", "&amp;", "&apos;",
	                                     "&quot;" };
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (at(f, named[i])) {
			*out = 1;
			return strlen(named[i]);
		}
	if (!at(f, "&#"))
		return 0;
	size_t i = f->at + 2;
	bool hex = i < f->len && f->p[i] == 'x';
	unsigned long cp = 0;
	for (i += hex; i < f->len && f->p[i] != ';' && cp <= 0x10FFFF; i++) {
		char c = f->p[i];
		int d = c >= '0' && c <= '9' ? c - '0'
		      : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f'
		        ? (c | 0x20) - 'a' + 10 : -1;
		if (d < 0)
			return 0;
		cp = cp * (hex ? 16 : 10) + (unsigned long)d;
	}
	if (i >= f->len || cp > 0x10FFFF)
		return 0;
	*out = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	return i + 1 - f->at;
}

/* Match value @p v (libxml2's) against the bytes at the cursor, up to
 * @p stop ("<" for text, "]]>" for CDATA), into f->map. */
static void text(struct zhen__follow *f, const char *v, bool cdata)
{
	size_t n = strlen(v), d = 0;
	f->map.n = f->map.alen = f->map.olen = 0;
	while (d < n && !f->lost) {
		size_t out = 1, raw = 0;
		if (f->at >= f->len) {
			f->lost = true;
		} else if (f->p[f->at] == '\r' && v[d] == '\n') {
			raw = at(f, "\r\n") ? 2 : 1; /* line ends read as LF */
		} else if (!cdata && f->p[f->at] == '&') {
			raw = reference(f, &out);
			f->lost |= !raw || d + out > n;
		} else if (f->p[f->at] == v[d] && !f->dec) {
			zhen__omap_add_bytes(&f->map, d, f->at, 1);
			f->at++;
			d++;
			continue;
		} else if (f->p[f->at] == v[d]) {
			/* a whole character: its UTF-16 has no bytes of its own */
			raw = out = zhen__utf8_len((unsigned char)v[d]);
			f->lost |= d + out > n || f->len - f->at < raw ||
			           memcmp(f->p + f->at, v + d, out);
		} else {
			f->lost = true;
		}
		if (f->lost)
			break;
		map_add(f, d, out, raw);
		f->at += raw;
		d += out;
	}
	f->lost |= f->map.oom;
}

const struct zhen__omap *zhen__follow_node(struct zhen__follow *f,
                                           const struct zhen__xml *x)
{
	if (f->lost)
		return NULL;
	xmlTextReaderPtr r = x->r;
	const char *name = (const char *)xmlTextReaderConstName(r);
	const char *v = (const char *)xmlTextReaderConstValue(r);
	switch (xmlTextReaderNodeType(r)) {
	case XML_READER_TYPE_ELEMENT:
		tag(f, 1, name);
		break;
	case XML_READER_TYPE_END_ELEMENT:
		if (at(f, "</"))
			tag(f, 2, name);
		else
			f->lost = true;
		break;
	case XML_READER_TYPE_TEXT:
	case XML_READER_TYPE_WHITESPACE:
	case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
		text(f, v ? v : "", false);
		return f->lost ? NULL : &f->map;
	case XML_READER_TYPE_CDATA:
		f->lost = !at(f, "<![CDATA[");
		f->at += 9;
		if (!f->lost)
			text(f, v ? v : "", true);
		if (!f->lost && at(f, "]]>"))
			f->at += 3;
		else
			f->lost = true;
		return f->lost ? NULL : &f->map;
	case XML_READER_TYPE_COMMENT:
		f->lost = !at(f, "<!--");
		if (!f->lost)
			past(f, "-->", false);
		break;
	case XML_READER_TYPE_PROCESSING_INSTRUCTION:
		f->lost = !at(f, "<?");
		if (!f->lost)
			past(f, "?>", false);
		break;
	default:
		f->lost = true;
	}
	return NULL;
}

void zhen__follow_free(struct zhen__follow *f)
{
	zhen__omap_free(&f->map);
}
