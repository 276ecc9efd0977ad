/* options.c: the one table of long options (curl's tool_getparam.c model)
 * drives getopt_long and the Options part of --help, so an option cannot
 * be parsed without being documented, or the other way round. */
#include "options.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum opt_id {
	OPT_BATCH = 256, OPT_COLOR, OPT_CONVERT, OPT_DICT, OPT_ENCODING,
	OPT_FORCE, OPT_FORMAT, OPT_JOBS, OPT_MANIFEST,
	OPT_HELP, OPT_LANG, OPT_LATENT, OPT_LEXICON, OPT_OUTPUT, OPT_PAIRS,
	OPT_PARAGRAPHS,
	OPT_SPL,
	OPT_COLUMNS, OPT_HEADER, OPT_LINE_OFFSET, /* --pairs streams */
	OPT_INPUT_FORMAT, OPT_SHEET, /* the readers' formats (cmd_units.c) */
	/* settings file and baselines (settings.c, baseline.c) */
	OPT_BASELINE, OPT_CONFIG, OPT_REASON, OPT_WRITE_BASELINE,
	OPT_RATES, OPT_FACTS, /* facts (cmd_facts.c) */
	OPT_ONE_DOC, /* --pairs, bilingual files: rows of one document */
	OPT_STRICT, OPT_TMX_ZH, OPT_VERSION /* the last: getopt's range */
};

enum arg_kind { ARG_NONE, ARG_STRING };

struct longopt {
	const char *name;
	enum arg_kind arg;
	char letter;            /* short form, 0 for none */
	enum opt_id id;
	const char *argtext;    /* after the name in --help ("=FILE") */
	const char *help;       /* lines of --help; NULL: on the last line */
};

/* Alphasorted, as --help lists them. A short form (-o) is the letter
 * here; getopt and --help follow. */
