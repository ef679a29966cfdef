//! The types and lookups of [`crate::sdk`], over the generated tables of `data.rs`.

use core::ffi::{CStr, c_char};
use core::fmt;
use core::str::FromStr;

use crate::category::Category;
use crate::table::{self, ALIASES, CODE_COUNT, ENTRIES, NAME_COUNT, Span};
use crate::{UNKNOWN_DESCRIPTION, UNKNOWN_NAME, format};

use super::data::{ANSWER_SINCE, FIRST_SEEN, OLD_NAMES, RELEASE_DEFS};

/// A release as the generated table spells it.
pub(crate) struct ReleaseDef {
    parts: [u32; 4],
    version: &'static str,
    version_c: &'static CStr,
    date: &'static str,
}

impl ReleaseDef {
    pub(crate) const fn new(
        parts: [u32; 4],
        version: &'static str,
        version_c: &'static CStr,
        date: &'static str,
    ) -> Self {
        ReleaseDef {
            parts,
            version,
            version_c,
            date,
        }
    }
}

/// An older name of a value: in releases `first..=last` (indices of the release list), `code` was the name
/// at `name` of the combined name index (codes, then aliases).
pub(crate) struct OldName {
    code: i32,
    first: u8,
    last: u8,
    name: u16,
}

impl OldName {
    pub(crate) const fn new(code: i32, first: u8, last: u8, name: &str) -> Self {
        let mut i = 0;
        while i < NAME_COUNT {
            if bytes_equal(table::def_name(i).as_bytes(), name.as_bytes()) {
                assert!(first <= last, "an old name's span must not be empty");
                return OldName {
                    code,
                    first,
                    last,
                    name: i as u16,
                };
            }
            i += 1;
        }
        panic!("an old name is not a name of the table");
    }
}

const fn bytes_equal(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const RELEASE_COUNT: usize = RELEASE_DEFS.len();

const _: () = {
    assert!(RELEASE_COUNT > 0 && RELEASE_COUNT <= u8::MAX as usize);
    assert!(ANSWER_SINCE.len() == CODE_COUNT && FIRST_SEEN.len() == NAME_COUNT);
    let mut r = 0;
    while r < RELEASE_COUNT {
        let def = &RELEASE_DEFS[r];
        assert!(bytes_equal(def.version.as_bytes(), def.version_c.to_bytes()));
        if r > 0 {
            let (a, b) = (RELEASE_DEFS[r - 1].parts, def.parts);
            let mut k = 0;
            while k < 4 && a[k] == b[k] {
                k += 1;
            }
            assert!(k < 4 && a[k] < b[k], "releases must be oldest first");
        }
        r += 1;
    }
    let mut i = 0;
    while i < CODE_COUNT {
        assert!((ANSWER_SINCE[i] as usize) < RELEASE_COUNT);
        i += 1;
    }
    let mut i = 0;
    while i < NAME_COUNT {
        assert!((FIRST_SEEN[i] as usize) < RELEASE_COUNT);
        i += 1;
    }
    let mut i = 0;
    while i < OLD_NAMES.len() {
        assert!((OLD_NAMES[i].last as usize) < RELEASE_COUNT);
        i += 1;
    }
};

// ---- versions -----------------------------------------------------------------------------------------

/// An SDK version as `BS2_Version()` reports it: four numbers, `2.7.1.1`.
///
/// Parsed from `"2.7.1.1"`, `"V2.7.1.1"`, `"v2.7.1"` or `"2.7"` (missing numbers are 0; surrounding ASCII
/// whitespace is ignored). Ordered numerically; `Display` gives the four numbers.
///
/// ```
/// use bs_errno::sdk::SdkVersion;
/// let v: SdkVersion = "V2.7.1".parse().unwrap();
/// assert_eq!(v, SdkVersion::new(2, 7, 1, 0));
/// assert_eq!(v.to_string(), "2.7.1.0");
/// assert!("2.7.x".parse::<SdkVersion>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct SdkVersion {
    parts: [u32; 4],
}

/// Why a string is not an SDK version.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum ParseSdkVersionError {
    /// Nothing but whitespace (or a lone `V`).
    Empty,
    /// Longer than [`SdkVersion::MAX_TEXT_LEN`] bytes.
    TooLong,
    /// Only one number: at least major and minor are needed (`2.7`).
    TooFewParts,
    /// More than four numbers.
    TooManyParts,
    /// A part that is not a plain decimal number (empty, a sign, a letter, any other byte).
    InvalidPart,
    /// A number above 999999999.
    NumberTooLarge,
}

