/* facts.c: the report of zhen facts, as text (each conflict with both
 * documents' sentences quoted, the figures marked) and as JSON Lines
 * (every fact read, every conflict, a summary). */
#include "report_internal.h"

#include <stdio.h>
#include <string.h>

#define C_RESET "\033[0m"
#define C_HEAD "\033[36m"
#define C_MARK "\033[1;7m"
#define C_ERROR "\033[1;31m"
#define C_WARN "\033[1;33m"

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

const char *zhen__facts_where(char *buf, size_t cap, const zhen_facts *f,
                              size_t doc, size_t line)
{
	const char *place = zhen_doc_place(zhen_facts_doc(f, doc), line);

	if (place)
		return place;
	snprintf(buf, cap, "line %zu", line);
	return buf;
}

/* The sentence of @p x with its figure marked. */
static void quote(struct zhen__buf *b, const zhen_facts *f,
                  const zhen_fact *x, int color)
{
	const char *s = zhen_doc_bytes(zhen_facts_doc(f, x->doc), NULL);
	const char *on = color ? C_MARK : "[[", *off = color ? C_RESET : "]]";

	zhen__buf_add(b, s + x->sent_start, x->value.start - x->sent_start);
	zhen__buf_str(b, on);
	zhen__buf_add(b, s + x->value.start, x->value.end - x->value.start);
	zhen__buf_str(b, off);
	zhen__buf_add(b, s + x->value.end, x->sent_end - x->value.end);
}

static void side(struct zhen__buf *b, const zhen_facts *f, const zhen_fact *x,
                 int color)
{
	char per[32], at[32];

	zhen_period_format(per, sizeof per, x->period);
	zhen__buf_printf(b, "  %s %s (%s %s", zhen_facts_doc_name(f, x->doc),
	                 zhen__facts_where(at, sizeof at, f, x->doc, x->line),
	                 x->metric, per);
	if (x->flags & ZHEN_FACT_CARRIED)
		zhen__buf_printf(b, ", period from %s",
		                 zhen__facts_where(at, sizeof at, f, x->doc,
		                                   x->period_line));
	zhen__buf_str(b, "): ");
	quote(b, f, x, color);
	zhen__buf_str(b, "\n");
}

/* "at 7.2536 CNY per USD, stated in 001.txt line 9 (RMB 6.093 billion
 * (USD 840 million))" or "… per USD, from the rates file line 3
 * (2022-12-30)". */
static void rate_words(struct zhen__buf *b, const zhen_facts *f,
                       const zhen_rate *r)
{
	zhen__buf_printf(b, "at %.4g %s per %s, ", r->rate, r->quote, r->base);
	if (r->source == ZHEN_RATE_USER) {
		zhen__buf_printf(b, "from the rates file line %zu (%s)", r->line,
		                 r->date);
		return;
	}
	const char *s = zhen_doc_bytes(zhen_facts_doc(f, r->doc), NULL);
	char at[32];
	zhen__buf_printf(b, "stated in %s %s: \"",
	                 base_name(zhen_facts_doc_name(f, r->doc)),
	                 zhen__facts_where(at, sizeof at, f, r->doc, r->line));
	zhen__buf_add(b, s + r->start, r->end - r->start);
	/* the conversion's closing bracket, as written */
	if (s[r->end] == ')')
		zhen__buf_str(b, ")");
	else if (!strncmp(s + r->end, "）", strlen("）")))
		zhen__buf_str(b, "）");
	zhen__buf_str(b, "\"");
}

