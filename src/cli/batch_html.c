/* batch_html.c: zhen check --batch DIR (or --manifest) --format=html -o
 * OUT: each pair's page written into the folder OUT as it comes
 * (NNNN-NAME.html, through a temporary file and a rename), then OUT/
 * index.html, which links them with their counts (zhen_report_index_html()).
 * Kept apart from batch.c, which calls these three. */
#include "batch.h"
#include "commands.h"
#include "io.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

bool batch_html_begin(const struct opts *o)
{
	struct stat st;

	if (mkdir(o->output, 0777) != 0 && errno != EEXIST) {
		cli_err(o->output, 0, "cannot make the folder: %s",
		        strerror(errno));
		return false;
	}
	if (stat(o->output, &st) != 0 || !S_ISDIR(st.st_mode)) {
		cli_err(o->output, 0, "not a folder (--batch --format=html "
		        "writes a page a pair and index.html into -o DIR)");
		return false;
	}
	return true;
}

/* "0007-annual-report.html": the pair's number keeps names apart, and
 * only letters, digits, '.', '_' and '-' of its name are kept. */
static char *page_name(size_t i, const char *name)
{
	size_t n = strlen(name), k;
	char *s = malloc(n + 32);

	if (!s)
		return NULL;
	k = (size_t)snprintf(s, 32, "%04zu-", i + 1);
	for (size_t j = 0; j < n && j < 80; j++) {
		unsigned char c = (unsigned char)name[j];
		bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		            (c >= '0' && c <= '9') || c == '.' || c == '_' ||
		            c == '-' || c >= 0x80;
		s[k++] = keep ? (char)c : '-';
	}
	strcpy(s + k, ".html");
	return s;
}

char *batch_html_page(const struct opts *o, size_t i, const char *name,
                      const char *bytes, size_t len)
{
	char *href = page_name(i, name), *path;
	size_t n;

	if (!href) {
		cli_err(NULL, 0, "out of memory");
		return NULL;
	}
	n = strlen(o->output) + strlen(href) + 2;
	if (!(path = malloc(n))) {
		free(href);
		cli_err(NULL, 0, "out of memory");
		return NULL;
	}
	snprintf(path, n, "%s/%s", o->output, href);
	if (!cli_write_atomic(path, bytes, len)) {
		free(href);
		href = NULL;
	}
	free(path);
	return href;
}

bool batch_html_index(const struct opts *o, const struct batch *b,
                      const struct batch_page *pages)
{
	zhen_index_entry *e = calloc(b->n + 1, sizeof *e);
	struct cli_buf out = { 0 };
	char *path = NULL;
	bool ok = false;

	if (!e || !(path = malloc(strlen(o->output) + 16))) {
		cli_err(NULL, 0, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < b->n; i++) {
		e[i] = (zhen_index_entry)ZHEN_INDEX_ENTRY_INIT;
		e[i].name = b->v[i].name ? b->v[i].name : b->v[i].zh;
		e[i].zh = b->v[i].zh;
		e[i].en = b->v[i].en;
		e[i].href = pages[i].href;
		e[i].errors = pages[i].n[ZHEN_SEV_ERROR];
		e[i].warnings = pages[i].n[ZHEN_SEV_WARNING];
		e[i].info = pages[i].n[ZHEN_SEV_INFO];
		e[i].error = pages[i].unreadable ? "not checked (see the "
		                                   "error lines)" : NULL;
	}
	sprintf(path, "%s/index.html", o->output);
	if (zhen_report_index_html(cli_write_buf, &out,
	                           o->batch ? o->batch : o->manifest, e,
	                           b->n) != 0 || out.oom)
		cli_err(path, 0, "out of memory");
	else
		ok = cli_write_atomic(path, out.p, out.len);
done:
	free(out.p);
	free(path);
	free(e);
	return ok;
}
