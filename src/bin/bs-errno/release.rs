//! `--sdk VERSION`: answers as the SDK release that version runs, where some values had other names.

use bs_errno::{SdkRelease, SdkVersion};

use crate::entry::Entry;

/// The release for the `--sdk` value, or why the value is not a version.
pub fn parse(text: &str) -> Result<SdkRelease, String> {
    text.parse::<SdkVersion>()
        .map(SdkRelease::for_version)
        .map_err(|e| format!("{e}; expected a version such as 2.7.1.1, V2.7.1.1 or 2.7"))
}

/// A code in the release: its name there, or the unknown entry and, for a code that some other release
/// defines, a note saying where it first appears.
pub fn code(code: i32, release: SdkRelease) -> (Entry, Option<String>) {
    if let Some(named) = release.lookup(code) {
        return (Entry::Release(named, release), None);
    }
    let first = SdkRelease::ALL.iter().find_map(|&r| Some((r, r.lookup(code)?)));
    let note = first.map(|(first, named)| {
        format!(
            "{code} is not defined in SDK {release}; it first appears in {first} as {}",
            named.name()
        )
    });
    (Entry::Unknown(code), note)
}

/// A name (already found in today's table) in the release: the release's entry for it, the alias as
/// today's entry shows it (aliases keep their value), or a note saying where the name first appears.
pub fn name(entry: Entry, release: SdkRelease) -> Result<Entry, String> {
    let name = entry.name();
    match release.value_of(name) {
        Some(value) => match release.lookup(value) {
            Some(named) if named.name() == name => Ok(Entry::Release(named, release)),
            _ => Ok(entry),
        },
        None => Err(format!(
            "'{name}' is not defined in SDK {release}; it first appears in {}",
            entry.first_seen().map_or("no release", SdkRelease::as_str)
        )),
    }
}

/// Every value the release defines, ascending, under its name there.
pub fn every_name(release: SdkRelease) -> Vec<Entry> {
    release.names().map(|named| Entry::Release(named, release)).collect()
}
