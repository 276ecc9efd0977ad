/* readers/xlsx.c: an Excel workbook's sheets as tables (columns.c).
 *
 * The parts, each read with libzip within the ZIP limit and parsed with
 * libxml2's streaming reader: xl/workbook.xml (the sheets' names, their
 * order, the 1904 date system), xl/_rels/workbook.xml.rels (where each
 * sheet's part is), xl/sharedStrings.xml (the strings cells point to; rich
 * text runs joined, phonetic guides <rPh> left out), xl/styles.xml (which
 * cells show dates and percentages: xlsx_num.c) and each worksheet. A
 * sheet is read as a stream of cells: nothing is allocated by the size a
 * sheet claims (<dimension>, row and cell numbers), so a million empty
 * rows cost time, not memory. */
#include "columns.h"
#include "xlsx.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- strings kept: sheet names, relationship targets, shared strings */

struct strs {
	struct zhen__buf text; /* each string NUL-terminated */
	size_t *off;
	size_t n, cap;
};

static bool strs_add(struct strs *s, const char *p, size_t n)
{
	if (!zhen__grow((void **)&s->off, &s->cap, s->n + 1, sizeof *s->off))
		return false;
	s->off[s->n++] = s->text.len;
	zhen__buf_add(&s->text, n ? p : "", n);
	zhen__buf_add(&s->text, "", 1); /* the NUL, kept */
	return !s->text.oom;
}

static const char *strs_get(const struct strs *s, size_t i, size_t *len)
{
	size_t end = i + 1 < s->n ? s->off[i + 1] : s->text.len;
	if (len)
		*len = end - s->off[i] - 1;
	return s->text.p + s->off[i];
}

static void strs_free(struct strs *s)
{
	zhen__buf_free(&s->text);
	free(s->off);
	memset(s, 0, sizeof *s);
}

/* ---- the workbook ---- */

struct book {
	zhen_ctx *ctx;
	struct zhen__zip zip;
	/* sheets in the workbook's order: name, relationship id */
	struct strs sheet_names, sheet_rids;
	/* workbook relationships: id, type, target part */
	struct strs rel_ids, rel_types, rel_targets;
	struct strs shared;   /* shared strings */
	bool has_shared;
	unsigned char *xf;    /* cell format index → enum zhen__numfmt */
	size_t nxf;
	bool date1904;
};

/* Open member @p name and parse it as XML, what = the member's name. */
static int open_part(struct zhen__xml *x, char **buf, struct book *b,
                     const char *name, bool required)
{
	size_t len;
	*buf = NULL;
	int rc = zhen__zip_read(buf, &len, &b->zip, name, required);
	if (rc != 0)
		return rc;
	if ((rc = zhen__xml_open(x, b->ctx, *buf, len, name)) < 0) {
		free(*buf);
		*buf = NULL;
	}
	return rc;
}

static void close_part(struct zhen__xml *x, char *buf)
{
	zhen__xml_close(x);
	free(buf);
}

/* Add attribute @p name of the current element to @p s ("" if absent). */
static bool keep_attr(struct zhen__xml *x, struct strs *s, const char *name)
{
	xmlChar *v = zhen__xml_attr(x, name);
	const char *p = v ? (const char *)v : "";
	bool ok = strs_add(s, p, strlen(p));
	xmlFree(v);
	return ok;
}

static bool attr_true(struct zhen__xml *x, const char *name)
{
	xmlChar *v = zhen__xml_attr(x, name);
	bool t = v && (!strcmp((char *)v, "1") || !strcmp((char *)v, "true"));
	xmlFree(v);
	return t;
}

static int read_workbook(struct book *b)
{
	struct zhen__xml x;
	char *buf;
	int rc = open_part(&x, &buf, b, "xl/workbook.xml", true);
	if (rc != 0)
		return rc;
	while ((rc = zhen__xml_next(&x)) == 1) {
		if (zhen__xml_is(&x, XML_READER_TYPE_ELEMENT, "workbookPr"))
			b->date1904 = attr_true(&x, "date1904");
		if (zhen__xml_is(&x, XML_READER_TYPE_ELEMENT, "sheet") &&
		    (!keep_attr(&x, &b->sheet_names, "name") ||
		     !keep_attr(&x, &b->sheet_rids, "id"))) {
			rc = zhen__fail(b->ctx, ZHEN_ENOMEM, "out of memory");
			break;
		}
	}
	close_part(&x, buf);
	return rc;
}

