/* zhen: the command-line tool. It uses the public API only (<zhen/zhen.h>);
 * all file and terminal I/O of the project lives here. */
#include <zhen/zhen.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Exit status like diff(1). */
enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

/* A file larger than this is not a translation a person reviews; refusing
 * it beats swapping (the --pairs mode streams and has no such limit). */
#define MAX_FILE_BYTES ((size_t)1 << 30)

static const char *prog = "zhen";

static void err(const char *file, size_t line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void err(const char *file, size_t line, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "%s: ", prog);
	if (file && line)
		fprintf(stderr, "%s:%zu: ", file, line);
	else if (file)
		fprintf(stderr, "%s: ", file);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* ---- options ---- */

enum fmt { FMT_TEXT, FMT_JSON, FMT_TSV, FMT_BEADS, FMT_TMX };

struct opts {
	enum fmt format;
	int color;                /* resolved */
	zhen_convert_mode convert;
	const char *encoding;     /* NULL: detect */
	zhen_paragraph_mode paragraphs;
	bool strict;
	bool sentence_per_line;
	const char *pairs;
	const char *lexicon;      /* --lexicon: CC-CEDICT file, or NULL */
	bool tmx_simplified;      /* --tmx-zh=simplified */
	zhen_lang lang;
	bool lang_set;
	const char *dicts[16];
	int ndicts;
};

enum {
	OPT_COLOR = 256, OPT_CONVERT, OPT_DICT, OPT_ENCODING, OPT_FORMAT,
	OPT_HELP, OPT_LANG, OPT_LEXICON, OPT_PAIRS, OPT_PARAGRAPHS, OPT_SPL, OPT_STRICT,
	OPT_TMX_ZH, OPT_VERSION
};

/* Alphasorted; drives getopt_long. */
static const struct option longopts[] = {
	{ "color", required_argument, NULL, OPT_COLOR },
	{ "convert", required_argument, NULL, OPT_CONVERT },
	{ "dict", required_argument, NULL, OPT_DICT },
	{ "encoding", required_argument, NULL, OPT_ENCODING },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "lexicon", required_argument, NULL, OPT_LEXICON },
	{ "pairs", required_argument, NULL, OPT_PAIRS },
	{ "paragraphs", required_argument, NULL, OPT_PARAGRAPHS },
	{ "sentence-per-line", no_argument, NULL, OPT_SPL },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "tmx-zh", required_argument, NULL, OPT_TMX_ZH },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 },
};

static const char usage_text[] =
"usage: zhen check [OPTIONS] ZH_FILE EN_FILE\n"
"       zhen check [OPTIONS] --pairs FILE|-\n"
"       zhen align [OPTIONS] ZH_FILE EN_FILE\n"
"       zhen convert [--convert=MODE] [FILE|-]\n"
"       zhen segment --lang=zh|en [--format=text|json] [FILE|-]\n"
"       zhen numbers --lang=zh|en [--format=text|json] [FILE|-]\n"
"\n"
"Checks the numbers of a Chinese text against its English translation by\n"
"value: 34億元 is RMB 3.4 billion, so \"RMB 34 billion\" is a magnitude error.\n"
"\n"
"Options:\n"
"  --color=auto|always|never  colour the report (auto: stdout is a terminal;\n"
"                             NO_COLOR in the environment always disables it)\n"
"  --convert=auto|none|t2s|tw2s|hk2s\n"
"                             Traditional->Simplified conversion of the Chinese\n"
"                             (auto: detected per document; zhen convert also\n"
"                             offers tw2sp, with Taiwan phrases)\n"
"  --dict=FILE                add dictionary entries; FILE's name must end in a\n"
"                             built-in dictionary's name (my-units.tsv)\n"
"  --encoding=NAME            encoding of the input files: UTF-8, UTF-16LE,\n"
"                             GB18030, GBK, Big5, ... (default: detected from a\n"
"                             BOM, valid UTF-8, or a confident guess)\n"
"  --format=text|json         report format (align also: tsv, beads, tmx)\n"
"  --lang=zh|en               language of the input (segment, numbers)\n"
"  --lexicon=FILE             word list in CC-CEDICT format to help aligning\n"
"                             (check, align; get CC-CEDICT from mdbg.net)\n"
"  --pairs=FILE|-             check pre-aligned pairs, one zh<TAB>en per line\n"
"  --paragraphs=line|blank    a paragraph is a line (default), or lines up to a\n"
"                             blank line (hard-wrapped text, re-joined)\n"
"  --sentence-per-line        inputs are already split, one sentence per line\n"
"  --strict                   missing and extra figures are errors\n"
"  --tmx-zh=written|simplified\n"
"                             Chinese side of align --format=tmx: as written\n"
"                             (default) or converted to Simplified\n"
"  --help, --version\n"
"\n"
"Exit status: 0 no error-level finding, 1 at least one, 2 usage or input error.\n"
"\n"
"Examples:\n"
"  zhen check corpus/tw-results/zh.txt corpus/tw-results/en.txt\n"
"  zhen check --format=json --pairs pairs.tsv\n"
"  printf '營收34億元\\tRevenue was RMB 34 billion\\n' | zhen check --pairs -\n"
"  zhen numbers --lang=zh corpus/cn-policy/zh.txt\n"
"  zhen align --format=tsv zh.txt en.txt > aligned.tsv\n";

