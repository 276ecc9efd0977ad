/* readers/columns.c: which column of a bilingual table is Chinese, which
 * English, which the id; and each row made a unit.
 *
 * The columns come from the options when given; else from a header row
 * whose cells name languages (the words of dicts/table_headers.tsv and
 * language tags); else from the text of the first rows (the column mostly
 * Han, the column mostly Latin letters). Rows are kept until that is
 * decided, then every row becomes a unit as it comes, so a large table
 * costs the memory of a hundred rows, not of the table. */
#include "columns.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

enum {
	/* A header is looked for in the first rows: sheets often open with
	 * a title row or two above it. */
	HEAD_ROWS = 5,
	/* The rows whose text tells the columns apart. */
	SAMPLE_ROWS = 100
};

enum stage { ST_HEAD, ST_SAMPLE, ST_STREAM };

struct zhen__kept_row {
	size_t row, line;
	struct zhen__cell *cells;
	size_t ncells;
	char *text;
};

/* ---- the columns option ---- */

static bool ascii_ieq(const char *a, size_t n, const char *b)
{
	size_t i = 0;
	for (; i < n && b[i]; i++) {
		char x = a[i], y = b[i];
		if (x >= 'A' && x <= 'Z')
			x = (char)(x - 'A' + 'a');
		if (x != y)
			return false;
	}
	return i == n && !b[i];
}

long zhen__column_index(const char *s, size_t n)
{
	long v = 0;
	if (!n || n > 3)
		return -1;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c < 'A' || c > 'Z')
			return -1;
		v = v * 26 + (c - 'A' + 1);
	}
	return v <= ZHEN__TABLE_MAXCOL ? v - 1 : -1;
}

