/* numbers/prepare.c: the text the reader scans: width-folded, with candidate
 * marks and offsets back to the source. */
#include "reader.h"

#include <stdlib.h>
#include <string.h>

static bool fullwidth_digit_at(const unsigned char *u)
{
	return u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99;
}

static bool ascii_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* The full-width comma at u[i, i + 3) between ASCII digits groups them
 * when the group after it starts with 0 (5，000多年, 1，050元): no list
 * writes an item 000 or 050. 1-3 digits before it, exactly three after. */
static bool zero_group_after(const unsigned char *u, size_t len, size_t i)
{
	size_t a = i, n = 0;
	while (a > 0 && ascii_digit(u[a - 1]) && n < 4) {
		a--;
		n++;
	}
	return n >= 1 && n <= 3 && (a == 0 || !ascii_digit(u[a - 1])) &&
	       i + 6 <= len && u[i + 3] == '0' && ascii_digit(u[i + 4]) &&
	       ascii_digit(u[i + 5]) && (i + 6 == len || !ascii_digit(u[i + 6]));
}

/* Whether zhen__fold() would change anything: U+FF01–FF5E and U+3000
 * start with EF or E3. */
static bool foldable(const char *s, size_t len)
{
	return len && (memchr(s, 0xEF, len) || memchr(s, 0xE3, len));
}

static bool reserve(void **p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return true;
	size_t nc = *cap ? *cap : 256;
	while (nc < need)
		nc *= 2;
	void *np = realloc(*p, nc * size);
	if (!np)
		return false;
	*p = np;
	*cap = nc;
	return true;
}

/* Room for a text of @p len bytes in d->fs/fmap and, with @p cps, for its
 * code points in d->off/to/cand. */
bool nr_reserve_text(struct zhen__numbers_data *d, size_t len, bool cps)
{
	size_t c1 = d->fcap, c2 = d->fcap, c3 = d->ccap, c4 = d->ccap,
	       c5 = d->ccap, c6 = d->ccap;
	/* fs: 8 bytes of zeros after the text for word_end() */
	bool ok = reserve((void **)&d->fs, &c1, len + 8, 1) &&
	          reserve((void **)&d->fmap, &c2, len + 8, sizeof *d->fmap);
	if (ok)
		d->fcap = c1 < c2 ? c1 : c2;
	if (!ok || !cps)
		return ok;
	ok = reserve((void **)&d->off, &c3, len + 1, sizeof *d->off) &&
	     reserve((void **)&d->to, &c4, len + 1, sizeof *d->to) &&
	     reserve((void **)&d->cand, &c5, len + 1, 1) &&
	     reserve((void **)&d->soff, &c6, len + 1, sizeof *d->soff);
	if (ok) {
		size_t m = c3 < c4 ? c3 : c4;
		m = m < c5 ? m : c5;
		d->ccap = m < c6 ? m : c6;
	}
	return ok;
}

/* The CAND_* bits of a code point of the folded Chinese text. */
static inline unsigned char cand_of(const struct zhen__numbers_data *d,
                                    int32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9' ? CAND_NUM | CAND_START : 0;
	/* every numeral is also a start (nr_rebuild_numcp()), and most code
	 * points are neither: one test for them */
	if (cp < 0x10000)
		return !(d->startbits[cp >> 3] >> (cp & 7) & 1) ? 0 :
		       (unsigned char)(CAND_START |
		                       (d->numbits[cp >> 3] >> (cp & 7) & 1));
	return (unsigned char)((is_numcp(d, cp) ? CAND_NUM : 0) |
	                       (is_startcp(d, cp) ? CAND_START : 0));
}

/* English text folded into the buffers of @p d, by the normalise stage */
static void fold_en(struct zhen__numbers_data *d, struct zhen__text *f,
                    const char *src, size_t len)
{
	f->s = d->fs;
	f->map = d->fmap;
	f->len = zhen__fold_into(d->fs, d->fmap, src, len);
}

