/* numbers/zh_figure.c: a Chinese quantity at a position: which construction
 * reads it, then magnitude, currency, unit and sign around it. */
#include "reader.h"

/* Constructions at the position itself, before any prefix or numeral is
 * read, in the order they are tried. */
static nr_construction *const starts[] = {
	nr_zh_word,  /* 唯一, 双十一, 十四五 (zh_words.c) */
	nr_zh_band,  /* 成千上万 */
	nr_zh_half,  /* 一半 */
	nr_zh_fixed, /* 翻两番, 上半年 */
	nr_zh_clock, /* 9:30, 0230 UTC, 9点30分 (zh_dates.c) */
	nr_zh_lunar_month, /* 正月初一, 腊月二十三 */
};

/* Digits that are no figure of the usual kind (after no prefix). */
static nr_at_construction *const digit_codes[] = {
	nr_ident_around, /* GPT-4, COVID-19 (ident.c) */
	nr_zh_event_date, /* 7.19强降雨, “8·11”汇改 (zh_dates.c) */
	nr_digit_date,   /* 2024-10-22 (dates.c) */
	nr_code,         /* 00020, 2.3.1, 36x24mm (ident.c) */
};

/* What the numeral makes with what follows it, once it is read. */
static nr_construction *const after_numeral[] = {
	nr_zh_fraction, /* 三分之一 (zh_percent.c) */
	nr_zh_literary, /* 七十有三 (zh_counts.c) */
	nr_zh_dozen,    /* 兩打 (zh_counts.c) */
	nr_zh_tenths,   /* 三成, 八折 (zh_percent.c) */
};

/* 第 (an ordinal), 百分之 and 千分之 (a percentage), 负百分之 (a negative
 * one): f->p moves past it. False when nothing is left after it. */
static bool prefix(struct scan *sc, struct fig *f)
{
	const struct table *zt = &sc->d->t[TB_ZHNUM];
	const char *s = sc->s;
	size_t len = sc->len, i = f->i;
	const struct entry *pe, *e;

	pe = match_fwd(zt, s, len, i, LANG_ANY, 0, K_ORDPRE);
	if (!pe)
		pe = match_fwd(zt, s, len, i, LANG_ANY, 0, K_PCTPRE);
	/* 负百分之十二: minus twelve percent */
	if (!pe && (e = match_fwd(zt, s, len, i, LANG_ANY, 0, K_NEG)) &&
	    (pe = match_fwd(zt, s, len, i + e->len, LANG_ANY, 0, K_PCTPRE))) {
		f->negpct = true;
		f->p += e->len;
	}
	if (!pe)
		return true;
	f->pe = pe;
	f->prefix = pe->kind;
	f->p += pe->len;
	/* 第 13 洞: texts that space digits from Han (FLORES, Taiwan
	 * news) space them from 第 too */
	if (f->prefix == K_ORDPRE && f->p + 1 < len && s[f->p] == ' ' &&
	    is_digit(s[f->p + 1]))
		f->p++;
	return f->p < len;
}

/* Where the numeral would start at f->p: digits that are a code, 亿分之一,
 * or a character that starts no figure here. NR_NONE to go on reading the
 * numeral. */
static int before_numeral(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	size_t p = f->p;
	const struct entry *e;
	int rc;

	if (is_digit(sc->s[p]))
		return f->prefix < 0 ? NR_TRY_AT(digit_codes, sc, p, next)
		                     : NR_NONE;
	if ((rc = nr_zh_per_magnitude(sc, f, next)) != NR_NONE)
		return rc;
	e = nr_zh_char(d, sc->s, sc->len, p);
	if (f->prefix < 0 && e && (e->kind == K_MAG || e->kind == K_UNIT))
		f->hedge = nr_hedge_before(sc, p);
	/* a bare 万 without a hedge or 数 goes on to numeral(), which keeps
	 * it latent */
	if (!e || e->kind == K_POINT)
		return 0;
	return NR_NONE;
}

static void start_quantity(struct fig *f);

/* The numeral at f->p into f->n; 0 when there is none to read. */
static int numeral(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t p = f->p;

	if (!nr_read_zh(sc->d, s, sc->len, p, &f->n)) {
		/* a run too long to read is no figure, nor is its tail */
		if (is_digit(s[p]))
			*next = nr_digit_run_end(s, sc->len, p);
		return 0;
	}
	/* a bare 万 (万名干部, 万吨级) is as often a word (万一, 万物): a
	 * latent figure */
	if (f->n.lead_mag && f->prefix < 0 && !nr_vague_before(sc, p) &&
	    !f->hedge) {
		start_quantity(f);
		return nr_emit_latent(sc, f->p, f->n.b, &f->q);
	}
	int rc = nr_zh_neighbours(sc, f);
	if (rc < 0)
		return rc;
	*next = f->n.b;
	return NR_FIGURE;
}

