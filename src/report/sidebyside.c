/* sidebyside.c: the alignment of a document check in two columns. */
#include "report_internal.h"

#include <utf8proc.h>

/* The text of sentences [first, first+count), joined by one space. */
static void join_sentences(struct zhen__buf *b, const char *src,
                           const zhen_sentences *s, size_t first,
                           size_t count)
{
	b->len = 0;
	for (size_t i = first; i < first + count; i++) {
		if (i > first)
			zhen__buf_str(b, " ");
		zhen__buf_add(b, src + s->s[i].off, s->s[i].len);
	}
}

static int cp_width(int32_t cp)
{
	if (cp == '\t')
		return 1;
	int w = utf8proc_charwidth(cp);
	return w < 0 ? 0 : w;
}

/* Cut the next display line of at most @p w columns from s[*pos, len):
 * at the last space when the piece has one (English), anywhere otherwise
 * (Chinese breaks between any two characters). Returns the bytes taken
 * and the columns they fill. */
static size_t next_piece(const char *s, size_t len, size_t *pos, size_t w,
                         size_t *cols)
{
	size_t a = *pos, i = a, used = 0, last_space = 0, cols_at_space = 0;
	while (i < len) {
		size_t at = i;
		int32_t cp = zhen__utf8_next(s, len, &i);
		size_t cw = (size_t)cp_width(cp);
		if (used + cw > w && at > a) {
			i = at;
			break;
		}
		if (cp == ' ') {
			last_space = at;
			cols_at_space = used;
		}
		used += cw;
	}
	size_t end = i;
	if (i < len && last_space > a) {
		end = last_space;
		used = cols_at_space;
	}
	*pos = end;
	/* a space that ends the piece does not start the next one */
	while (*pos < len && s[*pos] == ' ')
		(*pos)++;
	*cols = used;
	return end - a;
}

int zhen_report_alignment_text(zhen_write_fn write, void *payload,
                               const zhen_result *r, const zhen_doc *zh,
                               const zhen_doc *en, size_t width)
{
	const zhen_alignment *al = zhen_result_alignment(r);
	const zhen_sentences *zs = zhen_result_sentences(r, ZHEN_LANG_ZH);
	const zhen_sentences *es = zhen_result_sentences(r, ZHEN_LANG_EN);
	const char *zsrc = zhen_doc_bytes(zh, NULL), *esrc = zhen_doc_bytes(en, NULL);
	struct zhen__buf b = { 0 }, zt = { 0 }, et = { 0 };
	/* the columns are padded with spaces: a width no terminal has would
	 * pad without end */
	size_t col = (width < 40 ? 40 : width > 1000 ? 1000 : width) - 3;
	size_t lw = col / 2, rw = col - lw;
	int rc = 0;

	if (!write || !r || !zh || !en)
		return ZHEN_EINVAL;

	for (size_t i = 0; i < zhen_alignment_count(al) && !rc; i++) {
		const zhen_bead *bd = zhen_alignment_get(al, i);
		zhen__buf_printf(&b, "@@ %zu-%zu  confidence %.2f  ", bd->zh_count,
		                 bd->en_count, bd->confidence);
		zhen__report_bead_sides(&b, bd, zh, zs, en, es);
		zhen__buf_str(&b, " @@\n");
		join_sentences(&zt, zsrc, zs, bd->zh_first, bd->zh_count);
		join_sentences(&et, esrc, es, bd->en_first, bd->en_count);
		size_t zp = 0, ep = 0;
		while (zp < zt.len || ep < et.len) {
			size_t zc = 0, ec = 0, za = zp, ea = ep;
			size_t zn = zp < zt.len ? next_piece(zt.p, zt.len, &zp, lw, &zc) : 0;
			size_t en_n = ep < et.len ? next_piece(et.p, et.len, &ep, rw, &ec) : 0;
			if (zn)
				zhen__buf_add(&b, zt.p + za, zn);
			for (size_t k = zc; k < lw; k++)
				zhen__buf_add(&b, " ", 1);
			zhen__buf_str(&b, en_n ? " | " : " |");
			if (en_n)
				zhen__buf_add(&b, et.p + ea, en_n);
			zhen__buf_str(&b, "\n");
		}
		if (zt.oom || et.oom)
			b.oom = true;
		rc = zhen__report_emit(write, payload, &b);
	}
	zhen__buf_free(&b);
	zhen__buf_free(&zt);
	zhen__buf_free(&et);
	return rc;
}
