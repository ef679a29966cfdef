//! The category parser refuses rows that would generate wrong files (the .NET columns among them).

use bs_errno_data::parse_categories;

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
