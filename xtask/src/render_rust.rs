//! The Rust sources generated from the data: src/codes.rs (the public constants, also cbindgen's input for
//! the macros of include/BS_Errno.h), src/table/rows.rs (the private rows the compile-time table is built
//! from) and src/category/generated.rs (the `Category` enum and its range table).

use std::fmt::Write as _;

use crate::data::{CATEGORIES_FILE, CODES_FILE, Category, Data, Row};
use crate::header_prelude;

fn rust_string(s: &str) -> String {
    format!("{s:?}")
}

fn banner(source: &str) -> String {
    format!(
        "// generated — do not edit. Rendered by `cargo xtask generate` from {source};\n\
         // edit the data and regenerate (a test fails when this file is stale).\n"
    )
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
    for row in &data.rows {
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
                    header_prelude::deprecated_typedef_name(&row.name)
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
            header_prelude::deprecated_typedef_name(&row.name)
        );
    }
    out
}

/// src/table/rows.rs: the rows the compile-time table of src/table.rs is built from.
pub fn rows(data: &Data) -> String {
    let mut out = banner(CODES_FILE);
    out.push_str(
        "\n//! The rows of the table, as src/table.rs compiles them.\n\n\
         #![allow(deprecated)]\n\n\
         use super::{AliasDef, CodeDef};\n\
         use crate::codes::*;\n",
    );
    let _ = write!(
        out,
        "\n/// The canonical codes, sorted by code.\npub(super) const CODE_DEFS: [CodeDef; {}] = [\n",
        data.codes().count()
    );
    for row in data.codes() {
        let _ = writeln!(
            out,
            "    CodeDef::new({0}, {1:?}, {2}),",
            row.name,
            row.name,
            rust_string(&row.description)
        );
    }
    out.push_str("];\n");
    let _ = write!(
        out,
        "\n/// The aliases, sorted by code.\npub(super) const ALIAS_DEFS: [AliasDef; {}] = [\n",
        data.aliases().count()
    );
    for row in data.aliases() {
        let canonical = row.alias_of.as_deref().unwrap_or_default();
        let _ = writeln!(
            out,
            "    AliasDef::new({canonical}, {:?}, {}, {:?}, {}),",
            row.name,
            row.deprecated,
            row.deprecated_since.as_deref().unwrap_or_default(),
            rust_string(&row.description)
        );
    }
    out.push_str("];\n");
    out
}

/// The lookup table `Category::of` reads: codes from `low` on, in buckets of a hundred aligned on the SDK's
/// hundreds (-799..-700 is one bucket). A bucket inside one range holds its category; a bucket that several
/// ranges share lists them. Codes below the first bucket or above the last all share one category each.
pub struct RangeTable {
    pub low: i32,
    pub below: u8,
    pub above: u8,
    /// `Ok(category)` for a whole bucket, `Err((start, end))` for the split ranges `start..end`.
    pub buckets: Vec<Result<u8, (usize, usize)>>,
    /// `(low, high, category)`, the ranges that split a bucket.
    pub split_ranges: Vec<(i32, i32, u8)>,
}

/// Builds the bucket table from the ranges.
pub fn range_table(data: &Data) -> Result<RangeTable, String> {
    let ends = data
        .categories
        .iter()
        .flat_map(|c| c.ranges.iter().flat_map(|&(l, h)| [l, h]))
        .filter(|&e| e != i32::MIN && e != i32::MAX);
    let (min, max) = ends.fold((i64::MAX, i64::MIN), |(lo, hi), e| (lo.min(e.into()), hi.max(e.into())));
    if min > max {
        return Err(format!("{CATEGORIES_FILE}: no finite range ends"));
    }
    // Buckets start one above a multiple of 100, so that -799..-700 is one bucket.
    let low = min - (min - 1).rem_euclid(100);
    let count = ((max - low) / 100 + 1) as usize;
    let high = low + 100 * count as i64 - 1;
    let low32 = i32::try_from(low).map_err(|_| "the lowest range starts too close to i32::MIN".to_string())?;
    let category = |code: i64| -> u8 { i32::try_from(code).map_or(0, |c| data.category_of(c).number) };
    let mut table = RangeTable {
        low: low32,
        below: category(low - 1),
        above: category(high + 1),
        buckets: Vec::new(),
        split_ranges: Vec::new(),
    };
    for b in 0..count {
        let (first, last) = (low + 100 * b as i64, low + 100 * b as i64 + 99);
        let whole = category(first);
        if (first..=last).all(|code| category(code) == whole) {
            table.buckets.push(Ok(whole));
            continue;
        }
        let start = table.split_ranges.len();
        for c in &data.categories {
            for &(l, h) in &c.ranges {
                if i64::from(l) <= last && first <= i64::from(h) {
                    table.split_ranges.push((l, h, c.number));
                }
            }
        }
        table.buckets.push(Err((start, table.split_ranges.len())));
    }
    if table.split_ranges.len() > usize::from(u8::MAX) {
        return Err(format!("{CATEGORIES_FILE}: too many ranges split the hundreds"));
    }
    Ok(table)
}

