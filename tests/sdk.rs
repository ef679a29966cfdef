//! Every SDK release against the vendor facts in ../shared/data (beside the checkout): for each release and
//! each value it defines, the name the rule gives and that name's description, through the Rust API and
//! the C exports; each name's first release; the project's copy of the history equal to the reference.
//!
//! The rule is implemented here again, from the reference files alone. Without ../shared the comparisons
//! are skipped with a note, except under CI=true, where a missing reference fails.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::{CStr, CString};
use std::path::PathBuf;

use bs_errno::ffi::{
    bs_error_format_for_sdk, bs_error_name, bs_error_name_for_sdk, bs_error_string, bs_error_string_for_sdk,
    bs_sdk_release, bs_sdk_version_is_valid,
};
use bs_errno::sdk::{self, SdkRelease, SdkVersion};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The reference directory, or `None` (after saying why) when it is absent outside CI.
fn shared_dir() -> Option<PathBuf> {
    let dir = root().join("../shared/data");
    if dir.join("sdk_history.tsv").is_file() {
        return Some(dir);
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "CI=true but the reference {} is missing",
        dir.display()
    );
    eprintln!("skipped: {} is not beside this checkout", dir.display());
    None
}

fn read_tsv(path: PathBuf) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header = lines.next().unwrap().split('\t').map(String::from).collect();
    let rows = lines.map(|l| l.split('\t').map(String::from).collect()).collect();
    (header, rows)
}

/// (name, value, first release, last release or None, deprecated_from or None), releases as indices.
type HistoryRow = (String, i32, usize, Option<usize>, Option<usize>);

struct Reference {
    /// (version, date, macros), oldest first.
    releases: Vec<(String, String, usize)>,
    history: Vec<HistoryRow>,
    /// Today's canonical name of each value.
    canonical: BTreeMap<i32, String>,
}

impl Reference {
    fn load(dir: &std::path::Path) -> Reference {
        let (header, rows) = read_tsv(dir.join("sdk_releases.tsv"));
        assert_eq!(header[..3], ["sdk_version", "date", "macros"]);
        let releases: Vec<(String, String, usize)> = rows
            .iter()
            .map(|f| (f[0].clone(), f[1].clone(), f[2].parse().unwrap()))
            .collect();
        let index = |v: &str| -> Option<usize> {
            (!v.is_empty()).then(|| {
                releases
                    .iter()
                    .position(|r| r.0 == v)
                    .unwrap_or_else(|| panic!("release {v}"))
            })
        };
        let (header, rows) = read_tsv(dir.join("sdk_history.tsv"));
        assert_eq!(header, ["name", "value", "first_seen", "last_seen", "deprecated_from"]);
        let history = rows
            .iter()
            .map(|f| {
                (
                    f[0].clone(),
                    f[1].parse().unwrap(),
                    index(&f[2]).unwrap(),
                    index(&f[3]),
                    index(&f[4]),
                )
            })
            .collect();
        let (header, rows) = read_tsv(dir.join("bs_sdk_codes.tsv"));
        assert_eq!(header[..3], ["code", "name", "kind"]);
        let canonical = rows
            .iter()
            .filter(|f| f[2] == "code")
            .map(|f| (f[0].parse().unwrap(), f[1].clone()))
            .collect();
        Reference {
            releases,
            history,
            canonical,
        }
    }

    fn defined(&self, release: usize) -> impl Iterator<Item = &HistoryRow> {
        self.history
            .iter()
            .filter(move |r| r.2 <= release && r.3.is_none_or(|last| release <= last))
    }

    /// The rule of the reference README: today's canonical name where the release defines it with that
    /// value, otherwise the release's one name for the value that is not deprecated there.
    fn table(&self, release: usize) -> BTreeMap<i32, String> {
        let mut names: BTreeMap<i32, Vec<&HistoryRow>> = BTreeMap::new();
        for row in self.defined(release) {
            names.entry(row.1).or_default().push(row);
        }
        names
            .into_iter()
            .map(|(value, rows)| {
                if let Some(canonical) = self.canonical.get(&value).filter(|c| rows.iter().any(|r| &r.0 == *c)) {
                    return (value, canonical.clone());
                }
                let live: Vec<_> = rows.iter().filter(|r| r.4.is_none_or(|d| release < d)).collect();
                assert_eq!(live.len(), 1, "{value} in release {release}: the rule needs one name");
                (value, live[0].0.clone())
            })
            .collect()
    }
}

