/* numbers.c: the number reader — every quantity a sentence carries, with
 * its exact value after magnitude (34億 = 34×10^8), kind, currency, unit and
 * the span of the user's bytes that wrote it.
 *
 * Chinese text is width-folded, then only small windows around numeral
 * candidates are converted to Simplified, code point by code point from a
 * cache of OpenCC's answers (OpenCC is 20–40× slower than the rest of the
 * pipeline, platform.md §3; see convert_windows); t2s/tw2s/hk2s keep the
 * code point count, so a converted window maps back one code point to one
 * code point. Everything
 * lexical (numeral characters, magnitude words, currencies, units,
 * approximators, English number words) lives in dicts/. */
#include "internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- dictionary tables ---- */

enum table_id { TB_ZHNUM, TB_MAG, TB_CUR, TB_UNIT, TB_ENW, TB_APPROX,
                TB_CONV, TB_N };

static const char *const table_names[TB_N] = {
	"zh_numerals.tsv", "magnitudes.tsv", "currencies.tsv", "units.tsv",
	"en_number_words.tsv", "approximators.tsv", "conversions.tsv",
};

enum { LANG_ANY = -1 };
/* POS_MEASURE: a post word that makes a figure approximate only before a
 * measure word or unit (20 来岁): alone after a figure it is a verb. */
/* POS_MAG: a pre word only before a bare magnitude (过亿); an entry of
 * no position (不过) only keeps the approximator it ends in from
 * matching. */
enum { POS_PRE = 1, POS_POST = 2, POS_MEASURE = 4, POS_BAND = 8,
       POS_MAG = 16, POS_INCR = 32, POS_CONV = 64, POS_AFTER = 128,
       POS_DECR = 256, POS_CMP = 512 };
enum { ATT_WORD = 1, ATT_GLUED = 2 };

enum kind {
	/* zh_numerals.tsv */
	K_DIGIT, K_UNIT, K_MAG, K_POINT, K_ZTENS, K_NEG, K_YEAR, K_MONTH,
	K_DAY, K_ORDPRE, K_PCTPRE, K_RANGE, K_CLOCK, K_MINUTE, K_HALFHOUR,
	K_OCLOCK, K_DAYPART, K_TENTHS, K_DISCOUNT, K_FRACTION, K_MULTIPLE,
	K_HALFYEAR, K_JIAO, K_WHOLE, K_DISCPRE, K_TAIL, K_CENTURY, K_DECADE,
	/* en_number_words.tsv */
	K_ONES, K_TENS, K_HUNDRED, K_ORDWORD, K_SUFFIX, K_MONTHNAME, K_AND,
	K_IDENTPRE, K_PRONB, K_PRONA, K_TIMES, K_ENMULT, K_DENOM, K_ARTICLE,
	K_MONTHPRE, K_AMPM, K_ENOCLOCK, K_PERIOD, K_MONTHWORD, K_DECWORD,
	/* both tables: 公元/AD (value 1), 公元前/BC (value 2) */
	K_ERA,
	/* en: a time zone that makes 0230 a clock time; a word that is a
	 * vague figure alone (dozens); zh: 打 after a numeral (a dozen) */
	K_ZONE, K_VAGUE, K_ZDOZEN,
	/* zh: a word a numeral ends (唯一): that numeral is no figure */
	K_ZWORD,
	/* zh: characters read by their neighbours (one kind, told apart by
	 * value, as the kinds must fit a 64-bit mask): 参/參 (ZC_CAPDIGIT)
	 * is 3 only beside a financial capital (ZC_CAPITAL): 壹佰贰拾参元,
	 * never 参与 or 人参十克; 比 (ZC_SCORE) between two numerals makes
	 * both figures (五比三) */
	K_ZCTX,
	/* units.tsv */
	U_PERCENT, U_POINTS, U_BP, U_ORDINAL, U_QUARTER, U_COUNTER, U_MEASURE,
	/* the other tables have one kind each */
	K_CURRENCY, K_APPROX, K_MAGWORD
};
_Static_assert(K_MAGWORD < 64, "kinds must fit struct lead's mask");

/* K_ZCTX values (dicts/zh_numerals.tsv) */
enum { ZC_CAPITAL = 0, ZC_SCORE = 1, ZC_CAPDIGIT = 3, ZC_FIRST = 4 };

/* The kinds of English words en_at() reads a quantity from: a month, a
 * factor (doubled), an article (a hundred), a number word ("and" never
 * starts one) or a fraction (half a million). A word that starts none of
 * them is skipped. */
#define EN_START (1ull << K_MONTHNAME | 1ull << K_ENMULT | 1ull << K_ARTICLE | \
                  1ull << K_ONES | 1ull << K_TENS | 1ull << K_HUNDRED |    \
                  1ull << K_ORDWORD | 1ull << K_VAGUE | 1ull << K_DECWORD | \
                  1ull << K_DENOM)

struct kname {
	const char *name;
	int kind;
};

static const struct kname zh_kinds[] = {
	{ "digit", K_DIGIT }, { "unit", K_UNIT }, { "mag", K_MAG },
	{ "point", K_POINT }, { "neg", K_NEG }, { "year", K_YEAR },
	{ "month", K_MONTH }, { "day", K_DAY }, { "ordinal", K_ORDPRE },
	{ "percent", K_PCTPRE }, { "range", K_RANGE }, { "tens", K_ZTENS },
	{ "clock", K_CLOCK }, { "minute", K_MINUTE },
	{ "halfhour", K_HALFHOUR }, { "oclock", K_OCLOCK },
	{ "daypart", K_DAYPART }, { "tenths", K_TENTHS },
	{ "discount", K_DISCOUNT }, { "fraction", K_FRACTION },
	{ "multiple", K_MULTIPLE }, { "halfyear", K_HALFYEAR },
	{ "jiao", K_JIAO }, { "whole", K_WHOLE },
	{ "discountpre", K_DISCPRE }, { "tail", K_TAIL }, { "era", K_ERA },
	{ "dozen", K_ZDOZEN }, { "century", K_CENTURY },
	{ "decade", K_DECADE }, { "word", K_ZWORD }, { "vague", K_VAGUE },
	{ "capdigit", K_ZCTX }, { "capital", K_ZCTX }, { "score", K_ZCTX },
	{ "first", K_ZCTX },
	{ NULL, 0 },
};

static const struct kname en_kinds[] = {
	{ "ones", K_ONES }, { "tens", K_TENS }, { "hundred", K_HUNDRED },
	{ "ordinal", K_ORDWORD }, { "suffix", K_SUFFIX },
	{ "month", K_MONTHNAME }, { "and", K_AND }, { "range", K_RANGE },
	{ "ident", K_IDENTPRE }, { "pronoun-before", K_PRONB },
	{ "pronoun-after", K_PRONA }, { "times", K_TIMES },
	{ "multiple", K_ENMULT }, { "denominator", K_DENOM },
	{ "article", K_ARTICLE }, { "month-before", K_MONTHPRE },
	{ "ampm", K_AMPM }, { "oclock", K_ENOCLOCK }, { "period", K_PERIOD },
	{ "era", K_ERA }, { "zone", K_ZONE }, { "vague", K_VAGUE },
	{ "month-word", K_MONTHWORD }, { "decade", K_DECWORD },
	{ "neg", K_NEG }, { NULL, 0 },
};

static const struct kname unit_marks[] = {
	{ "=percent", U_PERCENT }, { "=points", U_POINTS }, { "=bp", U_BP },
	{ "=ordinal", U_ORDINAL }, { "=quarter", U_QUARTER },
	{ "=counter", U_COUNTER }, { "=count", U_COUNTER }, { NULL, 0 },
};

static const struct kname langs[] = {
	{ "zh", ZHEN_LANG_ZH }, { "en", ZHEN_LANG_EN }, { "any", LANG_ANY },
	{ NULL, 0 },
};

static const struct kname positions[] = {
	{ "pre", POS_PRE }, { "post", POS_POST }, { "both", POS_PRE | POS_POST },
	{ "post-measure", POS_POST | POS_MEASURE },
	{ "pre-band", POS_PRE | POS_BAND }, { "pre-magnitude", POS_MAG },
	{ "pre-increase", POS_INCR }, { "pre-decrease", POS_DECR },
	{ "pre-conversion", POS_CONV }, { "comparative", POS_CMP },
	{ "post-any", POS_POST | POS_AFTER },
	{ "none", 0 }, { NULL, 0 },
};

static const struct kname attaches[] = {
	{ "word", ATT_WORD }, { "glued", ATT_GLUED },
	{ "both", ATT_WORD | ATT_GLUED }, { NULL, 0 },
};

struct entry {
	char *text;
	size_t len;
	int kind;
	int64_t val;     /* digit value, exponent, month, 10^12 (trillions)… */
	int lang;        /* zhen_lang or LANG_ANY */
	int pos;         /* POS_* or ATT_* */
	unsigned flags;  /* ZHEN_QF_CUR_AMBIGUOUS */
	char code[24];   /* ISO code or canonical unit */
	char alt[24];    /* currencies: what else the sign may stand for */
	double factor, offset; /* conversions: code = text x factor + offset */
};

/* An entry's place in an index: entries sorted by the key code point
 * (ASCII lowercased), then longest first, then table order — so the first
 * entry of a key that matches is the one a scan over the whole table in
 * table order, keeping the longest, would pick. */
struct slot {
	uint32_t key;
	uint32_t len; /* the entry's, so sorting needs no table */
	uint32_t e;
};

/* Open addressing from a key to its run of slots [a, b), with the kinds
 * of the run's entries: most lookups ask for one kind, and most runs
 * have none of it. */
struct keyrun {
	uint32_t key;
	uint32_t a, b; /* b == 0: empty */
	uint64_t kinds;
};

struct keyhash {
	struct keyrun *r;
	uint32_t mask;
	uint32_t shift; /* 32 - log2(mask + 1): the product's top bits */
};

struct lead {
	uint32_t e;      /* index + 1 of an entry that starts so; 0: empty */
	uint32_t n;      /* letters */
	uint64_t kinds;  /* 1 << kind of every entry that starts so */
};

struct table {
	struct entry *e;
	size_t n, cap;
	/* by first code point (match_fwd) and by last (match_back): the
	 * scan asks at nearly every position, and a linear pass over ~150
	 * entries there was most of the run time */
	struct slot *first, *last;
	struct keyhash hfirst, hlast;
	/* The leading letters of the entries (o'clock: "o"), each with the
	 * kinds of the entries that start so: an English word that is none
	 * of them starts no entry, since entries end at a word boundary. */
	struct lead *lead;
	uint32_t lead_mask;
	/* The cheap test before the hash: by the first two letters (the
	 * second 26 when there is one letter), the lengths of leads
	 * (bit 31: 31 or more). */
	uint32_t lead_len2[27 * 27];
	/* The same for the leads of the kinds a quantity can start with
	 * (EN_START): the reader's scan skips every other word at once. */
	uint32_t start_len2[27 * 27];
};

struct zhen__numbers_data {
	struct table t[TB_N];
	/* Sorted code points of the one-character numerals: the cheap test
	 * that finds candidates before any OpenCC call. */
	int32_t *numcp;
	size_t nnumcp;
	/* Also the first characters of words that are quantities without a
	 * numeral (翻番, 上半年): where the scan starts, but no reason to
	 * convert (they read the same in both scripts). */
	int32_t *startcp;
	size_t nstartcp;
	/* The same two sets over the BMP as bitmaps: asked once per code
	 * point of every Chinese text. */
	uint8_t numbits[0x10000 / 8], startbits[0x10000 / 8];
	/* What OpenCC makes of each BMP code point alone, per conversion
	 * mode, learned on first sight: pages of 256 allocated on demand. */
	uint32_t *cpconv[ZHEN__NCONVERT][256];
	/* What one call of the reader needs, kept for the next (a context
	 * reads one text at a time): allocating them per sentence was a
	 * tenth of a --pairs run. fs/fmap: the folded text; off/soff/to/
	 * cand: per code point of it, its offset, its source offset, what
	 * it converts to and its CAND_* bits; aoff: struct scan's. */
	char *fs;
	size_t *fmap;
	size_t fcap;
	size_t *off, *soff;
	uint32_t *to;
	unsigned char *cand;
	size_t ccap;
	size_t *aoff;
	size_t aoff_cap;
};

/* zhen__utf8_next() for the reader's hot loops: the text is valid UTF-8,
 * and asking utf8proc to validate each code point again was a fifth of
 * the run. Anything unexpected goes to zhen__utf8_next(), so the result
 * is the same on any input. */
static inline int32_t next_cp(const char *s, size_t len, size_t *i)
{
	const unsigned char *u = (const unsigned char *)s + *i;
	size_t left = len - *i;
	int32_t cp;

	if (left && u[0] < 0x80) {
		*i += 1;
		return u[0];
	}
	if (left >= 3 && (u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80) {
		cp = (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
			*i += 3;
			return cp;
		}
	}
	return zhen__utf8_next(s, len, i);
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static bool eq_ci(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (lower(a[i]) != lower(b[i]))
			return false;
	return true;
}

static int kname_find(const struct kname *k, const char *s, size_t n)
{
	for (; k->name; k++)
		if (strlen(k->name) == n && !memcmp(k->name, s, n))
			return k->kind;
	return INT_MIN;
}

/* Up to 18 digits: a vague word may stand for 10^12 (trillions). */
static bool parse_int(const char *s, size_t n, int64_t *out)
{
	int64_t v = 0;
	if (!n || n > 18)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

static void entry_free(struct entry *e)
{
	free(e->text);
}

static void table_truncate(struct table *t, size_t n)
{
	while (t->n > n)
		entry_free(&t->e[--t->n]);
}

/* Fill @p e from one dictionary line; NULL or what is wrong. */
static const char *parse_entry(enum table_id tb, const struct zhen__dict_iter *it,
                               struct entry *e)
{
	const char *const *f = it->field;
	const size_t *fl = it->flen;
	int k;

	memset(e, 0, sizeof *e);
	e->lang = LANG_ANY;
	if (!fl[0])
		return "empty text";
	switch (tb) {
	case TB_ZHNUM:
	case TB_ENW:
		if (it->nfields != 3)
			return "expected 3 fields";
		k = kname_find(tb == TB_ZHNUM ? zh_kinds : en_kinds, f[1], fl[1]);
		if (k == INT_MIN)
			return "unknown kind";
		e->kind = k;
		if (!parse_int(f[2], fl[2], &e->val))
			return "bad value";
		e->lang = tb == TB_ZHNUM ? ZHEN_LANG_ZH : ZHEN_LANG_EN;
		break;
	case TB_MAG:
		if (it->nfields != 3)
			return "expected 3 fields";
		e->kind = K_MAGWORD;
		if (!parse_int(f[1], fl[1], &e->val) || e->val > 18)
			return "bad exponent";
		if ((e->pos = kname_find(attaches, f[2], fl[2])) == INT_MIN)
			return "attach must be word, glued or both";
		break;
	case TB_CUR:
		if (it->nfields != 5)
			return "expected 5 fields";
		e->kind = K_CURRENCY;
		if (!fl[1] || fl[1] >= sizeof e->code)
			return "bad currency code";
		memcpy(e->code, f[1], fl[1]);
		if ((e->lang = kname_find(langs, f[2], fl[2])) == INT_MIN)
			return "lang must be zh, en or any";
		if ((e->pos = kname_find(positions, f[3], fl[3])) == INT_MIN)
			return "position must be pre, post or both";
		if (!(fl[4] == 1 && f[4][0] == '-')) {
			if (fl[4] >= sizeof e->alt)
				return "too many other currencies";
			memcpy(e->alt, f[4], fl[4]);
			e->flags = ZHEN_QF_CUR_AMBIGUOUS;
		}
		break;
	case TB_UNIT:
		if (it->nfields != 3)
			return "expected 3 fields";
		if (!fl[1] || fl[1] >= sizeof e->code)
			return "bad canonical unit";
		if (f[1][0] == '=') {
			if ((e->kind = kname_find(unit_marks, f[1], fl[1])) ==
			    INT_MIN)
				return "unknown =marker";
			/* =count: a counter of people or of times */
			if (fl[1] == 6 && !memcmp(f[1], "=count", 6))
				e->flags = ZHEN_QF_COUNT;
		} else {
			e->kind = U_MEASURE;
			memcpy(e->code, f[1], fl[1]);
		}
		if ((e->lang = kname_find(langs, f[2], fl[2])) == INT_MIN)
			return "lang must be zh, en or any";
		break;
	case TB_CONV: {
		char num[2][32];
		char *endp;
		if (it->nfields != 4)
			return "expected 4 fields";
		if (!fl[1] || fl[1] >= sizeof e->code)
			return "bad unit";
		memcpy(e->code, f[1], fl[1]);
		for (int x = 0; x < 2; x++) {
			if (!fl[2 + x] || fl[2 + x] >= sizeof num[x])
				return "bad number";
			memcpy(num[x], f[2 + x], fl[2 + x]);
			num[x][fl[2 + x]] = 0;
		}
		e->factor = strtod(num[0], &endp);
		if (*endp || !(e->factor > 0))
			return "bad factor";
		e->offset = strtod(num[1], &endp);
		if (*endp)
			return "bad offset";
		break;
	}
	case TB_APPROX:
		if (it->nfields != 3)
			return "expected 3 fields";
		e->kind = K_APPROX;
		if ((e->lang = kname_find(langs, f[1], fl[1])) == INT_MIN)
			return "lang must be zh, en or any";
		if ((e->pos = kname_find(positions, f[2], fl[2])) == INT_MIN)
			return "position must be pre, pre-band, pre-magnitude, pre-increase, pre-decrease, pre-conversion, comparative, post, post-any, post-measure, both or none";
		break;
	default:
		return "unknown table";
	}
	e->text = malloc(fl[0] + 1);
	if (!e->text)
		return "";
	memcpy(e->text, f[0], fl[0]);
	e->text[fl[0]] = 0;
	e->len = fl[0];
	return NULL;
}

static int cmp_i32(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

static int rebuild_numcp(struct zhen__numbers_data *d)
{
	const struct table *t = &d->t[TB_ZHNUM];
	int32_t *cps = malloc((t->n + 1) * sizeof *cps);
	int32_t *st = malloc((t->n + 1) * sizeof *st);
	size_t n = 0, m = 0;

	if (!cps || !st) {
		free(cps);
		free(st);
		return ZHEN_ENOMEM;
	}
	for (size_t i = 0; i < t->n; i++) {
		const struct entry *e = &t->e[i];
		size_t k = 0;
		bool prefix = e->kind == K_ORDPRE || e->kind == K_PCTPRE ||
		              (e->kind == K_ZCTX && e->val == ZC_CAPDIGIT);
		bool word = e->kind == K_MULTIPLE || e->kind == K_HALFYEAR;
		if (e->kind > K_NEG && !prefix && !word)
			continue;
		int32_t cp = next_cp(e->text, e->len, &k);
		if (word) {
			st[m++] = cp;
			continue;
		}
		if (k == e->len || prefix) {
			cps[n++] = cp;
			st[m++] = cp;
		}
	}
	qsort(cps, n, sizeof *cps, cmp_i32);
	qsort(st, m, sizeof *st, cmp_i32);
	memset(d->numbits, 0, sizeof d->numbits);
	memset(d->startbits, 0, sizeof d->startbits);
	for (size_t i = 0; i < n; i++)
		if (cps[i] >= 0 && cps[i] < 0x10000)
			d->numbits[cps[i] >> 3] |= (uint8_t)(1u << (cps[i] & 7));
	for (size_t i = 0; i < m; i++)
		if (st[i] >= 0 && st[i] < 0x10000)
			d->startbits[st[i] >> 3] |= (uint8_t)(1u << (st[i] & 7));
	free(d->numcp);
	free(d->startcp);
	d->numcp = cps;
	d->nnumcp = n;
	d->startcp = st;
	d->nstartcp = m;
	return 0;
}

/* The first (or last) code point of s[0, n) as a key: its bytes packed,
 * ASCII lowercased as eq_ci() compares. Equal bytes give equal keys, so
 * no decoding (or validity) is needed. */
static uint32_t pack(const char *s, size_t n)
{
	uint32_t k = 0;
	for (size_t i = 0; i < n; i++)
		k = k << 8 | (unsigned char)lower(s[i]);
	return k;
}

/* zhen__utf8_len(), inline for the lookups' hot path */
static inline size_t cp_len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static inline uint32_t key_first(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t m = cp_len(u[0]);
	if (m == 1)
		return (unsigned char)lower(s[0]);
	/* most keys: a CJK character, with no letter to lowercase */
	if (m == 3 && n >= 3 && u[1] >= 0x80 && u[2] >= 0x80)
		return (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2];
	return pack(s, m < n ? m : n);
}

static uint32_t key_last(const char *s, size_t n)
{
	size_t j = n - 1;
	for (int k = 0; k < 3 && j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80;
	     k++)
		j--;
	return pack(s + j, n - j);
}

static int cmp_slot(const void *a, const void *b)
{
	const struct slot *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return (x->e > y->e) - (x->e < y->e);
}

/* Fibonacci hashing: the top bits of the product mix every bit of the
 * key (CJK keys share their lead byte and differ in the last). */
static inline uint32_t hash_key(uint32_t k, uint32_t shift)
{
	return (k * 2654435761u) >> shift;
}

static int build_hash(struct keyhash *h, const struct slot *x, size_t n,
                      const struct entry *e)
{
	/* Most lookups miss (a code point that starts no entry): at a
	 * load of at most 1/8 a miss nearly always ends at the first
	 * probe. */
	uint32_t size = 16, bits = 4;
	while (size < 8 * n + 8) {
		size *= 2;
		bits++;
	}
	struct keyrun *r = calloc(size, sizeof *r);
	if (!r)
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		uint64_t kinds = 0;
		while (j < n && x[j].key == x[i].key)
			kinds |= 1ull << e[x[j++].e].kind;
		uint32_t p = hash_key(x[i].key, 32 - bits) & (size - 1);
		while (r[p].b)
			p = (p + 1) & (size - 1);
		r[p] = (struct keyrun){ x[i].key, (uint32_t)i, (uint32_t)j,
		                        kinds };
		i = j;
	}
	h->r = r;
	h->mask = size - 1;
	h->shift = 32 - bits;
	return 0;
}

static int index_table(struct table *t)
{
	struct slot *f = malloc((t->n + 1) * sizeof *f);
	struct slot *l = malloc((t->n + 1) * sizeof *l);
	struct keyhash hf = { NULL, 0, 0 }, hl = { NULL, 0, 0 };

	if (!f || !l) {
		free(f);
		free(l);
		return ZHEN_ENOMEM;
	}
	for (size_t i = 0; i < t->n; i++) {
		const struct entry *e = &t->e[i];
		f[i] = (struct slot){ key_first(e->text, e->len),
		                      (uint32_t)e->len, (uint32_t)i };
		l[i] = (struct slot){ key_last(e->text, e->len),
		                      (uint32_t)e->len, (uint32_t)i };
	}
	qsort(f, t->n, sizeof *f, cmp_slot);
	qsort(l, t->n, sizeof *l, cmp_slot);
	if (build_hash(&hf, f, t->n, t->e) < 0 ||
	    build_hash(&hl, l, t->n, t->e) < 0) {
		/* the table keeps its old index, still right for the
		 * entries it keeps after the caller truncates */
		free(f);
		free(l);
		free(hf.r);
		return ZHEN_ENOMEM;
	}
	free(t->first);
	free(t->last);
	free(t->hfirst.r);
	free(t->hlast.r);
	t->first = f;
	t->last = l;
	t->hfirst = hf;
	t->hlast = hl;
	return 0;
}

static size_t lead_len(const struct entry *e)
{
	size_t n = 0;
	while (n < e->len && is_alpha(e->text[n]))
		n++;
	return n;
}

static uint32_t hash_word(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)lower(s[i])) * 16777619u;
	return h;
}

/* Index of the first two letters of s[0, n) (n >= 1, letters only). */
static size_t bigram(const char *s, size_t n)
{
	size_t a = (size_t)(lower(s[0]) - 'a');
	size_t b = n > 1 ? (size_t)(lower(s[1]) - 'a') : 26;
	return a * 27 + b;
}

static int index_leads(struct table *t)
{
	uint32_t size = 16;
	while (size < 2 * t->n + 2)
		size *= 2;
	struct lead *h = calloc(size, sizeof *h);
	if (!h)
		return ZHEN_ENOMEM;
	memset(t->lead_len2, 0, sizeof t->lead_len2);
	memset(t->start_len2, 0, sizeof t->start_len2);
	for (size_t i = 0; i < t->n; i++) {
		const struct entry *e = &t->e[i];
		size_t n = lead_len(e);
		if (!n)
			continue;
		uint32_t p = hash_word(e->text, n) & (size - 1);
		while (h[p].e && !(h[p].n == n &&
		                   eq_ci(t->e[h[p].e - 1].text, e->text, n)))
			p = (p + 1) & (size - 1);
		if (!h[p].e)
			h[p] = (struct lead){ (uint32_t)i + 1, (uint32_t)n, 0 };
		h[p].kinds |= 1ull << e->kind;
		t->lead_len2[bigram(e->text, n)] |= 1u << (n < 31 ? n : 31);
		if (EN_START >> e->kind & 1)
			t->start_len2[bigram(e->text, n)] |=
				1u << (n < 31 ? n : 31);
	}
	free(t->lead);
	t->lead = h;
	t->lead_mask = size - 1;
	return 0;
}

/* The kinds of the entries whose leading letters are s[0, n): 0 when
 * none starts so. */
static uint64_t lead_kinds(const struct table *t, const char *s, size_t n)
{
	if (!t->lead)
		return ~0ull;
	if (!(t->lead_len2[bigram(s, n)] >> (n < 31 ? n : 31) & 1))
		return 0;
	for (uint32_t p = hash_word(s, n) & t->lead_mask; t->lead[p].e;
	     p = (p + 1) & t->lead_mask) {
		const struct lead *l = &t->lead[p];
		if (l->e > t->n)
			return ~0ull; /* dropped by a failed load: assume all */
		if (l->n == n && eq_ci(s, t->e[l->e - 1].text, n))
			return l->kinds;
	}
	return 0;
}

/* The slots of @p key: [*a, *b), empty when no entry has it or, with
 * @p kind >= 0, none of that kind. */
static inline const struct slot *slots_of(const struct keyhash *h,
                                          const struct slot *x, uint32_t key,
                                          int kind, const struct slot **end)
{
	uint32_t p = hash_key(key, h->shift) & h->mask;
	*end = x;
	if (!h->r)
		return x;
	for (; h->r[p].b; p = (p + 1) & h->mask)
		if (h->r[p].key == key) {
			if (kind >= 0 && !(h->r[p].kinds >> kind & 1))
				return x;
			*end = x + h->r[p].b;
			return x + h->r[p].a;
		}
	return x;
}

static int load_table(zhen_ctx *ctx, struct zhen__numbers_data *d,
                      enum table_id tb, const char *text, size_t len)
{
	struct table *t = &d->t[tb];
	size_t keep = t->n;
	struct zhen__dict_iter it;

	zhen__dict_iter_init(&it, text, len);
	while (zhen__dict_iter_next(&it)) {
		struct entry e;
		const char *err = parse_entry(tb, &it, &e);
		if (err && !*err) {
			table_truncate(t, keep);
			return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
		}
		if (err) {
			table_truncate(t, keep);
			return zhen__fail_at(ctx, ZHEN_EDICT, it.lineno, 0,
			                     "%s: line %zu: %s", table_names[tb],
			                     it.lineno, err);
		}
		if (t->n == t->cap) {
			size_t nc = t->cap ? t->cap * 2 : 64;
			struct entry *ne = realloc(t->e, nc * sizeof *ne);
			if (!ne) {
				entry_free(&e);
				table_truncate(t, keep);
				return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
			}
			t->e = ne;
			t->cap = nc;
		}
		t->e[t->n++] = e;
	}
	/* index_table() last: when it fails the old index stays, right for
	 * the entries kept (is_lead() skips what the truncation drops) */
	if ((tb == TB_ZHNUM && rebuild_numcp(d) < 0) ||
	    (tb == TB_ENW && index_leads(t) < 0) || index_table(t) < 0) {
		table_truncate(t, keep);
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	}
	return 0;
}

int zhen__numbers_init(zhen_ctx *ctx)
{
	struct zhen__numbers_data *d = calloc(1, sizeof *d);
	int rc;

	if (!d)
		return ZHEN_ENOMEM;
	ctx->numbers = d;
	for (int tb = 0; tb < TB_N; tb++) {
		size_t len;
		const char *text = zhen__dict_text(table_names[tb], &len);
		if (!text)
			return zhen__fail(ctx, ZHEN_EDICT, "%s is not built in",
			                  table_names[tb]);
		if ((rc = load_table(ctx, d, (enum table_id)tb, text, len)) < 0)
			return rc;
	}
	return 0;
}

void zhen__numbers_fini(zhen_ctx *ctx)
{
	struct zhen__numbers_data *d = ctx->numbers;
	if (!d)
		return;
	for (int tb = 0; tb < TB_N; tb++) {
		table_truncate(&d->t[tb], 0);
		free(d->t[tb].e);
		free(d->t[tb].first);
		free(d->t[tb].last);
		free(d->t[tb].lead);
		free(d->t[tb].hfirst.r);
		free(d->t[tb].hlast.r);
	}
	free(d->numcp);
	free(d->startcp);
	for (int m = 0; m < ZHEN__NCONVERT; m++)
		for (int pg = 0; pg < 256; pg++)
			free(d->cpconv[m][pg]);
	free(d->fs);
	free(d->fmap);
	free(d->off);
	free(d->soff);
	free(d->to);
	free(d->cand);
	free(d->aoff);
	free(d);
	ctx->numbers = NULL;
}

bool zhen__unit_convert(const zhen_ctx *ctx, const char *from,
                        const char *to, double v, double *out)
{
	const struct table *t = &ctx->numbers->t[TB_CONV];
	for (size_t k = 0; k < t->n; k++) {
		const struct entry *e = &t->e[k];
		if (!strcmp(e->text, from) && !strcmp(e->code, to)) {
			*out = v * e->factor + e->offset;
			return true;
		}
		if (!strcmp(e->text, to) && !strcmp(e->code, from)) {
			*out = (v - e->offset) / e->factor;
			return true;
		}
	}
	return false;
}

int zhen__numbers_add_dict(zhen_ctx *ctx, const char *name, const char *text,
                           size_t len)
{
	for (int tb = 0; tb < TB_N; tb++)
		if (!strcmp(name, table_names[tb]))
			return load_table(ctx, ctx->numbers, (enum table_id)tb,
			                  text, len);
	return zhen__fail(ctx, ZHEN_EUSAGE, "unknown dictionary '%s'", name);
}

/* ---- matching ---- */

static bool entry_ok(const struct entry *e, int lang, int posmask, int kind)
{
	if (e->lang != LANG_ANY && lang != LANG_ANY && e->lang != lang)
		return false;
	if (posmask && !(e->pos & posmask))
		return false;
	return kind < 0 || e->kind == kind;
}

/* The longest entry equal to s[i…]; an entry ending in a letter or digit
 * must end at a word boundary ("yuan" is not "yuanfang"). Among entries of
 * one length the first in table order wins. */
static const struct entry *match_fwd_run(const struct table *t,
                                         const struct slot *x,
                                         const struct slot *end,
                                         const char *s, size_t len, size_t i,
                                         int lang, int posmask, int kind)
{
	for (; x < end; x++) {
		const struct entry *e = &t->e[x->e];
		if (e->len > len - i || !entry_ok(e, lang, posmask, kind) ||
		    !eq_ci(s + i, e->text, e->len))
			continue;
		if (is_alnum(e->text[e->len - 1]) && i + e->len < len &&
		    is_alnum(s[i + e->len]))
			continue;
		return e;
	}
	return NULL;
}

/* Inline up to the hash: most lookups end there, and the call was a
 * third of their cost. */
static inline const struct entry *match_fwd(const struct table *t,
                                            const char *s, size_t len,
                                            size_t i, int lang, int posmask,
                                            int kind)
{
	const struct slot *x, *end;
	if (i >= len)
		return NULL;
	x = slots_of(&t->hfirst, t->first, key_first(s + i, len - i), kind,
	             &end);
	return x == end ? NULL : match_fwd_run(t, x, end, s, len, i, lang,
	                                       posmask, kind);
}

/* The longest entry ending exactly at @p i and starting at or after @p lo;
 * one starting with a letter must start at a word boundary. */
static const struct entry *match_back(const struct table *t, const char *s,
                                      size_t i, size_t lo, int lang,
                                      int posmask, int kind)
{
	const struct slot *x, *end;
	if (i <= lo)
		return NULL;
	x = slots_of(&t->hlast, t->last, key_last(s, i), kind, &end);
	for (; x < end; x++) {
		const struct entry *e = &t->e[x->e];
		if (e->len > i - lo)
			continue;
		size_t a = i - e->len;
		if (!entry_ok(e, lang, posmask, kind) ||
		    !eq_ci(s + a, e->text, e->len))
			continue;
		if (is_alnum(e->text[0]) && a > 0 && is_alnum(s[a - 1]))
			continue;
		return e;
	}
	return NULL;
}

static bool is_numcp(const struct zhen__numbers_data *d, int32_t cp)
{
	if (cp >= 0 && cp < 0x10000)
		return d->numbits[cp >> 3] >> (cp & 7) & 1;
	return bsearch(&cp, d->numcp, d->nnumcp, sizeof cp, cmp_i32) != NULL;
}

static bool is_startcp(const struct zhen__numbers_data *d, int32_t cp)
{
	if (cp >= 0 && cp < 0x10000)
		return d->startbits[cp >> 3] >> (cp & 7) & 1;
	return bsearch(&cp, d->startcp, d->nstartcp, sizeof cp, cmp_i32) !=
	       NULL;
}

/* ---- reading digits ---- */

/* Thin space U+2009 and narrow no-break space U+202F group digits in
 * typeset figures ("1 234 567"). */
static size_t thin_space_at(const char *s, size_t len, size_t i)
{
	if (i + 3 <= len && (unsigned char)s[i] == 0xE2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x89 || (unsigned char)s[i + 2] == 0xAF))
		return 3;
	return 0;
}

