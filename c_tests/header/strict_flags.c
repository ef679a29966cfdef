/* Compiled by clang with -Weverything -Werror as C and C++: nothing in BS_Errno.h may warn. Uses the header
 * the way strict code does, the category kept in its own type (see docs/header.md, -Wsign-conversion). */
#include "BS_Errno.h"

const char *bs_strict_describe(int code, char *buf, size_t size);

const char *bs_strict_describe(int code, char *buf, size_t size) {
    BsErrorCategory category = bs_error_category(code);
    struct BsErrorAlias alias;
    if (code == BS_SDK_ERROR_CANNOT_FIND_USER || code == BS_SDK_ERROR_NO_FINGER_DETECTED) {
        return bs_error_string(code);
    }
    if (category == BS_ERROR_CATEGORY_SUCCESS) {
        return bs_error_name(code);
    }
    if (category == BS_ERROR_CATEGORY_UNKNOWN) {
        return bs_error_category_name(category);
    }
    if (bs_error_alias_at(bs_error_alias_count(), &alias) != 0 || bs_error_count() == 0) {
        return alias.name;
    }
    if (bs_error_format(code, buf, size) < 0 || bs_error_from_name(bs_errno_version()) != 0) {
        return bs_error_string(bs_error_code_at(0));
    }
    return bs_error_is_success(code) != 0 || bs_error_is_known(code) != 0 ? buf : bs_error_string(code);
}
