/* leftover.c: what no rule explains is missing (a Chinese figure the
 * English does not write) or extra (the other way round): warnings, or
 * errors with --strict. Not every quantity left over is worth one: small
 * word figures and identifiers are too often no figure at all. */
#include "compare.h"

/* Small words-only counts ("a", "one of", 一家) and ordinals (第一,
 * "first") are too often not figures at all to be worth a missing/extra
 * warning on their own. Identifiers are never amounts. */
bool zhen__ignorable_alone(const zhen_quantity *q)
{
	/* Identifiers stay silent alone (policy, measured on FLORES dev
	 * unaltered lines): warning on every unpaired one found 1.3 points
	 * more injected drops but warned on 4-5 correct lines per script
	 * (COVID-19 for 新冠, Chandrayaan-1 for 月船一号, 4x4 for 四驱,
	 * mm2 for 平方釐米), all translations that name the thing without
	 * its letters. The evidence that makes a lone identifier a dropped
	 * figure is the other side keeping its letters without the digits
	 * ("Flight CG" for CG4684); that needs the text, which this
	 * function does not see: zhen__digits_dropped() checks it when the
	 * caller gave zhen_compare_text() the texts. */
	if (q->kind == ZHEN_Q_IDENT)
		return true;
	/* "0 to 100 km/h" (百公里加速): a range from zero names the
	 * start, not a figure the other side must write */
	if ((q->flags & ZHEN_QF_RANGE) && !q->value.coef)
		return true;
	/* 这两位 ("both", "the pair") refers back to what was counted */
	if (zhen__definite_pair(q))
		return true;
	/* 第一次 / "for the first time" are rarely figures either. */
	if (!(q->flags & ZHEN_QF_WORDS) ||
	    (q->kind != ZHEN_Q_NUMBER && q->kind != ZHEN_Q_ORDINAL))
		return false;
	/* a capitalised word in a name or a title ("Nineteen Eighty-Four",
	 * "One Hundred Thousand Whys") names, it counts nothing */
	if (q->flags & ZHEN_QF_NAME)
		return true;
	if ((q->flags & ZHEN_QF_COUNT) && q->kind == ZHEN_Q_NUMBER &&
	    !zhen__is_one(q) && !(q->flags & ZHEN_QF_VAGUE))
		return false;
	zhen_decimal ten = { 1, 1 };
	return zhen__dec_cmp(q->value, ten) <= 0;
}

/* A small English word figure that is plainly a figure, reported alone
 * after all: a range end ("four to six") or a measure ("nine miles", "an
 * eight-year search"), unhedged; a factor is no measure ("a double edge").
 * English only: Chinese small measures are idioms as often (这两天 "these
 * days", 过两天 "in a day or two", 三天两头). */
static bool en_figure_word(const zhen_quantity *q)
{
	/* nor are a game's points ("six points clear", 领先六分: 分 is
	 * no unit the reader can tell from minutes and fractions) */
	return q->kind == ZHEN_Q_NUMBER && !zhen__is_one(q) && q->value.coef &&
	       !(q->flags & ZHEN_QF_NAME) &&
	       ((q->flags & ZHEN_QF_RANGE) ||
	        (q->unit[0] && strcmp(q->unit, ZHEN_UNIT_TIMES) && strcmp(q->unit, ZHEN_UNIT_POINT) &&
	         /* "the two teams", "both players" are 双方 as often as
	          * a count */
	         !zhen__counted_thing(q) &&
	         !(q->flags & ZHEN_QF_APPROX)));
}

/* A Chinese ordinal in numerals from 第三 up (第四级, 第三军团): 第 makes
 * it a figure for sure, and a translation writes it ("Category 4", "the
 * 3rd regiment"). 第一 and 第二 stay silent alone: "for the first time",
 * "secondary", "the next day" translate them as words (measured on
 * FLORES: 第二 alone warned on 7 correct lines, 第三 and up on none). */
