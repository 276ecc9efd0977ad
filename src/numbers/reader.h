/* numbers/reader.h: what the files of the number reader share; private to
 * src/numbers/. Every file reads one family of constructions; the scan
 * (scan.c) hands each position to en_at() (en_figure.c) or zh_at()
 * (zh_figure.c), which try the constructions in turn. Functions shared
 * across these files are named nr_*. See docs/ARCHITECTURE.md. */
#ifndef ZHEN_NUMBERS_READER_H
#define ZHEN_NUMBERS_READER_H

#include "internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum table_id { TB_ZHNUM, TB_MAG, TB_CUR, TB_UNIT, TB_ENW, TB_APPROX,
                TB_CONV, TB_N };

enum { LANG_ANY = -1 };

/* POS_MEASURE: a post word that makes a figure approximate only before a
 * measure word or unit (20 来岁): alone after a figure it is a verb. */
/* POS_MAG: a pre word only before a bare magnitude (过亿); an entry of
 * no position (不过) only keeps the approximator it ends in from
 * matching. */
enum { POS_PRE = 1, POS_POST = 2, POS_MEASURE = 4, POS_BAND = 8,
       POS_MAG = 16, POS_INCR = 32, POS_CONV = 64, POS_AFTER = 128,
       POS_DECR = 256, POS_CMP = 512, POS_REMAIN = 1024, POS_LUNAR = 2048,
       POS_DECL_BEFORE = 4096, POS_DECL_AFTER = 8192, POS_EVENT = 16384 };

enum { ATT_WORD = 1, ATT_GLUED = 2 };
/* zh_numerals.tsv's mark: a digit only where a run of digits starts;
 * a band that spans to the next order of magnitude (成千上万); a word
 * that names a year (九二共识), or a day of the lunar calendar (大年三十) */
enum { ZM_LEAD = 1, ZM_WIDE = 2, ZM_YEAR = 3, ZM_LUNAR = 4 };

enum kind {
	/* zh_numerals.tsv */
	K_DIGIT, K_UNIT, K_MAG, K_POINT, K_ZTENS, K_NEG, K_YEAR, K_MONTH,
	K_DAY, K_ORDPRE, K_PCTPRE, K_RANGE, K_CLOCK, K_MINUTE, K_HALFHOUR,
	K_OCLOCK, K_DAYPART, K_TENTHS, K_DISCOUNT, K_FRACTION, K_MULTIPLE,
	K_HALFYEAR, K_JIAO, K_WHOLE, K_DISCPRE, K_TAIL, K_CENTURY, K_DECADE,
	/* en_number_words.tsv */
	K_ONES, K_TENS, K_HUNDRED, K_ORDWORD, K_SUFFIX, K_MONTHNAME, K_AND,
	K_IDENTPRE, K_PRONB, K_PRONA, K_TIMES, K_ENMULT, K_DENOM, K_ARTICLE,
	K_MONTHPRE, K_AMPM, K_ENOCLOCK, K_PERIOD, K_MONTHWORD, K_DECWORD,
	/* both tables: 公元/AD (value 1), 公元前/BC (value 2) */
	K_ERA,
	/* en: a time zone that makes 0230 a clock time; a word that is a
	 * vague figure alone (dozens); zh: 打 after a numeral (a dozen) */
	K_ZONE, K_VAGUE, K_ZDOZEN,
	/* zh: a word a numeral ends (唯一): that numeral is no figure */
	K_ZWORD,
	/* zh: characters read by their neighbours (one kind, told apart by
	 * value, as the kinds must fit a 64-bit mask): 参/參 (ZC_CAPDIGIT)
	 * is 3 only beside a financial capital (ZC_CAPITAL): 壹佰贰拾参元,
	 * never 参与 or 人参十克; 比 (ZC_SCORE) between two numerals makes
	 * both figures (五比三) */
	K_ZCTX,
	/* units.tsv */
	U_PERCENT, U_POINTS, U_BP, U_ORDINAL, U_QUARTER, U_COUNTER, U_MEASURE,
	/* the other tables have one kind each */
	K_CURRENCY, K_APPROX, K_MAGWORD
};