impl fmt::Display for ParseSdkVersionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseSdkVersionError::Empty => "empty SDK version",
            ParseSdkVersionError::TooLong => "SDK version too long",
            ParseSdkVersionError::TooFewParts => "SDK version needs at least two numbers (2.7)",
            ParseSdkVersionError::TooManyParts => "SDK version has more than four numbers",
            ParseSdkVersionError::InvalidPart => "SDK version must be numbers separated by dots (2.7.1.1)",
            ParseSdkVersionError::NumberTooLarge => "number in SDK version too large",
        })
    }
}

impl core::error::Error for ParseSdkVersionError {}

impl SdkVersion {
    /// The longest text [`SdkVersion::parse`] accepts, in bytes, whitespace included.
    pub const MAX_TEXT_LEN: usize = 63;
    const MAX_DIGITS: usize = 9;

    /// The version `major.minor.patch.build`.
    pub const fn new(major: u32, minor: u32, patch: u32, build: u32) -> Self {
        SdkVersion {
            parts: [major, minor, patch, build],
        }
    }

    /// The four numbers.
    pub const fn parts(self) -> [u32; 4] {
        self.parts
    }

    /// Parses a version; see the type's documentation for the forms.
    pub fn parse(text: &str) -> Result<SdkVersion, ParseSdkVersionError> {
        Self::parse_bytes(text.as_bytes())
    }

    /// Parses a version from any bytes (what a C caller passes); anything not ASCII is an invalid part.
    pub fn parse_bytes(bytes: &[u8]) -> Result<SdkVersion, ParseSdkVersionError> {
        if bytes.len() > Self::MAX_TEXT_LEN {
            return Err(ParseSdkVersionError::TooLong);
        }
        let text = bytes.trim_ascii();
        let text = match text.first() {
            Some(b'V' | b'v') => text.get(1..).unwrap_or_default(),
            _ => text,
        };
        if text.is_empty() {
            return Err(ParseSdkVersionError::Empty);
        }
        let mut parts = [0u32; 4];
        let mut count = 0;
        for piece in text.split(|&b| b == b'.') {
            let slot = parts.get_mut(count).ok_or(ParseSdkVersionError::TooManyParts)?;
            if piece.is_empty() || !piece.iter().all(u8::is_ascii_digit) {
                return Err(ParseSdkVersionError::InvalidPart);
            }
            let digits = piece.iter().skip_while(|&&b| b == b'0');
            let mut value = 0u32;
            for (n, &digit) in digits.enumerate() {
                if n >= Self::MAX_DIGITS {
                    return Err(ParseSdkVersionError::NumberTooLarge);
                }
                value = value * 10 + u32::from(digit - b'0');
            }
            *slot = value;
            count += 1;
        }
        if count < 2 {
            return Err(ParseSdkVersionError::TooFewParts);
        }
        Ok(SdkVersion { parts })
    }

    /// The release whose table answers for this version (see [`SdkRelease::for_version`]).
    pub fn release(self) -> SdkRelease {
        SdkRelease::for_version(self)
    }
}

impl FromStr for SdkVersion {
    type Err = ParseSdkVersionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SdkVersion::parse(s)
    }
}

impl fmt::Display for SdkVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a, b, c, d] = self.parts;
        write!(f, "{a}.{b}.{c}.{d}")
    }
}

// ---- releases -----------------------------------------------------------------------------------------

/// One of the SDK releases whose `BS_Errno.h` the vendor published, oldest first in [`SdkRelease::ALL`].
///
/// Ordered by age. [`SdkRelease::NEWEST`] is today's table: a lookup in it gives what
/// [`lookup`](crate::lookup) gives.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SdkRelease {
    index: u8,
}

impl SdkRelease {
    /// Every release, oldest first.
    pub const ALL: [SdkRelease; RELEASE_COUNT] = {
        let mut all = [SdkRelease { index: 0 }; RELEASE_COUNT];
        let mut i = 0;
        while i < RELEASE_COUNT {
            all[i] = SdkRelease { index: i as u8 };
            i += 1;
        }
        all
    };
    /// The oldest release (2.6.2.5).
    pub const OLDEST: SdkRelease = SdkRelease { index: 0 };
    /// The newest release, whose table is today's.
    pub const NEWEST: SdkRelease = SdkRelease {
        index: (RELEASE_COUNT - 1) as u8,
    };

