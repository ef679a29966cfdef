//! `--json`: written by hand (the answers are flat and few), one object per line inside one array.

use std::fmt::Write as _;

use bs_errno::{Category, ErrorInfo, SdkRelease};

use crate::entry::Entry;

/// `s` as a JSON string literal, quotes included (RFC 8259: `"` and `\` escaped, control characters as
/// `\n`-style or `\u00XX` escapes, everything else as UTF-8).
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0C}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn optional(s: Option<&str>) -> String {
    s.map_or_else(|| "null".to_owned(), string)
}

fn alias_object(alias: ErrorInfo) -> String {
    format!(
        "{{\"name\":{},\"deprecated\":{},\"deprecated_since\":{},\"description\":{}}}",
        string(alias.name()),
        alias.is_deprecated(),
        optional(alias.deprecated_since()),
        optional(alias.own_description()),
    )
}

/// One entry: `code`, `name`, `category`, `description` (an alias's own, old meaning where it has one),
/// `known`, `deprecated` and `deprecated_since` (of the name itself), `alias_of` (null for a canonical
/// name, else `{name, description}` of the code it now stands for) and `aliases` (every alias of the code,
/// as `{name, deprecated, deprecated_since, description}`), `first_seen` (the first SDK release that defines
/// the name; null for an unknown code) and, with `--sdk`, `sdk_release` (the release whose table answered).
pub fn entry(entry: Entry, release: Option<SdkRelease>) -> String {
    let (since, alias_of) = match entry {
        Entry::Alias(alias) => {
            let canonical = alias.canonical();
            (
                optional(alias.deprecated_since()),
                format!(
                    "{{\"name\":{},\"description\":{}}}",
                    string(canonical.name()),
                    string(canonical.description())
                ),
            )
        }
        _ => ("null".to_owned(), "null".to_owned()),
    };
    let aliases: Vec<String> = entry.aliases().into_iter().map(alias_object).collect();
    format!(
        "{{\"code\":{},\"name\":{},\"category\":{},\"description\":{},\"known\":{},\"deprecated\":{},\
         \"deprecated_since\":{since},\"alias_of\":{alias_of},\"aliases\":[{}],\"first_seen\":{}{}}}",
        entry.code(),
        string(entry.name()),
        string(entry.category().name()),
        string(entry.description()),
        entry.is_known(),
        entry.is_deprecated(),
        aliases.join(","),
        optional(entry.first_seen().map(SdkRelease::as_str)),
        release.map_or_else(String::new, |r| format!(",\"sdk_release\":{}", string(r.as_str()))),
    )
}

/// One category: `name`, `id` (the C enum's value), `codes` and `aliases` (how many of each it holds).
pub fn category(category: Category, codes: usize, aliases: usize) -> String {
    format!(
        "{{\"name\":{},\"id\":{},\"codes\":{codes},\"aliases\":{aliases}}}",
        string(category.name()),
        category as i32
    )
}

/// The objects as one array, one object per line; `[]` when there are none.
pub fn array(objects: &[String]) -> String {
    if objects.is_empty() {
        return "[]\n".to_owned();
    }
    let mut out = String::from("[\n");
    for (i, object) in objects.iter().enumerate() {
        out.push_str("  ");
        out.push_str(object);
        out.push_str(if i + 1 < objects.len() { ",\n" } else { "\n" });
    }
    out.push_str("]\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(string("plain"), r#""plain""#);
        assert_eq!(string(r#"a "quoted" \ path"#), r#""a \"quoted\" \\ path""#);
        assert_eq!(string("tab\tnl\ncr\rbs\u{8}ff\u{c}"), r#""tab\tnl\ncr\rbs\bff\f""#);
        assert_eq!(string("\u{0}\u{1f}\u{7f}"), "\"\\u0000\\u001f\u{7f}\"");
        assert_eq!(string("picture's ü €"), "\"picture's ü €\"");
    }

    #[test]
    fn arrays() {
        assert_eq!(array(&[]), "[]\n");
        assert_eq!(array(&["1".into(), "2".into()]), "[\n  1,\n  2\n]\n");
    }
}
