//! The one reader of the data files of bs-errno (`data/`): every generator and every test that needs a fact
//! goes through [`load`] and [`load_history`]. It has no dependencies, so the library's tests build nothing
//! else, and it computes every answer by a plain scan of the rows: an independent reference for the
//! library's compile-time tables.

mod history;
mod table;

use std::path::{Path, PathBuf};

pub use history::{
    HISTORY_FILE, History, HistoryRow, MAX_VERSION_TEXT, RELEASES_FILE, Release, load_history, parse_history,
    parse_releases, read_version, release_for,
};
pub use table::{CATEGORIES_FILE, CODES_FILE, Category, Data, Kind, Row, load, parse_categories, parse_codes};

/// The project root: the checkout that cargo runs this program or test in, the nearest directory up from
/// the package cargo names (else the current directory) that holds the data files. Found at run time, not
/// from where this crate was compiled: two checkouts that share a target directory share its binaries, and
/// each must read its own data. (fuzz/ is a workspace of its own inside the checkout.)
pub fn project_root() -> PathBuf {
    let start = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."));
    let is_root = |dir: &Path| dir.join(CODES_FILE).is_file() && dir.join("Cargo.toml").is_file();
    match start.ancestors().find(|dir| is_root(dir)) {
        Some(root) => root.to_path_buf(),
        None => {
            let here = Path::new(env!("CARGO_MANIFEST_DIR"));
            here.ancestors()
                .nth(2)
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
        }
    }
}

/// `[workspace.package] version` of Cargo.toml, the project's one version number.
pub fn workspace_version(cargo_toml: &str) -> Result<String, String> {
    let section = cargo_toml
        .split("\n[")
        .find(|s| s.starts_with("workspace.package]"))
        .ok_or("Cargo.toml has no [workspace.package]")?;
    section
        .lines()
        .find_map(|line| line.strip_prefix("version = \"")?.strip_suffix('"'))
        .map(str::to_string)
        .ok_or_else(|| "Cargo.toml: no version in [workspace.package]".to_string())
}

/// The version of the project at `root`.
pub fn version(root: &Path) -> Result<String, String> {
    let path = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    workspace_version(&text)
}

/// The reference data of `../shared/data` beside the checkout, if it is there.
pub fn shared_data(root: &Path) -> Option<PathBuf> {
    let dir = root.parent()?.join("shared").join("data");
    dir.is_dir().then_some(dir)
}
