//! Renders c_tests/header/every_macro.c: every macro of data/codes.tsv used where a C or C++ program may
//! use an error code — `#if`, array sizes, static assertions and `case` labels — each checked against the
//! value the data file gives. The header under test is whichever `BS_Errno.h` the include path finds.

use std::fmt::Write as _;

use crate::{DATA_FILE, Row};

/// The generated C test, relative to the project root.
pub const EVERY_MACRO_TEST: &str = "c_tests/header/every_macro.c";

/// The C test source (valid C99, C11, C17 and C++11 and later).
pub fn render_every_macro_test(rows: &[Row]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "/* generated — do not edit. Rendered by `cargo xtask generate` from {DATA_FILE}; a test fails when\n\
         \x20* this file is stale.\n\
         \x20*\n\
         \x20* Every macro of the data file ({count}) in #if, in an array size, in a static assertion (C11 and\n\
         \x20* C++) and as a case label, each against the value of the data file. Deprecated aliases warn in\n\
         \x20* code (not in #if); every other use must compile silently. Exits 0 when every case label matches\n\
         \x20* its value and no other.\n\
         \x20*/\n\
         #include <stdio.h>\n\
         \n\
         #include \"BS_Errno.h\"\n\
         \n\
         /* --- #if ----------------------------------------------------------------------------------------- */\n",
        count = rows.len()
    );
    for row in rows {
        let _ = write!(
            out,
            "#if !({name} == {code})\n#  error \"{name} is not {code} in #if\"\n#endif\n",
            name = row.name,
            code = row.code
        );
    }

    out.push_str(
        "\n/* --- array sizes: a negative size is an error -------------------------------------------------- */\n",
    );
    for (i, row) in rows.iter().enumerate() {
        let _ = writeln!(
            out,
            "typedef char bs_array_size_{i}[({} == {}) ? 1 : -1];",
            row.name, row.code
        );
    }

    out.push_str(
        "\n/* --- static assertions ------------------------------------------------------------------------- */\n\
         #if defined(__cplusplus)\n\
         #  define BS_STATIC_ASSERT(condition, text) static_assert(condition, text)\n\
         #elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L\n\
         #  define BS_STATIC_ASSERT(condition, text) _Static_assert(condition, text)\n\
         #endif\n\
         #ifdef BS_STATIC_ASSERT\n",
    );
    for row in rows {
        let _ = writeln!(
            out,
            "BS_STATIC_ASSERT({name} == {code}, \"{name} is {code}\");",
            name = row.name,
            code = row.code
        );
    }
    out.push_str("#endif\n");

    out.push_str(
        "\n/* --- case labels: 1 when `code` matches the label of macro `row` ------------------------------- */\n\
         static int bs_case_matches(int row, int code) {\n    switch (row) {\n",
    );
    for (i, row) in rows.iter().enumerate() {
        let _ = writeln!(
            out,
            "    case {i}: switch (code) {{ case {}: return 1; default: return 0; }}",
            row.name
        );
    }
    out.push_str("    default: return 0;\n    }\n}\n");

    let _ = write!(
        out,
        "\nstatic const struct {{ const char *name; int code; }} bs_expected[{}] = {{\n",
        rows.len()
    );
    for row in rows {
        let _ = writeln!(out, "    {{\"{}\", {}}},", row.name, row.code);
    }
    out.push_str(
        "};\n\
         \n\
         int main(void) {\n\
         \x20   int failures = 0;\n\
         \x20   int row;\n\
         \x20   const int count = (int)(sizeof bs_expected / sizeof bs_expected[0]);\n\
         \x20   for (row = 0; row < count; row++) {\n\
         \x20       int code = bs_expected[row].code;\n\
         \x20       if (!bs_case_matches(row, code) || bs_case_matches(row, code - 1) || bs_case_matches(row, code + 1)) {\n\
         \x20           printf(\"case %s: does not match %d alone\\n\", bs_expected[row].name, code);\n\
         \x20           failures++;\n\
         \x20       }\n\
         \x20   }\n\
         \x20   printf(\"%d macros: #if, array sizes, static assertions and case labels give the data file's values; \"\n\
         \x20          \"%d case failures\\n\", count, failures);\n\
         \x20   return failures == 0 ? 0 : 1;\n\
         }\n",
    );
    out
}
