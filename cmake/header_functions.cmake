# bs_errno_header_functions(<header> <out-var>): the names of the functions <header> declares, sorted (the
# one definition of what the libraries must export, for the export checks and the .def file).
function(bs_errno_header_functions header out_var)
  file(STRINGS "${header}" declarations REGEX "^[A-Za-z].*[ *]bs_[A-Za-z0-9_]+\\(.*\\);$")
  string(REGEX MATCHALL "[ *]bs_[A-Za-z0-9_]+\\(" declared "${declarations}")
  list(TRANSFORM declared REPLACE "^[ *](.*)\\($" "\\1")
  list(SORT declared)
  list(LENGTH declared count)
  if(count LESS 10)
    message(FATAL_ERROR "found only ${count} function declarations in ${header}: ${declared}")
  endif()
  set(${out_var} "${declared}" PARENT_SCOPE)
endfunction()
