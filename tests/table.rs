//! The table against its sources: the project's data/codes.tsv (parsed here independently of the
//! generator), the vendor reference ../shared/data/bs_sdk_codes.tsv when it is present, and the checked-in
//! header include/BS_Errno.h.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use bs_errno::Category;

#[derive(Debug, Clone)]
struct Row {
    code: i32,
    name: String,
    kind: String,
    alias_of: String,
    deprecated: String,
    category: String,
    deprecated_since: String,
    description: String,
    description_source: String,
}

/// The columns data/codes.tsv shares with the vendor reference table, in its order.
const SHARED_COLUMNS: [&str; 7] = [
    "code",
    "name",
    "kind",
    "alias_of",
    "deprecated",
    "category",
    "deprecated_since",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_tsv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header = lines.next().unwrap().split('\t').map(String::from).collect();
    let rows = lines.map(|l| l.split('\t').map(String::from).collect()).collect();
    (header, rows)
}

fn project_rows() -> Vec<Row> {
    let (header, rows) = read_tsv(&root().join("data/codes.tsv"));
    assert_eq!(header[..7], SHARED_COLUMNS, "the reference's own columns come first");
    assert_eq!(header[7..], ["description", "description_source"]);
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
            "description",
            "description_source"
        ]
    );
    rows.into_iter()
        .map(|f| {
            assert_eq!(f.len(), 9, "{f:?}");
            Row {
                code: f[0].parse().unwrap(),
                name: f[1].clone(),
                kind: f[2].clone(),
                alias_of: f[3].clone(),
                deprecated: f[4].clone(),
                category: f[5].clone(),
                deprecated_since: f[6].clone(),
                description: f[7].clone(),
                description_source: f[8].clone(),
            }
        })
        .collect()
}

/// The vendor reference beside the checkout, where the developers' workplace and CI have it (under
/// CI=true its absence is a failure).
fn shared_reference() -> Option<PathBuf> {
    let path = root().join("../shared/data/bs_sdk_codes.tsv");
    assert!(
        path.exists() || std::env::var("CI").as_deref() != Ok("true"),
        "CI=true but {} is missing",
        path.display()
    );
    path.exists().then_some(path)
}

/// `deprecated_from` of each name in the reference history, for the deprecations the vendor's comments
/// leave without a version.
fn reference_deprecated_from(reference: &Path) -> HashMap<String, String> {
    let (header, rows) = read_tsv(&reference.with_file_name("sdk_history.tsv"));
    assert_eq!(header[0], "name");
    assert_eq!(header[4], "deprecated_from");
    rows.into_iter()
        .filter(|f| !f[4].is_empty())
        .map(|f| (f[0].clone(), f[4].clone()))
        .collect()
}

#[test]
fn counts() {
    let rows = project_rows();
    assert_eq!(rows.len(), 349);
    assert_eq!(rows.iter().filter(|r| r.kind == "code").count(), 339);
    assert_eq!(rows.iter().filter(|r| r.kind == "alias").count(), 10);
    assert_eq!(rows.iter().filter(|r| r.deprecated == "yes").count(), 8);
    assert_eq!(bs_errno::iter().len(), 339);
    assert_eq!(bs_errno::aliases().len(), 10);
    assert_eq!(bs_errno::ffi::bs_error_count(), 339);
    assert_eq!(bs_errno::ffi::bs_error_alias_count(), 10);
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
    for row in project_rows().iter().filter(|r| r.kind == "code") {
        let info = bs_errno::lookup(row.code).unwrap_or_else(|| panic!("{} missing", row.name));
        assert_eq!(info.name(), row.name);
        assert_eq!(info.description(), row.description, "{}", row.name);
        assert_eq!(info.category().name(), row.category, "{}", row.name);
        assert_eq!(
            Category::of(row.code).name(),
            row.category,
            "range rule for {}",
            row.name
        );
        assert_eq!(bs_errno::lookup_name(&row.name).map(|i| i.code()), Some(row.code));
        assert!(bs_errno::alias(&row.name).is_none());
        assert!(bs_errno::is_known(row.code));
        assert_eq!(bs_errno::is_success(row.code), row.category == "success");
    }
}