fn variant_of(categories: &[Category], number: u8) -> String {
    categories
        .get(usize::from(number))
        .map(Category::variant)
        .unwrap_or_else(|| "Unknown".into())
}

/// src/category/generated.rs: the enum, its names, and the range table.
pub fn categories(data: &Data) -> Result<String, String> {
    let cats = &data.categories;
    let table = range_table(data)?;
    let mut out = banner(CATEGORIES_FILE);
    out.push_str(
        "\n//! The categories of data/categories.tsv and the table [`Category::of`] reads.\n\n\
         use super::Bucket;\n\n\
         /// The family a return code belongs to, decided by its numeric range.\n\
         ///\n\
         /// In C this is `BsErrorCategory` with constants `BS_ERROR_CATEGORY_UNKNOWN`,\n\
         /// `BS_ERROR_CATEGORY_SUCCESS`, `BS_ERROR_CATEGORY_DRIVER`, ... The discriminants are ABI: they never\n\
         /// change and new categories are only ever appended.\n\
         #[repr(C)]\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         pub enum Category {\n",
    );
    for c in cats {
        let _ = writeln!(out, "    /// {}", c.doc_line());
        let _ = writeln!(out, "    {} = {},", c.variant(), c.number);
    }
    out.push_str("}\n\nimpl Category {\n    /// Every category, in discriminant order.\n    /// cbindgen:ignore\n");
    let _ = writeln!(out, "    pub const ALL: [Category; {}] = [", cats.len());
    for c in cats {
        let _ = writeln!(out, "        Category::{},", c.variant());
    }
    out.push_str(
        "    ];\n\n    /// The name followed by a NUL byte, for the C ABI.\n    \
         pub(crate) const fn name_with_nul(self) -> &'static [u8] {\n        match self {\n",
    );
    for c in cats {
        let _ = writeln!(out, "            Category::{} => b\"{}\\0\",", c.variant(), c.name);
    }
    out.push_str("        }\n    }\n}\n");
    let _ = write!(
        out,
        "\n/// The first code of the first bucket of [`BY_HUNDREDS`].\n\
         pub(super) const TABLE_LOW: i32 = {};\n\
         /// The category of every code below [`TABLE_LOW`].\n\
         pub(super) const BELOW: Category = Category::{};\n\
         /// The category of every code above the last bucket.\n\
         pub(super) const ABOVE: Category = Category::{};\n\
         \n\
         /// The category of each hundred codes from [`TABLE_LOW`] up, or the ranges that share it.\n\
         pub(super) const BY_HUNDREDS: [Bucket; {}] = [\n",
        table.low,
        variant_of(cats, table.below),
        variant_of(cats, table.above),
        table.buckets.len()
    );
    for (b, bucket) in table.buckets.iter().enumerate() {
        let first = i64::from(table.low) + 100 * b as i64;
        let _ = match bucket {
            Ok(c) => writeln!(
                out,
                "    Bucket::Whole(Category::{}), // {first}..",
                variant_of(cats, *c)
            ),
            Err((start, end)) => writeln!(out, "    Bucket::Split {{ start: {start}, end: {end} }}, // {first}.."),
        };
    }
    let _ = write!(
        out,
        "];\n\n/// The ranges of the split buckets: (lowest code, highest code, category).\n\
         pub(super) const SPLIT_RANGES: [(i32, i32, Category); {}] = [\n",
        table.split_ranges.len()
    );
    for (l, h, c) in &table.split_ranges {
        let _ = writeln!(out, "    ({l}, {h}, Category::{}),", variant_of(cats, *c));
    }
    out.push_str("];\n");
    Ok(out)
}
