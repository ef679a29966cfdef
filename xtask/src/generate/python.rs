//! The Python package's modules generated from the data: the version, `Category` and the names and values
//! `Code` is made of (python/bs_errno/_data.py), and the exception classes (python/bs_errno/_exceptions.py). The rule that gives a code a class of its own (a timeout, an invalid
//! argument) lives here and nowhere else.

use std::fmt::Write as _;

use crate::data::{Data, Row};

pub const PYTHON_DATA: &str = "python/bs_errno/_data.py";

fn banner(source: &str) -> String {
    format!(
        "# generated — do not edit. Rendered by `cargo xtask generate` from {source};\n\
         # edit the data and regenerate (a test fails when this file is stale).\n"
    )
}

/// python/bs_errno/_data.py: the package's version; every category (name, C's `BsErrorCategory` number); every
/// canonical code (name, value, category number) in the order of the library's `bs_error_code_at`; every
/// alias the library lists (`bs_error_alias_at`); the other spellings `bs_error_from_name` reads; and the
/// exception classes. One module: each module costs
/// the import about a tenth of a millisecond.
pub fn data(data: &Data, version: &str) -> Result<String, String> {
    let mut out = banner("data/categories.tsv, data/codes.tsv and Cargo.toml");
    let _ = write!(
        out,
        "\"\"\"The package's data: its version, and the names and values ``Category`` and ``Code`` are made of, so that\n\
         the import asks the library nothing per code (descriptions are the library's, asked on first use).\"\"\"\n\n\
         # The version of the package (the C library reports its own: ``library_version()``).\n\
         __version__ = \"{version}\"\n\n\
         # (name, number) of every category, as C's BsErrorCategory numbers them.\n\
         CATEGORIES = (\n",
    );
    for c in &data.categories {
        let _ = writeln!(
            out,
            "    (\"{}\", {}),  # {}",
            c.name.to_ascii_uppercase(),
            c.number,
            c.doc_line()
        );
    }
    out.push_str(")\n");
    out.push_str(
        "\n# (name, value, category number) of every code, ascending by value as bs_error_code_at lists them.\n\
         CODES = (\n",
    );
    for row in data.codes() {
        let category = data
            .categories
            .iter()
            .find(|c| c.name == row.category)
            .ok_or_else(|| format!("{}: no category {:?}", row.name, row.category))?;
        let _ = writeln!(out, "    (\"{}\", {}, {}),", row.name, row.code, category.number);
    }
    out.push_str(
        ")\n\n# (name, value) of every alias, ascending by value as bs_error_alias_at lists them; CODES holds each\n\
         # value's canonical name.\nALIASES = (\n",
    );
    for row in data.aliases() {
        let _ = writeln!(out, "    (\"{}\", {}),", row.name, row.code);
    }
    out.push_str(
        ")\n\n# (name, value) of the vendor's other spellings (its C# enum's), which from_name reads as the C library's\n\
         # bs_error_from_name does; no C macro, so no Code member.\nSPELLINGS = (\n",
    );
    for row in data.spellings() {
        let _ = writeln!(out, "    (\"{}\", {}),", row.name, row.code);
    }
    let (classes, by_code) = exception_classes(data)?;
    out.push_str(
        ")\n\n# The exception classes, each after its bases: (name, names of the bases, docstring). A base is\n\
         # BsSdkError, an earlier class or a builtin.\nEXCEPTIONS = (\n",
    );
    for class in &classes {
        let bases: Vec<String> = class.bases.iter().map(|b| format!("\"{b}\"")).collect();
        let comma = if bases.len() == 1 { "," } else { "" };
        let _ = writeln!(
            out,
            "    (\"{}\", ({}{comma}), \"{}\"),",
            class.name,
            bases.join(", "),
            class.doc
        );
    }
    out.push_str(")\n\n# The exception class of each category's error codes, by category number (success has none).\nCATEGORY_EXCEPTIONS = (\n");
    for c in &data.categories {
        let class = if c.python_exception.is_empty() {
            "None".to_string()
        } else {
            format!("\"{}\"", c.python_exception)
        };
        let _ = writeln!(out, "    {class},  # {}", c.name);
    }
    out.push_str(")\n\n# The error codes whose exception class is not their category's.\nCODE_EXCEPTIONS = {\n");
    for (code, class) in &by_code {
        let _ = writeln!(out, "    {code}: \"{class}\",");
    }
    out.push_str("}\n");
    Ok(out)
}

/// The builtin a category's exception class also derives from, where the builtin's meaning holds for every
/// code of the category: the network (what retry code catches) and files on the device.
const CATEGORY_BUILTINS: [(&str, &str); 2] = [("communication", "ConnectionError"), ("file_io", "OSError")];