static bool zh_ordinal(const zhen_quantity *q)
{
	zhen_decimal two = { 2, 0 };
	return q->kind == ZHEN_Q_ORDINAL && zhen__is_words(q) && !q->unit[0] &&
	       zhen__dec_cmp(q->value, two) > 0;
}

/* "RMB 6.093 billion (USD 840 million)": the second amount restates the
 * first. When either is matched, the other is not missing or extra. */
static bool conversion_covered(const struct zhen__side *s, size_t i)
{
	const zhen_quantity *q = s->q;
	if ((q[i].flags & ZHEN_QF_CONVERSION) && i > 0 && s->used[i - 1])
		return true;
	if (i + 1 < s->n && (q[i + 1].flags & ZHEN_QF_CONVERSION) &&
	    s->used[i + 1])
		return true;
	return false;
}

/* 新华社1月8日电 … 8日: a day written alone that is the day of a date
 * its side wrote (and that date matched) repeats the dateline's day; a
 * translation writes it once. Not other figures: 距离锦州70公里，距离盘锦
 * 70公里 are two distances, and dropping one is a finding. */
static bool repeats_day(const struct zhen__side *s, size_t i)
{
	const zhen_quantity *q = &s->q[i];
	double v = zhen__approx(q->value);

	if (q->kind != ZHEN_Q_DATE || !(q->flags & ZHEN_QF_DAY))
		return false;
	for (size_t k = 0; k < s->n; k++) {
		const zhen_quantity *o = &s->q[k];
		double w = zhen__approx(o->value);
		if (k != i && s->used[k] && o->kind == ZHEN_Q_DATE && w >= 100 &&
		    (int64_t)w % 100 == (int64_t)v)
			return true;
	}
	return false;
}

/* A band in words (千千万万 beside "countless"; "thousands of") says
 * "many", which a translation may say without a figure: left over alone,
 * no finding. Beside a band the other side left over too (数百 ↔
 * "dozens"), the two disagree and both are reported. */
static bool lone_band(const zhen_quantity *q, const struct zhen__side *other)
{
	const unsigned band = ZHEN_QF_VAGUE | ZHEN_QF_WORDS;
	if ((q->flags & band) != band)
		return false;
	for (size_t k = 0; k < other->n; k++)
		if (!other->used[k] && (other->q[k].flags & ZHEN_QF_VAGUE))
			return false;
	return true;
}

/* Whether quantity @p i of side @p s, left over, is reported: a figure a
 * warning would name alone, a figure after all (a Chinese ordinal from
 * 第三, an English measure in words), or an identifier whose digits side
 * @p other drops; not when the amount it restates was matched. */
static bool reported(const struct zhen__side *s, size_t i,
                     const struct zhen__side *other, bool zh)
{
	const zhen_quantity *q = &s->q[i];
	if (s->used[i] || repeats_day(s, i) || lone_band(q, other) ||
	    (zhen__ignorable_alone(q) &&
	     !(zh ? zh_ordinal(q) : en_figure_word(q)) &&
	     !zhen__digits_dropped(q, other->text, other->len)))
		return false;
	return !conversion_covered(s, i);
}

int zhen__missing(struct zhen__cmp *c, const struct zhen__rule *r)
{
	(void)r;
	for (size_t i = 0; i < c->zh.n; i++)
		if (reported(&c->zh, i, &c->en, true) &&
		    zhen__push(c, ZHEN_F_MISSING, c->lone, &c->zh.q[i],
		               NULL) < 0)
			return ZHEN_ENOMEM;
	return 0;
}

int zhen__extra(struct zhen__cmp *c, const struct zhen__rule *r)
{
	(void)r;
	for (size_t j = 0; j < c->en.n; j++)
		if (reported(&c->en, j, &c->zh, false) &&
		    zhen__push(c, ZHEN_F_EXTRA, c->lone, NULL, &c->en.q[j]) < 0)
			return ZHEN_ENOMEM;
	return 0;
}
