/* numbers/api.c: zhen_numbers_extract(): a text prepared, converted around
 * its candidates, and scanned, each candidate handed to en_at() or zh_at();
 * and the quantity list. */
#include "reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int scan_en(struct scan *sc)
{
	const struct table *t = &sc->d->t[TB_ENW];
	const char *s = sc->s;
	size_t len = sc->len;
	int rc;

	for (size_t i = 0; i < len;) {
		size_t next = i + 1;
		char c = s[i];
		if (is_alpha(c)) {
			/* nr_en_at() returns at once on a word that starts no
			 * entry (nr_lead_kinds()); its cheapest test comes
			 * first here, as most words fail it */
			size_t w = word_end(s, i + 1);
			if ((i > 0 && is_alnum(s[i - 1])) ||
			    (t->lead && !(t->start_len2[nr_bigram(s + i, w - i)] >>
			                  (w - i < 31 ? w - i : 31) & 1) &&
			     !nr_misspelt_month(sc->d, s, i, w))) {
				if ((rc = nr_header_word(sc, i, w, &next)) < 0)
					return rc;
				i = w;
				continue;
			}
			rc = nr_en_at(sc, i, &next);
		} else if (is_digit(c)) {
			rc = nr_en_at(sc, i, &next);
		} else {
			i += cp_len((unsigned char)c);
			continue;
		}
		if (rc < 0)
			return rc;
		i = next > i ? next : i + 1;
	}
	return 0;
}

/* The scan over a converted text: every code point that can start a
 * quantity, from the ZH candidates when @p ncp code points are known,
 * else code point by code point. */
static int scan_zh(struct scan *sc, const unsigned char *cand,
                   const size_t *off, size_t ncp)
{
	size_t pos = 0, next;
	int rc;

	if (cand) {
		for (size_t k = 0; k < ncp; k++) {
			size_t i = off[k];
			if (!(cand[k] & CAND_START) || i < pos)
				continue;
			if ((rc = nr_zh_at(sc, i, &next)) < 0)
				return rc;
			pos = next > i ? next : i + 1;
		}
		return 0;
	}
	for (size_t i = 0; i < sc->len;) {
		unsigned char c = (unsigned char)sc->s[i];
		next = i + 1;
		rc = 0;
		if (is_digit((char)c)) {
			rc = nr_zh_at(sc, i, &next);
		} else if (c >= 0x80) {
			size_t k = i;
			if (is_startcp(sc->d, next_cp(sc->s, sc->len, &k)))
				rc = nr_zh_at(sc, i, &next);
			else
				next = k;
		}
		if (rc < 0)
			return rc;
		i = next > i ? next : i + 1;
	}
	return 0;
}

/* The figures of @p sc and its latent numerals, one list in order of
 * start (a figure before a latent numeral where both start at once). */
static int merge_latent(struct scan *sc)
{
	struct zhen_quantities *a = sc->out, *l = sc->latent, m = { 0 };
	size_t i = 0, j = 0;

	if (!l || !l->n)
		return 0;
	while (i < a->n || j < l->n) {
		bool fig = j == l->n || (i < a->n && a->q[i].start <= l->q[j].start);
		if (zhen__quantities_push(&m, fig ? &a->q[i++] : &l->q[j++]) < 0) {
			free(m.q);
			return ZHEN_ENOMEM;
		}
	}
	free(a->q);
	*a = m;
	return 0;
}

/* The currency the Chinese text at @p sc declares for its bare 元, or
 * what @p carry holds from the sentences before it (NULL: none asked
 * for); a declaration updates @p carry, 单位：元 clears it. */
static const struct entry *declared(const struct scan *sc,
                                    struct zhen__carry *carry)
{
	bool named = false;
	const struct entry *c = nr_declared_currency(sc, &named);
	if (!carry)
		return c;
	carry->zh_named = named;
	if (named)
		snprintf(carry->code, sizeof carry->code, "%s", c ? c->code : "");
	return nr_currency_by_code(sc, carry->code);
}

/* An English heading naming a currency ("(in US$ millions)") declares it
 * for the bare 元 of the texts after it, as 单位：美元 does, unless the
 * Chinese of its pair declared one. */
static void declared_en(const struct scan *sc, struct zhen__carry *carry)
{
	bool named = false;
	const struct entry *c = nr_heading_currency_en(sc, &named);
	if (named && !carry->zh_named)
		snprintf(carry->code, sizeof carry->code, "%s", c ? c->code : "");
}

