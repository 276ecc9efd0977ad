/* cmd_accept.c: zhen accept ID --reason TEXT: accept one finding from the
 * terminal, by the id its report line ends with, into the baseline file
 * (README "Baselines"). */
#include "baseline.h"
#include "commands.h"
#include "io.h"
#include "settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* @p s as an id: lowercase, checked. */
static bool parse_id(char out[ZHEN_FINDING_ID_LEN + 1], const char *s)
{
	size_t n = strlen(s);

	if (n != ZHEN_FINDING_ID_LEN)
		return false;
	for (size_t i = 0; i < n; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'F' ? s[i] - 'A' + 'a'
		                                           : s[i]);
	out[n] = '\0';
	return cli_baseline_is_id(out, n);
}

/* The type and figures of finding @p id of the documents o->args[1] and
 * o->args[2], checked as zhen check would (the settings' ignore rules and
 * severities included), into @p e. false after an error line: the
 * documents cannot be checked, or hold no finding @p id (a typo, or a
 * finding fixed since). */
static bool describe(struct entry *e, zhen_ctx *ctx, const struct opts *o,
                     const char *id)
{
	const zhen_policy *rules = o->settings ? o->settings->policy : NULL;
	zhen_check_options co = ZHEN_CHECK_OPTIONS_INIT;
	struct checked_docs d;
	bool found = false;

	co.strict = o->strict;
	if (cli_check_paths(&d, ctx, o, o->args[1], o->args[2], NULL, CLI_CHECK) ||
	    (rules && zhen_policy_apply_result(NULL, d.r, rules, &co, d.zh,
	                                       d.en) < 0))
		goto out;
	const zhen_findings *f = zhen_result_findings(d.r);
	const char *zs = zhen_doc_bytes(d.zh, NULL), *es = zhen_doc_bytes(d.en, NULL);
	for (size_t i = 0; !found && i < zhen_findings_count(f); i++) {
		const zhen_finding *x = zhen_findings_get(f, i);
		if (strcmp(x->id, id))
			continue;
		found = true;
		cli_baseline_describe(e, x, zs, 0, es, 0);
	}
	if (!found)
		cli_err(NULL, 0, "no finding %s in %s and %s; nothing accepted",
		        id, cli_display_name(o->args[1]),
		        cli_display_name(o->args[2]));
out:
	cli_checked_docs_free(&d);
	return found;
}

int cmd_accept(zhen_ctx *ctx, const struct opts *o)
{
	struct baseline b;
	char id[ZHEN_FINDING_ID_LEN + 1];
	int status = EXIT_TROUBLE;

	if (o->nargs != 1 && o->nargs != 3)
		return cli_usage_error("accept takes one finding ID (the [id "
		                       "…] of a report), and may take the "
		                       "ZH_FILE and EN_FILE it is in");
	if (!parse_id(id, o->args[0]))
		return cli_usage_error("'%s' is no finding id (12 hex digits)",
		                       o->args[0]);
	if (!o->reason || !*o->reason)
		return cli_usage_error("accept needs --reason=TEXT: why the "
		                       "finding is right");
	if (!o->baseline)
		return cli_usage_error("accept needs --baseline=FILE, or a "
		                       "baseline in the settings file");
	if (o->nargs == 3 && !strcmp(o->args[1], "-") && !strcmp(o->args[2], "-"))
		return cli_usage_error("standard input can be read only once");
	if (!cli_baseline_read(&b, o->baseline, true))
		return EXIT_TROUBLE;
	struct entry *e = cli_baseline_find(&b, id);
	if (!e) {
		struct entry n = { .type = cli_baseline_field("", 0),
		                   .zh = cli_baseline_field("", 0),
		                   .en = cli_baseline_field("", 0),
		                   .reason = cli_baseline_field("", 0) };
		memcpy(n.id, id, sizeof n.id);
		if (!cli_baseline_add(&b, &n))
			goto oom;
		cli_baseline_sort(&b);
		e = cli_baseline_find(&b, id);
	}
	if (o->nargs == 3 && !describe(e, ctx, o, id))
		goto out;
	char *reason;
	if (!e->type || !e->zh || !e->en ||
	    !(reason = cli_baseline_field(o->reason, strlen(o->reason))))
		goto oom;
	free(e->reason);
	e->reason = reason;
	cli_baseline_today(e->date);
	if (cli_baseline_write(&b, o->baseline)) {
		printf("zhen: accepted %s in %s\n", id, o->baseline);
		status = EXIT_CLEAN;
	}
	goto out;
oom:
	cli_err(o->baseline, 0, "out of memory");
out:
	cli_baseline_free(&b);
	return status;
}
