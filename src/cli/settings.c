/* settings.c: the project settings file, .zhen.ini, read with inih
 * (Debian's libinih). A project keeps its dictionaries, lexicon, strictness,
 * severities, ignore rules and baseline in one reviewed file instead of a
 * long command line; the command line still wins. Every value is checked
 * while it is read, so a typo stops the run with FILE:LINE rather than
 * being ignored. */
#include "settings.h"
#include "io.h"

#include <errno.h>
#include <ini.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Longer lines are an error: a settings line is a short NAME = VALUE. */
#define MAX_LINE 4096

struct parse {
	struct settings *st;
	const char *text, *dir; /* dir: the file's folder, for paths */
	size_t pos, len, line;
	size_t long_line;       /* the first line too long, or 0 */
	size_t err_line;        /* the first line our handler refused */
	size_t err_at;          /* the line to name: err_line, or its
	                           section's for an unknown section */
	size_t section_line;    /* of the last [section] line read */
	char err[300];
};

static char *str_dup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	return d ? memcpy(d, s, n) : NULL;
}

/* @p value as a path: absolute, or from the settings file's folder, so
 * that a file found in a parent means the same from any subfolder. */
static char *resolve(const char *dir, const char *value)
{
	if (value[0] == '/' || !dir)
		return str_dup(value);
	char *p = malloc(strlen(dir) + strlen(value) + 2);
	if (p)
		sprintf(p, "%s/%s", dir, value);
	return p;
}

/* inih's fgets: hands out the text line by line and counts the lines, so
 * the handler knows where it is (Debian builds inih without
 * INI_HANDLER_LINENO). */
static char *next_line(char *buf, int num, void *stream)
{
	struct parse *ps = stream;
	size_t room = (size_t)num - 1, n;
	const char *s = ps->text + ps->pos, *nl;

	if (ps->pos >= ps->len)
		return NULL;
	ps->line++;
	nl = memchr(s, '\n', ps->len - ps->pos);
	n = nl ? (size_t)(nl - s) + 1 : ps->len - ps->pos;
	ps->pos += n;
	/* inih calls no handler for a [section] line: remember it, to name
	 * it when the section is unknown */
	size_t lead = strspn(s, " \t");
	if (lead < n && s[lead] == '[')
		ps->section_line = ps->line;
	if (n > room) {
		if (!ps->long_line)
			ps->long_line = ps->line;
		n = room;
	}
	memcpy(buf, s, n);
	buf[n] = '\0';
	return buf;
}

/* Note the first error (the handler is not called after it) and tell
 * inih to stop: 0. */
