/* check.c: the pipeline — documents (detect, segment, read quantities,
 * align, compare) and pre-aligned pairs. */
#include "internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Sentences between two kept places in a side's packed figures: a bead's
 * figures are read from the nearest place before it (8 bytes per
 * PACK_STRIDE sentences). */
#define PACK_STRIDE 16

/* A side's figures, packed (numbers/packed.c) from their reading to the
 * end of the check, a group a sentence, read in order: @c at is where
 * sentence @c next's group starts. The aligner and the comparison read
 * them there, a bead at a time; the public lists (q[] below) are unpacked
 * only when zhen_result_quantities() is asked: at 112 bytes a figure they
 * were the largest thing a document check held at its end. */
struct packed_side {
	struct zhen__qpack pack;
	size_t next, at;
	size_t *mark; /* mark[k]: where sentence k * PACK_STRIDE's group starts */
	struct zhen_quantities one; /* the sentence the aligner asked for */
	bool oom;                   /* the getter could not unpack one */
};

struct zhen_result {
	zhen_sentences *sent[2];
	/* One list per sentence, as the aligner and the report take them: a
	 * sentence without figures points at none[], the others at lists[],
	 * whose entries are all of one side's figures in one block, all[]. A
	 * document has hundreds of thousands of sentences and most hold one
	 * or two figures: a list of its own each cost twice the memory of
	 * the figures themselves. */
	zhen_quantities **q[2];
	struct zhen_quantities *lists[2], none[2];
	zhen_quantity *all[2];
	struct packed_side ps[2]; /* the figures q[] is made from */
	/* q[] is made on the first call of zhen_result_quantities(), which
	 * takes a const result: two threads reading one result must not
	 * both make it */
	pthread_mutex_t lock;
	bool lock_made;
	zhen_alignment *align;
	struct zhen_findings findings;
	zhen_script script;
	zhen_convert_mode convert;
	size_t accepted; /* findings a policy removed as accepted */
	struct zhen_findings accepted_f; /* ... themselves, for the HTML page */
};

/* --sentence-per-line: the user split the text already; each paragraph
 * (line) is one sentence and ICU is not consulted. */
static int lines_as_sentences(zhen_sentences **out, const zhen_doc *doc)
{
	struct zhen_sentences *s = calloc(1, sizeof *s);
	const char *bytes = zhen_doc_bytes(doc, NULL);

	*out = NULL;
	if (!s)
		return ZHEN_ENOMEM;
	for (size_t p = 0; p < zhen_doc_paragraph_count(doc); p++) {
		const zhen_paragraph *pa = zhen_doc_paragraph(doc, p);
		zhen_sentence se = { pa->off, pa->len, p, 0, 0 };
		for (size_t i = pa->off; i < pa->off + pa->len;) {
			int32_t cp = zhen__utf8_next(bytes, pa->off + pa->len, &i);
			if (cp != ' ' && cp != '\t' && cp != 0x3000 && cp != 0xA0)
				se.nchars++;
		}
		if (zhen__sentences_push(s, &se) < 0) {
			zhen_sentences_free(s);
			return ZHEN_ENOMEM;
		}
	}
	*out = s;
	return 0;
}

static int split(zhen_sentences **out, zhen_ctx *ctx, const zhen_doc *doc,
                 zhen_lang lang, const zhen_check_options *opts)
{
	if (opts->sentence_per_line)
		return lines_as_sentences(out, doc);
	return zhen_segment(out, ctx, doc, lang);
}

/* r->q[lang] from the figures of each sentence, @p first[i] the first of
 * sentence i in @p all (s->n + 1 entries). */
static int index_lists(zhen_result *r, zhen_lang lang,
                       struct zhen_quantities *all, const size_t *first)
{
	size_t n = r->sent[lang]->n, k = 0;
	zhen_quantity *q;

	/* the block is complete: it gives back what its growth left over */
	if (all->n && (q = realloc(all->q, all->n * sizeof *q)))
		all->q = q;
	r->all[lang] = all->q;
	all->q = NULL;
	for (size_t i = 0; i < n; i++)
		k += first[i + 1] > first[i];
	if (!(r->lists[lang] = calloc(k + 1, sizeof *r->lists[lang])))
		return ZHEN_ENOMEM;
	k = 0;
	for (size_t i = 0; i < n; i++) {
		size_t c = first[i + 1] - first[i];

		r->q[lang][i] = &r->none[lang];
		if (!c)
			continue;
		r->lists[lang][k] = (struct zhen_quantities){
			r->all[lang] + first[i], c, c };
		r->q[lang][i] = &r->lists[lang][k++];
	}
	return 0;
}