/* The quantity as the numeral and its prefix give it. */
static void start_quantity(struct fig *f)
{
	const struct num *n = &f->n;
	zhen_quantity *q = &f->q;

	memset(q, 0, sizeof *q);
	q->value = n->v;
	q->precision = n->prec;
	f->words = !n->digits;
	q->flags = (f->words ? ZHEN_QF_WORDS : 0) |
	           (n->mag ? ZHEN_QF_MAGNITUDE : 0) |
	           (n->approx ? ZHEN_QF_APPROX : 0) |
	           (n->longer ? ZHEN_QF_LONG : 0);
	q->digits = n->longer ? n->hash : 0;
	f->a = f->prefix >= 0 ? f->i : f->p;
	f->b = n->b;
	if (f->prefix == K_ORDPRE) {
		q->kind = ZHEN_Q_ORDINAL;
	} else if (f->prefix == K_PCTPRE) {
		/* 千分之五 = 0.5% */
		q->kind = ZHEN_Q_PERCENT;
		q->value = zhen__dec_scale(q->value, -f->pe->val);
		q->precision -= f->pe->val;
		if (f->negpct)
			q->value.coef = -q->value.coef;
	}
	f->strong = f->prefix >= 0;
}

/* 5G, 10kg, US$1.2bn in Chinese text: letters glued to the digits */
static int glued(struct scan *sc, struct fig *f, size_t *next)
{
	const struct num *n = &f->n;
	size_t b = f->b, g;

	if (!n->digits || n->ntok != 1 || b >= sc->len || !is_alpha(sc->s[b]))
		return NR_NONE;
	g = nr_glued(sc, b, &f->q, &f->magexp, &f->ordinal);
	if (g == b)
		return f->prefix < 0 ? nr_emit_ident(sc, f->p, f->p, next) : 0;
	f->b = g;
	f->strong = true;
	nr_scale_by(&f->q, f->magexp);
	if (f->ordinal)
		f->q.kind = ZHEN_Q_ORDINAL;
	return NR_NONE;
}

/* -10.1万, −5%; but not the hyphen of 2018-2023 or 10%-15% */
static void sign(struct scan *sc, struct fig *f)
{
	const char *s = sc->s;
	size_t p = f->p, k;

	if (f->prefix >= 0 || !f->n.digits)
		return;
	if (p > 0 && s[p - 1] == '-' &&
	    (sc->out->n == 0 || sc->lo < p - 1) &&
	    (p == 1 || !is_alnum(s[p - 2]))) {
		f->a = p - 1;
		f->q.value.coef = -f->q.value.coef;
	} else if ((k = nr_minus_sign(sc, p))) {
		f->a = p - k;
		f->q.value.coef = -f->q.value.coef;
	}
}

/* 两位都, 两人均: a two in words, its measure word and 都 or 均 (dicts
 * zh_numerals both) say "both". */
static bool both_after(struct scan *sc, const struct fig *f)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, k = f->b;
	const struct entry *u, *b;

	if (!f->words || !zhen__dec_eq(f->q.value, zhen__dec(2, 0)))
		return false;
	if ((u = match_fwd(&d->t[TB_UNIT], s, len, k, ZHEN_LANG_ZH, 0, -1)))
		k += u->len;
	b = match_fwd(&d->t[TB_ZHNUM], s, len, k, LANG_ANY, 0, K_ZCTX);
	return b && b->val == ZC_BOTH;
}

