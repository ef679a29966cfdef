//! `--sdk VERSION`: answers as the SDK release that version runs, where some values had other names.

use bs_errno::{SdkRelease, SdkVersion, sdk};

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
    if let Some(named) = sdk::lookup_in(code, release) {
        return (Entry::Release(named), None);
    }
    let first = SdkRelease::ALL.into_iter().find_map(|r| sdk::lookup_in(code, r));
    let note = first.map(|first| {
        format!(
            "{code} is not defined in SDK {release}; it first appears in {} as {}",
            first.release(),
            first.name()
        )
    });
    (Entry::Unknown(code), note)
}

/// A name (already found in today's table) in the release: the release's entry for it, the alias as
/// today's entry shows it (aliases keep their value), or a note saying where the name first appears.
pub fn name(entry: Entry, release: SdkRelease) -> Result<Entry, String> {
    let name = entry.name();
    match sdk::value_in(name, release) {
        Some(value) => match sdk::lookup_in(value, release) {
            Some(named) if named.name() == name => Ok(Entry::Release(named)),
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
    release.names().map(Entry::Release).collect()
}