static int usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", prog);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry 'zhen --help'.\n");
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

static int parse_opts(struct opts *o, int argc, char **argv)
{
	int color_mode = 0; /* 0 auto, 1 always, 2 never */
	int c, k;

	memset(o, 0, sizeof *o);
	o->convert = ZHEN_CONVERT_AUTO;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_COLOR:
			if ((k = KEYWORD(optarg, "auto", "always", "never")) < 0)
				return usage_error("invalid --color '%s'", optarg);
			color_mode = k;
			break;
		case OPT_CONVERT:
			if (zhen_convert_mode_parse(&o->convert, optarg) < 0)
				return usage_error("invalid --convert '%s'", optarg);
			break;
		case OPT_ENCODING:
			o->encoding = optarg;
			break;
		case OPT_PARAGRAPHS: /* ZHEN_PARAGRAPHS_LINE, _BLANK */
			if ((k = KEYWORD(optarg, "line", "blank")) < 0)
				return usage_error("invalid --paragraphs '%s'",
				                   optarg);
			o->paragraphs = (zhen_paragraph_mode)k;
			break;
		case OPT_DICT:
			if (o->ndicts == 16)
				return usage_error("too many --dict%s", "");
			o->dicts[o->ndicts++] = optarg;
			break;
		case OPT_FORMAT: /* enum fmt */
			if ((k = KEYWORD(optarg, "text", "json", "tsv", "beads",
			                 "tmx")) < 0)
				return usage_error("invalid --format '%s'", optarg);
			o->format = (enum fmt)k;
			break;
		case OPT_LEXICON:
			o->lexicon = optarg;
			break;
		case OPT_TMX_ZH:
			if ((k = KEYWORD(optarg, "written", "simplified")) < 0)
				return usage_error("invalid --tmx-zh '%s'", optarg);
			o->tmx_simplified = k == 1;
			break;
		case OPT_HELP:
			fputs(usage_text, stdout);
			exit(EXIT_CLEAN);
		case OPT_LANG: /* ZHEN_LANG_ZH, _EN */
			if ((k = KEYWORD(optarg, "zh", "en")) < 0)
				return usage_error("invalid --lang '%s'", optarg);
			o->lang = (zhen_lang)k;
			o->lang_set = true;
			break;
		case OPT_PAIRS:
			o->pairs = optarg;
			break;
		case OPT_SPL:
			o->sentence_per_line = true;
			break;
		case OPT_STRICT:
			o->strict = true;
			break;
		case OPT_VERSION:
			printf("zhen %s\n", zhen_version());
			exit(EXIT_CLEAN);
		default: {
			/* A short option in a cluster (-xy) has not moved
			 * optind yet: name it from optopt. */
			char shortopt[3] = { '-', (char)optopt, 0 };
			return usage_error("unknown or incomplete option '%s'",
			                   optopt ? shortopt : argv[optind - 1]);
		}
		}
	}
	const char *nc = getenv("NO_COLOR");
	if (nc && *nc)
		o->color = 0;
	else if (color_mode == 0)
		o->color = isatty(STDOUT_FILENO);
	else
		o->color = color_mode == 1;
	return -1;
}

/* ---- input ---- */

struct input {
	char *bytes;
	size_t len;
};

/* Read a whole file or stdin ("-"). One line on stderr and false on
 * failure; the input is only ever opened for reading. */
