/* Fuzz target: the Chinese number reader (fuzz_numbers.h). */
#define FUZZ_LANG ZHEN_LANG_ZH
#include "fuzz_numbers.h"