    /// The release that answers for `version`: the newest release not after it; the oldest release for a
    /// version before it.
    ///
    /// ```
    /// use bs_errno::sdk::{SdkRelease, SdkVersion};
    /// let release = |v: &str| SdkRelease::for_version(v.parse().unwrap()).as_str();
    /// assert_eq!(release("2.7.1.5"), "2.7.1.1");
    /// assert_eq!(release("2.7"), "2.7.0.0");
    /// assert_eq!(release("2.5.0.0"), "2.6.2.5");
    /// assert_eq!(release("3.0"), SdkRelease::NEWEST.as_str());
    /// ```
    pub fn for_version(version: SdkVersion) -> SdkRelease {
        let mut found = SdkRelease::OLDEST;
        for release in SdkRelease::ALL {
            if release.def().parts <= version.parts {
                found = release;
            }
        }
        found
    }

    /// The release with exactly this version, if it is one.
    pub fn exact(version: SdkVersion) -> Option<SdkRelease> {
        SdkRelease::ALL.into_iter().find(|r| r.version() == version)
    }

    fn def(self) -> &'static ReleaseDef {
        RELEASE_DEFS.get(self.index as usize).unwrap_or(&RELEASE_DEFS[0])
    }

    /// Its version.
    pub fn version(self) -> SdkVersion {
        SdkVersion {
            parts: self.def().parts,
        }
    }

    /// Its version as text, `"2.7.1.1"`.
    pub fn as_str(self) -> &'static str {
        self.def().version
    }

    pub(crate) fn as_c_str(self) -> &'static CStr {
        self.def().version_c
    }

    /// The publication date of its header, `"2020-09-28"`.
    pub fn date(self) -> &'static str {
        self.def().date
    }

    /// True for the newest release (today's table).
    pub fn is_newest(self) -> bool {
        self == SdkRelease::NEWEST
    }

    /// The value's name in this release; see [`lookup_in`].
    pub fn lookup(self, code: i32) -> Option<SdkName> {
        lookup_in(code, self)
    }

    /// This release's table: every value it defines, ascending, under its name there.
    pub fn names(self) -> impl DoubleEndedIterator<Item = SdkName> + Clone {
        ENTRIES.iter().filter_map(move |entry| lookup_in(entry.code, self))
    }
}

impl fmt::Display for SdkRelease {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for SdkRelease {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SdkRelease({})", self.as_str())
    }
}

impl From<SdkVersion> for SdkRelease {
    fn from(version: SdkVersion) -> Self {
        SdkRelease::for_version(version)
    }
}

// ---- names in a release -------------------------------------------------------------------------------

/// A value as one release named it: the name, and that name's own description.
///
/// For an old name that today means something else (`BS_SDK_ERROR_FAKE_FACE_DETECTED` at -319 in 2.7.1.1)
/// or that is now a deprecated alias (`BS_SDK_ERROR_SET_FIRE_ALARM`), the description is what the value
/// meant under that name. `Display` gives the one-line form `NAME (code): description`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SdkName {
    code: i32,
    name: u16,
    release: SdkRelease,
}

fn name_span(index: u16) -> Option<Span> {
    let index = index as usize;
    match index.checked_sub(CODE_COUNT) {
        None => ENTRIES.get(index).map(|e| e.name),
        Some(a) => ALIASES.get(a).map(|a| a.name),
    }
}

/// A name's own description; for an alias without one (a plain synonym, or a rename that kept the
/// meaning), its code's.
fn description_span(index: u16) -> Option<Span> {
    let index = index as usize;
    match index.checked_sub(CODE_COUNT) {
        None => ENTRIES.get(index).map(|e| e.description),
        Some(a) => {
            let alias = ALIASES.get(a)?;
            if alias.description.is_empty() {
                ENTRIES.get(alias.canonical as usize).map(|e| e.description)
            } else {
                Some(alias.description)
            }
        }
    }
}

impl SdkName {
    /// The value.
    pub fn code(self) -> i32 {
        self.code
    }