static void packed_free(struct packed_side *ps)
{
	free(ps->pack.b);
	free(ps->mark);
	free(ps->one.q);
	memset(ps, 0, sizeof *ps);
}

/* Move the reading place to sentence @p i's group: on from where it is
 * when that is no further than the nearest kept place. */
static int packed_seek(struct packed_side *ps, size_t i)
{
	size_t k = i / PACK_STRIDE;

	if (i < ps->next || k * PACK_STRIDE > ps->next) {
		ps->next = k * PACK_STRIDE;
		ps->at = ps->mark[k];
	}
	for (; ps->next < i; ps->next++) {
		ps->one.n = 0;
		if (zhen__qpack_next(&ps->one, &ps->pack, &ps->at) < 0)
			return ZHEN_ENOMEM;
	}
	return 0;
}

/* Append the figures of sentences [first, first+count) to @p dst. */
static int packed_read(struct zhen_quantities *dst, struct packed_side *ps,
                       size_t first, size_t count)
{
	if (!count)
		return 0;
	if (packed_seek(ps, first) < 0)
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < count; i++, ps->next++)
		if (zhen__qpack_next(dst, &ps->pack, &ps->at) < 0)
			return ZHEN_ENOMEM;
	return 0;
}

/* The aligner's getter: sentence i's figures unpacked into ps->one; NULL
 * (no figures) when out of memory, which ps->oom then tells the pipeline. */
static const zhen_quantities *packed_get(void *p, size_t i)
{
	struct packed_side *ps = p;

	ps->one.n = 0;
	if (packed_read(&ps->one, ps, i, 1) < 0) {
		ps->oom = true;
		return NULL;
	}
	return &ps->one;
}

static int extract_all(struct packed_side *ps, zhen_ctx *ctx,
                       const zhen_sentences *s, const zhen_doc *doc,
                       zhen_lang lang, zhen_convert_mode conv)
{
	const char *bytes = zhen_doc_bytes(doc, NULL);
	/* (美元，下同) holds for the rest of the document */
	struct zhen__carry carry = { 0 };
	unsigned char *b;

	if (!(ps->mark = malloc((s->n / PACK_STRIDE + 1) * sizeof *ps->mark)))
		return ZHEN_ENOMEM;
	for (size_t i = 0; i < s->n; i++) {
		const zhen_sentence se = zhen__sent(s, i);
		zhen_quantities *one;
		int rc = zhen__numbers_extract_carry(&one, ctx, lang, conv,
		                                     bytes + se.off, se.len,
		                                     se.off, &carry);

		if (i % PACK_STRIDE == 0)
			ps->mark[i / PACK_STRIDE] = ps->pack.n;
		if (rc >= 0)
			rc = zhen__qpack_group(&ps->pack, one->q, one->n);
		zhen_quantities_free(one);
		if (rc < 0)
			return rc;
	}
	/* the figures live to the end of the check: no room to grow */
	if (ps->pack.n && (b = realloc(ps->pack.b, ps->pack.n))) {
		ps->pack.b = b;
		ps->pack.cap = ps->pack.n;
	}
	return 0;
}

/* r->q[lang] from the packed figures. */
static int unpack_all(zhen_result *r, zhen_lang lang,
                      const struct packed_side *ps)
{
	const zhen_sentences *s = r->sent[lang];
	struct zhen_quantities all = { 0 };
	size_t *first = malloc((s->n + 1) * sizeof *first);
	int rc = ZHEN_ENOMEM;

	r->q[lang] = calloc(s->n + 1, sizeof *r->q[lang]);
	if (!r->q[lang] || !first)
		goto out;
	first[0] = 0;
	for (size_t i = 0, at = 0; i < s->n; i++) {
		if ((rc = zhen__qpack_next(&all, &ps->pack, &at)) < 0)
			goto out;
		first[i + 1] = all.n;
	}
	rc = index_lists(r, lang, &all, first);
out:
	free(all.q);
	free(first);
	return rc;
}

