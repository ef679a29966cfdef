//! The C# sources of the .NET package (`dotnet/`) rendered from the data: the `BS2ErrorCode` enum, the
//! category enum with one exception class per category, the assembly version, and the .NET tests'
//! expectations. The package asks the C library for every answer; these files hold only names and values.

use std::fmt::Write as _;

use super::rust::deprecation_note;
use crate::data::{CATEGORIES_FILE, CODES_FILE, Category, Data, History, Kind, Row};

pub const ENUM_FILE: &str = "dotnet/BsErrno/Generated/BS2ErrorCode.cs";
pub const CATEGORIES_CS: &str = "dotnet/BsErrno/Generated/Categories.cs";
pub const VERSION_FILE: &str = "dotnet/BsErrno/Generated/Version.cs";
pub const TEST_TABLE: &str = "dotnet/tests/Generated/ExpectedTable.cs";

/// Every C# file rendered from the data (and, for the version, Cargo.toml).
pub fn render(data: &Data, history: &History, version: &str) -> Result<Vec<(&'static str, String)>, String> {
    Ok(vec![
        (ENUM_FILE, render_enum(data, &history.newest().version)),
        (CATEGORIES_CS, render_categories(data)?),
        (VERSION_FILE, render_version(version)?),
        (TEST_TABLE, render_test_table(data, history)),
    ])
}

fn banner(source: &str) -> String {
    format!(
        "// generated — do not edit. Rendered by `cargo xtask generate` from {source};\n\
         // edit the data and regenerate (a test fails when this file is stale).\n"
    )
}

/// A C# string literal.
fn cs_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text for an XML doc comment.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The C# name of a category: `wireless_lock` gives `WirelessLock`, `file_io` gives `FileIO` (two-letter
/// words are upper-case, as in System.IO).
pub fn category_member(category: &Category) -> String {
    category
        .name
        .split('_')
        .map(|word| {
            if word.len() <= 2 {
                word.to_ascii_uppercase()
            } else {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            }
        })
        .collect()
}

fn enum_member_doc(row: &Row) -> String {
    match &row.alias_of {
        None => format!("{} ({})", xml(&row.description), row.code),
        Some(canonical) if row.kind == Kind::CsharpAlias => format!(
            "The spelling of the vendor's C# enum for <see cref=\"{canonical}\"/> ({}); not a macro of the C header.",
            row.code
        ),
        Some(canonical) => {
            let mut doc = if row.deprecated {
                format!("Deprecated alias of <see cref=\"{canonical}\"/> ({})", row.code)
            } else {
                format!("Alias of <see cref=\"{canonical}\"/> ({})", row.code)
            };
            if let Some(since) = &row.deprecated_since {
                let _ = write!(doc, ", deprecated since SDK {since}");
            }
            doc.push('.');
            if !row.description.is_empty() {
                let _ = write!(doc, " Its old meaning: {}", xml(&row.description));
            }
            doc
        }
    }
}

/// `dotnet/BsErrno/Generated/BS2ErrorCode.cs`: every macro of the header with its value, deprecated aliases
/// `[Obsolete]` with the header's message; not `[Flags]`.
pub fn render_enum(data: &Data, newest: &str) -> String {
    let mut out = banner(CODES_FILE);
    let _ = write!(
        out,
        "\n\
         namespace BsErrno\n\
         {{\n\
         \x20   /// <summary>\n\
         \x20   /// Every return code of the BioStar 2 Device SDK, named and valued as in the vendor's <c>BS_Errno.h</c>\n\
         \x20   /// (SDK {newest}): {} codes and {} other names for them, and the spellings of the vendor's C# enum\n\
         \x20   /// ({}). A drop-in for the enum of the vendor's C# examples, with the names those lack.\n\
         \x20   /// </summary>\n\
         \x20   /// <remarks>\n\
         \x20   /// Not a set of flags: 7 is not \"DURESS and DUAL_AUTH\". Every positive code means success, so test\n\
         \x20   /// <c>BsErrors.IsSuccess(rc)</c>, never <c>rc != BS_SDK_SUCCESS</c>. Codes with several names print\n\
         \x20   /// any of them through <c>ToString()</c>; <see cref=\"BsErrors.Name(BS2ErrorCode)\"/> gives the current\n\
         \x20   /// one.\n\
         \x20   /// </remarks>\n\
         \x20   public enum BS2ErrorCode : int\n\
         \x20   {{\n",
        data.codes().count(),
        data.aliases().count(),
        data.spellings().map(|r| r.name.as_str()).collect::<Vec<_>>().join(", ")
    );
    let mut first = true;
    for row in &data.rows {
        if !first {
            out.push('\n');
        }
        first = false;
        let _ = writeln!(out, "        /// <summary>{}</summary>", enum_member_doc(row));
        if row.deprecated {
            let _ = writeln!(out, "        [System.Obsolete({})]", cs_string(&deprecation_note(row)));
        }
        let _ = writeln!(out, "        {} = {},", row.name, row.code);
    }
    out.push_str("    }\n}\n");
    out
}

