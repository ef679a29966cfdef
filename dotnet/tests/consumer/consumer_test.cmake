# ctest dotnet.consumer: installs the package from a folder feed with nuget, builds a .NET Framework project
# against it with xbuild (the package's build/BsErrno.targets must copy the native library into bin/), and
# runs the program, which compares every answer with the C library's.
#   cmake -DNUPKG= -DVERSION= -DSOURCE= -DWORK= -DNUGET= -DXBUILD= -DMONO= -DRID= -P consumer_test.cmake
cmake_minimum_required(VERSION 3.18)

function(run)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "`${command}` failed (${result})")
  endif()
endfunction()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/feed")
file(COPY "${NUPKG}" DESTINATION "${WORK}/feed")
configure_file("${SOURCE}/Consumer.csproj.in" "${WORK}/Consumer.csproj" @ONLY)
configure_file("${SOURCE}/Program.cs" "${WORK}/Program.cs" COPYONLY)

# A HOME of its own: nuget keeps a cache and a config there.
set(ENV{HOME} "${WORK}/home")
run("${NUGET}" install BsErrno -Version "${VERSION}" -Source "${WORK}/feed" -OutputDirectory packages
    -NonInteractive -NoCache)
foreach(file lib/netstandard2.0/BsErrno.dll lib/netstandard2.0/BsErrno.xml build/BsErrno.targets README.md
             LICENSE-MIT LICENSE-APACHE runtimes/${RID}/native/libbs_errno.so)
  if(NOT EXISTS "${WORK}/packages/BsErrno.${VERSION}/${file}")
    message(FATAL_ERROR "the installed package has no ${file}")
  endif()
endforeach()

run("${XBUILD}" /nologo /verbosity:minimal Consumer.csproj)
if(NOT EXISTS "${WORK}/bin/libbs_errno.so")
  message(FATAL_ERROR "build/BsErrno.targets did not copy libbs_errno.so into bin/")
endif()
run("${MONO}" bin/Consumer.exe)
