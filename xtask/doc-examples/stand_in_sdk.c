/* The stand-in vendor library of the documentation's examples (stand_in_sdk.h): linked into the C examples,
 * and loaded by the Python ones as libBS_SDK_V2.so. */
#include "stand_in_sdk.h"

static char the_context;

void *BS2_AllocateContext(void) { return &the_context; }

int BS2_Initialize(void *context) {
    (void)context;
    return 1;
}

int BS2_ConnectDevice(void *context, uint32_t device_id) {
    (void)context;
    (void)device_id;
    return -102;
}

int BS2_ScanFace(void) { return -319; }

const char *BS2_Version(void) { return "2.7.1.1"; }
