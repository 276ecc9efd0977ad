/* numbers/api.c: zhen_numbers_extract() and the quantity list. */
#include "reader.h"

#include <stdlib.h>
#include <string.h>

int zhen_numbers_extract(zhen_quantities **out, zhen_ctx *ctx, zhen_lang lang,
                         zhen_convert_mode conv, const char *text, size_t len,
                         size_t base)
{
	struct zhen__text f = { 0 }, z = { 0 };
	struct zhen__numbers_data *d;
	struct scan sc;
	int rc;

	if (!out)
		return ZHEN_EUSAGE;
	*out = NULL;
	if (!ctx || !ctx->numbers || (!text && len) ||
	    conv == ZHEN_CONVERT_AUTO || conv > ZHEN_CONVERT_HK2S ||
	    (lang != ZHEN_LANG_ZH && lang != ZHEN_LANG_EN))
		return zhen__fail(ctx, ZHEN_EUSAGE,
		                  "zhen_numbers_extract: bad argument");
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
		if ((rc = nr_scan_en(&sc)) < 0)
			goto out;
	} else {
		bool any;
		size_t ncp;
		if (!nr_reserve_text(d, len, true)) {
			rc = ZHEN_ENOMEM;
			goto out;
		}
		ncp = nr_fold_zh(d, &f, text, len, &any);
		if (!any)
			goto done; /* no digit, numeral or 第: no quantity */
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
		if ((rc = nr_scan_zh(&sc, rc ? d->cand : NULL, d->off, ncp)) < 0)
			goto out;
	}
	nr_mark_fractions(&sc);
	nr_mark_conversions(&sc);
	nr_mark_ranges(&sc);
done:
	*out = sc.out;
	sc.out = NULL;
	rc = 0;
out:
	zhen_quantities_free(sc.out);
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
