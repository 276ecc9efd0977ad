/* readers/xml.c: libxml2's streaming reader, opened so that a hostile file
 * can do nothing but fail. No network, no DTD loaded, no entity expanded
 * beyond the five predefined ones and character references: a document
 * that declares entities is refused when its DOCTYPE is read, before any
 * reference to them (billion laughs, external entities). None of the
 * formats zhen reads needs a declared entity.
 *
 * XML_PARSE_HUGE lifts libxml2's 10 MB limit on one text node: Trados
 * embeds the original document in an SDLXLIFF as one base64 text node,
 * often larger. libxml2 2.9 then no longer limits depth either, so
 * zhen__xml_next() does (ZHEN__XML_MAX_DEPTH, libxml2's own default):
 * the reader hands over every node as the parser makes it, so a deep
 * nest is refused before it costs memory. Skip a subtree with
 * zhen__xml_skip(), never xmlTextReaderNext(), which would read past the
 * check. */
#include "readers.h"

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/tree.h>

/* The bytes left to hand libxml2, which reads through a callback so that
 * no int limits the file's size. */
struct zhen__xml_feed {
	const char *base, *p;
	size_t left;
	bool cut;      /* zhen__xml_track_tags(): pieces end at every tag */
	size_t lt;     /* the offset of the last '<' handed over */
};

/* With cut set, a piece ends before each '<' and after each '>'. The
 * reader parses what it is given and returns a node as soon as the parser
 * makes it, so when it stands on a start tag the parser has just read
 * that tag's '>' and the last '<' handed over is the tag's first byte
 * (no '<' can stand inside a tag). That is how zhen__xml_tag_pos() knows
 * where a tag is; libxml2's own line and byte counts run ahead of the
 * reader by a block of 512 bytes. */
static size_t piece(struct zhen__xml_feed *f, size_t n)
{
	size_t i = 0;
	if (n && f->p[0] == '<') {
		f->lt = (size_t)(f->p - f->base);
		i = 1;
	}
	for (; i < n; i++) {
		if (f->p[i] == '<')
			return i;
		if (f->p[i] == '>')
			return i + 1;
	}
	return n;
}

static int feed_read(void *ctx, char *buf, int len)
{
	struct zhen__xml_feed *f = ctx;
	size_t n = (size_t)len < f->left ? (size_t)len : f->left;
	if (f->cut)
		n = piece(f, n);
	memcpy(buf, f->p, n);
	f->p += n;
	f->left -= n;
	return (int)n;
}

static int feed_close(void *ctx)
{
	free(ctx);
	return 0;
}

/* libxml2's first error, kept on the context with its line. */
static void on_error(void *arg, xmlErrorPtr e)
{
	struct zhen__xml *x = arg;
	if (x->err || !e || e->level < XML_ERR_ERROR)
		return;
	/* not the file's fault: "malformed … at line 129: xmlSAX2TextNode"
	 * said it was (found failing one allocation at a time) */
	if (e->code == XML_ERR_NO_MEMORY) {
		x->err = zhen__fail(x->ctx, ZHEN_ENOMEM, "out of memory "
		                    "(reading %s)", x->what);
		return;
	}
	char msg[200];
	snprintf(msg, sizeof msg, "%s", e->message ? e->message : "error");
	msg[strcspn(msg, "\r\n")] = 0;
	/* an encoding error has no line: where the parser stands, the first
	 * line before it has read one */
	int line = e->line > 0 ? e->line
	         : x->r ? xmlTextReaderGetParserLineNumber(x->r) : 0;
	if (line <= 0)
		line = 1;
	x->err = zhen__fail_at(x->ctx, ZHEN_EINPUT, (size_t)line, 0,
	                       "malformed %s (XML) at line %d: %s", x->what,
	                       line, msg);
}

/* libxml2 reports some errors with no parser at hand (bytes the declared
 * encoding cannot convert, and the I/O layer's word on them) to the
 * thread's global handlers, and writes a few straight to the generic one
 * ("xmlParseChunk: encoder error"); their defaults print to stderr: a
 * library must not. While a reader is open the thread's handlers are
 * these, which keep the first message for the error the reader returns
 * next; zhen__xml_close() gives the caller's handlers back. */