void zhen__column_letters(char out[4], size_t col)
{
	char tmp[4];
	int n = 0;
	for (size_t v = col + 1; v && n < 3; v = (v - 1) / 26)
		tmp[n++] = (char)('A' + (v - 1) % 26);
	for (int i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	out[n] = 0;
}

static int set_role(struct zhen__colspec *c, zhen_ctx *ctx, const char *spec,
                    const char *role, size_t n, long col)
{
	long *slot = ascii_ieq(role, n, "zh") ? &c->zh
	           : ascii_ieq(role, n, "en") ? &c->en
	           : ascii_ieq(role, n, "id") ? &c->id : NULL;
	if (!slot) /* a column that is not read */
		return 0;
	if (*slot >= 0)
		return zhen__fail(ctx, ZHEN_EUSAGE, "columns \"%s\" name %.*s "
		                  "twice", spec, (int)n, role);
	if (col == c->zh || col == c->en || col == c->id)
		return zhen__fail(ctx, ZHEN_EUSAGE, "columns \"%s\" give one "
		                  "column two roles", spec);
	*slot = col;
	return 0;
}

int zhen__columns_parse(struct zhen__colspec *out, zhen_ctx *ctx,
                        const char *s)
{
	struct zhen__colspec c = { -1, -1, -1 };
	int forms = 0; /* 1: positional, 2: B=zh */
	long pos = 0;
	for (const char *p = s;; pos++) {
		size_t n = strcspn(p, ",");
		while (n && (*p == ' ' || *p == '\t'))
			p++, n--;
		while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
			n--;
		const char *eq = memchr(p, '=', n);
		long col = pos;
		if (eq) {
			col = zhen__column_index(p, (size_t)(eq - p));
			if (col < 0)
				return zhen__fail(ctx, ZHEN_EUSAGE, "columns \"%s\": "
				                  "\"%.*s\" names no column (A to "
				                  "XFD)", s, (int)n, p);
		}
		if ((forms |= eq ? 2 : 1) == 3)
			return zhen__fail(ctx, ZHEN_EUSAGE, "columns \"%s\": give "
			                  "every column by letter (B=zh,C=en) or "
			                  "none (zh,en)", s);
		const char *role = eq ? eq + 1 : p;
		int rc = set_role(&c, ctx, s, role, n - (size_t)(role - p), col);
		if (rc < 0)
			return rc;
		if (col >= ZHEN__TABLE_MAXCOL)
			return zhen__fail(ctx, ZHEN_EUSAGE, "columns \"%s\": more "
			                  "than %d columns", s, ZHEN__TABLE_MAXCOL);
		if (!(p = strchr(p, ',')))
			break;
		p++;
	}
	if (c.zh < 0 || c.en < 0)
		return zhen__fail(ctx, ZHEN_EUSAGE, "columns \"%s\" name no %s "
		                  "column", s, c.zh < 0 ? "zh" : "en");
	*out = c;
	return 0;
}

/* ---- header words ---- */

enum role { R_EMPTY, R_NONE, R_ZH, R_EN, R_ID, R_BESIDE };

/* [w, w+k) is the dictionary word @p dw, ASCII letters in any case (the
 * dictionary writes them in lower case). */
static bool word_eq(const char *w, const char *dw, size_t k)
{
	for (size_t i = 0; i < k; i++) {
		char c = w[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != dw[i])
			return false;
	}
	return true;
}

/* The role dicts/table_headers.tsv gives the word [w, w+n); with
 * @p prefix, the longest word of it that starts @p w, its length in
 * *matched. */
static enum role dict_role(const char *w, size_t n, bool prefix,
                           size_t *matched)
{
	const struct zhen__dict *d = &zhen__dicts[ZHEN__DICT_TABLE_HEADERS];
	struct zhen__dict_iter it;
	enum role r = R_NONE;
	*matched = 0;
	zhen__dict_iter_init(&it, d->text, d->len);
	while (zhen__dict_iter_next(&it)) {
		size_t k = it.flen[0];
		if (it.nfields < 2 || !it.flen[1] || !k || k > n ||
		    k <= *matched || (!prefix && k != n) ||
		    !word_eq(w, it.field[0], k))
			continue;
		char c = it.field[1][0];
		r = c == 'z' ? R_ZH : c == 'e' ? R_EN : c == 'i' ? R_ID : R_BESIDE;
		*matched = k;
	}
	return r;
}

/* A language tag: two or three letters, then subtags of letters and
 * digits after - or _ (zh-TW, en_US, zh-Hant-HK). */
static bool tag_like(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
		i++;
	if (i < 2 || i > 3)
		return false;
	for (size_t run = 1; i < n; i++) {
		char c = s[i];
		if (c == '-' || c == '_') {
			if (!run)
				return false;
			run = 0;
		} else if ((c >= '0' && c <= '9') ||
		           ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
			run++;
		} else {
			return false;
		}
	}
	return s[n - 1] != '-' && s[n - 1] != '_';
}

/* The role of one word of a header cell; @p tag receives a language tag
 * when the word is one. */
static enum role word_role(const char *w, size_t n, char tag[36])
{
	size_t m;
	enum role r = dict_role(w, n, false, &m);
	if (r != R_NONE)
		return r;
	if (n < 36 && tag_like(w, n)) {
		memcpy(tag, w, n);
		tag[n] = 0;
		return zhen__lang_is_zh(tag) ? R_ZH
		     : zhen__lang_is_en(tag) ? R_EN : R_NONE;
	}
	bool ascii = true, punct = true;
	for (size_t i = 0; i < n; i++) {
		ascii &= (unsigned char)w[i] < 0x80;
		punct &= w[i] && strchr("-_*.#=~+", w[i]);
	}
	if (ascii) /* punctuation alone ("-", "*", "#") says nothing */
		return punct ? R_BESIDE : R_NONE;
	/* Chinese is written without spaces: 中文原文, 英文譯文 */
	enum role all = R_BESIDE;
	for (size_t i = 0; i < n; i += m) {
		enum role p = dict_role(w + i, n - i, true, &m);
		if (p == R_NONE)
			return R_NONE;
		if (p != R_BESIDE && all != R_BESIDE && p != all)
			return R_NONE;
		if (p != R_BESIDE)
			all = p;
	}
	return all;
}

/* Separators between the words of a header cell, besides ASCII ones. */
static bool wide_sep(int32_t cp)
{
	static const int32_t seps[] = { 0x3000, 0xFF08, 0xFF09, 0x3010, 0x3011,
	                                0xFF3B, 0xFF3D, 0xFF1A, 0xFF1B, 0xFF0C,
	                                0x3001, 0xFF0F, 0x300C, 0x300D, 0x300E,
	                                0x300F, 0x300A, 0x300B, 0x3008, 0x3009 };
	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++)
		if (seps[i] == cp)
			return true;
	return false;
}

