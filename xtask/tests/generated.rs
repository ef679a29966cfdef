//! The generated files: every one is current (what `cargo xtask generate` would write now), and the
//! header says what the data says: one #define per macro with its value, the deprecated aliases in the
//! vendor's form, and the lists BS_ERRNO_MAP and BS_ERRNO_ALIAS_MAP.

use std::collections::BTreeMap;

use xtask::data::{Data, Kind};

fn data() -> Data {
    xtask::data::load(&xtask::project_root()).expect("the data files are valid")
}

fn header() -> String {
    std::fs::read_to_string(xtask::project_root().join("include/BS_Errno.h")).expect("the header")
}

#[test]
fn every_generated_file_is_current() {
    let stale = xtask::generate::stale_files(&xtask::project_root()).expect("the generators run");
    assert!(stale.is_empty(), "stale (run `cargo xtask generate`): {stale:?}");
}

#[test]
fn every_generated_file_says_so() {
    let inputs = xtask::generate::Inputs::load(&xtask::project_root()).expect("the data files are valid");
    for (file, text) in xtask::generate::render_all(&inputs).expect("renders") {
        let head: String = text.lines().take(3).collect();
        assert!(head.contains("generated — do not edit"), "{file}: {head}");
    }
}

/// Every `#define BS_SDK_*` of the header resolved to a number, following macro references and dropping
/// the cast of a deprecated alias (`(BsErrorDeprecatedAlias_NAME)-1201`).
fn header_values(text: &str) -> BTreeMap<String, i32> {
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
fn the_header_defines_every_macro_with_its_value() {
    let text = header();
    let values = header_values(&text);
    let data = data();
    assert_eq!(values.len(), data.macros().count(), "one #define per macro, no more");
    for row in data.macros() {
        assert_eq!(values.get(&row.name), Some(&row.code), "{}", row.name);
    }
    for row in data.codes() {
        // Canonical macros are plain literals, usable in #if.
        assert!(
            text.contains(&format!("#define {} {}\n", row.name, row.code)),
            "{}",
            row.name
        );
    }
    for row in data.aliases().filter(|r| r.deprecated) {
        // The vendor's form: a cast to a deprecated int typedef, which #if reads as (0)value.
        let typedef = format!("BsErrorDeprecatedAlias_{}", row.name);
        assert!(
            text.contains(&format!("#define {} ({typedef}){}\n", row.name, row.code)),
            "{}",
            row.name
        );
        let canonical = row.alias_of.as_deref().unwrap_or_default();
        assert!(text.contains(&format!("BS_ERRNO_DEPRECATED_TYPEDEF({typedef}, \"use {canonical}")));
    }
    for row in data.spellings() {
        assert!(!values.contains_key(&row.name), "{} is no C macro", row.name);
        assert_eq!(row.kind, Kind::CsharpAlias);
    }
    assert!(text.contains("generated — do not edit"));
}

#[test]
fn the_header_lists_are_the_data_in_order() {
    let text = header();
    let data = data();
    let map: Vec<String> = text
        .lines()
        .skip_while(|l| !l.starts_with("#define BS_ERRNO_MAP(X)"))
        .skip(1)
        .take_while(|l| l.starts_with("  X("))
        .map(String::from)
        .collect();
    let codes: Vec<_> = data.codes().collect();
    assert_eq!(map.len(), codes.len());
    for (line, row) in map.iter().zip(codes) {
        let category = data.category_of(row.code).c_constant();
        let start = format!("  X({}, {}, {category}, \"{}\")", row.name, row.code, row.description);
        assert!(line.starts_with(&start), "{line}");
    }
    let aliases: Vec<String> = text
        .lines()
        .skip_while(|l| !l.starts_with("#define BS_ERRNO_ALIAS_MAP(X)"))
        .skip(1)
        .take_while(|l| l.starts_with("  X("))
        .map(String::from)
        .collect();
    let rows: Vec<_> = data.aliases().collect();
    assert_eq!(aliases.len(), rows.len());
    for (line, row) in aliases.iter().zip(rows) {
        let start = format!("  X({}, {}, {})", row.name, row.alias_of.as_deref().unwrap(), row.code);
        assert!(line.starts_with(&start), "{line}");
    }
}
