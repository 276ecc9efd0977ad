/* encoding.h: the read stage's internals shared by doc.c and its tests —
 * decoding the user's bytes to UTF-8 and the offset map back to them.
 * Never installed. */
#ifndef ZHEN_ENCODING_H
#define ZHEN_ENCODING_H

#include "internal.h"

/* ---- offset map: analysis text → the user's original bytes ----
 *
 * A run is a stretch of code points that all take la bytes in the
 * analysis text and lo bytes in the original, laid out contiguously on
 * both sides, so any offset inside it maps by arithmetic. Big5 Chinese
 * (2 bytes → 3), its ASCII (1 → 1) and a UTF-8 paragraph re-joined from
 * wrapped lines each form long runs, so the map stays a small fraction of
 * the text. */
struct zhen__orun {
	size_t a, o;   /* first byte in the analysis text, in the original */
	size_t n;      /* code points */
	unsigned la, lo;
};

struct zhen__omap {
	struct zhen__orun *r;
	size_t n, cap;
	size_t alen, olen; /* total lengths: where the end maps */
	bool oom;
};

/** Append one code point at analysis offset @p a (the current end) taking
 *  @p la bytes there and [o, o+lo) in the original. */
void zhen__omap_add(struct zhen__omap *m, size_t a, size_t o, unsigned la,
                    unsigned lo);
/** Append @p n bytes copied unchanged (UTF-8 to UTF-8). */
void zhen__omap_add_bytes(struct zhen__omap *m, size_t a, size_t o,
                          size_t n);
/** Original offset of the code point containing analysis byte @p a
 *  (olen for a >= alen). */
size_t zhen__omap_start(const struct zhen__omap *m, size_t a);
/** Original offset just past the code point containing analysis byte
 *  @p a - 1: where a span ending at @p a ends (start of 0 for a == 0). */
size_t zhen__omap_end(const struct zhen__omap *m, size_t a);
void zhen__omap_free(struct zhen__omap *m);

/* ---- decoding ---- */

/** The user's bytes as UTF-8. identity: s is a copy of the input (UTF-8,
 *  BOM kept) and map is empty; otherwise map leads back to the input. */
struct zhen__decoded {
	char *s;
	size_t len;
	bool identity;
	struct zhen__omap map;
	char encoding[48]; /* the name used: "UTF-8", "Big5", … */
};

/** Confidence (0–100) from ICU's charset detector below which its guess is
 *  not used: short Chinese texts get wrong guesses at 10–40 (platform.md
 *  §6), right ones come at 71–100. */
#define ZHEN__DETECT_CONFIDENCE 50

/**
 * Decode @p bytes. @p encoding NULL, "" or "auto" detects: a BOM
 * (UTF-8, UTF-16LE/BE, UTF-32LE/BE), else strict UTF-8, else ICU's detector
 * when it names a Chinese or Unicode encoding with enough confidence;
 * anything else is ZHEN_EINPUT asking for an encoding. Otherwise
 * @p encoding is any name ICU's converters know ("GB18030", "big5",
 * "UTF-16LE", "windows-1252").
 * Bytes that are invalid in the encoding, that decode to private-use or C1
 * control code points in a legacy encoding (ICU's Big5 maps undefined
 * bytes to private use even with a stop callback), a NUL or another C0
 * control are ZHEN_EINPUT with line and byte position of the original.
 */
int zhen__decode(struct zhen__decoded *out, zhen_ctx *ctx, const char *bytes,
                 size_t len, const char *encoding);
void zhen__decoded_free(struct zhen__decoded *d);

/** Strict UTF-8 with no NUL or C0 control other than TAB, LF, VT, FF, CR:
 *  0, or ZHEN_EINPUT with *bad the first offending byte and *why a
 *  static description. */
int zhen__utf8_strict(const char *s, size_t len, size_t *bad,
                      const char **why);

/* ---- the parts of decoding that the stream reader (lines.c) shares ---- */

/** The encoding a byte order mark at the start of @p bytes names
 *  ("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE") with its
 *  length in *n, or NULL (*n = 0). */
const char *zhen__bom(const char *bytes, size_t len, size_t *n);
/** @p name is UTF-8 to ICU (any spelling: "utf8", "UTF-8"). */
bool zhen__utf8_name(const char *name);
/** Not valid UTF-8, yet valid multi-byte sequences clearly outnumber the
 *  broken ones: a damaged UTF-8 file rather than another encoding. */
bool zhen__mostly_utf8(const char *s, size_t len);
/** ICU's detector on @p bytes: *name its best guess at or above
 *  ZHEN__DETECT_CONFIDENCE that names GB18030, Big5 or a UTF-16/32 form
 *  (static ICU data), else NULL; @p best the overall best guess and its
 *  confidence, for a message. */
void zhen__guess(const char *bytes, size_t len, const char **name,
                 char *best, size_t bcap);
/** "UTF-16LE" and the like: an encoding in which any code point is
 *  legitimate, as opposed to a legacy one. */
bool zhen__unicode_name(const char *name);
/** A C0 control other than TAB, LF, VT, FF and CR, or DEL: text a
 *  translator edits has none; they mark a binary file. */
bool zhen__binary_control(int32_t c);
/** A code point no legacy-encoded text decodes to: private use, C1
 *  controls, U+FFFD. */
bool zhen__legacy_impossible(int32_t cp);
/** "0xA4 0xFF": up to 4 bytes of @p s from @p off, for a message. */
void zhen__hex_bytes(char *buf, size_t cap, const char *s, size_t len,
                     size_t off, size_t n);

#endif