static bool read_input(struct input *in, const char *path)
{
	FILE *f = stdin;
	struct stat st;
	size_t cap = 1 << 16;

	in->bytes = NULL;
	in->len = 0;
	if (strcmp(path, "-")) {
		int fd = open(path, O_RDONLY);
		if (fd < 0) {
			err(path, 0, "%s", strerror(errno));
			return false;
		}
		if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			close(fd);
			err(path, 0, "is a directory");
			return false;
		}
		f = fdopen(fd, "rb");
		if (!f) {
			close(fd);
			err(path, 0, "%s", strerror(errno));
			return false;
		}
	}
	in->bytes = malloc(cap);
	for (;;) {
		if (!in->bytes) {
			err(path, 0, "out of memory");
			break;
		}
		size_t n = fread(in->bytes + in->len, 1, cap - in->len, f);
		in->len += n;
		if (n == 0) {
			if (ferror(f)) {
				err(path, 0, "%s", strerror(errno));
				break;
			}
			if (f != stdin)
				fclose(f);
			return true;
		}
		if (in->len == cap) {
			if (cap >= MAX_FILE_BYTES) {
				err(path, 0, "larger than 1 GiB");
				break;
			}
			char *p = realloc(in->bytes, cap * 2);
			if (!p)
				free(in->bytes);
			in->bytes = p;
			cap *= 2;
		}
	}
	free(in->bytes);
	in->bytes = NULL;
	if (f != stdin)
		fclose(f);
	return false;
}

static const char *display_name(const char *path)
{
	return strcmp(path, "-") ? path : "<stdin>";
}

/* Load, decode and validate a document; one error line naming file, line
 * and byte. @p lang says how wrapped lines join (-1: unknown). */
static zhen_doc *load_doc(zhen_ctx *ctx, const struct opts *o,
                          const char *path, int lang)
{
	zhen_doc_options dopt = ZHEN_DOC_OPTIONS_INIT;
	struct input in;
	zhen_doc *doc = NULL;

	if (!read_input(&in, path))
		return NULL;
	dopt.encoding = o->encoding;
	dopt.paragraphs = o->paragraphs;
	dopt.lang = lang;
	int rc = zhen_doc_read(&doc, ctx, in.bytes, in.len, &dopt);
	free(in.bytes);
	if (rc < 0) {
		size_t line, byte;
		zhen_ctx_errpos(ctx, &line, &byte);
		if (rc == ZHEN_EUSAGE) /* --encoding=foo: not the file's fault */
			usage_error("%s", zhen_ctx_errmsg(ctx));
		else
			err(display_name(path), line, "%s", zhen_ctx_errmsg(ctx));
		return NULL;
	}
	return doc;
}

/* The report callback writes through stdio like printf does, so the two
 * interleave in order without flushing (a flush per pair cost 8% of a
 * million-pair run). */
static int write_stdout(void *payload, const char *bytes, size_t len)
{
	(void)payload;
	return fwrite(bytes, 1, len, stdout) == len ? 0 : -1;
}

/* A data file of the user's (--dict, --lexicon), whole and valid UTF-8;
 * one error line naming file, line and byte otherwise. */
static bool read_utf8_file(struct input *in, const char *path)
{
	size_t bad, line = 1;

	if (!read_input(in, path))
		return false;
	if (zhen_utf8_check(in->bytes, in->len, &bad) == 0)
		return true;
	for (size_t k = 0; k < bad; k++)
		line += in->bytes[k] == '\n';
	err(path, line, "invalid UTF-8 at byte %zu", bad);
	free(in->bytes);
	return false;
}

/* The library's parse error for @p path, at the line it names. */
static bool parse_failed(const zhen_ctx *ctx, const char *path)
{
	size_t line;
	zhen_ctx_errpos(ctx, &line, NULL);
	err(path, line, "%s", zhen_ctx_errmsg(ctx));
	return false;
}

static bool add_dicts(zhen_ctx *ctx, const struct opts *o)
{
	static const char *const names[] = { "abbreviations.txt",
		"approximators.tsv", "conversions.tsv", "currencies.tsv",
		"en_number_words.tsv", "magnitudes.tsv", "units.tsv",
		"zh_numerals.tsv" };
	for (int i = 0; i < o->ndicts; i++) {
		const char *path = o->dicts[i], *name = NULL;
		size_t pl = strlen(path);
		for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
			size_t nl = strlen(names[k]);
			if (pl >= nl && !strcmp(path + pl - nl, names[k]))
				name = names[k];
		}
		if (!name) {
			err(path, 0, "--dict: the file name must end in the name "
			    "of a built-in dictionary (e.g. my-units.tsv)");
			return false;
		}
		struct input in;
		if (!read_utf8_file(&in, path))
			return false;
		int rc = zhen_ctx_add_dict(ctx, name, in.bytes, in.len);
		free(in.bytes);
		if (rc < 0)
			return parse_failed(ctx, path);
	}
	return true;
}

/* ---- check ---- */

/* --lexicon: NULL without one; false when it cannot be read. The CLI
 * reads the file, as it does every input; the library only parses. */
