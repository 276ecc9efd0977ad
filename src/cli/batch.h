/* batch.h: zhen check --batch DIR and --manifest FILE: the pairs to check
 * (batch_pairs.c) and their run (batch.c). */
#ifndef ZHEN_CLI_BATCH_H
#define ZHEN_CLI_BATCH_H

#include "options.h"

#include <stddef.h>

struct batch_pair {
	char *zh, *en; /* paths as given or found; en NULL: zh is one file
	                  that holds both languages */
	char *name;    /* what the summary calls the pair */
	zhen_format format; /* of the bilingual file */
};

struct batch_unpaired {
	char *path;
	const char *why; /* static */
};

struct batch {
	struct batch_pair *v;
	size_t n, cap;
	struct batch_unpaired *un;
	size_t nun, capun;
	size_t bad; /* folders or manifest lines that could not be read */
	size_t nsingle; /* of v, the bilingual files */
};

/* The pairs in folder @p dir by the naming rule, and the files left
 * unpaired; false (after an error line) only when out of memory. */
bool batch_from_dir(struct batch *b, const char *dir);
/* The pairs of a manifest, ZH_PATH<TAB>EN_PATH a line (relative paths
 * count from its folder); false after an error line when it cannot be
 * read. */
bool batch_from_manifest(struct batch *b, const char *path);
/* The files left unpaired whose content is a bilingual format (XLIFF,
 * SDLXLIFF, TMX; CSV, TSV and XLSX with a Chinese and an English column)
 * become pairs of one file, after the others; false (after an error
 * line) only when out of memory. */
bool batch_take_bilingual(struct batch *b, zhen_ctx *ctx,
                          const struct opts *o);
void batch_free(struct batch *b);

/* batch_html.c: --format=html -o DIR. What the index keeps of a pair: its
 * page (relative to DIR; NULL when none was written) and its counts. */
struct batch_page {
	char *href;
	size_t n[3];
	bool unreadable;
};
/* Make the folder -o names (false after an error line). */
bool batch_html_begin(const struct opts *o);
/* Write pair @p i's page into the folder: its name relative to it
 * (malloc'd), or NULL after an error line. */
char *batch_html_page(const struct opts *o, size_t i, const char *name,
                      const char *bytes, size_t len);
/* Write DIR/index.html; false after an error line. */
bool batch_html_index(const struct opts *o, const struct batch *b,
                      const struct batch_page *pages);

#endif
