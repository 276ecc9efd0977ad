/* numbers.h: the quantities a sentence carries (value, kind, unit, currency). */
#ifndef ZHEN_NUMBERS_H
#define ZHEN_NUMBERS_H

#include "common.h"
#include "convert.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a quantity is. Compared only within compatible kinds. */
typedef enum zhen_qkind {
	ZHEN_Q_NUMBER = 0, /**< a plain count or amount without currency */
	ZHEN_Q_MONEY,      /**< an amount with a currency (see currency) */
	ZHEN_Q_PERCENT,    /**< 21% / 百分之二十一: value 21 */
	ZHEN_Q_POINTS,     /**< percentage points (個百分點): value 3.5 */
	ZHEN_Q_ORDINAL,    /**< 第三, 10th: value 3, 10 */
	ZHEN_Q_YEAR,       /**< 2024年, 2024: value 2024 */
	ZHEN_Q_DATE,       /**< a month and day: value MMDD (1022), or YYYYMMDD;
	                        a month alone is MM00 (十月, "in October") */
	ZHEN_Q_IDENT,      /**< an identifier compared literally (AI 2.0, GPT-4) */
	ZHEN_Q_TIME        /**< a clock time: value HHMM (9:30, 9點30分: 930;
	                        下午6点: 1800), formatted "09:30" */
} zhen_qkind;

/**
 * Unit codes (zhen_quantity.unit) that the library's own code sets or
 * compares. The rest come from the canonical column of dicts/units.tsv;
 * these are in that column too, except where marked "set by the reader"
 * (test_numbers checks both), so an edit of the dictionary cannot drop
 * one the code relies on.
 */
#define ZHEN_UNIT_YEAR "year"
#define ZHEN_UNIT_MONTH "month"
#define ZHEN_UNIT_WEEK "week"
#define ZHEN_UNIT_DAY "day"
#define ZHEN_UNIT_HOUR "hour"
#define ZHEN_UNIT_MINUTE "minute"
#define ZHEN_UNIT_SECOND "second"
#define ZHEN_UNIT_METRE "m"
#define ZHEN_UNIT_KM "km"
#define ZHEN_UNIT_FOOT "ft"
#define ZHEN_UNIT_POINT "pt"       /**< points of an index (下跌18点) */
#define ZHEN_UNIT_TIMES "x"        /**< a multiple: 倍, times, doubled */
#define ZHEN_UNIT_TEAM "team"      /**< a count of teams: 3支球队 */
#define ZHEN_UNIT_PERSON "person"  /**< a count of people: "three players" */
#define ZHEN_UNIT_LIANG "liang"    /**< 两 as a weight, 50 g: 三两黄金 */
#define ZHEN_UNIT_QUARTER "quarter" /**< 第三季度, Q3 (set by the reader) */
#define ZHEN_UNIT_HALF "half"       /**< 上半年, H1 (set by the reader) */
#define ZHEN_UNIT_OFF "off"         /**< 八折, 20% off (set by the reader) */

/** ISO 4217 codes the reader sets for a bare 元 by region; the others
 *  come from dicts/currencies.tsv. */
#define ZHEN_CURRENCY_CNY "CNY"
#define ZHEN_CURRENCY_TWD "TWD"
#define ZHEN_CURRENCY_HKD "HKD"


