/* facts.h: facts stated across documents (a metric, a period, a figure)
 * and the conflicts between them. */
#ifndef ZHEN_FACTS_H
#define ZHEN_FACTS_H

#include "check.h"
#include "numbers.h"
#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The part of a year a fact is about. */
typedef enum zhen_period_part {
	ZHEN_PERIOD_YEAR = 0, /**< a whole (financial) year: 2022年, FY2022 */
	ZHEN_PERIOD_H1,       /**< 上半年, H1, six months ended June 30 */
	ZHEN_PERIOD_H2,
	ZHEN_PERIOD_Q1,       /**< 第一季度, Q1, three months ended March 31 */
	ZHEN_PERIOD_Q2,
	ZHEN_PERIOD_Q3,
	ZHEN_PERIOD_Q4
} zhen_period_part;

/** A period: @c year 0 when no year was read (今年上半年 with no year
 *  anywhere before it): such a fact is listed, never compared. */
typedef struct zhen_period {
	int32_t year;
	zhen_period_part part;
	/** The month a whole year ends in, 1-12: 3 for 截至2023年3月31日止年度,
	 *  "the year ended 31 March 2023", and for FY2023 in a document that
	 *  says its years end on March 31; 0 when no text says (a calendar
	 *  year: December). A year to March 2023 is another period than
	 *  2023 (zhen_period_equal()). For a half, the month its year ends
	 *  in: the six months ended 30 September 2023 are {2024, H1, 3}. */
	int32_t end_month;
} zhen_period;

/** Flags of a fact. */
enum {
	ZHEN_FACT_SEGMENT = 1u << 0,  /**< about a part of the company (業務收入,
	                                   "the automotive business"): read,
	                                   never compared */
	ZHEN_FACT_CARRIED = 1u << 1,  /**< its period was read in an earlier
	                                   sentence (period_line says where) */
	ZHEN_FACT_LIST = 1u << 2,     /**< one of a list of values, one per
	                                   period of a list of periods
	                                   (2018-2023年 ... 分別為 A、B、…) */
	ZHEN_FACT_CONVERTED = 1u << 3, /**< its figure is followed by its
	                                   conversion (RMB 6.093 billion (USD 840
	                                   million)), kept in .conversion */
	ZHEN_FACT_SUBJECT = 1u << 4,  /**< its company is the one its document
	                                   names most */
	ZHEN_FACT_FISCAL = 1u << 5    /**< its year was said as a financial
	                                   year (FY2023, 2023財年, fiscal
	                                   2023): it ends in the month its
	                                   document's years end in */
};

/**
 * One fact: a document says the metric of the period was the figure.
 * Offsets are into the analysis text of its document (zhen_doc_bytes());
 * zhen_doc_source_span() maps them to the user's bytes.
 */
typedef struct zhen_fact {
	size_t doc;               /**< the document, in the order added */
	const char *metric;       /**< the metric id of dicts/metrics.tsv
	                               ("net_loss"); lives as long as the
	                               zhen_facts */
	const char *family;       /**< its family ("loss"); same lifetime */
	zhen_period period;
	size_t line;              /**< line of the figure */
	size_t period_line;       /**< line the period was read on */
	size_t term_start, term_end;   /**< the metric's words */
	size_t sent_start, sent_end;   /**< the sentence the figure is in */
	zhen_quantity value;      /**< the figure: value, currency or unit,
	                               ZHEN_QF_APPROX for a hedge (約, nearly) */
	zhen_quantity conversion; /**< with ZHEN_FACT_CONVERTED */
	unsigned flags;           /**< ZHEN_FACT_* */
	const char *company;      /**< the company it is about: the name
	                               nearest its metric in its sentence,
	                               else its document's most named
	                               (ZHEN_FACT_SUBJECT), Han characters in
	                               Simplified; NULL when its document
	                               names none. Two facts are about one
	                               company when the pointers are equal
	                               (a name and its translation in
	                               brackets are one). Lives as long as
	                               the zhen_facts */
} zhen_fact;

/** The facts of a set of documents. */
typedef struct zhen_facts zhen_facts;

/**
 * An empty set of facts, reading the metrics of dicts/metrics.tsv.
 * @param out receives it; the caller frees it with zhen_facts_free().
 *        NULL on failure.
 * @return 0, ZHEN_EDICT (the built-in table is broken) or ZHEN_ENOMEM.
 *         NULL @p out: ZHEN_EINVAL.
 */
