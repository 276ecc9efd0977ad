/* io.c: reading every input of the CLI (documents, --dict, --lexicon),
 * its error lines, and writing to standard output. All file and terminal
 * I/O of the project lives in src/cli/. */
/* realpath() is XSI, beyond the project's _POSIX_C_SOURCE */
#define _XOPEN_SOURCE 700
#include "io.h"
#include "progress.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The most zhen reads of one input it holds whole (a document, --dict,
 * --lexicon, settings, a baseline). A document's check peaks at 4 to 11
 * bytes of memory per input byte (bench/memory.py: 11 on a financial
 * report dense in figures, one line or many), so two documents at the
 * limit stay under 1.5 GiB; the longest translation a person reviews (a
 * book) is a few MB. --pairs streams and has no such limit. */
#define MAX_INPUT_BYTES ((size_t)64 << 20)
#define MAX_INPUT_TEXT "64 MiB"
/* How much of a document is decoded before the rest is read: enough for
 * ICU's detector, and a binary file or one in an encoding that cannot be
 * told is refused after 64 KiB, not after reading it all. */
#define SNIFF_BYTES ((size_t)64 << 10)
/* The most paragraphs a document may have. The aligner's band costs about
 * 400 bytes a paragraph whatever its length: a million one-character
 * lines a side took 770 MB (and 19 s) for 4 MB of input. A book has a few
 * thousand; a file of sentence pairs that long streams with --pairs. */
#define MAX_PARAGRAPHS ((size_t)500000)
#define MAX_PARAGRAPHS_TEXT "500,000"

/* Where this thread's error lines go instead of stderr (a batch worker
 * keeps each pair's lines with its report), or NULL. */
static _Thread_local struct cli_buf *err_capture;

void cli_err_capture(struct cli_buf *b)
{
	err_capture = b;
}

void cli_err(const char *file, size_t line, const char *fmt, ...)
{
	char msg[1024];
	size_t n = 0;
	va_list ap;

	if (file && line)
		n = (size_t)snprintf(msg, sizeof msg, "zhen: %s:%zu: ", file, line);
	else if (file)
		n = (size_t)snprintf(msg, sizeof msg, "zhen: %s: ", file);
	else
		n = (size_t)snprintf(msg, sizeof msg, "zhen: ");
	if (n < sizeof msg) {
		va_start(ap, fmt);
		vsnprintf(msg + n, sizeof msg - n, fmt, ap);
		va_end(ap);
	}
	if (err_capture) {
		cli_buf_add(err_capture, msg, strlen(msg));
		cli_buf_add(err_capture, "\n", 1);
	} else {
		progress_clear(); /* the line goes on a line of its own */
		fprintf(stderr, "%s\n", msg);
	}
}

void cli_buf_add(struct cli_buf *b, const char *s, size_t n)
{
	if (b->oom || !n)
		return;
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p) {
			b->oom = true;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

int cli_write_buf(void *payload, const char *bytes, size_t len)
{
	struct cli_buf *b = payload;
	cli_buf_add(b, bytes, len);
	return b->oom ? -1 : 0;
}

struct input {
	char *bytes;
	size_t len, cap;
};

/* What looks at the first SNIFF_BYTES of an input (all of it when
 * @p whole) before the rest is read: false refuses the input, after an
 * error line. */
struct sniffer {
	bool (*fn)(const struct sniffer *s, const char *path,
	           const char *bytes, size_t len, bool whole);
	zhen_ctx *ctx;
	const struct opts *o;
	int lang;
};

static void too_large(const char *path, double bytes)
{
	char size[32] = "more";
	if (bytes > 0)
		snprintf(size, sizeof size, "%.1f MiB", bytes / (1 << 20));
	cli_err(cli_display_name(path), 0, "%s: larger than the "
	        MAX_INPUT_TEXT " zhen reads whole (split it; a file of "
	        "pairs streams with --pairs)", size);
}

/* @p path opened for reading, stdin for "-"; NULL after an error line.
 * A directory, and a regular file over the limit, are refused before a
 * byte is read. A FIFO blocks until a writer opens it, as cat(1) does. */
static FILE *open_input(const char *path)
{
	struct stat st;
	FILE *f;

	if (!strcmp(path, "-"))
		return stdin;
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		cli_err(path, 0, "%s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		cli_err(path, 0, "is a directory");
		return NULL;
	}
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    (uintmax_t)st.st_size > MAX_INPUT_BYTES) {
		close(fd);
		too_large(path, (double)st.st_size);
		return NULL;
	}
	if (!(f = fdopen(fd, "rb"))) {
		cli_err(path, 0, "%s", strerror(errno));
		close(fd);
	}
	return f;
}

