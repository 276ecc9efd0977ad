/* align.c: sentence alignment of a Chinese and an English document.
 *
 * A dynamic program over beads (Gale & Church 1993) in a band of fixed
 * width, so time and memory are linear in the documents. It runs twice:
 * the first pass, in a band that follows the program's own best cells,
 * only serves to learn the character ratio and its variance from the
 * documents' 1-1 beads; the second aligns with them in a narrow band around
 * the first path and computes a posterior per bead by a forward-backward
 * sum over the same band. With paragraphs, the program
 * runs first over paragraphs and then over the sentences inside each
 * paragraph bead, so a sentence never crosses a paragraph bead. */
#include "internal.h"
#include "align_data.h"
#include "align_idle.h"
#include "align_moves.h"
#include "lexicon.h"

#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

/* Most units one side of a bead may take. Sized for beads up to x+y <= 5
 * (4-1), so widening the table below needs no other change. */
enum { MAX_SPAN = 4 };
/* Rows of the band the program looks back over, plus the current one. */
enum { RING = MAX_SPAN + 1 };
enum { NO_BEAD = 255 };

/*
 * The bead shapes (align_data.c: every bead with x+y <= 5 that gold zh-en
 * alignments hold, plus 1-0 and 0-1) and their priors, sentence and
 * paragraph, are data: dicts/align.tsv, fitted on human gold by
 * bench/fit_align.py. The first pass only has to find the path roughly (a
 * guide for the band of the second) and the 1-1 beads the ratio is learned
 * from: the first ZHEN__ALIGN_NCOARSE shapes are enough, and each shape
 * left out saves a tenth of its time.
 */
#define kinds zhen__align_shape
#define NKINDS ZHEN__ALIGN_NKINDS
#define NCOARSE ZHEN__ALIGN_NCOARSE

/* A one-sided bead costs its prior plus a cost per English character (or
 * Chinese character times the ratio) it leaves out (align.tsv delete). It
 * stands in for the length of what is left out: Gale–Church's z for a 1-0
 * bead grows without bound with the length, which makes any badly matched
 * 1-1 pair cheaper than leaving a headline out; a small linear term still
 * keeps long units from being dropped when they merely translate loosely. */

/*
 * Anchors: what a sentence and its translation share, each match lowering
 * a bead's cost, never raising it. Numbers by value; Latin-script tokens
 * written the same on both sides (names, acronyms such as SCG, GPU, GPT-4,
 * tickers); punctuation that translators keep (question and exclamation
 * marks, quotes, parentheses); and, with a lexicon, English words that
 * translate a Chinese word of the sentence. Each group counts at most
 * `cap` matches per bead, so a long table of figures or a quote-heavy
 * passage cannot outweigh every length cue. A token's weight falls with
 * the number of sentences it occurs in: the company's name in every
 * sentence ties none of them to any other.
 */
enum { G_NUMBER = ZHEN__A_NUMBER, G_TOKEN = ZHEN__A_TOKEN,
       G_PUNCT = ZHEN__A_PUNCT, G_LEX = ZHEN__A_LEX, G_LEARN = ZHEN__A_LEARN,
       NGROUPS = ZHEN__A_NGROUPS };
/* The bonus per match and the cap of each group are align.tsv's anchor
 * rows; the number bonus is zhen_align_options.number_bonus, and at most
 * NUMBER_CAP shared values count, so that a table of figures cannot
 * outweigh every length cue. */
#define NUMBER_CAP 4
/* Key classes beyond the quantity classes of qclass(). */
enum { CLS_TOKEN = 16, CLS_LEX, CLS_LEARN };
/* Kinds of punctuation counted (align.tsv punct rows). */
enum { NPUNCT = ZHEN__A_NPUNCT };
/* Sentences a token may occur in before its weight starts to fall, and
 * before it is no evidence at all. */
#define DF_DROP 32
#define DF_FREE 2

/* Half-width of the first band, in units. It follows the program without
 * a guide, and 16 loses the path of a 100,000-sentence FLORES document
 * after a few thousand rows; 32 holds it. */
#define BAND0 32
/* Half-width of the band around the first pass's path: the first pass
 * already lies within a bead or two of the final path, and the second
 * costs two evaluations of every bead (best path and forward sums in one
 * sweep, backward sums in another), so each unit of width counts twice.
 * 8 aligns the FLORES bench as 16 did. */
#define BAND_GUIDED 8
/* The same for the documents' paragraphs. Their first pass holds the path
 * closer (a paragraph bead is long, and its lengths and anchors rarely
 * leave two readings of one row), and its guided pass was a sixth of a
 * document check's instructions: 4 halves that, with output byte-identical
 * on the speed_docs pairs, align_gold and align_flores unchanged, and on
 * bench/align_inserts.py (blocks of untranslated paragraphs) more
 * paragraphs aligned right than with 8, not fewer. */
#define BAND_GUIDED_PARA 4
/* Times the band is moved onto the path before it is widened (doubled)
 * instead, while the best path hugs an inner edge of the band. */
#define BAND_MOVES 4
/* Widening stops before the band would hold more cells than
 * band_budget(): BAND_CELLS_PER_UNIT per unit of the two sides, at least
 * BAND_CELLS_MIN (a full matrix of 512 x 512 units), never more than
 * BAND_CELLS_MAX (one byte each). On sides that do not correspond the best
 * path hugs an edge of every band, and a budget that did not grow with the
 * sides made their time quadratic up to it: 799 against 4,397 sentences
 * took 2.2 s, a 1 MB line against a 2 MB one 10 s of CPU. Real documents
 * never widen their first band (no program of bench/align_gold.py,
 * align_flores.py, real_precision.py or speed_docs.py does), so the
 * budget only bounds the path through documents that do not correspond. */
#define BAND_CELLS_PER_UNIT 64
#define BAND_CELLS_MIN ((size_t)1 << 18)
#define BAND_CELLS_MAX ((size_t)1 << 26)

/* Bead costs the forward sweep keeps for the backward one, at most (8
 * bytes each): the backward sweep prices the same beads again, and a cost
 * kept is one not computed twice. Cells past the limit are priced twice,
 * as before, so a long document costs time, never more memory than this. */
#define COSTS_MAX ((size_t)1 << 21)

/* -log(2(1 - Phi(z))) is tabulated on [0, TAIL_MAX] at TAIL_STEP: the
 * program evaluates it for every transition, and erfc() there would
 * dominate the run time. */
#define TAIL_STEP 0.01
#define NTAIL 1200

/* Classes of quantities compared as anchors. NUMBER and MONEY are one:
 * "34億元" may be read as MONEY and "3.4 billion" as a NUMBER. IDENT (AI
 * 2.0, GPT-4) is left out: identifiers repeat all through an article and
 * would tie unrelated sentences together. */
static int qclass(zhen_qkind k)
{
	switch (k) {
	case ZHEN_Q_NUMBER:
	case ZHEN_Q_MONEY: return 0;
	case ZHEN_Q_PERCENT: return 1;
	case ZHEN_Q_POINTS: return 2;
	case ZHEN_Q_ORDINAL: return 3;
	case ZHEN_Q_YEAR: return 4;
	case ZHEN_Q_DATE:
	case ZHEN_Q_TIME: return 5;
	case ZHEN_Q_IDENT: break;
	}
	return -1;
}

/* 24 bytes, there being one per word and figure of both documents: a
 * figure's key holds its value and weighs 1, a word's key (CLS_TOKEN and
 * after) has a weight and no value, so the two share their room. */
struct vkey {
	uint64_t h;      /* hash of (class, value); sort key */
	union {
		int64_t coef; /* a figure's value: coef x 10^exp */
		float w;      /* a word's weight of a match, 0..1 */
	} u;
	int32_t exp;
	int32_t cls;
};

static bool is_word(int cls)
{
	return cls >= CLS_TOKEN;
}

static struct vkey make_key(uint64_t h, int cls, zhen_decimal v)
{
	struct vkey k = { .h = h, .cls = cls };

	if (is_word(cls)) {
		k.u.w = 1.0f;
	} else {
		k.u.coef = v.coef;
		k.exp = v.exp;
	}
	return k;
}

static float key_w(const struct vkey *k)
{
	return is_word(k->cls) ? k->u.w : 1.0f;
}

/* Same class and value (words have none: the hash decides). */
static bool key_eq(const struct vkey *x, const struct vkey *y)
{
	return x->cls == y->cls &&
	       (is_word(x->cls) ||
	        zhen__dec_eq((zhen_decimal){ x->u.coef, x->exp },
	                     (zhen_decimal){ y->u.coef, y->exp }));
}

static int key_group(int cls)
{
	return cls == CLS_TOKEN ? G_TOKEN : cls == CLS_LEX ? G_LEX :
	       cls == CLS_LEARN ? G_LEARN : G_NUMBER;
}

/* The units one program aligns on one side: sentences, paragraphs, or a
 * window of sentences inside a paragraph bead. */
/*
 * A unit's columns take 28 bytes, there being one per sentence of both
 * documents. Lengths are counted modulo 2^32: a bead's length is the
 * difference of two counts, exact for any bead under 4 Gi characters (a
 * side that long would not fit in memory anyway), and the same double as
 * when the counts were doubles. Punctuation is counted per unit, a byte a
 * kind saturated at PUNCT_SAT, so that the counts of up to MAX_SPAN units
 * add up in one 64-bit addition; the punctuation cap (at most PUNCT_SAT,
 * align_data.c) makes the saturation invisible: a kind saturated on both
 * sides of a bead matches at least PUNCT_SAT marks, as many as the cap
 * lets count.
 */
#define PUNCT_SAT ZHEN__A_PUNCT_CAP_MAX
_Static_assert(PUNCT_SAT * MAX_SPAN <= 0xFF, "punctuation counts carry");
_Static_assert(NPUNCT <= 8, "punctuation kinds fill more than 64 bits");
struct side {
	size_t n;
	const uint32_t *cum;     /* cum[i+1] - cum[i] = characters of unit i */
	const uint32_t *cum2;    /* same for characters that carry over into
	                            English as they are (zh side only) */
	const uint64_t *mask;    /* one bit per key hash: a cheap reject */
	const uint32_t *qoff;    /* keys of unit i: keys[qoff[i]..qoff[i+1]) */
	const struct vkey *keys; /* sorted by h within each unit */
	const uint64_t *pc;      /* punctuation marks of unit i, byte k the
	                            count of kind k (at most PUNCT_SAT) */
};

struct store {
	const struct zhen__align_data *ad; /* set before it is filled */
	size_t n;
	uint32_t *cum, *cum2;
	double tot, tot2;   /* cum[n] and cum2[n], not modulo 2^32 */
	uint64_t *pc;
	uint64_t *mask;
	uint32_t *qoff;
	struct vkey *keys;
	size_t nkeys, capkeys;
	/* paragraph units: each key's index in the sentence store's list, so
	 * that the sentence keys can be freed while the paragraph programs
	 * run and put back after (see sentence_store_park()) */
	uint32_t *from;
	/* a parked sentence store: cum, cum2, qoff and pc packed */
	struct zhen__idle idle;
};

/* The length of units [i, i+n) of a side, from its counts @p cum. */
static double span_len(const uint32_t *cum, size_t i, size_t n)
{
	return (double)(uint32_t)(cum[i + n] - cum[i]);
}

/* The punctuation counts @p a and @p b of a kind summed, each byte no
 * more than PUNCT_SAT (both are at most that already). */
static uint64_t punct_add(uint64_t a, uint64_t b)
{
	uint64_t r = 0;

	for (int k = 0; k < NPUNCT; k++) {
		uint64_t x = (a >> (8 * k) & 0xFF) + (b >> (8 * k) & 0xFF);

		r |= (x < PUNCT_SAT ? x : PUNCT_SAT) << (8 * k);
	}
	return r;
}

struct params {
	double c;        /* English characters per Chinese character */
	double s2;       /* variance of English length per Chinese character */
	double bonus[NGROUPS]; /* cost removed per match, by group */
	/*
	 * The same for a bead of nz x ne units. A match is evidence by how
	 * unlikely it is by chance, and the chance grows with the pairs of
	 * units that could hold it: a value shared within a 3-2 bead says
	 * less than one within a 1-1 bead (log 6 less), so merging beads
	 * never pays for a match alone.
	 */
	double each[MAX_SPAN + 1][MAX_SPAN + 1][NGROUPS];
	double prior[NKINDS];
	unsigned cap[NGROUPS]; /* matches counted at most, by group */
	double del;            /* cost per character left out */
	const struct zhen__align_data *ad;
	const double *tail;
};

static int vkey_cmp(const void *a, const void *b)
{
	const struct vkey *x = a, *y = b;
	return x->h < y->h ? -1 : x->h > y->h;
}

/* Sort a unit's keys by hash, keeping equal hashes in their order, as
 * glibc's qsort (a merge sort) does: most units hold a handful of keys,
 * which an insertion sort orders without qsort's calls through a pointer. */
static void vkey_sort(struct vkey *k, size_t n)
{
	if (n > 16) {
		zhen__qsort(k, n, sizeof *k, vkey_cmp);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		struct vkey x = k[i];
		size_t j = i;

		for (; j > 0 && k[j - 1].h > x.h; j--)
			k[j] = k[j - 1];
		k[j] = x;
	}
}

static void store_free(struct store *s)
{
	free(s->cum);
	free(s->cum2);
	free(s->pc);
	free(s->mask);
	free(s->qoff);
	free(s->keys);
	free(s->from);
	free(s->idle.p);
	memset(s, 0, sizeof *s);
}

static int store_alloc(struct store *s, size_t n, size_t nkeys)
{
	s->n = n;
	s->cum = calloc(n + 1, sizeof *s->cum);
	s->cum2 = calloc(n + 1, sizeof *s->cum2);
	s->pc = calloc(n + 1, sizeof *s->pc);
	s->mask = calloc(n + 1, sizeof *s->mask);
	s->qoff = calloc(n + 1, sizeof *s->qoff);
	s->keys = malloc((nkeys + 1) * sizeof *s->keys);
	s->nkeys = 0;
	s->capkeys = nkeys + 1;
	if (!s->cum || !s->cum2 || !s->pc || !s->mask || !s->qoff || !s->keys) {
		store_free(s);
		return ZHEN_ENOMEM;
	}
	return 0;
}

/* Give back what the key list's growth left over: the lists live through
 * every program, beside the programs' own tables. */