_Static_assert(K_MAGWORD < 64, "kinds must fit struct lead's mask");

/* a U_MEASURE entry's value: read only after Arabic digits (units.tsv
 * lang zh-digits) */
enum { UV_AFTER_DIGITS = 1 };

/* K_ZCTX values (dicts/zh_numerals.tsv) */
enum { ZC_CAPITAL = 0, ZC_SCORE = 1, ZC_CAPDIGIT = 3, ZC_FIRST = 4,
       ZC_INNER = 5, ZC_WITHIN = 6, ZC_LIST = 7, ZC_DEMONSTRATIVE = 8,
       ZC_LUNARDAY = 9, ZC_THISMONTH = 10, ZC_DAYAFTER = 11, ZC_BOTH = 12,
       ZC_OTHERMONTH = 13, ZC_TITLE_OPEN = 14, ZC_TITLE_CLOSE = 15 };

/* The kinds of English words nr_en_at() reads a quantity from: a month, a
 * factor (doubled), an article (a hundred), a number word ("and" never
 * starts one) or a fraction (half a million). A word that starts none of
 * them is skipped. */
#define EN_START (1ull << K_MONTHNAME | 1ull << K_ENMULT | 1ull << K_ARTICLE | \
                  1ull << K_ONES | 1ull << K_TENS | 1ull << K_HUNDRED |    \
                  1ull << K_ORDWORD | 1ull << K_VAGUE | 1ull << K_DECWORD | \
                  1ull << K_DENOM)

struct kname {
	const char *name;
	int kind;
};

struct entry {
	char *text;
	size_t len;
	int kind;
	int64_t val;     /* digit value, exponent, month, 10^12 (trillions)… */
	int lang;        /* zhen_lang or LANG_ANY */
	int pos;         /* POS_* or ATT_* */
	unsigned flags;  /* ZHEN_QF_CUR_AMBIGUOUS */
	char code[24];   /* ISO code or canonical unit; en_number_words.tsv:
	                    the word a noun-like entry must come before */
	char alt[24];    /* currencies: what else the sign may stand for */
	double factor, offset; /* conversions: code = text x factor + offset */
};

/* An entry's place in an index: entries sorted by the key code point
 * (ASCII lowercased), then longest first, then table order — so the first
 * entry of a key that matches is the one a scan over the whole table in
 * table order, keeping the longest, would pick. */
struct slot {
	uint32_t key;
	uint32_t len; /* the entry's, so sorting needs no table */
	uint32_t e;
	/* first-code-point slots: the key of the entry's second code
	 * point, when it has a whole one (has_next). The entries of a
	 * key differ mostly there (一些, 一個, 一半), so nr_match_fwd_run()
	 * skips an entry on one compare instead of a byte-wise eq_ci(). */
	uint32_t next;
	uint32_t has_next;
};

/* Open addressing from a key to its run of slots [a, b), with the kinds
 * of the run's entries: most lookups ask for one kind, and most runs
 * have none of it. */
struct keyrun {
	uint32_t key;
	uint32_t a, b; /* b == 0: empty */
	uint64_t kinds;
};

struct keyhash {
	struct keyrun *r;
	uint32_t mask;
	uint32_t shift; /* 32 - log2(mask + 1): the product's top bits */
};

struct lead {
	uint32_t e;      /* index + 1 of an entry that starts so; 0: empty */
	uint32_t n;      /* letters */
	uint64_t kinds;  /* 1 << kind of every entry that starts so */
};

