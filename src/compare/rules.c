/* rules.c: the rules of the compare stage, in the order they run.
 *
 * Policy (README "Findings"): magnitude, currency, unit and value are
 * errors; missing and extra are warnings (errors with --strict); series is
 * a warning; rounding beyond the precision written is info.
 *
 * The rules run from the most to the least certain, each taking the
 * quantities it explains out of play, so that a correct 34億 ↔ 3.4
 * billion is never reported just because a wrong 5億 ↔ 50 billion sits in
 * the same sentence: first what says one figure correctly (silent), then
 * what says one figure with a slip (a finding about the pair), then what
 * is left (a finding about one side). A pairwise rule (step zhen__pairs)
 * gives each Chinese quantity in text order the first free English one
 * its test takes (match.c); the other rules see the whole unit.
 *
 * To add a rule: write its test in its family's file (compare.h lists
 * them) and add a row here, after every rule that is more certain. A
 * rule placed too early takes pairs from a better one: run
 * scripts/snapshot.sh and bench/numbers_flores.py before and after. */
#include "compare.h"

/* A pairwise rule that explains a pair as correct. */
#define SILENT(n, fn, w) \
	{ .name = n, .step = zhen__pairs, .match = fn, .why = w }
/* A pairwise rule that reports a pair as one figure with a slip. */
#define FINDS(n, fn, t, s, w) \
	{ .name = n, .step = zhen__pairs, .match = fn, \
	  .found = zhen__found_pair, .type = t, .sev = s, .why = w }
/* A rule that sees the whole unit. */
#define WHOLE(n, fn, w) { .name = n, .step = fn, .why = w }

