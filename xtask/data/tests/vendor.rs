//! The project's copy of the facts (data/) against the vendor reference beside the checkout
//! (../shared/data): the table's content, checked once here, at its own layer.
//!
//! Each test is ignored by default, so a plain `cargo test` lists it as ignored rather than "ok" when
//! nothing was compared. `cargo xtask test` runs them with `--ignored` when ../shared is there, names them
//! as skipped when it is not, and fails under CI=true without it. Run directly, a test with the reference
//! missing fails.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bs_errno_data::{Data, Kind, Row};

fn root() -> PathBuf {
    bs_errno_data::project_root()
}

fn data() -> Data {
    bs_errno_data::load(&root()).unwrap_or_else(|e| panic!("{e}"))
}

/// The reference directory; a test that needs it fails without it.
fn shared() -> PathBuf {
    bs_errno_data::shared_data(&root())
        .unwrap_or_else(|| panic!("the vendor reference ../shared/data is not beside {}", root().display()))
}

fn read_tsv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header = lines.next().unwrap().split('\t').map(String::from).collect();
    let rows = lines.map(|l| l.split('\t').map(String::from).collect()).collect();
    (header, rows)
}

fn kind(row: &Row) -> &'static str {
    match row.kind {
        Kind::Code => "code",
        Kind::Alias | Kind::CsharpAlias => "alias",
    }
}

/// `deprecated_from` of each name in the vendor's history, for the deprecations the vendor's comments leave
/// without a version.
fn vendor_deprecated_from(dir: &Path) -> BTreeMap<String, String> {
    let (header, rows) = read_tsv(&dir.join("sdk_history.tsv"));
    assert_eq!((header[0].as_str(), header[4].as_str()), ("name", "deprecated_from"));
    rows.into_iter()
        .filter(|f| !f[4].is_empty())
        .map(|f| (f[0].clone(), f[4].clone()))
        .collect()
}

#[test]
#[ignore = "compares with ../shared/data beside the checkout: cargo xtask test runs it when present"]
fn codes_are_the_vendor_reference() {
    let dir = shared();
    let (header, reference) = read_tsv(&dir.join("bs_sdk_codes.tsv"));
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
            "seed_description"
        ]
    );
    let data = data();
    let ours: BTreeMap<&str, &Row> = data.macros().map(|r| (r.name.as_str(), r)).collect();
    let deprecated_from = vendor_deprecated_from(&dir);
    for f in &reference {
        let row = ours
            .get(f[1].as_str())
            .unwrap_or_else(|| panic!("{} missing from data/codes.tsv", f[1]));
        assert_eq!(row.code.to_string(), f[0], "{}", f[1]);
        assert_eq!(kind(row), f[2], "{}", f[1]);
        assert_eq!(row.alias_of.as_deref().unwrap_or(""), f[3], "{}", f[1]);
        assert_eq!(if row.deprecated { "yes" } else { "no" }, f[4], "{}", f[1]);
        assert_eq!(row.category, f[5], "{}: the range of data/categories.tsv", f[1]);
        if f[6].is_empty() && f[4] == "yes" {
            // No version in the vendor's comment: the first release that marks it deprecated.
            assert_eq!(row.deprecated_since.as_ref(), deprecated_from.get(&f[1]), "{}", f[1]);
        } else {
            assert_eq!(row.deprecated_since.as_deref().unwrap_or(""), f[6], "{}", f[1]);
        }
        let vendor_text = f.get(7).map(String::as_str).unwrap_or("");
        if !vendor_text.is_empty() {
            assert_eq!(
                row.description, vendor_text,
                "{} keeps the reference's text verbatim",
                f[1]
            );
            assert_eq!(row.description_source, "vendor");
        } else if !row.is_alias() {
            assert_ne!(row.description_source, "vendor", "{} has no reference text", f[1]);
        }
    }
    assert_eq!(reference.len(), ours.len(), "the same set of macros");
    // The other spellings are no macros of the reference, and each stands for one of its codes.
    for row in data.spellings() {
        assert!(!reference.iter().any(|f| f[1] == row.name), "{} is a macro", row.name);
        assert!(
            reference
                .iter()
                .any(|f| f[2] == "code" && f[1] == row.alias_of.as_deref().unwrap())
        );
    }
}

#[test]
#[ignore = "compares with ../shared/data beside the checkout: cargo xtask test runs it when present"]
fn releases_and_history_are_the_vendor_reference() {
    let dir = shared();
    let ours = std::fs::read_to_string(root().join(bs_errno_data::HISTORY_FILE)).unwrap();
    assert_eq!(
        ours,
        std::fs::read_to_string(dir.join("sdk_history.tsv")).unwrap(),
        "data/history.tsv"
    );
    let (header, reference) = read_tsv(&dir.join("sdk_releases.tsv"));
    assert_eq!(header[..3], ["sdk_version", "date", "macros"]);
    let data = data();
    let history = bs_errno_data::load_history(&root(), &data.rows).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(history.releases.len(), reference.len());
    for (r, (release, f)) in history.releases.iter().zip(&reference).enumerate() {
        assert_eq!(
            (release.version.as_str(), release.date.as_str()),
            (f[0].as_str(), f[1].as_str())
        );
        let macros = history.rows.iter().filter(|row| row.defined_in(r)).count();
        assert_eq!(
            macros.to_string(),
            f[2],
            "the reference's own count of {}'s macros",
            f[0]
        );
    }
}

#[test]
fn the_reference_is_required_under_ci() {
    // Not ignored: under CI=true a missing reference fails even a plain `cargo test`.
    if std::env::var("CI").as_deref() == Ok("true") {
        shared();
    }
}
