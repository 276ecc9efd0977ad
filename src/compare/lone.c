/* lone.c: after the rules that pair figures, one figure left on each
 * side (17 ↔ "eleven", 3 人 ↔ "five people"). zhen__comparable_words()
 * kept the pair apart because an English word is often no figure at all,
 * but when it is the only figure the Chinese has no partner for, and the
 * Chinese figure the only one the English lacks, a reviewer reads them as
 * one figure translated wrong, not as one dropped and another made up. */
#include "compare.h"

#include <math.h>

/* Both figures must be figures a missing/extra warning would name on
 * their own: a small word ("the two sides", "two Olympic medals" for 两枚)
 * left beside a figure the English dropped is no translation of it
 * (measured on FLORES drops). */
static bool lone_weak(const zhen_quantity *q, bool english)
{
	/* "roughly ten million": an approximate word figure scaled by a
	 * magnitude word is a figure, not a manner of speaking */
	if (zhen__is_words(q) && (q->flags & ZHEN_QF_APPROX) &&
	    (q->flags & ZHEN_QF_MAGNITUDE) && !zhen__is_one(q))
		return false;
	return zhen__weak_word(q, english);
}

/* What makes two figures left over one figure even when one is a small
 * or approximate word: both hedged alike ("超過 17 分鐘" ↔ "just over
 * twelve minutes", 至少 3 人 ↔ "at least five people"), both range ends,
 * or the same unit ("0 小時" ↔ "three hours" once durations carry one).
 * A word that is no figure ("the two sides") carries none of these, and
 * two hedged words are two manners of speaking, not figures (數十 ↔
 * "dozens", 數千 ↔ "a couple of thousand"): one side must write digits. */
static bool lone_evidence(const zhen_quantity *a, const zhen_quantity *b)
{
	unsigned both = a->flags & b->flags;
	/* a band is no hedged figure: 3000 人 ↔ "thousands" is loose, not
	 * wrong */
	if ((both & ZHEN_QF_WORDS) || ((a->flags | b->flags) & ZHEN_QF_VAGUE))
		return false;
	/* hedges are common: hedged alike is evidence only within a factor
	 * 10 ("at least 100 people" and "a couple whose wedding" are two) */
	double x = fabs(zhen__approx(a->value));
	double y = fabs(zhen__approx(b->value));
	if (x > 0 && y > 0 && (x > 10 * y || y > 10 * x))
		both &= ~(unsigned)ZHEN_QF_APPROX;
	return (both & (ZHEN_QF_APPROX | ZHEN_QF_RANGE)) ||
	       (a->unit[0] && !strcmp(a->unit, b->unit));
}

/* 3名嫌疑人 ↔ "Four suspects", 5个国家 ↔ "six countries": the one
 * Chinese count in digits and the one small English count in words left
 * over are one figure translated wrong. Digits before a measure word
 * leave no doubt that the Chinese is a count (11 分 beside "the two
 * sides" is a score and a manner of speaking); the English word is a
 * plain count (no article, ordinal or hedge). */
static bool digit_word_count(const zhen_quantity *a, const zhen_quantity *b)
{
	zhen_decimal twenty = { 20, 0 };
	/* a count, not "a fifth straight session" read as 0.2 ("ten" is
	 * 1 x 10^1) */
	zhen_decimal two = { 2, 0 };
	if (b->value.exp < 0 || zhen__dec_cmp(b->value, two) < 0)
		return false;
	return !zhen__is_words(a) && (a->flags & ZHEN_QF_MEASURED) &&
	       a->kind == ZHEN_Q_NUMBER && !a->currency[0] &&
	       zhen__dec_cmp(a->value, twenty) <= 0 && a->value.coef > 0 &&
	       zhen__is_words(b) && b->kind == ZHEN_Q_NUMBER &&
	       !zhen__is_one(b) &&
	       !(b->flags & (ZHEN_QF_APPROX | ZHEN_QF_NAME)) &&
	       zhen__dec_cmp(b->value, twenty) <= 0;
}

/* A spelled ordinal that may be no figure ("the first", 第一). */
static bool weak_ordinal(const zhen_quantity *q, bool english)
{
	return zhen__is_words(q) && q->kind == ZHEN_Q_ORDINAL &&
	       zhen__weak_word(q, english);
}

/* Whether Chinese @p a and English @p b, each the one figure its side has
 * left, are one figure. */
static bool lone_pair(const zhen_quantity *a, const zhen_quantity *b)
{
	if ((zhen__is_words(a) && zhen__is_one(a)) ||
	    (zhen__is_words(b) && zhen__is_one(b)))
		return false;
	if (digit_word_count(a, b))
		return !zhen__unit_conflict(a, b);
	if (!lone_evidence(a, b) &&
	    (lone_weak(a, false) || lone_weak(b, true) ||
	     zhen__ignorable_alone(a) || zhen__ignorable_alone(b)))
		return false;
	if (weak_ordinal(a, false) || weak_ordinal(b, true))
		return false;
	if (zhen__qclass(a) != zhen__qclass(b) || zhen__qclass(a) > 1)
		return false;
	if ((a->kind == ZHEN_Q_YEAR || b->kind == ZHEN_Q_YEAR) &&
	    !(zhen__year_like(a) && zhen__year_like(b)))
		return false;
	/* A leftover after a dropped figure is often a stray reading (第二
	 * beside "104,500 barrels", 唯一一个 beside 1418), not the other
	 * side's figure: an ordinal pairs only with an ordinal, and a word
	 * figure only with digits within a factor 100, and an amount
	 * with a currency only with another amount. */
	if ((a->kind == ZHEN_Q_ORDINAL) != (b->kind == ZHEN_Q_ORDINAL) ||
	    zhen__period(a) != zhen__period(b))
		return false;
	if (!a->currency[0] != !b->currency[0])
		return false;
	if (zhen__is_words(a) != zhen__is_words(b) && !zhen__within_100(a, b))
		return false;
	return !zhen__currency_conflict(a, b) && !zhen__unit_conflict(a, b);
}

