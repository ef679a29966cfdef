//! The Rust sources generated from the data: src/codes.rs (the public constants, also cbindgen's input for
//! the macros of include/BS_Errno.h), src/table/rows.rs (the private rows the compile-time table is built
//! from) and src/category/generated.rs (the `Category` enum and its range table).

use std::fmt::Write as _;

use crate::data::{CATEGORIES_FILE, CODES_FILE, Data, HISTORY_FILE, History, RELEASES_FILE, Row};

fn rust_string(s: &str) -> String {
    format!("{s:?}")
}

fn banner(source: &str) -> String {
    format!(
        "// generated — do not edit. Rendered by `cargo xtask generate` from {source};\n\
         // edit the data and regenerate (a test fails when this file is stale).\n"
    )
}

/// The typedef a deprecated alias macro casts to: `#define NAME (typedef)value`.
pub fn deprecated_typedef_name(alias: &str) -> String {
    format!("BsErrorDeprecatedAlias_{alias}")
}

/// The message compilers print with the deprecation warning of an alias.
pub fn deprecation_note(row: &Row) -> String {
    let canonical = row.alias_of.as_deref().unwrap_or_default();
    match &row.deprecated_since {
        Some(v) => format!("use {canonical} (deprecated since SDK {v})"),
        None => format!("use {canonical}"),
    }
}

/// src/codes.rs: one constant per macro (cbindgen turns each into a `#define`; a deprecated alias is a cast
/// to a typedef that the header prelude declares deprecated).
/// `newest` is the newest SDK release, whose header the constants match.
pub fn codes(data: &Data, newest: &str) -> String {
    let mut out = banner(CODES_FILE);
    let _ = write!(
        out,
        "\n\
         //! Every return code of the BioStar 2 Device SDK as a constant, named and valued as in the vendor's\n\
         //! `BS_Errno.h` (SDK {newest}): {} codes and {} aliases.\n\
         //!\n\
         //! ```\n\
         //! use bs_errno::codes::*;\n\
         //! assert_eq!(BS_SDK_ERROR_CANNOT_FIND_USER, -714);\n\
         //! assert_eq!(BS_SDK_ERROR_NO_FINGER_DETECTED, BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL);\n\
         //! ```\n\
         \n\
         use core::ffi::c_int;\n",
        data.codes().count(),
        data.aliases().count()
    );
    for row in data.macros() {
        out.push('\n');
        match &row.alias_of {
            None => {
                let _ = writeln!(out, "/// {}", row.description);
                let _ = writeln!(out, "pub const {}: c_int = {};", row.name, row.code);
            }
            Some(canonical) if row.deprecated => {
                let _ = writeln!(
                    out,
                    "/// Deprecated alias of `{canonical}` ({}){}.",
                    row.code,
                    row.deprecated_since
                        .as_ref()
                        .map(|v| format!(", deprecated since SDK {v}"))
                        .unwrap_or_default()
                );
                if !row.description.is_empty() {
                    let _ = writeln!(out, "///\n/// Its old meaning: {}", row.description);
                }
                let _ = writeln!(
                    out,
                    "///\n/// In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:\n\
                     /// compilers warn wherever it is used in code, and in `#if` it still gives the value."
                );
                // Rust's `since` takes a three-part version; a four-part one (2.7.0.0) goes in the note.
                let (since, note) = match &row.deprecated_since {
                    Some(v) if v.split('.').count() == 3 => (format!("since = \"{v}\", "), format!("use {canonical}")),
                    Some(v) => (String::new(), format!("deprecated since SDK {v}: use {canonical}")),
                    None => (String::new(), format!("use {canonical}")),
                };
                let _ = writeln!(out, "#[deprecated({since}note = \"{note}\")]");
                let _ = writeln!(
                    out,
                    "pub const {}: c_int = {} as {};",
                    row.name,
                    row.code,
                    deprecated_typedef_name(&row.name)
                );
            }
            Some(canonical) => {
                let _ = writeln!(out, "/// Alias of `{canonical}` ({}).", row.code);
                let _ = writeln!(out, "pub const {}: c_int = {canonical};", row.name);
            }
        }
    }
    for row in data.aliases().filter(|r| r.deprecated) {
        // The type the C macro casts to. cbindgen does not emit it: the header prelude declares it
        // deprecated (cbindgen has no attribute for typedefs).
        let _ = writeln!(
            out,
            "\n/// The type whose cast marks `{}` deprecated in C.\n/// cbindgen:ignore\n#[doc(hidden)]\n\
             #[allow(non_camel_case_types)]\npub type {} = c_int;",
            row.name,
            deprecated_typedef_name(&row.name)
        );
    }
    out
}