static bool load_lexicon(zhen_ctx *ctx, const struct opts *o,
                         zhen_lexicon **lex)
{
	struct input in;

	*lex = NULL;
	if (!o->lexicon)
		return true;
	if (!read_utf8_file(&in, o->lexicon))
		return false;
	int rc = zhen_lexicon_read(lex, ctx, in.bytes, in.len);
	free(in.bytes);
	return rc < 0 ? parse_failed(ctx, o->lexicon) : true;
}

static int check_documents(zhen_ctx *ctx, const struct opts *o,
                           const char *zpath, const char *epath)
{
	zhen_check_options co = ZHEN_CHECK_OPTIONS_INIT;
	zhen_report_options ro = ZHEN_REPORT_OPTIONS_INIT;
	zhen_doc *zh = load_doc(ctx, o, zpath, ZHEN_LANG_ZH);
	zhen_doc *en = zh ? load_doc(ctx, o, epath, ZHEN_LANG_EN) : NULL;
	zhen_result *r = NULL;
	zhen_lexicon *lex = NULL;
	int status = EXIT_TROUBLE, rc;

	if (!zh || !en || !load_lexicon(ctx, o, &lex))
		goto out;
	co.align.lexicon = lex;
	if (!zhen_doc_paragraph_count(zh) || !zhen_doc_paragraph_count(en)) {
		err(display_name(zhen_doc_paragraph_count(zh) ? epath : zpath),
		    0, "no text to check (empty file)");
		goto out;
	}
	co.convert = o->convert;
	co.strict = o->strict;
	co.sentence_per_line = o->sentence_per_line;
	if ((rc = zhen_check_documents(&r, ctx, zh, en, &co)) < 0) {
		err(NULL, 0, "%s", zhen_ctx_errmsg(ctx));
		goto out;
	}
	ro.color = o->color;
	ro.zh_name = display_name(zpath);
	ro.en_name = display_name(epath);
	rc = o->format == FMT_JSON
		? zhen_report_json(write_stdout, NULL, r, zh, en)
		: zhen_report_text(write_stdout, NULL, r, zh, en, &ro);
	if (rc != 0) {
		err(NULL, 0, "cannot write the report");
		goto out;
	}
	/* A small report is still in the stdio buffer: only the flush tells
	 * whether it reached the disk (> /dev/full). */
	if (fflush(stdout) != 0) {
		err(NULL, 0, "cannot write the report: %s", strerror(errno));
		goto out;
	}
	status = EXIT_CLEAN;
	const zhen_findings *f = zhen_result_findings(r);
	for (size_t i = 0; i < zhen_findings_count(f); i++)
		if (zhen_findings_get(f, i)->severity == ZHEN_SEV_ERROR)
			status = EXIT_FINDINGS;
out:
	zhen_lexicon_free(lex);
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	return status;
}

/* Pairs stream line by line, so a million-line file needs no more memory
 * than its longest line. Every input line gets exactly one JSON object;
 * a bad line gets an "error" object and the run goes on (exit 2 at the
 * end). */
struct pairs_run {
	zhen_ctx *ctx;
	const struct opts *o;
	const char *name;
	zhen_check_options co;
	zhen_report_options ro;
	size_t lineno, npairs, n[3];
	bool trouble, any_error;
};

/* One input line [s, s+len) whose first byte is at @p base of the file. */
static void pair_line(struct pairs_run *p, const char *s, size_t len,
                      size_t base)
{
	const struct opts *o = p->o;
	const char *problem = NULL;
	char msg[160];
	const char *tab = NULL;
	size_t bad;

	p->lineno++;
	if (p->lineno == 1 && len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
		s += 3;
		len -= 3;
		base += 3;
	}
	if (zhen_utf8_check(s, len, &bad) < 0) {
		snprintf(msg, sizeof msg, "invalid UTF-8 or binary byte 0x%02X "
		         "at byte %zu", (unsigned)(unsigned char)s[bad], base + bad);
		problem = msg;
	} else if (len && !(tab = memchr(s, '\t', len))) {
		problem = "no TAB between the Chinese and the English";
	}
	if (problem) {
		err(p->name, p->lineno, "%s", problem);
		p->trouble = true;
		if (o->format == FMT_JSON) {
			printf("{\"line\":%zu,\"error\":", p->lineno);
			zhen_json_string(write_stdout, NULL, problem, strlen(problem));
			printf("}\n");
		}
		return;
	}
	zhen_findings *fs = NULL;
	size_t zl = tab ? (size_t)(tab - s) : 0;
	const char *en = tab ? tab + 1 : s;
	size_t el = tab ? len - zl - 1 : 0;
	size_t eb = base + (size_t)(en - s);
	if (zhen_check_pair(&fs, p->ctx, s, zl, base, en, el, eb, &p->co) < 0) {
		err(p->name, p->lineno, "%s", zhen_ctx_errmsg(p->ctx));
		p->trouble = true;
		if (o->format == FMT_JSON)
			printf("{\"line\":%zu,\"error\":\"internal\"}\n", p->lineno);
		return;
	}
	p->npairs++;
	for (size_t i = 0; i < zhen_findings_count(fs); i++) {
		zhen_severity sv = zhen_findings_get(fs, i)->severity;
		p->n[sv]++;
		if (sv == ZHEN_SEV_ERROR)
			p->any_error = true;
	}
	if (o->format == FMT_JSON)
		zhen_report_pair_json(write_stdout, NULL, p->lineno, fs, s, base,
		                      en, eb);
	else
		zhen_report_pair_text(write_stdout, NULL, p->lineno, fs, s, zl,
		                      base, en, el, eb, &p->ro);
	zhen_findings_free(fs);
}