const struct zhen__rule zhen__rules[] = {
	WHOLE("first-months", zhen__first_months,
	      "1-6月 ↔ \"the first half\": two quantities for one figure, "
	      "which no pairwise test sees; first, before either end of "
	      "the range is paired alone"),

	SILENT("long-same", zhen__m_long_same,
	       "two figures of more than 18 significant digits, every digit "
	       "alike (their hashes): first, as the value holds only 18"),
	{ .name = "long", .step = zhen__pairs, .match = zhen__m_long,
	  .found = zhen__found_long, .type = ZHEN_F_VALUE,
	  .sev = ZHEN_SEV_ERROR,
	  .why = "two figures of more than 18 significant digits that agree "
	         "as far as the value holds but not past it: a value error "
	         "saying where they differ; before the exact match, which "
	         "would call them equal" },

	/* one figure, said correctly: silent */
	SILENT("exact-form", zhen__m_exact_form,
	       "one figure written alike, digits with digits and words with "
	       "words: in 一家诊所 … 17磅1盎司 ↔ \"17 pounds 1 ounce\" the "
	       "digit 1 is the digit's partner, not 一's"),
	SILENT("exact-kind", zhen__m_exact_kind,
	       "then one kind with its kind: in 18 洞 … 第 18 洞 ↔ \"Eighteen "
	       "holes … the eighteenth\" the ordinal is the ordinal's "
	       "partner, the count the count's"),
	{ .name = "exact", .step = zhen__pairs_by_value,
	  .match = zhen__m_exact,
	  .why = "then any one figure, within the precision written; in a "
	         "unit larger than the window also looked up by value, "
	         "which keeps the window in step" },
	SILENT("ident-figure", zhen__m_ident_figure,
	       "伊尔-76 ↔ Il-76: the Chinese transliterates the letters and "
	       "keeps the figure"),
	SILENT("multiple", zhen__m_multiple,
	       "1.5倍 ↔ \"up 50%\", 增长两倍 ↔ \"tripled\": a multiple said as "
	       "a change; before the slips, which would call it a unit or "
	       "value error"),
	SILENT("sign", zhen__m_sign,
	       "增长-6.8% ↔ \"contracted 6.8%\": a minus is a word of decline"),
	SILENT("discount", zhen__m_discount,
	       "八折 ↔ \"pay 80%\": a discount and what is paid"),
	SILENT("roc-year", zhen__m_roc_year,
	       "112年 ↔ 2023, 97年 ↔ 1997: a year of Taiwan's calendar or in "
	       "two digits, read as a count of years"),
	SILENT("points-word", zhen__m_points_word,
	       "1.8个百分点 ↔ \"1.8 points\": percentage points named as "
	       "points"),
	SILENT("event-digits", zhen__m_event_digits,
	       "7.19强降雨 ↔ \"the 719 rainfall\": an event named by its "
	       "day, its name kept as digits"),
	WHOLE("day-context", zhen__day_context,
	      "新华社北京9月10日电 … 8日 ↔ \"August 8\": a day alone whose "
	      "month the Chinese context names, translated into a date of "
	      "another month, is one value error; before day, which pairs "
	      "a day alone with a date of any month"),
	SILENT("day", zhen__m_day,
	       "10日 ↔ \"October 10\" or \"the 10th\": a day written alone "
	       "is that day of the month the context gives"),
	{ .name = "date-year", .step = zhen__pairs,
	  .match = zhen__m_date_year, .found = zhen__found_date_year,
	  .why = "11 月 26 日 ↔ \"November 26, 2008\": one day, its year on "
	         "one side only; the year is then looked for as a figure of "
	         "its own, else reported missing, extra or wrong" },
	{ .name = "date-day", .step = zhen__pairs,
	  .match = zhen__m_date_day, .found = zhen__found_date_day,
	  .why = "10月1日 ↔ \"in October\": one month, its day on one side "
	         "only: the day left out (missing or extra), not another "
	         "date; before the slips, which would call it a value error" },

	WHOLE("digit-list", zhen__digit_lists,
	      "售价249,289,299元 ↔ \"249, 289 and 299 yuan\": a list read "
	      "as one grouped figure, the reading the other side supports; "
	      "after every reading of one figure, before the slips, which "
	      "would call it a value error against the last item"),

	/* one figure with a slip: a finding about the pair */
	FINDS("currency", zhen__m_currency, ZHEN_F_CURRENCY, ZHEN_SEV_ERROR,
	      "the same figure in another currency; the slips come after "
	      "every correct reading, so only a pair nothing explains is "
	      "called one"),
	FINDS("unit", zhen__m_unit, ZHEN_F_UNIT, ZHEN_SEV_ERROR,
	      "the same figure in another unit, or basis points as percent "
	      "(25 个基点 ↔ \"25%\")"),
	FINDS("multiple-unit", zhen__m_multiple_unit, ZHEN_F_UNIT,
	      ZHEN_SEV_ERROR, "1.5倍 ↔ \"1.5%\": a multiple written as percent"),
	FINDS("points-percent", zhen__m_points_percent, ZHEN_F_UNIT,
	      ZHEN_SEV_ERROR,
	      "恒指下跌1.8% ↔ \"fell 1.8 points\": percent written as points"),
	FINDS("magnitude", zhen__m_magnitude, ZHEN_F_MAGNITUDE, ZHEN_SEV_ERROR,
	      "5億 ↔ \"50 billion\": a power of ten apart, the 億/billion "
	      "slip; before rounding and value, which would name it less "
	      "precisely"),
	FINDS("rounding", zhen__m_rounding, ZHEN_F_VALUE, ZHEN_SEV_INFO,
	      "1.74億 ↔ \"2 billion\": rounded beyond the precision written, "
	      "worth a look; before value, which would call it another "
	      "figure"),
	FINDS("value", zhen__m_value, ZHEN_F_VALUE, ZHEN_SEV_ERROR,
	      "the last resort between figures: a different figure of the "
	      "same kind"),
	FINDS("magnitude-words", zhen__m_magnitude_words, ZHEN_F_MAGNITUDE,
	      ZHEN_SEV_ERROR,
	      "300 ↔ \"thirty\": a word figure a power of ten from digits; "
	      "after value, which keeps words out because a word is often "
	      "no figure"),
	FINDS("multiple-value", zhen__m_multiple_value, ZHEN_F_VALUE,
	      ZHEN_SEV_ERROR,
	      "增长超过一倍 ↔ \"more than tripled\": two multiples, or a "
	      "multiple and a percent, that differ"),
	FINDS("points-value", zhen__m_points_value, ZHEN_F_VALUE,
	      ZHEN_SEV_ERROR,
	      "1.8个百分点 ↔ \"2.8 points\": the same points, another figure"),

	/* figures in another unit, after every pairwise rule */
	WHOLE("converted", zhen__converted_same,
	      "120 公里 ↔ \"75 miles\": converted, agreeing as writers round; "
	      "before converted-wrong, so a figure written in both units "
	      "(\"40 mph (64 kph)\") pairs with its own unit first"),
	WHOLE("converted-wrong", zhen__converted_other,
	      "converted and not agreeing: a value error, or a magnitude "
	      "error a power of ten off"),

	/* what is left */
	WHOLE("lone-pair", zhen__lone_pair,
	      "17 ↔ \"eleven\": the one figure left on each side is one "
	      "figure translated wrong, not one dropped and one made up"),
	WHOLE("latent", zhen__latent,
	      "十大 ↔ \"the top 10\", 三号 ↔ \"the 3rd\": a numeral the reader "
	      "took for no figure says the other side's figure; after every "
	      "rule that pairs two figures (a figure read is better "
	      "evidence than a numeral left latent), before what is left is "
	      "reported"),
	WHOLE("missing", zhen__missing,
	      "a Chinese figure nothing explains"),
	WHOLE("extra", zhen__extra, "an English figure nothing explains"),
	WHOLE("series", zhen__series,
	      "a list of amounts that switches currency or magnitude: the "
	      "data may be wrong even where the translation agrees"),
	{ .name = NULL },
};
