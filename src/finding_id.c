/* finding_id.c: the stable id of a finding (README "Finding ids"). A
 * baseline file lists ids of findings people accepted, so an id must
 * survive what a file goes through between two runs: lines added above
 * (no offsets, no line numbers in it), the text re-wrapped or re-encoded
 * (white space dropped; the sentence as analysed, always UTF-8), another
 * figure of the same sentence corrected (digits of the context folded),
 * a severity setting (severity not in it). It changes when the figure or
 * the words of its sentence change: a reviewer then looks again. */
#include "internal.h"

#include <stdio.h>

#include <utf8proc.h>

/* FNV-1a 64 (Fowler, Noll, Vo; the IETF draft-eastlake-fnv): a few lines,
 * public domain, stable across machines and releases, and good enough to
 * tell apart the few thousand findings one project accepts. The recipe's
 * version opens the hashed text, so a new recipe gives new ids. */
#define FNV_OFFSET 0xcbf29ce484222325u
#define FNV_PRIME 0x100000001b3u
#define RECIPE "zhen finding id 1"
/* between fields, so that "ab"+"c" and "a"+"bc" differ (US, a byte no
 * value, unit or name contains) */
#define SEP '\x1f'

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= FNV_PRIME;
	}
	return h;
}

static uint64_t field(uint64_t h, const char *s)
{
	static const char sep = SEP;
	return fnv(fnv(h, &sep, 1), s, strlen(s));
}

/* A figure: kind, value and unit as JSON writes them; "" when absent. A
 * figure too long for the value (ZHEN_QF_LONG) adds the hash of all its
 * digits, so that two such figures differing past the 18th digit differ. */
static uint64_t figure(uint64_t h, int has, const zhen_quantity *q)
{
	char v[160];

	if (!has)
		return field(field(field(h, ""), ""), "");
	size_t n = zhen__quantity_value(v, sizeof v - 24, q);
	if (q->flags & ZHEN_QF_LONG && n < sizeof v - 24)
		snprintf(v + n, 24, "#%016llx", (unsigned long long)q->digits);
	return field(field(field(h, zhen_qkind_name(q->kind)), v),
	             zhen__quantity_unit(q));
}

static bool blank(int32_t cp)
{
	if (cp <= 0x20 || (cp >= 0x7F && cp <= 0x9F))
		return true;
	utf8proc_category_t c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
	       c == UTF8PROC_CATEGORY_ZP;
}

/* The context, width-folded, without white space, each run of digits one
 * '#': 同比增长 21％ and 同比增长12% hash alike. */
static uint64_t context(uint64_t h, const char *s, size_t len)
{
	static const char sep = SEP, hash = '#';
	bool in_digits = false;
	char u[4];

	h = fnv(h, &sep, 1);
	for (size_t i = 0; s && i < len;) {
		int32_t cp = zhen__fold_cp(zhen__utf8_next(s, len, &i));
		bool digit = cp >= '0' && cp <= '9';
		if (digit && !in_digits)
			h = fnv(h, &hash, 1);
		in_digits = digit;
		if (!digit && !blank(cp))
			h = fnv(h, u, zhen__utf8_put(u, cp));
	}
	return h;
}

int zhen_finding_id(char *buf, size_t cap, const zhen_finding *f,
                    const char *zh_ctx, size_t zh_len, const char *en_ctx,
                    size_t en_len)
{
	/* a finding without figures (a doubtful bead, a moved paragraph) is
	 * told apart by its text on both sides */
	bool none = !f || (!f->has_zh && !f->has_en);
	uint64_t h = FNV_OFFSET;

	if (!buf || !f || ZHEN__NO_BYTES(zh_ctx, zh_len) ||
	    ZHEN__NO_BYTES(en_ctx, en_len))
		return ZHEN_EINVAL;
	if (cap < ZHEN_FINDING_ID_LEN + 1)
		return ZHEN_EUSAGE;
	h = fnv(h, RECIPE, sizeof RECIPE - 1);
	h = field(h, zhen_ftype_name(f->type));
	h = figure(h, f->has_zh, &f->zh);
	h = figure(h, f->has_en, &f->en);
	h = context(h, f->has_zh || none ? zh_ctx : NULL, zh_len);
	h = context(h, f->has_en || none ? en_ctx : NULL, en_len);
	snprintf(buf, cap, "%012llx", (unsigned long long)(h >> 16));
	return 0;
}
