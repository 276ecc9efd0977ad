/* baseline.h: a baseline file in memory (baseline.c): the findings people
 * accepted, one entry a line. README "Baselines" gives the format. */
#ifndef ZHEN_CLI_BASELINE_H
#define ZHEN_CLI_BASELINE_H

#include "options.h"

struct entry {
	char id[ZHEN_FINDING_ID_LEN + 1];
	char date[11];   /* YYYY-MM-DD */
	char *type, *zh, *en, *reason; /* "-": unknown or none */
	size_t line;     /* in the file read; 0 for a new entry */
};

struct baseline {
	struct entry *v;
	size_t n, cap;
	bool oom;        /* an entry was lost: never write this one */
};

/* Read the baseline @p path into @p b, sorted by id, each id once (its
 * first line wins: a merge in git may bring a finding twice). A file that
 * does not exist is an empty baseline when @p missing_ok, else an error.
 * false after an error line naming the file and line; @p b is then empty. */
bool cli_baseline_read(struct baseline *b, const char *path, bool missing_ok);

/* Write @p b (sorted) to @p path through a temporary file beside it and a
 * rename; false after an error line (the old file is then whole). */
bool cli_baseline_write(const struct baseline *b, const char *path);

void cli_baseline_free(struct baseline *b);

/* Append @p e, taking its strings (NULL ones mean out of memory: @p b
 * notes it and false). Sort again before cli_baseline_find(). */
bool cli_baseline_add(struct baseline *b, struct entry *e);
void cli_baseline_sort(struct baseline *b);
/* The entry of @p id in the sorted @p b, or NULL; borrowed. */
struct entry *cli_baseline_find(const struct baseline *b, const char *id);

/* The id, type and figures of finding @p f into @p e (replacing what it
 * had), the figures' texts read from @p zh and @p en, whose first bytes
 * are at offsets @p zb and @p eb. false when out of memory (the fields
 * then NULL: cli_baseline_add() refuses the entry). */
bool cli_baseline_describe(struct entry *e, const zhen_finding *f,
                           const char *zh, size_t zb, const char *en,
                           size_t eb);

/* A copy of [s, s+n) fit for a field: TAB, CR and LF as spaces, "-" when
 * empty. NULL when out of memory. */
char *cli_baseline_field(const char *s, size_t n);
/* @p n bytes of @p s are a finding id: 12 lowercase hex digits. */
bool cli_baseline_is_id(const char *s, size_t n);
/* Today's date, YYYY-MM-DD (local time). */
void cli_baseline_today(char out[11]);

#endif
