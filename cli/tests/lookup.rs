//! The `bs-errno` binary, run as a user runs it, over every mode and every error path.
//!
//! Expectations come from the data (data/codes.tsv, read by the data crate (bs-errno-data), independently of the library's
//! generated table) and, for categories of codes the table does not know, from `bs_errno::Category::of`;
//! never from the binary's own output.

use std::collections::BTreeMap;
use std::process::{Command, Output, Stdio};

use crate::util::*;
use bs_errno::Category;
use serde_json::Value;

/// The documented line: `NAME CODE CATEGORY DESCRIPTION`, then the remarks (see [`expected_remarks`]).
fn expected_line(rows: &[Row], row: &Row) -> String {
    format!(
        "{} {} {} {}{}",
        row.name,
        row.code,
        row.category,
        meaning(rows, row),
        expected_remarks(rows, row)
    )
}

/// Every row in list order: codes ascending, each followed by its aliases in file order.
fn list_order(rows: &[Row]) -> Vec<Row> {
    let mut out: Vec<Row> = rows.to_vec();
    out.sort_by_key(|r| (r.code, r.is_alias()));
    out
}

fn unknown_line(code: i32) -> String {
    format!(
        "UNKNOWN {code} {} {}",
        Category::of(code).name(),
        bs_errno::UNKNOWN_DESCRIPTION
    )
}

/// Exit 0, nothing on standard error, and these lines.
#[track_caller]
fn assert_found(out: &Output, expected: &[String]) {
    assert_status(out, 0);
    assert_eq!(stderr(out), "");
    assert_eq!(lines(out), expected);
}

