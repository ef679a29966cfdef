//! The parts of include/BS_Errno.h that cbindgen cannot express, rendered from data/codes.tsv and placed
//! after the includes (cbindgen's `after_includes`), before the macros:
//! - coexistence with the SDK's own header, whose include guard is [`SDK_INCLUDE_GUARD`];
//! - one deprecated `int` typedef per deprecated alias, the type its macro casts to.

use std::fmt::Write as _;

use crate::{Row, deprecation_note};

/// The include guard of the vendor's BS_Errno.h in every published release of data/releases.tsv.
pub const SDK_INCLUDE_GUARD: &str = "CORE_JNI_SRC_BS_ERRNO_H_";

/// The typedef a deprecated alias macro casts to: `#define NAME (typedef)value`.
pub fn deprecated_typedef_name(alias: &str) -> String {
    format!("BsErrorDeprecatedAlias_{alias}")
}

/// The text after cbindgen.toml's `after_includes`: the coexistence block, then the deprecated typedefs.
pub fn render(rows: &[Row]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "\n/*\n\
         \x20* The SDK's own BS_Errno.h may be reachable in the same translation unit (an SDK source including\n\
         \x20* \"../Include/BS_Errno.h\"). Its include guard is {SDK_INCLUDE_GUARD} in every release. Included after\n\
         \x20* this header, it is skipped. Included before, its macros are withdrawn here and defined again below\n\
         \x20* with the same names and values. Either way the translation unit sees this header's definitions.\n\
         \x20*/\n\
         #ifndef {SDK_INCLUDE_GUARD}\n\
         #define {SDK_INCLUDE_GUARD}\n\
         #else\n"
    );
    for row in rows {
        let _ = writeln!(out, "#undef {}", row.name);
    }
    out.push_str("#endif\n\n");
    out.push_str(
        "/*\n\
         \x20* The type each deprecated alias macro casts to, as in `#define BS_SDK_ERROR_ZONE_FULL (T)-1201`. In code,\n\
         \x20* the cast to a deprecated typedef raises a deprecation warning naming the replacement, and the macro\n\
         \x20* is still an integer constant expression (case labels, static assertions, array sizes). In #if, T is\n\
         \x20* an identifier that is not a macro, which counts as 0: (0)-1201 is -1201.\n\
         \x20*/\n",
    );
    for row in rows.iter().filter(|r| r.deprecated) {
        let _ = writeln!(
            out,
            "BS_ERRNO_DEPRECATED_TYPEDEF({}, \"{}\");",
            deprecated_typedef_name(&row.name),
            deprecation_note(row)
        );
    }
    out
}

/// cbindgen ends every enumerator with a comma; after the last one that is a C++98 incompatibility that
/// clang's -Weverything reports (-Wc++98-compat-pedantic). Struct members end with `;`, so a comma right
/// before a closing brace only ever ends an enumerator list.
pub fn without_trailing_enumerator_commas(header: &str) -> String {
    header.replace(",\n} ", "\n} ")
}
