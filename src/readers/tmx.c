/* readers/tmx.c: TMX 1.4 translation memories (and zhen's own export:
 * src/report/export.c writes what this reads back).
 *
 * One unit per Chinese and English variant of a <tu>: a <tu> normally
 * holds one of each, and then gives one unit; one with several Chinese or
 * English variants (zh-CN and zh-TW beside en-US) gives one unit per
 * Chinese × English pair, so that no variant goes unchecked, each named
 * "tu N (zh-TW, en-US)". A <tu> with Chinese alone is untranslated (its
 * figures are not compared); one with English alone, or neither, has
 * nothing to check and gives no unit.
 *
 * In <seg>, <bpt>, <ept>, <it>, <ph> and <ut> hold the native codes of the
 * file the memory came from (a "<b>", an "{1}"): their content is never
 * text. <bpt>, <ept> and <it> begin or end formatting, which parts no
 * words, so they leave nothing; <ph> and <ut> stand for a thing of their
 * own (an image, a line break, a field), so they part letters or digits
 * on both sides (zhen__inline_code()). <hi> is highlighted text, read as
 * text. <sub> (a footnote's text inside a code) goes with its code. */
#include "readers.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A <tu> holding more Chinese or English variants than this is refused:
 * no memory has them, and the pairs would grow as their square. */
enum { MAX_VARIANTS = 16 };

struct variant {
	char *lang;
	char *text;
	size_t len, line, byte; /* byte: its <seg>'s, or SIZE_MAX */
	bool zh;
	struct zhen__omap map; /* its bytes in the file; n 0: none */
};

struct tmx {
	struct zhen__xml x;
	zhen_units *u;
	struct zhen__inline seg;
	char *srclang;
	/* the current <tu> */
	size_t ntu, tu_line;
	char *tuid;
	struct variant v[2 * MAX_VARIANTS];
	size_t nv, nzh, nen;
	char *tuv_lang;      /* the open <tuv>'s language, or NULL */
	bool in_seg, seen_seg;
	size_t seg_line, seg_byte;
	struct zhen__follow fl; /* the open <seg>'s nodes in the file */
	int code_depth;      /* inside a native code's content */
	bool any_zh, any_en; /* a variant of each anywhere in the file */
	char *zh_lang, *en_lang;
	struct zhen__buf langs; /* languages seen, for an error message */
};

/* Attribute @p name of the current element, copied (libxml2's strings
 * go to xmlFree(), ours to free()); *oom set when the copy failed. */
static char *attr_dup(struct zhen__xml *x, const char *name, bool *oom)
{
	xmlChar *v = zhen__xml_attr(x, name);
	char *s = v ? strdup((const char *)v) : NULL;
	*oom |= v && !s;
	xmlFree(v);
	return s;
}

static void tu_clear(struct tmx *t)
{
	for (size_t i = 0; i < t->nv; i++) {
		free(t->v[i].lang);
		free(t->v[i].text);
		zhen__omap_free(&t->v[i].map);
	}
	t->nv = t->nzh = t->nen = 0;
	free(t->tuid);
	t->tuid = NULL;
}

/* A unit from Chinese variant @p z and English variant @p e (NULL:
 * untranslated). */
static int add_unit(struct tmx *t, const struct variant *z,
                    const struct variant *e, bool several)
{
	char where[96];
	if (several)
		snprintf(where, sizeof where, "tu %zu (%s, %s)", t->ntu, z->lang,
		         e ? e->lang : "-");
	else
		snprintf(where, sizeof where, "tu %zu", t->ntu);
	zhen_unit un = { 0 };
	un.zh = z->text;
	un.zh_len = z->len;
	un.en = e ? e->text : "";
	un.en_len = e ? e->len : 0;
	un.id = t->tuid;
	un.where = where;
	un.line = z->line;
	un.en_line = e ? e->line : 0;
	un.zh_src = z->byte;
	un.en_src = e ? e->byte : SIZE_MAX;
	un.flags = un.en_len ? 0 : ZHEN_UNIT_UNTRANSLATED;
	return zhen__units_add_mapped(t->u, &un, z->map.n ? &z->map : NULL,
	                              e && e->map.n ? &e->map : NULL);
}

/* The <tu> ended: its units. */
static int tu_end(struct tmx *t)
{
	size_t nz = 0, ne = 0;
	for (size_t i = 0; i < t->nv; i++) {
		if (!t->v[i].len)
			continue; /* an empty <seg> is no variant */
		nz += t->v[i].zh;
		ne += !t->v[i].zh;
	}
	bool several = nz > 1 || ne > 1;
	int rc = 0;
	for (size_t i = 0; i < t->nv && rc == 0; i++) {
		const struct variant *z = &t->v[i];
		if (!z->zh || !z->len)
			continue;
		if (!ne)
			rc = add_unit(t, z, NULL, several);
		for (size_t j = 0; j < t->nv && rc == 0; j++)
			if (!t->v[j].zh && t->v[j].len)
				rc = add_unit(t, z, &t->v[j], several);
	}
	tu_clear(t);
	return rc;
}