static void store_trim(struct store *st)
{
	struct vkey *p;

	if (st->nkeys && st->nkeys < st->capkeys &&
	    (p = realloc(st->keys, st->nkeys * sizeof *p))) {
		st->keys = p;
		st->capkeys = st->nkeys;
	}
}

static struct side store_side(const struct store *s)
{
	struct side d = { s->n, s->cum, s->cum2, s->mask, s->qoff, s->keys,
	                  s->pc };
	return d;
}

/* A window of units [first, first+n) of @p s. */
static struct side side_window(const struct side *s, size_t first, size_t n)
{
	struct side d = { n, s->cum + first, s->cum2 + first, s->mask + first,
	                  s->qoff + first, s->keys, s->pc + first };
	return d;
}

static int key_push(struct store *st, size_t unit, uint64_t h, int cls,
                    zhen_decimal v)
{
	/* qoff[] holds 32-bit offsets: 4 Gi keys (100 GB) is past any
	 * memory this would run in */
	if (st->nkeys >= UINT32_MAX)
		return ZHEN_ENOMEM;
	if (st->nkeys == st->capkeys) {
		size_t cap = st->capkeys ? 2 * st->capkeys : 256;
		struct vkey *p = realloc(st->keys, cap * sizeof *p);

		if (!p)
			return ZHEN_ENOMEM;
		st->keys = p;
		st->capkeys = cap;
	}
	st->keys[st->nkeys++] = make_key(h, cls, v);
	st->mask[unit] |= 1ull << (h >> 58);
	return 0;
}

static uint64_t hash_bytes(const char *s, size_t n, int cls)
{
	uint64_t h = 0xcbf29ce484222325u ^ (uint64_t)cls;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
	return zhen__mix64(h);
}

static int u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Sort hashes. Long lists (the learned lexicon's hundreds of thousands of
 * features) go a byte at a time from the lowest (LSD radix sort): several
 * times faster than qsort()'s comparisons through a pointer. Equal hashes
 * are indistinguishable, so the order is qsort()'s; without memory for a
 * scratch copy it is qsort() that sorts. */
static void sort_u64(uint64_t *v, size_t n)
{
	uint64_t *tmp = n >= 1024 ? malloc(n * sizeof *tmp) : NULL;
	uint64_t *src = v, *dst = tmp;

	if (!tmp) {
		zhen__qsort(v, n, sizeof *v, u64_cmp);
		return;
	}
	for (unsigned shift = 0; shift < 64; shift += 8) {
		size_t at[256] = { 0 }, sum = 0;
		uint64_t *t;

		for (size_t k = 0; k < n; k++)
			at[src[k] >> shift & 0xFF]++;
		for (size_t b = 0; b < 256; b++) {
			size_t c = at[b];

			at[b] = sum;
			sum += c;
		}
		for (size_t k = 0; k < n; k++)
			dst[at[src[k] >> shift & 0xFF]++] = src[k];
		t = src;
		src = dst;
		dst = t;
	}
	/* eight passes: the sorted list is back in v */
	free(tmp);
}

/* Sorted hashes: which tokens the other side has at all. */
struct hset {
	uint64_t *h;
	size_t n;
};

static size_t hset_bound(const struct hset *s, uint64_t h, bool or_equal);

/* Every English word is looked up here: a bisection without bsearch()'s
 * calls through a pointer. */
static bool hset_has(const struct hset *s, uint64_t h)
{
	size_t k;

	if (!s || !s->n)
		return false;
	k = hset_bound(s, h, true);
	return k < s->n && s->h[k] == h;
}

static bool is_ascii_alnum(int32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	       (c >= 'A' && c <= 'Z');
}

/* The folded code point at text[i] (i < end), or -1 at the end. */
static int32_t peek_folded(const char *text, size_t i, size_t end)
{
	return i < end ? zhen__fold_cp(zhen__utf8_next(text, end, &i)) : -1;
}

/* u_isalnum() and the Ideographic property, ASCII answered without ICU:
 * measure() asks them of every character of both documents. */
static bool is_alnum(int32_t cp)
{
	return cp < 0x80 ? is_ascii_alnum(cp) :
	       (cp >= 0x4E00 && cp <= 0x9FFF) || u_isalnum(cp);
}

static bool is_ideograph(int32_t cp)
{
	return zhen__is_ideograph(cp);
}

/* Punctuation anchors: marks a translation keeps, by kind (1..NPUNCT; the
 * characters are align.tsv's punct rows). Quotes count open and close
 * marks alike, since 「」 and “” pair one to one; a single quote counts as
 * one where it stands between no two letters (the English dialogue of
 * 'Yes,' she said; not don't or Baoyu's); three full stops are an
 * ellipsis, as … is. @p f is the folded code point, @p prev, @p prev2 the
 * two before it (-1 where there is none), and text[next..end) what follows
 * it. */
static int punct_kind(const struct zhen__align_data *ad, int32_t f,
                      int32_t prev, int32_t prev2, const char *text,
                      size_t next, size_t end)
{
	int k = zhen__align_punct(ad, f);

	if (k)
		return k;
	if (f == '\'' || f == 0x2018 || f == 0x2019) {
		int32_t nx = peek_folded(text, next, end);

		return prev >= 0 && nx >= 0 && u_isalpha(prev) &&
		       u_isalpha(nx) ? 0 : ZHEN__A_QUOTE;
	}
	if (f == '.' && prev == '.' && prev2 == '.')
		return ZHEN__A_ELLIPSIS;
	return 0;
}

/* Unit @p u of @p st is @p h characters long, @p l of them carried. */
static void unit_length(struct store *st, size_t u, size_t h, size_t l)
{
	st->cum[u + 1] = st->cum[u] + (uint32_t)h;
	st->cum2[u + 1] = st->cum2[u] + (uint32_t)l;
	st->tot += (double)h;
	st->tot2 += (double)l;
}

/*
 * Measure unit @p u of @p st from its text and add its token and
 * punctuation keys.
 *
 * Lengths are counted in the units the length model compares. On the
 * Chinese side, *own counts Han characters and *carried the letters and
 * digits that stay as they are in English (2023, 156.8, SCG): counted as
 * Han characters they would each stand for c English characters, and a
 * figure-heavy Chinese sentence would look three times as long as it is.
 * On the English side *own counts letters and digits. Punctuation and
 * spaces count nowhere: their use differs between the scripts (a headline
 * has none, a dateline "HONG KONG, March 3 (zhen newswire) -" is full of
 * them) and they only add noise to the ratio.
 *
 * Tokens are runs of ASCII letters and digits (after the width fold, with
 * inner '.' and '-': GPT-4, U.S.) that hold a letter and are two or more
 * long; figures are left to the number reader. English tokens are kept
 * only when some Chinese sentence has the same token (@p zh_tokens):
 * every English word is Latin, only those written the same in Chinese
 * are evidence.
 */
static int measure(struct store *st, size_t u, const char *text,
                   const zhen_sentence *se, bool zh,
                   const struct hset *zh_tokens)
{
	size_t i = se->off, end = se->off + se->len, h = 0, l = 0;
	char tok[64];
	size_t tn = 0, tfull = 0;
	bool letter = false;
	const zhen_decimal zero = { 0, 0 };
	uint32_t punct[NPUNCT] = { 0 };
	int32_t last = -1, last2 = -1;

	while (i <= end) {
		int32_t cp = i < end ? zhen__utf8_next(text, end, &i) : -1;
		int32_t f = cp < 0 ? cp : zhen__fold_cp(cp);
		int32_t prev = last, prev2 = last2;
		int pk;

		last2 = last;
		last = f;
		if (i == end && cp < 0)
			i++;
		if (f >= 0 && zh && is_ideograph(cp))
			h++;
		else if (f >= 0 && is_alnum(cp))
			(zh ? &l : &h)[0]++;
		if (f >= 0 && is_ascii_alnum(f)) {
			if (tn < sizeof tok)
				tok[tn++] = (char)f;
			tfull++;
			letter |= !(f >= '0' && f <= '9');
			continue;
		}
		/* '.' or '-' between two token characters stays inside */
		if ((f == '.' || f == '-') && tfull && i < end) {
			if (is_ascii_alnum(peek_folded(text, i, end))) {
				if (tn < sizeof tok)
					tok[tn++] = (char)f;
				tfull++;
				continue;
			}
		}
		if (tfull >= 2 && letter) {
			uint64_t th = hash_bytes(tok, tn, CLS_TOKEN);

			if ((zh || hset_has(zh_tokens, th)) &&
			    key_push(st, u, th, CLS_TOKEN, zero) < 0)
				return ZHEN_ENOMEM;
		}
		tn = tfull = 0;
		letter = false;
		if (f >= 0 && (pk = punct_kind(st->ad, f, prev, prev2, text, i,
		                               end)))
			punct[pk - 1]++;
	}
	for (int k = 0; k < NPUNCT; k++)
		st->pc[u] |= (uint64_t)(punct[k] < PUNCT_SAT ? punct[k] :
		                        PUNCT_SAT) << (8 * k);
	unit_length(st, u, h, l);
	return 0;
}

/*
 * Lexicon keys of a unit. Chinese: the headwords found by longest match
 * from each position (a matched word is skipped, so 股東大會 does not also
 * count as 股東 and 大會), each giving the words of its glosses. English:
 * the words that some gloss holds.
 */
static int lex_keys(struct store *st, size_t u, const char *text,
                    const zhen_sentence *se, bool zh,
                    const zhen_lexicon *lex)
{
	size_t i = se->off, end = se->off + se->len;
	const zhen_decimal zero = { 0, 0 };

	while (i < end) {
		size_t at[ZHEN__LEX_MAXLEN + 1], n = 0, k = i, w;

		if (!zh) {
			unsigned char c = (unsigned char)text[i];

			if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
				i++;
				continue;
			}
			while (k < end && ((text[k] | 0x20) >= 'a' &&
			                   (text[k] | 0x20) <= 'z'))
				k++;
			w = zhen__lex_word_hash(text + i, k - i);
			if (k - i >= 3 && zhen__lex_has_word(lex, w) &&
			    key_push(st, u, w, CLS_LEX, zero) < 0)
				return ZHEN_ENOMEM;
			i = k;
			continue;
		}
		at[0] = i;
		while (n < ZHEN__LEX_MAXLEN && k < end) {
			zhen__utf8_next(text, end, &k);
			at[++n] = k;
		}
		for (; n >= 2; n--) {
			uint64_t key = zhen__lex_head_hash(text + i, at[n] - i);
			const struct zhen__lex_slot *sl;
			size_t pos = 0;
			bool found = false;

			while ((sl = zhen__lex_next(lex, key, &pos))) {
				found = true;
				for (size_t g = 0; g < sl->n; g++)
					if (key_push(st, u, lex->gloss[sl->first + g],
					             CLS_LEX, zero) < 0)
						return ZHEN_ENOMEM;
			}
			if (found)
				break;
		}
		i = at[n >= 2 ? n : 1];
	}
	return 0;
}

static int store_sentences(struct store *st, const zhen_sentences *s,
                           const struct zhen__qsource *qs,
                           const char *text, size_t len, bool zh,
                           const struct hset *zh_tokens,
                           const zhen_lexicon *lex)
{
	if (store_alloc(st, s->n, 0) < 0)
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < s->n; i++) {
		const zhen_sentence se = zhen__sent(s, i);
		st->qoff[i] = (uint32_t)st->nkeys;
		if (text && se.off + se.len <= len) {
			if (measure(st, i, text, &se, zh, zh_tokens) < 0 ||
			    (lex && lex_keys(st, i, text, &se, zh, lex) < 0))
				return ZHEN_ENOMEM;
		} else {
			unit_length(st, i, se.nchars, 0);
		}
		const zhen_quantities *q = qs->get(qs->p, i);

		for (size_t t = 0; q && t < q->n; t++) {
			const zhen_quantity *x = &q->q[t];
			int cls = qclass(x->kind);
			uint64_t h;

			/* a latent numeral (十大) is no figure to anchor on */
			if (cls < 0 || (x->flags & ZHEN_QF_LATENT))
				continue;
			h = zhen__mix64(zhen__mix64((uint64_t)x->value.coef) ^
			          ((uint64_t)(uint32_t)x->value.exp << 8) ^
			          (uint64_t)cls);
			if (key_push(st, i, h, cls, x->value) < 0)
				return ZHEN_ENOMEM;
		}
		vkey_sort(st->keys + st->qoff[i], st->nkeys - st->qoff[i]);
	}
	st->qoff[s->n] = (uint32_t)st->nkeys;
	return 0;
}

/* The distinct token hashes of @p st (to filter the English side with). */
static int token_set(struct hset *out, const struct store *st)
{
	size_t n = 0;

	out->n = 0;
	out->h = malloc((st->nkeys + 1) * sizeof *out->h);
	if (!out->h)
		return ZHEN_ENOMEM;
	for (size_t k = 0; k < st->nkeys; k++)
		if (st->keys[k].cls == CLS_TOKEN)
			out->h[n++] = st->keys[k].h;
	sort_u64(out->h, n);
	for (size_t k = 0; k < n; k++)
		if (!out->n || out->h[out->n - 1] != out->h[k])
			out->h[out->n++] = out->h[k];
	return 0;
}

/* Sentences of @p st that hold each token hash, once per sentence, sorted
 * (a multiset: count a hash by its run length). */
static int token_df(struct hset *out, const struct store *st)
{
	out->n = 0;
	out->h = malloc((st->nkeys + 1) * sizeof *out->h);
	if (!out->h)
		return ZHEN_ENOMEM;
	for (size_t u = 0; u < st->n; u++)
		for (size_t k = st->qoff[u]; k < st->qoff[u + 1]; k++)
			if ((st->keys[k].cls == CLS_TOKEN ||
			     st->keys[k].cls == CLS_LEX ||
			     st->keys[k].cls == CLS_LEARN) &&
			    (k == st->qoff[u] ||
			     st->keys[k - 1].h != st->keys[k].h))
				out->h[out->n++] = st->keys[k].h;
	sort_u64(out->h, out->n);
	return 0;
}

/* First index whose hash is above @p h (@p or_equal: at or above). */
static size_t hset_bound(const struct hset *s, uint64_t h, bool or_equal)
{
	size_t lo = 0, hi = s->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->h[mid] < h || (!or_equal && s->h[mid] == h))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Both bounds by bisection: a word in every sentence is counted as fast
 * as a name in one. */
static size_t hset_count(const struct hset *s, uint64_t h)
{
	return hset_bound(s, h, false) - hset_bound(s, h, true);
}

