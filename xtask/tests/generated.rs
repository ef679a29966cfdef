//! The checked-in generated files must be exactly what the generator makes now, and the parsers must
//! refuse data that would generate wrong files.

use xtask::data::{parse_categories, parse_codes};

#[test]
fn generated_files_are_current() {
    let stale = xtask::stale_files(&xtask::project_root()).expect("generator runs");
    assert!(
        stale.is_empty(),
        "stale generated files {stale:?}: run `cargo xtask generate`"
    );
}

#[test]
fn every_generated_file_says_so() {
    let root = xtask::project_root();
    let data = xtask::load(&root).expect("the data files are valid");
    for (file, text) in xtask::render_all(&root, &data).expect("renders") {
        let head: String = text.lines().take(3).collect();
        assert!(head.contains("generated — do not edit"), "{file}: {head}");
    }
}

#[test]
fn the_docs_list_every_code_alias_and_category() {
    let root = xtask::project_root();
    let data = xtask::load(&root).expect("the data files are valid");
    let history = xtask::releases::load_history(&root, &data.rows).expect("the history is valid");
    let doc = xtask::render_docs::codes_md(&data, &history);
    for row in &data.rows {
        assert!(doc.contains(&format!("`{}`", row.name)), "{}", row.name);
    }
    for c in &data.categories {
        assert!(
            doc.contains(&format!("| {} | {} |", xtask::render_docs::cell(&c.name), c.number)),
            "{}",
            c.name
        );
    }
}

const CATEGORIES: &str = "number\tname\tranges\tpython_exception\tdotnet_exception\tdotnet_inner_exception\tdescription\n\
                          0\tunknown\t\tUnknownError\tBsUnknownException\t\tNone.\n\
                          1\tsuccess\t1..2147483647\t\t\t\tSuccess.\n\
                          2\tdatabase\t-799..-700\tDatabaseError\tBsDatabaseException\t\tDatabase.\n\
                          3\tsdk\t-10099..-10000 -10299..-10200\tHostSDKError\tBsHostSdkException\t\tSDK.\n";

/// A category row after [`CATEGORIES`]: `config` with these ranges, classes and description.
fn config_row(number: &str, name: &str, ranges: &str, python: &str, dotnet: &str, inner: &str, text: &str) -> String {
    format!("{number}\t{name}\t{ranges}\t{python}\t{dotnet}\t{inner}\t{text}\n")
}

#[test]
fn the_category_parser_rejects_bad_rows() {
    let categories = parse_categories(CATEGORIES).expect("valid");
    assert_eq!(categories[3].ranges, [(-10099, -10000), (-10299, -10200)]);
    assert_eq!(categories[3].ranges_text(), "-100xx and -102xx");
    assert_eq!(categories[3].variant(), "Sdk");
    assert_eq!(categories[3].dotnet_exception, "BsHostSdkException");
    let (e, c) = ("ConfigError", "BsConfigException");
    let good = config_row("4", "config", "-899..-800", e, c, "System.IO.IOException", "Config.");
    let with_good = parse_categories(&format!("{CATEGORIES}{good}")).expect("valid");
    assert_eq!(with_good[4].dotnet_inner_exception, "System.IO.IOException");
    let bad_rows = [
        config_row("5", "config", "-899..-800", e, c, "", "Config."), // a number out of order
        config_row("4", "config", "-899..-900", e, c, "", "Config."), // low above high
        config_row("4", "config", "-750..-740", e, c, "", "Config."), // overlaps database
        config_row("4", "database", "-899..-800", e, c, "", "Config."), // duplicate name
        config_row("4", "Config", "-899..-800", e, c, "", "Config."), // not lowercase
        config_row("4", "config", "", e, c, "", "Config."),           // no range
        config_row("4", "config", "-899..-800", e, c, "", "config"),  // not a sentence
        config_row("4", "config", "-899-800", e, c, "", "Config."),   // not a range
        config_row("4", "config", "-899..-800", "", c, "", "Config."), // no exception class
        config_row("4", "config", "-899..-800", "config_error", c, "", "Config."), // not a class name
        config_row("4", "config", "-899..-800", e, "", "", "Config."), // no .NET exception class
        config_row("4", "config", "-899..-800", e, "ConfigException", "", "Config."), // not Bs...Exception
        config_row("4", "config", "-899..-800", e, c, "IOException", "Config."), // not a System type
        config_row("4", "config", "-899..-800", e, c, "System..IOException", "Config."), // not a type name
    ];
    for bad in bad_rows {
        assert!(
            parse_categories(&format!("{CATEGORIES}{bad}")).is_err(),
            "accepted {bad:?}"
        );
    }
    assert!(parse_categories("number\tname\n").is_err());
    let header = "number\tname\tranges\tpython_exception\tdotnet_exception\tdotnet_inner_exception\tdescription\n";
    assert!(parse_categories(&format!("{header}0\tsuccess\t1..2\t\t\t\tS.\n")).is_err());
}

