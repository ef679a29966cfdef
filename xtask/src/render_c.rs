//! The C and CMake files generated from the data, each the input of one consumer: the C tests'
//! expectations, the alias list of the deprecation test, the fuzzers' reference, the benchmark's baselines
//! and the example's expected line. None of them is ever taken from the library under test.

use std::fmt::Write as _;

use crate::data::{Data, Row};

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

/// The body of a C string literal. The data holds no quote or backslash; `?` is escaped so that no
/// trigraph can form.
fn c_string(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('?', "\\?")
}

fn longest_name(data: &Data) -> &str {
    data.rows
        .iter()
        .map(|r| r.name.as_str())
        .fold("", |a, b| if b.len() > a.len() { b } else { a })
}

fn category_constant(data: &Data, row: &Row) -> String {
    data.category_of(row.code).c_constant()
}

/// c_tests/generated/expected_table.h: every row of the data with the value the header under test gives
/// it, every canonical macro and alias as a case label, every non-deprecated macro in `#if`, the category
/// constants and the category ranges. Valid C99..C17 and C++11..C++20.
pub fn c_tests_expectations(data: &Data) -> String {
    let mut out =
        c_banner("The expectations of the C tests (c_tests/expect.h): the data, never the library under test.");
    let codes = data.codes().count();
    let aliases = data.aliases().count();
    let longest = longest_name(data);
    let _ = write!(
        out,
        "#ifndef BS_ERRNO_EXPECTED_TABLE_H\n#define BS_ERRNO_EXPECTED_TABLE_H\n\n#include \"BS_Errno.h\"\n\n\
         #define BS_REF_ROW_COUNT {}\n#define BS_REF_CODE_COUNT {codes}\n#define BS_REF_ALIAS_COUNT {aliases}\n\
         #define BS_REF_LONGEST_NAME \"{longest}\"\n#define BS_REF_LONGEST_NAME_LENGTH {}\n\
         #define BS_REF_CATEGORY_COUNT {}\n\n",
        data.rows.len(),
        longest.len(),
        data.categories.len()
    );
    out.push_str(
        "typedef struct BsRefRow {\n\
         \x20   const char *name;\n\
         \x20   int header_value;               /* the macro, as BS_Errno.h defines it */\n\
         \x20   int value;                      /* the code column of the data file */\n\
         \x20   int is_alias;\n\
         \x20   const char *alias_of;\n\
         \x20   int deprecated;\n\
         \x20   const char *category;           /* the category whose range holds the code */\n\
         \x20   BsErrorCategory category_constant;\n\
         \x20   const char *deprecated_since;\n\
         \x20   const char *description;\n\
         } BsRefRow;\n\n\
         typedef struct BsRefCategory {\n\
         \x20   BsErrorCategory constant;       /* as BS_Errno.h defines it */\n\
         \x20   int number;                     /* its number in data/categories.tsv */\n\
         \x20   const char *name;\n\
         } BsRefCategory;\n\n\
         typedef struct BsRefRange {\n\
         \x20   int low;\n\
         \x20   int high;\n\
         \x20   const char *category;\n\
         } BsRefRange;\n\n\
         /* Deprecated aliases are used on purpose here; the warning they raise is tested elsewhere. */\n\
         #if defined(__GNUC__) || defined(__clang__)\n\
         #pragma GCC diagnostic push\n\
         #pragma GCC diagnostic ignored \"-Wdeprecated-declarations\"\n\
         #endif\n\n\
         static const BsRefRow BS_REF_ROWS[BS_REF_ROW_COUNT] = {\n",
    );
    for row in &data.rows {
        let _ = writeln!(
            out,
            "    {{ \"{0}\", {0}, {1}, {2}, \"{3}\", {4}, \"{5}\", {6}, \"{7}\", \"{8}\" }},",
            row.name,
            row.code,
            u8::from(row.is_alias()),
            row.alias_of.as_deref().unwrap_or_default(),
            u8::from(row.deprecated),
            row.category,
            category_constant(data, row),
            c_string(row.deprecated_since.as_deref().unwrap_or_default()),
            c_string(&row.description)
        );
    }
    out.push_str("};\n\nstatic const BsRefCategory BS_REF_CATEGORIES[BS_REF_CATEGORY_COUNT] = {\n");
    for c in &data.categories {
        let _ = writeln!(out, "    {{ {}, {}, \"{}\" }},", c.c_constant(), c.number, c.name);
    }
    let _ = writeln!(
        out,
        "}};\n\n/* Every range of data/categories.tsv; a code in none of them is \"{}\". */\n\
         #define BS_REF_RANGE_COUNT {}\nstatic const BsRefRange BS_REF_RANGES[BS_REF_RANGE_COUNT] = {{",
        data.categories[0].name,
        range_count(data)
    );
    out.push_str(&range_rows(data));
    out.push_str(
        "};\n\n/* Every canonical macro as a case label: returns its row index, -1 for any other value. Two canonical\n \
         * macros with the same value would not compile. */\n\
         static inline int bs_ref_canonical_case(int code) {\n    switch (code) {\n",
    );
    for (i, row) in data.rows.iter().enumerate().filter(|(_, r)| !r.is_alias()) {
        let _ = writeln!(out, "    case {}: return {i};", row.name);
    }
    out.push_str(
        "    default: return -1;\n    }\n}\n\n\
         /* The alias of row `row` as a case label: 1 if `code` matches it, 0 if not, -1 if the row is no alias. */\n\
         static inline int bs_ref_alias_case(int row, int code) {\n    switch (row) {\n",
    );
    for (i, row) in data.rows.iter().enumerate().filter(|(_, r)| r.is_alias()) {
        let _ = writeln!(
            out,
            "    case {i}: switch (code) {{ case {}: return 1; default: return 0; }}",
            row.name
        );
    }
    out.push_str(
        "    default: return -1;\n    }\n}\n\n\
         #if defined(__GNUC__) || defined(__clang__)\n#pragma GCC diagnostic pop\n#endif\n\n\
         /* Every macro that is not a deprecated alias, in #if. */\n",
    );
    for row in data.rows.iter().filter(|r| !r.deprecated) {
        let _ = write!(
            out,
            "#if !defined({0}) || ({0}) != ({1})\n#error \"{0} is not {1} in #if\"\n#endif\n",
            row.name, row.code
        );
    }
    out.push_str("\n#endif /* BS_ERRNO_EXPECTED_TABLE_H */\n");
    out
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

/// fuzz/generated/fuzz_reference.h: what the fuzzers compare the library with.
pub fn fuzz_reference(data: &Data) -> String {
    let mut out =
        c_banner("The fuzzers' reference (fuzz/reference.h): every name, every code's line, the category ranges.");
    let longest = longest_name(data);
    let _ = write!(
        out,
        "#ifndef BS_ERRNO_FUZZ_REFERENCE_H\n#define BS_ERRNO_FUZZ_REFERENCE_H\n\n\
         #define FUZZ_NAME_COUNT {}\n#define FUZZ_CODE_COUNT {}\n\
         #define FUZZ_LONGEST_NAME \"{longest}\"\n#define FUZZ_LONGEST_NAME_LENGTH {}\n\n\
         /* Every macro name, canonical or alias, with its value and the canonical name of that value. */\n\
         static const struct {{ const char *name; int value; const char *canonical; }} FUZZ_NAMES[FUZZ_NAME_COUNT] = {{\n",
        data.rows.len(),
        data.codes().count(),
        longest.len()
    );
    for row in &data.rows {
        let canonical = row.alias_of.as_deref().unwrap_or(&row.name);
        let _ = writeln!(out, "    {{ \"{}\", {}, \"{canonical}\" }},", row.name, row.code);
    }
    out.push_str(
        "};\n\n/* Every code, ascending, with the line bs_error_format writes for it. */\n\
         static const struct { int code; const char *line; } FUZZ_CODES[FUZZ_CODE_COUNT] = {\n",
    );
    for row in data.codes() {
        let _ = writeln!(
            out,
            "    {{ {}, \"{} ({}): {}\" }},",
            row.code,
            row.name,
            row.code,
            c_string(&row.description)
        );
    }
    let _ = writeln!(
        out,
        "}};\n\n/* The category ranges; a code in none of them is \"{}\". */\n#define FUZZ_RANGE_COUNT {}\n\
         static const struct {{ int low; int high; const char *category; }} FUZZ_RANGES[FUZZ_RANGE_COUNT] = {{",
        data.categories[0].name,
        range_count(data)
    );
    out.push_str(&range_rows(data));
    let _ = writeln!(
        out,
        "}};\n#define FUZZ_UNKNOWN_CATEGORY \"{}\"\n",
        data.categories[0].name
    );
    out.push_str("#endif /* BS_ERRNO_FUZZ_REFERENCE_H */\n");
    out
}

/// bench/generated/baselines.c: the two baselines bs_error_string, bs_error_name and bs_error_category are
/// measured against (declared in bench/bs_errno_baseline.h): a `switch` over every code returning literals
/// (a hand-written C strerror) and a direct-indexed array over [lowest code, highest code] behind a bounds
/// check (the floor); plus the table's codes, from which the benchmark draws its inputs.
pub fn bench_baselines(data: &Data) -> String {
    let codes: Vec<&Row> = data.codes().collect();
    let min = codes.iter().map(|r| r.code).min().unwrap_or(0);
    let max = codes.iter().map(|r| r.code).max().unwrap_or(0);
    let mut out = c_banner(
        "The benchmark's baselines: the answers of bs_error_string/name/category computed the two ways a C\n \
         * programmer would. For unknown codes the category is BS_ERROR_CATEGORY_UNKNOWN (the library gives a\n \
         * family by range).",
    );
    let min_literal = if min < 0 { format!("({min})") } else { min.to_string() };
    let _ = write!(
        out,
        "#include \"bs_errno_baseline.h\"\n\n#define BASELINE_MIN {min_literal}\n#define BASELINE_MAX {max}\n\
         #define BASELINE_SLOTS (BASELINE_MAX - BASELINE_MIN + 1)\n\n\
         static const char UNKNOWN_STRING[] = \"Unknown error code.\";\nstatic const char UNKNOWN_NAME[] = \"UNKNOWN\";\n\n\
         const int baseline_codes[{0}] = {{\n",
        codes.len()
    );
    for row in &codes {
        let _ = writeln!(out, "    {},", row.code);
    }
    let _ = writeln!(out, "}};\nconst size_t baseline_code_count = {};\n", codes.len());
    let switch = |out: &mut String, signature: &str, default: &str, value: &dyn Fn(&Row) -> String| {
        let _ = writeln!(out, "{signature} {{\n    switch (code) {{");
        for row in &codes {
            let _ = writeln!(out, "    case {}: return {};", row.code, value(row));
        }
        let _ = writeln!(out, "    default: return {default};\n    }}\n}}\n");
    };
    out.push_str("/* --- switch: what a hand-written C strerror is --- */\n\n");
    switch(
        &mut out,
        "const char *baseline_switch_string(int code)",
        "UNKNOWN_STRING",
        &|r| format!("\"{}\"", c_string(&r.description)),
    );
    switch(
        &mut out,
        "const char *baseline_switch_name(int code)",
        "UNKNOWN_NAME",
        &|r| format!("\"{}\"", r.name),
    );
    switch(
        &mut out,
        "BsErrorCategory baseline_switch_category(int code)",
        "BS_ERROR_CATEGORY_UNKNOWN",
        &|r| category_constant(data, r),
    );
    out.push_str("/* --- direct-indexed arrays over [BASELINE_MIN, BASELINE_MAX]: the floor --- */\n\n");
    let by_code = |code: i32| codes.iter().find(|r| r.code == code);
    let array = |out: &mut String, declaration: &str, unknown: &str, value: &dyn Fn(&Row) -> String| {
        let _ = writeln!(out, "{declaration}[BASELINE_SLOTS] = {{");
        for code in min..=max {
            let _ = writeln!(
                out,
                "    {},",
                by_code(code).map_or_else(|| unknown.to_string(), |r| value(r))
            );
        }
        out.push_str("};\n\n");
    };
    array(
        &mut out,
        "static const char *const STRING_BY_CODE",
        "UNKNOWN_STRING",
        &|r| format!("\"{}\"", c_string(&r.description)),
    );
    array(
        &mut out,
        "static const char *const NAME_BY_CODE",
        "UNKNOWN_NAME",
        &|r| format!("\"{}\"", r.name),
    );
    array(&mut out, "static const unsigned char CATEGORY_BY_CODE", "0", &|r| {
        data.category_of(r.code).number.to_string()
    });
    out.push_str(
        "const char *baseline_array_string(int code) {\n\
         \x20   if (code < BASELINE_MIN || code > BASELINE_MAX) return UNKNOWN_STRING;\n\
         \x20   return STRING_BY_CODE[code - BASELINE_MIN];\n}\n\n\
         const char *baseline_array_name(int code) {\n\
         \x20   if (code < BASELINE_MIN || code > BASELINE_MAX) return UNKNOWN_NAME;\n\
         \x20   return NAME_BY_CODE[code - BASELINE_MIN];\n}\n\n\
         BsErrorCategory baseline_array_category(int code) {\n\
         \x20   if (code < BASELINE_MIN || code > BASELINE_MAX) return BS_ERROR_CATEGORY_UNKNOWN;\n\
         \x20   return (BsErrorCategory)CATEGORY_BY_CODE[code - BASELINE_MIN];\n}\n\n\
         /* --- the call alone --- */\n\n\
         const char *baseline_call_only(int code) {\n    (void)code;\n    return UNKNOWN_STRING;\n}\n",
    );
    out
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
    let guard = crate::header_prelude::SDK_INCLUDE_GUARD;
    let mut out = c_banner("A test fixture shaped like the SDK's BS_Errno.h, for c_tests/header/run_check.cmake.");
    let _ = write!(
        out,
        "#ifndef {guard}\n#define {guard}\n#if defined(_MSC_VER)\ntypedef __declspec(deprecated) int DEPRECATED_MAC;\n\
         #else\ntypedef int DEPRECATED_MAC __attribute__((deprecated));\n#endif\n"
    );
    for row in &data.rows {
        let _ = if row.deprecated {
            writeln!(out, "#define {} (DEPRECATED_MAC){}", row.name, row.code)
        } else {
            writeln!(out, "#define {} ({})", row.name, row.code)
        };
    }
    out.push_str("#endif\n");
    out
}

fn range_count(data: &Data) -> usize {
    data.categories.iter().map(|c| c.ranges.len()).sum()
}

/// Every range of every category as C initialisers `{ low, high, "name" },`, one a line.
fn range_rows(data: &Data) -> String {
    let mut out = String::new();
    for c in &data.categories {
        for &(low, high) in &c.ranges {
            // INT_MIN cannot be written as a literal.
            let low = if low == i32::MIN {
                "(-2147483647 - 1)".to_string()
            } else {
                low.to_string()
            };
            let _ = writeln!(out, "    {{ {low}, {high}, \"{}\" }},", c.name);
        }
    }
    out
}
