/* fuzz_file.h: what the targets of the program's own files share (the
 * settings file, a baseline: src/cli/). zhen reads those by path, so the
 * input is written to a file of a folder made once per process (under
 * $TMPDIR, else /tmp: TMPDIR=/dev/shm spares a disk), and the error lines
 * are captured (cli_err_capture()) to be checked: after a refusal exactly
 * one line "zhen: PATH[:LINE]: message", its line inside the file. */
#ifndef ZHEN_FUZZ_FILE_H
#define ZHEN_FUZZ_FILE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_check.h"
#include "io.h"

#define FUZZ_PATH_MAX 4200

static char fuzz_dir[4096];

/* The folder and what the targets write in it, at exit. */
static inline void fuzz_clean(void)
{
	static const char *const names[] = { "settings.ini", "baseline.tsv",
	                                      "written.tsv" };
	char path[FUZZ_PATH_MAX];

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		snprintf(path, sizeof path, "%s/%s", fuzz_dir, names[i]);
		unlink(path);
	}
	rmdir(fuzz_dir);
}

/* In @p out, the path of file @p name in this process's folder (one of
 * fuzz_clean()'s names). */
static inline const char *fuzz_path(char out[FUZZ_PATH_MAX], const char *name)
{
	if (!fuzz_dir[0]) {
		const char *t = getenv("TMPDIR");
		snprintf(fuzz_dir, sizeof fuzz_dir, "%s/zhen-fuzz-XXXXXX",
		         t && *t ? t : "/tmp");
		if (!mkdtemp(fuzz_dir))
			abort();
		atexit(fuzz_clean);
	}
	snprintf(out, FUZZ_PATH_MAX, "%s/%s", fuzz_dir, name);
	return out;
}

/* Write @p size bytes of @p data to @p path; aborts when it cannot (the
 * target would test nothing). */
static inline void fuzz_write(const char *path, const uint8_t *data,
                              size_t size)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0)
		abort();
}

/* The lines of @p data: what a line number in an error may be. */
static inline size_t fuzz_lines(const uint8_t *data, size_t size)
{
	size_t n = 1;
	for (size_t i = 0; i < size; i++)
		n += data[i] == '\n';
	return n;
}

/* @p err, the captured error lines of a reader of @p path: none when
 * @p ok, else one line naming @p path, at a line from 1 to @p lines when
 * it has one, with a message. */
static inline void fuzz_require_error(const struct cli_buf *err, bool ok,
                                      const char *path, size_t lines)
{
	FUZZ_REQUIRE(!err->oom);
	if (ok) {
		FUZZ_REQUIRE(err->len == 0);
		return;
	}
	size_t pl = strlen(path);
	const char *s = err->p, *end = err->p + err->len;
	FUZZ_REQUIRE(err->len > 6 + pl && !memcmp(s, "zhen: ", 6));
	FUZZ_REQUIRE(!memcmp(s + 6, path, pl) && s[6 + pl] == ':');
	FUZZ_REQUIRE(end[-1] == '\n' && memchr(s, '\n', err->len) == end - 1);
	s += 7 + pl;
	if (*s >= '0' && *s <= '9') {
		size_t line = strtoul(s, NULL, 10);
		FUZZ_REQUIRE(line >= 1 && line <= lines);
		s += strspn(s, "0123456789");
		FUZZ_REQUIRE(*s == ':');
		s++;
	}
	FUZZ_REQUIRE(*s == ' ' && s + 2 < end - 1); /* a message */
}

#endif
