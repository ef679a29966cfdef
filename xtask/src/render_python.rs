//! The Python files generated from the data: the package's `Category` enum (python/bs_errno/_categories.py)
//! and the Python tests' expectations (python/tests/generated_table.py).

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

/// python/tests/generated_table.py: every row of data/codes.tsv as a dict of strings, with its category, and
/// the category ranges.
pub fn test_table(data: &Data) -> String {
    let mut out = banner("data/codes.tsv and data/categories.tsv");
    out.push_str(
        "\"\"\"The Python tests' expectations: every row of the data, never the library under test.\"\"\"\n\n\
         ROWS = [\n",
    );
    for row in &data.rows {
        let _ = writeln!(
            out,
            "    {{\"code\": \"{}\", \"name\": \"{}\", \"kind\": \"{}\", \"alias_of\": \"{}\", \"deprecated\": \"{}\",\n     \
             \"deprecated_since\": \"{}\", \"category\": \"{}\",\n     \"description\": {:?}}},",
            row.code,
            row.name,
            if row.is_alias() { "alias" } else { "code" },
            row.alias_of.as_deref().unwrap_or_default(),
            if row.deprecated { "yes" } else { "no" },
            row.deprecated_since.as_deref().unwrap_or_default(),
            row.category,
            row.description
        );
    }
    out.push_str(
        "]\n\n# Every range of data/categories.tsv: (lowest code, highest code, category).\nCATEGORY_RANGES = [\n",
    );
    for c in &data.categories {
        for (low, high) in &c.ranges {
            let _ = writeln!(out, "    ({low}, {high}, \"{}\"),", c.name);
        }
    }
    let _ = writeln!(
        out,
        "]\n# The category of a code outside every range.\nCATEGORY_OUTSIDE_RANGES = \"{}\"",
        data.categories[0].name
    );
    out.push_str("# The Python exception class of each category's error codes.\nCATEGORY_CLASS = {\n");
    for c in data.categories.iter().filter(|c| !c.python_exception.is_empty()) {
        let _ = writeln!(out, "    \"{}\": \"{}\",", c.name, c.python_exception);
    }
    out.push_str("}\n");
    out
}
