//! Today's table against the project's data (data/codes.tsv and data/categories.tsv, read by the
//! `bs-errno-data` crate, not by the library): every row, every name, every category range. The data's
//! content against the vendor reference is checked once, in xtask/data/tests/vendor.rs.

use bs_errno::Category;
use bs_errno_data::{Data, Kind};

fn data() -> Data {
    bs_errno_data::load(&bs_errno_data::project_root()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_codes_are_the_data_in_order() {
    let data = data();
    let ours: Vec<(i32, &str, &str)> = bs_errno::iter()
        .map(|i| (i.code(), i.name(), i.description()))
        .collect();
    let rows: Vec<(i32, &str, &str)> = data
        .codes()
        .map(|r| (r.code, r.name.as_str(), r.description.as_str()))
        .collect();
    assert_eq!(ours, rows);
}

#[test]
fn every_code_row_matches_the_library() {
    for row in data().codes() {
        let info = bs_errno::lookup(row.code).unwrap_or_else(|| panic!("{} missing", row.name));
        assert_eq!(info.name(), row.name);
        assert_eq!(info.description(), row.description, "{}", row.name);
        assert_eq!(info.category().name(), row.category, "{}", row.name);
        assert!(info.is_current() && !info.is_alias() && !info.is_deprecated() && info.is_c_macro());
        assert_eq!(bs_errno::lookup_name(&row.name), Some(info));
        assert!(bs_errno::is_known(row.code));
        assert_eq!(bs_errno::is_success(row.code), row.category == "success");
        assert_eq!(
            info.to_string(),
            format!("{} ({}): {}", row.name, row.code, row.description)
        );
    }
}

#[test]
fn every_second_name_matches_the_library() {
    let data = data();
    let rows: Vec<_> = data.rows.iter().filter(|r| r.is_alias()).collect();
    let ours: Vec<&str> = bs_errno::aliases().map(|a| a.name()).collect();
    assert_eq!(
        ours,
        rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
        "in the order of the data"
    );
    for row in rows {
        let canonical = row.alias_of.as_deref().unwrap_or_default();
        let alias = bs_errno::lookup_name(&row.name).unwrap_or_else(|| panic!("{} missing", row.name));
        assert_eq!((alias.name(), alias.code()), (row.name.as_str(), row.code));
        assert!(alias.is_alias() && !alias.is_current(), "{}", row.name);
        assert_eq!(alias.canonical().name(), canonical);
        assert_eq!(alias.is_deprecated(), row.deprecated);
        assert_eq!(alias.deprecated_since(), row.deprecated_since.as_deref());
        assert_eq!(alias.is_c_macro(), row.kind == Kind::Alias);
        let meaning = if row.description.is_empty() {
            alias.canonical().description()
        } else {
            &row.description
        };
        assert_eq!(alias.description(), meaning, "{}", row.name);
        assert!(
            alias.canonical().aliases().any(|a| a == alias),
            "{} is listed",
            row.name
        );
    }
}

#[test]
fn names_are_found_exactly() {
    for miss in [
        "",
        "bs_sdk_error_cannot_find_user",
        "BS_SDK_ERROR_CANNOT_FIND_USE",
        "UNKNOWN",
        " BS_SDK_SUCCESS",
    ] {
        assert_eq!(bs_errno::lookup_name(miss), None, "{miss:?}");
    }
    assert_eq!(bs_errno::lookup_name(b"BS_SDK_\xff"), None);
    let long = "B".repeat(bs_errno::MAX_NAME_LEN + 1);
    assert_eq!(bs_errno::lookup_name(&long), None);
    let longest = data().rows.iter().map(|r| r.name.len()).max().unwrap();
    assert_eq!(bs_errno::MAX_NAME_LEN, longest);
}

#[test]
fn unknown_codes_get_the_fixed_answers() {
    let known: std::collections::BTreeSet<i32> = data().codes().map(|r| r.code).collect();
    for code in (-11_000..=1_000)
        .chain([i32::MIN, i32::MAX])
        .filter(|c| !known.contains(c))
    {
        assert_eq!(bs_errno::lookup(code), None);
        assert!(!bs_errno::is_known(code));
        assert_eq!(bs_errno::name(code), bs_errno::UNKNOWN_NAME);
        assert_eq!(bs_errno::description(code), bs_errno::UNKNOWN_DESCRIPTION);
        assert_eq!(
            bs_errno::line(code).to_string(),
            format!(
                "UNKNOWN ({code}): Unknown error code (category: {}).",
                Category::of(code)
            )
        );
    }
    assert_eq!(bs_errno::UNKNOWN_NAME_C.to_str(), Ok(bs_errno::UNKNOWN_NAME));
    assert_eq!(
        bs_errno::UNKNOWN_DESCRIPTION_C.to_str(),
        Ok(bs_errno::UNKNOWN_DESCRIPTION)
    );
}

#[test]
fn c_strings_are_the_same_text() {
    for info in bs_errno::iter().chain(bs_errno::aliases()) {
        assert_eq!(info.name_c().to_str(), Ok(info.name()));
        assert_eq!(info.description_c().to_str(), Ok(info.description()));
        assert_eq!(
            info.deprecated_since_c().to_str(),
            Ok(info.deprecated_since().unwrap_or(""))
        );
    }
    for category in Category::ALL {
        assert_eq!(category.name_c().to_str(), Ok(category.name()));
    }
}

#[test]
fn categories_are_the_data_in_order() {
    let data = data();
    assert_eq!(Category::ALL.len(), data.categories.len());
    for (category, expected) in Category::ALL.into_iter().zip(&data.categories) {
        assert_eq!(category as u8, expected.number);
        assert_eq!(category.name(), expected.name);
        assert_eq!(Category::from_raw(i32::from(expected.number)), Some(category));
        assert_eq!(Category::from_name(&expected.name.to_uppercase()), Some(category));
    }
    for raw in [-1, Category::ALL.len() as i32, i32::MIN, i32::MAX] {
        assert_eq!(Category::from_raw(raw), None);
    }
}

/// `Category::of` (a table by hundreds) against a plain scan of the data's ranges: every code from below the
/// lowest range to above the highest, each range's ends and their neighbours, and the extremes.
#[test]
fn category_of_follows_the_ranges() {
    let data = data();
    let check = |code: i32| assert_eq!(Category::of(code).name(), data.category_of(code).name, "code {code}");
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
fn check_passes_exactly_the_success_codes() {
    let data = data();
    for code in (-11_000..=1_000).chain([i32::MIN, i32::MAX]) {
        let success = data.category_of(code).name == "success";
        match bs_errno::check(code) {
            Ok(passed) => assert!(success && passed == code, "{code}"),
            Err(error) => {
                assert!(!success, "{code}");
                assert_eq!(error.code(), code);
                assert_eq!(error.to_string(), bs_errno::line(code).to_string());
                assert_eq!(error.info(), bs_errno::lookup(code));
            }
        }
    }
}