static int refuse(struct parse *ps, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static int refuse(struct parse *ps, const char *fmt, ...)
{
	va_list ap;

	if (!ps->err_line) {
		ps->err_line = ps->err_at = ps->line;
		va_start(ap, fmt);
		vsnprintf(ps->err, sizeof ps->err, fmt, ap);
		va_end(ap);
	}
	return 0;
}

static int keep(struct parse *ps, struct setting *s, const char *section,
                const char *name, const char *value)
{
	if (!(s->section = str_dup(section)) || !(s->name = str_dup(name)) ||
	    !(s->value = str_dup(value)))
		return refuse(ps, "out of memory");
	s->line = ps->line;
	return 1;
}

enum value_kind { PLAIN, PATH, PATH_OR_NONE };

/* A key given once (each dict line fills a slot of its own); a path is
 * resolved. */
static int set_value(struct parse *ps, struct setting *s,
                     const char *name, const char *value,
                     enum value_kind kind)
{
	if (s->value) {
		return refuse(ps, "'%s' is set twice (first on line %zu)", name,
		              s->line);
	}
	if (!keep(ps, s, "", name, value))
		return 0;
	if (kind == PATH || (kind == PATH_OR_NONE && strcmp(value, "none"))) {
		char *r = resolve(ps->dir, value);
		if (!r)
			return refuse(ps, "out of memory");
		free(s->value);
		s->value = r;
	}
	return 1;
}

static int top_level(struct parse *ps, const char *name, const char *value)
{
	struct settings *st = ps->st;

	if (!strcmp(name, "dict")) {
		if (st->ndicts == CLI_MAX_DICTS)
			return refuse(ps, "too many dictionaries");
		return set_value(ps, &st->dicts[st->ndicts++], name, value,
		                 PATH);
	}
	if (!strcmp(name, "lexicon"))
		return set_value(ps, &st->lexicon, name, value, PATH_OR_NONE);
	if (!strcmp(name, "baseline"))
		return set_value(ps, &st->baseline, name, value, PATH);
	if (!strcmp(name, "strict")) {
		if (strcmp(value, "true") && strcmp(value, "false"))
			return refuse(ps, "strict is true or false, not '%s'",
			              value);
		return set_value(ps, &st->strict, name, value, PLAIN);
	}
	return refuse(ps, "unknown setting '%s' (dict, lexicon, strict, "
	              "baseline; then [severity] and [ignore])", name);
}

/* [severity] TYPE[.KIND] = error|warning|info|off */
static int severity_rule(struct parse *ps, const char *name,
                         const char *value)
{
	char type[32];
	const char *dot = strchr(name, '.');
	size_t tl = dot ? (size_t)(dot - name) : strlen(name);
	zhen_ftype t;
	zhen_qkind k = ZHEN_Q_NUMBER;
	zhen_severity sv = ZHEN_SEV_INFO;
	bool off = !strcmp(value, "off");

	snprintf(type, sizeof type, "%.*s", (int)tl, name);
	if (tl >= sizeof type || zhen_ftype_parse(&t, type) < 0)
		return refuse(ps, "unknown finding type '%s' in '%s' (see the "
		              "README's Findings)", type, name);
	if (dot && zhen_qkind_parse(&k, dot + 1) < 0)
		return refuse(ps, "unknown kind '%s' in '%s' (number, money, "
		              "percent, points, ordinal, year, date, ident, "
		              "time)", dot + 1, name);
	if (!off && zhen_severity_parse(&sv, value) < 0)
		return refuse(ps, "'%s = %s': a severity is error, warning, "
		              "info or off", name, value);
	for (size_t i = 0; i < ps->st->nrules; i++) {
		const struct setting *r = &ps->st->rules[i];
		if (!strcmp(r->section, "severity") && !strcmp(r->name, name))
			return refuse(ps, "'%s' is set twice", name);
	}
	if (zhen_policy_set_severity(ps->st->policy, t, dot ? (int)k : -1,
	                             off ? ZHEN_SEV_OFF : (int)sv) < 0)
		return refuse(ps, "cannot set '%s'", name);
	return 1;
}

/* [ignore] text = GLOB | value = VALUE [UNIT] */
static int ignore_rule(struct parse *ps, const char *name, const char *value)
{
	int rc;

	if (!strcmp(name, "text")) {
		rc = zhen_policy_ignore_text(ps->st->policy, value);
	} else if (!strcmp(name, "value")) {
		char v[128];
		const char *sp = strchr(value, ' ');
		size_t vl = sp ? (size_t)(sp - value) : strlen(value);
		if (vl >= sizeof v || (sp && (!sp[1] || strchr(sp + 1, ' '))))
			return refuse(ps, "'value = %s': write the value and at "
			              "most one unit (value = 2.5 %%)", value);
		snprintf(v, sizeof v, "%.*s", (int)vl, value);
		rc = zhen_policy_ignore_value(ps->st->policy, v,
		                              sp ? sp + 1 : NULL);
	} else {
		return refuse(ps, "unknown ignore rule '%s' (text, value)",
		              name);
	}
	return rc < 0 ? refuse(ps, "cannot add '%s'", name) : 1;
}

static int on_setting(void *user, const char *section, const char *name,
                      const char *value)
{
	struct parse *ps = user;
	struct settings *st = ps->st;
	int ok;

	if (!*value)
		return refuse(ps, "'%s' has no value", name);
	if (!*section)
		return top_level(ps, name, value);
	if (strcmp(section, "severity") && strcmp(section, "ignore")) {
		refuse(ps, "unknown section [%s] (severity, ignore)", section);
		ps->err_at = ps->section_line;
		return 0;
	}
	if (!st->policy && zhen_policy_new(&st->policy) < 0)
		return refuse(ps, "out of memory");
	ok = !strcmp(section, "severity") ? severity_rule(ps, name, value)
	                                  : ignore_rule(ps, name, value);
	if (!ok)
		return 0;
	struct setting *r = realloc(st->rules, (st->nrules + 1) * sizeof *r);
	if (!r)
		return refuse(ps, "out of memory");
	st->rules = r;
	memset(&r[st->nrules], 0, sizeof *r);
	return keep(ps, &r[st->nrules++], section, name, value);
}

/* The folder of @p path, for the paths it holds; NULL for the current
 * one. */
static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *d;

	if (!slash)
		return NULL;
	if (slash == path)
		return str_dup("/");
	if ((d = malloc((size_t)(slash - path) + 1)))
		snprintf(d, (size_t)(slash - path) + 1, "%s", path);
	return d;
}

