/* batch_pairs.c: which files of a folder pair up for zhen check --batch,
 * and the pairs of a --manifest. The naming rule (README "Batch"):
 *   x.zh.txt   and x.en.txt     (also x.zh-Hant.txt, x.zh-Hans.txt, …)
 *   x_zh.txt   and x_en.txt
 *   zh/x.txt   and en/x.txt     (a folder named for the language)
 * the same extension on both sides. A file that fits no rule, or whose
 * partner is missing, is listed as unpaired: never silently ignored. */
#include "batch.h"
#include "commands.h"
#include "io.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The language tags of the rule: the Chinese ones, then the English. */
static const char *const zh_tags[] = { "zh", "zh-Hant", "zh-Hans", "zh-TW",
	                               "zh-HK", "zh-CN", NULL };
static const char *const en_tags[] = { "en", "en-US", "en-GB", NULL };

/* 'z', 'e' or 0: the language tag s[0, n) names. */
static int tag_lang(const char *s, size_t n)
{
	for (int k = 0; zh_tags[k]; k++)
		if (strlen(zh_tags[k]) == n && !strncmp(s, zh_tags[k], n))
			return 'z';
	for (int k = 0; en_tags[k]; k++)
		if (strlen(en_tags[k]) == n && !strncmp(s, en_tags[k], n))
			return 'e';
	return 0;
}

struct file {
	char *path;  /* relative to the folder */
	char *key;   /* the path with its language tag taken out */
	int lang;    /* 'z', 'e' or 0 */
};

/* The file name @p name's tag: x.zh.txt, x_zh.txt. The key (without
 * tag) into @p key; 0 when none. */
static int name_tag(const char *name, char *key, size_t cap)
{
	const char *ext = strrchr(name, '.');
	size_t stem = ext && ext != name ? (size_t)(ext - name) : strlen(name);

	/* .zh before the extension, or _zh */
	for (size_t i = stem; i-- > 1;) {
		if (name[i] != '.' && name[i] != '_')
			continue;
		int lang = tag_lang(name + i + 1, stem - i - 1);
		if (!lang)
			return 0;
		snprintf(key, cap, "%.*s%c%s", (int)i, name, name[i],
		         name + stem);
		return lang;
	}
	return 0;
}

/* Classify @p rel ("a/b/x.zh.txt"): its language and key. */
static void classify(struct file *f, const char *rel)
{
	char key[4096];
	const char *base = strrchr(rel, '/');
	size_t dir = base ? (size_t)(base - rel + 1) : 0;
	int lang;

	f->lang = 0;
	f->key = NULL;
	if ((lang = name_tag(rel + dir, key, sizeof key))) {
		f->lang = lang;
		char full[4096 + 64];
		snprintf(full, sizeof full, "%.*s%s", (int)dir, rel, key);
		f->key = strdup(full);
		return;
	}
	/* a folder named for the language: zh/x.txt */
	for (size_t a = 0; a < dir;) {
		size_t b = a;
		while (b < dir && rel[b] != '/')
			b++;
		if ((lang = tag_lang(rel + a, b - a))) {
			char full[4096 + 64];
			snprintf(full, sizeof full, "%.*s*%s", (int)a, rel, rel + b);
			f->lang = lang;
			f->key = strdup(full);
			return;
		}
		a = b + 1;
	}
}

struct walk {
	struct file *v;
	size_t n, cap;
	bool oom;
};

static void add_file(struct walk *w, const char *rel)
{
	if (w->n == w->cap) {
		size_t cap = w->cap ? 2 * w->cap : 64;
		struct file *p = realloc(w->v, cap * sizeof *p);
		if (!p) {
			w->oom = true;
			return;
		}
		w->v = p;
		w->cap = cap;
	}
	struct file *f = &w->v[w->n];
	if (!(f->path = strdup(rel))) {
		w->oom = true;
		return;
	}
	classify(f, rel);
	w->n++;
}

/* Every regular file under @p root/@p rel, recursively; false after an
 * error line naming a folder that cannot be read. */
