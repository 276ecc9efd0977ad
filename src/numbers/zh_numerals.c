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

/* Read a Chinese (or mixed: 1.7亿, 5千4百万) numeral at @p i. */
bool nr_read_zh(const struct zhen__numbers_data *d, const char *s,
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
			if (!nr_read_arabic(s, len, p, &ar))
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
				const struct entry *m = nr_zh_char(d, s, len, p + 1);
				if (m && (m->kind == K_MAG ||
				          (m->kind == K_UNIT && m->val >= 2)) &&
				    !nr_unit_word_at(d, s, len, p + 1))
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
		const struct entry *e = nr_zh_char(d, s, len, p), *ng;
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
			nx = nr_zh_char(d, s, len, q);
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
				const struct entry *f = nr_zh_char(d, s, len, q);
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
				const struct entry *f = nr_zh_char(d, s, len, q);
				if (f && f->kind == K_DIGIT) {
					buf[m++] = (char)('0' + f->val);
					q += f->len;
					nd += !point;
				} else if (f && f->kind == K_POINT && !point &&
				           q + f->len < len) {
					const struct entry *g =
						nr_zh_char(d, s, len, q + f->len);
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
		if (nr_unit_word_at(d, s, len, p))
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
			const struct entry *m = nr_zh_char(d, s, len, p + ap->len);
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
