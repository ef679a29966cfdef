/* Today's table from C (and, compiled as C++, from C++), through the header's lists BS_ERRNO_MAP and
 * BS_ERRNO_ALIAS_MAP (see expect.h): the macros, the lists and the library agree.
 *
 * Checked: every canonical macro has the value its list gives; for every code bs_error_name, bs_error_string,
 * bs_error_from_name, bs_error_is_known, bs_error_is_success, bs_error_category (a family, never unknown)
 * and bs_error_format; every name of both lists through bs_error_from_name; every code as a case label of
 * a switch built from the list; the enumeration API; the documented categories; and every int from -10400 to
 * 200 for the functions that are defined for every int.
 *
 * Valid C99..C17 and C++11..C++20: the header contract tests compile and run it in every one of them.
 */
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "expect.h"

/* A switch over every code of the list: compiles only if the list names each macro once. */
#define BS_TEST_CASE(name, value, category, text) case name: return #name;
static const char *switch_name(int code) {
    switch (code) {
    BS_ERRNO_MAP(BS_TEST_CASE)
    default: return NULL;
    }
}
#undef BS_TEST_CASE

static void check_rows(void) {
    int i;
    char want[512];
    char got[512];
    for (i = 0; i < BS_TEST_ROW_COUNT; i++) {
        const BsTestRow *row = &BS_TEST_ROWS[i];
        CHECK(bs_error_from_name(row->name) == row->value, "bs_error_from_name(\"%s\") = %d, want %d", row->name,
              bs_error_from_name(row->name), row->value);
        CHECK(bs_error_is_known(row->value) == 1, "bs_error_is_known(%d) (%s) is not 1", row->value, row->name);
        if (row->is_alias) {
            const BsTestRow *target = row_named(row->alias_of);
            CHECK(target != NULL && !target->is_alias && target->value == row->value,
                  "alias %s: %s is not a canonical name with value %d", row->name, row->alias_of, row->value);
            continue;
        }
        CHECK(i == 0 || BS_TEST_ROWS[i - 1].value < row->value, "BS_ERRNO_MAP is not ascending at %s", row->name);
        CHECK(row->header_value == row->value, "%s is %d, BS_ERRNO_MAP says %d", row->name, row->header_value,
              row->value);
        CHECK(streq(switch_name(row->value), row->name), "case %s selects %s", row->name, show(switch_name(row->value)));
        CHECK(streq(bs_error_name(row->value), row->name), "bs_error_name(%d) = %s, want %s", row->value,
              show(bs_error_name(row->value)), row->name);
        CHECK(streq(bs_error_string(row->value), row->description), "bs_error_string(%d) = \"%s\", want \"%s\"",
              row->value, show(bs_error_string(row->value)), row->description);
        CHECK(bs_error_category(row->value) == row->category, "bs_error_category(%d) = %d, BS_ERRNO_MAP says %d",
              row->value, (int)bs_error_category(row->value), (int)row->category);
        CHECK(row->category != BS_ERROR_CATEGORY_UNKNOWN, "%s has no category", row->name);
        CHECK(bs_error_is_success(row->value) == (row->value > 0), "bs_error_is_success(%d) = %d", row->value,
              bs_error_is_success(row->value));
        CHECK((bs_error_category(row->value) == BS_ERROR_CATEGORY_SUCCESS) == (row->value > 0),
              "the success category of %d", row->value);
        expected_line(row->value, want, sizeof want);
        memset(got, 0, sizeof got);
        CHECK(bs_error_format(row->value, got, sizeof got) == (int)strlen(want),
              "bs_error_format(%d) returns %d, want %d", row->value, bs_error_format(row->value, NULL, 0),
              (int)strlen(want));
        CHECK(streq(got, want), "bs_error_format(%d) = \"%s\", want \"%s\"", row->value, got, want);
    }
}

/* bs_error_count/bs_error_code_at: the list's codes, ascending. */
static void check_enumeration(void) {
    size_t i;
    size_t count = bs_error_count();
    CHECK(count == (size_t)BS_TEST_CODE_COUNT, "bs_error_count() = %d, BS_ERRNO_MAP has %d codes", (int)count,
          BS_TEST_CODE_COUNT);
    for (i = 0; i < count && i < (size_t)BS_TEST_CODE_COUNT; i++) {
        CHECK(bs_error_code_at(i) == BS_TEST_ROWS[i].value, "bs_error_code_at(%d) = %d, want %d", (int)i,
              bs_error_code_at(i), BS_TEST_ROWS[i].value);
    }
    CHECK(bs_error_code_at(count) == 0, "bs_error_code_at(count) = %d, want 0", bs_error_code_at(count));
    CHECK(bs_error_code_at((size_t)-1) == 0, "bs_error_code_at(SIZE_MAX) = %d, want 0", bs_error_code_at((size_t)-1));
}

