/* What the C tests share: the CHECK macro they report with, and the rows they check, from the header's own
 * lists BS_ERRNO_MAP and BS_ERRNO_ALIAS_MAP. The table's content is checked once, in Rust, against the data;
 * these tests check the C binding: every export, the edge cases, and agreement between the header's macros,
 * its lists and the library's answers.
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

/* One name of the header's lists. `header_value` is the macro itself (canonical names only: using a
 * deprecated alias in code warns), `value` the number the list gives; `category` and `description` are
 * the list's for a code (an alias has its code's). */
typedef struct {
    const char *name;
    int value;
    int header_value;
    BsErrorCategory category;
    const char *description;
    int is_alias;
    const char *alias_of;
} BsTestRow;

#define BS_TEST_CODE(name, value, category, text) { #name, value, name, category, text, 0, "" },
#define BS_TEST_ALIAS(alias, canonical, value) { #alias, value, value, BS_ERROR_CATEGORY_UNKNOWN, "", 1, #canonical },
static const BsTestRow BS_TEST_ROWS[] = { BS_ERRNO_MAP(BS_TEST_CODE) BS_ERRNO_ALIAS_MAP(BS_TEST_ALIAS) };
#undef BS_TEST_CODE
#undef BS_TEST_ALIAS

#define BS_TEST_COUNT_ONE(...) +1
enum {
    BS_TEST_ROW_COUNT = (int)(sizeof BS_TEST_ROWS / sizeof BS_TEST_ROWS[0]),
    BS_TEST_CODE_COUNT = 0 BS_ERRNO_MAP(BS_TEST_COUNT_ONE),
    BS_TEST_ALIAS_COUNT = 0 BS_ERRNO_ALIAS_MAP(BS_TEST_COUNT_ONE)
};
#undef BS_TEST_COUNT_ONE

/* The canonical row of a code (the list is ascending: binary search), or NULL. */
static inline const BsTestRow *canonical_row(int code) {
    size_t low = 0;
    size_t high = (size_t)BS_TEST_CODE_COUNT;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        if (BS_TEST_ROWS[mid].value == code) return &BS_TEST_ROWS[mid];
        if (BS_TEST_ROWS[mid].value < code) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return NULL;
}

/* The row (canonical or alias) of a macro name, or NULL. */
static inline const BsTestRow *row_named(const char *name) {
    int i;
    for (i = 0; i < BS_TEST_ROW_COUNT; i++) {
        if (streq(BS_TEST_ROWS[i].name, name)) return &BS_TEST_ROWS[i];
    }
    return NULL;
}

/* The longest name of the lists. */
static inline const char *longest_name(void) {
    int i;
    const char *longest = "";
    for (i = 0; i < BS_TEST_ROW_COUNT; i++) {
        if (strlen(BS_TEST_ROWS[i].name) > strlen(longest)) longest = BS_TEST_ROWS[i].name;
    }
    return longest;
}

/* The one-line form BS_Errno.h documents for bs_error_format: "NAME (code): description" for a known
 * code, "UNKNOWN (code): Unknown error code (category: NAME)." for any other, with the category the library
 * gives it. Returns its length. */
static inline int expected_line(int code, char *out, size_t size) {
    const BsTestRow *row = canonical_row(code);
    if (row != NULL) return snprintf(out, size, "%s (%d): %s", row->name, code, row->description);
    return snprintf(out, size, "UNKNOWN (%d): Unknown error code (category: %s).", code,
                    bs_error_category_name(bs_error_category(code)));
}

#endif /* BS_ERRNO_TEST_EXPECT_H */
