/* accepting.c: what zhen check does with the findings a project accepted
 * or set aside: the settings' ignore rules and severities, the baseline's
 * accepted ids (--baseline), the findings recorded for --write-baseline.
 * One hook for documents, batches and pairs (cli_accept_result(),
 * cli_accept_pair()), so the three modes mean the same. */
#include "baseline.h"
#include "io.h"
#include "settings.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The run of one zhen check (settings->run). */
struct accepting {
	zhen_policy *ids;     /* the ids of the baseline read, or NULL */
	struct baseline base; /* the baseline read, for the reasons to keep */
	bool recording;       /* --write-baseline */
	struct baseline rec;  /* the findings seen, for --write-baseline */
	pthread_mutex_t lock; /* rec, from the threads of a batch */
};

static struct accepting *run_of(const struct opts *o)
{
	return o->settings ? o->settings->run : NULL;
}

static void run_free(struct accepting *a)
{
	if (!a)
		return;
	zhen_policy_free(a->ids);
	cli_baseline_free(&a->base);
	cli_baseline_free(&a->rec);
	pthread_mutex_destroy(&a->lock);
	free(a);
}

/* The ids of @p b as a policy. */
static zhen_policy *ids_policy(const struct baseline *b)
{
	zhen_policy *p = NULL;

	if (zhen_policy_new(&p) < 0)
		return NULL;
	for (size_t i = 0; i < b->n; i++)
		if (zhen_policy_accept(p, b->v[i].id) < 0) {
			zhen_policy_free(p);
			return NULL;
		}
	return p;
}

bool cli_baseline_begin(const struct opts *o)
{
	struct settings *st = o->settings;
	struct accepting *a;

	if (!st || (!o->baseline && !o->write_baseline))
		return true;
	if (o->write_baseline && !cli_not_an_input(o, o->write_baseline))
		return false;
	if (!(a = calloc(1, sizeof *a))) {
		cli_err(o->baseline ? o->baseline : o->write_baseline, 0,
		        "out of memory");
		return false;
	}
	pthread_mutex_init(&a->lock, NULL);
	st->run = a;
	a->recording = o->write_baseline != NULL;
	/* the settings file says where the baseline lives; until a first
	 * --write-baseline or accept there is none. A file named on the
	 * command line must exist: a typo would accept nothing. */
	if (o->baseline) {
		bool rewritten = o->write_baseline &&
		                 (!strcmp(o->baseline, o->write_baseline) ||
		                  cli_same_file(o->baseline, o->write_baseline));
		bool missing_ok = !st->cli_baseline || rewritten;
		if (!cli_baseline_read(&a->base, o->baseline, missing_ok))
			goto fail;
		if (!(a->ids = ids_policy(&a->base))) {
			cli_err(o->baseline, 0, "out of memory");
			goto fail;
		}
	}
	return true;
fail:
	run_free(a);
	st->run = NULL;
	return false;
}

/* Note the findings of @p f for --write-baseline. */
static void record(struct accepting *a, const zhen_findings *f,
                   const char *zh, size_t zb, const char *en, size_t eb)
{
	pthread_mutex_lock(&a->lock);
	for (size_t i = 0; i < zhen_findings_count(f); i++) {
		const zhen_finding *x = zhen_findings_get(f, i);
		struct entry e = { .line = 0 };
		if (!x->id[0])
			continue;
		e.reason = cli_baseline_field("", 0);
		cli_baseline_describe(&e, x, zh, zb, en, eb);
		/* a field it could not copy: the entry is dropped, rec.oom
		 * set, and nothing will be written */
		cli_baseline_add(&a->rec, &e);
	}
	pthread_mutex_unlock(&a->lock);
}

static zhen_check_options check_options(const struct opts *o)
{
	zhen_check_options co = ZHEN_CHECK_OPTIONS_INIT;
	co.strict = o->strict;
	return co;
}

/* Out of memory while applying the settings file or baseline @p file
 * (NULL: the settings came from the command line alone). */
static int oom(const char *file, const char *doing)
{
	cli_err(file, 0, "out of memory %s", doing);
	return EXIT_TROUBLE;
}

