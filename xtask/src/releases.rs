//! The SDK release history: data/releases.tsv (the releases, oldest first) and data/history.tsv (every
//! (name, value) pair any release defined), read and checked against data/codes.tsv, then rendered as the
//! compact tables of src/sdk/data.rs and the change log docs/releases.md.
//!
//! The rule that names a value in a release (data/README of the reference): today's canonical name where
//! the release defines that name with that value, otherwise the release's one name for the value that is
//! not deprecated there. It is applied here, once, for every release and value; the library only looks up
//! its result.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use crate::Row;

pub const RELEASES_FILE: &str = "data/releases.tsv";
pub const HISTORY_FILE: &str = "data/history.tsv";
/// The generated Rust tables.
pub const RUST_RELEASES: &str = "src/sdk/data.rs";
/// The generated change log.
pub const RELEASES_DOC: &str = "docs/releases.md";
/// The C tests' expectations of every release.
pub const C_RELEASES: &str = "c_tests/generated/expected_releases.h";

const RELEASE_COLUMNS: [&str; 2] = ["version", "date"];
const HISTORY_COLUMNS: [&str; 5] = ["name", "value", "first_seen", "last_seen", "deprecated_from"];

/// One SDK release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    /// As the SDK reports it, four numbers: `2.7.1.1`.
    pub version: String,
    pub parts: [u32; 4],
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// One row of data/history.tsv; releases are indices into the release list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRow {
    pub name: String,
    pub value: i32,
    pub first: usize,
    /// `None`: still defined so today.
    pub last: Option<usize>,
    pub deprecated_from: Option<usize>,
}

impl HistoryRow {
    fn defined_in(&self, release: usize) -> bool {
        self.first <= release && self.last.is_none_or(|last| release <= last)
    }
}

/// The release history, checked against today's table.
#[derive(Clone, Debug)]
pub struct History {
    pub releases: Vec<Release>,
    pub rows: Vec<HistoryRow>,
    /// Today's rows (data/codes.tsv).
    pub codes: Vec<Row>,
}

fn parse_parts(text: &str) -> Option<[u32; 4]> {
    let mut parts = [0u32; 4];
    let mut n = 0;
    for piece in text.split('.') {
        if piece.is_empty() || !piece.bytes().all(|b| b.is_ascii_digit()) || n == 4 {
            return None;
        }
        parts[n] = piece.parse().ok()?;
        n += 1;
    }
    (n == 4).then_some(parts)
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Parses data/releases.tsv: exact columns, four-part versions strictly ascending, dates not going back.
pub fn parse_releases(text: &str) -> Result<Vec<Release>, String> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or("empty releases file")?.split('\t').collect();
    if header != RELEASE_COLUMNS {
        return Err(format!("{RELEASES_FILE}: columns {header:?}, want {RELEASE_COLUMNS:?}"));
    }
    let mut releases: Vec<Release> = Vec::new();
    for (i, line) in lines.enumerate() {
        let at = format!("{RELEASES_FILE}:{}", i + 2);
        let f: Vec<&str> = line.split('\t').collect();
        let [version, date] = f[..] else {
            return Err(format!("{at}: {} fields, want 2", f.len()));
        };
        let parts = parse_parts(version).ok_or_else(|| format!("{at}: version {version:?} is not four numbers"))?;
        if !is_date(date) {
            return Err(format!("{at}: date {date:?} is not YYYY-MM-DD"));
        }
        if releases
            .last()
            .is_some_and(|prev| prev.parts >= parts || prev.date.as_str() > date)
        {
            return Err(format!("{at}: releases must be oldest first"));
        }
        releases.push(Release {
            version: version.to_owned(),
            parts,
            date: date.to_owned(),
        });
    }
    if releases.is_empty() || releases.len() > u8::MAX as usize {
        return Err(format!(
            "{RELEASES_FILE}: between 1 and 255 releases, not {}",
            releases.len()
        ));
    }
    Ok(releases)
}

