/* readers/columns.h: the rows of a bilingual table (CSV, TSV, an XLSX
 * sheet) turned into units. A table reader hands over each row's cells
 * (zhen__table_cell(), then zhen__table_row()); columns.c finds the header,
 * chooses the Chinese, English and id columns (the options', a header's,
 * or the text's), and adds one unit per row. Private to table.c, xlsx.c
 * and columns.c. */
#ifndef ZHEN_READERS_COLUMNS_H
#define ZHEN_READERS_COLUMNS_H

#include "readers.h"

/* Excel's last column, XFD. Cells past it are not read: no spreadsheet
 * can hold them, and a CSV row of a million commas must not make the
 * column statistics that long. */
enum { ZHEN__TABLE_MAXCOL = 16384 };

/* The columns of `--columns`: 0-based indexes, or -1. */
struct zhen__colspec {
	long zh, en, id;
};

/* Parse @p s: roles in order ("zh,en", "id,zh,en", "x,en,zh": anything
 * but zh, en and id is a column not read), or by spreadsheet letters
 * ("B=zh,C=en"; in CSV too, as a spreadsheet shows it). ZHEN_EUSAGE saying
 * what is wrong. */
int zhen__columns_parse(struct zhen__colspec *out, zhen_ctx *ctx,
                        const char *s);

/* Spreadsheet column letters [s, s+n) (A, B, ..., XFD; any case) as a
 * 0-based index, or -1. */
long zhen__column_index(const char *s, size_t n);
/* Column letters of 0-based @p col into @p out (4 bytes room). */
void zhen__column_letters(char out[4], size_t col);

/* A cell of the current row: its text in the table's buffer. */
struct zhen__cell {
	size_t col;
	size_t off, len; /* in the row's text */
	size_t src;      /* byte offset in the file, or SIZE_MAX */
	size_t at;       /* where its field begins in the decoded file
	                  * (struct zhen__table's dec), or SIZE_MAX */
};

/* A row kept while the columns are not chosen yet. */
struct zhen__kept_row;

struct zhen__table {
	zhen_ctx *ctx;
	zhen_units *units;
	const zhen_read_options *o;
	const char *what;  /* "CSV", for messages */
	const char *sheet; /* XLSX: the sheet's name ("Sheet1!B12");
	                    * NULL: rows are "row N" */
	bool dense;        /* CSV, TSV: every field is a cell, and a row
	                    * short of the chosen columns is an error */
	/* CSV, TSV: the file decoded, and back to the file's bytes
	 * (dec_map NULL: the same bytes), to map a cell's text */
	const char *dec;
	size_t dec_len;
	const struct zhen__omap *dec_map;
	bool lenient;      /* a table whose columns cannot be found is
	                    * skipped (XLSX, every sheet) rather than an
	                    * error */
	/* the row being read */
	struct zhen__buf text;
	struct zhen__cell *cells;
	size_t ncells, capcells;
	/* what is decided */
	int stage;                  /* columns.c's enum */
	struct zhen__colspec col;   /* the columns, once chosen */
	struct zhen__colspec given; /* from the options, or all -1 */
	char *langs[2];             /* tags a header row declares */
	/* rows kept until the header and the columns are known */
	struct zhen__kept_row *kept;
	size_t nkept, capkept;
	struct zhen__buf zh_text, en_text, id_text; /* a unit's texts */
	size_t units_added;
	bool skipped; /* lenient, and no columns found */
};

/* Start a table. @p sheet and @p what are borrowed for its life. */
int zhen__table_begin(struct zhen__table *t, zhen_ctx *ctx, zhen_units *u,
                      const zhen_read_options *o, const char *what,
                      const char *sheet, bool dense);
/* A cell of the current row: column @p col (0-based), text [s, s+n)
 * (UTF-8), found at byte @p src of the file (or SIZE_MAX), its field
 * beginning at @p at of the decoded text t->dec (or SIZE_MAX). */
int zhen__table_cell(struct zhen__table *t, size_t col, const char *s,
                     size_t n, size_t src, size_t at);
/* The current row is complete: row @p row as a spreadsheet numbers it,
 * beginning at line @p line of the file. */
int zhen__table_row(struct zhen__table *t, size_t row, size_t line);
/* The table is complete: rows still kept become units. */
int zhen__table_end(struct zhen__table *t);
void zhen__table_free(struct zhen__table *t);

#endif