/* A relationship's target as a member name: relative to xl/, or from the
 * package's root when it starts with '/'; "." and ".." resolved. */
static bool add_target(struct strs *s, const char *target)
{
	struct zhen__buf p = { 0 };
	if (target[0] != '/')
		zhen__buf_str(&p, "xl/");
	for (const char *seg = target; *seg;) {
		size_t n = strcspn(seg, "/");
		if (n == 2 && !strncmp(seg, "..", 2)) {
			while (p.len && p.p[p.len - 1] == '/')
				p.len--;
			while (p.len && p.p[p.len - 1] != '/')
				p.len--;
		} else if (n && !(n == 1 && seg[0] == '.')) {
			zhen__buf_add(&p, seg, n);
			if (seg[n] == '/')
				zhen__buf_add(&p, "/", 1);
		}
		seg += n + (seg[n] == '/');
	}
	bool ok = !p.oom && strs_add(s, p.p ? p.p : "", p.len);
	zhen__buf_free(&p);
	return ok;
}

static int read_rels(struct book *b)
{
	struct zhen__xml x;
	char *buf;
	int rc = open_part(&x, &buf, b, "xl/_rels/workbook.xml.rels", true);
	if (rc != 0)
		return rc;
	while ((rc = zhen__xml_next(&x)) == 1) {
		if (!zhen__xml_is(&x, XML_READER_TYPE_ELEMENT, "Relationship"))
			continue;
		xmlChar *t = zhen__xml_attr(&x, "Target");
		bool ok = keep_attr(&x, &b->rel_ids, "Id") &&
		          keep_attr(&x, &b->rel_types, "Type") &&
		          add_target(&b->rel_targets, t ? (char *)t : "");
		xmlFree(t);
		if (!ok) {
			rc = zhen__fail(b->ctx, ZHEN_ENOMEM, "out of memory");
			break;
		}
	}
	close_part(&x, buf);
	return rc;
}

/* The target of the relationship @p id, or NULL; its type's last word
 * ("worksheet", "sharedStrings") in *type. */
static const char *rel_target(const struct book *b, const char *id,
                              const char **type)
{
	for (size_t i = 0; i < b->rel_ids.n; i++) {
		if (strcmp(strs_get(&b->rel_ids, i, NULL), id))
			continue;
		const char *t = strs_get(&b->rel_types, i, NULL);
		const char *slash = strrchr(t, '/');
		*type = slash ? slash + 1 : t;
		return strs_get(&b->rel_targets, i, NULL);
	}
	return NULL;
}

/* The part of the first relationship of type @p type, or @p dflt. */
static const char *rel_of_type(const struct book *b, const char *type,
                               const char *dflt)
{
	for (size_t i = 0; i < b->rel_types.n; i++) {
		const char *t = strs_get(&b->rel_types, i, NULL);
		const char *slash = strrchr(t, '/');
		if (!strcmp(slash ? slash + 1 : t, type))
			return strs_get(&b->rel_targets, i, NULL);
	}
	return dflt;
}

/* ---- text in <t> elements: shared and inline strings ---- */

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0'
	     : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
	     : -1;
}

/*
 * OOXML strings escape what XML cannot carry as _xHHHH_ (ECMA-376
 * §22.9.2.19): Excel writes a line break inside a cell as "_x000D_\n"
 * and a literal "_x" as "_x005F_x". Decoded in place; control characters
 * become spaces (a cell's line break is a space to a reader), a lone
 * surrogate is left as written. Returns the new length.
 */
static size_t unescape_xstring(char *s, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		int h[4];
		bool esc = i + 7 <= n && s[i] == '_' && s[i + 1] == 'x' &&
		           s[i + 6] == '_';
		for (int k = 0; esc && k < 4; k++)
			esc = (h[k] = hexval(s[i + 2 + k])) >= 0;
		int32_t cp = esc ? h[0] << 12 | h[1] << 8 | h[2] << 4 | h[3] : 0;
		if (!esc || (cp >= 0xD800 && cp <= 0xDFFF)) {
			s[o++] = s[i++];
			continue;
		}
		if (cp < 0x20 || cp == 0x7F)
			cp = ' ';
		o += zhen__utf8_put(s + o, cp);
		i += 7;
	}
	return o;
}

/* Where a reader walking a <si> or <is> is. */
struct runs {
	int rph;     /* inside a phonetic guide */
	bool in_t;   /* inside <t> */
};

