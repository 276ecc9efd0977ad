/* company.c: the companies a document names, and the company each of its
 * facts is about. A name is read where a suffix of dicts/companies.tsv
 * ends it (商湯集團, "SenseTime Group Inc.") or a stock code in brackets
 * follows it (商汤(00020), "Alibaba (NYSE: BABA)"); a translation in
 * brackets after it (商湯（SenseTime）) is the same company. Every use of
 * a name counts, in its document and in those added after it (a document
 * is read once: names that only a later document introduces are not used
 * in an earlier one, so zhen facts reads files in name order). A fact is
 * about the company named nearest its metric in its sentence, else about
 * the company its document names most (a document about one company
 * needs no name on every line). */
#include "facts_internal.h"

#include <stdlib.h>
#include <string.h>

/* The longest name read before a suffix: brands are two to four Han
 * characters (商湯, 阿里巴巴); registered names in Latin letters run to
 * six capitalised words ("Sun Hung Kai Properties", "Industrial and
 * Commercial Bank of China": the small joining words not counted). */
#define HAN_MAX 4
#define WORDS_MAX 6
/* The longest translation in brackets read as the same name. */
#define ALIAS_MAX 40
/* The most suffixes stacked on one name (科技集團控股有限公司 is 4): a
 * run of them past that ("公司公司公司…", 10^5 times) is no name, and
 * walking it from each of its suffixes would take quadratic time. */
#define STACK_MAX 6
/* The most names a set of documents keeps: a name is looked up among
 * them when read, so a flood of names (a generated list) stops here. */
#define NAMES_MAX 4096

static const struct { const char *name; enum fx_crole role; } roles[] = {
	{ "suffix", FX_C_SUFFIX }, { "exchange", FX_C_EXCHANGE },
	{ "stop", FX_C_STOP }, { "generic", FX_C_GENERIC },
	{ "joint", FX_C_JOINT }, { "head", FX_C_HEAD },
};

int fx_companies_load(struct fx_companies *c, zhen_ctx *ctx,
                      const char *text, size_t len)
{
	struct zhen__dict_iter it;
	size_t n = 0;

	memset(c, 0, sizeof *c);
	zhen__dict_iter_init(&it, text, len);
	while (zhen__dict_iter_next(&it))
		n++;
	if (!(c->w = calloc(n ? n : 1, sizeof *c->w)))
		return ZHEN_ENOMEM;
	zhen__dict_iter_init(&it, text, len);
	while (zhen__dict_iter_next(&it)) {
		struct fx_cform *w = &c->w[c->nw];
		size_t k = 0;
		while (k < sizeof roles / sizeof roles[0] &&
		       (it.nfields != 2 || strlen(roles[k].name) != it.flen[1] ||
		        memcmp(roles[k].name, it.field[1], it.flen[1])))
			k++;
		if (k == sizeof roles / sizeof roles[0] || !it.flen[0])
			return zhen__fail(ctx, ZHEN_EDICT, "companies.tsv:%zu: "
			                  "want form and role (suffix, exchange, "
			                  "stop, generic, joint, head)", it.lineno);
		if (!(w->text = malloc(it.flen[0] + 1)))
			return ZHEN_ENOMEM;
		memcpy(w->text, it.field[0], it.flen[0]);
		w->text[it.flen[0]] = 0;
		w->len = it.flen[0];
		w->role = roles[k].role;
		if (w->role == FX_C_SUFFIX)
			c->lead[(unsigned char)w->text[0]] = true;
		c->nw++;
	}
	return 0;
}

void fx_companies_free(struct fx_companies *c)
{
	for (size_t i = 0; i < c->nw; i++)
		free(c->w[i].text);
	for (size_t i = 0; i < c->nc; i++)
		free(c->c[i].form);
	free(c->w);
	free(c->c);
	memset(c, 0, sizeof *c);
}

static bool latin(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (c >= '0' && c <= '9') || c == '&' || c >= 0x80;
}

