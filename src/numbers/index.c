/* numbers/index.c: the tables' indexes (by first and last code point, by
 * leading letters) and matching an entry at a position. */
#include "reader.h"

static uint32_t key_last(const char *s, size_t n)
{
	size_t j = n - 1;
	for (int k = 0; k < 3 && j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80;
	     k++)
		j--;
	return pack(s + j, n - j);
}

static int cmp_slot(const void *a, const void *b)
{
	const struct slot *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return (x->e > y->e) - (x->e < y->e);
}

static int build_hash(struct keyhash *h, const struct slot *x, size_t n,
                      const struct entry *e)
{
	/* Most lookups miss (a code point that starts no entry): at a
	 * load of at most 1/8 a miss nearly always ends at the first
	 * probe. */
	uint32_t size = 16, bits = 4;
	while (size < 8 * n + 8) {
		size *= 2;
		bits++;
	}
	struct keyrun *r = calloc(size, sizeof *r);
	if (!r)
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		uint64_t kinds = 0;
		while (j < n && x[j].key == x[i].key)
			kinds |= 1ull << e[x[j++].e].kind;
		uint32_t p = hash_key(x[i].key, 32 - bits) & (size - 1);
		while (r[p].b)
			p = (p + 1) & (size - 1);
		r[p] = (struct keyrun){ x[i].key, (uint32_t)i, (uint32_t)j,
		                        kinds };
		i = j;
	}
	h->r = r;
	h->mask = size - 1;
	h->shift = 32 - bits;
	return 0;
}

/* The slot's second code point (struct slot), when the entry has a
 * whole one after a whole first one. */
static void set_next(struct slot *x, const struct entry *e)
{
	size_t m = e->len ? cp_len((unsigned char)e->text[0]) : 0;
	if (!m || e->len <= m ||
	    m + cp_len((unsigned char)e->text[m]) > e->len)
		return;
	x->next = key_first(e->text + m, e->len - m);
	x->has_next = 1;
}

int nr_index_table(struct table *t)
{
	struct slot *f = malloc((t->n + 1) * sizeof *f);
	struct slot *l = malloc((t->n + 1) * sizeof *l);
	struct keyhash hf = { NULL, 0, 0 }, hl = { NULL, 0, 0 };

	if (!f || !l) {
		free(f);
		free(l);
		return ZHEN_ENOMEM;
	}
	for (size_t i = 0; i < t->n; i++) {
		const struct entry *e = &t->e[i];
		f[i] = (struct slot){ key_first(e->text, e->len),
		                      (uint32_t)e->len, (uint32_t)i, 0, 0 };
		l[i] = (struct slot){ key_last(e->text, e->len),
		                      (uint32_t)e->len, (uint32_t)i, 0, 0 };
		set_next(&f[i], e);
	}
	qsort(f, t->n, sizeof *f, cmp_slot);
	qsort(l, t->n, sizeof *l, cmp_slot);
	if (build_hash(&hf, f, t->n, t->e) < 0 ||
	    build_hash(&hl, l, t->n, t->e) < 0) {
		/* the table keeps its old index, still right for the
		 * entries it keeps after the caller truncates */
		free(f);
		free(l);
		free(hf.r);
		return ZHEN_ENOMEM;
	}
	free(t->first);
	free(t->last);
	free(t->hfirst.r);
	free(t->hlast.r);
	t->first = f;
	t->last = l;
	t->hfirst = hf;
	t->hlast = hl;
	return 0;
}

static size_t lead_len(const struct entry *e)
{
	size_t n = 0;
	while (n < e->len && is_alpha(e->text[n]))
		n++;
	return n;
}

static uint32_t hash_word(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)lower(s[i])) * 16777619u;
	return h;
}

/* Index of the first two letters of s[0, n) (n >= 1, letters only). */
size_t nr_bigram(const char *s, size_t n)
{
	size_t a = (size_t)(lower(s[0]) - 'a');
	size_t b = n > 1 ? (size_t)(lower(s[1]) - 'a') : 26;
	return a * 27 + b;
}