/* Pairs stream line by line, so a million-line file needs no more memory
 * than its longest line. Every input line gets exactly one JSON object;
 * a bad line gets an "error" object and the run goes on (exit 2 at the
 * end). LF, CRLF and lone CR (old Mac and some spreadsheet exports) all
 * end a line, as they do for documents. */
static int check_pairs(zhen_ctx *ctx, const struct opts *o, const char *path)
{
	struct pairs_run p = { .ctx = ctx, .o = o, .name = display_name(path) };
	FILE *f = stdin;
	char *line = NULL;
	size_t cap = 0, offset = 0;
	ssize_t got;

	if (strcmp(path, "-")) {
		struct stat st;
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			err(path, 0, "is a directory");
			return EXIT_TROUBLE;
		}
		f = fopen(path, "rb");
		if (!f) {
			err(path, 0, "%s", strerror(errno));
			return EXIT_TROUBLE;
		}
	}
	p.co = (zhen_check_options)ZHEN_CHECK_OPTIONS_INIT;
	p.ro = (zhen_report_options)ZHEN_REPORT_OPTIONS_INIT;
	p.co.convert = o->convert;
	p.co.strict = o->strict;
	p.ro.color = o->color;
	errno = 0;
	while ((got = getline(&line, &cap, f)) != -1) {
		size_t len = (size_t)got, base = offset;
		offset += len;
		if (len && line[len - 1] == '\n')
			len--;
		if (len && line[len - 1] == '\r')
			len--;
		size_t a = 0;
		for (const char *cr; (cr = memchr(line + a, '\r', len - a));) {
			size_t e = (size_t)(cr - line);
			pair_line(&p, line + a, e - a, base + a);
			a = e + 1;
		}
		pair_line(&p, line + a, len - a, base + a);
		errno = 0;
	}
	/* getline returns -1 at the end and on failure (ENOMEM leaves no
	 * ferror): a silent stop would drop the rest of the batch. */
	if (ferror(f) || errno) {
		err(p.name, p.lineno + 1, "%s", strerror(errno ? errno : EIO));
		p.trouble = true;
	}
	free(line);
	if (f != stdin)
		fclose(f);
	if (o->format != FMT_JSON)
		printf("zhen: %zu pairs checked, %zu error%s, %zu warning%s, "
		       "%zu info\n", p.npairs, p.n[2], p.n[2] == 1 ? "" : "s",
		       p.n[1], p.n[1] == 1 ? "" : "s", p.n[0]);
	if (fflush(stdout) != 0) {
		err(NULL, 0, "cannot write the report: %s", strerror(errno));
		p.trouble = true;
	}
	return p.trouble ? EXIT_TROUBLE : p.any_error ? EXIT_FINDINGS
	                                             : EXIT_CLEAN;
}

static int cmd_check(zhen_ctx *ctx, const struct opts *o, int argc,
                     char **argv)
{
	if (o->pairs) {
		if (argc)
			return usage_error("--pairs takes no other file (got '%s')",
			                   argv[0]);
		if (o->encoding || o->paragraphs != ZHEN_PARAGRAPHS_LINE)
			return usage_error("--pairs streams UTF-8 lines: "
			                   "--encoding and --paragraphs are for "
			                   "documents%s", "");
		return check_pairs(ctx, o, o->pairs);
	}
	if (argc != 2)
		return usage_error("check needs ZH_FILE and EN_FILE%s", "");
	if (!strcmp(argv[0], "-") && !strcmp(argv[1], "-"))
		return usage_error("standard input can be read only once%s", "");
	if (o->format != FMT_TEXT && o->format != FMT_JSON)
		return usage_error("check writes --format=text or json%s", "");
	return check_documents(ctx, o, argv[0], argv[1]);
}