/// `dotnet/BsErrno/Generated/Categories.cs`: `BsErrorCategory`, one exception class per category, and the
/// factory `BsErrors.Check` uses.
pub fn render_categories(data: &Data) -> Result<String, String> {
    let mut out = banner(CATEGORIES_FILE);
    out.push_str(
        "\n\
         using System;\n\
         \n\
         namespace BsErrno\n\
         {\n\
         \x20   /// <summary>The family of a return code, by its numeric range (the C library's <c>BsErrorCategory</c>).</summary>\n\
         \x20   public enum BsErrorCategory\n\
         \x20   {\n",
    );
    for (i, c) in data.categories.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "        /// <summary>{}</summary>", xml(&c.doc_line()));
        let _ = writeln!(out, "        {} = {},", category_member(c), c.number);
    }
    out.push_str("    }\n");
    let errors: Vec<&Category> = data
        .categories
        .iter()
        .filter(|c| !c.dotnet_exception.is_empty())
        .collect();
    for c in &errors {
        let inner = if c.dotnet_inner_exception.is_empty() {
            String::new()
        } else {
            format!(
                " Its <see cref=\"Exception.InnerException\"/> is a <see cref=\"{}\"/>, unless the code's name gives a more precise one.",
                c.dotnet_inner_exception
            )
        };
        let _ = write!(
            out,
            "\n\
             \x20   /// <summary>An error code of <see cref=\"BsErrorCategory.{member}\"/>: {description}{inner}</summary>\n\
             \x20   public class {class} : BsSdkException\n\
             \x20   {{\n\
             \x20       /// <summary>The exception for <paramref name=\"code\"/>; see <see cref=\"BsSdkException\"/>.</summary>\n\
             \x20       public {class}(int code, string function = null, SdkRelease release = null)\n\
             \x20           : base(code, function, release)\n\
             \x20       {{\n\
             \x20       }}\n\
             \x20   }}\n",
            member = category_member(c),
            description = xml(&c.description),
            class = c.dotnet_exception,
        );
    }
    out.push_str(
        "\n\
         \x20   internal static class CategoryClasses\n\
         \x20   {\n\
         \x20       /// <summary>The exception of <paramref name=\"category\"/>'s class for <paramref name=\"code\"/>.</summary>\n\
         \x20       internal static BsSdkException Create(BsErrorCategory category, int code, string function, SdkRelease release)\n\
         \x20       {\n\
         \x20           switch (category)\n\
         \x20           {\n",
    );
    let unknown = errors
        .iter()
        .find(|c| c.number == 0)
        .ok_or_else(|| format!("{CATEGORIES_FILE}: category 0 has no dotnet_exception"))?;
    for c in errors.iter().filter(|c| c.number != 0) {
        let _ = writeln!(
            out,
            "                case BsErrorCategory.{}: return new {}(code, function, release);",
            category_member(c),
            c.dotnet_exception
        );
    }
    let _ = write!(
        out,
        "                default: return new {}(code, function, release);\n\
         \x20           }}\n\
         \x20       }}\n\
         \n\
         \x20       /// <summary>The .NET exception that stands for <paramref name=\"category\"/>'s meaning, or null.</summary>\n\
         \x20       internal static Exception Meaning(BsErrorCategory category, string message)\n\
         \x20       {{\n\
         \x20           switch (category)\n\
         \x20           {{\n",
        unknown.dotnet_exception
    );
    for c in data.categories.iter().filter(|c| !c.dotnet_inner_exception.is_empty()) {
        let _ = writeln!(
            out,
            "                case BsErrorCategory.{}: return new {}(message);",
            category_member(c),
            c.dotnet_inner_exception
        );
    }
    out.push_str(
        "                default: return null;\n\
         \x20           }\n\
         \x20       }\n\
         \x20   }\n\
         }\n",
    );
    Ok(out)
}

