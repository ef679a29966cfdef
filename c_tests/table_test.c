/* The whole table, from C (and, compiled as C++, from C++).
 *
 * Expectations come from generated/expected_table.h, rendered from data/codes.tsv and data/categories.tsv
 * (see expect.h). Nothing is taken from the library under test.
 *
 * Checked: for all 349 macros the header's value and bs_error_from_name; for all 339 codes bs_error_name,
 * bs_error_string, bs_error_category (+ its name), bs_error_is_known, bs_error_is_success and
 * bs_error_format; every macro as a case label and (except deprecated aliases) in #if; the enumeration
 * API (bs_error_count/bs_error_code_at, bs_error_alias_count/bs_error_alias_at); the category constants;
 * and every int from -10400 to 200 for the functions that are defined for every int.
 *
 * Valid C99..C17 and C++11..C++20: the header contract tests compile and run it in every one of them.
 */
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "expect.h"

static void check_categories(void) {
    size_t i;
    for (i = 0; i < BS_REF_CATEGORY_COUNT; i++) {
        const BsRefCategory *c = &BS_REF_CATEGORIES[i];
        CHECK((int)c->constant == c->number, "%s has value %d in BS_Errno.h, %d in data/categories.tsv", c->name,
              (int)c->constant, c->number);
        CHECK(streq(bs_error_category_name(c->constant), c->name), "bs_error_category_name(%d) = %s, want %s",
              c->number, show(bs_error_category_name(c->constant)), c->name);
    }
}

static void check_rows(void) {
    size_t i;
    size_t codes = 0;
    size_t aliases = 0;
    char want[512];
    char got[512];
    for (i = 0; i < BS_REF_ROW_COUNT; i++) {
        const BsRefRow *row = &BS_REF_ROWS[i];

        CHECK(row->header_value == row->value, "%s is %d in BS_Errno.h, %d in data/codes.tsv", row->name,
              row->header_value, row->value);
        CHECK(bs_error_from_name(row->name) == row->value, "bs_error_from_name(\"%s\") = %d, want %d", row->name,
              bs_error_from_name(row->name), row->value);
        CHECK(bs_error_is_known(row->value) == 1, "bs_error_is_known(%d) (%s) is not 1", row->value, row->name);

        if (row->is_alias) {
            const BsRefRow *target = row_named(row->alias_of);
            aliases++;
            CHECK(target != NULL && !target->is_alias && target->value == row->value,
                  "alias %s: alias_of %s is not a canonical name with value %d", row->name, row->alias_of, row->value);
            CHECK(bs_ref_alias_case((int)i, row->value) == 1, "alias %s does not match %d as a case label", row->name,
                  row->value);
            CHECK(bs_ref_alias_case((int)i, row->value - 1) == 0, "alias %s matches %d as a case label", row->name,
                  row->value - 1);
            continue;
        }

        codes++;
        CHECK(bs_ref_canonical_case(row->value) == (int)i, "case %s does not select %d", row->name, row->value);
        CHECK(streq(bs_error_name(row->value), row->name), "bs_error_name(%d) = %s, want %s", row->value,
              show(bs_error_name(row->value)), row->name);
        CHECK(streq(bs_error_string(row->value), row->description), "bs_error_string(%d) = \"%s\", want \"%s\"",
              row->value, show(bs_error_string(row->value)), row->description);
        CHECK(bs_error_category(row->value) == row->category_constant, "bs_error_category(%d) = %d, want %d (%s)",
              row->value, (int)bs_error_category(row->value), (int)row->category_constant, row->category);
        CHECK(streq(bs_error_category_name(bs_error_category(row->value)), row->category),
              "category name of %d is %s, want %s", row->value, show(bs_error_category_name(bs_error_category(row->value))),
              row->category);
        CHECK(bs_error_is_success(row->value) == (row->value > 0), "bs_error_is_success(%d) = %d", row->value,
              bs_error_is_success(row->value));

        expected_line(row->value, want, sizeof want);
        memset(got, 0, sizeof got);
        CHECK(bs_error_format(row->value, got, sizeof got) == (int)strlen(want),
              "bs_error_format(%d) returns %d, want %d", row->value, bs_error_format(row->value, NULL, 0),
              (int)strlen(want));
        CHECK(streq(got, want), "bs_error_format(%d) = \"%s\", want \"%s\"", row->value, got, want);
    }
    CHECK(codes == BS_REF_CODE_COUNT && aliases == BS_REF_ALIAS_COUNT, "counted %d codes and %d aliases", (int)codes,
          (int)aliases);
    CHECK(codes + aliases == BS_REF_ROW_COUNT, "rows do not add up");
}

