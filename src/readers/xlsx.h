/* readers/xlsx.h: what xlsx.c asks of xlsx_num.c, the text a number cell
 * shows. Private to the two files. */
#ifndef ZHEN_READERS_XLSX_H
#define ZHEN_READERS_XLSX_H

#include "readers.h"

/* What a cell's number format makes of its number. */
enum zhen__numfmt {
	ZHEN__NF_PLAIN,    /* the number as stored */
	ZHEN__NF_PERCENT,  /* 0.34 shown as 34% */
	ZHEN__NF_DATE,     /* a serial day number shown as a date */
	ZHEN__NF_TIME,     /* a fraction of a day shown as a time */
	ZHEN__NF_DATETIME
};

/* The kind of built-in number format @p id (ECMA-376 §18.8.30, with the
 * East Asian date formats 27-36 and 50-58). */
enum zhen__numfmt zhen__numfmt_builtin(long id);
/* The kind of the format code @p code ("yyyy\"年\"m\"月\"d\"日\"", "0.0%"). */
enum zhen__numfmt zhen__numfmt_code(const char *code);

/* Append to @p out the text of a number cell whose <v> holds [v, v+n),
 * as its format @p k shows it: dates as ISO 8601 (2024-03-05, 09:30,
 * 2024-03-05 09:30:15) from the 1900 or the 1904 day count, percentages
 * as the stored decimal times 100 and "%", every other number as written
 * (Excel writes the shortest decimal that reads back exactly: "34", not
 * "34.000000000000001"). A value the format cannot show (a negative date)
 * stays as written. */
void zhen__numfmt_text(struct zhen__buf *out, const char *v, size_t n,
                       enum zhen__numfmt k, bool date1904);

#endif
