/* Every export's answers over a fixed set of inputs, digested section by section, so that one library's
 * answers can be compared with another's: the same program built for two targets (or against the shared
 * and the static library) must print the same text. equivalence.cmake runs two builds and compares.
 *
 *   answers              one line per section: its name, how many inputs, the FNV-1a digest of the answers
 *   answers --each NAME  one line per input of that section (to find the first input that differs)
 *
 * The sections: every code of the table and every alias; every int from -100000 to 100000; the int edges;
 * a million pseudo-random ints (splitmix64, fixed seed); every SDK release (version, date, find, and its
 * answers for every int from 1000 below today's lowest code to 1000 above the highest); version strings,
 * valid and not.
 * Nothing printed depends on the platform (no sizes, no pointers), and all arithmetic is fixed-width.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#if defined(_WIN32)
#  include <fcntl.h>
#  include <io.h>
#endif

#include "BS_Errno.h"

typedef struct Digest {
    uint64_t hash;
    uint64_t inputs;
} Digest;

static const char *each_section; /* --each: the section printed input by input */
static const char *section_name;

static void feed(Digest *d, const void *bytes, size_t length) {
    const unsigned char *p = (const unsigned char *)bytes;
    size_t i;
    for (i = 0; i < length; i++) {
        d->hash ^= p[i];
        d->hash *= UINT64_C(0x100000001b3);
    }
}

/* A number as 8 little-endian bytes, whatever the machine's order. */
static void feed_number(Digest *d, int64_t value) {
    unsigned char bytes[8];
    uint64_t v = (uint64_t)value;
    int i;
    for (i = 0; i < 8; i++) bytes[i] = (unsigned char)(v >> (8 * i));
    feed(d, bytes, sizeof bytes);
}

/* A string with its terminator; NULL is told apart from "". */
static void feed_string(Digest *d, const char *s) {
    if (s == NULL) {
        feed(d, "\xff(null)", 7);
    } else {
        feed(d, s, strlen(s) + 1);
    }
}

/* bs_error_format into buffers of several sizes: the return value, the text up to its terminator (or the
 * whole buffer if there is none) and the byte after the buffer, which must stay untouched. */
static void feed_format(Digest *d, const BsSdkRelease *release, int code, int in_release) {
    static const size_t SIZES[] = { 0, 1, 16, 256 };
    char buf[256 + 1];
    size_t i;
    for (i = 0; i < sizeof SIZES / sizeof SIZES[0]; i++) {
        size_t size = SIZES[i];
        const char *end;
        int written;
        memset(buf, 0x5A, size + 1);
        written = in_release ? bs_error_format_in(release, code, size ? buf : NULL, size)
                             : bs_error_format(code, size ? buf : NULL, size);
        feed_number(d, written);
        end = (const char *)memchr(buf, '\0', size);
        feed(d, buf, end != NULL ? (size_t)(end - buf) + 1 : size);
        feed(d, buf + size, 1);
    }
}

static void code_answers(Digest *d, int code) {
    BsErrorCategory category = bs_error_category(code);
    feed_number(d, code);
    feed_string(d, bs_error_string(code));
    feed_string(d, bs_error_name(code));
    feed_number(d, (int64_t)category);
    feed_string(d, bs_error_category_name(category));
    feed_number(d, bs_error_is_known(code));
    feed_number(d, bs_error_is_success(code));
    feed_number(d, bs_error_from_name(bs_error_name(code)));
    feed_format(d, NULL, code, 0);
}

static void release_answers(Digest *d, const BsSdkRelease *release, int code) {
    feed_number(d, code);
    feed_string(d, bs_error_name_in(release, code));
    feed_string(d, bs_error_string_in(release, code));
    feed_number(d, bs_error_is_known_in(release, code));
    feed_format(d, release, code, 1);
}

static void begin(Digest *d, const char *name) {
    d->hash = UINT64_C(0xcbf29ce484222325);
    d->inputs = 0;
    section_name = name;
}

/* One input done: with --each for this section, its own line. */
static void input_done(Digest *d, const char *label, Digest *input) {
    d->inputs++;
    feed_number(d, (int64_t)input->hash);
    if (each_section != NULL && strcmp(each_section, section_name) == 0) {
        printf("%s %s %016llx\n", section_name, label, (unsigned long long)input->hash);
    }
}

static void end(const Digest *d) {
    if (each_section == NULL) {
        printf("%s %llu %016llx\n", section_name, (unsigned long long)d->inputs, (unsigned long long)d->hash);
    }
}

static void code_input(Digest *d, int code) {
    Digest input = { UINT64_C(0xcbf29ce484222325), 0 };
    char label[16];
    code_answers(&input, code);
    snprintf(label, sizeof label, "%d", code);
    input_done(d, label, &input);
}

static void release_input(Digest *d, const BsSdkRelease *release, int code) {
    Digest input = { UINT64_C(0xcbf29ce484222325), 0 };
    char label[16];
    release_answers(&input, release, code);
    snprintf(label, sizeof label, "%d", code);
    input_done(d, label, &input);
}

