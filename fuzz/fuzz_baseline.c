/* Fuzz target: a baseline file (src/cli/baseline.c) as zhen check
 * --baseline and zhen accept read it, then written back as zhen accept
 * writes it, with one finding accepted. Input: the file. Invariants: a
 * refusal is one error line naming the file and a line of it
 * (fuzz_file.h) and leaves no entry; a file read gives entries sorted by
 * id, each id once, valid (12 hex digits, a date, fields without TAB or
 * LF), each found by its id and taken by a policy; what is written reads
 * back as the same entries, and with an accepted finding added, as the
 * same plus that one. */
#include "baseline.h"
#include "fuzz_file.h"

/* The id zhen accept adds (as a user types it, checked by cmd_accept). */
static const char new_id[] = "0123456789ab";

static void require_valid(const struct baseline *b, size_t lines)
{
	zhen_policy *p = NULL;

	FUZZ_REQUIRE(!b->oom && b->n <= lines);
	for (size_t i = 0; i < b->n; i++) {
		const struct entry *e = &b->v[i];
		const char *f[] = { e->type, e->zh, e->en, e->reason };
		FUZZ_REQUIRE(cli_baseline_is_id(e->id, strlen(e->id)));
		FUZZ_REQUIRE(!i || strcmp(b->v[i - 1].id, e->id) < 0);
		FUZZ_REQUIRE(strlen(e->date) == 10 && e->line >= 1 &&
		             e->line <= lines);
		for (size_t k = 0; k < 4; k++)
			FUZZ_REQUIRE(f[k][0] && !strpbrk(f[k], "\t\n"));
		FUZZ_REQUIRE(cli_baseline_find(b, e->id) == e);
	}
	/* what zhen check does with it (accepting.c) */
	FUZZ_REQUIRE(zhen_policy_new(&p) == 0);
	for (size_t i = 0; i < b->n; i++)
		FUZZ_REQUIRE(zhen_policy_accept(p, b->v[i].id) == 0);
	FUZZ_REQUIRE(zhen_policy_accepted_count(p) == b->n);
	zhen_policy_free(p);
}

static bool same_entry(const struct entry *x, const struct entry *y)
{
	return !strcmp(x->id, y->id) && !strcmp(x->date, y->date) &&
	       !strcmp(x->type, y->type) && !strcmp(x->zh, y->zh) &&
	       !strcmp(x->en, y->en) && !strcmp(x->reason, y->reason);
}

/* @p b written and read back: the same entries. */
static void require_round_trip(const struct baseline *b)
{
	char path[FUZZ_PATH_MAX];
	struct baseline r;

	fuzz_path(path, "written.tsv");
	FUZZ_REQUIRE(cli_baseline_write(b, path));
	FUZZ_REQUIRE(cli_baseline_read(&r, path, false));
	FUZZ_REQUIRE(r.n == b->n);
	for (size_t i = 0; i < b->n; i++)
		FUZZ_REQUIRE(same_entry(&r.v[i], &b->v[i]));
	cli_baseline_free(&r);
}

/* zhen accept new_id --reason "...": a new entry, or a new reason. */
static void accept_one(struct baseline *b)
{
	static const char reason[] = "checked\twith the\r\nclient";
	struct entry *e = cli_baseline_find(b, new_id);
	size_t n = b->n;

	if (!e) {
		struct entry a = { .type = cli_baseline_field("", 0),
		                   .zh = cli_baseline_field("", 0),
		                   .en = cli_baseline_field("", 0),
		                   .reason = cli_baseline_field("", 0) };
		memcpy(a.id, new_id, sizeof a.id);
		FUZZ_REQUIRE(cli_baseline_add(b, &a));
		cli_baseline_sort(b);
		n++;
		FUZZ_REQUIRE((e = cli_baseline_find(b, new_id)) != NULL);
	}
	free(e->reason);
	FUZZ_REQUIRE((e->reason = cli_baseline_field(reason,
	                                             sizeof reason - 1)));
	FUZZ_REQUIRE(!strcmp(e->reason, "checked with the  client"));
	cli_baseline_today(e->date);
	FUZZ_REQUIRE(b->n == n);
	require_round_trip(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct baseline b;
	struct cli_buf err = { 0 };
	char path[FUZZ_PATH_MAX];
	fuzz_path(path, "baseline.tsv");

	fuzz_write(path, data, size);
	cli_err_capture(&err);
	bool ok = cli_baseline_read(&b, path, false);
	cli_err_capture(NULL);
	size_t lines = fuzz_lines(data, size);
	fuzz_require_error(&err, ok, path, lines);
	if (ok) {
		require_valid(&b, lines);
		require_round_trip(&b);
		accept_one(&b);
	} else {
		FUZZ_REQUIRE(b.n == 0 && !b.v);
	}
	cli_baseline_free(&b);
	free(err.p);
	return 0;
}
