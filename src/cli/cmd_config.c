/* cmd_config.c: zhen config, the settings in effect and where each comes
 * from (the settings file and its line, the command line, or the
 * default). Its output is itself in the settings file's grammar, the
 * source of each line in a comment, so a reader sees one language. */
#include "settings.h"
#include "io.h"

#include <stdio.h>
#include <string.h>

/* Where the comment starts: the values line up for a reader. */
#define SOURCE_COLUMN 36

static void line(const char *name, const char *value, const char *source,
                 const struct settings *st, size_t at)
{
	int w = printf("%s = %s", name, value);

	printf("%*s; ", w < SOURCE_COLUMN ? SOURCE_COLUMN - w : 1, "");
	if (source)
		printf("%s\n", source);
	else
		printf("%s:%zu\n", st->path, at);
}

static void top_level(const struct opts *o, const struct settings *st)
{
	if (st->cli_dicts || !st->ndicts) {
		for (int i = 0; i < o->ndicts; i++)
			line("dict", o->dicts[i], "command line", st, 0);
		if (!o->ndicts)
			line("dict", "(none)", "default", st, 0);
	} else {
		for (int i = 0; i < st->ndicts; i++)
			line("dict", st->dicts[i].value, NULL, st,
			     st->dicts[i].line);
	}
	const char *lex = o->no_lexicon ? "none"
	                  : o->lexicon ? o->lexicon
	                               : "(the installed CC-CEDICT, if any)";
	line("lexicon", lex, st->cli_lexicon ? "command line"
	                     : st->lexicon.value ? NULL : "default",
	     st, st->lexicon.line);
	line("strict", o->strict ? "true" : "false",
	     st->cli_strict ? "command line"
	     : st->strict.value ? NULL : "default", st, st->strict.line);
	line("baseline", o->no_baseline ? "none"
	                 : o->baseline ? o->baseline : "(none)",
	     st->cli_baseline ? "command line"
	     : st->baseline.value ? NULL : "default", st, st->baseline.line);
}

/* [severity] and [ignore], each section's lines in file order. */
static void sections(const struct settings *st)
{
	static const char *const names[] = { "severity", "ignore" };

	for (size_t k = 0; k < 2; k++) {
		bool head = false;
		for (size_t i = 0; i < st->nrules; i++) {
			const struct setting *r = &st->rules[i];
			if (strcmp(r->section, names[k]))
				continue;
			if (!head)
				printf("[%s]\n", names[k]);
			head = true;
			line(r->name, r->value, NULL, st, r->line);
		}
	}
}

int cmd_config(zhen_ctx *ctx, const struct opts *o)
{
	const struct settings *st = o->settings;

	(void)ctx;
	if (o->nargs)
		return cli_usage_error("config takes no file (got '%s'); "
		                       "--config=FILE names a settings file",
		                       o->args[0]);
	if (st->path)
		printf("; settings file: %s (%s)\n", st->path,
		       st->given ? "--config" : "found from the current "
		                                "directory");
	else
		printf("; settings file: none (%s)\n",
		       o->no_config ? "--config=none"
		                    : "no " CLI_SETTINGS_NAME " here or above");
	top_level(o, st);
	sections(st);
	return cli_flush_stdout() ? EXIT_CLEAN
	                          : cli_stdout_failed("the settings");
}
