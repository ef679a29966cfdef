# cmake -DTSV=<data/codes.tsv> -DOUT=<bs_errno_reference.h> -P generate_reference.cmake
#
# Renders the project's data file into a C header for the C tests: one row per macro with the value the
# data file gives and the value the header under test gives, plus switch statements over every macro
# (case labels) and an #if check of every macro that may appear in #if. The library under test is never
# consulted. Valid C99..C17 and C++11..C++20.
cmake_minimum_required(VERSION 3.16)
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/BsErrnoData.cmake")

if(NOT TSV OR NOT OUT)
  message(FATAL_ERROR "usage: cmake -DTSV=<codes.tsv> -DOUT=<header> -P generate_reference.cmake")
endif()
bs_errno_read_data("${TSV}" row)
math(EXPR last "${row_COUNT} - 1")

set(code_count 0)
set(alias_count 0)
set(longest "")
set(rows "")
set(canonical_cases "")
set(alias_cases "")
set(if_checks "")
foreach(i RANGE ${last})
  set(name "${row_${i}_NAME}")
  set(code "${row_${i}_CODE}")
  string(TOUPPER "${row_${i}_CATEGORY}" category_upper)
  bs_errno_c_string(description "${row_${i}_DESCRIPTION}")
  bs_errno_c_string(since "${row_${i}_DEPRECATED_SINCE}")
  if(row_${i}_KIND STREQUAL "alias")
    set(is_alias 1)
    math(EXPR alias_count "${alias_count} + 1")
    string(APPEND alias_cases
      "    case ${i}: switch (code) { case ${name}: return 1; default: return 0; }\n")
  else()
    set(is_alias 0)
    math(EXPR code_count "${code_count} + 1")
    string(APPEND canonical_cases "    case ${name}: return ${i};\n")
  endif()
  if(row_${i}_DEPRECATED STREQUAL "yes")
    set(deprecated 1)
  else()
    set(deprecated 0)
    # Canonical macros and plain aliases are integer constants the preprocessor can evaluate.
    string(APPEND if_checks
      "#if !defined(${name}) || (${name}) != (${code})\n"
      "#error \"${name} is not ${code} in #if\"\n"
      "#endif\n")
  endif()
  string(LENGTH "${name}" name_length)
  string(LENGTH "${longest}" longest_length)
  if(name_length GREATER longest_length)
    set(longest "${name}")
  endif()
  string(APPEND rows
    "    { \"${name}\", ${name}, ${code}, ${is_alias}, \"${row_${i}_ALIAS_OF}\", ${deprecated}, "
    "\"${row_${i}_CATEGORY}\", BS_ERROR_CATEGORY_${category_upper}, \"${since}\", \"${description}\" },\n")
endforeach()
string(LENGTH "${longest}" longest_length)

set(text "/* Generated from data/codes.tsv by c_tests/generate_reference.cmake at build time: do not edit.
 * The expectations of the C tests: the project's data file, never the library under test. */
#ifndef BS_ERRNO_REFERENCE_H
#define BS_ERRNO_REFERENCE_H

#include \"BS_Errno.h\"

#define BS_REF_ROW_COUNT ${row_COUNT}
#define BS_REF_CODE_COUNT ${code_count}
#define BS_REF_ALIAS_COUNT ${alias_count}
#define BS_REF_LONGEST_NAME \"${longest}\"
#define BS_REF_LONGEST_NAME_LENGTH ${longest_length}

typedef struct BsRefRow {
    const char *name;
    int header_value;               /* the macro, as BS_Errno.h defines it */
    int value;                      /* the code column of the data file */
    int is_alias;
    const char *alias_of;
    int deprecated;
    const char *category;           /* the category column */
    BsErrorCategory category_constant;
    const char *deprecated_since;
    const char *description;
} BsRefRow;

/* Deprecated aliases are used on purpose here; the warning they raise is tested elsewhere. */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored \"-Wdeprecated-declarations\"
#endif

static const BsRefRow BS_REF_ROWS[BS_REF_ROW_COUNT] = {
${rows}};

/* Every canonical macro as a case label: returns its row index, -1 for any other value. Two canonical
 * macros with the same value would not compile. */
static inline int bs_ref_canonical_case(int code) {
    switch (code) {
${canonical_cases}    default: return -1;
    }
}

/* The alias of row `row` as a case label: 1 if `code` matches it, 0 if not, -1 if the row is no alias. */
static inline int bs_ref_alias_case(int row, int code) {
    switch (row) {
${alias_cases}    default: return -1;
    }
}

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic pop
#endif

/* Every macro that is not a deprecated alias, in #if. */
${if_checks}
#endif /* BS_ERRNO_REFERENCE_H */
")

# Rewrite only when the content changes, so that an unrelated edit does not recompile the tests.
file(WRITE "${OUT}.tmp" "${text}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${OUT}.tmp" "${OUT}")
file(REMOVE "${OUT}.tmp")
