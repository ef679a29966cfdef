# cmake -DMODE=check|update -DCARGO=<cargo> -DRUSTC=<rustc> -DSOURCE_DIR=<checkout> -DTARGET_DIR=<cargo target dir>
#       -DRUST_TARGET=<triple or empty> -DLIBRARY_DIR=<where cargo puts the abi profile's output>
#       -DSHARED_NAME=<libbs_errno.so> -DABIDW=<abidw> -DABIDIFF=<abidiff>
#       -DDESCRIPTION=<c_tests/abi/libbs_errno.abi> -P check_abi.cmake
#
# The ABI of the shared library against the checked-in description (libabigail's abidw XML).
#
# libabigail needs the types of the exported functions, which the shipped library (stripped) does not carry,
# so this builds the same crate with the release profile plus debug information (profile `abi`, defined on
# the command line, into the shared target directory's abi/) and reads that build.
#
# MODE=check: passes when the exported functions and every type they use are unchanged; functions added
# are compatible and pass (the description should then be updated to guard them too). Any change to what
# the description holds fails (incompatible or not: a person decides, see CONTRIBUTING.md), unless the
# SONAME changed with it (its ABI version: major.minor while the version is 0.x, else the major; see
# capi/build.rs): then the old description no longer applies, and the test passes
# with the report and a reminder to record the new ABI.
# MODE=update: writes the description from the current build (on purpose: see CONTRIBUTING.md).
cmake_minimum_required(VERSION 3.18) # a script sets its own policies: cmake -P sets none

set(target_args "")
if(RUST_TARGET)
  set(target_args --target "${RUST_TARGET}")
endif()
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env "CARGO_TARGET_DIR=${TARGET_DIR}" "RUSTC=${RUSTC}"
          "${CARGO}" build --quiet --package bs-errno-capi --profile abi ${target_args}
          --config "profile.abi.inherits=\"release\"" --config "profile.abi.debug=2"
          --config "profile.abi.strip=false" --manifest-path "${SOURCE_DIR}/Cargo.toml"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cargo build --profile abi failed (${result})")
endif()
set(library "${LIBRARY_DIR}/${SHARED_NAME}")

# What the description records: exported functions, the types they use, the SONAME, the libraries needed.
# Without source paths or line numbers, so that it does not depend on where or how the build ran.
set(abidw_options --no-corpus-path --no-comp-dir-path --no-show-locs)

if(MODE STREQUAL "update")
  execute_process(COMMAND "${ABIDW}" ${abidw_options} --out-file "${DESCRIPTION}" "${library}" RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "abidw failed (${result})")
  endif()
  message(STATUS "wrote ${DESCRIPTION} from ${library}")
  return()
endif()

file(READ "${DESCRIPTION}" recorded LIMIT 2000)
if(NOT recorded MATCHES "soname='([^']+)'")
  message(FATAL_ERROR "${DESCRIPTION} records no SONAME")
endif()
set(recorded_soname "${CMAKE_MATCH_1}")
if(NOT recorded MATCHES "architecture='([^']+)'")
  message(FATAL_ERROR "${DESCRIPTION} records no architecture")
endif()
set(recorded_architecture "${CMAKE_MATCH_1}")
execute_process(COMMAND "${ABIDW}" ${abidw_options} "${library}" OUTPUT_VARIABLE current RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT current MATCHES "architecture='([^']+)'")
  message(FATAL_ERROR "abidw cannot read ${library} (${result})")
endif()
set(architecture "${CMAKE_MATCH_1}")
if(NOT current MATCHES "soname='([^']+)'")
  message(FATAL_ERROR "${library} has no SONAME")
endif()
set(soname "${CMAKE_MATCH_1}")
if(NOT architecture STREQUAL recorded_architecture)
  # The description is of one architecture's library; another's types differ (c_char's sign, sizes).
  message(STATUS "SKIPPED: ${DESCRIPTION} describes ${recorded_architecture}, this build is ${architecture}")
  return()
endif()

# Changes to what the description holds; added functions are left out (they break nothing).
execute_process(COMMAND "${ABIDIFF}" --no-added-syms "${DESCRIPTION}" "${library}"
  RESULT_VARIABLE status OUTPUT_VARIABLE report ERROR_VARIABLE report)
# abidiff's status is a bit set: 1 error, 2 usage error, 4 an ABI change, 8 an incompatible one.
if(NOT status MATCHES "^[0-9]+$" OR status GREATER 15)
  message(FATAL_ERROR "abidiff did not run (${status}):\n${report}")
endif()
math(EXPR failed_to_run "${status} & 3")
math(EXPR changed "${status} & 12")
math(EXPR incompatible "${status} & 8")
if(failed_to_run)
  message(FATAL_ERROR "abidiff failed (status ${status}):\n${report}")
endif()
set(update "cmake --build build/cmake --target abi-update (CONTRIBUTING.md, \"The ABI\")")
if(NOT recorded_soname STREQUAL soname)
  message(STATUS "A new ABI version (SONAME ${recorded_soname} -> ${soname}) may change the ABI at will. "
    "The changes to the recorded one:\n${report}\nRecord the new ABI in the same change: ${update}")
  return()
elseif(changed)
  if(incompatible)
    set(verdict "an INCOMPATIBLE change")
  else()
    set(verdict "a change that abidiff cannot call harmless")
  endif()
  message(FATAL_ERROR "${soname}: ${verdict} to the ABI recorded in ${DESCRIPTION}:\n${report}\n"
    "Either undo it, or raise the ABI version (Cargo.toml's version: its minor while 0.x, hence the SONAME) and record the new "
    "ABI; a change that is truly compatible is recorded the same way: ${update}")
endif()

# Additions pass; say so, since the description guards only what it records.
execute_process(COMMAND "${ABIDIFF}" "${DESCRIPTION}" "${library}" RESULT_VARIABLE status OUTPUT_VARIABLE report)
if(NOT status EQUAL 0)
  message(STATUS "compatible additions, not yet guarded:\n${report}\nTo guard them: ${update}")
endif()
message(STATUS "${library}: the ABI recorded in ${DESCRIPTION} (${soname}) is unchanged")