struct table {
	struct entry *e;
	size_t n, cap;
	/* by first code point (match_fwd) and by last (match_back): the
	 * scan asks at nearly every position, and a linear pass over ~150
	 * entries there was most of the run time */
	struct slot *first, *last;
	struct keyhash hfirst, hlast;
	/* The leading letters of the entries (o'clock: "o"), each with the
	 * kinds of the entries that start so: an English word that is none
	 * of them starts no entry, since entries end at a word boundary. */
	struct lead *lead;
	uint32_t lead_mask;
	/* The cheap test before the hash: by the first two letters (the
	 * second 26 when there is one letter), the lengths of leads
	 * (bit 31: 31 or more). */
	uint32_t lead_len2[27 * 27];
	/* The same for the leads of the kinds a quantity can start with
	 * (EN_START): the reader's scan skips every other word at once. */
	uint32_t start_len2[27 * 27];
	/* The indexes, in table order, of the entries a pass over the
	 * whole table looks for (nr_index_some()): TB_APPROX, the Chinese
	 * declare-before/-after rows (nr_declared_currency(), every
	 * text); TB_ENW, the month names of six letters or more
	 * (nr_misspelt_month(), every capitalised word). Each whole pass
	 * was about a hundredth of a check. */
	uint32_t *some;
	size_t nsome;
};

struct zhen__numbers_data {
	struct table t[TB_N];
	/* Sorted code points of the one-character numerals: the cheap test
	 * that finds candidates before any OpenCC call. */
	int32_t *numcp;
	size_t nnumcp;
	/* Also the first characters of words that are quantities without a
	 * numeral (翻番, 上半年): where the scan starts, but no reason to
	 * convert (they read the same in both scripts). */
	int32_t *startcp;
	size_t nstartcp;
	/* The same two sets over the BMP as bitmaps: asked once per code
	 * point of every Chinese text. */
	uint8_t numbits[0x10000 / 8], startbits[0x10000 / 8];
	/* What one call of the reader needs, kept for the next (a context
	 * reads one text at a time): allocating them per sentence was a
	 * tenth of a --pairs run. fs/fmap: the folded text; off/soff/to/
	 * cand: per code point of it, its offset, its source offset, what
	 * it converts to and its CAND_* bits; aoff: struct scan's. */
	char *fs;
	size_t *fmap;
	size_t fcap;
	size_t *off, *soff;
	uint32_t *to;
	unsigned char *cand;
	size_t ccap;
	size_t *aoff;
	size_t aoff_cap;
};

struct arabic {
	zhen_decimal v;
	int32_t prec;
	size_t end;
	int nint;      /* digits before the point */
	bool grouped, frac;
	bool longer;   /* more than 18 significant digits: ZHEN_QF_LONG */
	uint64_t hash;   /* then a hash of every digit (zhen_quantity.digits) */
};

enum { TK_NUM, TK_UNIT, TK_MAG };

struct tok {
	int kind;
	zhen_decimal v;
	int32_t prec;
	int32_t exp;      /* TK_UNIT / TK_MAG */
	bool single;      /* one digit, no fraction: may be colloquial (三万五) */
	bool lead_zero;   /* 零… : a filler, never colloquial */
	bool zero_only;   /* just 零: 一千零十 multiplies 十 by one */
};

struct num {
	size_t a, b;
	zhen_decimal v;
	int32_t prec;
	bool digits;      /* ASCII digits written */
	bool mag;         /* a magnitude word (万, 亿, billion) */
	bool approx;      /* 十多万 */
	bool vague;       /* a couple (of thousand): a band */
	bool direct;      /* digit by digit: 二〇二四 */
	bool grouped;
	bool frac;
	bool lead_mag;    /* starts with 万/亿 */
	bool lead_unit;   /* starts with 百/千 (not 十) */
	bool longer;      /* more than 18 significant digits */
	uint64_t hash;    /* then a hash of every digit */
	int ncp;          /* code points of the numeral */
	int nint;         /* integer digits of a plain figure (years) */
	int ntok;
};