/* Gather the quantities of sentences [first, first+count) of one side. */
static int gather(struct zhen_quantities *dst, struct packed_side *ps,
                  size_t first, size_t count)
{
	dst->n = 0;
	return packed_read(dst, ps, first, count);
}

/* What the bead's place says of its findings: in head matter they are
 * info, in a doubtful stretch no error. */
static void settle(zhen_findings *f, bool demote, bool doubtful)
{
	for (size_t i = 0; i < f->n; i++) {
		if (demote)
			f->f[i].severity = ZHEN_SEV_INFO;
		else if (doubtful && f->f[i].severity == ZHEN_SEV_ERROR)
			f->f[i].severity = ZHEN_SEV_WARNING;
	}
}

static int append(struct zhen_findings *dst, const zhen_findings *src)
{
	for (size_t i = 0; src && i < src->n; i++)
		if (zhen__findings_push(dst, &src->f[i]) < 0)
			return ZHEN_ENOMEM;
	return 0;
}

/* TW2SP changes word lengths, so offsets would not map back to the user's
 * text. */
static int check_options(zhen_ctx *ctx, const zhen_check_options *opts)
{
	if (!zhen__check_options_ok(ctx, opts))
		return ZHEN_EUSAGE;
	if (opts->convert == ZHEN_CONVERT_TW2SP)
		return zhen__fail(ctx, ZHEN_EUSAGE, "tw2sp rewrites words and "
		                  "cannot be used for checking");
	if ((unsigned)opts->convert > ZHEN_CONVERT_TW2SP)
		return zhen__fail(ctx, ZHEN_EUSAGE, "unknown conversion mode %d",
		                  (int)opts->convert);
	if (opts->align.version < 1 ||
	    opts->align.version > ZHEN_ALIGN_OPTIONS_VERSION)
		return zhen__fail(ctx, ZHEN_EUSAGE, "align options version %u, "
		                  "expected %u", opts->align.version,
		                  ZHEN_ALIGN_OPTIONS_VERSION);
	return 0;
}

/* The bytes sentences @p first .. first + @p count - 1 span. */
static void bead_span(const zhen_sentences *s, size_t first, size_t count,
                      const char *bytes, const char **t, size_t *len)
{
	*t = NULL;
	*len = 0;
	if (!count || !s || first >= s->n || count > s->n - first)
		return;
	const zhen_sentence a = zhen__sent(s, first);
	const zhen_sentence z = zhen__sent(s, first + count - 1);
	*t = bytes + a.off;
	*len = z.off + z.len - a.off;
}

/* zhen_compare_text() on one bead: the texts let a lone identifier whose
 * digits the other side dropped be reported. */
static int compare_bead(zhen_findings **bf, zhen_ctx *ctx,
                        const zhen_result *r, const struct zhen_quantities *zq,
                        const struct zhen_quantities *eq, const zhen_bead *bd,
                        size_t b, const char *zbytes, const char *ebytes,
                        const zhen_check_options *opts)
{
	const char *zt, *et;
	size_t zl, el;
	bead_span(r->sent[0], bd->zh_first, bd->zh_count, zbytes, &zt, &zl);
	bead_span(r->sent[1], bd->en_first, bd->en_count, ebytes, &et, &el);
	return zhen_compare_text(bf, ctx, zq->q, zq->n, eq->q, eq->n, b, opts,
	                         zt, zl, et, el);
}

/* The pipeline up to the alignment: script, sentences, quantities (the
 * aligner's anchors), beads. */
