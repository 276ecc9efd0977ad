// opencc_guard.cpp: OpenCC's C API with its C++ exceptions caught.
//
// OpenCC is C++ behind a C API that lets exceptions through: opencc_open
// and opencc_convert_utf8 throw std::bad_alloc when memory runs out, and
// a C caller cannot catch it, so the process aborts (exit 134). These two
// wrappers are the only C++ in zhen: they turn any exception into an
// error code that convert.c reports as out of memory or an OpenCC error.
//
// Not every failed allocation reaches us as an exception: OpenCC catches
// some itself and returns what it had, a text cut short (even mid-
// character: "營收34億元\357" for a whole line, found by failing one
// allocation at a time). So errno is cleared before each call, and a call
// after which it says ENOMEM (what malloc sets when it fails) is out of
// memory, whatever it returned.
//
// Some failed allocations are not survivable at all: inside opencc_open,
// OpenCC 1.1.6 and the libraries built into it write through the NULL an
// allocation returned, and the process dies of SIGSEGV (README "Limits",
// tests/alloc/run.py): rapidjson, which parses the config, in
// GenericValue::SetObjectRaw/SetArrayRaw (memcpy into what
// MemoryPoolAllocator::Malloc returned) and internal::Stack::Expand;
// MarisaDict::NewFromFile, whose 19-byte header buffer is malloc'd
// unchecked and fread into; and marisa 0.2.6, whose Vector checks its
// new (std::nothrow) only with MARISA_DEBUG_IF, compiled out without
// _DEBUG (LoudsTrie::read_, Tail::read_, LoudsTrie::predictive_search).
// OpenCC's C API has no other way to load a config or a dictionary.
#include <cerrno>
#include <new>

#include <sys/mman.h>

#include <opencc.h>

#include "opencc_guard.h"

// Address space that must be free when opencc_open starts: its first
// allocations are rapidjson's (a 64 KiB pool chunk and a parse stack),
// which crash if they fail. Under a limit on address space (ulimit -v,
// RLIMIT_DATA, strict overcommit) they were the ones to fail between
// 51,016 and 51,148 KiB (tests/hostile, the tw-results check); a MiB
// mapped and unmapped first turns that into "out of memory". Only such
// limits are helped: an allocation made to fail (tests/alloc) still
// crashes there.
static const size_t OPEN_HEADROOM = 1u << 20;

static bool headroom(void)
{
	// mmap, not malloc: a freed MiB would raise glibc's mmap threshold
	void *p = mmap(nullptr, OPEN_HEADROOM, PROT_READ | PROT_WRITE,
	               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return false;
	munmap(p, OPEN_HEADROOM);
	return true;
}

extern "C" int zhen__opencc_open(opencc_t *out, const char *path)
{
	if (!headroom())
		return ZHEN__OCC_NOMEM;
	try {
		errno = 0;
		*out = opencc_open(path);
		if (*out == reinterpret_cast<opencc_t>(-1))
			return errno == ENOMEM ? ZHEN__OCC_NOMEM
			                       : ZHEN__OCC_FAILED;
		if (errno == ENOMEM) { // a dictionary may have been cut short
			opencc_close(*out);
			return ZHEN__OCC_NOMEM;
		}
		return 0;
	} catch (const std::bad_alloc &) {
		return ZHEN__OCC_NOMEM;
	} catch (...) { // its own exceptions wrap a std::bad_alloc too
		return errno == ENOMEM ? ZHEN__OCC_NOMEM : ZHEN__OCC_FAILED;
	}
}

extern "C" int zhen__opencc_convert(char **out, opencc_t cc, const char *s,
                                    size_t len)
{
	*out = nullptr;
	try {
		errno = 0;
		*out = opencc_convert_utf8(cc, s, len);
		if (*out && errno == ENOMEM) {
			opencc_convert_utf8_free(*out);
			*out = nullptr;
		}
		if (!*out)
			return errno == ENOMEM ? ZHEN__OCC_NOMEM
			                       : ZHEN__OCC_FAILED;
		return 0;
	} catch (const std::bad_alloc &) {
		return ZHEN__OCC_NOMEM;
	} catch (...) { // its own exceptions wrap a std::bad_alloc too
		return errno == ENOMEM ? ZHEN__OCC_NOMEM : ZHEN__OCC_FAILED;
	}
}