/* bs_error_alias_count/bs_error_alias_at: the alias list, in its order. */
static void check_aliases(void) {
    size_t i;
    size_t count = bs_error_alias_count();
    CHECK(count == (size_t)BS_TEST_ALIAS_COUNT, "bs_error_alias_count() = %d, BS_ERRNO_ALIAS_MAP has %d",
          (int)count, BS_TEST_ALIAS_COUNT);
    for (i = 0; i < count && i < (size_t)BS_TEST_ALIAS_COUNT; i++) {
        const BsTestRow *row = &BS_TEST_ROWS[BS_TEST_CODE_COUNT + (int)i];
        BsErrorAlias alias;
        memset(&alias, 0, sizeof alias);
        CHECK(bs_error_alias_at(i, &alias) == 1, "bs_error_alias_at(%d) did not return 1", (int)i);
        CHECK(streq(alias.name, row->name), "bs_error_alias_at(%d) is %s, want %s", (int)i, show(alias.name),
              row->name);
        CHECK(alias.code == row->value, "alias %s: code %d, want %d", row->name, alias.code, row->value);
        CHECK(alias.deprecated == 0 || alias.deprecated == 1, "alias %s: deprecated %d", row->name, alias.deprecated);
        CHECK(alias.deprecated_since != NULL && alias.description != NULL, "alias %s: a NULL string", row->name);
        CHECK(alias.description == NULL || alias.description[0] == '\0' ||
                  alias.description[strlen(alias.description) - 1] == '.',
              "alias %s: description \"%s\"", row->name, show(alias.description));
    }
    {
        BsErrorAlias untouched;
        memset(&untouched, 0x5A, sizeof untouched);
        CHECK(bs_error_alias_at(count, &untouched) == 0 && untouched.code == 0x5A5A5A5A, "past the end");
        CHECK(bs_error_alias_at(0, NULL) == 0, "NULL out");
    }
}

/* The categories the documentation names, and their C names. */
static void check_documented_categories(void) {
    static const struct { int code; BsErrorCategory category; const char *name; } DOCUMENTED[] = {
        { -714, BS_ERROR_CATEGORY_DATABASE, "database" },     { -799, BS_ERROR_CATEGORY_DATABASE, "database" },
        { -102, BS_ERROR_CATEGORY_COMMUNICATION, "communication" }, { 1, BS_ERROR_CATEGORY_SUCCESS, "success" },
        { 7, BS_ERROR_CATEGORY_SUCCESS, "success" },          { 0, BS_ERROR_CATEGORY_UNKNOWN, "unknown" },
        { -4020, BS_ERROR_CATEGORY_WIRELESS_LOCK, "wireless_lock" }, { INT_MIN, BS_ERROR_CATEGORY_UNKNOWN, "unknown" },
    };
    size_t i;
    for (i = 0; i < sizeof DOCUMENTED / sizeof DOCUMENTED[0]; i++) {
        CHECK(bs_error_category(DOCUMENTED[i].code) == DOCUMENTED[i].category, "bs_error_category(%d) = %d",
              DOCUMENTED[i].code, (int)bs_error_category(DOCUMENTED[i].code));
        CHECK(streq(bs_error_category_name(DOCUMENTED[i].category), DOCUMENTED[i].name), "category name %s",
              DOCUMENTED[i].name);
    }
}

/* Every int in [-10400, 200] and the int edges: known codes answer from the list, all others get the
 * fixed unknown answers and a line naming the category the library gives them. */
static void check_sweep_one(int code) {
    const BsTestRow *row = canonical_row(code);
    char want[512];
    char got[512];
    CHECK(bs_error_is_known(code) == (row != NULL), "bs_error_is_known(%d) = %d", code, bs_error_is_known(code));
    if (row == NULL) {
        CHECK(streq(bs_error_name(code), "UNKNOWN"), "bs_error_name(%d) = %s, want UNKNOWN", code,
              show(bs_error_name(code)));
        CHECK(streq(bs_error_string(code), "Unknown error code."), "bs_error_string(%d) = %s", code,
              show(bs_error_string(code)));
        CHECK(bs_error_from_name(bs_error_name(code)) == 0, "UNKNOWN is no name");
    }
    CHECK(bs_error_is_success(code) == (code > 0), "bs_error_is_success(%d) = %d", code, bs_error_is_success(code));
    CHECK(bs_error_category_name(bs_error_category(code)) != NULL, "category name of %d", code);
    expected_line(code, want, sizeof want);
    memset(got, 0, sizeof got);
    CHECK(bs_error_format(code, got, sizeof got) == (int)strlen(want) && streq(got, want),
          "bs_error_format(%d) = \"%s\", want \"%s\"", code, got, want);
}

static void check_sweep(void) {
    static const int EDGES[] = { INT_MIN, INT_MIN + 1, -2147483647 + 100, -65536, -32768, -20000, -10300, 65535,
                                 INT_MAX - 1, INT_MAX };
    size_t i;
    int code;
    for (code = -10400; code <= 200; code++) check_sweep_one(code);
    for (i = 0; i < sizeof EDGES / sizeof EDGES[0]; i++) check_sweep_one(EDGES[i]);
}

int main(void) {
    check_rows();
    check_enumeration();
    check_aliases();
    check_documented_categories();
    check_sweep();
    if (failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("table: %d codes and %d aliases of the header's lists agree with the library\n", BS_TEST_CODE_COUNT,
           BS_TEST_ALIAS_COUNT);
    return 0;
}
