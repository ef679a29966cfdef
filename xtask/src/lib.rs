//! Code generation for bs-errno: data/codes.tsv is the one place a code is added; everything that lists
//! codes is rendered from it here (src/codes.rs), or from that Rust source by cbindgen (include/BS_Errno.h).
//! The SDK release history (data/releases.tsv, data/history.tsv) is rendered by [`releases`].

pub mod python_stub;
pub mod workflow;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

pub mod header_prelude;
pub mod header_tests;
pub mod releases;

/// The files this crate generates, relative to the project root.
pub const RUST_TABLE: &str = "src/codes.rs";
pub const C_HEADER: &str = "include/BS_Errno.h";
pub const DATA_FILE: &str = "data/codes.tsv";
const COLUMNS: [&str; 9] = [
    "code",
    "name",
    "kind",
    "alias_of",
    "deprecated",
    "category",
    "deprecated_since",
    "description",
    "description_source",
];

/// One row of data/codes.tsv.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub code: i32,
    pub name: String,
    /// `None` for a canonical code, `Some(canonical name)` for an alias.
    pub alias_of: Option<String>,
    pub deprecated: bool,
    pub category: String,
    pub deprecated_since: Option<String>,
    /// Empty only for an alias that has no text of its own.
    pub description: String,
    /// `seed`, `ours`, or `seed:OLD_NAME` (the text of an older name of the same code).
    pub description_source: String,
}

impl Row {
    pub fn is_alias(&self) -> bool {
        self.alias_of.is_some()
    }
}

/// The project root (the parent of this crate's directory).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Parses and validates data/codes.tsv: exact columns, sorted by code, canonical row first for each code,
/// every alias pointing at the canonical row of its own code, descriptions that are one clean sentence.
pub fn parse_table(text: &str) -> Result<Vec<Row>, String> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or("empty data file")?.split('\t').collect();
    if header != COLUMNS {
        return Err(format!("unexpected columns {header:?}, want {COLUMNS:?}"));
    }
    let mut rows: Vec<Row> = Vec::new();
    for (i, line) in lines.enumerate() {
        let at = format!("{DATA_FILE}:{}", i + 2);
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != COLUMNS.len() {
            return Err(format!("{at}: {} fields, want {}", f.len(), COLUMNS.len()));
        }
        let code: i32 = f[0].parse().map_err(|e| format!("{at}: bad code {:?}: {e}", f[0]))?;
        let name = f[1].to_string();
        if !name.starts_with("BS_SDK_")
            || !name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(format!("{at}: bad macro name {name:?}"));
        }
        let alias_of = match (f[2], f[3]) {
            ("code", "") => None,
            ("alias", canonical) if !canonical.is_empty() => Some(canonical.to_string()),
            (kind, alias_of) => return Err(format!("{at}: bad kind/alias_of {kind:?}/{alias_of:?}")),
        };
        let deprecated = match f[4] {
            "yes" => true,
            "no" => false,
            other => return Err(format!("{at}: deprecated must be yes or no, not {other:?}")),
        };
        let description = f[7].to_string();
        if !description.is_empty() {
            let clean = description.ends_with('.')
                && description.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && description
                    .bytes()
                    .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\')
                && !description.contains("*/")
                && !description.contains("  ");
            if !clean {
                return Err(format!(
                    "{at}: description must be printable ASCII, start upper-case and end with a period: {description:?}"
                ));
            }
        }
        let row = Row {
            code,
            name,
            alias_of,
            deprecated,
            category: f[5].to_string(),
            deprecated_since: Some(f[6].to_string()).filter(|s| !s.is_empty()),
            description,
            description_source: f[8].to_string(),
        };
        if !row.is_alias() && (row.description.is_empty() || row.deprecated) {
            return Err(format!(
                "{at}: a canonical code needs a description and cannot be deprecated"
            ));
        }
        if row.is_alias() && row.description.is_empty() != row.description_source.is_empty() {
            return Err(format!("{at}: description and description_source go together"));
        }
        if let Some(prev) = rows.last() {
            let in_order = prev.code < row.code || (prev.code == row.code && row.is_alias());
            if !in_order {
                return Err(format!("{at}: rows must be sorted by code, the canonical name first"));
            }
        }
        if let Some(canonical) = &row.alias_of {
            let target = rows.iter().rev().find(|r| r.code == row.code && !r.is_alias());
            if target.map(|t| &t.name) != Some(canonical) {
                return Err(format!(
                    "{at}: alias_of must name the canonical row of code {}",
                    row.code
                ));
            }
        }
        if rows.iter().any(|r| r.name == row.name) {
            return Err(format!("{at}: duplicate name {}", row.name));
        }
        rows.push(row);
    }
    Ok(rows)
}

