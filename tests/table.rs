//! The table against its sources: the project's data (data/codes.tsv and data/categories.tsv, read by
//! xtask's parser, not by the library), the vendor reference ../shared/data/bs_sdk_codes.tsv, and the
//! checked-in header include/BS_Errno.h.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bs_errno::Category;
use xtask::data::{Data, Row};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn data() -> Data {
    xtask::load(&root()).unwrap_or_else(|e| panic!("{e}"))
}

fn kind(row: &Row) -> &'static str {
    if row.is_alias() { "alias" } else { "code" }
}

#[test]
fn counts() {
    let data = data();
    let (codes, aliases) = (data.codes().count(), data.aliases().count());
    assert_eq!(codes + aliases, data.rows.len());
    assert_eq!(bs_errno::iter().len(), codes);
    assert_eq!(bs_errno::aliases().len(), aliases);
    assert_eq!(bs_errno::ffi::bs_error_count(), codes);
    assert_eq!(bs_errno::ffi::bs_error_alias_count(), aliases);
    let deprecated = data.rows.iter().filter(|r| r.deprecated).count();
    assert_eq!(bs_errno::aliases().filter(|a| a.is_deprecated()).count(), deprecated);
}

#[test]
fn table_is_sorted_unique_and_complete() {
    let codes: Vec<i32> = bs_errno::iter().map(|i| i.code()).collect();
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "codes must be strictly ascending"
    );
    let mut names: Vec<&str> = bs_errno::iter()
        .map(|i| i.name())
        .chain(bs_errno::aliases().map(|a| a.name()))
        .collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "names must be unique");
    for (index, code) in codes.iter().enumerate() {
        assert_eq!(bs_errno::ffi::bs_error_code_at(index), *code);
    }
}

#[test]
fn every_code_row_matches_the_library() {
    for row in data().codes() {
        let info = bs_errno::lookup(row.code).unwrap_or_else(|| panic!("{} missing", row.name));
        assert_eq!(info.name(), row.name);
        assert_eq!(info.description(), row.description, "{}", row.name);
        assert_eq!(info.category().name(), row.category, "{}", row.name);
        assert_eq!(bs_errno::lookup_name(&row.name).map(|i| i.code()), Some(row.code));
        assert!(bs_errno::alias(&row.name).is_none());
        assert!(bs_errno::is_known(row.code));
        assert_eq!(bs_errno::is_success(row.code), row.category == "success");
    }
}

#[test]
fn every_alias_row_matches_the_library() {
    for row in data().aliases() {
        let canonical = row.alias_of.as_deref().unwrap_or_default();
        let alias = bs_errno::alias(&row.name).unwrap_or_else(|| panic!("{} missing", row.name));
        assert_eq!(alias.code(), row.code);
        assert_eq!(alias.canonical().name(), canonical);
        assert_eq!(alias.is_deprecated(), row.deprecated);
        assert_eq!(alias.deprecated_since(), row.deprecated_since.as_deref());
        assert_eq!(alias.description().unwrap_or(""), row.description);
        assert_eq!(bs_errno::lookup_name(&row.name).map(|i| i.name()), Some(canonical));
        let listed: Vec<&str> = alias.canonical().aliases().map(|a| a.name()).collect();
        assert!(listed.contains(&row.name.as_str()));
    }
}

#[test]
fn categories_are_the_data_in_order() {
    let data = data();
    assert_eq!(Category::ALL.len(), data.categories.len());
    for (category, expected) in Category::ALL.into_iter().zip(&data.categories) {
        assert_eq!(category as u8, expected.number);
        assert_eq!(category.name(), expected.name);
    }
}

/// `Category::of` (a table by hundreds) against a plain scan of the data's ranges: every code from below the
/// lowest range to above the highest, each range's ends and their neighbours, and the extremes.
#[test]
fn category_of_follows_the_ranges() {
    let data = data();
    let check = |code: i32| {
        assert_eq!(Category::of(code).name(), data.category_of(code).name, "code {code}");
        assert_eq!(
            bs_errno::ffi::bs_error_category(code),
            Category::of(code),
            "code {code}"
        );
    };
    for code in -11_000..=1_000 {
        check(code);
    }
    for category in &data.categories {
        for &(low, high) in &category.ranges {
            for code in [low, high, low.saturating_sub(1), high.saturating_add(1)] {
                check(code);
            }
        }
    }
    for code in [
        i32::MIN,
        i32::MIN + 1,
        i32::MAX,
        i32::MAX - 1,
        -1_000_000,
        -40_000,
        1_000_000,
    ] {
        check(code);
    }
}

