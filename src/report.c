/* report.c: placeholder */
#include "internal.h"
