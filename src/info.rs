//! [`ErrorInfo`], the one answer to "what is this code": a value with the name a release gives it;
//! [`Line`], its one-line form; and the lookups in today's table that give them.

use core::ffi::CStr;
use core::fmt;

use crate::category::Category;
use crate::release::SdkRelease;
use crate::table::{self, ALIAS, C_MACRO, CODE_COUNT, DEPRECATED, NAMES, NameEntry, OWN_DESCRIPTION};

/// The name given for a code that is not in the table (it is not a macro of the SDK).
pub const UNKNOWN_NAME: &str = "UNKNOWN";
/// The description given for a code that is not in the table.
pub const UNKNOWN_DESCRIPTION: &str = "Unknown error code.";
/// [`UNKNOWN_NAME`] as a C string.
pub const UNKNOWN_NAME_C: &CStr = c"UNKNOWN";
/// [`UNKNOWN_DESCRIPTION`] as a C string.
pub const UNKNOWN_DESCRIPTION_C: &CStr = c"Unknown error code.";

/// A return code with one of its names: the name today's table gives it ([`crate::lookup`]), the name an
/// older SDK release gave it ([`SdkRelease::lookup`]), or a name looked up as such
/// ([`crate::lookup_name`], aliases included).
///
/// Cheap to copy; compares and hashes by code and name. `Display` gives the one-line form
/// `NAME (code): description`, the same line `bs_error_format` writes in C.
///
/// ```
/// let info = bs_errno::lookup(-1208).unwrap();
/// assert_eq!(info.name(), "BS_SDK_ERROR_APB_ZONE_FULL");
/// let old = bs_errno::lookup_name("BS_SDK_ERROR_SET_FIRE_ALARM").unwrap(); // a deprecated alias
/// assert_eq!((old.code(), old.is_deprecated()), (-1208, true));
/// assert_eq!(old.description(), "Cannot set fire alarm."); // what the code meant under that name
/// assert_eq!(old.canonical(), info);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ErrorInfo {
    code: i32,
    /// The name's position in the name index.
    name: u16,
    /// The position of the code among today's codes (where its release spans are).
    index: u16,
}

impl ErrorInfo {
    /// The code at `index` of today's codes under the name at `name` of the name index.
    pub(crate) fn new(code: i32, name: usize, index: usize) -> ErrorInfo {
        ErrorInfo {
            code,
            name: name as u16,
            index: index as u16,
        }
    }

    fn entry(self) -> &'static NameEntry {
        NAMES.get(self.name as usize).unwrap_or(&NAMES[0])
    }

    /// The numeric value, as the SDK returns it.
    pub fn code(self) -> i32 {
        self.code
    }

    /// The macro name, e.g. `BS_SDK_ERROR_CANNOT_FIND_USER`.
    pub fn name(self) -> &'static str {
        self.entry().name.as_str()
    }

    /// [`ErrorInfo::name`] as a C string.
    pub fn name_c(self) -> &'static CStr {
        self.entry().name.as_c_str()
    }

    /// What the code means under this name, one sentence: `Cannot find user.`. A deprecated alias that
    /// once meant something else gives that old meaning; an alias without a meaning of its own gives its
    /// code's.
    pub fn description(self) -> &'static str {
        self.entry().meaning.as_str()
    }

    /// The name's own meaning as the data gives it: `None` for an alias that stands for its code without a
    /// text of its own (where [`ErrorInfo::description`] gives the code's).
    pub fn own_description(self) -> Option<&'static str> {
        let entry = self.entry();
        (entry.flags & OWN_DESCRIPTION != 0).then(|| entry.meaning.as_str())
    }

    /// [`ErrorInfo::own_description`] as a C string, empty for none.
    pub fn own_description_c(self) -> &'static CStr {
        let entry = self.entry();
        if entry.flags & OWN_DESCRIPTION != 0 {
            entry.meaning.as_c_str()
        } else {
            c""
        }
    }

    /// [`ErrorInfo::description`] as a C string.
    pub fn description_c(self) -> &'static CStr {
        self.entry().meaning.as_c_str()
    }

    /// The family of the code.
    pub fn category(self) -> Category {
        Category::of(self.code)
    }

    /// True for the success codes (1..=13).
    pub fn is_success(self) -> bool {
        self.category().is_success()
    }

    /// True when this is the code's name in today's table (not an alias, not an older release's name).
    pub fn is_current(self) -> bool {
        (self.name as usize) < CODE_COUNT && self.entry().code == self.code
    }

    /// True for a second name of the code in today's table: an alias macro or another spelling.
    pub fn is_alias(self) -> bool {
        self.entry().flags & ALIAS != 0
    }

    /// True if the vendor marks this name deprecated (C compilers then warn when it is used).
    pub fn is_deprecated(self) -> bool {
        self.entry().flags & DEPRECATED != 0
    }

    /// The SDK version of the deprecation, where the vendor states one (e.g. `2.7.2`).
    pub fn deprecated_since(self) -> Option<&'static str> {
        Some(self.entry().deprecated_since.as_str()).filter(|s| !s.is_empty())
    }

    /// [`ErrorInfo::deprecated_since`] as a C string, empty where none is stated.
    pub fn deprecated_since_c(self) -> &'static CStr {
        self.entry().deprecated_since.as_c_str()
    }

    /// True for a macro of the C header; false for a spelling only the vendor's C# enum uses
    /// (`BS_SDK_ERROR_CANNOT_UPGRADE_MEMORY`).
    pub fn is_c_macro(self) -> bool {
        self.entry().flags & C_MACRO != 0
    }

    /// The code under its name in today's table.
    pub fn canonical(self) -> ErrorInfo {
        ErrorInfo::new(self.code, self.index as usize, self.index as usize)
    }

    /// The code under the name `release` gave it, or `None` when that release did not define it.
    ///
    /// ```
    /// let fake = bs_errno::lookup(-319).unwrap().in_release(bs_errno::SdkRelease::find("2.7.1.1").unwrap());
    /// assert_eq!(fake.unwrap().name(), "BS_SDK_ERROR_FAKE_FACE_DETECTED");
    /// ```
    #[inline]
    pub fn in_release(self, release: SdkRelease) -> Option<ErrorInfo> {
        let name = table::name_in_release(self.index as usize, release.index() as u8)?;
        Some(ErrorInfo::new(self.code, name, self.index as usize))
    }

    /// The code's other names in today's table (aliases and spellings), in the order of the data.
    pub fn aliases(self) -> impl Iterator<Item = ErrorInfo> + Clone {
        let code = self.code;
        aliases().filter(move |alias| alias.code == code)
    }

    /// The first SDK release whose header defines this name (with any value; at the latest: the vendor
    /// skipped header updates for some releases).
    pub fn first_seen(self) -> SdkRelease {
        SdkRelease::from_index(self.entry().first_seen as usize).unwrap_or(SdkRelease::OLDEST)
    }

    /// The one-line form, `NAME (code): description`.
    pub fn line(self) -> Line {
        Line {
            code: self.code,
            known: Some(self),
        }
    }
}

