/* cmd_facts.c: zhen facts FILE|DIR..., the facts of any number of
 * documents (Chinese or English, any format zhen reads) and where they
 * disagree. A folder gives every file under it, by name, dot files left
 * out; a file that holds both languages (XLIFF, TMX, a table) is two
 * documents, its Chinese side and its English side. */
#include "commands.h"
#include "io.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct paths {
	char **p;
	size_t n, cap;
};

static bool add_path(struct paths *ps, const char *path)
{
	if (ps->n == ps->cap) {
		size_t cap = ps->cap ? 2 * ps->cap : 16;
		char **v = realloc(ps->p, cap * sizeof *v);
		if (!v)
			return false;
		ps->p = v;
		ps->cap = cap;
	}
	return (ps->p[ps->n] = strdup(path)) && ++ps->n;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every regular file under @p dir, each folder's in name order, so that
 * a report is the same on every machine. */
static bool walk(struct paths *ps, const char *dir)
{
	struct paths names = { 0 };
	struct dirent *e;
	DIR *d = opendir(dir);
	bool ok = d != NULL;

	if (!d)
		cli_err(dir, 0, "cannot open the folder");
	while (ok && (e = readdir(d)))
		if (e->d_name[0] != '.')
			ok = add_path(&names, e->d_name);
	if (d)
		closedir(d);
	if (names.n > 1)
		qsort(names.p, names.n, sizeof *names.p, by_name);
	for (size_t i = 0; i < names.n; i++) {
		size_t n = strlen(dir) + strlen(names.p[i]) + 2;
		char *full = malloc(n);
		struct stat sb;
		if (ok && full) {
			snprintf(full, n, "%s/%s", dir, names.p[i]);
			if (stat(full, &sb) == 0 && S_ISDIR(sb.st_mode))
				ok = walk(ps, full);
			else if (stat(full, &sb) == 0 && S_ISREG(sb.st_mode))
				ok = add_path(ps, full);
		}
		ok = ok && full;
		free(full);
		free(names.p[i]);
	}
	free(names.p);
	return ok;
}

static bool collect(struct paths *ps, const struct opts *o)
{
	for (int i = 0; i < o->nargs; i++) {
		struct stat sb;
		bool dir = stat(o->args[i], &sb) == 0 && S_ISDIR(sb.st_mode);
		if (!(dir ? walk(ps, o->args[i]) : add_path(ps, o->args[i])))
			return false;
	}
	return true;
}

static bool load_rates(zhen_rates **out, zhen_ctx *ctx, const char *path)
{
	size_t len, line;
	char *text;

	*out = NULL;
	if (!path)
		return true;
	if (!(text = cli_read_text_file(path, &len)))
		return false;
	int rc = zhen_rates_read(out, ctx, text, len);
	free(text);
	if (rc < 0) {
		zhen_ctx_errpos(ctx, &line, NULL);
		cli_err(cli_display_name(path), line, "%s", zhen_ctx_errmsg(ctx));
	}
	return rc == 0;
}

/* Add @p doc, read from @p path, to @p f as @p name; false after an
 * error line. */
static bool add_doc(zhen_facts *f, zhen_ctx *ctx, const struct opts *o,
                    const zhen_doc *doc, const char *path, const char *name)
{
	zhen_convert_mode mode;

	if (!cli_convert_mode(&mode, ctx, o, doc, path, true))
		return false;
	/* an English article with a Chinese paragraph has no script to
	 * detect; converting Simplified text is harmless */
	if (mode == ZHEN_CONVERT_NONE && o->convert == ZHEN_CONVERT_AUTO)
		mode = ZHEN_CONVERT_T2S;
	if (zhen_facts_add_doc(f, ctx, doc, name, mode) < 0) {
		cli_err(name, 0, "%s", zhen_ctx_errmsg(ctx));
		return false;
	}
	return true;
}

/* A bilingual file's two sides, two documents named "FILE.xlf (zh)" and
 * "FILE.xlf (en)", a unit a line (zhen_doc_from_units()): a figure the
 * translation changed is a conflict between them, and either side can
 * disagree with another document. */
static bool add_sides(zhen_facts *f, zhen_ctx *ctx, const struct opts *o,
                      const char *path, const zhen_units *us,
                      zhen_doc **slot)
{
	static const char *const tag[2] = { " (zh)", " (en)" };
	const char *base = cli_display_name(path);
	size_t n = strlen(base) + 6;
	char *name = malloc(n);
	bool ok = name != NULL;

	if (!name)
		cli_err(base, 0, "out of memory");
	for (int s = ZHEN_LANG_ZH; ok && s <= ZHEN_LANG_EN; s++) {
		snprintf(name, n, "%s%s", base, tag[s]);
		if (zhen_doc_from_units(&slot[s], ctx, us, (zhen_lang)s) < 0) {
			cli_err(name, 0, "%s", zhen_ctx_errmsg(ctx));
			ok = false;
		} else {
			ok = add_doc(f, ctx, o, slot[s], path, name);
		}
	}
	free(name);
	return ok;
}

/* Read one file into @p f: a document, or a bilingual file's two sides;
 * false after an error line. The documents join @p slot[0..2), which
 * @p f borrows them from. */
static bool read_one(zhen_facts *f, zhen_ctx *ctx, const struct opts *o,
                     const char *path, zhen_doc **slot)
{
	zhen_units *us = NULL;
	bool ok;

	if (!cli_read_doc_or_units(&us, slot, ctx, o, path))
		return false;
	ok = us ? add_sides(f, ctx, o, path, us, slot)
	        : add_doc(f, ctx, o, *slot, path, cli_display_name(path));
	zhen_units_free(us);
	return ok;
}

/* JSON Lines of the facts section of a batch: each object tagged
 * {"section":"facts",…} among the pairs' objects. */
static int write_tagged(void *payload, const char *data, size_t len)
{
	static const char tag[] = "{\"section\":\"facts\",";
	(void)payload;
	if (len && data[0] == '{') {
		if (cli_write_stdout(NULL, tag, sizeof tag - 1) != 0)
			return -1;
		data++;
		len--;
	}
	return cli_write_stdout(NULL, data, len);
}

static int report(zhen_ctx *ctx, const struct opts *o, const zhen_facts *f,
                  const zhen_rates *rates, bool batch, bool *errors)
{
	zhen_conflicts *c = NULL;
	size_t sev[3] = { 0, 0, 0 };
	int rc;

	if ((rc = zhen_facts_compare(&c, ctx, f, rates)) < 0) {
		cli_err(NULL, 0, "%s", zhen_ctx_errmsg(ctx));
		return rc;
	}
	for (size_t i = 0; i < zhen_conflicts_count(c); i++)
		sev[zhen_conflicts_get(c, i)->severity]++;
	if (batch && o->format != FMT_JSON)
		printf("=== facts of the %zu documents\n",
		       zhen_facts_doc_count(f));
	rc = o->format == FMT_JSON
		     ? zhen_facts_report_json(batch ? write_tagged
		                                    : cli_write_stdout,
		                              NULL, f, c)
	     : o->format == FMT_HTML
		     ? zhen_facts_report_html(cli_write_stdout, NULL, f, c)
		     : zhen_facts_report_text(cli_write_stdout, NULL, f, c,
		                              o->color);
	if (rc == 0 && o->format == FMT_TEXT)
		printf("zhen facts: %zu documents, %zu facts, %zu conflicts: "
		       "%zu errors, %zu warnings\n", zhen_facts_doc_count(f),
		       zhen_facts_count(f), zhen_conflicts_count(c),
		       sev[ZHEN_SEV_ERROR], sev[ZHEN_SEV_WARNING]);
	*errors = sev[ZHEN_SEV_ERROR] > 0;
	zhen_conflicts_free(c);
	/* a failed standard output is cmd_facts()'s line */
	if (rc != 0 && cli_flush_stdout())
		cli_err(NULL, 0, "cannot write the facts: %s", zhen_strerror(rc));
	return rc;
}

int cli_facts_report(zhen_ctx *ctx, const struct opts *o,
                     char *const *paths, size_t n, bool batch)
{
	zhen_rates *rates = NULL;
	zhen_facts *f = NULL;
	zhen_doc **docs = NULL;
	bool trouble = false, errors = false;
	int rc;

	if (!load_rates(&rates, ctx, o->rates)) {
		trouble = true;
		goto out;
	}
	rc = (docs = calloc(2 * n + 1, sizeof *docs)) ? 0 : ZHEN_ENOMEM;
	if (rc == 0)
		rc = zhen_facts_new(&f, ctx);
	if (rc < 0) {
		cli_err(NULL, 0, "%s", rc == ZHEN_ENOMEM ? "out of memory"
		                                      : zhen_ctx_errmsg(ctx));
		trouble = true;
		goto out;
	}
	/* an unreadable document is reported and the others still read,
	 * as in a batch; the exit status says 2 */
	for (size_t i = 0; i < n; i++)
		if (!read_one(f, ctx, o, paths[i], &docs[2 * i]))
			trouble = true;
	if (report(ctx, o, f, rates, batch, &errors) != 0)
		trouble = true;
out:
	zhen_facts_free(f);
	for (size_t i = 0; docs && i < 2 * n; i++)
		zhen_doc_free(docs[i]);
	free(docs);
	zhen_rates_free(rates);
	return trouble ? EXIT_TROUBLE : errors ? EXIT_FINDINGS : EXIT_CLEAN;
}

int cmd_facts(zhen_ctx *ctx, const struct opts *o)
{
	struct paths ps = { 0 };
	int status;

	if (!o->nargs)
		return cli_usage_error("zhen facts needs files or folders");
	status = collect(&ps, o) ? cli_facts_report(ctx, o, ps.p, ps.n, false)
	                         : EXIT_TROUBLE;
	for (size_t i = 0; i < ps.n; i++)
		free(ps.p[i]);
	free(ps.p);
	if (!cli_flush_stdout())
		status = cli_stdout_failed("the facts");
	return status;
}