/* Length of the separator at s[i], or 0. */
static size_t sep_at(const char *s, size_t n, size_t i)
{
	if ((unsigned char)s[i] < 0x80)
		return strchr(" \t\r\n()[]{}<>:;,/|\\\"'", s[i]) && s[i] ? 1 : 0;
	size_t j = i;
	int32_t cp = zhen__utf8_next(s, n, &j);
	return wide_sep(cp) ? j - i : 0;
}

/* What a header cell names: one language (with the tag it gives, if any),
 * the id, a word beside a language, nothing (empty), or R_NONE when any
 * word of it is no header word. */
static enum role cell_role(const char *s, size_t n, char tag[36])
{
	enum role all = R_EMPTY;
	tag[0] = 0;
	for (size_t i = 0; i < n;) {
		size_t k = sep_at(s, n, i);
		if (k) {
			i += k;
			continue;
		}
		size_t j = i;
		while (j < n && !sep_at(s, n, j))
			j += zhen__utf8_len((unsigned char)s[j]);
		if (j > n)
			j = n;
		char t[36] = "";
		enum role r = word_role(s + i, j - i, t);
		if (r == R_NONE)
			return R_NONE;
		if (t[0])
			memcpy(tag, t, sizeof t);
		if (r != R_BESIDE && all != R_EMPTY && all != R_BESIDE &&
		    r != all)
			return R_NONE; /* "中文/English": both */
		if (r != R_BESIDE || all == R_EMPTY)
			all = r;
		i = j;
	}
	return all;
}

/* ---- kept rows ---- */

static const struct zhen__cell *find_cell(const struct zhen__cell *c,
                                          size_t n, long col)
{
	for (size_t i = 0; col >= 0 && i < n; i++)
		if (c[i].col == (size_t)col)
			return &c[i];
	return NULL;
}

static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr(" \t\r\n", s[i]) || !s[i])
			return false;
	return true;
}

static bool row_blank(const struct zhen__table *t)
{
	for (size_t i = 0; i < t->ncells; i++)
		if (!blank(t->text.p + t->cells[i].off, t->cells[i].len))
			return false;
	return true;
}

static int keep_row(struct zhen__table *t, size_t row, size_t line)
{
	if (!zhen__grow((void **)&t->kept, &t->capkept, t->nkept + 1,
	                sizeof *t->kept))
		return ZHEN_ENOMEM;
	struct zhen__kept_row *k = &t->kept[t->nkept];
	k->row = row;
	k->line = line;
	k->ncells = t->ncells;
	k->cells = malloc((t->ncells ? t->ncells : 1) * sizeof *k->cells);
	k->text = malloc(t->text.len + 1);
	if (!k->cells || !k->text) {
		free(k->cells);
		free(k->text);
		return ZHEN_ENOMEM;
	}
	if (t->ncells)
		memcpy(k->cells, t->cells, t->ncells * sizeof *k->cells);
	if (t->text.len)
		memcpy(k->text, t->text.p, t->text.len);
	k->text[t->text.len] = 0;
	t->nkept++;
	return 0;
}

/* Drop kept rows [0, n). */
static void drop_kept(struct zhen__table *t, size_t n)
{
	if (!n)
		return; /* kept may be NULL, and memmove() must not see it */
	for (size_t i = 0; i < n; i++) {
		free(t->kept[i].cells);
		free(t->kept[i].text);
	}
	memmove(t->kept, t->kept + n, (t->nkept - n) * sizeof *t->kept);
	t->nkept -= n;
}

