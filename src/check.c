/* check.c: placeholder */
#include "internal.h"
