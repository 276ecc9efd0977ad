/* readers/units.c: the units of a bilingual file, and language tags.
 * A translation memory holds millions of units, so their strings live in
 * large blocks rather than one allocation each. */
#include "readers.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { BLOCK = 64 * 1024 };

struct block {
	struct block *next;
	size_t used, cap;
	char data[];
};

struct zhen_units {
	zhen_format format;
	zhen_unit *u;
	size_t n, cap;
	struct block *blocks;
	char *lang[2];
};

zhen_units *zhen__units_new(zhen_format f)
{
	zhen_units *u = calloc(1, sizeof *u);
	if (u)
		u->format = f;
	return u;
}

void zhen_units_free(zhen_units *u)
{
	if (!u)
		return;
	for (struct block *b = u->blocks, *nx; b; b = nx) {
		nx = b->next;
		free(b);
	}
	free(u->lang[0]);
	free(u->lang[1]);
	free(u->u);
	free(u);
}

/* A copy of @p n bytes of @p s, NUL-terminated, in the units' blocks. */
static char *keep(zhen_units *u, const char *s, size_t n)
{
	struct block *b = u->blocks;
	if (!b || b->cap - b->used < n + 1) {
		size_t cap = n + 1 > BLOCK ? n + 1 : BLOCK;
		if (!(b = malloc(sizeof *b + cap)))
			return NULL;
		b->cap = cap;
		b->used = 0;
		/* a block for one large string goes behind the current one, so
		 * the current one keeps filling */
		if (cap > BLOCK && u->blocks) {
			b->next = u->blocks->next;
			u->blocks->next = b;
		} else {
			b->next = u->blocks;
			u->blocks = b;
		}
	}
	char *p = b->data + b->used;
	if (n)
		memcpy(p, s, n);
	p[n] = 0;
	b->used += n + 1;
	return p;
}

/* Control characters in a label a person reads (an id, a place, a
 * language tag, from attributes where XML lets DEL through) become
 * spaces, as they do in the texts (inline.c): a report must not carry
 * them to a terminal. */
static char *blank_controls(char *s)
{
	for (char *p = s; p && *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			*p = ' ';
	return s;
}

static const char *keep_label(zhen_units *u, const char *s, bool *oom)
{
	if (!s)
		return NULL;
	char *k = keep(u, s, strlen(s));
	*oom |= !k;
	return blank_controls(k);
}

int zhen__units_add(zhen_units *u, const zhen_unit *unit)
{
	if (u->n == u->cap) {
		size_t nc = u->cap ? u->cap * 2 : 256;
		zhen_unit *p = realloc(u->u, nc * sizeof *p);
		if (!p)
			return ZHEN_ENOMEM;
		u->u = p;
		u->cap = nc;
	}
	zhen_unit c = *unit;
	bool oom = false;
	c.zh = keep(u, unit->zh ? unit->zh : "", unit->zh ? unit->zh_len : 0);
	c.en = keep(u, unit->en ? unit->en : "", unit->en ? unit->en_len : 0);
	oom |= !c.zh || !c.en;
	if (!unit->zh)
		c.zh_len = 0;
	if (!unit->en)
		c.en_len = 0;
	c.id = keep_label(u, unit->id, &oom);
	c.state = keep_label(u, unit->state, &oom);
	if (unit->where) {
		c.where = keep_label(u, unit->where, &oom);
	} else {
		char w[32];
		snprintf(w, sizeof w, "unit %zu", u->n + 1);
		c.where = keep_label(u, w, &oom);
	}
	if (oom)
		return ZHEN_ENOMEM;
	u->u[u->n++] = c;
	return 0;
}

int zhen__units_set_lang(zhen_units *u, const char *zh, const char *en)
{
	const char *in[2] = { zh, en };
	for (int i = 0; i < 2; i++) {
		free(u->lang[i]);
		u->lang[i] = in[i] ? blank_controls(strdup(in[i])) : NULL;
		if (in[i] && !u->lang[i])
			return ZHEN_ENOMEM;
	}
	return 0;
}

size_t zhen_units_count(const zhen_units *u)
{
	return u ? u->n : 0;
}

const zhen_unit *zhen_units_get(const zhen_units *u, size_t i)
{
	return u && i < u->n ? &u->u[i] : NULL;
}

zhen_format zhen_units_format(const zhen_units *u)
{
	return u ? u->format : ZHEN_FORMAT_UNKNOWN;
}

const char *zhen_units_lang(const zhen_units *u, zhen_lang side)
{
	return u && (side == ZHEN_LANG_ZH || side == ZHEN_LANG_EN)
	               ? u->lang[side] : NULL;
}

/* The primary subtag of @p tag is one of @p list (NULL-terminated). */
static bool primary_in(const char *tag, const char *const *list)
{
	if (!tag)
		return false;
	size_t n = strcspn(tag, "-_");
	for (; *list; list++)
		if (strlen(*list) == n && !strncasecmp(tag, *list, n))
			return true;
	return false;
}

bool zhen__lang_is_zh(const char *tag)
{
	/* zh and the Chinese languages ISO 639-3 names that CAT tools use */
	static const char *const zh[] = { "zh", "zho", "chi", "cmn", "yue",
	                                  "wuu", "nan", "hak", NULL };
	return primary_in(tag, zh);
}

bool zhen__lang_is_en(const char *tag)
{
	static const char *const en[] = { "en", "eng", NULL };
	return primary_in(tag, en);
}