static int align_documents(zhen_result *r, zhen_ctx *ctx, const zhen_doc *zh,
                           const zhen_doc *en, const zhen_check_options *opts)
{
	size_t zlen, elen;
	const char *zbytes = zhen_doc_bytes(zh, &zlen);
	const char *ebytes = zhen_doc_bytes(en, &elen);
	int rc;

	r->convert = opts->convert;
	r->script = ZHEN_SCRIPT_UNKNOWN;
	if (opts->convert == ZHEN_CONVERT_AUTO) {
		if ((rc = zhen_detect_script(&r->script, ctx, zbytes, zlen)) < 0)
			return rc;
		r->convert = zhen_convert_resolve(ZHEN_CONVERT_AUTO, r->script);
	}
	if ((rc = split(&r->sent[0], ctx, zh, ZHEN_LANG_ZH, opts)) < 0 ||
	    (rc = split(&r->sent[1], ctx, en, ZHEN_LANG_EN, opts)) < 0)
		return rc;
	zhen_align_side zside = { zbytes, zlen, r->sent[0], NULL };
	zhen_align_side eside = { ebytes, elen, r->sent[1], NULL };
	/* --sentence-per-line: the lines are sentences, not paragraphs, and
	 * a paragraph program over them would price them as paragraphs (a
	 * line left out cheap, two lines for one dear: the opposite of what
	 * translators do with sentences) */
	zhen_align_options ao = opts->align;
	if (opts->sentence_per_line)
		ao.use_paragraphs = 0;
	struct packed_side *ps = r->ps;
	struct zhen__qsource zq = { packed_get, &ps[0] };
	struct zhen__qsource eq = { packed_get, &ps[1] };
	if ((rc = extract_all(&ps[0], ctx, r->sent[0], zh, ZHEN_LANG_ZH,
	                      r->convert)) < 0 ||
	    (rc = extract_all(&ps[1], ctx, r->sent[1], en, ZHEN_LANG_EN,
	                      r->convert)) < 0 ||
	    (rc = zhen__align_sides_q(&r->align, ctx, &zside, &eside, &zq, &eq,
	                              &ao)) < 0)
		return rc;
	return ps[0].oom || ps[1].oom ? ZHEN_ENOMEM : 0;
}

/* Bead @p b compared into @p bf, settled by its place in the document. */
static int compare_one(zhen_findings **bf, zhen_result *r, zhen_ctx *ctx,
                       struct zhen_quantities *zq, struct zhen_quantities *eq,
                       size_t b, bool head, const char *zbytes,
                       const char *ebytes, const zhen_check_options *opts)
{
	const zhen_bead bv = zhen__bead(r->align, b), *bd = &bv;
	bool doubtful = bd->confidence < ZHEN__LOW_CONFIDENCE &&
	                bd->zh_count && bd->en_count;
	int rc;

	if ((rc = gather(zq, &r->ps[0], bd->zh_first, bd->zh_count)) < 0 ||
	    (rc = gather(eq, &r->ps[1], bd->en_first, bd->en_count)) < 0 ||
	    (rc = compare_bead(bf, ctx, r, zq, eq, bd, b, zbytes, ebytes,
	                       opts)) < 0)
		return rc;
	settle(*bf, head, doubtful);
	/* the first bead of a moved paragraph says so once */
	if (bd->moved && (!b || !r->align->b[b - 1].moved)) {
		zhen_finding fd = { .type = ZHEN_F_MOVED,
		                    .severity = ZHEN_SEV_INFO, .bead = b };
		int rc2 = zhen__findings_push(*bf, &fd);
		if (rc2 < 0)
			return rc2;
	}
	if (doubtful && (*bf)->n) {
		zhen_finding fd = { .type = ZHEN_F_ALIGNMENT,
		                    .severity = ZHEN_SEV_INFO, .bead = b };
		return zhen__findings_push(*bf, &fd);
	}
	return 0;
}

/* The aligned beads compared one by one into r->findings. Each bead's
 * findings wait for the next bead's: a figure the aligner left in the
 * neighbouring bead is found there (zhen_compare_across()). */