/* Follow the elements of rich text; append the text of <t> outside
 * <rPh> to @p out. */
static void runs_node(struct runs *r, struct zhen__xml *x,
                      struct zhen__buf *out)
{
	bool empty = xmlTextReaderIsEmptyElement(x->r) == 1;
	if (zhen__xml_is(x, XML_READER_TYPE_ELEMENT, "rPh") && !empty)
		r->rph++;
	else if (zhen__xml_is(x, XML_READER_TYPE_END_ELEMENT, "rPh"))
		r->rph -= r->rph > 0;
	else if (zhen__xml_is(x, XML_READER_TYPE_ELEMENT, "t"))
		r->in_t = !empty;
	else if (zhen__xml_is(x, XML_READER_TYPE_END_ELEMENT, "t"))
		r->in_t = false;
	else if (r->in_t && !r->rph && zhen__xml_text(x))
		zhen__buf_str(out, zhen__xml_text(x));
}

static int read_shared(struct book *b)
{
	const char *part = rel_of_type(b, "sharedStrings",
	                               "xl/sharedStrings.xml");
	struct zhen__xml x;
	char *buf;
	int rc = open_part(&x, &buf, b, part, false);
	if (rc != 0) /* 1: none; the cells hold their text themselves */
		return rc < 0 ? rc : 0;
	b->has_shared = true;
	struct zhen__buf si = { 0 };
	struct runs r = { 0 };
	bool in_si = false;
	while ((rc = zhen__xml_next(&x)) == 1) {
		bool start = zhen__xml_is(&x, XML_READER_TYPE_ELEMENT, "si");
		bool empty = start && xmlTextReaderIsEmptyElement(x.r) == 1;
		if (start) {
			in_si = !empty;
			si.len = 0;
			r = (struct runs){ 0 };
		} else if (in_si) {
			runs_node(&r, &x, &si);
		}
		if (empty || zhen__xml_is(&x, XML_READER_TYPE_END_ELEMENT, "si")) {
			in_si = false;
			size_t n = si.p ? unescape_xstring(si.p, si.len) : 0;
			if (si.oom || !strs_add(&b->shared, si.p, n)) {
				rc = zhen__fail(b->ctx, ZHEN_ENOMEM, "out of memory");
				break;
			}
		}
	}
	zhen__buf_free(&si);
	close_part(&x, buf);
	return rc;
}

/* ---- styles: which cells show dates or percentages ---- */

struct numfmts {
	long *id;
	unsigned char *kind;
	size_t n, cap, kcap;
};

static int read_styles_xf(struct book *b, struct zhen__xml *x,
                          const struct numfmts *f, size_t *cap)
{
	xmlChar *v = zhen__xml_attr(x, "numFmtId");
	long id = v ? strtol((char *)v, NULL, 10) : 0;
	xmlFree(v);
	enum zhen__numfmt k = zhen__numfmt_builtin(id);
	for (size_t i = 0; i < f->n; i++)
		if (f->id[i] == id)
			k = (enum zhen__numfmt)f->kind[i];
	if (!zhen__grow((void **)&b->xf, cap, b->nxf + 1, 1))
		return ZHEN_ENOMEM;
	b->xf[b->nxf++] = (unsigned char)k;
	return 0;
}

static int read_numfmt(struct zhen__xml *x, struct numfmts *f)
{
	if (!zhen__grow((void **)&f->id, &f->cap, f->n + 1, sizeof *f->id) ||
	    !zhen__grow((void **)&f->kind, &f->kcap, f->n + 1, 1))
		return ZHEN_ENOMEM;
	xmlChar *id = zhen__xml_attr(x, "numFmtId");
	xmlChar *code = zhen__xml_attr(x, "formatCode");
	f->id[f->n] = id ? strtol((char *)id, NULL, 10) : -1;
	f->kind[f->n++] = (unsigned char)zhen__numfmt_code(code ? (char *)code
	                                                       : "");
	xmlFree(id);
	xmlFree(code);
	return 0;
}

/* Custom formats (<numFmt>) come before the cell formats (<cellXfs>)
 * that use them; the <xf> of <cellStyleXfs> are named styles, which
 * cells do not point to. */
