//! Every SDK release through the Rust API against the rule as `bs-errno-data` applies it, by a plain scan
//! of data/history.tsv (the library computes its tables its own way, at compile time): for each release
//! and value, the name the rule gives and that name's meaning; each name's first release and its value in
//! each release; and the reading of version strings against a plain reference reading.

use std::collections::BTreeSet;

use bs_errno::{SdkRelease, SdkVersion};
use bs_errno_data::{Data, History};

fn inputs() -> (Data, History) {
    let root = bs_errno_data::project_root();
    let data = bs_errno_data::load(&root).unwrap_or_else(|e| panic!("{e}"));
    let history = bs_errno_data::load_history(&root, &data.rows).unwrap_or_else(|e| panic!("{e}"));
    (data, history)
}

#[test]
fn the_releases_are_the_data() {
    let (_, history) = inputs();
    assert_eq!(SdkRelease::COUNT, history.releases.len());
    for (release, expected) in SdkRelease::ALL.into_iter().zip(&history.releases) {
        assert_eq!(release.as_str(), expected.version);
        assert_eq!(release.date(), expected.date);
        assert_eq!(release.version().parts(), expected.parts);
        assert_eq!(release.to_string(), expected.version);
    }
    assert_eq!(SdkRelease::OLDEST, SdkRelease::ALL[0]);
    assert_eq!(SdkRelease::NEWEST, SdkRelease::ALL[SdkRelease::COUNT - 1]);
}

#[test]
fn every_value_of_every_release_has_the_rules_name_and_its_meaning() {
    let (_, history) = inputs();
    let probe: BTreeSet<i32> = history
        .rows
        .iter()
        .map(|r| r.value)
        .chain(bs_errno::iter().map(|i| i.code()))
        .flat_map(|v| [v - 1, v, v + 1])
        .chain([0, i32::MIN, i32::MAX])
        .collect();
    let mut answered = 0;
    for (r, release) in SdkRelease::ALL.into_iter().enumerate() {
        for &value in &probe {
            let expected = history.answer(r, value).unwrap_or_else(|e| panic!("{e}"));
            let found = release.lookup(value);
            assert_eq!(found.map(|f| f.name()), expected, "{value} in {release}");
            let Some(name) = expected else {
                assert_eq!(release.name(value), bs_errno::UNKNOWN_NAME);
                assert_eq!(release.description(value), bs_errno::UNKNOWN_DESCRIPTION);
                assert!(!release.is_known(value));
                continue;
            };
            let found = found.unwrap();
            let meaning = history.description_of(name);
            assert_eq!(found.code(), value);
            assert_eq!(found.description(), meaning, "{value} in {release}");
            assert_eq!(
                found.is_current(),
                bs_errno::name(value) == name,
                "{value} in {release}"
            );
            assert_eq!(release.line(value).to_string(), format!("{name} ({value}): {meaning}"));
            answered += 1;
        }
        let table: Vec<i32> = history.values_in(r).into_iter().collect();
        assert!(
            release.names().map(|n| n.code()).eq(table),
            "{release}: exactly its values, ascending"
        );
    }
    assert!(answered > 4000, "only {answered} answers checked");
}

#[test]
fn the_newest_release_is_todays_table() {
    for info in bs_errno::iter() {
        assert_eq!(SdkRelease::NEWEST.lookup(info.code()), Some(info));
    }
}

#[test]
fn each_name_first_appears_and_has_its_value_where_the_history_says() {
    let (data, history) = inputs();
    for row in data.macros() {
        let info = bs_errno::lookup_name(&row.name).unwrap();
        let first = history.first_seen(&row.name).unwrap();
        assert_eq!(info.first_seen(), SdkRelease::ALL[first], "{}", row.name);
        for (r, release) in SdkRelease::ALL.into_iter().enumerate() {
            let expected = history
                .rows
                .iter()
                .find(|h| h.name == row.name && h.defined_in(r))
                .map(|h| h.value);
            assert_eq!(release.value_of(&row.name), expected, "{} in {release}", row.name);
        }
    }
    for row in data.spellings() {
        // A spelling of another language is as old as the name it spells.
        let info = bs_errno::lookup_name(&row.name).unwrap();
        assert_eq!(info.first_seen(), info.canonical().first_seen(), "{}", row.name);
    }
    assert_eq!(SdkRelease::NEWEST.value_of("NOPE"), None);
    assert_eq!(SdkRelease::NEWEST.value_of("bs_sdk_success"), None);
}

fn reference_release(parts: [u32; 4]) -> SdkRelease {
    SdkRelease::ALL
        .into_iter()
        .rev()
        .find(|r| r.version().parts() <= parts)
        .unwrap_or(SdkRelease::OLDEST)
}

#[test]
fn versions_are_read_as_the_reference_reads_them() {
    let mut inputs: Vec<Vec<u8>> = Vec::new();
    for release in SdkRelease::ALL {
        let [a, b, c, d] = release.version().parts();
        for text in [
            format!("{a}.{b}.{c}.{d}"),
            format!("V{a}.{b}.{c}.{d}"),
            format!(" v{a}.{b}.{c}.{d}\n"),
            format!("{a}.{b}.{c}.{}", d + 1),
            format!("{a}.{b}.{c}.{}", d.saturating_sub(1)),
            format!("{a}.{b}.{c}"),
            format!("{a}.{b}"),
            format!("{a}.{b}.{c}.{d}.0"),
            format!("{a}.{b}.{c}.{d}x"),
            format!("0{a}.00{b}.{c}.{d}"),
        ] {
            inputs.push(text.into_bytes());
        }
    }
    for text in [
        "",
        "V",
        "v",
        "2",
        "0.0",
        "999999999.0",
        "1000000000.0",
        "0000000000999999999.1",
        "2..1",
        ".2.7",
        "2.7.",
        "2.-7",
        "2.+7",
        "VV2.7",
        "2. 7",
        "2,7",
        "é.1",
        "\u{a0}2.7",
        "2.7\u{0}",
    ] {
        inputs.push(text.as_bytes().to_vec());
    }
    inputs.push(b"2.\xff".to_vec());
    inputs.push([b" ".repeat(56), b"2.7.1.1".to_vec()].concat());
    inputs.push([b" ".repeat(57), b"2.7.1.1".to_vec()].concat());
    for text in inputs {
        let expected = bs_errno_data::read_version(&text);
        let ours = SdkVersion::parse_bytes(&text).ok().map(SdkVersion::parts);
        assert_eq!(ours, expected, "{:?}", String::from_utf8_lossy(&text));
        assert_eq!(
            SdkRelease::find(&text),
            expected.map(reference_release),
            "{:?}",
            String::from_utf8_lossy(&text)
        );
    }
}