impl fmt::Debug for ErrorInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorInfo")
            .field("code", &self.code())
            .field("name", &self.name())
            .field("category", &self.category())
            .field("description", &self.description())
            .finish()
    }
}

impl fmt::Display for ErrorInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.line().fmt(f)
    }
}

/// The one-line form of a code: `BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user.` for a known one,
/// `UNKNOWN (-799): Unknown error code (category: database).` for one the table (or release) lacks.
///
/// It is produced in pieces ([`Line::for_each_piece`]) so that the C library can write it into a caller's
/// buffer without allocating or pulling in `core::fmt`; `Display` writes the same pieces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    code: i32,
    known: Option<ErrorInfo>,
}

impl Line {
    /// The line of a code under this answer, or of an unknown code when `known` is `None`.
    pub fn new(code: i32, known: Option<ErrorInfo>) -> Line {
        Line { code, known }
    }

    /// Calls `put` with each piece of the line, in order; the pieces are ASCII.
    pub fn for_each_piece(self, mut put: impl FnMut(&str)) {
        let mut digits = [0u8; 11];
        let number = decimal(self.code, &mut digits);
        match self.known {
            Some(info) => {
                for piece in [info.name(), " (", number, "): ", info.description()] {
                    put(piece);
                }
            }
            None => {
                // "Unknown error code." without its period, then the category the range implies.
                let unknown = UNKNOWN_DESCRIPTION.strip_suffix('.').unwrap_or(UNKNOWN_DESCRIPTION);
                let category = Category::of(self.code).name();
                for piece in [
                    UNKNOWN_NAME,
                    " (",
                    number,
                    "): ",
                    unknown,
                    " (category: ",
                    category,
                    ").",
                ] {
                    put(piece);
                }
            }
        }
    }
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut result = Ok(());
        self.for_each_piece(|piece| {
            if result.is_ok() {
                result = f.write_str(piece);
            }
        });
        result
    }
}

/// `value` in decimal, written into the end of `buf` (11 bytes fit "-2147483648"). Written with checked
/// indexing so that no panic path exists even in principle.
fn decimal(value: i32, buf: &mut [u8; 11]) -> &str {
    let mut magnitude = value.unsigned_abs();
    let mut start = buf.len();
    while let Some(i) = start.checked_sub(1) {
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'0' + (magnitude % 10) as u8;
        }
        start = i;
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    if value < 0 {
        if let Some(slot) = start.checked_sub(1).and_then(|i| buf.get_mut(i)) {
            *slot = b'-';
            start -= 1;
        }
    }
    buf.get(start..)
        .and_then(|digits| core::str::from_utf8(digits).ok())
        .unwrap_or("?")
}

// ---- today's table ------------------------------------------------------------------------------------

