/* The typical use of bs-errno: check what a BioStar 2 SDK call returned and log it in words.
 *
 * BS2_ConnectDeviceViaIP below stands in for the vendor's function (same shape: it returns a BS_SDK_* code),
 * so that this example runs without the SDK or a device. Build it against bs_errno::bs_errno (CMake) or
 * `pkg-config --cflags --libs bs_errno`.
 */
#include <stdio.h>

#include "BS_Errno.h"

/* A stand-in for the vendor call: the device refuses the first two connections. */
static int BS2_ConnectDeviceViaIP(void *context, const char *address, unsigned short port, unsigned *device_id) {
    static int attempts = 0;
    (void)context;
    (void)address;
    (void)port;
    if (++attempts <= 2) return BS_SDK_ERROR_CANNOT_CONNECT_SOCKET;
    *device_id = 541530000u;
    return BS_SDK_SUCCESS;
}

/* Logs a failed call as "what: NAME (code): description"; returns 1 if the code means success. */
static int check(const char *what, int rc) {
    char line[160];
    if (bs_error_is_success(rc)) return 1; /* every positive code is a success, not only BS_SDK_SUCCESS */
    bs_error_format(rc, line, sizeof line); /* always NUL-terminated; cut short only if longer than line */
    fprintf(stderr, "%s: %s\n", what, line);
    return 0;
}

int main(void) {
    unsigned device_id = 0;
    int attempt;
    for (attempt = 1; attempt <= 3; attempt++) {
        int rc = BS2_ConnectDeviceViaIP(NULL, "192.168.0.10", 51211, &device_id);
        if (check("connect 192.168.0.10:51211", rc)) {
            printf("connected to device %u after %d attempt(s)\n", device_id, attempt);
            return 0;
        }
        if (bs_error_category(rc) != BS_ERROR_CATEGORY_COMMUNICATION) break; /* only network errors are retried */
    }
    return 1;
}
