/* numbers/zh_counts.c: Chinese counts and the rules around them: two
 * neighbouring numerals as a range (二三十, 五六个人), the literary 七十有三,
 * dozens (兩打), and a half of the unit (两年半), and when a lone numeral
 * character is a count at all (一些, 统一 are none). */
#include "reader.h"

/* The inner numerals of 三四五六 (四, 五): latent, so that "grades 3, 4,
 * 5 and 6" finds them where "three to six" needs none. */
static int latent_inner(struct scan *sc, size_t a, size_t b)
{
	const struct zhen__numbers_data *d = sc->d;
	for (size_t k = a; k < b;) {
		const struct entry *e = nr_zh_char(d, sc->s, sc->len, k);
		zhen_quantity q;
		memset(&q, 0, sizeof q);
		q.kind = ZHEN_Q_NUMBER;
		q.value = zhen__dec(e->val, 0);
		q.flags = ZHEN_QF_WORDS;
		int rc = nr_emit_latent(sc, k, k + e->len, &q);
		if (rc < 0)
			return rc;
		k += e->len;
	}
	return 0;
}

/* 三两天, 三两个人: three before 两 (a digit only where a run starts) and
 * a measure word is "two or three", a band as 两三天 is, its lower end
 * after the upper; before what is sold by weight (三两黄金, units.tsv: 两
 * as a weight after any numeral) it is three taels, which the unit after
 * the numeral reads. @p k is where 两 starts. */
static void upper_first(struct scan *sc, struct fig *f, size_t k,
                        const struct entry *two)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct entry *u = match_fwd(&d->t[TB_UNIT], sc->s, sc->len, k,
	                                  ZHEN_LANG_ZH, 0, -1);

	if ((u && u->val != UV_AFTER_DIGITS &&
	     !strcmp(u->code, ZHEN_UNIT_LIANG)) ||
	    !match_fwd(&d->t[TB_UNIT], sc->s, sc->len, k + two->len,
	               ZHEN_LANG_ZH, 0, -1))
		return;
	f->lo_a = k;
	f->lo_b = k + two->len;
	f->lo_v = zhen__dec(two->val, 0);
	f->n.b = f->lo_b;
	f->n.ncp = 2;
}

/* 二三十, 三四百万, 百分之七八十: two neighbouring digits before a unit
 * are a colloquial range (twenty or thirty), not 230; so are two alone
 * (五六个人, 两三天, 一两年: five or six, not 56), which the lone numeral
 * rule keeps to those before a measure word; and a run of them before a
 * measure word is a list (三四五六年级, 第一二季度: grades 3 to 6, the
 * first and second quarters), its ends a range and the rest latent. The
 * numeral f->n becomes the upper end; the lower is f->lo_*. */
int nr_zh_neighbours(struct scan *sc, struct fig *f)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, p = f->p, k, last;
	const struct entry *e1 = nr_zh_char(d, s, len, p), *e, *pe = NULL;
	struct num n2;
	int run = 1;

	/* 三两: a numeral of one character, then 两 */
	if (f->prefix < 0 && !f->n.digits && f->n.ncp == 1 && e1 &&
	    e1->kind == K_DIGIT && (e = nr_zh_char(d, s, len, p + e1->len)) &&
	    e->kind == K_DIGIT && (e->pos & ZM_LEAD) && e->val + 1 == e1->val) {
		upper_first(sc, f, p + e1->len, e);
		return 0;
	}
	if ((f->prefix >= 0 && f->prefix != K_PCTPRE && f->prefix != K_ORDPRE) ||
	    f->n.digits || !f->n.direct || !e1 || e1->kind != K_DIGIT ||
	    e1->val < 1)
		return 0;
	/* the run of consecutive digits, each one more than the last */
	for (k = p + e1->len, last = p, pe = e1;
	     (e = nr_zh_char(d, s, len, k)) && e->kind == K_DIGIT &&
	     e->val == pe->val + 1; k += e->len, pe = e)
		last = k, run++;
	e = nr_zh_char(d, s, len, k);
	bool measure = !e && match_fwd(&d->t[TB_UNIT], s, len, k, ZHEN_LANG_ZH,
	                               0, -1);
	if (run < 2 || (run == 2 ? !((e && (e->kind == K_UNIT ||
	                                     e->kind == K_MAG)) ||
	                               (!e && f->n.ncp == 2 && measure))
	                         : !measure) ||
	    !nr_read_zh(d, s, len, last, &n2) || n2.v.coef != pe->val)
		return 0;
	f->lo_a = p;
	f->lo_b = p + e1->len;
	f->lo_v = zhen__dec(e1->val, n2.v.exp);
	f->p = last;
	f->n = n2;
	return latent_inner(sc, f->lo_b, last);
}

