/* The SDK-release handles from C: bs_sdk_release_find, _count, _at, _version, _date, and the lookups
 * bs_error_name_in, bs_error_string_in, bs_error_is_known_in and bs_error_format_in.
 *
 * Checked: the changes BS_Errno.h documents (-319 in 2.7.1.x, -1207, -1208, -3001, -763); the reading of
 * versions (between, before and after releases, spellings) and NULL for anything malformed, including
 * hostile strings (NULL, non-UTF-8 bytes, overlong strings, no NUL before an inaccessible page); the same
 * handle for the same release; enumeration; NULL as today's table for every code; for every release and
 * every code, answers that agree with each other; int edges and the snprintf rules.
 */
#if defined(_WIN32)
#  include <windows.h>
#else
#  define _DEFAULT_SOURCE 1 /* mmap, MAP_ANONYMOUS, sysconf */
#  include <sys/mman.h>
#  include <unistd.h>
#endif

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expect.h"

static const BsSdkRelease *newest(void) {
    return bs_sdk_release_at(bs_sdk_release_count() - 1);
}

static void expect_answer(int code, const char *version, const char *name, const char *description) {
    const BsSdkRelease *release = bs_sdk_release_find(version);
    const char *want_name = name != NULL ? name : "UNKNOWN";
    const char *want_description = description != NULL ? description : "Unknown error code.";
    CHECK(release != NULL, "bs_sdk_release_find(%s) is NULL", version);
    CHECK(streq(bs_error_name_in(release, code), want_name), "bs_error_name_in(%s, %d) = %s, want %s", version, code,
          show(bs_error_name_in(release, code)), want_name);
    CHECK(streq(bs_error_string_in(release, code), want_description), "bs_error_string_in(%s, %d) = %s, want %s",
          version, code, show(bs_error_string_in(release, code)), want_description);
    CHECK(bs_error_is_known_in(release, code) == (name != NULL), "bs_error_is_known_in(%s, %d)", version, code);
}

/* The changes the header's documentation names. */
static void check_documented_changes(void) {
    expect_answer(-319, "2.7.1.1", "BS_SDK_ERROR_FAKE_FACE_DETECTED", "Fake face detected.");
    expect_answer(-319, "V2.7.1.1", "BS_SDK_ERROR_FAKE_FACE_DETECTED", "Fake face detected.");
    expect_answer(-319, "v2.7.1", "BS_SDK_ERROR_FAKE_FACE_DETECTED", "Fake face detected.");
    expect_answer(-330, "2.7.1.0", "BS_SDK_ERROR_MATCH_FAIL", bs_error_string(-331));
    expect_answer(-331, "2.7.1.1", NULL, NULL);
    expect_answer(-319, "2.7.0.0", NULL, NULL);
    expect_answer(-319, "2.7.2.4", "BS_SDK_ERROR_UNMASKED_FACE_DETECTED", bs_error_string(-319));
    expect_answer(-320, "2.7.2.4", "BS_SDK_ERROR_FAKE_FACE_DETECTED", "Fake face detected.");
    expect_answer(-1207, "2.6.3.5", "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION",
                  "Invalid user attempted access in the unlock schedule.");
    expect_answer(-1207, "2.7", "BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION", bs_error_string(-1207));
    expect_answer(-1208, "2.7.1.1", "BS_SDK_ERROR_SET_FIRE_ALARM", "Cannot set fire alarm.");
    expect_answer(-1208, "2.7.2.4", "BS_SDK_ERROR_APB_ZONE_FULL", bs_error_string(-1208));
    expect_answer(-3001, "2.6.2.5", "BS_SDK_ERROR_SSL_EXIST", bs_error_string_in(bs_sdk_release_find("2.6.2.5"), -3001));
    expect_answer(-3001, bs_sdk_release_version(NULL), "BS_SDK_ERROR_SSL_NOT_SUPPORTED", bs_error_string(-3001));
    expect_answer(-763, "2.9.6.0", "BS_SDK_ERROR_USER_IMAGE_EX_FULL", bs_error_string_in(bs_sdk_release_find("2.9.6.0"), -763));
    expect_answer(-763, "2.9.9.1", "BS_SDK_ERROR_SQL_ERROR", bs_error_string(-763));
    expect_answer(-763, "2.7.0.0", NULL, NULL);
    /* Before the oldest release: as the oldest; after the newest: as today. */
    expect_answer(-1207, "2.0", "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION",
                  "Invalid user attempted access in the unlock schedule.");
    expect_answer(-319, "3.0.0.0", "BS_SDK_ERROR_UNMASKED_FACE_DETECTED", bs_error_string(-319));
    CHECK(strcmp(bs_error_string_in(bs_sdk_release_find("2.7.1.1"), -319), bs_error_string(-319)) != 0,
          "-319 means something else in 2.7.1.1");
    CHECK(strcmp(bs_error_string_in(bs_sdk_release_find("2.6.2.5"), -3001), bs_error_string(-3001)) != 0,
          "-3001 means something else in 2.6.2.5");
}

