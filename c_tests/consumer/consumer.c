/* A program outside the project: built against an installed bs-errno, once through find_package(bs_errno)
 * and once through pkg-config, with the shared and with the static library. */
#include <stdio.h>
#include <string.h>

#include "BS_Errno.h"

int main(void) {
    char line[160];
    int code = bs_error_from_name("BS_SDK_ERROR_CANNOT_FIND_USER");
    int length;
    if (code != BS_SDK_ERROR_CANNOT_FIND_USER) {
        fprintf(stderr, "bs_error_from_name gives %d, the header %d\n", code, BS_SDK_ERROR_CANNOT_FIND_USER);
        return 1;
    }
    if (strcmp(bs_error_name(code), "BS_SDK_ERROR_CANNOT_FIND_USER") != 0) {
        fprintf(stderr, "bs_error_name(%d) = %s\n", code, bs_error_name(code));
        return 1;
    }
    length = bs_error_format(code, line, sizeof line);
    if (length <= 0 || (size_t)length != strlen(line)) {
        fprintf(stderr, "bs_error_format returned %d for \"%s\"\n", length, line);
        return 1;
    }
    if (strcmp(bs_errno_version(), BS_EXPECTED_VERSION) != 0) {
        fprintf(stderr, "installed library is version %s, expected %s\n", bs_errno_version(), BS_EXPECTED_VERSION);
        return 1;
    }
    printf("consumer: %s (bs-errno %s)\n", line, bs_errno_version());
    return 0;
}
