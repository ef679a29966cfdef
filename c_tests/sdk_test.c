/* The SDK-release exports from C: bs_error_name_for_sdk, bs_error_string_for_sdk, bs_error_format_for_sdk,
 * bs_sdk_release and bs_sdk_version_is_valid, for the changes BS_Errno.h documents (-319 in 2.7.1.x, -1207,
 * -1208, -3001, -763), for every code with no version or a malformed one (today's table, as documented),
 * and for hostile version strings: NULL, non-UTF-8 bytes, overlong strings, a string with no NUL before an
 * inaccessible page; and every value of every release as generated/expected_releases.h gives it. Names and
 * descriptions come from the data (expect.h, generated/expected_releases.h), never from the library.
 */
#define _DEFAULT_SOURCE 1 /* mmap, MAP_ANONYMOUS, sysconf */

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "expect.h"
#include "generated/expected_releases.h"

/* What a name means: its own description, or (an alias without one) its code's. */
static const char *meaning_of(const char *name) {
    const BsRefRow *row = row_named(name);
    if (row == NULL) return NULL;
    if (row->description[0] == '\0') {
        const BsRefRow *canonical = canonical_row(row->value);
        return canonical != NULL ? canonical->description : NULL;
    }
    return row->description;
}

static void expect_answer(int code, const char *version, const char *name) {
    const char *want_description = name != NULL ? meaning_of(name) : "Unknown error code.";
    const char *want_name = name != NULL ? name : "UNKNOWN";
    char want_line[600];
    char line[600];
    int length;
    CHECK(want_description != NULL, "%s is not in the data file", show(name));
    CHECK(streq(bs_error_name_for_sdk(code, version), want_name), "bs_error_name_for_sdk(%d, %s) = %s, want %s",
          code, show(version), show(bs_error_name_for_sdk(code, version)), want_name);
    CHECK(streq(bs_error_string_for_sdk(code, version), want_description), "bs_error_string_for_sdk(%d, %s) = %s",
          code, show(version), show(bs_error_string_for_sdk(code, version)));
    if (name != NULL) {
        length = snprintf(want_line, sizeof want_line, "%s (%d): %s", want_name, code, show(want_description));
    } else {
        length = snprintf(want_line, sizeof want_line, "UNKNOWN (%d): Unknown error code (category: %s).", code,
                          range_category(code));
    }
    CHECK(bs_error_format_for_sdk(code, version, line, sizeof line) == length && streq(line, want_line),
          "bs_error_format_for_sdk(%d, %s) = %s, want %s", code, show(version), line, want_line);
}

/* The changes the header's documentation and the data's history name. */
static void check_documented_changes(void) {
    expect_answer(-319, "2.7.1.1", "BS_SDK_ERROR_FAKE_FACE_DETECTED");
    expect_answer(-319, "V2.7.1.1", "BS_SDK_ERROR_FAKE_FACE_DETECTED");
    expect_answer(-319, "v2.7.1", "BS_SDK_ERROR_FAKE_FACE_DETECTED");
    expect_answer(-330, "2.7.1.0", "BS_SDK_ERROR_MATCH_FAIL");
    expect_answer(-331, "2.7.1.1", NULL);
    expect_answer(-319, "2.7.0.0", NULL);
    expect_answer(-319, "2.7.2.4", "BS_SDK_ERROR_UNMASKED_FACE_DETECTED");
    expect_answer(-320, "2.7.2.4", "BS_SDK_ERROR_FAKE_FACE_DETECTED");
    expect_answer(-1207, "2.6.3.5", "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION");
    expect_answer(-1207, "2.7", "BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION");
    expect_answer(-1208, "2.7.1.1", "BS_SDK_ERROR_SET_FIRE_ALARM");
    expect_answer(-1208, "2.7.2.4", "BS_SDK_ERROR_APB_ZONE_FULL");
    expect_answer(-3001, "2.6.2.5", "BS_SDK_ERROR_SSL_EXIST");
    expect_answer(-3001, BS_REF_NEWEST_RELEASE, "BS_SDK_ERROR_SSL_NOT_SUPPORTED");
    expect_answer(-763, "2.9.6.0", "BS_SDK_ERROR_USER_IMAGE_EX_FULL");
    expect_answer(-763, "2.9.9.1", "BS_SDK_ERROR_SQL_ERROR");
    expect_answer(-763, "2.7.0.0", NULL);
    /* Before the oldest release: as the oldest; after the newest: as today. */
    expect_answer(-1207, "2.0", "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION");
    expect_answer(-319, "3.0.0.0", "BS_SDK_ERROR_UNMASKED_FACE_DETECTED");
    CHECK(strcmp(bs_error_string_for_sdk(-319, "2.7.1.1"), bs_error_string(-319)) != 0,
          "-319 means something else in 2.7.1.1");
}

