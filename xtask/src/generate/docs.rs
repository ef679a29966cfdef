//! The generated documents: docs/codes.md (every category, code and alias) and docs/releases.md (what each
//! SDK release changed).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::data::Data;
use crate::data::{HISTORY_FILE, History, RELEASES_FILE};

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

/// docs/releases.md: release by release, what was added, renamed, changed meaning, moved or deprecated.
pub fn releases_md(history: &History) -> Result<String, String> {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!-- generated — do not edit. Rendered by `cargo xtask generate` from {RELEASES_FILE} and {HISTORY_FILE}. -->\n\
         \n\
         # What each SDK release changed in `BS_Errno.h`\n\
         \n\
         Generated by `cargo xtask generate` from {RELEASES_FILE} and {HISTORY_FILE} (do not edit).\n\
         \n\
         The vendor published the header of {} releases. A release's table names each value by the rule of\n\
         [sdk-releases.md](sdk-releases.md): the current name where that release defines it with that value,\n\
         otherwise that release's one name for the value that it does not mark deprecated. The vendor skipped\n\
         header updates for some releases, so \"added in 2.7.2.4\" means \"in 2.7.2.4 at the latest\".\n\
         \n\
         - **added**: a value no earlier release defined.\n\
         - **renamed**: a value that keeps its meaning under a new name (the old name stays, deprecated).\n\
         - **changed meaning**: a value now named for something else.\n\
         - **moved**: a name whose value changed.\n\
         - **new names**: a second name for a value that already had one.\n\
         - **deprecated**: names the release's header first marks deprecated.\n\
         \n\
         | release | date | names | values |\n|---|---|---:|---:|\n",
        history.releases.len()
    );
    for (r, release) in history.releases.iter().enumerate() {
        let names = history.rows.iter().filter(|row| row.defined_in(r)).count();
        let _ = writeln!(
            out,
            "| [{0}](#{1}) | {2} | {names} | {3} |",
            release.version,
            release.version.replace('.', ""),
            release.date,
            history.values_in(r).len()
        );
    }
    let tables: Vec<BTreeMap<i32, &str>> = (0..history.releases.len())
        .map(|r| {
            history
                .values_in(r)
                .into_iter()
                .map(|v| history.answer(r, v).map(|a| (v, a.unwrap_or_default())))
                .collect::<Result<_, _>>()
        })
        .collect::<Result<_, _>>()?;
    for (r, release) in history.releases.iter().enumerate() {
        let _ = write!(out, "\n## {}\n\nPublished {}.", release.version, release.date);
        let table = &tables[r];
        if r == 0 {
            let _ = writeln!(
                out,
                " The oldest release of the history: {} values, {} names.",
                table.len(),
                history.rows.iter().filter(|row| row.defined_in(0)).count()
            );
            continue;
        }
        out.push('\n');
        let previous = &tables[r - 1];
        let mut sections: Vec<(&str, Vec<String>)> = Vec::new();
        let added: Vec<String> = table
            .iter()
            .filter(|(v, _)| !previous.contains_key(v))
            .map(|(v, name)| format!("{v} `{name}`: {}", history.description_of(name)))
            .collect();
        let (mut renamed, mut changed) = (Vec::new(), Vec::new());
        for (v, name) in table {
            let Some(old) = previous.get(v).filter(|old| *old != name) else {
                continue;
            };
            let (old_text, new_text) = (history.description_of(old), history.description_of(name));
            if old_text == new_text {
                renamed.push(format!("{v} `{old}` is now `{name}`: {new_text}"));
            } else {
                changed.push(format!("{v} was `{old}` ({old_text}), is now `{name}` ({new_text})"));
            }
        }
        let mut moved = Vec::new();
        let mut new_names = Vec::new();
        let mut deprecated = Vec::new();
        for row in history.rows.iter().filter(|row| row.first == r) {
            if let Some(before) = history.rows.iter().find(|o| o.name == row.name && o.defined_in(r - 1)) {
                moved.push(format!("`{}`: {} to {}", row.name, before.value, row.value));
            } else if previous.contains_key(&row.value) && table.get(&row.value) != Some(&row.name.as_str()) {
                let answer = table.get(&row.value).copied().unwrap_or_default();
                new_names.push(format!("`{}` for {} (`{answer}`)", row.name, row.value));
            }
        }
        for row in history.rows.iter().filter(|row| row.deprecated_from == Some(r)) {
            let replacement = table.get(&row.value).copied().unwrap_or_default();
            deprecated.push(format!("`{}` ({}): use `{replacement}`", row.name, row.value));
        }
        sections.push(("Added", added));
        sections.push(("Renamed", renamed));
        sections.push(("Changed meaning", changed));
        sections.push(("Moved", moved));
        sections.push(("New names", new_names));
        sections.push(("Deprecated", deprecated));
        if sections.iter().all(|(_, items)| items.is_empty()) {
            out.push_str("\nNo change to the codes.\n");
        }
        for (title, items) in sections {
            if items.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n**{title}** ({}):\n", items.len());
            for item in items {
                let _ = writeln!(out, "- {item}");
            }
        }
    }
    Ok(out)
}