/// The builtin a code's own name adds to its category's class, with the suffix of the combined class's
/// name and what such a code is: a timeout is a timeout in whatever category (`BiometricTimeoutError`), an
/// invalid argument is the caller's bad value (`PacketParameterError`; the rest of the packet category is
/// not).
fn code_builtin(row: &Row) -> Option<(&'static str, &'static str, &'static str)> {
    if row.name.contains("TIMEOUT") {
        Some(("TimeoutError", "TimeoutError", "a timeout"))
    } else if row.name.ends_with("_PARAM") || row.name == "BS_SDK_ERROR_NULL_POINTER" {
        Some(("ParameterError", "ValueError", "an invalid argument"))
    } else {
        None
    }
}

/// One exception class of the package: its name, the names of its bases and its docstring.
pub(crate) struct Class {
    pub(crate) name: String,
    pub(crate) bases: Vec<String>,
    pub(crate) doc: String,
}

/// The combined class of each error code that has one: (code, class name).
pub(crate) type CombinedOf = Vec<(i32, String)>;

/// Every exception class, category classes first (in category order), then the combined classes by name;
/// and the combined class of each error code that has one.
pub(crate) fn exception_classes(data: &Data) -> Result<(Vec<Class>, CombinedOf), String> {
    for (category, _) in CATEGORY_BUILTINS {
        if !data.categories.iter().any(|c| c.name == category) {
            return Err(format!(
                "render_python: no category {category:?} in data/categories.tsv"
            ));
        }
    }
    let mut classes = Vec::new();
    for c in data.categories.iter().filter(|c| !c.python_exception.is_empty()) {
        let builtin = CATEGORY_BUILTINS
            .iter()
            .find(|(name, _)| *name == c.name)
            .map(|(_, b)| *b);
        let constant = c.name.to_ascii_uppercase();
        classes.push(Class {
            name: c.python_exception.clone(),
            bases: std::iter::once("BsSdkError")
                .chain(builtin)
                .map(str::to_string)
                .collect(),
            doc: match builtin {
                Some(b) => format!("An error code of :attr:`Category.{constant}`. Also a :class:`{b}`."),
                None => format!("An error code of :attr:`Category.{constant}`."),
            },
        });
    }
    let mut combined = std::collections::BTreeMap::new();
    let mut by_code = Vec::new();
    for row in data.codes().filter(|r| r.category != "success") {
        let Some((suffix, builtin, what)) = code_builtin(row) else {
            continue;
        };
        let base = data
            .categories
            .iter()
            .find(|c| c.name == row.category)
            .map(|c| c.python_exception.as_str())
            .filter(|class| !class.is_empty())
            .ok_or_else(|| format!("{}: category {:?} names no exception class", row.name, row.category))?;
        let stem = base.strip_suffix("Error").unwrap_or(base);
        let name = format!("{stem}{suffix}");
        combined.insert(
            name.clone(),
            Class {
                name: name.clone(),
                bases: vec![base.to_string(), builtin.to_string()],
                doc: format!(":class:`{base}` for {what}: also a :class:`{builtin}`."),
            },
        );
        by_code.push((row.code, name));
    }
    classes.extend(combined.into_values());
    Ok((classes, by_code))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Data {
        crate::data::load(&crate::data::project_root()).expect("the data loads")
    }

    #[test]
    fn a_timeout_and_an_invalid_argument_get_a_class_of_their_own() {
        let data = data();
        let (classes, by_code) = exception_classes(&data).unwrap();
        let class_of = |name: &str| {
            let code = data.rows.iter().find(|r| r.name == name).unwrap().code;
            by_code
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, class)| class.as_str())
        };
        assert_eq!(
            class_of("BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT"),
            Some("BiometricTimeoutError")
        );
        assert_eq!(class_of("BS_SDK_ERROR_INVALID_PARAM"), Some("PacketParameterError"));
        assert_eq!(class_of("BS_SDK_ERROR_NULL_POINTER"), Some("HostSDKParameterError"));
        assert_eq!(class_of("BS_SDK_ERROR_CANNOT_CONNECT_SOCKET"), None);
        let biometric = classes.iter().find(|c| c.name == "BiometricTimeoutError").unwrap();
        assert_eq!(biometric.bases, ["BiometricError", "TimeoutError"]);
        let communication = classes.iter().find(|c| c.name == "CommunicationError").unwrap();
        assert_eq!(communication.bases, ["BsSdkError", "ConnectionError"]);
    }
}
