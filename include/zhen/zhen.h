/* zhen.h: the whole public API of libzhen. Include this header only. */
#ifndef ZHEN_ZHEN_H
#define ZHEN_ZHEN_H

#include "common.h"
#include "doc.h"
#include "convert.h"
#include "segment.h"
#include "numbers.h"
#include "align.h"
#include "check.h"
#include "report.h"
#include "readers.h"
#include "policy.h"
#include "facts.h"

#endif