/* Read @p f into @p in until it holds @p upto bytes or the input ends
 * (*end). Past MAX_INPUT_BYTES (a pipe, a FIFO, /dev/zero) it stops with
 * an error line; false after any error line. */
static bool fill(struct input *in, FILE *f, size_t upto, bool *end,
                 const char *path)
{
	while (in->len < upto) {
		if (in->len > MAX_INPUT_BYTES) {
			too_large(path, 0);
			return false;
		}
		if (in->len == in->cap) {
			/* one byte past the limit tells a file of exactly
			 * the limit from a longer one */
			size_t cap = in->cap ? 2 * in->cap : SNIFF_BYTES;
			char *p;

			if (cap > MAX_INPUT_BYTES)
				cap = MAX_INPUT_BYTES + 1;
			if (!(p = realloc(in->bytes, cap))) {
				cli_err(cli_display_name(path), 0,
				        "out of memory");
				return false;
			}
			in->bytes = p;
			in->cap = cap;
		}
		size_t want = (upto < in->cap ? upto : in->cap) - in->len;
		size_t n = fread(in->bytes + in->len, 1, want, f);
		in->len += n;
		if (n < want) {
			if (ferror(f)) {
				cli_err(cli_display_name(path), 0, "%s",
				        strerror(errno));
				return false;
			}
			*end = true;
			return true;
		}
	}
	return true;
}

/* Read a whole file or stdin ("-"), showing its first bytes to @p sn
 * (may be NULL) before the rest is read. One line on stderr and false on
 * failure; the input is only ever opened for reading. */
static bool read_input(struct input *in, const char *path,
                       const struct sniffer *sn)
{
	FILE *f = open_input(path);
	bool end = false, ok;

	memset(in, 0, sizeof *in);
	if (!f)
		return false;
	ok = fill(in, f, SNIFF_BYTES, &end, path) &&
	     (!sn || sn->fn(sn, path, in->bytes, in->len, end)) &&
	     (end || fill(in, f, SIZE_MAX, &end, path));
	if (f != stdin)
		fclose(f);
	if (!ok) {
		free(in->bytes);
		in->bytes = NULL;
	}
	return ok;
}

char *cli_read_file(const char *path, size_t *len)
{
	struct input in;

	if (!read_input(&in, path, NULL))
		return NULL;
	*len = in.len;
	return in.bytes;
}

const char *cli_display_name(const char *path)
{
	return strcmp(path, "-") ? path : "<stdin>";
}

/* "XLIFF", "DOCX": a format's name as its users write it (the names are
 * the formats' abbreviations, in capitals). */
static const char *format_title(char buf[16], zhen_format f)
{
	const char *n = zhen_format_name(f);
	size_t i = 0;

	for (; n[i] && i < 15; i++)
		buf[i] = (char)toupper((unsigned char)n[i]);
	buf[i] = '\0';
	return buf;
}

/* The error of the library's reader, on the line it names. */
static void doc_failed(zhen_ctx *ctx, int rc, const char *path)
{
	size_t line;

	zhen_ctx_errpos(ctx, &line, NULL);
	/* --encoding=foo: not the file's fault */
	if (rc == ZHEN_EUSAGE)
		cli_usage_error("%s", zhen_ctx_errmsg(ctx));
	else
		cli_err(cli_display_name(path), line, "%s",
		        zhen_ctx_errmsg(ctx));
}

/* Where the first bytes of a longer input may be cut and still decode as
 * they will in the whole: after the last line end (no encoding zhen
 * detects has 0x0A inside a character), else at a UTF-8 character's
 * start. */
static size_t sniff_cut(const char *b, size_t n)
{
	size_t k = n;

	/* memrchr is a GNU extension */
	while (k > 0 && b[k - 1] != '\n')
		k--;
	if (k)
		return k;
	k = n;
	while (k > 0 && n - k < 4 && ((unsigned char)b[k - 1] & 0xC0) == 0x80)
		k--;
	return k > 0 && (unsigned char)b[k - 1] >= 0xC0 ? k - 1 : k;
}