static int compare_documents(zhen_result *r, zhen_ctx *ctx,
                             const zhen_doc *zh, const zhen_doc *en,
                             const zhen_check_options *opts)
{
	struct zhen_quantities zq = { 0 }, eq = { 0 };
	zhen_findings *bf = NULL, *prev = NULL;
	const char *zbytes = zhen_doc_bytes(zh, NULL);
	const char *ebytes = zhen_doc_bytes(en, NULL);
	int rc = 0;

	/* Lines before the first paired bead that exist on one side only are
	 * a document's head matter: a headline, a dateline ("HONG KONG,
	 * March 3 -"), a byline, a view count. Their figures have no
	 * counterpart by nature, so they are reported as info, not as
	 * missing or extra warnings. */
	size_t head = 0;
	while (head < r->align->n &&
	       !(r->align->b[head].zh_count && r->align->b[head].en_count))
		head++;
	for (size_t b = 0; b < r->align->n; b++) {
		/* a moved bead's neighbours in the list are none in the
		 * English text */
		bool near = b && !r->align->b[b].moved &&
		            !r->align->b[b - 1].moved;
		if ((rc = compare_one(&bf, r, ctx, &zq, &eq, b, b < head, zbytes,
		                      ebytes, opts)) < 0 ||
		    (near &&
		     (rc = zhen_compare_across(prev, bf, ctx, opts)) < 0) ||
		    (rc = append(&r->findings, prev)) < 0)
			goto out;
		zhen_findings_free(prev);
		prev = bf;
		bf = NULL;
	}
	rc = append(&r->findings, prev);
out:
	free(zq.q);
	free(eq.q);
	zhen_findings_free(bf);
	zhen_findings_free(prev);
	return rc;
}

bool zhen__sentence_at(zhen_sentence *out, const struct zhen_sentences *s,
                       size_t off)
{
	size_t lo = 0, hi = s->n;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->c[mid].off <= off)
			lo = mid;
		else
			hi = mid;
	}
	if (s->n)
		*out = zhen__sent(s, lo);
	return s->n > 0;
}

/* The context of one side of a finding: the sentence its figure stands
 * in, or, for a finding without figures, its bead's text. */
static void id_context(const zhen_result *r, const zhen_finding *f, int l,
                       const char *bytes, const char **t, size_t *len)
{
	const zhen_quantity *q = l ? &f->en : &f->zh;
	const zhen_bead bv = zhen__bead(r->align, f->bead), *bd = &bv;

	if (l ? f->has_en : f->has_zh) {
		zhen_sentence se;
		bool found = zhen__sentence_at(&se, r->sent[l], q->start);
		*t = found ? bytes + se.off : NULL;
		*len = found ? se.len : 0;
	} else {
		bead_span(r->sent[l], l ? bd->en_first : bd->zh_first,
		          l ? bd->en_count : bd->zh_count, bytes, t, len);
	}
}

/* Every finding's id, from the sentences its figures stand in: lines
 * added elsewhere or a bead drawn differently leave it. */
static void set_ids(zhen_result *r, const zhen_doc *zh, const zhen_doc *en)
{
	const char *zb = zhen_doc_bytes(zh, NULL), *eb = zhen_doc_bytes(en, NULL);

	for (size_t i = 0; i < r->findings.n; i++) {
		zhen_finding *f = &r->findings.f[i];
		const char *zt, *et;
		size_t zl, el;
		id_context(r, f, 0, zb, &zt, &zl);
		id_context(r, f, 1, eb, &et, &el);
		zhen_finding_id(f->id, sizeof f->id, f, zt, zl, et, el);
	}
}

/* zhen_check_documents() and zhen_align_documents(): @p compare says
 * whether the beads are compared. */
static int run_documents(zhen_result **out, zhen_ctx *ctx, const zhen_doc *zh,
                         const zhen_doc *en, const zhen_check_options *opts,
                         bool compare, const char *fn)
{
	static const zhen_check_options defaults = ZHEN_CHECK_OPTIONS_INIT;
	zhen_result *r;
	int rc;

	if (!out)
		return zhen__einval(ctx, fn, "out is NULL");
	*out = NULL;
	if (!ctx || !zh || !en)
		return zhen__einval(ctx, fn, !ctx  ? "ctx is NULL"
		                             : !zh ? "zh is NULL"
		                                   : "en is NULL");
	if (!opts)
		opts = &defaults;
	if ((rc = check_options(ctx, opts)) < 0)
		return rc;
	if (!(r = calloc(1, sizeof *r)))
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	if (pthread_mutex_init(&r->lock, NULL)) {
		free(r);
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	}
	r->lock_made = true;
	if ((rc = align_documents(r, ctx, zh, en, opts)) < 0 ||
	    (compare && (rc = compare_documents(r, ctx, zh, en, opts)) < 0)) {
		/* the helpers return ENOMEM without a context to note it on */
		if (rc == ZHEN_ENOMEM)
			zhen__fail(ctx, rc, "out of memory");
		zhen_result_free(r);
		return rc;
	}
	if (compare)
		set_ids(r, zh, en);
	*out = r;
	return 0;
}