struct scan {
	zhen_ctx *ctx;
	const struct zhen__numbers_data *d;
	const char *s;
	size_t len;
	const size_t *map;  /* NULL: cpoff/cpsrc, or else the identity */
	/* The source offset of each code point (cpsrc) at its offset in s
	 * (cpoff), ncp + 1 of each: a Chinese text keeps these instead of
	 * a map entry per byte. */
	const size_t *cpoff, *cpsrc;
	size_t ncp;
	size_t base;
	int lang;
	struct zhen_quantities *out;
	size_t *aoff;      /* analysis offsets [2k], [2k+1] of quantity k */
	size_t aoff_cap;
	size_t lo;         /* end of the last quantity: look-back stops here */
	zhen_convert_mode conv; /* NONE: Simplified, or nothing around the
	                           figures converted */
	const struct entry *bare; /* the Chinese sign of many currencies (元)
	                             nr_post_once() read last, or NULL */
	bool daypart;      /* nr_zh_time() read a part of the day (下午) */
	const struct entry *declared; /* the currency of bare 元 the text
	                                 declares ((美元，下同)), or NULL; */
	bool declared_known; /* looked for (nr_declared()) */
	struct zhen_quantities *latent; /* numerals that are no figure, or
	                                   NULL when not asked for */
};

/* Letters glued to digits: a unit (5km), a magnitude (1.1bn, $600m), an
 * ordinal suffix (10th) — or else an identifier (5G). Returns the end, or
 * @p j when the letters make an identifier. */
/* nr_glued()'s *magexp for basis points: not a magnitude (still < 0), the
 * figure is hundredths of a point */
enum { GLUED_BP = -2 };

/* What a code point of the folded text is to the reader: CAND_NUM, a
 * numeral whose window converts; CAND_START, where the scan starts
 * (digits, numerals, 第, 翻番); CAND_WIN, inside a converted window. */
enum { CAND_NUM = 1, CAND_WIN = 2, CAND_START = 4 };


/* What a construction returns: 0 when it read the position (a quantity
 * emitted, or the position passed over on purpose, *next set), a negative
 * error code, NR_NONE when the position is not its construction (the next
 * one is tried), or NR_FIGURE when it read a numeral that the figure's
 * common tail (magnitude, currency, unit, sign) goes on with. */
enum { NR_NONE = 1, NR_FIGURE = 2 };

/* A figure while it is read (en_figure.c, zh_figure.c): where it starts,
 * what the construction that read its numeral found, for the common tail.
 * Some fields serve one language only. */
struct fig {
	size_t i;                  /* where the figure starts */
	struct num n;              /* the numeral */
	zhen_quantity q;
	bool ordinal, words, strong;
	int magexp;                /* a magnitude read (10^magexp), or -1 */
	/* English */
	size_t w;                  /* a word start: the word's end */
	uint64_t lk;               /* a word start: the kinds it may start */
	struct arabic ar;          /* digits: what nr_read_arabic() read */
	size_t j;                  /* the end of what is read so far */
	/* Chinese */
	size_t p;                  /* where its numeral starts (after 第) */
	const struct entry *pe;    /* the prefix (第, 百分之), or NULL */
	int prefix;                /* pe's kind, or -1 */
	bool negpct;               /* 负百分之 */
	const struct entry *hedge; /* 超过, 上 before a bare 万 or 百 */
	size_t lo_a, lo_b;         /* 二三十: the lower figure's span */
	zhen_decimal lo_v;         /* ... and its value */
	size_t a, b;               /* the figure's span so far */
	const struct entry *yr;    /* calendar: 年 after the numeral */
	const struct entry *era;   /* calendar: 公元, 民國 before it */
	size_t pk;                 /* calendar: where the era would end */
};

/* A construction that needs no more than the position @p i: reads what it
 * knows there, or answers NR_NONE. */
typedef int nr_at_construction(struct scan *sc, size_t i, size_t *next);
/* A construction that reads what it knows of the figure f, or answers
 * NR_NONE. */
typedef int nr_construction(struct scan *sc, struct fig *f, size_t *next);

/* The first of @p c[0..n) that does not answer NR_NONE, or NR_NONE. */
int nr_try_at(nr_at_construction *const *c, size_t n, struct scan *sc,
              size_t i, size_t *next);
int nr_try(nr_construction *const *c, size_t n, struct scan *sc,
           struct fig *f, size_t *next);
#define NR_TRY_AT(c, sc, i, next) \
	nr_try_at((c), sizeof(c) / sizeof((c)[0]), (sc), (i), (next))