int nr_index_leads(struct table *t)
{
	uint32_t size = 16;
	while (size < 2 * t->n + 2)
		size *= 2;
	struct lead *h = calloc(size, sizeof *h);
	if (!h)
		return ZHEN_ENOMEM;
	memset(t->lead_len2, 0, sizeof t->lead_len2);
	memset(t->start_len2, 0, sizeof t->start_len2);
	for (size_t i = 0; i < t->n; i++) {
		const struct entry *e = &t->e[i];
		size_t n = lead_len(e);
		if (!n)
			continue;
		uint32_t p = hash_word(e->text, n) & (size - 1);
		while (h[p].e && !(h[p].n == n &&
		                   eq_ci(t->e[h[p].e - 1].text, e->text, n)))
			p = (p + 1) & (size - 1);
		if (!h[p].e)
			h[p] = (struct lead){ (uint32_t)i + 1, (uint32_t)n, 0 };
		h[p].kinds |= 1ull << e->kind;
		t->lead_len2[nr_bigram(e->text, n)] |= 1u << (n < 31 ? n : 31);
		if (EN_START >> e->kind & 1)
			t->start_len2[nr_bigram(e->text, n)] |=
				1u << (n < 31 ? n : 31);
	}
	free(t->lead);
	t->lead = h;
	t->lead_mask = size - 1;
	return 0;
}

/* Whether nr_index_some() lists entry @p e of table @p tb. */
static bool some_of(enum table_id tb, const struct entry *e)
{
	if (tb == TB_APPROX)
		return (e->pos & (POS_DECL_BEFORE | POS_DECL_AFTER)) &&
		       e->lang == ZHEN_LANG_ZH;
	return tb == TB_ENW && e->kind == K_MONTHNAME && e->len >= 6;
}

int nr_index_some(struct table *t, enum table_id tb)
{
	uint32_t *x = malloc((t->n + 1) * sizeof *x);
	size_t n = 0;

	if (!x)
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < t->n; i++)
		if (some_of(tb, &t->e[i]))
			x[n++] = (uint32_t)i;
	free(t->some);
	t->some = x;
	t->nsome = n;
	return 0;
}

/* The kinds of the entries whose leading letters are s[0, n): 0 when
 * none starts so. */
uint64_t nr_lead_kinds(const struct table *t, const char *s, size_t n)
{
	if (!t->lead)
		return ~0ull;
	if (!(t->lead_len2[nr_bigram(s, n)] >> (n < 31 ? n : 31) & 1))
		return 0;
	for (uint32_t p = hash_word(s, n) & t->lead_mask; t->lead[p].e;
	     p = (p + 1) & t->lead_mask) {
		const struct lead *l = &t->lead[p];
		if (l->e > t->n)
			return ~0ull; /* dropped by a failed load: assume all */
		if (l->n == n && eq_ci(s, t->e[l->e - 1].text, n))
			return l->kinds;
	}
	return 0;
}

static bool entry_ok(const struct entry *e, int lang, int posmask, int kind)
{
	if (e->lang != LANG_ANY && lang != LANG_ANY && e->lang != lang)
		return false;
	if (posmask && !(e->pos & posmask))
		return false;
	return kind < 0 || e->kind == kind;
}

/* The longest entry equal to s[i…]; an entry ending in a letter or digit
 * must end at a word boundary ("yuan" is not "yuanfang"). Among entries of
 * one length the first in table order wins. */
const struct entry *nr_match_fwd_run(const struct table *t,
                                     const struct slot *x,
                                     const struct slot *end,
                                     const char *s, size_t len, size_t i,
                                     int lang, int posmask, int kind)
{
	/* every entry of the run starts with the code point at s[i], so
	 * with one of its length: an entry that fits has its second code
	 * point inside s[i, len) when it has one */
	size_t m = cp_len((unsigned char)s[i]);
	uint32_t next = m < len - i ? key_first(s + i + m, len - i - m) : 0;
	for (; x < end; x++) {
		const struct entry *e = &t->e[x->e];
		if (e->len > len - i || (x->has_next && x->next != next) ||
		    !entry_ok(e, lang, posmask, kind) ||
		    !eq_ci(s + i, e->text, e->len))
			continue;
		if (is_alnum(e->text[e->len - 1]) && i + e->len < len &&
		    is_alnum(s[i + e->len]))
			continue;
		return e;
	}
	return NULL;
}

/* The longest entry ending exactly at @p i and starting at or after @p lo;
 * one starting with a letter must start at a word boundary. */
const struct entry *nr_match_back(const struct table *t, const char *s,
                                  size_t i, size_t lo, int lang,
                                  int posmask, int kind)
{
	const struct slot *x, *end;
	if (i <= lo)
		return NULL;
	x = slots_of(&t->hlast, t->last, key_last(s, i), kind, &end);
	for (; x < end; x++) {
		const struct entry *e = &t->e[x->e];
		if (e->len > i - lo)
			continue;
		size_t a = i - e->len;
		if (!entry_ok(e, lang, posmask, kind) ||
		    !eq_ci(s + a, e->text, e->len))
			continue;
		if (is_alnum(e->text[0]) && a > 0 && is_alnum(s[a - 1]))
			continue;
		return e;
	}
	return NULL;
}
