/* progress.c: the progress line on standard error (progress.h says when
 * it shows). It is redrawn in place with a carriage return and an erase
 * to the end of the line, as wget and curl do, and cut to the width of
 * the terminal so that it never wraps into a second line that \r cannot
 * reach. */
#include "progress.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* A short run shows nothing (a line drawn and erased at once is only a
 * flicker); then a redraw every tenth of a second is smooth enough and
 * costs nothing next to the work. */
#define FIRST_DRAW 0.5
#define REDRAW 0.1
#define BAR 20

static struct {
	bool on;        /* started, and stderr is a terminal of its own */
	bool drawn;     /* a line is on the terminal now */
	uint64_t total, done;
	const char *unit;
	char current[80];
	double t0, last;
	pthread_t owner; /* the thread that started it: the only one to draw */
} pg;

/* A batch worker's stray error line (one it does not capture) must not
 * touch the line the emitting thread draws: only the thread that started
 * the line draws or clears it. */
static bool mine(void)
{
	/* the owner first: it is written before any other thread exists */
	return pthread_equal(pg.owner, pthread_self()) && pg.on;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Standard error is a terminal, and standard output is not that same
 * terminal. */
static bool own_terminal(void)
{
	struct stat e, o;
	const char *term = getenv("TERM");

	if (!isatty(STDERR_FILENO) || (term && !strcmp(term, "dumb")))
		return false;
	if (!isatty(STDOUT_FILENO))
		return true;
	return fstat(STDERR_FILENO, &e) == 0 && fstat(STDOUT_FILENO, &o) == 0 &&
	       e.st_rdev != o.st_rdev;
}

static int columns(void)
{
	struct winsize ws;
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col;
	return 80;
}

/* "1.5/240.0 MB" or "3/10 files"; without a total "1.5 MB", "3 files". */
static int amount(char *b, size_t cap, uint64_t v, uint64_t total,
                  const char *unit)
{
	bool mb = !strcmp(unit, "bytes");
	if (mb && total)
		return snprintf(b, cap, "%.1f/%.1f MB", (double)v / 1e6,
		                (double)total / 1e6);
	if (mb)
		return snprintf(b, cap, "%.1f MB", (double)v / 1e6);
	if (total)
		return snprintf(b, cap, "%llu/%llu %s", (unsigned long long)v,
		                (unsigned long long)total, unit);
	return snprintf(b, cap, "%llu %s", (unsigned long long)v, unit);
}

static void draw(double t)
{
	char line[512], a[64];
	double dt = t - pg.t0, rate = dt > 0 ? (double)pg.done / dt : 0;
	bool mb = !strcmp(pg.unit, "bytes");
	int n = 0, cap = columns() - 1;

	if (cap > (int)sizeof line - 1)
		cap = (int)sizeof line - 1;
	if (pg.total) {
		double share = pg.done >= pg.total ? 1
		               : (double)pg.done / (double)pg.total;
		int full = (int)(share * BAR);
		n += snprintf(line + n, sizeof line - (size_t)n, "zhen: [%.*s%*s] %3d%% ",
		              full, "####################", BAR - full, "",
		              (int)(share * 100));
	} else {
		n += snprintf(line + n, sizeof line - (size_t)n, "zhen: ");
	}
	amount(a, sizeof a, pg.done, pg.total, pg.unit);
	n += snprintf(line + n, sizeof line - (size_t)n, "%s  ", a);
	if (mb)
		n += snprintf(line + n, sizeof line - (size_t)n, "%.1f MB/s",
		              rate / 1e6);
	else
		n += snprintf(line + n, sizeof line - (size_t)n, "%.1f %s/s",
		              rate, pg.unit);
	if (pg.total && rate > 0 && pg.done < pg.total) {
		long eta = (long)((double)(pg.total - pg.done) / rate + 0.5);
		n += snprintf(line + n, sizeof line - (size_t)n,
		              "  ETA %ld:%02ld", eta / 60, eta % 60);
	}
	if (pg.current[0])
		n += snprintf(line + n, sizeof line - (size_t)n, "  %s",
		              pg.current);
	if (n > cap)
		n = cap;
	fprintf(stderr, "\r%.*s\033[K", n, line);
	fflush(stderr);
	pg.drawn = true;
	pg.last = t;
}

void progress_start(uint64_t total, const char *unit)
{
	memset(&pg, 0, sizeof pg);
	pg.on = own_terminal();
	pg.owner = pthread_self();
	pg.total = total;
	pg.unit = unit ? unit : "";
	pg.t0 = pg.last = now();
}

void progress_update(uint64_t done, const char *current)
{
	if (!mine())
		return;
	pg.done = done;
	if (current)
		snprintf(pg.current, sizeof pg.current, "%s", current);
	double t = now();
	if (t - pg.t0 >= FIRST_DRAW && t - pg.last >= REDRAW)
		draw(t);
}

void progress_clear(void)
{
	if (!mine() || !pg.drawn)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	pg.drawn = false;
}

void progress_end(void)
{
	if (!mine())
		return;
	progress_clear();
	pg.on = false;
}
