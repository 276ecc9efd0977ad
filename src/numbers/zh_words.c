/* numbers/zh_words.c: Chinese words that hold a numeral and are no figure
 * or a fixed one (唯一, 双十一, 十四五), and words that are a figure
 * without a numeral of their own (一半, 翻两番, 上半年). */
#include "reader.h"

/* The word of dicts kind @p kind (word: 唯一, 双十一, 十四五; vague:
 * 成千上万) the character at @p i belongs to, with *start where it
 * starts, or NULL. */
static const struct entry *word_at(struct scan *sc, size_t i, int kind,
                                   size_t *start)
{
	const struct table *zt = &sc->d->t[TB_ZHNUM];
	size_t b = i;
	for (int back = 0; back < 4; back++) {
		const struct entry *e = match_fwd(zt, sc->s, sc->len, b,
		                                  LANG_ANY, 0, kind);
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

/* How far a title's brackets are looked for around a figure, in bytes:
 * a title of a hundred characters is long. */
enum { TITLE_REACH = 300 };

/* The title bracket (ZC_TITLE_OPEN, ZC_TITLE_CLOSE) at @p i, or -1. */
static int title_bracket(const struct scan *sc, size_t i)
{
	const struct entry *e = match_fwd(&sc->d->t[TB_ZHNUM], sc->s, sc->len,
	                                  i, LANG_ANY, 0, K_ZCTX);
	return e && (e->val == ZC_TITLE_OPEN || e->val == ZC_TITLE_CLOSE)
	       ? (int)e->val : -1;
}

/* Whether [a, b) stands between a title's brackets: 《 before it with no
 * 》 between, 》 after it with no 《 between. */
static bool in_title(const struct scan *sc, size_t a, size_t b)
{
	size_t lo = a - sc->lo > TITLE_REACH ? a - TITLE_REACH : sc->lo;
	size_t hi = sc->len - b > TITLE_REACH ? b + TITLE_REACH : sc->len;
	int br = -1;

	for (size_t k = a; k > lo && br < 0;) {
		do
			k--;
		while (k > lo && ((unsigned char)sc->s[k] & 0xC0) == 0x80);
		br = title_bracket(sc, k);
	}
	if (br != ZC_TITLE_OPEN)
		return false;
	for (size_t k = b; k < hi; k++)
		if (((unsigned char)sc->s[k] & 0xC0) != 0x80 &&
		    (br = title_bracket(sc, k)) >= 0)
			return br == ZC_TITLE_CLOSE;
	return false;
}

bool nr_zh_title_name(const struct scan *sc, const struct fig *f,
                      size_t end)
{
	return f->words && f->q.kind != ZHEN_Q_ORDINAL &&
	       in_title(sc, f->a, end);
}

/* 唯一一个 is "the only one": read from its first 一 it was 一一 = 11,
 * paired with any figure the other side has; 双十一, 三七二十一 count
 * nothing either; 十四五 (value 14) is the 14th five-year plan, its
 * ordinal */
int nr_zh_word(struct scan *sc, struct fig *f, size_t *next)
{
	const char *s = sc->s;
	size_t i = f->i, zw;
	const struct entry *e;
	zhen_quantity *q = &f->q;

	/* digits end such a word only after a Han character (双11) */
	if ((is_digit(s[i]) &&
	     (i == sc->lo || (unsigned char)s[i - 1] < 0x80)) ||
	    !(e = word_at(sc, i, K_ZWORD, &zw)) ||
	    /* 十四五个人: fourteen or fifteen people */
	    (e->val && match_fwd(&sc->d->t[TB_UNIT], s, sc->len, zw + e->len,
	                         ZHEN_LANG_ZH, 0, -1)))
		return NR_NONE;
	*next = zw + e->len;
	if (!e->val)
		return 0;
	/* 九二共识 names the 1992 Consensus: a year the English may write,
	 * no figure the Chinese does (latent) */
	if (e->pos == ZM_YEAR) {
		q->kind = ZHEN_Q_YEAR;
		q->value = zhen__dec(e->val, 0);
		q->flags = ZHEN_QF_WORDS;
		return nr_emit_latent(sc, zw, zw + e->len, q);
	}
	/* 大年三十 is New Year's Eve, the 30th of the 12th lunar month: a
	 * name the English writes as a name as often as a date (latent) */
	if (e->pos == ZM_LUNAR) {
		q->kind = ZHEN_Q_DATE;
		q->value = zhen__dec(e->val, 0);
		q->flags = ZHEN_QF_WORDS | ZHEN_QF_LUNAR;
		return nr_emit_latent(sc, zw, zw + e->len, q);
	}
	q->kind = ZHEN_Q_ORDINAL;
	q->value = zhen__dec(e->val, 0);
	q->flags = ZHEN_QF_WORDS;
	return nr_emit(sc, zw, zw + e->len, q);
}

/* 一半: a half, as "half of" reads */
int nr_zh_half(struct scan *sc, struct fig *f, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, i = f->i;
	const struct entry *one = nr_zh_char(d, s, len, i), *h;
	zhen_quantity *q = &f->q;

	if (!one || one->kind != K_DIGIT || one->val != 1 ||
	    !(h = match_fwd(&d->t[TB_ZHNUM], s, len, i + one->len, LANG_ANY,
	                    0, K_HALFHOUR)) ||
	    !nr_tail_at(d, s, len, i + one->len + h->len))
		return NR_NONE;
	q->kind = ZHEN_Q_NUMBER;
	q->value = zhen__dec(5, -1);
	q->precision = -1;
	q->flags = ZHEN_QF_WORDS;
	*next = i + one->len + h->len;
	return nr_emit(sc, i, *next, q);
}

/* 翻两番 = ×4; 上半年 = the first half */
int nr_zh_fixed(struct scan *sc, struct fig *f, size_t *next)
{
	const struct table *zt = &sc->d->t[TB_ZHNUM];
	const char *s = sc->s;
	size_t len = sc->len, i = f->i;
	const struct entry *e;
	zhen_quantity *q = &f->q;

	if (!(e = match_fwd(zt, s, len, i, LANG_ANY, 0, K_MULTIPLE)) &&
	    !(e = match_fwd(zt, s, len, i, LANG_ANY, 0, K_HALFYEAR)))
		return NR_NONE;
	q->value = zhen__dec(e->val, 0);
	q->flags = ZHEN_QF_WORDS;
	q->kind = e->kind == K_MULTIPLE ? ZHEN_Q_NUMBER : ZHEN_Q_ORDINAL;
	nr_set_code(q->unit, sizeof q->unit,
	            e->kind == K_MULTIPLE ? ZHEN_UNIT_TIMES : ZHEN_UNIT_HALF);
	*next = i + e->len;
	return nr_emit(sc, i, i + e->len, q);
}

/* 成千上万, 千千万万, 成百上千: an idiom that is a band, as "thousands" is
 * (dicts kind vague, value the band's lower end) */
int nr_zh_band(struct scan *sc, struct fig *f, size_t *next)
{
	const struct entry *e;
	zhen_quantity *q = &f->q;
	size_t zw;

	if (is_digit(sc->s[f->i]) || !(e = word_at(sc, f->i, K_VAGUE, &zw)) ||
	    !e->val)
		return NR_NONE;
	q->kind = ZHEN_Q_NUMBER;
	q->value = zhen__dec(e->val, 0);
	q->precision = 1;
	q->flags = ZHEN_QF_WORDS | ZHEN_QF_APPROX | ZHEN_QF_VAGUE |
	           (e->pos == ZM_WIDE ? ZHEN_QF_WIDE : 0);
	*next = zw + e->len;
	return nr_emit(sc, zw, zw + e->len, q);
}
