//! What the test modules share: the data (read by bs-errno-data, independently of the library), and running
//! the binary.
#![allow(dead_code)] // each module uses its own part

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_bs-errno");

/// The repository: the data and the documentation.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_owned()
}

// ---------------------------------------------------------------------------------------------------------
// The data, read by the data crate's parser (independently of the library's generated table).

pub use bs_errno_data::{Kind, Row};

pub fn rows() -> Vec<Row> {
    bs_errno_data::load(&root()).unwrap_or_else(|e| panic!("{e}")).rows
}

pub fn canonical_of(rows: &[Row], code: i32) -> &Row {
    rows.iter().find(|r| r.code == code && !r.is_alias()).unwrap()
}

/// What a name means: an alias's own description, or its code's.
pub fn meaning(rows: &[Row], row: &Row) -> String {
    if row.description.is_empty() {
        canonical_of(rows, row.code).description.clone()
    } else {
        row.description.clone()
    }
}

// ---------------------------------------------------------------------------------------------------------
// Running the binary.

pub fn run<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Output {
    Command::new(BIN).args(args).stdin(Stdio::null()).output().unwrap()
}

/// Runs `bs-errno ARGS` with `input` on its standard input (written from another thread, so that a large
/// input cannot deadlock against a full output pipe).
pub fn run_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

pub fn lines(out: &Output) -> Vec<String> {
    stdout(out).lines().map(str::to_owned).collect()
}

#[track_caller]
pub fn assert_status(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout:\n{}\nstderr:\n{}",
        stdout(out),
        stderr(out)
    );
}

/// What follows a description in the CLI's forms: for an alias `(deprecated since SDK V; now CANONICAL:
/// its description)` / `(deprecated; now ...)` / `(alias of CANONICAL)` / `(C# spelling of CANONICAL)` (the
/// description only when it differs), and for a code with a deprecated old name that meant something else, `(formerly OLD,
/// deprecated since SDK V: old meaning)`; each with a space before it.
pub fn expected_remarks(rows: &[Row], row: &Row) -> String {
    let mut out = String::new();
    if let Some(target) = &row.alias_of {
        let canonical = canonical_of(rows, row.code);
        assert_eq!(&canonical.name, target);
        let status = match (row.kind, row.deprecated, &row.deprecated_since) {
            (Kind::CsharpAlias, _, _) => "C# spelling of".to_owned(),
            (_, true, Some(v)) => format!("deprecated since SDK {v}; now"),
            (_, true, None) => "deprecated; now".to_owned(),
            (_, false, _) => "alias of".to_owned(),
        };
        out += &format!(" ({status} {target}");
        if canonical.description != meaning(rows, row) {
            out += &format!(": {}", canonical.description);
        }
        out += ")";
    } else {
        for old in rows.iter().filter(|r| r.code == row.code && r.is_alias()) {
            if old.deprecated && !old.description.is_empty() && old.description != row.description {
                let since = old
                    .deprecated_since
                    .as_ref()
                    .map(|v| format!(", deprecated since SDK {v}"))
                    .unwrap_or_default();
                out += &format!(" (formerly {}{since}: {})", old.name, old.description);
            }
        }
    }
    out
}

/// The row a name stands for (canonical or alias).
pub fn row_named<'a>(rows: &'a [Row], name: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no row {name}"))
}
