/* segment.c: sentences of a paragraph with ICU's sentence rules, and a
 * small merge step ICU cannot do from C (platform.md §4: the
 * FilteredBreakIterator builder is C++ only, and "en@ss=standard" still
 * breaks after Dr., U.S., e.g., Inc. …). */
#include "internal.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

/* What an entry of abbreviations.txt says about a break after it. */
enum ab_mark {
	AB_MID,     /* ends no sentence (Dr., e.g.) */
	AB_FINAL,   /* commonly ends one (etc., Inc.): kept before a capital */
	AB_CLAUSE,  /* ends one before a word that starts a clause (a.m.) */
	AB_STARTER  /* no abbreviation: a word that starts a clause (The) */
};

struct abbrev {
	char *s;
	size_t len;
	enum ab_mark mark;
	size_t order; /* load order: qsort is not stable, and a later entry
	                 (a user's --dict) must win over an earlier one */
};

struct zhen__segment_data {
	/* Opened on first use, then reused: "en@ss=standard" rebuilds its
	 * filter on every ubrk_open (0.35–0.7 ms). */
	UBreakIterator *bi[2];
	struct abbrev *ab; /* sorted by (len, bytes) for bsearch */
	size_t nab;
};

static const char *const locales[2] = {
	[ZHEN_LANG_ZH] = "zh",
	[ZHEN_LANG_EN] = "en@ss=standard",
};

static int abbrev_cmp(const void *a, const void *b)
{
	const struct abbrev *x = a, *y = b;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return memcmp(x->s, y->s, x->len);
}

static int abbrev_sort_cmp(const void *a, const void *b)
{
	const struct abbrev *x = a, *y = b;
	int c = abbrev_cmp(a, b);
	if (c)
		return c;
	return (x->order > y->order) - (x->order < y->order);
}

static void abbrevs_free(struct abbrev *ab, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(ab[i].s);
	free(ab);
}

/* An entry is ASCII letters and dots ending in a dot (a starter: letters
 * alone): the token scan in merge_abbrev() reads exactly that alphabet, so
 * anything else could never match and is more likely a mistake in the
 * file. */
static bool abbrev_valid(const char *s, size_t n, enum ab_mark m)
{
	if (n < 1 || n > 32 || (m == AB_STARTER) == (s[n - 1] == '.') ||
	    (m != AB_STARTER && n < 2))
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c != '.' && !(c >= 'a' && c <= 'z') &&
		    !(c >= 'A' && c <= 'Z'))
			return false;
	}
	return true;
}

/* The mark named by a line's second field, or AB_MID for none known. */
static enum ab_mark mark_of(const char *f, size_t n)
{
	static const struct { const char *name; enum ab_mark m; } marks[] = {
		{ "final", AB_FINAL }, { "clause", AB_CLAUSE },
		{ "starter", AB_STARTER },
	};
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strlen(marks[i].name) == n && !memcmp(f, marks[i].name, n))
			return marks[i].m;
	return AB_MID;
}

/* Parse @p text and merge it into ctx's list; on failure the list is
 * unchanged. Format: one abbreviation a line, optionally TAB final or
 * clause; or a word TAB starter. */
