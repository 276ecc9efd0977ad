/* Fuzz target: the English number reader (fuzz_numbers.h). */
#define FUZZ_LANG ZHEN_LANG_EN
#include "fuzz_numbers.h"
