//! The release history files: the project's parse, the rule's result for the known changes, and
//! rejection of malformed or inconsistent rows.

use xtask::releases::{self, History};

fn history() -> History {
    let root = xtask::project_root();
    let rows = xtask::load_table(&root).expect("data/codes.tsv is valid");
    releases::load_history(&root, &rows).expect("the history is valid")
}

fn release(history: &History, version: &str) -> usize {
    history.releases.iter().position(|r| r.version == version).unwrap()
}

#[test]
fn the_rule_names_the_changed_values() {
    let h = history();
    let answer = |version: &str, value: i32| h.answer(release(&h, version), value).unwrap();
    assert_eq!(answer("2.7.1.1", -319), Some("BS_SDK_ERROR_FAKE_FACE_DETECTED"));
    assert_eq!(answer("2.7.2.4", -319), Some("BS_SDK_ERROR_UNMASKED_FACE_DETECTED"));
    assert_eq!(answer("2.7.1.1", -331), None);
    assert_eq!(
        answer("2.6.3.5", -1207),
        Some("BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION")
    );
    assert_eq!(answer("2.7.0.0", -1207), Some("BS_SDK_ERROR_INTRUSION_ALARM_VIOLATION"));
    assert_eq!(answer("2.9.6.0", -763), Some("BS_SDK_ERROR_USER_IMAGE_EX_FULL"));
    assert_eq!(answer("2.9.9.1", -763), Some("BS_SDK_ERROR_SQL_ERROR"));
    assert_eq!(answer("2.7.0.0", -763), None);
    let compiled = h.compile().unwrap();
    assert_eq!(compiled.answer_since.len(), 339);
    assert_eq!(compiled.first_seen.len(), 349);
    assert_eq!(compiled.old_names.len(), 19);
}

#[test]
fn the_renderings_are_marked_generated() {
    let h = history();
    assert!(
        releases::render_rust(&h)
            .unwrap()
            .starts_with("// generated — do not edit.")
    );
    let doc = releases::render_doc(&h).unwrap();
    assert!(doc.starts_with("<!-- generated — do not edit."));
    assert!(doc.contains("-319 was `BS_SDK_ERROR_FAKE_FACE_DETECTED`"));
    assert!(doc.contains("`BS_SDK_ERROR_FAKE_FACE_DETECTED`: -319 to -320"));
}

#[test]
fn the_parsers_reject_bad_rows() {
    let good_releases = "version\tdate\n2.6.2.5\t2019-02-27\n2.7.0.0\t2020-07-31\n";
    let releases = releases::parse_releases(good_releases).unwrap();
    for bad in [
        "version\tdate\n",                                           // no release
        "version\tdate\n2.6.2\t2019-02-27\n",                        // three numbers
        "version\tdate\n2.6.2.x\t2019-02-27\n",                      // not a number
        "version\tdate\n2.6.2.5\t27.02.2019\n",                      // date format
        "version\tdate\n2.7.0.0\t2020-07-31\n2.6.2.5\t2019-02-27\n", // not oldest first
        "version\n2.6.2.5\n",                                        // columns
    ] {
        assert!(releases::parse_releases(bad).is_err(), "accepted {bad:?}");
    }
    let header = "name\tvalue\tfirst_seen\tlast_seen\tdeprecated_from\n";
    let good = "BS_SDK_SUCCESS\t1\t2.6.2.5\t\t\n";
    assert!(releases::parse_history(&format!("{header}{good}"), &releases).is_ok());
    for bad in [
        "BS_SDK_SUCCESS\tone\t2.6.2.5\t\t\n",       // value
        "BS_SDK_ERROR_A\t-1\t2.6.3.5\t\t\n",        // unknown release
        "BS_SDK_ERROR_A\t-1\t2.7.0.0\t2.6.2.5\t\n", // last before first
        "BS_SDK_ERROR_A\t-1\t2.7.0.0\t\t2.6.2.5\n", // deprecated before first
        "BS_SDK_SUCCESS\t2\t2.7.0.0\t\t\n",         // two values in one release
        "BS_SDK_ERROR_A\t-1\t2.6.2.5\t\n",          // missing column
    ] {
        assert!(
            releases::parse_history(&format!("{header}{good}{bad}"), &releases).is_err(),
            "accepted {bad:?}"
        );
    }
}

#[test]
fn the_history_must_agree_with_todays_table() {
    let root = xtask::project_root();
    let rows = xtask::load_table(&root).unwrap();
    let h = history();
    let text = std::fs::read_to_string(root.join(releases::HISTORY_FILE)).unwrap();
    // A name that is not in today's table; a value whose last release is the newest one; a second name for a
    // value that the rule could not choose between.
    for (from, to) in [
        ("BS_SDK_SUCCESS\t1\t", "BS_SDK_NOT_A_NAME\t1\t"),
        (
            "BS_SDK_ERROR_SQL_ERROR\t-763\t2.9.9.1\t\t",
            "BS_SDK_ERROR_SQL_ERROR\t-763\t2.9.9.1\t2.9.9.1\t",
        ),
        (
            "BS_SDK_ERROR_USER_IMAGE_EX_FULL\t-763\t2.7.1.0\t\t2.9.9.1",
            "BS_SDK_ERROR_USER_IMAGE_EX_FULL\t-763\t2.7.1.0\t\t",
        ),
    ] {
        assert!(text.contains(from), "{from:?}");
        let edited = text.replacen(from, to, 1);
        let parsed = releases::parse_history(&edited, &h.releases)
            .and_then(|history| History::new(h.releases.clone(), history, rows.clone()));
        assert!(parsed.is_err(), "accepted {to:?}");
    }
}