/* Decode the first SNIFF_BYTES of a document as the whole will be: a NUL,
 * a control character or bytes of no encoding there refuse it before the
 * rest of the file is read. Left to the whole file: an input that fits
 * in them, one whose encoding is named or marked (UTF-16 and UTF-32 have
 * a 0x0A in other characters), a ZIP (DOCX, XLSX), and an error so near
 * the cut that the cut may have caused it. */
static bool sniff_doc(const struct sniffer *sn, const char *path,
                      const char *b, size_t n, bool whole)
{
	const char *enc = sn->o->encoding;
	zhen_doc_options dopt = ZHEN_DOC_OPTIONS_INIT;
	zhen_doc *doc = NULL;
	size_t byte, cut = sniff_cut(b, n);
	zhen_format f = ZHEN_FORMAT_TEXT;
	int rc;

	if (whole || (enc && *enc && strcmp(enc, "auto")) || n < 4 ||
	    !memcmp(b, "\xFF\xFE", 2) || !memcmp(b, "\xFE\xFF", 2) ||
	    !memcmp(b, "\0\0\xFE\xFF", 4) || !memcmp(b, "PK", 2) || !cut)
		return true;
	/* a file whose bytes or name say another format (XLIFF, CSV) is
	 * its reader's to judge: zhen facts reads bilingual files too */
	if (zhen_format_detect(&f, sn->ctx, b, n,
	                       strcmp(path, "-") ? path : NULL) == 0 &&
	    f != ZHEN_FORMAT_TEXT)
		return true;
	dopt.paragraphs = sn->o->paragraphs;
	dopt.lang = sn->lang;
	rc = zhen_doc_read(&doc, sn->ctx, b, cut, &dopt);
	zhen_doc_free(doc);
	zhen_ctx_errpos(sn->ctx, NULL, &byte);
	if (rc != ZHEN_EINPUT || byte + 4 >= cut)
		return true;
	doc_failed(sn->ctx, rc, path);
	return false;
}

char *cli_read_doc_bytes(zhen_ctx *ctx, const struct opts *o,
                         const char *path, int lang, size_t *len)
{
	struct sniffer sn = { sniff_doc, ctx, o, lang };
	struct input in;

	if (!read_input(&in, path, &sn))
		return NULL;
	*len = in.len;
	return in.bytes;
}

zhen_read_options cli_read_options(const struct opts *o, zhen_format f)
{
	zhen_read_options ro = ZHEN_READ_OPTIONS_INIT;

	ro.format = f;
	ro.columns = o->columns;
	ro.header = o->header ? 1 : -1;
	ro.sheet = o->sheet;
	ro.encoding = o->encoding;
	return ro;
}

/* A bilingual file given where a document goes: refused, in one line. A
 * table (CSV, TSV, XLSX) may hold one language only: its reader's error
 * names the column it lacks, which is what is wrong with it. */
static void not_a_document(zhen_ctx *ctx, const struct opts *o,
                           const char *path, const char *bytes, size_t len,
                           zhen_format f)
{
	zhen_read_options ro = cli_read_options(o, f);
	zhen_units *us = NULL;
	char t[16];
	int rc = 0;

	if (f == ZHEN_FORMAT_CSV || f == ZHEN_FORMAT_TSV ||
	    f == ZHEN_FORMAT_XLSX)
		rc = zhen_units_read(&us, ctx, bytes, len, &ro);
	zhen_units_free(us);
	if (rc < 0)
		doc_failed(ctx, rc, path);
	else
		cli_err(cli_display_name(path), 0, "%s holds both languages: "
		        "check it alone (zhen check FILE)", format_title(t, f));
}