static bool walk_dir(struct walk *w, const char *root, const char *rel)
{
	char path[4096];
	DIR *d;
	struct dirent *e;
	bool ok = true;

	snprintf(path, sizeof path, "%s%s%s", root, *rel ? "/" : "", rel);
	if (!(d = opendir(path))) {
		cli_err(path, 0, "%s", strerror(errno));
		return false;
	}
	while ((e = readdir(d)) && !w->oom) {
		char sub[4096], full[8192];
		struct stat st;
		if (e->d_name[0] == '.')
			continue; /* ., .., and hidden files (.git, .zhen.ini) */
		snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
		snprintf(full, sizeof full, "%s/%s", root, sub);
		if (stat(full, &st) != 0)
			add_file(w, sub); /* a broken link: unreadable, listed */
		else if (S_ISDIR(st.st_mode))
			ok &= walk_dir(w, root, sub);
		else if (S_ISREG(st.st_mode))
			add_file(w, sub);
	}
	closedir(d);
	return ok;
}

static int file_cmp(const void *a, const void *b)
{
	const struct file *x = a, *y = b;
	int c = strcmp(x->key ? x->key : "", y->key ? y->key : "");
	return c ? c : strcmp(x->path, y->path);
}

static char *join(const char *dir, const char *rel)
{
	size_t n = strlen(dir) + strlen(rel) + 2;
	char *p = malloc(n);
	if (p)
		snprintf(p, n, "%s/%s", dir, rel);
	return p;
}

/* Add the pair @p zh, @p en (NULL: @p zh is a bilingual file of format
 * @p f), taking the strings; false (all freed) when out of memory. */
static bool push_pair_of(struct batch *b, char *zh, char *en, char *name,
                         zhen_format f)
{
	if (b->n == b->cap && zh && name) {
		size_t cap = b->cap ? 2 * b->cap : 32;
		struct batch_pair *p = realloc(b->v, cap * sizeof *p);
		if (p) {
			b->v = p;
			b->cap = cap;
		}
	}
	if (!zh || !name || b->n == b->cap) {
		free(zh);
		free(en);
		free(name);
		return false;
	}
	b->v[b->n++] = (struct batch_pair){ zh, en, name, f };
	return true;
}

static bool push_pair(struct batch *b, char *zh, char *en, char *name)
{
	if (!en) {
		free(zh);
		free(name);
		return false;
	}
	return push_pair_of(b, zh, en, name, ZHEN_FORMAT_UNKNOWN);
}

static bool push_unpaired(struct batch *b, char *path, const char *why)
{
	if (!path)
		return false;
	if (b->nun == b->capun) {
		size_t cap = b->capun ? 2 * b->capun : 16;
		struct batch_unpaired *p = realloc(b->un, cap * sizeof *p);
		if (!p) {
			free(path);
			return false;
		}
		b->un = p;
		b->capun = cap;
	}
	b->un[b->nun++] = (struct batch_unpaired){ path, why };
	return true;
}

/* The files of one key, [a, z): each Chinese file with the English one;
 * the rest unpaired. */
static bool pair_key(struct batch *b, const char *dir, const struct file *f,
                     size_t a, size_t z)
{
	size_t en = z, nzh = 0;
	bool ok = true;

	for (size_t i = a; i < z; i++) {
		nzh += f[i].lang == 'z';
		if (f[i].lang == 'e' && en == z)
			en = i;
	}
	for (size_t i = a; ok && i < z; i++) {
		char *path = join(dir, f[i].path);
		if (f[i].lang == 'z' && en < z)
			ok = push_pair(b, path, join(dir, f[en].path),
			               strdup(f[i].key));
		else if (f[i].lang == 'z')
			ok = push_unpaired(b, path, "no English file of that name");
		else if (!nzh)
			ok = push_unpaired(b, path, "no Chinese file of that name");
		else if (i != en)
			ok = push_unpaired(b, path,
			                   "a second English file of that name");
		else
			free(path);
	}
	return ok;
}

