/* failmalloc.c: an LD_PRELOAD module for tests/alloc/run.py. ZHEN_FAIL_AT=N
 * makes the Nth allocation of the process (malloc, calloc, realloc,
 * posix_memalign, aligned_alloc; C++'s new goes through malloc) fail with
 * ENOMEM; ZHEN_FAIL_ONCE=1 only that one, else it and every later one.
 * ZHEN_FAIL_COUNT=1 writes "allocations: N" on stderr at exit;
 * ZHEN_FAIL_TRACE=1 the stack of the allocation made to fail (to tell
 * whose code it was). glibc only (__libc_malloc and its kin, backtrace()). */
#include <errno.h>
#include <execinfo.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

/* glibc's own allocator, under the names it exports for this use */
extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t a, size_t b);
extern void *__libc_realloc(void *p, size_t n);
extern void *__libc_memalign(size_t a, size_t n);

/* exported whatever the build's -fvisibility: they replace libc's */
#define SHIM __attribute__((visibility("default")))
SHIM void *malloc(size_t n);
SHIM void *calloc(size_t a, size_t b);
SHIM void *realloc(void *p, size_t n);
SHIM int posix_memalign(void **p, size_t a, size_t n);
SHIM void *aligned_alloc(size_t a, size_t n);

static atomic_long count;
static long fail_at = -1;
static bool once, trace, ready;

/* backtrace() loads libgcc_s, which allocates, on its first call: made
 * here, before any allocation is failed. */
__attribute__((constructor)) static void start(void)
{
	void *frames[2];

	trace = getenv("ZHEN_FAIL_TRACE") != NULL;
	if (trace)
		backtrace(frames, 2);
}

/* Whether this allocation fails (counting it). */
static bool fail(void)
{
	if (!ready) {
		const char *s = getenv("ZHEN_FAIL_AT");
		fail_at = s ? atol(s) : -1;
		once = getenv("ZHEN_FAIL_ONCE") != NULL;
		ready = true;
	}
	long n = atomic_fetch_add(&count, 1) + 1;
	if (fail_at < 0 || (once ? n != fail_at : n < fail_at))
		return false;
	if (trace && n == fail_at) {
		void *frames[32];
		backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
	}
	errno = ENOMEM;
	return true;
}

void *malloc(size_t n)
{
	return fail() ? NULL : __libc_malloc(n);
}

void *calloc(size_t a, size_t b)
{
	return fail() ? NULL : __libc_calloc(a, b);
}

void *realloc(void *p, size_t n)
{
	/* realloc(p, 0) frees: never a failure */
	return n && fail() ? NULL : __libc_realloc(p, n);
}

int posix_memalign(void **p, size_t a, size_t n)
{
	if (fail())
		return ENOMEM;
	*p = __libc_memalign(a, n);
	return *p ? 0 : ENOMEM;
}

void *aligned_alloc(size_t a, size_t n)
{
	return fail() ? NULL : __libc_memalign(a, n);
}

__attribute__((destructor)) static void report(void)
{
	if (getenv("ZHEN_FAIL_COUNT"))
		fprintf(stderr, "allocations: %ld\n", (long)count);
}
