/* lexicon.c: a bilingual word list in the CC-CEDICT text format, read for
 * the aligner's lexical anchors.
 *
 * A CC-CEDICT line is "TRAD SIMP [pin1 yin1] /gloss/gloss/". Both
 * headwords are indexed, so the Chinese is looked up as written,
 * Traditional or Simplified. Of the glosses only the English words are
 * kept, as hashes: the aligner asks whether a sentence pair shares a word
 * and its translation, never what the word means. */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

uint64_t zhen__lex_head_hash(const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325u;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
	h = zhen__mix64(h);
	return h ? h : 1; /* 0 marks an empty slot */
}

uint64_t zhen__lex_word_hash(const char *s, size_t len)
{
	uint64_t h = 0x84222325cbf29ce4u;

	/* "companies" and "company" stay apart, "shares" and "share" meet:
	 * enough to match glosses, which are mostly in the base form */
	if (len > 4 && (s[len - 1] | 0x20) == 's' && (s[len - 2] | 0x20) != 's')
		len--;
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)(s[i] | 0x20)) * 0x100000001b3u;
	return zhen__mix64(h);
}

static int u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

bool zhen__lex_has_word(const zhen_lexicon *l, uint64_t h)
{
	return l && l->nwords &&
	       bsearch(&h, l->words, l->nwords, sizeof h, u64_cmp);
}

const struct zhen__lex_slot *zhen__lex_next(const zhen_lexicon *l,
                                            uint64_t key, size_t *pos)
{
	/* *pos is the slot to look at next, plus one; 0 starts the probe.
	 * The table is at most half full, so an empty slot ends it. */
	size_t i = *pos ? *pos - 1 : key & (l ? l->cap - 1 : 0);

	if (!l || !l->cap)
		return NULL;
	for (; l->slot[i].key; i = (i + 1) & (l->cap - 1))
		if (l->slot[i].key == key) {
			*pos = ((i + 1) & (l->cap - 1)) + 1;
			return &l->slot[i];
		}
	return NULL;
}

static int grow_slots(zhen_lexicon *l)
{
	size_t cap = l->cap ? 2 * l->cap : 1024;
	struct zhen__lex_slot *s = calloc(cap, sizeof *s);

	if (!s)
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < l->cap; i++) {
		size_t k;

		if (!l->slot[i].key)
			continue;
		for (k = l->slot[i].key & (cap - 1); s[k].key;
		     k = (k + 1) & (cap - 1))
			;
		s[k] = l->slot[i];
	}
	free(l->slot);
	l->slot = s;
	l->cap = cap;
	return 0;
}

static int add_head(zhen_lexicon *l, const char *s, size_t len, size_t first,
                    size_t n)
{
	uint64_t key = zhen__lex_head_hash(s, len);
	size_t k;

	if (2 * (l->used + 1) > l->cap && grow_slots(l) < 0)
		return ZHEN_ENOMEM;
	for (k = key & (l->cap - 1); l->slot[k].key; k = (k + 1) & (l->cap - 1))
		;
	l->slot[k] = (struct zhen__lex_slot){ key, first, n };
	l->used++;
	return 0;
}

static int add_word(zhen_lexicon *l, uint64_t h)
{
	if (l->ngloss == l->capgloss) {
		size_t cap = l->capgloss ? 2 * l->capgloss : 4096;
		uint64_t *p = realloc(l->gloss, cap * sizeof *p);

		if (!p)
			return ZHEN_ENOMEM;
		l->gloss = p;
		l->capgloss = cap;
	}
	l->gloss[l->ngloss++] = h;
	return 0;
}

static bool starts(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && !memcmp(s, prefix, k);
}

static bool contains(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = 0; i + k <= n; i++)
		if (!memcmp(s + i, needle, k))
			return true;
	return false;
}

static bool is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * The English words of one gloss. Glosses that only point elsewhere
 * (classifiers "CL:個|个[ge4]", "variant of X", "see X", "surname X",
 * "abbr. for X") carry no translation and are skipped, as are words in
 * parentheses ("(of a person) tall": the note is not the translation) and
 * words under three letters, which any sentence holds.
 */
static int add_gloss(zhen_lexicon *l, const char *g, size_t n)
{
	int depth = 0;

	if (starts(g, n, "CL:") || starts(g, n, "see ") ||
	    starts(g, n, "surname ") || starts(g, n, "abbr. ") ||
	    contains(g, n, "variant of"))
		return 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;

		if (g[i] == '(' || g[i] == '[')
			depth++;
		else if ((g[i] == ')' || g[i] == ']') && depth)
			depth--;
		if (!is_letter(g[i])) {
			i++;
			continue;
		}
		while (j < n && is_letter(g[j]))
			j++;
		if (!depth && j - i >= 3 && add_word(l, zhen__lex_word_hash(
		                                g + i, j - i)) < 0)
			return ZHEN_ENOMEM;
		i = j;
	}
	return 0;
}

