# cmake -DMODE=answers|command -DFIRST=<command list> -DSECOND=<command list> [-DLOG=<file>] -P compare.cmake
#
# Runs two programs that must answer alike (a command list may start with an emulator) and fails, showing
# where, if their standard output or exit status differ.
#   answers  FIRST and SECOND are bs_errno_answers builds; on a difference, the first differing section is
#            run again input by input (--each) to name the first input whose answers differ
#   command  FIRST and SECOND are bs-errno commands, run for each lookup below and with LOG on standard
#            input through --annotate
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none

# run(<out-prefix> <command list> [INPUT <file>] ARGS <arguments>...)
function(run prefix command)
  cmake_parse_arguments(PARSE_ARGV 2 opt "" "INPUT" "ARGS")
  set(input "")
  if(opt_INPUT)
    set(input INPUT_FILE "${opt_INPUT}")
  endif()
  execute_process(COMMAND ${command} ${opt_ARGS} ${input} RESULT_VARIABLE result OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
  set(${prefix}_result "${result}" PARENT_SCOPE)
  set(${prefix}_output "${output}" PARENT_SCOPE)
  set(${prefix}_errors "${errors}" PARENT_SCOPE)
endfunction()

# The first line where two texts differ, found by bisecting on their common prefix (outputs run to megabytes).
function(first_difference a b out_var)
  string(LENGTH "${a}" a_length)
  string(LENGTH "${b}" b_length)
  set(low 0)
  set(high ${a_length})
  if(b_length LESS a_length)
    set(high ${b_length})
  endif()
  while(low LESS high)
    math(EXPR middle "(${low} + ${high} + 1) / 2")
    string(SUBSTRING "${a}" 0 ${middle} a_prefix)
    string(SUBSTRING "${b}" 0 ${middle} b_prefix)
    if(a_prefix STREQUAL b_prefix)
      set(low ${middle})
    else()
      math(EXPR high "${middle} - 1")
    endif()
  endwhile()
  string(SUBSTRING "${a}" 0 ${low} common)
  string(FIND "${common}" "\n" line_start REVERSE)
  math(EXPR line_start "${line_start} + 1")
  string(REGEX MATCHALL "\n" lines_before "${common}")
  list(LENGTH lines_before line)
  math(EXPR line "${line} + 1")
  foreach(text a b)
    string(SUBSTRING "${${text}}" ${line_start} 200 ${text}_line)
    string(REGEX REPLACE "\n.*" "" ${text}_line "${${text}_line}")
  endforeach()
  set(${out_var} "line ${line}:\n  <${a_line}>\n  <${b_line}>" PARENT_SCOPE)
endfunction()

function(compare label)
  cmake_parse_arguments(PARSE_ARGV 1 opt "" "INPUT" "ARGS")
  set(input "")
  if(opt_INPUT)
    set(input INPUT "${opt_INPUT}")
  endif()
  run(first "${FIRST}" ${input} ARGS ${opt_ARGS})
  run(second "${SECOND}" ${input} ARGS ${opt_ARGS})
  if(NOT first_result STREQUAL second_result OR NOT first_output STREQUAL second_output)
    first_difference("${first_output}" "${second_output}" where)
    string(REPLACE ";" " " first "${FIRST}")
    string(REPLACE ";" " " second "${SECOND}")
    string(CONCAT message "${label}: the outputs differ at ${where}\nexit status ${first_result} and "
      "${second_result}\n${first}: ${first_errors}\n${second}: ${second_errors}\n")
    set(difference "${message}" PARENT_SCOPE)
  else()
    set(difference "" PARENT_SCOPE)
    string(LENGTH "${first_output}" length)
    message(STATUS "${label}: the same ${length} bytes, exit status ${first_result}")
  endif()
  set(first_output "${first_output}" PARENT_SCOPE)
  set(second_output "${second_output}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "answers")
  compare("answers")
  if(difference)
    # Name the first input that differs, from the first section that does.
    string(REGEX MATCHALL "[^\n]*\n" a_lines "${first_output}")
    string(REGEX MATCHALL "[^\n]*\n" b_lines "${second_output}")
    foreach(a_line b_line IN ZIP_LISTS a_lines b_lines)
      if(NOT a_line STREQUAL b_line)
        string(REGEX MATCH "^[^ \n]+" section "${a_line}${b_line}")
        break()
      endif()
    endforeach()
    set(sections_differ "${difference}")
    set(difference "")
    if(section)
      compare("answers --each ${section}" ARGS --each "${section}")
    endif()
    message(FATAL_ERROR "${sections_differ}${difference}")
  endif()
  string(REGEX MATCHALL "[^\n]+" sections "${first_output}")
  foreach(section IN LISTS sections)
    message(STATUS "  ${section}")
  endforeach()
elseif(MODE STREQUAL "command")
  # Lookups in every form the README shows, an unknown code, an older release, JSON, the list, a search,
  # and a log through the filter (today's names and an older release's).
  set(cases
    "-714"
    "0xFFFFFD36|4294966582|cannot_connect_socket|BS_SDK_ERROR_CANNOT_FIND_USER"
    "-799|0|1|-2147483648|2147483647"
    "--sdk|2.7.1.1|-319"
    "--json|-714|-799|-319"
    "--list"
    "--search|socket")
  set(failures "")
  set(index 0)
  foreach(case IN LISTS cases)
    string(REPLACE "|" ";" arguments "${case}")
    compare("bs-errno ${arguments}" ARGS ${arguments})
    string(APPEND failures "${difference}")
  endforeach()
  compare("bs-errno --annotate < log" INPUT "${LOG}" ARGS --annotate)
  string(APPEND failures "${difference}")
  compare("bs-errno --annotate --sdk 2.7.1.1 < log" INPUT "${LOG}" ARGS --annotate --sdk 2.7.1.1)
  string(APPEND failures "${difference}")
  if(failures)
    message(FATAL_ERROR "${failures}")
  endif()
else()
  message(FATAL_ERROR "compare.cmake: unknown MODE ${MODE}")
endif()
