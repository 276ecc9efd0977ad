/* Fuzz target: the settings file, .zhen.ini (src/cli/settings.c, read
 * with inih), as zhen reads --config=FILE, then zhen config's listing of
 * it and its [severity] and [ignore] rules applied to the findings of a
 * pair. Input: an option byte (bit 0 --strict, bit 1 --lexicon=none,
 * bit 2 a --dict, bit 3 --baseline on the command line, which then wins),
 * then the file. Invariants: a refusal is one error line naming the file
 * and a line of it (fuzz_file.h); a file read gives each setting its
 * line, values that are not empty, a policy when it has rules, and the
 * command line's options where it set them; zhen config prints it; the
 * rules only remove findings. */
#include <fcntl.h>

#include "fuzz_file.h"
#include "settings.h"

/* zhen config, its output thrown away. */
static int config_quietly(const struct opts *o)
{
	int out = dup(STDOUT_FILENO), null = open("/dev/null", O_WRONLY);
	int rc;

	if (out < 0 || null < 0)
		abort();
	fflush(stdout);
	dup2(null, STDOUT_FILENO);
	rc = cmd_config(fuzz_ctx(), o);
	fflush(stdout);
	dup2(out, STDOUT_FILENO);
	close(out);
	close(null);
	return rc;
}

static void require_read(const struct settings *st, const struct opts *o,
                         size_t lines, uint8_t flags)
{
	const struct setting *one[] = { &st->lexicon, &st->strict,
	                                &st->baseline };

	FUZZ_REQUIRE(st->ndicts <= CLI_MAX_DICTS && o->ndicts <= CLI_MAX_DICTS);
	for (int i = 0; i < st->ndicts; i++)
		FUZZ_REQUIRE(st->dicts[i].value[0] && st->dicts[i].line >= 1 &&
		             st->dicts[i].line <= lines);
	for (size_t i = 0; i < 3; i++)
		FUZZ_REQUIRE(!one[i]->value || (one[i]->value[0] &&
		             one[i]->line >= 1 && one[i]->line <= lines));
	for (size_t i = 0; i < st->nrules; i++)
		FUZZ_REQUIRE(st->rules[i].value[0] && st->rules[i].line >= 1 &&
		             st->rules[i].line <= lines);
	FUZZ_REQUIRE(!st->nrules || st->policy);
	/* the command line wins */
	if (flags & 1)
		FUZZ_REQUIRE(o->strict);
	if (flags & 2)
		FUZZ_REQUIRE(o->no_lexicon && !o->lexicon);
	if (flags & 4)
		FUZZ_REQUIRE(o->ndicts == 1 && !strcmp(o->dicts[0], "cli.tsv"));
	if (flags & 8)
		FUZZ_REQUIRE(!strcmp(o->baseline, "cli-baseline.tsv"));
}

/* The rules on the findings of a pair: they remove some or none. */
static void apply_rules(const zhen_policy *p)
{
	static const char zh[] = "營收34億元，增長21%，毛利率3.5個百分點，"
	                         "2024年10月22日，型號A-100。";
	static const char en[] = "Revenue was 3.5 billion, up 12%, margin "
	                         "up 3.5 percent, on 22 October 2023.";
	zhen_findings *f = NULL;
	size_t accepted = 0;

	if (zhen_check_pair(&f, fuzz_ctx(), zh, sizeof zh - 1, 0, en,
	                    sizeof en - 1, 0, NULL) != 0)
		return;
	size_t before = zhen_findings_count(f);
	FUZZ_REQUIRE(zhen_policy_apply(&accepted, f, p, NULL, zh, 0, en, 0) == 0);
	FUZZ_REQUIRE(zhen_findings_count(f) <= before && accepted == 0);
	zhen_findings_free(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct opts o = { 0 };
	struct settings st;
	struct cli_buf err = { 0 };

	if (size < 1)
		return 0;
	char path[FUZZ_PATH_MAX];
	fuzz_path(path, "settings.ini");
	fuzz_write(path, data + 1, size - 1);
	o.config = path;
	o.strict = data[0] & 1;
	o.no_lexicon = data[0] & 2;
	if (data[0] & 4)
		o.dicts[o.ndicts++] = "cli.tsv";
	if (data[0] & 8)
		o.baseline = "cli-baseline.tsv";
	cli_err_capture(&err);
	bool ok = cli_settings_load(&st, &o);
	cli_err_capture(NULL);
	size_t lines = fuzz_lines(data + 1, size - 1);
	fuzz_require_error(&err, ok, path, lines);
	if (ok) {
		require_read(&st, &o, lines, data[0]);
		FUZZ_REQUIRE(config_quietly(&o) == EXIT_CLEAN);
		apply_rules(st.policy);
	}
	cli_settings_free(&st);
	free(err.p);
	return 0;
}
