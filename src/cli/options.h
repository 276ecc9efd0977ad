/* options.h: the command line's one option table, read into struct opts. */
#ifndef ZHEN_CLI_OPTIONS_H
#define ZHEN_CLI_OPTIONS_H

#include <zhen/zhen.h>

#include <stdbool.h>

/* Exit status like diff(1). */
enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

/* --format, in the order of its keywords */
enum fmt { FMT_TEXT, FMT_JSON, FMT_TSV, FMT_BEADS, FMT_TMX, FMT_HTML, FMT_CSV };

#define CLI_MAX_DICTS 16

struct opts {
	enum fmt format;
	int color;                /* resolved: --color, NO_COLOR, isatty */
	zhen_convert_mode convert;
	const char *encoding;     /* NULL: detect */
	zhen_paragraph_mode paragraphs;
	bool strict;
	bool force;        /* go on with inputs that look wrong */
	bool latent;       /* numbers: the latent numerals too */
	bool sentence_per_line;
	bool one_document; /* --one-document: rows carry declarations */
	const char *pairs;
	const char *columns;      /* --pairs: --columns, or NULL */
	bool header;              /* --pairs: the first line names them */
	zhen_format input_format; /* --input-format; UNKNOWN: detect */
	const char *sheet;        /* --sheet: an XLSX sheet */
	size_t line_offset;       /* --pairs: added to reported lines */
	const char *batch;        /* --batch DIR */
	const char *manifest;     /* --manifest FILE */
	int jobs;                 /* --jobs N; 0: the cores */
	const char *lexicon;      /* --lexicon: CC-CEDICT file, or NULL */
	bool no_lexicon;          /* --lexicon=none: not even the default */
	bool tmx_simplified;      /* --tmx-zh=simplified */
	zhen_lang lang;
	bool lang_set;
	const char *dicts[CLI_MAX_DICTS];
	int ndicts;
	/* settings file and baselines (settings.c, baseline.c) */
	const char *config;       /* --config FILE, or NULL: look for one */
	bool no_config;           /* --config=none */
	const char *baseline;     /* --baseline FILE, or NULL */
	bool no_baseline;         /* --baseline=none: not the file's either */
	const char *write_baseline; /* --write-baseline FILE */
	const char *output;       /* -o, --output FILE: the report's file */
	const char *reason;       /* accept --reason */
	const char *rates;        /* facts --rates FILE */
	bool facts;               /* check --batch --facts */
	struct settings *settings; /* in effect, with their sources */
	char **args;              /* the operands (files), options removed */
	int nargs;
};

/*
 * Read the options of a command: argv[0] is the command's name, and
 * options may follow the files. --help and --version print and exit.
 * @return 0, or EXIT_TROUBLE after a usage error line on stderr.
 */
int cli_options_parse(struct opts *o, int argc, char **argv);

/* The usage text, options and all, as --help prints it. */
void cli_usage_print(void);

/* "zhen: <message>" and a hint to --help on stderr; EXIT_TROUBLE. */
int cli_usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

#endif