static bool han_at(const char *s, size_t len, size_t i)
{
	size_t k = i;
	int32_t cp = i < len ? zhen__utf8_next(s, len, &k) : -1;
	return cp >= 0x3400 && cp <= 0x9FFF;
}

/* The start of the code point that ends at @p i. */
static size_t cp_before(const char *s, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	return i;
}

/* The dictionary's form of @p role that ends at @p end / starts at
 * @p start, longest first; its length or 0. */
static size_t form_ending(const struct fx_companies *c, const char *s,
                          size_t end, enum fx_crole role)
{
	size_t best = 0;
	for (size_t k = 0; k < c->nw; k++)
		if (c->w[k].role == role && c->w[k].len <= end &&
		    c->w[k].len > best &&
		    !memcmp(s + end - c->w[k].len, c->w[k].text, c->w[k].len))
			best = c->w[k].len;
	return best;
}

static size_t form_at(const struct fx_companies *c, const char *s,
                      size_t len, size_t i, enum fx_crole role)
{
	size_t best = 0;
	for (size_t k = 0; k < c->nw; k++)
		if (c->w[k].role == role && c->w[k].len <= len - i &&
		    c->w[k].len > best &&
		    !memcmp(s + i, c->w[k].text, c->w[k].len))
			best = c->w[k].len;
	/* a Latin form is a whole word: "AG" is not the start of "AGM" */
	if (best && (unsigned char)s[i] < 0x80 && i + best < len &&
	    latin((unsigned char)s[i + best]) &&
	    latin((unsigned char)s[i + best - 1]))
		return 0;
	return best;
}

static bool is_generic(const struct fx_companies *c, const char *s,
                       size_t a, size_t b)
{
	size_t n = form_ending(c, s, b, FX_C_GENERIC);
	/* 大模型公司: the word before the suffix says what, not who */
	return n && b - n >= a && (b - n == a ||
	                           (unsigned char)s[b - n] >= 0x80 ||
	                           s[b - n - 1] == ' ');
}

/* A Han name ending at @p end: up to HAN_MAX characters, none a stop. */
static bool han_name(const struct fx_companies *c, const char *s, size_t end,
                     size_t *a)
{
	size_t i = end, n = 0;
	while (i > 0 && n < HAN_MAX && han_at(s, end, cp_before(s, i))) {
		size_t p = cp_before(s, i);
		if (form_ending(c, s, i, FX_C_STOP) == i - p)
			break;
		i = p;
		n++;
	}
	*a = i;
	return n >= 2 && !is_generic(c, s, i, end);
}

/* The Latin word that ends at @p e (ASCII letters, digits, &): its
 * start, @p e when there is none. */
static size_t word_before(const char *s, size_t e)
{
	size_t i = e;
	while (i > 0 && latin((unsigned char)s[i - 1]) &&
	       (unsigned char)s[i - 1] < 0x80)
		i--;
	return i;
}

static bool is_form(const struct fx_companies *c, const char *s, size_t a,
                    size_t b, enum fx_crole role)
{
	return b > a && form_ending(c, s, b, role) == b - a;
}

/* Whether the joining word at [@p w, @p e) joins the name after it to
 * the word before it: not when the two begin a phrase about a company
 * ("Shares of", "The Board of": 'head' rows), nor after a generic word
 * ("Parent of"); the name starts after the joining word then. */
static bool joins(const struct fx_companies *c, const char *s, size_t w,
                  size_t e)
{
	size_t p;

	if (w < 2 || s[w - 1] != ' ' || (p = word_before(s, w - 1)) == w - 1)
		return false;
	return !is_form(c, s, p, e, FX_C_HEAD) &&
	       !is_form(c, s, p, w - 1, FX_C_GENERIC);
}

/* Capitalised words ending at @p end, up to WORDS_MAX, with the joining
 * words of the 'joint' rows between two of them ("Bank of China", "Hong
 * Kong Exchanges and Clearing"); a leading generic word ("The Hong Kong
 * and China Gas") is not the name's. */