static void on_global_error(void *arg, xmlErrorPtr e)
{
	struct zhen__xml *x = arg;
	if (e && e->code == XML_ERR_NO_MEMORY)
		x->oom = true;
	if (x->note[0] || !e || e->level < XML_ERR_ERROR || !e->message)
		return;
	snprintf(x->note, sizeof x->note, "%s", e->message);
	x->note[strcspn(x->note, "\r\n")] = 0;
}

static void on_generic_error(void *arg, const char *fmt, ...)
{
	struct zhen__xml *x = arg;
	if (x->note[0])
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(x->note, sizeof x->note, fmt, ap);
	va_end(ap);
	x->note[strcspn(x->note, "\r\n")] = 0;
}

static void handlers_take(struct zhen__xml *x)
{
	x->old_handler = xmlStructuredError;
	x->old_handler_ctx = xmlStructuredErrorContext;
	x->old_generic = xmlGenericError;
	x->old_generic_ctx = xmlGenericErrorContext;
	xmlSetStructuredErrorFunc(x, on_global_error);
	xmlSetGenericErrorFunc(x, on_generic_error);
}

static void handlers_give_back(struct zhen__xml *x)
{
	xmlSetStructuredErrorFunc(x->old_handler_ctx, x->old_handler);
	xmlSetGenericErrorFunc(x->old_generic_ctx, x->old_generic);
}

static void init_libxml(void)
{
	/* xmlInitParser() reports a failed allocation on stderr through the
	 * global handlers ("parser error : out of memory error", found by
	 * failing one allocation at a time): a reader's handlers here too,
	 * over a note nobody reads. A reader that then cannot work says so
	 * in its own error. */
	static struct zhen__xml quiet;

	handlers_take(&quiet);
	xmlInitParser();
	handlers_give_back(&quiet);
}

int zhen__readers_init(zhen_ctx *ctx)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	(void)ctx;
	pthread_once(&once, init_libxml);
	return 0;
}

/* A UTF-16 file (by its BOM) decoded to UTF-8 into x->dec, with its map
 * back to the file: libxml2 reading UTF-16 counts bytes consumed in what
 * it decoded, so start tags and texts could not be placed in the file;
 * in the UTF-8 copy they are, and the map takes them back. 0 (x->dec
 * NULL for any other file), or the decoding's error. */
static int decode_utf16(struct zhen__xml *x, const char **bytes,
                        size_t *len)
{
	size_t n;
	const char *bom = zhen__bom(*bytes, *len, &n);
	if (!bom || strncmp(bom, "UTF-16", 6))
		return 0;
	/* a UTF-16 text that is no XML (format detection tries it) is left
	 * to libxml2 to refuse, not decoded whole first */
	size_t lo = bom[6] == 'L' ? 0 : 1; /* the low byte of a unit */
	const char *b = *bytes;
	while (n + 1 < *len && !b[n + 1 - lo] && b[n + lo] &&
	       strchr(" \t\r\n", b[n + lo]))
		n += 2;
	if (n + 1 >= *len || b[n + 1 - lo] || b[n + lo] != '<')
		return 0;
	if (!(x->dec = malloc(sizeof *x->dec)))
		return zhen__fail(x->ctx, ZHEN_ENOMEM, "out of memory");
	int rc = zhen__decode(x->dec, x->ctx, *bytes, *len, bom);
	if (rc < 0) {
		free(x->dec);
		x->dec = NULL;
		return rc;
	}
	*bytes = x->dec->s;
	*len = x->dec->len;
	return 0;
}

static void dec_free(struct zhen__xml *x)
{
	if (x->dec)
		zhen__decoded_free(x->dec);
	free(x->dec);
	x->dec = NULL;
}

