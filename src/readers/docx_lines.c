/* readers/docx_lines.c: the lines a DOCX walk writes. A paragraph with
 * text is one line, named after the box that holds it ("paragraph 12",
 * "table 2, row 3, cell 1", "footnote 4, paragraph 2"); a text box's
 * paragraphs follow the paragraph that anchors the box. Fields are here
 * too: what of them is shown. */
#include "docx_walk.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- boxes ---- */

struct dx_box *dx_box_top(struct dx_walk *w)
{
	return w->nbx ? &w->bx[w->nbx - 1] : NULL;
}

bool dx_box_open(struct dx_walk *w, unsigned char what, const char *fmt,
                 ...)
{
	struct dx_box *grown = dx_grow(w->bx, &w->capbx, w->nbx, sizeof *grown);
	if (!grown)
		return !(w->oom = true);
	w->bx = grown;
	struct dx_box *b = &w->bx[w->nbx++];
	*b = (struct dx_box){ .what = what, .name = w->names.len };
	va_list ap;
	va_start(ap, fmt);
	char small[160];
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n < sizeof small) {
		zhen__buf_add(&w->names, small, (size_t)n);
	} else { /* a deep nest of tables: the long way */
		char *big = malloc((size_t)n + 1);
		if (!big)
			return !(w->oom = true);
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		zhen__buf_add(&w->names, big, (size_t)n);
		free(big);
	}
	b->name_len = w->names.len - b->name;
	zhen__buf_add(&w->names, "", 1);
	return !w->names.oom;
}

void dx_box_close(struct dx_walk *w)
{
	if (!w->nbx)
		return;
	w->names.len = w->bx[--w->nbx].name;
}

/* A box's name and @p tail, copied into the scratch buffer (the names
 * move when a box opens). */
static const char *box_name(struct dx_walk *w, const struct dx_box *b,
                            const char *tail)
{
	w->scratch.len = 0;
	zhen__buf_add(&w->scratch, w->names.p + b->name, b->name_len);
	if (b->name_len)
		zhen__buf_str(&w->scratch, tail);
	zhen__buf_add(&w->scratch, "", 1);
	return w->scratch.oom ? "" : w->scratch.p;
}

const char *dx_box_prefix(struct dx_walk *w, const struct dx_box *b)
{
	return box_name(w, b, ", ");
}

/* ---- paragraphs ---- */

struct dx_para *dx_para_top(struct dx_walk *w)
{
	return w->npa ? &w->pa[w->npa - 1] : NULL;
}

bool dx_para_open(struct dx_walk *w)
{
	struct dx_para *grown = dx_grow(w->pa, &w->cappa, w->npa, sizeof *grown);
	if (!grown)
		return !(w->oom = true);
	w->pa = grown;
	/* the frame keeps its buffer from an earlier paragraph */
	struct dx_para *p = &w->pa[w->npa++];
	zhen__inline_reset(&p->t);
	p->box = w->nbx ? w->nbx - 1 : SIZE_MAX;
	p->mark = w->pending.len;
	p->hides = dx_style_hides(&w->d->styles, NULL, true);
	return true;
}

/* Blank as the document reader sees a line: nothing but spaces, NBSP and
 * U+3000 (so that no paragraph number goes to a line it skips). */
static bool blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		if (s[i] == ' ' || s[i] == '\t')
			i++;
		else if (i + 1 < n && !memcmp(s + i, "\xC2\xA0", 2))
			i += 2;
		else if (i + 2 < n && !memcmp(s + i, "\xE3\x80\x80", 3))
			i += 3;
		else
			return false;
	}
	return true;
}

/* The name of the line a paragraph of box @p b makes: the body counts its
 * paragraphs; any other box is named, its second paragraph on with its
 * number. */
static const char *para_name(struct dx_walk *w, struct dx_box *b)
{
	size_t k = ++b->paras;
	if (b->what == BX_BODY) {
		w->scratch.len = 0;
		zhen__buf_printf(&w->scratch, "paragraph %zu", k);
		zhen__buf_add(&w->scratch, "", 1);
		return w->scratch.oom ? "" : w->scratch.p;
	}
	if (k == 1)
		return box_name(w, b, "");
	box_name(w, b, "");
	w->scratch.len--; /* the NUL */
	zhen__buf_printf(&w->scratch, ", paragraph %zu", k);
	zhen__buf_add(&w->scratch, "", 1);
	return w->scratch.oom ? "" : w->scratch.p;
}

static void emit(struct dx_doc *d, const char *label, size_t llen,
                 const char *text, size_t tlen)
{
	zhen__buf_add(&d->labels, label, llen);
	zhen__buf_add(&d->labels, "", 1);
	zhen__buf_add(&d->text, text, tlen);
	zhen__buf_add(&d->text, "\n", 1);
	d->nlines++;
}

bool dx_flush(struct dx_walk *w)
{
	if (!w->pending.len) /* and maybe no buffer at all: p is NULL */
		return !w->d->labels.oom && !w->d->text.oom;
	const char *p = w->pending.p, *end = p + w->pending.len;
	while (p < end) {
		const char *nul = memchr(p, 0, (size_t)(end - p));
		const char *lf = memchr(nul, '\n', (size_t)(end - nul));
		emit(w->d, p, (size_t)(nul - p), nul + 1, (size_t)(lf - nul - 1));
		p = lf + 1;
	}
	w->pending.len = 0;
	return !w->d->labels.oom && !w->d->text.oom;
}

