/* libFuzzer target for bs_error_format, linked against the static library; the harness and the
 * reference are built with ASan and UBSan (the library's Rust code is not instrumented, so overruns are
 * caught by an inaccessible page and by canaries instead).
 *
 * Input: the first 4 bytes are the code (host byte order), the next two (little-endian, modulo 301) the
 * buffer size 0..300; shorter inputs use size 0 or the one byte there is. Checked, snprintf's contract:
 *  - the full line (into a 512-byte buffer) is exactly the one BS_Errno.h documents, built from
 *    the data (reference.h's fuzz_expected_line), and its length is the return value;
 *  - NULL with any size: nothing written, the same return value;
 *  - a buffer of `size` bytes ending right before an inaccessible page (for size 0, a pointer to that
 *    page): the same return value, the first min(n, size - 1) bytes of the full line, then a NUL; a write
 *    past `size` crashes the run;
 *  - the same on the heap with 32 canary bytes after `size`: the canary is intact;
 *  - and all of that for the sizes n and n + 1 too (one short of the line, and just enough), so every
 *    input checks the output is a prefix of the full line at three sizes.
 */
#define _DEFAULT_SOURCE 1 /* mmap, MAP_ANONYMOUS, sysconf */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "reference.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { CANARY = 0xA5, SLACK = 32, FULL = 512, MAX_SIZE = 300 };

/* The first byte of an inaccessible page, with one accessible page (more than FULL bytes) before it. */
static unsigned char *guard_page(void) {
    static unsigned char *guard = NULL;
    if (guard == NULL) {
        size_t page = (size_t)sysconf(_SC_PAGESIZE);
        unsigned char *base;
        if (page < FULL) abort();
        base = (unsigned char *)mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (base == MAP_FAILED || mprotect(base + page, page, PROT_NONE) != 0) abort();
        guard = base + page;
    }
    return guard;
}

static void check_size(int code, const char *full, int n, size_t size) {
    size_t kept = (size_t)n < size ? (size_t)n : size - 1; /* when size > 0 */
    unsigned char *exact = guard_page() - size;        /* size 0: the inaccessible page itself */
    unsigned char *padded = (unsigned char *)malloc(size + SLACK);
    size_t i;
    int got;
    if (padded == NULL) abort();
    memset(exact, CANARY, size);
    memset(padded, CANARY, size + SLACK);

    got = bs_error_format(code, (char *)exact, size);
    CHECK(got == n, "bs_error_format(%d, buf, %zu) = %d, with a large buffer %d", code, size, got, n);
    if (size > 0) {
        CHECK(memcmp(exact, full, kept) == 0, "bs_error_format(%d, buf, %zu) is no prefix of \"%s\"", code, size,
              full);
        CHECK(exact[kept] == '\0', "bs_error_format(%d, buf, %zu): no NUL at %zu", code, size, kept);
    }

    got = bs_error_format(code, (char *)padded, size);
    CHECK(got == n, "bs_error_format(%d, padded, %zu) = %d, expected %d", code, size, got, n);
    for (i = size; i < size + SLACK; i++) {
        if (padded[i] != CANARY) {
            CHECK(0, "bs_error_format(%d, buf, %zu) wrote byte %zu", code, size, i);
            break;
        }
    }
    if (size > 0) {
        CHECK(memcmp(padded, full, kept) == 0 && padded[kept] == '\0',
              "bs_error_format(%d, padded, %zu) differs from the exact-size buffer", code, size);
    }
    free(padded);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int32_t raw;
    int code;
    size_t buffer_size = 0;
    char full[FULL];
    char expected[FULL];
    int n;
    int want;
    if (size < 4) return 0;
    memcpy(&raw, data, sizeof raw);
    code = (int)raw;
    if (size >= 6) {
        buffer_size = ((size_t)data[4] | (size_t)data[5] << 8) % (MAX_SIZE + 1);
    } else if (size == 5) {
        buffer_size = (size_t)data[4] % (MAX_SIZE + 1);
    }

    memset(full, CANARY, sizeof full);
    want = fuzz_expected_line(code, expected, sizeof expected);
    n = bs_error_format(code, full, sizeof full);
    CHECK(n == want && n >= 0 && n < FULL, "bs_error_format(%d) = %d, the documented line has %d", code, n, want);
    if (n < 0 || n >= FULL) abort();
    CHECK(strlen(full) == (size_t)n, "bs_error_format(%d) returned %d for a line of %zu bytes", code, n,
          strlen(full));
    CHECK(strcmp(full, expected) == 0, "bs_error_format(%d) = \"%s\", documented: \"%s\"", code, full, expected);

    CHECK(bs_error_format(code, NULL, 0) == n, "bs_error_format(%d, NULL, 0) != %d", code, n);
    CHECK(bs_error_format(code, NULL, buffer_size) == n, "bs_error_format(%d, NULL, %zu) != %d", code, buffer_size,
          n);
    check_size(code, full, n, buffer_size);
    check_size(code, full, n, (size_t)n);
    check_size(code, full, n, (size_t)n + 1);

    if (failures > 0) abort();
    return 0;
}
