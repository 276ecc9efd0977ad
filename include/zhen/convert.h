/* convert.h: width folding and Traditional→Simplified conversion. */
#ifndef ZHEN_CONVERT_H
#define ZHEN_CONVERT_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Conversion of the Chinese side before analysis. */
typedef enum zhen_convert_mode {
	ZHEN_CONVERT_AUTO = 0, /**< detect: Traditional text is converted */
	ZHEN_CONVERT_NONE,
	ZHEN_CONVERT_T2S,
	ZHEN_CONVERT_TW2S,
	ZHEN_CONVERT_HK2S,
	/** Taiwan phrases too (軟體→软件, 記憶體→内存): for zhen_convert()
	 *  only. It changes the length of words, so offsets would not map
	 *  back, and it rewrites vocabulary (智慧城市→智能城市); the check
	 *  pipeline refuses it. */
	ZHEN_CONVERT_TW2SP
} zhen_convert_mode;

/** Script of a Chinese text. */
typedef enum zhen_script {
	ZHEN_SCRIPT_UNKNOWN = 0, /**< too little Chinese to tell */
	ZHEN_SCRIPT_SIMPLIFIED,
	ZHEN_SCRIPT_TRADITIONAL, /**< no regional convention shows */
	/** Simplified and Traditional characters both in number (a quoted
	 *  passage, a half-converted file). */
	ZHEN_SCRIPT_MIXED,
	/** Traditional with Taiwan's character forms (說, 衛, 溫) or
	 *  vocabulary (新台幣, 年增). */
	ZHEN_SCRIPT_TRADITIONAL_TW,
	/** Traditional with Hong Kong's forms (説, 衞, 温) or vocabulary
	 *  (港幣, 按年). */
	ZHEN_SCRIPT_TRADITIONAL_HK
} zhen_script;

/** "auto", "none", "t2s", "tw2s", "hk2s", "tw2sp"; static; "unknown" for
 *  a value out of range. */
ZHEN_API const char *zhen_convert_mode_name(zhen_convert_mode mode);

/** Parse a mode name; 0 or ZHEN_EUSAGE (@p out untouched). NULL @p out or
 *  @p name: ZHEN_EINVAL. */
ZHEN_API int zhen_convert_mode_parse(zhen_convert_mode *out, const char *name);

/** "simplified", "traditional", "mixed", "traditional-tw",
 *  "traditional-hk" or "unknown" (also for a value out of range);
 *  static. */
ZHEN_API const char *zhen_script_name(zhen_script script);

/**
 * Guess the script of @p text (valid UTF-8) on a sample of at most 64 KiB:
 * Han characters that t2s would change are Traditional, those s2t would
 * change Simplified; the majority decides, and both in number make it
 * MIXED. Traditional text is then placed in Taiwan or Hong Kong by the
 * characters OpenCC's t2tw and t2hk treat differently (說/説, 溫/温) and by
 * regional words from dicts/regional.tsv (新台幣, 港幣); without a clear
 * lead it stays TRADITIONAL.
 * @return 0 or ZHEN_EOPENCC. NULL @p out or @p ctx, NULL @p text with
 *         @p len > 0: ZHEN_EINVAL (*out UNKNOWN when @p out is given).
 */
ZHEN_API int zhen_detect_script(zhen_script *out, zhen_ctx *ctx,
                                const char *text, size_t len);

/**
 * The mode that AUTO resolves to for @p script: TW2S for Taiwan text,
 * HK2S for Hong Kong text, T2S for other Traditional and for mixed text
 * (t2s leaves Simplified characters alone), NONE otherwise (a script out
 * of range included). Other modes, out of range too, are returned
 * unchanged.
 */
ZHEN_API zhen_convert_mode zhen_convert_resolve(zhen_convert_mode mode,
                                                zhen_script script);

/**
 * Convert valid UTF-8 @p text with OpenCC (NONE copies), byte for byte as
 * `opencc -c MODE.json` does. The OpenCC handle is opened once per context
 * from an absolute config path (TW2SP: once per call). Line ends are kept;
 * the text is fed to OpenCC one line at a time.
 * @param out receives a NUL-terminated string (free with zhen_free()).
 * @param out_len receives its length in bytes; may be NULL.
 * @return 0, ZHEN_EINPUT (invalid UTF-8 or NUL: OpenCC would misread it),
 *         ZHEN_EOPENCC or ZHEN_ENOMEM. AUTO is ZHEN_EUSAGE: resolve it first;
 *         so is a mode out of range. NULL @p out or @p ctx, NULL @p text
 *         with @p len > 0: ZHEN_EINVAL (*out_len 0 when given).
 */
ZHEN_API int zhen_convert(char **out, size_t *out_len, zhen_ctx *ctx,
                          zhen_convert_mode mode, const char *text,
                          size_t len);

#ifdef __cplusplus
}
#endif
#endif
