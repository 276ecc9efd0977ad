/* json.c: the one JSON encoder of the project. Every JSON Lines stream zhen
 * prints (check on documents and on pairs, numbers, segment, align) is
 * written here, so a quantity, a finding, a bead and a sentence each have
 * one schema wherever they appear (README "JSON output", version
 * ZHEN_JSON_SCHEMA). */
#include "report_internal.h"

#include <string.h>

#include <utf8proc.h>

/*
 * A JSON string literal of [s, s+len). Quotes, backslashes and C0
 * controls are escaped; a byte that starts no valid UTF-8 sequence becomes
 * U+FFFD, so the output is valid JSON (RFC 8259 requires UTF-8) whatever
 * the input. Every input of the pipeline is validated UTF-8 already; this
 * holds for callers of zhen_json_string() too.
 */
bool zhen__report_hidden(int32_t cp)
{
	return (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E ||
	       cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

static void json_str(struct zhen__buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0, i = 0;

	zhen__buf_add(b, "\"", 1);
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		utf8proc_int32_t cp = c;
		utf8proc_ssize_t k = 1;
		if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
			i++;
			continue;
		}
		if (c >= 0x80) {
			k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
			                     (utf8proc_ssize_t)(len - i), &cp);
			if (k > 0 && !zhen__report_hidden(cp)) {
				i += (size_t)k;
				continue;
			}
		}
		zhen__buf_add(b, s + run, i - run);
		if (c == '"' || c == '\\') {
			char e[2] = { '\\', (char)c };
			zhen__buf_add(b, e, 2);
		} else if (k > 0 && cp < 0x10000) {
			char e[6] = { '\\', 'u', hex[cp >> 12], hex[(cp >> 8) & 15],
			              hex[(cp >> 4) & 15], hex[cp & 15] };
			zhen__buf_add(b, e, 6);
		} else {
			zhen__buf_str(b, "\\ufffd");
			k = 1;
		}
		i += (size_t)k;
		run = i;
	}
	zhen__buf_add(b, s + run, len - run);
	zhen__buf_add(b, "\"", 1);
}

static void json_cstr(struct zhen__buf *b, const char *s)
{
	json_str(b, s, strlen(s));
}

