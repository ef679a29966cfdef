//! The SDK release history: data/releases.tsv (the releases, oldest first) and data/history.tsv (every
//! (name, value) pair any release defined), read and checked against data/codes.tsv.
//!
//! [`History::answer`] is the rule that names a value in a release, written plainly (a scan of the rows):
//! today's canonical name where the release defines that name with that value, otherwise the release's one
//! name for the value that is not deprecated there. The library computes the same answers its own way, at
//! compile time; its tests compare the two for every release and value.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::table::{CODES_FILE, Row};

// ---- the reading of version strings, written plainly for the tests and fuzz targets to compare with ----

/// The longest version text read, in bytes (docs: "more than 63 bytes" is no version).
pub const MAX_VERSION_TEXT: usize = 63;

/// A version string as docs/c-api.md and `bs_sdk_release_find`'s documentation describe it: at most 63
/// bytes; surrounding ASCII whitespace (space, tab, LF, FF, CR) ignored; an optional `V` or `v`; then two to
/// four decimal numbers separated by dots, each at most 999999999 (leading zeros allowed); missing numbers
/// are 0. Anything else is no version.
pub fn read_version(bytes: &[u8]) -> Option<[u32; 4]> {
    if bytes.len() > MAX_VERSION_TEXT {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.trim_matches([' ', '\t', '\n', '\x0c', '\r']);
    let text = text.strip_prefix(['V', 'v']).unwrap_or(text);
    let pieces: Vec<&str> = text.split('.').collect();
    if !(2..=4).contains(&pieces.len()) {
        return None;
    }
    let mut parts = [0u32; 4];
    for (slot, piece) in parts.iter_mut().zip(&pieces) {
        if piece.is_empty() || !piece.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let significant = piece.trim_start_matches('0');
        if significant.len() > 9 {
            return None;
        }
        *slot = if significant.is_empty() {
            0
        } else {
            significant.parse().ok()?
        };
    }
    Some(parts)
}

/// The index (oldest first) in `releases` of the release that answers for a version: the newest one not after it, the
/// oldest for a version before every release.
pub fn release_for(releases: &[Release], parts: [u32; 4]) -> usize {
    releases.iter().rposition(|r| r.parts <= parts).unwrap_or(0)
}

pub const RELEASES_FILE: &str = "data/releases.tsv";
pub const HISTORY_FILE: &str = "data/history.tsv";

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
    /// True if `release` (an index of the release list) defines this pair.
    pub fn defined_in(&self, release: usize) -> bool {
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
                .ok_or_else(|| format!("{HISTORY_FILE}: {} is not a name of {}", row.name, CODES_FILE))?;
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
        let today_names: BTreeSet<&str> = history
            .codes
            .iter()
            .filter(|r| r.is_macro())
            .map(|r| r.name.as_str())
            .collect();
        if newest_names != today_names {
            return Err(format!(
                "{HISTORY_FILE}: the newest release must define exactly the names of {}",
                CODES_FILE
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
                    CODES_FILE, code.name
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