struct arabic {
	zhen_decimal v;
	int32_t prec;
	size_t end;
	int nint;      /* digits before the point */
	bool grouped, frac;
};

static bool read_arabic(const char *s, size_t len, size_t i, struct arabic *out)
{
	char buf[64];
	size_t n = 0, j = i;
	int lead = 0;

	memset(out, 0, sizeof *out);
	while (j < len && is_digit(s[j])) {
		if (n >= 40)
			return false;
		buf[n++] = s[j++];
		lead++;
	}
	if (!lead)
		return false;
	out->nint = lead;
	/* A separator counts only between groups of exactly three digits and
	 * after a leading group of at most three: "2018,2019" stays a list. */
	while (lead <= 3 && j < len) {
		size_t sep = s[j] == ',' ? 1 : thin_space_at(s, len, j);
		if (!sep || j + sep + 3 > len || !is_digit(s[j + sep]) ||
		    !is_digit(s[j + sep + 1]) || !is_digit(s[j + sep + 2]) ||
		    (j + sep + 3 < len && is_digit(s[j + sep + 3])))
			break;
		if (n + 3 >= 40)
			return false;
		memcpy(buf + n, s + j + sep, 3);
		n += 3;
		out->nint += 3;
		j += sep + 3;
		out->grouped = true;
	}
	/* A last group of four ("104,5000", "$22,5000") is a grouping
	 * slip, often a figure written ten times too large: read as one
	 * figure it is a magnitude error; read as two it was a figure
	 * missing and another extra. Five digits or more stay a list. */
	if (lead <= 3 && j + 5 <= len && s[j] == ',' && is_digit(s[j + 1]) &&
	    is_digit(s[j + 2]) && is_digit(s[j + 3]) && is_digit(s[j + 4]) &&
	    (j + 5 == len || !is_digit(s[j + 5]))) {
		if (n + 4 >= 40)
			return false;
		memcpy(buf + n, s + j + 1, 4);
		n += 4;
		out->nint += 4;
		j += 5;
		out->grouped = true;
	}
	if (j + 1 < len && s[j] == '.' && is_digit(s[j + 1])) {
		buf[n++] = s[j++];
		while (j < len && is_digit(s[j])) {
			if (n >= 60)
				return false;
			buf[n++] = s[j++];
		}
		out->frac = true;
	}
	out->end = j;
	return zhen__dec_parse(&out->v, &out->prec, buf, n);
}

/* The end of the digit run at @p i, separators between digits included:
 * where the scan resumes when read_arabic() refuses a run (more than 40
 * digits). Resuming one digit later would read the run's tail as a
 * figure nobody wrote. */
static size_t digit_run_end(const char *s, size_t len, size_t i)
{
	while (i < len && (is_digit(s[i]) ||
	                   ((s[i] == ',' || s[i] == '.') && i > 0 &&
	                    is_digit(s[i - 1]) && i + 1 < len &&
	                    is_digit(s[i + 1]))))
		i++;
	return i;
}

/* ---- reading Chinese numerals ---- */

enum { TK_NUM, TK_UNIT, TK_MAG };

struct tok {
	int kind;
	zhen_decimal v;
	int32_t prec;
	int32_t exp;      /* TK_UNIT / TK_MAG */
	bool single;      /* one digit, no fraction: may be colloquial (三万五) */
	bool lead_zero;   /* 零… : a filler, never colloquial */
	bool zero_only;   /* just 零: 一千零十 multiplies 十 by one */
};

struct num {
	size_t a, b;
	zhen_decimal v;
	int32_t prec;
	bool digits;      /* ASCII digits written */
	bool mag;         /* a magnitude word (万, 亿, billion) */
	bool approx;      /* 十多万 */
	bool vague;       /* a couple (of thousand): a band */
	bool direct;      /* digit by digit: 二〇二四 */
	bool grouped;
	bool frac;
	bool lead_mag;    /* starts with 万/亿 */
	bool lead_unit;   /* starts with 百/千 (not 十) */
	int ncp;          /* code points of the numeral */
	int nint;         /* integer digits of a plain figure (years) */
	int ntok;
};

/* A unit (十百千, 拾佰仟) at @p i, or NULL. */
static const struct entry *zh_unit_at(const struct zhen__numbers_data *d,
                                      const char *s, size_t len, size_t i)
{
	return match_fwd(&d->t[TB_ZHNUM], s, len, i, LANG_ANY, 0, K_UNIT);
}

/* Whether a Han character other than a currency's last (人民币, 新台幣)
 * ends right before @p i: a word the character at @p i may belong to. */
static bool word_before(const char *s, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i < 3 || (u[i - 3] & 0xF0) != 0xE0)
		return false;
	uint32_t cp = (uint32_t)(u[i - 3] & 0x0F) << 12 |
	              (uint32_t)(u[i - 2] & 0x3F) << 6 | (u[i - 1] & 0x3F);
	return cp >= 0x4E00 && cp <= 0x9FFF && cp != 0x5E01 && cp != 0x5E63;
}

/* Whether a financial capital (dicts kind capital) is at @p i,
 * or ends right before it (@p before). */
static bool capctx_at(const struct zhen__numbers_data *d, const char *s,
                      size_t len, size_t i, bool before)
{
	const struct entry *e;
	if (before) {
		if (i == 0)
			return false;
		do
			i--;
		while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	}
	e = match_fwd(&d->t[TB_ZHNUM], s, len, i, LANG_ANY, 0, K_ZCTX);
	return e && e->val == ZC_CAPITAL;
}

static const struct entry *zh_char(const struct zhen__numbers_data *d,
                                   const char *s, size_t len, size_t i)
{
	static const struct entry three = { "叁", 3, K_DIGIT, 3, LANG_ANY, 0,
	                                    0, "", "", 0, 0 };
	const struct entry *e = match_fwd(&d->t[TB_ZHNUM], s, len, i,
	                                  LANG_ANY, 0, -1);
	if (e && e->kind == K_ZCTX && e->val == ZC_CAPDIGIT) {
		/* a capital before it (贰拾参); or, where an amount starts
		 * (not after a word: 丹参, 海参, 野山参), a capital unit after
		 * it (参拾) or a magnitude and then 元 or 整 (参万元整) */
		size_t j = i + e->len;
		const struct entry *m = match_fwd(&d->t[TB_ZHNUM], s, len, j,
		                                  LANG_ANY, 0, K_MAG);
		const struct entry *u = zh_unit_at(d, s, len, j);
		if (e->len != three.len)
			return NULL;
		if (capctx_at(d, s, len, i, true))
			return &three;
		if (word_before(s, i))
			return NULL;
		if ((u && capctx_at(d, s, len, j, false)) ||
		    (m && capctx_at(d, s, len, j + m->len, false) &&
		     !zh_unit_at(d, s, len, j + m->len)))
			return &three;
		return NULL;
	}
	if (e && e->kind > K_NEG)
		return NULL;
	/* 零下 is a minus only where a figure starts (read_zh() looks for
	 * it there); inside one, 二零一零下半年 is 2010 and its 零 a digit */
	if (e && e->kind == K_NEG && e->len > cp_len((unsigned char)s[i]))
		return match_fwd(&d->t[TB_ZHNUM], s, len, i, LANG_ANY, 0,
		                 K_DIGIT);
	return e;
}

static bool add_scaled(zhen_decimal *acc, zhen_decimal v, int32_t exp)
{
	return zhen__dec_add(acc, *acc, zhen__dec_scale(v, exp));
}

static int32_t imin(int32_t a, int32_t b) { return a < b ? a : b; }

/* Value of a token list, cn2an-style: units build a section below the
 * current magnitude; a magnitude larger than the last one multiplies all
 * that came before (一千万亿), a smaller one adds a lower section
 * (一亿五千万); a lone digit after a unit is colloquial (三万五 = 35000). */
static bool zh_eval(const struct tok *t, int n, zhen_decimal *out,
                    int32_t *prec)
{
	zhen_decimal total = { 0, 0 }, section = { 0, 0 };
	int32_t tprec = INT32_MAX, sprec = INT32_MAX;
	const struct tok *pend = NULL;
	int prev = -1, pend_prev = -1;
	int32_t prev_exp = 0, pend_prev_exp = 0;
	int last_mag = -1;
	bool zero_after_mag = false;

	for (int i = 0; i < n; i++) {
		const struct tok *k = &t[i];
		switch (k->kind) {
		case TK_NUM:
			if (pend)
				return false;
			if (k->lead_zero || k->zero_only)
				zero_after_mag = true;
			pend = k;
			pend_prev = prev;
			pend_prev_exp = prev_exp;
			break;
		case TK_UNIT: {
			zhen_decimal m = { 1, 0 };
			int32_t p = k->exp;
			if (pend && !pend->zero_only) {
				m = pend->v;
				p = pend->prec + k->exp;
			}
			if (!add_scaled(&section, m, k->exp))
				return false;
			sprec = imin(sprec, p);
			pend = NULL;
			break;
		}
		case TK_MAG: {
			zhen_decimal x = section;
			int32_t xp = sprec;
			if (pend) {
				/* 8千3万 = 8300万, like 三万五 */
				int32_t e = pend->single && !pend->lead_zero &&
				            pend_prev == TK_UNIT && pend_prev_exp >= 1
				            ? pend_prev_exp - 1 : 0;
				if (!add_scaled(&x, pend->v, e))
					return false;
				xp = imin(xp, pend->prec + e);
			}
			if (xp == INT32_MAX) {
				/* 万亿: nothing new below this magnitude */
				if (!total.coef)
					x = (zhen_decimal){ 1, 0 };
				xp = 0;
			}
			if (last_mag >= 0 && k->exp >= last_mag) {
				if (!zhen__dec_add(&total, total, x))
					return false;
				total = zhen__dec_scale(total, k->exp);
				tprec = imin(tprec, xp) + k->exp;
			} else {
				if (!add_scaled(&total, x, k->exp))
					return false;
				tprec = imin(tprec, xp + k->exp);
			}
			section = (zhen_decimal){ 0, 0 };
			sprec = INT32_MAX;
			pend = NULL;
			last_mag = k->exp;
			zero_after_mag = false;
			break;
		}
		default:
			return false;
		}
		prev = k->kind;
		prev_exp = k->exp;
	}
	if (pend) {
		int32_t e = 0;
		if (pend->single && !pend->lead_zero &&
		    (pend_prev == TK_UNIT || pend_prev == TK_MAG) &&
		    pend_prev_exp >= 1)
			e = pend_prev_exp - 1;
		if (!add_scaled(&section, pend->v, e))
			return false;
		sprec = imin(sprec, pend->prec + e);
	} else if (last_mag >= 8 && prev == TK_UNIT && !zero_after_mag &&
	           section.coef > 0 &&
	           zhen__dec_cmp(section, (zhen_decimal){ 1, 4 }) < 0) {
		/* 两亿四千 is 2.4亿 with 万 left unsaid, as 三万五 leaves 千:
		 * a gap below 亿 is written with 零 (两亿零四千) */
		section = zhen__dec_scale(section, last_mag - 4);
		sprec += last_mag - 4;
	}
	if (!zhen__dec_add(out, total, section))
		return false;
	*prec = imin(tprec, sprec);
	if (*prec == INT32_MAX)
		*prec = 0;
	return true;
}

/* Characters after a numeral that belong to a unit word, not to the
 * numeral: 兆瓦 (MW), 千瓦 (kW), 百分点, 百分之. */
static bool unit_word_at(const struct zhen__numbers_data *d, const char *s,
                         size_t len, size_t i)
{
	const struct entry *u = match_fwd(&d->t[TB_UNIT], s, len, i,
	                                  ZHEN_LANG_ZH, 0, -1);
	if (u && u->len > 3)
		return true;
	return match_fwd(&d->t[TB_ZHNUM], s, len, i, LANG_ANY, 0,
	                 K_PCTPRE) != NULL;
}

/* Read a Chinese (or mixed: 1.7亿, 5千4百万) numeral at @p i. */
static bool read_zh(const struct zhen__numbers_data *d, const char *s,
                    size_t len, size_t i, struct num *out)
{
	struct tok t[48];
	int n = 0;
	size_t p = i;
	bool neg = false;
	int32_t sec_unit = 99; /* units fall within a section: 千 > 百 > 十 */

	memset(out, 0, sizeof *out);
	out->a = i;
	while (p < len && n < 48) {
		if (is_digit(s[p])) {
			struct arabic ar;
			if (n && t[n - 1].kind == TK_NUM)
				break;
			if (!read_arabic(s, len, p, &ar))
				return false;
			t[n++] = (struct tok){ TK_NUM, ar.v, ar.prec, 0,
			                       ar.nint == 1 && !ar.frac,
			                       false, false };
			out->digits = true;
			out->grouped = ar.grouped;
			out->frac = ar.frac;
			out->nint = ar.nint;
			out->ncp += (int)(ar.end - p);
			p = ar.end;
			/* "1,000 万份": machine-spaced text puts a space
			 * between the digits and the magnitude */
			if (p + 1 < len && s[p] == ' ') {
				const struct entry *m = zh_char(d, s, len, p + 1);
				if (m && (m->kind == K_MAG ||
				          (m->kind == K_UNIT && m->val >= 2)) &&
				    !unit_word_at(d, s, len, p + 1))
					p++;
			}
			continue;
		}
		/* 5 千 4 百萬: spaced figures continue after a unit */
		if (s[p] == ' ' && n && t[n - 1].kind != TK_NUM &&
		    p + 1 < len && is_digit(s[p + 1])) {
			p++;
			continue;
		}
		const struct entry *e = zh_char(d, s, len, p), *ng;
		if (!n && (ng = match_fwd(&d->t[TB_ZHNUM], s, len, p, LANG_ANY,
		                          0, K_NEG)))
			e = ng;
		if (!e)
			break;
		if (e->kind == K_NEG) {
			const struct entry *nx;
			size_t q = p + e->len;
			if (n || q >= len)
				break;
			/* 零下 12 度: spaced digits are spaced from it too */
			if (s[q] == ' ' && q + 1 < len && is_digit(s[q + 1]))
				q++;
			nx = zh_char(d, s, len, q);
			if (!is_digit(s[q]) &&
			    (!nx || (nx->kind != K_DIGIT && nx->kind != K_UNIT)))
				break;
			neg = true;
			out->ncp += 1 + (int)(q - p - e->len);
			p = q;
			continue;
		}
		if (e->kind == K_POINT) {
			/* 一百点123: a fraction after a unit */
			char buf[48];
			size_t m = 0, q = p + e->len;
			if (n && t[n - 1].kind == TK_NUM)
				break;
			buf[m++] = '0';
			buf[m++] = '.';
			while (q < len && m < 40) {
				const struct entry *f = zh_char(d, s, len, q);
				if (is_digit(s[q])) {
					buf[m++] = s[q++];
					out->digits = true;
				} else if (f && f->kind == K_DIGIT) {
					buf[m++] = (char)('0' + f->val);
					q += f->len;
				} else {
					break;
				}
			}
			if (m == 2 || !n)
				break;
			struct tok k = { TK_NUM, { 0, 0 }, 0, 0, false, true, false };
			if (!zhen__dec_parse(&k.v, &k.prec, buf, m))
				return false;
			t[n++] = k;
			out->frac = true;
			out->ncp += (int)(m - 1);
			p = q;
			continue;
		}
		if (e->kind == K_DIGIT) {
			char buf[64];
			size_t m = 0, q = p;
			bool point = false;
			int nd = 0;
			if (n && t[n - 1].kind == TK_NUM)
				break;
			while (q < len && m < 60) {
				const struct entry *f = zh_char(d, s, len, q);
				if (f && f->kind == K_DIGIT) {
					buf[m++] = (char)('0' + f->val);
					q += f->len;
					nd += !point;
				} else if (f && f->kind == K_POINT && !point &&
				           q + f->len < len) {
					const struct entry *g =
						zh_char(d, s, len, q + f->len);
					if (!g || g->kind != K_DIGIT)
						break;
					buf[m++] = '.';
					q += f->len;
					point = true;
				} else {
					break;
				}
				out->ncp++;
			}
			struct tok k = { TK_NUM, { 0, 0 }, 0, 0,
			                 m == 1, buf[0] == '0' && m > 1,
			                 m == 1 && buf[0] == '0' };
			if (!zhen__dec_parse(&k.v, &k.prec, buf, m))
				return false;
			if (nd > 1)
				out->direct = true;
			if (point)
				out->frac = true;
			out->nint = nd;
			t[n++] = k;
			p = q;
			continue;
		}
		if (e->kind == K_ZTENS) {
			/* 廿五 reads as 二十五 */
			if ((n && t[n - 1].kind == TK_NUM) || n + 2 > 48 ||
			    sec_unit <= 1)
				break;
			t[n++] = (struct tok){ TK_NUM, { e->val / 10, 0 }, 0, 0,
			                       true, false, false };
			t[n++] = (struct tok){ TK_UNIT, { 0, 0 }, 0, 1, false,
			                       false, false };
			sec_unit = 1;
			out->ncp++;
			p += e->len;
			continue;
		}
		/* unit or magnitude */
		if (unit_word_at(d, s, len, p))
			break;
		/* 十一十二 is two numbers, not one */
		if (e->kind == K_UNIT && e->val >= sec_unit)
			break;
		sec_unit = e->kind == K_UNIT ? e->val : 99;
		if (!n) {
			out->lead_mag = e->kind == K_MAG;
			out->lead_unit = e->kind == K_UNIT && e->val > 1;
		}
		t[n++] = (struct tok){ e->kind == K_MAG ? TK_MAG : TK_UNIT,
		                       { 0, 0 }, 0, e->val, false, false, false };
		if (e->kind == K_MAG)
			out->mag = true;
		out->ncp++;
		p += e->len;
		/* 十多万, 30余亿: an approximator inside the numeral */
		const struct entry *ap = match_fwd(&d->t[TB_APPROX], s, len, p,
		                                   ZHEN_LANG_ZH, POS_POST, -1);
		if (ap) {
			const struct entry *m = zh_char(d, s, len, p + ap->len);
			if (m && m->kind == K_MAG) {
				out->approx = true;
				p += ap->len;
			}
		}
	}
	if (!n)
		return false;
	/* 30多亿 after digits */
	out->ntok = n;
	if (!zh_eval(t, n, &out->v, &out->prec))
		return false;
	if (neg)
		out->v.coef = -out->v.coef;
	out->b = p;
	return true;
}

/* ---- the scan ---- */

struct scan {
	zhen_ctx *ctx;
	const struct zhen__numbers_data *d;
	const char *s;
	size_t len;
	const size_t *map;  /* NULL: cpoff/cpsrc, or else the identity */
	/* The source offset of each code point (cpsrc) at its offset in s
	 * (cpoff), ncp + 1 of each: a Chinese text keeps these instead of
	 * a map entry per byte. */
	const size_t *cpoff, *cpsrc;
	size_t ncp;
	size_t base;
	int lang;
	struct zhen_quantities *out;
	size_t *aoff;      /* analysis offsets [2k], [2k+1] of quantity k */
	size_t aoff_cap;
	size_t lo;         /* end of the last quantity: look-back stops here */
	zhen_convert_mode conv; /* NONE: Simplified, or nothing around the
	                           figures converted */
	const struct entry *bare; /* the Chinese sign of many currencies (元)
	                             post_once() read last, or NULL */
	bool daypart;      /* zh_time() read a part of the day (下午) */
};

/* The source offset of s[a]: of the code point that contains it, as
 * zhen__text's map gives it. */