int zhen_json_string(zhen_write_fn write, void *payload, const char *s,
                     size_t len)
{
	struct zhen__buf b = { 0 };
	if (!write || ZHEN__NO_BYTES(s, len))
		return ZHEN_EINVAL;
	json_str(&b, s, len);
	int rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

/* ---- one object per kind of record ---- */

/*
 * Where the offsets of a quantity point: q->start - base is its place in
 * @p text. With @p doc (whose analysis text @p text is), "line" and the
 * offsets written are the user's file's, through the document's offset
 * map, whatever its encoding or wrapping; without, "line" is @p line and
 * the offsets are written as they are (a pairs file's own).
 */
struct where {
	const char *text;
	size_t base;
	const zhen_doc *doc;
	size_t line;
	const size_t *src; /* pairs decoded: offset x is input offset src[x] */
	const zhen_units *units; /* a unit's: its place in the file */
	size_t unit;
	zhen_lang side;
};

const zhen_units *zhen__place_units(const zhen_pair_place *at)
{
	return at->version >= 2 ? at->units : NULL;
}

bool zhen__place_ok(const zhen_pair_place *at)
{
	if (at->version != 1 && at->version != ZHEN_PAIR_PLACE_VERSION)
		return false;
	const zhen_units *us = zhen__place_units(at);
	return !us || at->unit < zhen_units_count(us);
}

/* A unit's figure: where it is in the file, and "offsets" saying whether
 * start and end count the file's bytes or (a ZIP's member) the text's. */
static void unit_quantity(struct zhen__buf *b, const zhen_quantity *q,
                          const struct where *w)
{
	size_t fs, fe, line = w->line;
	const zhen_unit *u = zhen_units_get(w->units, w->unit);
	bool file = zhen_units_source_span(&fs, &fe, &line, w->units, w->unit,
	                                   w->side, q->start - w->base,
	                                   q->end - w->base) == 0 &&
	            fs != SIZE_MAX;
	zhen__buf_printf(b, "{\"line\":%zu,", line);
	if (u && u->en_where) {
		zhen__buf_str(b, "\"place\":");
		json_cstr(b, w->side == ZHEN_LANG_EN ? u->en_where : u->where);
		zhen__buf_str(b, ",");
	}
	zhen__buf_printf(b, "\"offsets\":\"%s\",\"start\":%zu,\"end\":%zu,",
	                 file ? "file" : "unit", file ? fs : q->start,
	                 file ? fe : q->end);
}

/* "value": the same text a finding id hashes. */
static void json_value(struct zhen__buf *b, const zhen_quantity *q)
{
	char v[128];

	zhen__quantity_value(v, sizeof v, q);
	json_cstr(b, v);
}

/* "place":"paragraph 12", where the document's format names its lines
 * (DOCX); nothing for a text file, whose line says it all. */
static void json_place(struct zhen__buf *b, const zhen_doc *doc, size_t line)
{
	const char *place = doc ? zhen_doc_place(doc, line) : NULL;

	if (!place)
		return;
	zhen__buf_str(b, "\"place\":");
	json_cstr(b, place);
	zhen__buf_str(b, ",");
}

/* "{"line":N,...,"start":S,"end":E," of a figure: a document's place
 * and offsets through its map, a decoded pairs line's through src. */
static void json_quantity_at(struct zhen__buf *b, const zhen_quantity *q,
                             const struct where *w)
{
	size_t start = q->start, end = q->end, line = w->line;

	if (w->units) {
		unit_quantity(b, q, w);
		return;
	}
	if (w->doc) {
		zhen_doc_source_span(w->doc, q->start, q->end, &start, &end);
		line = zhen_doc_line_of(w->doc, q->start);
	} else if (w->src) {
		start = w->src[q->start];
		end = w->src[q->end];
	}
	zhen__buf_printf(b, "{\"line\":%zu,", line);
	json_place(b, w->doc, line);
	zhen__buf_printf(b, "\"start\":%zu,\"end\":%zu,", start, end);
}

static void json_quantity(struct zhen__buf *b, const zhen_quantity *q,
                          const struct where *w)
{
	json_quantity_at(b, q, w);
	zhen__buf_printf(b, "\"kind\":\"%s\",\"value\":",
	                 zhen_qkind_name(q->kind));
	json_value(b, q);
	zhen__buf_str(b, ",\"unit\":");
	json_cstr(b, zhen__quantity_unit(q));
	zhen__buf_str(b, ",\"currency_alt\":");
	json_cstr(b, q->currency_alt);
	zhen__buf_printf(b, ",\"approx\":%s,\"words\":%s,\"text\":",
	                 q->flags & ZHEN_QF_APPROX ? "true" : "false",
	                 q->flags & ZHEN_QF_WORDS ? "true" : "false");
	json_str(b, w->text + (q->start - w->base), q->end - q->start);
	zhen__buf_str(b, "}");
}

/* A finding's fields, the object left open for a bead. */
static void json_finding_open(struct zhen__buf *b, const zhen_finding *f,
                              const struct where *zh, const struct where *en)
{
	struct zhen__buf m = { 0 };

	zhen__report_message(&m, f, zh->text, zh->base, en->text, en->base);
	zhen__buf_printf(b, "{\"type\":\"%s\",\"severity\":\"%s\","
	                 "\"id\":\"%.*s\",\"message\":",
	                 zhen_ftype_name(f->type),
	                 zhen_severity_name(f->severity), ZHEN_FINDING_ID_LEN,
	                 f->id);
	json_str(b, m.p ? m.p : "", m.len);
	if (m.oom)
		b->oom = true;
	zhen__buf_free(&m);
	zhen__buf_str(b, ",\"zh\":");
	if (f->has_zh)
		json_quantity(b, &f->zh, zh);
	else
		zhen__buf_str(b, "null");
	zhen__buf_str(b, ",\"en\":");
	if (f->has_en)
		json_quantity(b, &f->en, en);
	else
		zhen__buf_str(b, "null");
	zhen__buf_printf(b, ",\"doubt\":\"%s\"", zhen_doubt_name(f->doubt));
}

static void json_ids(struct zhen__buf *b, size_t first, size_t count)
{
	zhen__buf_str(b, "[");
	for (size_t i = 0; i < count; i++) {
		if (i)
			zhen__buf_str(b, ",");
		zhen__buf_printf(b, "%zu", first + i);
	}
	zhen__buf_str(b, "]");
}

/* A bead: its index, the 0-based sentences of each side, and whether its
 * English stands elsewhere in the reading order. */
static void json_bead(struct zhen__buf *b, size_t index,
                      const zhen_bead *bd)
{
	zhen__buf_printf(b, "{\"index\":%zu,\"zh\":", index);
	json_ids(b, bd->zh_first, bd->zh_count);
	zhen__buf_str(b, ",\"en\":");
	json_ids(b, bd->en_first, bd->en_count);
	zhen__buf_printf(b, ",\"confidence\":%.3f,\"moved\":%s}",
	                 bd->confidence, bd->moved ? "true" : "false");
}

/* ---- streams ---- */

int zhen_report_json(zhen_write_fn write, void *payload, const zhen_result *r,
                     const zhen_doc *zh, const zhen_doc *en)
{
	const zhen_findings *f = zhen_result_findings(r);
	const zhen_alignment *al = zhen_result_alignment(r);
	struct where zw = { zhen_doc_bytes(zh, NULL), 0, zh, 0, NULL, NULL, 0, 0 };
	struct where ew = { zhen_doc_bytes(en, NULL), 0, en, 0, NULL, NULL, 0, 0 };
	struct zhen__buf b = { 0 };
	int rc = 0;

	if (!write || !r || !zh || !en)
		return ZHEN_EINVAL;
	for (size_t i = 0; i < f->n && !rc; i++) {
		size_t bead = f->f[i].bead;
		json_finding_open(&b, &f->f[i], &zw, &ew);
		zhen__buf_str(&b, ",\"bead\":");
		zhen_bead bd = zhen__bead(al, bead);
		json_bead(&b, bead, &bd);
		zhen__buf_str(&b, "}\n");
		rc = zhen__report_emit(write, payload, &b);
	}
	if (rc)
		goto out;
	zhen__buf_printf(&b, "{\"summary\":{\"schema\":%d,\"beads\":%zu,"
	                 "\"zh_sentences\":%zu,\"en_sentences\":%zu,",
	                 ZHEN_JSON_SCHEMA, zhen_alignment_count(al),
	                 zhen_sentences_count(zhen_result_sentences(
	                         r, ZHEN_LANG_ZH)),
	                 zhen_sentences_count(zhen_result_sentences(
	                         r, ZHEN_LANG_EN)));
	zhen__buf_printf(&b, "\"errors\":%zu,\"warnings\":%zu,\"info\":%zu,"
	                 "\"accepted\":%zu,"
	                 "\"script\":\"%s\",\"convert\":\"%s\"}}\n",
	                 zhen_findings_count_severity(f, ZHEN_SEV_ERROR),
	                 zhen_findings_count_severity(f, ZHEN_SEV_WARNING),
	                 zhen_findings_count_severity(f, ZHEN_SEV_INFO),
	                 zhen_result_accepted(r),
	                 zhen_script_name(zhen_result_script(r)),
	                 zhen_convert_mode_name(zhen_result_convert(r)));
	rc = zhen__report_emit(write, payload, &b);
out:
	zhen__buf_free(&b);
	return rc;
}

/* "{"line":N," and the row's "id":"…", when it has one; a unit's
 * "place" and "state" likewise. */
static void json_pair_open(struct zhen__buf *b, const zhen_pair_place *at)
{
	zhen__buf_printf(b, "{\"line\":%zu,", at->line);
	if (at->id) {
		zhen__buf_str(b, "\"id\":");
		json_str(b, at->id, at->id_len);
		zhen__buf_str(b, ",");
	}
	if (at->where) {
		zhen__buf_str(b, "\"place\":");
		json_cstr(b, at->where);
		zhen__buf_str(b, ",");
	}
	if (at->state) {
		zhen__buf_str(b, "\"state\":");
		json_cstr(b, at->state);
		zhen__buf_str(b, ",");
	}
}

int zhen_report_pair_json_at(zhen_write_fn write, void *payload,
                             const zhen_pair_place *at,
                             const zhen_findings *f, const char *zh,
                             size_t zh_base, const char *en, size_t en_base)
{
	if (!write || !at)
		return ZHEN_EINVAL;
	/* a place of another version has fields this one cannot read */
	if (!zhen__place_ok(at))
		return ZHEN_EUSAGE;
	const zhen_units *us = zhen__place_units(at);
	struct where zw = { zh, zh_base, NULL, at->line, at->src, us,
	                    at->unit, ZHEN_LANG_ZH };
	struct where ew = { en, en_base, NULL, at->line, at->src, us,
	                    at->unit, ZHEN_LANG_EN };
	struct zhen__buf b = { 0 };

	/* the texts are read only to quote findings */
	if (zhen_findings_count(f) && (!zh || !en))
		return ZHEN_EINVAL;
	json_pair_open(&b, at);
	zhen__buf_str(&b, "\"findings\":[");
	for (size_t i = 0; i < zhen_findings_count(f); i++) {
		if (i)
			zhen__buf_str(&b, ",");
		json_finding_open(&b, &f->f[i], &zw, &ew);
		zhen__buf_str(&b, "}");
	}
	zhen__buf_str(&b, "]}\n");
	int rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

int zhen_report_pair_json(zhen_write_fn write, void *payload, size_t line,
                          const zhen_findings *f, const char *zh,
                          size_t zh_base, const char *en, size_t en_base)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;

	at.line = line;
	return zhen_report_pair_json_at(write, payload, &at, f, zh, zh_base,
	                                en, en_base);
}

int zhen_report_pair_error_json_at(zhen_write_fn write, void *payload,
                                   const zhen_pair_place *at,
                                   const char *message)
{
	if (!write || !at)
		return ZHEN_EINVAL;
	/* a place of another version has fields this one cannot read */
	if (!zhen__place_ok(at))
		return ZHEN_EUSAGE;
	struct zhen__buf b = { 0 };

	json_pair_open(&b, at);
	zhen__buf_str(&b, "\"error\":");
	json_cstr(&b, message ? message : "");
	zhen__buf_str(&b, "}\n");
	int rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

int zhen_report_pair_error_json(zhen_write_fn write, void *payload,
                                size_t line, const char *message)
{
	zhen_pair_place at = ZHEN_PAIR_PLACE_INIT;

	at.line = line;
	return zhen_report_pair_error_json_at(write, payload, &at, message);
}

int zhen_report_pairs_summary_json(zhen_write_fn write, void *payload,
                                   const zhen_pairs_summary *s)
{
	if (!write || !s)
		return ZHEN_EINVAL;
	if (s->version != ZHEN_PAIRS_SUMMARY_VERSION)
		return ZHEN_EUSAGE;
	struct zhen__buf b = { 0 };

	zhen__buf_printf(&b, "{\"summary\":{\"schema\":%d,\"lines\":%zu,"
	                 "\"pairs\":%zu,\"bad_lines\":%zu,\"errors\":%zu,"
	                 "\"warnings\":%zu,\"info\":%zu,\"accepted\":%zu,"
	                 "\"encoding\":",
	                 ZHEN_JSON_SCHEMA, s->lines, s->pairs, s->bad_lines,
	                 s->errors, s->warnings, s->info, s->accepted);
	json_cstr(&b, s->encoding ? s->encoding : "");
	zhen__buf_str(&b, "}}\n");
	int rc = zhen__report_emit(write, payload, &b);
	zhen__buf_free(&b);
	return rc;
}

int zhen_quantities_write_json(zhen_write_fn write, void *payload,
                               const zhen_quantities *q, const zhen_doc *doc)
{
	struct where w = { NULL, 0, doc, 0, NULL, NULL, 0, 0 };
	struct zhen__buf b = { 0 };
	size_t len;
	int rc = 0;

	if (!write || !doc)
		return ZHEN_EINVAL;
	w.text = zhen_doc_bytes(doc, &len);
	/* all checked before the first is written: a caller's mistake
	 * leaves no half stream */
	for (size_t i = 0; i < zhen_quantities_count(q); i++) {
		const zhen_quantity *x = zhen_quantities_get(q, i);
		if (x->start > x->end || x->end > len)
			return ZHEN_EUSAGE;
	}
	for (size_t i = 0; i < zhen_quantities_count(q) && !rc; i++) {
		const zhen_quantity *x = zhen_quantities_get(q, i);
		json_quantity(&b, x, &w);
		zhen__buf_str(&b, "\n");
		rc = zhen__report_emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	return rc;
}

int zhen_sentences_write_json(zhen_write_fn write, void *payload,
                              const zhen_sentences *s, const zhen_doc *doc)
{
	struct zhen__buf b = { 0 };
	const char *text;
	size_t len, n;
	int rc = 0;

	if (!write || !doc)
		return ZHEN_EINVAL;
	text = zhen_doc_bytes(doc, &len);
	n = zhen_sentences_count(s);
	/* all checked first, as for quantities */
	for (size_t i = 0; i < n; i++) {
		const zhen_sentence se = zhen__sent(s, i);
		if (se.off > len || se.len > len - se.off)
			return ZHEN_EUSAGE;
	}
	for (size_t i = 0; i < n && !rc; i++) {
		const zhen_sentence sv = zhen__sent(s, i), *se = &sv;
		size_t start, end;
		zhen_doc_source_span(doc, se->off, se->off + se->len, &start,
		                     &end);
		size_t line = zhen_doc_line_of(doc, se->off);
		zhen__buf_printf(&b, "{\"line\":%zu,", line);
		json_place(&b, doc, line);
		zhen__buf_printf(&b, "\"paragraph\":%zu,\"sentence\":%zu,"
		                 "\"start\":%zu,\"end\":%zu,\"text\":",
		                 se->para + 1, se->index + 1, start, end);
		json_str(&b, text + se->off, se->len);
		zhen__buf_str(&b, "}\n");
		rc = zhen__report_emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	return rc;
}

int zhen_alignment_write_json(zhen_write_fn write, void *payload,
                              const zhen_alignment *a)
{
	struct zhen__buf b = { 0 };
	int rc = 0;

	if (!write)
		return ZHEN_EINVAL;
	for (size_t i = 0; i < zhen_alignment_count(a) && !rc; i++) {
		zhen_bead bd = zhen__bead(a, i);
		json_bead(&b, i, &bd);
		zhen__buf_str(&b, "\n");
		rc = zhen__report_emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	return rc;
}

/* ---- for the other writers of src/report/ (facts.c) ---- */

void zhen__json_str(struct zhen__buf *b, const char *s, size_t len)
{
	json_str(b, s, len);
}

void zhen__json_doc_quantity(struct zhen__buf *b, const zhen_quantity *q,
                             const zhen_doc *doc)
{
	struct where w = { zhen_doc_bytes(doc, NULL), 0, doc, 0, NULL, NULL, 0, 0 };
	json_quantity(b, q, &w);
}
