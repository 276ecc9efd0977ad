// opencc_guard.cpp: OpenCC's C API with its C++ exceptions caught.
//
// OpenCC is C++ behind a C API that lets exceptions through: opencc_open
// and opencc_convert_utf8 throw std::bad_alloc when memory runs out, and
// a C caller cannot catch it, so the process aborts (exit 134). These two
// wrappers are the only C++ in zhen: they turn any exception into an
// error code that convert.c reports as out of memory or an OpenCC error.
#include <new>

#include <opencc.h>

#include "opencc_guard.h"

extern "C" int zhen__opencc_open(opencc_t *out, const char *path)
{
	try {
		*out = opencc_open(path);
		return *out == reinterpret_cast<opencc_t>(-1) ? ZHEN__OCC_FAILED
		                                              : 0;
	} catch (const std::bad_alloc &) {
		return ZHEN__OCC_NOMEM;
	} catch (...) {
		return ZHEN__OCC_FAILED;
	}
}

extern "C" int zhen__opencc_convert(char **out, opencc_t cc, const char *s,
                                    size_t len)
{
	*out = nullptr;
	try {
		*out = opencc_convert_utf8(cc, s, len);
		return *out ? 0 : ZHEN__OCC_FAILED;
	} catch (const std::bad_alloc &) {
		return ZHEN__OCC_NOMEM;
	} catch (...) {
		return ZHEN__OCC_FAILED;
	}
}
