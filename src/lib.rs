//! # bs-errno
//!
//! The return codes of the Suprema BioStar 2 Device SDK (`BS_Errno.h`, SDK V2.9.12): every name, value,
//! category and description, for Rust, for C through a C ABI and a drop-in `BS_Errno.h`, and (through that
//! ABI) for Python and the `bs-errno` command.
//!
//! ```
//! use bs_errno::{Category, codes::BS_SDK_ERROR_CANNOT_FIND_USER};
//!
//! let info = bs_errno::lookup(BS_SDK_ERROR_CANNOT_FIND_USER).unwrap();
//! assert_eq!(info.name(), "BS_SDK_ERROR_CANNOT_FIND_USER");
//! assert_eq!(info.description(), "Cannot find user.");
//! assert_eq!(info.category(), Category::Database);
//! assert_eq!(info.to_string(), "BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user.");
//!
//! // Unknown codes still get an answer.
//! assert_eq!(bs_errno::description(-799), bs_errno::UNKNOWN_DESCRIPTION);
//! assert_eq!(Category::of(-799), Category::Database);
//! ```
//!
//! The crate is `no_std` and has no dependencies: everything is static data computed at compile time.
//!
//! Layers, each in its own file: [`codes`] (generated from `data/codes.tsv`: the constants and the rows),
//! `table` (compile-time lookup structures), [`category`], `format` (the one-line form), `ffi` (the C
//! exports that `include/BS_Errno.h` declares).

#![cfg_attr(not(test), no_std)]
#![deny(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]

pub mod category;
pub mod codes;
pub mod ffi;
mod format;
mod table;

use core::ffi::CStr;
use core::fmt;

pub use category::Category;

use table::{ALIASES, AliasEntry, ENTRIES, Entry};

/// The description given for a code that is not in the table.
pub const UNKNOWN_DESCRIPTION: &str = "Unknown error code.";
/// The name given for a code that is not in the table (it is not a macro of the SDK).
pub const UNKNOWN_NAME: &str = "UNKNOWN";
/// This library's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub(crate) const UNKNOWN_DESCRIPTION_C: &CStr = c"Unknown error code.";
pub(crate) const UNKNOWN_NAME_C: &CStr = c"UNKNOWN";
pub(crate) const VERSION_C: &CStr = match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes())
{
    Ok(version) => version,
    Err(_) => panic!("version must not contain NUL"),
};
const _: () = {
    assert!(UNKNOWN_DESCRIPTION_C.count_bytes() == UNKNOWN_DESCRIPTION.len());
    assert!(UNKNOWN_NAME_C.count_bytes() == UNKNOWN_NAME.len());
};

/// One code of the SDK: its value, canonical name, description and category.
///
/// Cheap to copy; compares and hashes by code. `Display` gives the one-line form
/// `NAME (code): description`, the same line `bs_error_format` writes in C.
#[derive(Clone, Copy)]
pub struct ErrorInfo {
    entry: &'static Entry,
}

impl ErrorInfo {
    /// The numeric value, as the SDK returns it.
    pub fn code(self) -> i32 {
        self.entry.code
    }

    /// The canonical macro name, e.g. `BS_SDK_ERROR_CANNOT_FIND_USER`.
    pub fn name(self) -> &'static str {
        self.entry.name.as_str()
    }

    /// One sentence, e.g. `Cannot find user.`.
    pub fn description(self) -> &'static str {
        self.entry.description.as_str()
    }

    /// The family of the code.
    pub fn category(self) -> Category {
        self.entry.category
    }

    /// True for the success codes (1..=13).
    pub fn is_success(self) -> bool {
        self.entry.category.is_success()
    }

    /// The other names of this code (most are deprecated), in the order of the data file.
    ///
    /// ```
    /// let info = bs_errno::lookup(-1208).unwrap();
    /// assert_eq!(info.name(), "BS_SDK_ERROR_APB_ZONE_FULL");
    /// let old: Vec<_> = info.aliases().map(|a| a.name()).collect();
    /// assert_eq!(old, ["BS_SDK_ERROR_SET_FIRE_ALARM"]);
    /// ```
    pub fn aliases(self) -> impl Iterator<Item = Alias> {
        let code = self.code();
        aliases().filter(move |a| a.code() == code)
    }
}

impl PartialEq for ErrorInfo {
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}
impl Eq for ErrorInfo {}
impl core::hash::Hash for ErrorInfo {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.code().hash(state);
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
        write_line(self.code(), f)
    }
}

fn write_line(code: i32, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut result = Ok(());
    format::line_pieces(code, |piece| {
        if result.is_ok() {
            result = f.write_str(piece);
        }
    });
    result
}

/// A second name for a code: a deprecated old name (`BS_SDK_ERROR_SET_FIRE_ALARM`) or a plain synonym
/// (`BS_SDK_ERROR_NO_FINGER_DETECTED`).
#[derive(Clone, Copy)]
pub struct Alias {
    entry: &'static AliasEntry,
}