static size_t codepoints(const char *s, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

/* One line "TRAD SIMP [pinyin] /g1/g2/"; false when it is not one. */
static int add_line(zhen_lexicon *l, const char *s, size_t n, bool *ok)
{
	const char *sp1 = memchr(s, ' ', n), *sp2, *br, *sl;
	size_t first = l->ngloss, end;
	int rc;

	*ok = false;
	if (!sp1 || !(sp2 = memchr(sp1 + 1, ' ', n - (size_t)(sp1 + 1 - s))) ||
	    !(br = memchr(sp2, ']', n - (size_t)(sp2 - s))) ||
	    !(sl = memchr(br, '/', n - (size_t)(br - s))))
		return 0;
	*ok = true;
	end = n;
	while (end > 0 && (s[end - 1] == '/' || s[end - 1] == ' ' ||
	                   s[end - 1] == '\r'))
		end--;
	for (const char *g = sl + 1; g < s + end;) {
		const char *e = memchr(g, '/', (size_t)(s + end - g));

		if (!e)
			e = s + end;
		if ((rc = add_gloss(l, g, (size_t)(e - g))) < 0)
			return rc;
		g = e + 1;
	}
	if (l->ngloss == first)
		return 0;
	/* a single character is too ambiguous to anchor anything (的, 了,
	 * 行); longer headwords than the lookup window are never reached */
	for (int h = 0; h < 2; h++) {
		const char *w = h ? sp1 + 1 : s;
		size_t wl = h ? (size_t)(sp2 - sp1 - 1) : (size_t)(sp1 - s);
		size_t cps = codepoints(w, wl);

		if (h && wl == (size_t)(sp1 - s) && !memcmp(w, s, wl))
			break;
		if (cps >= 2 && cps <= ZHEN__LEX_MAXLEN &&
		    (rc = add_head(l, w, wl, first, l->ngloss - first)) < 0)
			return rc;
	}
	l->entries++;
	return 0;
}

static int finish(zhen_lexicon *l)
{
	l->words = malloc((l->ngloss + 1) * sizeof *l->words);
	if (!l->words)
		return ZHEN_ENOMEM;
	zhen__memcpy(l->words, l->gloss, l->ngloss * sizeof *l->words);
	zhen__qsort(l->words, l->ngloss, sizeof *l->words, u64_cmp);
	for (size_t k = 0; k < l->ngloss; k++)
		if (!l->nwords || l->words[l->nwords - 1] != l->words[k])
			l->words[l->nwords++] = l->words[k];
	return 0;
}

int zhen_lexicon_read(zhen_lexicon **out, zhen_ctx *ctx, const char *text,
                      size_t len)
{
	zhen_lexicon *l;
	size_t line = 0;
	int rc = 0;

	if (!out)
		return zhen__einval(ctx, __func__, "out is NULL");
	*out = NULL;
	if (ZHEN__NO_BYTES(text, len))
		return zhen__einval(ctx, __func__, "text is NULL");
	if (!(l = calloc(1, sizeof *l)))
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	for (size_t i = 0; i < len;) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - text) : len, n = e - i;
		bool ok;

		line++;
		if (n && text[i] != '#' &&
		    !(n == 1 && text[i] == '\r')) {
			if ((rc = add_line(l, text + i, n, &ok)) < 0)
				goto fail;
			if (!ok) {
				/* the line is the position: the CLI prints
				 * FILE:LINE before the message */
				rc = zhen__fail_at(ctx, ZHEN_EDICT, line, i,
				                   "not a CC-CEDICT entry "
				                   "\"TRAD SIMP [pinyin] /gloss/\"");
				goto fail;
			}
		}
		i = e + 1;
	}
	if ((rc = finish(l)) < 0)
		goto fail;
	*out = l;
	return 0;
fail:
	if (rc == ZHEN_ENOMEM)
		zhen__fail(ctx, rc, "zhen_lexicon_read: out of memory");
	zhen_lexicon_free(l);
	return rc;
}

size_t zhen_lexicon_count(const zhen_lexicon *l)
{
	return l ? l->entries : 0;
}

void zhen_lexicon_free(zhen_lexicon *l)
{
	if (!l)
		return;
	free(l->slot);
	free(l->gloss);
	free(l->words);
	free(l);
}
