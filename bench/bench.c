/* The C benchmark of bs-errno: bs_error_string, bs_error_name and bs_error_category per call, through the
 * shared library, against two baselines built the same way (gcc -O2, a shared library of their own,
 * called through the same PLT kind of call), written at build time from BS_ERRNO_MAP (make_baselines.c):
 *   switch  a `switch` over every code returning literals: what a hand-written C strerror is;
 *   array   a direct-indexed array over [lowest code, highest code] behind a bounds check: the floor.
 *
 * Inputs are precomputed from a fixed-seed PRNG: INPUTS random valid codes (uniform over the table) and
 * INPUTS random unknown codes (7 in 8 from -10400..40 minus the table, 1 in 8 anywhere in int). Each
 * measurement runs one candidate over one input array PASSES times, timed with CLOCK_MONOTONIC; every
 * return value goes into a sink. A round measures every candidate once on each input array, in an order
 * that rotates from round to round; ROUNDS rounds. Reported: the median ns per call of each candidate,
 * and each ratio as the median over the rounds of that round's ratio (both sides measured moments apart).
 *
 * The calls are independent and back to back, so this is throughput per call, the caller's loop included.
 * Before timing, the baselines are checked to give the library's answers (strings compared by content),
 * so that like is compared with like.
 *
 *   cmake --build build --target bench          # builds and runs it
 *   taskset -c 1 build/bench/bs_errno_bench     # the binary, pinned to one CPU
 *   build/bench/bs_errno_bench --smoke          # three rounds: it runs and reports (CI), no figures
 *   valgrind --tool=callgrind build/bench/bs_errno_bench --once bs_error_string   # instructions per call
 *
 * The lookups through an SDK-release handle (bs_error_string_in, bs_error_name_in) are measured the same way,
 * for an old release (2.7.1.1) and the newest, each as a ratio to the plain lookup in the same round.
 */
#define _GNU_SOURCE 1 /* dladdr, clock_gettime */

#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "BS_Errno.h"
#include "bs_errno_baseline.h"

enum { INPUTS = 4096, PASSES = 32, ROUNDS = 31, SIZE_REFERENCE = 65536 };

#define NEAR_LOW (-10400)
#define NEAR_HIGH 40

/* --- inputs --------------------------------------------------------------------------------------------- */

static uint64_t rng_state = 0x62732d6572726e6fULL; /* fixed seed: "bs-errno" */