static size_t src_at(const struct scan *sc, size_t a)
{
	if (sc->map)
		return sc->map[a];
	if (!sc->cpoff)
		return a;
	size_t lo = 0, hi = sc->ncp;
	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2;
		if (sc->cpoff[mid] <= a)
			lo = mid;
		else
			hi = mid - 1;
	}
	return sc->cpsrc[lo];
}

static int emit(struct scan *sc, size_t a, size_t b, zhen_quantity *q)
{
	int rc;
	q->start = src_at(sc, a) + sc->base;
	q->end = src_at(sc, b) + sc->base;
	if (sc->out->n * 2 + 2 > sc->aoff_cap) {
		size_t nc = sc->aoff_cap ? sc->aoff_cap * 2 : 32;
		size_t *p = realloc(sc->aoff, nc * sizeof *p);
		if (!p)
			return ZHEN_ENOMEM;
		sc->aoff = p;
		sc->aoff_cap = nc;
	}
	sc->aoff[sc->out->n * 2] = a;
	sc->aoff[sc->out->n * 2 + 1] = b;
	if ((rc = zhen__quantities_push(sc->out, q)) < 0)
		return rc;
	sc->lo = b;
	return 0;
}

static void set_code(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = 0;
}

static bool small_int(zhen_decimal v, int64_t lo, int64_t hi, int64_t *out)
{
	int64_t x = v.coef;
	if (v.exp < 0 || v.exp > 4)
		return false;
	/* an 18-digit coefficient times 10^4 would overflow: such a value is
	 * out of any small range anyway */
	if (x > INT64_MAX / 10000 || x < -(INT64_MAX / 10000))
		return false;
	for (int i = 0; i < v.exp; i++)
		x *= 10;
	if (x < lo || x > hi)
		return false;
	*out = x;
	return true;
}

/* Skip one ASCII space. */
static size_t sp(const char *s, size_t len, size_t i)
{
	return i < len && s[i] == ' ' ? i + 1 : i;
}

/* Put currency entry @p c on @p q. A Chinese sign with other meanings
 * (元, 圆) is 人民币 in Simplified text; in Taiwan's or Hong Kong's text it
 * is the region's dollar (tw2s: 新台币, hk2s: 港元); in Traditional text of
 * no known region it is any of them (Traditional is written in Taiwan,
 * Hong Kong and Macao, not where 人民币 is): ambiguous, the one place
 * where the two scripts do not read alike. */
static void set_currency(const struct scan *sc, zhen_quantity *q,
                         const struct entry *c)
{
	const char *code = c->code;
	bool alt = c->alt[0] != 0;
	if (alt && c->lang == ZHEN_LANG_ZH) {
		if (sc->conv == ZHEN_CONVERT_NONE)
			alt = false;
		else if (sc->conv == ZHEN_CONVERT_TW2S) {
			code = "TWD";
			alt = false;
		} else if (sc->conv == ZHEN_CONVERT_HK2S) {
			code = "HKD";
			alt = false;
		}
	}
	set_code(q->currency, sizeof q->currency, code);
	q->flags &= ~ZHEN_QF_CUR_AMBIGUOUS;
	q->currency_alt[0] = 0;
	if (alt) {
		q->flags |= ZHEN_QF_CUR_AMBIGUOUS;
		set_code(q->currency_alt, sizeof q->currency_alt, c->alt);
	}
	q->kind = ZHEN_Q_MONEY;
}

/* Currency and approximator before a number starting at @p a. Returns
 * the new start of the span (the approximator is not part of it). */
static size_t pre_context(struct scan *sc, size_t a, zhen_quantity *q,
                          bool *cur)
{
	const struct zhen__numbers_data *d = sc->d;
	size_t start = a, k = a;
	const struct entry *c;

	*cur = false;
	if (k > sc->lo && sc->s[k - 1] == ' ')
		k--;
	c = match_back(&d->t[TB_CUR], sc->s, k, sc->lo, sc->lang, POS_PRE, -1);
	if (!c && k != a)
		k = a;
	if (c) {
		start = k - c->len;
		k = start;
		set_currency(sc, q, c);
		*cur = true;
	}
	size_t k2 = k;
	if (k2 > sc->lo && sc->s[k2 - 1] == ' ')
		k2--;
	const struct entry *ap = match_back(&d->t[TB_APPROX], sc->s, k2,
	                                    sc->lo, sc->lang, POS_PRE, -1);
	/* 数 before digits is no band: 人数12,345人 counts people */
	if (ap && (ap->pos & POS_BAND) && is_digit(sc->s[a]))
		ap = NULL;
	if (ap && (sc->lang == ZHEN_LANG_ZH || k2 != k)) {
		q->flags |= ZHEN_QF_APPROX;
		/* 数十, 几千: a band, not a hedged figure */
		if (ap->pos & POS_BAND)
			q->flags |= ZHEN_QF_VAGUE;
	}
	return start;
}

/* Whether @p t (a dictionary text) occurs in @p s, at word boundaries
 * when it starts or ends with a letter or digit. */
static bool text_in(const char *s, size_t len, const char *t, size_t n)
{
	for (size_t i = 0; n && i + n <= len; i++)
		if (eq_ci(s + i, t, n) &&
		    (!is_alnum(t[0]) || i == 0 || !is_alnum(s[i - 1])) &&
		    (!is_alnum(t[n - 1]) || i + n == len || !is_alnum(s[i + n])))
			return true;
	return false;
}

/* A word that is both a unit and a currency (pounds: lb or GBP) at @p at,
 * unit entry @p u: money when the currency reading is longer (pounds
 * sterling), when the figure has a magnitude word (5 million pounds — a
 * weight that large is "5 million pounds of" something), or when the
 * sentence writes the currency another way (£, GBP, sterling). Otherwise
 * a weight: 20 pounds of rice, a 10-pound baby. */
static bool unit_is_money(struct scan *sc, size_t at, const struct entry *u,
                          const zhen_quantity *q)
{
	const struct table *ct = &sc->d->t[TB_CUR];
	const char *s = sc->s;
	size_t len = sc->len, e = at + u->len;
	const struct entry *c = match_fwd(ct, s, len, at, sc->lang, POS_POST,
	                                  -1);
	if (!c)
		return false;
	if (c->len > u->len)
		return true;
	if ((q->flags & ZHEN_QF_MAGNITUDE) &&
	    !(e + 3 <= len && s[e] == ' ' && eq_ci(s + e + 1, "of", 2) &&
	      (e + 3 == len || !is_alnum(s[e + 3]))))
		return true;
	for (size_t k = 0; k < ct->n; k++) {
		const struct entry *x = &ct->e[k];
		const struct entry *xu;
		if (strcmp(x->code, c->code) || x->lang == ZHEN_LANG_ZH)
			continue;
		/* the ambiguous words themselves are no evidence */
		xu = match_fwd(&sc->d->t[TB_UNIT], x->text, x->len, 0,
		               sc->lang, 0, -1);
		if (xu && xu->len == x->len)
			continue;
		if (text_in(s, len, x->text, x->len))
			return true;
	}
	return false;
}

/* One thing right after a number: percent, points, a unit, a counter or
 * a currency. Returns the end of the span (@p j when nothing, or for a
 * counter, which is not part of the quantity); *strong says whether it
 * makes a lone 一 a number. */
static size_t post_once(struct scan *sc, size_t j, zhen_quantity *q,
                        bool have_cur, bool *strong)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, k = sp(s, len, j);
	bool en = sc->lang == ZHEN_LANG_EN;
	const struct entry *u, *c;

	if (j < len && s[j] == '%') {
		q->kind = ZHEN_Q_PERCENT;
		*strong = true;
		return j + 1;
	}
	u = match_fwd(&d->t[TB_UNIT], s, len, j, sc->lang, 0, -1);
	/* "21percent" is not English, but "5km" is */
	if (u && en && is_alpha(u->text[0]) && u->kind != U_MEASURE)
		u = NULL;
	size_t ua = j;
	/* an eight-year plan, a 10-km walk, a 25-basis-point cut */
	if (!u && en && k == j && j + 1 < len && s[j] == '-' &&
	    is_alpha(s[j + 1]) &&
	    ((u = match_fwd(&d->t[TB_UNIT], s, len, j + 1, sc->lang, 0,
	                    U_MEASURE)) ||
	     (u = match_fwd(&d->t[TB_UNIT], s, len, j + 1, sc->lang, 0,
	                    U_POINTS)) ||
	     (u = match_fwd(&d->t[TB_UNIT], s, len, j + 1, sc->lang, 0,
	                    U_BP))))
		ua = j + 1;
	if (!u && k != j) {
		u = match_fwd(&d->t[TB_UNIT], s, len, k, sc->lang, 0, -1);
		ua = k;
	}
	if (u && en && u->kind == U_MEASURE && ua != j &&
	    unit_is_money(sc, ua, u, q))
		u = NULL;
	/* 15x is fifteen times; "3 x 4" multiplies */
	if (u && u->len == 1 && u->text[0] == 'x' && ua != j)
		u = NULL;
	/* "US$5 m" is no length */
	if (u && en && u->len == 1 && u->text[0] == 'm' && q->currency[0])
		u = NULL;
	if (u) {
		*strong = true;
		switch (u->kind) {
		case U_PERCENT: q->kind = ZHEN_Q_PERCENT; return ua + u->len;
		case U_POINTS: q->kind = ZHEN_Q_POINTS; return ua + u->len;
		case U_BP:
			/* 25 bps = 0.25 percentage points */
			q->kind = ZHEN_Q_POINTS;
			q->value = zhen__dec_scale(q->value, -2);
			q->precision -= 2;
			return ua + u->len;
		case U_ORDINAL: q->kind = ZHEN_Q_ORDINAL; return ua + u->len;
		case U_QUARTER:
			q->kind = ZHEN_Q_ORDINAL;
			set_code(q->unit, sizeof q->unit, "quarter");
			return ua + u->len;
		case U_COUNTER:
			q->flags |= u->flags | ZHEN_QF_MEASURED;
			return j;
		default:
			/* 第三天 is the third day, not three days */
			if (q->kind == ZHEN_Q_ORDINAL)
				return j;
			/* 9008 年 is a calendar year slipped (2008 年), which
			 * compare finds as a value error only between years
			 * and figures, not as years of duration */
			int64_t yy;
			if (!strcmp(u->code, "year") &&
			    small_int(q->value, 1000, 9999, &yy) &&
			    q->value.exp >= 0)
				return j;
			set_code(q->unit, sizeof q->unit, u->code);
			return ua + u->len;
		}
	}
	size_t ca = en || (j > 0 && is_digit(s[j - 1])) ? k : j;
	c = match_fwd(&d->t[TB_CUR], s, len, ca, sc->lang, POS_POST, -1);
	if (c && en && ca == j && is_alpha(c->text[0]))
		c = NULL;
	if (c) {
		*strong = true;
		if (!have_cur) {
			set_currency(sc, q, c);
			if (c->alt[0] && c->lang == ZHEN_LANG_ZH)
				sc->bare = c;
		}
		return ca + c->len;
	}
	return j;
}

/* post_once, or an approximator (左右, 多) and then post_once: 100多人. */
static size_t post_context(struct scan *sc, size_t j, zhen_quantity *q,
                           bool have_cur, bool *strong)
{
	bool en = sc->lang == ZHEN_LANG_EN;
	size_t r = post_once(sc, j, q, have_cur, strong), a;
	const struct entry *ap;

	if (r != j || *strong)
		return r;
	/* machine-spaced Chinese puts a space after the digits too:
	 * 1,600 多公里, 90 幾度 */
	a = en || (j > 0 && is_digit(sc->s[j - 1])) ? sp(sc->s, sc->len, j) : j;
	ap = match_fwd(&sc->d->t[TB_APPROX], sc->s, sc->len, a, sc->lang,
	               POS_POST, -1);
	if (!ap || (en && a == j))
		return j;
	a += ap->len;
	r = post_once(sc, a, q, have_cur, strong);
	if ((ap->pos & POS_MEASURE) && r == a && !*strong)
		return j;
	q->flags |= ZHEN_QF_APPROX;
	return r == a ? j : r;
}

/* The typographic minus U+2212 right before the figure at @p p (−5%,
 * as financial reports set it), not inside a word: its length, or 0.
 * Unicode folding is not the place: NFKC leaves U+2212 alone too. */
static size_t minus_sign(const struct scan *sc, size_t p)
{
	const unsigned char *u = (const unsigned char *)sc->s;
	if (p < sc->lo + 3 || u[p - 3] != 0xE2 || u[p - 2] != 0x88 ||
	    u[p - 1] != 0x92)
		return 0;
	return p - 3 == sc->lo || !is_alnum(sc->s[p - 4]) ? 3 : 0;
}

/* 2024-10-22 at @p i (year 1000-2999, two-digit month and day, not part
 * of a longer run such as 2024-10-22-3): YYYYMMDD with *end after it, or
 * 0. Month and day are kept as written, 2024-13-40 too: a slip the other
 * side's date shows as a value error. */
static int64_t iso_date(const struct scan *sc, size_t i, size_t *end)
{
	const char *s = sc->s;
	size_t len = sc->len, k = i;
	int64_t v = 0;

	if (i > sc->lo && (is_alnum(s[i - 1]) || s[i - 1] == '-' ||
	                   s[i - 1] == '.'))
		return 0;
	for (int part = 0; part < 3; part++) {
		size_t want = part ? 2 : 4;
		for (size_t x = 0; x < want; x++, k++) {
			if (k >= len || !is_digit(s[k]))
				return 0;
			v = v * 10 + (s[k] - '0');
		}
		if (part < 2 && (k >= len || s[k++] != '-'))
			return 0;
	}
	if (k < len && (is_alnum(s[k]) || s[k] == '-' ||
	                ((s[k] == '.' || s[k] == ',') && k + 1 < len &&
	                 is_digit(s[k + 1]))))
		return 0;
	if (v / 10000 < 1000 || v / 10000 > 2999)
		return 0;
	*end = k;
	return v;
}

/* A version of three parts or more (2.3.1, 10.0.19041): a name, not a
 * figure and a fraction. */
static bool version_at(const struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t len = sc->len, k = p;
	int parts = 0;
	if (p > 0 && (is_alnum(s[p - 1]) || s[p - 1] == '.'))
		return false;
	for (;;) {
		size_t d = k;
		while (k < len && is_digit(s[k]))
			k++;
		if (k == d)
			return false;
		parts++;
		if (k + 1 < len && s[k] == '.' && is_digit(s[k + 1]))
			k++;
		else
			break;
	}
	return parts >= 3;
}

/* A code written with leading zeros (stock code 00020, 0700.HK): four
 * digits or more from a 0, compared literally as an identifier, never as
 * the amount 20. Zone times (0230 UTC) are read before. */
static bool zero_code(const struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t len = sc->len, k = p;
	const struct entry *e;

	if (p > sc->lo && (is_alnum(s[p - 1]) || s[p - 1] == '.' ||
	                   s[p - 1] == ','))
		return false;
	while (k < len && is_digit(s[k]))
		k++;
	/* 600519.SH, 2330.TW: a stock code by its exchange's suffix
	 * (dicts/en_number_words.tsv ident, value 1) */
	if (k - p >= 4 && k + 2 < len && s[k] == '.' &&
	    (e = match_fwd(&sc->d->t[TB_ENW], s, len, k + 1, LANG_ANY, 0,
	                   K_IDENTPRE)) && e->val == 1 &&
	    !memcmp(s + k + 1, e->text, e->len))
		return true;
	/* 贵州茅台（600519）: six digits alone in brackets are an A-share
	 * code */
	if (k - p == 6 && p > sc->lo && s[p - 1] == '(' && k < len &&
	    s[k] == ')')
		return true;
	return s[p] == '0' && k - p >= 4 &&
	       !(k + 1 < len && (s[k] == '.' || s[k] == ',') &&
	         is_digit(s[k + 1]));
}

/* ---- identifiers (GPT-4, A100, COVID-19, 5G, AI 2.0) ---- */

/* The year of two or four digits at s[a, b) (24 is 2024, 99 is 1999),
 * or 0. */
static int64_t short_year(const char *s, size_t a, size_t b)
{
	int64_t y = 0;
	if (b - a != 2 && b - a != 4)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (!is_digit(s[k]))
			return 0;
		y = y * 10 + (s[k] - '0');
	}
	/* FY99 is 1999, 1Q24 2024 */
	return b - a == 2 ? (y >= 50 ? 1900 : 2000) + y
	                  : (y >= 1900 && y <= 2199 ? y : 0);
}

/* Analysts' period codes, which a translation writes out (1Q24 is
 * 2024年第一季度, 2H23 2023年下半年, FY23 2023财年): 1Q24 as the first
 * quarter (span 1Q) and the year 2024 (span 24), FY2023 as that year,
 * 1QFY24 as both; a split fiscal year (FY2023/24, FY2023-24) as the
 * range of its two years, as 2023/24财年 reads. 1 when emitted (*b is
 * then the end), 0 when s[a, *b) is no such code, or a negative error. */
static int period_code(struct scan *sc, size_t a, size_t *b)
{
	const char *s = sc->s;
	zhen_quantity q;
	int rc;
	int64_t y, y2 = 0;
	size_t k = a, e, e2 = 0;

	memset(&q, 0, sizeof q);
	if (*b - a >= 4 && s[a] >= '1' && s[a] <= '4' &&
	    (s[a + 1] == 'Q' || (s[a + 1] == 'H' && s[a] <= '2'))) {
		k = a + 2;
		if (*b - k > 2 && s[k] == 'F' && s[k + 1] == 'Y')
			k += 2;
		if (!short_year(s, k, *b))
			return 0;
		q.kind = ZHEN_Q_ORDINAL;
		q.value = zhen__dec(s[a] - '0', 0);
		set_code(q.unit, sizeof q.unit, s[a + 1] == 'Q' ? "quarter" : "half");
		if ((rc = emit(sc, a, a + 2, &q)) < 0)
			return rc;
		memset(&q, 0, sizeof q);
	} else if (*b - a >= 4 && s[a] == 'F' && s[a + 1] == 'Y') {
		k = a + 2;
	}
	if (k == a)
		return 0;
	for (e = k; e < *b && is_digit(s[e]); e++)
		;
	if (!(y = short_year(s, k, e)))
		return 0;
	if (s[a] == 'F' && e < sc->len && (s[e] == '/' || s[e] == '-')) {
		for (e2 = e + 1; e2 < sc->len && is_digit(s[e2]); e2++)
			;
		y2 = e2 < sc->len && is_alnum(s[e2]) ? 0
		                                     : short_year(s, e + 1, e2);
		if (y2 && y2 < y) /* FY2099/00 */
			y2 += 100;
		if (y2 != y + 1)
			y2 = 0;
	}
	if (e != *b && !y2)
		return 0;
	q.kind = ZHEN_Q_YEAR;
	q.value = zhen__dec(y, 0);
	q.flags = y2 ? ZHEN_QF_RANGE : 0;
	if ((rc = emit(sc, s[a] == 'F' ? a : k, e, &q)) < 0)
		return rc;
	*b = e;
	if (y2) {
		q.value = zhen__dec(y2, 0);
		if ((rc = emit(sc, e + 1, e2, &q)) < 0)
			return rc;
		*b = e2;
	}
	return 1;
}

static int emit_ident(struct scan *sc, size_t a, size_t digit, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, b = digit;
	struct arabic ar;
	zhen_quantity q;
	int rc;

	while (b < len && (is_alnum(s[b]) ||
	                   ((s[b] == '-' || s[b] == '.') && b + 1 < len &&
	                    is_alnum(s[b + 1]))))
		b++;
	memset(&q, 0, sizeof q);
	q.kind = ZHEN_Q_IDENT;
	if (read_arabic(s, len, digit, &ar)) {
		q.value = ar.v;
		q.precision = ar.prec;
		if (ar.end > b)
			b = ar.end;
	}
	/* The literal is what must reappear: keep it where compare can
	 * see it (truncated to the field). */
	size_t n = b - a < sizeof q.unit - 1 ? b - a : sizeof q.unit - 1;
	memcpy(q.unit, s + a, n);
	if ((rc = period_code(sc, a, &b)) != 0) {
		*next = b;
		return rc < 0 ? rc : 0;
	}
	if (b - a == 2 && (s[a] == 'Q' || s[a] == 'H') && s[a + 1] >= '1' &&
	    s[a + 1] <= (s[a] == 'Q' ? '4' : '2')) {
		/* Q3, H1: the third quarter, the first half */
		q.kind = ZHEN_Q_ORDINAL;
		q.value = zhen__dec(s[a + 1] - '0', 0);
		q.precision = 0;
		set_code(q.unit, sizeof q.unit, s[a] == 'Q' ? "quarter" : "half");
	}
	*next = b;
	return emit(sc, a, b, &q);
}

/* Where an identifier around the digits at @p p starts, or (size_t)-1. */
static size_t ident_start(struct scan *sc, size_t p)
{
	const char *s = sc->s;
	size_t a = p;
	const struct entry *e;

	/* RMB3.4bn, USD6bn: a currency code, not an identifier */
	if (match_back(&sc->d->t[TB_CUR], s, p, sc->lo, sc->lang, POS_PRE, -1))
		return (size_t)-1;
	/* N+2, T+1: a formula, compared literally */
	if (p > sc->lo + 1 && s[p - 1] == '+' && is_alpha(s[p - 2]) &&
	    (p - 2 == sc->lo || !is_alnum(s[p - 3])))
		return p - 2;
	if (p > sc->lo && (is_alpha(s[p - 1]) ||
	                   (s[p - 1] == '-' && p - 1 > sc->lo &&
	                    is_alpha(s[p - 2])))) {
		while (a > sc->lo && (is_alnum(s[a - 1]) ||
		                      (s[a - 1] == '-' && a - 1 > sc->lo &&
		                       is_alnum(s[a - 2]))))
			a--;
		return a;
	}
	if (p > sc->lo + 1 && s[p - 1] == ' ' &&
	    (e = match_back(&sc->d->t[TB_ENW], s, p - 1, sc->lo, LANG_ANY, 0,
	                    K_IDENTPRE)) && e->val == 0 &&
	    !memcmp(s + p - 1 - e->len, e->text, e->len))
		return p - 1 - e->len;
	return (size_t)-1;
}

/* The end of a dimension's "x" at @p k (x, X or ×, spaces around it
 * allowed; " by " in English) when a digit follows, else @p k. */
static size_t dim_sep(const struct scan *sc, size_t k)
{
	const char *s = sc->s;
	size_t len = sc->len, a = sp(s, len, k), b;
	if (a < len && (s[a] == 'x' || s[a] == 'X'))
		b = a + 1;
	else if (a + 1 < len && (unsigned char)s[a] == 0xC3 &&
	         (unsigned char)s[a + 1] == 0x97)
		b = a + 2;
	else if (sc->lang == ZHEN_LANG_EN && a != k && a + 3 < len &&
	         s[a] == 'b' && s[a + 1] == 'y' && s[a + 2] == ' ')
		b = a + 2;
	else
		return k;
	b = sp(s, len, b);
	return b < len && is_digit(s[b]) ? b : k;
}

/* 36x24mm, 6 x 6 cm, 56×56 mm, 36 by 24 mm: two or three figures of one
 * size, each in the unit written after the last (read as an identifier,
 * or as 36 and 24 mm, the first figure matched no side's). A unit must
 * follow: 4x4 stays a name. 1 when emitted, 0 when no dimension. */
static int dims_at(struct scan *sc, size_t i, size_t *next)
{
	const char *s = sc->s;
	size_t len = sc->len, at[3], p = i, n = 0, k, ua;
	struct arabic ar[3];
	const struct entry *u;
	int rc;

	if (i > 0 && (is_alnum(s[i - 1]) || s[i - 1] == '.' ||
	              s[i - 1] == '-'))
		return 0;
	for (;;) {
		if (!read_arabic(s, len, p, &ar[n]) || ar[n].grouped)
			return 0;
		at[n++] = p;
		k = dim_sep(sc, ar[n - 1].end);
		if (k == ar[n - 1].end)
			break;
		if (n == 3)
			return 0;
		/* "in 2019 by 5 km": a year and a change, not a size */
		if (ar[n - 1].nint == 4 && !ar[n - 1].frac &&
		    s[ar[n - 1].end] == ' ')
			return 0;
		p = k;
	}
	if (n < 2)
		return 0;
	k = ar[n - 1].end;
	ua = k;
	u = match_fwd(&sc->d->t[TB_UNIT], s, len, k, sc->lang, 0, U_MEASURE);
	if (!u && sp(s, len, k) != k) {
		ua = k + 1;
		u = match_fwd(&sc->d->t[TB_UNIT], s, len, ua, sc->lang, 0,
		              U_MEASURE);
	}
	if (!u)
		return 0;
	for (size_t m = 0; m < n; m++) {
		zhen_quantity q;
		memset(&q, 0, sizeof q);
		q.kind = ZHEN_Q_NUMBER;
		q.value = ar[m].v;
		q.precision = ar[m].prec;
		set_code(q.unit, sizeof q.unit, u->code);
		if ((rc = emit(sc, at[m], m + 1 < n ? ar[m].end : ua + u->len,
		               &q)) < 0)
			return rc;
	}
	*next = ua + u->len;
	return 1;
}

/* Letters glued to digits: a unit (5km), a magnitude (1.1bn, $600m), an
 * ordinal suffix (10th) — or else an identifier (5G). Returns the end, or
 * @p j when the letters make an identifier. */
/* glued()'s *magexp for basis points: not a magnitude (still < 0), the
 * figure is hundredths of a point */
enum { GLUED_BP = -2 };

/* Scale @p q by glued()'s or a magnitude word's *magexp: a magnitude
 * (1.1bn), hundredths for basis points, or nothing (< 0). */
static void scale_by(zhen_quantity *q, int magexp)
{
	if (magexp == GLUED_BP) {
		q->value = zhen__dec_scale(q->value, -2);
		q->precision -= 2;
	} else if (magexp >= 0) {
		q->value = zhen__dec_scale(q->value, magexp);
		q->precision += magexp;
		q->flags |= ZHEN_QF_MAGNITUDE;
	}
}