static const char *const RELEASE_OF[][2] = {
    { "2.7.1.1", "2.7.1.1" }, { "V2.7.1.1", "2.7.1.1" }, { "2.7.1.5", "2.7.1.1" }, { "2.7.1", "2.7.1.0" },
    { "2.7", "2.7.0.0" },     { " 2.8 ", "2.7.2.17" },  { "2.5", NULL },          { "999.0", "" },
};
static const char *const MALFORMED[] = { "", "V", "2", "2.7.1.1.0", "2..7", "2.7.", "-2.7", "latest",
                                         "2.7\xff", "\xc3\xa9" "2.7", "2,7", "1000000000.0", "2.7.1.1x" };

/* find: the documented readings, NULL for anything malformed, the same handle for the same release. */
static void check_find(void) {
    size_t i;
    const BsSdkRelease *oldest = bs_sdk_release_at(0);
    for (i = 0; i < sizeof RELEASE_OF / sizeof RELEASE_OF[0]; i++) {
        const BsSdkRelease *release = bs_sdk_release_find(RELEASE_OF[i][0]);
        const char *want = RELEASE_OF[i][1] == NULL ? bs_sdk_release_version(oldest)
                           : RELEASE_OF[i][1][0] == '\0' ? bs_sdk_release_version(NULL)
                                                         : RELEASE_OF[i][1];
        CHECK(release != NULL && streq(bs_sdk_release_version(release), want), "find('%s') is %s, want %s",
              RELEASE_OF[i][0], show(bs_sdk_release_version(release)), want);
        CHECK(release == bs_sdk_release_find(want), "find('%s') is the handle of %s", RELEASE_OF[i][0], want);
    }
    for (i = 0; i < sizeof MALFORMED / sizeof MALFORMED[0]; i++) {
        CHECK(bs_sdk_release_find(MALFORMED[i]) == NULL, "'%s' is no version", MALFORMED[i]);
    }
    CHECK(bs_sdk_release_find(NULL) == NULL, "NULL is no version");
    CHECK(bs_sdk_release_find("999.0") == newest(), "a newer version answers as the newest release");
}

/* Enumeration: oldest first, every handle found again by its version, NULL past the end. */
static void check_enumeration(void) {
    size_t count = bs_sdk_release_count();
    size_t i;
    CHECK(count >= 2, "bs_sdk_release_count() = %d", (int)count);
    for (i = 0; i < count; i++) {
        const BsSdkRelease *release = bs_sdk_release_at(i);
        const char *version = bs_sdk_release_version(release);
        const char *date = bs_sdk_release_date(release);
        CHECK(release != NULL && bs_sdk_release_find(version) == release, "release %d (%s)", (int)i, show(version));
        CHECK(date != NULL && strlen(date) == 10 && date[4] == '-' && date[7] == '-', "date of %s: %s", show(version),
              show(date));
        CHECK(i == 0 || strcmp(bs_sdk_release_date(bs_sdk_release_at(i - 1)), date) <= 0, "dates ascend at %d",
              (int)i);
    }
    CHECK(bs_sdk_release_at(count) == NULL && bs_sdk_release_at((size_t)-1) == NULL, "NULL past the end");
    CHECK(streq(bs_sdk_release_version(NULL), bs_sdk_release_version(newest())), "NULL is today's release");
    CHECK(streq(bs_sdk_release_date(NULL), bs_sdk_release_date(newest())), "NULL is today's release");
}