static uint64_t rng_next(void) { /* splitmix64 */
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static int compare_ints(const void *a, const void *b) {
    int x = *(const int *)a;
    int y = *(const int *)b;
    return (x > y) - (x < y);
}

static int *sorted_codes;

static int in_table(int code) {
    return bsearch(&code, sorted_codes, baseline_code_count, sizeof(int), compare_ints) != NULL;
}

static int valid_inputs[INPUTS];
static int unknown_inputs[INPUTS];

static void make_inputs(void) {
    size_t i;
    sorted_codes = malloc(baseline_code_count * sizeof(int));
    if (sorted_codes == NULL) {
        perror("malloc");
        exit(2);
    }
    memcpy(sorted_codes, baseline_codes, baseline_code_count * sizeof(int));
    qsort(sorted_codes, baseline_code_count, sizeof(int), compare_ints);

    for (i = 0; i < INPUTS; i++) valid_inputs[i] = baseline_codes[rng_next() % baseline_code_count];
    for (i = 0; i < INPUTS; i++) {
        int code;
        do {
            uint64_t r = rng_next();
            if (r % 8 == 0) {
                code = (int)(int32_t)(uint32_t)(r >> 32); /* anywhere in int */
            } else {
                code = NEAR_LOW + (int)((r >> 32) % (uint64_t)(NEAR_HIGH - NEAR_LOW + 1));
            }
        } while (in_table(code));
        unknown_inputs[i] = code;
    }
}

/* --- the baselines answer what the library answers --------------------------------------------------- */

static int failures = 0;

static void expect_same_string(const char *what, int code, const char *library, const char *baseline) {
    if (library == NULL || baseline == NULL || strcmp(library, baseline) != 0) {
        if (++failures <= 10) {
            fprintf(stderr, "%s(%d): library \"%s\", baseline \"%s\"\n", what, code, library ? library : "(null)",
                    baseline ? baseline : "(null)");
        }
    }
}

static void check_code(int code) {
    BsErrorCategory library = bs_error_category(code);
    expect_same_string("switch_string", code, bs_error_string(code), baseline_switch_string(code));
    expect_same_string("array_string", code, bs_error_string(code), baseline_array_string(code));
    expect_same_string("switch_name", code, bs_error_name(code), baseline_switch_name(code));
    expect_same_string("array_name", code, bs_error_name(code), baseline_array_name(code));
    /* Unknown codes: the library gives a family by range, the baselines BS_ERROR_CATEGORY_UNKNOWN. */
    if (in_table(code) && (baseline_switch_category(code) != library || baseline_array_category(code) != library)) {
        if (++failures <= 10) fprintf(stderr, "category(%d): library %d, baselines differ\n", code, (int)library);
    }
}

static void check_baselines(void) {
    int code;
    size_t i;
    if (baseline_code_count != bs_error_count()) {
        fprintf(stderr, "the data file has %zu codes, the library %zu\n", baseline_code_count, bs_error_count());
        failures++;
    }
    for (code = NEAR_LOW; code <= NEAR_HIGH; code++) check_code(code);
    for (i = 0; i < INPUTS; i++) check_code(unknown_inputs[i]);
    if (failures > 0) {
        fprintf(stderr, "the baselines disagree with the library (%d differences): nothing measured\n", failures);
        exit(1);
    }
}

/* --- candidates ------------------------------------------------------------------------------------------ */

/* One pass over an input array: a direct call per code, every answer summed into the result. */
#define DEFINE_RUN(fn)                                                                                   \
    static uintptr_t run_##fn(const int *codes) {                                                        \
        uintptr_t sum = 0;                                                                               \
        size_t i;                                                                                        \
        for (i = 0; i < INPUTS; i++) sum += (uintptr_t)fn(codes[i]);                                     \
        return sum;                                                                                      \
    }

DEFINE_RUN(bs_error_string)
DEFINE_RUN(baseline_switch_string)
DEFINE_RUN(baseline_array_string)
DEFINE_RUN(bs_error_name)
DEFINE_RUN(baseline_switch_name)
DEFINE_RUN(baseline_array_name)
DEFINE_RUN(bs_error_category)
DEFINE_RUN(baseline_switch_category)
DEFINE_RUN(baseline_array_category)
DEFINE_RUN(baseline_call_only)

/* The same through an SDK-release handle, found once: an old release, where some codes had other names,
 * and the newest one. */
static const BsSdkRelease *old_release;
static const BsSdkRelease *newest_release;
#define DEFINE_RUN_IN(fn, release)                                                                       \
    static uintptr_t run_##fn##_##release(const int *codes) {                                            \
        uintptr_t sum = 0;                                                                               \
        const BsSdkRelease *handle = release;                                                            \
        size_t i;                                                                                        \
        for (i = 0; i < INPUTS; i++) sum += (uintptr_t)fn(handle, codes[i]);                             \
        return sum;                                                                                      \
    }
DEFINE_RUN_IN(bs_error_string_in, old_release)
DEFINE_RUN_IN(bs_error_name_in, old_release)
DEFINE_RUN_IN(bs_error_string_in, newest_release)
DEFINE_RUN_IN(bs_error_name_in, newest_release)

typedef uintptr_t (*RunFn)(const int *codes);

typedef struct Candidate {
    const char *name;
    RunFn run;
    double ns[2][ROUNDS]; /* [valid, unknown][round]: ns per call */
} Candidate;

