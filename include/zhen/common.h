/* zhen — number checks for Chinese↔English translations.
 * common.h: context, status codes, decimal values, memory. */
#ifndef ZHEN_COMMON_H
#define ZHEN_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define ZHEN_API __declspec(dllexport)
#elif defined(__GNUC__)
#define ZHEN_API __attribute__((visibility("default")))
#else
#define ZHEN_API
#endif

#define ZHEN_VERSION_MAJOR 0
#define ZHEN_VERSION_MINOR 1
#define ZHEN_VERSION_PATCH 0
#define ZHEN_VERSION_STRING "0.1.0"

/** Status codes: 0 is success, every failure is negative. Never renumbered. */
typedef enum zhen_status {
	ZHEN_OK = 0,
	ZHEN_ERROR = -1,   /**< anything else; detail in zhen_ctx_errmsg() */
	ZHEN_ENOMEM = -2,  /**< allocation failed */
	ZHEN_EINPUT = -3,  /**< input is not valid text (bad UTF-8, NUL, binary) */
	ZHEN_EDICT = -4,   /**< a dictionary line could not be read */
	ZHEN_EICU = -5,    /**< ICU reported a failure */
	ZHEN_EOPENCC = -6, /**< OpenCC reported a failure */
	ZHEN_EUSAGE = -7,  /**< an argument's value is out of range (an
	                        unknown name or mode, options of another
	                        version) */
	ZHEN_EINVAL = -8   /**< an argument the header forbids: a NULL
	                        pointer, a length without its bytes (a
	                        mistake of the calling program) */
} zhen_status;

/*
 * Arguments. Every pointer argument must be non-NULL unless its function's
 * comment allows NULL, and a text given as a pointer and a length may be
 * NULL only with a length of 0 (an empty text). A function that returns a
 * status returns ZHEN_EINVAL for a forbidden argument ("NULL: ZHEN_EINVAL"
 * in its comment), after setting its out-parameter, when that one is
 * given, to NULL (or its documented empty value), and changes nothing
 * else; zhen_ctx_errmsg() of a given context names the function and the
 * argument. A function that returns something else returns its neutral
 * value, stated in its comment: 0 for a count, NULL for a borrowed
 * pointer, "unknown" for the name of a value out of range.
 */

/** Language of a text. */
typedef enum zhen_lang { ZHEN_LANG_ZH = 0, ZHEN_LANG_EN = 1 } zhen_lang;

/**
 * Context: dictionaries, OpenCC handles, ICU iterators and the last error.
 * One context per thread; everything made with a context may be used only
 * while it lives.
 */
typedef struct zhen_ctx zhen_ctx;

/**
 * Create a context with the built-in dictionaries loaded.
 * @param out receives the context; the caller owns it and frees it with
 *        zhen_ctx_free(). Set to NULL on failure.
 * @return 0, ZHEN_ENOMEM, or ZHEN_EDICT if a built-in dictionary is broken.
 *         NULL @p out: ZHEN_EINVAL.
 */
ZHEN_API int zhen_ctx_new(zhen_ctx **out);

/**
 * Create a context that shares @p parent's OpenCC handles (about 1 MB and a
 * load of 2-20 ms each), for worker threads: converting on one handle from
 * several threads at once is safe, and the first use of a conversion opens
 * its handle once for all of them. Everything else is the context's own,
 * as from zhen_ctx_new(): the built-in dictionaries (zhen_ctx_add_dict()
 * entries of @p parent are not inherited: add them to each context), ICU
 * objects, caches and the last error. Each context is still used by one
 * thread at a time; @p parent is not changed and stays usable.
 * The handles are reference-counted: @p parent and the contexts made from
 * it (or from them) may be freed in any order, and the last one freed
 * closes them.
 * @param out receives the context; the caller owns it and frees it with
 *        zhen_ctx_free(). Set to NULL on failure.
 * @param parent any live context; the caller keeps owning it.
 * @return 0, ZHEN_ENOMEM, or ZHEN_EDICT if a built-in dictionary is broken.
 *         NULL @p out or @p parent: ZHEN_EINVAL.
 */
ZHEN_API int zhen_ctx_new_shared(zhen_ctx **out, const zhen_ctx *parent);

/** Free a context; NULL is allowed. */
ZHEN_API void zhen_ctx_free(zhen_ctx *ctx);

/**
 * Add dictionary entries from text in the format of the built-in file @p name
 * (for example "currencies.tsv"), as `zhen --dict` does.
 * The text is copied. On failure the context keeps its previous entries and
 * zhen_ctx_errmsg() names the line.
 * @return 0, ZHEN_EDICT, ZHEN_EUSAGE (unknown @p name) or ZHEN_ENOMEM.
 *         NULL @p ctx or @p name, NULL @p text with @p len > 0:
 *         ZHEN_EINVAL.
 */
ZHEN_API int zhen_ctx_add_dict(zhen_ctx *ctx, const char *name,
                               const char *text, size_t len);

/**
 * The names of the dictionaries zhen_ctx_add_dict() takes, in a fixed
 * order: the @p i th (from 0), or NULL past the last. Static strings.
 */
ZHEN_API const char *zhen_dict_name(size_t i);

/**
 * The message of the last failure on @p ctx, one line without a newline
 * ("invalid UTF-8 at line 3, byte 812"). Borrowed: valid until the next call
 * that fails on @p ctx. Never NULL: "no error" before any failure, "no
 * context" for a NULL @p ctx.
 */
ZHEN_API const char *zhen_ctx_errmsg(const zhen_ctx *ctx);

/**
 * Where the last input error happened: 1-based line and 0-based byte offset
 * into the input given. Both are 0 when the last error has no position, or
 * @p ctx is NULL. Either output may be NULL.
 */
ZHEN_API void zhen_ctx_errpos(const zhen_ctx *ctx, size_t *line, size_t *byte);

/** A static description of a status code; never NULL ("error" for a
 *  code that is none). */
ZHEN_API const char *zhen_strerror(int status);

/** Free a string or buffer that a zhen_ function gave to the caller; NULL
 *  is allowed. */
ZHEN_API void zhen_free(void *p);

/** The library version ("0.1.0"); static. */
ZHEN_API const char *zhen_version(void);

/**
 * An exact decimal value: coef × 10^exp. Normalised so that coef has no
 * trailing zero digit (0 is {0, 0}); two equal values therefore have equal
 * fields, and 34億 (34×10^8) equals 3.4 billion (34×10^8) by construction.
 */
typedef struct zhen_decimal {
	int64_t coef;
	int32_t exp;
} zhen_decimal;

/**
 * Format @p d in plain notation with digit grouping when @p group is nonzero
 * ("3,400,000,000", "0.25"). Writes at most @p cap bytes including the NUL;
 * a NULL @p buf is never written (the length alone, like snprintf(NULL, 0,
 * …)). Every value is written in full, INT64_MIN included; an exponent
 * beyond ±40 in scientific notation ("5e2147483647").
 * @return the length that the full text needs (like snprintf).
 */
ZHEN_API size_t zhen_decimal_format(char *buf, size_t cap, zhen_decimal d,
                                    int group);

#ifdef __cplusplus
}
#endif
#endif