/// Reads and parses the project's data file.
pub fn load_table(root: &Path) -> Result<Vec<Row>, String> {
    let path = root.join(DATA_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_table(&text)
}

fn rust_string(s: &str) -> String {
    format!("{s:?}")
}

/// The message compilers print with the deprecation warning of an alias.
pub fn deprecation_note(row: &Row) -> String {
    let canonical = row.alias_of.as_deref().unwrap_or_default();
    match &row.deprecated_since {
        Some(v) => format!("use {canonical} (deprecated since SDK {v})"),
        None => format!("use {canonical}"),
    }
}

/// Renders src/codes.rs: one constant per macro (cbindgen turns each into a `#define`; a deprecated alias
/// is a cast to a typedef that the header prelude declares deprecated) and the table rows.
pub fn render_rust(rows: &[Row]) -> String {
    let mut out = String::new();
    let codes: Vec<&Row> = rows.iter().filter(|r| !r.is_alias()).collect();
    let aliases: Vec<&Row> = rows.iter().filter(|r| r.is_alias()).collect();
    let _ = write!(
        out,
        "// generated — do not edit. Rendered by `cargo xtask generate` from {DATA_FILE};\n\
         // edit the data file and regenerate (a test fails when this file is stale).\n\
         \n\
         //! Every return code of the BioStar 2 Device SDK as a constant, named and valued as in the vendor's\n\
         //! `BS_Errno.h` (SDK V2.9.12): {} codes and {} aliases.\n\
         //!\n\
         //! ```\n\
         //! use bs_errno::codes::*;\n\
         //! assert_eq!(BS_SDK_ERROR_CANNOT_FIND_USER, -714);\n\
         //! assert_eq!(BS_SDK_ERROR_NO_FINGER_DETECTED, BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL);\n\
         //! ```\n\
         \n\
         use core::ffi::c_int;\n\
         \n\
         use crate::table::{{AliasDef, CodeDef}};\n",
        codes.len(),
        aliases.len()
    );
    for row in rows {
        out.push('\n');
        match &row.alias_of {
            None => {
                let _ = writeln!(out, "/// {}", row.description);
                let _ = writeln!(out, "pub const {}: c_int = {};", row.name, row.code);
            }
            Some(canonical) if row.deprecated => {
                let _ = writeln!(
                    out,
                    "/// Deprecated alias of `{canonical}` ({}){}.",
                    row.code,
                    row.deprecated_since
                        .as_ref()
                        .map(|v| format!(", deprecated since SDK {v}"))
                        .unwrap_or_default()
                );
                if !row.description.is_empty() {
                    let _ = writeln!(out, "///\n/// Its old meaning: {}", row.description);
                }
                let _ = writeln!(
                    out,
                    "///\n/// In C the macro casts the value to a deprecated `int` typedef, as the vendor's header does:\n\
                     /// compilers warn wherever it is used in code, and in `#if` it still gives the value."
                );
                // Rust's `since` takes a three-part version; a four-part one (2.7.0.0) goes in the note.
                let (since, note) = match &row.deprecated_since {
                    Some(v) if v.split('.').count() == 3 => (format!("since = \"{v}\", "), format!("use {canonical}")),
                    Some(v) => (String::new(), format!("deprecated since SDK {v}: use {canonical}")),
                    None => (String::new(), format!("use {canonical}")),
                };
                let _ = writeln!(out, "#[deprecated({since}note = \"{note}\")]");
                let _ = writeln!(
                    out,
                    "pub const {}: c_int = {} as {};",
                    row.name,
                    row.code,
                    header_prelude::deprecated_typedef_name(&row.name)
                );
            }
            Some(canonical) => {
                let _ = writeln!(out, "/// Alias of `{canonical}` ({}).", row.code);
                let _ = writeln!(out, "pub const {}: c_int = {canonical};", row.name);
            }
        }
    }
    for row in aliases.iter().filter(|r| r.deprecated) {
        // The type the C macro casts to. cbindgen does not emit it: the header prelude declares it
        // deprecated (cbindgen has no attribute for typedefs).
        let _ = writeln!(
            out,
            "\n/// The type whose cast marks `{}` deprecated in C.\n/// cbindgen:ignore\n#[doc(hidden)]\n\
             #[allow(non_camel_case_types)]\npub type {} = c_int;",
            row.name,
            header_prelude::deprecated_typedef_name(&row.name)
        );
    }

    let _ = write!(
        out,
        "\n/// The canonical codes, sorted by code.\npub(crate) const CODE_DEFS: [CodeDef; {}] = [\n",
        codes.len()
    );
    for row in &codes {
        let _ = writeln!(
            out,
            "    CodeDef::new({0}, {1:?}, {2}),",
            row.name,
            row.name,
            rust_string(&row.description)
        );
    }
    out.push_str("];\n");
    let _ = write!(
        out,
        "\n/// The aliases, sorted by code.\npub(crate) const ALIAS_DEFS: [AliasDef; {}] = [\n",
        aliases.len()
    );
    for row in &aliases {
        let canonical = row.alias_of.as_deref().unwrap_or_default();
        let _ = writeln!(
            out,
            "    AliasDef::new({canonical}, {:?}, {}, {:?}, {}),",
            row.name,
            row.deprecated,
            row.deprecated_since.as_deref().unwrap_or_default(),
            rust_string(&row.description)
        );
    }
    out.push_str("];\n");
    out
}

/// Runs the pinned cbindgen over the crate with cbindgen.toml and returns the header text.
pub fn render_header(root: &Path) -> Result<String, String> {
    let mut config =
        cbindgen::Config::from_file(root.join("cbindgen.toml")).map_err(|e| format!("cbindgen.toml: {e}"))?;
    let prelude = header_prelude::render(&load_table(root)?);
    config.after_includes = Some(format!("{}{prelude}", config.after_includes.unwrap_or_default()));
    let bindings = cbindgen::Builder::new()
        .with_crate(root)
        .with_config(config)
        .generate()
        .map_err(|e| format!("cbindgen: {e}"))?;
    let mut bytes = Vec::new();
    bindings.write(&mut bytes);
    let text = String::from_utf8(bytes).map_err(|e| format!("cbindgen wrote non-UTF-8: {e}"))?;
    Ok(header_prelude::without_trailing_enumerator_commas(&text))
}

/// The generated files of the Python package, with their text.
fn python_files(root: &Path, rows: &[Row]) -> Result<Vec<(&'static str, String)>, String> {
    let cargo_toml = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    Ok(vec![
        (python_stub::PYTHON_STUB, python_stub::render_python_stub(rows)?),
        (
            python_stub::PYTHON_VERSION,
            python_stub::render_python_version(&cargo_toml)?,
        ),
    ])
}

fn write_if_changed(path: &Path, text: &str, written: &mut Vec<PathBuf>) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    written.push(path.to_path_buf());
    Ok(())
}