#[test]
fn descriptions_are_single_clean_sentences() {
    for info in bs_errno::iter() {
        let d = info.description();
        assert!(!d.is_empty(), "{}", info.name());
        assert!(d.ends_with('.'), "{}: {d:?}", info.name());
        assert!(
            d.starts_with(|c: char| c.is_ascii_uppercase()),
            "{}: {d:?}",
            info.name()
        );
        assert!(d.bytes().all(|b| (b' '..=b'~').contains(&b)), "{}: {d:?}", info.name());
        assert!(d.len() <= 80, "{}: too long", info.name());
    }
}

#[test]
fn description_sources_are_honest() {
    let data = data();
    for row in &data.rows {
        match row.description_source.as_str() {
            "vendor" => assert!(!row.description.is_empty()),
            "ours" => {
                // Our text for a code, or for the old meaning of a deprecated name.
                assert!(!row.is_alias() || row.deprecated, "{}", row.name);
            }
            "" => assert!(row.is_alias() && row.description.is_empty(), "{}", row.name),
            other => {
                // The vendor's text of an older name of the same code (-1201).
                let old = other
                    .strip_prefix("vendor:")
                    .unwrap_or_else(|| panic!("bad source {other}"));
                let old_row = data
                    .rows
                    .iter()
                    .find(|r| r.name == old)
                    .expect("the older name is a row");
                assert_eq!(old_row.alias_of.as_deref(), Some(row.name.as_str()));
                assert_eq!(old_row.description, row.description);
            }
        }
    }
}

/// The vendor reference beside the checkout (`../shared`, relative to the repository root). Developers and
/// CI have it; a clone on its own does not, and then the comparison is skipped, except under `CI=true`,
/// where a missing reference fails the test.
fn vendor_reference() -> Option<PathBuf> {
    let path = root().join("../shared/data/bs_sdk_codes.tsv");
    if path.is_file() {
        return Some(path);
    }
    let reason = format!(
        "{} is missing (the vendor reference beside the checkout)",
        path.display()
    );
    assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true: {reason}");
    eprintln!("skipped: {reason}");
    None
}

/// `deprecated_from` of each name in the vendor's history (sdk_history.tsv beside the reference), for the
/// deprecations the vendor's comments leave without a version.
fn vendor_deprecated_from(reference: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(reference.with_file_name("sdk_history.tsv")).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    assert_eq!((header[0], header[4]), ("name", "deprecated_from"));
    lines
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .filter(|f| !f[4].is_empty())
        .map(|f| (f[0].to_string(), f[4].to_string()))
        .collect()
}

#[test]
fn matches_the_vendor_reference() {
    let Some(path) = vendor_reference() else {
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    assert_eq!(
        header,
        [
            "code",
            "name",
            "kind",
            "alias_of",
            "deprecated",
            "category",
            "deprecated_since",
            "seed_description"
        ]
    );
    let data = data();
    let ours: BTreeMap<&str, &Row> = data.rows.iter().map(|r| (r.name.as_str(), r)).collect();
    let deprecated_from = vendor_deprecated_from(&path);
    let mut seen = 0;
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        let row = ours
            .get(f[1])
            .unwrap_or_else(|| panic!("{} missing from data/codes.tsv", f[1]));
        seen += 1;
        assert_eq!(row.code.to_string(), f[0], "{}", f[1]);
        assert_eq!(kind(row), f[2], "{}", f[1]);
        assert_eq!(row.alias_of.as_deref().unwrap_or(""), f[3], "{}", f[1]);
        assert_eq!(if row.deprecated { "yes" } else { "no" }, f[4], "{}", f[1]);
        assert_eq!(row.category, f[5], "{}: the range of data/categories.tsv", f[1]);
        assert_eq!(Category::of(row.code).name(), f[5], "{}: the library", f[1]);
        if f[6].is_empty() && f[4] == "yes" {
            // No version in the vendor's comment: the first release that marks it deprecated.
            assert_eq!(row.deprecated_since.as_ref(), deprecated_from.get(f[1]), "{}", f[1]);
        } else {
            assert_eq!(row.deprecated_since.as_deref().unwrap_or(""), f[6], "{}", f[1]);
        }
        let vendor_text = f.get(7).copied().unwrap_or("");
        if !vendor_text.is_empty() {
            assert_eq!(
                row.description, vendor_text,
                "{} must keep the vendor's text verbatim",
                f[1]
            );
            assert_eq!(row.description_source, "vendor");
        } else if !row.is_alias() {
            assert_ne!(row.description_source, "vendor", "{} has no vendor text", f[1]);
        }
        // And the library answers the same.
        assert_eq!(bs_errno::lookup_name(f[1]).map(|i| i.code()), Some(row.code));
        if !row.is_alias() && !vendor_text.is_empty() {
            assert_eq!(bs_errno::description(row.code), vendor_text);
        }
    }
    assert_eq!(seen, data.rows.len(), "the same set of names");
}