zhen_doc *cli_doc_from_bytes(zhen_ctx *ctx, const struct opts *o,
                             const char *path, int lang, const char *bytes,
                             size_t len, zhen_format f)
{
	zhen_doc_options dopt = ZHEN_DOC_OPTIONS_INIT;
	zhen_doc *doc = NULL;
	int rc = 0;

	dopt.encoding = o->encoding;
	dopt.paragraphs = o->paragraphs;
	dopt.lang = lang;
	if (f == ZHEN_FORMAT_UNKNOWN)
		rc = zhen_format_detect(&f, ctx, bytes, len,
		                        strcmp(path, "-") ? path : NULL);
	if (rc == 0 && zhen_format_is_bilingual(f)) {
		not_a_document(ctx, o, path, bytes, len, f);
		return NULL;
	}
	if (rc == 0 && f != ZHEN_FORMAT_TEXT) {
		zhen_read_options ro = ZHEN_READ_OPTIONS_INIT;
		ro.format = f;
		rc = zhen_doc_read_format(&doc, ctx, bytes, len, &ro);
	} else if (rc == 0) {
		rc = zhen_doc_read(&doc, ctx, bytes, len, &dopt);
	}
	if (rc < 0) {
		doc_failed(ctx, rc, path);
		return NULL;
	}
	if (zhen_doc_paragraph_count(doc) > MAX_PARAGRAPHS) {
		cli_err(cli_display_name(path),
		        zhen_doc_paragraph(doc, MAX_PARAGRAPHS)->line,
		        "more than " MAX_PARAGRAPHS_TEXT " paragraphs, the most "
		        "a document may have (split it; sentence pairs stream "
		        "with --pairs)");
		zhen_doc_free(doc);
		return NULL;
	}
	return doc;
}

zhen_doc *cli_load_doc(zhen_ctx *ctx, const struct opts *o, const char *path,
                       int lang)
{
	size_t len;
	char *bytes = cli_read_doc_bytes(ctx, o, path, lang, &len);
	zhen_doc *doc;

	if (!bytes)
		return NULL;
	doc = cli_doc_from_bytes(ctx, o, path, lang, bytes, len,
	                         ZHEN_FORMAT_UNKNOWN);
	free(bytes);
	return doc;
}

void cli_summary_line(char *buf, size_t cap, const char *what, size_t n,
                      const size_t sev[3])
{
	size_t e = sev[ZHEN_SEV_ERROR], w = sev[ZHEN_SEV_WARNING];

	snprintf(buf, cap,
	         "zhen: %zu %s checked, %zu error%s, %zu warning%s, %zu info\n",
	         n, what, e, e == 1 ? "" : "s", w, w == 1 ? "" : "s",
	         sev[ZHEN_SEV_INFO]);
}

void cli_print_summary(const char *what, size_t n, const size_t sev[3])
{
	char line[160];
	cli_summary_line(line, sizeof line, what, n, sev);
	fputs(line, stdout);
}

zhen_doc *cli_load_single(zhen_ctx *ctx, const struct opts *o,
                          const char *cmd, bool need_lang, int lang,
                          const char **path)
{
	*path = o->nargs ? o->args[0] : "-";
	if (need_lang && !o->lang_set) {
		cli_usage_error("%s needs --lang=zh or --lang=en", cmd);
		return NULL;
	}
	if (o->nargs > 1) {
		cli_usage_error("%s takes one FILE (got '%s')", cmd,
		                o->args[1]);
		return NULL;
	}
	return cli_load_doc(ctx, o, *path, lang);
}

bool cli_convert_mode(zhen_convert_mode *out, zhen_ctx *ctx,
                      const struct opts *o, const zhen_doc *doc,
                      const char *path, bool detect)
{
	zhen_script sc = ZHEN_SCRIPT_UNKNOWN;
	size_t len;
	const char *text = zhen_doc_bytes(doc, &len);

	*out = o->convert;
	if (o->convert != ZHEN_CONVERT_AUTO)
		return true;
	if (detect && zhen_detect_script(&sc, ctx, text, len) < 0) {
		cli_err(cli_display_name(path), 0, "%s", zhen_ctx_errmsg(ctx));
		return false;
	}
	*out = zhen_convert_resolve(o->convert, sc);
	return true;
}

/* errno of the first write to standard output that failed: by the time the
 * command reports it, freeing and closing may have set errno again. */
static int stdout_errno;

static void note_stdout_error(int e)
{
	if (!stdout_errno)
		stdout_errno = e ? e : EIO;
}

int cli_write_stdout(void *payload, const char *bytes, size_t len)
{
	(void)payload;
	errno = 0;
	if (fwrite(bytes, 1, len, stdout) == len)
		return 0;
	note_stdout_error(errno);
	return -1;
}