/// Parses data/history.tsv against the releases: exact columns, known release versions, spans in order,
/// no (name, value) pair twice and no name with two values in one release.
pub fn parse_history(text: &str, releases: &[Release]) -> Result<Vec<HistoryRow>, String> {
    let index = |at: &str, v: &str| {
        releases
            .iter()
            .position(|r| r.version == v)
            .ok_or_else(|| format!("{at}: {v:?} is not a release of {RELEASES_FILE}"))
    };
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or("empty history file")?.split('\t').collect();
    if header != HISTORY_COLUMNS {
        return Err(format!("{HISTORY_FILE}: columns {header:?}, want {HISTORY_COLUMNS:?}"));
    }
    let mut rows: Vec<HistoryRow> = Vec::new();
    for (i, line) in lines.enumerate() {
        let at = format!("{HISTORY_FILE}:{}", i + 2);
        let f: Vec<&str> = line.split('\t').collect();
        let [name, value, first, last, deprecated_from] = f[..] else {
            return Err(format!("{at}: {} fields, want 5", f.len()));
        };
        let value: i32 = value.parse().map_err(|e| format!("{at}: bad value {value:?}: {e}"))?;
        let row = HistoryRow {
            name: name.to_owned(),
            value,
            first: index(&at, first)?,
            last: (!last.is_empty()).then(|| index(&at, last)).transpose()?,
            deprecated_from: (!deprecated_from.is_empty())
                .then(|| index(&at, deprecated_from))
                .transpose()?,
        };
        if row.last.is_some_and(|last| last < row.first) {
            return Err(format!("{at}: last_seen before first_seen"));
        }
        if row.deprecated_from.is_some_and(|d| d < row.first) {
            return Err(format!("{at}: deprecated_from before first_seen"));
        }
        for other in rows.iter().filter(|o| o.name == row.name) {
            let overlap = (0..releases.len()).any(|r| other.defined_in(r) && row.defined_in(r));
            if other.value == row.value || overlap {
                return Err(format!("{at}: {} is defined twice in some release", row.name));
            }
        }
        rows.push(row);
    }
    Ok(rows)
}

/// The first release at or after `version` (a deprecation stated as `2.7.2` takes effect in 2.7.2.4).
fn first_release_from(releases: &[Release], version: &str) -> Option<usize> {
    let mut parts = [0u32; 4];
    for (slot, piece) in parts.iter_mut().zip(version.split('.')) {
        *slot = piece.parse().ok()?;
    }
    Some(releases.iter().position(|r| r.parts >= parts).unwrap_or(0))
}

impl History {
    /// Checks the history against today's table; see each error for the rule it enforces.
    pub fn new(releases: Vec<Release>, rows: Vec<HistoryRow>, codes: Vec<Row>) -> Result<History, String> {
        let history = History { releases, rows, codes };
        let newest = history.releases.len() - 1;
        let today: BTreeMap<&str, &Row> = history.codes.iter().map(|r| (r.name.as_str(), r)).collect();
        for row in &history.rows {
            let code = today
                .get(row.name.as_str())
                .ok_or_else(|| format!("{HISTORY_FILE}: {} is not a name of {}", row.name, crate::DATA_FILE))?;
            if !history.codes.iter().any(|c| c.code == row.value && !c.is_alias()) {
                return Err(format!(
                    "{HISTORY_FILE}: {} = {}: every value of a release must still be a code today",
                    row.name, row.value
                ));
            }
            if code.is_alias() && (row.value != code.code || row.last.is_some()) {
                return Err(format!(
                    "{HISTORY_FILE}: alias {} must keep its value to today",
                    row.name
                ));
            }
            if row.last.is_none() && row.value != code.code {
                return Err(format!(
                    "{HISTORY_FILE}: {} is still defined, so its value is {}",
                    row.name, code.code
                ));
            }
        }
        // The newest release is today's table, name for name.
        let newest_names: BTreeSet<&str> = history
            .rows
            .iter()
            .filter(|r| r.defined_in(newest))
            .map(|r| r.name.as_str())
            .collect();
        let today_names: BTreeSet<&str> = today.keys().copied().collect();
        if newest_names != today_names {
            return Err(format!(
                "{HISTORY_FILE}: the newest release must define exactly the names of {}",
                crate::DATA_FILE
            ));
        }
        // Deprecation: the same in both files.
        for code in &history.codes {
            let from = history
                .rows
                .iter()
                .find(|r| r.name == code.name && r.last.is_none())
                .and_then(|r| r.deprecated_from);
            let expected = code
                .deprecated_since
                .as_deref()
                .map(|v| first_release_from(&history.releases, v).ok_or(format!("bad version {v:?}")))
                .transpose()?;
            let consistent = match (code.deprecated, from) {
                (false, None) => true,
                (true, Some(from)) => expected.is_none_or(|e| e == from),
                _ => false,
            };
            if !consistent {
                return Err(format!(
                    "{}: deprecation of {} disagrees with {HISTORY_FILE}",
                    crate::DATA_FILE,
                    code.name
                ));
            }
        }
        // The rule gives one name for every value of every release.
        for r in 0..history.releases.len() {
            for value in history.values_in(r) {
                history.answer(r, value)?;
            }
        }
        Ok(history)
    }

