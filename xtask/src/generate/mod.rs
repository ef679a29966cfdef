//! Every file rendered from the data (`data/`, read by `bs-errno-data`), one module per language or
//! audience: [`rust`] (the library's constants and rows), [`header`] (include/BS_Errno.h, through cbindgen),
//! [`python`] and [`python_stub`] (the package's generated modules and its type stub), [`c_tests`] (what the
//! C tests need beyond the header) and [`docs`] (docs/codes.md, docs/releases.md).
//!
//! [`render_all`] is the list of generated files; [`generate_all`] writes them, [`stale_files`] compares.

pub mod c_tests;
pub mod docs;
pub mod dotnet;
pub mod header;
pub mod python;
pub mod python_stub;
pub mod rust;

use std::path::{Path, PathBuf};

use crate::data::{self, Data, History};

/// Both data sets, read and checked.
pub struct Inputs {
    pub data: Data,
    pub history: History,
    pub version: String,
}

impl Inputs {
    pub fn load(root: &Path) -> Result<Inputs, String> {
        let data = data::load(root)?;
        let history = data::load_history(root, &data.rows)?;
        let version = data::version(root)?;
        Ok(Inputs { data, history, version })
    }
}

/// Every generated file but the header, relative to the project root, with its text as the data gives it.
pub fn render_all(inputs: &Inputs) -> Result<Vec<(&'static str, String)>, String> {
    let Inputs { data, history, version } = inputs;
    let newest = &history.newest().version;
    Ok(vec![
        ("src/codes.rs", rust::codes(data, newest)),
        ("src/rows.rs", rust::rows(data, history)),
        ("docs/codes.md", docs::codes_md(data, history)),
        ("docs/releases.md", docs::releases_md(history)?),
        ("c_tests/generated/aliases.cmake", c_tests::c_tests_aliases(data)),
        (
            "c_tests/header/generated/sdk/Include/BS_Errno.h",
            c_tests::sdk_shaped_fixture(data),
        ),
        ("examples/generated/expected_line.cmake", c_tests::example_line(data)?),
        (python::PYTHON_DATA, python::data(data, version)?),
        (python_stub::PYTHON_STUB, python_stub::render_python_stub(data)?),
        (
            python_stub::PYTHON_EXCEPTIONS_STUB,
            python_stub::render_exceptions_stub(data)?,
        ),
    ]
    .into_iter()
    .chain(dotnet::render(data, history, version)?)
    .collect())
}

fn is_current(path: &Path, text: &str) -> bool {
    std::fs::read_to_string(path).ok().as_deref() == Some(text)
}

fn render_header(root: &Path, inputs: &Inputs) -> Result<String, String> {
    header::render_header(root, &inputs.data, &inputs.history.newest().version)
}

/// Rewrites every generated file that changed; returns the paths written. The Rust sources go first:
/// cbindgen renders the header from the sources on disk.
pub fn generate_all(root: &Path) -> Result<Vec<PathBuf>, String> {
    let inputs = Inputs::load(root)?;
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
    for (file, text) in render_all(&inputs)? {
        write(root.join(file), &text)?;
    }
    write(root.join(header::C_HEADER), &render_header(root, &inputs)?)?;
    Ok(written)
}

/// The generated files whose checked-in text differs from what the generator produces now.
pub fn stale_files(root: &Path) -> Result<Vec<PathBuf>, String> {
    let inputs = Inputs::load(root)?;
    let mut stale: Vec<PathBuf> = Vec::new();
    for (file, text) in render_all(&inputs)? {
        if !is_current(&root.join(file), &text) {
            stale.push(root.join(file));
        }
    }
    let sources_stale = stale.iter().any(|p| p.extension().is_some_and(|e| e == "rs"));
    // The header is rendered from the Rust sources, so it cannot be judged until they are current.
    if sources_stale || !is_current(&root.join(header::C_HEADER), &render_header(root, &inputs)?) {
        stale.push(root.join(header::C_HEADER));
    }
    Ok(stale)
}
