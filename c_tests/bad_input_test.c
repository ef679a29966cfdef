/* Bad input, from C: every edge of bs_error_format, hostile strings for bs_error_from_name, the int and
 * index edges of every function. Expectations come from the header's lists (expect.h) and the contracts
 * documented in BS_Errno.h.
 *
 * Buffers sit right before an inaccessible page where a write or read one byte too far would matter, so
 * an overrun crashes this test even without sanitizers; under BS_ERRNO_SANITIZE or valgrind the malloc'd
 * exact-size buffers are checked as well.
 */
#if defined(_WIN32)
#  include <windows.h>
#else
#  define _DEFAULT_SOURCE 1 /* mmap, MAP_ANONYMOUS, sysconf */
#  include <sys/mman.h>
#  include <unistd.h>
#endif

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expect.h"

#ifndef BS_EXPECTED_VERSION
#error "BS_EXPECTED_VERSION (the [workspace.package] version of Cargo.toml) must be defined by the build"
#endif

enum { CANARY = 0xA5, SLACK = 64 };

static const int INT_EDGES[] = { INT_MIN, INT_MIN + 1, -1000000, -65536, -10300, -4030, -2, -1, 0, 1, 14,
                                 65535, INT_MAX - 1, INT_MAX };
#define INT_EDGE_COUNT (sizeof INT_EDGES / sizeof INT_EDGES[0])

/* --- a buffer that ends where an inaccessible page begins ------------------------------------------------ */

typedef struct Guarded {
    unsigned char *base;
    size_t length;
    size_t page;
} Guarded;