    fn canonical_today(&self, value: i32) -> Option<&Row> {
        self.codes.iter().find(|c| c.code == value && !c.is_alias())
    }

    /// Every value the release defines, ascending.
    pub fn values_in(&self, release: usize) -> BTreeSet<i32> {
        self.rows
            .iter()
            .filter(|r| r.defined_in(release))
            .map(|r| r.value)
            .collect()
    }

    /// The name of `value` in `release` by the rule; `Ok(None)` when the release does not define it.
    pub fn answer(&self, release: usize, value: i32) -> Result<Option<&str>, String> {
        let defined: Vec<&HistoryRow> = self
            .rows
            .iter()
            .filter(|r| r.value == value && r.defined_in(release))
            .collect();
        if defined.is_empty() {
            return Ok(None);
        }
        if let Some(canonical) = self
            .canonical_today(value)
            .filter(|canonical| defined.iter().any(|r| r.name == canonical.name))
        {
            return Ok(Some(canonical.name.as_str()));
        }
        let live: Vec<&HistoryRow> = defined
            .into_iter()
            .filter(|r| r.deprecated_from.is_none_or(|d| release < d))
            .collect();
        match live[..] {
            [one] => Ok(Some(one.name.as_str())),
            _ => Err(format!(
                "{HISTORY_FILE}: {value} in {} has {} names that are not deprecated; the rule needs one",
                self.releases[release].version,
                live.len()
            )),
        }
    }

    /// The newest release: today's table.
    pub fn newest(&self) -> &Release {
        &self.releases[self.releases.len() - 1]
    }

    /// Every value `release` defines with the name the rule gives it, ascending by value.
    pub fn table(&self, release: usize) -> Result<Vec<(i32, &str)>, String> {
        self.values_in(release)
            .into_iter()
            .map(|v| Ok((v, self.answer(release, v)?.unwrap_or_default())))
            .collect()
    }

    /// The first release that defines `name` (with any value).
    pub fn first_seen(&self, name: &str) -> Option<usize> {
        self.rows.iter().filter(|r| r.name == name).map(|r| r.first).min()
    }

    /// What a name means: its own description, or (an alias without one) its canonical code's.
    pub fn description_of(&self, name: &str) -> &str {
        let Some(row) = self.codes.iter().find(|r| r.name == name) else {
            return "";
        };
        if row.description.is_empty() {
            self.canonical_today(row.code).map_or("", |c| c.description.as_str())
        } else {
            row.description.as_str()
        }
    }