/// What a name means, from the project's data (read by xtask's parser): its own description, or (an alias
/// without one) its code's. The reference's seed descriptions, where it has them, must be the same text.
fn descriptions(dir: &std::path::Path) -> BTreeMap<String, String> {
    let rows = xtask::load_table(&root()).unwrap_or_else(|e| panic!("{e}"));
    let canonical: BTreeMap<i32, String> = rows
        .iter()
        .filter(|r| !r.is_alias())
        .map(|r| (r.code, r.description.clone()))
        .collect();
    let ours: BTreeMap<String, String> = rows
        .iter()
        .map(|r| {
            let text = if r.description.is_empty() {
                canonical[&r.code].clone()
            } else {
                r.description.clone()
            };
            (r.name.clone(), text)
        })
        .collect();
    let (_, reference) = read_tsv(dir.join("bs_sdk_codes.tsv"));
    for f in &reference {
        if let Some(seed) = f.get(7).filter(|s| !s.is_empty()) {
            assert_eq!(&ours[&f[1]], seed, "{}", f[1]);
        }
    }
    ours
}

fn c(text: &str) -> CString {
    CString::new(text).unwrap()
}

fn text(p: *const std::ffi::c_char) -> &'static str {
    assert!(!p.is_null());
    // SAFETY: the exports return static NUL-terminated strings.
    unsafe { CStr::from_ptr(p) }.to_str().unwrap()
}

#[test]
fn the_project_copy_is_the_reference() {
    let Some(dir) = shared_dir() else { return };
    let history = std::fs::read_to_string(dir.join("sdk_history.tsv")).unwrap();
    assert_eq!(
        std::fs::read_to_string(root().join("data/history.tsv")).unwrap(),
        history
    );
    let (_, reference) = read_tsv(dir.join("sdk_releases.tsv"));
    let (header, ours) = read_tsv(root().join("data/releases.tsv"));
    assert_eq!(header, ["version", "date"]);
    let reference: Vec<Vec<String>> = reference.into_iter().map(|f| f[..2].to_vec()).collect();
    assert_eq!(ours, reference);
}

#[test]
fn the_releases_are_the_reference_releases() {
    let Some(dir) = shared_dir() else { return };
    let reference = Reference::load(&dir);
    assert_eq!(SdkRelease::ALL.len(), reference.releases.len());
    for (i, (release, (version, date, macros))) in SdkRelease::ALL.iter().zip(&reference.releases).enumerate() {
        assert_eq!(release.as_str(), version);
        assert_eq!(release.to_string(), *version);
        assert_eq!(release.date(), date);
        assert_eq!(release.version(), version.parse::<SdkVersion>().unwrap());
        // The reference's own count of macros agrees with its history, as read here.
        assert_eq!(reference.defined(i).count(), *macros, "{version}");
    }
    assert_eq!(SdkRelease::OLDEST, SdkRelease::ALL[0]);
    assert_eq!(SdkRelease::NEWEST, *SdkRelease::ALL.last().unwrap());
}

#[test]
fn every_value_of_every_release_has_the_rules_name_and_its_description() {
    let Some(dir) = shared_dir() else { return };
    let reference = Reference::load(&dir);
    let meaning = descriptions(&dir);
    let probe: BTreeSet<i32> = reference
        .history
        .iter()
        .map(|r| r.1)
        .chain(bs_errno::iter().map(|i| i.code()))
        .flat_map(|v| [v - 1, v, v + 1])
        .chain([0, i32::MIN, i32::MAX])
        .collect();
    let mut checked = 0;
    for (i, release) in SdkRelease::ALL.into_iter().enumerate() {
        let table = reference.table(i);
        let version = c(release.as_str());
        let prefixed = c(&format!("V{}", release.as_str()));
        for &value in &probe {
            let expected = table.get(&value);
            let found = sdk::lookup_in(value, release);
            assert_eq!(
                found.map(|f| f.name()),
                expected.map(String::as_str),
                "{value} in {release}"
            );
            let (name, description) = match expected {
                Some(name) => (name.as_str(), meaning[name].as_str()),
                None => (bs_errno::UNKNOWN_NAME, bs_errno::UNKNOWN_DESCRIPTION),
            };
            assert_eq!(sdk::name_for_sdk(value, release), name);
            assert_eq!(
                sdk::description_for_sdk(value, release),
                description,
                "{value} in {release}"
            );
            for v in [&version, &prefixed] {
                // SAFETY: valid C strings.
                unsafe {
                    assert_eq!(text(bs_error_name_for_sdk(value, v.as_ptr())), name);
                    assert_eq!(text(bs_error_string_for_sdk(value, v.as_ptr())), description);
                }
            }
            if let Some(found) = found {
                assert_eq!(found.code(), value);
                assert_eq!(found.release(), release);
                assert_eq!(found.description(), description);
                assert_eq!(found.is_current(), bs_errno::name(value) == name);
                assert_eq!(found.to_string(), format!("{name} ({value}): {description}"));
                checked += 1;
            }
        }
        assert_eq!(release.names().count(), table.len(), "{release}");
        assert!(release.names().map(|n| n.code()).eq(table.keys().copied()));
    }
    assert!(checked > 4000, "only {checked} answers checked");
}