static const struct longopt aliases[] = {
	{ "batch", ARG_STRING, 0, OPT_BATCH, "=DIR",
	  "check: every pair of files in DIR, paired by name\n"
	  "(x.zh.txt/x.en.txt, x_zh.txt/x_en.txt, zh/x.txt/en/x.txt)" },
	{ "baseline", ARG_STRING, 0, OPT_BASELINE, "=FILE|none",
	  "check: report only findings not accepted in FILE\n"
	  "(default: the settings file's baseline); accept:\n"
	  "the file to add to" },
	{ "color", ARG_STRING, 0, OPT_COLOR, "=auto|always|never",
	  "colour the report (auto: stdout is a terminal and\n"
	  "NO_COLOR is not set; always wins over NO_COLOR)" },
	{ "columns", ARG_STRING, 0, OPT_COLUMNS, "=LIST",
	  "--pairs, CSV, TSV, XLSX: the columns of a row in\n"
	  "order, named zh, en, id (the row's id, in every\n"
	  "report) or anything else (not read); default zh,en\n"
	  "(tables: a header row or the text decides); XLSX\n"
	  "also by letter: B=zh,C=en" },
	{ "config", ARG_STRING, 0, OPT_CONFIG, "=FILE|none",
	  "settings file (default: .zhen.ini in the current\n"
	  "directory or a parent; none: no settings file)" },
	{ "convert", ARG_STRING, 0, OPT_CONVERT, "=auto|none|t2s|tw2s|hk2s",
	  "Traditional->Simplified conversion of the Chinese\n"
	  "(auto: detected per document; zhen convert also\n"
	  "offers tw2sp, with Taiwan phrases)" },
	{ "dict", ARG_STRING, 0, OPT_DICT, "=FILE",
	  "add dictionary entries; FILE's name must end in a\n"
	  "built-in dictionary's name (my-units.tsv)" },
	{ "encoding", ARG_STRING, 0, OPT_ENCODING, "=NAME",
	  "encoding of the input files: UTF-8, UTF-16LE,\n"
	  "GB18030, GBK, Big5, ... (default: detected from a\n"
	  "BOM, valid UTF-8, or a confident guess)" },
	{ "facts", ARG_NONE, 0, OPT_FACTS, "",
	  "check --batch, --manifest: also the facts of every\n"
	  "document compared across the batch (as zhen facts)" },
	{ "force", ARG_NONE, 0, OPT_FORCE, "",
	  "go on with inputs that look wrong (the files\n"
	  "swapped, one language on both sides)" },
	{ "format", ARG_STRING, 0, OPT_FORMAT, "=text|json|html|csv",
	  "report format; html (a review page) and csv (a\n"
	  "spreadsheet) for check (documents, pairs, a\n"
	  "batch); align also: tsv, beads, tmx" },
	{ "header", ARG_NONE, 0, OPT_HEADER, "",
	  "--pairs: the first line names the columns\n"
	  "(with --columns: is skipped, and renamed)" },
	{ "help", ARG_NONE, 0, OPT_HELP, "", NULL },
	{ "input-format", ARG_STRING, 0, OPT_INPUT_FORMAT,
	  "=text|xliff|sdlxliff|tmx|docx|xlsx|csv|tsv",
	  "read FILE as this format (default: from its\n"
	  "content, and for CSV and TSV its name)" },
	{ "jobs", ARG_STRING, 0, OPT_JOBS, "=N",
	  "check --batch and --pairs: pairs checked at once\n"
	  "(default: the cores); the output keeps the input's order" },
	{ "lang", ARG_STRING, 0, OPT_LANG, "=zh|en",
	  "language of the input (segment, numbers)" },
	{ "latent", ARG_NONE, 0, OPT_LATENT, "",
	  "numbers: also the numerals read as no figure on\n"
	  "their own (十大, 一些), flagged latent" },
	{ "lexicon", ARG_STRING, 0, OPT_LEXICON, "=FILE|none",
	  "word list in CC-CEDICT format to help aligning\n"
	  "(check, align); default: the one that\n"
	  "scripts/get-lexicon.sh installs, if present\n"
	  "($XDG_DATA_HOME/zhen/cedict.txt); none: no list" },
	{ "line-offset", ARG_STRING, 0, OPT_LINE_OFFSET, "=N",
	  "--pairs: add N to every line number reported\n"
	  "(a chunk of a file split for a parallel run)" },
	{ "manifest", ARG_STRING, 0, OPT_MANIFEST, "=FILE",
	  "check: the pairs FILE lists, ZH_PATH<TAB>EN_PATH a line" },
	{ "one-document", ARG_NONE, 0, OPT_ONE_DOC, "",
	  "--pairs, bilingual files: the rows are one\n"
	  "document's sentences in order, so a currency a row\n"
	  "declares (单位：美元, (美元，下同)) holds for the\n"
	  "rows after it (default: each row is read alone;\n"
	  "with it, one thread checks the rows)" },
	{ "output", ARG_STRING, 'o', OPT_OUTPUT, "=FILE",
	  "check: write the report to FILE (whole, through\n"
	  "a temporary file and a rename; short form -o FILE;\n"
	  "--batch: html to a folder, csv to one file)" },
	{ "pairs", ARG_STRING, 0, OPT_PAIRS, "=FILE|-",
	  "check pre-aligned pairs, one zh<TAB>en per line" },
	{ "paragraphs", ARG_STRING, 0, OPT_PARAGRAPHS, "=line|blank",
	  "a paragraph is a line (default), or lines up to a\n"
	  "blank line (hard-wrapped text, re-joined)" },
	{ "rates", ARG_STRING, 0, OPT_RATES, "=FILE",
	  "facts: exchange rates, DATE<TAB>USD/CNY<TAB>RATE a line\n"
	  "(zhen never looks a rate up)" },
	{ "reason", ARG_STRING, 0, OPT_REASON, "=TEXT",
	  "accept: why the finding is accepted" },
	{ "sentence-per-line", ARG_NONE, 0, OPT_SPL, "",
	  "inputs are already split, one sentence per line" },
	{ "sheet", ARG_STRING, 0, OPT_SHEET, "=NAME",
	  "XLSX: the sheet to check (default: every sheet)" },
	{ "strict", ARG_NONE, 0, OPT_STRICT, "",
	  "missing and extra figures are errors" },
	{ "tmx-zh", ARG_STRING, 0, OPT_TMX_ZH, "=written|simplified",
	  "Chinese side of align --format=tmx: as written\n"
	  "(default) or converted to Simplified" },
	{ "version", ARG_NONE, 0, OPT_VERSION, "", NULL },
	{ "write-baseline", ARG_STRING, 0, OPT_WRITE_BASELINE, "=FILE",
	  "check: record the findings in FILE (reasons of\n"
	  "the baseline read are kept)" },
};

#define NALIASES (sizeof aliases / sizeof aliases[0])

static const char usage_head[] =
"usage: zhen check [OPTIONS] ZH_FILE EN_FILE\n"
"       zhen check [OPTIONS] --pairs FILE|- [--columns=LIST] [--header]\n"
"       zhen check [OPTIONS] FILE.xlf|.sdlxliff|.tmx|.xlsx|.csv\n"
"       zhen align [OPTIONS] ZH_FILE EN_FILE\n"
"       zhen convert [--convert=MODE] [FILE|-]\n"
"       zhen segment --lang=zh|en [--format=text|json] [FILE|-]\n"
"       zhen numbers --lang=zh|en [--format=text|json] [FILE|-]\n"
"       zhen accept ID --reason=TEXT [--baseline=FILE] [ZH_FILE EN_FILE]\n"
"       zhen config [OPTIONS]\n"
"       zhen facts [--format=text|json] [--rates=FILE] FILE|DIR...\n"
"\n"
"Checks the numbers of a Chinese text against its English translation by\n"
"value: 34億元 is RMB 3.4 billion, so \"RMB 34 billion\" is a magnitude "
"error.\n"
"\n"
"Options:\n";

