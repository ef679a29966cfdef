//! `bs-errno --sdk VERSION`: lookups, --list and --search as one SDK release named the codes, its notes and
//! exit statuses, and `first_seen` / `sdk_release` in --json. The binary is checked against the library's
//! release tables, which tests/sdk.rs checks against the vendor's history.

use std::process::Output;

use crate::util::{assert_status, run, run_with_input, stderr, stdout};
use bs_errno::{SdkRelease, SdkVersion};
use serde_json::Value;

fn json(out: &Output) -> Vec<Value> {
    match serde_json::from_str::<Value>(&stdout(out)) {
        Ok(Value::Array(items)) => items,
        other => panic!("not a JSON array: {other:?}"),
    }
}

fn release(version: &str) -> SdkRelease {
    SdkRelease::for_version(version.parse::<SdkVersion>().unwrap())
}

/// The line of a value in a release: `NAME CODE CATEGORY DESCRIPTION`, and where the name is not today's,
/// `(in SDK R; today NAME: DESCRIPTION)`.
fn expected_line(code: i32, release: SdkRelease) -> String {
    let named = release.lookup(code).unwrap();
    let mut line = format!(
        "{} {code} {} {}",
        named.name(),
        named.category().name(),
        named.description()
    );
    if named.name() != bs_errno::name(code) {
        line += &format!(
            " (in SDK {release}; today {}: {})",
            bs_errno::name(code),
            bs_errno::description(code)
        );
    }
    line
}

#[test]
fn a_2_7_1_1_site_reads_minus_319_as_a_fake_face() {
    let out = run(&["--sdk", "2.7.1.1", "-319"]);
    assert_status(&out, 0);
    assert_eq!(stderr(&out), "");
    let line = stdout(&out);
    assert!(
        line.starts_with("BS_SDK_ERROR_FAKE_FACE_DETECTED -319 biometric "),
        "{line}"
    );
    assert!(line.contains("today BS_SDK_ERROR_UNMASKED_FACE_DETECTED"), "{line}");
    assert_eq!(line, expected_line(-319, release("2.7.1.1")) + "\n");
    // Every spelling of the version, and a version between releases.
    for version in ["V2.7.1.1", "v2.7.1", "2.7.1.5"] {
        assert_eq!(
            stdout(&run(&["--sdk", version, "-319"])).split(' ').next(),
            Some("BS_SDK_ERROR_FAKE_FACE_DETECTED")
        );
    }
    // Today's table without --sdk, and for a version newer than every release.
    for args in [&["-319"][..], &["--sdk", "3.0", "-319"]] {
        assert!(stdout(&run(args)).starts_with("BS_SDK_ERROR_UNMASKED_FACE_DETECTED -319 "));
    }
}

#[test]
fn every_release_lists_its_own_table() {
    for r in SdkRelease::ALL {
        let out = run(&["--sdk", r.as_str(), "--list"]);
        assert_status(&out, 0);
        let expected: Vec<String> = r.names().map(|n| expected_line(n.code(), r)).collect();
        let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
        assert_eq!(lines, expected, "{r}");
        let out = run(&["--sdk", r.as_str(), "--list", "--category", "zone", "--json"]);
        let items = json(&out);
        assert_eq!(items.len(), r.names().filter(|n| n.category().name() == "zone").count());
        for item in &items {
            assert_eq!(item["sdk_release"], r.as_str());
            assert_eq!(item["category"], "zone");
        }
    }
}

#[test]
fn a_code_the_release_did_not_define_exits_1_and_says_where_it_first_appears() {
    let out = run(&["--sdk", "2.7.1.1", "-331", "-714"]);
    assert_status(&out, 1);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(lines, ["UNKNOWN", "BS_SDK_ERROR_CANNOT_FIND_USER"]);
    let err = stderr(&out);
    assert!(
        err.contains("-331 is not defined in SDK 2.7.1.1; it first appears in 2.7.2.4 as BS_SDK_ERROR_MATCH_FAIL"),
        "{err}"
    );
    let out = run(&["--sdk", "2.6", "-763"]);
    assert_status(&out, 1);
    assert!(
        stderr(&out).contains("it first appears in 2.7.1.0 as BS_SDK_ERROR_USER_IMAGE_EX_FULL"),
        "{}",
        stderr(&out)
    );
    // A code no release ever defined: unknown, exit 1, no release to name.
    let out = run(&["--sdk", "2.7.1.1", "-799"]);
    assert_status(&out, 1);
    assert!(stdout(&out).starts_with("UNKNOWN -799 database "));
    assert!(!stderr(&out).contains("first appears"));
}

