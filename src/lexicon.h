/* lexicon.h: a bilingual word list for the aligner (lexicon.c); never
 * installed. */
#ifndef ZHEN_LEXICON_INTERNAL_H
#define ZHEN_LEXICON_INTERNAL_H

#include "internal.h"

/* A headword: its hash and the range of its English words in gloss[]. */
struct zhen__lex_slot {
	uint64_t key; /* 0: empty */
	size_t first, n;
};

struct zhen_lexicon {
	struct zhen__lex_slot *slot; /* open addressing, cap a power of 2 */
	size_t cap, used;
	uint64_t *gloss;             /* English word hashes of all entries */
	size_t ngloss, capgloss;
	uint64_t *words;             /* distinct gloss hashes, sorted */
	size_t nwords;
	size_t entries;
};

/* Longest headword looked up, in code points. */
#define ZHEN__LEX_MAXLEN 6

/** Hash of the Chinese headword [s, s+len). */
uint64_t zhen__lex_head_hash(const char *s, size_t len);
/** Hash of an English word [s, s+len) of ASCII letters: lower case, a
 *  plural -s dropped, so that gloss and text forms meet. */
uint64_t zhen__lex_word_hash(const char *s, size_t len);
/** Whether some entry glosses with the word of hash @p h. */
bool zhen__lex_has_word(const zhen_lexicon *l, uint64_t h);
/** Entries of headword hash @p key: call with *pos = 0 and repeat while it
 *  returns a slot. */
const struct zhen__lex_slot *zhen__lex_next(const zhen_lexicon *l,
                                            uint64_t key, size_t *pos);

#endif