/* A text box's line, into the pending lines at @p mark: where its
 * paragraph opened, before the lines of boxes nested in it. */
static bool pend(struct dx_walk *w, size_t mark, const char *label,
                 const char *text, size_t tlen)
{
	size_t old = w->pending.len;
	zhen__buf_str(&w->pending, label);
	zhen__buf_add(&w->pending, "", 1);
	zhen__buf_add(&w->pending, text, tlen);
	zhen__buf_add(&w->pending, "\n", 1);
	if (w->pending.oom)
		return false;
	size_t rl = w->pending.len - old;
	if (mark >= old)
		return true;
	char *rec = malloc(rl);
	if (!rec)
		return false;
	memcpy(rec, w->pending.p + old, rl);
	memmove(w->pending.p + mark + rl, w->pending.p + mark, old - mark);
	memcpy(w->pending.p + mark, rec, rl);
	free(rec);
	return true;
}

bool dx_para_close(struct dx_walk *w)
{
	if (!w->npa)
		return true;
	struct dx_para *p = &w->pa[--w->npa];
	size_t n;
	const char *s = zhen__inline_get(&p->t, &n);
	if (!s)
		return !(w->oom = true);
	if (p->box >= w->nbx || blank(s, n)) /* no line, but its boxes' */
		return w->npa ? true : dx_flush(w);
	const char *label = para_name(w, &w->bx[p->box]);
	if (w->npa) {
		if (!pend(w, p->mark, label, s, n))
			w->oom = true;
		return !w->oom;
	}
	emit(w->d, label, strlen(label), s, n);
	return dx_flush(w);
}

void dx_text(struct dx_walk *w, const char *s, size_t n)
{
	struct dx_para *p = dx_para_top(w);
	if (!p)
		return;
	/* XML 1.0 lets DEL through, and a 1.1 file C0 controls: the
	 * document reader would take them for a binary file */
	size_t i = 0;
	while (i < n) {
		size_t j = i;
		while (j < n && (unsigned char)s[j] >= 0x20 && s[j] != 0x7F)
			j++;
		zhen__inline_text(&p->t, s + i, j - i);
		if (j < n)
			zhen__inline_text(&p->t, " ", 1);
		i = j + 1;
	}
}

void dx_code(struct dx_walk *w)
{
	struct dx_para *p = dx_para_top(w);
	if (p)
		zhen__inline_code(&p->t);
}

/* ---- fields ---- */

/* Fields whose result is the page, the moment or a count that the two
 * languages of a pair differ in by nature: a PAGE field's stored result
 * is "1" whatever page shows it, a NUMPAGES the page count when last
 * saved, a DATE the day it was saved. Their results are left out; every
 * other field's result (REF, SEQ, NOTEREF, a form's text) is what the
 * reader sees and is kept. */
static const char *const volatile_fields[] = {
	"PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF", "DATE", "TIME",
	"CREATEDATE", "SAVEDATE", "PRINTDATE", "EDITTIME", "NUMWORDS",
	"NUMCHARS", "FILESIZE",
};

static bool word_volatile(const char *word, size_t n)
{
	for (size_t i = 0; i < sizeof volatile_fields / sizeof *volatile_fields;
	     i++)
		if (strlen(volatile_fields[i]) == n &&
		    !strncasecmp(volatile_fields[i], word, n))
			return true;
	return false;
}

/* Code text into field @p f's word: its first word (the field's name). */
static void word_add(struct dx_field *f, const char *s, size_t n)
{
	for (size_t i = 0; i < n && !f->done; i++) {
		bool space = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
		             s[i] == '\r';
		if (space && f->len)
			f->done = true;
		else if (!space && f->len == DX_FIELD_WORD)
			f->done = true, f->len = 0; /* no name this long */
		else if (!space)
			f->word[f->len++] = s[i];
	}
}

bool dx_field_volatile(const char *code)
{
	struct dx_field f = { .len = 0 };
	word_add(&f, code, strlen(code));
	return word_volatile(f.word, f.len);
}

void dx_field_begin(struct dx_walk *w)
{
	struct dx_fields *fl = &w->fld;
	fl->hiding++; /* its code */
	if (fl->over || fl->depth == DX_FIELDS)
		fl->over++;
	else
		fl->lv[fl->depth++] = (struct dx_field){ .len = 0 };
}

void dx_field_separate(struct dx_walk *w)
{
	struct dx_fields *fl = &w->fld;
	if (fl->over || !fl->depth)
		return;
	struct dx_field *f = &fl->lv[fl->depth - 1];
	if (f->result)
		return;
	f->result = true;
	f->hide = word_volatile(f->word, f->len);
	if (!f->hide)
		fl->hiding--;
}

void dx_field_end(struct dx_walk *w)
{
	struct dx_fields *fl = &w->fld;
	if (fl->over) {
		fl->over--;
		fl->hiding--;
		return;
	}
	if (!fl->depth)
		return;
	struct dx_field *f = &fl->lv[--fl->depth];
	if (!f->result || f->hide)
		fl->hiding--;
	if (f->hide && !fl->hiding)
		dx_code(w); /* a page number was there */
}

void dx_field_code(struct dx_walk *w, const char *s, size_t n)
{
	struct dx_fields *fl = &w->fld;
	if (!fl->over && fl->depth && !fl->lv[fl->depth - 1].result)
		word_add(&fl->lv[fl->depth - 1], s, n);
}
