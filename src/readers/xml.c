/* readers/xml.c: libxml2's streaming reader, opened so that a hostile file
 * can do nothing but fail. No network, no DTD loaded, no entity expanded
 * beyond the five predefined ones and character references: a document
 * that declares entities is refused when its DOCTYPE is read, before any
 * reference to them (billion laughs, external entities). None of the
 * formats zhen reads needs a declared entity. */
#include "readers.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/tree.h>

/* The bytes left to hand libxml2, which reads through a callback so that
 * no int limits the file's size. */
struct feed {
	const char *p;
	size_t left;
};

static int feed_read(void *ctx, char *buf, int len)
{
	struct feed *f = ctx;
	size_t n = (size_t)len < f->left ? (size_t)len : f->left;
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

/* libxml2 reports some errors (input it cannot convert from the
 * encoding it detected, an I/O error) to its global handlers, not to the
 * reader's, and the default ones print on stderr. While zhen's reader
 * runs, they go to on_error too; the handlers are per thread, and the
 * caller's are put back. */
struct handlers {
	xmlStructuredErrorFunc s;
	void *s_ctx;
	xmlGenericErrorFunc g;
	void *g_ctx;
};

static void silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static struct handlers errors_to(struct zhen__xml *x)
{
	struct handlers h = { xmlStructuredError, xmlStructuredErrorContext,
	                      xmlGenericError, xmlGenericErrorContext };
	xmlSetStructuredErrorFunc(x, on_error);
	xmlSetGenericErrorFunc(NULL, silent);
	return h;
}

static void errors_back(const struct handlers *h)
{
	xmlSetStructuredErrorFunc(h->s_ctx, h->s);
	xmlSetGenericErrorFunc(h->g_ctx, h->g);
}

int zhen__xml_open(struct zhen__xml *x, zhen_ctx *ctx, const char *bytes,
                   size_t len, const char *what)
{
	memset(x, 0, sizeof *x);
	x->ctx = ctx;
	x->what = what;
	struct feed *f = malloc(sizeof *f);
	if (!f)
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	f->p = bytes;
	f->left = len;
	struct handlers h = errors_to(x);
	x->r = xmlReaderForIO(feed_read, feed_close, f, NULL, NULL,
	                      XML_PARSE_NONET | XML_PARSE_NOWARNING |
	                      XML_PARSE_NOERROR);
	errors_back(&h);
	if (!x->r) /* libxml2 closes the feed when it fails */
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory (XML reader)");
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
	struct handlers h = errors_to(x);
	int rc = xmlTextReaderRead(x->r);
	errors_back(&h);
	if (x->err)
		return x->err;
	if (rc < 0)
		return zhen__xml_fail(x, "malformed %s (XML)", x->what);
	if (rc == 1 && xmlTextReaderNodeType(x->r) ==
	                   XML_READER_TYPE_DOCUMENT_TYPE &&
	    declares_entities(x->r))
		return zhen__xml_fail(x, "%s declares XML entities, which zhen "
		                      "never expands (refused)", x->what);
	return rc;
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
	int l = xmlTextReaderGetParserLineNumber(x->r);
	return l > 0 ? (size_t)l : 0;
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
	if (x->r)
		xmlFreeTextReader(x->r);
	x->r = NULL;
}
