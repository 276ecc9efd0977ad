/* io.h: every file the CLI reads, its error lines, and standard output. */
#ifndef ZHEN_CLI_IO_H
#define ZHEN_CLI_IO_H

#include "options.h"

#include <stddef.h>

/* "zhen: FILE:LINE: message" on stderr; FILE and LINE only when given
 * (NULL, 0). A line longer than 1 KiB is cut. */
void cli_err(const char *file, size_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A growing byte buffer (a batch pair's report, or its error lines). */
struct cli_buf {
	char *p;
	size_t len, cap;
	bool oom;
};
void cli_buf_add(struct cli_buf *b, const char *s, size_t n);
/* A zhen_write_fn into the cli_buf @p payload. */
int cli_write_buf(void *payload, const char *bytes, size_t len);
/* This thread's cli_err() lines go to @p b from now on (NULL: stderr). */
void cli_err_capture(struct cli_buf *b);

/* "<stdin>" for "-", else @p path. */
const char *cli_display_name(const char *path);

/* A zhen_write_fn for the library's writers: through stdio, like printf,
 * so that the two interleave in order without a flush per call (a flush
 * per pair cost 8% of a million-pair run). @p payload is unused. */
int cli_write_stdout(void *payload, const char *bytes, size_t len);
/* fflush(stdout), and whether every write to it so far succeeded. */
bool cli_flush_stdout(void);
/* Standard output could not be written (a full disk, a closed pipe): one
 * line "zhen: standard output: cannot write @p what: REASON", the reason
 * the system gave at the first failed write; once a run, however often it
 * is called. Returns EXIT_TROUBLE. */
int cli_stdout_failed(const char *what);

/* A library writer (@p w, @p rc its result) stopped a report of @p path:
 * standard output failed (cli_stdout_failed()), or memory ran out (into a
 * cli_buf, or in the library). One error line; EXIT_TROUBLE. */
int cli_report_failed(zhen_write_fn w, int rc, const char *what,
                      const char *path);

/* The last line of a text report, from counts by severity (indexed by
 * zhen_severity): "zhen: 16 beads checked, 6 errors, 3 warnings, 0 info".
 * @p what names what @p n counts ("beads", "pairs"). */
void cli_print_summary(const char *what, size_t n, const size_t sev[3]);
/* The same line into @p buf. */
void cli_summary_line(char *buf, size_t cap, const char *what, size_t n,
                      const size_t sev[3]);

/* Load, decode and validate a document (a file or "-"), as the options
 * say; @p lang tells how wrapped lines join (-1: unknown). NULL after one
 * error line naming file, line and byte. The caller frees the document. */
zhen_doc *cli_load_doc(zhen_ctx *ctx, const struct opts *o, const char *path,
                       int lang);

/* The two halves of cli_load_doc(), for what reads an input once and
 * then decides what it is (zhen facts: a document or a bilingual file).
 * cli_read_doc_bytes(): the whole file or "-", through the limits and the
 * first 64 KiB's check that cli_load_doc() applies (left to the whole
 * when the bytes or the name say a format other than text), its length
 * in *len; NULL after an error line; the caller frees it.
 * cli_doc_from_bytes(): those bytes as a document in format @p f
 * (ZHEN_FORMAT_UNKNOWN: detected; a bilingual format is refused); the
 * bytes stay the caller's, the document is the caller's to free; NULL
 * after an error line. */
char *cli_read_doc_bytes(zhen_ctx *ctx, const struct opts *o,
                         const char *path, int lang, size_t *len);
zhen_doc *cli_doc_from_bytes(zhen_ctx *ctx, const struct opts *o,
                             const char *path, int lang, const char *bytes,
                             size_t len, zhen_format f);

/* The options the readers take (--columns, --header, --sheet,
 * --encoding) for a file of format @p f. */
zhen_read_options cli_read_options(const struct opts *o, zhen_format f);

/* The one input of the single-stage command @p cmd: o->args[0], or
 * stdin without one, read as language @p lang; --lang must be given when
 * @p need_lang. *path is set to its name. NULL after a usage or error
 * line. */
zhen_doc *cli_load_single(zhen_ctx *ctx, const struct opts *o,
                          const char *cmd, bool need_lang, int lang,
                          const char **path);

/* The conversion of --convert for the text of @p doc: auto resolved from
 * its script when @p detect, else from no script. false after an error
 * line naming @p path. */
bool cli_convert_mode(zhen_convert_mode *out, zhen_ctx *ctx,
                      const struct opts *o, const zhen_doc *doc,
                      const char *path, bool detect);

/* Add every --dict file to @p ctx; false after an error line. */
bool cli_add_dicts(zhen_ctx *ctx, const struct opts *o);
/* The workers --jobs gives by default: the machine's cores (1 at least). */
size_t cli_cores(void);

/* The word list of --lexicon in *lex; without the option the one
 * scripts/get-lexicon.sh installs, $XDG_DATA_HOME/zhen/cedict.txt (or
 * ~/.local/share/zhen/cedict.txt), when it exists; NULL with
 * --lexicon=none or neither. false after an error line naming the file.
 * The caller frees *lex. */
bool cli_load_lexicon(zhen_ctx *ctx, const struct opts *o,
                      zhen_lexicon **lex);

/* A whole file or standard input ("-"), as bytes, its length in *len.
 * NULL after an error line naming the file. The caller frees it. */
char *cli_read_file(const char *path, size_t *len);
/* A text file of the user's (the settings file, a baseline): whole,
 * valid UTF-8 without NUL, NUL-terminated, its length in *len. NULL after
 * an error line naming the file (and the line of a bad byte). The caller
 * frees it. */
char *cli_read_text_file(const char *path, size_t *len);

/* Write @p bytes to @p path through a temporary file beside it and a
 * rename: a reader never sees half a file, and a failed write leaves the
 * old one whole. Keeps the old file's permissions; a new one gets 0666
 * less the umask. false after an error line naming @p path. (Baselines,
 * check -o.) */
bool cli_write_atomic(const char *path, const char *bytes, size_t len);

/* @p a and @p b name one file (never "-", standard input). */
bool cli_same_file(const char *a, const char *b);

/* false after an error line when @p path, a file zhen is to write
 * (--write-baseline, -o), is one of the inputs: zhen never writes to
 * them. */
bool cli_not_an_input(const struct opts *o, const char *path);

/* inputs.c: false after an error line when the two documents look wrong
 * (swapped, one language on both sides, the Chinese mostly English),
 * unless --force. */
bool cli_inputs_plausible(const struct opts *o, const zhen_doc *zh,
                          const zhen_doc *en, const char *zpath,
                          const char *epath);
/* One warning line when --convert=none meets Traditional text. */
void cli_warn_convert_none(zhen_ctx *ctx, const struct opts *o,
                           const zhen_doc *zh, const char *zpath);

#endif