bool cli_flush_stdout(void)
{
	errno = 0;
	/* printf() output that failed earlier leaves only the stream's error
	 * flag */
	if (fflush(stdout) == 0 && !ferror(stdout))
		return !stdout_errno;
	note_stdout_error(errno);
	return false;
}

int cli_stdout_failed(const char *what)
{
	static bool said; /* the writer, then the last flush: one line */

	if (said)
		return EXIT_TROUBLE;
	said = true;
	cli_err("standard output", 0, "cannot write %s: %s", what,
	        strerror(stdout_errno ? stdout_errno : EIO));
	return EXIT_TROUBLE;
}

int cli_report_failed(zhen_write_fn w, int rc, const char *what,
                      const char *path)
{
	if (w == cli_write_stdout && !cli_flush_stdout())
		return cli_stdout_failed(what);
	cli_err(path ? cli_display_name(path) : NULL, 0, "cannot write %s: %s",
	        what,
	        w == cli_write_buf || rc == ZHEN_ENOMEM ? "out of memory"
	                                                : zhen_strerror(rc));
	return EXIT_TROUBLE;
}

/* A data file of the user's (--dict, --lexicon), whole and valid UTF-8;
 * one error line naming file, line and byte otherwise. */
static bool read_utf8_file(struct input *in, const char *path)
{
	size_t bad, line = 1;

	if (!read_input(in, path, NULL))
		return false;
	if (zhen_utf8_check(in->bytes, in->len, &bad) == 0)
		return true;
	for (size_t k = 0; k < bad; k++)
		line += in->bytes[k] == '\n';
	/* zhen_utf8_check() refuses NUL and control bytes too, which are
	 * valid UTF-8: say which it was */
	unsigned char c = (unsigned char)in->bytes[bad];
	if (c == 0)
		cli_err(path, line, "NUL byte at byte %zu (binary file?)", bad);
	else if (c < 0x80)
		cli_err(path, line, "control character 0x%02X at byte %zu "
		        "(binary file?)", c, bad);
	else
		cli_err(path, line, "invalid UTF-8 at byte %zu (0x%02X)", bad, c);
	free(in->bytes);
	return false;
}

/* The library's parse error for @p path, at the line it names. */
static bool parse_failed(const zhen_ctx *ctx, const char *path)
{
	size_t line;
	zhen_ctx_errpos(ctx, &line, NULL);
	cli_err(path, line, "%s", zhen_ctx_errmsg(ctx));
	return false;
}

size_t cli_cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (size_t)n : 1;
}