fn json(out: &Output) -> Vec<Value> {
    match serde_json::from_str::<Value>(&stdout(out)) {
        Ok(Value::Array(items)) => items,
        other => panic!("not a JSON array: {other:?}\n{}", stdout(out)),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Lookups by value.

#[test]
fn one_code_one_line() {
    let rows = rows();
    let row = rows.iter().find(|r| r.name == "BS_SDK_ERROR_CANNOT_FIND_USER").unwrap();
    assert_found(&run(&["-714"]), &[expected_line(&rows, row)]);
    assert_eq!(
        expected_line(&rows, row),
        "BS_SDK_ERROR_CANNOT_FIND_USER -714 database Cannot find user."
    );
}

#[test]
fn every_code_in_every_form_a_log_prints() {
    let rows = rows();
    let codes: Vec<&Row> = rows.iter().filter(|r| !r.is_alias()).collect();
    let expected: Vec<String> = codes.iter().map(|r| expected_line(&rows, r)).collect();
    type Form = (&'static str, fn(i32) -> String);
    let forms: [Form; 6] = [
        ("decimal", |c| c.to_string()),
        ("unsigned decimal", |c| (c as u32).to_string()),
        ("unsigned hex", |c| format!("0x{:X}", c as u32)),
        ("lowercase hex", |c| format!("0x{:08x}", c as u32)),
        ("signed hex", |c| {
            if c < 0 {
                format!("-0x{:X}", c.unsigned_abs())
            } else {
                format!("0x{c:x}")
            }
        }),
        ("explicit sign", |c| if c < 0 { c.to_string() } else { format!("+{c}") }),
    ];
    for (what, form) in forms {
        let args: Vec<String> = codes.iter().map(|r| form(r.code)).collect();
        let out = run(&args);
        assert_status(&out, 0);
        assert_eq!(lines(&out), expected, "{what}");
    }
}

#[test]
fn every_form_of_one_code_gives_the_same_line() {
    let out = run(&["0xFFFFFD36", "4294966582", "-0x2CA", "-714", "0xfffffd36"]);
    let line = "BS_SDK_ERROR_CANNOT_FIND_USER -714 database Cannot find user.";
    assert_found(&out, &vec![line.to_owned(); 5]);
}

#[test]
fn signed_hex_mixes_with_options_and_follows_double_dash() {
    let rows = rows();
    let row = canonical_of(&rows, -714);
    let out = run(&["-0x2CA", "--json", "-102"]);
    assert_status(&out, 0);
    assert_eq!(stderr(&out), "");
    let items = json(&out);
    assert_eq!(
        items.iter().map(|i| i["code"].as_i64().unwrap()).collect::<Vec<_>>(),
        [-714, -102]
    );
    assert_found(&run(&["--", "-0x2CA"]), &[expected_line(&rows, row)]);
    assert_found(
        &run(&["-102", "--", "-0x2CA", "-714"]),
        &[
            expected_line(&rows, canonical_of(&rows, -102)),
            expected_line(&rows, row),
            expected_line(&rows, row),
        ],
    );
}

#[test]
fn unknown_codes_say_unknown_with_the_category_of_their_range() {
    let rows = rows();
    let known: BTreeMap<i32, &Row> = rows.iter().filter(|r| !r.is_alias()).map(|r| (r.code, r)).collect();
    // Every value from below the lowest range to above the highest success code, and the extremes.
    let mut values: Vec<i32> = (-10_300..=20).collect();
    values.extend([i32::MIN, i32::MIN + 1, -2_000_000, i32::MAX]);
    let args: Vec<String> = values.iter().map(i32::to_string).collect();
    let out = run(&args);
    assert_status(&out, 1);
    let expected: Vec<String> = values
        .iter()
        .map(|c| {
            known
                .get(c)
                .map_or_else(|| unknown_line(*c), |r| expected_line(&rows, r))
        })
        .collect();
    assert_eq!(lines(&out), expected);
    // The example of the README: in the database range, but not in the table.
    assert!(!known.contains_key(&-799));
    assert_eq!(run(&["-799"]).stdout, b"UNKNOWN -799 database Unknown error code.\n");
    assert_eq!(run(&["0"]).stdout, b"UNKNOWN 0 unknown Unknown error code.\n");
}

#[test]
fn one_unknown_code_among_known_ones_exits_1_and_still_answers_all() {
    let rows = rows();
    let out = run(&["-714", "-799", "1"]);
    assert_status(&out, 1);
    assert_eq!(
        lines(&out),
        [
            expected_line(&rows, canonical_of(&rows, -714)),
            unknown_line(-799),
            expected_line(&rows, canonical_of(&rows, 1))
        ]
    );
}

// ---------------------------------------------------------------------------------------------------------
// Lookups by name.

fn spellings(name: &str) -> Vec<String> {
    let bare = name
        .strip_prefix("BS_SDK_ERROR_")
        .or_else(|| name.strip_prefix("BS_SDK_"))
        .unwrap();
    let mixed: String = name
        .chars()
        .enumerate()
        .map(|(i, c)| if i % 2 == 0 { c.to_ascii_lowercase() } else { c })
        .collect();
    vec![
        name.to_owned(),
        name.to_lowercase(),
        mixed,
        bare.to_owned(),
        bare.to_lowercase(),
    ]
}

#[test]
fn every_name_in_every_spelling() {
    let rows = rows();
    for spelling in 0..5 {
        let args: Vec<String> = rows.iter().map(|r| spellings(&r.name).swap_remove(spelling)).collect();
        let expected: Vec<String> = rows.iter().map(|r| expected_line(&rows, r)).collect();
        let out = run(&args);
        assert_status(&out, 0);
        assert_eq!(lines(&out), expected, "spelling {spelling} ({})", args[0]);
    }
    // BS_SDK_ERROR_ names also answer without just the BS_SDK_ part.
    let out = run(&["error_cannot_find_user", "ERROR_SET_FIRE_ALARM"]);
    assert_status(&out, 0);
    assert_eq!(lines(&out)[0], expected_line(&rows, canonical_of(&rows, -714)));
    assert!(lines(&out)[1].starts_with("BS_SDK_ERROR_SET_FIRE_ALARM -1208 "));
}

#[test]
fn a_deprecated_alias_shows_its_version_replacement_and_old_meaning() {
    let out = run(&["BS_SDK_ERROR_SET_FIRE_ALARM"]);
    assert_found(
        &out,
        &["BS_SDK_ERROR_SET_FIRE_ALARM -1208 zone Cannot set fire alarm. \
         (deprecated since SDK 2.7.2; now BS_SDK_ERROR_APB_ZONE_FULL: No more APB zones can be added.)"
            .to_owned()],
    );
    // And the data agrees with what the line above was written from.
    let rows = rows();
    let alias = rows.iter().find(|r| r.name == "BS_SDK_ERROR_SET_FIRE_ALARM").unwrap();
    assert_eq!(expected_line(&rows, alias), lines(&out)[0]);
    // The value itself names its current meaning and mentions the old one.
    let line = &lines(&run(&["-1208"]))[0];
    assert!(
        line.starts_with("BS_SDK_ERROR_APB_ZONE_FULL -1208 zone No more APB zones can be added."),
        "{line}"
    );
    assert!(
        line.contains("(formerly BS_SDK_ERROR_SET_FIRE_ALARM, deprecated since SDK 2.7.2: Cannot set fire alarm.)"),
        "{line}"
    );
}

#[test]
fn every_kind_of_alias() {
    let rows = rows();
    let aliases: Vec<&Row> = rows.iter().filter(|r| r.is_alias()).collect();
    // The data has these kinds; each must come out as documented. (Every deprecation has a version: where
    // the vendor states none, the first release that marks it, from data/history.tsv.)
    assert!(
        aliases
            .iter()
            .any(|r| r.deprecated && r.deprecated_since.is_some() && !r.description.is_empty())
    );
    assert!(aliases.iter().all(|r| !r.deprecated || r.deprecated_since.is_some()));
    assert!(aliases.iter().any(|r| r.deprecated && r.description.is_empty()));
    assert!(aliases.iter().any(|r| !r.deprecated));
    assert!(aliases.iter().any(|r| r.kind == Kind::CsharpAlias));
    let args: Vec<&str> = aliases.iter().map(|r| r.name.as_str()).collect();
    assert_found(
        &run(&args),
        &aliases.iter().map(|r| expected_line(&rows, r)).collect::<Vec<_>>(),
    );
    assert!(lines(&run(&["no_finger_detected"]))[0].ends_with("(alias of BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL)"));
}

#[test]
fn an_unknown_name_exits_1_and_says_so_on_stderr() {
    let out = run(&["NO_SUCH_CODE"]);
    assert_status(&out, 1);
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("'NO_SUCH_CODE': no such name"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("BS_SDK_ERROR_NO_SUCH_CODE"), "{}", stderr(&out));
    // The other arguments are still answered.
    let rows = rows();
    let out = run(&["-714", "NO_SUCH_CODE", "success"]);
    assert_status(&out, 1);
    assert_eq!(
        lines(&out),
        [
            expected_line(&rows, canonical_of(&rows, -714)),
            expected_line(&rows, canonical_of(&rows, 1))
        ]
    );
    // The message stands where the name stood among the answers (stdout and stderr into one pipe).
    #[cfg(unix)]
    {
        let out = Command::new("sh")
            .arg("-c")
            .arg("\"$0\" -714 NO_SUCH_CODE success 2>&1")
            .arg(BIN)
            .output()
            .unwrap();
        let merged: Vec<String> = lines(&out);
        assert_eq!(merged.len(), 3, "{merged:?}");
        assert_eq!(merged[0], expected_line(&rows, canonical_of(&rows, -714)));
        assert!(
            merged[1].starts_with("bs-errno: 'NO_SUCH_CODE': no such name"),
            "{merged:?}"
        );
        assert_eq!(merged[2], expected_line(&rows, canonical_of(&rows, 1)));
    }
    // Prefixes are only ever added, not swapped: BS_SDK_CANNOT_FIND_USER is no macro.
    assert_status(&run(&["BS_SDK_CANNOT_FIND_USER"]), 1);
}

// ---------------------------------------------------------------------------------------------------------
// --list, --categories, --search.

#[test]
fn list_is_every_name_of_the_header() {
    let rows = rows();
    let expected: Vec<String> = list_order(&rows).iter().map(|r| expected_line(&rows, r)).collect();
    assert_eq!(expected.len(), rows.len());
    assert_found(&run(&["--list"]), &expected);
    assert_found(&run(&["-l"]), &expected);
}

#[test]
fn list_by_category() {
    let rows = rows();
    let mut seen = 0;
    for category in Category::ALL {
        let name = category.name();
        let expected: Vec<String> = list_order(&rows)
            .iter()
            .filter(|r| r.category == name)
            .map(|r| expected_line(&rows, r))
            .collect();
        seen += expected.len();
        for spelling in [name.to_owned(), name.to_uppercase()] {
            let out = run(&["--list", "--category", &spelling]);
            if expected.is_empty() {
                assert_status(&out, 1);
                assert_eq!(stdout(&out), "");
                assert!(stderr(&out).contains("no code in category"), "{}", stderr(&out));
            } else {
                assert_found(&out, &expected);
            }
        }
    }
    assert_eq!(seen, rows.len(), "a row has a category the library does not know");
    assert_found(
        &run(&["-l", "-c", "zone"]),
        &lines(&run(&["--list", "--category=zone"])),
    );
}

#[test]
fn categories_with_their_counts() {
    let rows = rows();
    let expected: Vec<String> = Category::ALL
        .iter()
        .map(|c| {
            (
                c.name(),
                rows.iter().filter(|r| !r.is_alias() && r.category == c.name()).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| format!("{name} {n}"))
        .collect();
    assert!(expected.len() > 20);
    assert_found(&run(&["--categories"]), &expected);
}

/// The documented search: rows (in list order) whose name and meaning contain every word, any case.
fn expected_search(rows: &[Row], words: &[&str], category: Option<&str>) -> Vec<String> {
    list_order(rows)
        .iter()
        .filter(|r| category.is_none_or(|c| r.category == c))
        .filter(|r| {
            let haystack = format!("{} {}", r.name, meaning(rows, r)).to_lowercase();
            words.iter().all(|w| haystack.contains(&w.to_lowercase()))
        })
        .map(|r| expected_line(rows, r))
        .collect()
}

#[test]
fn search_needs_every_word() {
    let rows = rows();
    for words in [
        &["find", "user"][..],
        &["CANNOT"],
        &["Fire", "ALARM"],
        &["ssl_verify"],
        &["attempted", "unlock"],
        &["zone", "full"],
    ] {
        let expected = expected_search(&rows, words, None);
        assert!(!expected.is_empty(), "{words:?} matches nothing: a useless case");
        let mut args = vec!["--search"];
        args.extend(words);
        assert_found(&run(&args), &expected);
        // One argument with spaces is the same search.
        assert_found(&run(&["-s", &words.join(" ")]), &expected);
    }
    // A word found only in an alias's own, old description finds the alias (and not its code).
    let found = expected_search(&rows, &["attempted", "unlock"], None);
    assert!(
        found
            .iter()
            .any(|l| l.starts_with("BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION ")),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|l| l.starts_with("BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION ")),
        "{found:?}"
    );
    // Every word must match: adding one narrows.
    assert!(expected_search(&rows, &["zone", "full"], None).len() < expected_search(&rows, &["zone"], None).len());
    // With a category.
    let expected = expected_search(&rows, &["full"], Some("zone"));
    assert!(!expected.is_empty() && expected.len() < expected_search(&rows, &["full"], None).len());
    assert_found(&run(&["--search", "full", "--category", "zone"]), &expected);
}

#[test]
fn a_search_that_finds_nothing_exits_1() {
    let out = run(&["--search", "qqqq"]);
    assert_status(&out, 1);
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("nothing matches"), "{}", stderr(&out));
    // Words can match separately, but all must match.
    assert_status(&run(&["--search", "user", "qqqq"]), 1);
}

// ---------------------------------------------------------------------------------------------------------
// --json in every mode.

#[track_caller]
fn assert_object_is_row(rows: &[Row], object: &Value, row: &Row, looked_up_deprecated: bool) {
    let ctx = format!("{object}");
    assert_eq!(object["code"], row.code, "{ctx}");
    assert_eq!(object["name"], row.name.as_str(), "{ctx}");
    assert_eq!(object["category"], row.category.as_str(), "{ctx}");
    assert_eq!(object["description"], meaning(rows, row).as_str(), "{ctx}");
    assert_eq!(object["known"], true, "{ctx}");
    assert_eq!(object["deprecated"], looked_up_deprecated, "{ctx}");
    match &row.alias_of {
        Some(target) => {
            assert_eq!(object["alias_of"]["name"], target.as_str(), "{ctx}");
            assert_eq!(
                object["alias_of"]["description"],
                canonical_of(rows, row.code).description.as_str(),
                "{ctx}"
            );
            assert_eq!(
                object["deprecated_since"],
                row.deprecated_since.as_deref().map_or(Value::Null, Value::from),
                "{ctx}"
            );
        }
        None => {
            assert_eq!(object["alias_of"], Value::Null, "{ctx}");
            assert_eq!(object["deprecated_since"], Value::Null, "{ctx}");
        }
    }
    let aliases: Vec<&Row> = rows.iter().filter(|r| r.code == row.code && r.is_alias()).collect();
    let listed = object["aliases"].as_array().unwrap();
    assert_eq!(listed.len(), aliases.len(), "{ctx}");
    for (item, alias) in listed.iter().zip(aliases) {
        assert_eq!(item["name"], alias.name.as_str(), "{ctx}");
        assert_eq!(item["deprecated"], alias.deprecated, "{ctx}");
        assert_eq!(
            item["deprecated_since"],
            alias.deprecated_since.as_deref().map_or(Value::Null, Value::from),
            "{ctx}"
        );
        let own = Some(alias.description.as_str()).filter(|d| !d.is_empty());
        assert_eq!(item["description"], own.map_or(Value::Null, Value::from), "{ctx}");
    }
}

#[test]
fn json_list_is_every_row() {
    let rows = rows();
    let out = run(&["--list", "--json"]);
    assert_status(&out, 0);
    let items = json(&out);
    let ordered = list_order(&rows);
    assert_eq!(items.len(), ordered.len());
    for (item, row) in items.iter().zip(&ordered) {
        assert_object_is_row(&rows, item, row, row.is_alias() && row.deprecated);
    }
    // With a category.
    let zone = json(&run(&["--list", "--json", "--category", "zone"]));
    assert_eq!(zone.len(), rows.iter().filter(|r| r.category == "zone").count());
}

#[test]
fn json_lookups() {
    let rows = rows();
    let out = run(&[
        "--json",
        "-714",
        "BS_SDK_ERROR_SET_FIRE_ALARM",
        "0xFFFFFCE1",
        "no_finger_detected",
        "NO_SUCH_CODE",
        "-1208",
    ]);
    assert_status(&out, 1);
    assert!(stderr(&out).contains("NO_SUCH_CODE"));
    let items = json(&out);
    assert_eq!(items.len(), 5, "an unknown name has no object");
    let by_name = |name: &str| rows.iter().find(|r| r.name == name).unwrap();
    assert_object_is_row(&rows, &items[0], canonical_of(&rows, -714), false);
    assert_object_is_row(&rows, &items[1], by_name("BS_SDK_ERROR_SET_FIRE_ALARM"), true);
    // 0xFFFFFCE1 is -799: not in the table.
    assert_eq!(items[2]["code"], -799);
    assert_eq!(items[2]["name"], bs_errno::UNKNOWN_NAME);
    assert_eq!(items[2]["category"], Category::of(-799).name());
    assert_eq!(items[2]["description"], bs_errno::UNKNOWN_DESCRIPTION);
    assert_eq!(items[2]["known"], false);
    assert_eq!(items[2]["deprecated"], false);
    assert_eq!(items[2]["aliases"], Value::Array(vec![]));
    // A plain synonym is an alias, but not deprecated.
    assert_object_is_row(&rows, &items[3], by_name("BS_SDK_ERROR_NO_FINGER_DETECTED"), false);
    assert_object_is_row(&rows, &items[4], canonical_of(&rows, -1208), false);
    // Nothing found at all is still an array.
    let out = run(&["--json", "NO_SUCH_CODE"]);
    assert_status(&out, 1);
    assert!(json(&out).is_empty());
}

#[test]
fn json_categories() {
    let rows = rows();
    let out = run(&["--categories", "--json"]);
    assert_status(&out, 0);
    let items = json(&out);
    let text = lines(&run(&["--categories"]));
    assert_eq!(items.len(), text.len());
    for item in &items {
        let name = item["name"].as_str().unwrap();
        let category = Category::from_name(name).unwrap();
        assert_eq!(item["id"], category as i32);
        assert_eq!(
            item["codes"],
            rows.iter().filter(|r| !r.is_alias() && r.category == name).count()
        );
        assert_eq!(
            item["aliases"],
            rows.iter().filter(|r| r.is_alias() && r.category == name).count()
        );
    }
    assert_eq!(
        items.iter().map(|i| i["aliases"].as_u64().unwrap()).sum::<u64>(),
        rows.iter().filter(|r| r.is_alias()).count() as u64
    );
}

#[test]
fn json_search() {
    let rows = rows();
    let out = run(&["--search", "fire", "alarm", "--json"]);
    assert_status(&out, 0);
    let items = json(&out);
    let names: Vec<&str> = items.iter().map(|i| i["name"].as_str().unwrap()).collect();
    let expected: Vec<String> = list_order(&rows)
        .into_iter()
        .filter(|r| {
            format!("{} {}", r.name, meaning(&rows, r))
                .to_lowercase()
                .contains("fire")
        })
        .filter(|r| {
            format!("{} {}", r.name, meaning(&rows, r))
                .to_lowercase()
                .contains("alarm")
        })
        .map(|r| r.name)
        .collect();
    assert_eq!(names, expected);
    assert!(names.contains(&"BS_SDK_ERROR_SET_FIRE_ALARM"));
    let alias = items
        .iter()
        .find(|i| i["name"] == "BS_SDK_ERROR_SET_FIRE_ALARM")
        .unwrap();
    assert_eq!(alias["deprecated"], true);
    let out = run(&["--search", "qqqq", "--json"]);
    assert_status(&out, 1);
    assert!(json(&out).is_empty());
}

// ---------------------------------------------------------------------------------------------------------
// Usage errors: exit 2, nothing on stdout, a message on stderr.

#[test]
fn usage_errors_exit_2_with_a_clear_message() {
    let cases: &[(&[&str], &str)] = &[
        (&[], "nothing to do"),
        (&["4294967296"], "out of range"),
        (&["-2147483649"], "out of range"),
        (&["0x100000000"], "out of range"),
        (&["-0x80000001"], "out of range"),
        (&["-0xFFFFFD36"], "out of range"),
        (&["99999999999999999999999999"], "out of range"),
        (&["0x"], "not a hexadecimal number"),
        (&["0xFFG"], "not a hexadecimal number"),
        (&["12abc"], "not a decimal number"),
        (&["1.5"], "not a decimal number"),
        (&[""], "empty"),
        (&["BS SDK"], "neither a code nor a name"),
        (&["+abc"], "not a number"),
        (&["--list", "--categories"], "cannot be used with"),
        (&["--list", "--search", "x"], "cannot be used with"),
        (&["-714", "--list"], "cannot be used with"),
        (&["-714", "--search", "x"], "cannot be used with"),
        (&["-0x2CA", "--categories"], "cannot be used with"),
        (
            &["--category", "zone"],
            "'--category' only works with '--list' or '--search'",
        ),
        (&["--categories", "--category", "zone"], "'--category' only works with"),
        (&["-714", "--category", "zone"], "'--category' only works with"),
        (&["--list", "--category", "nope"], "invalid value 'nope'"),
        (&["--list", "--category"], "a value is required"),
        (&["--search"], "a value is required"),
        (&["--search", " "], "at least one word"),
        (&["--bogus"], "unexpected argument '--bogus'"),
        (&["-x"], "unexpected argument"),
        (&["--json"], "nothing to do"),
        // A bad argument stops everything before any answer is printed.
        (&["-714", "4294967296"], "out of range"),
    ];
    for (args, message) in cases {
        let out = run(args);
        assert_status(&out, 2);
        assert_eq!(stdout(&out), "", "{args:?}");
        let err = stderr(&out);
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: expected {message:?} in\n{err}");
    }
}

#[cfg(unix)]
#[test]
fn a_non_utf8_argument_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let out = run(&[std::ffi::OsStr::from_bytes(b"\xff\xfe")]);
    assert_status(&out, 2);
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("UTF-8"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------------------
// --help, --version, the output stream.

#[test]
fn help_has_examples_and_exit_status() {
    for flag in ["--help", "-h"] {
        let out = run(&[flag]);
        assert_status(&out, 0);
        let text = stdout(&out);
        for needle in [
            "Usage: bs-errno",
            "--list",
            "--category",
            "--categories",
            "--search",
            "--json",
            "--version",
            "Examples:",
            "bs-errno 0xFFFFFD36 4294966582",
            "--annotate",
            "rc=-102  failed: -714  (-304)",
            "4294967194  0xFFFFFF9A",
            "2026-11-25",
            "A-714, -0.5, -1000x",
            "positive numbers",
            "Exit status: 0",
        ] {
            assert!(text.contains(needle), "{flag}: no {needle:?} in\n{text}");
        }
    }
}

#[test]
fn version() {
    for flag in ["--version", "-V"] {
        let out = run(&[flag]);
        assert_found(&out, &[format!("bs-errno {}", bs_errno::VERSION)]);
    }
}

#[test]
fn a_reader_that_goes_away_is_no_error() {
    // Far more than a pipe buffer holds, so the writer meets the closed pipe.
    let args = vec!["-714"; 20_000];
    let mut child = Command::new(BIN)
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "no panic message, no complaint"
    );
    assert_eq!(out.status.code(), Some(0));
    // Through a shell, as people type it.
    #[cfg(unix)]
    {
        let script = "\"$0\" --list | head -n 1; \"$0\" --list --json | head -c 1";
        let out = Command::new("sh").arg("-c").arg(script).arg(BIN).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stderr), "");
        let rows = rows();
        let first = expected_line(&rows, &list_order(&rows)[0]);
        assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{first}\n["));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn an_output_that_cannot_be_written_is_an_error() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = Command::new(BIN).arg("--list").stdout(full).output().unwrap();
    assert_status(&out, 2);
    assert!(stderr(&out).contains("cannot write the output"), "{}", stderr(&out));
}
