/* make_seeds <dir>: writes the fuzzers' seed corpora from the data (reference.h), never from
 * the library under test:
 *   <dir>/from_name/  every macro name, canonical and alias, plus near misses (lower case, a prefix, one
 *                     character more, the longest name doubled);
 *   <dir>/format/     every code with the buffer size of its documented line (one byte short for the NUL),
 *                     and edge codes (0, 1, -1, INT_MIN, INT_MAX, the ends of every category range and the
 *                     codes just outside them) with the sizes 0, 1, 40 and 300.
 * The directories must exist. Exits non-zero on any write error.
 */
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reference.h"

static const char *dir;
static unsigned written = 0;

static void write_seed(const char *sub, const char *tag, const void *bytes, size_t size) {
    char path[4096];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s/%s", dir, sub, tag);
    f = fopen(path, "wb");
    if (f == NULL || fwrite(bytes, 1, size, f) != size || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
    written++;
}

static void name_seed(const char *tag, const char *text) {
    write_seed("from_name", tag, text, strlen(text));
}

static void format_seed(int code, unsigned size) {
    unsigned char bytes[6];
    int32_t raw = (int32_t)code;
    char tag[64];
    memcpy(bytes, &raw, sizeof raw);
    bytes[4] = (unsigned char)(size & 0xff);
    bytes[5] = (unsigned char)(size >> 8);
    snprintf(tag, sizeof tag, "code_%d_size_%u", code, size);
    write_seed("format", tag, bytes, sizeof bytes);
}

int main(int argc, char **argv) {
    static const int EDGES[] = { 0, 1, -1, 14, 40, INT_MIN, INT_MAX, -65536 };
    static const unsigned EDGE_SIZES[] = { 0, 1, 40, 300 };
    char text[2 * FUZZ_LONGEST_NAME_LENGTH + 2];
    char tag[64];
    size_t i;
    size_t j;
    if (argc != 2) {
        fprintf(stderr, "usage: make_seeds <dir>\n");
        return 2;
    }
    dir = argv[1];
    (void)failures; /* reference.h's CHECK counter: unused here */

    for (i = 0; i < FUZZ_NAME_COUNT; i++) {
        const char *name = FUZZ_NAMES[i].name;
        size_t length = strlen(name);
        snprintf(tag, sizeof tag, "row_%zu", i);
        name_seed(tag, name);
        if (strcmp(name, FUZZ_NAMES[i].canonical) == 0) {
            char line[512];
            int n = fuzz_expected_line(FUZZ_NAMES[i].value, line, sizeof line);
            format_seed(FUZZ_NAMES[i].value, (unsigned)n);
        }
        if (i % 16 == 0) { /* a few near misses, not one per name */
            for (j = 0; j <= length; j++) text[j] = (char)tolower((unsigned char)name[j]);
            snprintf(tag, sizeof tag, "row_%zu_lower", i);
            name_seed(tag, text);
            memcpy(text, name, length - 1);
            text[length - 1] = '\0';
            snprintf(tag, sizeof tag, "row_%zu_short", i);
            name_seed(tag, text);
            memcpy(text, name, length);
            text[length] = '_';
            text[length + 1] = '\0';
            snprintf(tag, sizeof tag, "row_%zu_long", i);
            name_seed(tag, text);
        }
    }
    snprintf(text, sizeof text, "%s%s", FUZZ_LONGEST_NAME, FUZZ_LONGEST_NAME);
    name_seed("longest_twice", text);
    name_seed("prefix", "BS_SDK_");
    name_seed("unknown", "UNKNOWN");

    for (i = 0; i < sizeof EDGE_SIZES / sizeof EDGE_SIZES[0]; i++) {
        for (j = 0; j < sizeof EDGES / sizeof EDGES[0]; j++) format_seed(EDGES[j], EDGE_SIZES[i]);
        /* The ends of every category range and the codes just outside them. */
        for (j = 0; j < FUZZ_RANGE_COUNT; j++) {
            if (FUZZ_RANGES[j].low > INT_MIN) format_seed(FUZZ_RANGES[j].low - 1, EDGE_SIZES[i]);
            format_seed(FUZZ_RANGES[j].low, EDGE_SIZES[i]);
            format_seed(FUZZ_RANGES[j].high, EDGE_SIZES[i]);
            if (FUZZ_RANGES[j].high < INT_MAX) format_seed(FUZZ_RANGES[j].high + 1, EDGE_SIZES[i]);
        }
    }
    printf("make_seeds: %u seed files in %s\n", written, dir);
    return 0;
}