/* Weigh every token key by how many sentences hold it on either side. */
static int weigh_tokens(struct store *zs, struct store *es)
{
	struct hset dz = { 0 }, de = { 0 };
	struct store *both[2] = { zs, es };
	int rc = ZHEN_ENOMEM;

	if (token_df(&dz, zs) < 0 || token_df(&de, es) < 0)
		goto out;
	for (int s = 0; s < 2; s++)
		for (size_t k = 0; k < both[s]->nkeys; k++) {
			struct vkey *x = &both[s]->keys[k];
			size_t df, d2;

			if (x->cls != CLS_TOKEN && x->cls != CLS_LEX &&
			    x->cls != CLS_LEARN)
				continue;
			df = hset_count(&dz, x->h);
			d2 = hset_count(&de, x->h);
			if (d2 > df)
				df = d2;
			if (df > DF_DROP)
				x->u.w = 0;
			else if (df > DF_FREE)
				x->u.w = (float)DF_FREE / (float)df;
		}
	/* Keys that weigh nothing only cost time in every bead they
	 * touch: a word that some Chinese sentence quotes in Latin letters
	 * ("The", "in") would otherwise sit in half the English sentences. */
	for (int s = 0; s < 2; s++) {
		struct store *st = both[s];
		size_t k = 0;

		for (size_t u = 0; u < st->n; u++) {
			size_t a = st->qoff[u], b = st->qoff[u + 1];

			st->qoff[u] = (uint32_t)k;
			st->mask[u] = 0;
			for (size_t t = a; t < b; t++)
				if (key_w(&st->keys[t]) > 0) {
					st->keys[k++] = st->keys[t];
					st->mask[u] |= 1ull << (st->keys[t].h >> 58);
				}
		}
		st->qoff[st->n] = (uint32_t)k;
		st->nkeys = k;
		store_trim(st);
	}
	rc = 0;
out:
	free(dz.h);
	free(de.h);
	return rc;
}

/* A sentence key to sort a paragraph's keys by: its hash, then its index
 * in the sentence store. That is a total order, so any sort gives the
 * order a stable sort of the sentences' lists by hash gives (as vkey_sort()
 * did here), and the index says where the key goes back to. */
struct keyref {
	uint64_t h;
	uint32_t at;
};