/* For every release and every code of today's list: answers that agree with each other, today's for the
 * newest release and for NULL. */
static void check_every_release(void) {
    size_t r;
    int i;
    for (r = 0; r < bs_sdk_release_count(); r++) {
        const BsSdkRelease *release = bs_sdk_release_at(r);
        int known = 0;
        for (i = 0; i < BS_TEST_CODE_COUNT; i++) {
            int code = BS_TEST_ROWS[i].value;
            const char *name = bs_error_name_in(release, code);
            const char *text = bs_error_string_in(release, code);
            char want[600];
            char line[600];
            int length;
            if (bs_error_is_known_in(release, code)) {
                known++;
                CHECK(bs_error_from_name(name) != 0, "%s in %s is a name of the header", show(name),
                      bs_sdk_release_version(release));
                length = snprintf(want, sizeof want, "%s (%d): %s", show(name), code, show(text));
            } else {
                CHECK(streq(name, "UNKNOWN") && streq(text, "Unknown error code."), "%d unknown in %s", code,
                      bs_sdk_release_version(release));
                length = snprintf(want, sizeof want, "UNKNOWN (%d): Unknown error code (category: %s).", code,
                                  bs_error_category_name(bs_error_category(code)));
            }
            CHECK(bs_error_format_in(release, code, line, sizeof line) == length && streq(line, want),
                  "bs_error_format_in(%s, %d) = %s, want %s", bs_sdk_release_version(release), code, line, want);
            if (release == newest()) {
                CHECK(streq(name, bs_error_name(code)) && streq(text, bs_error_string(code)),
                      "the newest release is today's table at %d", code);
            }
        }
        CHECK(known > 200 && known <= BS_TEST_CODE_COUNT, "%s defines %d codes", bs_sdk_release_version(release),
              known);
    }
    for (i = 0; i < BS_TEST_CODE_COUNT; i++) {
        int code = BS_TEST_ROWS[i].value;
        CHECK(bs_error_name_in(NULL, code) == bs_error_name(code) && bs_error_string_in(NULL, code) ==
                  bs_error_string(code) && bs_error_is_known_in(NULL, code) == 1,
              "NULL is today's table at %d", code);
    }
}

