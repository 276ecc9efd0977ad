/* zip_fixture.h: ZIP archives made in memory with libzip, for the readers'
 * tests (DOCX, XLSX, broken and oversized archives). */
#ifndef ZHEN_ZIP_FIXTURE_H
#define ZHEN_ZIP_FIXTURE_H

#include <stdlib.h>
#include <string.h>
#include <zip.h>

/* A ZIP of @p n members, names[i] holding datas[i] (NUL-terminated, or
 * lens[i] bytes when lens is not NULL), deflated. Returns malloc'd bytes
 * and sets *len, or NULL. */
static inline char *zip_fixture(size_t *len, size_t n,
                                const char *const *names,
                                const char *const *datas,
                                const size_t *lens)
{
	zip_error_t err;
	zip_error_init(&err);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &err);
	char *out = NULL;
	if (!src)
		return NULL;
	zip_source_keep(src);
	zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &err);
	if (!z)
		goto done;
	for (size_t i = 0; i < n; i++) {
		size_t l = lens ? lens[i] : strlen(datas[i]);
		zip_source_t *m = zip_source_buffer(z, datas[i], l, 0);
		if (!m || zip_file_add(z, names[i], m, ZIP_FL_ENC_UTF_8) < 0) {
			zip_source_free(m);
			zip_discard(z);
			goto done;
		}
	}
	if (zip_close(z) < 0) {
		zip_discard(z);
		goto done;
	}
	zip_stat_t st;
	if (zip_source_stat(src, &st) < 0 || zip_source_open(src) < 0)
		goto done;
	out = malloc(st.size ? st.size : 1);
	if (out && zip_source_read(src, out, st.size) != (zip_int64_t)st.size) {
		free(out);
		out = NULL;
	}
	zip_source_close(src);
	*len = st.size;
done:
	zip_source_free(src);
	zip_error_fini(&err);
	return out;
}

#endif