static bool latin_name(const struct fx_companies *c, const char *s,
                       size_t end, size_t *a)
{
	size_t i = end, words = 0, first = end;
	while (words < WORDS_MAX && i > 0) {
		size_t w = word_before(s, i);
		if (w == i)
			break;
		if (is_form(c, s, w, i, FX_C_JOINT) && words) {
			if (!joins(c, s, w, i))
				break;
			i = w - 1; /* the capitalised word before joins too */
			continue;
		}
		if (s[w] < 'A' || s[w] > 'Z')
			break;
		first = w;
		words++;
		if (w < 2 || s[w - 1] != ' ')
			break;
		i = w - 1;
	}
	/* "and" or "of" never starts a name: the loop stops on a word that
	 * is not capitalised, so first is a capitalised word's */
	size_t e = first;
	while (e < end && latin((unsigned char)s[e]) &&
	       (unsigned char)s[e] < 0x80)
		e++;
	if (words > 1 && is_form(c, s, first, e, FX_C_GENERIC) && e < end) {
		first = e + 1;
		words--;
	}
	*a = first;
	return words && !is_generic(c, s, first, end);
}

/* Suffixes stacked before @p end skipped (科技集團有限公司, "Group
 * Holding Ltd."): where the name itself ends. */
static size_t skip_suffixes(const struct fx_companies *c, const char *s,
                            size_t end)
{
	for (int k = 0; k <= STACK_MAX; k++) {
		size_t e = end;
		while (e > 0 && s[e - 1] == ' ')
			e--;
		size_t n = form_ending(c, s, e, FX_C_SUFFIX);
		if (!n || (e - n > 0 && (unsigned char)s[e - n] < 0x80 &&
		           latin((unsigned char)s[e - n - 1])))
			return e;
		end = e - n;
	}
	return 0; /* a run of suffixes: no name ends here */
}

struct found {
	size_t a, b;     /* the name as written */
	size_t alias_a, alias_b; /* its translation in brackets, or 0, 0 */
};

/* Does s[i..len) start with @p lit? */
static bool starts(const char *s, size_t len, size_t i, const char *lit)
{
	size_t n = strlen(lit);
	return i <= len && len - i >= n && !memcmp(s + i, lit, n);
}

static bool open_bracket(const char *s, size_t len, size_t i, size_t *n)
{
	*n = starts(s, len, i, "（") ? 3 : starts(s, len, i, "(") ? 1 : 0;
	return *n;
}

/* A stock code in brackets at @p i: (00020), （NYSE: BABA）. */
static bool stock_code(const struct fx_companies *c, const char *s,
                       size_t len, size_t i)
{
	size_t n, d = 0;
	if (!open_bracket(s, len, i, &n))
		return false;
	i += n;
	if (form_at(c, s, len, i, FX_C_EXCHANGE))
		return true;
	while (i + d < len && s[i + d] >= '0' && s[i + d] <= '9')
		d++;
	return d >= 4 && d <= 6 && i + d < len &&
	       (s[i + d] == ')' || starts(s, len, i + d, "）"));
}

/* A translation of the name in brackets at @p i: the other script's
 * words, its suffixes left out. */
static void alias_at(const struct fx_companies *c, const char *s, size_t len,
                     size_t i, bool han, struct found *x)
{
	size_t n, e;
	if (!open_bracket(s, len, i, &n))
		return;
	i += n;
	for (e = i; e < len && e - i <= ALIAS_MAX && s[e] != ')' &&
	            !starts(s, len, e, "）"); e++)
		if (han ? !latin((unsigned char)s[e]) && s[e] != ' ' &&
		          s[e] != '.' : (unsigned char)s[e] < 0x80)
			return; /* not all in the other script */
	if (e >= len || e - i > ALIAS_MAX || e == i)
		return;
	size_t end = skip_suffixes(c, s, e), a;
	if (han ? latin_name(c, s, end, &a) : han_name(c, s, end, &a)) {
		if (a == i) {
			x->alias_a = a;
			x->alias_b = end;
		}
	}
}

