//! include/BS_Errno.h: cbindgen renders it from the capi crate (the functions and types) and the bs-errno
//! crate (the code macros, from the generated src/codes.rs), with cbindgen.toml; the parts cbindgen cannot
//! express are rendered here from the data and placed after the includes (cbindgen's `after_includes`):
//! - coexistence with the SDK's own header, whose include guard is [`SDK_INCLUDE_GUARD`];
//! - one deprecated `int` typedef per deprecated alias, the type its macro casts to;
//! - the lists `BS_ERRNO_MAP(X)` and `BS_ERRNO_ALIAS_MAP(X)`, for a `switch` or a table of one's own.

use std::fmt::Write as _;
use std::path::Path;

use crate::data::{Data, Row};
use crate::generate::rust::{deprecated_typedef_name, deprecation_note};

/// The header cbindgen renders.
pub const C_HEADER: &str = "include/BS_Errno.h";

/// The placeholder of cbindgen.toml's header banner that [`render_header`] replaces with the newest release.
const NEWEST_SDK_RELEASE: &str = "@NEWEST_SDK_RELEASE@";

/// Runs the pinned cbindgen over the capi crate with cbindgen.toml and the prelude of the data, and returns
/// the header text.
pub fn render_header(root: &Path, data: &Data, newest_release: &str) -> Result<String, String> {
    let mut config =
        cbindgen::Config::from_file(root.join("cbindgen.toml")).map_err(|e| format!("cbindgen.toml: {e}"))?;
    let banner = config.header.unwrap_or_default();
    if !banner.contains(NEWEST_SDK_RELEASE) {
        return Err(format!(
            "cbindgen.toml: the header banner must name the release as {NEWEST_SDK_RELEASE}"
        ));
    }
    config.header = Some(banner.replace(NEWEST_SDK_RELEASE, newest_release));
    let prelude = render(data);
    config.after_includes = Some(format!("{}{prelude}", config.after_includes.unwrap_or_default()));
    let bindings = cbindgen::Builder::new()
        .with_crate(root.join("capi"))
        .with_config(config)
        .generate()
        .map_err(|e| format!("cbindgen: {e}"))?;
    let mut bytes = Vec::new();
    bindings.write(&mut bytes);
    let text = String::from_utf8(bytes).map_err(|e| format!("cbindgen wrote non-UTF-8: {e}"))?;
    Ok(without_trailing_enumerator_commas(&text))
}

/// The body of a C string literal. The data holds no quote or backslash; `?` is escaped so that no
/// trigraph can form.
fn c_string(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('?', "\\?")
}

/// The include guard of the vendor's BS_Errno.h in every published release of data/releases.tsv.
pub const SDK_INCLUDE_GUARD: &str = "CORE_JNI_SRC_BS_ERRNO_H_";

/// The text after cbindgen.toml's `after_includes`: the coexistence block, the deprecated typedefs, the
/// lists.
pub fn render(data: &Data) -> String {
    let rows: Vec<&Row> = data.macros().collect();
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
    for row in &rows {
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
    out.push_str(
        "\n/*\n\
         \x20* BS_ERRNO_MAP(X) calls X(NAME, VALUE, CATEGORY, DESCRIPTION) once for every code, ascending, under its\n\
         \x20* name today: X(BS_SDK_ERROR_CANNOT_FIND_USER, -714, BS_ERROR_CATEGORY_DATABASE, \"Cannot find user.\").\n\
         \x20* Define X to build a switch, a table or a test of your own from the one list the library is built\n\
         \x20* from, as with libuv's UV_ERRNO_MAP. NAME is the macro, so #NAME is its spelling and NAME its value.\n\
         \x20*\n\
         \x20*   #define CASE(name, value, category, text) case name: return #name;\n\
         \x20*   switch (rc) { BS_ERRNO_MAP(CASE) default: return \"other\"; }\n\
         \x20*\n\
         \x20* BS_ERRNO_ALIAS_MAP(X) calls X(ALIAS, CANONICAL, VALUE) for every other macro of the same value (using\n\
         \x20* ALIAS itself in code warns where it is deprecated; #ALIAS does not).\n\
         \x20*/\n\
         #define BS_ERRNO_MAP(X) \\\n",
    );
    let codes: Vec<&&Row> = rows.iter().filter(|r| !r.is_alias()).collect();
    for (i, row) in codes.iter().enumerate() {
        let end = if i + 1 == codes.len() { "" } else { " \\" };
        let category = data.category_of(row.code).c_constant();
        let _ = writeln!(
            out,
            "  X({}, {}, {category}, \"{}\"){end}",
            row.name,
            row.code,
            c_string(&row.description)
        );
    }
    out.push_str("#define BS_ERRNO_ALIAS_MAP(X) \\\n");
    let aliases: Vec<&&Row> = rows.iter().filter(|r| r.is_alias()).collect();
    for (i, row) in aliases.iter().enumerate() {
        let end = if i + 1 == aliases.len() { "" } else { " \\" };
        let canonical = row.alias_of.as_deref().unwrap_or_default();
        let _ = writeln!(out, "  X({}, {canonical}, {}){end}", row.name, row.code);
    }
    out
}

/// cbindgen ends every enumerator with a comma; after the last one that is a C++98 incompatibility that
/// clang's -Weverything reports (-Wc++98-compat-pedantic). Struct members end with `;`, so a comma right
/// before a closing brace only ever ends an enumerator list.
pub fn without_trailing_enumerator_commas(header: &str) -> String {
    header.replace(",\n} ", "\n} ")
}