int zhen__xml_open(struct zhen__xml *x, zhen_ctx *ctx, const char *bytes,
                   size_t len, const char *what)
{
	memset(x, 0, sizeof *x);
	x->ctx = ctx;
	x->what = what;
	int rc = decode_utf16(x, &bytes, &len);
	if (rc < 0)
		return rc;
	struct zhen__xml_feed *f = malloc(sizeof *f);
	if (!f) {
		dec_free(x);
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	}
	*f = (struct zhen__xml_feed){ .base = bytes, .p = bytes, .left = len };
	x->feed = f;
	handlers_take(x);
	/* the copy's declaration still says UTF-16: ignored */
	x->r = xmlReaderForIO(feed_read, feed_close, f, NULL,
	                      x->dec ? "UTF-8" : NULL,
	                      XML_PARSE_NONET | XML_PARSE_NOWARNING |
	                      XML_PARSE_NOERROR | XML_PARSE_HUGE |
	                      (x->dec ? XML_PARSE_IGNORE_ENC : 0));
	if (!x->r) { /* libxml2 closes the feed when it fails */
		handlers_give_back(x);
		dec_free(x);
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory (XML reader)");
	}
	xmlTextReaderSetStructuredErrorHandler(x->r, on_error, x);
	return 0;
}

/* The DOCTYPE node just read declares an entity. (Its node is the DTD;
 * xmlTextReaderCurrentDoc() would hand the document over to us.) */
static bool declares_entities(xmlTextReaderPtr r)
{
	xmlNodePtr n = xmlTextReaderCurrentNode(r);
	xmlDtdPtr dtd = n && n->type == XML_DTD_NODE ? (xmlDtdPtr)n : NULL;
	return dtd && ((dtd->entities && xmlHashSize(dtd->entities) > 0) ||
	               (dtd->pentities && xmlHashSize(dtd->pentities) > 0));
}

int zhen__xml_next(struct zhen__xml *x)
{
	if (x->err)
		return x->err;
	int rc = xmlTextReaderRead(x->r);
	if (x->err)
		return x->err;
	if (rc < 0 && x->oom)
		return x->err = zhen__fail(x->ctx, ZHEN_ENOMEM, "out of memory "
		                           "(reading %s)", x->what);
	if (rc < 0 && x->note[0])
		return zhen__xml_fail(x, "malformed %s (XML: %s)", x->what,
		                      x->note);
	if (rc < 0)
		return zhen__xml_fail(x, "malformed %s (XML)", x->what);
	if (rc == 1 && xmlTextReaderNodeType(x->r) ==
	                   XML_READER_TYPE_DOCUMENT_TYPE &&
	    declares_entities(x->r))
		return zhen__xml_fail(x, "%s declares XML entities, which zhen "
		                      "never expands (refused)", x->what);
	if (rc == 1 && xmlTextReaderDepth(x->r) > ZHEN__XML_MAX_DEPTH)
		return zhen__xml_fail(x, "%s nests elements more than %d deep "
		                      "(refused)", x->what, ZHEN__XML_MAX_DEPTH);
	return rc;
}

/* The line the parser has read to, which may be a block of 512 bytes
 * ahead of the node the reader stands on. */
static size_t parser_line(const struct zhen__xml *x)
{
	int l = xmlTextReaderGetParserLineNumber(x->r);
	return l > 0 ? (size_t)l : 0;
}

size_t zhen__xml_line(const struct zhen__xml *x)
{
	/* The node's own line, which libxml2 records as it makes the node:
	 * the parser's line may be a chunk ahead of the node the reader is
	 * on. A node's line is kept in 16 bits; past 65534 the parser's is
	 * the better guess. */
	xmlNodePtr n = xmlTextReaderCurrentNode(x->r);
	long nl = n ? xmlGetLineNo(n) : -1;
	if (nl > 0 && nl < 65535)
		return (size_t)nl;
	return parser_line(x);
}

xmlChar *zhen__xml_attr(struct zhen__xml *x, const char *name)
{
	xmlChar *v = NULL;
	if (xmlTextReaderMoveToFirstAttribute(x->r) != 1)
		return NULL;
	do {
		const xmlChar *ln = xmlTextReaderConstLocalName(x->r);
		if (ln && !strcmp((const char *)ln, name)) {
			v = xmlTextReaderValue(x->r);
			break;
		}
	} while (xmlTextReaderMoveToNextAttribute(x->r) == 1);
	xmlTextReaderMoveToElement(x->r);
	return v;
}