ZHEN_API int zhen_facts_new(zhen_facts **out, zhen_ctx *ctx);

/** Free; NULL is allowed. */
ZHEN_API void zhen_facts_free(zhen_facts *f);

/**
 * Read the facts of @p doc and add them to @p f. Each paragraph is read as
 * Chinese or English by its letters (a quotation left untranslated, an
 * English article under a Chinese headline), its Chinese converted with
 * @p conv around the figures (not AUTO: see zhen_convert_resolve()).
 * @p f borrows @p doc, which must outlive it; @p name (shown in reports)
 * is copied.
 * @return 0, ZHEN_EUSAGE (@p conv AUTO or out of range), ZHEN_EICU,
 *         ZHEN_EOPENCC or ZHEN_ENOMEM; on failure @p f holds the facts of
 *         the documents added before. NULL @p f, @p ctx, @p doc or
 *         @p name: ZHEN_EINVAL.
 */
ZHEN_API int zhen_facts_add_doc(zhen_facts *f, zhen_ctx *ctx,
                                const zhen_doc *doc, const char *name,
                                zhen_convert_mode conv);

/** Number of facts; 0 for a NULL @p f. */
ZHEN_API size_t zhen_facts_count(const zhen_facts *f);
/** Fact @p i (< count); borrowed, lives as long as @p f. NULL for a NULL
 *  @p f or @p i out of range. */
ZHEN_API const zhen_fact *zhen_facts_get(const zhen_facts *f, size_t i);
/** Number of documents added; 0 for a NULL @p f. */
ZHEN_API size_t zhen_facts_doc_count(const zhen_facts *f);
/** The name of document @p i as given; borrowed from @p f. NULL for a
 *  NULL @p f or @p i out of range. */
ZHEN_API const char *zhen_facts_doc_name(const zhen_facts *f, size_t i);
/** Document @p i (borrowed: the caller's own); NULL for a NULL @p f or
 *  @p i out of range. */
ZHEN_API const zhen_doc *zhen_facts_doc(const zhen_facts *f, size_t i);

/** Exchange rates a user gives (zhen facts --rates FILE). */
typedef struct zhen_rates zhen_rates;

/**
 * Read a rates file: lines `DATE<TAB>BASE/QUOTE<TAB>RATE` (2022-12-30
 * USD/CNY 6.9646: one USD is 6.9646 CNY); `#` comments and blank lines
 * are skipped. The text is not borrowed.
 * @param out receives the rates; free with zhen_rates_free().
 * @return 0, ZHEN_EINPUT (a bad line: zhen_ctx_errpos() gives its line) or
 *         ZHEN_ENOMEM. NULL @p out, or NULL @p text with a length:
 *         ZHEN_EINVAL.
 */
ZHEN_API int zhen_rates_read(zhen_rates **out, zhen_ctx *ctx,
                             const char *text, size_t len);
/** Free; NULL is allowed. */
ZHEN_API void zhen_rates_free(zhen_rates *r);

/** What is wrong between two facts. */
typedef enum zhen_conflict_type {
	ZHEN_CONFLICT_VALUE = 0, /**< the same currency or unit, figures no
	                              rounding or hedge explains */
	ZHEN_CONFLICT_MAGNITUDE, /**< as VALUE, apart by a power of ten */
	ZHEN_CONFLICT_RATE,      /**< two currencies, apart at the rate given */
	ZHEN_CONFLICT_NO_RATE    /**< two currencies and no rate to compare
	                              them by (a warning) */
} zhen_conflict_type;

/** Where a rate came from. */
typedef enum zhen_rate_source {
	ZHEN_RATE_NONE = 0,
	ZHEN_RATE_DOCUMENT, /**< a figure and its conversion in a document */
	ZHEN_RATE_USER      /**< the user's rates file */
} zhen_rate_source;

/** A rate: one @c base is @c rate @c quote (USD, 7.25, CNY). */
typedef struct zhen_rate {
	zhen_rate_source source;
	char base[8], quote[8];
	double rate;            /**< stated or derived; for reports */
	double lo, hi;          /**< what the rounding of its figures allows */
	size_t doc;             /**< DOCUMENT: the document */
	size_t line;            /**< DOCUMENT: its line; USER: the file's */
	size_t start, end;      /**< DOCUMENT: the figure and its conversion */
	char date[11];          /**< USER: its date, YYYY-MM-DD */
} zhen_rate;