#define NR_TRY(c, sc, f, next) \
	nr_try((c), sizeof(c) / sizeof((c)[0]), (sc), (f), (next))

/* tables.c */
int nr_rebuild_numcp(struct zhen__numbers_data *d);

/* index.c */
int nr_index_table(struct table *t);
size_t nr_bigram(const char *s, size_t n);
int nr_index_leads(struct table *t);
int nr_index_some(struct table *t, enum table_id tb);
uint64_t nr_lead_kinds(const struct table *t, const char *s, size_t n);
const struct entry *nr_match_fwd_run(const struct table *t,
                                     const struct slot *x,
                                     const struct slot *end,
                                     const char *s, size_t len, size_t i,
                                     int lang, int posmask, int kind);
const struct entry *nr_match_back(const struct table *t, const char *s,
                                  size_t i, size_t lo, int lang,
                                  int posmask, int kind);

/* digits.c */
bool nr_read_arabic(const char *s, size_t len, size_t i, struct arabic *out);
size_t nr_digit_run_end(const char *s, size_t len, size_t i);

/* zh_numerals.c */
const struct entry *nr_zh_char(const struct zhen__numbers_data *d,
                               const char *s, size_t len, size_t i);
bool nr_unit_word_at(const struct zhen__numbers_data *d, const char *s,
                     size_t len, size_t i);
bool nr_read_zh(const struct zhen__numbers_data *d, const char *s,
                size_t len, size_t i, struct num *out);
bool nr_is_han_at(const char *s, size_t len, size_t i);
size_t nr_numeral_run(const struct zhen__numbers_data *d, const char *s,
                      size_t len, size_t p, size_t max);
bool nr_small_numeral(const struct zhen__numbers_data *d, const char *s,
                      size_t p, size_t e, int64_t hi, int64_t *v,
                      bool *digits);
bool nr_tail_at(const struct zhen__numbers_data *d, const char *s,
                size_t len, size_t k);

/* scan.c */
int nr_emit(struct scan *sc, size_t a, size_t b, zhen_quantity *q);
/* A numeral read at [a, b) that is no figure (ZHEN_QF_LATENT), kept apart
 * from the figures when the caller asked for such (sc->latent): the scan
 * goes on as if nothing was read. */
int nr_emit_latent(struct scan *sc, size_t a, size_t b, zhen_quantity *q);
void nr_set_code(char *dst, size_t cap, const char *src);
bool nr_small_int(zhen_decimal v, int64_t lo, int64_t hi, int64_t *out);
/* nr_sp(): past one space (or no-break space) at @p i; nr_sp_back():
 * before one ending at @p k, not below @p lo. Either returns its
 * argument when there is none. */
size_t nr_sp(const char *s, size_t len, size_t i);
size_t nr_sp_back(const char *s, size_t lo, size_t k);
bool nr_text_in(const char *s, size_t len, const char *t, size_t n);
void nr_scale_by(zhen_quantity *q, int magexp);
bool nr_is_rquote(const char *s, size_t i);
bool nr_in_name(struct scan *sc, size_t a, size_t b);
bool nr_on_before(const char *s, size_t i);
zhen_decimal nr_fraction_value(zhen_decimal num, zhen_decimal den);

/* context.c */
void nr_set_currency(const struct scan *sc, zhen_quantity *q,
                     const struct entry *c);
size_t nr_pre_context(struct scan *sc, size_t a, zhen_quantity *q,
                      bool *cur);
size_t nr_post_once(struct scan *sc, size_t j, zhen_quantity *q,
                    bool have_cur, bool *strong);
size_t nr_post_context(struct scan *sc, size_t j, zhen_quantity *q,
                       bool have_cur, bool *strong);
size_t nr_glued(struct scan *sc, size_t j, zhen_quantity *q, int *magexp,
                bool *ordinal);
int nr_unit_header(struct scan *sc, size_t a, size_t b, int m,
                   size_t *next);
