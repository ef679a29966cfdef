//! One answer: a name of today's table (a code's own name, or a second name shown as itself), a value under
//! the name an SDK release gave it, or a value the table does not know. The printers decide how it looks.

use bs_errno::{Category, ErrorInfo, SdkRelease};

#[derive(Clone, Copy, Debug)]
pub enum Answer {
    /// A name of today's table: a code's own name, or an alias or other spelling, shown as itself.
    Today(ErrorInfo),
    /// A value under the name one SDK release gave it (`--sdk`).
    Release(ErrorInfo, SdkRelease),
    /// A value the table does not know.
    Unknown(i32),
}

/// What a second name of today's table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecondName {
    /// A macro of the header the vendor marks deprecated, with the SDK version that did, where stated.
    Deprecated(Option<&'static str>),
    /// A macro of the header that is a plain synonym.
    Synonym,
    /// A spelling only the vendor's C# enum uses.
    CsharpSpelling,
}

impl Answer {
    /// The answer for a value in today's table: its code under its own name, or unknown.
    pub fn of_code(code: i32) -> Answer {
        bs_errno::lookup(code).map_or(Answer::Unknown(code), Answer::Today)
    }

    fn info(self) -> Option<ErrorInfo> {
        match self {
            Answer::Today(info) | Answer::Release(info, _) => Some(info),
            Answer::Unknown(_) => None,
        }
    }

    pub fn code(self) -> i32 {
        match self {
            Answer::Today(info) | Answer::Release(info, _) => info.code(),
            Answer::Unknown(code) => code,
        }
    }

    /// The name this answer is about (an alias's own name for an alias).
    pub fn name(self) -> &'static str {
        self.info().map_or(bs_errno::UNKNOWN_NAME, ErrorInfo::name)
    }

    /// By range, so that unknown codes get one too.
    pub fn category(self) -> Category {
        Category::of(self.code())
    }

    /// What the code means under this name: an alias's own (old) meaning where it has one, otherwise its
    /// code's.
    pub fn description(self) -> &'static str {
        self.info()
            .map_or(bs_errno::UNKNOWN_DESCRIPTION, ErrorInfo::description)
    }

    pub fn is_known(self) -> bool {
        self.info().is_some()
    }

    /// For a second name of today's table: what kind it is.
    pub fn second_name(self) -> Option<SecondName> {
        match self {
            Answer::Today(info) if info.is_alias() => Some(if !info.is_c_macro() {
                SecondName::CsharpSpelling
            } else if info.is_deprecated() {
                SecondName::Deprecated(info.deprecated_since())
            } else {
                SecondName::Synonym
            }),
            _ => None,
        }
    }

    /// True for a second name the vendor marks deprecated.
    pub fn is_deprecated(self) -> bool {
        matches!(self.second_name(), Some(SecondName::Deprecated(_)))
    }

    /// For a deprecated second name: the SDK version of its deprecation, where stated.
    pub fn deprecated_since(self) -> Option<&'static str> {
        match self.second_name() {
            Some(SecondName::Deprecated(since)) => since,
            _ => None,
        }
    }

    /// For a second name: its code under its own name.
    pub fn alias_of(self) -> Option<ErrorInfo> {
        self.second_name().and(self.info()).map(ErrorInfo::canonical)
    }

    /// True when the name and value are the same (so a line names a meaning once).
    pub fn same_as(self, other: Answer) -> bool {
        self.name() == other.name() && self.code() == other.code()
    }

    /// The first SDK release that defines the name (none for an unknown code).
    pub fn first_seen(self) -> Option<SdkRelease> {
        self.info().map(ErrorInfo::first_seen)
    }

    /// Every second name of this answer's code today (for a second name: including itself). A release's
    /// answer stands alone: the second names are today's.
    pub fn aliases(self) -> Vec<ErrorInfo> {
        match self {
            Answer::Today(info) => info.aliases().collect(),
            Answer::Release(..) | Answer::Unknown(_) => Vec::new(),
        }
    }

    /// For a code under its own name whose value a deprecated old name meant differently: each such old
    /// name.
    pub fn former_meanings(self) -> Vec<ErrorInfo> {
        match self {
            Answer::Today(info) if !info.is_alias() => info
                .aliases()
                .filter(|a| a.is_deprecated() && a.own_description().is_some_and(|d| d != info.description()))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// For a value under an older release's name that is not today's: that release, and today's answer for
    /// the value.
    pub fn renamed_since(self) -> Option<(SdkRelease, Answer)> {
        match self {
            Answer::Release(info, release) if !info.is_current() => Some((release, Answer::of_code(info.code()))),
            _ => None,
        }
    }
}