static int extract(zhen_quantities **out, zhen_ctx *ctx, zhen_lang lang,
                   zhen_convert_mode conv, const char *text, size_t len,
                   size_t base, bool latent, struct zhen__carry *carry,
                   const char *fn)
{
	struct zhen__text f = { 0 }, z = { 0 };
	struct zhen__numbers_data *d;
	struct scan sc;
	int rc;

	if (out)
		*out = NULL;
	if ((rc = zhen__text_args(ctx, fn, out, text, len, "text")) < 0)
		return rc;
	if (!ctx->numbers || conv == ZHEN_CONVERT_AUTO ||
	    (unsigned)conv > ZHEN_CONVERT_HK2S ||
	    (lang != ZHEN_LANG_ZH && lang != ZHEN_LANG_EN))
		return zhen__fail(ctx, ZHEN_EUSAGE, "%s: %s", fn,
		                  lang != ZHEN_LANG_ZH && lang != ZHEN_LANG_EN
		                          ? "unknown language"
		                          : "conversion mode not t2s, tw2s, "
		                            "hk2s or none");
	d = ctx->numbers;
	memset(&sc, 0, sizeof sc);
	sc.out = calloc(1, sizeof *sc.out);
	if (!sc.out)
		return ZHEN_ENOMEM;
	sc.ctx = ctx;
	sc.d = d;
	sc.lang = lang;
	sc.conv = conv;
	sc.base = base;
	sc.declared_known = true; /* none, unless the Chinese scan says */
	if (latent && !(sc.latent = calloc(1, sizeof *sc.latent))) {
		free(sc.out);
		return ZHEN_ENOMEM;
	}
	sc.aoff = d->aoff;
	sc.aoff_cap = d->aoff_cap;
	d->aoff = NULL;
	d->aoff_cap = 0;
	if (lang == ZHEN_LANG_EN) {
		if ((rc = nr_prepare_en(d, &f, text, len)) < 0)
			goto out;
		sc.s = f.s;
		sc.len = f.len;
		sc.map = f.map;
		if (carry)
			declared_en(&sc, carry);
		if ((rc = scan_en(&sc)) < 0)
			goto out;
	} else {
		bool any;
		size_t ncp;
		if (!nr_reserve_text(d, len, true)) {
			rc = ZHEN_ENOMEM;
			goto out;
		}
		ncp = nr_fold_zh(d, &f, text, len, &any);
		if (!any) {
			/* no digit, numeral or 第: no quantity, but (单位：
			 * 美元) may declare the currency of what follows */
			sc.s = f.s;
			sc.len = f.len;
			if (carry)
				declared(&sc, carry);
			goto done;
		}
		sc.s = f.s;
		sc.len = f.len;
		sc.cpoff = d->off;
		sc.cpsrc = d->soff;
		sc.ncp = ncp;
		rc = 1;
		bool changed = false;
		if (conv != ZHEN_CONVERT_NONE &&
		    !(rc = nr_convert_in_place(ctx, conv, &f, ncp, &changed))) {
			nr_fill_map(d, &f, ncp);
			if ((rc = nr_convert_windows(ctx, conv, &f, &z)) < 0)
				goto out;
			changed = z.len != f.len || memcmp(z.s, f.s, f.len);
			sc.s = z.s;
			sc.len = z.len;
			sc.map = z.map;
		}
		/* nothing around the figures changed, nor anywhere else in
		 * the text (該公司董事會宣佈…每股1.31元): the text is
		 * Simplified, as far as 元 is concerned (nr_set_currency()) */
		if (!changed && conv != ZHEN_CONVERT_NONE)
			changed = nr_any_converts(ctx, conv, d->to, ncp);
		if (!changed)
			sc.conv = ZHEN_CONVERT_NONE;
		/* the declared currency is looked for at the first bare 元
		 * (nr_declared()); English text declares none. A document's
		 * sentence is read for it at once: what it declares holds for
		 * the sentences after it (carry). */
		if (carry) {
			sc.declared = declared(&sc, carry);
			sc.declared_known = true;
		} else {
			sc.declared_known = false;
		}
		if ((rc = scan_zh(&sc, rc ? d->cand : NULL, d->off, ncp)) < 0)
			goto out;
	}
	nr_mark_fractions(&sc);
	nr_mark_conversions(&sc);
	nr_mark_ranges(&sc);
	if ((rc = merge_latent(&sc)) < 0)
		goto out;
done:
	*out = sc.out;
	sc.out = NULL;
	rc = 0;
out:
	zhen_quantities_free(sc.out);
	zhen_quantities_free(sc.latent);
	/* keep the larger of the two offset buffers */
	if (sc.aoff_cap >= d->aoff_cap) {
		free(d->aoff);
		d->aoff = sc.aoff;
		d->aoff_cap = sc.aoff_cap;
	} else {
		free(sc.aoff);
	}
	zhen__text_free(&z);
	return rc;
}

int zhen_numbers_extract(zhen_quantities **out, zhen_ctx *ctx, zhen_lang lang,
                         zhen_convert_mode conv, const char *text, size_t len,
                         size_t base)
{
	return zhen__oom_note(ctx, extract(out, ctx, lang, conv, text, len,
	                                    base, false, NULL, __func__));
}

int zhen_numbers_extract_all(zhen_quantities **out, zhen_ctx *ctx,
                             zhen_lang lang, zhen_convert_mode conv,
                             const char *text, size_t len, size_t base)
{
	return zhen__oom_note(ctx, extract(out, ctx, lang, conv, text, len,
	                                    base, true, NULL, __func__));
}

int zhen__numbers_extract_carry(zhen_quantities **out, zhen_ctx *ctx,
                                zhen_lang lang, zhen_convert_mode conv,
                                const char *text, size_t len, size_t base,
                                struct zhen__carry *carry)
{
	return zhen__oom_note(ctx, extract(out, ctx, lang, conv, text, len,
	                                    base, true, carry, __func__));
}

void zhen_quantities_free(zhen_quantities *q)
{
	if (!q)
		return;
	free(q->q);
	free(q);
}

size_t zhen_quantities_count(const zhen_quantities *q)
{
	return q ? q->n : 0;
}

const zhen_quantity *zhen_quantities_get(const zhen_quantities *q, size_t i)
{
	return q && i < q->n ? &q->q[i] : NULL;
}
