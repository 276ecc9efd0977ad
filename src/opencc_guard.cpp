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
#include <cerrno>
#include <new>

#include <opencc.h>

#include "opencc_guard.h"

extern "C" int zhen__opencc_open(opencc_t *out, const char *path)
{
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
