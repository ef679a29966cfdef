//! Code generation for bs-errno. data/categories.tsv and data/codes.tsv are the one place a category or a
//! code is added; [`data`] reads them (the only reader), and every file that lists categories or codes is
//! rendered from them here, or (include/BS_Errno.h) by cbindgen from the rendered Rust sources. The SDK
//! release history (data/releases.tsv, data/history.tsv) is read and rendered by [`releases`].

pub mod data;
pub mod header_prelude;
pub mod header_tests;
pub mod python_stub;
pub mod releases;
pub mod render_c;
pub mod render_docs;
pub mod render_python;
pub mod render_rust;
pub mod workflow;

use std::path::{Path, PathBuf};

pub use data::{Data, Row, load};
pub use render_rust::deprecation_note;

/// The data file of the codes.
pub const DATA_FILE: &str = data::CODES_FILE;

/// The rows of data/codes.tsv (see [`load`] for both data files).
pub fn load_table(root: &Path) -> Result<Vec<Row>, String> {
    Ok(load(root)?.rows)
}

/// The header cbindgen renders from the Rust sources (among them the generated ones).
pub const C_HEADER: &str = "include/BS_Errno.h";

/// The project root (the parent of this crate's directory).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Every generated file except the header, relative to the project root, with its text as the data (and,
/// for the Python version, Cargo.toml) gives it.
pub fn render_all(root: &Path, data: &Data) -> Result<Vec<(&'static str, String)>, String> {
    let cargo_toml = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    let history = releases::load_history(root, &data.rows)?;
    Ok(vec![
        ("src/codes.rs", render_rust::codes(data, &history.newest().version)),
        ("src/table/rows.rs", render_rust::rows(data)),
        ("src/category/generated.rs", render_rust::categories(data)?),
        (releases::RUST_RELEASES, releases::render_rust(&history)?),
        (releases::RELEASES_DOC, releases::render_doc(&history)?),
        (releases::C_RELEASES, releases::render_c(&history)?),
        (
            header_tests::EVERY_MACRO_TEST,
            header_tests::render_every_macro_test(&data.rows),
        ),
        (
            "c_tests/generated/expected_table.h",
            render_c::c_tests_expectations(data),
        ),
        ("c_tests/generated/aliases.cmake", render_c::c_tests_aliases(data)),
        (
            "c_tests/header/generated/sdk/Include/BS_Errno.h",
            render_c::sdk_shaped_fixture(data),
        ),
        ("fuzz/generated/fuzz_reference.h", render_c::fuzz_reference(data)),
        ("bench/generated/baselines.c", render_c::bench_baselines(data)),
        ("examples/generated/expected_line.cmake", render_c::example_line(data)?),
        ("docs/codes.md", render_docs::codes_md(data, &history)),
        (
            render_python::PYTHON_DATA,
            render_python::data(data, &python_stub::workspace_version(&cargo_toml)?)?,
        ),
        (python_stub::PYTHON_STUB, python_stub::render_python_stub(data)?),
    ])
}

/// The placeholder of cbindgen.toml's header banner that [`render_header`] replaces with the newest release.
const NEWEST_SDK_RELEASE: &str = "@NEWEST_SDK_RELEASE@";

/// Runs the pinned cbindgen over the crate with cbindgen.toml and the prelude of the data, and returns the
/// header text.
pub fn render_header(root: &Path) -> Result<String, String> {
    let mut config =
        cbindgen::Config::from_file(root.join("cbindgen.toml")).map_err(|e| format!("cbindgen.toml: {e}"))?;
    let data = load(root)?;
    let history = releases::load_history(root, &data.rows)?;
    let banner = config.header.unwrap_or_default();
    if !banner.contains(NEWEST_SDK_RELEASE) {
        return Err(format!(
            "cbindgen.toml: the header banner must name the release as {NEWEST_SDK_RELEASE}"
        ));
    }
    config.header = Some(banner.replace(NEWEST_SDK_RELEASE, &history.newest().version));
    let prelude = header_prelude::render(&data.rows);
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

fn is_current(path: &Path, text: &str) -> bool {
    std::fs::read_to_string(path).ok().as_deref() == Some(text)
}

/// Rewrites every generated file that changed; returns the paths written. The Rust sources go first:
/// cbindgen renders the header from the sources on disk.
pub fn generate_all(root: &Path) -> Result<Vec<PathBuf>, String> {
    let data = load(root)?;
    let mut written = Vec::new();
    let mut write = |path: PathBuf, text: &str| -> Result<(), String> {
        if is_current(&path, text) {
            return Ok(());
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
        Ok(())
    };
    for (file, text) in render_all(root, &data)? {
        write(root.join(file), &text)?;
    }
    write(root.join(C_HEADER), &render_header(root)?)?;
    Ok(written)
}

/// The generated files whose checked-in text differs from what the generator produces now.
pub fn stale_files(root: &Path) -> Result<Vec<PathBuf>, String> {
    let data = load(root)?;
    let mut stale: Vec<PathBuf> = Vec::new();
    for (file, text) in render_all(root, &data)? {
        if !is_current(&root.join(file), &text) {
            stale.push(root.join(file));
        }
    }
    let sources_stale = stale.iter().any(|p| p.extension().is_some_and(|e| e == "rs"));
    // The header is rendered from the Rust sources, so it cannot be judged until they are current.
    if sources_stale || !is_current(&root.join(C_HEADER), &render_header(root)?) {
        stale.push(root.join(C_HEADER));
    }
    Ok(stale)
}