/** Flags of a quantity. */
enum {
	ZHEN_QF_APPROX = 1u << 0,      /**< preceded or followed by 約/about/逾… */
	ZHEN_QF_WORDS = 1u << 1,       /**< written in words (三, three), no digits */
	ZHEN_QF_MAGNITUDE = 1u << 2,   /**< carries a magnitude word (億, billion) */
	ZHEN_QF_CUR_AMBIGUOUS = 1u << 3, /**< currency from a symbol such as bare $ */
	ZHEN_QF_RANGE = 1u << 4,       /**< one end of a range (10%至15%) */
	ZHEN_QF_CONVERSION = 1u << 5,  /**< an amount in parentheses right
	                                    after another amount in a different
	                                    currency: RMB 6.093 billion
	                                    (USD 840 million), (約8.4億美元) */
	ZHEN_QF_DECADE = 1u << 6,      /**< a year written as a decade (the
	                                    1960s, 20 世纪 60 年代): value is
	                                    its first year */
	ZHEN_QF_NAME = 1u << 7,        /**< a number word capitalised inside a
	                                    sentence before another capitalised
	                                    word ("the game Six Days in
	                                    Fallujah"): likely part of a name;
	                                    a DATE that names an event
	                                    (7.19强降雨, “8·11”汇改) */
	ZHEN_QF_VAGUE = 1u << 8,       /**< a band rather than a figure
	                                    (dozens, thousands, a couple of
	                                    thousand, 数十, 几千): value is its
	                                    lower end; also APPROX */
	ZHEN_QF_COUNT = 1u << 9,       /**< a Chinese count of people or of
	                                    times (两名, 三位, 两次): a figure
	                                    even when small and in words */
	ZHEN_QF_INCREASE = 1u << 10,   /**< after a word of growth (增长,
	                                    "rose by"): a change, not a level;
	                                    a multiple so (增长两倍) is by the
	                                    standard reading the increase, ×3
	                                    ("tripled"), loosely ×2 */
	ZHEN_QF_MEASURED = 1u << 11,   /**< followed by a Chinese measure word
	                                    (3家, 5个, 两名): a count of
	                                    things */
	ZHEN_QF_DECREASE = 1u << 12,   /**< after a word of decline (下降,
	                                    "fell", "a loss of"): the figure
	                                    says a fall, so it equals the
	                                    other side's negative figure
	                                    (增长-6.8% ↔ "contracted 6.8%") */
	ZHEN_QF_DAYPART = 1u << 13,    /**< a clock time with its part of the
	                                    day written (下午6点, "6 pm"): on
	                                    the 24-hour dial; without, a time
	                                    may be either half */
	ZHEN_QF_DAY = 1u << 14,        /**< a DATE that is a day of the month
	                                    written alone (10日): value DD,
	                                    the month left to the context;
	                                    formatted "---10" (ISO 8601) */
	ZHEN_QF_DEFINITE = 1u << 15,   /**< after a demonstrative (这两位,
	                                    那三家: "these two", "both"): it
	                                    refers back, and a translation
	                                    may say so without the figure */
	ZHEN_QF_REMAINDER = 1u << 16,  /**< "the other three", "six other
	                                    provinces": the rest of a count
	                                    the other side may give whole
	                                    (等四部委 = the ministry "and
	                                    three others") */
	ZHEN_QF_LUNAR = 1u << 17,      /**< a DATE of the Chinese lunar
	                                    calendar (农历十月十五, 腊月二十三,
	                                    "October 15 of the lunar
	                                    calendar"): never compared with a
	                                    date of the Gregorian one */
	ZHEN_QF_WIDE = 1u << 18,       /**< a band (VAGUE) that spans two
	                                    orders of magnitude, its value the
	                                    lower end: 成千上万, thousands to
	                                    tens of thousands */
	ZHEN_QF_LATENT = 1u << 19,     /**< a numeral that is no figure on its
	                                    own (十大, 万名, 习近平三号 with
	                                    nothing after 号 to make it a day):
	                                    never reported, never an anchor,
	                                    but it explains the other side's
	                                    figure it writes ("the top 10",
	                                    "on the 3rd"). Only from
	                                    zhen_numbers_extract_all() and in a
	                                    checked result's quantities. */
	ZHEN_QF_LONG = 1u << 20         /**< more than 18 significant digits:
	                                    the value holds the first 18 (and
	                                    the figure's size), .digits the
	                                    rest (a hash) */
};

/**
 * One quantity. start/end are byte offsets into the caller's text plus the
 * base given to zhen_numbers_extract(), so they point at the original bytes.
 */