/* 七十有三: the literary "seventy and three" */
int nr_zh_literary(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len;
	const struct num *n = &f->n;
	const struct entry *u1;
	zhen_decimal v;
	zhen_quantity q;

	if (f->prefix >= 0 || n->digits || n->mag || n->frac ||
	    !n->v.coef || n->v.exp < 1 || n->b + 3 >= len ||
	    memcmp(s + n->b, "有", 3))
		return NR_NONE;
	u1 = nr_zh_char(d, s, len, n->b + 3);
	if (!u1 || u1->kind != K_DIGIT || u1->val < 1 ||
	    nr_zh_char(d, s, len, n->b + 3 + u1->len) ||
	    !zhen__dec_add(&v, n->v, zhen__dec(u1->val, 0)))
		return NR_NONE;
	memset(&q, 0, sizeof q);
	q.kind = ZHEN_Q_NUMBER;
	q.value = v;
	q.flags = ZHEN_QF_WORDS;
	*next = n->b + 3 + u1->len;
	return nr_emit(sc, f->p, *next, &q);
}

/* 兩打雞蛋: 打 after a lone numeral is a dozen (打八折, 打电话 have no
 * numeral before it) */
int nr_zh_dozen(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len;
	const struct num *n = &f->n;
	const struct entry *dz;
	zhen_decimal v;
	zhen_quantity q;

	if (f->prefix >= 0 || n->mag || n->frac || n->ncp != 1 || n->b >= len)
		return NR_NONE;
	dz = match_fwd(&d->t[TB_ZHNUM], s, len, n->b, LANG_ANY, 0, K_ZDOZEN);
	if (!dz || nr_zh_char(d, s, len, n->b + dz->len) ||
	    !zhen__dec_mul(&v, n->v, zhen__dec(dz->val, 0)))
		return NR_NONE;
	memset(&q, 0, sizeof q);
	q.kind = ZHEN_Q_NUMBER;
	q.value = v;
	q.flags = n->digits ? 0 : ZHEN_QF_WORDS;
	*next = n->b + dz->len;
	return nr_emit(sc, f->p, n->b + dz->len, &q);
}

static bool duration(const char *unit)
{
	return !strcmp(unit, ZHEN_UNIT_YEAR) || !strcmp(unit, ZHEN_UNIT_MONTH) ||
	       !strcmp(unit, ZHEN_UNIT_DAY) || !strcmp(unit, ZHEN_UNIT_HOUR);
}

/* The unit of time after the 半 of 两个半小时 or 三个半月 at @p k (a unit
 * word, or 月 alone: 个月 splits around 半): its end, with its code in
 * @p q, or @p k. */
static size_t unit_after_half(struct scan *sc, size_t k, zhen_quantity *q)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct entry *u = match_fwd(&d->t[TB_UNIT], sc->s, sc->len, k,
	                                  ZHEN_LANG_ZH, 0, -1);

	if (u && u->kind == U_MEASURE && duration(u->code)) {
		nr_set_code(q->unit, sizeof q->unit, u->code);
		return k + u->len;
	}
	if ((u = match_fwd(&d->t[TB_ZHNUM], sc->s, sc->len, k, LANG_ANY, 0,
	                   K_MONTH))) {
		nr_set_code(q->unit, sizeof q->unit, ZHEN_UNIT_MONTH);
		return k + u->len;
	}
	return k;
}

