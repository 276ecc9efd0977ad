/* compare.c: placeholder */
#include "internal.h"
