/* numbers/tables.c: the dictionaries of dicts/ read into tables (entries,
 * kinds, positions), loaded when a context is made or --dict adds one. */
#include "reader.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* The dictionary each table is read from (dicts/index.tsv). */
static const enum zhen__dict_id table_dict[TB_N] = {
	ZHEN__DICT_ZH_NUMERALS, ZHEN__DICT_MAGNITUDES, ZHEN__DICT_CURRENCIES,
	ZHEN__DICT_UNITS, ZHEN__DICT_EN_NUMBER_WORDS, ZHEN__DICT_APPROXIMATORS,
	ZHEN__DICT_CONVERSIONS,
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
	{ "first", K_ZCTX }, { "inner", K_ZCTX }, { "within", K_ZCTX },
	{ "list", K_ZCTX }, { "demonstrative", K_ZCTX },
	{ "lunar-day", K_ZCTX }, { "this-month", K_ZCTX },
	{ "day-after", K_ZCTX }, { "both", K_ZCTX }, { "title", K_ZCTX },
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
	{ "remainder", POS_REMAIN }, { "lunar", POS_LUNAR },
	{ "declare-before", POS_DECL_BEFORE },
	{ "declare-after", POS_DECL_AFTER }, { "event", POS_EVENT },
	{ "post-any", POS_POST | POS_AFTER },
	{ "none", 0 }, { NULL, 0 },
};

static const struct kname attaches[] = {
	{ "word", ATT_WORD }, { "glued", ATT_GLUED },
	{ "both", ATT_WORD | ATT_GLUED }, { NULL, 0 },
};

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
		if (it->nfields != 3 && it->nfields != 4)
			return "expected 3 or 4 fields";
		if (it->nfields == 4 && tb == TB_ZHNUM) {
			if (fl[3] == 4 && !memcmp(f[3], "lead", 4))
				e->pos = ZM_LEAD;
			else if (fl[3] == 4 && !memcmp(f[3], "wide", 4))
				e->pos = ZM_WIDE;
			else if (fl[3] == 4 && !memcmp(f[3], "year", 4))
				e->pos = ZM_YEAR;
			else if (fl[3] == 5 && !memcmp(f[3], "lunar", 5))
				e->pos = ZM_LUNAR;
			else
				return "the mark must be lead, wide, year or lunar";
		} else if (it->nfields == 4) {
			/* the word a noun-like number word is a figure
			 * before (score: of), kept as its code */
			if (!fl[3] || fl[3] >= sizeof e->code)
				return "bad next word";
			memcpy(e->code, f[3], fl[3]);
		}
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
		/* zh-digits: a Chinese unit read only after Arabic digits
		 * (3两 is 150 g; 三两 is also "two or three", 千里 an
		 * idiom) */
		if (fl[2] == 9 && !memcmp(f[2], "zh-digits", 9)) {
			e->lang = ZHEN_LANG_ZH;
			e->val = UV_AFTER_DIGITS;
		} else if ((e->lang = kname_find(langs, f[2], fl[2])) ==
		           INT_MIN)
			return "lang must be zh, zh-digits, en or any";
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

int nr_rebuild_numcp(struct zhen__numbers_data *d)
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
			                     "%s: line %zu: %s", zhen__dicts[table_dict[tb]].name,
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
	/* nr_index_table() last: when it fails the old index stays, right for
	 * the entries kept (is_lead() skips what the truncation drops) */
	if ((tb == TB_ZHNUM && nr_rebuild_numcp(d) < 0) ||
	    (tb == TB_ENW && nr_index_leads(t) < 0) ||
	    nr_index_some(t, tb) < 0 ||
	    nr_index_table(t) < 0) {
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
		const struct zhen__dict *dict = &zhen__dicts[table_dict[tb]];
		if ((rc = load_table(ctx, d, (enum table_id)tb, dict->text,
		                     dict->len)) < 0)
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
		free(d->t[tb].some);
		free(d->t[tb].hfirst.r);
		free(d->t[tb].hlast.r);
	}
	free(d->numcp);
	free(d->startcp);
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

int zhen__numbers_add_dict(zhen_ctx *ctx, enum zhen__dict_id id,
                           const char *text, size_t len)
{
	for (int tb = 0; tb < TB_N; tb++)
		if (table_dict[tb] == id)
			return load_table(ctx, ctx->numbers, (enum table_id)tb,
			                  text, len);
	return zhen__fail(ctx, ZHEN_EUSAGE, "'%s' is not read by the number "
	                  "reader", zhen__dicts[id].name);
}