static int keyref_cmp(const void *a, const void *b)
{
	const struct keyref *x = a, *y = b;

	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

static void keyref_sort(struct keyref *r, size_t n)
{
	if (n > 16) {
		zhen__qsort(r, n, sizeof *r, keyref_cmp);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		struct keyref x = r[i];
		size_t j = i;

		for (; j > 0 && keyref_cmp(&r[j - 1], &x) > 0; j--)
			r[j] = r[j - 1];
		r[j] = x;
	}
}

/* The most keys of one paragraph (para_first as below). */
static size_t para_keys_most(const struct store *sent,
                             const size_t *para_first, size_t np)
{
	size_t most = 0;

	for (size_t p = 0; p < np; p++) {
		size_t n = sent->qoff[para_first[p + 1]] -
		           sent->qoff[para_first[p]];
		if (n > most)
			most = n;
	}
	return most;
}

/* Paragraph p's keys (sentence keys [a, b)) sorted into st->keys + k,
 * with their places in the sentence list, using @p r (b - a entries). */
static void para_keys(struct store *st, size_t k, const struct store *sent,
                      size_t a, size_t b, struct keyref *r)
{
	for (size_t t = a; t < b; t++)
		r[t - a] = (struct keyref){ sent->keys[t].h, (uint32_t)t };
	keyref_sort(r, b - a);
	for (size_t t = 0; t < b - a; t++) {
		st->keys[k + t] = sent->keys[r[t].at];
		st->from[k + t] = r[t].at;
	}
}

/* Paragraph units from sentence units; para_first[p] is the first sentence
 * of paragraph p (np+1 entries). */
static int store_paragraphs(struct store *st, const struct store *sent,
                            const size_t *para_first, size_t np)
{
	size_t k = 0, nkeys = sent->qoff[sent->n];
	struct keyref *r;

	if (store_alloc(st, np, nkeys) < 0)
		return ZHEN_ENOMEM;
	st->from = malloc((nkeys + 1) * sizeof *st->from);
	r = malloc((para_keys_most(sent, para_first, np) + 1) * sizeof *r);
	if (!st->from || !r) {
		free(r);
		store_free(st);
		return ZHEN_ENOMEM;
	}
	for (size_t p = 0; p < np; p++) {
		size_t a = para_first[p], b = para_first[p + 1];

		st->cum[p + 1] = sent->cum[b];
		st->cum2[p + 1] = sent->cum2[b];
		st->qoff[p] = (uint32_t)k;
		for (size_t i = a; i < b; i++) {
			st->mask[p] |= sent->mask[i];
			st->pc[p] = punct_add(st->pc[p], sent->pc[i]);
		}
		para_keys(st, k, sent, sent->qoff[a], sent->qoff[b], r);
		k += sent->qoff[b] - sent->qoff[a];
	}
	free(r);
	st->qoff[np] = (uint32_t)k;
	st->nkeys = k;
	st->tot = sent->tot;
	st->tot2 = sent->tot2;
	return 0;
}

/*
 * While the paragraph programs run, nothing reads the sentence store (0.4
 * bytes an input byte at 100 MB): its paragraph units hold the same keys,
 * sorted within each paragraph, and each key's place among the sentences
 * (from[], 4 bytes instead of 24). Parked, its keys and masks are freed
 * and its columns packed (align_idle.c: about 6 bytes a sentence instead
 * of 24); unparked before anything reads the sentences again, it is as it
 * was: the same keys in the same places, the columns unpacked exactly, the
 * masks made from the keys as weigh_tokens() makes them (every store's
 * keys have been weighed last). Columns that cannot be packed for want of
 * memory stay as they are.
 */
static void sentence_store_park(struct store *sent)
{
	const uint32_t *cols[3] = { sent->cum, sent->cum2, sent->qoff };

	free(sent->keys);
	free(sent->mask);
	sent->keys = NULL;
	sent->mask = NULL;
	sent->capkeys = 0;
	if (zhen__idle_pack(&sent->idle, sent->n + 1, cols, 3, sent->pc) < 0)
		return;
	free(sent->cum);
	free(sent->cum2);
	free(sent->qoff);
	free(sent->pc);
	sent->cum = sent->cum2 = sent->qoff = NULL;
	sent->pc = NULL;
}

static int sentence_columns_unpark(struct store *sent)
{
	size_t n = sent->n + 1;

	if (!sent->idle.p)
		return 0;
	sent->cum = malloc(n * sizeof *sent->cum);
	sent->cum2 = malloc(n * sizeof *sent->cum2);
	sent->qoff = malloc(n * sizeof *sent->qoff);
	sent->pc = malloc(n * sizeof *sent->pc);
	if (!sent->cum || !sent->cum2 || !sent->qoff || !sent->pc)
		return ZHEN_ENOMEM;
	zhen__idle_unpack(&sent->idle, n,
	                  (uint32_t *[3]){ sent->cum, sent->cum2, sent->qoff },
	                  3, sent->pc);
	return 0;
}

static int sentence_store_unpark(struct store *sent, const struct store *par)
{
	if (sentence_columns_unpark(sent) < 0)
		return ZHEN_ENOMEM;
	if (sent->keys)
		return 0;
	sent->keys = malloc((par->nkeys + 1) * sizeof *sent->keys);
	sent->mask = calloc(sent->n + 1, sizeof *sent->mask);
	if (!sent->keys || !sent->mask)
		return ZHEN_ENOMEM;
	sent->capkeys = par->nkeys + 1;
	for (size_t k = 0; k < par->nkeys; k++)
		sent->keys[par->from[k]] = par->keys[k];
	for (size_t u = 0; u < sent->n; u++)
		for (size_t t = sent->qoff[u]; t < sent->qoff[u + 1]; t++)
			sent->mask[u] |= 1ull << (sent->keys[t].h >> 58);
	return 0;
}

/* ---- the cost of a bead ---- */

static double tail_cost(const struct params *p, double z)
{
	double x;
	size_t k;

	z = fabs(z);
	x = z / TAIL_STEP;
	if (x >= NTAIL)
		/* far out the cost grows as z^2/2 (Mills' ratio); the log z
		 * term it drops is too small to change any choice there */
		return p->tail[NTAIL] +
		       0.5 * (z * z - NTAIL * TAIL_STEP * NTAIL * TAIL_STEP);
	k = (size_t)x;
	return p->tail[k] + (x - (double)k) * (p->tail[k + 1] - p->tail[k]);
}

/* Merges the sorted key lists of up to MAX_SPAN consecutive units: the
 * lists not yet done, in unit order, each head's hash at hand (every bead
 * of every program walks here, mostly over one list a side). */
struct cursor {
	const struct vkey *p[MAX_SPAN], *e[MAX_SPAN];
	uint64_t h[MAX_SPAN];
	int n;
};

static void cursor_init(struct cursor *c, const struct side *s, size_t i,
                        size_t n)
{
	c->n = 0;
	for (size_t t = 0; t < n; t++)
		if (s->qoff[i + t] < s->qoff[i + t + 1]) {
			c->p[c->n] = s->keys + s->qoff[i + t];
			c->e[c->n] = s->keys + s->qoff[i + t + 1];
			c->h[c->n] = c->p[c->n]->h;
			c->n++;
		}
}

/* The list with the smallest head, the first of equal ones (c->n > 0). */
static int cursor_min(const struct cursor *c)
{
	int best = 0;

	for (int t = 1; t < c->n; t++)
		if (c->h[t] < c->h[best])
			best = t;
	return best;
}

/* Move list t on; a list done leaves, the others keep their order. */
static void cursor_next(struct cursor *c, int t)
{
	if (++c->p[t] < c->e[t]) {
		c->h[t] = c->p[t]->h;
		return;
	}
	for (c->n--; t < c->n; t++) {
		c->p[t] = c->p[t + 1];
		c->e[t] = c->e[t + 1];
		c->h[t] = c->h[t + 1];
	}
}

/* Make *p hold at least @p need elements of @p elem bytes, and room to
 * grow, but never more than @p max (>= need); the contents are kept. */
static int reserve_max(void **p, size_t *cap, size_t need, size_t elem,
                       size_t max)
{
	size_t nc;
	void *q;

	if (need <= *cap)
		return 0;
	nc = need + need / 2 + 16;
	if (nc > max)
		nc = max;
	if (!(q = realloc(*p, nc * elem)))
		return ZHEN_ENOMEM;
	*p = q;
	*cap = nc;
	return 0;
}

/* reserve_max() without a bound. */
static int reserve(void **p, size_t *cap, size_t need, size_t elem)
{
	return reserve_max(p, cap, need, elem, SIZE_MAX);
}

/*
 * The keys of spans of units merged into one sorted list each, in the
 * order the cursor takes them (by hash, then by unit): a program prices
 * every span many times (the beads from one row share its Chinese spans,
 * the beads over one column its English ones), and a walk over one list
 * is several times faster than over up to four. The lists are built as
 * the sweeps ask for them, in a ring of slots by first unit that follows
 * the sweeps along the documents; a slot holds the spans of 1..built units
 * from its unit, one after the other.
 */
struct span_slot {
	size_t unit;
	unsigned gen;             /* the program the lists were built for */
	unsigned built;
	size_t end[MAX_SPAN + 1]; /* the span of s units: list[end[s-1]..end[s]) */
	struct vkey *list;
	size_t cap;
};

struct spans {
	struct span_slot *slot;
	size_t n;     /* slots, a power of two */
	unsigned gen; /* the current program */
};

static void spans_free(struct spans *sp)
{
	for (size_t k = 0; k < sp->n; k++)
		free(sp->slot[k].list);
	free(sp->slot);
	memset(sp, 0, sizeof *sp);
}

/* A new program: the lists built so far are of other units. */
static void spans_begin(struct spans *sp)
{
	if (++sp->gen == 0) {
		for (size_t k = 0; k < sp->n; k++)
			sp->slot[k].gen = 0;
		sp->gen = 1;
	}
}

/* Room for the spans from @p width consecutive units at once. */
static int spans_fit(struct spans *sp, size_t width)
{
	size_t n = 16;
	struct span_slot *s;

	while (n < width)
		n *= 2;
	if (n <= sp->n)
		return 0;
	if (!(s = realloc(sp->slot, n * sizeof *s)))
		return ZHEN_ENOMEM;
	memset(s + sp->n, 0, (n - sp->n) * sizeof *s);
	sp->slot = s;
	sp->n = n;
	/* units now fall in other slots: none holds its lists any more */
	for (size_t k = 0; k < n; k++)
		s[k].gen = 0;
	return 0;
}

/* The span of t + 1 units after that of t: its list merged with the next
 * unit's keys [b, be), the earlier units first among equal hashes (the
 * room is reserved). */
static void span_extend(struct span_slot *sl, unsigned t,
                        const struct vkey *b, const struct vkey *be)
{
	size_t x = t ? sl->end[t - 1] : 0, xe = sl->end[t], o = sl->end[t];

	while (x < xe || b < be) {
		if (b == be || (x < xe && sl->list[x].h <= b->h))
			sl->list[o++] = sl->list[x++];
		else
			sl->list[o++] = *b++;
	}
	sl->end[t + 1] = o;
}

/* The merged keys of units [u, u+n) of @p s in [*b, *e); false when there
 * is no memory for them (the caller walks the units' own lists). */
static bool span_keys(struct spans *sp, const struct side *s, size_t u,
                      size_t n, const struct vkey **b, const struct vkey **e)
{
	struct span_slot *sl;

	if (!sp || !sp->n)
		return false;
	sl = &sp->slot[u & (sp->n - 1)];
	if (sl->gen != sp->gen || sl->unit != u) {
		sl->gen = sp->gen;
		sl->unit = u;
		sl->built = 0;
		sl->end[0] = 0;
	}
	while (sl->built < n) {
		unsigned t = sl->built;
		size_t prev = t ? sl->end[t] - sl->end[t - 1] : 0;
		size_t add = s->qoff[u + t + 1] - s->qoff[u + t];

		if (reserve((void **)&sl->list, &sl->cap,
		            sl->end[t] + prev + add, sizeof *sl->list) < 0)
			return false;
		span_extend(sl, t, s->keys + s->qoff[u + t],
		            s->keys + s->qoff[u + t + 1]);
		sl->built++;
	}
	*b = sl->list + sl->end[n - 1];
	*e = sl->list + sl->end[n];
	return true;
}

/* A cursor over the keys of units [i, i+n) of @p s: the span's merged
 * list when @p sp has it, else the units' own lists. */
static void cursor_span(struct cursor *c, struct spans *sp,
                        const struct side *s, size_t i, size_t n)
{
	const struct vkey *b, *e;

	if (n < 2 || !span_keys(sp, s, i, n, &b, &e)) {
		cursor_init(c, s, i, n);
		return;
	}
	c->n = 0;
	if (b < e) {
		c->p[0] = b;
		c->e[0] = e;
		c->h[0] = b->h;
		c->n = 1;
	}
}

/* @p bonus plus what the keys of zh units [i, i+nz) and en units
 * [j, j+ne) share, at most p->cap[] matches per group (see shared()). */
static double shared_keys(const struct params *p, const double *each,
                          double bonus, const struct side *z, size_t i,
                          size_t nz, const struct side *e, size_t j,
                          size_t ne, struct spans *zsp, struct spans *esp)
{
	struct cursor cz, ce;
	unsigned n[NGROUPS] = { 0 };

	cursor_span(&cz, zsp, z, i, nz);
	cursor_span(&ce, esp, e, j, ne);
	while (cz.n && ce.n) {
		int a = cursor_min(&cz), b = cursor_min(&ce);
		const struct vkey *x = cz.p[a], *y = ce.p[b];

		if (cz.h[a] < ce.h[b]) {
			cursor_next(&cz, a);
		} else if (cz.h[a] > ce.h[b]) {
			cursor_next(&ce, b);
		} else {
			/* equal hashes: confirm, a collision only moves on */
			if (key_eq(x, y)) {
				int g = key_group(x->cls);

				if (n[g] < p->cap[g]) {
					float wx = key_w(x), wy = key_w(y);

					n[g]++;
					bonus += each[g] * (wx < wy ? wx : wy);
				}
				cursor_next(&ce, b);
			}
			cursor_next(&cz, a);
		}
	}
	return bonus;
}

/* The bonus for what zh units [i, i+nz) and en units [j, j+ne) share, as
 * multisets (a value written twice on one side and once on the other is
 * one shared value), at most p->cap[] matches per group. Most beads share
 * no punctuation and no key (their masks say so): they return before the
 * walk over the keys, which has a function of its own. */
static inline double shared(const struct params *p, const struct side *z,
                            size_t i, size_t nz, const struct side *e,
                            size_t j, size_t ne, struct spans *zsp,
                            struct spans *esp)
{
	uint64_t mz = 0, me = 0, pz = 0, pe = 0;
	const double *each = p->each[nz][ne];
	double bonus = 0;

	/* bytes of at most PUNCT_SAT, MAX_SPAN of them: no carry */
	for (size_t t = 0; t < nz; t++) {
		pz += z->pc[i + t];
		mz |= z->mask[i + t];
	}
	for (size_t t = 0; t < ne; t++) {
		pe += e->pc[j + t];
		me |= e->mask[j + t];
	}
	if (each[G_PUNCT] > 0 && pz && pe) {
		unsigned np = 0;

		for (int k = 0; k < NPUNCT; k++) {
			unsigned cz_ = pz >> (8 * k) & 0xFF;
			unsigned ce_ = pe >> (8 * k) & 0xFF;

			np += cz_ < ce_ ? cz_ : ce_;
		}
		if (np > p->cap[G_PUNCT])
			np = p->cap[G_PUNCT];
		bonus = each[G_PUNCT] * np;
	}
	if (!(mz & me))
		return bonus;
	return shared_keys(p, each, bonus, z, i, nz, e, j, ne, zsp, esp);
}

/* Characters n < NQUOT of a bead divided by the ratio are looked up in a
 * table of the same quotients (see struct dp): the division is one of the
 * three long operations one after the other in every bead's cost. */
#define NQUOT 4096

/* @p n (a whole number) / p->c, from @p quot when it is not NULL and
 * holds it: the same double either way. */
static double per_c(const struct params *p, const double *quot, double n)
{
	return quot && n < NQUOT ? quot[(size_t)n] : n / p->c;
}

/* The part of a bead's cost its lengths make: the prior of kind k plus
 * the Gale–Church tail, or the cost of what a one-sided bead leaves out.
 * bead_cost() subtracts the anchors from it. */
static inline double length_cost(const struct params *p,
                                 const struct side *z, const struct side *e,
                                 const double *quot, size_t k, size_t i,
                                 size_t j)
{
	const struct zhen__shape *b = &kinds[k];
	double l1 = span_len(z->cum, i, b->nz);
	double lc = span_len(z->cum2, i, b->nz);
	double l2 = span_len(e->cum, j, b->ne);
	double cost = p->prior[k], mean;

	if (!b->nz)
		return cost + p->del * l2;
	if (!b->ne)
		return cost + p->del * (p->c * l1 + lc);
	/* Gale–Church with their symmetric length: the mean of both sides
	 * in Chinese characters, so that short Chinese sentences with long
	 * translations are not judged by the Chinese length alone. */
	mean = (l1 + per_c(p, quot, lc + l2)) / 2;
	if (mean > 0)
		cost += tail_cost(p, (l2 - p->c * l1 - lc) /
		                     sqrt(p->s2 * mean));
	return cost;
}

/* The cost of the bead of kind k from unit i of @p z and j of @p e; the
 * spans' merged keys are taken from @p zsp and @p esp when they are not
 * NULL. */
static double bead_cost(const struct params *p, const struct side *z,
                        const struct side *e, struct spans *zsp,
                        struct spans *esp, size_t k, size_t i, size_t j)
{
	double cost = length_cost(p, z, e, NULL, k, i, j);

	/* Shared values only ever lower the cost: a pair whose numbers
	 * differ is exactly what zhen must report, so it has to align. */
	if (kinds[k].nz && kinds[k].ne)
		cost -= shared(p, z, i, kinds[k].nz, e, j, kinds[k].ne, zsp,
		               esp);
	return cost;
}

/* ---- the banded program ---- */

struct node {
	size_t i, j;
	unsigned char k; /* bead that ends here; NO_BEAD at the origin */
};

/*
 * The state of a program, kept from one program to the next of the same
 * alignment: the sentence pass runs once per paragraph bead, and a
 * document of 100,000 one-line paragraphs would otherwise allocate a dozen
 * buffers 100,000 times. Buffers only grow.
 */
struct dp {
	const struct side *z, *e;
	const struct params *p;
	const size_t *guide; /* band centre per row, or NULL */
	size_t nk;           /* bead kinds tried: kinds[0..nk) */
	bool fwd;            /* forward sums along with the best scores */
	double kappa;        /* cost per unit of the best path so far */
	size_t n, m, w;
	size_t *lo, *hi;     /* row i holds columns lo[i]..hi[i] */
	size_t reach;        /* see band_row() */
	size_t *base;        /* cell (i,j) is cell base[i] + j - lo[i] */
	double *aref;        /* forward sums of row i are aref[i] + alpha */
	size_t rowcap;
	size_t cells, bpcap, alphacap;
	unsigned char *bp;   /* best bead into each cell */
	/* With d->fwd, the cost of the bead of kind k that leaves cell c is
	 * costs[c * nk + k] once a sweep has computed it (NAN before), for
	 * the first ncosts cells; see dp_cost(). */
	double *costs;
	size_t ncosts, costscap;
	/* Forward sums of every cell, as float offsets from their row's
	 * smallest: the sums themselves grow with the document (3e5 at 100,000
	 * units, where a float step is 0.03), their differences within a row
	 * stay small, and a posterior needs them to a few thousandths. */
	float *alpha;
	size_t maxw, ringcap, fringcap;
	double *ring;        /* RING rows of best scores (backward: beta) */
	double *fring;       /* RING rows of forward sums */
	struct node *path;
	size_t np, pathcap;
	double *fb, *delz, *dele;
	size_t fbcap, delzcap, delecap;
	size_t *own;         /* band centres on the program's own path */
	size_t owncap;
	struct spans zsp, esp; /* merged keys of the sides' spans */
	/* quot[n] = n / quot_c for n < NQUOT, or NULL (see per_c()) */
	double *quot;
	double quot_c;
};

static void dp_free(struct dp *d)
{
	free(d->lo);
	free(d->hi);
	free(d->base);
	free(d->aref);
	free(d->bp);
	free(d->costs);
	free(d->alpha);
	free(d->ring);
	free(d->fring);
	free(d->path);
	free(d->fb);
	free(d->delz);
	free(d->dele);
	free(d->own);
	free(d->quot);
	spans_free(&d->zsp);
	spans_free(&d->esp);
	memset(d, 0, sizeof *d);
}

static double *ring_row(const struct dp *d, size_t i)
{
	return d->ring + (i % RING) * d->maxw;
}

static double *fring_row(const struct dp *d, size_t i)
{
	return d->fring + (i % RING) * d->maxw;
}

static size_t cell(const struct dp *d, size_t i, size_t j)
{
	return d->base[i] + j - d->lo[i];
}

static double alpha_at(const struct dp *d, size_t i, size_t j)
{
	return d->aref[i] + (double)d->alpha[cell(d, i, j)];
}

static int dp_rows(struct dp *d)
{
	size_t c = d->rowcap, need = d->n + 1;

	if (reserve((void **)&d->lo, &c, need, sizeof *d->lo) < 0)
		return ZHEN_ENOMEM;
	c = d->rowcap;
	if (reserve((void **)&d->hi, &c, need, sizeof *d->hi) < 0)
		return ZHEN_ENOMEM;
	c = d->rowcap;
	if (reserve((void **)&d->base, &c, need, sizeof *d->base) < 0)
		return ZHEN_ENOMEM;
	c = d->rowcap;
	if (reserve((void **)&d->aref, &c, need, sizeof *d->aref) < 0)
		return ZHEN_ENOMEM;
	d->rowcap = c;
	return 0;
}

/* Room for the cells placed so far, and for the costs of the beads that
 * leave them (none yet). */
static int dp_cells(struct dp *d)
{
	size_t ncosts = d->cells < COSTS_MAX / d->nk ? d->cells :
	                COSTS_MAX / d->nk;

	if (reserve((void **)&d->bp, &d->bpcap, d->cells, 1) < 0)
		return ZHEN_ENOMEM;
	if (!d->fwd)
		return 0;
	if (reserve((void **)&d->alpha, &d->alphacap, d->cells,
	            sizeof *d->alpha) < 0 ||
	    reserve_max((void **)&d->costs, &d->costscap, ncosts * d->nk,
	                sizeof *d->costs, COSTS_MAX) < 0)
		return ZHEN_ENOMEM;
	for (size_t c = d->ncosts * d->nk; c < ncosts * d->nk; c++)
		d->costs[c] = NAN;
	d->ncosts = ncosts;
	return 0;
}

/* The cost of the bead of kind k from cell (i,j), computed once per
 * program where the cell's costs are kept (with d->fwd): the forward sweep
 * prices every bead into a cell, the backward sweep every bead out of it,
 * and the alignment the beads of the path, all the same beads. */
static double dp_cost(struct dp *d, size_t k, size_t i, size_t j)
{
	size_t c = cell(d, i, j);
	double *kept;

	if (c >= d->ncosts)
		return bead_cost(d->p, d->z, d->e, &d->zsp, &d->esp, k, i, j);
	kept = &d->costs[c * d->nk + k];
	if (isnan(*kept))
		*kept = bead_cost(d->p, d->z, d->e, &d->zsp, &d->esp, k, i,
		                  j);
	return *kept;
}

/* A bead a sweep prices: kind k from cell c = (i,j). */
struct priced {
	size_t k, i, j, c;
};

/*
 * The costs of beads b[0..nb) into out[], as dp_cost() would give them
 * one by one. The length terms of the beads not kept are computed first,
 * all together: each is a chain of two divisions and a square root
 * (latency-bound), and the processor overlaps the chains of several beads
 * only where no walk over the anchors, with its unpredictable branches,
 * stands between them.
 */
static void dp_costs(struct dp *d, const struct priced *b, size_t nb,
                     double *out)
{
	size_t miss[NKINDS], nm = 0;

	for (size_t t = 0; t < nb; t++) {
		if (b[t].c < d->ncosts &&
		    !isnan(d->costs[b[t].c * d->nk + b[t].k]))
			out[t] = d->costs[b[t].c * d->nk + b[t].k];
		else
			miss[nm++] = t;
	}
	for (size_t u = 0; u < nm; u++) {
		const struct priced *x = &b[miss[u]];

		out[miss[u]] = length_cost(d->p, d->z, d->e, d->quot, x->k,
		                           x->i, x->j);
	}
	for (size_t u = 0; u < nm; u++) {
		const struct priced *x = &b[miss[u]];
		const struct zhen__shape *sh = &kinds[x->k];

		if (sh->nz && sh->ne)
			out[miss[u]] -= shared(d->p, d->z, x->i, sh->nz, d->e,
			                       x->j, sh->ne, &d->zsp, &d->esp);
		if (x->c < d->ncosts)
			d->costs[x->c * d->nk + x->k] = out[miss[u]];
	}
}

/* The table of per_c() for the program's ratio, built when the ratio
 * changes (a few times a document); without memory there is none, and
 * per_c() divides. */
static void dp_quotients(struct dp *d)
{
	if (d->quot && d->quot_c == d->p->c)
		return;
	if (!d->quot && !(d->quot = malloc(NQUOT * sizeof *d->quot)))
		return;
	for (size_t n = 0; n < NQUOT; n++)
		d->quot[n] = (double)n / d->p->c;
	d->quot_c = d->p->c;
}

/*
 * Row i of the band: columns c-w..c+w, clipped to the document, and
 * stretched so that the corner (n,m) can always be reached, whatever the
 * centres: row 0 holds the origin, the last row the last column, and
 * d->reach is the first column from which the rest of row i-1 is
 * reachable. Row i starts no later than row i-1 ends and ends no earlier
 * than that column, so a 1-0 bead leads from it into row i and 0-1 beads
 * on to the row's end. A guide whose first bead starts far into the
 * English (one sentence against 69) would otherwise leave the origin out
 * of the band and the path empty.
 */
static void band_row(struct dp *d, size_t i, size_t c, size_t w)
{
	d->lo[i] = c > w ? c - w : 0;
	d->hi[i] = c + w < d->m ? c + w : d->m;
	if (i == 0) {
		d->lo[i] = 0;
		d->reach = 0;
	} else {
		if (d->lo[i] > d->hi[i - 1])
			d->lo[i] = d->hi[i - 1];
		if (d->hi[i] < d->reach)
			d->hi[i] = d->reach;
		if (d->lo[i] > d->reach)
			d->reach = d->lo[i];
	}
	if (i == d->n)
		d->hi[i] = d->m;
	d->base[i] = d->cells;
	d->cells += d->hi[i] - d->lo[i] + 1;
}

/*
 * The band. With a guide (the path of an earlier pass) row i holds the
 * columns within w of guide[i]. Without one it follows the program itself:
 * row i is centred on the best cell of row i-1, so the band drifts with the
 * path, as one-sided sentences shift it, without knowing in advance where
 * it goes (a band fixed around the diagonal needs a width that grows with
 * the square root of the document to hold such a random walk). Each row
 * starts no later than the previous one ends, and the last row reaches m,
 * so the corner (n,m) is always reachable.
 */
static int dp_band(struct dp *d, size_t w)
{
	size_t need;

	d->w = w;
	d->cells = 0;
	d->ncosts = 0;
	d->kappa = 0;
	d->maxw = d->guide ? 2 * w + 1 : d->m + 1;
	for (size_t i = 0; d->guide && i <= d->n; i++) {
		band_row(d, i, d->guide[i], w);
		if (d->hi[i] - d->lo[i] + 1 > d->maxw)
			d->maxw = d->hi[i] - d->lo[i] + 1;
	}
	need = RING * d->maxw;
	/* the spans a row's beads take: from RING rows, and from its columns
	 * and the MAX_SPAN before them (a band that follows the program is
	 * mostly 2w + 1 wide) */
	if (reserve((void **)&d->ring, &d->ringcap, need,
	            sizeof *d->ring) < 0 ||
	    reserve((void **)&d->fring, &d->fringcap, need,
	            sizeof *d->fring) < 0 ||
	    spans_fit(&d->zsp, 2 * RING) < 0 ||
	    spans_fit(&d->esp, (d->guide ? d->maxw : 2 * w + 1) +
	                       2 * MAX_SPAN) < 0)
		return ZHEN_ENOMEM;
	return d->guide ? dp_cells(d) : 0;
}

/* Place row i of a band that follows the program. */
static int dp_place_row(struct dp *d, size_t i)
{
	size_t c = 0, w = d->w;

	if (i > 0) {
		const double *prev = ring_row(d, i - 1);
		double best = INFINITY, kappa = d->kappa;

		/* Cells of one row are not compared fairly by their scores
		 * alone: one that has consumed fewer English units has paid
		 * for fewer beads, and a band centred on the cheapest cell
		 * lags behind the path until it loses it. Each column is
		 * credited the cost per unit of the best path so far, as
		 * the cost it would still have to pay; the last row's best
		 * cell gives that rate for the next. */
		for (size_t j = d->lo[i - 1]; j <= d->hi[i - 1]; j++)
			if (prev[j - d->lo[i - 1]] - kappa * (double)j < best) {
				best = prev[j - d->lo[i - 1]] - kappa * (double)j;
				c = j;
			}
		if (i - 1 + c > 0 && isfinite(prev[c - d->lo[i - 1]]))
			d->kappa = prev[c - d->lo[i - 1]] / (double)(i - 1 + c);
	}
	band_row(d, i, c, w);
	return dp_cells(d);
}

/* -log(sum exp(-t[k])) over the finite t. */
static double soft_min(const double *t, size_t n)
{
	double lo = INFINITY, sum = 0;

	for (size_t k = 0; k < n; k++)
		if (t[k] < lo)
			lo = t[k];
	if (isinf(lo))
		return lo;
	/* exp(0) is 1: the smallest term (often the only one that
	 * counts) needs no call */
	for (size_t k = 0; k < n; k++)
		if (t[k] == lo)
			sum += 1;
		else if (t[k] - lo < 40)
			sum += exp(lo - t[k]);
	return lo - log(sum);
}

/* Row i of the band as a sweep reads it: its scores (best or beta), its
 * forward sums, its columns and its first cell, looked up once per row
 * rather than once per bead. */
struct rowref {
	double *s, *f;
	size_t lo, hi, base;
};

static struct rowref row_ref(const struct dp *d, size_t i)
{
	return (struct rowref){ ring_row(d, i), fring_row(d, i), d->lo[i],
		                d->hi[i], d->base[i] };
}

/* The beads into cell (i,j) from cells of finite score into b[], their
 * scores into from[]; returns how many. r[t] is row i - t. */
static size_t beads_into(const struct dp *d, const struct rowref *r,
                         size_t i, size_t j, struct priced *b,
                         double *from)
{
	size_t nb = 0;

	for (size_t k = 0; k < d->nk && (i || j); k++) {
		const struct rowref *q = &r[kinds[k].nz];
		size_t pj = j - kinds[k].ne;

		if (i < kinds[k].nz || j < kinds[k].ne || pj < q->lo ||
		    pj > q->hi)
			continue;
		from[nb] = q->s[pj - q->lo];
		if (isinf(from[nb]))
			continue;
		b[nb++] = (struct priced){ k, i - kinds[k].nz, pj,
		                           q->base + pj - q->lo };
	}
	return nb;
}

/*
 * The best path into every cell, and with d->fwd also the forward sums:
 * alpha(i,j) = -log of the total weight exp(-cost) of all paths from the
 * origin to (i,j) within the band. Both come out of one sweep because the
 * cost of a bead, the expensive part, is the same for both.
 */
static int dp_viterbi(struct dp *d)
{
	struct rowref r[MAX_SPAN + 1];

	for (size_t i = 0; i <= d->n; i++) {
		double *row = ring_row(d, i), *frow = fring_row(d, i);
		double ref = INFINITY;

		if (!d->guide && dp_place_row(d, i) < 0)
			return ZHEN_ENOMEM;
		for (size_t t = 0; t <= MAX_SPAN && t <= i; t++)
			r[t] = row_ref(d, i - t);
		for (size_t j = d->lo[i]; j <= d->hi[i]; j++) {
			double best = i == 0 && j == 0 ? 0 : INFINITY;
			double terms[NKINDS], from[NKINDS], c[NKINDS];
			struct priced b[NKINDS];
			unsigned char bk = NO_BEAD;
			size_t nb = beads_into(d, r, i, j, b, from), nt = 0;

			dp_costs(d, b, nb, c);
			for (size_t t = 0; t < nb; t++) {
				const struct rowref *q = &r[i - b[t].i];

				if (d->fwd)
					terms[nt++] = q->f[b[t].j - q->lo] + c[t];
				if (from[t] + c[t] < best) {
					best = from[t] + c[t];
					bk = (unsigned char)b[t].k;
				}
			}
			row[j - d->lo[i]] = best;
			d->bp[r[0].base + j - r[0].lo] = bk;
			if (d->fwd) {
				double v = i || j ? soft_min(terms, nt) : 0;

				frow[j - d->lo[i]] = v;
				if (v < ref)
					ref = v;
			}
		}
		if (d->fwd) {
			d->aref[i] = isinf(ref) ? 0 : ref;
			for (size_t j = d->lo[i]; j <= d->hi[i]; j++)
				d->alpha[cell(d, i, j)] = (float)(
					frow[j - d->lo[i]] - d->aref[i]);
		}
	}
	return 0;
}

static int dp_backtrack(struct dp *d)
{
	size_t i = d->n, j = d->m, np = 0;

	if (reserve((void **)&d->path, &d->pathcap, d->n + d->m + 1,
	            sizeof *d->path) < 0)
		return ZHEN_ENOMEM;
	for (;;) {
		unsigned char k = d->bp[cell(d, i, j)];

		d->path[np++] = (struct node){ i, j, k };
		if (k == NO_BEAD) {
			/* band_row() keeps the corner reachable: a path that
			 * does not start at the origin is a bug, never an
			 * alignment to report */
			if (i || j)
				return ZHEN_ERROR;
			break;
		}
		i -= kinds[k].nz;
		j -= kinds[k].ne;
	}
	for (size_t a = 0, b = np - 1; a < b; a++, b--) {
		struct node t = d->path[a];
		d->path[a] = d->path[b];
		d->path[b] = t;
	}
	d->np = np;
	return 0;
}

/* Whether the best path comes near an edge of the band that is not an edge
 * of the documents: then a wider band might find a better one. */
static bool dp_hugs_edge(const struct dp *d)
{
	size_t margin = d->w / 16 + 1;

	for (size_t t = 0; t < d->np; t++) {
		size_t i = d->path[t].i, j = d->path[t].j;

		if (d->lo[i] > 0 && j < d->lo[i] + margin)
			return true;
		if (d->hi[i] < d->m && j + margin > d->hi[i])
			return true;
	}
	return false;
}

/*
 * Backward sums: beta(i,j) = -log of the total weight of all paths from
 * (i,j) to the corner; b[t] receives it for path node t. On the way, delz[i]
 * and dele[j] add up the posterior of every 1-0 (0-1) bead that leaves unit
 * i (j) out, wherever in the band it lies: a run of one-sided beads can be
 * ordered in many ways of equal cost, and only the sum over the orders says
 * how sure it is that the unit has no counterpart.
 */
static void dp_backward(struct dp *d, double *b, double *delz,
                        double *dele)
{
	double z = alpha_at(d, d->n, d->m);
	size_t t = d->np;
	struct rowref r[MAX_SPAN + 1];

	for (size_t i = d->n + 1; i-- > 0;) {
		double *row = ring_row(d, i);

		for (size_t u = 0; u <= MAX_SPAN && i + u <= d->n; u++)
			r[u] = row_ref(d, i + u);
		for (size_t j = d->hi[i] + 1; j-- > d->lo[i];) {
			double terms[NKINDS], to[NKINDS], c[NKINDS], v = 0;
			double a = d->aref[i] +
			           (double)d->alpha[r[0].base + j - r[0].lo];
			struct priced out[NKINDS];
			size_t nb = 0;

			for (size_t k = 0; k < d->nk && (i != d->n || j != d->m);
			     k++) {
				const struct rowref *q = &r[kinds[k].nz];
				size_t nj = j + kinds[k].ne;

				if (i + kinds[k].nz > d->n || nj > d->m ||
				    nj < q->lo || nj > q->hi)
					continue;
				to[nb] = q->s[nj - q->lo];
				out[nb++] = (struct priced){ k, i, j,
				                             r[0].base + j - r[0].lo };
			}
			dp_costs(d, out, nb, c);
			for (size_t x = 0; x < nb; x++) {
				const struct zhen__shape *sh = &kinds[out[x].k];

				terms[x] = to[x] + c[x];
				if (!sh->ne && a + terms[x] - z < 40)
					delz[i] += exp(z - a - terms[x]);
				else if (!sh->nz && a + terms[x] - z < 40)
					dele[j] += exp(z - a - terms[x]);
			}
			if (i != d->n || j != d->m)
				v = soft_min(terms, nb);
			row[j - d->lo[i]] = v;
			if (t > 0 && d->path[t - 1].i == i && d->path[t - 1].j == j)
				b[--t] = v;
		}
	}
}

/* Band centres along the best path; rows inside a many-row bead lie on
 * the straight line across it. */
static void path_guide(const struct dp *d, size_t *g)
{
	for (size_t t = 1; t < d->np; t++) {
		const struct node *a = &d->path[t - 1], *b = &d->path[t];

		for (size_t r = a->i; r < b->i; r++)
			g[r] = a->j + (r - a->i) * (b->j - a->j) / (b->i - a->i);
	}
	g[d->n] = d->m;
}

static size_t kind_of(unsigned nz, unsigned ne)
{
	size_t k = 0;

	while (kinds[k].nz != nz || kinds[k].ne != ne)
		k++;
	return k;
}

/* Append @p b in the kept form (see zhen__bead): a first sentence past
 * 32 bits fails as out of memory, as a sentence index does. */
static int push_bead(struct zhen_alignment *a, const zhen_bead *b)
{
	if (b->zh_first > UINT32_MAX || b->en_first > UINT32_MAX ||
	    b->zh_count > UINT8_MAX || b->en_count > UINT8_MAX)
		return ZHEN_ENOMEM;
	if (a->n == a->cap) {
		size_t cap = a->cap ? 2 * a->cap : 64;
		struct zhen__bead *p = realloc(a->b, cap * sizeof *p);

		if (!p)
			return ZHEN_ENOMEM;
		a->b = p;
		a->cap = cap;
	}
	a->b[a->n++] = (struct zhen__bead){ b->cost, b->confidence,
	                                    (uint32_t)b->zh_first,
	                                    (uint32_t)b->en_first,
	                                    (uint8_t)b->zh_count,
	                                    (uint8_t)b->en_count,
	                                    b->moved != 0 };
	return 0;
}

static double clamp01(double x)
{
	return x < 0 ? 0 : x > 1 ? 1 : x;
}

/* Cells a widened band may hold (see BAND_CELLS_PER_UNIT). */
static size_t band_budget(const struct dp *d)
{
	size_t b = BAND_CELLS_PER_UNIT * (d->n + d->m);

	return b < BAND_CELLS_MIN ? BAND_CELLS_MIN :
	       b > BAND_CELLS_MAX ? BAND_CELLS_MAX : b;
}

/* How one program runs. */
struct run {
	const size_t *guide; /* band centres from an earlier pass, or NULL */
	size_t nk;           /* bead kinds: NKINDS, or NCOARSE */
	size_t band;         /* half-width of the first band */
	/* Half-width the band may widen to. The second pass refines the
	 * first around its path and widens no further than the first pass
	 * ended: a path that would leave that band is one the
	 * first pass did not find, and chasing it is what made repetitive
	 * text quadratic, each doubling finding new coincidences of the same
	 * values up to the whole matrix. */
	size_t wmax;
	bool conf;           /* compute each bead's confidence */
	double scale;        /* ... times this */
};

/*
 * Align the units of @p z and @p e and append the beads to @p out, with
 * unit indices moved by @p zoff and @p eoff, in the workspace @p d.
 *
 * With r->conf, each bead's confidence is r->scale times its posterior
 * probability
 *     P(bead) = exp(-(alpha(start) + cost(bead) + beta(end) - Z))
 * where alpha and beta are the forward and backward sums (-log of the total
 * weight exp(-cost) of all paths in the band into the bead's start and out
 * of its end) and Z = alpha(n,m) the weight of all paths: the share of all
 * alignments in the band that contain this bead. For a 1-0 or 0-1 bead it
 * is instead the posterior that its unit is left out at all (see
 * dp_backward). Near 1 where the costs leave no doubt, it falls where two
 * readings cost about the same.
 */
static int align_units(struct zhen_alignment *out, struct dp *d,
                       const struct side *z, const struct side *e,
                       const struct params *p, size_t zoff, size_t eoff,
                       const struct run *r)
{
	size_t w = r->band;

	if (!z->n || !e->n) {
		/* one side empty: everything is left out, and surely so */
		size_t k = kind_of(z->n ? 1 : 0, z->n ? 0 : 1);

		for (size_t t = 0; t < z->n + e->n; t++) {
			zhen_bead b = { zoff + (z->n ? t : 0), z->n ? 1 : 0,
			                eoff + (z->n ? 0 : t), z->n ? 0 : 1,
			                bead_cost(p, z, e, NULL, NULL, k,
			                          z->n ? t : 0,
			                          z->n ? 0 : t),
			                r->scale, 0 };
			if (push_bead(out, &b) < 0)
				return ZHEN_ENOMEM;
		}
		return 0;
	}
	d->z = z;
	d->e = e;
	spans_begin(&d->zsp);
	spans_begin(&d->esp);
	d->p = p;
	dp_quotients(d);
	d->guide = r->guide;
	d->nk = r->nk;
	d->fwd = r->conf;
	d->n = z->n;
	d->m = e->n;
	if (dp_rows(d) < 0)
		return ZHEN_ENOMEM;
	/* Where the best path runs along an edge of the band, the band is
	 * moved onto that path and the program run again: the path is pushed
	 * there by where the band lies, not by the costs. Moving costs no
	 * more than the first run, while widening the whole band for a few
	 * local drifts would multiply every later run; only a path that keeps
	 * hugging an edge widens it. */
	for (int moves = 0;; moves++) {
		int rc;

		if ((rc = dp_band(d, w)) < 0 || (rc = dp_viterbi(d)) < 0 ||
		    (rc = dp_backtrack(d)) < 0)
			return rc;
		if (w >= d->n + d->m || !dp_hugs_edge(d))
			break;
		if (moves < BAND_MOVES) {
			if (reserve((void **)&d->own, &d->owncap, d->n + 1,
			            sizeof *d->own) < 0)
				return ZHEN_ENOMEM;
			path_guide(d, d->own);
			d->guide = d->own;
		} else if (w >= r->wmax ||
		           (d->n + 1) * (4 * w + 1) > band_budget(d)) {
			break;
		} else {
			w = 2 * w < r->wmax ? 2 * w : r->wmax;
		}
	}
	if (r->conf) {
		if (reserve((void **)&d->fb, &d->fbcap, d->np,
		            sizeof *d->fb) < 0 ||
		    reserve((void **)&d->delz, &d->delzcap, d->n + 1,
		            sizeof *d->delz) < 0 ||
		    reserve((void **)&d->dele, &d->delecap, d->m + 1,
		            sizeof *d->dele) < 0)
			return ZHEN_ENOMEM;
		memset(d->delz, 0, (d->n + 1) * sizeof *d->delz);
		memset(d->dele, 0, (d->m + 1) * sizeof *d->dele);
		dp_backward(d, d->fb, d->delz, d->dele);
	}
	for (size_t t = 1; t < d->np; t++) {
		const struct node *a = &d->path[t - 1];
		unsigned char k = d->path[t].k;
		zhen_bead b = { zoff + a->i, kinds[k].nz, eoff + a->j,
		                kinds[k].ne, 0, r->scale, 0 };

		b.cost = dp_cost(d, k, a->i, a->j);
		if (r->conf) {
			double post;

			if (!kinds[k].ne)
				post = d->delz[a->i];
			else if (!kinds[k].nz)
				post = d->dele[a->j];
			else
				post = exp(alpha_at(d, d->n, d->m) -
				           alpha_at(d, a->i, a->j) -
				           b.cost - d->fb[t]);
			b.confidence = r->scale * clamp01(post);
		}
		if (push_bead(out, &b) < 0)
			return ZHEN_ENOMEM;
	}
	return 0;
}

/*
 * The workspace of a document's first pass is freed once its beads are
 * out: its band follows the program, so its rows of scores are as wide as
 * the English (RING of them, twice), and it holds four times the cells of
 * the guided pass. Kept, they would stay beside the word pairs being
 * learnt and the guided pass's tables, at the peak of the run (0.2 bytes a
 * byte of input). The next program allocates what it needs.
 */
static void first_pass_done(struct dp *d)
{
	dp_free(d);
}

/* Give back what the bead list's growth left over (up to half of it): the
 * alignment lives on beside the caller's figures and findings, through the
 * peak of a document check, where nothing else of the aligner's does. */
static void beads_trim(struct zhen_alignment *a)
{
	struct zhen__bead *p;

	if (a->n && a->n < a->cap && (p = realloc(a->b, a->n * sizeof *p))) {
		a->b = p;
		a->cap = a->n;
	}
}

/* Band centres along the beads of @p a. Rows no bead covers (none, when @p a
 * is complete) get column 0: band_row() keeps any centres reachable. */
static size_t *guide_from(const struct zhen_alignment *a, size_t n, size_t m)
{
	size_t *g = calloc(n + 1, sizeof *g);

	if (!g)
		return NULL;
	for (size_t t = 0; t < a->n; t++) {
		const struct zhen__bead *b = &a->b[t];

		for (size_t r = 0; r < b->zh_count; r++)
			g[b->zh_first + r] = b->en_first +
				r * b->en_count / b->zh_count;
	}
	g[n] = m;
	return g;
}

static int dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/*
 * Learn the ratio and its variance from the 1-1 beads of a first pass:
 * c = their English characters over their Chinese characters, and s2 from
 * the squared residuals (l2 - c l1)^2 / mean, whose expectation is s2. The
 * top 5 % are dropped (a wrong bead of the first pass would inflate the
 * estimate), and the mean of the rest divided by 0.79, the share of a
 * chi-square(1) mean that lies below its 95th percentile.
 */
static int learn(struct params *p, const struct zhen_alignment *a,
                 const struct side *z, const struct side *e)
{
	size_t n = 0, keep;
	double sz = 0, sc = 0, se = 0, c, sum = 0, *r;

	for (size_t t = 0; t < a->n; t++) {
		const struct zhen__bead *b = &a->b[t];
		size_t i = b->zh_first, j = b->en_first;

		if (b->zh_count == 1 && b->en_count == 1 &&
		    span_len(z->cum, i, 1) > 0 && span_len(e->cum, j, 1) > 0) {
			sz += span_len(z->cum, i, 1);
			sc += span_len(z->cum2, i, 1);
			se += span_len(e->cum, j, 1);
			n++;
		}
	}
	/* too few pairs to say more than the first guess */
	if (n < 8 || se <= sc)
		return 0;
	if (!(r = malloc(n * sizeof *r)))
		return ZHEN_ENOMEM;
	c = (se - sc) / sz;
	n = 0;
	for (size_t t = 0; t < a->n; t++) {
		const struct zhen__bead *b = &a->b[t];
		size_t i = b->zh_first, j = b->en_first;

		/* An empty side's first index may be one past the end. */
		if (b->zh_count != 1 || b->en_count != 1)
			continue;
		double l1 = span_len(z->cum, i, 1);
		double lc = span_len(z->cum2, i, 1);
		double l2 = span_len(e->cum, j, 1);

		if (l1 > 0 && l2 > 0)
			r[n++] = (l2 - c * l1 - lc) * (l2 - c * l1 - lc) /
			         ((l1 + (lc + l2) / c) / 2);
	}
	zhen__qsort(r, n, sizeof *r, dbl_cmp);
	keep = n - n / 20;
	for (size_t t = 0; t < keep; t++)
		sum += r[t];
	p->c = c;
	p->s2 = sum / (double)keep / 0.79;
	free(r);
	/* keep within what any real pair of languages does */
	if (p->s2 < 0.2 * c * c)
		p->s2 = 0.2 * c * c;
	if (p->s2 > 20 * c * c)
		p->s2 = 20 * c * c;
	return 0;
}

static void set_priors(struct params *p, bool para)
{
	for (size_t k = 0; k < NKINDS; k++)
		p->prior[k] = -log(para ? p->ad->p_para[k] : p->ad->p_sent[k]);
	p->del = para ? p->ad->del_para : p->ad->del_sent;
}

/* ---- the learned lexicon ---- */

/*
 * Word pairs learned from the documents themselves, as hunalign's realign
 * does with its first alignment: the Chinese character pairs and English
 * words that keep occurring in the same 1-1 beads of the first pass are
 * taken as translations, and the final pass counts them as lexicon
 * matches. Chinese has no spaces, so its side is every pair of adjacent
 * Han characters (瑞典 and 典的 alike; only the true word keeps meeting
 * "Sweden"). Association is the Dice coefficient of bead counts: IBM Model
 * 1 would need many iterations over all pairs of all beads, while the
 * anchors only need the few pairs that are nearly always together.
 */
struct lpair {
	uint64_t f, e, key;
};

struct learned {
	struct lpair *byf, *bye; /* the same pairs, by f and by e */
	size_t n;
};

struct u64v {
	uint64_t *p;
	size_t n, cap;
};

/* Beads learned from, at most (evenly spread): plenty for the pairs worth
 * having, and a bound on the memory of the pair counts. */
#define LEARN_BEADS 4000
/* A feature in more of those beads than this is a function word or a
 * character pair of the genre, not an anchor. */
#define LEARN_DF_MAX 40
/* Pairs seen together in at least LEARN_MIN beads and in most of the
 * beads either occurs in. */
#define LEARN_MIN 2
#define LEARN_DICE 0.6
/* Pair occurrences counted, at most (24 bytes each). */
#define LEARN_PAIRS ((size_t)1 << 18)
/* Learned keys of one sentence, at most: the bonus counts few anyway. */
#define LEARN_KEYS 8

static int u64v_push(struct u64v *v, uint64_t x)
{
	if (reserve((void **)&v->p, &v->cap, v->n + 1, sizeof *v->p) < 0)
		return ZHEN_ENOMEM;
	v->p[v->n++] = x;
	return 0;
}

/* Sort and drop repeats of v->p[from..n). */
static void u64v_unique(struct u64v *v, size_t from)
{
	size_t k = from;

	if (v->n <= from) /* nothing added: v->p may still be NULL */
		return;
	sort_u64(v->p + from, v->n - from);
	for (size_t t = from; t < v->n; t++)
		if (k == from || v->p[k - 1] != v->p[t])
			v->p[k++] = v->p[t];
	v->n = k;
}

/* The features of sentences [first, last) appended to @p v, each once. */
static int features(struct u64v *v, const zhen_align_side *sd, size_t first,
                    size_t last, bool zh, const struct hset *stop)
{
	size_t from = v->n;

	for (size_t s = first; s < last; s++) {
		const zhen_sentence se = zhen__sent(sd->sentences, s);
		size_t i = se.off, end = se.off + se.len;
		int32_t prev = -1;

		if (end > sd->len)
			continue;
		while (i < end) {
			if (zh) {
				int32_t c = zhen__utf8_next(sd->text, end, &i);

				if (!zhen__is_ideograph(c)) {
					prev = -1;
					continue;
				}
				if (prev >= 0 &&
				    u64v_push(v, zhen__mix64(((uint64_t)prev << 21 |
				                        (uint64_t)c) ^
				                       0x9e3779b97f4a7c15u)) < 0)
					return ZHEN_ENOMEM;
				prev = c;
			} else {
				size_t k = i;
				uint64_t h;

				while (k < end && (((sd->text[k] | 0x20) >= 'a' &&
				                    (sd->text[k] | 0x20) <= 'z')))
					k++;
				if (k == i) {
					i++;
					continue;
				}
				h = zhen__lex_word_hash(sd->text + i, k - i);
				if (k - i >= 3 && !hset_has(stop, h) &&
				    u64v_push(v, h) < 0)
					return ZHEN_ENOMEM;
				i = k;
			}
		}
	}
	u64v_unique(v, from);
	return 0;
}

static int lpair_cmp_f(const void *a, const void *b)
{
	const struct lpair *x = a, *y = b;

	if (x->f != y->f)
		return x->f < y->f ? -1 : 1;
	return x->e < y->e ? -1 : x->e > y->e;
}

static int lpair_cmp_e(const void *a, const void *b)
{
	const struct lpair *x = a, *y = b;

	if (x->e != y->e)
		return x->e < y->e ? -1 : 1;
	return x->f < y->f ? -1 : x->f > y->f;
}

/* The stopwords of dicts/en_stopwords.txt, hashed as learned words are. */
static int stopwords(struct hset *out)
{
	struct zhen__dict_iter it;
	struct u64v v = { 0 };
	const struct zhen__dict *d = &zhen__dicts[ZHEN__DICT_EN_STOPWORDS];

	zhen__dict_iter_init(&it, d->text, d->len);
	while (zhen__dict_iter_next(&it))
		if (u64v_push(&v, zhen__lex_word_hash(it.field[0],
		                                      it.flen[0])) < 0) {
			free(v.p);
			return ZHEN_ENOMEM;
		}
	u64v_unique(&v, 0);
	out->h = v.p;
	out->n = v.n;
	return 0;
}

/* Distinct hashes and how often each occurs, sorted: a bead frequency is
 * one bisection over the distinct features, not two over every one. */
struct hcount {
	uint64_t *h;
	uint32_t *n;
	size_t len;
};

static void hcount_free(struct hcount *c)
{
	free(c->h);
	free(c->n);
	memset(c, 0, sizeof *c);
}

/* The counts of the @p n hashes at @p v. */
static int hcount_build(struct hcount *c, const uint64_t *v, size_t n)
{
	c->len = 0;
	c->h = malloc((n + 1) * sizeof *c->h);
	c->n = malloc((n + 1) * sizeof *c->n);
	if (!c->h || !c->n)
		return ZHEN_ENOMEM;
	zhen__memcpy(c->h, v, n * sizeof *v);
	sort_u64(c->h, n);
	for (size_t k = 0; k < n; k++) {
		if (c->len && c->h[c->len - 1] == c->h[k]) {
			c->n[c->len - 1]++;
			continue;
		}
		c->h[c->len] = c->h[k];
		c->n[c->len++] = 1;
	}
	return 0;
}

/* The place of @p h in @p c; c->len when it is not there. */
static size_t hcount_place(const struct hcount *c, uint64_t h)
{
	size_t lo = 0, hi = c->len;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->h[mid] < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->len && c->h[lo] == h ? lo : c->len;
}

/* The beads each pair of features meets in, the features by their places
 * in the two struct hcount: an open-addressed table. Counting a quarter
 * of a million pairs in it is several times faster than sorting them to
 * count runs, in half the memory. */
struct ptable {
	uint64_t *pair;  /* f's place << 32 | e's place */
	uint32_t *count; /* 0: an empty slot */
	size_t cap, n;   /* cap a power of two, at least twice n */
};

static void ptable_free(struct ptable *t)
{
	free(t->pair);
	free(t->count);
	memset(t, 0, sizeof *t);
}

/* The slot of @p pair, or the empty one where it goes. */
static size_t ptable_find(const struct ptable *t, uint64_t pair)
{
	size_t k = (size_t)zhen__mix64(pair) & (t->cap - 1);

	while (t->count[k] && t->pair[k] != pair)
		k = (k + 1) & (t->cap - 1);
	return k;
}

static int ptable_grow(struct ptable *t)
{
	struct ptable g = { NULL, NULL, t->cap ? 2 * t->cap : 1024, t->n };

	g.pair = malloc(g.cap * sizeof *g.pair);
	g.count = calloc(g.cap, sizeof *g.count);
	if (!g.pair || !g.count) {
		ptable_free(&g);
		return ZHEN_ENOMEM;
	}
	for (size_t k = 0; k < t->cap; k++)
		if (t->count[k]) {
			size_t s = ptable_find(&g, t->pair[k]);

			g.pair[s] = t->pair[k];
			g.count[s] = t->count[k];
		}
	ptable_free(t);
	*t = g;
	return 0;
}

/* One more bead that holds both features @p fi and @p ei (places). */
static int ptable_add(struct ptable *t, size_t fi, size_t ei)
{
	uint64_t pair = (uint64_t)fi << 32 | ei;
	size_t s;

	if (2 * (t->n + 1) > t->cap && ptable_grow(t) < 0)
		return ZHEN_ENOMEM;
	s = ptable_find(t, pair);
	if (!t->count[s]) {
		t->pair[s] = pair;
		t->n++;
	}
	t->count[s]++;
	return 0;
}

/* Whether a pair of features in @p dff and @p dfe beads can reach
 * LEARN_DICE: they meet in at most the fewer of those beads. The pairs
 * that cannot are never stored or sorted. */
static bool may_pair(size_t dff, size_t dfe)
{
	size_t both = dff < dfe ? dff : dfe;

	return 2 * (double)both / (double)(dff + dfe) >= LEARN_DICE;
}

/*
 * Learn pairs from the 1-1 beads of @p a, whose units are the sentence
 * ranges zfirst[u]..zfirst[u+1] (sentences themselves when NULL).
 */
static int learn_lexicon(struct learned *L, const struct zhen_alignment *a,
                         const size_t *zfirst, const size_t *efirst,
                         const zhen_align_side *zs, const zhen_align_side *es,
                         const struct hset *stop)
{
	/* pz, pe: the places in dz, de of a bead's features worth pairing */
	struct u64v fz = { 0 }, fe = { 0 }, pz = { 0 }, pe = { 0 };
	size_t *oz = NULL, *oe = NULL, n11 = 0, nb = 0, stride;
	struct hcount dz = { 0 }, de = { 0 };
	struct ptable met = { 0 };
	struct lpair *pairs = NULL;
	size_t np = 0, tried = 0;
	int rc = ZHEN_ENOMEM;

	memset(L, 0, sizeof *L);
	for (size_t t = 0; t < a->n; t++)
		n11 += a->b[t].zh_count == 1 && a->b[t].en_count == 1;
	stride = n11 / LEARN_BEADS + 1;
	if (!(oz = malloc((n11 / stride + 2) * sizeof *oz)) ||
	    !(oe = malloc((n11 / stride + 2) * sizeof *oe)))
		goto out;
	n11 = 0;
	for (size_t t = 0; t < a->n; t++) {
		const struct zhen__bead *b = &a->b[t];
		size_t u = b->zh_first, v = b->en_first;

		if (b->zh_count != 1 || b->en_count != 1 || n11++ % stride)
			continue;
		oz[nb] = fz.n;
		oe[nb] = fe.n;
		if (features(&fz, zs, zfirst ? zfirst[u] : u,
		             zfirst ? zfirst[u + 1] : u + 1, true, stop) < 0 ||
		    features(&fe, es, efirst ? efirst[v] : v,
		             efirst ? efirst[v + 1] : v + 1, false, stop) < 0)
			goto out;
		nb++;
	}
	oz[nb] = fz.n;
	oe[nb] = fe.n;
	/* bead frequencies */
	if (hcount_build(&dz, fz.p, fz.n) < 0 ||
	    hcount_build(&de, fe.p, fe.n) < 0)
		goto out;
	for (size_t b = 0; b < nb; b++) {
		pz.n = pe.n = 0;
		for (size_t k = oz[b]; k < oz[b + 1]; k++) {
			size_t at = hcount_place(&dz, fz.p[k]);

			if (dz.n[at] >= LEARN_MIN && dz.n[at] <= LEARN_DF_MAX &&
			    u64v_push(&pz, at) < 0)
				goto out;
		}
		for (size_t k = oe[b]; k < oe[b + 1]; k++) {
			size_t at = hcount_place(&de, fe.p[k]);

			if (de.n[at] >= LEARN_MIN && de.n[at] <= LEARN_DF_MAX &&
			    u64v_push(&pe, at) < 0)
				goto out;
		}
		/* the bound counts every pair a bead offers, kept or not */
		if (tried + pz.n * pe.n > LEARN_PAIRS)
			break;
		tried += pz.n * pe.n;
		for (size_t x = 0; x < pz.n; x++)
			for (size_t y = 0; y < pe.n; y++)
				if (may_pair(dz.n[pz.p[x]], de.n[pe.p[y]]) &&
				    ptable_add(&met, pz.p[x], pe.p[y]) < 0)
					goto out;
	}
	/* the beads' features are done with: their room goes to the pairs */
	free(fz.p);
	free(fe.p);
	fz.p = fe.p = NULL;
	if (!(pairs = malloc((met.n + 1) * sizeof *pairs)))
		goto out;
	for (size_t t = 0; t < met.cap; t++) {
		size_t fi = met.pair[t] >> 32, ei = met.pair[t] & 0xFFFFFFFFu;
		double dice;

		if (met.count[t] < LEARN_MIN)
			continue;
		dice = 2 * (double)met.count[t] /
		       (double)(dz.n[fi] + de.n[ei]);
		if (dice >= LEARN_DICE)
			/* the Dice coefficient, kept for the linking below */
			pairs[L->n++] = (struct lpair){ dz.h[fi], de.h[ei],
			                                (uint64_t)(dice * 1e6) };
	}
	hcount_free(&dz);
	hcount_free(&de);
	ptable_free(&met);
	zhen__qsort(pairs, L->n, sizeof *pairs, lpair_cmp_f);
	/* Competitive linking: a character pair keeps its best word and a
	 * word its best character pair, so that text repeated word for word
	 * (boilerplate) cannot tie every one of its features to every other. */
	np = L->n;
	L->n = 0;
	for (size_t t = 0; t < np;) {
		size_t r = t, best = t;

		for (; r < np && pairs[r].f == pairs[t].f; r++)
			if (pairs[r].key > pairs[best].key)
				best = r;
		pairs[L->n++] = pairs[best];
		t = r;
	}
	zhen__qsort(pairs, L->n, sizeof *pairs, lpair_cmp_e);
	np = L->n;
	L->n = 0;
	for (size_t t = 0; t < np;) {
		size_t r = t, best = t;

		for (; r < np && pairs[r].e == pairs[t].e; r++)
			if (pairs[r].key > pairs[best].key)
				best = r;
		pairs[L->n] = pairs[best];
		pairs[L->n].key = zhen__mix64(pairs[best].f * 0x100000001b3u ^
		                        pairs[best].e);
		L->n++;
		t = r;
	}
	zhen__qsort(pairs, L->n, sizeof *pairs, lpair_cmp_f);
	if (!(L->byf = malloc((L->n + 1) * sizeof *L->byf)) ||
	    !(L->bye = malloc((L->n + 1) * sizeof *L->bye)))
		goto out;
	zhen__memcpy(L->byf, pairs, L->n * sizeof *L->byf);
	zhen__memcpy(L->bye, pairs, L->n * sizeof *L->bye);
	zhen__qsort(L->bye, L->n, sizeof *L->bye, lpair_cmp_e);
	rc = 0;
out:
	free(fz.p);
	free(fe.p);
	free(pz.p);
	free(pe.p);
	free(oz);
	free(oe);
	hcount_free(&dz);
	hcount_free(&de);
	ptable_free(&met);
	free(pairs);
	return rc;
}

static void learned_free(struct learned *L)
{
	free(L->byf);
	free(L->bye);
	memset(L, 0, sizeof *L);
}

/* First pair of @p L whose f (by_e: e) is at least @p h. */
static size_t learned_bound(const struct lpair *v, size_t n, uint64_t h,
                            bool by_e)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if ((by_e ? v[mid].e : v[mid].f) < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Add a key for every learned pair whose side @p zh holds, to every
 * sentence of @p st: the two sentences of a pair then share the pair's
 * key. The keys of a unit are rebuilt in one new array, sorted again.
 */
static int add_learned(struct store *st, const struct learned *L,
                       const zhen_align_side *sd, bool zh,
                       const struct hset *stop)
{
	struct u64v f = { 0 };
	struct vkey *keys = NULL;
	size_t nk = 0, cap = 0;
	const struct lpair *v = zh ? L->byf : L->bye;
	const zhen_decimal zero = { 0, 0 };
	int rc = ZHEN_ENOMEM;

	for (size_t u = 0; u < st->n; u++) {
		size_t a = st->qoff[u], b = st->qoff[u + 1], from = nk;

		f.n = 0;
		if (features(&f, sd, u, u + 1, zh, stop) < 0 ||
		    reserve((void **)&keys, &cap, nk + (b - a), sizeof *keys) < 0)
			goto out;
		if (b > a)
			zhen__memcpy(keys + nk, st->keys + a,
			             (b - a) * sizeof *keys);
		nk += b - a;
		for (size_t k = 0; k < f.n && nk - from < (b - a) + LEARN_KEYS;
		     k++)
			for (size_t t = learned_bound(v, L->n, f.p[k], !zh);
			     t < L->n && (zh ? v[t].f : v[t].e) == f.p[k] &&
			     nk - from < (b - a) + LEARN_KEYS; t++) {
				if (reserve((void **)&keys, &cap, nk + 1,
				            sizeof *keys) < 0)
					goto out;
				keys[nk++] = make_key(v[t].key, CLS_LEARN,
				                      zero);
				st->mask[u] |= 1ull << (v[t].key >> 58);
			}
		if (nk >= UINT32_MAX) /* see key_push() */
			goto out;
		st->qoff[u] = (uint32_t)from;
		if (nk > from)
			vkey_sort(keys + from, nk - from);
	}
	st->qoff[st->n] = (uint32_t)nk;
	free(st->keys);
	st->keys = keys;
	st->nkeys = nk;
	st->capkeys = cap;
	store_trim(st);
	keys = NULL;
	rc = 0;
out:
	free(keys);
	free(f.p);
	return rc;
}

/* Learn word pairs from the first pass @p a and add them to both sentence
 * stores (see learn_lexicon()). */
static int learn_and_add(struct store *zs, struct store *es,
                         const struct zhen_alignment *a, const size_t *zf,
                         const size_t *ef, const zhen_align_side *zside,
                         const zhen_align_side *eside)
{
	struct learned L = { 0 };
	struct hset stop = { 0 };
	int rc;

	if ((rc = stopwords(&stop)) < 0 ||
	    (rc = learn_lexicon(&L, a, zf, ef, zside, eside, &stop)) < 0)
		goto out;
	if (L.n && ((rc = add_learned(zs, &L, zside, true, &stop)) < 0 ||
	            (rc = add_learned(es, &L, eside, false, &stop)) < 0 ||
	            (rc = weigh_tokens(zs, es)) < 0))
		goto out;
out:
	learned_free(&L);
	free(stop.h);
	return rc;
}

/* Paragraph runs of @p s: first[p] is the first sentence of paragraph p,
 * first[np] = s->n. */
static int paragraphs(size_t **first, size_t *np, const zhen_sentences *s)
{
	size_t n = 0, *p;

	*first = malloc((s->n + 1) * sizeof **first);
	if (!*first)
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < s->n; i++)
		if (i == 0 || s->c[i].para != s->c[i - 1].para)
			(*first)[n++] = i;
	(*first)[n] = s->n;
	*np = n;
	/* sized for a paragraph a sentence: give back the rest, the list
	 * lives through every program */
	if (n < s->n && (p = realloc(*first, (n + 1) * sizeof *p)))
		*first = p;
	return 0;
}

/* ---- moved paragraphs (align_moves.c asks, the costs answer) ---- */

struct move_ctx {
	const struct params *p;
	const struct side *z, *e;
};

static double move_pair(void *ctx, size_t zi, size_t ej, double *anchors,
                        double *fit)
{
	const struct move_ctx *m = ctx;
	size_t k11 = kind_of(1, 1);
	double c = bead_cost(m->p, m->z, m->e, NULL, NULL, k11, zi, ej);

	*anchors = shared(m->p, m->z, zi, 1, m->e, ej, 1, NULL, NULL);
	*fit = c + *anchors - m->p->prior[k11];
	return c;
}

/* The sentence beads pushed onto @p out from @p first on: moved. */
static void mark_moved(struct zhen_alignment *out, size_t first)
{
	for (size_t t = first; t < out->n; t++)
		out->b[t].moved = 1;
}

/* Sentences on each side of a paragraph bead above which its sentence
 * program runs in two passes, as a document's does. Real paragraphs hold a
 * few dozen sentences; a file of one line has them all in one bead. */
#define WINDOW_TWO_PASS 64

/*
 * The sentences of one paragraph bead. A short window takes one program
 * whose band may widen as far as it needs (it is small anyway). A long one
 * (a document written as one line) would widen that band over its whole
 * length wherever the sides do not match, every cell priced for every
 * bead shape with forward sums: a 1 MB line against a 2 MB one took 97 s.
 * It gets the documents' treatment instead: a coarse pass that finds the
 * path, then the full program in a narrow band around it that widens no
 * further than the coarse one ended.
 */
static int align_window(struct zhen_alignment *out, struct dp *d,
                        const struct side *zw, const struct side *ew,
                        const struct params *sp, size_t z0, size_t e0,
                        double scale)
{
	struct run coarse = { NULL, NCOARSE, BAND0, SIZE_MAX, false, 1 };
	struct run fine = { NULL, NKINDS, BAND_GUIDED, 0, true, scale };
	struct run one = { NULL, NKINDS, BAND0, SIZE_MAX, true, scale };
	struct zhen_alignment tmp = { 0 };
	size_t *guide = NULL;
	int rc;

	if (zw->n <= WINDOW_TWO_PASS && ew->n <= WINDOW_TWO_PASS)
		return align_units(out, d, zw, ew, sp, z0, e0, &one);
	if ((rc = align_units(&tmp, d, zw, ew, sp, 0, 0, &coarse)) < 0)
		goto out;
	fine.wmax = d->w;
	rc = ZHEN_ENOMEM;
	if ((fine.guide = guide = guide_from(&tmp, zw->n, ew->n)))
		rc = align_units(out, d, zw, ew, sp, z0, e0, &fine);
out:
	free(guide);
	free(tmp.b);
	return rc;
}

static int align_paragraphs(struct zhen_alignment *out, struct dp *d,
                            struct store *zs, struct store *es,
                            const zhen_align_side *zsd,
                            const zhen_align_side *esd, bool learn_words,
                            struct params *p)
{
	const zhen_sentences *zh = zsd->sentences, *en = esd->sentences;
	struct store zp = { 0 }, ep = { 0 };
	struct zhen_alignment top = { 0 }, tmp = { 0 };
	size_t *zf = NULL, *ef = NULL, *guide = NULL, nzp, nep;
	struct side zside, eside, zsent, esent;
	struct params sp;
	struct run coarse = { NULL, NCOARSE, BAND0, SIZE_MAX, false, 1 };
	struct run fine = { NULL, NKINDS, BAND_GUIDED_PARA, 0, true, 1 };
	int rc;

	if ((rc = paragraphs(&zf, &nzp, zh)) < 0 ||
	    (rc = paragraphs(&ef, &nep, en)) < 0 ||
	    (rc = store_paragraphs(&zp, zs, zf, nzp)) < 0 ||
	    (rc = store_paragraphs(&ep, es, ef, nep)) < 0)
		goto out;
	sentence_store_park(zs);
	sentence_store_park(es);
	zside = store_side(&zp);
	eside = store_side(&ep);
	set_priors(p, true);
	if ((rc = align_units(&tmp, d, &zside, &eside, p, 0, 0, &coarse)) < 0 ||
	    (rc = learn(p, &tmp, &zside, &eside)) < 0)
		goto out;
	fine.wmax = d->w; /* where the first pass's band ended */
	/* see first_pass_done() */
	first_pass_done(d);
	if (learn_words) {
		/* the paragraph units are rebuilt with the new keys */
		if ((rc = sentence_store_unpark(zs, &zp)) < 0 ||
		    (rc = sentence_store_unpark(es, &ep)) < 0)
			goto out;
		store_free(&zp);
		store_free(&ep);
		if ((rc = learn_and_add(zs, es, &tmp, zf, ef, zsd, esd)) < 0 ||
		    (rc = store_paragraphs(&zp, zs, zf, nzp)) < 0 ||
		    (rc = store_paragraphs(&ep, es, ef, nep)) < 0)
			goto out;
		sentence_store_park(zs);
		sentence_store_park(es);
		zside = store_side(&zp);
		eside = store_side(&ep);
	}
	rc = ZHEN_ENOMEM;
	if (!(guide = guide_from(&tmp, nzp, nep)))
		goto out;
	/* the first pass lives on in the guide: its beads go before the
	 * guided pass makes its own */
	free(tmp.b);
	tmp.b = NULL;
	fine.guide = guide;
	struct move_ctx mc = { p, &zside, &eside };
	struct zhen__move_probe probe = { &mc, move_pair, p->ad->move_gain,
	                                   p->ad->move_anchors,
	                                   p->ad->move_fit };
	if ((rc = align_units(&top, d, &zside, &eside, p, 0, 0, &fine)) < 0 ||
	    (rc = zhen__align_moves(&top, &probe)) < 0)
		goto out;
	/* What only the paragraph programs need goes before the sentence
	 * programs start: the workspace sized for a band over every
	 * paragraph (each window is small), the paragraph units, the
	 * guide. */
	dp_free(d);
	if ((rc = sentence_store_unpark(zs, &zp)) < 0 ||
	    (rc = sentence_store_unpark(es, &ep)) < 0)
		goto out;
	store_free(&zp);
	store_free(&ep);
	free(guide);
	guide = NULL;
	zsent = store_side(zs);
	esent = store_side(es);
	sp = *p;
	set_priors(&sp, false);
	for (size_t t = 0; t < top.n; t++) {
		const struct zhen__bead *b = &top.b[t];
		size_t z0 = zf[b->zh_first], z1 = zf[b->zh_first + b->zh_count];
		size_t e0 = ef[b->en_first], e1 = ef[b->en_first + b->en_count];
		struct side zw = side_window(&zsent, z0, z1 - z0);
		struct side ew = side_window(&esent, e0, e1 - e0);
		size_t first = out->n;

		if ((rc = align_window(out, d, &zw, &ew, &sp, z0, e0,
		                       b->confidence)) < 0)
			goto out;
		if (b->moved)
			mark_moved(out, first);
	}
out:
	free(guide);
	free(zf);
	free(ef);
	free(top.b);
	free(tmp.b);
	store_free(&zp);
	store_free(&ep);
	return rc;
}

int zhen_align(zhen_alignment **out, zhen_ctx *ctx, const zhen_sentences *zh,
               const zhen_quantities *const *zq, const zhen_sentences *en,
               const zhen_quantities *const *eq,
               const zhen_align_options *opts)
{
	zhen_align_side z = { NULL, 0, zh, zq }, e = { NULL, 0, en, eq };

	/* checked here too, so that the message names this function */
	if (!out)
		return zhen__einval(ctx, __func__, "out is NULL");
	*out = NULL;
	if (!zh || !en)
		return zhen__einval(ctx, __func__,
		                    !zh ? "zh is NULL" : "en is NULL");
	return zhen_align_sides(out, ctx, &z, &e, opts);
}

/* The sentences of a side with text lie inside it: their offsets are read
 * there. */
static bool side_fits(const zhen_align_side *s)
{
	for (size_t i = 0; s->text && i < zhen_sentences_count(s->sentences);
	     i++) {
		const zhen_sentence t = zhen__sent(s->sentences, i);
		if (t.off > s->len || t.len > s->len - t.off)
			return false;
	}
	return true;
}

/* A side's quantities as the public API gives them: one list a sentence. */
static const zhen_quantities *side_q(void *p, size_t i)
{
	const zhen_quantities *const *q = p;
	return q ? q[i] : NULL;
}

int zhen_align_sides(zhen_alignment **out, zhen_ctx *ctx,
                     const zhen_align_side *zside,
                     const zhen_align_side *eside,
                     const zhen_align_options *opts)
{
	/* the lists are only read: the cast only fits the getter's type */
	struct zhen__qsource zq = { side_q, zside ? (void *)(uintptr_t)
	                                            zside->quantities : NULL };
	struct zhen__qsource eq = { side_q, eside ? (void *)(uintptr_t)
	                                            eside->quantities : NULL };

	return zhen__align_sides_q(out, ctx, zside, eside, &zq, &eq, opts);
}

int zhen__align_sides_q(zhen_alignment **out, zhen_ctx *ctx,
                        const zhen_align_side *zside,
                        const zhen_align_side *eside,
                        const struct zhen__qsource *zqs,
                        const struct zhen__qsource *eqs,
                        const zhen_align_options *opts)
{
	static const zhen_align_options defaults = ZHEN_ALIGN_OPTIONS_INIT;
	struct store zs = { 0 }, es = { 0 };
	struct zhen_alignment *a = NULL, tmp = { 0 };
	size_t *guide = NULL;
	struct hset zt = { 0 };
	const zhen_lexicon *lex = NULL;
	bool learn_words;
	struct params p;
	struct dp d = { 0 };
	double tail[NTAIL + 1];
	struct zhen__align_data scratch;
	const struct zhen__align_data *ad;
	/* misuse is reported in the public function's name */
	static const char fn[] = "zhen_align_sides";
	int rc;

	if (!out)
		return zhen__einval(ctx, fn, "out is NULL");
	*out = NULL;
	if (!opts)
		opts = &defaults;
	if (!zside || !eside)
		return zhen__einval(ctx, fn,
		                    !zside ? "zh is NULL" : "en is NULL");
	if (!zside->sentences || !eside->sentences)
		return zhen__einval(ctx, fn, "a side's sentences are NULL");
	if (ZHEN__NO_BYTES(zside->text, zside->len) ||
	    ZHEN__NO_BYTES(eside->text, eside->len))
		return zhen__einval(ctx, fn, "a side's text is NULL");
	if (!side_fits(zside) || !side_fits(eside))
		return zhen__fail(ctx, ZHEN_EUSAGE, "%s: a sentence lies outside "
		                  "its side's text", fn);
	const zhen_sentences *zh = zside->sentences, *en = eside->sentences;

	/* older callers' options end before the fields they lack */
	if (opts->version < 1 || opts->version > ZHEN_ALIGN_OPTIONS_VERSION)
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "zhen_align: options version %u, expected %u",
		                  opts->version, ZHEN_ALIGN_OPTIONS_VERSION);
	if (!(opts->number_bonus >= 0) || isinf(opts->number_bonus))
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "zhen_align: number_bonus must be >= 0");
	if (opts->version >= 2)
		lex = opts->lexicon;
	learn_words = opts->version >= 3 && opts->learn_lexicon &&
	              zside->text && eside->text;
	if (!(ad = zhen__align_params(ctx, &scratch)))
		return ZHEN_EDICT;
	zs.ad = es.ad = ad;
	rc = ZHEN_ENOMEM;
	if (!(a = calloc(1, sizeof *a)) ||
	    store_sentences(&zs, zh, zqs, zside->text,
	                    zside->len, true, NULL, lex) < 0 ||
	    token_set(&zt, &zs) < 0 ||
	    store_sentences(&es, en, eqs, eside->text,
	                    eside->len, false, &zt, lex) < 0 ||
	    weigh_tokens(&zs, &es) < 0)
		goto out;
	/* the Chinese tokens only filtered the English store's */
	free(zt.h);
	zt.h = NULL;
	for (size_t k = 0; k <= NTAIL; k++)
		tail[k] = -log(erfc((double)k * TAIL_STEP / sqrt(2.0)));
	/* First guess: the ratio of the whole documents, and a variance that
	 * grows with its square. Counted in code points it is about 1.6 c^2
	 * on news and 1.8 c^2 on FLORES sentences; counted per script (with
	 * text) 0.9-1.1 c^2 on FLORES and 0.33 c^2 on corpus/hk-deal. The
	 * first pass then learns both from documents long enough. */
	p.c = zs.tot > 0 && es.tot > zs.tot2 ? (es.tot - zs.tot2) / zs.tot :
	      3.0;
	p.s2 = (zside->text && eside->text ? 1.0 : 1.6) * p.c * p.c;
	p.bonus[G_NUMBER] = opts->number_bonus;
	for (int g = G_TOKEN; g < NGROUPS; g++)
		p.bonus[g] = ad->bonus[g];
	for (int g = 0; g < NGROUPS; g++)
		p.cap[g] = ad->cap[g];
	p.cap[G_NUMBER] = NUMBER_CAP;
	p.ad = ad;
	for (size_t x = 1; x <= MAX_SPAN; x++)
		for (size_t y = 1; y <= MAX_SPAN; y++)
			for (int g = 0; g < NGROUPS; g++) {
				double chance = log((double)(x * y));

				p.each[x][y][g] = p.bonus[g] > chance ?
				                  p.bonus[g] - chance : 0;
			}
	p.tail = tail;
	if (opts->use_paragraphs) {
		rc = align_paragraphs(a, &d, &zs, &es, zside, eside, learn_words,
		                      &p);
	} else {
		struct side z = store_side(&zs), e = store_side(&es);
		struct run coarse = { NULL, NCOARSE, BAND0, SIZE_MAX, false,
		                      1 };
		struct run fine = { NULL, NKINDS, BAND_GUIDED, 0, true, 1 };

		set_priors(&p, false);
		if ((rc = align_units(&tmp, &d, &z, &e, &p, 0, 0,
		                      &coarse)) < 0)
			goto out;
		fine.wmax = d.w; /* where the first pass's band ended */
		first_pass_done(&d);
		if ((rc = learn(&p, &tmp, &z, &e)) < 0 ||
		    (learn_words && (rc = learn_and_add(&zs, &es, &tmp, NULL,
		                                        NULL, zside,
		                                        eside)) < 0))
			goto out;
		z = store_side(&zs);
		e = store_side(&es);
		rc = ZHEN_ENOMEM;
		if ((fine.guide = guide = guide_from(&tmp, zs.n, es.n))) {
			free(tmp.b); /* as in align_paragraphs() */
			tmp.b = NULL;
			rc = align_units(a, &d, &z, &e, &p, 0, 0, &fine);
		}
	}
	if (rc < 0)
		goto out;
	beads_trim(a);
	*out = a;
	a = NULL;
