/* numbers/scan.c: what every construction shares: emitting a quantity with
 * its source span, small tests of the text around a figure, trying a table
 * of constructions in turn. */
#include "reader.h"

/* The source offset of s[a]: of the code point that contains it, as
 * zhen__text's map gives it. */
static size_t src_at(const struct scan *sc, size_t a)
{
	if (sc->map)
		return sc->map[a];
	if (!sc->cpoff)
		return a;
	size_t lo = 0, hi = sc->ncp;
	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2;
		if (sc->cpoff[mid] <= a)
			lo = mid;
		else
			hi = mid - 1;
	}
	return sc->cpsrc[lo];
}

int nr_emit(struct scan *sc, size_t a, size_t b, zhen_quantity *q)
{
	int rc;
	q->start = src_at(sc, a) + sc->base;
	q->end = src_at(sc, b) + sc->base;
	if (sc->out->n * 2 + 2 > sc->aoff_cap) {
		size_t nc = sc->aoff_cap ? sc->aoff_cap * 2 : 32;
		size_t *p = realloc(sc->aoff, nc * sizeof *p);
		if (!p)
			return ZHEN_ENOMEM;
		sc->aoff = p;
		sc->aoff_cap = nc;
	}
	sc->aoff[sc->out->n * 2] = a;
	sc->aoff[sc->out->n * 2 + 1] = b;
	if ((rc = zhen__quantities_push(sc->out, q)) < 0)
		return rc;
	sc->lo = b;
	return 0;
}

int nr_emit_latent(struct scan *sc, size_t a, size_t b, zhen_quantity *q)
{
	if (!sc->latent)
		return 0;
	q->start = src_at(sc, a) + sc->base;
	q->end = src_at(sc, b) + sc->base;
	q->flags |= ZHEN_QF_LATENT;
	return zhen__quantities_push(sc->latent, q);
}

void nr_set_code(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = 0;
}

bool nr_small_int(zhen_decimal v, int64_t lo, int64_t hi, int64_t *out)
{
	int64_t x = v.coef;
	if (v.exp < 0 || v.exp > 4)
		return false;
	/* an 18-digit coefficient times 10^4 would overflow: such a value is
	 * out of any small range anyway */
	if (x > INT64_MAX / 10000 || x < -(INT64_MAX / 10000))
		return false;
	for (int i = 0; i < v.exp; i++)
		x *= 10;
	if (x < lo || x > hi)
		return false;
	*out = x;
	return true;
}

/* One space, ASCII or no-break (reader.h). */
size_t nr_sp(const char *s, size_t len, size_t i)
{
	if (i < len && s[i] == ' ')
		return i + 1;
	/* a no-break space, which typesetters and CAT tools put between a
	 * figure and its word ("RMB 12.5&#160;billion") to keep them on one
	 * line: the same space to the reader */
	if (i + 1 < len && (unsigned char)s[i] == 0xC2 &&
	    (unsigned char)s[i + 1] == 0xA0)
		return i + 2;
	return i;
}

size_t nr_sp_back(const char *s, size_t lo, size_t k)
{
	if (k > lo && s[k - 1] == ' ')
		return k - 1;
	if (k >= lo + 2 && (unsigned char)s[k - 2] == 0xC2 &&
	    (unsigned char)s[k - 1] == 0xA0)
		return k - 2;
	return k;
}

/* Whether @p t (a dictionary text) occurs in @p s, at word boundaries
 * when it starts or ends with a letter or digit. */
bool nr_text_in(const char *s, size_t len, const char *t, size_t n)
{
	for (size_t i = 0; n && i + n <= len; i++)
		if (eq_ci(s + i, t, n) &&
		    (!is_alnum(t[0]) || i == 0 || !is_alnum(s[i - 1])) &&
		    (!is_alnum(t[n - 1]) || i + n == len || !is_alnum(s[i + n])))
			return true;
	return false;
}

/* Scale @p q by nr_glued()'s or a magnitude word's *magexp: a magnitude
 * (1.1bn), hundredths for basis points, or nothing (< 0). */
void nr_scale_by(zhen_quantity *q, int magexp)
{
	if (magexp == GLUED_BP) {
		q->value = zhen__dec_scale(q->value, -2);
		q->precision -= 2;
	} else if (magexp >= 0) {
		q->value = zhen__dec_scale(q->value, magexp);
		q->precision += magexp;
		q->flags |= ZHEN_QF_MAGNITUDE;
	}
}

