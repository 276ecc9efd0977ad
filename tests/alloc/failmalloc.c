/* failmalloc.c: an LD_PRELOAD module for tests/alloc/run.py. ZHEN_FAIL_AT=N
 * makes the Nth allocation of the process (malloc, calloc, realloc,
 * posix_memalign, aligned_alloc; C++'s new goes through malloc) fail with
 * ENOMEM; ZHEN_FAIL_ONCE=1 only that one, else it and every later one.
 * ZHEN_FAIL_CALLER=SYMBOL counts only the allocations made with the
 * function of that exported (mangled) name on the stack: one place,
 * however many allocations come before it. ZHEN_FAIL_COUNT=1 writes "allocations: N"
 * on stderr at exit; ZHEN_FAIL_TRACE=1 the stack of the allocation made
 * to fail (to tell whose code it was). glibc only (__libc_malloc and its
 * kin, backtrace(), dladdr()). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <errno.h>
#include <execinfo.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
/* ZHEN_FAIL_CALLER's function: its code's addresses, found once */
static const char *caller;
static const char *caller_lo, *caller_hi;
/* set while this thread looks for it: allocations made by dlsym() and
 * the stack walk are not the program's (initial-exec: reading it must
 * not allocate either) */
static __thread bool walking __attribute__((tls_model("initial-exec")));

/* backtrace() loads libgcc_s, which allocates, on its first call: made
 * here, before any allocation is failed, and not counted, so that the Nth
 * allocation is the same with ZHEN_FAIL_TRACE as without (counted, it
 * shifted them by one: the stack printed was the allocation before the
 * one that failed in the run being explained). */
__attribute__((constructor)) static void start(void)
{
	void *frames[2];

	trace = getenv("ZHEN_FAIL_TRACE") != NULL;
	caller = getenv("ZHEN_FAIL_CALLER");
	if (trace || caller) {
		long before = atomic_load(&count);

		backtrace(frames, 2);
		atomic_store(&count, before);
	}
}

/* Whether ZHEN_FAIL_CALLER's function is on the stack: a return address
 * inside its code (its size from its symbol, looked up once). */
static bool in_caller(void)
{
	void *frames[64];
	int n;

	walking = true;
	if (!caller_lo) {
		Dl_info d;
		const ElfW(Sym) *sym = NULL;
		void *f = dlsym(RTLD_DEFAULT, caller);
		if (f && dladdr1(f, &d, (void **)&sym, RTLD_DL_SYMENT) && sym) {
			caller_lo = f;
			caller_hi = caller_lo + sym->st_size;
		} else {
			caller_lo = caller_hi = "";
		}
	}
	n = backtrace(frames, 64);
	walking = false;
	for (int i = 1; i < n; i++)
		if ((const char *)frames[i] > caller_lo &&
		    (const char *)frames[i] <= caller_hi)
			return true;
	return false;
}

/* Whether this allocation fails (counting it). */
static bool fail(void)
{
	if (!ready) {
		const char *s = getenv("ZHEN_FAIL_AT");
		caller = getenv("ZHEN_FAIL_CALLER");
		fail_at = s ? atol(s) : caller ? 1 : -1;
		once = getenv("ZHEN_FAIL_ONCE") != NULL;
		ready = true;
	}
	if (walking || (caller && !in_caller()))
		return false;
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
