/* The benchmark's baselines, exported by libbs_errno_baseline.so. Their definitions are written at build
 * time from the header's BS_ERRNO_MAP by make_baselines.c; they never consult libbs_errno. */
#ifndef BS_ERRNO_BASELINE_H
#define BS_ERRNO_BASELINE_H

#include <stddef.h>

#include "BS_Errno.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A `switch` over every code, returning string literals: a hand-written C strerror. */
const char *baseline_switch_string(int code);
const char *baseline_switch_name(int code);
BsErrorCategory baseline_switch_category(int code);

/* A direct-indexed array over [lowest code, highest code] behind a bounds check: the floor. */
const char *baseline_array_string(int code);
const char *baseline_array_name(int code);
BsErrorCategory baseline_array_category(int code);

/* Returns a constant: the cost of the call itself (through the PLT into a shared library). */
const char *baseline_call_only(int code);

/* The table's distinct codes, in the data file's order. */
extern const int baseline_codes[];
extern const size_t baseline_code_count;

#ifdef __cplusplus
}
#endif

#endif /* BS_ERRNO_BASELINE_H */
