# cmake -DTSV=<data/codes.tsv> -DOUT=<bs_errno_baseline.c> -P generate_baselines.cmake
#
# Renders the data file into the benchmark's two baselines, what bs_error_string, bs_error_name and
# bs_error_category are measured against (declared in bench/bs_errno_baseline.h):
#   baseline_switch_*  a `switch` over every code returning literals: what a hand-written C strerror is;
#   baseline_array_*   one array slot per int from the lowest to the highest code, behind a bounds check
#                      (unknown codes inside the range hold the unknown answer): the floor.
# Plus the table's codes, from which the benchmark draws its valid and unknown inputs. Everything comes
# from data/codes.tsv; the library under test is never consulted.
cmake_minimum_required(VERSION 3.16)
include("${CMAKE_CURRENT_LIST_DIR}/../cmake/BsErrnoData.cmake")

if(NOT TSV OR NOT OUT)
  message(FATAL_ERROR "usage: cmake -DTSV=<codes.tsv> -DOUT=<bs_errno_baseline.c> -P generate_baselines.cmake")
endif()
bs_errno_read_data("${TSV}" row)
math(EXPR last "${row_COUNT} - 1")

set(count 0)
set(min "")
set(max "")
set(codes "")
set(string_cases "")
set(name_cases "")
set(category_cases "")
foreach(i RANGE ${last})
  if(row_${i}_KIND STREQUAL "alias")
    continue()
  endif()
  set(code "${row_${i}_CODE}")
  bs_errno_c_string(description "${row_${i}_DESCRIPTION}")
  string(TOUPPER "${row_${i}_CATEGORY}" category)
  set(category "BS_ERROR_CATEGORY_${category}")
  set(name "${row_${i}_NAME}")
  set(string_${code} "\"${description}\"")
  set(name_${code} "\"${name}\"")
  set(category_${code} "${category}")
  string(APPEND codes "    ${code},\n")
  string(APPEND string_cases "    case ${code}: return \"${description}\";\n")
  string(APPEND name_cases "    case ${code}: return \"${name}\";\n")
  string(APPEND category_cases "    case ${code}: return ${category};\n")
  if(min STREQUAL "" OR code LESS min)
    set(min "${code}")
  endif()
  if(max STREQUAL "" OR code GREATER max)
    set(max "${code}")
  endif()
  math(EXPR count "${count} + 1")
endforeach()

# One slot per int in [min, max]; U, N and 0 stand for the unknown answers.
math(EXPR span "${max} - ${min}")
set(string_slots "")
set(name_slots "")
set(category_slots "")
foreach(offset RANGE ${span})
  math(EXPR code "${min} + ${offset}")
  if(DEFINED string_${code})
    string(APPEND string_slots "\n    ${string_${code}},\n   ")
    string(APPEND name_slots "\n    ${name_${code}},\n   ")
    string(APPEND category_slots "\n    ${category_${code}},\n   ")
  else()
    string(APPEND string_slots " U,")
    string(APPEND name_slots " N,")
    string(APPEND category_slots " 0,")
  endif()
endforeach()

if(min LESS 0)
  set(min_literal "(${min})")
else()
  set(min_literal "${min}")
endif()

set(text "/* Generated from data/codes.tsv by bench/generate_baselines.cmake at build time: do not edit.
 * The benchmark's baselines: the same answers as bs_error_string/name/category, computed the two ways a C
 * programmer would, from the project's data file (never from the library under test). For unknown codes
 * the array's category is BS_ERROR_CATEGORY_UNKNOWN (the library gives a family by range). */
#include \"bs_errno_baseline.h\"

#define BASELINE_MIN ${min_literal}
#define BASELINE_MAX ${max}
#define BASELINE_SLOTS (BASELINE_MAX - BASELINE_MIN + 1)

static const char UNKNOWN_STRING[] = \"Unknown error code.\";
static const char UNKNOWN_NAME[] = \"UNKNOWN\";

const int baseline_codes[${count}] = {
${codes}};
const size_t baseline_code_count = ${count};

/* --- switch: what a hand-written C strerror is ------------------------------------------------------- */

const char *baseline_switch_string(int code) {
    switch (code) {
${string_cases}    default: return UNKNOWN_STRING;
    }
}

const char *baseline_switch_name(int code) {
    switch (code) {
${name_cases}    default: return UNKNOWN_NAME;
    }
}

BsErrorCategory baseline_switch_category(int code) {
    switch (code) {
${category_cases}    default: return BS_ERROR_CATEGORY_UNKNOWN;
    }
}

/* --- direct-indexed arrays over [BASELINE_MIN, BASELINE_MAX]: the floor ------------------------------ */

#define U UNKNOWN_STRING
static const char *const STRING_BY_CODE[BASELINE_SLOTS] = {${string_slots}
};
#undef U

#define N UNKNOWN_NAME
static const char *const NAME_BY_CODE[BASELINE_SLOTS] = {${name_slots}
};
#undef N

static const unsigned char CATEGORY_BY_CODE[BASELINE_SLOTS] = {${category_slots}
};

const char *baseline_array_string(int code) {
    if (code < BASELINE_MIN || code > BASELINE_MAX) return UNKNOWN_STRING;
    return STRING_BY_CODE[code - BASELINE_MIN];
}

const char *baseline_array_name(int code) {
    if (code < BASELINE_MIN || code > BASELINE_MAX) return UNKNOWN_NAME;
    return NAME_BY_CODE[code - BASELINE_MIN];
}

BsErrorCategory baseline_array_category(int code) {
    if (code < BASELINE_MIN || code > BASELINE_MAX) return BS_ERROR_CATEGORY_UNKNOWN;
    return (BsErrorCategory)CATEGORY_BY_CODE[code - BASELINE_MIN];
}

/* --- the call alone ------------------------------------------------------------------------------------ */

const char *baseline_call_only(int code) {
    (void)code;
    return UNKNOWN_STRING;
}
")

file(WRITE "${OUT}.tmp" "${text}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${OUT}.tmp" "${OUT}")
file(REMOVE "${OUT}.tmp")