#[test]
fn names_are_looked_up_in_the_release() {
    let out = run(&["--sdk", "2.7.1.1", "fake_face_detected", "set_fire_alarm"]);
    assert_status(&out, 0);
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert_eq!(
        lines,
        [
            expected_line(-319, release("2.7.1.1")),
            expected_line(-1208, release("2.7.1.1"))
        ]
    );
    // A name the release did not define yet.
    let out = run(&["--sdk", "2.6.2.5", "no_finger_detected"]);
    assert_status(&out, 1);
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out)
            .contains("'BS_SDK_ERROR_NO_FINGER_DETECTED' is not defined in SDK 2.6.2.5; it first appears in 2.7.2.4")
    );
    // A deprecated alias beside the release's own name for its value is shown as the alias it is.
    let out = run(&["--sdk", SdkRelease::NEWEST.as_str(), "set_fire_alarm"]);
    assert_status(&out, 0);
    assert!(
        stdout(&out).starts_with("BS_SDK_ERROR_SET_FIRE_ALARM -1208 zone Cannot set fire alarm. (deprecated since SDK")
    );
}

#[test]
fn search_looks_through_the_release() {
    let out = run(&["--sdk", "2.7.1.1", "--search", "fake", "face"]);
    assert_status(&out, 0);
    assert_eq!(stdout(&out), expected_line(-319, release("2.7.1.1")) + "\n");
    let out = run(&["--sdk", "2.7.1.1", "--search", "unmasked"]);
    assert_status(&out, 1);
    assert!(stderr(&out).contains("nothing matches"));
}

#[test]
fn json_gives_first_seen_and_the_release_used() {
    let items = json(&run(&["--sdk", "V2.7.1.5", "--json", "-319", "-1207", "-331"]));
    assert_eq!(items.len(), 3);
    for item in &items {
        assert_eq!(item["sdk_release"], "2.7.1.1");
    }
    assert_eq!(items[0]["name"], "BS_SDK_ERROR_FAKE_FACE_DETECTED");
    assert_eq!(items[0]["first_seen"], "2.7.1.0");
    assert_eq!(items[1]["name"], "BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION");
    assert_eq!(items[1]["first_seen"], "2.7.0.0");
    assert_eq!(items[2]["name"], "UNKNOWN");
    assert_eq!(items[2]["first_seen"], Value::Null);
    // Without --sdk: every entry of the list has its name's first release and no sdk_release.
    let items = json(&run(&["--list", "--json"]));
    assert_eq!(items.len(), bs_errno::iter().len() + bs_errno::aliases().len());
    for item in &items {
        let name = item["name"].as_str().unwrap();
        assert_eq!(
            item["first_seen"],
            bs_errno::lookup_name(name).unwrap().first_seen().as_str(),
            "{name}"
        );
        assert!(item.get("sdk_release").is_none());
    }
}

#[test]
fn a_malformed_version_is_a_usage_error() {
    for version in ["", "2", "2.7.x", "latest", "2.7.1.1.1", "\u{1b}[31m2.7"] {
        let out = run(&["--sdk", version, "-319"]);
        assert_status(&out, 2);
        assert_eq!(stdout(&out), "");
        let err = stderr(&out);
        assert!(err.contains("invalid value") && err.contains("--sdk"), "{err}");
        assert!(err.contains("expected a version such as 2.7.1.1"), "{err}");
        assert!(!err.contains('\u{1b}'), "a control character was echoed: {err:?}");
    }
    let out = run(&["--sdk", "2.7", "--categories"]);
    assert_status(&out, 2);
    assert!(stderr(&out).contains("'--sdk' works with"), "{}", stderr(&out));
}

#[test]
fn annotate_names_each_code_as_the_release_did() {
    let log = "rc=-319 at boot\nBS_SDK_ERROR_FAKE_FACE_DETECTED seen\nrc=-714\n";
    let out = run_with_input(&["-a", "--sdk", "2.7.1.1"], log.as_bytes());
    assert_status(&out, 0);
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    let then = SdkRelease::find("2.7.1.1").unwrap().lookup(-319).unwrap();
    assert_eq!(then.name(), "BS_SDK_ERROR_FAKE_FACE_DETECTED");
    assert!(
        lines[0].starts_with("rc=-319 at boot [BS_SDK_ERROR_FAKE_FACE_DETECTED (-319): "),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("BS_SDK_ERROR_FAKE_FACE_DETECTED seen [BS_SDK_ERROR_FAKE_FACE_DETECTED (-319): "),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("rc=-714 [BS_SDK_ERROR_CANNOT_FIND_USER (-714): "),
        "{}",
        lines[2]
    );

    // Today's table: -319 is the unmasked face, and the old name stands for -320.
    let today = run_with_input(&["-a"], log.as_bytes());
    let today = stdout(&today);
    assert!(
        today.starts_with("rc=-319 at boot [BS_SDK_ERROR_UNMASKED_FACE_DETECTED (-319): "),
        "{today}"
    );
    assert!(
        today.contains("BS_SDK_ERROR_FAKE_FACE_DETECTED seen [BS_SDK_ERROR_FAKE_FACE_DETECTED (-320): "),
        "{today}"
    );
}

#[test]
fn annotate_refuses_a_malformed_version() {
    let out = run_with_input(&["-a", "--sdk", "2.x"], b"rc=-319\n");
    assert_status(&out, 2);
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains("invalid value '2.x' for '--sdk <VERSION>'"),
        "{}",
        stderr(&out)
    );
}
