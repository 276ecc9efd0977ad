/* build.c: the facts of one document. For each sentence: the metric terms
 * of dicts/metrics.tsv, the figures each term owns (the next figures of
 * its kind in the same clause, or a list of them), the period they are
 * about (period.c), and whether the term is about a part of the company
 * (a segment). Nothing is compared here (compare.c). */
#include "facts_internal.h"

#include <stdlib.h>
#include <string.h>

/* How far a figure may stand after its term, in bytes: "net loss for the
 * year attributable to shareholders amounted to RMB 6.093 billion" is about
 * the widest a writer puts them; Chinese (3 bytes a character) is as wide
 * at 24 characters. Further, the figure is more likely another's. */
#define OWN_NEAR 72
#define MAXTERMS 64
#define MAXMENTIONS 32

struct term_at {
	size_t start, end;
	const struct fx_term *t;
};

/* One sentence being read, and the document around it. */
struct sent {
	struct zhen_facts *f;
	size_t doc;
	const zhen_doc *d;
	const char *s;        /* the document's analysis text */
	size_t slen;
	size_t start, end;    /* the sentence */
	bool zh;
	const zhen_quantity *q; /* the sentence's quantities */
	size_t nq;
	struct term_at terms[MAXTERMS];
	size_t nterms;
	struct fx_mention m[MAXMENTIONS];
	size_t nm;
	size_t owner[FX_MAXQ]; /* term index per quantity, or SIZE_MAX */
	size_t para;          /* the paragraph's index */
};

/* The period in force where a sentence names none: the last one said, in
 * this paragraph or the one before (news reads "in 2022 ..." then "The
 * net loss ..." in the next paragraph). */
struct carry {
	zhen_period p;
	size_t line, para;
	bool set;
	bool fiscal; /* p was said as a financial year */
	/* the month the document's years end in, from its first "year
	 * ended" date that is not December 31 (0: none said) */
	int32_t fy_end;
};

static size_t next_cp(const char *s, size_t i)
{
	return i + zhen__utf8_len((unsigned char)s[i]);
}

static void find_terms(struct sent *st)
{
	st->nterms = 0;
	for (size_t i = st->start; i < st->end && st->nterms < MAXTERMS;) {
		const struct fx_term *t = fx_match(&st->f->tab, st->s, st->end,
		                                   i, true);
		if (!t) {
			i = next_cp(st->s, i);
			continue;
		}
		st->terms[st->nterms++] = (struct term_at){ i, i + t->len, t };
		i += t->len;
	}
}

/* Does [a, b) hold a sentence's or a clause's end? A Chinese clause ends
 * at ；：。 (not at ，, which joins a figure to its term as often as it
 * parts them: 營業收入17.4億元，同比增長21%); English at ; and :. */
static bool has_stop(const char *s, size_t a, size_t b)
{
	static const char *const stops[] = { ";", ":", "；", "：", "。",
	                                     "!", "?", "！", "？" };
	for (size_t i = a; i < b; i++)
		for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++)
			if (!strncmp(s + i, stops[k], strlen(stops[k])) &&
			    i + strlen(stops[k]) <= b)
				return true;
	return false;
}

/* Only a list's joints between two figures: 34億元、50億元 and "RMB 5
 * billion, RMB 12.2 billion, and USD 6 billion". */
static bool list_joint(const char *s, size_t a, size_t b)
{
	static const char *const joints[] = { "、", "，", ",", " ", "和",
	                                      "及", "与", "與", "and", "以及" };
	for (size_t i = a; i < b;) {
		size_t k, n = 0;
		for (k = 0; k < sizeof joints / sizeof joints[0]; k++) {
			n = strlen(joints[k]);
			if (i + n <= b && !strncmp(s + i, joints[k], n))
				break;
		}
		if (k == sizeof joints / sizeof joints[0])
			return false;
		i += n;
	}
	return true;
}

/* A figure that says a change, not a level: 增加5億元, "rose by 12%". A
 * loss's own word ("a loss of", 虧損) marks its figure a decrease too, so
 * for a loss only a word of growth disqualifies. */
