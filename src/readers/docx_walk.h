/* readers/docx_walk.h: the state of one part's walk, shared by
 * docx_walk.c (the elements) and docx_lines.c (paragraphs, the boxes that
 * name them, fields). Private to the DOCX reader. */
#ifndef ZHEN_READERS_DOCX_WALK_H
#define ZHEN_READERS_DOCX_WALK_H

#include "docx.h"

/* An open element: what it is to the walk and what it does to the text
 * inside it. */
enum { F_HIDE = 1, /* its text is not shown: deleted, hidden, ruby text */
       F_DROP = 2  /* left out whole: an alternative already read, the
                    * old properties of a revision, an equation */
};
struct dx_el {
	unsigned char kind;
	unsigned char flags, inherited; /* F_*; those of its parent */
	bool taken;      /* mc:AlternateContent: one branch was read */
	bool pushed;     /* it opened a box (table, cell, text box, note) */
	signed char vanish; /* a run's own w:vanish; -1: not said */
	signed char rstyle; /* a run's character style hides (-1: none) */
};

/* What holds paragraphs, and names them: the body, a note, a header, a
 * table (its rows and cells counted), a cell, a text box. */
enum { BX_BODY, BX_STORY, BX_TABLE, BX_CELL, BX_TEXTBOX };
struct dx_box {
	unsigned char what;
	size_t name, name_len; /* its name in walk.names */
	size_t paras;          /* its paragraphs with text so far */
	size_t tables;         /* its tables so far */
	size_t boxes;          /* a story's text boxes so far */
	size_t rows, cells;    /* a table's rows; the current row's cells */
};

/* An open paragraph. Text boxes sit inside a paragraph's runs, so
 * paragraphs nest. */
struct dx_para {
	struct zhen__inline t;
	size_t box;   /* the box that holds it; SIZE_MAX: none (left out) */
	size_t mark;  /* walk.pending's length when it opened */
	bool hides;   /* its paragraph style hides text (a toggle) */
};

/* Fields: begin, code, separate, result, end, nested. A level hides its
 * code, and its result too when the result depends on the page or the
 * moment (PAGE, NUMPAGES, DATE, ...). Deeper than DX_FIELDS levels, all
 * is hidden. */
enum { DX_FIELDS = 32, DX_FIELD_WORD = 16 };
struct dx_field {
	char word[DX_FIELD_WORD]; /* the field's name: its code's first word */
	unsigned char len;
	bool done;   /* the word is complete */
	bool result; /* past separate */
	bool hide;   /* its result is hidden */
};
struct dx_fields {
	struct dx_field lv[DX_FIELDS];
	unsigned depth, over;
	unsigned hiding; /* levels that hide what is read now */
};

struct dx_walk {
	struct dx_doc *d;
	struct zhen__xml x;
	enum dx_part part;
	const char *label; /* a header's or footer's name */
	struct dx_el *el;
	size_t nel, capel;
	struct dx_para *pa;
	size_t npa, cappa;
	struct dx_box *bx;
	size_t nbx, capbx;
	struct zhen__buf names;   /* the open boxes' names, stacked */
	struct zhen__buf pending; /* lines of text boxes waiting for the
	                           * paragraph that anchors them:
	                           * label NUL text LF, one after the other */
	struct zhen__buf scratch;
	struct dx_fields fld;
	bool oom;
};

/* ---- docx_lines.c ---- */

/* Open a paragraph in the innermost box. */
bool dx_para_open(struct dx_walk *w);
/* Close the innermost paragraph: a line when it has text. */
bool dx_para_close(struct dx_walk *w);
/* The innermost open paragraph, or NULL. */
struct dx_para *dx_para_top(struct dx_walk *w);
/* Text the reader sees, into the innermost paragraph (control characters
 * made spaces). */
void dx_text(struct dx_walk *w, const char *s, size_t n);
/* Something shown that is no text (a note mark, an image, a field result
 * left out): a space between two letters or digits. */
void dx_code(struct dx_walk *w);

/* Open a box of kind @p what named printf-style. */
bool dx_box_open(struct dx_walk *w, unsigned char what, const char *fmt,
                 ...) __attribute__((format(printf, 3, 4)));
void dx_box_close(struct dx_walk *w);
/* The innermost box, or NULL. */
struct dx_box *dx_box_top(struct dx_walk *w);
/* A box's name followed by ", " (nothing for the body), for the names of
 * what it holds. */
const char *dx_box_prefix(struct dx_walk *w, const struct dx_box *b);
/* The lines of text boxes still waiting, written out. */
bool dx_flush(struct dx_walk *w);

void dx_field_begin(struct dx_walk *w);
void dx_field_separate(struct dx_walk *w);
void dx_field_end(struct dx_walk *w);
void dx_field_code(struct dx_walk *w, const char *s, size_t n);
/* Whether a field's code (as w:fldSimple gives it) names a field whose
 * result depends on the page or the moment. */
bool dx_field_volatile(const char *code);

#endif
