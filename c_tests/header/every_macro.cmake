# bs_write_every_macro(HEADER OUT): writes OUT, a C (and C++) source that uses every macro of HEADER's lists
# BS_ERRNO_MAP and BS_ERRNO_ALIAS_MAP in #if, in an array size, in a static assertion (C11 and C++) and as a
# case label, each against the value the list gives it, and exits 0 when every case label matches its value
# and no other. Deprecated aliases warn in code (not in #if); every other use must compile silently.
#
# Written at test time from the header itself, so the list is never checked in twice; it compiles against
# the header (or against the SDK-shaped fixture, with the same names and values).
function(bs_write_every_macro header out)
  # Only the start of each entry is matched: the descriptions may hold what CMake lists cannot (a `;`),
  # and each line's trailing backslash would escape a list separator.
  file(READ "${header}" text)
  string(REGEX MATCHALL "\n  X\\([A-Z0-9_]+, -?[0-9]+, BS_ERROR_CATEGORY_[A-Z_]+, |\n  X\\([A-Z0-9_]+, [A-Z0-9_]+, -?[0-9]+\\)"
         entries "${text}")
  set(names "")
  set(values "")
  foreach(entry IN LISTS entries)
    if(entry MATCHES "X\\(([A-Z0-9_]+), (-?[0-9]+), BS_ERROR_CATEGORY_")
      list(APPEND names "${CMAKE_MATCH_1}")
      list(APPEND values "${CMAKE_MATCH_2}")
    elseif(entry MATCHES "X\\(([A-Z0-9_]+), [A-Z0-9_]+, (-?[0-9]+)\\)")
      list(APPEND names "${CMAKE_MATCH_1}")
      list(APPEND values "${CMAKE_MATCH_2}")
    endif()
  endforeach()
  list(LENGTH names count)
  if(count LESS 2)
    message(FATAL_ERROR "${header}: no BS_ERRNO_MAP / BS_ERRNO_ALIAS_MAP lines")
  endif()
  math(EXPR last "${count} - 1")
  set(if_checks "")
  set(array_sizes "")
  set(assertions "")
  set(cases "")
  set(rows "")
  foreach(i RANGE ${last})
    list(GET names ${i} name)
    list(GET values ${i} value)
    string(APPEND if_checks "#if !(${name} == ${value})\n#  error \"${name} is not ${value} in #if\"\n#endif\n")
    string(APPEND array_sizes "typedef char bs_array_size_${i}[(${name} == ${value}) ? 1 : -1];\n")
    string(APPEND assertions "BS_STATIC_ASSERT(${name} == ${value}, \"${name} is ${value}\");\n")
    string(APPEND cases "    case ${i}: switch (code) { case ${name}: return 1; default: return 0; }\n")
    string(APPEND rows "    {\"${name}\", ${value}},\n")
  endforeach()
  file(WRITE "${out}" "/* Written by c_tests/header/every_macro.cmake from the lists of ${header}. */
#include <stdio.h>

#include \"BS_Errno.h\"

/* --- #if --- */
${if_checks}
/* --- array sizes: a negative size is an error --- */
${array_sizes}
/* --- static assertions --- */
#if defined(__cplusplus)
#  define BS_STATIC_ASSERT(condition, text) static_assert(condition, text)
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#  define BS_STATIC_ASSERT(condition, text) _Static_assert(condition, text)
#endif
#ifdef BS_STATIC_ASSERT
${assertions}#endif

/* --- case labels --- */
static int bs_case_matches(int row, int code) {
    switch (row) {
${cases}    default: return 0;
    }
}

static const struct { const char *name; int code; } bs_expected[] = {
${rows}};

int main(void) {
    int failures = 0;
    int row;
    const int count = (int)(sizeof bs_expected / sizeof bs_expected[0]);
    for (row = 0; row < count; row++) {
        int code = bs_expected[row].code;
        if (!bs_case_matches(row, code) || bs_case_matches(row, code - 1) || bs_case_matches(row, code + 1)) {
            printf(\"case %s: does not match %d alone\\n\", bs_expected[row].name, code);
            failures++;
        }
    }
    printf(\"%d macros: #if, array sizes, static assertions and case labels give the listed values; \"
           \"%d case failures\\n\", count, failures);
    return failures == 0 ? 0 : 1;
}
")
endfunction()