/* Every value each release defines, with the name the release gives it, and today's codes it does not
 * define, which are unknown there. */
static void check_every_release(void) {
    size_t r;
    size_t i;
    size_t n;
    for (r = 0; r < BS_REF_RELEASE_COUNT; r++) {
        const BsRefRelease *release = &BS_REF_RELEASES[r];
        CHECK(streq(bs_sdk_release(release->version), release->version), "bs_sdk_release(%s) = %s",
              release->version, show(bs_sdk_release(release->version)));
        for (n = 0; n < release->count; n++) {
            expect_answer(release->names[n].value, release->version, release->names[n].name);
        }
        for (i = 0; i < BS_REF_ROW_COUNT; i++) {
            int defined = 0;
            if (BS_REF_ROWS[i].is_alias) continue;
            for (n = 0; n < release->count && !defined; n++) {
                defined = release->names[n].value == BS_REF_ROWS[i].value;
            }
            if (!defined) expect_answer(BS_REF_ROWS[i].value, release->version, NULL);
        }
    }
}

static const char *const RELEASE_OF[][2] = {
    { "2.7.1.1", "2.7.1.1" }, { "V2.7.1.1", "2.7.1.1" }, { "2.7.1.5", "2.7.1.1" }, { "2.7.1", "2.7.1.0" },
    { "2.7", "2.7.0.0" },     { "2.5", BS_REF_OLDEST_RELEASE },      { " 2.8 ", "2.7.2.17" },
    { BS_REF_NEWEST_RELEASE, BS_REF_NEWEST_RELEASE },                { "999.0", BS_REF_NEWEST_RELEASE },
};
static const char *const MALFORMED[] = { "", "V", "2", "2.7.1.1.0", "2..7", "2.7.", "-2.7", "latest",
                                         "2.7\xff", "\xc3\xa9" "2.7", "2,7", "1000000000.0" };

/* Today's table for every code of the data file, when the version is NULL or malformed. */
static void check_todays_table_for_no_version(void) {
    size_t i;
    size_t m;
    for (i = 0; i < BS_REF_ROW_COUNT; i++) {
        const BsRefRow *row = &BS_REF_ROWS[i];
        if (row->is_alias) continue;
        expect_answer(row->value, NULL, row->name);
        for (m = 0; m < sizeof MALFORMED / sizeof MALFORMED[0]; m++) expect_answer(row->value, MALFORMED[m], row->name);
    }
    CHECK(bs_sdk_version_is_valid(NULL) == 0, "NULL is no version");
    CHECK(streq(bs_sdk_release(NULL), BS_REF_NEWEST_RELEASE), "bs_sdk_release(NULL) = %s",
          show(bs_sdk_release(NULL)));
    for (m = 0; m < sizeof MALFORMED / sizeof MALFORMED[0]; m++) {
        CHECK(bs_sdk_version_is_valid(MALFORMED[m]) == 0, "'%s' is no version", MALFORMED[m]);
        CHECK(streq(bs_sdk_release(MALFORMED[m]), BS_REF_NEWEST_RELEASE), "bs_sdk_release('%s')", MALFORMED[m]);
    }
    for (m = 0; m < sizeof RELEASE_OF / sizeof RELEASE_OF[0]; m++) {
        CHECK(bs_sdk_version_is_valid(RELEASE_OF[m][0]) == 1, "'%s' is a version", RELEASE_OF[m][0]);
        CHECK(streq(bs_sdk_release(RELEASE_OF[m][0]), RELEASE_OF[m][1]), "bs_sdk_release('%s') = %s, want %s",
              RELEASE_OF[m][0], show(bs_sdk_release(RELEASE_OF[m][0])), RELEASE_OF[m][1]);
    }
}