static bool parse_file(struct settings *st)
{
	struct parse ps = { .st = st };
	char *dir = folder_of(st->path);
	bool ok = false;

	if (!(ps.text = cli_read_text_file(st->path, &ps.len)))
		goto out;
	ps.dir = dir;
	/* values are literal: no "; comment" after them (a pattern may hold
	 * one), no indented continuation lines; a line at a time */
	ini_allow_inline_comments = 0;
	ini_allow_multiline = 0;
	ini_use_stack = 0;
	ini_allow_realloc = 0;
	ini_max_line = MAX_LINE;
	ini_stop_on_first_error = 1;
	int rc = ini_parse_stream(next_line, &ps, on_setting, &ps);
	size_t at = rc > 0 ? (size_t)rc : 0;
	if (ps.long_line && (!at || ps.long_line <= at))
		cli_err(st->path, ps.long_line, "line longer than %d bytes",
		        MAX_LINE - 2); /* inih's buffer: the line, LF, NUL */
	else if (at && at == ps.err_line)
		cli_err(st->path, ps.err_at, "%s", ps.err);
	else if (at)
		cli_err(st->path, at, "expected NAME = VALUE or [section]");
	else if (rc < 0)
		cli_err(st->path, 0, "out of memory");
	else
		ok = true;
out:
	free((char *)ps.text);
	free(dir);
	return ok;
}

/* .zhen.ini in the current directory or the nearest parent: 1 found (in
 * st->path), 0 none, -1 after an error line. */
static int find_file(struct settings *st)
{
	char *dir = getcwd(NULL, 0);
	struct stat sb;

	if (!dir) /* a deleted current directory has no settings */
		return 0;
	for (;;) {
		size_t dl = strlen(dir);
		char *p = malloc(dl + sizeof CLI_SETTINGS_NAME + 1);
		if (!p) {
			free(dir);
			cli_err(NULL, 0, "out of memory");
			return -1;
		}
		sprintf(p, "%s/%s", strcmp(dir, "/") ? dir : "",
		        CLI_SETTINGS_NAME);
		if (stat(p, &sb) == 0 ||
		    (errno != ENOENT && errno != ENOTDIR)) {
			free(dir);
			st->path = p;
			return 1;
		}
		free(p);
		char *slash = strrchr(dir, '/');
		if (!slash || !strcmp(dir, "/"))
			break;
		slash[slash == dir] = '\0'; /* "/a" -> "/" */
	}
	free(dir);
	return 0;
}

/* The file's values where the command line left the option unset. */
static void merge(struct settings *st, struct opts *o)
{
	if (!st->cli_dicts)
		for (int i = 0; i < st->ndicts; i++)
			o->dicts[o->ndicts++] = st->dicts[i].value;
	if (!st->cli_lexicon && st->lexicon.value) {
		o->no_lexicon = !strcmp(st->lexicon.value, "none");
		o->lexicon = o->no_lexicon ? NULL : st->lexicon.value;
	}
	if (!st->cli_strict && st->strict.value)
		o->strict = !strcmp(st->strict.value, "true");
	if (!st->cli_baseline && st->baseline.value)
		o->baseline = st->baseline.value;
}

bool cli_settings_load(struct settings *st, struct opts *o)
{
	memset(st, 0, sizeof *st);
	o->settings = st;
	st->cli_dicts = o->ndicts > 0;
	st->cli_lexicon = o->lexicon || o->no_lexicon;
	st->cli_strict = o->strict;
	st->cli_baseline = o->baseline || o->no_baseline;
	if (o->no_config)
		return true;
	if (o->config) {
		st->given = true;
		if (!(st->path = str_dup(o->config))) {
			cli_err(NULL, 0, "out of memory");
			return false;
		}
	} else {
		int rc = find_file(st);
		if (rc <= 0)
			return rc == 0;
	}
	if (!parse_file(st))
		return false;
	merge(st, o);
	return true;
}

static void setting_free(struct setting *s)
{
	free(s->section);
	free(s->name);
	free(s->value);
}

void cli_settings_free(struct settings *st)
{
	for (int i = 0; i < st->ndicts; i++)
		setting_free(&st->dicts[i]);
	setting_free(&st->lexicon);
	setting_free(&st->strict);
	setting_free(&st->baseline);
	for (size_t i = 0; i < st->nrules; i++)
		setting_free(&st->rules[i]);
	free(st->rules);
	zhen_policy_free(st->policy);
	free(st->path);
	memset(st, 0, sizeof *st);
}