static size_t glued(struct scan *sc, size_t j, zhen_quantity *q, int *magexp,
                    bool *ordinal)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, w = j;
	const struct entry *e;

	while (w < len && is_alpha(s[w]))
		w++;
	e = match_fwd(&d->t[TB_UNIT], s, len, j, LANG_ANY, 0, U_MEASURE);
	/* glued, m is million ($600m); spaced, metres (5,000 m) */
	for (size_t k = 0; e && k < d->t[TB_MAG].n; k++)
		if ((d->t[TB_MAG].e[k].pos & ATT_GLUED) &&
		    d->t[TB_MAG].e[k].len == e->len &&
		    eq_ci(e->text, d->t[TB_MAG].e[k].text, e->len))
			e = NULL;
	if (e && (j + e->len >= len || !is_alnum(s[j + e->len]))) {
		set_code(q->unit, sizeof q->unit, e->code);
		return j + e->len;
	}
	if (w < len && is_digit(s[w]))
		return j;
	/* 1.8ppt, 18bps: percentage points in the financial shorthand */
	if ((e = match_fwd(&d->t[TB_UNIT], s, len, j, ZHEN_LANG_EN, 0,
	                   U_POINTS)) == NULL)
		e = match_fwd(&d->t[TB_UNIT], s, len, j, ZHEN_LANG_EN, 0, U_BP);
	if (e && e->len == w - j) {
		q->kind = ZHEN_Q_POINTS;
		if (e->kind == U_BP)
			*magexp = GLUED_BP;
		return w;
	}
	for (size_t k = 0; k < d->t[TB_MAG].n; k++) {
		e = &d->t[TB_MAG].e[k];
		if ((e->pos & ATT_GLUED) && e->len == w - j &&
		    eq_ci(s + j, e->text, e->len)) {
			*magexp = e->val;
			return w;
		}
	}
	e = match_fwd(&d->t[TB_ENW], s, len, j, LANG_ANY, 0, K_SUFFIX);
	if (e && e->len == w - j) {
		*ordinal = true;
		return w;
	}
	return j;
}

/* A spelled month that is an abbreviation of a longer one (Oct, Sept). */
static bool month_abbrev(const struct zhen__numbers_data *d,
                         const struct entry *m)
{
	const struct table *t = &d->t[TB_ENW];
	for (size_t k = 0; k < t->n; k++)
		if (t->e[k].kind == K_MONTHNAME && t->e[k].val == m->val &&
		    t->e[k].len > m->len && eq_ci(t->e[k].text, m->text, m->len))
			return true;
	return false;
}

/* Whether a[0, na) is b[0, nb) with one letter added, dropped, changed,
 * or two neighbours swapped (ASCII, any case). */
static bool one_edit(const char *a, size_t na, const char *b, size_t nb)
{
	size_t i = 0;
	if (na + 1 < nb || nb + 1 < na)
		return false;
	while (i < na && i < nb && lower(a[i]) == lower(b[i]))
		i++;
	if (na == nb) {
		if (i == na)
			return false;
		if (i + 1 < na && lower(a[i]) == lower(b[i + 1]) &&
		    lower(a[i + 1]) == lower(b[i]) &&
		    eq_ci(a + i + 2, b + i + 2, na - i - 2))
			return true;
		return eq_ci(a + i + 1, b + i + 1, na - i - 1);
	}
	if (na > nb)
		return eq_ci(a + i + 1, b + i, nb - i);
	return eq_ci(a + i, b + i + 1, na - i);
}

/* A capitalised word of six letters or more at s[i, w) that is a long
 * month name misspelt by one letter ("Novemeber", "Feburary", "Ocotber":
 * typos of real translations) and starts with its first two letters:
 * that month's entry, or NULL. Short names are left alone (Marc, Junee,
 * Mayo are names). */
static inline size_t word_end(const char *s, size_t i);

static const struct entry *misspelt_month(const struct zhen__numbers_data *d,
                                          const char *s, size_t i, size_t w)
{
	const struct table *t = &d->t[TB_ENW];
	if (w - i < 6 || w - i > 10 || !(s[i] >= 'A' && s[i] <= 'Z') ||
	    !strchr("JFMASOND", s[i]))
		return NULL;
	for (size_t k = 0; k < t->n; k++) {
		const struct entry *e = &t->e[k];
		/* not the month and a letter more: Augusta, Octobers */
		if (e->kind == K_MONTHNAME && e->len >= 6 &&
		    eq_ci(e->text, s + i, 2) &&
		    !(w - i > e->len && eq_ci(e->text, s + i, e->len)) &&
		    one_edit(s + i, w - i, e->text, e->len))
			return e;
	}
	return NULL;
}

/* A capitalised month name at @p i (with the '.' of an abbreviation:
 * after a full name it ends the sentence): the month entry or NULL. */
static const struct entry *month_at(struct scan *sc, size_t i, size_t *end)
{
	const struct entry *e = match_fwd(&sc->d->t[TB_ENW], sc->s, sc->len, i,
	                                  ZHEN_LANG_EN, 0, K_MONTHNAME);
	if (!e) {
		size_t w = word_end(sc->s, i);
		if ((e = misspelt_month(sc->d, sc->s, i, w))) {
			*end = w;
			return e;
		}
	}
	if (!e || !(sc->s[i] >= 'A' && sc->s[i] <= 'Z'))
		return NULL;
	*end = i + e->len;
	if (*end < sc->len && sc->s[*end] == '.' && month_abbrev(sc->d, e))
		(*end)++;
	return e;
}

/* Day (1–99: the caller decides whether a day past 31 is one) at @p p,
 * not part of a longer figure; end or 0. */
static size_t day_at(struct scan *sc, size_t p, int64_t *day)
{
	struct arabic ar;
	if (p >= sc->len || !is_digit(sc->s[p]) ||
	    !read_arabic(sc->s, sc->len, p, &ar) || ar.frac || ar.grouped ||
	    ar.nint > 2 || !small_int(ar.v, 1, 99, day))
		return 0;
	size_t e = ar.end;
	if (e < sc->len && is_alpha(sc->s[e])) {
		const struct entry *sfx = match_fwd(&sc->d->t[TB_ENW], sc->s,
		                                    sc->len, e, LANG_ANY, 0,
		                                    K_SUFFIX);
		if (!sfx)
			return 0;
		e += sfx->len;
	}
	if (e < sc->len && is_alnum(sc->s[e]))
		return 0;
	return e;
}

/* A right single quotation mark (U+2019, the apostrophe of '90s as
 * typeset) at s[i, i + 3). */
static bool is_rquote(const char *s, size_t i)
{
	return (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	       (unsigned char)s[i + 2] == 0x99;
}

/* The word "minus" (dicts kind neg, value 0) and a space right before the
 * figure at @p a, as a sign: not the operator of "10 minus 5" (a figure
 * before it) nor "plus or minus 3%". Its entry, or NULL. */
static const struct entry *minus_word(const struct scan *sc, size_t a)
{
	const char *s = sc->s;
	const struct entry *ng;
	if (a < sc->lo + 2 || s[a - 1] != ' ' ||
	    !(ng = match_back(&sc->d->t[TB_ENW], s, a - 1, sc->lo,
	                      ZHEN_LANG_EN, 0, K_NEG)) || ng->val != 0)
		return NULL;
	size_t w = a - 1 - ng->len;
	if (w > sc->lo && is_alnum(s[w - 1]))
		return NULL;
	/* the operand before may be the figure just read: look past lo */
	while (w > 0 && s[w - 1] == ' ')
		w--;
	if (w > 0 && is_digit(s[w - 1]))
		return NULL;
	if (w >= 2 && eq_ci(s + w - 2, "or", 2) &&
	    (w == 2 || !is_alnum(s[w - 3])))
		return NULL;
	return ng;
}

/* "degrees below zero", "below freezing" after the figure ending at @p j
 * (dicts kind neg: value 2 the words that may come between, value 1 the
 * phrase): where it ends, or 0. */
static size_t below_zero(const struct scan *sc, size_t j)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const struct entry *e;
	size_t k = j;
	for (int words = 0; words < 3; words++) {
		if (k + 1 >= sc->len || sc->s[k] != ' ' ||
		    !(e = match_fwd(t, sc->s, sc->len, k + 1, ZHEN_LANG_EN, 0,
		                    K_NEG)))
			return 0;
		size_t end = k + 1 + e->len;
		if (end < sc->len && is_alnum(sc->s[end]))
			return 0;
		if (e->val == 1)
			return end;
		if (e->val != 2)
			return 0;
		k = end;
	}
	return 0;
}

/* "quarters" (@p k to @p ke) after a number word at @p a that "first",
 * "last" or "past" leads: periods counted, not a fraction (the first
 * three quarters, 前三季度). */
static bool x_quarters(const struct scan *sc, size_t a, size_t k, size_t ke)
{
	const char *s = sc->s;
	if (ke - k != 8 || !eq_ci(s + k, "quarters", 8) || a < 2 ||
	    s[a - 1] != ' ')
		return false;
	size_t w = a - 1;
	while (w > 0 && is_alpha(s[w - 1]))
		w--;
	size_t n = a - 1 - w;
	/* the first three quarters; "the three quarters" too, but not
	 * "the three quarters of respondents" */
	return (n == 5 && eq_ci(s + w, "first", 5)) ||
	       (n == 4 && (eq_ci(s + w, "last", 4) || eq_ci(s + w, "past", 4))) ||
	       (n == 3 && eq_ci(s + w, "the", 3) &&
	        !(ke + 3 <= sc->len && eq_ci(s + ke, " of", 3)));
}

/* A capitalised number word (@p a to @p b) inside a sentence, before
 * another capitalised word: "the game Six Days in Fallujah", "the Thirty
 * Years' War", "the 14th Five-Year Plan". Still read (the other side may
 * write it, 三十年战争), but never reported alone. */
static bool in_name(const struct scan *sc, size_t a, size_t b)
{
	const char *s = sc->s;
	size_t p = a;
	if (!(s[a] >= 'A' && s[a] <= 'Z') || b + 1 >= sc->len ||
	    (s[b] != ' ' && s[b] != '-') ||
	    !(s[b + 1] >= 'A' && s[b + 1] <= 'Z'))
		return false;
	/* the word before may end the last figure read: look past lo */
	while (p > 0 && s[p - 1] == ' ')
		p--;
	return p > 0 && (is_alnum(s[p - 1]) || s[p - 1] == ',');
}

/* "On " or "on " just before @p i. */
static bool on_before(const char *s, size_t i)
{
	return i >= 3 && (s[i - 3] == 'O' || s[i - 3] == 'o') &&
	       s[i - 2] == 'n' && s[i - 1] == ' ' &&
	       (i == 3 || !is_alnum(s[i - 4]));
}

/* ", 2024" or " 2024" after a date: the year, with *end moved. */
static int64_t date_year(struct scan *sc, size_t *end)
{
	size_t k = *end;
	struct arabic ar;
	int64_t y;
	if (k < sc->len && sc->s[k] == ',')
		k++;
	k = sp(sc->s, sc->len, k);
	if (k >= sc->len || !is_digit(sc->s[k]) ||
	    !read_arabic(sc->s, sc->len, k, &ar) || ar.frac || ar.grouped ||
	    ar.nint != 4 || !small_int(ar.v, 1000, 2999, &y) ||
	    (ar.end < sc->len && is_alnum(sc->s[ar.end])))
		return 0;
	*end = ar.end;
	return y;
}

/* Dates and clock times share the DATE kind; a time says so in its unit. */
static int emit_dated(struct scan *sc, size_t a, size_t b, int64_t v,
                      unsigned flags, const char *unit)
{
	zhen_quantity q;
	memset(&q, 0, sizeof q);
	q.kind = ZHEN_Q_DATE;
	q.value = zhen__dec(v, 0);
	q.flags = flags;
	if (unit)
		set_code(q.unit, sizeof q.unit, unit);
	return emit(sc, a, b, &q);
}

static int emit_date(struct scan *sc, size_t a, size_t b, int64_t v,
                     unsigned flags)
{
	return emit_dated(sc, a, b, v, flags, NULL);
}

/* M/N to six decimals: both languages round a fraction the same way, so
 * 三分之一 and "one-third" compare equal. */
static zhen_decimal fraction_value(zhen_decimal num, zhen_decimal den)
{
	int64_t m, n;
	if (den.coef == 1 && den.exp > 0)
		return zhen__dec(num.coef, num.exp - den.exp); /* 亿分之一 */
	if (!small_int(num, 0, 999999, &m) || !small_int(den, 1, 999999, &n))
		return zhen__dec(0, 0);
	return zhen__dec((m * 1000000 + n / 2) / n, -6);
}

static bool is_han_at(const char *s, size_t len, size_t i)
{
	size_t k = i;
	if (i >= len)
		return false;
	int32_t cp = next_cp(s, len, &k);
	return cp >= 0x3400 && cp <= 0x9FFF;
}

static int emit_time(struct scan *sc, size_t a, size_t b, int64_t hhmm,
                     unsigned flags)
{
	return emit_dated(sc, a, b, hhmm, flags, "time");
}

/* "0230 UTC", "UTC 0230": four digits [@p i, @p j) beside a time zone
 * are a clock time, HHMM; *a and *b get the span. -1 when not. */
static int64_t zone_time(struct scan *sc, size_t i, size_t j, size_t *a,
                         size_t *b)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const char *s = sc->s;
	size_t len = sc->len;
	const struct entry *z;
	int64_t v = 0;

	if (j - i != 4 || (j < len && (is_alnum(s[j]) || s[j] == '.' ||
	                               s[j] == ',')) ||
	    (i > 0 && is_alnum(s[i - 1])))
		return -1;
	for (size_t k = i; k < j; k++) {
		if (!is_digit(s[k]))
			return -1;
		v = v * 10 + (s[k] - '0');
	}
	/* the zone word makes any four digits a time: UTC 0280 is a
	 * slipped 0230, a value error beside the other side's time */
	*a = i;
	*b = j;
	if (j + 1 < len && s[j] == ' ' &&
	    (z = match_fwd(t, s, len, j + 1, LANG_ANY, 0, K_ZONE))) {
		*b = j + 1 + z->len;
		return v;
	}
	if (i > sc->lo + 1 && s[i - 1] == ' ' &&
	    (z = match_back(t, s, i - 1, sc->lo, LANG_ANY, 0, K_ZONE))) {
		*a = i - 1 - z->len;
		return v;
	}
	return -1;
}

static size_t ampm_at(struct scan *sc, size_t j);

/* "9:30" at @p i (hours 0–24, two-digit minutes, not part of a longer
 * figure such as 1:2:3): HHMM, with *end after the minutes, or -1. */
static int64_t colon_time(struct scan *sc, size_t i, size_t *end)
{
	const char *s = sc->s;
	size_t len = sc->len, j = i;
	int64_t h = 0;
	if (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == ':' ||
	              s[i - 1] == '.'))
		return -1;
	while (j < len && is_digit(s[j]) && j - i < 3)
		h = h * 10 + (s[j++] - '0');
	if (j == i || j - i > 2 || h > 24 || j + 2 >= len ||
	    (s[j] != ':' && s[j] != '.') ||
	    !is_digit(s[j + 1]) || !is_digit(s[j + 2]) ||
	    (j + 3 < len && (is_digit(s[j + 3]) || s[j + 3] == ':')))
		return -1;
	int64_t m = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
	/* 9.15am, as British English writes it: a dot only before am/pm
	 * (9.15 alone is a figure) */
	if (s[j] == '.' && (sc->lang != ZHEN_LANG_EN || h > 12 || m > 59 ||
	                    ampm_at(sc, j + 3) == j + 3))
		return -1;
	/* 8:96 a.m. is a slipped clock time, which the other side's time
	 * shows as a value error; without am/pm it may be a score or a
	 * ratio, read as figures */
	if (m > 59 && ampm_at(sc, j + 3) == j + 3)
		return -1;
	*end = j + 3;
	return h * 100 + m;
}

/* am/pm (glued or after a space) at @p j: its end, or @p j. */
static size_t ampm_at(struct scan *sc, size_t j)
{
	size_t k = sp(sc->s, sc->len, j);
	for (int pass = 0; pass < 2; pass++) {
		size_t at = pass ? k : j;
		if (pass && k == j)
			break;
		const struct entry *e = match_fwd(&sc->d->t[TB_ENW], sc->s,
		                                  sc->len, at, ZHEN_LANG_EN, 0,
		                                  K_AMPM);
		if (e)
			return at + e->len;
		e = match_fwd(&sc->d->t[TB_ENW], sc->s, sc->len, at,
		              ZHEN_LANG_EN, 0, K_ENOCLOCK);
		if (e && pass)
			return at + e->len;
	}
	return j;
}

/* An en dash (U+2013) at s[i, i + 3). */
static bool en_dash_at(const char *s, size_t len, size_t i)
{
	return i + 3 <= len && (unsigned char)s[i] == 0xE2 &&
	       (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x93;
}

/* A capitalised month name alone (entry @p m at @p i, ending at @p me) is
 * a month anywhere ("at its October meeting") unless it is also a word or
 * a name (May, March, Jan): that one only where it cannot be, after a
 * word such as in/of/since, after '(' or a dash, before a year, or before
 * a dash and another month (Mar-May: a range of months). */
static bool month_alone_ok(struct scan *sc, const struct entry *m, size_t i,
                           size_t me)
{
	const char *s = sc->s;
	size_t len = sc->len, k = me, e2;
	const struct entry *w = match_fwd(&sc->d->t[TB_ENW], s, len, i,
	                                  ZHEN_LANG_EN, 0, K_MONTHWORD);
	if (!w || w->len != m->len)
		return true;
	if (i > sc->lo && (s[i - 1] == '(' || s[i - 1] == '-'))
		return true;
	if (i >= sc->lo + 3 && en_dash_at(s, len, i - 3))
		return true;
	size_t b = i;
	const struct entry *ap;
	/* in around April: a hedge may sit between */
	if (b > 1 && s[b - 1] == ' ' &&
	    (ap = match_back(&sc->d->t[TB_APPROX], s, b - 1, 0, ZHEN_LANG_EN,
	                     POS_PRE, -1)) && b - 1 - ap->len > 0)
		b -= 1 + ap->len;
	if (b > 1 && s[b - 1] == ' ' &&
	    match_back(&sc->d->t[TB_ENW], s, b - 1, 0, ZHEN_LANG_EN, 0,
	               K_MONTHPRE))
		return true;
	if (k < len && s[k] == '-')
		k++;
	else if (en_dash_at(s, len, k))
		k += 3;
	if (k != me && month_at(sc, k, &e2) && (e2 >= len || !is_alnum(s[e2])))
		return true;
	k = me;
	if (k < len && s[k] == ',')
		k++;
	return date_year(sc, &k) != 0;
}

/* English number words: one…ninety-nine, hundreds, spelled ordinals. */
static bool read_en_words(struct scan *sc, size_t i, struct num *out,
                          bool *ordinal)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const char *s = sc->s;
	size_t len = sc->len, p = i;
	int64_t cur = 0;
	int last = -1, nwords = 0;

	memset(out, 0, sizeof *out);
	*ordinal = false;
	out->a = out->b = i;
	while (p < len) {
		size_t w = p;
		const struct entry *e = NULL;
		while (w < len && is_alpha(s[w]))
			w++;
		const struct slot *x = NULL, *xe = NULL;
		if (w > p)
			x = slots_of(&t->hfirst, t->first,
			             key_first(s + p, w - p), -1, &xe);
		/* slots run longest first, then in table order */
		for (; x < xe && !e; x++) {
			const struct entry *c = &t->e[x->e];
			if (c->len == w - p && c->kind >= K_ONES &&
			    c->kind <= K_AND && c->kind != K_SUFFIX &&
			    c->kind != K_MONTHNAME && eq_ci(s + p, c->text, w - p))
				e = c;
		}
		if (!e)
			break;
		if (e->kind == K_ONES &&
		    (last == K_ONES || (last == K_TENS && e->val >= 10)))
			break;
		if (e->kind == K_TENS && (last == K_ONES || last == K_TENS))
			break;
		if (e->kind == K_HUNDRED && last != K_ONES && last != K_TENS)
			break;
		if (e->kind == K_AND && last != K_HUNDRED)
			break;
		if (e->kind == K_ORDWORD && (last == K_ONES || last == K_ORDWORD))
			break;
		if (e->kind == K_HUNDRED)
			cur *= 100;
		else
			cur += e->val;
		last = e->kind;
		if (e->kind != K_AND) {
			out->b = w;
			nwords++;
		}
		if (e->kind == K_ORDWORD) {
			*ordinal = true;
			break;
		}
		if (w + 1 < len && (s[w] == ' ' || s[w] == '-') &&
		    is_alpha(s[w + 1]))
			p = w + 1;
		else
			break;
	}
	if (!nwords)
		return false;
	out->v = zhen__dec(cur, 0);
	out->ncp = nwords;
	return true;
}

/* "one" as a pronoun: no one, the one, one of them. */
static bool pronoun_one(struct scan *sc, const struct num *n)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const char *s = sc->s;
	size_t w;

	if (n->ncp != 1 || n->v.coef != 1 || n->v.exp)
		return false;
	if (n->a > 1 && s[n->a - 1] == ' ' &&
	    match_back(t, s, n->a - 1, sc->lo, ZHEN_LANG_EN, 0, K_PRONB))
		return true;
	w = sp(s, sc->len, n->b);
	return w != n->b &&
	       match_fwd(t, s, sc->len, w, ZHEN_LANG_EN, 0, K_PRONA) != NULL;
}

/* A table's unit header, an amount of no figure: RMB'000 (thousands of
 * renminbi), "NT$ thousand", "HK$ million", as 人民幣千元 and 港幣百萬元
 * read. @p m is the magnitude's exponent, its text at s[a, b) ('000 or a
 * magnitude word). 1 when emitted, 0 when no currency is right before. */
static int unit_header(struct scan *sc, size_t a, size_t b, int m,
                       size_t *next)
{
	const char *s = sc->s;
	size_t k = a;
	const struct entry *c;
	zhen_quantity q;
	if (k > sc->lo && s[k - 1] == ' ')
		k--;
	c = match_back(&sc->d->t[TB_CUR], s, k, sc->lo, ZHEN_LANG_EN, POS_PRE,
	               -1);
	if (!c || (k - c->len > sc->lo && is_alnum(s[k - c->len - 1])) ||
	    (k - c->len >= sc->lo + 2 && is_digit(s[k - c->len - 2])))
		return 0;
	memset(&q, 0, sizeof q);
	q.value = zhen__dec(1, m);
	q.precision = m;
	q.flags = ZHEN_QF_MAGNITUDE;
	set_currency(sc, &q, c);
	*next = b;
	int rc = emit(sc, k - c->len, b, &q);
	return rc < 0 ? rc : 1;
}

/* "RMB million", "NT$ thousand": a magnitude word at s[i, w) that is a
 * unit header after a currency sign or code (unit_header()). */
static int header_word(struct scan *sc, size_t i, size_t w, size_t *next)
{
	const char *s = sc->s;
	const struct entry *mg;
	if (i < sc->lo + 2 || s[i - 1] != ' ' ||
	    !(s[i - 2] == '$' || (s[i - 2] >= 'A' && s[i - 2] <= 'Z')))
		return 0;
	mg = match_fwd(&sc->d->t[TB_MAG], s, sc->len, i, ZHEN_LANG_EN, 0, -1);
	if (!mg || !(mg->pos & ATT_WORD) || i + mg->len != w)
		return 0;
	return unit_header(sc, i, w, mg->val, next);
}

/* A fraction word of a magnitude or a unit (half a million, a quarter
 * of a percentage point, a quarter-point cut): @p q (the fraction, read
 * up to @p ke) scaled or given the unit. The end, or @p ke when nothing
 * follows. */
static size_t fraction_of(struct scan *sc, size_t ke, zhen_quantity *q)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, k;
	const struct entry *e;

	bool glued = false; /* a quarter-point, "a quarter point": points only */
	if (ke + 3 < len && !memcmp(s + ke, " a ", 3))
		k = ke + 3;
	else if (ke + 6 < len && !memcmp(s + ke, " of a ", 6))
		k = ke + 6;
	else if (ke + 1 < len && (s[ke] == '-' || s[ke] == ' ') &&
	         is_alpha(s[ke + 1]))
		k = ke + 1, glued = true;
	else
		return ke;
	if ((e = match_fwd(&d->t[TB_MAG], s, len, k, ZHEN_LANG_EN, 0, -1)) &&
	    (e->pos & ATT_WORD)) {
		bool strong = false;
		q->value = zhen__dec_scale(q->value, e->val);
		q->flags |= ZHEN_QF_MAGNITUDE;
		q->precision = q->value.exp;
		/* half a billion dollars */
		return post_context(sc, k + e->len, q, false, &strong);
	} else if ((e = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN, 0,
	                          K_TIMES))) {
		/* half a dozen */
		zhen__dec_mul(&q->value, q->value, zhen__dec(e->val, 0));
	} else if ((e = match_fwd(&d->t[TB_UNIT], s, len, k, ZHEN_LANG_EN, 0,
	                          -1)) &&
	           /* a quarter-point, but "half-year" is a period */
	           (!glued || e->kind == U_POINTS || e->kind == U_BP ||
	            !strcmp(e->code, "pt"))) {
		if (e->kind == U_PERCENT)
			q->kind = ZHEN_Q_PERCENT;
		else if (e->kind == U_POINTS)
			q->kind = ZHEN_Q_POINTS;
		else if (e->kind == U_BP) {
			q->kind = ZHEN_Q_POINTS;
			q->value = zhen__dec_scale(q->value, -2);
		} else if (e->kind == U_MEASURE)
			set_code(q->unit, sizeof q->unit, e->code);
		else
			return ke;
	} else {
		return ke;
	}
	q->precision = q->value.exp;
	return k + e->len;
}

static unsigned movement_before(struct scan *sc, size_t a);