int zhen_check_documents(zhen_result **out, zhen_ctx *ctx, const zhen_doc *zh,
                         const zhen_doc *en, const zhen_check_options *opts)
{
	return run_documents(out, ctx, zh, en, opts, true, __func__);
}

int zhen_align_documents(zhen_result **out, zhen_ctx *ctx, const zhen_doc *zh,
                         const zhen_doc *en, const zhen_check_options *opts)
{
	return run_documents(out, ctx, zh, en, opts, false, __func__);
}

/* One pre-aligned pair; @p carry (NULL: none) is what the pairs before
 * it in its document declared, and takes what this one declares. The
 * figures read go to *@p q (when @p q is not NULL: zhen_check_pair_read())
 * or are freed. */
static int check_pair(zhen_findings **out, zhen_quantities *q[2],
                      zhen_ctx *ctx, struct zhen__carry *carry,
                      const char *zh, size_t zh_len, size_t zh_base,
                      const char *en, size_t en_len, size_t en_base,
                      const zhen_check_options *opts, const char *fn)
{
	zhen_quantities *zq = NULL, *eq = NULL;
	/* A single pair is too short to detect its script reliably, and
	 * converting a number's window is cheap and harmless on Simplified
	 * text, so AUTO converts. */
	zhen_convert_mode conv = opts ? opts->convert : ZHEN_CONVERT_AUTO;
	int rc;

	if (q)
		q[0] = q[1] = NULL;
	if (!out)
		return zhen__einval(ctx, fn, "out is NULL");
	*out = NULL;
	if (!ctx || ZHEN__NO_BYTES(zh, zh_len) || ZHEN__NO_BYTES(en, en_len))
		return zhen__einval(ctx, fn,
		                    !ctx                         ? "ctx is NULL"
		                    : ZHEN__NO_BYTES(zh, zh_len) ? "zh is NULL"
		                                                 : "en is NULL");
	if (opts && (rc = check_options(ctx, opts)) < 0)
		return rc;
	if (conv == ZHEN_CONVERT_AUTO)
		conv = ZHEN_CONVERT_T2S;
	if ((rc = carry ? zhen__numbers_extract_carry(&zq, ctx, ZHEN_LANG_ZH,
	                                              conv, zh, zh_len,
	                                              zh_base, carry)
	                : zhen_numbers_extract_all(&zq, ctx, ZHEN_LANG_ZH,
	                                           conv, zh, zh_len,
	                                           zh_base)) < 0 ||
	    (rc = carry ? zhen__numbers_extract_carry(&eq, ctx, ZHEN_LANG_EN,
	                                              conv, en, en_len,
	                                              en_base, carry)
	                : zhen_numbers_extract_all(&eq, ctx, ZHEN_LANG_EN,
	                                           conv, en, en_len,
	                                           en_base)) < 0)
		goto out;
	rc = zhen_compare_text(out, ctx, zq->q, zq->n, eq->q, eq->n, 0, opts,
	                       zh, zh_len, en, en_len);
	/* a pair is its own sentence: its sides are the ids' contexts */
	for (size_t i = 0; rc == 0 && i < (*out)->n; i++) {
		zhen_finding *f = &(*out)->f[i];
		zhen_finding_id(f->id, sizeof f->id, f, zh, zh_len, en, en_len);
	}
	if (rc == 0 && q) {
		q[0] = zq;
		q[1] = eq;
		zq = eq = NULL;
	}
out:
	zhen_quantities_free(zq);
	zhen_quantities_free(eq);
	return zhen__oom_note(ctx, rc);
}

int zhen_check_pair(zhen_findings **out, zhen_ctx *ctx, const char *zh,
                    size_t zh_len, size_t zh_base, const char *en,
                    size_t en_len, size_t en_base,
                    const zhen_check_options *opts)
{
	return check_pair(out, NULL, ctx, NULL, zh, zh_len, zh_base, en,
	                  en_len, en_base, opts, __func__);
}

/* A document's declarations, carried from pair to pair. */
struct zhen_carry {
	struct zhen__carry c;
};