    /// The macro name the release gave the value.
    pub fn name(self) -> &'static str {
        name_span(self.name).map_or(UNKNOWN_NAME, Span::as_str)
    }

    /// What the value meant under that name.
    pub fn description(self) -> &'static str {
        description_span(self.name).map_or(UNKNOWN_DESCRIPTION, Span::as_str)
    }

    pub(crate) fn name_c(self) -> *const c_char {
        name_span(self.name).map_or(crate::UNKNOWN_NAME_C.as_ptr(), Span::as_c_ptr)
    }

    pub(crate) fn description_c(self) -> *const c_char {
        description_span(self.name).map_or(crate::UNKNOWN_DESCRIPTION_C.as_ptr(), Span::as_c_ptr)
    }

    /// The category, by numeric range.
    pub fn category(self) -> Category {
        Category::of(self.code)
    }

    /// The release this answer is from.
    pub fn release(self) -> SdkRelease {
        self.release
    }

    /// The first release that defines the name (with any value; at the latest: the vendor skipped header
    /// updates for some releases).
    pub fn first_seen(self) -> SdkRelease {
        first_seen_at(self.name)
    }

    /// True when the name is the value's name today as well.
    pub fn is_current(self) -> bool {
        self.name as usize == table::index_of(self.code).unwrap_or(usize::MAX)
    }
}

impl fmt::Debug for SdkName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SdkName")
            .field("code", &self.code())
            .field("name", &self.name())
            .field("description", &self.description())
            .field("release", &self.release)
            .finish()
    }
}

impl fmt::Display for SdkName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut result = Ok(());
        format::line_pieces_of(self.code, Some((self.name(), self.description())), |piece| {
            if result.is_ok() {
                result = f.write_str(piece);
            }
        });
        result
    }
}

fn first_seen_at(index: u16) -> SdkRelease {
    let index = FIRST_SEEN.get(index as usize).copied().unwrap_or(0);
    SdkRelease { index }
}

/// The value's name and description in `release`, or `None` when that release does not define the value.
///
/// ```
/// use bs_errno::sdk::{SdkRelease, SdkVersion, lookup_in};
/// let old = SdkRelease::for_version(SdkVersion::new(2, 6, 3, 5));
/// let info = lookup_in(-1207, old).unwrap();
/// assert_eq!(info.name(), "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION");
/// assert_eq!(info.description(), "Invalid user attempted access in the unlock schedule.");
/// assert!(lookup_in(-1207, SdkRelease::NEWEST).unwrap().is_current());
/// ```
pub fn lookup_in(code: i32, release: SdkRelease) -> Option<SdkName> {
    let index = table::index_of(code)?;
    if release.index >= *ANSWER_SINCE.get(index)? {
        return Some(SdkName {
            code,
            name: index as u16,
            release,
        });
    }
    OLD_NAMES
        .iter()
        .find(|old| old.code == code && old.first <= release.index && release.index <= old.last)
        .map(|old| SdkName {
            code,
            name: old.name,
            release,
        })
}

/// The value's name in `release`, or [`UNKNOWN_NAME`] when that release does not define it.
pub fn name_for_sdk(code: i32, release: SdkRelease) -> &'static str {
    lookup_in(code, release).map_or(UNKNOWN_NAME, SdkName::name)
}

/// The value's description in `release` (the meaning of its name there), or [`UNKNOWN_DESCRIPTION`] when
/// that release does not define it.
pub fn description_for_sdk(code: i32, release: SdkRelease) -> &'static str {
    lookup_in(code, release).map_or(UNKNOWN_DESCRIPTION, SdkName::description)
}

/// The first release that defines a macro name (exact, case-sensitive), canonical or alias.
///
/// ```
/// use bs_errno::sdk::first_seen;
/// assert_eq!(first_seen("BS_SDK_ERROR_APB_ZONE_FULL").unwrap().as_str(), "2.7.2.4");
/// assert_eq!(first_seen("BS_SDK_ERROR_SET_FIRE_ALARM").unwrap().as_str(), "2.6.2.5");
/// assert!(first_seen("NOPE").is_none());
/// ```
pub fn first_seen(name: &str) -> Option<SdkRelease> {
    table::find_name_index(name.as_bytes()).map(first_seen_at)
}