/* Names read at @p i of a paragraph's text: before a suffix or a stock
 * code. */
static bool name_at(const struct fx_companies *c, const char *s, size_t len,
                    size_t i, struct found *x, size_t *next)
{
	size_t n, end, after;
	bool code;

	*next = i + 1;
	/* most bytes start no suffix nor bracket: the table is not tried */
	if (!c->lead[(unsigned char)s[i]] && s[i] != '(' &&
	    !starts(s, len, i, "（"))
		return false;
	n = form_at(c, s, len, i, FX_C_SUFFIX);
	code = !n && stock_code(c, s, len, i);
	*next = i + (n ? n : 1);
	if (!n && !code)
		return false;
	/* a Latin suffix is a word of its own */
	if (n && (unsigned char)s[i] < 0x80 && (i < 2 || s[i - 1] != ' '))
		return false;
	end = skip_suffixes(c, s, i);
	after = i + n;
	for (int k = 0; n && k < STACK_MAX && after < len &&
	                form_at(c, s, len, after, FX_C_SUFFIX); k++)
		after += form_at(c, s, len, after, FX_C_SUFFIX);
	memset(x, 0, sizeof *x);
	x->b = end;
	bool han = end > 0 && han_at(s, end, cp_before(s, end));
	/* AI公司, "商湯 Group": a name is in its suffix's script */
	if (n && han != ((unsigned char)s[i] >= 0x80))
		return false;
	if (!(han ? han_name(c, s, end, &x->a) : latin_name(c, s, end, &x->a)))
		return false;
	alias_at(c, s, len, code ? i : after, han, x);
	return true;
}

/* The name as compared: Han characters in Simplified (商湯 and 商汤 are
 * one), Latin as written. Allocated; NULL when out of memory. */
static char *normal(zhen_ctx *ctx, const char *s, size_t a, size_t b)
{
	char *o = malloc(b - a + 1), tmp[4];
	size_t n = 0;
	if (!o)
		return NULL;
	for (size_t i = a; i < b;) {
		int32_t cp = zhen__utf8_next(s, b, &i);
		uint32_t v = cp >= 0x3400 ? zhen__convert_cp(ctx,
		                                             ZHEN_CONVERT_T2S, cp)
		                          : ZHEN__CP_OTHER;
		/* byte for byte, so that offsets into the text hold */
		if (v != ZHEN__CP_OTHER &&
		    zhen__utf8_put(tmp, (int32_t)(v & ~ZHEN__CP_KNOWN)) ==
		            zhen__utf8_put(tmp, cp))
			cp = (int32_t)(v & ~ZHEN__CP_KNOWN);
		n += zhen__utf8_put(o + n, cp);
	}
	o[n] = 0;
	return o;
}

/* The company id of name @p norm (taken: freed or kept), a new one, or
 * @p link's when the name is new and linked to another. */
static int intern(struct fx_companies *c, char *norm, size_t link, size_t *id)
{
	for (size_t k = 0; k < c->nc; k++)
		if (!strcmp(c->c[k].form, norm)) {
			free(norm);
			*id = c->c[k].id;
			return 0;
		}
	if (c->nc == NAMES_MAX) {
		free(norm);
		*id = SIZE_MAX;
		return 0;
	}
	if (c->nc == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		struct fx_company *v = realloc(c->c, cap * sizeof *v);
		if (!v) {
			free(norm);
			return ZHEN_ENOMEM;
		}
		c->c = v;
		c->cap = cap;
	}
	*id = link != SIZE_MAX ? link : c->nc;
	c->c[c->nc++] = (struct fx_company){ norm, *id };
	return 0;
}