/* zhen__fold() of Chinese text into the buffers of @p d, and at the same
 * time its code points into d->off/soff/to/cand: the text is walked once
 * instead of four times (fold, full-width commas, candidates, scan), and
 * a text without a candidate stops here. Folds as zhen__fold() does, with
 * a source offset per code point (soff) in place of a map entry per byte
 * (test_numbers compares the two). Returns the number of code points,
 * and *any whether one is a candidate.
 *
 * In Chinese text ， is the comma of the sentence: "100，200" lists two
 * figures. It groups digits only between full-width digits (１，２３４),
 * where the writer typeset the whole figure in full width; elsewhere it
 * becomes ';', a separator nr_read_arabic() never takes. (Tried: grouping
 * ASCII digits where it does so twice, 12，345，678美元, read price lists
 * such as 80，180，380元 as one figure: both are sloppy typing, and a
 * list read as one figure gives the false error.) */
size_t nr_fold_zh(struct zhen__numbers_data *d, struct zhen__text *f,
                  const char *src, size_t len, bool *any)
{
	const unsigned char *u = (const unsigned char *)src;
	char *o = d->fs;
	size_t *off = d->off, *soff = d->soff, i = 0, n = 0, k = 0;
	uint32_t *to = d->to;
	unsigned char *cand = d->cand, all = 0;

	while (i < len) {
		unsigned char c = u[i];
		int32_t cp;
		off[k] = n;
		soff[k] = i;
		if (c < 0x80) {
			o[n++] = (char)c;
			i++;
			cp = c;
		} else {
			size_t m = cp_len(c);
			if (m > len - i)
				m = len - i;
			if (m == 3) {
				cp = ((int32_t)(c & 0x0F) << 12) |
				     ((int32_t)(u[i + 1] & 0x3F) << 6) |
				     (u[i + 2] & 0x3F);
				/* only EF BC/BD and E3 80 80 fold */
				int32_t fc = c == 0xEF || c == 0xE3
				             ? zhen__fold_cp(cp) : cp;
				if (fc != cp) {
					/* every fold lands in ASCII */
					if (fc == ',' &&
					    !(i >= 3 && fullwidth_digit_at(u + i - 3) &&
					      i + 6 <= len &&
					      fullwidth_digit_at(u + i + 3)) &&
					    !zero_group_after(u, len, i))
						fc = ';';
					o[n++] = (char)fc;
					cp = fc;
				} else {
					memcpy(o + n, src + i, 3);
					n += 3;
				}
				i += 3;
			} else {
				size_t j = i;
				cp = next_cp(src, len, &j);
				memcpy(o + n, src + i, m);
				n += m;
				i += m;
			}
		}
		unsigned char b = cand_of(d, cp);
		to[k] = (uint32_t)cp;
		cand[k++] = b;
		all |= b;
	}
	off[k] = n;
	soff[k] = len;
	o[n] = 0;
	f->s = o;
	f->len = n;
	f->map = NULL;
	*any = all != 0;
	return k;
}

/* A per-byte map of a text nr_fold_zh() made, for nr_convert_windows(). */
void nr_fill_map(struct zhen__numbers_data *d, struct zhen__text *f,
                 size_t ncp)
{
	for (size_t k = 0; k < ncp; k++)
		for (size_t b = d->off[k]; b < d->off[k + 1]; b++)
			d->fmap[b] = d->soff[k];
	d->fmap[f->len] = d->soff[ncp];
	f->map = d->fmap;
}

/* The English text to read: folded into d->fs when anything folds, else
 * copied there with the identity map (NULL). */
int nr_prepare_en(struct zhen__numbers_data *d, struct zhen__text *f,
                  const char *text, size_t len)
{
	if (!nr_reserve_text(d, len, false))
		return ZHEN_ENOMEM;
	if (foldable(text, len)) {
		fold_en(d, f, text, len);
	} else {
		if (len)
			memcpy(d->fs, text, len);
		f->s = d->fs;
		f->len = len;
		f->map = NULL;
	}
	memset(d->fs + f->len, 0, 8);
	return 0;
}