    /// The compact form the library looks up: per canonical code, the first release whose table gives the
    /// value its current name; and the older names, as (code, first release, last release, name) spans.
    pub fn compile(&self) -> Result<Compiled, String> {
        let newest = self.releases.len() - 1;
        let mut answer_since = Vec::new();
        let mut old_names = Vec::new();
        for code in self.codes.iter().filter(|c| !c.is_alias()) {
            let answers: Vec<Option<&str>> = (0..=newest)
                .map(|r| self.answer(r, code.code))
                .collect::<Result<_, _>>()?;
            let since = answers
                .iter()
                .position(|a| *a == Some(code.name.as_str()))
                .ok_or_else(|| format!("{} never has its name", code.name))?;
            if answers[since..].iter().any(|a| *a != Some(code.name.as_str())) {
                return Err(format!("{}: the value loses its current name after {since}", code.name));
            }
            answer_since.push(since);
            let mut r = 0;
            while r < since {
                if let Some(name) = answers[r] {
                    let mut last = r;
                    while last + 1 < since && answers[last + 1] == Some(name) {
                        last += 1;
                    }
                    old_names.push((code.code, r, last, name.to_owned()));
                    r = last;
                }
                r += 1;
            }
        }
        // Every (name, value) pair of the history must be recoverable: a canonical name with today's value
        // from its `since`, an alias with today's value from its first release, or an old-name span.
        for row in &self.rows {
            let today = self.codes.iter().find(|c| c.name == row.name).ok_or("unknown name")?;
            let covered = if today.is_alias() {
                true
            } else if row.value == today.code {
                let i = self
                    .codes
                    .iter()
                    .filter(|c| !c.is_alias())
                    .position(|c| c.name == row.name);
                i.is_some_and(|i| answer_since[i] == row.first)
            } else {
                old_names.iter().any(|(code, first, last, name)| {
                    *name == row.name && *code == row.value && *first == row.first && Some(*last) == row.last
                })
            };
            if !covered {
                return Err(format!(
                    "{HISTORY_FILE}: {} = {} ({}) is not a name the rule answers with",
                    row.name, row.value, self.releases[row.first].version
                ));
            }
        }
        let first_seen = self
            .codes
            .iter()
            .filter(|c| !c.is_alias())
            .chain(self.codes.iter().filter(|c| c.is_alias()))
            .map(|c| self.first_seen(&c.name).ok_or(format!("{} has no release", c.name)))
            .collect::<Result<_, _>>()?;
        Ok(Compiled {
            answer_since,
            first_seen,
            old_names,
        })
    }
}

/// See [`History::compile`].
pub struct Compiled {
    /// Per canonical code, in the order of data/codes.tsv.
    pub answer_since: Vec<usize>,
    /// Per name: canonical codes first, then aliases, each in the order of data/codes.tsv.
    pub first_seen: Vec<usize>,
    /// (code, first release, last release, name), ascending by code.
    pub old_names: Vec<(i32, usize, usize, String)>,
}

/// Reads both files and checks them against today's rows.
pub fn load_history(root: &Path, codes: &[Row]) -> Result<History, String> {
    let read = |file: &str| {
        let path = root.join(file);
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let releases = parse_releases(&read(RELEASES_FILE)?)?;
    let rows = parse_history(&read(HISTORY_FILE)?, &releases)?;
    History::new(releases, rows, codes.to_vec())
}

fn byte_rows(out: &mut String, values: &[usize]) {
    for chunk in values.chunks(40) {
        let line: Vec<String> = chunk.iter().map(usize::to_string).collect();
        let _ = writeln!(out, "    {},", line.join(", "));
    }
}

/// Renders src/sdk/data.rs.
pub fn render_rust(history: &History) -> Result<String, String> {
    let compiled = history.compile()?;
    let mut out = String::new();
    let _ = write!(
        out,
        "// generated — do not edit. Rendered by `cargo xtask generate` from {RELEASES_FILE} and {HISTORY_FILE}\n\
         // (with {}); edit the data files and regenerate (a test fails when this file is stale).\n\
         \n\
         //! The {} SDK releases and what each defined, compressed: a value has its current name from one\n\
         //! release on, and before that possibly older names, each over a span of releases.\n\
         \n\
         use super::{{OldName, ReleaseDef}};\n\
         \n\
         /// The releases, oldest first.\n\
         pub(super) const RELEASE_DEFS: [ReleaseDef; {}] = [\n",
        crate::DATA_FILE,
        history.releases.len(),
        history.releases.len()
    );
    for r in &history.releases {
        let [a, b, c, d] = r.parts;
        let _ = writeln!(
            out,
            "    ReleaseDef::new([{a}, {b}, {c}, {d}], {:?}, c{:?}, {:?}),",
            r.version, r.version, r.date
        );
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "\n/// Per canonical code, in the order of `CODE_DEFS`: the first release (an index of `RELEASE_DEFS`) whose\n\
         /// table gives the value its current name; every later release does too.\n\
         pub(super) const ANSWER_SINCE: [u8; {}] = [",
        compiled.answer_since.len()
    );
    byte_rows(&mut out, &compiled.answer_since);
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "\n/// Per name, the codes of `CODE_DEFS` then the aliases of `ALIAS_DEFS`: the first release that defines it.\n\
         pub(super) const FIRST_SEEN: [u8; {}] = [",
        compiled.first_seen.len()
    );
    byte_rows(&mut out, &compiled.first_seen);
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "\n/// The older names of values, ascending by code: in releases `first..=last` the value was this name.\n\
         pub(super) const OLD_NAMES: [OldName; {}] = [",
        compiled.old_names.len()
    );
    for (code, first, last, name) in &compiled.old_names {
        let _ = writeln!(
            out,
            "    OldName::new({code}, {first}, {last}, {name:?}), // {} .. {}",
            history.releases[*first].version, history.releases[*last].version
        );
    }
    out.push_str("];\n");
    Ok(out)
}