static bool is_change(const zhen_quantity *q, const struct fx_term *t)
{
	if (q->flags & ZHEN_QF_INCREASE)
		return true;
	return q->flags & ZHEN_QF_DECREASE && strcmp(t->family, "loss");
}

/* A term right after figure i, joined to it by one word of the
 * '=before' rows ("RMB 6.1 billion in net loss", 6.1億元的淨虧損). */
static size_t term_after(const struct sent *st, size_t i)
{
	const zhen_quantity *x = &st->q[i];
	const char *s = st->s;
	size_t k = 0, p = x->end;

	while (k < st->nterms && st->terms[k].start < x->end)
		k++;
	if (k == st->nterms || !fx_kind_fits(st->terms[k].t->role, x) ||
	    is_change(x, st->terms[k].t))
		return SIZE_MAX;
	while (p < st->terms[k].start && s[p] == ' ')
		p++;
	const struct fx_term *w = fx_match(&st->f->tab, s, st->terms[k].start,
	                                   p, false);
	if (!w || w->role != FX_BEFORE)
		return SIZE_MAX;
	for (p += w->len; p < st->terms[k].start && s[p] == ' ';)
		p++;
	return p == st->terms[k].start ? k : SIZE_MAX;
}

/* The term that owns quantity i: the same as the figure before it when
 * only a list's joints part them, else a term it stands right before
 * (term_after()), else the nearest term before it in the clause, when
 * that term takes this kind of figure. */
static size_t owner_of(const struct sent *st, size_t i, size_t prev)
{
	const zhen_quantity *x = &st->q[i];
	size_t after = term_after(st, i);

	if (after != SIZE_MAX)
		return after;
	if (prev != SIZE_MAX && st->owner[prev] != SIZE_MAX &&
	    st->q[prev].kind == x->kind &&
	    list_joint(st->s, st->q[prev].end, x->start))
		return st->owner[prev];
	for (size_t k = st->nterms; k-- > 0;) {
		const struct term_at *ta = &st->terms[k];
		if (ta->end > x->start)
			continue;
		if (!fx_kind_fits(ta->t->role, x) || is_change(x, ta->t) ||
		    x->start - ta->end > OWN_NEAR ||
		    has_stop(st->s, ta->end, x->start))
			return SIZE_MAX;
		/* another figure of the kind between them is the term's */
		for (size_t j = 0; j < i; j++)
			if (st->q[j].start >= ta->end && st->owner[j] == k)
				return SIZE_MAX;
		return k;
	}
	return SIZE_MAX;
}

static void assign_owners(struct sent *st)
{
	size_t prev = SIZE_MAX;

	for (size_t i = 0; i < st->nq; i++) {
		st->owner[i] = SIZE_MAX;
		/* a conversion in brackets belongs to the figure before */
		if (st->q[i].flags & (ZHEN_QF_CONVERSION | ZHEN_QF_LATENT) ||
		    st->q[i].flags & ZHEN_QF_RANGE)
			continue;
		st->owner[i] = owner_of(st, i, prev);
		if (st->owner[i] != SIZE_MAX)
			prev = i;
	}
}

/* Where the term's clause starts: after the last ，；：。 before it in
 * Chinese, the sentence's start in English (whose commas part a subject
 * from its figure: "Its Hong Kong subsidiary, Hansheng, posted ..."). */
static size_t clause_start(const struct sent *st, size_t pos)
{
	static const char *const marks[] = { "，", "；", "：", "。", ";" };
	size_t from = st->start;

	for (size_t i = st->start; i < pos; i++)
		for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
			if (!strncmp(st->s + i, marks[k], strlen(marks[k])) &&
			    (st->zh || !strcmp(marks[k], ";")))
				from = i + strlen(marks[k]);
	return from;
}

/* A word of the '=source' rows at @p i that names a source, not the start
 * of a range (从2018年到2023年, "from RMB 1.2 billion"): no figure right
 * after it. */
static bool source_at(const struct sent *st, size_t i)
{
	const struct fx_term *t = fx_match(&st->f->tab, st->s, st->end, i,
	                                   false);
	if (!t || t->role != FX_SOURCE)
		return false;
	size_t p = i + t->len;
	while (p < st->end && st->s[p] == ' ')
		p++;
	for (size_t j = 0; j < st->nq; j++)
		if (st->q[j].start == p)
			return false;
	return true;
}

