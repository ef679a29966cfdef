//! data/categories.tsv (the families of codes and their numeric ranges) and data/codes.tsv (every code,
//! alias and other spelling).

use std::path::Path;

pub const CODES_FILE: &str = "data/codes.tsv";
pub const CATEGORIES_FILE: &str = "data/categories.tsv";

const CODE_COLUMNS: [&str; 8] = [
    "code",
    "name",
    "kind",
    "alias_of",
    "deprecated",
    "deprecated_since",
    "description",
    "description_source",
];
const CATEGORY_COLUMNS: [&str; 7] = [
    "number",
    "name",
    "ranges",
    "python_exception",
    "dotnet_exception",
    "dotnet_inner_exception",
    "description",
];

/// One family of codes: a row of data/categories.tsv.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// The C value of `BsErrorCategory` (ABI): the row's position in the file.
    pub number: u8,
    /// Lowercase, e.g. `wireless_lock`.
    pub name: String,
    /// Inclusive `(low, high)` ranges of codes; empty only for `unknown`.
    pub ranges: Vec<(i32, i32)>,
    /// The Python package's exception class for its error codes (`CommunicationError`); empty for success.
    pub python_exception: String,
    /// The .NET package's exception class for its error codes (`BsCommunicationException`); empty for
    /// success.
    pub dotnet_exception: String,
    /// The .NET exception type that stands for the category's meaning in .NET's terms and rides along as the
    /// InnerException (`System.IO.IOException` for communication), or empty where none fits.
    pub dotnet_inner_exception: String,
    /// One sentence.
    pub description: String,
}

impl Category {
    /// The Rust variant name: `wireless_lock` gives `WirelessLock`.
    pub fn variant(&self) -> String {
        self.name
            .split('_')
            .map(|word| {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            })
            .collect()
    }

    /// The C constant: `BS_ERROR_CATEGORY_WIRELESS_LOCK`.
    pub fn c_constant(&self) -> String {
        format!("BS_ERROR_CATEGORY_{}", self.name.to_ascii_uppercase())
    }

    /// The ranges for people: `-7xx` for a whole hundred, `-4029..-4020` otherwise, `1 and above` for the
    /// open range of success.
    pub fn ranges_text(&self) -> String {
        let parts: Vec<String> = self.ranges.iter().map(|&(low, high)| range_text(low, high)).collect();
        match parts.len() {
            0 => "no range".to_string(),
            _ => parts.join(" and "),
        }
    }
}

impl Category {
    /// The description and the ranges, for documentation: `Sockets and network. Codes -1xx.`
    pub fn doc_line(&self) -> String {
        if self.ranges.is_empty() {
            self.description.clone()
        } else {
            let single = matches!(self.ranges[..], [(low, high)] if low == high);
            let codes = if single { "Code" } else { "Codes" };
            format!("{} {codes} {}.", self.description, self.ranges_text())
        }
    }
}

fn range_text(low: i32, high: i32) -> String {
    let hundred = high <= 0 && high % 100 == 0 && low == high - 99;
    if hundred {
        format!("-{}xx", -high / 100)
    } else if high == i32::MAX {
        format!("{low} and above")
    } else if low == high {
        low.to_string()
    } else {
        format!("{low}..{high}")
    }
}

/// What a row of data/codes.tsv names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The canonical name of its code (`code`).
    Code,
    /// A second macro of the vendor's C header for the same code (`alias`), deprecated or not.
    Alias,
    /// A spelling the vendor's C# enum uses where the C header spells the name differently
    /// (`csharp_alias`). Recognised by name lookups; not a C macro.
    CsharpAlias,
}

/// One row of data/codes.tsv, with the category its code's range gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub code: i32,
    pub name: String,
    pub kind: Kind,
    /// `None` for a canonical code, `Some(canonical name)` for an alias.
    pub alias_of: Option<String>,
    pub deprecated: bool,
    pub deprecated_since: Option<String>,
    /// Empty only for an alias that has no text of its own.
    pub description: String,
    /// `vendor` (the vendor's text, verbatim), `ours`, or `vendor:OLD_NAME` (the vendor's text of an older
    /// name of the same code); empty for an alias without a description.
    pub description_source: String,
    /// The name of the category whose range holds the code (not a column: derived from the ranges).
    pub category: String,
}

impl Row {
    /// Any second name: a header alias or another spelling.
    pub fn is_alias(&self) -> bool {
        self.alias_of.is_some()
    }

    /// A macro of the C header (every row but the other spellings).
    pub fn is_macro(&self) -> bool {
        self.kind != Kind::CsharpAlias
    }
}

/// Both data files, parsed and checked against each other.
#[derive(Clone, Debug)]
pub struct Data {
    pub categories: Vec<Category>,
    pub rows: Vec<Row>,
}

