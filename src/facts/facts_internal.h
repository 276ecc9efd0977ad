/* facts_internal.h: what the files of the facts stage share (src/facts/);
 * never installed. Prefix fx_. */
#ifndef ZHEN_FACTS_INTERNAL_H
#define ZHEN_FACTS_INTERNAL_H

#include "internal.h"

/* ---- metrics.c: dicts/metrics.tsv as a table ---- */

/* What a row of the table is: a metric taking a figure of one kind, or a
 * word facts reads around a metric (the '=' rows). */
enum fx_role {
	FX_MONEY, FX_PERCENT, FX_NUMBER,  /* metrics, by the kind they take */
	FX_SEGMENT, FX_ENDED, FX_YEAR_ENDED, FX_RELATIVE, FX_BEFORE,
	FX_BASE, FX_SOURCE, FX_FISCAL, FX_HALF1, FX_HALF2
};

struct fx_term {
	char *text;            /* as written; English lower case */
	size_t len;
	char *metric, *family; /* NULL for the '=' rows */
	enum fx_role role;
};

struct fx_table {
	struct fx_term *t;
	size_t n;
	/* the rows whose text starts with each byte (ASCII folded to lower
	 * case), longest first: a match at a position tries a few rows */
	size_t *by_byte[256];
	size_t nby[256];
};

int fx_table_load(struct fx_table *tab, zhen_ctx *ctx, const char *text,
                  size_t len);
void fx_table_free(struct fx_table *tab);
/* The longest row at s[pos] (with word boundaries for Latin letters), or
 * NULL; @p want_metric: metrics only, else the '=' rows only. */
const struct fx_term *fx_match(const struct fx_table *tab, const char *s,
                               size_t len, size_t pos, bool want_metric);
/* Is there a row of @p role in [from, to) of @p s? */
bool fx_has_role(const struct fx_table *tab, const char *s, size_t from,
                 size_t to, enum fx_role role);
/* Where the first such row starts, its row in *t; SIZE_MAX for none. */
size_t fx_role_at(const struct fx_table *tab, const char *s, size_t from,
                  size_t to, enum fx_role role, const struct fx_term **t);
/* Does @p q hold the kind of figure @p role takes? */
bool fx_kind_fits(enum fx_role role, const zhen_quantity *q);

/* ---- period.c: periods from the quantities of a sentence ---- */

struct fx_mention {
	size_t start, end;     /* the words that say it */
	zhen_period p;
	int32_t year_to;       /* a range of years 2018-2023: its last year,
	                          else p.year */
	bool fiscal;           /* a year said as a financial year (FY2023,
	                          2023財年): its end is its document's */
};

/* The most quantities of one sentence facts reads (a table row of
 * figures past it is left unread). */
#define FX_MAXQ 256

/* The periods said in the quantities q[0..n) of one sentence (s: the
 * document's text, @p slen bytes), in text order; at most @p cap. Returns
 * how many. */
size_t fx_mentions(struct fx_mention *out, size_t cap,
                   const struct fx_table *tab, const char *s, size_t slen,
                   const zhen_quantity *q, size_t n);

/* ---- company.c: dicts/companies.tsv and the names of a document ---- */

enum fx_crole { FX_C_SUFFIX, FX_C_EXCHANGE, FX_C_STOP, FX_C_GENERIC,
                FX_C_JOINT, FX_C_HEAD };

struct fx_cform {
	char *text;
	size_t len;
	enum fx_crole role;
};

/* A name read in the documents, compared as fx_doc_companies() writes
 * it (Han characters in Simplified); @c id is the entry whose form names
 * the company (itself, or the name it was a translation of). */
struct fx_company {
	char *form;
	size_t id;
};

struct fx_companies {
	struct fx_cform *w;    /* dicts/companies.tsv */
	size_t nw;
	bool lead[256];        /* the first bytes of its suffixes */
	struct fx_company *c;  /* the names of every document added */
	size_t nc, cap;
};

int fx_companies_load(struct fx_companies *c, zhen_ctx *ctx,
                      const char *text, size_t len);
void fx_companies_free(struct fx_companies *c);
/* Read the names of a document's text @p s and set the company of its
 * facts f->f[first..f->n). */
int fx_doc_companies(struct zhen_facts *f, zhen_ctx *ctx, const char *s,
                     size_t len, size_t first);

/* ---- build.c, rates.c, compare.c ---- */

struct fx_doc {
	const zhen_doc *doc;
	char *name;
};

struct zhen_facts {
	struct fx_table tab;
	struct fx_companies companies;
	zhen_fact *f;
	size_t n, cap;
	struct fx_doc *docs;
	size_t ndocs, dcap;
	zhen_rate *rates;      /* conversions the documents write */
	size_t nrates, rcap;
	/* the facts of a year that ends in another month than December,
	 * said with its date (截至2023年3月31日止年度): their companies' years
	 * end then, which FY2023 in any document about them takes */
	size_t *dated;
	size_t ndated, dtcap;
};

struct zhen_rates {
	zhen_rate *r;
	size_t n, cap;
};

struct zhen_conflicts {
	zhen_conflict *c;
	size_t n, cap;
};

int fx_push_fact(struct zhen_facts *f, const zhen_fact *x);
int fx_push_rate(zhen_rate **v, size_t *n, size_t *cap, const zhen_rate *r);
/* The rate a figure and its conversion in brackets state; false when they
 * give none (same currency, a zero). */
bool fx_rate_of(zhen_rate *out, const zhen_quantity *a,
                const zhen_quantity *b);
/* The interval a figure's rounding and hedge allow, as doubles: a rate is
 * a ratio of rounded figures, and 15 significant digits are far more than
 * any figure written here carries. */
void fx_interval(const zhen_quantity *q, double *lo, double *hi);
double fx_value(const zhen_quantity *q);

#endif
