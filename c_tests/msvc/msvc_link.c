/* A program built as Visual Studio builds one: clang in MSVC mode (_MSC_VER, the MSVC ABI) compiles it against
 * BS_Errno.h, and lld-link, a drop-in for Microsoft's link.exe, links it against lib/bs_errno.lib, the import
 * library made from bs_errno.def. No C runtime: the entry point is ours, and the exit status tells the result.
 * run.cmake builds it and runs it under the emulator, beside bs_errno.dll. */
#include "BS_Errno.h"

__declspec(dllimport) void __stdcall ExitProcess(unsigned int code);

static int same(const char *a, const char *b) {
    while (*a != '\0' && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

void __stdcall msvc_link_entry(void);
void __stdcall msvc_link_entry(void) {
    unsigned int failures = 0;
    const BsSdkRelease *release = bs_sdk_release_find("2.7.1.1");
    char line[160];
    if (bs_error_from_name("BS_SDK_ERROR_CANNOT_FIND_USER") != BS_SDK_ERROR_CANNOT_FIND_USER) failures |= 1;
    if (!same(bs_error_name(BS_SDK_ERROR_CANNOT_FIND_USER), "BS_SDK_ERROR_CANNOT_FIND_USER")) failures |= 2;
    if (!same(bs_errno_version(), BS_EXPECTED_VERSION)) failures |= 4;
    if (release == NULL || !same(bs_sdk_release_version(release), "2.7.1.1")) failures |= 8;
    if (bs_error_format(BS_SDK_ERROR_CANNOT_FIND_USER, line, sizeof line) <= 0 ||
        !same(line, "BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user.")) {
        failures |= 16;
    }
    if (bs_error_count() < 300 || bs_error_is_success(1) != 1) failures |= 32;
    ExitProcess(failures);
}