/// src/rows.rs: the data files as Rust rows (src/table.rs builds every lookup structure from them), and
/// the `Category` enum.
pub fn rows(data: &Data, history: &History) -> String {
    let mut out = format!(
        "// generated — do not edit. Rendered by `cargo xtask generate` from {CATEGORIES_FILE}, {CODES_FILE},\n\
         // {RELEASES_FILE} and {HISTORY_FILE}; edit the data and regenerate (a test fails when this file is stale).\n"
    );
    out.push_str(
        "\n//! The data files as Rust rows, in the order of the files; src/table.rs builds every lookup structure\n\
         //! from them at compile time.\n\n\
         #![allow(deprecated)]\n\
         // Constants, not statics: the compile-time build of the tables (src/table.rs) reads them, and only\n\
         // the tables it builds are kept in the library.\n\
         #![allow(clippy::large_const_arrays)]\n\n\
         use core::ffi::{CStr, c_int};\n\n\
         use crate::codes::*;\n\n\
         /// The family a return code belongs to, decided by its numeric range.\n\
         ///\n\
         /// In C this is `BsErrorCategory` with constants `BS_ERROR_CATEGORY_UNKNOWN`,\n\
         /// `BS_ERROR_CATEGORY_SUCCESS`, `BS_ERROR_CATEGORY_DRIVER`, ... The discriminants are ABI: they never\n\
         /// change and new categories are only ever appended.\n\
         #[repr(C)]\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         pub enum Category {\n",
    );
    for c in &data.categories {
        let _ = writeln!(out, "    /// {}", c.doc_line());
        let _ = writeln!(out, "    {} = {},", c.variant(), c.number);
    }
    out.push_str("}\n\nimpl Category {\n    /// Every category, in discriminant order.\n    /// cbindgen:ignore\n");
    let _ = writeln!(out, "    pub const ALL: [Category; {}] = [", data.categories.len());
    for c in &data.categories {
        let _ = writeln!(out, "        Category::{},", c.variant());
    }
    out.push_str("    ];\n}\n");
    let _ = writeln!(
        out,
        "\n/// The name of each category, in discriminant order.\n\
         pub(crate) const CATEGORY_NAMES: [&CStr; {}] = [",
        data.categories.len()
    );
    for c in &data.categories {
        let _ = writeln!(out, "    c{:?},", c.name);
    }
    out.push_str("];\n");
    let ranges: Vec<(i32, i32, String)> = data
        .categories
        .iter()
        .flat_map(|c| c.ranges.iter().map(move |&(l, h)| (l, h, c.variant())))
        .collect();
    let _ = writeln!(
        out,
        "\n/// The ranges of the categories: (lowest code, highest code, category).\n\
         pub(crate) const CATEGORY_RANGES: [(i32, i32, Category); {}] = [",
        ranges.len()
    );
    for (l, h, v) in &ranges {
        let _ = writeln!(out, "    ({l}, {h}, Category::{v}),");
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "\n/// The canonical codes, ascending: (value, name, description).\n\
         pub(crate) const CODES: [(c_int, &str, &str); {}] = [",
        data.codes().count()
    );
    for row in data.codes() {
        let _ = writeln!(out, "    ({0}, {0:?}, {1}),", row.name, rust_string(&row.description));
    }
    out.push_str("];\n");
    let aliases: Vec<&Row> = data.rows.iter().filter(|r| r.is_alias()).collect();
    let _ = writeln!(
        out,
        "\n/// The second names, in the order of the data: (name, value, deprecated, deprecated since,\n\
         /// description of its own, a macro of the C header).\n\
         pub(crate) const ALIASES: [(&str, c_int, bool, &str, &str, bool); {}] = [",
        aliases.len()
    );
    for row in aliases {
        let _ = writeln!(
            out,
            "    ({:?}, {}, {}, {:?}, {}, {}),",
            row.name,
            row.alias_of.as_deref().unwrap_or_default(),
            row.deprecated,
            row.deprecated_since.as_deref().unwrap_or_default(),
            rust_string(&row.description),
            row.is_macro()
        );
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "\n/// The SDK releases, oldest first: (version, date of its header).\n\
         pub(crate) const RELEASES: [(&str, &str); {}] = [",
        history.releases.len()
    );
    for r in &history.releases {
        let _ = writeln!(out, "    ({:?}, {:?}),", r.version, r.date);
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "\n/// Every (name, value) pair a release defined: (name, value, first release, last release or \"\" for\n\
         /// today, first release that marks it deprecated or \"\").\n\
         pub(crate) const HISTORY: [(&str, i32, &str, &str, &str); {}] = [",
        history.rows.len()
    );
    let version = |r: Option<usize>| r.map_or(String::new(), |r| history.releases[r].version.clone());
    for row in &history.rows {
        let _ = writeln!(
            out,
            "    ({:?}, {}, {:?}, {:?}, {:?}),",
            row.name,
            row.value,
            version(Some(row.first)),
            version(row.last),
            version(row.deprecated_from)
        );
    }
    out.push_str("];\n");
    out
}