/* A right single quotation mark (U+2019, the apostrophe of '90s as
 * typeset) at s[i, i + 3). */
bool nr_is_rquote(const char *s, size_t i)
{
	return (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	       (unsigned char)s[i + 2] == 0x99;
}

/* A capitalised number word (@p a to @p b) inside a sentence, before
 * another capitalised word: "the game Six Days in Fallujah", "the Thirty
 * Years' War", "the 14th Five-Year Plan". Still read (the other side may
 * write it, 三十年战争), but never reported alone. */
/* A word ends just before @p p (spaces skipped), after which a name may
 * start mid-sentence. The word before may end the last figure read:
 * look past lo. */
static bool word_before(const char *s, size_t p)
{
	while (p > 0 && s[p - 1] == ' ')
		p--;
	return p > 0 && (is_alnum(s[p - 1]) || s[p - 1] == ',');
}

/* The capitalised word that ends just before @p a ("Nineteen" before
 * "Eighty-Four"), itself mid-sentence. */
static bool capital_before(const char *s, size_t a)
{
	size_t p = a;
	if (p < 2 || s[p - 1] != ' ' || !is_alnum(s[p - 2]))
		return false;
	p--;
	while (p > 0 && (is_alnum(s[p - 1]) || s[p - 1] == '-'))
		p--;
	return s[p] >= 'A' && s[p] <= 'Z' && word_before(s, p);
}

/* Whether the line around @p a (newline to newline: a row, a cell, a
 * heading) is nothing but capitalised number words that read as two
 * figures or more, punctuation aside: "Nineteen Eighty-Four" standing
 * alone is a title (no word before it says so), since English never
 * writes one figure as two runs of words; "Twenty-Five" or "Three"
 * alone stays a figure. */
static bool line_of_names(struct scan *sc, size_t a)
{
	const char *s = sc->s;
	size_t p = a, runs = 0;
	struct num r;
	bool ro;

	while (p > 0 && s[p - 1] != '\n')
		p--;
	while (p < sc->len && s[p] != '\n') {
		if (is_digit(s[p]))
			return false;
		if (!is_alpha(s[p])) {
			p++;
			continue;
		}
		if (!(s[p] >= 'A' && s[p] <= 'Z') ||
		    !nr_read_en_words(sc, p, &r, &ro) || r.b <= p ||
		    (r.b < sc->len && is_alpha(s[r.b])))
			return false;
		runs++;
		p = r.b;
	}
	return runs >= 2;
}

bool nr_in_name(struct scan *sc, size_t a, size_t b)
{
	const char *s = sc->s;
	if (!(s[a] >= 'A' && s[a] <= 'Z'))
		return false;
	/* the last word of a title: "I read Nineteen Eighty-Four." */
	if (capital_before(s, a))
		return true;
	if (b + 1 < sc->len && (s[b] == ' ' || s[b] == '-') &&
	    s[b + 1] >= 'A' && s[b + 1] <= 'Z' && word_before(s, a))
		return true;
	return line_of_names(sc, a);
}

/* "On " or "on " just before @p i. */
bool nr_on_before(const char *s, size_t i)
{
	return i >= 3 && (s[i - 3] == 'O' || s[i - 3] == 'o') &&
	       s[i - 2] == 'n' && s[i - 1] == ' ' &&
	       (i == 3 || !is_alnum(s[i - 4]));
}

/* M/N to six decimals: both languages round a fraction the same way, so
 * 三分之一 and "one-third" compare equal. */
zhen_decimal nr_fraction_value(zhen_decimal num, zhen_decimal den)
{
	int64_t m, n;
	if (den.coef == 1 && den.exp > 0)
		return zhen__dec(num.coef, num.exp - den.exp); /* 亿分之一 */
	if (!nr_small_int(num, 0, 999999, &m) || !nr_small_int(den, 1, 999999, &n))
		return zhen__dec(0, 0);
	return zhen__dec((m * 1000000 + n / 2) / n, -6);
}

int nr_try_at(nr_at_construction *const *c, size_t n, struct scan *sc,
              size_t i, size_t *next)
{
	for (size_t k = 0; k < n; k++) {
		int rc = c[k](sc, i, next);
		if (rc != NR_NONE)
			return rc;
	}
	return NR_NONE;
}

int nr_try(nr_construction *const *c, size_t n, struct scan *sc,
           struct fig *f, size_t *next)
{
	for (size_t k = 0; k < n; k++) {
		int rc = c[k](sc, f, next);
		if (rc != NR_NONE)
			return rc;
	}
	return NR_NONE;
}