static Candidate candidates[] = {
    { "bs_error_string", run_bs_error_string, { { 0 } } },
    { "baseline_switch_string", run_baseline_switch_string, { { 0 } } },
    { "baseline_array_string", run_baseline_array_string, { { 0 } } },
    { "bs_error_name", run_bs_error_name, { { 0 } } },
    { "baseline_switch_name", run_baseline_switch_name, { { 0 } } },
    { "baseline_array_name", run_baseline_array_name, { { 0 } } },
    { "bs_error_category", run_bs_error_category, { { 0 } } },
    { "baseline_switch_category", run_baseline_switch_category, { { 0 } } },
    { "baseline_array_category", run_baseline_array_category, { { 0 } } },
    { "baseline_call_only", run_baseline_call_only, { { 0 } } },
    { "bs_error_string_in(2.7.1.1)", run_bs_error_string_in_old_release, { { 0 } } },
    { "bs_error_name_in(2.7.1.1)", run_bs_error_name_in_old_release, { { 0 } } },
    { "bs_error_string_in(newest)", run_bs_error_string_in_newest_release, { { 0 } } },
    { "bs_error_name_in(newest)", run_bs_error_name_in_newest_release, { { 0 } } },
};
#define CANDIDATES (sizeof candidates / sizeof candidates[0])

volatile uintptr_t sink;

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static double measure(RunFn run, const int *codes) {
    uintptr_t sum = 0;
    double start;
    double end;
    int pass;
    start = now_ns();
    for (pass = 0; pass < PASSES; pass++) sum += run(codes);
    end = now_ns();
    sink += sum;
    return (end - start) / ((double)PASSES * INPUTS);
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a;
    double y = *(const double *)b;
    return (x > y) - (x < y);
}

/* How many rounds run: ROUNDS, or 3 with --smoke (a check that it runs and reports, not a measurement). */
static int rounds = ROUNDS;
/* --once CANDIDATE: run one candidate once over each input set and report nothing else (for callgrind). */
static const char *once = NULL;

static double median(const double *values, size_t n) {
    double sorted[ROUNDS];
    memcpy(sorted, values, n * sizeof(double));
    qsort(sorted, n, sizeof(double), compare_doubles);
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

static size_t find(const char *name) {
    size_t i;
    for (i = 0; i < CANDIDATES; i++) {
        if (strcmp(candidates[i].name, name) == 0) return i;
    }
    fprintf(stderr, "no candidate %s\n", name);
    exit(2);
}

static double median_ns(const char *name, int set) {
    return median(candidates[find(name)].ns[set], (size_t)rounds);
}

/* The median over rounds of the per-round ratio a / b. */
static double median_ratio(const char *a, const char *b, int set) {
    double ratios[ROUNDS];
    size_t x = find(a);
    size_t y = find(b);
    int r;
    for (r = 0; r < rounds; r++) ratios[r] = candidates[x].ns[set][r] / candidates[y].ns[set][r];
    return median(ratios, (size_t)rounds);
}

/* --- report ------------------------------------------------------------------------------------------------ */

static void print_cpu(void) {
    char line[256];
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (f == NULL) return;
    while (fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "model name", 10) == 0) {
            const char *colon = strchr(line, ':');
            if (colon != NULL) printf("cpu: %s", colon + 2);
            break;
        }
    }
    fclose(f);
}

/* The file the loader mapped libbs_errno from: the one holding the strings the library returns. */
static void print_library(void) {
    Dl_info info;
    struct stat st;
    const void *inside = bs_error_string(-714);
    if (dladdr(inside, &info) == 0 || info.dli_fname == NULL || stat(info.dli_fname, &st) != 0) {
        printf("library: cannot locate libbs_errno's file\n");
        return;
    }
    printf("library: %s, %lld bytes (%.1f KiB; reference: %d bytes = 64 KiB)\n", info.dli_fname,
           (long long)st.st_size, (double)st.st_size / 1024.0, SIZE_REFERENCE);
}

static void print_row(const char *function, const char *tag) {
    static const char *const SET[2] = { "valid", "unknown" };
    char switch_name[64];
    char array_name[64];
    int set;
    snprintf(switch_name, sizeof switch_name, "baseline_switch_%s", tag);
    snprintf(array_name, sizeof array_name, "baseline_array_%s", tag);
    for (set = 0; set < 2; set++) {
        printf("%-18s %-8s %9.2f %9.2f %9.2f %14.2fx %13.2fx\n", function, SET[set], median_ns(function, set),
               median_ns(switch_name, set), median_ns(array_name, set), median_ratio(function, array_name, set),
               median_ratio(switch_name, array_name, set));
    }
}