/* ---- the header ---- */

/* Every non-empty cell of @p k is a header word; *zh and *en say whether
 * one names Chinese and one English. */
static bool header_like(const struct zhen__kept_row *k, bool *zh, bool *en)
{
	char tag[36];
	bool any = false;
	*zh = *en = false;
	for (size_t i = 0; i < k->ncells; i++) {
		enum role r = cell_role(k->text + k->cells[i].off,
		                        k->cells[i].len, tag);
		if (r == R_NONE)
			return false;
		any |= r != R_EMPTY;
		*zh |= r == R_ZH;
		*en |= r == R_EN;
	}
	return any;
}

static int keep_tag(struct zhen__table *t, int side, const char *tag)
{
	if (!tag[0] || t->langs[side])
		return 0;
	t->langs[side] = strdup(tag);
	return t->langs[side] ? 0 : ZHEN_ENOMEM;
}

/* The columns the header row @p k names; the options' win. */
static int use_header(struct zhen__table *t, const struct zhen__kept_row *k)
{
	struct zhen__colspec h = { -1, -1, -1 };
	char tag[36];
	for (size_t i = 0; i < k->ncells; i++) {
		const struct zhen__cell *c = &k->cells[i];
		enum role r = cell_role(k->text + c->off, c->len, tag);
		long *slot = r == R_ZH ? &h.zh : r == R_EN ? &h.en
		           : r == R_ID ? &h.id : NULL;
		if (!slot || *slot >= 0)
			continue;
		*slot = (long)c->col;
		int rc = r == R_ID ? 0 : keep_tag(t, r == R_EN, tag);
		if (rc < 0)
			return rc;
	}
	if (t->given.zh < 0)
		t->col = h;
	return 0;
}

/* Decide which kept row is the header, if any: the options say, or
 * (undecided) a row of header words naming both languages among the first
 * few, the rows above it being titles; else the first row when all its
 * cells are header words. Returns 1 when it cannot tell yet. */
static int find_header(struct zhen__table *t, bool at_end)
{
	int h = t->o->header;
	bool zh, en;
	long at = -1;
	if (h == 0 || !t->nkept)
		return at_end || h == 0 ? 0 : 1;
	if (h > 0) {
		at = 0;
	} else if (t->given.zh >= 0) {
		at = header_like(&t->kept[0], &zh, &en) ? 0 : -1;
	} else {
		for (size_t i = 0; i < t->nkept && i < HEAD_ROWS && at < 0; i++)
			if (header_like(&t->kept[i], &zh, &en) && zh && en)
				at = (long)i;
		if (at < 0 && t->nkept < HEAD_ROWS && !at_end)
			return 1;
		if (at < 0 && header_like(&t->kept[0], &zh, &en))
			at = 0;
	}
	if (at < 0)
		return 0;
	int rc = use_header(t, &t->kept[at]);
	drop_kept(t, (size_t)at + 1);
	return rc;
}

/* ---- columns from the text ---- */

static void count_letters(const char *s, size_t n, size_t *han,
                          size_t *latin)
{
	for (size_t i = 0; i < n;) {
		int32_t cp = zhen__fold_cp(zhen__utf8_next(s, n, &i));
		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			(*latin)++;
		else if (cp >= 0x2E80 && u_hasBinaryProperty(cp, UCHAR_IDEOGRAPHIC))
			(*han)++;
	}
}

/* The column with the most Han (Chinese: at least a third as many Han
 * characters as Latin letters, the CLI's measure of a Chinese text) or
 * the most Latin letters (English: fewer than a tenth as many Han), not
 * one already taken. */