/* 两年半, 两个半小时, 三个半月: and a half of the unit, after the figure
 * ending at @p end (its unit, or a measure word 个 before 半 and the
 * unit): its new end. */
size_t nr_zh_and_a_half(struct scan *sc, struct fig *f, size_t end)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, at = end, k;
	zhen_quantity *q = &f->q;
	const struct entry *c = q->unit[0] ? NULL :
		match_fwd(&d->t[TB_UNIT], s, len, end, ZHEN_LANG_ZH, 0,
		          U_COUNTER);
	const struct entry *h;

	if (c)
		at += c->len;
	if (!(h = match_fwd(&d->t[TB_ZHNUM], s, len, at, LANG_ANY, 0,
	                    K_HALFHOUR)))
		return end;
	k = at + h->len;
	if (q->unit[0] ? duration(q->unit) &&
	                 /* not 半导体, 半岛: 半 then ends the figure */
	                 nr_tail_at(d, s, len, k)
	               : c && (k = unit_after_half(sc, k, q)) != at + h->len) {
		if (zhen__dec_add(&q->value, q->value, zhen__dec(5, -1))) {
			q->precision = -1;
			return k;
		}
	}
	return end;
}

/* 逾百万。, 过亿: hedged, a bare magnitude or 百/千 is a figure before
 * what is no word (超过万科 is "overtook Vanke", 近千万别 "never"), and
 * so are two numerals and more before any noun (逾百万用户, 超千亿市值)
 * but 千万 alone ("by all means": 最近千万别去), and 亿 alone (过亿用户,
 * 突破亿大关: it names no company). */
static bool hedged_figure(struct scan *sc, const struct fig *f,
                          size_t end)
{
	const struct num *n = &f->n;

	return f->hedge && (n->lead_unit || n->lead_mag) &&
	       (!nr_is_han_at(sc->s, sc->len, end) ||
	        (n->ncp >= 2 && !(n->ncp == 2 && n->lead_unit &&
	                          zhen__dec_eq(n->v, zhen__dec(1, 7)))) ||
	        (n->ncp == 1 && n->lead_mag &&
	         zhen__dec_eq(n->v, zhen__dec(1, 8))));
}

/* A lone numeral character (一些, 统一, 三星, 十分), one led by 百/千
 * (千方百计), or two digits read one by one (三一学院) is a number only
 * with a measure word after it (the figure ends at @p end): whether the
 * figure f is such a word, no figure. */
bool nr_zh_no_count(struct scan *sc, const struct fig *f, size_t end)
{
	const struct zhen__numbers_data *d = sc->d;
	const struct table *zt = &d->t[TB_ZHNUM];
	const char *s = sc->s;
	size_t len = sc->len;
	const struct num *n = &f->n;

	if (!f->words || f->strong || f->lo_b ||
	    !(n->ncp == 1 || n->lead_unit || (n->direct && n->ncp == 2)) ||
	    hedged_figure(sc, f, end) ||
	    /* 数以万计: a band, counted in ten thousands */
	    (nr_vague_before(sc, f->p) && end < len &&
	     nr_is_han_at(s, len, end) && nr_tail_at(d, s, len, end)))
		return false;
	/* 三到四百万: the lower end of a range is a figure; 五比三: both
	 * figures of a score */
	const struct entry *re = match_fwd(zt, s, len, end, LANG_ANY, 0,
	                                   K_RANGE);
	const struct entry *ne = re ? nr_zh_char(d, s, len, end + re->len)
	                            : NULL;
	const struct entry *se = match_fwd(zt, s, len, end, LANG_ANY, 0,
	                                   K_ZCTX);
	const struct entry *sn = se && se->val == ZC_SCORE
	                             ? nr_zh_char(d, s, len, end + se->len)
	                             : NULL;
	return (!ne || ne->kind != K_DIGIT) &&
	       (!sn || sn->kind != K_DIGIT) && !nr_score_before(sc, f->a);
}