const char *zhen__xml_text(struct zhen__xml *x)
{
	int t = xmlTextReaderNodeType(x->r);
	if (t != XML_READER_TYPE_TEXT && t != XML_READER_TYPE_CDATA &&
	    t != XML_READER_TYPE_SIGNIFICANT_WHITESPACE &&
	    t != XML_READER_TYPE_WHITESPACE)
		return NULL;
	return (const char *)xmlTextReaderConstValue(x->r);
}

bool zhen__xml_is(struct zhen__xml *x, int type, const char *local)
{
	if (xmlTextReaderNodeType(x->r) != type)
		return false;
	const xmlChar *ln = xmlTextReaderConstLocalName(x->r);
	return ln && !strcmp((const char *)ln, local);
}

int zhen__xml_fail(struct zhen__xml *x, const char *fmt, ...)
{
	if (x->err)
		return x->err;
	char msg[300];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	size_t line = zhen__xml_line(x);
	x->err = zhen__fail_at(x->ctx, ZHEN_EINPUT, line, 0, "%s at line %zu",
	                       msg, line);
	return x->err;
}

void zhen__xml_close(struct zhen__xml *x)
{
	if (x->r) {
		xmlFreeTextReader(x->r);
		handlers_give_back(x);
	}
	x->r = NULL;
	x->feed = NULL; /* freed by the reader (feed_close) */
	dec_free(x);
}

int zhen__xml_skip(struct zhen__xml *x)
{
	if (xmlTextReaderNodeType(x->r) != XML_READER_TYPE_ELEMENT ||
	    xmlTextReaderIsEmptyElement(x->r))
		return 1;
	int depth = xmlTextReaderDepth(x->r), rc;
	while ((rc = zhen__xml_next(x)) == 1)
		if (xmlTextReaderDepth(x->r) == depth &&
		    xmlTextReaderNodeType(x->r) == XML_READER_TYPE_END_ELEMENT)
			return 1;
	return rc ? rc : zhen__xml_fail(x, "%s ends inside an element",
	                                x->what);
}

const char *zhen__xml_bytes(const struct zhen__xml *x, size_t *len)
{
	*len = (size_t)(x->feed->p - x->feed->base) + x->feed->left;
	return x->feed->base;
}

void zhen__xml_track_tags(struct zhen__xml *x)
{
	x->feed->cut = true;
}

/* The '<' handed over last opens the start tag the reader stands on:
 * the parser has read up to the end of what it was given, which ends
 * with '>', and the tag's name follows the '<'. */
static bool tag_is_last(const struct zhen__xml *x, const struct zhen__xml_feed *f)
{
	size_t fed = (size_t)(f->p - f->base);
	long used = xmlTextReaderByteConsumed(x->r);
	const char *name = (const char *)xmlTextReaderConstName(x->r);
	size_t n = name ? strlen(name) : 0;
	if (!f->cut || used < 0 || (size_t)used != fed || !fed ||
	    f->base[fed - 1] != '>' || f->lt >= fed || fed - f->lt < n + 2 ||
	    f->base[f->lt] != '<' || memcmp(f->base + f->lt + 1, name, n))
		return false;
	char after = f->base[f->lt + 1 + n];
	return after == '>' || after == '/' || after == ' ' || after == '\t' ||
	       after == '\n' || after == '\r';
}

size_t zhen__xml_tag_byte(const struct zhen__xml *x)
{
	return xmlTextReaderNodeType(x->r) == XML_READER_TYPE_ELEMENT &&
	       tag_is_last(x, x->feed) ? x->feed->lt : SIZE_MAX;
}

void zhen__xml_tag_pos(const struct zhen__xml *x, size_t *line,
                       size_t *byte)
{
	const struct zhen__xml_feed *f = x->feed;
	*line = parser_line(x);
	*byte = zhen__xml_tag_byte(x);
	if (*byte == SIZE_MAX)
		return;
	/* the parser's line is the '>''s; the tag may span lines (a UTF-16
	 * file has the same LFs as its UTF-8 copy) */
	size_t fed = (size_t)(f->p - f->base);
	for (size_t i = f->lt; i < fed && *line > 1; i++)
		*line -= f->base[i] == '\n';
	if (x->dec)
		*byte = zhen__omap_start(&x->dec->map, *byte);
}
