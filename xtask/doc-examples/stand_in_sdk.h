/* A stand-in for the vendor's BS_SDK_V2 library, for the documentation's examples only (see
 * xtask/src/doc_examples.rs): the names the examples call, each answering what the example around it
 * describes. Not the SDK: its functions take more arguments and do real work. */
#ifndef BS_ERRNO_DOC_EXAMPLES_STAND_IN_SDK_H
#define BS_ERRNO_DOC_EXAMPLES_STAND_IN_SDK_H

#include <stdint.h>

void *BS2_AllocateContext(void);
int BS2_Initialize(void *context);                        /* 1: success */
int BS2_ConnectDevice(void *context, uint32_t device_id); /* -102: BS_SDK_ERROR_CANNOT_CONNECT_SOCKET */
int BS2_ScanFace(void);                                   /* -319: fake face, as 2.7.1.1 named it */
const char *BS2_Version(void);                            /* "2.7.1.1" */

/* What an application around the examples has: a context and a device. */
static void *const context = 0;
static const uint32_t device_id = 541530000;

#endif