/* bs_error_count/bs_error_code_at: the data file's canonical codes, ascending. */
static void check_enumeration(void) {
    size_t i;
    size_t count = bs_error_count();
    int previous = INT_MIN;
    CHECK(count == BS_REF_CODE_COUNT, "bs_error_count() = %d, data/codes.tsv has %d codes", (int)count,
          BS_REF_CODE_COUNT);
    for (i = 0; i < count && i < 100000; i++) {
        int code = bs_error_code_at(i);
        CHECK(i == 0 || code > previous, "bs_error_code_at(%d) = %d is not above %d", (int)i, code, previous);
        CHECK(canonical_row(code) != NULL, "bs_error_code_at(%d) = %d is no code of data/codes.tsv", (int)i, code);
        previous = code;
    }
    CHECK(bs_error_code_at(count) == 0, "bs_error_code_at(count) = %d, want 0", bs_error_code_at(count));
    CHECK(bs_error_code_at((size_t)-1) == 0, "bs_error_code_at(SIZE_MAX) = %d, want 0", bs_error_code_at((size_t)-1));
}

/* bs_error_alias_count/bs_error_alias_at: every alias of the data file exactly once, ascending by code. */
static void check_aliases(void) {
    size_t i;
    size_t count = bs_error_alias_count();
    int seen[BS_REF_ROW_COUNT];
    int previous = INT_MIN;
    memset(seen, 0, sizeof seen);
    CHECK(count == BS_REF_ALIAS_COUNT, "bs_error_alias_count() = %d, data/codes.tsv has %d aliases", (int)count,
          BS_REF_ALIAS_COUNT);
    for (i = 0; i < count && i < 1000; i++) {
        BsErrorAlias alias;
        const BsRefRow *row;
        memset(&alias, 0, sizeof alias);
        CHECK(bs_error_alias_at(i, &alias) == 1, "bs_error_alias_at(%d) did not return 1", (int)i);
        row = row_named(alias.name);
        if (row == NULL || !row->is_alias) {
            CHECK(0, "bs_error_alias_at(%d) gives %s, which is no alias in data/codes.tsv", (int)i, show(alias.name));
            continue;
        }
        CHECK(!seen[row - BS_REF_ROWS], "alias %s is enumerated twice", row->name);
        seen[row - BS_REF_ROWS] = 1;
        CHECK(alias.code == row->value, "alias %s: code %d, want %d", row->name, alias.code, row->value);
        CHECK(alias.deprecated == row->deprecated, "alias %s: deprecated %d, want %d", row->name, alias.deprecated,
              row->deprecated);
        CHECK(streq(alias.deprecated_since, row->deprecated_since), "alias %s: deprecated_since \"%s\", want \"%s\"",
              row->name, show(alias.deprecated_since), row->deprecated_since);
        CHECK(streq(alias.description, row->description), "alias %s: description \"%s\", want \"%s\"", row->name,
              show(alias.description), row->description);
        CHECK(i == 0 || alias.code >= previous, "aliases not in ascending order at %d", (int)i);
        previous = alias.code;
    }
    for (i = 0; i < BS_REF_ROW_COUNT; i++) {
        CHECK(!BS_REF_ROWS[i].is_alias || seen[i], "alias %s is never enumerated", BS_REF_ROWS[i].name);
    }
}

/* Every int in [-10400, 200] and the int edges: known codes answer from the table, all others get the
 * fixed unknown answers and their category by range. */
static void check_sweep_one(int code) {
    const BsRefRow *row = canonical_row(code);
    const char *want_category = range_category(code);
    BsErrorCategory constant = BS_ERROR_CATEGORY_UNKNOWN;
    char want[512];
    char got[512];

    if (row == NULL) {
        CHECK(bs_error_is_known(code) == 0, "bs_error_is_known(%d) = %d, want 0", code, bs_error_is_known(code));
        CHECK(streq(bs_error_name(code), "UNKNOWN"), "bs_error_name(%d) = %s, want UNKNOWN", code,
              show(bs_error_name(code)));
        CHECK(streq(bs_error_string(code), "Unknown error code."), "bs_error_string(%d) = %s", code,
              show(bs_error_string(code)));
    }
    CHECK(category_constant_of(want_category, &constant), "no constant for %s", want_category);
    CHECK(bs_error_category(code) == constant, "bs_error_category(%d) = %d, want %s", code, (int)bs_error_category(code),
          want_category);
    CHECK(bs_error_is_success(code) == (code > 0), "bs_error_is_success(%d) = %d", code, bs_error_is_success(code));
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
    check_categories();
    check_rows();
    check_enumeration();
    check_aliases();
    check_sweep();
    if (failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("table: %d macros (%d codes, %d aliases) and %d category constants agree with the data\n",
           BS_REF_ROW_COUNT, BS_REF_CODE_COUNT, BS_REF_ALIAS_COUNT, BS_REF_CATEGORY_COUNT);
    return 0;
}
