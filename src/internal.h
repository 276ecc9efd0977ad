/* internal.h: what the stages of libzhen share; never installed.
 * Cross-file internals are named zhen__*. */
#ifndef ZHEN_INTERNAL_H
#define ZHEN_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zhen/zhen.h"

/* ---- embedded dictionaries (dicts/index.tsv, scripts/embed_dicts.py) ---- */
#include "dicts_index.h" /* enum zhen__dict_id, generated */

/* The stages that read dictionaries (dicts/index.tsv's stage column); the
 * context (context.c) gives each its dictionaries. */
enum zhen__stage {
	ZHEN__STAGE_NUMBERS, ZHEN__STAGE_SEGMENT, ZHEN__STAGE_ALIGN,
	ZHEN__STAGE_CONVERT, ZHEN__STAGE_FACTS, ZHEN__STAGE_READERS,
	ZHEN__NSTAGES
};

struct zhen__dict {
	const char *name;        /* the file name in dicts/ */
	const char *text;        /* its bytes, NUL-terminated */
	size_t len;
	enum zhen__stage stage;  /* who reads it */
	bool addable;            /* zhen_ctx_add_dict() takes it */
};
/** Every built-in dictionary, indexed by its id (dicts_data.c, generated). */
extern const struct zhen__dict zhen__dicts[ZHEN__NDICTS];

/**
 * Iterate over the data lines of a dictionary text: '#' comments and blank
 * lines are skipped, fields are split at TAB. Fields point into the text
 * (not NUL-terminated).
 */
struct zhen__dict_iter {
	const char *text;
	size_t len, pos;
	size_t lineno;
	const char *field[8];
	size_t flen[8];
	int nfields;
};
void zhen__dict_iter_init(struct zhen__dict_iter *it, const char *text,
                          size_t len);
/** Next data line: true, or false at the end. */
bool zhen__dict_iter_next(struct zhen__dict_iter *it);

/* ---- per-stage state kept in the context ---- */
struct zhen__numbers_data;
struct zhen__segment_data;
struct zhen__align_data;

#define ZHEN__NCONVERT 5 /* one OpenCC handle slot per zhen_convert_mode */

struct zhen_ctx {
	char errmsg[512];
	size_t errline, errbyte;
	/* OpenCC handles, opened lazily, shared with the contexts made by
	 * zhen_ctx_new_shared() and counted (convert.c) */
	struct zhen__handles *handles;
	/* What OpenCC makes of each BMP code point alone, per conversion
	 * mode, learned on first sight (convert.c): pages of 256
	 * allocated on demand. */
	uint32_t *cpconv[ZHEN__NCONVERT][256];
	struct zhen__numbers_data *numbers;  /* numbers.c */
	struct zhen__segment_data *segment;  /* segment.c */
	struct zhen__align_data *align;      /* align_data.c */
};

/* In a bead whose confidence falls below this, a mismatch may be the
 * aligner's rather than the translator's: check.c reports its errors as
 * warnings (not confident errors that fail the run), with an `alignment`
 * info finding saying why, and the HTML report shades the bead. */
#define ZHEN__LOW_CONFIDENCE 0.25

/* The number of finding types (zhen_ftype), for tables indexed by type. */
#define ZHEN__NFTYPES (ZHEN_F_UNTRANSLATED + 1)

