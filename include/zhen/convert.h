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
	ZHEN_CONVERT_HK2S
} zhen_convert_mode;

/** Script of a Chinese text. */
typedef enum zhen_script {
	ZHEN_SCRIPT_UNKNOWN = 0, /**< too little Chinese to tell */
	ZHEN_SCRIPT_SIMPLIFIED,
	ZHEN_SCRIPT_TRADITIONAL
} zhen_script;

/** "auto", "none", "t2s", "tw2s", "hk2s"; static. */
ZHEN_API const char *zhen_convert_mode_name(zhen_convert_mode mode);

/** Parse a mode name; 0 or ZHEN_EUSAGE. */
ZHEN_API int zhen_convert_mode_parse(zhen_convert_mode *out, const char *name);

/** "simplified", "traditional" or "unknown"; static. */
ZHEN_API const char *zhen_script_name(zhen_script script);

/**
 * Guess whether @p text (valid UTF-8) is Traditional or Simplified by asking
 * OpenCC which characters t2s would change, on a sample of at most 64 KiB.
 * @return 0 or ZHEN_EOPENCC.
 */
ZHEN_API int zhen_detect_script(zhen_script *out, zhen_ctx *ctx,
                                const char *text, size_t len);

/**
 * The mode that AUTO resolves to for @p script: T2S for Traditional text,
 * NONE otherwise. Other modes are returned unchanged.
 */
ZHEN_API zhen_convert_mode zhen_convert_resolve(zhen_convert_mode mode,
                                                zhen_script script);

/**
 * Convert valid UTF-8 @p text with OpenCC (NONE copies). The OpenCC handle
 * is opened once per context from an absolute config path. Line ends are
 * kept; the text is fed to OpenCC one line at a time.
 * @param out receives a NUL-terminated string (free with zhen_free()).
 * @param out_len receives its length in bytes; may be NULL.
 * @return 0, ZHEN_EINPUT (invalid UTF-8 or NUL: OpenCC would misread it),
 *         ZHEN_EOPENCC or ZHEN_ENOMEM. AUTO is ZHEN_EUSAGE: resolve it first.
 */
ZHEN_API int zhen_convert(char **out, size_t *out_len, zhen_ctx *ctx,
                          zhen_convert_mode mode, const char *text,
                          size_t len);

#ifdef __cplusplus
}
#endif
#endif