/* Currency, unit, hedges and what else stands around the figure: its end. */
static size_t context(struct scan *sc, struct fig *f)
{
	const char *s = sc->s;
	size_t len = sc->len, end;
	zhen_quantity *q = &f->q;
	bool cur = false;

	if (f->prefix < 0)
		f->a = nr_pre_context(sc, f->a, q, &cur);
	/* 这两位, 那三家: "these two", "both" */
	const struct entry *dm = nr_match_back(&sc->d->t[TB_ZHNUM], s, f->a,
	                                       sc->lo, LANG_ANY, 0, K_ZCTX);
	if (dm && dm->val == ZC_DEMONSTRATIVE)
		q->flags |= ZHEN_QF_DEFINITE;
	/* 两位都, 双方均: two before 都 says "both", as 这两位 does */
	if (both_after(sc, f))
		q->flags |= ZHEN_QF_DEFINITE;
	if (f->hedge)
		q->flags |= ZHEN_QF_APPROX;
	end = q->unit[0] ? f->b : nr_post_context(sc, f->b, q, cur, &f->strong);
	end = nr_zh_minutes(sc, f->a, end, q);
	q->flags |= nr_movement_before(sc, f->a);
	end = nr_unit_tail(sc, end, q);
	end = nr_zh_and_a_half(sc, f, end);
	/* 前三季度: the first three quarters, a count, not the third */
	if (q->kind == ZHEN_Q_ORDINAL && f->prefix < 0 &&
	    !strcmp(q->unit, ZHEN_UNIT_QUARTER) && nr_first_before(sc, f->a))
		q->kind = ZHEN_Q_NUMBER;
	if (cur)
		f->strong = true;
	if (q->kind == ZHEN_Q_MONEY)
		end = nr_yuan_tail(sc, end, q);
	if (sc->bare && q->kind == ZHEN_Q_MONEY)
		nr_list_currency(sc, f->a, q);
	/* 5亿元左右, 30%左右: a hedge after the unit or currency too */
	if (end < len && match_fwd(&sc->d->t[TB_APPROX], s, len,
	                           nr_sp(s, len, end), ZHEN_LANG_ZH,
	                           POS_AFTER, -1))
		q->flags |= ZHEN_QF_APPROX;
	return end;
}

/* The figure, and before it the lower end of 二三十 as a figure of its
 * own (both flagged a range). */
static int emit(struct scan *sc, struct fig *f, size_t end, size_t *next)
{
	zhen_quantity *q = &f->q;

	if (f->lo_b > f->p) {
		/* 三两天: the upper end, then the lower with the unit */
		zhen_quantity lq = *q;
		int rc;
		lq.value = f->lo_v;
		lq.precision = 0;
		lq.flags |= ZHEN_QF_RANGE;
		q->flags |= ZHEN_QF_RANGE;
		*next = end > *next ? end : *next;
		if ((rc = nr_emit(sc, f->a, f->lo_a, q)) < 0)
			return rc;
		return nr_emit(sc, f->lo_a, end, &lq);
	}
	if (f->lo_b) {
		zhen_quantity lq = *q;
		int rc;
		lq.value = f->lo_v;
		lq.precision = f->lo_v.exp;
		/* 千分之五六: the lower end is a percent too */
		if (f->prefix == K_PCTPRE) {
			lq.value = zhen__dec_scale(lq.value, -f->pe->val);
			lq.precision -= f->pe->val;
		}
		lq.flags |= ZHEN_QF_RANGE;
		q->flags |= ZHEN_QF_RANGE;
		if ((rc = nr_emit(sc, f->lo_a < f->a ? f->lo_a : f->a, f->lo_b,
		                  &lq)) < 0)
			return rc;
		/* the upper end starts at the run's last numeral (三四五六:
		 * 六; the inner ones are latent) */
		f->a = f->p > f->lo_b ? f->p : f->lo_b;
	}
	*next = end > *next ? end : *next;
	return nr_emit(sc, f->a, end, q);
}

int nr_zh_at(struct scan *sc, size_t i, size_t *next)
{
	struct fig f;
	size_t end;
	int rc;

	sc->bare = NULL;
	*next = i + cp_len((unsigned char)sc->s[i]);
	memset(&f, 0, sizeof f);
	f.i = f.p = i;
	f.prefix = f.magexp = -1;
	if ((rc = NR_TRY(starts, sc, &f, next)) != NR_NONE)
		return rc;
	if (!prefix(sc, &f))
		return 0;
	if ((rc = before_numeral(sc, &f, next)) != NR_NONE ||
	    (rc = numeral(sc, &f, next)) != NR_FIGURE)
		return rc;
	start_quantity(&f);
	if ((rc = NR_TRY(after_numeral, sc, &f, next)) != NR_NONE ||
	    (rc = glued(sc, &f, next)) != NR_NONE ||
	    (rc = nr_zh_calendar(sc, &f, next)) != NR_NONE)
		return rc;
	sign(sc, &f);
	end = context(sc, &f);
	/* 《十万个为什么》: a name, which the English may still write */
	if (nr_zh_title_name(sc, &f, end)) {
		f.q.flags |= ZHEN_QF_NAME;
		return nr_emit_latent(sc, f.a, end, &f.q);
	}
	if (nr_zh_no_count(sc, &f, end))
		return nr_emit_latent(sc, f.a, end, &f.q);
	return emit(sc, &f, end, next);
}
