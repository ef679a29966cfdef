/* What the C tests expect, and the CHECK macro they report with.
 *
 * The expectations come from generated/expected_table.h (rendered from data/codes.tsv and
 * data/categories.tsv by `cargo xtask generate`) and from the one-line format of bs_error_format that
 * BS_Errno.h documents. Never from the library.
 *
 * Valid C99..C17 and C++11..C++20.
 */
#ifndef BS_ERRNO_TEST_EXPECT_H
#define BS_ERRNO_TEST_EXPECT_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "BS_Errno.h"
#include "generated/expected_table.h"

static int failures = 0;

#define CHECK(cond, ...)                                                          \
    do {                                                                          \
        if (!(cond)) {                                                            \
            if (++failures <= 40) {                                               \
                fprintf(stderr, "%s:%d: check failed: ", __FILE__, __LINE__);     \
                fprintf(stderr, __VA_ARGS__);                                     \
                fputc('\n', stderr);                                              \
            }                                                                     \
        }                                                                         \
    } while (0)

static inline int streq(const char *a, const char *b) {
    return a != NULL && b != NULL && strcmp(a, b) == 0;
}

static inline const char *show(const char *s) {
    return s != NULL ? s : "(null)";
}

/* The category whose range holds `code` (a plain scan of data/categories.tsv's ranges), or the category
 * of codes outside every range. */
static inline const char *range_category(int code) {
    size_t i;
    for (i = 0; i < BS_REF_RANGE_COUNT; i++) {
        if (BS_REF_RANGES[i].low <= code && code <= BS_REF_RANGES[i].high) return BS_REF_RANGES[i].category;
    }
    return BS_REF_CATEGORIES[0].name;
}

/* The BsErrorCategory constant of a category name, or 0 if there is none. */
static inline int category_constant_of(const char *name, BsErrorCategory *out) {
    size_t i;
    for (i = 0; i < BS_REF_CATEGORY_COUNT; i++) {
        if (streq(BS_REF_CATEGORIES[i].name, name)) {
            *out = BS_REF_CATEGORIES[i].constant;
            return 1;
        }
    }
    return 0;
}

/* The canonical row of a code in the data file, or NULL (binary search over an index sorted once). */
static inline int compare_rows_by_value(const void *a, const void *b) {
    int x = (*(const BsRefRow *const *)a)->value;
    int y = (*(const BsRefRow *const *)b)->value;
    return (x > y) - (x < y);
}

static inline const BsRefRow *canonical_row(int code) {
    static const BsRefRow *index[BS_REF_CODE_COUNT];
    static size_t indexed = 0;
    size_t low = 0;
    size_t high;
    size_t i;
    if (indexed == 0) {
        for (i = 0; i < BS_REF_ROW_COUNT; i++) {
            if (!BS_REF_ROWS[i].is_alias && indexed < BS_REF_CODE_COUNT) index[indexed++] = &BS_REF_ROWS[i];
        }
        qsort(index, indexed, sizeof index[0], compare_rows_by_value);
    }
    high = indexed;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        if (index[mid]->value == code) return index[mid];
        if (index[mid]->value < code) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return NULL;
}

/* The row (canonical or alias) of a macro name, or NULL. */
static inline const BsRefRow *row_named(const char *name) {
    size_t i;
    for (i = 0; i < BS_REF_ROW_COUNT; i++) {
        if (streq(BS_REF_ROWS[i].name, name)) return &BS_REF_ROWS[i];
    }
    return NULL;
}

/* The one-line form BS_Errno.h documents for bs_error_format: "NAME (code): description" for a known
 * code, "UNKNOWN (code): Unknown error code (category: NAME)." for any other. Returns its length. */
static inline int expected_line(int code, char *out, size_t size) {
    const BsRefRow *row = canonical_row(code);
    if (row != NULL) return snprintf(out, size, "%s (%d): %s", row->name, code, row->description);
    return snprintf(out, size, "UNKNOWN (%d): Unknown error code (category: %s).", code, range_category(code));
}

#endif /* BS_ERRNO_TEST_EXPECT_H */