/** One conflict between facts @c a and @c b (indexes, a < b). */
typedef struct zhen_conflict {
	zhen_conflict_type type;
	zhen_severity severity;
	size_t a, b;
	zhen_rate rate;   /**< RATE: the rate used (source NONE otherwise) */
	double ratio;     /**< how far apart: the larger over the smaller,
	                       after conversion */
	size_t repeats;   /**< other pairs of facts with the same two
	                       figures for this metric and period (the same
	                       figure repeated in a list, a headline, another
	                       document), folded into this one */
} zhen_conflict;

/** The conflicts of a set of facts. */
typedef struct zhen_conflicts zhen_conflicts;

/**
 * Compare every two facts of @p f with the same metric, period and
 * company (zhen_fact.company), and every two of one family whose figures
 * have the same digits in another currency or at another power of ten
 * (see dicts/metrics.tsv), in one document or across documents. Two currencies are compared only through
 * a rate: the conversion a document writes beside one of the figures,
 * else @p user (may be NULL), else a conversion written elsewhere in the
 * documents; never one of zhen's own.
 * @param out receives the conflicts, by fact order; free with
 *        zhen_conflicts_free(). It borrows nothing.
 * @return 0 or ZHEN_ENOMEM. NULL @p out or @p f: ZHEN_EINVAL.
 */
ZHEN_API int zhen_facts_compare(zhen_conflicts **out, zhen_ctx *ctx,
                                const zhen_facts *f, const zhen_rates *user);
/** Free; NULL is allowed. */
ZHEN_API void zhen_conflicts_free(zhen_conflicts *c);
/** Number of conflicts; 0 for a NULL @p c. */
ZHEN_API size_t zhen_conflicts_count(const zhen_conflicts *c);
/** Conflict @p i (< count); borrowed, lives as long as @p c. NULL for a
 *  NULL @p c or @p i out of range. */
ZHEN_API const zhen_conflict *zhen_conflicts_get(const zhen_conflicts *c,
                                                 size_t i);
/** "value", "magnitude", "rate", "no-rate"; "unknown" for a value out
 *  of range; static. */
ZHEN_API const char *zhen_conflict_type_name(zhen_conflict_type t);
/** "2022", "H1 2024", "Q3 2023", "H1 ?", "2023 (year to March)", "H1 2024
 *  (year to March)" style;
 *  returns what snprintf
 *  does. @p buf may be NULL when @p cap is 0 (to measure); a part out of
 *  range is written as a year's; NULL @p buf with a capacity: 0, nothing
 *  written. */
ZHEN_API size_t zhen_period_format(char *buf, size_t cap, zhen_period p);

/** Whether two periods are one: the same year and part, and the same last
 *  month of their year (0 and 12 both December). 1 or 0. */
ZHEN_API int zhen_period_equal(zhen_period a, zhen_period b);

/**
 * The report of zhen facts: for each conflict, each document's sentence
 * quoted with its figure marked ([[…]], or in colour with @p color) and a
 * line saying what disagrees, then a summary line.
 * @p c may be NULL (no conflicts).
 * @return 0, the callback's nonzero value, or ZHEN_ENOMEM. NULL @p write
 *         or @p f: ZHEN_EINVAL.
 */
ZHEN_API int zhen_facts_report_text(zhen_write_fn write, void *payload,
                                    const zhen_facts *f,
                                    const zhen_conflicts *c, int color);
/**
 * The same as JSON Lines: one {"fact":…} object per fact, one
 * {"conflict":…} per conflict, and {"summary":…} last. @return as
 * zhen_facts_report_text(); NULL @p write or @p f: ZHEN_EINVAL.
 */
ZHEN_API int zhen_facts_report_json(zhen_write_fn write, void *payload,
                                    const zhen_facts *f,
                                    const zhen_conflicts *c);

/**
 * The same as one self-contained HTML page (escaped; no script, nothing
 * loaded): each conflict with both sentences quoted and the figures
 * marked, then a table of every fact read, metric and period (and
 * company) by document, the cells of figures in conflict coloured.
 * @return as zhen_facts_report_text(); NULL @p write or @p f: ZHEN_EINVAL.
 */
ZHEN_API int zhen_facts_report_html(zhen_write_fn write, void *payload,
                                    const zhen_facts *f,
                                    const zhen_conflicts *c);

#ifdef __cplusplus
}
#endif
#endif