int nr_header_word(struct scan *sc, size_t i, size_t w, size_t *next);
size_t nr_yuan_tail(struct scan *sc, size_t end, zhen_quantity *q);
size_t nr_unit_tail(struct scan *sc, size_t end, zhen_quantity *q);
void nr_list_currency(struct scan *sc, size_t a, zhen_quantity *q);
const struct entry *nr_declared_currency(const struct scan *sc, bool *named);
/* An English heading naming a currency ("(in US$ millions)"), the same. */
const struct entry *nr_heading_currency_en(const struct scan *sc,
                                           bool *named);
/* sc->declared, looked for when first asked (a text with no bare 元 never
 * asks, and the search was a twentieth of --pairs' time). */
const struct entry *nr_declared(const struct scan *sc);
/* The Chinese currency entry of ISO code @p code that stands for no other
 * (a declaration carried from an earlier text), or NULL ("": none). */
const struct entry *nr_currency_by_code(const struct scan *sc,
                                        const char *code);
nr_at_construction nr_en_thousands_header;

/* hedges.c */
size_t nr_minus_sign(const struct scan *sc, size_t p);
const struct entry *nr_minus_word(const struct scan *sc, size_t a);
size_t nr_below_zero(const struct scan *sc, size_t j);
bool nr_vague_before(struct scan *sc, size_t p);
const struct entry *nr_hedge_before(struct scan *sc, size_t p);
unsigned nr_movement_before(struct scan *sc, size_t a);
bool nr_first_before(struct scan *sc, size_t a);
bool nr_score_before(struct scan *sc, size_t a);

/* dates.c */
size_t nr_ampm_at(struct scan *sc, size_t j);
int64_t nr_iso_date(const struct scan *sc, size_t i, size_t *end);
int nr_emit_date(struct scan *sc, size_t a, size_t b, int64_t v,
                 unsigned flags);
int nr_emit_time(struct scan *sc, size_t a, size_t b, int64_t hhmm,
                 unsigned flags);
int64_t nr_zone_time(struct scan *sc, size_t i, size_t j, size_t *a,
                     size_t *b);
int64_t nr_colon_time(struct scan *sc, size_t i, size_t *end);
nr_at_construction nr_digit_date;

/* ident.c */
bool nr_version_at(const struct scan *sc, size_t p);
bool nr_zero_code(const struct scan *sc, size_t p);
int nr_emit_ident(struct scan *sc, size_t a, size_t digit, size_t *next);
size_t nr_ident_start(struct scan *sc, size_t p);
int nr_dims_at(struct scan *sc, size_t i, size_t *next);
nr_at_construction nr_ident_around, nr_code;

/* en_dates.c */
const struct entry *nr_misspelt_month(const struct zhen__numbers_data *d,
                                      const char *s, size_t i, size_t w);
const struct entry *nr_month_at(struct scan *sc, size_t i, size_t *end);
size_t nr_day_at(struct scan *sc, size_t p, int64_t *day);
bool nr_x_quarters(const struct scan *sc, size_t a, size_t k, size_t ke);
int64_t nr_date_year(struct scan *sc, size_t *end);
bool nr_month_alone_ok(struct scan *sc, const struct entry *m, size_t i,
                       size_t me);
nr_at_construction nr_en_clock;
/* " day of the first (lunar) month" after a day's ordinal ending at k:
 * its end, or 0 (en_dates.c) */
size_t nr_en_day_of_tail(struct scan *sc, size_t k, int64_t *m, bool *lun);
nr_construction nr_en_month_words, nr_en_decade_word, nr_en_day_of_month,
	nr_en_hour, nr_en_decade_year, nr_en_decade_tens, nr_en_era,
	nr_en_day_month;

/* en_words.c */
bool nr_read_en_words(struct scan *sc, size_t i, struct num *out,
                      bool *ordinal);
bool nr_pronoun_one(struct scan *sc, const struct num *n);
size_t nr_fraction_of(struct scan *sc, size_t ke, zhen_quantity *q);
nr_construction nr_en_factor, nr_en_half, nr_en_noun_word, nr_en_vague,
	nr_en_article, nr_en_number_words, nr_en_words_after, nr_en_and_fraction;