int zhen_carry_new(zhen_carry **out)
{
	if (!out)
		return zhen__einval(NULL, __func__, "out is NULL");
	*out = calloc(1, sizeof **out);
	return *out ? 0 : ZHEN_ENOMEM;
}

void zhen_carry_free(zhen_carry *c)
{
	free(c);
}

int zhen_check_pair_in(zhen_findings **out, zhen_ctx *ctx, zhen_carry *carry,
                       const char *zh, size_t zh_len, size_t zh_base,
                       const char *en, size_t en_len, size_t en_base,
                       const zhen_check_options *opts)
{
	if (out && !carry) {
		*out = NULL;
		return zhen__einval(ctx, __func__, "carry is NULL");
	}
	return check_pair(out, NULL, ctx, carry ? &carry->c : NULL, zh, zh_len,
	                  zh_base, en, en_len, en_base, opts, __func__);
}

int zhen_check_pair_read(zhen_findings **out, zhen_quantities **zq,
                         zhen_quantities **eq, zhen_ctx *ctx,
                         zhen_carry *carry, const char *zh, size_t zh_len,
                         size_t zh_base, const char *en, size_t en_len,
                         size_t en_base, const zhen_check_options *opts)
{
	zhen_quantities *q[2];
	int rc;

	if (zq)
		*zq = NULL;
	if (eq)
		*eq = NULL;
	if (!zq || !eq) {
		if (out)
			*out = NULL;
		return zhen__einval(ctx, __func__, !zq ? "zq is NULL"
		                                       : "eq is NULL");
	}
	rc = check_pair(out, q, ctx, carry ? &carry->c : NULL, zh, zh_len,
	                zh_base, en, en_len, en_base, opts, __func__);
	*zq = q[0];
	*eq = q[1];
	return rc;
}

/* An untranslated unit: one info finding, the first Chinese figure (if
 * any) quoted so that the report shows what waits for a translation.
 * With @p carry (a unit of a document) its bare 元 takes the currency
 * declared before, and what it declares holds for the units after, as
 * a translated unit's would: the source is one document either way. */
static int untranslated(zhen_findings **out, zhen_ctx *ctx,
                        struct zhen__carry *carry, const zhen_unit *u,
                        const zhen_check_options *opts)
{
	zhen_convert_mode conv = opts ? opts->convert : ZHEN_CONVERT_AUTO;
	zhen_quantities *zq = NULL;
	zhen_finding fd = { .type = ZHEN_F_UNTRANSLATED,
	                    .severity = ZHEN_SEV_INFO };
	int rc;

	if (conv == ZHEN_CONVERT_AUTO)
		conv = ZHEN_CONVERT_T2S;
	if (!(*out = calloc(1, sizeof **out)))
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory");
	if ((rc = carry ? zhen__numbers_extract_carry(&zq, ctx, ZHEN_LANG_ZH,
	                                              conv, u->zh, u->zh_len,
	                                              0, carry)
	                : zhen_numbers_extract(&zq, ctx, ZHEN_LANG_ZH, conv,
	                                       u->zh, u->zh_len, 0)) < 0)
		goto out;
	/* the carry's reading has the latent numerals too: no figure */
	for (size_t i = 0; i < zq->n && !fd.has_zh; i++)
		if (!(zq->q[i].flags & ZHEN_QF_LATENT)) {
			fd.has_zh = 1;
			fd.zh = zq->q[i];
		}
	zhen_finding_id(fd.id, sizeof fd.id, &fd, u->zh, u->zh_len, u->en,
	                u->en_len);
	rc = zhen__findings_push(*out, &fd);
out:
	zhen_quantities_free(zq);
	if (rc < 0) {
		zhen_findings_free(*out);
		*out = NULL;
	}
	return rc;
}

/* zhen_check_unit() and zhen_check_unit_in(): @p carry NULL for none. */
static int check_unit(zhen_findings **out, zhen_ctx *ctx,
                      struct zhen__carry *carry, const zhen_unit *u,
                      const zhen_check_options *opts, const char *fn)
{
	if (!out)
		return zhen__einval(ctx, fn, "out is NULL");
	*out = NULL;
	if (!ctx)
		return zhen__einval(ctx, fn, "ctx is NULL");
	if (!u)
		return zhen__einval(ctx, fn, "u is NULL");
	if (u->flags & ZHEN_UNIT_UNTRANSLATED)
		return untranslated(out, ctx, carry, u, opts);
	return check_pair(out, NULL, ctx, carry, u->zh, u->zh_len, 0, u->en,
	                  u->en_len, 0, opts, fn);
}