static void note_lang(struct tmx *t, const char *lang)
{
	size_t n = strlen(lang);
	if (t->langs.len > 200)
		return;
	for (size_t i = 0; t->langs.p && i < t->langs.len;) {
		size_t k = strcspn(t->langs.p + i, ",");
		if (k == n + 1 && !memcmp(t->langs.p + i + 1, lang, n))
			return;
		i += k + 1;
	}
	zhen__buf_printf(&t->langs, " %s,", lang);
}

/* A <tuv> of language @p lang began (owned by t from here). */
static int tuv_start(struct tmx *t, char *lang)
{
	bool zh = zhen__lang_is_zh(lang), en = zhen__lang_is_en(lang);
	free(t->tuv_lang);
	t->tuv_lang = NULL;
	note_lang(t, lang);
	if (!zh && !en) {
		free(lang);
		return 0;
	}
	if ((zh ? t->nzh : t->nen) >= MAX_VARIANTS) {
		free(lang);
		return zhen__xml_fail(&t->x, "tu %zu holds more than %d %s "
		                      "variants", t->ntu, MAX_VARIANTS,
		                      zh ? "Chinese" : "English");
	}
	char **first = zh ? &t->zh_lang : &t->en_lang;
	if (!*first && !(*first = strdup(lang))) {
		free(lang);
		return ZHEN_ENOMEM;
	}
	t->any_zh |= zh;
	t->any_en |= en;
	t->tuv_lang = lang;
	t->seen_seg = false;
	return 0;
}

/* The <seg> of the open <tuv> ended: its text is a variant. */
static int seg_end(struct tmx *t)
{
	size_t len;
	const char *s = zhen__inline_get(&t->seg, &len);
	if (!s)
		return ZHEN_ENOMEM;
	struct variant *v = &t->v[t->nv];
	bool zh = zhen__lang_is_zh(t->tuv_lang);
	v->text = malloc(len + 1);
	if (!v->text)
		return ZHEN_ENOMEM;
	memcpy(v->text, s, len + 1);
	v->len = len;
	v->map = (struct zhen__omap){ 0 };
	const struct zhen__omap *m = zhen__inline_map(&t->seg);
	if (m && m->n) { /* kept; without memory, no place */
		v->map.r = malloc(m->n * sizeof *m->r);
		if (v->map.r) {
			memcpy(v->map.r, m->r, m->n * sizeof *m->r);
			v->map.n = v->map.cap = m->n;
		}
	}
	v->line = t->seg_line;
	v->byte = t->seg_byte;
	v->zh = zh;
	v->lang = t->tuv_lang;
	t->tuv_lang = NULL;
	t->nv++;
	t->nzh += zh;
	t->nen += !zh;
	return 0;
}

static bool is_code(struct zhen__xml *x, int type)
{
	static const char *const codes[] = { "bpt", "ept", "it", "ph", "ut" };
	for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
		if (zhen__xml_is(x, type, codes[i]))
			return true;
	return false;
}

/* A node inside <seg>: text, or inline markup. */
static void seg_node(struct tmx *t)
{
	struct zhen__xml *x = &t->x;
	int type = xmlTextReaderNodeType(x->r);
	bool empty = xmlTextReaderIsEmptyElement(x->r) == 1;
	const struct zhen__omap *src = zhen__follow_node(&t->fl, x);
	if (type == XML_READER_TYPE_ELEMENT &&
	    (t->code_depth || is_code(x, type))) {
		/* a code, or an element inside one: its content is dropped */
		if (!t->code_depth && (zhen__xml_is(x, type, "ph") ||
		                       zhen__xml_is(x, type, "ut")))
			zhen__inline_code(&t->seg);
		t->code_depth += !empty;
	} else if (type == XML_READER_TYPE_END_ELEMENT && t->code_depth) {
		t->code_depth--;
	} else if (!t->code_depth && zhen__xml_text(x)) {
		const char *v = zhen__xml_text(x);
		zhen__inline_text_at(&t->seg, v, strlen(v), src);
	} else if (!t->code_depth &&
	           type == XML_READER_TYPE_ENTITY_REFERENCE) {
		/* an entity a DTD we never read would declare: its text is
		 * unknown, so it parts what is around it like a code */
		zhen__inline_code(&t->seg);
	}
	/* <hi> and elements TMX does not define: their text is read */
}