/// Renders docs/releases.md: release by release, what was added, renamed, changed meaning, moved or
/// deprecated.
pub fn render_doc(history: &History) -> Result<String, String> {
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

/// Renders c_tests/generated/expected_releases.h: the releases, the oldest and the newest, and for every
/// release every value it defines with the name the rule gives it (what a name means is in
/// expected_table.h).
pub fn render_c(history: &History) -> Result<String, String> {
    let mut out = String::new();
    let _ = write!(
        out,
        "/* generated — do not edit. Rendered by `cargo xtask generate` from {RELEASES_FILE} and {HISTORY_FILE}\n \
         * (with {}); edit the data and regenerate (a test fails when this file is stale).\n *\n \
         * The C tests' expectations of every SDK release: the data, never the library under test.\n */\n\
         #ifndef BS_ERRNO_EXPECTED_RELEASES_H\n#define BS_ERRNO_EXPECTED_RELEASES_H\n\n\
         #define BS_REF_RELEASE_COUNT {}\n\
         /* The oldest and the newest release (the newest is today's table). */\n\
         #define BS_REF_OLDEST_RELEASE \"{}\"\n#define BS_REF_NEWEST_RELEASE \"{}\"\n\n\
         typedef struct BsRefReleaseName {{\n\
         \x20   int value;\n\
         \x20   const char *name;               /* the name the release gives the value */\n\
         }} BsRefReleaseName;\n\n\
         typedef struct BsRefRelease {{\n\
         \x20   const char *version;\n\
         \x20   const BsRefReleaseName *names;  /* every value the release defines, ascending */\n\
         \x20   size_t count;\n\
         }} BsRefRelease;\n\n",
        crate::DATA_FILE,
        history.releases.len(),
        history.releases[0].version,
        history.newest().version
    );
    for (r, release) in history.releases.iter().enumerate() {
        let table = history.table(r)?;
        let _ = writeln!(
            out,
            "static const BsRefReleaseName BS_REF_RELEASE_{r}[{}] = {{ /* {} */",
            table.len(),
            release.version
        );
        for (value, name) in table {
            let _ = writeln!(out, "    {{ {value}, \"{name}\" }},");
        }
        out.push_str("};\n");
    }
    out.push_str(
        "\n/* The releases, oldest first. */\nstatic const BsRefRelease BS_REF_RELEASES[BS_REF_RELEASE_COUNT] = {\n",
    );
    for (r, release) in history.releases.iter().enumerate() {
        let _ = writeln!(
            out,
            "    {{ \"{}\", BS_REF_RELEASE_{r}, sizeof BS_REF_RELEASE_{r} / sizeof BS_REF_RELEASE_{r}[0] }},",
            release.version
        );
    }
    out.push_str("};\n\n#endif /* BS_ERRNO_EXPECTED_RELEASES_H */\n");
    Ok(out)
}
