/* t2s_map.c: the Simplified reading of the HTML report as one map of
 * characters. OpenCC's Traditional to Simplified conversion is, for most
 * sentences, one character for one; writing each sentence's reading in
 * full would add the size of the Chinese text again to the page. So the
 * page carries the map once and its script applies it, and only a
 * sentence the map would read wrongly (a phrase OpenCC converts as a
 * whole, a character converted two ways) carries its own reading.
 *
 * A character's entry is fixed by the first sentence that shows it and
 * never changes, so a sentence found readable by the map stays so. */
#include "report_internal.h"

#include <stdlib.h>
#include <string.h>

/* The CJK blocks and the supplementary ideographs are below this. */
enum { T2S_CAP = 0x30000 };

struct zhen__t2s {
	int32_t *to;      /* T2S_CAP entries: 0 unseen, else what it becomes */
	int32_t *a, *b;   /* one sentence's code points, reused */
	size_t cap;
};

struct zhen__t2s *zhen__t2s_new(void)
{
	struct zhen__t2s *m = calloc(1, sizeof *m);

	if (m && !(m->to = calloc(T2S_CAP, sizeof *m->to))) {
		free(m);
		return NULL;
	}
	return m;
}

void zhen__t2s_free(struct zhen__t2s *m)
{
	if (!m)
		return;
	free(m->to);
	free(m->a);
	free(m->b);
	free(m);
}

/* The code points of s[0, len) into @p out (room for len); their number. */
static size_t decode(int32_t *out, const char *s, size_t len)
{
	size_t n = 0, i = 0;

	while (i < len)
		out[n++] = zhen__utf8_next(s, len, &i);
	return n;
}

static int reserve(struct zhen__t2s *m, size_t len)
{
	if (len <= m->cap)
		return 0;
	int32_t *a = realloc(m->a, len * sizeof *a);
	if (a)
		m->a = a;
	int32_t *b = a ? realloc(m->b, len * sizeof *b) : NULL;
	if (!b)
		return ZHEN_ENOMEM;
	m->b = b;
	m->cap = len;
	return 0;
}

int zhen__t2s_learn(struct zhen__t2s *m, const char *t, size_t tlen,
                    const char *s, size_t slen)
{
	size_t nt, ns;

	if (reserve(m, tlen > slen ? tlen : slen) < 0)
		return ZHEN_ENOMEM;
	nt = decode(m->a, t, tlen);
	ns = decode(m->b, s, slen);
	if (nt != ns)
		return 0;
	for (size_t i = 0; i < nt; i++)
		if (m->a[i] >= 0 && m->a[i] < T2S_CAP && !m->to[m->a[i]])
			m->to[m->a[i]] = m->b[i];
	for (size_t i = 0; i < nt; i++) {
		int32_t c = m->a[i];
		int32_t r = c >= 0 && c < T2S_CAP ? m->to[c] : c;
		if (r != m->b[i])
			return 0;
	}
	return 1;
}

void zhen__t2s_write(struct zhen__buf *b, const struct zhen__t2s *m)
{
	char u[8];

	for (int32_t c = 0; c < T2S_CAP; c++) {
		if (!m->to[c] || m->to[c] == c)
			continue;
		zhen__buf_add(b, u, zhen__utf8_put(u, c));
		zhen__buf_add(b, u, zhen__utf8_put(u, m->to[c]));
	}
}