/// Rewrites every generated file that changed; returns the paths written. The Rust table goes first:
/// cbindgen renders the header from the sources on disk.
pub fn generate_all(root: &Path) -> Result<Vec<PathBuf>, String> {
    let rows = load_table(root)?;
    let mut written = Vec::new();
    write_if_changed(&root.join(RUST_TABLE), &render_rust(&rows), &mut written)?;
    let history = releases::load_history(root, &rows)?;
    write_if_changed(
        &root.join(releases::RUST_RELEASES),
        &releases::render_rust(&history)?,
        &mut written,
    )?;
    write_if_changed(
        &root.join(releases::RELEASES_DOC),
        &releases::render_doc(&history)?,
        &mut written,
    )?;
    write_if_changed(&root.join(C_HEADER), &render_header(root)?, &mut written)?;
    for (path, text) in python_files(root, &rows)? {
        write_if_changed(&root.join(path), &text, &mut written)?;
    }
    let test_path = root.join(header_tests::EVERY_MACRO_TEST);
    write_if_changed(&test_path, &header_tests::render_every_macro_test(&rows), &mut written)?;
    Ok(written)
}

/// The generated files whose checked-in text differs from what the generator produces now.
pub fn stale_files(root: &Path) -> Result<Vec<PathBuf>, String> {
    let rows = load_table(root)?;
    let history = releases::load_history(root, &rows)?;
    let mut stale: Vec<PathBuf> = [
        (releases::RUST_RELEASES, releases::render_rust(&history)?),
        (releases::RELEASES_DOC, releases::render_doc(&history)?),
    ]
    .into_iter()
    .map(|(file, text)| (root.join(file), text))
    .filter(|(path, text)| std::fs::read_to_string(path).ok().as_ref() != Some(text))
    .map(|(path, _)| path)
    .collect();
    let test_path = root.join(header_tests::EVERY_MACRO_TEST);
    if std::fs::read_to_string(&test_path).ok() != Some(header_tests::render_every_macro_test(&rows)) {
        stale.push(test_path);
    }
    let rust_path = root.join(RUST_TABLE);
    if std::fs::read_to_string(&rust_path).ok() != Some(render_rust(&rows)) {
        // The header is rendered from this file, so it cannot be judged until the table is current.
        stale.extend([rust_path, root.join(C_HEADER)]);
        return Ok(stale);
    }
    let header_path = root.join(C_HEADER);
    if std::fs::read_to_string(&header_path).ok() != Some(render_header(root)?) {
        stale.push(header_path);
    }
    for (path, text) in python_files(root, &rows)? {
        if std::fs::read_to_string(root.join(path)).ok() != Some(text) {
            stale.push(root.join(path));
        }
    }
    Ok(stale)
}
