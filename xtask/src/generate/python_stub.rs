//! Renders `python/bs_errno/_typing.pyi`: what the Python package makes at import time from
//! `python/bs_errno/_data.py`, spelled out for type checkers: `Category` and `Code` with every member, each
//! macro as a module constant, and the exception classes. At run time the package never imports it.

use std::fmt::Write as _;

use crate::data::Data;

pub const PYTHON_STUB: &str = "python/bs_errno/_typing.pyi";

pub fn render_python_stub(data: &Data) -> Result<String, String> {
    let mut out = String::from(
        "# generated — do not edit. Rendered by `cargo xtask generate` from data/categories.tsv and data/codes.tsv.\n\
         # For type checkers only: the package makes `Category`, `Code` and the exception classes at import time\n\
         # from _data.py, and the constants from the members of `Code`.\n\
         \n\
         from enum import IntEnum\n\
         from typing import Final, Literal\n\
         \n\
         from ._errors import BsSdkError\n\
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
    out.push('\n');
    let (classes, _) = super::python::exception_classes(data)?;
    for class in &classes {
        let _ = writeln!(out, "class {}({}):\n    \"\"\"{}\"\"\"", class.name, class.bases.join(", "), class.doc);
    }
    Ok(out)
}