int main(int argc, char **argv) {
    int round;
    size_t i;
    const int *sets[2];

    if (argc == 2 && strcmp(argv[1], "--smoke") == 0) {
        rounds = 3;
    } else if (argc == 3 && strcmp(argv[1], "--once") == 0) {
        once = argv[2];
    } else if (argc != 1) {
        fprintf(stderr, "usage: bs_errno_bench [--smoke | --once CANDIDATE]\n");
        return 2;
    }
    old_release = bs_sdk_release_find("2.7.1.1");
    newest_release = bs_sdk_release_at(bs_sdk_release_count() - 1);
    if (old_release == NULL || newest_release == NULL) {
        fprintf(stderr, "no SDK release handles\n");
        return 2;
    }
    make_inputs();
    sets[0] = valid_inputs;
    sets[1] = unknown_inputs;
    if (once != NULL) {
        /* One pass of one candidate over each input set, for an instruction count under callgrind. */
        size_t c = find(once);
        sink += candidates[c].run(valid_inputs);
        sink += candidates[c].run(unknown_inputs);
        printf("%s: %d calls on valid codes, then %d on unknown ones\n", once, INPUTS, INPUTS);
        free(sorted_codes);
        return 0;
    }
    check_baselines();

    /* Warm-up: resolve every PLT entry, fault in the tables. */
    for (i = 0; i < CANDIDATES; i++) {
        sink += candidates[i].run(valid_inputs);
        sink += candidates[i].run(unknown_inputs);
    }
    for (round = 0; round < rounds; round++) {
        size_t k;
        for (k = 0; k < CANDIDATES; k++) {
            size_t c = ((size_t)round + k) % CANDIDATES;
            int set;
            for (set = 0; set < 2; set++) candidates[c].ns[set][round] = measure(candidates[c].run, sets[set]);
        }
    }

    printf("bs-errno C benchmark: median ns per call over %d interleaved rounds (%d inputs x %d passes per "
           "measurement)\n",
           rounds, INPUTS, PASSES);
    print_cpu();
    print_library();
    printf("baselines: gcc -O2, written from BS_ERRNO_MAP, in libbs_errno_baseline.so\n\n");
    printf("%-18s %-8s %9s %9s %9s %15s %14s\n", "function", "codes", "bs_errno", "switch", "array",
           "bs_errno/array", "switch/array");
    print_row("bs_error_string", "string");
    print_row("bs_error_name", "name");
    print_row("bs_error_category", "category");
    printf("\nthe call alone (a function returning a constant, same kind of call): %.2f ns valid, %.2f ns unknown\n",
           median_ns("baseline_call_only", 0), median_ns("baseline_call_only", 1));
    {
        double valid = median_ratio("bs_error_string", "baseline_array_string", 0);
        double unknown = median_ratio("bs_error_string", "baseline_array_string", 1);
        printf("bs_error_string / array: %.2fx valid, %.2fx unknown (reference: 1.25x)\n", valid, unknown);
    }
    {
        static const char *const IN[][2] = { { "bs_error_string_in(2.7.1.1)", "bs_error_string" },
                                             { "bs_error_name_in(2.7.1.1)", "bs_error_name" },
                                             { "bs_error_string_in(newest)", "bs_error_string" },
                                             { "bs_error_name_in(newest)", "bs_error_name" } };
        printf("\nthrough a release handle (found once), against the plain lookup in the same round:\n");
        for (i = 0; i < sizeof IN / sizeof IN[0]; i++) {
            printf("%-28s %6.2f ns valid %6.2f ns unknown   %5.2fx valid %5.2fx unknown (reference: 1.25x)\n",
                   IN[i][0], median_ns(IN[i][0], 0), median_ns(IN[i][0], 1), median_ratio(IN[i][0], IN[i][1], 0),
                   median_ratio(IN[i][0], IN[i][1], 1));
        }
    }
    free(sorted_codes);
    return 0;
}
