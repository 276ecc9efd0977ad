/* zhen: the command-line tool. It uses the public API only (<zhen/zhen.h>);
 * all file and terminal I/O of the project lives in src/cli/. This file
 * picks the command; options.c reads the options, io.c the inputs, and
 * each cmd_*.c runs one command. One ICU call of its own: see main(). */
#include "commands.h"
#include "io.h"
#include "settings.h"

#include <stdio.h>
#include <string.h>
#include <unicode/uloc.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

/* glibc serves a block of 128 KiB or more with its own mapping, given
 * back when freed, but raises that threshold to the size of each such
 * block freed (up to 32 MiB): after the aligner frees its first tables,
 * every later table comes from the heap, and the heap keeps the pages of
 * tables freed below its top. A 100 MB check's peak RSS held 9 MB of them
 * (3 at 10 MB), no time saved by it (bench/RESULTS.md, "Fourth round").
 * The host's choice, so the CLI's and not the library's. */
static void fixed_mmap_threshold(void)
{
#ifdef __GLIBC__
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

int main(int argc, char **argv)
{
	/* the formats each command writes: any other is an error, never
	 * quietly text */
	enum { T = 1 << FMT_TEXT, J = 1 << FMT_JSON };
	static const struct {
		const char *name;
		int (*run)(zhen_ctx *, const struct opts *);
		unsigned formats;
		const char *say;
	} cmds[] = {
		{ "accept", cmd_accept, T, "text only" },
		{ "align", cmd_align,
		  T | J | 1 << FMT_TSV | 1 << FMT_BEADS | 1 << FMT_TMX,
		  "text, json, tsv, beads or tmx" },
		{ "check", cmd_check, T | J | 1 << FMT_HTML | 1 << FMT_CSV,
		  "text, json, html or csv" },
		{ "config", cmd_config, T, "text only" },
		{ "convert", cmd_convert, T, "text only" },
		{ "facts", cmd_facts, T | J | 1 << FMT_HTML,
		  "text, json or html" },
		{ "numbers", cmd_numbers, T | J, "text or json" },
		{ "segment", cmd_segment, T | J, "text or json" },
	};
	struct opts o;
	struct settings st;
	zhen_ctx *ctx = NULL;
	int status;

	fixed_mmap_threshold();
	/* ICU makes its default locale on first use (the first sentence
	 * split), and when an allocation fails there it dereferences NULL
	 * (ICU 72 locid.cpp, Locale::getDefault()): zhen died of SIGSEGV
	 * instead of saying 'out of memory'. Made here, before any memory is
	 * spent, it is the locale ICU would have made; a failure here only
	 * leaves it to be made later. A library cannot do this for its host,
	 * which may have set a locale of its own. */
	UErrorCode icu_status = U_ZERO_ERROR;
	uloc_setDefault(NULL, &icu_status);
	if (argc < 2)
		return cli_usage_error("missing command");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		cli_usage_print();
		return EXIT_CLEAN;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("zhen %s\n", zhen_version());
		return EXIT_CLEAN;
	}
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		if (strcmp(argv[1], cmds[i].name))
			continue;
		if ((status = cli_options_parse(&o, argc - 1, argv + 1)) != 0)
			return status;
		if (!(cmds[i].formats >> o.format & 1))
			return cli_usage_error("zhen %s writes --format=%s",
			                       cmds[i].name, cmds[i].say);
		if (o.output && cmds[i].run != cmd_check)
			return cli_usage_error("-o/--output is for zhen check");
		if (o.convert == ZHEN_CONVERT_TW2SP &&
		    cmds[i].run != cmd_convert)
			return cli_usage_error("--convert=tw2sp rewrites words "
			                       "and moves offsets; it is for "
			                       "zhen convert only");
		/* the settings file fills in what the command line left */
		if (!cli_settings_load(&st, &o)) {
			status = EXIT_TROUBLE;
		} else if ((status = zhen_ctx_new(&ctx)) < 0) {
			/* before any input is read: no file to name */
			if (status == ZHEN_ENOMEM)
				cli_err(NULL, 0, "out of memory while loading "
				        "the built-in dictionaries, before "
				        "reading any input");
			else
				cli_err(NULL, 0, "a built-in dictionary is "
				        "broken (%s)", zhen_strerror(status));
			status = EXIT_TROUBLE;
		} else {
			status = cli_add_dicts(ctx, &o) ? cmds[i].run(ctx, &o)
			                                : EXIT_TROUBLE;
		}
		zhen_ctx_free(ctx);
		cli_settings_free(&st);
		return status;
	}
	return cli_usage_error("unknown command '%s'", argv[1]);
}