int zhen_check_unit(zhen_findings **out, zhen_ctx *ctx, const zhen_unit *u,
                    const zhen_check_options *opts)
{
	return check_unit(out, ctx, NULL, u, opts, __func__);
}

int zhen_check_unit_in(zhen_findings **out, zhen_ctx *ctx, zhen_carry *carry,
                       const zhen_unit *u, const zhen_check_options *opts)
{
	if (out && !carry) {
		*out = NULL;
		return zhen__einval(ctx, __func__, "carry is NULL");
	}
	return check_unit(out, ctx, carry ? &carry->c : NULL, u, opts,
	                  __func__);
}

void zhen_result_free(zhen_result *r)
{
	if (!r)
		return;
	for (int l = 0; l < 2; l++) {
		free(r->q[l]);
		free(r->lists[l]);
		free(r->all[l]);
		packed_free(&r->ps[l]);
		zhen_sentences_free(r->sent[l]);
	}
	if (r->lock_made)
		pthread_mutex_destroy(&r->lock);
	zhen_alignment_free(r->align);
	free(r->findings.f);
	free(r->accepted_f.f);
	free(r);
}

const zhen_sentences *zhen_result_sentences(const zhen_result *r,
                                            zhen_lang lang)
{
	if (!r || (lang != ZHEN_LANG_ZH && lang != ZHEN_LANG_EN))
		return NULL;
	return r->sent[lang == ZHEN_LANG_EN];
}

const zhen_alignment *zhen_result_alignment(const zhen_result *r)
{
	return r ? r->align : NULL;
}

const zhen_findings *zhen_result_findings(const zhen_result *r)
{
	return r ? &r->findings : NULL;
}

struct zhen_findings *zhen__result_findings_mut(zhen_result *r)
{
	return &r->findings;
}

struct zhen_findings *zhen__result_accepted_mut(zhen_result *r)
{
	return &r->accepted_f;
}

void zhen__result_add_accepted(zhen_result *r, size_t n)
{
	r->accepted += n;
}

const zhen_findings *zhen_result_accepted_findings(const zhen_result *r)
{
	return r ? &r->accepted_f : NULL;
}

size_t zhen_result_accepted(const zhen_result *r)
{
	return r ? r->accepted : 0;
}

const zhen_quantities *zhen_result_quantities(const zhen_result *r,
                                              zhen_lang lang, size_t i)
{
	if (!r || (lang != ZHEN_LANG_ZH && lang != ZHEN_LANG_EN))
		return NULL;
	int l = lang == ZHEN_LANG_EN;
	if (!r->sent[l] || i >= r->sent[l]->n ||
	    zhen__result_unpack(r) < 0 || !r->q[l])
		return NULL;
	return r->q[l][i];
}

/* Free a side's lists that unpack_all() left half made. */
static void lists_free(zhen_result *r, int l)
{
	free(r->q[l]);
	free(r->lists[l]);
	free(r->all[l]);
	r->q[l] = NULL;
	r->lists[l] = NULL;
	r->all[l] = NULL;
}

int zhen__result_unpack(const zhen_result *cr)
{
	/* the lists are a cache of the packed figures: making them changes
	 * nothing the caller can see but memory */
	zhen_result *r = (zhen_result *)(uintptr_t)cr;
	int rc = 0;

	if (!r->lock_made)
		return 0;
	pthread_mutex_lock(&r->lock);
	for (int l = 0; l < 2 && rc == 0; l++)
		if (!r->q[l] && r->sent[l] &&
		    (rc = unpack_all(r, (zhen_lang)l, &r->ps[l])) < 0)
			lists_free(r, l);
	pthread_mutex_unlock(&r->lock);
	return rc;
}

zhen_script zhen_result_script(const zhen_result *r)
{
	return r ? r->script : ZHEN_SCRIPT_UNKNOWN;
}

zhen_convert_mode zhen_result_convert(const zhen_result *r)
{
	return r ? r->convert : ZHEN_CONVERT_NONE;
}
