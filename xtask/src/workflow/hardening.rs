//! The hardening suites of `cargo xtask test` (issue 20): the fuzz targets over their checked-in corpora,
//! and the annotator against its independent Python reference; and the build date of `cargo xtask build`.

use std::path::Path;
use std::process::Command;

use crate::process::{Failure, output, python3, run};

/// What the fuzz smoke needs where it is skipped.
pub(super) const FUZZ_NEEDS: &str = "fuzz smoke (every cargo-fuzz target over its corpus): needs nightly Rust and \
     cargo-fuzz (rustup toolchain install nightly; cargo install cargo-fuzz)";

/// `cargo +nightly fuzz ARGS` in the checkout. Through rustup, and without the variables the outer cargo
/// set (`CARGO` names the stable cargo, which cargo-fuzz would otherwise build with).
fn cargo_fuzz(root: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("rustup");
    command
        .args(["run", "nightly", "cargo", "fuzz"])
        .args(args)
        .env_remove("CARGO")
        .env_remove("RUSTC")
        .env_remove("RUSTDOC")
        .current_dir(root);
    command
}

/// The cargo-fuzz targets, as `cargo +nightly fuzz list` prints them; `None` where nightly Rust or cargo-fuzz
/// is missing.
pub(super) fn fuzz_targets(root: &Path) -> Option<Vec<String>> {
    let listing = output(&mut cargo_fuzz(root, &["list"])).ok()?;
    Some(listing.split_whitespace().map(str::to_string).collect())
}

/// Every fuzz target once over its checked-in corpus (fuzz/corpus/TARGET): each input must pass the
/// target's checks. A few seconds once built; CI also fuzzes each target for a minute (.ci/run).
pub(super) fn fuzz_smoke(root: &Path, targets: &[String]) -> Result<(), Failure> {
    if targets.is_empty() {
        return Err("cargo +nightly fuzz list shows no targets".into());
    }
    for target in targets {
        let corpus = root.join("fuzz/corpus").join(target);
        if !corpus.is_dir() {
            return Err(format!("fuzz target {target} has no corpus in {}", corpus.display()));
        }
        run(&mut cargo_fuzz(
            root,
            &["run", target, &corpus.to_string_lossy(), "--", "-runs=0"],
        ))?;
    }
    Ok(())
}

/// tests/annotate_reference.py: `bs-errno -a` (the release build) against the rules of docs/cli.md, over
/// the annotator's fuzz corpus and generated logs.
pub(super) fn annotate_reference(root: &Path) -> Result<(), Failure> {
    let binary = root
        .join("target/release")
        .join(format!("bs-errno{}", std::env::consts::EXE_SUFFIX));
    if !binary.exists() {
        return Err(format!("no {}: run `cargo xtask build` first", binary.display()));
    }
    let mut command = Command::new(python3());
    command
        .arg(root.join("tests/annotate_reference.py"))
        .arg("--binary")
        .arg(&binary)
        .args(["--generated", "300"])
        .current_dir(root);
    let corpus = root.join("fuzz/corpus/annotate");
    if corpus.is_dir() {
        command.arg("--corpus").arg(corpus);
    }
    run(&mut command)
}

/// SOURCE_DATE_EPOCH for the packages, so that two builds of a commit give the same bytes: as the caller
/// set it, else the commit's time; `None` outside a git checkout.
pub(super) fn source_date_epoch(root: &Path) -> Option<String> {
    if let Some(set) = std::env::var_os("SOURCE_DATE_EPOCH") {
        return Some(set.to_string_lossy().into_owned());
    }
    let time = output(
        Command::new("git")
            .args(["log", "-1", "--format=%ct"])
            .current_dir(root),
    )
    .ok()?;
    let time = time.trim();
    (!time.is_empty() && time.bytes().all(|b| b.is_ascii_digit())).then(|| time.to_string())
}