/// The value a macro name (exact, case-sensitive) had in `release`, or `None` when that release does not
/// define the name. Aliases count, under the value they stand for.
///
/// ```
/// use bs_errno::sdk::{SdkRelease, SdkVersion, value_in};
/// let r2711 = SdkRelease::for_version(SdkVersion::new(2, 7, 1, 1));
/// assert_eq!(value_in("BS_SDK_ERROR_FAKE_FACE_DETECTED", r2711), Some(-319));
/// assert_eq!(value_in("BS_SDK_ERROR_FAKE_FACE_DETECTED", SdkRelease::NEWEST), Some(-320));
/// assert_eq!(value_in("BS_SDK_ERROR_UNMASKED_FACE_DETECTED", r2711), None);
/// ```
pub fn value_in(name: &str, release: SdkRelease) -> Option<i32> {
    let index = table::find_name_index(name.as_bytes())?;
    let slot = index as usize;
    match slot.checked_sub(CODE_COUNT) {
        None => {
            let entry = ENTRIES.get(slot)?;
            if release.index >= *ANSWER_SINCE.get(slot)? {
                return Some(entry.code);
            }
            OLD_NAMES
                .iter()
                .find(|old| old.name == index && old.first <= release.index && release.index <= old.last)
                .map(|old| old.code)
        }
        Some(a) => {
            let alias = ALIASES.get(a)?;
            (release >= first_seen_at(index))
                .then(|| ENTRIES.get(alias.canonical as usize).map(|e| e.code))
                .flatten()
        }
    }
}

/// The release for a C string: `None` for NULL or a string that is not a version. Reads at most
/// [`SdkVersion::MAX_TEXT_LEN`] + 1 bytes.
///
/// # Safety
/// `version` is NULL or points to a readable NUL-terminated string.
pub(crate) unsafe fn release_from_c(version: *const c_char) -> Option<SdkRelease> {
    if version.is_null() {
        return None;
    }
    let mut bytes = [0u8; SdkVersion::MAX_TEXT_LEN];
    let mut len = 0;
    loop {
        // SAFETY: `version` is NUL-terminated (the caller's contract) and we stop at its first NUL.
        let byte = unsafe { version.add(len).read() } as u8;
        if byte == 0 {
            break;
        }
        *bytes.get_mut(len)? = byte; // longer than any version: not one
        len += 1;
    }
    SdkVersion::parse_bytes(bytes.get(..len)?)
        .ok()
        .map(SdkRelease::for_version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse() {
        let v = |s: &str| SdkVersion::parse(s).map(SdkVersion::parts);
        assert_eq!(v("2.7.1.1"), Ok([2, 7, 1, 1]));
        assert_eq!(v("V2.7.1.1"), Ok([2, 7, 1, 1]));
        assert_eq!(v(" v2.7.1\n"), Ok([2, 7, 1, 0]));
        assert_eq!(v("2.7"), Ok([2, 7, 0, 0]));
        assert_eq!(v("02.007.0001.000000000000012"), Ok([2, 7, 1, 12]));
        assert_eq!(v("999999999.0"), Ok([999_999_999, 0, 0, 0]));
        assert_eq!(v("1000000000.0"), Err(ParseSdkVersionError::NumberTooLarge));
        assert_eq!(v(""), Err(ParseSdkVersionError::Empty));
        assert_eq!(v("V"), Err(ParseSdkVersionError::Empty));
        assert_eq!(v("2"), Err(ParseSdkVersionError::TooFewParts));
        assert_eq!(v("2.7.1.1.0"), Err(ParseSdkVersionError::TooManyParts));
        for bad in [
            "2..1", ".2.7", "2.7.", "2.-7", "2.+7", "2.7a", "VV2.7", "2. 7", "2,7", "é.1",
        ] {
            assert_eq!(v(bad), Err(ParseSdkVersionError::InvalidPart), "{bad:?}");
        }
        assert_eq!(v(&"1".repeat(64)), Err(ParseSdkVersionError::TooLong));
        assert_eq!(
            SdkVersion::parse_bytes(b"2.\xff"),
            Err(ParseSdkVersionError::InvalidPart)
        );
    }

    #[test]
    fn releases_in_order() {
        for pair in SdkRelease::ALL.windows(2) {
            assert!(pair[0] < pair[1] && pair[0].version() < pair[1].version());
        }
        for release in SdkRelease::ALL {
            assert_eq!(SdkRelease::for_version(release.version()), release);
            assert_eq!(SdkRelease::exact(release.version()), Some(release));
            assert_eq!(release.as_c_str().to_str(), Ok(release.as_str()));
        }
    }
}