static const char usage_tail[] =
"  --help, --version\n"
"\n"
"Exit status: 0 no error-level finding, 1 at least one, 2 usage or input "
"error.\n"
"\n"
"Examples:\n"
"  zhen check corpus/tw-results/zh.txt corpus/tw-results/en.txt\n"
"  zhen check --format=json --pairs pairs.tsv\n"
"  zhen check job.sdlxliff\n"
"  zhen check terms.xlsx --columns=B=zh,C=en --sheet=Figures\n"
"  zhen check --pairs segments.tsv --header --encoding=UTF-16LE\n"
"  printf '營收34億元\\tRevenue was RMB 34 billion\\n' "
"| zhen check --pairs -\n"
"  zhen numbers --lang=zh corpus/cn-policy/zh.txt\n"
"  zhen align --format=tsv zh.txt en.txt > aligned.tsv\n";

/* Where the help of an option starts; a longer "--name=ARG" takes a line
 * of its own. */
#define HELP_COLUMN 29

void cli_usage_print(void)
{
	fputs(usage_head, stdout);
	for (size_t i = 0; i < NALIASES; i++) {
		const struct longopt *a = &aliases[i];
		if (!a->help)
			continue;
		int w = printf("  --%s%s", a->name, a->argtext);
		if (w > HELP_COLUMN - 2)
			printf("\n%*s", HELP_COLUMN, "");
		else
			printf("%*s", HELP_COLUMN - w, "");
		for (const char *h = a->help, *nl; *h; h = nl + 1) {
			nl = strchr(h, '\n');
			if (!nl) {
				printf("%s\n", h);
				break;
			}
			printf("%.*s\n%*s", (int)(nl - h), h, HELP_COLUMN, "");
		}
	}
	fputs(usage_tail, stdout);
}

int cli_usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("zhen: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'zhen --help'.\n", stderr);
	return EXIT_TROUBLE;
}

/* The index of @p arg in @p names (the keyword values of an option, in
 * the order of the enum they stand for), or -1. */
static int keyword(const char *arg, const char *const *names, int n)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(arg, names[i]))
			return i;
	return -1;
}

#define KEYWORD(arg, ...)                                                  \
	keyword(arg, (const char *const[]){ __VA_ARGS__ },                 \
	        (int)(sizeof((const char *const[]){ __VA_ARGS__ }) /       \
	              sizeof(const char *)))

