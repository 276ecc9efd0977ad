/* json.c: JSON Lines. */
#include "report_internal.h"

#include <string.h>

static void json_str(struct zhen__buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	zhen__buf_add(b, "\"", 1);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			char e[2] = { '\\', (char)c };
			zhen__buf_add(b, e, 2);
		} else if (c < 0x20) {
			char e[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			zhen__buf_add(b, e, 6);
		} else {
			zhen__buf_add(b, (const char *)&s[i], 1);
		}
	}
	zhen__buf_add(b, "\"", 1);
}

int zhen_json_string(zhen_write_fn write, void *payload, const char *s,
                     size_t len)
{
	struct zhen__buf b = { 0 };
	json_str(&b, s, len);
	int rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

/* The "unit" of a finding's side: the currency for money, % or pp, else the
 * measurement unit. */
static const char *unit_of(const zhen_quantity *q)
{
	if (q->currency[0])
		return q->currency;
	if (q->kind == ZHEN_Q_PERCENT)
		return "%";
	if (q->kind == ZHEN_Q_POINTS)
		return "pp";
	return q->unit;
}

/* JSON "value": the bare decimal (the unit has its own field), except for
 * dates and identifiers, whose text form is the value. */
static void json_value(char *v, size_t cap, const zhen_quantity *q)
{
	if (q->kind == ZHEN_Q_DATE || q->kind == ZHEN_Q_IDENT)
		zhen_quantity_format(v, cap, q, 0);
	else
		zhen_decimal_format(v, cap, q->value, 0);
}

static void json_side(struct zhen__buf *b, const zhen_quantity *q,
                      const char *src, size_t base, const zhen_doc *doc)
{
	char v[128];
	size_t start = q->start, end = q->end;
	json_value(v, sizeof v, q);
	/* Offsets point into the user's file, whatever its encoding or
	 * wrapping; the text quoted is the analysis text (UTF-8). */
	if (doc)
		zhen_doc_source_span(doc, q->start, q->end, &start, &end);
	zhen__buf_str(b, "{\"text\":");
	json_str(b, src + (q->start - base), q->end - q->start);
	zhen__buf_printf(b, ",\"start\":%zu,\"end\":%zu,\"kind\":\"%s\","
	                 "\"value\":", start, end, zhen_qkind_name(q->kind));
	json_str(b, v, strlen(v));
	zhen__buf_str(b, ",\"unit\":");
	json_str(b, unit_of(q), strlen(unit_of(q)));
	if (doc)
		zhen__buf_printf(b, ",\"line\":%zu", zhen_doc_line_of(doc, q->start));
	zhen__buf_str(b, "}");
}

static void json_finding(struct zhen__buf *b, const zhen_finding *f,
                         const char *zs, size_t zb, const zhen_doc *zd,
                         const char *es, size_t eb, const zhen_doc *ed)
{
	struct zhen__buf m = { 0 };
	zhen__report_message(&m, f, zs, zb, es, eb);
	zhen__buf_printf(b, "{\"type\":\"%s\",\"severity\":\"%s\",\"message\":",
	                 zhen_ftype_name(f->type), zhen_severity_name(f->severity));
	json_str(b, m.p ? m.p : "", m.len);
	if (m.oom)
		b->oom = true;
	zhen__buf_free(&m);
	zhen__buf_str(b, ",\"zh\":");
	if (f->has_zh)
		json_side(b, &f->zh, zs, zb, zd);
	else
		zhen__buf_str(b, "null");
	zhen__buf_str(b, ",\"en\":");
	if (f->has_en)
		json_side(b, &f->en, es, eb, ed);
	else
		zhen__buf_str(b, "null");
}

int zhen_report_json(zhen_write_fn write, void *payload, const zhen_result *r,
                     const zhen_doc *zh, const zhen_doc *en)
{
	const zhen_findings *f = zhen_result_findings(r);
	const zhen_alignment *al = zhen_result_alignment(r);
	const char *zsrc = zhen_doc_bytes(zh, NULL), *esrc = zhen_doc_bytes(en, NULL);
	struct zhen__buf b = { 0 };
	int rc = 0;
	size_t n[3];

	for (size_t i = 0; i < f->n && !rc; i++) {
		const zhen_bead *bd = zhen_alignment_get(al, f->f[i].bead);
		json_finding(&b, &f->f[i], zsrc, 0, zh, esrc, 0, en);
		zhen__buf_printf(&b, ",\"bead\":{\"index\":%zu,\"zh\":[%zu,%zu],"
		                 "\"en\":[%zu,%zu],\"confidence\":%.3f}}\n",
		                 f->f[i].bead, bd->zh_first, bd->zh_count,
		                 bd->en_first, bd->en_count, bd->confidence);
		rc = zhen__report_emit(write, payload, &b);
	}
	if (!rc) {
		for (int sv = ZHEN_SEV_INFO; sv <= ZHEN_SEV_ERROR; sv++)
			n[sv] = zhen_findings_count_severity(f, (zhen_severity)sv);
		zhen__buf_printf(&b, "{\"summary\":{\"beads\":%zu,\"zh_sentences\":%zu,"
		                 "\"en_sentences\":%zu,\"errors\":%zu,"
		                 "\"warnings\":%zu,\"info\":%zu,\"script\":\"%s\","
		                 "\"convert\":\"%s\"}}\n",
		                 zhen_alignment_count(al),
		                 zhen_sentences_count(zhen_result_sentences(r, ZHEN_LANG_ZH)),
		                 zhen_sentences_count(zhen_result_sentences(r, ZHEN_LANG_EN)),
		                 n[2], n[1], n[0],
		                 zhen_script_name(zhen_result_script(r)),
		                 zhen_convert_mode_name(zhen_result_convert(r)));
		rc = zhen__report_emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	return rc;
}

int zhen_report_pair_json(zhen_write_fn write, void *payload, size_t line,
                          const zhen_findings *f, const char *zh,
                          size_t zh_base, const char *en, size_t en_base)
{
	struct zhen__buf b = { 0 };
	zhen__buf_printf(&b, "{\"line\":%zu,\"findings\":[", line);
	for (size_t i = 0; i < zhen_findings_count(f); i++) {
		if (i)
			zhen__buf_str(&b, ",");
		json_finding(&b, &f->f[i], zh, zh_base, NULL, en, en_base, NULL);
		zhen__buf_str(&b, "}");
	}
	zhen__buf_str(&b, "]}\n");
	int rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}
