/* libFuzzer target for bs_error_from_name, linked against the static library; the harness and the
 * reference are built with ASan and UBSan (the library's Rust code is not instrumented).
 *
 * The input bytes and a NUL are copied so that the NUL is the last byte before an inaccessible page: the
 * library reading past the terminator crashes the run. The name is looked up by the library and by a
 * reference, a linear strcmp search of every macro name of the data (reference.h). The two must agree: the data file's value for a canonical or alias name, 0 for
 * anything else. For a name that is found, bs_error_name of the value must be the data file's canonical
 * name and bs_error_is_known of it 1.
 *
 * The seed corpus (make_seeds.c) holds every name and some near misses, so the fuzzer starts next to every
 * hit; libFuzzer's strcmp hooks see the reference's comparisons too.
 */
#define _DEFAULT_SOURCE 1 /* mmap, MAP_ANONYMOUS, sysconf */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "reference.h"

/* The first byte of an inaccessible page, with one accessible page before it. */
static unsigned char *guard_page(size_t *page_size) {
    static unsigned char *guard = NULL;
    static size_t page = 0;
    if (guard == NULL) {
        unsigned char *base;
        page = (size_t)sysconf(_SC_PAGESIZE);
        base = (unsigned char *)mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (base == MAP_FAILED || mprotect(base + page, page, PROT_NONE) != 0) abort();
        guard = base + page;
    }
    *page_size = page;
    return guard;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    size_t page;
    unsigned char *guard = guard_page(&page);
    char *name;
    int index;
    int got;
    int want;
    if (size + 1 > page) return 0; /* only reachable with -max_len above a page */
    name = (char *)(guard - (size + 1));
    if (size > 0) memcpy(name, data, size);
    name[size] = '\0';

    got = bs_error_from_name(name);
    index = fuzz_name_index(name);
    want = index >= 0 ? FUZZ_NAMES[index].value : 0;
    CHECK(got == want, "bs_error_from_name(\"%s\") = %d, the data file says %d", name, got, want);
    if (index >= 0) {
        const char *canonical = FUZZ_NAMES[index].canonical;
        CHECK(streq(bs_error_name(want), canonical), "bs_error_name(%d) = \"%s\", the data file says %s", want,
              show(bs_error_name(want)), canonical);
        CHECK(bs_error_is_known(want) == 1, "bs_error_is_known(%d) = 0 for the value of %s", want, name);
    }
    if (failures > 0) abort();
    return 0;
}
