/* report_fixture.h: findings built by hand over one pair, and sinks for
 * the write callback, so that test_report and test_json know the exact
 * text to expect. */
#ifndef ZHEN_REPORT_FIXTURE_H
#define ZHEN_REPORT_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "internal.h"

struct sink {
	char buf[4096];
	size_t len;
	int calls;
};

static inline int to_sink(void *p, const char *s, size_t n)
{
	struct sink *k = p;
	if (k->len + n >= sizeof k->buf)
		return -1;
	memcpy(k->buf + k->len, s, n);
	k->len += n;
	k->buf[k->len] = 0;
	k->calls++;
	return 0;
}

static inline int refuse(void *p, const char *s, size_t n)
{
	(void)p;
	(void)s;
	(void)n;
	return 7;
}

static const char ZH[] = "營收34億元，增長21%。";
static const char EN[] = "Revenue was RMB 34 billion, up 12%.";

static inline zhen_quantity mk(size_t start, size_t end, zhen_qkind kind,
                        int64_t coef, int32_t exp, const char *cur)
{
	zhen_quantity q;
	memset(&q, 0, sizeof q);
	q.start = start;
	q.end = end;
	q.kind = kind;
	q.value = zhen__dec(coef, exp);
	q.precision = exp;
	snprintf(q.currency, sizeof q.currency, "%s", cur);
	return q;
}

/* Offsets within ZH/EN plus a base, as if the pair sat at byte 100 and 140
 * of a pairs file. */
#define ZB 100
#define EB 140

static inline struct zhen_findings two_findings(zhen_finding *store)
{
	memset(store, 0, 2 * sizeof *store);
	store[0].type = ZHEN_F_MAGNITUDE;
	store[0].severity = ZHEN_SEV_ERROR;
	store[0].has_zh = store[0].has_en = 1;
	store[0].zh = mk(ZB + 6, ZB + 14, ZHEN_Q_MONEY, 34, 8, "CNY");
	store[0].en = mk(EB + 12, EB + 26, ZHEN_Q_MONEY, 34, 9, "CNY");
	store[1].type = ZHEN_F_VALUE;
	store[1].severity = ZHEN_SEV_ERROR;
	store[1].has_zh = store[1].has_en = 1;
	store[1].zh = mk(ZB + 23, ZB + 26, ZHEN_Q_PERCENT, 21, 0, "");
	store[1].en = mk(EB + 31, EB + 34, ZHEN_Q_PERCENT, 12, 0, "");
	return (struct zhen_findings){ store, 2, 2 };
}

#endif
