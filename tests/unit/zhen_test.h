/* zhen_test.h: what every Check suite's main() does. */
#ifndef ZHEN_TEST_H
#define ZHEN_TEST_H

#include <check.h>
#include <stdlib.h>

/* Run @p s (forking per test unless CK_FORK=no, so valgrind and ASan see
 * the test bodies when asked) and turn its failures into the exit
 * status meson reads. */
static inline int zhen_test_run(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int nf = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
