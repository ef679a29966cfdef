/* What the C tests expect, and the CHECK macro they report with.
 *
 * The expectations come from bs_errno_reference.h (generated from data/codes.tsv at build time) and from
 * documented rules: the category ranges of the data file's documentation, the ABI order of the category
 * constants (README) and the one-line format of bs_error_format (BS_Errno.h). Never from the library.
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
#include "bs_errno_reference.h"

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

typedef struct CategoryName {
    BsErrorCategory constant;
    const char *name;
} CategoryName;

/* The category constants in their ABI order (README: UNKNOWN = 0, SUCCESS = 1, then 2..24). */
static inline const CategoryName *category_table(size_t *count) {
    static const CategoryName CATEGORIES[] = {
        { BS_ERROR_CATEGORY_UNKNOWN, "unknown" },
        { BS_ERROR_CATEGORY_SUCCESS, "success" },
        { BS_ERROR_CATEGORY_DRIVER, "driver" },
        { BS_ERROR_CATEGORY_COMMUNICATION, "communication" },
        { BS_ERROR_CATEGORY_PACKET, "packet" },
        { BS_ERROR_CATEGORY_BIOMETRIC, "biometric" },
        { BS_ERROR_CATEGORY_FILE_IO, "file_io" },
        { BS_ERROR_CATEGORY_IO, "io" },
        { BS_ERROR_CATEGORY_UTIL, "util" },
        { BS_ERROR_CATEGORY_DATABASE, "database" },
        { BS_ERROR_CATEGORY_CONFIG, "config" },
        { BS_ERROR_CATEGORY_DEVICE, "device" },
        { BS_ERROR_CATEGORY_DOOR, "door" },
        { BS_ERROR_CATEGORY_ACCESS_CONTROL, "access_control" },
        { BS_ERROR_CATEGORY_ZONE, "zone" },
        { BS_ERROR_CATEGORY_CARD, "card" },
        { BS_ERROR_CATEGORY_OPERATION, "operation" },
        { BS_ERROR_CATEGORY_SYSTEM, "system" },
        { BS_ERROR_CATEGORY_MISC, "misc" },
        { BS_ERROR_CATEGORY_SSL, "ssl" },
        { BS_ERROR_CATEGORY_MOBILE_ACCESS, "mobile_access" },
        { BS_ERROR_CATEGORY_OSDP, "osdp" },
        { BS_ERROR_CATEGORY_LICENSE, "license" },
        { BS_ERROR_CATEGORY_WIRELESS_LOCK, "wireless_lock" },
        { BS_ERROR_CATEGORY_SDK, "sdk" },
    };
    *count = sizeof CATEGORIES / sizeof CATEGORIES[0];
    return CATEGORIES;
}

static inline int category_constant_of(const char *name, BsErrorCategory *out) {
    size_t count;
    size_t i;
    const CategoryName *table = category_table(&count);
    for (i = 0; i < count; i++) {
        if (streq(table[i].name, name)) {
            *out = table[i].constant;
            return 1;
        }
    }
    return 0;
}

/* The range rules of the data file's documentation, written out independently of the library. */
static inline const char *range_category(int code) {
    static const char *const HUNDREDS[] = {
        NULL, "communication", "packet", "biometric", "file_io", "io", "util", "database", "config",
        "device", "door", "access_control", "zone", "card", "operation", "system",
    };
    long long n = -(long long)code;
    if (code > 0) return "success";
    if (code == 0) return "unknown";
    if (n == 1) return "driver";
    if (n >= 100 && n <= 1599) return HUNDREDS[n / 100];
    if (n >= 2000 && n <= 2999) return "misc";
    if (n >= 3000 && n <= 3099) return "ssl";
    if (n >= 3100 && n <= 3199) return "mobile_access";
    if (n >= 4000 && n <= 4009) return "osdp";
    if (n >= 4010 && n <= 4019) return "license";
    if (n >= 4020 && n <= 4029) return "wireless_lock";
    if (n >= 10000 && n <= 10099) return "sdk";
    if (n >= 10100 && n <= 10199) return "mobile_access";
    if (n >= 10200 && n <= 10299) return "sdk";
    return "unknown";
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