static long best_column(const size_t *han, const size_t *latin, size_t n,
                        bool chinese, const struct zhen__colspec *taken)
{
	long best = -1;
	for (size_t c = 0; c < n; c++) {
		long lc = (long)c;
		if (lc == taken->zh || lc == taken->en || lc == taken->id)
			continue;
		bool fits = chinese ? han[c] && han[c] * 3 >= latin[c]
		                    : latin[c] && han[c] * 10 < latin[c];
		const size_t *score = chinese ? han : latin;
		if (fits && (best < 0 || score[c] > score[best]))
			best = lc;
	}
	return best;
}

static int columns_from_text(struct zhen__table *t)
{
	size_t n = 0;
	for (size_t r = 0; r < t->nkept; r++)
		for (size_t i = 0; i < t->kept[r].ncells; i++)
			if (t->kept[r].cells[i].col + 1 > n)
				n = t->kept[r].cells[i].col + 1;
	size_t *han = calloc(n ? 2 * n : 1, sizeof *han);
	if (!han)
		return ZHEN_ENOMEM;
	size_t *latin = han + n;
	for (size_t r = 0; r < t->nkept; r++) {
		const struct zhen__kept_row *k = &t->kept[r];
		for (size_t i = 0; i < k->ncells; i++)
			count_letters(k->text + k->cells[i].off, k->cells[i].len,
			              &han[k->cells[i].col],
			              &latin[k->cells[i].col]);
	}
	if (t->col.zh < 0)
		t->col.zh = best_column(han, latin, n, true, &t->col);
	if (t->col.en < 0)
		t->col.en = best_column(han, latin, n, false, &t->col);
	free(han);
	return 0;
}

/* No Chinese and English column found. @p named: the one found (if any)
 * was named by a header row, not told by its text. */
static int no_columns(struct zhen__table *t, bool named)
{
	if (t->lenient) {
		t->skipped = true;
		drop_kept(t, t->nkept);
		return 0;
	}
	size_t line = t->nkept ? t->kept[0].line : 0;
	const char *sp = t->sheet ? " sheet " : "", *sh = t->sheet ? t->sheet : "";
	if ((t->col.zh < 0) != (t->col.en < 0)) {
		/* one language: say which column is missing, as the user
		 * would look for it */
		bool zh = t->col.zh >= 0;
		char col[4];
		zhen__column_letters(col, (size_t)(zh ? t->col.zh : t->col.en));
		return zhen__fail_at(t->ctx, ZHEN_EINPUT, line, 0, "%s%s%s: no "
		                     "%s column (the %s is column %s, by its "
		                     "%s): no header row names one (%s, ...) and "
		                     "no other column is mostly %s; a table of one "
		                     "language is not a bilingual file", t->what,
		                     sp, sh, zh ? "English" : "Chinese",
		                     zh ? "Chinese" : "English", col,
		                     named ? "header" : "text",
		                     zh ? "English, en" : "中文, zh",
		                     zh ? "Latin letters" : "Han");
	}
	return zhen__fail_at(t->ctx, ZHEN_EINPUT, line, 0, "%s%s%s: cannot "
	                     "tell the Chinese column from the English: no "
	                     "header row names them (中文, English, zh, en, "
	                     "...) and the text shows no column mostly Han "
	                     "beside one mostly Latin letters; name them "
	                     "(columns zh,en)", t->what, sp, sh);
}

/* ---- units ---- */

/* Append the sheet's name as a formula would write it: quoted when it
 * holds anything but letters, digits, _ and . or starts with a digit,
 * with its quotes doubled ('Q1 results'!B12). */