static int en_at(struct scan *sc, size_t i, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, j, a, end, me;
	zhen_quantity q;
	struct num n;
	bool ordinal = false, cur = false, strong = false, words;
	int magexp = -1;
	const struct entry *m;
	int64_t day, y;

	memset(&q, 0, sizeof q);
	if (is_alpha(s[i])) {
		size_t w = i;
		while (w < len && is_alpha(s[w]))
			w++;
		*next = w;
		if (i > 0 && is_alnum(s[i - 1]))
			return 0;
		/* Everything below first needs a number word here, and
		 * each test one of a kind this word can start. */
		int hrc = header_word(sc, i, w, next);
		if (hrc)
			return hrc < 0 ? hrc : 0;
		uint64_t lk = lead_kinds(&d->t[TB_ENW], s + i, w - i);
		if (!lk && misspelt_month(d, s, i, w))
			lk = 1ull << K_MONTHNAME;
		if (!lk)
			return 0;
		m = lk & 1ull << K_MONTHNAME ? month_at(sc, i, &me) : NULL;
		if (m && me < len && s[me] == ' ' &&
		    (end = day_at(sc, me + 1, &day))) {
			int64_t v = m->val * 100 + day;
			size_t dend = end;
			/* "September 34, 1759", "On June 88,": a day no
			 * month has, still a date (a slip the other side's
			 * date shows), but only where nothing else reads:
			 * "in March 50 people" is a count. */
			if ((y = date_year(sc, &end)))
				v += y * 10000;
			if (day <= 31 || y || (dend < len && s[dend] == ',' &&
			                       on_before(s, i))) {
				*next = end;
				return emit_date(sc, i, end, v, 0);
			}
			end = 0;
		}
		if (m && (me >= len || !is_alnum(s[me])) &&
		    month_alone_ok(sc, m, i, me)) {
			*next = me;
			return emit_date(sc, i, me, m->val * 100, 0);
		}
		const struct entry *x = !(lk & 1ull << K_ENMULT) ? NULL :
			match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
			          K_ENMULT);
		if (x && i + x->len == w && !(w < len && s[w] == '-')) {
			/* doubled, threefold: a factor (not double-digit) */
			zhen_quantity mq;
			memset(&mq, 0, sizeof mq);
			mq.kind = ZHEN_Q_NUMBER;
			mq.value = zhen__dec(x->val, 0);
			mq.flags = ZHEN_QF_WORDS;
			set_code(mq.unit, sizeof mq.unit, "x");
			return emit(sc, i, w, &mq);
		}
		x = !(lk & 1ull << K_DENOM) ? NULL :
			match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
			          K_DENOM);
		if (x && i + x->len == w && x->val == 2) {
			/* half a million, half a percentage point */
			zhen_quantity hq;
			memset(&hq, 0, sizeof hq);
			hq.kind = ZHEN_Q_NUMBER;
			hq.value = zhen__dec(5, -1);
			hq.flags = ZHEN_QF_WORDS;
			size_t he = fraction_of(sc, w, &hq);
			if (he != w) {
				*next = he;
				return emit(sc, i, he, &hq);
			}
			/* half of them, half the staff, fell by half: a
			 * fraction (一半); "half-time", "and a half" are not */
			static const char *const after[] = { " of ", " the ",
			                                     " its ", " their " };
			/* ... and only where it starts the phrase: "the
			 * eastern half of the island" is a part, no figure */
			bool by = i >= sc->lo + 3 && eq_ci(s + i - 3, "by ", 3) &&
			          (i == sc->lo + 3 || !is_alpha(s[i - 4]));
			bool frac = by;
			for (size_t k = 0; !frac && k < 4; k++)
				frac = w + strlen(after[k]) <= len &&
				       eq_ci(s + w, after[k], strlen(after[k]));
			bool hedged = i > sc->lo + 1 && s[i - 1] == ' ' &&
			              match_back(&d->t[TB_APPROX], s, i - 1,
			                         sc->lo, ZHEN_LANG_EN, POS_PRE,
			                         -1);
			bool lead = by || hedged || i == sc->lo ||
			            s[i - 1] != ' ' || i < sc->lo + 2 ||
			            !is_alpha(s[i - 2]);
			if (hedged)
				hq.flags |= ZHEN_QF_APPROX;
			if (frac && lead) {
				*next = w;
				return emit(sc, i, w, &hq);
			}
		}
		x = !(lk & 1ull << K_VAGUE) ? NULL :
			match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
			          K_VAGUE);
		/* "thousands and thousands" is one vague figure, said twice */
		if (x && i + x->len == w && i >= x->len + 5 &&
		    !memcmp(s + i - 5, " and ", 5) &&
		    eq_ci(s + i - 5 - x->len, x->text, x->len) &&
		    (i == x->len + 5 || !is_alnum(s[i - 6 - x->len])))
			return 0;
		if (x && i + x->len == w) {
			/* dozens: about two dozen or more, a band; thousands,
			 * millions: at least one, as 数千 and 数百万 read */
			zhen_quantity vq;
			zhen_decimal v = zhen__dec(x->val, 0), vv;
			size_t k = w + 4, ke = k;
			const struct entry *y2;
			memset(&vq, 0, sizeof vq);
			/* hundreds of thousands: one band (10^5, 数十万),
			 * not two figures */
			while (ke < len && is_alpha(s[ke]))
				ke++;
			if (k < len &&
			    !memcmp(s + w, " of ", 4) &&
			    (y2 = match_fwd(&d->t[TB_ENW], s, len, k,
			                    ZHEN_LANG_EN, 0, K_VAGUE)) &&
			    k + y2->len == ke && y2->val > x->val &&
			    zhen__dec_mul(&vv, v, zhen__dec(y2->val, 0))) {
				v = vv;
				w = ke;
				*next = ke;
			}
			/* billions of US dollars: the band is the amount, as
			 * in 数十亿美元 (not "thousands of pounds", a weight
			 * as often) */
			const struct entry *un;
			k = w + 4;
			if (k < len && !memcmp(s + w, " of ", 4) &&
			    (y2 = match_fwd(&d->t[TB_CUR], s, len, k, sc->lang,
			                    POS_POST, -1)) &&
			    !((un = match_fwd(&d->t[TB_UNIT], s, len, k,
			                      sc->lang, 0, -1)) &&
			      un->len >= y2->len)) {
				set_currency(sc, &vq, y2);
				w = k + y2->len;
				*next = w;
			}
			vq.value = v;
			vq.precision = 1;
			vq.flags |= ZHEN_QF_WORDS | ZHEN_QF_APPROX | ZHEN_QF_VAGUE;
			return emit(sc, i, w, &vq);
		}
		x = !(lk & 1ull << K_DECWORD) ? NULL :
			match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
			          K_DECWORD);
		if (x && i + x->len == w) {
			/* the nineties, in their twenties: as the 90s */
			q.kind = ZHEN_Q_NUMBER;
			q.value = zhen__dec(x->val, 0);
			q.precision = 1;
			q.flags = ZHEN_QF_WORDS | ZHEN_QF_APPROX | ZHEN_QF_DECADE;
			return emit(sc, i, w, &q);
		}
		x = !(lk & 1ull << K_ARTICLE) ? NULL :
			match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
			          K_ARTICLE);
		if (x && i + x->len == w && w + 1 < len && s[w] == ' ') {
			/* a hundred, a million, a dozen, a third */
			size_t k = w + 1, ke = k;
			const struct entry *y2;
			while (ke < len && is_alpha(s[ke]))
				ke++;
			memset(&n, 0, sizeof n);
			n.a = i;
			n.v = zhen__dec(1, 0);
			if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN,
			                    0, K_HUNDRED)) && k + y2->len == ke) {
				struct num r;
				bool ro;
				size_t t = ke + 1;
				n.v = zhen__dec(1, 2);
				n.prec = 2;
				/* a hundred and twenty = 120, as "one
				 * hundred and twenty" reads */
				if (t + 4 < len && s[ke] == ' ' &&
				    eq_ci(s + t, "and ", 4))
					t += 4;
				if (t < len && s[ke] == ' ' && is_alpha(s[t]) &&
				    read_en_words(sc, t, &r, &ro) && !ro &&
				    zhen__dec_cmp(r.v, zhen__dec(1, 2)) < 0 &&
				    r.v.coef > 0) {
					zhen__dec_add(&n.v, n.v, r.v);
					n.prec = 0;
					ke = r.b;
				}
			} else if ((y2 = match_fwd(&d->t[TB_MAG], s, len, k,
			                           ZHEN_LANG_EN, 0, -1)) &&
			           (y2->pos & ATT_WORD) && k + y2->len == ke) {
				magexp = y2->val;
			} else if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k,
			                           ZHEN_LANG_EN, 0, K_TIMES)) &&
			           k + y2->len == ke) {
				n.v = zhen__dec(y2->val, 0);
			} else if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k,
			                           ZHEN_LANG_EN, 0, K_VAGUE)) &&
			           k + y2->len == ke) {
				/* a couple (of thousand): about two, a
				 * word never paired with another figure */
				n.v = zhen__dec(y2->val, 0);
				n.approx = n.vague = true;
				/* "a couple of thousand staff": the band is
				 * the thousands, as 数千 reads */
				const struct entry *mg;
				size_t mk = ke + 4, mke = mk;
				while (mke < len && is_alpha(s[mke]))
					mke++;
				if (mk < len && !memcmp(s + ke, " of ", 4) &&
				    (mg = match_fwd(&d->t[TB_MAG], s, len, mk,
				                    ZHEN_LANG_EN, 0, -1)) &&
				    (mg->pos & ATT_WORD) && mk + mg->len == mke) {
					magexp = mg->val;
					ke = mke;
				}
			} else if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k,
			                           ZHEN_LANG_EN, 0, K_DENOM)) &&
			           k + y2->len == ke) {
				zhen_quantity fq;
				memset(&fq, 0, sizeof fq);
				/* "a third time", "a fifth straight session":
				 * before a noun, the ordinal (a fraction is
				 * "a third of", "a third." or a third of a unit) */
				const struct entry *ow;
				size_t nw = ke + 1;
				if (ke + 1 < len && s[ke] == ' ' && is_alpha(s[nw]) &&
				    !(nw + 2 <= len && eq_ci(s + nw, "of", 2) &&
				      (nw + 2 == len || !is_alpha(s[nw + 2]))) &&
				    !match_fwd(&d->t[TB_MAG], s, len, nw, ZHEN_LANG_EN,
				               0, -1) &&
				    !match_fwd(&d->t[TB_UNIT], s, len, nw, ZHEN_LANG_EN,
				               0, -1) &&
				    /* "a third more": a fraction */
				    !match_fwd(&d->t[TB_APPROX], s, len, nw,
				               ZHEN_LANG_EN, POS_CMP, -1) &&
				    (ow = match_fwd(&d->t[TB_ENW], s, len, k,
				                    ZHEN_LANG_EN, 0, K_ORDWORD)) &&
				    k + ow->len == ke) {
					fq.kind = ZHEN_Q_ORDINAL;
					fq.value = zhen__dec(ow->val, 0);
					fq.flags = ZHEN_QF_WORDS;
					*next = ke;
					return emit(sc, k, ke, &fq);
				}
				fq.kind = ZHEN_Q_NUMBER;
				fq.value = fraction_value(zhen__dec(1, 0),
				                          zhen__dec(y2->val, 0));
				fq.precision = -6;
				fq.flags = ZHEN_QF_WORDS;
				ke = fraction_of(sc, ke, &fq);
				*next = ke;
				return emit(sc, i, ke, &fq);
			} else {
				return 0;
			}
			n.b = j = ke;
			n.ncp = 2;
			words = true;
		} else {
			const uint64_t wk = 1ull << K_ONES | 1ull << K_TENS |
			                    1ull << K_HUNDRED | 1ull << K_ORDWORD |
			                    1ull << K_AND;
			/* "the first half" is a period, not "the one" */
			if (!(lk & wk) || !read_en_words(sc, i, &n, &ordinal) ||
			    (pronoun_one(sc, &n) &&
			     !(ordinal && n.b + 1 < len &&
			       (s[n.b] == ' ' || s[n.b] == '-') &&
			       match_fwd(&d->t[TB_ENW], s, len, n.b + 1,
			                 ZHEN_LANG_EN, 0, K_PERIOD))))
				return 0;
			words = true;
			j = n.b;
		}
	} else {
		size_t ia;
		struct arabic ar;
		int64_t hm;
		if (i + 3 <= len && !memcmp(s + i, "000", 3) &&
		    (i + 3 == len || !is_alnum(s[i + 3])) &&
		    ((i > sc->lo && s[i - 1] == '\'') ||
		     (i >= sc->lo + 3 && is_rquote(s, i - 3)))) {
			int rc = unit_header(sc, s[i - 1] == '\'' ? i - 1 : i - 3,
			                     i + 3, 3, next);
			if (rc)
				return rc < 0 ? rc : 0;
		}
		if ((hm = colon_time(sc, i, &end)) >= 0) {
			size_t e2 = ampm_at(sc, end);
			/* glued (9:15pm) or spaced: read forward, as a word
			 * boundary before a glued "pm" is none */
			const struct entry *ap = e2 == end ? NULL :
				match_fwd(&d->t[TB_ENW], s, len, sp(s, len, end),
				          ZHEN_LANG_EN, 0, K_AMPM);
			if (ap && ap->val == 12 && hm < 1200)
				hm += 1200;
			/* 12:30 a.m. is half past midnight */
			if (ap && ap->val == 0 && hm >= 1200 && hm < 1300)
				hm -= 1200;
			*next = e2;
			return emit_time(sc, i, e2, hm, ap ? ZHEN_QF_DAYPART : 0);
		}
		if ((ia = ident_start(sc, i)) != (size_t)-1)
			return emit_ident(sc, ia, i, next);
		{
			size_t za, zb;
			int64_t iso;
			if ((hm = zone_time(sc, i, digit_run_end(s, len, i),
			                    &za, &zb)) >= 0) {
				*next = zb;
				return emit_time(sc, za, zb, hm, 0);
			}
			if ((iso = iso_date(sc, i, &zb))) {
				*next = zb;
				return emit_date(sc, i, zb, iso, 0);
			}
			if (zero_code(sc, i) || version_at(sc, i))
				return emit_ident(sc, i, i, next);
		}
		{
			int rc = dims_at(sc, i, next);
			if (rc)
				return rc < 0 ? rc : 0;
		}
		if (!read_arabic(s, len, i, &ar)) {
			*next = digit_run_end(s, len, i);
			return 0;
		}
		memset(&n, 0, sizeof n);
		n.a = i;
		n.b = j = ar.end;
		n.v = ar.v;
		n.prec = ar.prec;
		n.digits = true;
		n.grouped = ar.grouped;
		n.frac = ar.frac;
		n.nint = ar.nint;
		words = false;
		if (!ar.frac && !ar.grouped && i > 0 && s[i - 1] == '.' &&
		    (i == 1 || s[i - 2] == ' ' || s[i - 2] == '(')) {
			/* .5 percent: the point starts the figure */
			n.a = i - 1;
			n.v = zhen__dec_scale(ar.v, -ar.nint);
			n.prec = -ar.nint;
			n.frac = true;
			n.nint = 0;
		}
		if (!ar.frac && !ar.grouped && ar.nint <= 2 &&
		    small_int(ar.v, 0, 99, &day) &&
		    (i == 0 || !is_digit(s[i - 1]))) {
			/* 6am, 6 p.m., 10 o'clock; 40 o'clock is a slipped
			 * hour (a value error beside the other side's time),
			 * but 25-99 before AM/PM stays a figure (PM, AM
			 * radio) */
			size_t e2 = ampm_at(sc, j);
			const struct entry *ap = e2 == j ? NULL :
				match_fwd(&d->t[TB_ENW], s, len, sp(s, len, j),
				          ZHEN_LANG_EN, 0, K_AMPM);
			if (e2 != j && (day <= 24 || !ap) &&
			    (e2 >= len || !is_alnum(s[e2]) ||
			     s[e2 - 1] == '.')) {
				int64_t t12 = day * 100;
				if (ap && ap->val == 12 && day < 12)
					t12 += 1200;
				if (ap && ap->val == 0 && day == 12)
					t12 = 0;
				*next = e2;
				return emit_time(sc, i, e2, t12,
				                 ap ? ZHEN_QF_DAYPART : 0);
			}
		}
		/* the 1960s: a decade, named by its first year (1960 年代
		 * reads as the year 1960). Any four digits before the s, so
		 * a slipped decade (the 3960s, the 1931s) still pairs with
		 * the Chinese one; thousands from 3000 up are a count ("the
		 * 5000s"). */
		if (j < len && s[j] == 's' && (j + 1 >= len || !is_alnum(s[j + 1])) &&
		    !ar.frac && !ar.grouped && ar.nint == 4 &&
		    small_int(ar.v, 1000, 9999, &y) &&
		    (y < 3000 || y % 1000)) {
			q.kind = ZHEN_Q_YEAR;
			q.flags |= ZHEN_QF_DECADE;
			q.value = ar.v;
			*next = j + 1;
			return emit(sc, i, j + 1, &q);
		}
		/* the 90s, the '90s, in their 20s: ten years from a figure of
		 * tens (of a century or of a life), a band as "twenties" is;
		 * the Chinese 90 年代 is a year, which compare pairs with it
		 * by the last two digits */
		if (!ar.frac && !ar.grouped && ar.nint == 2 &&
		    small_int(ar.v, 10, 90, &y) && y % 10 == 0) {
			size_t e = j, a0 = i;
			if (e + 1 < len && s[e] == '\'' && s[e + 1] == 's')
				e++;
			else if (e + 3 < len && is_rquote(s, e) && s[e + 3] == 's')
				e += 3;
			bool plural = e < len && s[e] == 's' &&
			              (e + 1 >= len || !is_alnum(s[e + 1]));
			if (plural && a0 > sc->lo && s[a0 - 1] == '\'')
				a0--;
			else if (plural && a0 >= sc->lo + 3 &&
			         is_rquote(s, a0 - 3))
				a0 -= 3;
			/* "in 10s" is ten seconds; that decade is written
			 * '10s or 2010s */
			if (plural && !(y == 10 && a0 == i)) {
				q.kind = ZHEN_Q_NUMBER;
				q.value = ar.v;
				q.precision = 1;
				q.flags = ZHEN_QF_APPROX | ZHEN_QF_DECADE;
				*next = e + 1;
				return emit(sc, a0, e + 1, &q);
			}
		}
		/* 200 BC, 79 AD, AD 79: a year of an era (BC negative, as
		 * 公元前 reads); capitals only, "ad" is a word */
		if (!ar.frac && !ar.grouped && ar.nint <= 4 &&
		    small_int(ar.v, 1, 9999, &y)) {
			const struct table *et = &d->t[TB_ENW];
			size_t k = sp(s, len, j), ea = i, eb = j;
			const struct entry *era = k != j && k < len &&
				s[k] >= 'A' && s[k] <= 'Z' ?
				match_fwd(et, s, len, k, ZHEN_LANG_EN, 0, K_ERA) :
				NULL;
			if (era) {
				eb = k + era->len;
			} else if (i > sc->lo + 1 && s[i - 1] == ' ' &&
			           (era = match_back(et, s, i - 1, sc->lo,
			                             ZHEN_LANG_EN, 0, K_ERA)) &&
			           (era->val != 1 ||
			            s[i - 1 - era->len] < 'A' ||
			            s[i - 1 - era->len] > 'Z')) {
				era = NULL;
			} else if (era) {
				ea = i - 1 - era->len;
			}
			if (era) {
				q.kind = ZHEN_Q_YEAR;
				q.value = zhen__dec(era->val == 2 ? -y : y, 0);
				*next = eb;
				return emit(sc, ea, eb, &q);
			}
		}
		if (j < len && is_alpha(s[j])) {
			size_t g = glued(sc, j, &q, &magexp, &ordinal);
			if (g == j)
				return emit_ident(sc, i, i, next);
			j = g;
		}
		/* 22 October 2024; "the 22nd of October" */
		size_t mo = j + 1;
		if (ordinal && j + 4 < len && !memcmp(s + j, " of ", 4))
			mo = j + 4;
		if (!q.unit[0] && magexp < 0 && j < len && s[j] == ' ' &&
		    (m = month_at(sc, mo, &me)) &&
		    small_int(n.v, 1, 31, &day) && !n.frac && n.nint <= 2 &&
		    (me >= len || !is_alnum(s[me]))) {
			int64_t v = m->val * 100 + day;
			end = me;
			if ((y = date_year(sc, &end)))
				v += y * 10000;
			*next = end;
			return emit_date(sc, i, end, v, 0);
		}
	}
	*next = j;
	if (!q.unit[0] && !ordinal && magexp < 0 && j + 1 < len &&
	    (s[j] == ' ' || s[j] == '-') && is_alpha(s[j + 1])) {
		size_t k = j + 1, ke = k;
		const struct entry *x;
		while (ke < len && is_alpha(s[ke]))
			ke++;
		if ((x = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN, 0,
		                   K_TIMES)) && k + x->len == ke) {
			/* two dozen, two decades */
			zhen_decimal f;
			if (zhen__dec_mul(&f, n.v, zhen__dec(x->val, 0))) {
				n.v = f;
				j = n.b = ke;
				*next = j;
			}
		} else if (words && !n.frac && x_quarters(sc, n.a, k, ke)) {
			/* the first three quarters: a count of them */
			set_code(q.unit, sizeof q.unit, "quarter");
			j = n.b = ke;
			*next = j;
		} else if (words && !n.frac &&
		           (x = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN,
		                          0, K_DENOM)) && k + x->len == ke &&
		           small_int(n.v, 1, 9, &day) && day < x->val) {
			/* two-thirds, three quarters (of a percentage
			 * point) */
			zhen_quantity fq;
			memset(&fq, 0, sizeof fq);
			fq.kind = ZHEN_Q_NUMBER;
			fq.value = fraction_value(n.v, zhen__dec(x->val, 0));
			fq.precision = -6;
			fq.flags = ZHEN_QF_WORDS;
			ke = fraction_of(sc, ke, &fq);
			*next = ke;
			return emit(sc, n.a, ke, &fq);
		}
	}
	if (ordinal && j + 1 < len && (s[j] == ' ' || s[j] == '-')) {
		/* third quarter, first half, the first-half report */
		const struct entry *x = match_fwd(&d->t[TB_ENW], s, len, j + 1,
		                                  ZHEN_LANG_EN, 0, K_PERIOD);
		if (x) {
			set_code(q.unit, sizeof q.unit,
			         x->val == 4 ? "quarter" : "half");
			j += 1 + x->len;
			*next = j;
		}
	}
	if (!q.unit[0] && !ordinal && magexp < 0) {
		size_t k = sp(s, len, j);
		m = k != j ? match_fwd(&d->t[TB_MAG], s, len, k, ZHEN_LANG_EN, 0,
		                       -1) : NULL;
		if (m && (m->pos & ATT_WORD)) {
			magexp = m->val;
			j = k + m->len;
		}
	}
	q.value = n.v;
	q.precision = n.prec;
	scale_by(&q, magexp);
	if (magexp >= 0) {
		/* two thousand five hundred */
		struct num r;
		bool ro;
		if (words && j + 1 < len && s[j] == ' ' && is_alpha(s[j + 1]) &&
		    read_en_words(sc, j + 1, &r, &ro) && !ro &&
		    zhen__dec_cmp(r.v, zhen__dec(1, magexp)) < 0) {
			zhen_decimal sum;
			if (zhen__dec_add(&sum, q.value, r.v)) {
				q.value = sum;
				q.precision = 0;
				j = r.b;
				*next = j;
			}
		}
	}
	if (words)
		q.flags |= ZHEN_QF_WORDS;
	if (words && in_name(sc, n.a, n.b))
		q.flags |= ZHEN_QF_NAME;
	if (n.approx)
		q.flags |= ZHEN_QF_APPROX;
	if (n.vague)
		q.flags |= ZHEN_QF_VAGUE;
	if (q.kind != ZHEN_Q_POINTS)
		q.kind = ordinal ? ZHEN_Q_ORDINAL : ZHEN_Q_NUMBER;
	a = pre_context(sc, n.a, &q, &cur);
	q.flags |= movement_before(sc, a);
	if (ordinal) {
		end = j;
	} else {
		end = q.unit[0] || q.kind == ZHEN_Q_POINTS
		          ? j : post_context(sc, j, &q, cur, &strong);
		if (end == j && !q.unit[0] && !cur && magexp < 0 && !words &&
		    !n.grouped && !n.frac && n.nint == 4 &&
		    small_int(n.v, 1900, 2100, &y))
			q.kind = ZHEN_Q_YEAR;
	}
	if (q.kind == ZHEN_Q_PERCENT && end + 4 <= len && s[end] == ' ' &&
	    eq_ci(s + end + 1, "off", 3) &&
	    (end + 4 == len || !is_alnum(s[end + 4]))) {
		/* "20% off" is what 八折 says */
		set_code(q.unit, sizeof q.unit, "off");
		end += 4;
	}
	/* A minus sign that is not a hyphen (2018-2023, GPT-4). */
	const struct entry *ng;
	size_t mk;
	if (a == n.a && a > sc->lo && s[a - 1] == '-' &&
	    (a == 1 || s[a - 2] == ' ' || s[a - 2] == '(') && !words) {
		a--;
		q.value.coef = -q.value.coef;
	} else if (a == n.a && !words && (mk = minus_sign(sc, a))) {
		a -= mk;
		q.value.coef = -q.value.coef;
	} else if (a == n.a && q.value.coef > 0 &&
	           (ng = minus_word(sc, a)) != NULL) {
		/* minus 5 degrees, as 零下5度 */
		a -= 1 + ng->len;
		q.value.coef = -q.value.coef;
	} else if (q.value.coef > 0 && (mk = below_zero(sc, end))) {
		/* 5 degrees below zero, as 零下5度 */
		end = mk;
		q.value.coef = -q.value.coef;
	}
	*next = end > *next ? end : *next;
	return emit(sc, a, end, &q);
}

/* 10月22日 at @p p: MMDD, or 0. */
static int64_t zh_monthday(struct scan *sc, size_t p, size_t *end, bool *words)
{
	const struct table *t = &sc->d->t[TB_ZHNUM];
	struct num mo, dy;
	int64_t m, dd;
	const struct entry *e;

	p = sp(sc->s, sc->len, p);
	/* 40 月, 11 月 34 日 in figures: a slipped month or day (no
	 * calendar has it), still a date so the other side's date shows
	 * the slip as a value error; numerals keep to the calendar */
	/* month 0 too (0 月 10 日), but not day 0: MM00 is a month alone */
	if (!read_zh(sc->d, sc->s, sc->len, p, &mo) || mo.mag || mo.frac ||
	    !small_int(mo.v, mo.digits ? 0 : 1, mo.digits ? 99 : 12, &m) ||
	    !(e = match_fwd(t, sc->s, sc->len,
	                    mo.digits ? sp(sc->s, sc->len, mo.b) : mo.b,
	                    LANG_ANY, 0, K_MONTH)))
		return 0;
	if (mo.digits)
		mo.b = sp(sc->s, sc->len, mo.b);
	p = sp(sc->s, sc->len, mo.b + e->len);
	if (!read_zh(sc->d, sc->s, sc->len, p, &dy) || dy.mag || dy.frac ||
	    !small_int(dy.v, 1, dy.digits ? 99 : 31, &dd) ||
	    !(e = match_fwd(t, sc->s, sc->len,
	                    dy.digits ? sp(sc->s, sc->len, dy.b) : dy.b,
	                    LANG_ANY, 0, K_DAY)))
		return 0;
	*end = (dy.digits ? sp(sc->s, sc->len, dy.b) : dy.b) + e->len;
	*words = !mo.digits && !dy.digits;
	return m * 100 + dd;
}

/* 20 世纪 60 年代 at @p p (after the century's figure @p c): the 1960s,
 * named by its first year as the English "1960s" is, or 0. Read as two
 * bare figures the pair matched nothing in "the 1960s", so a decade
 * changed or dropped on either side went unseen. */
static int64_t zh_decade(struct scan *sc, size_t p, zhen_decimal c,
                         size_t *end)
{
	const struct table *t = &sc->d->t[TB_ZHNUM];
	const struct entry *e;
	struct num dc;
	int64_t cy, dd;

	if (!small_int(c, 1, 99, &cy) ||
	    !(e = match_fwd(t, sc->s, sc->len, p, LANG_ANY, 0, K_CENTURY)))
		return 0;
	p = sp(sc->s, sc->len, p + e->len);
	if (!read_zh(sc->d, sc->s, sc->len, p, &dc) || dc.mag || dc.frac ||
	    dc.approx || !small_int(dc.v, 0, 999, &dd))
		return 0;
	/* any figures: 20 世纪 73 年代 or 40 世纪 60 年代 is a slip in a
	 * decade, which compare.c can name only if it is read as one */
	p = dc.digits ? sp(sc->s, sc->len, dc.b) : dc.b;
	if (!(e = match_fwd(t, sc->s, sc->len, p, LANG_ANY, 0, K_DECADE)))
		return 0;
	*end = p + e->len;
	return (cy - 1) * 100 + dd;
}