/** Record an error on @p ctx and return @p code. */
int zhen__fail(zhen_ctx *ctx, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/** Same, with an input position (1-based line, byte offset). */
int zhen__fail_at(zhen_ctx *ctx, int code, size_t line, size_t byte,
                  const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/** @p rc, and when it is ZHEN_ENOMEM the message "out of memory" on
 *  @p ctx: a stage that ran out returns the code alone, and a caller
 *  printing zhen_ctx_errmsg() must not read "no error" or an older
 *  failure's message. */
int zhen__oom_note(zhen_ctx *ctx, int rc);
/** ICU's failure @p st (a UErrorCode) in @p what: ZHEN_ENOMEM, "out of
 *  memory (WHAT)", for U_MEMORY_ALLOCATION_ERROR; else ZHEN_EICU, "WHAT:
 *  U_ERROR_NAME" (encoding.c). */
int zhen__icu_fail(zhen_ctx *ctx, int st, const char *what);
/** A forbidden argument (include/zhen/common.h, "Arguments"): the message
 *  "FUNC: ARG is NULL" (or @p why) on @p ctx when there is one, and
 *  ZHEN_EINVAL. Call as zhen__einval(ctx, __func__, "@p doc is NULL"). */
int zhen__einval(zhen_ctx *ctx, const char *func, const char *why);
/** @p opts is NULL (the defaults) or of a version this library knows;
 *  else false, with the message on @p ctx. */
bool zhen__check_options_ok(zhen_ctx *ctx, const zhen_check_options *opts);
/** The arguments of a stage that makes something of a text: @p out and
 *  @p ctx given, the text @p what NULL only with a length of 0. 0, or
 *  ZHEN_EINVAL naming the first missing (the caller sets *out to NULL
 *  first when @p out is given). */
int zhen__text_args(zhen_ctx *ctx, const char *func, const void *out,
                    const char *text, size_t len, const char *what);
/** True when [@p p, @p p + @p len) is no text: NULL with a length. */
#define ZHEN__NO_BYTES(p, len) (!(p) && (len))

/* What each stage does for the context (context.c): set up its state from
 * its built-in dictionaries, free it, add entries to dictionary @p id. */
/* What one sentence of a document tells the reader of the sentences
 * after it: the currency declared for bare 元 ((美元，下同), 单位：美元).
 * Zero it before a document's first sentence. */
struct zhen__carry {
	/* the declared currency's ISO code, "" for none: a code, not the
	 * dictionary entry, as a public zhen_carry lives across calls */
	char code[24];
	/* the Chinese of the pair being read declared (or cleared) one:
	 * its English heading does not override it (单位：港元 ↔ "(in
	 * USD)": the 元 is the Chinese's) */
	bool zh_named;
};
/* zhen_numbers_extract_all() on one sentence of a document, in order:
 * a currency declared by an earlier sentence (@p carry) is the currency
 * of a bare 元 here, unless this one declares another (numbers/api.c).
 * An English text declares one when it is a heading naming it ("(in
 * USD)"), read after its pair's Chinese. */
int zhen__numbers_extract_carry(zhen_quantities **out, zhen_ctx *ctx,
                                zhen_lang lang, zhen_convert_mode conv,
                                const char *text, size_t len, size_t base,
                                struct zhen__carry *carry);
int zhen__numbers_init(zhen_ctx *ctx);
void zhen__numbers_fini(zhen_ctx *ctx);
/* @p v in unit @p from converted to unit @p to (canonical units of
 * units.tsv) by dicts/conversions.tsv, either way; false when no entry
 * joins them. */
bool zhen__unit_convert(const zhen_ctx *ctx, const char *from,
                        const char *to, double v, double *out);
int zhen__numbers_add_dict(zhen_ctx *ctx, enum zhen__dict_id id,
                           const char *text, size_t len);
int zhen__segment_init(zhen_ctx *ctx);
void zhen__segment_fini(zhen_ctx *ctx);
int zhen__segment_add_dict(zhen_ctx *ctx, enum zhen__dict_id id,
                           const char *text, size_t len);
void zhen__convert_fini(zhen_ctx *ctx);
/* Make ctx->handles (unless zhen__convert_share() gave them), or share
 * @p parent's: one more context holds them. */
int zhen__convert_init(zhen_ctx *ctx);
void zhen__convert_share(zhen_ctx *ctx, const zhen_ctx *parent);
/* The OpenCC handle in @p slot (< ZHEN__NCONVERT), NULL until opened: for
 * tests of what opens when. */
const void *zhen__convert_handle(const zhen_ctx *ctx, unsigned slot);

/* ---- UTF-8 ---- */

/** zhen__utf8_next() out of line: every sequence, the checked ones too. */
int32_t zhen__utf8_next_slow(const char *s, size_t len, size_t *i);
/** Decode the code point at s[*i] (valid UTF-8 assumed) and advance *i.
 *  Inline for ASCII and the two- and three-byte sequences whose lead byte
 *  rules out an overlong form or a surrogate (nearly all of Chinese): every
 *  character of both documents comes through here, several times. */
static inline int32_t zhen__utf8_next(const char *s, size_t len, size_t *i)
{
	if (*i < len) {
		const unsigned char *u = (const unsigned char *)s + *i;

		if (u[0] < 0x80) {
			*i += 1;
			return u[0];
		}
		if (u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED &&
		    *i + 2 < len && (u[1] & 0xC0) == 0x80 &&
		    (u[2] & 0xC0) == 0x80) {
			*i += 3;
			return (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 |
			       (u[2] & 0x3F);
		}
	}
	return zhen__utf8_next_slow(s, len, i);
}
/** How many of the eight bytes of @p m have their top bit set, when no
 *  other bit is: the per-byte flags of a branch-free test of eight ASCII
 *  bytes at once (letters, spaces) summed by one multiply. */
static inline size_t zhen__count_top8(uint64_t m)
{
	return (size_t)(((m >> 7) * 0x0101010101010101u) >> 56);
}
/** Byte length of the code point whose lead byte is @p c (1 for junk). */
size_t zhen__utf8_len(unsigned char c);
/** Encode @p cp into @p out (4 bytes room); returns bytes written. */
size_t zhen__utf8_put(char *out, int32_t cp);

/* ---- normalise (normalize.c) ---- */

/**
 * Analysis text: a transformed copy of [src, src+len) whose code points
 * correspond one to one with the source. map[i] is the source offset of the
 * code point that contains byte i of s (map[len] = source length), so any
 * span found in s maps back to the user's bytes.
 */
struct zhen__text {
	char *s;
	size_t len;
	size_t *map;
};
/** Narrow width fold: U+FF01–FF5E → ASCII, U+3000 → space, nothing else
 *  (full NFKC would turn ①½² into digits and …… into dots). */
int zhen__fold(struct zhen__text *out, const char *src, size_t len);
/** zhen__fold() into buffers of the caller: @p out has room for @p len + 1
 *  bytes, @p map for @p len + 1 offsets. Returns the folded length. */
size_t zhen__fold_into(char *out, size_t *map, const char *src, size_t len);
void zhen__text_free(struct zhen__text *t);
/** Fold a single code point (identity when it does not fold). Inline:
 *  the aligner and the reader fold every character of both documents. */
static inline int32_t zhen__fold_cp(int32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFEE0;
	if (cp == 0x3000)
		return 0x20;
	return cp;
}
/** ICU's Ideographic property, the CJK Unified Ideographs block (U+4E00 to
 *  U+9FFF, nearly all Chinese text, every one of them Ideographic) answered
 *  without ICU: the aligner asks it of every character of both documents,
 *  and ICU's property lookup was a twentieth of `zhen check`. */
bool zhen__ideograph_icu(int32_t cp);
static inline bool zhen__is_ideograph(int32_t cp)
{
	if (cp >= 0x4E00 && cp <= 0x9FFF)
		return true;
	return cp >= 0x80 && zhen__ideograph_icu(cp);
}

/* ---- numbers/format.c: a quantity's normalised parts, as JSON "value"
 * and "unit" write them and finding ids hash them ---- */
const char *zhen__quantity_unit(const zhen_quantity *q);
/** Like zhen_quantity_format() without grouping; dates, times and
 *  identifiers in their text form, other kinds the bare decimal. */
size_t zhen__quantity_value(char *buf, size_t cap, const zhen_quantity *q);

/* ---- convert.c ---- */
/** Convert exactly [s, s+len) with OpenCC (no line splitting); mode must
 *  be a real conversion. Returns malloc'd text in *out. */
int zhen__opencc(char **out, size_t *out_len, zhen_ctx *ctx,
                 zhen_convert_mode mode, const char *s, size_t len);

/*
 * What OpenCC makes of one code point alone: ZHEN__CP_KNOWN | the code
 * point it gives, or ZHEN__CP_OTHER when it gives anything but one BMP
 * code point (or @p cp is none, or OpenCC fails). OpenCC costs ~0.7 µs a
 * character, more than the whole number reader, so each code point is
 * asked once per context and kept: the reader converts the few code points
 * around its figures from this cache (numbers/windows.c).
 */
#define ZHEN__CP_KNOWN 0x80000000u
#define ZHEN__CP_OTHER 0xFFFFFFFFu
uint32_t zhen__convert_cp_learn(zhen_ctx *ctx, zhen_convert_mode conv,
                                int32_t cp);
static inline uint32_t zhen__convert_cp(zhen_ctx *ctx,
                                        zhen_convert_mode conv, int32_t cp)
{
	const uint32_t *page;
	if (cp >= 0 && cp <= 0xFFFF && (unsigned)conv < ZHEN__NCONVERT &&
	    (page = ctx->cpconv[conv][cp >> 8]) && page[cp & 0xFF])
		return page[cp & 0xFF];
	return zhen__convert_cp_learn(ctx, conv, cp);
}

/* ---- decimals (common.c) ---- */
zhen_decimal zhen__dec(int64_t coef, int32_t exp);          /* normalises */
/** Parse ASCII digits with an optional single '.' ("1234.5"); separators
 *  must already be removed. false on overflow (more than 18 digits). */
bool zhen__dec_parse(zhen_decimal *out, int32_t *precision, const char *s,
                     size_t len);
zhen_decimal zhen__dec_scale(zhen_decimal d, int32_t pow10);
/** -1, 0, 1. Exact. */
int zhen__dec_cmp(zhen_decimal a, zhen_decimal b);
bool zhen__dec_eq(zhen_decimal a, zhen_decimal b);
/** a + b and a × b; false on overflow. */
bool zhen__dec_add(zhen_decimal *out, zhen_decimal a, zhen_decimal b);
bool zhen__dec_mul(zhen_decimal *out, zhen_decimal a, zhen_decimal b);
/** Round @p d to a multiple of 10^pow10 (half away from zero). */
zhen_decimal zhen__dec_round(zhen_decimal d, int32_t pow10);

/* ---- qsort and memcpy that accept an empty range ----
 * A list that never grew has a NULL buffer, and qsort/memcpy with a NULL
 * pointer are undefined even for 0 elements (UBSan stops the CI run). */
#include <stdlib.h>
#include <string.h>
static inline void zhen__qsort(void *base, size_t n, size_t size,
                               int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}
static inline void zhen__memcpy(void *dst, const void *src, size_t n)
{
	if (n)
		memcpy(dst, src, n);
}

/* A 64-bit finaliser (splitmix64's): the aligner's keys and the lexicon's
 * word hashes must mix the same way, so both call this one. */
static inline uint64_t zhen__mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9u;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebu;
	x ^= x >> 31;
	return x;
}

/* Name the next line of @p d's analysis text ("paragraph 12") for
 * zhen_doc_place(): a document reader calls it once per line, in order,
 * after the document is built (doc.c). 0 or ZHEN_ENOMEM. */
int zhen__doc_add_place(zhen_doc *d, const char *label, size_t len);
struct zhen__omap;
/* Make @p d, built from a text of one line per unit (identity), a side of
 * a bilingual file: zhen_doc_line_of() keeps giving the text's line (the
 * unit) and zhen_doc_source_span() follows @p m into the file. @p m (an
 * analysis → file map, taken and emptied) may be NULL: the file gave no
 * offsets, and spans stay the text's. */
void zhen__doc_map_to(zhen_doc *d, struct zhen__omap *m);

/* ---- a growable byte buffer ---- */
struct zhen__buf {
	char *p;
	size_t len, cap;
	bool oom;
};
void zhen__buf_add(struct zhen__buf *b, const char *s, size_t n);
void zhen__buf_str(struct zhen__buf *b, const char *s);
void zhen__buf_printf(struct zhen__buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void zhen__buf_free(struct zhen__buf *b);
/** Make room for @p need elements of @p elem bytes in *p (capacity *cap,
 *  doubled as it grows); false when out of memory (*p unchanged). */
bool zhen__grow(void **p, size_t *cap, size_t need, size_t elem);

/* ---- lists the public opaque types wrap ---- */
struct zhen_quantities {
	zhen_quantity *q;
	size_t n, cap;
};
/** Append a copy of @p q; ZHEN_ENOMEM on failure. */
int zhen__quantities_push(struct zhen_quantities *l, const zhen_quantity *q);

/* Quantities packed into bytes (numbers/packed.c): what a document's check
 * keeps of its figures while the aligner runs. */
struct zhen__qpack {
	unsigned char *b;
	size_t n, cap;
};
/** Append a group of @p n quantities (a sentence's) to @p pk; ZHEN_ENOMEM
 *  on failure. */
int zhen__qpack_group(struct zhen__qpack *pk, const zhen_quantity *q,
                      size_t n);
/** Append to @p dst the group that starts at byte *@p at of @p pk (a
 *  group's start: 0 or where the last call left *@p at), and move *@p at
 *  to the next. */
int zhen__qpack_next(struct zhen_quantities *dst,
                     const struct zhen__qpack *pk, size_t *at);
/* Where the aligner takes each sentence's quantities from: get(p, i) is
 * sentence i's list (borrowed until the next call) or NULL. */
struct zhen__qsource {
	const zhen_quantities *(*get)(void *p, size_t i);
	void *p;
};
/** zhen_align_sides() with the sides' quantities read through @p zq and
 *  @p eq (their quantities fields are not read). */
int zhen__align_sides_q(zhen_alignment **out, zhen_ctx *ctx,
                        const zhen_align_side *zside,
                        const zhen_align_side *eside,
                        const struct zhen__qsource *zq,
                        const struct zhen__qsource *eq,
                        const zhen_align_options *opts);


struct zhen_findings {
	zhen_finding *f;
	size_t n, cap;
};
/* readers/xml.c: libxml2's global set-up, once per process, before any
 * thread parses (libxml2 asks it of threaded programs: its lazy set-up
 * races); 0. */
int zhen__readers_init(zhen_ctx *ctx);

int zhen__findings_push(struct zhen_findings *l, const zhen_finding *f);

/* check.c: a document check's findings, for the policy (policy.c) to
 * edit, and the count of those it accepted */
struct zhen_findings *zhen__result_findings_mut(zhen_result *r);
/* Make the per-sentence lists zhen_result_quantities() returns (they are
 * made on first use, from the packed figures): 0 or ZHEN_ENOMEM. A
 * writer that reads every sentence's figures calls it first, so that a
 * failure is an error and not a page without figures. */
int zhen__result_unpack(const zhen_result *r);
void zhen__result_add_accepted(zhen_result *r, size_t n);
/* ... and the list that keeps the accepted findings themselves */
struct zhen_findings *zhen__result_accepted_mut(zhen_result *r);

/* A sentence as the library keeps it: 16 bytes instead of the public
 * zhen_sentence's 40 (a 100 MB check holds 2.6 M of them at its peak).
 * Offset, length, paragraph and character count are 32-bit: a document
 * past 4 GiB, or a paragraph count past 4 Gi, fails as ZHEN_ENOMEM (the
 * CLI reads at most 64 MiB a document). The index within the paragraph
 * is not kept: sentences come in order, paragraphs never decreasing and
 * each paragraph's indices counting from 0 (zhen__sentences_push() refuses
 * any other), so it is the distance to the paragraph's first sentence. */
struct zhen__sent {
	uint32_t off, len, para, nchars;
};
struct zhen_sentences {
	struct zhen__sent *c;
	size_t n, cap;
	/* the public array zhen_sentences_get() hands out, made from c[] on
	 * its first call (a check's reports never ask for it) */
	_Atomic(void *) pub;
};
/* Appends @p s: 0, ZHEN_ENOMEM (no memory, or a field past 32 bits) or
 * ZHEN_EINVAL (out of the order above: a caller's bug). */
int zhen__sentences_push(struct zhen_sentences *l, const zhen_sentence *s);
/* The first sentence of sentence @p i's paragraph: a galloping search
 * back from @p i, so a few reads for the usual short paragraph and
 * O(log index) in a one-line document's. */
static inline size_t zhen__sent_first(const struct zhen_sentences *s,
                                      size_t i)
{
	const uint32_t p = s->c[i].para;
	size_t hi = i, lo, step = 1;

	while (step <= hi && s->c[hi - step].para == p) {
		hi -= step;
		step *= 2;
	}
	lo = step <= hi ? hi - step + 1 : 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->c[mid].para == p)
			hi = mid;
		else
			lo = mid + 1;
	}
	return hi;
}
/* Sentence @p i (< s->n) as the public struct, by value. */
static inline zhen_sentence zhen__sent(const struct zhen_sentences *s,
                                       size_t i)
{
	const struct zhen__sent *c = &s->c[i];

	return (zhen_sentence){ c->off, c->len, c->para,
	                        i - zhen__sent_first(s, i), c->nchars };
}
/** The sentence of @p s that holds byte @p off: the last that starts at
 *  or before it (sentences are in order), into @p out; false (and @p out
 *  untouched) when @p s is empty.
 *  (check.c: a finding id's context; the CSV report's sentences.) */
bool zhen__sentence_at(zhen_sentence *out, const struct zhen_sentences *s,
                       size_t off);

/* A bead as the library keeps it: 32 bytes instead of the public
 * zhen_bead's 56 (a 100 MB check holds 400 k of them beside the aligner's
 * sentence store, at its peak). Counts are a bead shape's (at most 255,
 * see zhen__shape); first sentences are 32-bit like zhen__sent's index. */
struct zhen__bead {
	double cost, confidence;
	uint32_t zh_first, en_first;
	uint8_t zh_count, en_count, moved;
};
/* A public array made on first use from a compact one (zhen_sentences_get(),
 * zhen_alignment_get()): @p made (malloc'd) goes into @p slot unless
 * another thread's got there first, when @p made is freed. Returns the
 * array every caller gets. (common.c) */
void *zhen__publish(_Atomic(void *) *slot, void *made);

struct zhen_alignment {
	struct zhen__bead *b;
	size_t n, cap;
	/* the public array zhen_alignment_get() hands out, made from b[] on
	 * its first call (the library's own readers use zhen__bead()) */
	_Atomic(void *) pub;
};
/* Bead @p i (< a->n) as the public struct, by value. */
static inline zhen_bead zhen__bead(const struct zhen_alignment *a, size_t i)
{
	const struct zhen__bead *c = &a->b[i];

	return (zhen_bead){ c->zh_first, c->zh_count, c->en_first,
	                    c->en_count, c->cost, c->confidence, c->moved };
}

/* ---- facts/compare.c, for report/facts_html.c ---- */
/* Are two facts about one company: the same name, a name unread, or
 * their documents' subjects in two scripts? */
bool zhen__facts_same_company(const zhen_fact *a, const zhen_fact *b);

#endif