static int element(struct tmx *t)
{
	struct zhen__xml *x = &t->x;
	bool empty = xmlTextReaderIsEmptyElement(x->r) == 1, oom = false;
	int rc = 0;
	if (zhen__xml_is(x, XML_READER_TYPE_ELEMENT, "header")) {
		free(t->srclang);
		t->srclang = attr_dup(x, "srclang", &oom);
	} else if (zhen__xml_is(x, XML_READER_TYPE_ELEMENT, "tu")) {
		tu_clear(t);
		t->ntu++;
		t->tuid = attr_dup(x, "tuid", &oom);
		rc = empty ? tu_end(t) : 0;
	} else if (zhen__xml_is(x, XML_READER_TYPE_ELEMENT, "tuv")) {
		/* xml:lang in TMX 1.4; lang in 1.1 to 1.3 (any namespace) */
		char *lang = attr_dup(x, "lang", &oom);
		if (!lang && !oom)
			return zhen__xml_fail(x, "tu %zu: a <tuv> without xml:lang",
			                      t->ntu);
		rc = empty || !lang ? (free(lang), 0) : tuv_start(t, lang);
	} else if (zhen__xml_is(x, XML_READER_TYPE_ELEMENT, "seg") &&
	           t->tuv_lang && !t->seen_seg) {
		zhen__inline_reset(&t->seg);
		t->seen_seg = true;
		t->seg_line = zhen__xml_line(x);
		zhen__follow_begin(&t->fl, x);
		t->seg_byte = t->fl.tag;
		t->code_depth = 0;
		t->in_seg = !empty;
		rc = empty ? seg_end(t) : 0;
	}
	return oom ? ZHEN_ENOMEM : rc;
}

static int node(struct tmx *t)
{
	struct zhen__xml *x = &t->x;
	if (t->in_seg) {
		if (!t->code_depth &&
		    zhen__xml_is(x, XML_READER_TYPE_END_ELEMENT, "seg")) {
			t->in_seg = false;
			return seg_end(t);
		}
		seg_node(t);
		return 0;
	}
	if (xmlTextReaderNodeType(x->r) == XML_READER_TYPE_ELEMENT)
		return element(t);
	if (zhen__xml_is(x, XML_READER_TYPE_END_ELEMENT, "tuv")) {
		free(t->tuv_lang);
		t->tuv_lang = NULL;
	} else if (zhen__xml_is(x, XML_READER_TYPE_END_ELEMENT, "tu")) {
		return tu_end(t);
	}
	return 0;
}

/* The root must be <tmx>; then every node in order. */
static int walk(struct tmx *t)
{
	int rc;
	bool root = true;
	while ((rc = zhen__xml_next(&t->x)) == 1) {
		if (root && xmlTextReaderNodeType(t->x.r) ==
		                XML_READER_TYPE_ELEMENT) {
			root = false;
			if (!zhen__xml_is(&t->x, XML_READER_TYPE_ELEMENT, "tmx"))
				return zhen__xml_fail(&t->x, "not TMX: the root "
				                      "element is <%s>",
				                      (const char *)xmlTextReaderConstLocalName(t->x.r));
		}
		if ((rc = node(t)) < 0)
			break;
	}
	if (rc == ZHEN_ENOMEM)
		return zhen__fail(t->x.ctx, rc, "out of memory");
	return rc;
}

/* The languages the file declares: the header's srclang when it is one
 * of the two, else the first variant's of each. */
static int set_langs(struct tmx *t)
{
	const char *zh = t->zh_lang, *en = t->en_lang;
	if (t->srclang && zhen__lang_is_zh(t->srclang))
		zh = t->srclang;
	if (t->srclang && zhen__lang_is_en(t->srclang))
		en = t->srclang;
	return zhen__units_set_lang(t->u, zh, en);
}

int zhen__read_tmx(zhen_units *u, zhen_ctx *ctx, const char *bytes,
                   size_t len, const zhen_read_options *o)
{
	struct tmx t = { .u = u };
	(void)o;
	int rc = zhen__xml_open(&t.x, ctx, bytes, len, "TMX");
	if (rc == 0) {
		zhen__xml_track_tags(&t.x);
		rc = walk(&t);
	}
	if (rc == 0 && t.ntu && (!t.any_zh || !t.any_en))
		rc = zhen__fail_at(ctx, ZHEN_EINPUT, 0, 0, "TMX without %s "
		                   "variant (xml:lang zh..., en...); its "
		                   "languages:%.*s", !t.any_zh ? "a Chinese"
		                   : "an English", (int)(t.langs.len ?
		                   t.langs.len - 1 : 0), t.langs.p ? t.langs.p : "");
	if (rc == 0 && (rc = set_langs(&t)) < 0)
		rc = zhen__fail(ctx, rc, "out of memory");
	tu_clear(&t);
	free(t.tuv_lang);
	free(t.srclang);
	free(t.zh_lang);
	free(t.en_lang);
	zhen__inline_free(&t.seg);
	zhen__follow_free(&t.fl);
	zhen__buf_free(&t.langs);
	zhen__xml_close(&t.x);
	return rc;
}
