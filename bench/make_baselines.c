/* Writes the benchmark's baselines (the file named by argv[1]) from BS_Errno.h's own list, BS_ERRNO_MAP, at
 * build time: the answers of bs_error_string/name/category computed the two ways a C programmer would,
 *   switch  a `switch` over every code returning literals: what a hand-written C strerror is;
 *   array   static arrays over [lowest code, highest code] behind a bounds check: the floor.
 * For unknown codes the baselines' category is BS_ERROR_CATEGORY_UNKNOWN (the library gives a family by
 * range). Nothing here consults libbs_errno. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "BS_Errno.h"

typedef struct {
    const char *name;
    int code;
    const char *category;
    const char *text;
} Row;

#define ROW(name, value, category, text) { #name, value, #category, text },
static const Row ROWS[] = { BS_ERRNO_MAP(ROW) };
#undef ROW
#define COUNT (sizeof ROWS / sizeof ROWS[0])

/* A C string literal of `text` (the list's texts hold no quote, backslash or newline; '?' is escaped so
 * that no trigraph forms). */
static void literal(FILE *out, const char *text) {
    fputc('"', out);
    for (; *text != '\0'; text++) {
        if (*text == '?') fputc('\\', out);
        fputc(*text, out);
    }
    fputc('"', out);
}

static const Row *row_of(int code) {
    size_t i;
    for (i = 0; i < COUNT; i++) {
        if (ROWS[i].code == code) return &ROWS[i];
    }
    return NULL;
}

int main(int argc, char **argv) {
    FILE *out;
    size_t i;
    int low = INT_MAX;
    int high = INT_MIN;
    int code;
    if (argc != 2 || (out = fopen(argv[1], "w")) == NULL) {
        fprintf(stderr, "usage: make_baselines OUT.c\n");
        return 2;
    }
    for (i = 0; i < COUNT; i++) {
        if (ROWS[i].code < low) low = ROWS[i].code;
        if (ROWS[i].code > high) high = ROWS[i].code;
    }
    fprintf(out, "/* Written by bench/make_baselines.c from BS_Errno.h's BS_ERRNO_MAP. */\n"
                 "#include \"bs_errno_baseline.h\"\n\n"
                 "#define BASELINE_MIN (%d)\n#define BASELINE_MAX (%d)\n\n"
                 "static const char UNKNOWN_STRING[] = \"Unknown error code.\";\n"
                 "static const char UNKNOWN_NAME[] = \"UNKNOWN\";\n\n",
            low, high);
    fprintf(out, "const int baseline_codes[%u] = {\n", (unsigned)COUNT);
    for (i = 0; i < COUNT; i++) fprintf(out, "    %d,\n", ROWS[i].code);
    fprintf(out, "};\nconst size_t baseline_code_count = %u;\n\n", (unsigned)COUNT);

    fprintf(out, "const char *baseline_switch_string(int code) {\n    switch (code) {\n");
    for (i = 0; i < COUNT; i++) {
        fprintf(out, "    case %d: return ", ROWS[i].code);
        literal(out, ROWS[i].text);
        fprintf(out, ";\n");
    }
    fprintf(out, "    default: return UNKNOWN_STRING;\n    }\n}\n\n");
    fprintf(out, "const char *baseline_switch_name(int code) {\n    switch (code) {\n");
    for (i = 0; i < COUNT; i++) fprintf(out, "    case %d: return \"%s\";\n", ROWS[i].code, ROWS[i].name);
    fprintf(out, "    default: return UNKNOWN_NAME;\n    }\n}\n\n");
    fprintf(out, "BsErrorCategory baseline_switch_category(int code) {\n    switch (code) {\n");
    for (i = 0; i < COUNT; i++) fprintf(out, "    case %d: return %s;\n", ROWS[i].code, ROWS[i].category);
    fprintf(out, "    default: return BS_ERROR_CATEGORY_UNKNOWN;\n    }\n}\n\n");

    fprintf(out, "static const char *const STRING_BY_CODE[] = {\n");
    for (code = low; code <= high; code++) {
        const Row *row = row_of(code);
        fprintf(out, "    ");
        if (row != NULL) {
            literal(out, row->text);
        } else {
            fprintf(out, "UNKNOWN_STRING");
        }
        fprintf(out, ",\n");
    }
    fprintf(out, "};\n\nstatic const char *const NAME_BY_CODE[] = {\n");
    for (code = low; code <= high; code++) {
        const Row *row = row_of(code);
        fprintf(out, row != NULL ? "    \"%s\",\n" : "    UNKNOWN_NAME,\n", row != NULL ? row->name : "");
    }
    fprintf(out, "};\n\nstatic const unsigned char CATEGORY_BY_CODE[] = {\n");
    for (code = low; code <= high; code++) {
        const Row *row = row_of(code);
        fprintf(out, "    %s,\n", row != NULL ? row->category : "BS_ERROR_CATEGORY_UNKNOWN");
    }
    fprintf(out, "};\n\n"
                 "const char *baseline_array_string(int code) {\n"
                 "    if (code < BASELINE_MIN || code > BASELINE_MAX) return UNKNOWN_STRING;\n"
                 "    return STRING_BY_CODE[code - BASELINE_MIN];\n}\n\n"
                 "const char *baseline_array_name(int code) {\n"
                 "    if (code < BASELINE_MIN || code > BASELINE_MAX) return UNKNOWN_NAME;\n"
                 "    return NAME_BY_CODE[code - BASELINE_MIN];\n}\n\n"
                 "BsErrorCategory baseline_array_category(int code) {\n"
                 "    if (code < BASELINE_MIN || code > BASELINE_MAX) return BS_ERROR_CATEGORY_UNKNOWN;\n"
                 "    return (BsErrorCategory)CATEGORY_BY_CODE[code - BASELINE_MIN];\n}\n\n"
                 "const char *baseline_call_only(int code) {\n    (void)code;\n    return UNKNOWN_STRING;\n}\n");
    if (fclose(out) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
