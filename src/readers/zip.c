/* readers/zip.c: DOCX and XLSX members through libzip, within limits. The
 * sizes an archive claims are not trusted: a member is inflated in pieces
 * and counted, and reading stops at the limit (a ZIP bomb is an error
 * after at most that many bytes). */
#include "readers.h"

#include <stdlib.h>
#include <string.h>

int zhen__zip_open(struct zhen__zip *z, zhen_ctx *ctx, const char *bytes,
                   size_t len, size_t limit)
{
	memset(z, 0, sizeof *z);
	z->ctx = ctx;
	z->limit = limit ? limit : ZHEN_READ_ZIP_LIMIT;
	z->budget = z->limit;
	zip_error_t err;
	zip_error_init(&err);
	zip_source_t *src = zip_source_buffer_create(len ? bytes : "", len, 0,
	                                             &err);
	if (!src) {
		zip_error_fini(&err);
		return zhen__fail(ctx, ZHEN_ENOMEM, "out of memory (ZIP)");
	}
	z->z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
	if (!z->z) {
		zip_source_free(src);
		int rc = zhen__fail_at(ctx, ZHEN_EINPUT, 0, 0, "broken ZIP: %s",
		                       zip_error_strerror(&err));
		zip_error_fini(&err);
		return rc;
	}
	zip_error_fini(&err);
	return 0;
}

bool zhen__zip_has(struct zhen__zip *z, const char *name)
{
	return zip_name_locate(z->z, name, 0) >= 0;
}

/* Inflate the open member @p f into @p b, at most @p cap bytes. */
static int inflate_capped(struct zhen__buf *b, struct zhen__zip *z,
                          zip_file_t *f, const char *name, size_t cap)
{
	char piece[64 * 1024];
	for (;;) {
		zip_int64_t n = zip_fread(f, piece, sizeof piece);
		if (n < 0)
			return zhen__fail_at(z->ctx, ZHEN_EINPUT, 0, 0,
			                     "broken ZIP member %s: %s", name,
			                     zip_file_strerror(f));
		if (n == 0)
			return 0;
		if ((size_t)n > cap - b->len)
			return zhen__fail_at(z->ctx, ZHEN_EINPUT, 0, 0,
			                     "ZIP member %s inflates past %zu "
			                     "MiB (a ZIP bomb?); zhen stops there",
			                     name, z->limit >> 20);
		zhen__buf_add(b, piece, (size_t)n);
		if (b->oom)
			return zhen__fail(z->ctx, ZHEN_ENOMEM, "out of memory");
	}
}

int zhen__zip_read(char **out, size_t *len, struct zhen__zip *z,
                   const char *name, bool required)
{
	*out = NULL;
	*len = 0;
	zip_stat_t st;
	zip_stat_init(&st);
	if (zip_stat(z->z, name, 0, &st) < 0) {
		if (!required)
			return 1;
		return zhen__fail_at(z->ctx, ZHEN_EINPUT, 0, 0,
		                     "no %s in the ZIP", name);
	}
	if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) &&
	    st.encryption_method != ZIP_EM_NONE)
		return zhen__fail_at(z->ctx, ZHEN_EINPUT, 0, 0, "%s is encrypted "
		                     "(password-protected)", name);
	zip_file_t *f = zip_fopen(z->z, name, 0);
	if (!f)
		return zhen__fail_at(z->ctx, ZHEN_EINPUT, 0, 0,
		                     "broken ZIP member %s: %s", name,
		                     zip_strerror(z->z));
	struct zhen__buf b = { 0 };
	size_t cap = z->limit < z->budget ? z->limit : z->budget;
	int rc = inflate_capped(&b, z, f, name, cap);
	zip_fclose(f);
	if (rc < 0) {
		zhen__buf_free(&b);
		return rc;
	}
	if (!b.p)
		zhen__buf_add(&b, "", 0);
	if (b.oom)
		return zhen__fail(z->ctx, ZHEN_ENOMEM, "out of memory");
	z->budget -= b.len;
	*out = b.p;
	*len = b.len;
	return 0;
}

void zhen__zip_close(struct zhen__zip *z)
{
	if (z->z)
		zip_discard(z->z);
	z->z = NULL;
}