/* Store one option's value in @p o; 0, or EXIT_TROUBLE for a bad value. */
static int take(struct opts *o, int *color_mode, enum opt_id id,
                const char *arg)
{
	int k;

	switch (id) {
	case OPT_BATCH:
		o->batch = arg;
		break;
	case OPT_MANIFEST:
		o->manifest = arg;
		break;
	case OPT_JOBS: {
		char *end;
		long n = strtol(arg, &end, 10);
		if (*end || n < 1 || n > 64)
			return cli_usage_error("invalid --jobs '%s' (1 to 64)",
			                       arg);
		o->jobs = (int)n;
		break;
	}
	case OPT_BASELINE: /* the last one counts, "none" too */
		o->no_baseline = !strcmp(arg, "none");
		o->baseline = o->no_baseline ? NULL : arg;
		break;
	case OPT_CONFIG:
		o->no_config = !strcmp(arg, "none");
		o->config = o->no_config ? NULL : arg;
		break;
	case OPT_REASON:
		o->reason = arg;
		break;
	case OPT_RATES:
		o->rates = arg;
		break;
	case OPT_FACTS:
		o->facts = true;
		break;
	case OPT_WRITE_BASELINE:
		o->write_baseline = arg;
		break;
	case OPT_COLOR: /* 0 auto, 1 always, 2 never */
		if ((k = KEYWORD(arg, "auto", "always", "never")) < 0)
			return cli_usage_error("invalid --color '%s'", arg);
		*color_mode = k;
		break;
	case OPT_CONVERT:
		if (zhen_convert_mode_parse(&o->convert, arg) < 0)
			return cli_usage_error("invalid --convert '%s'", arg);
		break;
	case OPT_DICT:
		if (o->ndicts == CLI_MAX_DICTS)
			return cli_usage_error("too many --dict");
		o->dicts[o->ndicts++] = arg;
		break;
	case OPT_ENCODING:
		o->encoding = arg;
		break;
	case OPT_FORCE:
		o->force = true;
		break;
	case OPT_FORMAT: /* enum fmt */
		if ((k = KEYWORD(arg, "text", "json", "tsv", "beads",
		                 "tmx", "html", "csv")) < 0)
			return cli_usage_error("invalid --format '%s'", arg);
		o->format = (enum fmt)k;
		break;
	case OPT_HELP:
		cli_usage_print();
		exit(EXIT_CLEAN);
	case OPT_LANG: /* ZHEN_LANG_ZH, _EN */
		if ((k = KEYWORD(arg, "zh", "en")) < 0)
			return cli_usage_error("invalid --lang '%s'", arg);
		o->lang = (zhen_lang)k;
		o->lang_set = true;
		break;
	case OPT_LEXICON: /* the last one counts, "none" too */
		o->no_lexicon = !strcmp(arg, "none");
		o->lexicon = o->no_lexicon ? NULL : arg;
		break;
	case OPT_OUTPUT:
		o->output = arg;
		break;
	case OPT_PAIRS:
		o->pairs = arg;
		break;
	case OPT_PARAGRAPHS: /* ZHEN_PARAGRAPHS_LINE, _BLANK */
		if ((k = KEYWORD(arg, "line", "blank")) < 0)
			return cli_usage_error("invalid --paragraphs '%s'",
			                       arg);
		o->paragraphs = (zhen_paragraph_mode)k;
		break;
	case OPT_SPL:
		o->sentence_per_line = true;
		break;
	case OPT_LATENT:
		o->latent = true;
		break;
	case OPT_STRICT:
		o->strict = true;
		break;
	case OPT_ONE_DOC:
		o->one_document = true;
		break;
	case OPT_COLUMNS:
		o->columns = arg;
		break;
	case OPT_HEADER:
		o->header = true;
		break;
	case OPT_INPUT_FORMAT:
		if (zhen_format_parse(&o->input_format, arg) < 0)
			return cli_usage_error("invalid --input-format '%s'", arg);
		break;
	case OPT_SHEET:
		o->sheet = arg;
		break;
	case OPT_LINE_OFFSET: {
		char *end;
		errno = 0;
		unsigned long long v = strtoull(arg, &end, 10);
		if (!isdigit((unsigned char)*arg) || *end || errno ||
		    v > SIZE_MAX / 2)
			return cli_usage_error("invalid --line-offset '%s'",
			                       arg);
		o->line_offset = (size_t)v;
		break;
	}
	case OPT_TMX_ZH:
		if ((k = KEYWORD(arg, "written", "simplified")) < 0)
			return cli_usage_error("invalid --tmx-zh '%s'", arg);
		o->tmx_simplified = k == 1;
		break;
	case OPT_VERSION:
		printf("zhen %s\n", zhen_version());
		exit(EXIT_CLEAN);
	}
	return 0;
}

/* getopt_long's view of the table: its long options and the string of
 * short ones. */
static void getopt_tables(struct option *longopts, char *shortopts)
{
	size_t n = 0;

	for (size_t i = 0; i < NALIASES; i++) {
		const struct longopt *a = &aliases[i];
		int has_arg = a->arg == ARG_STRING ? required_argument
		                                   : no_argument;
		longopts[i] = (struct option){ a->name, has_arg, NULL,
		                               (int)a->id };
		if (a->letter) {
			shortopts[n++] = a->letter;
			if (has_arg)
				shortopts[n++] = ':';
		}
	}
	longopts[NALIASES] = (struct option){ NULL, 0, NULL, 0 };
	shortopts[n] = 0;
}

static int id_of(int c)
{
	for (size_t i = 0; i < NALIASES; i++)
		if (aliases[i].letter && aliases[i].letter == c)
			return (int)aliases[i].id;
	return c;
}

int cli_options_parse(struct opts *o, int argc, char **argv)
{
	struct option longopts[NALIASES + 1];
	char shortopts[2 * NALIASES + 1];
	int color_mode = 0, c, rc;

	memset(o, 0, sizeof *o);
	o->convert = ZHEN_CONVERT_AUTO;
	getopt_tables(longopts, shortopts);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		c = id_of(c);
		if (c < OPT_BATCH || c > OPT_VERSION) {
			/* A short option in a cluster (-xy) has not moved
			 * optind yet: name it from optopt. */
			char shortopt[3] = { '-', (char)optopt, 0 };
			return cli_usage_error(
				"unknown or incomplete option '%s'",
				optopt ? shortopt : argv[optind - 1]);
		}
		if ((rc = take(o, &color_mode, (enum opt_id)c, optarg)) != 0)
			return rc;
	}
	/* NO_COLOR disables colour unless --color=always asks for it: an
	 * option given on the command line wins (no-color.org) */
	const char *nc = getenv("NO_COLOR");
	if (color_mode == 1)
		o->color = 1;
	else if (color_mode == 2 || (nc && *nc))
		o->color = 0;
	else
		o->color = isatty(STDOUT_FILENO);
	o->args = argv + optind;
	o->nargs = argc - optind;
	return 0;
}