/// The code under its name in today's table, if the table knows it.
///
/// ```
/// assert_eq!(bs_errno::lookup(-101).unwrap().name(), "BS_SDK_ERROR_CANNOT_OPEN_SOCKET");
/// assert!(bs_errno::lookup(0).is_none());
/// ```
#[inline]
pub fn lookup(code: i32) -> Option<ErrorInfo> {
    table::index_of(code).map(|index| ErrorInfo::new(code, index, index))
}

/// The name, exactly as given (case-sensitive; canonical, alias or other spelling), with its value today.
/// Takes any bytes: anything that is not a name gives `None`.
///
/// ```
/// let info = bs_errno::lookup_name("BS_SDK_ERROR_SET_FIRE_ALARM").unwrap(); // a deprecated alias
/// assert_eq!((info.code(), info.canonical().name()), (-1208, "BS_SDK_ERROR_APB_ZONE_FULL"));
/// assert!(bs_errno::lookup_name("bs_sdk_error_set_fire_alarm").is_none());
/// ```
pub fn lookup_name(name: impl AsRef<[u8]>) -> Option<ErrorInfo> {
    let index = table::find_name(name.as_ref())?;
    NAMES
        .get(index)
        .map(|entry| ErrorInfo::new(entry.code, index, entry.canonical as usize))
}

/// Every code under its name today, in ascending order.
///
/// ```
/// assert!(bs_errno::iter().all(|info| !info.description().is_empty() && info.is_current()));
/// ```
pub fn iter() -> impl ExactSizeIterator<Item = ErrorInfo> + DoubleEndedIterator + Clone {
    NAMES
        .iter()
        .take(CODE_COUNT)
        .enumerate()
        .map(|(index, entry)| ErrorInfo::new(entry.code, index, index))
}

/// Every second name in today's table (the header's aliases, then other spellings), in the order of the
/// data, each with its value.
pub fn aliases() -> impl ExactSizeIterator<Item = ErrorInfo> + DoubleEndedIterator + Clone {
    NAMES
        .iter()
        .enumerate()
        .skip(CODE_COUNT)
        .map(|(name, entry)| ErrorInfo::new(entry.code, name, entry.canonical as usize))
}

/// The description of any code: the table's, or [`UNKNOWN_DESCRIPTION`].
pub fn description(code: i32) -> &'static str {
    lookup(code).map_or(UNKNOWN_DESCRIPTION, ErrorInfo::description)
}

/// The name of any code in today's table, or [`UNKNOWN_NAME`].
pub fn name(code: i32) -> &'static str {
    lookup(code).map_or(UNKNOWN_NAME, ErrorInfo::name)
}

/// True if today's table knows the code.
pub fn is_known(code: i32) -> bool {
    table::index_of(code).is_some()
}

/// True for every success code: any positive value (1 is plain success, 2..13 success with a detail).
pub fn is_success(code: i32) -> bool {
    Category::of(code).is_success()
}

/// The one-line form of any code in today's table.
pub fn line(code: i32) -> Line {
    Line::new(code, lookup(code))
}

// ---- an older release's table ------------------------------------------------------------------------

/// The answers of one release (the handle type and the reading of versions are in `release`).
impl SdkRelease {
    /// The code under the name this release gave it, or `None` when this release does not define it.
    ///
    /// ```
    /// use bs_errno::SdkRelease;
    /// let old = SdkRelease::find("2.6.3.5").unwrap();
    /// let info = old.lookup(-1207).unwrap();
    /// assert_eq!(info.name(), "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION");
    /// assert_eq!(info.description(), "Invalid user attempted access in the unlock schedule.");
    /// assert!(SdkRelease::NEWEST.lookup(-1207).unwrap().is_current());
    /// ```
    #[inline]
    pub fn lookup(self, code: i32) -> Option<ErrorInfo> {
        lookup(code)?.in_release(self)
    }

    /// The name this release gave `code`, or [`UNKNOWN_NAME`].
    pub fn name(self, code: i32) -> &'static str {
        self.lookup(code).map_or(UNKNOWN_NAME, ErrorInfo::name)
    }

    /// What `code` meant under this release's name for it, or [`UNKNOWN_DESCRIPTION`].
    pub fn description(self, code: i32) -> &'static str {
        self.lookup(code).map_or(UNKNOWN_DESCRIPTION, ErrorInfo::description)
    }

    /// True if this release defines `code`.
    pub fn is_known(self, code: i32) -> bool {
        self.lookup(code).is_some()
    }

    /// The one-line form of `code` as this release named it.
    pub fn line(self, code: i32) -> Line {
        Line::new(code, self.lookup(code))
    }

    /// This release's table: every value it defines, ascending, under its name there.
    pub fn names(self) -> impl DoubleEndedIterator<Item = ErrorInfo> + Clone {
        iter().filter_map(move |info| self.lookup(info.code()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_matches_std_at_the_edges() {
        for v in [
            0,
            1,
            -1,
            9,
            10,
            -10,
            42,
            -714,
            i32::MAX,
            i32::MIN,
            i32::MIN + 1,
            1_000_000_000,
        ] {
            let mut buf = [0u8; 11];
            assert_eq!(decimal(v, &mut buf), v.to_string());
        }
    }
}