static void sheet_name(struct zhen__buf *b, const char *name)
{
	bool quote = name[0] >= '0' && name[0] <= '9';
	for (const char *p = name; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c < 0x80 && !(c == '_' || c == '.' || (c >= '0' && c <= '9') ||
		                  ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
			quote = true;
	}
	if (!quote) {
		zhen__buf_str(b, name);
		return;
	}
	zhen__buf_add(b, "'", 1);
	for (const char *p = name; *p; p++)
		zhen__buf_str(b, *p == '\'' ? "''" : (char[2]){ *p, 0 });
	zhen__buf_add(b, "'", 1);
}

/* White space, and control characters (DEL in a sheet's XML; a vertical
 * tab or form feed in CSV): a reader sees none of them, and the pipeline
 * refuses them in text. */
static bool is_space(char c)
{
	return (unsigned char)c <= ' ' || c == 0x7F;
}

static bool is_wide(int32_t cp)
{
	int w = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
	return w == U_EA_WIDE || w == U_EA_FULLWIDTH;
}

static int32_t last_cp(const struct zhen__buf *b)
{
	size_t i = b->len - 1;
	while (i > 0 && ((unsigned char)b->p[i] & 0xC0) == 0x80)
		i--;
	return zhen__utf8_next(b->p, b->len, &i);
}

/* The text of cell @p c as a reader sees it, trimmed: a run of white
 * space reads as one space, but a line break typed in the cell beside a
 * Chinese character reads as nothing, as Chinese is written without
 * spaces (doc.c joins wrapped lines so too). The text is kept in @p b. */
static const char *cell_text(struct zhen__buf *b, const char *text,
                             const struct zhen__cell *c, size_t *len)
{
	const char *s = c ? text + c->off : "";
	size_t n = c ? c->len : 0;
	b->len = 0;
	zhen__buf_add(b, "", 0);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		bool brk = false;
		if (!is_space(s[i])) {
			while (j < n && !is_space(s[j]))
				j++;
			zhen__buf_add(b, s + i, j - i);
			i = j;
			continue;
		}
		for (; j < n && is_space(s[j]); j++)
			brk |= s[j] == '\r' || s[j] == '\n';
		size_t k = j;
		if (b->len && j < n &&
		    !(brk && (is_wide(last_cp(b)) ||
		              is_wide(zhen__utf8_next(s, n, &k)))))
			zhen__buf_add(b, " ", 1);
		i = j;
	}
	*len = b->len;
	return b->oom ? NULL : b->p;
}

/* The file's byte where decoded byte @p d is. */
static size_t file_at(const struct zhen__table *t, size_t d)
{
	return t->dec_map ? zhen__omap_start(t->dec_map, d) : d;
}

/* Map bytes [d, e) of the decoded file to output byte(s) at @p a. */
static void map_to(struct zhen__omap *m, const struct zhen__table *t,
                   size_t a, unsigned la, size_t d, size_t e)
{
	size_t o = file_at(t, d), oe = file_at(t, e);
	if (oe - o == la)
		zhen__omap_add_bytes(m, a, o, la);
	else
		zhen__omap_add(m, a, o, la, (unsigned)(oe - o));
}

/* Where each byte of cell @p c's text @p s (cell_text()'s) is in the
 * file: its field's bytes followed past an opening quote, doubled quotes
 * and the white space cell_text() made one space or none. false when
 * they do not match (no map then). */
static bool map_cell(struct zhen__omap *m, const struct zhen__table *t,
                     const struct zhen__cell *c, const char *s, size_t n)
{
	const char *dec = t->dec;
	size_t d = c->at, e = t->dec_len;
	if (!dec || d == SIZE_MAX)
		return false;
	while (d < e && (dec[d] == ' ' || dec[d] == '\t'))
		d++;
	bool quoted = d < e && dec[d] == '"';
	d += quoted;
	for (size_t k = 0; k < n && !m->oom;) {
		if (s[k] == ' ' && d < e && is_space(dec[d])) {
			size_t j = d;
			while (j < e && is_space(dec[j]))
				j++;
			map_to(m, t, k++, 1, d, j);
			d = j;
			continue;
		}
		while (d < e && is_space(dec[d]))
			d++;
		if (quoted && s[k] == '"' && e - d >= 2 && dec[d] == '"' &&
		    dec[d + 1] == '"') {
			map_to(m, t, k++, 1, d, d + 2);
			d += 2;
			continue;
		}
		size_t l = zhen__utf8_len((unsigned char)s[k]);
		if (l > n - k || l > e - d || memcmp(s + k, dec + d, l))
			return false;
		map_to(m, t, k, (unsigned)l, d, d + l);
		k += l;
		d += l;
	}
	return !m->oom;
}