out:
	if (rc == ZHEN_ENOMEM)
		zhen__fail(ctx, rc, "zhen_align: out of memory");
	else if (rc == ZHEN_ERROR)
		zhen__fail(ctx, rc, "zhen_align: internal error: no path");
	dp_free(&d);
	free(tmp.b);
	free(guide);
	free(zt.h);
	store_free(&zs);
	store_free(&es);
	zhen_alignment_free(a);
	return rc;
}

void zhen_alignment_free(zhen_alignment *a)
{
	if (!a)
		return;
	free(a->b);
	free(atomic_load(&a->pub));
	free(a);
}

size_t zhen_alignment_count(const zhen_alignment *a)
{
	return a ? a->n : 0;
}

/* The public array, made on the first call from the kept one, as
 * zhen_sentences_get() does (zhen__publish()). A check's reports never
 * ask for it (they read zhen__bead()). */
const zhen_bead *zhen_alignment_get(const zhen_alignment *a, size_t i)
{
	if (!a || i >= a->n)
		return NULL;
	/* the object was made mutable (calloc); the array is a cache */
	struct zhen_alignment *m = (struct zhen_alignment *)a;
	zhen_bead *p = atomic_load(&m->pub);

	if (p)
		return &p[i];
	if (!(p = malloc(a->n * sizeof *p)))
		return NULL;
	for (size_t k = 0; k < a->n; k++)
		p[k] = zhen__bead(a, k);
	p = zhen__publish(&m->pub, p);
	return &p[i];
}