/* The one figure of side @p s left unmatched that a warning would name
 * alone, or -1 when there are none or several. A small word left beside
 * it (一人 in "rescued 92 crew, one of them hurt") is no rival figure: it
 * would not be reported either way. */
static long lone_left(const struct zhen__side *s)
{
	long at = -1;
	for (size_t i = 0; i < s->n; i++) {
		if (s->used[i] || zhen__ignorable_alone(&s->q[i]))
			continue;
		if (at >= 0)
			return -1;
		at = (long)i;
	}
	return at;
}

/* When side @p s has no figure left a warning would name alone, its one
 * small word figure of @p kind left, or -1. A small ordinal (第一 in
 * 第一天, "first") is silent alone, but beside a written ordinal the
 * other side has left over ("the 7st day" for 第一天) it is that ordinal
 * translated wrong; a small count ("three hours", 兩名) other than 一/one
 * pairs with a lone figure on lone_evidence(). */
static long lone_small(const struct zhen__side *s, zhen_qkind kind)
{
	long at = -1;
	for (size_t i = 0; i < s->n; i++) {
		const zhen_quantity *q = &s->q[i];
		if (s->used[i])
			continue;
		if (!zhen__ignorable_alone(q))
			return -1;
		if (q->kind != kind ||
		    (kind == ZHEN_Q_NUMBER && zhen__is_one(q)))
			continue;
		if (at >= 0)
			return -1;
		at = (long)i;
	}
	return at;
}

/* The ordinal written in one figure (7th, 第 7) at @p at is the only
 * ordinal side @p s has left. One figure: the small ordinal beside it is
 * a slip of the same digit, while beside "the first true telescopes ...
 * 16th century" 第一 is the "first" the English reader leaves unread
 * (measured on FLORES drops). */
static bool digit_ordinal(const struct zhen__side *s, long at)
{
	const zhen_quantity *q = s->q;
	zhen_decimal nine = { 9, 0 };
	if (q[at].kind != ZHEN_Q_ORDINAL || zhen__is_words(&q[at]) ||
	    zhen__dec_cmp(q[at].value, nine) > 0)
		return false;
	for (size_t i = 0; i < s->n; i++)
		if (!s->used[i] && (long)i != at && q[i].kind == ZHEN_Q_ORDINAL)
			return false;
	return true;
}

/* The figure left on each side, in @p li and @p lj (-1: none); true when
 * they are two ordinals, which pair whatever lone_pair() says. */
static bool lone_figures(const struct zhen__cmp *c, long *li, long *lj)
{
	const struct zhen__side *zh = &c->zh, *en = &c->en;
	bool ordpair = false;
	*li = lone_left(zh);
	*lj = lone_left(en);
	if (*li >= 0 && *lj < 0 && digit_ordinal(zh, *li))
		ordpair = (*lj = lone_small(en, ZHEN_Q_ORDINAL)) >= 0;
	else if (*lj >= 0 && *li < 0 && digit_ordinal(en, *lj))
		ordpair = (*li = lone_small(zh, ZHEN_Q_ORDINAL)) >= 0;
	if (*li >= 0 && *lj < 0)
		*lj = lone_small(en, ZHEN_Q_NUMBER);
	else if (*lj >= 0 && *li < 0)
		*li = lone_small(zh, ZHEN_Q_NUMBER);
	else if (*li < 0 && *lj < 0 &&
	         (*li = lone_small(zh, ZHEN_Q_ORDINAL)) >= 0 &&
	         (*lj = lone_small(en, ZHEN_Q_ORDINAL)) >= 0)
		/* 第二大 ↔ "the third-largest": the one ordinal each side
		 * has left is one ordinal translated wrong, small as both
		 * are */
		ordpair = !zhen__is_one(&zh->q[*li]) ||
		          !zhen__is_one(&en->q[*lj]);
	return ordpair;
}

int zhen__lone_pair(struct zhen__cmp *c, const struct zhen__rule *r)
{
	long li, lj;
	bool ordpair = lone_figures(c, &li, &lj);
	(void)r;
	if (li < 0 || lj < 0)
		return 0;
	const zhen_quantity *zq = &c->zh.q[li], *eq = &c->en.q[lj];
	if (!ordpair && !lone_pair(zq, eq))
		return 0;
	zhen_ftype type = zhen__power_of_ten(zq, eq) ? ZHEN_F_MAGNITUDE
	                                             : ZHEN_F_VALUE;
	zhen_severity sev = ZHEN_SEV_ERROR;
	/* hedged alike and near: 近10人 ↔ "nearly a dozen" is the rounding
	 * policy's info, not a different figure */
	if (type == ZHEN_F_VALUE && (zq->flags & eq->flags & ZHEN_QF_APPROX) &&
	    zhen__near_value(zq, eq))
		sev = ZHEN_SEV_INFO;
	c->zh.used[li] = c->en.used[lj] = 1;
	c->zpair[li] = lj;
	return zhen__push_value(c, type, sev, (size_t)li, (size_t)lj);
}