#[test]
fn the_code_parser_rejects_bad_rows() {
    let categories = parse_categories(CATEGORIES).expect("valid");
    let header = "code\tname\tkind\talias_of\tdeprecated\tdeprecated_since\tdescription\tdescription_source\n";
    let good = "-714\tBS_SDK_ERROR_CANNOT_FIND_USER\tcode\t\tno\t\tCannot find user.\tvendor\n";
    let rows = parse_codes(&format!("{header}{good}"), &categories).expect("valid");
    assert_eq!(rows[0].category, "database");
    let bad_rows = [
        // not a number
        "x\tBS_SDK_ERROR_A\tcode\t\tno\t\tA.\tours\n",
        // missing column
        "-701\tBS_SDK_ERROR_A\tcode\t\tno\t\tA.\n",
        // lower-case name
        "-701\tbs_sdk_error_a\tcode\t\tno\t\tA.\tours\n",
        // no period
        "-701\tBS_SDK_ERROR_A\tcode\t\tno\t\tA\tours\n",
        // canonical code without description
        "-701\tBS_SDK_ERROR_A\tcode\t\tno\t\t\t\n",
        // alias of a name that is not the canonical row of its code
        "-701\tBS_SDK_ERROR_A\talias\tBS_SDK_ERROR_CANNOT_FIND_USER\tno\t\t\t\n",
        // out of order (after -714)
        "-750\tBS_SDK_ERROR_A\tcode\t\tno\t\tA.\tours\n",
        // duplicate name
        "-701\tBS_SDK_ERROR_CANNOT_FIND_USER\tcode\t\tno\t\tA.\tours\n",
        // a quote would break the generated sources
        "-701\tBS_SDK_ERROR_A\tcode\t\tno\t\tA \"b\".\tours\n",
        // in no category's range
        "-600\tBS_SDK_ERROR_A\tcode\t\tno\t\tA.\tours\n",
        // an unknown description source
        "-701\tBS_SDK_ERROR_A\tcode\t\tno\t\tA.\tseed\n",
    ];
    for bad in bad_rows {
        assert!(
            parse_codes(&format!("{header}{good}{bad}"), &categories).is_err(),
            "accepted {bad:?}"
        );
    }
    assert!(parse_codes("code\tname\n", &categories).is_err());
}

#[test]
fn the_range_table_splits_only_shared_hundreds() {
    let text = format!("{CATEGORIES}4\tdriver\t-1..-1\tDriverError\tBsDriverException\t\tDriver.\n");
    let categories = parse_categories(&text).expect("valid");
    let data = xtask::Data {
        categories,
        rows: Vec::new(),
    };
    let table = xtask::render_rust::range_table(&data).expect("builds");
    assert_eq!(table.low, -10299);
    assert_eq!((table.below, table.above), (0, 1));
    assert_eq!(table.split_ranges, [(-1, -1, 4)]);
    let split: Vec<usize> = (0..table.buckets.len())
        .filter(|&b| table.buckets[b].is_err())
        .collect();
    assert_eq!(split, [102], "only the hundred -99..0 holds two categories");
    assert_eq!(table.buckets[7], Ok(0), "-9599..-9500 is in no range");
    assert_eq!(table.buckets[95], Ok(2), "-799..-700");
}

#[test]
fn every_macro_is_checked_in_if_and_as_a_case_label() {
    let rows = xtask::load_table(&xtask::project_root()).expect("data/codes.tsv is valid");
    let test = xtask::header_tests::render_every_macro_test(&rows);
    for row in &rows {
        assert!(
            test.contains(&format!("#if !({} == {})\n", row.name, row.code)),
            "{}",
            row.name
        );
        assert!(
            test.contains(&format!("{{ case {}: return 1;", row.name)),
            "{}",
            row.name
        );
        assert!(
            test.contains(&format!("BS_STATIC_ASSERT({} == {},", row.name, row.code)),
            "{}",
            row.name
        );
    }
}

#[test]
fn the_header_prelude_steps_aside_for_every_macro_and_declares_every_deprecated_typedef() {
    let rows = xtask::load_table(&xtask::project_root()).expect("data/codes.tsv is valid");
    let prelude = xtask::header_prelude::render(&rows);
    assert!(prelude.contains(&format!(
        "#ifndef {0}\n#define {0}\n#else\n",
        xtask::header_prelude::SDK_INCLUDE_GUARD
    )));
    for row in &rows {
        assert!(prelude.contains(&format!("#undef {}\n", row.name)), "{}", row.name);
        let typedef = xtask::header_prelude::deprecated_typedef_name(&row.name);
        assert_eq!(
            prelude.contains(&format!("({typedef},")),
            row.deprecated,
            "{}",
            row.name
        );
    }
}