static bool source_in(const struct sent *st, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (source_at(st, i))
			return true;
	return false;
}

/* An income said with where it came from (从出版商那里获得了300万美元的收
 * 入, 来自海外的收入, "income of $3 million from the publisher"): one
 * source's part of what its subject earns, never the whole, so read as a
 * segment's. Chinese names the source in the clause before the term or
 * between it and its figure, English after the term: between it and the
 * figure, or right after the later of the two. */
static bool from_source(const struct sent *st, const struct term_at *ta,
                        const zhen_quantity *v)
{
	size_t lo = ta->end < v->end ? ta->end : v->end;
	size_t hi = ta->start > v->start ? ta->start : v->start;
	size_t last = ta->end > v->end ? ta->end : v->end;

	if (st->zh)
		return source_in(st, clause_start(st, ta->start), ta->start) ||
		       source_in(st, ta->end, v->start);
	while (last < st->end && st->s[last] == ' ')
		last++;
	return source_in(st, lo, hi) || (last < st->end && source_at(st, last));
}

/* A term about a part of the company: a segment word in its clause before
 * it or between it and its figure (業務收入, "revenue from the automotive
 * business"), or a Latin word right before a Chinese term or an acronym
 * before an English one (AI收入, "traditional AI revenue"): the name of a
 * line of business, since the company's own revenue is said bare. */
static bool is_segment(const struct sent *st, const struct term_at *ta,
                       size_t value_start)
{
	const char *s = st->s;
	size_t i = ta->start;

	if (fx_has_role(&st->f->tab, s, clause_start(st, ta->start),
	                ta->start, FX_SEGMENT) ||
	    fx_has_role(&st->f->tab, s, ta->end, value_start, FX_SEGMENT))
		return true;
	while (i > st->start && s[i - 1] == ' ')
		i--;
	size_t e = i, upper = 0, letters = 0;
	while (i > st->start && ((s[i - 1] >= 'A' && s[i - 1] <= 'Z') ||
	                         (s[i - 1] >= 'a' && s[i - 1] <= 'z'))) {
		upper += s[i - 1] <= 'Z';
		letters++;
		i--;
	}
	if (!letters)
		return false;
	/* Chinese: any Latin word; English: an acronym (two capitals or
	 * more, all capitals), not an ordinary adjective ("total") */
	return st->zh ? e > i : letters >= 2 && upper == letters;
}

static bool relative_between(const struct sent *st, size_t a, size_t b)
{
	return a < b && fx_has_role(&st->f->tab, st->s, a, b, FX_RELATIVE);
}

/* A half's word (interim, 1H, 上半財年) no year took, in s[a, b): "revenue
 * for 2023, while the interim revenue was": that figure is of a half,
 * and not of the year before it nor of one carried. */
static bool half_between(const struct sent *st, size_t a, size_t b)
{
	return a < b && (fx_has_role(&st->f->tab, st->s, a, b, FX_HALF1) ||
	                 fx_has_role(&st->f->tab, st->s, a, b, FX_HALF2));
}

/* The period of a term whose first figure is at @p v: one said between
 * them ("revenue in 2022 was"), else the nearest before the term in the
 * sentence, else one right after the figure; NULL when none, or when a
 * year said relative to the writer's day (去年) or a half's word no year
 * took stands in between. */
static const struct fx_mention *period_of(const struct sent *st,
                                          const struct term_at *ta,
                                          const zhen_quantity *v)
{
	const struct fx_mention *best = NULL;

	for (size_t k = 0; k < st->nm; k++)
		if (st->m[k].start >= ta->end && st->m[k].end <= v->start)
			best = &st->m[k];
	if (best)
		return best;
	for (size_t k = 0; k < st->nm; k++)
		if (st->m[k].end <= ta->start)
			best = &st->m[k];
	if (best)
		return relative_between(st, best->end, v->start) ||
		       half_between(st, best->end, v->start) ? NULL : best;
	for (size_t k = 0; k < st->nm; k++)
		if (st->m[k].start >= v->end &&
		    st->m[k].start - v->end <= OWN_NEAR / 2 &&
		    !has_stop(st->s, v->end, st->m[k].start))
			return &st->m[k];
	return NULL;
}