/* End of a run of numerals (digits or 一…十百千) at @p p, at most @p max
 * bytes long. */
static size_t numeral_run(const struct zhen__numbers_data *d, const char *s,
                          size_t len, size_t p, size_t max)
{
	size_t q = p;
	while (q < len && q - p < max) {
		const struct entry *e;
		if (is_digit(s[q])) {
			q++;
			continue;
		}
		e = zh_char(d, s, len, q);
		if (!e || (e->kind != K_DIGIT && e->kind != K_UNIT &&
		           e->kind != K_ZTENS))
			break;
		q += e->len;
	}
	return q;
}

/* A small whole figure written in [p, e) and nothing else: its value. */
static bool small_numeral(const struct zhen__numbers_data *d, const char *s,
                          size_t p, size_t e, int64_t hi, int64_t *v,
                          bool *digits)
{
	struct num n;
	if (e <= p || !read_zh(d, s, e, p, &n) || n.b != e || n.mag || n.frac)
		return false;
	if (digits)
		*digits = n.digits;
	return small_int(n.v, 0, hi, v);
}

static bool tail_at(const struct zhen__numbers_data *d, const char *s,
                    size_t len, size_t k)
{
	return k >= len || !is_han_at(s, len, k) ||
	       match_fwd(&d->t[TB_ZHNUM], s, len, k, LANG_ANY, 0, K_TAIL);
}

/* 9点30分, 十一点半, 上午十时, 11 点刚过: HHMM with *end, or -1. A
 * spelled hour needs 半/钟/分 or a part of the day before it (一点 is
 * also "a little"); a digit hour needs no Chinese word glued after it
 * (3点建议 are three points). */
static unsigned movement_before(struct scan *sc, size_t a);

static int64_t zh_time(struct scan *sc, size_t p, size_t *end, bool *words)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct table *zt = &d->t[TB_ZHNUM];
	const char *s = sc->s;
	size_t len = sc->len, he = numeral_run(d, s, len, p, 12), k;
	const struct entry *c, *e;
	int64_t h, m = 0;
	bool digits = false, strong = false;

	/* 恒指下跌18点: an index's points after a word of movement */
	if (he == p || movement_before(sc, p))
		return -1;
	k = sp(s, len, he);
	bool minute = false;
	if (!(c = match_fwd(zt, s, len, k, LANG_ANY, 0, K_CLOCK)) ||
	    !small_numeral(d, s, p, he, 99, &h, &digits))
		return -1;
	k += c->len;
	if ((e = match_fwd(zt, s, len, k, LANG_ANY, 0, K_HALFHOUR))) {
		m = e->val;
		k += e->len;
		strong = true;
	} else if ((e = match_fwd(zt, s, len, k, LANG_ANY, 0, K_OCLOCK)) ||
	           (e = match_fwd(zt, s, len, k, LANG_ANY, 0, K_WHOLE))) {
		k += e->len;
		strong = true;
	} else {
		size_t mq = sp(s, len, k), me = numeral_run(d, s, len, mq, 12);
		size_t fe = sp(s, len, me);
		if (me > mq &&
		    (e = match_fwd(zt, s, len, fe, LANG_ANY, 0, K_MINUTE)) &&
		    small_numeral(d, s, mq, me, 59, &m, NULL)) {
			k = fe + e->len;
			strong = minute = true;
		}
	}
	/* 61 点 29 分 in figures: a slipped hour (no clock has it), still a
	 * time so the other side's time shows the slip as a value error, as
	 * zh_monthday() keeps 40 月; without 分, "31 点" is 31 points */
	if (h > 24 && !(digits && minute))
		return -1;
	/* The part of the day before the hour, over a hedge (上午约10点);
	 * 晚上 ends in the hedge 上, so the part of the day is looked for
	 * first. It lets a spelled hour be a time, and puts 下午6点 on the
	 * 24-hour dial (18:00). */
	size_t pb = p > sc->lo && s[p - 1] == ' ' ? p - 1 : p;
	const struct entry *ap = match_back(zt, s, pb, sc->lo, LANG_ANY, 0,
	                                    K_DAYPART) ? NULL :
		match_back(&d->t[TB_APPROX], s, pb, sc->lo, ZHEN_LANG_ZH,
		           POS_PRE, -1);
	if (ap)
		pb -= ap->len;
	const struct entry *dp = match_back(zt, s, pb, sc->lo, LANG_ANY, 0,
	                                    K_DAYPART);
	if (!strong && !dp && (!digits || !tail_at(d, s, len, k)))
		return -1;
	*words = !digits;
	*end = k;
	/* 下午 (12) is after noon; 晚上/夜间 (18) is evening from 5 to 11
	 * and midnight at 12, small hours below 5; 中午 (1) is noon, 1 and
	 * 2 after it */
	sc->daypart = dp != NULL;
	if (dp && dp->val == 12 && h < 12)
		h += 12;
	else if (dp && dp->val == 18 && h >= 5 && h < 12)
		h += 12;
	else if (dp && dp->val == 18 && h == 12)
		h = 0;
	else if (dp && dp->val == 1 && h >= 1 && h <= 2)
		h += 12;
	return h * 100 + m;
}

/* 5元3角, 50元6角三分, 壹万元整: the minor units after an amount in 元. */
static size_t yuan_tail(struct scan *sc, size_t end, zhen_quantity *q)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct table *zt = &d->t[TB_ZHNUM];
	const char *s = sc->s;
	size_t len = sc->len, re;
	const struct entry *e;
	int64_t v;

	if (strcmp(q->currency, "CNY"))
		return end;
	if ((e = match_fwd(zt, s, len, end, LANG_ANY, 0, K_WHOLE)))
		return end + e->len;
	for (int step = 1; step <= 2; step++) {
		re = numeral_run(d, s, len, end, 12);
		e = match_fwd(zt, s, len, re, LANG_ANY, 0,
		              step == 1 ? K_JIAO : K_MINUTE);
		if (!e && step == 1) {
			step++;
			e = match_fwd(zt, s, len, re, LANG_ANY, 0, K_MINUTE);
		}
		if (!e || !small_numeral(d, s, end, re, 9, &v, NULL))
			break;
		zhen_decimal sum;
		if (!zhen__dec_add(&sum, q->value, zhen__dec(v, -step)))
			break;
		q->value = sum;
		if (q->precision > -step)
			q->precision = -step;
		end = re + e->len;
	}
	return end;
}

/* 数/數 just before @p p: 数亿 is some hundreds of millions, a band from
 * 10^8 as 数千 is from 1000, where 亿 alone (亿元) is no figure. */
static bool vague_before(struct scan *sc, size_t p)
{
	if (p > sc->lo && sc->s[p - 1] == ' ')
		p--;
	return match_back(&sc->d->t[TB_ZHNUM], sc->s, p, sc->lo, LANG_ANY, 0,
	                  K_VAGUE) != NULL;
}

/* A hedge just before a bare magnitude or 百/千 at @p p (超过亿元, 上万人,
 * 逾百万, 过亿): it makes one of that magnitude a figure, as 数 makes a
 * band of it. NULL when there is none, or the word before is one that
 * only ends in a hedge (不过万一). */
static const struct entry *hedge_before(struct scan *sc, size_t p)
{
	if (p > sc->lo && sc->s[p - 1] == ' ')
		p--;
	const struct entry *ap = match_back(&sc->d->t[TB_APPROX], sc->s, p,
	                                    sc->lo, ZHEN_LANG_ZH, 0, -1);
	return ap && (ap->pos & (POS_PRE | POS_MAG)) &&
	               !(ap->pos & POS_BAND) ? ap : NULL;
}

/* A word of growth or of decline before the figure at @p a, over a
 * hedge, "by"/"of" or 了 and spaces (增长了超过 1.5 倍, "fell by about
 * 12%", "a net loss of RMB 350 million"; "fell to 12%" names a level):
 * ZHEN_QF_INCREASE, ZHEN_QF_DECREASE or 0. */
static unsigned movement_before(struct scan *sc, size_t a)
{
	const struct table *t = &sc->d->t[TB_APPROX];
	const struct entry *e;
	const char *s = sc->s;
	size_t k = a;
	bool en = sc->lang == ZHEN_LANG_EN;
	if (k > sc->lo && s[k - 1] == ' ')
		k--;
	if ((e = match_back(t, s, k, sc->lo, sc->lang, POS_PRE, -1))) {
		k -= e->len;
		if (k > sc->lo && s[k - 1] == ' ')
			k--;
	}
	if (en && k >= sc->lo + 3 && s[k - 3] == ' ' &&
	    (eq_ci(s + k - 2, "by", 2) || eq_ci(s + k - 2, "of", 2)))
		k -= 3;
	else if (!en && k >= sc->lo + 3 && !memcmp(s + k - 3, "了", 3))
		k -= 3;
	if (match_back(t, s, k, sc->lo, sc->lang, POS_INCR, -1))
		return ZHEN_QF_INCREASE;
	if (match_back(t, s, k, sc->lo, sc->lang, POS_DECR, -1))
		return ZHEN_QF_DECREASE;
	return 0;
}

/* 1米85, 9秒83: two digits right after 米 or 秒 are its hundredths, as
 * "1.85 metres", "9.83 seconds" write them. The end after them, or @p
 * end. */
static size_t unit_tail(struct scan *sc, size_t end, zhen_quantity *q)
{
	const char *s = sc->s;
	size_t len = sc->len;
	zhen_decimal v;
	if ((strcmp(q->unit, "m") && strcmp(q->unit, "second")) ||
	    q->value.exp < 0 || end + 2 > len || !is_digit(s[end]) ||
	    !is_digit(s[end + 1]) || (end + 2 < len && (is_digit(s[end + 2]) ||
	                                              s[end + 2] == '.')))
		return end;
	if (!zhen__dec_add(&v, q->value,
	                   zhen__dec((s[end] - '0') * 10 + (s[end + 1] - '0'),
	                             -2)))
		return end;
	q->value = v;
	q->precision = -2;
	return end + 2;
}

/* 前 (dicts kind first) right before @p a: 前三季度 is the first three. */
static bool first_before(struct scan *sc, size_t a)
{
	const struct entry *e = match_back(&sc->d->t[TB_ZHNUM], sc->s, a,
	                                   sc->lo, LANG_ANY, 0, K_ZCTX);
	return e && e->val == ZC_FIRST;
}

/* A score word (比) right before @p a with a numeral before it: 五比三's
 * 三 is a figure. */
static bool score_before(struct scan *sc, size_t a)
{
	const struct table *zt = &sc->d->t[TB_ZHNUM];
	const struct entry *se = match_back(zt, sc->s, a, sc->lo, LANG_ANY, 0,
	                                    K_ZCTX);
	if (!se || se->val != ZC_SCORE || a - se->len < sc->lo)
		return false;
	size_t b = a - se->len;
	/* the figure before it was read, ending where look-back stops: a
	 * bare figure (not 5%比三大股指: 三 there is of 三大) */
	if (b == sc->lo) {
		const zhen_quantity *l = sc->out->n ? &sc->out->q[sc->out->n - 1]
		                                    : NULL;
		return l && l->kind == ZHEN_Q_NUMBER && !l->unit[0] &&
		       !l->currency[0];
	}
	if (is_digit(sc->s[b - 1]))
		return true;
	size_t c = b - 1;
	while (c > sc->lo && ((unsigned char)sc->s[c] & 0xC0) == 0x80)
		c--;
	const struct entry *e = zh_char(sc->d, sc->s, sc->len, c);
	return e && e->kind == K_DIGIT && c + e->len == b;
}

/* The word of dicts kind "word" (唯一, 双十一, 十四五) the character at
 * @p i belongs to, with *start where it starts, or NULL. */
static const struct entry *zword_at(struct scan *sc, size_t i, size_t *start)
{
	const struct table *zt = &sc->d->t[TB_ZHNUM];
	size_t b = i;
	for (int back = 0; back < 4; back++) {
		const struct entry *e = match_fwd(zt, sc->s, sc->len, b,
		                                  LANG_ANY, 0, K_ZWORD);
		if (e && b + e->len > i) {
			*start = b;
			return e;
		}
		if (b <= sc->lo)
			break;
		do
			b--;
		while (b > sc->lo && ((unsigned char)sc->s[b] & 0xC0) == 0x80);
	}
	return NULL;
}

/* 新台币34亿元、50亿元: a bare 元 in a list or the next clause after an
 * amount whose sign named one of 元's currencies is that currency again
 * (and in Simplified text no renminbi). @p a is where @p q starts. */
static void list_currency(struct scan *sc, size_t a, zhen_quantity *q)
{
	const struct zhen_quantities *l = sc->out;
	const struct entry *c = sc->bare;
	if (!l->n)
		return;
	const zhen_quantity *p = &l->q[l->n - 1];
	size_t pe = sc->aoff[2 * (l->n - 1) + 1];
	if (p->kind != ZHEN_Q_MONEY || (p->flags & ZHEN_QF_CUR_AMBIGUOUS) ||
	    pe > a || a - pe > 40 || !strcmp(p->currency, q->currency))
		return;
	/* a list, or the next clause of the sentence (营收为港币34亿元，
	 * 净利润为5亿元): no figure and no sentence end between */
	for (size_t k = pe; k < a; k++)
		if (is_digit(sc->s[k]) || sc->s[k] == '!' || sc->s[k] == '?' ||
		    (k + 3 <= a && !memcmp(sc->s + k, "。", 3)))
			return;
	size_t n = strlen(p->currency);
	const char *f = strstr(c->alt, p->currency);
	if (!f || (f != c->alt && f[-1] != ' ') || (f[n] && f[n] != ' '))
		return;
	memcpy(q->currency, p->currency, sizeof q->currency);
	q->currency_alt[0] = 0;
	q->flags &= ~ZHEN_QF_CUR_AMBIGUOUS;
}

/* A month number and 月 at @p p (112年3月: a year of a calendar). */
static bool month_next(struct scan *sc, size_t p)
{
	size_t k = p;
	while (k < sc->len && k < p + 2 && is_digit(sc->s[k]))
		k++;
	return k > p && match_fwd(&sc->d->t[TB_ZHNUM], sc->s, sc->len, k,
	                          LANG_ANY, 0, K_MONTH) != NULL;
}

static int zh_at(struct scan *sc, size_t i, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct table *zt = &d->t[TB_ZHNUM];
	const char *s = sc->s;
	size_t len = sc->len, p = i, a, b, end, ia, ye, k;
	const struct entry *pe, *e, *hedge = NULL;
	int prefix = -1, magexp = -1;
	zhen_quantity q;
	struct num n;
	bool cur = false, strong = false, ordinal = false, words;
	int64_t y, md;

	sc->bare = NULL;
	*next = i + cp_len((unsigned char)s[i]);
	/* 唯一一个 is "the only one": read from its first 一 it was 一一 =
	 * 11, paired with any figure the other side has; 双十一, 三七二十一
	 * count nothing either; 十四五 (value 14) is the 14th five-year
	 * plan, its ordinal */
	size_t zw;
	if (!is_digit(s[i]) && (e = zword_at(sc, i, &zw)) &&
	    /* 十四五个人: fourteen or fifteen people */
	    !(e->val && match_fwd(&d->t[TB_UNIT], s, len, zw + e->len,
	                          ZHEN_LANG_ZH, 0, -1))) {
		*next = zw + e->len;
		if (!e->val)
			return 0;
		memset(&q, 0, sizeof q);
		q.kind = ZHEN_Q_ORDINAL;
		q.value = zhen__dec(e->val, 0);
		q.flags = ZHEN_QF_WORDS;
		return emit(sc, zw, zw + e->len, &q);
	}
	/* 一半: a half, as "half of" reads */
	{
		const struct entry *one = zh_char(d, s, len, i), *h;
		if (one && one->kind == K_DIGIT && one->val == 1 &&
		    (h = match_fwd(zt, s, len, i + one->len, LANG_ANY, 0,
		                   K_HALFHOUR)) &&
		    tail_at(d, s, len, i + one->len + h->len)) {
			memset(&q, 0, sizeof q);
			q.kind = ZHEN_Q_NUMBER;
			q.value = zhen__dec(5, -1);
			q.precision = -1;
			q.flags = ZHEN_QF_WORDS;
			*next = i + one->len + h->len;
			return emit(sc, i, *next, &q);
		}
	}
	if ((e = match_fwd(zt, s, len, i, LANG_ANY, 0, K_MULTIPLE)) ||
	    (e = match_fwd(zt, s, len, i, LANG_ANY, 0, K_HALFYEAR))) {
		/* 翻两番 = ×4; 上半年 = the first half */
		memset(&q, 0, sizeof q);
		q.value = zhen__dec(e->val, 0);
		q.flags = ZHEN_QF_WORDS;
		q.kind = e->kind == K_MULTIPLE ? ZHEN_Q_NUMBER : ZHEN_Q_ORDINAL;
		set_code(q.unit, sizeof q.unit,
		         e->kind == K_MULTIPLE ? "x" : "half");
		*next = i + e->len;
		return emit(sc, i, i + e->len, &q);
	}
	{
		int64_t hm;
		bool tw;
		if (is_digit(s[i]) && (hm = colon_time(sc, i, &end)) >= 0) {
			*next = end;
			return emit_time(sc, i, end, hm, 0);
		}
		size_t za;
		if (is_digit(s[i]) &&
		    (hm = zone_time(sc, i, digit_run_end(s, len, i), &za,
		                    &end)) >= 0) {
			*next = end;
			return emit_time(sc, za, end, hm, 0);
		}
		if ((hm = zh_time(sc, i, &end, &tw)) >= 0) {
			*next = end;
			return emit_time(sc, i, end, hm,
			                 (tw ? ZHEN_QF_WORDS : 0) |
			                 (sc->daypart ? ZHEN_QF_DAYPART : 0));
		}
	}
	pe = match_fwd(zt, s, len, i, LANG_ANY, 0, K_ORDPRE);
	if (!pe)
		pe = match_fwd(zt, s, len, i, LANG_ANY, 0, K_PCTPRE);
	/* 负百分之十二: minus twelve percent */
	bool negpct = false;
	if (!pe && (e = match_fwd(zt, s, len, i, LANG_ANY, 0, K_NEG)) &&
	    (pe = match_fwd(zt, s, len, i + e->len, LANG_ANY, 0, K_PCTPRE))) {
		negpct = true;
		p += e->len;
	}
	if (pe) {
		prefix = pe->kind;
		p += pe->len;
		/* 第 13 洞: texts that space digits from Han (FLORES, Taiwan
		 * news) space them from 第 too */
		if (prefix == K_ORDPRE && p + 1 < len && s[p] == ' ' &&
		    is_digit(s[p + 1]))
			p++;
		if (p >= len)
			return 0;
	}
	if (is_digit(s[p])) {
		int rc;
		int64_t iso;
		size_t ie;
		if (prefix < 0 && (ia = ident_start(sc, p)) != (size_t)-1)
			return emit_ident(sc, ia, p, next);
		if (prefix < 0 && (iso = iso_date(sc, p, &ie))) {
			*next = ie;
			return emit_date(sc, p, ie, iso, 0);
		}
		if (prefix < 0 && (zero_code(sc, p) || version_at(sc, p)))
			return emit_ident(sc, p, p, next);
		if (prefix < 0 && (rc = dims_at(sc, p, next)))
			return rc < 0 ? rc : 0;
	} else {
		e = zh_char(d, s, len, p);
		const struct entry *fr = e ? match_fwd(zt, s, len, p + e->len,
		                                       LANG_ANY, 0, K_FRACTION)
		                           : NULL;
		struct num nu;
		if (fr && prefix < 0 && (e->kind == K_MAG || e->kind == K_UNIT) &&
		    read_zh(d, s, len, p + e->len + fr->len, &nu) && !nu.mag) {
			/* 亿分之一: one in a hundred million */
			memset(&q, 0, sizeof q);
			q.kind = ZHEN_Q_NUMBER;
			q.value = fraction_value(nu.v, zhen__dec(1, e->val));
			q.precision = q.value.exp;
			q.flags = nu.digits ? 0 : ZHEN_QF_WORDS;
			*next = nu.b;
			return emit(sc, p, nu.b, &q);
		}
		if (prefix < 0 && e && (e->kind == K_MAG || e->kind == K_UNIT))
			hedge = hedge_before(sc, p);
		if (!e || e->kind == K_POINT ||
		    (e->kind == K_MAG && prefix < 0 && !vague_before(sc, p) &&
		     !hedge))
			return 0;
	}
	if (!read_zh(d, s, len, p, &n)) {
		/* a run too long to read is no figure, nor is its tail */
		if (is_digit(s[p]))
			*next = digit_run_end(s, len, p);
		return 0;
	}
	if (n.lead_mag && prefix < 0 && !vague_before(sc, p) && !hedge)
		return 0;
	/* 二三十, 三四百万: two neighbouring digits before a unit are a
	 * colloquial range (twenty or thirty), not 230; so are two alone
	 * (五六个人, 两三天, 一两年: five or six, not 56), which the lone
	 * numeral rule below keeps to those before a measure word. */
	size_t lo_a = 0, lo_b = 0;
	zhen_decimal lo_v = { 0, 0 };
	if (prefix < 0 && !n.digits && n.direct) {
		const struct entry *e1 = zh_char(d, s, len, p), *e2, *e3;
		e2 = e1 ? zh_char(d, s, len, p + e1->len) : NULL;
		e3 = e2 ? zh_char(d, s, len, p + e1->len + e2->len) : NULL;
		struct num n2;
		if (e1 && e2 && e1->kind == K_DIGIT &&
		    e2->kind == K_DIGIT && e1->val >= 1 &&
		    e2->val == e1->val + 1 &&
		    ((e3 && (e3->kind == K_UNIT || e3->kind == K_MAG)) ||
		     (!e3 && n.ncp == 2 &&
		      match_fwd(&d->t[TB_UNIT], s, len,
		                p + e1->len + e2->len, ZHEN_LANG_ZH, 0, -1))) &&
		    read_zh(d, s, len, p + e1->len, &n2) &&
		    n2.v.coef == e2->val) {
			lo_a = p;
			lo_b = p + e1->len;
			lo_v = zhen__dec(e1->val, n2.v.exp);
			p = lo_b;
			n = n2;
		}
	}
	*next = n.b;
	if (prefix < 0) {
		/* 三分之一, 4分之3 */
		const struct entry *fr = match_fwd(zt, s, len, n.b, LANG_ANY, 0,
		                                   K_FRACTION);
		struct num nu;
		if (fr && !n.mag && !n.frac && read_zh(d, s, len, n.b + fr->len,
		                                       &nu) && !nu.mag) {
			memset(&q, 0, sizeof q);
			q.kind = ZHEN_Q_NUMBER;
			q.value = fraction_value(nu.v, n.v);
			q.precision = -6;
			q.flags = !n.digits && !nu.digits ? ZHEN_QF_WORDS : 0;
			*next = nu.b;
			return emit(sc, p, nu.b, &q);
		}
	}
	/* 七十有三: the literary "seventy and three" */
	if (prefix < 0 && !n.digits && !n.mag && !n.frac &&
	    n.v.coef && n.v.exp >= 1 && n.b + 3 < len &&
	    !memcmp(s + n.b, "有", 3)) {
		const struct entry *u1 = zh_char(d, s, len, n.b + 3);
		if (u1 && u1->kind == K_DIGIT && u1->val >= 1 &&
		    !zh_char(d, s, len, n.b + 3 + u1->len)) {
			zhen_decimal v;
			if (zhen__dec_add(&v, n.v, zhen__dec(u1->val, 0))) {
				memset(&q, 0, sizeof q);
				q.kind = ZHEN_Q_NUMBER;
				q.value = v;
				q.flags = ZHEN_QF_WORDS;
				*next = n.b + 3 + u1->len;
				return emit(sc, p, *next, &q);
			}
		}
	}
	/* 兩打雞蛋: 打 after a lone numeral is a dozen (打八折, 打电话 have
	 * no numeral before it) */
	if (prefix < 0 && !n.mag && !n.frac && n.ncp == 1 && n.b < len) {
		const struct entry *dz = match_fwd(zt, s, len, n.b, LANG_ANY, 0,
		                                   K_ZDOZEN);
		zhen_decimal v;
		if (dz && !zh_char(d, s, len, n.b + dz->len) &&
		    zhen__dec_mul(&v, n.v, zhen__dec(dz->val, 0))) {
			memset(&q, 0, sizeof q);
			q.kind = ZHEN_Q_NUMBER;
			q.value = v;
			q.flags = n.digits ? 0 : ZHEN_QF_WORDS;
			*next = n.b + dz->len;
			return emit(sc, p, n.b + dz->len, &q);
		}
	}
	memset(&q, 0, sizeof q);
	q.value = n.v;
	q.precision = n.prec;
	words = !n.digits;
	q.flags = (words ? ZHEN_QF_WORDS : 0) | (n.mag ? ZHEN_QF_MAGNITUDE : 0) |
	          (n.approx ? ZHEN_QF_APPROX : 0);
	a = prefix >= 0 ? i : p;
	b = n.b;
	if (prefix == K_ORDPRE)
		q.kind = ZHEN_Q_ORDINAL;
	else if (prefix == K_PCTPRE) {
		/* 千分之五 = 0.5% */
		q.kind = ZHEN_Q_PERCENT;
		q.value = zhen__dec_scale(q.value, -pe->val);
		q.precision -= pe->val;
		if (negpct)
			q.value.coef = -q.value.coef;
	}
	strong = prefix >= 0;
	if (prefix < 0 && !n.mag && b < len) {
		/* 三成 = 30%; 八折 = 20% off, 八五折 = 15% off */
		const struct entry *te = match_fwd(zt, s, len, b, LANG_ANY, 0,
		                                   K_TENTHS);
		const struct entry *de = te ? NULL :
			match_fwd(zt, s, len, b, LANG_ANY, 0, K_DISCOUNT);
		const struct entry *x = te ? te : de;
		bool pre_da = de && match_back(zt, s, p, sc->lo, LANG_ANY, 0,
		                               K_DISCPRE);
		zhen_decimal ten = { 1, 1 }, pct = n.v;
		if (n.direct && n.ncp == 2)
			pct = zhen__dec_scale(n.v, -1);
		/* 一折 (90% off) comes with 打; alone it is one fold (一摺,
		 * which t2s writes 一折) */
		bool one_fold = de && zhen__dec_eq(pct, zhen__dec(1, 0));
		/* 三成五 = 35%: a digit after 成 is the next place (八五折
		 * writes it before) */
		size_t xe = x ? b + x->len : b;
		const struct entry *d2 = x ? zh_char(d, s, len, xe) : NULL;
		int d2v = -1;
		if (te && d2 && d2->kind == K_DIGIT && d2->val >= 1 && n.ncp == 1 &&
		    tail_at(d, s, len, xe + d2->len) &&
		    !zh_char(d, s, len, xe + d2->len) &&
		    !unit_word_at(d, s, len, xe + d2->len)) {
			d2v = (int)d2->val;
			xe += d2->len;
		}
		if (x && zhen__dec_cmp(pct, ten) <= 0 && pct.coef > 0 &&
		    (pre_da || d2v > 0 ||
		     (!one_fold && tail_at(d, s, len, b + x->len)))) {
			memset(&q, 0, sizeof q);
			q.kind = ZHEN_Q_PERCENT;
			q.flags = words ? ZHEN_QF_WORDS : 0;
			zhen__dec_mul(&q.value, pct, ten);
			q.precision = n.prec + 1;
			if (d2v > 0) {
				zhen__dec_add(&q.value, q.value,
				              zhen__dec(d2v, 0));
				q.precision = 0;
			}
			if (de) {
				zhen_decimal off;
				zhen__dec_add(&off, zhen__dec(100, 0),
				              zhen__dec(-q.value.coef, q.value.exp));
				q.value = off;
				set_code(q.unit, sizeof q.unit, "off");
			}
			*next = xe;
			return emit(sc, a, xe, &q);
		}
	}

	/* 5G, 10kg, US$1.2bn in Chinese text */
	if (n.digits && n.ntok == 1 && b < len && is_alpha(s[b])) {
		size_t g = glued(sc, b, &q, &magexp, &ordinal);
		if (g == b)
			return prefix < 0 ? emit_ident(sc, p, p, next) : 0;
		b = g;
		strong = true;
		scale_by(&q, magexp);
		if (ordinal)
			q.kind = ZHEN_Q_ORDINAL;
	}

	if (prefix < 0 && !n.mag && !n.frac && magexp < 0 && !q.unit[0]) {
		/* "2016 年" as well as 2016年 */
		if (n.digits)
			b = sp(s, len, b);
		if (!n.frac && (y = zh_decade(sc, b, n.v, &end)) > 0) {
			q.kind = ZHEN_Q_YEAR;
			q.flags |= ZHEN_QF_DECADE;
			q.precision = 0;
			q.value = zhen__dec(y, 0);
			*next = end;
			return emit(sc, a, end, &q);
		}
		/* 90 年代, 七零年代, 八〇年代, 七十年代: a decade without its
		 * century, as the English "the '90s" (the 1990s or the
		 * 2020s: compare pairs it with a decade year of either by its
		 * last two digits); read as a figure it matched nothing */
		e = match_fwd(zt, s, len, b, LANG_ANY, 0, K_DECADE);
		if (e && ((n.digits && n.nint == 2 && !n.grouped && n.ntok == 1) ||
		          (!n.digits && n.ncp == 2)) &&
		    small_int(n.v, 0, 90, &y) && y % 10 == 0) {
			q.kind = ZHEN_Q_NUMBER;
			q.flags |= ZHEN_QF_DECADE;
			q.precision = 1;
			q.value = zhen__dec(y, 0);
			*next = b + e->len;
			return emit(sc, a, b + e->len, &q);
		}
		e = match_fwd(zt, s, len, b, LANG_ANY, 0, K_YEAR);
		/* 公元79年, 公元前200年: an era makes any figure a year */
		size_t pk = p > sc->lo && s[p - 1] == ' ' ? p - 1 : p;
		const struct entry *era = !e || n.grouped ? NULL :
			match_back(zt, s, pk, sc->lo, LANG_ANY, 0, K_ERA);
		if (era && era->val != 3 && small_int(n.v, 1, 9999, &y)) {
			q.kind = ZHEN_Q_YEAR;
			q.precision = 0;
			q.value = zhen__dec(era->val == 2 ? -y : y, 0);
			*next = b + e->len;
			return emit(sc, era->val == 2 ? pk - era->len : a,
			            b + e->len, &q);
		}
		/* 民國112年 is 2023: Taiwan's calendar counts from 1912 (era
		 * value 3). Taiwan's text writes 112年度, 112年3月 without its
		 * name too (a count of years takes neither 度 nor a month):
		 * read so in text detected as Taiwan's (Hong Kong's 97年 is
		 * 1997; compare pairs such a bare year either way). */
		int64_t roc = 0;
		if (era && era->val == 3 && n.digits && small_int(n.v, 1, 200, &roc))
			a = pk - era->len;
		else if (!(e && !era && sc->conv == ZHEN_CONVERT_TW2S &&
		           n.digits && !n.grouped && n.ntok == 1 &&
		           (n.nint == 2 || n.nint == 3) &&
		           small_int(n.v, 30, 150, &roc) &&
		           (zh_monthday(sc, b + e->len, &end, &ordinal) ||
		            month_next(sc, b + e->len) ||
		            (b + e->len + 3 <= len &&
		             !memcmp(s + b + e->len, "度", 3)))))
			roc = 0;
		if (roc) {
			q.value = zhen__dec(roc + 1911, 0);
			n.v = q.value;
			n.nint = 4;
		}
		if (e && ((n.digits && n.nint == 4 && !n.grouped && n.ntok == 1) ||
		          (!n.digits && n.direct && n.ncp == 4)) &&
		    small_int(n.v, 1000, 2999, &y)) {
			ye = b + e->len;
			if ((md = zh_monthday(sc, ye, &end, &ordinal))) {
				*next = end;
				return emit_date(sc, a, end, y * 10000 + md,
				                 words && ordinal ? ZHEN_QF_WORDS : 0);
			}
			q.kind = ZHEN_Q_YEAR;
			q.precision = 0;
			*next = ye;
			return emit(sc, a, ye, &q);
		}
		e = match_fwd(zt, s, len, b, LANG_ANY, 0, K_MONTH);
		if (e && small_int(n.v, n.digits ? 0 : 1,
		                   n.digits && !n.grouped ? 99 : 12, &y)) {
			if ((md = zh_monthday(sc, p, &end, &ordinal))) {
				*next = end;
				return emit_date(sc, a, end, md,
				                 ordinal ? ZHEN_QF_WORDS : 0);
			}
			/* a month alone: 十月, 6 月份 (but 0 月 is none) */
			if (y > 0) {
				*next = b + e->len;
				return emit_date(sc, a, b + e->len, y * 100,
				                 words ? ZHEN_QF_WORDS : 0);
			}
		}
		b = n.b;
	}
	/* -10.1万; but not the hyphen of 2018-2023 or 10%-15% */
	if (prefix < 0 && n.digits && p > 0 && s[p - 1] == '-' &&
	    (sc->out->n == 0 || sc->lo < p - 1) &&
	    (p == 1 || !is_alnum(s[p - 2]))) {
		a = p - 1;
		q.value.coef = -q.value.coef;
	} else if (prefix < 0 && n.digits && (k = minus_sign(sc, p))) {
		a = p - k;
		q.value.coef = -q.value.coef;
	}
	if (prefix < 0)
		a = pre_context(sc, a, &q, &cur);
	if (hedge)
		q.flags |= ZHEN_QF_APPROX;
	end = q.unit[0] ? b : post_context(sc, b, &q, cur, &strong);
	q.flags |= movement_before(sc, a);
	end = unit_tail(sc, end, &q);
	/* 两年半, 三个半月: and a half of the unit */
	if (end + 3 <= len && !memcmp(s + end, "半", 3) && q.unit[0] &&
	    (!strcmp(q.unit, "year") || !strcmp(q.unit, "month") ||
	     !strcmp(q.unit, "day") || !strcmp(q.unit, "hour")) &&
	    /* not 半导体, 半岛: 半 then ends the figure */
	    tail_at(d, s, len, end + 3) &&
	    zhen__dec_add(&q.value, q.value, zhen__dec(5, -1))) {
		end += 3;
		q.precision = -1;
	}
	/* 前三季度: the first three quarters, a count, not the third */
	if (q.kind == ZHEN_Q_ORDINAL && prefix < 0 &&
	    !strcmp(q.unit, "quarter") && first_before(sc, a))
		q.kind = ZHEN_Q_NUMBER;
	if (cur)
		strong = true;
	if (q.kind == ZHEN_Q_MONEY)
		end = yuan_tail(sc, end, &q);
	if (sc->bare && q.kind == ZHEN_Q_MONEY)
		list_currency(sc, a, &q);
	/* 5亿元左右, 30%左右: a hedge after the unit or currency too */
	if (end < len && match_fwd(&d->t[TB_APPROX], s, len, sp(s, len, end),
	                           ZHEN_LANG_ZH, POS_AFTER, -1))
		q.flags |= ZHEN_QF_APPROX;
	/* A lone numeral character (一些, 统一, 三星, 十分), one led by
	 * 百/千 (千方百计), or two digits read one by one (三一学院) is a
	 * number only with a measure word after it. */
	if (words && !strong && !lo_b &&
	    (n.ncp == 1 || n.lead_unit || (n.direct && n.ncp == 2)) &&
	    /* 逾百万。, 过亿, : hedged, a figure before what is no word
	     * (超过万科 is "overtook Vanke", 近千万别 "never") */
	    !(hedge && (n.lead_unit || n.lead_mag) &&
	      (!is_han_at(s, len, end) ||
	       /* 逾百万用户, 超千亿市值: two numerals and more are a
	        * figure before any noun; 千万 alone is also "by all
	        * means" (最近千万别去) */
	       (n.ncp >= 2 && !(n.ncp == 2 && n.lead_unit &&
	                        zhen__dec_eq(n.v, zhen__dec(1, 7)))) ||
	       /* 过亿用户, 突破亿大关: 亿 alone names no company */
	       (n.ncp == 1 && n.lead_mag &&
	        zhen__dec_eq(n.v, zhen__dec(1, 8))))) &&
	    /* 数以万计: a band, counted in ten thousands */
	    !(vague_before(sc, p) && end < len && is_han_at(s, len, end) &&
	      tail_at(d, s, len, end))) {
		/* 三到四百万: the lower end of a range is a figure; 五比三:
		 * both figures of a score */
		const struct entry *re = match_fwd(zt, s, len, end, LANG_ANY, 0,
		                                   K_RANGE);
		const struct entry *ne = re ? zh_char(d, s, len, end + re->len)
		                            : NULL;
		const struct entry *se = match_fwd(zt, s, len, end, LANG_ANY, 0,
		                                   K_ZCTX);
		const struct entry *sn = se && se->val == ZC_SCORE
		                             ? zh_char(d, s, len, end + se->len)
		                             : NULL;
		if ((!ne || ne->kind != K_DIGIT) &&
		    (!sn || sn->kind != K_DIGIT) && !score_before(sc, a))
			return 0;
	}
	if (lo_b) {
		zhen_quantity lq = q;
		int rc;
		lq.value = lo_v;
		lq.precision = lo_v.exp;
		lq.flags |= ZHEN_QF_RANGE;
		q.flags |= ZHEN_QF_RANGE;
		if ((rc = emit(sc, lo_a < a ? lo_a : a, lo_b, &lq)) < 0)
			return rc;
		a = lo_b;
	}
	*next = end > *next ? end : *next;
	return emit(sc, a, end, &q);
}

