/* One translation unit with both BS_Errno.h headers: bs-errno's ("BS_Errno.h") and one shaped like the SDK's
 * own ("sdk/Include/BS_Errno.h", rendered by run_check.cmake), in the order BS_SDK_HEADER_FIRST says.
 * bs-errno's functions must stay declared. Unless BS_HEADERS_ONLY is defined, every_macro.c follows: every
 * macro must then still have its value in #if, array sizes, static assertions and case labels. */
#ifdef BS_SDK_HEADER_FIRST
#  include "sdk/Include/BS_Errno.h"
#  include "BS_Errno.h"
#else
#  include "BS_Errno.h"
#  include "sdk/Include/BS_Errno.h"
#endif

const char *bs_coexist_describe(int code);

const char *bs_coexist_describe(int code) {
    return bs_error_is_known(code) ? bs_error_name(code) : bs_error_string(code);
}

#ifndef BS_HEADERS_ONLY
#  include "every_macro.c"
#endif