bool cli_add_dicts(zhen_ctx *ctx, const struct opts *o)
{
	for (int i = 0; i < o->ndicts; i++) {
		const char *path = o->dicts[i], *name = NULL, *n;
		size_t pl = strlen(path);
		/* the library's list (dicts/index.tsv); the longest name
		 * the path ends in */
		for (size_t k = 0; (n = zhen_dict_name(k)); k++) {
			size_t nl = strlen(n);
			if (pl >= nl && !strcmp(path + pl - nl, n) &&
			    (!name || nl > strlen(name)))
				name = n;
		}
		if (!name) {
			cli_err(path, 0, "--dict: the file name must end in "
			        "the name of a built-in dictionary (e.g. "
			        "my-units.tsv)");
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

/* The CLI reads the file, as it does every input; the library only
 * parses. */
static bool read_lexicon(zhen_ctx *ctx, const char *path, zhen_lexicon **lex)
{
	struct input in;

	if (!read_utf8_file(&in, path))
		return false;
	int rc = zhen_lexicon_read(lex, ctx, in.bytes, in.len);
	free(in.bytes);
	return rc < 0 ? parse_failed(ctx, path) : true;
}

/* Where scripts/get-lexicon.sh installs CC-CEDICT: under $XDG_DATA_HOME,
 * else ~/.local/share (the XDG base directory spec, which also says a
 * relative XDG_DATA_HOME is to be ignored). NULL when there is no home,
 * or no memory for a path: the lexicon is optional either way. */
static char *default_lexicon_path(void)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	const char *base = xdg && xdg[0] == '/' ? xdg : home;
	const char *rest = base == xdg ? "/zhen/cedict.txt"
	                               : "/.local/share/zhen/cedict.txt";
	char *path;

	if (!base || !*base)
		return NULL;
	if ((path = malloc(strlen(base) + strlen(rest) + 1)))
		strcat(strcpy(path, base), rest);
	return path;
}

bool cli_load_lexicon(zhen_ctx *ctx, const struct opts *o,
                      zhen_lexicon **lex)
{
	struct stat st;
	char *path;
	bool ok;

	*lex = NULL;
	if (o->lexicon)
		return read_lexicon(ctx, o->lexicon, lex);
	if (o->no_lexicon || !(path = default_lexicon_path()))
		return true;
	/* absent is the usual case and silent; present but unreadable or
	 * broken is an error naming it, as with --lexicon */
	ok = (stat(path, &st) < 0 && (errno == ENOENT || errno == ENOTDIR)) ||
	     read_lexicon(ctx, path, lex);
	free(path);
	return ok;
}

char *cli_read_text_file(const char *path, size_t *len)
{
	struct input in;
	char *t;

	if (!read_utf8_file(&in, path))
		return NULL;
	if (!(t = realloc(in.bytes, in.len + 1))) {
		free(in.bytes);
		cli_err(path, 0, "out of memory");
		return NULL;
	}
	t[in.len] = '\0';
	*len = in.len;
	return t;
}

bool cli_same_file(const char *a, const char *b)
{
	struct stat x, y;
	return a && b && strcmp(b, "-") && stat(a, &x) == 0 &&
	       stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

bool cli_not_an_input(const struct opts *o, const char *path)
{
	const char *in[] = { o->pairs, o->manifest,
	                     o->nargs > 0 ? o->args[0] : NULL,
	                     o->nargs > 1 ? o->args[1] : NULL };
	for (size_t i = 0; i < sizeof in / sizeof in[0]; i++)
		if (cli_same_file(path, in[i])) {
			cli_err(path, 0, "is an input of this check; zhen never "
			        "writes to its inputs");
			return false;
		}
	return true;
}

/* cli_write_atomic() of the file @p file, named @p path in messages. */
static bool replace_file(const char *path, const char *file,
                         const char *bytes, size_t len)
{
	static const char suffix[] = ".XXXXXX";
	struct stat sb;
	size_t pl = strlen(file);
	char *tmp = malloc(pl + sizeof suffix);
	mode_t mode;
	int fd = -1;

	if (!tmp) {
		cli_err(path, 0, "out of memory");
		return false;
	}
	/* not sprintf: GCC's UBSan build misreads path as possibly NULL */
	memcpy(tmp, file, pl);
	memcpy(tmp + pl, suffix, sizeof suffix);
	if (stat(file, &sb) == 0) {
		mode = sb.st_mode & 07777;
	} else {
		mode_t um = umask(0);
		umask(um);
		mode = 0666 & ~um;
	}
	if ((fd = mkstemp(tmp)) < 0)
		goto fail;
	for (size_t at = 0; at < len;) {
		ssize_t w = write(fd, bytes + at, len - at);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			goto fail;
		at += (size_t)w;
	}
	if (fchmod(fd, mode) < 0 || fsync(fd) < 0)
		goto fail;
	if (close(fd) < 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, file) < 0)
		goto fail;
	free(tmp);
	return true;
fail:
	cli_err(path, 0, "cannot write: %s", strerror(errno));
	if (fd >= 0) {
		close(fd);
	}
	unlink(tmp);
	free(tmp);
	return false;
}

bool cli_write_atomic(const char *path, const char *bytes, size_t len)
{
	struct stat sb;
	char *real = NULL;
	bool ok;

	/* A rename replaces what is at the path: a symbolic link would
	 * become a file, and a device or FIFO (-o /dev/stdout, as root)
	 * would be gone. The file a link leads to is replaced, the link
	 * stays; anything but a regular file is refused. */
	if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode) &&
	    !(real = realpath(path, NULL))) {
		cli_err(path, 0, "cannot write: %s", strerror(errno));
		return false;
	}
	if (stat(real ? real : path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		cli_err(path, 0, "cannot write: not a regular file (zhen "
		        "replaces a file whole, through a temporary file and "
		        "a rename)");
		free(real);
		return false;
	}
	ok = replace_file(path, real ? real : path, bytes, len);
	free(real);
	return ok;
}