/* Company @p from is company @p to (both were read before a document
 * wrote one's name with the other's in brackets): its names and the facts
 * already about it move over. */
static void merge(struct zhen_facts *f, size_t from, size_t to)
{
	struct fx_companies *c = &f->companies;
	for (size_t i = 0; i < f->n; i++)
		if (f->f[i].company == c->c[from].form)
			f->f[i].company = c->c[to].form;
	for (size_t k = 0; k < c->nc; k++)
		if (c->c[k].id == from)
			c->c[k].id = to;
}

static int read_names(struct zhen_facts *f, zhen_ctx *ctx, const char *s,
                      size_t len)
{
	struct fx_companies *c = &f->companies;

	for (size_t i = 0, next; i < len; i = next) {
		struct found x;
		size_t id, alias;
		int rc;
		if (!name_at(c, s, len, i, &x, &next))
			continue;
		char *n = normal(ctx, s, x.a, x.b);
		if (!n || (rc = intern(c, n, SIZE_MAX, &id)) < 0)
			return n ? rc : ZHEN_ENOMEM;
		if (id == SIZE_MAX || !x.alias_b)
			continue; /* NAMES_MAX reached, or no translation */
		if (!(n = normal(ctx, s, x.alias_a, x.alias_b)) ||
		    (rc = intern(c, n, id, &alias)) < 0)
			return n ? rc : ZHEN_ENOMEM;
		if (alias != id && alias != SIZE_MAX)
			merge(f, alias, id);
	}
	return 0;
}

/* Each use of a name: where, whose, and whether a suffix follows it (a
 * name said only with its suffix, "Smart City and Business Group", is
 * more likely a part of a company than the company a document is
 * about). */
struct use {
	size_t start, end, id;
	bool bare;
};

static bool whole_word(const char *s, size_t len, size_t a, size_t b)
{
	unsigned char first = (unsigned char)s[a], last = (unsigned char)s[b - 1];
	return !((first < 0x80 && a > 0 && latin((unsigned char)s[a - 1]) &&
	          (unsigned char)s[a - 1] < 0x80) ||
	         (last < 0x80 && b < len && latin((unsigned char)s[b]) &&
	          (unsigned char)s[b] < 0x80));
}

#define NBUCKET 4096
static size_t bucket(const char *s)
{
	return ((unsigned char)s[0] * 31u + (unsigned char)s[1]) % NBUCKET;
}

struct uses {
	struct use *v;
	size_t n, cap;
};

static int push_use(struct uses *u, const struct use *x)
{
	if (u->n == u->cap) {
		size_t cap = u->cap ? 2 * u->cap : 32;
		struct use *w = realloc(u->v, cap * sizeof *w);
		if (!w)
			return ZHEN_ENOMEM;
		u->v = w;
		u->cap = cap;
	}
	u->v[u->n++] = *x;
	return 0;
}

/* Every use in the text @p t (Han characters in Simplified, as the
 * names are) of every name the documents read so far, by the first two
 * bytes of each name. */
static int find_uses(struct uses *u, const struct fx_companies *c,
                     const char *t, size_t len)
{
	size_t *head = malloc(NBUCKET * sizeof *head);
	size_t *next = malloc((c->nc + 1) * sizeof *next);
	int rc = 0;

	if (!head || !next) {
		free(head);
		free(next);
		return ZHEN_ENOMEM;
	}
	for (size_t k = 0; k < NBUCKET; k++)
		head[k] = SIZE_MAX;
	for (size_t k = c->nc; k-- > 0;)
		if (strlen(c->c[k].form) >= 2) {
			size_t h = bucket(c->c[k].form);
			next[k] = head[h];
			head[h] = k;
		}
	for (size_t i = 0; i + 1 < len && !rc; i++)
		for (size_t k = head[bucket(t + i)]; k != SIZE_MAX && !rc;
		     k = next[k]) {
			size_t n = strlen(c->c[k].form), e = i + n;
			if (n > len - i || memcmp(t + i, c->c[k].form, n) ||
			    !whole_word(t, len, i, e))
				continue;
			size_t sp = e < len && t[e] == ' ' ? e + 1 : e;
			struct use x = { i, e, c->c[k].id,
			                 !form_at(c, t, len, sp, FX_C_SUFFIX) };
			rc = push_use(u, &x);
		}
	free(head);
	free(next);
	return rc;
}