/* ---- ranges ---- */

static bool range_between(struct scan *sc, size_t a, size_t b)
{
	const char *s = sc->s;
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	if (a == b)
		return false;
	/* between 3 and 4 million */
	if (b - a == 3 && !memcmp(s + a, "and", 3)) {
		size_t k = 0;
		while (k < sc->out->n && sc->aoff[2 * k + 1] != a - 1 &&
		       sc->aoff[2 * k + 1] != a)
			k++;
		size_t x = k < sc->out->n ? sc->aoff[2 * k] : 0;
		return x >= 8 && !memcmp(s + x - 8, "between ", 8);
	}
	const struct entry *e = match_fwd(&sc->d->t[TB_ZHNUM], s, b, a,
	                                  LANG_ANY, 0, K_RANGE);
	if (e && a + e->len == b)
		return true;
	e = match_fwd(&sc->d->t[TB_ENW], s, b, a, LANG_ANY, 0, K_RANGE);
	return e && a + e->len == b;
}

/* RMB 6.093 billion (USD 840 million): an amount in parentheses right
 * after an amount in another currency restates it. */
static void mark_conversions(struct scan *sc)
{
	struct zhen_quantities *l = sc->out;
	for (size_t k = 0; k + 1 < l->n; k++) {
		zhen_quantity *x = &l->q[k], *y = &l->q[k + 1];
		size_t a = sc->aoff[2 * k + 1], b = sc->aoff[2 * k + 2];
		while (a < b && sc->s[a] == ' ')
			a++;
		if (a >= b || sc->s[a] != '(')
			continue;
		/* (約8.4億美元), "(about USD 840 million)", (折合…),
		 * "(equivalent to …)": hedged or introduced */
		for (int w = 0; w < 2; w++) {
			size_t c = a + 1;
			while (c < b && sc->s[c] == ' ')
				c++;
			const struct entry *e = match_fwd(
				&sc->d->t[TB_APPROX], sc->s, sc->len, c, sc->lang,
				POS_PRE | POS_CONV, -1);
			if (!e || c + e->len > b)
				break;
			a = c + e->len - 1;
		}
		while (a + 1 < b && sc->s[a + 1] == ' ')
			a++;
		if (b != a + 1)
			continue;
		/* (a unit converted in brackets, "120 km (75 miles)", is
		 * no such restatement: measured on FLORES, covering it hid
		 * 13 / 12 dropped figures of "645 英里（1040 公里）") */
		if (x->kind == ZHEN_Q_MONEY && y->kind == ZHEN_Q_MONEY &&
		    strcmp(x->currency, y->currency))
			y->flags |= ZHEN_QF_CONVERSION;
	}
}

/* "one in a hundred million": a figure, " in ", a figure is a fraction. */
static void mark_fractions(struct scan *sc)
{
	struct zhen_quantities *l = sc->out;
	for (size_t k = 0; k + 1 < l->n; k++) {
		zhen_quantity *x = &l->q[k], *y = &l->q[k + 1];
		size_t a = sc->aoff[2 * k + 1], b = sc->aoff[2 * k + 2];
		if (sc->lang != ZHEN_LANG_EN || b - a != 4 ||
		    memcmp(sc->s + a, " in ", 4) || x->kind != ZHEN_Q_NUMBER ||
		    y->kind != ZHEN_Q_NUMBER || x->unit[0] || y->unit[0] ||
		    x->value.coef <= 0 || y->value.coef <= 0 ||
		    zhen__dec_cmp(x->value, y->value) >= 0)
			continue;
		x->value = fraction_value(x->value, y->value);
		x->precision = x->value.exp < -6 ? x->value.exp : -6;
		x->flags = (x->flags & y->flags & ZHEN_QF_WORDS);
		x->end = y->end;
		sc->aoff[2 * k + 1] = sc->aoff[2 * k + 3];
		memmove(y, y + 1, (l->n - k - 2) * sizeof *y);
		memmove(sc->aoff + 2 * k + 2, sc->aoff + 2 * k + 4,
		        (l->n - k - 2) * 2 * sizeof *sc->aoff);
		l->n--;
	}
}

/* 2018-2023年, 10至15%, 10%至15%: both ends are one kind and flagged. */
/* A date's YYYYMMDD parts, or false for a clock time or a month alone. */
static bool date_parts(const zhen_quantity *q, int64_t *v)
{
	if (q->kind != ZHEN_Q_DATE || !strcmp(q->unit, "time") ||
	    !small_int(q->value, 1, 99999999, v))
		return false;
	return *v % 100 != 0;
}

/* The ends of a date range share what one end writes once: 3月5日至11日
 * and "5 to 11 March 2024" (a day alone at one end), 1至9月 (a month),
 * 2024年7月26日至8月11日 and "July 26 to August 11, 2024" (the year). */
static void date_range(zhen_quantity *x, zhen_quantity *y, bool plain)
{
	int64_t vx, vy, d;
	bool dx = date_parts(x, &vx), dy = date_parts(y, &vy);
	if (dx && y->kind == ZHEN_Q_NUMBER && !y->unit[0] &&
	    !(y->flags & ~ZHEN_QF_RANGE) && small_int(y->value, 1, 31, &d) &&
	    d > vx % 100) {
		y->kind = ZHEN_Q_DATE;
		y->value = zhen__dec(vx / 100 * 100 + d, 0);
		y->precision = 0;
	} else if (dy && plain && !x->flags && small_int(x->value, 1, 31, &d) &&
	           d < vy % 100) {
		x->kind = ZHEN_Q_DATE;
		x->value = zhen__dec(vy / 100 * 100 + d, 0);
		x->precision = 0;
	} else if (plain && !x->flags && y->kind == ZHEN_Q_DATE &&
	           strcmp(y->unit, "time") && small_int(y->value, 100, 1200, &vy) &&
	           vy % 100 == 0 && small_int(x->value, 1, 12, &d) &&
	           d < vy / 100) {
		/* 1至9月: January to September */
		x->kind = ZHEN_Q_DATE;
		x->value = zhen__dec(d * 100, 0);
		x->precision = 0;
	} else if (dx && dy && (vx >= 10000) != (vy >= 10000)) {
		if (vx >= 10000)
			y->value = zhen__dec(vx / 10000 * 10000 + vy, 0);
		else
			x->value = zhen__dec(vy / 10000 * 10000 + vx, 0);
	}
}

/* "March 5 to 11, 2024": the year after the range's end is both ends'
 * (the reader took 11 for a day, and 2024 for a year of its own). */
static void date_range_year(struct scan *sc, size_t k)
{
	struct zhen_quantities *l = sc->out;
	if (k + 2 >= l->n)
		return;
	zhen_quantity *x = &l->q[k], *y = &l->q[k + 1], *z = &l->q[k + 2];
	int64_t vx, vy, yr;
	size_t a = sc->aoff[2 * k + 3], b = sc->aoff[2 * k + 4];
	if (!date_parts(x, &vx) || !date_parts(y, &vy) || vx >= 10000 ||
	    vy >= 10000 || vy % 100 == 0 || z->kind != ZHEN_Q_YEAR ||
	    !small_int(z->value, 1000, 2999, &yr) || b < a || b - a > 2 ||
	    (b - a == 2 && sc->s[a] != ','))
		return;
	for (size_t i = a; i < b; i++)
		if (sc->s[i] != ',' && sc->s[i] != ' ')
			return;
	x->value = zhen__dec(yr * 10000 + vx, 0);
	y->value = zhen__dec(yr * 10000 + vy, 0);
	y->end = z->end;
	sc->aoff[2 * k + 3] = sc->aoff[2 * k + 5];
	memmove(&l->q[k + 2], &l->q[k + 3], (l->n - k - 3) * sizeof *l->q);
	memmove(&sc->aoff[2 * k + 4], &sc->aoff[2 * k + 6],
	        (2 * (l->n - k - 3)) * sizeof *sc->aoff);
	l->n--;
}

static void mark_ranges(struct scan *sc)
{
	struct zhen_quantities *l = sc->out;
	for (size_t k = 0; k + 1 < l->n; k++) {
		zhen_quantity *x = &l->q[k], *y = &l->q[k + 1];
		int64_t v;
		/* 2023/24: a split year (a fiscal or school year), as
		 * 2023-24 */
		bool split = sc->aoff[2 * k + 2] == sc->aoff[2 * k + 1] + 1 &&
		             sc->s[sc->aoff[2 * k + 1]] == '/';
		if (x->kind == ZHEN_Q_IDENT || y->kind == ZHEN_Q_IDENT ||
		    (!split && !range_between(sc, sc->aoff[2 * k + 1],
		                              sc->aoff[2 * k + 2])))
			continue;
		bool plain = x->kind == ZHEN_Q_NUMBER && !x->unit[0] &&
		             !(x->flags & ZHEN_QF_MAGNITUDE);
		/* "RMB 500-600 million", "$5-6 billion": the currency is
		 * written on the lower end, the magnitude on the upper */
		bool lowcur = x->kind == ZHEN_Q_MONEY && !x->unit[0] &&
		              !(x->flags & ZHEN_QF_MAGNITUDE) &&
		              ((y->kind == ZHEN_Q_NUMBER && !y->unit[0]) ||
		               (y->kind == ZHEN_Q_MONEY &&
		                !strcmp(x->currency, y->currency)));
		if (lowcur && y->kind == ZHEN_Q_NUMBER) {
			memcpy(y->currency, x->currency, sizeof y->currency);
			memcpy(y->currency_alt, x->currency_alt,
			       sizeof y->currency_alt);
			y->flags |= x->flags & ZHEN_QF_CUR_AMBIGUOUS;
			y->kind = ZHEN_Q_MONEY;
		}
		if ((plain || lowcur) && (y->flags & ZHEN_QF_MAGNITUDE) &&
		    x->value.coef > 0 && zhen__dec_cmp(x->value, y->value) < 0) {
			/* 3-4 million, 3至4亿: the lower end takes the
			 * magnitude word of the upper, at the largest scale
			 * that keeps it below (9-10 million = 9,000,000) */
			for (int32_t e = 18; e > 0; e--) {
				zhen_decimal xs = zhen__dec_scale(x->value, e);
				if (xs.exp > 18 || zhen__dec_cmp(xs, y->value) > 0)
					continue;
				x->value = xs;
				x->precision += e;
				x->flags |= ZHEN_QF_MAGNITUDE;
				if (!x->currency[0] && y->currency[0]) {
					memcpy(x->currency, y->currency,
					       sizeof x->currency);
					x->kind = y->kind;
				}
				break;
			}
			plain = false;
		}
		int64_t xv = 0, yv = 0;
		bool year_x = x->kind == ZHEN_Q_YEAR ||
		              (plain && x->precision == 0 &&
		               small_int(x->value, 1000, 2999, &xv));
		small_int(x->value, 1000, 2999, &xv);
		if (split && year_x && small_int(y->value, 1001, 3000, &yv) &&
		    yv == xv + 1 && y->value.exp == 0) {
			/* 2023/2024 */
			x->kind = y->kind = ZHEN_Q_YEAR;
			y->unit[0] = 0;
		}
		/* 11,000 到 22,500 美元, 10 至 15 公里: the lower end is in
		 * the upper's currency or unit, as "$11,000 to $22,500"
		 * writes it twice (not the 年 of 2023-24年) */
		if (x->kind == ZHEN_Q_NUMBER && !x->unit[0] && !x->currency[0] &&
		    !(year_x && !strcmp(y->unit, "year"))) {
			if (y->kind == ZHEN_Q_MONEY) {
				memcpy(x->currency, y->currency, sizeof x->currency);
				memcpy(x->currency_alt, y->currency_alt,
				       sizeof x->currency_alt);
				x->flags |= y->flags & ZHEN_QF_CUR_AMBIGUOUS;
				x->kind = ZHEN_Q_MONEY;
				plain = false;
			} else if (y->kind == ZHEN_Q_NUMBER && y->unit[0]) {
				memcpy(x->unit, y->unit, sizeof x->unit);
				plain = false;
			}
		}
		/* 2024/12/31 and 1500/20 are no split years: a split
		 * year is two consecutive years */
		if (split && (x->flags & ZHEN_QF_RANGE))
			continue;
		if (year_x && y->kind == ZHEN_Q_NUMBER &&
		    (!y->unit[0] || !strcmp(y->unit, "year")) && !y->flags &&
		    small_int(y->value, 0, 99, &v) &&
		    sc->aoff[2 * k + 3] - sc->aoff[2 * k + 2] >= 2 &&
		    is_digit(sc->s[sc->aoff[2 * k + 2] + 1])) {
			/* 1995-96 */
			int64_t yy = xv / 100 * 100 + v;
			if (yy <= xv)
				yy += 100;
			if (split && yy != xv + 1)
				continue;
			y->value = zhen__dec(yy, 0);
			y->kind = ZHEN_Q_YEAR;
			y->unit[0] = 0;
			x->kind = ZHEN_Q_YEAR;
		} else if (split) {
			continue;
		}
		date_range(x, y, plain);
		date_range_year(sc, k);
		if (plain && (y->kind == ZHEN_Q_PERCENT ||
		              y->kind == ZHEN_Q_POINTS))
			x->kind = y->kind;
		if (plain && y->kind == ZHEN_Q_YEAR &&
		    small_int(x->value, 1000, 2999, &v) && x->precision == 0)
			x->kind = ZHEN_Q_YEAR;
		if (x->kind != y->kind)
			continue;
		x->flags |= ZHEN_QF_RANGE;
		y->flags |= ZHEN_QF_RANGE;
	}
}

/* ---- Traditional → Simplified around the candidates only ---- */

/* OpenCC is the slow stage: convert windows of a few code points around
 * each numeral candidate, wide enough for 人民幣 before and 個百分點 or
 * 週年 after.
 *
 * Even windows cost ~0.7 µs a character in OpenCC, more than the rest of
 * the reader, so a window is converted code point by code point from what
 * OpenCC makes of each code point alone, asked once per code point and
 * kept (cp_alone). That drops OpenCC's phrase context. It cannot change
 * what the reader sees unless a phrase converts a character of the
 * dictionaries (or into one) differently from the character alone; in
 * OpenCC 1.1.6's t2s, tw2s and hk2s chains only four do (瞭解→了解,
 * 么麼→幺麽, 衹得→只得, 鍾 in names→锺), none beside a number. test_numbers
 * checks that the quantities of every FLORES Traditional line equal those
 * read from OpenCC's own whole-line conversion. A code point that is not
 * one BMP code point to one falls back to OpenCC on the window. */
#define WINDOW 5

static bool grow_text(struct zhen__text *t, size_t *cap, size_t need)
{
	if (need <= *cap)
		return true;
	size_t nc = *cap ? *cap * 2 : 256;
	while (nc < need)
		nc *= 2;
	char *ns = realloc(t->s, nc + 1);
	if (!ns)
		return false;
	t->s = ns;
	size_t *nm = realloc(t->map, (nc + 1) * sizeof *nm);
	if (!nm)
		return false;
	t->map = nm;
	*cap = nc;
	return true;
}