typedef struct zhen_quantity {
	size_t start, end;
	zhen_decimal value;      /**< after magnitude: 34億 → 3400000000 */
	int32_t precision;       /**< exponent of the last written digit after
	                              scaling: 1.74億 → 6; used for rounding */
	zhen_qkind kind;
	unsigned flags;          /**< ZHEN_QF_* */
	char currency[8];        /**< ISO 4217 code ("CNY", "USD") or "" */
	char unit[24];           /**< canonical unit from dicts/units.tsv or "" */
	char currency_alt[24];   /**< with ZHEN_QF_CUR_AMBIGUOUS: the other
	                              ISO codes the sign may stand for,
	                              space-separated ($: "HKD TWD SGD …";
	                              ¥: "JPY"; 元 in Traditional text of no
	                              known region: "TWD HKD MOP"), else "" */
	uint64_t digits;         /**< with ZHEN_QF_LONG: a hash (FNV-1a) of
	                              every digit written, the point kept and
	                              separators left out, so that two long
	                              figures compare exactly past the value's
	                              18 digits; else 0 */
} zhen_quantity;

/** The quantities of one text, in order of start. */
typedef struct zhen_quantities zhen_quantities;

/**
 * Read every quantity in @p text (valid UTF-8). Chinese text is width-folded
 * and, unless @p conv is NONE, converted to Simplified around each number
 * (OpenCC maps code points one to one, so offsets carry over); English is
 * width-folded. @p conv must not be AUTO (see zhen_convert_resolve()).
 * @param out receives the list (caller frees with zhen_quantities_free());
 *        it does not borrow @p text.
 * @param base added to every offset.
 * @return 0, ZHEN_EOPENCC, ZHEN_EUSAGE (@p lang or @p conv out of range,
 *         AUTO, TW2SP) or ZHEN_ENOMEM. NULL @p out or @p ctx, NULL @p text
 *         with @p len > 0: ZHEN_EINVAL.
 */
ZHEN_API int zhen_numbers_extract(zhen_quantities **out, zhen_ctx *ctx,
                                  zhen_lang lang, zhen_convert_mode conv,
                                  const char *text, size_t len, size_t base);

/**
 * zhen_numbers_extract() with the latent numerals too, flagged
 * ZHEN_QF_LATENT (十大, 一些, 三号 with nothing after 号 to make it a day):
 * numerals the reader takes for no figure on their own. What the check
 * pipeline reads, so that its compare can let one explain a figure of the
 * other side. Same arguments, returns and ownership.
 */
ZHEN_API int zhen_numbers_extract_all(zhen_quantities **out, zhen_ctx *ctx,
                                      zhen_lang lang, zhen_convert_mode conv,
                                      const char *text, size_t len,
                                      size_t base);

/** Free; NULL is allowed. */
ZHEN_API void zhen_quantities_free(zhen_quantities *q);

/** Number of quantities; 0 for NULL. */
ZHEN_API size_t zhen_quantities_count(const zhen_quantities *q);

/** Quantity @p i (< count); borrowed, lives as long as @p q. NULL for a
 *  NULL @p q or @p i out of range. */
ZHEN_API const zhen_quantity *zhen_quantities_get(const zhen_quantities *q,
                                                  size_t i);

/** "number", "money", "percent", "points", "ordinal", "year", "date",
 *  "ident", "time"; "unknown" for a value out of range; static. */
ZHEN_API const char *zhen_qkind_name(zhen_qkind kind);

/**
 * Normalised text of a quantity's value for reports and JSON:
 * "CNY 3,400,000,000", "21%", "3.5 pp", "10th", "2024", "10-22".
 * Same contract as zhen_decimal_format() when @p group is nonzero; with
 * @p group zero no separators are written (for JSON "value"). A NULL @p q
 * writes "" and returns 0.
 */
ZHEN_API size_t zhen_quantity_format(char *buf, size_t cap,
                                     const zhen_quantity *q, int group);

#ifdef __cplusplus
}
#endif
#endif