impl Data {
    /// The canonical rows, ascending by code.
    pub fn codes(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| !r.is_alias())
    }

    /// The alias macros of the C header, ascending by code.
    pub fn aliases(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.kind == Kind::Alias)
    }

    /// Every macro of the C header (codes and aliases), in file order.
    pub fn macros(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.is_macro())
    }

    /// The other spellings (the vendor's C# enum), ascending by code.
    pub fn spellings(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.kind == Kind::CsharpAlias)
    }

    /// The category of any code by a plain scan of the ranges: the reference the library's table is tested
    /// against.
    pub fn category_of(&self, code: i32) -> &Category {
        category_of(&self.categories, code)
    }
}

fn category_of(categories: &[Category], code: i32) -> &Category {
    categories
        .iter()
        .find(|c| c.ranges.iter().any(|&(low, high)| low <= code && code <= high))
        .unwrap_or(&categories[0])
}

/// Reads and checks both data files of the project at `root`.
pub fn load(root: &Path) -> Result<Data, String> {
    let read = |file: &str| {
        let path = root.join(file);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let categories = parse_categories(&read(CATEGORIES_FILE)?)?;
    let rows = parse_codes(&read(CODES_FILE)?, &categories)?;
    Ok(Data { categories, rows })
}

fn is_clean_sentence(text: &str) -> bool {
    text.ends_with('.')
        && text.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && text
            .bytes()
            .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\')
        && !text.contains("*/")
        && !text.contains("  ")
}

fn fields<'a>(line: &'a str, columns: usize, at: &str) -> Result<Vec<&'a str>, String> {
    let f: Vec<&str> = line.split('\t').collect();
    if f.len() != columns {
        return Err(format!("{at}: {} fields, want {columns}", f.len()));
    }
    Ok(f)
}

/// Parses data/categories.tsv: numbered 0, 1, 2, ... in file order (the numbers are ABI, so a category is
/// only ever appended), `unknown` first and without ranges, every other category with ranges that overlap
/// no other.
pub fn parse_categories(text: &str) -> Result<Vec<Category>, String> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or("empty categories file")?.split('\t').collect();
    if header != CATEGORY_COLUMNS {
        return Err(format!(
            "{CATEGORIES_FILE}: columns {header:?}, want {CATEGORY_COLUMNS:?}"
        ));
    }
    let mut categories: Vec<Category> = Vec::new();
    for (i, line) in lines.enumerate() {
        let at = format!("{CATEGORIES_FILE}:{}", i + 2);
        let f = fields(line, CATEGORY_COLUMNS.len(), &at)?;
        if f[0] != i.to_string() || i > usize::from(u8::MAX) {
            return Err(format!(
                "{at}: number {:?}, want {i} (categories are numbered in file order)",
                f[0]
            ));
        }
        let name = f[1].to_string();
        let valid_name = !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
            && !name.starts_with('_')
            && !name.ends_with('_')
            && !name.contains("__");
        if !valid_name || categories.iter().any(|c| c.name == name) {
            return Err(format!("{at}: bad or duplicate name {name:?}"));
        }
        let mut ranges = Vec::new();
        for range in f[2].split(' ').filter(|r| !r.is_empty()) {
            let bounds = range
                .split_once("..")
                .and_then(|(low, high)| Some((low.parse().ok()?, high.parse().ok()?)));
            match bounds {
                Some((low, high)) if low <= high => ranges.push((low, high)),
                _ => {
                    return Err(format!(
                        "{at}: bad range {range:?}, want LOW..HIGH (inclusive, LOW <= HIGH)"
                    ));
                }
            }
        }
        if (i == 0) != (name == "unknown") || (i == 0) != ranges.is_empty() {
            return Err(format!("{at}: category 0 is `unknown`, the only one without ranges"));
        }
        let python_exception = f[3].to_string();
        let valid_class = python_exception.ends_with("Error")
            && python_exception.bytes().all(|b| b.is_ascii_alphanumeric())
            && python_exception.starts_with(|c: char| c.is_ascii_uppercase());
        if valid_class == (name == "success") {
            return Err(format!(
                "{at}: python_exception must name a class ending in Error, for every category but success"
            ));
        }
        let dotnet_exception = f[4].to_string();
        let valid_dotnet_class = dotnet_exception.starts_with("Bs")
            && dotnet_exception.ends_with("Exception")
            && dotnet_exception.bytes().all(|b| b.is_ascii_alphanumeric());
        if valid_dotnet_class == (name == "success") {
            return Err(format!(
                "{at}: dotnet_exception must name a class Bs...Exception, for every category but success"
            ));
        }
        let dotnet_inner_exception = f[5].to_string();
        let valid_inner = dotnet_inner_exception.is_empty()
            || (dotnet_inner_exception.starts_with("System.")
                && dotnet_inner_exception.ends_with("Exception")
                && dotnet_inner_exception
                    .split('.')
                    .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric())));
        if !valid_inner || (name == "success" && !dotnet_inner_exception.is_empty()) {
            return Err(format!(
                "{at}: dotnet_inner_exception is empty or a System.*Exception type, and empty for success"
            ));
        }
        if !is_clean_sentence(f[6]) {
            return Err(format!("{at}: description must be one clean sentence: {:?}", f[6]));
        }
        for &(low, high) in &ranges {
            if let Some(other) = categories
                .iter()
                .find(|c| c.ranges.iter().any(|&(l, h)| low <= h && l <= high))
            {
                return Err(format!("{at}: range {low}..{high} overlaps a range of {}", other.name));
            }
        }
        categories.push(Category {
            number: i as u8,
            name,
            ranges,
            python_exception,
            dotnet_exception,
            dotnet_inner_exception,
            description: f[6].to_string(),
        });
    }
    if categories.is_empty() {
        return Err(format!("{CATEGORIES_FILE}: no categories"));
    }
    Ok(categories)
}