int cli_accept_result(const struct opts *o, zhen_result *r,
                      const zhen_doc *zh, const zhen_doc *en)
{
	const zhen_policy *rules = o->settings ? o->settings->policy : NULL;
	struct accepting *a = run_of(o);
	zhen_check_options co = check_options(o);

	if (rules && zhen_policy_apply_result(NULL, r, rules, &co, zh, en) < 0)
		return oom(o->settings->path, "applying the settings");
	if (a && a->recording)
		record(a, zhen_result_findings(r), zhen_doc_bytes(zh, NULL), 0,
		       zhen_doc_bytes(en, NULL), 0);
	if (a && a->ids &&
	    zhen_policy_apply_result(NULL, r, a->ids, &co, zh, en) < 0)
		return oom(o->baseline, "applying the accepted findings");
	return 0;
}

int cli_accept_pair(const struct opts *o, zhen_findings *f, const char *zh,
                    size_t zh_base, const char *en, size_t en_base,
                    size_t *accepted, zhen_findings **kept)
{
	const zhen_policy *rules = o->settings ? o->settings->policy : NULL;
	struct accepting *a = run_of(o);
	zhen_check_options co = check_options(o);

	*accepted = 0;
	if (rules && zhen_policy_apply(NULL, f, rules, &co, zh, zh_base, en,
	                               en_base) < 0)
		return oom(o->settings->path, "applying the settings");
	if (a && a->recording)
		record(a, f, zh, zh_base, en, en_base);
	if (kept)
		*kept = NULL;
	if (a && a->ids && kept) {
		if (zhen_policy_apply_keep(kept, f, a->ids, &co, zh, zh_base,
		                           en, en_base) < 0)
			return oom(o->baseline, "applying the accepted findings");
		*accepted = zhen_findings_count(*kept);
	} else if (a && a->ids && zhen_policy_apply(accepted, f, a->ids, &co,
	                                            zh, zh_base, en,
	                                            en_base) < 0) {
		return oom(o->baseline, "applying the accepted findings");
	}
	return 0;
}

void cli_summary_accepted(char *line, size_t cap, const struct opts *o,
                          size_t accepted)
{
	const struct accepting *a = run_of(o);
	size_t len = strlen(line);

	if (!a || !a->ids || !len || line[len - 1] != '\n')
		return;
	snprintf(line + len - 1, cap - (len - 1), ", %zu accepted\n", accepted);
}

void cli_print_summary_accepted(const char *what, size_t n,
                                const size_t sev[3], const struct opts *o,
                                size_t accepted)
{
	char line[200];

	cli_summary_line(line, sizeof line, what, n, sev);
	cli_summary_accepted(line, sizeof line, o, accepted);
	fputs(line, stdout);
}

/* The findings of the run, with the date and reason of those the
 * baseline read already had. */
static bool merge_reasons(struct accepting *a)
{
	char day[11];

	cli_baseline_today(day);
	cli_baseline_sort(&a->rec);
	for (size_t i = 0; i < a->rec.n; i++) {
		struct entry *e = &a->rec.v[i];
		const struct entry *old = cli_baseline_find(&a->base, e->id);
		memcpy(e->date, old ? old->date : day, sizeof e->date);
		if (old) {
			char *r = cli_baseline_field(old->reason, strlen(old->reason));
			if (!r)
				return false;
			free(e->reason);
			e->reason = r;
		}
	}
	return !a->rec.oom;
}

int cli_baseline_end(const struct opts *o, int status)
{
	struct accepting *a = run_of(o);

	if (a && a->recording && o->write_baseline) {
		if (status == EXIT_TROUBLE) {
			cli_err(o->write_baseline, 0, "not written: the check "
			        "could not read all its input");
		} else if (!merge_reasons(a)) {
			cli_err(o->write_baseline, 0, "out of memory");
			status = EXIT_TROUBLE;
		} else if (!cli_baseline_write(&a->rec, o->write_baseline)) {
			status = EXIT_TROUBLE;
		}
	}
	run_free(a);
	if (o->settings)
		o->settings->run = NULL;
	return status;
}