/* A version string with no NUL in the 64 bytes before an inaccessible page: read no further (or crash). */
static void check_unterminated_version(void) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    unsigned char *base = (unsigned char *)mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                                                -1, 0);
    char *tail;
    char long_valid[64];
    if (base == MAP_FAILED || mprotect(base + page, page, PROT_NONE) != 0) {
        perror("mmap/mprotect");
        exit(2);
    }
    tail = (char *)base + page - 64;
    memset(tail, '1', 64);
    CHECK(bs_sdk_version_is_valid(tail) == 0, "64 bytes without NUL are no version");
    CHECK(streq(bs_error_name_for_sdk(-319, tail), bs_error_name(-319)), "unterminated version: today's table");
    memcpy(tail, "2.7.1.1", 7);
    memset(tail + 7, ' ', 56);
    tail[63] = '\0'; /* 63 bytes: the longest version text read */
    CHECK(bs_sdk_version_is_valid(tail) == 1, "a 63-byte version is read");
    CHECK(streq(bs_error_name_for_sdk(-319, tail), "BS_SDK_ERROR_FAKE_FACE_DETECTED"), "63-byte version");
    munmap(base, 2 * page);
    memset(long_valid, ' ', sizeof long_valid);
    memcpy(long_valid + 56, "2.7.1.1", 8); /* 63 characters and the NUL */
    CHECK(bs_sdk_version_is_valid(long_valid) == 1, "leading blanks are ignored");
}

/* Every int edge, in a release and with no version: strings never NULL; snprintf rules for the format. */
static void check_int_edges(void) {
    static const int EDGES[] = { INT_MIN, INT_MIN + 1, -1000000, -10300, -4030, -331, -319, -2, -1, 0, 1, 14,
                                 INT_MAX - 1, INT_MAX };
    static const char *const VERSIONS[] = { NULL, "2.6.2.5", "2.7.1.1", "x" };
    size_t e;
    size_t v;
    for (e = 0; e < sizeof EDGES / sizeof EDGES[0]; e++) {
        for (v = 0; v < sizeof VERSIONS / sizeof VERSIONS[0]; v++) {
            int code = EDGES[e];
            const char *version = VERSIONS[v];
            char full[600];
            char buf[8 + 16];
            int length = bs_error_format_for_sdk(code, version, full, sizeof full);
            size_t size;
            CHECK(bs_error_name_for_sdk(code, version) != NULL && bs_error_string_for_sdk(code, version) != NULL,
                  "NULL string for %d", code);
            CHECK(length > 0 && (size_t)length == strlen(full), "format length for %d", code);
            CHECK(bs_error_format_for_sdk(code, version, NULL, 0) == length, "format(NULL, 0) for %d", code);
            for (size = 0; size <= 8; size++) {
                memset(buf, 0xA5, sizeof buf);
                CHECK(bs_error_format_for_sdk(code, version, buf, size) == length, "format(%d, size %d)", code, (int)size);
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
    check_every_release();
    check_todays_table_for_no_version();
    check_unterminated_version();
    check_int_edges();
    if (failures != 0) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("sdk releases: documented changes, every release's values, today's table for no version, hostile "
           "version strings, int edges\n");
    return 0;
}