static size_t count_cp(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Append f->s[off[a], off[b]) (or its conversion @p conv) with the map of
 * the code points it replaces. */
static bool append_span(struct zhen__text *o, size_t *cap,
                        const struct zhen__text *f, const size_t *off,
                        size_t a, size_t b, const char *conv, size_t clen)
{
	const char *src = conv ? conv : f->s + off[a];
	size_t n = conv ? clen : off[b] - off[a], ci = a;
	if (!grow_text(o, cap, o->len + n + 1))
		return false;
	for (size_t k = 0; k < n; k++) {
		if (k && ((unsigned char)src[k] & 0xC0) != 0x80)
			ci++;
		o->s[o->len] = src[k];
		o->map[o->len++] = f->map[off[ci]];
	}
	return true;
}

/* A cache slot: 0 unknown, CP_KNOWN | the code point OpenCC gives, or
 * CP_OTHER when it gives anything but one BMP code point. */
#define CP_KNOWN 0x80000000u
#define CP_OTHER 0xFFFFFFFFu

static uint32_t cp_learn(zhen_ctx *ctx, zhen_convert_mode conv, int32_t cp);

/* What OpenCC makes of @p cp alone (CP_OTHER when unknowable): nearly
 * always known already. */
static inline uint32_t cp_alone(zhen_ctx *ctx, zhen_convert_mode conv,
                                int32_t cp)
{
	const uint32_t *page;
	if (cp >= 0 && cp <= 0xFFFF && (unsigned)conv < ZHEN__NCONVERT &&
	    (page = ctx->numbers->cpconv[conv][cp >> 8]) && page[cp & 0xFF])
		return page[cp & 0xFF];
	return cp_learn(ctx, conv, cp);
}

static uint32_t cp_learn(zhen_ctx *ctx, zhen_convert_mode conv, int32_t cp)
{
	struct zhen__numbers_data *d = ctx->numbers;
	uint32_t *page, r = CP_OTHER;
	char in[4], *cv = NULL;
	size_t n, cl = 0, k = 0;

	if (cp < 0 || cp > 0xFFFF || (unsigned)conv >= ZHEN__NCONVERT)
		return CP_OTHER;
	page = d->cpconv[conv][cp >> 8];
	if (page && page[cp & 0xFF])
		return page[cp & 0xFF];
	if (!page) {
		page = calloc(256, sizeof *page);
		if (!page)
			return CP_OTHER;
		d->cpconv[conv][cp >> 8] = page;
	}
	n = zhen__utf8_put(in, cp);
	if (zhen__opencc(&cv, &cl, ctx, conv, in, n) == 0 && cv && cl &&
	    count_cp(cv, cl) == 1) {
		int32_t o = next_cp(cv, cl, &k);
		if (o >= 0 && o <= 0xFFFF && k == cl)
			r = CP_KNOWN | (uint32_t)o;
	}
	free(cv);
	page[cp & 0xFF] = r;
	return r;
}

/* Convert f->s[off[a], off[b]) code point by code point from the cache
 * into @p buf (4 bytes per code point of room); false when a code point
 * is not one code point to one. */
static bool convert_by_cp(zhen_ctx *ctx, zhen_convert_mode conv,
                          const struct zhen__text *f, const size_t *off,
                          size_t a, size_t b, char *buf, size_t *blen)
{
	size_t n = 0;
	for (size_t c = a; c < b; c++) {
		size_t i = off[c];
		int32_t cp = next_cp(f->s, f->len, &i);
		uint32_t r = cp < 0x80 ? CP_KNOWN | (uint32_t)cp
		                       : cp_alone(ctx, conv, cp);
		if (r == CP_OTHER)
			return false;
		n += zhen__utf8_put(buf + n, (int32_t)(r & ~CP_KNOWN));
	}
	*blen = n;
	return true;
}

/* What a code point of the folded text is to the reader: CAND_NUM, a
 * numeral whose window converts; CAND_START, where the scan starts
 * (digits, numerals, 第, 翻番); CAND_WIN, inside a converted window. */
enum { CAND_NUM = 1, CAND_WIN = 2, CAND_START = 4 };

/* The common case of convert_windows(), without building a new text:
 * when every code point of every window converts to one of the same byte
 * length, overwrite them in @p f. d->off/to/cand describe the @p ncp code
 * points of @p f (fold_into()); a converted code point gets its
 * CAND_START bit anew (韆 becomes 千); *changed is set when one
 * converts to another. 1 when done, 0 when @p f is untouched and
 * convert_windows() must run. */
static int convert_in_place(zhen_ctx *ctx, zhen_convert_mode conv,
                            struct zhen__text *f, size_t ncp, bool *changed)
{
	struct zhen__numbers_data *d = ctx->numbers;
	size_t *off = d->off;
	uint32_t *to = d->to;
	unsigned char *cand = d->cand;
	size_t done = 0;
	bool any = false;

	/* Mark the windows exactly as convert_windows() draws them and
	 * learn every code point in them into to[] (convert_windows()
	 * reads the text, not to[], when this gives up). */
	for (size_t c = 0; c < ncp;) {
		if (!(cand[c] & CAND_NUM)) {
			c++;
			continue;
		}
		size_t a = c > WINDOW ? c - WINDOW : 0, b = c;
		if (a < done)
			a = done;
		for (size_t last = c; b < ncp && b <= last + WINDOW; b++)
			if (cand[b] & CAND_NUM)
				last = b;
		for (size_t x = a; x < b; x++) {
			int32_t cp = (int32_t)to[x];
			uint32_t r = cp < 0x80 ? CP_KNOWN | (uint32_t)cp
			                       : cp_alone(ctx, conv, cp);
			uint32_t o = r & ~CP_KNOWN;
			if (r == CP_OTHER ||
			    (o < 0x80 ? 1u : o < 0x800 ? 2u : o < 0x10000 ? 3u : 4u) !=
			    off[x + 1] - off[x])
				return 0;
			if (o != (uint32_t)cp)
				*changed = true;
			to[x] = r & ~CP_KNOWN;
			cand[x] |= CAND_WIN;
			any = true;
		}
		done = b;
		c = b;
	}
	if (!any)
		return 1;
	for (size_t x = 0; x < ncp; x++) {
		if (!(cand[x] & CAND_WIN))
			continue;
		int32_t o = (int32_t)to[x];
		if (o < 0x80)
			continue;
		zhen__utf8_put(f->s + off[x], o);
		cand[x] = (unsigned char)((cand[x] & ~CAND_START) |
		                          (is_startcp(d, o) ? CAND_START : 0));
	}
	return 1;
}

static int convert_windows(zhen_ctx *ctx, zhen_convert_mode conv,
                           const struct zhen__text *f, struct zhen__text *o)
{
	const struct zhen__numbers_data *d = ctx->numbers;
	size_t ncp = count_cp(f->s, f->len), cap = 0, i = 0, k = 0;
	size_t *off = malloc((ncp + 1) * sizeof *off);
	unsigned char *cand = calloc(ncp + 1, 1);
	char *wbuf = malloc(4 * ncp + 4);
	int rc = ZHEN_ENOMEM;

	memset(o, 0, sizeof *o);
	if (!off || !cand || !wbuf)
		goto out;
	while (i < f->len) {
		off[k] = i;
		int32_t cp = next_cp(f->s, f->len, &i);
		cand[k++] = (cp >= '0' && cp <= '9') || is_numcp(d, cp);
	}
	off[ncp] = f->len;
	size_t done = 0; /* code points already appended */
	for (size_t c = 0; c < ncp;) {
		if (!cand[c]) {
			c++;
			continue;
		}
		size_t a = c > WINDOW ? c - WINDOW : 0, b = c;
		if (a < done)
			a = done;
		/* extend over the candidate run and the windows it touches */
		for (size_t last = c; b < ncp && b <= last + WINDOW; b++)
			if (cand[b])
				last = b;
		if (!append_span(o, &cap, f, off, done, a, NULL, 0))
			goto out;
		size_t wl = 0;
		if (convert_by_cp(ctx, conv, f, off, a, b, wbuf, &wl)) {
			if (!append_span(o, &cap, f, off, a, b, wbuf, wl))
				goto out;
			done = b;
			c = b;
			continue;
		}
		char *cv = NULL;
		size_t cl = 0;
		size_t before = off[b] - off[a];
		bool ok = false;
		/* The converter may be unavailable: a failure leaves the
		 * window as written, never the whole extraction failed. */
		if (before && zhen__opencc(&cv, &cl, ctx, conv, f->s + off[a],
		                           before) == 0 && cv)
			ok = count_cp(cv, cl) == b - a;
		if (!append_span(o, &cap, f, off, a, b, ok ? cv : NULL, cl)) {
			free(cv);
			goto out;
		}
		free(cv);
		done = b;
		c = b;
	}
	if (!append_span(o, &cap, f, off, done, ncp, NULL, 0) ||
	    !grow_text(o, &cap, o->len + 1))
		goto out;
	o->s[o->len] = 0;
	o->map[o->len] = f->map[f->len];
	rc = 0;
out:
	if (rc < 0)
		zhen__text_free(o);
	free(off);
	free(cand);
	free(wbuf);
	return rc;
}

/* ---- public API ---- */

static bool fullwidth_digit_at(const unsigned char *u)
{
	return u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99;
}

/* Whether zhen__fold() would change anything: U+FF01–FF5E and U+3000
 * start with EF or E3. */
static bool foldable(const char *s, size_t len)
{
	return len && (memchr(s, 0xEF, len) || memchr(s, 0xE3, len));
}

static bool reserve(void **p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return true;
	size_t nc = *cap ? *cap : 256;
	while (nc < need)
		nc *= 2;
	void *np = realloc(*p, nc * size);
	if (!np)
		return false;
	*p = np;
	*cap = nc;
	return true;
}

/* Room for a text of @p len bytes in d->fs/fmap and, with @p cps, for its
 * code points in d->off/to/cand. */
static bool reserve_text(struct zhen__numbers_data *d, size_t len, bool cps)
{
	size_t c1 = d->fcap, c2 = d->fcap, c3 = d->ccap, c4 = d->ccap,
	       c5 = d->ccap, c6 = d->ccap;
	/* fs: 8 bytes of zeros after the text for word_end() */
	bool ok = reserve((void **)&d->fs, &c1, len + 8, 1) &&
	          reserve((void **)&d->fmap, &c2, len + 8, sizeof *d->fmap);
	if (ok)
		d->fcap = c1 < c2 ? c1 : c2;
	if (!ok || !cps)
		return ok;
	ok = reserve((void **)&d->off, &c3, len + 1, sizeof *d->off) &&
	     reserve((void **)&d->to, &c4, len + 1, sizeof *d->to) &&
	     reserve((void **)&d->cand, &c5, len + 1, 1) &&
	     reserve((void **)&d->soff, &c6, len + 1, sizeof *d->soff);
	if (ok) {
		size_t m = c3 < c4 ? c3 : c4;
		m = m < c5 ? m : c5;
		d->ccap = m < c6 ? m : c6;
	}
	return ok;
}

/* The CAND_* bits of a code point of the folded Chinese text. */
static inline unsigned char cand_of(const struct zhen__numbers_data *d,
                                    int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9' ? CAND_NUM | CAND_START : 0;
	/* every numeral is also a start (rebuild_numcp()), and most code
	 * points are neither: one test for them */
	if (cp < 0x10000)
		return !(d->startbits[cp >> 3] >> (cp & 7) & 1) ? 0 :
		       (unsigned char)(CAND_START |
		                       (d->numbits[cp >> 3] >> (cp & 7) & 1));
	return (unsigned char)((is_numcp(d, cp) ? CAND_NUM : 0) |
	                       (is_startcp(d, cp) ? CAND_START : 0));
}

/* zhen__fold() of English text into the buffers of @p d (zhen__fold_cp();
 * test_numbers compares the two). */
static void fold_en(struct zhen__numbers_data *d, struct zhen__text *f,
                    const char *src, size_t len)
{
	const unsigned char *u = (const unsigned char *)src;
	char *o = d->fs;
	size_t *map = d->fmap, i = 0, n = 0;

	while (i < len) {
		unsigned char c = u[i];
		size_t m = c < 0x80 ? 1 : cp_len(c);
		if (m > len - i)
			m = len - i;
		if (m == 3) {
			int32_t cp = ((int32_t)(c & 0x0F) << 12) |
			             ((int32_t)(u[i + 1] & 0x3F) << 6) |
			             (u[i + 2] & 0x3F);
			int32_t fc = zhen__fold_cp(cp);
			if (fc != cp) {
				/* every fold lands in ASCII */
				map[n] = i;
				o[n++] = (char)fc;
				i += 3;
				continue;
			}
		}
		for (size_t x = 0; x < m; x++) {
			map[n] = i;
			o[n++] = src[i + x];
		}
		i += m;
	}
	map[n] = len;
	o[n] = 0;
	f->s = o;
	f->len = n;
	f->map = map;
}

/* zhen__fold() of Chinese text into the buffers of @p d, and at the same
 * time its code points into d->off/soff/to/cand: the text is walked once
 * instead of four times (fold, full-width commas, candidates, scan), and
 * a text without a candidate stops here. Folds as zhen__fold() does, with
 * a source offset per code point (soff) in place of a map entry per byte
 * (test_numbers compares the two). Returns the number of code points,
 * and *any whether one is a candidate.
 *
 * In Chinese text ， is the comma of the sentence: "100，200" lists two
 * figures. It groups digits only between full-width digits (１，２３４),
 * where the writer typeset the whole figure in full width; elsewhere it
 * becomes ';', a separator read_arabic() never takes. (Tried: grouping
 * ASCII digits where it does so twice, 12，345，678美元, read price lists
 * such as 80，180，380元 as one figure: both are sloppy typing, and a
 * list read as one figure gives the false error.) */
static size_t fold_zh(struct zhen__numbers_data *d, struct zhen__text *f,
                      const char *src, size_t len, bool *any)
{
	const unsigned char *u = (const unsigned char *)src;
	char *o = d->fs;
	size_t *off = d->off, *soff = d->soff, i = 0, n = 0, k = 0;
	uint32_t *to = d->to;
	unsigned char *cand = d->cand, all = 0;

	while (i < len) {
		unsigned char c = u[i];
		int32_t cp;
		off[k] = n;
		soff[k] = i;
		if (c < 0x80) {
			o[n++] = (char)c;
			i++;
			cp = c;
		} else {
			size_t m = cp_len(c);
			if (m > len - i)
				m = len - i;
			if (m == 3) {
				cp = ((int32_t)(c & 0x0F) << 12) |
				     ((int32_t)(u[i + 1] & 0x3F) << 6) |
				     (u[i + 2] & 0x3F);
				/* only EF BC/BD and E3 80 80 fold */
				int32_t fc = c == 0xEF || c == 0xE3
				             ? zhen__fold_cp(cp) : cp;
				if (fc != cp) {
					/* every fold lands in ASCII */
					if (fc == ',' &&
					    !(i >= 3 && fullwidth_digit_at(u + i - 3) &&
					      i + 6 <= len &&
					      fullwidth_digit_at(u + i + 3)))
						fc = ';';
					o[n++] = (char)fc;
					cp = fc;
				} else {
					memcpy(o + n, src + i, 3);
					n += 3;
				}
				i += 3;
			} else {
				size_t j = i;
				cp = next_cp(src, len, &j);
				memcpy(o + n, src + i, m);
				n += m;
				i += m;
			}
		}
		unsigned char b = cand_of(d, cp);
		to[k] = (uint32_t)cp;
		cand[k++] = b;
		all |= b;
	}
	off[k] = n;
	soff[k] = len;
	o[n] = 0;
	f->s = o;
	f->len = n;
	f->map = NULL;
	*any = all != 0;
	return k;
}

/* A per-byte map of a text fold_zh() made, for convert_windows(). */
static void fill_map(struct zhen__numbers_data *d, struct zhen__text *f,
                     size_t ncp)
{
	for (size_t k = 0; k < ncp; k++)
		for (size_t b = d->off[k]; b < d->off[k + 1]; b++)
			d->fmap[b] = d->soff[k];
	d->fmap[f->len] = d->soff[ncp];
	f->map = d->fmap;
}

/* The English text to read: folded into d->fs when anything folds, else
 * copied there with the identity map (NULL). */
static int prepare_en(struct zhen__numbers_data *d, struct zhen__text *f,
                      const char *text, size_t len)
{
	if (!reserve_text(d, len, false))
		return ZHEN_ENOMEM;
	if (foldable(text, len)) {
		fold_en(d, f, text, len);
	} else {
		if (len)
			memcpy(d->fs, text, len);
		f->s = d->fs;
		f->len = len;
		f->map = NULL;
	}
	memset(d->fs + f->len, 0, 8);
	return 0;
}

/* The end of the ASCII letters from @p i in a text followed by 8 bytes
 * that are not letters (prepare_en()), 8 bytes at a time: skipping
 * words letter by letter, a branch mispredicted at every word end, was
 * most of the English scan. */
static inline size_t word_end(const char *s, size_t i)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
	__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t hi = 0x8080808080808080ull;
	for (;;) {
		uint64_t x, y;
		memcpy(&x, s + i, 8);
		/* per byte, without carries: y = lowercased 7 bits; a
		 * letter has no high bit and 0x61 <= y <= 0x7A */
		y = (x | 0x2020202020202020ull) & ~hi;
		uint64_t letter = (y + 0x1F1F1F1F1F1F1F1Full) &
		                  ~(y + 0x0505050505050505ull) & ~x & hi;
		uint64_t other = ~letter & hi;
		if (other)
			return i + (size_t)(__builtin_ctzll(other) >> 3);
		i += 8;
	}
#else
	while (is_alpha(s[i]))
		i++;
	return i;
#endif
}

static int scan_en(struct scan *sc)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const char *s = sc->s;
	size_t len = sc->len;
	int rc;

	for (size_t i = 0; i < len;) {
		size_t next = i + 1;
		char c = s[i];
		if (is_alpha(c)) {
			/* en_at() returns at once on a word that starts no
			 * entry (lead_kinds()); its cheapest test comes
			 * first here, as most words fail it */
			size_t w = word_end(s, i + 1);
			if ((i > 0 && is_alnum(s[i - 1])) ||
			    (t->lead && !(t->start_len2[bigram(s + i, w - i)] >>
			                  (w - i < 31 ? w - i : 31) & 1) &&
			     !misspelt_month(sc->d, s, i, w))) {
				if ((rc = header_word(sc, i, w, &next)) < 0)
					return rc;
				i = w;
				continue;
			}
			rc = en_at(sc, i, &next);
		} else if (is_digit(c)) {
			rc = en_at(sc, i, &next);
		} else {
			i += cp_len((unsigned char)c);
			continue;
		}
		if (rc < 0)
			return rc;
		i = next > i ? next : i + 1;
	}
	return 0;
}

/* Whether any of the @p ncp code points in @p cps converts (the text is
 * Traditional somewhere). Asked only when the windows around the figures
 * did not change, from the cache of OpenCC's answers. */
static bool any_converts(zhen_ctx *ctx, zhen_convert_mode conv,
                         const uint32_t *cps, size_t ncp)
{
	for (size_t x = 0; x < ncp; x++) {
		int32_t cp = (int32_t)cps[x];
		if (cp < 0x80)
			continue;
		uint32_t r = cp_alone(ctx, conv, cp);
		if (r == CP_OTHER || (r & ~CP_KNOWN) != (uint32_t)cp)
			return true;
	}
	return false;
}

/* The scan over a converted text: every code point that can start a
 * quantity, from the ZH candidates when @p ncp code points are known,
 * else code point by code point. */
static int scan_zh(struct scan *sc, const unsigned char *cand,
                   const size_t *off, size_t ncp)
{
	size_t pos = 0, next;
	int rc;

	if (cand) {
		for (size_t k = 0; k < ncp; k++) {
			size_t i = off[k];
			if (!(cand[k] & CAND_START) || i < pos)
				continue;
			if ((rc = zh_at(sc, i, &next)) < 0)
				return rc;
			pos = next > i ? next : i + 1;
		}
		return 0;
	}
	for (size_t i = 0; i < sc->len;) {
		unsigned char c = (unsigned char)sc->s[i];
		next = i + 1;
		rc = 0;
		if (is_digit((char)c)) {
			rc = zh_at(sc, i, &next);
		} else if (c >= 0x80) {
			size_t k = i;
			if (is_startcp(sc->d, next_cp(sc->s, sc->len, &k)))
				rc = zh_at(sc, i, &next);
			else
				next = k;
		}
		if (rc < 0)
			return rc;
		i = next > i ? next : i + 1;
	}
	return 0;
}

int zhen_numbers_extract(zhen_quantities **out, zhen_ctx *ctx, zhen_lang lang,
                         zhen_convert_mode conv, const char *text, size_t len,
                         size_t base)
{
	struct zhen__text f = { 0 }, z = { 0 };
	struct zhen__numbers_data *d;
	struct scan sc;
	int rc;

	if (!out)
		return ZHEN_EUSAGE;
	*out = NULL;
	if (!ctx || !ctx->numbers || (!text && len) ||
	    conv == ZHEN_CONVERT_AUTO || conv > ZHEN_CONVERT_HK2S ||
	    (lang != ZHEN_LANG_ZH && lang != ZHEN_LANG_EN))
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "zhen_numbers_extract: bad argument");
	d = ctx->numbers;
	memset(&sc, 0, sizeof sc);
	sc.out = calloc(1, sizeof *sc.out);
	if (!sc.out)
		return ZHEN_ENOMEM;
	sc.ctx = ctx;
	sc.d = d;
	sc.lang = lang;
	sc.conv = conv;
	sc.base = base;
	sc.aoff = d->aoff;
	sc.aoff_cap = d->aoff_cap;
	d->aoff = NULL;
	d->aoff_cap = 0;
	if (lang == ZHEN_LANG_EN) {
		if ((rc = prepare_en(d, &f, text, len)) < 0)
			goto out;
		sc.s = f.s;
		sc.len = f.len;
		sc.map = f.map;
		if ((rc = scan_en(&sc)) < 0)
			goto out;
	} else {
		bool any;
		size_t ncp;
		if (!reserve_text(d, len, true)) {
			rc = ZHEN_ENOMEM;
			goto out;
		}
		ncp = fold_zh(d, &f, text, len, &any);
		if (!any)
			goto done; /* no digit, numeral or 第: no quantity */
		sc.s = f.s;
		sc.len = f.len;
		sc.cpoff = d->off;
		sc.cpsrc = d->soff;
		sc.ncp = ncp;
		rc = 1;
		bool changed = false;
		if (conv != ZHEN_CONVERT_NONE &&
		    !(rc = convert_in_place(ctx, conv, &f, ncp, &changed))) {
			fill_map(d, &f, ncp);
			if ((rc = convert_windows(ctx, conv, &f, &z)) < 0)
				goto out;
			changed = z.len != f.len || memcmp(z.s, f.s, f.len);
			sc.s = z.s;
			sc.len = z.len;
			sc.map = z.map;
		}
		/* nothing around the figures changed, nor anywhere else in
		 * the text (該公司董事會宣佈…每股1.31元): the text is
		 * Simplified, as far as 元 is concerned (set_currency()) */
		if (!changed && conv != ZHEN_CONVERT_NONE)
			changed = any_converts(ctx, conv, d->to, ncp);
		if (!changed)
			sc.conv = ZHEN_CONVERT_NONE;
		if ((rc = scan_zh(&sc, rc ? d->cand : NULL, d->off, ncp)) < 0)
			goto out;
	}
	mark_fractions(&sc);
	mark_conversions(&sc);
	mark_ranges(&sc);
done:
	*out = sc.out;
	sc.out = NULL;
	rc = 0;
out:
	zhen_quantities_free(sc.out);
	/* keep the larger of the two offset buffers */
	if (sc.aoff_cap >= d->aoff_cap) {
		free(d->aoff);
		d->aoff = sc.aoff;
		d->aoff_cap = sc.aoff_cap;
	} else {
		free(sc.aoff);
	}
	zhen__text_free(&z);
	return rc;
}

void zhen_quantities_free(zhen_quantities *q)
{
	if (!q)
		return;
	free(q->q);
	free(q);
}

size_t zhen_quantities_count(const zhen_quantities *q)
{
	return q ? q->n : 0;
}

const zhen_quantity *zhen_quantities_get(const zhen_quantities *q, size_t i)
{
	return q && i < q->n ? &q->q[i] : NULL;
}

const char *zhen_qkind_name(zhen_qkind kind)
{
	switch (kind) {
	case ZHEN_Q_NUMBER: return "number";
	case ZHEN_Q_MONEY: return "money";
	case ZHEN_Q_PERCENT: return "percent";
	case ZHEN_Q_POINTS: return "points";
	case ZHEN_Q_ORDINAL: return "ordinal";
	case ZHEN_Q_YEAR: return "year";
	case ZHEN_Q_DATE: return "date";
	case ZHEN_Q_IDENT: return "ident";
	}
	return "number";
}

static const char *ord_suffix(zhen_decimal v)
{
	int64_t n;
	if (!small_int(v, 0, 9999, &n))
		return "th";
	if (n % 100 >= 11 && n % 100 <= 13)
		return "th";
	switch (n % 10) {
	case 1: return "st";
	case 2: return "nd";
	case 3: return "rd";
	default: return "th";
	}
}

size_t zhen_quantity_format(char *buf, size_t cap, const zhen_quantity *q,
                            int group)
{
	char num[128], out[192];
	int n;

	zhen_decimal_format(num, sizeof num, q->value, group);
	switch (q->kind) {
	case ZHEN_Q_MONEY:
		n = snprintf(out, sizeof out, "%s %s", q->currency, num);
		break;
	case ZHEN_Q_PERCENT:
		n = snprintf(out, sizeof out, "%s%%", num);
		break;
	case ZHEN_Q_POINTS:
		n = snprintf(out, sizeof out, "%s pp", num);
		break;
	case ZHEN_Q_ORDINAL:
		n = snprintf(out, sizeof out, "%s%s", num, ord_suffix(q->value));
		break;
	case ZHEN_Q_YEAR:
		zhen_decimal_format(num, sizeof num, q->value, 0);
		n = snprintf(out, sizeof out, "%s", num);
		break;
	case ZHEN_Q_DATE: {
		int64_t v = q->value.coef;
		for (int i = 0; i < q->value.exp && i < 9; i++)
			v *= 10;
		if (v >= 10000)
			n = snprintf(out, sizeof out, "%04lld-%02lld-%02lld",
			             (long long)(v / 10000),
			             (long long)(v / 100 % 100), (long long)(v % 100));
		else
			n = snprintf(out, sizeof out, "%02lld-%02lld",
			             (long long)(v / 100), (long long)(v % 100));
		break;
	}
	case ZHEN_Q_IDENT: {
		/* The digits as written: 2.0 keeps its zero. */
		zhen_decimal v = q->value;
		char *p = out;
		zhen_decimal_format(num, sizeof num, v, 0);
		n = snprintf(out, sizeof out, "%s", num);
		if (q->precision < 0 && v.exp > q->precision) {
			int have = v.exp < 0 ? -v.exp : 0;
			if (!have)
				out[n++] = '.';
			for (int i = have; i < -q->precision && n < 150; i++)
				out[n++] = '0';
			out[n] = 0;
		}
		(void)p;
		break;
	}
	default:
		if (q->unit[0])
			n = snprintf(out, sizeof out, "%s %s", num, q->unit);
		else
			n = snprintf(out, sizeof out, "%s", num);
		break;
	}
	if (n < 0)
		n = 0;
	if (cap) {
		size_t k = (size_t)n < cap - 1 ? (size_t)n : cap - 1;
		memcpy(buf, out, k);
		buf[k] = 0;
	}
	return (size_t)n;
}