size_t nr_en_and_a_half(struct scan *sc, size_t j);

/* en_figure.c */
int nr_en_at(struct scan *sc, size_t i, size_t *next);

/* zh_dates.c */
int64_t nr_zh_monthday(struct scan *sc, size_t p, size_t *end, bool *words);
int64_t nr_zh_decade(struct scan *sc, size_t p, zhen_decimal c,
                     size_t *end, int64_t *lower, size_t *mid);
int64_t nr_zh_time(struct scan *sc, size_t p, size_t *end, bool *words);
bool nr_month_next(struct scan *sc, size_t p);
nr_construction nr_zh_clock, nr_zh_calendar, nr_zh_lunar_month;
nr_at_construction nr_zh_event_date;
const struct entry *nr_zctx_at(struct scan *sc, size_t p, int val);

/* zh_words.c */
nr_construction nr_zh_word, nr_zh_half, nr_zh_fixed, nr_zh_band;
/* A figure in words (not an ordinal) read up to @p end that stands in a
 * title's brackets (《十万个为什么》): a name, no figure to compare. */
bool nr_zh_title_name(const struct scan *sc, const struct fig *f,
                      size_t end);

/* zh_percent.c */
nr_construction nr_zh_per_magnitude, nr_zh_fraction, nr_zh_tenths;

/* zh_counts.c */
int nr_zh_neighbours(struct scan *sc, struct fig *f);
nr_construction nr_zh_literary, nr_zh_dozen;
size_t nr_zh_and_a_half(struct scan *sc, struct fig *f, size_t end);
bool nr_zh_no_count(struct scan *sc, const struct fig *f, size_t end);

/* parts.c */
nr_at_construction nr_en_race_time, nr_en_primes;
size_t nr_zh_minutes(struct scan *sc, size_t a, size_t j, zhen_quantity *q);

/* zh_figure.c */
int nr_zh_at(struct scan *sc, size_t i, size_t *next);

/* ranges.c */
void nr_mark_conversions(struct scan *sc);
void nr_mark_fractions(struct scan *sc);
void nr_mark_ranges(struct scan *sc);

/* windows.c */
int nr_convert_in_place(zhen_ctx *ctx, zhen_convert_mode conv,
                        struct zhen__text *f, size_t ncp, bool *changed);
int nr_convert_windows(zhen_ctx *ctx, zhen_convert_mode conv,
                       const struct zhen__text *f, struct zhen__text *o);
bool nr_any_converts(zhen_ctx *ctx, zhen_convert_mode conv,
                     const uint32_t *cps, size_t ncp);

/* prepare.c */
bool nr_reserve_text(struct zhen__numbers_data *d, size_t len, bool cps);
size_t nr_fold_zh(struct zhen__numbers_data *d, struct zhen__text *f,
                  const char *src, size_t len, bool *any);
void nr_fill_map(struct zhen__numbers_data *d, struct zhen__text *f,
                 size_t ncp);
int nr_prepare_en(struct zhen__numbers_data *d, struct zhen__text *f,
                  const char *text, size_t len);

/* ---- small helpers of the hot paths, inline ---- */

/* zhen__utf8_next() for the reader's hot loops: the text is valid UTF-8,
 * and asking utf8proc to validate each code point again was a fifth of
 * the run. Anything unexpected goes to zhen__utf8_next(), so the result
 * is the same on any input. */
static inline int32_t next_cp(const char *s, size_t len, size_t *i)
{
	const unsigned char *u = (const unsigned char *)s + *i;
	size_t left = len - *i;
	int32_t cp;

	if (left && u[0] < 0x80) {
		*i += 1;
		return u[0];
	}
	if (left >= 3 && (u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80) {
		cp = (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
			*i += 3;
			return cp;
		}
	}
	return zhen__utf8_next(s, len, i);
}

static inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

static inline bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }

