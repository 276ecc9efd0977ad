/* inputs.c: inputs that look wrong before any is checked: the two files
 * swapped, one language on both sides, a Chinese file that is mostly
 * English; and --convert=none on Traditional text. A report on such inputs
 * would be a list of false findings, so they stop the run (exit 2) unless
 * --force says the user knows. */
#include "io.h"

#include <stdio.h>

/* Below this many letters a file says too little to judge (a table of
 * figures, a one-line test). */
#define MIN_LETTERS 40

/* What @p doc is written in: 'z' Chinese, 'e' English, 0 unclear. A Han
 * character carries about a word, an English word some five letters: a
 * text is Chinese when its Han characters are at least a third of its
 * Latin letters (English names and tickers inside Chinese stay well
 * below), English when they are under a tenth (a few names in Chinese in
 * an English text). */
static int written_in(const zhen_doc *doc)
{
	size_t han, latin;

	zhen_doc_letters(&han, &latin, doc);
	if (han + latin < MIN_LETTERS)
		return 0;
	if (3 * han >= latin)
		return 'z';
	if (10 * han < latin)
		return 'e';
	return 0;
}

bool cli_inputs_plausible(const struct opts *o, const zhen_doc *zh,
                          const zhen_doc *en, const char *zpath,
                          const char *epath)
{
	int z = written_in(zh), e = written_in(en);
	const char *zn = cli_display_name(zpath), *en_ = cli_display_name(epath);

	if (o->force)
		return true;
	if (z == 'e' && e == 'z')
		cli_err(zn, 0, "this is English and %s Chinese: the files seem "
		        "swapped (the Chinese comes first; --force to go on)",
		        en_);
	else if (z == 'z' && e == 'z')
		cli_err(en_, 0, "Chinese where the English should be: both "
		        "files are Chinese (--force to go on)");
	else if (z == 'e' && e == 'e')
		cli_err(zn, 0, "English where the Chinese should be: both files "
		        "are English (--force to go on)");
	else if (z == 'e')
		cli_err(zn, 0, "mostly English where the Chinese should be "
		        "(--force to go on)");
	else if (e == 'z')
		cli_err(en_, 0, "mostly Chinese where the English should be "
		        "(--force to go on)");
	else
		return true;
	return false;
}

void cli_warn_convert_none(zhen_ctx *ctx, const struct opts *o,
                           const zhen_doc *zh, const char *zpath)
{
	zhen_script sc;
	size_t len;
	const char *b = zhen_doc_bytes(zh, &len);

	if (o->convert != ZHEN_CONVERT_NONE ||
	    zhen_detect_script(&sc, ctx, b, len) < 0)
		return;
	if (sc == ZHEN_SCRIPT_TRADITIONAL || sc == ZHEN_SCRIPT_TRADITIONAL_TW ||
	    sc == ZHEN_SCRIPT_TRADITIONAL_HK)
		fprintf(stderr, "zhen: %s: warning: --convert=none on "
		        "Traditional text: 新台幣, 億 and the like will not be "
		        "read, and a currency or magnitude error is then likely "
		        "a false one\n", cli_display_name(zpath));
}