static int abbrevs_load(zhen_ctx *ctx, const char *name, const char *text,
                        size_t len)
{
	struct zhen__segment_data *d = ctx->segment;
	struct zhen__dict_iter it;
	size_t n = d->nab, cap = d->nab + 16, bad;
	struct abbrev *ab = malloc(cap * sizeof *ab);

	if (!ab)
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	if (zhen_utf8_check(text, len, &bad) < 0) {
		free(ab);
		return zhen__fail(ctx, ZHEN_EDICT,
		                  "%s: invalid text at byte %zu", name, bad);
	}
	/* Copy the old entries' strings so that a failure can discard the
	 * whole new list without touching the old one. */
	for (size_t i = 0; i < n; i++) {
		ab[i] = d->ab[i];
		ab[i].order = i;
		ab[i].s = malloc(ab[i].len + 1);
		if (!ab[i].s) {
			abbrevs_free(ab, i);
			return ZHEN_ENOMEM;
		}
		memcpy(ab[i].s, d->ab[i].s, ab[i].len + 1);
	}
	zhen__dict_iter_init(&it, text, len);
	while (zhen__dict_iter_next(&it)) {
		const char *s = it.field[0];
		size_t sl = it.flen[0];
		enum ab_mark mark = AB_MID;

		if (it.nfields == 2 && (mark = mark_of(it.field[1],
		                                       it.flen[1])) == AB_MID)
			goto bad_line;
		else if (it.nfields > 2)
			goto bad_line;
		if (!abbrev_valid(s, sl, mark))
			goto bad_line;
		if (n == cap) {
			struct abbrev *p = realloc(ab, 2 * cap * sizeof *p);
			if (!p)
				goto oom;
			ab = p;
			cap *= 2;
		}
		ab[n].s = malloc(sl + 1);
		if (!ab[n].s)
			goto oom;
		memcpy(ab[n].s, s, sl);
		ab[n].s[sl] = 0;
		ab[n].len = sl;
		ab[n].mark = mark;
		ab[n].order = n;
		n++;
		continue;
	bad_line:
		abbrevs_free(ab, n);
		/* the position goes with the error, so the caller can name
		 * the user's own file and line */
		return zhen__fail_at(ctx, ZHEN_EDICT, it.lineno, 0,
		                     "expected an abbreviation such as \"Dr.\", "
		                     "optionally TAB final or clause, or a word "
		                     "TAB starter (%s format)", name);
	}
	qsort(ab, n, sizeof *ab, abbrev_sort_cmp);
	/* A later entry for the same text replaces the earlier one's flag. */
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (k && !abbrev_cmp(&ab[k - 1], &ab[i])) {
			ab[k - 1].mark = ab[i].mark;
			free(ab[i].s);
			continue;
		}
		ab[k++] = ab[i];
	}
	abbrevs_free(d->ab, d->nab);
	d->ab = ab;
	d->nab = k;
	return 0;
oom:
	abbrevs_free(ab, n);
	return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
}

int zhen__segment_init(zhen_ctx *ctx)
{
	const struct zhen__dict *d = &zhen__dicts[ZHEN__DICT_ABBREVIATIONS];

	ctx->segment = calloc(1, sizeof *ctx->segment);
	if (!ctx->segment)
		return ZHEN_ENOMEM;
	return abbrevs_load(ctx, d->name, d->text, d->len);
}

void zhen__segment_fini(zhen_ctx *ctx)
{
	struct zhen__segment_data *d = ctx->segment;
	if (!d)
		return;
	for (int i = 0; i < 2; i++)
		if (d->bi[i])
			ubrk_close(d->bi[i]);
	abbrevs_free(d->ab, d->nab);
	free(d);
	ctx->segment = NULL;
}

int zhen__segment_add_dict(zhen_ctx *ctx, enum zhen__dict_id id,
                           const char *text, size_t len)
{
	if (id != ZHEN__DICT_ABBREVIATIONS)
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "'%s' is not a segmentation dictionary",
		                  zhen__dicts[id].name);
	return abbrevs_load(ctx, zhen__dicts[id].name, text, len);
}

static const struct abbrev *abbrev_find(const struct zhen__segment_data *d,
                                        const char *s, size_t n)
{
	struct abbrev key = { (char *)s, n, false, 0 };
	return bsearch(&key, d->ab, d->nab, sizeof *d->ab, abbrev_cmp);
}

/* ---- white space ---- */

/* Unicode White_Space: ASCII blanks, NBSP, U+3000 and the other spaces. */
static bool is_space(int32_t cp)
{
	/* ICU's answer for ASCII, without the call: every sentence's
	 * characters are counted with this */
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	/* nor for CJK punctuation, kana, Han (U+3001-9FFF) and the
	 * fullwidth forms (U+FF01-FFEF): assigned letters and punctuation,
	 * never White_Space (U+3000 is, and asks ICU). Every character
	 * of a Chinese document came here, and the ICU call was a third
	 * of counting them. */
	if ((cp > 0x3000 && cp <= 0x9FFF) || (cp >= 0xFF01 && cp <= 0xFFEF))
		return false;
	return u_isUWhiteSpace(cp);
}

/* ---- the merge step ---- */

