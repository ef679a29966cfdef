//! Which table answers: today's, or the one an SDK release had (`--sdk`). The one place, with
//! [`crate::answer`], where the command asks the library anything.

use bs_errno::{Category, SdkRelease, SdkVersion};

use crate::answer::Answer;
use crate::escape;
use crate::query;
use crate::scanner::Candidate;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Table {
    release: Option<SdkRelease>,
}

/// How many codes and aliases a category holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CategoryCount {
    pub category: Category,
    pub codes: usize,
    pub aliases: usize,
}

impl Table {
    /// Today's table.
    pub const TODAY: Table = Table { release: None };

    /// The table of the SDK release that `version` runs (`--sdk`), or why the text is not a version.
    pub fn for_sdk_version(version: &str) -> Result<Table, String> {
        version
            .parse::<SdkVersion>()
            .map(|version| Table {
                release: Some(SdkRelease::for_version(version)),
            })
            .map_err(|e| format!("{e}; expected a version such as 2.7.1.1, V2.7.1.1 or 2.7"))
    }

    /// The release asked for with `--sdk`, if any.
    pub fn sdk_release(self) -> Option<SdkRelease> {
        self.release
    }

    /// What a token found in a log means: a value as its canonical code (or its name in the release), a
    /// name as itself (an alias shows its own meaning and replacement; with a release, as that release
    /// used it, or today's meaning for a name the release did not have).
    pub fn annotation(self, candidate: Candidate<'_>) -> Option<Answer> {
        match (candidate, self.release) {
            (Candidate::Value(code), None) => bs_errno::lookup(code).map(Answer::Today),
            (Candidate::Value(code), Some(release)) => release.lookup(code).map(|info| Answer::Release(info, release)),
            (Candidate::Name(name), release) => {
                let today = exact_name(name)?;
                Some(release.map_or(today, |release| in_release(today, release).unwrap_or(today)))
            }
        }
    }

    /// A code from the command line: its answer, and a note when a release does not define it but another
    /// one does.
    pub fn code(self, code: i32) -> (Answer, Option<String>) {
        let Some(release) = self.release else {
            return (Answer::of_code(code), None);
        };
        if let Some(info) = release.lookup(code) {
            return (Answer::Release(info, release), None);
        }
        let first = SdkRelease::ALL.into_iter().find_map(|r| Some((r, r.lookup(code)?)));
        let note = first.map(|(first, info)| {
            format!(
                "{code} is not defined in SDK {release}; it first appears in {first} as {}",
                info.name()
            )
        });
        (Answer::Unknown(code), note)
    }

    /// A name from the command line (any case, with or without its prefix): its answer, or a note saying
    /// why there is none. Any user input in the note is escaped.
    pub fn name(self, typed: &str) -> Result<Answer, String> {
        let candidates = query::candidates(typed);
        let Some(today) = candidates.iter().find_map(|name| exact_name(name)) else {
            let tried: Vec<String> = candidates.iter().map(|c| escape::text(c)).collect();
            return Err(format!(
                "'{}': no such name (tried {})",
                escape::text(typed),
                tried.join(", ")
            ));
        };
        match self.release {
            None => Ok(today),
            Some(release) => in_release(today, release),
        }
    }

    /// Every name of the table: today's codes in ascending order, each followed by its aliases; or every
    /// value a release defines, ascending, under its name there.
    pub fn every_name(self) -> Vec<Answer> {
        match self.release {
            Some(release) => release.names().map(|info| Answer::Release(info, release)).collect(),
            None => {
                let mut out = Vec::with_capacity(bs_errno::iter().len() + bs_errno::aliases().len());
                for info in bs_errno::iter() {
                    out.push(Answer::Today(info));
                    out.extend(info.aliases().map(Answer::Today));
                }
                out
            }
        }
    }
}

/// Each category of today's table that holds codes, with its counts.
pub fn categories() -> Vec<CategoryCount> {
    Category::ALL
        .into_iter()
        .map(|category| CategoryCount {
            category,
            codes: bs_errno::iter().filter(|i| i.category() == category).count(),
            aliases: bs_errno::aliases().filter(|a| a.category() == category).count(),
        })
        .filter(|count| count.codes > 0)
        .collect()
}

/// A name of today's table, exactly as written: a second name as itself (so that its deprecation shows),
/// a code's own name as its code.
fn exact_name(name: &str) -> Option<Answer> {
    bs_errno::lookup_name(name).map(Answer::Today)
}

/// A name (already found in today's table) as `release` had it: the release's answer for it, the alias as
/// today's answer shows it (aliases keep their value), or a note saying where the name first appears.
fn in_release(today: Answer, release: SdkRelease) -> Result<Answer, String> {
    let name = today.name();
    match release.value_of(name) {
        Some(value) => match release.lookup(value) {
            Some(info) if info.name() == name => Ok(Answer::Release(info, release)),
            _ => Ok(today),
        },
        None => Err(format!(
            "'{name}' is not defined in SDK {release}; it first appears in {}",
            today.first_seen().map_or("no release", SdkRelease::as_str)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_case_with_or_without_their_prefix() {
        let code = |typed: &str| Table::TODAY.name(typed).map(Answer::code);
        assert_eq!(code("cannot_find_user"), Ok(-714));
        assert_eq!(code("error_cannot_find_user"), Ok(-714));
        assert_eq!(code("Success"), Ok(1));
        assert!(Table::TODAY.name("set_fire_alarm").unwrap().is_deprecated());
        let note = Table::TODAY.name("NOPE\u{1b}").unwrap_err();
        assert!(note.starts_with("'NOPE\\e': no such name (tried NOPE\\e, "), "{note}");
    }

    #[test]
    fn a_malformed_version_says_what_is_expected() {
        assert!(Table::for_sdk_version("2.7.1.1").unwrap().sdk_release().is_some());
        let why = Table::for_sdk_version("2.x").unwrap_err();
        assert!(
            why.ends_with("expected a version such as 2.7.1.1, V2.7.1.1 or 2.7"),
            "{why}"
        );
    }
}