/* A page that may be read, followed by one that may not. */
static char *guarded_page_end(size_t bytes, void **base, size_t *length) {
#if defined(_WIN32)
    SYSTEM_INFO info;
    DWORD old;
    size_t page;
    GetSystemInfo(&info);
    page = info.dwPageSize;
    *length = 2 * page;
    *base = VirtualAlloc(NULL, *length, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
    if (*base == NULL || !VirtualProtect((char *)*base + page, page, PAGE_NOACCESS, &old)) {
        fprintf(stderr, "VirtualAlloc/VirtualProtect failed\n");
        exit(2);
    }
#else
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    *length = 2 * page;
    *base = mmap(NULL, *length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (*base == MAP_FAILED || mprotect((char *)*base + page, page, PROT_NONE) != 0) {
        perror("mmap/mprotect");
        exit(2);
    }
#endif
    return (char *)*base + page - bytes;
}

static void release_pages(void *base, size_t length) {
#if defined(_WIN32)
    (void)length;
    VirtualFree(base, 0, MEM_RELEASE);
#else
    munmap(base, length);
#endif
}

/* A version string with no NUL in the 64 bytes before an inaccessible page: read no further (or crash). */
static void check_unterminated_version(void) {
    void *base;
    size_t length;
    char *tail = guarded_page_end(64, &base, &length);
    char long_valid[64];
    memset(tail, '1', 64);
    CHECK(bs_sdk_release_find(tail) == NULL, "64 bytes without NUL are no version");
    memcpy(tail, "2.7.1.1", 7);
    memset(tail + 7, ' ', 56);
    tail[63] = '\0'; /* 63 bytes: the longest version text read */
    CHECK(bs_sdk_release_find(tail) == bs_sdk_release_find("2.7.1.1"), "a 63-byte version is read");
    release_pages(base, length);
    memset(long_valid, ' ', sizeof long_valid);
    memcpy(long_valid + 56, "2.7.1.1", 8); /* 63 characters and the NUL */
    CHECK(bs_sdk_release_find(long_valid) == bs_sdk_release_find("2.7.1.1"), "leading blanks are ignored");
}

/* A pointer that is not a release handle is not read and stands for no release. */
static void check_foreign_pointers(void) {
    static const unsigned char not_a_release[64] = { 0 };
    const BsSdkRelease *foreign = (const BsSdkRelease *)(const void *)not_a_release;
    char line[128];
    CHECK(streq(bs_error_name_in(foreign, -714), "UNKNOWN"), "a foreign pointer");
    CHECK(streq(bs_error_string_in(foreign, -714), "Unknown error code."), "a foreign pointer");
    CHECK(bs_error_is_known_in(foreign, -714) == 0, "a foreign pointer");
    CHECK(streq(bs_sdk_release_version(foreign), "") && streq(bs_sdk_release_date(foreign), ""), "a foreign pointer");
    CHECK(bs_error_format_in(foreign, -714, line, sizeof line) > 0 && strncmp(line, "UNKNOWN (-714)", 14) == 0,
          "a foreign pointer: %s", line);
}

/* Every int edge, in a release and in today's table: strings never NULL; snprintf rules for the format. */
static void check_int_edges(void) {
    static const int EDGES[] = { INT_MIN, INT_MIN + 1, -1000000, -10300, -4030, -331, -319, -2, -1, 0, 1, 14,
                                 INT_MAX - 1, INT_MAX };
    const BsSdkRelease *RELEASES[4];
    size_t e;
    size_t v;
    RELEASES[0] = NULL;
    RELEASES[1] = bs_sdk_release_at(0);
    RELEASES[2] = bs_sdk_release_find("2.7.1.1");
    RELEASES[3] = newest();
    for (e = 0; e < sizeof EDGES / sizeof EDGES[0]; e++) {
        for (v = 0; v < sizeof RELEASES / sizeof RELEASES[0]; v++) {
            int code = EDGES[e];
            const BsSdkRelease *release = RELEASES[v];
            char full[600];
            char buf[8 + 16];
            int length = bs_error_format_in(release, code, full, sizeof full);
            size_t size;
            CHECK(bs_error_name_in(release, code) != NULL && bs_error_string_in(release, code) != NULL,
                  "NULL string for %d", code);
            CHECK(length > 0 && (size_t)length == strlen(full), "format length for %d", code);
            CHECK(bs_error_format_in(release, code, NULL, 0) == length, "format(NULL, 0) for %d", code);
            CHECK(bs_error_format_in(release, code, NULL, 64) == length, "format(NULL, 64) for %d", code);
            for (size = 0; size <= 8; size++) {
                memset(buf, 0xA5, sizeof buf);
                CHECK(bs_error_format_in(release, code, buf, size) == length, "format(%d, size %d)", code, (int)size);
                if (size > 0) {
                    CHECK(memcmp(buf, full, size - 1) == 0 && buf[size - 1] == '\0', "truncated format of %d", code);
                }
                CHECK((unsigned char)buf[size] == 0xA5, "format(%d, size %d) wrote past size", code, (int)size);
            }
        }
    }
}

int main(void) {
    check_documented_changes();
    check_find();
    check_enumeration();
    check_every_release();
    check_unterminated_version();
    check_foreign_pointers();
    check_int_edges();
    if (failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("sdk releases: %d releases, documented changes, version reading, every release's answers, hostile "
           "strings and pointers, int edges\n", (int)bs_sdk_release_count());
    return 0;
}
