//! The type stubs of what the Python package makes at import time from `python/bs_errno/_data.py`, spelled out
//! for type checkers: `python/bs_errno/_typing.pyi` (`Category` and `Code` with every member, each macro as a
//! module constant) and `python/bs_errno/_exceptions.pyi` (the exception classes). Stubs without a module:
//! at run time the package never imports them. Two, so that the imports point one way for type checkers too
//! (`_core` reads the first, the second reads `_errors`, which reads `_core`).

use std::fmt::Write as _;

use crate::data::Data;

pub const PYTHON_STUB: &str = "python/bs_errno/_typing.pyi";
pub const PYTHON_EXCEPTIONS_STUB: &str = "python/bs_errno/_exceptions.pyi";

pub fn render_python_stub(data: &Data) -> Result<String, String> {
    let mut out = String::from(
        "# generated — do not edit. Rendered by `cargo xtask generate` from data/categories.tsv and data/codes.tsv.\n\
         # For type checkers only: the package makes `Category` and `Code` at import time from _data.py, and the\n\
         # constants from the members of `Code`.\n\
         \n\
         from enum import IntEnum\n\
         from typing import Final, Literal\n\
         \n\
         class Category(IntEnum):\n    \
         \"\"\"The family of a return code, by numeric range; the values are C's ``BsErrorCategory`` numbers.\"\"\"\n\n",
    );
    for c in &data.categories {
        let _ = writeln!(out, "    {} = {}", c.name.to_ascii_uppercase(), c.number);
        let _ = writeln!(out, "    \"\"\"{}\"\"\"", c.doc_line());
    }
    out.push_str(
        "\nclass Code(IntEnum):\n    \
         @property\n    \
         def description(self) -> str:\n        \
         \"\"\"The description, as :func:`describe` gives it.\"\"\"\n    \
         @property\n    \
         def category(self) -> Category:\n        \
         \"\"\"The category, as :func:`category` gives it.\"\"\"\n\n",
    );
    for row in data.macros() {
        let _ = writeln!(out, "    {} = {}", row.name, row.code);
    }
    out.push('\n');
    for row in data.macros() {
        let _ = writeln!(out, "{0}: Final[Literal[Code.{0}]]", row.name);
    }
    Ok(out)
}

pub fn render_exceptions_stub(data: &Data) -> Result<String, String> {
    let mut out = String::from(
        "# generated — do not edit. Rendered by `cargo xtask generate` from data/categories.tsv and data/codes.tsv.\n\
         # For type checkers only: the package makes these classes at import time from _data.py (_errors.CLASSES).\n\
         \n\
         from ._errors import BsSdkError\n\
         \n",
    );
    let (classes, _) = super::python::exception_classes(data)?;
    for class in &classes {
        let _ = writeln!(
            out,
            "class {}({}):\n    \"\"\"{}\"\"\"",
            class.name,
            class.bases.join(", "),
            class.doc
        );
    }
    Ok(out)
}