static int emit(struct sent *st, const struct term_at *ta, size_t qi,
                zhen_period p, size_t pline, unsigned flags)
{
	zhen_fact x;

	memset(&x, 0, sizeof x);
	x.doc = st->doc;
	x.metric = ta->t->metric;
	x.family = ta->t->family;
	x.period = p;
	x.line = zhen_doc_line_of(st->d, st->q[qi].start);
	x.period_line = pline ? pline : x.line;
	x.term_start = ta->start;
	x.term_end = ta->end;
	x.sent_start = st->start;
	x.sent_end = st->end;
	x.value = st->q[qi];
	x.flags = flags;
	if (qi + 1 < st->nq && st->q[qi + 1].flags & ZHEN_QF_CONVERSION) {
		x.conversion = st->q[qi + 1];
		x.flags |= ZHEN_FACT_CONVERTED;
	}
	return fx_push_fact(st->f, &x);
}

/* The facts of term k: its figures v[0..n), one per year of a range of
 * the same length, else one figure with the term's period. Two figures or
 * more without such a list ("rose from RMB 1.2 billion to RMB 1.5
 * billion") give none: which is the period's is not known. */
static int term_facts(struct sent *st, size_t k, struct carry *cy)
{
	const struct term_at *ta = &st->terms[k];
	size_t v[FX_MAXQ], n = 0;

	for (size_t i = 0; i < st->nq; i++)
		if (st->owner[i] == k)
			v[n++] = i;
	if (!n)
		return 0;
	const struct fx_mention *m = period_of(st, ta, &st->q[v[0]]);
	unsigned flags = is_segment(st, ta, st->q[v[0]].start) ||
	                 from_source(st, ta, &st->q[v[0]])
	                         ? ZHEN_FACT_SEGMENT : 0;
	if (n > 1) {
		if (!m || m->p.part != ZHEN_PERIOD_YEAR ||
		    (size_t)(m->year_to - m->p.year + 1) != n)
			return 0;
		for (size_t j = 0; j < n; j++) {
			zhen_period p = { m->p.year + (int32_t)j,
			                  ZHEN_PERIOD_YEAR, 0 };
			int rc = emit(st, ta, v[j], p, 0,
			              flags | ZHEN_FACT_LIST);
			if (rc < 0)
				return rc;
		}
		return 0;
	}
	zhen_period p = { 0, ZHEN_PERIOD_YEAR, 0 };
	size_t pline = 0;
	if (m && m->year_to == m->p.year) {
		p = m->p;
		flags |= m->fiscal ? ZHEN_FACT_FISCAL : 0;
	} else if (!m && cy->set &&
	           !relative_between(st, st->start, st->q[v[0]].start) &&
	           !half_between(st, st->start, st->q[v[0]].start)) {
		p = cy->p;
		pline = cy->line;
		flags |= ZHEN_FACT_CARRIED | (cy->fiscal ? ZHEN_FACT_FISCAL : 0);
		/* a paragraph that uses the period keeps it in force: "In
		 * 2023 ..." / "Gross profit ..." / "The net loss ..." */
		cy->para = st->para;
	}
	/* "the first half of the year": the year in force */
	if (m && !p.year && cy->set && p.part != ZHEN_PERIOD_YEAR &&
	    !relative_between(st, st->start, st->q[v[0]].start)) {
		p.year = cy->p.year;
		pline = cy->line;
		flags |= ZHEN_FACT_CARRIED;
	}
	return emit(st, ta, v[0], p, pline, flags);
}

/* The period the sentence leaves in force: its last single period with a
 * year. */
static void update_carry(const struct sent *st, struct carry *cy,
                         size_t para)
{
	/* a year ended 31 March, or the six months ended 30 September */
	for (size_t k = 0; k < st->nm && !cy->fy_end; k++)
		if (st->m[k].p.end_month >= 1 && st->m[k].p.end_month <= 11)
			cy->fy_end = st->m[k].p.end_month;
	for (size_t k = st->nm; k-- > 0;)
		if (st->m[k].p.year && st->m[k].year_to == st->m[k].p.year) {
			cy->p = st->m[k].p;
			cy->fiscal = st->m[k].fiscal;
			cy->line = zhen_doc_line_of(st->d, st->m[k].start);
			cy->para = para;
			cy->set = true;
			return;
		}
}