/* `size` usable bytes, the last of them right before an inaccessible page. */
static unsigned char *guarded_alloc(Guarded *g, size_t size) {
    size_t pages;
#if defined(_WIN32)
    SYSTEM_INFO info;
    DWORD old;
    GetSystemInfo(&info);
    g->page = info.dwPageSize;
    pages = (size + g->page - 1) / g->page + 1;
    g->length = pages * g->page;
    g->base = (unsigned char *)VirtualAlloc(NULL, g->length, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
    if (g->base == NULL || !VirtualProtect(g->base + g->length - g->page, g->page, PAGE_NOACCESS, &old)) {
        fprintf(stderr, "VirtualAlloc/VirtualProtect failed\n");
        exit(2);
    }
#else
    g->page = (size_t)sysconf(_SC_PAGESIZE);
    pages = (size + g->page - 1) / g->page + 1;
    g->length = pages * g->page;
    g->base = (unsigned char *)mmap(NULL, g->length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (g->base == MAP_FAILED) {
        perror("mmap");
        exit(2);
    }
    if (mprotect(g->base + g->length - g->page, g->page, PROT_NONE) != 0) {
        perror("mprotect");
        exit(2);
    }
#endif
    return g->base + g->length - g->page - size;
}

static void guarded_free(Guarded *g) {
#if defined(_WIN32)
    VirtualFree(g->base, 0, MEM_RELEASE);
#else
    munmap(g->base, g->length);
#endif
}

/* --- bs_error_format --------------------------------------------------------------------------------------- */

/* One call with a buffer of `size` bytes followed by SLACK canary bytes. */
static void check_format_size(int code, const char *want, size_t want_len, size_t size) {
    unsigned char buf[600 + SLACK];
    size_t written;
    size_t i;
    int ret;
    if (size + SLACK > sizeof buf) return;
    memset(buf, CANARY, sizeof buf);
    ret = bs_error_format(code, (char *)buf, size);
    CHECK(ret == (int)want_len, "bs_error_format(%d, buf, %d) returned %d, want %d", code, (int)size, ret,
          (int)want_len);
    if (size == 0) {
        for (i = 0; i < sizeof buf; i++) {
            CHECK(buf[i] == CANARY, "bs_error_format(%d, buf, 0) wrote byte %d", code, (int)i);
        }
        return;
    }
    written = want_len < size - 1 ? want_len : size - 1;
    CHECK(memcmp(buf, want, written) == 0, "bs_error_format(%d, buf, %d): \"%.*s\" is not a prefix of \"%s\"", code,
          (int)size, (int)written, (const char *)buf, want);
    CHECK(buf[written] == '\0', "bs_error_format(%d, buf, %d): no NUL at %d", code, (int)size, (int)written);
    for (i = size; i < size + SLACK; i++) {
        CHECK(buf[i] == CANARY, "bs_error_format(%d, buf, %d) wrote byte %d, past the buffer", code, (int)size, (int)i);
    }
}

/* The same sizes with exact-size heap and guard-page buffers, so that an overrun by even one byte is
 * caught (by the guard page here, by ASan/valgrind for the heap copy). */
static void check_format_exact(int code, const char *want, size_t want_len, size_t size) {
    Guarded g;
    char *heap;
    char *tail;
    size_t written;
    if (size == 0) return;
    written = want_len < size - 1 ? want_len : size - 1;

    heap = (char *)malloc(size);
    if (heap == NULL) exit(2);
    CHECK(bs_error_format(code, heap, size) == (int)want_len, "heap: bs_error_format(%d, %d) length", code, (int)size);
    CHECK(memcmp(heap, want, written) == 0 && heap[written] == '\0', "heap: bs_error_format(%d, %d) content", code,
          (int)size);
    free(heap);

    tail = (char *)guarded_alloc(&g, size);
    CHECK(bs_error_format(code, tail, size) == (int)want_len, "guard: bs_error_format(%d, %d) length", code, (int)size);
    CHECK(memcmp(tail, want, written) == 0 && tail[written] == '\0', "guard: bs_error_format(%d, %d) content", code,
          (int)size);
    guarded_free(&g);
}

static void check_format_code(int code) {
    char want[600];
    size_t want_len = (size_t)expected_line(code, want, sizeof want);
    size_t sizes[10];
    size_t i;
    sizes[0] = 0;
    sizes[1] = 1;
    sizes[2] = 2;
    sizes[3] = want_len / 2;       /* short */
    sizes[4] = want_len - 1;
    sizes[5] = want_len;           /* exactly the length: room for all but the last character */
    sizes[6] = want_len + 1;       /* exactly enough */
    sizes[7] = want_len + 2;
    sizes[8] = 160;                /* the README's buffer */
    sizes[9] = 600;

    /* No buffer: nothing written, the full length returned. */
    CHECK(bs_error_format(code, NULL, 0) == (int)want_len, "bs_error_format(%d, NULL, 0) = %d, want %d", code,
          bs_error_format(code, NULL, 0), (int)want_len);
    CHECK(bs_error_format(code, NULL, 100) == (int)want_len, "bs_error_format(%d, NULL, 100) = %d, want %d", code,
          bs_error_format(code, NULL, 100), (int)want_len);
    CHECK(bs_error_format(code, NULL, (size_t)-1) == (int)want_len, "bs_error_format(%d, NULL, SIZE_MAX)", code);

    for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        check_format_size(code, want, want_len, sizes[i]);
        check_format_exact(code, want, want_len, sizes[i]);
    }
}

static void check_format(void) {
    size_t i;
    int hundred;
    for (i = 0; i < (size_t)BS_TEST_CODE_COUNT; i++) check_format_code(BS_TEST_ROWS[i].value);
    for (i = 0; i < INT_EDGE_COUNT; i++) check_format_code(INT_EDGES[i]);
    /* The ends of every hundred, where the families of codes change: most of them are no code. */
    for (hundred = 0; hundred <= 110; hundred++) {
        check_format_code(-100 * hundred);
        check_format_code(-100 * hundred - 99);
    }
}

/* --- bs_error_from_name ------------------------------------------------------------------------------------ */

/* The value the header's lists give a name, 0 when it is no name. */
static int data_value(const char *name) {
    const BsTestRow *row = row_named(name);
    return row != NULL ? row->value : 0;
}

static void check_name_variant(const char *variant, const char *what) {
    int want = data_value(variant);
    int got = bs_error_from_name(variant);
    CHECK(got == want, "bs_error_from_name(%s \"%s\") = %d, want %d", what, variant, got, want);
}

static void check_from_name(void) {
    static const char *const NOT_NAMES[] = {
        "", " ", "UNKNOWN", "BS_SDK_", "BS_SDK_ERROR_", "0", "-714", "bs_sdk_success",
        "\xff", "\xff\xfe", "\xc0\x80", "\xe2\x82", "\xed\xa0\x80", "BS_SDK_SUCCESS\xff", "\xff" "BS_SDK_SUCCESS",
        "BS_SDK_ERROR_\xc9" "CHEC", "BS_SDK_\x80SUCCESS", "BS_SDK_SUCCESS\n", "BS_SDK_SUCCESS\t",
        "\xef\xbb\xbf" "BS_SDK_SUCCESS", /* UTF-8 BOM */
    };
    char variant[256];
    size_t i;
    size_t j;
    char *huge;
    size_t huge_len = (size_t)1 << 20;

    CHECK(bs_error_from_name(NULL) == 0, "bs_error_from_name(NULL) = %d", bs_error_from_name(NULL));
    for (i = 0; i < sizeof NOT_NAMES / sizeof NOT_NAMES[0]; i++) {
        CHECK(bs_error_from_name(NOT_NAMES[i]) == 0, "bs_error_from_name(bad string #%d) = %d", (int)i,
              bs_error_from_name(NOT_NAMES[i]));
    }

    /* Every name of the lists, and near misses of it. */
    for (i = 0; i < (size_t)BS_TEST_ROW_COUNT; i++) {
        const char *name = BS_TEST_ROWS[i].name;
        size_t len = strlen(name);
        if (len + 3 > sizeof variant) continue;
        CHECK(bs_error_from_name(name) == BS_TEST_ROWS[i].value, "bs_error_from_name(\"%s\")", name);
        for (j = 0; j <= len; j++) variant[j] = (char)((name[j] >= 'A' && name[j] <= 'Z') ? name[j] - 'A' + 'a' : name[j]);
        check_name_variant(variant, "lower case");
        memcpy(variant, name, len - 1);
        variant[len - 1] = '\0';
        check_name_variant(variant, "one short");
        memcpy(variant, name, len);
        variant[len] = '_';
        variant[len + 1] = '\0';
        check_name_variant(variant, "one long");
        variant[0] = ' ';
        memcpy(variant + 1, name, len + 1);
        check_name_variant(variant, "leading space");
        memcpy(variant, name, len + 1);
        variant[len / 2] = (char)0xff;
        check_name_variant(variant, "non-UTF-8 inside");
    }

    /* 1 MB strings: all 'A', and a real name followed by 1 MB of more name characters. */
    huge = (char *)malloc(huge_len + 1);
    if (huge == NULL) exit(2);
    memset(huge, 'A', huge_len);
    huge[huge_len] = '\0';
    CHECK(bs_error_from_name(huge) == 0, "bs_error_from_name(1 MB of 'A') = %d", bs_error_from_name(huge));
    memcpy(huge, longest_name(), strlen(longest_name()));
    CHECK(bs_error_from_name(huge) == 0, "bs_error_from_name(longest name + 1 MB) = %d", bs_error_from_name(huge));
    memset(huge, 0xff, huge_len);
    CHECK(bs_error_from_name(huge) == 0, "bs_error_from_name(1 MB of 0xff) = %d", bs_error_from_name(huge));
    free(huge);

    /* The longest name works; the header promises the string is read no further than the longest name
     * plus one byte, so an unterminated run of that many bytes before an inaccessible page is safe. */
    {
        Guarded g;
        size_t longest = strlen(longest_name());
        char *tail = (char *)guarded_alloc(&g, longest + 1);
        memcpy(tail, longest_name(), longest + 1);
        CHECK(bs_error_from_name(tail) == data_value(longest_name()), "longest name at the end of a page");
        memset(tail, 'A', longest + 1); /* no NUL at all */
        CHECK(bs_error_from_name(tail) == 0, "unterminated over-long string");
        guarded_free(&g);
    }
}

/* --- int and index edges of every function --------------------------------------------------------------- */

/* How many categories the library names: the constants run from 0 (unknown) up without a gap. */
static int category_count(void) {
    int n = 1;
    while (n < 1000 && !streq(bs_error_category_name((BsErrorCategory)n), "unknown")) n++;
    return n;
}

static void check_int_edges(void) {
    int NOT_CATEGORIES[7];
    size_t i;
    NOT_CATEGORIES[0] = INT_MIN;
    NOT_CATEGORIES[1] = -1000;
    NOT_CATEGORIES[2] = -1;
    NOT_CATEGORIES[3] = category_count();
    NOT_CATEGORIES[4] = category_count() + 1;
    NOT_CATEGORIES[5] = 1000;
    NOT_CATEGORIES[6] = INT_MAX;
    CHECK(category_count() > (int)BS_ERROR_CATEGORY_WIRELESS_LOCK, "%d categories", category_count());

    for (i = 0; i < INT_EDGE_COUNT; i++) {
        int code = INT_EDGES[i];
        const BsTestRow *row = canonical_row(code);
        int category = (int)bs_error_category(code);
        const char *name = bs_error_name(code);
        const char *text = bs_error_string(code);
        CHECK(streq(name, row != NULL ? row->name : "UNKNOWN"), "bs_error_name(%d) = %s", code, show(name));
        CHECK(streq(text, row != NULL ? row->description : "Unknown error code."), "bs_error_string(%d) = %s", code,
              show(text));
        CHECK(category >= 0 && category < category_count(), "bs_error_category(%d) = %d", code, category);
        CHECK((category == (int)BS_ERROR_CATEGORY_SUCCESS) == (code > 0), "bs_error_category(%d) = %d", code, category);
        CHECK(bs_error_is_known(code) == (row != NULL), "bs_error_is_known(%d) = %d", code, bs_error_is_known(code));
        CHECK(bs_error_is_success(code) == (code > 0), "bs_error_is_success(%d) = %d", code, bs_error_is_success(code));
    }

    /* bs_error_category_name is defined for every int, not only the constants. */
    for (i = 0; i < sizeof NOT_CATEGORIES / sizeof NOT_CATEGORIES[0]; i++) {
        CHECK(streq(bs_error_category_name((BsErrorCategory)NOT_CATEGORIES[i]), "unknown"),
              "bs_error_category_name(%d) = %s", NOT_CATEGORIES[i],
              show(bs_error_category_name((BsErrorCategory)NOT_CATEGORIES[i])));
    }

    /* Index edges. */
    CHECK(bs_error_code_at(bs_error_count()) == 0, "bs_error_code_at(count) is not 0");
    CHECK(bs_error_code_at(SIZE_MAX) == 0, "bs_error_code_at(SIZE_MAX) is not 0");
    CHECK(bs_error_code_at(SIZE_MAX / 2 + 1) == 0, "bs_error_code_at(2^63) is not 0");
    {
        BsErrorAlias alias;
        BsErrorAlias before;
        size_t past[3];
        past[0] = bs_error_alias_count();
        past[1] = SIZE_MAX;
        past[2] = SIZE_MAX / 2 + 1;
        memset(&alias, 0x5a, sizeof alias);
        memcpy(&before, &alias, sizeof alias);
        for (i = 0; i < 3; i++) {
            CHECK(bs_error_alias_at(past[i], &alias) == 0, "bs_error_alias_at(past the end #%d) is not 0", (int)i);
            CHECK(memcmp(&alias, &before, sizeof alias) == 0, "bs_error_alias_at(past the end #%d) wrote *out", (int)i);
            CHECK(bs_error_alias_at(past[i], NULL) == 0, "bs_error_alias_at(past the end, NULL) is not 0");
        }
        for (i = 0; i < bs_error_alias_count() && i < 1000; i++) {
            CHECK(bs_error_alias_at(i, NULL) == 0, "bs_error_alias_at(%d, NULL) is not 0", (int)i);
        }
    }

    /* bs_errno_version is this package's version. */
    CHECK(streq(bs_errno_version(), BS_EXPECTED_VERSION), "bs_errno_version() = %s, Cargo.toml says %s",
          show(bs_errno_version()), BS_EXPECTED_VERSION);
}

/* --- a pseudo-random sample of the whole int range ---------------------------------------------------- */

static void check_random_sample(void) {
    uint32_t state = 0x9e3779b9u;
    int i;
    for (i = 0; i < 200000; i++) {
        int code;
        const BsTestRow *row;
        char want[600];
        state = state * 1664525u + 1013904223u;
        /* Half of the samples near the table (-11000..+100), half anywhere. */
        code = (i & 1) ? (int)(state % 11101u) - 11000 : (int)(int32_t)state;
        row = canonical_row(code);
        CHECK(bs_error_is_known(code) == (row != NULL), "bs_error_is_known(%d)", code);
        CHECK(streq(bs_error_name(code), row != NULL ? row->name : "UNKNOWN"), "bs_error_name(%d)", code);
        CHECK(bs_error_category_name(bs_error_category(code)) != NULL, "bs_error_category(%d)", code);
        CHECK(bs_error_format(code, NULL, 0) == expected_line(code, want, sizeof want), "bs_error_format(%d) length",
              code);
    }
}

int main(void) {
    check_format();
    check_from_name();
    check_int_edges();
    check_random_sample();
    if (failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("bad input: bs_error_format edges, hostile names, int and index edges all behave as documented\n");
    return 0;
}
