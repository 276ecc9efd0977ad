/* numbers/zh_words.c: Chinese words that hold a numeral and are no figure, or
 * a fixed one (唯一, 双十一, 十四五). */
#include "reader.h"

/* The word of dicts kind "word" (唯一, 双十一, 十四五) the character at
 * @p i belongs to, with *start where it starts, or NULL. */
const struct entry *nr_zword_at(struct scan *sc, size_t i, size_t *start)
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
