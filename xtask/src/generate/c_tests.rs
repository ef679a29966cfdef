//! The C and CMake files the C tests need beyond the header's own lists (`BS_ERRNO_MAP`,
//! `BS_ERRNO_ALIAS_MAP`): the alias list of the deprecation test (CMake compiles each alias alone), the
//! example's expected line, and a fixture shaped like the vendor's header.

use std::fmt::Write as _;

use crate::data::Data;

const SOURCES: &str = "data/codes.tsv and data/categories.tsv";

fn c_banner(what: &str) -> String {
    format!(
        "/* generated — do not edit. Rendered by `cargo xtask generate` from {SOURCES};\n \
         * edit the data and regenerate (a test fails when this file is stale).\n *\n * {what}\n */\n"
    )
}

fn cmake_banner(what: &str) -> String {
    format!("# generated — do not edit. Rendered by `cargo xtask generate` from {SOURCES}.\n# {what}\n")
}

/// c_tests/generated/aliases.cmake: the aliases the deprecation test compiles, deprecated and plain.
pub fn c_tests_aliases(data: &Data) -> String {
    let list = |deprecated: bool| -> String {
        let names: Vec<&str> = data
            .aliases()
            .filter(|r| r.deprecated == deprecated)
            .map(|r| r.name.as_str())
            .collect();
        names.join("\n  ")
    };
    format!(
        "{}set(BS_ERRNO_DEPRECATED_ALIASES\n  {}\n)\nset(BS_ERRNO_PLAIN_ALIASES\n  {}\n)\n",
        cmake_banner(
            "The aliases c_tests/check_aliases.cmake compiles: deprecated ones must warn, plain ones must not."
        ),
        list(true),
        list(false)
    )
}

/// The code examples/log_vendor_call.c fails with.
const EXAMPLE_CODE: &str = "BS_SDK_ERROR_CANNOT_CONNECT_SOCKET";

/// examples/generated/expected_line.cmake: the line the example must log, as a regular expression.
pub fn example_line(data: &Data) -> Result<String, String> {
    let row = data
        .codes()
        .find(|r| r.name == EXAMPLE_CODE)
        .ok_or_else(|| format!("{EXAMPLE_CODE}, which examples/log_vendor_call.c uses, is not in the data"))?;
    let line = format!("{} ({}): {}", row.name, row.code, row.description);
    let mut regex = String::new();
    for c in line.chars() {
        if "[]().*+?^$|\\{}".contains(c) {
            regex.push_str("\\\\");
        }
        regex.push(c);
    }
    Ok(format!(
        "{}set(BS_ERRNO_EXAMPLE_LINE \"{regex}\")\n",
        cmake_banner("The line examples/log_vendor_call.c logs for its failing call, as a regular expression.")
    ))
}

/// c_tests/header/generated/sdk/Include/BS_Errno.h: a test fixture shaped like the SDK's own header (its
/// include guard, deprecated aliases cast to a deprecated `int` typedef, every other macro parenthesized),
/// spelled unlike bs-errno's so that a redefinition of any macro would be diagnosed.
pub fn sdk_shaped_fixture(data: &Data) -> String {
    let guard = crate::generate::header::SDK_INCLUDE_GUARD;
    let mut out = c_banner("A test fixture shaped like the SDK's BS_Errno.h, for c_tests/header/run_check.cmake.");
    let _ = write!(
        out,
        "#ifndef {guard}\n#define {guard}\n#if defined(_MSC_VER)\ntypedef __declspec(deprecated) int DEPRECATED_MAC;\n\
         #else\ntypedef int DEPRECATED_MAC __attribute__((deprecated));\n#endif\n"
    );
    for row in data.macros() {
        let _ = if row.deprecated {
            writeln!(out, "#define {} (DEPRECATED_MAC){}", row.name, row.code)
        } else {
            writeln!(out, "#define {} ({})", row.name, row.code)
        };
    }
    out.push_str("#endif\n");
    out
}