impl Alias {
    /// The alias's macro name.
    pub fn name(self) -> &'static str {
        self.entry.name.as_str()
    }

    /// Its value (the same as its canonical code's).
    pub fn code(self) -> i32 {
        self.canonical().code()
    }

    /// The canonical code it stands for.
    pub fn canonical(self) -> ErrorInfo {
        // Every alias points at a real entry: checked when the table is compiled.
        ErrorInfo { entry: ENTRIES.get(self.entry.canonical as usize).unwrap_or(&ENTRIES[0]) }
    }

    /// True if the vendor marks it deprecated (C compilers then warn when it is used).
    pub fn is_deprecated(self) -> bool {
        self.entry.deprecated
    }

    /// The SDK version of the deprecation, where the vendor states one (e.g. `2.7.2`).
    pub fn deprecated_since(self) -> Option<&'static str> {
        Some(self.entry.deprecated_since.as_str()).filter(|s| !s.is_empty())
    }

    /// Its own description, where it has one: for a deprecated name, what the code meant under that name
    /// (`BS_SDK_ERROR_SET_FIRE_ALARM`: `Cannot set fire alarm.`).
    pub fn description(self) -> Option<&'static str> {
        Some(self.entry.description)
            .filter(|span| !span.is_empty())
            .map(|span| span.as_str())
    }
}

impl fmt::Debug for Alias {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Alias")
            .field("name", &self.name())
            .field("code", &self.code())
            .field("canonical", &self.canonical().name())
            .field("deprecated", &self.is_deprecated())
            .field("deprecated_since", &self.deprecated_since())
            .field("description", &self.description())
            .finish()
    }
}

impl PartialEq for Alias {
    fn eq(&self, other: &Self) -> bool {
        self.name() == other.name()
    }
}
impl Eq for Alias {}

/// The code with this value, if the table knows it.
///
/// ```
/// assert_eq!(bs_errno::lookup(-101).unwrap().name(), "BS_SDK_ERROR_CANNOT_OPEN_SOCKET");
/// assert!(bs_errno::lookup(0).is_none());
/// ```
pub fn lookup(code: i32) -> Option<ErrorInfo> {
    table::entry(code).map(|entry| ErrorInfo { entry })
}

/// The code with this macro name, canonical or alias (exact, case-sensitive).
///
/// ```
/// let info = bs_errno::lookup_name("BS_SDK_ERROR_SET_FIRE_ALARM").unwrap(); // a deprecated alias
/// assert_eq!((info.code(), info.name()), (-1208, "BS_SDK_ERROR_APB_ZONE_FULL"));
/// assert!(bs_errno::lookup_name("bs_sdk_error_set_fire_alarm").is_none());
/// ```
pub fn lookup_name(name: &str) -> Option<ErrorInfo> {
    table::find_name(name.as_bytes())
        .and_then(|named| named.entry())
        .map(|entry| ErrorInfo { entry })
}

/// The alias with this exact name, if it is one.
///
/// ```
/// let alias = bs_errno::alias("BS_SDK_ERROR_ZONE_FULL").unwrap();
/// assert!(alias.is_deprecated());
/// assert_eq!(alias.deprecated_since(), Some("2.6.0"));
/// assert_eq!(alias.canonical().name(), "BS_SDK_ERROR_SET_ZONE");
/// ```
pub fn alias(name: &str) -> Option<Alias> {
    match table::find_name(name.as_bytes())? {
        table::Named::Alias(entry) => Some(Alias { entry }),
        table::Named::Code(_) => None,
    }
}

/// Every code, in ascending order.
///
/// ```
/// assert_eq!(bs_errno::iter().len(), 339);
/// assert!(bs_errno::iter().all(|info| !info.description().is_empty()));
/// ```
pub fn iter() -> impl ExactSizeIterator<Item = ErrorInfo> + DoubleEndedIterator + Clone {
    ENTRIES.iter().map(|entry| ErrorInfo { entry })
}

/// Every alias, in ascending order of code.
pub fn aliases() -> impl ExactSizeIterator<Item = Alias> + DoubleEndedIterator + Clone {
    ALIASES.iter().map(|entry| Alias { entry })
}

/// The description of any code: the table's, or [`UNKNOWN_DESCRIPTION`].
pub fn description(code: i32) -> &'static str {
    lookup(code).map_or(UNKNOWN_DESCRIPTION, ErrorInfo::description)
}

/// The canonical name of any code: the table's, or [`UNKNOWN_NAME`].
pub fn name(code: i32) -> &'static str {
    lookup(code).map_or(UNKNOWN_NAME, ErrorInfo::name)
}

/// True if the table knows the code.
pub fn is_known(code: i32) -> bool {
    table::index_of(code).is_some()
}

/// True for every success code: any positive value (1 is plain success, 2..13 success with a detail).
pub fn is_success(code: i32) -> bool {
    Category::of(code).is_success()
}

/// A return code that is not a success, as a Rust error.
///
/// ```
/// use bs_errno::{Category, check};
/// assert_eq!(check(1), Ok(1));
/// assert_eq!(check(2), Ok(2)); // BS_SDK_DURESS_SUCCESS is a success too
/// let err = check(-714).unwrap_err();
/// assert_eq!(err.category(), Category::Database);
/// assert_eq!(err.to_string(), "BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user.");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Error {
    code: i32,
}

impl Error {
    /// The return code.
    pub fn code(self) -> i32 {
        self.code
    }

    /// The table's entry for it, if the code is known.
    pub fn info(self) -> Option<ErrorInfo> {
        lookup(self.code)
    }

    /// Its category (by range, so unknown codes still get their family).
    pub fn category(self) -> Category {
        Category::of(self.code)
    }

    /// Its description, or [`UNKNOWN_DESCRIPTION`].
    pub fn description(self) -> &'static str {
        description(self.code)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_line(self.code, f)
    }
}

impl core::error::Error for Error {}

/// `Ok(code)` for every success code, `Err` for everything else (errors, 0 and unknown codes).
pub fn check(code: i32) -> Result<i32, Error> {
    if is_success(code) { Ok(code) } else { Err(Error { code }) }
}