static uint64_t splitmix64(uint64_t *state) {
    uint64_t z = (*state += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

/* The low 32 bits as a two's-complement int, without implementation-defined conversions. */
static int to_int(uint64_t bits) {
    uint32_t low = (uint32_t)bits;
    return low <= (uint32_t)INT32_MAX ? (int)low : -(int)(UINT32_C(0xFFFFFFFF) - low) - 1;
}

static void table_section(void) {
    Digest d;
    size_t i, count = bs_error_count(), aliases = bs_error_alias_count();
    begin(&d, "table");
    for (i = 0; i <= count; i++) code_input(&d, bs_error_code_at(i)); /* and one past the end */
    for (i = 0; i <= aliases; i++) {
        Digest input = { UINT64_C(0xcbf29ce484222325), 0 };
        BsErrorAlias alias;
        int found;
        memset(&alias, 0, sizeof alias);
        found = bs_error_alias_at(i, &alias);
        feed_number(&input, found);
        if (found) {
            feed_string(&input, alias.name);
            feed_number(&input, alias.code);
            feed_number(&input, alias.deprecated);
            feed_string(&input, alias.deprecated_since);
            feed_string(&input, alias.description);
            feed_number(&input, bs_error_from_name(alias.name));
        }
        input_done(&d, found ? alias.name : "(past the end)", &input);
    }
    end(&d);
}

static void range_section(void) {
    Digest d;
    int code;
    begin(&d, "range");
    for (code = -100000; code <= 100000; code++) code_input(&d, code);
    end(&d);
}

static void edges_section(void) {
    static const int64_t EDGES[] = { INT32_MIN, INT32_MIN + 1, -1000000, -65536, -1, 0, 1, 65535, 65536,
                                     INT32_MAX - 1, INT32_MAX };
    Digest d;
    size_t i;
    begin(&d, "edges");
    for (i = 0; i < sizeof EDGES / sizeof EDGES[0]; i++) code_input(&d, (int)EDGES[i]);
    end(&d);
}

static void random_section(void) {
    Digest d;
    uint64_t state = UINT64_C(0x62732d6572726e6f); /* "bs-errno" */
    long n;
    begin(&d, "random");
    for (n = 0; n < 1000000L; n++) code_input(&d, to_int(splitmix64(&state)));
    end(&d);
}

static void releases_section(void) {
    Digest d;
    size_t i, r, count = bs_sdk_release_count(), codes = bs_error_count();
    int lowest = 0, highest = 0;
    begin(&d, "releases");
    for (r = 0; r <= count; r++) { /* every release, then one past the end */
        const BsSdkRelease *release = bs_sdk_release_at(r);
        const char *version = bs_sdk_release_version(release);
        Digest input = { UINT64_C(0xcbf29ce484222325), 0 };
        feed_number(&input, release != NULL);
        feed_string(&input, version);
        feed_string(&input, bs_sdk_release_date(release));
        feed_number(&input, release != NULL && bs_sdk_release_find(version) == release);
        input_done(&d, version, &input);
    }
    end(&d);
    for (i = 0; i < codes; i++) { /* the span of today's codes, with a margin for codes a release had */
        if (bs_error_code_at(i) < lowest) lowest = bs_error_code_at(i);
        if (bs_error_code_at(i) > highest) highest = bs_error_code_at(i);
    }
    for (r = 0; r < count; r++) {
        const BsSdkRelease *release = bs_sdk_release_at(r);
        char name[64];
        int code;
        snprintf(name, sizeof name, "release-%s", bs_sdk_release_version(release));
        begin(&d, name);
        for (code = lowest - 1000; code <= highest + 1000; code++) release_input(&d, release, code);
        end(&d);
    }
    begin(&d, "release-none");
    for (i = 0; i < codes; i++) release_input(&d, NULL, bs_error_code_at(i));
    end(&d);
}

static void versions_section(void) {
    static const char *const VERSIONS[] = { "2.7.1.1", "V2.7.1.1", "v2.7.1.1", "2.7.1", "2.7", "2", "0.1", "99.0",
                                            "2.9.12", "2.9.12.0", "", " ", "2.7.1.1x", "2..7", "2.7.", ".2.7",
                                            "junk", "4294967296.0", "2.7.1.1.1", "\xff\xfe" };
    Digest d;
    size_t i, count = bs_sdk_release_count();
    begin(&d, "versions");
    for (i = 0; i < sizeof VERSIONS / sizeof VERSIONS[0]; i++) {
        const BsSdkRelease *found = bs_sdk_release_find(VERSIONS[i]);
        Digest input = { UINT64_C(0xcbf29ce484222325), 0 };
        int64_t index = -1;
        size_t r;
        for (r = 0; r < count; r++) {
            if (bs_sdk_release_at(r) == found) index = (int64_t)r;
        }
        feed_number(&input, found != NULL);
        feed_number(&input, index);
        feed_string(&input, bs_sdk_release_version(found));
        input_done(&d, VERSIONS[i], &input);
    }
    {
        Digest input = { UINT64_C(0xcbf29ce484222325), 0 };
        feed_number(&input, bs_sdk_release_find(NULL) == NULL);
        feed_string(&input, bs_errno_version());
        input_done(&d, "(null)", &input);
    }
    end(&d);
}

int main(int argc, char **argv) {
#if defined(_WIN32)
    _setmode(_fileno(stdout), _O_BINARY); /* "\n", not "\r\n": the text is compared byte for byte */
#endif
    if (argc == 3 && strcmp(argv[1], "--each") == 0) {
        each_section = argv[2];
    } else if (argc != 1) {
        fprintf(stderr, "usage: %s [--each SECTION]\n", argv[0]);
        return 2;
    }
    table_section();
    range_section();
    edges_section();
    random_section();
    releases_section();
    versions_section();
    return fflush(stdout) == 0 ? 0 : 1;
}
