/* progress.h: one progress line on standard error, for a run long enough
 * to wonder about: zhen check --pairs over a large file, and any other
 * command that works through units it can count (files of a batch).
 *
 * It is drawn only when standard error is a terminal that standard output
 * is not (a report scrolling on the same terminal would tear it), and
 * never more than ten times a second; otherwise every call does nothing.
 * One line at a time: the functions keep their state in progress.c. Only
 * the thread that called progress_start() draws or clears the line; the
 * calls of any other thread do nothing, so start it before other threads
 * that may write error lines are created. */
#ifndef ZHEN_CLI_PROGRESS_H
#define ZHEN_CLI_PROGRESS_H

#include <stdint.h>

/* Start counting towards @p total units (0: not known; the line then
 * shows what is done and the rate, with no share or ETA). @p unit names
 * them in the plural ("files", "lines"); "bytes" are shown in MB. The
 * string must outlive the run. */
void progress_start(uint64_t total, const char *unit);

/* @p done units are done; @p current, when not NULL, names what is being
 * worked on (a file name, "line 41,200") and is copied. */
void progress_update(uint64_t done, const char *current);

/* Take the line off the terminal before something else is written to
 * standard error (cli_err() does); the next update draws it again. */
void progress_clear(void);

/* The run is over: the line goes. */
void progress_end(void);

#endif