static int read_sentence(struct sent *st, struct carry *cy, size_t para)
{
	int rc;

	st->para = para;
	if (cy->set && cy->para + 1 < para)
		cy->set = false;
	st->nm = fx_mentions(st->m, MAXMENTIONS, &st->f->tab, st->s,
	                     st->slen, st->q, st->nq);
	find_terms(st);
	assign_owners(st);
	for (size_t k = 0; k < st->nterms; k++)
		if ((rc = term_facts(st, k, cy)) < 0)
			return rc;
	update_carry(st, cy, para);
	return 0;
}

/* The rates a paragraph's conversions in brackets state. */
static int paragraph_rates(struct zhen_facts *f, size_t doc,
                           const zhen_doc *d, const zhen_quantities *q)
{
	size_t n = zhen_quantities_count(q);

	for (size_t i = 0; i + 1 < n; i++) {
		const zhen_quantity *a = zhen_quantities_get(q, i);
		const zhen_quantity *b = zhen_quantities_get(q, i + 1);
		zhen_rate r;
		if (!(b->flags & ZHEN_QF_CONVERSION) || !fx_rate_of(&r, a, b))
			continue;
		r.doc = doc;
		r.line = zhen_doc_line_of(d, a->start);
		int rc = fx_push_rate(&f->rates, &f->nrates, &f->rcap, &r);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* Chinese when its Han characters are at least a third of its Latin
 * letters (the rule zhen check's input test uses), per paragraph: an
 * English article may quote a Chinese paragraph, a Chinese headline top an
 * English article. */
static bool paragraph_is_zh(const char *s, size_t len)
{
	size_t han = 0, latin = 0;

	for (size_t i = 0; i < len;) {
		int32_t cp = zhen__utf8_next(s, len, &i);
		if (cp >= 0x4E00 && cp <= 0x9FFF)
			han++;
		else if ((cp | 32) >= 'a' && (cp | 32) <= 'z')
			latin++;
	}
	return han && han * 3 >= latin;
}

static int read_paragraph(struct sent *st, zhen_ctx *ctx,
                          const zhen_paragraph *pa, zhen_convert_mode conv,
                          struct carry *cy, size_t para)
{
	zhen_quantities *q = NULL;
	zhen_sentences *ss = NULL;
	zhen_lang lang;
	int rc;

	st->zh = paragraph_is_zh(st->s + pa->off, pa->len);
	lang = st->zh ? ZHEN_LANG_ZH : ZHEN_LANG_EN;
	if ((rc = zhen_numbers_extract(&q, ctx, lang,
	                               st->zh ? conv : ZHEN_CONVERT_NONE,
	                               st->s + pa->off, pa->len, pa->off)) < 0 ||
	    (rc = zhen_segment_text(&ss, ctx, st->s + pa->off, pa->len,
	                            lang)) < 0 ||
	    (rc = paragraph_rates(st->f, st->doc, st->d, q)) < 0)
		goto out;
	size_t nq = zhen_quantities_count(q), qi = 0;
	for (size_t k = 0; k < zhen_sentences_count(ss); k++) {
		const zhen_sentence se = zhen__sent(ss, k);
		st->start = pa->off + se.off;
		st->end = st->start + se.len;
		while (qi < nq && zhen_quantities_get(q, qi)->start < st->start)
			qi++;
		st->q = qi < nq ? zhen_quantities_get(q, qi) : NULL;
		for (st->nq = 0; qi + st->nq < nq && st->nq < FX_MAXQ &&
		                 st->q[st->nq].start < st->end;)
			st->nq++;
		if ((rc = read_sentence(st, cy, para)) < 0)
			goto out;
	}
out:
	zhen_quantities_free(q);
	zhen_sentences_free(ss);
	return rc;
}

/* A financial year said bare (FY2023, 2023財年), or a half of one (1H
 * FY2024), ends where its company's years end: the month of a "year
 * ended" date (or a half's "six months ended") of its own document, else
 * of any document's fact about the same company (the results
 * announcement says 截至2023年3月31日止年度, the news story FY2023). FY2023
 * of a company whose years end on March 31 is the year to March 2023,
 * not calendar 2023. The facts from @p from on are the new document's. */
static int fiscal_ends(struct zhen_facts *f, size_t from, int32_t fy_end)
{
	for (size_t i = from; i < f->n; i++) {
		zhen_fact *x = &f->f[i];
		if (x->flags & ZHEN_FACT_FISCAL && !x->period.end_month)
			x->period.end_month = fy_end;
		else if (!(x->flags & ZHEN_FACT_FISCAL) &&
		         x->period.end_month >= 1 && x->period.end_month <= 11) {
			if (!zhen__grow((void **)&f->dated, &f->dtcap,
			                f->ndated + 1, sizeof *f->dated))
				return ZHEN_ENOMEM;
			f->dated[f->ndated++] = i;
		}
	}
	for (size_t i = 0; i < f->n; i++) {
		zhen_fact *x = &f->f[i];
		if (!(x->flags & ZHEN_FACT_FISCAL) || x->period.end_month)
			continue;
		for (size_t k = 0; k < f->ndated; k++)
			if (zhen__facts_same_company(x, &f->f[f->dated[k]])) {
				x->period.end_month =
					f->f[f->dated[k]].period.end_month;
				break;
			}
	}
	return 0;
}

int zhen_facts_add_doc(zhen_facts *f, zhen_ctx *ctx, const zhen_doc *doc,
                       const char *name, zhen_convert_mode conv)
{
	struct carry cy = { { 0, ZHEN_PERIOD_YEAR, 0 }, 0, 0, false, false, 0 };
	struct sent *st;
	int rc = 0;

	if (!f || !ctx || !doc || !name)
		return zhen__einval(ctx, __func__, "f, ctx, doc or name is NULL");
	/* AUTO needs a script detected, which is zhen_convert_resolve()'s */
	if ((unsigned)conv > ZHEN_CONVERT_TW2SP || conv == ZHEN_CONVERT_AUTO)
		return zhen__fail(ctx, ZHEN_EUSAGE, "zhen_facts_add_doc: "
		                  "conversion auto or out of range");
	if (f->ndocs == f->dcap) {
		size_t cap = f->dcap ? 2 * f->dcap : 8;
		struct fx_doc *v = realloc(f->docs, cap * sizeof *v);
		if (!v)
			return ZHEN_ENOMEM;
		f->docs = v;
		f->dcap = cap;
	}
	size_t nlen = strlen(name);
	if (!(f->docs[f->ndocs].name = malloc(nlen + 1)) ||
	    !(st = calloc(1, sizeof *st))) {
		free(f->docs[f->ndocs].name);
		return ZHEN_ENOMEM;
	}
	memcpy(f->docs[f->ndocs].name, name, nlen + 1);
	f->docs[f->ndocs].doc = doc;
	*st = (struct sent){ .f = f, .doc = f->ndocs, .d = doc };
	st->s = zhen_doc_bytes(doc, NULL);
	f->ndocs++;
	size_t nfacts = f->n, nrates = f->nrates;
	for (size_t p = 0; p < zhen_doc_paragraph_count(doc) && !rc; p++) {
		const zhen_paragraph *pa = zhen_doc_paragraph(doc, p);
		st->slen = pa->off + pa->len;
		rc = read_paragraph(st, ctx, pa, conv, &cy, p);
	}
	if (!rc) {
		size_t len;
		const char *s = zhen_doc_bytes(doc, &len);
		if ((rc = fx_doc_companies(f, ctx, s, len, nfacts)) == 0)
			rc = fiscal_ends(f, nfacts, cy.fy_end);
	}
	free(st);
	if (rc < 0) { /* as before the call: no half-read document */
		f->n = nfacts;
		f->nrates = nrates;
		while (f->ndated && f->dated[f->ndated - 1] >= nfacts)
			f->ndated--;
		free(f->docs[--f->ndocs].name);
	}
	return rc;
}
