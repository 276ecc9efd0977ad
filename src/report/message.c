/* message.c: the one-line message of a finding, which the text report and
 * the JSON "message" field both quote. Every quoted span comes from the
 * user's original bytes through the offsets the stages kept. */
#include "report_internal.h"

#include <string.h>

int zhen__report_emit(zhen_write_fn w, void *p, struct zhen__buf *b)
{
	if (b->oom)
		return ZHEN_ENOMEM;
	int rc = b->len ? w(p, b->p, b->len) : 0;
	b->len = 0;
	return rc;
}

size_t zhen_findings_count_severity(const zhen_findings *f,
                                    zhen_severity sev)
{
	size_t n = 0;
	for (size_t i = 0; f && i < f->n; i++)
		n += f->f[i].severity == sev;
	return n;
}

static void quote(struct zhen__buf *b, const zhen_quantity *q,
                  const char *src, size_t base)
{
	zhen__buf_add(b, src + (q->start - base), q->end - q->start);
}

static void value_text(struct zhen__buf *b, const zhen_quantity *q)
{
	char tmp[128];
	size_t n = zhen_quantity_format(tmp, sizeof tmp, q, 1);
	zhen__buf_add(b, tmp, n < sizeof tmp ? n : sizeof tmp - 1);
}

static void describe(struct zhen__buf *b, const zhen_quantity *q,
                     const char *src, size_t base)
{
	quote(b, q, src, base);
	zhen__buf_str(b, " = ");
	value_text(b, q);
}

/* What made a comparison unsure, said after the figures; @p both: the
 * finding is about a pair of figures. */
static const char *doubt_text(zhen_doubt d, bool both)
{
	switch (d) {
	case ZHEN_DOUBT_PAIRING:
		return " (unsure: a number word that could pair with another"
		       " figure here)";
	case ZHEN_DOUBT_DEFINITE:
		return " (unsure: after 这/那 the number may say \"both\", not"
		       " count)";
	case ZHEN_DOUBT_FIRST:
		return " (unsure: \"first\" is not read in English, so 第一 may"
		       " have its partner there)";
	case ZHEN_DOUBT_REMAINDER:
		return " (one side counts the rest: \"other\")";
	case ZHEN_DOUBT_LONG:
		return " (they differ past the 18th significant digit)";
	case ZHEN_DOUBT_REPEAT:
		return " (unsure: one of them repeats a figure already paired,"
		       " which a translation may write fewer times)";
	case ZHEN_DOUBT_IN_PREVIOUS:
		return both ? " (unsure: both figures have a match in the pair"
		              " before; the rows may be shifted)"
		            : " (its match is in the pair before: the two"
		              " languages end the rows at different places)";
	case ZHEN_DOUBT_IN_NEXT:
		return both ? " (unsure: both figures have a match in the pair"
		              " after; the rows may be shifted)"
		            : " (its match is in the pair after: the two"
		              " languages end the rows at different places)";
	default:
		return "";
	}
}

/* Whether date value @p d (YYYYMMDD or MMDD) has no day: a month alone. */
static bool month_alone(zhen_decimal d)
{
	/* the value is normalised without trailing zeros: MM-00 is MM x
	 * 10^2 (or 10^3 for October), a day ends before the hundreds */
	return d.exp >= 2;
}

/* A missing/extra finding about two dates: whether one of them is a
 * month alone, so that what is left out is the day, not the year. */
static bool day_left_out(const zhen_finding *f)
{
	return f->zh.kind == ZHEN_Q_DATE && f->en.kind == ZHEN_Q_DATE &&
	       month_alone(f->zh.value) != month_alone(f->en.value);
}

void zhen__report_message(struct zhen__buf *b, const zhen_finding *f,
                          const char *zs, size_t zb, const char *es,
                          size_t eb)
{
	switch (f->type) {
	case ZHEN_F_MISSING:
	case ZHEN_F_EXTRA:
		if (f->has_zh && f->has_en) {
			/* a date whose year or day one side leaves out */
			const char *what = day_left_out(f) ? "day" : "year";
			describe(b, &f->zh, zs, zb);
			zhen__buf_str(b, " ~ ");
			describe(b, &f->en, es, eb);
			zhen__buf_printf(b, f->type == ZHEN_F_MISSING
			                     ? ": the %s is not in the English"
			                     : ": the %s is not in the Chinese",
			                 what);
		} else if (f->type == ZHEN_F_MISSING) {
			describe(b, &f->zh, zs, zb);
			zhen__buf_str(b, " is not in the English");
		} else {
			describe(b, &f->en, es, eb);
			zhen__buf_str(b, " is not in the Chinese");
		}
		zhen__buf_str(b, doubt_text(f->doubt, false));
		return;
	case ZHEN_F_SERIES:
		/* compare also looks for a switch on the English side when
		 * the Chinese list is clean: quote whichever side has it */
		if (f->has_zh)
			describe(b, &f->zh, zs, zb);
		else if (f->has_en)
			describe(b, &f->en, es, eb);
		zhen__buf_str(b, ": a list of amounts switches currency here;"
		                 " check the source figures");
		return;
	case ZHEN_F_MOVED:
		zhen__buf_str(b, "a moved paragraph: its translation stands "
		                 "elsewhere in the reading order, and its figures "
		                 "are compared with it there");
		return;
	case ZHEN_F_UNTRANSLATED:
		zhen__buf_str(b, "not translated yet: its figures are not "
		                 "compared");
		return;
	case ZHEN_F_ALIGNMENT:
		zhen__buf_str(b, "low-confidence alignment: findings in this "
		                 "hunk may come from sentences paired wrongly");
		return;
	default:
		break;
	}
	if (!f->has_zh || !f->has_en) {
		/* a comparison with one side absent: never quote the other */
		if (f->has_zh)
			describe(b, &f->zh, zs, zb);
		if (f->has_en)
			describe(b, &f->en, es, eb);
		return;
	}
	describe(b, &f->zh, zs, zb);
	zhen__buf_str(b, f->severity == ZHEN_SEV_INFO ? " ≈ " : " ≠ ");
	describe(b, &f->en, es, eb);
	if (f->doubt)
		zhen__buf_str(b, doubt_text(f->doubt, true));
	else if (f->severity == ZHEN_SEV_INFO && f->type == ZHEN_F_VALUE)
		zhen__buf_str(b, " (rounded beyond the precision written)");
	/* 下降3.4% ↔ "up 3.4%": the figures agree, the direction not */
	unsigned up = ZHEN_QF_INCREASE, down = ZHEN_QF_DECREASE;
	if (f->type == ZHEN_F_VALUE &&
	    (((f->zh.flags & up) && (f->en.flags & down)) ||
	     ((f->zh.flags & down) && (f->en.flags & up))))
		zhen__buf_str(b, f->zh.flags & up
		                     ? " (a rise in the Chinese, a fall in the English)"
		                     : " (a fall in the Chinese, a rise in the English)");
}

size_t zhen_finding_message(char *buf, size_t cap, const zhen_finding *f,
                            const char *zh_src, size_t zh_base,
                            const char *en_src, size_t en_base)
{
	struct zhen__buf b = { 0 };
	zhen__report_message(&b, f, zh_src, zh_base, en_src, en_base);
	size_t n = b.len;
	if (cap) {
		size_t k = n < cap - 1 ? n : cap - 1;
		if (k)
			memcpy(buf, b.p, k);
		buf[k] = 0;
	}
	zhen__buf_free(&b);
	return n;
}