static int short_row(struct zhen__table *t, const struct zhen__cell *cells,
                     size_t n, size_t row, size_t line)
{
	size_t fields = n ? cells[n - 1].col + 1 : 0;
	const char *which = t->col.zh >= (long)fields ? "Chinese"
	                  : t->col.en >= (long)fields ? "English" : "id";
	long col = t->col.zh >= (long)fields ? t->col.zh
	         : t->col.en >= (long)fields ? t->col.en : t->col.id;
	return zhen__fail_at(t->ctx, ZHEN_EINPUT, line,
	                     n ? cells[0].src : 0, "%s row %zu (line %zu) has "
	                     "%zu field%s; the %s is field %ld", t->what, row,
	                     line, fields, fields == 1 ? "" : "s", which,
	                     col + 1);
}

static int emit(struct zhen__table *t, const struct zhen__cell *cells,
                size_t n, const char *text, size_t row, size_t line)
{
	const struct zhen__cell *zc = find_cell(cells, n, t->col.zh);
	const struct zhen__cell *ec = find_cell(cells, n, t->col.en);
	const struct zhen__cell *ic = find_cell(cells, n, t->col.id);
	if (t->dense && (!zc || !ec || (t->col.id >= 0 && !ic)))
		return short_row(t, cells, n, row, line);
	zhen_unit u = { 0 };
	u.zh = cell_text(&t->zh_text, text, zc, &u.zh_len);
	u.en = cell_text(&t->en_text, text, ec, &u.en_len);
	size_t idlen;
	u.id = cell_text(&t->id_text, text, ic, &idlen);
	if (!u.zh || !u.en || !u.id)
		return ZHEN_ENOMEM;
	if (!u.zh_len) /* blank, or English alone: nothing to check */
		return 0;
	if (!idlen)
		u.id = NULL;
	struct zhen__buf w = { 0 }, ew = { 0 };
	if (t->sheet) {
		char letters[4];
		zhen__column_letters(letters, (size_t)t->col.zh);
		sheet_name(&w, t->sheet);
		zhen__buf_printf(&w, "!%s%zu", letters, row);
		/* the English cell, which a reviewer edits */
		zhen__column_letters(letters, (size_t)t->col.en);
		sheet_name(&ew, t->sheet);
		zhen__buf_printf(&ew, "!%s%zu", letters, row);
		u.en_where = ew.p;
		w.oom |= ew.oom;
	} else {
		zhen__buf_printf(&w, "row %zu", row);
	}
	u.where = w.p;
	u.line = line;
	u.zh_src = zc->src;
	u.en_src = ec ? ec->src : SIZE_MAX;
	u.flags = u.en_len ? 0 : ZHEN_UNIT_UNTRANSLATED;
	struct zhen__omap zm = { 0 }, em = { 0 };
	bool zok = map_cell(&zm, t, zc, u.zh, u.zh_len);
	bool eok = ec && map_cell(&em, t, ec, u.en, u.en_len);
	int rc = w.oom ? ZHEN_ENOMEM
	       : zhen__units_add_mapped(t->units, &u, zok ? &zm : NULL,
	                                eok ? &em : NULL);
	zhen__omap_free(&zm);
	zhen__omap_free(&em);
	zhen__buf_free(&w);
	zhen__buf_free(&ew);
	t->units_added += rc == 0;
	return rc;
}

/* ---- the table ---- */