bool batch_from_dir(struct batch *b, const char *dir)
{
	struct walk w = { 0 };
	bool ok = true;

	memset(b, 0, sizeof *b);
	/* a folder that cannot be read is an error line and counts as an
	 * unreadable input; the rest of the batch goes on */
	if (!walk_dir(&w, dir, ""))
		b->bad++;
	if (w.n)
		qsort(w.v, w.n, sizeof *w.v, file_cmp);
	for (size_t i = 0; ok && !w.oom && i < w.n;) {
		size_t j = i + 1;
		if (!w.v[i].key) {
			ok = push_unpaired(b, join(dir, w.v[i].path),
			                   "no language in its name (x.zh.txt, "
			                   "x_zh.txt or zh/x.txt)");
			i = j;
			continue;
		}
		while (j < w.n && w.v[j].key && !strcmp(w.v[j].key, w.v[i].key))
			j++;
		ok = pair_key(b, dir, w.v, i, j);
		i = j;
	}
	for (size_t i = 0; i < w.n; i++) {
		free(w.v[i].path);
		free(w.v[i].key);
	}
	free(w.v);
	if (!ok || w.oom) {
		cli_err(dir, 0, "out of memory");
		return false;
	}
	return true;
}

bool batch_from_manifest(struct batch *b, const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL, *dir, *slash;
	size_t cap = 0, lineno = 0;
	ssize_t got;
	bool ok = true;

	memset(b, 0, sizeof *b);
	if (!f) {
		cli_err(path, 0, "%s", strerror(errno));
		return false;
	}
	/* relative paths count from the manifest's folder */
	dir = strdup(path);
	if (dir && (slash = strrchr(dir, '/')))
		*slash = 0;
	else if (dir)
		strcpy(dir, ".");
	while (ok && dir && (got = getline(&line, &cap, f)) != -1) {
		lineno++;
		while (got && (line[got - 1] == '\n' || line[got - 1] == '\r'))
			line[--got] = 0;
		if (!got || line[0] == '#')
			continue;
		char *tab = strchr(line, '\t');
		if (!tab || strchr(tab + 1, '\t') || tab == line || !tab[1]) {
			cli_err(path, lineno, "expected ZH_PATH<TAB>EN_PATH");
			b->bad++;
			continue;
		}
		*tab = 0;
		char *zp = line[0] == '/' ? strdup(line) : join(dir, line);
		char *ep = tab[1] == '/' ? strdup(tab + 1) : join(dir, tab + 1);
		char name[64];
		snprintf(name, sizeof name, "%s:%zu", "manifest", lineno);
		ok = push_pair(b, zp, ep, strdup(name));
	}
	free(line);
	free(dir);
	fclose(f);
	if (!ok)
		cli_err(path, lineno, "out of memory");
	return ok;
}

bool batch_take_bilingual(struct batch *b, zhen_ctx *ctx,
                          const struct opts *o)
{
	size_t kept = 0;

	for (size_t i = 0; i < b->nun; i++) {
		struct batch_unpaired *u = &b->un[i];
		bool table;
		zhen_format f = cli_bilingual_format(ctx, o, u->path, &table);
		if (f == ZHEN_FORMAT_UNKNOWN) {
			if (table)
				u->why = "a table with no Chinese and English "
				         "columns found (zhen check FILE says "
				         "why)";
			b->un[kept++] = *u;
			continue;
		}
		if (!push_pair_of(b, u->path, NULL, strdup(u->path), f)) {
			/* its path is freed: the others stay listed */
			cli_err(NULL, 0, "out of memory");
			for (size_t k = i + 1; k < b->nun; k++)
				b->un[kept++] = b->un[k];
			b->nun = kept;
			return false;
		}
		b->nsingle++;
	}
	b->nun = kept;
	return true;
}

void batch_free(struct batch *b)
{
	for (size_t i = 0; i < b->n; i++) {
		free(b->v[i].zh);
		free(b->v[i].en); /* NULL for a bilingual file */
		free(b->v[i].name);
	}
	for (size_t i = 0; i < b->nun; i++)
		free(b->un[i].path);
	free(b->v);
	free(b->un);
	memset(b, 0, sizeof *b);
}
