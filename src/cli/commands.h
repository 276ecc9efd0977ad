/* commands.h: one function per command of the zhen program. */
#ifndef ZHEN_CLI_COMMANDS_H
#define ZHEN_CLI_COMMANDS_H

#include "options.h"

/* Each runs its command on the operands o->args and returns the exit
 * status, having printed one error line for any trouble. */
int cmd_align(zhen_ctx *ctx, const struct opts *o);
int cmd_check(zhen_ctx *ctx, const struct opts *o);
int cmd_convert(zhen_ctx *ctx, const struct opts *o);
int cmd_facts(zhen_ctx *ctx, const struct opts *o);
/* The facts of the documents @p paths[0..n), compared and reported on
 * stdout as zhen facts does (o->format text, json or html; o->rates).
 * @p batch: the section of check --batch --facts (a "=== facts" line
 * before the text, each JSON object tagged "section":"facts"). EXIT_*. */
int cli_facts_report(zhen_ctx *ctx, const struct opts *o,
                     char *const *paths, size_t n, bool batch);
int cmd_numbers(zhen_ctx *ctx, const struct opts *o);
int cmd_segment(zhen_ctx *ctx, const struct opts *o);

/* zhen check --pairs (cmd_pairs.c): o->pairs, a file or "-". */
int cli_check_pairs(zhen_ctx *ctx, const struct opts *o);

/* pairs_page.c: the HTML page and the CSV of --pairs and of a bilingual
 * file's units. cli_page_new() is NULL unless --format=html or csv (and,
 * after an error line, sets *trouble); cli_page_add() adds a pair (an
 * error line and *trouble when it cannot); cli_page_end() writes what is
 * left to stdout or the whole to -o: 0, or EXIT_TROUBLE after an error
 * line. cli_page_new_to() writes through @p to instead (a batch's
 * buffer, which the batch writes out). cli_page_free() frees it (NULL is
 * ignored). */
struct cli_page;
struct cli_page *cli_page_new(const struct opts *o, const char *name,
                              const char *what, bool *trouble);
struct cli_page *cli_page_new_to(const struct opts *o, const char *name,
                                 const char *what, zhen_write_fn to,
                                 void *to_p, bool *trouble);
/* cli_page_reading(): the HTML page reads every figure with @p ctx, and
 * gives the Chinese its Simplified reading (a NULL @p pg, or a CSV, is
 * left alone). cli_page_add()'s @p acc: the pair's findings a baseline
 * accepted, shown greyed (may be NULL); @p q: the figures the check read
 * of each side (zhen_check_pair_read()), which the page marks instead of
 * reading the pair again (NULL: it reads them). */
void cli_page_reading(struct cli_page *pg, zhen_ctx *ctx,
                      zhen_convert_mode convert, bool *trouble);
void cli_page_add(struct cli_page *pg, const zhen_pair_place *at,
                  const zhen_findings *fs, const zhen_findings *acc,
                  zhen_quantities *const *q, const char *zh, size_t zh_len, size_t zh_base,
                  const char *en, size_t en_len, size_t en_base,
                  bool *trouble);
int cli_page_end(struct cli_page *pg);
void cli_page_free(struct cli_page *pg);
/* cmd_units.c: check one file that holds both languages (XLIFF, SDLXLIFF,
 * TMX, XLSX, CSV, TSV) unit by unit; @p bytes is the whole file, in format
 * @p f. An exit status. */
int cli_check_units(zhen_ctx *ctx, const struct opts *o, const char *path,
                    const char *bytes, size_t len, zhen_format f);
/* A batch's bilingual file (cmd_units.c): @p path read and its units,
 * in format @p f, checked; the report through @p w, the counts by
 * severity in @p n. An exit status; error lines through cli_err(). */
int cli_report_units_file(zhen_ctx *ctx, const struct opts *o,
                          const char *path, zhen_format f, zhen_write_fn w,
                          void *wp, size_t n[3]);
/* The file at @p path (or "-") read once, for what reads each side of a
 * bilingual file as a document (zhen facts): *us its units when its
 * format holds both languages (detected, or --format), else *doc the
 * document it is. Either is the caller's; false after an error line
 * (unreadable, broken XML, a table of one language, a document zhen
 * cannot read). */
bool cli_read_doc_or_units(zhen_units **us, zhen_doc **doc, zhen_ctx *ctx,
                           const struct opts *o, const char *path);
/* The format of the file at @p path when its content is a bilingual
 * format (zhen_format_detect(), zhen_format_is_bilingual()) and, for a
 * table (CSV, TSV, XLSX), its reader finds a Chinese and an English
 * column (with o's --columns, --header, --sheet, --encoding); else
 * ZHEN_FORMAT_UNKNOWN, with *table set when it is a table without them
 * (also when it cannot be read; no error line). */
zhen_format cli_bilingual_format(zhen_ctx *ctx, const struct opts *o,
                                 const char *path, bool *table);
/* zhen check FILE, or --pairs FILE (@p pairs): read the file, find its
 * format and check its units. With @p pairs, -1 for a TAB-separated
 * pairs file, which the caller streams; else an exit status. */
int cli_check_one_file(zhen_ctx *ctx, const struct opts *o, const char *path,
                       bool pairs);
/* Whether --pairs names a file that may be no TAB-separated pairs file
 * (its first bytes are XML or a ZIP, its name says CSV, or
 * --input-format names a reader's format): cli_check_one_file() decides.
 * Standard input always streams. */
bool cli_pairs_not_tsv(const struct opts *o);

/* Two documents read and checked, for check and align. */
struct checked_docs {
	zhen_doc *zh, *en;
	zhen_lexicon *lex;
	zhen_result *r;
};

/* The operands of @p cmd must be ZH_FILE and EN_FILE, not both stdin.
 * 0, or EXIT_TROUBLE after a usage error line. */
int cli_two_files(const char *cmd, const struct opts *o);

/* What cli_check_docs() does after aligning: CLI_COMPARE compares the
 * beads (zhen check, and align's side-by-side view, which lists the
 * findings), CLI_CHECK also refuses an empty document (zhen check); 0
 * only aligns (align's other formats). */
enum { CLI_COMPARE = 1, CLI_REFUSE_EMPTY = 2,
       CLI_CHECK = CLI_COMPARE | CLI_REFUSE_EMPTY };

/* Read o->args[0] (Chinese) and o->args[1] (English), align them and do
 * what @p check asks (CLI_*). 0, or EXIT_TROUBLE after an error line. @p d
 * is freed with cli_checked_docs_free() either way. */
int cli_check_docs(struct checked_docs *d, zhen_ctx *ctx,
                   const struct opts *o, int check);
void cli_checked_docs_free(struct checked_docs *d);
/* cli_check_docs() on the files @p zpath and @p epath, with the word list
 * @p lex (borrowed) or, when NULL, the one the options name. */
int cli_check_paths(struct checked_docs *d, zhen_ctx *ctx,
                    const struct opts *o, const char *zpath,
                    const char *epath, const zhen_lexicon *lex, int check);

/* zhen check on two documents: the report (text with its summary line,
 * or JSON) written through @p w, the counts by severity in @p n. The exit
 * status of the pair; error lines through cli_err(). */
int cli_report_documents(zhen_ctx *ctx, const struct opts *o,
                         const char *zpath, const char *epath,
                         const zhen_lexicon *lex, zhen_write_fn w, void *wp,
                         size_t n[3]);

/* zhen check --batch DIR / --manifest FILE (batch.c). */
int cli_check_batch(zhen_ctx *ctx, const struct opts *o);

#endif