/// `dotnet/BsErrno/Generated/Version.cs`, from Cargo.toml.
pub fn render_version(version: &str) -> Result<String, String> {
    let numeric: String = version
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    if numeric.split('.').count() != 3 {
        return Err(format!("Cargo.toml: version {version:?} is not MAJOR.MINOR.PATCH"));
    }
    Ok(format!(
        "// generated — do not edit. Rendered by `cargo xtask generate` from Cargo.toml ([workspace.package]).\n\
         \n\
         using System.Reflection;\n\
         \n\
         [assembly: AssemblyVersion(\"{numeric}.0\")]\n\
         [assembly: AssemblyFileVersion(\"{numeric}.0\")]\n\
         [assembly: AssemblyInformationalVersion(\"{version}\")]\n\
         \n\
         namespace BsErrno\n\
         {{\n\
         \x20   internal static class PackageVersion\n\
         \x20   {{\n\
         \x20       /// <summary>The version of the package (the C library reports its own).</summary>\n\
         \x20       internal const string Text = \"{version}\";\n\
         \x20   }}\n\
         }}\n"
    ))
}

/// `dotnet/tests/Generated/ExpectedTable.cs`: every row of the data and every release, for the tests to
/// compare the package with (never the package's own answers).
pub fn render_test_table(data: &Data, history: &History) -> String {
    let mut out = banner("data/codes.tsv, data/categories.tsv and data/releases.tsv");
    out.push_str(
        "\n\
         namespace BsErrno.Tests\n\
         {\n\
         \x20   internal static class ExpectedTable\n\
         \x20   {\n\
         \x20       /// <summary>Every row of data/codes.tsv: (code, name, alias_of or null, deprecated, deprecation message or null, category, description).</summary>\n\
         \x20       internal static readonly ExpectedRow[] Rows =\n\
         \x20       {\n",
    );
    for row in &data.rows {
        let alias_of = row.alias_of.as_deref().map_or("null".to_string(), cs_string);
        let note = if row.deprecated {
            cs_string(&deprecation_note(row))
        } else {
            "null".to_string()
        };
        let _ = writeln!(
            out,
            "            new ExpectedRow({}, {}, {alias_of}, {}, {note}, {}, {}),",
            row.code,
            cs_string(&row.name),
            row.deprecated,
            cs_string(&row.category),
            cs_string(&row.description)
        );
    }
    out.push_str(
        "        };\n\
         \n\
         \x20       /// <summary>Every category: (number, name, C# member, exception class or null, inner exception type or null).</summary>\n\
         \x20       internal static readonly ExpectedCategory[] Categories =\n\
         \x20       {\n",
    );
    let or_null = |s: &str| if s.is_empty() { "null".to_string() } else { cs_string(s) };
    for c in &data.categories {
        let _ = writeln!(
            out,
            "            new ExpectedCategory({}, {}, {}, {}, {}),",
            c.number,
            cs_string(&c.name),
            cs_string(&category_member(c)),
            or_null(&c.dotnet_exception),
            or_null(&c.dotnet_inner_exception)
        );
    }
    out.push_str(
        "        };\n\
         \n\
         \x20       /// <summary>Every SDK release, oldest first: (version, date).</summary>\n\
         \x20       internal static readonly string[][] Releases =\n\
         \x20       {\n",
    );
    for release in &history.releases {
        let _ = writeln!(
            out,
            "            new[] {{ {}, {} }},",
            cs_string(&release.version),
            cs_string(&release.date)
        );
    }
    out.push_str("        };\n    }\n}\n");
    out
}
