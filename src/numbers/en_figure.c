/* numbers/en_figure.c: an English quantity at a position: which construction reads it, then magnitude, currency, unit and sign around it. */
#include "reader.h"

int nr_en_at(struct scan *sc, size_t i, size_t *next)
{
	const struct zhen__numbers_data *d = sc->d;
	const char *s = sc->s;
	size_t len = sc->len, j, a, end, me;
	zhen_quantity q;
	struct num n;
	bool ordinal = false, cur = false, strong = false, words;
	int magexp = -1;
	const struct entry *m;
	int64_t day, y;

	memset(&q, 0, sizeof q);
	if (is_alpha(s[i])) {
		size_t w = i;
		while (w < len && is_alpha(s[w]))
			w++;
		*next = w;
		if (i > 0 && is_alnum(s[i - 1]))
			return 0;
		/* Everything below first needs a number word here, and
		 * each test one of a kind this word can start. */
		int hrc = nr_header_word(sc, i, w, next);
		if (hrc)
			return hrc < 0 ? hrc : 0;
		uint64_t lk = nr_lead_kinds(&d->t[TB_ENW], s + i, w - i);
		if (!lk && nr_misspelt_month(d, s, i, w))
			lk = 1ull << K_MONTHNAME;
		if (!lk)
			return 0;
		m = lk & 1ull << K_MONTHNAME ? nr_month_at(sc, i, &me) : NULL;
		if (m && me < len && s[me] == ' ' &&
		    (end = nr_day_at(sc, me + 1, &day))) {
			int64_t v = m->val * 100 + day;
			size_t dend = end;
			/* "September 34, 1759", "On June 88,": a day no
			 * month has, still a date (a slip the other side's
			 * date shows), but only where nothing else reads:
			 * "in March 50 people" is a count. */
			if ((y = nr_date_year(sc, &end)))
				v += y * 10000;
			if (day <= 31 || y || (dend < len && s[dend] == ',' &&
			                       nr_on_before(s, i))) {
				*next = end;
				return nr_emit_date(sc, i, end, v, 0);
			}
			end = 0;
		}
		if (m && (me >= len || !is_alnum(s[me])) &&
		    nr_month_alone_ok(sc, m, i, me)) {
			*next = me;
			return nr_emit_date(sc, i, me, m->val * 100, 0);
		}
		const struct entry *x = !(lk & 1ull << K_ENMULT) ? NULL :
			match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
			          K_ENMULT);
		if (x && i + x->len == w && !(w < len && s[w] == '-')) {
			/* doubled, threefold: a factor (not double-digit) */
			zhen_quantity mq;
			memset(&mq, 0, sizeof mq);
			mq.kind = ZHEN_Q_NUMBER;
			mq.value = zhen__dec(x->val, 0);
			mq.flags = ZHEN_QF_WORDS;
			nr_set_code(mq.unit, sizeof mq.unit, "x");
			return nr_emit(sc, i, w, &mq);
		}
		x = !(lk & 1ull << K_DENOM) ? NULL :
			match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
			          K_DENOM);
		if (x && i + x->len == w && x->val == 2) {
			/* half a million, half a percentage point */
			zhen_quantity hq;
			memset(&hq, 0, sizeof hq);
			hq.kind = ZHEN_Q_NUMBER;
			hq.value = zhen__dec(5, -1);
			hq.flags = ZHEN_QF_WORDS;
			size_t he = nr_fraction_of(sc, w, &hq);
			if (he != w) {
				*next = he;
				return nr_emit(sc, i, he, &hq);
			}
			/* half of them, half the staff, fell by half: a
			 * fraction (一半); "half-time", "and a half" are not */
			static const char *const after[] = { " of ", " the ",
			                                     " its ", " their " };
			/* ... and only where it starts the phrase: "the
			 * eastern half of the island" is a part, no figure */
			bool by = i >= sc->lo + 3 && eq_ci(s + i - 3, "by ", 3) &&
			          (i == sc->lo + 3 || !is_alpha(s[i - 4]));
			bool frac = by;
			for (size_t k = 0; !frac && k < 4; k++)
				frac = w + strlen(after[k]) <= len &&
				       eq_ci(s + w, after[k], strlen(after[k]));
			bool hedged = i > sc->lo + 1 && s[i - 1] == ' ' &&
			              nr_match_back(&d->t[TB_APPROX], s, i - 1,
			                            sc->lo, ZHEN_LANG_EN, POS_PRE,
			                            -1);
			bool lead = by || hedged || i == sc->lo ||
			            s[i - 1] != ' ' || i < sc->lo + 2 ||
			            !is_alpha(s[i - 2]);
			if (hedged)
				hq.flags |= ZHEN_QF_APPROX;
			if (frac && lead) {
				*next = w;
				return nr_emit(sc, i, w, &hq);
			}
		}
		x = !(lk & 1ull << K_VAGUE) ? NULL :
			match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
			          K_VAGUE);
		/* "thousands and thousands" is one vague figure, said twice */
		if (x && i + x->len == w && i >= x->len + 5 &&
		    !memcmp(s + i - 5, " and ", 5) &&
		    eq_ci(s + i - 5 - x->len, x->text, x->len) &&
		    (i == x->len + 5 || !is_alnum(s[i - 6 - x->len])))
			return 0;
		if (x && i + x->len == w) {
			/* dozens: about two dozen or more, a band; thousands,
			 * millions: at least one, as 数千 and 数百万 read */
			zhen_quantity vq;
			zhen_decimal v = zhen__dec(x->val, 0), vv;
			size_t k = w + 4, ke = k;
			const struct entry *y2;
			memset(&vq, 0, sizeof vq);
			/* hundreds of thousands: one band (10^5, 数十万),
			 * not two figures */
			while (ke < len && is_alpha(s[ke]))
				ke++;
			if (k < len &&
			    !memcmp(s + w, " of ", 4) &&
			    (y2 = match_fwd(&d->t[TB_ENW], s, len, k,
			                    ZHEN_LANG_EN, 0, K_VAGUE)) &&
			    k + y2->len == ke && y2->val > x->val &&
			    zhen__dec_mul(&vv, v, zhen__dec(y2->val, 0))) {
				v = vv;
				w = ke;
				*next = ke;
			}
			/* billions of US dollars: the band is the amount, as
			 * in 数十亿美元 (not "thousands of pounds", a weight
			 * as often) */
			const struct entry *un;
			k = w + 4;
			if (k < len && !memcmp(s + w, " of ", 4) &&
			    (y2 = match_fwd(&d->t[TB_CUR], s, len, k, sc->lang,
			                    POS_POST, -1)) &&
			    !((un = match_fwd(&d->t[TB_UNIT], s, len, k,
			                      sc->lang, 0, -1)) &&
			      un->len >= y2->len)) {
				nr_set_currency(sc, &vq, y2);
				w = k + y2->len;
				*next = w;
			}
			vq.value = v;
			vq.precision = 1;
			vq.flags |= ZHEN_QF_WORDS | ZHEN_QF_APPROX | ZHEN_QF_VAGUE;
			return nr_emit(sc, i, w, &vq);
		}
		x = !(lk & 1ull << K_DECWORD) ? NULL :
			match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
			          K_DECWORD);
		if (x && i + x->len == w) {
			/* the nineties, in their twenties: as the 90s */
			q.kind = ZHEN_Q_NUMBER;
			q.value = zhen__dec(x->val, 0);
			q.precision = 1;
			q.flags = ZHEN_QF_WORDS | ZHEN_QF_APPROX | ZHEN_QF_DECADE;
			return nr_emit(sc, i, w, &q);
		}
		x = !(lk & 1ull << K_ARTICLE) ? NULL :
			match_fwd(&d->t[TB_ENW], s, len, i, ZHEN_LANG_EN, 0,
			          K_ARTICLE);
		if (x && i + x->len == w && w + 1 < len && s[w] == ' ') {
			/* a hundred, a million, a dozen, a third */
			size_t k = w + 1, ke = k;
			const struct entry *y2;
			while (ke < len && is_alpha(s[ke]))
				ke++;
			memset(&n, 0, sizeof n);
			n.a = i;
			n.v = zhen__dec(1, 0);
			if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN,
			                    0, K_HUNDRED)) && k + y2->len == ke) {
				struct num r;
				bool ro;
				size_t t = ke + 1;
				n.v = zhen__dec(1, 2);
				n.prec = 2;
				/* a hundred and twenty = 120, as "one
				 * hundred and twenty" reads */
				if (t + 4 < len && s[ke] == ' ' &&
				    eq_ci(s + t, "and ", 4))
					t += 4;
				if (t < len && s[ke] == ' ' && is_alpha(s[t]) &&
				    nr_read_en_words(sc, t, &r, &ro) && !ro &&
				    zhen__dec_cmp(r.v, zhen__dec(1, 2)) < 0 &&
				    r.v.coef > 0) {
					zhen__dec_add(&n.v, n.v, r.v);
					n.prec = 0;
					ke = r.b;
				}
			} else if ((y2 = match_fwd(&d->t[TB_MAG], s, len, k,
			                           ZHEN_LANG_EN, 0, -1)) &&
			           (y2->pos & ATT_WORD) && k + y2->len == ke) {
				magexp = y2->val;
			} else if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k,
			                           ZHEN_LANG_EN, 0, K_TIMES)) &&
			           k + y2->len == ke) {
				n.v = zhen__dec(y2->val, 0);
			} else if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k,
			                           ZHEN_LANG_EN, 0, K_VAGUE)) &&
			           k + y2->len == ke) {
				/* a couple (of thousand): about two, a
				 * word never paired with another figure */
				n.v = zhen__dec(y2->val, 0);
				n.approx = n.vague = true;
				/* "a couple of thousand staff": the band is
				 * the thousands, as 数千 reads */
				const struct entry *mg;
				size_t mk = ke + 4, mke = mk;
				while (mke < len && is_alpha(s[mke]))
					mke++;
				if (mk < len && !memcmp(s + ke, " of ", 4) &&
				    (mg = match_fwd(&d->t[TB_MAG], s, len, mk,
				                    ZHEN_LANG_EN, 0, -1)) &&
				    (mg->pos & ATT_WORD) && mk + mg->len == mke) {
					magexp = mg->val;
					ke = mke;
				}
			} else if ((y2 = match_fwd(&d->t[TB_ENW], s, len, k,
			                           ZHEN_LANG_EN, 0, K_DENOM)) &&
			           k + y2->len == ke) {
				zhen_quantity fq;
				memset(&fq, 0, sizeof fq);
				/* "a third time", "a fifth straight session":
				 * before a noun, the ordinal (a fraction is
				 * "a third of", "a third." or a third of a unit) */
				const struct entry *ow;
				size_t nw = ke + 1;
				if (ke + 1 < len && s[ke] == ' ' && is_alpha(s[nw]) &&
				    !(nw + 2 <= len && eq_ci(s + nw, "of", 2) &&
				      (nw + 2 == len || !is_alpha(s[nw + 2]))) &&
				    !match_fwd(&d->t[TB_MAG], s, len, nw, ZHEN_LANG_EN,
				               0, -1) &&
				    !match_fwd(&d->t[TB_UNIT], s, len, nw, ZHEN_LANG_EN,
				               0, -1) &&
				    /* "a third more": a fraction */
				    !match_fwd(&d->t[TB_APPROX], s, len, nw,
				               ZHEN_LANG_EN, POS_CMP, -1) &&
				    (ow = match_fwd(&d->t[TB_ENW], s, len, k,
				                    ZHEN_LANG_EN, 0, K_ORDWORD)) &&
				    k + ow->len == ke) {
					fq.kind = ZHEN_Q_ORDINAL;
					fq.value = zhen__dec(ow->val, 0);
					fq.flags = ZHEN_QF_WORDS;
					*next = ke;
					return nr_emit(sc, k, ke, &fq);
				}
				fq.kind = ZHEN_Q_NUMBER;
				fq.value = nr_fraction_value(zhen__dec(1, 0),
				                             zhen__dec(y2->val, 0));
				fq.precision = -6;
				fq.flags = ZHEN_QF_WORDS;
				ke = nr_fraction_of(sc, ke, &fq);
				*next = ke;
				return nr_emit(sc, i, ke, &fq);
			} else {
				return 0;
			}
			n.b = j = ke;
			n.ncp = 2;
			words = true;
		} else {
			const uint64_t wk = 1ull << K_ONES | 1ull << K_TENS |
			                    1ull << K_HUNDRED | 1ull << K_ORDWORD |
			                    1ull << K_AND;
			/* "the first half" is a period, not "the one" */
			if (!(lk & wk) || !nr_read_en_words(sc, i, &n, &ordinal) ||
			    (nr_pronoun_one(sc, &n) &&
			     !(ordinal && n.b + 1 < len &&
			       (s[n.b] == ' ' || s[n.b] == '-') &&
			       match_fwd(&d->t[TB_ENW], s, len, n.b + 1,
			                 ZHEN_LANG_EN, 0, K_PERIOD))))
				return 0;
			words = true;
			j = n.b;
		}
	} else {
		size_t ia;
		struct arabic ar;
		int64_t hm;
		if (i + 3 <= len && !memcmp(s + i, "000", 3) &&
		    (i + 3 == len || !is_alnum(s[i + 3])) &&
		    ((i > sc->lo && s[i - 1] == '\'') ||
		     (i >= sc->lo + 3 && nr_is_rquote(s, i - 3)))) {
			int rc = nr_unit_header(sc, s[i - 1] == '\'' ? i - 1 : i - 3,
			                        i + 3, 3, next);
			if (rc)
				return rc < 0 ? rc : 0;
		}
		if ((hm = nr_colon_time(sc, i, &end)) >= 0) {
			size_t e2 = nr_ampm_at(sc, end);
			/* nr_glued (9:15pm) or spaced: read forward, as a word
			 * boundary before a glued "pm" is none */
			const struct entry *ap = e2 == end ? NULL :
				match_fwd(&d->t[TB_ENW], s, len, nr_sp(s, len, end),
				          ZHEN_LANG_EN, 0, K_AMPM);
			if (ap && ap->val == 12 && hm < 1200)
				hm += 1200;
			/* 12:30 a.m. is half past midnight */
			if (ap && ap->val == 0 && hm >= 1200 && hm < 1300)
				hm -= 1200;
			*next = e2;
			return nr_emit_time(sc, i, e2, hm, ap ? ZHEN_QF_DAYPART : 0);
		}
		if ((ia = nr_ident_start(sc, i)) != (size_t)-1)
			return nr_emit_ident(sc, ia, i, next);
		{
			size_t za, zb;
			int64_t iso;
			if ((hm = nr_zone_time(sc, i, nr_digit_run_end(s, len, i),
			                       &za, &zb)) >= 0) {
				*next = zb;
				return nr_emit_time(sc, za, zb, hm, 0);
			}
			if ((iso = nr_iso_date(sc, i, &zb))) {
				*next = zb;
				return nr_emit_date(sc, i, zb, iso, 0);
			}
			if (nr_zero_code(sc, i) || nr_version_at(sc, i))
				return nr_emit_ident(sc, i, i, next);
		}
		{
			int rc = nr_dims_at(sc, i, next);
			if (rc)
				return rc < 0 ? rc : 0;
		}
		if (!nr_read_arabic(s, len, i, &ar)) {
			*next = nr_digit_run_end(s, len, i);
			return 0;
		}
		memset(&n, 0, sizeof n);
		n.a = i;
		n.b = j = ar.end;
		n.v = ar.v;
		n.prec = ar.prec;
		n.digits = true;
		n.grouped = ar.grouped;
		n.frac = ar.frac;
		n.nint = ar.nint;
		words = false;
		if (!ar.frac && !ar.grouped && i > 0 && s[i - 1] == '.' &&
		    (i == 1 || s[i - 2] == ' ' || s[i - 2] == '(')) {
			/* .5 percent: the point starts the figure */
			n.a = i - 1;
			n.v = zhen__dec_scale(ar.v, -ar.nint);
			n.prec = -ar.nint;
			n.frac = true;
			n.nint = 0;
		}
		if (!ar.frac && !ar.grouped && ar.nint <= 2 &&
		    nr_small_int(ar.v, 0, 99, &day) &&
		    (i == 0 || !is_digit(s[i - 1]))) {
			/* 6am, 6 p.m., 10 o'clock; 40 o'clock is a slipped
			 * hour (a value error beside the other side's time),
			 * but 25-99 before AM/PM stays a figure (PM, AM
			 * radio) */
			size_t e2 = nr_ampm_at(sc, j);
			const struct entry *ap = e2 == j ? NULL :
				match_fwd(&d->t[TB_ENW], s, len, nr_sp(s, len, j),
				          ZHEN_LANG_EN, 0, K_AMPM);
			if (e2 != j && (day <= 24 || !ap) &&
			    (e2 >= len || !is_alnum(s[e2]) ||
			     s[e2 - 1] == '.')) {
				int64_t t12 = day * 100;
				if (ap && ap->val == 12 && day < 12)
					t12 += 1200;
				if (ap && ap->val == 0 && day == 12)
					t12 = 0;
				*next = e2;
				return nr_emit_time(sc, i, e2, t12,
				                    ap ? ZHEN_QF_DAYPART : 0);
			}
		}
		/* the 1960s: a decade, named by its first year (1960 年代
		 * reads as the year 1960). Any four digits before the s, so
		 * a slipped decade (the 3960s, the 1931s) still pairs with
		 * the Chinese one; thousands from 3000 up are a count ("the
		 * 5000s"). */
		if (j < len && s[j] == 's' && (j + 1 >= len || !is_alnum(s[j + 1])) &&
		    !ar.frac && !ar.grouped && ar.nint == 4 &&
		    nr_small_int(ar.v, 1000, 9999, &y) &&
		    (y < 3000 || y % 1000)) {
			q.kind = ZHEN_Q_YEAR;
			q.flags |= ZHEN_QF_DECADE;
			q.value = ar.v;
			*next = j + 1;
			return nr_emit(sc, i, j + 1, &q);
		}
		/* the 90s, the '90s, in their 20s: ten years from a figure of
		 * tens (of a century or of a life), a band as "twenties" is;
		 * the Chinese 90 年代 is a year, which compare pairs with it
		 * by the last two digits */
		if (!ar.frac && !ar.grouped && ar.nint == 2 &&
		    nr_small_int(ar.v, 10, 90, &y) && y % 10 == 0) {
			size_t e = j, a0 = i;
			if (e + 1 < len && s[e] == '\'' && s[e + 1] == 's')
				e++;
			else if (e + 3 < len && nr_is_rquote(s, e) && s[e + 3] == 's')
				e += 3;
			bool plural = e < len && s[e] == 's' &&
			              (e + 1 >= len || !is_alnum(s[e + 1]));
			if (plural && a0 > sc->lo && s[a0 - 1] == '\'')
				a0--;
			else if (plural && a0 >= sc->lo + 3 &&
			         nr_is_rquote(s, a0 - 3))
				a0 -= 3;
			/* "in 10s" is ten seconds; that decade is written
			 * '10s or 2010s */
			if (plural && !(y == 10 && a0 == i)) {
				q.kind = ZHEN_Q_NUMBER;
				q.value = ar.v;
				q.precision = 1;
				q.flags = ZHEN_QF_APPROX | ZHEN_QF_DECADE;
				*next = e + 1;
				return nr_emit(sc, a0, e + 1, &q);
			}
		}
		/* 200 BC, 79 AD, AD 79: a year of an era (BC negative, as
		 * 公元前 reads); capitals only, "ad" is a word */
		if (!ar.frac && !ar.grouped && ar.nint <= 4 &&
		    nr_small_int(ar.v, 1, 9999, &y)) {
			const struct table *et = &d->t[TB_ENW];
			size_t k = nr_sp(s, len, j), ea = i, eb = j;
			const struct entry *era = k != j && k < len &&
				s[k] >= 'A' && s[k] <= 'Z' ?
				match_fwd(et, s, len, k, ZHEN_LANG_EN, 0, K_ERA) :
				NULL;
			if (era) {
				eb = k + era->len;
			} else if (i > sc->lo + 1 && s[i - 1] == ' ' &&
			           (era = nr_match_back(et, s, i - 1, sc->lo,
			                                ZHEN_LANG_EN, 0, K_ERA)) &&
			           (era->val != 1 ||
			            s[i - 1 - era->len] < 'A' ||
			            s[i - 1 - era->len] > 'Z')) {
				era = NULL;
			} else if (era) {
				ea = i - 1 - era->len;
			}
			if (era) {
				q.kind = ZHEN_Q_YEAR;
				q.value = zhen__dec(era->val == 2 ? -y : y, 0);
				*next = eb;
				return nr_emit(sc, ea, eb, &q);
			}
		}
		if (j < len && is_alpha(s[j])) {
			size_t g = nr_glued(sc, j, &q, &magexp, &ordinal);
			if (g == j)
				return nr_emit_ident(sc, i, i, next);
			j = g;
		}
		/* 22 October 2024; "the 22nd of October" */
		size_t mo = j + 1;
		if (ordinal && j + 4 < len && !memcmp(s + j, " of ", 4))
			mo = j + 4;
		if (!q.unit[0] && magexp < 0 && j < len && s[j] == ' ' &&
		    (m = nr_month_at(sc, mo, &me)) &&
		    nr_small_int(n.v, 1, 31, &day) && !n.frac && n.nint <= 2 &&
		    (me >= len || !is_alnum(s[me]))) {
			int64_t v = m->val * 100 + day;
			end = me;
			if ((y = nr_date_year(sc, &end)))
				v += y * 10000;
			*next = end;
			return nr_emit_date(sc, i, end, v, 0);
		}
	}
	*next = j;
	if (!q.unit[0] && !ordinal && magexp < 0 && j + 1 < len &&
	    (s[j] == ' ' || s[j] == '-') && is_alpha(s[j + 1])) {
		size_t k = j + 1, ke = k;
		const struct entry *x;
		while (ke < len && is_alpha(s[ke]))
			ke++;
		if ((x = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN, 0,
		                   K_TIMES)) && k + x->len == ke) {
			/* two dozen, two decades */
			zhen_decimal f;
			if (zhen__dec_mul(&f, n.v, zhen__dec(x->val, 0))) {
				n.v = f;
				j = n.b = ke;
				*next = j;
			}
		} else if (words && !n.frac && nr_x_quarters(sc, n.a, k, ke)) {
			/* the first three quarters: a count of them */
			nr_set_code(q.unit, sizeof q.unit, "quarter");
			j = n.b = ke;
			*next = j;
		} else if (words && !n.frac &&
		           (x = match_fwd(&d->t[TB_ENW], s, len, k, ZHEN_LANG_EN,
		                          0, K_DENOM)) && k + x->len == ke &&
		           nr_small_int(n.v, 1, 9, &day) && day < x->val) {
			/* two-thirds, three quarters (of a percentage
			 * point) */
			zhen_quantity fq;
			memset(&fq, 0, sizeof fq);
			fq.kind = ZHEN_Q_NUMBER;
			fq.value = nr_fraction_value(n.v, zhen__dec(x->val, 0));
			fq.precision = -6;
			fq.flags = ZHEN_QF_WORDS;
			ke = nr_fraction_of(sc, ke, &fq);
			*next = ke;
			return nr_emit(sc, n.a, ke, &fq);
		}
	}
	if (ordinal && j + 1 < len && (s[j] == ' ' || s[j] == '-')) {
		/* third quarter, first half, the first-half report */
		const struct entry *x = match_fwd(&d->t[TB_ENW], s, len, j + 1,
		                                  ZHEN_LANG_EN, 0, K_PERIOD);
		if (x) {
			nr_set_code(q.unit, sizeof q.unit,
			            x->val == 4 ? "quarter" : "half");
			j += 1 + x->len;
			*next = j;
		}
	}
	if (!q.unit[0] && !ordinal && magexp < 0) {
		size_t k = nr_sp(s, len, j);
		m = k != j ? match_fwd(&d->t[TB_MAG], s, len, k, ZHEN_LANG_EN, 0,
		                       -1) : NULL;
		if (m && (m->pos & ATT_WORD)) {
			magexp = m->val;
			j = k + m->len;
		}
	}
	q.value = n.v;
	q.precision = n.prec;
	nr_scale_by(&q, magexp);
	if (magexp >= 0) {
		/* two thousand five hundred */
		struct num r;
		bool ro;
		if (words && j + 1 < len && s[j] == ' ' && is_alpha(s[j + 1]) &&
		    nr_read_en_words(sc, j + 1, &r, &ro) && !ro &&
		    zhen__dec_cmp(r.v, zhen__dec(1, magexp)) < 0) {
			zhen_decimal sum;
			if (zhen__dec_add(&sum, q.value, r.v)) {
				q.value = sum;
				q.precision = 0;
				j = r.b;
				*next = j;
			}
		}
	}
	if (words)
		q.flags |= ZHEN_QF_WORDS;
	if (words && nr_in_name(sc, n.a, n.b))
		q.flags |= ZHEN_QF_NAME;
	if (n.approx)
		q.flags |= ZHEN_QF_APPROX;
	if (n.vague)
		q.flags |= ZHEN_QF_VAGUE;
	if (q.kind != ZHEN_Q_POINTS)
		q.kind = ordinal ? ZHEN_Q_ORDINAL : ZHEN_Q_NUMBER;
	a = nr_pre_context(sc, n.a, &q, &cur);
	q.flags |= nr_movement_before(sc, a);
	if (ordinal) {
		end = j;
	} else {
		end = q.unit[0] || q.kind == ZHEN_Q_POINTS
		          ? j : nr_post_context(sc, j, &q, cur, &strong);
		if (end == j && !q.unit[0] && !cur && magexp < 0 && !words &&
		    !n.grouped && !n.frac && n.nint == 4 &&
		    nr_small_int(n.v, 1900, 2100, &y))
			q.kind = ZHEN_Q_YEAR;
	}
	if (q.kind == ZHEN_Q_PERCENT && end + 4 <= len && s[end] == ' ' &&
	    eq_ci(s + end + 1, "off", 3) &&
	    (end + 4 == len || !is_alnum(s[end + 4]))) {
		/* "20% off" is what 八折 says */
		nr_set_code(q.unit, sizeof q.unit, "off");
		end += 4;
	}
	/* A minus sign that is not a hyphen (2018-2023, GPT-4). */
	const struct entry *ng;
	size_t mk;
	if (a == n.a && a > sc->lo && s[a - 1] == '-' &&
	    (a == 1 || s[a - 2] == ' ' || s[a - 2] == '(') && !words) {
		a--;
		q.value.coef = -q.value.coef;
	} else if (a == n.a && !words && (mk = nr_minus_sign(sc, a))) {
		a -= mk;
		q.value.coef = -q.value.coef;
	} else if (a == n.a && q.value.coef > 0 &&
	           (ng = nr_minus_word(sc, a)) != NULL) {
		/* minus 5 degrees, as 零下5度 */
		a -= 1 + ng->len;
		q.value.coef = -q.value.coef;
	} else if (q.value.coef > 0 && (mk = nr_below_zero(sc, end))) {
		/* 5 degrees below zero, as 零下5度 */
		end = mk;
		q.value.coef = -q.value.coef;
	}
	*next = end > *next ? end : *next;
	return nr_emit(sc, a, end, &q);
}