/// Resolves every `#define` of the checked-in header to a number, following macro references and
/// dropping the cast of a deprecated alias (`(BsErrorDeprecatedAlias_NAME)-1201`).
fn header_values() -> BTreeMap<String, i32> {
    let text = std::fs::read_to_string(root().join("include/BS_Errno.h")).unwrap();
    let mut raw: BTreeMap<String, String> = BTreeMap::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("#define BS_SDK_") {
            let (name, value) = rest.split_once(' ').unwrap();
            raw.insert(format!("BS_SDK_{name}"), value.trim().to_string());
        }
    }
    fn resolve(raw: &BTreeMap<String, String>, name: &str, depth: u32) -> i32 {
        assert!(depth < 4, "macro chain too deep at {name}");
        let value = raw[name].as_str();
        let value = match value.strip_prefix("(BsErrorDeprecatedAlias_") {
            Some(rest) => rest.split_once(')').unwrap().1,
            None => value,
        };
        value.parse().unwrap_or_else(|_| resolve(raw, value, depth + 1))
    }
    raw.keys().map(|k| (k.clone(), resolve(&raw, k, 0))).collect()
}

#[test]
fn header_defines_every_macro_with_its_value() {
    let values = header_values();
    let rows = data().rows;
    assert_eq!(values.len(), rows.len(), "one #define per name, no more");
    for row in &rows {
        assert_eq!(values.get(&row.name), Some(&row.code), "{}", row.name);
    }
    let text = std::fs::read_to_string(root().join("include/BS_Errno.h")).unwrap();
    assert!(text.contains("generated — do not edit"));
    for row in rows.iter().filter(|r| !r.is_alias()) {
        // Canonical macros are plain literals, usable in #if.
        assert!(
            text.contains(&format!("#define {} {}\n", row.name, row.code)),
            "{}",
            row.name
        );
    }
    for row in rows.iter().filter(|r| r.deprecated) {
        // The vendor's form: a cast to a deprecated int typedef, which #if reads as (0)value.
        let typedef = format!("BsErrorDeprecatedAlias_{}", row.name);
        assert!(
            text.contains(&format!("#define {} ({typedef}){}\n", row.name, row.code)),
            "{} must cast its value to {typedef}",
            row.name
        );
        let canonical = row.alias_of.as_deref().unwrap_or_default();
        let declaration = format!("BS_ERRNO_DEPRECATED_TYPEDEF({typedef}, \"use {canonical}");
        assert!(text.contains(&declaration), "{typedef} must be declared deprecated");
    }
    for row in rows.iter().filter(|r| r.is_alias() && !r.deprecated) {
        let canonical = row.alias_of.as_deref().unwrap_or_default();
        assert!(
            text.contains(&format!("#define {} {canonical}\n", row.name)),
            "{}",
            row.name
        );
    }
}

#[test]
fn no_second_header_differs_only_by_case() {
    let names: Vec<String> = std::fs::read_dir(root().join("include"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_lowercase())
        .collect();
    assert_eq!(names.iter().filter(|n| *n == "bs_errno.h").count(), 1, "{names:?}");
}