#[test]
fn every_alias_row_matches_the_library() {
    for row in project_rows().iter().filter(|r| r.kind == "alias") {
        let alias = bs_errno::alias(&row.name).unwrap_or_else(|| panic!("{} missing", row.name));
        assert_eq!(alias.code(), row.code);
        assert_eq!(alias.canonical().name(), row.alias_of);
        assert_eq!(alias.is_deprecated(), row.deprecated == "yes");
        assert_eq!(alias.deprecated_since().unwrap_or(""), row.deprecated_since);
        assert_eq!(alias.description().unwrap_or(""), row.description);
        assert_eq!(
            bs_errno::lookup_name(&row.name).map(|i| i.name()),
            Some(row.alias_of.as_str())
        );
        let listed: Vec<&str> = alias.canonical().aliases().map(|a| a.name()).collect();
        assert!(listed.contains(&row.name.as_str()));
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
    let rows = project_rows();
    let by_name: HashMap<&str, &Row> = rows.iter().map(|r| (r.name.as_str(), r)).collect();
    let mut ours = 0;
    for row in &rows {
        match row.description_source.as_str() {
            "seed" => assert!(!row.description.is_empty()),
            "ours" => {
                // Our text for a code, or for the old meaning of a deprecated name.
                assert!(row.kind == "code" || row.deprecated == "yes", "{}", row.name);
                ours += 1;
            }
            "" => assert!(row.kind == "alias" && row.description.is_empty(), "{}", row.name),
            other => {
                // The text of an older name of the same code (-1201).
                let old = other
                    .strip_prefix("seed:")
                    .unwrap_or_else(|| panic!("bad source {other}"));
                let old_row = by_name[old];
                assert_eq!(old_row.alias_of, row.name);
                assert_eq!(old_row.description, row.description);
            }
        }
    }
    assert_eq!(ours, 147);
}

#[test]
fn matches_the_vendor_reference() {
    let Some(path) = shared_reference() else {
        eprintln!("skipped: ../shared/data/bs_sdk_codes.tsv is not beside this checkout");
        return;
    };
    let (header, reference) = read_tsv(&path);
    assert_eq!(header[..7], SHARED_COLUMNS);
    assert_eq!(header[7], "seed_description");
    let ours: BTreeMap<String, Row> = project_rows().into_iter().map(|r| (r.name.clone(), r)).collect();
    let deprecated_from = reference_deprecated_from(&path);
    assert_eq!(ours.len(), reference.len(), "same set of names");
    for f in &reference {
        let row = ours
            .get(&f[1])
            .unwrap_or_else(|| panic!("{} missing from data/codes.tsv", f[1]));
        assert_eq!(row.code.to_string(), f[0], "{}", f[1]);
        assert_eq!(row.kind, f[2], "{}", f[1]);
        assert_eq!(row.alias_of, f[3], "{}", f[1]);
        assert_eq!(row.deprecated, f[4], "{}", f[1]);
        assert_eq!(row.category, f[5], "{}", f[1]);
        if f[6].is_empty() && f[4] == "yes" {
            // No version in the vendor's comment: the first release that marks it deprecated.
            assert_eq!(Some(&row.deprecated_since), deprecated_from.get(&f[1]), "{}", f[1]);
        } else {
            assert_eq!(row.deprecated_since, f[6], "{}", f[1]);
        }
        let seed = f.get(7).map(String::as_str).unwrap_or("");
        if !seed.is_empty() {
            assert_eq!(row.description, seed, "{} must keep the reference text verbatim", f[1]);
            assert_eq!(row.description_source, "seed");
        } else if row.kind == "code" {
            assert_ne!(row.description_source, "seed", "{} has no reference text", f[1]);
        }
        // And the library answers the same.
        let code: i32 = f[0].parse().unwrap();
        assert_eq!(bs_errno::lookup_name(&f[1]).map(|i| i.code()), Some(code));
        if f[2] == "code" && !seed.is_empty() {
            assert_eq!(bs_errno::description(code), seed);
        }
    }
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
    let rows = project_rows();
    assert_eq!(values.len(), rows.len(), "one #define per name, no more");
    for row in &rows {
        assert_eq!(values.get(&row.name), Some(&row.code), "{}", row.name);
    }
    let text = std::fs::read_to_string(root().join("include/BS_Errno.h")).unwrap();
    assert!(text.contains("generated — do not edit"));
    for row in rows.iter().filter(|r| r.kind == "code") {
        // Canonical macros are plain literals, usable in #if.
        assert!(
            text.contains(&format!("#define {} {}\n", row.name, row.code)),
            "{}",
            row.name
        );
    }
    for row in rows.iter().filter(|r| r.deprecated == "yes") {
        // The vendor's form: a cast to a deprecated int typedef, which #if reads as (0)value.
        let typedef = format!("BsErrorDeprecatedAlias_{}", row.name);
        assert!(
            text.contains(&format!("#define {} ({typedef}){}\n", row.name, row.code)),
            "{} must cast its value to {typedef}",
            row.name
        );
        let declaration = format!("BS_ERRNO_DEPRECATED_TYPEDEF({typedef}, \"use {}", row.alias_of);
        assert!(text.contains(&declaration), "{typedef} must be declared deprecated");
    }
    for row in rows.iter().filter(|r| r.kind == "alias" && r.deprecated == "no") {
        assert!(
            text.contains(&format!("#define {} {}\n", row.name, row.alias_of)),
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
