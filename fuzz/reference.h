/* The fuzzers' reference and the CHECK macro they report with. The answers come from the data
 * (generated/fuzz_reference.h, rendered by `cargo xtask generate`) and the one-line format BS_Errno.h
 * documents, never from the library under test. */
#ifndef BS_ERRNO_FUZZ_CHECK_H
#define BS_ERRNO_FUZZ_CHECK_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "BS_Errno.h"
#include "generated/fuzz_reference.h"

static int failures = 0;

#define CHECK(cond, ...)                                                      \
    do {                                                                      \
        if (!(cond)) {                                                        \
            if (++failures <= 40) {                                           \
                fprintf(stderr, "%s:%d: check failed: ", __FILE__, __LINE__); \
                fprintf(stderr, __VA_ARGS__);                                 \
                fputc('\n', stderr);                                          \
            }                                                                 \
        }                                                                     \
    } while (0)

static inline int streq(const char *a, const char *b) {
    return a != NULL && b != NULL && strcmp(a, b) == 0;
}

static inline const char *show(const char *s) {
    return s != NULL ? s : "(null)";
}

/* The index in FUZZ_NAMES of a macro name (exact, canonical or alias), or -1: a linear strcmp search. */
static inline int fuzz_name_index(const char *name) {
    int i;
    for (i = 0; i < FUZZ_NAME_COUNT; i++) {
        if (strcmp(FUZZ_NAMES[i].name, name) == 0) return i;
    }
    return -1;
}

/* The line of bs_error_format: the data's for a known code, "UNKNOWN (code): Unknown error code (category:
 * NAME)." with the category of the code's range for any other. Returns its length, as snprintf does. */
static inline int fuzz_expected_line(int code, char *out, size_t size) {
    size_t low = 0;
    size_t high = FUZZ_CODE_COUNT;
    const char *category = FUZZ_UNKNOWN_CATEGORY;
    size_t i;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        if (FUZZ_CODES[mid].code == code) return snprintf(out, size, "%s", FUZZ_CODES[mid].line);
        if (FUZZ_CODES[mid].code < code) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    for (i = 0; i < FUZZ_RANGE_COUNT; i++) {
        if (FUZZ_RANGES[i].low <= code && code <= FUZZ_RANGES[i].high) category = FUZZ_RANGES[i].category;
    }
    return snprintf(out, size, "UNKNOWN (%d): Unknown error code (category: %s).", code, category);
}

#endif /* BS_ERRNO_FUZZ_CHECK_H */
