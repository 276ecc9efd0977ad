/* Fuzz target: the aligner on documents of structured shapes. The input
 * decodes into two sentence lists of independent lengths (0-2,000 each), so
 * that shapes like 1 against 69 come in the first seconds rather than
 * never; the bytes after the header choose each sentence's form (a figure,
 * a long one, a paragraph break). Invariants: the beads cover every
 * sentence of each side exactly once; the Chinese in order, the English in
 * order outside moved beads; confidences within 0..1. Not 5,000 a side:
 * with ASan and the fuzzer's coverage hooks the dynamic program runs some
 * 40 times slower than a release build (5,000 against 5,000 unrelated
 * sentences: 0.6 s there, 25 s here), so every such unit timed out and the
 * run made one execution a second; the large shapes' time is
 * bench/speed_docs.py --worst's, and tests/hostile's 1 against 5,000. */
#include <stdint.h>
#include <string.h>

#include "fuzz_check.h"

enum { MAX_SENTENCES = 2000 };

static const char *const zh_forms[] = {
	"營收%u億元。", "公司表示，將持續投資。", "第%u季毛利率為%u.%u％。",
	"他說：「是的。」", "共有%u名員工，增長%u%%。", "。", "百分之%u。",
	"在%u年至%u年間，", "？",
};
static const char *const en_forms[] = {
	"Revenue was %u billion yuan.",
	"The company said it would keep investing.",
	"Gross margin in Q%u was %u.%u%%.", "\"Yes,\" he said.",
	"It has %u staff, up %u%%.", ".", "%u percent.", "Between %u and %u,",
	"?",
};

/* The next byte of the pool, cycling; the index when the pool is empty. */
static unsigned next(const uint8_t *pool, size_t n, size_t *k)
{
	unsigned b = n ? pool[*k % n] : (unsigned)*k;
	(*k)++;
	return b;
}

static void side_text(char **out, size_t *len, const char *const *forms,
                      size_t nforms, size_t count, const uint8_t *pool,
                      size_t npool, int one_per_line)
{
	/* a sentence: at most 6 forms of under 80 bytes each, and a break */
	size_t cap = 64 + count * 512, k = 0, n = 0;
	char *t = malloc(cap);
	if (!t)
		abort();
	for (size_t i = 0; i < count; i++) {
		unsigned b = next(pool, npool, &k);
		unsigned v = next(pool, npool, &k);
		int reps = (b & 0x60) == 0x60 ? 1 + (int)(v % 6) : 1;
		for (int r = 0; r < reps; r++) {
			int w = snprintf(t + n, cap - n, forms[b % nforms], v,
			                 v % 10 + 1, v % 7);
			FUZZ_REQUIRE(w > 0 && (size_t)w < 80);
			n += (size_t)w;
		}
		if (one_per_line || (b & 0x80) || i + 1 == count)
			t[n++] = '\n';
		else
			t[n++] = ' ';
	}
	*out = t;
	*len = n;
}

static void check_cover(const zhen_alignment *a, size_t nzh, size_t nen)
{
	unsigned char *seen = calloc(nen + 1, 1);
	size_t zh_next = 0, en_last = 0;
	for (size_t i = 0; i < zhen_alignment_count(a); i++) {
		const zhen_bead *b = zhen_alignment_get(a, i);
		FUZZ_REQUIRE(b->zh_first == zh_next || b->zh_count == 0);
		zh_next += b->zh_count;
		FUZZ_REQUIRE(b->en_first + b->en_count <= nen);
		FUZZ_REQUIRE(b->confidence >= 0 && b->confidence <= 1);
		for (size_t e = b->en_first; e < b->en_first + b->en_count; e++)
			FUZZ_REQUIRE(seen[e]++ == 0);
		if (!b->moved && b->en_count) {
			FUZZ_REQUIRE(b->en_first >= en_last);
			en_last = b->en_first + b->en_count;
		}
	}
	FUZZ_REQUIRE(zh_next == nzh);
	for (size_t e = 0; e < nen; e++)
		FUZZ_REQUIRE(seen[e] == 1);
	free(seen);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 5)
		return 0;
	size_t nzh = ((size_t)data[0] << 8 | data[1]) % (MAX_SENTENCES + 1);
	size_t nen = ((size_t)data[2] << 8 | data[3]) % (MAX_SENTENCES + 1);
	unsigned flags = data[4];
	const uint8_t *pool = data + 5;
	size_t npool = size - 5;
	char *zt, *et;
	size_t zl, el;
	side_text(&zt, &zl, zh_forms, sizeof zh_forms / sizeof *zh_forms, nzh,
	          pool, npool, flags & 1);
	side_text(&et, &el, en_forms, sizeof en_forms / sizeof *en_forms, nen,
	          pool + (npool > 1 ? npool / 2 : 0), npool - npool / 2,
	          flags & 1);
	zhen_ctx *ctx = fuzz_ctx();
	zhen_doc *zh = NULL, *en = NULL;
	zhen_result *r = NULL;
	zhen_check_options o = ZHEN_CHECK_OPTIONS_INIT;
	o.sentence_per_line = flags & 1;
	o.align.use_paragraphs = !(flags & 2);
	o.align.learn_lexicon = !(flags & 4);
	if (zhen_doc_from_bytes(&zh, ctx, zt, zl) == 0 &&
	    zhen_doc_from_bytes(&en, ctx, et, el) == 0) {
		int rc = zhen_check_documents(&r, ctx, zh, en, &o);
		FUZZ_REQUIRE(rc == 0 || rc == ZHEN_ENOMEM);
		if (rc == 0)
			check_cover(zhen_result_alignment(r),
			            zhen_sentences_count(zhen_result_sentences(
			                r, ZHEN_LANG_ZH)),
			            zhen_sentences_count(zhen_result_sentences(
			                r, ZHEN_LANG_EN)));
	}
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	free(zt);
	free(et);
	return 0;
}