/* ---- align ---- */

static void print_ids(size_t first, size_t count)
{
	fputc('[', stdout);
	for (size_t i = 0; i < count; i++)
		printf(i ? ",%zu" : "%zu", first + i);
	fputc(']', stdout);
}

static int cmd_align(zhen_ctx *ctx, const struct opts *o, int argc,
                     char **argv)
{
	zhen_check_options co = ZHEN_CHECK_OPTIONS_INIT;
	zhen_doc *zh = NULL, *en = NULL;
	zhen_result *r = NULL;
	zhen_lexicon *lex = NULL;
	int status = EXIT_TROUBLE;

	if (argc != 2)
		return usage_error("align needs ZH_FILE and EN_FILE%s", "");
	if (!strcmp(argv[0], "-") && !strcmp(argv[1], "-"))
		return usage_error("standard input can be read only once%s", "");
	if (!(zh = load_doc(ctx, o, argv[0], ZHEN_LANG_ZH)) ||
	    !(en = load_doc(ctx, o, argv[1], ZHEN_LANG_EN)) ||
	    !load_lexicon(ctx, o, &lex))
		goto out;
	co.align.lexicon = lex;
	co.convert = o->convert;
	co.sentence_per_line = o->sentence_per_line;
	if (zhen_check_documents(&r, ctx, zh, en, &co) < 0) {
		err(NULL, 0, "%s", zhen_ctx_errmsg(ctx));
		goto out;
	}
	const zhen_alignment *al = zhen_result_alignment(r);
	const zhen_sentences *zs = zhen_result_sentences(r, ZHEN_LANG_ZH);
	const zhen_sentences *es = zhen_result_sentences(r, ZHEN_LANG_EN);
	const char *zb = zhen_doc_bytes(zh, NULL), *eb = zhen_doc_bytes(en, NULL);
	if (o->format == FMT_TSV || o->format == FMT_TMX) {
		zhen_export_options xo = ZHEN_EXPORT_OPTIONS_INIT;
		zhen_script sc = zhen_result_script(r);

		xo.format = o->format == FMT_TMX ? ZHEN_EXPORT_TMX
		                                 : ZHEN_EXPORT_TSV;
		/* region codes, which CAT tools match their projects on */
		xo.zh_lang = sc == ZHEN_SCRIPT_TRADITIONAL_TW ? "zh-TW" :
		             sc == ZHEN_SCRIPT_TRADITIONAL_HK ? "zh-HK" :
		             sc == ZHEN_SCRIPT_TRADITIONAL ? "zh-Hant" :
		             sc == ZHEN_SCRIPT_SIMPLIFIED ? "zh-CN" : "zh";
		if (o->tmx_simplified) {
			xo.zh_convert = zhen_result_convert(r);
			xo.zh_lang = "zh-CN";
		}
		if (zhen_alignment_write(write_stdout, NULL, ctx, al, zb, zs,
		                         eb, es, &xo) != 0) {
			err(NULL, 0, "cannot write the alignment: %s",
			    zhen_ctx_errmsg(ctx));
			goto out;
		}
	}
	if (o->format == FMT_TEXT) {
		/* side by side, as wide as the terminal when there is one */
		const char *cols = getenv("COLUMNS");
		size_t width = cols && atoi(cols) > 0 ? (size_t)atoi(cols) : 100;
		if (zhen_report_alignment_text(write_stdout, NULL, r, zh, en,
		                               width) != 0) {
			err(NULL, 0, "cannot write the alignment");
			goto out;
		}
	}
	for (size_t i = 0; (o->format == FMT_BEADS || o->format == FMT_JSON) &&
	                   i < zhen_alignment_count(al); i++) {
		const zhen_bead *b = zhen_alignment_get(al, i);
		switch (o->format) {
		case FMT_BEADS:
			print_ids(b->zh_first, b->zh_count);
			fputc(':', stdout);
			print_ids(b->en_first, b->en_count);
			fputc('\n', stdout);
			break;
		case FMT_JSON: {
			printf("{\"bead\":%zu,\"zh\":", i);
			print_ids(b->zh_first, b->zh_count);
			printf(",\"en\":");
			print_ids(b->en_first, b->en_count);
			printf(",\"confidence\":%.3f}\n", b->confidence);
			break;
		}
		default:
			break;
		}
	}
	status = fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
out:
	zhen_lexicon_free(lex);
	zhen_result_free(r);
	zhen_doc_free(zh);
	zhen_doc_free(en);
	return status;
}

/* ---- single stages ---- */