static inline char lower(char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static inline bool eq_ci(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (lower(a[i]) != lower(b[i]))
			return false;
	return true;
}

static inline int cmp_i32(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

/* The first (or last) code point of s[0, n) as a key: its bytes packed,
 * ASCII lowercased as eq_ci() compares. Equal bytes give equal keys, so
 * no decoding (or validity) is needed. */
static inline uint32_t pack(const char *s, size_t n)
{
	uint32_t k = 0;
	for (size_t i = 0; i < n; i++)
		k = k << 8 | (unsigned char)lower(s[i]);
	return k;
}

/* zhen__utf8_len(), inline for the lookups' hot path */
static inline size_t cp_len(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static inline uint32_t key_first(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t m = cp_len(u[0]);
	if (m == 1)
		return (unsigned char)lower(s[0]);
	/* most keys: a CJK character, with no letter to lowercase */
	if (m == 3 && n >= 3 && u[1] >= 0x80 && u[2] >= 0x80)
		return (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2];
	return pack(s, m < n ? m : n);
}

/* Fibonacci hashing: the top bits of the product mix every bit of the
 * key (CJK keys share their lead byte and differ in the last). */
static inline uint32_t hash_key(uint32_t k, uint32_t shift)
{
	return (k * 2654435761u) >> shift;
}

/* The slots of @p key: [*a, *b), empty when no entry has it or, with
 * @p kind >= 0, none of that kind. */
static inline const struct slot *slots_of(const struct keyhash *h,
                                          const struct slot *x, uint32_t key,
                                          int kind, const struct slot **end)
{
	uint32_t p = hash_key(key, h->shift) & h->mask;
	*end = x;
	if (!h->r)
		return x;
	for (; h->r[p].b; p = (p + 1) & h->mask)
		if (h->r[p].key == key) {
			if (kind >= 0 && !(h->r[p].kinds >> kind & 1))
				return x;
			*end = x + h->r[p].b;
			return x + h->r[p].a;
		}
	return x;
}

/* Inline up to the hash: most lookups end there, and the call was a
 * third of their cost. */
static inline const struct entry *match_fwd(const struct table *t,
                                            const char *s, size_t len,
                                            size_t i, int lang, int posmask,
                                            int kind)
{
	const struct slot *x, *end;
	if (i >= len)
		return NULL;
	x = slots_of(&t->hfirst, t->first, key_first(s + i, len - i), kind,
	             &end);
	return x == end ? NULL : nr_match_fwd_run(t, x, end, s, len, i, lang,
	                                          posmask, kind);
}

static inline bool is_numcp(const struct zhen__numbers_data *d, int32_t cp)
{
	if (cp >= 0 && cp < 0x10000)
		return d->numbits[cp >> 3] >> (cp & 7) & 1;
	return bsearch(&cp, d->numcp, d->nnumcp, sizeof cp, cmp_i32) != NULL;
}

static inline bool is_startcp(const struct zhen__numbers_data *d, int32_t cp)
{
	if (cp >= 0 && cp < 0x10000)
		return d->startbits[cp >> 3] >> (cp & 7) & 1;
	return bsearch(&cp, d->startcp, d->nstartcp, sizeof cp, cmp_i32) !=
	       NULL;
}

/* The end of the ASCII letters from @p i in a text followed by 8 bytes
 * that are not letters (nr_prepare_en()), 8 bytes at a time: skipping
 * words letter by letter, a branch mispredicted at every word end, was
 * most of the English scan. */
static inline size_t word_end(const char *s, size_t i)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
	__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t hi = 0x8080808080808080ull;
	for (;;) {
		uint64_t x, y;
		memcpy(&x, s + i, 8);
		/* per byte, without carries: y = lowercased 7 bits; a
		 * letter has no high bit and 0x61 <= y <= 0x7A */
		y = (x | 0x2020202020202020ull) & ~hi;
		uint64_t letter = (y + 0x1F1F1F1F1F1F1F1Full) &
		                  ~(y + 0x0505050505050505ull) & ~x & hi;
		uint64_t other = ~letter & hi;
		if (other)
			return i + (size_t)(__builtin_ctzll(other) >> 3);
		i += 8;
	}
#else
	while (is_alpha(s[i]))
		i++;
	return i;
#endif
}

#endif