static int read_styles(struct book *b)
{
	const char *part = rel_of_type(b, "styles", "xl/styles.xml");
	struct zhen__xml x;
	char *buf;
	int rc = open_part(&x, &buf, b, part, false);
	if (rc != 0)
		return rc < 0 ? rc : 0;
	struct numfmts f = { 0 };
	size_t cap = 0;
	bool in_xfs = false;
	while (rc >= 0 && (rc = zhen__xml_next(&x)) == 1) {
		if (zhen__xml_is(&x, XML_READER_TYPE_ELEMENT, "numFmt"))
			rc = read_numfmt(&x, &f);
		else if (zhen__xml_is(&x, XML_READER_TYPE_ELEMENT, "cellXfs"))
			in_xfs = xmlTextReaderIsEmptyElement(x.r) != 1;
		else if (zhen__xml_is(&x, XML_READER_TYPE_END_ELEMENT, "cellXfs"))
			in_xfs = false;
		else if (in_xfs && zhen__xml_is(&x, XML_READER_TYPE_ELEMENT, "xf"))
			rc = read_styles_xf(b, &x, &f, &cap);
	}
	if (rc == ZHEN_ENOMEM)
		rc = zhen__fail(b->ctx, rc, "out of memory");
	free(f.id);
	free(f.kind);
	close_part(&x, buf);
	return rc;
}

/* ---- a worksheet ---- */

enum ctype { C_NUMBER, C_SHARED, C_INLINE, C_STR, C_BOOL, C_OTHER };

struct sheet {
	struct book *b;
	struct zhen__table *t;
	struct zhen__xml x;
	const char *part;
	size_t row;          /* the current row's number */
	bool in_row;
	/* the current cell */
	size_t col, next_col;
	enum ctype type;
	long style;
	bool in_cell, in_v, in_is;
	struct runs runs;
	struct zhen__buf v, text;
};

/* "B12" → column 1 (row ignored: the <row> element's is used); -1 for a
 * malformed reference. */
static long ref_column(const char *ref)
{
	size_t n = 0;
	while (((ref[n] | 0x20) >= 'a' && (ref[n] | 0x20) <= 'z'))
		n++;
	const char *d = ref + n;
	if (!*d || strspn(d, "0123456789") != strlen(d))
		return -1;
	return zhen__column_index(ref, n);
}

/* A row or column number attribute, 1-based: @p dflt when absent. */
static int row_number(struct sheet *s, size_t *out, size_t dflt)
{
	xmlChar *v = zhen__xml_attr(&s->x, "r");
	*out = dflt;
	if (!v)
		return 0;
	char *end;
	unsigned long long n = strtoull((char *)v, &end, 10);
	bool ok = *end == 0 && end != (char *)v && n >= 1 && n <= 1048576 &&
	          ((char *)v)[0] != '-';
	xmlFree(v);
	if (!ok)
		return zhen__xml_fail(&s->x, "%s: a row number that no sheet "
		                      "has", s->part);
	*out = (size_t)n;
	return 0;
}

static int cell_start(struct sheet *s)
{
	xmlChar *r = zhen__xml_attr(&s->x, "r");
	xmlChar *t = zhen__xml_attr(&s->x, "t");
	xmlChar *st = zhen__xml_attr(&s->x, "s");
	long col = r ? ref_column((char *)r) : (long)s->next_col;
	const char *ty = t ? (char *)t : "n";
	s->type = !strcmp(ty, "n") ? C_NUMBER : !strcmp(ty, "s") ? C_SHARED
	        : !strcmp(ty, "inlineStr") ? C_INLINE
	        : !strcmp(ty, "str") || !strcmp(ty, "e") || !strcmp(ty, "d")
	        ? C_STR : !strcmp(ty, "b") ? C_BOOL : C_OTHER;
	s->style = st ? strtol((char *)st, NULL, 10) : 0;
	int rc = 0;
	if (col < 0 || col >= ZHEN__TABLE_MAXCOL)
		rc = zhen__xml_fail(&s->x, "%s: a cell reference \"%s\" that no "
		                    "sheet has", s->part, r ? (char *)r : "");
	xmlFree(r);
	xmlFree(t);
	xmlFree(st);
	s->col = (size_t)(col < 0 ? 0 : col);
	s->next_col = s->col + 1;
	s->v.len = s->text.len = 0;
	s->runs = (struct runs){ 0 };
	s->in_cell = xmlTextReaderIsEmptyElement(s->x.r) != 1;
	return rc;
}

