/* numbers/zh_figure.c: a Chinese quantity at a position: which construction
 * reads it, then magnitude, currency, unit and sign around it. */
#include "reader.h"

int nr_zh_at(struct scan *sc, size_t i, size_t *next)
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
	if (!is_digit(s[i]) && (e = nr_zword_at(sc, i, &zw)) &&
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
		return nr_emit(sc, zw, zw + e->len, &q);
	}
	/* 一半: a half, as "half of" reads */
	{
		const struct entry *one = nr_zh_char(d, s, len, i), *h;
		if (one && one->kind == K_DIGIT && one->val == 1 &&
		    (h = match_fwd(zt, s, len, i + one->len, LANG_ANY, 0,
		                   K_HALFHOUR)) &&
		    nr_tail_at(d, s, len, i + one->len + h->len)) {
			memset(&q, 0, sizeof q);
			q.kind = ZHEN_Q_NUMBER;
			q.value = zhen__dec(5, -1);
			q.precision = -1;
			q.flags = ZHEN_QF_WORDS;
			*next = i + one->len + h->len;
			return nr_emit(sc, i, *next, &q);
		}
	}
	if ((e = match_fwd(zt, s, len, i, LANG_ANY, 0, K_MULTIPLE)) ||
	    (e = match_fwd(zt, s, len, i, LANG_ANY, 0, K_HALFYEAR))) {
		/* 翻两番 = ×4; 上半年 = the first half */
		memset(&q, 0, sizeof q);
		q.value = zhen__dec(e->val, 0);
		q.flags = ZHEN_QF_WORDS;
		q.kind = e->kind == K_MULTIPLE ? ZHEN_Q_NUMBER : ZHEN_Q_ORDINAL;
		nr_set_code(q.unit, sizeof q.unit,
		            e->kind == K_MULTIPLE ? "x" : "half");
		*next = i + e->len;
		return nr_emit(sc, i, i + e->len, &q);
	}
	{
		int64_t hm;
		bool tw;
		if (is_digit(s[i]) && (hm = nr_colon_time(sc, i, &end)) >= 0) {
			*next = end;
			return nr_emit_time(sc, i, end, hm, 0);
		}
		size_t za;
		if (is_digit(s[i]) &&
		    (hm = nr_zone_time(sc, i, nr_digit_run_end(s, len, i), &za,
		                       &end)) >= 0) {
			*next = end;
			return nr_emit_time(sc, za, end, hm, 0);
		}
		if ((hm = nr_zh_time(sc, i, &end, &tw)) >= 0) {
			*next = end;
			return nr_emit_time(sc, i, end, hm,
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
		if (prefix < 0 && (ia = nr_ident_start(sc, p)) != (size_t)-1)
			return nr_emit_ident(sc, ia, p, next);
		if (prefix < 0 && (iso = nr_iso_date(sc, p, &ie))) {
			*next = ie;
			return nr_emit_date(sc, p, ie, iso, 0);
		}
		if (prefix < 0 && (nr_zero_code(sc, p) || nr_version_at(sc, p)))
			return nr_emit_ident(sc, p, p, next);
		if (prefix < 0 && (rc = nr_dims_at(sc, p, next)))
			return rc < 0 ? rc : 0;
	} else {
		e = nr_zh_char(d, s, len, p);
		const struct entry *fr = e ? match_fwd(zt, s, len, p + e->len,
		                                       LANG_ANY, 0, K_FRACTION)
		                           : NULL;
		struct num nu;
		if (fr && prefix < 0 && (e->kind == K_MAG || e->kind == K_UNIT) &&
		    nr_read_zh(d, s, len, p + e->len + fr->len, &nu) && !nu.mag) {
			/* 亿分之一: one in a hundred million */
			memset(&q, 0, sizeof q);
			q.kind = ZHEN_Q_NUMBER;
			q.value = nr_fraction_value(nu.v, zhen__dec(1, e->val));
			q.precision = q.value.exp;
			q.flags = nu.digits ? 0 : ZHEN_QF_WORDS;
			*next = nu.b;
			return nr_emit(sc, p, nu.b, &q);
		}
		if (prefix < 0 && e && (e->kind == K_MAG || e->kind == K_UNIT))
			hedge = nr_hedge_before(sc, p);
		if (!e || e->kind == K_POINT ||
		    (e->kind == K_MAG && prefix < 0 && !nr_vague_before(sc, p) &&
		     !hedge))
			return 0;
	}
	if (!nr_read_zh(d, s, len, p, &n)) {
		/* a run too long to read is no figure, nor is its tail */
		if (is_digit(s[p]))
			*next = nr_digit_run_end(s, len, p);
		return 0;
	}
	if (n.lead_mag && prefix < 0 && !nr_vague_before(sc, p) && !hedge)
		return 0;
	/* 二三十, 三四百万: two neighbouring digits before a unit are a
	 * colloquial range (twenty or thirty), not 230; so are two alone
	 * (五六个人, 两三天, 一两年: five or six, not 56), which the lone
	 * numeral rule below keeps to those before a measure word. */
	size_t lo_a = 0, lo_b = 0;
	zhen_decimal lo_v = { 0, 0 };
	if (prefix < 0 && !n.digits && n.direct) {
		const struct entry *e1 = nr_zh_char(d, s, len, p), *e2, *e3;
		e2 = e1 ? nr_zh_char(d, s, len, p + e1->len) : NULL;
		e3 = e2 ? nr_zh_char(d, s, len, p + e1->len + e2->len) : NULL;
		struct num n2;
		if (e1 && e2 && e1->kind == K_DIGIT &&
		    e2->kind == K_DIGIT && e1->val >= 1 &&
		    e2->val == e1->val + 1 &&
		    ((e3 && (e3->kind == K_UNIT || e3->kind == K_MAG)) ||
		     (!e3 && n.ncp == 2 &&
		      match_fwd(&d->t[TB_UNIT], s, len,
		                p + e1->len + e2->len, ZHEN_LANG_ZH, 0, -1))) &&
		    nr_read_zh(d, s, len, p + e1->len, &n2) &&
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
		if (fr && !n.mag && !n.frac && nr_read_zh(d, s, len, n.b + fr->len,
		                                          &nu) && !nu.mag) {
			memset(&q, 0, sizeof q);
			q.kind = ZHEN_Q_NUMBER;
			q.value = nr_fraction_value(nu.v, n.v);
			q.precision = -6;
			q.flags = !n.digits && !nu.digits ? ZHEN_QF_WORDS : 0;
			*next = nu.b;
			return nr_emit(sc, p, nu.b, &q);
		}
	}
	/* 七十有三: the literary "seventy and three" */
	if (prefix < 0 && !n.digits && !n.mag && !n.frac &&
	    n.v.coef && n.v.exp >= 1 && n.b + 3 < len &&
	    !memcmp(s + n.b, "有", 3)) {
		const struct entry *u1 = nr_zh_char(d, s, len, n.b + 3);
		if (u1 && u1->kind == K_DIGIT && u1->val >= 1 &&
		    !nr_zh_char(d, s, len, n.b + 3 + u1->len)) {
			zhen_decimal v;
			if (zhen__dec_add(&v, n.v, zhen__dec(u1->val, 0))) {
				memset(&q, 0, sizeof q);
				q.kind = ZHEN_Q_NUMBER;
				q.value = v;
				q.flags = ZHEN_QF_WORDS;
				*next = n.b + 3 + u1->len;
				return nr_emit(sc, p, *next, &q);
			}
		}
	}
	/* 兩打雞蛋: 打 after a lone numeral is a dozen (打八折, 打电话 have
	 * no numeral before it) */
	if (prefix < 0 && !n.mag && !n.frac && n.ncp == 1 && n.b < len) {
		const struct entry *dz = match_fwd(zt, s, len, n.b, LANG_ANY, 0,
		                                   K_ZDOZEN);
		zhen_decimal v;
		if (dz && !nr_zh_char(d, s, len, n.b + dz->len) &&
		    zhen__dec_mul(&v, n.v, zhen__dec(dz->val, 0))) {
			memset(&q, 0, sizeof q);
			q.kind = ZHEN_Q_NUMBER;
			q.value = v;
			q.flags = n.digits ? 0 : ZHEN_QF_WORDS;
			*next = n.b + dz->len;
			return nr_emit(sc, p, n.b + dz->len, &q);
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
		bool pre_da = de && nr_match_back(zt, s, p, sc->lo, LANG_ANY, 0,
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
		const struct entry *d2 = x ? nr_zh_char(d, s, len, xe) : NULL;
		int d2v = -1;
		if (te && d2 && d2->kind == K_DIGIT && d2->val >= 1 && n.ncp == 1 &&
		    nr_tail_at(d, s, len, xe + d2->len) &&
		    !nr_zh_char(d, s, len, xe + d2->len) &&
		    !nr_unit_word_at(d, s, len, xe + d2->len)) {
			d2v = (int)d2->val;
			xe += d2->len;
		}
		if (x && zhen__dec_cmp(pct, ten) <= 0 && pct.coef > 0 &&
		    (pre_da || d2v > 0 ||
		     (!one_fold && nr_tail_at(d, s, len, b + x->len)))) {
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
				nr_set_code(q.unit, sizeof q.unit, "off");
			}
			*next = xe;
			return nr_emit(sc, a, xe, &q);
		}
	}

	/* 5G, 10kg, US$1.2bn in Chinese text */
	if (n.digits && n.ntok == 1 && b < len && is_alpha(s[b])) {
		size_t g = nr_glued(sc, b, &q, &magexp, &ordinal);
		if (g == b)
			return prefix < 0 ? nr_emit_ident(sc, p, p, next) : 0;
		b = g;
		strong = true;
		nr_scale_by(&q, magexp);
		if (ordinal)
			q.kind = ZHEN_Q_ORDINAL;
	}

	if (prefix < 0 && !n.mag && !n.frac && magexp < 0 && !q.unit[0]) {
		/* "2016 年" as well as 2016年 */
		if (n.digits)
			b = nr_sp(s, len, b);
		if (!n.frac && (y = nr_zh_decade(sc, b, n.v, &end)) > 0) {
			q.kind = ZHEN_Q_YEAR;
			q.flags |= ZHEN_QF_DECADE;
			q.precision = 0;
			q.value = zhen__dec(y, 0);
			*next = end;
			return nr_emit(sc, a, end, &q);
		}
		/* 90 年代, 七零年代, 八〇年代, 七十年代: a decade without its
		 * century, as the English "the '90s" (the 1990s or the
		 * 2020s: compare pairs it with a decade year of either by its
		 * last two digits); read as a figure it matched nothing */
		e = match_fwd(zt, s, len, b, LANG_ANY, 0, K_DECADE);
		if (e && ((n.digits && n.nint == 2 && !n.grouped && n.ntok == 1) ||
		          (!n.digits && n.ncp == 2)) &&
		    nr_small_int(n.v, 0, 90, &y) && y % 10 == 0) {
			q.kind = ZHEN_Q_NUMBER;
			q.flags |= ZHEN_QF_DECADE;
			q.precision = 1;
			q.value = zhen__dec(y, 0);
			*next = b + e->len;
			return nr_emit(sc, a, b + e->len, &q);
		}
		e = match_fwd(zt, s, len, b, LANG_ANY, 0, K_YEAR);
		/* 公元79年, 公元前200年: an era makes any figure a year */
		size_t pk = p > sc->lo && s[p - 1] == ' ' ? p - 1 : p;
		const struct entry *era = !e || n.grouped ? NULL :
			nr_match_back(zt, s, pk, sc->lo, LANG_ANY, 0, K_ERA);
		if (era && era->val != 3 && nr_small_int(n.v, 1, 9999, &y)) {
			q.kind = ZHEN_Q_YEAR;
			q.precision = 0;
			q.value = zhen__dec(era->val == 2 ? -y : y, 0);
			*next = b + e->len;
			return nr_emit(sc, era->val == 2 ? pk - era->len : a,
			               b + e->len, &q);
		}
		/* 民國112年 is 2023: Taiwan's calendar counts from 1912 (era
		 * value 3). Taiwan's text writes 112年度, 112年3月 without its
		 * name too (a count of years takes neither 度 nor a month):
		 * read so in text detected as Taiwan's (Hong Kong's 97年 is
		 * 1997; compare pairs such a bare year either way). */
		int64_t roc = 0;
		if (era && era->val == 3 && n.digits && nr_small_int(n.v, 1, 200, &roc))
			a = pk - era->len;
		else if (!(e && !era && sc->conv == ZHEN_CONVERT_TW2S &&
		           n.digits && !n.grouped && n.ntok == 1 &&
		           (n.nint == 2 || n.nint == 3) &&
		           nr_small_int(n.v, 30, 150, &roc) &&
		           (nr_zh_monthday(sc, b + e->len, &end, &ordinal) ||
		            nr_month_next(sc, b + e->len) ||
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
		    nr_small_int(n.v, 1000, 2999, &y)) {
			ye = b + e->len;
			if ((md = nr_zh_monthday(sc, ye, &end, &ordinal))) {
				*next = end;
				return nr_emit_date(sc, a, end, y * 10000 + md,
				                    words && ordinal ? ZHEN_QF_WORDS : 0);
			}
			q.kind = ZHEN_Q_YEAR;
			q.precision = 0;
			*next = ye;
			return nr_emit(sc, a, ye, &q);
		}
		e = match_fwd(zt, s, len, b, LANG_ANY, 0, K_MONTH);
		if (e && nr_small_int(n.v, n.digits ? 0 : 1,
		                      n.digits && !n.grouped ? 99 : 12, &y)) {
			if ((md = nr_zh_monthday(sc, p, &end, &ordinal))) {
				*next = end;
				return nr_emit_date(sc, a, end, md,
				                    ordinal ? ZHEN_QF_WORDS : 0);
			}
			/* a month alone: 十月, 6 月份 (but 0 月 is none) */
			if (y > 0) {
				*next = b + e->len;
				return nr_emit_date(sc, a, b + e->len, y * 100,
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
	} else if (prefix < 0 && n.digits && (k = nr_minus_sign(sc, p))) {
		a = p - k;
		q.value.coef = -q.value.coef;
	}
	if (prefix < 0)
		a = nr_pre_context(sc, a, &q, &cur);
	if (hedge)
		q.flags |= ZHEN_QF_APPROX;
	end = q.unit[0] ? b : nr_post_context(sc, b, &q, cur, &strong);
	q.flags |= nr_movement_before(sc, a);
	end = nr_unit_tail(sc, end, &q);
	/* 两年半, 三个半月: and a half of the unit */
	if (end + 3 <= len && !memcmp(s + end, "半", 3) && q.unit[0] &&
	    (!strcmp(q.unit, "year") || !strcmp(q.unit, "month") ||
	     !strcmp(q.unit, "day") || !strcmp(q.unit, "hour")) &&
	    /* not 半导体, 半岛: 半 then ends the figure */
	    nr_tail_at(d, s, len, end + 3) &&
	    zhen__dec_add(&q.value, q.value, zhen__dec(5, -1))) {
		end += 3;
		q.precision = -1;
	}
	/* 前三季度: the first three quarters, a count, not the third */
	if (q.kind == ZHEN_Q_ORDINAL && prefix < 0 &&
	    !strcmp(q.unit, "quarter") && nr_first_before(sc, a))
		q.kind = ZHEN_Q_NUMBER;
	if (cur)
		strong = true;
	if (q.kind == ZHEN_Q_MONEY)
		end = nr_yuan_tail(sc, end, &q);
	if (sc->bare && q.kind == ZHEN_Q_MONEY)
		nr_list_currency(sc, a, &q);
	/* 5亿元左右, 30%左右: a hedge after the unit or currency too */
	if (end < len && match_fwd(&d->t[TB_APPROX], s, len, nr_sp(s, len, end),
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
	      (!nr_is_han_at(s, len, end) ||
	       /* 逾百万用户, 超千亿市值: two numerals and more are a
	        * figure before any noun; 千万 alone is also "by all
	        * means" (最近千万别去) */
	       (n.ncp >= 2 && !(n.ncp == 2 && n.lead_unit &&
	                        zhen__dec_eq(n.v, zhen__dec(1, 7)))) ||
	       /* 过亿用户, 突破亿大关: 亿 alone names no company */
	       (n.ncp == 1 && n.lead_mag &&
	        zhen__dec_eq(n.v, zhen__dec(1, 8))))) &&
	    /* 数以万计: a band, counted in ten thousands */
	    !(nr_vague_before(sc, p) && end < len && nr_is_han_at(s, len, end) &&
	      nr_tail_at(d, s, len, end))) {
		/* 三到四百万: the lower end of a range is a figure; 五比三:
		 * both figures of a score */
		const struct entry *re = match_fwd(zt, s, len, end, LANG_ANY, 0,
		                                   K_RANGE);
		const struct entry *ne = re ? nr_zh_char(d, s, len, end + re->len)
		                            : NULL;
		const struct entry *se = match_fwd(zt, s, len, end, LANG_ANY, 0,
		                                   K_ZCTX);
		const struct entry *sn = se && se->val == ZC_SCORE
		                             ? nr_zh_char(d, s, len, end + se->len)
		                             : NULL;
		if ((!ne || ne->kind != K_DIGIT) &&
		    (!sn || sn->kind != K_DIGIT) && !nr_score_before(sc, a))
			return 0;
	}
	if (lo_b) {
		zhen_quantity lq = q;
		int rc;
		lq.value = lo_v;
		lq.precision = lo_v.exp;
		lq.flags |= ZHEN_QF_RANGE;
		q.flags |= ZHEN_QF_RANGE;
		if ((rc = nr_emit(sc, lo_a < a ? lo_a : a, lo_b, &lq)) < 0)
			return rc;
		a = lo_b;
	}
	*next = end > *next ? end : *next;
	return nr_emit(sc, a, end, &q);
}