static int cmd_convert(zhen_ctx *ctx, const struct opts *o, int argc,
                       char **argv)
{
	const char *path = argc ? argv[0] : "-";
	zhen_convert_mode mode = o->convert;
	char *out = NULL;
	size_t outlen, len;
	zhen_doc *doc;

	if (argc > 1)
		return usage_error("convert takes one FILE (got '%s')", argv[1]);
	/* Decoded like any input (the output is UTF-8); line by line, so
	 * the text is the file itself when that is UTF-8. */
	struct opts lo = *o;
	lo.paragraphs = ZHEN_PARAGRAPHS_LINE;
	if (!(doc = load_doc(ctx, &lo, path, ZHEN_LANG_ZH)))
		return EXIT_TROUBLE;
	const char *text = zhen_doc_bytes(doc, &len);
	if (mode == ZHEN_CONVERT_AUTO) {
		zhen_script sc;
		if (zhen_detect_script(&sc, ctx, text, len) < 0) {
			err(display_name(path), 0, "%s", zhen_ctx_errmsg(ctx));
			zhen_doc_free(doc);
			return EXIT_TROUBLE;
		}
		mode = zhen_convert_resolve(mode, sc);
	}
	int rc = zhen_convert(&out, &outlen, ctx, mode, text, len);
	zhen_doc_free(doc);
	if (rc < 0) {
		err(display_name(path), 0, "%s", zhen_ctx_errmsg(ctx));
		return EXIT_TROUBLE;
	}
	fwrite(out, 1, outlen, stdout);
	zhen_free(out);
	return fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
}

static int cmd_segment(zhen_ctx *ctx, const struct opts *o, int argc,
                       char **argv)
{
	const char *path = argc ? argv[0] : "-";
	zhen_sentences *s = NULL;
	zhen_doc *doc;

	if (!o->lang_set)
		return usage_error("segment needs --lang=zh or --lang=en%s", "");
	if (argc > 1)
		return usage_error("segment takes one FILE (got '%s')", argv[1]);
	if (!(doc = load_doc(ctx, o, path, (int)o->lang)))
		return EXIT_TROUBLE;
	if (zhen_segment(&s, ctx, doc, o->lang) < 0) {
		err(display_name(path), 0, "%s", zhen_ctx_errmsg(ctx));
		zhen_doc_free(doc);
		return EXIT_TROUBLE;
	}
	const char *b = zhen_doc_bytes(doc, NULL);
	for (size_t i = 0; i < zhen_sentences_count(s); i++) {
		const zhen_sentence *se = zhen_sentences_get(s, i);
		size_t line = zhen_doc_line_of(doc, se->off), ss, se_end;
		/* Offsets into the user's file, text as analysed (UTF-8). */
		zhen_doc_source_span(doc, se->off, se->off + se->len, &ss,
		                     &se_end);
		if (o->format == FMT_JSON) {
			printf("{\"line\":%zu,\"paragraph\":%zu,\"sentence\":%zu,"
			       "\"start\":%zu,\"end\":%zu,\"text\":", line,
			       se->para + 1, se->index + 1, ss, se_end);
			zhen_json_string(write_stdout, NULL, b + se->off, se->len);
			printf("}\n");
		} else {
			printf("%zu:%zu.%zu\t%.*s\n", line, se->para + 1,
			       se->index + 1, (int)se->len, b + se->off);
		}
	}
	zhen_sentences_free(s);
	zhen_doc_free(doc);
	return fflush(stdout) == 0 ? EXIT_CLEAN : EXIT_TROUBLE;
}

