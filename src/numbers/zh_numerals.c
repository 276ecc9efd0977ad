/* numbers/zh_numerals.c: Chinese numerals (一…十百千万亿, financial capitals, mixed
 * 1.7亿) read into a value. */
#include "reader.h"

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

const struct entry *nr_zh_char(const struct zhen__numbers_data *d,
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
	/* a word of numerals (一级, 唯一) is one only where a figure starts
	 * (nr_zh_word()); inside one, 六点一级 is 6.1 and its 一 a digit */
	if (e && e->kind == K_ZWORD)
		return match_fwd(&d->t[TB_ZHNUM], s, len, i, LANG_ANY, 0,
		                 K_DIGIT);
	if (e && e->kind > K_NEG)
		return NULL;
	/* 零下 is a minus only where a figure starts (nr_read_zh() looks for
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
bool nr_unit_word_at(const struct zhen__numbers_data *d, const char *s,
                     size_t len, size_t i)
{
	const struct entry *u = match_fwd(&d->t[TB_UNIT], s, len, i,
	                                  ZHEN_LANG_ZH, 0, -1);
	if (u && u->len > 3)
		return true;
	return match_fwd(&d->t[TB_ZHNUM], s, len, i, LANG_ANY, 0,
	                 K_PCTPRE) != NULL;
}

/* A numeral being cut into tokens (nr_read_zh()). */
struct zread {
	const struct zhen__numbers_data *d;
	const char *s;
	size_t len, p;     /* the text; where the next token starts */
	struct tok t[48];
	int n;
	bool neg;
	int32_t sec_unit;  /* units fall within a section: 千 > 百 > 十 */
	struct num *out;
};

/* What a token reader tells the loop. */
enum { TOK_NEXT, TOK_STOP, TOK_FAIL };

static bool after_number(const struct zread *z)
{
	return z->n && z->t[z->n - 1].kind == TK_NUM;
}

/* 十多万, 30余亿, 1850多万, 370 多亿: a hedge between a figure and its
 * magnitude is part of the numeral and makes it approximate. From @p p
 * (after the figure, or after one space with @p spaced): where the
 * magnitude starts, or @p p. */
static size_t inner_hedge(struct zread *z, size_t p, bool spaced)
{
	const struct zhen__numbers_data *d = z->d;
	size_t q = spaced && p + 1 < z->len && z->s[p] == ' ' ? p + 1 : p;
	const struct entry *ap = match_fwd(&d->t[TB_APPROX], z->s, z->len, q,
	                                   ZHEN_LANG_ZH, POS_POST, -1), *m;

	if (!ap || !(m = nr_zh_char(d, z->s, z->len, q + ap->len)) ||
	    m->kind != K_MAG)
		return p;
	z->out->approx = true;
	return q + ap->len;
}

/* ASCII digits (1.7 of 1.7亿) */
static int tok_arabic(struct zread *z)
{
	const char *s = z->s;
	size_t len = z->len, p = z->p;
	struct arabic ar;

	if (after_number(z))
		return TOK_STOP;
	if (!nr_read_arabic(s, len, p, &ar))
		return TOK_FAIL;
	/* 14½-13½: a vulgar fraction glued to the digits (the characters of
	 * en_number_words.tsv, the same in both languages) */
	const struct entry *vf = ar.frac || ar.end >= len ||
		(unsigned char)s[ar.end] < 0x80 ? NULL :
		match_fwd(&z->d->t[TB_ENW], s, len, ar.end, ZHEN_LANG_EN, 0,
		          K_DENOM);
	if (vf && zhen__dec_add(&ar.v, ar.v,
	                        nr_fraction_value(zhen__dec(1, 0),
	                                          zhen__dec(vf->val, 0)))) {
		ar.prec = -6;
		ar.frac = true;
		ar.end += vf->len;
	}
	z->t[z->n++] = (struct tok){ TK_NUM, ar.v, ar.prec, 0,
	                             ar.nint == 1 && !ar.frac, false, false };
	z->out->digits = true;
	z->out->grouped = ar.grouped;
	z->out->frac = ar.frac;
	z->out->nint = ar.nint;
	if (ar.longer) {
		z->out->longer = true;
		z->out->hash = ar.hash;
	}
	z->out->ncp += (int)(ar.end - p);
	p = inner_hedge(z, ar.end, true);
	/* "1,000 万份": machine-spaced text puts a space between the
	 * digits and the magnitude */
	if (p + 1 < len && s[p] == ' ') {
		const struct entry *m = nr_zh_char(z->d, s, len, p + 1);
		if (m && (m->kind == K_MAG || (m->kind == K_UNIT && m->val >= 2)) &&
		    !nr_unit_word_at(z->d, s, len, p + 1))
			p++;
	}
	z->p = p;
	return TOK_NEXT;
}

/* 负, 零下 before the first token: 零下 12 度 */
static int tok_neg(struct zread *z, const struct entry *e)
{
	const char *s = z->s;
	size_t len = z->len, q = z->p + e->len;
	const struct entry *nx;

	if (z->n || q >= len)
		return TOK_STOP;
	/* spaced digits are spaced from it too */
	if (s[q] == ' ' && q + 1 < len && is_digit(s[q + 1]))
		q++;
	nx = nr_zh_char(z->d, s, len, q);
	if (!is_digit(s[q]) &&
	    (!nx || (nx->kind != K_DIGIT && nx->kind != K_UNIT)))
		return TOK_STOP;
	z->neg = true;
	z->out->ncp += 1 + (int)(q - z->p - e->len);
	z->p = q;
	return TOK_NEXT;
}

/* 一百点123: a fraction after a unit */
static int tok_point(struct zread *z, const struct entry *e)
{
	const char *s = z->s;
	size_t len = z->len, m = 0, q = z->p + e->len;
	char buf[48];

	if (after_number(z))
		return TOK_STOP;
	buf[m++] = '0';
	buf[m++] = '.';
	while (q < len && m < 40) {
		const struct entry *f = nr_zh_char(z->d, s, len, q);
		if (is_digit(s[q])) {
			buf[m++] = s[q++];
			z->out->digits = true;
		} else if (f && f->kind == K_DIGIT) {
			buf[m++] = (char)('0' + f->val);
			q += f->len;
		} else {
			break;
		}
	}
	if (m == 2 || !z->n)
		return TOK_STOP;
	struct tok k = { TK_NUM, { 0, 0 }, 0, 0, false, true, false };
	if (!zhen__dec_parse(&k.v, &k.prec, buf, m))
		return TOK_FAIL;
	z->t[z->n++] = k;
	z->out->frac = true;
	z->out->ncp += (int)(m - 1);
	z->p = q;
	return TOK_NEXT;
}

/* A run of numeral digits: 三, 二〇二四 (digit by digit), 三点五 */
static int tok_digits(struct zread *z)
{
	const char *s = z->s;
	size_t len = z->len, m = 0, q = z->p;
	char buf[64];
	bool point = false;
	int nd = 0;

	if (after_number(z))
		return TOK_STOP;
	while (q < len && m < 60) {
		const struct entry *f = nr_zh_char(z->d, s, len, q);
		if (f && f->kind == K_DIGIT && m && (f->pos & ZM_LEAD))
			break;
		if (f && f->kind == K_DIGIT) {
			buf[m++] = (char)('0' + f->val);
			q += f->len;
			nd += !point;
		} else if (f && f->kind == K_POINT && !point &&
		           q + f->len < len) {
			const struct entry *g = nr_zh_char(z->d, s, len,
			                                   q + f->len);
			if (!g || g->kind != K_DIGIT)
				break;
			buf[m++] = '.';
			q += f->len;
			point = true;
		} else {
			break;
		}
		z->out->ncp++;
	}
	struct tok k = { TK_NUM, { 0, 0 }, 0, 0, m == 1,
	                 buf[0] == '0' && m > 1, m == 1 && buf[0] == '0' };
	if (!zhen__dec_parse(&k.v, &k.prec, buf, m))
		return TOK_FAIL;
	if (nd > 1)
		z->out->direct = true;
	if (point)
		z->out->frac = true;
	z->out->nint = nd;
	z->t[z->n++] = k;
	z->p = q;
	return TOK_NEXT;
}

/* 廿五 reads as 二十五 */
static int tok_tens(struct zread *z, const struct entry *e)
{
	if (after_number(z) || z->n + 2 > 48 || z->sec_unit <= 1)
		return TOK_STOP;
	z->t[z->n++] = (struct tok){ TK_NUM, { e->val / 10, 0 }, 0, 0,
	                             true, false, false };
	z->t[z->n++] = (struct tok){ TK_UNIT, { 0, 0 }, 0, 1, false,
	                             false, false };
	z->sec_unit = 1;
	z->out->ncp++;
	z->p += e->len;
	return TOK_NEXT;
}

/* A unit (十百千) or a magnitude (万亿), and an approximator inside the
 * numeral after it (十多万, 30余亿) */
static int tok_unit(struct zread *z, const struct entry *e)
{
	const struct zhen__numbers_data *d = z->d;
	const char *s = z->s;
	size_t len = z->len;

	if (nr_unit_word_at(d, s, len, z->p))
		return TOK_STOP;
	/* 十一十二 is two numbers, not one */
	if (e->kind == K_UNIT && e->val >= z->sec_unit)
		return TOK_STOP;
	z->sec_unit = e->kind == K_UNIT ? e->val : 99;
	if (!z->n) {
		z->out->lead_mag = e->kind == K_MAG;
		z->out->lead_unit = e->kind == K_UNIT && e->val > 1;
	}
	z->t[z->n++] = (struct tok){ e->kind == K_MAG ? TK_MAG : TK_UNIT,
	                             { 0, 0 }, 0, e->val, false, false, false };
	if (e->kind == K_MAG)
		z->out->mag = true;
	z->out->ncp++;
	z->p = inner_hedge(z, z->p + e->len, false);
	return TOK_NEXT;
}

/* The next token at z->p. */
static int next_token(struct zread *z)
{
	const char *s = z->s;
	size_t p = z->p;
	const struct entry *e, *ng;

	if (is_digit(s[p]))
		return tok_arabic(z);
	/* 5 千 4 百萬: spaced figures continue after a unit */
	if (s[p] == ' ' && z->n && z->t[z->n - 1].kind != TK_NUM &&
	    p + 1 < z->len && is_digit(s[p + 1])) {
		z->p++;
		return TOK_NEXT;
	}
	/* 4个亿, 两个亿: a measure word inside the amount, before 亿; but
	 * 20个亿元以上项目 counts projects (亿元 with its currency is what
	 * each is worth) */
	if (z->n && z->t[z->n - 1].kind != TK_MAG &&
	    (e = match_fwd(&z->d->t[TB_ZHNUM], s, z->len, p, LANG_ANY, 0,
	                   K_ZCTX)) && e->val == ZC_INNER &&
	    (ng = nr_zh_char(z->d, s, z->len, p + e->len)) &&
	    ng->kind == K_MAG && ng->val >= 8 &&
	    !match_fwd(&z->d->t[TB_CUR], s, z->len, p + e->len + ng->len,
	               ZHEN_LANG_ZH, POS_POST, -1)) {
		z->p += e->len;
		return TOK_NEXT;
	}
	e = nr_zh_char(z->d, s, z->len, p);
	if (!z->n && (ng = match_fwd(&z->d->t[TB_ZHNUM], s, z->len, p,
	                             LANG_ANY, 0, K_NEG)))
		e = ng;
	if (!e)
		return TOK_STOP;
	switch (e->kind) {
	case K_NEG:
		return tok_neg(z, e);
	case K_POINT:
		return tok_point(z, e);
	case K_DIGIT:
		return tok_digits(z);
	case K_ZTENS:
		return tok_tens(z, e);
	default:
		return tok_unit(z, e);
	}
}

/* Read a Chinese (or mixed: 1.7亿, 5千4百万) numeral at @p i. */
bool nr_read_zh(const struct zhen__numbers_data *d, const char *s,
                size_t len, size_t i, struct num *out)
{
	struct zread z;
	int rc = TOK_NEXT;

	z.d = d;
	z.s = s;
	z.len = len;
	z.p = i;
	z.n = 0;
	z.neg = false;
	z.sec_unit = 99;
	z.out = out;
	memset(out, 0, sizeof *out);
	out->a = i;
	while (z.p < len && z.n < 48 && (rc = next_token(&z)) == TOK_NEXT)
		;
	if (rc == TOK_FAIL || !z.n)
		return false;
	/* 30多亿 after digits */
	out->ntok = z.n;
	if (!zh_eval(z.t, z.n, &out->v, &out->prec))
		return false;
	if (z.neg)
		out->v.coef = -out->v.coef;
	out->b = z.p;
	return true;
}

bool nr_is_han_at(const char *s, size_t len, size_t i)
{
	size_t k = i;
	if (i >= len)
		return false;
	int32_t cp = next_cp(s, len, &k);
	return cp >= 0x3400 && cp <= 0x9FFF;
}

/* End of a run of numerals (digits or 一…十百千) at @p p, at most @p max
 * bytes long. */
size_t nr_numeral_run(const struct zhen__numbers_data *d, const char *s,
                      size_t len, size_t p, size_t max)
{
	size_t q = p;
	while (q < len && q - p < max) {
		const struct entry *e;
		if (is_digit(s[q])) {
			q++;
			continue;
		}
		e = nr_zh_char(d, s, len, q);
		if (!e || (e->kind != K_DIGIT && e->kind != K_UNIT &&
		           e->kind != K_ZTENS))
			break;
		q += e->len;
	}
	return q;
}

/* A small whole figure written in [p, e) and nothing else: its value. */
bool nr_small_numeral(const struct zhen__numbers_data *d, const char *s,
                      size_t p, size_t e, int64_t hi, int64_t *v,
                      bool *digits)
{
	struct num n;
	if (e <= p || !nr_read_zh(d, s, e, p, &n) || n.b != e || n.mag || n.frac)
		return false;
	if (digits)
		*digits = n.digits;
	return nr_small_int(n.v, 0, hi, v);
}

bool nr_tail_at(const struct zhen__numbers_data *d, const char *s,
                size_t len, size_t k)
{
	return k >= len || !nr_is_han_at(s, len, k) ||
	       match_fwd(&d->t[TB_ZHNUM], s, len, k, LANG_ANY, 0, K_TAIL);
}
