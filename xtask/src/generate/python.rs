//! The Python package's `Category` enum (python/bs_errno/_categories.py), generated from the data.

use std::fmt::Write as _;

use crate::data::Data;

fn banner(source: &str) -> String {
    format!(
        "# generated — do not edit. Rendered by `cargo xtask generate` from {source};\n\
         # edit the data and regenerate (a test fails when this file is stale).\n"
    )
}

/// python/bs_errno/_categories.py: `Category`, an IntEnum whose values are C's `BsErrorCategory` numbers.
pub fn categories(data: &Data) -> String {
    let mut out = banner("data/categories.tsv");
    out.push_str(
        "\"\"\"The categories of return codes, as the C library numbers them.\"\"\"\n\n\
         import enum\n\n\n\
         class Category(enum.IntEnum):\n    \
         \"\"\"The family of a return code, by numeric range; the values are C's ``BsErrorCategory`` numbers.\"\"\"\n",
    );
    for c in &data.categories {
        let _ = writeln!(out, "\n    {} = {}", c.name.to_ascii_uppercase(), c.number);
        let _ = writeln!(out, "    \"\"\"{}\"\"\"", c.doc_line());
    }
    out.push_str(
        "\n\n# The name of the exception class (in _errors.py) of each category's error codes.\n\
         EXCEPTION_CLASS_NAMES = {\n",
    );
    for c in data.categories.iter().filter(|c| !c.python_exception.is_empty()) {
        let _ = writeln!(
            out,
            "    Category.{}: \"{}\",",
            c.name.to_ascii_uppercase(),
            c.python_exception
        );
    }
    out.push_str("}\n");
    out
}
