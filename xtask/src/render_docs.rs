//! docs/codes.md: the browsable table of every category, code and alias.

use std::fmt::Write as _;

use crate::data::Data;
use crate::releases::History;

/// Text safe inside a table cell: characters that Markdown could read as markup or as a cell border are
/// backslash-escaped, and line breaks become spaces.
pub fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '<' | '>' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The first SDK release whose `BS_Errno.h` defines a name, for a table cell.
fn first_release<'a>(history: &'a History, name: &str) -> &'a str {
    history
        .first_seen(name)
        .and_then(|i| history.releases.get(i))
        .map_or("-", |r| r.version.as_str())
}

pub fn codes_md(data: &Data, history: &History) -> String {
    let mut out = String::from(
        "<!-- generated — do not edit. Rendered by `cargo xtask generate` from data/codes.tsv and\n     \
         data/categories.tsv; edit the data and regenerate (a test fails when this file is stale). -->\n\n\
         # BioStar 2 Device SDK return codes\n\n",
    );
    let _ = writeln!(
        out,
        "{} codes and {} aliases of `BS_Errno.h`. A code's category follows from its numeric range, so a code \
         this table does not know still has one (`bs-errno -799`: `database`). Success codes are positive; \
         0 is never returned.\n",
        data.codes().count(),
        data.aliases().count()
    );
    out.push_str("## Categories\n\n| category | codes | ranges | description | known codes | aliases |\n");
    out.push_str("|---|---:|---|---|---:|---:|\n");
    for c in &data.categories {
        let n = data.codes().filter(|r| r.category == c.name).count();
        let a = data.aliases().filter(|r| r.category == c.name).count();
        let ranges = if c.ranges.is_empty() {
            "any other".to_string()
        } else {
            c.ranges_text()
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {n} | {a} |",
            cell(&c.name),
            c.number,
            ranges,
            cell(&c.description)
        );
    }
    out.push_str(
        "\n## Codes\n\nThe first release is the first SDK release whose `BS_Errno.h` defines the name, at the latest \
         (see [releases.md](releases.md) for what each release changed).\n\n\
         | code | name | category | first release | description |\n|---:|---|---|---|---|\n",
    );
    for row in data.codes() {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} |",
            row.code,
            row.name,
            cell(&row.category),
            first_release(history, &row.name),
            cell(&row.description)
        );
    }
    out.push_str(
        "\n## Aliases\n\nSecond names of a code. A deprecated one makes C compilers warn; its old meaning is \
         what the value meant under that name, where that differs from or predates the current description.\n\n\
         | name | code | canonical | first release | deprecated since | old meaning |\n|---|---:|---|---|---|---|\n",
    );
    for row in data.aliases() {
        let since = match (row.deprecated, &row.deprecated_since) {
            (true, Some(version)) => version.clone(),
            (true, None) => "deprecated (version not stated)".to_owned(),
            (false, _) => "not deprecated".to_owned(),
        };
        let meaning = if row.description.is_empty() {
            "(same as canonical)".to_owned()
        } else {
            cell(&row.description)
        };
        let _ = writeln!(
            out,
            "| `{}` | {} | `{}` | {} | {} | {meaning} |",
            row.name,
            row.code,
            row.alias_of.as_deref().unwrap_or_default(),
            first_release(history, &row.name),
            cell(&since),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_escape_markup() {
        assert_eq!(
            cell("User profile picture's size is too big."),
            "User profile picture's size is too big."
        );
        assert_eq!(cell("a | b"), "a \\| b");
        assert_eq!(cell("*x* _y_ `z` <b> [l]"), "\\*x\\* \\_y\\_ \\`z\\` \\<b\\> \\[l\\]");
        assert_eq!(cell("back\\slash\nline"), "back\\\\slash line");
    }
}