/// Parses and validates data/codes.tsv: exact columns, sorted by code, canonical row first for each code,
/// every alias pointing at the canonical row of its own code, descriptions that are one clean sentence,
/// every code inside a range of `categories`.
pub fn parse_codes(text: &str, categories: &[Category]) -> Result<Vec<Row>, String> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or("empty data file")?.split('\t').collect();
    if header != CODE_COLUMNS {
        return Err(format!("{CODES_FILE}: columns {header:?}, want {CODE_COLUMNS:?}"));
    }
    let mut rows: Vec<Row> = Vec::new();
    for (i, line) in lines.enumerate() {
        let at = format!("{CODES_FILE}:{}", i + 2);
        let f = fields(line, CODE_COLUMNS.len(), &at)?;
        let code: i32 = f[0].parse().map_err(|e| format!("{at}: bad code {:?}: {e}", f[0]))?;
        let name = f[1].to_string();
        let valid_name = name.starts_with("BS_SDK_")
            && name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if !valid_name {
            return Err(format!("{at}: bad macro name {name:?}"));
        }
        let (kind, alias_of) = match (f[2], f[3]) {
            ("code", "") => (Kind::Code, None),
            ("alias", canonical) if !canonical.is_empty() => (Kind::Alias, Some(canonical.to_string())),
            ("csharp_alias", canonical) if !canonical.is_empty() => (Kind::CsharpAlias, Some(canonical.to_string())),
            (kind, alias_of) => return Err(format!("{at}: bad kind/alias_of {kind:?}/{alias_of:?}")),
        };
        let deprecated = match f[4] {
            "yes" => true,
            "no" => false,
            other => return Err(format!("{at}: deprecated must be yes or no, not {other:?}")),
        };
        let description = f[6].to_string();
        if !description.is_empty() && !is_clean_sentence(&description) {
            return Err(format!(
                "{at}: description must be printable ASCII, start upper-case and end with a period: {description:?}"
            ));
        }
        let category = category_of(categories, code);
        if category.number == 0 {
            return Err(format!("{at}: code {code} is in no range of {CATEGORIES_FILE}"));
        }
        let row = Row {
            code,
            name,
            kind,
            alias_of,
            deprecated,
            deprecated_since: Some(f[5].to_string()).filter(|s| !s.is_empty()),
            description,
            description_source: f[7].to_string(),
            category: category.name.clone(),
        };
        let source_ok = match row.description_source.as_str() {
            "" => row.description.is_empty(),
            "vendor" | "ours" => !row.description.is_empty(),
            other => other.starts_with("vendor:BS_SDK_") && !row.description.is_empty(),
        };
        if !source_ok {
            return Err(format!(
                "{at}: description_source is vendor, ours or vendor:OLD_NAME with a description, empty without"
            ));
        }
        if row.kind == Kind::CsharpAlias && (row.deprecated || !row.description.is_empty()) {
            return Err(format!(
                "{at}: another spelling is not deprecated and has no description of its own"
            ));
        }
        if !row.is_alias() && (row.description.is_empty() || row.deprecated) {
            return Err(format!(
                "{at}: a canonical code needs a description and cannot be deprecated"
            ));
        }
        if let Some(prev) = rows.last() {
            let in_order = prev.code < row.code || (prev.code == row.code && row.is_alias());
            if !in_order {
                return Err(format!("{at}: rows must be sorted by code, the canonical name first"));
            }
        }
        if let Some(canonical) = &row.alias_of {
            let target = rows.iter().rev().find(|r| r.code == row.code && !r.is_alias());
            if target.map(|t| &t.name) != Some(canonical) {
                return Err(format!(
                    "{at}: alias_of must name the canonical row of code {}",
                    row.code
                ));
            }
        }
        if rows.iter().any(|r| r.name == row.name) {
            return Err(format!("{at}: duplicate name {}", row.name));
        }
        rows.push(row);
    }
    Ok(rows)
}