/* The shared string a cell's <v> points to. */
static int shared_text(struct sheet *s, const char **p, size_t *n)
{
	char *end;
	const char *v = s->v.p ? s->v.p : "";
	unsigned long long i = strtoull(v, &end, 10);
	if (!s->b->has_shared)
		return zhen__xml_fail(&s->x, "%s: cell of row %zu points to "
		                      "shared string %s, but the workbook has "
		                      "no shared strings", s->part, s->row, v);
	if (end == v || *end || v[0] == '-' || i >= s->b->shared.n)
		return zhen__xml_fail(&s->x, "%s: cell of row %zu points to "
		                      "shared string \"%s\" of %zu", s->part,
		                      s->row, v, s->b->shared.n);
	*p = strs_get(&s->b->shared, (size_t)i, n);
	return 0;
}

/* A cell ended: its text as the sheet shows it, to the table. */
static int cell_end(struct sheet *s)
{
	const char *p = s->text.p;
	size_t n = s->text.len;
	int rc = 0;
	if (s->type == C_SHARED && (rc = shared_text(s, &p, &n)) < 0)
		return rc;
	if (s->type == C_NUMBER || s->type == C_BOOL) {
		enum zhen__numfmt k = s->style >= 0 && (size_t)s->style < s->b->nxf
		                      ? s->b->xf[s->style] : ZHEN__NF_PLAIN;
		s->text.len = 0;
		if (s->type == C_BOOL)
			zhen__buf_str(&s->text, s->v.len && s->v.p[0] == '1'
			                        ? "TRUE" : "FALSE");
		else if (s->v.len)
			zhen__numfmt_text(&s->text, s->v.p, s->v.len, k,
			                  s->b->date1904);
		p = s->text.p;
		n = s->text.len;
	} else if (s->type == C_STR || s->type == C_OTHER) {
		p = s->v.p;
		n = s->v.len;
	}
	if (s->type != C_SHARED && p && n) /* shared ones are decoded */
		n = unescape_xstring((char *)p, n);
	if (s->v.oom || s->text.oom)
		return zhen__fail(s->b->ctx, ZHEN_ENOMEM, "out of memory");
	return n ? zhen__table_cell(s->t, s->col, p, n, SIZE_MAX,
	                                  SIZE_MAX) : 0;
}

static void cell_node(struct sheet *s)
{
	int type = xmlTextReaderNodeType(s->x.r);
	if (zhen__xml_is(&s->x, XML_READER_TYPE_ELEMENT, "v"))
		s->in_v = xmlTextReaderIsEmptyElement(s->x.r) != 1;
	else if (zhen__xml_is(&s->x, XML_READER_TYPE_END_ELEMENT, "v"))
		s->in_v = false;
	else if (zhen__xml_is(&s->x, XML_READER_TYPE_ELEMENT, "is"))
		s->in_is = xmlTextReaderIsEmptyElement(s->x.r) != 1;
	else if (zhen__xml_is(&s->x, XML_READER_TYPE_END_ELEMENT, "is"))
		s->in_is = false;
	else if (s->in_is)
		runs_node(&s->runs, &s->x, &s->text);
	else if (s->in_v && (type == XML_READER_TYPE_TEXT ||
	                     type == XML_READER_TYPE_CDATA))
		zhen__buf_str(&s->v, (const char *)xmlTextReaderConstValue(s->x.r));
}

static int sheet_node(struct sheet *s)
{
	struct zhen__xml *x = &s->x;
	bool empty = xmlTextReaderIsEmptyElement(x->r) == 1;
	if (zhen__xml_is(x, XML_READER_TYPE_ELEMENT, "row")) {
		int rc = row_number(s, &s->row, s->row + 1);
		s->next_col = 0;
		s->in_row = !empty;
		return rc;
	}
	if (zhen__xml_is(x, XML_READER_TYPE_END_ELEMENT, "row")) {
		s->in_row = false;
		return zhen__table_row(s->t, s->row, s->row);
	}
	if (!s->in_row)
		return 0;
	if (zhen__xml_is(x, XML_READER_TYPE_ELEMENT, "c")) {
		int rc = cell_start(s);
		return rc < 0 || s->in_cell ? rc : cell_end(s);
	}
	if (zhen__xml_is(x, XML_READER_TYPE_END_ELEMENT, "c")) {
		s->in_cell = s->in_v = s->in_is = false;
		return cell_end(s);
	}
	if (s->in_cell)
		cell_node(s);
	return 0;
}