void zhen__facts_verdict(struct zhen__buf *b, const zhen_facts *f,
                         const zhen_conflict *c, int color)
{
	const zhen_fact *x = zhen_facts_get(f, c->a), *y = zhen_facts_get(f, c->b);
	char va[128], vb[128];
	bool err = c->severity == ZHEN_SEV_ERROR;

	zhen_quantity_format(va, sizeof va, &x->value, 1);
	zhen_quantity_format(vb, sizeof vb, &y->value, 1);
	zhen__buf_printf(b, "  %s%s %s%s: ", color ? (err ? C_ERROR : C_WARN) : "",
	                 zhen_severity_name(c->severity),
	                 zhen_conflict_type_name(c->type), color ? C_RESET : "");
	if (c->type == ZHEN_CONFLICT_NO_RATE) {
		zhen__buf_printf(b, "stated in %s here and in %s there; no rate "
		                 "given (%s, %s)\n", x->value.currency,
		                 y->value.currency, va, vb);
		return;
	}
	zhen__buf_printf(b, "%s ≠ %s", va, vb);
	if (strcmp(x->metric, y->metric))
		zhen__buf_printf(b, " (%s and %s, one family: the same digits "
		                 "%s)", x->metric, y->metric,
		                 c->type == ZHEN_CONFLICT_RATE
		                         ? "in another currency"
		                         : "at another power of ten");
	if (c->type == ZHEN_CONFLICT_RATE) {
		zhen__buf_str(b, ": ");
		rate_words(b, f, &c->rate);
	}
	/* 0.7% apart reads better than "1 times" */
	if (c->ratio < 2)
		zhen__buf_printf(b, "; %.1f%% apart", (c->ratio - 1) * 100);
	else
		zhen__buf_printf(b, "; %.2g times apart", c->ratio);
	if (c->repeats)
		zhen__buf_printf(b, " (the same two figures %zu more time%s)",
		                 c->repeats, c->repeats > 1 ? "s" : "");
	zhen__buf_str(b, "\n");
}

static bool same_figure(const zhen_fact *x, const zhen_fact *y)
{
	return !strcmp(x->metric, y->metric) &&
	       zhen_period_equal(x->period, y->period) &&
	       x->value.value.coef == y->value.value.coef &&
	       x->value.value.exp == y->value.value.exp &&
	       !strcmp(x->value.currency, y->value.currency) &&
	       !strcmp(x->value.unit, y->value.unit);
}

/* The places a folded conflict's figures are written again ("also: 003.txt
 * line 15 60億美元"), so that the reader sees every document to fix. */
static void also(struct zhen__buf *b, const zhen_facts *f,
                 const zhen_conflict *c)
{
	const zhen_fact *x = zhen_facts_get(f, c->a), *y = zhen_facts_get(f, c->b);
	const char *sep = "  also: ";

	for (size_t i = 0; i < zhen_facts_count(f); i++) {
		const zhen_fact *z = zhen_facts_get(f, i);
		if (i == c->a || i == c->b || z->flags & ZHEN_FACT_SEGMENT ||
		    !(same_figure(z, x) || same_figure(z, y)))
			continue;
		const char *s = zhen_doc_bytes(zhen_facts_doc(f, z->doc), NULL);
		char at[32];
		zhen__buf_printf(b, "%s%s %s ", sep,
		                 zhen_facts_doc_name(f, z->doc),
		                 zhen__facts_where(at, sizeof at, f, z->doc,
		                                   z->line));
		zhen__buf_add(b, s + z->value.start, z->value.end - z->value.start);
		sep = ", ";
	}
	if (*sep == ',')
		zhen__buf_str(b, "\n");
}

