//! One answer: a canonical code, an alias, a value under the name an older SDK release gave it, or a value
//! the table does not know. The printers decide how it looks.

use bs_errno::{Alias, Category, ErrorInfo, SdkName, SdkRelease};

#[derive(Clone, Copy, Debug)]
pub enum Answer {
    /// A canonical code.
    Code(ErrorInfo),
    /// A second name of a code, shown as itself.
    Alias(Alias),
    /// A value under the name one SDK release gave it (`--sdk`).
    Release(SdkName),
    /// A value the table does not know.
    Unknown(i32),
}

impl Answer {
    /// The answer for a value in today's table: its canonical code, or unknown.
    pub fn of_code(code: i32) -> Answer {
        bs_errno::lookup(code).map_or(Answer::Unknown(code), Answer::Code)
    }

    pub fn code(self) -> i32 {
        match self {
            Answer::Code(info) => info.code(),
            Answer::Alias(alias) => alias.code(),
            Answer::Release(named) => named.code(),
            Answer::Unknown(code) => code,
        }
    }

    /// The name this answer is about (the alias's own name for an alias).
    pub fn name(self) -> &'static str {
        match self {
            Answer::Code(info) => info.name(),
            Answer::Alias(alias) => alias.name(),
            Answer::Release(named) => named.name(),
            Answer::Unknown(_) => bs_errno::UNKNOWN_NAME,
        }
    }

    /// By range, so that unknown codes get one too.
    pub fn category(self) -> Category {
        Category::of(self.code())
    }

    /// What this name means: an alias's own (old) description where it has one, otherwise its code's.
    pub fn description(self) -> &'static str {
        match self {
            Answer::Code(info) => info.description(),
            Answer::Alias(alias) => alias.description().unwrap_or(alias.canonical().description()),
            Answer::Release(named) => named.description(),
            Answer::Unknown(_) => bs_errno::UNKNOWN_DESCRIPTION,
        }
    }

    pub fn is_known(self) -> bool {
        !matches!(self, Answer::Unknown(_))
    }

    /// True for an alias the vendor marks deprecated.
    pub fn is_deprecated(self) -> bool {
        matches!(self, Answer::Alias(alias) if alias.is_deprecated())
    }

    /// For an alias: the SDK version of its deprecation, where there is one.
    pub fn deprecated_since(self) -> Option<&'static str> {
        match self {
            Answer::Alias(alias) => alias.deprecated_since(),
            _ => None,
        }
    }

    /// For an alias: the canonical code it stands for.
    pub fn alias_of(self) -> Option<ErrorInfo> {
        match self {
            Answer::Alias(alias) => Some(alias.canonical()),
            _ => None,
        }
    }

    /// True when the name and value are the same (so a line names a meaning once).
    pub fn same_as(self, other: Answer) -> bool {
        self.name() == other.name() && self.code() == other.code()
    }

    /// The first SDK release that defines the name (none for an unknown code).
    pub fn first_seen(self) -> Option<SdkRelease> {
        match self {
            Answer::Release(named) => Some(named.first_seen()),
            Answer::Unknown(_) => None,
            answer => bs_errno::sdk::first_seen(answer.name()),
        }
    }

    /// Every alias of this answer's code (for an alias: including itself). A release's answer stands alone:
    /// the aliases are today's.
    pub fn aliases(self) -> Vec<Alias> {
        match self {
            Answer::Code(info) => info.aliases().collect(),
            Answer::Alias(alias) => alias.canonical().aliases().collect(),
            Answer::Release(_) | Answer::Unknown(_) => Vec::new(),
        }
    }

    /// For a code whose value a deprecated old name meant differently: each such old name.
    pub fn former_meanings(self) -> Vec<Alias> {
        match self {
            Answer::Code(info) => info
                .aliases()
                .filter(|a| a.is_deprecated() && a.description().is_some_and(|d| d != info.description()))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// For a value under an older release's name that is not today's: that release, and today's answer for
    /// the value.
    pub fn renamed_since(self) -> Option<(SdkRelease, Answer)> {
        match self {
            Answer::Release(named) if !named.is_current() => Some((named.release(), Answer::of_code(named.code()))),
            _ => None,
        }
    }
}
