/* Uses one alias macro, BS_ALIAS (given with -DBS_ALIAS=<name>), the two ways code uses a return code: as a
 * value and as a case label. check_aliases.cmake compiles it once per alias of data/codes.tsv. */
#include "BS_Errno.h"

int bs_alias_value(void);
int bs_alias_matches(int code);

int bs_alias_value(void) {
    return BS_ALIAS;
}

int bs_alias_matches(int code) {
    switch (code) {
    case BS_ALIAS:
        return 1;
    default:
        return 0;
    }
}
