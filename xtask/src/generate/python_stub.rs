//! Renders `python/bs_errno/_typing.pyi`: what the Python package makes at import time from the library's
//! table, spelled out for type checkers. `Code` with every member, each macro as a module constant, and the
//! exception classes that combine a category with a builtin. At run time the package never imports it.

use std::fmt::Write as _;

use crate::data::Data;

pub const PYTHON_STUB: &str = "python/bs_errno/_typing.pyi";
pub const PYTHON_VERSION: &str = "python/bs_errno/_version.py";

/// `python/bs_errno/_version.py`, from Cargo.toml.
pub fn render_python_version(version: &str) -> String {
    format!(
        "# generated — do not edit. Rendered by `cargo xtask generate` from Cargo.toml ([workspace.package]).\n\
         \"\"\"The version of the Python package (the C library reports its own through ``library_version()``).\"\"\"\n\
         \n\
         __version__ = \"{}\"\n",
        version
    )
}

/// The builtin a code's own name adds to its category class (the rule of `_trait` in `_errors.py`).
fn trait_of(name: &str) -> Option<(&'static str, &'static str)> {
    if name.contains("TIMEOUT") {
        Some(("TimeoutError", "TimeoutError"))
    } else if name.ends_with("_PARAM") || name == "BS_SDK_ERROR_NULL_POINTER" {
        Some(("ParameterError", "ValueError"))
    } else {
        None
    }
}

pub fn render_python_stub(data: &Data) -> Result<String, String> {
    let rows: Vec<&crate::data::Row> = data.macros().collect();
    let mut combined = std::collections::BTreeMap::new();
    for row in rows.iter().filter(|r| !r.is_alias() && r.category != "success") {
        let class = data
            .categories
            .iter()
            .find(|c| c.name == row.category)
            .map(|c| c.python_exception.as_str())
            .ok_or_else(|| format!("{}: no category {:?}", row.name, row.category))?;
        if let Some((suffix, builtin)) = trait_of(&row.name) {
            let stem = class.strip_suffix("Error").unwrap_or(class);
            combined.insert(format!("{stem}{suffix}"), (class, builtin));
        }
    }
    let mut out = String::from(
        "# generated — do not edit. Rendered by `cargo xtask generate` from data/codes.tsv.\n\
         # For type checkers only: the package makes all of this at import time from the C library's table.\n\
         \n\
         from typing import Final, Literal\n\
         \n\
         from ._core import _CodeBase\n\
         from ._errors import (\n",
    );
    let bases: std::collections::BTreeSet<&str> = combined.values().map(|(class, _)| *class).collect();
    for base in &bases {
        let _ = writeln!(out, "    {base},");
    }
    out.push_str(")\n\nclass Code(_CodeBase):\n");
    for row in &rows {
        let _ = writeln!(out, "    {} = {}", row.name, row.code);
    }
    out.push('\n');
    for row in &rows {
        let _ = writeln!(out, "{0}: Final[Literal[Code.{0}]]", row.name);
    }
    out.push('\n');
    for (name, (base, builtin)) in &combined {
        let _ = writeln!(out, "class {name}({base}, {builtin}): ...");
    }
    Ok(out)
}
