//! One answer: a canonical code, an alias, a value as an older SDK release named it, or a code the table
//! does not know; and its one-line text form.

use bs_errno::{Category, ErrorInfo, SdkRelease};

/// One answer line (or JSON object).
#[derive(Clone, Copy)]
pub enum Entry {
    /// A canonical code.
    Code(ErrorInfo),
    /// A second name of a code, shown as itself.
    Alias(ErrorInfo),
    /// A value under the name one SDK release gave it (`--sdk`).
    Release(ErrorInfo, SdkRelease),
    /// A value the table does not know.
    Unknown(i32),
}

impl Entry {
    /// The entry for a value: its canonical code, or unknown.
    pub fn of_code(code: i32) -> Entry {
        bs_errno::lookup(code).map_or(Entry::Unknown(code), Entry::Code)
    }

    pub fn code(self) -> i32 {
        match self {
            Entry::Code(info) => info.code(),
            Entry::Alias(alias) => alias.code(),
            Entry::Release(named, _) => named.code(),
            Entry::Unknown(code) => code,
        }
    }

    /// The name this entry is about (the alias's own name for an alias).
    pub fn name(self) -> &'static str {
        match self {
            Entry::Code(info) => info.name(),
            Entry::Alias(alias) => alias.name(),
            Entry::Release(named, _) => named.name(),
            Entry::Unknown(_) => bs_errno::UNKNOWN_NAME,
        }
    }

    /// By range, so that unknown codes get one too.
    pub fn category(self) -> Category {
        Category::of(self.code())
    }

    /// What this name means: an alias's own (old) description where it has one, otherwise its code's.
    pub fn description(self) -> &'static str {
        match self {
            Entry::Code(info) => info.description(),
            Entry::Alias(alias) => alias.description(),
            Entry::Release(named, _) => named.description(),
            Entry::Unknown(_) => bs_errno::UNKNOWN_DESCRIPTION,
        }
    }

    pub fn is_known(self) -> bool {
        !matches!(self, Entry::Unknown(_))
    }

    pub fn is_deprecated(self) -> bool {
        matches!(self, Entry::Alias(alias) if alias.is_deprecated())
    }

    /// The first SDK release that defines the name (none for an unknown code).
    pub fn first_seen(self) -> Option<SdkRelease> {
        match self {
            Entry::Release(named, _) => Some(named.first_seen()),
            Entry::Unknown(_) => None,
            entry => bs_errno::lookup_name(entry.name()).map(ErrorInfo::first_seen),
        }
    }

    /// Every alias of this entry's code (for an alias: including itself).
    pub fn aliases(self) -> Vec<ErrorInfo> {
        match self {
            Entry::Code(info) => info.aliases().collect(),
            Entry::Alias(alias) => alias.canonical().aliases().collect(),
            // The aliases are today's; a release's entry stands alone.
            Entry::Release(..) | Entry::Unknown(_) => Vec::new(),
        }
    }

    /// The words `--search` looks through: the name and the description.
    pub fn haystack(self) -> String {
        format!("{} {}", self.name(), self.description()).to_lowercase()
    }

    /// The one-line text form: `NAME CODE CATEGORY DESCRIPTION`, each field but the last free of spaces,
    /// then the [remarks](Entry::remarks).
    pub fn line(self) -> String {
        format!(
            "{} {} {} {}{}",
            self.name(),
            self.code(),
            self.category(),
            self.description(),
            self.remarks()
        )
    }

    /// What follows the description, each part with a leading space and in parentheses: for an alias its
    /// status and replacement, and for a code whose value an old, deprecated name meant something else,
    /// that old meaning. Empty for most codes.
    pub fn remarks(self) -> String {
        let mut out = String::new();
        match self {
            Entry::Alias(alias) => {
                let canonical = alias.canonical();
                let status = match (alias.is_deprecated(), alias.deprecated_since()) {
                    (true, Some(version)) => format!("deprecated since SDK {version}; now"),
                    (true, None) => "deprecated; now".to_owned(),
                    (false, _) => "alias of".to_owned(),
                };
                out.push_str(&format!(" ({status} {}", canonical.name()));
                if canonical.description() != self.description() {
                    out.push_str(&format!(": {}", canonical.description()));
                }
                out.push(')');
            }
            Entry::Code(info) => {
                for old in info
                    .aliases()
                    .filter(|a| a.is_deprecated() && a.own_description().is_some_and(|d| d != info.description()))
                {
                    let since = old
                        .deprecated_since()
                        .map(|v| format!(", deprecated since SDK {v}"))
                        .unwrap_or_default();
                    out.push_str(&format!(" (formerly {}{since}: {})", old.name(), old.description()));
                }
            }
            Entry::Release(named, release) if !named.is_current() => {
                let today = bs_errno::lookup(named.code());
                let (name, description) = today.map_or((bs_errno::UNKNOWN_NAME, ""), |i| (i.name(), i.description()));
                out.push_str(&format!(" (in SDK {release}; today {name}: {description})"));
            }
            Entry::Release(..) | Entry::Unknown(_) => {}
        }
        out
    }
}

/// Every name of the table: each code in ascending order, followed by its aliases.
pub fn every_name() -> Vec<Entry> {
    let mut out = Vec::with_capacity(bs_errno::iter().len() + bs_errno::aliases().len());
    for info in bs_errno::iter() {
        out.push(Entry::Code(info));
        out.extend(info.aliases().map(Entry::Alias));
    }
    out
}