int zhen__table_begin(struct zhen__table *t, zhen_ctx *ctx, zhen_units *u,
                      const zhen_read_options *o, const char *what,
                      const char *sheet, bool dense)
{
	memset(t, 0, sizeof *t);
	t->ctx = ctx;
	t->units = u;
	t->o = o;
	t->what = what;
	t->sheet = sheet;
	t->dense = dense;
	t->given = (struct zhen__colspec){ -1, -1, -1 };
	t->col = t->given;
	t->stage = o->header == 0 && o->columns ? ST_STREAM : ST_HEAD;
	if (o->columns) {
		int rc = zhen__columns_parse(&t->given, ctx, o->columns);
		if (rc < 0)
			return rc;
		t->col = t->given;
	}
	return 0;
}

int zhen__table_cell(struct zhen__table *t, size_t col, const char *s,
                     size_t n, size_t src, size_t at)
{
	if (col >= ZHEN__TABLE_MAXCOL)
		return 0;
	if (!zhen__grow((void **)&t->cells, &t->capcells, t->ncells + 1,
	                sizeof *t->cells))
		return zhen__fail(t->ctx, ZHEN_ENOMEM, "out of memory");
	t->cells[t->ncells++] = (struct zhen__cell){ col, t->text.len, n, src,
	                                             at };
	zhen__buf_add(&t->text, n ? s : "", n);
	return t->text.oom ? zhen__fail(t->ctx, ZHEN_ENOMEM, "out of memory")
	                   : 0;
}

/* Move on as far as the kept rows allow: header, columns, then every
 * kept row out as a unit. */
static int decide(struct zhen__table *t, bool at_end)
{
	int rc = 0;
	if (t->stage == ST_HEAD) {
		if ((rc = find_header(t, at_end)) != 0)
			return rc < 0 ? rc : 0;
		t->stage = ST_SAMPLE;
	}
	if (t->col.zh < 0 || t->col.en < 0) {
		if (t->nkept < SAMPLE_ROWS && !at_end)
			return 0;
		if (!t->nkept)
			return 0;
		bool named = t->col.zh >= 0 || t->col.en >= 0;
		if ((rc = columns_from_text(t)) < 0)
			return rc;
		if (t->col.zh < 0 || t->col.en < 0)
			return no_columns(t, named);
	}
	t->stage = ST_STREAM;
	for (size_t i = 0; i < t->nkept && rc == 0; i++)
		rc = emit(t, t->kept[i].cells, t->kept[i].ncells, t->kept[i].text,
		          t->kept[i].row, t->kept[i].line);
	drop_kept(t, t->nkept);
	return rc;
}

int zhen__table_row(struct zhen__table *t, size_t row, size_t line)
{
	int rc = 0;
	if (row_blank(t) || t->skipped)
		;
	else if (t->stage == ST_STREAM)
		rc = emit(t, t->cells, t->ncells, t->text.p, row, line);
	else if ((rc = keep_row(t, row, line)) == 0)
		rc = decide(t, false);
	t->ncells = 0;
	t->text.len = 0;
	if (rc == ZHEN_ENOMEM)
		return zhen__fail(t->ctx, rc, "out of memory");
	return rc;
}

int zhen__table_end(struct zhen__table *t)
{
	int rc = t->stage == ST_STREAM || t->skipped ? 0 : decide(t, true);
	if (rc == ZHEN_ENOMEM)
		return zhen__fail(t->ctx, rc, "out of memory");
	if (rc == 0 && (t->langs[0] || t->langs[1]) &&
	    !zhen_units_lang(t->units, ZHEN_LANG_ZH) &&
	    !zhen_units_lang(t->units, ZHEN_LANG_EN) &&
	    zhen__units_set_lang(t->units, t->langs[0], t->langs[1]) < 0)
		return zhen__fail(t->ctx, ZHEN_ENOMEM, "out of memory");
	return rc;
}

void zhen__table_free(struct zhen__table *t)
{
	if (t->kept)
		drop_kept(t, t->nkept);
	free(t->kept);
	free(t->cells);
	zhen__buf_free(&t->text);
	zhen__buf_free(&t->zh_text);
	zhen__buf_free(&t->en_text);
	zhen__buf_free(&t->id_text);
	free(t->langs[0]);
	free(t->langs[1]);
	memset(t, 0, sizeof *t);
}