static size_t skip_space(const char *s, size_t len, size_t i)
{
	while (i < len) {
		size_t k = i;
		if (!is_space(zhen__utf8_next(s, len, &k)))
			break;
		i = k;
	}
	return i;
}

/* The code point that ends at *i (> start); *i moves to its first byte. */
static int32_t prev_cp(const char *s, size_t start, size_t *i)
{
	size_t end = *i, j = end - 1;
	while (j > start && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	*i = j;
	return zhen__utf8_next(s, end, &j);
}

static size_t trim_end(const char *s, size_t start, size_t e)
{
	while (e > start) {
		size_t j = e;
		if (!is_space(prev_cp(s, start, &j)))
			break;
		e = j;
	}
	return e;
}

static bool is_han(int32_t cp)
{
	UErrorCode st = U_ZERO_ERROR;
	return cp >= 0x2E80 && uscript_getScript(cp, &st) == USCRIPT_HAN &&
	       U_SUCCESS(st);
}

/* The alphabet of abbreviations (see abbrev_valid()). */
static bool is_token_byte(char c)
{
	return c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_closing_quote(int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 ||
	       cp == 0xBB || cp == 0x300D || cp == 0x300F;
}

/* Should the ICU break at @p b be undone? [a, b) is the text before it,
 * up to the previous kept break; s[0, len) is the paragraph. */
static bool should_merge(const struct zhen__segment_data *d, zhen_lang lang,
                         const char *s, size_t len, size_t a, size_t b)
{
	size_t e = trim_end(s, a, b);
	size_t next = skip_space(s, len, b);
	int32_t nc;
	size_t k = next;

	if (e == a || next >= len)
		return false;
	nc = zhen__utf8_next(s, len, &k);

	/* "Really?" she asked. — ICU breaks after a ? or ! even when a
	 * lowercase word follows (its rules suppress that only after a
	 * period). Edited English starts a sentence with a capital, so the
	 * break goes, with or without a closing quote ("Yahoo! and Microsoft"
	 * is in FLORES). */
	if (lang == ZHEN_LANG_EN && u_islower(nc)) {
		size_t j = e;
		int32_t c = 0;
		while (j > a && is_closing_quote(c = prev_cp(s, a, &j)))
			;
		if (c == '?' || c == '!')
			return true;
	}

	/* A list number ("1. 營收增長", "2. Revenue grew") is no sentence:
	 * the piece so far is one to three digits and a period. */
	{
		size_t j = skip_space(s, e, a), nd = 0;
		while (j + nd < e && s[j + nd] >= '0' && s[j + nd] <= '9')
			nd++;
		if (nd >= 1 && nd <= 3 && j + nd + 1 == e && s[e - 1] == '.')
			return true;
	}

	/* A full-width stop between two Han characters separates the parts
	 * of a transliterated name ("湯姆．達克斯伯里" in FLORES), where
	 * Chinese style wants U+30FB; as a full stop it would be followed by
	 * a space or stand at the end of the paragraph. */
	if (lang == ZHEN_LANG_ZH && e == b && is_han(nc)) {
		size_t j = e;
		if (prev_cp(s, a, &j) == 0xFF0E && j > a &&
		    is_han(prev_cp(s, a, &j)))
			return true;
	}

	/* The token that ends right before the break: ASCII letters and dots,
	 * not glued to a preceding letter or digit ("bn." after "6.0" is not
	 * "bn."'s business; "國Dr." still reads Dr.). */
	/* "(Truex, Jr.) 分别" in FLORES: look through closing brackets. */
	while (e > a && (s[e - 1] == ')' || s[e - 1] == ']'))
		e--;
	if (e == a || s[e - 1] != '.')
		return false;
	size_t t = e;
	while (t > a && is_token_byte(s[t - 1]))
		t--;
	if (t > a && s[t - 1] >= '0' && s[t - 1] <= '9')
		return false;
	/* An initial between capitalised words ("J. K. Rowling", "George W.
	 * Bush") is part of a name; after a lowercase word ("got an A. Then")
	 * it ends a sentence. "Plan B. Then" loses its break (rarer). */
	if (lang == ZHEN_LANG_EN && e - t == 2 && s[t] >= 'A' && s[t] <= 'Z' &&
	    (u_isupper(nc) || u_istitle(nc))) {
		size_t p = t;
		while (p > a && (s[p - 1] == ' ' || s[p - 1] == '\t'))
			p--;
		while (p > a && s[p - 1] != ' ' && s[p - 1] != '\t')
			p--;
		if (p == t || (s[p] >= 'A' && s[p] <= 'Z'))
			return true;
	}
	const struct abbrev *ab = abbrev_find(d, s + t, e - t);
	if (!ab || ab->mark == AB_STARTER)
		return false;
	if (ab->mark == AB_MID)
		return true;
	/* a.m. and p.m. end a sentence before a word that starts a clause
	 * ("at 10 a.m. They signed"), not before a name ("at 10 a.m.
	 * Saturday", "9 a.m. Beijing time") */
	if (ab->mark == AB_CLAUSE) {
		size_t w = next;
		while (w < len && is_token_byte(s[w]) && s[w] != '.')
			w++;
		const struct abbrev *st = abbrev_find(d, s + next, w - next);
		return !(st && st->mark == AB_STARTER &&
		         (w == len || !is_token_byte(s[w])));
	}
	/* etc., Inc., Ltd., Co. and Corp. often end a sentence: keep ICU's
	 * break before a capitalised word ("Apple Inc. The deal"), unless
	 * that word is itself an abbreviation ("Co. Ltd."). */
	if (!u_isupper(nc) && !u_istitle(nc))
		return true;
	size_t w = next;
	while (w < len && is_token_byte(s[w]))
		w++;
	return w > next && s[w - 1] == '.' &&
	       abbrev_find(d, s + next, w - next);
}

/* ---- splitting ---- */

/* UAX #29 counts opening brackets and quotes as Close, so with no space
 * after the terminator ICU leaves them on the sentence before:
 * "他走了。「好。」" splits as "他走了。「" + "好。」". Move such a break
 * back before the run of openers (general category Ps or Pi) that ends the
 * piece [a, b), when something other than openers precedes them. */
static size_t before_openers(const char *s, size_t a, size_t b)
{
	size_t e = trim_end(s, a, b), j = e;
	while (j > a) {
		size_t k = j;
		int8_t t = u_charType(prev_cp(s, a, &k));
		if (t != U_START_PUNCTUATION && t != U_INITIAL_PUNCTUATION)
			break;
		j = k;
	}
	return j == e || j == a ? b : j;
}

static int get_iter(UBreakIterator **out, zhen_ctx *ctx, zhen_lang lang)
{
	struct zhen__segment_data *d = ctx->segment;
	UErrorCode st = U_ZERO_ERROR;

	if (!d->bi[lang]) {
		d->bi[lang] = ubrk_open(UBRK_SENTENCE, locales[lang], NULL, 0,
		                        &st);
		/* "zh" answers U_USING_DEFAULT_WARNING: only failures count. */
		if (U_FAILURE(st)) {
			char what[48];
			d->bi[lang] = NULL;
			snprintf(what, sizeof what, "ICU sentence iterator for %s",
			         locales[lang]);
			return zhen__icu_fail(ctx, st, what);
		}
	}
	*out = d->bi[lang];
	return 0;
}

/* The ASCII white space bytes (is_space()) among eight ASCII bytes,
 * without a branch: a zero test on x ^ "        " and a range test
 * 9 <= c <= 13 by two sums, carry-free since no byte has its high bit. */
static size_t ascii_spaces8(uint64_t x)
{
	const uint64_t hi = 0x8080808080808080u, lo7 = 0x7F7F7F7F7F7F7F7Fu;
	uint64_t t = x ^ 0x2020202020202020u;
	uint64_t sp = ~(((t & lo7) + lo7) | t | lo7);
	uint64_t ctl = (x + 0x7777777777777777u) &
	               ~(x + 0x7272727272727272u) & hi;
	return zhen__count_top8((sp | ctl) & hi);
}

/* The code points of s[a, b) that are not white space: eight ASCII
 * bytes a step, since every sentence of both documents is counted. */
static size_t count_chars(const char *s, size_t a, size_t b)
{
	size_t n = 0;
	for (size_t i = a; i < b;) {
		uint64_t x;
		if (b - i >= 8 &&
		    (memcpy(&x, s + i, 8), !(x & 0x8080808080808080u))) {
			n += 8 - ascii_spaces8(x);
			i += 8;
		} else if (!is_space(zhen__utf8_next(s, b, &i))) {
			n++;
		}
	}
	return n;
}

/* Emit [a, b) of s, trimmed, as sentence number *index of paragraph para
 * (its offsets shifted by base); white space alone yields nothing. */
static int emit(struct zhen_sentences *l, const char *s, size_t a, size_t b,
                size_t base, size_t para, size_t *index)
{
	a = skip_space(s, b, a);
	b = trim_end(s, a, b);
	if (a == b)
		return 0;
	zhen_sentence x = { base + a, b - a, para, *index, 0 };
	x.nchars = count_chars(s, a, b);
	(*index)++;
	return zhen__sentences_push(l, &x);
}

/* Chinese ； and …… are no terminators for ICU, and mostly rightly so
 * ("是的；我們確認了……他說"), but when a quotation opens right after them
 * a new sentence begins: "他想了想……「好吧。」". The first such break
 * inside [a, b), or b. */
static size_t quote_after_pause(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i < b;) {
		const unsigned char *u = (const unsigned char *)s + i;
		/* what zhen__utf8_next() would decode to neither: ASCII, and
		 * a whole three-byte sequence of another lead than E2 (…)
		 * or EF (；), the bulk of Chinese text, skipped undecoded */
		if (u[0] < 0x80) {
			i++;
			continue;
		}
		if (u[0] >= 0xE1 && u[0] <= 0xEE && u[0] != 0xED &&
		    u[0] != 0xE2 && i + 2 < b && (u[1] & 0xC0) == 0x80 &&
		    (u[2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		int32_t c = zhen__utf8_next(s, b, &i);
		if (c != 0xFF1B && c != 0x2026)
			continue;
		while (c == 0x2026 && i < b) {
			size_t k = i;
			if (zhen__utf8_next(s, b, &k) != 0x2026)
				break;
			i = k;
		}
		size_t j = skip_space(s, b, i), k = j;
		if (j >= b)
			return b;
		int32_t q = zhen__utf8_next(s, b, &k);
		if (q == 0x300C || q == 0x300E || q == 0x201C)
			return i;
	}
	return b;
}

/* emit(), cutting Chinese pieces once more after a pause before a
 * quotation. */
static int emit_pieces(struct zhen_sentences *l, const char *s, size_t a,
                       size_t b, size_t base, size_t para, size_t *index,
                       zhen_lang lang)
{
	int rc = 0;
	while (lang == ZHEN_LANG_ZH && rc == 0) {
		size_t m = quote_after_pause(s, a, b);
		if (m >= b)
			break;
		rc = emit(l, s, a, m, base, para, index);
		a = m;
	}
	return rc < 0 ? rc : emit(l, s, a, b, base, para, index);
}

static int split(struct zhen_sentences *l, zhen_ctx *ctx, const char *s,
                 size_t len, size_t base, size_t para, zhen_lang lang)
{
	UText ut = UTEXT_INITIALIZER;
	UErrorCode st = U_ZERO_ERROR;
	UBreakIterator *bi;
	size_t index = 0;
	int rc;

	if ((unsigned)lang > ZHEN_LANG_EN)
		return zhen__fail(ctx, ZHEN_EUSAGE, "unknown language %d",
		                  (int)lang);
	if (len > INT32_MAX)
		return zhen__fail(ctx, ZHEN_EICU,
		                  "paragraph of %zu bytes is too long for ICU",
		                  len);
	if ((rc = get_iter(&bi, ctx, lang)) < 0)
		return rc;
	utext_openUTF8(&ut, s, (int64_t)len, &st);
	ubrk_setUText(bi, &ut, &st);
	if (U_FAILURE(st)) {
		utext_close(&ut);
		return zhen__icu_fail(ctx, st, "ICU sentence break");
	}
	size_t a = 0;
	rc = 0;
	for (int32_t b = ubrk_first(bi); (b = ubrk_next(bi)) != UBRK_DONE;) {
		size_t cut = (size_t)b;
		if (cut < len &&
		    should_merge(ctx->segment, lang, s, len, a, cut))
			continue;
		/* Only after a terminator, not at a hard break. */
		if (cut < len &&
		    ubrk_getRuleStatus(bi) < UBRK_SENTENCE_TERM_LIMIT)
			cut = before_openers(s, a, cut);
		if ((rc = emit_pieces(l, s, a, cut, base, para, &index, lang)) < 0)
			break;
		a = cut;
	}
	if (!rc && a < len)
		rc = emit_pieces(l, s, a, len, base, para, &index, lang);
	/* The iterator keeps a shallow clone of ut pointing at s; point it at
	 * nothing so a stale pointer never outlives this call. */
	ubrk_setText(bi, NULL, 0, &st);
	utext_close(&ut);
	return rc;
}

static int finish(zhen_sentences **out, zhen_ctx *ctx,
                  struct zhen_sentences *l, int rc)
{
	struct zhen__sent *t;

	if (rc < 0) {
		zhen_sentences_free(l);
		return zhen__oom_note(ctx, rc);
	}
	/* the list lives as long as the result: what its doubling left
	 * over (up to half) goes back */
	if (l->n && l->n < l->cap && (t = realloc(l->c, l->n * sizeof *t))) {
		l->c = t;
		l->cap = l->n;
	}
	*out = l;
	return 0;
}

int zhen_segment(zhen_sentences **out, zhen_ctx *ctx, const zhen_doc *doc,
                 zhen_lang lang)
{
	struct zhen_sentences *l;
	size_t len, np = zhen_doc_paragraph_count(doc);
	const char *bytes = zhen_doc_bytes(doc, &len);
	int rc = 0;

	if (!out)
		return zhen__einval(ctx, __func__, "out is NULL");
	*out = NULL;
	if (!ctx || !doc)
		return zhen__einval(ctx, __func__,
		                    !ctx ? "ctx is NULL" : "doc is NULL");
	if (lang != ZHEN_LANG_ZH && lang != ZHEN_LANG_EN)
		return zhen__fail(ctx, ZHEN_EUSAGE, "unknown language %d",
		                  (int)lang);
	if (!(l = calloc(1, sizeof *l)))
		return zhen__oom_note(ctx, ZHEN_ENOMEM);
	for (size_t i = 0; i < np && rc >= 0; i++) {
		const zhen_paragraph *p = zhen_doc_paragraph(doc, i);
		rc = split(l, ctx, bytes + p->off, p->len, p->off, i, lang);
	}
	return finish(out, ctx, l, rc);
}

int zhen_segment_text(zhen_sentences **out, zhen_ctx *ctx, const char *text,
                      size_t len, zhen_lang lang)
{
	struct zhen_sentences *l;

	int rc;

	if (out)
		*out = NULL;
	if ((rc = zhen__text_args(ctx, __func__, out, text, len, "text")) < 0)
		return rc;
	if (lang != ZHEN_LANG_ZH && lang != ZHEN_LANG_EN)
		return zhen__fail(ctx, ZHEN_EUSAGE, "unknown language %d",
		                  (int)lang);
	if (!(l = calloc(1, sizeof *l)))
		return zhen__oom_note(ctx, ZHEN_ENOMEM);
	return finish(out, ctx, l, split(l, ctx, text, len, 0, 0, lang));
}

void zhen_sentences_free(zhen_sentences *s)
{
	if (!s)
		return;
	free(s->c);
	free(atomic_load(&s->pub));
	free(s);
}

size_t zhen_sentences_count(const zhen_sentences *s)
{
	return s ? s->n : 0;
}

/* The public array, made on the first call from the compact one; two
 * threads may both make it (zhen__publish()). */
const zhen_sentence *zhen_sentences_get(const zhen_sentences *s, size_t i)
{
	if (!s || i >= s->n)
		return NULL;
	/* the object was made mutable (calloc); the array is a cache */
	struct zhen_sentences *m = (struct zhen_sentences *)s;
	zhen_sentence *p = atomic_load(&m->pub);

	if (p)
		return &p[i];
	if (!(p = malloc(s->n * sizeof *p)))
		return NULL;
	for (size_t k = 0; k < s->n; k++)
		p[k] = zhen__sent(s, k);
	p = zhen__publish(&m->pub, p);
	return &p[i];
}