/* A name inside a longer one ("Bank of China" in "Industrial and
 * Commercial Bank of China Limited") is no use of its own: the uses, in
 * text order, keep the longest of those that start at one place and drop
 * any that ends within one before it. */
static void drop_nested(struct uses *u)
{
	size_t n = 0, reach = 0;

	for (size_t i = 0; i < u->n; i++) {
		struct use x = u->v[i];
		if (n && u->v[n - 1].start == x.start) {
			if (x.end > u->v[n - 1].end)
				u->v[n - 1] = x;
		} else if (!n || x.end > reach) {
			u->v[n++] = x;
		}
		if (x.end > reach)
			reach = x.end;
	}
	u->n = n;
}

/* The company the document names most, bare at least once (a name said
 * only with its suffix, "Smart City and Business Group", is more likely
 * a part of a company); else the one company it names, if one; else
 * SIZE_MAX. @p count: room for a count per company. */
static size_t subject(const struct use *u, size_t n, size_t *count,
                      size_t ncompanies)
{
	size_t best = SIZE_MAX;
	bool one = n > 0;

	memset(count, 0, ncompanies * sizeof *count);
	for (size_t i = 0; i < n; i++) {
		count[u[i].id]++;
		one = one && u[i].id == u[0].id;
	}
	for (size_t i = 0; i < n; i++)
		if (u[i].bare && (best == SIZE_MAX ||
		                  count[u[i].id] > count[best]))
			best = u[i].id;
	return best != SIZE_MAX ? best : one ? u[0].id : SIZE_MAX;
}

/* The company named nearest the metric in the fact's sentence: the last
 * before it, else the first after it; else the document's subject. The
 * uses are in text order: the sentence's are found by bisection. */
static size_t company_of(const zhen_fact *x, const struct use *u, size_t n,
                         size_t subj)
{
	size_t lo = 0, hi = n, before = SIZE_MAX;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (u[mid].start < x->sent_start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < n && u[i].start < x->sent_end; i++) {
		if (u[i].end > x->sent_end)
			continue;
		if (u[i].end <= x->term_start)
			before = i;
		else if (u[i].start >= x->term_end && before == SIZE_MAX)
			return u[i].id;
	}
	return before != SIZE_MAX ? u[before].id : subj;
}

int fx_doc_companies(struct zhen_facts *f, zhen_ctx *ctx, const char *s,
                     size_t len, size_t first)
{
	struct uses u = { 0 };
	char *t;
	int rc;

	if ((rc = read_names(f, ctx, s, len)) < 0)
		return rc;
	if (!(t = normal(ctx, s, 0, len)))
		return ZHEN_ENOMEM;
	if ((rc = find_uses(&u, &f->companies, t, len)) < 0) {
		free(t);
		free(u.v);
		return rc;
	}
	drop_nested(&u);
	size_t *count = malloc((f->companies.nc + 1) * sizeof *count);
	if (!count) {
		free(t);
		free(u.v);
		return ZHEN_ENOMEM;
	}
	size_t subj = subject(u.v, u.n, count, f->companies.nc);
	free(count);
	for (size_t i = first; i < f->n; i++) {
		size_t id = company_of(&f->f[i], u.v, u.n, subj);
		if (id == SIZE_MAX)
			continue;
		f->f[i].company = f->companies.c[id].form;
		if (id == subj)
			f->f[i].flags |= ZHEN_FACT_SUBJECT;
	}
	free(t);
	free(u.v);
	return 0;
}
