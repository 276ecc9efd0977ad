/* settings.h: the project settings file, .zhen.ini (settings.c), and what
 * a check does with findings people accepted (accepting.c). README
 * "Settings file" and "Baselines" give both formats. */
#ifndef ZHEN_CLI_SETTINGS_H
#define ZHEN_CLI_SETTINGS_H

#include "options.h"

#define CLI_SETTINGS_NAME ".zhen.ini"

/* One NAME = VALUE line of the settings file; value NULL: absent. */
struct setting {
	char *section; /* "" for the keys before any [section] */
	char *name, *value;
	size_t line;
};

struct accepting;

struct settings {
	char *path;            /* the settings file read, or NULL */
	bool given;            /* named by --config, not found */
	/* the file's values, paths resolved from its folder */
	struct setting dicts[CLI_MAX_DICTS];
	int ndicts;
	struct setting lexicon, strict, baseline;
	struct setting *rules; /* [severity] and [ignore], in file order */
	size_t nrules;
	/* which the command line set, so the file's do not count */
	bool cli_dicts, cli_lexicon, cli_strict, cli_baseline;
	zhen_policy *policy;   /* the rules, or NULL without any */
	struct accepting *run; /* baseline.c, during zhen check */
};

/*
 * Read the settings file (--config FILE, else .zhen.ini in the current
 * directory or the nearest parent that has one; none with --config=none)
 * into @p st and give @p o its values where the command line set none:
 * the command line wins. o->settings points at @p st afterwards. false
 * after an error line naming the file and line (a bad setting, a bad
 * value, a file that cannot be read). Free with cli_settings_free(),
 * after the command ran: @p o borrows its strings.
 */
bool cli_settings_load(struct settings *st, struct opts *o);
void cli_settings_free(struct settings *st);

/* zhen config: each setting in effect and where it comes from. */
int cmd_config(zhen_ctx *ctx, const struct opts *o);

/* ---- accepting.c ---- */

/* zhen check: read the baseline (o->baseline), set up the policy of the
 * run. false after an error line (exit 2). */
bool cli_baseline_begin(const struct opts *o);

/* The one place the settings and the baseline act on findings (documents,
 * batches and pairs alike): ignore rules and severities, then, for
 * --write-baseline, what is left is recorded, then the accepted findings
 * are removed. Safe from the threads of a batch. 0, or EXIT_TROUBLE after
 * an error line. */
int cli_accept_result(const struct opts *o, zhen_result *r,
                      const zhen_doc *zh, const zhen_doc *en);
/* The same for one pair of a pairs file; *accepted counts the accepted
 * findings removed and, when @p kept is not NULL, *kept receives them (for
 * the HTML page, which greys them; NULL when none; the caller frees). */
int cli_accept_pair(const struct opts *o, zhen_findings *f, const char *zh,
                    size_t zh_base, const char *en, size_t en_base,
                    size_t *accepted, zhen_findings **kept);

/* With a baseline in use, ", N accepted" before the newline that ends the
 * summary line @p line (of room @p cap). */
void cli_summary_accepted(char *line, size_t cap, const struct opts *o,
                          size_t accepted);

/* cli_print_summary() with that ending. */
void cli_print_summary_accepted(const char *what, size_t n,
                                const size_t sev[3], const struct opts *o,
                                size_t accepted);

/* zhen check is done with exit status @p status: write --write-baseline
 * (atomically) and free the run. @p status, or EXIT_TROUBLE after an
 * error line. */
int cli_baseline_end(const struct opts *o, int status);

/* zhen accept ID --reason TEXT [--baseline FILE] (cmd_accept.c) */
int cmd_accept(zhen_ctx *ctx, const struct opts *o);

#endif
