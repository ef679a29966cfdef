//! What a code meant in the SDK release an application actually runs.
//!
//! The vendor published the `BS_Errno.h` of many releases (docs/releases.md lists them), and some values changed
//! meaning between them: in 2.7.1.0 and 2.7.1.1, -319 was `BS_SDK_ERROR_FAKE_FACE_DETECTED`; from 2.7.2.4 on
//! it is `BS_SDK_ERROR_UNMASKED_FACE_DETECTED`. [`SdkRelease::find`] reads the string `BS2_Version()`
//! returns once and hands back the release whose table answers for it; its lookups then cost about what
//! today's do.
//!
//! ```
//! use bs_errno::SdkRelease;
//!
//! let release = SdkRelease::find("V2.7.1.1").unwrap();
//! assert_eq!(release.name(-319), "BS_SDK_ERROR_FAKE_FACE_DETECTED");
//! assert_eq!(bs_errno::name(-319), "BS_SDK_ERROR_UNMASKED_FACE_DETECTED"); // today's table
//!
//! // A code the release did not define yet, and where its name first appears.
//! assert!(release.lookup(-331).is_none());
//! let unmasked = bs_errno::lookup_name("BS_SDK_ERROR_UNMASKED_FACE_DETECTED").unwrap();
//! assert_eq!(unmasked.first_seen().as_str(), "2.7.2.4");
//! ```
//!
//! Which release answers: the newest release not after the version; a version older than the oldest
//! release answers as the oldest, one newer than the newest as the newest, which is today's table.
//! A release's table names each value by one rule: its current name where that release defines the name
//! with that value, otherwise that release's one name for the value that it does not mark deprecated.

use core::ffi::CStr;
use core::fmt;
use core::str::FromStr;

use crate::table::{self, CODE_COUNT, NAMES, OLD_NAMES, RELEASE_COUNT, RELEASE_SPANS, RELEASE_TABLE, ReleaseEntry};

/// An SDK version as `BS2_Version()` reports it: four numbers, `2.7.1.1`.
///
/// Parsed from `"2.7.1.1"`, `"V2.7.1.1"`, `"v2.7.1"` or `"2.7"` (missing numbers are 0; surrounding ASCII
/// whitespace is ignored). Ordered numerically; `Display` gives the four numbers.
///
/// ```
/// use bs_errno::SdkVersion;
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
    /// cbindgen:ignore
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

/// One of the SDK releases whose `BS_Errno.h` the vendor published, oldest first in [`SdkRelease::ALL`]:
/// a handle, found once, through which lookups answer as that release named each code.
///
/// Ordered by age. [`SdkRelease::NEWEST`] is today's table: a lookup in it gives what
/// [`lookup`](crate::lookup) gives.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SdkRelease {
    index: u8,
}

impl SdkRelease {
    /// How many releases there are.
    /// cbindgen:ignore
    pub const COUNT: usize = RELEASE_COUNT;
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

    /// The release that answers for a version string as `BS2_Version()` returns it ("2.7.1.1", "V2.7.1.1",
    /// "2.7"; see [`SdkVersion`]), or `None` for anything that is not a version. Reads bytes, so a C
    /// string's contents can be passed as they are.
    ///
    /// ```
    /// use bs_errno::SdkRelease;
    /// let release = |v: &str| SdkRelease::find(v).unwrap().as_str();
    /// assert_eq!(release("2.7.1.5"), "2.7.1.1"); // the newest release not after it
    /// assert_eq!(release("2.7"), "2.7.0.0");
    /// assert_eq!(release("2.5.0.0"), "2.6.2.5"); // older than every release: the oldest
    /// assert_eq!(release("3.0"), SdkRelease::NEWEST.as_str());
    /// assert!(SdkRelease::find("2.7.x").is_none());
    /// ```
    pub fn find(version: impl AsRef<[u8]>) -> Option<SdkRelease> {
        SdkVersion::parse_bytes(version.as_ref())
            .ok()
            .map(SdkRelease::for_version)
    }

    /// The release that answers for `version`: the newest release not after it; the oldest release for a
    /// version before it.
    pub fn for_version(version: SdkVersion) -> SdkRelease {
        let mut found = SdkRelease::OLDEST;
        for release in SdkRelease::ALL {
            if release.entry().parts <= version.parts {
                found = release;
            }
        }
        found
    }

    /// The release with exactly this version, if it is one.
    pub fn exact(version: SdkVersion) -> Option<SdkRelease> {
        SdkRelease::ALL.iter().copied().find(|r| r.version() == version)
    }

    /// The release at `index` of [`SdkRelease::ALL`].
    #[inline]
    pub fn from_index(index: usize) -> Option<SdkRelease> {
        (index < RELEASE_COUNT).then_some(SdkRelease { index: index as u8 })
    }

    /// Its position in [`SdkRelease::ALL`] (0 is the oldest).
    pub fn index(self) -> usize {
        self.index as usize
    }

    fn entry(self) -> &'static ReleaseEntry {
        RELEASE_TABLE.get(self.index as usize).unwrap_or(&RELEASE_TABLE[0])
    }

    /// Its version.
    pub fn version(self) -> SdkVersion {
        SdkVersion {
            parts: self.entry().parts,
        }
    }

    /// Its version as text, `"2.7.1.1"`.
    pub fn as_str(self) -> &'static str {
        self.entry().version.as_str()
    }

    /// [`SdkRelease::as_str`] as a C string.
    pub fn version_c(self) -> &'static CStr {
        self.entry().version.as_c_str()
    }

    /// The publication date of its header, `"2020-09-28"`.
    pub fn date(self) -> &'static str {
        self.entry().date.as_str()
    }

    /// [`SdkRelease::date`] as a C string.
    pub fn date_c(self) -> &'static CStr {
        self.entry().date.as_c_str()
    }

    /// True for the newest release (today's table).
    pub fn is_newest(self) -> bool {
        self == SdkRelease::NEWEST
    }

    /// The value a macro name (exact, case-sensitive) had in this release, or `None` when this release
    /// does not define the name. Aliases count, under the value they stand for.
    ///
    /// ```
    /// use bs_errno::SdkRelease;
    /// let r2711 = SdkRelease::find("2.7.1.1").unwrap();
    /// assert_eq!(r2711.value_of("BS_SDK_ERROR_FAKE_FACE_DETECTED"), Some(-319));
    /// assert_eq!(SdkRelease::NEWEST.value_of("BS_SDK_ERROR_FAKE_FACE_DETECTED"), Some(-320));
    /// assert_eq!(r2711.value_of("BS_SDK_ERROR_UNMASKED_FACE_DETECTED"), None);
    /// ```
    pub fn value_of(self, name: &str) -> Option<i32> {
        let index = table::find_name(name.as_bytes())?;
        let entry = NAMES.get(index)?;
        if index >= CODE_COUNT {
            // An alias keeps its value from its first release on.
            return (self.index >= entry.first_seen).then_some(entry.code);
        }
        if self.index >= RELEASE_SPANS.get(index)?.answer_since {
            return Some(entry.code);
        }
        OLD_NAMES
            .iter()
            .find(|old| old.name as usize == index && old.first <= self.index && self.index <= old.last)
            .map(|old| old.code)
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
            assert_eq!(release.version_c().to_str(), Ok(release.as_str()));
            assert_eq!(release.date_c().to_str(), Ok(release.date()));
            assert_eq!(SdkRelease::from_index(release.index()), Some(release));
        }
        assert_eq!(SdkRelease::from_index(SdkRelease::COUNT), None);
    }
}