static int cmd_numbers(zhen_ctx *ctx, const struct opts *o, int argc,
                       char **argv)
{
	const char *path = argc ? argv[0] : "-";
	zhen_doc *doc;
	zhen_convert_mode mode = o->convert;
	int status = EXIT_CLEAN;

	if (!o->lang_set)
		return usage_error("numbers needs --lang=zh or --lang=en%s", "");
	if (argc > 1)
		return usage_error("numbers takes one FILE (got '%s')", argv[1]);
	if (!(doc = load_doc(ctx, o, path, (int)o->lang)))
		return EXIT_TROUBLE;
	size_t len;
	const char *b = zhen_doc_bytes(doc, &len);
	if (mode == ZHEN_CONVERT_AUTO) {
		zhen_script sc = ZHEN_SCRIPT_UNKNOWN;
		if (o->lang == ZHEN_LANG_ZH &&
		    zhen_detect_script(&sc, ctx, b, len) < 0) {
			err(display_name(path), 0, "%s", zhen_ctx_errmsg(ctx));
			zhen_doc_free(doc);
			return EXIT_TROUBLE;
		}
		mode = zhen_convert_resolve(mode, sc);
	}
	for (size_t p = 0; p < zhen_doc_paragraph_count(doc); p++) {
		const zhen_paragraph *pa = zhen_doc_paragraph(doc, p);
		zhen_quantities *q = NULL;
		if (zhen_numbers_extract(&q, ctx, o->lang, mode, b + pa->off,
		                         pa->len, pa->off) < 0) {
			err(display_name(path), pa->line, "%s", zhen_ctx_errmsg(ctx));
			status = EXIT_TROUBLE;
			break;
		}
		for (size_t i = 0; i < zhen_quantities_count(q); i++) {
			const zhen_quantity *x = zhen_quantities_get(q, i);
			char v[128];
			size_t xs, xe;
			zhen_doc_source_span(doc, x->start, x->end, &xs, &xe);
			/* JSON: the bare decimal, as in check's JSON. */
			if (o->format == FMT_JSON && x->kind != ZHEN_Q_DATE &&
			    x->kind != ZHEN_Q_IDENT)
				zhen_decimal_format(v, sizeof v, x->value, 0);
			else
				zhen_quantity_format(v, sizeof v, x,
				                     o->format != FMT_JSON);
			const char *unit = x->currency[0] ? x->currency : x->unit;
			if (o->format == FMT_JSON) {
				printf("{\"line\":%zu,\"start\":%zu,\"end\":%zu,"
				       "\"kind\":\"%s\",\"value\":\"%s\",\"unit\":",
				       zhen_doc_line_of(doc, x->start), xs, xe,
				       zhen_qkind_name(x->kind), v);
				zhen_json_string(write_stdout, NULL, unit, strlen(unit));
				printf(",\"currency_alt\":");
				zhen_json_string(write_stdout, NULL, x->currency_alt,
				                 strlen(x->currency_alt));
				printf(",\"approx\":%s,\"words\":%s,\"text\":",
				       x->flags & ZHEN_QF_APPROX ? "true" : "false",
				       x->flags & ZHEN_QF_WORDS ? "true" : "false");
				zhen_json_string(write_stdout, NULL, b + x->start,
				                 x->end - x->start);
				printf("}\n");
			} else {
				/* the sign's other currencies: $ may be HK$,
				 * a Traditional 元 NT$ */
				bool alt = x->currency_alt[0] != 0;
				printf("%zu\t%zu-%zu\t%s\t%s\t%s%s%s\t%s%s%s\t%.*s\n",
				       zhen_doc_line_of(doc, x->start), xs, xe,
				       zhen_qkind_name(x->kind), v, unit,
				       alt ? " or " : "", x->currency_alt,
				       x->flags & ZHEN_QF_APPROX ? "approx" : "",
				       x->flags & ZHEN_QF_APPROX &&
				               x->flags & ZHEN_QF_RANGE ? "," : "",
				       x->flags & ZHEN_QF_RANGE ? "range" : "",
				       (int)(x->end - x->start), b + x->start);
			}
		}
		zhen_quantities_free(q);
	}
	zhen_doc_free(doc);
	if (fflush(stdout) != 0)
		status = EXIT_TROUBLE;
	return status;
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*run)(zhen_ctx *, const struct opts *, int, char **);
	} cmds[] = {
		{ "align", cmd_align },     { "check", cmd_check },
		{ "convert", cmd_convert }, { "numbers", cmd_numbers },
		{ "segment", cmd_segment },
	};
	struct opts o;
	zhen_ctx *ctx = NULL;
	int status;

	if (argc < 2)
		return usage_error("missing command%s", "");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		fputs(usage_text, stdout);
		return EXIT_CLEAN;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("zhen %s\n", zhen_version());
		return EXIT_CLEAN;
	}
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		if (strcmp(argv[1], cmds[i].name))
			continue;
		/* Options may follow the files: let getopt permute. */
		int rc = parse_opts(&o, argc - 1, argv + 1);
		if (rc >= 0)
			return rc;
		if (o.convert == ZHEN_CONVERT_TW2SP && cmds[i].run != cmd_convert)
			return usage_error("--convert=tw2sp rewrites words and "
			                   "moves offsets; it is for zhen convert "
			                   "only%s", "");
		if (zhen_ctx_new(&ctx) < 0) {
			err(NULL, 0, "cannot initialise (out of memory or a "
			    "broken built-in dictionary)");
			return EXIT_TROUBLE;
		}
		if (!add_dicts(ctx, &o)) {
			zhen_ctx_free(ctx);
			return EXIT_TROUBLE;
		}
		status = cmds[i].run(ctx, &o, argc - 1 - optind,
		                     argv + 1 + optind);
		zhen_ctx_free(ctx);
		return status;
	}
	return usage_error("unknown command '%s'", argv[1]);
}