#[test]
fn the_newest_release_is_todays_table() {
    for info in bs_errno::iter() {
        let found = sdk::lookup_in(info.code(), SdkRelease::NEWEST).unwrap();
        assert_eq!((found.name(), found.description()), (info.name(), info.description()));
        assert!(found.is_current());
    }
}

#[test]
fn each_name_first_appears_where_the_reference_says() {
    let Some(dir) = shared_dir() else { return };
    let reference = Reference::load(&dir);
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (name, ..) in &reference.history {
        let earliest = reference
            .history
            .iter()
            .filter(|r| &r.0 == name)
            .map(|r| r.2)
            .min()
            .unwrap();
        first.insert(name, earliest);
    }
    assert_eq!(first.len(), bs_errno::iter().len() + bs_errno::aliases().len());
    for (name, release) in first {
        assert_eq!(sdk::first_seen(name), Some(SdkRelease::ALL[release]), "{name}");
    }
    for (i, release) in SdkRelease::ALL.into_iter().enumerate() {
        for name in bs_errno::iter()
            .map(|c| c.name())
            .chain(bs_errno::aliases().map(|a| a.name()))
        {
            let expected = reference.defined(i).find(|r| r.0 == name).map(|r| r.1);
            assert_eq!(sdk::value_in(name, release), expected, "{name} in {release}");
        }
        for found in release.names() {
            assert!(found.first_seen() <= release, "{} in {release}", found.name());
            assert_eq!(Some(found.first_seen()), sdk::first_seen(found.name()));
        }
    }
    assert_eq!(sdk::first_seen("bs_sdk_success"), None);
    assert_eq!(sdk::value_in("NOPE", SdkRelease::NEWEST), None);
}

/// Versions between, before and after the releases, in every accepted spelling.
#[test]
fn a_version_answers_as_the_newest_release_not_after_it() {
    let release = |v: &str| SdkRelease::for_version(v.parse().unwrap());
    for (i, r) in SdkRelease::ALL.into_iter().enumerate() {
        let [a, b, c, d] = r.version().parts();
        assert_eq!(release(&format!("{a}.{b}.{c}.{d}")), r);
        assert_eq!(release(&format!("V{a}.{b}.{c}.{d}")), r);
        assert_eq!(release(&format!("v{a}.{b}.{c}.{d}\n")), r);
        let next = SdkRelease::ALL.get(i + 1).map(|n| n.version());
        let just_after = SdkVersion::new(a, b, c, d + 1);
        if next.is_none_or(|n| just_after < n) {
            assert_eq!(SdkRelease::for_version(just_after), r);
        }
        if d > 0 {
            let before = SdkVersion::new(a, b, c, d - 1);
            assert_eq!(
                SdkRelease::for_version(before),
                SdkRelease::ALL[i.saturating_sub(1)],
                "{before}"
            );
        }
    }
    assert_eq!(release("2.7.1"), release("2.7.1.0"));
    assert_eq!(release("2.7").as_str(), "2.7.0.0");
    assert_eq!(release("2.7.1.5").as_str(), "2.7.1.1");
    assert_eq!(release("0.0"), SdkRelease::OLDEST);
    assert_eq!(release("2.6.2.4"), SdkRelease::OLDEST);
    assert_eq!(release("999999999.0"), SdkRelease::NEWEST);
    let [a, b, c, d] = SdkRelease::NEWEST.version().parts();
    assert_eq!(release(&format!("{a}.{b}.{c}.{}", d + 1)), SdkRelease::NEWEST);
}