static int read_sheet(struct book *b, struct zhen__table *t, const char *part)
{
	struct sheet s = { .b = b, .t = t, .part = part };
	char *buf;
	int rc = open_part(&s.x, &buf, b, part, true);
	if (rc != 0)
		return rc;
	while ((rc = zhen__xml_next(&s.x)) == 1)
		if ((rc = sheet_node(&s)) < 0)
			break;
	zhen__buf_free(&s.v);
	zhen__buf_free(&s.text);
	close_part(&s.x, buf);
	return rc;
}

/* ---- the sheets ---- */

static bool sheet_chosen(const char *name, const char *want)
{
	return !want || !strcmp(name, want) || !strcasecmp(name, want);
}

static int read_one(struct book *b, zhen_units *u, const zhen_read_options *o,
                    size_t i, bool *skipped)
{
	const char *name = strs_get(&b->sheet_names, i, NULL);
	const char *rid = strs_get(&b->sheet_rids, i, NULL);
	const char *type = "";
	const char *part = rel_target(b, rid, &type);
	if (!part)
		return zhen__fail_at(b->ctx, ZHEN_EINPUT, 0, 0, "xl/workbook.xml: "
		                     "sheet \"%s\" has no part (relationship "
		                     "\"%s\" missing)", name, rid);
	if (strcmp(type, "worksheet")) { /* a chart or dialog sheet */
		if (o->sheet)
			return zhen__fail(b->ctx, ZHEN_EUSAGE, "sheet \"%s\" is a "
			                  "%s, not a worksheet", name, type);
		return 0;
	}
	struct zhen__table t;
	int rc = zhen__table_begin(&t, b->ctx, u, o, "XLSX", name, false);
	t.lenient = !o->sheet;
	if (rc == 0 && (rc = read_sheet(b, &t, part)) == 0)
		rc = zhen__table_end(&t);
	*skipped |= t.skipped;
	zhen__table_free(&t);
	return rc;
}

static int read_sheets(struct book *b, zhen_units *u,
                       const zhen_read_options *o)
{
	bool found = false, skipped = false;
	int rc = 0;
	for (size_t i = 0; i < b->sheet_names.n && rc == 0; i++) {
		if (!sheet_chosen(strs_get(&b->sheet_names, i, NULL), o->sheet))
			continue;
		found = true;
		rc = read_one(b, u, o, i, &skipped);
		if (o->sheet)
			break;
	}
	if (rc < 0)
		return rc;
	if (o->sheet && !found)
		return zhen__fail(b->ctx, ZHEN_EUSAGE, "no sheet \"%s\" in the "
		                  "workbook", o->sheet);
	if (!b->sheet_names.n)
		return zhen__fail_at(b->ctx, ZHEN_EINPUT, 0, 0, "xl/workbook.xml "
		                     "lists no sheet");
	if (skipped && !zhen_units_count(u))
		return zhen__fail_at(b->ctx, ZHEN_EINPUT, 0, 0, "no sheet has a "
		                     "column mostly Han beside one mostly Latin "
		                     "letters, nor a header row naming them "
		                     "(中文, English, zh, en, ...): name the sheet "
		                     "and its columns (B=zh,C=en)");
	return 0;
}

int zhen__read_xlsx(zhen_units *u, zhen_ctx *ctx, const char *bytes,
                    size_t len, const zhen_read_options *o)
{
	struct book b = { .ctx = ctx };
	if (zhen__is_ole(bytes, len)) /* Excel encrypts into an OLE file */
		return zhen__fail_at(ctx, ZHEN_EINPUT, 0, 0, "a password-"
		                     "protected workbook (an OLE file, not a "
		                     "ZIP): save it unprotected");
	int rc = zhen__zip_open(&b.zip, ctx, bytes, len, o->zip_limit);
	if (rc < 0)
		return rc;
	if ((rc = read_workbook(&b)) == 0 && (rc = read_rels(&b)) == 0 &&
	    (rc = read_shared(&b)) == 0 && (rc = read_styles(&b)) == 0)
		rc = read_sheets(&b, u, o);
	zhen__zip_close(&b.zip);
	strs_free(&b.sheet_names);
	strs_free(&b.sheet_rids);
	strs_free(&b.rel_ids);
	strs_free(&b.rel_types);
	strs_free(&b.rel_targets);
	strs_free(&b.shared);
	free(b.xf);
	return rc;
}