int zhen_facts_report_text(zhen_write_fn write, void *payload,
                           const zhen_facts *f, const zhen_conflicts *c,
                           int color)
{
	struct zhen__buf b = { 0 };
	int rc = 0;

	if (!write || !f)
		return ZHEN_EINVAL;
	for (size_t i = 0; i < zhen_conflicts_count(c) && !rc; i++) {
		const zhen_conflict *k = zhen_conflicts_get(c, i);
		const zhen_fact *x = zhen_facts_get(f, k->a);
		char per[32];
		zhen_period_format(per, sizeof per, x->period);
		zhen__buf_printf(&b, "%s@@ %s %s @@%s\n", color ? C_HEAD : "",
		                 x->metric, per, color ? C_RESET : "");
		side(&b, f, x, color);
		side(&b, f, zhen_facts_get(f, k->b), color);
		zhen__facts_verdict(&b, f, k, color);
		if (k->repeats)
			also(&b, f, k);
		rc = zhen__report_emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	return rc;
}

static void json_fact(struct zhen__buf *b, const zhen_facts *f,
                      const zhen_fact *x, size_t i)
{
	const zhen_doc *d = zhen_facts_doc(f, x->doc);
	const char *s = zhen_doc_bytes(d, NULL);
	char per[32];

	zhen_period_format(per, sizeof per, x->period);
	zhen__buf_printf(b, "{\"fact\":{\"index\":%zu,\"file\":", i);
	zhen__json_str(b, zhen_facts_doc_name(f, x->doc),
	               strlen(zhen_facts_doc_name(f, x->doc)));
	zhen__buf_printf(b, ",\"line\":%zu,\"metric\":\"%s\",\"family\":\"%s\","
	                 "\"period\":\"%s\",\"period_line\":%zu,\"term\":",
	                 x->line, x->metric, x->family, per, x->period_line);
	zhen__json_str(b, s + x->term_start, x->term_end - x->term_start);
	zhen__buf_str(b, ",\"company\":");
	if (x->company)
		zhen__json_str(b, x->company, strlen(x->company));
	else
		zhen__buf_str(b, "null");
	zhen__buf_str(b, ",\"figure\":");
	zhen__json_doc_quantity(b, &x->value, d);
	zhen__buf_str(b, ",\"conversion\":");
	if (x->flags & ZHEN_FACT_CONVERTED)
		zhen__json_doc_quantity(b, &x->conversion, d);
	else
		zhen__buf_str(b, "null");
	zhen__buf_printf(b, ",\"subject\":%s",
	                 x->flags & ZHEN_FACT_SUBJECT ? "true" : "false");
	zhen__buf_printf(b, ",\"segment\":%s,\"carried\":%s,\"list\":%s}}\n",
	                 x->flags & ZHEN_FACT_SEGMENT ? "true" : "false",
	                 x->flags & ZHEN_FACT_CARRIED ? "true" : "false",
	                 x->flags & ZHEN_FACT_LIST ? "true" : "false");
}

static void json_conflict(struct zhen__buf *b, const zhen_facts *f,
                          const zhen_conflict *c)
{
	zhen__buf_printf(b, "{\"conflict\":{\"type\":\"%s\",\"severity\":\"%s\","
	                 "\"facts\":[%zu,%zu],\"ratio\":%.4g,\"repeats\":%zu,"
	                 "\"rate\":", zhen_conflict_type_name(c->type),
	                 zhen_severity_name(c->severity), c->a, c->b, c->ratio,
	                 c->repeats);
	if (c->rate.source == ZHEN_RATE_NONE) {
		zhen__buf_str(b, "null}}\n");
		return;
	}
	zhen__buf_printf(b, "{\"base\":\"%s\",\"quote\":\"%s\",\"rate\":%.6g,"
	                 "\"source\":\"%s\",", c->rate.base, c->rate.quote,
	                 c->rate.rate, c->rate.source == ZHEN_RATE_USER
	                                       ? "user" : "document");
	if (c->rate.source == ZHEN_RATE_USER) {
		zhen__buf_printf(b, "\"line\":%zu,\"date\":\"%s\"}}}\n",
		                 c->rate.line, c->rate.date);
		return;
	}
	const char *name = zhen_facts_doc_name(f, c->rate.doc);
	const char *s = zhen_doc_bytes(zhen_facts_doc(f, c->rate.doc), NULL);
	zhen__buf_str(b, "\"file\":");
	zhen__json_str(b, name, strlen(name));
	zhen__buf_printf(b, ",\"line\":%zu,\"text\":", c->rate.line);
	zhen__json_str(b, s + c->rate.start, c->rate.end - c->rate.start);
	zhen__buf_str(b, "}}}\n");
}

int zhen_facts_report_json(zhen_write_fn write, void *payload,
                           const zhen_facts *f, const zhen_conflicts *c)
{
	struct zhen__buf b = { 0 };
	size_t sev[3] = { 0, 0, 0 };
	int rc = 0;

	if (!write || !f)
		return ZHEN_EINVAL;
	for (size_t i = 0; i < zhen_facts_count(f) && !rc; i++) {
		json_fact(&b, f, zhen_facts_get(f, i), i);
		rc = zhen__report_emit(write, payload, &b);
	}
	for (size_t i = 0; i < zhen_conflicts_count(c) && !rc; i++) {
		const zhen_conflict *k = zhen_conflicts_get(c, i);
		sev[k->severity]++;
		json_conflict(&b, f, k);
		rc = zhen__report_emit(write, payload, &b);
	}
	if (!rc) {
		zhen__buf_printf(&b, "{\"summary\":{\"documents\":%zu,\"facts\":%zu,"
		                 "\"conflicts\":%zu,\"errors\":%zu,\"warnings\":"
		                 "%zu}}\n", zhen_facts_doc_count(f),
		                 zhen_facts_count(f), zhen_conflicts_count(c),
		                 sev[ZHEN_SEV_ERROR], sev[ZHEN_SEV_WARNING]);
		rc = zhen__report_emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	return rc;
}