#[test]
fn the_c_functions_read_any_bytes_and_answer_todays_table_for_no_version() {
    let two_seven = c("2.7.1.1");
    let long_valid = c(&format!("{:>63}", "2.7.1.1"));
    let malformed: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"V".to_vec(),
        b"2".to_vec(),
        b"2.7.1.1.1".to_vec(),
        b"2..7".to_vec(),
        b"latest".to_vec(),
        b"2.7\xff".to_vec(),
        b"\xc3\xa9.2".to_vec(),
        format!("{:>64}", "2.7.1.1").into_bytes(),
        vec![b'1'; 4096],
    ];
    for code in [-319, -1207, -1208, -763, -3001, -714, 1, 0, i32::MIN, i32::MAX] {
        // SAFETY: valid C strings and NULL.
        unsafe {
            assert_eq!(
                text(bs_error_name_for_sdk(code, std::ptr::null())),
                text(bs_error_name(code))
            );
            assert_eq!(
                text(bs_error_string_for_sdk(code, std::ptr::null())),
                text(bs_error_string(code))
            );
            for bytes in &malformed {
                let v = CString::new(bytes.clone()).unwrap();
                assert_eq!(bs_sdk_version_is_valid(v.as_ptr()), 0, "{bytes:?}");
                assert_eq!(text(bs_sdk_release(v.as_ptr())), SdkRelease::NEWEST.as_str());
                assert_eq!(text(bs_error_name_for_sdk(code, v.as_ptr())), text(bs_error_name(code)));
                assert_eq!(
                    text(bs_error_string_for_sdk(code, v.as_ptr())),
                    text(bs_error_string(code))
                );
            }
            assert_eq!(
                text(bs_error_name_for_sdk(code, long_valid.as_ptr())),
                text(bs_error_name_for_sdk(code, two_seven.as_ptr()))
            );
        }
    }
    // SAFETY: valid C strings and NULL.
    unsafe {
        assert_eq!(bs_sdk_version_is_valid(std::ptr::null()), 0);
        assert_eq!(text(bs_sdk_release(std::ptr::null())), SdkRelease::NEWEST.as_str());
        assert_eq!(bs_sdk_version_is_valid(long_valid.as_ptr()), 1);
        for (version, release) in [
            ("V2.7.1.1", "2.7.1.1"),
            ("2.7.1.5", "2.7.1.1"),
            ("2.5", "2.6.2.5"),
            ("3.0", SdkRelease::NEWEST.as_str()),
        ] {
            let v = c(version);
            assert_eq!(bs_sdk_version_is_valid(v.as_ptr()), 1);
            assert_eq!(text(bs_sdk_release(v.as_ptr())), release);
        }
    }
}

#[test]
fn format_for_sdk_follows_snprintf_rules() {
    let v = c("2.7.1.1");
    let full = "BS_SDK_ERROR_FAKE_FACE_DETECTED (-319): ".to_owned()
        + sdk::description_for_sdk(-319, "2.7.1.1".parse::<SdkVersion>().unwrap().release());
    let unknown = "UNKNOWN (-331): Unknown error code (category: biometric).";
    for (code, line) in [(-319, full.as_str()), (-331, unknown)] {
        for size in [0usize, 1, 2, 10, line.len(), line.len() + 1, 600] {
            let mut buf = vec![0xA5u8; size + 8];
            // SAFETY: buf has `size` writable bytes.
            let n = unsafe { bs_error_format_for_sdk(code, v.as_ptr(), buf.as_mut_ptr().cast(), size) };
            assert_eq!(n as usize, line.len());
            if size > 0 {
                let written = line.len().min(size - 1);
                assert_eq!(&buf[..written], &line.as_bytes()[..written]);
                assert_eq!(buf[written], 0);
                assert!(buf[written + 1..].iter().all(|&b| b == 0xA5));
            } else {
                assert!(buf.iter().all(|&b| b == 0xA5));
            }
        }
        // SAFETY: NULL buffer with size 0 is allowed; so is a NULL version.
        let n = unsafe { bs_error_format_for_sdk(code, v.as_ptr(), std::ptr::null_mut(), 0) };
        assert_eq!(n as usize, line.len());
    }
    let mut buf = [0u8; 256];
    // SAFETY: buf has 256 writable bytes; NULL version.
    let n = unsafe { bs_error_format_for_sdk(-319, std::ptr::null(), buf.as_mut_ptr().cast(), buf.len()) };
    let today = bs_errno::lookup(-319).unwrap().to_string();
    assert_eq!(&buf[..n as usize], today.as_bytes());
}

#[test]
fn version_errors_say_what_is_wrong() {
    for (text, message) in [
        ("", "empty SDK version"),
        ("2", "at least two numbers"),
        ("2.7.1.1.1", "more than four numbers"),
        ("2.x", "numbers separated by dots"),
        ("1234567890.1", "too large"),
    ] {
        let err = text.parse::<SdkVersion>().unwrap_err();
        assert!(err.to_string().contains(message), "{text:?}: {err}");
    }
}
